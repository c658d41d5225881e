"""Every error the core raises carries a code the GUI words in the user's language.

The command line prints an error's English sentence; the GUI looks its `code` up in
`caseintake.ui.error_texts` and fills the wording with the error's `params` (issue 16, item 2).
So the source of the core is read (`error_sites`): each construction of an error must carry a
code, each code must have a wording whose placeholders are exactly the params raised with it,
and no param may carry an identity-vault value.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections import defaultdict
from pathlib import Path

import pytest

from caseintake.domain.errors import CaseintakeError, IdentityLeak, InvalidInput
from caseintake.domain.roles import Action
from caseintake.interchange.importer import parse_document
from caseintake.services.session import denied_code
from caseintake.ui import error_texts
from caseintake.ui.error_texts import error_text, field_problems, messages
from tests.leak_probes import harness
from tests.leak_probes.corpus import PROBES, secrets_of
from tests.unit.error_sites import COPY, Made, error_classes, scan

#: Functions that make a code from a value, with every code each can make.
FAMILIES = {"denied_code": {denied_code(action) for action in Action}}
#: Records that carry a code into an error (`require_strong` raises with the verdict's code).
CARRIERS = {"PassphraseVerdict"}
#: Codes with a wording that the core itself never raises: the GUI passes them in.
GUI_ONLY = {"identity_leak.copy"}
#: Param names that would say an identity-vault value (or the guard's word at a hit) outright.
IDENTITY_PARAMS = {
    "legal_name",
    "name",
    "alias",
    "aliases",
    "birth_date",
    "address",
    "school",
    "contact",
    "placement",
    "identity",
    "word",
    "value",
    "text",
    "summary",
    "note",
}


def core_codes() -> list[Made]:
    return scan(families=FAMILIES, carriers=CARRIERS)


@pytest.fixture(scope="module")
def made() -> list[Made]:
    return core_codes()


def _placeholders(template: str) -> set[int]:
    return {int(n) for n in re.findall(r"%(\d+)", template)}


# -- the scan itself --------------------------------------------------------------------------


def _scan_of(tmp_path: Path, source: str) -> list[Made]:
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "x.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return scan(tmp_path, ("services",), error_classes(), FAMILIES, CARRIERS)


def test_the_scan_finds_a_raise_without_a_code(tmp_path: Path) -> None:
    found = _scan_of(
        tmp_path,
        """
        def f(ref):
            raise NotFound(f"There is no case {ref!r}.")

        def g(ref):
            raise NotFound(f"There is no case {ref!r}.", code="case_not_found", params={"reference": ref})

        def h(path):
            return IntegrityProblem("damaged", code="x" if path else "y", params=dict(path=path))
        """,
    )
    mine = [m for m in found if m.where.startswith("services/")]
    assert [(m.where, m.code, m.problem != "") for m in mine] == [
        ("services/x.py:3", None, True),
        ("services/x.py:6", "case_not_found", False),
        ("services/x.py:9", "x", False),
        ("services/x.py:9", "y", False),
    ]
    assert mine[1].params == frozenset({"reference"}) and mine[2].params is None  # dict(): not readable


def test_the_scan_follows_a_code_passed_on_through_functions(tmp_path: Path) -> None:
    found = _scan_of(
        tmp_path,
        """
        def _fail(path, problem, code, params=None):
            return InvalidInput.at(path, problem, code, params)

        def check(value, path):
            if value < 0:
                raise _fail(path, "must be between 0 and 9", "range", {"low": 0, "high": 9})
            raise _fail(path, "odd", problem_code(value))

        def refuse(session, action, code=""):
            raise PermissionDenied("no", code=code or denied_code(action), params={"role": session.role})

        def edit(session):
            refuse(session, Action.EDIT_CASE, "permission_denied.edit_identity")
        """,
    )
    mine = [(m.code, m.params, m.field) for m in found if m.where.startswith("services/")]
    assert ("range", frozenset({"low", "high"}), True) in mine
    assert (None, frozenset(), True) in mine  # problem_code(value): no readable code
    assert ("permission_denied.edit_identity", frozenset({"role"}), False) in mine
    assert ("permission_denied.edit_case", frozenset({"role"}), False) in mine  # the family


# -- (a) every error made in the core carries a code ------------------------------------------


def test_every_error_made_in_the_core_carries_a_code(made: list[Made]) -> None:
    problems = [
        f"{m.where}: {m.error}: {m.problem or 'code or params not readable'}"
        for m in made
        if m.code is None or m.params is None or m.problem
    ]
    assert problems == []


def test_the_scan_sees_the_core(made: list[Made]) -> None:
    """A scan that read nothing would pass the rule above."""
    codes = {m.code for m in made}
    assert {"case_not_found", "required", "unlock_refused", "write_failed", "cancelled"} <= codes
    assert {denied_code(a) for a in Action} <= codes
    assert len(codes) > 150


def test_codes_are_snake_case_words(made: list[Made]) -> None:
    bad = sorted(
        {m.code for m in made if m.code and m.code != COPY} - _snake({m.code for m in made if m.code})
    )
    assert bad == []


def _snake(codes: set[str]) -> set[str]:
    return {c for c in codes if re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", c)}


def test_a_code_means_one_sentence_with_one_set_of_params(made: list[Made]) -> None:
    params: dict[tuple[str, bool], set[frozenset[str]]] = defaultdict(set)
    for m in made:
        if m.code and m.code != COPY and m.params is not None:
            params[(m.code, m.field)].add(m.params)
    assert {key: sets for key, sets in params.items() if len(sets) > 1} == {}
    field_codes = {code for code, field in params if field}
    sentence_codes = {code for code, field in params if not field}
    assert field_codes & sentence_codes == set(), "a code is raised both with and without a field"


# -- (b) every code has a GUI wording with the same placeholders as its params ------------------


def test_every_code_raised_in_the_core_has_a_gui_wording(made: list[Made]) -> None:
    sentences, fields = messages(), field_problems()
    missing = sorted(
        {
            f"{m.code} ({'field' if m.field else 'sentence'}, {m.where})"
            for m in made
            if m.code and m.code != COPY and m.code not in (fields if m.field else sentences)
        }
    )
    assert missing == []


def test_each_wording_has_a_placeholder_for_each_param_and_no_other(made: list[Made]) -> None:
    sentences, fields = messages(), field_problems()
    wrong = []
    for m in made:
        if not m.code or m.code == COPY or m.params is None:
            continue
        wording = (fields if m.field else sentences).get(m.code)
        if wording is None:
            continue  # reported by the test above
        first = 2 if m.field else 1  # a field's wording has its label as %1
        expected = set(range(1, len(wording.names) + first))
        if set(wording.names) != m.params or _placeholders(wording.template) != expected:
            wrong.append(f"{m.code} at {m.where}: params {sorted(m.params)}, wording {wording}")
    assert wrong == []


def test_no_wording_is_left_without_a_code(made: list[Made]) -> None:
    raised = {m.code for m in made}
    assert set(messages()) - raised - GUI_ONLY == set()
    assert set(field_problems()) - raised == set()


def test_wordings_are_literal_texts_in_the_errors_context() -> None:
    """`lupdate` extracts only literal `translate("errors", "…")` calls."""
    tree = ast.parse(inspect.getsource(error_texts))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
    ]
    assert len(calls) >= len(messages()) + len(field_problems())
    for call in calls:
        context, text = call.args[:2]
        assert isinstance(context, ast.Constant) and context.value == error_texts.CONTEXT, ast.unparse(call)
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.unparse(call)


def test_the_gui_says_what_the_cli_says_until_translated() -> None:
    """No translator installed: a wording kept from the core reads as the core's sentence."""
    exc = CaseintakeError(
        "There is no case 'CI-2026-00042'.", code="case_not_found", params={"reference": "CI-2026-00042"}
    )
    assert error_text(exc) == str(exc)
    refused = CaseintakeError(
        "A lawyer may not manage users and reset access.",
        code="permission_denied.manage_users",
        params={"role": "lawyer"},
    )
    assert error_text(refused) == str(refused)


def test_an_unknown_code_or_a_missing_param_keeps_the_core_sentence() -> None:
    assert error_text(CaseintakeError("Something new.", code="made_up_later")) == "Something new."
    assert (
        error_text(CaseintakeError("There is no case 'X'.", code="case_not_found")) == "There is no case 'X'."
    )
    assert error_texts.fill("%1 and %2", ["%2", "b"]) == "%2 and b"  # one pass: a value stays a value


# -- (d) no param carries an identity value ---------------------------------------------------


def test_no_param_is_named_for_an_identity_value(made: list[Made]) -> None:
    named = sorted({f"{m.code}: {p}" for m in made if m.params for p in m.params & IDENTITY_PARAMS})
    assert named == []


#: One covered probe of each kind of value: its text in a printed field holds a vault value.
_PROBES = [
    next(p for p in PROBES if p.covered and p.expect_block and p.kind == kind)
    for kind in ("name", "birth date", "contact", "address", "school")
]


@pytest.fixture(scope="module")
def blocked(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, IdentityLeak]]:
    """Probes of the leak-probe corpus (`tests/leak_probes`) through the real summary and
    calendar: each output that prints the probe's field is blocked."""
    root = tmp_path_factory.mktemp("error-codes-probes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEINTAKE_LOG_DIR", str(root / "logs"))
        db = harness.build(root / "db" / "cases.db", _PROBES, clean=False)
        out = root / "out"
        out.mkdir()
        found: list[tuple[str, IdentityLeak]] = []
        try:
            for probe in _PROBES:
                found += [(probe.id, exc) for exc in _leaks(db, probe.id, out)]
        finally:
            db.close()
    return found


def _leaks(db: harness.ProbeDatabase, label: str, out: Path) -> list[IdentityLeak]:
    from caseintake.services import hearings
    from caseintake.services.cases import load_case
    from caseintake.services.summaries import write_hearing_summary
    from tests.leak_probes.corpus import PRINT_DAY, hearing_day

    errors: list[IdentityLeak] = []
    reference = db.references[label]
    notes = [n.id for n in load_case(db.session, reference).notes if n.id]  # every note: the worst case
    try:
        write_hearing_summary(db.session, reference, out / f"{label}.pdf", today=PRINT_DAY, note_ids=notes)
    except IdentityLeak as exc:
        errors.append(exc)
    day = hearing_day(db.case(label).index)
    try:
        hearings.agenda_ics(db.session, hearings.agenda(db.session, day, day))
    except IdentityLeak as exc:
        errors.append(exc)
    return errors


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def test_a_blocked_output_names_no_vault_value_in_its_params(blocked: list[tuple[str, IdentityLeak]]) -> None:
    assert {label for label, _ in blocked} == {p.id for p in _PROBES}
    probes = {p.id: p for p in PROBES}
    for label, exc in blocked:
        assert exc.code.startswith("identity_leak.") and set(exc.params) == {"places"}
        shown = _folded(" ".join(exc.params.values()) + " " + error_text(exc))
        for secret in secrets_of(probes[label]):
            assert _folded(secret) not in shown, (label, exc.code)


def test_a_refused_identity_value_is_not_in_the_params() -> None:
    """Values a field check refuses inside the vault stay out of the error's params."""
    from tests.conftest import sample_case

    secrets = ["Maria\u0007 Santos", "2012-13-45", "Purok 7, Barangay Lahug " * 20]
    cases = [
        sample_case(
            persons=[{"role": "victim", "sex": "F", "age": 13, "identity": {"legal_name": secrets[0]}}]
        ),
        sample_case(
            persons=[
                {
                    "role": "victim",
                    "sex": "F",
                    "age": 13,
                    "identity": {"legal_name": "X", "birth_date": secrets[1]},
                }
            ]
        ),
        sample_case(
            persons=[
                {
                    "role": "victim",
                    "sex": "F",
                    "age": 13,
                    "identity": {"legal_name": "X", "address": secrets[2]},
                }
            ]
        ),
    ]
    for case, secret in zip(cases, secrets, strict=True):
        with pytest.raises(InvalidInput) as refused:
            parse_document({"format": "caseintake/1", "cases": [case]})
        assert refused.value.code in field_problems() and refused.value.field.startswith(
            "cases[0].persons[0]"
        )
        assert all(secret.strip()[:12] not in value for value in refused.value.params.values())
