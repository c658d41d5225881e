"""The joint protection made fast (issue 18) decides exactly as before.

Three things changed in ``stats/releases.py`` and ``stats/suppression.py``, and each is checked
here against a straightforward reference on random inputs:

- ``_Protector._below`` lists the interior cells under a cell directly instead of scanning the
  whole table (reference: the scan);
- ``_System.members`` spreads each group of fine cells over its margins once instead of each fine
  cell (reference: one fine cell at a time), and releases asking the same share the result;
- the single-table certificates, and moves made of cubes among the hidden cells that hold a
  case, are offered to the joint attacker as witness tables already found, so fewer integer
  programmes run. The reference is the attacker without them: every
  export of a random sequence, with records changed between exports, must come out identical
  (same cells hidden, same refusals), and every witness the attacker keeps must agree with every
  published sum.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import product
from typing import Any

import pytest

from caseintake.domain.counts import PERIOD_DIMENSIONS, Period, Release, period_label
from caseintake.stats import releases, suppression
from caseintake.stats.counts import map_value
from caseintake.stats.releases import cells_from, protect_jointly
from caseintake.stats.suppression import TOTAL, UnprotectedCell, _Protector, _Table

pytest.importorskip("scipy.optimize")

Key = tuple[str, ...]
MONTHS = ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")
VALUES = {"region": ("a", "b", "c", "d"), "status": ("x", "y", "z")}


# -- references: the code as it was -------------------------------------------------------------


def reference_below(protector: _Protector, flat: int) -> list[int]:
    table, values = protector.table, protector.table.values
    coords = table.coords[flat]
    return [
        f
        for f, c in enumerate(table.coords)
        if values[f] > 0
        and all(
            c[k] != table.sizes[k] and (coords[k] == table.sizes[k] or c[k] == coords[k])
            for k in range(table.ndim)
        )
    ]


def reference_members(system: Any, release: Release) -> dict[Key, frozenset[int]]:
    months = release.months()
    at = {d: 2 + i for i, d in enumerate(system.fine_dims)}
    domains = dict(zip(release.dims, release.domains, strict=True))
    found: dict[Key, list[int]] = {}
    for f, key in enumerate(system.fine):
        month, consent = key[0], key[1]
        if month not in months or (consent != "y" and not release.all_cases):
            continue
        interior = tuple(
            period_label(d, month) if d in PERIOD_DIMENSIONS else map_value(d, key[at[d]], domains[d])
            for d in release.dims
        )
        for stars in product((False, True), repeat=len(interior)):
            cell = tuple(TOTAL if s else v for v, s in zip(interior, stars, strict=True))
            found.setdefault(cell, []).append(f)
    return {k: frozenset(v) for k, v in found.items()}


def without_moves(*args: Any, **kwargs: Any) -> tuple[list[suppression.Cell], list[suppression.Move]]:
    cells, _ = suppression.suppress_with_moves(*args, **kwargs)
    return cells, []


@contextmanager
def reference_algorithm() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(releases, "suppress_with_moves", without_moves)
        patch.setattr(releases, "_offer_hidden_cubes", lambda *args: None)
        patch.setattr(releases._System, "members", reference_members)
        patch.setattr(_Protector, "_below", reference_below)
        yield


# -- random inputs -------------------------------------------------------------------------------


def random_fine(rng: random.Random) -> dict[Key, int]:
    """Fine counts by (month, consent, region, status): mostly small, some empty."""
    fine: dict[Key, int] = {}
    for month, consent, region, status in product(MONTHS, "yn", VALUES["region"], VALUES["status"]):
        if rng.random() < 0.75:
            fine[(month, consent, region, status)] = rng.choice((0, 1, 1, 2, 3, 4, 5, 6, 8, 12))
    return fine


def change_records(rng: random.Random, fine: dict[Key, int]) -> dict[Key, int]:
    """A few cases edited: counts moved from one fine cell to another or added."""
    changed = dict(fine)
    keys = list(product(MONTHS, "yn", VALUES["region"], VALUES["status"]))
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(keys)
        changed[key] = max(0, changed.get(key, 0) + rng.choice((-1, 1, 1, 2)))
    return changed


def table_counts(
    fine: dict[Key, int], dims: Sequence[str], months: Sequence[str], all_cases: bool
) -> dict[Key, int]:
    counts: dict[Key, int] = {}
    for (month, consent, region, status), n in fine.items():
        if month not in months or (consent != "y" and not all_cases):
            continue
        values = {"region": region, "status": status}
        key = tuple(month if d == "month" else values[d] for d in dims)
        counts[key] = counts.get(key, 0) + n
    return counts


def fine_counts_of(fine: dict[Key, int]) -> Callable[[Sequence[str], Period, str], dict[Key, int]]:
    def read(dims: Sequence[str], period: Period, _unit: str) -> dict[Key, int]:
        out: dict[Key, int] = {}
        for (month, consent, region, status), n in fine.items():
            if period.start <= month <= period.end:
                values = {"region": region, "status": status}
                key = (month, consent, *(values[d] for d in dims))
                out[key] = out.get(key, 0) + n
        return out

    return read


REQUESTS: tuple[tuple[tuple[str, ...], int, int, bool], ...] = (
    (("month", "region"), 0, 5, False),
    (("month", "region", "status"), 0, 5, False),
    (("region", "status"), 0, 5, False),
    (("region",), 0, 2, False),
    (("month", "status"), 2, 5, True),
)


def export(
    fine: dict[Key, int], request: tuple[tuple[str, ...], int, int, bool], earlier: list[Release], number: int
) -> tuple[Any, Release | None]:
    """One export through ``protect_jointly``: its cells (or the refusal) and its release record."""
    dims, first, last, all_cases = request
    months = MONTHS[first : last + 1]
    domains = tuple(months if d == "month" else VALUES[d] for d in dims)
    new = Release(
        f"doc{number}",
        f"2026-01-{number + 1:02d}",
        dims,
        domains,
        months[0],
        months[-1],
        all_cases,
        3,
        "cases",
        (),
    )
    counts = table_counts(fine, dims, months, all_cases)
    try:
        cells, related = protect_jointly(new, counts, earlier, fine_counts_of(fine))
    except UnprotectedCell as refused:
        return ("refused", refused.key), None
    record = Release(
        new.document_id,
        new.created_at,
        dims,
        domains,
        new.start,
        new.end,
        all_cases,
        3,
        "cases",
        cells_from(cells),
    )
    return (cells, [r.document_id for r in related]), record


# -- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_below_lists_what_the_scan_listed(seed: int) -> None:
    rng = random.Random(seed)
    ndim = rng.randint(1, 4)
    dims = [f"d{k}" for k in range(ndim)]
    domains = [[f"v{j}" for j in range(rng.randint(1, 4))] for _ in range(ndim)]
    counts = {key: rng.choice((0, 0, 1, 2, 7)) for key in product(*domains)}
    protector = _Protector(_Table.build(counts, dims, 3, domains))
    for flat in range(len(protector.table.coords)):
        assert protector._below(flat) == reference_below(protector, flat)


@pytest.mark.parametrize("seed", range(6))
def test_members_are_the_same_sets_in_the_same_order(seed: int) -> None:
    rng = random.Random(seed)
    fine = random_fine(rng)
    fine_dims = ["region", "status"]
    system = releases._System(sorted(fine), [fine[k] for k in sorted(fine)], fine_dims)
    for dims, first, last, all_cases in REQUESTS:
        months = MONTHS[first : last + 1]
        domains = tuple(months if d == "month" else VALUES[d][: rng.randint(1, len(VALUES[d]))] for d in dims)
        release = Release("d", "c", dims, domains, months[0], months[-1], all_cases, 3, "cases", ())
        fast, slow = system.members(release), reference_members(system, release)
        assert list(fast) == list(slow)  # keys in the same order
        for key in slow:
            assert fast[key] == slow[key]
            assert list(fast[key]) == list(slow[key])  # the same set, laid out the same


@pytest.mark.parametrize("seed", range(4))
def test_exports_with_witness_moves_match_the_reference(seed: int) -> None:
    """Random export sequences, records changed between exports (the slow case of issue 18):
    every table, refusal and constraining list is the reference's."""
    rng = random.Random(1000 + seed)
    fine = random_fine(rng)
    fast_earlier: list[Release] = []
    slow_earlier: list[Release] = []
    offer = releases._JointChecker.offer

    def checked_offer(self: Any, moves: Any) -> None:
        offer(self, moves)
        for move in self.moves.values():  # every kept witness agrees with every published sum
            for members, value in self.rows.items():
                assert self.system.value(members) + self._change(move, members) == value

    for number in range(5):
        request = rng.choice(REQUESTS)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(releases._JointChecker, "offer", checked_offer)
            fast, fast_record = export(fine, request, fast_earlier, number)
        with reference_algorithm():
            slow, slow_record = export(fine, request, slow_earlier, number)
        assert fast == slow, f"export {number} ({request}) differs"
        assert fast_record == slow_record
        if fast_record is not None and slow_record is not None:
            fast_earlier.append(fast_record)
            slow_earlier.append(slow_record)
        fine = change_records(rng, fine)


def test_the_moves_spare_integer_programmes() -> None:
    """The witness moves are used: the same export runs fewer integer programmes with them."""
    rng = random.Random(0)
    fine = random_fine(rng)
    request = REQUESTS[0]
    _, record = export(fine, request, [], 0)
    assert record is not None
    fine = change_records(rng, fine)
    calls = {"fast": 0, "slow": 0}
    import scipy.optimize

    real = scipy.optimize.milp
    for name in calls:

        def counted(*args: Any, _name: str = name, **kwargs: Any) -> Any:
            calls[_name] += 1
            return real(*args, **kwargs)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(scipy.optimize, "milp", counted)
            if name == "fast":
                fast, _ = export(fine, request, [record], 1)
            else:
                with reference_algorithm():
                    slow, _ = export(fine, request, [record], 1)
    assert fast == slow
    assert calls["fast"] < calls["slow"], calls
