"""The leak guard's index: keyed digests of every vault term of the office, and who they belong to.

The guard must know the vault values of every protected person of the office, while a user's
keys open only the identities of the cases that user may reveal. So the guard keeps no values:
each canonical term (`domain.leak_terms`) is stored as a keyed BLAKE2b digest, written when the
value is written (the writer holds the plaintext then), with the case, the owner (a person, or
a shelter referral for a placement) and the vault field. A digest says nothing without the key
and a guess; the key lives inside the encrypted database.

`guard_version` in `meta` changes with every write, so a cached digest set knows when to reload.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from caseintake.domain.leak_terms import FIELD_PLACEMENT, identity_terms, placement_terms
from caseintake.storage.database import Database

OWNER_PERSON = "p"
OWNER_REFERRAL = "r"
DIGEST_SIZE = 12

SCHEMA = (
    """CREATE TABLE guard_term (
        digest BLOB NOT NULL,
        owner TEXT NOT NULL CHECK (owner IN ('p', 'r')),
        owner_id INTEGER NOT NULL,
        case_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        PRIMARY KEY (digest, owner, owner_id, field)
    ) WITHOUT ROWID""",
    "CREATE INDEX guard_term_by_owner ON guard_term(owner, owner_id)",
    # Every digest indexed, once: what the guard loads into memory, a read of distinct values
    # instead of a DISTINCT over every term of the office. A replaced term's digest stays (with
    # no owner left it blocks nothing) until cases are removed (`delete_case_terms`).
    "CREATE TABLE guard_digest (digest BLOB PRIMARY KEY) WITHOUT ROWID",
)


@dataclass(frozen=True)
class GuardRow:
    owner: str
    owner_id: int
    case_id: int
    field: str


class TermDigester:
    """Digests canonical terms with the office's guard key (kept inside the encrypted database)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, term: str) -> bytes:
        return hashlib.blake2b(term.encode(), key=self._key, digest_size=DIGEST_SIZE).digest()


def create_key(db: Database) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('guard_key', ?)", (secrets.token_hex(32),))
    db.execute("INSERT INTO meta (key, value) VALUES ('guard_version', '0')")


def digester(db: Database) -> TermDigester:
    return TermDigester(bytes.fromhex(str(db.scalar("SELECT value FROM meta WHERE key = 'guard_key'"))))


def version(db: Database) -> int:
    return int(db.scalar("SELECT value FROM meta WHERE key = 'guard_version'"))


def bump(db: Database) -> None:
    """Tell every cached guard to reload (its digests or allowed words changed)."""
    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'guard_version'")


def replace_terms(
    db: Database,
    owner: str,
    owners: Sequence[tuple[int, int, Iterable[tuple[str, str]]]],
    digest: TermDigester | None = None,
    *,
    new: bool = False,
) -> None:
    """Set the terms of each (owner id, case id, [(field, term)]), replacing what was there
    (`new`: records just inserted, which have nothing to replace)."""
    if not owners:
        return
    digest = digest or digester(db)
    if not new:
        db.executemany(
            "DELETE FROM guard_term WHERE owner = ? AND owner_id = ?", [(owner, oid) for oid, _, _ in owners]
        )
    rows = sorted(
        (digest(term), owner, owner_id, case_id, field)
        for owner_id, case_id, terms in owners
        for field, term in terms
    )  # in key order: a batch then writes each page of these random-keyed tables once
    db.executemany(
        "INSERT OR IGNORE INTO guard_term (digest, owner, owner_id, case_id, field) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    digests = [(d,) for d in dict.fromkeys(row[0] for row in rows)]
    db.executemany("INSERT OR IGNORE INTO guard_digest (digest) VALUES (?)", digests)
    bump(db)


def all_digests(db: Database) -> set[bytes]:
    return {row[0] for row in db.all("SELECT digest FROM guard_digest")}


def owners_of(db: Database, digest: bytes, *, skip: Callable[[GuardRow], bool], limit: int) -> list[GuardRow]:
    """Up to `limit` owners of a digest that `skip` does not rule out (an allowed word).

    A term shared by thousands of people (a common surname) is a hit whoever else holds it; the
    block names a few of them, so the look-up stops there instead of reading every owner.
    """
    found: list[GuardRow] = []
    cursor = db.execute("SELECT owner, owner_id, case_id, field FROM guard_term WHERE digest = ?", (digest,))
    for row in cursor:
        owner = GuardRow(*row)
        if not skip(owner):
            found.append(owner)
            if len(found) >= limit:
                break
    cursor.close()
    return found


def case_terms(db: Database, case_id: int) -> list[tuple[bytes, str, int, str]]:
    """(digest, owner, owner id, field) of one case, for the editor's highlighting and sync."""
    return [
        (row[0], row[1], row[2], row[3])
        for row in db.all(
            "SELECT g.digest, g.owner, g.owner_id, g.field FROM guard_term g"
            " WHERE g.owner = 'p' AND g.owner_id IN (SELECT id FROM person WHERE case_id = ?1)"
            " UNION ALL SELECT g.digest, g.owner, g.owner_id, g.field FROM guard_term g"
            " WHERE g.owner = 'r' AND g.owner_id IN (SELECT id FROM referral WHERE case_id = ?1)",
            (case_id,),
        )
    ]


def delete_case_terms(db: Database, case_ids: Sequence[int], *, scan: bool = False) -> None:
    """Delete the terms of these cases, then every digest no term holds any more: a copy that
    kept them would still carry keyed digests of those people's names (and of names they once
    had), which anyone holding the copy's key could test guesses against. Call before the
    cases' people and referrals go.

    `scan`: the terms in one pass over the whole table, cheaper than the look-ups when the cases
    are a large share of the office's."""
    if not case_ids:
        return
    cases = json.dumps(list(case_ids))
    if scan:
        db.execute("DELETE FROM guard_term WHERE case_id IN (SELECT value FROM json_each(?))", (cases,))
    else:
        clear_case_terms(db, case_ids)
    db.execute(
        "DELETE FROM guard_digest WHERE NOT EXISTS"
        " (SELECT 1 FROM guard_term g WHERE g.digest = guard_digest.digest)"
    )


def clear_case_terms(db: Database, case_ids: Sequence[int]) -> None:
    """Delete the terms of these cases; their digests stay (a case's terms about to be written
    again). The terms are found through their owners, as `case_terms` finds them: people and
    referrals are never removed but with their case, and both are indexed by case, whereas
    `guard_term` is not, and a look-up by `case_id` would read every term of the office."""
    cases = json.dumps(list(case_ids))
    for owner, table in ((OWNER_PERSON, "person"), (OWNER_REFERRAL, "referral")):
        db.execute(
            f"DELETE FROM guard_term WHERE owner = '{owner}' AND owner_id IN"  # nosec B608 - constants
            f" (SELECT id FROM {table} WHERE case_id IN (SELECT value FROM json_each(?)))",
            (cases,),
        )


IdentityRow = tuple[int, int, str, str, "str | None", "str | None", "str | None", "str | None"]


def index_identities(
    db: Database, rows: Iterable[IdentityRow], digest: TermDigester | None = None, *, new: bool = False
) -> None:
    """Index vault rows as stored: (person id, case id, legal name, aliases JSON, birth date
    ISO, address, school, contact)."""
    owners = [(row[0], row[1], stored_identity_terms(row[2:])) for row in rows]
    replace_terms(db, OWNER_PERSON, owners, digest, new=new)


def stored_identity_terms(values: Sequence[str | None]) -> list[tuple[str, str]]:
    """(field, term) of one person's vault values as stored (legal name, aliases JSON, birth date
    ISO, address, school, contact). Pure Python: a bulk writer may compute it in another process."""
    legal_name, aliases, birth, address, school, contact = values
    return identity_terms(
        legal_name or "",
        json.loads(aliases) if aliases else [],
        None if not birth else date.fromisoformat(birth),
        address,
        school,
        contact,
    )


def index_placements(
    db: Database,
    rows: Iterable[tuple[int, int, str, str, str | None]],
    digest: TermDigester | None = None,
    *,
    new: bool = False,
) -> None:
    """Index referrals as stored: (referral id, case id, kind, agency, note); only a shelter
    referral names a placement, so the others get no terms (and lose any they had)."""
    owners = [
        (
            rid,
            case_id,
            [(FIELD_PLACEMENT, t) for t in placement_terms(agency, note)] if kind == "shelter" else [],
        )
        for rid, case_id, kind, agency, note in rows
    ]
    replace_terms(db, OWNER_REFERRAL, owners, digest, new=new)
