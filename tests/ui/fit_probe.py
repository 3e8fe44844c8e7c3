"""Opens every page and dialog of KneeCoach on the screen Qt was started with and prints,
as JSON, where each one's main actions lie: run in a process of its own by
test_screen_fit, under the screen size, font DPI or scale factor being tried.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_FONT_DPI=144 \
        python -m tests.ui.fit_probe [LANGUAGE]
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from kneecoach import app, opening
from kneecoach.core.autostart import XdgAutostart
from tests.fakes import FakeClock
from tests.ui.layout_checks import clipped, overlapping


def settle(qapp: QApplication) -> None:
    for _ in range(4):
        qapp.processEvents()


def where(widget: QWidget) -> dict[str, object]:
    """A control's place on the screen, and how much of it is not hidden by a parent."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    shown = widget.visibleRegion().boundingRect()
    return {
        "rect": [top_left.x(), top_left.y(), widget.width(), widget.height()],
        "visible": widget.isVisible(),
        "unclipped": shown == widget.rect(),
    }


def frame(window: QWidget) -> list[int]:
    rect: QRect = window.frameGeometry()
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def report(name: str, window: QWidget, actions: dict[str, QWidget]) -> dict[str, object]:
    return {
        "screen": name,
        "frame": frame(window),
        "minimum": window.minimumSizeHint().toTuple(),
        "page": getattr(getattr(window, "pages", None), "currentWidget", lambda: window)()
        .minimumSizeHint()
        .toTuple(),
        "actions": {key: where(widget) for key, widget in actions.items()},
        "cut_off": clipped(window),
    }


def dialog_buttons(dialog: QDialog) -> dict[str, QWidget]:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return {button.text(): button for button in box.buttons()}


def screens(qapp: QApplication, folder: Path, language: str) -> Iterator[dict[str, object]]:
    data, config = folder / "data", folder / "config"
    config.mkdir()
    (config / "settings.toml").write_text(f'schema_version = 1\nlanguage = "{language}"\n')
    opened = opening.open_coach(qapp, data, config, FakeClock(), XdgAutostart(folder / "autostart"))
    assert opened is not None
    # The routine as most people run it: without the question before it.
    settings = opened[0].stores.settings
    settings.settings = replace(settings.settings, ask_pain_before=False)
    controller = app.build(qapp, *opened)
    controller.show(fullscreen=False, minimized=False)
    settle(qapp)
    shell, window = controller.shell, controller.window
    welcome = controller.offers.welcome_dialog
    assert welcome is not None, "a first run shows the welcome"
    yield report("welcome", welcome, dialog_buttons(welcome))
    welcome.reject()
    settle(qapp)
    check = shell.safety_check
    assert check is not None
    yield report("red-flag check", check, dialog_buttons(check))
    check.reject()
    settle(qapp)
    home = window.home
    shown = report(
        "home",
        window,
        {
            "start": home.start_button,
            "routine": home.routine_choice,
            "settings": home.settings_button,
            "progress": home.progress_button,
            "safety": home.safety_button,
        },
    )
    detail = home.detail
    pictures = {f"picture {'-'.join(key)}": label for key, label in detail.pictures.items()}
    captions = {f"caption {'-'.join(key)}": label for key, label in detail.captions.items()}
    yield shown | {"overlapping": overlapping(pictures | captions)}
    yield from session_screens(qapp, window)
    shell.open_progress()
    settle(qapp)
    yield report("progress", window, {"back": shell.progress.view.back_button})
    window.show_home()
    yield from dialog_screens(qapp, controller)
    controller.close()


def session_screens(qapp: QApplication, window: QWidget) -> Iterator[dict[str, object]]:
    window.home.start_button.click()
    settle(qapp)
    view = window.run.view
    buttons = ("back", "pause", "skip", "restart", "fullscreen", "stop")
    actions = {key: getattr(view, f"{key}_button") for key in buttons}
    yield report("session", window, actions)
    window.toggle_fullscreen()
    settle(qapp)
    yield report("session, full screen", window, actions)
    window.toggle_fullscreen()
    settle(qapp)
    while window.pages.currentWidget() is not window.run.finish_view:
        window.run.driver.skip()
        qapp.processEvents()
    settle(qapp)
    finish = window.run.finish_view
    pain = {f"pain {n}": finish.pain.button(n) for n in (0, 10)}
    yield report("finish", window, {"done": finish.done_button, **pain})
    finish.done_button.click()
    settle(qapp)


def dialog_screens(qapp: QApplication, controller: app.Composed) -> Iterator[dict[str, object]]:
    shell = controller.shell
    shell.open_settings()
    settle(qapp)
    dialog = shell.settings_dialog
    assert dialog is not None
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle(qapp)
        yield report(f"settings: {index}", dialog, dialog_buttons(dialog))
    dialog.reject()
    edits = shell.edits
    edits.edit_routines()
    settle(qapp)
    assert edits.routine_editor is not None
    yield report("routine editor", edits.routine_editor, dialog_buttons(edits.routine_editor))
    edits.routine_editor.reject()
    edits.edit_exercise()
    settle(qapp)
    assert edits.exercise_editor is not None
    yield report("exercise editor", edits.exercise_editor, dialog_buttons(edits.exercise_editor))
    edits.exercise_editor.reject()


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    qapp = QApplication(sys.argv[:1])
    screen = qapp.primaryScreen()
    available = screen.availableGeometry()
    print(json.dumps({"available": [available.x(), available.y(), *available.size().toTuple()]}))
    with tempfile.TemporaryDirectory() as folder:
        for line in screens(qapp, Path(folder), language):
            print(json.dumps(line))


if __name__ == "__main__":
    main()
