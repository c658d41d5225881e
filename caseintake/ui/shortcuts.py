"""Help → Keyboard shortcuts: every key of the main window and the case editor, in one list.

The menu keys are read from the window's own actions when the list opens, and the Alt letters of
the case tabs from the tabs themselves, so the list cannot fall behind a changed shortcut or a
renamed tab. Keys that belong to no action (Enter, Escape, Tab, the underlined letters) are a
short fixed list at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen


@dataclass(frozen=True)
class Shortcut:
    group: str  # the menu (or the part of the window) it belongs to
    keys: str  # as the platform writes them, e.g. "Ctrl+S"
    does: str


def plain(text: str) -> str:
    """A menu text as read, not as typed: no mnemonic marks, no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def keys_of(action: QAction) -> str:
    """Every key sequence of `action`, as the platform writes them ("" when it has none)."""
    shown = [keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in action.shortcuts()]
    return ", ".join(text for text in shown if text)


def mnemonic(text: str) -> str:
    """The underlined letter of a text ("" when it has none; "&&" is a literal ampersand)."""
    marked = text.replace("&&", "")
    at = marked.find("&")
    return marked[at + 1].upper() if 0 <= at < len(marked) - 1 else ""


def _listed(action: QAction, seen: list[QAction]) -> bool:
    """Whether `action` is to be listed (and is from now on): shown, with keys, not listed yet."""
    if not action.isVisible() or not keys_of(action) or any(action is other for other in seen):
        return False
    seen.append(action)
    return True


def _from_menu(menu: QMenu, group: str, seen: list[QAction]) -> list[Shortcut]:
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _from_menu(submenu, group, seen)
        elif _listed(action, seen):
            found.append(Shortcut(group, keys_of(action), plain(action.text())))
    return found


def _owner(action: QAction) -> QWidget | None:
    """The window an action works in: the window of the first widget among its parents."""
    parent = action.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent.window() if parent is not None else None


def action_shortcuts(window: QWidget, elsewhere: str) -> list[Shortcut]:
    """The keys of every visible action of `window`: those in its menus under the menu's name,
    in menu order, then any it holds outside its menus under `elsewhere`."""
    seen: list[QAction] = []
    found: list[Shortcut] = []
    if isinstance(window, QMainWindow):
        for entry in window.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and entry.isVisible():
                found += _from_menu(menu, plain(entry.text()), seen)
    for action in window.findChildren(QAction):
        if _owner(action) is not window:
            continue  # a dialog open over the window has keys of its own
        if _listed(action, seen):
            found.append(Shortcut(elsewhere, keys_of(action), plain(action.text())))
    return found


class ShortcutsDialog(QDialog):
    def __init__(
        self, window: QWidget, tabs: QTabWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = action_shortcuts(window, self.tr("Window"))
        if tabs is not None:
            self.shortcuts += self._tab_keys(tabs)
        self.shortcuts += self._other_keys()

        intro = QLabel(self.tr("The keys of the main window and of the open case."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(560, 600)

    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        group_item: QTreeWidgetItem | None = None
        for shortcut in self.shortcuts:
            if group_item is None or group_item.text(0) != shortcut.group:
                group_item = QTreeWidgetItem(self.tree, [shortcut.group])
                group_item.setFont(0, bold)
                group_item.setFirstColumnSpanned(True)
                group_item.setExpanded(True)
            QTreeWidgetItem(group_item, [shortcut.keys, shortcut.does])

    def _tab_keys(self, tabs: QTabWidget) -> list[Shortcut]:
        """Alt and the underlined letter of each tab of the case, as the tabs are named now."""
        group = self.tr("Case tabs")
        found = []
        for index in range(tabs.count()):
            letter = mnemonic(tabs.tabText(index))
            if letter:
                shown = plain(tabs.tabText(index))
                keys = QKeySequence(f"Alt+{letter}").toString(QKeySequence.SequenceFormat.NativeText)
                found.append(Shortcut(group, keys, self.tr("%1 tab").replace("%1", shown)))
        found.append(Shortcut(group, self.tr("Ctrl+Tab, Ctrl+Shift+Tab"), self.tr("Next or previous tab")))
        return found

    def _other_keys(self) -> list[Shortcut]:
        group = self.tr("Anywhere")
        rows = (
            (self.tr("Tab, Shift+Tab"), self.tr("Next or previous field or button")),
            (self.tr("Alt+underlined letter"), self.tr("Go to that field, button or menu")),
            (
                self.tr("Enter"),
                self.tr("Press the highlighted button of a dialog, never Cancel"),
            ),
            (self.tr("Escape"), self.tr("Close a dialog or the agenda without doing anything")),
            (self.tr("Space"), self.tr("Tick the box or press the button that has the focus")),
            (self.tr("Alt+Down, F4"), self.tr("Open a list of choices")),
        )
        return [Shortcut(group, keys, does) for keys, does in rows]
