""" "Test sound" and "Test voice" in Settings and the voice offered in the welcome: each
test says what it did, or plainly what is missing on this computer."""

from __future__ import annotations

import tomllib

import pytest

from kneecoach.ui.platform import voice as voice_module
from kneecoach.ui.platform.sound_check import sound_problem


@pytest.fixture
def settings_dialog(make_controller):
    controller = make_controller()
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    yield dialog
    dialog.reject()


def test_the_voice_test_says_plainly_when_the_computer_has_no_voice(settings_dialog, monkeypatch):
    monkeypatch.setattr(voice_module, "real_engines", lambda: [])
    tests = settings_dialog.sound_tests
    assert tests.voice_button.text() == "Test voice"
    tests.voice_button.click()
    assert "no text-to-speech engine" in tests.result.text()
    assert "speech-dispatcher" in tests.result.text()  # and what to install


def test_the_voice_test_speaks_a_cue_where_an_engine_works(settings_dialog, monkeypatch, qtbot):
    monkeypatch.setattr(voice_module, "real_engines", lambda: ["mock"])  # Qt's test engine
    tests = settings_dialog.sound_tests
    tests.voice_button.click()
    assert tests.result.text().startswith("Speaking: “Switch to your left side.”")
    speech = tests._voice._speech
    qtbot.waitUntil(lambda: speech.state() is speech.State.Speaking, timeout=2000)


def test_the_voice_test_tells_a_speech_engine_that_does_not_start(settings_dialog, monkeypatch):
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "state", lambda _self: QTextToSpeech.State.Error)
    monkeypatch.setattr(voice_module, "real_engines", lambda: ["mock"])
    tests = settings_dialog.sound_tests
    tests.voice_button.click()
    assert "speech engine is not working (mock:" in tests.result.text()


def test_the_sound_test_plays_a_chime_at_the_chosen_volume_or_says_why_not(settings_dialog):
    settings_dialog.volume.setValue(35)
    tests = settings_dialog.sound_tests
    assert tests.sound_button.text() == "Test sound"
    tests.sound_button.click()
    problem = sound_problem()  # on a machine without speakers, as in CI, that is said
    if problem:
        assert tests.result.text() == f"No sound: {problem}"
    else:
        assert "A chime plays at volume 35 %" in tests.result.text()


def test_the_welcome_offers_the_voice_with_a_test(first_run, make_controller, qtbot, monkeypatch):
    monkeypatch.setattr(voice_module, "real_engines", lambda: [])
    controller = make_controller()
    dialog = controller.offers.welcome_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.voice_cues.isChecked()  # off unless chosen
    assert not hasattr(dialog.voice_test, "sound_button")  # the voice alone is offered here
    dialog.voice_test.voice_button.click()
    assert "cannot speak" in dialog.voice_test.result.text()
    dialog.voice_cues.setChecked(True)
    dialog.begin_button.click()
    saved = tomllib.loads((first_run[1] / "settings.toml").read_text())
    assert saved["voice_cues"] is True and controller.coach.settings.voice_cues


class Heard:
    """Stands in for the voice: keeps what it is asked to say."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def say(self, text: str) -> None:
        self.lines.append(text)


def test_the_session_s_voice_says_the_changes_and_never_the_seconds(running, clock):
    from tests.ui.conftest import DORSIFLEXION_READY, advance

    _, window = running
    voice = window.run.voice = Heard()
    window.run.driver.skip()  # to the dorsiflexion stretch
    advance(window, clock, DORSIFLEXION_READY + 30 + 5 + 2)
    window.run.driver.toggle_pause()
    window.run.driver.toggle_pause()
    assert voice.lines == [
        "Dorsiflexion stretch. Get ready, right side first.",
        "Hold, right side.",
        "Halfway.",
        "5 seconds left.",
        "Switch to your left side.",
        "Hold, left side.",
        "Paused.",
        "Resumed.",
    ]
