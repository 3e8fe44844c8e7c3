"""What the progress view's buttons do: change pain, delete with undo, export, import.

Each asks the coach, which keeps the change and says what to tell; the view is
built when first opened and shows the history as the coach has it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kneecoach.core.coach import Change, Coach
from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.streaks import Streaks
from kneecoach.core.wording import long_date, time_of_day

if TYPE_CHECKING:
    from kneecoach.ui.pages.progress_view import ProgressView

Tell = Callable[[Notice, list[tuple[str, Callable[[], object]]]], object]


# File dialog filters, in the user's language: asked for when the dialog opens.
def csv_filter() -> str:
    return translate("ProgressPage", "Spreadsheet file for a physiotherapist (*.csv)")


def toml_filter() -> str:
    return translate("ProgressPage", "KneeCoach history file, to import later (*.toml)")


class ProgressPage(QObject):
    def __init__(self, window: QWidget, coach: Coach, tell: Tell) -> None:
        super().__init__(window)
        self.window = window
        self.coach = coach
        self.tell = tell
        self.view: ProgressView | None = None

    def build(self) -> ProgressView:
        from kneecoach.ui.pages.progress_view import ProgressView  # loads when first opened

        view = ProgressView(self.coach.library.library.names())
        view.edit_requested.connect(self.change_pain)
        view.delete_requested.connect(self.delete)
        view.export_requested.connect(self.ask_export)
        view.import_requested.connect(self.ask_import)
        view.advice_dismissed.connect(self.coach.hide_advice)
        view.destroyed.connect(self._forget_view)
        self.view = view
        self.refresh()
        return view

    def _forget_view(self) -> None:
        self.view = None

    def refresh(self, streaks: Streaks | None = None) -> None:
        if self.view is None:
            return
        coach = self.coach
        streaks = streaks or coach.streaks()
        self.view.show_progress(coach.history.sessions, streaks, coach.today(), coach.advice())

    # --- changes -----------------------------------------------------------------
    def change_pain(self, session: SessionSummary) -> None:
        from kneecoach.ui.pages.progress_view import PainDialog

        dialog = PainDialog(session, self.window)
        if dialog.exec() != PainDialog.DialogCode.Accepted:
            return
        before, after = dialog.values()
        self.set_pain(session, before, after)

    def set_pain(self, session: SessionSummary, before: int | None, after: int | None) -> Change:
        return self.coach.set_pain(session.id, session.local_date, before, after)

    def delete(self, session: SessionSummary) -> None:
        _change, record = self.coach.delete_session(session.id, session.local_date)
        if record is None:
            return
        text = translate("ProgressPage", "The session of {date} at {time} was deleted.").format(
            date=long_date(record.local_date),
            time=time_of_day(record.started_at.hour, record.started_at.minute),
        )
        self.tell(
            Notice(translate("ProgressPage", "Session deleted"), text),
            [(translate("ProgressPage", "Undo"), lambda: self.coach.restore_session(record))],
        )

    # --- export and import -------------------------------------------------------------
    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"kneecoach-history-{self.coach.clock.now():%Y-%m-%d}.csv")
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
            self.coach.export_history(target, as_csv=target.suffix.lower() == ".csv")

    def ask_import(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("ProgressPage", "Import a KneeCoach history"),
            folder,
            toml_filter(),
        )
        if path:
            self.coach.import_history(Path(path))
