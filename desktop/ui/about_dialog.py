"""About: name and version from the package, the one source (desktop/__init__.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop import APP_NAME, APP_NAME_ZH, __version__
from desktop.ui.forms.ui_about_dialog import Ui_AboutDialog

__all__ = ["AboutDialog"]


class AboutDialog(QDialog):
    def __init__(self, database: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.textLabel.setText(
            f"<h2>{APP_NAME_ZH}</h2><p>{APP_NAME} {__version__}</p>"
            + self.tr("<p>Office and finance work of a county medical insurance bureau: approvals, seals, "
                      "expenses, assets, supplies, travel, reception, vehicles and meetings.</p>")
            + (self.tr("<p>Database: {db}</p>").format(db=database) if database else ""))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
