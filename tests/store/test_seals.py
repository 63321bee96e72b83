"""The seal registry (SEAL-*): lifecycle, custody and its separation rules (each tried to be
broken), applying a seal to an approved request, the use register, revocation with a CRL file,
and verification with pyHanko (``desktop verify``) and poppler's pdfsig."""

from __future__ import annotations

import contextlib
import io
import subprocess
import time
from datetime import date, timedelta

import pytest

from desktop.cli import main
from desktop.documents import pki
from desktop.documents.pdf_content import render_text_document
from desktop.documents.render import SEAL_FIELD, StampText
from desktop.documents.signing import sign_field, sign_new_field
from desktop.services.base import Refused

PASS = "Demo#2026"
CA = "Desk#2026"


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.code for p in exc.value.problems}


def pdfsig_valid(path) -> list[str]:
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    return [line.split(":", 1)[1].strip() for line in out.splitlines() if "Signature Validation" in line]


def seal_id(desk, user, kind: str) -> int:
    return next(v.id for v in desk.seals.seals(user) if v.kind == kind)


def report_pdf(title="关于商请协助开展医保政策宣传的函") -> bytes:
    return render_text_document("示范县医疗保障局", title, ["县卫生健康局：", "为做好医保政策宣传，特商请协助。"], date.today())


def approved_request(desk, as_user, seal, pdf=None, title="关于商请协助开展医保政策宣传的函") -> int:
    doc = desk.seals.request_use(as_user("hexue"), seal, title, recipient="县卫生健康局", copies=2, purpose="政策宣传",
                                 document_pdf=pdf or report_pdf(title), filename="函.pdf", passphrase=PASS)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意用印", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    return doc


def db_url(desk) -> str | None:
    return None if "***" in desk.url else desk.url


# The demo and the whole flow ---------------------------------------------------------------
def test_demo_registry_and_sealed_request_verify_seal_05_seal_08(desk, as_user, tmp_path):
    """Demo: the 行政公章 (何雪), 财务专用章 (郑丽娟), 法人名章 (陈静), 党组印章, a section seal and the
    cheque book (陈静); the demo request approved and sealed: the seal is on the report itself, the
    request sheet signed by the custodian (SEAL-05/08); desktop verify and pdfsig accept both."""
    hexue = as_user("hexue")
    by_kind = {v.kind: v for v in desk.seals.seals(hexue)}
    assert by_kind["administrative"].custodian == "何雪" and by_kind["administrative"].status == "enabled"
    assert by_kind["finance"].custodian == "郑丽娟" and by_kind["legal_rep"].custodian == "陈静"
    assert by_kind["cheque_book"].custodian == "陈静" and {"party_group", "section"} <= set(by_kind)
    uses = desk.seals.uses(hexue, seal_id=by_kind["administrative"].id)
    use = next(u for u in uses if u.document_id)
    assert (use.document_title, use.approver, use.custodian, use.copies) == (
        "关于报送2026年医保基金运行情况的报告", "王建国", "何雪", 3)
    pdf = desk.sheets.latest_pdf(hexue, use.document_id)
    report = desk.seals.verify(pdf)
    assert report.ok, report.to_dict()
    # Before issue 9 the seal's key signed the request sheet; now 何雪 signs it herself.
    assert [s.signer for s in report.signatures] == ["何雪", "周敏", "王建国", "何雪"]
    assert not any(s.is_seal for s in report.signatures)
    sealed = desk.seals.sealed_document(hexue, use.id)[1]
    seal_report = desk.seals.verify(sealed)
    assert seal_report.ok and [s.signer for s in seal_report.signatures] == ["示范县医疗保障局行政公章"]
    assert seal_report.signatures[-1].is_seal and seal_report.signatures[-1].organisation == "示范县医疗保障局"
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    assert pdfsig_valid(path) == ["Signature is Valid."] * 4
    (tmp_path / "sealed.pdf").write_bytes(sealed)
    assert pdfsig_valid(tmp_path / "sealed.pdf") == ["Signature is Valid."]
    if db_url(desk):
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["verify", str(path), "--db", desk.url]) == 0
            assert main(["verify", str(tmp_path / "sealed.pdf"), "--db", desk.url]) == 0
    # The enabling notice (启用通知) carries the impression specimen, and verifies too (SEAL-09, SEAL-11).
    notice = desk.seals.sheet_pdf(hexue, by_kind["administrative"].id, "enabling_notice")
    assert desk.seals.verify(notice).ok
    assert desk.seals.impression(hexue, by_kind["administrative"].id).startswith(b"\x89PNG")


def test_signature_after_the_seal_is_reported(desk, as_user):
    hexue = as_user("hexue")
    use = next(u for u in desk.seals.uses(hexue) if u.document_id)
    pdf = desk.sheets.latest_pdf(hexue, use.document_id)
    zhoumin = pki.unlock(_identity_blob(desk, "zhoumin"), PASS)
    after = sign_new_field(pdf, "sig_extra", (30, 30, 200, 80), zhoumin, StampText("周敏", "办公室主任", "补签", date.today()))
    report = desk.seals.verify(after)
    assert not report.ok
    assert SEAL_FIELD in {s.field for s in report.signatures if not s.changes_permitted}


def test_full_lifecycle_request_to_cancel_seal_09_seal_10_seal_12(desk, as_user):
    hexue, zhoumin = as_user("hexue"), as_user("zhoumin")
    sid = desk.seals.request_engraving(hexue, "contract", "示范县医疗保障局合同专用章", "签订定点协议需要", passphrase=PASS)
    with pytest.raises(Refused) as exc:  # not approved yet
        desk.seals.record_filing(zhoumin, sid, "公刻备〔2026〕99号", date.today(), "刻章社")
    assert "SEAL-10" in rules(exc)
    with pytest.raises(Refused) as exc:  # enabling before filing
        desk.seals.enable(zhoumin, sid, custodian_id=hexue.staff_id, custodian_passphrase=PASS, ca_passphrase=CA,
                          storage_place="办公室")
    assert "SEAL-09" in rules(exc)
    doc = desk.seals.seal(hexue, sid).engraving_document_id
    desk.approvals.approve(zhoumin, doc, "同意", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    assert desk.seals.seal(hexue, sid).status == "approved"
    with pytest.raises(Refused) as exc:  # the registry is kept by the office
        desk.seals.record_filing(as_user("huanglei"), sid, "x", date.today(), "y")
    assert "SEAL-01" in rules(exc)
    desk.seals.record_filing(zhoumin, sid, "公刻备〔2026〕99号", date.today(), "示范县公安局指定刻章社")
    with pytest.raises(Refused, match="口令错误"):
        desk.seals.enable(zhoumin, sid, custodian_id=as_user("wufang").staff_id, custodian_passphrase=PASS,
                          ca_passphrase="wrong-ca-pass", storage_place="财务室")
    desk.seals.enable(zhoumin, sid, custodian_id=as_user("wufang").staff_id, custodian_passphrase=PASS,
                      ca_passphrase=CA, storage_place="财务室")
    view = desk.seals.seal(hexue, sid)
    assert view.status == "enabled" and view.custodian == "吴芳" and view.cert_serial
    for target in ("suspended", "enabled", "replaced", "sealed_up", "cancelled"):
        desk.seals.set_status(zhoumin, sid, target, "测试")
    with pytest.raises(Refused) as exc:
        desk.seals.set_status(zhoumin, sid, "enabled")
    assert exc.value.problems


# Separation rules: try to break each -----------------------------------------------------------
def test_one_person_may_not_hold_all_seals_seal_17(desk, as_user):
    hexue, zhoumin = as_user("hexue"), as_user("zhoumin")
    seals = {v.kind: v for v in desk.seals.seals(hexue)}
    # Move every other seal to 何雪: refused at the latest when she would hold them all.
    moves = [("finance", "zhenglj"), ("section", "yangfan"), ("legal_rep", "chenjing")]
    with pytest.raises(Refused) as exc:
        for kind, owner in moves:
            desk.seals.handover(zhoumin, seals[kind].id, hexue.staff_id, from_passphrase=PASS, to_passphrase=PASS,
                                reason="试图集中保管")
    assert "SEAL-17" in rules(exc)
    holders = {v.custodian for v in desk.seals.seals(hexue) if v.kind != "cheque_book"}
    assert len(holders) > 1


def test_bank_reserved_seals_by_different_people_seal_17(desk, as_user):
    zhoumin = as_user("zhoumin")
    finance = seal_id(desk, zhoumin, "finance")
    with pytest.raises(Refused) as exc:  # 财务专用章 to the cashier, who holds the 法人名章
        desk.seals.handover(zhoumin, finance, as_user("chenjing").staff_id, from_passphrase=PASS, to_passphrase=PASS,
                            reason="会计休假")
    assert "custody.bank_reserved" in codes(exc)
    # A delegation is checked too: same refusal.
    with pytest.raises(Refused) as exc:
        desk.seals.delegate(zhoumin, finance, as_user("chenjing").staff_id, start=date.today(),
                            until=date.today() + timedelta(days=3), from_passphrase=PASS, to_passphrase=PASS,
                            reason="会计出差")
    assert "custody.bank_reserved" in codes(exc)
    assert desk.seals.seal(zhoumin, finance).custodian == "郑丽娟"


def test_cashier_not_cheque_book_and_finance_seal_seal_16(desk, as_user):
    zhoumin, chenjing = as_user("zhoumin"), as_user("chenjing")
    legal = seal_id(desk, zhoumin, "legal_rep")
    # Give the legal-representative seal away first, so only SEAL-16 stands in the way.
    desk.seals.handover(zhoumin, legal, as_user("wufang").staff_id, from_passphrase=PASS, to_passphrase=PASS,
                        reason="调整保管")
    finance = seal_id(desk, zhoumin, "finance")
    with pytest.raises(Refused) as exc:
        desk.seals.handover(zhoumin, finance, chenjing.staff_id, from_passphrase=PASS, to_passphrase=PASS,
                            reason="出纳兼管")
    assert codes(exc) == {"custody.cheque_finance"} and rules(exc) == {"SEAL-16"}
    # ⚙ SEAL-16: a bureau may turn this into a warning (P-000's override); then it passes and is audited.
    desk.presets.set_parameter(as_user("admin"), "seal_cheque_finance_block", "0")
    desk.seals.handover(zhoumin, finance, chenjing.staff_id, from_passphrase=PASS, to_passphrase=PASS, reason="出纳兼管")
    assert desk.seals.seal(zhoumin, finance).custodian == "陈静"
    assert "seal.custody_warning" in {e.action for e in desk.audit.recent(as_user("admin"), 20)}


def test_take_out_needs_approval_and_two_persons_seal_14(desk, as_user):
    """SEAL-14 (issue 12): the office requests, the director approves in the app, then the office
    records the take-out; two persons at least (tests/store/test_seal_takeout_app.py has more)."""
    zhoumin = as_user("zhoumin")
    sid = seal_id(desk, zhoumin, "administrative")
    with pytest.raises(Refused) as exc:
        desk.seals.request_take_out(zhoumin, sid, purpose="赴县政务中心办理业务", destination="县政务中心",
                                    out_on=date.today(), back_on=date.today(), persons=[as_user("hexue").staff_id])
    assert codes(exc) == {"takeout.persons"}
    doc = desk.seals.request_take_out(zhoumin, sid, purpose="办理业务", destination="县政务中心", out_on=date.today(),
                                      back_on=None, persons=[as_user("hexue").staff_id, as_user("zhoumin").staff_id])
    with pytest.raises(Refused) as exc:
        desk.seals.take_out(zhoumin, doc)
    assert "takeout.not_approved" in codes(exc)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    assert desk.seals.take_out(zhoumin, doc) > 0


# Using a seal: every refusal ----------------------------------------------------------------------
def test_use_refusals_seal_03_05_07_15(desk, as_user):
    hexue = as_user("hexue")
    admin_seal = seal_id(desk, hexue, "administrative")
    # Not approved yet (SEAL-05).
    doc = desk.seals.request_use(hexue, admin_seal, "关于开展专项检查的通知", recipient="各定点医药机构", copies=1,
                                 document_pdf=report_pdf("关于开展专项检查的通知"), passphrase=PASS)
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS)
    assert "use.not_approved" in codes(exc)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    # Not the custodian (SEAL-03): the office head, even with a right passphrase.
    with pytest.raises(Refused) as exc:
        desk.seals.apply(as_user("zhoumin"), doc, PASS)
    assert codes(exc) == {"use.not_custodian"}
    # The custodian must confirm reading the content (SEAL-08).
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS, read_confirmed=False)
    assert codes(exc) == {"use.read"}
    with pytest.raises(Refused, match="口令错误"):
        desk.seals.apply(hexue, doc, "wrong-passphrase")
    # Suspended (SEAL-12 → not enabled).
    desk.seals.set_status(as_user("zhoumin"), admin_seal, "suspended", "暂停使用")
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS)
    assert codes(exc) == {"use.not_enabled"}
    desk.seals.set_status(as_user("zhoumin"), admin_seal, "enabled", "恢复")
    desk.seals.apply(hexue, doc, PASS)
    with pytest.raises(Refused) as exc:  # twice
        desk.seals.apply(hexue, doc, PASS)
    assert "use.already" in codes(exc)


def test_blank_document_is_refused_seal_07(desk, as_user):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.showPage()
    c.save()
    with pytest.raises(Refused) as exc:
        desk.seals.request_use(as_user("hexue"), seal_id(desk, as_user("hexue"), "administrative"), "空白纸",
                               recipient="某单位", copies=1, document_pdf=buf.getvalue())
    assert codes(exc) == {"use.blank"} and rules(exc) == {"SEAL-07"}
    # A request made without the service's check (an old draft) is still refused at the seal.
    hexue = as_user("hexue")
    doc = desk.approvals.create_draft(hexue, "seal_use", "无附件的申请", purpose="某单位",
                                      payload={"seal_id": seal_id(desk, hexue, "administrative"), "copies": "1份"})
    desk.approvals.submit(hexue, doc, passphrase=PASS)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS)
    assert codes(exc) == {"use.blank"}


def test_lost_seal_refused_after_and_valid_before_with_crl_seal_15(desk, as_user, tmp_path):
    hexue, zhoumin = as_user("hexue"), as_user("zhoumin")
    sid = seal_id(desk, hexue, "administrative")
    before = approved_request(desk, as_user, sid, title="关于上报医保目录调整意见的函")
    earlier_pdf = desk.seals.sealed_document(hexue, desk.seals.apply(hexue, before, PASS).id)[1]
    later = approved_request(desk, as_user, sid, title="关于报送第四季度工作总结的报告")
    time.sleep(1.1)
    revoked_at = desk.seals.report_lost(zhoumin, sid, "11月24日发现印章柜被撬，行政公章丢失，已报警")
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, later, PASS)
    assert "use.void" in codes(exc) and "SEAL-15" in rules(exc)
    with pytest.raises(Refused):
        desk.seals.handover(zhoumin, sid, zhoumin.staff_id, from_passphrase=PASS, to_passphrase=PASS, reason="x")
    # The CRL file, signed by the bureau root, lists the seal's certificate with its revocation time.
    crl = desk.seals.crl(zhoumin, CA)
    roots = desk.sheets.root_pem()
    serial = desk.seals.seal(hexue, sid).cert_serial
    entries = pki.read_crl(crl, roots)
    assert entries[serial] == revoked_at
    with pytest.raises(Refused):
        desk.seals.crl(zhoumin, "wrong-ca")
    # Someone with the old key material "seals" after the loss: revoked. The earlier sheet stays valid.
    time.sleep(1.1)
    thief_key = pki.unlock(_seal_blob(desk, sid), PASS)
    latest = desk.sheets.latest_pdf(hexue, later)
    forged = sign_field(latest, SEAL_FIELD, thief_key, StampText("示范县医疗保障局行政公章", "", "", date.today()))
    root_file, crl_file = tmp_path / "root.pem", tmp_path / "bureau.crl"
    root_file.write_text("".join(roots), encoding="ascii")
    crl_file.write_text(crl, encoding="ascii")
    (tmp_path / "earlier.pdf").write_bytes(earlier_pdf)
    (tmp_path / "forged.pdf").write_bytes(forged)
    quiet = contextlib.redirect_stdout(io.StringIO())
    with quiet:  # outside the app: root + CRL files only
        assert main(["verify", str(tmp_path / "earlier.pdf"), "--root", str(root_file), "--crl", str(crl_file)]) == 0
        assert main(["verify", str(tmp_path / "forged.pdf"), "--root", str(root_file), "--crl", str(crl_file)]) == 1
    report = desk.seals.verify(forged)
    assert not report.ok and report.signatures[-1].revoked
    assert any("用印登记簿" in p for p in report.problems)  # and no register entry for it
    assert desk.seals.verify(earlier_pdf).ok
    good = desk.seals.verify(earlier_pdf, crl_pem=crl)
    assert good.ok and good.signatures[-1].revoked_at == revoked_at and not good.signatures[-1].revoked
    # A CRL from another root is refused.
    other = pki.create_root_ca("别县医疗保障局", "Other#2026")
    with pytest.raises(Refused):
        desk.seals.verify(earlier_pdf, crl_pem=pki.build_crl(other, "Other#2026", [], number=1))


# Custody: handover re-encryption and delegation ------------------------------------------------
def test_handover_re_encrypts_the_key_and_both_sign_seal_03(desk, as_user):
    zhoumin, hexue, liuyang = as_user("zhoumin"), as_user("hexue"), as_user("liuyang")
    sid = seal_id(desk, hexue, "party_group")
    with pytest.raises(Refused, match="口令错误"):
        desk.seals.handover(zhoumin, sid, liuyang.staff_id, from_passphrase="wrong-pass", to_passphrase=PASS,
                            reason="岗位调整")
    admin = as_user("admin")
    desk.sheets.enrol(admin, liuyang.staff_id, "Liu#Yang2026", CA)
    desk.seals.handover(zhoumin, sid, liuyang.staff_id, from_passphrase=PASS, to_passphrase="Liu#Yang2026",
                        reason="岗位调整")
    blob = _seal_blob(desk, sid)
    with pytest.raises(pki.PkiError):  # the old custodian's passphrase no longer opens it
        pki.unlock(blob, PASS)
    assert pki.unlock(blob, "Liu#Yang2026").cert.serial_number == int(desk.seals.seal(hexue, sid).cert_serial, 16)
    assert desk.seals.seal(hexue, sid).custodian == "刘洋"
    sheet = desk.seals.sheet_pdf(zhoumin, sid, "handover")
    report = desk.seals.verify(sheet)
    assert report.ok and [s.signer for s in report.signatures] == ["何雪", "刘洋"]


def test_delegation_ends_by_itself_seal_03(desk, as_user):
    zhoumin, hexue, zhoumin_id = as_user("zhoumin"), as_user("hexue"), as_user("zhoumin").staff_id
    sid = seal_id(desk, hexue, "administrative")
    today = date.today()
    desk.seals.delegate(zhoumin, sid, zhoumin_id, start=today, until=today + timedelta(days=2), from_passphrase=PASS,
                        to_passphrase=PASS, reason="何雪休假")
    assert desk.seals.seal(hexue, sid).custodian == "周敏"
    assert desk.seals.seal(hexue, sid, today=today + timedelta(days=2)).custodian == "周敏"
    assert desk.seals.seal(hexue, sid, today=today + timedelta(days=3)).custodian == "何雪"
    # During the period the delegate applies it and the delegator may not; afterwards it is back.
    doc = approved_request(desk, as_user, sid)
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS)
    assert codes(exc) == {"use.not_custodian"}
    with pytest.raises(Refused) as exc:
        desk.seals.apply(zhoumin, doc, PASS, today=today + timedelta(days=3))
    assert codes(exc) == {"use.not_custodian"}
    use = desk.seals.apply(zhoumin, doc, PASS)
    assert use.custodian == "周敏" and desk.seals.verify(desk.sheets.latest_pdf(hexue, doc)).ok
    assert use.witness == "何雪"  # the requester watched; the delegate sealed
    # The delegate's copy of the seal key signed the outgoing document: the same seal certificate.
    sealed = desk.seals.verify(desk.seals.sealed_document(zhoumin, use.id)[1])
    assert sealed.ok and sealed.signatures[-1].serial == desk.seals.seal(hexue, sid).cert_serial
    # The original key is untouched: 何雪's passphrase still opens it for when custody returns.
    assert pki.unlock(_seal_blob(desk, sid), PASS)


# Registers ----------------------------------------------------------------------------------------
def test_registers_pdf_and_excel_seal_08(desk, as_user, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    hexue = as_user("hexue")
    assert [r[1] for r in desk.seals.registry_rows(hexue, kind="finance")] == ["示范县医疗保障局财务专用章"]
    assert desk.seals.seals(hexue, custodian_id=as_user("chenjing").staff_id)
    book = load_workbook(io.BytesIO(desk.seals.register_xlsx(hexue, "uses")))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "用印登记簿" and rows[2][:3] == ("登记号", "用印时间", "印章")
    assert rows[2][-1] == "盖章文件SHA-256"
    use = next(u for u in desk.seals.uses(hexue) if u.document_title == "关于报送2026年医保基金运行情况的报告")
    assert any(r[0] == use.register_no and r[3] == use.document_title and r[8] == "王建国" and r[10] == "周敏"
               and r[11] == use.sealed_sha256 for r in rows[3:])  # SEAL-08: number and full SHA-256
    book = load_workbook(io.BytesIO(desk.seals.register_xlsx(hexue, "registry")))
    assert len(list(book.active.iter_rows(values_only=True))) == 3 + 6
    for which in ("registry", "uses"):
        pdf = desk.seals.register_pdf(hexue, which)
        assert pdf.startswith(b"%PDF")
    if db_url(desk):
        monkeypatch.setenv("BUREAU_DESK_PASSWORD", PASS)
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["seal", "register", "uses", "--user", "hexue", "--db", desk.url,
                         "--xlsx", str(tmp_path / "uses.xlsx")]) == 0
        assert (tmp_path / "uses.xlsx").stat().st_size > 1000


def _seal_blob(desk, sid: int) -> bytes:
    from sqlalchemy import text

    with desk.engine.connect() as conn:
        return bytes(conn.execute(text("SELECT key_p12 FROM seals WHERE id = :s"), {"s": sid}).scalar())


def _identity_blob(desk, username: str) -> bytes:
    from sqlalchemy import text

    staff_id = desk.act_as(username).staff_id
    with desk.engine.connect() as conn:
        return bytes(conn.execute(text("SELECT key_p12 FROM signing_identities WHERE staff_id = :s ORDER BY id DESC"),
                                  {"s": staff_id}).scalar())


def test_wrong_passphrase_leaves_no_request_behind_and_crl_counts_entries(desk, as_user):
    """A request refused for the submitter's passphrase creates no draft (and no engraving entry
    without its document); the document check gives the page count; publish_crl says how many."""
    hexue = as_user("hexue")
    seals_before, docs_before = len(desk.seals.seals(hexue)), len(desk.approvals.documents(hexue))
    official = seal_id(desk, hexue, "administrative")
    with pytest.raises(Refused) as exc:
        desk.seals.request_use(hexue, official, "函", recipient="县卫生健康局", copies=1, document_pdf=report_pdf(),
                               passphrase="wrong")
    assert rules(exc) == {"SEC-06"}
    with pytest.raises(Refused) as exc:
        desk.seals.request_engraving(hexue, "contract", "示范县医疗保障局合同专用章", "新设", passphrase="wrong")
    assert rules(exc) == {"SEC-06"}
    assert (len(desk.seals.seals(hexue)), len(desk.approvals.documents(hexue))) == (seals_before, docs_before)
    assert desk.seals.check_use_document(report_pdf()) == 1
    with pytest.raises(Refused) as exc:
        desk.seals.check_use_document(b"")
    assert codes(exc) == {"use.document"}
    zhoumin = as_user("zhoumin")
    first = desk.seals.publish_crl(zhoumin, CA)
    desk.seals.report_lost(zhoumin, official, "遗失")
    second = desk.seals.publish_crl(zhoumin, CA)
    assert second.number == first.number + 1 and second.entries == first.entries + 1
    assert desk.seals.latest_crl() == second.pem
