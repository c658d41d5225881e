"""Help → Keyboard shortcuts lists every key of the main window, read from its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from caseintake.ui.main_window import MainWindow
from caseintake.ui.shortcuts import ShortcutsDialog, keys_of, mnemonic, plain
from tests.gui.test_accessibility import walk
from tests.gui.test_keyboard import main_window  # noqa: F401  (a fixture)


def rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    """(group, keys, what they do) of every line the dialog shows."""
    found = []
    for index in range(dialog.tree.topLevelItemCount()):
        group: QTreeWidgetItem = dialog.tree.topLevelItem(index)
        for child in range(group.childCount()):
            item = group.child(child)
            found.append((group.text(0), item.text(0), item.text(1)))
    return found


def open_list(qtbot: QtBot, win: MainWindow) -> ShortcutsDialog:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    dialog = win.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_every_action_with_keys_is_listed(qtbot: QtBot, main_window: MainWindow) -> None:  # noqa: F811
    dialog = open_list(qtbot, main_window)
    shown = {(keys, does) for _group, keys, does in rows(dialog)}
    actions = [a for a in main_window.findChildren(QAction) if a.shortcuts() and a.isVisible()]
    assert len(actions) >= 10  # New, Save, Print, Import, Lock, Undo, Redo, Find, Refresh, agenda, F1…
    for action in actions:
        assert (keys_of(action), plain(action.text())) in shown, f"{action.text()!r} is not listed"
    assert ("File", QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText), "Save") in rows(
        dialog
    )


def test_a_changed_shortcut_shows_as_it_is_now(qtbot: QtBot, main_window: MainWindow) -> None:  # noqa: F811
    main_window.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    dialog = ShortcutsDialog(main_window, main_window.editor.tabs)
    qtbot.addWidget(dialog)
    keys = {does: keys for _group, keys, does in rows(dialog)}
    assert keys["Lock"] == QKeySequence("Ctrl+Shift+L").toString(QKeySequence.SequenceFormat.NativeText)


def test_f1_and_ctrl_slash_open_it(qtbot: QtBot, main_window: MainWindow) -> None:  # noqa: F811
    keys = main_window.shortcuts_action.shortcuts()
    assert QKeySequence("F1") in keys and QKeySequence("Ctrl+/") in keys
    assert main_window.shortcuts_action in main_window.menuBar().actions()[-1].menu().actions()
    open_list(qtbot, main_window).close()
    qtbot.keyClick(main_window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main_window.findChildren(ShortcutsDialog)))


def test_the_case_tabs_and_the_keys_of_no_action_are_listed(
    qtbot: QtBot,
    main_window: MainWindow,  # noqa: F811
) -> None:
    dialog = open_list(qtbot, main_window)
    listed = rows(dialog)
    tabs = main_window.editor.tabs
    for index in range(tabs.count()):
        letter = mnemonic(tabs.tabText(index))
        alt = QKeySequence(f"Alt+{letter}").toString(QKeySequence.SequenceFormat.NativeText)
        assert any(keys == alt and plain(tabs.tabText(index)) in does for _g, keys, does in listed)
    others = {keys for group, keys, _does in listed if group == "Anywhere"}
    assert {"Enter", "Escape", "Tab, Shift+Tab", "Alt+underlined letter"} <= others
    assert walk(dialog) == []


def test_mnemonics_of_a_text() -> None:
    assert mnemonic("Hearin&gs") == "G" and mnemonic("Tom && &Jerry") == "J" and mnemonic("Plain") == ""
    assert plain("&Import cases…") == "Import cases" and plain("Tom && Jerry") == "Tom & Jerry"
