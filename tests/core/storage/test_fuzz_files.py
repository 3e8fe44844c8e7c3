"""Every kind of file, damaged every way we know: nothing raises, nothing is lost.

Each example copies a user's folders, damages one file and runs the app's loader
of that file (and a save after it). The bar: no exception escapes, and the
original bytes of the damaged file are still somewhere in the folders (where it
was, set aside, or in a kept copy). A folder or a link put in place of a file is
kept too: the folder with what is in it, the link with its target untouched.
"""

from __future__ import annotations

import os
import random
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecoach.core.storage.files import MAX_FILE_BYTES
from tests.core.storage.file_kinds import KINDS, Kind, copy_folders, make_folders

MARK = b"kneecoach fuzz: bytes to keep\n"


def _truncated(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def _flipped(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if changed:
            changed[rng.randrange(len(changed))] ^= rng.randint(1, 255)
    return bytes(changed)


_ODD_VALUES: tuple[Any, ...] = (
    3, -1, 2.5, True, "text", [], [["x"]], {}, {"a": [1, {"b": "c"}]}, [1, "two"],
)  # fmt: skip


def _wrong_type(data: bytes, rng: random.Random) -> bytes:
    """One value somewhere in the document replaced by a value of another kind."""
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except ValueError:
        return _flipped(data, rng)
    places: list[tuple[Any, Any]] = []
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        for key in keys:
            places.append((node, key))
            if isinstance(node[key], dict | list):
                stack.append(node[key])
    if places:
        node, key = rng.choice(places)
        node[key] = rng.choice(_ODD_VALUES)
    return tomli_w.dumps(document).encode()


def _schema(value: str) -> Callable[[bytes, random.Random], bytes]:
    def change(data: bytes, _rng: random.Random) -> bytes:
        lines = [line for line in data.split(b"\n") if not line.startswith(b"schema_version")]
        if value:
            lines.insert(0, f"schema_version = {value}".encode())
        return b"\n".join(lines)

    return change


def _deep(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([30, 500, 2000])
    opener, closer = rng.choice([(b"[", b"]"), (b"{a = ", b"}")])
    return data + b"\nzz_deep = " + opener * depth + b"1" + closer * depth + b"\n"


def _bad_utf8(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"]) + data[at:]


def _utf16(data: bytes, _rng: random.Random) -> bytes:
    return data.decode("utf-8", "replace").encode("utf-16")


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncated": _truncated,
    "flipped bytes": _flipped,
    "wrong type": _wrong_type,
    "future schema_version": _schema("99"),
    "schema_version 0": _schema("0"),
    "schema_version text": _schema('"two"'),
    "schema_version missing": _schema(""),
    "byte-order mark": lambda data, _rng: b"\xef\xbb\xbf" + data,
    "UTF-16": _utf16,
    "invalid UTF-8": _bad_utf8,
    "empty": lambda _data, _rng: b"",
    "deep nesting": _deep,
}
# Not bytes: what is put in place of the file.
PLACES = ("huge", "a folder", "a link to a file", "a link to nowhere")


def damage(path: Path, how: str, rng: random.Random, outside: Path) -> bytes:
    """Damage the file at `path`; the bytes that must be kept somewhere after loading."""
    if how in MUTATIONS:
        content = MUTATIONS[how](path.read_bytes(), rng)
        path.write_bytes(content)
        return content
    path.unlink()
    if how == "huge":
        with open(path, "wb") as handle:  # sparse: costs no disk
            handle.write(MARK)
            handle.truncate(MAX_FILE_BYTES + 1)
        return MARK
    if how == "a folder":
        path.mkdir()
        (path / "inside.txt").write_bytes(MARK + b"folder")
        return MARK + b"folder"
    target = outside / "target.toml"
    target.write_bytes(MARK + b"target")
    os.symlink(target if how == "a link to a file" else outside / "nowhere", path)
    return MARK + b"target"


def kept(root: Path, outside: Path, content: bytes, how: str) -> bool:
    if how == "huge":
        return any(p.is_file() and p.stat().st_size > MAX_FILE_BYTES for p in root.rglob("*"))
    if how.startswith("a link"):  # the link is kept, or moved aside, and its target is intact
        links = [p for p in root.rglob("*") if p.is_symlink()]
        return bool(links) and (outside / "target.toml").read_bytes() == content
    return any(p.is_file() and p.read_bytes() == content for p in root.rglob("*"))


# Memory, where there is such a folder: each example makes and removes a few dozen files.
_SCRATCH = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def run_variant(
    seed: Path, kind: Kind, how: str, rng: random.Random
) -> tuple[Exception | None, bool]:
    """(what the loader raised, if anything; whether the original was kept) for one
    damaged file."""
    with tempfile.TemporaryDirectory(prefix="kneecoach-fuzz-", dir=_SCRATCH) as scratch:
        root = copy_folders(seed, Path(scratch) / "user")
        outside = Path(scratch) / "elsewhere"
        outside.mkdir()
        content = damage(root / kind.path, how, rng, outside)
        try:
            notices = kind.load(root)
        except Exception as error:  # counted as a failure, and shown
            return error, kept(root, outside, content, how)
        # Nothing told: the file was read in full, and may be written over. Else what
        # could not be read must still be there.
        return None, not notices or kept(root, outside, content, how)


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    # Durability is tested elsewhere; here fsync would only make each example slow.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda _descriptor: None)
        yield make_folders(tmp_path_factory.mktemp("seed"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    how=st.sampled_from([*MUTATIONS, *PLACES]),
    salt=st.integers(0, 2**32),
)
def test_no_damaged_file_raises_or_loses_its_bytes(seed, kind, how, salt):
    raised, original_kept = run_variant(seed, kind, how, random.Random(salt))
    if raised is not None:
        raise AssertionError(f"{kind.name}, {how}: {raised!r}") from raised
    assert original_kept, f"{kind.name}, {how}: the original bytes are gone"
