"""A form dialog for one module record: fields in a form layout, a 检查 button that asks the
service for every problem (shown with its rule ID before anything is stored), and OK, which
calls the service; refusals are shown all at once."""

from __future__ import annotations

from html import escape
from typing import Any, Callable, Sequence

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.amount_field import amount_columns, amount_edit
from desktop.ui.date_field import DateField
from desktop.ui.messages import attempt

__all__ = ["RecordForm", "problems_html", "date_edit", "spin", "ListEditor", "fit_headers"]


def problems_html(problems: Sequence[Any], ok_text: str) -> str:
    if not problems:
        return f"<span style='color:#1a7f37'>✓ {escape(ok_text)}</span>"
    items = "".join(f"<li>{escape(p.text)} <span style='color:#777'>[{escape(p.rule)}]</span></li>" for p in problems)
    return f"<ul style='color:#b42318; margin:0'>{items}</ul>"


def fit_headers(table: QTableWidget, *, stretch_last: bool = True) -> None:
    """Columns at least as wide as their header text and contents (no cut-off headers); the
    last column takes the rest of the width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    header.setMinimumSectionSize(48)


def date_edit(value: QDate | None = None) -> QDateEdit:
    w = DateField(None, value or QDate.currentDate())  # takes "20261201" typed in one go (issue 12 item 16)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    return w


def spin(value: int = 0, low: int = 0, high: int = 10000) -> QSpinBox:
    w = QSpinBox()
    w.setRange(low, high)
    w.setValue(value)
    return w


class ListEditor(QWidget):
    """A small table editor for a record's list (the claim's legs, the visitors): one column per
    key, 添加一行 / 删除所选行; :meth:`rows` gives the filled rows as dicts of the texts typed (the
    service's input gate checks them). ``choices`` makes a column a drop-down of key → text;
    ``amounts`` names the money columns (letters refused while typing). Headers are never cut off:
    each column is at least as wide as its header."""

    def __init__(self, name: str, columns: Sequence[tuple[str, str]], rows: int = 2, *,
                 choices: dict[str, dict[str, str]] | None = None, amounts: Sequence[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.keys = [k for k, _ in columns]
        self.choices = choices or {}
        self.on_row: Callable[[int], None] | None = None  # called for each new row before its values are set
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels([h for _, h in columns])
        fit_headers(self.table)
        amount_columns(self.table, [self.keys.index(k) for k in amounts])
        self.table.setMinimumHeight(110)
        self.addButton = QPushButton(self.tr("Add a row"))
        self.addButton.setObjectName(f"{name}AddButton")
        self.removeButton = QPushButton(self.tr("Remove the selected row"))
        self.removeButton.setObjectName(f"{name}RemoveButton")
        self.addButton.clicked.connect(lambda: self.add_row())
        self.removeButton.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for _ in range(rows):
            self.add_row()

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.keys):
            if key in self.choices:
                box = QComboBox()
                for k, text in self.choices[key].items():
                    box.addItem(text, k)
                self.table.setCellWidget(r, c, box)
        if self.on_row is not None:
            self.on_row(r)
        if values:
            self.set_row(r, values)
        return r

    def set_row(self, r: int, values: dict[str, Any]) -> None:
        for c, key in enumerate(self.keys):
            if key not in values:
                continue
            box = self.table.cellWidget(r, c)
            if isinstance(box, QComboBox):
                box.setCurrentIndex(max(0, box.findData(values[key])))
            else:
                self.table.setItem(r, c, QTableWidgetItem("" if values[key] is None else str(values[key])))

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows or [self.table.rowCount() - 1]:
            if r >= 0:
                self.table.removeRow(r)

    def row_values(self, r: int) -> tuple[dict[str, str], bool]:
        """Row ``r`` as key → text (a drop-down's code), and whether anything was typed in it."""
        row, typed = {}, False
        for c, key in enumerate(self.keys):
            box = self.table.cellWidget(r, c)
            if isinstance(box, QComboBox):  # a drop-down: its code (or its text, for a free choice)
                data = box.currentData()
                row[key] = data if data is not None else box.currentText().strip()
            else:
                item = self.table.item(r, c)
                row[key] = item.text().strip() if item else ""
                typed = typed or bool(row[key])
        return row, typed

    def rows(self) -> list[dict[str, str]]:
        """The rows with any typed text (a drop-down alone does not make a row); a row with
        anything typed is always given, however incomplete: the input gate names what it lacks."""
        return [row for row, typed in map(self.row_values, range(self.table.rowCount())) if typed]


class RecordForm(QDialog):
    """Subclasses add fields with :meth:`row` and implement :meth:`data`; ``check`` and
    ``create`` are the service calls (``check(data) -> problems``, ``create(data) -> id``)."""

    def __init__(self, title: str, check: Callable[[dict], Sequence[Any]] | None,
                 create: Callable[[dict], int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._check, self._create = check, create
        self.document_id: int | None = None
        # Set by the page when the record is created and submitted at once: called with
        # ``create(**submit_options)`` so both happen in one service call (one transaction).
        self.submit_with: Callable[[Callable[..., int]], int | None] | None = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.problemsLabel = QLabel()
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.problemsLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.checkButton = QPushButton(self.tr("Check against the rules"))
        self.checkButton.setObjectName("checkButton")
        buttons.addButton(self.checkButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.checkButton.setVisible(check is not None)
        self.checkButton.clicked.connect(self.run_check)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # Fields ------------------------------------------------------------------------------------
    def row(self, label: str, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(name)
        self.form.addRow(label, widget)
        return widget

    def line(self, label: str, name: str, text: str = "") -> QLineEdit:
        return self.row(label, QLineEdit(text), name)  # type: ignore[return-value]

    def money(self, label: str, name: str, text: str = "", *, negative: bool = False) -> QLineEdit:
        """An amount field: letters refused while typing (issue 12 item 9)."""
        return self.row(label, amount_edit(text, negative=negative), name)  # type: ignore[return-value]

    def text(self, label: str, name: str) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setFixedHeight(54)
        return self.row(label, w, name)  # type: ignore[return-value]

    def check(self, label: str, name: str, on: bool = False) -> QCheckBox:
        w = QCheckBox(label)
        w.setChecked(on)
        w.setObjectName(name)
        self.form.addRow("", w)
        return w

    def combo(self, label: str, name: str, items: dict[str, str]) -> QComboBox:
        w = QComboBox()
        for key, text in items.items():
            w.addItem(text, key)
        return self.row(label, w, name)  # type: ignore[return-value]

    def when(self, label: str, name: str, value: QDateTime) -> QDateTimeEdit:
        w = QDateTimeEdit(value)
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd HH:mm")
        return self.row(label, w, name)  # type: ignore[return-value]

    # Actions -----------------------------------------------------------------------------------
    def data(self) -> dict:
        raise NotImplementedError

    def run_check(self) -> list:
        problems = list(self._check(self.data())) if self._check else []
        self.problemsLabel.setText(problems_html(problems, self.tr("Within the rules and standards")))
        return problems

    def confirm(self) -> None:
        if self.submit_with is not None:
            data = self.data()
            doc_id = self.submit_with(lambda **options: self._create(data, **options))
            if doc_id is not None:
                self.document_id = doc_id
                self.accept()
            return
        done, doc_id = attempt(self, self._create, self.data())
        if done:
            self.document_id = doc_id
            self.accept()
