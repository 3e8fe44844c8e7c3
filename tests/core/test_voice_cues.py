"""What the voice says, and when, over a whole routine on the fake clock: the exercise
and side as they start, each switch, the halfway point and the last five seconds of
every hold, a pause and going on; never every second."""

import itertools

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.cues import said
from kneecoach.core.routine import Timings, build_steps, default_routine
from kneecoach.core.session import Session
from tests.fakes import FakeClock

ROUTINE = default_routine(load_catalogue())


def spoken_lines(timings=None, pause_at=None, every=0.1):
    """(seconds into the routine, words) for each thing the voice says."""
    clock = FakeClock()
    steps = build_steps(ROUTINE, timings or Timings())
    session = Session(ROUTINE, steps, clock)
    lines = [(0.0, w) for w in map(said, session.start()) if w]
    elapsed = 0.0
    while session.record is None:
        clock.advance(every)
        elapsed += every
        events = session.tick()
        if pause_at is not None and abs(elapsed - pause_at) < every / 2:
            events += session.pause()
            clock.advance(60)  # paused a minute: nothing is said meanwhile
            assert session.tick() == []
            events += session.resume()
        lines += [(round(elapsed, 1), w) for w in map(said, events) if w]
    return steps, lines


def test_each_hold_is_told_at_its_start_its_halfway_point_and_its_last_five_seconds():
    steps, lines = spoken_lines()
    words = [w for _, w in lines]
    assert words[:2] == ["Ankle circles. Get ready.", "12 circles, clockwise."]
    assert words.count("Halfway.") == 10  # ten holds of 30 s
    assert words.count("5 seconds left.") == 10
    assert words.count("Switch to your left side.") == 5
    assert "Change direction: counter-clockwise." in words

    # The calf stretch, from its get-ready to its last hold, said in order and on time.
    start = sum(
        s.duration
        for s in steps[: next(i for i, s in enumerate(steps) if s.exercise.id == "calf-stretch")]
    )
    calf = [(t - start, w) for t, w in lines if start <= t < start + 78]
    # Said at the first tick at or after each moment (ticks every 0.1 s here).
    assert [w for _, w in calf] == [w for _, w in CALF_LINES]
    assert [t for t, _ in calf] == pytest.approx([t for t, _ in CALF_LINES], abs=0.11)


CALF_LINES = [  # getting ready 13 s: 8 to read its three set-up steps, 5 to stand up
    (0, "Calf stretch. Get ready, right side first."),
    (13, "Hold, right side."),
    (28, "Halfway."),
    (38, "5 seconds left."),
    (43, "Switch to your left side."),
    (48, "Hold, left side."),
    (63, "Halfway."),
    (73, "5 seconds left."),
]


def test_the_voice_never_counts_the_seconds():
    steps, lines = spoken_lines()
    said_per_step = len(lines) / len(steps)
    assert said_per_step < 2  # a few words per step, not one a second
    assert not [w for _, w in lines if w.strip(".").isdigit()]
    times = [t for t, _ in lines]
    # Room to hear each: nothing is said within 3 s of the words before.
    assert not [b - a for a, b in itertools.pairwise(times) if b - a < 3]


def test_a_pause_and_going_on_are_said_once_each():
    _, lines = spoken_lines(pause_at=100.0)
    words = [w for _, w in lines]
    assert words.count("Paused.") == 1 and words.count("Resumed.") == 1
    assert words[words.index("Paused.") + 1] == "Resumed."


@pytest.mark.parametrize(("seconds", "halfway"), [(10, 0), (12, 10), (60, 10)])
def test_a_short_hold_has_no_halfway_cue_where_it_would_run_into_the_last_seconds(seconds, halfway):
    _, lines = spoken_lines(Timings(hold_seconds=seconds), every=0.5)
    words = [w for _, w in lines]
    assert words.count("Halfway.") == halfway
    assert words.count("5 seconds left.") == 10


def test_a_late_tick_still_says_each_mark():
    _, lines = spoken_lines(every=1.7)  # a tick that skips whole seconds now and then
    words = [w for _, w in lines]
    assert words.count("Halfway.") == 10 and words.count("5 seconds left.") == 10
