from dataclasses import fields

import pytest

from kneecoach.core.settings import LIMITS, Settings, validate
from kneecoach.core.storage.settings_store import SettingsStore
from tests.fakes import FakeClock


def test_defaults_follow_the_article():
    settings = Settings()
    assert (settings.hold_seconds, settings.reps, settings.rep_pace) == (30, 12, 3.0)
    timings = settings.timings()
    assert (timings.get_ready, timings.hold_seconds, timings.reps) == (5, 30, 12)


def test_missing_keys_take_their_defaults():
    settings, problems, unknown = validate({})
    assert settings == Settings() and problems == [] and unknown == {}


@pytest.mark.parametrize("key", [f.name for f in fields(Settings)])
def test_a_wrong_type_falls_back_for_that_key_only(key):
    wrong = [1] if key != "theme" else 5
    settings, problems, _ = validate({key: wrong, "volume": 40 if key != "volume" else wrong})
    assert getattr(settings, key) == getattr(Settings(), key)
    assert any(p.startswith(key) and "default" in p for p in problems)
    if key != "volume":
        assert settings.volume == 40


CHOICES = ("theme", "language", "when_window_closes")  # a set of words, not a range


@pytest.mark.parametrize(("key", "limits"), [(k, v) for k, v in LIMITS.items() if k not in CHOICES])
def test_out_of_range_values_fall_back(key, limits):
    low, high = limits
    for value in (low - 1, high + 1):
        settings, problems, _ = validate({key: value})
        assert getattr(settings, key) == getattr(Settings(), key)
        assert "outside" in problems[0]
    settings, problems, _ = validate({key: high})
    assert getattr(settings, key) == high and problems == []


@pytest.mark.parametrize("key", CHOICES)
def test_a_word_not_among_the_choices_falls_back(key):
    settings, problems, _ = validate({key: "klingon"})
    assert getattr(settings, key) == getattr(Settings(), key) and problems
    chosen = LIMITS[key][-1]
    settings, problems, _ = validate({key: chosen})
    assert getattr(settings, key) == chosen and problems == []


def test_unknown_keys_are_kept():
    _, problems, unknown = validate({"schema_version": 1, "future_option": "x"})
    assert unknown == {"future_option": "x"} and problems == []


def test_a_hand_edited_file_keeps_its_good_keys(tmp_path):
    (tmp_path / "settings.toml").write_text(
        'schema_version = 1\nhold_seconds = 45\nreps = "lots"\ntheme = "dark"\nlater = 1\n'
    )
    store = SettingsStore(tmp_path, FakeClock())
    notices = store.load()
    assert store.settings.hold_seconds == 45 and store.settings.theme == "dark"
    assert store.settings.reps == 12
    assert "reps must be a number" in notices[0].text
    store.save(store.settings)
    assert "later = 1" in (tmp_path / "settings.toml").read_text()


def test_an_unreadable_settings_file_is_kept_and_defaults_used(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b"hold_seconds = = 3")
    store = SettingsStore(tmp_path, FakeClock())
    notices = store.load()
    assert store.settings == Settings()
    kept = next(tmp_path.glob("settings.unreadable-*.toml"))
    assert kept.read_bytes() == b"hold_seconds = = 3"
    assert kept.name in notices[0].text
