"""The documents' content, worked out without Qt on the fake clock from a known history."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.history import SessionSummary
from kneecoach.core.my_exercises import Library
from kneecoach.core.pain import Reason
from kneecoach.core.paper.paper import PaperSize, paper_for
from kneecoach.core.paper.report import period_start, progress_report
from kneecoach.core.paper.sheet import programme_sheet
from kneecoach.core.routine import Dose, Routine, Timings, default_routine
from kneecoach.core.safety import RECENT, first_run_safety_lines
from tests.paper import known


@pytest.fixture(scope="module")
def library():
    return Library(load_catalogue())


def report(library, weeks=8, timings=None):
    timings = timings or Timings()
    sessions = [SessionSummary.of(r) for r in known.records()]
    routine = default_routine(library.builtin)
    return progress_report(sessions, known.TODAY, weeks, known.GOAL, library, routine, timings)


def test_the_period_is_whole_weeks_up_to_today():
    assert period_start(known.TODAY, 8) == known.FIRST_MONDAY
    assert period_start(date(2026, 3, 8), 1) == date(2026, 3, 2)  # a Sunday: its own week


def test_days_practised_each_week_against_the_goal(library):
    made = report(library)
    assert [w.days for w in made.weeks] == list(known.DAYS)
    assert made.weeks[0].monday == known.FIRST_MONDAY
    assert [w.so_far for w in made.weeks] == [False] * 7 + [True]
    met = sum(1 for days in known.DAYS[:-1] if days >= known.GOAL)
    assert f"The goal was reached in {met} of 7 completed weeks." in made.summary
    assert f"Practised on {sum(known.DAYS)} days in the period." in made.summary


def test_exercises_done_and_skipped_with_the_dosage_as_set(library):
    made = report(library, timings=Timings(hold_seconds=45))
    rows = {row.name: row for row in made.exercises}
    total = sum(known.DAYS)
    assert rows["Ankle circles"].skipped == len(known.DAYS)
    assert rows["Ankle circles"].done == total - len(known.DAYS)
    assert rows["Calf stretch"].done == total and rows["Calf stretch"].skipped == 0
    assert rows["Calf stretch"].dosage == "Hold 45 s each side"
    assert made.exercises[0].name == "Ankle circles"  # the routine's order


def test_every_pain_check_in_before_and_after(library):
    made = report(library)
    assert [row.day for row in made.pain] == known.pain_days()
    assert [(row.before, row.after) for row in made.pain] == [
        known.pain_of(day) for day in known.pain_days()
    ]
    assert made.pain[0].when == "14 Jan, 08:15"  # the year goes without saying


def test_the_advice_given_and_when(library):
    spells = report(library).advice
    assert len(spells) == 1
    spell = spells[0]
    assert spell.reason is Reason.VERY_HIGH
    assert spell.first == known.VERY_HIGH_DAY
    assert spell.last == known.VERY_HIGH_DAY + RECENT - timedelta(days=1)
    assert spell.title == "Your knee pain was very high"


def test_a_shorter_period_leaves_earlier_weeks_out(library):
    made = report(library, weeks=2)
    assert [w.days for w in made.weeks] == list(known.DAYS[-2:])
    assert all(row.day >= made.first for row in made.pain)
    assert "(2 weeks)" in made.period


def test_no_history_says_so_plainly(library):
    routine = default_routine(library.builtin)
    made = progress_report([], known.TODAY, 8, 5, library, routine, Timings())
    assert [w.days for w in made.weeks] == [0] * 8
    assert made.exercises == () and made.pain == () and made.advice == ()


def test_the_sheet_has_each_exercise_with_its_dosage_steps_and_pictures(library):
    routine = default_routine(library.builtin)
    routine = replace(routine, doses=(Dose(reps=14), Dose(hold_seconds=60)))
    sheet = programme_sheet(routine, library, Timings(hold_seconds=40), known.TODAY)
    assert [e.name for e in sheet.exercises] == [e.name for e in routine.exercises]
    dosages = [e.dosage for e in sheet.exercises]
    assert dosages[:3] == ["14 reps each direction", "Hold 60 s each side", "Hold 40 s each side"]
    for exercise, made in zip(routine.exercises, sheet.exercises, strict=True):
        assert made.steps == exercise.steps
        assert [p.caption for p in made.pictures] == [
            "Start, right side",
            "Hold, right side",
            "Start, left side",
            "Hold, left side",
        ]
        assert all(p.vector and p.path.endswith(".svg") for p in made.pictures)
        assert len({p.path for p in made.pictures}) == 4
    assert sheet.safety == first_run_safety_lines(library.builtin)
    assert len(sheet.safety) == 4
    assert len(sheet.weekdays) == 7


def test_an_own_exercise_has_its_picture_or_the_plain_figure(library, tmp_path):
    photo = tmp_path / "mine.png"
    photo.write_bytes(b"not read here")
    own = replace(library.builtin.exercises[2], id="my-step", custom=True, picture=str(photo))
    plain = replace(own, id="my-other", picture="")
    routine = Routine("mine", "Mine", (own, plain))
    sheet = programme_sheet(routine, library, Timings(), known.TODAY)
    first, second = sheet.exercises
    assert [p.path for p in first.pictures] == [str(photo)] and not first.pictures[0].vector
    assert second.pictures[0].path.endswith("generic.svg") and first.own


@pytest.mark.parametrize(
    ("country", "paper"),
    [("US", PaperSize.LETTER), ("ca", PaperSize.LETTER), ("DE", PaperSize.A4), ("", PaperSize.A4)],
)
def test_letter_where_it_is_used_else_a4(country, paper):
    assert paper_for(country) is paper


def test_a_dosage_set_apart_from_the_article_says_so_beside_the_articles_steps(library):
    routine = default_routine(library.builtin)
    routine = replace(routine, doses=(Dose(reps=12), Dose(hold_seconds=45)))
    sheet = programme_sheet(routine, library, Timings(hold_seconds=30), known.TODAY)
    circles, dorsiflexion, calf = sheet.exercises[:3]
    note = "You have set this dosage; the article's is: Hold 30 s each side."
    assert "Hold for 30 seconds and repeat on the other side." in dorsiflexion.steps
    assert note in dorsiflexion.setup
    assert not any("You have set" in line for line in circles.setup + calf.setup)  # 12 is 10–15
    outside = replace(routine, doses=(Dose(reps=20),))
    circles = programme_sheet(outside, library, Timings(), known.TODAY).exercises[0]
    assert "You have set this dosage; the article's is: 10–15 reps each direction." in circles.setup
