"""The seal registry's small dialogs: each gathers what one service call needs, calls it on OK and,
when refused, lists every problem (一次性告知) inside the dialog, which stays open.

登记公安备案 (record_filing), 启用 (enable), 交接/委托 (handover, delegate), 携出登记 (take_out),
停用/恢复启用/更换/封存/注销 (set_status), 挂失 (report_lost) and 盖章 (apply) of an approved
seal use request; 新建用印申请 with the PDF to be sealed, 刻制申请, 登记保管物品 (register_item) and
发布吊销列表 (the CRL file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.desk import Desk
from desktop.services.seals import SealView
from desktop.ui.date_field import DateField

__all__ = ["SealDialog", "FilingDialog", "EnableDialog", "HandoverDialog", "TakeOutDialog", "StatusDialog",
           "LostDialog", "ApplySealDialog", "UseRequestDialog", "EngravingDialog", "RegisterItemDialog", "CrlDialog",
           "problems_text", "date_edit", "to_date", "people_of"]


def problems_text(refused: Refused) -> str:
    return "\n".join(f"• {p.text} [{p.rule}]" for p in refused.problems)


def date_edit(parent: QWidget, day: date | None = None) -> QDateEdit:
    edit = DateField(parent)  # takes "20261201" typed in one go (issue 12 item 16)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def people_of(desk: Desk, user: SignedIn) -> list:
    """The bureau's people who can hold or carry a seal (not the system administrator)."""
    return [p for p in desk.org.staff(user) if "sysadmin" not in {a.position for a in p.assignments}]


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setObjectName(name)
    return edit


class SealDialog(QDialog):
    """A form, a red message line for refusals and OK/Cancel; ``perform()`` calls the service."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView | None, title: str, intro: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.seal = desk, user, seal
        self.result_value: object = None
        self.setWindowTitle(title)
        self.introLabel = QLabel(intro, self)
        self.introLabel.setObjectName("introLabel")
        self.introLabel.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.confirm)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.introLabel)
        layout.addLayout(self.form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttonBox)
        self.setMinimumWidth(520)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def staff_combo(self, *, positions: frozenset[str] | None = None, exclude: int | None = None,
                    current: int | None = None) -> QComboBox:
        combo = QComboBox(self)
        people = [p for p in people_of(self.desk, self.user) if p.id != exclude]
        if positions:
            chosen = [p for p in people if positions & {a.position for a in p.assignments}]
            people = chosen or people
        for p in people:
            combo.addItem(f"{p.name}（{p.title or p.department_name or '—'}）", p.id)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        return combo

    def perform(self) -> object:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def confirm(self) -> None:
        try:
            self.result_value = self.perform()
        except Refused as refused:
            self.messageLabel.setText(problems_text(refused))
            return
        self.accept()


def _seal_line(seal: SealView) -> str:
    return f"<b>{seal.name}</b>（{seal.kind_label}）"


class FilingDialog(SealDialog):
    """登记公安备案: the filing number, date and the engraving unit the police designated (SEAL-10)."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, parent: QWidget | None = None):
        super().__init__(desk, user, seal, self.tr("Record police filing"),
                         self.tr("Record the police filing of {seal}: the filing number and the engraving unit "
                                 "designated by the police.").format(seal=_seal_line(seal)), parent)
        self.filingNoEdit = QLineEdit(self)
        self.filingNoEdit.setObjectName("filingNoEdit")
        self.filedOnEdit = date_edit(self)
        self.unitEdit = QLineEdit(self)
        self.unitEdit.setObjectName("unitEdit")
        self.form.addRow(self.tr("Filing number:"), self.filingNoEdit)
        self.form.addRow(self.tr("Filed on:"), self.filedOnEdit)
        self.form.addRow(self.tr("Engraving unit:"), self.unitEdit)

    def perform(self) -> object:
        return self.desk.seals.record_filing(self.user, self.seal.id, self.filingNoEdit.text(),
                                             to_date(self.filedOnEdit), self.unitEdit.text())


class EnableDialog(SealDialog):
    """启用: custodian, storage place, date; the custodian's signing passphrase (the seal's key is
    encrypted with it) and the bureau root CA passphrase (the seal's certificate is issued)."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, parent: QWidget | None = None):
        super().__init__(desk, user, seal, self.tr("Enable seal"),
                         self.tr("Enable {seal}: its certificate is issued by the bureau root, its key is kept "
                                 "encrypted with the custodian's signing passphrase, and the enabling notice is "
                                 "signed with the impression specimen.").format(seal=_seal_line(seal)), parent)
        self.custodianCombo = self.staff_combo(current=user.staff_id)
        self.custodianCombo.setObjectName("custodianCombo")
        self.placeEdit = QLineEdit(seal.storage_place, self)
        self.placeEdit.setObjectName("placeEdit")
        self.enabledOnEdit = date_edit(self)
        self.custodianPassEdit = password_edit(self, "custodianPassEdit")
        self.caPassEdit = password_edit(self, "caPassEdit")
        self.form.addRow(self.tr("Custodian:"), self.custodianCombo)
        self.form.addRow(self.tr("Storage place:"), self.placeEdit)
        self.form.addRow(self.tr("Enabled on:"), self.enabledOnEdit)
        self.form.addRow(self.tr("Custodian's signing passphrase:"), self.custodianPassEdit)
        self.form.addRow(self.tr("Root CA passphrase:"), self.caPassEdit)

    def perform(self) -> object:
        return self.desk.seals.enable(self.user, self.seal.id, custodian_id=self.custodianCombo.currentData(),
                                      custodian_passphrase=self.custodianPassEdit.text(),
                                      ca_passphrase=self.caPassEdit.text(), storage_place=self.placeEdit.text(),
                                      enabled_on=to_date(self.enabledOnEdit))


class HandoverDialog(SealDialog):
    """交接: to whom and why; both signing passphrases (the key is re-encrypted for the receiver and
    both sign the handover sheet); with 委托 an end date: custody returns by itself after it."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, parent: QWidget | None = None):
        super().__init__(desk, user, seal, self.tr("Hand over seal"),
                         self.tr("Hand over {seal}, now kept by <b>{custodian}</b>. Both sign the handover sheet "
                                 "with their signing passphrases.").format(seal=_seal_line(seal),
                                                                          custodian=seal.custodian or "—"), parent)
        self.toCombo = self.staff_combo(exclude=seal.custodian_id)
        self.toCombo.setObjectName("toCombo")
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setPlaceholderText(self.tr("e.g. job change, leave, business trip"))
        self.delegateCheck = QCheckBox(self.tr("Delegation for a period (custody returns afterwards)"), self)
        self.delegateCheck.setObjectName("delegateCheck")
        self.untilEdit = date_edit(self)
        self.untilEdit.setObjectName("untilEdit")
        self.untilEdit.setEnabled(False)
        self.delegateCheck.toggled.connect(self.untilEdit.setEnabled)
        self.fromPassEdit = password_edit(self, "fromPassEdit")
        self.toPassEdit = password_edit(self, "toPassEdit")
        self.form.addRow(self.tr("Hand over to:"), self.toCombo)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.form.addRow("", self.delegateCheck)
        self.form.addRow(self.tr("Delegated until:"), self.untilEdit)
        self.form.addRow(self.tr("Passphrase of {name} (handing over):").format(name=seal.custodian or "—"),
                         self.fromPassEdit)
        self.form.addRow(self.tr("Passphrase of the receiver:"), self.toPassEdit)

    def perform(self) -> object:
        to = self.toCombo.currentData()
        if self.delegateCheck.isChecked():
            return self.desk.seals.delegate(self.user, self.seal.id, to, start=date.today(),
                                            until=to_date(self.untilEdit), from_passphrase=self.fromPassEdit.text(),
                                            to_passphrase=self.toPassEdit.text(), reason=self.reasonEdit.text())
        return self.desk.seals.handover(self.user, self.seal.id, to, from_passphrase=self.fromPassEdit.text(),
                                        to_passphrase=self.toPassEdit.text(), reason=self.reasonEdit.text())


class TakeOutDialog(SealDialog):
    """携出 (SEAL-14): a new request — purpose, destination, dates, two or more persons — submitted
    for the (centre) director's approval in the app; or the take-out of an approved request recorded.
    The office never names the approver: it is whoever approved the request."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, parent: QWidget | None = None):
        super().__init__(desk, user, seal, self.tr("Seal take-out"),
                         self.tr("Take {seal} out of the office: request it for the director's approval (the centre "
                                 "director for a centre seal), with two or more persons jointly responsible; once "
                                 "approved, record the take-out here.").format(seal=_seal_line(seal)), parent)
        from desktop.ui.signing import can_sign

        self.requestCombo = QComboBox(self)
        self.requestCombo.setObjectName("requestCombo")
        self.requestCombo.addItem(self.tr("New take-out request"), None)
        for doc_id, text in desk.seals.approved_take_outs(user, seal.id):
            self.requestCombo.addItem(self.tr("Approved: {text}").format(text=text), doc_id)
        self.purposeEdit = QLineEdit(self)
        self.purposeEdit.setObjectName("purposeEdit")
        self.destinationEdit = QLineEdit(self)
        self.destinationEdit.setObjectName("destinationEdit")
        self.outOnEdit = date_edit(self)
        self.backOnEdit = date_edit(self)
        self.personsList = QListWidget(self)
        self.personsList.setObjectName("personsList")
        for p in people_of(desk, user):
            item = QListWidgetItem(f"{p.name}（{p.title or p.department_name or '—'}）")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id == seal.custodian_id else Qt.CheckState.Unchecked)
            self.personsList.addItem(item)
        self.personsList.setMinimumHeight(120)
        self.signs = can_sign(desk, user)
        self.passphraseEdit = password_edit(self, "passphraseEdit")
        self.form.addRow(self.tr("Request:"), self.requestCombo)
        self.form.addRow(self.tr("Purpose:"), self.purposeEdit)
        self.form.addRow(self.tr("Destination:"), self.destinationEdit)
        self.form.addRow(self.tr("Out on:"), self.outOnEdit)
        self.form.addRow(self.tr("Back on:"), self.backOnEdit)
        self.form.addRow(self.tr("Persons (two or more):"), self.personsList)
        if self.signs:
            self.form.addRow(self.tr("Your signing passphrase:"), self.passphraseEdit)
        else:
            self.passphraseEdit.hide()
        self.requestCombo.currentIndexChanged.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        new = self.requestCombo.currentData() is None
        for w in (self.purposeEdit, self.destinationEdit, self.outOnEdit, self.backOnEdit, self.personsList,
                  self.passphraseEdit):
            w.setEnabled(new)
        self.ok_button.setText(self.tr("Submit for approval") if new else self.tr("Record take-out"))

    def check_person(self, name: str) -> None:
        for i in range(self.personsList.count()):
            item = self.personsList.item(i)
            if item.text().startswith(name + "（"):
                item.setCheckState(Qt.CheckState.Checked)

    def perform(self) -> object:
        doc = self.requestCombo.currentData()
        if doc is not None:
            return self.desk.seals.take_out(self.user, doc)
        persons = [self.personsList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.personsList.count())
                   if self.personsList.item(i).checkState() == Qt.CheckState.Checked]
        return self.desk.seals.request_take_out(
            self.user, self.seal.id, purpose=self.purposeEdit.text(), destination=self.destinationEdit.text(),
            out_on=to_date(self.outOnEdit), back_on=to_date(self.backOnEdit), persons=persons,
            passphrase=self.passphraseEdit.text() if self.signs else None)


class StatusDialog(SealDialog):
    """停用 / 恢复启用 / 更换 / 封存 / 注销 with a note (SEAL-12)."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, target: str, title: str,
                 parent: QWidget | None = None):
        intro = self.tr("{action}: {seal}.").format(action=title, seal=_seal_line(seal))
        if target in ("sealed_up", "cancelled"):
            intro += " " + self.tr("Its certificate is revoked: the seal signs nothing more.")
        super().__init__(desk, user, seal, title, intro, parent)
        self.target = target
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.form.addRow(self.tr("Note:"), self.noteEdit)

    def perform(self) -> object:
        return self.desk.seals.set_status(self.user, self.seal.id, self.target, self.noteEdit.text().strip())


class LostDialog(SealDialog):
    """挂失: what happened (required) and an explicit confirmation; void at once, certificate revoked."""

    def __init__(self, desk: Desk, user: SignedIn, seal: SealView, parent: QWidget | None = None):
        super().__init__(desk, user, seal, self.tr("Report seal lost"),
                         self.tr("Report {seal} lost or stolen? It is declared void at once and its certificate is "
                                 "revoked from now on: every later use is refused. This cannot be undone."
                                 ).format(seal=_seal_line(seal)), parent)
        self.noteEdit = QPlainTextEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setPlaceholderText(self.tr("When and how it was found missing (required)"))
        self.noteEdit.setFixedHeight(80)
        self.form.addRow(self.tr("Circumstances:"), self.noteEdit)
        self.ok_button.setText(self.tr("Declare void"))
        self.ok_button.setStyleSheet("color: #b00020;")

    def perform(self) -> object:
        return self.desk.seals.report_lost(self.user, self.seal.id, self.noteEdit.toPlainText())


class ApplySealDialog(SealDialog):
    """盖章 (SEAL-05/07/08): an approved seal use request not yet sealed; the page preview of its
    document where the custodian clicks the place for the seal (the default over the last page's
    date pre-selected), the 骑缝章 box for multi-page files, the 监印人 and the custodian's signing
    passphrase. After sealing, previews of the sealed document and of the request sheet."""

    def __init__(self, desk: Desk, user: SignedIn, requests: list, preview: Callable[[int], None],
                 parent: QWidget | None = None, *, show_sealed: Callable[[object], None] | None = None):
        super().__init__(desk, user, None, self.tr("Apply seal"),
                         self.tr("Apply the seal named by an approved seal use request to its document. Only the "
                                 "seal's custodian may apply it; click the page where the seal goes. The sealed "
                                 "document is locked against changes, and you sign the use register entry on the "
                                 "request sheet."), parent)
        from desktop.ui.seal_placement import SealPlacementWidget

        self.requests = requests  # DocumentView of approved seal_use requests
        self._preview = preview
        self._show_sealed = show_sealed
        self.requestCombo = QComboBox(self)
        self.requestCombo.setObjectName("requestCombo")
        for doc in requests:
            self.requestCombo.addItem(f"{doc.serial or doc.id}  {doc.title}", doc.id)
        self.detailLabel = QLabel(self)
        self.detailLabel.setObjectName("detailLabel")
        self.detailLabel.setWordWrap(True)
        self.witnessCombo = QComboBox(self)
        self.witnessCombo.setObjectName("witnessCombo")
        for staff_id, label in desk.seals.witness_candidates(user):
            self.witnessCombo.addItem(label, staff_id)
        self.readCheck = QCheckBox(self.tr("I have read the document to be sealed"), self)
        self.readCheck.setObjectName("readCheck")
        self.readCheck.setChecked(True)
        self.passphraseEdit = password_edit(self, "passphraseEdit")
        self.placementWidget = SealPlacementWidget(self)
        self.placementWidget.setObjectName("placementWidget")
        self.form.addRow(self.tr("Seal use request:"), self.requestCombo)
        self.form.addRow("", self.detailLabel)
        self.form.addRow(self.tr("Witness (监印人):"), self.witnessCombo)
        self.form.addRow("", self.readCheck)
        self.form.addRow(self.tr("Your signing passphrase:"), self.passphraseEdit)
        # The form on the left, the page on the right.
        outer = self.layout()
        outer.removeItem(self.form)
        side = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        side.addLayout(left, 1)
        side.addWidget(self.placementWidget, 1)
        outer.insertLayout(1, side, 1)
        self.setMinimumWidth(980)
        self.resize(1040, 720)
        self.previewButton = self.buttonBox.addButton(self.tr("Preview request sheet…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.previewButton.setObjectName("previewButton")
        self.previewButton.setVisible(False)
        self.previewButton.clicked.connect(self.preview)
        self.sealedButton = self.buttonBox.addButton(self.tr("Sealed document…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sealedButton.setObjectName("sealedButton")
        self.sealedButton.setVisible(False)
        self.sealedButton.clicked.connect(self.show_sealed)
        self.requestCombo.currentIndexChanged.connect(self._show_request)
        self._show_request()
        if not requests:
            self.messageLabel.setText(self.tr("There is no approved seal use request waiting for the seal."))
            self.ok_button.setEnabled(False)

    def select_request(self, document_id: int) -> None:
        self.requestCombo.setCurrentIndex(self.requestCombo.findData(document_id))

    def _show_request(self) -> None:
        doc = next((d for d in self.requests if d.id == self.requestCombo.currentData()), None)
        if doc is None:
            self.detailLabel.setText("")
            return
        p = doc.payload
        self.detailLabel.setText(self.tr("Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who} · "
                                         "document no.: {no}").format(
            seal=p.get("seal_name", "—"), recipient=doc.purpose or "—", copies=p.get("copies_n", 1), who=doc.submitter,
            no=p.get("document_no") or "—"))
        witness = self.desk.seals.proposed_witness(self.user, doc.id)
        if witness is not None and self.witnessCombo.findData(witness) >= 0:
            self.witnessCombo.setCurrentIndex(self.witnessCombo.findData(witness))
        try:
            facts = self.desk.seals.use_document_facts(self.user, doc.id)
            data = self.desk.seals.attachment(self.user, doc.id)
        except Refused as refused:  # shown; 盖章 would refuse it with the same reason
            self.messageLabel.setText(problems_text(refused))
            return
        self.messageLabel.setText("")
        self.placementWidget.set_diameter(facts.diameter)
        self.placementWidget.load(data or b"", facts)

    def perform(self) -> object:
        return self.desk.seals.apply(self.user, self.requestCombo.currentData(), self.passphraseEdit.text(),
                                     read_confirmed=self.readCheck.isChecked(),
                                     witness_id=self.witnessCombo.currentData(),
                                     placement=self.placementWidget.placement())

    def confirm(self) -> None:
        """Sealed: the dialog stays open with the previews offered; OK turns into 关闭."""
        try:
            self.result_value = self.perform()
        except Refused as refused:
            self.messageLabel.setText(problems_text(refused))
            return
        use = self.result_value
        self.messageLabel.setStyleSheet("color: #1b5e20;")
        self.messageLabel.setText(self.tr("Sealed with {seal}: {title}. Entered in the use register as {no}.").format(
            seal=use.seal_name, title=use.document_title, no=use.register_no))
        for w in (self.requestCombo, self.readCheck, self.passphraseEdit, self.witnessCombo, self.placementWidget):
            w.setEnabled(False)
        self.previewButton.setVisible(True)
        self.sealedButton.setVisible(self._show_sealed is not None)
        self.ok_button.setVisible(False)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttonBox.rejected.disconnect()
        self.buttonBox.rejected.connect(self.accept)

    def preview(self) -> None:
        if self.result_value is not None:
            self._preview(self.result_value.document_id)

    def show_sealed(self) -> None:
        if self.result_value is not None and self._show_sealed is not None:
            self._show_sealed(self.result_value)


def _done_in_place(dialog: SealDialog, text: str, close_text: str, freeze: tuple[QWidget, ...]) -> None:
    """Show a success line in green; OK turns into 关闭 (the dialog stays open to be read)."""
    dialog.messageLabel.setStyleSheet("color: #1b5e20;")
    dialog.messageLabel.setText(text)
    for w in freeze:
        w.setEnabled(False)
    dialog.ok_button.setVisible(False)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(close_text)
    dialog.buttonBox.rejected.disconnect()
    dialog.buttonBox.rejected.connect(dialog.accept)


class _SubmittingDialog(SealDialog):
    """A request that is created and submitted at once: the handler's signing passphrase certifies
    the approval sheet (as 提交 does); without a signing certificate it is submitted unsigned."""

    def __init__(self, desk: Desk, user: SignedIn, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(desk, user, None, title, intro, parent)
        from desktop.ui.signing import can_sign

        self.signs = can_sign(desk, user)
        self.passphraseEdit = password_edit(self, "passphraseEdit")
        self.signingNote = QLabel(self)
        self.signingNote.setObjectName("signingNote")
        self.signingNote.setWordWrap(True)
        self.signingNote.setStyleSheet("color: #555;")

    def add_signing_rows(self) -> None:
        if self.signs:
            self.form.addRow(self.tr("Your signing passphrase:"), self.passphraseEdit)
            self.signingNote.setText(self.tr("Your signing passphrase certifies the approval sheet as its handler; "
                                             "every approval step then signs the same sheet."))
        else:
            self.passphraseEdit.hide()
            self.signingNote.setText(self.tr("You have no valid signing certificate, so the approval sheet is not "
                                             "signed; ask the system administrator to issue one."))
        self.form.addRow("", self.signingNote)
        self.ok_button.setText(self.tr("Submit for approval"))

    def passphrase(self) -> str | None:
        return self.passphraseEdit.text() if self.signs else None


class UseRequestDialog(_SubmittingDialog):
    """新建用印申请 (SEAL-05/07/08, F-26): the seal, the document's title, where it goes, copies,
    purpose and the PDF to be sealed (its SHA-256 is printed on the sheet); created and submitted."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("New seal use request"),
                         self.tr("Ask for a seal on a document: once the request is approved, the seal's custodian "
                                 "applies the seal to this very PDF (its SHA-256 is printed on the request). Blank "
                                 "paper is never sealed."), parent)
        self.pdf: bytes | None = None
        self.filename = ""
        self.sealCombo = QComboBox(self)
        self.sealCombo.setObjectName("sealCombo")
        for v in desk.seals.seals(user, status="enabled"):
            if v.kind != "cheque_book":
                self.sealCombo.addItem(f"{v.name}（{v.custodian or '—'}）", v.id)
        self.titleEdit = QLineEdit(self)
        self.titleEdit.setObjectName("titleEdit")
        self.titleEdit.setPlaceholderText(self.tr("e.g. a letter to the health bureau"))
        self.recipientEdit = QLineEdit(self)
        self.recipientEdit.setObjectName("recipientEdit")
        self.copiesSpin = QSpinBox(self)
        self.copiesSpin.setObjectName("copiesSpin")
        self.copiesSpin.setRange(1, 999)
        self.copiesSpin.setSuffix(self.tr(" copies"))
        self.purposeEdit = QLineEdit(self)
        self.purposeEdit.setObjectName("purposeEdit")
        self.documentNoEdit = QLineEdit(self)
        self.documentNoEdit.setObjectName("documentNoEdit")
        self.documentNoEdit.setPlaceholderText(self.tr("e.g. 示医保〔2026〕45号; empty if the document has none"))
        self.witnessCombo = QComboBox(self)
        self.witnessCombo.setObjectName("witnessCombo")
        self.witnessCombo.addItem(self.tr("(chosen when the seal is applied)"), None)
        for staff_id, label in desk.seals.witness_candidates(user):
            self.witnessCombo.addItem(label, staff_id)
        self.fileButton = QPushButton(self.tr("Choose PDF…"), self)
        self.fileButton.setObjectName("fileButton")
        self.fileButton.clicked.connect(lambda: self.choose_file())
        self.fileLabel = QLabel(self.tr("No file chosen"), self)
        self.fileLabel.setObjectName("fileLabel")
        self.fileLabel.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.fileButton)
        row.addWidget(self.fileLabel, 1)
        self.form.addRow(self.tr("Seal:"), self.sealCombo)
        self.form.addRow(self.tr("Document title:"), self.titleEdit)
        self.form.addRow(self.tr("Sent to:"), self.recipientEdit)
        self.form.addRow(self.tr("Copies:"), self.copiesSpin)
        self.form.addRow(self.tr("Purpose:"), self.purposeEdit)
        self.form.addRow(self.tr("Document no. (文号):"), self.documentNoEdit)
        self.form.addRow(self.tr("Proposed witness (监印人):"), self.witnessCombo)
        self.form.addRow(self.tr("Document to be sealed:"), row)
        self.add_signing_rows()
        self.setMinimumWidth(600)
        if self.sealCombo.count() == 0:
            self.messageLabel.setText(self.tr("No seal is in use: a seal use request needs an enabled seal."))
            self.ok_button.setEnabled(False)

    def select_seal(self, seal_id: int) -> None:
        self.sealCombo.setCurrentIndex(self.sealCombo.findData(seal_id))

    def choose_file(self, path: str | None = None) -> bool:
        """Pick the PDF (a file dialog unless ``path``); a file that is not a PDF or is blank is
        refused at once with the reason, and no file is kept."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Document to be sealed"), "",
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        name = Path(path).name
        try:
            data = Path(path).read_bytes()
            pages = self.desk.seals.check_use_document(data)
        except OSError as exc:
            self._no_file(self.tr("Cannot read {path}: {error}").format(path=path, error=exc))
            return False
        except Refused as refused:
            self._no_file(f"{name}：\n" + problems_text(refused))
            return False
        self.pdf, self.filename = data, name
        self.fileLabel.setText(self.tr("{name} · {pages} page(s)").format(name=name, pages=pages))
        self.messageLabel.setText("")
        if not self.titleEdit.text().strip():
            self.titleEdit.setText(Path(name).stem)
        return True

    def _no_file(self, message: str) -> None:
        self.pdf, self.filename = None, ""
        self.fileLabel.setText(self.tr("No file chosen"))
        self.messageLabel.setText(message)

    def perform(self) -> object:
        if self.pdf is None:
            raise refuse("SEAL-07", "use.document", self.tr("Choose the PDF to be sealed."))
        return self.desk.seals.request_use(self.user, self.sealCombo.currentData(), self.titleEdit.text().strip(),
                                           recipient=self.recipientEdit.text().strip(),
                                           copies=self.copiesSpin.value(), purpose=self.purposeEdit.text().strip(),
                                           document_pdf=self.pdf, filename=self.filename,
                                           document_no=self.documentNoEdit.text().strip(),
                                           witness_id=self.witnessCombo.currentData(), passphrase=self.passphrase())


# The seal kinds that are engraved (the cheque book is registered as a custody item instead).
ENGRAVED_KINDS = ("administrative", "party_group", "finance", "legal_rep", "contract", "section", "name")
ITEM_KINDS = ("cheque_book",)


class EngravingDialog(_SubmittingDialog):
    """刻制申请 (SEAL-09/10): kind, name, the department it belongs to and the reason; created in the
    registry as 已申请刻制 and submitted into the engraving chain."""

    def __init__(self, desk: Desk, user: SignedIn, kind_text: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Request seal engraving"),
                         self.tr("Request a new seal: the request goes to the office and the bureau leaders; once "
                                 "approved, the office records the police filing and enables the seal."), parent)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        for kind in ENGRAVED_KINDS:
            self.kindCombo.addItem(kind_text(kind), kind)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setPlaceholderText(self.tr("the full name as engraved"))
        self.departmentCombo = department_combo(self, desk, user, user.department_id)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setFixedHeight(70)
        self.form.addRow(self.tr("Seal kind:"), self.kindCombo)
        self.form.addRow(self.tr("Seal name:"), self.nameEdit)
        self.form.addRow(self.tr("Department:"), self.departmentCombo)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.add_signing_rows()

    def perform(self) -> object:
        return self.desk.seals.request_engraving(self.user, self.kindCombo.currentData(), self.nameEdit.text(),
                                                 self.reasonEdit.toPlainText(),
                                                 department_id=self.departmentCombo.currentData(),
                                                 passphrase=self.passphrase())


def department_combo(parent: QWidget, desk: Desk, user: SignedIn, current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("departmentCombo")
    for d in desk.org.departments(user):
        combo.addItem(d.name, d.id)
    if current is not None and combo.findData(current) >= 0:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class RegisterItemDialog(SealDialog):
    """登记保管物品 (SEAL-16): a custody item that is not a seal (the cheque book) with its custodian
    and storage place; the separation rules apply to whom it is given."""

    def __init__(self, desk: Desk, user: SignedIn, kind_text: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(desk, user, None, self.tr("Register custody item"),
                         self.tr("Register an item kept like a seal but not engraved, such as the cheque book. It is "
                                 "held by its custodian from today; the cashier may not also keep the "
                                 "finance seal (SEAL-16)."), parent)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        for kind in ITEM_KINDS:
            self.kindCombo.addItem(kind_text(kind), kind)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setPlaceholderText(self.tr("e.g. zero-balance account cheque book"))
        cashier = next((p.id for p in people_of(desk, user) if "cashier" in {a.position for a in p.assignments}), None)
        self.custodianCombo = self.staff_combo(current=cashier)  # the cheque book is the cashier's
        self.custodianCombo.setObjectName("custodianCombo")
        self.placeEdit = QLineEdit(self)
        self.placeEdit.setObjectName("placeEdit")
        self.departmentCombo = department_combo(self, desk, user, None)
        self._departments = {p.id: p.department_name for p in people_of(desk, user)}
        self.custodianCombo.currentIndexChanged.connect(self._custodian_department)
        self._custodian_department()
        self.form.addRow(self.tr("Kind:"), self.kindCombo)
        self.form.addRow(self.tr("Name:"), self.nameEdit)
        self.form.addRow(self.tr("Custodian:"), self.custodianCombo)
        self.form.addRow(self.tr("Storage place:"), self.placeEdit)
        self.form.addRow(self.tr("Department:"), self.departmentCombo)

    def _custodian_department(self) -> None:
        """The item belongs, by default, to its custodian's department."""
        index = self.departmentCombo.findText(self._departments.get(self.custodianCombo.currentData()) or "")
        if index >= 0:
            self.departmentCombo.setCurrentIndex(index)

    def perform(self) -> object:
        if not self.nameEdit.text().strip():
            raise refuse("SEAL-16", "seal.item_name", self.tr("Enter the item's name."))
        return self.desk.seals.register_item(self.user, self.kindCombo.currentData(), self.nameEdit.text(),
                                             custodian_id=self.custodianCombo.currentData(),
                                             storage_place=self.placeEdit.text().strip(),
                                             department_id=self.departmentCombo.currentData())


class CrlDialog(SealDialog):
    """发布吊销列表: the bureau root CA passphrase signs the list of every revoked certificate (seals
    and personal); it is kept in the database and written to a file for verifiers (desktop verify --crl)."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, None, self.tr("Publish revocation list"),
                         self.tr("Publish the certificate revocation list (CRL) signed by the bureau root: every "
                                 "revoked seal and signing certificate with the time it was revoked. Give the file "
                                 "to whoever verifies the bureau's PDFs."), parent)
        self.caPassEdit = password_edit(self, "caPassEdit")
        self.pathEdit = QLineEdit(str(Path.home() / f"bureau-crl-{date.today():%Y%m%d}.crl"), self)
        self.pathEdit.setObjectName("pathEdit")
        self.browseButton = QPushButton(self.tr("Browse…"), self)
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.pathEdit, 1)
        row.addWidget(self.browseButton)
        self.form.addRow(self.tr("Root CA passphrase:"), self.caPassEdit)
        self.form.addRow(self.tr("Save as:"), row)
        self.ok_button.setText(self.tr("Publish"))
        self.setMinimumWidth(600)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save revocation list"), self.pathEdit.text(),
                                              self.tr("Revocation lists (*.crl *.pem)"))
        if path:
            self.pathEdit.setText(path)

    def perform(self) -> object:
        path = Path(self.pathEdit.text().strip())
        if not self.pathEdit.text().strip():
            raise refuse("SEAL-15", "crl.path", self.tr("Choose where to save the revocation list."))
        if not path.parent.is_dir():
            raise refuse("SEAL-15", "crl.path", self.tr("The folder {folder} does not exist.").format(
                folder=path.parent))
        published = self.desk.seals.publish_crl(self.user, self.caPassEdit.text())
        try:
            path.write_text(published.pem, encoding="ascii")
        except OSError as exc:
            raise refuse("SEAL-15", "crl.write", self.tr(
                "Revocation list no. {number} is published in the database but cannot be written to {path}: "
                "{error}").format(number=published.number, path=path, error=exc)) from exc
        return published, path

    def confirm(self) -> None:
        try:
            self.result_value = self.perform()
        except Refused as refused:
            self.messageLabel.setText(problems_text(refused))
            return
        published, path = self.result_value
        _done_in_place(self, self.tr("Revocation list no. {number} published with {n} revoked certificate(s), saved "
                                     "as {path}.").format(number=published.number, n=published.entries, path=path),
                       self.tr("Close"), (self.caPassEdit, self.pathEdit, self.browseButton))
