"""Sheet benchmarks: render one sheet, each signature, verify per signature (medians), and the status
quo side by side: LibreOffice headless converting an equivalent filled-in template to PDF.

    .venv/bin/python bench/sheets.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_ms  # noqa: E402 - bench/timing.py

from desktop.documents import pki  # noqa: E402
from desktop.documents.layout import load_layouts  # noqa: E402
from desktop.documents.render import SheetData, StampText, StepBox, render_sheet  # noqa: E402
from desktop.documents.signing import certify, sign_field  # noqa: E402
from desktop.documents.verify import verify_pdf  # noqa: E402



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    layout = load_layouts()["expense_claim"]
    data = SheetData("示范县医疗保障局", "expense_claim", "报销单", "报-2026-11-0001", "购买打印纸及硒鼓", "待遇保障股日常办公耗材",
                     Decimal("1280.00"), 0, "", "待遇保障股", "黄磊", date(2026, 11, 20),
                     (StepBox("finance_head", "财务负责人审核", "财务负责人"), StepBox("director", "局长审定", "局长")),
                     attachments=3, payload={"payment": "公务卡"})
    ca = pki.create_root_ca("示范县医疗保障局", "Desk#2026")
    me = pki.unlock(pki.issue_identity(ca, "Desk#2026", person_name="吴芳", position="股长", bureau_name="示范县医疗保障局",
                                       passphrase="Demo#2026").key_p12, "Demo#2026")
    stamp = StampText("吴芳", "股长", "同意", date(2026, 11, 21), seal_name="吴芳")
    sheet = render_sheet(layout, data)
    certified = certify(sheet.pdf, sheet.fields, me, stamp)
    signed = sign_field(certified, "sig_step1_finance_head", me, stamp)
    full = sign_field(signed, "sig_step2_director", me, stamp)

    render = median_ms(lambda: render_sheet(layout, data), runs)
    cert = median_ms(lambda: certify(sheet.pdf, sheet.fields, me, stamp), runs)
    sign = median_ms(lambda: sign_field(certified, "sig_step1_finance_head", me, stamp), runs)
    verify3 = median_ms(lambda: verify_pdf(full, [ca.cert_pem]), runs)
    print(f"render one sheet:        {render:7.1f} ms (target <= 40)")
    print(f"certify (issue) sig:     {cert:7.1f} ms")
    print(f"approval signature:      {sign:7.1f} ms (target <= 60)")
    print(f"verify per signature:    {verify3 / 3:7.1f} ms (3 signatures: {verify3:.1f} ms; target <= 30 each)")

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        print("LibreOffice not installed: status-quo comparison skipped (apt-get install libreoffice-writer-nogui)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "claim.fodt"
        body = "".join(f"<text:p>{label}：{value}</text:p>" for label, value in [
            ("单位", data.bureau_name), ("单据", "报销单"), ("编号", data.serial), ("事由", data.title),
            ("用途", data.purpose), ("金额", "￥1,280.00 人民币壹仟贰佰捌拾元整"), ("审批", "财务负责人审核 / 局长审定")])
        src.write_text('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
                       'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                       'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body>'
                       f'<office:text>{body}</office:text></office:body></office:document>', encoding="utf-8")
        profile = Path(tmp) / "profile"

        def convert() -> None:
            subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, str(src)], capture_output=True, check=True)

        lo = median_ms(convert, max(3, runs // 3))
    print(f"LibreOffice headless:    {lo:7.1f} ms per converted template")
    print(f"ratio LibreOffice / our render: {lo / render:.0f}x")


if __name__ == "__main__":
    main()
