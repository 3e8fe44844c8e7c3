"""Both documents painted into PDFs from a known history and read back with poppler."""

from pathlib import Path

import pytest

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.history import SessionSummary
from kneecoach.core.my_exercises import Library
from kneecoach.core.paper.paper import PaperSize
from kneecoach.core.paper.report import progress_report
from kneecoach.core.paper.sheet import programme_sheet
from kneecoach.core.routine import Timings, dose_text
from kneecoach.core.wording import short_date
from kneecoach.ui.paper.output import pdf_bytes
from kneecoach.ui.platform import language
from tests.paper import known
from tests.paper.reading_back import (
    flat,
    flat_text,
    images,
    in_a_row,
    layout_text,
    number_above,
    page_count,
    words,
)

TIMINGS = Timings(hold_seconds=35)


@pytest.fixture(params=["en", "de"])
def language_of(request, qapp):
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, "en")


def documents(tmp_path: Path, paper: PaperSize = PaperSize.A4):
    catalogue = load_catalogue(language=language.resolve("system"))
    library = Library(catalogue)
    from kneecoach.core.routine import default_routine

    routine = default_routine(catalogue)
    sheet = programme_sheet(routine, library, TIMINGS, known.TODAY)
    sessions = [SessionSummary.of(r) for r in known.records()]
    report = progress_report(
        sessions, known.TODAY, 8, known.GOAL, library, routine, TIMINGS, ("the test's line",)
    )
    paths = tmp_path / "sheet.pdf", tmp_path / "report.pdf"
    paths[0].write_bytes(pdf_bytes(sheet, paper))
    paths[1].write_bytes(pdf_bytes(report, paper))
    return catalogue, routine, sheet, report, paths


def installed_catalogue(code):
    return load_catalogue(language=code)


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER])
def test_the_sheet_has_every_exercise_dosage_step_and_safety_line(qapp, tmp_path, paper):
    _catalogue, routine, sheet, _report, (path, _) = documents(tmp_path, paper)
    text = flat_text(path)
    for exercise in routine.exercises:
        assert exercise.name in text
        assert dose_text(exercise, TIMINGS) in text
        for step in exercise.steps:
            assert flat(step) in text
    assert "Hold 35 s each side" in text
    for line in sheet.safety:
        assert flat(line) in text
    assert 1 <= page_count(path) <= 2


def test_the_pictures_are_drawn_as_shapes_not_pixels(qapp, tmp_path):
    *_, (sheet_path, report_path) = documents(tmp_path)
    assert images(sheet_path) == [] and images(report_path) == []
    # Shapes they are: the drawings' paths make the sheet far larger than its text alone.
    assert sheet_path.stat().st_size > 3 * report_path.stat().st_size / 2


def test_the_sheet_in_each_shipped_language(language_of, tmp_path):
    _catalogue, routine, sheet, _report, (path, _) = documents(tmp_path)
    text = flat_text(path)
    assert sheet.title in text
    for exercise in routine.exercises:
        assert exercise.name in text and flat(exercise.steps[0]) in text
    for line in sheet.safety:
        assert flat(line) in text


def test_the_report_has_the_weekly_counts_pain_and_advice(qapp, tmp_path):
    _catalogue, _routine, _sheet, report, (_, path) = documents(tmp_path)
    assert page_count(path) == 1
    text = flat_text(path)
    found = words(path)
    for week, days in zip(report.weeks, known.DAYS, strict=True):
        day, month = week.label.split(" ")
        label = next(
            [w, found[i + 1]]
            for i, w in enumerate(found[:-1])
            if w.text == day and found[i + 1].text == month and w.y_min > 150
        )
        assert number_above(found, label) == str(days)
    table = layout_text(path)
    for row in report.pain:
        assert in_a_row(table, row.when, row.before, row.after)
    assert "Your knee pain was very high" in text
    assert short_date(known.VERY_HIGH_DAY) in text
    assert "Left out: the test's line" in text
    for row in report.exercises:
        assert in_a_row(table, row.name, row.dosage, row.done, row.skipped)


def test_each_pain_check_in_reads_on_one_line(language_of, tmp_path):
    """A date that wrapped would run into the row below it (German's are longer)."""
    _catalogue, _routine, _sheet, report, (_, path) = documents(tmp_path)
    table = layout_text(path)
    for row in report.pain:
        assert in_a_row(table, row.when, row.before, row.after), row.when
