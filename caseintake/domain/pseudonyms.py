"""Court-style fictitious initials (A.M. No. 12-7-15-SC): AAA, BBB... and XXX, YYY...

Victims, guardians and other protected people of the victim's side take the AAA series in the
order they were recorded; accused relatives and household members take the XXX series, because
naming a parent names the child. After a series runs out a number is added (AAA2, ...).
"""

from __future__ import annotations

from collections.abc import Iterable

from caseintake.domain.codes import PersonRole

_VICTIM_SIDE = [chr(c) * 3 for c in range(ord("A"), ord("W") + 1)]
_ACCUSED_SIDE = ["XXX", "YYY", "ZZZ"]


def _series_name(series: list[str], index: int) -> str:
    round_, position = divmod(index, len(series))
    return series[position] + (str(round_ + 1) if round_ else "")


def is_accused_series(role: str) -> bool:
    return role == PersonRole.ACCUSED


def next_pseudonym(role: str, taken: Iterable[str]) -> str:
    """The first unused initials of the series this role belongs to."""
    used = set(taken)
    series = _ACCUSED_SIDE if is_accused_series(role) else _VICTIM_SIDE
    index = 0
    while True:
        candidate = _series_name(series, index)
        if candidate not in used:
            return candidate
        index += 1


def assign_pseudonyms(people: Iterable[tuple[str, bool]]) -> list[str | None]:
    """Pseudonyms for (role, protected) pairs in order; unprotected people get None."""
    taken: list[str] = []
    result: list[str | None] = []
    for role, protected in people:
        if not protected:
            result.append(None)
            continue
        name = next_pseudonym(role, taken)
        taken.append(name)
        result.append(name)
    return result
