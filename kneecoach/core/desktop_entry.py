"""Put KneeCoach in the applications menu of a Linux desktop, for the current user.

The entry, the metainfo and the icons are the ones shipped in `resources/`; only
the Exec lines change, to start this very installation (a bundle, a wheel or a
checkout), so a user who never opens a terminal still finds the app. An unpacked
folder may move later: `mend_at_start` then points the entries at the new place.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path

from kneecoach import APP_ID
from kneecoach.core.autostart import XdgAutostart, desktop_exec, launch_command
from kneecoach.core.paths import resources_dir
from kneecoach.core.storage.files import (
    SHARED_FILE_MODE,
    StoreError,
    explain_write_error,
    remove_file,
    write_file,
)

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ENTRY_NAME = f"{APP_ID}.desktop"


def data_home(environ: Mapping[str, str] = os.environ, home: Path | None = None) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or (home or Path.home()) / ".local" / "share")


def data_dirs(environ: Mapping[str, str] = os.environ) -> list[Path]:
    """The system-wide data folders, where a package (the .deb) puts its entry."""
    value = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(folder) for folder in value.split(":") if folder]


def entry_text(command: Sequence[str], resources: Path | None = None) -> str:
    """The shipped desktop entry with each `Exec=kneecoach ...` pointing at `command`."""
    template = ((resources or resources_dir()) / "desktop" / f"{APP_ID}.desktop").read_text()
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec=kneecoach"):
            extra = line.removeprefix("Exec=kneecoach").split()
            line = f"Exec={desktop_exec([*command, *extra])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(target: Path) -> list[Path]:
    icons = target / "icons" / "hicolor"
    return [
        target / "applications" / f"{APP_ID}.desktop",
        target / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]


def install(command: Sequence[str], target: Path, resources: Path | None = None) -> list[Path]:
    """Write the entry, metainfo and icons under `target` (XDG_DATA_HOME); return the files."""
    resources = resources or resources_dir()
    desktop, metainfo, svg, *pngs = installed_files(target)
    sources = [
        resources / "desktop" / f"{APP_ID}.metainfo.xml",
        resources / "icons" / "kneecoach.svg",
        *(resources / "icons" / "png" / f"kneecoach-{n}.png" for n in ICON_SIZES),
    ]
    write_file(desktop, entry_text(command, resources).encode("utf-8"), SHARED_FILE_MODE)
    for source, copy in zip(sources, [metainfo, svg, *pngs], strict=True):
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
        except OSError as error:
            raise StoreError(error.errno, explain_write_error(error, copy)) from error
    return [desktop, metainfo, svg, *pngs]


def remove(target: Path) -> list[Path]:
    removed = [path for path in installed_files(target) if path.exists()]
    for path in removed:
        remove_file(path)
    return removed


# --- Is KneeCoach in the menu, and does its entry still start something? ------


class MenuEntry(Enum):
    ABSENT = "absent"  # no entry at all: worth offering to add one
    SYSTEM = "system"  # a package's entry (the .deb's), none of the user's own
    THIS_COPY = "this-copy"  # the user's entry starts this very copy
    OTHER_COPY = "other-copy"  # it starts another KneeCoach, which is still there
    MOVED = "moved"  # it starts a program that is no longer there


def exec_command(text: str) -> list[str]:
    """The main Exec line of a desktop entry as words (Desktop Entry spec, "Exec key")."""
    in_main_group = False
    for line in text.splitlines():
        if line.startswith("["):
            in_main_group = line.strip() == "[Desktop Entry]"
        elif in_main_group and line.startswith("Exec="):
            return _exec_words(_unescape_string(line.removeprefix("Exec=")))
    return []


def _unescape_string(value: str) -> str:
    out, index = [], 0
    while index < len(value):
        if value[index] == "\\" and index + 1 < len(value):
            out.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[index + 1], value[index + 1])
            )
            index += 2
        else:
            out.append(value[index])
            index += 1
    return "".join(out).replace("%%", "%")


def _exec_words(value: str) -> list[str]:
    words: list[str] = []
    word: list[str] = []
    started = quoted = escaped = False  # started: "" counts as a word of its own
    for char in value:
        if escaped:
            word.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or word:
                words.append("".join(word))
            word, started = [], False
        else:
            word.append(char)
    if started or word:
        words.append("".join(word))
    return words


def _program_exists(program: str) -> bool:
    if os.path.isabs(program):
        return os.access(program, os.X_OK) and not os.path.isdir(program)
    return shutil.which(program) is not None


def _entry_state(entry: Path, command: Sequence[str]) -> MenuEntry | None:
    """What a user's entry file starts; None when there is no such file."""
    try:
        words = exec_command(entry.read_text(encoding="utf-8", errors="replace"))
    except FileNotFoundError:
        return None
    except OSError:
        return MenuEntry.OTHER_COPY  # unreadable: not ours to judge, nor to rewrite
    if words[: len(command)] == list(command):
        return MenuEntry.THIS_COPY
    if words and _program_exists(words[0]):
        return MenuEntry.OTHER_COPY
    return MenuEntry.MOVED


def menu_entry(
    command: Sequence[str] | None = None,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> MenuEntry:
    """Whether the applications menu has KneeCoach, and whether the entry starts `command`."""
    command = command or launch_command()
    own = _entry_state(data_home(environ, home) / "applications" / ENTRY_NAME, command)
    if own is not None:
        return own
    return MenuEntry.SYSTEM if _package_entry(environ) else MenuEntry.ABSENT


def _package_entry(environ: Mapping[str, str]) -> bool:
    return any((folder / "applications" / ENTRY_NAME).is_file() for folder in data_dirs(environ))


def worth_offering(
    platform: str = sys.platform,
    command: Sequence[str] | None = None,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> bool:
    """Whether "Add KneeCoach to the applications menu" is worth offering here and now:
    a Linux (or BSD) desktop whose menu has no KneeCoach, or only one that starts nothing."""
    if not platform.startswith(("linux", "freebsd")):
        return False
    return menu_entry(command, environ, home) in (MenuEntry.ABSENT, MenuEntry.MOVED)


def add_to_menu(
    command: Sequence[str] | None = None,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> list[Path]:
    """Put this copy in the user's applications menu; StoreError in plain words on failure."""
    return install(command or launch_command(), data_home(environ, home))


def mend(
    command: Sequence[str],
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> list[Path]:
    """Point the user's menu and autostart entries at `command` where theirs is gone.

    Run at start: an unpacked folder that was moved (or renamed) leaves entries
    starting nothing. An entry starting another copy that still exists is left
    alone: two copies side by side are the person's choice. Where a package's
    entry exists, the broken menu entry of the user is removed so the package's
    one shows. Returns the files written or removed.
    """
    changed: list[Path] = []
    target = data_home(environ, home)
    if _entry_state(target / "applications" / ENTRY_NAME, command) is MenuEntry.MOVED:
        if _package_entry(environ):
            changed += remove(target)
        else:
            changed += install(command, target)
    config_home = environ.get("XDG_CONFIG_HOME") or str((home or Path.home()) / ".config")
    autostart = XdgAutostart(Path(config_home) / "autostart")
    if _entry_state(autostart.path, command) is MenuEntry.MOVED:
        autostart.enable([*command, "--minimized"])
        changed.append(autostart.path)
    return changed


def mend_at_start(platform: str = sys.platform) -> None:
    """`mend` for this copy, logged; never in the way of starting."""
    if not platform.startswith(("linux", "freebsd")):
        return
    try:
        changed = mend(launch_command())
    except (OSError, UnicodeError) as error:  # a read-only home, an odd file: start anyway
        log.warning("desktop entries not mended: %s", error)
        return
    for path in changed:
        log.info("desktop entry %s now starts this copy", path)
