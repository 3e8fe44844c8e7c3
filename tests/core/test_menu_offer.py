"""Adding KneeCoach to the applications menu when the person asks: the entry is
written under their data folder, and the notice says how it went."""

from pathlib import Path

import pytest

from kneecoach.core import menu_offer
from kneecoach.core.autostart import launch_command
from kneecoach.core.desktop_entry import ENTRY_NAME, exec_command

pytestmark = pytest.mark.skipif(
    not menu_offer.sys.platform.startswith("linux"), reason="a Linux applications menu"
)


@pytest.fixture
def env(tmp_path):
    """A home with no entry of its own and no package's entry."""
    return {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_DATA_DIRS": str(tmp_path / "system")}


def test_the_entry_is_written_under_the_data_folder_and_starts_this_copy(env):
    assert menu_offer.worth_offering(env)
    notice = menu_offer.add_to_menu(env)
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / ENTRY_NAME
    command = launch_command()
    assert exec_command(entry.read_text())[: len(command)] == command
    assert notice.title == "KneeCoach is in your applications menu"
    assert not menu_offer.worth_offering(env), "offered once it is there"


def test_a_package_entry_is_not_offered_again(env):
    system = Path(env["XDG_DATA_DIRS"]) / "applications"
    system.mkdir(parents=True)
    (system / ENTRY_NAME).write_text("[Desktop Entry]\nExec=kneecoach\n")
    assert not menu_offer.worth_offering(env)


def test_a_folder_that_cannot_be_written_is_told_in_plain_words(env):
    Path(env["XDG_DATA_HOME"]).write_text("a file where the folder should be")
    notice = menu_offer.add_to_menu(env)
    assert notice.title == "KneeCoach was not added to the applications menu"
    assert "could not be saved" in notice.text  # the reason, from the storage's words
