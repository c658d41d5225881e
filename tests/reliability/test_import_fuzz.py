"""Importer fuzzing: structured mutations of a valid interchange document, and byte-level damage
to its file. Every input either imports completely or is refused with one `InvalidInput`
sentence naming the case index or field, and then the database is exactly as before (row counts
of every table, reference serials, the audit head).

CI: 300 structured and 150 byte-level examples; CASEINTAKE_LONG=1: 5,000 and 2,000. The same
properties under atheris (coverage-guided) are in fuzz_import_atheris.py.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseintake.domain.errors import InvalidInput
from tests.conftest import sample_case
from tests.reliability.support import cheap_kdf, long_run

TABLES = (
    "cases",
    "case_text",
    "case_offense",
    "case_accommodation",
    "person",
    "identity",
    "referral",
    "note",
    "hearing",
    "evidence",
    "audit",
    "reference_serial",
)
# A sentence that names where: a case index and field path, or a top-level part of the file.
WHERE = re.compile(
    r"^(case \d+: [A-Za-z_'\"]|format: |cases: |The file |[^ ]+\.json[: ]|.{1,500}: unknown field at the top)"
)


def valid_document() -> dict[str, Any]:
    second = sample_case(reference="CI-2025-00007", opened_on="2025-03-04", closed_on="2025-09-01")
    second["hearings"][0].update(branch="Branch 12", location="Hall of Justice", outcome="Reset.")
    second["referrals"][0]["follow_up_on"] = "2025-04-01"
    second["persons"].append({"role": "witness", "sex": "M", "birth_year": 2010, "name": "Witness W"})
    return {"format": "caseintake/1", "cases": [sample_case(), second]}


VALID = valid_document()


@contextmanager
def fuzz_session() -> Iterator[Any]:
    """One database for all examples of a test (a fixture per example would cost seconds)."""
    from caseintake.services import users
    from caseintake.services.session import create_session

    folder = Path(tempfile.mkdtemp(prefix="caseintake-fuzz-"))
    try:
        with cheap_kdf():
            session, _ = create_session(folder / "cases.db", "sup", "supervisor passphrase")
            users.add_user(session, "worker", "social_worker", "worker passphrase")
            users.add_user(session, "lawyer", "lawyer", "lawyer passphrase")
        try:
            yield session
        finally:
            session.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fingerprint(session: Any) -> tuple[Any, ...]:
    db = session.db
    return (
        db.scalar("SELECT value FROM meta WHERE key = 'audit_head'"),
        tuple(db.all("SELECT prefix, year, last FROM reference_serial ORDER BY 1, 2")),
        *(db.scalar(f"SELECT count(*) FROM {t}") for t in TABLES),
    )


def import_or_refuse(session: Any, load: Any) -> str:
    """Run one import; return 'imported' or 'refused', after checking the all-or-nothing rule."""
    from caseintake.services.intake import add_cases

    before = fingerprint(session)
    try:
        cases = load()
        references = add_cases(session, cases)
    except InvalidInput as exc:
        message = str(exc)
        assert "\n" not in message and len(message) <= 600, message[:2000]
        assert WHERE.match(message), message
        assert fingerprint(session) == before
        return "refused"
    assert session.db.scalar("SELECT count(*) FROM cases") == before[2] + len(references)
    for reference, case in zip(references, cases, strict=True):
        row = session.db.one(
            "SELECT t.summary, (SELECT count(*) FROM person p WHERE p.case_id = c.id),"
            " (SELECT count(*) FROM note n WHERE n.case_id = c.id) FROM cases c"
            " JOIN case_text t ON t.case_id = c.id WHERE c.reference = ?",
            (reference,),
        )
        assert row == (case.summary, len(case.persons), len(case.notes))
    return "imported"


# -- structured mutations --------------------------------------------------------------------------

INTERESTING = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\t\n",
        "\u202e\u0645\u0631\u062d\u0628\u0627",
        "😀👩‍👧",
        "e\u0301",
        "\ud800",
        "2026-02-30",
        "2026-02-03T10:15:00",
        "0001-01-01",
        "9999-12-31T23:59:59+14:00",
        "CI-2026-00001",
        "XX-0000-0",
        "VII",
        "osaec_livestream",
        "' OR 1=1 --",
        '"NEAR(',
        "<img src=x>",
        "a" * 301,
        "b" * 20_001,
    ]
)
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    INTERESTING,
)
JSON = st.recursive(
    LEAF,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
HUGE = st.sampled_from([300, 301, 20_000, 20_001, 200_000, 200_001, 2_000_000])


def _places(node: Any) -> list[tuple[Any, Any]]:
    """(container, key or index) of every value in the document, the root's fields included."""
    found: list[tuple[Any, Any]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in list(items):
        found.append((node, key))
        found.extend(_places(value))
    return found


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    document: Any = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        places = _places(document)
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        operation = draw(
            st.sampled_from(
                ["delete", "rename", "replace", "huge", "wrap", "duplicate", "nest", "type", "surrogate"]
            )
        )
        value = container[key]
        if operation == "delete":
            del container[key]
        elif operation == "rename" and isinstance(container, dict):
            container[draw(st.text(max_size=12))] = container.pop(key)
        elif operation == "huge":
            container[key] = draw(st.sampled_from(["x", "é", "😀", " "])) * draw(HUGE)
        elif operation == "wrap":
            container[key] = draw(st.sampled_from([[value], {"value": value}]))
        elif operation == "duplicate" and isinstance(value, list) and value:
            value.append(copy.deepcopy(value[0]))
        elif operation == "nest":
            for _ in range(draw(st.integers(1, 60))):
                value = [value]
            container[key] = value
        elif operation == "surrogate" and isinstance(value, str):
            container[key] = value + draw(st.sampled_from(["\ud800", "\udfff", "\udc80x"]))
        elif operation == "type":
            container[key] = draw(st.sampled_from([str(value), 0, -1, 1.5, True, None, [], {}]))
        else:
            container[key] = draw(JSON)
    return draw(st.sampled_from([document, {"format": "caseintake/1", "cases": document}, document]))


@settings(
    max_examples=5000 if long_run() else 300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_structured_mutations_import_whole_or_not_at_all(data: st.DataObject) -> None:
    from caseintake.interchange.importer import parse_document

    with fuzz_session() as session:
        for _ in range(5):  # several documents per database: later ones meet earlier imports
            document = data.draw(mutated_documents())
            import_or_refuse(session, lambda document=document: parse_document(document))


# -- bytes of the file -----------------------------------------------------------------------------

VALID_BYTES = json.dumps(VALID, ensure_ascii=False, indent=1).encode("utf-8")


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    raw = bytearray(VALID_BYTES)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(raw) - 1))
        operation = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "bom", "deep", "escape"]))
        if operation == "flip":
            raw[where] ^= draw(st.integers(1, 255))
        elif operation == "delete":
            del raw[where : where + draw(st.integers(1, 40))]
        elif operation == "insert":
            raw[where:where] = draw(st.binary(min_size=1, max_size=20))
        elif operation == "truncate":
            del raw[where:]
        elif operation == "bom":
            raw[0:0] = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]))
        elif operation == "escape":  # JSON escapes for a lone surrogate, a NUL, a control character
            raw[where:where] = draw(st.sampled_from([b"\\ud800", b"\\u0000", b"\\u001b", b"\\udfff"]))
        else:
            raw[where:where] = b"[" * draw(st.sampled_from([10, 1000, 100_000]))
        if not raw:
            break
    return bytes(raw)


@settings(
    max_examples=2000 if long_run() else 150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(damaged_files(), min_size=1, max_size=4))
def test_damaged_files_import_whole_or_not_at_all(files: list[bytes]) -> None:
    from caseintake.interchange.importer import read_cases

    with fuzz_session() as session, tempfile.TemporaryDirectory() as folder:
        for number, raw in enumerate(files):
            path = Path(folder) / f"import{number}.json"
            path.write_bytes(raw)
            import_or_refuse(session, lambda path=path: read_cases(path))


def test_a_lone_surrogate_in_any_text_field_is_refused() -> None:
    """Found by this fuzzer: JSON may spell half a surrogate pair ("\\ud800"), which UTF-8 (and
    so SQLite) cannot store; the import stopped with an unexpected UnicodeEncodeError."""
    from caseintake.interchange.importer import parse_document

    with fuzz_session() as session:
        for container, key in _places(copy.deepcopy(VALID)):
            if isinstance(container[key], str) and key not in ("format",):
                document = copy.deepcopy(VALID)
                for target, name in _places(document):
                    if name == key and target[name] == container[key]:
                        target[name] += "\ud800"
                assert (
                    import_or_refuse(session, lambda document=document: parse_document(document)) == "refused"
                )


def test_the_valid_document_imports() -> None:
    """The starting point of every mutation is itself valid, so refusals mean something."""
    from caseintake.interchange.importer import parse_document

    with fuzz_session() as session:
        assert import_or_refuse(session, lambda: parse_document(copy.deepcopy(VALID))) == "imported"
        assert import_or_refuse(session, lambda: parse_document(copy.deepcopy(VALID))) == "refused"
