"""The editor for an exercise of the user's own: what it is, how it is dosed, how it is done.

What is typed goes through the same checks as the built-in catalogue, and the
first problem is shown in words beside the Save button.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.catalogue import (
    DIRECTIONS,
    SIDES,
    CatalogueError,
    Exercise,
    Joint,
    Kind,
    parse_exercise,
)
from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.my_exercises import PICTURE_TYPES
from kneecoach.ui.dialogs.scrolling_body import ScrollingBody
from kneecoach.ui.platform.theme import is_dark, label
from kneecoach.ui.screen_fit import keep_on_screen
from kneecoach.ui.widgets import illustrations

PREVIEW = QSize(200, 150)
# Marked here, translated where shown (in the "ExerciseEditor" context).
FIELD_NAMES = {
    "cautions": QT_TRANSLATE_NOOP("ExerciseEditor", "Cautions"),
    "hold_seconds": QT_TRANSLATE_NOOP("ExerciseEditor", "Hold"),
    "reps": QT_TRANSLATE_NOOP("ExerciseEditor", "Reps"),
}
# What an empty box means, said as what to do about it.
EMPTY = {
    "name": QT_TRANSLATE_NOOP("ExerciseEditor", "Give the exercise a name."),
    "steps": QT_TRANSLATE_NOOP("ExerciseEditor", "Write at least one step, one per line."),
}
KIND_NAMES = {
    Kind.HOLD: QT_TRANSLATE_NOOP("ExerciseEditor", "Hold a position"),
    Kind.REPS: QT_TRANSLATE_NOOP("ExerciseEditor", "Repeat a movement"),
}
JOINT_NAMES = {
    Joint.ANKLE: QT_TRANSLATE_NOOP("ExerciseEditor", "Ankle"),
    Joint.HIP: QT_TRANSLATE_NOOP("ExerciseEditor", "Hip"),
}


class ExerciseEditor(QDialog):
    def __init__(self, exercise: Exercise | None, new_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.original = exercise
        self.exercise_id = exercise.id if exercise else new_id
        self.picture = exercise.picture if exercise else ""  # the path shown now
        self.setWindowTitle(
            translate("ExerciseEditor", "Edit your exercise")
            if exercise
            else translate("ExerciseEditor", "Add your own exercise")
        )
        self.setMinimumWidth(560)
        form = QFormLayout()
        self._what_it_is(form)
        self._dosage(form)
        self._how_it_is_done(form)
        form.addRow(translate("ExerciseEditor", "Picture"), self._picture_row())
        self.problem = label("", "warning", wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(form, self.windowTitle()), 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._fill(exercise)
        self.name.setFocus()
        keep_on_screen(self)

    # --- building the form ------------------------------------------------------
    def _what_it_is(self, form: QFormLayout) -> None:
        """The rows for its name, the joint it helps and whether it is held or repeated."""
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ExerciseEditor", "Name"))
        self.name.setPlaceholderText(translate("ExerciseEditor", "e.g. Bridge"))
        self.joint = QComboBox()
        self.joint.setAccessibleName(translate("ExerciseEditor", "Joint"))
        for joint in Joint:
            name = JOINT_NAMES.get(joint)
            shown = translate("ExerciseEditor", name) if name else joint.value.capitalize()
            self.joint.addItem(shown, joint.value)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ExerciseEditor", "Kind", "hold or repeat"))
        for kind, text in KIND_NAMES.items():
            self.kind.addItem(translate("ExerciseEditor", text), kind.value)
        form.addRow(translate("ExerciseEditor", "Name"), self.name)
        form.addRow(
            translate("ExerciseEditor", "Helps your", "followed by a joint: ankle or hip"),
            self.joint,
        )
        form.addRow(translate("ExerciseEditor", "Kind", "hold or repeat"), self.kind)

    def _dosage(self, form: QFormLayout) -> None:
        """The row for how long or how often, and whether on both sides (or directions)."""
        self.amount = QSpinBox()
        self.amount.setAccessibleName(translate("ExerciseEditor", "Dosage"))
        self.both = QCheckBox()
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.amount)
        dose_row.addWidget(self.both, 1)
        form.addRow(translate("ExerciseEditor", "Dosage"), dose_row)

    def _how_it_is_done(self, form: QFormLayout) -> None:
        """The rows for its steps and its cautions, one a line."""
        self.steps = QPlainTextEdit()
        self.steps.setAccessibleName(translate("ExerciseEditor", "Steps"))
        self.steps.setPlaceholderText(translate("ExerciseEditor", "One step per line, in order"))
        self.steps.setTabChangesFocus(True)
        self.steps.setMinimumHeight(130)
        self.cautions = QPlainTextEdit()
        self.cautions.setAccessibleName(translate("ExerciseEditor", "Cautions"))
        self.cautions.setPlaceholderText(
            translate(
                "ExerciseEditor", "Optional, one per line, e.g. Go only as far as is comfortable."
            )
        )
        self.cautions.setTabChangesFocus(True)
        self.cautions.setMaximumHeight(90)
        form.addRow(translate("ExerciseEditor", "Steps"), self.steps)
        form.addRow(translate("ExerciseEditor", "Cautions"), self.cautions)

    def _picture_row(self) -> QHBoxLayout:
        """The picture as it will be shown, with buttons to choose one or go without."""
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(translate("ExerciseEditor", "Choose picture…"))
        choose.setAccessibleName(translate("ExerciseEditor", "Choose a picture"))
        choose.clicked.connect(self._choose_picture)
        self.clear_picture = QPushButton(translate("ExerciseEditor", "No picture"))
        self.clear_picture.setToolTip(translate("ExerciseEditor", "Show the plain figure instead"))
        self.clear_picture.clicked.connect(lambda: self.set_picture(""))
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(choose)
        picture_buttons.addWidget(self.clear_picture)
        picture_buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.preview)
        picture_row.addLayout(picture_buttons)
        return picture_row

    # --- filling and reading ----------------------------------------------------
    def _fill(self, exercise: Exercise | None) -> None:
        if exercise is None:
            self._kind_changed()
            self.amount.setValue(30)
            self.both.setChecked(True)
        else:
            self.name.setText(exercise.name)
            self.joint.setCurrentIndex(self.joint.findData(exercise.joint.value))
            self.kind.setCurrentIndex(self.kind.findData(exercise.kind.value))
            self._kind_changed()
            hold = exercise.kind is Kind.HOLD
            self.amount.setValue(exercise.hold_seconds if hold else exercise.reps)
            self.both.setChecked(len(exercise.sides if hold else exercise.directions) > 1)
            self.steps.setPlainText("\n".join(exercise.steps))
            self.cautions.setPlainText("\n".join(exercise.cautions))
        self.set_picture(self.picture)
        self.problem.hide()

    def chosen_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        if self.chosen_kind() is Kind.HOLD:
            self.amount.setRange(1, 600)
            self.amount.setSuffix(translate("ExerciseEditor", " s", "after a number of seconds"))
            self.both.setText(translate("ExerciseEditor", "on each side, one after the other"))
        else:
            self.amount.setRange(1, 200)
            self.amount.setSuffix(
                translate("ExerciseEditor", " reps", "after a number of repetitions")
            )
            self.both.setText(translate("ExerciseEditor", "in each direction, one after the other"))

    def table(self) -> dict[str, object]:
        """What is typed, as an [[exercise]] table for the catalogue's checks."""
        kind = self.chosen_kind()
        table: dict[str, object] = {
            "id": self.exercise_id,
            "name": self.name.text(),
            "joint": self.joint.currentData(),
            "kind": kind.value,
            "steps": _lines(self.steps),
            "cautions": _lines(self.cautions),
        }
        amount, both = self.amount.value(), self.both.isChecked()
        before = self.original
        if kind is Kind.HOLD:
            table |= {"hold_seconds": amount, "sides": list(SIDES if both else SIDES[:1])}
            if before is not None and before.side_means:  # written by hand: kept as it was
                table["side_means"] = before.side_means
        else:
            low, high = amount, amount
            if before is not None and before.reps_min <= amount <= before.reps_max:
                low, high = before.reps_min, before.reps_max  # a range written by hand
            directions = list(DIRECTIONS if both else DIRECTIONS[:1])
            table |= {"reps": amount, "reps_min": low, "reps_max": high}
            table["directions"] = directions
        return table

    def exercise(self) -> Exercise | None:
        """The exercise as typed, or None (with the problem shown) when it is not right."""
        try:
            exercise = parse_exercise(self.table(), "the editor", 1, custom=True)
        except CatalogueError as error:
            empty = EMPTY.get(error.field_name)
            if empty:
                self._show_problem(translate("ExerciseEditor", empty))
                return None
            name = FIELD_NAMES.get(error.field_name)
            field = translate("ExerciseEditor", name) if name else error.field_name
            self._show_problem(
                translate("ExerciseEditor", "{field}: {problem}.").format(
                    field=field, problem=error.problem
                )
            )
            return None
        return replace(exercise, picture=self.picture)

    @property
    def picture_is_new(self) -> bool:
        """True when the picture was chosen here and still needs copying into the data folder."""
        return bool(self.picture) and self.picture != (
            self.original.picture if self.original else ""
        )

    # --- the picture --------------------------------------------------------------
    def _choose_picture(self) -> None:
        patterns = " ".join(f"*{t}" for t in PICTURE_TYPES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ExerciseEditor", "Choose a picture for this exercise"),
            str(Path.home()),
            translate(
                "ExerciseEditor", "Pictures ({patterns})", "file type filter; keep the brackets"
            ).format(patterns=patterns),
        )
        if path:
            self.set_picture(path)

    def set_picture(self, path: str) -> bool:
        """Show `path` (or the plain figure for ""); False, with the reason, if it is no picture."""
        if path:
            reader = QImageReader(path)
            reader.setAutoTransform(True)  # a phone photo taken sideways shows upright
            if Path(path).suffix.lower() not in PICTURE_TYPES or not reader.canRead():
                self._show_problem(
                    translate(
                        "ExerciseEditor", "{file} is not a picture KneeCoach can show."
                    ).format(file=Path(path).name)
                )
                return False
        self.picture = path
        pixmap: QPixmap = illustrations.render(
            self.exercise_id, PREVIEW, is_dark(), ratio=self.devicePixelRatioF(), picture=path
        )
        self.preview.setPixmap(pixmap)
        self.preview.setAccessibleName(
            translate("ExerciseEditor", "Picture chosen")
            if path
            else translate("ExerciseEditor", "No picture: the plain figure")
        )
        self.clear_picture.setEnabled(bool(path))
        self.problem.hide()
        return True

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _save(self) -> None:
        if self.exercise() is not None:
            self.accept()


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
