"""GUI fixtures: a real database thread and an AppState signed in as each role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _own_settings_store(tmp_path: Path) -> None:
    """The application's own settings store (`QSettings()`, `app_settings()`) lives in the test's
    folder, so a window that remembers something (an output folder) never writes the developer's."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))


def signed_in(store: dict[str, Any], runner: TaskRunner, who: str) -> AppState:
    state = AppState(db_path=store["path"], runner=runner)
    state.sign_in(store[who])
    return state
