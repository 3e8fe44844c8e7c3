"""Chimes through QtMultimedia, loaded when the first session starts, never before.

Where QtMultimedia cannot load (no libpulse on Linux) or there is no audio
device, KneeCoach runs silently and says so once in its log.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl

from kneecoach.core.cues import Chime
from kneecoach.core.paths import resources_dir

log = logging.getLogger(__name__)


class ChimePlayer(QObject):
    def __init__(self, volume_percent: int, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.effects: dict[str, Any] = {}
        self.silent_reason = ""
        if enabled:
            self._load(volume_percent / 100)

    def _load(self, volume: float) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            self._go_silent(f"audio support could not be loaded ({error})")
            return
        if not QMediaDevices.audioOutputs():
            self._go_silent("no audio output device was found")
            return
        folder = resources_dir() / "sounds"
        for name in Chime.ALL:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{name}.wav")))
            effect.setVolume(volume)
            self.effects[name] = effect  # preloaded now, so a chime starts on time

    def _go_silent(self, reason: str) -> None:
        self.silent_reason = reason
        log.warning("Sounds are off: %s. The routine runs silently.", reason)

    def play(self, name: str) -> None:
        effect = self.effects.get(name)
        if self.enabled and effect is not None:
            effect.play()
