"""Court dates: recording them, the agenda over a period, and the calendar export.

Times are stored as given (with their offset) plus UTC for ordering; the default zone for
display and bare dates is Asia/Manila.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from caseintake.domain import checks
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Hearing
from caseintake.domain.roles import Action
from caseintake.services import leak_guard
from caseintake.services.cases import find_case
from caseintake.services.edit_conflicts import expect_version
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage import writes
from caseintake.storage.ids import new_id
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import hearings as hearings_home
from caseintake.storage.records import users as users_home

MANILA = ZoneInfo("Asia/Manila")


@dataclass(frozen=True)
class AgendaItem:
    id: str
    case_id: int
    reference: str
    kind: str
    starts_at: datetime
    court: str
    branch: str | None
    docket: str | None
    lawyer: str | None
    status: str


def _lawyer_id(session: Session, hearing: Hearing) -> int | None:
    if hearing.lawyer is None:
        return None
    found = users_home.id_of(session.db, hearing.lawyer)
    if found is None:
        raise InvalidInput.at(
            "hearing.lawyer",
            f"no user named {hearing.lawyer!r} exists in this database",
            "unknown_user",
            {"username": hearing.lawyer},
        )
    return found


def add_hearing(
    session: Session, reference: str, hearing: Hearing, *, expected_version: int | None = None
) -> Hearing:
    session.require(Action.EDIT_HEARINGS)
    checks.check_hearing(hearing, "hearing")
    case = find_case(session, reference)
    lawyer = _lawyer_id(session, hearing)
    hearing.id = new_id()
    db = session.db
    with db.atomic():
        expect_version(session, case.id, expected_version)
        hearings_home.insert(db, case.id, hearing, lawyer, writes.row_ids(db))
        cases_home.touch(db, case.id)
        session.audit(
            AuditAction.HEARING_ADD, "hearing", hearing.id, {"case": case.uuid, "kind": hearing.kind}
        )
    return hearing


def update_hearing(
    session: Session, hearing_id: str, hearing: Hearing, *, expected_version: int | None = None
) -> None:
    session.require(Action.EDIT_HEARINGS)
    checks.check_hearing(hearing, "hearing")
    db = session.db
    owner = hearings_home.owner(db, hearing_id)
    if owner is None:
        raise NotFound("There is no such hearing.", code="hearing_not_found")
    case_id, case_uuid = owner
    lawyer = _lawyer_id(session, hearing)
    with db.atomic():
        expect_version(session, case_id, expected_version)
        hearings_home.update(db, hearing_id, hearing, lawyer)
        cases_home.touch(db, case_id)
        session.audit(
            AuditAction.HEARING_EDIT, "hearing", hearing_id, {"case": case_uuid, "status": hearing.status}
        )


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), MANILA)


def agenda(
    session: Session, start: date, end: date, *, lawyer: str | None = None, limit: int | None = None
) -> list[AgendaItem]:
    """Hearings from the start of `start` to the end of `end`, Manila time, in order (the first
    `limit` of them)."""
    if end < start:
        raise InvalidInput("The end date is before the start date.", code="agenda_end_before_start")
    rows = hearings_home.agenda(
        session.db,
        day_start(start).astimezone(UTC).isoformat(),
        day_start(end + timedelta(days=1)).astimezone(UTC).isoformat(),
        lawyer or None,
        limit,
    )
    return [
        AgendaItem(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), r[5], r[6], r[7], r[8], r[9])
        for r in rows
    ]


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a leading space."""
    if line.isascii():  # one octet a character: most lines, cut without walking them
        if len(line) <= 75:
            return line
        pieces = [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]
        return "\r\n".join(pieces)
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def agenda_ics(
    session: Session, items: list[AgendaItem], *, now: datetime | None = None, task: Task | None = None
) -> str:
    """A calendar with case reference, hearing kind and court only, checked by the leak guard."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//caseintake//hearings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for item in items:
        start = item.starts_at.astimezone(UTC)
        court = ", ".join(p for p in (item.court, item.branch) if p)
        kind = item.kind.replace("_", " ")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.id}@caseintake",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTEND:{(start + timedelta(hours=2)).strftime('%Y%m%dT%H%M%SZ')}",
            _fold("SUMMARY:" + _ics_escape(f"{item.reference}: {kind}")),
            _fold(f"LOCATION:{_ics_escape(court)}"),
            f"STATUS:{'CANCELLED' if item.status == 'cancelled' else 'CONFIRMED'}",
            "CLASS:CONFIDENTIAL",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    text = "\r\n".join(lines) + "\r\n"
    leak_guard.check_output(
        session,
        _ics_parts(items),
        (i.case_id for i in items),
        what="calendar file",
        task=task,
        code="identity_leak.calendar_file",
    )
    return text


def _ics_parts(items: list[AgendaItem]) -> list[leak_guard.Part]:
    """What a calendar shows a reader, unfolded, each free text once with where it is first used.

    Generated identifiers (reference serials, UIDs, time stamps) hold no free text; the office's
    reference prefix, the hearing kinds and every court text are checked.
    """
    parts: dict[str, str] = {}
    for item in items:
        court = ", ".join(p for p in (item.court, item.branch) if p)
        day = item.starts_at.astimezone(MANILA).strftime("%d %b %Y").lstrip("0")
        parts.setdefault(court, f"court of the hearing of {day} in {item.reference}")
    prefixes = sorted({i.reference.split("-")[0] for i in items})
    kinds = sorted({i.kind.replace("_", " ") for i in items})
    return [(label, text) for text, label in parts.items()] + [(None, " ".join(prefixes + kinds))]
