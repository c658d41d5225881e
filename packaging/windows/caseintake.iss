; Inno Setup 6 script for caseintake (https://jrsoftware.org/isinfo.php).
;
; build-windows.ps1 compiles it after the PyInstaller build:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\caseintake /DOutputDir=..\..\dist packaging\windows\caseintake.iss
; and produces caseintake-<version>-windows-x64-setup.exe.
;
; What it does on a laptop:
;   * installs the one-folder build into Program Files\caseintake (for all users, needs an
;     administrator) or, if the person installing chooses so, into their own profile;
;   * a Start menu entry (and optionally a desktop icon) for caseintake-gui.exe, the windowed
;     program, so no console window opens;
;   * an uninstaller that removes the program only. The case database, its key file and the logs
;     live in %LOCALAPPDATA%\caseintake and are never touched by setup or uninstall: removing the
;     program must not destroy case records.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\caseintake"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "caseintake"
#define AppExe "caseintake-gui.exe"

[Setup]
; The AppId identifies caseintake to Windows across versions: never change it.
AppId={{E5A9D327-5CB3-4676-8CD2-C40BD14E921D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=caseintake
AppComments=Encrypted, offline case intake for legal-aid teams
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\caseintake.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running caseintake before replacing its files (it saves and locks on close).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: caseintake.exe (command line), caseintake-gui.exe (windowed) and
; _internal\. ignoreversion: every file belongs to this exact build.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's contents completely, so no file of an older version
; (an old Qt plugin, say) lingers and gets loaded by the new one. Case data is not in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted, offline case intake"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may have gained at run time (Python caches). Never user data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
