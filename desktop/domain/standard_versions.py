"""Standards tables with an effective date (生效日期, TRAVEL-19): a bureau's travel, reception or
meeting table is a list of versions, each in force from its date until the next one.

Stored shapes (the preset's ``standards.<table>``):

- ``[rows…]`` (or, for reception, ``{"alcohol_exception": …, "rows": […]}``): the shape presets had
  before versions existed — one version in force from the beginning;
- ``{"versions": [{"from": "YYYY-MM-DD" | null, "source": "…", "rows": […], …}, …]}``: versions,
  ``from`` null meaning from the beginning.

An empty ``rows`` list is a table the bureau has not entered ("未设置"): a claim that needs one of
its figures is refused with the figure and where to enter it (see the modules' ``missing_*``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping, Sequence

__all__ = ["Version", "VersionError", "versions_of", "in_force", "versions_to_json", "with_version", "WHERE_TO_ENTER"]

WHERE_TO_ENTER = "请在 规则配置 → 标准 中录入"


class VersionError(ValueError):
    pass


@dataclass(frozen=True)
class Version:
    effective: date | None  # None: in force from the beginning
    rows: Any  # the table's rows (a list); reception: the list of meal rows
    source: str = ""  # the document the figures come from (金区财发〔2017〕115号 …)
    extra: Mapping[str, Any] = field(default_factory=dict)  # reception: alcohol_exception

    def to_json(self) -> dict[str, Any]:
        return {"from": self.effective.isoformat() if self.effective else None, "source": self.source,
                **dict(self.extra), "rows": list(self.rows)}


def _day(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise VersionError(f"{where}.from: must be a date YYYY-MM-DD or null")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise VersionError(f"{where}.from: {value[:40]!r} is not a date YYYY-MM-DD") from None


def versions_of(raw: Any, name: str) -> list[Version]:
    """The versions of one stored table, oldest first (a legacy table: one from the beginning)."""
    if isinstance(raw, list):
        return [Version(None, raw)]
    if isinstance(raw, Mapping) and "versions" not in raw and "rows" in raw:  # legacy reception object
        return [Version(None, raw.get("rows") or [], str(raw.get("source") or ""),
                        {"alcohol_exception": bool(raw.get("alcohol_exception", False))})]
    if not isinstance(raw, Mapping) or not isinstance(raw.get("versions"), list) or not raw["versions"]:
        raise VersionError(f"{name}: must be a list of rows or {{\"versions\": [...]}}")
    out: list[Version] = []
    for i, v in enumerate(raw["versions"]):
        where = f"{name}.versions[{i}]"
        if not isinstance(v, Mapping):
            raise VersionError(f"{where}: must be an object")
        rows = v.get("rows", [])
        if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
            raise VersionError(f"{where}.rows: must be a list of rows (objects)")
        extra = {k: v[k] for k in v if k not in ("from", "source", "rows")}
        out.append(Version(_day(v.get("from"), where), rows, str(v.get("source") or "")[:200], extra))
    dates = [v.effective for v in out]
    if len(set(dates)) != len(dates):
        raise VersionError(f"{name}: two versions from the same date")
    return sorted(out, key=lambda v: v.effective or date.min)


def in_force(versions: Sequence[Version], on: date | None) -> Version | None:
    """The version in force on ``on`` (``None``: the latest); None when ``on`` is before the first."""
    if not versions:
        return None
    if on is None:
        return versions[-1]
    found = None
    for v in versions:
        if v.effective is None or v.effective <= on:
            found = v
    return found


def versions_to_json(versions: Sequence[Version]) -> dict[str, Any]:
    return {"versions": [v.to_json() for v in versions]}


def with_version(versions: Sequence[Version], new: Version) -> list[Version]:
    """The versions with ``new`` added (replacing one from the same date)."""
    kept = [v for v in versions if v.effective != new.effective]
    return sorted([*kept, new], key=lambda v: v.effective or date.min)
