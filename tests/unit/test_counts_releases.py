"""Counts protected across releases (issue 13): an attacker holding every exported file learns nothing.

The attacker reads only what left the office: each CSV (with ``pandas.read_csv``, no options)
and its ``.meta.json`` (period, consent rule, K). It writes every published count of every file
as an equation over the finest cells it can name from the files — month of opening × consent
(yes or not) × every value of every dimension it has seen — and asks ``scipy.optimize.milp``
whether each hidden cell could hold 0 and could hold K or more. The true values come from the
tables in memory, only to know which hidden cells hold a small count (1 to K−1): those are the
ones whose protection the rule promises. A control run without the release register shows the
same attacker does recover cells when the exports are protected one by one, so it can fail.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseintake.services.counts import export_counts
from caseintake.services.demo import fill_with_demo_cases
from caseintake.stats.counts_csv import meta_path
from caseintake.stats.suppression import TOTAL

np = pytest.importorskip("numpy")
optimize = pytest.importorskip("scipy.optimize")
pd = pytest.importorskip("pandas")

TODAY = date(2026, 5, 15)
Store = dict[str, Any]
Key = tuple[str, ...]

# (dimensions, first month, last month, all cases?)
Request = tuple[str, str, str, bool]
SEQUENCES: dict[str, list[Request]] = {
    "month table then year-to-date by region": [
        ("month,region", "2025-01", "2025-12", False),
        ("region", "2025-01", "2025-03", False),
        ("region", "2025-01", "2025-06", False),
        ("region", "2025-01", "2025-09", False),
        ("region", "2025-01", "2025-12", False),
    ],
    "monthly releases then the quarter and the year": [
        ("region", "2025-01", "2025-01", False),
        ("region", "2025-02", "2025-02", False),
        ("region", "2025-03", "2025-03", False),
        ("quarter,region", "2025-01", "2025-06", False),
        ("year,region", "2025-01", "2025-12", False),
    ],
    "overlapping windows": [
        ("region,status", "2025-01", "2025-06", False),
        ("region,status", "2025-04", "2025-09", False),
        ("region,status", "2025-07", "2025-12", False),
        ("status", "2025-01", "2025-12", False),
    ],
    "several dimension sets": [
        ("year,region", "2024-01", "2025-12", False),
        ("year,status", "2024-01", "2025-12", False),
        ("region,source", "2024-01", "2025-12", False),
        ("year,region,status", "2024-01", "2025-12", False),
    ],
    "consent only beside all cases": [
        ("quarter,region", "2025-01", "2025-12", False),
        ("quarter,region", "2025-01", "2025-12", True),
        ("region", "2025-01", "2025-12", True),
        ("region", "2025-01", "2025-12", False),
    ],
    "offense mentions by region and period": [
        ("offense", "2025-01", "2025-12", False),
        ("region,offense", "2025-01", "2025-12", False),
        ("quarter,offense", "2025-01", "2025-12", False),
    ],
}


@dataclass
class Published:
    """One exported file as the attacker reads it."""

    dims: list[str]
    months: list[str]
    all_cases: bool
    min_cell: int
    rows: list[tuple[Key, int | None]]


def read_published(path: Path) -> Published:
    frame = pd.read_csv(path)
    meta = json.loads(meta_path(path).read_text(encoding="ascii"))
    dims = [c for c in frame.columns if c not in ("count", "suppressed") and not c.endswith("_name")]
    rows: list[tuple[Key, int | None]] = []
    for record in frame.to_dict("records"):
        key = tuple(str(record[d]) for d in dims)
        hidden = bool(record["suppressed"])
        rows.append((key, None if hidden else int(record["count"])))
    start, end = meta["period"]["from"], meta["period"]["to"]
    months = [m for m in _all_months(start[:4], end[:4]) if start <= m <= end]
    return Published(dims, months, bool(meta["all_cases"]), int(meta["threshold_k"]), rows)


def _all_months(first_year: str, last_year: str) -> list[str]:
    return [f"{y}-{m:02d}" for y in range(int(first_year), int(last_year) + 1) for m in range(1, 13)]


def _month_groups(files: Sequence[Published]) -> dict[str, str]:
    """Each month → the first month with the same signature in every file."""
    every = sorted({m for f in files for m in f.months})
    signature: dict[tuple[str, ...], str] = {}
    group = {}
    for month in every:
        sig = tuple(
            next((_period(d, month) for d in f.dims if d in ("month", "quarter", "year")), "in")
            if month in f.months
            else "out"
            for f in files
        )
        group[month] = signature.setdefault(sig, month)
    return group


def _period(dim: str, month: str) -> str:
    if dim == "month":
        return month
    if dim == "year":
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:]) + 2) // 3}"


class Attacker:
    """Integer programmes over month × consent × every value seen, from published files only."""

    def __init__(self, files: Sequence[Published]) -> None:
        self.files = files
        names = sorted({d for f in files for d in f.dims if d not in ("month", "quarter", "year")})
        values = {
            d: sorted({k[f.dims.index(d)] for f in files if d in f.dims for k, _ in f.rows} - {TOTAL})
            for d in names
        }
        self.names = names
        # Months no file tells apart (same period value, same window in every file) are one unknown.
        self.group = _month_groups(files)
        consents = ("y", "n") if any(f.all_cases for f in files) else ("y",)
        self.fine = list(
            itertools.product(sorted(set(self.group.values())), consents, *(values[d] for d in names))
        )
        assert len(self.fine) <= 20_000, "the attacker's model grew too large for the test"
        self.equalities: list[tuple[list[int], int]] = []
        self.hidden: list[tuple[int, Key, list[int]]] = []
        for number, published in enumerate(files):
            members = self._members(published)
            for key, count in published.rows:
                m = members.get(key, [])
                if count is None:
                    self.hidden.append((number, key, m))
                else:
                    self.equalities.append((m, count))
        n = len(self.fine)
        matrix = np.zeros((len(self.equalities), n))
        for i, (m, _) in enumerate(self.equalities):
            matrix[i, m] = 1.0
        rhs = np.array([float(c) for _, c in self.equalities])
        self.published = optimize.LinearConstraint(matrix, rhs, rhs)
        self.pool: list[Any] = []

    def _members(self, published: Published) -> dict[Key, list[int]]:
        months = {self.group[m] for m in published.months}
        at = {d: 2 + i for i, d in enumerate(self.names)}
        found: dict[Key, list[int]] = {}
        for f, cell in enumerate(self.fine):
            month, consent = cell[0], cell[1]
            if month not in months or (consent == "n" and not published.all_cases):
                continue
            interior = tuple(
                _period(d, month) if d in ("month", "quarter", "year") else cell[at[d]]
                for d in published.dims
            )
            for stars in itertools.product((False, True), repeat=len(interior)):
                key = tuple(TOTAL if s else v for v, s in zip(interior, stars, strict=True))
                found.setdefault(key, []).append(f)
        return found

    def can_reach(self, members: list[int], goal: int) -> bool:
        """Some table agreeing with every published count puts ``goal`` or more in ``members``."""
        if any(table[members].sum() >= goal for table in self.pool):
            return True
        n = len(self.fine)
        row = np.zeros((1, n))
        row[0, members] = 1.0
        res = optimize.milp(
            np.zeros(n),
            constraints=[self.published, optimize.LinearConstraint(row, [float(goal)], [np.inf])],
            integrality=np.ones(n),
            bounds=optimize.Bounds(np.zeros(n), np.full(n, np.inf)),
        )
        if res.status == 0:
            self.pool.append(np.round(res.x))
            return True
        assert res.status == 2, res.message  # infeasible; anything else is a solver failure
        return False

    def can_be_empty(self, members: list[int]) -> bool:
        if any(table[members].sum() == 0 for table in self.pool):
            return True
        n = len(self.fine)
        upper = np.full(n, np.inf)
        upper[members] = 0.0
        res = optimize.milp(
            np.zeros(n),
            constraints=[self.published],
            integrality=np.ones(n),
            bounds=optimize.Bounds(np.zeros(n), upper),
        )
        if res.status == 0:
            self.pool.append(np.round(res.x))
            return True
        assert res.status == 2, res.message
        return False


def run_sequence(
    session: Any, folder: Path, requests: Sequence[Request]
) -> tuple[list[Published], list[dict[Key, int]]]:
    files, truths = [], []
    for i, (dims, start, end, all_cases) in enumerate(requests):
        out = folder / f"export-{i}.csv"
        done = export_counts(session, out, dims, start=start, end=end, all_cases=all_cases, today=TODAY)
        files.append(read_published(out))
        truths.append({c.key: c.count for c in done.table.cells})
    return files, truths


def recovered(files: Sequence[Published], truths: Sequence[dict[Key, int]]) -> list[str]:
    """Every hidden small cell the attacker can narrow: cannot be 0, or cannot reach K."""
    attacker = Attacker(files)
    found = []
    for number, key, members in attacker.hidden:
        true = truths[number][key]
        k = files[number].min_cell
        if not 1 <= true < k:
            continue
        assert members, f"a hidden cell holding {true} has no fine cell"
        if not attacker.can_be_empty(members):
            found.append(f"file {number} {key}: known to be at least 1 (true {true})")
        if not attacker.can_reach(members, k):
            found.append(f"file {number} {key}: known to be below {k} (true {true})")
    return found


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the module, copied for each sequence (each needs a fresh register)."""
    from caseintake.services.session import create_session
    from caseintake.storage import keyslots

    folder = tmp_path_factory.mktemp("demo")
    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.Argon2Params(1, 1024, 1)
    try:
        session, _ = create_session(folder / "cases.db", "sup", "supervisor passphrase")
        try:
            fill_with_demo_cases(session, 700, seed=13, today=TODAY, parallel=False)
        finally:
            session.close()
    finally:
        keyslots.DEFAULT_KDF = saved
    return folder


@pytest.fixture
def demo_session(demo_folder: Path, tmp_path: Path) -> Any:
    import shutil

    from caseintake.services.session import open_session

    copy = tmp_path / "copy"
    shutil.copytree(demo_folder, copy)
    session = open_session(copy / "cases.db", "sup", "supervisor passphrase")
    yield session
    session.close()


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_attacker_with_every_file_recovers_nothing(name: str, demo_session: Any, tmp_path: Path) -> None:
    files, truths = run_sequence(demo_session, tmp_path, SEQUENCES[name])
    small_hidden = sum(
        1
        for f, t in zip(files, truths, strict=True)
        for key, c in f.rows
        if c is None and 1 <= t[key] < f.min_cell
    )
    assert small_hidden > 0, "the sequence hides no small cell, so it would prove nothing"
    assert recovered(files, truths) == []


def test_without_the_register_the_same_attacker_recovers_cells(
    demo_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: each export protected alone, as before issue 13, leaks across files."""
    from caseintake.storage import count_releases

    monkeypatch.setattr(count_releases, "releases_of_unit", lambda db, unit, wanted=None: [])
    files, truths = run_sequence(demo_session, tmp_path, SEQUENCES["month table then year-to-date by region"])
    assert recovered(files, truths), "the attacker should narrow some cell when exports are not joined"


def test_published_cells_stay_published_with_the_same_value(demo_session: Any, tmp_path: Path) -> None:
    files, _ = run_sequence(
        demo_session,
        tmp_path,
        [("month,region", "2025-01", "2025-12", False), ("region", "2025-01", "2025-12", False)],
    )
    month_region, region = files
    margins = {key[1]: count for key, count in month_region.rows if key[0] == TOTAL}
    for (value,), count in region.rows:
        assert count == margins[value], f"{value}: {count} now, {margins[value]} before"


def test_a_repeated_export_is_the_same_table(demo_session: Any, tmp_path: Path) -> None:
    request = ("quarter,region,status", "2025-01", "2025-12", False)
    first, second = run_sequence(demo_session, tmp_path, [request, request])[0]
    assert first.rows == second.rows


def test_the_register_keeps_request_and_published_cells(demo_session: Any, tmp_path: Path) -> None:
    from caseintake.storage.count_releases import all_releases

    out = tmp_path / "t.csv"
    done = export_counts(demo_session, out, "year,region", start="2025-01", end="2025-12", today=TODAY)
    (release,) = all_releases(demo_session.db)
    assert release.document_id == done.document_id
    assert (release.dims, release.start, release.end, release.all_cases) == (
        ("year", "region"),
        "2025-01",
        "2025-12",
        False,
    )
    assert release.cells == tuple((c.key, c.published_count) for c in done.table.cells)
    # Nothing of the table is readable in the database file itself: it is encrypted.
    assert b"count_release" not in (demo_session.db.path.read_bytes())


def test_the_new_table_names_the_exports_that_constrained_it(demo_session: Any, tmp_path: Path) -> None:
    from caseintake.services.counts import build_counts

    export_counts(
        demo_session, tmp_path / "a.csv", "month,region", start="2025-01", end="2025-06", today=TODAY
    )
    export_counts(demo_session, tmp_path / "b.csv", "region", start="2024-01", end="2024-12", today=TODAY)
    export_counts(demo_session, tmp_path / "c.csv", "offense", start="2025-01", end="2025-06", today=TODAY)
    table = build_counts(demo_session, "region", start="2025-01", end="2025-03", today=TODAY)
    # Only the overlapping release of the same unit: not 2024, not offense mentions.
    assert [text for _, text in table.constrained_by] == [
        text for _, text in table.constrained_by if "by month, region, 2025-01 to 2025-06" in text
    ]
    assert len(table.constrained_by) == 1
    meta = json.loads(meta_path(tmp_path / "a.csv").read_text())
    assert meta["constrained_by_earlier_exports"] == []


def test_a_table_exported_again_and_again_is_read_once_and_weighed_once(
    demo_session: Any, tmp_path: Path
) -> None:
    """An office that re-exports its monthly table holds many copies of one release: they are
    unpacked once (the copies share their cells), the joint check weighs one of them, and the
    new table still names every export that constrained it."""
    from caseintake.services.counts import build_counts
    from caseintake.stats.releases import distinct
    from caseintake.storage.count_releases import releases_of_unit

    request = {"start": "2025-01", "end": "2025-12", "today": TODAY}
    for n in range(3):
        export_counts(demo_session, tmp_path / f"same{n}.csv", "month,region", **request)
    export_counts(
        demo_session, tmp_path / "other.csv", "month,region", start="2025-01", end="2025-06", today=TODAY
    )
    copies = releases_of_unit(demo_session.db, "cases")
    assert len(copies) == 4
    assert copies[0].cells is copies[1].cells is copies[2].cells  # unpacked once
    assert copies[3].cells is not copies[0].cells
    assert [r.document_id for r in distinct(copies)] == [copies[0].document_id, copies[3].document_id]
    # A repeat of the repeated table: the same table, constrained by all four exports.
    again = build_counts(demo_session, "month,region", **request)
    assert [c.published_count for c in again.cells] == [count for _, count in copies[0].cells]
    assert {document for document, _ in again.constrained_by} == {r.document_id for r in copies}
    # A new table beside them: hidden exactly as beside one copy of each.
    beside_copies = build_counts(demo_session, "quarter,region", **request)
    assert len(beside_copies.constrained_by) == 4  # the joint check ran, beside every copy
    tables = []

    class PutBack(Exception):
        pass

    with pytest.raises(PutBack), demo_session.db.atomic():  # the two extra copies taken away
        for release in copies[1:3]:
            demo_session.db.execute("DELETE FROM count_release WHERE document_id = ?", (release.document_id,))
        tables.append(build_counts(demo_session, "quarter,region", **request))
        raise PutBack
    assert len(releases_of_unit(demo_session.db, "cases")) == 4
    (beside_one,) = tables
    assert [c.published_count for c in beside_one.cells] == [c.published_count for c in beside_copies.cells]


def test_the_register_upgrade_runs_on_a_database_holding_real_rows(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database from before the register (schema 4) with cases and a counts export keeps them
    all; the upgrade only adds the table, and the next export is recorded."""
    from caseintake.services.session import open_session
    from caseintake.storage import migrations
    from caseintake.storage.count_releases import all_releases
    from tests.conftest import SUPERVISOR_PASS, import_cases, sample_case

    sup = store["sup"]
    import_cases(sup, sample_case(), sample_case(region="NCR"))
    export_counts(sup, tmp_path / "before.csv", "year", min_cell=3, today=TODAY)
    sup.db.execute("DROP TABLE count_release")  # as written by schema 4
    sup.db.execute("PRAGMA user_version = 4")
    documents = sup.db.scalar("SELECT count(*) FROM document")
    for name in ("sup", "worker", "other", "lawyer"):
        store[name].close()
    # Later upgrades already ran on this file; only the register's is replayed.
    replay = [u if number == 5 else (lambda db: None) for number, u in enumerate(migrations.UPGRADES, 1)]
    monkeypatch.setattr(migrations, "UPGRADES", replay)
    session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    try:
        assert session.db.scalar("PRAGMA user_version") == migrations.SCHEMA_VERSION
        assert session.db.scalar("SELECT count(*) FROM cases") == 2
        assert session.db.scalar("SELECT count(*) FROM document") == documents
        assert all_releases(session.db) == []  # the old export's cells were never kept
        export_counts(session, tmp_path / "after.csv", "year", min_cell=3, today=TODAY)
        assert len(all_releases(session.db)) == 1
    finally:
        session.close()


def test_a_joint_check_past_its_time_budget_publishes_nothing(
    demo_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `EXPORT_SECONDS` the export is refused in one sentence: no file, no release kept."""
    from caseintake.domain.errors import InvalidInput
    from caseintake.stats import releases
    from caseintake.storage.count_releases import all_releases

    run_sequence(demo_session, tmp_path, [("month,region", "2025-01", "2025-12", False)])
    kept = len(all_releases(demo_session.db))
    clock = [1000.0]
    monkeypatch.setattr(releases.time, "monotonic", lambda: clock[0])
    solve = optimize.milp
    limits: list[float] = []

    def slow_milp(*args: Any, **kwargs: Any) -> Any:
        limits.append(kwargs["options"]["time_limit"])
        clock[0] += 25.0  # each programme takes 25 s of the budget
        return solve(*args, **kwargs)

    monkeypatch.setattr(optimize, "milp", slow_milp)
    out = tmp_path / "region.csv"
    with pytest.raises(InvalidInput) as refused:
        export_counts(demo_session, out, "region", start="2025-01", end="2025-03", today=TODAY)
    assert refused.value.code == "counts_check_too_long"
    assert str(refused.value).startswith("Checking this table beside the 1 earlier export(s) of cases")
    assert limits[:3] == [20.0, 20.0, 10.0], "no programme may run past the budget"
    assert not out.exists() and not meta_path(out).exists()
    assert len(all_releases(demo_session.db)) == kept
