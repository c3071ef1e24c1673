<#
.SYNOPSIS
Build NMRF Desk for Windows on a Windows machine, and check what was built:

    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Out dist] [-Python python] [-SkipInstallTest]

Makes, in -Out:
    nmrf-desk-<version>-setup.exe          the installer (installer\windows\nmrf-desk.nsi)
    nmrf-desk-<version>-windows-x64.zip    the same program folder, for portable use
    SHA256SUMS.txt

Steps: a build venv with PyInstaller and this project (pip install .); the
PyInstaller folder from installer\nmrf-desk.spec; its smoke test (--version,
gui --smoke-test offscreen, init and stats); the NSIS installer (makensis from
PATH or the NSIS folder, else installed with Chocolatey or winget); then, unless
-SkipInstallTest, the installer itself: a silent per-user install into a
temporary folder, the installed program's smoke test, a silent uninstall that
must keep the user's data; and, when this runs with administrator rights
(as on GitHub's Windows runners), the same for a silent install for every user
(/ALLUSERS /NOSHORTCUTS).

PyInstaller does not cross-build: this runs on Windows only (see
.github/workflows/windows.yml). It is not run by the Linux CI.
#>
param(
    [string]$Out = "dist",
    [string]$Work = "build\installer",
    [string]$Python = "python",
    [switch]$SkipInstallTest
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
New-Item -ItemType Directory -Force -Path $Out, $Work | Out-Null
$Out = (Resolve-Path $Out).Path
$Work = (Resolve-Path $Work).Path
function Say($text) { Write-Host "build-windows: $text" }
function Check($ok, $text) { if (-not $ok) { throw "build-windows: FAILED: $text" } }
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $exe $($arguments -join ' ') exited with $LASTEXITCODE" }
}

# The version, written once in pyproject.toml.
$Version = (& $Python -c "import tomllib; print(tomllib.load(open(r'$Root\pyproject.toml', 'rb'))['project']['version'])").Trim()
$numbers = @([regex]::Matches($Version, '\d+') | ForEach-Object { $_.Value }) + @('0', '0', '0', '0')
$ViVersion = ($numbers[0..3]) -join '.'
Say "NMRF Desk $Version"

# The build venv: PyInstaller and this project with its dependencies.
$Venv = Join-Path $Work "venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    Run $Python @("-m", "venv", $Venv)
    Run $VenvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
}
# PyInstaller comes with the project's `build` extra (pyproject.toml).
Run $VenvPython @("-m", "pip", "install", "-q", "$Root[build]")

Say "PyInstaller"
$BundleParent = Join-Path $Work "dist"
if (Test-Path $BundleParent) { Remove-Item -Recurse -Force $BundleParent }
Run (Join-Path $Venv "Scripts\pyinstaller.exe") @(
    "--noconfirm", "--log-level", "WARN", "--distpath", $BundleParent,
    "--workpath", (Join-Path $Work "pyinstaller"), (Join-Path $Root "installer\nmrf-desk.spec"))
$Bundle = Join-Path $BundleParent "nmrf-desk"
$Exe = Join-Path $Bundle "nmrf-desk.exe"

function Test-Program($exe, $label) {
    $scratch = Join-Path ([IO.Path]::GetTempPath()) ("nmrf-check-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $scratch | Out-Null
    try {
        $shown = (& $exe --version | Out-String).Trim()
        Check ($shown -eq "nmrf-desk $Version") "$label --version says '$shown'"
        $env:QT_QPA_PLATFORM = "offscreen"
        $env:NMRF_DATA_DIR = Join-Path $scratch "data"
        $ready = (& $exe gui --smoke-test | Out-String).Trim()
        Check ($LASTEXITCODE -eq 0 -and $ready -match '^ready \d+$') "$label smoke test: '$ready'"
        Say "$label gui --smoke-test: $ready"
        $db = Join-Path $scratch "x.sqlite3"
        Run $exe @("--db", $db, "init") | Out-Null
        Run $exe @("--db", $db, "stats") | Out-Null
    }
    finally {
        Remove-Item Env:\QT_QPA_PLATFORM, Env:\NMRF_DATA_DIR -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
    }
}
Test-Program $Exe "the bundle:"

Say "the installer (NSIS)"
$found = Get-Command makensis.exe -ErrorAction SilentlyContinue
$makensis = if ($found) { $found.Source } else { $null }
foreach ($candidate in @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")) {
    if (-not $makensis -and (Test-Path $candidate)) { $makensis = $candidate }
}
if (-not $makensis) {
    Say "installing NSIS"
    if (Get-Command choco -ErrorAction SilentlyContinue) { Run choco @("install", "nsis", "-y", "--no-progress") }
    else { Run winget @("install", "--id", "NSIS.NSIS", "-e", "--silent", "--accept-package-agreements", "--accept-source-agreements") }
    $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe"
}
$Setup = Join-Path $Out "nmrf-desk-$Version-setup.exe"
Run $makensis @("/WX", "/V2", "/DVERSION=$Version", "/DVI_VERSION=$ViVersion",
    "/DPAYLOAD=$Bundle", "/DOUTFILE=$Setup", (Join-Path $Root "installer\windows\nmrf-desk.nsi"))

Say "the portable .zip"
$Zip = Join-Path $Out "nmrf-desk-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
$ZipStage = Join-Path $Work "zip\nmrf-desk-$Version"
if (Test-Path (Split-Path $ZipStage)) { Remove-Item -Recurse -Force (Split-Path $ZipStage) }
New-Item -ItemType Directory -Force -Path (Split-Path $ZipStage) | Out-Null
Copy-Item -Recurse $Bundle $ZipStage
Compress-Archive -Path $ZipStage -DestinationPath $Zip

function Install-And-Check([string[]]$switches, $folder, $label) {
    $process = Start-Process -FilePath $Setup -ArgumentList ($switches + @("/D=$folder")) -Wait -PassThru
    Check ($process.ExitCode -eq 0) "$label install exited with $($process.ExitCode)"
    Test-Program (Join-Path $folder "nmrf-desk.exe") "$label installed program:"
    # The user's own database, in their data folder: uninstalling must keep it.
    $dataFolder = Join-Path $env:LOCALAPPDATA "NMRF Desk"
    $marker = Join-Path $dataFolder "kept-by-uninstall-check.txt"
    New-Item -ItemType Directory -Force -Path $dataFolder | Out-Null
    Set-Content -Path $marker -Value "this file must outlive the uninstaller"
    # _?= makes the uninstaller run in place and wait.
    $process = Start-Process -FilePath (Join-Path $folder "uninstall.exe") -ArgumentList @("/S", "_?=$folder") -Wait -PassThru
    Check ($process.ExitCode -eq 0) "$label uninstall exited with $($process.ExitCode)"
    Check (-not (Test-Path (Join-Path $folder "nmrf-desk.exe"))) "$label uninstall left the program"
    Check (Test-Path $marker) "$label uninstall removed the user's data"
    Remove-Item -Force $marker
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    Say "$label install, smoke test, uninstall keeping the data: ok"
}

if (-not $SkipInstallTest) {
    $base = Join-Path ([IO.Path]::GetTempPath()) ("nmrf-install-" + [guid]::NewGuid())
    Install-And-Check @("/S") (Join-Path $base "user") "per-user"
    Check (-not (Test-Path "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\NMRF Desk")) "the per-user uninstall entry is still there"
    $admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)
    if ($admin) {
        Install-And-Check @("/S", "/ALLUSERS", "/NOSHORTCUTS") (Join-Path $base "machine") "every-user"
    }
    else { Say "not an administrator: the /ALLUSERS install is not tried" }
}

Push-Location $Out
try {
    Get-FileHash -Algorithm SHA256 -Path @((Split-Path -Leaf $Setup), (Split-Path -Leaf $Zip)) |
        ForEach-Object { "{0}  {1}" -f $_.Hash.ToLower(), (Split-Path -Leaf $_.Path) } |
        Set-Content SHA256SUMS.txt
}
finally { Pop-Location }
foreach ($file in @($Setup, $Zip)) { Say ("{0} ({1:N0} MB)" -f $file, ((Get-Item $file).Length / 1MB)) }
