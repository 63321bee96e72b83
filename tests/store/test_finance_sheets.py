"""The finance sheets on the sheet engine (issue 11, item 9): the 记账凭证 from its Voucher and lines
(VOUCH-14), the 报销单 with its invoices, budget line and advance (VOUCH-01, VOUCH-21, VOUCH-04),
the printed 科目余额表 (RPT-03) and the cash/bank journal with its page totals carried forward
(VOUCH-13). Read back with poppler's pdftotext and checked with pdfsig, as a recipient would."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.finance.vouchers import LineInput
from desktop.domain.money import format_amount, to_chinese_upper
from desktop.services.demo import DEMO_PASSWORD

D = Decimal


def _text(pdf: bytes, tmp_path: Path, name: str = "sheet.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _dept(desk, name: str) -> int:
    from sqlalchemy import select

    from desktop.persistence.schema import Department

    with desk.sheets.reading() as s:
        return s.execute(select(Department.id).where(Department.name == name)).scalar_one()


def _postable(desk, code: str) -> tuple[str, str]:  # noqa: ANN001
    """The account to post to under a national subject (itself, or its first sub-account)."""
    accounts = desk.books.accounts(desk.act_as("zhenglj"))
    a = next(a for a in accounts if a.code.startswith(code) and a.postable and a.active)
    return a.code, a.name


def _voucher(desk, *, submit: bool = False) -> int:
    u = desk.act_as("zhenglj")
    office = _dept(desk, "办公室")
    lines = [
        LineInput(_postable(desk, "5101")[0], "购买办公用品", D("1000.00"), department_id=office, economic_class="30201"),
        LineInput(_postable(desk, "5001")[0], "印刷宣传材料", D("234.50"), project="基金监管宣传月", economic_class="30202"),
        LineInput(_postable(desk, "1011")[0], "支付办公用品及印刷费", credit=D("1234.50")),
        LineInput(_postable(desk, "7101")[0], "购买办公用品及印刷", D("1234.50"), economic_class="30201",
                  functional_class="2101506"),
        LineInput(_postable(desk, "8001")[0], "支付办公用品及印刷费", credit=D("1234.50")),
    ]
    return desk.books.make_voucher(u, date(2026, 11, 25), lines, summary="支付办公用品及印刷费", attachments=4,
                                   submit=submit, passphrase=DEMO_PASSWORD if submit else None)


def test_voucher_sheet_prints_every_line_both_sides_totals_and_capitals_agreeing_vouch14(desk, tmp_path):
    """The 记账凭证 shows each financial and budget line with its account, the auxiliary dimensions
    under the account name, each side's 合计, 附件 4 张, 记字第 N 号, and the total in capitals that
    says the same amount as the figures."""
    u = desk.act_as("zhenglj")
    vid = _voucher(desk)
    view = desk.books.voucher(u, vid)
    text = _text(desk.sheets.preview(u, view.document_id), tmp_path)
    flat = _flat(text)
    for parent in ("5101", "5001", "1011", "7101", "8001"):
        code, name = _postable(desk, parent)
        assert code in text and name in flat, code
    assert "部门办公室" in flat and "项目基金监管宣传月" in flat and "经济30201办公费" in flat
    assert "功能2101506" in flat
    assert f"记字第{int(view.voucher_no[-4:])}号" in flat and "4张" in flat
    assert "财务会计" in flat and "预算会计" in flat
    # Each side's totals row: debit and credit 1,234.50 (financial and budget: four figures).
    assert len(re.findall(r"合计（共\d项）\s+¥1,234\.50\s+¥1,234\.50", text)) == 2
    # The capitals and the figures of the total agree (one Decimal).
    assert f"人民币{to_chinese_upper(D('1234.50'))}" in flat and f"（小写）{format_amount(D('1234.50'), symbol=True)}" in flat
    assert "制单" in flat and "记账" in flat and "出纳" in flat


def test_voucher_signed_in_order_and_verified_vouch14_ic03(desk, tmp_path, monkeypatch):
    """Submitting with the passphrase certifies the sheet as 制单; 吴芳 (finance head) then 王建国
    (director) sign on P-000; the final PDF verifies complete (exit 0) with our verifier and with
    poppler's pdfsig, with the CJK font embedded."""
    from desktop.cli import main

    u = desk.act_as("zhenglj")
    vid = _voucher(desk, submit=True)
    doc = desk.books.voucher(u, vid).document_id
    assert desk.sheets.sheet_issued(u, doc)
    desk.approvals.approve(desk.act_as("wufang"), doc, "复核无误", passphrase=DEMO_PASSWORD)
    desk.approvals.approve(desk.act_as("wangjianguo"), doc, "同意", passphrase=DEMO_PASSWORD)
    desk.books.post(u, [vid])
    pdf = desk.sheets.latest_pdf(u, doc)
    path = tmp_path / "voucher.pdf"
    path.write_bytes(pdf)
    assert [v.purpose for v in desk.sheets.versions(u, doc)] == ["issue", "finance_head", "director"]
    assert main(["verify", str(path), "--db", _url(desk)]) == 0
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
        assert out.count("Signature Validation: Signature is Valid.") == 3, out
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip()), fonts


def _url(desk) -> str:  # noqa: ANN001
    with desk.sheets.reading() as s:
        return s.get_bind().url.render_as_string(hide_password=False)


def _claim_rows(desk, doc_id: int, *, advance: bool) -> None:
    """A claim as the claims service stores it: the Claim row, three invoices, a budget line with
    others' spending, and (optionally) an advance it settles."""
    from desktop.persistence.schema import Advance, BudgetLine, Claim, Document, Invoice

    with desk.sheets.transaction() as s:
        doc = s.get(Document, doc_id)
        line = BudgetLine(bureau_id=doc.bureau_id, year=2026, code="2026-30202-01", name="印刷费",
                          project="基金监管宣传", economic_class="30202", approved=D("10000.00"), spent=D("2000.00"),
                          committed=D("500.00"))
        s.add(line)
        s.flush()
        adv_id = None
        if advance:
            adv_doc = Document(bureau_id=doc.bureau_id, kind="advance", title="借款印制宣传材料", purpose="宣传月",
                               amount=D("1000.00"), submitter_id=doc.submitter_id, department_id=doc.department_id,
                               state="approved", serial="借-TEST-0001")
            s.add(adv_doc)
            s.flush()
            adv = Advance(bureau_id=doc.bureau_id, document_id=adv_doc.id, borrower_id=doc.submitter_id,
                          amount=D("1000.00"), purpose="宣传月", budget_line_id=line.id, state="issued",
                          issued_on=date(2026, 11, 2))
            s.add(adv)
            s.flush()
            adv_id = adv.id
        s.add(Claim(document_id=doc.id, bureau_id=doc.bureau_id, claimant_id=doc.submitter_id, total=D("860.00"),
                    economic_class="30202", budget_line_id=line.id, advance_id=adv_id, payee="朱琳",
                    payee_bank="示范县农商行", payee_account="6228480012345678"))
        s.flush()
        for n, (number, amount) in enumerate((("00112233", "500.00"), ("00112234", "300.00"),
                                              ("00998877", "60.00")), start=1):
            s.add(Invoice(bureau_id=doc.bureau_id, document_id=doc.id, line_no=n, category="印刷费",
                          invoice_code="022002600111", invoice_number=number, issued_on=date(2026, 11, n),
                          issuer="示范县彩虹印务有限公司", amount=D(amount)))


def _claim_doc(desk) -> int:  # noqa: ANN001
    """The demo's draft claim (no sheet issued yet: the preview renders it as it would print now)."""
    u = desk.act_as("linxiao")
    docs = desk.approvals.documents(u, kinds=["expense_claim"], limit=100)
    return next(d.id for d in docs if d.title == "医药价格监测资料费")


def test_claim_sheet_lists_every_invoice_the_budget_line_and_the_settlement_vouch01_vouch21(desk, tmp_path):
    """The 报销单 lists each invoice (category, code, number, date, issuer, amount) with their 合计,
    the budget line with its approved amount and what remains after this claim (10000 − 2000 −
    500 − 860 = 6640), and 原借款 / 应退 / 应补 of the advance it settles (1000 − 860: 应退 140)."""
    u = desk.act_as("linxiao")
    doc = _claim_doc(desk)
    _claim_rows(desk, doc, advance=True)
    text = _text(desk.sheets.preview(u, doc), tmp_path)
    flat = _flat(text)
    for number, amount in (("00112233", "¥500.00"), ("00112234", "¥300.00"), ("00998877", "¥60.00")):
        assert re.search(rf"022002600111\s+{number}\s+2026-11-0\d\s+示范县彩虹印务有限公司\s+{re.escape(amount)}", text), number
    assert "合计（共3项）¥860.00" in flat
    assert "2026-30202-01印刷费（基金监管宣传）" in flat
    assert "¥10,000.00" in flat and "本单后可用¥6,640.00" in flat
    assert "原借款¥1,000.00" in flat and "应退¥140.00" in flat and "应补¥0.00" in flat
    assert "朱琳" in flat and "示范县农商行6228480012345678" in flat
    assert f"人民币{to_chinese_upper(D('860.00'))}" in flat and "（小写）¥860.00" in flat


def test_claim_without_a_claim_row_prints_its_document_vouch05(desk, tmp_path):
    """A claim the claims service has not stored yet still prints: its amount and purpose."""
    u = desk.act_as("linxiao")
    flat = _flat(_text(desk.sheets.preview(u, _claim_doc(desk)), tmp_path))
    assert "（小写）¥210.00" in flat and "药品价格监测" in flat and "（未录入发票）" in flat


def test_printed_trial_balance_balances_rpt03(desk, tmp_path, monkeypatch):
    """`desktop books print trial-balance` writes the 科目余额表: every account with a figure, and
    each side's totals row equal to the service's totals, debit = credit (RPT-03)."""
    from desktop.cli import main

    monkeypatch.setenv("BUREAU_DESK_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "tb.pdf"
    assert main(["books", "print", "trial-balance", "--period", "2026", "--user", "zhenglj", "--db", _url(desk),
                 "--out", str(out)]) == 0
    tb = desk.books.trial_balance(desk.act_as("zhenglj"), "2026")
    flat = _flat(_text(out.read_bytes(), tmp_path))
    assert "科目余额表" in flat and ("试算平衡平衡" in flat) == tb.balanced
    assert all(row.account + row.name.strip() in flat for row in tb.rows)

    def money(v: Decimal) -> str:
        return format_amount(v, symbol=True) if v else ""

    for side in ("financial", "budget"):
        t = tb.totals[side]
        figures = "".join(money(t[k]) for k in ("opening_debit", "opening_credit", "debit", "credit",
                                                "closing_debit", "closing_credit"))
        assert re.search(r"合计（共\d+项）" + re.escape(figures), flat), side


def test_journal_pages_carry_their_totals_forward_vouch13(desk, tmp_path):
    """A cash journal longer than a page: page 1 ends with 过次页 (the sums so far and the balance
    reached), page 2 begins with 承前页 with the same figures, and 本期合计 at the end adds every
    movement once (day totals are not added again)."""
    from desktop.services.books import Journal, JournalRow
    from desktop.services.finance_sheets import journal_pdf

    rows, balance = [], D("5000.00")
    for day in range(1, 21):
        for k in range(3):
            debit, credit = (D("100.00"), D("0")) if k == 0 else (D("0"), D(f"{10 * day + k}.50"))
            balance += debit - credit
            rows.append(JournalRow(date(2026, 11, day), f"记-2026-11-{3 * day + k:04d}", "收付", debit, credit, balance))
        rows.append(JournalRow(date(2026, 11, day), "", "本日合计", D("100.00"),
                               sum((r.credit for r in rows[-3:]), D("0")), balance, True))
    journal = Journal("1001", "库存现金", "2026-11", D("5000.00"), tuple(rows), balance)
    books = desk.books
    real = books.journal
    books.journal = lambda user, kind, period: (real(user, kind, period), [journal])[1]
    try:
        pdf = journal_pdf(books, desk.act_as("zhenglj"), "cash", "2026-11")
    finally:
        del books.journal
    pages = _text(pdf, tmp_path).split("\f")
    moves = [r for r in rows if not r.is_day_total]
    carried = re.findall(r"过次页\s+(¥[\d,.]+)\s+(¥[\d,.]+)\s+(¥[\d,.]+)", pages[0])
    assert len(carried) == 1
    shown = [r for r in moves if r.voucher_no and r.voucher_no in pages[0]]
    assert carried[0] == (format_amount(sum((r.debit for r in shown), D("0")), symbol=True),
                          format_amount(sum((r.credit for r in shown), D("0")), symbol=True),
                          format_amount(shown[-1].balance, symbol=True))
    assert re.findall(r"承前页\s+(¥[\d,.]+)\s+(¥[\d,.]+)\s+(¥[\d,.]+)", pages[1])[0] == carried[0]
    total = re.findall(r"本期合计\s+(¥[\d,.]+)\s+(¥[\d,.]+)\s+(¥[\d,.]+)", "\f".join(pages))
    assert total == [(format_amount(sum((r.debit for r in moves), D("0")), symbol=True),
                      format_amount(sum((r.credit for r in moves), D("0")), symbol=True),
                      format_amount(balance, symbol=True))]
    every = "\f".join(pages)
    assert all(r.voucher_no in every for r in moves)  # every line printed
