"""Where an import's time and disk go, statement by statement (issue 18).

    PYTHONPATH=. python -m benchmarks.import_breakdown \
        --db benchmarks/out/cases-1000000-seed1-r1/encrypted --file benchmarks/out/import-5000-seed1.json

Copies the benchmark database folder (the encrypted one of `--scale`), imports the file into the
copy through `services.imports.import_file` as the command line does, and prints:

- cases per second, the time of building the rows (`prepare_rows`) and of writing them
  (`write_rows`), per case;
- the time of each kind of SQL statement, per case, with the rows it wrote;
- the disk the import took at its peak (database, write-ahead log and its index) and after it,
  as multiples of the file's size.

The statements are timed by wrapping `Database.execute`/`executemany`, which adds a little time of
its own; a read is timed to its first row (the rest is fetched after `execute` returns), which
matters little here: an import's statements are nearly all writes. Read the shares, not the third
digit. The copy is deleted afterwards.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks import databases

Seconds = collections.defaultdict[str, float]
Counts = collections.Counter[str]


def _kind(sql: str) -> str:
    """The statement's verb and table: `INSERT OR IGNORE INTO guard_term`, `UPDATE cases`."""
    words = sql.split()
    for at, word in enumerate(words[:-1]):
        if word.upper() in ("INTO", "FROM", "UPDATE"):
            return " ".join([*words[: at + 1], words[at + 1].split("(")[0] or words[at + 1]])
    return " ".join(words[:4])[:60]


@contextmanager
def _timed_statements(times: Seconds, rows: Counts) -> Iterator[None]:
    from caseintake.storage.database import Database

    many, one = Database.executemany, Database.execute

    def executemany(self: Database, sql: str, params: Any, *args: Any, **kwargs: Any) -> Any:
        params = list(params)
        started = time.perf_counter()
        try:
            return many(self, sql, params, *args, **kwargs)
        finally:
            times[_kind(sql)] += time.perf_counter() - started
            rows[_kind(sql)] += len(params)

    def execute(self: Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return one(self, sql, *args, **kwargs)
        finally:
            times[_kind(sql)] += time.perf_counter() - started
            rows[_kind(sql)] += 1

    Database.executemany, Database.execute = executemany, execute  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Database.executemany, Database.execute = many, one  # type: ignore[method-assign]


@contextmanager
def _timed_stages(stages: Seconds) -> Iterator[None]:
    from caseintake.storage import case_store

    originals = {name: getattr(case_store, name) for name in ("prepare_rows", "write_rows")}

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                stages[name] += time.perf_counter() - started

        return timed

    for name, function in originals.items():
        setattr(case_store, name, wrap(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(case_store, name, function)


class _PeakSize:
    """The largest total size of a folder's files, looked at every 50 ms in a thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.peak = self.now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def now(self) -> int:
        total = 0
        for path in self.folder.iterdir():
            try:
                total += path.stat().st_size
            except FileNotFoundError:
                continue
        return total

    def _watch(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self.now())

    def __enter__(self) -> _PeakSize:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.now())


def measure(source: Path, file: Path, work: Path) -> dict[str, Any]:
    from caseintake.services import imports
    from caseintake.services.session import open_session

    copy = work / "copy"
    copy.mkdir()
    for path in source.iterdir():
        shutil.copyfile(path, copy / path.name)
    times: Seconds = collections.defaultdict(float)
    rows: Counts = collections.Counter()
    stages: Seconds = collections.defaultdict(float)
    session = open_session(copy / databases.DB_NAME, databases.SUPERVISOR, databases.PASSPHRASE)
    before = sum(p.stat().st_size for p in copy.iterdir())
    try:
        with _PeakSize(copy) as size, _timed_stages(stages), _timed_statements(times, rows):
            started = time.perf_counter()
            cases = len(imports.import_file(session, file))
            seconds = time.perf_counter() - started
    finally:
        session.close()
    after = sum(p.stat().st_size for p in copy.iterdir())
    return {
        "cases": cases,
        "seconds": seconds,
        "file_bytes": file.stat().st_size,
        "peak_growth": size.peak - before,
        "final_growth": after - before,
        "stages": dict(stages),
        "statements": sorted(((k, t, rows[k]) for k, t in times.items()), key=lambda s: -s[1]),
    }


def report(result: dict[str, Any], top: int = 14) -> str:
    n, size = result["cases"], result["file_bytes"]
    if not n or not size:
        return "the file held no case: nothing to break down"
    sql = sum(seconds for _, seconds, _ in result["statements"])
    lines = [
        f"{n:,} cases in {result['seconds']:.2f} s: {n / result['seconds']:,.0f} cases/s",
        *(f"  {name}: {seconds / n * 1e6:,.0f} µs a case" for name, seconds in result["stages"].items()),
        f"  all SQL statements: {sql / n * 1e6:,.0f} µs a case",
        f"disk: file {size / 1e6:.1f} MB; at the peak +{result['peak_growth'] / 1e6:,.0f} MB"
        f" ({result['peak_growth'] / size:.1f}× the file), after +{result['final_growth'] / 1e6:,.0f} MB"
        f" ({result['final_growth'] / size:.1f}×)",
        "statement kinds, slowest first (µs a case, rows or calls):",
    ]
    for kind, seconds, count in result["statements"][:top]:
        lines.append(f"  {seconds / n * 1e6:8,.0f}  {count:9,}  {kind}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a benchmark database folder (encrypted)")
    parser.add_argument("--file", type=Path, required=True, help="an interchange file to import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-breakdown-", dir=args.db.parent) as work:
        print(report(measure(args.db, args.file, Path(work))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
