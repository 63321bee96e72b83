"""Hostile inputs through the services (issue 8, input gate): a table of inputs a careless or
hostile user, a script or a crafted JSON file could send, run on a temporary demonstration
bureau. Clean = refused with problems in Chinese (each naming a rule, none longer than 300
characters) and nothing written (documents, staff, departments, audit entries and the preset
unchanged), or accepted when the input is valid. Anything else — a traceback, a hostile value
accepted, a refusal that still wrote — is counted as not clean and listed.

    .venv/bin/python bench/hostile_inputs.py [--db URL] [-v]

Prints ``answered cleanly N / tried M``; exit 0 only if every input was answered cleanly.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import traceback
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from desktop.domain.input_gate import GateError, parse_json_document  # noqa: E402
from desktop.persistence.schema import AuditEntry, Bureau, Department, Document, Staff  # noqa: E402
from desktop.services.base import Refused  # noqa: E402

TODAY = date.today()
DAY = (TODAY + timedelta(days=5)).isoformat()
REFUSE, ACCEPT = "refuse", "accept"

TEXT_BAD = [("NUL", "a\x00b"), ("CR/LF", "a\r\nb"), ("LF", "a\nb"), ("RLO", "abc\u202edef"), ("LRI", "\u2066x"),
            ("lone surrogate", "\ud800"), ("100 000 chars", "名" * 100_000), ("list", ["x"]), ("object", {"a": 1}),
            ("number", 12), ("null", None), ("true", True), ("C1 control", "a\x85b"), ("BOM", "\ufeffx"),
            ("tab", "a\tb")]
TEXT_OK = [("SQL-ish", "'); DROP TABLE documents; --"), ("emoji", "调研😀"), ("full-width", "ＡＢＣ１２")]
COUNT_BAD = [("1e30 text", "1e30"), ("2.5", 2.5), ("1e30", 1e30), ("-1", -1), ("true", True), ("full-width", "１２"),
             ("list", [4]), ("object", {"n": 4}), ("NaN", float("nan")), ("Infinity", float("inf")),
             ("10**12", 10 ** 12), ("12abc", "12abc")]
MONEY_BAD = [("JSON float", 12.5), ("1e30", "1e30"), ("full-width", "１２"), ("3 decimals", "12.345"), ("negative", "-5"),
             ("NaN", "NaN"), ("Infinity", "Infinity"), ("float NaN", float("nan")), ("true", True), ("list", [1]),
             ("40 digits", "9" * 40), ("commas", "1,2,3"), ("object", {"yuan": 1})]
DATE_BAD = [("1900", "1900-01-01"), ("2100", "2100-01-01"), ("1999", "1999-12-01"), ("month 13", "2026-13-01"),
            ("30 Feb", "2026-02-30"), ("compact", "20261201"), ("empty", ""), ("number", 20261201),
            ("list", [DAY]), ("full-width", "２０２６-１２-０１")]


def visit(**kw: Any) -> dict:
    data = {"guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕31号", "guests": 4, "purpose": "调研",
            "start": DAY, "meals": [{"date": DAY, "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2,
                                     "amount": "396.00"}]}
    data.update(kw)
    return data


def meal(**kw: Any) -> dict:
    return visit(meals=[{**visit()["meals"][0], **kw}])


def trip(**kw: Any) -> dict:
    data = {"purpose": "参加培训", "destinations": ["北京"], "start": DAY, "end": (TODAY + timedelta(days=6)).isoformat(),
            "transport": "train"}
    data.update(kw)
    return data


def vehicle(**kw: Any) -> dict:
    data = {"purpose_key": "supervision", "purpose": "督导", "route": "局—乡", "destination": "和平镇", "passengers": 2,
            "departure": f"{(TODAY + timedelta(days=3)).isoformat()}T08:00"}
    data.update(kw)
    return data


def meeting(**kw: Any) -> dict:
    data = {"name": "培训会", "category": 5, "content": "培训", "start": (TODAY + timedelta(days=9)).isoformat(),
            "venue": "会议室", "delegates": 20, "staff": 1, "food": "1000"}
    data.update(kw)
    return data


def cases() -> list[tuple[str, str, Callable[[Any, Callable[[str], Any]], Any]]]:
    """(name, expected, call(desk, as_user))."""
    out: list[tuple[str, str, Callable]] = []

    def add(name: str, expect: str, fn: Callable) -> None:
        out.append((name, expect, fn))

    for label, v in TEXT_BAD:
        add(f"reception guest_unit {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), visit(guest_unit=v)))
        add(f"trip purpose {label}", REFUSE, lambda d, u, v=v: d.travel.create_trip(u("gaoyuan"), trip(purpose=v)))
        add(f"staff name {label}", REFUSE, lambda d, u, v=v: d.org.add_staff(u("admin"), v, None))
        add(f"document title {label}", REFUSE,
            lambda d, u, v=v: d.approvals.create_draft(u("huanglei"), "expense_claim", v, purpose="办公", amount="1"))
    for label, v in TEXT_OK:
        add(f"reception guest_unit {label} (valid)", ACCEPT,
            lambda d, u, v=v: d.reception.create(u("linxiao"), visit(guest_unit=v)))
        add(f"department name {label} (valid)", ACCEPT, lambda d, u, v=v: d.org.add_department(u("admin"), v + "股"))
    for label, v in [("empty", ""), ("whitespace only", "   \u3000 ")]:
        add(f"reception purpose {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), visit(purpose=v)))
        add(f"department name {label}", REFUSE, lambda d, u, v=v: d.org.add_department(u("admin"), v))
        add(f"document purpose {label}", REFUSE,
            lambda d, u, v=v: d.approvals.create_draft(u("huanglei"), "expense_claim", "t", purpose=v, amount="1"))
    for label, v in COUNT_BAD:
        add(f"reception guests {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), visit(guests=v)))
        add(f"vehicle passengers {label}", REFUSE, lambda d, u, v=v: d.vehicles.create(u("gaoyuan"), vehicle(passengers=v)))
        add(f"meeting delegates {label}", REFUSE, lambda d, u, v=v: d.meetings.create(u("yangfan"), meeting(delegates=v)))
    for label, v in MONEY_BAD:
        add(f"meal amount {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), meal(amount=v)))
        add(f"document amount {label}", REFUSE,
            lambda d, u, v=v: d.approvals.create_draft(u("huanglei"), "expense_claim", "t", purpose="p", amount=v))
        add(f"meeting food {label}", REFUSE, lambda d, u, v=v: d.meetings.create(u("yangfan"), meeting(food=v)))
        add(f"collective_threshold {label}", REFUSE,
            lambda d, u, v=v: d.presets.set_parameter(u("admin"), "collective_threshold", v))
    for label, v in [("1e9", "1e9"), ("10 亿", "1000000000"), ("exponent", "5E3")]:
        add(f"collective_threshold {label}", REFUSE,
            lambda d, u, v=v: d.presets.set_parameter(u("admin"), "collective_threshold", v))
    add("collective_threshold 5000 (valid)", ACCEPT,
        lambda d, u: d.presets.set_parameter(u("admin"), "collective_threshold", "5000"))
    for label, v in DATE_BAD:
        add(f"trip start {label}", REFUSE, lambda d, u, v=v: d.travel.create_trip(u("gaoyuan"), trip(start=v)))
        add(f"meal date {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), meal(date=v)))
        add(f"meeting start {label}", REFUSE, lambda d, u, v=v: d.meetings.create(u("yangfan"), meeting(start=v)))
    add("trip 1900-01-01 to 2100-01-01", REFUSE,
        lambda d, u: d.travel.create_trip(u("gaoyuan"), trip(start="1900-01-01", end="2100-01-01"), submit=True))
    add("trip dates reversed", REFUSE, lambda d, u: d.travel.create_trip(u("gaoyuan"), trip(end=TODAY.isoformat())))
    add("trip of 500 days", REFUSE,
        lambda d, u: d.travel.create_trip(u("gaoyuan"), trip(end=(TODAY + timedelta(days=505)).isoformat())))
    add("meal outside the visit", REFUSE,
        lambda d, u: d.reception.create(u("linxiao"), meal(date=(TODAY + timedelta(days=30)).isoformat())))
    add("vehicle departure 2100", REFUSE, lambda d, u: d.vehicles.create(u("gaoyuan"), vehicle(departure="2100-01-01T08:00")))
    add("vehicle departure with time zone", REFUSE,
        lambda d, u: d.vehicles.create(u("gaoyuan"), vehicle(departure=f"{DAY}T08:00+08:00")))
    for label, v in [("list", ["guests", 4]), ("text", "guests=4"), ("number", 4), ("null", None),
                     ("pairs", [["start", DAY], ["end", DAY]])]:
        add(f"reception record {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), v))
        add(f"trip record {label}", REFUSE, lambda d, u, v=v: d.travel.create_trip(u("gaoyuan"), v))
        add(f"vehicle record {label}", REFUSE, lambda d, u, v=v: d.vehicles.create(u("gaoyuan"), v))
    for label, v in [("string", "x"), ("object", {"a": 1}), ("nested 10 000 deep", _deep(10_000)),
                     ("100 000 meals", [visit()["meals"][0]] * 100_000)]:
        add(f"meals {label}", REFUSE, lambda d, u, v=v: d.reception.create(u("linxiao"), visit(meals=v)))
    for label, v in [("flag as text", "false"), ("flag as 1", 1)]:
        add(f"vehicle long_distance {label}", REFUSE, lambda d, u, v=v: d.vehicles.create(u("gaoyuan"), vehicle(long_distance=v)))
    add("meeting plan year 9999", REFUSE,
        lambda d, u: d.meetings.create_plan(u("liuyang"), {"year": 9999, "meetings": [{"name": "会", "category": 5}]}))
    add("standards row amount 1e9 float", REFUSE,
        lambda d, u: d.presets.set_standards(u("admin"), "reception", [{"meal_type": "table", "amount": 1e9}]))
    add("standards table not a list", REFUSE, lambda d, u: d.presets.set_standards(u("admin"), "travel", "x"))
    add("chain with RLO", REFUSE,
        lambda d, u: d.presets.set_chain(u("admin"), "expense_claim", {"title": "报\u202e销", "steps": []}))
    add("valid reception (control)", ACCEPT, lambda d, u: d.reception.create(u("linxiao"), visit()))
    add("valid trip (control)", ACCEPT, lambda d, u: d.travel.create_trip(u("gaoyuan"), trip()))
    # JSON documents as the command line reads them (file or stdin).
    for label, data in [("3 MB", b"{" + b" " * 3_000_000 + b"}"), ("not UTF-8", '{"a":"é"}'.encode("latin-1")),
                        ("not JSON", b"{not json"), ("top-level list", b"[]"), ("100 000 deep", b"[" * 100_000),
                        ("NaN", b'{"a": NaN}'), ("duplicate key", b'{"a":1,"a":2}'), ("empty", b""),
                        ("5000-digit integer", b'{"a":' + b"9" * 5000 + b"}"), ("UTF-16", '{"a":1}'.encode("utf-16"))]:
        add(f"JSON document {label}", REFUSE, lambda d, u, data=data: parse_json_document(data))
    return out


def _deep(n: int) -> list:
    v: list = []
    for _ in range(n):
        v = [v]
    return v


def snapshot(desk: Any) -> tuple:
    with desk.sessions() as s:
        preset = s.execute(select(Bureau.preset_json)).scalars().first() or ""
        return (s.execute(select(func.count()).select_from(Document)).scalar(),
                s.execute(select(func.count()).select_from(Staff)).scalar(),
                s.execute(select(func.count()).select_from(Department)).scalar(),
                s.execute(select(func.max(AuditEntry.seq))).scalar(),
                hashlib.sha256(preset.encode()).hexdigest())


def clean_refusal(problems: list) -> bool:
    return bool(problems) and all(p.rule and len(p.text) <= 300 and any("\u4e00" <= c <= "\u9fff" for c in p.text)
                                  for p in problems)


def run(desk: Any, verbose: bool) -> tuple[int, int, list[str]]:
    table = cases()
    clean, bad = 0, []
    for name, expect, fn in table:
        before = snapshot(desk)
        outcome = ""
        try:
            fn(desk, desk.act_as)
            outcome = "accepted"
            ok = expect == ACCEPT
        except Refused as exc:
            outcome = "refused: " + "; ".join(str(p) for p in exc.problems)[:200]
            ok = expect == REFUSE and clean_refusal(exc.problems) and snapshot(desk) == before
        except GateError as exc:
            outcome = f"GateError: {exc}"
            ok = expect == REFUSE and "\n" not in str(exc) and any("\u4e00" <= c <= "\u9fff" for c in str(exc)) \
                and snapshot(desk) == before
        except Exception:  # noqa: BLE001 - a traceback is exactly what this counts
            outcome = "TRACEBACK " + traceback.format_exc(limit=3).strip().splitlines()[-1]
            ok = False
        clean += ok
        if not ok:
            bad.append(f"{name}: expected {expect}, {outcome}")
        if verbose:
            print(f"{'ok ' if ok else 'BAD'} {name}: {outcome}")
    return clean, len(table), bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demo database URL (default: a temporary SQLite demo bureau)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from desktop.services.desk import Desk
    from desktop.services.demo import load_demo

    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
        desk = Desk.open(url)
        try:
            if not args.db:
                load_demo(desk)
            clean, tried, bad = run(desk, args.verbose)
        finally:
            desk.close()
    for line in bad:
        print("NOT CLEAN", line)
    print(f"answered cleanly {clean} / tried {tried}")
    return 0 if clean == tried else 1


if __name__ == "__main__":
    sys.exit(main())
