import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.cues import (
    BREATHE_IN_SECONDS,
    Chime,
    breath_at,
    chime_for,
    headline,
    instruction,
    side_or_direction,
    spoken,
)
from kneecoach.core.routine import StepKind, Timings, build_steps, default_routine, total_seconds
from kneecoach.core.session import Session
from tests.fakes import FakeClock


def run_whole_routine():
    clock = FakeClock()
    routine = default_routine(load_catalogue())
    steps = build_steps(routine, Timings())
    session = Session(routine, steps, clock)
    events = session.start()
    for _ in range(int(total_seconds(steps) * 10) + 10):
        clock.advance(0.1)
        events += session.tick()
    return session, events


def test_each_chime_marks_its_moment_and_only_that():
    _, events = run_whole_routine()
    chimes = [chime_for(e, 6) for e in events]
    assert chimes.count(Chime.TICK) == 3 * 10  # last three seconds of each of ten holds
    assert chimes.count(Chime.REP) == 24
    assert chimes.count(Chime.SWITCH) == 6
    assert chimes.count(Chime.EXERCISE_DONE) == 5  # the sixth ends with the routine
    assert chimes.count(Chime.ROUTINE_DONE) == 1
    assert chimes[-1] == Chime.ROUTINE_DONE


def test_a_stopped_routine_has_no_finishing_chime():
    clock = FakeClock()
    routine = default_routine(load_catalogue())
    session = Session(routine, build_steps(routine, Timings()), clock)
    session.start()
    assert [chime_for(e, 6) for e in session.stop()] == [None]


def test_words_for_each_step():
    steps = build_steps(default_routine(load_catalogue()), Timings())
    by_kind = {}
    for step in steps:
        by_kind.setdefault((step.kind, step.exercise.id), step)
    hold = by_kind[(StepKind.HOLD, "calf-stretch")]
    assert (headline(hold), side_or_direction(hold)) == ("Hold", "RIGHT")
    assert "Bend your left knee" in instruction(hold)
    other = next(s for s in steps if s.kind is StepKind.HOLD and s.side == "left")
    assert "other side" in instruction(other) and "left knee" not in instruction(other)
    assert "Breathe fully and steadily" in instruction(hold)
    ready = by_kind[(StepKind.GET_READY, "calf-stretch")]
    assert side_or_direction(ready) == "RIGHT first"
    assert instruction(ready).startswith("Get into position: Stand about 3 feet")
    switch = next(s for s in steps if s.kind is StepKind.SWITCH and s.side)
    assert spoken(switch) == "Switch to your left side."
    reps = by_kind[(StepKind.REPS, "ankle-circles")]
    assert side_or_direction(reps) == "CLOCKWISE"
    rest = by_kind[(StepKind.REST, "ankle-circles")]
    assert instruction(rest, steps[5].exercise) == "Rest and breathe. Next: Dorsiflexion stretch."


@pytest.mark.parametrize(
    ("elapsed", "words", "fullness"),
    [
        (0, "Breathe in", 0.0),
        (2, "Breathe in", 0.5),
        (4, "Breathe out", 1.0),
        (7, "Breathe out", 0.5),
    ],
)
def test_the_breathing_pacer_is_four_in_six_out(elapsed, words, fullness):
    assert breath_at(elapsed) == (words, pytest.approx(fullness))
    assert breath_at(elapsed + 10) == (words, pytest.approx(fullness))
    assert BREATHE_IN_SECONDS == 4
