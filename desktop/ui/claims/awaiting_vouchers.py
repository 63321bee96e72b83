"""会计: paid claims (of every kind) and issued advances awaiting their voucher, each with the voucher
it drafts (政府会计制度, 平行记账: the financial and the budget lines); 生成凭证 opens that proposal in
the voucher dialog for the accountant to confirm or edit, and saving makes it through
``desk.claims.make_voucher_from`` (linked to the claim, its payments booked) — VOUCH-14."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget, QVBoxLayout, QWidget

from desktop.domain.finance.vouchers import LineInput
from desktop.services.base import Refused, SignedIn
from desktop.services.claims import AwaitingItem, VoucherProposal
from desktop.services.desk import Desk
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, refusal_box
from desktop.ui.signing import PassphraseDialog, can_sign
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["AwaitingVouchersPage", "make_proposal_dialog"]



def make_proposal_dialog(desk: Desk, user: SignedIn, document_id: int, proposal: VoucherProposal,
                         parent: QWidget | None = None) -> QDialog:
    """The voucher dialog with the proposal's lines, saving through ``make_voucher_from``."""
    from desktop.ui.books.voucher_dialog import VoucherDialog
    from desktop.ui.books.voucher_grid import GridLine

    class ProposalVoucherDialog(VoucherDialog):
        """The proposal of a paid claim: its date, summary and attachment count come with it; the
        lines may be edited before the voucher is made."""

        def __init__(self) -> None:
            super().__init__(desk, user, parent=parent)
            self.document_id = document_id
            self.voucher_id: int | None = None
            when = proposal.voucher_date
            from PySide6.QtCore import QDate

            self.dateEdit.setDate(QDate(when.year, when.month, when.day))
            self.attachmentsSpin.setValue(proposal.attachments)
            self.summaryEdit.setText(proposal.summary)
            self.grid.set_lines([GridLine(l.account, l.summary, l.debit, l.credit, l.department_id, l.project, l.payee,
                                          l.economic_class, l.functional_class) for l in proposal.lines])
            self._show()

        def _show(self) -> None:
            super()._show()
            if self.view is None:
                for widget in (self.dateEdit, self.attachmentsSpin, self.summaryEdit):
                    widget.setEnabled(False)  # the proposal's (make_voucher_from takes the lines only)
                self.setWindowTitle(self.tr("Voucher for a paid claim"))

        def _lines(self) -> list[LineInput]:
            return self._fields()[1]

        def save(self) -> bool:
            if self.view is not None:
                return super().save()
            done, voucher_id = attempt(self, desk.claims.make_voucher_from, user, document_id, self._lines())
            if done:
                self.voucher_id = voucher_id
                self.load(voucher_id)
                self.changed.emit()
            return done

        def save_and_submit(self) -> None:
            if self.view is not None:
                super().save_and_submit()
                return
            lines = self._lines()

            def make(**kwargs) -> int:  # noqa: ANN003
                return desk.claims.make_voucher_from(user, document_id, lines, submit=True, **kwargs)

            if can_sign(desk, user):
                dialog = PassphraseDialog(self.tr("Submit voucher for review"),
                                          self.tr("Your signing passphrase certifies the voucher sheet as its maker."),
                                          lambda passphrase: make(passphrase=passphrase), self)
                dialog.setObjectName("submitPassphraseDialog")
                voucher_id = dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
                dialog.deleteLater()
            else:
                _done, voucher_id = attempt(self, make)
            if voucher_id is not None:
                self.voucher_id = voucher_id  # type: ignore[assignment]
                self.load(voucher_id)  # type: ignore[arg-type]
                self.changed.emit()

    return ProposalVoucherDialog()


class AwaitingVouchersPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.items: list[AwaitingItem] = []
        self.proposal: VoucherProposal | None = None
        self.kind_titles: dict[str, str] = {}
        self.account_names: dict[str, str] = {}
        self.table = QTableWidget()
        self.table.setObjectName("awaitingTable")
        self.linesTable = QTableWidget()
        self.linesTable.setObjectName("proposalTable")
        for t in (self.table, self.linesTable):
            t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.countLabel = QLabel()
        self.countLabel.setObjectName("awaitingCountLabel")
        self.proposalLabel = QLabel()
        self.proposalLabel.setObjectName("proposalLabel")
        self.proposalLabel.setWordWrap(True)
        self.makeButton = QPushButton(self.tr("Make voucher…"))
        self.makeButton.setObjectName("makeVoucherButton")
        self.makeButton.setToolTip(self.tr("Open the proposed voucher to confirm or edit it"))
        self.directButton = QPushButton(self.tr("Make as proposed"))
        self.directButton.setObjectName("makeDirectButton")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Paid, awaiting a voucher</b>")))
        head.addWidget(self.countLabel)
        head.addStretch(1)
        head.addWidget(self.makeButton)
        head.addWidget(self.directButton)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.proposalLabel)
        ll.addWidget(self.linesTable)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.makeButton.clicked.connect(self.make_voucher)
        self.directButton.clicked.connect(self.make_direct)
        self.table.doubleClicked.connect(lambda _i: self.make_voucher())

    def refresh(self) -> None:
        if not self.kind_titles:
            self.kind_titles = self.desk.approvals.kinds(self.user)
            self.account_names = {a.code: a.name for a in self.desk.books.accounts(self.user)}
        try:
            self.items = self.desk.claims.awaiting_voucher(self.user)
        except Refused as refused:
            self.items = []
            refusal_box(self, refused)
        keep = selected_key(self.table)
        fill_table(self.table, [self.tr("Serial"), self.tr("Kind"), self.tr("Title"), self.tr("Claimant"),
                                self.tr("Amount (yuan)"), self.tr("Paid on")],
                   [(i.serial or f"#{i.document_id}", self.kind_titles.get(i.kind, i.kind), i.title, i.person,
                     money(i.amount), i.paid_on.isoformat() if i.paid_on else "") for i in self.items],
                   [i.document_id for i in self.items], align=("", "", "", "", RIGHT), stretch=2, keep=keep)
        self.countLabel.setText(self.tr("{n} awaiting").format(n=len(self.items)))
        if keep is None and self.items:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> AwaitingItem | None:
        key = selected_key(self.table)
        return next((i for i in self.items if i.document_id == key), None)

    def _show_selected(self) -> None:
        item = self.selected()
        self.proposal = None
        if item is not None:
            try:
                self.proposal = self.desk.claims.voucher_proposal(self.user, item.document_id)
            except Refused as refused:
                self.proposalLabel.setText("；".join(p.text for p in refused.problems))
        p = self.proposal
        rows = []
        if p is not None:
            self.proposalLabel.setText(self.tr("Proposed voucher: {date} · {summary} · {n} attachment(s)").format(
                date=p.voucher_date.isoformat(), summary=p.summary, n=p.attachments))
            rows = [(l.summary, f"{l.account} {self.account_names.get(l.account, '')}", money(l.debit) if l.debit else "", money(l.credit) if l.credit else "",
                     l.economic_class, l.payee) for l in p.lines]
        elif item is None:
            self.proposalLabel.setText("")
        fill_table(self.linesTable, [self.tr("Description"), self.tr("Ledger account"), self.tr("Debit amount"), self.tr("Credit amount"),
                                     self.tr("Economic class"), self.tr("Payee")], rows,
                   align=("", "", RIGHT, RIGHT), stretch=0)
        self.makeButton.setEnabled(p is not None)
        self.directButton.setEnabled(p is not None)

    def make_voucher(self) -> None:
        """生成凭证: the proposal in the voucher dialog, to confirm or edit."""
        item, proposal = self.selected(), self.proposal
        if item is None or proposal is None:
            return
        dialog = make_proposal_dialog(self.desk, self.user, item.document_id, proposal, self)
        dialog.setObjectName("proposalVoucherDialog")
        dialog.exec()
        made = getattr(dialog, "voucher_id", None) is not None
        dialog.deleteLater()
        if made:
            self.refresh()
            self.changed.emit()

    def make_direct(self) -> None:
        """按建议生成: the proposal as it is (the voucher then waits for review in 账簿)."""
        item = self.selected()
        if item is None:
            return
        done, _ = attempt(self, self.desk.claims.make_voucher_from, self.user, item.document_id)
        if done:
            self.refresh()
            self.changed.emit()
