"""Parts that may be missing on a user's machine never stop the routine."""

import logging

from kneecoach.ui.platform.screen_awake import ScreenAwake
from kneecoach.ui.platform.sounds import ChimePlayer
from kneecoach.ui.platform.voice import Voice


def test_voice_cues_fall_back_to_silence(qapp, caplog):
    with caplog.at_level(logging.INFO):
        voice = Voice(enabled=True)
    voice.say("Switch to your left side.")  # spoken where an engine exists, silent elsewhere
    if not voice.available:
        assert "Voice cues are off" in caplog.text
    assert not Voice(enabled=False).available


def test_muted_sounds_load_nothing(qapp):
    player = ChimePlayer(volume_percent=70, enabled=False)
    assert player.effects == {}
    player.play("switch")


def test_keeping_the_screen_awake_is_harmless_without_a_screen_saver(qapp):
    awake = ScreenAwake()
    awake.hold()
    awake.release()
    assert not awake.held
