"""A card opened read-only (F-21): 卡片 (every field, accumulated depreciation and net value), 验收
(the two acceptances ASSET-11 asks for, and the card's status), 历史 (every change, who, the document
behind it) and 照片及文件 (photos as thumbnails, documents; add one, open one)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import is_asset_manager, status_text, way_text
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import attempt
from desktop.ui.tables import fill_table

__all__ = ["CardViewDialog", "PHOTO_SUFFIXES"]

PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")
THUMB = 96


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class CardViewDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, card_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.card_id = desk, user, card_id
        self.card: Any = None
        self.resize(820, 620)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.cardPage = QWidget(self)
        self.form = QFormLayout(self.cardPage)
        self.acceptanceLabel = QLabel(self)
        self.acceptanceLabel.setObjectName("acceptanceLabel")
        self.acceptanceLabel.setWordWrap(True)
        self.acceptanceTable = self._table("acceptanceTable")
        acceptance = QWidget(self)
        box = QVBoxLayout(acceptance)
        box.addWidget(self.acceptanceLabel)
        box.addWidget(self.acceptanceTable, 1)
        self.historyTable = self._table("historyTable")
        self.fileList = QListWidget(self)
        self.fileList.setObjectName("fileList")
        self.fileList.setViewMode(QListWidget.ViewMode.IconMode)
        self.fileList.setIconSize(QSize(THUMB, THUMB))
        self.fileList.setGridSize(QSize(THUMB + 60, THUMB + 44))
        self.fileList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.fileList.setWordWrap(True)
        self.fileList.itemActivated.connect(lambda _item: self.open_file())
        self.addFileButton = QPushButton(self.tr("Add photo or file…"), self)
        self.addFileButton.setObjectName("addFileButton")
        self.addFileButton.setVisible(is_asset_manager(user))  # the office keeps the files (ASSET-13)
        self.openFileButton = QPushButton(self.tr("Open"), self)
        self.openFileButton.setObjectName("openFileButton")
        self.addFileButton.clicked.connect(self.add_file)
        self.openFileButton.clicked.connect(self.open_file)
        files = QWidget(self)
        fbox = QVBoxLayout(files)
        fbox.addWidget(self.fileList, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.addFileButton)
        bar.addWidget(self.openFileButton)
        bar.addStretch(1)
        fbox.addLayout(bar)
        self.tabs.addTab(self.cardPage, self.tr("Card"))
        self.tabs.addTab(acceptance, self.tr("Acceptance"))
        self.tabs.addTab(self.historyTable, self.tr("Card history"))
        self.tabs.addTab(files, self.tr("Photos and files"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.refresh()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def refresh(self) -> None:
        done, card = attempt(self, self.desk.assets.card, self.user, self.card_id)
        if not done:
            return
        self.card = card
        self.setWindowTitle(f"{card.card_no} {card.name}")
        self._card_fields(card)
        self._acceptance(card)
        rows = [(local_time(e.at), e.kind_label, e.summary, e.staff_name, e.document_serial or "")
                for e in card.history]
        fill_table(self.historyTable, [self.tr("Time"), self.tr("Change"), self.tr("What changed"), self.tr("By"),
                                       self.tr("Document no.")], rows, stretch=2)
        self._files(card)

    def _card_fields(self, card: Any) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        who = " · ".join(x for x in (card.department_name, card.user_name, card.location) if x)
        flags = [t for t, on in ((self.tr("batch of durable items"), card.bulk),
                                 (self.tr("storage media"), card.storage_media)) if on]
        rows = [
            (self.tr("Card no."), card.card_no), (self.tr("Asset name"), card.name),
            (self.tr("Category"), f"{card.category_code} {card.category_name}"),
            (self.tr("Specification"), card.specification), (self.tr("Quantity"), f"{card.quantity} {card.unit}"),
            (self.tr("Original value"), "¥" + money(card.original_value)),
            (self.tr("Accumulated depreciation"), "¥" + money(card.accumulated)),
            (self.tr("Net value"), "¥" + money(card.net_value)),
            (self.tr("Date acquired"), f"{card.acquired_on.isoformat()} · {way_text(card.acquisition_way)}"),
            (self.tr("Funding source"), card.funding_source), (self.tr("Supplier"), card.supplier),
            (self.tr("Contract no."), card.contract_no), (self.tr("Approval reference"), card.approval_ref),
            (self.tr("Use and location"), who), (self.tr("Status"), status_text(card.status)),
            (self.tr("Marked"), "、".join(flags)), (self.tr("Note"), card.note)]
        for label, value in rows:
            text = QLabel("" if value is None else str(value), self.cardPage)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setObjectName("field_" + label)
            self.form.addRow(label + "：" if not label.endswith(":") else label, text)

    def _acceptance(self, card: Any) -> None:
        roles = {"user": self.tr("User"), "manager": self.tr("Asset manager")}
        results = {"accepted": self.tr("Accepted"), "rejected": self.tr("Not accepted")}
        rows = [(roles.get(a.role, a.role), a.staff_name, results.get(a.result, a.result), a.note, local_time(a.at))
                for a in card.acceptances]
        fill_table(self.acceptanceTable, [self.tr("As"), self.tr("Accepted by"), self.tr("Result"), self.tr("Note"),
                                          self.tr("When")], rows, stretch=3)
        done = {a.role for a in card.acceptances if a.result == "accepted"}
        if card.status == "pending":
            missing = [roles[r] for r in ("user", "manager") if r not in done]
            self.acceptanceLabel.setText(self.tr("Awaiting acceptance by: {who} [ASSET-11]").format(
                who="、".join(missing)))
        else:
            self.acceptanceLabel.setText(self.tr("Status: {status}").format(status=status_text(card.status)))

    def _files(self, card: Any) -> None:
        self.fileList.clear()
        for f in card.files:
            item = QListWidgetItem(f"{f.file_name}\n{_size(f.size)}")
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(f.file_name)
            icon = None
            if f.kind == "photo" or f.file_name.lower().endswith(PHOTO_SUFFIXES):
                ok, got = attempt(self, self.desk.assets.file, self.user, f.id)
                pixmap = QPixmap()
                if ok and pixmap.loadFromData(got[1]):
                    icon = QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            item.setIcon(icon or self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
            self.fileList.addItem(item)
        self.openFileButton.setEnabled(bool(card.files))

    def file_names(self) -> list[str]:
        return [self.fileList.item(i).toolTip() for i in range(self.fileList.count())]

    def add_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add photo or file"), "",
                                                  self.tr("Photos and documents (*.png *.jpg *.jpeg *.pdf *.ofd);;"
                                                          "All files (*)"))
        if not path:
            return
        source = Path(path)
        kind = "photo" if source.suffix.lower() in PHOTO_SUFFIXES else "document"
        done, _ = attempt(self, self.desk.assets.add_file, self.user, self.card_id, kind, source.name,
                          source.read_bytes())
        if done:
            self.refresh()

    def open_file(self) -> None:
        """The file in the program the PC opens it with (a copy in a temporary folder)."""
        item = self.fileList.currentItem()
        if item is None:
            return
        done, got = attempt(self, self.desk.assets.file, self.user, item.data(Qt.ItemDataRole.UserRole))
        if not done:
            return
        name, content = got
        target = Path(tempfile.mkdtemp(prefix="asset-")) / Path(name).name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
