"""Put KneeCoach in the applications menu of a Linux desktop, for the current user.

The entry, the metainfo and the icons are the ones shipped in `resources/`; only
the Exec lines change, to start this very installation (a bundle, a wheel or a
checkout), so a user who never opens a terminal still finds the app.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

from kneecoach import APP_ID
from kneecoach.core.autostart import desktop_exec
from kneecoach.core.paths import resources_dir
from kneecoach.core.storage.files import (
    SHARED_FILE_MODE,
    StoreError,
    explain_write_error,
    remove_file,
    write_file,
)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home(environ: Mapping[str, str] = os.environ, home: Path | None = None) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or (home or Path.home()) / ".local" / "share")


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
