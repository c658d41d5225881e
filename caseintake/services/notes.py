"""Case notes. An edit never overwrites: every saved text stays as a numbered version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from caseintake.domain import validation as v
from caseintake.domain.codes import NoteKind
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Note
from caseintake.domain.roles import Action
from caseintake.interchange.schema import parse_note
from caseintake.services.cases import find_case
from caseintake.services.people import touch_case
from caseintake.services.session import Session
from caseintake.storage import search_index
from caseintake.storage.audit import now_utc
from caseintake.storage.ids import new_id


@dataclass(frozen=True)
class NoteVersion:
    version: int
    kind: str
    author: str
    text: str
    saved_at: str


def add_note(session: Session, reference: str, data: dict[str, Any]) -> Note:
    session.require(Action.EDIT_NOTES)
    data = {"author": session.username, **data}
    if "written_at" not in data:
        data["written_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    note = parse_note(data, "note")
    if note.author != session.username:
        raise InvalidInput("author: a note is written by the user who saves it")
    case = find_case(session, reference)
    db = session.db
    note.id = new_id()
    stamp = now_utc()
    with db.atomic():
        db.execute(
            "INSERT INTO note (uuid, case_id, kind, author, saved_by, written_at, text, version,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (
                note.id,
                case.id,
                note.kind,
                session.user.id,
                session.user.id,
                note.written_at.isoformat(),
                note.text,
                stamp,
            ),
        )
        search_index.refresh_notes(db, case.id)
        touch_case(session, case.id)
        session.audit("note.add", "note", note.id, {"case": case.uuid, "kind": note.kind})
    return note


def edit_note(session: Session, note_id: str, text: str, kind: str | None = None) -> int:
    """Save a new version of a note; returns its version number."""
    session.require(Action.EDIT_NOTES)
    body = v.required_text(text, "text", limit=v.NOTE_MAX)
    row = session.db.one(
        "SELECT n.id, n.case_id, n.kind, n.version, n.text, c.uuid, n.saved_by, n.updated_at"
        " FROM note n JOIN cases c ON c.id = n.case_id WHERE n.uuid = ?",
        (note_id,),
    )
    if row is None:
        raise NotFound("There is no such note.")
    row_id, case_id, old_kind, version, old_text, case_uuid, old_saver, old_stamp = row
    new_kind = old_kind if kind is None else v.code(kind, "kind", NoteKind)
    if body == old_text and new_kind == old_kind:
        return int(version)
    stamp = now_utc()
    db = session.db
    with db.atomic():
        db.execute(
            "INSERT INTO note_version (note_id, version, kind, author, text, saved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (row_id, version, old_kind, old_saver, old_text, old_stamp),
        )
        db.execute(
            "UPDATE note SET text = ?, kind = ?, version = ?, saved_by = ?, updated_at = ? WHERE id = ?",
            (body, new_kind, version + 1, session.user.id, stamp, row_id),
        )
        search_index.refresh_notes(db, case_id)
        touch_case(session, case_id)
        session.audit("note.edit", "note", note_id, {"case": case_uuid, "version": version + 1})
    return int(version) + 1


def note_versions(session: Session, note_id: str) -> list[NoteVersion]:
    """Every saved text of a note, oldest first; the last one is the current text."""
    rows = session.db.all(
        "SELECT v.version, v.kind, u.username, v.text, v.saved_at FROM note_version v"
        " JOIN note n ON n.id = v.note_id JOIN users u ON u.id = v.author WHERE n.uuid = ?1"
        " UNION ALL SELECT n.version, n.kind, u.username, n.text, n.updated_at FROM note n"
        " JOIN users u ON u.id = n.saved_by WHERE n.uuid = ?1 ORDER BY 1",
        (note_id,),
    )
    if not rows:
        raise NotFound("There is no such note.")
    return [NoteVersion(*r) for r in rows]
