"""The licence list (resources/licences/index.json) covers what the application ships.

Every runtime dependency in pyproject.toml, and everything those pull in, is a component of the
bundle, so each must have an entry and a licence text. The texts are copies of what the installed
packages carry, never retyped: a package's own licence file must appear verbatim in ours.
"""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from caseintake.ui.admin.licences import component_version, index_entries, licence_folder, load_licences

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "licences"


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def shipped_distributions() -> set[str]:
    """The installed runtime dependencies and, transitively, what they require (no extras)."""
    seen: set[str] = set()
    todo = [r for r in runtime_requirements() if installed(r.name)]
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = normal(requirement.name)
        if name in seen or not installed(name):
            continue
        seen.add(name)
        todo += [Requirement(text) for text in metadata.requires(name) or []]
    return seen


def listed() -> set[str]:
    return {normal(e["distribution"]) for e in index_entries(FOLDER) if "distribution" in e}


def test_every_installed_runtime_dependency_has_an_entry() -> None:
    direct = {normal(r.name) for r in runtime_requirements() if installed(r.name)}
    assert {"sqlcipher3", "pyside6-essentials", "reportlab", "scipy"} <= direct
    assert direct - listed() == set()


def test_what_the_dependencies_pull_in_has_an_entry_too() -> None:
    shipped = shipped_distributions()
    assert {"shiboken6", "numpy", "pillow", "cffi"} <= shipped
    assert shipped - listed() == set()


def test_the_components_outside_any_package_are_listed() -> None:
    """Qt, the engine and its crypto library, the fonts and Python have no dist-info of their own."""
    by_name = {e["component"]: e for e in index_entries(FOLDER)}
    for wanted, spdx in (
        ("Qt 6 and PySide6", "LGPL-3.0-only"),
        ("SQLCipher (with SQLite)", "BSD-3-Clause AND blessing"),
        ("OpenSSL", "Apache-2.0"),
        ("DejaVu fonts", "Bitstream-Vera AND LicenseRef-Arev-Fonts"),
        ("Python", "PSF-2.0"),
    ):
        assert by_name[wanted]["spdx"] == spdx


def test_every_entry_names_a_licence_and_an_existing_text() -> None:
    entries = index_entries(FOLDER)
    assert len({e["component"] for e in entries}) == len(entries)
    assert len({e["file"] for e in entries}) == len(entries), "one file per component"
    for entry in entries:
        assert entry["spdx"].strip() and entry["licence"].strip(), entry["component"]
        assert (FOLDER / entry["file"]).stat().st_size > 200, entry["file"]
    on_disk = {p.name for p in FOLDER.glob("*.txt")}
    assert on_disk == {e["file"] for e in entries}, "a text without an entry, or the reverse"


def _licence_text(dist: metadata.Distribution, name: str) -> str | None:
    try:
        return dist.read_text(f"licenses/{name}") or dist.read_text(name)
    except UnicodeDecodeError:  # a text in Latin-1 (pypdfium2's BUILD_LICENSES/freetype.txt)
        found = next(f for f in dist.files or [] if str(f).endswith(f"licenses/{name}"))
        return Path(str(found.locate())).read_bytes().decode("latin-1")


def _own_licence_files(distribution: str) -> list[str]:
    dist = metadata.distribution(distribution)
    named = dist.metadata.get_all("License-File") or []
    texts = []
    for name in named:
        text = _licence_text(dist, name)
        if text:
            texts.append(text)
    if not named:
        texts += [dist.read_text(f.name) or "" for f in dist.files or [] if f.name.startswith("LICENSE")]
    return [t for t in texts if t.strip()]


@pytest.mark.parametrize(
    "entry", [e for e in index_entries(FOLDER) if "distribution" in e], ids=lambda e: e["distribution"]
)
def test_a_package_licence_is_copied_verbatim(entry: dict[str, str]) -> None:
    if not installed(entry["distribution"]):
        pytest.skip(f"{entry['distribution']} is not installed here")
    ours = (FOLDER / entry["file"]).read_text(encoding="utf-8")
    for text in _own_licence_files(entry["distribution"]):
        assert text.strip() in ours, f"{entry['file']} differs from {entry['distribution']}'s own licence"


def test_versions_are_read_from_what_is_installed() -> None:
    by_name = {lic.component: lic for lic in load_licences(FOLDER)}
    assert by_name["ReportLab"].version == metadata.version("reportlab")
    assert by_name["Qt 6 and PySide6"].version.split(".")[0] in {"6", "Qt 6"}
    assert by_name["SQLCipher (with SQLite)"].version.startswith("4.")
    assert by_name["OpenSSL"].version == "3.6.0"  # not a package: the index records it
    assert component_version({"component": "x", "distribution": "no-such-package-here"}) == "—"


def test_the_folder_is_found_from_the_source_tree() -> None:
    assert licence_folder() == FOLDER
    assert (
        json.loads((FOLDER / "index.json").read_text(encoding="utf-8"))["format"] == "caseintake-licences/1"
    )


def test_the_openssl_entry_names_the_version_inside_the_engine() -> None:
    """OpenSSL has no package of its own: its version is the one compiled into sqlcipher3."""
    import sqlcipher3

    engine = next(Path(sqlcipher3.__file__).parent.glob("_sqlite3*"))
    openssl = next(e for e in index_entries(FOLDER) if e["component"] == "OpenSSL")
    assert f"OpenSSL {openssl['version']} ".encode() in engine.read_bytes()
