"""The start's two steps after the frame: the home page, then (once it is painted)
the tray, the reminders and the rest. Between them the window is already usable."""

from __future__ import annotations

from kneecoach import app, opening
from kneecoach.core.storage.window_place import WindowPlace
from kneecoach.ui.dialogs import closing
from kneecoach.ui.main_window import MainWindow


def home_page_only(qapp, qtbot, folders, clock, autostart):
    """Step one as the start makes it: the frame on screen, filled with the home page."""
    frame = MainWindow(WindowPlace(folders[1]))
    qtbot.addWidget(frame)
    frame.show()
    opened = opening.open_coach(qapp, *folders, clock, autostart)
    assert opened is not None
    return opening.open_shell(qapp, *opened, frame=frame)


def test_closing_before_the_rest_has_joined_quits_and_asks_nothing(
    qapp, qtbot, folders, clock, autostart, monkeypatch
):
    asked = []
    monkeypatch.setattr(closing, "ask_when_closing", lambda parent, coach: asked.append(1))
    shell = home_page_only(qapp, qtbot, folders, clock, autostart)
    try:
        # No tray, no reminders yet: the question about them would answer for a
        # KneeCoach that is not all there. Closing quits, as closing the frame does.
        assert shell.window.close()
        assert asked == []
        assert shell.coach.settings.when_window_closes == closing.ASK  # nothing decided
    finally:
        shell.coach.close()


def test_once_the_rest_has_joined_closing_is_the_shells_to_decide(
    qapp, qtbot, folders, clock, autostart, monkeypatch
):
    asked = []
    monkeypatch.setattr(closing, "ask_when_closing", lambda parent, coach: asked.append(1))
    shell = home_page_only(qapp, qtbot, folders, clock, autostart)
    composed = app.complete(qapp, shell)
    try:
        # No tray here: the question comes first, and put aside, the window stays.
        assert not shell.window.close()
        assert asked == [1]
    finally:
        composed.close()


def test_the_home_page_opens_with_start_in_focus(qapp, qtbot, folders, clock, autostart):
    # Space or Enter starts the routine at once; a screen reader names it first.
    shell = home_page_only(qapp, qtbot, folders, clock, autostart)
    try:
        assert shell.window.focusWidget() is shell.home.start_button
    finally:
        shell.coach.close()
