"""`kneecoach --save-sheet FILE.pdf` and `--save-report FILE.pdf [--weeks N]` as people run them."""

import re
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from kneecoach.core.storage.history_store import HistoryStore
from tests.core.test_paper_reading import snapshot
from tests.fakes import FakeClock, practised
from tests.paper.reading_back import flat_text, layout_text, page_count

NOW = datetime.now().astimezone()


def run(tmp_path, *arguments):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kneecoach",
            "--data-dir",
            str(tmp_path / "data"),
            "--config-dir",
            str(tmp_path / "config"),
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def history(tmp_path):
    """Sessions today (pain 4), a week ago (pain 7) and five weeks ago (pain 2)."""
    clock = FakeClock(NOW - timedelta(minutes=1))
    store = HistoryStore(tmp_path / "data", clock)
    store.open()
    store.merge([practised(clock, 0, 4), practised(clock, 7, 7), practised(clock, 35, 2)])
    store.close()
    return tmp_path / "data"


def test_the_report_is_saved_and_nothing_else_changes(tmp_path, history):
    before = snapshot(history)
    result = run(tmp_path, "--save-report", str(tmp_path / "report.pdf"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert snapshot(history) == before
    assert page_count(tmp_path / "report.pdf") == 1
    text = flat_text(tmp_path / "report.pdf")
    assert "Knee exercise progress report" in text and "(8 weeks)" in text
    assert "Calf stretch" in text and "3 sessions recorded" in text
    table = layout_text(tmp_path / "report.pdf")
    for value in (4, 7, 2):  # each check-in after its session, none before it
        assert re.search(rf"\d\d:\d\d +– +{value}\b", table)


def test_weeks_chooses_the_period(tmp_path, history):
    result = run(tmp_path, "--save-report", str(tmp_path / "r.pdf"), "--weeks", "2")
    assert result.returncode == 0
    text = flat_text(tmp_path / "r.pdf")
    assert "(2 weeks)" in text and "2 sessions recorded" in text


def test_the_sheet_is_saved_in_the_language_chosen(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text(
        'schema_version = 1\nlanguage = "de"\nhold_seconds = 40\n'
    )
    result = run(tmp_path, "--save-sheet", str(tmp_path / "sheet.pdf"))
    assert (result.returncode, result.stderr) == (0, "")
    text = flat_text(tmp_path / "sheet.pdf")
    assert "Mein Knie-Übungsprogramm" in text
    assert "40 s" in text
    assert not (tmp_path / "data").exists()  # nothing made in the data folder


def test_an_unwritable_path_exits_1_with_one_plain_line(tmp_path, history):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run(tmp_path, "--save-report", str(blocker / "report.pdf"))
    assert result.returncode == 1
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("KneeCoach: ") and "report.pdf" in result.stderr


def test_a_damaged_history_is_reported_as_far_as_it_reads(tmp_path, history):
    month = history / "history" / f"{NOW:%Y-%m}.toml"
    month.write_bytes(b"schema_version = 2\n[[session]\nid = ")
    before = snapshot(history)
    result = run(tmp_path, "--save-report", str(tmp_path / "report.pdf"))
    assert result.returncode == 3
    assert len(result.stderr.splitlines()) == 1 and month.name in result.stderr
    assert snapshot(history) == before  # the damaged file stays where and as it was
    text = flat_text(tmp_path / "report.pdf")
    assert "Left out:" in text and month.name in text
    # The sessions outside the damaged month still count: one or two, by the calendar.
    kept = [d for d in (0, 7, 35) if f"{NOW - timedelta(days=d, minutes=1):%Y-%m}" != month.stem]
    assert f"{len(kept)} session{'s' if len(kept) > 1 else ''} recorded" in text


def test_weeks_goes_with_a_report_only(tmp_path):
    result = run(tmp_path, "--save-sheet", str(tmp_path / "s.pdf"), "--weeks", "3")
    assert result.returncode == 2 and "--weeks goes with --save-report" in result.stderr
    result = run(tmp_path, "--save-report", str(tmp_path / "s.pdf"), "--weeks", "0")
    assert result.returncode == 2
