"""Which catalogue rule is enforced where and checked by which test, or why the app leaves it alone.

The catalogue is ../shared/domain/RULES.md (the product's source material, beside a clone); its IDs are
kept in docs/rules-catalogue.tsv so a clone without ../shared still knows them. A rule counts as
enforced when the product names it (desktop/, resources/, forms/) and a test names it (its name,
docstring or body); otherwise docs/rules-outside.csv must say why the app does not enforce it (or
which issue's module will). `python3 dev.py rules` refreshes the snapshot and writes
docs/rules-coverage.md; tests/test_rules_coverage.py fails on an ID in neither column.
"""

from __future__ import annotations

import ast
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT.parent / "shared" / "domain" / "RULES.md"
SNAPSHOT = ROOT / "docs" / "rules-catalogue.tsv"
OUTSIDE = ROOT / "docs" / "rules-outside.csv"
REPORT = ROOT / "docs" / "rules-coverage.md"
_FAMILIES = "AMB|ARCH|ASSET|IC|MEET|RECEP|RPT|SEAL|SEC|SUPPLY|TRAVEL|VEH|VOUCH"
_ID = re.compile(rf"(?<![A-Za-z0-9-])(?:{_FAMILIES})-\d{{2}}(?![0-9])")
_ROW = re.compile(r"^\| ((?:%s)-\d{2}) \| (.*?) \|" % _FAMILIES)
_AMB = re.compile(r"^- \*\*(AMB-\d{2})\s*([^*]*)\*\*\s*(.*)")
_PRODUCT = ("desktop", "resources", "forms")
_SUFFIXES = {".py", ".json", ".csv", ".ui", ".txt"}


@dataclass
class Coverage:
    rule_id: str
    summary: str
    enforced_in: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)
    outside: str = ""

    @property
    def enforced(self) -> bool:
        return bool(self.enforced_in and self.tests)


def parse_catalogue(text: str) -> list[tuple[str, str]]:
    """(ID, one-line summary) for each rule row and each AMB default, in catalogue order."""
    rules: list[tuple[str, str]] = []
    for line in text.splitlines():
        m = _ROW.match(line) or _AMB.match(line)
        if m and m.group(1) not in {r for r, _ in rules}:
            text = m.group(2).strip() or (m.group(3) if m.re is _AMB else "")
            summary = re.sub(r"⚙ \*\*Configurable per bureau\*\* — ", "⚙ ", text).strip().rstrip(".")
            rules.append((m.group(1), summary if len(summary) <= 140 else summary[:137] + "…"))
    return rules


def catalogue() -> list[tuple[str, str]]:
    with SNAPSHOT.open(encoding="utf-8", newline="") as f:
        return [(row[0], row[1]) for row in csv.reader(f, delimiter="\t") if row and not row[0].startswith("#")]


def refresh_snapshot() -> bool:
    """Rewrite the snapshot from ../shared when it is there; False when it is not."""
    if not CATALOGUE.exists():
        return False
    rules = parse_catalogue(CATALOGUE.read_text(encoding="utf-8"))
    with SNAPSHOT.open("w", encoding="utf-8", newline="") as f:
        f.write("# rule ID\tsummary (from ../shared/domain/RULES.md; refreshed by `python3 dev.py rules`)\n")
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rules)
    return True


def outside() -> dict[str, str]:
    with OUTSIDE.open(encoding="utf-8", newline="") as f:
        return {row["id"]: row["reason"] for row in csv.DictReader(f)}


def _product_mentions() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for top in _PRODUCT:
        for path in sorted((ROOT / top).rglob("*")):
            if path.suffix in _SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                for rule in set(_ID.findall(path.read_text(encoding="utf-8", errors="replace"))):
                    found.setdefault(rule, set()).add(str(path.relative_to(ROOT)))
    return found


def _test_mentions() -> dict[str, set[str]]:
    """Rule → the tests naming it; a mention outside any test function counts for the file."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(ROOT))
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        inside: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                segment = ast.get_source_segment(text, node) or ""
                for rule in set(_ID.findall(segment)):
                    found.setdefault(rule, set()).add(f"{rel}::{node.name}")
                    inside.add(rule)
        for rule in set(_ID.findall(text)) - inside:
            found.setdefault(rule, set()).add(rel)
    return found


def coverage() -> list[Coverage]:
    product, tests, why = _product_mentions(), _test_mentions(), outside()
    return [Coverage(rule, summary, sorted(product.get(rule, ())), sorted(tests.get(rule, ())), why.get(rule, ""))
            for rule, summary in catalogue()]


def write_report(rows: list[Coverage]) -> str:
    enforced = [r for r in rows if r.enforced]
    left = [r for r in rows if not r.enforced and r.outside]
    missing = [r for r in rows if not r.enforced and not r.outside]
    lines = ["# Rules coverage", "",
             "Generated by `python3 dev.py rules` from the catalogue (docs/rules-catalogue.tsv, a snapshot of",
             "../shared/domain/RULES.md), the code, the tests and docs/rules-outside.csv. Do not edit by hand.", "",
             f"{len(rows)} catalogue IDs: **{len(enforced)} enforced and tested**, {len(left)} outside the app or "
             f"not built yet, {len(missing)} in neither column.", "",
             "| ID | Rule | Enforced in | Tests | Not enforced because |", "|---|---|---|---|---|"]

    def cell(items: list[str], limit: int = 4) -> str:
        shown = ", ".join(f"`{i}`" for i in items[:limit])
        return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")

    for r in rows:
        lines.append(f"| {r.rule_id} | {r.summary.replace('|', '/')} | {cell(r.enforced_in) if r.enforced else ''} | "
                     f"{cell(r.tests) if r.enforced else ''} | {'' if r.enforced else (r.outside or '**missing**')} |")
    text = "\n".join(lines) + "\n"
    REPORT.write_text(text, encoding="utf-8")
    return text


def main() -> int:
    refreshed = refresh_snapshot()
    rows = coverage()
    write_report(rows)
    missing = [r.rule_id for r in rows if not r.enforced and not r.outside]
    print(f"{'refreshed' if refreshed else 'kept'} {SNAPSHOT.relative_to(ROOT)}; wrote {REPORT.relative_to(ROOT)}: "
          f"{sum(r.enforced for r in rows)} enforced and tested, {sum(bool(not r.enforced and r.outside) for r in rows)}"
          f" outside, {len(missing)} in neither" + (f": {', '.join(missing)}" if missing else ""))
    return 1 if missing else 0
