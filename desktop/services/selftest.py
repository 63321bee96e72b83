"""``desktop selftest``: a headless check that this PC can run the application — database,
migrations, audit trail, the bundled font, PDF and Excel writing, Qt."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterator

from desktop.domain.money import to_chinese_upper

__all__ = ["Check", "run_selftest"]

SAMPLE = "示范县医疗保障局 报销单 " + to_chinese_upper(Decimal("1234.56"))


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _run(name: str, fn: Callable[[], str]) -> Check:
    try:
        return Check(name, True, fn())
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure as a line
        return Check(name, False, f"{type(exc).__name__}: {exc}")


def run_selftest(db_url: str | None) -> Iterator[Check]:
    from sqlalchemy import text

    from desktop.persistence.database import HEAD_REVISION, current_revision, make_engine, migrate, resolve_url
    from desktop.services.desk import Desk

    state: dict[str, Desk] = {}

    def database() -> str:
        engine = make_engine(resolve_url(db_url))
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        state["engine"] = engine
        return f"{engine.dialect.name} reachable at {engine.url.render_as_string(hide_password=True)}"

    yield (db := _run("database", database))
    if not db.ok:
        return

    def migrations() -> str:
        engine = state["engine"]
        applied = migrate(engine)
        rev = current_revision(engine)
        if rev != HEAD_REVISION:
            raise RuntimeError(f"schema at {rev}, expected {HEAD_REVISION}")
        return f"schema at {rev}" + (" (migrated now)" if applied else "")

    yield _run("migrations", migrations)

    def audit() -> str:
        report = Desk(state["engine"]).audit.verify()
        if not report.ok:
            raise RuntimeError(f"broken at entry {report.broken_at}: {report.reason}")
        return f"{report.checked} entries, chain intact"

    yield _run("audit trail", audit)

    with tempfile.TemporaryDirectory(prefix="bureau-desk-selftest-") as tmp:
        folder = Path(tmp)

        def fonts() -> str:
            from desktop.documents.fonts import cjk_font_path, register_cjk_font

            path = cjk_font_path()
            if not path.exists():
                raise FileNotFoundError(path)
            register_cjk_font()
            return f"{path.name} ({path.stat().st_size // 1024} KiB) loads as a TrueType font"

        yield _run("fonts", fonts)

        def pdf() -> str:
            from desktop.documents.fonts import write_font_sample

            out = folder / "probe.pdf"
            write_font_sample(out, SAMPLE)
            data = out.read_bytes()
            if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
                raise RuntimeError("the PDF does not embed the CJK font")
            if b"/Helvetica" in data:
                raise RuntimeError("the PDF refers to the unembedded Helvetica font")
            return f"{len(data)} bytes, CJK font embedded"

        yield _run("pdf", pdf)

        def excel() -> str:
            from openpyxl import load_workbook

            from desktop.reports.workbook import write_table

            out = folder / "probe.xlsx"
            write_table(out, "自检", ["项目", "金额"], [[SAMPLE, Decimal("1234.56")]])
            value = load_workbook(out, read_only=True).active.cell(row=2, column=1).value
            if value != SAMPLE:
                raise RuntimeError("the workbook did not read back")
            return f"{out.stat().st_size} bytes, read back"

        yield _run("excel", excel)

    def qt() -> str:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QFontDatabase, QGuiApplication

        from desktop.documents.fonts import cjk_font_path

        app = QGuiApplication.instance() or QGuiApplication([])
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        if font_id < 0:
            raise RuntimeError("Qt could not load the bundled font")
        families = QFontDatabase.applicationFontFamilies(font_id)
        return f"Qt {app.platformName()} platform, font family {families[0]}"

    yield _run("qt", qt)
