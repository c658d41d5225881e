"""Sealed bundles: the files a laptop and the office hub exchange for team sync (issue 15).

A bundle travels on a USB stick or through a shared folder, so whoever carries it must learn
nothing from it and change nothing in it unnoticed. The file is three parts:

    caseintake sealed bundle\\n                          the magic line
    {"created_at":…,"format":…,"number":…,…}\\n        the header: routing only, no case data
    <libsodium sealed box>                            to the receiver's X25519 key

The header stays readable without a key (`peek`), so the hub can tell whose bundle a file is
before unlocking anything. Inside the sealed box: the sender's Ed25519 signature, then the
zlib-compressed canonical JSON payload. The signature covers the SHA-256 of the exact header
bytes (magic line included) and the compressed payload, so editing the header, or pairing one
bundle's header with another's sealed part, breaks it. A sealed box alone says nothing about
who made it (anyone with the receiver's public key can make one); the signature does.

Replays are the caller's to refuse: `Header.number` counts up per sender and is signed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from nacl.bindings import crypto_box_SEALBYTES
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from caseintake.domain.errors import IntegrityProblem, InvalidInput, PermissionDenied

FORMAT = "caseintake-bundle/1"
#: Decompressed bytes; a larger payload is refused (a small file must not unpack into gigabytes).
MAX_PAYLOAD = 256 * 1024 * 1024

MAGIC = b"caseintake sealed bundle\n"
#: The header line is a few hundred bytes; a file without a line end this early is no bundle.
_MAX_HEADER = 1024
#: Ed25519 keys may sign other things (audit events); this prefix keeps a bundle signature from
#: ever being taken for one of those, or the reverse.
_SIGNED_CONTEXT = FORMAT.encode("ascii") + b" signature\n"
_SIGNATURE_BYTES = 64
_ZLIB_LEVEL = 9
_MAX_NUMBER = 2**63 - 1  # fits an SQLite integer


@dataclass(frozen=True)
class Header:
    """Who wrote a bundle, for whom, and which of the sender's bundles it is. Holds no case data."""

    format: str
    office: str  # the office (hub) id, a UUID string
    sender: int  # device number of the writer
    receiver: int  # device number of the reader
    number: int  # the sender's bundle number, counting up per sender
    created_at: str  # ISO 8601, UTC


_FIELDS = tuple(f.name for f in fields(Header))


def _damaged() -> IntegrityProblem:
    return IntegrityProblem(
        "This file is not a caseintake bundle, or it is damaged; nothing was applied.",
        code="bundle_damaged",
    )


def _tampered() -> IntegrityProblem:
    return IntegrityProblem(
        "This bundle was altered after it was written, or sealed for another key; nothing was applied.",
        code="bundle_tampered",
    )


def new_device_keys() -> tuple[bytes, bytes, bytes, bytes]:
    """Fresh keys for enrolling a device: (box_private, box_public, sign_seed, verify_key),
    each 32 raw bytes. The box pair receives bundles, the signing pair writes them."""
    box = PrivateKey.generate()
    signing = SigningKey.generate()
    return bytes(box), bytes(box.public_key), bytes(signing), bytes(signing.verify_key)


# -- the header -------------------------------------------------------------------------------


def _header_line(header: Header) -> bytes:
    """The one byte form of a header: sorted keys, no spaces, ASCII, one line."""
    text = json.dumps(asdict(header), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii") + b"\n"


def _is_count(value: object) -> bool:
    return type(value) is int and 1 <= value <= _MAX_NUMBER


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_utc(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.utcoffset() == timedelta(0)


def _valid(header: Header) -> bool:
    return (
        header.format == FORMAT
        and _is_uuid(header.office)
        and _is_count(header.sender)
        and _is_count(header.receiver)
        and _is_count(header.number)
        and _is_utc(header.created_at)
    )


def _split(data: bytes) -> tuple[Header, bytes, bytes]:
    """The header, the exact bytes it was read from (magic line included), and the sealed part."""
    if not data.startswith(MAGIC):
        raise _damaged()
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise _damaged()
    line = data[len(MAGIC) : end + 1]
    try:
        raw = json.loads(line)
    except (ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(raw, dict) or set(raw) != set(_FIELDS):
        raise _damaged()
    header = Header(**raw)
    # Only the one byte form is a header: nothing rides along in spacing, escapes or key order.
    if not _valid(header) or _header_line(header) != line:
        raise _damaged()
    return header, data[: end + 1], data[end + 1 :]


def peek(data: bytes) -> Header:
    """The header of a bundle, read without any key; nothing in it is vouched for until
    `open_sealed` has checked the signature."""
    return _split(data)[0]


# -- sealing and opening ----------------------------------------------------------------------


def _signed_message(header_bytes: bytes, compressed: bytes) -> bytes:
    return _SIGNED_CONTEXT + hashlib.sha256(header_bytes).digest() + compressed


def _canonical(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _sealed_file(header: Header, compressed: bytes, signing_seed: bytes, recipient_public: bytes) -> bytes:
    head = MAGIC + _header_line(header)
    signature = SigningKey(signing_seed).sign(_signed_message(head, compressed)).signature
    return head + SealedBox(PublicKey(recipient_public)).encrypt(signature + compressed)


def seal(
    payload: Mapping[str, Any], header: Header, *, signing_seed: bytes, recipient_public: bytes
) -> bytes:
    """The bytes of a bundle file carrying `payload` (a JSON-serialisable mapping), signed with
    the sender's seed and readable only with the receiver's private key."""
    if not _valid(header):
        raise ValueError("not a valid bundle header")  # a caller's mistake, not the user's
    body = _canonical(payload)
    if len(body) > MAX_PAYLOAD:
        raise InvalidInput(
            "These changes are too large for one bundle (over 256 MB unpacked); nothing was written.",
            code="bundle_too_large",
        )
    return _sealed_file(header, zlib.compress(body, _ZLIB_LEVEL), signing_seed, recipient_public)


def _decompressed(compressed: bytes) -> bytes:
    """At most MAX_PAYLOAD bytes unpacked, whatever the compressed size suggests."""
    unpacker = zlib.decompressobj()
    try:
        body = unpacker.decompress(compressed, MAX_PAYLOAD + 1)
    except zlib.error:
        raise _damaged() from None
    if len(body) > MAX_PAYLOAD or not unpacker.eof or unpacker.unused_data:
        raise _damaged()
    return body


def _payload(body: bytes) -> dict[str, Any]:
    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        value = json.loads(body.decode("utf-8"), parse_constant=no_constant)
    except (ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(value, dict):
        raise _damaged()
    return value


def open_sealed(
    data: bytes,
    *,
    office: str,
    receiver: int,
    private_key: bytes,
    verify_key_of: Callable[[int], bytes | None],
) -> tuple[Header, dict[str, Any]]:
    """The header and payload of a bundle for this office and this device, after checking that
    it is whole and that the sender's key signed it.

    `verify_key_of(sender)` gives the sender's Ed25519 verify key, or None for a device this
    side does not know or has revoked."""
    header, header_bytes, sealed = _split(data)
    if header.office != office:
        raise PermissionDenied(
            "This bundle belongs to another office's hub; nothing was applied.", code="bundle_other_office"
        )
    if header.receiver != receiver:
        raise PermissionDenied(
            "This bundle was written for another device; nothing was applied.", code="bundle_other_device"
        )
    verify_key = verify_key_of(header.sender)
    if verify_key is None:
        raise PermissionDenied(
            f"This bundle comes from device {header.sender}, which is not enrolled here or was revoked;"
            " nothing was applied.",
            code="bundle_unknown_sender",
            params={"sender": header.sender},
        )
    if len(sealed) < crypto_box_SEALBYTES + _SIGNATURE_BYTES:
        raise _tampered()
    try:
        inner = SealedBox(PrivateKey(private_key)).decrypt(sealed)
    except CryptoError:
        raise _tampered() from None
    signature, compressed = inner[:_SIGNATURE_BYTES], inner[_SIGNATURE_BYTES:]
    try:
        VerifyKey(verify_key).verify(_signed_message(header_bytes, compressed), signature)
    except BadSignatureError:
        raise _tampered() from None
    return header, _payload(_decompressed(compressed))
