"""People services: typed records in, the vault written only for protected people."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Identity, Person
from caseintake.services import people
from caseintake.services.cases import load_case
from tests.conftest import import_cases, sample_case


@pytest.fixture
def ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def test_a_new_person_gets_a_device_ranged_id_and_the_vault_holds_the_identity(
    store: dict[str, Any], ref: str
) -> None:
    from caseintake.storage.ids import device_of
    from caseintake.storage.writes import device_number

    db = store["sup"].db
    person = people.add_person(
        store["worker"], ref, Person(role="guardian", sex="F", identity=Identity(legal_name="Rosa Dizon"))
    )
    assert person.id and person.pseudonym
    row_id = db.scalar("SELECT id FROM person WHERE uuid = ?", (person.id,))
    assert device_of(row_id) == device_number(db)
    assert db.scalar("SELECT count(*) FROM identity WHERE person_id = ?", (row_id,)) == 1
    assert people.reveal_identity(store["worker"], person.id).legal_name == "Rosa Dizon"


def test_editing_a_profile_without_an_identity_keeps_the_vault(store: dict[str, Any], ref: str) -> None:
    victim = load_case(store["sup"], ref).persons[0]
    assert victim.id
    before = people.reveal_identity(store["sup"], victim.id)
    people.update_person(store["worker"], victim.id, Person(role="victim", sex="F", age=15))
    assert people.reveal_identity(store["sup"], victim.id) == before
    assert load_case(store["sup"], ref).persons[0].age == 15


def test_an_unprotected_person_gets_no_vault_identity(store: dict[str, Any], ref: str) -> None:
    officer = people.add_person(store["worker"], ref, Person(role="witness", name="PO2 Reyes"))
    assert officer.id and officer.pseudonym is None
    with pytest.raises(InvalidInput) as refused:
        people.update_person(
            store["worker"], officer.id, Person(role="witness", identity=Identity(legal_name="Ana Reyes"))
        )
    assert (refused.value.field, refused.value.code) == ("person.identity", "identity_not_allowed")
    # Recorded as a child, the witness would become protected: refused, the name is not lost.
    with pytest.raises(InvalidInput) as child:
        people.update_person(store["worker"], officer.id, Person(role="witness", age=12, name="PO2 Reyes"))
    assert child.value.code == "protection_change"
    assert [p.name for p in load_case(store["sup"], ref).persons if p.role == "witness"] == ["PO2 Reyes"]
