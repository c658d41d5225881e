"""Schema upgrades: numbered, one transaction each, and safe on a database holding real rows."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.domain.errors import NewerSchema
from caseintake.services.cases import list_cases
from caseintake.services.session import open_session
from caseintake.storage import migrations
from caseintake.storage.database import Database
from tests.conftest import SUPERVISOR_PASS, import_cases, sample_case


def _add_column(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN court_region TEXT")
    db.execute("UPDATE cases SET court_region = region")


def _broken(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN half_done TEXT")
    raise RuntimeError("power cut in the middle of an upgrade")


def _close_all(store: dict[str, Any]) -> None:
    for name in ("sup", "worker", "other", "lawyer"):
        store[name].close()


def test_a_new_upgrade_runs_once_on_real_rows(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import_cases(store["sup"], sample_case(), sample_case(region="NCR"))
    _close_all(store)
    monkeypatch.setattr(migrations, "UPGRADES", [*migrations.UPGRADES, _add_column])
    latest = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", latest)
    session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    try:
        assert session.db.scalar("PRAGMA user_version") == latest
        assert sorted(r[0] for r in session.db.all("SELECT court_region FROM cases")) == ["NCR", "VII"]
        assert len(list_cases(session)) == 2
        assert migrations.upgrade(session.db) == 0
    finally:
        session.close()


def test_a_failing_upgrade_changes_nothing(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import_cases(store["sup"], sample_case())
    _close_all(store)
    monkeypatch.setattr(migrations, "UPGRADES", [*migrations.UPGRADES, _broken])
    before = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", before + 1)
    with pytest.raises(RuntimeError):
        open_session(store["path"], "sup", SUPERVISOR_PASS)
    monkeypatch.undo()
    session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    try:
        assert session.db.scalar("PRAGMA user_version") == before
        columns = [r[1] for r in session.db.all("PRAGMA table_info(cases)")]
        assert "half_done" not in columns
        assert len(list_cases(session)) == 1
    finally:
        session.close()


def test_newer_database_is_refused_before_any_change(store: dict[str, Any]) -> None:
    newer = migrations.SCHEMA_VERSION + 1
    store["sup"].db.execute(f"PRAGMA user_version = {newer}")
    with pytest.raises(NewerSchema, match=f"schema {newer}"):
        migrations.upgrade(store["sup"].db)
