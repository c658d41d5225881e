"""The clash rule of the agenda and the calendar export, without a display."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import IdentityLeak
from caseintake.services import agenda as agenda_rules
from caseintake.services import hearings
from caseintake.services.agenda import (
    Span,
    calendar_path,
    clashes,
    conflicts,
    export_calendar,
    hearing_days,
    period,
    upcoming_period,
)
from caseintake.services.documents import list_documents
from caseintake.services.hearings import MANILA, AgendaItem
from tests.conftest import import_cases, sample_case


def item(hid: str, when: str, lawyer: str | None = "mreyes", status: str = "scheduled") -> AgendaItem:
    return AgendaItem(
        hid,
        1,
        f"CI-2026-{hid}",
        "trial",
        datetime.fromisoformat(when),
        "RTC Branch 12",
        None,
        None,
        lawyer,
        status,
    )


def test_two_hearings_of_one_lawyer_an_hour_apart_clash() -> None:
    a = item("1", "2026-03-02T08:30:00+08:00")
    b = item("2", "2026-03-02T09:30:00+08:00")
    c = item("3", "2026-03-02T13:00:00+08:00")
    assert conflicts([a, b, c]) == {"1", "2"}
    found = clashes([c, b, a])
    assert [x.other.id for x in found["1"]] == ["2"]
    assert found["2"][0].lawyer == "mreyes"


def test_exactly_two_hours_apart_is_back_to_back_not_a_clash() -> None:
    eight = item("1", "2026-03-02T08:00:00+08:00")
    assert conflicts([eight, item("2", "2026-03-02T10:00:00+08:00")]) == set()
    assert conflicts([eight, item("2", "2026-03-02T09:59:00+08:00")]) == {"1", "2"}


def test_different_lawyers_missing_lawyer_and_inactive_hearings_do_not_clash() -> None:
    when = "2026-03-02T08:30:00+08:00"
    assert conflicts([item("1", when), item("2", when, lawyer="other")]) == set()
    assert conflicts([item("1", when, lawyer=None), item("2", when, lawyer=None)]) == set()
    for status in ("cancelled", "postponed", "held"):
        assert conflicts([item("1", when), item("2", when, status=status)]) == set()


def test_same_day_is_judged_in_manila_time_whatever_offset_was_stored() -> None:
    # 23:30 and 00:30 Manila are an hour apart but on different days: not a clash.
    late, after_midnight = item("1", "2026-03-02T23:30:00+08:00"), item("2", "2026-03-02T16:30:00+00:00")
    assert conflicts([late, after_midnight]) == set()
    # 08:30 Manila stored as UTC and 09:00 Manila: same day, half an hour apart.
    utc, manila = item("1", "2026-03-02T00:30:00+00:00"), item("2", "2026-03-02T09:00:00+08:00")
    assert conflicts([utc, manila]) == {"1", "2"}


def test_three_close_hearings_each_name_the_others() -> None:
    items = [item(str(n), f"2026-03-02T{8 + n:02d}:00:00+08:00") for n in range(3)]
    found = clashes(items)
    assert conflicts(items) == {"0", "1", "2"}
    assert [c.other.id for c in found["1"]] == ["0", "2"]
    assert [c.other.id for c in found["0"]] == ["1"]  # 08:00 and 10:00 are two hours apart


def test_periods_and_hearing_days() -> None:
    anchor = date(2026, 2, 18)  # a Wednesday
    assert period(anchor, Span.DAY) == (anchor, anchor)
    assert period(anchor, Span.WEEK) == (date(2026, 2, 16), date(2026, 2, 22))
    assert period(anchor, Span.MONTH) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period(date(2026, 12, 31), Span.MONTH) == (date(2026, 12, 1), date(2026, 12, 31))
    assert upcoming_period(anchor) == (anchor, anchor + timedelta(days=6))
    late = item("1", "2026-03-02T17:00:00+00:00")  # 01:00 on 3 March in Manila
    gone = item("2", "2026-03-05T09:00:00+08:00", status="cancelled")
    assert hearing_days([late, gone]) == {date(2026, 3, 3)}
    assert late.starts_at.astimezone(MANILA).hour == 1


def test_calendar_path_adds_the_extension_once(tmp_path: Path) -> None:
    assert calendar_path(str(tmp_path / "court")) == tmp_path / "court.ics"
    assert calendar_path(str(tmp_path / "court.ICS")) == tmp_path / "court.ICS"


def test_export_writes_registers_and_a_leak_writes_nothing(store: dict[str, Any], tmp_path: Path) -> None:
    sup = store["sup"]
    import_cases(sup, sample_case())
    items = hearings.agenda(sup, date(2026, 12, 1), date(2026, 12, 31))
    done = export_calendar(sup, items, tmp_path / "hearings")
    assert done.path == tmp_path / "hearings.ics" and done.hearings == 1
    assert "BEGIN:VEVENT" in done.path.read_text("utf-8")
    assert [d.kind for d in list_documents(sup)] == ["calendar"]

    leaky = sample_case(
        hearings=[
            {
                "court": "Bautista Hall of Justice",
                "kind": "trial",
                "starts_at": "2026-12-03T08:30:00+08:00",
                "status": "scheduled",
            }
        ]
    )
    import_cases(sup, leaky)
    items = hearings.agenda(sup, date(2026, 12, 3), date(2026, 12, 3))
    with pytest.raises(IdentityLeak, match="legal name"):
        export_calendar(sup, items, tmp_path / "leak.ics")
    assert not (tmp_path / "leak.ics").exists()
    assert len(list_documents(sup)) == 1


# -- the window's page: whole days up to where the rows run out (issue 18) ----------------------


def dated(starts_at: str) -> dict[str, Any]:
    return {
        "court": "RTC Branch 12, Cebu City",
        "kind": "trial",
        "starts_at": starts_at,
        "status": "scheduled",
    }


@pytest.fixture
def three_days(store: dict[str, Any]) -> dict[str, Any]:
    """Two hearings on 1 Dec, three on 2 Dec (one at 23:30 Manila, 15:30 UTC), one on 3 Dec."""
    times = [
        "2026-12-01T09:00:00+08:00",
        "2026-12-01T10:00:00+08:00",
        "2026-12-02T08:00:00+08:00",
        "2026-12-02T13:00:00+08:00",
        "2026-12-02T23:30:00+08:00",
        "2026-12-03T09:00:00+08:00",
    ]
    import_cases(store["sup"], *(sample_case(hearings=[dated(t)]) for t in times))
    return store


def days_of(page: agenda_rules.AgendaPage) -> list[int]:
    return [agenda_rules.local_day(i).day for i in page.items]


def test_the_window_page_keeps_whole_days_and_says_where_it_stops(three_days: dict[str, Any]) -> None:
    sup = three_days["sup"]
    first, last = date(2026, 12, 1), date(2026, 12, 31)
    whole = agenda_rules.agenda_page(sup, first, last, rows=6)
    assert days_of(whole) == [1, 1, 2, 2, 2, 3] and whole.through is None
    cut = agenda_rules.agenda_page(sup, first, last, rows=4)  # the 4th falls on 2 Dec: stop after 1 Dec
    assert days_of(cut) == [1, 1] and cut.through == date(2026, 12, 1) and cut.whole_days
    late = agenda_rules.agenda_page(sup, first, last, rows=5)  # 2 Dec whole, in Manila time
    assert days_of(late) == [1, 1, 2, 2, 2] and late.through == date(2026, 12, 2)
    crowded = agenda_rules.agenda_page(sup, date(2026, 12, 2), last, rows=2)  # one day holds more
    assert days_of(crowded) == [2, 2] and crowded.through == date(2026, 12, 2) and not crowded.whole_days
    assert hearings.agenda(sup, first, last, limit=3) == hearings.agenda(sup, first, last)[:3]
