"""Every session, newest first, in a table that stays quick with years of history.

A model over the store's summaries: rows are only drawn when seen, so ten
years of sessions cost nothing until scrolled to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kneecoach.core.history import SessionSummary
from kneecoach.core.i18n import translate
from kneecoach.core.wording import describe_duration, time_of_day, weekday_date

COLUMN_COUNT = 6
Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    """The headers, in the user's language (so asked for when shown, not at import)."""
    return (
        translate("HistoryTable", "Date"),
        translate("HistoryTable", "Started"),
        translate("HistoryTable", "Time taken"),
        translate("HistoryTable", "Exercises"),
        translate("HistoryTable", "Pain before"),
        translate("HistoryTable", "Pain after"),
    )


def describe_pain(value: int | None) -> str:
    if value is None:
        return "—"
    return translate("HistoryTable", "{pain} / 10").format(pain=value)


def describe_exercises(session: SessionSummary) -> str:
    done, skipped = len(session.done), len(session.skipped)
    text = translate("HistoryTable", "%n done", None, done)
    if session.skipped:
        text = translate("HistoryTable", "{done}, %n skipped", None, skipped).format(done=text)
    if not session.finished:
        text = translate("HistoryTable", "{exercises} (stopped early)").format(exercises=text)
    return text


class HistoryModel(QAbstractTableModel):
    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._rows: list[SessionSummary] = []

    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: s.started_at, reverse=True)
        self.endResetModel()

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def first_row_on(self, day: date) -> int | None:
        # Newest first, so the last match is the day's first session.
        rows = [n for n, s in enumerate(self._rows) if s.local_date == day]
        return rows[-1] if rows else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid():
            return None
        session = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(session, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            done = ", ".join(self._names.get(i, i) for i in session.done) or translate(
                "HistoryModel", "none", "no exercise done"
            )
            skipped = ", ".join(self._names.get(i, i) for i in session.skipped)
            if skipped:
                return translate("HistoryModel", "Done: {done}\nSkipped: {skipped}").format(
                    done=done, skipped=skipped
                )
            return translate("HistoryModel", "Done: {done}").format(done=done)
        return None

    def _cell(self, session: SessionSummary, column: int) -> str:
        if column == 0:
            return weekday_date(session.local_date)
        if column == 1:
            return time_of_day(session.started_at.hour, session.started_at.minute)
        if column == 2:
            return describe_duration(session.duration_seconds)
        if column == 3:
            return describe_exercises(session)
        if column == 4:
            return describe_pain(session.pain_before)
        return describe_pain(session.pain_after)


class HistoryTable(QTableView):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(translate("HistoryTable", "Sessions"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def selected_session(self) -> SessionSummary | None:
        rows = self.selectionModel().selectedRows()
        model = self.model()
        assert isinstance(model, HistoryModel)
        return model.session_at(rows[0].row()) if rows else None
