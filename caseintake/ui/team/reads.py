"""What the team screens read, gathered on the database thread in one piece of work each.

Only services are called here (DESIGN §5: the GUI reaches the core through them). A conflict
names its case by the case's id; the screens show its reference, found through
`team.conflict_names` (references, and the names of staff accounts a value refers to).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caseintake.domain.roles import Action, may
from caseintake.services import team
from caseintake.services.session import Session

HUB = "hub"


@dataclass(frozen=True)
class Laptop:
    """A laptop as a conflict or a bundle names it."""

    number: int
    name: str
    username: str

    def shown(self) -> str:
        return f"{self.name} ({self.username})" if self.username else self.name


@dataclass
class ConflictList:
    """The conflicts to show, with what it takes to word them."""

    at_hub: bool
    own_device: int
    conflicts: list[Any] = field(default_factory=list)  # services.team.conflicts(...)
    references: dict[int, str] = field(default_factory=dict)  # case id -> reference
    staff: dict[int, str] = field(default_factory=dict)  # staff account id -> name
    laptops: dict[int, Laptop] = field(default_factory=dict)  # device number -> laptop


def load_conflicts(session: Session, *, open_only: bool = True) -> ConflictList:
    status = team.status(session)
    found = ConflictList(status.role == HUB, status.device)
    found.conflicts = team.conflicts(session, open_only=open_only)
    found.references, found.staff = team.conflict_names(session, found.conflicts)
    if found.at_hub and may(session.role, Action.MANAGE_TEAM):
        found.laptops = {d.number: Laptop(d.number, d.name, d.username) for d in team.devices(session)}
    else:
        found.laptops = {status.device: Laptop(status.device, status.name, "")}
    return found
