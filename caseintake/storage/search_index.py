"""Keeping the full-text indexes in step with the tables they cover.

Three FTS5 tables, all inside the encrypted database: `case_search` (one row per case: reference,
status, region, offenses, source, pseudonyms, summary, referrals, hearings, evidence;
prefix-indexed for search as you type),
`note_search` (one row per case holding all its notes, so a match is a case id with no lookup in
the large note table) and `identity_search` (keyed hashes of vault words, one row per case,
written by `identity_store` when the values are at hand, and queried only for users who may
reveal that case). Rebuilding is set-based SQL, so one case and a whole
import batch go through the same statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from caseintake.storage.database import Database

_CASE_BODY = """
SELECT c.id, concat_ws(' ', c.reference, c.status, c.region, c.province, c.source_kind, c.source_reference,
  t.summary,
  (SELECT group_concat(o.offense, ' ') FROM case_offense o WHERE o.case_id = c.id),
  (SELECT group_concat(concat_ws(' ', p.pseudonym, p.name), ' ') FROM person p WHERE p.case_id = c.id),
  (SELECT group_concat(concat_ws(' ', r.agency, r.note), ' ') FROM referral r WHERE r.case_id = c.id),
  (SELECT group_concat(concat_ws(' ', h.court, h.branch, h.docket, h.location, h.outcome, h.notes), ' ')
     FROM hearing h WHERE h.case_id = c.id),
  (SELECT group_concat(concat_ws(' ', e.description, e.custodian, e.reference), ' ')
     FROM evidence e WHERE e.case_id = c.id))
FROM cases c JOIN case_text t ON t.case_id = c.id
"""


def refresh_cases(db: Database, case_ids: Sequence[int]) -> None:
    """Rewrite the case index rows of these cases (identity rows: `identity_store.refresh_case`)."""
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM case_search WHERE rowid IN ({marks})", chunk)
        db.execute(f"INSERT INTO case_search (rowid, body) {_CASE_BODY} WHERE c.id IN ({marks})", chunk)


def index_new_cases(db: Database, first_id: int, last_id: int) -> None:
    """Index a freshly inserted, contiguous range of cases and their notes in one pass each."""
    bounds = (first_id, last_id)
    db.execute(f"INSERT INTO case_search (rowid, body) {_CASE_BODY} WHERE c.id BETWEEN ? AND ?", bounds)
    db.execute(
        "INSERT INTO note_search (rowid, body) SELECT case_id, group_concat(text, ' ') FROM note"
        " WHERE case_id BETWEEN ? AND ? GROUP BY case_id",
        bounds,
    )


def refresh_notes(db: Database, case_id: int) -> None:
    """Re-index the notes of one case after a note was added or edited."""
    db.execute("DELETE FROM note_search WHERE rowid = ?", (case_id,))
    db.execute(
        "INSERT INTO note_search (rowid, body) SELECT case_id, group_concat(text, ' ') FROM note"
        " WHERE case_id = ? GROUP BY case_id",
        (case_id,),
    )


def match_expression(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix.

    Words are quoted, so FTS5 operators typed by a user (NEAR, OR, quotes, '*') are plain text.
    """
    words = []
    for raw in text.replace('"', " ").split():
        token = "".join(ch for ch in raw if ch.isalnum() or ch in "-_./@")
        for part in (
            token.replace("-", " ")
            .replace("/", " ")
            .replace(".", " ")
            .replace("_", " ")
            .replace("@", " ")
            .split()
        ):
            words.append(f'"{part}"*')
    return " ".join(words) if words else None
