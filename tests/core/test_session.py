import math
import time

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.history import Outcome
from kneecoach.core.routine import (
    READ_SECONDS,
    StepKind,
    Timings,
    build_steps,
    default_routine,
    setup_steps,
    total_seconds,
)
from kneecoach.core.session import (
    ExerciseEnded,
    FinalSecond,
    Paused,
    RepStarted,
    Resumed,
    RoutineEnded,
    SecondShown,
    Session,
    State,
    Status,
    StepStarted,
    SwitchSides,
)
from tests.fakes import FakeClock


@pytest.fixture
def clock():
    return FakeClock()


def make_session(clock, timings=None):
    routine = default_routine(load_catalogue())
    return Session(routine, build_steps(routine, timings or Timings()), clock)


def run(session, clock, seconds, every=0.1):
    events = []
    for _ in range(round(seconds / every)):
        clock.advance(every)
        events += session.tick()
    return events


def test_getting_ready_leaves_time_to_read_each_set_up_step():
    """Each set-up step is shown on its own, large, for READ_SECONDS: the get-ready is
    the setting, or that long for all of them where it is longer."""
    catalogue = load_catalogue()
    for setting in (3, 5, 12):
        steps = build_steps(default_routine(catalogue), Timings(get_ready=setting))
        first = {}
        for step in steps:
            if step.kind is StepKind.GET_READY and not step.from_position:
                first.setdefault(step.exercise.id, step)
        for step in first.values():
            count = len(setup_steps(step.exercise))
            assert step.duration == max(setting, math.ceil(READ_SECONDS * count))
    twist = catalogue.get("seated-twist")
    assert setup_steps(twist) == twist.steps[:4]  # the article's four, then the hold


def test_the_default_routine_takes_about_nine_minutes():
    routine = default_routine(load_catalogue())
    steps = build_steps(routine, Timings())
    # 5 holds x (30 + 5 + 30), circles 2 x 12 x 3 s + 3, 5 x 10 s rest; getting ready,
    # 2.5 s for each set-up step in whole seconds, 5 s at least: 5 (circles, one step),
    # 8 x 3 (three steps), 10 (the twist, four), 5 (the hip flexor, two); and time to
    # change position: chair to standing 5 s, down to the floor, up from it and down
    # again 3 x 20 s, and 5 s more to switch the kneeling knee.
    getting_ready = 5 + 3 * 8 + 10 + 5
    assert total_seconds(steps) == 5 * 65 + 75 + getting_ready + 50 + 5 + 3 * 20 + 5 == 564
    kinds = [s.kind for s in steps[:5]]
    assert kinds == [
        StepKind.GET_READY,
        StepKind.REPS,
        StepKind.SWITCH,
        StepKind.REPS,
        StepKind.REST,
    ]
    assert steps[-1].kind is StepKind.HOLD and steps[-1].side == "left"


def test_a_whole_routine_on_a_fake_clock_emits_every_event_and_records_it(clock):
    wall_clock_start = time.perf_counter()
    session = make_session(clock)
    events = session.start()
    events += run(session, clock, total_seconds(session.steps) + 1, every=0.05)
    assert time.perf_counter() - wall_clock_start < 1.0

    started = [e.step for e in events if isinstance(e, StepStarted)]
    assert started == list(session.steps)
    # Every whole second of every step is shown exactly once, counting down to 1.
    per_step: list[list[int]] = []
    for event in events:
        if isinstance(event, StepStarted):
            per_step.append([])
        elif isinstance(event, SecondShown):
            per_step[-1].append(event.remaining)
    for step, shown in zip(session.steps, per_step, strict=True):
        assert shown == list(range(math.ceil(step.duration), 0, -1)), step
    finals = [(e.step.kind, e.remaining) for e in events if isinstance(e, FinalSecond)]
    assert finals.count((StepKind.HOLD, 3)) == 10
    assert not any(kind is StepKind.REPS for kind, _ in finals)
    reps = [(e.direction, e.number) for e in events if isinstance(e, RepStarted)]
    assert reps == [("clockwise", n) for n in range(1, 13)] + [
        ("counter-clockwise", n) for n in range(1, 13)
    ]
    switches = [e.step.side or e.step.direction for e in events if isinstance(e, SwitchSides)]
    assert switches == ["counter-clockwise"] + ["left"] * 5
    ended = [(e.exercise_id, e.done) for e in events if isinstance(e, ExerciseEnded)]
    assert ended == [(e.id, True) for e in session.routine.exercises]
    finished = [e for e in events if isinstance(e, RoutineEnded)]
    assert len(finished) == 1 and events[-1] is finished[0]

    record = finished[0].record
    assert session.status is Status.FINISHED and session.snapshot().state is State.DONE
    assert record.finished and record.routine == "knee-relief"
    assert record.local_date.isoformat() == "2026-03-02"
    assert record.duration_seconds == pytest.approx(total_seconds(session.steps), abs=0.1)
    assert [e.outcome for e in record.exercises] == [Outcome.DONE] * 6
    assert record.exercises[0].reps == {"clockwise": 12, "counter-clockwise": 12}
    assert all(e.holds == ("right", "left") for e in record.exercises[1:])


def test_the_countdown_comes_from_the_deadline_not_from_ticks(clock):
    session = make_session(clock, Timings(get_ready=5))
    session.start()
    clock.advance(2.2)  # one late tick after a long stall
    session.tick()
    snapshot = session.snapshot()
    assert snapshot.remaining == pytest.approx(2.8)
    assert snapshot.shown_seconds == 3
    clock.advance(3.0)  # 5.2 s: the get-ready ended at 5.0 and the reps began then
    events = session.tick()
    assert [type(e) for e in events][:1] == [StepStarted]
    assert session.snapshot().remaining == pytest.approx(36 - 0.2)


def test_a_long_stall_crosses_steps_without_drift(clock):
    session = make_session(clock)
    session.start()
    clock.advance(100.0)  # one tick after 100 s: several steps passed meanwhile
    events = session.tick()
    assert sum(isinstance(e, StepStarted) for e in events) >= 3
    elapsed_planned = 0.0
    for step in session.steps:
        if elapsed_planned + step.duration > 100.0:
            break
        elapsed_planned += step.duration
    assert session.snapshot().remaining == pytest.approx(step.duration - (100.0 - elapsed_planned))


def test_pause_freezes_the_countdown_and_resume_moves_the_deadline(clock):
    session = make_session(clock)
    session.start()
    run(session, clock, 2.0)
    assert isinstance(session.pause()[-1], Paused)
    assert session.snapshot().state is State.PAUSED
    clock.advance(60)
    assert session.tick() == []
    assert session.snapshot().remaining == pytest.approx(3.0)
    assert isinstance(session.resume()[0], Resumed)
    run(session, clock, 3.1)
    assert session.snapshot().step.kind is StepKind.REPS


def test_skip_back_and_restart(clock):
    session = make_session(clock)
    session.start()
    run(session, clock, 5 + 4 * 3 + 0.5)  # four reps clockwise done, fifth under way
    events = session.skip()
    assert ExerciseEnded(0, "ankle-circles", False) in events
    assert session.snapshot().exercise_number == 2
    assert session.snapshot().step.kind is StepKind.GET_READY

    session.back()
    assert session.snapshot().exercise_number == 1
    session.restart_exercise()
    assert session.snapshot().exercise_number == 1
    assert session.snapshot().shown_seconds == 5

    for _ in range(6):
        session.skip()
    assert session.status is Status.FINISHED
    record = session.record
    assert record is not None and record.finished
    assert [e.outcome for e in record.exercises] == [Outcome.SKIPPED] * 6
    assert record.exercises[0].reps == {"clockwise": 4, "counter-clockwise": 0}
    assert not record.counts_as_practice


def test_back_from_a_rest_goes_to_the_exercise_just_done(clock):
    session = make_session(clock)
    session.start()
    run(session, clock, 5 + 75 + 1)
    assert session.snapshot().state is State.REST
    session.back()
    assert session.snapshot().exercise_number == 1
    assert session.snapshot().state is State.GET_READY


def test_skip_while_paused_lands_paused(clock):
    session = make_session(clock)
    session.start()
    session.pause()
    session.skip()
    clock.advance(30)
    assert session.snapshot().exercise_number == 2
    assert session.snapshot().remaining == pytest.approx(session.snapshot().step.duration)


def test_stop_records_what_was_done(clock):
    session = make_session(clock)
    session.start()
    run(session, clock, 5 + 75 + 10 + 5 + 30 + 5 + 12)  # circles, then a hold on the right
    events = session.stop()
    assert session.status is Status.STOPPED
    record = events[-1].record
    assert not record.finished
    assert record.exercises[0].outcome is Outcome.DONE
    assert record.exercises[1].outcome is Outcome.SKIPPED
    assert record.exercises[1].holds == ("right",)
    assert not record.counts_as_practice  # 1 of 6 in full: less than half the routine
    assert session.stop() == []


def test_rep_counter_follows_the_pace(clock):
    session = make_session(clock, Timings(rep_pace=2.5))
    session.start()
    run(session, clock, 5)
    assert session.snapshot().rep == 1
    run(session, clock, 2.5 * 6 + 0.1)
    assert session.snapshot().rep == 7
    assert session.snapshot().step.reps == 12


def test_the_time_taken_leaves_out_the_time_spent_paused(clock):
    session = make_session(clock)
    session.start()
    run(session, clock, 20)
    session.pause()
    clock.advance(300)  # the phone rang
    session.resume()
    run(session, clock, 10)
    session.pause()
    session.skip()  # a jump while paused does not end the pause
    clock.advance(30)
    events = session.stop()  # stopped while paused: that pause ends here
    record = events[-1].record
    assert record.paused_seconds == pytest.approx(330)
    assert record.duration_seconds == pytest.approx(30)
