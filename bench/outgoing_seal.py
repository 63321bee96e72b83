"""The seal on the outgoing document (issue 9, item 1): what finding the default place (the last
page's date line), sealing (one incremental PAdES signature with the impression) and a 骑缝章 on
every page cost, and the sealed file's growth, for a 1-page letter and 3- and 20-page reports.
The key unlock (PBKDF2) is not included: see bench/key_unlock.py.

    .venv/bin/python bench/outgoing_seal.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_ms  # noqa: E402 - bench/timing.py

from desktop.documents import pki  # noqa: E402
from desktop.documents.outgoing_seal import Impression, Placement, inspect_outgoing, seal_outgoing  # noqa: E402


def report(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.documents.fonts import register_cjk_font

    font = register_cjk_font()
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.setFont(font, 12)
        for line in range(40):
            c.drawString(70, 780 - line * 16, f"第{i + 1}页 第{line + 1}行 医保基金运行情况报告正文内容")
        if i == pages - 1:
            c.drawString(380, 120, "示范县医疗保障局")
            c.drawString(390, 100, "2026年11月30日")
        c.showPage()
    c.save()
    return buf.getvalue()



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    ca = pki.create_root_ca("示范县医疗保障局", "Bench#2026")
    seal = pki.issue_seal(ca, "Bench#2026", seal_name="示范县医疗保障局行政公章", seal_kind_label="行政公章",
                          bureau_name="示范县医疗保障局", passphrase="Bench#2026")
    key = pki.unlock(seal.key_p12, "Bench#2026")
    impression = Impression("round", "示范县医疗保障局", "")
    print(f"{'pages':>5} {'inspect ms':>11} {'seal ms':>8} {'骑缝章 ms':>9} {'in KB':>6} {'sealed KB':>9} {'+骑缝章 KB':>10}")
    for pages in (1, 3, 20):
        pdf = report(pages)
        facts = inspect_outgoing(pdf)
        plain = seal_outgoing(pdf, key, impression, facts.default, reason="bench")
        where = Placement(facts.default.page, facts.default.x, facts.default.y, riding=pages > 1)
        riding = seal_outgoing(pdf, key, impression, where, reason="bench")
        t_inspect = median_ms(lambda: inspect_outgoing(pdf), runs)  # noqa: B023
        t_seal = median_ms(lambda: seal_outgoing(pdf, key, impression, facts.default, reason="bench"), runs)  # noqa: B023
        t_riding = median_ms(lambda: seal_outgoing(pdf, key, impression, where, reason="bench"), runs) \
            if pages > 1 else float("nan")  # noqa: B023
        print(f"{pages:>5} {t_inspect:>11.1f} {t_seal:>8.1f} {t_riding:>9.1f} {len(pdf) / 1024:>6.1f} "
              f"{len(plain) / 1024:>9.1f} {len(riding) / 1024:>10.1f}")


if __name__ == "__main__":
    main()
