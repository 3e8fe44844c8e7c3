"""What KneeCoach offers once: the first-run welcome, start at login, a word on a
desktop without a tray, and gentle progression when the rule says it is time."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.routine import default_routine
from kneecoach.core.safety import first_run_safety_lines
from kneecoach.core.wording import times_in_words
from kneecoach.ui.platform.tray import TrayIcon
from kneecoach.ui.shell import Shell

if TYPE_CHECKING:
    from kneecoach.ui.dialogs.welcome import Welcome

log = logging.getLogger(__name__)


class Offers(QObject):
    def __init__(self, shell: Shell, tray: TrayIcon | None) -> None:
        super().__init__(shell)
        self.shell = shell
        self.coach: Coach = shell.coach
        self.tray = tray
        self.welcome_dialog: Welcome | None = None  # shown once, on a first run

        self._progression_offered = False
        shell.hidden_to_tray.connect(self.hidden_to_tray)
        shell.coach.subscribe(lambda change: self.offer_progression() if change.history else None)

    def first_run_hints(self) -> None:
        self.maybe_welcome()
        if not self.coach.autostart.is_enabled() and self.coach.hint_once("offer-start-at-login"):
            self.shell.offer(
                Notice(
                    translate("AppController", "Start KneeCoach when you log in?"),
                    self._login_wording().format(
                        times=times_in_words(self.coach.settings.reminder_times)
                    ),
                ),
                (
                    translate("AppController", "Yes, start at login"),
                    lambda: self.coach.set_start_at_login(True),
                ),
            )

    def _login_wording(self) -> str:
        if self.tray is not None:
            return translate(
                "AppController",
                "It then waits quietly in the tray and reminds you each day at {times}.",
            )
        return translate(
            "AppController",
            "It then starts with no window and reminds you each day at {times} with a "
            "notification.",
        )

    def maybe_welcome(self) -> None:
        """The welcome on a first run, once the window is on screen (not while KneeCoach
        waits in the tray)."""
        shown = self.shell.built and self.shell.window.isVisible()
        welcomed = self.coach.hint_given("welcome") or self.welcome_dialog is not None
        if shown and self.coach.is_first_run() and not welcomed:
            self.welcome()

    def welcome(self) -> None:
        """The first-run welcome; it also offers start at login, so that hint is not needed."""
        self.coach.hint_once("offer-start-at-login")
        library = self.coach.library
        settings = self.coach.settings
        # A dialog loads when first opened, not on the way to the home page.
        from kneecoach.core import menu_offer
        from kneecoach.ui.dialogs.welcome import Welcome, describe_routine

        dialog = Welcome(
            describe_routine(default_routine(library.catalogue), settings.timings()),
            list(first_run_safety_lines(library.catalogue)),
            settings.reminder_times[0],
            self.shell.window,
            offer_menu_entry=menu_offer.worth_offering(),
        )
        dialog.accepted.connect(lambda: self._welcomed(dialog))
        # Seen once answered, either way: a KneeCoach closed mid-welcome shows it again.
        dialog.finished.connect(lambda _result: self.coach.hint_once("welcome"))
        dialog.finished.connect(lambda _result: self.shell.open_safety_check())
        dialog.open()
        self.welcome_dialog = dialog

    def _welcomed(self, dialog: Welcome) -> None:
        settings = self.coach.settings
        times = (dialog.reminder_time(), *settings.reminder_times[1:])
        self.coach.apply_settings(
            replace(
                settings,
                reminders=dialog.remind.isChecked(),
                reminder_times=tuple(sorted(set(times))),
                start_at_login=dialog.start_at_login.isChecked(),
                voice_cues=dialog.voice_cues.isChecked(),
                far_from_screen=dialog.far_from_screen.isChecked(),
            )
        )
        if dialog.add_to_menu is not None and dialog.add_to_menu.isChecked():
            self.coach.add_to_menu()

    def offer_progression(self) -> None:
        """Longer holds (or a step back), offered at most once a run, in the window."""
        if self._progression_offered or not self.shell.built:
            return
        offer = self.coach.progression_offer()
        if offer is None:
            return
        self._progression_offered = True
        proposed, kept = offer.to_seconds, offer.from_seconds  # plain names for lupdate
        if proposed != kept:
            yes = translate("AppController", "Yes, %n second(s)", None, proposed)
            no = translate("AppController", "No, keep %n", "keep holding for n seconds", kept)
        else:  # the holds are at their floor: the circles ease off
            yes = translate("AppController", "Yes, ease off")
            no = translate("AppController", "No, keep it as it is")
        self.shell.offer(
            Notice(offer.title, offer.text),
            (yes, lambda: self.coach.answer_progression(offer, True)),
            (no, lambda: self.coach.answer_progression(offer, False)),
        )

    def hidden_to_tray(self) -> None:
        if self.tray is not None and self.coach.hint_once("close-to-tray"):
            self.tray.tell(
                translate("AppController", "KneeCoach is still here"),
                translate(
                    "AppController",
                    "It waits in the tray to remind you. "
                    "To quit, choose Quit KneeCoach in this menu.",
                ),
            )
