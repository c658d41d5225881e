"""The frozen one-folder bundle (packaging/) works on a machine without Python.

Builds the bundle with PyInstaller into a temporary folder (about 20 s), then runs
packaging/smoke-check.sh on it (about 15 s): the command line under `env -i`, the GUI offscreen
and on a virtual X display, and the bundled libraries. Set CASEINTAKE_BUNDLE to an already built
bundle (e.g. dist/caseintake) to check that instead. Skipped when PyInstaller is not installed
(`pip install -e '.[packaging]'`) and no bundle is given, and on anything but Linux.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "caseintake.spec"
SMOKE_CHECK = ROOT / "packaging" / "smoke-check.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle check runs on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("CASEINTAKE_BUNDLE")
    if given:
        return Path(given).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[packaging]')")
    work = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    return work / "dist" / "caseintake"


def test_the_bundle_runs_without_python(bundle: Path) -> None:
    check = subprocess.run(
        ["bash", str(SMOKE_CHECK), str(bundle)], check=False, capture_output=True, text=True, timeout=600
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "all passed" in check.stdout


def test_both_executables_are_in_the_bundle(bundle: Path) -> None:
    for name in ("caseintake", "caseintake-gui"):
        assert (bundle / name).is_file(), name
    fonts = bundle / "_internal" / "resources" / "fonts"
    assert sorted(p.name for p in fonts.glob("*.ttf")) == [
        "DejaVuSansMono.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-BoldItalic.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif.ttf",
    ]
    assert not list((bundle / "_internal").rglob("plugins/tls/*")), "Qt TLS backends must not ship"


def test_the_bundle_leaves_out_qt_network_vnc_and_gtk(bundle: Path) -> None:
    """The no-network promise, as shipped: no Qt Network, nothing linked to it, no VNC server, no GTK."""
    internal = bundle / "_internal"
    names = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file() or p.is_symlink()]
    files = [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()]
    assert not [n for n in names if "Qt6Network" in n or "QtNetwork" in n], "Qt Network must not ship"
    assert not [n for n in names if "/plugins/platforms/" in n and "qvnc" in n], "no VNC platform plugin"
    assert not [n for n in names if "/plugins/platformthemes/" in n and "gtk" in n], "no GTK theme plugin"
    assert not [n for n in names if "/plugins/networkinformation/" in n or "/plugins/tls/" in n]
    linked = [
        p.relative_to(internal).as_posix()
        for p in files
        if (".so" in p.name or p.suffix in {".dll", ".dylib"}) and b"Qt6Network" in p.read_bytes()
    ]
    assert linked == [], f"these bundled libraries need Qt Network: {linked}"
    dangling = [n for n in names if not (internal / n).exists()]
    assert dangling == [], f"links to files that are not in the bundle: {dangling}"


def test_the_bundle_carries_every_licence_text(bundle: Path) -> None:
    folder = bundle / "_internal" / "resources" / "licences"
    components = json.loads((folder / "index.json").read_text(encoding="utf-8"))["components"]
    assert len(components) >= 20
    for entry in components:
        text = folder / entry["file"]
        assert text.is_file() and text.stat().st_size > 0, entry["file"]
    # The dialog reads each version from the package metadata, so the bundle carries it.
    shipped = {
        p.name.split("-")[0].lower().replace("_", "-") for p in (bundle / "_internal").glob("*.dist-info")
    }
    for entry in components:
        name = entry.get("distribution")
        if name and name != "tzdata":
            assert name.replace("_", "-").lower() in shipped, f"no metadata for {name} in the bundle"
