"""The buttons that offer a document: each opens a small menu, save as PDF or print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton

from kneecoach.core.i18n import translate

Chosen = Callable[[bool], object]  # told True to print, False to save a PDF


def paper_button(text: str, tip: str, chosen: Chosen) -> QPushButton:
    """A button named for screen readers, whose menu saves a PDF or prints."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.rstrip("…"))
    button.setAccessibleDescription(tip)
    menu = QMenu(button)
    menu.addAction(translate("Paper", "Save as PDF…"), lambda: chosen(False))
    menu.addAction(translate("Paper", "Print…"), lambda: chosen(True))
    button.setMenu(menu)
    return button


def sheet_button(chosen: Chosen) -> QPushButton:
    return paper_button(
        translate("Paper", "Print or save programme…"),
        translate(
            "Paper",
            "The routine on paper: pictures, dosage and steps of each exercise, with the "
            "safety advice and a tick box for each day",
        ),
        chosen,
    )


def report_button(chosen: Chosen) -> QPushButton:
    return paper_button(
        translate("Paper", "Report for my physiotherapist…"),
        translate(
            "Paper",
            "A one-page report of the last eight weeks: days practised against your goal, "
            "exercises done and skipped, pain before and after, and any advice given",
        ),
        chosen,
    )
