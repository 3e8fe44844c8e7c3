"""A calm, non-blocking banner for things the user must know (a file restored, a save failed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.ui.widgets.plain_words import plain_label


class NoticeBanner(QFrame):
    def __init__(
        self,
        notice: Notice,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
        dismiss_label: str | None = None,  # "OK"
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if dismiss_label is None:
            dismiss_label = translate("NoticeBanner", "OK")
        self.notice = notice
        self.setObjectName("notice")
        self.setAccessibleName(notice.title)
        self.setAccessibleDescription(notice.text)
        # Plain words, as the banner's name and description read them: see plain_words.
        title = plain_label(notice.title, bold=True, wrap=False)
        text = plain_label(notice.text)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(text)
        row = QHBoxLayout(self)
        row.addLayout(words, 1)
        self.buttons: list[QPushButton] = []
        for label, action in [*actions, (dismiss_label, lambda: None)]:
            button = QPushButton(label)
            button.setAccessibleName(
                translate("NoticeBanner", "{action}: {notice}").format(
                    action=label, notice=notice.title
                )
            )
            button.clicked.connect(lambda _=False, act=action: self._choose(act))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        self.buttons[-1].setAccessibleName(
            translate("NoticeBanner", "Dismiss: {notice}").format(notice=notice.title)
        )
        if actions:
            self.buttons[0].setProperty("role", "primary")

    def _choose(self, action: Callable[[], object]) -> None:
        self.hide()
        self.deleteLater()
        action()


class NoticeArea(QWidget):
    """Stacks banners at the top of the window; each goes when the user dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_notice(
        self,
        notice: Notice,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
        dismiss_label: str | None = None,  # "OK"
    ) -> NoticeBanner:
        banner = NoticeBanner(notice, actions, dismiss_label, self)
        self._layout.addWidget(banner)
        banner.show()  # at once, not at the next turn of the event loop
        return banner

    def banners(self) -> list[NoticeBanner]:
        return self.findChildren(NoticeBanner)
