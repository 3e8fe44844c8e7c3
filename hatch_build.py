"""Compile the translations into the wheel: Qt loads .qm files, and only the .ts
sources are kept in the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The .qm files land in resources/translations, which the wheel maps in whole.
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout, where `make` compiles them
        folder = Path(self.root) / "resources" / "translations"
        for source in sorted(folder.glob("kneecoach_*.ts")):
            compiled = source.with_suffix(".qm")
            if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
                # Without the build's isolated path, so the tool finds its own PySide6.
                env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
                command = [_lrelease(), "-silent", str(source), "-qm", str(compiled)]
                subprocess.run(command, check=True, env=env)


def _lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (str(beside_python), "pyside6-lrelease", "lrelease"):
        if found := shutil.which(candidate):
            return found
    raise RuntimeError(
        "pyside6-lrelease is needed to compile KneeCoach's translations: "
        "pip install PySide6-Essentials, or run `make translations` first"
    )
