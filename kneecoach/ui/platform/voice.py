"""Optional spoken cues through QtTextToSpeech; silent where no speech engine exists."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


class Voice(QObject):
    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: Any = None
        if enabled:
            self._speech = self._open_engine()

    @staticmethod
    def _open_engine() -> Any:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            log.warning("Voice cues are off: speech support could not be loaded (%s).", error)
            return None
        if not QTextToSpeech.availableEngines():
            log.warning("Voice cues are off: no speech engine is installed.")
            return None
        return QTextToSpeech()

    @property
    def available(self) -> bool:
        return self._speech is not None

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)
