; Inno Setup 6 script: the Windows installer of Bureau Desk (issue 10, item 3).
;
; Build on a Windows PC (README "Installing on Windows"):
;     py dev.py bundle --check                      -> dist\BureauDesk\ (BureauDesk.exe, desktop.exe, _internal\)
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" build\installer.iss
;                                                    -> dist\BureauDesk-<version>-setup.exe
;
; What it does: per-machine install into Program Files (administrator rights), Start-menu shortcuts for the
; app and its console, an optional desktop shortcut, an uninstaller. The database, backups, audit anchors
; and logs are per user in %LOCALAPPDATA%\BureauDesk\BureauDesk (platformdirs): the installer never writes
; there and the uninstaller never deletes it. Upgrade in place: the same AppId, so a newer setup replaces
; the program files (closing a running copy first); the app backs the database up before it migrates it.
; Not run on Windows by the project's CI (no Windows machine): kept short, and reviewed line by line.

#define AppName "Bureau Desk"
#define AppNameZh "机关办公财务系统"
#define AppExe "BureauDesk.exe"
#define CliExe "desktop.exe"
#define Dist "..\dist\BureauDesk"
; The version is the exe's version resource, which build\bureau_desk.spec fills from desktop\__init__.py.
#define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + Dist + "\" + AppExe)

[Setup]
; Never change the AppId: it is how an upgrade finds the installed copy.
AppId={{6F1B7C52-3D0A-4E8B-9C61-2B7D5E4A9F13}
AppName={#AppName} {#AppNameZh}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BureauDesk
DefaultDirName={autopf}\BureauDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or newer (Qt 6.8 and Python 3.11 need it).
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=BureauDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\bureau_desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Bureau Desk instead of leaving files in use.
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole (a module dropped in a newer version must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppNameZh} 命令行自检"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" selftest"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what [Files] installed; each user's data stays.
