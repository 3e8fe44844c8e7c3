"""Dates and counts in words, said the same way on every page.

Fixed English names rather than strftime: the app's text is English, and the
computer's locale must not change what a label or the screen reader says.
"""

from __future__ import annotations

from datetime import date

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_abbreviation(month: int) -> str:
    return MONTH_NAMES[month - 1][:3]


def long_date(day: date) -> str:
    """'Tuesday 3 November 2026'."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def short_date(day: date, with_year: bool = True) -> str:
    """'3 Nov 2026', or '3 Nov'."""
    text = f"{day.day} {month_abbreviation(day.month)}"
    return f"{text} {day.year}" if with_year else text


def weekday_date(day: date) -> str:
    """'Tue 3 Nov 2026', for tables."""
    return f"{DAY_NAMES[day.weekday()][:3]} {short_date(day)}"


def month_and_year(year: int, month: int) -> str:
    """'November 2026'."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def counted(count: int, noun: str, plural: str = "") -> str:
    """'1 day', '3 days'; `plural` for nouns whose plural does not just add an s."""
    return f"{count} {noun}" if count == 1 else f"{count} {plural or noun + 's'}"
