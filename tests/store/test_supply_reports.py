"""The 收发存 report and the supply sheets through ``desk.supply_reports`` on SQLite and PostgreSQL
(issue 14 item 8): the report adds up and meets the balances (SUPPLY-11), in Excel and print;
入库单 (SUPPLY-08), 发放登记册 (SUPPLY-09), 借用单/归还单 (SUPPLY-14), 采购计划 (SUPPLY-03),
询价比价表 (SUPPLY-05/06) with the embedded CJK font and the text a user checks; need to know."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.persistence.schema import (
    Department,
    SupplyBalance,
    SupplyIssue,
    SupplyIssueLine,
    SupplyItem,
    SupplyLoan,
    SupplyLoanSignature,
    SupplyLocation,
    SupplyMovement,
    SupplyPurchase,
    SupplyPurchaseLine,
    SupplyQuote,
    SupplyQuoteEnquirer,
    SupplyReceipt,
    SupplyReceiptLine,
)
from desktop.services.base import Refused
from desktop.services.supply_records import default_location, post_movement


def pdf_text(pdf: bytes, tmp_path, name: str = "t.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def fonts_embedded(pdf: bytes, tmp_path) -> list[str]:
    """The fonts of the PDF, each asserted embedded; returns their names."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines)
    return [line.split()[0] for line in lines]


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def dept_id(desk, name: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Department.id).where(Department.name == name)).scalar_one()


# (day, item key, kind, quantity, amount of a receipt): in date order, as the keeper posts them.
BOOK = [
    (date(2026, 5, 10), "paper", "receipt", 100, D("250.00")),
    (date(2026, 5, 20), "paper", "issue", -30, None),
    (date(2026, 6, 1), "chair", "receipt", 10, D("1200.00")),
    (date(2026, 6, 3), "paper", "receipt", 50, D("155.00")),
    (date(2026, 6, 15), "paper", "issue", -40, None),
    (date(2026, 6, 20), "paper", "return", 5, None),
    (date(2026, 6, 30), "paper", "loss", -2, None),
    (date(2026, 6, 30), "chair", "gain", 1, None),
    (date(2026, 7, 2), "chair", "issue", -4, None),
]


@pytest.fixture
def book(desk):
    """Two items of our own (RPT…), paper in the office store and chairs in a second store, with
    the movements of BOOK posted through the one stock writer."""
    keeper = desk.act_as("liuyang")
    with desk.sessions.begin() as s:
        store = default_location(s, keeper.bureau_id)
        second = SupplyLocation(bureau_id=keeper.bureau_id, name="RPT二号库")
        paper = SupplyItem(bureau_id=keeper.bureau_id, code="RPT01", name="RPT复印纸", specification="A4 70g",
                           unit="包")
        chair = SupplyItem(bureau_id=keeper.bureau_id, code="RPT02", name="RPT办公椅", specification="转椅",
                           unit="把", kind="special")
        s.add_all([second, paper, chair])
        s.flush()
        items = {"paper": (paper, store.id), "chair": (chair, second.id)}
        for day, key, kind, quantity, value in BOOK:
            item, where = items[key]
            post_movement(s, keeper, item=item, location_id=where, kind=kind, quantity=quantity, occurred_on=day,
                          value=value)
        return {"paper": paper.id, "chair": chair.id, "store": store.id, "second": second.id}


def mine(report):
    return {r.code: r for r in report.rows if r.code.startswith("RPT")}


def book_lines(desk, item_id: int) -> list[SupplyMovement]:
    with desk.sessions() as s:
        return list(s.execute(select(SupplyMovement).where(SupplyMovement.item_id == item_id)
                              .order_by(SupplyMovement.id)).scalars())


def test_SUPPLY11_report_closing_equals_the_stock_book_and_the_balances(desk, book):
    report = desk.supply_reports.movement_report(desk.act_as("liuyang"), year=2026, month=6)
    rows = mine(report)
    paper = rows["RPT01"]
    lines = book_lines(desk, book["paper"])
    may = [m for m in lines if m.occurred_on < date(2026, 6, 1)]
    june = [m for m in lines if date(2026, 6, 1) <= m.occurred_on <= date(2026, 6, 30)]
    assert (paper.opening_quantity, paper.opening_value) == (70, may[-1].balance_value)
    assert paper.in_quantity == 55 and paper.in_value == sum(m.value for m in june if m.quantity > 0)  # 入库 + 退库
    assert paper.out_quantity == 42 and paper.out_value == -sum(m.value for m in june if m.quantity < 0)  # 领用 + 盘亏
    assert (paper.closing_quantity, paper.closing_value) == (june[-1].balance_quantity, june[-1].balance_value)
    chair = rows["RPT02"]
    assert (chair.opening_quantity, chair.in_quantity, chair.out_quantity, chair.closing_quantity) == (0, 11, 0, 11)
    assert chair.closing_value == D("1200.00") + next(m.value for m in book_lines(desk, book["chair"])
                                                      if m.kind == "gain")
    assert report.agrees, report.mismatches  # closing + what moved since = the balances kept (账实相符)
    with desk.sessions() as s:
        held = s.execute(select(SupplyBalance).where(SupplyBalance.item_id == book["paper"])).scalar_one()
    assert (held.quantity, held.value) == (paper.closing_quantity, paper.closing_value)  # nothing moved since June


def test_SUPPLY11_opening_of_a_month_is_the_closing_of_the_month_before_and_totals_add_up(desk, book):
    keeper = desk.act_as("liuyang")
    months = {m: desk.supply_reports.movement_report(keeper, year=2026, month=m) for m in (5, 6, 7)}
    for m in (6, 7):
        before, now = mine(months[m - 1]), mine(months[m])
        for code, row in now.items():
            prev = before.get(code)
            assert (row.opening_quantity, row.opening_value) == ((prev.closing_quantity, prev.closing_value)
                                                                 if prev else (0, D("0.00")))
    half = desk.supply_reports.movement_report(keeper, year=2026, half=1)
    assert half.title == "2026年上半年" and (half.first, half.last) == (date(2026, 1, 1), date(2026, 6, 30))
    for code, row in mine(half).items():
        assert row.in_quantity == sum(mine(months[m])[code].in_quantity for m in (5, 6) if code in mine(months[m]))
        assert row.closing_value == mine(months[6])[code].closing_value
    for report in (*months.values(), half):
        t = report.totals
        for attr in ("opening_quantity", "opening_value", "in_quantity", "in_value", "out_quantity", "out_value",
                     "closing_quantity", "closing_value"):
            assert getattr(t, attr) == sum((getattr(r, attr) for r in report.rows), type(getattr(t, attr))(0))
        for r in (*report.rows, t):
            assert r.opening_quantity + r.in_quantity - r.out_quantity == r.closing_quantity
            assert r.opening_value + r.in_value - r.out_value == r.closing_value
        assert report.agrees


def test_SUPPLY11_report_of_one_store_and_refusals(desk, book):
    keeper = desk.act_as("liuyang")
    second = desk.supply_reports.movement_report(keeper, year=2026, half=2, location_id=book["second"])
    assert second.location_name == "RPT二号库" and set(mine(second)) == {"RPT02"}
    assert (mine(second)["RPT02"].opening_quantity, mine(second)["RPT02"].closing_quantity) == (11, 7)
    with pytest.raises(Refused) as exc:
        desk.supply_reports.movement_report(keeper, year=2026, month=13)
    assert rules(exc) == {"RPT-03"}
    with pytest.raises(Refused):
        desk.supply_reports.movement_report(keeper, year=2026, month=6, half=1)
    with pytest.raises(Refused) as exc:
        desk.supply_reports.movement_report(keeper, year=2026, location_id=987654)
    assert rules(exc) == {"SUPPLY-08"}


def test_SUPPLY11_report_is_need_to_know(desk, book):
    for who in ("liuyang", "zhoumin", "wufang", "wangjianguo"):  # keeper, office head, finance head, director
        assert "RPT01" in mine(desk.supply_reports.movement_report(desk.act_as(who), year=2026, month=6))
    with pytest.raises(Refused) as exc:
        desk.supply_reports.movement_report(desk.act_as("huanglei"), year=2026, month=6)
    assert rules(exc) == {"SEC-03"}
    with pytest.raises(Refused) as exc:
        desk.supply_reports.movement_report(desk.act_as("admin"), year=2026, month=6)
    assert rules(exc) == {"SEC-13"}


def test_SUPPLY11_report_in_excel_has_numbers_totals_and_print_setup(desk, book, tmp_path):
    path = tmp_path / "stock.xlsx"
    seen = []
    rows = desk.supply_reports.export_xlsx(desk.act_as("zhenglj"), path, year=2026, month=6,
                                           progress=lambda done, total: seen.append((done, total)))
    report = desk.supply_reports.movement_report(desk.act_as("zhenglj"), year=2026, month=6)
    assert rows == len(report.rows) and seen[-1] == (rows, rows)
    sheet = load_workbook(path).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert "收发存" in values[0][0] and "金额单位：元" in values[1] and "2026年6月" in " ".join(map(str, values[1]))
    assert values[2][:6] == ("编码", "名称", "规格型号", "单位", "期初数量", "期初金额")
    paper = next(v for v in values if v[0] == "RPT01")
    r = mine(report)["RPT01"]
    assert paper[4:] == (r.opening_quantity, float(r.opening_value), r.in_quantity, float(r.in_value),
                         r.out_quantity, float(r.out_value), r.closing_quantity, float(r.closing_value))
    assert values[-1][0] == "合计" and values[-1][11] == pytest.approx(float(report.totals.closing_value))
    assert sheet.freeze_panes == "C4" and sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$3:$3" and sheet.page_setup.fitToWidth == 1
    assert sheet.cell(row=4, column=6).number_format.endswith("#,##0.00")


def test_SUPPLY11_report_prints_on_a4_landscape_with_the_embedded_font(desk, book, tmp_path):
    pdf = desk.supply_reports.report_pdf(desk.act_as("liuyang"), year=2026, half=1)
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    assert "办公用品收发存汇总表" in text and "RPT复印纸" in text and "2026年上半年" in text
    assert "结存与库存余额相符" in text and "盘盈" in text  # the note says where 盘盈/盘亏 go


# Sheets -----------------------------------------------------------------------------------------------
@pytest.fixture
def records(desk, book):
    """A receipt, an issue signed and one not, a returned loan and a purchase with quotes, written
    as the other services leave them (rows, so the sheets are tested on their own)."""
    keeper, head = desk.act_as("liuyang"), desk.act_as("zhoumin")
    huang, yang, guo = desk.act_as("huanglei"), desk.act_as("yangfan"), desk.act_as("guoting")
    treat, settle = dept_id(desk, "待遇保障股"), dept_id(desk, "结算股")
    with desk.sessions.begin() as s:
        b = keeper.bureau_id
        p = SupplyPurchase(bureau_id=b, purchase_no="CG2026-0901", kind="plan", title="2026年下半年办公用品采购",
                           year=2026, half=2, department_id=keeper.department_id, state="ordered",
                           estimated_total=D("1450.00"), choice_reason="报价最低且为协议供货点",
                           procurement_ref="", ordered_by=keeper.staff_id, ordered_at=datetime(2026, 7, 3, 2, 0),
                           created_by=keeper.staff_id)
        s.add(p)
        s.flush()
        s.add_all([
            SupplyPurchaseLine(purchase_id=p.id, item_id=book["paper"], quantity=50, unit_price=D("25.00"),
                               department_id=treat, note="日常打印"),
            SupplyPurchaseLine(purchase_id=p.id, item_id=book["chair"], quantity=1, unit_price=D("200.00"),
                               department_id=settle, note="更换损坏座椅"),
            SupplyQuote(purchase_id=p.id, supplier="示范县文化用品商店", total=D("1480.00"), quoted_on=date(2026, 7, 1),
                        recorded_by=keeper.staff_id),
            SupplyQuote(purchase_id=p.id, supplier="县政府采购协议供货点（明达办公）", agreement_supplier=True,
                        total=D("1430.00"), quoted_on=date(2026, 7, 1), chosen=True, recorded_by=keeper.staff_id),
            SupplyQuote(purchase_id=p.id, supplier="城东办公设备经营部", total=D("1515.00"), quoted_on=date(2026, 7, 2),
                        note="含送货", recorded_by=keeper.staff_id),
            SupplyQuoteEnquirer(purchase_id=p.id, staff_id=keeper.staff_id, confirmed_at=datetime(2026, 7, 2, 1, 30)),
            SupplyQuoteEnquirer(purchase_id=p.id, staff_id=head.staff_id, confirmed_at=datetime(2026, 7, 2, 2, 45)),
        ])
        receipt = SupplyReceipt(bureau_id=b, receipt_no="RK2026-0901", kind="purchase", purchase_id=p.id,
                                location_id=book["store"], received_on=date(2026, 7, 8), checker_id=head.staff_id,
                                supplier="县政府采购协议供货点（明达办公）", invoice_no="No.04512377", total=D("1450.00"),
                                created_by=keeper.staff_id)
        s.add(receipt)
        s.flush()
        s.add_all([SupplyReceiptLine(receipt_id=receipt.id, item_id=book["paper"], quantity=50, unit_price=D("25.00"),
                                     amount=D("1250.00")),
                   SupplyReceiptLine(receipt_id=receipt.id, item_id=book["chair"], quantity=1, unit_price=D("200.00"),
                                     amount=D("200.00"), quality_ok=False, note="扶手划痕，已换货")])
        signed = SupplyIssue(bureau_id=b, issue_no="LY2026-0901", department_id=treat, collector_id=huang.staff_id,
                             location_id=book["store"], issued_on=date(2026, 6, 15), issued_by=keeper.staff_id,
                             total_value=D("100.00"), signed_at=datetime(2026, 6, 15, 1, 20))
        unsigned = SupplyIssue(bureau_id=b, issue_no="LY2026-0902", department_id=settle, collector_id=guo.staff_id,
                               location_id=book["store"], issued_on=date(2026, 6, 18), issued_by=keeper.staff_id,
                               total_value=D("30.00"))
        s.add_all([signed, unsigned])
        s.flush()
        s.add_all([SupplyIssueLine(issue_id=signed.id, item_id=book["paper"], quantity=40, value=D("100.00")),
                   SupplyIssueLine(issue_id=unsigned.id, item_id=book["chair"], quantity=1, value=D("30.00"),
                                   holder_id=guo.staff_id, old_returned=True)])
        loan = SupplyLoan(bureau_id=b, loan_no="JY2026-0901", item_id=book["chair"], location_id=book["second"],
                          borrower_id=yang.staff_id, department_id=treat, purpose="参保宣传活动现场使用",
                          requested_on=date(2026, 7, 1), due_on=date(2026, 7, 5), state="returned",
                          approved_by=head.staff_id, approved_at=datetime(2026, 7, 1, 2, 0), lent_on=date(2026, 7, 1),
                          returned_on=date(2026, 7, 4), damaged=True, compensation=D("35.00"))
        s.add(loan)
        s.flush()
        s.add_all([SupplyLoanSignature(loan_id=loan.id, stage=stage, role=role, staff_id=who, condition=cond,
                                       at=datetime(2026, 7, day, 3, 0))
                   for stage, role, who, cond, day in (
                       ("lend", "keeper", keeper.staff_id, "外观完好，转动正常", 1),
                       ("lend", "borrower", yang.staff_id, "已查看，完好", 1),
                       ("return", "keeper", keeper.staff_id, "坐垫破损一处", 4),
                       ("return", "borrower", yang.staff_id, "确认破损，照价赔偿", 4))])
        return {"purchase": p.id, "receipt": receipt.id, "loan": loan.id, "treat": treat, "settle": settle}


def test_SUPPLY08_receipt_sheet_shows_the_checks_the_total_in_words_and_the_signers(desk, records, tmp_path):
    pdf = desk.supply_reports.receipt_pdf(desk.act_as("liuyang"), records["receipt"])
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    for expected in ("办公用品入库单", "RK2026-0901", "CG2026-0901", "No.04512377", "明达办公", "RPT复印纸", "A4 70g",
                     "¥1,450.00", "壹仟肆佰伍拾元整", "验收人", "周敏", "保管人", "刘洋", "扶手划痕", "×"):
        assert expected in text, expected
    # Signed by hand on paper: the footer must not claim electronic signatures the PDF does not have.
    assert "本单为打印件" in text.replace(" ", "") and "本单经电子签名" not in text.replace(" ", "")
    with pytest.raises(Refused) as exc:
        desk.supply_reports.receipt_pdf(desk.act_as("huanglei"), records["receipt"])
    assert rules(exc) == {"SEC-03"}
    with pytest.raises(Refused) as exc:
        desk.supply_reports.receipt_pdf(desk.act_as("liuyang"), 987654)
    assert rules(exc) == {"SUPPLY-08"}


def test_SUPPLY09_issue_register_shows_each_collectors_signature_or_its_absence(desk, records, tmp_path):
    pdf = desk.supply_reports.issue_register_pdf(desk.act_as("liuyang"), first=date(2026, 6, 1),
                                                 last=date(2026, 6, 30))
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    assert "办公用品发放登记册" in text and "LY2026-0901" in text and "LY2026-0902" in text
    signed = next(line for line in text.splitlines() if "LY2026-0901" in line)
    assert "黄磊" in signed and "2026-06-15" in signed  # signed in the app: name and time
    assert "未签收" in next(line for line in text.splitlines() if "LY2026-0902" in line)
    assert "交旧领新" in text
    # A section reads its own register only.
    own = pdf_text(desk.supply_reports.issue_register_pdf(desk.act_as("huanglei"), first=date(2026, 6, 1),
                                                         last=date(2026, 6, 30)), tmp_path)
    assert "LY2026-0901" in own and "LY2026-0902" not in own
    with pytest.raises(Refused) as exc:
        desk.supply_reports.issue_register_pdf(desk.act_as("huanglei"), first=date(2026, 6, 1),
                                               last=date(2026, 6, 30), department_id=records["settle"])
    assert rules(exc) == {"SEC-03"}


def test_SUPPLY14_loan_sheet_has_consent_both_signatures_and_the_return_part(desk, records, tmp_path):
    pdf = desk.supply_reports.loan_pdf(desk.act_as("yangfan"), records["loan"])  # the borrower reads their own
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    for expected in ("办公用品借用单", "JY2026-0901", "RPT办公椅", "杨帆", "参保宣传活动", "同意", "周敏",
                     "外观完好", "已查看，完好", "归还验收", "坐垫破损一处", "确认破损", "¥35.00", "2026年7月5日"):
        assert expected in text, expected
    with pytest.raises(Refused) as exc:
        desk.supply_reports.loan_pdf(desk.act_as("huanglei"), records["loan"])
    assert rules(exc) == {"SEC-03"}


def test_SUPPLY03_plan_sheet_by_section_with_subtotals_total_and_serial(desk, records, tmp_path):
    pdf = desk.supply_reports.plan_pdf(desk.act_as("zhoumin"), records["purchase"])
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    for expected in ("办公用品采购计划", "CG2026-0901", "2026年下半年", "待遇保障股", "结算股", "小计", "¥1,250.00",
                     "¥1,450.00", "壹仟肆佰伍拾元整", "日常打印"):
        assert expected in text, expected


def test_SUPPLY05_quotation_sheet_lists_three_quotes_two_enquirers_and_the_choice(desk, records, tmp_path):
    pdf = desk.supply_reports.quotation_pdf(desk.act_as("liuyang"), records["purchase"])
    assert fonts_embedded(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    for expected in ("办公用品询价比价表", "示范县文化用品商店", "明达办公", "城东办公设备经营部", "¥1,430.00",
                     "¥1,515.00", "报价 3 家", "已确认 2 人", "符合", "报价最低且为协议供货点", "刘洋", "周敏",
                     "2026-07-02"):
        assert expected in text, expected
    with pytest.raises(Refused) as exc:
        desk.supply_reports.quotation_pdf(desk.act_as("huanglei"), records["purchase"])
    assert rules(exc) == {"SEC-03"}


def test_gallery_writes_the_printed_supply_sheets(desk, records, tmp_path):
    paths = desk.supply_reports.gallery(tmp_path / "g")
    assert {p.name for p in paths} >= {"supplies_receipt.pdf", "supplies_issue_register.pdf", "supplies_loan.pdf",
                                       "supplies_plan.pdf", "supplies_quotation.pdf", "supplies_movements.pdf"}
    for p in paths:
        assert fonts_embedded(p.read_bytes(), tmp_path)
