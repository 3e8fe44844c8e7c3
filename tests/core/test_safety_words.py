"""Safety words selected by meaning, in every shipped language, and the red-flag check."""

import pytest

from kneecoach.core.catalogue import CatalogueError, Position, load_catalogue, parse_catalogue
from kneecoach.core.red_flags import all_clear_text, red_flag_advice, red_flags
from kneecoach.core.safety import (
    COMFORTABLE,
    SOFT_UNDER_KNEE,
    STABLE_CHAIR,
    STOP_IF_SHARP,
    first_run_safety_lines,
    hold_safety_lines,
    position_hint,
    setup_lines,
)
from kneecoach.core.settings import validate

LANGUAGES = ("en", "de", "es", "fr")
ENGLISH = load_catalogue()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_hold_and_the_first_run_carry_comfort_and_stop_if_sharp(language):
    catalogue = load_catalogue(language=language)
    comfortable, sharp = catalogue.cautions[COMFORTABLE], catalogue.cautions[STOP_IF_SHARP]
    assert hold_safety_lines(catalogue) == (comfortable, sharp)
    card = first_run_safety_lines(catalogue)
    assert card[:2] == (comfortable, sharp)
    assert catalogue.advice is not None and catalogue.advice.seek_help in card
    for exercise in catalogue.exercises:
        assert exercise.caution(COMFORTABLE) == comfortable
        assert exercise.caution(STOP_IF_SHARP) == sharp
    if language == "en":
        assert comfortable == "Go only as far as comfortably possible."
        assert sharp == "Stop if the pain is sharp or getting worse."
    else:  # selected by id, so the translation is there, not the English
        assert comfortable != ENGLISH.cautions[COMFORTABLE]
        assert sharp != ENGLISH.cautions[STOP_IF_SHARP]


@pytest.mark.parametrize("language", LANGUAGES)
def test_chair_exercises_ask_for_a_stable_chair_and_kneeling_for_something_soft(language):
    catalogue = load_catalogue(language=language)
    for exercise in catalogue.exercises:
        expected = {
            Position.SEATED: (catalogue.cautions[STABLE_CHAIR],),
            Position.KNEELING: (catalogue.cautions[SOFT_UNDER_KNEE],),
        }.get(exercise.position, ())
        assert setup_lines(exercise) == expected, exercise.id
    if language == "en":
        assert "without wheels" in catalogue.cautions[STABLE_CHAIR]
        assert "something soft" in catalogue.cautions[SOFT_UNDER_KNEE]


def test_each_exercise_has_the_position_it_starts_in():
    positions = {e.id: e.position for e in ENGLISH.exercises}
    assert positions == {
        "ankle-circles": Position.SEATED,
        "dorsiflexion-stretch": Position.SEATED,
        "calf-stretch": Position.STANDING,
        "knee-to-chest": Position.LYING,
        "seated-twist": Position.SEATED,
        "hip-flexor-stretch": Position.KNEELING,
    }


def test_a_change_to_or_from_the_floor_gets_a_calm_word():
    assert "down onto the floor" in position_hint(Position.STANDING, Position.LYING)
    assert "up from the floor" in position_hint(Position.LYING, Position.SEATED)
    assert position_hint(Position.LYING, Position.KNEELING) == ""
    assert position_hint(Position.SEATED, Position.SEATED) == ""
    assert position_hint(None, Position.LYING) == ""


def _document(**exercise):
    entry = {
        "id": "x",
        "name": "X",
        "joint": "hip",
        "kind": "hold",
        "hold_seconds": 30,
        "sides": ["right"],
        "steps": ["Do it."],
    }
    return {"cautions": {"gentle": "Go gently."}, "exercise": [entry | exercise]}


def test_cautions_are_ids_into_the_shared_table():
    catalogue = parse_catalogue(_document(cautions=["gentle"], position="standing"), "x.toml")
    exercise = catalogue.get("x")
    assert (exercise.cautions, exercise.caution_ids) == (("Go gently.",), ("gentle",))
    assert exercise.caution("gentle") == "Go gently." and exercise.caution("other") is None
    with pytest.raises(CatalogueError) as unknown:
        parse_catalogue(_document(cautions=["no-such"]), "x.toml")
    assert unknown.value.field_name == "cautions"
    with pytest.raises(CatalogueError) as position:
        parse_catalogue(_document(position="upside-down"), "x.toml")
    assert position.value.field_name == "position"


def test_no_yes_no_red_flag_advice():
    flags = red_flags()
    assert [f.id for f in flags] == [
        "swollen-hot-red",
        "locks-or-gives-way",
        "injury-or-fall",
        "cannot-bear-weight",
        "calf",
    ]
    assert red_flag_advice({}) is None
    assert red_flag_advice({f.id: False for f in flags}) is None
    assert "sharp" in all_clear_text()


@pytest.mark.parametrize("flag", [f.id for f in red_flags()])
def test_any_yes_advises_a_professional_without_a_diagnosis_and_lets_the_person_go_on(flag):
    advice = red_flag_advice({flag: True})
    assert advice is not None
    assert [f.id for f in advice.answered_yes] == [flag]
    assert "doctor or physiotherapist before you start" in advice.text
    assert "not a diagnosis" in advice.text
    assert "If you choose to go on" in advice.text
    assert ("today if you can" in advice.text) is (flag in ("cannot-bear-weight", "calf"))


def test_the_before_check_in_is_a_setting_on_by_default():
    settings, problems, _ = validate({})
    assert settings.ask_pain_before is True and problems == []
    settings, problems, _ = validate({"ask_pain_before": False})
    assert settings.ask_pain_before is False
    settings, problems, _ = validate({"ask_pain_before": "no"})
    assert settings.ask_pain_before is True and "ask_pain_before" in problems[0]
