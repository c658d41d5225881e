"""People in a case, and the identity vault behind the protected ones.

Identity values are read only through `reveal_identity`, which checks the role (social workers:
their own cases only) and writes an audit event before returning anything.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.records import Identity, Person
from caseintake.domain.roles import Action
from caseintake.interchange.schema import parse_identity, parse_person
from caseintake.services.cases import CaseRef, find_case
from caseintake.services.session import Session
from caseintake.storage import case_keys, guard_index, identity_store, search_index
from caseintake.storage.ids import new_id

log = logging.getLogger(__name__)


def touch_case(session: Session, case_id: int) -> None:
    """After any change to a case's text: refresh its search rows and list label."""
    session.db.execute(
        "UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
        " parties = coalesce((SELECT group_concat(pseudonym, ', ') FROM"
        "   (SELECT pseudonym FROM person WHERE case_id = ?1 AND role = 'victim'"
        "    AND pseudonym IS NOT NULL ORDER BY position)), '')"
        " WHERE id = ?1",
        (case_id,),
    )
    search_index.refresh_cases(session.db, [case_id])


def _person_case(session: Session, person_id: str) -> tuple[int, CaseRef, bool, str | None]:
    row = session.db.one(
        "SELECT p.id, c.id, c.uuid, c.reference, c.assigned_to, p.protected, p.pseudonym"
        " FROM person p JOIN cases c ON c.id = p.case_id WHERE p.uuid = ?",
        (person_id,),
    )
    if row is None:
        raise NotFound("There is no such person.")
    return row[0], CaseRef(row[1], row[2], row[3], row[4]), bool(row[5]), row[6]


def _identity_row(identity: Identity) -> tuple[Any, ...]:
    return (
        identity.legal_name,
        json.dumps(list(identity.aliases), ensure_ascii=False),
        None if identity.birth_date is None else identity.birth_date.isoformat(),
        identity.address,
        identity.school,
        identity.contact,
    )


def add_person(session: Session, reference: str, data: dict[str, Any]) -> Person:
    session.require(Action.EDIT_CASE)
    person = parse_person(data, "person")
    case = find_case(session, reference)
    db = session.db
    with db.atomic():
        taken = [
            r[0]
            for r in db.all(
                "SELECT pseudonym FROM person WHERE case_id = ? AND pseudonym IS NOT NULL", (case.id,)
            )
        ]
        person.pseudonym = next_pseudonym(person.role, taken) if person.protected else None
        position = int(
            db.scalar("SELECT coalesce(max(position), -1) + 1 FROM person WHERE case_id = ?", (case.id,))
        )
        person.id = new_id()
        cur = db.execute(
            "INSERT INTO person (uuid, case_id, position, role, pseudonym, sex, age, birth_year,"
            " nationality, relationship, protected, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person.id,
                case.id,
                position,
                person.role,
                person.pseudonym,
                person.sex,
                person.age,
                person.birth_year,
                person.nationality,
                person.relationship,
                int(person.protected),
                person.name,
            ),
        )
        if person.identity is not None:
            if not case.may_reveal(session):
                session.refuse(
                    Action.REVEAL_IDENTITY, "Recording an identity needs the right to reveal this case's."
                )
            key = case_keys.case_key(db, case.id)
            identity_store.write(db, key, int(cur.lastrowid), person.id, person.identity)
            identity_store.refresh_case(db, key, case.id)
            # The leak guard's digests are written with the plaintext, the only time it is at hand.
            guard_index.index_identities(db, [(cur.lastrowid, case.id, *_identity_row(person.identity))])
        touch_case(session, case.id)
        session.audit("person.add", "person", person.id, {"case": case.uuid, "role": person.role})
    return person


def update_person(session: Session, person_id: str, data: dict[str, Any]) -> None:
    """Change what is known about a person; protection and pseudonym never change."""
    session.require(Action.EDIT_CASE)
    row_id, case, protected, _ = _person_case(session, person_id)
    data = dict(data)
    identity_data = data.pop("identity", None)
    person = parse_person(data, "person", require_identity=not protected)
    if person.protected != protected and person.role in ("victim", "guardian", "accused"):
        raise InvalidInput(
            "role: this change would alter whether the person is protected; record a new person instead"
        )
    db = session.db
    with db.atomic():
        db.execute(
            "UPDATE person SET role = ?, sex = ?, age = ?, birth_year = ?, nationality = ?,"
            " relationship = ?, name = ? WHERE id = ?",
            (
                person.role,
                person.sex,
                person.age,
                person.birth_year,
                person.nationality,
                person.relationship,
                None if protected else person.name,
                row_id,
            ),
        )
        changed = ["profile"]
        if identity_data is not None:
            if not protected:
                raise InvalidInput("identity: only protected people have a vault identity")
            if not case.may_reveal(session):
                session.refuse(Action.REVEAL_IDENTITY, "Editing an identity needs the right to reveal it.")
            identity = parse_identity(identity_data, "identity")
            key = case_keys.case_key(db, case.id)
            identity_store.write(db, key, row_id, person_id, identity)
            identity_store.refresh_case(db, key, case.id)
            guard_index.index_identities(db, [(row_id, case.id, *_identity_row(identity))])
            changed.append("identity")
        touch_case(session, case.id)
        session.audit("person.edit", "person", person_id, {"case": case.uuid, "changed": changed})


def reveal_identity(session: Session, person_id: str) -> Identity:
    """The vault values of one protected person, for a user allowed to see them; audit-logged."""
    row_id, case, protected, pseudonym = _person_case(session, person_id)
    if not case.may_reveal(session):
        session.refuse(
            Action.REVEAL_IDENTITY, "Social workers may reveal identities only in their own cases."
        )
    present = session.db.scalar("SELECT 1 FROM identity WHERE person_id = ?", (row_id,))
    if not protected or present is None:
        raise NotFound("This person has no vault identity.")
    identity = identity_store.read(session.db, case_keys.case_key(session.db, case.id), row_id, person_id)
    if identity is None:
        raise NotFound("This person has no vault identity.")
    with session.db.atomic():
        session.audit("identity.reveal", "person", person_id, {"case": case.uuid, "pseudonym": pseudonym})
    log.info("identity revealed person=%s user=%s", person_id, session.user.id)
    return identity
