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

Protection rule. A hidden small cell must say nothing: not its value, not that it is small, and
not that it is at least one. So a hidden cell holding 1 to K−1 is protected only if some table
consistent with everything published puts 0 in it, and some other puts K or more (a hidden
cell of K or more could have been published, so what can be learnt about it harms no one).
For a primary cell of value v
the cube moves up by ``K − v`` (its − corners must hold at least ``K − v``) and down by ``v``
(its + corners must hold at least ``v``), so both witnesses exist. The check is conservative:
zero cells are never used as corners, as if an attacker knew every zero, hidden or not.

Zeros. Because zeros used to be published and only non-zero cells hidden, a hidden cell meant
"at least one". Now every zero that lies on a line (all values fixed but one) through a hidden
non-zero interior cell is hidden too, so a hidden cell may be an empty one; those zeros cost no
case and need no protection of their own (the protection above never leans on them).

Cost. Complementary cells are chosen to hide the fewest cases, with margins weighted up so that
the grand total and the one-dimensional totals a donor reads first stay published whenever an
interior cube exists (``MARGIN_WEIGHTS``). Cells the caller marks as published elsewhere
(``keep``: an earlier release printed the same sum) are never used as corners; cells marked
``hide`` start hidden. Joint protection across releases is ``stats/releases.py``'s job.

This proves safety against anyone solving the published additive system, with integers or
real numbers (the certificates are integer tables). It does not try to be optimal: it may hide
more than a full linear-programming search would. It also does not reason about attackers who
know the suppression algorithm's choices, which is the standard assumption.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import product

# The published constants are the counts vocabulary's (``domain/counts.py``), re-exported here.
from caseintake.domain.counts import AGE_BANDS, DEFAULT_MIN_CELL, MAX_DIMENSIONS, SMALLEST_MIN_CELL, TOTAL

__all__ = [
    "AGE_BANDS",
    "DEFAULT_MIN_CELL",
    "MAX_DIMENSIONS",
    "SMALLEST_MIN_CELL",
    "TOTAL",
    "Cell",
    "UnprotectedCell",
    "age_band",
    "hidden_cube_moves",
    "suppress_small_cells",
    "suppress_with_moves",
]

# Partners tried per dimension, cheapest first. Bounds the search on large, dense tables; it can
# only make the choice less economical, never unsafe (there is always the all-totals fallback).
_PARTNERS_PER_DIMENSION = 20
#: Cost multiplier of hiding a cell, by how many dimensions it sums over, counted from the grand
#: total: the grand total, then one-dimensional margins, then any other margin, then the interior.
MARGIN_WEIGHTS = (10000, 1000, 3)


class UnprotectedCell(ValueError):
    """A hidden cell has no protecting cube because the cells it would need must stay published."""

    def __init__(self, key: tuple[str, ...]) -> None:
        super().__init__(f"no protecting cube for {key!r} among the cells that may be hidden")
        self.key = key


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
    keep: Collection[tuple[str, ...]] = (),
    hide: Collection[tuple[str, ...]] = (),
    strict: bool = True,
) -> list[Cell]:
    """Every interior cell and every margin of the table, with small cells safely hidden.

    ``keep`` lists keys that must stay published (never used as complements) and ``hide`` keys
    that must be hidden, both from earlier releases. A hidden cell that cannot be protected
    without hiding a kept one raises ``UnprotectedCell`` when ``strict``; otherwise it is left
    for the caller's joint check (``stats/releases.py``) to protect.

    ``counts`` maps one value per dimension to a count; combinations that are absent count 0.
    ``domains`` lists every value of each dimension (in output order) so that combinations with
    no cases are published as 0 rather than left out; without it the values found in
    ``counts`` are used, sorted. Rows come out in a fixed order: dimension values in domain
    order, with the total after the values in each dimension, the grand total last.
    """
    return suppress_with_moves(
        counts, dims, min_cell=min_cell, domains=domains, keep=keep, hide=hide, strict=strict
    )[0]


#: A witness table, as the change it makes to the true table: interior key → change (never 0).
Move = dict[tuple[str, ...], int]


def suppress_with_moves(
    counts: Mapping[tuple[str, ...], int],
    dims: Sequence[str],
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    domains: Sequence[Sequence[str]] | None = None,
    keep: Collection[tuple[str, ...]] = (),
    hide: Collection[tuple[str, ...]] = (),
    strict: bool = True,
) -> tuple[list[Cell], list[Move]]:
    """``suppress_small_cells``, and the witness tables behind its certificates as moves.

    Each cube moved up as far as its − corners allow and down as far as its + corners allow
    (a cube without − corners: up by K), and each set of cubes that together take a cell to 0.
    The joint check (``stats/releases.py``) offers them to its attacker as tables already
    found: it keeps only those that agree with everything published, so a move can spare an
    integer programme but never settle a question wrongly.
    """
    table = _Table.build(counts, dims, min_cell, domains)
    labels = [[*domain, TOTAL] for domain in table.domains]
    flat_of = {tuple(labels[k][c] for k, c in enumerate(coords)): f for f, coords in enumerate(table.coords)}
    protector = _Protector(
        table,
        keep={flat_of[k] for k in keep if k in flat_of},
        hide={flat_of[k] for k in hide if k in flat_of},
    )
    suppressed = protector.run()
    if strict and protector.unprotected:
        first = protector.unprotected[0]
        raise UnprotectedCell(tuple(labels[k][c] for k, c in enumerate(table.coords[first])))
    cells: list[Cell] = []
    for flat, coords in enumerate(table.coords):
        key = tuple(labels[k][coords[k]] for k in range(table.ndim))
        cells.append(Cell(key, table.values[flat], suppressed[flat]))
    moves = [
        {cells[f].key: change for f, change in move.items() if not cells[f].is_total}
        for move in protector.moves()
    ]
    return cells, [move for move in moves if move]


def hidden_cube_moves(
    counts: Mapping[tuple[str, ...], int],
    dims: Sequence[str],
    domains: Sequence[Sequence[str]],
    hidden: Collection[tuple[str, ...]],
    wanted: Sequence[tuple[tuple[str, ...], str, int]],
) -> list[Move]:
    """Moves that take each wanted cell (key, "up" or "down", K) to K or more or to 0, made of
    cube moves among the ``hidden`` cells, one after another, none through a cell holding 0:
    witnesses for an attacker who knows every empty cell (the joint check's), which the
    certificates need not be. Cells without one are left out; the joint check asks its integer
    programmes about them."""
    table = _Table.build(counts, dims, SMALLEST_MIN_CELL, domains)
    labels = [[*domain, TOTAL] for domain in table.domains]
    keys = [tuple(labels[k][c] for k, c in enumerate(coords)) for coords in table.coords]
    flat_of = {key: f for f, key in enumerate(keys)}
    truth = list(table.values)
    usable = {flat_of[k] for k in hidden if k in flat_of and truth[flat_of[k]] > 0}
    # Only hidden cells holding a case may be corners: every other one is "kept".
    protector = _Protector(table, keep=set(range(len(keys))) - usable, hide=())
    protector.suppressed = [f in usable for f in range(len(keys))]
    moved = table.values  # the protector's own list: moved in place, put back after each cell
    moves: list[Move] = []
    for key, direction, goal in wanted:
        flat = flat_of.get(key)
        if flat is None or flat not in usable or truth[flat] >= goal:
            continue
        touched: set[int] = set()
        while 0 < moved[flat] < goal:
            if direction == "up":
                cube = protector._cheapest_cube(flat, need_plus=0, need_minus=1)
                step = goal - moved[flat]
                if cube is not None:
                    step = min([step, *(moved[c] for c, sign in cube if sign < 0)])
            else:
                cube = protector._cheapest_cube(flat, need_plus=1, need_minus=0)
                step = -min(moved[c] for c, sign in cube if sign > 0) if cube is not None else 0
            if cube is None:
                break
            for corner, sign in cube:
                moved[corner] += sign * step
                touched.add(corner)
        reached = moved[flat] >= goal if direction == "up" else moved[flat] == 0
        if reached:
            moves.append(
                {
                    keys[c]: moved[c] - truth[c]
                    for c in touched
                    if TOTAL not in keys[c] and moved[c] != truth[c]
                }
            )
        for corner in touched:
            moved[corner] = truth[corner]
    return [move for move in moves if move]


def with_margins(
    counts: Mapping[tuple[str, ...], int], dims: Sequence[str], domains: Sequence[Sequence[str]]
) -> list[Cell]:
    """Every cell and margin with its true count and nothing hidden, in ``suppress_small_cells``'
    order: for a caller that already knows which to hide (an export made again)."""
    table = _Table.build(counts, dims, SMALLEST_MIN_CELL, domains)
    labels = [[*domain, TOTAL] for domain in table.domains]
    return [
        Cell(tuple(labels[k][c] for k, c in enumerate(coords)), table.values[flat], False)
        for flat, coords in enumerate(table.coords)
    ]


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
    """Primary suppression, then one protecting hypercube per hidden cell not yet protected."""

    def __init__(self, table: _Table, keep: Collection[int] = (), hide: Collection[int] = ()) -> None:
        self.table = table
        k = table.min_cell
        values = table.values
        self.keep = set(keep)
        self.suppressed = [(1 <= v < k and f not in keep) or f in hide for f, v in enumerate(values)]
        # Only a hidden count from 1 to K−1 has something to hide; a zero is as if known, and a
        # count of K or more could have been published outright.
        self.protected = [not s or not 1 <= values[f] < k for f, s in enumerate(self.suppressed)]
        self.high = list(self.protected)  # some consistent table puts K or more in it
        self.low = list(self.protected)  # some consistent table puts 0 in it
        self.cost = [(v + 1) * self._weight(f) for f, v in enumerate(values)]
        # (hidden cell, "up" or "down", corners with signs): the witness tables are the moves.
        self.certificates: list[tuple[int, str, list[tuple[int, int]]]] = []
        self.unprotected: list[int] = []

    def _weight(self, flat: int) -> int:
        stars = sum(c == s for c, s in zip(self.table.coords[flat], self.table.sizes, strict=True))
        above = self.table.ndim - stars  # 0: the grand total
        return MARGIN_WEIGHTS[above] if stars and above < len(MARGIN_WEIGHTS) else (3 if stars else 1)

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
        self._hide_zeros_beside_hidden()
        return self.suppressed

    def moves(self) -> list[dict[int, int]]:
        """The witness tables of the certificates, as changes by flat index (margins included)."""
        values, goal = self.table.values, self.table.min_cell
        groups: dict[tuple[int, str], list[list[tuple[int, int]]]] = {}
        for flat, direction, corners in self.certificates:
            groups.setdefault((flat, direction), []).append(corners)
        found: list[dict[int, int]] = []
        for cubes in groups.values():
            for corners in cubes:
                up = min((values[c] for c, s in corners if s < 0), default=goal)
                down = min((values[c] for c, s in corners if s > 0), default=0)
                for step in (up, -down):
                    if step:
                        found.append({c: s * step for c, s in corners})
            if len(cubes) > 1:
                # Together: each cube takes its first corner (an interior cell) to 0.
                together: dict[int, int] = {}
                for corners in cubes:
                    step = values[corners[0][0]]
                    for c, s in corners:
                        together[c] = together.get(c, 0) - s * step
                found.append({c: change for c, change in together.items() if change})
        return found

    def _hide_zeros_beside_hidden(self) -> None:
        """Hide the zeros on every line through a hidden non-zero interior cell."""
        table, values = self.table, self.table.values
        for flat, coords in enumerate(table.coords):
            if not self.suppressed[flat] or values[flat] == 0:
                continue
            if any(c == s for c, s in zip(coords, table.sizes, strict=True)):
                continue
            for k in range(table.ndim):
                stride, here = table.strides[k], coords[k]
                for other in range(table.sizes[k]):
                    moved = flat + (other - here) * stride
                    if values[moved] == 0 and moved not in self.keep:
                        self.suppressed[moved] = True

    def _protect(self, flat: int) -> None:
        """Find a cube that moves the cell up to K and one that moves it down to 0 (often the
        same one), else the fallback cubes; mark every corner a cube carries far enough."""
        value, goal = self.table.values[flat], self.table.min_cell
        if not self.high[flat]:
            # Up by K − v: the − corners go down and must hold that much; + corners may be 0.
            cube = self._cheapest_cube(flat, need_plus=0, need_minus=goal - value)
            ups = [cube] if cube is not None else self._fallback_cubes(flat)[:1]
            if not ups or not self._apply(flat, "up", ups):
                self.unprotected.append(flat)
                return
        if not self.low[flat]:
            # Down by v: the + corners go down and must hold v; − corners may be 0.
            cube = self._cheapest_cube(flat, need_plus=value, need_minus=0)
            cubes = (
                [cube] if cube is not None else self._margin_down_cubes(flat) or self._fallback_cubes(flat)
            )
            if not cubes or not self._apply(flat, "down", cubes):
                self.unprotected.append(flat)
                return
            self.low[flat] = True  # several fallback cubes together take it to 0
        assert self.high[flat] and self.low[flat], "a protecting cube must move its cell to 0 and K"
        self.protected[flat] = True

    def _apply(self, flat: int, direction: str, cubes: list[list[tuple[int, int]]]) -> bool:
        """Hide the corners and note how far each moves; False if a corner must stay published."""
        if any(c in self.keep and not self.suppressed[c] for corners in cubes for c, _ in corners):
            return False
        values, goal = self.table.values, self.table.min_cell
        for corners in cubes:
            self.certificates.append((flat, direction, corners))
            for corner, _ in corners:
                self.suppressed[corner] = True
            up = min((values[c] for c, s in corners if s < 0), default=math.inf)
            down = min((values[c] for c, s in corners if s > 0), default=math.inf)
            for corner, sign in corners:
                if values[corner] + (up if sign > 0 else down) >= goal:
                    self.high[corner] = True
                if values[corner] - (down if sign > 0 else up) <= 0:
                    self.low[corner] = True
                if self.high[corner] and self.low[corner]:
                    self.protected[corner] = True
        return True

    def _cheapest_cube(
        self, flat: int, need_plus: int, need_minus: int, total_in: Collection[int] = ()
    ) -> list[tuple[int, int]] | None:
        """Branch and bound over partner choices; cost is the weighted cases newly hidden.
        In the dimensions ``total_in`` the partner must be the total."""
        table, values, hidden = self.table, self.table.values, self.suppressed
        keep, costs = self.keep, self.cost
        coords = table.coords[flat]
        options: list[list[tuple[float, int, bool]]] = []
        for k in range(table.ndim):
            star, here, stride = table.sizes[k], coords[k], table.strides[k]
            found: list[tuple[float, int, int, bool]] = []
            for partner in range(star + 1):
                if partner == here or (k in total_in and partner != star):
                    continue
                flip = star not in (here, partner)
                delta = (partner - here) * stride
                moved = flat + delta
                value = values[moved]
                if value < (need_minus if flip else need_plus):
                    continue
                if hidden[moved]:
                    cost: float = 0
                elif moved in keep:
                    continue
                else:
                    cost = costs[moved]
                found.append((cost, partner, delta, flip))
            if not found:
                return None
            found.sort()
            options.append([(c, d, f) for c, _, d, f in found[:_PARTNERS_PER_DIMENSION]])

        best_cost = math.inf
        best: list[tuple[int, int]] | None = None

        def extend(k: int, corners: list[tuple[int, int]], cost: float) -> None:
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
                    if value < (need_minus if moved_sign < 0 else need_plus):
                        break
                    if not hidden[moved]:
                        if moved in keep:
                            break
                        added += costs[moved]
                    new.append((moved, moved_sign))
                else:
                    if added < best_cost:
                        extend(k + 1, corners + new, added)
                        if best_cost == 0:
                            return

        extend(0, [(flat, 1)], 0)
        return best

    def _margin_down_cubes(self, flat: int) -> list[list[tuple[int, int]]]:
        """For a margin: one cube per non-zero interior cell below it, each taking that cell to
        0 and the margin down with it (its partner is the total in the margin's summed
        dimensions); kept only if all the moves together leave every cell at 0 or more."""
        table, values = self.table, self.table.values
        coords = table.coords[flat]
        summed = [k for k in range(table.ndim) if coords[k] == table.sizes[k]]
        if not summed:
            return []
        cubes: list[list[tuple[int, int]]] = []
        moved = list(values)
        for cell in self._below(flat):
            cube = self._cheapest_cube(cell, need_plus=values[cell], need_minus=0, total_in=summed)
            if cube is None:
                return []
            for corner, sign in cube:
                moved[corner] -= sign * values[cell]
            cubes.append(cube)
        if moved[flat] != 0 or min(moved) < 0:
            return []
        return cubes

    def _below(self, flat: int) -> list[int]:
        """The non-zero interior cells a cell sums (itself if interior), in table order: the
        summed dimensions run over their values, the others stay put (row-major, so ascending)."""
        table, values = self.table, self.table.values
        coords = table.coords[flat]
        ranges = [
            range(size) if here == size else (here,) for here, size in zip(coords, table.sizes, strict=True)
        ]
        strides = table.strides
        below: list[int] = []
        for cell in product(*ranges):
            f = sum(c * stride for c, stride in zip(cell, strides, strict=True))
            if values[f] > 0:
                below.append(f)
        return below

    def _fallback_cubes(self, flat: int) -> list[list[tuple[int, int]]]:
        """One cube per non-zero interior cell below ``flat``: the cell and all its margins
        between it and the grand total, all moving together. Each moves up without limit and
        down by its interior cell's value; together they take ``flat`` to 0.
        """
        table = self.table
        cubes: list[list[tuple[int, int]]] = []
        for cell in self._below(flat):
            corners: list[tuple[int, int]] = [(cell, 1)]
            for k in range(table.ndim):
                delta = (table.sizes[k] - table.coords[cell][k]) * table.strides[k]
                corners += [(corner + delta, 1) for corner, _ in corners]
            cubes.append(corners)
        return cubes
