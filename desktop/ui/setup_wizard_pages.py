"""The set-up wizard's pages (desktop/ui/setup_wizard.py): each checks its own fields on Next
with the same service functions ``desktop init`` runs, and lists every problem at once under
its fields (一次性告知). Nothing is written before Finish."""

from __future__ import annotations

from html import escape
from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.domain.approval.model import Problem
from desktop.domain.passwords import DEFAULT_POLICY
from desktop.services.demo import DEMO_ADMIN, DEMO_ADMIN_PASSWORD, DEMO_PASSWORD
from desktop.services.rule_presets import DEFAULT_PRESET, preset_differences, shipped_presets
from desktop.services.setup import DEFAULT_DEPARTMENTS, admin_problems, bureau_problems

__all__ = ["StartPage", "BureauPage", "PresetPage", "DepartmentsPage", "AdminPage", "SummaryPage", "ProblemLabel",
           "note"]

PAGE_START, PAGE_BUREAU, PAGE_PRESET, PAGE_DEPARTMENTS, PAGE_ADMIN, PAGE_CA, PAGE_SUMMARY = range(7)


class ProblemLabel(QLabel):
    """Every problem of a page, in red, with its rule ID; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: #b00020;")
        self.problems: list[Problem] = []
        self.hide()

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        """Show ``problems``; True if there were none."""
        self.problems = list(problems)
        items = "".join(f"<li>{escape(p.text)} <span style='color:#777'>[{escape(p.rule)}]</span></li>"
                        for p in self.problems)
        self.setText(f"<ul style='margin-left:-20px'>{items}</ul>" if items else "")
        self.setVisible(bool(items))
        return not self.problems


def note(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    return label


class StartPage(QWizardPage):
    def __init__(self, database: str):
        super().__init__()
        self.setTitle(self.tr("Welcome to Bureau Desk"))
        self.setSubTitle(self.tr("The database has no bureau yet. What would you like to do?"))
        layout = QVBoxLayout(self)
        self.setup_radio = QRadioButton(self.tr("Set up our bureau"))
        self.setup_radio.setChecked(True)
        layout.addWidget(self.setup_radio)
        layout.addWidget(self._indented(note(self.tr(
            "Bureau name and code, the rule preset, departments, the first administrator and the bureau's root "
            "certificate for signatures. Nothing is written until you press Finish on the last page."))))
        self.demo_radio = QRadioButton(self.tr("Load the demonstration bureau"))
        layout.addWidget(self.demo_radio)
        layout.addWidget(self._indented(note(self.tr(
            "For trying the app only: 示范县医疗保障局 with made-up people, documents and seals. Every demo person "
            "signs in with <b>{demo}</b>; the administrator is <b>{admin}</b> / <b>{admin_password}</b>. These "
            "passwords are published: never keep real work in the demonstration bureau.").format(
            demo=DEMO_PASSWORD, admin=DEMO_ADMIN, admin_password=DEMO_ADMIN_PASSWORD), rich=True)))
        group = QButtonGroup(self)
        group.addButton(self.setup_radio)
        group.addButton(self.demo_radio)
        self.demo_radio.toggled.connect(self._demo_toggled)
        layout.addStretch(1)
        database_label = note(self.tr("Database: {url}").format(url=database))
        database_label.setStyleSheet("color: #555;")
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(database_label)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)

    def _demo_toggled(self, demo: bool) -> None:
        self.setFinalPage(demo)  # Finish instead of Next
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Load demo") if demo else "")
        self.completeChanged.emit()

    @staticmethod
    def _indented(widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 0, 8)
        row.addWidget(widget)
        return box

    def nextId(self) -> int:  # noqa: N802 - Qt
        return -1 if self.demo_radio.isChecked() else PAGE_BUREAU


class BureauPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The bureau"))
        self.setSubTitle(self.tr("Its full name as on its seal, and a short code used in file names and serial numbers."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 通榆县医疗保障局"))
        self.name_edit.setMaxLength(100)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. TY"))
        self.code_edit.setMaxLength(16)
        form.addRow(self.tr("Bureau name:"), self.name_edit)
        form.addRow(self.tr("Bureau code:"), self.code_edit)
        layout.addLayout(form)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt
        return self.problems.show_problems(bureau_problems(self.name_edit.text(), self.code_edit.text()))


class PresetPage(QWizardPage):
    """P-000 / P-001, with what differs between them computed from the shipped preset files."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Rule preset"))
        self.setSubTitle(self.tr("The approval chains and thresholds the bureau starts with. The administrator can "
                                 "change chains, thresholds and standards later (系统管理 → 规则预设)."))
        layout = QVBoxLayout(self)
        self.presets = shipped_presets()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for code, data in self.presets.items():
            radio = QRadioButton(f"{code}  {data.get('name', '')}")
            radio.setProperty("code", code)
            self.radios[code] = radio
            self.group.addButton(radio)
            layout.addWidget(radio)
        self.radios.get(DEFAULT_PRESET, next(iter(self.radios.values()))).setChecked(True)
        codes = list(self.presets)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("differences")
        if len(codes) >= 2:
            first, second = codes[0], codes[1]
            layout.addWidget(note(self.tr("What differs between {first} and {second}:").format(first=first, second=second)))
            self.table.setHorizontalHeaderLabels([self.tr("What"), first, second, self.tr("Rules")])
            self._fill(preset_differences(first, second))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(3, 110)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)

    def _fill(self, differences: list) -> None:  # noqa: ANN001 - PresetDifference
        """One heading row per kind of difference, then its rows."""
        topics = {"parameter": self.tr("Threshold"), "chain": self.tr("Approval chain"),
                  "incompatible": self.tr("Incompatible posts")}
        self.table.setRowCount(0)
        heading_font = self.table.font()
        heading_font.setBold(True)
        last = None
        for diff in differences:
            row = self.table.rowCount()
            self.table.insertRow(row)
            if diff.topic != last:
                last = diff.topic
                heading = QTableWidgetItem(topics.get(diff.topic, diff.topic))
                heading.setFont(heading_font)
                heading.setBackground(self.palette().alternateBase())
                self.table.setItem(row, 0, heading)
                self.table.setSpan(row, 0, 1, 4)
                row += 1
                self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(diff.item))
            self.table.setItem(row, 1, QTableWidgetItem(diff.first))
            self.table.setItem(row, 2, QTableWidgetItem(diff.second))
            self.table.setItem(row, 3, QTableWidgetItem(diff.rule.replace("、", "\n")))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def code(self) -> str:
        checked = self.group.checkedButton()
        return checked.property("code") if checked is not None else DEFAULT_PRESET


class DepartmentsPage(QWizardPage):
    """An editable list, pre-filled with a county 医疗保障局's usual offices and the centre's sections."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Departments"))
        self.setSubTitle(self.tr("The offices of the bureau and the sections of the insurance centre. Edit the names "
                                 "to match yours; people and posts are added later by the administrator."))
        self.units = [("bureau", self.tr("Bureau offices")), ("centre", self.tr("Insurance centre"))]
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("departments")
        self.table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Unit")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(30)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: self._append("", "bureau", edit=True))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        defaults = QPushButton(self.tr("Back to the usual list"))
        defaults.clicked.connect(self.fill_defaults)
        for button in (add, remove, defaults):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        self.fill_defaults()

    def fill_defaults(self) -> None:
        self.table.setRowCount(0)
        for name, unit in DEFAULT_DEPARTMENTS:
            self._append(name, unit)

    def _append(self, name: str, unit: str, *, edit: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for key, label in self.units:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(unit)))
        self.table.setCellWidget(row, 1, combo)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return row

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self.table.setRowCount(0)
        for name, unit in rows:
            self._append(name, unit)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text() if item is not None else ""
            if not name.strip():
                continue  # an empty row left by Add is not a department
            out.append((name, self.table.cellWidget(row, 1).currentData()))
        return out

    def validatePage(self) -> bool:  # noqa: N802 - Qt
        return self.problems.show_problems(self.wizard().desk.org.new_departments_problems(self.rows()))


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The system administrator sets up people, accounts and signing certificates. "
                                 "This account holds no business post (SEC-13)."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username_edit = QLineEdit("admin")
        self.name_edit = QLineEdit(self.tr("System administrator"))
        self.password_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Display name:"), self.name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.repeat_edit)
        layout.addLayout(form)
        policy = DEFAULT_POLICY
        layout.addWidget(note(self.tr(
            "Password rules: at least {n} characters with letters, digits and a special character; not containing the "
            "user name; not a demonstration password published in the README. After {failures} wrong passwords in a "
            "row the administrator must wait, longer each time (up to {max_wait} minutes).").format(
            n=policy.min_length, failures=policy.max_failures, max_wait=policy.admin_delay_max_minutes)))
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        for edit in (self.username_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._live)

    def current_problems(self, *, final: bool) -> list[Problem]:
        problems = admin_problems(self.username_edit.text(), self.password_edit.text(), self.name_edit.text())
        if not final:  # while typing: the password's own problems only, once something is typed
            problems = [p for p in problems if p.code.startswith("password.")] if self.password_edit.text() else []
        if (final or self.repeat_edit.text()) and self.repeat_edit.text() != self.password_edit.text():
            problems.append(Problem("SEC-05", "password.repeat", "两次输入的密码不一致"))
        return problems

    def _live(self) -> None:
        self.problems.show_problems(self.current_problems(final=False))

    def validatePage(self) -> bool:  # noqa: N802 - Qt
        return self.problems.show_problems(self.current_problems(final=True))


class SummaryPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Press Finish to create the bureau. You then sign in as the administrator."))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("summary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt
        w = self.wizard()
        rows = w.departments_page.rows()
        unit_words = dict(w.departments_page.units)
        departments = "、".join(f"{name.strip()}" for name, _ in rows) or self.tr("(none)")
        by_unit = self.tr(", ").join(f"{unit_words[key]} {sum(1 for _, u in rows if u == key)}"
                                     for key, _ in w.departments_page.units)
        backup = w.ca_page.backup_folder()
        lines = [
            (self.tr("Bureau"), f"{w.bureau_page.name_edit.text().strip()}（{w.bureau_page.code_edit.text().strip()}）"),
            (self.tr("Rule preset"), f"{w.preset_page.code()} {w.preset_page.presets[w.preset_page.code()].get('name', '')}"),
            (self.tr("Departments"), self.tr("{departments} ({counts})").format(departments=departments, counts=by_unit)),
            (self.tr("Administrator"), f"{w.admin_page.username_edit.text().strip()} · {w.admin_page.name_edit.text().strip()}"),
            (self.tr("Root certificate"), self.tr("passphrase: the administrator password") if w.ca_page.passphrase() is None
             else self.tr("passphrase: its own")),
            (self.tr("Copy of the root key"), backup if backup else
             "<span style='color:#a15c00'>" + escape(self.tr("none (not recommended)")) + "</span>"),
        ]
        self.text.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td style='color:#555; white-space:nowrap'>{escape(k)}</td><td>{v if k == self.tr('Copy of the root key') and not backup else escape(v)}</td></tr>"
            for k, v in lines) + "</table>")
        self.problems.show_problems([])
