"""记账凭证: make, edit or look at one voucher around the entry grid — date, 附件张数, summary, the
制单/审核/记账 names and the state; 保存, 保存并提交审核 (the maker's signing passphrase certifies the
voucher sheet), 记账, 红字冲销, 作废, and 查看原始单据 (the claim or advance it was made from, with its
signed sheet). The services decide; a refusal lists every problem at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTextBrowser, QVBoxLayout, QWidget)

from desktop.domain.finance.vouchers import LineInput
from desktop.services.base import SignedIn
from desktop.services.books import MAKERS, VoucherView
from desktop.services.desk import Desk
from desktop.ui.books.voucher_grid import AccountChoice, GridLine, VoucherGrid
from desktop.ui.date_field import DateField
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform
from desktop.ui.signing import PassphraseDialog, can_sign, show_sheet, submit_document

__all__ = ["VoucherDialog", "SourceDocumentDialog", "grid_choices", "is_maker"]

# The states a user sees (VoucherView.state_label) and their colours.
_STATE_COLOURS = {"已记账": "#2e7d32", "已审核": "#1565c0", "待审核": "#b26a00", "已作废": "#777777",
                  "已退回": "#b00020", "已驳回": "#b00020"}


def is_maker(user: SignedIn) -> bool:
    """May make and post vouchers: the accountant or finance head, never the cashier (IC-05)."""
    return bool(MAKERS & set(user.positions)) and "cashier" not in user.positions


def grid_choices(desk: Desk, user: SignedIn) -> tuple[list[AccountChoice], list[tuple[int, str]], list[tuple[str, str]]]:
    """The grid's accounts (active ones), departments and economic classes."""
    from desktop.services.books import shipped_economic_classes

    accounts = [AccountChoice(a.code, a.name, a.postable, a.side) for a in desk.books.accounts(user) if a.active]
    departments = [(d.id, d.name) for d in desk.org.departments(user)]
    classes = [(c.code, c.name) for c in shipped_economic_classes()]
    return accounts, departments, classes


def _line_input(line: GridLine) -> LineInput:
    return LineInput(line.account, line.summary, line.debit, line.credit, line.department_id, line.project,
                     line.payee, line.functional_class, line.economic_class)


class VoucherDialog(QDialog):
    """``VoucherDialog(desk, user)`` makes a new voucher; with ``voucher_id`` it opens that one
    (editable only by its maker while not yet submitted, or returned)."""

    changed = Signal()  # saved, submitted, posted, reversed or voided

    def __init__(self, desk: Desk, user: SignedIn, voucher_id: int | None = None, *, choices=None,  # noqa: ANN001
                 language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.language = desk, user, language
        self.view: VoucherView | None = None
        self.setWindowTitle(self.tr("Accounting voucher"))
        self.resize(1180, 640)
        self.titleLabel = QLabel(self.tr("Accounting voucher"), self)
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setStyleSheet("font-size: 20px; font-weight: bold; letter-spacing: 6px;")
        self.numberLabel = QLabel(self)
        self.numberLabel.setObjectName("numberLabel")
        self.dateEdit = DateField(self, QDate.currentDate())  # typed dates too (issue 12 item 16)
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
        self.dateEdit.setObjectName("dateEdit")
        self.attachmentsSpin = QSpinBox(self)
        self.attachmentsSpin.setRange(0, 999)
        self.attachmentsSpin.setSuffix(self.tr(" sheet(s)"))
        self.attachmentsSpin.setObjectName("attachmentsSpin")
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("stateLabel")
        self.summaryEdit = QLineEdit(self)
        self.summaryEdit.setPlaceholderText(self.tr("Taken from the first line when left empty"))
        self.summaryEdit.setObjectName("summaryEdit")
        head = QHBoxLayout()
        for label, widget in ((self.tr("Voucher no.:"), self.numberLabel), (self.tr("Date:"), self.dateEdit),
                              (self.tr("Attachments:"), self.attachmentsSpin), (self.tr("State:"), self.stateLabel)):
            head.addWidget(QLabel(label, self))
            head.addWidget(widget)
            head.addSpacing(18)
        head.addStretch(1)
        summary = QFormLayout()
        summary.addRow(self.tr("Voucher summary:"), self.summaryEdit)

        accounts, departments, classes = choices or grid_choices(desk, user)
        self.grid = VoucherGrid(accounts, departments, classes, self)
        self.grid.setObjectName("voucherGrid")

        self.peopleLabel = QLabel(self)
        self.peopleLabel.setObjectName("peopleLabel")
        self.saveButton = QPushButton(self.tr("Save"), self)
        self.submitButton = QPushButton(self.tr("Save and submit for review…"), self)
        self.postButton = QPushButton(self.tr("Post"), self)
        self.reverseButton = QPushButton(self.tr("Red reversal…"), self)
        self.voidButton = QPushButton(self.tr("Void…"), self)
        self.sourceButton = QPushButton(self.tr("View source document"), self)
        self.sheetButton = QPushButton(self.tr("Voucher sheet"), self)
        self.closeButton = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for name, button in (("saveButton", self.saveButton), ("submitButton", self.submitButton),
                             ("postButton", self.postButton), ("reverseButton", self.reverseButton),
                             ("voidButton", self.voidButton), ("sourceButton", self.sourceButton),
                             ("sheetButton", self.sheetButton)):
            button.setObjectName(name)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.closeButton.setAutoDefault(False)
        buttons.addWidget(self.closeButton)
        self.submitButton.setStyleSheet("QPushButton:enabled { background: #2e7d32; color: white; }")

        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addLayout(head)
        layout.addLayout(summary)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.peopleLabel)
        layout.addLayout(buttons)

        self.saveButton.clicked.connect(self.save)
        self.submitButton.clicked.connect(self.save_and_submit)
        self.postButton.clicked.connect(self.post)
        self.reverseButton.clicked.connect(self.reverse)
        self.voidButton.clicked.connect(self.void)
        self.sourceButton.clicked.connect(self.open_source)
        self.sheetButton.clicked.connect(self.show_voucher_sheet)
        self.closeButton.clicked.connect(self.accept)
        self.summaryEdit.returnPressed.connect(self.enter_grid)
        if voucher_id is not None:
            self.load(voucher_id)
        else:
            self._show()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if self.view is None:
            self.enter_grid()  # a new voucher: typing starts in the first line's description, as in 用友

    def enter_grid(self) -> None:
        """The keyboard into the grid: the current cell (the first one at first) in edit."""
        if self.grid.model.read_only:
            return
        view = self.grid.view
        view.setFocus()
        index = view.currentIndex()
        if not index.isValid():
            index = self.grid.model.index(0, 0)
            view.setCurrentIndex(index)
        if view.state() != view.State.EditingState:
            view.edit(index)

    # Loading and showing ---------------------------------------------------------------------------
    def load(self, voucher_id: int) -> None:
        done, view = attempt(self, self.desk.books.voucher, self.user, voucher_id)
        if not done:
            return
        self.view = view
        self.dateEdit.setDate(QDate(view.voucher_date.year, view.voucher_date.month, view.voucher_date.day))
        self.attachmentsSpin.setValue(view.attachments)
        self.summaryEdit.setText(view.summary)
        self.grid.set_lines([GridLine(l.account, l.summary, l.debit, l.credit, l.department_id, l.project, l.payee,
                                      l.economic_class, l.functional_class) for l in view.lines])
        self._show()

    def editable(self) -> bool:
        v = self.view
        if not is_maker(self.user):
            return False
        if v is None:
            return True
        return v.state == "draft" and v.review_state in ("draft", "returned") and v.maker == self.user.name

    def _show(self) -> None:
        v, maker = self.view, is_maker(self.user)
        editable = self.editable()
        self.grid.set_read_only(not editable)
        for widget in (self.dateEdit, self.attachmentsSpin, self.summaryEdit):
            widget.setEnabled(editable)
        self.saveButton.setVisible(maker)
        self.submitButton.setVisible(maker)
        self.saveButton.setEnabled(editable)
        self.submitButton.setEnabled(editable)
        for button in (self.postButton, self.reverseButton, self.voidButton):
            button.setVisible(maker)
        self.postButton.setEnabled(v is not None and v.state == "draft" and v.review_state in ("approved", "archived"))
        self.reverseButton.setEnabled(v is not None and v.state == "posted" and v.reverses_id is None
                                      and v.reversed_by_id is None)
        self.voidButton.setEnabled(v is not None and v.state == "draft"
                                   and v.review_state in ("draft", "returned", "rejected"))
        self.sourceButton.setEnabled(v is not None and v.source_document_id is not None)
        self.sheetButton.setEnabled(v is not None)
        if v is None:
            self.numberLabel.setText(self.tr("(numbered when saved)"))
            self.stateLabel.setText(self.tr("New"))
            self.stateLabel.setStyleSheet("")
            self.peopleLabel.setText(self.tr("Maker: {maker}").format(maker=self.user.name))
            self.setWindowTitle(self.tr("New accounting voucher"))
            return
        self.numberLabel.setText(f"<b>{v.voucher_no}</b>")
        label = v.state_label
        if v.reverses_id is not None:
            label += self.tr(" · red reversal")
        if v.reversed_by_id is not None:
            label += self.tr(" · reversed")
        self.stateLabel.setText(label)
        self.stateLabel.setStyleSheet(f"color: {_STATE_COLOURS.get(v.state_label, '#333')}; font-weight: bold;")
        self.peopleLabel.setText(self.tr("Maker: {maker}    Reviewed by: {reviewers}    Posted by: {poster}    "
                                         "Amount: {amount}").format(
            maker=v.maker, reviewers="、".join(v.reviewers) or "—", poster=v.poster or "—", amount=money(v.total)))
        self.setWindowTitle(self.tr("Accounting voucher {number}").format(number=v.voucher_no))

    # Actions ---------------------------------------------------------------------------------------
    def _fields(self) -> tuple[date, list[LineInput], str, int] | None:
        """What the dialog holds; None when the cell being typed in is refused (the grid says why)."""
        if not self.grid.finish_editing():
            return None
        d = self.dateEdit.date()
        return (date(d.year(), d.month(), d.day()), [_line_input(l) for l in self.grid.lines()],
                self.summaryEdit.text().strip(), self.attachmentsSpin.value())

    def save(self) -> bool:
        """保存: a new voucher gets its number; an open draft is rewritten. True when saved."""
        fields = self._fields()
        if fields is None:
            return False
        when, lines, summary, attachments = fields
        if self.view is None:
            done, voucher_id = attempt(self, self.desk.books.make_voucher, self.user, when, lines, summary=summary,
                                       attachments=attachments)
        else:
            voucher_id = self.view.id
            done, _ = attempt(self, self.desk.books.edit_voucher, self.user, voucher_id, lines, summary=summary,
                              attachments=attachments)
        if done:
            self.load(voucher_id)
            self.changed.emit()
        return done

    def save_and_submit(self) -> None:
        """保存并提交审核: a new voucher is made and submitted in one transaction (nothing is stored if
        the passphrase is wrong or the dialog cancelled); an existing draft is saved, then submitted."""
        if self.view is not None:
            if self.save() and self.view is not None:
                if submit_document(self, self.desk, self.user, self.view.document_id) is not None:
                    self.load(self.view.id)
                    self.changed.emit()
            return
        fields = self._fields()
        if fields is None:
            return
        when, lines, summary, attachments = fields

        def make(**kwargs) -> int:  # noqa: ANN003
            return self.desk.books.make_voucher(self.user, when, lines, summary=summary, attachments=attachments,
                                                submit=True, **kwargs)

        if can_sign(self.desk, self.user):
            dialog = PassphraseDialog(
                self.tr("Submit voucher for review"),
                self.tr("Your signing passphrase certifies the voucher sheet as its maker; the reviewers then sign "
                        "the same sheet."), lambda passphrase: make(passphrase=passphrase), self)
            dialog.setObjectName("submitPassphraseDialog")
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            voucher_id = dialog.result_value if accepted else None
            dialog.deleteLater()
        else:
            done, voucher_id = attempt(self, make)
            if done:
                inform(self, self.tr("Submitted for review"),
                       self.tr("You have no valid signing certificate, so the voucher sheet is not signed; ask the "
                               "system administrator to issue one.")).setObjectName("unsignedNotice")
        if voucher_id is not None:
            self.load(voucher_id)  # type: ignore[arg-type]
            self.changed.emit()

    def post(self) -> None:
        if self.view is None:
            return
        done, _ = attempt(self, self.desk.books.post, self.user, [self.view.id])
        if done:
            self.load(self.view.id)
            self.changed.emit()

    def reverse(self) -> None:
        """红字冲销: a new red voucher, dated today, linked to this one; it is then shown here."""
        if self.view is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Red reversal"),
                                          self.tr("Why is {number} reversed?").format(number=self.view.voucher_no))
        if not ok:
            return
        done, new_id = attempt(self, self.desk.books.reverse, self.user, self.view.id, date.today(), reason)
        if done:
            self.load(new_id)  # type: ignore[arg-type]
            self.changed.emit()

    def void(self) -> None:
        if self.view is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void voucher"),
                                          self.tr("Why is {number} voided? (it keeps its number)").format(
                                              number=self.view.voucher_no))
        if not ok:
            return
        done, _ = attempt(self, self.desk.books.void_voucher, self.user, self.view.id, reason)
        if done:
            self.load(self.view.id)
            self.changed.emit()

    def open_source(self) -> None:
        """查看原始单据: the claim (or advance) the voucher was made from, and its signed sheet."""
        if self.view is None or self.view.source_document_id is None:
            return
        dialog = SourceDocumentDialog(self.desk, self.user, self.view.source_document_id, language=self.language,
                                      parent=self)
        dialog.setObjectName("sourceDocumentDialog")
        dialog.exec()
        dialog.deleteLater()

    def show_voucher_sheet(self) -> None:
        """The voucher's own sheet (记账凭证 with the makers' and reviewers' signatures)."""
        if self.view is not None:
            show_sheet(self, self.desk, self.user, self.view.document_id)


class SourceDocumentDialog(QDialog):
    """A document as the approval screens show it (facts, chain, history) with 预览/打印审批单."""

    def __init__(self, desk: Desk, user: SignedIn, document_id: int, *, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.ui.document_html import document_html

        self.desk, self.user, self.document_id = desk, user, document_id
        self.setWindowTitle(self.tr("Source document"))
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.sheetButton = QPushButton(self.tr("Preview / print approval sheet"), self)
        self.sheetButton.setObjectName("sheetButton")
        self.closeButton = QPushButton(self.tr("Close"), self)
        done, doc = attempt(self, desk.approvals.document, user, document_id)
        self.document = doc
        self.browser.setHtml(document_html(doc, language) if done else "")
        self.sheetButton.setEnabled(done)
        self.sheetButton.clicked.connect(lambda: show_sheet(self, desk, user, document_id))
        self.closeButton.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheetButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
