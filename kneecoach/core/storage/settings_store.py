"""The settings file: read through the one reader, checked key by key, written whole.

A hand-edited bad value falls back to that key's default and is reported, and
the file as it was is kept in a copy before the next save writes over it; keys
this version does not know are kept, so a newer version's settings survive a
round trip.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from kneecoach.core.clock import Clock
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.settings import Settings, validate
from kneecoach.core.settings_file import SETTINGS_FILE, SETTINGS_SCHEMA
from kneecoach.core.storage.versioned_file import FileWords, VersionedFile


def _words() -> FileWords:
    return FileWords(
        read_only=translate("SettingsStore", "Settings are read-only"),
        newer=translate("SettingsStore", "Your settings file: {problem}."),
        unreadable=translate("SettingsStore", "Settings could not be read"),
        set_aside=translate(
            "SettingsStore",
            "Your settings file could not be read: {problem}. It was kept unchanged "
            "as {file} in {folder}; the default settings are used.",
        ),
        unusable=translate("SettingsStore", "Some settings were not valid"),
        kept_original=translate(
            "SettingsStore",
            "In your settings file, {problems}. The original file was kept as {file} in {folder}.",
        ),
    )


class SettingsStore:
    def __init__(self, folder: Path, clock: Clock) -> None:
        self.file = VersionedFile(folder / SETTINGS_FILE, SETTINGS_SCHEMA, clock, _words)
        self.settings = Settings()
        self.unknown: dict[str, Any] = {}

    @property
    def path(self) -> Path:
        return self.file.path

    def load(self) -> list[Notice]:
        table, notices = self.file.read()
        self.settings, problems, self.unknown = validate(table)
        return notices + self.file.keep_original(problems)

    def save(self, settings: Settings) -> None:
        """Keep `settings`, and write them unless the file must not be written over (a
        newer KneeCoach's, or one that could not be read nor set aside: the user was told
        when it was read). StoreError in plain words when writing fails."""
        self.settings = settings
        if not self.file.writable:
            return
        document: dict[str, Any] = dict(self.unknown)
        for spec in fields(Settings):
            value = getattr(settings, spec.name)
            document[spec.name] = list(value) if isinstance(value, tuple) else value
        self.file.write(document)
