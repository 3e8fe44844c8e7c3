from datetime import date

from kneecoach.core.wording import counted, long_date, month_and_year, short_date, weekday_date


def test_dates_read_the_same_whatever_the_locale():
    day = date(2026, 11, 3)
    assert long_date(day) == "Tuesday 3 November 2026"
    assert short_date(day) == "3 Nov 2026" and short_date(day, with_year=False) == "3 Nov"
    assert weekday_date(day) == "Tue 3 Nov 2026"
    assert month_and_year(2026, 1) == "January 2026"


def test_counts_agree_with_their_number():
    assert [counted(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
