"""← goes one part back (a side, the get-ready, the exercise before) and keeps every hold
done; a routine stopped part-way goes on later the same day as the same session.
All on the fake clock: the steps of the default routine are named by what they are."""

from dataclasses import replace
from datetime import timedelta

import pytest

from kneecoach.core.autostart import XdgAutostart
from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.coach import Coach
from kneecoach.core.finish import finish_words
from kneecoach.core.history import Outcome
from kneecoach.core.my_routines import Plan, PlanItem
from kneecoach.core.routine import StepKind, Timings, build_steps, default_routine
from kneecoach.core.session import ExerciseEnded, Session, State, Status
from kneecoach.core.session_parts import continue_at
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.stores import Stores
from tests.fakes import FakeClock

ROUTINE = default_routine(load_catalogue())
STEPS = build_steps(ROUTINE, Timings())


def step_of(exercise: str, kind: StepKind, side: str = "", direction: str = "") -> int:
    """The index of a step of the default routine, found by what it is."""
    return next(
        i
        for i, s in enumerate(STEPS)
        if s.exercise.id == exercise
        and s.kind is kind
        and (not side or s.side == side)
        and (not direction or s.direction == direction)
    )


def start_of(index: int) -> float:
    return sum(s.duration for s in STEPS[:index])


CALF_READY = step_of("calf-stretch", StepKind.GET_READY)
CALF_RIGHT = step_of("calf-stretch", StepKind.HOLD, "right")
CALF_SWITCH = step_of("calf-stretch", StepKind.SWITCH)
CALF_LEFT = step_of("calf-stretch", StepKind.HOLD, "left")
DORSI_READY = step_of("dorsiflexion-stretch", StepKind.GET_READY)


@pytest.fixture
def clock():
    return FakeClock()


def run_to(session: Session, clock: FakeClock, seconds: float, every: float = 0.25) -> list:
    """Tick along until `seconds` after the start (the session started at clock 1000)."""
    events = []
    while clock.mono < 1000 + seconds - 1e-9:
        clock.advance(min(every, 1000 + seconds - clock.mono))
        events += session.tick()
    return events


def calf_left_at_19(clock) -> Session:
    session = Session(ROUTINE, STEPS, clock)
    session.start()
    run_to(session, clock, start_of(CALF_LEFT) + 19)
    assert session.snapshot().step_index == CALF_LEFT
    return session


def test_back_on_the_second_side_goes_to_the_first_then_the_start_then_the_exercise_before(
    clock,
):
    session = calf_left_at_19(clock)
    events = session.back()
    snapshot = session.snapshot()
    assert snapshot.step_index == CALF_RIGHT and snapshot.shown_seconds == 30
    assert not [e for e in events if isinstance(e, ExerciseEnded)]  # still the calf stretch
    session.back()
    assert session.snapshot().step_index == CALF_READY
    events = session.back()
    assert session.snapshot().step_index == DORSI_READY
    assert ExerciseEnded(2, "calf-stretch", False) in events


@pytest.mark.parametrize(
    ("at", "to"),
    [
        (CALF_SWITCH, CALF_RIGHT),  # the switch leads into the second side
        (CALF_RIGHT, CALF_READY),
        (step_of("calf-stretch", StepKind.REST), CALF_READY),  # the exercise just done
        (0, 0),  # the very start stays put
        (
            step_of("ankle-circles", StepKind.REPS, direction="counter-clockwise"),
            step_of("ankle-circles", StepKind.REPS, direction="clockwise"),
        ),
    ],
)
def test_back_goes_one_part_back_wherever_in_the_part_it_is_pressed(clock, at, to):
    for into in (0.5, STEPS[at].duration - 0.5):
        session = Session(ROUTINE, STEPS, clock)
        clock.mono = 1000.0
        session.start()
        run_to(session, clock, start_of(at) + into)
        assert session.snapshot().step_index == at
        session.back()
        assert session.snapshot().step_index == to


def test_back_keeps_every_hold_done_and_the_exercise_can_still_be_done(clock):
    session = calf_left_at_19(clock)
    session.back()  # redo the right side, then the left
    run_to(session, clock, clock.mono - 1000 + 30 + 5 + 30 + 0.5)
    session.stop()
    record = session.record
    assert record is not None
    calf = record.exercises[2]
    assert calf.outcome is Outcome.DONE and calf.holds == ("right", "left")

    session = calf_left_at_19(clock := FakeClock())
    for _ in range(3):  # all the way back to the dorsiflexion stretch, then stop
        session.back()
    session.stop()
    assert session.record is not None and session.record.exercises[2].holds == ("right",)


def test_back_while_paused_lands_paused_at_the_start_of_the_side(clock):
    session = calf_left_at_19(clock)
    session.pause()
    session.back()
    clock.advance(20)
    assert session.snapshot().state is State.PAUSED
    assert session.snapshot().step_index == CALF_RIGHT and session.snapshot().remaining == 30


@pytest.mark.parametrize(
    ("stopped_at", "goes_on_at"),
    [
        (start_of(CALF_LEFT) + 19, CALF_SWITCH),  # the right side held: on with the left
        (start_of(CALF_RIGHT) + 12, CALF_READY),  # nothing of it held: its get-ready
        (start_of(CALF_READY) - 3, CALF_READY),  # in the rest before it
        (start_of(1) + 3 * 4 + 1, 0),  # four circles: the circles again
        (2.0, None),  # nothing done: nothing to continue
        (start_of(len(STEPS) - 1) + 2, len(STEPS) - 2),  # the last side's switch
    ],
)
def test_a_stopped_routine_goes_on_right_after_the_last_part_done(clock, stopped_at, goes_on_at):
    session = Session(ROUTINE, STEPS, clock)
    session.start()
    run_to(session, clock, stopped_at)
    session.stop()
    assert session.record is not None
    assert continue_at(STEPS, session.record.exercises) == goes_on_at


def test_a_continued_routine_is_one_session_with_every_hold_and_earned_praise(clock):
    first = calf_left_at_19(clock)
    first.stop()
    stopped = first.record
    assert stopped is not None and not stopped.counts_as_practice  # 2 of 6: not yet

    clock.advance(3600)  # an hour later, the same evening
    going_on = Session(ROUTINE, STEPS, clock, continues=stopped)
    going_on.start()
    assert going_on.snapshot().step_index == CALF_SWITCH
    began = clock.mono
    run_to(going_on, clock, clock.mono - 1000 + 400)
    assert going_on.status is Status.FINISHED
    record = going_on.record
    assert record is not None and record.finished
    assert (record.id, record.started_at, record.local_date) == (
        stopped.id,
        stopped.started_at,
        stopped.local_date,
    )
    assert [e.outcome for e in record.exercises] == [Outcome.DONE] * 6
    assert record.exercises[2].holds == ("right", "left")
    assert record.counts_as_practice and finish_words(record).praised
    # The hour away is a pause: the time taken is the time on the mat in both sittings.
    on_the_mat = start_of(CALF_LEFT) + 19 + (sum(s.duration for s in STEPS[CALF_SWITCH:]))
    assert record.paused_seconds == pytest.approx(3600, abs=0.5)
    assert record.duration_seconds == pytest.approx(on_the_mat, abs=0.5)
    assert clock.mono - began >= sum(s.duration for s in STEPS[CALF_SWITCH:])


@pytest.fixture
def coach(tmp_path):
    clock = FakeClock()
    settings = SettingsStore(tmp_path / "config", clock)
    settings.load()
    stores, _ = Stores.open(settings, load_catalogue(), tmp_path / "data", clock)
    coach = Coach(clock, stores, XdgAutostart(tmp_path / "autostart"))
    yield coach, clock
    coach.close()


def stop_after(coach: Coach, clock: FakeClock, seconds: float) -> None:
    session = coach.new_session()
    assert session is not None
    session.start()
    run_to(session, clock, clock.mono - 1000 + seconds)
    session.stop()
    assert session.record is not None
    coach.record_session(session.record)


def test_the_coach_offers_to_continue_only_today_s_stopped_routine_and_keeps_one_session(coach):
    coach, clock = coach
    assert coach.continuable() is None  # nothing yet
    stop_after(coach, clock, start_of(CALF_LEFT) + 19)
    going_on = coach.continuable()
    assert going_on is not None and going_on.exercise_number == 3
    session = coach.new_session(going_on=going_on)
    assert session is not None
    session.start()
    run_to(session, clock, clock.mono - 1000 + 100)
    session.stop()  # stopped again, further on: still one session, with all of it
    assert session.record is not None
    coach.record_session(session.record)
    [record] = coach.history.all_records()
    assert record.exercises[2].outcome is Outcome.DONE
    assert len(coach.history.sessions) == 1
    assert coach.continuable() is not None  # still more to do today

    clock.advance(24 * 3600)  # the next day starts afresh
    assert coach.continuable() is None


def test_nothing_to_continue_after_a_finished_routine_or_a_changed_one(coach):
    coach, clock = coach
    stop_after(coach, clock, start_of(CALF_LEFT) + 19)
    session = coach.new_session(going_on=coach.continuable())
    assert session is not None
    session.start()
    run_to(session, clock, clock.mono - 1000 + 600)
    assert session.record is not None and session.record.finished
    coach.record_session(session.record)
    assert coach.continuable() is None and coach.practised_on(clock.now().date())

    clock.advance(timedelta(hours=1).total_seconds())
    mine = Plan("mine", "Mine", tuple(PlanItem(e.id) for e in ROUTINE.exercises))
    coach.save_routines([mine], "mine")
    stop_after(coach, clock, start_of(CALF_LEFT) + 19)  # a second routine today, stopped
    assert coach.continuable() is not None
    coach.save_routines([replace(mine, items=mine.items[1:])], "mine")
    assert coach.continuable() is None  # its exercises changed: start afresh
