"""Starting on the books from another system (issue 11, 7b): opening balances (期初余额) and the
old system's vouchers, from CSV (UTF-8 with or without BOM, or GB18030 as Excel on a Chinese
Windows PC saves it) or from the Excel template (.xlsx).

Every row is checked first and every problem listed at once, each with its row (as a spreadsheet
shows it: the header is row 1) and column; nothing is written unless the whole file is good, and
then in one transaction. Imported vouchers enter as made by the importer and submitted, awaiting
review like any voucher (VOUCH-14, IC-03: the importer cannot review them).

The GUI shows :class:`ImportReport`'s problems as a list; the CLI prints them one a line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select

from desktop.domain.approval.model import Problem
from desktop.domain.finance.vouchers import ZERO, LineInput, period_of
from desktop.persistence.schema import Department, FinanceSettings, Voucher
from desktop.services.base import Refused, SignedIn
from desktop.domain.finance.periods import parse_period
from desktop.services.books import BooksService

__all__ = ["BookImports", "ImportProblem", "ImportReport", "OPENINGS_COLUMNS", "VOUCHER_COLUMNS",
           "decode_csv", "read_table", "template_xlsx"]

OPENINGS_COLUMNS = {"required": ("account", "debit", "credit"), "optional": ("name",)}
VOUCHER_COLUMNS = {"required": ("voucher", "date", "account", "summary", "debit", "credit"),
                   "optional": ("department", "project", "economic_class", "functional_class", "payee")}
# The Chinese headings an exported sheet may carry, read as the template's names.
HEADER_ALIASES = {"科目": "account", "科目编码": "account", "科目代码": "account", "会计科目": "account",
                  "科目名称": "name", "名称": "name", "借方": "debit", "借方金额": "debit", "贷方": "credit",
                  "贷方金额": "credit", "凭证号": "voucher", "凭证编号": "voucher", "凭证": "voucher", "日期": "date",
                  "凭证日期": "date", "摘要": "summary", "部门": "department", "项目": "project",
                  "经济分类": "economic_class", "功能分类": "functional_class", "往来单位": "payee", "收款人": "payee"}
COLUMN_LABELS = {"account": "科目编码", "name": "科目名称", "debit": "借方金额", "credit": "贷方金额", "voucher": "凭证号",
                 "date": "日期", "summary": "摘要", "department": "部门", "project": "项目",
                 "economic_class": "经济分类", "functional_class": "功能分类", "payee": "往来单位"}
MAX_LISTED = 5000  # a file of garbage is listed by its first 5000 problems and a count
_CLASS = re.compile(r"[0-9]{3}([0-9]{2}){0,2}", re.ASCII)


@dataclass(frozen=True)
class ImportProblem:
    row: int | None  # the spreadsheet row (header = 1); None: the file as a whole
    column: str  # the column's name in the template ("" for a whole row or the file)
    rule: str
    code: str
    text: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"第{self.row}行")
        if self.column:
            where.append(f"{self.column}（{COLUMN_LABELS.get(self.column, self.column)}）")
        return f"{' '.join(where)}：{self.text}" if where else self.text

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "rule": self.rule, "code": self.code, "text": self.text}

    def as_problem(self) -> Problem:
        return Problem(self.rule, self.code, str(self))


@dataclass(frozen=True)
class ImportReport:
    kind: str  # openings | vouchers
    file_name: str
    encoding: str  # utf-8 | utf-8-sig | gb18030 | xlsx | "" (unreadable)
    rows: int  # data rows read (blank rows skipped)
    problems: tuple[ImportProblem, ...]
    vouchers: int = 0
    lines: int = 0
    totals: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # side → (debit, credit)
    start_period: str = ""
    written: tuple[str, ...] = ()  # the voucher numbers given, after an import
    more_problems: int = 0  # beyond MAX_LISTED

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": self.file_name, "encoding": self.encoding, "rows": self.rows,
                "ok": self.ok, "vouchers": self.vouchers, "lines": self.lines, "start_period": self.start_period,
                "totals": {side: {"debit": str(d), "credit": str(c)} for side, (d, c) in self.totals.items()},
                "written": list(self.written), "problems": [p.to_json() for p in self.problems],
                "more_problems": self.more_problems}

    def refusal(self) -> Refused:
        problems = [p.as_problem() for p in self.problems]
        if self.more_problems:
            problems.append(Problem("VOUCH-14", "import.more", f"另有{self.more_problems}处问题未列出"))
        return Refused(problems)


class _Problems:
    def __init__(self) -> None:
        self.items: list[ImportProblem] = []
        self.more = 0

    def add(self, row: int | None, column: str, rule: str, code: str, text: str) -> None:
        if len(self.items) < MAX_LISTED:
            self.items.append(ImportProblem(row, column, rule, code, text))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)


# Reading the file ---------------------------------------------------------------------------------
def decode_csv(data: bytes) -> tuple[str, str] | None:
    """(text, encoding): UTF-8 (a BOM is dropped) tried strictly, else GB18030 strictly; None if neither."""
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return None


def _is_xlsx(data: bytes, file_name: str) -> bool:
    return data[:4] == b"PK\x03\x04" or file_name.lower().endswith((".xlsx", ".xlsm"))


def read_table(data: bytes, file_name: str, problems: _Problems
               ) -> tuple[list[str], list[tuple[int, list[Any]]], str, int]:
    """(header cells, [(row number, cells)], encoding, the header's row number) of the file's
    first sheet; problems added for a file that cannot be read (then no rows)."""
    from desktop.domain.input_gate.books import MAX_IMPORT_BYTES, MAX_IMPORT_ROWS

    if len(data) > MAX_IMPORT_BYTES:
        problems.add(None, "", "VOUCH-14", "import.size",
                     f"文件过大：{len(data) // 1024} KiB，上限 {MAX_IMPORT_BYTES // 1024 // 1024} MiB（请分月导入）")
        return [], [], "", 1
    if not data.strip():
        problems.add(None, "", "VOUCH-14", "import.empty", "文件是空的")
        return [], [], "", 1
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        problems.add(None, "", "VOUCH-14", "import.xls", "旧版 Excel（.xls）文件不能读取：请另存为 .xlsx 或 CSV")
        return [], [], "", 1
    rows: list[tuple[int, list[Any]]] = []
    if _is_xlsx(data, file_name):
        encoding = "xlsx"
        try:
            raw = _xlsx_rows(data, MAX_IMPORT_ROWS + 2)
        except Exception as exc:  # noqa: BLE001 - any unreadable workbook is one problem, never a traceback
            problems.add(None, "", "VOUCH-14", "import.xlsx",
                         f"不是可读取的 .xlsx 文件（{type(exc).__name__}）：请用模板另存，或另存为 CSV")
            return [], [], "", 1
    else:
        decoded = decode_csv(data)
        if decoded is None:
            problems.add(None, "", "VOUCH-14", "import.encoding",
                         "文件编码既不是 UTF-8 也不是 GB18030：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”")
            return [], [], "", 1
        text, encoding = decoded
        try:
            raw = []
            for cells in csv.reader(io.StringIO(text, newline="")):
                raw.append(cells)
                if len(raw) > MAX_IMPORT_ROWS + 1:
                    break
        except csv.Error as exc:
            problems.add(None, "", "VOUCH-14", "import.csv", f"不是可读取的 CSV 文件：{str(exc)[:80]}")
            return [], [], encoding, 1
    numbered = [(n, cells) for n, cells in enumerate(raw, 1)
                if any(c is not None and str(c).strip() for c in cells)]
    if not numbered:
        problems.add(None, "", "VOUCH-14", "import.empty", "文件中没有内容")
        return [], [], encoding, 1
    header_no, header = numbered[0]
    rows = numbered[1:]
    if not rows:
        problems.add(None, "", "VOUCH-14", "import.no_rows", "文件只有列名，没有数据行")
    if len(rows) > MAX_IMPORT_ROWS:
        problems.add(None, "", "VOUCH-14", "import.rows", f"行数过多：上限 {MAX_IMPORT_ROWS} 行（请分月导入）")
        return [], [], encoding, 1
    return [("" if c is None else str(c)) for c in header], rows, encoding, header_no


def _xlsx_rows(data: bytes, limit: int) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        out: list[list[Any]] = []
        for values in sheet.iter_rows(values_only=True):
            out.append(list(values))
            if len(out) > limit:
                break
        while out and not any(v is not None and str(v).strip() for v in out[-1]):
            out.pop()
        return out
    finally:
        book.close()


def _columns(header: Sequence[str], header_no: int, spec: dict[str, tuple[str, ...]], problems: _Problems
             ) -> dict[str, int] | None:
    """Column name → index, or None after problems for an unknown, duplicated or missing column."""
    from desktop.domain.input_gate.books import cell_text

    known = set(spec["required"]) | set(spec["optional"])
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        text, bad = cell_text(cell, limit=60)
        name = (text or "").strip().lower().replace(" ", "_").replace("\ufeff", "")
        name = HEADER_ALIASES.get(text.strip(), name) if not bad else name
        if bad or name not in known:
            if not text and not bad:
                continue  # an empty heading over an empty column (Excel's trailing columns)
            problems.add(header_no, text[:40] if not bad else f"第{i + 1}列", "VOUCH-14", "import.column",
                         f"未知的列；应为：{', '.join((*spec['required'], *spec['optional']))}")
        elif name in index:
            problems.add(header_no, name, "VOUCH-14", "import.column_twice", "该列出现两次")
        else:
            index[name] = i
    before = len(problems.items)
    for name in spec["required"]:
        if name not in index:
            problems.add(header_no, name, "VOUCH-14", "import.column_missing", f"缺少列 {name}（{COLUMN_LABELS[name]}）")
    return index if len(problems.items) == before else None


def _cell(cells: Sequence[Any], index: dict[str, int], name: str) -> Any:
    i = index.get(name)
    return cells[i] if i is not None and i < len(cells) else None


# The service --------------------------------------------------------------------------------------
class BookImports:
    """``check_*`` list every problem of a file (nothing written); ``import_*`` check again and,
    if the whole file is good, write it in one transaction (else ``Refused`` with every problem)."""

    def __init__(self, books: BooksService):
        self.books = books

    # One voucher as a JSON record (``desktop books voucher make``) ----------------------------
    def voucher_from_record(self, user: SignedIn, record: Any) -> tuple[date, list[LineInput], str, int]:
        """(date, lines, summary, attachments) of a voucher record, or ``Refused`` with every
        problem of its fields (departments by name or id); the books check the rest on making."""
        from desktop.domain.input_gate.books import read_voucher

        got, problems = read_voucher(record)
        if got is None:
            raise Refused(problems)
        with self.books.reading() as session:
            departments = dict(session.execute(select(Department.name, Department.id).where(
                Department.bureau_id == user.bureau_id)).all())
        ids = set(departments.values())
        lines = []
        for n, line in enumerate(got.lines, 1):
            department_id = line.department_id
            if line.department:
                department_id = departments.get(line.department)
                if department_id is None:
                    problems.append(Problem("VOUCH-14", f"voucher.lines[{n - 1}].department",
                                            f"分录第{n}项·部门：没有部门“{line.department}”"))
            elif department_id is not None and department_id not in ids:
                problems.append(Problem("VOUCH-14", f"voucher.lines[{n - 1}].department_id",
                                        f"分录第{n}项·部门：没有编号为 {department_id} 的部门"))
            for name in ("economic_class", "functional_class"):
                value = getattr(line, name)
                if value and not _CLASS.fullmatch(value):
                    problems.append(Problem("VOUCH-14", f"voucher.lines[{n - 1}].{name}",
                                            f"分录第{n}项·{COLUMN_LABELS[name]}：应为3、5或7位数字"))
            lines.append(LineInput(line.account, line.summary or got.summary, line.debit or ZERO, line.credit or ZERO,
                                   department_id, line.project, line.payee, line.functional_class,
                                   line.economic_class))
        if problems:
            raise Refused(problems)
        return got.date, lines, got.summary, got.attachments

    @staticmethod
    def template(kind: str) -> bytes:
        """The Excel template (openings | vouchers) the GUI offers to save."""
        return template_xlsx(kind)

    # Openings ---------------------------------------------------------------------------------
    def check_openings(self, user: SignedIn, data: bytes, file_name: str, period: str = "") -> ImportReport:
        report, _ = self._openings(user, data, file_name, period)
        return report

    def import_openings(self, user: SignedIn, data: bytes, file_name: str, period: str) -> ImportReport:
        """建账 from the file: the start period (YYYY is its January) and every opening balance,
        replacing what was there; refused once a voucher has been posted."""
        report, rows = self._openings(user, data, file_name, period, need_period=True)
        if not report.ok:
            raise report.refusal()
        self.books.start_books(user, report.start_period, rows)
        return report

    def _openings(self, user: SignedIn, data: bytes, file_name: str, period: str, *, need_period: bool = False
                  ) -> tuple[ImportReport, list[tuple[str, Decimal, Decimal]]]:
        from desktop.domain.input_gate.books import cell_amount, cell_text

        self.books.require_maker(user, "导入期初余额")
        self.books.ensure_chart(user)
        problems = _Problems()
        start = ""
        if period or need_period:
            try:
                start = parse_period(period)[0]
            except ValueError as exc:
                problems.add(None, "", "VOUCH-14", "import.period", str(exc))
        with self.books.reading() as session:
            facts = self.books._facts(session, user.bureau_id)  # noqa: SLF001 - the books' own view of the chart
            posted = session.execute(select(func.count()).select_from(Voucher).where(
                Voucher.bureau_id == user.bureau_id, Voucher.state == "posted")).scalar()
        if posted:
            problems.add(None, "", "VOUCH-14", "books.started", "已有记账凭证，不能再导入或修改期初余额")
        header, rows, encoding, header_no = read_table(data, file_name, problems)
        index = _columns(header, header_no, OPENINGS_COLUMNS, problems) if header else None
        totals = {"financial": [ZERO, ZERO], "budget": [ZERO, ZERO]}
        openings: list[tuple[str, Decimal, Decimal]] = []
        seen: dict[str, int] = {}
        for row_no, cells in rows if index is not None else ():
            code, bad = cell_text(_cell(cells, index, "account"), limit=20)
            if bad:
                problems.add(row_no, "account", "VOUCH-14", "import.text", bad)
            amounts = []
            for column in ("debit", "credit"):
                amount, bad_amount = cell_amount(_cell(cells, index, column))
                if bad_amount:
                    problems.add(row_no, column, "VOUCH-14", "import.amount", bad_amount)
                amounts.append(amount)
            debit, credit = amounts
            if bad:
                continue
            f = facts.get(code)
            if not code:
                if debit or credit:
                    problems.add(row_no, "account", "VOUCH-14", "import.account", "必须填写科目编码")
                continue
            if f is None:
                problems.add(row_no, "account", "VOUCH-14", "import.account", f"没有科目 {code}")
                continue
            if not f.postable:
                problems.add(row_no, "account", "VOUCH-14", "import.not_postable",
                             f"科目 {code} {f.name} 下设明细科目，期初余额请填在明细科目上")
            if debit and credit:
                problems.add(row_no, "credit", "VOUCH-14", "import.both", "借方和贷方只能填一方（期初余额是净额）")
            if code in seen:
                problems.add(row_no, "account", "VOUCH-14", "import.duplicate", f"科目 {code} 已在第{seen[code]}行出现")
                continue
            seen[code] = row_no
            totals[f.side][0] += debit
            totals[f.side][1] += credit
            if debit or credit:
                openings.append((code, debit, credit))
        for side, (debit, credit) in totals.items():
            if debit != credit:
                label = "财务会计" if side == "financial" else "预算会计"
                problems.add(None, "debit" if debit < credit else "credit", "VOUCH-14", f"opening.unbalanced_{side}",
                             f"{label}期初余额借贷不平：借方 {debit:,.2f}，贷方 {credit:,.2f}，差额 {debit - credit:,.2f}")
        report = ImportReport("openings", file_name, encoding, len(rows), tuple(problems.items),
                              lines=len(openings), totals={k: (v[0], v[1]) for k, v in totals.items()},
                              start_period=start, more_problems=problems.more)
        return report, openings

    # Vouchers ---------------------------------------------------------------------------------
    def check_vouchers(self, user: SignedIn, data: bytes, file_name: str) -> ImportReport:
        report, _ = self._vouchers(user, data, file_name)
        return report

    def import_vouchers(self, user: SignedIn, data: bytes, file_name: str) -> ImportReport:
        """Every voucher of the file, numbered in date order, made by ``user`` and submitted for
        review, in one transaction; the report lists the numbers given."""
        report, groups = self._vouchers(user, data, file_name)
        if not report.ok:
            raise report.refusal()
        books = self.books
        written: list[str] = []
        with books.transaction() as session:
            for key, voucher_date, lines, summary in groups:
                voucher_id = books.make_voucher_in(session, user, voucher_date, lines, summary=summary, origin="import")
                voucher = session.get(Voucher, voucher_id)
                books.approvals.submit_in(session, user, voucher.document_id)
                written.append(voucher.voucher_no)
            books.audit(session, user, "books.import_vouchers", "bureau", user.bureau_id,
                        after={"file": file_name[-200:], "sha256": hashlib.sha256(data).hexdigest(),
                               "vouchers": len(written), "lines": report.lines,
                               "numbers": [f"{k}→{n}" for (k, *_), n in zip(groups[:200], written)]})
        return ImportReport(report.kind, report.file_name, report.encoding, report.rows, (), report.vouchers,
                            report.lines, report.totals, report.start_period, tuple(written))

    def _vouchers(self, user: SignedIn, data: bytes, file_name: str
                  ) -> tuple[ImportReport, list[tuple[str, date, list[LineInput], str]]]:
        from desktop.domain.input_gate.books import MAX_VOUCHER_LINES, cell_amount, cell_date, cell_text

        books = self.books
        books.require_maker(user, "导入凭证")
        books.ensure_chart(user)
        problems = _Problems()
        header, rows, encoding, header_no = read_table(data, file_name, problems)
        index = _columns(header, header_no, VOUCHER_COLUMNS, problems) if header else None
        with books.reading() as session:
            facts = books._facts(session, user.bureau_id)  # noqa: SLF001
            departments = dict(session.execute(select(Department.name, Department.id).where(
                Department.bureau_id == user.bureau_id)).all())
            settings = session.get(FinanceSettings, user.bureau_id)
            start = settings.start_period if settings is not None else None
            period_checks: dict[str, list[Problem]] = {}

            def period_problems(period: str) -> list[Problem]:
                if period not in period_checks:
                    period_checks[period] = books._period_problems(session, user.bureau_id, period)  # noqa: SLF001
                return period_checks[period]

            if not start:
                problems.add(None, "", "VOUCH-14", "books.not_started",
                             "尚未建账：请先导入期初余额（desktop books import openings）再导入凭证")
            # voucher key → [first row, date, date row, lines, rows]
            groups: dict[str, dict[str, Any]] = {}
            for row_no, cells in rows if index is not None else ():
                texts: dict[str, str] = {}
                for column in ("voucher", "account", "summary", "department", "project", "economic_class",
                               "functional_class", "payee"):
                    value, bad = cell_text(_cell(cells, index, column), limit=200 if column == "summary" else 100)
                    if bad:
                        problems.add(row_no, column, "VOUCH-14", "import.text", bad)
                    texts[column] = value
                key = texts["voucher"]
                if not key:
                    problems.add(row_no, "voucher", "VOUCH-14", "import.voucher", "必须填写凭证号（同一凭证号的行组成一张凭证）")
                day, bad = cell_date(_cell(cells, index, "date"))
                if bad:
                    problems.add(row_no, "date", "VOUCH-14", "import.date", bad)
                debit, bad_d = cell_amount(_cell(cells, index, "debit"))
                if bad_d:
                    problems.add(row_no, "debit", "VOUCH-14", "import.amount", bad_d)
                credit, bad_c = cell_amount(_cell(cells, index, "credit"))
                if bad_c:
                    problems.add(row_no, "credit", "VOUCH-14", "import.amount", bad_c)
                if not bad_d and not bad_c:
                    if debit and credit:
                        problems.add(row_no, "credit", "VOUCH-14", "import.both", "借方和贷方只能填一方")
                    elif not debit and not credit:
                        problems.add(row_no, "debit", "VOUCH-14", "import.zero", "借方或贷方金额须填一方")
                code = texts["account"]
                f = facts.get(code)
                if not code:
                    problems.add(row_no, "account", "VOUCH-14", "import.account", "必须填写科目编码")
                elif f is None:
                    problems.add(row_no, "account", "VOUCH-14", "import.account", f"没有科目 {code}")
                elif not f.postable:
                    problems.add(row_no, "account", "VOUCH-14", "import.not_postable",
                                 f"科目 {code} {f.name} 下设明细科目，请记入明细科目")
                elif not f.active:
                    problems.add(row_no, "account", "VOUCH-14", "import.inactive", f"科目 {code} {f.name} 已停用")
                if not texts["summary"]:
                    problems.add(row_no, "summary", "VOUCH-14", "import.summary", "摘要不能为空")
                department_id = None
                if texts["department"]:
                    department_id = departments.get(texts["department"])
                    if department_id is None:
                        problems.add(row_no, "department", "VOUCH-14", "import.department",
                                     f"没有部门“{texts['department']}”")
                for column in ("economic_class", "functional_class"):
                    if texts[column] and not _CLASS.fullmatch(texts[column]):
                        problems.add(row_no, column, "VOUCH-14", "import.class",
                                     f"分类编码应为3、5或7位数字（收到：{texts[column][:20]}）")
                if not key:
                    continue
                group = groups.setdefault(key, {"first": row_no, "date": day, "date_row": row_no, "lines": [],
                                                "rows": [], "summary": texts["summary"]})
                if day is not None and group["date"] is None:
                    group["date"], group["date_row"] = day, row_no
                elif day is not None and day != group["date"]:
                    problems.add(row_no, "date", "VOUCH-14", "import.date_differs",
                                 f"凭证 {key} 的日期与第{group['date_row']}行（{group['date'].isoformat()}）不同")
                group["rows"].append(row_no)
                group["lines"].append((LineInput(code, texts["summary"], debit, credit, department_id,
                                                 texts["project"], texts["payee"], texts["functional_class"],
                                                 texts["economic_class"]), f))
            out: list[tuple[str, date, list[LineInput], str]] = []
            side_totals = {"financial": [ZERO, ZERO], "budget": [ZERO, ZERO]}
            n_lines = 0
            for key, group in groups.items():
                first, rows_of = group["first"], group["rows"]
                span = f"第{rows_of[0]}行" if len(rows_of) == 1 else f"第{rows_of[0]}–{rows_of[-1]}行"
                sums = {"financial": [ZERO, ZERO], "budget": [ZERO, ZERO]}
                for line, f in group["lines"]:
                    if f is not None:
                        sums[f.side][0] += line.debit
                        sums[f.side][1] += line.credit
                for side, (debit, credit) in sums.items():
                    side_totals[side][0] += debit
                    side_totals[side][1] += credit
                    if debit != credit:
                        label = "财务会计" if side == "financial" else "预算会计"
                        problems.add(first, "debit" if debit < credit else "credit", "VOUCH-14",
                                     f"voucher.unbalanced_{side}",
                                     f"凭证 {key}（{span}）{label}借贷不平：借方 {debit:,.2f}，贷方 {credit:,.2f}，"
                                     f"差额 {debit - credit:,.2f}")
                used = {f.side for _, f in group["lines"] if f is not None}
                if used == {"budget"}:
                    problems.add(first, "account", "VOUCH-14", "voucher.budget_only",
                                 f"凭证 {key}（{span}）只有预算会计分录，须同时有财务会计分录")
                if len(rows_of) < 2:
                    problems.add(first, "voucher", "VOUCH-14", "voucher.one_line", f"凭证 {key} 只有一行分录")
                if len(rows_of) > MAX_VOUCHER_LINES:
                    problems.add(first, "voucher", "VOUCH-14", "voucher.too_many",
                                 f"凭证 {key} 有 {len(rows_of)} 行分录，上限 {MAX_VOUCHER_LINES}")
                voucher_date = group["date"]
                if voucher_date is not None and start:
                    for p in period_problems(period_of(voucher_date)):
                        problems.add(group["date_row"], "date", p.rule, f"import.{p.code}", f"凭证 {key}：{p.text}")
                n_lines += len(rows_of)
                if voucher_date is not None:
                    out.append((key, voucher_date, [line for line, _ in group["lines"]], group["summary"]))
        out.sort(key=lambda g: (g[1], groups[g[0]]["first"]))
        report = ImportReport("vouchers", file_name, encoding, len(rows), tuple(problems.items), vouchers=len(groups),
                              lines=n_lines, totals={k: (v[0], v[1]) for k, v in side_totals.items()},
                              start_period=start or "", more_problems=problems.more)
        return report, out


# The Excel template ---------------------------------------------------------------------------------
_TEMPLATE_NOTES = {
    "openings": [
        "期初余额导入模板（第一行列名请勿修改）",
        "account：科目编码（末级科目，如 1011、100201）；name：科目名称（可留空，仅供核对）",
        "debit / credit：期初借方或贷方余额，每行只填一方，最多两位小数",
        "财务会计（1–5类）与预算会计（6–8类）各自借贷平衡",
        "命令：desktop books import openings 文件.xlsx --period 2026 --user 用户名（--period 为建账月份，2026 即 2026-01）",
    ],
    "vouchers": [
        "凭证导入模板（第一行列名请勿修改）",
        "voucher：原系统凭证号，同一凭证号的各行组成一张凭证；date：凭证日期 YYYY-MM-DD（同一凭证相同）",
        "account：末级科目编码；summary：摘要；debit / credit：每行只填一方，最多两位小数",
        "可选列：department 部门名称，project 项目，economic_class 经济分类（如 30201），"
        "functional_class 功能分类，payee 往来单位",
        "每张凭证的财务会计分录与预算会计分录各自借贷平衡（平行记账）",
        "导入的凭证以导入人为制单人，状态为待审核；日期须在建账期间之后、未结账的月份内",
        "命令：desktop books import vouchers 文件.xlsx --user 用户名",
    ],
}


def template_xlsx(kind: str) -> bytes:
    """The Excel template for ``openings`` or ``vouchers``: the header row (English names, what
    the import reads), a Chinese caption row as a comment on each heading, and a sheet of notes."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    if kind not in _TEMPLATE_NOTES:
        raise ValueError(f"template kind must be openings or vouchers, not {kind!r}")
    spec = OPENINGS_COLUMNS if kind == "openings" else VOUCHER_COLUMNS
    columns = (*spec["required"], *spec["optional"])
    book = Workbook()
    sheet = book.active
    sheet.title = "期初余额" if kind == "openings" else "凭证"
    sheet.append(list(columns))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    widths = {"summary": 36, "account": 14, "name": 24, "date": 13, "debit": 16, "credit": 16, "department": 14,
              "project": 16, "economic_class": 14, "functional_class": 16, "payee": 20, "voucher": 12}
    for i, name in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=i)
        cell.font, cell.fill = bold, fill
        cell.comment = Comment(f"{COLUMN_LABELS[name]}{'（必填）' if name in spec['required'] else '（可选）'}",
                               "Bureau Desk")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = widths.get(name, 14)
        # Codes and amounts as text: Excel must not turn 100201 into 1.00E+05 or drop a trailing zero.
        if name in ("account", "voucher", "economic_class", "functional_class"):
            for r in range(2, 2001):
                sheet.cell(row=r, column=i).number_format = "@"
        elif name in ("debit", "credit"):
            for r in range(2, 2001):
                sheet.cell(row=r, column=i).number_format = "#,##0.00"
        elif name == "date":
            for r in range(2, 2001):
                sheet.cell(row=r, column=i).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明")
    for text in _TEMPLATE_NOTES[kind]:
        notes.append([text])
    notes.column_dimensions["A"].width = 110
    notes["A1"].font = bold
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
