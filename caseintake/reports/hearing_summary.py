"""The court-ready hearing summary (DESIGN §8): what a lawyer brings to court for one hearing.

Read by the judge, the prosecutor and defence counsel, so it follows a Philippine court paper:
the court heading in capitals down to the branch, the caption with "People of the Philippines",
every criminal case number and the charges by statute and section, the "x---x" rule. Protected
people appear only by their court initials, and nothing in it says where a child lives or is
placed: a shelter is printed as "in residential care" with the kind of agency, never its name,
place or the referral's note. The office's working notes are printed only when the lawyer picks
them (`note_ids`), one by one.

This module only lays the document out from records the service has loaded; it reads no
database and checks no permission. The default "court" layout follows the Efficient Use of Paper
Rule (A.M. No. 11-9-4-SC); "working-copy" is a compact version for the lawyer, marked as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from caseintake.domain.court_labels import designation
from caseintake.domain.records import Case, CriminalCase, Hearing, Person
from caseintake.reports import court_labels as cl
from caseintake.reports import labels as lb
from caseintake.reports.hearing_summary_court import (
    add_accused,
    add_charges,
    add_children,
    add_exhibits,
    add_motions,
    add_witnesses,
    next_steps,
)
from caseintake.reports.hearing_summary_sections import (
    ROW_SPLIT,
    add_evidence,
    add_hearing_history,
    add_timeline,
)
from caseintake.reports.pdf_document import (
    DocumentSpec,
    DocumentText,
    RenderedPdf,
    page_layout,
    render_pdf,
    text_height,
    text_width,
)
from caseintake.reports.pdf_style import RULE, SERIF, DocumentStyles, document_styles

__all__ = [
    "BANNER_HEADLINE",
    "BANNER_TEXT",
    "LAYOUT_NAMES",
    "HearingSummary",
    "compose_hearing_summary",
    "designation",
    "render_hearing_summary",
]

BANNER_HEADLINE = "CONFIDENTIAL · INVOLVES A CHILD · NOT FOR PUBLIC DISCLOSURE"
BANNER_TEXT = (
    "Protected persons appear only under fictitious initials (A.M. No. 12-7-15-SC). "
    "Do not copy, publish or disclose."
)
LAYOUT_NAMES = ("court", "working-copy")
WORKING_COPY_MARK = "WORKING COPY, NOT FOR FILING"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
_CAPTION_ACCUSED = 4  # more than this many accused print as "XXX, et al." (all are listed below)
_SIGNATURE_WITH = 3  # this many closing entries of the last section stay with the signature


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
    paper: str = "long"
    layout: str = "court"
    note_ids: tuple[str, ...] = ()  # the working notes the lawyer chose to include; none by default
    include_note_text: bool = True  # for the chosen notes: their text, or only date, kind and author


def caption_name(person: Person) -> str:
    """As a caption names a party: initials as they are, other names in capitals."""
    return designation(person) if person.protected else designation(person).upper()


class Composer:
    """Lays out one summary; the section functions in the sibling modules take it as `c`."""

    def __init__(self, summary: HearingSummary, doc: DocumentText) -> None:
        self.s = summary
        self.doc = doc
        lay = page_layout(summary.layout)
        self.size = lay.body_size
        self.st: DocumentStyles = document_styles(lay.body_size, entry_indent=lay.body_size * 7.6)
        self.width = text_width(summary.paper, summary.layout)
        self.height = text_height(summary.paper, summary.layout)
        self.sections = 0
        self.numerals: dict[str, str] = {}  # section key -> its roman numeral, for cross-references
        self.when = lb.manila(summary.hearing.starts_at)
        self.day = self.when.date()
        self.hearing_label = f"hearing of {lb.short_date(self.day)}"
        self.by_id = {p.id: p for p in summary.case.persons if p.id}

    def e(self, value: str, source: str) -> str:
        """Case text, escaped, with the record and field it came from (for the leak guard)."""
        return self.doc.escape(value, source)

    def staff(self, username: str | None) -> str:
        return self.doc.escape(self.s.staff_names.get(username, username)) if username else "—"

    def heading(self, title: str, key: str = "") -> None:
        numeral = _ROMAN[self.sections]
        self.doc.add(f"{numeral}. {title}", self.st.heading)
        self.sections += 1
        if key:
            self.numerals[key] = numeral

    def person(self, person: Person) -> str:
        return self.e(designation(person), f"person {person.pseudonym or person.role}: name")

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """A two-column block of label and value, ruled above and below."""
        cells = [[self.doc.paragraph(k, self.st.label), self.doc.paragraph(v, self.st.cell)] for k, v in rows]
        table = Table(
            cells, colWidths=[self.width * 0.3, self.width * 0.7], hAlign="LEFT", splitInRow=ROW_SPLIT
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

    @property
    def stage(self) -> bool:
        """Before the information is filed in court: inquest or preliminary investigation."""
        return self.s.hearing.kind in ("inquest", "preliminary_investigation")

    def main_criminal_case(self) -> CriminalCase | None:
        cases = self.s.case.criminal_cases
        docket = (self.s.hearing.docket or "").strip()
        return next((c for c in cases if c.number == docket), cases[0] if cases else None)

    def case_numbers(self) -> list[str]:
        numbers = [c.number for c in self.s.case.criminal_cases]
        docket = (self.s.hearing.docket or "").strip()
        if docket and docket not in numbers:
            numbers.insert(0, docket)
        return numbers

    def numbers_label(self) -> str:
        if self.stage:
            return "NPS Docket No."
        return "Crim. Case Nos." if len(self.case_numbers()) > 1 else "Crim. Case No."

    def numbers_text(self) -> str:
        """One number a line, as the right side of a caption lists them."""
        numbers = [f"<b>{self.e(n, 'criminal case: number')}</b>" for n in self.case_numbers()]
        return "<br/>".join(numbers) if numbers else "<i>not yet assigned</i>"

    def court_lines(self) -> list[str]:
        """REPUBLIC OF THE PHILIPPINES / REGIONAL TRIAL COURT / 7th JUDICIAL REGION / Branch 12, City."""
        h, main = self.s.hearing, self.main_criminal_case()
        where = f"{self.hearing_label}: court"
        if self.stage:
            return ["REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF JUSTICE", self.e(h.court, where).upper()]
        full = lb.court_name(h.court)
        court_part, _, station = full.partition(",")
        court, _, branch = court_part.partition(" Branch ")
        if main is not None and main.court:
            court = self.e(main.court, "criminal case: court")
        else:
            court = self.e(court.strip(), where)
        if main is not None and main.branch:
            branch = self.e(main.branch, "criminal case: branch")
        elif h.branch:
            branch = self.e(h.branch.removeprefix("Branch ").strip(), f"{self.hearing_label}: branch")
        else:
            branch = self.e(branch.strip(), where)
        if main is not None and main.station:
            station = self.e(main.station, "criminal case: station")
        else:
            station = self.e(station.strip(), where)
        lines = ["REPUBLIC OF THE PHILIPPINES", court.upper()]
        region = cl.judicial_region_line(main.judicial_region if main else None, self.s.case.region)
        if region:
            lines.append(region)
        seat = ", ".join(part for part in (f"Branch {branch}" if branch else "", station) if part)
        if seat:
            lines.append(seat)
        return lines

    def charges_text(self) -> str:
        charges = [g for c in self.s.case.criminal_cases for g in c.charges]
        if charges:
            texts = [self.e(cl.charge_text(g), "charge: statute and section") for g in charges]
            return "Violation of " + "; ".join(texts)
        return "; ".join(lb.label(lb.OFFENSES, o) for o in self.s.case.offenses)

    def caption(self) -> None:
        st = self.st
        for i, line in enumerate(self.court_lines()):
            self.doc.add(f"<b>{line}</b>" if i in (1, 2) else line, st.court)
        self.doc.add_flowables([Spacer(1, self.size)])
        accused = [p for p in self.s.case.persons if p.role == "accused"]
        names = [
            f"<b>{self.e(caption_name(p), f'person {p.pseudonym or p.role}: name')}</b>" for p in accused
        ]
        if len(names) > _CAPTION_ACCUSED:
            names = [names[0] + ", <b>et al.</b>"]
        shown = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        party = ("Respondents" if len(accused) > 1 else "Respondent") if self.stage else "Accused"
        left: list[Flowable] = [
            self.doc.paragraph("<b>PEOPLE OF THE PHILIPPINES,</b>", st.body),
            self.doc.paragraph("Complainant," if self.stage else "Plaintiff,", st.body_indented),
            self.doc.paragraph("-versus-", st.subtitle),
            self.doc.paragraph(f"{shown or '<b>UNIDENTIFIED</b>'},", st.body),
            self.doc.paragraph(f"{party}.", st.body_indented),
        ]
        right: list[Flowable] = [
            self.doc.paragraph(f"{self.numbers_label()}<br/>{self.numbers_text()}", st.cell),
            Spacer(1, self.size * 0.4),
            self.doc.paragraph(f"For: {self.charges_text()}", st.cell),
        ]
        left_width = self.width * 0.61
        dash = stringWidth("-", SERIF, st.small.fontSize)
        rule_text = "x" + "-" * int((left_width - 2 * dash - 6) / dash) + "x"
        rule = self.doc.paragraph(rule_text, st.small)
        table = Table([[left, right], [rule, ""]], colWidths=[left_width, self.width - left_width])
        table.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (0, -1), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 2),
                ("LEFTPADDING", (1, 0), (1, 0), self.size * 0.8),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
            ])
        )  # fmt: skip
        if table.wrap(self.width, 10_000)[1] > self.height / 2:
            table = KeepTogether([*left, *right, rule])  # absurdly long names: plain paragraphs can break
        self.doc.add_flowables([table, Spacer(1, self.size * 0.6)])
        kind = lb.label(lb.HEARING_KINDS, self.s.hearing.kind)
        self.doc.add("HEARING SUMMARY", st.title)
        self.doc.add(f"{kind} · {lb.long_date(self.day)} · {lb.clock(self.when)}", st.subtitle)

    def hearing(self) -> None:
        h, case = self.s.hearing, self.s.case
        self.heading("The hearing")
        src = self.hearing_label
        rows = [
            ("Kind", lb.label(lb.HEARING_KINDS, h.kind)),
            (
                "Date and time",
                f"{lb.long_date(self.day)}, {lb.clock(self.when)}, {lb.manila_zone_note(h.starts_at)}",
            ),
            ("Court", self.e(h.court, f"{src}: court")),
        ]
        if h.location:
            rows.append(("Venue", self.e(h.location, f"{src}: venue")))
        rows += [
            ("Purpose", lb.HEARING_PURPOSES.get(h.kind, lb.HEARING_PURPOSES["other"])),
            ("Status", lb.label(lb.HEARING_STATUSES, h.status)),
            ("Public prosecutor", self.e(case.prosecutor, "case: prosecutor") if case.prosecutor else "—"),
            ("Private prosecutor", self.staff(h.lawyer) + (f", {self.doc.escape(self.s.office_name)}"
                                                           if self.s.office_name and h.lawyer else "")),
            ("Office reference", self.doc.escape(case.reference or "—")),
        ]  # fmt: skip
        self.facts(rows)
        if h.outcome and h.status != "scheduled":
            self.doc.add("Outcome of this hearing", self.st.subheading)
            for block in self.doc.blocks(h.outcome, f"{src}: outcome"):
                self.doc.add(block, self.st.prose)
        elif h.status == "held":
            self.doc.add("<i>The hearing was held; no outcome is recorded yet.</i>", self.st.body)
        if h.notes:
            self.doc.add("Notes for this hearing", self.st.subheading)
            for block in self.doc.blocks(h.notes, f"{src}: notes"):
                self.doc.add(block, self.st.prose)

    def background(self) -> None:
        case = self.s.case
        self.doc.add("Background", self.st.subheading)
        for block in self.doc.blocks(case.summary, "case: summary"):
            self.doc.add(block, self.st.prose)

    def closing(self) -> None:
        """Next steps, then the signature block, which never stands alone on a page."""
        s, st = self.s, self.st
        self.heading("Next steps")
        steps = next_steps(self)
        items = [self.doc.paragraph(step, st.list_item, bullet="•") for step in steps]
        if not items:
            items = [self.doc.paragraph("<i>Nothing further is recorded for this hearing.</i>", st.body)]
        role = lb.label(lb.USER_ROLES, s.prepared_role)
        office = f", {self.doc.escape(s.office_name)}" if s.office_name else ""
        label = self.doc.paragraph
        rows = [
            [label("Prepared by:", st.label), "", label("Date prepared:", st.label)],
            [Spacer(1, self.size * 2.6), "", self.doc.paragraph(lb.full_date(s.prepared_on), st.cell)],
            [self.doc.paragraph(f"<b>{self.doc.escape(s.prepared_by)}</b>", st.cell), "", ""],
            [self.doc.paragraph(f"{role}{office}", st.cell), "", ""],
        ]
        widths = [self.width * 0.55, self.width * 0.07, self.width * 0.38]
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
        # The last steps travel with the signature, so it never stands alone at the top of a page.
        head, tail = items[:-_SIGNATURE_WITH], items[-_SIGNATURE_WITH:]
        self.doc.add_flowables([*head, KeepTogether([*tail, Spacer(1, self.size * 0.6), closing, table])])


def compose_hearing_summary(summary: HearingSummary) -> DocumentText:
    """Build the story and collect its text; nothing is laid out until `render_hearing_summary`."""
    case, hearing = summary.case, summary.hearing
    day = lb.manila(hearing.starts_at).date()
    kind = lb.label(lb.HEARING_KINDS, hearing.kind)
    footer = f"Hearing summary · {case.reference or ''} · {kind}, {lb.short_date(day)}"
    if summary.layout == "working-copy":
        footer = f"{WORKING_COPY_MARK} · {footer}"
    spec = DocumentSpec(
        title=f"Hearing summary {case.reference or ''}".strip(),
        office=summary.office_name,
        document_id=summary.document_id,
        footer_label=footer,
        banner_headline=BANNER_HEADLINE,
        banner_text=BANNER_TEXT,
        paper=summary.paper,
        layout=summary.layout,
    )
    doc = DocumentText(spec)
    c = Composer(summary, doc)
    if summary.layout == "working-copy":
        doc.add(f"<b>{WORKING_COPY_MARK}</b>", c.st.subtitle)
    c.caption()
    c.hearing()
    c.heading("The charges")
    add_charges(c)
    c.background()
    c.heading("The accused")
    add_accused(c)
    c.heading("Witnesses for this hearing")
    add_witnesses(c)
    c.heading("Child witnesses and their accommodations")
    add_children(c)
    c.heading("Exhibits")
    add_exhibits(c)
    c.heading("Pending motions", "motions")
    add_motions(c)
    c.heading("Earlier hearings and later settings")
    add_hearing_history(c)
    c.heading("Case timeline")
    add_timeline(c)
    c.heading("Evidence register")
    add_evidence(c)
    c.closing()
    return doc


def render_hearing_summary(doc: DocumentText, *, invariant: bool = False) -> RenderedPdf:
    """Lay out a composed summary; call only after its `text` passed the identity-leak guard."""
    return render_pdf(doc.spec, doc.story, invariant=invariant)
