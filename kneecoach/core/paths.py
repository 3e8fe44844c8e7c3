"""Where KneeCoach finds its bundled resources and keeps the user's files.

Paths are computed in functions, never at import time, so tests and the command
line can point them elsewhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

DATA_DIR_ENV = "KNEECOACH_DATA_DIR"
CONFIG_DIR_ENV = "KNEECOACH_CONFIG_DIR"
_APP_DIR_NAME = "kneecoach"


@cache  # where the app was installed does not change while it runs
def resources_dir() -> Path:
    """The folder holding exercises.toml, illustrations/ and sounds/.

    A wheel maps the repository's top-level resources/ into the package; a
    PyInstaller bundle unpacks it beside the code; a checkout has it one level up.
    """
    package_dir = Path(__file__).resolve().parent.parent
    candidates = [package_dir / "resources", package_dir.parent / "resources"]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.insert(0, Path(bundle_root) / "kneecoach" / "resources")
    for candidate in candidates:
        if (candidate / "exercises.toml").is_file():
            return candidate
    raise FileNotFoundError(
        "KneeCoach's resources (exercises.toml) were not found in: "
        + ", ".join(str(c) for c in candidates)
    )


def data_dir(override: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """History and other health data: --data-dir, then $KNEECOACH_DATA_DIR, then the platform's."""
    return _choose(override, DATA_DIR_ENV, environ, _platform_data_dir)


def config_dir(override: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Settings and window state: --config-dir, then $KNEECOACH_CONFIG_DIR, then the platform's."""
    return _choose(override, CONFIG_DIR_ENV, environ, _platform_config_dir)


def _choose(
    override: str | None,
    variable: str,
    environ: Mapping[str, str] | None,
    default: Callable[[], Path],
) -> Path:
    env = os.environ if environ is None else environ
    chosen = override or env.get(variable)
    return Path(chosen).expanduser() if chosen else default()


def _platform_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))


def _platform_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False))
