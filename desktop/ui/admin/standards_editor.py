"""规则预设 → 标准: the bureau's standards tables, every figure editable (TRAVEL-19, RECEP-05,
MEET-09, VEH-04): travel per region (lodging cap, meal allowance, city transport), reception meal
standards, meeting caps per category and the vehicle request lead times.

Travel, reception and meeting tables have versions by effective date (生效日期): the admin picks a
version to see or edit, or adds one from a date (claims on days before it keep the earlier
figures; a submitted claim keeps the figures it was computed with). A figure the bureau has not
entered shows "未设置" (P-000 ships no local figures): a claim that needs it is refused until then.

Every figure is checked here first and all the problems are listed at once (nothing is saved while
one is wrong); the service checks each table again with the modules' own parsers and records the
change in the audit trail (SEC-08). Amounts are yuan with two decimals.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop.domain.approval.model import Problem
from desktop.domain.money import CENT, MoneyError, parse_amount
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt, inform, refusal_box

__all__ = ["StandardsEditor", "TABLES"]

translate = QCoreApplication.translate
_C = "StandardsEditor"

TABLES = ("travel", "reception", "meeting", "vehicle")
TABLE_TITLES = {"travel": QT_TRANSLATE_NOOP("StandardsEditor", "Travel"), "reception": QT_TRANSLATE_NOOP("StandardsEditor", "Reception meals"),
                "meeting": QT_TRANSLATE_NOOP("StandardsEditor", "Meetings"), "vehicle": QT_TRANSLATE_NOOP("StandardsEditor", "Vehicles")}
TABLE_RULES = {"travel": "TRAVEL-19", "reception": "RECEP-05", "meeting": "MEET-09", "vehicle": "VEH-04"}
SCOPES = {"in_county": QT_TRANSLATE_NOOP("StandardsEditor", "In the county"), "in_province": QT_TRANSLATE_NOOP("StandardsEditor", "In the province"),
          "other_province": QT_TRANSLATE_NOOP("StandardsEditor", "Other province")}
MEAL_TYPES = {"buffet": QT_TRANSLATE_NOOP("StandardsEditor", "Buffet"), "table": QT_TRANSLATE_NOOP("StandardsEditor", "Working table meal"),
              "staff": QT_TRANSLATE_NOOP("StandardsEditor", "Staff meal")}
MEALS = {"breakfast": QT_TRANSLATE_NOOP("StandardsEditor", "Breakfast"), "lunch": QT_TRANSLATE_NOOP("StandardsEditor", "Lunch"),
         "dinner": QT_TRANSLATE_NOOP("StandardsEditor", "Dinner"), "any": QT_TRANSLATE_NOOP("StandardsEditor", "Any meal")}
LIMITS = {"max_inclusive": QT_TRANSLATE_NOOP("StandardsEditor", "at most"), "max_exclusive": QT_TRANSLATE_NOOP("StandardsEditor", "below")}

# Columns: (key, header, kind); kind "text", "money" (two decimals), "money?" (may be empty),
# "int?" / "int" (whole number), "share?" (a fraction 0..1), "combo:<name>", "fixed" (not editable).
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "travel": (("region", QT_TRANSLATE_NOOP("StandardsEditor", "Region"), "text"),
               ("region_en", QT_TRANSLATE_NOOP("StandardsEditor", "Region (English)"), "text?"),
               ("scope", QT_TRANSLATE_NOOP("StandardsEditor", "Scope"), "combo:scope"),
               ("lodging_cap_yuan", QT_TRANSLATE_NOOP("StandardsEditor", "Lodging cap (yuan/night)"), "money?"),
               ("meal_allowance_yuan", QT_TRANSLATE_NOOP("StandardsEditor", "Meal allowance (yuan/day)"), "money?"),
               ("city_transport_yuan", QT_TRANSLATE_NOOP("StandardsEditor", "City transport (yuan/day)"), "money?")),
    "reception": (("meal_type", QT_TRANSLATE_NOOP("StandardsEditor", "Meal type"), "combo:meal_type"),
                  ("meal", QT_TRANSLATE_NOOP("StandardsEditor", "Meal"), "combo:meal"),
                  ("limit", QT_TRANSLATE_NOOP("StandardsEditor", "Limit"), "combo:limit"),
                  ("amount", QT_TRANSLATE_NOOP("StandardsEditor", "Standard (yuan/person/meal)"), "money+")),
    "meeting": (("category", QT_TRANSLATE_NOOP("StandardsEditor", "Category"), "fixed"),
                ("total", QT_TRANSLATE_NOOP("StandardsEditor", "Total (yuan/person/day)"), "money?"),
                ("lodging", QT_TRANSLATE_NOOP("StandardsEditor", "Lodging"), "money?"),
                ("food", QT_TRANSLATE_NOOP("StandardsEditor", "Food"), "money?"),
                ("other", QT_TRANSLATE_NOOP("StandardsEditor", "Other"), "money?"),
                ("max_people", QT_TRANSLATE_NOOP("StandardsEditor", "Max people"), "int?"),
                ("max_county_delegates", QT_TRANSLATE_NOOP("StandardsEditor", "Delegates per unit"), "int?"),
                ("staff_share", QT_TRANSLATE_NOOP("StandardsEditor", "Staff share"), "share?"),
                ("max_per_year", QT_TRANSLATE_NOOP("StandardsEditor", "Per year"), "int?"),
                ("max_days", QT_TRANSLATE_NOOP("StandardsEditor", "Max days"), "int?"),
                ("max_travel_days", QT_TRANSLATE_NOOP("StandardsEditor", "Arrival/departure days"), "int?")),
    "vehicle": (("local_days", QT_TRANSLATE_NOOP("StandardsEditor", "In-county request, days ahead"), "int"),
                ("long_days", QT_TRANSLATE_NOOP("StandardsEditor", "Long-distance request, days ahead"), "int")),
}
COMBOS = {"scope": SCOPES, "meal_type": MEAL_TYPES, "meal": MEALS, "limit": LIMITS}
CATEGORIES = {1: QT_TRANSLATE_NOOP("StandardsEditor", "Category 1"), 2: QT_TRANSLATE_NOOP("StandardsEditor", "Category 2"),
              3: QT_TRANSLATE_NOOP("StandardsEditor", "Category 3"), 4: QT_TRANSLATE_NOOP("StandardsEditor", "Category 4"),
              5: QT_TRANSLATE_NOOP("StandardsEditor", "Category 5")}
HINTS = {
    "travel": QT_TRANSLATE_NOOP("StandardsEditor", "Per region: the lodging cap per night, the meal allowance and city transport per "
                                    "calendar day (in the county the meal allowance is a ceiling). Trips and claims use "
                                    "the saved table."),
    "reception": QT_TRANSLATE_NOOP("StandardsEditor", "Per person per meal; \"below\" means strictly below the figure."),
    "meeting": QT_TRANSLATE_NOOP("StandardsEditor", "Caps per person-day by meeting category; leave a cell empty where the category "
                                     "has no figure (set separately). Staff share is a fraction, e.g. 0.10."),
    "vehicle": QT_TRANSLATE_NOOP("StandardsEditor", "How many days before the trip a vehicle must be requested."),
}
BAD = QBrush(QColor("#f8d7da"))
UNSET_BRUSH = QBrush(QColor("#fff3cd"))
VERSIONED = ("travel", "reception", "meeting")  # tables with effective dates (TRAVEL-19)
NOT_SET = QT_TRANSLATE_NOOP("StandardsEditor", "Not set")
FROM_BEGINNING = QT_TRANSLATE_NOOP("StandardsEditor", "From the beginning")
FROM_DATE = QT_TRANSLATE_NOOP("StandardsEditor", "From {date}")
UNSET_HINT = QT_TRANSLATE_NOOP("StandardsEditor", "Not set: the bureau has not entered these figures yet ({source}). "
                                                  "A claim that needs one is refused until they are entered here.")


def _t(text: str) -> str:
    return translate(_C, text)


def _money(value: Any) -> str:
    """A stored figure as text with two decimals ("" for none)."""
    if value is None or value == "":
        return ""
    try:
        return str(Decimal(str(value)).quantize(CENT))
    except InvalidOperation:
        return str(value)


class StandardsEditor(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.loaded: dict[str, Any] = {}
        self.own: set[str] = set()  # tables the bureau has its own copy of (else the shipped defaults)
        self.alcohol_exception = False
        self.versions: dict[str, list[Any]] = {}  # table → its versions (Version), oldest first
        self.chosen: dict[str, date | None] = {}  # table → effective date of the version shown
        self.added: dict[str, date] = {}  # table → a new version's date, not saved yet
        self.versionCombos: dict[str, QComboBox] = {}
        self.sourceEdits: dict[str, QLineEdit] = {}
        self.fromEdits: dict[str, QDateEdit] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("standardsTabs")
        self.tables: dict[str, QTableWidget] = {}
        self.hints: dict[str, QLabel] = {}
        for key in TABLES:
            page = QWidget()
            layout = QVBoxLayout(page)
            hint = QLabel(page)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            table = QTableWidget(page)
            table.setObjectName(f"{key}Table")
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.itemChanged.connect(lambda item: item.setBackground(QBrush()))
            layout.addWidget(hint)
            if key in VERSIONED:
                layout.addLayout(self._version_bar(key, page))
            layout.addWidget(table, 1)
            self.tables[key], self.hints[key] = table, hint
            self.tabs.addTab(page, _t(TABLE_TITLES[key]))
        self.addButton = QPushButton(self.tr("Add row"), self)
        self.addButton.setObjectName("addRowButton")
        self.addButton.clicked.connect(self.add_row)
        self.removeButton = QPushButton(self.tr("Remove row"), self)
        self.removeButton.setObjectName("removeRowButton")
        self.removeButton.clicked.connect(self.remove_row)
        self.defaultsButton = QPushButton(self.tr("Back to shipped standards…"), self)
        self.defaultsButton.setObjectName("defaultsButton")
        self.defaultsButton.clicked.connect(lambda: self.back_to_defaults())
        self.revertButton = QPushButton(self.tr("Revert"), self)
        self.revertButton.setObjectName("revertStandardsButton")
        self.revertButton.clicked.connect(self.refresh)
        self.saveButton = QPushButton(self.tr("Save standards"), self)
        self.saveButton.setObjectName("saveStandardsButton")
        self.saveButton.clicked.connect(self.save)
        self.sourceLabel = QLabel(self)
        self.sourceLabel.setObjectName("sourceLabel")
        buttons = QHBoxLayout()
        for button in (self.addButton, self.removeButton):
            buttons.addWidget(button)
        buttons.addWidget(self.sourceLabel, 1)
        for button in (self.defaultsButton, self.revertButton, self.saveButton):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

    # Loading ---------------------------------------------------------------------------------------
    def current_key(self) -> str:
        return TABLES[self.tabs.currentIndex()]

    def select(self, key: str) -> QTableWidget:
        self.tabs.setCurrentIndex(TABLES.index(key))
        return self.tables[key]

    def _version_bar(self, key: str, page: QWidget) -> QHBoxLayout:
        """生效日期: the version shown, its source document, and "add a version from" a date."""
        bar = QHBoxLayout()
        combo = QComboBox(page)
        combo.setObjectName(f"{key}VersionCombo")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(220)
        combo.activated.connect(lambda _i, k=key: self.show_version(k, self.versionCombos[k].currentData()))
        source = QLineEdit(page)
        source.setObjectName(f"{key}SourceEdit")
        source.setPlaceholderText(self.tr("Document the figures come from"))
        source.setMaxLength(200)
        when = QDateEdit(page)
        when.setObjectName(f"{key}FromEdit")
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd")
        when.setDate(QDate.currentDate())
        add = QPushButton(self.tr("Add a version from this date"), page)
        add.setObjectName(f"{key}AddVersionButton")
        add.clicked.connect(lambda _c=False, k=key: self.add_version(k, self.fromEdits[k].date().toPython()))
        bar.addWidget(QLabel(self.tr("Effective from:"), page))
        bar.addWidget(combo)
        bar.addWidget(QLabel(self.tr("Source:"), page))
        bar.addWidget(source, 1)
        bar.addWidget(when)
        bar.addWidget(add)
        self.versionCombos[key], self.sourceEdits[key], self.fromEdits[key] = combo, source, when
        return bar

    @staticmethod
    def _version_label(effective: date | None) -> str:
        return _t(FROM_BEGINNING) if effective is None else _t(FROM_DATE).format(date=effective.isoformat())

    def refresh(self) -> None:
        std = self.desk.travel.standards(self.user)  # vehicle lead times (shipped ones where the bureau has none)
        self.own = set(self.desk.presets.preset(self.user).standards)
        self.added = {}
        today = date.today()
        for key in VERSIONED:
            self.versions[key] = self.desk.presets.standards_versions(self.user, key)
            in_force = [v.effective for v in self.versions[key] if v.effective is None or v.effective <= today]
            self.chosen[key] = in_force[-1] if in_force else self.versions[key][0].effective
            self._fill_versions(key)
        self._fill("vehicle", [{"local_days": std.lead.local_days, "long_days": std.lead.long_days}])
        self.hints["vehicle"].setText(f"{_t(HINTS['vehicle'])} [{TABLE_RULES['vehicle']}]")
        self.loaded = {key: self.collect(key)[0] for key in TABLES}
        self._update_buttons()

    def _fill_versions(self, key: str) -> None:
        combo = self.versionCombos[key]
        combo.clear()
        dates = [v.effective for v in self.versions[key]]
        if key in self.added and self.added[key] not in dates:
            dates = sorted([*dates, self.added[key]], key=lambda d: d or date.min)
        for d in dates:
            combo.addItem(self._version_label(d) + (self.tr(" (new, not saved)") if key in self.added and d == self.added[key] else "")
                          + (self.tr(" — in force") if d == self._in_force_date(key) else ""), d)
        combo.setCurrentIndex(max(0, combo.findData(self.chosen.get(key))))
        self._show(key)

    def _in_force_date(self, key: str) -> date | None:
        today = date.today()
        found = [v.effective for v in self.versions.get(key, []) if v.effective is None or v.effective <= today]
        return found[-1] if found else None

    def _version(self, key: str) -> Any:
        return next((v for v in self.versions[key] if v.effective == self.chosen.get(key)), None)

    def _show(self, key: str) -> None:
        """Fill ``key``'s table with the chosen version (a new one starts as a copy of the one before)."""
        version = self._version(key)
        if version is None:  # a new version: the rows of the version in force just before it
            earlier = [v for v in self.versions[key] if (v.effective or date.min) < (self.chosen[key] or date.min)]
            version = earlier[-1] if earlier else self.versions[key][0]
            source = ""
        else:
            source = version.source
        rows = list(version.rows)
        if key == "reception":
            self.alcohol_exception = bool(version.extra.get("alcohol_exception", False))
        if key == "meeting":  # categories one to five always shown; those not entered read "Not set"
            have = {r.get("category"): r for r in rows}
            rows = [have.get(c, {"category": c}) for c in CATEGORIES]
        self._fill(key, rows)
        self.sourceEdits[key].setText(source)
        unset = not version.rows or (key == "travel" and any(
            r.get(c) in (None, "") for r in version.rows for c in ("lodging_cap_yuan", "meal_allowance_yuan")))
        hint = f"{_t(HINTS[key])} [{TABLE_RULES[key]}]"
        if unset:
            hint += "\n" + _t(UNSET_HINT).format(source=source or "—")
        self.hints[key].setText(hint)

    def show_version(self, key: str, effective: date | None) -> None:
        self.chosen[key] = effective
        self._show(key)
        self.loaded[key] = self.collect(key)[0] if key not in self.added or self.added[key] != effective else None

    def add_version(self, key: str, effective: date) -> QTableWidget:
        """A new version of ``key`` from ``effective``: a copy of the figures in force before it,
        saved with "Save standards" (claims on days before ``effective`` are not changed)."""
        self.added[key] = effective
        self.chosen[key] = effective
        self._fill_versions(key)
        self.loaded[key] = None  # unsaved: always saved
        return self.tables[key]

    def _fill(self, key: str, rows: list[dict[str, Any]]) -> None:
        table = self.tables[key]
        table.blockSignals(True)
        table.clearContents()
        columns = COLUMNS[key]
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([_t(c[1]) for c in columns])
        table.setRowCount(0)
        for row in rows:
            self._append(key, row)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for c in range(len(columns)):
            table.setColumnWidth(c, max(table.columnWidth(c), 90))
        wide = next((c for c, col in enumerate(columns) if col[0] == "region_en"), None)
        if wide is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        table.blockSignals(False)

    def _append(self, key: str, row: dict[str, Any], at: int | None = None) -> int:
        table = self.tables[key]
        r = table.rowCount() if at is None else at
        table.insertRow(r)
        for c, (name, _header, kind) in enumerate(COLUMNS[key]):
            value = row.get(name)
            if kind.startswith("combo:"):
                combo = QComboBox(table)
                for code, text in COMBOS[kind[6:]].items():
                    combo.addItem(_t(text), code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                table.setCellWidget(r, c, combo)
                continue
            if kind == "fixed":
                item = QTableWidgetItem(_t(CATEGORIES.get(value, str(value))))
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            elif kind.startswith("money"):
                text = _money(value)
                item = QTableWidgetItem(text or (_t(NOT_SET) if key in VERSIONED and key != "meeting"
                                                 or (key == "meeting" and len(row) == 1) else ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not text and item.text():
                    item.setForeground(QBrush(QColor("#8a6d3b")))
                    item.setBackground(UNSET_BRUSH)
                    item.setToolTip(_t(UNSET_HINT).format(source="—"))
            else:
                item = QTableWidgetItem("" if value is None else str(value))
                if not kind.startswith("text"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
        return r

    def _update_buttons(self) -> None:
        key = self.current_key()
        rows_vary = key in ("travel", "reception")  # meeting categories are one to five, vehicles one row
        self.addButton.setEnabled(rows_vary)
        self.removeButton.setEnabled(rows_vary)
        self.defaultsButton.setEnabled(key in self.own)
        self.sourceLabel.setText(self.tr("This bureau's own table") if key in self.own
                                 else self.tr("Shipped standards (not changed by this bureau)"))

    # Editing ---------------------------------------------------------------------------------------
    def add_row(self) -> None:
        key = self.current_key()
        table = self.tables[key]
        current = table.currentRow()
        blank = ({"scope": "other_province", "lodging_cap_yuan": "0", "meal_allowance_yuan": "0",
                  "city_transport_yuan": "0"} if key == "travel" else {"meal_type": "buffet", "meal": "any",
                                                                       "limit": "max_inclusive", "amount": ""})
        table.blockSignals(True)
        r = self._append(key, blank, current + 1 if current >= 0 else None)
        table.blockSignals(False)
        table.setCurrentCell(r, 0)
        if table.item(r, 0) is not None:
            table.editItem(table.item(r, 0))

    def remove_row(self) -> None:
        table = self.tables[self.current_key()]
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # Reading back ------------------------------------------------------------------------------------
    def collect(self, key: str) -> tuple[list[dict[str, Any]], list[Problem]]:
        """The table's rows in the preset's shape, and every problem found (cells marked)."""
        table = self.tables[key]
        rule = TABLE_RULES[key]
        title = _t(TABLE_TITLES[key])
        rows: list[dict[str, Any]] = []
        problems: list[Problem] = []
        seen: dict[Any, int] = {}
        for r in range(table.rowCount()):
            row: dict[str, Any] = {}
            for c, (name, header, kind) in enumerate(COLUMNS[key]):
                if kind.startswith("combo:"):
                    row[name] = table.cellWidget(r, c).currentData()
                    continue
                item = table.item(r, c)
                if kind == "fixed":
                    row[name] = item.data(Qt.ItemDataRole.UserRole)
                    continue
                text = item.text().strip() if item is not None else ""
                if text == _t(NOT_SET):
                    text = ""
                value, error = self._convert(kind, text)
                if error:
                    problems.append(Problem(rule, "standards.figure", self.tr(
                        "{table}, row {row}, {column}: {error}").format(table=title, row=r + 1, column=_t(header),
                                                                        error=error)))
                    if item is not None:
                        table.blockSignals(True)  # an edit clears the mark, not the marking itself
                        item.setBackground(BAD)
                        table.blockSignals(False)
                row[name] = value
            if key == "travel":
                region = row["region"]
                if region in seen:
                    problems.append(Problem(rule, "standards.duplicate", self.tr(
                        "{table}, row {row}: the region {region} is already in row {first}").format(
                        table=title, row=r + 1, region=region, first=seen[region])))
                elif region:
                    seen[region] = r + 1
            if key == "meeting" and all(row[c[0]] is None for c in COLUMNS[key] if c[0] != "category"):
                continue  # a category not entered stays "not set"
            rows.append(row)
        if key == "travel" and not rows:
            problems.append(Problem(rule, "standards.empty", self.tr("{table}: the table is empty").format(table=title)))
        if key == "vehicle":
            return (rows[0] if rows else {}), problems
        return rows, problems

    def _convert(self, kind: str, text: str) -> tuple[Any, str]:
        optional = kind.endswith("?")
        if not text:
            if optional:
                return None, ""
            return "", self.tr("a figure is required")
        if kind.startswith("text"):
            return text, ""
        if kind.startswith("money"):
            try:
                amount = parse_amount(text)
            except MoneyError:
                return text, self.tr("\"{text}\" is not an amount in yuan with at most two decimals").format(text=text)
            if kind == "money+" and amount <= 0:
                return text, self.tr("must be more than 0")
            return str(amount.quantize(CENT)), ""
        if kind.startswith("int"):
            if not text.isdigit():
                return text, self.tr("\"{text}\" is not a whole number ≥ 0").format(text=text)
            return int(text), ""
        try:  # share
            share = Decimal(text)
        except InvalidOperation:
            share = Decimal(-1)
        if not share.is_finite() or not Decimal(0) <= share <= Decimal(1):
            return text, self.tr("\"{text}\" is not a fraction between 0 and 1").format(text=text)
        return str(share), ""

    def _source_changed(self, key: str) -> bool:
        if key not in VERSIONED or key not in self.sourceEdits:
            return False
        version = self._version(key)
        return self.sourceEdits[key].text().strip() != (version.source if version else "")

    def _stored(self, key: str, rows: Any) -> Any:
        if key == "reception" and self.alcohol_exception:
            return {"alcohol_exception": True, "rows": rows}
        return rows

    # Saving ----------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check every table, list every problem at once; if none, save the changed tables."""
        collected, problems = {}, []
        for key in TABLES:
            rows, found = self.collect(key)
            collected[key] = rows
            problems.extend(found)
        if problems:
            refusal_box(self, Refused(problems), self.tr("Standards not saved"))
            return False
        changed = [key for key in TABLES if collected[key] != self.loaded.get(key) or self._source_changed(key)]
        if not changed:
            inform(self, self.tr("Standards"), self.tr("Nothing has changed."))
            return True
        for key in changed:
            extra: dict[str, Any] = {}
            if key in VERSIONED:
                effective = self.chosen.get(key)
                source = self.sourceEdits[key].text().strip()
                if effective is not None or self._source_changed(key):
                    extra = {"effective": effective, "source": source}
            if not attempt(self, self.desk.presets.set_standards, self.user, key,
                           self._stored(key, collected[key]), **extra)[0]:
                return False
        self.refresh()
        inform(self, self.tr("Standards"), self.tr("Saved: {tables}.").format(
            tables="、".join(_t(TABLE_TITLES[k]) for k in changed)))
        return True

    def back_to_defaults(self, *, confirm: Callable[[], bool] | None = None) -> bool:
        key = self.current_key()
        ask = confirm or (lambda: QMessageBox.question(
            self, self.tr("Shipped standards"),
            self.tr("Replace the bureau's {table} table with the shipped standards?").format(
                table=_t(TABLE_TITLES[key]))) == QMessageBox.StandardButton.Yes)
        if not ask():
            return False
        done = attempt(self, self.desk.presets.set_standards, self.user, key, None)[0]
        if done:
            self.refresh()
        return done
