"""A document as the detail pane shows it: its facts, its chain (current step marked) and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.services.approvals import DocumentView
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import action_text, position_text, state_text
from desktop.ui.terms import term

__all__ = ["document_html"]


translate = QCoreApplication.translate


_CSS = """<style>
h3 { margin: 0 0 4px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #c9d1dc; padding: 3px 8px; }
table.grid th { background: #eef2f7; }
td.k { color: #555; padding-right: 14px; }
td.nw { white-space: nowrap; }
</style>"""
# td.nw: short cells (times, names, step labels such as 局长审批（局领导出差）, positions, actions)
# never wrap; when the pane is narrow the opinion and reasons columns take the line breaks.


def _facts(doc: DocumentView, language: str, extra: list[tuple[str, str]] | None = None) -> str:
    rows = [
        (translate("DocumentHtml", "Serial"), doc.serial or translate("DocumentHtml", "(not yet numbered)")),
        (translate("DocumentHtml", "Kind"), term(doc.kind_title)),
        (translate("DocumentHtml", "State"), state_text(doc.state)),
        (translate("DocumentHtml", "Purpose"), doc.purpose),
        (translate("DocumentHtml", "Amount"), money(doc.amount) + " " + translate("DocumentHtml", "yuan")),
        (translate("DocumentHtml", "Submitter"), f"{doc.submitter}（{doc.department}）" if doc.department else doc.submitter),
    ]
    if doc.days:
        rows.append((translate("DocumentHtml", "Days"), str(doc.days)))
    if doc.category:
        from desktop.ui.document_summary import category_text

        rows.append((translate("DocumentHtml", "Category"), category_text(doc.category)))
    if doc.decision is not None:
        d = doc.decision
        rows.append((translate("DocumentHtml", "Collective decision"), f"{d.meeting_type} {d.minute_no}（{d.held_on.isoformat()}）"))
    if doc.last_reasons and doc.state == "returned":
        rows.append((translate("DocumentHtml", "Returned because"), "；".join(doc.last_reasons)))
    rows += extra or []
    body = "".join(f"<tr><td class='k nw'>{escape(k)}</td><td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
                   for k, v in rows)
    return f"<table>{body}</table>"


def _steps(doc: DocumentView, language: str) -> str:
    if not doc.steps:
        text = translate("DocumentHtml", "The chain is fixed when the document is submitted.")
        return f"<p>{escape(text)}</p>"
    current = doc.current_step
    titles = (translate("DocumentHtml", "#"), translate("DocumentHtml", "Step"), translate("DocumentHtml", "Position"),
              translate("DocumentHtml", "Status"))
    head = "".join(f"<th>{escape(h)}</th>" for h in titles)
    rows = []
    for i, step in enumerate(doc.steps):
        if current is not None and i == doc.step_index:
            status, style = translate("DocumentHtml", "▶ current"), " style='background:#fff3c4; font-weight:bold'"
        elif doc.step_index is not None and i < doc.step_index or doc.state in ("approved", "archived"):
            status, style = translate("DocumentHtml", "done"), ""
        else:
            status, style = "", ""
        rows.append(f"<tr{style}><td>{i + 1}</td><td class='nw'>{escape(term(step.label))}</td>"
                    f"<td class='nw'>{escape(position_text(step.position))}</td><td class='nw'>{escape(status)}</td></tr>")
    return f"<table class='grid'><tr>{head}</tr>{''.join(rows)}</table>"


def _history(doc: DocumentView) -> str:
    if not doc.history:
        text = translate("DocumentHtml", "No actions yet.")
        return f"<p>{escape(text)}</p>"
    titles = (translate("DocumentHtml", "When"), translate("DocumentHtml", "Who"), translate("DocumentHtml", "Step"),
              translate("DocumentHtml", "Action"), translate("DocumentHtml", "Opinion"),
              translate("DocumentHtml", "Reasons"))
    head = "".join(f"<th>{escape(h)}</th>" for h in titles)
    rows = []
    for a in doc.history:
        reasons = "<br>".join(f"{n}. {escape(r)}" for n, r in enumerate(a.reasons, 1))
        rows.append(f"<tr><td class='nw'>{escape(local_time(a.at))}</td><td class='nw'>{escape(a.person)}</td>"
                    f"<td class='nw'>{escape(term(a.step_label))}</td><td class='nw'>{escape(action_text(a.action))}</td>"
                    f"<td>{escape(a.opinion)}</td><td>{reasons}</td></tr>")
    return f"<table class='grid'><tr>{head}</tr>{''.join(rows)}</table>"


def list_title(doc: DocumentView) -> str:
    """The title in document lists; a record changed behind the application is marked (SEC-18)."""
    if getattr(doc, "tampered", False):
        return "⚠ " + translate("DocumentHtml", "[TAMPERED]") + " " + doc.title
    return doc.title


def _tampered_banner(doc: DocumentView) -> str:
    if not getattr(doc, "tampered", False):
        return ""
    text = translate("DocumentHtml", "This record no longer matches the state the audit trail recorded: it was "
                                     "changed outside the application. It cannot be acted on; the audit post or the "
                                     "administrator checks it with “desktop audit verify --deep”.")
    return f"<p style='color:#b00020;font-weight:bold'>⚠ {escape(text)} [SEC-18]</p>"


def document_html(doc: DocumentView | None, language: str = "zh", details: object | None = None) -> str:
    """The details pane: facts, the kind's own summary (and ``details`` from ``desk.my_work.details``:
    attachments, invoices, budget line), the chain and the history with every opinion."""
    if doc is None:
        text = translate("DocumentHtml", "Select a document to see its details.")
        return f"<p style='color:#777'>{escape(text)}</p>"
    from desktop.ui.document_summary import details_html, markers_html, summary_html, summary_rows

    chain, history = translate("DocumentHtml", "Approval chain"), translate("DocumentHtml", "History")
    payload = doc.payload or {}
    return (f"{_CSS}{_tampered_banner(doc)}<h3>{escape(doc.title)}</h3>"
            f"{markers_html(doc.kind, payload, doc.amount, details)}"
            f"{_facts(doc, language, summary_rows(doc.kind, payload))}"
            f"{summary_html(doc.kind, payload)}{details_html(doc.kind, payload, details)}"
            f"<h4>{escape(chain)}</h4>{_steps(doc, language)}"
            f"<h4>{escape(history)}</h4>{_history(doc)}")
