"""What closing the window does, and the question that settles it where the desktop
has no tray (GNOME's default): keep reminding in the background, or quit. The answer
is a setting; the settings dialog offers the same choice."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from kneecoach.core.i18n import translate
from kneecoach.core.wording import times_in_words
from kneecoach.ui.dialogs.question import message_box
from kneecoach.ui.platform.tray import TrayIcon

if TYPE_CHECKING:
    from kneecoach.core.coach import Coach

log = logging.getLogger(__name__)

ASK, KEEP, QUIT = "ask", "keep-reminding", "quit"
HIDE, STAY = "hide", "stay"  # what a close does besides quitting: hide the window, or nothing


def start_at_login_text(has_tray: bool | None = None) -> str:
    """The start-at-login setting, saying what really happens on this desktop."""
    if TrayIcon.available() if has_tray is None else has_tray:
        return translate("Background", "Start KneeCoach when I log in (it waits in the tray)")
    return translate("Background", "Start KneeCoach when I log in (it reminds you, with no window)")


def closing_choice_box(has_tray: bool | None = None) -> QComboBox:
    """The setting for what closing the window does (for the settings dialog). With a
    tray nothing is asked: the window goes to the tray unless told to quit."""
    box = QComboBox()
    if TrayIcon.available() if has_tray is None else has_tray:
        box.addItem(translate("Background", "Keep reminding me from the tray"), KEEP)
    else:
        box.addItem(translate("Background", "Ask me the first time"), ASK)
        box.addItem(translate("Background", "Keep reminding me in the background"), KEEP)
    box.addItem(translate("Background", "Quit KneeCoach"), QUIT)
    box.setAccessibleName(closing_choice_label())
    return box


def closing_choice_label() -> str:
    return translate("Background", "When I close the window")


def what_closing_does(coach: Coach, parent: QWidget, has_tray: bool) -> str:
    """HIDE (reminders go on), QUIT, or STAY (the person put the question aside)."""
    choice = coach.settings.when_window_closes
    if has_tray:  # the tray icon brings the window back: closing hides, unless told to quit
        return QUIT if choice == QUIT else HIDE
    if not coach.settings.reminders:
        return QUIT  # nothing to remind of: no reason to stay without a window
    if choice == ASK:
        answer = ask_when_closing(parent, coach)
        if answer is None:
            return STAY
        coach.apply_settings(replace(coach.settings, when_window_closes=answer))
        log.info("closing the window from now on: %s", answer)
        choice = answer
    return HIDE if choice == KEEP else QUIT


def ask_when_closing(parent: QWidget, coach: Coach) -> str | None:
    """The question, once: KEEP, QUIT, or None (Cancel: the window stays open)."""
    box = closing_question(parent, coach)
    box.exec()
    clicked = box.clickedButton()
    return str(clicked.property("choice")) if clicked and clicked.property("choice") else None


def closing_question(parent: QWidget, coach: Coach) -> QMessageBox:
    box = message_box(parent)  # words a screen reader reads without a warning
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Background", "Keep reminding you?"))
    question = translate("Background", "Keep reminding you after the window is closed?")
    details = translate(
        "Background",
        "This desktop shows no tray icon for KneeCoach. It can keep running without "
        "a window and remind you at {times} with a notification.\n\n"
        "To see the window again, open KneeCoach from your applications. To quit, "
        "press Ctrl+Q in the window or choose Quit KneeCoach in its notification.\n\n"
        "KneeCoach remembers your answer; you can change it in Settings.",
    ).format(times=times_in_words(coach.settings.reminder_times))
    box.setText(f"{question}\n\n{details}")  # one plain label (see dialogs/question.py)
    keep = box.addButton(
        translate("Background", "Keep reminding me in the background"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep.setProperty("choice", KEEP)
    quit_button = box.addButton(
        translate("Background", "Quit KneeCoach"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button.setProperty("choice", QUIT)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box
