"""The main window: navigation to every module, the pages (made when first opened), the
status bar (who, positions, bureau), the idle lock, 文件 → 验证PDF签名… (also a .pdf
dropped on the window) and 语言 → 中文/English. The window keeps the size the user gave it: a
page wider than the window scrolls, the sidebar keeps its width."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (QDialog, QFrame, QLabel, QListWidgetItem, QMainWindow, QMenu, QScrollArea,
                               QSizePolicy, QWidget)

from desktop import APP_NAME_ZH
from desktop.domain.access import may_read_reports
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.idle_lock import IdleWatcher
from desktop.ui.lock_cover import LockCover
from desktop.ui.lock_dialog import SWITCH_USER, LockDialog
from desktop.ui.messages import position_text
from desktop.ui.navigation import MODULES, Module, module_label
from desktop.ui.pending_page import PendingPage
from desktop.ui.signing import verify_pdf

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    sign_out = Signal()  # the session ends (after a restore): the shell shows the sign-in dialog again
    switch_requested = Signal()  # 切换用户: the shell asks who signs in; cancelling comes back here
    language_chosen = Signal(str)  # 语言 → 中文/English: "zh_CN" or "en", already saved in the settings
    closed = Signal()  # the user closed the window: the application ends

    def __init__(self, desk: Desk, user: SignedIn, *, idle_ms: int | None = None, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.desk, self.user, self.language = desk, user, language
        self.bureau_name = desk.org.bureau_name(user)
        self.setWindowTitle(f"{APP_NAME_ZH} — {self.bureau_name}")
        self.modules = [m for m in MODULES if (user.is_admin or not m.admin_only)
                        and (not m.books_readers_only or may_read_reports(user.actor))]
        self.pages: dict[str, QWidget] = {}
        for module in self.modules:
            item = QListWidgetItem(module_label(module))
            item.setData(Qt.ItemDataRole.UserRole, module.key)
            self.ui.navList.addItem(item)
        self.ui.navList.setMaximumWidth(16777215)
        self.ui.navList.setFixedWidth(max(200, self.ui.navList.sizeHintForColumn(0) + 36))
        self.ui.navList.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.ui.centralLayout.setStretch(0, 0)  # the sidebar keeps its width; the pages take the rest
        self.ui.centralLayout.setStretch(1, 1)
        self.scrollers: dict[str, QScrollArea] = {}
        self._relock_on_cancel = False
        self.home = self._page(self.modules[0])
        self.ui.navList.currentRowChanged.connect(self._open_row)
        self.ui.navList.setCurrentRow(0)
        self._status_bar()
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionSwitchUser.triggered.connect(self._switch_user)
        self.ui.actionChangePassword.triggered.connect(self._change_password)
        self.actionChangePassphrase = QAction(self.tr("Change &signing passphrase…"), self)
        self.actionChangePassphrase.setObjectName("actionChangePassphrase")
        self.actionChangePassphrase.setVisible(not user.is_admin)  # a person's own signing keys (SEC-06)
        self.actionChangePassphrase.triggered.connect(self._change_passphrase)
        self.ui.menuFile.insertAction(self.ui.actionLock, self.actionChangePassphrase)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionRecordDecision.triggered.connect(self.record_decision)
        self.ui.actionVerifyPdf.triggered.connect(lambda: self.verify_pdf())
        self._language_menu()
        self.setAcceptDrops(True)
        self.ui.menuBusiness.menuAction().setVisible(not user.is_admin)  # administrators do no business (SEC-13)
        self.cover = LockCover(self)
        self.lock_dialog: LockDialog | None = None
        minutes = desk.accounts.policy.idle_lock_minutes
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    # Navigation -----------------------------------------------------------------------------
    def module_keys(self) -> list[str]:
        return [m.key for m in self.modules]

    def open_module(self, key: str) -> QWidget:
        row = self.module_keys().index(key)
        self.ui.navList.setCurrentRow(row)
        return self.pages[key]

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.modules):
            page = self._page(self.modules[row])
            self.ui.pageStack.setCurrentWidget(self.scrollers[self.modules[row].key])
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def _page(self, module: Module) -> QWidget:
        page = self.pages.get(module.key)
        if page is not None:
            return page
        if module.key == "home":
            page = PendingPage(self.desk, self.user, self.language)
        elif module.key == "reports":
            from desktop.ui.reports_page import ReportsPage

            page = ReportsPage(self.desk, self.user)
        elif module.key == "expenses":
            from desktop.ui.claims.claims_area import ClaimsArea

            page = ClaimsArea(self.desk, self.user, module_label(module), module.kinds, language=self.language)
        elif module.key == "books":
            from desktop.ui.books.books_page import BooksPage

            page = BooksPage(self.desk, self.user, module_label(module), language=self.language)
        elif module.key == "assets":
            from desktop.ui.assets.assets_page import AssetsPage

            page = AssetsPage(self.desk, self.user, module_label(module), module.kinds, language=self.language)
        elif module.key == "supplies":
            from desktop.ui.supplies.supplies_page import SuppliesPage

            page = SuppliesPage(self.desk, self.user, module_label(module), module.kinds, language=self.language)
        elif module.key == "admin":
            from desktop.ui.admin.admin_page import AdminPage

            page = AdminPage(self.desk, self.user, self.language)
        elif module.key == "seals":
            from desktop.ui.seals_page import SealsPage

            page = SealsPage(self.desk, self.user, module_label(module), module.kinds, language=self.language)
        elif module.key in ("travel", "hospitality"):
            from desktop.ui.reception_page import HospitalityPage
            from desktop.ui.travel_page import TravelPage

            cls = TravelPage if module.key == "travel" else HospitalityPage
            page = cls(self.desk, self.user, module_label(module), module.kinds, language=self.language)
        else:
            from desktop.ui.module_page import ModulePage

            page = ModulePage(self.desk, self.user, module_label(module), module.kinds or None,
                              mine=module.key == "mine", language=self.language)
        changed = getattr(page, "changed", None)
        if changed is not None:
            changed.connect(self._documents_changed)
        page.setObjectName(f"page_{module.key}")
        self.pages[module.key] = page
        self.ui.pageStack.addWidget(self._scroller(module.key, page))
        return page

    def _scroller(self, key: str, page: QWidget) -> QScrollArea:
        """The page in a frameless scroll area: a page wider than the window (a long title, a wide
        table) scrolls instead of widening the window."""
        area = QScrollArea(self.ui.pageStack)
        area.setObjectName(f"scroll_{key}")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        area.setWidget(page)
        self.scrollers[key] = area
        return area

    def _documents_changed(self) -> None:
        """Other pages refresh when opened; the home page's to-do list is kept current."""
        if self.ui.pageStack.currentWidget() is not self.scrollers.get("home"):
            self.home.refresh()

    # Status bar -----------------------------------------------------------------------------
    def _status_bar(self) -> None:
        positions = "、".join(position_text(p) for p in self.user.positions)
        self.nameLabel = QLabel(self.tr("Signed in: {name} ({username})").format(name=self.user.name,
                                                                                username=self.user.username))
        self.positionsLabel = QLabel(self.tr("Positions: {positions}").format(positions=positions or "—"))
        self.bureauLabel = QLabel(self.bureau_name)
        for label in (self.nameLabel, self.positionsLabel):
            label.setToolTip(label.text())  # a long list of positions is cut, not widening the window
            label.setMinimumWidth(1)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bureauLabel.setMaximumWidth(360)
        for label in (self.nameLabel, self.positionsLabel):
            self.ui.statusbar.addWidget(label, 1)
        self.ui.statusbar.addPermanentWidget(self.bureauLabel)

    def status_texts(self) -> list[str]:
        return [self.nameLabel.text(), self.positionsLabel.text(), self.bureauLabel.text()]

    # Language -------------------------------------------------------------------------------
    def _language_menu(self) -> None:
        """语言 → 中文 / English (each name in its own language, so either can be found)."""
        self.menuLanguage = QMenu(self.tr("&Language"), self.ui.menubar)
        self.menuLanguage.setObjectName("menuLanguage")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.languageActions: dict[str, QAction] = {}
        current = "en" if self.language == "en" else "zh_CN"
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.menuLanguage.addAction(action)
            self.languageActions[code] = action
        self.ui.menubar.insertMenu(self.ui.menuHelp.menuAction(), self.menuLanguage)

    def choose_language(self, language: str) -> None:
        """Remember the choice; the shell shows the window again in that language."""
        from desktop.app.translations import save_language

        language = save_language(language)
        if language == ("en" if self.language == "en" else "zh_CN"):
            return
        self.language_chosen.emit(language)

    # Lock, sign-out, dialogs ----------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self) -> None:
        if self.lock_dialog is not None:
            return
        self.idle.pause()
        self.cover.cover()
        self.ui.menubar.setEnabled(False)
        self.lock_dialog = LockDialog(self.desk, self.user, self)
        self.lock_dialog.setObjectName("lockDialog")
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == SWITCH_USER:
            self._relock_on_cancel = True  # cancelling the sign-in must not open the locked session
            self._switch_user()
            return
        self.cover.hide()
        self.ui.menubar.setEnabled(True)
        self.idle.start()

    def _switch_user(self) -> None:
        self.idle.stop()
        self.switch_requested.emit()

    def switch_cancelled(self) -> None:
        """Nobody else signed in: back to this session as it was (locked again if it was locked)."""
        relock, self._relock_on_cancel = self._relock_on_cancel, False
        if relock:
            self.lock()
        else:
            self.idle.start()

    def _change_password(self) -> None:
        from desktop.ui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.desk, self.user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Password changed."), 5000)

    def _change_passphrase(self) -> None:
        from desktop.ui.change_passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.desk, self.user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Signing passphrase changed: {n} key(s) re-encrypted.")
                                         .format(n=len(dialog.changed.reencrypted)), 5000)

    def record_decision(self) -> None:
        """登记会议纪要 from the menu; the approve dialog offers the same when a step needs one."""
        from desktop.ui.decision_dialog import record_decision

        decision = record_decision(self.desk, self.user, self)
        if decision is not None:
            self.statusBar().showMessage(self.tr("Collective decision {minute_no} recorded.").format(
                minute_no=decision.minute_no), 5000)

    def verify_pdf(self, path: str | None = None) -> None:
        """验证PDF签名…: the verify dialog (open a file there, or drop one on it)."""
        if not self.is_locked:
            verify_pdf(self, self.desk, path)

    @staticmethod
    def _dropped_pdf(event) -> str | None:  # noqa: ANN001
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if not self.is_locked and self._dropped_pdf(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        path = self._dropped_pdf(event)
        if path and not self.is_locked:
            event.acceptProposedAction()
            self.verify_pdf(path)

    def _about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.desk.url, self).exec()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self.idle.stop()
        super().closeEvent(event)
        self.closed.emit()
