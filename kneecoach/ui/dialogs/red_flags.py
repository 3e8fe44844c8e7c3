"""The red-flag check: a few yes/no questions about the knee before exercising.

Any "yes" advises seeing a doctor or physiotherapist first, in plain words and
without a diagnosis; the person may still go on. The questions and the advice
are the core's (`core/red_flags.py`); this only asks and shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.i18n import translate
from kneecoach.core.red_flags import all_clear_text, red_flag_advice, red_flag_intro, red_flags
from kneecoach.ui.dialogs.scrolling_body import ScrollingBody
from kneecoach.ui.platform.theme import label
from kneecoach.ui.screen_fit import keep_on_screen


class RedFlagCheck(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RedFlagCheck", "Is it safe to start?"))
        self.setMinimumWidth(560)
        self.answers: dict[str, QButtonGroup] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(ScrollingBody(self._questions(), self.windowTitle()))
        self.answer = label(wrap=True)
        self.answer_title = label(role="heading", wrap=True)
        answer_page = QWidget()
        answer_layout = QVBoxLayout(answer_page)
        answer_layout.addWidget(self.answer_title)
        answer_layout.addWidget(self.answer)
        answer_layout.addStretch(1)
        self.pages.addWidget(answer_page)
        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(
            translate("RedFlagCheck", "Continue"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._show_answer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        keep_on_screen(self)

    def _questions(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        yes_text, no_text = translate("RedFlagCheck", "Yes"), translate("RedFlagCheck", "No")
        for row, flag in enumerate(red_flags()):
            question = label(flag.question, wrap=True)
            group = QButtonGroup(page)
            for column, (text, answer) in enumerate(((no_text, False), (yes_text, True))):
                button = QRadioButton(text)
                button.setAccessibleName(f"{flag.question} {text}")
                group.addButton(button, int(answer))
                grid.addWidget(button, row, column + 1)
            group.idClicked.connect(self._answered)
            self.answers[flag.id] = group
            grid.addWidget(question, row, 0)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(label(red_flag_intro(), wrap=True))
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _answered(self) -> None:
        self.next_button.setEnabled(all(g.checkedId() >= 0 for g in self.answers.values()))

    def chosen(self) -> dict[str, bool]:
        return {key: group.checkedId() == 1 for key, group in self.answers.items()}

    def _show_answer(self) -> None:
        advice = red_flag_advice(self.chosen())
        self.buttons.clear()
        if advice is None:
            self.answer_title.setText(
                translate("RedFlagCheck", "Nothing that needs a doctor first")
            )
            self.answer.setText(all_clear_text())
            ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            ok.setText(translate("RedFlagCheck", "OK"))
            ok.clicked.connect(self.accept)
        else:
            self.answer_title.setText(advice.title)
            self.answer.setText(advice.text)
            wait = self.buttons.addButton(
                translate("RedFlagCheck", "I will ask first"),
                QDialogButtonBox.ButtonRole.RejectRole,
            )
            wait.clicked.connect(self.reject)
            go_on = self.buttons.addButton(
                translate("RedFlagCheck", "Go on anyway"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            go_on.clicked.connect(self.accept)
            wait.setFocus()
        self.pages.setCurrentIndex(1)
