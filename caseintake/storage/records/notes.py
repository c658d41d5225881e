"""The home of case notes: the `note` table and its earlier versions in `note_version`.

An edit never overwrites: the text being replaced moves to `note_version` first. Authors are
user ids here and user names in the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseintake.domain.records import Note
from caseintake.storage import search_index, writes
from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds, new_id
from caseintake.storage.records.values import ORIGIN, RecordMap, field

TABLE = "note"
COLUMNS = (
    "id",
    "uuid",
    "case_id",
    "kind",
    "author",
    "saved_by",
    "written_at",
    "text",
    "updated_at",
    *ORIGIN,
    "stated_author",
)
_READ: RecordMap[Note] = RecordMap(
    Note,
    [
        field("id", "n.uuid"),
        field("kind", "n.kind"),
        field("author", "u.username"),
        field("written_at", "n.written_at", kind="moment"),
        field("text", "n.text"),
        field("version", "n.version"),
        field("stated_author", "n.stated_author"),
        field("imported_by", "i.username"),
        field("imported_at", "n.imported_at"),
    ],
)
_FROM = "FROM note n JOIN users u ON u.id = n.author LEFT JOIN users i ON i.id = n.imported_by"


def row(
    note: Note,
    row_id: int,
    case_id: int,
    author_id: int,
    stamp: str,
    origin: tuple[Any, Any] = (None, None),
    stated_author: str | None = None,
) -> tuple[Any, ...]:
    note.id = note.id or new_id()
    written_at = note.written_at.isoformat()
    return (
        row_id,
        note.id,
        case_id,
        note.kind,
        author_id,
        author_id,
        written_at,
        note.text,
        stamp,
        *origin,
        stated_author,
    )


def for_case(db: Database, case_id: int) -> list[Note]:
    sql = f"SELECT {_READ.select_list} {_FROM} WHERE n.case_id = ? ORDER BY n.written_at, n.id"  # nosec B608
    return [_READ.record(r) for r in db.all(sql, (case_id,))]


def insert_rows(db: Database, rows: Sequence[Sequence[Any]]) -> None:
    writes.insert(db, TABLE, COLUMNS, rows)


def insert(
    db: Database, case_id: int, note: Note, author_id: int, stamp: str, ids: RowIds | None = None
) -> int:
    row_id = (ids or writes.row_ids(db)).take(TABLE)
    writes.insert(db, TABLE, COLUMNS, [row(note, row_id, case_id, author_id, stamp)])
    search_index.refresh_notes(db, case_id)
    return row_id


@dataclass(frozen=True)
class SavedNote:
    """What an edit needs of a stored note: its current text and who saved it when."""

    row_id: int
    case_id: int
    case_uuid: str
    kind: str
    version: int
    text: str
    saved_by: int
    updated_at: str


def saved(db: Database, note_uuid: str) -> SavedNote | None:
    r = db.one(
        "SELECT n.id, n.case_id, c.uuid, n.kind, n.version, n.text, n.saved_by, n.updated_at"
        " FROM note n JOIN cases c ON c.id = n.case_id WHERE n.uuid = ?",
        (note_uuid,),
    )
    return None if r is None else SavedNote(*r)


def save_version(db: Database, note: SavedNote, text: str, kind: str, saver_id: int, stamp: str) -> int:
    """Keep the current text as a numbered version, store the new one; returns its version."""
    version = note.version + 1
    writes.insert(
        db,
        "note_version",
        ("note_id", "version", "kind", "author", "text", "saved_at"),
        [(note.row_id, note.version, note.kind, note.saved_by, note.text, note.updated_at)],
    )
    writes.update(
        db,
        TABLE,
        {"text": text, "kind": kind, "version": version, "saved_by": saver_id, "updated_at": stamp},
        {"id": note.row_id},
    )
    search_index.refresh_notes(db, note.case_id)
    return version


def versions(db: Database, note_uuid: str) -> list[tuple[int, str, str, str, str]]:
    """(version, kind, saved by, text, saved at) of every text of a note, oldest first."""
    rows = db.all(
        "SELECT v.version, v.kind, u.username, v.text, v.saved_at FROM note_version v"
        " JOIN note n ON n.id = v.note_id JOIN users u ON u.id = v.author WHERE n.uuid = ?1"
        " UNION ALL SELECT n.version, n.kind, u.username, n.text, n.updated_at FROM note n"
        " JOIN users u ON u.id = n.saved_by WHERE n.uuid = ?1 ORDER BY 1",
        (note_uuid,),
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
