"""QR label sheets and the printed count sheet (issue 13 item 5; ASSET-12 labels, ASSET-06 the
joint count's sheet), read back as a person would: the PDF rendered to PNG, the QR codes decoded
with zbarimg where the machine has it, the text with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.documents import asset_labels
from desktop.documents.asset_count_sheet import CountSheet, CountSheetRow, render_count_sheet
from desktop.documents.asset_labels import LAYOUTS, Label, render_labels
from desktop.domain.assets.stocktake import label_content, parse_tag

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["台式计算机", "激光打印机（黑白，A4 双面）", "四门钢制文件柜带锁保密柜超长名称一二三四五六七八九十", "空调"]


def _labels(n: int) -> list[Label]:
    out = []
    for i in range(1, n + 1):
        no, name = f"ZC2026-{i:05d}", NAMES[i % len(NAMES)]
        out.append(Label(no, name, label_content(no, name), "示范县医疗保障局"))
    return out


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_asset12_label_stock_a4_3x8_covers_the_page_edge_to_edge() -> None:
    """ASSET-12 labels on common stock: 3 × 8 of 70 × 37.125 mm, no margins (A4 = 210 × 297)."""
    stock = LAYOUTS["A4-3x8"]
    assert (stock.columns, stock.rows, stock.width_mm, stock.height_mm) == (3, 8, 70.0, 37.125)
    assert stock.columns * stock.width_mm == 210 and stock.rows * stock.height_mm == 297
    two = LAYOUTS["A4-2x5"]
    assert two.columns * two.width_mm == 210 and two.rows * two.height_mm == pytest.approx(297)


def test_asset12_each_label_carries_its_qr_content_number_and_name(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """ASSET-12: 26 labels fill one sheet of 24 and two on a second; each QR code holds "number
    name"; the number, the name and the bureau are printed in the embedded CJK font."""
    from desktop.documents import render

    encoded: list[str] = []
    real = render.qr_code
    monkeypatch.setattr(render, "qr_code", lambda text: encoded.append(text) or real(text))
    labels = _labels(26)
    pdf = render_labels(labels)
    assert encoded == [label.qr_content for label in labels]
    assert [parse_tag(t) for t in encoded] == [label.card_no for label in labels]
    (tmp_path / "labels.pdf").write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(tmp_path / "labels.pdf")], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+2\b", info)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "labels.pdf")], capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and "Helvetica" not in fonts
    assert re.search(r"WenQuanYiMicroHei\s+TrueType\s+\S+\s+yes", fonts)  # embedded
    text = _text(pdf, tmp_path)
    assert "ZC2026-00001" in text and "ZC2026-00026" in text and "台式计算机" in text and "示范县医疗保障局" in text


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="zbarimg/pdftoppm not installed")
@pytest.mark.parametrize("layout", ["A4-3x8", "A4-2x5"])
def test_asset12_printed_qr_codes_scan_back_to_the_card_numbers(tmp_path, layout) -> None:  # noqa: ANN001
    """ASSET-12: what a scanner reads from the printed sheet (300 dpi) leads to each card."""
    count = LAYOUTS[layout].per_page
    labels = _labels(count)
    (tmp_path / "labels.pdf").write_bytes(render_labels(labels, layout))
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(tmp_path / "labels.pdf"),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    found = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout
    decoded = sorted(line for line in found.splitlines() if line.strip())
    assert decoded == sorted(label.qr_content for label in labels)  # UTF-8 names intact (ECI 26)
    assert sorted(parse_tag(d) for d in decoded) == [label.card_no for label in labels]


def test_asset12_pyinstaller_bundle_keeps_reportlab_barcode_modules() -> None:
    """reportlab loads barcode modules by name: the frozen program must carry them."""
    spec = (ROOT / "build" / "bureau_desk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("reportlab.graphics.barcode")' in spec
    assert asset_labels.__name__ in {"desktop.documents.asset_labels"}  # collected with collect_submodules("desktop")
    assert 'collect_submodules("desktop")' in spec


def test_asset06_count_sheet_lists_the_room_and_every_counter_signs(tmp_path) -> None:  # noqa: ANN001
    """ASSET-06: the room's expected cards with a ✓ column, page numbers, and a signature line for
    the asset manager, finance and the users, on the last page."""
    rows = tuple(CountSheetRow(f"ZC2026-{i:05d}", NAMES[i % 4], "联想 M720", "黄磊", "305室", "1台")
                 for i in range(1, 71))
    counters = ("刘洋（资产管理员）", "郑丽娟（财会人员）", "黄磊（使用人员）")
    pdf = render_count_sheet(CountSheet("示范县医疗保障局", "305室年度清查", "305室", "待遇保障股",
                                        date(2026, 12, 1), counters, rows))
    pages = [re.sub(r"[ \n]+", "", page) for page in _text(pdf, tmp_path).split("\f")]  # pdftotext spaces CJK freely
    text = "".join(pages)
    total = int(re.search(r"第1页共(\d+)页", text).group(1))
    assert total >= 3 and f"第{total}页共{total}页" in text
    assert all(f"ZC2026-{i:05d}" in text for i in range(1, 71))
    assert "实有" in pages[0] and "账面应有70项" in pages[0]
    last = [p for p in pages if p][-1]
    assert all(c in last for c in counters) and "盘点人员签字" in last
    assert "盘点人员签字" not in pages[0]
