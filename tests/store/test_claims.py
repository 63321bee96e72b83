"""Claims with invoices, budget lines, advances, the cashier's payments and the voucher a paid claim
drafts, through ``desk.claims`` on SQLite and PostgreSQL (VOUCH-01/03/04/05/09/10/11/15/17/21, IC-03)."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.base import Refused

D = Decimal
TODAY = date.today()
SCAN = b"%PDF-1.4 invoice scan\n"


def rules(exc) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc) -> set[str]:
    return {p.code for p in exc.value.problems}


def invoice(number: str, amount: str, code: str = "3200231130", **extra) -> dict:
    return {"category": "办公费", "code": code, "number": number, "date": TODAY.isoformat(), "issuer": "示范县文具店",
            "amount": amount, **extra}


def record(*invoices: dict, **extra) -> dict:
    return {"title": "购买办公用品", "purpose": "待遇保障股日常办公", "economic_class": "30201",
            "invoices": list(invoices), **extra}


def budget(desk, as_user, code="B-30201", approved="10000.00", **extra) -> int:
    return desk.claims.create_budget_line(as_user("wufang"), {
        "year": TODAY.year, "code": code, "name": "办公费", "economic_class": "30201", "approved": approved,
        "functional_class": "2081101", **extra})


def approved_claim(desk, as_user, rec: dict, *, user="huanglei", files=None) -> int:
    doc = desk.claims.create_claim(as_user(user), rec, files=files, submit=True)
    desk.approvals.approve(as_user("wufang"), doc, "票据齐全")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    return doc


def test_claim_from_invoices_to_posted_voucher(desk, as_user):
    """Issue 11 done means: a claim with invoices → approved → paid by the cashier → voucher
    proposal → made by the accountant → reviewed (finance head, then director on P-000) → posted;
    the trial balance reflects it and balances. Budget: committed at approval, spent at payment."""
    line = budget(desk, as_user)
    files = {"scan1.pdf": SCAN}
    doc = desk.claims.create_claim(as_user("huanglei"), record(invoice("08410001", "1000.00", file="scan1.pdf"),
                                                               invoice("08410002", "280.50"), amount="1280.50",
                                                               budget_line="B-30201"),
                                   files=files, submit=True)
    view = desk.claims.claim(as_user("huanglei"), doc)
    assert view.total == D("1280.50") and view.total_upper == "壹仟贰佰捌拾元伍角整"
    assert [i.invoice_number for i in view.invoices] == ["08410001", "08410002"]
    assert view.invoices[0].sha256 == __import__("hashlib").sha256(SCAN).hexdigest()
    assert view.budget_line.code == "B-30201" and view.budget_line.remaining == D("10000.00")
    desk.approvals.approve(as_user("wufang"), doc, "票据齐全")
    assert desk.claims.budget_line(as_user("wufang"), line).committed == D("0.00")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    b = desk.claims.budget_line(as_user("wufang"), line)
    assert (b.committed, b.spent, b.remaining) == (D("1280.50"), D("0.00"), D("8719.50"))

    ids = desk.claims.pay(as_user("chenjing"), doc, method="official_card", reference="CARD-1")
    assert len(ids) == 1
    b = desk.claims.budget_line(as_user("wufang"), line)
    assert (b.committed, b.spent, b.remaining) == (D("0.00"), D("1280.50"), D("8719.50"))
    assert desk.claims.claim(as_user("huanglei"), doc).state == "paid"

    accountant = as_user("zhenglj")
    assert doc in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    proposal = desk.claims.voucher_proposal(accountant, doc)
    assert proposal.attachments == 2 and proposal.voucher_date == TODAY
    got = [(l.account[:4], l.debit, l.credit) for l in proposal.lines]  # the subject, or a sub-account below it
    # 待遇保障股 is a business section: 5001 业务活动费用; paid from the zero-balance account 1011.
    assert got == [("5001", D("1280.50"), D("0")), ("1011", D("0"), D("1280.50")),
                   ("7101", D("1280.50"), D("0")), ("8001", D("0"), D("1280.50"))]
    assert all(l.economic_class == "30201" and l.functional_class == "2081101" for l in proposal.lines)

    voucher_id = desk.claims.make_voucher_from(accountant, doc, submit=True)
    assert desk.claims.claim(as_user("huanglei"), doc).state == "booked"
    assert all(p.voucher_id == voucher_id for p in desk.claims.payments(accountant, doc))
    assert doc not in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    with pytest.raises(Refused) as exc:  # booked once only
        desk.claims.make_voucher_from(accountant, doc)
    assert codes(exc) == {"voucher.not_awaiting"}
    v = desk.books.voucher(accountant, voucher_id)
    assert v.origin == "claim" and v.source_document_id == doc
    desk.approvals.approve(as_user("wufang"), v.document_id, "复核无误")
    desk.approvals.approve(as_user("wangjianguo"), v.document_id, "同意")
    before = {r.account: r for r in desk.books.trial_balance(accountant, f"{TODAY:%Y-%m}").rows}
    desk.books.post(accountant, [voucher_id])
    tb = desk.books.trial_balance(accountant, f"{TODAY:%Y-%m}")
    rows = {r.account: r for r in tb.rows}

    def moved(code: str, side: str) -> Decimal:
        return getattr(rows[code], side) - (getattr(before[code], side) if code in before else D("0"))
    assert (moved("5001", "debit"), moved("7101", "debit")) == (D("1280.50"), D("1280.50"))
    assert (moved("1011", "credit"), moved("8001", "credit")) == (D("1280.50"), D("1280.50")) and tb.balanced


def test_duplicate_invoice_refused_naming_first_claim_vouch01_03(desk, as_user):
    """The same invoice (code + number) on a second claim: refused, naming the first claim's serial
    and claimant; the same invoice twice on one claim: refused too."""
    first = desk.claims.create_claim(as_user("huanglei"), record(invoice("77770001", "120.00")), submit=True)
    serial = desk.approvals.document(as_user("huanglei"), first).serial
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("gaoyuan"), record(invoice("77770002", "50.00"), invoice("77770001", "120.00")))
    dup = [p for p in exc.value.problems if p.code == "invoice[2].claimed"]
    assert dup and dup[0].rule == "VOUCH-03" and serial in dup[0].text and "黄磊" in dup[0].text
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("gaoyuan"), record(invoice("88880001", "10.00"), invoice("88880001", "10.00")))
    assert "invoice[2].duplicate" in codes(exc)


def test_every_problem_at_once_vouch05_15_17(desk, as_user):
    """No purpose, an amount that differs from the invoices' sum, procurement without a contract:
    all in one refusal; a non-routine claim ≥ the contract threshold needs the contract too."""
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("huanglei"), record(invoice("55550001", "500.00"), purpose=" ",
                                                             amount="600.00", procurement=True))
    assert {("VOUCH-05", "claim.purpose"), ("VOUCH-15", "claim.total"), ("VOUCH-17", "claim.contract")} <= \
        {(p.rule, p.code) for p in exc.value.problems}
    text = next(p.text for p in exc.value.problems if p.code == "claim.total")
    assert "陆佰元整" in text and "伍佰元整" in text
    big = record(invoice("55550002", "3000.00"), routine=False)
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("huanglei"), big)
    assert codes(exc) == {"claim.contract"}
    doc = desk.claims.create_claim(as_user("huanglei"), {**big, "attachments": [{"kind": "contract", "file": "c.pdf"}]},
                                   files={"c.pdf": b"contract"})
    assert [a.kind for a in desk.claims.claim(as_user("huanglei"), doc).attachments] == ["contract"]
    small = record(invoice("55550003", "2999.99"), routine=False)  # below the threshold: no contract needed
    assert desk.claims.create_claim(as_user("huanglei"), small)


def test_over_budget_refused_or_flagged_vouch21(desk, as_user):
    """Beyond what remains on the budget line: refused by default; with the bureau's setting
    ``flag`` it goes through flagged (Claim.over_budget) for the finance step to see."""
    budget(desk, as_user, approved="1000.00")
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("huanglei"), record(invoice("66660001", "1000.01"), budget_line="B-30201"))
    assert codes(exc) == {"budget.overrun"} and rules(exc) == {"VOUCH-21"}
    desk.books.update_settings(as_user("wufang"), budget_overrun="flag")
    doc = desk.claims.create_claim(as_user("huanglei"), record(invoice("66660001", "1000.01"), budget_line="B-30201"),
                                   submit=True)
    assert desk.claims.claim(as_user("wufang"), doc).over_budget
    assert [c.over_budget for c in desk.claims.claims(as_user("wufang")) if c.document_id == doc] == [True]


def test_committed_claims_count_against_the_line_vouch21(desk, as_user):
    """Approved-not-paid claims hold the line: a second claim beyond what is then left is refused
    at submission, and the last approval re-checks the line."""
    budget(desk, as_user, approved="1000.00")
    approved_claim(desk, as_user, record(invoice("12120001", "700.00"), budget_line="B-30201"))
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("gaoyuan"), record(invoice("12120002", "400.00"), budget_line="B-30201"))
    assert codes(exc) == {"budget.overrun"}
    a = desk.claims.create_claim(as_user("gaoyuan"), record(invoice("12120003", "300.00"), budget_line="B-30201"),
                                 submit=True)
    b = desk.claims.create_claim(as_user("huanglei"), record(invoice("12120004", "300.00"), budget_line="B-30201"),
                                 submit=True)
    for doc in (a, b):
        desk.approvals.approve(as_user("wufang"), doc)
    desk.approvals.approve(as_user("wangjianguo"), a)
    with pytest.raises(Refused) as exc:  # 700 + 300 committed: nothing left for b
        desk.approvals.approve(as_user("wangjianguo"), b)
    assert codes(exc) == {"budget.overrun"}
    assert desk.approvals.document(as_user("huanglei"), b).state == "submitted"


def test_special_fund_only_for_its_class_vouch21(desk, as_user):
    desk.claims.create_budget_line(as_user("zhenglj"), {
        "year": TODAY.year, "code": "ZX-01", "name": "基金监管专项", "economic_class": "30227", "special": True,
        "purpose": "委托第三方基金监管检查", "approved": "50000.00"})
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("huanglei"), record(invoice("34340001", "100.00"), budget_line="ZX-01"))
    assert codes(exc) == {"budget.special"}
    ok = record(invoice("34340002", "100.00"), budget_line="ZX-01", economic_class="30227")
    assert desk.claims.create_claim(as_user("huanglei"), ok)
    with pytest.raises(Refused) as exc:  # only finance keeps budget lines
        desk.claims.create_budget_line(as_user("huanglei"), {"year": TODAY.year, "code": "X", "name": "x",
                                                             "economic_class": "30201"})
    assert rules(exc) == {"IC-14"}


def test_official_card_catalogue_needs_finance_head_approved_explanation_vouch09(desk, as_user):
    """办公费 (30201) is in the official-card catalogue: paid by transfer only with the handler's
    written explanation attached before the finance head approved the claim."""
    plain = approved_claim(desk, as_user, record(invoice("90900001", "200.00")))
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("chenjing"), plain, method="bank_transfer")
    assert codes(exc) == {"payment.official_card"} and rules(exc) == {"VOUCH-09"}
    explained = desk.claims.create_claim(as_user("huanglei"), record(
        invoice("90900002", "200.00"), attachments=[{"kind": "explanation", "file": "why.txt"}]),
        files={"why.txt": "商户不支持公务卡".encode()}, submit=True)
    desk.approvals.approve(as_user("wufang"), explained)
    desk.approvals.approve(as_user("wangjianguo"), explained)
    desk.claims.pay(as_user("chenjing"), explained, method="bank_transfer")
    pay = desk.claims.payments(as_user("zhenglj"), explained)[0]
    assert pay.method == "bank_transfer" and pay.account_code[:4] == "1011"
    # an explanation added after the finance head's approval does not count
    late = desk.claims.create_claim(as_user("huanglei"), record(invoice("90900003", "200.00")), submit=True)
    desk.approvals.approve(as_user("wufang"), late)
    desk.claims.add_attachment(as_user("huanglei"), late, "explanation", "why.txt", b"late")
    desk.approvals.approve(as_user("wangjianguo"), late)
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("chenjing"), late, method="bank_transfer")
    assert codes(exc) == {"payment.official_card"}


def test_zero_balance_account_never_to_own_accounts_vouch10(desk, as_user):
    doc = approved_claim(desk, as_user, record(invoice("10100001", "300.00")))
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("chenjing"), doc, method="official_card", account_code="1011", to_own_account=True)
    assert codes(exc) == {"payment.zero_balance_own"} and rules(exc) == {"VOUCH-10"}
    bureau = as_user("chenjing")
    own = approved_claim(desk, as_user, record(invoice("10100002", "300.00"), payee=_bureau_name(desk, bureau)))
    with pytest.raises(Refused) as exc:  # the payee is the bureau itself
        desk.claims.pay(as_user("chenjing"), own, method="official_card")
    assert codes(exc) == {"payment.zero_balance_own"}


def _bureau_name(desk, _user) -> str:
    return desk.bureau_name()


def test_cash_limit_and_cashier_rules_vouch11_meet12_ic03(desk, as_user):
    """Cash only up to the bureau's limit, from 库存现金 and never for meetings; only the cashier pays,
    never their own claim."""
    rec = record(invoice("11110001", "1000.01"), economic_class="30226")  # 劳务费: not in the card catalogue
    doc = approved_claim(desk, as_user, rec)
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("chenjing"), doc, method="cash")
    assert codes(exc) == {"payment.cash_limit"} and rules(exc) == {"VOUCH-11"}
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("zhenglj"), doc, method="bank_transfer")
    assert rules(exc) == {"IC-03"}
    small = approved_claim(desk, as_user, record(invoice("11110002", "1000.00"), economic_class="30226"))
    desk.claims.pay(as_user("chenjing"), small, method="cash")
    assert desk.claims.payments(as_user("zhenglj"), small)[0].account_code[:4] == "1001"
    meeting = approved_claim(desk, as_user, record(invoice("11110004", "100.00"), economic_class="30215"))
    with pytest.raises(Refused) as exc:  # 会议费 never in cash (MEET-12)
        desk.claims.pay(as_user("chenjing"), meeting, method="cash")
    assert "payment.cash_meeting" in codes(exc) and "MEET-12" in rules(exc)
    own = approved_claim(desk, as_user, record(invoice("11110003", "50.00"), economic_class="30226"), user="chenjing")
    with pytest.raises(Refused) as exc:
        desk.claims.pay(as_user("chenjing"), own, method="bank_transfer")
    assert codes(exc) == {"sod.payment"}


def test_advance_issued_then_settled_with_refund(desk, as_user):
    """借款单: requested, approved, issued by the cashier (Dr 1218 / Cr 1011, no budget entry); a claim
    of 1 650.40 against 2 000.00 settles it: 应退 349.60 received back, claimed + returned = advanced."""
    hl = as_user("huanglei")
    adv = desk.claims.request_advance(hl, {"purpose": "赴市局对账差旅借款", "amount": "2000.00"}, submit=True)
    assert desk.approvals.document(hl, adv).serial.startswith("借-")
    desk.approvals.approve(as_user("wufang"), adv)
    desk.approvals.approve(as_user("wangjianguo"), adv)
    desk.claims.issue_advance(as_user("chenjing"), adv, method="bank_transfer")
    accountant = as_user("zhenglj")
    assert adv in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    prop = desk.claims.voucher_proposal(accountant, adv)
    assert [(l.account[:4], l.debit, l.credit) for l in prop.lines] == [("1218", D("2000.00"), D("0")),
                                                                    ("1011", D("0"), D("2000.00"))]
    desk.claims.make_voucher_from(accountant, adv)
    claim = approved_claim(desk, as_user, record(invoice("20200001", "1650.40"), advance=adv, economic_class="30226"))
    view = desk.claims.claim(hl, claim)
    assert (view.advanced, view.returned, view.paid_extra) == (D("2000.00"), D("349.60"), D("0.00"))
    desk.claims.pay(as_user("chenjing"), claim, method="cash")
    pays = desk.claims.payments(accountant, claim)
    assert [(p.purpose, p.amount, p.account_code[:4]) for p in pays] == [("refund", D("349.60"), "1001")]
    a = desk.claims.advance(hl, adv)
    assert a.state == "settled" and a.claimed + a.returned == a.amount + a.paid_extra
    lines = [(l.account[:4], l.debit, l.credit) for l in desk.claims.voucher_proposal(accountant, claim).lines]
    assert lines == [("5001", D("1650.40"), D("0")), ("1218", D("0"), D("2000.00")), ("1001", D("349.60"), D("0")),
                     ("7101", D("1650.40"), D("0")), ("8001", D("0"), D("1650.40"))]
    desk.claims.make_voucher_from(accountant, claim)


def test_advance_settled_with_top_up(desk, as_user):
    hl = as_user("huanglei")
    adv = desk.claims.request_advance(hl, {"purpose": "培训借款", "amount": "500.00"}, submit=True)
    desk.approvals.approve(as_user("wufang"), adv)
    desk.approvals.approve(as_user("wangjianguo"), adv)
    desk.claims.issue_advance(as_user("chenjing"), adv, method="cash")
    claim = approved_claim(desk, as_user, record(invoice("30300001", "620.00"), advance=adv, economic_class="30226"))
    desk.claims.pay(as_user("chenjing"), claim, method="bank_transfer")
    assert [(p.purpose, p.amount) for p in desk.claims.payments(hl, claim)] == [("top_up", D("120.00"))]
    a = desk.claims.advance(hl, adv)
    assert (a.returned, a.paid_extra) == (D("0.00"), D("120.00"))


def test_module_claims_feed_the_same_payment_and_voucher_path(desk, as_user):
    """A travel claim paid through ``record_payment`` gets its Claim and Payment rows, waits for its
    voucher and drafts one (差旅费 30211)."""
    from datetime import timedelta

    from tests.store.test_travel_services import _claim_input, _trip

    gy = as_user("gaoyuan")
    start = TODAY - timedelta(days=10)
    trip = _trip(desk, gy, start)
    desk.approvals.approve(as_user("limh"), trip, "同意")
    claim = desk.travel.create_claim(gy, trip, _claim_input(start), submit=True)
    desk.approvals.approve(as_user("wufang"), claim, "同意")
    desk.approvals.approve(as_user("wangjianguo"), claim, "同意")
    desk.travel.record_payment(as_user("chenjing"), claim, "official_card", TODAY)
    view = desk.claims.claim(gy, claim)
    assert view.state == "paid" and view.economic_class == "30211" and view.total == view.paid
    accountant = as_user("zhenglj")
    assert claim in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    lines = desk.claims.voucher_proposal(accountant, claim).lines
    assert lines[0].debit == view.total and lines[-1].account[:4] == "8001"
    # The demo's 资金结存 and 行政支出 have sub-accounts: paid from the zero-balance account, the budget
    # side goes to 资金结存—零余额账户用款额度 and 行政支出—基本支出 (no special budget line).
    names = {a.code: a.name for a in desk.books.accounts(accountant)}
    budget_side = {l.account for l in lines if l.account[:1] in "78"}
    assert {names[c] for c in budget_side} == {"零余额账户用款额度", "基本支出"}, budget_side
    voucher = desk.claims.make_voucher_from(accountant, claim)
    assert desk.claims.claim(gy, claim).state == "booked"
    assert claim not in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    # Voided before review (a wrong date, say): the claim waits for its voucher again (VOUCH-14).
    desk.books.void_voucher(accountant, voucher, "日期填错，重新编制")
    assert desk.claims.claim(gy, claim).state == "paid"
    assert claim in {i.document_id for i in desk.claims.awaiting_voucher(accountant)}
    again = desk.claims.make_voucher_from(accountant, claim)
    assert desk.books.voucher(accountant, again).voucher_no > desk.books.voucher(accountant, voucher).voucher_no


def test_missing_purpose_is_told_with_bad_invoice_fields_vouch05(desk, as_user):
    """A bad invoice field and no purpose: both in one refusal (一次性告知), in the check and on saving."""
    bad = record(invoice("55559001", "12.345"), purpose="")
    with pytest.raises(Refused) as exc:
        desk.claims.create_claim(as_user("huanglei"), bad)
    assert "VOUCH-05" in rules(exc) and len(exc.value.problems) >= 2
    check = desk.claims.preview_claim(as_user("huanglei"), bad)
    assert "VOUCH-05" in {p.rule for p in check.problems} and len(check.problems) >= 2


def test_a_claimant_sees_the_lines_they_may_charge_vouch21(desk, as_user):
    """The claimant picks the bureau's lines and their own section's, not another section's (SEC-03)."""
    from desktop.persistence.schema import Department

    with desk.sessions() as s:
        depts = {d.name: d.id for d in s.query(Department).all()}
    handler = as_user("huanglei")
    own, other = handler.department_id, next(i for i in depts.values() if i != handler.department_id)
    budget(desk, as_user, code="B-ALL")
    budget(desk, as_user, code="B-OWN", department_id=own)
    budget(desk, as_user, code="B-OTHER", department_id=other)
    mine = {ln.code for ln in desk.claims.claimable_budget_lines(handler, TODAY.year)}
    assert {"B-ALL", "B-OWN"} <= mine and "B-OTHER" not in mine
    with pytest.raises(Refused):
        desk.claims.budget_lines(handler, TODAY.year)
    assert "B-OTHER" in {ln.code for ln in desk.claims.claimable_budget_lines(as_user("wufang"), TODAY.year)}
