"""People in a case, and the identity vault behind the protected ones.

Identity values are read only through `reveal_identity`, which checks the role (social workers:
their own cases only) and writes an audit event before returning anything.
"""

from __future__ import annotations

import logging
from typing import cast

from caseintake.domain import checks
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.records import Identity, Person, is_minor, is_protected
from caseintake.domain.roles import Action
from caseintake.services.cases import CaseRef, find_case
from caseintake.services.edit_conflicts import expect_version
from caseintake.services.session import Session
from caseintake.storage import case_keys, guard_index, identity_store
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import persons

log = logging.getLogger(__name__)


def touch_case(session: Session, case_id: int) -> None:
    """After any change to a case's text: refresh its search rows and list label."""
    cases_home.touch(session.db, case_id)


def _person_case(session: Session, person_id: str) -> tuple[int, CaseRef, bool, str | None]:
    row = persons.locate(session.db, person_id)
    if row is None:
        raise NotFound("There is no such person.", code="person_not_found")
    return row[0], CaseRef(row[1], row[2], row[3], row[4]), bool(row[5]), row[6]


def _store_identity(
    session: Session, case: CaseRef, row_id: int, person_uuid: str, identity: Identity
) -> None:
    """Replace a person's vault values, the case's identity search terms and the guard's digests."""
    db = session.db
    key = case_keys.case_key(db, case.id)
    identity_store.write(db, key, row_id, person_uuid, identity)
    identity_store.refresh_case(db, key, case.id)
    # The leak guard's digests are written with the plaintext, the only time it is at hand.
    stored = cast(guard_index.IdentityRow, (row_id, case.id, *identity_store.values_of(identity)))
    guard_index.index_identities(db, [stored])


def add_person(
    session: Session, reference: str, person: Person, *, expected_version: int | None = None
) -> Person:
    """Record a new person at the end of the case's list; a protected one gets the next
    pseudonym of their role and their identity goes into the vault. An editor's
    `expected_version` refuses a case changed since (`edit_conflicts`)."""
    session.require(Action.EDIT_CASE)
    checks.check_person(person, "person")
    case = find_case(session, reference)
    db = session.db
    with db.atomic():
        expect_version(session, case.id, expected_version)
        taken = persons.pseudonyms_taken(db, case.id)
        person.pseudonym = next_pseudonym(person.role, taken) if person.protected else None
        if person.identity is not None and not case.may_reveal(session):
            session.refuse(
                Action.REVEAL_IDENTITY,
                "Recording an identity needs the right to reveal this case's.",
                "permission_denied.record_identity",
            )
        person.id = None  # a new person always gets a new id
        row_id = persons.insert(db, case.id, person)
        person_uuid = str(person.id)  # set by the insert
        if person.identity is not None:
            _store_identity(session, case, row_id, person_uuid, person.identity)
        touch_case(session, case.id)
        session.audit(AuditAction.PERSON_ADD, "person", person_uuid, {"case": case.uuid, "role": person.role})
    return person


def update_person(
    session: Session, person_id: str, person: Person, *, expected_version: int | None = None
) -> None:
    """Change what is known about a person; protection and pseudonym never change.

    `person.identity` None leaves the vault as it is; an identity replaces the stored one."""
    session.require(Action.EDIT_CASE)
    row_id, case, protected, _ = _person_case(session, person_id)
    if person.identity is not None and not protected:
        raise InvalidInput.at(
            "person.identity", "only protected people have a vault identity", "identity_not_allowed"
        )
    checks.check_person(person, "person", require_identity=not protected)
    # A protected person keeps their vault identity whatever this edit carries.
    stays_protected = is_protected(
        person.role,
        person.relationship,
        has_identity=protected or person.identity is not None,
        minor=is_minor(person.age, person.birth_year),
    )
    if stays_protected != protected:
        raise InvalidInput.at(
            "person.role",
            "this change would alter whether the person is protected; record a new person instead",
            "protection_change",
        )
    db = session.db
    with db.atomic():
        expect_version(session, case.id, expected_version)
        persons.update_profile(db, row_id, person, protected)
        changed = ["profile"]
        if person.identity is not None:
            if not case.may_reveal(session):
                session.refuse(
                    Action.REVEAL_IDENTITY,
                    "Editing an identity needs the right to reveal it.",
                    "permission_denied.edit_identity",
                )
            _store_identity(session, case, row_id, person_id, person.identity)
            changed.append("identity")
        touch_case(session, case.id)
        session.audit(AuditAction.PERSON_EDIT, "person", person_id, {"case": case.uuid, "changed": changed})


def reveal_identity(session: Session, person_id: str) -> Identity:
    """The vault values of one protected person, for a user allowed to see them; audit-logged."""
    row_id, case, protected, pseudonym = _person_case(session, person_id)
    if not case.may_reveal(session):
        session.refuse(
            Action.REVEAL_IDENTITY,
            "Social workers may reveal identities only in their own cases.",
            "permission_denied.reveal_other_case",
        )
    if not protected or not identity_store.exists(session.db, row_id):
        raise NotFound("This person has no vault identity.", code="no_vault_identity")
    identity = identity_store.read(session.db, case_keys.case_key(session.db, case.id), row_id, person_id)
    if identity is None:
        raise NotFound("This person has no vault identity.", code="no_vault_identity")
    with session.db.atomic():
        session.audit(
            AuditAction.IDENTITY_REVEAL, "person", person_id, {"case": case.uuid, "pseudonym": pseudonym}
        )
    log.info("identity revealed person=%s user=%s", person_id, session.user.id)
    return identity
