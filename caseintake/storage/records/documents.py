"""The home of the document register: every generated PDF, export and backup, by hash, who and when."""

from __future__ import annotations

from dataclasses import dataclass

from caseintake.storage import writes
from caseintake.storage.database import Database

TABLE = "document"
COLUMNS = ("id", "kind", "case_id", "sha256", "username", "created_at")


@dataclass(frozen=True)
class RegisteredDocument:
    id: str
    kind: str
    reference: str | None
    sha256: str
    username: str
    created_at: str


def insert(
    db: Database,
    document_id: str,
    kind: str,
    case_id: int | None,
    sha256: str,
    username: str,
    created_at: str,
) -> None:
    writes.insert(db, TABLE, COLUMNS, [(document_id, kind, case_id, sha256, username, created_at)])


def latest(db: Database, limit: int = 200) -> list[RegisteredDocument]:
    """The newest entries of the register first, with the reference of their case if any."""
    return [
        RegisteredDocument(str(r[0]), str(r[1]), r[2], str(r[3]), str(r[4]), str(r[5]))
        for r in db.all(
            "SELECT d.id, d.kind, c.reference, d.sha256, d.username, d.created_at FROM document d"
            " LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.created_at DESC LIMIT ?",
            (limit,),
        )
    ]
