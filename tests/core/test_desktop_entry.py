"""The menu and autostart entries follow an unpacked folder that moved."""

import stat
from pathlib import Path

import pytest

from kneecoach import startup
from kneecoach.core import desktop_entry
from kneecoach.core.autostart import XdgAutostart, desktop_exec
from kneecoach.core.desktop_entry import MenuEntry

ENTRY = "io.github.kneecoach.KneeCoach.desktop"


def program(folder: Path) -> list[str]:
    """An executable standing in for an unpacked bundle's KneeCoach."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "KneeCoach"
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return [str(path)]


@pytest.fixture
def env(tmp_path):
    """A home with no system-wide entry, unless a test puts one in `system`."""
    return {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_DIRS": str(tmp_path / "system"),
    }


def user_entry(env) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "applications" / ENTRY


def test_exec_is_read_back_as_it_was_written():
    command = ['/opt/Knee Coach/50% "x"/a$b\\c`d`', "--data-dir", "", "--start"]
    text = desktop_entry.entry_text(command[:1])
    assert desktop_entry.exec_command(text) == command[:1]
    assert desktop_entry.exec_command(f"[Desktop Entry]\nExec={desktop_exec(command)}\n") == command


def test_an_action_exec_is_not_taken_for_the_main_one():
    text = "[Desktop Action start]\nExec=/x --start\n[Desktop Entry]\nExec=/y\n"
    assert desktop_entry.exec_command(text) == ["/y"]


def test_the_menu_is_absent_then_this_copy_once_added(tmp_path, env):
    here = program(tmp_path / "KneeCoach")
    assert desktop_entry.menu_entry(here, env) is MenuEntry.ABSENT
    files = desktop_entry.add_to_menu(here, env)
    assert files[0] == user_entry(env)
    assert desktop_entry.menu_entry(here, env) is MenuEntry.THIS_COPY


def test_a_package_entry_counts_as_in_the_menu(tmp_path, env):
    system = tmp_path / "system" / "applications"
    system.mkdir(parents=True)
    (system / ENTRY).write_text("[Desktop Entry]\nExec=kneecoach\n")
    assert desktop_entry.menu_entry(program(tmp_path / "k"), env) is MenuEntry.SYSTEM


def test_a_moved_folder_is_noticed_and_both_entries_mended(tmp_path, env):
    old = program(tmp_path / "Downloads" / "KneeCoach")
    desktop_entry.add_to_menu(old, env)
    autostart = XdgAutostart(Path(env["XDG_CONFIG_HOME"]) / "autostart")
    autostart.enable([*old, "--minimized"])
    (tmp_path / "Downloads").rename(tmp_path / "Apps")
    new = [str(tmp_path / "Apps" / "KneeCoach" / "KneeCoach")]

    assert desktop_entry.menu_entry(new, env) is MenuEntry.MOVED
    changed = desktop_entry.mend(new, env)

    assert set(changed) >= {user_entry(env), autostart.path}
    assert desktop_entry.menu_entry(new, env) is MenuEntry.THIS_COPY
    assert desktop_entry.exec_command(user_entry(env).read_text()) == new
    assert desktop_entry.exec_command(autostart.path.read_text()) == [*new, "--minimized"]
    assert f"Exec={new[0]} --start" in user_entry(env).read_text()
    assert desktop_entry.mend(new, env) == []  # nothing more to do the next time


def test_an_entry_for_another_copy_that_still_exists_is_left_alone(tmp_path, env):
    other = program(tmp_path / "other")
    desktop_entry.add_to_menu(other, env)
    before = user_entry(env).read_text()
    here = program(tmp_path / "here")
    assert desktop_entry.menu_entry(here, env) is MenuEntry.OTHER_COPY
    assert desktop_entry.mend(here, env) == []
    assert user_entry(env).read_text() == before


def test_a_broken_entry_gives_way_to_the_package_one(tmp_path, env):
    gone = [str(tmp_path / "gone" / "KneeCoach")]
    files = desktop_entry.install(gone, Path(env["XDG_DATA_HOME"]))
    system = tmp_path / "system" / "applications"
    system.mkdir(parents=True)
    (system / ENTRY).write_text("[Desktop Entry]\nExec=kneecoach\n")
    changed = desktop_entry.mend(["/opt/kneecoach/KneeCoach"], env)
    assert changed == files and not any(path.exists() for path in files)
    assert desktop_entry.menu_entry(["/opt/kneecoach/KneeCoach"], env) is MenuEntry.SYSTEM


def test_nothing_is_written_where_nothing_was_installed(tmp_path, env):
    assert desktop_entry.mend(program(tmp_path / "k"), env) == []
    assert not (tmp_path / "data").exists() and not (tmp_path / "config").exists()


def test_the_x11_window_is_named_after_the_entry():
    assert startup.qt_arguments("linux") == ["-name", ENTRY.removesuffix(".desktop")]
    assert startup.qt_arguments("win32") == []


def test_the_entry_names_the_window_class_qt_gives():
    from kneecoach import APP_NAME

    text = desktop_entry.entry_text(["kneecoach"])
    assert f"StartupWMClass={APP_NAME}\n" in text  # Qt's WM_CLASS class is the app's name
    for language in ("de", "es", "fr"):
        assert f"Comment[{language}]=" in text and f"GenericName[{language}]=" in text


def test_the_menu_entry_is_offered_only_where_it_is_missing(tmp_path, env):
    here = program(tmp_path / "k")
    assert desktop_entry.worth_offering("linux", here, env)
    assert not desktop_entry.worth_offering("win32", here, env)
    desktop_entry.add_to_menu(here, env)
    assert not desktop_entry.worth_offering("linux", here, env)
