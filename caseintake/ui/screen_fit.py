"""Windows that fit the screen they open on, whatever its size and display scale.

The laptops are 1366x768; at a display scale of 2 that is a 683x384 screen to Qt, at 1.5 a
911x512 one. A window sized for a desktop monitor, or restored from a size saved before the scale
went up, would put its buttons past the edge of such a screen, where no one can reach them.

So every window and dialog calls `keep_on_screen` once: whenever it is shown it is made no larger
than the screen's free area (less the window manager's title bar and borders) and moved wholly
inside it. A window can shrink only as far as its layout allows, so a form taller than a small
screen puts its fields in a `ScrollingForm`, with its buttons below it, always in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QLayout, QScrollArea, QStyle, QWidget

#: The title bar and borders a window manager puts around a window, as far as they are not known
#: yet (they are only once the window is on screen, and only on some platforms).
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)


def free_area(window: QWidget) -> QRect:
    """The screen's free area (without task bars and panels) where `window` opens."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around `window`: as measured, and never less than the allowance."""
    outer, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        max(inner.left() - outer.left(), FRAME_ALLOWANCE.left()),
        max(inner.top() - outer.top(), FRAME_ALLOWANCE.top()),
        max(outer.right() - inner.right(), FRAME_ALLOWANCE.right()),
        max(outer.bottom() - inner.bottom(), FRAME_ALLOWANCE.bottom()),
    )


def room_on_screen(window: QWidget) -> QSize:
    """The largest size `window` may take with its frame still inside the screen's free area."""
    return free_area(window).marginsRemoved(frame_margins(window)).size()


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size `window` (at `preferred`, else as it is) to no more than the room on screen, and move
    it so that its frame lies inside the screen's free area. A maximized or full-screen window is
    the window manager's to place, and is left as it is."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = free_area(window)
    frame = frame_margins(window)
    wanted = preferred if preferred is not None else window.size()
    size = wanted.boundedTo(area.marginsRemoved(frame).size()).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    outer = QRect(window.frameGeometry().topLeft(), size.grownBy(frame))
    x = max(area.left(), min(outer.left(), area.right() + 1 - outer.width()))
    y = max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height()))
    if (x, y) != (outer.left(), outer.top()):
        window.move(x, y)


def centre_on_screen(window: QWidget, preferred: QSize, anchor: QWidget | None = None) -> None:
    """Open at `preferred` size, or as much of it as fits, in the middle of the free area of the
    screen `anchor` (a parent window, say) is on, else of the screen `window` is on."""
    area = free_area(anchor if anchor is not None else window)
    size = preferred.boundedTo(area.marginsRemoved(frame_margins(window)).size())
    size = size.expandedTo(window.minimumSizeHint().boundedTo(size))
    window.setGeometry(
        QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, area)
    )
    fit_to_screen(window)


class _ScreenKeeper(QObject):
    """Fits its window each time it is shown, and again if it grows past the screen.

    It keeps no state of its own: Qt may still send it the events of a window being destroyed,
    after the Python side of the filter is gone. Fitting twice changes nothing the second time,
    so the resize it causes ends there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        kind = event.type()
        if kind == QEvent.Type.Show or (kind == QEvent.Type.Resize and watched.isVisible()):
            fit_to_screen(watched)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Keep `window` inside the screen it opens on (see the module's docstring)."""
    window.installEventFilter(_ScreenKeeper(window))


class ScrollingForm(QScrollArea):
    """A form's fields, scrolled when the screen is too small to show them all at once.

    Unlike a plain scroll area, it asks for the whole form's size, so on a screen with room the
    dialog opens with every field in view and no scroll bar; it asks for no horizontal scrolling
    either, being at least as wide as the form's narrowest layout plus a scroll bar.

    With `grows_window`, fields that appear later (a tick that shows more of the form) grow the
    window, as far as the screen allows, as they would without the scroll area. With `sideways`,
    it scrolls sideways too rather than ask for the form's width (the main window's editor: one
    long line in a tab must not widen the window past the screen). With `focus_first`, the
    window opens with the cursor in the first field, not on a button."""

    #: Read by Qt's calls into this widget; class defaults stand in while a window is destroyed.
    grows_window = False
    sideways = False
    focus_first = False

    def __init__(
        self,
        content: QWidget | QLayout,
        object_name: str = "",
        parent: QWidget | None = None,
        *,
        grows_window: bool = False,
        sideways: bool = False,
        focus_first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.grows_window = grows_window
        self.sideways = sideways
        self.focus_first = focus_first
        self._shown = False
        if isinstance(content, QLayout):
            holder = QWidget()
            holder.setLayout(content)
            content = holder
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(content)
        content.installEventFilter(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No stop of its own in the Tab chain; whatever gets the focus inside (by Tab, an Alt
        # letter, or an error putting the cursor in its field) is scrolled into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the form grew or shrank: so does what it asks of the window
            if self.grows_window:
                QTimer.singleShot(0, self, self._grow_window)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.focus_first and not self._shown:
            self._shown = True
            QTimer.singleShot(0, self, self._focus_first_field)

    def _focus_first_field(self) -> None:
        """A dialog opens with the cursor in its first field, as it did before its fields moved
        into this scroll area (the fields now come after the buttons in Qt's focus chain, so the
        dialog gave the focus to OK, and the first word typed went nowhere and Space pressed OK).
        A dialog that put the focus in a field of its own choosing keeps it."""
        content = self.widget()
        window = self.window()
        if content is None:
            return
        focused = window.focusWidget()
        if focused is not None and not isinstance(focused, QAbstractButton):
            return
        widget = content.nextInFocusChain()
        while widget is not None and widget is not content:
            if (
                content.isAncestorOf(widget)
                and widget.isVisibleTo(content)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def _grow_window(self) -> None:
        window = self.window()
        if window.isVisible():
            wanted = window.size().expandedTo(window.sizeHint())
            if wanted != window.size():
                fit_to_screen(window, wanted)

    def _extra(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(frame + self.verticalScrollBar().sizeHint().width(), frame)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return content.sizeHint().expandedTo(content.minimumSizeHint()) + self._extra()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        lines = 3 * self.fontMetrics().height()
        lowest = min(content.minimumSizeHint().height(), lines)
        if self.sideways:
            return QSize(min(content.minimumSizeHint().width(), 10 * lines), lowest)
        return QSize(content.minimumSizeHint().width() + self._extra().width(), lowest)
