"""The layers are a test (house style 17): DESIGN §5's arrows, as the contracts in pyproject.toml.

`lint-imports` (import-linter) reads `[tool.importlinter]`; a broken contract fails here with its
report, which names the importing module and line.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def test_every_arrow_of_design_section_5_has_a_contract() -> None:
    """Deleting or emptying a contract is a change to the design, not a way to pass."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "caseintake"
    assert config["include_external_packages"] is True
    ids = {contract["id"] for contract in config["contracts"]}
    assert ids >= {
        "layers",
        "faces-through-services",
        "qt-only-in-gui",
        "core-without-qt",
        "storage-over-domain",
        "services-know-no-caller",
        "core-below-services",
        "no-cycles",
    }


def test_import_contracts_are_kept() -> None:
    assert LINT_IMPORTS.exists(), "import-linter is missing: pip install -e '.[test]'"
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
