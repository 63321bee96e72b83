"""Separation of duties between positions (IC-04, IC-05, IC-06, SEC-13, ASSET-05).

Incompatible pairs are data: each bureau's preset lists them, and later modules add theirs.
A check returns problems as values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from desktop.domain.approval.model import PresetError, Problem
from desktop.domain.positions import position_label

__all__ = ["IncompatiblePair", "conflicts_for", "pairs_from_dicts"]


@dataclass(frozen=True)
class IncompatiblePair:
    first: str
    second: str
    rule: str
    reason: str

    def matches(self, positions: frozenset[str]) -> bool:
        return self.first in positions and self.second in positions


def pairs_from_dicts(rows: Iterable[Mapping[str, Any]]) -> tuple[IncompatiblePair, ...]:
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(IncompatiblePair(str(row["first"]), str(row["second"]), str(row["rule"]), str(row.get("reason", ""))))
        except KeyError as exc:
            raise PresetError(f"incompatible_positions[{i}]: missing {exc.args[0]!r}") from exc
    return tuple(out)


def conflicts_for(positions: Iterable[str], pairs: Iterable[IncompatiblePair]) -> list[Problem]:
    """Problems for a person who would hold all of ``positions`` at once."""
    held = frozenset(positions)
    return [
        Problem(p.rule, "sod.incompatible", f"岗位不相容：{position_label(p.first)}与{position_label(p.second)}不得由同一人担任（{p.reason}）")
        for p in pairs
        if p.matches(held)
    ]
