"""What the progress view's buttons do: change pain, delete with undo, export, import.

Kept out of the main window so that it stays about the routine; everything
here goes through the history store, and every failure is told in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kneecoach.core.clock import Clock
from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.pain import Advice, Hidden, seek_help_advice, should_show
from kneecoach.core.storage.exchange import ImportProblem, export_csv, export_toml, read_export
from kneecoach.core.storage.files import PRIVATE_FILE_MODE, StoreError, write_file
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.core.streaks import Streaks
from kneecoach.core.wording import long_date, time_of_day

if TYPE_CHECKING:  # the view's widgets load when it first opens, not at start-up
    from kneecoach.ui.progress_view import ProgressView


# File dialog filters, in the user's language: asked for when the dialog opens.
def csv_filter() -> str:
    return translate("ProgressPage", "Spreadsheet file for a physiotherapist (*.csv)")


def toml_filter() -> str:
    return translate("ProgressPage", "KneeCoach history file, to import later (*.toml)")


class ProgressPage(QObject):
    def __init__(
        self,
        window: QWidget,
        history: HistoryStore,
        names: dict[str, str],  # exercise id → name, hidden and the user's own ones too
        clock: Clock,
        streaks: Callable[[], Streaks],
        tell: Callable[[Notice, list[tuple[str, Callable[[], None]]]], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        self.names = names
        self.clock = clock
        self.streaks = streaks
        self.tell = tell
        self.advice_hidden: Hidden | None = None
        self.on_advice_hidden: Callable[[Hidden], None] = lambda hidden: None
        # After a change: everything that shows the history looks again (this view too).
        self.on_change: Callable[[], None] = self.refresh
        self.view: ProgressView | None = None

    def build(self) -> ProgressView:
        from kneecoach.ui.progress_view import ProgressView

        view = ProgressView(self.names)
        view.edit_requested.connect(self.change_pain)
        view.delete_requested.connect(self.delete)
        view.export_requested.connect(self.ask_export)
        view.import_requested.connect(self.ask_import)
        view.advice_dismissed.connect(self.dismiss_advice)
        view.destroyed.connect(self._forget_view)
        self.view = view
        self.refresh()
        return view

    def _forget_view(self) -> None:
        self.view = None

    def refresh(self, streaks: Streaks | None = None) -> None:
        if self.view is None:
            return
        today = self.clock.now().date()
        streaks = streaks or self.streaks()
        self.view.show_progress(self.history.sessions, streaks, today, self._advice())

    def _advice(self) -> Advice | None:
        """The seek-help advice, when it holds and was not hidden lately."""
        today = self.clock.now().date()
        advice = seek_help_advice(self.history.sessions, today)
        return advice if should_show(advice, self.advice_hidden, today) else None

    def advice_to_show(self) -> Notice | None:
        advice = self._advice()
        return None if advice is None else Notice(advice.title, advice.text)

    def dismiss_advice(self) -> None:
        """From the home page's banner or the progress view's: hidden in both."""
        today = self.clock.now().date()
        advice = seek_help_advice(self.history.sessions, today)
        if advice is not None:
            self.advice_hidden = Hidden(advice.reason, today)
            self.on_advice_hidden(self.advice_hidden)
        self.refresh()

    # --- changes -----------------------------------------------------------------
    def change_pain(self, session: SessionSummary) -> None:
        from kneecoach.ui.progress_view import PainDialog

        dialog = PainDialog(session, self.window)
        if dialog.exec() != PainDialog.DialogCode.Accepted:
            return
        before, after = dialog.values()
        self.set_pain(session, before, after)

    def set_pain(self, session: SessionSummary, before: int | None, after: int | None) -> None:
        def change() -> None:
            record = self.history.record(session.id, session.local_date)
            self.history.replace(replace(record, pain_before=before, pain_after=after))

        self._change(change)

    def delete(self, session: SessionSummary) -> None:
        try:
            record = self.history.record(session.id, session.local_date)
        except KeyError:
            self._change(lambda: None)  # gone already: says so and shows what is there
            return
        self._change(lambda: self.history.delete(record))
        if any(s.id == record.id for s in self.history.sessions):
            return  # not deleted after all
        text = translate("ProgressPage", "The session of {date} at {time} was deleted.").format(
            date=long_date(record.local_date),
            time=time_of_day(record.started_at.hour, record.started_at.minute),
        )
        self.tell(
            Notice(translate("ProgressPage", "Session deleted"), text),
            [
                (
                    translate("ProgressPage", "Undo"),
                    lambda: self._change(lambda: self.history.add(record)),
                )
            ],
        )

    def _change(self, action: Callable[[], object]) -> None:
        """Run a change to the history; whatever goes wrong is told, never raised."""
        try:
            action()
        except KeyError:
            self.tell(
                Notice(
                    translate("ProgressPage", "That session is no longer in your history"),
                    translate(
                        "ProgressPage",
                        "Its file was changed outside KneeCoach. The list now shows what is there.",
                    ),
                ),
                [],
            )
        except StoreError as error:
            if not self.history.read_only_reason:
                text = translate(
                    "ProgressPage",
                    "{reason} It is kept while KneeCoach is open and saved again with your "
                    "next change or when you quit.",
                )
            else:
                text = translate("ProgressPage", "{reason} It applies only until you quit.")
            self.tell(
                Notice(
                    translate("ProgressPage", "Your change could not be saved"),
                    text.format(reason=error.strerror),
                ),
                [],
            )
        self.show_store_notices()
        self.on_change()

    def show_store_notices(self) -> None:
        """What the store found reading a month on first use (a damaged file, say)."""
        while self.history.notices:
            self.tell(self.history.notices.pop(0), [])

    # --- export and import -------------------------------------------------------------
    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"kneecoach-history-{self.clock.now():%Y-%m-%d}.csv")
        toml = toml_filter()
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            translate("ProgressPage", "Export your history"),
            suggested,
            f"{csv_filter()};;{toml}",
        )
        if path:
            # The name typed decides, then the chosen type: "x.toml" is never CSV inside.
            target = Path(path)
            if target.suffix.lower() not in (".csv", ".toml"):
                target = target.with_name(target.name + (".toml" if chosen == toml else ".csv"))
            self.export_to(target, as_csv=target.suffix.lower() == ".csv")

    def export_to(self, path: Path, as_csv: bool) -> bool:
        if as_csv:
            count = len(self.history.sessions)
            payload = export_csv(self.history.sessions, self.names).encode("utf-8-sig")
        else:  # every hold and rep: the month files are read
            records = list(self.history.all_records())
            self.show_store_notices()
            count = len(records)
            payload = export_toml(records)
        try:
            write_file(path, payload, PRIVATE_FILE_MODE)
        except StoreError as error:
            self.tell(
                Notice(
                    translate("ProgressPage", "The history was not exported"),
                    error.strerror or str(error),
                ),
                [],
            )
            return False
        text = translate("ProgressPage", "%n session(s) saved to {path}.", None, count)
        self.tell(Notice(translate("ProgressPage", "History exported"), text.format(path=path)), [])
        return True

    def ask_import(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("ProgressPage", "Import a KneeCoach history"),
            folder,
            toml_filter(),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int:
        """Merge the sessions of an export; returns how many were new."""
        try:
            records, problems = read_export(path)
        except ImportProblem as problem:
            self.tell(Notice(translate("ProgressPage", "Nothing was imported"), str(problem)), [])
            return 0
        added: list[int] = []
        self._change(lambda: added.append(self.history.merge(records)))
        if not added:
            return 0
        new, unread = added[0], len(problems)
        already = len(records) - new
        if already:
            text = translate(
                "ProgressPage",
                "{sessions} added from {file}; %n already in your history.",
                None,
                already,
            ).format(
                sessions=translate("ProgressPage", "%n new session(s)", None, new),
                file=path.name,
            )
        else:
            text = translate(
                "ProgressPage", "%n new session(s) added from {file}.", None, new
            ).format(file=path.name)
        if problems:
            text = translate(
                "ProgressPage",
                "{imported} %n (entry|entries) could not be read: {problems}",
                None,
                unread,
            ).format(imported=text, problems="; ".join(problems[:3]))
        self.tell(Notice(translate("ProgressPage", "History imported"), text), [])
        return added[0]
