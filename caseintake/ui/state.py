"""What the GUI knows about the signed-in user, and the one session it works through.

The `Session` itself is used only inside work submitted to the `TaskRunner` (the database
thread); widgets read the plain facts copied here (user name, role) to decide what to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseintake.domain.roles import Action, may
from caseintake.services.session import Session
from caseintake.ui.tasks import Failure, Success, TaskRunner


@dataclass
class AppState:
    db_path: Path
    runner: TaskRunner
    session: Session | None = None
    username: str = ""
    display_name: str = ""
    role: str = ""
    office_name: str = ""
    listeners: list[Any] = field(default_factory=list)

    def sign_in(self, session: Session) -> None:
        self.session = session
        self.username = session.username
        self.display_name = session.user.display_name
        self.role = session.role

    def may(self, action: Action) -> bool:
        return bool(self.role) and may(self.role, action)

    def call(
        self,
        work: Any,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """Run `work(session, *args, **kwargs)` on the database thread."""
        session = self.session
        if session is None:
            return

        def job() -> Any:
            return work(session, *args, **kwargs)

        self.runner.run(job, on_success, on_failure)

    def sign_out(self, on_done: Success | None = None) -> None:
        """Close the connection on the database thread, then forget everything."""
        session, self.session = self.session, None
        self.username = self.display_name = self.role = ""
        if session is not None:
            self.runner.run(session.close, on_done, lambda exc: on_done(None) if on_done else None)
        elif on_done is not None:
            on_done(None)
