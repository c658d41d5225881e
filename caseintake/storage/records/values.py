"""How a record and a row map onto each other, declared once per home.

A home lists its fields: the record's attribute, the column it is stored in (on reads, the SQL
expression selected, so a join can stand in for a foreign key), and the conversion each way. The
same declaration gives the column list of an INSERT, the select list of a read, the tuple of values
a write sends and the record a row reads back, so no code maps a row by the position of a column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: The provenance columns every imported record carries (schema upgrade 4).
ORIGIN = ("imported_by", "imported_at")
NO_ORIGIN: tuple[int | None, str | None] = (None, None)


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def marks(values: Any) -> str:
    """`?, ?, …` for an IN list of `values`."""
    return ", ".join("?" * len(values))


@dataclass(frozen=True)
class Field:
    attribute: str
    column: str
    to_db: Callable[[Any], Any] | None = None
    from_db: Callable[[Any], Any] | None = None


def field(attribute: str, column: str | None = None, *, kind: str = "") -> Field:
    """A field; `kind` "day" or "moment" stores a date or an aware date-time as ISO 8601 text."""
    convert: dict[str, Callable[[Any], Any]] = {}
    if kind == "day":
        convert = {"to_db": date.isoformat, "from_db": date.fromisoformat}
    elif kind == "moment":
        convert = {"to_db": datetime.isoformat, "from_db": datetime.fromisoformat}
    elif kind:
        raise ValueError(f"unknown field kind: {kind}")
    return Field(attribute, column or attribute, **convert)


class RecordMap(Generic[T]):
    """Rows of some columns to records of one kind and back; None stays None both ways."""

    def __init__(self, make: Callable[..., T], fields: Sequence[Field]) -> None:
        self.make = make
        self.fields = tuple(fields)
        self.columns = tuple(f.column for f in self.fields)
        self.attributes = tuple(f.attribute for f in self.fields)
        self._get = attrgetter(*self.attributes)
        self._to_db = [(i, f.to_db) for i, f in enumerate(self.fields) if f.to_db]
        self._from_db = [(i, f.from_db) for i, f in enumerate(self.fields) if f.from_db]

    def values(self, record: T) -> tuple[Any, ...]:
        """The record's values for `columns`, converted for storage."""
        got = self._get(record)
        values = [got] if len(self.fields) == 1 else list(got)
        for i, convert in self._to_db:
            if values[i] is not None:
                values[i] = convert(values[i])
        return tuple(values)

    def assignments(self, record: T) -> dict[str, Any]:
        """Column -> value, for an UPDATE of these columns."""
        return dict(zip(self.columns, self.values(record), strict=True))

    def record(self, row: Sequence[Any], **extra: Any) -> T:
        """The record a row of `select_list` reads back; `extra` sets attributes not selected."""
        values = list(row)
        for i, convert in self._from_db:
            if values[i] is not None:
                values[i] = convert(values[i])
        return self.make(**dict(zip(self.attributes, values, strict=True)), **extra)

    @property
    def select_list(self) -> str:
        return ", ".join(self.columns)

    def read_as(self, alias: str, **expressions: str) -> RecordMap[T]:
        """The same fields read from table alias `alias`, some (by attribute) from other
        expressions: `lawyer="u.username"` reads a user name where the row holds a user id."""
        fields = [
            replace(f, column=expressions.get(f.attribute, f"{alias}.{f.column}"), to_db=None)
            for f in self.fields
        ]
        return RecordMap(self.make, fields)

    def without(self, *attributes: str) -> RecordMap[T]:
        return RecordMap(self.make, [f for f in self.fields if f.attribute not in attributes])
