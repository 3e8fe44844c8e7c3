"""Start at login: the platform's own per-user autostart entry, written or removed.

Linux and other XDG desktops: a `.desktop` file in `$XDG_CONFIG_HOME/autostart`.
Windows: a value under the per-user `Run` key. macOS: a LaunchAgent property list.
Each starts KneeCoach with `--minimized`, so it waits quietly in the tray.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from kneecoach import APP_ID, APP_NAME
from kneecoach.core.i18n import translate
from kneecoach.core.storage.files import SHARED_FILE_MODE, StoreError, remove_file, write_file

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None:
        """Start `command` at login; StoreError in plain words when it cannot be written."""
        ...

    def disable(self) -> None: ...


def launch_command(extra: Sequence[str] = ()) -> list[str]:
    """How to start this very installation again: a bundle, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *extra]
    return [sys.executable, "-m", "kneecoach", *extra]


def for_this_computer(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Autostart:
    home = home or Path.home()
    if platform == "win32":
        import winreg

        return RunKeyAutostart(winreg)
    if platform == "darwin":
        return LaunchAgentAutostart(home / "Library" / "LaunchAgents")
    config_home = environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return XdgAutostart(Path(config_home) / "autostart")


# --- Linux and other XDG desktops ---------------------------------------------

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(command: Sequence[str]) -> str:
    """The Exec value of a desktop entry for `command` (Desktop Entry spec, "Exec key")."""
    words = []
    for word in command:
        if word and not _RESERVED & set(word):
            words.append(word)
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in word)
            words.append(f'"{inner}"')
    # Then the string-value escapes: a backslash doubles; a percent sign is a field code.
    return " ".join(words).replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: Sequence[str], icon: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Waits in the tray and reminds you of your daily knee routine",
            f"Exec={desktop_exec(command)}",
            f"Icon={icon}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


class XdgAutostart:
    def __init__(self, folder: Path, icon: str = APP_ID) -> None:
        self.path = folder / f"{APP_ID}.desktop"
        self.icon = icon

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        write_file(self.path, desktop_entry(command, self.icon).encode("utf-8"), SHARED_FILE_MODE)

    def disable(self) -> None:
        remove_file(self.path)


# --- macOS --------------------------------------------------------------------


class LaunchAgentAutostart:
    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{APP_ID}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        import plistlib  # macOS only: not loaded elsewhere

        agent = {"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True}
        write_file(self.path, plistlib.dumps(agent), SHARED_FILE_MODE)

    def disable(self) -> None:
        remove_file(self.path)


# --- Windows ------------------------------------------------------------------


class RunKeyAutostart:
    """The per-user Run key; `registry` is the winreg module (a stand-in in tests)."""

    def __init__(self, registry: Any) -> None:
        self._registry = registry

    def is_enabled(self) -> bool:
        try:
            with self._registry.OpenKey(self._registry.HKEY_CURRENT_USER, RUN_KEY) as key:
                self._registry.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        try:
            with self._registry.CreateKey(self._registry.HKEY_CURRENT_USER, RUN_KEY) as key:
                from subprocess import list2cmdline  # Windows only

                line = list2cmdline(list(command))
                self._registry.SetValueEx(key, APP_NAME, 0, self._registry.REG_SZ, line)
        except OSError as error:
            raise StoreError(
                error.errno,
                translate("RunKeyAutostart", "Start at login could not be set: {error}").format(
                    error=error
                ),
            ) from error

    def disable(self) -> None:
        try:
            access = self._registry.KEY_SET_VALUE
            with self._registry.OpenKey(
                self._registry.HKEY_CURRENT_USER, RUN_KEY, 0, access
            ) as key:
                self._registry.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise StoreError(
                error.errno,
                translate("RunKeyAutostart", "Start at login could not be removed: {error}").format(
                    error=error
                ),
            ) from error
