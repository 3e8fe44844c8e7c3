"""Crash-safe files: atomic writes, a kept last-good copy, quarantine, a lock.

A write goes to a temporary file in the same folder, is flushed and fsynced, and
only then renamed over the old file, so a crash leaves either the old or the new
file, never half of one. Before the rename the old file is kept as `NAME.bak`.
A file that cannot be read is never overwritten: it is moved aside untouched.
Everything written here is the user's alone: files 0600, folders 0700.

Reading is guarded against anything found in place of a file: a folder, a
device or a pipe, a file too large to be one of ours, text that is not UTF-8,
and nesting deep enough to exhaust the parser's stack all count as unreadable.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tomllib
import weakref
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from kneecoach.core.i18n import translate

PRIVATE_FILE_MODE = 0o600  # health data: readable by the user only
PRIVATE_DIR_MODE = 0o700
SHARED_FILE_MODE = 0o644  # desktop entries and the like, which other programs read
# Far more than any file KneeCoach writes (ten years of history is about 10 MB):
# anything larger is not one of ours, and reading it would only stall the app.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Our deepest table is three levels down (a session's exercise's reps); a document
# nested far deeper is not ours, and would exhaust the stack of whatever walks it.
MAX_DEPTH = 24


class StoreError(OSError):
    """A file could not be written; the message is meant for the user."""


class UnreadableFile(ValueError):
    """A file exists but is not a TOML document KneeCoach can use."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def ensure_private_dir(folder: Path) -> None:
    """Make `folder`, and any folder missing above it, 0700 (as the XDG base directory
    specification asks of the folders it names)."""
    if folder.is_dir():
        return
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for each in reversed(missing):
        each.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UnreadableFile says why not.

    Opened without blocking, so a pipe put in place of the file cannot hang the app."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise UnreadableFile(
            translate("TomlFile", "it could not be opened ({reason})").format(reason=error.strerror)
        ) from error
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise UnreadableFile(translate("TomlFile", "it is a folder, not a file"))
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(translate("TomlFile", "it is not an ordinary file"))
        # Its size first: a file far too large is refused without reading it.
        data = b"" if status.st_size > limit else _read_all(descriptor, limit + 1)
    except OSError as error:
        raise UnreadableFile(
            translate("TomlFile", "it could not be opened ({reason})").format(reason=error.strerror)
        ) from error
    finally:
        os.close(descriptor)
    if len(data) > limit or status.st_size > limit:
        raise UnreadableFile(
            translate("TomlFile", "it is larger than {size} MB, too large to be read").format(
                size=limit // (1024 * 1024)
            )
        )
    return data


def _read_all(descriptor: int, most: int) -> bytes:
    chunks, left = [], most
    while left > 0:
        chunk = os.read(descriptor, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_toml(path: Path, limit: int = MAX_FILE_BYTES) -> dict[str, Any]:
    """Parse a TOML file; UnreadableFile says why it could not be."""
    return parse_toml(read_bytes(path, limit))


def parse_toml(data: bytes, depth: int = MAX_DEPTH) -> dict[str, Any]:
    """A TOML document from bytes; UnreadableFile says why it is not one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(translate("TomlFile", "it is saved as UTF-16, not as UTF-8 text"))
    try:
        # utf-8-sig: a file saved by an editor that starts it with a byte-order mark.
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UnreadableFile(translate("TomlFile", "it is not a text file")) from error
    except tomllib.TOMLDecodeError as error:
        raise UnreadableFile(
            translate("TomlFile", "it is damaged or was edited by hand ({error})").format(
                error=error
            )
        ) from error
    except RecursionError:
        raise UnreadableFile(_too_deep()) from None
    if too_deep(document, depth):
        raise UnreadableFile(_too_deep())
    return document


def too_deep(document: object, limit: int = MAX_DEPTH) -> bool:
    """True when lists or tables nest more than `limit` levels; without recursion."""
    level: list[object] = [document]
    for _ in range(limit + 1):
        deeper: list[object] = []
        for value in level:
            if isinstance(value, dict):
                deeper.extend(v for v in value.values() if isinstance(v, dict | list))
            elif isinstance(value, list):
                deeper.extend(v for v in value if isinstance(v, dict | list))
        if not deeper:
            return False
        level = deeper
    return True


def _too_deep() -> str:
    return translate("TomlFile", "its lists or tables are nested too deeply")


def write_toml(path: Path, document: Mapping[str, Any], keep_backup: bool = True) -> None:
    """Replace `path` atomically with `document`; StoreError in plain words on failure."""
    import tomli_w  # only needed once something is written, not at start-up

    payload = tomli_w.dumps(dict(document)).encode("utf-8")
    write_file(path, payload, PRIVATE_FILE_MODE, keep_backup)


def write_file(path: Path, payload: bytes, mode: int, keep_backup: bool = False) -> None:
    """Replace `path` atomically with `payload`: a temporary file in the same folder,
    flushed and fsynced, then renamed over it. StoreError in plain words on failure."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if mode == PRIVATE_FILE_MODE:
            ensure_private_dir(path.parent)
        else:
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


def explain_lock_error(error: OSError, path: Path) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "TomlFile", "KneeCoach is not allowed to write in {folder}, so nothing can be saved."
        ).format(folder=path.parent)
    return translate("TomlFile", "{folder} cannot be written to ({reason}).").format(
        folder=path.parent, reason=error.strerror or str(error)
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


class FolderLock:
    """An exclusive lock on a folder, held while KneeCoach may write there.

    The operating system releases it if the process dies, so a crash never
    leaves a stale lock behind.
    """

    def __init__(self, folder: Path, name: str = ".lock") -> None:
        self.path = folder / name
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True once held; False when another process holds it. StoreError, in plain
        words, when the folder takes no lock file (read-only, or not ours)."""
        try:
            ensure_private_dir(self.path.parent)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as error:
            raise StoreError(error.errno, explain_lock_error(error, self.path)) from error
        handle = os.fdopen(descriptor, "r+b")
        with contextlib.suppress(OSError):  # one left by an older KneeCoach, made 0644
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
        try:
            _lock_exclusive(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        # A store dropped without close() still lets go of its lock, quietly.
        weakref.finalize(self, handle.close)
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
