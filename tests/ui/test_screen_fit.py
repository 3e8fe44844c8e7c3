"""Windows that fit: on a 1366×768 laptop with 1.5× text, and at 200 % scaling, no
window is larger than the screen and every page keeps its main actions in view.

Each case runs KneeCoach in a process of its own (tests/ui/fit_probe.py), on an
offscreen screen of the size tried and with the font DPI or scale factor set, as
a person's desktop would start it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QVBoxLayout

from kneecoach.core.catalogue import load_catalogue
from kneecoach.ui.screen_fit import FRAME_GUESS, fit_to_screen, keep_on_screen, room

ROOT = Path(__file__).parents[2]
SCREENS = [
    "welcome",
    "red-flag check",
    "home",
    "session",
    "session, full screen",
    "finish",
    "progress",
    "settings: 0",
    "settings: 1",
    "settings: 2",
    "routine editor",
    "exercise editor",
]
CASES = {
    # Qt turns 1.5× text into a scaling of 1.5: the laptop's screen is 911×512 to it.
    "1366x768, 1.5x text": ({"QT_FONT_DPI": "144"}, (1366, 768), (911, 512), "en"),
    "the same in French, the longest words": (
        {"QT_FONT_DPI": "144"},
        (1366, 768),
        (911, 512),
        "fr",
    ),
    "200 % on 2732x1536": ({"QT_SCALE_FACTOR": "2"}, (2732, 1536), (1366, 768), "en"),
}


def probe(
    tmp_path: Path, variables: dict[str, str], size: tuple[int, int], language: str
) -> list[dict]:
    screen = {"name": "tried", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_SCALE", "QT_FONT"))}
    env |= variables | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("case", CASES)
def test_every_window_fits_and_keeps_its_main_actions_in_view(tmp_path, case):
    variables, size, logical, language = CASES[case]
    first, *screens = probe(tmp_path, variables, size, language)
    available = QRect(*first["available"])
    assert available.size().toTuple() == logical, "the scaling was not applied"
    assert [s["screen"] for s in screens] == SCREENS
    for seen in screens:
        name = seen["screen"]
        assert available.contains(QRect(*seen["frame"])), f"{name}: {seen['frame']} too large"
        for action, place in seen["actions"].items():
            where = f"{name}: {action} at {place['rect']}"
            assert place["visible"] and place["unclipped"], f"{where} is hidden"
            assert available.contains(QRect(*place["rect"])), f"{where} is off the screen"


@pytest.mark.parametrize("case", CASES)
def test_no_window_cuts_off_its_words(tmp_path, case):
    variables, size, _logical, language = CASES[case]
    _first, *screens = probe(tmp_path, variables, size, language)
    cut_off = {seen["screen"]: seen["cut_off"] for seen in screens if seen["cut_off"]}
    assert cut_off == {}


def test_a_window_larger_than_its_screen_is_shrunk_and_moved_inside(qapp):
    window = QMainWindow()
    screen = window.screen().availableGeometry()
    window.setMinimumSize(screen.width() + 100, 300)
    window.resize(screen.width() + 200, screen.height() + 200)
    window.move(300, 200)
    fit_to_screen(window)
    space = room(window)
    assert space == QSize(
        screen.width() - FRAME_GUESS.left() - FRAME_GUESS.right(),
        screen.height() - FRAME_GUESS.top() - FRAME_GUESS.bottom(),
    )
    assert window.size() == space
    assert window.minimumSize() == QSize(space.width(), 300)
    assert window.pos().toTuple() == (screen.x(), screen.y())


def test_a_dialog_has_the_room_its_text_asks_for_up_to_the_screen(qapp, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    text = QLabel("A sentence that wraps. " * 400)
    text.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(text)
    keep_on_screen(dialog)
    dialog.show()
    assert dialog.height() == room(dialog).height()  # more than the two thirds Qt gives
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())


@pytest.mark.parametrize("case", CASES)
def test_the_home_pages_safety_advice_is_never_cut_off(tmp_path, case):
    """Whatever else a small screen squeezes, the advice to breathe and to see a
    professional keeps every line (beside its buttons, or above them when narrow)."""
    variables, size, _logical, language = CASES[case]
    _first, *screens = probe(tmp_path, variables, size, language)
    [home] = [seen for seen in screens if seen["screen"] == "home"]
    advice = load_catalogue(language=language).advice
    assert advice is not None
    assert not [cut for cut in home["cut_off"] if advice.breathing[:30] in cut]


@pytest.mark.parametrize("case", CASES)
def test_the_home_pages_captions_stay_below_their_pictures(tmp_path, case):
    """Where the page is short, the exercises scroll: the captions are never laid over
    the pictures they name."""
    variables, size, _logical, language = CASES[case]
    _first, *screens = probe(tmp_path, variables, size, language)
    [home] = [seen for seen in screens if seen["screen"] == "home"]
    assert home["overlapping"] == []


def test_the_routine_box_has_a_row_of_its_own_only_where_the_page_is_narrow(make_controller, qapp):
    window = make_controller().window
    home, box = window.home, window.home.routine_choice

    def rows() -> int:
        qapp.processEvents()
        return len({w.mapTo(home, w.rect().center()).y() for w in (box, home.start_button)})

    window.resize(1100, 720)  # as it opens: one row, as it always was
    assert rows() == 1
    window.resize(window.minimumSizeHint().width(), 720)
    assert rows() == 2
    assert box.width() >= box.sizeHint().width(), "the box shows its whole name"
    window.resize(1100, 720)
    assert rows() == 1


def test_the_exercises_scroll_to_what_the_keyboard_reaches_in_them(make_controller, qapp, qtbot):
    """Where the window is short the exercises scroll, but Tab goes on from control to
    control as before (the pane is no stop of its own) and brings the one it reaches
    into view."""
    window = make_controller().window
    home = window.home
    pane = home.exercises_pane
    assert not pane.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.resize(window.minimumSizeHint())
    window.activateWindow()
    home.exercise_list.setFocus()
    qapp.processEvents()
    assert pane.verticalScrollBar().maximum() > 0, "the exercises do not fit: they scroll"
    assert pane.verticalScrollBar().value() == 0
    qtbot.keyClick(home.exercise_list, Qt.Key.Key_Tab)
    qapp.processEvents()
    assert QApplication.focusWidget() is home.add_exercise_button
    shown = home.add_exercise_button.visibleRegion().boundingRect()
    assert shown == home.add_exercise_button.rect(), "scrolled into view"
