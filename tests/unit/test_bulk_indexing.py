"""Bulk writes index what a one-by-one write indexes (issue 18).

Demo data and imports compute the pure-Python share of indexing (the leak guard's terms, the
identity search's words) in `case_store.prepare_rows`, for demo data in the generator's process;
the rows they write must be exactly the rows the per-person paths (`guard_index.index_identities`,
`identity_store.refresh_case`) write for the same stored values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseintake.services.demo import fill_with_demo_cases
from caseintake.storage import case_keys, guard_index, identity_store
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case


def indexed(db: Database) -> tuple[set[tuple[Any, ...]], dict[int, set[str]]]:
    terms = {tuple(r) for r in db.all("SELECT digest, owner, owner_id, case_id, field FROM guard_term")}
    # The identity index is contentless: its rows are read back from the index itself.
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.identity_words"
        " USING fts5vocab(main, identity_search, instance)"
    )
    bodies: dict[int, set[str]] = {}
    for term, doc in db.all("SELECT term, doc FROM temp.identity_words"):
        bodies.setdefault(int(doc), set()).add(str(term))
    return terms, bodies


def reindexed_one_by_one(db: Database) -> tuple[set[tuple[Any, ...]], dict[int, set[str]]]:
    """Drop both indexes and write them again person by person and case by case."""
    cases = [
        int(r[0])
        for r in db.all("SELECT DISTINCT p.case_id FROM identity i JOIN person p ON p.id = i.person_id")
    ]
    db.execute("DELETE FROM guard_term WHERE owner = 'p'")
    db.execute("DELETE FROM identity_search")
    for case_id in cases:
        key = case_keys.case_key(db, case_id)
        identity_store.refresh_case(db, key, case_id)
        stored = db.all(
            "SELECT p.id, p.uuid, i.legal_name, i.aliases, i.birth_date, i.address, i.school, i.contact"
            " FROM identity i JOIN person p ON p.id = i.person_id WHERE p.case_id = ?",
            (case_id,),
        )
        rows = [(r[0], case_id, *identity_store.decrypt_values(key, str(r[1]), r[2:])) for r in stored]
        guard_index.index_identities(db, rows)
    return indexed(db)


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "generator-process"])
def test_demo_fill_indexes_as_one_by_one_writes_do(store: dict[str, Any], parallel: bool) -> None:
    sup = store["sup"]
    fill_with_demo_cases(sup, 260, seed=5, today=date(2026, 3, 2), parallel=parallel)
    db = sup.db
    with db.atomic():
        before = indexed(db)
        assert len(before[1]) > 100 and len(before[0]) > 1000
        assert reindexed_one_by_one(db) == before


def test_import_indexes_as_one_by_one_writes_do(store: dict[str, Any]) -> None:
    sup = store["sup"]
    second = sample_case()
    second["persons"][0]["identity"]["aliases"] = ["Ineng", "Ma. Dolores"]
    second["persons"][0]["identity"]["school"] = None
    import_cases(sup, sample_case(), second)
    db = sup.db
    with db.atomic():
        before = indexed(db)
        assert len(before[1]) == 2
        assert reindexed_one_by_one(db) == before
