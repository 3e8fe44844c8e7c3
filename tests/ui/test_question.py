"""The yes-or-no questions (stop the routine, delete an exercise) and the question
asked when the window closes: asked as QMessageBox.question asks, with words a
screen reader reads without Qt warning about them (see tests/e2e/test_screen_reader)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kneecoach.ui.dialogs.closing import closing_question
from kneecoach.ui.dialogs.question import ask_yes_or_no, question_box


def plain_words(box: QMessageBox) -> list[str]:
    """The texts of the box's labels that a person could select (a text control)."""
    return [
        label.text()
        for label in box.findChildren(QLabel)
        if label.text() and label.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction
    ]


def test_the_question_is_yes_or_no_with_no_the_default_and_plain_words(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = question_box(parent, "Stop the routine?", "Stop now?")
    assert (box.windowTitle(), box.text(), box.icon()) == (
        "Stop the routine?",
        "Stop now?",
        QMessageBox.Icon.Question,
    )
    assert box.standardButtons() == QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.show()
    assert plain_words(box) == []
    # Fusion's own message box lets its words be selected: that is what is changed here.
    fusion = QMessageBox(QMessageBox.Icon.Question, "Stop the routine?", "Stop now?")
    fusion.show()
    assert plain_words(fusion) == ["Stop now?"]
    fusion.close()


def answer(press: str | None) -> bool:
    """Asks, and answers as a person would: a button of the box, or Esc."""

    def respond() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if press is None:
            box.reject()  # Esc, or the box's close button
        else:
            box.button(getattr(QMessageBox.StandardButton, press)).click()

    QTimer.singleShot(0, respond)
    return ask_yes_or_no(None, "Delete this exercise?", "Delete “Heel raise”?")


def test_the_answer_is_true_only_for_yes(qapp):
    assert answer("Yes") is True
    assert answer("No") is False
    assert answer(None) is False


def test_the_question_when_the_window_closes_has_plain_words_too(make_controller):
    controller = make_controller()
    box = closing_question(controller.window, controller.coach)
    box.show()
    assert "Keep reminding you" in box.text() and "Settings" in box.text()
    assert box.informativeText() == ""  # a label of its own would be selectable again
    assert plain_words(box) == []
    box.close()


def test_a_name_typed_with_markup_is_asked_about_as_typed(qtbot):
    """A person's own exercise called "Heels <b>up</b>" is asked about in those very
    words, in a plain label: no bold, and no text control for a screen reader to trip on."""
    box = question_box(None, "Delete this exercise?", "Delete “Heels <b>up</b>”?")
    qtbot.addWidget(box)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.textFormat() == Qt.TextFormat.PlainText
    controls = [c for c in label.children() if c.metaObject().className() == "QWidgetTextControl"]
    assert controls == []
    assert plain_words(box) == []
