"""Agenda decisions the GUI shows but must not own: periods, clashes, the calendar export.

Kept free of Qt so the rules (what counts as a clash, which days a period covers) are tested
without a display and the command line could reuse them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from caseintake.domain.codes import HearingStatus
from caseintake.services.documents import register_document
from caseintake.services.hearings import MANILA, AgendaItem, agenda, agenda_ics
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage.safe_output import check_output, write_output

#: Hearings of one lawyer that start closer together than this clash. Two hours is also the
#: length the calendar export gives each hearing, so a clash is an overlap in the exported file.
CLASH_WINDOW = timedelta(hours=2)

#: Only hearings that will still take the lawyer's time can clash; a cancelled or postponed
#: date is kept on record but frees the slot, and a hearing already held is history.
_OCCUPYING = frozenset({HearingStatus.SCHEDULED.value})


class Span(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def local(moment: datetime) -> datetime:
    """A hearing's start in Manila time: courts, lawyers and the calendar all think in it."""
    return moment.astimezone(MANILA)


def local_day(item: AgendaItem) -> date:
    return local(item.starts_at).date()


def period(anchor: date, span: Span) -> tuple[date, date]:
    """First and last day (inclusive) of the day, Monday-to-Sunday week or month around `anchor`."""
    if span is Span.DAY:
        return anchor, anchor
    if span is Span.WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return monday, monday + timedelta(days=6)
    first = anchor.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


#: The agenda window reads at most this many hearings at once. A month of a whole office of a
#: million cases holds about 72,000, which nobody reads as a list and which take the best part
#: of a second to read (issue 18); past this the window shows whole days up to where it stopped.
WINDOW_ROWS = 2000


@dataclass(frozen=True)
class AgendaPage:
    """The hearings the agenda window shows, and where they stop when the period held more.

    `through` is None when `items` is the whole period; else the hearings are those of every day
    up to and including `through` (or, when one day alone holds more, the first of that day:
    then `whole_days` is False)."""

    items: list[AgendaItem]
    through: date | None = None
    whole_days: bool = True


def agenda_page(
    session: Session, start: date, end: date, *, lawyer: str | None = None, rows: int | None = None
) -> AgendaPage:
    """The hearings of the period for the window: all of them, or the whole days that fit in
    `rows` (clashes are within a day, so every clash among them is found)."""
    rows = WINDOW_ROWS if rows is None else rows
    return whole_days(agenda(session, start, end, lawyer=lawyer, limit=rows + 1), rows)


def whole_days(items: list[AgendaItem], rows: int) -> AgendaPage:
    """The page `agenda_page` makes of hearings in time order (at least the first `rows` + 1)."""
    if len(items) <= rows:
        return AgendaPage(items)
    cut = local_day(items[rows])  # the day the limit fell in: not shown whole
    kept = [item for item in items[:rows] if local_day(item) < cut]
    if kept:
        return AgendaPage(kept, cut - timedelta(days=1))
    return AgendaPage(items[:rows], cut, whole_days=False)


@dataclass(frozen=True)
class AgendaView:
    """What the agenda window shows: the chosen period's hearings, and those of the calendar's
    visible month for its bold days and clash marks."""

    shown: AgendaPage
    month: AgendaPage

    def context(self) -> list[AgendaItem]:
        """Every hearing read, once each: what clashes are found among."""
        return list({item.id: item for item in [*self.month.items, *self.shown.items]}.values())


def agenda_view(
    session: Session, chosen: tuple[date, date], page: tuple[date, date], *, lawyer: str | None = None
) -> AgendaView:
    """The chosen period and the visible month, each read as `agenda_page` reads it (one read
    when they are the same)."""
    shown = agenda_page(session, *chosen, lawyer=lawyer)
    month = shown if chosen == page else agenda_page(session, *page, lawyer=lawyer)
    return AgendaView(shown, month)


def upcoming_period(today: date, days: int = 7) -> tuple[date, date]:
    """`days` days starting today, as shown at unlock ("the next 7 days")."""
    return today, today + timedelta(days=days - 1)


def hearing_days(items: Iterable[AgendaItem]) -> set[date]:
    """Manila days with at least one hearing that is not cancelled (bold in the calendar)."""
    return {local_day(i) for i in items if i.status != HearingStatus.CANCELLED.value}


@dataclass(frozen=True)
class Clash:
    """Another hearing of the same lawyer too close to this one; enough to explain the warning."""

    other: AgendaItem
    lawyer: str


def clashes(items: Iterable[AgendaItem], window: timedelta = CLASH_WINDOW) -> dict[str, list[Clash]]:
    """For each clashing hearing id, the hearings it clashes with, in time order.

    The rule: same lawyer, both still scheduled, same day in Manila, and starts less than
    `window` apart. Hearings without a lawyer never clash (nobody is double-booked).
    """
    by_lawyer_day: dict[tuple[str, date], list[AgendaItem]] = defaultdict(list)
    for item in items:
        if item.lawyer and item.status in _OCCUPYING:
            by_lawyer_day[(item.lawyer, local_day(item))].append(item)
    found: dict[str, list[Clash]] = defaultdict(list)
    for (lawyer, _day), group in by_lawyer_day.items():
        group.sort(key=lambda i: (i.starts_at, i.id))
        for n, first in enumerate(group):
            for second in group[n + 1 :]:
                if second.starts_at - first.starts_at >= window:
                    break
                found[first.id].append(Clash(second, lawyer))
                found[second.id].append(Clash(first, lawyer))
    for entries in found.values():
        entries.sort(key=lambda c: (c.other.starts_at, c.other.id))
    return dict(found)


def conflicts(items: Iterable[AgendaItem], window: timedelta = CLASH_WINDOW) -> set[str]:
    """Ids of hearings that clash with another hearing of the same lawyer (see `clashes`)."""
    return set(clashes(items, window))


def calendar_path(chosen: str) -> Path:
    """The file the user picked, with `.ics` added when they typed a bare name."""
    path = Path(chosen)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    hearings: int
    document_id: str


def export_calendar(
    session: Session,
    items: list[AgendaItem],
    path: Path,
    *,
    force: bool = False,
    task: Task | None = None,
    exact_name: bool = False,
) -> CalendarExport:
    """Write the hearings as an .ics file and record it in the document register.

    `agenda_ics` runs the identity-leak guard first, so a blocked calendar raises before any
    byte reaches the disk; the write is atomic so an interrupted export leaves no half file.
    """
    target = path if exact_name else calendar_path(str(path))  # `hearings --ics FILE` writes FILE
    check_output(target, session.db.path, force=force)
    data = agenda_ics(session, items, task=task).encode("utf-8")
    write_output(target, data, session.db.path, force=force)
    document_id = register_document(session, "calendar", None, hashlib.sha256(data).hexdigest())
    return CalendarExport(target, len(items), document_id)
