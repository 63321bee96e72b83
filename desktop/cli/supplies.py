"""``desktop supplies …``: office-supply stock from a script (issue 14: anything a user can do in
the GUI) — the catalogue and stores, stock on hand, half-year plans and purchases with their quotes,
receipts, collectors and issues, loans, counts, sheets and the 收发存 report.

One ``supplies`` group; each area's commands live in their own module (``supplies_<area>.py``,
``add_commands(group, who)``) and go through the services the GUI uses.
"""

from __future__ import annotations

import argparse
import importlib

__all__ = ["register", "AREAS"]

# supplies_stock: items, locations, stock; supplies_purchases: plans, purchases, quotes, orders;
# supplies_receipts: receipts and their finance links; supplies_issues: collectors, issues, holdings;
# supplies_loans: loans and counts; supplies_reports: sheets and the stock movement report.
AREAS = ("supplies_stock", "supplies_purchases", "supplies_receipts", "supplies_issues", "supplies_loans",
         "supplies_reports")


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001, ARG001
    group = sub.add_parser("supplies", help="office supplies: catalogue, stock, plans, quotes, receipts, issues, "
                           "loans, counts, reports").add_subparsers(dest="supplies_command", required=True)
    for area in AREAS:
        importlib.import_module(f"desktop.cli.{area}").add_commands(group, who)
