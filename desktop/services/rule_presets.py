"""A bureau's rule preset: view, switch to a shipped preset, edit thresholds and chains.

Edits are checked by the same parser that loads the shipped presets, so a bad chain is
refused with the place that is wrong, and every change is in the audit trail with before and
after (SEC-08).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.approval.model import PresetError
from desktop.domain.approval.presets import Preset, preset_from_dict
from desktop.persistence.schema import Bureau
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["PresetService", "shipped_presets", "shipped_preset", "DEFAULT_PRESET"]

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

    def set_standards(self, admin: SignedIn, table: str, rows: Any) -> None:
        """Replace one of the bureau's standards tables ("travel", "reception", "meeting",
        "vehicle"; TRAVEL-19, RECEP-05, MEET-09, VEH-04), checked by the input gate (shape, every
        figure bounded, no JSON floats) and the domain parsers; ``None`` goes back to the shipped
        defaults."""
        from desktop.domain.input_gate.presets import read_standards
        self.require_admin(admin)
        problems = read_standards(table, rows if rows is not None else [])
        if rows is None:  # only the table's name matters
            problems = [p for p in problems if p.code == "preset.standards"]
        if problems:
            raise Refused(problems)
        data = self.preset(admin).to_dict()
        tables = dict(data.get("standards") or {})
        if rows is None:
            tables.pop(table, None)
        else:
            tables[table] = rows
        data["standards"] = tables
        if not tables:
            data.pop("standards")
        self._replace(admin, data, "preset.standards")

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
