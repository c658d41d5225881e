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

import re
from collections.abc import Sequence

from caseintake.storage.database import Database

#: The longest prefix the case and note indexes keep (`prefix = '1 2 3 4'` in migrations): a
#: longer typed word is answered by FTS5 merging every word it starts, at each use.
PREFIX_INDEXED = 4
#: The term lists (fts5vocab, schema upgrade 10) of the two indexes a search reads.
TERM_TABLES = {"case_search": "case_search_terms", "note_search": "note_search_terms"}
#: A longer word standing for more index words than this is not rewritten (see `row_expression`).
MOST_TERMS = 16
#: What a case reference looks like, or its start from the year on: `CI-2026-00042`, `CI-2026-000`,
#: `CI-2026` (the office prefix, `domain.validation.office_prefix`; then year and serial).
_REFERENCE_START = re.compile(r"[A-Z][A-Z0-9]{0,9}-\d{4}(?:-\d{0,9})?")
_MATCH_WORD = re.compile(r'"([^"]*)"\*')

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


#: A bulk write (import, demo) of at least this many cases that adds at least one case in
#: `MERGE_SHARE` of those then held merges each index into a single segment (FTS5 `optimize`).
#: Every write transaction leaves a segment behind, and a search reads every segment: merged,
#: search as you type at 100,000 cases went from p95 122 to 55 ms (docs/PERFORMANCE.md). The
#: merge rewrites the whole index, so it waits until the new cases are a good share of it: its
#: cost, spread over the cases written, stays bounded however large the office grows.
MERGE_AFTER = 1000
MERGE_SHARE = 10
#: The indexes a merge rewrites.
_MERGED = ("case_search", "note_search", "identity_search")


def merge_after_bulk(db: Database, added: int) -> bool:
    """Merge the search indexes after `added` cases were written in bulk, when they are worth
    it (see `MERGE_AFTER`); inside the caller's transaction. True when merged."""
    if added < MERGE_AFTER:
        return False
    # Counted only as far as the answer needs: at 1,000,000 cases a full count took 90 ms.
    enough = added * MERGE_SHARE
    held = int(db.scalar("SELECT count(*) FROM (SELECT 1 FROM cases LIMIT ?)", (enough + 1,)) or 0)
    if enough < held:
        return False
    for table in _MERGED:
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # nosec B608 - constant names
    return True


#: Index pages one idle tidy step (`tidy_step`) writes: 20–40 ms at 1,000,000 cases on this
#: project's 2-core benchmark machine (63–94 ms at worst), so a search typed meanwhile waits at
#: most that long.
TIDY_PAGES = 100
#: The fewest segments on one level that FTS5's own `merge` command merges (its `usermerge`
#: option, 4 unless set): 2 lets the idle tidy gather a day's small segments into one.
_GATHER_FROM = 2


#: What a tidy step did (`tidy_step`): nothing worth doing, gathered small segments (or went on
#: with a merge already begun), or began merging an index into a single segment.
TIDY_DONE = ""
TIDY_GATHERED = "gathered"
TIDY_REWRITING = "rewriting"
#: An index in more segments than this, after gathering, is worth rewriting when that is allowed.
_FEWEST_KEPT = 2


def tidy_step(db: Database, *, rewrite: bool = True) -> str:
    """One small step of tidying the search indexes, inside the caller's transaction: what it did
    (`TIDY_GATHERED`, `TIDY_REWRITING`: another step may follow), or `TIDY_DONE` when there is
    nothing worth doing, having changed no index.

    Each write transaction leaves a small segment in each index it touches, FTS5 merges them
    only four at a time on one level, and every search reads every segment. The tidy first
    gathers the small segments of each level into one (a few milliseconds: they are small),
    leaving the large segment and at most one small one per level. Only merging those into the
    large one, which rewrites the whole index, brings it back to one segment; it is worth it
    where the walk asks the index about each case (at 1,000,000 cases `live link` with notes
    takes about 125 ms in five segments, 40 ms in one) but costs 25 s of steps and 400 MB of
    writes at that size. So it is begun when `rewrite` allows it and more than `_FEWEST_KEPT`
    segments remain, or whatever `rewrite` says once the small segments hold one part in
    `MERGE_SHARE` of the index (a large share: the rewrite is cheap beside what was written).
    A merge cut short goes on at the next step, whichever it was. FTS5's `merge` writes about
    the pages it is given, so each step is bounded; the application runs them while nobody is
    typing (`ui/search_tidy.py`)."""
    for table in _MERGED:
        if segments(db, table) > 1 and _merged(db, table, _gathered_pages(db, table)):
            return TIDY_GATHERED
    for table in _MERGED:
        sizes = _segment_sizes(db, table)
        rest = sum(sizes) - max(sizes, default=0)
        worth = rest * MERGE_SHARE >= sum(sizes) or (rewrite and len(sizes) > _FEWEST_KEPT)
        if len(sizes) > 1 and worth and _merged(db, table, -TIDY_PAGES):
            return TIDY_REWRITING
    return TIDY_DONE


def _gathered_pages(db: Database, table: str) -> int:
    """The page count of a step that merges only segments on the same level (from two up)."""
    setting = f"SELECT v FROM {table}_config WHERE k = 'usermerge'"  # nosec B608 - constant names
    if db.scalar(setting) != _GATHER_FROM:
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('usermerge', ?)", (_GATHER_FROM,))  # nosec B608
    return TIDY_PAGES


def _merged(db: Database, table: str, pages: int) -> bool:
    """Run FTS5's `merge` for about `pages` pages (negative: across levels); True if it did."""
    before = db.total_changes
    db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (pages,))  # nosec B608 - constant names
    return db.total_changes - before >= 2  # FTS5: fewer than two changes, nothing was merged


def _segment_sizes(db: Database, table: str) -> list[int]:
    """Each segment's size, in entries of the index's page directory (about its pages)."""
    sql = f"SELECT count(*) FROM {table}_idx GROUP BY segid"  # nosec B608 - constant names
    return [int(row[0]) for row in db.all(sql)]


def segments(db: Database, table: str) -> int:
    """How many segments an index holds (what a search has to read through)."""
    if table not in _MERGED:
        raise ValueError(f"not a search index: {table}")
    return int(db.scalar(f"SELECT count(DISTINCT segid) FROM {table}_idx") or 0)  # nosec B608


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


def index_copied(db: Database) -> None:
    """Index every case and its notes of a database whose rows were copied in without their
    index rows (a laptop's copy built at the hub)."""
    db.execute(f"INSERT INTO case_search (rowid, body) {_CASE_BODY}")
    db.execute(
        "INSERT INTO note_search (rowid, body)"
        " SELECT case_id, group_concat(text, ' ') FROM note GROUP BY case_id"
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


def reference_start(text: str) -> str | None:
    """The typed text as the start of a case reference (upper case), if it looks like one."""
    candidate = text.strip().upper()
    return candidate if _REFERENCE_START.fullmatch(candidate) else None


def row_expression(db: Database, table: str, match: str) -> str | None:
    """The search `match` (made by `match_expression`) in a form that is cheap to test against ONE
    case, or None when there is none.

    A word of up to `PREFIX_INDEXED` letters is read from its prefix index, which FTS5 seeks into;
    a longer one, as typed, makes FTS5 merge the lists of every index word it starts each time it
    is asked, so a test per case would cost that much per case. It is written instead as the
    index words it starts, looked up in the index's term list: `"traffi"*` becomes
    `("trafficked" OR "trafficking")`, the same cases. Only plain ASCII words are rewritten (their
    index form is their lower case); others, and words standing for many index words, give None.
    """
    parts: list[str] = []
    for word in _MATCH_WORD.findall(match):
        if len(word) <= PREFIX_INDEXED:
            parts.append(f'"{word}"*')
            continue
        if not (word.isascii() and word.isalnum()):
            return None
        terms = _terms_starting(db, TERM_TABLES[table], word.lower(), MOST_TERMS + 1)
        if len(terms) > MOST_TERMS:
            return None
        # No index word starts with it: the word itself is not an index word either, so the
        # exact term matches nothing, as the prefix does.
        parts.append("(" + " OR ".join(f'"{t}"' for t in terms or [word.lower()]) + ")")
    # FTS5 reads "(a OR b) c" as an error: the AND is written out.
    return " AND ".join(parts) if parts else None


def _terms_starting(db: Database, terms_table: str, start: str, most: int) -> list[str]:
    """The distinct index words starting with `start` (ASCII), at most `most` of them: one seek
    per word in the term list, never a walk over the cases a word is in."""
    end = start[:-1] + chr(ord(start[-1]) + 1)
    found: list[str] = []
    low = start
    sql = f"SELECT term FROM {terms_table} WHERE term >= ? AND term < ? LIMIT 1"  # nosec B608 - constant names
    while len(found) < most:
        term = db.scalar(sql, (low, end))
        if term is None:
            break
        found.append(str(term))
        low = f"{term}\x00"  # the next word after this one: no word holds a NUL
    return found
