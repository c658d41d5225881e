"""The document register: every generated PDF, export and backup, by hash, who and when."""

from __future__ import annotations

from dataclasses import dataclass

from caseintake.services.session import Session
from caseintake.storage.audit import now_utc
from caseintake.storage.ids import new_id


@dataclass(frozen=True)
class RegisteredDocument:
    id: str
    kind: str
    reference: str | None
    sha256: str
    username: str
    created_at: str


def new_document_id() -> str:
    return new_id()


def register_document(
    session: Session, kind: str, case_id: int | None, sha256: str, document_id: str | None = None
) -> str:
    document_id = document_id or new_document_id()
    with session.db.atomic():
        session.db.execute(
            "INSERT INTO document (id, kind, case_id, sha256, username, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (document_id, kind, case_id, sha256, session.username, now_utc()),
        )
        session.audit("document.register", "document", document_id, {"kind": kind, "sha256": sha256})
    return document_id


def list_documents(session: Session, limit: int = 200) -> list[RegisteredDocument]:
    return [
        RegisteredDocument(*r)
        for r in session.db.all(
            "SELECT d.id, d.kind, c.reference, d.sha256, d.username, d.created_at FROM document d"
            " LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.created_at DESC LIMIT ?",
            (limit,),
        )
    ]
