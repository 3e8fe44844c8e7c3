"""The session record: the rule for a practised day, and pauses kept out of the time taken."""

from datetime import UTC, date, datetime, timedelta

import pytest

from kneecoach.core.history import (
    ExerciseRecord,
    Outcome,
    RecordError,
    SessionRecord,
    SessionSummary,
    counts_as_practice,
    practice_rule,
    record_from_toml,
    record_to_toml,
    summary_from_line,
    summary_to_line,
)

START = datetime(2026, 11, 24, 18, tzinfo=UTC)


def record(paused: float = 0.0) -> SessionRecord:
    return SessionRecord(
        "a",
        date(2026, 11, 24),
        START,
        START + timedelta(minutes=10),
        "knee-relief",
        True,
        (ExerciseRecord("calf-stretch", Outcome.DONE, ("right", "left")),),
        pain_after=3,
        paused_seconds=paused,
    )


@pytest.mark.parametrize(
    ("done", "total", "practised"),
    [
        (0, 0, False),
        (0, 6, False),
        (1, 6, False),
        (2, 6, False),
        (3, 6, True),
        (6, 6, True),
        (1, 1, True),
        (1, 2, True),
        (1, 3, False),
        (2, 3, True),
    ],
)
def test_a_practised_day_is_at_least_half_of_a_routine_done_in_full(done, total, practised):
    assert counts_as_practice(done, total) is practised


def test_the_rule_is_written_in_plain_words_for_the_progress_page():
    assert "at least half of a routine's exercises in full" in practice_rule()


def test_the_time_taken_leaves_out_the_time_spent_paused():
    assert record().duration_seconds == 600
    assert record(paused=240.5).duration_seconds == 359.5
    assert SessionSummary.of(record(paused=240.5)).duration_seconds == 359.5


def test_pauses_are_kept_in_the_file_and_an_older_file_without_them_still_loads():
    table = record_to_toml(record(paused=12.5))
    assert table["paused_seconds"] == 12.5
    assert record_from_toml(table) == record(paused=12.5)
    older = record_to_toml(record())
    assert "paused_seconds" not in older  # nothing paused: written as before
    assert record_from_toml(older).paused_seconds == 0.0
    with pytest.raises(RecordError):
        record_from_toml(table | {"paused_seconds": -1})
    with pytest.raises(RecordError):
        record_from_toml(table | {"paused_seconds": "long"})


def test_an_index_line_from_before_pauses_were_kept_still_reads():
    summary = SessionSummary.of(record())
    line = summary_to_line(summary)
    assert len(line.split(" ")) == 10  # the line as it was written before
    assert summary_from_line(line) == summary
    paused = SessionSummary.of(record(paused=61.25))
    assert summary_from_line(summary_to_line(paused)) == paused
    with pytest.raises(ValueError):
        summary_from_line(summary_to_line(paused)[: -len("61.25")] + "nan")
