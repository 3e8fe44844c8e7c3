"""Words and numbers the user reads, in the user's language.

The core imports no Qt, yet much of what the user reads is made here: step
names, spoken cues, reminder texts, dates. So every such text goes through
`translate`, which the UI points at Qt's translator at start-up; until then (and
in the core's own tests) it is English. Dates, times and numbers go through
`formats()`, which the UI likewise points at the user's locale.

`pyside6-lupdate` finds texts by the names of these calls, so keep calling them
`translate(...)` and `QT_TRANSLATE_NOOP(...)` with literal texts, and pass a
count as the fourth positional argument (lupdate does not see `n=`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import date

# English is the source; each other has resources/translations/kneecoach_<code>.ts.
SHIPPED_LANGUAGES = ("en", "de", "es", "fr")

Translator = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with a count's '%n' and '(s)' resolved the English way."""
    if n < 0:
        return text
    return english_plural(text.replace("%n", str(n)), n)


_ALTERNATIVES = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def english_plural(text: str, n: int) -> str:
    """'%n day(s)' and '%n (entry|entries)' are written once in the source, so
    English needs no plural table of its own."""
    text = _ALTERNATIVES.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)
    return text.replace("(s)", "" if n == 1 else "s")


_translator: Translator = english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `n` >= 0 picks the plural form and fills '%n'."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation where it is defined; `translate` it where it is shown."""
    return text


def install_translator(translator: Translator) -> None:
    global _translator
    _translator = translator


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


def _english_day(weekday: int, short: bool) -> str:
    name = DAY_NAMES[weekday]
    return name[:3] if short else name


def _english_month(month: int, short: bool) -> str:
    name = MONTH_NAMES[month - 1]
    return name[:3] if short else name


_DATE_TOKEN = re.compile(r"'[^']*'|dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy")


def english_date(day: date, pattern: str) -> str:
    """`day` written with a Qt date pattern ('dddd d MMMM yyyy') and English names."""

    def field(match: re.Match[str]) -> str:
        token = match.group()
        if token.startswith("'"):
            return token[1:-1] or "'"
        return {
            "dddd": _english_day(day.weekday(), short=False),
            "ddd": _english_day(day.weekday(), short=True),
            "dd": f"{day.day:02d}",
            "d": str(day.day),
            "MMMM": _english_month(day.month, short=False),
            "MMM": _english_month(day.month, short=True),
            "MM": f"{day.month:02d}",
            "M": str(day.month),
            "yyyy": f"{day.year:04d}",
            "yy": f"{day.year % 100:02d}",
        }[token]

    return _DATE_TOKEN.sub(field, pattern)


class Formats(NamedTuple):  # not a dataclass: this module loads before the first window
    """How the user's locale writes day names, dates, times of day and decimals."""

    day_name: Callable[[int, bool], str]  # (0 = Monday, short?)
    date: Callable[[date, str], str]  # (day, Qt date pattern)
    time_of_day: Callable[[int, int], str]  # (hour, minute)
    decimal: Callable[[float, int], str]  # (value, decimals)


ENGLISH_FORMATS = Formats(
    day_name=_english_day,
    date=english_date,
    time_of_day=lambda hour, minute: f"{hour:02d}:{minute:02d}",
    decimal=lambda value, places: f"{value:.{places}f}",
)

_formats = ENGLISH_FORMATS


def formats() -> Formats:
    return _formats


def install_formats(chosen: Formats) -> None:
    global _formats
    _formats = chosen


def reset() -> None:
    """Back to English: for tests, and before another language is installed."""
    install_translator(english)
    install_formats(ENGLISH_FORMATS)


# Pseudo-locales show at a glance which texts escaped translation, and how the
# layout copes with longer words and with right-to-left: "en-XA" accents and
# lengthens every text and brackets it; "ar-XB" makes every text run right to left.
PSEUDO_LANGUAGES = ("en-XA", "ar-XB")
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Placeholders, counts, markup and entities must come through unchanged.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-z]+;|\(s\)|\([^()|]*\|[^()|]*\)")


def pseudo(text: str, language: str) -> str:
    if language == "ar-XB":
        # A right-to-left mark makes the paragraph right-to-left, as Arabic or Hebrew
        # would; the override then runs the letters right to left too.
        return "\u200f\u202e" + text + "\u202c\u200f"
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    padding = "~" * (len(text) // 3)  # translations often run a third longer than English
    return f"{PSEUDO_OPEN}{''.join(pieces)}{padding}{PSEUDO_CLOSE}"
