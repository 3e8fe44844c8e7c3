"""Optional spoken cues through QtTextToSpeech; silent where no speech engine works.

Where the computer cannot speak, `problem` says why in plain words, for the
"Test voice" buttons; the routine itself then runs with chimes and words only.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from kneecoach.core.i18n import translate

log = logging.getLogger(__name__)

# Qt's own test engine: it speaks to no one, so it is no voice for a person.
NOT_A_VOICE = frozenset({"mock"})


def real_engines() -> list[str]:
    """The speech engines installed on this computer, Qt's test engine left out."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return [name for name in QTextToSpeech.availableEngines() if name not in NOT_A_VOICE]


class Voice(QObject):
    failed = Signal(str)  # the engine stopped working: why, in plain words

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: Any = None
        self.problem = ""
        if enabled:
            self._speech, self.problem = self._open_engine()
            if self.problem:
                log.warning("Voice cues are off: %s", self.problem)

    def _open_engine(self) -> tuple[Any, str]:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = real_engines()
        except ImportError as error:
            log.info("speech support could not be loaded: %s", error)
            return None, translate(
                "Voice",
                "Speech support could not be loaded on this computer, so KneeCoach cannot "
                "speak. The chimes and the words on screen still guide you.",
            )
        if not engines:
            return None, translate(
                "Voice",
                "This computer has no text-to-speech engine, so KneeCoach cannot speak. "
                "On Linux, install speech-dispatcher and espeak-ng, then try again.",
            )
        problems = []
        for name in engines:
            speech = QTextToSpeech(name, self)
            if speech.state() is not QTextToSpeech.State.Error:
                speech.setLocale(QLocale())  # the language KneeCoach is shown in
                speech.stateChanged.connect(lambda state, s=speech: self._check(s, state))
                return speech, ""
            problems.append(f"{name}: {speech.errorString()}")
            speech.deleteLater()
        return None, self._not_working("; ".join(problems))

    @staticmethod
    def _not_working(details: str) -> str:
        return translate(
            "Voice",
            "The computer's speech engine is not working ({details}), so KneeCoach cannot "
            "speak. On Linux, check that speech-dispatcher is installed and running.",
        ).format(details=details)

    def _check(self, speech: Any, state: Any) -> None:
        if state is type(state).Error:
            self.problem = self._not_working(speech.errorString())
            log.warning("Voice cues stopped: %s", self.problem)
            self.failed.emit(self.problem)

    @property
    def available(self) -> bool:
        return self._speech is not None and not self.problem

    def say(self, text: str) -> None:
        if self.available:
            self._speech.say(text)
