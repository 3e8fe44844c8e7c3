import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.my_exercises import Library
from kneecoach.core.my_routines import (
    ROUTINES_FILE,
    MyRoutines,
    Plan,
    PlanItem,
    presets,
    to_routine,
)
from kneecoach.core.routine import (
    DEFAULT_ROUTINE_ID,
    Dose,
    StepKind,
    Timings,
    build_steps,
    routine_minutes,
    total_seconds,
)
from tests.core.test_my_exercises import BRIDGE
from tests.fakes import FakeClock

BUILTIN = load_catalogue()
LIBRARY = Library(BUILTIN, (BRIDGE,))


def opened(folder):
    routines = MyRoutines(folder, FakeClock())
    return routines, routines.load()


def test_the_default_routine_is_all_six_and_the_presets_split_them_by_joint():
    default, ankles, hips = presets(LIBRARY)
    assert default.id == DEFAULT_ROUTINE_ID and default.exercise_ids == BUILTIN.ids
    assert ankles.exercise_ids == ("ankle-circles", "dorsiflexion-stretch", "calf-stretch")
    assert hips.exercise_ids == ("knee-to-chest", "seated-twist", "hip-flexor-stretch")
    assert all(p.preset for p in (default, ankles, hips))


def test_hidden_exercises_leave_the_default_routine_and_the_presets():
    library = Library(BUILTIN, (BRIDGE,), frozenset({"calf-stretch"}))
    default, ankles, _ = presets(library)
    assert "calf-stretch" not in default.exercise_ids + ankles.exercise_ids
    assert len(default.items) == 5


def test_a_routine_runs_in_its_order_with_its_own_doses():
    plan = Plan(
        "my-mine",
        "Mine",
        (
            PlanItem("calf-stretch", Dose(hold_seconds=45)),
            PlanItem("my-bridge"),
            PlanItem("ankle-circles", Dose(reps=15)),
        ),
    )
    routine = to_routine(plan, LIBRARY)
    steps = build_steps(routine, Timings(rep_pace=3))
    active = [(s.exercise.id, s.duration) for s in steps if s.is_active]
    assert active == [
        ("calf-stretch", 45),
        ("calf-stretch", 45),
        ("my-bridge", 20),
        ("ankle-circles", 45),
        ("ankle-circles", 45),
    ]
    # Getting ready 8 s for the calf stretch's three set-up steps, 5 s for the bridge
    # and the circles; 2 x 10 s rest, 5 s switch sides, 3 s change direction, and 5 s
    # to stand up from the chair for the calf stretch (the bridge's position is not known)
    assert total_seconds(steps) == 90 + 20 + 90 + 18 + 20 + 5 + 3 + 5 == 251
    assert routine_minutes(routine, Timings()) == 4
    assert [s.kind for s in steps].count(StepKind.REST) == 2


def test_a_routine_without_any_exercise_left_takes_no_time():
    routine = to_routine(Plan("my-x", "X", (PlanItem("my-deleted"),)), LIBRARY)
    assert routine.exercises == () and routine_minutes(routine, Timings()) == 0


plans = st.lists(
    st.tuples(
        st.text(min_size=1, max_size=20).filter(lambda s: s.strip()),
        st.lists(
            st.tuples(
                st.sampled_from(LIBRARY.every_exercise).map(lambda e: e.id),
                st.none() | st.integers(5, 300),
                st.none() | st.integers(1, 50),
            ),
            min_size=1,
            max_size=8,
        ),
    ),
    max_size=4,
)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=plans)
def test_routines_round_trip_with_their_order_and_doses(tmp_path_factory, entries):
    folder = tmp_path_factory.mktemp("data")
    routines, _ = opened(folder)
    for name, items in entries:
        plan_items = tuple(PlanItem(i, Dose(h, r)) for i, h, r in items)
        routines.put(Plan(routines.new_id(name), name.strip(), plan_items))
    if routines.plans:
        routines.chosen = routines.plans[-1].id
    routines.save()
    again, notices = opened(folder)
    assert notices == [] and again.plans == routines.plans and again.chosen == routines.chosen


def test_the_chosen_routine_falls_back_to_the_default_when_it_is_gone(tmp_path):
    routines, _ = opened(tmp_path)
    routines.put(Plan("my-a", "A", (PlanItem("calf-stretch"),)))
    routines.chosen = "my-a"
    assert routines.chosen_plan(LIBRARY).id == "my-a"
    routines.plans = []  # deleted in the routine editor, which saves the routines left
    assert routines.chosen_plan(LIBRARY).id == DEFAULT_ROUTINE_ID
    routines.chosen = "my-vanished-by-hand"
    assert routines.chosen_plan(LIBRARY).id == DEFAULT_ROUTINE_ID


def test_deleting_an_exercise_takes_it_out_of_every_routine(tmp_path):
    routines, _ = opened(tmp_path)
    routines.put(Plan("my-a", "A", (PlanItem("my-bridge"), PlanItem("calf-stretch"))))
    routines.put(Plan("my-b", "B", (PlanItem("my-bridge"),)))
    routines.put(Plan("my-c", "C", (PlanItem("calf-stretch"),)))
    routines.chosen = "my-b"
    assert routines.in_routines("my-bridge") == (["A"], ["B"])  # said before it is done
    assert routines.forget_exercise("my-bridge") == (["A"], ["B"])
    assert [p.id for p in routines.plans] == ["my-a", "my-c"]  # B had nothing else: gone
    assert routines.plans[0].exercise_ids == ("calf-stretch",)
    assert routines.chosen == DEFAULT_ROUTINE_ID
    routines.save()
    assert opened(tmp_path)[1] == []  # nothing left that the next start would refuse


def test_a_chosen_routine_with_nothing_to_run_gives_way_to_the_default(tmp_path):
    routines, _ = opened(tmp_path)
    routines.chosen = "ankles-only"
    hidden = Library(
        BUILTIN, (), frozenset({"ankle-circles", "dorsiflexion-stretch", "calf-stretch"})
    )
    assert routines.chosen_plan(LIBRARY).id == "ankles-only"
    assert routines.chosen_plan(hidden).id == DEFAULT_ROUTINE_ID


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('id = "my-a"\nexercises = [{id = "calf-stretch"}]', "'name'"),
        ('id = "my-a"\nname = "A"\nexercises = []', "at least one"),
        (
            'id = "my-a"\nname = "A"\nexercises = [{id = "calf-stretch", hold_seconds = 999}]',
            "5 to 300",
        ),
        ('id = "my-a"\nname = "A"\nexercises = [{id = "calf-stretch", reps = "x"}]', "1 to 50"),
        ('id = "my-a"\nname = "A"\nexercises = [{id = "calf-stretch", sets = 2}]', "'sets'"),
        ('id = "knee-relief"\nname = "A"\nexercises = [{id = "calf-stretch"}]', "used twice"),
        ('name = "A"\nexercises = [{id = "calf-stretch"}]', "'id'"),
    ],
)
def test_a_bad_routine_is_reported_kept_and_the_others_used(tmp_path, entry, problem):
    good = '[[routine]]\nid = "my-b"\nname = "B"\nexercises = [{id = "seated-twist"}]\n'
    text = f"schema_version = 1\n[[routine]]\n{entry}\n{good}"
    (tmp_path / ROUTINES_FILE).write_text(text)
    routines, notices = opened(tmp_path)
    assert [p.id for p in routines.plans] == ["my-b"]
    assert len(notices) == 1 and problem in notices[0].text
    routines.save()
    saved = tomllib.loads((tmp_path / ROUTINES_FILE).read_text())["routine"]
    assert tomllib.loads(text)["routine"][0] in saved


def test_an_unreadable_routines_file_is_kept_aside(tmp_path):
    (tmp_path / ROUTINES_FILE).write_text("schema_version = 1\n[[routine]\n")
    routines, notices = opened(tmp_path)
    assert routines.plans == [] and "could not be read" in notices[0].title
    assert len(list(tmp_path.glob("routines.unreadable-*.toml"))) == 1
