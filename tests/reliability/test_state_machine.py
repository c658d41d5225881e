"""Bad input and long sequences: a hypothesis state machine drives the services against a small
in-memory model of what they should hold, and checks after every step that they agree.

Steps: open a case (an import of one generated case), add and edit notes, add people and edit a
vault identity, search, lock (close the session) and unlock again, a wrong passphrase, back up,
restore a backup, and invalid input of several kinds (each must raise a typed error and change
nothing). There is no delete in the services (DESIGN §2.6: edits keep every version), so none is
driven. CI: 100 examples of up to 20 steps; CASEINTAKE_LONG=1: 1,000 of up to 50.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, precondition, rule

from caseintake.domain.errors import AuthenticationFailed, InvalidInput, NotFound
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.records import Note
from caseintake.storage.unlock_delay import FailedUnlocks
from tests.reliability.support import FIRST_PASSPHRASES, SUPERVISOR, cheap_kdf, create_database, long_run

# Plain text as people type it: any letters, marks, symbols, spaces; no control characters.
TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn"), blacklist_characters="\u2028\u2029"
    ),
    min_size=1,
    max_size=80,
).filter(lambda s: s.strip() != "")
LINE = TEXT.filter(lambda s: "\n" not in s and "\r" not in s and "\x85" not in s)
ROLES = st.sampled_from(["victim", "guardian", "witness", "accused-relative", "accused-foreign"])


@dataclass
class CaseModel:
    summary: str
    token: str
    notes: dict[str, list[str]] = field(default_factory=dict)  # id -> every text, oldest first
    pseudonyms: list[str | None] = field(default_factory=list)
    identities: dict[str, str] = field(default_factory=dict)  # person id -> legal name


def _note(text: str) -> Note:
    return Note(kind="general", written_at=datetime.now(UTC), text=text)


def _person(role: str, name: str) -> dict[str, Any]:
    if role == "accused-relative":
        return {"role": "accused", "relationship": "relative", "identity": {"legal_name": name}}
    if role == "accused-foreign":
        return {"role": "accused", "relationship": "foreign_online", "name": name}
    if role == "witness":
        return {"role": "witness", "name": name}
    return {"role": role, "identity": {"legal_name": name}}


class ServiceMachine(RuleBasedStateMachine):
    cases = Bundle("cases")
    notes = Bundle("notes")
    backups = Bundle("backups")

    def __init__(self) -> None:
        super().__init__()
        from caseintake.services.session import open_session

        self.folder = Path(tempfile.mkdtemp(prefix="caseintake-machine-"))
        self.path = self.folder / "data" / "cases.db"
        with cheap_kdf():
            create_database(self.path)
            self.session = open_session(self.path, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])
        self.model: dict[str, CaseModel] = {}
        self.serial = 0

    def teardown(self) -> None:
        self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers ----------------------------------------------------------------------------------

    def fingerprint(self) -> tuple[Any, ...]:
        db = self.session.db
        counts = tuple(
            db.scalar(f"SELECT count(*) FROM {table}")
            for table in ("cases", "note", "note_version", "person", "identity", "audit")
        )
        return (db.scalar("SELECT value FROM meta WHERE key = 'audit_head'"), *counts)

    def unchanged_after(self, error: type[Exception] | tuple[type[Exception], ...], action: Any) -> None:
        before = self.fingerprint()
        try:
            action()
        except error:
            pass
        else:
            raise AssertionError(f"{error} expected")
        assert self.fingerprint() == before

    def token(self) -> str:
        self.serial += 1
        return f"tok{self.serial}q{len(self.model)}"

    # -- rules ------------------------------------------------------------------------------------

    @rule(target=cases, summary=TEXT, roles=st.lists(ROLES, max_size=4), name=LINE)
    def open_case(self, summary: str, roles: list[str], name: str) -> str:
        from caseintake.interchange.importer import parse_document
        from caseintake.services.intake import add_cases

        token = self.token()
        text = f"{summary} {token}"
        persons = [_person(role, f"{name} {token}{i}") for i, role in enumerate(roles)]
        case = {
            "status": "intake",
            "opened_on": "2026-05-04",
            "region": "VI",
            "offenses": ["grooming"],
            "summary": text,
            "assigned_to": SUPERVISOR,
            "consent_statistics": "no",
            "persons": persons,
        }
        [reference] = add_cases(self.session, parse_document({"format": "caseintake/1", "cases": [case]}))
        model = CaseModel(text.rstrip(), token)
        for person in persons:
            self._expect_person(model, person)
        self.model[reference] = model
        return reference

    def _expect_person(self, model: CaseModel, person: dict[str, Any]) -> None:
        protected = "identity" in person
        taken = [p for p in model.pseudonyms if p]
        model.pseudonyms.append(next_pseudonym(person["role"], taken) if protected else None)

    @rule(target=notes, reference=cases, text=TEXT)
    def add_note(self, reference: str, text: str) -> tuple[str, str]:
        from caseintake.services.notes import add_note

        if reference not in self.model:  # undone by a restore
            self.unchanged_after(NotFound, lambda: add_note(self.session, reference, _note(text)))
            return reference, ""
        note = add_note(self.session, reference, _note(text))
        assert note.id is not None
        self.model[reference].notes[note.id] = [text.rstrip()]
        return reference, note.id

    @rule(note=notes, text=TEXT)
    def edit_note(self, note: tuple[str, str], text: str) -> None:
        from caseintake.services.notes import edit_note

        reference, note_id = note
        history = self.model[reference].notes.get(note_id) if reference in self.model else None
        if history is None:  # undone by a restore (or never made)
            self.unchanged_after(NotFound, lambda: edit_note(self.session, note_id or "none", text))
            return
        version = edit_note(self.session, note_id, text)
        if text.rstrip() != history[-1]:
            history.append(text.rstrip())
        assert version == len(history)

    @rule(reference=cases, role=ROLES, name=LINE)
    def add_person(self, reference: str, role: str, name: str) -> None:
        from caseintake.interchange.schema import parse_person
        from caseintake.services.people import add_person

        data = _person(role, name)
        if reference not in self.model:  # undone by a restore
            self.unchanged_after(
                NotFound, lambda: add_person(self.session, reference, parse_person(data, "person"))
            )
            return
        person = add_person(self.session, reference, parse_person(data, "person"))
        model = self.model[reference]
        self._expect_person(model, data)
        assert person.pseudonym == model.pseudonyms[-1]
        if "identity" in data and person.id:
            model.identities[person.id] = name.strip()

    @precondition(lambda self: any(m.identities for m in self.model.values()))
    @rule(data=st.data(), name=LINE)
    def edit_identity(self, data: st.DataObject, name: str) -> None:
        from caseintake.interchange.schema import parse_person
        from caseintake.services.people import update_person

        reference = data.draw(st.sampled_from(sorted(r for r, m in self.model.items() if m.identities)))
        person_id = data.draw(st.sampled_from(sorted(self.model[reference].identities)))
        row = self.session.db.one("SELECT role, relationship FROM person WHERE uuid = ?", (person_id,))
        assert row is not None
        profile: dict[str, Any] = {"role": row[0], "identity": {"legal_name": name}}
        if row[1]:
            profile["relationship"] = row[1]
        update_person(self.session, person_id, parse_person(profile, "person"))
        self.model[reference].identities[person_id] = name.strip()

    @rule()
    def lock_and_unlock(self) -> None:
        from caseintake.services.session import open_session

        self.session.close()
        self.session = open_session(self.path, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])

    @rule()
    def wrong_passphrase(self) -> None:
        from caseintake.services.session import open_session

        before = self.path.read_bytes()
        try:
            open_session(self.path, SUPERVISOR, "not the supervisor's passphrase")
        except AuthenticationFailed:
            pass
        else:
            raise AssertionError("a wrong passphrase opened the database")
        assert self.path.read_bytes() == before
        FailedUnlocks(self.path, SUPERVISOR).clear()  # keep later unlocks free of the delay

    @rule(target=backups)
    def backup(self) -> tuple[Path, dict[str, CaseModel]]:
        from caseintake.services.maintenance import make_backup

        target = self.folder / f"backup-{self.serial}-{len(self.model)}.cib"
        self.serial += 1
        make_backup(self.session, target)
        return target, copy.deepcopy(self.model)

    @rule(saved=consumes(backups))
    def restore(self, saved: tuple[Path, dict[str, CaseModel]]) -> None:
        from caseintake.services.maintenance import restore
        from caseintake.services.session import open_session

        self.session.close()
        restore(self.path, saved[0], SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR], force=True)  # may be older
        self.session = open_session(self.path, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])
        self.model = copy.deepcopy(saved[1])

    # -- bad input: a typed error and no change ---------------------------------------------------

    @rule(reference=cases, blank=st.sampled_from(["", "   ", "\n\t "]))
    def blank_note_is_refused(self, reference: str, blank: str) -> None:
        from caseintake.services.notes import add_note

        self.unchanged_after(InvalidInput, lambda: add_note(self.session, reference, _note(blank)))

    @rule(note=notes, bad=st.sampled_from(["a\x00b", "bell\x07", "\x1b[31m", "half \ud800 pair"]))
    def control_characters_are_refused(self, note: tuple[str, str], bad: str) -> None:
        from caseintake.services.notes import edit_note

        if not note[1]:
            return
        self.unchanged_after(InvalidInput, lambda: edit_note(self.session, note[1], bad))

    @rule(reference=cases)
    def duplicate_reference_is_refused(self, reference: str) -> None:
        from caseintake.interchange.importer import parse_document
        from caseintake.services.intake import add_cases

        if reference not in self.model:
            return
        case = {
            "reference": reference,
            "status": "intake",
            "opened_on": "2026-05-04",
            "region": "VI",
            "offenses": ["grooming"],
            "summary": "Duplicate.",
            "assigned_to": SUPERVISOR,
            "consent_statistics": "no",
        }
        document = {"format": "caseintake/1", "cases": [case]}
        self.unchanged_after(InvalidInput, lambda: add_cases(self.session, parse_document(document)))

    @rule(kind=st.sampled_from(["note", "person"]))
    def unknown_case_is_refused(self, kind: str) -> None:
        from caseintake.domain.records import Person
        from caseintake.services.notes import add_note
        from caseintake.services.people import add_person

        if kind == "note":
            self.unchanged_after(NotFound, lambda: add_note(self.session, "CI-2026-99999", _note("x")))
        else:
            self.unchanged_after(
                NotFound, lambda: add_person(self.session, "CI-2026-99999", Person(role="witness", name="x"))
            )

    # -- what must always hold --------------------------------------------------------------------

    @invariant()
    def services_agree_with_the_model(self) -> None:
        from caseintake.services.cases import list_cases, load_case
        from caseintake.services.notes import note_versions
        from caseintake.services.people import reveal_identity
        from caseintake.storage.audit import verify_chain

        assert {r.reference for r in list_cases(self.session, limit=1000)} == set(self.model)
        for reference, expected in self.model.items():
            case = load_case(self.session, reference)
            assert case.summary == expected.summary
            assert [p.pseudonym for p in case.persons] == expected.pseudonyms
            assert {n.id: n.text for n in case.notes} == {i: t[-1] for i, t in expected.notes.items()}
            for note_id, history in expected.notes.items():
                assert [v.text for v in note_versions(self.session, note_id)] == history
            for person_id, name in expected.identities.items():
                assert reveal_identity(self.session, person_id).legal_name == name
            found = {r.reference for r in list_cases(self.session, search=expected.token, limit=1000)}
            assert found == {reference}
        assert verify_chain(self.session.db) == []


ServiceMachine.TestCase.settings = settings(
    max_examples=1000 if long_run() else 100,
    stateful_step_count=50 if long_run() else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestServiceMachine = ServiceMachine.TestCase
