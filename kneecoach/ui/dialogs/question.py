"""A yes-or-no question, and the message box it is asked in.

Fusion lets the words of a message box be selected with the mouse, which gives its
label a text control of its own. Under a screen reader (AT-SPI) every text the
control takes is sent as a text event for the label, which offers no text to read,
and Qt logs "Received text event for invalid interface". The words here are a plain
label: a screen reader still reads them as the box's name and its label. (A box's
informative text gets a label of its own, selectable again: these boxes have none.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def message_box(parent: QWidget | None) -> QMessageBox:
    """An empty message box whose words, set afterwards, are a plain label."""
    box = QMessageBox(parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    # Plain text whatever it holds: a name typed with "<b>" in it shows as typed, and
    # is not taken for markup (which would give the label a text control again).
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The question as QMessageBox.question asks it: Yes and No, No the default."""
    box = message_box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(YES | NO)
    box.setDefaultButton(NO)
    return box


def ask_yes_or_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Asks and waits: True when the answer is Yes (Esc or closing the box is No)."""
    box = question_box(parent, title, text)
    try:
        box.exec()
        return box.standardButton(box.clickedButton()) == YES
    finally:
        box.deleteLater()
