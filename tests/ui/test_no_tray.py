"""A desktop without a tray (GNOME's default): closing the window asks once, then keeps
reminding in the background or quits as answered; start at login shows no window;
a logout's commit request records the routine so far."""

from __future__ import annotations

import os
import signal
import tomllib

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kneecoach.ui.dialogs import closing
from kneecoach.ui.platform.desktop_notifications import DesktopNotifications
from kneecoach.ui.platform.ending import Ending
from kneecoach.ui.platform.tray import TrayIcon
from tests.ui.conftest import advance
from tests.ui.test_tray_and_reminders import banners_titled, press

ASK_WHEN_CLOSING = closing.ask_when_closing  # the real question, as imported


@pytest.fixture
def asks(monkeypatch):
    """The real question on closing (the other tests never see it)."""
    monkeypatch.setattr(closing, "ask_when_closing", ASK_WHEN_CLOSING)


@pytest.fixture
def daemon(monkeypatch):
    """A notification service that shows everything it is sent: (title, actions, expiry)."""
    sent: list[tuple[str, list[tuple[str, str]], int]] = []

    def notify(self, title, body, actions, expires=0):
        sent.append((title, list(actions), expires))
        return True

    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: False))
    monkeypatch.setattr(DesktopNotifications, "available", lambda self: True)
    monkeypatch.setattr(DesktopNotifications, "notify", notify)
    return sent


@pytest.fixture
def quits(qapp, monkeypatch):
    """The times KneeCoach quit (the test's application goes on)."""
    asked: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: asked.append(True))
    return asked


def answer_when_asked(label: str, seen: list[str]) -> None:
    """Press `label` in the question once it is on screen; `seen` gets its text."""

    def press_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_it)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, press_it)


def saved_choice(folders) -> str:
    return tomllib.loads((folders[1] / "settings.toml").read_text())["when_window_closes"]


def test_closing_asks_once_then_keeps_reminding_in_the_background(
    make_controller, clock, qapp, daemon, quits, folders, asks
):
    controller = make_controller(closing="ask")
    window = controller.window
    seen: list[str] = []
    answer_when_asked("Keep reminding me in the background", seen)
    window.close()
    assert "Keep reminding you after the window is closed?" in seen[0]
    assert "Ctrl+Q" in seen[0] and "18:00" in seen[0]
    assert not window.isVisible() and quits == []
    assert saved_choice(folders) == "keep-reminding"
    # Leaving is said, with a way to quit from the notification.
    title, actions, expires = daemon[-1]
    assert title == "KneeCoach keeps reminding you" and expires == -1
    assert ("quit", "Quit KneeCoach") in actions

    window.show()
    window.close()  # not asked again (a question would block here)
    assert not window.isVisible() and len(seen) == 1
    clock.advance(24 * 3600)  # the next day, 18:00: the reminder comes with no window
    controller.reminding.timer.check()
    assert daemon[-1][0] == "Time for your knee routine"
    assert not window.isVisible()


def test_a_new_launch_brings_the_window_back_with_a_way_to_quit(
    make_controller, daemon, quits, monkeypatch
):
    controller = make_controller(closing="keep-reminding")
    window = controller.window
    window.close()
    assert not window.isVisible()
    controller.handle_message({})  # what a second launch sends
    assert window.isVisible()
    [banner] = banners_titled(window, "KneeCoach was reminding you in the background")
    assert "Ctrl+Q" in banner.notice.text
    press(banner, "Quit KneeCoach")
    assert quits == [True]


def test_quit_from_the_background_notification(make_controller, daemon, quits):
    controller = make_controller(closing="keep-reminding")
    controller.window.close()
    controller.background._notifications.action_invoked.emit("quit")
    assert quits == [True]


def test_answering_quit_records_the_routine_so_far_and_quits(
    make_controller, clock, qapp, qtbot, daemon, quits, folders, asks
):
    controller = make_controller(closing="ask")
    window = controller.window
    controller.shell.start_routine()
    advance(window, clock, 20)
    answer_when_asked("Quit KneeCoach", [])
    window.close()
    qtbot.waitUntil(lambda: quits == [True], timeout=2000)
    [record] = list(controller.coach.history.all_records())
    assert not record.finished and record.exercises[0].reps
    assert record == window.run.driver.session.record  # as Stop leaves it
    assert saved_choice(folders) == "quit" and not window.isVisible()


def test_cancel_keeps_the_window_and_the_routine_and_remembers_nothing(
    make_controller, daemon, quits, folders, asks
):
    controller = make_controller(closing="ask")
    window = controller.window
    controller.shell.start_routine()
    answer_when_asked("Cancel", [])
    window.close()
    assert window.isVisible() and window.run.driver.running and quits == []
    settings = folders[1] / "settings.toml"
    assert not settings.exists() or "when_window_closes" not in settings.read_text()
    window.quitting = True  # the test's own close, at its end, asks nothing


def test_with_reminders_off_closing_just_quits(make_controller, daemon, quits):
    from dataclasses import replace

    controller = make_controller(closing="ask")
    coach = controller.coach
    coach.apply_settings(replace(coach.settings, reminders=False))
    controller.window.close()  # no question: nothing would be reminded
    assert not controller.window.isVisible()
    QApplication.processEvents()
    assert quits == [True]


def test_start_at_login_without_a_tray_shows_no_window_and_still_reminds(
    qapp, folders, clock, autostart, daemon
):
    from kneecoach import app, opening

    opened = opening.open_coach(qapp, *folders, clock, autostart)
    assert opened is not None
    controller = app.build(qapp, *opened)
    try:
        controller.show(fullscreen=False, minimized=True)
        qapp.processEvents()
        assert not controller.shell.built  # no window at all, not even a minimised one
        clock.advance(24 * 3600)
        controller.reminding.timer.check()
        assert daemon[-1][0] == "Time for your knee routine"
        assert not controller.shell.built
        controller.open_window()  # opened from the applications menu
        window = controller.window
        assert window.isVisible()
        assert banners_titled(window, "KneeCoach was reminding you in the background")
    finally:
        if controller.shell.built:
            controller.window.quitting = True
            controller.window.close()
        controller.close()


def test_start_at_login_without_tray_or_notifications_minimises(make_controller, monkeypatch):
    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: False))
    monkeypatch.setattr(DesktopNotifications, "available", lambda self: False)
    controller = make_controller(minimized=True)
    assert controller.window.isMinimized()


def test_the_settings_say_what_start_at_login_does_on_this_desktop(qtbot, monkeypatch):
    from kneecoach.core.settings import Settings
    from kneecoach.ui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: False))
    dialog = SettingsDialog(Settings(when_window_closes="quit"), starts_at_login=False)
    qtbot.addWidget(dialog)
    assert "tray" not in dialog.start_at_login.text()
    assert "no window" in dialog.start_at_login.text()
    assert dialog.when_window_closes.currentText() == "Quit KneeCoach"
    dialog.when_window_closes.setCurrentIndex(1)
    assert dialog.chosen(Settings()).when_window_closes == "keep-reminding"
    assert "waits in the tray" in closing.start_at_login_text(has_tray=True)


def test_with_a_tray_the_closing_setting_asks_nothing(qtbot, monkeypatch):
    from kneecoach.core.settings import Settings
    from kneecoach.ui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: True))
    dialog = SettingsDialog(Settings(), starts_at_login=False)
    qtbot.addWidget(dialog)
    box = dialog.when_window_closes
    assert [box.itemData(i) for i in range(box.count())] == ["keep-reminding", "quit"]
    assert dialog.chosen(Settings()).when_window_closes == "keep-reminding"


def test_a_logout_records_the_routine_so_far_as_stop_does(make_controller, clock, qapp):
    controller = make_controller()
    window = controller.window
    ending = Ending(qapp)
    ending.save_requested.connect(controller.shell.save_for_logout)
    try:
        controller.shell.start_routine()
        advance(window, clock, 30)
        ending.commit_data(None)  # what Qt calls with the session manager's request
        [record] = list(controller.coach.history.all_records())
        assert not record.finished and record.exercises[0].reps
        expected = window.run.driver.session.record
        assert record == expected  # the session's own record, as Stop leaves it
    finally:
        ending.close()


def test_a_signal_wakes_qt_and_asks_to_quit(qapp, qtbot):
    ending = Ending(qapp)
    try:
        with qtbot.waitSignal(ending.quit_requested, timeout=2000) as asked:
            os.kill(os.getpid(), signal.SIGTERM)
        assert asked.args == ["SIGTERM"]
    finally:
        ending.close()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
