"""Run by the sound tests in their own process, so Qt meets the test's PulseAudio server.

Loads every chime through the app's ChimePlayer, prints each one's status,
then plays the chime named on the command line and waits for it to finish.
"""

import sys
import time

from PySide6.QtWidgets import QApplication

from kneecoach.ui.platform.sounds import ChimePlayer


def main() -> int:
    app = QApplication(sys.argv[:1])
    player = ChimePlayer(volume_percent=100, enabled=True)
    if player.silent_reason:
        print(f"silent: {player.silent_reason}", flush=True)
        return 0
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        e.status() == e.Status.Loading or e.status() == e.Status.Null
        for e in player.effects.values()
    ):
        app.processEvents()
        time.sleep(0.01)
    for name, effect in player.effects.items():
        print(f"{name} {effect.status().name}", flush=True)
    if len(sys.argv) > 1:
        player.play(sys.argv[1])
        until = time.monotonic() + 3
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.01)
    return 0


if __name__ == "__main__":
    sys.exit(main())
