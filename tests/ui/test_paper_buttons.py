"""The document buttons in the window: a PDF saved through the coach, or printed."""

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog

from kneecoach.ui.paper import requests
from tests.fakes import practised
from tests.paper.reading_back import flat_text
from tests.ui.conftest import seed
from tests.ui.test_own_routines_and_exercises import add, open_routines


def choose(button, printing):
    """The button's menu item: Save as PDF… (False) or Print… (True)."""
    save, print_ = button.menu().actions()
    (print_ if printing else save).trigger()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; returns where."""
    target = tmp_path / "out" / "document"  # no .pdf: it is added

    def answer(*_arguments):
        return str(target), ""

    monkeypatch.setattr(requests.QFileDialog, "getSaveFileName", answer)
    return target.with_name("document.pdf")


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The print dialog is accepted, with the printer writing to a PDF in tmp_path."""
    target = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return target


def test_the_home_page_saves_the_chosen_routine_as_a_pdf(make_controller, save_to):
    controller = make_controller()
    choose(controller.window.home.paper_button, printing=False)
    text = flat_text(save_to)
    assert "My knee exercise programme" in text and "Hip flexor stretch" in text
    banner = controller.shell.notices.banners()[-1]
    assert "Document saved" in banner.accessibleName()


def test_the_routine_editor_prints_the_routine_it_shows(make_controller, qtbot, printed):
    controller = make_controller()
    editor = open_routines(controller, qtbot)
    editor.new_button.click()
    add(editor, "calf-stretch")
    choose(editor.paper_button, printing=True)
    text = flat_text(printed)
    assert "Calf stretch" in text and "Ankle circles" in text  # as shown, not yet saved
    assert "Seated twist" not in text


def test_the_progress_page_saves_the_report(make_controller, folders, clock, save_to):
    seed(folders, clock, [practised(clock, 1, 6), practised(clock, 3, 3)])
    controller = make_controller()
    controller.shell.open_progress()
    choose(controller.shell.progress.view.report_button, printing=False)
    text = flat_text(save_to)
    assert "Knee exercise progress report" in text and "2 sessions recorded" in text


def test_a_failed_save_is_told(make_controller, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(
        requests.QFileDialog,
        "getSaveFileName",
        lambda *_: (str(blocker / "sheet.pdf"), ""),
    )
    controller = make_controller()
    choose(controller.window.home.paper_button, printing=False)
    assert not Path(blocker / "sheet.pdf").exists()
    titles = [b.accessibleName() for b in controller.shell.notices.banners()]
    assert any("not saved" in t for t in titles), titles
