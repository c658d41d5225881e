"""Form errors read as a social worker reads the form: the field's label, not its path; every
empty required field at once, each outlined; Add user keeps what was typed after a refusal."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caseintake.domain import checks
from caseintake.domain.errors import InvalidInput
from caseintake.ui.admin.account_forms import AddUserDialog
from caseintake.ui.editor.dialogs import RecordDialog
from caseintake.ui.editor.evidence import EvidenceDialog
from caseintake.ui.editor.hearings import HearingDialog
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.editor.referrals import ReferralDialog
from caseintake.ui.form_errors import field_label, readable
from caseintake.ui.setup import SetupDialog
from caseintake.ui.tasks import TaskRunner
from tests.gui.conftest import signed_in

NO_TERMS = lambda: None  # noqa: E731 — the leak watch of a dialog shown alone has no vault terms


def shown(qtbot: QtBot, dialog: RecordDialog) -> RecordDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def new_person(qtbot: QtBot) -> PersonDialog:
    dialog = PersonDialog(None, saved=False, identity=None, identity_locked=False)
    shown(qtbot, dialog)
    return dialog


def marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


# -- the words ---------------------------------------------------------------------------------------


def test_a_person_without_a_legal_name_is_told_so_by_the_label(qtbot: QtBot) -> None:
    dialog = new_person(qtbot)  # a victim: protected, so the legal name is required
    dialog.ok_button.click()
    text = dialog.error.text()
    assert dialog.record is None and dialog.isVisible()
    assert text == "Legal name must be filled in."
    assert "person.identity" not in text and "legal_name" not in text
    assert marked(dialog.legal_name) and dialog.legal_name.styleSheet()
    qtbot.keyClicks(dialog.legal_name, "Maria Luz Bautista")  # typing takes the outline away
    assert not marked(dialog.legal_name) and dialog.legal_name.styleSheet() == ""
    dialog.ok_button.click()
    assert dialog.record is not None and dialog.record.identity.legal_name == "Maria Luz Bautista"


def test_two_empty_required_fields_are_named_together(qtbot: QtBot) -> None:
    dialog = new_person(qtbot)
    dialog.role.setCurrentIndex(dialog.role.findData("accused"))
    dialog.age.setValue(15)  # a child: protected whatever the role, so the legal name is required
    assert dialog.relationship.currentData() is None and dialog.vault.isVisibleTo(dialog)
    dialog.ok_button.click()
    text = dialog.error.text()
    assert "Relationship to the victim: choose one from the list." in text
    assert "Legal name must be filled in." in text
    assert "person." not in text
    assert marked(dialog.relationship) and marked(dialog.legal_name)
    assert not marked(dialog.sex) and not marked(dialog.name)


def test_the_domain_check_after_the_form_s_own_speaks_plainly_too(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EvidenceDialog(None))
    assert isinstance(dialog, EvidenceDialog)
    dialog.sha256.setText("abc123")
    dialog.ok_button.click()  # two problems the form sees by itself: both listed
    text = dialog.error.text()
    assert "Description must be filled in." in text and "SHA-256: has 6 of the 64" in text
    assert marked(dialog.description) and marked(dialog.sha256)
    dialog.description.setText("Phone\u0007")  # a control character: only the domain check sees it
    dialog.sha256.clear()
    dialog.ok_button.click()
    assert dialog.error.text() == (
        "Description contains characters that cannot be kept; type it again as plain text."
    )


def test_paths_through_a_case_name_the_record_and_keep_a_problem_without_a_wording() -> None:
    required = InvalidInput.at("persons[1].identity.legal_name", "must not be empty", "required")
    assert readable(required) == "Person 2: Legal name must be filled in."
    nested = InvalidInput.at("persons[0].role", "unknown code 'x' (expected one of: victim)", "unknown_code")
    assert (
        readable(nested.within("cases[2]", "case 3")) == "Case 3, Person 1: Role: choose one from the list."
    )
    lawyer = InvalidInput.at("hearing.lawyer", "no user named 'jdoe' exists in this database", "unknown_user")
    assert readable(lawyer) == "Lawyer: no user named 'jdoe' exists in this database."
    assert readable(InvalidInput("A user named 'worker' already exists.")) == (
        "A user named 'worker' already exists."
    )
    assert readable(InvalidInput.at("hearing.starts_at", "not a date and time", "moment")) == (
        "Date and time is not a date and time."
    )


# -- every path a dialog can raise has its visible label --------------------------------------------


def _visible_label(dialog: QWidget, widget: QWidget) -> str:
    """What the user reads next to `widget`: its form label, or a check box's own text."""
    buddies = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None
    }
    node: QWidget | None = widget
    while node is not None and node is not dialog:
        text = buddies.get(node, "")
        if text:
            return text.replace("&", "").rstrip(":")
        node = node.parentWidget()
    assert isinstance(widget, QAbstractButton), f"no label for {widget.objectName()}"
    return widget.text().replace("&", "")


def _dialogs(qtbot: QtBot) -> list[tuple[str, RecordDialog]]:
    made = [
        ("person", PersonDialog(None, saved=False, identity=None, identity_locked=False)),
        ("referral", ReferralDialog(None, NO_TERMS)),
        ("evidence", EvidenceDialog(None)),
        ("hearing", HearingDialog(None, (), NO_TERMS)),
    ]
    for _, dialog in made:
        qtbot.addWidget(dialog)
    return made


IDENTITY = {"legal_name", "aliases", "birth_date", "address", "school", "contact"}


def test_every_field_of_every_dialog_has_its_visible_label(qtbot: QtBot) -> None:
    for prefix, dialog in _dialogs(qtbot):
        assert dialog.field_widgets, prefix
        for name, widget in dialog.field_widgets.items():
            path = f"{prefix}.identity.{name}" if name in IDENTITY else f"{prefix}.{name}"
            assert field_label(path) == _visible_label(dialog, widget), path


def _check_paths(function: Any) -> set[str]:
    source = inspect.getsource(function)
    return set(re.findall(r'f"\{path\}\.([a-z_0-9]+)', source))


@pytest.mark.parametrize(
    ("prefix", "functions"),
    [
        ("person", [checks.check_person]),
        ("person.identity", [checks.check_identity]),
        ("referral", [checks.check_referral]),
        ("evidence", [checks.check_evidence]),
        ("hearing", [checks.check_hearing]),
        ("note", [checks.check_note]),
    ],
)
def test_every_path_a_record_check_raises_has_a_label(prefix: str, functions: list[Any]) -> None:
    names = set().union(*(_check_paths(f) for f in functions))
    assert names, prefix
    assert sorted(n for n in names if field_label(f"{prefix}.{n}") is None) == []


def test_every_case_field_has_a_label() -> None:
    source = inspect.getsource(checks.check_case_fields)
    raised = set(re.findall(r'(?:v\.\w+|_day|_codes|_short|InvalidInput\.at)\([^"]*"([a-z_.]+)"', source))
    assert {"region", "summary", "source.kind", "closed_on"} <= raised
    assert sorted(p for p in raised | set(checks.CASE_FIELDS) if field_label(p) is None) == []


# -- Add user keeps the passphrases; setup names the field --------------------------------------------


def test_add_user_keeps_both_passphrases_after_a_refusal(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    form = AddUserDialog(signed_in(store, runner, "sup"))
    qtbot.addWidget(form)
    form.show()
    form.username_edit.setText("mreyes")
    qtbot.keyClicks(form.passphrase, "password1234")
    qtbot.keyClicks(form.repeat, "password1234")
    form.ok_button.click()
    assert "too easy to guess" in form.message.text() and runner.pending == 0
    assert form.passphrase.text() == form.repeat.text() == "password1234"
    assert marked(form.passphrase) and form.isVisible()


def test_add_user_names_every_problem_at_once(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    form = AddUserDialog(signed_in(store, runner, "sup"))
    qtbot.addWidget(form)
    form.username_edit.setText("Mario Reyes")
    form.passphrase.setText("lantern quietly copper bay")
    form.repeat.setText("lantern quietly copper")
    form.ok_button.click()
    text = form.message.text()
    assert text.startswith("• User name: a user name is 2 to 32 characters") and "username" not in text
    assert "not the same" in text and runner.pending == 0
    assert marked(form.username_edit) and marked(form.repeat) and not marked(form.passphrase)
    assert form.repeat.text() == "lantern quietly copper"


def test_setup_names_the_user_name_by_its_label(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> None:
    dialog = SetupDialog(tmp_path / "cases.db", runner)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("Ana Santos")
    dialog.pass_edit.setText("lantern quietly copper bay")
    dialog.repeat_edit.setText("lantern quietly copper bay")
    dialog.create_button.click()
    qtbot.waitUntil(dialog.create_button.isEnabled)
    assert dialog.error.text().startswith("User name: a user name is 2 to 32 characters")
    assert not (tmp_path / "cases.db").exists()


# -- a look at it --------------------------------------------------------------------------------------


def test_screenshot_of_a_dialog_showing_its_errors(qtbot: QtBot, tmp_path: Path) -> None:
    """Writes the pictures a person looks at when changing these dialogs (into the test's folder)."""
    dialog = new_person(qtbot)
    dialog.role.setCurrentIndex(dialog.role.findData("accused"))
    dialog.age.setValue(15)
    dialog.ok_button.click()
    assert dialog.error.isVisible()
    assert dialog.grab().save(str(tmp_path / "form-errors.png"))
    referral = shown(qtbot, ReferralDialog(None, NO_TERMS))
    referral.ok_button.click()
    assert referral.grab().save(str(tmp_path / "form-errors-referral.png"))
    assert marked(referral.agency)
