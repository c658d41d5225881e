"""One home per record kind (DESIGN §5): only `storage/` speaks SQL, and only `storage/writes.py`
changes a record table, so a change journal sees every write.

Scans the source text of the package: a string literal holding SQL is found wherever it is.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from caseintake.storage.writes import RECORD_TABLES

PACKAGE = Path(__file__).resolve().parents[2] / "caseintake"
_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+)", re.S
)
_WRITE = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.I)
# The schema itself may create, fill and convert tables.
_SCHEMA = ("storage/migrations.py", "storage/upgrades/", "storage/writes.py")


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    pieces = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in pieces:
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, text))
    return found


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_only_storage_speaks_sql() -> None:
    offenders = [
        f"{_relative(path)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not _relative(path).startswith("storage/")
        for line, text in _strings(path)
        if _SQL.search(text)
    ]
    assert offenders == []


def test_record_tables_change_only_through_storage_writes() -> None:
    offenders = [
        f"{_relative(path)}:{line}: {match.group(0)}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not _relative(path).startswith(_SCHEMA)
        for line, text in _strings(path)
        for match in _WRITE.finditer(text)
        if match.group(1).lower() in RECORD_TABLES
    ]
    assert offenders == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'a = "SELECT id FROM cases WHERE x = ?"\n'
        'b = f"UPDATE referral SET note = {1}"\n'
        'c = "Select a file"\n',
        encoding="utf-8",
    )
    texts = [text for _, text in _strings(sample)]
    assert [bool(_SQL.search(t)) for t in texts] == [True, True, False]
    assert [m.group(1) for t in texts for m in _WRITE.finditer(t)] == ["referral"]
