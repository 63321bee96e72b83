"""Fill the catalogues after ``python3 dev.py i18n`` added new strings, then compile them again.

Chinese comes from ZH below (one entry per English source text); English is the identity.
Exits non-zero, naming them, when a source text has no Chinese yet: add it to ZH and re-run.

    python3 dev.py i18n && .venv/bin/python i18n/fill_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zh_cn import ZH  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(ts: Path, translate) -> list[str]:  # noqa: ANN001
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main() -> int:
    missing = fill(ROOT / "i18n" / "bureau_desk_zh_CN.ts", ZH.get)
    fill(ROOT / "i18n" / "bureau_desk_en.ts", lambda source: source)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ROOT / "resources" / "i18n" / f"{ts.stem}.qm")],
                       check=True)
    for source in missing:
        print(f"no Chinese for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
