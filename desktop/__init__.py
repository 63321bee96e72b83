"""Bureau Desk (机关办公财务系统).

The one source of the application's name and version: the PyInstaller spec, the Windows
version info and the About box all read them from here.
"""

__version__ = "0.1.0"
APP_ID = "BureauDesk"
APP_NAME = "Bureau Desk"
APP_NAME_ZH = "机关办公财务系统"
ORGANISATION = "BureauDesk"
