"""Notes in the case editor: leak warnings while typing, no media, versions kept on edit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from caseintake.services.cases import load_case
from caseintake.ui.editor.plain_text import PlainTextEdit
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.test_editor import open_editor


@pytest.fixture
def reference(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def test_leak_warning_offers_the_pseudonym(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.tabs.setCurrentWidget(editor.notes)
    editor.notes.add_button.click()
    bar = editor.notes.field.bar
    qtbot.keyClicks(editor.notes.editor, "Spoke with Maria Luz Bautista about school.")
    qtbot.waitUntil(bar.isVisible)
    assert "AAA's legal name" in bar.label.text()
    assert "Maria" not in bar.label.text()
    assert bar.replace_button.text() == "Replace with AAA"
    highlighted = editor.notes.field.watch.highlighter.spans
    assert [(s.start, s.end) for s in highlighted] == [(11, 29)]
    bar.replace_button.click()
    assert editor.notes.editor.toPlainText() == "Spoke with AAA about school."
    assert not bar.isVisible()
    editor.notes.editor.undo()  # the replacement is one undo step in the editor
    assert "Maria Luz Bautista" in editor.notes.editor.toPlainText()


def test_leak_warning_in_the_summary_for_details_other_than_names(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "lawyer", reference)
    editor.overview.summary.setPlainText("Call AAA's aunt on 0917 123 4567 before the hearing.")
    field = editor.overview.summary_field
    qtbot.waitUntil(field.bar.isVisible)
    assert field.bar.replace_button.text() == "Replace with AAA's contact"


def test_no_live_highlight_for_users_who_may_not_reveal(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "other", reference)
    editor.notes.add_button.click()
    qtbot.keyClicks(editor.notes.editor, "Maria Luz Bautista")
    editor.notes.field.watch.scan()
    assert not editor.notes.field.bar.isVisible()
    assert editor.notes.field.watch.highlighter.spans == []


def test_identities_typed_into_the_form_are_watched_too(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "other", reference)
    editor.people.add_button.click()
    dialog = editor.people.dialog
    assert dialog is not None
    dialog.legal_name.setText("Jonalyn Reyes Cruz")
    dialog.ok_button.click()
    editor.overview.summary.setPlainText("Jonalyn was referred by her teacher.")
    editor.overview.summary_field.watch.scan()
    assert editor.overview.summary_field.bar.replace_button.text() == "Replace with BBB"


def _image() -> QMimeData:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def test_pasting_an_image_or_a_file_is_refused(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.notes.add_button.click()
    note = editor.notes.editor
    assert isinstance(note, PlainTextEdit)
    assert not note.canInsertFromMimeData(_image())
    with qtbot.waitSignal(note.refused):
        note.insertFromMimeData(_image())
    assert note.toPlainText() == ""
    assert editor.message.text() == "Images and files cannot be stored; paste text only."
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile("/tmp/photo.jpg")])
    files.setText("/tmp/photo.jpg")
    note.insertFromMimeData(files)
    assert note.toPlainText() == ""
    rich = QMimeData()
    rich.setHtml("<p><b>Bold</b> text<img src='x.png'></p>")
    rich.setText("Bold text")
    assert note.canInsertFromMimeData(rich)
    note.insertFromMimeData(rich)
    assert note.toPlainText() == "Bold text"


def test_editing_a_note_keeps_version_one(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.tabs.setCurrentWidget(editor.notes)
    notes = editor.notes
    assert notes.current is not None and notes.current.saved is not None  # the latest note is open
    assert notes.editor.toPlainText() == "AAA was calm during the intake interview."
    notes.editor.selectAll()
    qtbot.keyClicks(notes.editor, "AAA was calm and asked about her siblings.")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = load_case(store["sup"], reference).notes[0]
    assert (saved.version, saved.text) == (2, "AAA was calm and asked about her siblings.")
    assert notes.model.data(notes.model.index(0, 3)) == "2"
    assert notes.editor.toPlainText() == saved.text  # still open as typed

    notes.versions_button.click()
    dialog = notes.versions_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    dialog.list.setCurrentRow(0)
    assert dialog.text.toPlainText() == "AAA was calm during the intake interview."
    dialog.list.setCurrentRow(1)
    assert dialog.text.toPlainText() == saved.text
    dialog.reject()
