"""The trip approval's timing and approver (issue 12 items 3b–3d, 7): a trip filed after departure
is a 补报 with its reason (TRAVEL-01), a late claim goes through the finance head's 逾期报销审批 step
(TRAVEL-03), and the director's own trip records the approval from outside the bureau (TRAVEL-02)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from desktop.app.paths import resource_path
from desktop.domain.approval.engine import resolve_steps
from desktop.domain.approval.model import DocumentFacts
from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.travel.allowances import Quote
from desktop.domain.travel.claims import LATE_CATEGORY, ClaimFacts, claim_problems
from desktop.domain.travel.trip import DIRECTOR_CATEGORY, TripPlan, explained

PRESETS = {name: preset_from_dict(json.loads(resource_path("presets", f"{name}.json").read_text(encoding="utf-8")))
           for name in ("P-000", "P-001")}
START = date(2026, 11, 2)


def _plan(**kw) -> TripPlan:  # noqa: ANN003
    base = {"travellers": ("高远",), "purpose": "参加培训", "destinations": ("北京",), "start": START,
            "end": date(2026, 11, 3), "transport": "train"}
    return TripPlan(**{**base, **kw})


def _keys(preset: str, kind: str, *, days: int = 2, category: str = "") -> list[str]:
    p = PRESETS[preset]
    facts = DocumentFacts(amount=Decimal("1000.00"), days=days, category=category, department_id=1, submitter_id=1)
    return [s.key for s in resolve_steps(p.chain(kind), facts, p.parameters)]


def test_trip_filed_after_departure_is_a_late_filing_with_its_reason_travel_01():
    """「出差前应填写…审批单」: filed on 11-05 for a trip that left on 11-02, it is a 补报 and the reason is
    required; the start day itself still counts as before departure."""
    late = _plan()
    assert [p.code for p in late.problems(filed_on=date(2026, 11, 5))] == ["trip.late_filing_reason"]
    assert late.problems(filed_on=START) == [] and late.problems() == []
    too_short = _plan(late_filing_reason="x。")
    assert [p.rule for p in too_short.problems(filed_on=date(2026, 11, 5))] == ["TRAVEL-01"]
    ok = _plan(late_filing_reason="临时通知参加培训")
    assert ok.problems(filed_on=date(2026, 11, 5)) == []
    payload = ok.to_payload(filed_on=date(2026, 11, 5))
    assert payload["late_filing"] == {"reason": "临时通知参加培训", "filed_on": "2026-11-05", "start": "2026-11-02"}
    assert payload["filing_text"].startswith("补报") and "临时通知参加培训" in payload["filing_text"]
    assert "late_filing" not in ok.to_payload(filed_on=START) and ok.to_payload(filed_on=START)["filing_text"] == "事前审批"


def test_late_filing_reason_on_a_trip_filed_in_time_is_refused_travel_01():
    problems = _plan(late_filing_reason="临时通知参加培训").problems(filed_on=date(2026, 11, 1))
    assert [(p.rule, p.code) for p in problems] == [("TRAVEL-01", "trip.late_filing_reason")]


def test_reason_must_say_something_travel_01_travel_03():
    assert not explained("x") and not explained("。。。 1234") and not explained("无")
    assert explained("外派审计") and explained("audit")


def test_directors_own_trip_records_the_outside_approval_travel_02():
    """001 第四条 has leaders' trips approved by 局长; nobody approves their own (IC-03): the director's
    trip carries the approval from outside the bureau — authority, reference, date."""
    bare = _plan(director=True)
    assert bare.category == DIRECTOR_CATEGORY
    problems = bare.problems(filed_on=date(2026, 10, 30))
    assert [(p.rule, p.code) for p in problems] == [("TRAVEL-02", "trip.external_approval")]
    assert "上级批准机关、批准文号、批准日期" in problems[0].text
    recorded = _plan(director=True, external_authority="县委办公室", external_reference="通委办字〔2026〕12号",
                     external_date=date(2026, 10, 28))
    assert recorded.problems(filed_on=date(2026, 10, 30)) == []
    assert recorded.to_payload(filed_on=date(2026, 10, 30))["external_approval"] == {
        "authority": "县委办公室", "reference": "通委办字〔2026〕12号", "date": "2026-10-28"}
    # An approval dated after the filing is not one already given; a staff trip has none.
    assert [p.code for p in recorded.problems(filed_on=date(2026, 10, 27))] == ["trip.external_date"]
    staff = _plan(external_reference="通委办字〔2026〕12号")
    assert [p.code for p in staff.problems(filed_on=date(2026, 10, 30))] == ["trip.external_approval"]


@pytest.mark.parametrize("preset", ["P-000", "P-001"])
@pytest.mark.parametrize("days", [1, 5])
def test_directors_trip_chain_never_asks_the_director_travel_02(preset, days):
    assert _keys(preset, "trip_approval", days=days, category=DIRECTOR_CATEGORY) == ["office_external"]
    step = next(s for s in PRESETS[preset].chain("trip_approval").steps if s.key == "office_external")
    assert step.position == "office_head"
    # Another leader's trip still goes to the director (「局班子成员出差报局长批准」).
    assert _keys(preset, "trip_approval", days=days, category="leader") and all(
        PRESETS[preset].chain("trip_approval").steps[[s.key for s in PRESETS[preset].chain("trip_approval").steps]
                                                     .index(k)].position == "director"
        for k in _keys(preset, "trip_approval", days=days, category="leader"))


@pytest.mark.parametrize("preset, before, after", [("P-000", [], ["director"]),
                                                   ("P-001", ["section_head"], ["finance_leader"])])
def test_late_claim_goes_through_the_finance_heads_late_step_travel_03(preset, before, after):
    """TRAVEL-03 「出差后三十日内…报销」, default: a later claim needs an override approval. The finance
    head already signs every claim and one person signs one step of an item (IC-02), so a late
    claim's finance-head step is the 逾期报销审批 itself, in place of the ordinary review."""
    assert _keys(preset, "travel_claim") == [*before, "finance_head", *after]
    assert _keys(preset, "travel_claim", category=LATE_CATEGORY) == [*before, "finance_head_late", *after]
    step = next(s for s in PRESETS[preset].chain("travel_claim").steps if s.key == "finance_head_late")
    assert step.position == "finance_head" and "逾期报销" in step.label


def test_late_claim_explanation_must_say_something_travel_03():
    """Issue 12: 「today any text passes」 — "x" is not an explanation."""
    quote = Quote(meals=Decimal("100.00"))
    facts = dict(trip_state="approved", trip_start=date(2026, 9, 1), trip_end=date(2026, 9, 2),
                 claimed_on=date(2026, 11, 1), deadline_days=30, attachments=1)
    assert [p.code for p in claim_problems(ClaimFacts(**facts, late_explanation="x"), [], quote)] == ["claim.late"]
    assert claim_problems(ClaimFacts(**facts, late_explanation="外派审计，未能按期报账"), [], quote) == []
