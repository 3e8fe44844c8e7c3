"""Checking the sound: `kneecoach --test-sound` plays one chime and says whether it
played; the "Test sound" and "Test voice" buttons (Settings, the first-run welcome)
do the same in the window and say plainly what is missing when nothing can be heard.

For a user checking their speakers before a routine, and for checking that a
packaged KneeCoach still carries everything the chimes need.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.cues import Chime
from kneecoach.core.i18n import translate
from kneecoach.ui.platform.sounds import ChimePlayer
from kneecoach.ui.platform.voice import Voice

WAIT_SECONDS = 5.0


def play_test_chime(app: QApplication, volume_percent: int) -> int:
    """Play the switch-sides chime; 0 when it played, 1 when the app would be silent."""
    player = ChimePlayer(volume_percent, enabled=True)
    if player.silent_reason:
        print(f"No sound: {player.silent_reason}.")
        return 1
    effect = player.effects[Chime.SWITCH]
    if not _wait(app, lambda: effect.status() not in (effect.Status.Null, effect.Status.Loading)):
        print("No sound: the chime did not load in time.")
        return 1
    if effect.status() != effect.Status.Ready:
        print(f"No sound: the chime could not be loaded ({effect.status().name}).")
        return 1
    player.play(Chime.SWITCH)
    _wait(app, effect.isPlaying)  # it starts a moment later, on the audio thread
    _wait(app, lambda: not effect.isPlaying())
    print(
        f"Played the chime at volume {volume_percent} %. If you heard nothing, check "
        "your speakers and the system volume."
    )
    return 0


def _wait(app: QApplication, done: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        app.processEvents()
        if done():
            return True
        time.sleep(0.01)
    return False


def sound_problem() -> str:
    """Why no chime can play here, in plain words; '' when one can."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return translate(
            "SoundCheck",
            "Sound support could not be loaded on this computer. On Linux, install the "
            "PulseAudio client library (libpulse0).",
        )
    if not QMediaDevices.audioOutputs():
        return translate("SoundCheck", "No speakers or headphones were found.")
    return ""


class SoundTests(QWidget):
    """ "Test sound" and "Test voice" buttons, and what each test found, in words."""

    def __init__(
        self, volume: Callable[[], int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._volume = volume
        self._player: ChimePlayer | None = None
        self._voice: Voice | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if volume is not None:
            self.sound_button = QPushButton(translate("SoundCheck", "Test sound"))
            self.sound_button.setToolTip(translate("SoundCheck", "Play a chime at this volume"))
            self.sound_button.clicked.connect(self.test_sound)
            row.addWidget(self.sound_button)
        self.voice_button = QPushButton(translate("SoundCheck", "Test voice"))
        self.voice_button.setToolTip(translate("SoundCheck", "Hear how a cue sounds"))
        self.voice_button.clicked.connect(self.test_voice)
        row.addWidget(self.voice_button)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(translate("SoundCheck", "Test result"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def test_sound(self) -> None:
        problem = sound_problem()
        if problem:
            self._tell(translate("SoundCheck", "No sound: {problem}").format(problem=problem))
            return
        volume = self._volume() if self._volume else 70
        if self._player is not None:
            self._player.deleteLater()
        self._player = ChimePlayer(volume, enabled=True, parent=self)
        effect = self._player.effects[Chime.SWITCH]
        effect.statusChanged.connect(lambda: self._play_loaded(effect))
        self._play_loaded(effect)  # now if it loaded already, else once it has
        self._tell(
            translate(
                "SoundCheck",
                "A chime plays at volume {volume} %. If you hear nothing, check your "
                "speakers and the computer's volume.",
            ).format(volume=volume)
        )

    def _play_loaded(self, effect: Any) -> None:
        if effect.status() == effect.Status.Ready and not effect.isPlaying():
            effect.play()
        elif effect.status() == effect.Status.Error:
            self._tell(translate("SoundCheck", "No sound: the chime could not be loaded."))

    def test_voice(self) -> None:
        if self._voice is None:
            self._voice = Voice(enabled=True, parent=self)
            self._voice.failed.connect(self._tell)
        if not self._voice.available:
            self._tell(self._voice.problem)
            return
        sample = translate("Cues", "Switch to your left side.")
        self._voice.say(sample)
        self._tell(
            translate(
                "SoundCheck",
                "Speaking: “{words}” If you hear nothing, check your speakers and the "
                "computer's volume.",
            ).format(words=sample)
        )

    def _tell(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleDescription(text)
