"""False blocks on demo data (issue 11, item 8): the guard must not refuse honest documents.

Demo cases are built so that their free text names no one (interchange/demo_data.py: pseudonyms
and fixed templates only). Every demo case with a hearing is printed as a hearing summary and as
a calendar of its own hearings, through the same services as the command line; the share refused
must stay at or under 1 %, and the calendar of the whole demo period must export. With an
office-wide guard (every vault value of the office, DESIGN §2.4) a town, a court or an agency
that one case's address or placement shares with another case's text is the likely false hit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from caseintake.domain.errors import IdentityLeak
from caseintake.services import hearings, users
from caseintake.services.demo import fill_with_demo_cases
from caseintake.services.session import create_session, open_session
from caseintake.services.summaries import write_hearing_summary
from tests.leak_probes.harness import cheap_keys, passphrases

DEMO_CASES = 200
SEED = 20261
TODAY = date(2026, 5, 15)
GOAL = 0.01  # the share of refused documents allowed (issue 11)
STAFF = (("sw1", "social_worker"), ("sw2", "social_worker"), ("law1", "lawyer"), ("law2", "lawyer"))


@dataclass
class DemoRun:
    cases: int
    summaries: dict[str, str | None]  # reference -> block message (None: written)
    calendars: dict[str, str | None]
    whole_calendar: str | None
    written: list[Path]

    @staticmethod
    def share(outcomes: dict[str, str | None]) -> float:
        return sum(m is not None for m in outcomes.values()) / max(1, len(outcomes))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    root = tmp_path_factory.mktemp("demo-false-blocks")
    secrets = passphrases()
    sup_name, sup_pass = next(iter(secrets.items()))
    lawyer_pass = secrets[next(name for name in secrets if "lawyer" in name)]
    with pytest.MonkeyPatch.context() as mp, cheap_keys():
        mp.setenv("CASEINTAKE_LOG_DIR", str(root / "logs"))
        path = root / "db" / "cases.db"
        path.parent.mkdir(parents=True)
        sup, _ = create_session(path, sup_name, sup_pass, display_name="Office Supervisor")
        for name, role in STAFF:
            users.add_user(sup, name, role, lawyer_pass)
        fill_with_demo_cases(sup, DEMO_CASES, seed=SEED, today=TODAY, parallel=False)
        lawyer = open_session(path, "law1", lawyer_pass)
        try:
            yield _run(lawyer, root / "out")
        finally:
            lawyer.close()
            sup.close()


def _run(session: object, out: Path) -> DemoRun:
    from caseintake.services.session import Session

    assert isinstance(session, Session)
    out.mkdir()
    start, end = date(2000, 1, 1), date(2030, 12, 31)
    items = hearings.agenda(session, start, end)
    by_case: dict[str, list[hearings.AgendaItem]] = defaultdict(list)
    for item in items:
        by_case[item.reference].append(item)
    summaries: dict[str, str | None] = {}
    calendars: dict[str, str | None] = {}
    written: list[Path] = []
    for reference, own in sorted(by_case.items()):
        target = out / f"{reference}.pdf"
        try:
            write_hearing_summary(session, reference, target, today=TODAY, invariant=True)
            summaries[reference] = None
            written.append(target)
        except IdentityLeak as exc:
            summaries[reference] = str(exc)
        try:
            hearings.agenda_ics(session, own)
            calendars[reference] = None
        except IdentityLeak as exc:
            calendars[reference] = str(exc)
    try:
        hearings.agenda_ics(session, items)
        whole = None
    except IdentityLeak as exc:
        whole = str(exc)
    cases = int(session.db.scalar("SELECT count(*) FROM cases"))
    return DemoRun(cases, summaries, calendars, whole, written)


def _report(outcomes: dict[str, str | None]) -> str:
    refused = [f"{ref}: {msg}" for ref, msg in outcomes.items() if msg is not None]
    return f"{len(refused)} of {len(outcomes)} refused: " + "; ".join(refused[:5])


def test_the_demo_has_enough_cases_with_hearings(demo: DemoRun) -> None:
    assert demo.cases == DEMO_CASES
    assert len(demo.summaries) >= 100, "too few demo cases with a hearing to measure a 1 % share"


def test_summary_false_blocks_at_most_one_percent(demo: DemoRun) -> None:
    assert DemoRun.share(demo.summaries) <= GOAL, _report(demo.summaries)


def test_calendar_false_blocks_at_most_one_percent(demo: DemoRun) -> None:
    assert DemoRun.share(demo.calendars) <= GOAL, _report(demo.calendars)


def test_the_calendar_of_the_whole_demo_period_exports(demo: DemoRun) -> None:
    assert demo.whole_calendar is None, demo.whole_calendar


def test_clean_demo_cases_still_print(demo: DemoRun) -> None:
    assert demo.written, "no demo summary was written"
    for path in demo.written:
        assert path.read_bytes().startswith(b"%PDF-")
