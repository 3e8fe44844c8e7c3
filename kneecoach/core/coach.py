"""The application service: every "do this" of the interface is answered here.

The interface asks (record this session, change that pain, apply these settings,
save this routine) and gets back a `Change`: which parts of what it shows must
look again, and what to tell the user. Every listener hears each change too, so
one refresh path serves the home page, the progress page and the tray alike.
How a failed save becomes words is written once, in `not_saved`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kneecoach.core.clock import Clock
from kneecoach.core.continuing import Continuation, continuation
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.pain import Advice, Hidden, seek_help_advice, should_show
from kneecoach.core.progression import Offer, progression_offer
from kneecoach.core.routine import Routine, build_steps, routine_minutes
from kneecoach.core.settings import Settings
from kneecoach.core.storage.exchange import (
    ImportProblem,
    export_csv,
    export_toml,
    imported_words,
    read_export,
)
from kneecoach.core.storage.files import PRIVATE_FILE_MODE, StoreError, write_file
from kneecoach.core.streaks import Streaks, compute_streaks

if TYPE_CHECKING:
    from kneecoach.core.autostart import Autostart
    from kneecoach.core.catalogue import Exercise
    from kneecoach.core.history import SessionRecord
    from kneecoach.core.my_library import Save
    from kneecoach.core.my_routines import Plan
    from kneecoach.core.session import Session
    from kneecoach.core.stores import Stores

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What an operation changed, for the views to show, and what to tell the user."""

    history: bool = False
    settings: bool = False
    library: bool = False
    notices: tuple[Notice, ...] = ()

    def __or__(self, other: Change) -> Change:
        return Change(
            self.history or other.history,
            self.settings or other.settings,
            self.library or other.library,
            self.notices + other.notices,
        )


def not_saved(error: StoreError, kept_for_later: bool) -> Notice:
    """The one way a failed save is told: what went wrong, and what becomes of the change."""
    if kept_for_later:
        text = translate(
            "Coach",
            "{reason} It is kept while KneeCoach is open and saved again with your next "
            "change or when you quit.",
        )
    else:
        text = translate("Coach", "{reason} It applies only until you quit.")
    return Notice(
        translate("Coach", "Your change could not be saved"),
        text.format(reason=error.strerror or str(error)),
    )


class Coach:
    """Holds the user's stores and answers the interface. No Qt: tested on a fake clock."""

    def __init__(self, clock: Clock, stores: Stores, autostart: Autostart) -> None:
        self.clock = clock
        self.stores = stores
        self.autostart = autostart
        self.library = stores.library
        self.history = stores.history
        self._listeners: list[Callable[[Change], None]] = []
        # The streaks, worked out once for every view that shows them after a change, kept
        # with what they came from: the store's list of sessions (a new one after any
        # change to it), the day and its offset, and the weekly goal.
        self._streaks: tuple[tuple[object, ...], Streaks] | None = None

    # --- listening -------------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def _done(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    @contextmanager
    def _saving(self, notices: list[Notice], kept_for_later: bool = False) -> Iterator[None]:
        try:
            yield
        except StoreError as error:
            notices.append(not_saved(error, kept_for_later))

    # --- what the views ask ----------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.stores.settings.settings

    def today(self) -> date:
        return self.clock.now().date()

    def streaks(self) -> Streaks:
        now, sessions, goal = self.clock.now(), self.history.sessions, self.settings.weekly_goal
        key = (now.date(), now.utcoffset(), goal)
        kept = self._streaks
        if kept is None or kept[0][0] is not sessions or kept[0][1:] != key:
            kept = self._streaks = ((sessions, *key), compute_streaks(sessions, now, goal))
        return kept[1]

    def practised_on(self, day: date) -> bool:
        return any(s.counts_as_practice and s.local_date == day for s in self.history.sessions)

    def chosen_routine(self) -> Routine:
        return self.library.chosen_routine()

    def routine_minutes(self, routine: Routine | None = None) -> int:
        return routine_minutes(routine or self.chosen_routine(), self.settings.timings())

    def is_first_run(self) -> bool:
        return not self.history.sessions

    def advice(self) -> Advice | None:
        """The seek-help advice, when it holds and was not hidden lately."""
        advice = seek_help_advice(self.history.sessions, self.today())
        hidden = self.stores.state.state.seek_help_hidden
        return advice if should_show(advice, hidden, self.today()) else None

    def progression_offer(self) -> Offer | None:
        """Longer holds (or a step back) when the user asked for it and the rule says so."""
        if not self.settings.progression:
            return None
        return progression_offer(
            self.history.sessions,
            self.settings.hold_seconds,
            self.today(),
            self.stores.state.state.progression_answered,
            self.settings.weekly_goal,
            reps=self.settings.reps,
        )

    def taken_notices(self) -> list[Notice]:
        """What the history found reading a month on first use (a damaged file, say)."""
        taken, self.history.notices[:] = list(self.history.notices), []
        return taken

    # --- a session -------------------------------------------------------------
    def continuable(self) -> Continuation | None:
        """Today's routine, stopped part-way, when it can go on from where it stopped."""
        return continuation(self.history, self.library, self.today(), self.settings.timings())

    def new_session(
        self, routine: Routine | None = None, going_on: Continuation | None = None
    ) -> Session | None:
        """A session of `routine` (the chosen one when None) on the settings' timings, or
        one `going_on` with today's stopped routine, to be recorded as the same session."""
        # The session's state machine loads with the first session, as its page does:
        # the home page has no use for it.
        from kneecoach.core.session import Session

        if going_on is not None:
            return Session(going_on.routine, going_on.steps, self.clock, continues=going_on.record)
        routine = routine or self.chosen_routine()
        if not routine.exercises:
            return None
        return Session(routine, build_steps(routine, self.settings.timings()), self.clock)

    def record_session(self, record: SessionRecord) -> Change:
        notices: list[Notice] = []
        with self._saving(notices, kept_for_later=True):
            if not self.history.add(record):  # a routine continued: still one session
                self.history.replace(record)
        log.info("session recorded: %s", record.id)
        return self._done(Change(history=True, notices=tuple(notices)))

    def set_pain(self, session_id: str, day: date, before: int | None, after: int | None) -> Change:
        def change() -> None:
            record = self.history.record(session_id, day)
            self.history.replace(replace(record, pain_before=before, pain_after=after))

        return self._change_history(change)

    def set_pain_after(self, record: SessionRecord, pain: int) -> Change:
        return self.set_pain(record.id, record.local_date, record.pain_before, pain)

    def delete_session(self, session_id: str, day: date) -> tuple[Change, SessionRecord | None]:
        """Delete one session; also returns it, for an Undo (None when it was not deleted)."""
        try:
            record = self.history.record(session_id, day)
        except KeyError:
            return self._change_history(lambda: None), None
        change = self._change_history(lambda: self.history.delete(record))
        gone = all(s.id != record.id for s in self.history.sessions)
        return change, (record if gone else None)

    def restore_session(self, record: SessionRecord) -> Change:
        return self._change_history(lambda: self.history.add(record))

    def merge_sessions(self, records: list[SessionRecord]) -> tuple[Change, int | None]:
        """Add what is new of `records`; the count added, or None when it failed."""
        added: list[int] = []
        change = self._change_history(lambda: added.append(self.history.merge(records)))
        return change, (added[0] if added else None)

    def _change_history(self, action: Callable[[], object]) -> Change:
        """Run a change to the history; whatever goes wrong is told, never raised."""
        notices: list[Notice] = []
        try:
            with self._saving(notices, kept_for_later=not self.history.read_only_reason):
                action()
        except KeyError:
            notices.append(
                Notice(
                    translate("Coach", "That session is no longer in your history"),
                    translate(
                        "Coach",
                        "Its file was changed outside KneeCoach. The list now shows what is there.",
                    ),
                )
            )
        notices += self.taken_notices()
        return self._done(Change(history=True, notices=tuple(notices)))

    # --- export and import ------------------------------------------------------
    def export_history(self, path: Path, as_csv: bool) -> Change:
        """Write the history to `path`: a CSV of the sessions, or every hold and rep in TOML."""
        if as_csv:
            count = len(self.history.sessions)
            payload = export_csv(self.history.sessions, self.library.library.names())
            data = payload.encode("utf-8-sig")  # a spreadsheet then reads the accents right
        else:  # every hold and rep: the month files are read
            records = list(self.history.all_records())
            count, data = len(records), export_toml(records)
        notices = self.taken_notices()
        try:
            write_file(path, data, PRIVATE_FILE_MODE)
        except StoreError as error:
            title = translate("ProgressPage", "The history was not exported")
            return self._done(Change(notices=(*notices, Notice(title, error.strerror or ""))))
        text = translate("ProgressPage", "%n session(s) saved to {path}.", None, count)
        told = Notice(translate("ProgressPage", "History exported"), text.format(path=path))
        return self._done(Change(notices=(*notices, told)))

    def import_history(self, path: Path) -> Change:
        """Merge the sessions of an export, skipping those already here."""
        try:
            records, problems = read_export(path)
        except ImportProblem as problem:
            title = translate("ProgressPage", "Nothing was imported")
            return self._done(Change(notices=(Notice(title, str(problem)),)))
        change, added = self.merge_sessions(records)
        if added is None:
            return change
        told = Notice(
            translate("ProgressPage", "History imported"),
            imported_words(path.name, added, len(records) - added, problems),
        )
        return self._done(Change(notices=(told,)))

    # --- advice, offers and hints --------------------------------------------------
    def hide_advice(self) -> Change:
        advice = seek_help_advice(self.history.sessions, self.today())
        if advice is not None:
            self.stores.state.state.seek_help_hidden = Hidden(advice.reason, self.today())
            self.save_state()
        return self._done(Change(history=True))

    def answer_progression(self, offer: Offer, accepted: bool) -> Change:
        self.stores.state.state.progression_answered = self.today()
        self.save_state()
        log.info("progression %s: %s", offer.direction.value, accepted)
        if not accepted:
            return Change()
        changed = replace(self.settings, hold_seconds=offer.to_seconds)
        if offer.to_reps is not None:
            changed = replace(changed, reps=offer.to_reps)
        return self.apply_settings(changed)

    def hint_given(self, key: str) -> bool:
        return key in self.stores.state.state.hints_given

    def hint_once(self, key: str) -> bool:
        """True the first time a hint is asked for; remembered across runs."""
        hints = self.stores.state.state.hints_given
        if key in hints:
            return False
        hints.add(key)
        self.save_state()
        return True

    def save_state(self) -> None:
        """The reminders' and hints' state: worth keeping, never worth a banner."""
        try:
            self.stores.state.save()
        except StoreError as error:
            log.warning("state not saved: %s", error)

    # --- settings --------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> Change:
        notices: list[Notice] = []
        with self._saving(notices):
            self.stores.settings.save(settings)
        change = Change(settings=True, notices=tuple(notices))
        if settings.start_at_login != self.autostart.is_enabled():
            change |= self._start_at_login(settings.start_at_login)
        return self._done(change)

    def set_start_at_login(self, enabled: bool) -> Change:
        return self._done(self._start_at_login(enabled))

    def _start_at_login(self, enabled: bool) -> Change:
        from kneecoach.core.autostart import launch_command

        try:
            if enabled:
                self.autostart.enable(launch_command(["--minimized"]))
            else:
                self.autostart.disable()
        except StoreError as error:
            title = translate("Coach", "Start at login not changed")
            return Change(notices=(Notice(title, error.strerror or ""),))
        if self.settings.start_at_login != enabled:
            try:
                self.stores.settings.save(replace(self.settings, start_at_login=enabled))
            except StoreError as error:
                log.warning("start at login not kept in the settings: %s", error)
        log.info("start at login %s", "on" if enabled else "off")
        return Change(settings=True)

    def add_to_menu(self) -> Change:
        """Put this copy in the applications menu; the notice says how it went."""
        from kneecoach.core.menu_offer import add_to_menu

        return self._done(Change(notices=(add_to_menu(),)))

    # --- the user's own exercises and routines --------------------------------
    def choose_routine(self, plan_id: str) -> Change:
        return self._library_saved(self.library.choose(plan_id))

    def save_routines(self, plans: list[Plan], chosen: str) -> Change:
        return self._library_saved(self.library.set_routines(plans, chosen))

    def save_exercise(self, exercise: Exercise, is_new: bool, picture_is_new: bool) -> Change:
        notices: list[Notice] = []
        saves = self.library.put_exercise(exercise, is_new, picture_is_new, notices)
        return self._library_saved(saves, notices)

    def delete_exercise(self, exercise_id: str) -> Change:
        return self._library_saved(self.library.delete_exercise(exercise_id))

    def set_hidden(self, exercise_id: str, hidden: bool) -> Change:
        return self._library_saved(self.library.set_hidden(exercise_id, hidden))

    def _library_saved(
        self, saves: tuple[Save, ...], notices: list[Notice] | None = None
    ) -> Change:
        """Save what an edit of the library changed; the views show it either way."""
        notices = notices or []
        for save in saves:
            with self._saving(notices):
                save()
        return self._done(Change(library=True, notices=tuple(notices)))

    # --- leaving -----------------------------------------------------------------
    def close(self) -> None:
        """Save what could not be saved before, then let go of the history's lock."""
        if self.history.unsaved:
            try:
                self.history.save()
            except StoreError as error:
                log.error("history not saved at exit: %s", error)
        self.history.close()
