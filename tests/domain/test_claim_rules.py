"""The claim side's pure rules: invoices, VOUCH-15/17, budget lines (VOUCH-21), payment
(VOUCH-09/10/11, MEET-12), the voucher of a paid claim and the advance settlement to the fen."""

from datetime import date
from decimal import Decimal
from itertools import product

from desktop.domain.finance.balances import settle_advance
from desktop.domain.finance.claims import (
    BudgetFacts,
    ClaimDims,
    InvoiceLine,
    PaidPart,
    budget_problems,
    claim_problems,
    claim_voucher_lines,
    contract_required,
    expense_account,
    payment_problems,
    settlement_payments,
)
from desktop.domain.finance.vouchers import AccountFacts, voucher_problems

D = Decimal


def inv(number: str, amount: str, code: str = "3200") -> InvoiceLine:
    return InvoiceLine("办公费", code, number, date(2026, 11, 2), "文具店", D(amount))


def line(**kw) -> BudgetFacts:
    base = dict(id=1, code="B1", name="办公费", year=2026, economic_class="30201", special=False, active=True,
                approved=D("1000.00"), spent=D("300.00"), committed=D("200.00"))
    return BudgetFacts(**{**base, **kw})


def test_claim_problems_all_at_once_vouch05_15_04_17():
    problems = claim_problems(purpose="", invoices=[inv("1", "10.00"), inv("1", "5.00")], declared=D("16.00"),
                              attachment_kinds={"photo"}, procurement=True, routine=True,
                              contract_threshold=D("3000"))
    assert {(p.rule, p.code) for p in problems} == {
        ("VOUCH-05", "claim.purpose"), ("VOUCH-03", "invoice[2].duplicate"), ("VOUCH-15", "claim.total"),
        ("VOUCH-04", "claim.attachment_kind"), ("VOUCH-17", "claim.contract")}
    assert claim_problems(purpose="x", invoices=[], declared=None, attachment_kinds=(), procurement=False,
                          routine=True, contract_threshold=D("3000"))[0].code == "claim.invoices"


def test_contract_threshold_is_inclusive_vouch17():
    t = D("3000.00")
    assert contract_required(procurement=False, routine=False, total=D("3000.00"), threshold=t)
    assert not contract_required(procurement=False, routine=False, total=D("2999.99"), threshold=t)
    assert not contract_required(procurement=False, routine=True, total=D("90000.00"), threshold=t)
    assert contract_required(procurement=True, routine=True, total=D("1.00"), threshold=t)


def test_budget_remaining_overrun_refused_or_flagged_vouch21():
    assert budget_problems(line(), amount=D("500.00"), economic_class="30201", year=2026, overrun="refuse") == ([], False)
    problems, over = budget_problems(line(), amount=D("500.01"), economic_class="30201", year=2026, overrun="refuse")
    assert [p.code for p in problems] == ["budget.overrun"] and over
    assert budget_problems(line(), amount=D("500.01"), economic_class="30201", year=2026, overrun="flag") == ([], True)


def test_special_fund_only_for_its_class_vouch21():
    problems, _ = budget_problems(line(special=True), amount=D("1.00"), economic_class="30211", year=2026,
                                  overrun="refuse")
    assert [p.code for p in problems] == ["budget.special"]
    problems, _ = budget_problems(line(active=False), amount=D("1.00"), economic_class="30201", year=2025,
                                  overrun="refuse")
    assert {p.code for p in problems} == {"budget.inactive", "budget.year"}


def pay(**kw):
    base = dict(method="official_card", account_code="1011", cash_kind="zero_balance", amount=D("100.00"),
                cash_limit=D("1000.00"), cash_allowed=True, official_card_class=True, explanation_approved=False,
                to_own_account=False, economic_class="30201")
    return {p.code for p in payment_problems(**{**base, **kw})}


def test_payment_rules_vouch09_10_11_meet12():
    assert pay() == set()
    assert pay(method="bank_transfer") == {"payment.official_card"}  # VOUCH-09
    assert pay(method="bank_transfer", explanation_approved=True) == set()
    assert pay(to_own_account=True) == {"payment.zero_balance_own"}  # VOUCH-10
    assert pay(to_own_account=True, account_code="1002", cash_kind="bank") == set()
    cash = dict(method="cash", account_code="1001", cash_kind="cash", official_card_class=False)
    assert pay(**cash) == set()
    assert pay(**cash, amount=D("1000.01")) == {"payment.cash_limit"}  # VOUCH-11
    assert pay(**cash, cash_allowed=False) == {"payment.cash_meeting"}  # MEET-12
    assert pay(method="cash", official_card_class=False) == {"payment.cash_account"}
    assert pay(cash_kind="") == {"payment.account"}
    assert pay(method="cheque") == {"payment.method"}


def test_expense_account_by_department():
    assert expense_account("待遇保障股") == "5001"
    assert expense_account("基金监管股") == "5001"
    assert expense_account("办公室") == "5101"
    assert expense_account("规划财务股") == "5101"
    assert expense_account("") == "5101"


ACCOUNTS = {c: AccountFacts(c, c, "budget" if c[0] in "678" else "financial", True)
            for c in ("1001", "1002", "1011", "1218", "5001", "5101", "7101", "8001")}


def test_settlement_exact_to_the_fen_and_its_voucher_balances():
    """claimed + returned = advanced + paid_extra on a grid of amounts (hypothesis is not installed:
    an exhaustive small grid instead), and the settling claim's voucher balances on each side."""
    amounts = [D("0.00"), D("0.01"), D("0.99"), D("1.00"), D("99.99"), D("100.00"), D("100.01"), D("2000.00"),
               D("1650.40"), D("123456.78")]
    for advanced, claimed in product(amounts, amounts):
        s = settle_advance(advanced, claimed)
        assert claimed + s.returned == advanced + s.paid_extra
        assert s.returned == 0 or s.paid_extra == 0
        parts = [PaidPart(p, "1001" if p == "refund" else "1011", a) for p, a in settlement_payments(advanced, claimed)]
        if claimed == 0:
            continue
        lines = claim_voucher_lines(summary="报销", total=claimed, expense="5001", advanced=advanced, payments=parts,
                                    dims=ClaimDims())
        assert voucher_problems(lines, ACCOUNTS) == [], (advanced, claimed)


def test_paid_claim_voucher_lines_parallel_recording():
    lines = claim_voucher_lines(summary="报销办公费", total=D("1280.50"), expense="5101", advanced=D("0"),
                                payments=[PaidPart("claim", "1011", D("1280.50"))],
                                dims=ClaimDims(7, "", "黄磊", "2081101", "30201"))
    assert [(l.account, l.debit, l.credit) for l in lines] == [
        ("5101", D("1280.50"), D("0")), ("1011", D("0"), D("1280.50")),
        ("7101", D("1280.50"), D("0")), ("8001", D("0"), D("1280.50"))]
    assert {(l.department_id, l.economic_class, l.functional_class) for l in lines} == {(7, "30201", "2081101")}
    assert voucher_problems(lines, ACCOUNTS) == []
