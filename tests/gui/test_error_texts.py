"""A service's failure reaches the GUI in the user's language (issue 16, item 2).

A translator that marks every text of the "errors" context stands in for a Filipino or Cebuano
`.qm` file: what the GUI shows must be the marked wording, filled with the error's params, not
the core's English sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from caseintake.domain.errors import IdentityLeak, InvalidInput, NotFound, PermissionDenied
from caseintake.services import leak_guard
from caseintake.services.cases import find_case
from caseintake.services.counts import build_counts
from caseintake.services.hearings import add_hearing
from caseintake.ui.admin.account_forms import AddUserDialog
from caseintake.ui.form_errors import readable
from caseintake.ui.tasks import TaskRunner, failure_message
from tests.conftest import import_cases, sample_case
from tests.gui.test_admin import NEW, users_dialog


class MarkingTranslator(QTranslator):
    """Returns ⟦text⟧ for every text of the "errors" context; everything else untranslated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if context == "errors" else source

    def isEmpty(self) -> bool:  # Qt's name
        return False


@pytest.fixture
def marked() -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    # Destroyed now, not whenever Python's garbage collector finds the wrapper: Qt's destructor
    # takes the translators' lock, and a collection run from inside a later test's translate()
    # call (this class's Python override allocates) would wait on that lock for good. A clean
    # CI run hung here once.
    shiboken6.delete(translator)


def test_a_service_refusal_is_shown_translated(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, marked: MarkingTranslator
) -> None:
    dialog = users_dialog(qtbot, store, runner)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, AddUserDialog)
    form.username_edit.setText("worker")  # taken: `users.add_user` refuses it on the database thread
    form.full_name_edit.setText("Someone Else")
    form.passphrase.setText(NEW)
    form.repeat.setText(NEW)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "worker" in form.message.text())
    assert form.message.text() == "⟦A user named 'worker' already exists.⟧"


def test_a_permission_refusal_words_the_role_in_the_users_language(
    store: dict[str, Any], marked: MarkingTranslator
) -> None:
    with pytest.raises(PermissionDenied) as refused:
        build_counts(store["lawyer"])
    assert str(refused.value) == "A lawyer may not export anonymized counts."  # the command line's
    assert failure_message(refused.value) == "⟦A ⟦lawyer⟧ may not export anonymized counts.⟧"


def test_a_rejected_field_is_worded_from_the_catalogue(
    store: dict[str, Any], marked: MarkingTranslator
) -> None:
    ref = import_cases(store["sup"], sample_case())[0]
    with pytest.raises(InvalidInput) as refused:
        add_hearing(store["sup"], ref, _a_hearing(lawyer="nobody"))
    assert refused.value.field == "hearing.lawyer"
    assert readable(refused.value) == failure_message(refused.value)
    assert failure_message(refused.value) == "⟦%1: no user named 'nobody' exists in this database.⟧".replace(
        "%1", "Lawyer"
    )


def _a_hearing(**changes: Any) -> Any:
    from datetime import datetime, timedelta, timezone

    from caseintake.domain.records import Hearing

    starts = datetime(2026, 3, 2, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    values: dict[str, Any] = {
        "court": "RTC Branch 12",
        "kind": "arraignment",
        "starts_at": starts,
        "status": "scheduled",
    }
    values.update(changes)
    return Hearing(**values)


def test_a_leak_block_names_places_in_the_users_language(
    store: dict[str, Any], marked: MarkingTranslator
) -> None:
    ref = import_cases(store["sup"], sample_case())[0]
    case = find_case(store["sup"], ref)
    legal_name = sample_case()["persons"][0]["identity"]["legal_name"]
    with pytest.raises(IdentityLeak) as blocked:
        leak_guard.check_output(
            store["sup"], f"Notes on {legal_name}", [case.id], what="copy", code="identity_leak.copy"
        )
    shown = failure_message(blocked.value)
    assert shown.startswith("⟦The copy was blocked: ⟦it contains ⟦")
    assert "'s legal name⟧" in shown and shown.endswith("Nothing was copied.⟧")
    assert legal_name.split()[0] not in shown


def test_an_error_without_a_wording_keeps_the_core_sentence(marked: MarkingTranslator) -> None:
    assert (
        failure_message(NotFound("Something added later.", code="not_worded_yet")) == "Something added later."
    )
    assert (
        failure_message(RuntimeError("secret"))
        == "Something unexpected went wrong (RuntimeError); nothing was changed."
    )
