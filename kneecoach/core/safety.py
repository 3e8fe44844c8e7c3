"""The safety rules in one place: every threshold the app's advice rests on, and why.

KneeCoach is used alone, by people in pain. Its advice follows the source
article ("if your knee pain is severe or does not improve, consult an
orthopedist or physical therapist") and, for the numbers, the pain-monitoring
model used in tendon and knee rehabilitation:

    Thomeé R. A comprehensive treatment approach for patellofemoral pain
    syndrome in young women. Phys Ther. 1997;77(12):1690-1703.
    Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity,
    using a pain-monitoring model, during rehabilitation in patients with Achilles
    tendinopathy. Am J Sports Med. 2007;35(6):897-906.

On a 0-10 scale the model calls 0-2 "safe", 2-5 "acceptable" and 5-10 "high
risk": pain during exercise may reach 5 if it has settled by the next morning
and pain does not increase from week to week. Where a number below is our own
judgement rather than the model's, its comment says so.

The rules that use these numbers: `pain.seek_help_advice` (when to suggest a
professional), `progression.progression_offer` (longer or shorter holds),
`history.counts_as_practice` (what counts as a practised day) and
`routine.change_seconds` (time to change position). The texts the UI selects by
meaning (never by English words) are at the end.
"""

from __future__ import annotations

from datetime import timedelta

from kneecoach.core.catalogue import Catalogue, Exercise, Position
from kneecoach.core.i18n import translate

# --- levels of pain on the 0-10 scale -------------------------------------------------
# Top of the model's "acceptable" zone: pain up to 5 during or after the routine is
# acceptable if it settles by the next morning (Thomeé 1997; Silbernagel 2007).
ACCEPTABLE = 5
# "High": above the acceptable zone, in the model's "high risk" zone (6 and up).
HIGH = ACCEPTABLE + 1
# "Moderate": 4 and up. The usual cut points on the 0-10 numeric scale are mild 1-3,
# moderate 4-6, severe 7-10 (Serlin et al., Pain 1995;61:277-284).
MODERATE = 4
# "Very high": one reading of 8 or more is well inside the severe band and far above
# what the model accepts; the article's "severe" pain. Our judgement: 8, not 7, so
# that a single bad day at 7 is met by the persistence rule instead.
VERY_HIGH = 8

# --- seek-help advice (pain.seek_help_advice) ----------------------------------------------
# Readings older than this no longer count as "recent" (two of the model's weeks).
RECENT = timedelta(days=14)
# High readings "persist" when they are on this many different days within RECENT: in
# the model, pain above 5 that is back on another day has not settled by the next morning.
PERSIST_DAYS = 2
# Pain "rises across the routine" when it is ROUTINE_RISE points higher after than
# before (a clinically important change on the 0-10 scale, about 2 points or 30 %:
# Farrar et al., Pain 2001;94:149-158) and ends MODERATE or more: a rise that stays
# mild is within what the model accepts during exercise. On ROUTINE_RISE_DAYS days
# within RECENT it is a pattern.
ROUTINE_RISE = 2
ROUTINE_RISE_DAYS = 2
# "Does not improve": over at least NOT_EASING_SPAN of check-ins (however often the
# person practised), the last week's average is still moderate and has not fallen by a
# clinically important amount from the first week's: 2 points or 30 % (Farrar 2001).
# Three weeks is our judgement of "several weeks": enough for the article's "gradual
# improvements" to begin to show, short enough not to leave someone waiting. Counting
# the first and the last day, the first and the last check-in are 20 days apart.
NOT_EASING_SPAN = timedelta(days=20)
EASED_POINTS = 2.0
EASED_SHARE = 0.3
FEWEST_READINGS = 4  # fewer check-ins than this over the span say too little
LOOK_BACK = timedelta(days=42)  # six weeks: the longest span any pain rule reads
# Hidden advice stays away this long unless a newer reading is worse, or very high.
ASK_AGAIN_AFTER = timedelta(days=14)


def rose_during_routine(before: int | None, after: int | None) -> bool:
    """Whether pain rose across one routine as the rules above count it."""
    if before is None or after is None:
        return False
    return after - before >= ROUTINE_RISE and after >= MODERATE


# --- progression (progression.progression_offer) -------------------------------------
# Longer holds only while every check-in of the last WEEK is below MODERATE and none of
# the two last weeks was HIGH: the model allows more load only while pain stays well
# within the acceptable zone and is not increasing from week to week.
WEEK = timedelta(days=7)
# A rise in the weekly average of this much counts as "pain increased week to week"
# (the model); one point, so that a single reading's noise does not count.
WEEKLY_RISE = 1.0
# Holds are offered in steps of this many seconds, never past CEILING (our judgement:
# twice the article's 30 s; longer static holds add little, Bandy & Irion, Phys Ther
# 1994;74:845-850, found 60 s no better than 30 s).
STEP = 5
CEILING = 60
# Easing off never goes below these floors (our judgement): 15 s is half the article's
# 30 s hold and the shortest hold the settings allow, a shorter hold is hardly a
# stretch; 5 circles is half the article's lower bound of 10.
HOLD_FLOOR = 15
REPS_STEP = 2
REPS_FLOOR = 5

# --- what counts as a practised day (history.counts_as_practice) ------------------------
# At least half of one routine's exercises done in full: most of the routine, honestly
# done, while a stop for pain halfway through still counts. Our judgement.
PRACTICE_SHARE = 0.5

# --- time to change position (routine.change_seconds) -----------------------------------
# Extra seconds, on top of the rest and get-ready, to move between starting positions.
# Getting down to or up from the floor with a painful knee takes the longest: 20 s more,
# our judgement, so that nobody has to hurry onto a knee that hurts. Chair to standing
# and back: 5 s.
TO_OR_FROM_FLOOR = 20
ON_THE_FLOOR = 10  # lying to kneeling or back: roll over, come up onto one knee
CHAIR_AND_STANDING = 5
# Switching the kneeling knee means standing up half-way and kneeling on the other
# one: this many seconds more than an ordinary switch of sides.
KNEELING_SWITCH_EXTRA = 5
# Before the first exercise the person is taken to be seated (at the computer).
STARTING_POSITION = Position.SEATED

# --- safety words, selected by meaning ----------------------------------------------
# Ids of the catalogue's [cautions] table (resources/exercises.toml).
BREATHE = "breathe"
COMFORTABLE = "comfortable"  # the article's "go only as far as comfortably possible"
STOP_IF_SHARP = "stop-if-sharp"
STABLE_CHAIR = "stable-chair"
SOFT_UNDER_KNEE = "soft-under-knee"
# Shown during every hold, whatever the exercise (the user's own ones too).
HOLD_CAUTIONS = (COMFORTABLE, STOP_IF_SHARP)
# What to set up before an exercise: shown while getting ready.
SETUP_CAUTIONS = (STABLE_CHAIR, SOFT_UNDER_KNEE)


def hold_safety_lines(catalogue: Catalogue) -> tuple[str, ...]:
    """The lines to show during every hold, in the catalogue's language:
    go only as far as is comfortable, and stop if the pain is sharp or getting worse."""
    return tuple(catalogue.cautions[key] for key in HOLD_CAUTIONS if key in catalogue.cautions)


def setup_lines(exercise: Exercise) -> tuple[str, ...]:
    """What to have ready for this exercise (a stable chair, something soft under the
    knee), from its own cautions; empty for an exercise that needs nothing."""
    return tuple(
        text
        for key, text in zip(exercise.caution_ids, exercise.cautions, strict=False)
        if key in SETUP_CAUTIONS
    )


def first_run_safety_lines(catalogue: Catalogue) -> tuple[str, ...]:
    """The "To stay safe" card at first run: comfort, stopping for sharp pain,
    breathing, and the article's advice to see a professional."""
    lines = [*hold_safety_lines(catalogue)]
    if BREATHE in catalogue.cautions:
        lines.append(catalogue.cautions[BREATHE])
    if catalogue.advice is not None:
        lines.append(catalogue.advice.seek_help)
    return tuple(lines)


def position_hint(before: Position | None, now: Position | None) -> str:
    """A calm word for the get-ready of an exercise that starts in another position
    ("" when there is no change worth a word)."""
    if before is None or now is None or before is now:
        return ""
    if now.on_floor and not before.on_floor:
        return translate("Safety", "Take your time getting down onto the floor.")
    if before.on_floor and not now.on_floor:
        return translate("Safety", "Take your time getting up from the floor.")
    return ""
