"""``desktop selftest``: a headless check that this PC — or a frozen bundle — can run the
application: database and migrations, audit trail, the bundled font, PDF and Excel writing, Qt,
and what a bundle loses first when a data file or a dynamically imported module is left out:
sheet layouts, a sheet rendered, signed and verified, the QR code, password hashing, the
translations and QtPdf.

Nothing is created at the database URL: a SQLite file or PostgreSQL database that does not exist
is reported as one line, and the checks use a temporary SQLite database instead. A database at an
older schema is not upgraded here (the application does that at start, after a backup).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterator

from desktop.domain.money import to_chinese_upper

__all__ = ["Check", "run_selftest", "BARCODE_MODULES", "KNOWN_TRANSLATION"]

SAMPLE = "示范县医疗保障局 报销单 " + to_chinese_upper(Decimal("1234.56"))
# reportlab's barcode package imports these by name when it is first used (PyInstaller cannot see them).
BARCODE_MODULES = ("widgets", "code128", "code39", "code93", "common", "usps", "usps4s", "fourstate",
                   "ecc200datamatrix", "eanbc", "qr", "qrencoder", "dmtx")
# (context, English source, Chinese) of one string of our catalogue, and one of Qt's own.
KNOWN_TRANSLATION = ("ActionDialog", "Approve", "同意")
QT_TRANSLATION = ("QPlatformTheme", "Cancel", "取消")


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


class _State:
    """What one check hands to the next: engines, the layouts, the signed sheet."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.engine: Any = None  # the database at the URL, when there is one
        self.temp_engine: Any = None
        self.layouts: dict[str, Any] | None = None
        self.signed: Path | None = None

    def temporary_engine(self):  # noqa: ANN201
        if self.temp_engine is None:
            from desktop.persistence.database import make_engine

            self.temp_engine = make_engine(f"sqlite:///{self.folder / 'selftest.sqlite3'}")
        return self.temp_engine

    def close(self) -> None:
        for engine in (self.engine, self.temp_engine):
            if engine is not None:
                engine.dispose()


def run_selftest(db_url: str | None) -> Iterator[Check]:
    with tempfile.TemporaryDirectory(prefix="bureau-desk-selftest-") as tmp:
        state = _State(Path(tmp))
        try:
            yield from _database_checks(db_url, state)
            yield from _document_checks(state)
            yield from _qt_checks(state)
        finally:
            state.close()


# Database ----------------------------------------------------------------------------------
def _database_checks(db_url: str | None, state: _State) -> Iterator[Check]:
    from sqlalchemy import text

    from desktop.persistence.database import (HEAD_REVISION, check_known_revision, current_revision, database_exists,
                                              make_engine, migrate, resolve_url)

    def database() -> str:
        url = resolve_url(db_url)
        shown = url
        try:
            from sqlalchemy.engine import make_url

            shown = make_url(url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001
            pass
        if not database_exists(url):
            return f"no database at {shown} (none created); the checks below use a temporary SQLite database"
        engine = make_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        state.engine = engine
        return f"{engine.dialect.name} reachable at {shown}"

    yield _run("database", database)

    def migrations() -> str:
        started = time.perf_counter()
        temp = state.temporary_engine()
        migrate(temp)
        rev = current_revision(temp)
        if rev != HEAD_REVISION:
            raise RuntimeError(f"a new database reached {rev}, expected {HEAD_REVISION}")
        line = f"a temporary database migrated to {rev} in {time.perf_counter() - started:.1f} s"
        if state.engine is None:
            return line
        current = current_revision(state.engine)
        if current is None:
            return f"{line}; the database is empty (set it up with desktop init or the app)"
        check_known_revision(state.engine, current)  # a newer version's database: the one line, FAIL
        if current == HEAD_REVISION:
            return f"{line}; the database is at it"
        return f"{line}; the database is at {current}: the app upgrades it at start, after a backup"

    yield _run("migrations", migrations)

    def audit() -> str:
        from desktop.services.desk import Desk

        engine = state.engine if state.engine is not None and current_revision(state.engine) else None
        which = "" if engine is not None else " (temporary database)"
        if engine is None:
            engine = state.temporary_engine()
            if current_revision(engine) is None:
                raise RuntimeError("the temporary database has no schema (see migrations)")
        report = Desk(engine).audit.verify()
        if not report.ok:
            raise RuntimeError(f"broken at entry {report.broken_at}: {report.reason}")
        return f"{report.checked} entries, chain intact{which}"

    yield _run("audit trail", audit)

    def chart() -> str:
        """The finance tables are data read by path (resources/finance): a bundle must carry them."""
        from desktop.services import books

        for loader in (books.shipped_chart, books.shipped_economic_classes, books.shipped_functional_classes):
            loader.cache_clear()
        subjects = books.shipped_chart()
        sides = {row.side for row in subjects}
        if len(subjects) < 90 or sides != {"financial", "budget"}:
            raise RuntimeError(f"the chart has {len(subjects)} subjects on sides {sorted(sides)}")
        return (f"{len(subjects)} national subjects, {len(books.shipped_economic_classes())} economic and "
                f"{len(books.shipped_functional_classes())} functional classes")

    yield _run("chart of accounts", chart)


# Documents ---------------------------------------------------------------------------------
def _document_checks(state: _State) -> Iterator[Check]:
    folder = state.folder

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

    def layouts() -> str:
        from desktop.documents.layout import layouts_folder, load_layouts

        where = layouts_folder()
        found = load_layouts(where)
        state.layouts = found
        return f"{len(found)} sheet layouts from {where}"

    yield _run("sheet layouts", layouts)

    def signed_sheet() -> str:
        from desktop.documents.pki import create_root_ca, issue_identity, unlock
        from desktop.documents.render import SheetData, StampText, StepBox, render_sheet, step_field
        from desktop.documents.signing import certify, sign_field
        from desktop.documents.verify import verify_pdf

        if not state.layouts:
            raise RuntimeError("no sheet layouts (see sheet layouts)")
        layout = state.layouts.get("expense_claim") or state.layouts["generic"]
        passphrase = secrets.token_urlsafe(16)  # a throwaway root and identity, forgotten afterwards
        root = create_root_ca("自检单位", passphrase)
        person = issue_identity(root, passphrase, person_name="自检", position="财务负责人", bureau_name="自检单位",
                                passphrase=passphrase)
        identity = unlock(person.key_p12, passphrase)
        data = SheetData("自检单位", layout.kind, "报销单", "自检-2026-0001", "自检", "自检", Decimal("1234.56"), 0, "",
                         "办公室", "自检", date.today(), (StepBox("check", "财务负责人审核", "财务负责人"),))
        sheet = render_sheet(layout, data)
        stamp = StampText("自检", "财务负责人", "同意", date.today())
        pdf = certify(sheet.pdf, sheet.fields, identity, stamp)
        pdf = sign_field(pdf, step_field(0, "check"), identity, stamp)
        report = verify_pdf(pdf, [root.cert_pem])
        if report.verdict != "complete":
            raise RuntimeError(f"the signed sheet verifies as {report.verdict}: {'; '.join(report.problems)[:160]}")
        state.signed = folder / "signed.pdf"
        state.signed.write_bytes(pdf)
        return f"{layout.kind} rendered, signed twice and verified complete ({len(pdf) // 1024} KiB)"

    yield _run("signed sheet", signed_sheet)

    def qr() -> str:
        import importlib

        from desktop.documents.render import qr_code, qr_payload

        for name in BARCODE_MODULES:
            importlib.import_module(f"reportlab.graphics.barcode.{name}")
        text = qr_payload("印-2026-0001", "seal_use", "0" * 64)
        code = qr_code(text)
        n = code.getModuleCount()
        line = f"{len(BARCODE_MODULES)} barcode modules load; QR code of {n}×{n} modules"
        if shutil.which("zbarimg") is None:
            return line + " (zbarimg not installed: not decoded)"
        from PIL import Image

        scale = 6
        image = Image.new("L", ((n + 8) * scale, (n + 8) * scale), 255)
        for r in range(n):
            for c in range(n):
                if code.isDark(r, c):
                    image.paste(0, ((c + 4) * scale, (r + 4) * scale, (c + 5) * scale, (r + 5) * scale))
        png = folder / "qr.png"
        image.save(png)
        result = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, timeout=30)
        read = result.stdout.decode("utf-8", "replace").strip()
        if read != text:
            raise RuntimeError(f"zbarimg read {read[:60]!r}, expected {text[:60]!r}")
        return line + ", decoded by zbarimg"

    yield _run("qr code", qr)

    def passwords() -> str:
        from argon2 import PasswordHasher
        from argon2.exceptions import VerifyMismatchError

        from desktop.services.accounts import hash_password

        probe = secrets.token_urlsafe(12)
        hashed = hash_password(probe)
        checker = PasswordHasher()
        if not checker.verify(hashed, probe):
            raise RuntimeError("a fresh hash does not verify")
        try:
            checker.verify(hashed, probe + "x")
        except VerifyMismatchError:
            pass
        else:
            raise RuntimeError("a wrong password verified")
        return f"{hashed.split('$')[1]} hash made and verified, a wrong password refused"

    yield _run("password hashing", passwords)


# Qt ----------------------------------------------------------------------------------------
def _qt_app():  # noqa: ANN202
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # widgets, as the app needs (and a caller's GUI after us)

    return QApplication.instance() or QApplication([])


def _qt_checks(state: _State) -> Iterator[Check]:
    def qt() -> str:
        from PySide6.QtGui import QFontDatabase

        from desktop.documents.fonts import cjk_font_path

        app = _qt_app()
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        if font_id < 0:
            raise RuntimeError("Qt could not load the bundled font")
        families = QFontDatabase.applicationFontFamilies(font_id)
        return f"Qt {app.platformName()} platform, font family {families[0]}"

    yield _run("qt", qt)

    def translations() -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from desktop.app import paths

        qm = paths.resource_path("i18n", "bureau_desk_zh_CN.qm")
        ours = QTranslator()
        if not ours.load(str(qm)):
            raise FileNotFoundError(f"the interface translation {qm} does not load")
        context, source, chinese = KNOWN_TRANSLATION
        if ours.translate(context, source) != chinese:
            raise RuntimeError(f"{source!r} translates to {ours.translate(context, source)!r}, expected {chinese!r}")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        theirs = QTranslator()
        if not theirs.load("qtbase_zh_CN", qt_folder):
            raise FileNotFoundError(f"Qt's own translation qtbase_zh_CN.qm is not in {qt_folder}")
        context, source, chinese = QT_TRANSLATION
        if theirs.translate(context, source) != chinese:
            raise RuntimeError(f"Qt's {source!r} translates to {theirs.translate(context, source)!r}")
        return f"{qm.name} and qtbase_zh_CN.qm load: {KNOWN_TRANSLATION[1]} → {KNOWN_TRANSLATION[2]}, " \
               f"{QT_TRANSLATION[1]} → {QT_TRANSLATION[2]}"

    yield _run("translations", translations)

    def qtpdf() -> str:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument

        if state.signed is None:
            raise RuntimeError("no signed sheet to show (see signed sheet)")
        _qt_app()
        document = QPdfDocument(None)
        error = document.load(str(state.signed))
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise RuntimeError(f"QtPdf could not open the signed sheet ({error.name})")
        page = document.pagePointSize(0)
        image = document.render(0, QSize(int(page.width()), int(page.height())))
        if image.isNull():
            raise RuntimeError("QtPdf rendered nothing")
        pages = document.pageCount()
        document.close()
        dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                   if image.pixelColor(x, y).lightness() < 128)  # a blank page has none
        if dark == 0:
            raise RuntimeError("QtPdf rendered a blank page")
        return f"page 1 of {pages} rendered at {image.width()}×{image.height()}, not blank"

    yield _run("qtpdf", qtpdf)
