"""What a person would see as broken on a screen: cut-off text, and text left untranslated."""

from __future__ import annotations

import re

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
