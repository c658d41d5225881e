"""The document register: every generated PDF, export and backup, by hash, who and when."""

from __future__ import annotations

from caseintake.domain.audit_actions import AuditAction
from caseintake.services.session import Session
from caseintake.storage.audit import now_utc
from caseintake.storage.ids import new_id
from caseintake.storage.records import documents
from caseintake.storage.records.documents import RegisteredDocument


def new_document_id() -> str:
    return new_id()


def register_document(
    session: Session, kind: str, case_id: int | None, sha256: str, document_id: str | None = None
) -> str:
    document_id = document_id or new_document_id()
    with session.db.atomic():
        documents.insert(session.db, document_id, kind, case_id, sha256, session.username, now_utc())
        session.audit(
            AuditAction.DOCUMENT_REGISTER, "document", document_id, {"kind": kind, "sha256": sha256}
        )
    return document_id


def list_documents(session: Session, limit: int = 200) -> list[RegisteredDocument]:
    return documents.latest(session.db, limit)
