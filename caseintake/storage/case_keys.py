"""Per-case identity keys and the key ring of the person who unlocked.

Every case has its own 32-byte identity key; vault values are AES-256-GCM ciphertext under it.
The case key is sealed (libsodium sealed box) to each holder allowed to reveal the case: the
assigned social worker's X25519 public key, and the office reveal key, whose private half is in
turn sealed to every lawyer and supervisor and to the recovery key. Public keys live in
`user_key` (one row per key pair ever issued, so old audit signatures stay checkable); private
keys live only in the key slots. So a social worker's slot opens the case keys of her own cases
and no others, whatever program reads the database.
"""

from __future__ import annotations

import logging
import secrets
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from caseintake.domain.errors import IntegrityProblem, PermissionDenied
from caseintake.storage import writes
from caseintake.storage.database import Database
from caseintake.storage.keyslots import HolderKeys, seal_to, unseal_with

log = logging.getLogger(__name__)

OFFICE_HOLDER = "office-reveal"
RECOVERY_HOLDER = "recovery-key"
SYSTEM_AUTHOR = "system"


@dataclass
class KeyRing:
    """The unlocked holder's private keys, kept in memory with the connection."""

    holder: str
    key_id: int
    keys: HolderKeys
    _office: bytes | None = None
    _cases: dict[int, bytes] = field(default_factory=dict)

    @property
    def signer(self) -> SigningKey:
        return SigningKey(self.keys.sign_seed)

    def forget(self) -> None:
        self._office = None
        self._cases.clear()


_rings: weakref.WeakKeyDictionary[Database, KeyRing] = weakref.WeakKeyDictionary()


def attach(db: Database, ring: KeyRing) -> None:
    _rings[db] = ring


def ring_of(db: Database) -> KeyRing | None:
    return _rings.get(db)


def detach(db: Database) -> None:
    ring = _rings.pop(db, None)
    if ring is not None:
        ring.forget()


# -- holders ------------------------------------------------------------------------------------


_KEY_COLUMNS = ("id", "holder", "box_public", "sign_public", "created_at")


def _retire(db: Database, holder: str, now: str) -> None:
    current = db.all("SELECT id FROM user_key WHERE holder = ? AND retired_at IS NULL", (holder,))
    writes.update_many(db, "user_key", ("retired_at",), ("id",), [(now, int(r[0])) for r in current])


def _add_key(db: Database, holder: str, box_public: bytes, sign_public: bytes | None, now: str) -> int:
    # Existing key ids are never renumbered: the audit chain's signatures cover them.
    key_id = writes.row_ids(db).take("user_key")
    writes.insert(db, "user_key", _KEY_COLUMNS, [(key_id, holder, box_public, sign_public, now)])
    return key_id


def register_holder(db: Database, holder: str, keys: HolderKeys, now: str) -> int:
    """Publish a holder's public keys; an earlier key pair of the same holder is retired."""
    _retire(db, holder, now)
    return _add_key(db, holder, keys.box_public, bytes(SigningKey(keys.sign_seed).verify_key), now)


def key_ids_of(db: Database, holder: str) -> list[int]:
    """Every key pair a holder was ever issued, retired ones included."""
    return [int(r[0]) for r in db.all("SELECT id FROM user_key WHERE holder = ?", (holder,))]


def drop_grants(db: Database, key_ids: Sequence[int]) -> None:
    """Remove the case keys and the office grant sealed to these key pairs."""
    writes.delete(db, "case_key", {"holder": list(key_ids)})
    writes.delete(db, "reveal_grant", {"holder": list(key_ids)})


def current_key_id(db: Database, holder: str) -> int | None:
    value = db.scalar(
        "SELECT id FROM user_key WHERE holder = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1", (holder,)
    )
    return None if value is None else int(value)


def _box_public(db: Database, key_id: int) -> bytes:
    value = db.scalar("SELECT box_public FROM user_key WHERE id = ?", (key_id,))
    if value is None:
        raise IntegrityProblem(
            "A key of this database is missing (user_key); run 'caseintake check'.", code="user_key_missing"
        )
    return bytes(value)


# -- the office reveal key ----------------------------------------------------------------------


def _escrow_key(db: Database) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"", info=b"caseintake office escrow").derive(
        db.key
    )


def create_office_key(db: Database, now: str) -> bytes:
    """A new office reveal key pair. Until a supervisor or the recovery key has taken it into
    its own keys, its private half waits in `meta`, wrapped under the database key."""
    private = bytes(PrivateKey.generate())
    public = bytes(PrivateKey(private).public_key)
    # Schema upgrade 3 creates the key before upgrade 7 would choose the device number: choose it now.
    writes.ensure_device_number(db)
    key_id = _add_key(db, OFFICE_HOLDER, public, None, now)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('office_key_id', ?)", (str(key_id),))
    nonce = secrets.token_bytes(12)
    wrapped = nonce + AESGCM(_escrow_key(db)).encrypt(nonce, private, b"office escrow")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('office_key_escrow', ?)", (wrapped.hex(),))
    return private


def escrowed_office_key(db: Database) -> bytes | None:
    value = db.scalar("SELECT value FROM meta WHERE key = 'office_key_escrow'")
    if value is None:
        return None
    raw = bytes.fromhex(str(value))
    try:
        return AESGCM(_escrow_key(db)).decrypt(raw[:12], raw[12:], b"office escrow")
    except InvalidTag:
        raise IntegrityProblem(
            "The office key held during an upgrade is damaged.", code="escrowed_office_key_damaged"
        ) from None


def drop_escrow(db: Database) -> None:
    db.execute("DELETE FROM meta WHERE key = 'office_key_escrow'")
    log.info("office key escrow removed: every holder has its own keys")


def office_key_id(db: Database) -> int:
    value = db.scalar("SELECT value FROM meta WHERE key = 'office_key_id'")
    if value is None:
        raise IntegrityProblem(
            "This database has no office reveal key; run 'caseintake check'.", code="no_office_key"
        )
    return int(value)


def grant_office(db: Database, office_private: bytes, key_id: int) -> None:
    """Let one holder (a lawyer, a supervisor, the recovery key) reveal every case."""
    sealed = seal_to(_box_public(db, key_id), office_private)
    writes.delete(db, "reveal_grant", {"holder": key_id})
    writes.insert(db, "reveal_grant", ("holder", "sealed"), [(key_id, sealed)])


def office_private(db: Database, ring: KeyRing | None = None) -> bytes | None:
    """The office reveal key, if the unlocked holder has been granted it."""
    ring = ring or ring_of(db)
    if ring is None:
        return None
    if ring._office is None:
        sealed = db.scalar("SELECT sealed FROM reveal_grant WHERE holder = ?", (ring.key_id,))
        if sealed is not None:
            try:
                ring._office = unseal_with(ring.keys.box_private, bytes(sealed))
            except CryptoError:
                raise IntegrityProblem(
                    "This account's office key grant is damaged.", code="office_grant_damaged"
                ) from None
        else:
            ring._office = escrowed_office_key(db)
    return ring._office


# -- case keys ----------------------------------------------------------------------------------


_CASE_KEY_COLUMNS = ("case_id", "holder", "sealed")


def assignee_key(db: Database, user_id: int) -> int | None:
    """The key a case assigned to `user_id` is sealed to, besides the office key: only social
    workers hold case keys themselves (lawyers and supervisors reveal through the office key)."""
    row = db.one("SELECT role, key_id FROM users WHERE id = ?", (user_id,))
    if row is None or row[0] != "social_worker" or row[1] is None:
        return None
    return int(row[1])


def seal_new_case_keys(db: Database, cases: Sequence[tuple[int, int]]) -> dict[int, bytes]:
    """Fresh keys for new cases given as (case id, assigned user id); returns them by case id."""
    office = office_key_id(db)
    office_public = _box_public(db, office)
    holders: dict[int, tuple[int, bytes] | None] = {}
    keys: dict[int, bytes] = {}
    rows: list[tuple[int, int, bytes]] = []
    for case_id, user_id in cases:
        key = secrets.token_bytes(32)
        keys[case_id] = key
        rows.append((case_id, office, seal_to(office_public, key)))
        if user_id not in holders:
            key_id = assignee_key(db, user_id)
            holders[user_id] = None if key_id is None else (key_id, _box_public(db, key_id))
        holder = holders[user_id]
        if holder is not None:
            rows.append((case_id, holder[0], seal_to(holder[1], key)))
    writes.insert(db, "case_key", _CASE_KEY_COLUMNS, rows)
    ring = ring_of(db)
    if ring is not None:
        ring._cases.update(keys)
    return keys


def case_key(db: Database, case_id: int) -> bytes:
    """The identity key of one case, if the unlocked holder may have it; else PermissionDenied."""
    ring = ring_of(db)
    if ring is None:
        raise PermissionDenied("The identity keys are not unlocked.", code="identity_keys_locked")
    cached = ring._cases.get(case_id)
    if cached is not None:
        return cached
    own = db.scalar("SELECT sealed FROM case_key WHERE case_id = ? AND holder = ?", (case_id, ring.key_id))
    try:
        if own is not None:
            key = unseal_with(ring.keys.box_private, bytes(own))
        else:
            office = office_private(db, ring)
            sealed = db.scalar(
                "SELECT sealed FROM case_key WHERE case_id = ? AND holder = ?", (case_id, office_key_id(db))
            )
            if office is None or sealed is None:
                raise PermissionDenied(
                    "The identity key of this case was not shared with this account.",
                    code="case_key_not_shared",
                )
            key = unseal_with(office, bytes(sealed))
    except CryptoError:
        raise IntegrityProblem(
            "The identity key of a case is damaged; run 'caseintake check'.", code="case_key_damaged"
        ) from None
    ring._cases[case_id] = key
    return key


def case_key_via_office(db: Database, case_id: int, office: bytes) -> bytes:
    sealed = db.scalar(
        "SELECT sealed FROM case_key WHERE case_id = ? AND holder = ?", (case_id, office_key_id(db))
    )
    if sealed is None:
        raise IntegrityProblem(
            "The identity key of a case is missing; run 'caseintake check'.", code="case_key_missing"
        )
    return unseal_with(office, bytes(sealed))


def reassign(db: Database, case_id: int, user_id: int) -> None:
    """After a case changed hands: only the new assignee (and the office key) can open it.

    Call inside the transaction that changes `cases.assigned_to`; needs the office key, which
    only lawyers and supervisors hold (and only supervisors may reassign)."""
    office = office_private(db)
    if office is None:
        raise PermissionDenied("Only a supervisor may reassign a case.", code="reassign_not_supervisor")
    key = case_key_via_office(db, case_id, office)
    others = db.all(
        "SELECT holder FROM case_key WHERE case_id = ? AND holder != ?", (case_id, office_key_id(db))
    )
    writes.delete(db, "case_key", {"case_id": case_id, "holder": [int(r[0]) for r in others]})
    holder = assignee_key(db, user_id)
    if holder is not None:
        writes.insert(
            db, "case_key", _CASE_KEY_COLUMNS, [(case_id, holder, seal_to(_box_public(db, holder), key))]
        )


def share_assigned(db: Database, user_id: int, office: bytes) -> int:
    """Seal the keys of every case assigned to a social worker that she cannot open yet (her
    first unlock after an upgrade, or new key pairs after a recovery). Returns how many."""
    holder = assignee_key(db, user_id)
    if holder is None:
        return 0
    public = _box_public(db, holder)
    missing = [
        int(r[0])
        for r in db.all(
            "SELECT c.id FROM cases c WHERE c.assigned_to = ?"
            " AND NOT EXISTS (SELECT 1 FROM case_key k WHERE k.case_id = c.id AND k.holder = ?)",
            (user_id, holder),
        )
    ]
    rows = [
        (case_id, holder, seal_to(public, case_key_via_office(db, case_id, office))) for case_id in missing
    ]
    writes.insert(db, "case_key", _CASE_KEY_COLUMNS, rows)
    return len(rows)


def drop_holder(db: Database, holder: str, now: str) -> None:
    """A disabled account: its case keys and office grant go, its public keys stay (retired) so
    the audit events it signed can still be checked."""
    drop_grants(db, key_ids_of(db, holder))
    _retire(db, holder, now)


# -- field encryption ---------------------------------------------------------------------------


def encrypt_field(key: bytes, person_uuid: str, name: str, value: str | None) -> bytes | None:
    if value is None:
        return None
    nonce = secrets.token_bytes(12)
    aad = f"{person_uuid}:{name}".encode()
    return nonce + AESGCM(key).encrypt(nonce, value.encode("utf-8"), aad)


def decrypt_field(key: bytes, person_uuid: str, name: str, blob: bytes | None) -> str | None:
    if blob is None:
        return None
    raw = bytes(blob)
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], f"{person_uuid}:{name}".encode()).decode("utf-8")
    except (InvalidTag, ValueError):
        raise IntegrityProblem(
            "A vault value does not decrypt with its case key (damaged or moved); run 'caseintake check'.",
            code="vault_value_damaged",
        ) from None


def holders_of(db: Database, case_ids: Iterable[int]) -> dict[int, set[str]]:
    """Who can open each case's key (for tests and `check`)."""
    found: dict[int, set[str]] = {}
    for case_id in case_ids:
        found[case_id] = {
            str(r[0])
            for r in db.all(
                "SELECT u.holder FROM case_key k JOIN user_key u ON u.id = k.holder WHERE k.case_id = ?",
                (case_id,),
            )
        }
    return found
