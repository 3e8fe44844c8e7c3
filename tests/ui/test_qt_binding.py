"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

With it, every call of a void method dropped a reference to None, and a session
of a few minutes ended in a crash ("deallocating None").
"""

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_void_qt_calls_do_not_drop_references_to_none(qapp):
    widget = QWidget()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.setVisible(False)
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
