import os
import stat
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecoach.core.catalogue import Exercise, Joint, Kind, load_catalogue
from kneecoach.core.my_exercises import (
    MY_EXERCISES_FILE,
    MyExercises,
    exercise_table,
    new_id,
)
from kneecoach.core.routine import Timings, build_steps, single_exercise_routine
from kneecoach.core.tomlfile import StoreError
from tests.fakes import FakeClock

BUILTIN = load_catalogue()
BRIDGE = Exercise(
    id="my-bridge",
    name="Bridge",
    joint=Joint.HIP,
    kind=Kind.HOLD,
    steps=("Lie on your back, knees bent.", "Lift your hips and hold."),
    cautions=("Stop if it hurts.",),
    hold_seconds=20,
    sides=("right",),
    custom=True,
)


def opened(folder: Path) -> tuple[MyExercises, list]:
    mine = MyExercises(folder, FakeClock())
    return mine, mine.load(BUILTIN)


def test_an_exercise_round_trips_through_the_data_folder(tmp_path):
    mine, _ = opened(tmp_path)
    mine.put(BRIDGE)
    mine.save()
    again, notices = opened(tmp_path)
    assert notices == [] and again.exercises == [BRIDGE]
    mode = stat.S_IMODE(os.stat(tmp_path / MY_EXERCISES_FILE).st_mode)
    assert mode == 0o600  # beside the health data, private like it


names = st.text(st.characters(min_codepoint=32, max_codepoint=0x24F), min_size=1).filter(
    lambda s: s.strip() == s and s
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=names,
    steps=st.lists(names, min_size=1, max_size=5),
    kind=st.sampled_from(list(Kind)),
    dose=st.integers(1, 200),
    both=st.booleans(),
)
def test_any_valid_exercise_reads_back_exactly(tmp_path_factory, name, steps, kind, dose, both):
    folder = tmp_path_factory.mktemp("data")
    if kind is Kind.HOLD:
        extra = {"hold_seconds": min(dose, 600), "sides": ("right", "left") if both else ("right",)}
    else:
        directions = ("clockwise", "counter-clockwise") if both else ("clockwise",)
        extra = {"reps": dose, "reps_min": dose, "reps_max": dose, "directions": directions}
    exercise = Exercise(
        id=new_id(name, BUILTIN.ids),
        name=name,
        joint=Joint.ANKLE,
        kind=kind,
        steps=tuple(steps),
        custom=True,
        **extra,
    )
    mine, _ = opened(folder)
    mine.put(exercise)
    mine.save()
    assert opened(folder)[0].exercises == [exercise]


def test_ids_come_from_the_name_and_never_clash():
    assert new_id("Bridge (small)", []) == "my-bridge-small"
    assert new_id("Bridge", ["my-bridge"]) == "my-bridge-2"
    assert new_id("Brücke", []) == "my-br-cke"
    assert new_id("膝", []) == "my-own"
    assert new_id("Calf stretch", BUILTIN.ids) not in BUILTIN.ids


def write(folder: Path, text: str) -> None:
    (folder / MY_EXERCISES_FILE).write_text("schema_version = 1\n" + text)


GOOD = """
[[exercise]]
id = "my-bridge"
name = "Bridge"
joint = "hip"
kind = "hold"
steps = ["Lift your hips."]
hold_seconds = 20
sides = ["right"]
"""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ('name = ""', "name"),
        ('joint = "knee"', "joint"),
        ("hold_seconds = 0", "hold_seconds"),
        ('hold_seconds = "long"', "hold_seconds"),
        ('sides = ["up"]', "sides"),
        ("steps = []", "steps"),
        ('picture = "/etc/passwd.png"', "picture"),
        ('picture = "pictures/../../x.png"', "picture"),
        ('picture = "pictures/notes.txt"', "picture"),
        ('colour = "red"', "colour"),
        ('id = "calf-stretch"', "id"),
    ],
)
def test_a_bad_entry_is_named_kept_and_the_others_used(tmp_path, change, field):
    key = change.split(" =")[0]
    lines = [line for line in GOOD.splitlines() if not line.startswith(f"{key} =")]
    bad = "\n".join(lines).replace('id = "my-bridge"', 'id = "my-bridge"\n' + change)
    if key == "id":
        bad = "\n".join(line for line in bad.splitlines() if line != 'id = "my-bridge"')
    write(tmp_path, bad + GOOD.replace("my-bridge", "my-other"))
    bad_entry = tomllib.loads(bad)["exercise"][0]
    mine, notices = opened(tmp_path)
    assert [e.id for e in mine.exercises] == ["my-other"]
    assert len(notices) == 1 and field in notices[0].text
    mine.save()  # the bad entry goes back into the file as it was
    again, notices = opened(tmp_path)
    assert len(notices) == 1 and [e.id for e in again.exercises] == ["my-other"]
    assert bad_entry in tomllib.loads((tmp_path / MY_EXERCISES_FILE).read_text())["exercise"]


def test_an_unreadable_file_is_kept_aside_untouched(tmp_path):
    write(tmp_path, "[[exercise]\nbroken")
    before = (tmp_path / MY_EXERCISES_FILE).read_bytes()
    mine, notices = opened(tmp_path)
    assert mine.exercises == [] and "could not be read" in notices[0].title
    kept = list(tmp_path.glob("my-exercises.unreadable-*.toml"))
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_a_newer_file_is_read_but_not_written(tmp_path):
    (tmp_path / MY_EXERCISES_FILE).write_text("schema_version = 9\n" + GOOD)
    mine, notices = opened(tmp_path)
    assert [e.id for e in mine.exercises] == ["my-bridge"] and "read-only" in notices[0].title
    with pytest.raises(StoreError, match="newer version"):
        mine.save()


def test_a_picture_is_copied_into_the_data_folder(tmp_path):
    source = tmp_path / "from the physio.PNG"
    source.write_bytes(b"\x89PNG picture")
    data = tmp_path / "data"
    mine, _ = opened(data)
    copied = Path(mine.import_picture(source, "my-bridge"))
    assert copied == data / "pictures" / "my-bridge.png"
    assert copied.read_bytes() == source.read_bytes()
    mine.put(replace(BRIDGE, picture=str(copied)))
    mine.save()
    source.unlink()  # the original may go; the copy stays
    assert 'picture = "pictures/my-bridge.png"' in (data / MY_EXERCISES_FILE).read_text()
    again, _ = opened(data)
    assert Path(again.exercises[0].picture).read_bytes() == b"\x89PNG picture"
    # A new picture is kept beside the old one until the exercise naming it is saved.
    other = tmp_path / "b.png"
    other.write_bytes(b"second")
    newer = again.import_picture(other, "my-bridge")
    assert Path(newer).name == "my-bridge-2.png" and copied.read_bytes() == b"\x89PNG picture"
    again.put(replace(BRIDGE, picture=newer))
    again.save()
    assert sorted(p.name for p in (data / "pictures").iterdir()) == ["my-bridge-2.png"]
    again.remove("my-bridge")
    again.save()
    assert list((data / "pictures").iterdir()) == [] and again.exercises == []


def test_a_failed_save_after_a_new_picture_loses_no_picture(tmp_path, monkeypatch):
    mine, _ = opened(tmp_path)
    (tmp_path / "a.png").write_bytes(b"first")
    mine.put(replace(BRIDGE, picture=mine.import_picture(tmp_path / "a.png", "my-bridge")))
    mine.save()
    (tmp_path / "b.jpg").write_bytes(b"second")
    newer = mine.import_picture(tmp_path / "b.jpg", "my-bridge")
    mine.put(replace(BRIDGE, picture=newer))

    def full_disk(*_args, **_kwargs):
        raise StoreError(28, "my-exercises.toml could not be saved: the disk is full.")

    monkeypatch.setattr("kneecoach.core.userfile.write_toml", full_disk)
    with pytest.raises(StoreError):
        mine.save()
    monkeypatch.undo()
    again, _ = opened(tmp_path)  # the file still names the first picture, and it is there
    assert Path(again.exercises[0].picture).read_bytes() == b"first"


def test_a_deleted_exercise_keeps_its_name_and_its_id_is_not_reused(tmp_path):
    mine, _ = opened(tmp_path)
    mine.put(BRIDGE)
    mine.remove("my-bridge")
    mine.save()
    again, _ = opened(tmp_path)
    assert again.library(BUILTIN).names()["my-bridge"] == "Bridge"
    assert new_id("Bridge", again.taken_ids()) == "my-bridge-2"


def test_an_entry_kept_aside_keeps_its_id_and_its_picture(tmp_path):
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "my-bridge.png").write_bytes(b"kept")
    write(
        tmp_path,
        GOOD.replace("hold_seconds = 20", 'hold_seconds = "x"\npicture = "pictures/my-bridge.png"'),
    )
    mine, notices = opened(tmp_path)
    assert mine.exercises == [] and len(notices) == 1
    assert "my-bridge" in mine.taken_ids()
    mine.save()
    assert (pictures / "my-bridge.png").read_bytes() == b"kept"


def test_a_file_that_is_not_a_picture_is_refused_in_plain_words(tmp_path):
    mine, _ = opened(tmp_path)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a picture"):
        mine.import_picture(tmp_path / "notes.txt", "my-x")
    with pytest.raises(StoreError, match="could not be read"):
        mine.import_picture(tmp_path / "gone.png", "my-x")


def test_built_in_exercises_are_hidden_not_deleted(tmp_path):
    mine, _ = opened(tmp_path)
    mine.put(BRIDGE)
    mine.set_hidden("calf-stretch", True)
    mine.save()
    library = opened(tmp_path)[0].library(BUILTIN)
    assert "calf-stretch" not in [e.id for e in library.exercises]
    assert library.exercises[-1] == BRIDGE
    assert library.find("calf-stretch") is not None  # old sessions still have its name
    assert library.names()["calf-stretch"] == "Calf stretch"


def test_a_custom_exercise_keeps_its_own_dosage_whatever_the_setting():
    timings = Timings(hold_seconds=45, reps=15)
    steps = build_steps(single_exercise_routine(BRIDGE), timings)
    assert [s.duration for s in steps if s.is_active] == [20]
    builtin = build_steps(single_exercise_routine(BUILTIN.get("calf-stretch")), timings)
    assert [s.duration for s in builtin if s.is_active] == [45, 45]


def test_the_table_reads_back_for_every_built_in_exercise(tmp_path):
    from kneecoach.core.catalogue import parse_exercise

    for exercise in BUILTIN.exercises:
        # Read back as the user's own: the same texts, no longer the catalogue's ids.
        expected = replace(exercise, caution_ids=())
        assert parse_exercise(exercise_table(exercise), "x", 1) == expected


def test_an_unreadable_file_in_a_read_only_folder_is_left_alone(tmp_path, monkeypatch):
    write(tmp_path, "[[exercise]\nbroken")
    before = (tmp_path / MY_EXERCISES_FILE).read_bytes()

    def read_only(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kneecoach.core.userfile.quarantine", read_only)
    mine, notices = opened(tmp_path)
    assert "could not be read" in notices[0].title and "left as it is" in notices[0].text
    with pytest.raises(StoreError, match="not changed"):
        mine.save()
    assert (tmp_path / MY_EXERCISES_FILE).read_bytes() == before
