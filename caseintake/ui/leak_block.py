"""The message shown when the leak guard blocks an output, with the way to act on it.

It says where each hit is (record and field) and whose detail it is, never the value. A lawyer
or supervisor sees, for each hit on a named person, the word the guard stopped at (their own
output's text) and can allow that one word for that one person, when it is an ordinary word
that happens to be part of a name ("Rose Street"); the allowance is audit-logged and listed in
the case history, and the output can then be made again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.errors import IdentityLeak
from caseintake.domain.roles import Action
from caseintake.services import leak_guard
from caseintake.services.leak_guard import Leak
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.tasks import failure_message


def leaks_of(exc: IdentityLeak) -> list[Leak]:
    return list(getattr(exc, "leaks", []))


class LeakBlockDialog(QDialog):
    def __init__(self, state: Any, exc: IdentityLeak, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("leakBlockDialog")
        self.setWindowTitle(title)
        self.state = state
        layout = QVBoxLayout(self)
        message = QLabel(failure_message(exc))
        message.setObjectName("leakBlockMessage")
        message.setWordWrap(True)
        message.setAccessibleName(self.tr("Why the output was blocked"))
        layout.addWidget(message)
        self.allow_buttons: list[QPushButton] = []
        may_allow = state is not None and state.may(Action.ALLOW_LEAK_WORD)
        offered = [leak for leak in leaks_of(exc) if leak.person_id and leak.pseudonym]
        if may_allow and offered:
            hint = QLabel(
                self.tr(
                    "If a word below is an ordinary word and not the person's detail, you may allow "
                    "it for that person. The allowance is recorded in the case history."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            for leak in offered[:6]:
                row = QHBoxLayout()
                text = self.tr("“%1” for %2").replace("%1", leak.word).replace("%2", leak.whose)
                row.addWidget(QLabel(text), 1)
                button = QPushButton(self.tr("Allow this word"))
                button.setObjectName("allowWordButton")
                button.setAccessibleName(
                    self.tr("Allow the word %1 for %2").replace("%1", leak.word).replace("%2", leak.whose)
                )
                button.clicked.connect(lambda _=False, lk=leak, b=button: self._allow(lk, b))
                row.addWidget(button)
                self.allow_buttons.append(button)
                layout.addLayout(row)
            if len(offered) > 1:
                every = QPushButton(self.tr("Allow each word for each person listed"))
                every.setObjectName("allowAllWordsButton")
                every.clicked.connect(lambda: self._allow_all(offered, every))
                layout.addWidget(every)
            if len(offered) > 6:
                more = QLabel(
                    self.tr("%1 more people are not listed here.").replace("%1", str(len(offered) - 6))
                )
                layout.addWidget(more)
        self.status = QLabel()
        self.status.setObjectName("leakBlockStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))

    def _allow_all(self, leaks: list[Leak], button: QPushButton) -> None:
        button.setEnabled(False)
        for each in self.allow_buttons:
            each.setEnabled(False)
        allowed = [(leak.person_id, leak.word) for leak in leaks if leak.person_id]

        def done(_: object) -> None:
            self.status.setText(
                self.tr("Allowed for %1 people. Make the output again.").replace("%1", str(len(allowed)))
            )

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self.status.setText(failure_message(exc))

        self.state.call(_allow_each, done, failed, allowed)

    def _allow(self, leak: Leak, button: QPushButton) -> None:
        if leak.person_id is None:
            return
        button.setEnabled(False)

        def done(_: object) -> None:
            self.status.setText(
                self.tr("Allowed for %1. Make the output again.").replace("%1", leak.pseudonym or "")
            )

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self.status.setText(failure_message(exc))

        self.state.call(leak_guard.allow_word, done, failed, leak.person_id, leak.word)


def _allow_each(session: Any, allowed: list[tuple[str, str]]) -> None:
    for person_id, word in allowed:
        leak_guard.allow_word(session, person_id, word)


def show_leak_block(parent: QWidget, state: Any, exc: IdentityLeak, title: str) -> LeakBlockDialog:
    dialog = LeakBlockDialog(state, exc, title, parent)
    dialog.open()
    return dialog
