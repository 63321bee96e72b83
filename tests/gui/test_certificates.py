"""系统管理 → 签名证书: issue a certificate at the administrator's desk (passphrase typed twice, a
mismatch refused in the dialog), revoke one with a reason, export the root certificate; and the
PDF verify dialog naming each signature's role (经办人签发, 第N步 …) instead of its field name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.admin import certificates_page
from desktop.ui.main_window import MainWindow
from desktop.ui.pdf_verify_dialog import PdfVerifyDialog
from tests.gui.conftest import headers_of, texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD, SIGNED_TITLE

NEW_PASSPHRASE = "Sign#2026new"


def _page(qtbot, desk):  # noqa: ANN001, ANN202
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window.open_module("admin").open_tab("certificates")


def _row(page, name: str) -> list[str]:  # noqa: ANN001
    return next(r for r in texts_of(page.ui.certificatesTable) if r[0] == name)


def _new_person(desk) -> int:  # noqa: ANN001
    return desk.org.add_staff(desk.act_as("admin"), "钱进", None, "科员")


def _ok(dialog):  # noqa: ANN001, ANN202
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_tab_lists_people_with_their_certificates(qtbot, desk):  # noqa: ANN001
    staff_id = _new_person(desk)
    page = _page(qtbot, desk)
    tabs = page.parent().parent().parent()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["部门", "人员与岗位", "账户", "签名证书", "规则预设", "节假日", "操作日志",
                                                              "备份与恢复"]
    assert headers_of(page.ui.certificatesTable) == ["姓名", "部门", "职务", "证书", "证书主题", "序列号", "生效时间",
                                                     "到期时间"]
    liu = _row(page, "刘洋")
    assert liu[3] == "有效" and "刘洋" in liu[4] and liu[5] == desk.sheets.identity(
        next(p.id for p in page.people if p.name == "刘洋")).serial
    assert _row(page, "钱进")[3:] == ["未颁发", "", "", "", ""]
    page.select_person("钱进")
    assert page.ui.issueButton.isEnabled() and not page.ui.revokeButton.isEnabled()
    assert desk.sheets.identity(staff_id) is None


def test_issue_a_certificate_and_a_mismatch_is_refused_in_the_dialog(qtbot, desk, on_modal):  # noqa: ANN001
    staff_id = _new_person(desk)
    page = _page(qtbot, desk)
    page.select_person("钱进")
    seen: dict[str, object] = {}

    def mismatch(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["intro"] = dialog.ui.introLabel.text()
        dialog.ui.caEdit.setText(ADMIN_PASSWORD)
        dialog.ui.passphraseEdit.setText(NEW_PASSPHRASE)
        dialog.ui.repeatEdit.setText(NEW_PASSPHRASE + "x")
        _ok(dialog).click()
        seen["message"] = dialog.ui.messageLabel.text()
        seen["open"] = dialog.isVisible()
        dialog.ui.caEdit.setText("wrong CA passphrase")  # the service's refusal shows in the dialog too
        dialog.ui.repeatEdit.setText(NEW_PASSPHRASE)
        _ok(dialog).click()
        seen["refused"] = dialog.ui.messageLabel.text()
        seen["still open"] = dialog.isVisible()
        dialog.ui.caEdit.setText(ADMIN_PASSWORD)
        _ok(dialog).click()

    on_modal(mismatch)
    page.ui.issueButton.click()
    assert seen["title"] == "颁发签名证书" and "钱进" in seen["intro"]
    assert seen["message"] == "两次输入的签名口令不一致。" and seen["open"] is True
    assert "SEC-06" in seen["refused"] and seen["still open"] is True
    issued = desk.sheets.identity(staff_id)
    assert issued is not None and not issued.revoked
    assert _row(page, "钱进")[3] == "有效" and _row(page, "钱进")[5] == issued.serial
    box = page.findChild(QMessageBox)
    assert box is not None and issued.serial in box.text()
    box.close()


def test_mismatch_alone_issues_nothing(qtbot, desk, on_modal):  # noqa: ANN001
    staff_id = _new_person(desk)
    page = _page(qtbot, desk)
    page.select_person("钱进")

    def mismatch(dialog) -> None:  # noqa: ANN001
        dialog.ui.caEdit.setText(ADMIN_PASSWORD)
        dialog.ui.passphraseEdit.setText(NEW_PASSPHRASE)
        dialog.ui.repeatEdit.setText("Different#2026")
        _ok(dialog).click()
        dialog.reject()

    on_modal(mismatch)
    page.ui.issueButton.click()
    assert desk.sheets.identity(staff_id) is None
    assert _row(page, "钱进")[3] == "未颁发"


def test_revoke_needs_a_reason_and_revokes(qtbot, desk, on_modal):  # noqa: ANN001
    page = _page(qtbot, desk)
    page.select_person("刘洋")
    staff_id = page.selected().id
    assert page.ui.revokeButton.isEnabled()
    seen: dict[str, object] = {}

    def revoke(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["button"] = ok.text()
        ok.click()
        seen["empty"] = dialog.messageLabel.text()
        seen["open"] = dialog.isVisible()
        dialog.reasonEdit.setText("调离本单位")
        ok.click()

    on_modal(revoke)
    page.ui.revokeButton.click()
    assert seen == {"title": "吊销签名证书", "button": "吊销证书", "empty": "请填写吊销原因。", "open": True}
    assert desk.sheets.identity(staff_id).revoked
    assert _row(page, "刘洋")[3] == "已吊销" and not page.ui.revokeButton.isEnabled()
    audit = desk.audit.recent(desk.act_as("admin"), 5)
    assert any(r.action == "identity.revoke" and "调离本单位" in (r.after_json or "") for r in audit)


def test_export_root_certificate(qtbot, desk, tmp_path, monkeypatch):  # noqa: ANN001
    page = _page(qtbot, desk)
    target = tmp_path / "根证书.pem"
    monkeypatch.setattr(certificates_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.ui.exportRootButton.click()
    text = target.read_text(encoding="ascii")
    assert text.startswith("-----BEGIN CERTIFICATE-----") and text.rstrip().endswith("-----END CERTIFICATE-----")
    box = page.findChild(QMessageBox)
    assert box is not None and "受信任的根证书" in box.text()
    box.close()
    assert "受信任的根证书" in page.ui.rootHintLabel.text()


def test_verify_dialog_names_the_signature_roles(qtbot, desk, tmp_path):  # noqa: ANN001
    liu = desk.act_as("liuyang")
    doc_id = next(d.id for d in desk.approvals.documents(liu, mine=True) if d.title == SIGNED_TITLE)
    desk.approvals.approve(desk.act_as("lifang"), doc_id, "同意", passphrase=PASSWORD)
    pdf = tmp_path / "审批单.pdf"
    pdf.write_bytes(desk.sheets.latest_pdf(liu, doc_id))
    dialog = PdfVerifyDialog(desk, pdf)
    qtbot.addWidget(dialog)
    rows = texts_of(dialog.table)
    # Each step as printed on the sheet (the field's /TU); the step not signed yet is listed too (IC-01).
    assert [r[0] for r in rows] == ["经办人签发", "第1步 财务负责人审核（财务负责人）", "第2步 局长审定（局长）"]
    assert rows[2][1] in ("（未签）", "(not signed)") and dialog.report.verdict == "incomplete"
    assert dialog.table.item(0, 0).toolTip() == "sig_issuer"
    assert dialog.table.item(1, 0).toolTip().startswith("sig_step1_")


def test_field_role_words():  # noqa: ANN201
    from desktop.ui.pdf_verify_dialog import field_role

    assert field_role("sig_issuer", "科员") == "经办人签发"
    assert field_role("sig_bureau_seal") == "单位印章"
    assert field_role("sig_step2_director", "局长") == "第2步 局长"
    assert field_role("sig_step3_office_head") == "第3步"
    assert field_role("Signature1") == "Signature1"
    assert field_role("sig_step2_director", "局长", "局长审定（局长）") == "第2步 局长审定（局长）"
