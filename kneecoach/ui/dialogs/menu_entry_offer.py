"""The settings' offer to put KneeCoach in the applications menu, for a copy that is
not there (one unpacked by hand): a button, and a line saying how it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kneecoach.core.coach import Change
from kneecoach.core.i18n import translate
from kneecoach.ui.heard import heard_as_shown
from kneecoach.ui.platform.theme import label


class MenuEntryOffer(QWidget):
    def __init__(
        self,
        add: Callable[[], Change],
        still_missing: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.add = add  # the coach writes the entry; this only asks
        self.still_missing = still_missing
        self.button = QPushButton(translate("MenuOffer", "Add KneeCoach to the applications menu"))
        self.button.setToolTip(
            translate("MenuOffer", "So you can start it from the menu, with no terminal")
        )
        self.button.clicked.connect(self._add)
        self.result = heard_as_shown(label(role="muted", wrap=True))
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)

    def _add(self) -> None:
        change = self.add()
        self.result.setText(" ".join(f"{n.title}. {n.text}" for n in change.notices))
        self.result.show()
        self.button.setEnabled(self.still_missing())  # a second try only where it failed
