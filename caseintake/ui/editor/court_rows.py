"""The Court tab's tables as plain rows, and back to records: the logic of the tab, without Qt.

Each table is a list of rows of strings (what the cells show and take). Going back, every row is
checked by the same parsers as the import format (`interchange.schema`), so a typo in the tab
gives the same message, with a field path, as one in a file. Choices that name a record (a
child, a hearing, an evidence entry) carry the record's id in `ids`, never its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case, Charge, CriminalCase, Disposition, Exhibit, HearingWitness, Motion
from caseintake.interchange import schema
from caseintake.reports import court_labels as cl
from caseintake.reports import labels as lb
from caseintake.reports.hearing_summary import designation

Row = list[str]


@dataclass(frozen=True)
class Column:
    title: str
    choices: tuple[tuple[str, str], ...] = ()  # (shown, stored); empty: free text
    width: int = 120


def _choices(table: dict[str, str], blank: bool = False) -> tuple[tuple[str, str], ...]:
    items = tuple((label, code) for code, label in table.items())
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


def columns(rows: CourtRows) -> dict[str, list[Column]]:
    """The columns of each table, with the case's own records as choices."""
    return {
        "charges": [
            Column("Criminal case no.", width=150),
            Column("Statute", width=180),
            Column("Section"),
            Column("Counts", width=60),
            Column("Description", width=220),
            Column("Filed on", width=100),
        ],
        "detention": [
            Column("Status", _choices(cl.DETENTION_STATUSES, blank=True), 160),
            Column("Since (arrest or commitment)", width=180),
            Column("Bail", width=260),
        ],
        "measures": [
            Column("Child", rows.children, 90),
            Column("Measure", _choices(cl.MEASURES), 260),
            Column("Status", _choices(cl.MEASURE_STATUSES), 100),
            Column("Requested on", width=100),
            Column("Ruled on", width=100),
            Column("Language", width=100),
        ],
        "witnesses": [
            Column("Hearing", rows.hearings, 200),
            Column("Person", (("", ""), *rows.persons), 100),
            Column("Or name (an official)", width=240),
            Column("Judicial affidavit filed on", width=170),
        ],
        "motions": [
            Column("Hearing", rows.hearings, 200),
            Column("Title", width=260),
            Column("Filed by", _choices(cl.PARTIES), 140),
            Column("Filed on", width=100),
            Column("Status", _choices(cl.MOTION_STATUSES), 90),
            Column("Resolved on", width=100),
        ],
        "exhibits": [
            Column("Marking", width=70),
            Column("Description", width=240),
            Column("Offered by", _choices(cl.PARTIES), 130),
            Column("Evidence", (("", ""), *rows.evidence), 90),
            Column("Offered on", width=100),
            Column("Ruling", _choices(cl.EXHIBIT_RULINGS), 120),
            Column("Ruled on", width=100),
        ],
    }


def rows_of(case: Case) -> CourtRows:
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
    rows.accused = [(designation(p), p.id or "") for p in case.persons if p.role == "accused"]
    for p in case.persons:
        if p.role == "accused":
            d = p.detention
            rows.detention.append([d.status, _iso(d.since), d.bail or ""] if d else ["", "", ""])
    rows.children = tuple(
        (designation(p), p.id or "") for p in case.persons if p.role in ("victim", "witness")
    )
    rows.persons = tuple((designation(p), p.id or "") for p in case.persons)
    rows.hearings = tuple(
        (
            f"{lb.short_date(lb.manila(h.starts_at).date())} {lb.label(lb.HEARING_KINDS, h.kind).lower()}",
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


def _obj(**values: str) -> dict[str, Any]:
    return {k: v.strip() for k, v in values.items() if v.strip()}


def _each(rows: list[Row], path: str, parse: Callable[[Row, str], Any]) -> list[Any]:
    return [parse(row, f"{path}[{i}]") for i, row in enumerate(r for r in rows if _filled(r))]


def apply_rows(case: Case, rows: CourtRows) -> None:
    """Put the rows into `case` (a loaded case, changed in place); raises InvalidInput with the
    table and row of the first problem. Nothing is changed when a row is wrong."""
    prosecutor = rows.prosecutor.strip() or None
    disposition = None
    if rows.disposition:
        data = _obj(kind=rows.disposition, on=rows.disposition_on)
        disposition = schema.parse_disposition(data, "disposition")
    court, region, branch, station = (part.strip() for part in rows.court)
    numbers: dict[str, CriminalCase] = {}

    def charge(row: Row, path: str) -> None:
        number, statute, section, counts, description, filed = row
        cc = numbers.get(number.strip())
        if cc is None:
            data: dict[str, Any] = _obj(
                number=number, court=court, branch=branch, station=station, filed_on=filed
            )
            if region:
                data["judicial_region"] = int(region) if region.isdigit() else region
            cc = numbers[number.strip()] = schema.parse_criminal_case(data, path)
        if statute.strip() or section.strip() or description.strip():
            values: dict[str, Any] = _obj(statute=statute, section=section, description=description)
            if counts.strip():
                values["counts"] = int(counts) if counts.strip().isdigit() else counts
            cc.charges.append(schema.parse_charge(values, f"{path}.charge"))

    _each(rows.charges, "charges", charge)
    detentions = [
        schema.parse_detention(_obj(status=s, since=since, bail=bail), f"detention[{i}]")
        if s.strip()
        else None
        for i, (s, since, bail) in enumerate(rows.detention)
    ]
    measures = _each(
        rows.measures,
        "measures",
        lambda r, p: (
            r[0],
            schema.parse_measure(
                _obj(measure=r[1], status=r[2], requested_on=r[3], ruled_on=r[4], language=r[5]), p
            ),
        ),
    )

    def witness(row: Row, path: str) -> tuple[str, HearingWitness]:
        hearing, person, name, filed = row
        data = _obj(name=name, affidavit_filed_on=filed)
        if person.strip():
            data["person"] = 0  # checked for its shape here; the id is set below
        parsed = schema.parse_witness(data, path)
        parsed.person = person.strip() or None
        return hearing, parsed

    witnesses = _each(rows.witnesses, "witnesses", witness)
    motions: list[tuple[str, Motion]] = _each(
        rows.motions,
        "motions",
        lambda r, p: (
            r[0],
            schema.parse_motion(
                _obj(title=r[1], filed_by=r[2], filed_on=r[3], status=r[4], resolved_on=r[5]), p
            ),
        ),
    )

    def exhibit(row: Row, path: str) -> Exhibit:
        marking, description, by, evidence, offered, ruling, ruled = row
        data = _obj(
            marking=marking,
            description=description,
            offered_by=by,
            offered_on=offered,
            ruling=ruling,
            ruled_on=ruled,
        )
        parsed = schema.parse_exhibit(data, path)
        parsed.evidence = evidence.strip() or None
        return parsed

    exhibits = _each(rows.exhibits, "exhibits", exhibit)
    people = {p.id for p in case.persons}
    if any(pid not in people for pid, _m in measures):
        raise InvalidInput("measures: choose the child each measure is for")
    for hearing_id, _w in witnesses + motions:
        if not any(h.id == hearing_id for h in case.hearings):
            raise InvalidInput("hearing: choose the hearing each witness and motion belongs to")
    # Everything parsed: only now change the case.
    case.prosecutor, case.disposition = prosecutor, disposition
    case.criminal_cases = list(numbers.values())
    accused = [p for p in case.persons if p.role == "accused"]
    for person, detention in zip(accused, detentions, strict=False):
        person.detention = detention
    for p in case.persons:
        p.measures = [m for pid, m in measures if pid == p.id]
    for h in case.hearings:
        h.witnesses = [w for hid, w in witnesses if hid == h.id]
        h.motions = [m for hid, m in motions if hid == h.id]
    case.exhibits = exhibits


def disposition_choices() -> tuple[tuple[str, str], ...]:
    return _choices(cl.DISPOSITIONS, blank=True)


__all__ = ["Column", "CourtRows", "Disposition", "apply_rows", "columns", "disposition_choices", "rows_of"]
