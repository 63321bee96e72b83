"""The approval engine's vocabulary: chains declared as data, and the facts a decision needs.

A document kind declares its chain (IC-01 levels, VOUCH-06 ordered steps by position) with
conditions on amount, days and category, and thresholds above which a collective-decision
record (VOUCH-08, IC-08) must be linked before a step can pass. Chains are frozen
dataclasses made from plain dicts, so a bureau's preset lives in the database as JSON and
an administrator edits it without code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping

from desktop.domain.money import MoneyError, parse_amount

__all__ = [
    "State",
    "Action",
    "PresetError",
    "Condition",
    "StepSpec",
    "ChainSpec",
    "DocumentFacts",
    "Actor",
    "Problem",
]


class State(str, enum.Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    REJECTED = "rejected"
    APPROVED = "approved"
    ARCHIVED = "archived"


class Action(str, enum.Enum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"
    ARCHIVE = "archive"


class PresetError(ValueError):
    """A chain or preset that cannot be used, naming the place that is wrong."""


@dataclass(frozen=True)
class Problem:
    """Why an action is refused. Errors are values (Beancount style), collected, shown at once."""

    rule: str
    code: str
    text: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.text}"


def _threshold(value: Any, params: Mapping[str, Decimal], where: str) -> Decimal:
    """A literal amount/number, or ``"$name"`` for one of the bureau's named parameters."""
    if isinstance(value, str) and value.startswith("$"):
        name = value[1:]
        if name not in params:
            raise PresetError(f"{where}: unknown parameter {value}")
        return Decimal(params[name])
    try:
        return parse_amount(value if not isinstance(value, (int, Decimal)) else Decimal(value), allow_negative=False, field=where)
    except MoneyError as exc:
        raise PresetError(str(exc)) from exc


@dataclass(frozen=True)
class Condition:
    """All stated bounds must hold. Bounds follow AMB-01: ``*_gte`` includes the threshold."""

    amount_gte: Any = None
    amount_lt: Any = None
    days_gt: Any = None
    days_lte: Any = None
    categories: tuple[str, ...] | None = None
    not_categories: tuple[str, ...] | None = None
    # The unit the document's department belongs to: "bureau" (局机关) or "centre" (医保中心, a
    # subordinate unit whose staff are approved by their own unit's head, TRAVEL-02).
    units: tuple[str, ...] | None = None
    not_units: tuple[str, ...] | None = None

    KEYS = ("amount_gte", "amount_lt", "days_gt", "days_lte", "categories", "not_categories", "units", "not_units")
    _LISTS = ("categories", "not_categories", "units", "not_units")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None, where: str) -> Condition | None:
        if data is None:
            return None
        if not isinstance(data, Mapping):
            raise PresetError(f"{where}: a condition must be a mapping")
        unknown = set(data) - set(cls.KEYS)
        if unknown:
            raise PresetError(f"{where}: unknown condition keys {sorted(unknown)}")
        values = dict(data)
        for key in cls._LISTS:
            if key in values and values[key] is not None:
                values[key] = tuple(str(v) for v in values[key])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in self.KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = list(value) if isinstance(value, tuple) else (str(value) if isinstance(value, Decimal) else value)
        return out

    def validate(self, params: Mapping[str, Decimal], where: str) -> None:
        for key in ("amount_gte", "amount_lt", "days_gt", "days_lte"):
            value = getattr(self, key)
            if value is not None:
                _threshold(value, params, f"{where}.{key}")

    def holds(self, facts: DocumentFacts, params: Mapping[str, Decimal]) -> bool:
        where = "condition"
        if self.amount_gte is not None and facts.amount < _threshold(self.amount_gte, params, where):
            return False
        if self.amount_lt is not None and not facts.amount < _threshold(self.amount_lt, params, where):
            return False
        if self.days_gt is not None and not facts.days > _threshold(self.days_gt, params, where):
            return False
        if self.days_lte is not None and not facts.days <= _threshold(self.days_lte, params, where):
            return False
        if self.categories is not None and facts.category not in self.categories:
            return False
        if self.not_categories is not None and facts.category in self.not_categories:
            return False
        if self.units is not None and facts.unit not in self.units:
            return False
        if self.not_units is not None and facts.unit in self.not_units:
            return False
        return True


@dataclass(frozen=True)
class StepSpec:
    """One approval step: who (a position), when (a condition), and what it needs.

    ``scope="department"`` means the position must be held *for the document's department*
    (a section head for their section, a leader in charge for the sections they oversee);
    ``scope="office"`` for the bureau office's department (办公室分管领导, SUPPLY-04 in 001): the
    office's department is pinned into ``department_id`` when the steps are resolved at submission.
    ``collective`` is the condition under which this step may pass only with a linked
    collective-decision record (VOUCH-08).
    """

    key: str
    position: str
    label: str
    level: str = "review"  # IC-01: first_review, recheck, review, signoff
    scope: str = "bureau"
    when: Condition | None = None
    collective: Condition | None = None
    department_id: int | None = None  # scope "office": the department the position is held for

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str) -> StepSpec:
        try:
            key, position, label = str(data["key"]), str(data["position"]), str(data["label"])
        except KeyError as exc:
            raise PresetError(f"{where}: missing {exc.args[0]!r}") from exc
        scope = str(data.get("scope", "bureau"))
        if scope not in ("bureau", "department", "office"):
            raise PresetError(f"{where}: scope must be 'bureau', 'department' or 'office'")
        department_id = data.get("department_id")
        if department_id is not None and (isinstance(department_id, bool) or not isinstance(department_id, int)):
            raise PresetError(f"{where}.department_id: must be a department id")
        level = str(data.get("level", "review"))
        if level not in ("first_review", "recheck", "review", "signoff"):
            raise PresetError(f"{where}: level must be first_review, recheck, review or signoff")
        return cls(
            key=key,
            position=position,
            label=label,
            level=level,
            scope=scope,
            when=Condition.from_dict(data.get("when"), f"{where}.when"),
            collective=Condition.from_dict(data.get("collective"), f"{where}.collective"),
            department_id=department_id,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "position": self.position,
            "label": self.label,
            "level": self.level,
            "scope": self.scope,
        }
        if self.when is not None:
            out["when"] = self.when.to_dict()
        if self.collective is not None:
            out["collective"] = self.collective.to_dict()
        if self.department_id is not None:
            out["department_id"] = self.department_id
        return out


@dataclass(frozen=True)
class ChainSpec:
    """A document kind's chain: its title, how it is numbered (IC-15) and its steps in order."""

    kind: str
    title: str
    serial_prefix: str
    period: str = "month"  # "month" → 记-2026-11-0001, "year" → 差-2026-0001
    steps: tuple[StepSpec, ...] = field(default_factory=tuple)
    rules: tuple[str, ...] = ()
    # When this holds, the document must carry the external approval reference (上级批准文号) at
    # submission: P-001 category 2–3 meetings are approved by 县委/县政府, not in the bureau (MEET-02).
    reference: Condition | None = None

    @classmethod
    def from_dict(cls, kind: str, data: Mapping[str, Any]) -> ChainSpec:
        where = f"chains.{kind}"
        try:
            title = str(data["title"])
            prefix = str(data["serial_prefix"])
        except KeyError as exc:
            raise PresetError(f"{where}: missing {exc.args[0]!r}") from exc
        period = str(data.get("period", "month"))
        if period not in ("month", "year"):
            raise PresetError(f"{where}.period: must be 'month' or 'year'")
        raw_steps = data.get("steps") or []
        if not raw_steps:
            raise PresetError(f"{where}: a chain needs at least one step")
        steps = tuple(StepSpec.from_dict(s, f"{where}.steps[{i}]") for i, s in enumerate(raw_steps))
        keys = [s.key for s in steps]
        if len(set(keys)) != len(keys):
            raise PresetError(f"{where}: step keys must be unique")
        return cls(kind=kind, title=title, serial_prefix=prefix, period=period, steps=steps,
                   rules=tuple(str(r) for r in data.get("rules", ())),
                   reference=Condition.from_dict(data.get("reference"), f"{where}.reference"))

    def to_dict(self) -> dict[str, Any]:
        out = {
            "title": self.title,
            "serial_prefix": self.serial_prefix,
            "period": self.period,
            "rules": list(self.rules),
            "steps": [s.to_dict() for s in self.steps],
        }
        if self.reference is not None:
            out["reference"] = self.reference.to_dict()
        return out


@dataclass(frozen=True)
class DocumentFacts:
    """What the chain's conditions look at."""

    amount: Decimal = Decimal("0.00")
    days: int = 0
    category: str = ""
    department_id: int | None = None
    submitter_id: int | None = None
    unit: str = ""  # the department's unit: "bureau" or "centre" (TRAVEL-02)
    office_department_id: int | None = None  # the bureau office's department (scope "office")
    document_id: int | None = None  # which document (a decision matter serves one, IC-08)
    reference: str = ""  # the external approval reference (上级批准文号) recorded on it


@dataclass(frozen=True)
class Actor:
    """A signed-in person as the rules see them.

    ``assignments`` holds (position, department id or None) pairs: a section head is
    assigned to their section, a leader in charge once per section they oversee.
    """

    person_id: int
    name: str = ""
    assignments: frozenset[tuple[str, int | None]] = frozenset()
    is_system_admin: bool = False

    @property
    def positions(self) -> frozenset[str]:
        return frozenset(p for p, _ in self.assignments)

    def holds(self, position: str, department_id: int | None = None, *, scoped: bool = False) -> bool:
        if not scoped:
            return position in self.positions
        return (position, department_id) in self.assignments
