"""``desktop verify`` tells complete from incomplete (issue 9, item 2): every declared signature field
left empty is named with its step and position (from the field's /TU, so the PDF alone says it);
a copy cut back to an earlier %%EOF is incomplete without a database and superseded with one (never
exit 0); the locking signature says nothing may follow it; a digest mismatch is reported alone.

Rule IDs: IC-01 (every approval level signed), SEC-01 (nothing changes unnoticed), SEAL-08 (the
sealed request, locked once sealed)."""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date

import pytest

from desktop.cli import main
from desktop.documents.pdf_content import render_text_document
from desktop.documents.verify import verify_pdf
from desktop.domain.positions import position_label

PASS = "Demo#2026"
# Three-step chains as preset P-001 has them (the demo's P-000 has two steps for both kinds). The
# 记账凭证 is an A5 slip: with three steps it prints on A4 (render_sheet), which this also proves.
THREE_STEPS = {
    "expense_claim": ("huanglei", "政策宣传材料印刷费", {"attachments": 2}, ("yangfan", "wufang", "zhaozhg"),
                      [("section_head", "section_head", "科室负责人签字", "first_review", "department"),
                       ("finance_head", "finance_head", "财务科审核", "review", "bureau"),
                       ("finance_leader", "finance_leader", "主管财务领导审批", "signoff", "bureau")]),
    "voucher": ("zhenglj", "支付医保政策宣传材料印刷费", {"attachments": 2, "debit": "行政运行—印刷费",
                                                   "credit": "零余额账户用款额度"}, ("wufang", "zhaozhg", "wangjianguo"),
                [("finance_head", "finance_head", "财务负责人复核", "recheck", "bureau"),
                 ("finance_leader", "finance_leader", "主管财务领导审核", "review", "bureau"),
                 ("director", "director", "主要负责人审批", "signoff", "bureau")]),
}


def cut_backs(pdf: bytes) -> list[bytes]:
    """The file cut back to each earlier revision (its %%EOF and line end), oldest first."""
    ends = [m.end() for m in re.finditer(rb"%%EOF\r?\n?", pdf)]
    return [pdf[:end] for end in ends[:-1]]


def cli(*argv: str) -> tuple[int, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(list(argv))
    return code, stdout.getvalue() + stderr.getvalue()


def db_url(desk) -> str | None:  # noqa: ANN001
    return None if "***" in desk.url else desk.url


def roots(desk, tmp_path):  # noqa: ANN001, ANN201
    pem = "".join(desk.sheets.root_pem())
    path = tmp_path / "bureau-root.pem"
    path.write_text(pem, encoding="ascii")
    return [pem], str(path)


def three_step_document(desk, as_user, kind: str) -> tuple[int, bytes, str, list]:  # noqa: ANN001
    """A 报销单 or 记账凭证 through a three-step chain, fully signed: (id, pdf, submitter, steps)."""
    submitter, title, payload, signers, steps = THREE_STEPS[kind]
    admin = as_user("admin")
    chain = desk.presets.preset(admin).chain(kind).to_dict()
    chain["steps"] = [{"key": k, "position": p, "label": label, "level": level, "scope": scope}
                      for k, p, label, level, scope in steps]
    desk.presets.set_chain(admin, kind, chain)
    handler = as_user(submitter)
    if kind == "voucher":  # a voucher is made in the books (its lines), then reviewed through the chain
        doc = desk.books.voucher(handler, voucher_made(desk, handler, title)).document_id
    else:
        doc = desk.approvals.create_draft(handler, kind, title, purpose="医保政策宣传", amount="1260.00",
                                          payload=payload)
    desk.approvals.submit(handler, doc, passphrase=PASS)
    for who in signers:
        desk.approvals.approve(as_user(who), doc, "同意", passphrase=PASS)
    return doc, desk.sheets.latest_pdf(handler, doc), submitter, steps


def voucher_made(desk, accountant, summary: str) -> int:  # noqa: ANN001
    """A 1 260.00 payment voucher (both sides, on the demo's sub-accounts), not yet submitted."""
    from desktop.domain.finance.vouchers import LineInput
    from desktop.domain.money import parse_amount

    amount = parse_amount("1260.00")
    return desk.books.make_voucher(accountant, date.today(), [
        LineInput("510101", summary, amount, economic_class="30202"), LineInput("1011", summary, credit=amount),
        LineInput("710101", summary, amount, economic_class="30202"), LineInput("800101", summary, credit=amount)],
        summary=summary, attachments=2)


def sealed_request(desk, as_user) -> bytes:  # noqa: ANN001
    """A seal use request approved and sealed through the seal service (whatever apply signs)."""
    hexue = as_user("hexue")
    seal = next(v.id for v in desk.seals.seals(hexue) if v.kind == "administrative")
    title = "关于报送医保基金监管工作总结的报告"
    pdf = render_text_document("示范县医疗保障局", title, ["县财政局：", "现将本年度医保基金监管工作总结报送如下。"],
                               date.today())
    doc = desk.seals.request_use(hexue, seal, title, recipient="县财政局", copies=2, purpose="报送",
                                 document_pdf=pdf, filename="总结.pdf", passphrase=PASS)
    desk.approvals.approve(as_user("zhoumin"), doc, "同意用印", passphrase=PASS)
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意", passphrase=PASS)
    desk.seals.apply(hexue, doc, PASS)
    return desk.sheets.latest_pdf(hexue, doc)


@pytest.mark.parametrize("kind", sorted(THREE_STEPS))
def test_three_step_sheet_names_each_missing_step_and_cut_copies_never_pass_ic01_sec01(desk, as_user, tmp_path, kind):
    """IC-01, SEC-01: the fully signed 报销单 / 记账凭证 is complete (exit 0); each copy cut back to an earlier %%EOF
    lists the unsigned steps as 第N步 label（position）未签 and exits 3 without a database; with
    --db it is the stored sheet's earlier version (superseded, exit 3, the stored signature count);
    the copy before any signature is broken (exit 1)."""
    doc, full, submitter, chain_steps = three_step_document(desk, as_user, kind)
    pems, root = roots(desk, tmp_path)
    report = verify_pdf(full, pems)
    assert report.verdict == "complete" and len(report.signatures) == 4 and not report.empty_fields
    if kind == "voucher":  # the A5 slip has no room for three steps: it printed on A4 portrait
        from io import BytesIO

        from pyhanko.pdf_utils.reader import PdfFileReader

        box = [float(v) for v in PdfFileReader(BytesIO(full)).root["/Pages"]["/Kids"][0]["/MediaBox"]]
        assert round(box[2]) == 595 and round(box[3]) == 842
    steps = [f"第{i}步 {label}（{position_label(p)}）" for i, (_, p, label, _, _) in enumerate(chain_steps, 1)]
    serial = desk.approvals.document(as_user(submitter), doc).serial
    full_path = tmp_path / "claim.pdf"
    full_path.write_bytes(full)
    assert cli("verify", str(full_path), "--root", root)[0] == 0

    cuts = cut_backs(full)
    assert len(cuts) == 4  # rendered, certified, step 1, step 2 (the last revision is the full file)
    for signed, data in enumerate(cuts):
        path = tmp_path / f"cut{signed}.pdf"
        path.write_bytes(data)
        code, text = cli("verify", str(path), "--root", root)
        if signed == 0:  # before certification: no signature, no field
            assert code == 1 and "文件中没有数字签名" in text
            continue
        missing = steps[signed - 1:]
        assert code == 3, text
        for step in missing:
            assert f"{step}未签" in text
        assert [f.description for f in verify_pdf(data, pems).empty_fields] == missing
        if db_url(desk):
            code, text = cli("verify", str(path), "--db", desk.url)
            assert code == 3 and f"这是审批单 {serial} 的较早版本：库中版本已有4个签名" in text, text
            assert "SUPERSEDED" in text
    if db_url(desk):  # the stored latest version itself is complete
        assert cli("verify", str(full_path), "--db", desk.url)[0] == 0


def test_sealed_request_cut_back_is_incomplete_or_superseded_and_says_it_locks_seal_08_sec01(desk, as_user, tmp_path):
    """SEAL-08, SEC-01: the sealed request verifies complete; its last signature locks the document and
    the report says no changes are allowed after it. Cut back before the last signature it exits 3:
    the field signed last is listed empty (without --db) and it is superseded (with --db)."""
    sealed = sealed_request(desk, as_user)
    pems, root = roots(desk, tmp_path)
    report = verify_pdf(sealed, pems)
    assert report.verdict == "complete", report.to_dict()
    last = report.signatures[-1]
    assert last.locks and last.allows_after == "none"
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    code, text = cli("verify", str(path), "--root", root)
    assert code == 0 and "after it: NO changes allowed (locks the document)" in text
    assert "later changes permitted" not in text

    earlier = cut_backs(sealed)[-1]
    cut = verify_pdf(earlier, pems)
    assert len(cut.signatures) == len(report.signatures) - 1
    assert last.field in {f.name for f in cut.empty_fields} and cut.verdict == "incomplete"
    cut_path = tmp_path / "sealed-cut.pdf"
    cut_path.write_bytes(earlier)
    code, text = cli("verify", str(cut_path), "--root", root)
    assert code == 3 and "未签" in text
    if db_url(desk):
        code, text = cli("verify", str(cut_path), "--db", desk.url)
        assert code == 3 and "的较早版本：库中版本已有" in text, text


def test_digest_mismatch_is_reported_alone_sec01(desk, as_user, tmp_path):
    """SEC-01: a byte changed inside the signed ranges: every signature says 签名后内容被改动 and
    nothing else (its certificate still chains to the bureau root); verdict broken, exit 1."""
    pdf = desk.sheets.latest_pdf(as_user("hexue"), next(u.document_id for u in desk.seals.uses(as_user("hexue"))
                                                      if u.document_id))
    pems, root = roots(desk, tmp_path)
    at = pdf.index(b"/Producer") + 12
    tampered = pdf[:at] + (b"X" if pdf[at:at + 1] != b"X" else b"Y") + pdf[at + 1:]
    report = verify_pdf(tampered, pems)
    assert report.verdict == "broken"
    assert all(s.problems == ("签名后内容被改动",) and s.trusted and not s.intact for s in report.signatures)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(tampered)
    code, text = cli("verify", str(path), "--root", root)
    assert code == 1 and "签名后内容被改动" in text and "不是本局根证书签发" not in text
    # A root that is not the bureau's: untrusted, and said so.
    foreign = verify_pdf(pdf, [])
    assert foreign.verdict == "broken" and all("签名证书不是本局根证书签发，或已过期" in s.problems
                                               for s in foreign.signatures)


def test_many_files_in_one_process_and_json_verdicts_sec01(desk, as_user, tmp_path):
    """SEC-01: a folder or several files: one line per file and the worst exit code (0 < 3 < 1 < 2);
    --json gives each file's verdict and its empty fields."""
    hexue = as_user("hexue")
    sealed = desk.sheets.latest_pdf(hexue, next(u.document_id for u in desk.seals.uses(hexue) if u.document_id))
    pems, root = roots(desk, tmp_path)
    folder = tmp_path / "stack"
    folder.mkdir()
    (folder / "a-complete.pdf").write_bytes(sealed)
    (folder / "b-incomplete.pdf").write_bytes(cut_backs(sealed)[-1])
    code, text = cli("verify", str(folder / "a-complete.pdf"), str(folder / "b-incomplete.pdf"), "--root", root)
    lines = text.splitlines()
    assert code == 3 and len(lines) == 2
    assert "a-complete.pdf: complete (" in lines[0]
    assert ": incomplete (" in lines[1] and "未签" in lines[1]
    at = sealed.index(b"/Producer") + 12
    (folder / "c-broken.pdf").write_bytes(sealed[:at] + b"#" + sealed[at + 1:])
    code, text = cli("verify", str(folder), "--root", root)
    assert code == 1 and len(text.splitlines()) == 3 and ": broken (" in text.splitlines()[2]
    (folder / "d-not-a-pdf.pdf").write_bytes(b"hello")
    code, text = cli("verify", str(folder), "--root", root)
    assert code == 2 and "不是PDF文件" in text.splitlines()[3]

    code, text = cli("verify", str(folder / "b-incomplete.pdf"), "--root", root, "--json")
    single = json.loads(text)
    assert code == 3 and single["verdict"] == "incomplete" and single["empty_fields"]
    assert {"field", "step", "label", "description"} <= set(single["empty_fields"][0])
    code, text = cli("verify", str(folder / "a-complete.pdf"), str(folder / "c-broken.pdf"), "--root", root, "--json")
    assert code == 1 and [r["verdict"] for r in json.loads(text)] == ["complete", "broken"]


def test_pyhanko_network_clients_stay_out_until_used_sec01():
    """Item 3: verification keeps pyHanko's aiohttp clients out of the process (stand-ins), and anything
    that does ask for one still gets the real class (the stand-ins give way on first use)."""
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", """
import sys
from desktop.documents.verify import _offline_pyhanko
_offline_pyhanko()
import pyhanko.sign.validation
print("before", "aiohttp" in sys.modules)
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.validation.ades import AIOHttpFetcherBackend
print("after", type(HTTPTimeStamper("http://127.0.0.1:9/")).__name__, type(AIOHttpFetcherBackend()).__name__)
"""], capture_output=True, text=True, timeout=120)
    assert child.stdout.split() == ["before", "False", "after", "HTTPTimeStamper", "AIOHttpFetcherBackend"], child.stderr


def test_the_demo_sealed_request_and_its_sealed_report_cut_back_never_pass_seal_08_sec01(desk, as_user, tmp_path):
    """SEAL-08, SEC-01: the demo's own sealed 用印申请单 and the report it sealed, each cut back to every
    earlier %%EOF: never exit 0 without a database (incomplete 3, or broken 1 before any signature),
    and with --db the request's cut copies are the stored sheet's earlier versions (3)."""
    hexue = as_user("hexue")
    use = next(u for u in desk.seals.uses(hexue) if u.document_title == "关于报送2026年医保基金运行情况的报告")
    request = desk.sheets.latest_pdf(hexue, use.document_id)
    _name, report_pdf = desk.seals.sealed_document(hexue, use.id)
    _pems, root = roots(desk, tmp_path)
    for which, pdf in (("request", request), ("report", report_pdf)):
        full = tmp_path / f"{which}.pdf"
        full.write_bytes(pdf)
        assert cli("verify", str(full), "--root", root)[0] == 0
        cuts = cut_backs(pdf)
        assert cuts, which
        for n, data in enumerate(cuts):
            path = tmp_path / f"{which}-cut{n}.pdf"
            path.write_bytes(data)
            code, text = cli("verify", str(path), "--root", root)
            assert code in (1, 3), (which, n, text)
            if which == "request" and n > 0 and db_url(desk):
                code, text = cli("verify", str(path), "--db", desk.url)
                assert code == 3 and "的较早版本" in text, text
