"""What an approver decides on, per document kind, in the details pane: the facts of the payload
in words (destination, dates and days, transport, guests, seal …), the tables a sheet prints (the
travel breakdown per day with its rule IDs, tickets, meals, invoices), attachments, the budget line
with what remains, payment, and the markers an approver must not miss (补报 TRAVEL-01, late claim
TRAVEL-03, over budget). Read from the document's payload and ``desk.my_work.details``; no I/O here."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.formatting import money

__all__ = ["summary_rows", "summary_html", "markers_html", "details_html", "category_text"]


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """``text`` in the interface language; every text used is listed in ``_MARKED`` for lupdate."""
    return translate("DocumentSummary", text)


# kind → [(English label, payload keys: the first one present is shown)]. The *_text / *_label keys
# are the words the sheet prints; the raw keys are the fallbacks for older records.
FIELDS: Mapping[str, Sequence[tuple[str, tuple[str, ...]]]] = {
    "trip_approval": [
        ("Travellers", ("traveller_list", "travellers")), ("Destination", ("destination", "destinations")),
        ("Dates and days", ("dates",)), ("Transport", ("transport_label", "transport")),
        ("Companions", ("companions",)), ("Grade", ("grade_text", "grade")), ("Area", ("zone_text", "zone")),
        ("Funds", ("funds_text", "funds")), ("Advance", ("advance_text",)),
        ("Single room", ("single_room_reason",)), ("Approval basis", ("filing_text",))],
    "travel_claim": [
        ("Trip approval", ("trip_serial",)), ("Route", ("route",)), ("Dates and days", ("dates",)),
        ("Travellers", ("travellers",)), ("Grade", ("grade_text", "grade")),
        ("Transport cost", ("transport_cost",)), ("Lodging", ("lodging_cost",)),
        ("Meal allowance", ("meal_allowance",)), ("Local transport", ("local_transport",)),
        ("Paid by the traveller", ("personal",)), ("Advance", ("advance_text",)),
        ("Settlement", ("settlement_text",)), ("Payee", ("payee_text", "payee")), ("Account", ("account_text",)),
        ("Claim deadline", ("late_text",))],
    "reception": [
        ("Guest unit", ("guest_unit",)), ("Letter", ("letter", "letter_no")), ("Guests", ("guest_names", "guests")),
        ("Dates", ("dates",)), ("Meals", ("meal_plan", "meals")), ("Accompanying", ("accompany_text", "hosts")),
        ("Accompanying limit", ("accompany_limit",)), ("Lodging", ("lodging_label", "lodging"))],
    "reception_list": [
        ("Reception approval", ("reception_serial",)), ("Guest unit", ("guest_unit",)), ("Letter", ("letter",)),
        ("Guests", ("guest_names", "guest_count")), ("Dates", ("dates",)), ("Accompanying", ("accompany_text",)),
        ("Items", ("item_lines",)), ("Lodging", ("lodging_cost",)), ("Transport", ("transport_cost",)),
        ("Total", ("total_text",)), ("Declaration", ("declaration_text",))],
    "vehicle_request": [
        ("Purpose", ("purpose_label",)), ("Route", ("route",)), ("Destination", ("destination",)),
        ("Passengers", ("passenger_text", "passengers")), ("Departure", ("departure_text", "departure")),
        ("Returns at", ("returns_text",)), ("Distance", ("distance_label",)), ("Mileage", ("mileage_text",)),
        ("Lead time", ("lead_text",)), ("Holiday", ("holiday_text",)), ("Urgent because", ("urgent_reason",)),
        ("Vehicle", ("plate_text",)), ("Driver", ("driver_text",))],
    "meeting": [
        ("Meeting", ("name",)), ("Category", ("meeting_class",)), ("Schedule", ("schedule",)),
        ("Venue", ("venue",)), ("Form", ("mode_label",)), ("Attendees", ("attendees",)),
        ("Budget", ("budget_text",)), ("Funds", ("funding",)), ("Content", ("content",))],
    "meeting_claim": [
        ("Meeting approval", ("meeting_serial",)), ("Category", ("meeting_class",)), ("Schedule", ("schedule",)),
        ("Venue", ("venue",)), ("Attendees", ("attendees",)), ("Costs", ("cost_text",)),
        ("Approved budget", ("budget_text",))],
    "meeting_plan": [("Year", ("plan_year",)), ("Number of meetings", ("count",)), ("Due", ("deadline",)),
                     ("Plan", ("plan_lines",)), ("Late because", ("late_explanation",))],
    "seal_use": [("Seal", ("seal_name",)), ("Document", ("document",)), ("Document number", ("document_no",)),
                 ("Copies", ("copies",)), ("Use", ("use_purpose",))],
    "seal_engraving": [("Seal type", ("seal_type",)), ("Specification", ("spec",)), ("Engraver", ("maker",))],
    "seal_takeout": [("Seal", ("seal_name",)), ("Destination", ("destination",)), ("Period", ("dates",)),
                     ("Jointly responsible", ("persons_text",))],  # SEAL-14
    "supply_purchase": [("Items", ("items",)), ("Supplier", ("supplier",)), ("Method", ("method",)),
                        ("Purchase no.", ("purchase_no",)), ("Procurement catalogue", ("procurement_catalogue",))],
    "asset_disposal": [("Asset numbers", ("asset_no",)), ("Model", ("model",)), ("Acquired", ("acquired",)),
                       ("Years used", ("years_used",)), ("Method", ("method",)), ("Scale", ("scale_text",)),
                       ("External approval", ("external_approval", "external_text")),
                       ("Storage media", ("media_text",)), ("Residual value", ("income_text", "residual"))],
    # issue 13: transfers and repairs are operations on cards (ASSET-08/09/10), the count report (ASSET-06)
    "asset_transfer": [("From department", ("from_department",)), ("From custodian", ("from_custodian",)),
                       ("To department", ("to_department",)), ("To custodian", ("to_custodian",)),
                       ("Location", ("to_location",)), ("Transfer date", ("transfer_date",))],
    "asset_repair": [("Asset numbers", ("asset_no",)), ("Asset name", ("name",)), ("Model", ("model",)),
                     ("User", ("user_name",)), ("Location", ("location",)), ("Fault", ("fault",)),
                     ("Repair mode", ("repair_mode",)), ("Damage caused by", ("damage_by",))],
    "asset_stocktake": [("Location", ("location",)), ("Counted on", ("counted_on",))],
    "expense_claim": [("Payment method", ("payment",))],
}

_ITEMS = {"intercity": "Intercity transport", "lodging": "Lodging", "meals": "Meal allowance",
          "city_transport": "Local transport"}
_ITEM_ORDER = ("intercity", "lodging", "meals", "city_transport")


_CATEGORIES = {"late": "Late claim (TRAVEL-03)", "consumable": "Consumables", "special": "Special items"}


def category_text(category: str) -> str:
    """A chain's category in words (the code itself when it is a bureau's own)."""
    return tr(_CATEGORIES[category]) if category in _CATEGORIES else category


def _text(value: Any) -> str:
    if value is None or value == "" or isinstance(value, (dict,)):
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value if v not in (None, ""))
    return str(value)


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td class='k nw'>{escape(k)}</td><td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
                   for k, v in rows if v)
    return f"<table>{body}</table>" if body else ""


def _grid(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f"<td class='nw' align='right'>{escape(c)}</td>" if i in right else f"<td>{escape(c)}</td>"
        for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class='grid'><tr>{head}</tr>{body}</table>"


def _amount(value: Any) -> str:
    try:
        return money(Decimal(str(value)))
    except (InvalidOperation, ValueError, TypeError):
        return _text(value)


def summary_rows(kind: str, payload: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The kind's facts in words: (label, value) for each field the payload fills."""
    rows = []
    for label, keys in FIELDS.get(kind, ()):
        value = next((_text(payload.get(k)) for k in keys if _text(payload.get(k))), "")
        if value:
            rows.append((tr(label), value))
    return rows


def summary_html(kind: str, payload: Mapping[str, Any]) -> str:
    """The kind's tables: tickets, the breakdown per day with its rules, meals."""
    parts = []
    legs = payload.get("leg_rows")
    if not legs and isinstance(payload.get("input"), dict):  # a claim entered without legs: its tickets
        legs = _tickets(payload["input"].get("tickets"))
    if isinstance(legs, list) and legs:
        parts.append(f"<h4>{escape(tr('Tickets'))}</h4>" + _grid(
            [tr("Date"), tr("Time"), tr("Route"), tr("Transport"), tr("Class"), tr("Amount"), tr("Receipts")],
            [[_text(r.get(k)) if k != "amount" else _amount(r.get(k))
              for k in ("date", "time", "route", "mode", "class", "amount", "receipts")] for r in legs], right=(5, 6)))
    quote = payload.get("quote")
    if isinstance(quote, dict) and isinstance(quote.get("lines"), list) and quote["lines"]:
        parts.append(_breakdown(quote))
    meals = payload.get("meal_rows")
    if kind == "reception_list" and isinstance(meals, list) and meals:
        parts.append(f"<h4>{escape(tr('Meals'))}</h4>" + _grid(
            [tr("Date"), tr("Meal"), tr("Type"), tr("Venue"), tr("Guests"), tr("Accompanying"), tr("Per head"),
             tr("Amount")],
            [[_text(r.get(k)) if k not in ("per_head", "amount") else _amount(r.get(k))
              for k in ("date", "meal", "type", "venue", "guests", "accompany", "per_head", "amount")] for r in meals],
            right=(4, 5, 6, 7)))
    return "".join(parts)


def _tickets(tickets: Any) -> list[dict[str, Any]]:
    from desktop.domain.travel.grades import MODE_LABELS

    if not isinstance(tickets, list):
        return []
    return [{"date": str(t.get("date") or "")[5:], "time": "", "route": "", "amount": t.get("amount"),
             "mode": MODE_LABELS.get(str(t.get("mode")), str(t.get("mode") or "")), "class": t.get("class") or "",
             "receipts": ""} for t in tickets if isinstance(t, dict)]


def _breakdown(quote: Mapping[str, Any]) -> str:
    """The travel claim's breakdown day by day, each line with the rule that allowed it."""
    lines = [ln for ln in quote["lines"] if isinstance(ln, dict)]
    lines.sort(key=lambda ln: (str(ln.get("date", "")), _ITEM_ORDER.index(ln["item"])
                               if ln.get("item") in _ITEM_ORDER else 9))
    rows = [[str(ln.get("date", "")), tr(_ITEMS.get(str(ln.get("item")), str(ln.get("item", "")))),
             _amount(ln.get("paid")), _amount(ln.get("personal")) if _nonzero(ln.get("personal")) else "",
             str(ln.get("rule", "")), str(ln.get("note", ""))] for ln in lines]
    total = [tr("Total"), "", _amount(quote.get("total")), "", "", ""]
    return (f"<h4>{escape(tr('Breakdown by day'))}</h4>" + _grid(
        [tr("Date"), tr("Item"), tr("Allowed"), tr("Paid by the traveller"), tr("Rule"), tr("Basis")],
        rows + [total], right=(2, 3)))


def _nonzero(value: Any) -> bool:
    try:
        return Decimal(str(value)) != 0
    except (InvalidOperation, ValueError, TypeError):
        return False


def markers_html(kind: str, payload: Mapping[str, Any], amount: Decimal, details: Any = None) -> str:
    """Red lines an approver must not miss: 补报 (TRAVEL-01), a late claim (TRAVEL-03), over budget."""
    out = []
    late_filing = payload.get("late_filing")
    if late_filing:
        reason, when = "", ""
        if isinstance(late_filing, dict):  # {reason, filed_on, start} (domain/travel/trip.py)
            reason = _text(late_filing.get("reason") or late_filing.get("text"))
            if late_filing.get("filed_on") and late_filing.get("start"):
                when = tr("filed {filed}, departed {start}").format(filed=late_filing["filed_on"],
                                                                   start=late_filing["start"])
        elif isinstance(late_filing, str):
            reason = late_filing
        text = tr("Filed after departure (补报)") + (f"（{when}）" if when else "")
        text += f"：{reason}" if reason else ""
        out.append(f"{escape(text)} [TRAVEL-01]")
    if payload.get("late") is True or payload.get("late_claim"):
        reason = _text(payload.get("late_explanation")) or _text(payload.get("late_claim"))
        text = tr("Late claim, after the deadline") + (f" {payload['deadline']}" if payload.get("deadline") else "")
        out.append(escape(text + (f"：{reason}" if reason else "")) + " [TRAVEL-03]")
    budget = getattr(details, "budget", None)
    if budget is not None and not getattr(details, "paid", False) and budget.remaining < amount and amount > 0:
        out.append(escape(tr("Over budget: {amount} yuan claimed, {left} yuan remain on {line}").format(
            amount=money(amount), left=money(budget.remaining), line=budget.code)))
    return "".join(f"<p style='color:#b00020;font-weight:bold'>⚠ {line}</p>" for line in out)


def details_html(kind: str, payload: Mapping[str, Any], details: Any) -> str:
    """Invoices, attachments, budget line and payment from ``desk.my_work.details``."""
    parts = []
    invoices = getattr(details, "invoices", ()) if details is not None else ()
    if invoices:
        parts.append(f"<h4>{escape(tr('Invoices'))}</h4>" + _grid(
            [tr("#"), tr("Category"), tr("Number"), tr("Date"), tr("Issuer"), tr("Amount")],
            [[str(i.line_no), i.category, i.number, i.issued_on.isoformat(), i.issuer, money(i.amount)]
             for i in invoices], right=(5,)))
    attachments = getattr(details, "attachments", ()) if details is not None else ()
    declared = payload.get("attachments")
    heading = f"<h4>{escape(tr('Attachments'))}</h4>"
    if attachments:
        parts.append(heading + _grid([tr("Type"), tr("File"), tr("Size")],
                                     [[a.kind_label, a.file_name, _size(a.size)] for a in attachments], right=(2,)))
    elif isinstance(declared, int) and not isinstance(declared, bool) and declared > 0:
        parts.append(heading + f"<p>{escape(tr('{n} attached on paper (listed on the sheet)').format(n=declared))}</p>")
    else:
        parts.append(heading + f"<p style='color:#777'>{escape(tr('No attachments.'))}</p>")
    budget = getattr(details, "budget", None)
    if budget is not None:
        title = tr("Budget line") + (tr(" (charged at payment)") if budget.expected else "")
        parts.append(f"<h4>{escape(title)}</h4>" + _grid(
            [tr("Line"), tr("Approved amount"), tr("Spent"), tr("Committed"), tr("Remaining")],
            [[f"{budget.code} {budget.name}（{budget.year}）", money(budget.approved), money(budget.spent),
              money(budget.committed), money(budget.remaining)]], right=(1, 2, 3, 4)))
    payment = _text(payload.get("payment_text"))
    if payment or getattr(details, "paid", False):
        parts.append(_rows([(tr("Payment"), payment or tr("Yes"))]))
    return "".join(parts)


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1048576:.1f} MB"


# The source texts of this module, marked for lupdate (tr() above takes them by value).
_MARKED = (
    QT_TRANSLATE_NOOP("DocumentSummary", "Travellers"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Destination"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Dates and days"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Transport"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Companions"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Grade"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Area"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Funds"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Advance"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Single room"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Approval basis"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Trip approval"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Route"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Transport cost"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Lodging"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Meal allowance"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Local transport"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Paid by the traveller"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Settlement"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Payee"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Account"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Claim deadline"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Guest unit"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Letter"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Guests"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Dates"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Meals"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Accompanying"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Accompanying limit"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Reception approval"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Items"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Total"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Declaration"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Purpose"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Passengers"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Departure"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Returns at"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Distance"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Mileage"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Lead time"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Holiday"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Urgent because"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Vehicle"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Driver"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Meeting"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Category"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Schedule"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Venue"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Form"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Attendees"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Budget"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Content"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Meeting approval"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Costs"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Approved budget"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Year"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Number of meetings"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Due"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Plan"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Late because"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Seal"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Document"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Document number"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Copies"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Use"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Seal type"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Specification"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Engraver"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Supplier"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Method"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Purchase no."),
    QT_TRANSLATE_NOOP("DocumentSummary", "Procurement catalogue"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Asset numbers"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Model"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Acquired"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Years used"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Residual value"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Scale"),
    QT_TRANSLATE_NOOP("DocumentSummary", "External approval"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Storage media"),
    QT_TRANSLATE_NOOP("DocumentSummary", "From department"),
    QT_TRANSLATE_NOOP("DocumentSummary", "From custodian"),
    QT_TRANSLATE_NOOP("DocumentSummary", "To department"),
    QT_TRANSLATE_NOOP("DocumentSummary", "To custodian"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Location"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Transfer date"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Asset name"),
    QT_TRANSLATE_NOOP("DocumentSummary", "User"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Fault"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Repair mode"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Damage caused by"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Counted on"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Payment method"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Intercity transport"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Late claim (TRAVEL-03)"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Consumables"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Special items"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Yes"),
    QT_TRANSLATE_NOOP("DocumentSummary", "No"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Date"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Time"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Class"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Amount"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Receipts"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Meal"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Type"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Per head"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Item"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Allowed"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Rule"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Basis"),
    QT_TRANSLATE_NOOP("DocumentSummary", "filed {filed}, departed {start}"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Filed after departure (补报)"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Late claim, after the deadline"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Over budget: {amount} yuan claimed, {left} yuan remain on {line}"),
    QT_TRANSLATE_NOOP("DocumentSummary", "#"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Number"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Issuer"),
    QT_TRANSLATE_NOOP("DocumentSummary", "File"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Size"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Budget line"),
    QT_TRANSLATE_NOOP("DocumentSummary", " (charged at payment)"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Line"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Approved amount"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Spent"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Committed"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Remaining"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Payment"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Tickets"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Breakdown by day"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Invoices"),
    QT_TRANSLATE_NOOP("DocumentSummary", "Attachments"),
    QT_TRANSLATE_NOOP("DocumentSummary", "{n} attached on paper (listed on the sheet)"),
    QT_TRANSLATE_NOOP("DocumentSummary", "No attachments."),
)
