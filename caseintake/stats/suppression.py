"""Small-cell suppression for the anonymized counts export (DESIGN §2 rule 5, §8).

A published count of 1 to K−1 cases of child exploitation in a small province for one month can
point at a child. Hiding those cells (primary suppression) is not enough: every margin is
published too, so a hidden cell could be recovered by subtracting its published neighbours from
a total. Complementary cells are therefore hidden as well, chosen so that each hidden cell comes
with a *certificate*: a second, entirely plausible table that agrees with every published number
and in which that cell's value is different. No certificate, no release.

The certificates are hypercube moves (the idea behind τ-ARGUS's GHMITER). Extend every dimension
with its total "*". For a primary cell pick, in each dimension, a partner value; the 2^n cells
spanned by the cell and its partners are the corners. Give them signs: going to a partner flips
the sign when both values are ordinary ones, keeps it when one of them is the total. Adding
``t`` to the + corners and subtracting ``t`` from the − corners leaves every sum the table
publishes unchanged (along each line the changes cancel, or the total changes with its single
member), so if every corner is hidden, the moved table is indistinguishable from the true one.

Protection rule. Zeros are always published, so an attacker knows every hidden cell holds at
least 1. The fact primary suppression hides is "this cell holds between 1 and K−1 cases", so a
hidden cell is protected only if some table consistent with everything published — with every
hidden cell at least 1 — puts K or more cases in it. For a primary cell of value v the move is
taken with ``t = K − v``: the − corners must hold at least ``K − v + 1`` so they stay at 1 or
more. Every corner moves by ``t ≥ 1``, so no hidden cell (complementary ones included) is ever
determined exactly. Certificates stay valid as more cells are hidden, so one pass suffices.
Among the eligible cubes the one that hides the fewest extra cases is taken (zero cells are never
used: hiding a zero protects nothing and would break the "hidden means non-zero" reasoning above).

This proves safety against anyone solving the published additive system, with integers or
real numbers (the certificates are integer tables). It does not try to be optimal: it may hide
more than a full linear-programming search would. It also does not reason about attackers who
know the suppression algorithm's choices, which is the standard assumption.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import product

__all__ = [
    "AGE_BANDS",
    "DEFAULT_MIN_CELL",
    "MAX_DIMENSIONS",
    "TOTAL",
    "Cell",
    "age_band",
    "suppress_small_cells",
]

TOTAL = "*"
DEFAULT_MIN_CELL = 5
SMALLEST_MIN_CELL = 3
MAX_DIMENSIONS = 4
AGE_BANDS = ("0-5", "6-11", "12-14", "15-17", "18+", "unknown")

# Partners tried per dimension, cheapest first. Bounds the search on large, dense tables; it can
# only make the choice less economical, never unsafe (there is always the all-totals fallback).
_PARTNERS_PER_DIMENSION = 12


@dataclass(frozen=True)
class Cell:
    """One row of the long-format counts table.

    ``key`` holds one value per dimension, ``TOTAL`` where the row sums over that dimension.
    ``count`` is the true count, kept so callers can check totals internally; a writer must
    print nothing for it when ``suppressed`` is true (see ``published_count``).
    """

    key: tuple[str, ...]
    count: int
    suppressed: bool

    @property
    def is_total(self) -> bool:
        return TOTAL in self.key

    @property
    def published_count(self) -> int | None:
        """What may leave the office: the count, or ``None`` for a suppressed cell."""
        return None if self.suppressed else self.count


def age_band(age: int | None) -> str:
    """The victim-age band published in counts: exact ages are too identifying to release."""
    if age is None:
        return "unknown"
    if isinstance(age, bool) or not isinstance(age, int):
        raise ValueError(f"An age must be a whole number of years, not {type(age).__name__}.")
    if age < 0:
        raise ValueError(f"An age cannot be negative; got {age}.")
    if age <= 5:
        return "0-5"
    if age <= 11:
        return "6-11"
    if age <= 14:
        return "12-14"
    if age <= 17:
        return "15-17"
    return "18+"


def suppress_small_cells(
    counts: Mapping[tuple[str, ...], int],
    dims: Sequence[str],
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    domains: Sequence[Sequence[str]] | None = None,
) -> list[Cell]:
    """Every interior cell and every margin of the table, with small cells safely hidden.

    ``counts`` maps one value per dimension to a count; combinations that are absent count 0.
    ``domains`` lists every value of each dimension (in output order) so that combinations with
    no cases are published as 0 rather than left out; without it the values found in
    ``counts`` are used, sorted. Rows come out in a fixed order: dimension values in domain
    order, with the total after the values in each dimension, the grand total last.
    """
    table = _Table.build(counts, dims, min_cell, domains)
    suppressed = _Protector(table).run()
    labels = [[*domain, TOTAL] for domain in table.domains]
    cells: list[Cell] = []
    for flat, coords in enumerate(table.coords):
        key = tuple(labels[k][coords[k]] for k in range(table.ndim))
        cells.append(Cell(key, table.values[flat], suppressed[flat]))
    return cells


class _Table:
    """The table extended with its margins, stored flat so corner arithmetic is cheap.

    In dimension k the indices ``0 .. sizes[k]-1`` are the domain values and ``sizes[k]`` is the
    total; ``strides`` turn coordinates into a flat index (row-major), so moving one coordinate
    is one addition.
    """

    def __init__(
        self,
        domains: list[tuple[str, ...]],
        values: list[int],
        min_cell: int,
    ) -> None:
        self.domains = domains
        self.ndim = len(domains)
        self.sizes = [len(d) for d in domains]
        extents = [n + 1 for n in self.sizes]
        self.strides = [math.prod(extents[k + 1 :]) for k in range(self.ndim)]
        self.coords: list[tuple[int, ...]] = list(product(*(range(e) for e in extents)))
        self.values = values
        self.min_cell = min_cell

    @classmethod
    def build(
        cls,
        counts: Mapping[tuple[str, ...], int],
        dims: Sequence[str],
        min_cell: int,
        domains: Sequence[Sequence[str]] | None,
    ) -> _Table:
        """Validate the input and compute every margin; bad input changes nothing and says why."""
        if isinstance(min_cell, bool) or not isinstance(min_cell, int):
            raise ValueError("The minimum cell size must be a whole number.")
        if min_cell < SMALLEST_MIN_CELL:
            raise ValueError(
                f"The minimum cell size must be at least {SMALLEST_MIN_CELL}; got {min_cell}, "
                "which would publish counts small enough to identify a child."
            )
        names = list(dims)
        if not 1 <= len(names) <= MAX_DIMENSIONS:
            raise ValueError(f"A counts table needs 1 to {MAX_DIMENSIONS} dimensions; got {len(names)}.")
        if len(set(names)) != len(names):
            raise ValueError("A dimension may be named only once in a counts table.")
        doms = cls._domains(counts, names, domains)
        table = cls(doms, [], min_cell)
        index = [{value: i for i, value in enumerate(d)} for d in doms]
        values = [0] * len(table.coords)
        for key, count in counts.items():
            if not isinstance(key, tuple) or len(key) != len(names):
                raise ValueError(
                    f"Each count needs one value for each of the {len(names)} dimensions "
                    f"({', '.join(names)}); got {key!r}."
                )
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"Counts must be whole numbers of 0 or more; got {count!r}.")
            flat = 0
            for k, value in enumerate(key):
                if value not in index[k]:
                    raise ValueError(f"{value!r} is not a listed value of dimension {names[k]!r}.")
                flat += index[k][value] * table.strides[k]
            values[flat] += count
        for k in range(table.ndim):
            star, stride = table.sizes[k], table.strides[k]
            for flat, coords in enumerate(table.coords):
                if coords[k] == star:
                    values[flat] = sum(values[flat - (star - j) * stride] for j in range(star))
        table.values = values
        return table

    @staticmethod
    def _domains(
        counts: Mapping[tuple[str, ...], int],
        names: list[str],
        domains: Sequence[Sequence[str]] | None,
    ) -> list[tuple[str, ...]]:
        if domains is None:
            found: list[set[str]] = [set() for _ in names]
            for key in counts:
                if isinstance(key, tuple) and len(key) == len(names):
                    for k, value in enumerate(key):
                        found[k].add(value)
            doms = [tuple(sorted(values)) for values in found]
        else:
            if isinstance(domains, str) or len(domains) != len(names):
                raise ValueError(f"Give one list of values for each of the {len(names)} dimensions.")
            doms = [tuple(d) for d in domains]
        for name, dom in zip(names, doms, strict=True):
            if any(not isinstance(v, str) for v in dom):
                raise ValueError(f"The values of dimension {name!r} must be strings.")
            if TOTAL in dom:
                raise ValueError(f"{TOTAL!r} marks totals and cannot be a value of {name!r}.")
            if len(set(dom)) != len(dom):
                raise ValueError(f"Dimension {name!r} lists a value more than once.")
        return doms


class _Protector:
    """Primary suppression, then one protecting hypercube per primary cell not yet protected."""

    def __init__(self, table: _Table) -> None:
        self.table = table
        k = table.min_cell
        self.suppressed = [1 <= v < k for v in table.values]
        self.protected = [not s for s in self.suppressed]
        # (primary cell, corners with signs): moving by K − value is the witness table.
        self.certificates: list[tuple[int, list[tuple[int, int]]]] = []

    def run(self) -> list[bool]:
        table = self.table
        stars = table.sizes
        # Margins first: their cubes reach down into the interior and often protect the small
        # interior cells under them for free. Then smallest counts, then table order, so the
        # result never depends on anything but the input.
        order = sorted(
            (flat for flat, s in enumerate(self.suppressed) if s),
            key=lambda f: (
                -sum(c == s for c, s in zip(table.coords[f], stars, strict=True)),
                table.values[f],
                f,
            ),
        )
        for flat in order:
            if not self.protected[flat]:
                self._protect(flat)
        return self.suppressed

    def _protect(self, flat: int) -> None:
        corners = self._cheapest_cube(flat) or self._fallback_cube(flat)
        self.certificates.append((flat, corners))
        for corner, _ in corners:
            self.suppressed[corner] = True
        # How far the move can go while every corner stays at 1 or more (hidden ⇒ non-zero).
        values = self.table.values
        up = min((values[c] - 1 for c, s in corners if s < 0), default=math.inf)
        down = min((values[c] - 1 for c, s in corners if s > 0), default=math.inf)
        goal = self.table.min_cell
        for corner, sign in corners:
            if values[corner] + (up if sign > 0 else down) >= goal:
                self.protected[corner] = True
        assert self.protected[flat], "a protecting cube must lift its own cell to K"

    def _cheapest_cube(self, flat: int) -> list[tuple[int, int]] | None:
        """Branch and bound over partner choices; cost is the cases newly hidden (+1 per cell)."""
        table, values, hidden = self.table, self.table.values, self.suppressed
        coords = table.coords[flat]
        need = table.min_cell - values[flat] + 1
        options: list[list[tuple[int, int, bool]]] = []
        for k in range(table.ndim):
            star, here, stride = table.sizes[k], coords[k], table.strides[k]
            found: list[tuple[int, int, int, bool]] = []
            for partner in range(star + 1):
                if partner == here:
                    continue
                flip = star not in (here, partner)
                delta = (partner - here) * stride
                value = values[flat + delta]
                if value == 0 or (flip and value < need):
                    continue
                cost = 0 if hidden[flat + delta] else value + 1
                found.append((cost, partner, delta, flip))
            if not found:
                return None
            found.sort()
            options.append([(c, d, f) for c, _, d, f in found[:_PARTNERS_PER_DIMENSION]])

        best_cost = math.inf
        best: list[tuple[int, int]] | None = None

        def extend(k: int, corners: list[tuple[int, int]], cost: int) -> None:
            nonlocal best_cost, best
            if k == len(options):
                best_cost, best = cost, corners
                return
            for first_cost, delta, flip in options[k]:
                if cost + first_cost >= best_cost:
                    break
                added = cost
                new: list[tuple[int, int]] = []
                for corner, sign in corners:
                    moved = corner + delta
                    value = values[moved]
                    moved_sign = -sign if flip else sign
                    if value == 0 or (moved_sign < 0 and value < need):
                        break
                    if not hidden[moved]:
                        added += value + 1
                    new.append((moved, moved_sign))
                else:
                    if added < best_cost:
                        extend(k + 1, corners + new, added)
                        if best_cost == 0:
                            return

        extend(0, [(flat, 1)], 0)
        return best

    def _fallback_cube(self, flat: int) -> list[tuple[int, int]]:
        """The cube of a cell and all its margins: always eligible, all corners move together.

        For a margin, pair each summed dimension with the value of a non-zero interior cell
        beneath it; every corner is then a margin of that cell, hence non-zero.
        """
        table, values = self.table, self.table.values
        coords = table.coords[flat]
        below = next(
            f
            for f, c in enumerate(table.coords)
            if values[f] > 0
            and all(
                c[k] != table.sizes[k] and (coords[k] == table.sizes[k] or c[k] == coords[k])
                for k in range(table.ndim)
            )
        )
        corners: list[tuple[int, int]] = [(flat, 1)]
        for k in range(table.ndim):
            star, stride = table.sizes[k], table.strides[k]
            target = star if coords[k] != star else table.coords[below][k]
            delta = (target - coords[k]) * stride
            corners += [(corner + delta, 1) for corner, _ in corners]
        return corners
