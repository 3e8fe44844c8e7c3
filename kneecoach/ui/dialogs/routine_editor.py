"""The routine editor: the routines on the left, the chosen one's exercises on the right.

The built-in routines can be copied, not changed. In one of the user's own,
exercises are added, put in order (drag, or Alt+Up and Alt+Down), given a hold
time or rep count of their own, and removed; the total time shows as it is built.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.catalogue import Kind
from kneecoach.core.i18n import translate
from kneecoach.core.my_exercises import Library, new_id
from kneecoach.core.my_routines import DOSE_LIMITS, Plan, PlanItem, presets, to_routine
from kneecoach.core.routine import Timings
from kneecoach.ui.dialogs import routine_wording as words
from kneecoach.ui.dialogs.scrolling_body import scrolling_both_ways
from kneecoach.ui.paper.buttons import sheet_button
from kneecoach.ui.platform.theme import button, label
from kneecoach.ui.screen_fit import keep_on_screen


class RoutineEditor(QDialog):
    saved = Signal(list, str)  # the user's routines (Plans), and the one to run with Start
    paper_requested = Signal(tuple)  # (print it?, the Routine shown) for the programme sheet

    def __init__(
        self,
        library: Library,
        plans: list[Plan],
        chosen: str,
        timings: Timings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.timings = timings
        self.presets = presets(library)
        self.plans = list(plans)  # a working copy: nothing is kept until Save
        self._saved_ids = {p.id for p in plans}  # a new routine's id comes from its final name
        self.chosen = chosen
        self.setWindowTitle(translate("RoutineEditor", "Routines"))
        self.resize(860, 560)  # at most: a short screen has less, and the columns scroll
        left = self._routine_list()
        right = self._routine_contents()
        self._save_buttons()
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_both_ways(columns, self.windowTitle()), 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._list_routines(chosen)
        keep_on_screen(self)  # its least size is more than a small screen has

    # --- building the dialog ---------------------------------------------------------
    def _routine_list(self) -> QVBoxLayout:
        """The left column: every routine, with New, Copy and Delete under it."""
        self.routines = QListWidget()
        self.routines.setAccessibleName(translate("RoutineEditor", "Routines"))
        self.routines.currentRowChanged.connect(self._show_plan)
        self.new_button = button(
            translate("RoutineEditor", "New routine"),
            translate("RoutineEditor", "Start a routine of your own"),
            self._new,
        )
        self.copy_button = button(
            translate("RoutineEditor", "Copy", "make a copy of the routine"),
            translate("RoutineEditor", "Make a routine of your own from this one"),
            self._copy,
        )
        self.delete_button = button(
            translate("RoutineEditor", "Delete"),
            translate("RoutineEditor", "Delete this routine of yours"),
            self._delete,
        )
        left_buttons = QHBoxLayout()
        for widget in (self.new_button, self.copy_button, self.delete_button):
            left_buttons.addWidget(widget)
        left = QVBoxLayout()
        left.addWidget(label(translate("RoutineEditor", "Routines"), "heading"))
        left.addWidget(self.routines, 1)
        left.addLayout(left_buttons)
        return left

    def _routine_contents(self) -> QVBoxLayout:
        """The right column: the chosen routine's exercises, what may change, the total."""
        self.note = label("", "muted", wrap=True)
        order_buttons = self._exercise_list()
        form = self._routine_form()
        self.total = label("", "heading")
        self.total.setAccessibleName(translate("RoutineEditor", "Total time"))
        self.editing = QWidget()  # what only the user's own routines allow
        editing = QVBoxLayout(self.editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addLayout(order_buttons)
        editing.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(self.items, 1)
        right.addWidget(self.editing)
        right.addWidget(self.total)
        return right

    def _exercise_list(self) -> QHBoxLayout:
        """The routine's exercises in order, and the buttons that move and remove them."""
        self.items = QListWidget()
        self.items.setAccessibleName(
            translate("RoutineEditor", "Exercises in this routine, in order")
        )
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.model().rowsMoved.connect(self._rows_dragged)
        self.items.currentRowChanged.connect(self._show_dose)
        self.up_button = button(
            translate("RoutineEditor", "Up", "move the exercise earlier"),
            translate("RoutineEditor", "Earlier in the routine (Alt+Up)"),
            lambda: self._move(-1),
        )
        self.down_button = button(
            translate("RoutineEditor", "Down", "move the exercise later"),
            translate("RoutineEditor", "Later in the routine (Alt+Down)"),
            lambda: self._move(1),
        )
        self.remove_button = button(
            translate("RoutineEditor", "Remove"),
            translate("RoutineEditor", "Take it out of this routine (Del)"),
            self._remove,
        )
        self.items.installEventFilter(self)  # Alt+Up, Alt+Down and Delete in the list
        order_buttons = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            order_buttons.addWidget(widget)
        order_buttons.addStretch(1)
        return order_buttons

    def _routine_form(self) -> QFormLayout:
        """The routine's name, the dose of the exercise chosen, and an exercise to add."""
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("RoutineEditor", "Routine name"))
        self.name.textEdited.connect(self._renamed)
        self.dose = QSpinBox()
        self.dose.setAccessibleName(translate("RoutineEditor", "Dose in this routine"))
        self.dose.setSpecialValueText(translate("RoutineEditor", words.USUAL))
        self.dose.valueChanged.connect(self._dose_changed)
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("RoutineEditor", "Exercise to add"))
        for exercise in self.library.exercises:
            self.choice.addItem(exercise.name, exercise.id)
        self.add_button = button(
            translate("RoutineEditor", "Add"),
            translate("RoutineEditor", "Add the exercise chosen beside to this routine"),
            self._add,
        )
        add_row = QHBoxLayout()
        add_row.addWidget(self.choice, 1)
        add_row.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(translate("RoutineEditor", "Name"), self.name)
        self.dose_label = label(translate("RoutineEditor", "Hold", "hold time of an exercise"))
        form.addRow(self.dose_label, self.dose)
        adding = label(translate("RoutineEditor", "Add an exercise"))
        adding.setBuddy(self.choice)  # the label names the box for a screen reader
        form.addRow(adding, add_row)
        return form

    def _save_buttons(self) -> None:
        """Save (which also chooses the routine Start runs), Cancel, and what stops a save."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("RoutineEditor", "Save && use this routine"))
        save.setToolTip(
            translate(
                "RoutineEditor", "Keep your changes; Start then runs the routine chosen on the left"
            )
        )
        self.paper_button = sheet_button(self._paper)
        self.buttons.addButton(self.paper_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.problem = label("", "warning", wrap=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._remove()
                return True
        return super().eventFilter(watched, event)

    # --- the routines --------------------------------------------------------------
    def every_plan(self) -> list[Plan]:
        return [*self.presets, *self.plans]

    def current_plan(self) -> Plan | None:
        row = self.routines.currentRow()
        plans = self.every_plan()
        return plans[row] if 0 <= row < len(plans) else None

    def _list_routines(self, current: str) -> None:
        self.routines.blockSignals(True)
        self.routines.clear()
        for plan in self.every_plan():
            self.routines.addItem(QListWidgetItem(words.listed(plan, self.library, self.timings)))
        ids = [p.id for p in self.every_plan()]
        self.routines.blockSignals(False)
        self.routines.setCurrentRow(ids.index(current) if current in ids else 0)

    def _show_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        own = not plan.preset
        self.name.setText(plan.name)
        self.name.setReadOnly(not own)
        self.editing.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.items.setDragEnabled(own)
        self.note.setText(words.note(own))
        self._list_items(plan, 0)

    def _replace(self, plan: Plan, current_item: int | None = None) -> None:
        """Put the changed plan in place and show it again."""
        index = next(i for i, p in enumerate(self.plans) if p.id == plan.id)
        self.plans[index] = plan
        row = self.routines.currentRow()
        self.routines.item(row).setText(words.listed(plan, self.library, self.timings))
        if current_item is not None:
            self._list_items(plan, current_item)
        else:
            self._show_total(plan)

    def _new(self) -> None:
        first = self.library.exercises[:1]
        name = translate("RoutineEditor", "My routine")
        plan = Plan(self._new_id(name), name, tuple(PlanItem(e.id) for e in first))
        self._append(plan)
        self.name.setFocus()
        self.name.selectAll()

    def _copy(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            name = translate("RoutineEditor", "{routine} (copy)").format(routine=plan.name)
            self._append(Plan(self._new_id(name), name, plan.items))

    def _append(self, plan: Plan) -> None:
        self.plans.append(plan)
        self._list_routines(plan.id)

    def _new_id(self, name: str) -> str:
        return new_id(name, [p.id for p in self.every_plan()])

    def _delete(self) -> None:
        plan = self.current_plan()
        if plan is None or plan.preset:
            return
        self.plans = [p for p in self.plans if p.id != plan.id]
        if self.chosen == plan.id:
            self.chosen = self.presets[0].id
        self._list_routines(self.chosen)

    def _renamed(self, text: str) -> None:
        plan = self.current_plan()
        if plan is not None and not plan.preset:
            self._replace(replace(plan, name=text))

    # --- the exercises of one routine -------------------------------------------------
    def _list_items(self, plan: Plan, current: int) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in enumerate(plan.items, start=1):
            exercise = self.library.find(item.exercise_id)
            entry = QListWidgetItem(words.listed_item(number, exercise, item.dose, self.timings))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self.items.setCurrentRow(min(current, self.items.count() - 1))
        self._show_dose()
        self._show_total(plan)

    def _show_total(self, plan: Plan) -> None:
        self.total.setText(words.total(plan, self.library, self.timings))
        self.problem.setText(words.unfinished(self.plans))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            all(p.items and p.name.strip() for p in self.plans)
        )
        self._enable_order_buttons()

    def _enable_order_buttons(self) -> None:
        row, count = self.items.currentRow(), self.items.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.dose.setEnabled(row >= 0)

    def _own_plan(self) -> Plan | None:
        plan = self.current_plan()
        return plan if plan is not None and not plan.preset else None

    def _add(self) -> None:
        plan = self._own_plan()
        if plan is not None and self.choice.currentData():
            items = (*plan.items, PlanItem(self.choice.currentData()))
            self._replace(replace(plan, items=items), len(items) - 1)

    def _remove(self) -> None:
        plan, row = self._own_plan(), self.items.currentRow()
        if plan is not None and 0 <= row < len(plan.items):
            items = plan.items[:row] + plan.items[row + 1 :]
            self._replace(replace(plan, items=items), max(0, row - 1))

    def _move(self, by: int) -> None:
        plan, row = self._own_plan(), self.items.currentRow()
        if plan is None or not 0 <= row + by < len(plan.items) or row < 0:
            return
        items = list(plan.items)
        items[row], items[row + by] = items[row + by], items[row]
        self._replace(replace(plan, items=tuple(items)), row + by)

    def _rows_dragged(self) -> None:
        plan = self._own_plan()
        if plan is None:
            return
        items = tuple(
            self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
        )
        self._replace(replace(plan, items=items), self.items.currentRow())

    def _show_dose(self) -> None:
        """The dose box for the chosen exercise: its own number, or 'Usual'."""
        plan, row = self.current_plan(), self.items.currentRow()
        self._enable_order_buttons()
        if plan is None or not 0 <= row < len(plan.items):
            return
        item = plan.items[row]
        exercise = self.library.find(item.exercise_id)
        hold = exercise is None or exercise.kind is Kind.HOLD
        low, high = DOSE_LIMITS["hold_seconds" if hold else "reps"]
        self.dose.blockSignals(True)
        self.dose.setRange(low - 1, high)  # one below the range means "the usual"
        suffix, text = words.dose_words(exercise, hold)
        self.dose.setSuffix(suffix)
        self.dose_label.setText(text)
        own = item.dose.hold_seconds if hold else item.dose.reps
        self.dose.setValue(own if own is not None else low - 1)
        self.dose.blockSignals(False)

    def _dose_changed(self, value: int) -> None:
        plan, row = self._own_plan(), self.items.currentRow()
        if plan is None or not 0 <= row < len(plan.items):
            return
        item = plan.items[row]
        exercise = self.library.find(item.exercise_id)
        key = "hold_seconds" if exercise is None or exercise.kind is Kind.HOLD else "reps"
        amount = None if value == self.dose.minimum() else value
        items = list(plan.items)
        items[row] = replace(item, dose=replace(item.dose, **{key: amount}))
        self._replace(replace(plan, items=tuple(items)))
        self.items.item(row).setText(
            words.listed_item(row + 1, exercise, items[row].dose, self.timings)
        )
        self.items.item(row).setData(Qt.ItemDataRole.UserRole, items[row])

    def _paper(self, printing: bool) -> None:
        if (plan := self.current_plan()) is not None:  # as shown, saved or not
            self.paper_requested.emit((printing, to_routine(plan, self.library)))

    def _save(self) -> None:
        plan = self.current_plan()
        if plan is not None and plan.items:
            self.chosen = plan.id  # the routine looked at last is the one Start runs
        plans, self.chosen = words.as_saved(self.plans, self.presets, self._saved_ids, self.chosen)
        self.saved.emit(plans, self.chosen)
        self.accept()
