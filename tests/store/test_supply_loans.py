"""Loans of equipment through ``desk.supply_loans`` on SQLite and PostgreSQL (issue 14 item 6):
the request for a lendable item (SUPPLY-14), the office head's consent (not for their own loan,
IC-03), the keeper's and the borrower's own signatures at lending and at return, overdue loans
on the keeper's home page, and damage or loss paid for (SUPPLY-12)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence import record_state
from desktop.persistence.schema import AuditEntry, SupplyBalance, SupplyItem, SupplyMovement
from desktop.services.base import Refused
from desktop.services.supply_loans import SupplyLoanService
from desktop.services.supply_records import available, default_location, post_movement

TODAY = date.today()


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    return [p.code for p in exc.value.problems]


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def equipment(desk, as_user, name: str, quantity: int, amount: str, *, lendable: bool = True) -> int:
    """An item with ``quantity`` units in the office store (the receipt is another area's: here
    only its movement)."""
    keeper = as_user("liuyang")
    with desk.sessions.begin() as s:
        n = len(s.execute(select(SupplyItem.id).where(SupplyItem.bureau_id == keeper.bureau_id)).all())
        item = SupplyItem(bureau_id=keeper.bureau_id, code=f"LN{n + 1:04d}", name=name, unit="台", kind="special",
                          specification="佳能 EOS R6", lendable=lendable)
        s.add(item)
        s.flush()
        post_movement(s, keeper, item=item, location_id=default_location(s, keeper.bureau_id).id, kind="receipt",
                      quantity=quantity, occurred_on=TODAY, value=Decimal(amount))
        return item.id


def free(desk, item_id: int) -> int:
    with desk.sessions() as s:
        b = s.execute(select(SupplyBalance).where(SupplyBalance.item_id == item_id)).scalar_one()
        return available(s, item_id, b.location_id)


def on_hand(desk, item_id: int) -> int:
    with desk.sessions() as s:
        return s.execute(select(SupplyBalance.quantity).where(SupplyBalance.item_id == item_id)).scalar_one()


@pytest.fixture
def camera(desk, as_user) -> int:
    return equipment(desk, as_user, "数码照相机", 2, "9000.00")


def lent(desk, as_user, item_id: int, borrower: str = "huanglei", quantity: int = 1) -> int:
    loans = desk.supply_loans
    loan = loans.request(as_user(borrower), item_id, due_on=TODAY + timedelta(days=7), purpose="政策宣传活动拍照",
                         quantity=quantity)
    loans.decide(as_user("zhoumin"), loan, True, "同意")
    assert loans.sign_out(as_user("liuyang"), loan, "外观完好，电池两块，存储卡一张") == "approved"
    assert loans.sign_out(as_user(borrower), loan, "已当面检查，完好") == "lent"
    return loan


def test_supply14_request_only_for_lendable_items_with_purpose_and_sensible_due_day(desk, as_user, camera):
    """SUPPLY-14: only equipment the office marks lendable is lent; a purpose, a due day after
    today and within 90 days — all problems listed at once; the number is JY<year>-0001…"""
    paper = equipment(desk, as_user, "复印纸", 10, "250.00", lendable=False)
    loans, me = desk.supply_loans, as_user("huanglei")
    with pytest.raises(Refused) as exc:
        loans.request(me, paper, due_on=TODAY, purpose=" ")
    assert codes(exc) == ["loan.not_lendable", "loan.due_past", "loan.purpose"] and rules(exc) == {"SUPPLY-14"}
    with pytest.raises(Refused) as exc:
        loans.request(me, camera, due_on=TODAY + timedelta(days=91), purpose="拍照")
    assert codes(exc) == ["loan.due_far"]
    with pytest.raises(Refused) as exc:  # the input gate: whole numbers, dates, short lines
        loans.request(me, camera, due_on="明天", purpose="x" * 201, quantity="2.5")
    assert {p.code for p in exc.value.problems} == {"supply_loan.due_on", "supply_loan.purpose", "supply_loan.quantity"}
    with pytest.raises(Refused) as exc:  # for someone else: only the office records it
        loans.request(me, camera, due_on=TODAY + timedelta(days=3), purpose="拍照",
                      borrower_id=as_user("yangfan").staff_id)
    assert codes(exc) == ["loan.for_other"]
    loan = loans.request(me, camera, due_on=TODAY + timedelta(days=3), purpose="拍照")
    view = loans.loan(me, loan)
    assert re.fullmatch(rf"JY{TODAY.year}-\d{{4}}", view.loan_no)
    assert view.state == "requested" and view.state_label == "待审批"
    assert (view.borrower_name, view.department_name, view.item_name) == ("黄磊", "待遇保障股", "数码照相机")
    on_behalf = loans.request(as_user("liuyang"), camera, due_on=TODAY + timedelta(days=3), purpose="会议摄影",
                              borrower_id=as_user("yangfan").staff_id)
    assert loans.loan(as_user("yangfan"), on_behalf).loan_no == f"JY{TODAY.year}-{int(view.loan_no[-4:]) + 1:04d}"


def test_supply14_office_head_decides_never_their_own_ic03(desk, as_user, camera):
    """SUPPLY-14 「经办公室负责人签字同意后借用」: only the office head decides; not their own loan
    (IC-03); a refusal says why; a decided loan is not decided again."""
    loans = desk.supply_loans
    loan = loans.request(as_user("huanglei"), camera, due_on=TODAY + timedelta(days=5), purpose="下乡宣传拍照")
    with pytest.raises(Refused) as exc:
        loans.decide(as_user("yangfan"), loan, True)
    assert codes(exc) == ["loan.not_office_head"] and rules(exc) == {"SUPPLY-14"}
    assert loan in [r.id for r in loans.awaiting_me(as_user("zhoumin"))]
    own = loans.request(as_user("zhoumin"), camera, due_on=TODAY + timedelta(days=5), purpose="局务会议拍照")
    assert own not in [r.id for r in loans.awaiting_me(as_user("zhoumin"))]
    with pytest.raises(Refused) as exc:
        loans.decide(as_user("zhoumin"), own, True)
    assert codes(exc) == ["loan.own"] and rules(exc) == {"IC-03"}
    with pytest.raises(Refused) as exc:
        loans.decide(as_user("zhoumin"), loan, False)
    assert codes(exc) == ["loan.refusal_reason"]
    loans.decide(as_user("zhoumin"), loan, False, "活动已取消")
    view = loans.loan(as_user("huanglei"), loan)
    assert (view.state, view.approved_by_name, view.approval_note) == ("refused", "周敏", "活动已取消")
    with pytest.raises(Refused) as exc:
        loans.decide(as_user("zhoumin"), loan, True)
    assert codes(exc) == ["loan.decided"]
    with pytest.raises(Refused) as exc:
        loans.decide(as_user("admin"), loan, True)
    assert rules(exc) == {"SEC-13"}


def test_supply14_lending_needs_consent_both_signatures_and_stock_available(desk, as_user, camera):
    """SUPPLY-14 「保管人和借用人检查…双方在借用单上签字」: refused before consent; keeper and
    borrower each sign in their own session (nobody else, not one person twice); both → lent and
    the unit is no longer available to issue; more than available is refused with the number."""
    loans = desk.supply_loans
    loan = loans.request(as_user("huanglei"), camera, due_on=TODAY + timedelta(days=7), purpose="拍照", quantity=2)
    with pytest.raises(Refused) as exc:
        loans.sign_out(as_user("liuyang"), loan, "完好")
    assert codes(exc) == ["loan.not_approved"]
    loans.decide(as_user("zhoumin"), loan, True)
    assert loan in [r.id for r in loans.awaiting_me(as_user("liuyang"))]
    assert loan in [r.id for r in loans.awaiting_me(as_user("huanglei"))]
    assert loan not in [r.id for r in loans.awaiting_me(as_user("zhoumin"))]
    with pytest.raises(Refused) as exc:  # a third person
        loans.sign_out(as_user("yangfan"), loan, "完好")
    assert codes(exc) == ["loan.not_party"]
    with pytest.raises(Refused) as exc:
        loans.sign_out(as_user("huanglei"), loan, "")
    assert codes(exc) == ["supply_loan.condition"] or codes(exc) == ["loan.condition"]
    assert loans.sign_out(as_user("huanglei"), loan, "已检查，完好") == "approved"
    with pytest.raises(Refused) as exc:
        loans.sign_out(as_user("huanglei"), loan, "再签一次")
    assert codes(exc) == ["loan.signed"]
    # Meanwhile one camera went to another loan: two are no longer available.
    other = lent(desk, as_user, camera, borrower="guoting")
    assert free(desk, camera) == 1
    with pytest.raises(Refused) as exc:
        loans.sign_out(as_user("liuyang"), loan, "外观完好")
    assert codes(exc) == ["loan.unavailable"] and "现可借 1台" in exc.value.problems[0].text
    loans.sign_return(as_user("liuyang"), other, "完好")
    loans.sign_return(as_user("guoting"), other, "完好")
    assert loans.sign_out(as_user("liuyang"), loan, "外观完好") == "lent"
    view = loans.loan(as_user("liuyang"), loan)
    assert view.lent_on == TODAY and view.state_label == "借出中"
    assert {(s.stage, s.role, s.staff_name) for s in view.signatures} == {
        ("lend", "borrower", "黄磊"), ("lend", "keeper", "刘洋")}
    assert free(desk, camera) == 0 and on_hand(desk, camera) == 2


def test_supply14_keeper_cannot_sign_as_both_sides_of_their_own_loan(desk, as_user, camera):
    """SUPPLY-14: the keeper who borrows signs as borrower; they cannot also check it as keeper."""
    loans = desk.supply_loans
    loan = loans.request(as_user("liuyang"), camera, due_on=TODAY + timedelta(days=2), purpose="资产盘点拍照")
    loans.decide(as_user("zhoumin"), loan, True)
    loans.sign_out(as_user("liuyang"), loan, "完好")
    with pytest.raises(Refused) as exc:
        loans.sign_out(as_user("liuyang"), loan, "完好")
    assert codes(exc) == ["loan.same_person"]
    assert loans.loan(as_user("liuyang"), loan).state == "approved"


def test_supply14_return_keeper_first_then_borrower_and_overdue_list(desk, as_user, camera, monkeypatch):
    """SUPPLY-14 「归还时保管人检查后在归还单上签字」: the keeper checks first, then the borrower;
    both → returned. A lent loan past its due day is overdue on the keeper's home page."""
    loans = desk.supply_loans
    loan = lent(desk, as_user, camera)
    assert loan not in [r.id for r in loans.overdue(as_user("liuyang"))]
    assert loan not in [r.id for r in loans.awaiting_me(as_user("liuyang"))]  # not due yet
    monkeypatch.setattr(SupplyLoanService, "today", staticmethod(lambda: TODAY + timedelta(days=8)))
    [row] = [r for r in loans.overdue(as_user("liuyang")) if r.id == loan]
    assert (row.overdue, row.borrower_name) == (True, "黄磊")
    assert loan not in [r.id for r in loans.overdue(as_user("guoting"))]  # not theirs to see
    assert loan in [r.id for r in loans.awaiting_me(as_user("liuyang"))]
    with pytest.raises(Refused) as exc:
        loans.sign_return(as_user("huanglei"), loan, "已归还")
    assert codes(exc) == ["loan.keeper_first"]
    assert loans.sign_return(as_user("liuyang"), loan, "外观完好，配件齐全") == "lent"
    assert loan in [r.id for r in loans.awaiting_me(as_user("huanglei"))]
    with pytest.raises(Refused) as exc:
        loans.sign_return(as_user("huanglei"), loan, "确认", damaged=True)
    assert codes(exc) == ["loan.borrower_flags"]
    assert loans.sign_return(as_user("huanglei"), loan, "确认归还") == "returned"
    view = loans.loan(as_user("huanglei"), loan)
    assert view.returned_on == TODAY + timedelta(days=8) and not view.overdue and not view.damaged
    assert loan not in [r.id for r in loans.overdue(as_user("liuyang"))] and free(desk, camera) == 2


def test_supply12_damage_and_loss_are_paid_for_and_a_lost_unit_leaves_stock(desk, as_user, camera):
    """SUPPLY-12 照价赔偿: compensation only for damage or loss, never negative; a lost unit leaves
    the stock as a loss movement carrying the loan, at moving-average value."""
    loans = desk.supply_loans
    loan = lent(desk, as_user, camera)
    with pytest.raises(Refused) as exc:
        loans.sign_return(as_user("liuyang"), loan, "完好", compensation=Decimal("100.00"))
    assert codes(exc) == ["loan.compensation_without_damage"] and rules(exc) == {"SUPPLY-12"}
    with pytest.raises(Refused) as exc:
        loans.sign_return(as_user("liuyang"), loan, "丢失", lost=True, compensation=Decimal("-1"))
    assert rules(exc) == {"SUPPLY-12"}
    loans.sign_return(as_user("liuyang"), loan, "借用人外出时丢失", lost=True, compensation=Decimal("4500.00"))
    # Reported lost by the keeper, the borrower not yet signed: the unit has left the stock once,
    # and is not also counted as lent (the second camera stays free to lend or issue).
    assert on_hand(desk, camera) == 1 and free(desk, camera) == 1
    loans.sign_return(as_user("huanglei"), loan, "确认丢失，照价赔偿")
    view = loans.loan(as_user("liuyang"), loan)
    assert (view.state, view.lost, view.compensation) == ("returned", True, Decimal("4500.00"))
    assert on_hand(desk, camera) == 1 and free(desk, camera) == 1
    with desk.sessions() as s:
        [move] = s.execute(select(SupplyMovement).where(SupplyMovement.loan_id == loan)).scalars().all()
    assert (move.kind, move.quantity, move.value) == ("loss", -1, Decimal("-4500.00"))
    damaged = lent(desk, as_user, camera, borrower="guoting")
    loans.sign_return(as_user("liuyang"), damaged, "镜头划伤", damaged=True, compensation=Decimal("300.00"))
    loans.sign_return(as_user("guoting"), damaged, "属实")
    view = loans.loan(as_user("guoting"), damaged)
    assert (view.damaged, view.lost, view.compensation, on_hand(desk, camera)) == (True, False, Decimal("300.00"), 1)


def test_supply14_borrower_sees_own_loans_office_sees_all_and_trail_matches(desk, as_user, camera):
    """Need to know: a borrower sees their own loans, the office and the bureau's heads all;
    each action is audited and the records are as the trail says (SEC-18)."""
    loans = desk.supply_loans
    mine = lent(desk, as_user, camera)
    theirs = loans.request(as_user("guoting"), camera, due_on=TODAY + timedelta(days=3), purpose="对账拍照")
    seen = [r.id for r in loans.loans(as_user("huanglei"))]
    assert mine in seen and theirs not in seen
    assert {r.borrower_name for r in loans.loans(as_user("huanglei"))} == {"黄磊"}
    with pytest.raises(Refused) as exc:
        loans.loan(as_user("huanglei"), theirs)
    assert codes(exc) == ["loan.missing"]
    assert {r.id for r in loans.loans(as_user("zhoumin"))} >= {mine, theirs}
    assert {r.id for r in loans.loans(as_user("wangjianguo"), state="lent")} >= {mine}
    assert theirs not in {r.id for r in loans.loans(as_user("wangjianguo"), state="lent")}
    with desk.sessions() as s:
        actions = [a for a, in s.execute(select(AuditEntry.action).where(AuditEntry.entity == "supply_loan",
                                                                         AuditEntry.entity_id == str(mine)))
                   if a.startswith("supply.")]
    assert actions == ["supply.loan_request", "supply.loan_decide", "supply.loan_sign_out", "supply.loan_sign_out"]
    with desk.engine.connect() as conn:
        assert record_state.deep_check(conn, ["supply_loan", "supply_balance"]) == []
