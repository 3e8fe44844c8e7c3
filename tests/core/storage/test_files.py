"""Files KneeCoach writes are the user's alone; reading survives whatever is found."""

import errno
import logging
import os
import stat
import sys

import pytest

from kneecoach.core.storage import files, log_file
from kneecoach.core.storage.files import (
    FolderLock,
    StoreError,
    UnreadableFile,
    read_toml,
    write_file,
    write_toml,
)
from kneecoach.core.storage.window_place import WINDOW_STATE_FILE, WindowPlace
from tests.fakes import FakeClock

DEEP_ARRAY = b"x = " + b"[" * 2000 + b"]" * 2000 + b"\n"
DEEP_TABLE = b"x = " + b"{a = " * 2000 + b"1" + b"}" * 2000 + b"\n"


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_the_users_alone(tmp_path):
    data = tmp_path / "data"
    write_toml(data / "a" / "b.toml", {"x": 1})
    write_file(data / "pictures" / "p.png", b"png", files.PRIVATE_FILE_MODE)
    lock = FolderLock(data)
    instance = FolderLock(data, ".instance.lock")
    assert lock.acquire() and instance.acquire()
    for folder in (data, data / "a", data / "pictures"):
        assert mode(folder) == 0o700, folder
    for path in (
        data / "a/b.toml",
        data / "pictures/p.png",
        data / ".lock",
        data / ".instance.lock",
    ):
        assert mode(path) == 0o600, path
    lock.release()
    instance.release()


def test_a_lock_file_left_readable_by_others_is_made_private(tmp_path):
    (tmp_path / ".lock").write_bytes(b"")
    os.chmod(tmp_path / ".lock", 0o644)
    lock = FolderLock(tmp_path)
    assert lock.acquire()
    assert mode(tmp_path / ".lock") == 0o600
    lock.release()


def test_a_folder_that_takes_no_lock_file_is_said_in_plain_words(tmp_path, monkeypatch):
    real_open = os.open

    def read_only_disk(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(files.os, "open", read_only_disk)
    with pytest.raises(StoreError, match="not allowed to write in"):
        FolderLock(tmp_path).acquire()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (DEEP_ARRAY, "nested too deeply"),
        (DEEP_TABLE, "nested too deeply"),
        (b"x = " + b"[" * 30 + b"]" * 30, "nested too deeply"),  # parses, yet is not ours
        ('x = "é"'.encode("utf-16"), "UTF-16"),
        (b"x = '\xff'", "not a text file"),
        (b"x = = 1", "damaged"),
    ],
)
def test_what_cannot_be_read_says_why(tmp_path, content, said):
    path = tmp_path / "f.toml"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=said):
        read_toml(path)


def test_a_folder_a_pipe_or_a_huge_file_in_place_of_a_file_is_unreadable(tmp_path):
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(UnreadableFile, match="folder"):
        read_toml(tmp_path / "folder.toml")
    os.mkfifo(tmp_path / "pipe.toml")  # would block a plain open() for good
    with pytest.raises(UnreadableFile, match="not an ordinary file"):
        read_toml(tmp_path / "pipe.toml")
    with open(tmp_path / "huge.toml", "wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(UnreadableFile, match="too large"):
        read_toml(tmp_path / "huge.toml")


def test_a_byte_order_mark_is_read_past(tmp_path):
    (tmp_path / "f.toml").write_bytes(b"\xef\xbb\xbfx = 1\n")
    assert read_toml(tmp_path / "f.toml") == {"x": 1}


@pytest.fixture
def quiet_log(tmp_path):
    logger = logging.getLogger("kneecoach")
    before = list(logger.handlers)
    logger.handlers.clear()
    yield tmp_path / "data"
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = before


def test_the_log_file_is_private(quiet_log, capsys):
    log_file.set_up_logging(quiet_log)
    assert mode(quiet_log / log_file.LOG_FILE) == 0o600
    assert mode(quiet_log) == 0o700


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_said_once_and_the_log_goes_quiet(quiet_log, capsys):
    quiet_log.mkdir(mode=0o700)
    os.symlink("/dev/full", quiet_log / log_file.LOG_FILE)  # every write: no space left
    log_file.set_up_logging(quiet_log)
    logger = logging.getLogger("kneecoach.test")
    for number in range(20):
        logger.info("line %d", number)
    said = capsys.readouterr().err
    assert "Logging error" not in said and "Traceback" not in said
    assert said.count("can no longer be written (the disk is full)") == 1
    assert "line 19" in said  # the terminal still has every line


def test_the_window_geometry_round_trips(tmp_path):
    store = WindowPlace(tmp_path, FakeClock())
    assert store.load() is None
    store.save(b"\x01\xd9\xd0\xcb\x00\x03")
    assert WindowPlace(tmp_path, FakeClock()).load() == b"\x01\xd9\xd0\xcb\x00\x03"
    assert mode(tmp_path / WINDOW_STATE_FILE) == 0o600


@pytest.mark.parametrize(
    "content", [b"geometry = 3", b'geometry = "not base64!"', DEEP_ARRAY, b"\xff\xfe"]
)
def test_an_unusable_window_file_opens_at_the_default_size_and_is_kept(tmp_path, content):
    (tmp_path / WINDOW_STATE_FILE).write_bytes(content)
    store = WindowPlace(tmp_path, FakeClock())
    assert store.load() is None
    assert next(tmp_path.glob("window.unreadable-*.toml")).read_bytes() == content
    store.save(b"\x01")
    assert store.load() == b"\x01"


def test_saving_the_window_on_a_full_disk_is_let_go(tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    WindowPlace(tmp_path, FakeClock()).save(b"\x01")  # no exception
    assert not (tmp_path / WINDOW_STATE_FILE).exists()
    assert sys.platform != "win32"
