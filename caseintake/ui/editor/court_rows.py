"""The Court tab's tables as plain rows, and back to records: the logic of the tab, without Qt.

Each table is a list of rows of strings (what the cells show and take). Going back, every row
becomes a record and is checked by the same checks as the import format (`domain.checks`), so a
typo in the tab gives the same message, with a field path, as one in a file. Choices that name a
record (a child, a hearing, an evidence entry) carry the record's id in `ids`, never its text.
The words shown for codes and people come from the tab (`Words`), which has the GUI's vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from caseintake.domain import checks
from caseintake.domain import labels as lb
from caseintake.domain import validation as v
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import (
    Case,
    Charge,
    ChildMeasure,
    CriminalCase,
    Detention,
    Disposition,
    Exhibit,
    HearingWitness,
    Motion,
    Person,
)

Row = list[str]
T = TypeVar("T")


@dataclass(frozen=True)
class Column:
    title: str
    choices: tuple[tuple[str, str], ...] = ()  # (shown, stored); empty: free text
    width: int = 120


@dataclass(frozen=True)
class Words:
    """What the screen calls things, given by the tab so this module needs no Qt: `label` and
    `choices` read the GUI's vocabularies (`ui.labels`: "measure", "party", ...), `choices` as
    (code, label) pairs; `person` is how the tab names a person of the case."""

    label: Callable[[str, str], str]
    choices: Callable[[str], Sequence[tuple[str, str]]]
    person: Callable[[Person], str]


def _choices(words: Words, vocabulary: str, blank: bool = False) -> tuple[tuple[str, str], ...]:
    items = tuple((label, code) for code, label in words.choices(vocabulary))
    return (("", ""), *items) if blank else items


@dataclass
class CourtRows:
    """Everything the tab edits, as rows, plus the choices that point at records of the case."""

    prosecutor: str = ""
    disposition: str = ""
    disposition_on: str = ""
    court: tuple[str, str, str, str] = ("", "", "", "")  # court, judicial region, branch, station
    charges: list[Row] = field(default_factory=list)  # number, statute, section, counts, description, filed
    detention: list[Row] = field(default_factory=list)  # status, since, bail (one per accused)
    measures: list[Row] = field(default_factory=list)  # child, measure, status, requested, ruled, language
    witnesses: list[Row] = field(default_factory=list)  # hearing, person, name, affidavit filed
    motions: list[Row] = field(default_factory=list)  # hearing, title, filed by, filed on, status, resolved
    exhibits: list[Row] = field(
        default_factory=list
    )  # marking, description, by, evidence, offered, ruling, ruled
    accused: list[tuple[str, str]] = field(default_factory=list)  # (shown, person id), detention rows' order
    children: tuple[tuple[str, str], ...] = ()
    hearings: tuple[tuple[str, str], ...] = ()
    persons: tuple[tuple[str, str], ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def columns(rows: CourtRows, words: Words) -> dict[str, list[Column]]:
    """The columns of each table, with the case's own records as choices; titles in the GUI's words."""

    def title(key: str) -> str:
        return words.label("court_column", key)

    return {
        "charges": [
            Column(title("number"), width=150),
            Column(title("statute"), width=180),
            Column(title("section")),
            Column(title("counts"), width=60),
            Column(title("description"), width=220),
            Column(title("filed_on"), width=100),
        ],
        "detention": [
            Column(title("status"), _choices(words, "detention_status", blank=True), 160),
            Column(title("since"), width=180),
            Column(title("bail"), width=260),
        ],
        "measures": [
            Column(title("child"), rows.children, 90),
            Column(title("measure"), _choices(words, "measure"), 260),
            Column(title("status"), _choices(words, "measure_status"), 100),
            Column(title("requested_on"), width=100),
            Column(title("ruled_on"), width=100),
            Column(title("language"), width=100),
        ],
        "witnesses": [
            Column(title("hearing"), rows.hearings, 200),
            Column(title("person"), (("", ""), *rows.persons), 100),
            Column(title("official"), width=240),
            Column(title("affidavit_filed_on"), width=170),
        ],
        "motions": [
            Column(title("hearing"), rows.hearings, 200),
            Column(title("title"), width=260),
            Column(title("filed_by"), _choices(words, "party"), 140),
            Column(title("filed_on"), width=100),
            Column(title("status"), _choices(words, "motion_status"), 90),
            Column(title("resolved_on"), width=100),
        ],
        "exhibits": [
            Column(title("marking"), width=70),
            Column(title("description"), width=240),
            Column(title("offered_by"), _choices(words, "party"), 130),
            Column(title("evidence"), (("", ""), *rows.evidence), 90),
            Column(title("offered_on"), width=100),
            Column(title("ruling"), _choices(words, "exhibit_ruling"), 120),
            Column(title("ruled_on"), width=100),
        ],
    }


def rows_of(case: Case, words: Words) -> CourtRows:
    """The court record of a loaded case as rows."""
    rows = CourtRows(prosecutor=case.prosecutor or "")
    if case.disposition:
        rows.disposition, rows.disposition_on = case.disposition.kind, case.disposition.on.isoformat()
    first = case.criminal_cases[0] if case.criminal_cases else None
    if first is not None:
        region = str(first.judicial_region) if first.judicial_region else ""
        rows.court = (first.court or "", region, first.branch or "", first.station or "")
    for cc in case.criminal_cases:
        charges: list[Charge | None] = list(cc.charges) or [None]
        for g in charges:
            rows.charges.append(
                [
                    cc.number,
                    g.statute if g else "",
                    (g.section or "") if g else "",
                    str(g.counts) if g else "",
                    (g.description or "") if g else "",
                    _iso(cc.filed_on),
                ]
            )
    rows.accused = [(words.person(p), p.id or "") for p in case.persons if p.role == "accused"]
    for p in case.persons:
        if p.role == "accused":
            d = p.detention
            rows.detention.append([d.status, _iso(d.since), d.bail or ""] if d else ["", "", ""])
    rows.children = tuple(
        (words.person(p), p.id or "") for p in case.persons if p.role in ("victim", "witness")
    )
    rows.persons = tuple((words.person(p), p.id or "") for p in case.persons)
    rows.hearings = tuple(
        (
            f"{lb.short_date(lb.manila(h.starts_at).date())} {words.label('hearing_kind', h.kind).lower()}",
            h.id or "",
        )
        for h in case.hearings
    )
    rows.evidence = tuple((e.reference or e.description[:20], e.id or "") for e in case.evidence)
    for p in case.persons:
        for m in p.measures:
            rows.measures.append(
                [p.id or "", m.measure, m.status, _iso(m.requested_on), _iso(m.ruled_on), m.language or ""]
            )
    for h in case.hearings:
        for w in h.witnesses:
            rows.witnesses.append([h.id or "", w.person or "", w.name or "", _iso(w.affidavit_filed_on)])
        for mo in h.motions:
            rows.motions.append(
                [h.id or "", mo.title, mo.filed_by, _iso(mo.filed_on), mo.status, _iso(mo.resolved_on)]
            )
    for x in case.exhibits:
        rows.exhibits.append(
            [
                x.marking,
                x.description,
                x.offered_by,
                x.evidence or "",
                _iso(x.offered_on),
                x.ruling,
                _iso(x.ruled_on),
            ]
        )
    return rows


def _filled(row: Row) -> bool:
    return any(cell.strip() for cell in row)


def _cell(text: str) -> Any:
    """A cell as a record's value: the text trimmed, None when blank. Typed `Any` because the
    record's check, not the cell, decides whether a blank is allowed there."""
    return text.strip() or None


def _day(text: str, path: str) -> date | None:
    return v.day(text.strip(), path) if text.strip() else None


def _number(text: str) -> Any:
    """A whole number typed in a cell; anything else is passed on for the check to name."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else text


def _each(rows: list[Row], path: str, make: Callable[[Row, str], T]) -> list[T]:
    return [make(row, f"{path}[{i}]") for i, row in enumerate(r for r in rows if _filled(r))]


def apply_rows(case: Case, rows: CourtRows) -> None:
    """Put the rows into `case` (a loaded case, changed in place); raises InvalidInput with the
    table and row of the first problem. Nothing is changed when a row is wrong."""
    prosecutor = rows.prosecutor.strip() or None
    disposition = None
    if rows.disposition:
        disposition = checks.check_disposition(
            Disposition(kind=rows.disposition, on=v.day(rows.disposition_on.strip(), "disposition.on")),
            "disposition",
        )
    court, region, branch, station = rows.court
    numbers: dict[str, CriminalCase] = {}

    def charge(row: Row, path: str) -> None:
        number, statute, section, counts, description, filed = row
        cc = numbers.get(number.strip())
        if cc is None:
            cc = CriminalCase(
                number=_cell(number),
                court=_cell(court),
                judicial_region=_number(region) if region.strip() else None,
                branch=_cell(branch),
                station=_cell(station),
                filed_on=_day(filed, f"{path}.filed_on"),
            )
            numbers[number.strip()] = checks.check_criminal_case(cc, path)
        if statute.strip() or section.strip() or description.strip():
            g = Charge(
                statute=_cell(statute),
                section=_cell(section),
                counts=_number(counts) if counts.strip() else 1,
                description=_cell(description),
            )
            cc.charges.append(checks.check_charge(g, f"{path}.charge"))

    _each(rows.charges, "charges", charge)

    def detention(status: str, since: str, bail: str, path: str) -> Detention:
        d = Detention(status=status.strip(), since=_day(since, f"{path}.since"), bail=_cell(bail))
        return checks.check_detention(d, path)

    detentions = [
        detention(status, since, bail, f"detention[{i}]") if status.strip() else None
        for i, (status, since, bail) in enumerate(rows.detention)
    ]

    def measure(row: Row, path: str) -> tuple[str, ChildMeasure]:
        child, kind, status, requested, ruled, language = row
        m = ChildMeasure(
            measure=_cell(kind),
            status=_cell(status) or "requested",
            requested_on=_day(requested, f"{path}.requested_on"),
            ruled_on=_day(ruled, f"{path}.ruled_on"),
            language=_cell(language),
        )
        return child, checks.check_measure(m, path)

    measures = _each(rows.measures, "measures", measure)

    def witness(row: Row, path: str) -> tuple[str, HearingWitness]:
        hearing, person, name, filed = row
        w = HearingWitness(
            person=_cell(person),
            name=_cell(name),
            affidavit_filed_on=_day(filed, f"{path}.affidavit_filed_on"),
        )
        return hearing, checks.check_witness(w, path)

    witnesses = _each(rows.witnesses, "witnesses", witness)

    def motion(row: Row, path: str) -> tuple[str, Motion]:
        hearing, title, by, filed, status, resolved = row
        m = Motion(
            title=_cell(title),
            filed_by=_cell(by),
            filed_on=_day(filed, f"{path}.filed_on"),
            status=_cell(status) or "pending",
            resolved_on=_day(resolved, f"{path}.resolved_on"),
        )
        return hearing, checks.check_motion(m, path)

    motions = _each(rows.motions, "motions", motion)

    def exhibit(row: Row, path: str) -> Exhibit:
        marking, description, by, evidence, offered, ruling, ruled = row
        x = Exhibit(
            marking=_cell(marking),
            description=_cell(description),
            offered_by=_cell(by) or "prosecution",
            evidence=_cell(evidence),
            offered_on=_day(offered, f"{path}.offered_on"),
            ruling=_cell(ruling) or "pending",
            ruled_on=_day(ruled, f"{path}.ruled_on"),
        )
        return checks.check_exhibit(x, path)

    exhibits = _each(rows.exhibits, "exhibits", exhibit)
    people = {p.id for p in case.persons}
    if any(pid not in people for pid, _m in measures):
        raise InvalidInput.at("measures", "choose the child each measure is for", "required")
    for hearing_id, _w in [*witnesses, *motions]:
        if not any(h.id == hearing_id for h in case.hearings):
            raise InvalidInput.at(
                "hearing", "choose the hearing each witness and motion belongs to", "required"
            )
    # Everything checked: only now change the case.
    case.prosecutor, case.disposition = prosecutor, disposition
    case.criminal_cases = list(numbers.values())
    accused = [p for p in case.persons if p.role == "accused"]
    for person, held in zip(accused, detentions, strict=False):
        person.detention = held
    for p in case.persons:
        p.measures = [m for pid, m in measures if pid == p.id]
    for h in case.hearings:
        h.witnesses = [w for hid, w in witnesses if hid == h.id]
        h.motions = [m for hid, m in motions if hid == h.id]
    case.exhibits = exhibits


__all__ = ["Column", "CourtRows", "Words", "apply_rows", "columns", "rows_of"]
