"""The chosen exercise's words on the home page and the notices' words: plain labels a
screen reader reads in order, none with a text control of its own (which, for rich
or selectable text, had Qt send text events a screen reader could not take, and log
a warning each time)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from kneecoach.core.notices import Notice
from kneecoach.ui.widgets.notices import NoticeBanner
from kneecoach.ui.widgets.plain_words import Paragraphs, StepList
from tests.ui.screen_reader import walk


def with_text_control(root: QWidget) -> list[str]:
    """The labels under `root` that Qt gave a text control (rich or selectable text)."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if any(
            child.metaObject().className() == "QWidgetTextControl"
            for child in label.findChildren(QObject)
        )
    ]


def heard_words(root: QWidget) -> list[str]:
    return [
        heard.name
        for heard in walk(root)
        if heard.role == QAccessible.Role.StaticText and heard.name
    ]


def test_no_word_of_the_chosen_exercise_has_a_text_control(window, qtbot):
    detail = window.home.detail
    assert with_text_control(detail) == [], "as the home page opens"
    window.home.exercise_list.setFocus()
    for _ in range(5):
        qtbot.keyClick(window.home.exercise_list, Qt.Key.Key_Down)
        assert with_text_control(detail) == [], detail.name.text()


def test_an_exercise_named_with_markup_is_shown_as_typed(window):
    """The user's own exercise may be named 'Heels <b>up</b>': words, not markup."""
    detail = window.home.detail
    typed = replace(detail.exercise, name="Heels <b>up</b>")
    detail.show_exercise(typed)
    assert detail.name.text() == "Heels <b>up</b>"
    assert with_text_control(detail) == []


def test_a_screen_reader_reads_the_steps_in_order_then_the_cautions_and_why(window, qtbot):
    home = window.home
    home.exercise_list.setFocus()
    qtbot.keyClick(home.exercise_list, Qt.Key.Key_Down)  # the dorsiflexion stretch
    exercise = home.detail.exercise
    heard = heard_words(home.detail)
    numbered = []
    for number, step in enumerate(exercise.steps, start=1):
        numbered += [f"{number}.", step]
    start = heard.index("1.")
    assert heard[start : start + len(numbered)] == numbered
    after = heard[start + len(numbered) :]
    assert after[0] == " ".join(exercise.cautions)
    joint = home.detail.library.joints[exercise.joint.value]
    assert after[1:3] == ["Why it helps:", joint.why]
    assert "kinetic chain" in after[3]


def test_fewer_steps_leave_no_step_of_the_last_exercise_behind(qtbot):
    steps = StepList()
    qtbot.addWidget(steps)
    steps.set_steps(["Sit tall.", "Lift one foot.", "Circle it."], "Go gently.")
    steps.set_steps(["Lie down.", "Bend your knee."], "")
    assert steps.text() == "1. Lie down.\n2. Bend your knee."
    steps.show()
    shown = [label.text() for label in steps.findChildren(QLabel) if label.isVisible()]
    assert shown == ["1.", "Lie down.", "2.", "Bend your knee."]


def test_the_words_are_shown_as_written_never_as_markup(qtbot):
    """The user's own exercise may say 'knee <b>bent</b>' or 'x < y': shown as typed."""
    steps = StepList()
    why = Paragraphs(2, "muted")
    for widget in (steps, why):
        qtbot.addWidget(widget)
    steps.set_steps(["Keep the knee <b>bent</b> & soft."], "<i>Stop</i> if it hurts.")
    why.set_paragraphs("Why it helps:", ["Hips < knees.", ""])
    labels = [*steps.findChildren(QLabel), *why.findChildren(QLabel)]
    assert {label.textFormat() for label in labels} == {Qt.TextFormat.PlainText}
    assert steps.steps[0].text() == "Keep the knee <b>bent</b> & soft."
    assert steps.cautions.font().bold() and why.heading.font().bold()
    assert why.text() == "Why it helps:\nHips < knees."
    why.set_paragraphs("Why it helps:", ["", "The chain."])
    assert why.text() == "The chain.", "no heading over a missing reason"


def test_a_notice_is_plain_words_with_a_bold_title(qtbot):
    banner = NoticeBanner(Notice("Settings <restored>", "Your file was & is kept."))
    qtbot.addWidget(banner)
    assert with_text_control(banner) == []
    title, text = [label for label in banner.findChildren(QLabel)]
    assert (title.text(), text.text()) == ("Settings <restored>", "Your file was & is kept.")
    assert title.font().bold() and not text.font().bold()
