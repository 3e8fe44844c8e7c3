"""What a screen reader hears of a label that shows a value.

A label's accessible name is what a screen reader says for it; a name set by
hand replaces the text. So a label whose text is the value (a side, a count,
the instruction) keeps its text as its name, and what the value is goes in its
description, which readers give when asked what the thing is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heard_as_shown(label: QLabel, caption: str = "") -> QLabel:
    """`label` is heard as it reads ('LEFT', 'Today: not done yet'), and changes are
    announced as it changes; `caption` ('Side') describes it."""
    label.setAccessibleName("")
    label.setAccessibleDescription(caption)
    return label
