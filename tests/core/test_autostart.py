"""Start at login: the entry each platform reads, written and removed."""

import os
import plistlib
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from kneecoach.core import autostart
from kneecoach.core.storage.files import StoreError

COMMAND = [
    "/opt/Knee Coach/bin/python3",
    "-m",
    "kneecoach",
    "--data-dir",
    '/home/a$b/50% "q" \\x `y`',
    "--minimized",
]


def unescape_exec(value: str) -> list[str]:
    """Read an Exec value back the way a desktop does: string escapes, then quoting."""
    text = value.replace("%%", "%")
    string, index = [], 0
    while index < len(text):
        step = 2 if text[index] == "\\" else 1
        string.append(text[index + step - 1])
        index += step
    words, word, quoted, escaped = [], [], False, False
    for char in "".join(string) + " ":
        if escaped:
            word.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            word.append("")  # an empty quoted word still counts
        elif char == " " and not quoted:
            if word:
                words.append("".join(word))
            word = []
        else:
            word.append(char)
    return words


def test_the_linux_entry_starts_the_app_minimised_and_survives_odd_paths(tmp_path):
    entry = autostart.for_this_computer("linux", {"XDG_CONFIG_HOME": str(tmp_path)})
    assert not entry.is_enabled()
    entry.enable(COMMAND)
    path = tmp_path / "autostart" / "io.github.kneecoach.KneeCoach.desktop"
    assert entry.is_enabled() and path.is_file()
    text = path.read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert unescape_exec(exec_line.removeprefix("Exec=")) == COMMAND
    entry.disable()
    assert not path.exists() and not entry.is_enabled()
    entry.disable()  # turning it off twice is fine


def test_the_linux_entry_passes_desktop_file_validate(tmp_path):
    if shutil.which("desktop-file-validate") is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing (installed by .ci/run)")
        pytest.skip("needs desktop-file-utils")
    entry = autostart.XdgAutostart(tmp_path, icon="/usr/share/icons/kneecoach.svg")
    entry.enable(autostart.launch_command(["--minimized"]))
    checked = subprocess.run(
        ["desktop-file-validate", str(entry.path)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == ""  # not even a hint


def test_without_xdg_config_home_the_entry_goes_under_dot_config(tmp_path):
    entry = autostart.for_this_computer("linux", {}, home=tmp_path)
    entry.enable(["kneecoach"])
    assert (tmp_path / ".config" / "autostart" / "io.github.kneecoach.KneeCoach.desktop").exists()


def test_a_read_only_folder_gives_a_plain_message(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    (tmp_path / "autostart").mkdir()
    (tmp_path / "autostart").chmod(0o500)
    entry = autostart.for_this_computer("linux", {"XDG_CONFIG_HOME": str(tmp_path)})
    with pytest.raises(StoreError, match="not allowed to write"):
        entry.enable(["kneecoach"])


def test_the_macos_launch_agent_runs_at_load(tmp_path):
    entry = autostart.for_this_computer("darwin", {}, home=tmp_path)
    entry.enable(COMMAND)
    agent = plistlib.loads(
        (tmp_path / "Library/LaunchAgents/io.github.kneecoach.KneeCoach.plist").read_bytes()
    )
    assert agent == {
        "Label": "io.github.kneecoach.KneeCoach",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
    }
    entry.disable()
    assert not entry.is_enabled()


class FakeRegistry:
    """Just enough of winreg for the Run key."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self):
        self.keys: dict[str, dict[str, tuple[int, str]]] = {}

    @contextmanager
    def CreateKey(self, root, name):
        yield self.keys.setdefault(f"{root}\\{name}", {})

    @contextmanager
    def OpenKey(self, root, name, reserved=0, access=0):
        if f"{root}\\{name}" not in self.keys:
            raise FileNotFoundError(name)
        yield self.keys[f"{root}\\{name}"]

    def SetValueEx(self, key, name, reserved, kind, value):
        key[name] = (kind, value)

    def QueryValueEx(self, key, name):
        if name not in key:
            raise FileNotFoundError(name)
        return key[name]

    def DeleteValue(self, key, name):
        if name not in key:
            raise FileNotFoundError(name)
        del key[name]


def test_the_windows_run_key_holds_a_quoted_command_line():
    registry = FakeRegistry()
    entry = autostart.RunKeyAutostart(registry)
    assert not entry.is_enabled()
    entry.enable([r"C:\Program Files\KneeCoach\KneeCoach.exe", "--minimized"])
    run = registry.keys[r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"]
    assert run["KneeCoach"] == (1, r'"C:\Program Files\KneeCoach\KneeCoach.exe" --minimized')
    assert entry.is_enabled()
    entry.disable()
    entry.disable()
    assert not entry.is_enabled()


def test_the_launch_command_starts_this_installation():
    command = autostart.launch_command(["--minimized"])
    assert command[0] == sys.executable and command[-1] == "--minimized"
    assert Path(command[0]).exists()
