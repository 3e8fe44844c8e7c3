"""The settings dialog: reminders, the routine's timings, sound and display.

The ranges come from the core's LIMITS, so the dialog cannot offer a value the
settings file would refuse; the result goes through the same validation.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate
from kneecoach.core.progression import CEILING, STEP
from kneecoach.core.settings import LIMITS, WEEKDAYS, Settings, validate
from kneecoach.core.wording import day_name
from kneecoach.ui.dialogs import closing
from kneecoach.ui.dialogs.reminder_times import ReminderTimes
from kneecoach.ui.dialogs.scrolling_body import ScrollingBody
from kneecoach.ui.platform.language import LANGUAGE_NAMES
from kneecoach.ui.platform.theme import label
from kneecoach.ui.screen_fit import keep_on_screen
from kneecoach.ui.widgets.wrapping_check import WrappingCheckBox

# Shown through translate("SettingsDialog", ...); the keys are what the settings file keeps.
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        starts_at_login: bool,
        parent: QWidget | None = None,
        menu_offer: QWidget | None = None,  # shown where KneeCoach is not in the menu
    ) -> None:
        super().__init__(parent)
        self.menu_offer = menu_offer
        self.setWindowTitle(translate("SettingsDialog", "KneeCoach settings"))
        self.setMinimumWidth(520)
        self.problem = QLabel()
        self.problem.setProperty("role", "warning")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self._fill(Settings()))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.windowTitle())
        for page, title in (
            (self._reminders_tab(settings), translate("SettingsDialog", "Reminders")),
            (self._routine_tab(), translate("SettingsDialog", "Routine")),
            (
                self._sound_tab(),
                translate("SettingsDialog", "Sound && display", "tab title; && shows as one &"),
            ),
        ):  # each tab scrolls where the screen is short, the buttons stay in view
            self.tabs.addTab(ScrollingBody(page, title.replace("&&", "&")), title)
        # Each setting shown by one plain widget, by its key: filled and read in one place.
        self.fields: dict[str, QCheckBox | QSpinBox | QDoubleSpinBox | QSlider | QComboBox] = {
            key: getattr(self, key)
            for key in asdict(settings)
            if key not in ("reminder_times", "reminder_days")
        }
        self._fill(settings)
        self.start_at_login.setChecked(starts_at_login)  # what this computer does now
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()
        keep_on_screen(self)

    # --- tabs --------------------------------------------------------------
    def _reminders_tab(self, settings: Settings) -> QWidget:
        page = QWidget()
        self.reminders = QCheckBox(translate("SettingsDialog", "Remind me every day"))
        self.reminder_times = ReminderTimes(settings.reminder_times)
        self.reminder_times.changed.connect(self._check)
        self.day_boxes: dict[str, QCheckBox] = {}
        days = QGridLayout()
        for index, key in enumerate(WEEKDAYS):
            box = QCheckBox(day_name(index, short=True))
            box.setAccessibleName(
                translate("SettingsDialog", "Remind on {day}").format(day=day_name(index))
            )
            box.toggled.connect(self._check)
            days.addWidget(box, 0, index)
            self.day_boxes[key] = box
        self.start_at_login = WrappingCheckBox(closing.start_at_login_text())
        self.when_window_closes = closing.closing_choice_box()
        self.reminders.toggled.connect(self._check)
        form = QFormLayout(page)
        form.addRow(self.reminders)
        form.addRow(translate("SettingsDialog", "At", "reminder times"), self.reminder_times)
        form.addRow(translate("SettingsDialog", "On", "reminder days"), days)
        form.addRow(self.start_at_login)
        form.addRow(closing.closing_choice_label(), self.when_window_closes)
        if self.menu_offer is not None:
            form.addRow(self.menu_offer)
        return page

    def _routine_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._timing_rows(form)
        self._progression_rows(form)
        self._goal_rows(form)
        self._check_in_rows(form)
        return page

    def _check_in_rows(self, form: QFormLayout) -> None:
        """Whether the routine starts by asking how the knee is."""
        self.ask_pain_before = WrappingCheckBox(
            translate("SettingsDialog", "Ask how my knee is before each routine")
        )
        self.ask_pain_before.setAccessibleDescription(
            translate(
                "SettingsDialog",
                "With the answer after the routine, it shows whether the exercises ease your knee",
            )
        )
        form.addRow(self.ask_pain_before)

    def _timing_rows(self, form: QFormLayout) -> None:
        """How long each hold, count, pause and rest is, and the dosage the article gives."""
        self.hold_seconds = self._spin(
            "hold_seconds", translate("SettingsDialog", " s each side", "after a number")
        )
        self.reps = self._spin(
            "reps", translate("SettingsDialog", " each direction", "after a number of reps")
        )
        self.rep_pace = QDoubleSpinBox()
        low, high = LIMITS["rep_pace"]
        self.rep_pace.setRange(float(low), float(high))
        self.rep_pace.setSingleStep(0.5)
        self.rep_pace.setSuffix(translate("SettingsDialog", " s per rep", "after a number"))
        seconds = translate("SettingsDialog", " s", "seconds, after a number")
        self.get_ready_seconds = self._spin("get_ready_seconds", seconds)
        self.get_ready_seconds.setToolTip(
            translate(
                "SettingsDialog",
                "At least this long. An exercise with several set-up steps gets longer: "
                "time to read each of them on its own.",
            )
        )
        self.switch_seconds = self._spin("switch_seconds", seconds)
        self.rest_seconds = self._spin("rest_seconds", seconds)
        form.addRow(translate("SettingsDialog", "Hold each stretch"), self.hold_seconds)
        form.addRow(translate("SettingsDialog", "Ankle circles"), self.reps)
        form.addRow(translate("SettingsDialog", "Rep pace"), self.rep_pace)
        form.addRow(translate("SettingsDialog", "Get ready"), self.get_ready_seconds)
        form.addRow(translate("SettingsDialog", "Switch sides"), self.switch_seconds)
        form.addRow(translate("SettingsDialog", "Rest between exercises"), self.rest_seconds)
        form.addRow(
            label(
                translate(
                    "SettingsDialog",
                    "The article's dosage is a 30-second hold and 10–15 ankle circles each "
                    "direction. Exercises you added keep the dosage you gave them.",
                ),
                "muted",
                wrap=True,
            )
        )

    def _progression_rows(self, form: QFormLayout) -> None:
        """Whether longer holds are offered as the user progresses, and how."""
        self.progression = WrappingCheckBox(
            translate("SettingsDialog", "Offer longer holds as I progress")
        )
        self.progression.setAccessibleDescription(
            translate(
                "SettingsDialog",
                "After a week of regular practice, offer holds {step} seconds longer, "
                "up to {ceiling}",
            ).format(step=STEP, ceiling=CEILING)
        )
        form.addRow(self.progression)
        form.addRow(
            label(
                translate(
                    "SettingsDialog",
                    "After a week of regular practice KneeCoach offers {step} s more (up to "
                    "{ceiling} s), and offers to step back if your pain check-ins go up. "
                    "It only asks.",
                ).format(step=STEP, ceiling=CEILING),
                "muted",
                wrap=True,
            )
        )

    def _goal_rows(self, form: QFormLayout) -> None:
        """The weekly goal, and what it means for rest days."""
        self.weekly_goal = self._spin(
            "weekly_goal", translate("SettingsDialog", " days a week", "after a number")
        )
        self.weekly_goal.setAccessibleName(translate("SettingsDialog", "Weekly goal"))
        form.addRow(translate("SettingsDialog", "Weekly goal"), self.weekly_goal)
        form.addRow(
            label(
                translate(
                    "SettingsDialog",
                    "The days you do not need for your goal are rest days: they keep your "
                    "streak going.",
                ),
                "muted",
                wrap=True,
            )
        )

    def _sound_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.sounds = QCheckBox(translate("SettingsDialog", "Chimes at each step"))
        self.volume = QSlider()
        self.volume.setOrientation(self.volume.orientation().Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(translate("SettingsDialog", "Chime volume"))
        self.voice_cues = WrappingCheckBox(
            translate("SettingsDialog", "Spoken cues (where the computer has a voice)")
        )
        self.breathing_pacer = WrappingCheckBox(
            translate("SettingsDialog", "Breathing guide during holds")
        )
        self.moving_figures = WrappingCheckBox(
            translate("SettingsDialog", "Moving figures (off: still pictures, less motion)")
        )
        self.far_from_screen = WrappingCheckBox(
            translate("SettingsDialog", "Far from the screen: larger type during the routine")
        )
        self.theme = QComboBox()
        for key, name in THEME_NAMES.items():
            self.theme.addItem(translate("SettingsDialog", name), key)  # shown name, stored key
        self.theme.setAccessibleName(translate("SettingsDialog", "Theme"))
        self.start_fullscreen = QCheckBox(translate("SettingsDialog", "Start in full screen"))
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "As the computer is set"), "system")
        for key, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, key)
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language.setAccessibleDescription(
            translate("SettingsDialog", "A new language is used from the next start of KneeCoach.")
        )
        self.language.setToolTip(self.language.accessibleDescription())
        form.addRow(self.sounds)
        form.addRow(translate("SettingsDialog", "Volume"), self.volume)
        form.addRow(self.voice_cues)
        from kneecoach.ui.platform.sound_check import SoundTests  # loads sound only when tested

        self.sound_tests = SoundTests(self.volume.value)
        form.addRow(self.sound_tests)
        form.addRow(self.breathing_pacer)
        form.addRow(self.moving_figures)
        form.addRow(self.far_from_screen)
        form.addRow(translate("SettingsDialog", "Theme"), self.theme)
        form.addRow(self.start_fullscreen)
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        return page

    def _spin(self, key: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        low, high = LIMITS[key]
        spin.setRange(int(low), int(high))
        spin.setSuffix(suffix)
        return spin

    # --- values ------------------------------------------------------------
    def _fill(self, settings: Settings) -> None:
        self.reminder_times.set_times(settings.reminder_times)
        for key, box in self.day_boxes.items():
            box.setChecked(key in settings.reminder_days)
        for key, widget in self.fields.items():
            value = getattr(settings, key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setValue(value)

    def _check(self) -> None:
        days = [key for key, box in self.day_boxes.items() if box.isChecked()]
        problem = ""
        if self.reminders.isChecked() and not days:
            problem = translate("SettingsDialog", "Choose at least one day for your reminder.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def chosen(self, base: Settings) -> Settings:
        """The settings as chosen here; keys the dialog does not show keep `base`'s values."""
        table = asdict(base)
        for key, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                table[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                table[key] = widget.currentData()
            elif isinstance(widget, QDoubleSpinBox):
                table[key] = round(widget.value(), 2)
            else:
                table[key] = widget.value()
        days = [key for key, box in self.day_boxes.items() if box.isChecked()]
        table["reminder_times"] = self.reminder_times.times()
        table["reminder_days"] = days or list(base.reminder_days)
        settings, problems, _ = validate(table)
        assert not problems, problems  # the widgets' ranges are the core's limits
        return settings
