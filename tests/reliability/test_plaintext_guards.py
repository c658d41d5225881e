"""No plaintext copy can be made through our code: temporary storage stays in memory on every
connection, and nothing attaches an unencrypted database or exports into one.

SQLite itself would allow both if asked (`PRAGMA temp_store = FILE`, `ATTACH ... KEY ''` plus
`sqlcipher_export`): the last two tests show that a connection from `open_connection` refuses
them (its authorizer). The source scan shows that no code path asks in the first place.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import caseintake
from caseintake.storage import engine
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case

PACKAGE = Path(caseintake.__file__).parent

# SQL that could put case data on disk unencrypted, and the plain sqlite3 module.
FORBIDDEN = {
    "temp storage on disk": re.compile(r"temp_store\s*=\s*(?!MEMORY\b)\w+", re.IGNORECASE),
    "an attached database": re.compile(r"\bATTACH\s+(DATABASE\s+)?['\"?:]", re.IGNORECASE),
    "an empty key": re.compile(r"\bKEY\s*=?\s*''", re.IGNORECASE),
    "a plaintext export": re.compile(r"sqlcipher_export", re.IGNORECASE),
    "a plaintext header": re.compile(r"cipher_plaintext_header", re.IGNORECASE),
    "the plain sqlite3 module": re.compile(r"^\s*(import sqlite3|from sqlite3\b)", re.MULTILINE),
    "a second connect call": re.compile(r"\bsqlite\.connect\("),
}


def test_no_source_file_asks_for_plaintext_storage() -> None:
    hits = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text("utf-8")
        # The engine's authorizer names what it refuses; blank that block out, keeping line numbers.
        text = re.sub(
            r"# -- plaintext guard:.*?# -- end of the plaintext guard --",
            lambda m: "\n" * m.group(0).count("\n"),
            text,
            flags=re.S,
        )
        for what, pattern in FORBIDDEN.items():
            for match in pattern.finditer(text):
                where = f"{path.relative_to(PACKAGE)}:{text[: match.start()].count(chr(10)) + 1}"
                hits.append(f"{where}: {what}: {match.group(0)!r}")
    # The engine's own connect calls are the only ones: one for real databases, two probes.
    allowed = {"storage/engine.py"}
    unexpected = [h for h in hits if not (h.split(":")[0] in allowed and "connect" in h)]
    assert unexpected == []
    assert sum("second connect" in h for h in hits) == 3


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """Every connection `open_connection` makes, with its temp_store, wherever it was imported."""
    seen: list[tuple[str, int]] = []
    original = engine.open_connection

    def recording(path: Path, key: bytes, **options: Any) -> Any:
        conn = original(path, key, **options)
        seen.append((Path(path).name, conn.execute("PRAGMA temp_store").fetchone()[0]))
        return conn

    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("caseintake") and (
            getattr(module, "open_connection", None) is original
        ):
            monkeypatch.setattr(module, "open_connection", recording)
    yield seen


def test_every_connection_keeps_temporary_storage_in_memory(
    store: dict[str, Any], tmp_path: Path, connections: list[tuple[str, int]]
) -> None:
    from caseintake.services import maintenance, users
    from caseintake.services.cases import list_cases
    from caseintake.services.session import create_session, open_session

    import_cases(store["sup"], sample_case())
    session = open_session(store["path"], "worker", PASSPHRASES["worker"])
    list_cases(session, search="cebu")
    session.close()
    maintenance.make_backup(store["sup"], tmp_path / "b.cib")
    maintenance.restore(tmp_path / "restored" / "cases.db", tmp_path / "b.cib", "sup", SUPERVISOR_PASS)
    users.recover(store["path"], store["recovery_key"], "other", "a recovered passphrase")
    other, _ = create_session(tmp_path / "new" / "cases.db", "first", SUPERVISOR_PASS)
    other.close()
    names = [name for name, _ in connections]
    assert len(connections) >= 5, names
    assert any(".copy" in n for n in names) and any(".restore" in n for n in names), names
    assert {mode for _, mode in connections} == {2}


def test_a_plaintext_attach_through_the_wrapper_is_refused(store: dict[str, Any], tmp_path: Path) -> None:
    from caseintake.domain.errors import CaseintakeError

    with pytest.raises(CaseintakeError):
        store["sup"].db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(tmp_path / "plain.db"),))


def test_temp_store_cannot_be_moved_to_disk_through_the_wrapper(store: dict[str, Any]) -> None:
    from caseintake.domain.errors import CaseintakeError

    with pytest.raises(CaseintakeError):
        store["sup"].db.execute("PRAGMA temp_store = FILE")
