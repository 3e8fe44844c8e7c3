"""A reminder notification: answered once, closed on any answer, raising the window on Wayland."""

import os

import pytest

from kneecoach.ui.platform import desktop_notifications
from kneecoach.ui.platform.desktop_notifications import DesktopNotifications, distinct_actions
from kneecoach.ui.platform.tray import TrayIcon, TrayMoment

ACTIONS = [("default", "Start now"), ("start", "Start now"), ("snooze", "Snooze 15 min")]


def test_a_daemon_that_lists_the_default_action_gets_each_label_once():
    assert distinct_actions(ACTIONS) == [("default", "Start now"), ("snooze", "Snooze 15 min")]
    other = [("default", "Open"), ("start", "Start now")]
    assert distinct_actions(other) == other  # different words are different choices


@pytest.fixture
def ours(qapp, monkeypatch):
    """Notifications with one of ours (id 7) on screen; closing it is recorded."""
    notifications = DesktopNotifications("KneeCoach", "icon")
    notifications._shown = {7}
    closed = []
    monkeypatch.setattr(
        DesktopNotifications, "close_all", lambda self: closed.append(set(self._shown))
    )
    return notifications, closed


def test_every_action_closes_the_reminder(ours):
    notifications, closed = ours
    heard = []
    notifications.action_invoked.connect(heard.append)
    notifications._on_action(7, "snooze")
    assert heard == ["snooze"] and closed == [{7}]
    notifications._on_action(8, "start")  # another program's notification
    assert heard == ["snooze"] and len(closed) == 1


def test_the_activation_token_is_there_while_the_action_raises_the_window(ours, monkeypatch):
    notifications, _ = ours
    monkeypatch.setattr(desktop_notifications, "_on_wayland", lambda: True)
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    tokens, seen_by_action = [], []
    notifications.activation_token.connect(tokens.append)
    notifications.action_invoked.connect(
        lambda key: seen_by_action.append(os.environ.get("XDG_ACTIVATION_TOKEN"))
    )
    notifications._on_activation_token(9, "not-ours")
    notifications._on_activation_token(7, "tok-1")
    notifications._on_action(7, "start")
    assert tokens == ["tok-1"] and seen_by_action == ["tok-1"]
    assert "XDG_ACTIVATION_TOKEN" not in os.environ  # never offered again, stale
    notifications._shown = {7}
    notifications._on_action(7, "start")  # an action that came without a token
    assert seen_by_action == ["tok-1", None]


def test_off_wayland_the_token_is_only_passed_on(ours, monkeypatch):
    notifications, _ = ours
    monkeypatch.setattr(desktop_notifications, "_on_wayland", lambda: False)
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    seen = []
    notifications.action_invoked.connect(
        lambda key: seen.append("XDG_ACTIVATION_TOKEN" in os.environ)
    )
    notifications._on_activation_token(7, "x11-startup-id")
    notifications._on_action(7, "default")
    assert seen == [False]


def test_a_notification_closed_by_the_person_is_forgotten_and_said(qapp):
    notifications = DesktopNotifications("KneeCoach", "icon")
    notifications._shown = {3, 4}
    changes = []
    notifications.shown_changed.connect(lambda: changes.append(notifications.shown()))
    notifications._on_closed(3, 2)
    notifications._on_closed(99, 2)  # not ours: nothing changed
    assert notifications.shown() == 1 and changes == [1]


def offered(tray: TrayIcon) -> list[str]:
    return [key for key, action in tray.actions.items() if action.isVisible()]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (TrayMoment(reminder_waiting=True), ["start", "open", "snooze15", "snooze60", "skip"]),
        (TrayMoment(reminder_waiting=False), ["start", "open", "skip"]),
        (TrayMoment(done_today=True, reminder_waiting=False), ["start", "open"]),
        (TrayMoment(done_today=True, reminder_waiting=True), ["start", "open"]),
        (TrayMoment(reminder_waiting=True, session_running=True), ["open"]),
    ],
)
def test_the_tray_menu_shows_what_fits_the_moment(qapp, moment, expected):
    tray = TrayIcon()
    tray.show_moment(moment)
    assert offered(tray) == [*expected, "settings", "quit"]


def test_the_status_keeps_what_else_is_known_of_the_moment(qapp):
    tray = TrayIcon()
    tray.show_moment(TrayMoment(reminder_waiting=False))
    tray.set_status("KneeCoach\nToday: not done yet", done_today=False)
    assert "snooze15" not in offered(tray) and "skip" in offered(tray)
    tray.set_status("KneeCoach\nToday: done ✓", done_today=True)
    assert "skip" not in offered(tray)
