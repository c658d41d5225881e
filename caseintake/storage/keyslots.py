"""Key slots: the sidecar file that lets each user's passphrase unwrap the database key.

The database key is 32 random bytes. Each user's passphrase goes through Argon2id to a key that
wraps the database key with AES-256-GCM; the recovery key does the same through HKDF (it is
already high-entropy). Slots are found by a salted hash of the user name, so the file names no
one. A plain SHA-256 checksum catches accidental damage before any unlock; an HMAC keyed from the
database key catches deliberate edits after unlock. The file changes only when keys change.
"""

from __future__ import annotations

import base64
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

from caseintake.domain.errors import AuthenticationFailed, IntegrityProblem, NotADatabase, WrongPassphrase
from caseintake.storage.files import atomic_write

FORMAT = "caseintake-keys/1"
RECOVERY_SLOT = "recovery"
_RECOVERY_BYTES = 20
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


#: RFC 9106's second recommended setting; about 0.1 s on a 2-core laptop.
DEFAULT_KDF = Argon2Params()


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
        raise WrongPassphrase("That is not a recovery key: it has 32 letters and digits in groups of four.")
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
        }
        return cls(path, data)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        if not path.exists():
            raise NotADatabase(
                f"The key file {path.name} is missing, so this is not a usable caseintake database."
            )
        try:
            slots = cls.from_bytes(path, path.read_bytes())
        except IntegrityProblem:
            raise IntegrityProblem(f"The key file {path.name} is damaged or was altered.") from None
        if not isinstance(slots._data.get("slots"), dict):
            raise IntegrityProblem(f"The key file {path.name} is damaged or was altered.")
        return slots

    def save(self) -> None:
        atomic_write(self.path, self.to_bytes())

    @classmethod
    def from_bytes(cls, path: Path, raw: bytes) -> KeySlots:
        """Parse slots carried inside a backup, checked like the file itself."""
        damaged = IntegrityProblem("The key slots inside the backup are damaged or were altered.")
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise damaged from None
        if not isinstance(data, dict):
            raise damaged
        checksum = data.pop("checksum", None)
        if (
            data.get("format") != FORMAT
            or not isinstance(checksum, str)
            or not hmac.compare_digest(checksum, hashlib.sha256(_canonical(data)).hexdigest())
        ):
            raise damaged
        return cls(path, data)

    def to_bytes(self) -> bytes:
        body = dict(self._data)
        body["checksum"] = hashlib.sha256(_canonical(self._data)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode("utf-8")

    @property
    def database_id(self) -> str:
        return str(self._data["database_id"])

    # -- slots ---------------------------------------------------------------------------------

    def slot_id(self, username: str) -> str:
        salt = _unb64(self._data["lookup_salt"])
        return hashlib.sha256(salt + username.encode("utf-8")).hexdigest()

    def has_user(self, username: str) -> bool:
        return self.slot_id(username) in self._data["slots"]

    def _wrap(self, slot: str, wrapping_key: bytes, db_key: bytes) -> dict[str, str]:
        nonce = secrets.token_bytes(12)
        aad = f"{self.database_id}:{slot}".encode()
        return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(wrapping_key).encrypt(nonce, db_key, aad))}

    def _unwrap(self, slot: str, entry: dict[str, Any], wrapping_key: bytes) -> bytes:
        aad = f"{self.database_id}:{slot}".encode()
        try:
            return AESGCM(wrapping_key).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), aad)
        except (InvalidTag, KeyError, ValueError):
            raise WrongPassphrase("Wrong passphrase.") from None

    def set_user(
        self, username: str, passphrase: str, db_key: bytes, params: Argon2Params | None = None
    ) -> None:
        params = params or DEFAULT_KDF
        salt = secrets.token_bytes(16)
        slot = self.slot_id(username)
        entry: dict[str, Any] = {
            "kdf": {
                "name": "argon2id",
                "t": params.time_cost,
                "m": params.memory_kib,
                "p": params.parallelism,
                "salt": _b64(salt),
            },
        }
        entry.update(self._wrap(slot, _argon2(passphrase, salt, params), db_key))
        self._data["slots"][slot] = entry

    def remove_user(self, username: str) -> None:
        self._data["slots"].pop(self.slot_id(username), None)

    def unwrap_user(self, username: str, passphrase: str) -> bytes:
        slot = self.slot_id(username)
        entry = self._data["slots"].get(slot)
        if entry is None:
            # Spend the same time as a real try so the answer's timing reveals nothing more.
            _argon2(passphrase, b"\0" * 16, DEFAULT_KDF)
            raise AuthenticationFailed(f"No user named {username!r} can unlock this database.")
        kdf = entry.get("kdf", {})
        try:
            params = Argon2Params(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
            salt = _unb64(kdf["salt"])
        except (KeyError, TypeError, ValueError):
            raise IntegrityProblem(f"The key file {self.path.name} is damaged or was altered.") from None
        try:
            return self._unwrap(slot, entry, _argon2(passphrase, salt, params))
        except WrongPassphrase:
            raise WrongPassphrase(f"Wrong passphrase for {username!r}.") from None

    def set_recovery(self, recovery_key: str, db_key: bytes) -> None:
        salt = secrets.token_bytes(16)
        wrapping = _hkdf(normalize_recovery_key(recovery_key), salt, b"caseintake recovery slot")
        entry: dict[str, Any] = {"kdf": {"name": "hkdf-sha256", "salt": _b64(salt)}}
        entry.update(self._wrap(RECOVERY_SLOT, wrapping, db_key))
        self._data["slots"][RECOVERY_SLOT] = entry

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        entry = self._data["slots"].get(RECOVERY_SLOT)
        if entry is None:
            raise AuthenticationFailed("This database has no recovery key slot.")
        try:
            salt = _unb64(entry["kdf"]["salt"])
        except (KeyError, TypeError, ValueError):
            raise IntegrityProblem(f"The key file {self.path.name} is damaged or was altered.") from None
        wrapping = _hkdf(normalize_recovery_key(recovery_key), salt, b"caseintake recovery slot")
        try:
            return self._unwrap(RECOVERY_SLOT, entry, wrapping)
        except WrongPassphrase:
            raise WrongPassphrase("Wrong recovery key.") from None

    # -- authenticity --------------------------------------------------------------------------

    def _mac(self, db_key: bytes) -> str:
        mac_key = _hkdf(db_key, b"", b"caseintake key slots mac")
        signed = {k: self._data[k] for k in ("format", "database_id", "lookup_salt", "slots")}
        return hmac.new(mac_key, _canonical(signed), hashlib.sha256).hexdigest()

    def seal(self, db_key: bytes) -> None:
        self._data["mac"] = self._mac(db_key)

    def verify_seal(self, db_key: bytes) -> None:
        stored = self._data.get("mac")
        if not isinstance(stored, str) or not hmac.compare_digest(stored, self._mac(db_key)):
            raise IntegrityProblem(
                f"The key file {self.path.name} was altered: its slots do not match the database."
            )


def new_database_key() -> bytes:
    return os.urandom(32)
