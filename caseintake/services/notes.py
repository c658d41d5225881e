"""Case notes. An edit never overwrites: every saved text stays as a numbered version."""

from __future__ import annotations

from dataclasses import dataclass

from caseintake.domain import checks
from caseintake.domain import validation as v
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.codes import NoteKind
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Note
from caseintake.domain.roles import Action
from caseintake.services.cases import find_case
from caseintake.services.edit_conflicts import expect_version
from caseintake.services.session import Session
from caseintake.storage import writes
from caseintake.storage.audit import now_utc
from caseintake.storage.ids import new_id
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import notes as notes_home


@dataclass(frozen=True)
class NoteVersion:
    version: int
    kind: str
    author: str
    text: str
    saved_at: str


def add_note(session: Session, reference: str, note: Note, *, expected_version: int | None = None) -> Note:
    """Store a new note written by the session's user (an empty `author` means them); an
    editor's `expected_version` refuses a case changed since (`edit_conflicts`)."""
    session.require(Action.EDIT_NOTES)
    if note.author is None:
        note.author = session.username
    checks.check_note(note, "note")
    if note.author != session.username:
        raise InvalidInput.at("note.author", "a note is written by the user who saves it", "author_is_saver")
    case = find_case(session, reference)
    db = session.db
    note.id = new_id()
    note.version = 1
    with db.atomic():
        expect_version(session, case.id, expected_version)
        notes_home.insert(db, case.id, note, session.user.id, now_utc(), writes.row_ids(db))
        cases_home.touch(db, case.id)
        session.audit(AuditAction.NOTE_ADD, "note", note.id, {"case": case.uuid, "kind": note.kind})
    return note


def edit_note(
    session: Session, note_id: str, text: str, kind: str | None = None, *, expected_version: int | None = None
) -> int:
    """Save a new version of a note; returns its version number."""
    session.require(Action.EDIT_NOTES)
    body = v.required_text(text, "note.text", limit=v.NOTE_MAX)
    db = session.db
    saved = notes_home.saved(db, note_id)
    if saved is None:
        raise NotFound("There is no such note.", code="note_not_found")
    new_kind = saved.kind if kind is None else v.code(kind, "note.kind", NoteKind)
    if body == saved.text and new_kind == saved.kind:
        return saved.version
    with db.atomic():
        expect_version(session, saved.case_id, expected_version)
        version = notes_home.save_version(db, saved, body, new_kind, session.user.id, now_utc())
        cases_home.touch(db, saved.case_id)
        session.audit(AuditAction.NOTE_EDIT, "note", note_id, {"case": saved.case_uuid, "version": version})
    return version


def note_versions(session: Session, note_id: str) -> list[NoteVersion]:
    """Every saved text of a note, oldest first; the last one is the current text."""
    rows = notes_home.versions(session.db, note_id)
    if not rows:
        raise NotFound("There is no such note.", code="note_not_found")
    return [NoteVersion(*r) for r in rows]
