"""A yes-or-no question, and the message box it is asked in.

Fusion lets the words of a message box be selected with the mouse, which gives its
labels a text control of their own. Under a screen reader (AT-SPI) every text the
control takes is sent as a text event for the label, which offers no text to read,
and Qt logs "Received text event for invalid interface". The words here are plain
labels: a screen reader still reads them as the box's name and its labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProxyStyle, QStyle, QStyleOption, QWidget

from kneecoach.ui.platform.theme import STYLE

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class _PlainWords(QProxyStyle):
    """The app's style, but for the one hint a message box reads for each label it
    makes (the main text and, made later, the informative text)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_MessageBox_TextInteractionFlags:
            return Qt.TextInteractionFlag.NoTextInteraction.value
        return super().styleHint(hint, option, widget, returnData)  # type: ignore[arg-type]


def message_box(parent: QWidget | None) -> QMessageBox:
    """An empty message box whose words, set afterwards, are plain labels."""
    box = QMessageBox(parent)
    style = _PlainWords(STYLE)
    style.setParent(box)
    box.setStyle(style)
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
