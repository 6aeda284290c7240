; Inno Setup 6 script of the Windows installer of متابعة المقررات (Resolution Tracker).
; Built by docs/packaging-windows.md's steps: scripts\build-package first (dist\tracker\),
; then:  iscc packaging\windows\tracker.iss   ->  dist\ResolutionTracker-<version>-setup.exe
; This file is UTF-8 with a byte order mark: Inno Setup reads the Arabic names right only so.
;
; - Per user, no administrator rights: PrivilegesRequired=lowest, installed under
;   {userpf} (%LOCALAPPDATA%\Programs\ResolutionTracker), Start menu entry in the user's
;   own Programs folder ({autoprograms} resolves there without admin rights).
; - The user's data is never touched: the tracker file, its backups and the log live in
;   platformdirs' user data folder (%LOCALAPPDATA%\ResolutionTracker, tracker/config.py,
;   APP_NAME) or wherever the user put their file. The uninstaller removes what it installed
;   ({app}) and nothing else: there is deliberately no [UninstallDelete] or [InstallDelete]
;   entry for that folder, and tests/test_frozen.py checks this file says so.

#define AppName "متابعة المقررات"
#define AppNameLatin "Resolution Tracker"
#ifndef AppVersion
  ; the version compiled into tracker.exe (from tracker.__version__ by packaging/tracker.spec)
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + "..\..\dist\tracker\tracker.exe")
#endif

[Setup]
AppId={{6B0E7B4C-4E62-4C7B-9D2A-5E1F0C3A8D17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameLatin}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppNameLatin}
PrivilegesRequired=lowest
DefaultDirName={userpf}\ResolutionTracker
UsePreviousAppDir=yes
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ResolutionTracker-{#AppVersion}-setup
SetupIconFile=tracker.ico
UninstallDisplayIcon={app}\ResolutionTracker.exe
UninstallDisplayName={#AppName} ({#AppNameLatin})
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
CloseApplications=yes

[Languages]
; Arabic first when Inno Setup has it (Languages\Arabic.isl: an unofficial translation in some
; Inno Setup versions, see docs/packaging-windows.md), then French and English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder app, as scripts/build-package made it (tracker.exe: the command line;
; ResolutionTracker.exe: the window, without a console).
Source: "..\..\dist\tracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\ResolutionTracker.exe"; Comment: "{#AppNameLatin}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ResolutionTracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ResolutionTracker.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
