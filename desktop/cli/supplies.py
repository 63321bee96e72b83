"""``desktop supplies …``: office-supply stock from a script (issue 14: anything a user can do in
the GUI) — the catalogue and stores, stock on hand, half-year plans and purchases with their quotes,
receipts, collectors and issues, loans, counts, sheets and the 收发存 report.

One ``supplies`` group; each area's commands live in their own module (``supplies_<area>.py``,
``add_commands(group, who)``) and go through the services the GUI uses.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any, Sequence

from desktop.cli.common import open_desk, sign_in

__all__ = ["register", "AREAS", "context", "dump", "table"]

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


# What the area modules share ----------------------------------------------------------------------
def context(args: argparse.Namespace):  # noqa: ANN201
    """The desk of ``--db`` and the person of ``--user``, signed in."""
    desk = open_desk(args)
    return desk, sign_in(desk, args)


def dump(value: Any) -> None:
    """A view or list as JSON (amounts as decimal strings), as the assets commands print it."""
    from desktop.cli.assets import _dump

    _dump(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[bool]) -> None:
    from desktop.cli.assets import _table

    _table(headers, rows, right)
