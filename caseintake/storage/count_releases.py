"""The one home of the ``count_release`` table: recorded counts exports (see ``stats/releases.py``).

Cells are stored as zlib-compressed JSON (``[[value, ..., count or null], ...]``): a month × region
× referral table over five years has ten thousand cells, read back whole and never queried.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from typing import Any

from caseintake.domain.counts import Release
from caseintake.storage import writes
from caseintake.storage.database import Database

# A constant column list: the only text put into this module's SQL (bandit B608 is marked).
_COLUMNS = (
    "document_id, created_at, username, unit, dims, domains, period_start, period_end, all_cases,"
    " min_cell, cells"
)


def _pack(release: Release) -> bytes:
    rows = [[*key, count] for key, count in release.cells]
    return zlib.compress(json.dumps(rows, separators=(",", ":")).encode("utf-8"))


def _unpack(blob: bytes, ndim: int) -> tuple[tuple[tuple[str, ...], int | None], ...]:
    rows = json.loads(zlib.decompress(blob).decode("utf-8"))
    return tuple((tuple(map(str, row[:ndim])), None if row[ndim] is None else int(row[ndim])) for row in rows)


#: Cells already unpacked while reading one list of releases, by (dimension count, stored bytes).
_Unpacked = dict[tuple[int, bytes], tuple[tuple[tuple[str, ...], int | None], ...]]


def insert_release(db: Database, release: Release, username: str, part: int = 0) -> None:
    writes.insert(
        db,
        "count_release",
        ("part", *_COLUMNS.split(", ")),
        [
            (
                part,
                release.document_id,
                release.created_at,
                username,
                release.unit,
                json.dumps(list(release.dims)),
                json.dumps([list(d) for d in release.domains]),
                release.start,
                release.end,
                int(release.all_cases),
                release.min_cell,
                _pack(release),
            )
        ],
    )


def overlapping_releases(db: Database, unit: str, start: str, end: str) -> list[Release]:
    """Releases of ``unit`` whose period is not disjoint from ``start``..``end``, oldest first.

    Releases linked only through another one are reached by calling again with a wider period
    (``stats/releases.overlapping`` does the linking); here every release of the unit is read
    when the caller passes the widest period.
    """
    rows = db.all(
        f"SELECT {_COLUMNS} FROM count_release WHERE unit = ? AND period_start <= ? AND period_end >= ?"  # nosec B608
        " ORDER BY created_at, document_id, part",
        (unit, end, start),
    )
    unpacked: _Unpacked = {}
    return [_release(row, unpacked) for row in rows]


def releases_of_unit(
    db: Database, unit: str, dims_wanted: Callable[[tuple[str, ...]], bool] | None = None
) -> list[Release]:
    """Every recorded release counting ``unit`` (and whose dimensions ``dims_wanted`` accepts),
    oldest first; overlap is decided by the caller. Cells are unpacked only for those."""
    rows = db.all(
        f"SELECT {_COLUMNS} FROM count_release WHERE unit = ? ORDER BY created_at, document_id, part",  # nosec B608
        (unit,),
    )
    if dims_wanted is not None:
        rows = [row for row in rows if dims_wanted(tuple(str(d) for d in json.loads(str(row[4]))))]
    unpacked: _Unpacked = {}
    return [_release(row, unpacked) for row in rows]


def all_releases(db: Database) -> list[Release]:
    rows = db.all(f"SELECT {_COLUMNS} FROM count_release ORDER BY created_at, document_id, part")  # nosec B608
    unpacked: _Unpacked = {}
    return [_release(row, unpacked) for row in rows]


def _release(row: Any, unpacked: _Unpacked) -> Release:
    """One release from its row. The same table exported again stores the same bytes: its
    cells are unpacked once per list and shared (an office that re-exports its monthly table
    holds dozens of copies, and unpacking each took 25 ms for a 10,000-cell table)."""
    dims = tuple(str(d) for d in json.loads(str(row[4])))
    blob = bytes(row[10])
    cells = unpacked.get((len(dims), blob))
    if cells is None:
        cells = unpacked[len(dims), blob] = _unpack(blob, len(dims))
    return Release(
        document_id=str(row[0]),
        created_at=str(row[1]),
        dims=dims,
        domains=tuple(tuple(str(v) for v in d) for d in json.loads(str(row[5]))),
        start=str(row[6]),
        end=str(row[7]),
        all_cases=bool(row[8]),
        min_cell=int(str(row[9])),
        unit=str(row[3]),
        cells=cells,
    )
