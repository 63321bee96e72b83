"""The signer is printed and certified in the position of the step (IC-14), on the demonstration
bureau: the stamp shows the step's position (吴芳（财务负责人）, not her job title 股长), the signature's
/Reason names step and position, only a holder of the step's position signs it, and `desktop gallery`
shows every sheet kind signed in every field by such a person.

The stamp is read back with poppler's pdftotext (what a reader sees), the /Reason with pyHanko."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from sqlalchemy import select

from desktop.documents.signing import signature_fields
from desktop.domain.approval.engine import signature_reason, signed_as
from desktop.domain.approval.model import DocumentFacts
from desktop.domain.positions import position_label
from desktop.persistence.schema import Staff
from desktop.services.base import Refused, actor_for

PASS = "Demo#2026"


def stamp_text(pdf: bytes, tmp_path) -> str:  # noqa: ANN001
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def signatures(pdf: bytes) -> dict[str, tuple[str, str]]:
    """field name → (signer's common name, the signature's /Reason)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = {}
    for sig in PdfFileReader(BytesIO(pdf), strict=False).embedded_signatures:
        cn = sig.signer_cert.subject.native.get("common_name", "")
        out[str(sig.field_name)] = (cn, str(sig.sig_object.get("/Reason", "")))
    return out


def doc_titled(desk, title: str) -> int:  # noqa: ANN001
    return next(d.id for d in desk.approvals.documents(desk.act_as("machao"), limit=100_000) if d.title == title)


def test_the_finance_head_step_prints_her_position_not_her_title_ic14(desk, as_user, tmp_path):
    """吴芳 is 股长 of 规划财务股 and 财务负责人: the finance-head step prints 吴芳（财务负责人）."""
    handler = as_user("huanglei")
    doc = desk.approvals.create_draft(handler, "expense_claim", "测试报销", purpose="测试用途", amount="980.00")
    desk.approvals.submit(handler, doc, passphrase=PASS)
    desk.approvals.approve(as_user("wufang"), doc, "票据齐全", passphrase=PASS)
    pdf = desk.sheets.latest_pdf(handler, doc)
    text = stamp_text(pdf, tmp_path)
    assert "吴芳（财务负责人）" in text and "吴芳（股长）" not in text
    assert "黄磊（科员）" in text  # the issuer (经办人) signs as themselves: no position asked
    sigs = signatures(pdf)
    assert sigs["sig_step1_finance_head"] == ("吴芳", "财务负责人审核（财务负责人）")
    # Verification names the position she signed in (the reason), not only her certificate's title.
    from desktop.documents.verify import verify_pdf

    check = next(s for s in verify_pdf(pdf, desk.sheets.root_pem()).signatures if s.field == "sig_step1_finance_head")
    assert (check.signed_as, check.position) == ("财务负责人", "股长")


def test_the_centre_director_cannot_sign_the_leader_in_charge_step_ic14(desk, as_user, tmp_path):
    """The defect: 分管领导审核（分管副局长） on the centre's supply purchase was signed by the 医保中心主任,
    who held leader_in_charge for the centre in the demo data. Now only a 分管副局长 signs it, as such."""
    doc = doc_titled(desk, "采购A4打印纸50箱")  # 胡军, 医保中心办公室
    desk.approvals.approve(as_user("zhoumin"), doc, "同意", passphrase=PASS)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(as_user("sunli"), doc, "同意", passphrase=PASS)
    assert [(p.rule, p.code) for p in exc.value.problems] == [("IC-14", "step.position")]
    assert "分管副局长" in str(exc.value)
    desk.approvals.approve(as_user("limh"), doc, "同意采购", passphrase=PASS)
    pdf = desk.sheets.latest_pdf(as_user("hujun"), doc)
    assert "李明华（分管副局长）" in stamp_text(pdf, tmp_path)
    assert signatures(pdf)["sig_step2_leader_in_charge"] == ("李明华", "分管领导审核（分管副局长）")


def test_a_post_taken_away_after_sign_in_signs_nothing_ic14(desk, as_user):
    """The check uses the positions held when acting, not those held at sign-in. 赵志刚 keeps
    finance_leader (so he still reads the trip) but no longer leads 基金监管股."""
    zhulin, zhao = as_user("zhulin"), as_user("zhaozhg")  # signed in while leading 基金监管股
    doc = desk.approvals.create_draft(zhulin, "trip_approval", "赴乡镇检查", purpose="基金检查", days=2)
    desk.approvals.submit(zhulin, doc)
    fund = desk.approvals.document(zhulin, doc).department_id
    desk.org.remove_position(as_user("admin"), zhao.staff_id, "leader_in_charge", fund)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(zhao, doc, "同意")
    assert [(p.rule, p.code) for p in exc.value.problems] == [("IC-14", "step.position")]
    assert desk.approvals.document(zhulin, doc).state == "submitted"


def test_the_gallery_signs_every_field_of_every_kind_in_its_position_ic14_ic01(desk, tmp_path):
    """`desktop gallery`: every sheet kind complete — each declared signature field signed (counted with
    signature_fields), each step by a holder of its position, the /Reason naming step and position —
    and numbered (the voucher printed （未编号）, asset_disposal was only certified)."""
    if "postgresql" in desk.url:
        pytest.skip("the gallery reads the same demo records on either backend (slow: SQLite only); "
                    "test_cli_verify_json_and_gallery runs it on PostgreSQL")
    paths = desk.sheets.gallery(tmp_path / "gallery", lambda username: PASS)
    preset = desk.presets.preset(desk.act_as("admin"))
    assert {p.stem for p in paths} >= set(preset.chains)  # (and the sealed outgoing document, SEAL-07)
    with desk.sessions() as session:
        staff = {s.name: s.id for s in session.execute(select(Staff)).scalars()}
        holders = {name: actor_for(session, sid) for name, sid in staff.items()}
    incomplete = {}
    for path in paths:
        pdf = path.read_bytes()
        fields = signature_fields(pdf)
        unsigned = [f.name for f in fields if not f.signed]
        if unsigned:
            incomplete[path.stem] = unsigned
        text = stamp_text(pdf, tmp_path)
        assert "未编号" not in text, path.stem
        if path.stem not in preset.chains:
            continue
        steps = {s.key: s for s in preset.chains[path.stem].steps}
        step_sigs = {name.split("_", 2)[2]: who for name, who in signatures(pdf).items() if name.startswith("sig_step")}
        assert step_sigs, path.stem
        for key, (signer, reason) in step_sigs.items():
            step = steps[key]
            actor = holders[signer]
            # Held for some department when scoped (the record's own department is checked by the engine).
            assert any(signed_as(actor, step, DocumentFacts(department_id=d)) for _, d in actor.assignments), \
                (path.stem, key, signer)
            assert reason == signature_reason(step), (path.stem, key)
            assert f"{signer}（{position_label(step.position)}）" in text, (path.stem, key)
    assert incomplete == {}
