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
from kneecoach.core.wording import weekday_date
from kneecoach.ui.finish_view import describe_duration

COLUMNS = ("Date", "Started", "Time taken", "Exercises", "Pain before", "Pain after")
Index = QModelIndex | QPersistentModelIndex


def describe_pain(value: int | None) -> str:
    return "—" if value is None else f"{value} / 10"


def describe_exercises(session: SessionSummary) -> str:
    done = len(session.done)
    text = f"{done} done" + (f", {len(session.skipped)} skipped" if session.skipped else "")
    return text if session.finished else f"{text} (stopped early)"


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
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid():
            return None
        session = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(session, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            done = ", ".join(self._names.get(i, i) for i in session.done) or "none"
            skipped = ", ".join(self._names.get(i, i) for i in session.skipped)
            return f"Done: {done}" + (f"\nSkipped: {skipped}" if skipped else "")
        return None

    def _cell(self, session: SessionSummary, column: int) -> str:
        if column == 0:
            return weekday_date(session.local_date)
        if column == 1:
            return session.started_at.strftime("%H:%M")
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
        self.setAccessibleName("Sessions")
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
