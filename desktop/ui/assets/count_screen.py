"""One count (清查/盘点, ASSET-06) at work: a scan field that keeps the focus — a barcode/QR scanner
types the tag and Enter, about one a second — each scan answered by one line at the top of the
results (found green; a second scan amber, with a beep; an unknown tag red; a card of another room
blue), the counters and the list of cards not yet found updated in place (never the whole list read
again per scan); the count sheet and labels printed; the surplus/shortage report (盘盈盘亏报告)
drawn up and, once approved, the cards adjusted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget, QVBoxLayout,
                               QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform, state_text
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["CountScreen", "SCAN_COLOURS", "STOCKTAKE_STATES", "stocktake_state_text", "count_of"]

translate = QCoreApplication.translate

# Text colour of a result line per ScanResult.kind.
SCAN_COLOURS = {"found": "#2e7d32", "duplicate": "#b26a00", "unknown": "#c62828", "elsewhere": "#1565c0"}
SYMBOLS = {"found": "✓", "duplicate": "⚠", "unknown": "✗", "elsewhere": "→"}
MAX_LINES = 3000  # the result list keeps the latest lines (a 2 000-item floor fits)


def count_of(value: Any) -> int:
    """A summary figure that is either a number or a list of what was counted."""
    if value is None:
        return 0
    return value if isinstance(value, int) else len(value)


# AssetStocktake.state, in the words of the count screen.
STOCKTAKE_STATES: dict[str, str] = {
    "counting": QT_TRANSLATE_NOOP("CountScreen", "Counting"),
    "reported": QT_TRANSLATE_NOOP("CountScreen", "Report in approval"),
    "adjusted": QT_TRANSLATE_NOOP("CountScreen", "Cards adjusted"),
}


def stocktake_state_text(state: str) -> str:
    return translate("CountScreen", STOCKTAKE_STATES[state]) if state in STOCKTAKE_STATES else state


class CountScreen(QWidget):
    back_requested = Signal()
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.stocktake_id: int | None = None
        self.view: Any = None
        self.expected_total = 0
        self.found = 0
        self.elsewhere = 0
        self.duplicates = 0
        self.unknown_tags: list[str] = []
        self._missing_rows: dict[int, int] = {}  # card id → row of the not-found table
        self.missing: dict[int, Any] = {}  # card id → CardRow not yet found
        self.backButton = QPushButton(self.tr("← All counts"), self)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("countTitle")
        self.titleLabel.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("stateLabel")
        self.sheetButton = QPushButton(self.tr("Print count sheet…"), self)
        self.labelsButton = QPushButton(self.tr("Print labels…"), self)
        self.reportButton = QPushButton(self.tr("Surplus/shortage report…"), self)
        self.approvalButton = QPushButton(self.tr("Approval sheet…"), self)
        self.adjustButton = QPushButton(self.tr("Adjust cards"), self)
        top = QHBoxLayout()
        top.addWidget(self.backButton)
        top.addWidget(self.titleLabel, 1)
        top.addWidget(self.stateLabel)
        for name, button in (("backButton", self.backButton), ("sheetButton", self.sheetButton),
                             ("labelsButton", self.labelsButton), ("reportButton", self.reportButton),
                             ("approvalButton", self.approvalButton), ("adjustButton", self.adjustButton)):
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click never takes the scanner's field
        buttons = QHBoxLayout()
        for button in (self.sheetButton, self.labelsButton, self.reportButton, self.approvalButton,
                       self.adjustButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.scanEdit = QLineEdit(self)
        self.scanEdit.setObjectName("scanEdit")
        self.scanEdit.setPlaceholderText(self.tr("Scan a label or type the asset number, then Enter"))
        self.scanEdit.setStyleSheet("font-size: 18px; padding: 4px;")
        self.counterLabel = QLabel(self)
        self.counterLabel.setObjectName("counterLabel")
        self.counterLabel.setStyleSheet("font-size: 15px; font-weight: bold;")
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Scan:"), self))
        scan_row.addWidget(self.scanEdit, 1)
        scan_row.addWidget(self.counterLabel)
        self.resultList = QListWidget(self)
        self.resultList.setObjectName("resultList")
        self.resultList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resultList.setUniformItemSizes(True)
        self.missingTable = QTableWidget(self)
        self.missingTable.setObjectName("missingTable")
        self.missingTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.missingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingBox = QGroupBox(self)
        missing_layout = QVBoxLayout(self.missingBox)
        missing_layout.addWidget(self.missingTable)
        results_box = QGroupBox(self.tr("Scans (latest first)"), self)
        results_layout = QVBoxLayout(results_box)
        results_layout.addWidget(self.resultList)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(results_box)
        splitter.addWidget(self.missingBox)
        splitter.setSizes([500, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(scan_row)
        layout.addWidget(splitter, 1)
        self.backButton.clicked.connect(self.back_requested)
        self.scanEdit.returnPressed.connect(self._scan_typed)
        self.sheetButton.clicked.connect(self.print_sheet)
        self.labelsButton.clicked.connect(self.print_labels)
        self.reportButton.clicked.connect(self.open_report)
        self.approvalButton.clicked.connect(self.show_approval)
        self.adjustButton.clicked.connect(self.adjust)

    # Loading --------------------------------------------------------------------------------------
    def load(self, stocktake_id: int) -> None:
        """Read the count once: what is expected, what has been scanned so far."""
        self.stocktake_id = stocktake_id
        self.resultList.clear()
        done, view = attempt(self, self.desk.stocktakes.stocktake, self.user, stocktake_id)
        self.view = view if done else None
        done, expected = attempt(self, self.desk.stocktakes.expected, self.user, stocktake_id)
        expected = expected if done else []
        done, summary = attempt(self, self.desk.stocktakes.summary, self.user, stocktake_id)
        self.expected_total = len(expected)
        self.found = count_of(getattr(summary, "found", 0)) if done else 0
        self.duplicates = count_of(getattr(summary, "duplicates", 0)) if done else 0
        self.elsewhere = count_of(getattr(summary, "elsewhere", 0)) if done else 0
        self.unknown_tags = list(getattr(summary, "unknown_tags", None) or []) if done else []
        not_found = list(getattr(summary, "not_found", None) or []) if done else list(expected)
        self.missing = {r.id: r for r in not_found}
        self._fill_missing(not_found)
        self._show_state()
        self._update_counter()
        self.scanEdit.setFocus()

    def _fill_missing(self, rows: list[Any]) -> None:
        headers = [self.tr("Asset no."), self.tr("Asset name"), self.tr("Specification"), self.tr("User"),
                   self.tr("Location"), self.tr("Original value")]
        fill_table(self.missingTable, headers,
                   [[r.card_no, r.name, r.specification, r.user_name, r.location, money(r.original_value)]
                    for r in rows], [r.id for r in rows], align=("",) * 5 + (RIGHT,), stretch=1)
        self._missing_rows = {r.id: i for i, r in enumerate(rows)}

    def _show_state(self) -> None:
        view = self.view
        title = getattr(view, "title", "") if view is not None else ""
        place = getattr(view, "location", "") or getattr(view, "department_name", "") if view is not None else ""
        counted_on = getattr(view, "counted_on", None)
        self.titleLabel.setText(" · ".join(str(x) for x in (title, place, counted_on) if x))
        state = self.state()
        text = stocktake_state_text(state)
        doc_state = self.document_state()
        if doc_state:
            text += f"（{state_text(doc_state)}）"
        self.stateLabel.setText(text)
        counting = state == "counting"
        manager = "asset_mgr" in self.user.positions  # the report and the adjustment are the manager's
        self.scanEdit.setEnabled(counting)
        self.reportButton.setVisible(manager)
        self.reportButton.setEnabled(counting)
        self.approvalButton.setVisible(self.document_id() is not None)
        self.adjustButton.setVisible(manager and state == "reported")
        self.adjustButton.setEnabled(state == "reported" and doc_state in ("approved", "archived"))

    def state(self) -> str:
        return getattr(self.view, "state", "counting") if self.view is not None else "counting"

    def document_id(self) -> int | None:
        return getattr(self.view, "document_id", None) if self.view is not None else None

    def document_state(self) -> str:
        return getattr(self.view, "document_state", "") or "" if self.view is not None else ""

    def _update_counter(self) -> None:
        text = self.tr("Found {found} / {expected}").format(found=self.found, expected=self.expected_total)
        extra = []
        if self.elsewhere:
            extra.append(self.tr("from elsewhere {n}").format(n=self.elsewhere))
        if self.unknown_tags:
            extra.append(self.tr("unknown {n}").format(n=len(self.unknown_tags)))
        self.counterLabel.setText(text + ("  ·  " + "  ·  ".join(extra) if extra else ""))
        self.missingBox.setTitle(self.tr("Not found yet: {n}").format(n=len(self.missing)))

    # Scanning -------------------------------------------------------------------------------------
    def _scan_typed(self) -> None:
        tag = self.scanEdit.text().strip()
        self.scanEdit.clear()
        self.scanEdit.setFocus()
        if tag:
            self.scan(tag)

    def scan(self, tag: str) -> Any:
        """One scan: one service call, one line, the counters and the one row it concerns."""
        done, result = attempt(self, self.desk.stocktakes.scan, self.user, self.stocktake_id, tag)
        if not done:
            return None
        kind = result.kind
        if kind == "found":
            self.found += 1
            self._found(result.card_id)
        elif kind == "elsewhere":
            self.elsewhere += 1
        elif kind == "duplicate":
            self.duplicates += 1
            QApplication.beep()
        elif kind == "unknown" and tag not in self.unknown_tags:
            self.unknown_tags.append(tag)
        self._add_line(kind, tag, result)
        self._update_counter()
        self.scanEdit.setFocus()
        return result

    def _found(self, card_id: int | None) -> None:
        row = self._missing_rows.get(card_id) if card_id is not None else None
        self.missing.pop(card_id, None)
        if row is not None:
            self.missingTable.setRowHidden(row, True)

    def _add_line(self, kind: str, tag: str, result: Any) -> None:
        words = {"found": self.tr("Found"), "duplicate": self.tr("Already scanned"),
                 "unknown": self.tr("Unknown tag"), "elsewhere": self.tr("Belongs elsewhere")}.get(kind, kind)
        what = " ".join(x for x in (result.card_no or tag, result.name or "") if x)
        message = (result.message or "").strip()
        # The service's sentence when it says more than the card (a duplicate, another room …).
        if not message or message == what:
            text = f"{words}：{what}"
        else:
            text = message if what in message else f"{what}  {message}"
        line = f"{SYMBOLS.get(kind, '')} {text}"
        item = QListWidgetItem(line)
        item.setToolTip(line)
        item.setData(Qt.ItemDataRole.UserRole, kind)
        item.setForeground(QBrush(QColor(SCAN_COLOURS.get(kind, "#000000"))))
        self.resultList.insertItem(0, item)
        if self.resultList.count() > MAX_LINES:
            self.resultList.takeItem(self.resultList.count() - 1)

    def lines(self) -> list[tuple[str, str]]:
        """(kind, text) of the result lines, latest first."""
        return [(self.resultList.item(i).data(Qt.ItemDataRole.UserRole), self.resultList.item(i).text())
                for i in range(self.resultList.count())]

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self.scanEdit.setFocus()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        """Back from a dialog (preview, report …) the scanner types into the scan field again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self.scanEdit.setFocus()

    # Sheets, report, adjustment ----------------------------------------------------------------
    def print_sheet(self, *, modal: bool = True) -> PdfPreviewDialog | None:
        done, data = attempt(self, self.desk.stocktakes.count_sheet_pdf, self.user, self.stocktake_id)
        if not done:
            return None
        dialog = PdfPreviewDialog(data, self.tr("Count sheet") + " " + self.titleLabel.text(), self)
        dialog.setObjectName("countSheetPreview")
        dialog.status.setText(self.tr("{n} page(s)").format(n=dialog.page_count()))
        return self._run(dialog, modal)

    def print_labels(self, *, modal: bool = True):  # noqa: ANN201
        from desktop.ui.assets.label_dialog import LabelDialog

        done, expected = attempt(self, self.desk.stocktakes.expected, self.user, self.stocktake_id)
        if not done:
            return None
        ids = [r.id for r in expected]
        dialog = LabelDialog(self.desk, self.user, ids, self)
        dialog.setObjectName("labelDialog")
        return self._run(dialog, modal)

    def open_report(self, *, modal: bool = True):  # noqa: ANN201
        from desktop.ui.assets.difference_dialog import DifferenceDialog

        dialog = DifferenceDialog(self.desk, self.user, self.stocktake_id, self)
        dialog.setObjectName("differenceDialog")
        dialog.submitted.connect(self._reported)
        return self._run(dialog, modal)

    def _reported(self, _document_id: int) -> None:
        self.load(self.stocktake_id)
        self.changed.emit()

    def show_approval(self) -> None:
        from desktop.ui.signing import show_sheet

        if self.document_id() is not None:
            show_sheet(self, self.desk, self.user, self.document_id())

    def adjust(self) -> bool:
        """调整卡片: only once the report is approved (the service refuses otherwise)."""
        done, _ = attempt(self, self.desk.stocktakes.adjust, self.user, self.stocktake_id)
        if done:
            self.load(self.stocktake_id)
            self.changed.emit()
            inform(self, self.tr("Adjust cards"), self.tr("The cards were adjusted as the approved report says."))
        return done

    @staticmethod
    def _run(dialog, modal: bool):  # noqa: ANN001, ANN205
        if modal:
            dialog.exec()
            dialog.deleteLater()
            return None
        dialog.show()
        return dialog
