"""The frozen one-folder bundle (packaging/) works on a machine without Python.

Builds the bundle with PyInstaller into a temporary folder (about 20 s), then runs
packaging/smoke-check.sh on it (about 15 s): the command line under `env -i`, the GUI offscreen
and on a virtual X display, and the bundled libraries. Set CASEINTAKE_BUNDLE to an already built
bundle (e.g. dist/caseintake) to check that instead. Skipped when PyInstaller is not installed
(`pip install -e '.[packaging]'`) and no bundle is given, and on anything but Linux.
"""

from __future__ import annotations

import importlib.util
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
