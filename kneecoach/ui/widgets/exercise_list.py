"""The home page's two panes: the exercises with thumbnails, and the chosen one in detail."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.catalogue import Exercise, Joint, Kind
from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.my_exercises import Library
from kneecoach.core.routine import Timings, dose_text
from kneecoach.ui.platform.theme import button, is_dark
from kneecoach.ui.widgets.plain_words import Paragraphs, StepList, plain_label
from kneecoach.ui.widgets.vertical_scroll import VerticalScroll

THUMBNAIL = QSize(96, 72)
# The detail page's pictures, as an exercise sheet shows a movement: start and end, each side.
PICTURES = (("right", "start"), ("right", "hold"), ("left", "start"), ("left", "hold"))
# The joint as a screen reader says it in the list; shown through translate("ExerciseList", ...).
JOINT_WORDS = {
    Joint.ANKLE: QT_TRANSLATE_NOOP("ExerciseList", "ankle"),
    Joint.HIP: QT_TRANSLATE_NOOP("ExerciseList", "hip"),
}


def shown_dosage(exercise: Exercise, timings: Timings) -> str:
    """The hold a session will ask for, which follows the settings; for reps, the
    article's own range ('10–15 reps each direction')."""
    return exercise.dosage if exercise.kind is Kind.REPS else dose_text(exercise, timings)


class ExerciseList(QListWidget):
    exercise_chosen = Signal(object)  # Exercise

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ExerciseList", "Exercises"))
        self.setAccessibleDescription(
            translate("ExerciseList", "The exercises of the routine; choose one to read how")
        )
        self.setIconSize(THUMBNAIL)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setMinimumWidth(340)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pictures_enabled = False  # drawn once the window is up, to open it sooner
        self.currentItemChanged.connect(self._on_current)

    def set_exercises(
        self, exercises: tuple[Exercise, ...], timings: Timings, current: str = ""
    ) -> None:
        """List `exercises`, keeping the one with id `current` chosen when it is still there."""
        self.clear()
        for number, exercise in enumerate(exercises, start=1):
            dosage = shown_dosage(exercise, timings)
            item = QListWidgetItem(f"{exercise.name}\n{dosage}")
            item.setData(Qt.ItemDataRole.UserRole, exercise)
            spoken = (
                translate("ExerciseList", "{number}. {name} (your own), {joint}, {dosage}")
                if exercise.custom
                else translate("ExerciseList", "{number}. {name}, {joint}, {dosage}")
            )
            joint = JOINT_WORDS.get(exercise.joint)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                spoken.format(
                    number=number,
                    name=exercise.name,
                    joint=translate("ExerciseList", joint) if joint else exercise.joint.value,
                    dosage=dosage,
                ),
            )
            self.addItem(item)
        ids = [e.id for e in exercises]
        self.setCurrentRow(ids.index(current) if current in ids else 0)
        if self.pictures_enabled:
            self.load_pictures()

    def load_pictures(self) -> None:
        from kneecoach.ui.widgets import illustrations

        self.pictures_enabled = True
        dark = is_dark()
        ratio = self.devicePixelRatioF()
        for row in range(self.count()):
            item = self.item(row)
            exercise = item.data(Qt.ItemDataRole.UserRole)
            picture = illustrations.render(
                exercise.id, THUMBNAIL, dark, ratio=ratio, picture=exercise.picture, tile=True
            )
            icon = QIcon(picture)
            # A selected row keeps the picture as it is: no tint from the highlight colour.
            icon.addPixmap(picture, QIcon.Mode.Selected)
            item.setIcon(icon)

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.exercise_chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class ExerciseDetail(QWidget):
    """One exercise: the picture large, the numbered steps, its dosage, the joint it
    helps and why, and a button that runs it on its own. The user's own exercises
    can be changed or deleted here; the built-in ones only hidden."""

    try_requested = Signal(object)  # Exercise
    edit_requested = Signal(object)  # Exercise, one of the user's own
    delete_requested = Signal(object)  # Exercise, one of the user's own
    hide_requested = Signal(object)  # Exercise, a built-in one

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.timings = Timings()  # the user's, set by the window: the dosage shown follows them
        self.exercise: Exercise | None = None
        self.pictures_enabled = False  # drawn once the window is up, to open it sooner
        self.pictures = {key: self._picture_label() for key in PICTURES}
        self.picture = self.pictures[("right", "hold")]  # the one shown for the user's own
        self.captions = {key: QLabel() for key in PICTURES}
        # Plain labels, not rich text (see plain_words), even for a name typed with a '<'.
        self.name = plain_label()  # wrapped: a long name in large type takes two lines
        self.name.setProperty("role", "title")
        self.dosage = plain_label()  # wrapped: with the joint beside it, long in some languages
        self.dosage.setProperty("role", "heading")
        self.steps = StepList()
        self.why = Paragraphs(2, "muted")  # the joint's reason, then the kinetic chain
        self.try_button = QPushButton(translate("ExerciseDetail", "Try this one"))
        self.try_button.setAccessibleName(
            translate("ExerciseDetail", "Try this exercise on its own")
        )
        self.try_button.setToolTip(
            translate("ExerciseDetail", "Run just this exercise, with its timers and chimes")
        )
        self.try_button.setMinimumHeight(40)
        self.try_button.clicked.connect(lambda: self._ask(self.try_requested))
        self.edit_button = button(
            translate("ExerciseDetail", "Edit…"),
            translate("ExerciseDetail", "Change this exercise"),
            lambda: self._ask(self.edit_requested),
        )
        self.delete_button = button(
            translate("ExerciseDetail", "Delete…"),
            translate("ExerciseDetail", "Delete this exercise of yours"),
            lambda: self._ask(self.delete_requested),
        )
        self.hide_button = button(
            translate("ExerciseDetail", "Hide", "leave an exercise out"),
            translate(
                "ExerciseDetail",
                "Leave this exercise out of the list, the default routine and the presets",
            ),
            lambda: self._ask(self.hide_requested),
        )
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._picture_grid(), 3)
        words = QWidget()
        # On a small screen, with notices above, the words scroll: the window stays on screen.
        layout.addWidget(VerticalScroll(words, translate("ExerciseDetail", "How to do it")), 2)
        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.try_button)
        manage_row = QHBoxLayout()
        manage_row.addStretch(1)
        for widget in (self.edit_button, self.delete_button, self.hide_button):
            manage_row.addWidget(widget)
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addLayout(title_row)
        for label in (self.dosage, self.steps, self.why):
            words_layout.addWidget(label)
        words_layout.addLayout(manage_row)
        words_layout.addStretch(1)

    @staticmethod
    def _picture_label() -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(112, 84)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        return label

    def minimumSizeHint(self) -> QSize:
        """Tall enough for the captions as they wrap at this width (the splitter and
        the scrolling pane around it ask only for the height without wrapping)."""
        size = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return size
        wrapped = layout.minimumHeightForWidth(max(self.width(), size.width()))
        return QSize(size.width(), max(size.height(), wrapped))

    def _picture_grid(self) -> QGridLayout:
        """In a row, as an exercise sheet shows a movement: the right side's start and
        end, then the left side's."""
        grid = _PictureGrid()
        grid.setSpacing(4)
        for column, key in enumerate(PICTURES):
            caption = self.captions[key]
            caption.setProperty("role", "muted")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            grid.addWidget(self.pictures[key], 0, column)
            grid.addWidget(caption, 1, column)
        grid.setRowStretch(0, 1)
        return grid

    def _ask(self, signal: SignalInstance) -> None:
        if self.exercise is not None:
            signal.emit(self.exercise)

    def show_exercise(self, exercise: Exercise) -> None:
        self.exercise = exercise
        joint = self.library.joints.get(exercise.joint.value)
        self.name.setText(exercise.name)
        dosage = shown_dosage(exercise, self.timings)
        self.dosage.setText(f"{dosage}  ·  {joint.name if joint else exercise.joint}")
        self.steps.set_steps(exercise.steps, " ".join(exercise.cautions))
        chain = self.library.advice.chain if self.library.advice else ""
        self.why.set_paragraphs(
            translate("ExerciseDetail", "Why it helps:"), (joint.why if joint else "", chain)
        )
        self.edit_button.setVisible(exercise.custom)
        self.delete_button.setVisible(exercise.custom)
        self.hide_button.setVisible(not exercise.custom)
        self.setAccessibleName(
            translate("ExerciseDetail", "{exercise}: how to do it").format(exercise=exercise.name)
        )
        self.setAccessibleDescription(" ".join(exercise.steps))
        self._draw_picture()

    def load_pictures(self) -> None:
        self.pictures_enabled = True
        self._draw_picture()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the captions wrap anew: see minimumSizeHint
        self._draw_picture()

    def _draw_picture(self) -> None:
        exercise = self.exercise
        if exercise is None or self.picture.height() < 10 or not self.pictures_enabled:
            return
        from kneecoach.ui.widgets import illustrations

        dark, ratio = is_dark(), self.devicePixelRatioF()
        # The user's own exercise has one picture; the built-in ones, start and end of each side.
        one = exercise.custom
        for (side, moment), label in self.pictures.items():
            shown = not one or label is self.picture
            label.setVisible(shown)
            self.captions[(side, moment)].setVisible(not one)
            if not shown:
                continue
            label.setPixmap(
                illustrations.render(
                    exercise.id,
                    label.size(),
                    dark,
                    mirrored=side == "left",
                    ratio=ratio,
                    picture=exercise.picture,
                    moment=moment,
                )
            )
            words = _picture_words(side, moment)
            self.captions[(side, moment)].setText(words)
            label.setAccessibleName(
                translate("ExerciseDetail", "Picture: {exercise}").format(exercise=exercise.name)
                + ("" if one else f", {words}")
            )


class _PictureGrid(QGridLayout):
    """The pictures above their captions. The pictures follow the room they are given
    (their policy ignores their own size), so Qt's height for a width leaves them out;
    a box layout takes that height as the grid's least, and would lay the captions over
    the pictures: the least the grid can take is the height it asks for."""

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.minimumHeightForWidth(width))


def _picture_words(side: str, moment: str) -> str:
    if side == "right":
        if moment == "start":
            return translate("ExerciseDetail", "Right side: start", "a picture's caption")
        return translate("ExerciseDetail", "Right side: end", "a picture's caption")
    if moment == "start":
        return translate("ExerciseDetail", "Left side: start", "a picture's caption")
    return translate("ExerciseDetail", "Left side: end", "a picture's caption")
