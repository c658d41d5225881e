"""The windowed launcher (`[project.gui-scripts]` caseintake-gui) always opens the desktop app."""

from __future__ import annotations

import argparse
import importlib
import sys
import tomllib
from pathlib import Path

import pytest

from caseintake.cli import parser

ROOT = Path(__file__).resolve().parents[2]


def scripts(table: str) -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(project.get(table, {}))


def test_both_launchers_are_declared() -> None:
    assert scripts("scripts") == {"caseintake": "caseintake.cli:main"}
    assert set(scripts("gui-scripts")) == {"caseintake-gui"}


def test_the_windowed_launcher_opens_the_gui_with_the_global_options(monkeypatch: pytest.MonkeyPatch) -> None:
    module, _, function = scripts("gui-scripts")["caseintake-gui"].partition(":")
    launcher = getattr(importlib.import_module(module), function)
    seen: list[argparse.Namespace] = []
    monkeypatch.setitem(parser.COMMANDS, "gui", lambda args: seen.append(args) or 0)
    monkeypatch.setattr(sys, "argv", ["caseintake-gui", "--db", "/tmp/office/cases.db", "--user", "boss"])
    assert launcher() == 0
    assert len(seen) == 1
    assert seen[0].command == "gui"
    assert str(seen[0].db) == "/tmp/office/cases.db" and seen[0].user == "boss"
