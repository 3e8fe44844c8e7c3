"""`kneecoach --test-sound`: play one chime and say whether it played.

For a user checking their speakers before a routine, and for checking that a
packaged KneeCoach still carries everything the chimes need.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from kneecoach.core.cues import Chime
from kneecoach.ui.platform.sounds import ChimePlayer

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
