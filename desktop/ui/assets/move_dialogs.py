"""Transfer and repair as operations on cards (ASSET-08/09/10): 申请调入 (the receiving department
asks; the office approves; both departments sign), 申请维修 (the user asks; the office checks),
维修完成 (cost, repairer, the supervisor of an outside technician, compensation by whoever caused the
damage). A request is created and submitted in one service call, signed with the passphrase
(signing.create_and_submit), so a refusal leaves nothing behind."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.assets.card_picker import CardPicker, card_line
from desktop.ui.messages import attempt
from desktop.ui.signing import create_and_submit

__all__ = ["FormDialog", "TransferDialog", "RepairDialog", "CompleteRepairDialog", "people_items"]


def people_items(desk: Desk, user: SignedIn, department_id: int | None = None) -> list[tuple[str, int]]:
    return [(f"{p.name}（{p.department_name}）" if department_id is None else p.name, p.id)
            for p in desk.org.staff(user) if department_id is None or p.department_id == department_id]


class FormDialog(QDialog):
    """A form with OK/Cancel whose OK runs :meth:`perform`; it closes only when that succeeds."""

    def __init__(self, desk: Desk, user: SignedIn, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.form = QFormLayout()
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self._ok)
        self.buttonBox.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttonBox)

    def perform(self) -> tuple[bool, Any]:
        raise NotImplementedError

    def _ok(self) -> None:
        done, value = self.perform()
        if done:
            self.result_value = value
            self.accept()

    def submitted(self, create: Callable[..., int]) -> tuple[bool, Any]:
        """Create and submit in one call (the passphrase asked when the person can sign)."""
        doc_id = create_and_submit(self, self.desk, self.user, create)
        return doc_id is not None, doc_id

    @staticmethod
    def text_edit(name: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(72)
        edit.setTabChangesFocus(True)
        return edit


class TransferDialog(FormDialog):
    """申请调入 (F-22): the cards, and where they go — the receiving department (the applicant's own by
    default), its user and location, the reason."""

    def __init__(self, desk: Desk, user: SignedIn, rows: list[Any] = (), parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Request a transfer between departments"), parent)
        self.picker = CardPicker(desk, user, for_transfer=True, parent=self)
        self.picker.add_rows(rows)
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("toDepartmentBox")
        fill_combo(self.departmentBox, [(d.name, d.id) for d in desk.org.departments(user)],
                   current=user.department_id)
        self.userBox = QComboBox(self)
        self.userBox.setObjectName("toUserBox")
        self.locationEdit = QLineEdit(self)
        self.locationEdit.setObjectName("toLocationEdit")
        self.reasonEdit = self.text_edit("reasonEdit", self.tr("Why the receiving department needs them"))
        self.form.addRow(self.tr("Cards:"), self.picker)
        self.form.addRow(self.tr("To department:"), self.departmentBox)
        self.form.addRow(self.tr("To user:"), self.userBox)
        self.form.addRow(self.tr("To location:"), self.locationEdit)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.layout_.addWidget(QLabel(self.tr("The receiving department requests; the office approves; the giving "
                                              "department then signs the release [ASSET-08].")))
        self.finish_layout()
        self.departmentBox.currentIndexChanged.connect(lambda _i: self._users())
        self._users()

    def _users(self) -> None:
        fill_combo(self.userBox, people_items(self.desk, self.user, self.departmentBox.currentData()),
                   blank=self.tr("(none)"))

    def perform(self) -> tuple[bool, Any]:
        ids, dept = self.picker.card_ids(), self.departmentBox.currentData()
        return self.submitted(lambda **kw: self.desk.asset_moves.request_transfer(
            self.user, ids, dept, to_user_id=self.userBox.currentData(), to_location=self.locationEdit.text().strip(),
            reason=self.reasonEdit.toPlainText().strip(), **kw))


class RepairDialog(FormDialog):
    """申请维修 (ASSET-09/10): the fault, sent out of the bureau or not, who caused the damage."""

    def __init__(self, desk: Desk, user: SignedIn, row: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Request a repair"), parent)
        self.row = row
        self.cardLabel = QLabel(card_line(row), self)
        self.cardLabel.setObjectName("cardLabel")
        self.faultEdit = self.text_edit("faultEdit", self.tr("What is wrong"))
        self.sentOutCheck = QCheckBox(self.tr("Sent out of the bureau for repair (computer equipment needs the "
                                              "office head's approval) [ASSET-10]"), self)
        self.sentOutCheck.setObjectName("sentOutCheck")
        self.damageBox = QComboBox(self)
        self.damageBox.setObjectName("damageBox")
        fill_combo(self.damageBox, people_items(desk, user), blank=self.tr("(nobody: normal wear)"))
        self.form.addRow(self.tr("Card:"), self.cardLabel)
        self.form.addRow(self.tr("Fault:"), self.faultEdit)
        self.form.addRow(self.sentOutCheck)
        self.form.addRow(self.tr("Damage caused by:"), self.damageBox)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return self.submitted(lambda **kw: self.desk.asset_moves.request_repair(
            self.user, self.row.id, self.faultEdit.toPlainText().strip(), sent_out=self.sentOutCheck.isChecked(),
            damage_by_id=self.damageBox.currentData(), **kw))


class CompleteRepairDialog(FormDialog):
    """维修完成: what it cost, who repaired it, who supervised an outside technician, compensation."""

    def __init__(self, desk: Desk, user: SignedIn, document_id: int, title: str = "", parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Repair completed"), parent)
        self.document_id = document_id
        self.costEdit = amount_edit(name="costEdit")
        self.repairerEdit = QLineEdit(self)
        self.repairerEdit.setObjectName("repairerEdit")
        self.supervisorBox = QComboBox(self)
        self.supervisorBox.setObjectName("supervisorBox")
        fill_combo(self.supervisorBox, people_items(desk, user), blank=self.tr("(none)"))
        self.compensationEdit = amount_edit(name="compensationEdit")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        if title:
            self.form.addRow(self.tr("Request:"), QLabel(title, self))
        self.form.addRow(self.tr("Cost (yuan):"), self.costEdit)
        self.form.addRow(self.tr("Repaired by:"), self.repairerEdit)
        self.form.addRow(self.tr("Supervised on site by:"), self.supervisorBox)
        self.form.addRow(self.tr("Compensation (yuan):"), self.compensationEdit)
        self.form.addRow(self.tr("Note:"), self.noteEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        from decimal import Decimal

        cost = amount_of(self.costEdit.text())
        return attempt(self, self.desk.asset_moves.complete_repair, self.user, self.document_id,
                       cost=cost if cost is not None else self.costEdit.text().strip(),
                       repairer=self.repairerEdit.text().strip(), supervisor_id=self.supervisorBox.currentData(),
                       compensation=amount_of(self.compensationEdit.text()) or Decimal("0"),
                       note=self.noteEdit.text().strip())
