"""A long choice goes onto more lines in a narrow row instead of being cut off."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kneecoach.ui.widgets.wrapping_check import WrappingCheckBox
from tests.ui.layout_checks import clipped

WORDS = "Démarrer KneeCoach à l'ouverture de session (il vous rappelle, sans fenêtre)"


def test_a_long_choice_wraps_in_a_narrow_row_and_keeps_its_words(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    box = WrappingCheckBox(WORDS)
    QVBoxLayout(row).addWidget(box)
    row.resize(220, 200)
    row.show()
    qtbot.waitExposed(row)
    qtbot.wait(50)  # the words broken to the width given, then laid out again
    assert box.width() <= 220
    assert box.minimumSizeHint().width() < 220
    assert box.text() == WORDS  # as given, for whoever reads it back
    assert box.height() >= 3 * box.fontMetrics().lineSpacing()
    assert clipped(row) == []
    box.setChecked(True)
    assert box.isChecked()
