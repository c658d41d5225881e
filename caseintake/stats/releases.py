"""Protection across releases: a new counts table is made safe together with every earlier one.

Each table alone can be safe while two together are not: a month × region table and the
year-to-date totals by region, or a consent-only table beside an all-cases one, subtract to
small counts. So every export is recorded (``storage/count_releases.py``) and a new one is
checked jointly with the earlier releases it overlaps.

The model. Releases that count the same thing (the same unit and the same dimensions that take
several values per case, see ``stats/counts.py``) are all sums of one set of *fine cells*: the
cases (or children, or accused) by month of opening, consent to statistics and every dimension
any of them uses. A published cell of any release is a linear equation on the fine cells; a
hidden one is a sum whose range an attacker can bound by integer programming. We give that
attacker more than the files do: every fine cell that holds nothing is known to be 0. What it
cannot do, under the rule we enforce for every hidden cell of every release that holds
something, is rule out 0 or rule out K or more.

The method. The new table's cells that add up exactly the same fine cells as an earlier
published cell stay published (they print the same value), those equal to an earlier hidden
cell stay hidden; the single-table hypercube search (``suppression.py``) then protects the new
table on its own without touching those. Then every hidden sum is checked against everything
published so far with ``scipy.optimize.milp``; a sum that can be narrowed gets complementary
cells of the new table, chosen by a second integer programme that finds the cheapest set of
cells to hide (cases hidden, margins weighted up) together with a witness table that moves the
sum to 0 or to K. Complements are never small (every small sum is hidden from the start), and
hiding more never narrows a range, so one check per hidden small sum suffices. The integer
programmes are the slow part (seconds each at 100,000 cases), so the checker first tries the
witness tables it already holds: those the programmes found, and the single-table certificates
(``suppress_with_moves``) written over the fine cells, each kept only if it agrees with every
published sum. A witness only answers "yes, it can move" for a sum it really moves; every other
question still goes to ``milp``, so the answers (and the cells hidden) are the same as without.

What is not modelled: releases of different units (cases beside children, or a table by offense
beside one without it) are only related by inequalities (a case has at least one offense); and
a record changed between two exports makes the earlier numbers differ from today's, which the
model does not see (it checks the earlier releases as if made from today's records).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from caseintake.domain.counts import DIMENSIONS, PERIOD_DIMENSIONS, Period, Release, period_label
from caseintake.stats.counts import map_value
from caseintake.stats.suppression import (
    MARGIN_WEIGHTS,
    TOTAL,
    Cell,
    Move,
    UnprotectedCell,
    hidden_cube_moves,
    suppress_small_cells,
    suppress_with_moves,
    with_margins,
)

log = logging.getLogger(__name__)

Key = tuple[str, ...]
#: Reads the fine cells (``storage/counts_query.fine_counts`` over the caller's database): the
#: dimensions, the period and the unit in, the counts by (month, consent, value...) out.
FineCounts = Callable[[Sequence[str], Period, str], dict[Key, int]]
#: Seconds one integer programme may take before the export is refused rather than guessed.
SOLVER_SECONDS = 20.0
#: Seconds the joint check of one table beside earlier releases may take in all. A table over
#: other dimensions than the earlier ones can need hundreds of programmes; past this budget the
#: export is refused (nothing is published) rather than left running for minutes.
EXPORT_SECONDS = 60.0


class ProtectionTooSlow(Exception):
    """The joint check of a table did not finish within ``EXPORT_SECONDS``: nothing is proven,
    so nothing may be published."""


def family(unit: str, dims: Iterable[str]) -> tuple[str, frozenset[str]]:
    """Releases of one family are sums of the same fine cells."""
    return unit, frozenset(d for d in dims if DIMENSIONS[d].group is not None)


def overlapping(new: Release, earlier: Sequence[Release]) -> list[Release]:
    """Earlier releases of the same family linked to ``new`` through overlapping months."""
    same = [r for r in earlier if family(r.unit, r.dims) == family(new.unit, new.dims)]
    months = new.months()
    chosen: list[Release] = []
    grew = True
    while grew:
        grew = False
        for release in same:
            if release not in chosen and release.months() & months:
                chosen.append(release)
                months |= release.months()
                grew = True
    return sorted(chosen, key=lambda r: r.created_at)


@dataclass
class _System:
    """Fine cells with their true values, and each release's cells as sets of fine cells."""

    fine: list[tuple[str, ...]]
    values: list[int]
    fine_dims: list[str]

    def members(self, release: Release) -> dict[Key, frozenset[int]]:
        months = release.months()
        at = {d: 2 + i for i, d in enumerate(self.fine_dims)}
        domains = dict(zip(release.dims, release.domains, strict=True))
        # Fine cells grouped by the interior cell they fall in first (in order of first
        # appearance), then each group spread over that cell's margins: the same cells in the
        # same order as spreading one fine cell at a time, with 2^n steps per group, not per cell.
        groups: dict[Key, list[int]] = {}
        for f, key in enumerate(self.fine):
            month, consent = key[0], key[1]
            if month not in months or (consent != "y" and not release.all_cases):
                continue
            interior = tuple(
                period_label(d, month) if d in PERIOD_DIMENSIONS else map_value(d, key[at[d]], domains[d])
                for d in release.dims
            )
            groups.setdefault(interior, []).append(f)
        found: dict[Key, list[int]] = {}
        patterns = list(product((False, True), repeat=len(release.dims)))
        for interior, fs in groups.items():
            for stars in patterns:
                cell = tuple(TOTAL if s else v for v, s in zip(interior, stars, strict=True))
                found.setdefault(cell, []).extend(fs)
        # Ascending, as one cell at a time would have added them (a set's layout follows its order).
        return {k: frozenset(sorted(v)) for k, v in found.items()}

    def value(self, members: frozenset[int]) -> int:
        return sum(self.values[f] for f in members)


def _weight(key: Key) -> int:
    above = sum(v != TOTAL for v in key)
    if above == len(key):
        return 1
    return MARGIN_WEIGHTS[above] if above < len(MARGIN_WEIGHTS) else MARGIN_WEIGHTS[-1]


def _month_groups(every: Sequence[Release]) -> dict[str, str]:
    """Each month → the first month no release tells apart from it (same window, same period
    value in every release): one unknown for the lot keeps the model small."""
    signature: dict[tuple[str, ...], str] = {}
    group: dict[str, str] = {}
    windows = [r.months() for r in every]
    for month in sorted(set().union(*windows)):
        sig = tuple(
            next((period_label(d, month) for d in r.dims if d in PERIOD_DIMENSIONS), "in")
            if month in window
            else "out"
            for r, window in zip(every, windows, strict=True)
        )
        group[month] = signature.setdefault(sig, month)
    return group


#: Fine cells beyond which the model keeps only the non-empty ones (a stronger attacker, so safe).
MAX_FINE_CELLS = 60_000


def _build_system(
    raw: dict[Key, int], fine_dims: list[str], every: Sequence[Release], counts: dict[Key, int]
) -> tuple[_System, list[dict[Key, frozenset[int]]], list[dict[Key, frozenset[int]]]]:
    """Every fine cell an attacker can name from the files, less those under a published zero.

    Returns the system, each release's cells as sets of its fine cells (the new release last),
    and the same before the empty ones were dropped (to match cells holding 0 across releases).
    """
    values_of: dict[str, list[str]] = {}
    for d in fine_dims:
        seen: dict[str, None] = {}
        for release in every:
            if d in release.dims:
                seen.update(dict.fromkeys(release.domains[release.dims.index(d)]))
        values_of[d] = list(seen)
    group = _month_groups(every)
    months = sorted(set(group.values()))
    truth: dict[Key, int] = {}
    for key, value in raw.items():
        if key[0] not in group:
            continue
        mapped = tuple(map_value(d, v, values_of[d]) for d, v in zip(fine_dims, key[2:], strict=True))
        for d, v in zip(fine_dims, mapped, strict=True):
            if v not in values_of[d]:
                values_of[d].append(v)
        full_key = (group[key[0]], key[1], *mapped)
        truth[full_key] = truth.get(full_key, 0) + value
    size = len(months) * 2 * math.prod(len(values_of[d]) for d in fine_dims)
    if size > MAX_FINE_CELLS:
        fine = [k for k, v in truth.items() if v > 0]
    else:
        fine = list(product(months, ("y", "n"), *(values_of[d] for d in fine_dims)))
    system = _System(fine, [truth.get(k, 0) for k in fine], fine_dims)
    # Releases asking the same (a table exported again) have the same cells: work them out once.
    by_request: dict[tuple[Any, ...], dict[Key, frozenset[int]]] = {}
    members: list[dict[Key, frozenset[int]]] = []
    for release in every:
        request = (release.dims, release.domains, release.start, release.end, release.all_cases)
        if request not in by_request:
            by_request[request] = system.members(release)
        members.append(by_request[request])
    # What a published zero covers is known to be empty: drop it from the unknowns.
    empty: set[int] = set()
    for release, found in zip(every[:-1], members, strict=False):
        for key, shown in release.cells:
            if shown == 0:
                empty |= found.get(key, frozenset())
    for key, count in counts.items():
        if count == 0:
            empty |= members[-1].get(key, frozenset())
    zero_margins = [m for m in members[-1].values() if not any(system.values[f] for f in m)]
    for m in zero_margins:
        empty |= m
    keep = [f for f in range(len(fine)) if f not in empty or system.values[f] > 0]
    remap = {f: i for i, f in enumerate(keep)}
    kept = _System([fine[f] for f in keep], [system.values[f] for f in keep], fine_dims)
    renumbering: dict[int, dict[Key, frozenset[int]]] = {}
    for found in members:
        if id(found) not in renumbering:
            renumbering[id(found)] = {
                key: frozenset(remap[f] for f in m if f in remap) for key, m in found.items()
            }
    renumbered = [renumbering[id(found)] for found in members]
    return kept, renumbered, members


def protect_jointly(
    new: Release,
    counts: dict[Key, int],
    earlier: Sequence[Release],
    fine_counts: FineCounts,
) -> tuple[list[Cell], list[Release]]:
    """The new table's cells, hidden so that no release narrows any hidden cell of any other.

    ``new`` carries the request (its ``cells`` are ignored); returns the cells and the earlier
    releases that constrained them. Raises ``UnprotectedCell`` when no choice can protect a cell.
    ``fine_counts`` is asked for the fine cells only when an earlier release overlaps and the
    request is not a repeat, so the common case reads nothing more.
    """
    constraining = overlapping(new, earlier)
    dims, domains = list(new.dims), [list(d) for d in new.domains]
    if not constraining:
        cells = suppress_small_cells(counts, dims, min_cell=new.min_cell, domains=domains)
        return publish_safe_totals(cells, new.min_cell), []
    related = distinct(constraining)
    repeat = _same_as_before(new, counts, related)
    if repeat is not None:
        return repeat, constraining
    every = [*related, new]
    fine_dims = sorted({d for r in every for d in r.dims if d not in PERIOD_DIMENSIONS})
    start = min(r.start for r in every)
    end = max(r.end for r in every)
    raw = fine_counts(fine_dims, Period(start, end), new.unit)
    system, every_members, full_members = _build_system(raw, fine_dims, every, counts)
    new_members = every_members[-1]
    published: dict[frozenset[int], int] = {}
    hidden_earlier: dict[frozenset[int], int] = {}
    for release, members in zip(related, every_members, strict=False):
        for key, shown in release.cells:
            m = members.get(key, frozenset())
            if not m:
                continue
            if shown is None:
                hidden_earlier[m] = max(hidden_earlier.get(m, 0), release.min_cell)
            else:
                published[m] = system.value(m)
    # Matched on the full sets, so a 0 published (or hidden) earlier stays so too.
    shown_full: set[frozenset[int]] = set()
    hidden_full: set[frozenset[int]] = set()
    for release, found in zip(related, full_members, strict=False):
        for key, shown in release.cells:
            (hidden_full if shown is None else shown_full).add(found.get(key, frozenset()))
    keep = [k for k, m in full_members[-1].items() if m in shown_full or new_members[k] in published]
    hide = [k for k, m in full_members[-1].items() if m in hidden_full or new_members[k] in hidden_earlier]
    cells, moves = suppress_with_moves(
        counts, dims, min_cell=new.min_cell, domains=domains, keep=keep, hide=hide, strict=False
    )
    status = {c.key: c.suppressed for c in cells}
    checker = _JointChecker(system, new.min_cell, deadline=time.monotonic() + EXPORT_SECONDS)
    for m, v in published.items():
        checker.publish(m, v)
    for key, hidden in status.items():
        m = new_members.get(key, frozenset())
        if m and not hidden:
            checker.publish(m, system.value(m))
    # The single-table certificates are witness tables too, often for most hidden sums: those
    # that agree with everything published spare the integer programmes their search.
    checker.offer(_fine_moves(moves, new_members, system))
    candidates = {
        m: (system.value(m) + 1) * _weight(k)
        for k, m in new_members.items()
        if m and not status[k] and m not in published
    }
    # Only a hidden sum holding 1 to K−1 has something to hide (see ``suppression.py``).
    queue = {m: k for m, k in hidden_earlier.items() if 1 <= system.value(m) < k}
    for key, hidden in status.items():
        m = new_members.get(key, frozenset())
        if hidden and m and 1 <= system.value(m) < new.min_cell:
            queue[m] = max(queue.get(m, 0), new.min_cell)
    # Differences of a cell and the same cell of an earlier release (one more month, a window
    # moved on, all cases less consent only) are sums an attacker gets by subtraction, and a later
    # release may print their complement: a small one is protected like a hidden cell.
    for release, members in zip(related, every_members, strict=False):
        for key, _ in release.cells:
            old_m, new_m = members.get(key, frozenset()), new_members.get(key, frozenset())
            if not old_m or not new_m or old_m == new_m:
                continue
            for diff in (new_m - old_m, old_m - new_m):
                if diff and 1 <= system.value(diff) < new.min_cell:
                    queue[diff] = max(queue.get(diff, 0), new.min_cell)
    _offer_hidden_cubes(checker, queue, counts, new, status, new_members, system)
    for m, direction in checker.all_reach(queue):
        k = queue[m]
        if checker.reaches(m, k, direction):  # an earlier repair may have freed it
            continue
        chosen = checker.repair(m, k, direction, candidates)
        if chosen is None:
            bad = next((key for key, mm in new_members.items() if mm == m), ("an earlier release",))
            raise UnprotectedCell(bad)
        for extra in chosen:
            candidates.pop(extra, None)
            checker.unpublish(extra)
            for key, mm in new_members.items():
                if mm == extra:
                    status[key] = True
    # Never publish what an earlier release hid.
    still_hidden = {k: v for k, v in status.items() if not (v and new_members.get(k) in hidden_earlier)}
    _publish_totals_if_safe(checker, cells, still_hidden, new_members, queue, system)
    status.update(still_hidden)
    final = _hide_zeros_beside(cells, status, {k for k in keep})
    return final, constraining


def distinct(releases: Sequence[Release]) -> list[Release]:
    """The releases less those that repeat an earlier one exactly (the same request, the same
    cells): a table published twice tells no more than once, and an office that exports the
    same monthly table again and again would otherwise weigh each copy in the joint check."""
    seen: dict[tuple[object, ...], list[tuple[tuple[Key, int | None], ...]]] = {}
    kept: list[Release] = []
    for release in releases:
        request = (
            release.unit,
            release.dims,
            release.domains,
            release.start,
            release.end,
            release.all_cases,
            release.min_cell,
        )
        same_request = seen.setdefault(request, [])
        if any(cells is release.cells or cells == release.cells for cells in same_request):
            continue
        same_request.append(release.cells)
        kept.append(release)
    return kept


def _offer_hidden_cubes(
    checker: _JointChecker,
    queue: dict[frozenset[int], int],
    counts: dict[Key, int],
    new: Release,
    status: dict[Key, bool],
    members: dict[Key, frozenset[int]],
    system: _System,
) -> None:
    """For the new table's hidden small cells still without a witness: moves through hidden
    cells that hold a case (``hidden_cube_moves``), offered to the checker like the certificates."""
    key_of: dict[frozenset[int], Key] = {}
    for key, m in members.items():
        if m:
            key_of.setdefault(m, key)
    wanted = [
        (key_of[m], direction, goal)
        for direction in ("down", "up")
        for m, goal in queue.items()
        if m in key_of and not checker._in_pool(m, goal, direction)
    ]
    if not wanted:
        return
    hidden = [key for key, h in status.items() if h]
    moves = hidden_cube_moves(counts, list(new.dims), [list(d) for d in new.domains], hidden, wanted)
    checker.offer(_fine_moves(moves, members, system))


def _fine_moves(
    moves: Sequence[Move], members: dict[Key, frozenset[int]], system: _System
) -> list[dict[int, int]]:
    """The new table's witness moves as changes to fine cells. In a cell of several fine cells a
    rise goes to the first, a fall is taken from each in turn as far as it holds; a move that
    cannot be written so (a cell of known-empty fine cells) is left out."""
    found: list[dict[int, int]] = []
    for move in moves:
        change: dict[int, int] = {}
        for key, step in move.items():
            fine = sorted(members.get(key, frozenset()))
            if not fine:
                break
            if step > 0:
                change[fine[0]] = change.get(fine[0], 0) + step
                continue
            need = -step
            for f in fine:
                take = min(need, system.values[f] + change.get(f, 0))
                if take > 0:
                    change[f] = change.get(f, 0) - take
                    need -= take
                if not need:
                    break
            if need:
                break
        else:
            found.append({f: v for f, v in change.items() if v})
    return found


def _same_as_before(new: Release, counts: dict[Key, int], related: Sequence[Release]) -> list[Cell] | None:
    """The same request as an earlier release, on unchanged records: the same table, which
    adds nothing to what was published (the common case of an export made again)."""
    cells: list[Cell] | None = None  # the table unhidden, the same for every matching request
    for release in reversed(related):
        request = (release.dims, release.domains, release.start, release.end, release.all_cases)
        if request != (new.dims, new.domains, new.start, new.end, new.all_cases):
            continue
        if release.min_cell != new.min_cell:
            continue
        if cells is None:
            cells = with_margins(counts, list(new.dims), new.domains)
        before = dict(release.cells)
        if all(c.key in before and before[c.key] in (None, c.count) for c in cells):
            return [Cell(c.key, c.count, before[c.key] is None) for c in cells]
    return None


def _first_totals(cells: Sequence[Cell], status: dict[Key, bool], min_cell: int) -> list[Cell]:
    """Hidden totals a donor reads first (the grand total, one-dimensional margins) that are big
    enough to publish, largest first."""
    ndim = len(cells[0].key)
    return sorted(
        (
            c
            for c in cells
            if status.get(c.key, False)
            and c.count >= min_cell
            and sum(v == TOTAL for v in c.key) >= max(ndim - 1, 1)
        ),
        key=lambda c: -c.count,
    )


def _publish_totals_if_safe(
    checker: _JointChecker,
    cells: Sequence[Cell],
    status: dict[Key, bool],
    members: dict[Key, frozenset[int]],
    hidden_sums: dict[frozenset[int], int],
    system: _System,
) -> None:
    """Publish each hidden first total whose publication leaves every hidden small sum able to
    reach 0 and K (checked by the attacker); the hypercube search is greedy and can hide one
    that is not needed."""
    for cell in _first_totals(cells, status, checker.min_cell):
        m = members.get(cell.key, frozenset())
        if not m:
            continue
        checker.publish(m, system.value(m))
        if not checker.all_reach(hidden_sums):
            for key, mm in members.items():
                if mm == m:
                    status[key] = False
        else:
            checker.unpublish(m)


#: Beyond these sizes a single table keeps the hypercube's choice: the integer programmes that
#: could publish a hidden total would take longer than an export may (DESIGN §9: 0.5 s).
MAX_REFINED_UNKNOWNS = 2_500
MAX_REFINED_HIDDEN = 600


def publish_safe_totals(cells: list[Cell], min_cell: int) -> list[Cell]:
    """One table alone: its hidden first totals, published where the attacker says it is safe."""
    status = {c.key: c.suppressed for c in cells}
    if not _first_totals(cells, status, min_cell):
        return cells
    interior = [c for c in cells if not c.is_total and (c.count > 0 or c.suppressed)]
    small = sum(c.suppressed and 1 <= c.count < min_cell for c in cells)
    if len(interior) > MAX_REFINED_UNKNOWNS or small > MAX_REFINED_HIDDEN:
        log.info("counts: table too large to refine hidden totals (%d unknowns)", len(interior))
        return cells
    system = _System([c.key for c in interior], [c.count for c in interior], [])
    found: dict[Key, list[int]] = {}
    for f, c in enumerate(interior):
        for stars in product((False, True), repeat=len(c.key)):
            found.setdefault(tuple(TOTAL if s else v for v, s in zip(c.key, stars, strict=True)), []).append(
                f
            )
    members = {k: frozenset(v) for k, v in found.items()}
    checker = _JointChecker(system, min_cell)
    for c in cells:
        m = members.get(c.key, frozenset())
        if m and not c.suppressed:
            checker.publish(m, c.count)
    hidden_sums = {members[c.key]: min_cell for c in cells if c.suppressed and 1 <= c.count < min_cell}
    _publish_totals_if_safe(checker, cells, status, members, hidden_sums, system)
    return [Cell(c.key, c.count, status[c.key]) for c in cells]


def _hide_zeros_beside(cells: list[Cell], status: dict[Key, bool], keep: set[Key]) -> list[Cell]:
    """The zero rule of ``suppression.py`` again, for cells the joint repair hid."""
    by_key = {c.key: c for c in cells}
    ndim = len(cells[0].key)
    values: list[set[str]] = [set() for _ in range(ndim)]
    for c in cells:
        for k, v in enumerate(c.key):
            if v != TOTAL:
                values[k].add(v)
    for c in cells:
        if not status[c.key] or c.count == 0 or c.is_total:
            continue
        for k in range(ndim):
            for other in values[k]:
                moved = (*c.key[:k], other, *c.key[k + 1 :])
                if by_key[moved].count == 0 and moved not in keep:
                    status[moved] = True
    return [Cell(c.key, c.count, status[c.key]) for c in cells]


class _JointChecker:
    """The attacker: integer programmes over the fine cells, given every published sum."""

    def __init__(self, system: _System, min_cell: int, *, deadline: float | None = None) -> None:
        import numpy as np

        self.np = np
        self.deadline = deadline  # `time.monotonic()` past which no programme starts
        self.min_cell = min_cell
        self.system = system
        self.n = len(system.fine)
        self.rows: dict[frozenset[int], int] = {}
        self.pool: list[Any] = [np.array(system.values, dtype=float)]
        total = sum(system.values)
        # No count can exceed every case plus K in a witness; the bound keeps the solver finite.
        self.upper = np.array([v + 2 * min_cell for v in system.values], dtype=float)
        self.cap = float(total + 2 * min_cell)
        # More witnesses, kept sparse: changes to the true table (``offer``), by number, and the
        # numbers of those changing each fine cell; a publication drops those it contradicts.
        self.moves: dict[int, dict[int, int]] = {}
        self.moves_at: dict[int, list[int]] = {}
        self._truths: dict[frozenset[int], int] = {}
        self._numbered = 0

    def _limits(self) -> dict[str, float]:
        """The solver's options: its time limit, never past the deadline (then it raises)."""
        if self.deadline is None:
            return {"time_limit": SOLVER_SECONDS}
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise ProtectionTooSlow()
        return {"time_limit": min(SOLVER_SECONDS, left)}

    def _truth(self, members: frozenset[int]) -> int:
        found = self._truths.get(members)
        if found is None:
            found = self._truths[members] = self.system.value(members)
        return found

    @staticmethod
    def _change(move: dict[int, int], members: frozenset[int]) -> int:
        return sum(step for f, step in move.items() if f in members)

    def offer(self, moves: Iterable[dict[int, int]]) -> None:
        """Keep as witnesses the moved tables that agree with every published sum and stay
        within the solver's bounds (0 to ``cap`` in every fine cell)."""
        rows_of: dict[int, list[frozenset[int]]] = {}
        for m in self.rows:
            for f in m:
                rows_of.setdefault(f, []).append(m)
        values = self.system.values
        if any(self._truth(m) != value for m, value in self.rows.items()):
            return  # the true table itself disagrees with a published sum: so would its moves
        for move in moves:
            if not move or any(not 0 <= values[f] + step <= self.cap for f, step in move.items()):
                continue
            touched = {m for f in move for m in rows_of.get(f, ())}
            if all(self._truth(m) + self._change(move, m) == self.rows[m] for m in touched):
                number = self._numbered
                self._numbered += 1
                self.moves[number] = move
                for f in move:
                    self.moves_at.setdefault(f, []).append(number)

    def publish(self, members: frozenset[int], value: int) -> None:
        self.rows[members] = value
        # A new equation: only the tables found so far that satisfy it remain witnesses.
        index = list(members)
        self.pool = [t for t in self.pool if abs(float(t[index].sum()) - value) < 0.5]
        if self.moves:
            truth = self._truth(members)
            if truth != value:  # the true table itself disagrees: so does every move of it
                self.moves.clear()
            for number in {n for f in members for n in self.moves_at.get(f, ()) if n in self.moves}:
                if truth + self._change(self.moves[number], members) != value:
                    del self.moves[number]

    def unpublish(self, members: frozenset[int]) -> None:
        self.rows.pop(members, None)

    def _matrix(self, sets: Sequence[frozenset[int]]) -> Any:
        from scipy.sparse import csr_matrix

        data, rows, cols = [], [], []
        for i, m in enumerate(sets):
            for f in m:
                rows.append(i)
                cols.append(f)
                data.append(1.0)
        return csr_matrix((data, (rows, cols)), shape=(len(sets), self.n))

    def _in_pool(self, members: frozenset[int], goal: int, direction: str) -> bool:
        index = list(members)
        for table in self.pool:
            total = float(table[index].sum())
            # Published sums are only ever withdrawn, so every pooled table still agrees with them.
            if (direction == "up" and total >= goal) or (direction == "down" and total <= 0):
                return True
        if self.moves:
            truth = self._truth(members)
            for number in {n for f in members for n in self.moves_at.get(f, ())}:
                move = self.moves.get(number)
                if move is None:
                    continue
                total = truth + self._change(move, members)
                if (direction == "up" and total >= goal) or (direction == "down" and total <= 0):
                    return True
        return False

    def reaches(self, members: frozenset[int], goal: int, direction: str) -> bool:
        """Is there an integer table agreeing with every published sum that puts ``members``
        at ``goal`` or more (up) or at 0 (down)?"""
        if self._in_pool(members, goal, direction):
            return True
        np = self.np
        from scipy.optimize import Bounds, LinearConstraint, milp

        sets = list(self.rows)
        rhs = np.array([self.rows[m] for m in sets], dtype=float)
        constraints = [LinearConstraint(self._matrix(sets), rhs, rhs)] if sets else []
        upper = np.full(self.n, self.cap)
        index = list(members)
        objective = np.zeros(self.n)
        if direction == "down":
            upper[index] = 0.0
        else:
            objective[index] = -1.0
            constraints.append(LinearConstraint(self._matrix([members]), [float(goal)], [np.inf]))
        res = milp(
            objective,
            constraints=constraints,
            integrality=np.ones(self.n),
            bounds=Bounds(np.zeros(self.n), upper),
            options=self._limits(),
        )
        if res.x is not None and res.status in (0, 1):
            self.pool.append(np.round(res.x))
            return True
        return False

    def all_reach(self, sums: dict[frozenset[int], int]) -> list[tuple[frozenset[int], str]]:
        """The (sum, direction) pairs that cannot reach K (up) or 0 (down); checked together
        first (one programme pushes every unsettled sum at once), then one by one."""
        np = self.np
        from scipy.optimize import Bounds, LinearConstraint, milp

        failing: list[tuple[frozenset[int], str]] = []
        sets = list(self.rows)
        rhs = np.array([self.rows[m] for m in sets], dtype=float)
        for direction in ("down", "up"):
            open_ = [h for h, k in sums.items() if not self._in_pool(h, k, direction)]
            while open_:
                n, u = self.n, len(open_)
                constraints = []
                if sets:
                    a = self._matrix(sets)
                    if direction == "up":
                        from scipy.sparse import hstack

                        a = hstack([a, np.zeros((len(sets), u))])
                    constraints.append(LinearConstraint(a, rhs, rhs))
                if direction == "down":
                    objective = np.zeros(n)
                    for h in open_:
                        objective[list(h)] += 1.0
                    integrality = np.ones(n)
                    bounds = Bounds(np.zeros(n), np.full(n, self.cap))
                else:
                    from scipy.sparse import hstack

                    link = self._matrix(open_)
                    constraints.append(LinearConstraint(hstack([-link, np.eye(u)]), -np.inf, 0.0))
                    objective = np.concatenate([np.zeros(n), -np.ones(u)])
                    integrality = np.concatenate([np.ones(n), np.zeros(u)])
                    caps = np.array([float(sums[h]) for h in open_])
                    bounds = Bounds(np.zeros(n + u), np.concatenate([np.full(n, self.cap), caps]))
                res = milp(
                    objective,
                    constraints=constraints,
                    integrality=integrality,
                    bounds=bounds,
                    options=self._limits(),
                )
                if res.x is None:
                    break
                self.pool.append(np.round(res.x[:n]))
                still = [h for h in open_ if not self._in_pool(h, sums[h], direction)]
                if len(still) == len(open_):
                    break
                open_ = still
            for h in open_:
                if not self.reaches(h, sums[h], direction):
                    failing.append((h, direction))
        return failing

    def repair(
        self, members: frozenset[int], goal: int, direction: str, candidates: dict[frozenset[int], int]
    ) -> list[frozenset[int]] | None:
        """The cheapest published sums of the new table to hide so that ``members`` can move."""
        np = self.np
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import hstack

        free = [m for m in self.rows if m in candidates]
        fixed = [m for m in self.rows if m not in candidates]
        width = self.n + len(free)
        constraints = []
        if fixed:
            a = self._matrix(fixed)
            rhs = np.array([self.rows[m] for m in fixed], dtype=float)
            constraints.append(LinearConstraint(hstack([a, np.zeros((len(fixed), len(free)))]), rhs, rhs))
        if free:
            a = self._matrix(free)
            rhs = np.array([self.rows[m] for m in free], dtype=float)
            big = np.array([self.rows[m] + float(self.upper[list(m)].sum()) for m in free])
            links = np.diag(big)
            constraints.append(LinearConstraint(hstack([a, -links]), -np.inf, rhs))
            constraints.append(LinearConstraint(hstack([a, links]), rhs, np.inf))
        upper = np.concatenate([self.upper, np.ones(len(free))])
        index = list(members)
        if direction == "down":
            upper[index] = 0.0
        else:
            goal_row = hstack([self._matrix([members]), np.zeros((1, len(free)))])
            constraints.append(LinearConstraint(goal_row, [float(goal)], [np.inf]))
        objective = np.concatenate([np.zeros(self.n), np.array([float(candidates[m]) for m in free])])
        res = milp(
            objective,
            constraints=constraints,
            integrality=np.ones(width),
            bounds=Bounds(np.zeros(width), upper),
            options=self._limits(),
        )
        if res.x is None or res.status not in (0, 1):
            return None
        chosen = [m for j, m in enumerate(free) if res.x[self.n + j] > 0.5]
        witness = np.round(res.x[: self.n])
        self.pool.append(witness)
        log.info("counts: joint protection hid %d more cells", len(chosen))
        return chosen


def cells_from(release_cells: Sequence[Cell]) -> tuple[tuple[Key, int | None], ...]:
    """What the register keeps of a new release: each key and its published count."""
    return tuple((c.key, c.published_count) for c in release_cells)
