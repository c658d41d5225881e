"""Sealed bundles (issue 15): only the receiver reads one, only the sender's key writes one, and
no byte of the file changes unnoticed."""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import replace
from typing import Any

import pytest

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, InvalidInput, PermissionDenied
from caseintake.interchange import bundle
from caseintake.interchange.bundle import FORMAT, MAGIC, Header, new_device_keys, open_sealed, peek, seal

OFFICE = "3f2b8c1e-5d6a-4e7f-9a0b-1c2d3e4f5a6b"
OTHER_OFFICE = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"
LAPTOP, HUB, OTHER_LAPTOP = 7, 1, 8
CANARY = "Canary-Payload-Text-4f1e"

HUB_BOX, HUB_BOX_PUBLIC, _, _ = new_device_keys()
_, _, LAPTOP_SEED, LAPTOP_VERIFY = new_device_keys()
_, _, OTHER_SEED, OTHER_VERIFY = new_device_keys()
KNOWN = {LAPTOP: LAPTOP_VERIFY, OTHER_LAPTOP: OTHER_VERIFY}


def _header(**changes: Any) -> Header:
    header = Header(
        format=FORMAT,
        office=OFFICE,
        sender=LAPTOP,
        receiver=HUB,
        number=1,
        created_at="2026-03-02T01:15:00+00:00",
    )
    return replace(header, **changes)


def _payload(note: str = CANARY) -> dict[str, Any]:
    return {
        "changes": [
            {"case": "CI-2026-00042", "field": "summary", "value": f"AAA moved to a shelter. {note}"},
            {"case": "CI-2026-00042", "field": "status", "value": "in_court"},
        ],
        "acknowledged": 41,
        "text": "Bañuelos: naïve ünïcode ✓",
    }


def _sealed(payload: dict[str, Any] | None = None, *, seed: bytes = LAPTOP_SEED, **changes: Any) -> bytes:
    return seal(
        _payload() if payload is None else payload,
        _header(**changes),
        signing_seed=seed,
        recipient_public=HUB_BOX_PUBLIC,
    )


def _open(data: bytes, **changes: Any) -> tuple[Header, dict[str, Any]]:
    arguments: dict[str, Any] = {
        "office": OFFICE,
        "receiver": HUB,
        "private_key": HUB_BOX,
        "verify_key_of": KNOWN.get,
    }
    arguments.update(changes)
    return open_sealed(data, **arguments)


def _refused(data: bytes, **changes: Any) -> CaseintakeError:
    with pytest.raises(CaseintakeError) as refused:
        _open(data, **changes)
    return refused.value


def _split(data: bytes) -> tuple[bytes, bytes]:
    """The header bytes (magic line included) and the sealed part."""
    end = data.index(b"\n", len(MAGIC)) + 1
    return data[:end], data[end:]


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


# -- what goes in comes out -------------------------------------------------------------------


def test_a_bundle_opens_to_its_header_and_payload() -> None:
    data = _sealed()
    header, payload = _open(data)
    assert header == _header() and payload == _payload()
    assert peek(data) == header


def test_the_header_is_readable_without_a_key_and_holds_no_case_data() -> None:
    data = _sealed()
    head = _split(data)[0]
    assert head.startswith(MAGIC)
    assert set(json.loads(head[len(MAGIC) :])) == {
        "format",
        "office",
        "sender",
        "receiver",
        "number",
        "created_at",
    }
    assert CANARY.encode() not in data and b"CI-2026-00042" not in data
    assert CANARY.encode("utf-16-le") not in data


def test_new_device_keys_are_four_raw_32_byte_values() -> None:
    keys = new_device_keys()
    assert [len(k) for k in keys] == [32, 32, 32, 32] and len(set(keys)) == 4


# -- refusals, each with its code and exit status ---------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a bundle at all",
        MAGIC,
        MAGIC + b"{}\n",
        MAGIC + b"[1,2]\n" + b"x" * 100,
        MAGIC + b"{" * 5000,  # no line end where the header must end
    ],
)
def test_a_file_that_is_not_a_bundle_is_damaged(data: bytes) -> None:
    for attempt in (lambda: peek(data), lambda: _open(data)):
        with pytest.raises(IntegrityProblem) as refused:
            attempt()
        assert refused.value.code == "bundle_damaged" and refused.value.exit_status == 4


def _with_header(data: bytes, raw: dict[str, Any], *, canonical: bool = True) -> bytes:
    text = json.dumps(raw, sort_keys=True, separators=(",", ":")) if canonical else json.dumps(raw)
    return MAGIC + text.encode() + b"\n" + _split(data)[1]


@pytest.mark.parametrize(
    "change",
    [
        {"format": "caseintake-bundle/2"},
        {"office": "not-a-uuid"},
        {"office": OFFICE.upper()},
        {"sender": 0},
        {"sender": "7"},
        {"receiver": True},
        {"number": -1},
        {"number": 1.0},
        {"created_at": "2026-03-02T09:15:00+08:00"},
        {"created_at": "2026-03-02T01:15:00"},
        {"created_at": "yesterday"},
        {"extra": "x"},
    ],
)
def test_a_garbled_or_unknown_header_is_damaged(change: dict[str, Any]) -> None:
    data = _sealed()
    raw = json.loads(_split(data)[0][len(MAGIC) :]) | change
    with pytest.raises(IntegrityProblem) as refused:
        peek(_with_header(data, raw))
    assert refused.value.code == "bundle_damaged"
    assert _refused(_with_header(data, raw)).code == "bundle_damaged"


def test_a_header_in_another_spelling_of_the_same_values_is_damaged() -> None:
    data = _sealed()
    raw = json.loads(_split(data)[0][len(MAGIC) :])
    assert _refused(_with_header(data, raw, canonical=False)).code == "bundle_damaged"


@pytest.mark.parametrize(
    ("arguments", "error", "code"),
    [
        ({"office": OTHER_OFFICE}, PermissionDenied, "bundle_other_office"),
        ({"receiver": OTHER_LAPTOP}, PermissionDenied, "bundle_other_device"),
        ({"verify_key_of": lambda sender: None}, PermissionDenied, "bundle_unknown_sender"),
        ({"private_key": new_device_keys()[0]}, IntegrityProblem, "bundle_tampered"),
        ({"verify_key_of": lambda sender: OTHER_VERIFY}, IntegrityProblem, "bundle_tampered"),
    ],
)
def test_each_refusal_has_its_code_and_exit_status(
    arguments: dict[str, Any], error: type[CaseintakeError], code: str
) -> None:
    refused = _refused(_sealed(), **arguments)
    assert type(refused) is error and refused.code == code
    assert refused.exit_status == {IntegrityProblem: 4, PermissionDenied: 5}[error]
    assert CANARY not in str(refused) and OFFICE not in str(refused)


def test_the_wrong_office_is_said_in_one_sentence() -> None:
    refused = _refused(_sealed(), office=OTHER_OFFICE)
    assert str(refused) == "This bundle belongs to another office's hub; nothing was applied."
    assert refused.params == {}


def test_an_unknown_sender_is_named_by_its_device_number_only() -> None:
    seen: list[int] = []

    def revoked(sender: int) -> bytes | None:
        seen.append(sender)
        return None

    refused = _refused(_sealed(), verify_key_of=revoked)
    assert seen == [LAPTOP] and refused.params == {"sender": str(LAPTOP)}


# -- tampering ---------------------------------------------------------------------------------


def test_a_one_byte_flip_anywhere_in_the_sealed_part_is_refused() -> None:
    data = _sealed()
    start = len(_split(data)[0])
    for at in range(start, len(data)):
        refused = _refused(_flipped(data, at))
        assert refused.code == "bundle_tampered", at


def test_a_cut_or_lengthened_sealed_part_is_refused() -> None:
    data = _sealed()
    head, sealed = _split(data)
    for changed in (head, head + sealed[:40], data[:-1], data + b"\0"):
        assert _refused(changed).code == "bundle_tampered"


def test_a_one_byte_flip_anywhere_in_the_header_is_refused() -> None:
    data = _sealed()
    codes = set()
    for at in range(len(_split(data)[0])):
        codes.add(_refused(_flipped(data, at)).code)
    # which refusal depends on the byte (a digit of the receiver: another device), never none
    assert "bundle_damaged" in codes and "bundle_tampered" in codes
    assert codes <= {
        "bundle_damaged",
        "bundle_tampered",
        "bundle_other_office",
        "bundle_other_device",
        "bundle_unknown_sender",
    }


def test_an_edited_header_that_still_reads_well_is_refused() -> None:
    data = _sealed(number=5)
    _, sealed = _split(data)
    for edit in ({"number": 6}, {"created_at": "2026-03-03T01:15:00+00:00"}, {"sender": OTHER_LAPTOP}):
        edited = MAGIC + bundle._header_line(_header(**{"number": 5, **edit})) + sealed
        assert _refused(edited).code == "bundle_tampered", edit


def test_a_bundle_signed_by_another_device_key_is_refused() -> None:
    """Device 8 is enrolled and holds the hub's public key, but cannot write as device 7."""
    forged = _sealed(seed=OTHER_SEED)
    assert peek(forged).sender == LAPTOP
    assert _refused(forged).code == "bundle_tampered"
    honest = _sealed(seed=OTHER_SEED, sender=OTHER_LAPTOP)
    assert _open(honest)[0].sender == OTHER_LAPTOP


def test_swapping_headers_between_two_bundles_is_refused() -> None:
    first, second = _sealed(number=1), _sealed(_payload("second"), number=2)
    assert _open(first)[0].number == 1 and _open(second)[0].number == 2
    head_1, sealed_1 = _split(first)
    head_2, sealed_2 = _split(second)
    assert _refused(head_2 + sealed_1).code == "bundle_tampered"
    assert _refused(head_1 + sealed_2).code == "bundle_tampered"


# -- the payload inside ------------------------------------------------------------------------


def test_a_payload_that_unpacks_beyond_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    zeros = {"padding": "0" * 2_000_000}
    data = _sealed(zeros)
    assert len(data) < 10_000  # two megabytes of zeros pack small
    monkeypatch.setattr(bundle, "MAX_PAYLOAD", 1_000_000)
    refused = _refused(data)
    assert type(refused) is IntegrityProblem and refused.code == "bundle_damaged"


def test_a_payload_at_the_limit_still_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = {"padding": "0" * 1000}
    size = len(bundle._canonical(payload))
    monkeypatch.setattr(bundle, "MAX_PAYLOAD", size)
    assert _open(_sealed(payload))[1] == payload
    monkeypatch.setattr(bundle, "MAX_PAYLOAD", size - 1)
    assert _refused(_sealed_inside(zlib.compress(bundle._canonical(payload)))).code == "bundle_damaged"


def test_sealing_a_payload_beyond_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "MAX_PAYLOAD", 100)
    with pytest.raises(InvalidInput) as refused:
        _sealed({"padding": "0" * 200})
    assert refused.value.code == "bundle_too_large" and refused.value.exit_status == 1


def _sealed_inside(compressed: bytes) -> bytes:
    """A correctly signed and sealed bundle around any compressed bytes."""
    return bundle._sealed_file(_header(), compressed, LAPTOP_SEED, HUB_BOX_PUBLIC)


@pytest.mark.parametrize(
    "compressed",
    [
        zlib.compress(b"[1, 2, 3]"),
        zlib.compress(b'"text"'),
        zlib.compress(b'{"a": NaN}'),
        zlib.compress(b'{"a": 1'),
        zlib.compress(b'{"a": "\xff"}'),
        zlib.compress(b"{}")[:-3],  # cut short
        zlib.compress(b"{}") + b"more",  # something after the end
        b"not zlib at all",
        b"",
    ],
)
def test_a_signed_payload_that_is_not_a_json_object_is_damaged(compressed: bytes) -> None:
    refused = _refused(_sealed_inside(compressed))
    assert type(refused) is IntegrityProblem and refused.code == "bundle_damaged"


def test_a_header_the_reader_would_refuse_is_not_sealed() -> None:
    with pytest.raises(ValueError):
        _sealed(office="not-a-uuid")


# -- size --------------------------------------------------------------------------------------


def _journal(count: int) -> list[dict[str, Any]]:
    """Change-journal-like entries: ten short fields each, values as varied as real ones."""
    rng = random.Random(15)
    fields = ["status", "summary", "province", "assigned_to", "outcome", "starts_at", "note"]
    return [
        {
            "change": rng.getrandbits(62),
            "case": f"CI-2026-{rng.randrange(100000):05d}",
            "entity": rng.choice(["case", "person", "referral", "hearing", "note"]),
            "entity_id": rng.getrandbits(40),
            "field": rng.choice(fields),
            "old": rng.choice(["scheduled", "held", "pending", "accepted", "Cebu", None]),
            "new": rng.choice(["postponed", "held", "completed", "declined", "Bohol", "in_court"]),
            "user": rng.choice(["jdelacruz", "msantos", "rreyes", "agarcia"]),
            "at": f"2026-03-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
            "version": rng.randrange(1, 40),
        }
        for _ in range(count)
    ]


def test_a_thousand_changes_make_a_small_bundle() -> None:
    payload = {"changes": _journal(1000)}
    data = _sealed(payload)
    empty = len(_sealed({}))
    per_change = (len(data) - empty) / 1000
    print(
        f"\nbundle: 1000 changes, JSON {len(bundle._canonical(payload))} B, file {len(data)} B, "
        f"{per_change:.0f} B per change; an empty bundle is {empty} B"
    )
    assert per_change < 300
    assert _open(data)[1] == payload
