"""Approve / return / reject a document: the opinion, the reasons (all at once) and, where the
step needs one for THIS document (its condition holds for the amount: VOUCH-08 — a 2,346 元 claim
under a 3,000 元 line shows no decision field), the collective-decision record (an existing one, or a new minute recorded from
here with 登记新纪要…) and, for 同意, the signing passphrase (签名口令) that puts the approver's
signature into the step's field of the issued approval sheet. The service is called from here, so
a refusal (a wrong passphrase too) keeps the dialog open with what the user typed."""

from __future__ import annotations

from html import escape
from typing import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.services.approvals import DecisionView, DocumentView
from desktop.ui.forms.ui_action_dialog import Ui_ActionDialog
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.terms import term

__all__ = ["ActionDialog", "APPROVE", "RETURN", "REJECT"]

APPROVE, RETURN, REJECT = "approve", "return", "reject"

# perform(opinion, reasons, decision_id, passphrase) -> new state; passphrase is None when none was typed
Perform = Callable[[str, Sequence[str], "int | None", "str | None"], str]
# new_decision(parent) -> the decision just recorded, or None
NewDecision = Callable[[QWidget], "DecisionView | None"]


class ActionDialog(QDialog):
    def __init__(self, action: str, doc: DocumentView, perform: Perform, *,
                 decisions: Sequence[DecisionView] = (), new_decision: NewDecision | None = None,
                 sheet_issued: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.action = action
        self._perform = perform
        self.result_state: str | None = None
        titles = {APPROVE: self.tr("Approve"), RETURN: self.tr("Return for correction"), REJECT: self.tr("Reject")}
        self.setWindowTitle(titles[action])
        step = doc.current_step
        self.ui.summaryLabel.setText(
            self.tr("<b>{serial}</b> {title}<br>{kind} · {amount} yuan · step: {step}").format(
                serial=escape(doc.serial or ""), title=escape(doc.title), kind=escape(term(doc.kind_title)),
                amount=money(doc.amount), step=escape(term(step.label) if step else "")))
        self.ui.reasonsGroup.setVisible(action == RETURN)
        self._doc = doc
        needs_decision = action == APPROVE and step is not None and doc.decision_required
        self.ui.decisionGroup.setVisible(needs_decision)
        self.ui.decisionCombo.addItem(self.tr("(no record linked)"), None)
        if needs_decision:  # only minutes with a matter that can serve this document
            for d in decisions:
                if d.open_for(doc.id, doc.amount):
                    self._add_decision(d)
        if needs_decision and self.ui.decisionCombo.count() > 1:
            self.ui.decisionCombo.setCurrentIndex(1)
        self._new_decision = new_decision
        self.ui.newDecisionButton.setVisible(new_decision is not None)
        self.ui.newDecisionButton.clicked.connect(self.record_decision)
        self.ui.decisionCombo.currentIndexChanged.connect(
            lambda: self.ui.decisionCombo.setToolTip(self.ui.decisionCombo.currentText()))
        if action == APPROVE:
            self.ui.opinionEdit.setPlainText(self.tr("Agreed"))
        # The signing passphrase: always offered for 同意; needed when the sheet has been issued.
        self.ui.signWidget.setVisible(action == APPROVE)
        if sheet_issued is True:
            self.ui.passphraseHint.setText(self.tr("The approval sheet has been issued: your signature goes into this "
                                                   "step's field, so your signing passphrase is needed."))
        elif sheet_issued is False:
            self.ui.passphraseHint.setText(self.tr("This document's approval sheet was not issued with a signature; "
                                                   "the passphrase may be left empty."))
        self.ui.passphraseHint.setVisible(bool(self.ui.passphraseHint.text()))
        self.ui.opinionLabel.setText(self.tr("Opinion (required):") if action == REJECT else self.tr("Opinion:"))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(titles[action])
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addReasonButton.clicked.connect(self._add_reason)
        self.ui.reasonEdit.returnPressed.connect(self._add_reason)
        self.ui.removeReasonButton.clicked.connect(self._remove_reason)
        self.ui.reasonsList.model().rowsInserted.connect(self._update_ok)
        self.ui.reasonsList.model().rowsRemoved.connect(self._update_ok)
        self._update_ok()
        self.resize(self.sizeHint().expandedTo(self.size()) if action == RETURN else self.sizeHint())

    # Collective decision --------------------------------------------------------------------
    def _add_decision(self, d: DecisionView) -> int:
        matters = "；".join(m.subject + (f"（{money(m.amount)}）" if m.amount is not None else "")
                           for m in d.open_for(self._doc.id, self._doc.amount)) or d.subject
        self.ui.decisionCombo.addItem(" · ".join(t for t in (d.minute_no, d.meeting_type, d.held_on.isoformat(),
                                                              matters) if t), d.id)
        return self.ui.decisionCombo.count() - 1

    def record_decision(self) -> None:
        """登记新纪要…: record a minute and select it."""
        decision = self._new_decision(self) if self._new_decision is not None else None
        if decision is not None:
            self.ui.decisionCombo.setCurrentIndex(self._add_decision(decision))

    # Reasons ------------------------------------------------------------------------------
    def add_reason(self, text: str) -> None:
        if text.strip():
            self.ui.reasonsList.addItem(text.strip())

    def reasons(self) -> list[str]:
        return [self.ui.reasonsList.item(i).text() for i in range(self.ui.reasonsList.count())]

    def _add_reason(self) -> None:
        self.add_reason(self.ui.reasonEdit.text())
        self.ui.reasonEdit.clear()
        self.ui.reasonEdit.setFocus()

    def _remove_reason(self) -> None:
        for item in self.ui.reasonsList.selectedItems():
            self.ui.reasonsList.takeItem(self.ui.reasonsList.row(item))

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.action != RETURN or self.ui.reasonsList.count() > 0)

    # Confirm ------------------------------------------------------------------------------
    def decision_id(self) -> int | None:
        return self.ui.decisionCombo.currentData() if self.ui.decisionGroup.isVisibleTo(self) else None

    def passphrase(self) -> str | None:
        text = self.ui.passphraseEdit.text()
        return text if self.action == APPROVE and text else None

    def _confirm(self) -> None:
        if self.action == RETURN and self.ui.reasonEdit.text().strip():
            self._add_reason()  # a reason typed but not yet added still counts
        done, state = attempt(self, self._perform, self.ui.opinionEdit.toPlainText().strip(), self.reasons(),
                              self.decision_id(), self.passphrase())
        if done:
            self.result_state = state
            self.accept()
        elif self.action == APPROVE and self.ui.passphraseEdit.text():
            self.ui.passphraseEdit.selectAll()
