"""Crash-safe TOML files: atomic writes, a kept last-good copy, quarantine, a lock.

A write goes to a temporary file in the same folder, is flushed and fsynced, and
only then renamed over the old file, so a crash leaves either the old or the new
file, never half of one. Before the rename the old file is kept as `NAME.bak`.
A file that cannot be read is never overwritten: it is moved aside untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tomllib
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from kneecoach.core.i18n import translate

PRIVATE_FILE_MODE = 0o600  # health data: readable by the user only
PRIVATE_DIR_MODE = 0o700
SHARED_FILE_MODE = 0o644  # desktop entries and the like, which other programs read


class StoreError(OSError):
    """A file could not be written; the message is meant for the user."""


class UnreadableFile(ValueError):
    """A file exists but is not a TOML document KneeCoach can use."""


class NewerFileError(ValueError):
    """A file written by a newer KneeCoach: read it, but do not write over it."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def ensure_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; UnreadableFile says why it could not be."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            translate("TomlFile", "it could not be opened ({reason})").format(reason=error.strerror)
        ) from error
    try:
        # utf-8-sig: a file saved by an editor that starts it with a byte-order mark.
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UnreadableFile(translate("TomlFile", "it is not a text file")) from error
    except tomllib.TOMLDecodeError as error:
        raise UnreadableFile(
            translate("TomlFile", "it is damaged or was edited by hand ({error})").format(
                error=error
            )
        ) from error


def write_toml(path: Path, document: Mapping[str, Any], keep_backup: bool = True) -> None:
    """Replace `path` atomically with `document`; StoreError in plain words on failure."""
    import tomli_w  # only needed once something is written, not at start-up

    payload = tomli_w.dumps(dict(document)).encode("utf-8")
    ensure_private_dir(path.parent)
    write_file(path, payload, PRIVATE_FILE_MODE, keep_backup)


def write_file(path: Path, payload: bytes, mode: int, keep_backup: bool = False) -> None:
    """Replace `path` atomically with `payload`: a temporary file in the same folder,
    flushed and fsynced, then renamed over it. StoreError in plain words on failure."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            keep_copy(path, backup_path(path))
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StoreError(error.errno, explain_write_error(error, path)) from error


def remove_file(path: Path) -> None:
    """Remove `path` if it is there; StoreError in plain words when it cannot be."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise StoreError(error.errno, explain_write_error(error, path)) from error


def explain_write_error(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        reason = translate("TomlFile", "the disk is full")
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = translate("TomlFile", "KneeCoach is not allowed to write in {folder}").format(
            folder=path.parent
        )
    else:
        reason = error.strerror or str(error)
    return translate("TomlFile", "{file} could not be saved: {reason}.").format(
        file=path.name, reason=reason
    )


def keep_copy(path: Path, copy: Path) -> None:
    """Keep the current file as `copy`: a hard link is instant and atomic; else copy bytes."""
    staging = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(path.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(staging, copy)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def quarantine(path: Path, now: datetime) -> Path:
    """Move an unreadable file aside, bytes untouched, and return where it went."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.unreadable-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    return target


def load_versioned(
    path: Path,
    current_version: int,
    migrations: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]],
) -> dict[str, Any]:
    """Read a document carrying `schema_version`, migrating older ones one step at a time."""
    document = read_toml(path)
    version = document.get("schema_version")
    if type(version) is not int or version < 1:
        raise UnreadableFile(translate("TomlFile", "it has no valid schema_version"))
    if version > current_version:
        raise NewerFileError(
            translate(
                "TomlFile",
                "it was written by a newer version of KneeCoach (format {version}); "
                "it is shown but not changed",
            ).format(version=version)
        )
    while version < current_version:
        document = migrations[version](document)
        version += 1
        document["schema_version"] = version
    return document


class FolderLock:
    """An exclusive lock on a folder, held while KneeCoach may write there.

    The operating system releases it if the process dies, so a crash never
    leaves a stale lock behind.
    """

    def __init__(self, folder: Path, name: str = ".lock") -> None:
        self.path = folder / name
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        ensure_private_dir(self.path.parent)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock_exclusive(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _lock_exclusive(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
