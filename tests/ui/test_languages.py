"""KneeCoach in each language it ships, in the pseudo-locales, and with large type:
translated text on every key screen, nothing cut off at 1366×768, and a layout
that mirrors for right-to-left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.i18n import PSEUDO_OPEN
from kneecoach.ui.platform.language import LANGUAGE_NAMES, resolve
from tests.ui.layout_checks import clipped, texts

SCREEN = (1366, 768)
# The same in every language: the app's name, and each language named in itself.
NAMES = {"KneeCoach", *LANGUAGE_NAMES.values()}


def choose_language(folders, language):
    config = folders[1]
    config.mkdir(exist_ok=True)
    (config / "settings.toml").write_text(f'schema_version = 1\nlanguage = "{language}"\n')


def settle(window, qapp):
    """Let the layouts run, as they would before the next frame is painted."""
    for _ in range(3):
        qapp.processEvents()


def on_laptop_screen(window, qapp):
    window.resize(*SCREEN)
    qapp.processEvents()
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.minimumSizeHint().height() <= SCREEN[1]


def key_screens(controller, qtbot, qapp):
    """Home, the session (a hold and its switch), the summary, progress and settings:
    yields (name, root widget) with each shown at laptop size."""
    window = controller.window
    on_laptop_screen(window, qapp)
    yield "home", window
    window.home.start_button.click()
    view = window.run.view
    for _ in range(4):  # get ready, then into the first holds
        settle(window, qapp)
        yield f"session: {view.accessibleName()}", window
        window.run.driver.skip()
    while window.pages.currentWidget() is not window.run.finish_view:
        window.run.driver.skip()
        qapp.processEvents()
    yield "summary", window
    window.run.finish_view.done_button.click()
    controller.shell.open_progress()
    qapp.processEvents()
    yield "progress", window
    window.show_home()
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    dialog.resize(dialog.sizeHint().boundedTo(window.size()))
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qapp.processEvents()
        assert dialog.minimumSizeHint().height() <= SCREEN[1]
        yield f"settings: {dialog.tabs.tabText(index)}", dialog
    dialog.reject()


@pytest.mark.parametrize("language", ["de", "es", "fr", "en-XA"])
def test_key_screens_are_translated_and_nothing_is_cut_off(
    language, folders, make_controller, qtbot, qapp
):
    choose_language(folders, language)
    controller = make_controller()
    english_start = "Start routine"
    assert controller.window.home.start_button.text() != english_start
    first = controller.window.home.exercise_list.item(0).text().split("\n")[0]
    assert first == load_catalogue(language=language).exercises[0].name != "Ankle circles"
    for screen, root in key_screens(controller, qtbot, qapp):
        assert clipped(root) == [], f"{language}, {screen}"
        if language == "en-XA":  # every text went through translate()
            untranslated = [t for t in texts(root) if PSEUDO_OPEN not in t and t not in NAMES]
            assert untranslated == [], f"{screen}: not marked for translation"


def test_right_to_left_mirrors_the_layout(folders, make_controller, qapp):
    choose_language(folders, "ar-XB")
    window = make_controller().window
    on_laptop_screen(window, qapp)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    list_x = window.home.exercise_list.mapTo(window, window.home.exercise_list.rect().center()).x()
    detail_x = window.home.detail.mapTo(window, window.home.detail.rect().center()).x()
    assert list_x > detail_x, "the list, first in reading order, is on the right"
    assert clipped(window) == []


def test_large_system_type_is_kept_and_still_fits(folders, make_controller, qapp):
    font = qapp.font()
    font.setPointSize(16)
    qapp.setFont(font)
    window = make_controller().window
    assert window.home.start_button.font().pointSize() >= 16
    on_laptop_screen(window, qapp)
    assert clipped(window) == []


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("de", ["en-US"], "de"),
        ("system", ["fr-CA", "en-US"], "fr"),
        ("system", ["pt-BR", "es-MX"], "es"),
        ("system", ["ja-JP"], "en"),
        ("ar-XB", ["en"], "ar-XB"),
    ],
)
def test_the_language_follows_the_setting_then_the_system(setting, system, expected):
    class System:
        def uiLanguages(self):
            return system

    assert resolve(setting, System()) == expected
