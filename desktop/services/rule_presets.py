"""A bureau's rule preset: view, switch to a shipped preset, edit thresholds and chains.

Edits are checked by the same parser that loads the shipped presets, so a bad chain is
refused with the place that is wrong, and every change is in the audit trail with before and
after (SEC-08).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.approval.model import PresetError, Problem
from desktop.domain.approval.presets import Preset, preset_from_dict
from desktop.persistence.schema import Bureau
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["PresetService", "shipped_presets", "shipped_preset", "DEFAULT_PRESET", "PresetDifference",
           "preset_differences"]

DEFAULT_PRESET = "P-000"  # VOUCH-06: a new bureau starts on P-000


def _presets_dir():  # noqa: ANN202
    from desktop.app.paths import resource_path

    return resource_path("presets")


def shipped_presets() -> dict[str, dict[str, Any]]:
    folder = _presets_dir()
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("P-*.json"))}


def shipped_preset(code: str) -> dict[str, Any]:
    presets = shipped_presets()
    if code not in presets:
        raise refuse("SEC-08", "preset.unknown", f"没有规则预设 {code}（可用：{', '.join(presets)}）")
    return presets[code]


@dataclass(frozen=True)
class PresetDifference:
    """One thing two shipped presets do differently: a parameter, a kind's approval chain, or an
    incompatible pair of positions; ``first``/``second`` say it in words (“—” where one has none)."""

    topic: str  # parameter | chain | incompatible
    item: str  # what differs, in words (报销单, 集体决策金额标准 …)
    rule: str
    first: str
    second: str


# Categories the shipped chains' conditions name (DocumentFacts.category).
_CATEGORY_WORDS = {"leader": "局领导出差", "bulk": "批量处置", "special": "专项采购", "consumable": "办公耗材",
                   "2": "二类会议", "3": "三类会议", "4": "四类会议"}


def _parameter_text(name: str, value: Any) -> str:
    from desktop.domain.money import format_amount
    return format_amount(Decimal(str(value)), symbol=True) if name == "collective_threshold" else str(value)


def _condition_text(cond: dict[str, Any], parameters: dict[str, Any], only: str = "仅") -> str:
    def value(v: Any) -> str:
        if isinstance(v, str) and v.startswith("$"):
            return _parameter_text(v[1:], parameters.get(v[1:], v))
        return str(v)
    words = {"amount_gte": "金额≥{}", "amount_lt": "金额<{}", "days_gt": "天数>{}", "days_lte": "天数≤{}"}
    out = [words[k].format(value(v)) for k, v in cond.items() if k in words]
    if "categories" in cond:
        out.append(only + "、".join(_CATEGORY_WORDS.get(c, c) for c in cond["categories"]))
    if "not_categories" in cond:
        out.append("除" + "、".join(_CATEGORY_WORDS.get(c, c) for c in cond["not_categories"]))
    return "，".join(out)


def _chain_text(chain: dict[str, Any] | None, parameters: dict[str, Any]) -> str:
    """“财务负责人审核 → 局长审定（金额≥¥3,000.00 须集体决策）”: the steps in order, with when each applies."""
    if not chain:
        return "—"
    steps = []
    for step in chain.get("steps", []):
        notes = []
        if step.get("when"):
            notes.append(_condition_text(step["when"], parameters))
        if step.get("collective"):
            notes.append(_condition_text(step["collective"], parameters, only="") + "时须集体决策")
        steps.append(step.get("label", step.get("key", "")) + (f"（{'；'.join(notes)}）" if notes else ""))
    return " → ".join(steps) if steps else "（无审批环节）"


def preset_differences(first: str, second: str) -> list[PresetDifference]:
    """What differs between two shipped presets, computed from their files: the named parameters
    (thresholds), each document kind's chain, the incompatible positions (VOUCH-06, VOUCH-08, IC-04..06)."""
    from desktop.domain.approval.presets import PARAMETER_LABELS
    from desktop.domain.positions import position_label
    a, b = shipped_preset(first), shipped_preset(second)
    out: list[PresetDifference] = []
    pa, pb = a.get("parameters", {}), b.get("parameters", {})
    for name in list(pa) + [n for n in pb if n not in pa]:
        if pa.get(name) != pb.get(name):
            label, rule = PARAMETER_LABELS.get(name, (name, ""))
            out.append(PresetDifference("parameter", label, rule,
                                        _parameter_text(name, pa[name]) if name in pa else "—",
                                        _parameter_text(name, pb[name]) if name in pb else "—"))
    ca, cb = a.get("chains", {}), b.get("chains", {})
    for kind in list(ca) + [k for k in cb if k not in ca]:
        one, two = ca.get(kind), cb.get(kind)
        first_text, second_text = _chain_text(one, pa), _chain_text(two, pb)
        if first_text != second_text:  # as it works out: the same steps with another threshold differ too
            title = (one or two).get("title", kind)
            rules = "、".join(dict.fromkeys((one or {}).get("rules", []) + (two or {}).get("rules", [])))
            out.append(PresetDifference("chain", title, rules, first_text, second_text))

    def pairs(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {tuple(sorted((p["first"], p["second"]))): p for p in data.get("incompatible_positions", [])}
    ia, ib = pairs(a), pairs(b)
    for key in list(ia) + [k for k in ib if k not in ia]:
        if key not in ia or key not in ib:
            pair = ia.get(key) or ib[key]
            words = f"{position_label(key[0])}与{position_label(key[1])}不得兼任（{pair.get('reason', '')}）"
            out.append(PresetDifference("incompatible", words, pair.get("rule", ""),
                                        "是" if key in ia else "否", "是" if key in ib else "否"))
    return out


class PresetService(ServiceBase):
    def preset(self, user: SignedIn) -> Preset:
        with self.reading() as session:
            return self.preset_of(session, user.bureau_id)

    def apply_shipped(self, admin: SignedIn, code: str) -> None:
        data = shipped_preset(code)
        self._replace(admin, data, "preset.apply")

    def set_parameter(self, admin: SignedIn, name: str, value: str) -> None:
        """Each parameter within its own bounds (input gate: ``collective_threshold`` at most 1千万
        yuan, day counts whole numbers …); text, a JSON integer or a ``Decimal``, never a float."""
        from desktop.domain.input_gate.presets import read_parameter
        self.require_admin(admin)
        number, problems = read_parameter(name, value)
        if problems:
            raise Refused(problems)
        data = self.preset(admin).to_dict()
        if name not in data["parameters"]:
            raise refuse("SEC-08", "preset.parameter", f"没有参数 {name}")
        data["parameters"][name] = str(number)
        self._replace(admin, data, "preset.parameter")

    def set_chain(self, admin: SignedIn, kind: str, chain: dict[str, Any]) -> None:
        from desktop.domain.input_gate.presets import chain_problems
        self.require_admin(admin)
        problems = chain_problems(kind, chain)
        if problems:
            raise Refused(problems)
        data = self.preset(admin).to_dict()
        data["chains"][kind] = chain
        self._replace(admin, data, "preset.chain")

    def set_standards(self, admin: SignedIn, table: str, rows: Any, *, effective: date | None = None,
                      source: str | None = None) -> None:
        """Replace one of the bureau's standards tables ("travel", "reception", "meeting",
        "vehicle"; TRAVEL-19, RECEP-05, MEET-09, VEH-04), checked by the input gate (shape, every
        figure bounded, no JSON floats) and the domain parsers; ``None`` goes back to the shipped
        defaults.

        With ``effective`` (生效日期) the rows are the version in force from that date (added, or
        replacing the version of that date); claims dated before it keep the earlier figures and a
        submitted claim keeps the figures it was computed with (TRAVEL-19). Without it, the version
        in force from the beginning is replaced (a table stored without versions stays so)."""
        from desktop.domain.input_gate.presets import read_standards
        self.require_admin(admin)
        problems = read_standards(table, rows if rows is not None else [])
        if rows is None:  # only the table's name matters
            problems = [p for p in problems if p.code == "preset.standards"]
        if (effective is not None or source) and table == "vehicle":
            problems.append(Problem("TRAVEL-19", "standards.vehicle.versions", "用车提前天数没有生效日期版本"))
        if source is not None and (not isinstance(source, str) or len(source) > 200 or "\n" in source):
            problems.append(Problem("TRAVEL-19", "standards.source", "依据文件：须为一行、至多200字的文字"))
        if problems:
            raise Refused(problems)
        data = self.preset(admin).to_dict()
        tables = dict(data.get("standards") or {})
        if rows is None:
            tables.pop(table, None)
        elif table == "vehicle" or (effective is None and source is None
                                     and not _versioned(tables.get(table, self._default_table(data, table)))):
            tables[table] = rows
        else:
            tables[table] = _with_version(tables.get(table, self._default_table(data, table)), table, rows,
                                          effective, source)
        data["standards"] = tables
        if not tables:
            data.pop("standards")
        self._replace(admin, data, "preset.standards")

    def standards_versions(self, user: SignedIn, table: str) -> list:
        """The versions of one of the bureau's tables, oldest first (``Version``: effective date or
        None from the beginning, source, rows); the shipped table's when the bureau has none."""
        from desktop.domain.standard_versions import versions_of

        data = self.preset(user).to_dict()
        stored = (data.get("standards") or {}).get(table, self._default_table(data, table))
        return versions_of(stored, table)

    @staticmethod
    def _default_table(data: dict[str, Any], table: str) -> Any:
        from desktop.services.module_records import shipped_standard_rows

        return shipped_standard_rows(str(data.get("code", "")))[table]

    def _replace(self, admin: SignedIn, data: dict[str, Any], action: str) -> None:
        self.require_admin(admin)
        try:
            preset = preset_from_dict(data)
        except PresetError as exc:
            raise refuse("SEC-08", "preset.invalid", f"规则配置有误：{exc}") from None
        with self.transaction() as session:
            bureau = session.get(Bureau, admin.bureau_id)
            before = json.loads(bureau.preset_json)
            bureau.preset_json = json.dumps(preset.to_dict(), ensure_ascii=False)
            bureau.preset_code = preset.code
            self.audit(session, admin, action, "bureau", bureau.id, before=before, after=preset.to_dict())


def _versioned(stored: Any) -> bool:
    return isinstance(stored, dict) and "versions" in stored


def _with_version(stored: Any, table: str, rows: Any, effective: date | None, source: str | None) -> dict[str, Any]:
    """The stored table (any shape) as versions, with ``rows`` as the version from ``effective``."""
    from desktop.domain.standard_versions import Version, in_force, versions_of, versions_to_json, with_version

    versions = versions_of(stored, table)
    same = next((v for v in versions if v.effective == effective), None)
    extra = dict(same.extra) if same else {}
    if isinstance(rows, dict):  # reception: {"alcohol_exception": …, "rows": […]}
        extra["alcohol_exception"] = bool(rows.get("alcohol_exception", False))
        rows = rows.get("rows", [])
    elif table == "reception" and same is None:
        before = in_force(versions, effective)
        if before is not None and "alcohol_exception" in before.extra:
            extra["alcohol_exception"] = before.extra["alcohol_exception"]
    if source is None:
        source = same.source if same else ""
    return versions_to_json(with_version(versions, Version(effective, list(rows), source.strip(), extra)))
