"""The main window: hosts the pages (home, a session, its finish, progress) and banners.

It comes in steps, so that something is on screen at once: the frame (title,
size, theme) is shown while the rest of KneeCoach loads; `fill` then lays out its
inside, the notices above an empty stack of pages; the shell makes the home page
in that stack and hands it to `set_home`. So this module needs nothing but the
window itself: the pages are made elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

from kneecoach import APP_NAME
from kneecoach.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:  # only names: the frame loads before any of these
    from collections.abc import Callable

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
    from PySide6.QtWidgets import QStackedWidget

    from kneecoach.core.storage.window_place import WindowPlace
    from kneecoach.ui.pages.home import HomePage
    from kneecoach.ui.pages.session_page import SessionRun
    from kneecoach.ui.widgets.notices import NoticeArea

DEFAULT_SIZE = (1100, 720)


class MainWindow(QMainWindow):
    quit_requested = Signal()
    hidden_to_tray = Signal()
    first_shown = Signal()  # filled and on screen for the first time

    def __init__(self, place: WindowPlace) -> None:
        """The frame alone, in its remembered size and place; `fill` and `set_home`
        put the pages in."""
        super().__init__()
        self.place = place
        self.run: SessionRun | None = None
        self.keep_in_tray = False  # set when a tray icon can bring the window back
        self.when_closed: Callable[[], str] = self._closed_by_default
        self.quitting = False
        self.filled = False
        self._shown_once = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 500)
        geometry = place.load()
        if geometry is None or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(*DEFAULT_SIZE)
        fit_to_screen(self)  # a small screen, large text or a high scaling: never larger

    def fill(self, notices: NoticeArea, pages: QStackedWidget) -> None:
        """Lay out the frame's inside, the notices above the pages, before the pages are
        made: widgets made in place take the window's style once, where a page made
        apart and moved in is restyled, and its every widget with it, at each move."""
        self.notices, self.pages = notices, pages
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(notices)
        layout.addWidget(pages, 1)
        self.setCentralWidget(central)

    def set_home(self, home: HomePage) -> None:
        """The home page, made in `pages`, is the first page."""
        self.home = home
        self.pages.addWidget(home)
        self.filled = True
        if self.isVisible():  # the frame was shown first
            self._first_shown()

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)  # its screen may have changed, or the window manager's frame
        super().showEvent(event)
        if self.filled:
            self._first_shown()

    def _first_shown(self) -> None:
        if not self._shown_once:  # not while waiting hidden in the tray
            self._shown_once = True
            self.first_shown.emit()

    # --- pages ------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        """Show `page`; the one shown before goes, unless it is the home page."""
        for old in [self.pages.widget(i) for i in range(self.pages.count())]:
            if old is not None and old is not self.home and old is not page:
                self.pages.removeWidget(old)
                old.deleteLater()
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # Banners wait while the user follows a session; they are back at the end.
        self.notices.setVisible(not self.session_running())

    def show_home(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.show_page(self.home)
        self.home.start_button.setFocus()

    def on_page(self, page: QWidget | None) -> bool:
        return page is not None and self.pages.currentWidget() is page

    # --- a session ----------------------------------------------------------
    def host_session(self, run: SessionRun) -> None:
        self.run = run
        run.show_page.connect(self.show_page)
        run.back_home.connect(self.show_home)
        run.view.fullscreen_toggled.connect(self.toggle_fullscreen)
        run.view.leave_fullscreen.connect(self.showNormal)
        run.view.set_fullscreen(self.isFullScreen())
        run.start()

    def session_running(self) -> bool:
        return self.run is not None and self.run.running

    def stop_session_for_quit(self) -> None:
        if self.run is not None:
            self.run.stop()  # what was done so far is recorded and saved

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def bring_forward(self) -> None:
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # --- events -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A button ignores Enter outside a dialog, so the key comes up to the window:
        # press the focused button, as Space would, for those who use the keyboard.
        from PySide6.QtCore import Qt  # its enums cost the first frame 16 ms: loaded here

        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.run is None or not self.on_page(self.run.view):
            return  # (and QEvent's types are not worth loading for the window's first frame)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.WindowStateChange:
            self.run.view.set_fullscreen(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.place.save(bytes(self.saveGeometry().data()))
        wanted = "quit" if self.quitting else self.when_closed()
        if wanted == "quit":
            self.stop_session_for_quit()
            super().closeEvent(event)
            return
        event.ignore()  # closing the window is not quitting: the reminders go on
        if wanted == "hide":
            if self.run is not None and self.run.driver.running:
                self.run.driver.toggle_pause()
            self.hide()
            self.hidden_to_tray.emit()

    def _closed_by_default(self) -> str:
        """ "hide", "quit" or "stay": the shell decides, once it is there."""
        return "hide" if self.keep_in_tray else "quit"
