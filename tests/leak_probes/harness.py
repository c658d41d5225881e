"""Pushes every probe of the corpus through the real outputs and counts what the guard stopped.

One encrypted database holds one case per probe, plus clean cases (one per household, placement
and plain-name minor) and one sentinel case per field. Every case goes through the product's own
services, as the command line and the GUI call them:

- the hearing summary, `summaries.write_hearing_summary` (compose, guard, render, verify, write),
  in every layout, with every note of the case chosen for printing (the worst case);
- the calendar of the case's own day, `hearings.agenda` then `hearings.agenda_ics`.

An output is *blocked* when the service raises `IdentityLeak`. Which fields an output prints is
found, not assumed: the sentinel cases carry a made-up word in one field each, and the outputs'
text (the PDF's extracted text, the calendar file) is searched for it. A probe is *missed* when an
output that prints its field was not blocked; *blocked* when every such output was; *field not
printed* when no output prints its field at all (nothing can leak). A case the importer refused
never printed anything: its probe counts as blocked at input.

    python -m tests.leak_probes.harness            # the table for docs/RELIABILITY.md
    python -m tests.leak_probes.harness --misses   # also list every missed probe
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any
from unittest import mock

from caseintake.domain.errors import IdentityLeak, InvalidInput
from caseintake.services.session import Session
from tests.leak_probes.corpus import (
    CATEGORIES,
    FIELDS,
    PRINT_DAY,
    PROBES,
    PlannedCase,
    Probe,
    hearing_day,
    plan_cases,
    sentinel,
)

SUPERVISOR = "officehead"
WORKER = "fieldworker"
LAWYER = "caselawyer"
DISPLAY_NAMES = {
    SUPERVISOR: "Office Supervisor",
    WORKER: "Field Social Worker",
    LAWYER: "Atty. Handling Counsel",
}


def passphrases() -> dict[str, str]:
    """The test suite's passphrases, read at run time (their rules may get stricter)."""
    from tests.conftest import PASSPHRASES, SUPERVISOR_PASS

    return {SUPERVISOR: SUPERVISOR_PASS, WORKER: PASSPHRASES["worker"], LAWYER: PASSPHRASES["lawyer"]}


@contextmanager
def cheap_keys() -> Iterator[None]:
    """Small Argon2id parameters, as tests/conftest.py uses (stored in each slot)."""
    from caseintake.storage import keyslots

    with mock.patch.object(keyslots, "DEFAULT_KDF", keyslots.Argon2Params(1, 1024, 1)):
        yield


@dataclass(frozen=True)
class Outcome:
    output: str  # "hearing summary (court)", "calendar", "import", ...
    blocked: bool
    message: str = ""
    written: Path | None = None  # the PDF, when a summary was not blocked
    text: str = ""  # the calendar's text, when it was not blocked

    def read(self) -> str:
        """What the output holds as text (a PDF's extracted text)."""
        if self.written is None:
            return self.text
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(BytesIO(self.written.read_bytes())).pages)


@dataclass
class ProbeDatabase:
    path: Path
    session: Session  # the lawyer's: lawyers print summaries and calendars
    supervisor: Session
    planned: list[PlannedCase]
    references: dict[str, str] = field(default_factory=dict)  # label -> case reference
    refused: dict[str, str] = field(default_factory=dict)  # label -> the importer's message
    #: output -> the fields it prints (found with the sentinel cases; see `find_printed_fields`)
    prints: dict[str, set[str]] = field(default_factory=dict)
    sentinel_blocks: list[str] = field(default_factory=list)  # should stay empty: false blocks

    def close(self) -> None:
        self.session.close()
        self.supervisor.close()

    def case(self, label: str) -> PlannedCase:
        return next(p for p in self.planned if p.label == label)


def _import(session: Session, cases: Sequence[dict[str, Any]]) -> list[str]:
    from caseintake.interchange.importer import parse_document
    from caseintake.services.intake import add_cases

    return add_cases(session, parse_document({"format": "caseintake/1", "cases": list(cases)}))


def build(path: Path, probes: Sequence[Probe] = PROBES, *, clean: bool = True) -> ProbeDatabase:
    """The probe database: all cases in one import; one by one if the importer refuses some."""
    from caseintake.services import users
    from caseintake.services.session import create_session, open_session

    secrets = passphrases()
    path.parent.mkdir(parents=True, exist_ok=True)
    with cheap_keys():
        sup, _recovery = create_session(
            path, SUPERVISOR, secrets[SUPERVISOR], display_name=DISPLAY_NAMES[SUPERVISOR]
        )
        for name, role in ((WORKER, "social_worker"), (LAWYER, "lawyer")):
            users.add_user(sup, name, role, secrets[name], display_name=DISPLAY_NAMES[name])
        lawyer = open_session(path, LAWYER, secrets[LAWYER])
    planned = list(plan_cases(probes, assigned_to=WORKER, lawyer=LAWYER, clean=clean))
    db = ProbeDatabase(path, lawyer, sup, planned)
    try:
        refs = _import(sup, [p.case for p in planned])
        db.references = {p.label: ref for p, ref in zip(planned, refs, strict=True)}
    except InvalidInput:
        for p in planned:
            try:
                db.references[p.label] = _import(sup, [p.case])[0]
            except InvalidInput as exc:
                db.refused[p.label] = str(exc)
    return db


def summary_layouts() -> tuple[str | None, ...]:
    """Every layout the hearing summary offers (None: the product has one, chosen by default)."""
    from caseintake.services.summaries import write_hearing_summary

    if "layout" not in inspect.signature(write_hearing_summary).parameters:
        return (None,)
    from caseintake.reports import hearing_summary

    return tuple(getattr(hearing_summary, "LAYOUT_NAMES", (None,)))


def print_summary(db: ProbeDatabase, label: str, out_dir: Path, layout: str | None = None) -> Outcome:
    """The summary as a lawyer who chose every note of the case would print it (the worst case)."""
    from caseintake.services.cases import load_case
    from caseintake.services.summaries import write_hearing_summary

    reference = db.references[label]
    params = inspect.signature(write_hearing_summary).parameters
    options: dict[str, Any] = {"today": PRINT_DAY, "invariant": True}
    if "note_ids" in params:
        options["note_ids"] = [n.id for n in load_case(db.session, reference).notes if n.id]
    if layout is not None:
        options["layout"] = layout
    name = "hearing summary" + (f" ({layout})" if layout else "")
    out = out_dir / f"{label}-{layout or 'summary'}.pdf"
    try:
        write_hearing_summary(db.session, reference, out, **options)
    except IdentityLeak as exc:
        return Outcome(name, True, str(exc))
    return Outcome(name, False, written=out)


def export_calendar(db: ProbeDatabase, label: str) -> Outcome:
    from caseintake.services import hearings

    day = hearing_day(db.case(label).index)
    items = hearings.agenda(db.session, day, day)
    if [i.reference for i in items] != [db.references[label]]:
        raise AssertionError(f"the calendar of {day} should hold only the hearing of {label}")
    try:
        text = hearings.agenda_ics(db.session, items)
    except IdentityLeak as exc:
        return Outcome("calendar", True, str(exc))
    return Outcome("calendar", False, text=text)


def outputs(db: ProbeDatabase, label: str, out_dir: Path) -> list[Outcome]:
    """Every output of one case: the summary in each layout, and the calendar of its day."""
    return [
        *(print_summary(db, label, out_dir, layout) for layout in summary_layouts()),
        export_calendar(db, label),
    ]


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if "a" <= ch <= "z")


def find_printed_fields(db: ProbeDatabase, out_dir: Path) -> dict[str, set[str]]:
    """Which fields each output prints: a sentinel word in one field per case, looked for in the
    text of every output. A probe in a field an output never prints cannot leak through it."""
    prints: dict[str, set[str]] = {}
    for where in FIELDS:
        label = f"sentinel-{where}"
        for outcome in outputs(db, label, out_dir):
            fields = prints.setdefault(outcome.output, set())
            if outcome.blocked:  # a false block: assume the field is printed (the strict side)
                db.sentinel_blocks.append(f"{label}, {outcome.output}: {outcome.message}")
                fields.add(where)
            elif _letters(sentinel(where)) in _letters(outcome.read()):
                fields.add(where)
    db.prints = prints
    return prints


@dataclass(frozen=True)
class ProbeResult:
    probe: Probe
    outcomes: tuple[Outcome, ...]
    prints: dict[str, set[str]]

    @property
    def leaked(self) -> list[Outcome]:
        """Outputs that print the probe's field and were not blocked: the value reached them."""
        return [
            o for o in self.outcomes if not o.blocked and self.probe.field in self.prints.get(o.output, ())
        ]

    @property
    def printed_anywhere(self) -> bool:
        return any(self.probe.field in fields for fields in self.prints.values())

    @property
    def blocked(self) -> bool:
        """Stopped in every output that prints the field (and printed by at least one)."""
        return not self.leaked and self.blocked_anywhere

    @property
    def blocked_anywhere(self) -> bool:
        return any(o.blocked for o in self.outcomes)

    @property
    def as_expected(self) -> bool:
        return not self.leaked if self.probe.expect_block else not self.blocked_anywhere


def run_probe(db: ProbeDatabase, probe: Probe, out_dir: Path) -> ProbeResult:
    if probe.id in db.refused:
        return ProbeResult(probe, (Outcome("import", True, db.refused[probe.id]),), db.prints)
    return ProbeResult(probe, tuple(outputs(db, probe.id, out_dir)), db.prints)


def run_all(db: ProbeDatabase, out_dir: Path, probes: Sequence[Probe] = PROBES) -> list[ProbeResult]:
    if not db.prints:
        find_printed_fields(db, out_dir)
    return [run_probe(db, probe, out_dir) for probe in probes]


# --- the table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    category: str
    probes: int  # covered probes (or negative controls)
    blocked: int  # stopped in every output that prints the field
    missed: int  # the value reached an output (or, for negative controls: falsely blocked)
    not_printed: int  # no output prints the probe's field, and nothing was blocked
    not_covered: int
    not_covered_blocked: int


def tally(results: Sequence[ProbeResult]) -> list[Row]:
    rows = []
    for category in CATEGORIES:
        mine = [r for r in results if r.probe.category == category]
        if not mine:
            continue
        covered = [r for r in mine if r.probe.covered]
        extra = [r for r in mine if not r.probe.covered]
        if category == "negative controls":
            blocked = sum(r.blocked_anywhere for r in covered)
            rows.append(Row(category, len(covered), blocked, blocked, 0, 0, 0))
            continue
        missed = sum(bool(r.leaked) for r in covered)
        blocked = sum(r.blocked for r in covered)
        rows.append(
            Row(
                category,
                len(covered),
                blocked,
                missed,
                len(covered) - blocked - missed,
                len(extra),
                sum(r.blocked for r in extra),
            )
        )
    return rows


def markdown(rows: Sequence[Row]) -> str:
    lines = [
        "| category | probes | blocked | missed | field not printed | outside the promise (blocked) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = Counter[str]()
    for row in rows:
        if row.category == "negative controls":
            continue
        lines.append(
            f"| {row.category} | {row.probes} | {row.blocked} | {row.missed} | {row.not_printed} | "
            f"{row.not_covered} ({row.not_covered_blocked}) |"
        )
        total.update(probes=row.probes, blocked=row.blocked, missed=row.missed, quiet=row.not_printed)
        total.update(extra=row.not_covered, extra_blocked=row.not_covered_blocked)
    lines.append(
        f"| **all** | **{total['probes']}** | **{total['blocked']}** | **{total['missed']}** | "
        f"{total['quiet']} | {total['extra']} ({total['extra_blocked']}) |"
    )
    for row in rows:
        if row.category == "negative controls":
            lines.append(
                f"| negative controls (must print) | {row.probes} | — "
                f"| {row.missed} falsely blocked | — | — |"
            )
    return "\n".join(lines)


def by_field(results: Sequence[ProbeResult]) -> dict[str, tuple[int, int, int]]:
    """(covered probes, blocked, missed) per field, for finding where a guard is blind."""
    out: dict[str, tuple[int, int, int]] = {}
    for r in results:
        if not r.probe.covered or not r.probe.expect_block:
            continue
        n, b, m = out.get(r.probe.field, (0, 0, 0))
        out[r.probe.field] = (n + 1, b + int(r.blocked), m + int(bool(r.leaked)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.leak_probes.harness", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list every probe the guard let through")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="leak-probes-") as tmp:
        root = Path(tmp)
        with mock.patch.dict("os.environ", {"CASEINTAKE_LOG_DIR": str(root / "logs")}):
            db = build(root / "db" / "cases.db")
            try:
                (root / "out").mkdir()
                results = run_all(db, root / "out")
                prints = db.prints
            finally:
                db.close()
    print(markdown(tally(results)))
    print()
    for output, fields in sorted(prints.items()):
        print(f"  {output} prints: {', '.join(f for f in FIELDS if f in fields) or 'no case field'}")
    for name, (n, b, m) in sorted(by_field(results).items()):
        print(f"  {name:22s} {b:4d} / {n:4d} blocked, {m:4d} missed")
    if args.misses:
        for r in results:
            if not r.as_expected:
                if not r.probe.expect_block:
                    state = "BLOCKED"
                else:
                    state = "partial" if r.blocked_anywhere else "missed"
                where = ",".join(o.output for o in r.leaked)
                covered = "" if r.probe.covered else " (outside the promise)"
                print(f"{state:8s} {r.probe.id:12s} {r.probe.field:20s} {r.probe.text!r} [{where}]{covered}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
