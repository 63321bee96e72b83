"""印章管理: the seal registry (印章台账) with each seal's impression, status history and custody,
and the actions its state allows; the seal use register (用印登记簿) with 盖章 of an approved
request; both registers as Excel and as a printable sheet; and the seal use / engraving requests
(approval documents: 新建/提交/预览) in their own tab. The services decide who may do what."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.services.seals import MANAGERS, SealView
from desktop.ui import seal_dialogs as dialogs
from desktop.ui.formatting import local_time
from desktop.ui.messages import inform, refusal_box
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["SealsPage", "RegistryTab", "UsesTab", "RegisterPreview", "kind_text", "status_text", "ACTIONS_BY_STATUS"]

translate = QCoreApplication.translate

KIND_TEXTS: dict[str, str] = {
    "party_group": QT_TRANSLATE_NOOP("Seals", "Party-group seal"),
    "administrative": QT_TRANSLATE_NOOP("Seals", "Administrative seal"),
    "finance": QT_TRANSLATE_NOOP("Seals", "Finance seal"),
    "legal_rep": QT_TRANSLATE_NOOP("Seals", "Legal-representative seal"),
    "contract": QT_TRANSLATE_NOOP("Seals", "Contract seal"),
    "section": QT_TRANSLATE_NOOP("Seals", "Section seal"),
    "name": QT_TRANSLATE_NOOP("Seals", "Name seal"),
    "cheque_book": QT_TRANSLATE_NOOP("Seals", "Cheque book"),
}
STATUS_TEXTS: dict[str, str] = {
    "requested": QT_TRANSLATE_NOOP("Seals", "Engraving requested"),
    "approved": QT_TRANSLATE_NOOP("Seals", "Engraving approved"),
    "filed": QT_TRANSLATE_NOOP("Seals", "Filed with the police"),
    "enabled": QT_TRANSLATE_NOOP("Seals", "In use"),
    "suspended": QT_TRANSLATE_NOOP("Seals", "Suspended"),
    "replaced": QT_TRANSLATE_NOOP("Seals", "Replaced"),
    "sealed_up": QT_TRANSLATE_NOOP("Seals", "Sealed up"),
    "cancelled": QT_TRANSLATE_NOOP("Seals", "Cancelled"),
    "void": QT_TRANSLATE_NOOP("Seals", "Void (reported lost)"),
}
CUSTODY_TEXTS: dict[str, str] = {
    "assign": QT_TRANSLATE_NOOP("Seals", "Assigned"),
    "handover": QT_TRANSLATE_NOOP("Seals", "Handed over"),
    "delegate": QT_TRANSLATE_NOOP("Seals", "Delegated"),
}
# Action key → button text; which apply in each state (the service checks again).
ACTION_TEXTS: dict[str, str] = {
    "filing": QT_TRANSLATE_NOOP("Seals", "Record police filing…"),
    "enable": QT_TRANSLATE_NOOP("Seals", "Enable…"),
    "handover": QT_TRANSLATE_NOOP("Seals", "Hand over…"),
    "take_out": QT_TRANSLATE_NOOP("Seals", "Record take-out…"),
    "suspended": QT_TRANSLATE_NOOP("Seals", "Suspend…"),
    "resume": QT_TRANSLATE_NOOP("Seals", "Resume use…"),
    "replaced": QT_TRANSLATE_NOOP("Seals", "Replace…"),
    "sealed_up": QT_TRANSLATE_NOOP("Seals", "Seal up…"),
    "cancelled": QT_TRANSLATE_NOOP("Seals", "Cancel seal…"),
    "lost": QT_TRANSLATE_NOOP("Seals", "Report lost…"),
}
ACTIONS_BY_STATUS: dict[str, tuple[str, ...]] = {
    "requested": (),
    "approved": ("filing", "lost"),
    "filed": ("enable", "lost"),
    "enabled": ("handover", "take_out", "suspended", "replaced", "sealed_up", "lost"),
    "suspended": ("resume", "handover", "take_out", "replaced", "sealed_up", "lost"),
    "replaced": ("sealed_up", "lost"),
    "sealed_up": ("cancelled", "lost"),
    "cancelled": (),
    "void": (),
}


def kind_text(kind: str) -> str:
    return translate("Seals", KIND_TEXTS[kind]) if kind in KIND_TEXTS else kind


def status_text(status: str) -> str:
    return translate("Seals", STATUS_TEXTS[status]) if status in STATUS_TEXTS else status


def action_text(key: str) -> str:
    return translate("Seals", ACTION_TEXTS[key])


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def save_bytes(parent: QWidget, title: str, suggested: str, pattern: str, data_of) -> str | None:  # noqa: ANN001
    """Ask where to save, then write ``data_of()`` there; a refusal or write error is shown."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
    if not path:
        return None
    try:
        Path(path).write_bytes(data_of())
    except Refused as refused:
        refusal_box(parent, refused)
        return None
    except OSError as exc:
        inform(parent, title, translate("Seals", "Cannot write {path}: {error}").format(path=path, error=exc),
               warning=True)
        return None
    return path


class RegisterPreview(PdfPreviewDialog):
    """A register as its printable sheet (PDF): preview, print, save as PDF."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None):
        super().__init__(data, title, parent)
        self.saveButton = QPushButton(self.tr("Save as PDF…"), self)
        self.saveButton.clicked.connect(
            lambda: save_bytes(self, self.tr("Save as PDF"), f"{title}.pdf", self.tr("PDF files (*.pdf)"),
                               lambda: self.data))
        self.buttons.insertWidget(1, self.saveButton)


class SealedDocumentPreview(PdfPreviewDialog):
    """The sealed outgoing document (SEAL-05/08): its pages, the register number and SHA-256,
    打印… and 另存为… (the stored bytes, so the signature stays valid)."""

    def __init__(self, filename: str, data: bytes, use, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(data, filename, parent)
        self.filename = filename
        self.status.setText(self.tr("{no} · {seal} · SHA-256 {sha}").format(
            no=use.register_no or "—", seal=use.seal_name, sha=use.sealed_sha256))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saveButton = QPushButton(self.tr("Save as…"), self)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save)
        self.buttons.insertWidget(1, self.saveButton)

    def save(self) -> str | None:
        return save_bytes(self, self.tr("Save sealed document as"), self.filename, self.tr("PDF files (*.pdf)"),
                          lambda: self.data)


class _RegisterTab(QWidget):
    which = ""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.excelButton = QPushButton(self.tr("Export Excel…"), self)
        self.excelButton.setObjectName("excelButton")
        self.excelButton.clicked.connect(self.export_excel)
        self.printButton = QPushButton(self.tr("Print / preview…"), self)
        self.printButton.setObjectName("printButton")
        self.printButton.clicked.connect(self.preview_register)

    def register_title(self) -> str:
        raise NotImplementedError

    def filters(self) -> dict:
        raise NotImplementedError

    def export_excel(self) -> str | None:
        title = self.register_title()
        return save_bytes(self, self.tr("Export Excel"), f"{title}-{date.today():%Y%m%d}.xlsx",
                          self.tr("Excel workbooks (*.xlsx)"),
                          lambda: self.desk.seals.register_xlsx(self.user, self.which, **self.filters()))

    def register_pdf(self) -> bytes:
        return self.desk.seals.register_pdf(self.user, self.which, **self.filters())

    def preview_register(self) -> None:
        try:
            data = self.register_pdf()
        except Refused as refused:
            refusal_box(self, refused)
            return
        dialog = RegisterPreview(self.register_title(), data, self)
        dialog.setObjectName("registerPreview")
        dialog.exec()
        dialog.deleteLater()


class RegistryTab(_RegisterTab):
    """印章台账: every seal with filters; the selected one's impression, history and actions."""

    which = "registry"
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, parent)
        self.seals: list[SealView] = []
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        self.kindCombo.addItem(self.tr("All kinds"), None)
        for key in KIND_TEXTS:
            self.kindCombo.addItem(kind_text(key), key)
        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("statusCombo")
        self.statusCombo.addItem(self.tr("All statuses"), None)
        for key in STATUS_TEXTS:
            self.statusCombo.addItem(status_text(key), key)
        self.custodianCombo = QComboBox(self)
        self.custodianCombo.setObjectName("custodianCombo")
        self.custodianCombo.addItem(self.tr("All custodians"), None)
        for p in dialogs.people_of(desk, user):
            self.custodianCombo.addItem(p.name, p.id)
        for combo in (self.kindCombo, self.statusCombo, self.custodianCombo):
            combo.currentIndexChanged.connect(self.refresh)
        self.countLabel = QLabel(self)
        self.refreshButton = QPushButton(self.tr("Refresh"), self)
        self.refreshButton.clicked.connect(self.refresh)
        # Registry-wide actions; the services check who may (SEAL-01, SEAL-15).
        manager = bool(MANAGERS & set(user.positions))
        self.engraveButton = QPushButton(self.tr("Request engraving…"), self)
        self.engraveButton.setObjectName("engraveButton")
        self.engraveButton.setVisible(not user.is_admin)
        self.engraveButton.clicked.connect(self.request_engraving)
        self.itemButton = QPushButton(self.tr("Register custody item…"), self)
        self.itemButton.setObjectName("itemButton")
        self.itemButton.setToolTip(self.tr("A cheque book or another item kept like a seal (SEAL-16)"))
        self.itemButton.setVisible(manager)
        self.itemButton.clicked.connect(self.register_item)
        self.crlButton = QPushButton(self.tr("Publish revocation list…"), self)
        self.crlButton.setObjectName("crlButton")
        self.crlButton.setToolTip(self.tr("The revoked seal and signing certificates as a CRL file for verifiers"))
        self.crlButton.setVisible(manager or user.is_admin)
        self.crlButton.clicked.connect(self.publish_crl)
        bar = QHBoxLayout()
        for label, combo in ((self.tr("Seal kind:"), self.kindCombo), (self.tr("Status:"), self.statusCombo),
                             (self.tr("Custodian:"), self.custodianCombo)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(combo)
        bar.addWidget(self.countLabel)
        bar.addStretch(1)
        for b in (self.excelButton, self.printButton, self.refreshButton):
            bar.addWidget(b)
        tools = QHBoxLayout()
        for b in (self.engraveButton, self.itemButton, self.crlButton):
            tools.addWidget(b)
        tools.addStretch(1)

        self.table = _table(self, "sealsTable")
        self.table.itemSelectionChanged.connect(self._show_selected)
        # The detail pane: impression, facts, actions, history.
        detail = QWidget(self)
        self.impressionLabel = QLabel(detail)
        self.impressionLabel.setObjectName("impressionLabel")
        self.impressionLabel.setFixedSize(150, 150)
        self.impressionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.impressionLabel.setStyleSheet("background: white; border: 1px solid #ddd;")
        self.factsLabel = QLabel(detail)
        self.factsLabel.setObjectName("factsLabel")
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.factsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.factsLabel.setMinimumWidth(330)
        self.actionsLabel = QLabel(detail)
        self.actionsLabel.setObjectName("actionsLabel")
        self.actionsLabel.setWordWrap(True)
        self.actionButtons: dict[str, QPushButton] = {}
        self.actionGrid = grid = QGridLayout()
        for key in ACTION_TEXTS:
            button = QPushButton(action_text(key), detail)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, k=key: self.run_action(k))
            self.actionButtons[key] = button
        self.historyBrowser = QTextBrowser(detail)
        self.historyBrowser.setObjectName("historyBrowser")
        # Below the table: impression | facts and the actions that apply | history.
        middle = QVBoxLayout()
        middle.addWidget(self.factsLabel)
        middle.addWidget(self.actionsLabel)
        middle.addLayout(grid)
        middle.addStretch(1)
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.impressionLabel, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(middle, 0)
        row.addWidget(self.historyBrowser, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

    def register_title(self) -> str:
        return self.tr("Seal registry")

    def filters(self) -> dict:
        return {"kind": self.kindCombo.currentData(), "status": self.statusCombo.currentData(),
                "custodian_id": self.custodianCombo.currentData()}

    def headers(self) -> list[str]:
        return [self.tr("Seal name"), self.tr("Kind"), self.tr("Department"), self.tr("Custodian"), self.tr("Storage place"),
                self.tr("Status"), self.tr("Enabled on"), self.tr("Police filing no.")]

    def custodian_text(self, v: SealView) -> str:
        if v.delegated_until is not None and v.custodian:
            return self.tr("{name} (delegated until {until})").format(name=v.custodian, until=v.delegated_until.isoformat())
        return v.custodian

    def refresh(self) -> None:
        keep = selected_key(self.table)
        self.seals = self.desk.seals.seals(self.user, **self.filters())
        rows = [(v.name, kind_text(v.kind), v.department, self.custodian_text(v), v.storage_place, status_text(v.status),
                 _day(v.enabled_on), v.filing_no) for v in self.seals]
        fill_table(self.table, self.headers(), rows, [v.id for v in self.seals], keep=keep)
        self.countLabel.setText(self.tr("Seals: {n}").format(n=len(self.seals)))
        self._show_selected()

    def select_seal(self, name: str) -> None:
        row = next(i for i, v in enumerate(self.seals) if v.name == name or v.kind == name)
        self.table.selectRow(row)

    def selected(self) -> SealView | None:
        key = selected_key(self.table)
        return next((v for v in self.seals if v.id == key), None)

    def available_actions(self) -> tuple[str, ...]:
        seal = self.selected()
        return ACTIONS_BY_STATUS.get(seal.status, ()) if seal else ()

    def _show_selected(self) -> None:
        seal = self.selected()
        actions = self.available_actions()
        for key, button in self.actionButtons.items():  # the ones that apply, packed in rows of three
            self.actionGrid.removeWidget(button)
            button.setVisible(key in actions)
        for i, key in enumerate(actions):
            self.actionGrid.addWidget(self.actionButtons[key], i // 3, i % 3)
        if seal is None:
            self.impressionLabel.clear()
            self.impressionLabel.setText(self.tr("No seal selected"))
            self.factsLabel.setText("")
            self.actionsLabel.setText("")
            self.historyBrowser.clear()
            return
        png = self.desk.seals.impression(self.user, seal.id)
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.impressionLabel.setPixmap(pixmap.scaled(140, 140, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation))
        else:
            self.impressionLabel.clear()
            self.impressionLabel.setText(self.tr("No impression"))
        self.factsLabel.setText(self._facts_html(seal))
        if actions:
            self.actionsLabel.setText(self.tr("Actions for a seal that is {status}:").format(
                status=status_text(seal.status)))
        elif seal.status == "requested":
            self.actionsLabel.setText(self.tr("The engraving request is in approval; the police filing is recorded "
                                              "once it is approved."))
        else:
            self.actionsLabel.setText(self.tr("No further actions for a seal that is {status}.").format(
                status=status_text(seal.status)))
        self.historyBrowser.setHtml(self._history_html(seal))

    def _facts_html(self, v: SealView) -> str:
        rows = [(self.tr("Kind"), kind_text(v.kind)), (self.tr("Status"), status_text(v.status)),
                (self.tr("Custodian"), self.custodian_text(v) or "—")]
        if v.delegated_until is not None and v.base_custodian_id and v.base_custodian_id != v.custodian_id:
            base = next((p.name for p in self.desk.org.staff(self.user) if p.id == v.base_custodian_id), "")
            rows.append((self.tr("Custodian of record"), base))
        rows += [(self.tr("Storage place"), v.storage_place or "—"),
                 (self.tr("Police filing no."), f"{v.filing_no or '—'}" + (f"（{_day(v.filed_on)}）" if v.filed_on else "")),
                 (self.tr("Engraving unit"), v.engraving_unit or "—"), (self.tr("Enabled on"), _day(v.enabled_on) or "—"),
                 (self.tr("Certificate serial"), v.cert_serial[:24] or "—")]
        if v.revoked_at is not None:
            rows.append((self.tr("Certificate revoked"), local_time(v.revoked_at, seconds=True)))
        body = "".join(f"<tr><td nowrap style='color:#555; padding-right:8px'>{escape(k)}</td><td>{escape(str(val))}</td></tr>"
                       for k, val in rows)
        return f"<b style='font-size:12pt'>{escape(v.name)}</b><table>{body}</table>"

    def _history_html(self, v: SealView) -> str:
        nothing = escape(self.tr("No records"))
        titles = [escape(t) for t in (self.tr("Status history"), self.tr("Custody"), self.tr("Take-outs"))]

        def table(headers: list[str], rows: list[tuple]) -> str:
            if not rows:
                return f"<p style='color:#777'>{nothing}</p>"
            head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
            body = "".join("<tr>" + "".join(f"<td{' nowrap' if i < 1 or len(str(c)) <= 10 else ''}>{escape(str(c))}</td>"
                                            for i, c in enumerate(r)) + "</tr>" for r in rows)
            return f"<table cellspacing='0' cellpadding='3' border='1' style='border-color:#ccc'><tr>{head}</tr>{body}</table>"

        status = [(local_time(h.at), (status_text(h.from_status) + " → " if h.from_status else "") + status_text(h.to_status),
                   h.rule, h.by, h.note) for h in self.desk.seals.status_history(self.user, v.id)]
        custody = [(_day(c.start), translate("Seals", CUSTODY_TEXTS.get(c.kind, c.kind)), c.from_person or "—",
                    c.to_person, _day(c.until) or self.tr("long-term"), c.reason)
                   for c in self.desk.seals.custody_history(self.user, v.id)]
        outs = [(_day(t.out_on), _day(t.back_on), t.purpose, t.destination, t.approved_by, "、".join(t.persons))
                for t in self.desk.seals.take_outs(self.user, v.id)]
        return (f"<h4>{titles[0]}</h4>"
                + table([self.tr("Time"), self.tr("Change"), self.tr("Rule"), self.tr("By"), self.tr("Note")], status)
                + f"<h4>{titles[1]}</h4>"
                + table([self.tr("Custody from"), self.tr("Kind"), self.tr("Handed over by"), self.tr("Custodian"),
                         self.tr("Custody until"), self.tr("Reason for handover")], custody)
                + f"<h4>{titles[2]}</h4>"
                + table([self.tr("Out on"), self.tr("Back on"), self.tr("Purpose"), self.tr("Destination"),
                         self.tr("Approved by"), self.tr("Persons carrying")], outs))

    def make_dialog(self, key: str) -> dialogs.SealDialog | None:
        seal = self.selected()
        if seal is None:
            return None
        if key == "filing":
            return dialogs.FilingDialog(self.desk, self.user, seal, self)
        if key == "enable":
            return dialogs.EnableDialog(self.desk, self.user, seal, self)
        if key == "handover":
            return dialogs.HandoverDialog(self.desk, self.user, seal, self)
        if key == "take_out":
            return dialogs.TakeOutDialog(self.desk, self.user, seal, self)
        if key == "lost":
            return dialogs.LostDialog(self.desk, self.user, seal, self)
        target = "enabled" if key == "resume" else key
        return dialogs.StatusDialog(self.desk, self.user, seal, target, action_text(key).rstrip("…"), self)

    def run_action(self, key: str) -> bool:
        dialog = self.make_dialog(key)
        if dialog is None:
            return False
        dialog.setObjectName(f"sealDialog_{key}")
        done = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if done:
            self.refresh()
            self.changed.emit()
        return done

    def make_engraving_dialog(self) -> dialogs.EngravingDialog:
        dialog = dialogs.EngravingDialog(self.desk, self.user, kind_text, self)
        dialog.setObjectName("engravingDialog")
        return dialog

    def make_item_dialog(self) -> dialogs.RegisterItemDialog:
        dialog = dialogs.RegisterItemDialog(self.desk, self.user, kind_text, self)
        dialog.setObjectName("registerItemDialog")
        return dialog

    def make_crl_dialog(self) -> dialogs.CrlDialog:
        dialog = dialogs.CrlDialog(self.desk, self.user, self)
        dialog.setObjectName("crlDialog")
        return dialog

    def _run_new(self, dialog: dialogs.SealDialog) -> int | None:
        """Run a dialog that adds a registry entry; the new entry is shown selected."""
        done = dialog.exec() == QDialog.DialogCode.Accepted
        seal_id = dialog.result_value if done else None
        dialog.deleteLater()
        if seal_id is not None:
            self.kindCombo.setCurrentIndex(0)
            self.statusCombo.setCurrentIndex(0)
            self.custodianCombo.setCurrentIndex(0)
            self.refresh()
            row = next((i for i, v in enumerate(self.seals) if v.id == seal_id), None)
            if row is not None:
                self.table.selectRow(row)
            self.changed.emit()
        return seal_id  # type: ignore[return-value]

    def request_engraving(self) -> int | None:
        """刻制申请: submitted into its chain and listed as 已申请刻制."""
        return self._run_new(self.make_engraving_dialog())

    def register_item(self) -> int | None:
        """登记保管物品 (SEAL-16)."""
        return self._run_new(self.make_item_dialog())

    def publish_crl(self) -> bool:
        """发布吊销列表: the dialog shows the number of entries and where the file went."""
        dialog = self.make_crl_dialog()
        dialog.exec()
        done = dialog.result_value is not None
        dialog.deleteLater()
        return done


class UsesTab(_RegisterTab):
    """用印登记簿: every use, filtered by seal and dates; 盖章 of an approved request."""

    which = "uses"
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, parent)
        self.uses = []
        self.sealCombo = QComboBox(self)
        self.sealCombo.setObjectName("sealCombo")
        self.fromEdit = self._date_filter("fromEdit")
        self.toEdit = self._date_filter("toEdit")
        self.applyButton = QPushButton(self.tr("Apply seal…"), self)
        self.applyButton.setObjectName("applyButton")
        self.applyButton.setToolTip(self.tr("The custodian seals an approved seal use request"))
        self.applyButton.clicked.connect(self.apply_seal)
        self.applyButton.setVisible(not user.is_admin)
        self.previewButton = QPushButton(self.tr("Request sheet…"), self)
        self.previewButton.setObjectName("previewButton")
        self.previewButton.setToolTip(self.tr("The seal use request with the use register entry signed by the custodian"))
        self.previewButton.clicked.connect(self.preview_selected)
        self.sealedButton = QPushButton(self.tr("Print sealed document…"), self)
        self.sealedButton.setObjectName("sealedButton")
        self.sealedButton.setToolTip(self.tr("The document as it left the bureau, with the seal: preview and print"))
        self.sealedButton.clicked.connect(self.preview_sealed)
        self.saveSealedButton = QPushButton(self.tr("Save sealed document as…"), self)
        self.saveSealedButton.setObjectName("saveSealedButton")
        self.saveSealedButton.clicked.connect(self.save_sealed)
        self.countLabel = QLabel(self)
        bar = QHBoxLayout()
        for label, w in ((self.tr("Seal:"), self.sealCombo), (self.tr("From:"), self.fromEdit),
                         (self.tr("To:"), self.toEdit)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(w)
        bar.addWidget(self.countLabel)
        bar.addStretch(1)
        for b in (self.applyButton, self.excelButton, self.printButton):
            bar.addWidget(b)
        selected = QHBoxLayout()  # what to do with the selected entry
        self.selectedLabel = QLabel(self)
        self.selectedLabel.setObjectName("selectedLabel")
        self.selectedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        selected.addWidget(self.selectedLabel, 1)
        for b in (self.previewButton, self.sealedButton, self.saveSealedButton):
            selected.addWidget(b)
        self.table = _table(self, "usesTable")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        self.sealCombo.currentIndexChanged.connect(self.refresh)
        self.fromEdit.dateChanged.connect(self.refresh)
        self.toEdit.dateChanged.connect(self.refresh)

    def _date_filter(self, name: str) -> QDateEdit:
        edit = dialogs.date_edit(self)
        edit.setObjectName(name)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any"))  # at the minimum date: no limit
        edit.setDate(edit.minimumDate())
        return edit

    @staticmethod
    def _limit(edit: QDateEdit) -> date | None:
        return None if edit.date() == edit.minimumDate() else dialogs.to_date(edit)

    def set_dates(self, start: date | None, end: date | None) -> None:
        self.fromEdit.setDate(_qdate(start) if start else self.fromEdit.minimumDate())
        self.toEdit.setDate(_qdate(end) if end else self.toEdit.minimumDate())

    def register_title(self) -> str:
        return self.tr("Seal use register")

    def filters(self) -> dict:
        return {"seal_id": self.sealCombo.currentData(), "date_from": self._limit(self.fromEdit),
                "date_to": self._limit(self.toEdit)}

    def _fill_seals(self) -> None:
        current = self.sealCombo.currentData()
        self.sealCombo.blockSignals(True)
        self.sealCombo.clear()
        self.sealCombo.addItem(self.tr("All seals"), None)
        for v in self.desk.seals.seals(self.user):
            if v.kind != "cheque_book":
                self.sealCombo.addItem(v.name, v.id)
        index = self.sealCombo.findData(current)
        self.sealCombo.setCurrentIndex(max(index, 0))
        self.sealCombo.blockSignals(False)

    def headers(self) -> list[str]:
        return [self.tr("Register no."), self.tr("Date of use"), self.tr("Seal name"), self.tr("Document"),
                self.tr("Document no."), self.tr("Sent to"), self.tr("Copies"), self.tr("Requested by"),
                self.tr("Approved by"), self.tr("Sealed by"), self.tr("Witness"), "SHA-256"]

    def refresh(self) -> None:
        if self.sealCombo.count() == 0:
            self._fill_seals()
        keep = selected_key(self.table)
        self.uses = self.desk.seals.uses(self.user, **self.filters())
        rows = [(u.register_no or "—", local_time(u.used_at), u.seal_name, u.document_title, u.document_no or "—",
                 u.recipient, u.copies, u.requester, u.approver or "—", u.custodian, u.witness or "—",
                 u.sealed_sha256[:12] + "…") for u in self.uses]
        fill_table(self.table, self.headers(), rows, [u.id for u in self.uses],
                   align=("", "", "", "", "", "", RIGHT), stretch=3, keep=keep)
        self.countLabel.setText(self.tr("Uses: {n}").format(n=len(self.uses)))
        self._selection_changed()

    def select_seal(self, seal_id: int | None) -> None:
        self._fill_seals()
        self.sealCombo.setCurrentIndex(max(self.sealCombo.findData(seal_id), 0))

    def selected(self):  # noqa: ANN201 - a UseView or None
        key = selected_key(self.table)
        return next((u for u in self.uses if u.id == key), None)

    def _selection_changed(self) -> None:
        use = self.selected()
        self.previewButton.setEnabled(use is not None and use.document_id is not None)
        for b in (self.sealedButton, self.saveSealedButton):
            b.setEnabled(use is not None and use.has_sealed_document)
        self.selectedLabel.setText("" if use is None else self.tr("{no} · sealed document SHA-256 {sha}").format(
            no=use.register_no or "—", sha=use.sealed_sha256))

    def waiting_requests(self) -> list:
        """Approved seal use requests not sealed yet."""
        sealed = {u.document_id for u in self.desk.seals.uses(self.user) if u.document_id}
        docs = self.desk.approvals.documents(self.user, kinds=["seal_use"], states=["approved", "archived"])
        return [d for d in docs if d.id not in sealed]

    def make_apply_dialog(self) -> dialogs.ApplySealDialog:
        dialog = dialogs.ApplySealDialog(self.desk, self.user, self.waiting_requests(), self.preview_document, self,
                                         show_sealed=self.preview_sealed)
        dialog.setObjectName("applySealDialog")
        return dialog

    def apply_seal(self) -> bool:
        dialog = self.make_apply_dialog()
        dialog.exec()
        done = dialog.result_value is not None
        dialog.deleteLater()
        if done:
            self.refresh()
            self.changed.emit()
        return done

    def preview_document(self, document_id: int) -> None:
        from desktop.ui.signing import show_sheet

        show_sheet(self, self.desk, self.user, document_id)

    def preview_selected(self) -> None:
        use = self.selected()
        if use is not None and use.document_id is not None:
            self.preview_document(use.document_id)

    def sealed_preview(self, use=None) -> SealedDocumentPreview | None:  # noqa: ANN001 - a UseView
        """The sealed document of ``use`` (default: the selected entry) in a preview with 打印 and
        另存为…; opening it is an audited read (SEAL-08)."""
        use = use or self.selected()
        if use is None:
            return None
        try:
            name, data = self.desk.seals.sealed_document(self.user, use.id, how="open")
        except Refused as refused:
            refusal_box(self, refused)
            return None
        dialog = SealedDocumentPreview(name, data, use, self)
        dialog.setObjectName("sealedPreview")
        return dialog

    def preview_sealed(self, use=None) -> None:  # noqa: ANN001
        dialog = self.sealed_preview(use)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def save_sealed(self) -> str | None:
        """另存为…: the sealed document's bytes, exactly as stored (the signature stays valid)."""
        use = self.selected()
        if use is None:
            return None
        return save_bytes(self, self.tr("Save sealed document as"), f"{use.register_no or use.id}-{use.document_title}.pdf",
                          self.tr("PDF files (*.pdf)"),
                          lambda: self.desk.seals.sealed_document(self.user, use.id, how="save")[1])


class SealsPage(QWidget):
    """印章管理: 印章台账 / 用印登记簿 / 用印申请·刻制申请."""

    changed = Signal()
    _KEYS = ("registry", "uses", "requests")

    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds: tuple[str, ...] = ("seal_use", "seal_engraving"),
                 *, language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.titleLabel = QLabel(title, self)
        self.titleLabel.setObjectName("titleLabel")
        self.titleLabel.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sealTabs")
        self.registry = RegistryTab(desk, user, self)
        self.uses = UsesTab(desk, user, self)
        from desktop.ui.module_page import ModulePage

        self.requests = ModulePage(desk, user, self.tr("Seal use and engraving requests"), kinds, language=language,
                                   parent=self)
        self.requests.ui.titleLabel.hide()
        # The generic 新建 makes a request without its seal and PDF (盖章 refuses it) or an engraving
        # request without its registry entry: the two requests have their own dialogs here.
        self.requests.ui.newButton.hide()
        self.useRequestButton = QPushButton(self.tr("New seal use request…"), self.requests)
        self.useRequestButton.setObjectName("useRequestButton")
        self.useRequestButton.clicked.connect(self.new_use_request)
        self.engravingButton = QPushButton(self.tr("New engraving request…"), self.requests)
        self.engravingButton.setObjectName("engravingButton")
        self.engravingButton.clicked.connect(self.new_engraving_request)
        header = self.requests.ui.headerLayout
        at = header.indexOf(self.requests.ui.newButton)
        header.insertWidget(at, self.engravingButton)
        header.insertWidget(at, self.useRequestButton)
        self.useRequestButton.setVisible(not user.is_admin and "seal_use" in kinds)
        self.engravingButton.setVisible(not user.is_admin and "seal_engraving" in kinds)
        self.tabs.addTab(self.registry, self.tr("Seal registry"))
        self.tabs.addTab(self.uses, self.tr("Seal use register"))
        self.tabs.addTab(self.requests, self.tr("Use / engraving requests"))
        for tab in (self.registry, self.uses, self.requests):
            tab.changed.connect(self._changed)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.tabs, 1)

    def _changed(self) -> None:
        self.changed.emit()

    def make_use_request_dialog(self) -> dialogs.UseRequestDialog:
        dialog = dialogs.UseRequestDialog(self.desk, self.user, self)
        dialog.setObjectName("useRequestDialog")
        return dialog

    def new_use_request(self) -> int | None:
        """新建用印申请: created with its seal and PDF and submitted; shown selected in the list."""
        return self._new_request(self.make_use_request_dialog(), lambda doc_id: doc_id)

    def new_engraving_request(self) -> int | None:
        """新建刻制申请: the registry lists the new seal as 已申请刻制."""
        return self._new_request(self.registry.make_engraving_dialog(),
                                 lambda seal_id: self.desk.seals.seal(self.user, seal_id).engraving_document_id)

    def _new_request(self, dialog: dialogs.SealDialog, document_of) -> int | None:  # noqa: ANN001
        done = dialog.exec() == QDialog.DialogCode.Accepted
        signs = getattr(dialog, "signs", True)
        value = dialog.result_value if done else None
        dialog.deleteLater()
        if value is None:
            return None
        doc_id = document_of(value)
        self.requests.refresh()
        table = self.requests.ui.documentsTable
        row = next((i for i, d in enumerate(self.requests.documents) if d.id == doc_id), None)
        if row is not None:
            table.selectRow(row)
        if not signs:
            from desktop.ui.signing import unsigned_notice

            serial = self.desk.approvals.document(self.user, doc_id).serial
            inform(self, self.tr("Submitted for approval"), unsigned_notice(serial)).setObjectName("unsignedNotice")
        self.changed.emit()
        return value

    def open_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self._KEYS.index(key))
        page = self.tabs.currentWidget()
        page.refresh()
        return page

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.uses:
            self.uses._fill_seals()  # noqa: SLF001 - new seals may have been enabled
        page.refresh()
