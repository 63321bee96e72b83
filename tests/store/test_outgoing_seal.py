"""The seal on the outgoing document (SEAL-05/07/08, issue 9 item 1): the report that leaves the
bureau carries the seal's PAdES signature with the impression, locked, verified by pyHanko and by
poppler's pdfsig trusting only the bureau root; earlier signatures in it stay valid; a 骑缝章 on
every page; encrypted, locked and damaged files refused with the reason; the 用印登记簿 entry
(register number, SHA-256, 文号, 监印人, placement); the request sheet signed by the custodian
printing that entry; ``desktop seal export``."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import subprocess
from datetime import date

import pytest

from desktop.cli import main
from desktop.documents import pki
from desktop.documents.outgoing_seal import Placement, inspect_outgoing, text_lines
from desktop.documents.pdf_content import render_text_document
from desktop.services.base import Refused

PASS = "Demo#2026"


def nss_trusting(root_pem: str, folder) -> str:
    """An NSS database holding only the bureau root, made by running the README's commands (C,C,C)."""
    from test_independent_trust import nss_with  # tests/store is on sys.path (pytest's prepend mode)

    return nss_with(root_pem, folder)


def pdfsig(path, db: str) -> list[str]:
    out = subprocess.run(["pdfsig", "-nssdir", db, str(path)], capture_output=True, text=True).stdout
    return [line.split(":", 1)[1].strip() for line in out.splitlines() if "Validation:" in line]


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def admin_seal(desk, user) -> int:
    return next(v.id for v in desk.seals.seals(user) if v.kind == "administrative")


def request(desk, as_user, pdf: bytes, *, title="关于商请协助开展医保政策宣传的函", document_no="示医保函〔2026〕7号",
            witness=None) -> int:
    doc = desk.seals.request_use(as_user("hexue"), admin_seal(desk, as_user("hexue")), title, recipient="县卫生健康局",
                                 copies=2, purpose="政策宣传", document_pdf=pdf, filename="函.pdf",
                                 document_no=document_no, witness_id=witness, passphrase=PASS)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意用印", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意签发", passphrase=PASS)
    return doc


def letter(title="关于商请协助开展医保政策宣传的函") -> bytes:
    return render_text_document("示范县医疗保障局", title, ["县卫生健康局：", "为做好医保政策宣传，特商请协助。"],
                                date(2026, 11, 30))


def three_pages() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.documents.fonts import register_cjk_font

    font = register_cjk_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(3):
        c.setFont(font, 12)
        c.drawString(70, 760, f"关于医保基金专项检查情况的报告（第{i + 1}页）")
        if i == 2:
            c.drawString(380, 260, "示范县医疗保障局")
            c.drawString(390, 240, "2026年11月30日")
        c.showPage()
    c.save()
    return buf.getvalue()


def use_of(desk, user, doc_id: int):
    return next(u for u in desk.seals.uses(user) if u.document_id == doc_id)


def _identity(desk, username: str) -> pki.Unlocked:
    from sqlalchemy import text

    staff_id = desk.act_as(username).staff_id
    with desk.engine.connect() as conn:
        blob = conn.execute(text("SELECT key_p12 FROM signing_identities WHERE staff_id = :s ORDER BY id DESC"),
                            {"s": staff_id}).scalar()
    return pki.unlock(bytes(blob), PASS)


# The demo: a sealed outgoing report ---------------------------------------------------------------
def test_demo_report_is_sealed_locked_and_trusted_by_pyhanko_and_pdfsig_seal_05_seal_08(desk, as_user, tmp_path):
    """SEAL-05/08: the demo's report to the county finance bureau carries the 行政公章's signature
    (a certification, no changes allowed) over its date; pdfsig with only the bureau root trusts it."""
    hexue = as_user("hexue")
    use = next(u for u in desk.seals.uses(hexue) if u.document_title == "关于报送2026年医保基金运行情况的报告")
    assert re.fullmatch(r"用印\d{4}-\d{4}", use.register_no)
    assert (use.document_no, use.witness, use.custodian, use.approver) == ("示医保〔2026〕45号", "周敏", "何雪", "王建国")
    name, sealed = desk.seals.sealed_document(hexue, use.id)
    assert name.endswith("（已盖章）.pdf") and hashlib.sha256(sealed).hexdigest() == use.sealed_sha256
    report = desk.seals.verify(sealed)
    assert report.ok, report.problems
    (seal,) = report.signatures
    assert seal.is_seal and seal.signer == "示范县医疗保障局行政公章" and seal.certification
    assert seal.allows_after == "none" and seal.covers_whole_file
    assert Placement.parse(use.placement).page == 0  # the last (only) page, over its date line
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    assert pdfsig(path, nss_trusting("".join(desk.sheets.root_pem()), tmp_path)) == [
        "Signature is Valid.", "Certificate is Trusted."]
    # The file a recipient gets, checked against the bare root (no database): intact and trusted.
    from desktop.services.seal_use import verify_with_registry

    assert verify_with_registry(None, sealed, desk.sheets.root_pem()).ok


def test_request_sheet_signed_by_the_custodian_prints_the_register_entry_seal_08(desk, as_user, tmp_path):
    """SEAL-08: the request sheet's last (locking) field is signed by 何雪 herself, and its
    appearance prints register number, time, reason, 文号, 监印人, custodian and the full SHA-256."""
    hexue = as_user("hexue")
    use = next(u for u in desk.seals.uses(hexue) if u.document_title == "关于报送2026年医保基金运行情况的报告")
    sheet = desk.sheets.latest_pdf(hexue, use.document_id)
    assert hashlib.sha256(sheet).hexdigest() == use.request_sha256
    report = desk.seals.verify(sheet)
    assert report.ok, report.problems
    assert [s.signer for s in report.signatures] == ["何雪", "周敏", "王建国", "何雪"]
    last = report.signatures[-1]
    assert not last.is_seal and last.allows_after == "none"
    text = pdftotext(sheet, tmp_path)
    flat = re.sub(r"\s+", "", text)
    for expected in (f"登记号：{use.register_no}", "事由：报送年度基金运行情况", "文号：示医保〔2026〕45号", "监印人：周敏",
                     "用印人：何雪", use.sealed_sha256[:32], use.sealed_sha256[32:]):
        assert expected in flat, expected
    assert re.search(r"用印时间：\d{4}-\d{2}-\d{2}\d{2}:\d{2}", flat)


# Sealing: placement, earlier signatures, the paging seal --------------------------------------------
def test_default_placement_is_over_the_last_date_of_the_last_page_seal_05():
    pdf = three_pages()
    facts = inspect_outgoing(pdf)
    assert facts.pages == 3 and facts.date_found
    assert facts.default.page == 2
    assert 380 < facts.default.x < 500 and 240 < facts.default.y < 320  # centred on 2026年11月30日, a little above
    from pyhanko.pdf_utils.reader import PdfFileReader

    page = PdfFileReader(io.BytesIO(pdf)).find_page_for_modification(2)[0].get_object()
    assert ("2026年11月30日" in [t for _x, _y, t, _s in text_lines(page)])


def test_pre_signed_attachment_keeps_its_signature_valid_seal_07(desk, as_user, tmp_path):
    """SEAL-07: a report the director already signed (an approval signature) is sealed as an
    incremental update: his signature stays intact and trusted, the seal locks the file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec

    from desktop.documents.signing import _signer

    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="局长签发", md_algorithm="sha256"),
                      _signer(_identity(desk, "wangjianguo")),
                      new_field_spec=SigFieldSpec("局长签发", box=(70, 90, 230, 130))).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(letter())), output=out)
    hexue = as_user("hexue")
    doc = request(desk, as_user, out.getvalue())
    use = desk.seals.apply(hexue, doc, PASS)
    _name, sealed = desk.seals.sealed_document(hexue, use.id)
    report = desk.seals.verify(sealed)
    assert report.ok, report.problems
    assert [s.signer for s in report.signatures] == ["王建国", "示范县医疗保障局行政公章"]
    assert all(s.intact and s.trusted and s.changes_permitted for s in report.signatures)
    assert not report.signatures[-1].certification and report.signatures[-1].allows_after == "none"
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    assert pdfsig(path, nss_trusting("".join(desk.sheets.root_pem()), tmp_path)) == [
        "Signature is Valid.", "Certificate is Trusted."] * 2
    # A 骑缝章 would change every page under the director's signature: refused, with the reason.
    doc2 = request(desk, as_user, out.getvalue(), title="关于商请协助的函（二）")
    facts = desk.seals.use_document_facts(hexue, doc2)
    with pytest.raises(Refused, match="原有签名失效"):
        desk.seals.apply(hexue, doc2, PASS, placement=Placement(0, facts.default.x, facts.default.y, riding=True))


def test_riding_seal_across_three_pages_seal_05(desk, as_user, tmp_path):
    """SEAL-05: the 骑缝章 option draws one slice of the seal at the right edge of each of the 3
    pages, under the one seal signature, which pdfsig and pyHanko accept."""
    from PIL import Image

    hexue = as_user("hexue")
    doc = request(desk, as_user, three_pages(), title="关于医保基金专项检查情况的报告")
    facts = desk.seals.use_document_facts(hexue, doc)
    use = desk.seals.apply(hexue, doc, PASS,
                           placement=Placement(facts.default.page, facts.default.x, facts.default.y, riding=True))
    assert use.placement.endswith(";riding")
    _name, sealed = desk.seals.sealed_document(hexue, use.id)
    report = desk.seals.verify(sealed)
    assert report.ok and len(report.signatures) == 1 and report.signatures[0].allows_after == "none"
    path = tmp_path / "riding.pdf"
    path.write_bytes(sealed)
    assert pdfsig(path, nss_trusting("".join(desk.sheets.root_pem()), tmp_path)) == [
        "Signature is Valid.", "Certificate is Trusted."]
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == 3
    for png in pngs:  # red ink in the right-edge strip, around mid-height, on every page
        im = Image.open(png).convert("RGB")
        w, h = im.size
        red = sum(1 for x in range(w - 12, w) for y in range(h // 2 - 40, h // 2 + 40)
                  if (lambda p: p[0] > 150 and p[1] < 90 and p[2] < 90)(im.getpixel((x, y))))
        assert red > 5, png.name
    # And nothing red there on the unsealed original.
    (tmp_path / "orig.pdf").write_bytes(three_pages())
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(tmp_path / "orig.pdf"),
                    str(tmp_path / "o")], check=True)
    im = Image.open(next(tmp_path.glob("o-*.png"))).convert("RGB")
    w, h = im.size
    assert not any(im.getpixel((x, y))[1] < 90 for x in range(w - 12, w) for y in range(h // 2 - 40, h // 2 + 40))


# Refusals -------------------------------------------------------------------------------------------
def _encrypted() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt="secret")
    c.drawString(100, 700, "confidential report 2026-11-30")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_encrypted_locked_and_damaged_files_are_refused_at_request_seal_07(desk, as_user):
    """SEAL-07: each refused with its reason in Chinese when the request is made."""
    hexue = as_user("hexue")
    sealed = desk.seals.sealed_document(hexue, next(u.id for u in desk.seals.uses(hexue) if u.document_id))[1]
    cases = {"加密": _encrypted(), "锁定": sealed, "损坏": letter()[:3000], "不是PDF": b"GIF89a" + b"\x00" * 100}
    for reason, pdf in cases.items():
        with pytest.raises(Refused) as exc:
            desk.seals.request_use(hexue, admin_seal(desk, hexue), "函", recipient="县卫生健康局", copies=1,
                                   document_pdf=pdf, passphrase=PASS)
        assert {p.code for p in exc.value.problems} == {"use.document"}, reason
        assert reason in exc.value.problems[0].text, (reason, exc.value.problems[0].text)


def test_a_locked_attachment_is_refused_at_the_seal_too_seal_07(desk, as_user):
    """SEAL-07: a request whose attachment came in without the request-time check (an older
    draft) is refused when the seal is applied, and nothing is registered."""
    from sqlalchemy import text

    hexue = as_user("hexue")
    locked = desk.seals.sealed_document(hexue, next(u.id for u in desk.seals.uses(hexue) if u.document_id))[1]
    sha = hashlib.sha256(locked).hexdigest()
    doc = desk.approvals.create_draft(hexue, "seal_use", "旧草稿的用印申请", purpose="县财政局", payload={
        "seal_id": admin_seal(desk, hexue), "copies": "1份", "copies_n": 1, "document_sha256": sha})
    with desk.engine.begin() as conn:
        conn.execute(text("INSERT INTO seal_files (document_id, purpose, filename, sha256, content, created_at) "
                          "VALUES (:d, 'attachment', 'old.pdf', :s, :c, CURRENT_TIMESTAMP)"),
                     {"d": doc, "s": sha, "c": locked})
    desk.approvals.submit(hexue, doc, passphrase=PASS)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    before = len(desk.seals.uses(hexue))
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, doc, PASS)
    assert {p.code for p in exc.value.problems} == {"use.document"}
    assert "锁定" in exc.value.problems[0].text
    assert len(desk.seals.uses(hexue)) == before


# The register ---------------------------------------------------------------------------------------
def test_register_entry_numbers_witness_and_placement_seal_08(desk, as_user):
    """SEAL-08: consecutive register numbers per year; the 监印人 is never the custodian; the
    chosen page and place are recorded; the sealed file's and the sheet's SHA-256 are kept."""
    hexue, liuyang = as_user("hexue"), as_user("liuyang")
    first = request(desk, as_user, letter("关于报送统计数据的函"), title="关于报送统计数据的函")
    with pytest.raises(Refused) as exc:
        desk.seals.apply(hexue, first, PASS, witness_id=hexue.staff_id)
    assert {p.code for p in exc.value.problems} == {"use.witness"} and "本人" in exc.value.problems[0].text
    a = desk.seals.apply(hexue, first, PASS, witness_id=liuyang.staff_id,
                         placement=Placement(0, 300.0, 400.0))
    second = request(desk, as_user, letter("关于报送统计数据的函（二）"), title="关于报送统计数据的函（二）",
                     witness=as_user("wufang").staff_id)
    b = desk.seals.apply(hexue, second, PASS)
    year = date.today().year
    na, nb = (int(u.register_no.rsplit("-", 1)[1]) for u in (a, b))
    assert a.register_no.startswith(f"用印{year}-") and nb == na + 1
    assert (a.witness, b.witness) == ("刘洋", "吴芳")  # named at the seal; proposed in the request
    assert a.placement == "page=1;x=300.0;y=400.0" and a.document_no == "示医保函〔2026〕7号"
    assert a.reason == "政策宣传"
    assert a.sealed_sha256 == hashlib.sha256(desk.seals.sealed_document(hexue, a.id)[1]).hexdigest()
    assert a.request_sha256 == hashlib.sha256(desk.sheets.latest_pdf(hexue, first)).hexdigest()
    rows = desk.seals.use_rows(hexue)
    row = next(r for r in rows if r[0] == a.register_no)
    assert row[4] == "示医保函〔2026〕7号" and row[10] == "刘洋" and row[11] == a.sealed_sha256


def test_a_seal_signature_not_in_the_register_is_reported_seal_08(desk, as_user):
    """SEAL-08: the seal's key used outside the app (no register entry) is caught with a database."""
    from sqlalchemy import text

    from desktop.documents.outgoing_seal import Impression, seal_outgoing

    hexue = as_user("hexue")
    with desk.engine.connect() as conn:
        blob = conn.execute(text("SELECT key_p12 FROM seals WHERE id = :s"), {"s": admin_seal(desk, hexue)}).scalar()
    key = pki.unlock(bytes(blob), PASS)
    pdf = letter("私自用印的函")
    forged = seal_outgoing(pdf, key, Impression("round", "示范县医疗保障局", ""), inspect_outgoing(pdf).default,
                           reason="私自用印")
    report = desk.seals.verify(forged)
    assert not report.ok and any("用印登记簿" in p for p in report.problems)


def test_export_cli_is_permission_checked_and_audited_seal_08(desk, as_user, tmp_path, monkeypatch):
    """``desktop seal export USE_ID``: the sealed document for those who may read the entry; a
    section clerk with nothing to do with it is refused; the read is in the audit trail."""
    if "***" in desk.url:
        pytest.skip("the command line needs the database URL")
    hexue = as_user("hexue")
    use = next(u for u in desk.seals.uses(hexue) if u.document_title == "关于报送2026年医保基金运行情况的报告")
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", PASS)
    out = tmp_path / "sealed.pdf"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["seal", "export", str(use.id), "--user", "hexue", "--db", desk.url, "--out", str(out)]) == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == use.sealed_sha256
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        assert main(["seal", "export", str(use.id), "--user", "huanglei", "--db", desk.url,
                     "--out", str(tmp_path / "no.pdf")]) == 2
    assert "SEC-03" in err.getvalue() and not (tmp_path / "no.pdf").exists()
    from sqlalchemy import text

    with desk.engine.connect() as conn:
        reads = conn.execute(text("SELECT after_json FROM audit_entries WHERE action = 'seal.use.read'")).scalars().all()
    assert any(f'"use": {use.id}' in (r or "") or f'"use":{use.id}' in (r or "") for r in reads)


def test_gallery_has_the_sealed_report_and_the_custodians_request_sheet_seal_05_seal_08(templates, tmp_path):
    """`desktop gallery`: seal_use.pdf complete (the custodian's register entry in its last field)
    and seal_use_outgoing.pdf, the sealed report, both verifying."""
    from desktop.services.demo import DEMO_ADMIN_PASSWORD, DEMO_PASSWORD
    from desktop.services.desk import Desk

    desk = Desk.open(templates.new_url("sqlite", demo=True))
    try:
        paths = {p.name: p for p in desk.sheets.gallery(
            tmp_path, lambda u: DEMO_ADMIN_PASSWORD if u == "admin" else DEMO_PASSWORD)}
        assert {"seal_use.pdf", "seal_use_outgoing.pdf"} <= set(paths)
        sheet = desk.seals.verify(paths["seal_use.pdf"].read_bytes(), crl_pem=None)
        assert sheet.signatures[-1].signer == "何雪" and sheet.signatures[-1].allows_after == "none"
        assert all(s.intact and s.trusted for s in sheet.signatures)
        outgoing = desk.seals.verify(paths["seal_use_outgoing.pdf"].read_bytes())
        assert outgoing.ok and outgoing.signatures[0].is_seal
        flat = re.sub(r"\s+", "", pdftotext(paths["seal_use.pdf"].read_bytes(), tmp_path))
        assert "登记号：用印" in flat and "监印人：周敏" in flat
    finally:
        desk.close()


def test_migration_0006_numbers_earlier_uses_and_the_counter_continues_seal_08(demo_url):
    """SEAL-08: a database from before 0006 gets register numbers for its uses in the order they
    were made, each year from 0001, keeps the sheet's hash as the request's, and new numbers follow."""
    from alembic import command
    from sqlalchemy import inspect, text

    from desktop.persistence.database import alembic_config, make_engine
    from desktop.services.desk import Desk

    engine = make_engine(demo_url)
    command.downgrade(alembic_config(engine), "0005_backups")
    with engine.begin() as conn:
        assert "register_no" not in {c["name"] for c in inspect(conn).get_columns("seal_uses")}
        before = conn.execute(text("SELECT id, sealed_sha256 FROM seal_uses ORDER BY used_at, id")).all()
    engine.dispose()
    desk = Desk.open(demo_url)  # migrates, then records the audit baseline (the seals' state gained columns)
    try:
        with desk.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, register_no, request_sha256, used_at FROM seal_uses "
                                     "ORDER BY used_at, id")).all()
        year = str(rows[0].used_at)[:4]
        assert [r.register_no for r in rows] == [f"用印{year}-{n:04d}" for n in range(1, len(rows) + 1)]
        assert [r.request_sha256 for r in rows] == [sha for _id, sha in before]
        hexue = desk.act_as("hexue")
        doc = request(desk, lambda name: desk.act_as(name), letter("迁移后的第一份函"), title="迁移后的第一份函")
        use = desk.seals.apply(hexue, doc, PASS)
        assert use.register_no == f"用印{year}-{len(rows) + 1:04d}"
    finally:
        desk.close()
