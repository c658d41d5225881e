# Build the Windows release: the one-folder bundle, checked, and an Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs, on a Windows 10/11 x64 machine: Python 3.11+ from python.org (64-bit), and Inno Setup 6
# (https://jrsoftware.org/isdl.php; ISCC.exe is looked up in its default folder, or set $env:ISCC).
# PyInstaller cannot cross-build: run this on Windows.
#
# Produces (in dist\, or $env:DIST_DIR):
#   caseintake\                                 the one-folder bundle
#                                               caseintake.exe      command line (console program)
#                                               caseintake-gui.exe  the desktop application (no console)
#   caseintake-<version>-windows-x64-setup.exe  the installer to hand out
#
# It builds in its own virtual environment (build\venv-windows) with only the application's
# dependencies (tzdata included: Windows has no time-zone database of its own) and PyInstaller.
# Set $env:BUILD_PYTHON to an existing environment's python.exe to skip that, $env:SKIP_SMOKE=1 to
# skip the smoke check, $env:SKIP_INSTALLER=1 to stop before Inno Setup.
# Signing: set $env:SIGNTOOL_ARGS (e.g. '/fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a')
# to sign both executables and the installer with signtool.exe; unsigned installers make
# SmartScreen warn ("Windows protected your PC": More info > Run anyway).

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
Set-Location $Root
$Dist = if ($env:DIST_DIR) { $env:DIST_DIR } else { Join-Path $Root "dist" }
$Build = if ($env:BUILD_DIR) { $env:BUILD_DIR } else { Join-Path $Root "build" }
$PyInstallerRequirement = if ($env:PYINSTALLER_REQUIREMENT) { $env:PYINSTALLER_REQUIREMENT } else { "pyinstaller==6.22.3" }
$Started = Get-Date

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if ($env:BUILD_PYTHON) {
    $Py = $env:BUILD_PYTHON
} else {
    $Venv = Join-Path $Build "venv-windows"
    $Py = Join-Path $Venv "Scripts\python.exe"
    if (-not (Test-Path $Py)) {
        $Launcher = if (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
        $LauncherArgs = if ($Launcher -eq "py") { @("-3.11", "-m", "venv", $Venv) } else { @("-m", "venv", $Venv) }
        Invoke-Checked $Launcher $LauncherArgs
    }
    Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
    Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "$Root[packaging]")
}
& $Py -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { Invoke-Checked $Py @("-m", "pip", "install", "--quiet", $PyInstallerRequirement) }
& $Py -c "import tzdata" 2>$null
if ($LASTEXITCODE -ne 0) { throw "tzdata is missing from the build environment; Asia/Manila times would fail on Windows." }
$Version = (& $Py -c "import caseintake; print(caseintake.__version__)").Trim()
Write-Host "build-windows: caseintake $Version with PyInstaller $((& $Py -m PyInstaller --version).Trim())"

Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", (Join-Path $Build "pyinstaller"), (Join-Path $Root "packaging\caseintake.spec"))
$Bundle = Join-Path $Dist "caseintake"
$Size = "{0:N0} MB" -f ((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "build-windows: bundle built in $([int]((Get-Date) - $Started).TotalSeconds) s: $Size in $Bundle"

if ($env:SIGNTOOL_ARGS) {
    foreach ($exe in @("caseintake.exe", "caseintake-gui.exe")) {
        Invoke-Checked "signtool.exe" (@("sign") + ($env:SIGNTOOL_ARGS -split " ") + @((Join-Path $Bundle $exe)))
    }
}

if ($env:SKIP_SMOKE -ne "1") {
    # The command-line half of packaging/smoke-check.sh, on a copy of the bundle in a fresh folder
    # with the CASEINTAKE_* variables cleared (PowerShell has no env -i; Python is not on the PATH
    # the bundle sees, since it never looks for one).
    $Work = Join-Path ([System.IO.Path]::GetTempPath()) ("caseintake-smoke-" + [guid]::NewGuid())
    $SavedPath = $env:PATH
    New-Item -ItemType Directory -Path $Work | Out-Null
    try {
        Copy-Item $Bundle (Join-Path $Work "app") -Recurse
        $Exe = Join-Path $Work "app\caseintake.exe"
        $Db = Join-Path $Work "office\cases.db"
        $Pass = Join-Path $Work "boss.pass"
        Set-Content -Path $Pass -Value "smoke passphrase one" -Encoding ascii
        $Json = Join-Path $Work "cases.json"
        Set-Content -Path $Json -Encoding utf8 -Value @'
{"format": "caseintake/1", "cases": [{"reference": "CI-2026-00042", "status": "in_court",
 "opened_on": "2026-02-03", "region": "VII", "offenses": ["osaec_livestream"],
 "summary": "Referred by police; AAA was rescued.", "assigned_to": "boss", "consent_statistics": "yes",
 "persons": [{"role": "victim", "sex": "F", "age": 13, "identity": {"legal_name": "Marisol Dagohoy Cabahug"}}],
 "hearings": [{"court": "RTC Branch 12, Cebu City", "kind": "arraignment",
               "starts_at": "2030-03-02T08:30:00+08:00", "status": "scheduled"}]}]}
'@
        foreach ($name in @("CASEINTAKE_DB", "CASEINTAKE_USER", "CASEINTAKE_PASSPHRASE", "PYTHONPATH", "PYTHONHOME")) {
            Remove-Item "Env:$name" -ErrorAction SilentlyContinue
        }
        $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
        $Common = @("--db", $Db, "--user", "boss", "--passphrase-file", $Pass)
        $Pdf = Join-Path $Work "summary.pdf"
        Invoke-Checked $Exe @("--version")
        Invoke-Checked $Exe ($Common + @("init", "--json"))
        Invoke-Checked $Exe ($Common + @("import", $Json))
        Invoke-Checked $Exe ($Common + @("summary", "CI-2026-00042", "--out", $Pdf))
        Invoke-Checked $Exe @("verify-pdf", $Pdf)
        Invoke-Checked $Exe ($Common + @("hearings", "--from", "2030-01-01", "--to", "2030-12-31"))
        Invoke-Checked $Exe ($Common + @("demo", "--cases", "2100"))
        Invoke-Checked $Exe ($Common + @("check"))
        # The desktop application, offscreen, must still be running after two seconds.
        $env:QT_QPA_PLATFORM = "offscreen"
        $Gui = Start-Process -FilePath (Join-Path $Work "app\caseintake-gui.exe") -ArgumentList @("--db", "`"$Db`"") -PassThru
        Start-Sleep -Seconds 2
        if ($Gui.HasExited) { throw "caseintake-gui.exe exited early (exit code $($Gui.ExitCode))" }
        Stop-Process -Id $Gui.Id
        Write-Host "build-windows: smoke check passed"
    } finally {
        $env:PATH = $SavedPath
        Remove-Item Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
        Remove-Item $Work -Recurse -Force -ErrorAction SilentlyContinue
    }
}

if ($env:SKIP_INSTALLER -eq "1") { exit 0 }
$Iscc = if ($env:ISCC) { $env:ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc; install it or set `$env:ISCC." }
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Bundle", "/DOutputDir=$Dist",
    (Join-Path $Root "packaging\windows\caseintake.iss"))
$Setup = Join-Path $Dist "caseintake-$Version-windows-x64-setup.exe"
if ($env:SIGNTOOL_ARGS) {
    Invoke-Checked "signtool.exe" (@("sign") + ($env:SIGNTOOL_ARGS -split " ") + @($Setup))
}
Write-Host "build-windows: $Setup, all done in $([int]((Get-Date) - $Started).TotalSeconds) s"
