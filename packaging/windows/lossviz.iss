; Inno Setup 6 script: wraps the PyInstaller folder dist\lossviz\ into
; dist\lossviz-<version>-windows-setup.exe, a per-user installer (no
; administrator rights: it installs under %LOCALAPPDATA%\Programs\LossViz).
;
;   python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\lossviz.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\lossviz.iss
;
; .github/workflows/release.yml does both, with the version from pyproject.toml.
;
; Code signing: define a sign tool in the Inno Setup IDE (Tools > Configure
; Sign Tools) or on the command line, e.g.
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASSWORD $f" /DSignTool=signtool ...
; and the installer and uninstaller are signed (SignTool below is only used when
; SignTool is defined).  Sign dist\lossviz\lossviz.exe itself before running iscc.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 packaging\windows\lossviz.iss
#endif

#define AppName "LossViz"
#define AppExe "lossviz.exe"

[Setup]
; Never change AppId: it is how Windows knows a new version replaces an old one.
AppId={{F6AA2C07-0598-41B1-81BE-332169711C05}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The LossViz developers
AppComments=See what a neural network's loss function measures
VersionInfoVersion={#AppVersion}
; Per user, no elevation: {autopf} is then {userpf} (%LOCALAPPDATA%\Programs).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=lossviz-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Lesson files (*.lossviz) open in LossViz: [Registry] below, per user under HKA.
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
#ifdef SetupIcon
SetupIconFile={#SetupIcon}
#endif
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
#if FileExists(CompilerPath + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\lossviz\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's folder replaces the old one's whole: no stale DLLs left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "See what a neural network's loss function measures"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM when installed for all users).
Root: HKA; Subkey: "Software\Classes\.lossviz"; ValueType: string; ValueName: ""; ValueData: "LossViz.Lesson"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LossViz.Lesson"; ValueType: string; ValueName: ""; ValueData: "LossViz lesson"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LossViz.Lesson\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\LossViz.Lesson\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
