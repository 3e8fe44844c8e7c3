"""A short red-flag check: signs that call for a professional's look before exercising.

Asked at first run and from the home page at any time. These are the usual
screening questions before self-managed knee exercise: a swollen, hot or red
knee; a knee that locks or gives way; a recent injury or fall; not being able
to bear weight; pain or swelling in the calf. Any "yes" brings plain advice to
see a doctor or physiotherapist before starting. KneeCoach names no condition
and never forbids: the person may go on if they choose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kneecoach.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class RedFlag:
    id: str
    question: str  # in the user's language
    soon: bool  # a "yes" is worth a doctor's look soon, not only before starting


# (id, question, soon): the questions in the order they are asked.
_QUESTIONS = (
    ("swollen-hot-red", QT_TRANSLATE_NOOP("RedFlags", "Is your knee swollen, hot or red?"), False),
    (
        "locks-or-gives-way",
        QT_TRANSLATE_NOOP("RedFlags", "Does your knee lock (get stuck) or give way?"),
        False,
    ),
    (
        "injury-or-fall",
        QT_TRANSLATE_NOOP("RedFlags", "Have you recently injured your knee or had a fall?"),
        False,
    ),
    (
        "cannot-bear-weight",
        QT_TRANSLATE_NOOP("RedFlags", "Are you unable to put your weight on the leg?"),
        True,
    ),
    ("calf", QT_TRANSLATE_NOOP("RedFlags", "Do you have pain or swelling in your calf?"), True),
)


def red_flags() -> tuple[RedFlag, ...]:
    """The questions, in the user's language."""
    return tuple(RedFlag(key, translate("RedFlags", text), soon) for key, text, soon in _QUESTIONS)


def red_flag_intro() -> str:
    return translate(
        "RedFlags",
        "Before you start, a few quick questions about your knee. Answer yes if it is true "
        "for you now.",
    )


@dataclass(frozen=True)
class RedFlagAdvice:
    title: str
    text: str
    answered_yes: tuple[RedFlag, ...]  # the questions answered yes, to list them


def red_flag_advice(answers: Mapping[str, bool]) -> RedFlagAdvice | None:
    """The advice when any question (by id) was answered yes; None when none was."""
    yes = tuple(flag for flag in red_flags() if answers.get(flag.id))
    if not yes:
        return None
    parts = [
        translate(
            "RedFlags",
            "Please see a doctor or physiotherapist before you start these exercises, and "
            "tell them what you answered yes to. They can look at your knee; KneeCoach cannot, "
            "and this is not a diagnosis.",
        )
    ]
    if any(flag.soon for flag in yes):
        parts.append(
            translate(
                "RedFlags",
                "Pain or swelling in the calf, or a leg you cannot put your weight on, should "
                "be seen by a doctor soon: today if you can.",
            )
        )
    parts.append(
        translate(
            "RedFlags",
            "If you choose to go on, go gently: only as far as is comfortable, and stop if "
            "the pain is sharp or getting worse.",
        )
    )
    return RedFlagAdvice(
        translate("RedFlags", "Please see a doctor or physiotherapist first"), " ".join(parts), yes
    )


def all_clear_text() -> str:
    """What to say when every answer was no."""
    return translate(
        "RedFlags",
        "Thank you. Go gently: only as far as is comfortable, and stop if the pain is sharp "
        "or getting worse. You can take this check again from the home page at any time.",
    )
