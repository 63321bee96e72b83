"""What ``desk.assets`` returns: plain frozen records for the GUI, the command line and the
other asset services (a card, a row of a card list, its files, history and acceptances)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

__all__ = ["CategoryView", "CardView", "CardRow", "FileView", "EventView", "AcceptanceView"]


@dataclass(frozen=True)
class CategoryView:
    code: str
    name: str
    kind: str
    useful_life_years: int
    depreciable: bool
    active: bool


@dataclass(frozen=True)
class FileView:
    id: int
    kind: str
    file_name: str
    size: int


@dataclass(frozen=True)
class EventView:
    at: datetime
    kind: str
    kind_label: str
    summary: str
    staff_name: str
    document_serial: str


@dataclass(frozen=True)
class AcceptanceView:
    role: str
    staff_name: str
    result: str
    note: str
    at: datetime


@dataclass(frozen=True)
class CardRow:
    id: int
    card_no: str
    name: str
    category_code: str
    category_name: str
    specification: str
    quantity: int
    unit: str
    original_value: Decimal
    acquired_on: date
    department_name: str
    user_name: str
    location: str
    status: str
    status_label: str


@dataclass(frozen=True)
class CardView:
    id: int
    card_no: str
    name: str
    category_code: str
    category_name: str
    specification: str
    unit: str
    quantity: int
    original_value: Decimal
    acquired_on: date
    acquisition_way: str
    funding_source: str
    supplier: str
    contract_no: str
    approval_ref: str
    source_document_id: int | None
    department_id: int | None
    department_name: str
    user_id: int | None
    user_name: str
    location: str
    status: str
    status_label: str
    bulk: bool
    storage_media: bool
    depreciable: bool
    useful_life_months: int
    depreciated_before: Decimal
    months_before: int
    removed_period: str | None
    voucher_id: int | None
    note: str
    accumulated: Decimal
    net_value: Decimal
    acceptances: tuple[AcceptanceView, ...]
    files: tuple[FileView, ...]
    history: tuple[EventView, ...]
