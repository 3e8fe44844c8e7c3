"""User settings with defaults and per-key validation.

A hand-edited bad value falls back to that key's default and is reported; the
other keys keep their values, and keys this version does not know are kept so
a newer version's settings survive a round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from kneecoach.core.i18n import PSEUDO_LANGUAGES, SHIPPED_LANGUAGES, translate
from kneecoach.core.routine import Timings
from kneecoach.core.settings_file import THEMES
from kneecoach.core.streaks import DAYS_A_WEEK, DEFAULT_WEEKLY_GOAL

# "system" follows the computer's languages; the pseudo-locales are for testing layouts.
LANGUAGES = ("system", *SHIPPED_LANGUAGES, *PSEUDO_LANGUAGES)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_REMINDERS_A_DAY = 6
WINDOW_CLOSE_CHOICES = ("ask", "keep-reminding", "quit")


@dataclass(frozen=True)
class Settings:
    hold_seconds: int = 30
    reps: int = 12
    rep_pace: float = 3.0
    get_ready_seconds: int = 5
    switch_seconds: int = 5
    rest_seconds: int = 10
    sounds: bool = True
    volume: int = 70
    voice_cues: bool = False
    breathing_pacer: bool = True
    moving_figures: bool = True  # off: still pictures, for those who prefer less motion
    theme: str = "system"
    language: str = "system"  # applies from the next start
    start_fullscreen: bool = False
    reminders: bool = True
    reminder_times: tuple[str, ...] = ("18:00",)  # local "HH:MM"
    reminder_days: tuple[str, ...] = WEEKDAYS
    start_at_login: bool = False
    weekly_goal: int = DEFAULT_WEEKLY_GOAL  # days a week; the rest are rest days
    progression: bool = False  # offer longer holds after a week of regular practice
    # Ask for a pain check-in before the routine too: the before/after comparison is what
    # tells the pain rules that the routine itself makes pain rise.
    ask_pain_before: bool = True
    # Larger type still in the session, for those who practise further away or see less well.
    far_from_screen: bool = False
    # Closing the window where no tray icon can bring it back: ask once, then as answered.
    when_window_closes: str = "ask"

    def timings(self) -> Timings:
        return Timings(
            get_ready=self.get_ready_seconds,
            switch_sides=self.switch_seconds,
            rest=self.rest_seconds,
            rep_pace=self.rep_pace,
            hold_seconds=self.hold_seconds,
            reps=self.reps,
        )


# The allowed range (or choices) of each key; the type comes from the default.
LIMITS: dict[str, tuple[float, float] | tuple[str, ...]] = {
    "hold_seconds": (15, 90),
    "reps": (5, 15),  # the article's 10-15, and down to 5 when easing off for pain
    "rep_pace": (1.5, 8.0),
    "get_ready_seconds": (3, 30),
    "switch_seconds": (2, 30),
    "rest_seconds": (0, 120),
    "volume": (0, 100),
    "weekly_goal": (1, DAYS_A_WEEK),
    "theme": THEMES,
    "language": LANGUAGES,
    "when_window_closes": WINDOW_CLOSE_CHOICES,
}


def validate(table: Mapping[str, Any]) -> tuple[Settings, list[str], dict[str, Any]]:
    """Settings from a table: (settings, problems in plain words, unknown keys kept)."""
    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    for spec in fields(Settings):
        if spec.name not in table:
            continue
        value, problem = _check(spec.name, table[spec.name], getattr(defaults, spec.name))
        if problem:
            problems.append(problem)
        else:
            values[spec.name] = value
    known = {spec.name for spec in fields(Settings)}
    unknown = {k: v for k, v in table.items() if k not in known and k != "schema_version"}
    return replace(defaults, **values), problems, unknown


def _check(name: str, value: object, default: object) -> tuple[object, str | None]:
    fallback = translate("Settings", "the default, {value}, is used instead").format(
        value=_shown(default)
    )
    limits = LIMITS.get(name)
    if isinstance(default, tuple):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return None, translate("Settings", "{name} must be a list of texts; {fallback}").format(
                name=name, fallback=fallback
            )
        return LIST_CHECKS[name](name, tuple(value), fallback)
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value, None
        return None, translate("Settings", "{name} must be true or false; {fallback}").format(
            name=name, fallback=fallback
        )
    if isinstance(default, int | float):
        number_ok = isinstance(value, int | float) and not isinstance(value, bool)
        if isinstance(default, int) and not isinstance(value, int):
            number_ok = False
        if not number_ok:
            return None, translate("Settings", "{name} must be a number; {fallback}").format(
                name=name, fallback=fallback
            )
        assert isinstance(value, int | float) and limits is not None
        low, high = limits
        assert isinstance(low, int | float) and isinstance(high, int | float)
        if not low <= value <= high:
            return None, translate(
                "Settings", "{name} is {value}, outside {low}–{high}; {fallback}"
            ).format(name=name, value=value, low=low, high=high, fallback=fallback)
        return (float(value) if isinstance(default, float) else value), None
    if limits and value not in limits:
        return None, translate("Settings", "{name} must be one of {choices}; {fallback}").format(
            name=name, choices=", ".join(map(str, limits)), fallback=fallback
        )
    if not isinstance(value, str):
        return None, translate("Settings", "{name} must be a text; {fallback}").format(
            name=name, fallback=fallback
        )
    return value, None


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(map(repr, value)) + "]"
    return repr(value)


def _check_days(name: str, value: tuple[str, ...], fallback: str) -> tuple[object, str | None]:
    wrong = [v for v in value if v not in WEEKDAYS]
    if wrong or not value:
        return None, translate("Settings", "{name} must name days among {days}; {fallback}").format(
            name=name, days=", ".join(WEEKDAYS), fallback=fallback
        )
    return tuple(day for day in WEEKDAYS if day in value), None


def _check_times(name: str, value: tuple[str, ...], fallback: str) -> tuple[object, str | None]:
    times = {_normal_time(v) for v in value}
    if None in times or not 1 <= len(times) <= MAX_REMINDERS_A_DAY:
        return None, translate(
            "Settings", '{name} must be 1 to {most} times written like "{example}"; {fallback}'
        ).format(name=name, most=MAX_REMINDERS_A_DAY, example="18:00", fallback=fallback)
    return tuple(sorted(t for t in times if t)), None


# How each list setting is checked, once it is known to be a list of texts.
LIST_CHECKS: dict[str, Callable[[str, tuple[str, ...], str], tuple[object, str | None]]] = {
    "reminder_days": _check_days,
    "reminder_times": _check_times,
}


def _normal_time(text: str) -> str | None:
    """'7:05' or '07:05' → '07:05'; None when it is not a time of day."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return f"{int(hours):02d}:{minutes}"
