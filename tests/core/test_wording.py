from datetime import date

from kneecoach.core import i18n
from kneecoach.core.i18n import translate
from kneecoach.core.wording import (
    day_name,
    decimal,
    long_date,
    month_and_year,
    short_date,
    time_of_day,
    weekday_date,
)


def test_dates_read_the_same_whatever_the_computer_locale():
    day = date(2026, 11, 3)
    assert long_date(day) == "Tuesday 3 November 2026"
    assert short_date(day) == "3 Nov 2026" and short_date(day, with_year=False) == "3 Nov"
    assert weekday_date(day) == "Tue 3 Nov 2026"
    assert month_and_year(2026, 1) == "January 2026"
    assert day_name(6) == "Sunday" and day_name(0, short=True) == "Mon"
    assert time_of_day(7, 5) == "07:05" and decimal(4.25, 1) == "4.2"


def test_english_counts_agree_with_their_number():
    assert [translate("T", "%n day(s)", None, n) for n in (0, 1, 2)] == [
        "0 days",
        "1 day",
        "2 days",
    ]


def test_english_date_patterns_keep_quoted_text():
    assert i18n.english_date(date(2026, 3, 9), "d 'de' MMMM 'de' yyyy, dd.MM.yy") == (
        "9 de March de 2026, 09.03.26"
    )


def test_an_installed_translator_and_locale_are_used_and_can_be_reset():
    i18n.install_translator(lambda context, text, _d, n: text.upper())
    i18n.install_formats(
        i18n.Formats(
            day_name=lambda weekday, short: "Di" if short else "Dienstag",
            date=lambda day, pattern: f"{pattern}|{day.isoformat()}",
            time_of_day=lambda hour, minute: f"{hour}.{minute:02d}",
            decimal=lambda value, places: f"{value:.{places}f}".replace(".", ","),
        )
    )
    try:
        assert long_date(date(2026, 11, 3)) == "DDDD D MMMM YYYY|2026-11-03"
        assert day_name(1) == "Dienstag" and time_of_day(19, 0) == "19.00"
        assert decimal(4.5) == "4,5"
    finally:
        i18n.reset()
    assert long_date(date(2026, 11, 3)) == "Tuesday 3 November 2026"


def test_english_irregular_plurals_are_written_as_alternatives():
    texts = [translate("T", "%n (entry|entries) could not be read", None, n) for n in (1, 2)]
    assert texts == ["1 entry could not be read", "2 entries could not be read"]
