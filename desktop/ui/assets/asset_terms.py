"""The words the asset screens show for the services' codes (card status, acquisition way, disposal
way, file kind), translated here so the English interface reads English; who may do what on a card
(the buttons shown — the service still decides); reading an amount typed in a money field."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.services.base import SignedIn

__all__ = ["STATUSES", "WAYS", "DISPOSAL_WAYS", "status_text", "way_text", "disposal_way_text", "is_asset_manager",
           "amount_of", "fill_combo", "MANAGER_POSITIONS"]

translate = QCoreApplication.translate

# The order a user reads them in the status filter.
STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("AssetTerms", "Awaiting acceptance"),
    "active": QT_TRANSLATE_NOOP("AssetTerms", "In use (active)"),
    "idle": QT_TRANSLATE_NOOP("AssetTerms", "Idle"),
    "repair": QT_TRANSLATE_NOOP("AssetTerms", "Under repair"),
    "disposing": QT_TRANSLATE_NOOP("AssetTerms", "Being disposed of"),
    "disposed": QT_TRANSLATE_NOOP("AssetTerms", "Disposed of"),
    "rejected": QT_TRANSLATE_NOOP("AssetTerms", "Failed acceptance"),
    "written_off": QT_TRANSLATE_NOOP("AssetTerms", "Written off (shortage)"),
}
WAYS: dict[str, str] = {
    "purchase": QT_TRANSLATE_NOOP("AssetTerms", "Purchase"),
    "transfer_in": QT_TRANSLATE_NOOP("AssetTerms", "Transferred in"),
    "donation": QT_TRANSLATE_NOOP("AssetTerms", "Donation received"),
    "other": QT_TRANSLATE_NOOP("AssetTerms", "Other way"),
}
DISPOSAL_WAYS: dict[str, str] = {
    "scrap": QT_TRANSLATE_NOOP("AssetTerms", "Scrap"),
    "sale": QT_TRANSLATE_NOOP("AssetTerms", "Sale"),
    "transfer_out": QT_TRANSLATE_NOOP("AssetTerms", "Transfer out"),
    "donation": QT_TRANSLATE_NOOP("AssetTerms", "Donation"),
}
# The asset manager (资产管理员) keeps cards and custody (ASSET-05); the service checks it again.
MANAGER_POSITIONS = frozenset({"asset_mgr"})


def status_text(code: str) -> str:
    return translate("AssetTerms", STATUSES[code]) if code in STATUSES else code


def way_text(code: str) -> str:
    return translate("AssetTerms", WAYS[code]) if code in WAYS else code


def disposal_way_text(code: str) -> str:
    return translate("AssetTerms", DISPOSAL_WAYS[code]) if code in DISPOSAL_WAYS else code


def is_asset_manager(user: SignedIn) -> bool:
    return not user.is_admin and bool(MANAGER_POSITIONS & set(user.positions))


def amount_of(text: str) -> Decimal | None:
    """``¥1,234.50`` → Decimal("1234.50"); None when empty or not an amount (the gate says why)."""
    cleaned = text.strip().lstrip("¥￥").replace(",", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def fill_combo(box: QComboBox, items: list[tuple[str, object]], *, blank: str | None = None,
               current: object = None) -> None:
    """Replace the items (text, data); ``blank`` first with data None; select ``current``."""
    box.blockSignals(True)
    box.clear()
    if blank is not None:
        box.addItem(blank, None)
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current) if current is not None else 0
    box.setCurrentIndex(max(index, 0))
    box.blockSignals(False)
