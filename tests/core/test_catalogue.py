import copy
import tomllib

import pytest

from kneecoach.core.catalogue import (
    CatalogueError,
    Joint,
    Kind,
    load_catalogue,
    parse_catalogue,
)
from kneecoach.core.paths import resources_dir


def _document():
    with open(resources_dir() / "exercises.toml", "rb") as handle:
        return tomllib.load(handle)


def test_the_six_exercises_of_the_article_with_their_dosages():
    catalogue = load_catalogue()
    assert catalogue.ids == (
        "ankle-circles",
        "dorsiflexion-stretch",
        "calf-stretch",
        "knee-to-chest",
        "seated-twist",
        "hip-flexor-stretch",
    )
    circles = catalogue.get("ankle-circles")
    assert circles.kind is Kind.REPS and circles.joint is Joint.ANKLE
    assert (circles.reps_min, circles.reps, circles.reps_max) == (10, 12, 15)
    assert circles.directions == ("clockwise", "counter-clockwise")
    assert circles.dosage == "10–15 reps each direction"
    for exercise in catalogue.exercises[1:]:
        assert exercise.kind is Kind.HOLD
        assert exercise.hold_seconds == 30
        assert set(exercise.sides) == {"left", "right"}
        assert exercise.dosage == "Hold 30 s each side"
    assert [e.joint for e in catalogue.exercises] == [Joint.ANKLE] * 3 + [Joint.HIP] * 3


def test_wording_is_the_articles_own():
    catalogue = load_catalogue()
    assert "place the sole of that foot against the inner arch of your extended foot." in " ".join(
        catalogue.get("dorsiflexion-stretch").steps
    )
    assert catalogue.get("calf-stretch").steps[0] == (
        "Stand about 3 feet from a wall with feet flat on the ground."
    )
    for exercise in catalogue.exercises:
        assert "Breathe fully and steadily." in exercise.cautions
        assert "Go only as far as comfortably possible." in exercise.cautions
    assert catalogue.advice is not None
    assert "orthopedist or physical therapist" in catalogue.advice.seek_help
    assert "kinetic chain" in catalogue.advice.why


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("hold_seconds", 0, "from 1 to 600"),
        ("hold_seconds", "30", "whole number"),
        ("sides", ["left", "left"], "each once"),
        ("joint", "knee", "one of ankle, hip"),
        ("kind", "spin", "one of hold, reps"),
        ("steps", [], "at least 1"),
        ("name", "", "non-empty"),
        ("colour", "red", "is not a field"),
    ],
)
def test_a_bad_entry_names_the_file_the_exercise_and_the_field(field, value, problem):
    document = copy.deepcopy(_document())
    document["exercise"][2][field] = value
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(document, "exercises.toml")
    message = str(raised.value)
    assert message.startswith("exercises.toml: exercise 'calf-stretch' (#3): field ")
    assert f"'{field}'" in message and problem in message


def test_a_missing_field_and_a_duplicate_id_are_reported():
    document = copy.deepcopy(_document())
    del document["exercise"][0]["reps_max"]
    with pytest.raises(CatalogueError, match="'reps_max': is missing"):
        parse_catalogue(document, "x.toml")
    document = copy.deepcopy(_document())
    document["exercise"][1]["id"] = "ankle-circles"
    with pytest.raises(CatalogueError, match="'id': is used twice"):
        parse_catalogue(document, "x.toml")


def test_reps_outside_the_range_are_refused():
    document = copy.deepcopy(_document())
    document["exercise"][0]["reps"] = 16
    with pytest.raises(CatalogueError, match="'reps': is 16; it must be from 10 to 15"):
        parse_catalogue(document, "x.toml")


def test_a_file_that_is_not_toml_is_reported(tmp_path):
    broken = tmp_path / "exercises.toml"
    broken.write_text("[[exercise]\nid = ")
    with pytest.raises(CatalogueError, match="is not valid TOML"):
        load_catalogue(broken)
