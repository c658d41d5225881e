"""A record form opens with the cursor in its first field, so what the user types at once lands
there (the walk-through of the guide found the focus on OK: the first word was lost and the
space pressed OK)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from caseintake.ui.editor.evidence import EvidenceDialog
from caseintake.ui.editor.hearings import HearingDialog
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.editor.referrals import ReferralDialog

FORMS: dict[str, Callable[[], QDialog]] = {
    "person": lambda: PersonDialog(None, saved=False, identity=None, identity_locked=False),
    "referral": lambda: ReferralDialog(None, lambda: None),
    "evidence": lambda: EvidenceDialog(None),
    "hearing": lambda: HearingDialog(None, (), lambda: None),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_record_form_opens_with_the_cursor_in_its_first_field(qtbot: QtBot, name: str) -> None:
    dialog = FORMS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(
        lambda: dialog.focusWidget() is not None and not isinstance(dialog.focusWidget(), QAbstractButton)
    )
    focused = dialog.focusWidget()
    scroll = next(w for w in dialog.findChildren(QScrollArea) if w.objectName().endswith("Fields"))
    assert scroll.isAncestorOf(focused), focused


def test_typing_at_once_fills_the_first_field_and_keeps_the_form_open(qtbot: QtBot) -> None:
    dialog = ReferralDialog(None, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: isinstance(dialog.focusWidget(), QLineEdit))
    qtbot.keyClicks(dialog.focusWidget(), "DSWD Region VII")
    assert dialog.agency.text() == "DSWD Region VII"
    assert dialog.isVisible() and dialog.result() == 0
