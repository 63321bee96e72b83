"""The modules in the left navigation and the document kinds each one shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["Module", "MODULES", "module_label"]


@dataclass(frozen=True)
class Module:
    key: str
    label: str  # English source text, translated in context "Navigation"
    kinds: tuple[str, ...] = ()
    admin_only: bool = False
    books_readers_only: bool = False  # 账簿: finance staff, director, finance leader, office head, auditor


MODULES: tuple[Module, ...] = (
    Module("home", QT_TRANSLATE_NOOP("Navigation", "Home (to do)")),
    Module("mine", QT_TRANSLATE_NOOP("Navigation", "My documents")),
    Module("seals", QT_TRANSLATE_NOOP("Navigation", "Seals"), ("seal_use", "seal_engraving", "seal_takeout")),
    Module("expenses", QT_TRANSLATE_NOOP("Navigation", "Expenses & vouchers"), ("expense_claim", "advance")),
    Module("books", QT_TRANSLATE_NOOP("Navigation", "Books"), books_readers_only=True),
    Module("assets", QT_TRANSLATE_NOOP("Navigation", "Fixed assets"), ("asset_transfer", "asset_repair", "asset_disposal", "asset_stocktake")),
    Module("supplies", QT_TRANSLATE_NOOP("Navigation", "Office supplies"), ("supply_purchase", "supply_count")),
    Module("travel", QT_TRANSLATE_NOOP("Navigation", "Travel"), ("trip_approval", "travel_claim")),
    Module("hospitality", QT_TRANSLATE_NOOP("Navigation", "Reception · vehicles · meetings"),
           ("reception", "reception_list", "vehicle_request", "meeting", "meeting_claim", "meeting_plan")),
    Module("reports", QT_TRANSLATE_NOOP("Navigation", "Reports")),
    Module("admin", QT_TRANSLATE_NOOP("Navigation", "System administration"), admin_only=True),
)


def module_label(module: Module) -> str:
    return QCoreApplication.translate("Navigation", module.label)
