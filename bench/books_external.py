"""The generated book (bench/book_generator.py) in plain-text accounting formats, and the year's balance report
through ledger-cli, hledger and beancount (bean-query), timed for wall time and peak memory.

    .venv/bin/python bench/books_external.py [--lines 1000000] [--seed 2026] [--dir DIR] [--tools ledger,hledger,bean-query]

Installs nothing: a missing tool is reported with how to install it (Debian: ``apt-get install ledger hledger``;
beancount: ``pip install beancount==3.1.0 beanquery`` — bean-query is looked for on PATH, then in /tmp/beanvenv).
Each tool's per-account balances are checked against the generator's, so a figure is only printed for a tool
that read the whole book right.

Account names: root by the code's first digit (1 Assets, 2 Liabilities, 3 Equity, 4 Income, 5 Expenses; budget
accounting 6 Income, 7 Expenses, 8 Equity), then one component per level prefixed "A" (beancount components must
start with a capital or digit in every version): 100201 → Assets:A1002:A100201. Debits positive, credits negative.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from book_generator import Voucher, accounts, generate  # noqa: E402 - bench/book_generator.py

__all__ = ["Written", "ToolRun", "account_name", "write_books", "run_tool", "TOOLS", "find_tool", "main"]

ROOTS = {"1": "Assets", "2": "Liabilities", "3": "Equity", "4": "Income", "5": "Expenses",
         "6": "Income", "7": "Expenses", "8": "Equity"}
TOOLS = ("ledger", "hledger", "bean-query")
INSTALL = {"ledger": "apt-get install -y ledger", "hledger": "apt-get install -y hledger",
           "bean-query": "pip install beancount==3.1.0 beanquery (e.g. python3 -m venv /tmp/beanvenv)"}
_AMOUNT = re.compile(r"(-?[\d,]+(?:\.\d+)?)\s+CNY")


def account_name(code: str) -> str:
    """Assets:A1002:A100201 for 100201; Assets:A1001 for a first-level 1001."""
    parts = [code[:4]] + ([code] if len(code) > 4 else [])
    return ":".join([ROOTS[code[0]], *(f"A{p}" for p in parts)])


def _cny(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d} CNY"


@dataclass
class Written:
    ledger: Path  # ledger-cli / hledger journal (one file serves both)
    beancount: Path
    lines: int
    vouchers: int
    debit_fen: int  # sum of debits = the book's total
    balances: dict[str, int]  # account name → net (debit − credit) in fen


def write_books(directory: Path, vouchers: Iterable[Voucher]) -> Written:
    """One pass over ``vouchers``: the journal for ledger/hledger, the beancount file, and the expected balances."""
    directory.mkdir(parents=True, exist_ok=True)
    led_path, bean_path = directory / "book.journal", directory / "book.beancount"
    names = {a.code: account_name(a.code) for a in accounts() if a.postable}
    balances: dict[str, int] = {}
    n = count = debit = 0
    with led_path.open("w", encoding="utf-8") as led, bean_path.open("w", encoding="utf-8") as bean:
        bean.write('option "operating_currency" "CNY"\n\n')
        for code, name in names.items():
            bean.write(f"2026-01-01 open {name} CNY\n")
        bean.write("\n")
        for v in vouchers:
            count += 1
            day = v.date.isoformat()
            led.write(f"{day} ({v.number}) {v.summary}\n")
            bean.write(f'{day} * "{v.number}" "{v.summary}"\n')
            for ln in v.lines:
                name = names[ln.account]
                net = ln.debit_fen - ln.credit_fen
                amount = _cny(net)
                led.write(f"    {name}  {amount}\n")
                bean.write(f"  {name}  {amount}\n")
                balances[name] = balances.get(name, 0) + net
                debit += ln.debit_fen
                n += 1
            led.write("\n")
            bean.write("\n")
    return Written(led_path, bean_path, n, count, debit, balances)


def find_tool(tool: str) -> str | None:
    found = shutil.which(tool)
    if not found and tool == "bean-query" and Path("/tmp/beanvenv/bin/bean-query").exists():
        found = "/tmp/beanvenv/bin/bean-query"
    return found


def _command(tool: str, exe: str, written: Written) -> list[str]:
    if tool == "ledger":
        return [exe, "-f", str(written.ledger), "bal", "--flat"]
    if tool == "hledger":
        return [exe, "-f", str(written.ledger), "bal", "--flat"]
    return [exe, str(written.beancount), "SELECT account, sum(position) GROUP BY account"]


def parse_balances(output: str) -> dict[str, int]:
    """Account → net fen from a balance report (ledger/hledger: amount then account; bean-query: account then
    amount). Accounts at zero are left out by the tools, so they are left out here too."""
    found: dict[str, int] = {}
    for line in output.splitlines():
        m = _AMOUNT.search(line)
        words = [w for w in line.replace(m.group(0), " ").split() if ":" in w] if m else []
        if not m or len(words) != 1:
            continue
        text = m.group(1).replace(",", "")
        whole, _, frac = text.partition(".")
        fen = abs(int(whole)) * 100 + int((frac + "00")[:2])
        found[words[0]] = -fen if text.startswith("-") else fen
    return found


@dataclass
class ToolRun:
    tool: str
    version: str
    wall_s: float
    peak_rss_mb: float | None
    cpu_s: float | None  # user + system: less at the mercy of other load on the machine than wall time
    agrees: bool
    detail: str  # why not, when it does not agree or did not run


def _version(exe: str, tool: str) -> str:
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return "?"
    return (out.strip().splitlines() or ["?"])[0].split(",")[0][:24]


def run_tool(tool: str, written: Written, timeout: float = 900) -> ToolRun:
    """The year's balance report through ``tool``, timed as a whole process (wall time, peak RSS)."""
    exe = find_tool(tool)
    if not exe:
        return ToolRun(tool, "-", 0.0, None, None, False, f"not installed ({INSTALL[tool]})")
    version = _version(exe, tool)
    cmd = _command(tool, exe, written)
    gnu_time = Path("/usr/bin/time")
    with tempfile.TemporaryDirectory() as tmp:
        stats = Path(tmp) / "time.txt"
        full = [str(gnu_time), "-v", "-o", str(stats), *cmd] if gnu_time.exists() else cmd
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        try:
            proc = subprocess.run(full, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, "LANG": "C.UTF-8", "COLUMNS": "200"})
        except subprocess.TimeoutExpired:
            return ToolRun(tool, version, timeout, None, None, False, f"timed out after {timeout:.0f} s")
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        if gnu_time.exists():
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats.read_text())
            rss = int(m.group(1)) / 1024 if m else None
        else:  # the largest child so far: exact only while each tool uses more than the ones before it
            rss = after.ru_maxrss / 1024 if after.ru_maxrss > before.ru_maxrss else None
    if proc.returncode != 0:
        return ToolRun(tool, version, wall, rss, cpu, False, f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    got = parse_balances(proc.stdout)
    want = {k: v for k, v in written.balances.items() if v}
    wrong = sorted(k for k in set(got) | set(want) if got.get(k, 0) != want.get(k, 0))
    detail = "" if not wrong else f"{len(wrong)} account balances differ, e.g. {wrong[0]}: " \
                                  f"tool {got.get(wrong[0], 0)} fen, book {want.get(wrong[0], 0)} fen"
    return ToolRun(tool, version, wall, rss, cpu, not wrong, detail)


def print_table(runs: list[ToolRun], written: Written) -> None:
    print(f"book: {written.lines:,} lines, {written.vouchers:,} vouchers, {len(written.balances)} accounts, "
          f"debits ¥{written.debit_fen / 100:,.2f}")
    print(f"{'tool':<11} {'version':<24} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12}  balances")
    for r in runs:
        rss = f"{r.peak_rss_mb:12.0f}" if r.peak_rss_mb is not None else f"{'?':>12}"
        cpu = f"{r.cpu_s:8.2f}" if r.cpu_s is not None else f"{'?':>8}"
        verdict = "agree" if r.agrees else r.detail
        print(f"{r.tool:<11} {r.version:<24} {r.wall_s:8.2f} {cpu} {rss}  {verdict}")


def main(argv: list[str] | None = None) -> list[ToolRun]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, help="keep the files here (default: a temporary folder)")
    parser.add_argument("--tools", default=",".join(TOOLS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.dir or Path(tmp)
        t = time.perf_counter()
        written = write_books(directory, generate(args.lines, args.seed))
        print(f"wrote {written.ledger.name} and {written.beancount.name} in {time.perf_counter() - t:.1f} s")
        runs = [run_tool(tool, written) for tool in args.tools.split(",") if tool]
        print_table(runs, written)
    return runs


if __name__ == "__main__":
    main()
