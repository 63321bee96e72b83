"""Screenshots of the main screens for review (not a test). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/gui/take_screens.py [out/screens]

With BUREAU_DESK_LANG=en the same screens come out in English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.services.desk import Desk  # noqa: E402
from desktop.ui.main import make_app  # noqa: E402
from tests.gui.sample_bureau import build_sample  # noqa: E402


def _settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    from desktop.app.translations import ui_language

    language = ui_language()
    app = make_app(language=language)
    from desktop.ui.action_dialog import APPROVE, ActionDialog
    from desktop.ui.decision_dialog import DecisionDialog
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow

    desk = Desk.open(f"sqlite:///{tempfile.mkdtemp()}/screens.sqlite")
    try:
        from desktop.services.demo import load_demo

        load_demo(desk)
    except ImportError:
        build_sample(desk)
    login = LoginDialog(desk, "", "wangjianguo")
    login.show()
    _settle(app)
    login.grab().save(str(out / "login.png"))
    login.ui.passwordEdit.setText("wrong-password")
    login.sign_in()
    _settle(app)
    login.grab().save(str(out / "login_failed.png"))
    login.close()

    director = desk.accounts.authenticate("wangjianguo", "Demo#2026")
    window = MainWindow(desk, director, language=language)
    window.resize(1400, 860)
    window.show()
    _settle(app)
    window.grab().save(str(out / "home_pending.png"))
    # The approve dialog of a step that needs a collective decision, and the minute dialog.
    collective = next((d for d in desk.approvals.pending_for(director)
                       if d.decision_required), None)
    if collective is not None:
        action = ActionDialog(APPROVE, collective, lambda *a: "", decisions=desk.approvals.decisions(director),
                              new_decision=lambda parent: None, parent=window)
        action.show()
        _settle(app)
        action.grab().save(str(out / "approve_collective.png"))
        action.close()
    # 同意 with the signing passphrase (签名口令) on a document whose sheet has been issued.
    from desktop.ui.signing import sheet_issued

    signed = next((d for d in desk.approvals.pending_for(director) if sheet_issued(desk, director, d.id)), None)
    if signed is not None:
        action = ActionDialog(APPROVE, signed, lambda *a: "", sheet_issued=True, parent=window)
        action.ui.passphraseEdit.setText("Demo#2026")
        action.show()
        _settle(app)
        action.grab().save(str(out / "approve_passphrase.png"))
        action.close()
    decision = DecisionDialog(desk, director, window)
    decision.ui.minuteNoEdit.setText("局务〔2026〕5号")
    decision.ui.subjectEdit.setText("医保信息系统年度运维")
    decision.show()
    _settle(app)
    decision.grab().save(str(out / "decision_dialog.png"))
    decision.close()
    window.close()

    # A module page seen by the accountant, an approved document selected (归档 enabled).
    accountant = next((a.username for a in desk.accounts.list_accounts(desk.act_as("admin"))
                       if "accountant" in desk.act_as(a.username).positions), "wangjianguo")
    clerk = MainWindow(desk, desk.act_as(accountant), language=language)
    clerk.resize(1400, 860)
    clerk.show()
    page = clerk.open_module("expenses")
    row = next((i for i, doc in enumerate(page.documents) if doc.state == "approved"), -1)
    if row >= 0:
        page.ui.documentsTable.selectRow(row)
    _settle(app)
    clerk.grab().save(str(out / "module_expenses.png"))
    clerk.close()

    # The approval sheet of a signed demo document (the most signatures), and the verify dialog on it.
    from desktop.ui.pdf_verify_dialog import PdfVerifyDialog
    from desktop.ui.sheet_preview import SheetPreview

    def signatures(doc_id: int) -> int:
        try:
            return len(desk.sheets.verify(desk.sheets.latest_pdf(director, doc_id)).signatures)
        except Exception:  # noqa: BLE001 - no sheet issued
            return 0

    best = max(desk.approvals.documents(director), key=lambda d: signatures(d.id), default=None)
    if best is not None:
        preview = SheetPreview(desk, director, best.id)
        preview.show()
        import time

        until = time.monotonic() + 2  # QtPdf renders the pages in the background
        while time.monotonic() < until:
            app.processEvents()
        preview.grab().save(str(out / "sheet_preview.png"))
        preview.close()
        pdf = Path(tempfile.mkdtemp()) / f"{best.serial or best.id}.pdf"
        pdf.write_bytes(desk.sheets.latest_pdf(director, best.id))
        verify = PdfVerifyDialog(desk, pdf)
        verify.resize(1100, 380)
        verify.show()
        _settle(app)
        verify.grab().save(str(out / "verify_dialog.png"))
        verify.close()
        # 我的单据 of that document's handler, the document selected (预览/打印审批单 enabled).
        handler = next((desk.act_as(a.username) for a in desk.accounts.list_accounts(desk.act_as("admin"))
                        if desk.act_as(a.username).staff_id == best.submitter_id), director)
        mine = MainWindow(desk, handler, language=language)
        mine.resize(1400, 860)
        mine.show()
        page = mine.open_module("mine")
        row = next((i for i, doc in enumerate(page.documents) if doc.id == best.id), -1)
        if row >= 0:
            page.ui.documentsTable.selectRow(row)
        _settle(app)
        mine.grab().save(str(out / "my_documents.png"))
        mine.close()

    _seal_screens(app, desk, language, out)
    _report_screens(app, desk, language, out)
    from tests.gui.asset_screens import asset_screens  # 固定资产 (issue 13)

    asset_screens(app, desk, language, out)
    admin = MainWindow(desk, desk.accounts.authenticate("admin", "Desk#2026"), language=language)
    admin.resize(1400, 860)
    admin.show()
    page = admin.open_module("admin")
    for key in ("departments", "people", "accounts", "certificates", "presets", "audit"):
        tab = page.open_tab(key)
        if key == "presets":
            tab.select_kind("trip_approval")
        if key == "certificates":
            # A person with a certificate (the administrator signs nothing and has none).
            tab.ui.certificatesTable.selectRow(next((i for i, person in enumerate(tab.people)
                                                     if tab.identities.get(person.id) is not None), 0))
        _settle(app)
        admin.grab().save(str(out / f"admin_{key}.png"))
        if key == "presets":
            # 标准: the travel table with a malformed figure refused (every problem at once), then meetings.
            editor = tab.open_standards("travel")
            _settle(app)
            admin.grab().save(str(out / "admin_standards_travel.png"))
            table = editor.tables["travel"]
            table.item(3, 3).setText("三百五")
            table.item(4, 4).setText("100.005")
            editor.save()
            _settle(app)
            admin.grab().save(str(out / "admin_standards_refused.png"))
            for box in editor.findChildren(QMessageBox):
                box.grab().save(str(out / "admin_standards_refused_box.png"))
                box.close()
            editor.refresh()
            editor.select("meeting")
            _settle(app)
            admin.grab().save(str(out / "admin_standards_meeting.png"))
            editor.select("reception")
            _settle(app)
            admin.grab().save(str(out / "admin_standards_reception.png"))
            tab.ui.presetTabs.setCurrentIndex(0)
        if key == "certificates" and tab.selected() is not None:
            # 颁发证书 with the two passphrases differing (refused in the dialog), and 吊销证书.
            from desktop.ui.admin.certificates_page import IssueCertificateDialog, RevokeCertificateDialog

            person = tab.selected()
            issue = IssueCertificateDialog(desk, admin.user, person, tab.identities.get(person.id), admin)
            issue.ui.caEdit.setText("Desk#2026")
            issue.ui.passphraseEdit.setText("Sign#2026")
            issue.ui.repeatEdit.setText("Sign#2027")
            issue.show()
            issue.issue()
            _settle(app)
            issue.grab().save(str(out / "certificate_issue.png"))
            issue.close()
            if tab.identities.get(person.id) is not None:
                revoke = RevokeCertificateDialog(person, tab.identities[person.id], admin)
                revoke.reasonEdit.setText("调离本单位")
                revoke.show()
                _settle(app)
                revoke.grab().save(str(out / "certificate_revoke.png"))
                revoke.close()
    admin.lock()
    _settle(app)
    admin.grab().save(str(out / "locked.png"))
    admin.lock_dialog.grab().save(str(out / "lock_dialog.png"))
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


def _report_screens(app, desk, language: str, out: Path) -> None:  # noqa: ANN001
    """报表 as the finance head, and the print preview (打印预览) of the spending return."""
    import time

    from desktop.ui.main_window import MainWindow

    head = next((a.username for a in desk.accounts.list_accounts(desk.act_as("admin"))
                 if "finance_head" in desk.act_as(a.username).positions), None)
    if head is None:
        return
    window = MainWindow(desk, desk.act_as(head), language=language)
    window.resize(1400, 860)
    window.show()
    page = window.open_module("reports")
    _settle(app)
    window.grab().save(str(out / "reports.png"))
    preview = page.preview("spendingPdf", modal=False)
    if preview is not None:
        preview.show()
        until = time.monotonic() + 2  # QtPdf renders the pages in the background
        while time.monotonic() < until:
            app.processEvents()
        preview.grab().save(str(out / "report_preview.png"))
        preview.close()
    window.close()


def _seal_screens(app, desk, language: str, out: Path) -> None:  # noqa: ANN001
    from datetime import date

    from PySide6.QtCore import Qt

    """印章管理 as the office's seal custodian: the registry with a seal selected (its impression),
    the handover dialog, the use register and the 盖章 dialog."""
    from desktop.ui.main_window import MainWindow

    keeper = next((a.username for a in desk.accounts.list_accounts(desk.act_as("admin"))
                   if "seal_custodian" in desk.act_as(a.username).positions), None)
    if keeper is None:
        return
    # An approved seal use request waiting for the seal (for the 盖章 dialog).
    from desktop.documents.pdf_content import render_text_document

    try:
        user = desk.act_as(keeper)
        official = next(v.id for v in desk.seals.seals(user) if v.kind == "administrative")
        title = "关于商请协助开展医保政策宣传的函"
        pdf = render_text_document(desk.org.bureau_name(user), title, ["县卫生健康局：", "为做好医保政策宣传，特商请协助。"],
                                   date.today())
        doc = desk.seals.request_use(user, official, title, recipient="县卫生健康局", copies=2, purpose="政策宣传",
                                     document_pdf=pdf, filename="函.pdf", passphrase="Demo#2026")
        for approver in ("zhoumin", "wangjianguo"):
            desk.approvals.approve(desk.act_as(approver), doc, "同意", passphrase="Demo#2026")
    except Exception as exc:  # noqa: BLE001 - the screens still come out
        print(f"no seal use request for the screens: {exc}")
    window = MainWindow(desk, desk.act_as(keeper), language=language)
    window.resize(1400, 860)
    window.show()
    page = window.open_module("seals")
    registry = page.open_tab("registry")
    registry.select_seal("administrative")
    _settle(app)
    window.grab().save(str(out / "seals_registry.png"))
    handover = registry.make_dialog("handover")
    receiver = handover.toCombo.findText("周敏", Qt.MatchFlag.MatchStartsWith)
    handover.toCombo.setCurrentIndex(max(receiver, 0))
    handover.reasonEdit.setText("休假期间委托保管")
    handover.delegateCheck.setChecked(True)
    handover.show()
    _settle(app)
    handover.grab().save(str(out / "seal_handover.png"))
    handover.close()
    uses = page.open_tab("uses")
    _settle(app)
    window.grab().save(str(out / "seals_uses.png"))
    apply = uses.make_apply_dialog()
    apply.show()
    _settle(app)
    apply.grab().save(str(out / "seal_apply.png"))
    apply.close()
    # The registry-wide actions: register a custody item, publish the revocation list.
    item = registry.make_item_dialog()
    item.nameEdit.setText("基本账户支票簿")
    item.placeEdit.setText("财务室保险柜（出纳）")
    item.show()
    _settle(app)
    item.grab().save(str(out / "seal_register_item.png"))
    item.close()
    crl = registry.make_crl_dialog()
    crl.pathEdit.setText(str(out / "bureau.crl"))
    crl.caPassEdit.setText("Desk#2026")
    crl.show()
    _settle(app)
    crl.grab().save(str(out / "seal_crl.png"))
    crl.ok_button.click()
    _settle(app)
    crl.grab().save(str(out / "seal_crl_published.png"))
    crl.close()
    window.close()
    _seal_request_screens(app, desk, language, out)


def _seal_request_screens(app, desk, language: str, out: Path) -> None:  # noqa: ANN001
    """新建用印申请 with its PDF chosen (and a blank one refused) and 刻制申请, as a clerk; the
    requests tab afterwards."""
    import tempfile
    from datetime import date

    from desktop.documents.pdf_content import render_text_document
    from desktop.ui.main_window import MainWindow

    clerk = "hexue" if any(a.username == "hexue" for a in desk.accounts.list_accounts(desk.act_as("admin"))) else None
    if clerk is None:
        return
    user = desk.act_as(clerk)
    folder = Path(tempfile.mkdtemp())
    letter = folder / "关于报送医保基金监管工作总结的报告.pdf"
    letter.write_bytes(render_text_document(desk.org.bureau_name(user), "关于报送医保基金监管工作总结的报告",
                                            ["市医疗保障局：", "现将我局2026年医保基金监管工作总结报送如下。"], date.today()))
    blank = folder / "空白页.pdf"
    blank.write_bytes(b"not a pdf")
    window = MainWindow(desk, user, language=language)
    window.resize(1400, 860)
    window.show()
    page = window.open_module("seals")
    page.open_tab("requests")
    _settle(app)
    request = page.make_use_request_dialog()
    request.choose_file(str(blank))
    request.show()
    _settle(app)
    request.grab().save(str(out / "seal_use_request_refused.png"))
    request.choose_file(str(letter))
    request.recipientEdit.setText("市医疗保障局")
    request.copiesSpin.setValue(2)
    request.purposeEdit.setText("年度工作总结报送")
    _settle(app)
    request.grab().save(str(out / "seal_use_request.png"))
    request.passphraseEdit.setText("Demo#2026")
    request.ok_button.click()
    _settle(app)
    engraving = page.registry.make_engraving_dialog()
    engraving.kindCombo.setCurrentIndex(engraving.kindCombo.findData("contract"))
    engraving.nameEdit.setText(desk.org.bureau_name(user) + "电子合同专用章")
    engraving.reasonEdit.setPlainText("合同专用章磨损，另刻一枚")
    engraving.show()
    _settle(app)
    engraving.grab().save(str(out / "seal_engraving_request.png"))
    engraving.passphraseEdit.setText("Demo#2026")
    engraving.ok_button.click()
    engraving.close()
    page.requests.refresh()
    _settle(app)
    window.grab().save(str(out / "seals_requests.png"))
    registry = page.open_tab("registry")
    registry.select_seal(desk.org.bureau_name(user) + "电子合同专用章")
    _settle(app)
    window.grab().save(str(out / "seals_registry_requested.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens"))
