"""The words at the end of a routine: what was done, and praise only when earned.

The same rule for a finished and a stopped routine: the words follow what was
done in full, never whether the routine ran to its end, and they use the one
rule for a practised day (`history.counts_as_practice`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kneecoach.core.history import SessionRecord
from kneecoach.core.i18n import translate


@dataclass(frozen=True)
class FinishWords:
    title: str
    text: str
    praised: bool  # the whole routine was done: the words (and a chime) may celebrate


def finish_words(record: SessionRecord) -> FinishWords:
    done, total = record.done_count, len(record.exercises)
    if done == 0:
        return FinishWords(
            translate("Finish", "Nothing done this time"),
            translate(
                "Finish",
                "No exercise was done in full, so this does not count as a practised day. "
                "That is all right: come back to it when you are ready.",
            ),
            praised=False,
        )
    did = translate("Finish", "You did {done} of %n exercise(s).", None, total).format(done=done)
    if done == total:
        return FinishWords(translate("Finish", "Well done — routine complete"), did, praised=True)
    if record.counts_as_practice:
        verdict = translate("Finish", "That counts as a practised day.")
    else:
        verdict = translate(
            "Finish",
            "A day counts as practised when at least half of a routine's exercises are done "
            "in full.",
        )
    return FinishWords(translate("Finish", "Part of the routine done"), f"{did} {verdict}", False)
