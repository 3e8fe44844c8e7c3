"""Compile the translations into the wheel: Qt loads .qm files, and only the .ts
sources are kept in the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout, where `make` compiles them
        folder = Path(self.root) / "resources" / "translations"
        for source in sorted(folder.glob("kneecoach_*.ts")):
            compiled = source.with_suffix(".qm")
            if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
                subprocess.run([_lrelease(), "-silent", source, "-qm", compiled], check=True)
            build_data["force_include"][str(compiled)] = (
                f"kneecoach/resources/translations/{compiled.name}"
            )


def _lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (str(beside_python), "pyside6-lrelease", "lrelease"):
        if found := shutil.which(candidate):
            return found
    raise RuntimeError(
        "pyside6-lrelease is needed to compile KneeCoach's translations: "
        "pip install PySide6-Essentials, or run `make translations` first"
    )
