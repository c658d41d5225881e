"""The two benchmark databases: the encrypted one, and the same data in the same engine unkeyed.

Both are built by the product's own services (`create_session`, `add_user`,
`fill_with_demo_cases`, `add_note`) with the same seed and the same fixed "today", so they hold
the same cases. The unkeyed copy is made by running those services inside `unkeyed_engine()`,
which swaps the one `PRAGMA key` statement of `storage.engine.open_connection` for a no-op and
lets `vault.unlock` accept a plain file. Every other pragma (WAL, full fsync, cache size, memory
temp store) stays the product's, so the ratio between the two is the cost of encryption alone.
This patch is benchmark-only and must never move into the package.

Built databases are kept under `benchmarks/out/` (git-ignored), keyed by size, seed and
`RECIPE`, and reused: a 100,000-case pair takes a few minutes to build. A build holds a lock
file beside its folder, so two benchmark processes asking for the same pair build it once; a
folder without its marker that is still growing is another process's build (one that predates
the lock) and is waited for, not deleted.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess  # nosec B404: builds the benchmark pair in child processes
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from unittest import mock

from caseintake.services.progress import Task
from caseintake.services.session import Session

#: Bump when the way the databases are built changes, so old copies are not reused.
RECIPE = 1
OUT = Path(__file__).resolve().parent / "out"
DB_NAME = "cases.db"
PASSPHRASE = "benchmark passphrase 1"
SUPERVISOR = "boss"
STAFF = (
    ("sw1", "social_worker"),
    ("sw2", "social_worker"),
    ("sw3", "social_worker"),
    ("sw4", "social_worker"),
    ("law1", "lawyer"),
    ("law2", "lawyer"),
)
#: The demo generator's "today": fixed, so a seed always gives the same cases.
TODAY = date(2026, 5, 15)
#: Notes added to one in-court case so that its hearing summary runs to about 20 pages.
LONG_CASE_NOTES = 85
LONG_NOTE = (
    "Home visit with the social welfare officer. {p} was seen at the shelter with the house "
    "parent; she attends classes and the psychosocial sessions twice a week. The guardian asked "
    "about the schedule of the next hearing and about transport to the court in the city. We "
    "explained the live-link testimony and the role of the support person, and agreed to meet "
    "again before the pre-trial. The shelter reports no contact from the relatives named in the "
    "complaint. Follow-up: confirm the medical referral and the school transfer papers. (visit {n})"
)
KINDS = ("encrypted", "unkeyed")
UNKEYED_STATEMENT = "SELECT 'unkeyed benchmark copy'"


@dataclass(frozen=True)
class BenchData:
    """Where one pair of databases lives, and the facts the workload needs about it."""

    folder: Path
    cases: int
    seed: int
    long_case: str

    def path(self, kind: str) -> Path:
        return self.folder / kind / DB_NAME


@contextmanager
def unkeyed_engine() -> Iterator[None]:
    """Inside this block the product's engine opens and creates databases without a key.

    `open_connection` keys a connection by executing `_key_pragma(key)`; a harmless statement
    takes its place, so the connection is a plain SQLite one with every other product pragma.
    `vault._check_file` (which refuses an unencrypted file) is skipped; the key slots still
    unwrap with Argon2id, so an unkeyed unlock does the same work minus the cipher.
    """
    from caseintake.storage import engine, vault

    with (
        mock.patch.object(engine, "_key_pragma", lambda _key: UNKEYED_STATEMENT),
        mock.patch.object(vault, "_check_file", lambda _path: None),
    ):
        yield


@contextmanager
def engine_for(kind: str) -> Iterator[None]:
    """`unkeyed_engine()` for the unkeyed copy, nothing for the encrypted one."""
    if kind == "unkeyed":
        with unkeyed_engine():
            yield
    else:
        yield


def open_bench_session(data: BenchData, kind: str, username: str = SUPERVISOR) -> Session:
    """Unlock one of the pair as the product does (Argon2id, key slot, open, schema check)."""
    from caseintake.services.session import open_session

    with engine_for(kind):
        return open_session(data.path(kind), username, PASSPHRASE)


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) != b"SQLite format 3\x00"


def prepare(cases: int, seed: int, *, root: Path = OUT, log: bool = True) -> BenchData:
    """The pair for `cases` and `seed`, built once and reused while its marker is present."""
    folder = root / f"cases-{cases}-seed{seed}-r{RECIPE}"
    marker = folder / "built.json"
    if not marker.exists():
        root.mkdir(parents=True, exist_ok=True)
        with (root / f".{folder.name}.lock").open("w") as lock:  # hidden: not a pair
            fcntl.flock(lock, fcntl.LOCK_EX)  # another benchmark building the same pair: wait
            _wait_for_unlocked_builder(folder, marker, log=log)
            if not marker.exists():
                _build_pair(folder, marker, cases, seed, log=log)
    facts = json.loads(marker.read_text())
    data = BenchData(folder, cases, seed, facts["long_case"])
    _check_pair(data)
    return data


def build_facts(data: BenchData) -> dict[str, object]:
    """What the marker recorded about the build: seconds per kind, and the demo fill alone."""
    facts: dict[str, object] = json.loads((data.folder / "built.json").read_text())
    return facts


#: A folder without a marker whose files changed this recently is a build under way.
BUILD_QUIET_S = 120.0


def _wait_for_unlocked_builder(folder: Path, marker: Path, *, log: bool) -> None:
    said = False
    while folder.exists() and not marker.exists():
        newest = max((p.stat().st_mtime for p in folder.rglob("*") if p.is_file()), default=0.0)
        if time.time() - newest > BUILD_QUIET_S:
            return  # an interrupted build: the caller starts again
        if log and not said:
            print(f"waiting for another process building {folder.name} …", file=sys.stderr, flush=True)
            said = True
        time.sleep(5)


def _build_pair(folder: Path, marker: Path, cases: int, seed: int, *, log: bool) -> None:
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted build: start again
    if cases >= PARALLEL_BUILD:
        long_case, timings, demo = _build_both_at_once(folder, cases, seed, log=log)
    else:
        long_case, timings, demo = _build_one_after_the_other(folder, cases, seed, log=log)
    data = BenchData(folder, cases, seed, long_case)
    _check_pair(data)
    marker.write_text(
        json.dumps({"cases": cases, "seed": seed, "long_case": long_case, "build_s": timings, "demo_s": demo})
    )


#: From this size the two databases are built at the same time, each by its own process: a
#: 1,000,000-case build takes the better part of an hour per kind on the 2-core machine.
PARALLEL_BUILD = 500_000


#: Cases per committed fill in a build of PARALLEL_BUILD cases or more.
BUILD_CHUNK = 100_000


class _Offset(Task):
    """Progress of one chunk of a build, reported as progress of the whole build."""

    def __init__(self, whole: Task, start: int, total: int) -> None:
        super().__init__()
        self._whole, self._start, self._total = whole, start, total

    def step(self, done: int, total: int) -> None:
        self._whole.step(self._start + done, self._total)


def _build_one_after_the_other(
    folder: Path, cases: int, seed: int, *, log: bool
) -> tuple[str, dict[str, float], dict[str, float]]:
    long_case = ""
    timings: dict[str, float] = {}
    demo: dict[str, float] = {}
    for kind in KINDS:
        started = time.perf_counter()
        with engine_for(kind):
            long_case, demo[kind] = _build_one(folder / kind / DB_NAME, cases, seed, kind if log else "")
        timings[kind] = round(time.perf_counter() - started, 1)
        if log:
            print(f"built {kind} database: {cases:,} cases in {timings[kind]} s", file=sys.stderr)
    return long_case, timings, demo


def _build_both_at_once(
    folder: Path, cases: int, seed: int, *, log: bool
) -> tuple[str, dict[str, float], dict[str, float]]:
    """Both kinds built side by side by `python -m benchmarks.databases KIND PATH CASES SEED`."""
    children = {}
    for kind in KINDS:
        (folder / kind).mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "benchmarks.databases", kind, str(folder / kind / DB_NAME)]
        command += [str(cases), str(seed)] + ([] if log else ["--quiet"])
        children[kind] = subprocess.Popen(  # nosec B603: our own interpreter and module
            command, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent
        )
    long_case = ""
    timings: dict[str, float] = {}
    demo: dict[str, float] = {}
    for kind, child in children.items():
        output, _ = child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"building the {kind} database of {cases:,} cases failed")
        built = json.loads(output.strip().splitlines()[-1])
        long_case, timings[kind], demo[kind] = built["long_case"], built["build_s"], built["demo_s"]
    return long_case, timings, demo


def _build_in_this_process(arguments: list[str]) -> None:
    kind, path, cases, seed = arguments[0], Path(arguments[1]), int(arguments[2]), int(arguments[3])
    started = time.perf_counter()
    with engine_for(kind):
        long_case, demo_s = _build_one(path, cases, seed, "" if "--quiet" in arguments else kind)
    seconds = round(time.perf_counter() - started, 1)
    print(f"built {kind} database: {cases:,} cases in {seconds} s", file=sys.stderr, flush=True)
    print(json.dumps({"long_case": long_case, "build_s": seconds, "demo_s": demo_s}), flush=True)


def _check_pair(data: BenchData) -> None:
    if not is_encrypted(data.path("encrypted")) or is_encrypted(data.path("unkeyed")):
        raise RuntimeError(f"the benchmark pair in {data.folder} is not one encrypted and one plain file")


def _progress(kind: str, cases: int) -> Task:
    """A task printing the build's progress every tenth, with its rate (or silent: no `kind`)."""
    started = time.perf_counter()
    shown = [0]

    def report(done: int, total: int) -> None:
        tenth = done * 10 // max(1, total)
        if kind and tenth > shown[0]:
            shown[0] = tenth
            seconds = time.perf_counter() - started
            rate = done / seconds if seconds > 0 else 0.0
            print(
                f"  building {kind}: {done:,} of {cases:,} cases, {seconds:.0f} s ({rate:,.0f}/s)",
                file=sys.stderr,
                flush=True,
            )

    return Task(report)


def _build_one(path: Path, cases: int, seed: int, kind: str = "") -> tuple[str, float]:
    """One database: staff of every role, the demo cases, and one long case for the summary.

    Returns the long case's reference and the seconds the demo fill alone took."""
    from caseintake.services import users
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.session import create_session

    session, _recovery = create_session(
        path, SUPERVISOR, PASSPHRASE, office_name="Benchmark Legal Aid Office"
    )
    try:
        for name, role in STAFF:
            users.add_user(session, name, role, PASSPHRASE)
        started = time.perf_counter()
        if cases < PARALLEL_BUILD:
            fill_with_demo_cases(
                session, cases, seed=seed, today=TODAY, parallel=cases > 2000, task=_progress(kind, cases)
            )
        else:
            # One transaction's write-ahead log had grown to 1.4-1.7 GB at 100,000 cases (pages
            # spilled again and again), more than the disk holds for a million: fill in committed
            # chunks instead, each its own seed, the same in both kinds.
            progress = _progress(kind, cases)
            for start in range(0, cases, BUILD_CHUNK):
                chunk = min(BUILD_CHUNK, cases - start)
                fill_with_demo_cases(
                    session,
                    chunk,
                    seed=seed * 1000 + start // BUILD_CHUNK,
                    today=TODAY,
                    task=_Offset(progress, start, cases),
                )
        demo_s = round(time.perf_counter() - started, 2)
        return _lengthen_one_case(session), demo_s
    finally:
        session.close()


def _lengthen_one_case(session: Session) -> str:
    """Pick the in-court case with the most hearings and give it many notes (same in both)."""
    from caseintake.domain.records import Note
    from caseintake.services.notes import add_note

    row = session.db.one(
        "SELECT c.reference FROM cases c JOIN hearing h ON h.case_id = c.id WHERE c.status = 'in_court'"
        " GROUP BY c.id ORDER BY count(*) DESC, c.reference LIMIT 1"
    )
    if row is None:
        raise RuntimeError("the demo data holds no in-court case with hearings")
    reference = str(row[0])
    pseudonym = session.db.scalar(
        "SELECT p.pseudonym FROM person p JOIN cases c ON c.id = p.case_id"
        " WHERE c.reference = ? AND p.role = 'victim' ORDER BY p.position LIMIT 1",
        (reference,),
    )
    for n in range(1, LONG_CASE_NOTES + 1):
        when = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T09:{n % 60:02d}:00+08:00"
        written_at = datetime.fromisoformat(when)
        add_note(
            session,
            reference,
            Note(kind="home_visit", written_at=written_at, text=LONG_NOTE.format(p=pseudonym or "AAA", n=n)),
        )
    return reference


if __name__ == "__main__":
    _build_in_this_process(sys.argv[1:])
