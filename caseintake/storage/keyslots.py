"""Key slots: the sidecar file that lets each user's passphrase reach the database key.

Each user (and the recovery key) holds an X25519 key pair and an Ed25519 signing key. The private
halves are wrapped with AES-256-GCM under a key derived from the passphrase (Argon2id) or the
recovery key (HKDF); the database key is sealed to the public half (libsodium sealed box). So the
database key can be re-sealed for every remaining user without their passphrases (key rotation),
and a passphrase change rewrites one slot without touching the database.

Slots are found by a salted hash of the user name, so the file names no one. The file also
carries the key epoch (the database's `meta.key_epoch` must agree), a pending next epoch while a
key change is half done, the audit chain head, and per-slot failed-unlock counters. A SHA-256
checksum catches accidental damage before any unlock; an HMAC keyed from the database key covers
everything but the counters (which change when no key is known) against deliberate edits.

Files written before version 2 hold slots that wrap the database key directly ("legacy"); they
still unlock, and are converted the first time their owner unlocks.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from caseintake.domain.errors import AuthenticationFailed, IntegrityProblem, NotADatabase, WrongPassphrase
from caseintake.storage.files import atomic_write

FORMAT = "caseintake-keys/2"
_LEGACY_FORMAT = "caseintake-keys/1"
RECOVERY_SLOT = "recovery"
_RECOVERY_BYTES = 20
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
#: The one sentence for an unknown user name and a wrong passphrase: which names exist is no one's
#: business before they unlock.
UNLOCK_REFUSED = "Wrong user name or passphrase."
_SIGNED_FIELDS = ("format", "database_id", "lookup_salt", "slots", "epoch", "pending", "audit_head")


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


#: RFC 9106's second recommended setting; about 0.1 s on a 2-core laptop.
DEFAULT_KDF = Argon2Params()


@dataclass(frozen=True)
class HolderKeys:
    """The private keys a slot holds: X25519 (unsealing) and the Ed25519 seed (signing)."""

    box_private: bytes
    sign_seed: bytes

    @classmethod
    def generate(cls) -> HolderKeys:
        return cls(bytes(PrivateKey.generate()), secrets.token_bytes(32))

    @property
    def box_public(self) -> bytes:
        return bytes(PrivateKey(self.box_private).public_key)


@dataclass(frozen=True)
class OpenedSlot:
    """What one slot gave up: the database key (and the next one while a rotation is pending),
    and the holder's private keys (None for a legacy slot, which has none yet)."""

    db_key: bytes
    pending_key: bytes | None
    holder: HolderKeys | None


def sidecar_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def new_recovery_key() -> str:
    """160 random bits as eight groups of four base32 letters, easy to copy by hand."""
    raw = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalize_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != 32 or any(ch not in _B32 for ch in cleaned):
        raise WrongPassphrase(
            "That is not a recovery key: it has 32 letters and digits in groups of four.",
            code="not_a_recovery_key",
        )
    return base64.b32decode(cleaned)


def _argon2(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def seal_to(public: bytes, secret: bytes) -> bytes:
    return SealedBox(PublicKey(public)).encrypt(secret)


def unseal_with(private: bytes, sealed: bytes) -> bytes:
    return SealedBox(PrivateKey(private)).decrypt(sealed)


class KeySlots:
    """The parsed sidecar. Mutations change memory only; `save` replaces the file atomically."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self._data = data

    # -- loading and saving -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, database_id: str) -> KeySlots:
        data: dict[str, Any] = {
            "format": FORMAT,
            "database_id": database_id,
            "lookup_salt": _b64(secrets.token_bytes(16)),
            "slots": {},
            "epoch": 1,
            "pending": None,
            "audit_head": None,
            "unlock": {},
        }
        return cls(path, data)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        if not path.exists():
            raise NotADatabase(
                f"The key file {path.name} is missing, so this is not a usable caseintake database.",
                code="key_file_missing_unusable",
                params={"key_file": path.name},
            )
        try:
            slots = cls.from_bytes(path, path.read_bytes())
        except IntegrityProblem:
            raise IntegrityProblem(
                f"The key file {path.name} is damaged or was altered.",
                code="key_file_damaged",
                params={"key_file": path.name},
            ) from None
        if not isinstance(slots._data.get("slots"), dict):
            raise IntegrityProblem(
                f"The key file {path.name} is damaged or was altered.",
                code="key_file_damaged",
                params={"key_file": path.name},
            )
        return slots

    def save(self) -> None:
        atomic_write(self.path, self.to_bytes())

    @classmethod
    def from_bytes(cls, path: Path, raw: bytes) -> KeySlots:
        """Parse slots carried inside a backup, checked like the file itself."""
        damaged = IntegrityProblem(
            "The key slots inside the backup are damaged or were altered.", code="backup_key_slots_damaged"
        )
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise damaged from None
        if not isinstance(data, dict):
            raise damaged
        checksum = data.pop("checksum", None)
        if (
            data.get("format") not in (FORMAT, _LEGACY_FORMAT)
            or not isinstance(checksum, str)
            or not hmac.compare_digest(checksum, hashlib.sha256(_canonical(data)).hexdigest())
        ):
            raise damaged
        if data["format"] == _LEGACY_FORMAT:
            # Read as version 2 with epoch 0 (the database has none either); the MAC still covers
            # only the version-1 fields until the file is next sealed.
            data.setdefault("epoch", 0)
            data.setdefault("pending", None)
            data.setdefault("audit_head", None)
        data.setdefault("unlock", {})
        return cls(path, data)

    def to_bytes(self) -> bytes:
        body = dict(self._data)
        body["checksum"] = hashlib.sha256(_canonical(self._data)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode("utf-8")

    @property
    def database_id(self) -> str:
        return str(self._data["database_id"])

    @property
    def epoch(self) -> int:
        return int(self._data.get("epoch", 0))

    @property
    def pending_epoch(self) -> int | None:
        pending = self._data.get("pending")
        return int(pending["epoch"]) if isinstance(pending, dict) else None

    @property
    def audit_head(self) -> dict[str, Any] | None:
        head = self._data.get("audit_head")
        return dict(head) if isinstance(head, dict) else None

    def set_audit_head(self, head: dict[str, Any]) -> None:
        self._data["audit_head"] = head

    # -- slots ---------------------------------------------------------------------------------

    def slot_id(self, username: str) -> str:
        salt = _unb64(self._data["lookup_salt"])
        return hashlib.sha256(salt + username.encode("utf-8")).hexdigest()

    def has_user(self, username: str) -> bool:
        return self.slot_id(username) in self._data["slots"]

    def legacy_slots(self) -> int:
        """Slots still in the version-1 layout (their owners have not unlocked since)."""
        return sum(1 for entry in self._data["slots"].values() if "box_public" not in entry)

    def slot_names(self) -> list[str]:
        return list(self._data["slots"])

    def copy_for(self, path: Path, keep: list[str], db_key: bytes) -> KeySlots:
        """The key file of a copy of this database under `db_key` (a laptop enrolled at the hub):
        only the slots of the users in `keep` and the recovery slot, each given the copy's key.
        The slots keep their passphrases and private keys; no failed-unlock count travels."""
        wanted = {self.slot_id(name) for name in keep} | {RECOVERY_SLOT}
        data = copy.deepcopy(self._data)
        data["slots"] = {slot: entry for slot, entry in data["slots"].items() if slot in wanted}
        if any("box_public" not in entry for entry in data["slots"].values()):
            raise IntegrityProblem(
                "A key slot for this laptop has not been used since the database was upgraded; have its"
                " owner unlock once at the office, then enrol again.",
                code="enrol_legacy_slot",
            )
        data["unlock"], data["pending"] = {}, None
        for entry in data["slots"].values():
            entry["db_key"] = _b64(seal_to(_unb64(entry["box_public"]), db_key))
        slots = KeySlots(path, data)
        slots.seal(db_key)
        return slots

    def _aad(self, slot: str, version: int) -> bytes:
        base = f"{self.database_id}:{slot}"
        return base.encode() if version == 1 else f"{base}:v2".encode()

    def _fill(
        self, slot: str, entry: dict[str, Any], wrapping: bytes, keys: HolderKeys, db_key: bytes
    ) -> None:
        nonce = secrets.token_bytes(12)
        secret = keys.box_private + keys.sign_seed
        entry["nonce"] = _b64(nonce)
        entry["wrapped"] = _b64(AESGCM(wrapping).encrypt(nonce, secret, self._aad(slot, 2)))
        entry["box_public"] = _b64(keys.box_public)
        entry["db_key"] = _b64(seal_to(keys.box_public, db_key))
        self._data["slots"][slot] = entry

    def _open(self, slot: str, entry: dict[str, Any], wrapping: bytes) -> OpenedSlot:
        legacy = "box_public" not in entry
        try:
            secret = AESGCM(wrapping).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped"]), self._aad(slot, 1 if legacy else 2)
            )
        except (InvalidTag, KeyError, ValueError):
            raise WrongPassphrase(UNLOCK_REFUSED, code="unlock_refused") from None
        if legacy:
            return OpenedSlot(secret, None, None)
        keys = HolderKeys(secret[:32], secret[32:64])
        try:
            db_key = unseal_with(keys.box_private, _unb64(entry["db_key"]))
            pending = self._data.get("pending")
            sealed_next = pending.get("db_keys", {}).get(slot) if isinstance(pending, dict) else None
            next_key = unseal_with(keys.box_private, _unb64(sealed_next)) if sealed_next else None
        except (CryptoError, KeyError, ValueError):
            raise IntegrityProblem(
                f"The key file {self.path.name} is damaged or was altered.",
                code="key_file_damaged",
                params={"key_file": self.path.name},
            ) from None
        return OpenedSlot(db_key, next_key, keys)

    def set_user(
        self,
        username: str,
        passphrase: str,
        db_key: bytes,
        keys: HolderKeys,
        params: Argon2Params | None = None,
    ) -> None:
        params = params or DEFAULT_KDF
        salt = secrets.token_bytes(16)
        entry: dict[str, Any] = {
            "kdf": {
                "name": "argon2id",
                "t": params.time_cost,
                "m": params.memory_kib,
                "p": params.parallelism,
                "salt": _b64(salt),
            },
        }
        self._fill(self.slot_id(username), entry, _argon2(passphrase, salt, params), keys, db_key)

    def remove_user(self, username: str) -> None:
        slot = self.slot_id(username)
        self._data["slots"].pop(slot, None)
        pending = self._data.get("pending")
        if isinstance(pending, dict):
            pending.get("db_keys", {}).pop(slot, None)

    def open_user(self, username: str, passphrase: str) -> OpenedSlot:
        slot = self.slot_id(username)
        entry = self._data["slots"].get(slot)
        if entry is None:
            # Spend the same time as a real try, and answer in the same words.
            _argon2(passphrase, b"\0" * 16, DEFAULT_KDF)
            raise AuthenticationFailed(UNLOCK_REFUSED, code="unlock_refused")
        kdf = entry.get("kdf", {})
        try:
            params = Argon2Params(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
            salt = _unb64(kdf["salt"])
        except (KeyError, TypeError, ValueError):
            raise IntegrityProblem(
                f"The key file {self.path.name} is damaged or was altered.",
                code="key_file_damaged",
                params={"key_file": self.path.name},
            ) from None
        return self._open(slot, entry, _argon2(passphrase, salt, params))

    def set_recovery(self, recovery_key: str, db_key: bytes, keys: HolderKeys) -> None:
        salt = secrets.token_bytes(16)
        wrapping = _hkdf(normalize_recovery_key(recovery_key), salt, b"caseintake recovery slot")
        entry: dict[str, Any] = {"kdf": {"name": "hkdf-sha256", "salt": _b64(salt)}}
        self._fill(RECOVERY_SLOT, entry, wrapping, keys, db_key)

    def open_recovery(self, recovery_key: str) -> OpenedSlot:
        entry = self._data["slots"].get(RECOVERY_SLOT)
        if entry is None:
            raise AuthenticationFailed("This database has no recovery key slot.", code="no_recovery_slot")
        try:
            salt = _unb64(entry["kdf"]["salt"])
        except (KeyError, TypeError, ValueError):
            raise IntegrityProblem(
                f"The key file {self.path.name} is damaged or was altered.",
                code="key_file_damaged",
                params={"key_file": self.path.name},
            ) from None
        wrapping = _hkdf(normalize_recovery_key(recovery_key), salt, b"caseintake recovery slot")
        try:
            return self._open(RECOVERY_SLOT, entry, wrapping)
        except WrongPassphrase:
            raise WrongPassphrase("Wrong recovery key.", code="wrong_recovery_key") from None

    def unwrap_user(self, username: str, passphrase: str) -> bytes:
        """The database key alone (for tools and tests that need nothing else)."""
        return self.open_user(username, passphrase).db_key

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        return self.open_recovery(recovery_key).db_key

    def rewrap_user(self, username: str, passphrase: str, keys: HolderKeys, db_key: bytes) -> None:
        """A new passphrase for the same private keys (a passphrase change)."""
        self.set_user(username, passphrase, db_key, keys)

    # -- epochs: a key change is written in two steps so a crash leaves a state unlock accepts --

    def begin_epoch(self, next_db_key: bytes | None = None) -> int:
        """Announce the next epoch (and, for a rotation, the next database key sealed to every
        remaining slot). Returns the new epoch number, which the database must then record."""
        new_epoch = self.epoch + 1
        pending: dict[str, Any] = {"epoch": new_epoch}
        if next_db_key is not None:
            pending["db_keys"] = {
                slot: _b64(seal_to(_unb64(entry["box_public"]), next_db_key))
                for slot, entry in self._data["slots"].items()
            }
        self._data["pending"] = pending
        return new_epoch

    def finish_epoch(self) -> None:
        """The database reached the pending epoch: make it the current one."""
        pending = self._data.get("pending")
        if not isinstance(pending, dict):
            return
        for slot, sealed in pending.get("db_keys", {}).items():
            if slot in self._data["slots"]:
                self._data["slots"][slot]["db_key"] = sealed
        self._data["epoch"] = int(pending["epoch"])
        self._data["pending"] = None

    def abandon_epoch(self) -> None:
        self._data["pending"] = None

    # -- failed unlocks (not covered by the MAC: they are written when no key is known) -------

    def failures(self, slot: str) -> tuple[int, float]:
        entry = self._data.get("unlock", {}).get(slot)
        if entry is None:
            return 0, 0.0
        return int(entry["failures"]), float(entry["last_failure"])

    def set_failures(self, slot: str, failures: int, last_failure: float) -> None:
        table = self._data.setdefault("unlock", {})
        if failures:
            table[slot] = {"failures": failures, "last_failure": last_failure}
        else:
            table.pop(slot, None)

    # -- authenticity --------------------------------------------------------------------------

    def _mac(self, db_key: bytes) -> str:
        mac_key = _hkdf(db_key, b"", b"caseintake key slots mac")
        fields = _SIGNED_FIELDS if self._data.get("format") == FORMAT else _SIGNED_FIELDS[:4]
        signed = {k: self._data.get(k) for k in fields}
        return hmac.new(mac_key, _canonical(signed), hashlib.sha256).hexdigest()

    def seal(self, db_key: bytes) -> None:
        self._data["format"] = FORMAT
        self._data["mac"] = self._mac(db_key)

    def verify_seal(self, db_key: bytes) -> None:
        stored = self._data.get("mac")
        if not isinstance(stored, str) or not hmac.compare_digest(stored, self._mac(db_key)):
            raise IntegrityProblem(
                f"The key file {self.path.name} was altered: its slots do not match the database.",
                code="key_file_altered",
                params={"key_file": self.path.name},
            )


def new_database_key() -> bytes:
    return os.urandom(32)
