"""Dates, times and numbers in words, said the same way on every page.

Each date is written with a Qt date pattern that translators adapt to their
language ("dddd d MMMM yyyy" becomes "dddd, d. MMMM yyyy" in German); the names
of days and months come from the user's locale through `i18n.formats()`.
"""

from __future__ import annotations

from datetime import date

from kneecoach.core.i18n import formats, translate


def day_name(weekday: int, short: bool = False) -> str:
    """'Monday', or 'Mon', for 0 = Monday."""
    return formats().day_name(weekday, short)


def long_date(day: date) -> str:
    """'Tuesday 3 November 2026'."""
    return formats().date(day, translate("Wording", "dddd d MMMM yyyy", "long date pattern"))


def short_date(day: date, with_year: bool = True) -> str:
    """'3 Nov 2026', or '3 Nov'."""
    if with_year:
        return formats().date(day, translate("Wording", "d MMM yyyy", "short date pattern"))
    return formats().date(day, translate("Wording", "d MMM", "day and month pattern"))


def weekday_date(day: date) -> str:
    """'Tue 3 Nov 2026', for tables."""
    return formats().date(day, translate("Wording", "ddd d MMM yyyy", "table date pattern"))


def month_abbreviation(month: int) -> str:
    """'Nov', for chart axes."""
    return formats().date(date(2000, month, 1), "MMM")


def month_and_year(year: int, month: int) -> str:
    """'November 2026'."""
    return formats().date(date(year, month, 1), translate("Wording", "MMMM yyyy", "month pattern"))


def time_of_day(hour: int, minute: int) -> str:
    """'19:00', or '7:00 PM' where the locale says so."""
    return formats().time_of_day(hour, minute)


def decimal(value: float, places: int = 1) -> str:
    """'4.5', or '4,5' where the locale writes a decimal comma."""
    return formats().decimal(value, places)


def describe_duration(seconds: float) -> str:
    """'7 min 05 s', or '45 s': how long a session took."""
    minutes, rest = divmod(round(seconds), 60)
    if minutes:
        return translate("FinishView", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{rest:02d}"
        )
    return translate("FinishView", "{seconds} s").format(seconds=rest)


def times_in_words(times: tuple[str, ...]) -> str:
    """'18:00', or '08:00 and 18:00': the settings' "HH:MM" times, the user's way."""
    words = []
    for text in times:
        hours, _, minutes = text.partition(":")
        words.append(time_of_day(int(hours), int(minutes)))
    said = words[0] if words else ""
    for later in words[1:]:
        said = translate("AppController", "{earlier} and {later}", "reminder times").format(
            earlier=said, later=later
        )
    return said
