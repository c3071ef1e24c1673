; The Windows installer of NMRF Desk (NSIS 3, Unicode), around the PyInstaller
; folder that installer/windows/build.ps1 builds on a Windows machine:
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=C:\...\build\installer\dist\nmrf-desk ^
;            /DOUTFILE=C:\...\dist\nmrf-desk-0.1.0-setup.exe installer\windows\nmrf-desk.nsi
;
; (makensis also runs on Linux, Debian package `nsis`; CI compiles this script
; there against a stand-in payload.)
;
; Who it installs for:
;   default        the current user, no administrator rights needed:
;                  %LOCALAPPDATA%\Programs\NMRF Desk, the user's Start menu,
;                  Apps & features of the user (HKCU)
;   /ALLUSERS      every user of the machine (run elevated, or as SYSTEM by a
;                  deployment tool): %ProgramFiles%\NMRF Desk, the Start menu
;                  of all users, HKLM
; Switches for IT (silent install):
;   /S             silent
;   /D=C:\Folder   the installation folder (last on the line, no quotes)
;   /NOSHORTCUTS   no Start-menu entry
;   /DESKTOPSHORTCUT  a desktop shortcut as well
;   /NOSMOKETEST   do not start the installed program once to check it
;   e.g. nmrf-desk-0.1.0-setup.exe /S /ALLUSERS /NOSHORTCUTS /D=C:\Apps\NMRF Desk
; Exit codes: 0 installed; 1 cancelled; 2 stopped (NMRF Desk was still running
; from the installation folder); 3 installed, but the installed program's
; smoke test failed; 740 /ALLUSERS without administrator rights.
;
; The data is never in the installation folder: each user's database and
; backups are in %LOCALAPPDATA%\NMRF Desk, which installing, upgrading and
; uninstalling never touch. A newer version installed over an older one
; replaces the program files; its first start backs up and upgrades the
; database.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include StrFunc.nsh
${StrStr}

!ifndef VERSION
  !error "give the version: makensis /DVERSION=x.y.z (from pyproject.toml)"
!endif
!ifndef VI_VERSION
  ; Windows wants four numbers: x.y.z.0
  !define VI_VERSION "${VERSION}.0"
!endif
!ifndef PAYLOAD
  !error "give the PyInstaller folder: makensis /DPAYLOAD=...\dist\nmrf-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "nmrf-desk-${VERSION}-setup.exe"
!endif

!define APP "NMRF Desk"
!define EXE "nmrf-desk.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\NMRF Desk"
!define ERROR_ELEVATION_REQUIRED 740

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
; No InstallDir: .onInit picks the folder for the kind of install, unless /D= gave one.

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${APP}"

Var AllUsers
Var NoShortcuts
Var DesktopShortcut
Var NoSmokeTest

!define MUI_ICON "..\icons\nmrf-desk.ico"
!define MUI_UNICON "..\icons\nmrf-desk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

!macro SwitchGiven NAME VAR
  ClearErrors
  ${GetOptions} $R0 "${NAME}" $R1
  ${IfNot} ${Errors}
    StrCpy ${VAR} 1
  ${EndIf}
!macroend

!macro RequireAdministrator
  UserInfo::GetAccountType
  Pop $R2
  ${If} $R2 != "admin"
    IfSilent +2
    MessageBox MB_ICONSTOP "Installing or removing ${APP} for every user (/ALLUSERS) needs administrator rights: run it from an elevated prompt or a deployment tool."
    SetErrorLevel ${ERROR_ELEVATION_REQUIRED}
    Quit
  ${EndIf}
!macroend

; A running program locks its files: wait for it to be closed (or stop, when silent).
!macro CloseRunningProgram UN
Function ${UN}CloseRunningProgram
  ${If} ${FileExists} "$INSTDIR\${EXE}"
  retry:
    ClearErrors
    FileOpen $R3 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      IfSilent stop
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} is running from $INSTDIR.$\r$\nClose it (every window, of every user) and press Retry." IDRETRY retry
    stop:
      Abort "${APP} is running from $INSTDIR: close it first."
    ${EndIf}
    FileClose $R3
  ${EndIf}
FunctionEnd
!macroend
!insertmacro CloseRunningProgram ""
!insertmacro CloseRunningProgram "un."

Function .onInit
  StrCpy $AllUsers 0
  StrCpy $NoShortcuts 0
  StrCpy $DesktopShortcut 0
  StrCpy $NoSmokeTest 0
  ${GetParameters} $R0
  !insertmacro SwitchGiven "/ALLUSERS" $AllUsers
  !insertmacro SwitchGiven "/NOSHORTCUTS" $NoShortcuts
  !insertmacro SwitchGiven "/DESKTOPSHORTCUT" $DesktopShortcut
  !insertmacro SwitchGiven "/NOSMOKETEST" $NoSmokeTest
  ${If} $AllUsers == 1
    !insertmacro RequireAdministrator
    SetShellVarContext all
    ${If} ${RunningX64}
      SetRegView 64
    ${EndIf}
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${EndIf}
  ${Else}
    SetShellVarContext current
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "${APP}" SecProgram
  SectionIn RO
  ; Over an earlier version: its program files go first, so that none of them
  ; outlives the upgrade. Only our own folder is removed, and only where our
  ; uninstaller shows that this is an installation of ours.
  Call CloseRunningProgram
  ${If} ${FileExists} "$INSTDIR\uninstall.exe"
  ${AndIf} ${FileExists} "$INSTDIR\${EXE}"
    DetailPrint "Replacing the program files of the earlier version"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  File "..\icons\nmrf-desk.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\nmrf-desk.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  ${If} $AllUsers == 1
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /ALLUSERS'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /ALLUSERS /S'
  ${Else}
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ${EndIf}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ${If} $NoShortcuts == 0
    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\nmrf-desk.ico" 0
  ${EndIf}
  ${If} $DesktopShortcut == 1
    CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\nmrf-desk.ico" 0
  ${EndIf}

  ${If} $NoSmokeTest == 0
    Call SmokeTest
  ${EndIf}
SectionEnd

; Start the installed program once without a screen and a database of its own
; (in a temporary data folder, removed after): it must print "ready <ms>".
Function SmokeTest
  DetailPrint "Checking that ${APP} starts"
  InitPluginsDir
  System::Call 'Kernel32::SetEnvironmentVariable(t "QT_QPA_PLATFORM", t "offscreen")'
  System::Call 'Kernel32::SetEnvironmentVariable(t "NMRF_DATA_DIR", t "$PLUGINSDIR\smoke-test")'
  nsExec::ExecToStack '"$INSTDIR\${EXE}" gui --smoke-test'
  Pop $0
  Pop $1
  System::Call 'Kernel32::SetEnvironmentVariable(t "QT_QPA_PLATFORM", p 0)'
  System::Call 'Kernel32::SetEnvironmentVariable(t "NMRF_DATA_DIR", p 0)'
  RMDir /r "$PLUGINSDIR\smoke-test"
  ${StrStr} $2 $1 "ready "
  ${If} $0 == 0
  ${AndIf} $2 != ""
    DetailPrint "${APP} started: $1"
  ${Else}
    DetailPrint "${APP} did not start (exit code $0): $1"
    IfSilent +2
    MessageBox MB_ICONEXCLAMATION "${APP} was installed, but it did not start:$\r$\n$1"
    SetErrorLevel 3
  ${EndIf}
FunctionEnd

Function un.onInit
  ; An installation for every user is the one HKLM's entry points to.
  StrCpy $AllUsers 0
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    StrCpy $AllUsers 1
    !insertmacro RequireAdministrator
    SetShellVarContext all
  ${Else}
    SetRegView default
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Call un.CloseRunningProgram
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; The program's files only: never the folder's other contents, never the data.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\nmrf-desk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DetailPrint "The data is kept: each user's database and backups stay in %LOCALAPPDATA%\NMRF Desk."
SectionEnd
