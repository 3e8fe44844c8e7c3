"""Installing without a terminal: the welcome of a copy that is not in the
applications menu offers to add it, and so do the settings; the entry is written
by the coach (here under a temporary data folder), never by the dialogs."""

from __future__ import annotations

import pytest

from kneecoach.core.autostart import launch_command
from kneecoach.core.desktop_entry import ENTRY_NAME, exec_command

pytestmark = pytest.mark.skipif(
    not __import__("sys").platform.startswith("linux"), reason="a Linux applications menu"
)


@pytest.fixture
def no_package(tmp_path, monkeypatch):
    """No package's entry on this computer either: only the person's own menu counts."""
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))


def starts_this_copy(menu_folder) -> bool:
    command = launch_command()
    text = (menu_folder / ENTRY_NAME).read_text()
    return exec_command(text)[: len(command)] == command


def test_the_welcome_offers_the_menu_and_adds_it_when_answered(
    first_run, no_package, make_controller, menu_folder
):
    controller = make_controller()
    welcome = controller.offers.welcome_dialog
    assert welcome is not None and welcome.add_to_menu is not None
    assert welcome.add_to_menu.isVisibleTo(welcome) and welcome.add_to_menu.isChecked()
    assert not (menu_folder / ENTRY_NAME).exists(), "nothing written before the answer"
    welcome.begin_button.click()
    assert starts_this_copy(menu_folder)
    titles = [b.accessibleName() for b in controller.shell.notices.banners()]
    assert "KneeCoach is in your applications menu" in titles


def test_a_welcome_skipped_or_unticked_adds_nothing(
    first_run, no_package, make_controller, menu_folder
):
    welcome = make_controller().offers.welcome_dialog
    welcome.add_to_menu.setChecked(False)
    welcome.begin_button.click()
    assert not (menu_folder / ENTRY_NAME).exists()


def test_a_copy_already_in_the_menu_is_not_offered_it(
    first_run, no_package, menu_folder, make_controller
):
    menu_folder.mkdir(parents=True)
    (menu_folder / ENTRY_NAME).write_text(
        "[Desktop Entry]\nExec=" + " ".join(launch_command()) + "\n"
    )
    controller = make_controller()
    assert controller.offers.welcome_dialog.add_to_menu is None
    controller.offers.welcome_dialog.reject()
    controller.shell.open_settings()
    assert controller.shell.settings_dialog.menu_offer is None


def test_the_settings_offer_it_and_say_how_it_went(no_package, make_controller, menu_folder):
    controller = make_controller()
    controller.shell.open_settings()
    offer = controller.shell.settings_dialog.menu_offer
    assert offer is not None and offer.isVisibleTo(controller.shell.settings_dialog)
    offer.button.click()
    assert starts_this_copy(menu_folder)
    assert offer.result.text().startswith("KneeCoach is in your applications menu")
    assert not offer.button.isEnabled(), "added: nothing more to offer"
