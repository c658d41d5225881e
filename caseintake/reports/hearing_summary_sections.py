"""The long sections of the hearing summary: hearing history, case timeline, evidence register.

All can run to many pages. Free text (outcomes, selected notes) is laid out as flowing
paragraphs, never inside a table cell: a table row cannot break across pages, so one long note
in a cell would stop the whole document. Table cells hold only short fields.

The timeline is deliberately thin. A child's placement is a protected place like an address
(DESIGN §2.4): a shelter referral prints as "in residential care" with the kind of agency, never
the agency's name, where it is, or the referral's note; no referral note is printed at all, since
notes are working text. Working notes appear only when the lawyer selected them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table, TableStyle

from caseintake.domain.records import Hearing, Referral
from caseintake.reports import labels as lb
from caseintake.reports.pdf_style import RULE, SERIF, SHADE

if TYPE_CHECKING:
    from caseintake.reports.hearing_summary import Composer

__all__ = [
    "ROW_SPLIT",
    "add_evidence",
    "add_hearing_history",
    "add_timeline",
    "grid",
    "grouped_hash",
    "nbsp_date",
    "placement",
    "register_table",
]

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


def register_table(c: Composer, head: list[str], rows: list[list[Flowable | list[Flowable]]],
                   ratios: tuple[float, ...]) -> None:  # fmt: skip
    """A register with a repeated header row, columns sized as shares of the text width."""
    cells: list[list[Flowable | list[Flowable]]] = [[c.doc.paragraph(h, c.st.cell_head) for h in head]]
    table = Table(
        cells + rows,
        colWidths=[c.width * r for r in ratios],
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=ROW_SPLIT,
    )
    table.setStyle(grid())
    c.doc.add_flowables([table])


def nbsp_date(day: date | None) -> str:
    """A short date that never breaks across lines (table cells are narrow)."""
    return lb.short_date(day).replace(" ", "&nbsp;") if day else "—"


def grouped_hash(sha256: str) -> str:
    """64 hex digits as eight groups of eight, easy to compare by eye; breaks between groups."""
    groups = [sha256[i : i + 8] for i in range(0, len(sha256), 8)]
    return " ".join(groups)


def placement(referral: Referral) -> str | None:
    """ "in residential care (DSWD)" for a shelter referral; the kind of agency only, never its
    name or place. None for other referrals."""
    if referral.kind != "shelter":
        return None
    agency = "DSWD" if "dswd" in referral.agency.casefold() else "licensed residential care agency"
    if referral.status in ("accepted", "completed"):
        return f"in residential care ({agency})"
    if referral.status == "pending":
        return f"referred for residential care ({agency}), not yet placed"
    return f"referral for residential care {referral.status}"


def add_hearing_history(c: Composer) -> None:
    """Hearings before this one with their outcomes, then the settings after it."""
    ordered = sorted(c.s.case.hearings, key=lambda h: h.starts_at)
    selected = c.s.hearing
    earlier = [h for h in ordered if h.id != selected.id and h.starts_at <= selected.starts_at]
    later = [h for h in ordered if h.id != selected.id and h.starts_at > selected.starts_at]
    if not earlier:
        c.doc.add("<i>No earlier hearing is recorded; this is the first setting.</i>", c.st.body)
    for h in earlier:
        _hearing_entry(c, h)
    if later:
        c.doc.add("Later settings", c.st.subheading)
        for h in later:
            _hearing_entry(c, h)


def _hearing_entry(c: Composer, h: Hearing) -> None:
    local = lb.manila(h.starts_at)
    src = f"hearing of {lb.short_date(local.date())}"
    head = (
        f"<b>{lb.label(lb.HEARING_KINDS, h.kind)}</b> · {lb.clock(local)} · {c.e(h.court, f'{src}: court')}"
        f" · {lb.label(lb.HEARING_STATUSES, h.status).lower()}"
    )
    blocks = c.doc.blocks(h.outcome, f"{src}: outcome") if h.outcome else []
    c.doc.add(head, c.st.entry if blocks or h.status == "held" else c.st.entry_only,
              bullet=lb.short_date(local.date()))  # fmt: skip
    if h.status == "held" and not blocks:
        c.doc.add("<i>No outcome recorded.</i>", c.st.entry_text)
    for i, block in enumerate(blocks):
        c.doc.add(("Outcome: " if i == 0 else "") + block, c.st.entry_text)


@dataclass(frozen=True)
class _Event:
    day: date
    order: int  # opened first, closed last on the same day
    minute: str  # sorts notes of one day by time
    head: str
    blocks: list[str]


def add_timeline(c: Composer) -> None:
    """Opening, referrals, the selected notes and closing of the case, by date (Philippine time)."""
    case = c.s.case
    events: list[_Event] = []
    source = ""
    if case.source_kind:
        ref = (
            f" (reference {c.e(case.source_reference, 'case: source reference')})"
            if case.source_reference
            else ""
        )
        source = f"Source: {lb.label(lb.SOURCES, case.source_kind)}{ref}."
    events.append(_Event(case.opened_on, 0, "", "<b>Case opened</b>", [source] if source else []))
    for r in case.referrals:
        placed = placement(r)
        if placed is not None:
            head = f"<b>Placement:</b> {placed}"
        else:
            agency = c.e(r.agency, f"referral of {lb.short_date(r.referred_on)}: agency")
            head = f"<b>Referral: {lb.label(lb.REFERRAL_KINDS, r.kind)}</b> · {agency}"
            head += f" · {lb.label(lb.REFERRAL_STATUSES, r.status)}"
        events.append(_Event(r.referred_on, 1, "", head, []))
    chosen = set(c.s.note_ids)
    for n in case.notes:
        if n.id not in chosen:
            continue
        local = lb.manila(n.written_at)
        who = c.staff(n.author)
        if n.imported_by is not None:  # never credit a file's stated author as if they wrote it here
            stated = f"stated author {c.staff(n.stated_author)}, " if n.stated_author else ""
            who = f"{stated}imported by {c.staff(n.imported_by)}"
        head = f"<b>{lb.label(lb.NOTE_KINDS, n.kind)}</b> · {lb.clock(local)} · {who}"
        if n.version > 1:
            head += " (revised)"
        if c.s.include_note_text:
            label = f"note of {lb.short_date(local.date())} by {n.author or 'unknown'}: text"
            blocks = c.doc.blocks(n.text, label)
        else:
            blocks = ["<i>Text not included in this summary.</i>"]
        events.append(_Event(local.date(), 2, local.strftime("%H%M"), head, blocks))
    if case.closed_on:
        events.append(_Event(case.closed_on, 3, "", "<b>Case closed</b>", []))
    for event in sorted(events, key=lambda ev: (ev.day, ev.order, ev.minute)):
        style = c.st.entry if event.blocks else c.st.entry_only
        c.doc.add(event.head, style, bullet=lb.short_date(event.day))
        for block in event.blocks:
            c.doc.add(block, c.st.entry_text)
    if not chosen:
        c.doc.add("<i>The office's working notes are not part of this summary.</i>", c.st.small_italic)


def add_evidence(c: Composer) -> None:
    """The register: reference, description with its SHA-256, custodian, date received."""
    case, st = c.s.case, c.st
    if not case.evidence:
        c.doc.add("<i>No evidence is registered for this case.</i>", st.body)
        return
    c.doc.add(
        "Items are registered by description, custodian and SHA-256 hash; this office holds no copy of "
        "their content.",
        st.body_lead,
    )
    rows: list[list[Flowable | list[Flowable]]] = []
    for number, item in enumerate(case.evidence, start=1):
        label = f"evidence entry {number}"  # never the reference itself: a label is printed in a block
        described: list[Flowable] = [c.doc.paragraph(c.e(item.description, f"{label}: description"), st.cell)]
        if item.sha256:
            described.append(c.doc.paragraph(c.doc.escape(grouped_hash(item.sha256)), st.mono))
        else:
            described.append(c.doc.paragraph("<i>No hash recorded.</i>", st.small_italic))
        rows.append([
            c.doc.paragraph(c.e(item.reference, f"{label}: reference") if item.reference else f"#{number}",
                            st.cell),
            described,
            c.doc.paragraph(c.e(item.custodian, f"{label}: custodian") if item.custodian else "—", st.cell),
            c.doc.paragraph(nbsp_date(item.received_on), st.cell),
        ])  # fmt: skip
    register_table(c, ["Ref.", "Description and SHA-256 hash", "Custodian", "Received"], rows,
                   (0.13, 0.43, 0.21, 0.23))  # fmt: skip
