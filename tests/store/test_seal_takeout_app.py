"""Issue 12 item 6 on both backends: a seal take-out is approved by the (centre) director acting
in the app (SEAL-14), a centre seal's use goes to the 医保中心主任 (SEAL-06), and a centre seal's
engraving goes centre director → director (SEAL-09)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.base import Refused

PASS = "Demo#2026"


def _codes(exc) -> set[str]:  # noqa: ANN001
    return {p.code for p in exc.value.problems}


def _seal(desk, user, kind: str) -> int:  # noqa: ANN001
    return next(v.id for v in desk.seals.seals(user) if v.kind == kind)


def _centre_seal(desk, as_user) -> tuple[int, int]:  # noqa: ANN001
    """A 结算股 (centre) seal engraved and enabled; returns (seal id, engraving document id)."""
    dept = next(d.id for d in desk.org.departments(as_user("admin")) if d.name == "结算股")
    sid = desk.seals.request_engraving(as_user("hujun"), "section", "示范县医疗保险中心结算股业务专用章", "新设股室",
                                       department_id=dept)
    return sid, desk.seals.seal(as_user("hujun"), sid).engraving_document_id


def test_seal_09_centre_seal_engraving_goes_centre_director_then_director(desk, as_user):
    """SEAL-09 (000) 「医保中心所设的各职能股室印鉴的刻制或更换……报请中心主任同意，局长批准」."""
    sid, doc = _centre_seal(desk, as_user)
    steps = desk.approvals.document(as_user("hujun"), doc).steps
    assert [s.position for s in steps] == ["center_director", "director"]
    with pytest.raises(Refused):
        desk.approvals.approve(as_user("zhoumin"), doc, "同意")  # the bureau office's path is not this one
    desk.approvals.approve(as_user("sunli"), doc, "同意")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    assert desk.seals.seal(as_user("hujun"), sid).status == "approved"
    bureau_doc = desk.seals.seal(as_user("hexue"), _seal(desk, as_user("hexue"), "administrative")).engraving_document_id
    assert [s.position for s in desk.approvals.document(as_user("hexue"), bureau_doc).steps] == ["office_head", "director"]


def test_seal_06_centre_seal_use_is_approved_by_the_centre_director(desk, as_user):
    """SEAL-06 「使用医保中心印鉴须经医保中心主任批准后，由医保中心办公室专人加盖印鉴」."""
    from desktop.documents.pdf_content import render_text_document

    sid, doc = _centre_seal(desk, as_user)
    desk.approvals.approve(as_user("sunli"), doc, "同意")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    pdf = render_text_document("示范县医疗保险中心", "结算通知", ["各定点医疗机构：", "请按时报送结算材料。"], date.today())
    use = desk.seals.request_use(as_user("guoting"), sid, "结算通知", recipient="各定点医疗机构", copies=1,
                                 document_pdf=pdf)
    assert [s.position for s in desk.approvals.document(as_user("guoting"), use).steps] == ["center_director"]
    bureau = desk.seals.request_use(as_user("gaoyuan"), _seal(desk, as_user("gaoyuan"), "administrative"), "函",
                                    recipient="县卫健局", copies=1, document_pdf=pdf)
    assert [s.position for s in desk.approvals.document(as_user("gaoyuan"), bureau).steps] == ["section_head", "director"]


def test_seal_14_take_out_is_approved_by_the_director_in_the_app_not_typed(desk, as_user):
    """SEAL-14 「特殊情况需带出时须经中心主任批准，并有俩人以上共同负责，严禁一人单独携出」: the
    approver is whoever approved the take-out request in the app; the office cannot name one."""
    zhoumin, hexue = as_user("zhoumin"), as_user("hexue")
    sid = _seal(desk, zhoumin, "administrative")
    with pytest.raises(Refused) as exc:  # one person, no purpose
        desk.seals.request_take_out(zhoumin, sid, purpose=" ", destination="县政务中心", out_on=date.today(),
                                    back_on=None, persons=[hexue.staff_id, hexue.staff_id])
    assert _codes(exc) == {"takeout.persons", "takeout.purpose"}
    doc = desk.seals.request_take_out(zhoumin, sid, purpose="赴县政务中心办理变更登记", destination="县政务中心",
                                      out_on=date.today(), back_on=date.today(),
                                      persons=[hexue.staff_id, zhoumin.staff_id])
    assert [s.position for s in desk.approvals.document(zhoumin, doc).steps] == ["director"]
    with pytest.raises(Refused) as exc:  # not approved yet
        desk.seals.take_out(zhoumin, doc)
    assert "takeout.not_approved" in _codes(exc)
    with pytest.raises(Refused):
        desk.approvals.approve(as_user("sunli"), doc, "同意")  # a bureau seal: the director, not the centre's
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意带出，当日带回")
    row = desk.seals.take_out(zhoumin, doc)
    got = next(t for t in desk.seals.take_outs(zhoumin, sid) if t.id == row)
    assert got.approved_by == "王建国" and set(got.persons) == {"何雪", "周敏"}
    with pytest.raises(Refused) as exc:
        desk.seals.take_out(zhoumin, doc)  # once
    assert _codes(exc) == {"takeout.duplicate"}


def test_seal_14_centre_seal_take_out_goes_to_the_centre_director(desk, as_user):
    """SEAL-14: a centre seal's take-out is approved by the 医保中心主任."""
    sid, _ = _centre_seal(desk, as_user)
    doc = desk.seals.request_take_out(as_user("zhoumin"), sid, purpose="赴市医保局核对", destination="市医保局",
                                      out_on=date.today(), back_on=None,
                                      persons=[as_user("hujun").staff_id, as_user("guoting").staff_id])
    assert [s.position for s in desk.approvals.document(as_user("zhoumin"), doc).steps] == ["center_director"]
