"""The court-ready hearing summary (DESIGN §8): what a lawyer hands to the judge before a hearing.

Read by the judge, the prosecutor and defence counsel, so it follows the shape of a Philippine
court paper (court heading, caption with "People of the Philippines", the "x---x" rule) and
names protected people only by their court initials. This module only lays the document out
from records the service has loaded; it reads no database and checks no permission.

The case timeline prints every note in full. A note cut short can change its meaning in court,
and the chronology is what a judge asks for when deciding on postponements or accommodations.
A lawyer who would rather not hand the working notes to the other side leaves the text out
(`include_note_text=False`); the timeline then keeps each note's date, kind and author.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from caseintake.domain.records import Case, Hearing, Person
from caseintake.reports import labels as lb
from caseintake.reports.hearing_summary_sections import (
    ROW_SPLIT,
    add_evidence,
    add_hearing_history,
    add_timeline,
    grid,
)
from caseintake.reports.pdf_document import (
    DocumentSpec,
    DocumentText,
    RenderedPdf,
    render_pdf,
    text_height,
    text_width,
)
from caseintake.reports.pdf_style import RULE, SERIF, DocumentStyles, document_styles

__all__ = [
    "BANNER_HEADLINE",
    "BANNER_TEXT",
    "HearingSummary",
    "compose_hearing_summary",
    "render_hearing_summary",
]

BANNER_HEADLINE = "CONFIDENTIAL · INVOLVES A CHILD · NOT FOR PUBLIC DISCLOSURE"
BANNER_TEXT = (
    "Protected persons appear only under fictitious initials (A.M. No. 12-7-15-SC). "
    "Do not copy, publish or disclose."
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ROLE_ORDER = {"victim": 0, "accused": 1, "guardian": 2, "witness": 3, "other": 4}
_CAPTION_ACCUSED = 4  # more than this many accused print as "XXX, et al." (all are listed under parties)


@dataclass(frozen=True)
class HearingSummary:
    """Everything one summary prints; the service fills it in, this module lays it out."""

    case: Case
    hearing: Hearing
    document_id: str
    prepared_by: str
    prepared_role: str
    prepared_on: date
    office_name: str = ""
    staff_names: Mapping[str, str] = field(default_factory=dict)
    paper: str = "a4"
    include_note_text: bool = True


def designation(person: Person) -> str:
    """Court initials for a protected person; the recorded name for anyone else."""
    if person.protected or person.identity is not None:
        return person.pseudonym or "(initials not assigned)"
    return person.name or person.pseudonym or f"Unnamed {lb.label(lb.PERSON_ROLES, person.role).lower()}"


def _is_child(person: Person, opened_on: date, on: date) -> bool:
    if person.age is not None:
        return person.age + (on - opened_on).days // 366 < 18
    return person.birth_year is not None and on.year - person.birth_year < 18


class _Composer:
    def __init__(self, summary: HearingSummary, doc: DocumentText) -> None:
        self.s = summary
        self.doc = doc
        self.st: DocumentStyles = document_styles()
        self.width = text_width(summary.paper)
        self.sections = 0
        self.when = lb.manila(summary.hearing.starts_at)

    def e(self, value: str) -> str:
        return self.doc.escape(value)

    def staff(self, username: str | None) -> str:
        return self.e(self.s.staff_names.get(username, username)) if username else "—"

    def heading(self, title: str) -> None:
        self.doc.add(f"{_ROMAN[self.sections]}. {title}", self.st.heading)
        self.sections += 1

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """A two-column block of label and value, ruled above and below."""
        cells = [[self.doc.paragraph(k, self.st.label), self.doc.paragraph(v, self.st.cell)] for k, v in rows]
        table = Table(
            cells, colWidths=[self.width * 0.27, self.width * 0.73], hAlign="LEFT", splitInRow=ROW_SPLIT
        )
        table.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ])
        )  # fmt: skip
        self.doc.add_flowables([table])

    def docket_label(self) -> str:
        stage = self.s.hearing.kind in ("inquest", "preliminary_investigation")
        return "Docket No." if stage else "Criminal Case No."

    def caption(self) -> None:
        h, st = self.s.hearing, self.st
        self.doc.add("Republic of the Philippines", st.court)
        self.doc.add(self.e(lb.court_name(h.court)), st.court_name)
        if h.branch and h.branch.casefold() not in h.court.casefold():
            self.doc.add(self.e(h.branch), st.court)
        self.doc.add_flowables([Spacer(1, 14)])
        stage = h.kind in ("inquest", "preliminary_investigation")
        accused = [p for p in self.s.case.persons if p.role == "accused"]
        names = [self.e(designation(p).upper() if not p.protected else designation(p)) for p in accused]
        if len(names) > _CAPTION_ACCUSED:
            names = [names[0] + ", et al."]
        shown = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        party = ("Respondents" if len(accused) > 1 else "Respondent") if stage else "Accused"
        left: list[Flowable] = [
            self.doc.paragraph("<b>PEOPLE OF THE PHILIPPINES,</b>", st.body),
            self.doc.paragraph("Complainant," if stage else "Plaintiff,", st.body_indented),
            self.doc.paragraph("– versus –", st.subtitle),
            self.doc.paragraph(f"<b>{shown or 'UNIDENTIFIED'},</b>", st.body),
            self.doc.paragraph(f"{party}.", st.body_indented),
        ]
        offenses = "; ".join(lb.label(lb.OFFENSES, o) for o in self.s.case.offenses)
        docket = self.e(h.docket) if h.docket else "<i>not yet assigned</i>"
        right: list[Flowable] = [
            self.doc.paragraph(f"{self.docket_label()} <b>{docket}</b>", st.body),
            self.doc.paragraph(f"For: {offenses}", st.body),
        ]
        rule = self.doc.paragraph("x" + "- " * 38 + "x", st.small)
        table = Table([[left, right], [rule, ""]], colWidths=[self.width * 0.56, self.width * 0.44])
        table.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (0, -1), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 14),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
            ])
        )  # fmt: skip
        if table.wrap(self.width, 10_000)[1] > text_height(self.s.paper) / 2:
            table = KeepTogether([*left, *right, rule])  # absurdly long names: plain paragraphs can break
        self.doc.add_flowables([table, Spacer(1, 10)])
        kind = lb.label(lb.HEARING_KINDS, h.kind)
        self.doc.add("HEARING SUMMARY", st.title)
        self.doc.add(f"{kind} · {lb.long_date(self.when.date())} · {lb.clock(self.when)}", st.subtitle)

    def hearing(self) -> None:
        h = self.s.hearing
        self.heading("The hearing")
        rows = [
            ("Kind of hearing", lb.label(lb.HEARING_KINDS, h.kind)),
            ("Date", lb.long_date(self.when.date())),
            ("Time", f"{lb.clock(self.when)}, {lb.manila_zone_note(h.starts_at)}"),
            ("Court", self.e(h.court)),
        ]
        if h.branch:
            rows.append(("Branch", self.e(h.branch)))
        if h.location:
            rows.append(("Venue", self.e(h.location)))
        rows += [
            (self.docket_label(), self.e(h.docket) if h.docket else "<i>not yet assigned</i>"),
            ("Purpose", lb.HEARING_PURPOSES.get(h.kind, lb.HEARING_PURPOSES["other"])),
            ("Status", lb.label(lb.HEARING_STATUSES, h.status)),
            ("Handling lawyer", self.staff(h.lawyer)),
            ("Office reference", self.e(self.s.case.reference or "—")),
        ]
        self.facts(rows)
        if h.notes:
            self.doc.add("Notes for this hearing", self.st.subheading)
            for block in self.doc.blocks(h.notes):
                self.doc.add(block, self.st.body)

    def background(self) -> None:
        case = self.s.case
        self.heading("The case")
        rows = [
            ("Offenses", "<br/>".join(lb.label(lb.OFFENSES, o) for o in case.offenses)),
            ("Case opened", lb.full_date(case.opened_on)),
            ("Case status", lb.label(lb.CASE_STATUSES, case.status)),
        ]
        if case.source_kind:
            ref = f" (reference {self.e(case.source_reference)})" if case.source_reference else ""
            rows.insert(2, ("Source", lb.label(lb.SOURCES, case.source_kind) + ref))
        self.facts(rows)
        self.doc.add("Summary", self.st.subheading)
        for block in self.doc.blocks(case.summary):
            self.doc.add(block, self.st.body)

    def parties(self) -> None:
        case, st = self.s.case, self.st
        self.heading("Parties and witnesses")
        people = sorted(case.persons, key=lambda p: _ROLE_ORDER.get(p.role, 9))
        head = ["Designation", "Role", "Sex", "Age", "Nationality", "Relationship to the victim"]
        rows: list[list[Flowable]] = [[self.doc.paragraph(h, st.cell_head) for h in head]]
        for p in people:
            age = str(p.age) if p.age is not None else (f"born {p.birth_year}" if p.birth_year else "—")
            values = [
                f"<b>{self.e(designation(p))}</b>",
                lb.label(lb.PERSON_ROLES, p.role),
                lb.label(lb.SEXES, p.sex),
                age,
                lb.label(lb.NATIONALITIES, p.nationality),
                lb.label(lb.RELATIONSHIPS, p.relationship),
            ]
            rows.append([self.doc.paragraph(v, st.cell) for v in values])
        if not people:
            self.doc.add("<i>No parties are recorded.</i>", st.body)
            return
        ratios = (0.22, 0.12, 0.11, 0.07, 0.14, 0.34)
        table = Table(
            rows,
            colWidths=[self.width * r for r in ratios],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=ROW_SPLIT,
        )
        table.setStyle(grid())
        self.doc.add_flowables([table, Spacer(1, 4)])
        self.doc.add(
            "Capital initials (AAA, XXX) are fictitious: names and personal circumstances of protected "
            f"persons are withheld. Ages are as recorded at intake ({lb.full_date(case.opened_on)}).",
            st.small_italic,
        )

    def accommodations(self) -> None:
        case, st = self.s.case, self.st
        self.heading("Child-witness accommodations")
        children = [
            p for p in case.persons
            if p.role in ("victim", "witness") and _is_child(p, case.opened_on, self.when.date())
        ]  # fmt: skip
        if children:
            names = ", ".join(
                self.e(designation(p)) + (f" ({p.age} at intake)" if p.age is not None else "")
                for p in children
            )
            self.doc.add(f"Child witnesses: <b>{names}</b>", st.body)
        if not case.accommodations:
            self.doc.add("<i>No accommodations are recorded for this case.</i>", st.body)
            return
        self.doc.add(
            "Recorded for this case under the Rule on Examination of a Child Witness "
            "(A.M.&nbsp;No.&nbsp;00-4-07-SC):",
            st.body,
        )
        for code in case.accommodations:
            title, why = lb.ACCOMMODATIONS.get(code, (code.replace("_", " ").capitalize(), ""))
            self.doc.add(f"<b>{title}</b>" + (f" — {why}." if why else ""), st.list_item, bullet="•")

    def prepared_by(self) -> None:
        s, st = self.s, self.st
        role = lb.label(lb.USER_ROLES, s.prepared_role)
        office = f", {self.e(s.office_name)}" if s.office_name else ""
        label = self.doc.paragraph
        rows = [
            [label("Prepared by:", st.label), "", label("Date prepared:", st.label)],
            [Spacer(1, 32), "", self.doc.paragraph(lb.full_date(s.prepared_on), st.cell)],
            [self.doc.paragraph(f"<b>{self.e(s.prepared_by)}</b>", st.cell), "", ""],
            [self.doc.paragraph(f"{role}{office}", st.cell), "", ""],
        ]
        widths = [self.width * 0.5, self.width * 0.12, self.width * 0.38]
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=ROW_SPLIT)
        table.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 2), (0, 2), 0.7, RULE),  # the signature line
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ])
        )  # fmt: skip
        closing = self.doc.paragraph(
            f"Prepared from the records of the office as of {lb.full_date(s.prepared_on)}. Protected persons "
            "are identified by fictitious initials only.",
            st.body,
        )
        # Kept together so the signature never stands alone at the top of an otherwise empty page.
        self.doc.add_flowables([KeepTogether([Spacer(1, 8), closing, table])])


def compose_hearing_summary(summary: HearingSummary) -> DocumentText:
    """Build the story and collect its text; nothing is laid out until `render_hearing_summary`."""
    case, hearing = summary.case, summary.hearing
    when = lb.manila(hearing.starts_at)
    kind = lb.label(lb.HEARING_KINDS, hearing.kind)
    spec = DocumentSpec(
        title=f"Hearing summary {case.reference or ''}".strip(),
        office=summary.office_name,
        document_id=summary.document_id,
        footer_label=f"Hearing summary · {case.reference or ''} · {kind}, {lb.short_date(when.date())}",
        banner_headline=BANNER_HEADLINE,
        banner_text=BANNER_TEXT,
        paper=summary.paper,
    )
    doc = DocumentText(spec)
    composer = _Composer(summary, doc)
    composer.caption()
    composer.hearing()
    composer.background()
    composer.parties()
    composer.accommodations()
    composer.heading("Earlier hearings and outcomes")
    add_hearing_history(doc, composer.st, summary)
    composer.heading("Case timeline")
    add_timeline(doc, composer.st, summary, staff=composer.staff)
    composer.heading("Evidence register")
    add_evidence(doc, composer.st, case, composer.width)
    composer.prepared_by()
    return doc


def render_hearing_summary(doc: DocumentText, *, invariant: bool = False) -> RenderedPdf:
    """Lay out a composed summary; call only after its `text` passed the identity-leak guard."""
    return render_pdf(doc.spec, doc.story, invariant=invariant)
