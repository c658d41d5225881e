"""Counts export at office scale (DESIGN §9: ≤ 0.5 s at 100,000 cases).

    python -m benchmarks.bench_counts [--db PATH] [--cases 100000] [--with-indexes]

Builds the demo database once (about 30 s) if it is missing, then times ``export_counts`` end to
end (queries, suppression, CSV, leak guard, register, atomic write) for several three-dimension
tables. ``--with-indexes`` runs on a copy of the database with ``COUNTS_INDEXES`` created ad hoc:
the schema belongs to ``storage/migrations.py``, and these are the statements proposed for it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

COUNTS_INDEXES = (
    "CREATE INDEX IF NOT EXISTS cases_for_counts"
    " ON cases(opened_on, consent_statistics, region, status, source_kind)",
    "CREATE INDEX IF NOT EXISTS person_for_counts"
    " ON person(case_id, role, sex, age, birth_year, nationality, relationship)",
    "CREATE INDEX IF NOT EXISTS referral_for_counts ON referral(case_id, kind)",
)
TABLES = (
    ("year,region,offense", False),
    ("quarter,victim_sex,victim_age", False),
    ("month,region,referral", False),
    ("year,accused_relationship,accused_nationality", False),
    ("year,region,status", True),
)
USER, PASSPHRASE = "boss", "benchmark passphrase 1"
TODAY = date(2026, 5, 15)


def build(path: Path, cases: int) -> None:
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.session import create_session

    path.parent.mkdir(parents=True, exist_ok=True)
    session, _ = create_session(path, USER, PASSPHRASE, office_name="Demo Legal Aid Office")
    try:
        started = time.perf_counter()
        fill_with_demo_cases(session, cases, seed=7, today=TODAY, parallel=True)
        print(f"built {cases:,} demo cases in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        session.close()


def with_indexes(path: Path) -> Path:
    from caseintake.services.session import open_session

    copy = path.parent.with_name(path.parent.name + "-indexed")
    if not copy.exists():
        shutil.copytree(path.parent, copy)
    session = open_session(copy / path.name, USER, PASSPHRASE, record=False)
    try:
        for statement in COUNTS_INDEXES:
            session.db.execute(statement)
    finally:
        session.close()
    return copy / path.name


def measure(path: Path, repeat: int) -> list[tuple[str, list[float], int]]:
    from caseintake.services.counts import export_counts
    from caseintake.services.session import open_session

    session = open_session(path, USER, PASSPHRASE, record=False)
    results = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for dims, all_cases in TABLES:
                times = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    done = export_counts(
                        session,
                        Path(folder) / "counts.csv",
                        dims,
                        all_cases=all_cases,
                        today=TODAY,
                        force=True,
                    )
                    times.append(time.perf_counter() - started)
                label = dims + (" --all-cases" if all_cases else "")
                results.append((label, times, done.rows))
    finally:
        session.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "caseintake-bench-counts" / "cases.db"
    )
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--with-indexes", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.cases)
    path = with_indexes(args.db) if args.with_indexes else args.db
    print(f"counts export, {'with' if args.with_indexes else 'without'} the proposed indexes ({path})")
    print(f"{'table':<52} {'rows':>6} {'first':>7} {'median':>7} {'max':>7}")
    for label, times, rows in measure(path, args.repeat):
        first, median, worst = times[0], statistics.median(times), max(times)
        print(f"{label:<52} {rows:>6} {first:>7.3f} {median:>7.3f} {worst:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
