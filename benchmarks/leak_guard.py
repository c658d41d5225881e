"""The identity-leak guard at office scale (issue 11, item 5; DESIGN §2.4 and §9).

    python -m benchmarks.leak_guard                    # 100,000 cases, judged against the targets
    python -m benchmarks.leak_guard --smoke            # 1,000 cases, one round, nothing judged (CI)
    python -m benchmarks.leak_guard --cases N --repeat R --budget S --out FILE.json

Measures, on the encrypted demo database of `benchmarks.databases` (built once, shared with
`benchmarks.run`), through the product's own services:

- the calendar export (`hearings.agenda` + `hearings.agenda_ics`, what `caseintake hearings
  --ics` runs) for a day, a week, a month, a quarter and a year; target: a year ≤ 1 s at
  100,000 cases. Spans grow only while the previous one, scaled up, fits the time budget (an
  old guard took ~90 s for one week at 100,000 cases), so a slow guard is reported, not waited on;
- the guard's own share of each, and its cost on the 20-page hearing summary of the long case
  (`summaries.write_hearing_summary`); target ≤ 20 ms;
- the first guard call after unlock against the next one: the difference is what building the
  office-wide matcher (the automaton) costs, paid once per unlock or vault change.

The guard's time is taken by wrapping `caseintake.services.leak_guard.check_output`, the one
entry every output calls; if an output stops calling it, its guard figure is reported missing.
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from benchmarks import databases
from caseintake.services.session import Session

STANDARD_CASES = 100_000
SMOKE_CASES = 1_000
SPANS = (("day", 1), ("week", 7), ("month", 30), ("quarter", 91), ("year", 365))
YEAR_TARGET_S = 1.0
SUMMARY_GUARD_TARGET_S = 0.020
DEFAULT_BUDGET_S = 60.0


class GuardClock:
    """Times every call of `leak_guard.check_output` made while it is installed."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    @contextmanager
    def installed(self) -> Iterator[GuardClock]:
        from caseintake.services import leak_guard

        inner: Callable[..., Any] = leak_guard.check_output

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.calls.append(time.perf_counter() - started)

        with mock.patch.object(leak_guard, "check_output", timed):
            yield self

    def take(self) -> float | None:
        """Seconds spent in the guard since the last `take`, or None if it was not called."""
        spent = sum(self.calls) if self.calls else None
        self.calls.clear()
        return spent


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 2)


def first_and_next_call(data: databases.BenchData, anchor: date) -> dict[str, Any]:
    """A fresh unlock, then a one-week calendar twice: the first pays for building the matcher."""
    from caseintake.services import hearings

    session = databases.open_bench_session(data, "encrypted")
    clock = GuardClock()
    try:
        with clock.installed():
            items = hearings.agenda(session, anchor - timedelta(days=3), anchor + timedelta(days=3))
            started = time.perf_counter()
            hearings.agenda_ics(session, items)
            first_total = time.perf_counter() - started
            first = clock.take()
            hearings.agenda_ics(session, items)
            second = clock.take()
    finally:
        session.close()
    build = None if first is None or second is None else max(0.0, first - second)
    return {
        "hearings": len(items),
        "first_call_ms": _ms(first),
        "first_export_ms": _ms(first_total),
        "next_call_ms": _ms(second),
        "build_ms": _ms(build),
        "note": "build = first guard call after unlock minus the next one (same text)",
    }


def calendar_spans(
    session: Session, anchor: date, repeat: int, budget: float, *, judge: bool
) -> list[dict[str, Any]]:
    from caseintake.services import hearings

    rows: list[dict[str, Any]] = []
    clock = GuardClock()
    previous: tuple[int, float] | None = None  # (days, seconds) of the last span measured
    with clock.installed():
        for name, days in SPANS:
            start = anchor - timedelta(days=days // 2)
            end = start + timedelta(days=days - 1)
            row: dict[str, Any] = {"span": name, "from": start.isoformat(), "to": end.isoformat()}
            if previous is not None and previous[1] * days / previous[0] > budget:
                row["skipped"] = (
                    f"not run: the {previous[0]}-day export took {previous[1]:.1f} s, so this span "
                    f"would take about {previous[1] * days / previous[0]:.0f} s (budget {budget:.0f} s)"
                )
                rows.append(row)
                continue
            totals, guards, queries = [], [], []
            items: list[Any] = []
            for _ in range(repeat):
                started = time.perf_counter()
                items = hearings.agenda(session, start, end)
                queried = time.perf_counter()
                hearings.agenda_ics(session, items)
                done = time.perf_counter()
                queries.append(queried - started)
                totals.append(done - started)
                guards.append(clock.take())
                if done - started > budget:
                    break  # one round over the budget is enough to know
            total = statistics.median(totals)
            known = [g for g in guards if g is not None]
            guard = statistics.median(known) if len(known) == len(guards) else None
            row.update(
                hearings=len(items),
                rounds=len(totals),
                total_ms=_ms(total),
                agenda_ms=_ms(statistics.median(queries)),
                guard_ms=_ms(guard),
            )
            if name == "year":
                row["target"] = f"≤ {YEAR_TARGET_S:g} s"
                row["target_met"] = total <= YEAR_TARGET_S if judge else None
            previous = (days, total)
            rows.append(row)
    return rows


def summary_guard(session: Session, reference: str, repeat: int, *, judge: bool) -> dict[str, Any]:
    """The long case's summary with every note chosen (a summary prints working notes only when
    chosen), so that it runs to about 20 pages."""
    from caseintake.services.cases import load_case
    from caseintake.services.summaries import write_hearing_summary

    options: dict[str, Any] = {"today": databases.TODAY}
    if "note_ids" in inspect.signature(write_hearing_summary).parameters:
        options["note_ids"] = [n.id for n in load_case(session, reference).notes if n.id]
    clock = GuardClock()
    guards: list[float] = []
    totals: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="leak-guard-bench-") as tmp, clock.installed():
        for n in range(repeat):
            started = time.perf_counter()
            written = write_hearing_summary(session, reference, Path(tmp) / f"s{n}.pdf", **options)
            totals.append(time.perf_counter() - started)
            pages = written.pages
            spent = clock.take()
            if spent is not None:
                guards.append(spent)
    guard = statistics.median(guards) if guards else None
    # The target is for 20 pages; the long case's page count follows the layout of the day.
    per_20 = None if guard is None or not pages else guard * 20 / pages
    return {
        "reference": reference,
        "pages": pages,
        "rounds": len(totals),
        "summary_ms": _ms(statistics.median(totals)),
        "guard_ms": _ms(guard),
        "guard_per_20_pages_ms": _ms(per_20),
        "target": f"≤ {SUMMARY_GUARD_TARGET_S * 1000:.0f} ms per 20 pages",
        "target_met": (per_20 is not None and per_20 <= SUMMARY_GUARD_TARGET_S) if judge else None,
    }


def measure_all(
    data: databases.BenchData, *, repeat: int, judge: bool, budget: float = DEFAULT_BUDGET_S
) -> dict[str, Any]:
    """Every leak-guard figure on one benchmark database (called by `benchmarks.run` too)."""
    anchor = databases.TODAY
    result: dict[str, Any] = {"cases": data.cases, "anchor": anchor.isoformat(), "budget_s": budget}
    result["matcher"] = first_and_next_call(data, anchor)
    session = databases.open_bench_session(data, "encrypted")
    try:
        result["calendar"] = calendar_spans(session, anchor, repeat, budget, judge=judge)
        result["summary"] = summary_guard(session, data.long_case, repeat, judge=judge)
    finally:
        session.close()
    return result


def table(result: dict[str, Any]) -> str:
    lines = [f"leak guard at {result['cases']:,} cases", "  calendar (.ics) export:"]
    for row in result["calendar"]:
        if "skipped" in row:
            lines.append(f"    {row['span']:8s} {row['skipped']}")
            continue
        judged = (
            ""
            if row.get("target_met") is None
            else ("  target met" if row["target_met"] else "  TARGET MISSED")
        )
        lines.append(
            f"    {row['span']:8s} {row['hearings']:7,d} hearings  total {row['total_ms']:>10} ms"
            f"  guard {row['guard_ms']} ms{judged}"
        )
    s = result["summary"]
    judged = "" if s["target_met"] is None else ("  target met" if s["target_met"] else "  TARGET MISSED")
    lines.append(
        f"  {s['pages']}-page summary: {s['summary_ms']} ms, guard {s['guard_ms']} ms"
        f" ({s['guard_per_20_pages_ms']} ms per 20 pages){judged}"
    )
    m = result["matcher"]
    lines.append(
        f"  first guard call after unlock {m['first_call_ms']} ms, next {m['next_call_ms']} ms"
        f" → building the matcher ≈ {m['build_ms']} ms"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.leak_guard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--cases", type=int, default=None, help="cases in the database (default 100,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=None, help="rounds per measurement (default 5)")
    parser.add_argument("--smoke", action="store_true", help="1,000 cases, one round, no targets judged")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_S, help="seconds one export may take")
    parser.add_argument("--work", type=Path, default=databases.OUT, help="folder for the built databases")
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    cases = args.cases or (SMOKE_CASES if args.smoke else STANDARD_CASES)
    repeat = args.repeat or (1 if args.smoke else 5)
    judge = not args.smoke and cases == STANDARD_CASES
    data = databases.prepare(cases, args.seed, root=args.work)
    result = measure_all(data, repeat=repeat, judge=judge, budget=args.budget)
    result["mode"] = "smoke" if args.smoke else "full"
    print(table(result), file=sys.stderr)
    out = args.out or args.work / f"leak-guard-{cases}{'-smoke' if args.smoke else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
