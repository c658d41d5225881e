"""The identity vault's one home: encrypted values and the keyed-hash search terms.

Each value is AES-256-GCM ciphertext under its case's identity key (see `case_keys`), bound to
the person and field, so a value cannot be moved to another person or field unnoticed.

Search: `identity_search` holds, per case, keyed hashes (HMAC-SHA256 with a random key from
`meta`, truncated to 64 bits) of every prefix (1 to 10 characters) of every word of the case's
vault values, so search as you type works without a plaintext word in any index. A typed word
becomes the hash of its first ten characters; the database cannot tell what was searched.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from caseintake.domain.records import Identity
from caseintake.storage import writes
from caseintake.storage.case_keys import decrypt_field, encrypt_field, seal_new_case_keys
from caseintake.storage.database import Database

TABLE = "identity"
FIELDS = ("legal_name", "aliases", "birth_date", "address", "school", "contact")
COLUMNS = ("person_id", *FIELDS)
PREFIX_MAX = 10
_SEARCH_KEY = "identity_search_key"


def values_of(identity: Identity) -> tuple[str | None, ...]:
    """The stored text of each field, in `FIELDS` order."""
    return (
        identity.legal_name,
        json.dumps(list(identity.aliases), ensure_ascii=False),
        None if identity.birth_date is None else identity.birth_date.isoformat(),
        identity.address,
        identity.school,
        identity.contact,
    )


def identity_from(values: Sequence[str | None]) -> Identity:
    return Identity(
        legal_name=values[0] or "",
        aliases=tuple(json.loads(values[1] or "[]")),
        birth_date=None if values[2] is None else date.fromisoformat(values[2]),
        address=values[3],
        school=values[4],
        contact=values[5],
    )


def encrypt_values(key: bytes, person_uuid: str, values: Sequence[str | None]) -> tuple[bytes | None, ...]:
    return tuple(
        encrypt_field(key, person_uuid, name, value) for name, value in zip(FIELDS, values, strict=True)
    )


def decrypt_values(key: bytes, person_uuid: str, blobs: Sequence[Any]) -> tuple[str | None, ...]:
    return tuple(
        decrypt_field(key, person_uuid, name, blob) for name, blob in zip(FIELDS, blobs, strict=True)
    )


def insert_encrypted(db: Database, rows: Iterable[tuple[Any, ...]]) -> None:
    """Rows of (person row id, six encrypted values)."""
    writes.insert(db, TABLE, COLUMNS, rows)


def insert_new_cases(
    db: Database,
    cases: Sequence[tuple[Any, ...]],
    persons: Sequence[tuple[Any, ...]],
    identities: Sequence[tuple[Any, ...]],
    search_words: Mapping[int, Iterable[str]],
) -> None:
    """Keys for a batch of new cases, their vault values encrypted, and their search terms.

    Rows as `case_store` prepares them: a case row starts (id, uuid, reference, ...) with the
    assigned user's id at index 10; a person row starts (id, uuid, case id); an identity row is
    (person id, the six plaintext values). `search_words` are their words by case id
    (`case_words`), computed with the rows."""
    if not cases:
        return
    keys = seal_new_case_keys(db, [(int(r[0]), int(r[10])) for r in cases])
    owner = {int(r[0]): (int(r[2]), str(r[1])) for r in persons}
    encrypted = []
    for row in identities:
        case_id, person_uuid = owner[int(row[0])]
        encrypted.append((row[0], *encrypt_values(keys[case_id], person_uuid, row[1:])))
    insert_encrypted(db, encrypted)
    tokens = TermTokens(search_key(db))
    index_cases(db, {case_id: tokens.body(found) for case_id, found in search_words.items()})


def case_words(identities: Iterable[tuple[int, Sequence[str | None]]]) -> dict[int, set[str]]:
    """By case id, the distinct searchable words of (case id, six stored values) rows. Pure
    Python: a bulk writer may compute it in another process."""
    found: dict[int, set[str]] = {}
    for case_id, values in identities:
        found.setdefault(case_id, set()).update(_words_of(_searchable(values)))
    return found


def _words_of(values: Iterable[str | None]) -> set[str]:
    return {word for value in values if value for word in words(value)}


def write(db: Database, key: bytes, person_id: int, person_uuid: str, identity: Identity) -> None:
    """Insert or replace one person's vault values."""
    sealed = encrypt_values(key, person_uuid, values_of(identity))
    writes.delete(db, TABLE, {"person_id": person_id})
    writes.insert(db, TABLE, COLUMNS, [(person_id, *sealed)])


def exists(db: Database, person_id: int) -> bool:
    """Whether the person with this row id has vault values."""
    return db.scalar("SELECT 1 FROM identity WHERE person_id = ?", (person_id,)) is not None


def read(db: Database, key: bytes, person_id: int, person_uuid: str) -> Identity | None:
    row = db.one(
        "SELECT legal_name, aliases, birth_date, address, school, contact FROM identity WHERE person_id = ?",
        (person_id,),
    )
    return None if row is None else identity_from(decrypt_values(key, person_uuid, row))


def case_values(db: Database, key: bytes, case_id: int) -> list[tuple[str | None, ...]]:
    """Every vault value of one case, decrypted (for its search terms)."""
    return [
        decrypt_values(key, str(r[0]), r[1:])
        for r in db.all(
            "SELECT p.uuid, i.legal_name, i.aliases, i.birth_date, i.address, i.school, i.contact"
            " FROM identity i JOIN person p ON p.id = i.person_id WHERE p.case_id = ?",
            (case_id,),
        )
    ]


# -- keyed-hash search terms --------------------------------------------------------------------


_WORD = re.compile(r"[^\W_]+")  # a run of characters for which `str.isalnum()` is true


def words(text: str) -> list[str]:
    """Lower-case words without accents, split like the full-text index splits them."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _WORD.findall(folded)


def search_key(db: Database) -> bytes:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (_SEARCH_KEY,))
    if value is None:
        key = secrets.token_bytes(32)
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_SEARCH_KEY, key.hex()))
        return key
    return bytes.fromhex(str(value))


def _token(key: bytes, prefix: str) -> str:
    digest = hmac.digest(key, prefix.encode("utf-8"), "sha256")[:8]
    return base64.b32encode(digest).decode("ascii").rstrip("=").lower()


class TermTokens:
    """Tokens already computed under one search key, by word: names and places repeat across the
    cases of a batch, and a keyed hash per prefix costs more than everything else in a case's terms."""

    def __init__(self, key: bytes) -> None:
        self.key = key
        self._words: dict[str, list[str]] = {}
        self._prefixes: dict[str, str] = {}

    def body(self, found: Iterable[str]) -> str:
        """The index row of one case from its distinct words: the token of every prefix of every
        word, once each."""
        tokens: set[str] = set()
        for word in found:
            tokens.update(self._of_word(word))
        return " ".join(sorted(tokens))

    def _of_word(self, word: str) -> list[str]:
        tokens = self._words.get(word)
        if tokens is None:
            known, key = self._prefixes, self.key
            tokens = []
            for end in range(1, min(len(word), PREFIX_MAX) + 1):
                prefix = word[:end]
                token = known.get(prefix)
                if token is None:
                    token = known[prefix] = _token(key, prefix)
                tokens.append(token)
            self._words[word] = tokens
        return tokens


def terms_body(key: bytes, values: Iterable[str | None], tokens: TermTokens | None = None) -> str:
    """The index row of one case from its searchable values (`TermTokens.body`).

    `tokens` (made with the same `key`) reuses the tokens of earlier cases of a batch."""
    return (TermTokens(key) if tokens is None else tokens).body(_words_of(values))


def query_expression(db: Database, text: str) -> str | None:
    """An FTS5 query over the tokens: every typed word must match (as a prefix)."""
    key = search_key(db)
    tokens = [_token(key, word[:PREFIX_MAX]) for word in words(text)]
    return " ".join(f'"{t}"' for t in tokens) if tokens else None


def index_cases(db: Database, bodies: Mapping[int, str]) -> None:
    """Replace the identity index rows of these cases."""
    ids = list(bodies)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"DELETE FROM identity_search WHERE rowid IN ({marks})"  # nosec B608 - placeholders only
        db.execute(sql, chunk)
    db.executemany(
        "INSERT INTO identity_search (rowid, body) VALUES (?, ?)",
        [(case_id, body) for case_id, body in bodies.items() if body],
    )


def refresh_case(db: Database, key: bytes, case_id: int) -> None:
    index_cases(db, {case_id: case_body(db, key, case_id)})


def case_body(db: Database, key: bytes, case_id: int, tokens: TermTokens | None = None) -> str:
    """The identity index row of one case from its stored values (`key` opens them)."""
    values = [v for row in case_values(db, key, case_id) for v in _searchable(row)]
    return terms_body(search_key(db), values, tokens)


def _searchable(values: Sequence[str | None]) -> list[str | None]:
    aliases = json.loads(values[1] or "[]")
    return [values[0], *aliases, *values[2:]]


def searchable(values: Sequence[str | None]) -> list[str | None]:
    """The texts of one identity that search covers (aliases one by one)."""
    return _searchable(values)
