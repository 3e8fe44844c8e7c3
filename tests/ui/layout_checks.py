"""What a person would see as broken on a screen: cut-off text, text left untranslated,
parts pushed off the screen or on top of each other, and the sizes of what the
session view shows (its digits, its picture) as they would be measured on a screenshot."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from kneecoach.ui.widgets.fit_label import BREAKS

WORDS = re.compile(r"[^\W\d_]{2,}")


def shown(root: QWidget) -> list[QWidget]:
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.isVisible() and w.width() > 0]


def clipped(root: QWidget) -> list[str]:
    """Widgets narrower or shorter than their text needs (a label cut off, a button
    whose words do not fit), named with their text so a failure says where."""
    problems = []
    for widget in shown(root):
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        f"label {widget.text()!r}: {widget.height()} < {needed} px tall"
                    )
                if not Qt.mightBeRichText(widget.text()):  # markup is no word on screen
                    problems += cut_words(widget)
                continue
            hint = widget.minimumSizeHint()
        elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox):
            hint = widget.sizeHint()
        else:
            continue
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            text = getattr(widget, "text", lambda: "")() or widget.accessibleName()
            problems.append(
                f"{type(widget).__name__} {text!r}: {widget.width()}×{widget.height()}"
                f" < {hint.width()}×{hint.height()}"
            )
    return problems


def texts(root: QWidget) -> list[str]:
    """Every text on screen or read out by a screen reader, where it can be read back."""
    found = []
    for widget in shown(root):
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow():
            found.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            found += [widget.specialValueText(), getattr(widget, "suffix", lambda: "")()]
    return [text for text in found if WORDS.search(text)]


def cut_words(label: QLabel) -> list[str]:
    """A wrapped label wraps between words (and after a hyphen), never inside one: a
    word wider than the label is cut off at its edge however tall the label is."""
    metrics = QFontMetricsF(label.font())
    room = label.contentsRect().width()
    return [
        f"label {label.text()!r}: {word!r} is {metrics.horizontalAdvance(word):.0f} > {room} px"
        for word in BREAKS.split(label.text())
        if metrics.horizontalAdvance(word) > room + 1
    ]


def off_screen(root: QWidget) -> list[str]:
    """Shown parts that reach past the edge of `root` (the screen, or the window)."""
    edge = root.rect()
    problems = []
    for widget in shown(root):
        if widget is root:
            continue
        place = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not edge.contains(place):
            name = getattr(widget, "text", lambda: "")() or type(widget).__name__
            problems.append(f"{name!r} at {place.getRect()} is outside {edge.getRect()}")
    return problems


def overlapping(parts: dict[str, QWidget]) -> list[str]:
    """Pairs of shown parts that cover one another."""
    shown_parts = [(name, part) for name, part in parts.items() if part.isVisible()]
    return [
        f"{one} and {other} overlap"
        for i, (one, first) in enumerate(shown_parts)
        for other, second in shown_parts[i + 1 :]
        if first.geometry().intersects(second.geometry())
    ]


def digit_height(ring) -> float:
    """How tall the countdown's digits are on screen: the ink, as measured on a
    screenshot, not the font's size."""
    return QFontMetricsF(ring.number_font()).tightBoundingRect(ring.text).height()


def tallest_text(root: QWidget, leave_out: tuple[QWidget, ...] = ()) -> tuple[float, str]:
    """The tallest letters of any shown label or button (their capitals' height)."""
    tallest = (0.0, "")
    for widget in shown(root):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            if any(widget is w or w.isAncestorOf(widget) for w in leave_out):
                continue
            capitals = QFontMetricsF(widget.font()).capHeight()
            tallest = max(tallest, (capitals, widget.text()))
    return tallest
