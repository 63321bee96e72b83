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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.messages import attempt

__all__ = ["RecordForm", "problems_html", "date_edit", "spin"]


def problems_html(problems: Sequence[Any], ok_text: str) -> str:
    if not problems:
        return f"<span style='color:#1a7f37'>✓ {escape(ok_text)}</span>"
    items = "".join(f"<li>{escape(p.text)} <span style='color:#777'>[{escape(p.rule)}]</span></li>" for p in problems)
    return f"<ul style='color:#b42318; margin:0'>{items}</ul>"


def date_edit(value: QDate | None = None) -> QDateEdit:
    w = QDateEdit(value or QDate.currentDate())
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    return w


def spin(value: int = 0, low: int = 0, high: int = 10000) -> QSpinBox:
    w = QSpinBox()
    w.setRange(low, high)
    w.setValue(value)
    return w


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
