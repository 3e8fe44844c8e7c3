"""Light and dark palettes with generous type, chosen by setting or by the system."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # loaded by what draws the page, after the first frame
    from PySide6.QtWidgets import QLabel, QPushButton

# The same look and palette support on every platform. Given to QApplication as it
# is made, so the first frame needs no QStyle from Python (its first use costs 5 ms).
STYLE = "Fusion"
STYLE_ARGUMENTS = ("-style", STYLE)
BASE_POINT_SIZE = 12  # larger than the desktop default: read from a mat, by older eyes


class Colours(NamedTuple):  # this module loads before the first window: no dataclasses yet
    window: str
    surface: str  # cards and panels
    text: str
    muted: str  # secondary text, still above WCAG AA on `surface`
    accent: str
    accent_text: str
    good: str
    border: str


LIGHT = Colours(
    window="#f4f6f8",
    surface="#ffffff",
    text="#1b2631",
    muted="#4a5866",
    accent="#1f5f99",
    accent_text="#ffffff",
    good="#1e6b3a",
    border="#c9d2db",
)
DARK = Colours(
    window="#161b21",
    surface="#1e252d",
    text="#eef2f5",
    muted="#b4c0cc",
    accent="#6fa8dc",
    accent_text="#0d1a26",
    good="#7bd39a",
    border="#37424e",
)


def system_prefers_dark(app: QApplication) -> bool:
    from PySide6.QtCore import Qt  # its first use costs 16 ms: not before the first window

    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_is_dark(app: QApplication) -> bool:
    """A quick guess at the system's choice, from the palette it gave Qt: for the window's
    first frame, before `system_prefers_dark` can be afforded."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve_dark(app: QApplication, theme: str, quick: bool = False) -> bool:
    if theme != "system":
        return theme == "dark"
    return palette_is_dark(app) if quick else system_prefers_dark(app)


def apply_theme(app: QApplication, theme: str, quick: bool = False) -> Colours:
    """Apply `theme` ('system', 'light' or 'dark') and return its colours. `quick` is for
    the window's empty first frame: its colours only, the system's choice guessed (see
    `palette_is_dark`), and the style left to the STYLE_ARGUMENTS `app` was made with."""
    dark = resolve_dark(app, theme, quick)
    colours = DARK if dark else LIGHT
    app.setPalette(build_palette(colours))
    app.setProperty("kneecoach_dark", dark)
    if quick:
        return colours
    if app.style().name().lower() != STYLE.lower():
        app.setStyle(STYLE)  # (once only: setting it again restyles every widget)
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(_style_sheet(colours))
    return colours


def build_palette(colours: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.surface,
        QPalette.ColorRole.AlternateBase: colours.window,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.surface,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.accent,
        QPalette.ColorRole.HighlightedText: colours.accent_text,
        QPalette.ColorRole.ToolTipBase: colours.surface,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
        QPalette.ColorRole.Link: colours.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def label(text: str = "", role: str | None = None, wrap: bool = False) -> QLabel:
    """A label in one of the style sheet's roles ("title", "heading", "muted", "good"…)."""
    from PySide6.QtWidgets import QLabel

    widget = QLabel(text)
    if role is not None:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def button(text: str, tip: str, action: Callable[[], None]) -> QPushButton:
    """A button named for screen readers by its text and described by its tooltip."""
    from PySide6.QtWidgets import QPushButton

    widget = QPushButton(text)
    widget.setToolTip(tip)
    widget.setAccessibleName(text.rstrip("…"))
    widget.setAccessibleDescription(tip)
    widget.clicked.connect(lambda _checked=False: action())
    return widget


def is_dark() -> bool:
    """Whether the theme applied to the running app is the dark one."""
    app = QApplication.instance()
    return app is not None and bool(app.property("kneecoach_dark"))


def _style_sheet(c: Colours) -> str:
    return f"""
    QFrame#card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 12px; }}
    QFrame#notice {{ background: {c.surface}; border: 2px solid {c.accent}; border-radius: 10px; }}
    QLabel[role="muted"] {{ color: {c.muted}; }}
    QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: 16pt; font-weight: 600; }}
    QLabel[role="warning"] {{ font-weight: 600; }}
    QLabel[role="safety"] {{ font-weight: 600; }}
    QLabel[role="good"] {{ color: {c.good}; font-weight: 600; font-size: 14pt; }}
    QPushButton {{ padding: 8px 16px; border: 1px solid {c.border}; border-radius: 8px; }}
    QListWidget:focus {{ border: 3px solid {c.accent}; }}
    /* A pane that scrolls takes the focus so its text can be scrolled by keyboard. */
    QScrollArea:focus {{ border: 3px solid {c.accent}; border-radius: 8px; }}
    /* The thicker focus border takes its width from the padding, so no text is clipped. */
    QPushButton:focus {{ border: 3px solid {c.accent}; padding: 6px 14px; }}
    QPushButton:checked {{ background: {c.accent}; color: {c.accent_text}; font-weight: 700; }}
    QPushButton:disabled {{ color: {c.muted}; border-style: dashed; }}
    QPushButton[role="pain"] {{ font-size: 16pt; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; font-size: 16pt; font-weight: 600;
        padding: 12px 28px; border: none;
    }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {c.text}; padding: 9px 25px; }}
    QListWidget {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px; }}
    QListWidget::item {{ padding: 8px; border-radius: 8px; }}
    QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    """
