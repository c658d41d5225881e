"""The long sections of the hearing summary: hearing history, case timeline, evidence register.

All can run to many pages. Free text (notes, referral notes) is laid out as flowing paragraphs,
never inside a table cell: a table row cannot break across pages, so one long note in a cell
would stop the whole document. Table cells hold only short, single-line fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table, TableStyle

from caseintake.domain.records import Case, Hearing
from caseintake.reports import labels as lb
from caseintake.reports.pdf_document import DocumentText
from caseintake.reports.pdf_style import RULE, SERIF, SHADE, DocumentStyles

if TYPE_CHECKING:
    from caseintake.reports.hearing_summary import HearingSummary

__all__ = ["ROW_SPLIT", "add_evidence", "add_hearing_history", "add_timeline", "grid", "grouped_hash"]

# A table row taller than a page may break inside (a long name, a description); each part is at
# least this tall, so a row never leaves a single stranded line at the foot of a page.
ROW_SPLIT = 48


def grid() -> TableStyle:
    """A register table: shaded header row, thin rules between rows."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.7, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ])  # fmt: skip


def grouped_hash(sha256: str) -> str:
    """64 hex digits as eight groups of eight, easy to compare by eye; breaks between groups."""
    groups = [sha256[i : i + 8] for i in range(0, len(sha256), 8)]
    return " ".join(groups)


def add_hearing_history(doc: DocumentText, st: DocumentStyles, summary: HearingSummary) -> None:
    """Hearings before this one with their outcomes, then the settings after it."""
    ordered = sorted(summary.case.hearings, key=lambda h: h.starts_at)
    selected = summary.hearing
    earlier = [h for h in ordered if h.id != selected.id and h.starts_at <= selected.starts_at]
    later = [h for h in ordered if h.id != selected.id and h.starts_at > selected.starts_at]
    if not earlier:
        doc.add("<i>No earlier hearing is recorded; this is the first setting.</i>", st.body)
    for h in earlier:
        _hearing_entry(doc, st, h, with_outcome=True)
    if later:
        doc.add("Later settings", st.subheading)
        for h in later:
            _hearing_entry(doc, st, h, with_outcome=False)


def _hearing_entry(doc: DocumentText, st: DocumentStyles, h: Hearing, *, with_outcome: bool) -> None:
    local = lb.manila(h.starts_at)
    head = (
        f"<b>{lb.label(lb.HEARING_KINDS, h.kind)}</b> · {lb.clock(local)} · {doc.escape(h.court)}"
        f" · {lb.label(lb.HEARING_STATUSES, h.status).lower()}"
    )
    blocks = doc.blocks(h.outcome) if with_outcome and h.outcome else []
    doc.add(head, st.entry if with_outcome else st.entry_only, bullet=lb.short_date(local.date()))
    if with_outcome and not blocks:
        doc.add("<i>No outcome recorded.</i>", st.entry_text)
    for i, block in enumerate(blocks):
        doc.add(("Outcome: " if i == 0 else "") + block, st.entry_text)


@dataclass(frozen=True)
class _Event:
    day: date
    order: int  # opened first, closed last on the same day
    minute: str  # sorts notes of one day by time
    head: str
    blocks: list[str]


def add_timeline(
    doc: DocumentText, st: DocumentStyles, summary: HearingSummary, *, staff: Callable[[str | None], str]
) -> None:
    """Opening, referrals, notes and closing of the case, by date (Philippine time)."""
    case = summary.case
    events: list[_Event] = []
    source = ""
    if case.source_kind:
        ref = f" (reference {doc.escape(case.source_reference)})" if case.source_reference else ""
        source = f"Source: {lb.label(lb.SOURCES, case.source_kind)}{ref}."
    events.append(_Event(case.opened_on, 0, "", "<b>Case opened</b>", [source] if source else []))
    for r in case.referrals:
        head = f"<b>Referral: {lb.label(lb.REFERRAL_KINDS, r.kind)}</b> · {doc.escape(r.agency)}"
        status = f"Status: {lb.label(lb.REFERRAL_STATUSES, r.status)}"
        if r.follow_up_on:
            status += f"; follow-up {lb.short_date(r.follow_up_on)}"
        events.append(
            _Event(r.referred_on, 1, "", head, [status + "."] + (doc.blocks(r.note) if r.note else []))
        )
    for n in case.notes:
        local = lb.manila(n.written_at)
        head = f"<b>{lb.label(lb.NOTE_KINDS, n.kind)}</b> · {lb.clock(local)} · {staff(n.author)}"
        if n.version > 1:
            head += " (revised)"
        if summary.include_note_text:
            blocks = doc.blocks(n.text)
        else:
            blocks = ["<i>Text not included in this summary.</i>"]
        events.append(_Event(local.date(), 2, local.strftime("%H%M"), head, blocks))
    if case.closed_on:
        events.append(_Event(case.closed_on, 3, "", "<b>Case closed</b>", []))
    for event in sorted(events, key=lambda ev: (ev.day, ev.order, ev.minute)):
        style = st.entry if event.blocks else st.entry_only
        doc.add(event.head, style, bullet=lb.short_date(event.day))
        for block in event.blocks:
            doc.add(block, st.entry_text)


def add_evidence(doc: DocumentText, st: DocumentStyles, case: Case, width: float) -> None:
    """The register: reference, description with its SHA-256, custodian, date received."""
    if not case.evidence:
        doc.add("<i>No evidence is registered for this case.</i>", st.body)
        return
    doc.add(
        "Items are registered by description, custodian and SHA-256 hash; this office holds no copy of "
        "their content.",
        st.body_lead,
    )
    head = ["Ref.", "Description and SHA-256 hash", "Custodian", "Received"]
    rows: list[list[Flowable | list[Flowable]]] = [[doc.paragraph(h, st.cell_head) for h in head]]
    for number, item in enumerate(case.evidence, start=1):
        described: list[Flowable] = [doc.paragraph(doc.escape(item.description), st.cell)]
        if item.sha256:
            described.append(doc.paragraph(doc.escape(grouped_hash(item.sha256)), st.mono))
        else:
            described.append(doc.paragraph("<i>No hash recorded.</i>", st.small_italic))
        rows.append([
            doc.paragraph(doc.escape(item.reference) if item.reference else f"#{number}", st.cell),
            described,
            doc.paragraph(doc.escape(item.custodian) if item.custodian else "—", st.cell),
            doc.paragraph(lb.short_date(item.received_on) if item.received_on else "—", st.cell),
        ])  # fmt: skip
    ratios = (0.13, 0.5, 0.21, 0.16)
    table = Table(
        rows, colWidths=[width * r for r in ratios], repeatRows=1, hAlign="LEFT", splitInRow=ROW_SPLIT
    )
    table.setStyle(grid())
    doc.add_flowables([table])
