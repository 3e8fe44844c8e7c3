"""The files of the history: one TOML file of sessions per month, and an index.

A month file is written by hand rather than through a general TOML writer: it
is rewritten at every save, and this way saving costs little however many
sessions the month holds. tomllib reads it back like any TOML file.

The index keeps one line per session of every month, so that start-up need
not parse years of month files. It is only a cache, in a plain text
format of its own (a version line, then each month with the fingerprint of
its file and its lines): whatever in it does not match is read from the
month files instead, and it is written again.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kneecoach.core.history import (
    RecordError,
    SessionRecord,
    SessionSummary,
    record_from_toml,
    summary_from_line,
    summary_to_line,
)
from kneecoach.core.i18n import translate
from kneecoach.core.storage.files import UnreadableFile, read_bytes
from kneecoach.core.wording import month_and_year

HISTORY_FOLDER = "history"
INDEX_FILE = "index.txt"
OLD_INDEX_FILE = "index.toml"  # the index as TOML, before it had a format of its own
HISTORY_SCHEMA = 2  # 1 was a single history.toml; 2 is one file per month
INDEX_HEADER = "kneecoach-history-index 2"
# The single file of schema 1, moved into month files and then kept under a new name.
OLD_HISTORY_FILE = "history.toml"
OLD_HISTORY_KEPT = "history.toml.before-upgrade"
# Files go from one schema to the next one step at a time. The sessions themselves
# did not change from 1 to 2, only where they are kept (one file, then one per month).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda document: document}

# What a TOML basic string must escape: the quote, the backslash and every control
# character (the common ones by their short names, the rest as \uXXXX).
_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x20), 0x7F)} | {
    ord('"'): '\\"',
    ord("\\"): "\\\\",
    ord("\b"): "\\b",
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\f"): "\\f",
    ord("\r"): "\\r",
}


@dataclass(frozen=True)
class What:
    """A file of sessions as the user is told about it: at the start of a sentence
    ("Your history file") and inside one ("your history file")."""

    start: str
    inside: str


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def is_month(name: str) -> bool:
    return re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", name) is not None


def describe_month(month: str, file_name: str) -> What:
    year, number = month.split("-")
    name = month_and_year(int(year), int(number))
    return What(
        translate("HistoryStore", "Your history for {month} ({file})").format(
            month=name, file=file_name
        ),
        translate("HistoryStore", "your history for {month} ({file})", "inside a sentence").format(
            month=name, file=file_name
        ),
    )


def parse_sessions(document: Mapping[str, Any]) -> tuple[list[SessionRecord], list[str]]:
    records: list[SessionRecord] = []
    problems: list[str] = []
    entries = document.get("session", [])
    if not isinstance(entries, list):
        return [], [
            translate("Store", "'{field}' is not a list of sessions").format(field="session")
        ]
    for position, entry in enumerate(entries, start=1):
        try:
            if not isinstance(entry, dict):
                raise RecordError(translate("Store", "it is not a table"))
            records.append(record_from_toml(entry))
        except RecordError as problem:
            problems.append(
                translate("Store", "session #{number}: {problem}").format(
                    number=position, problem=problem
                )
            )
    return records, problems


# --- writing a month -----------------------------------------------------------
def month_payload(
    records: Iterable[SessionRecord], known: dict[str, tuple[SessionRecord, str]] | None = None
) -> bytes:
    """The TOML text of a month file holding `records`, as record_from_toml reads them.

    `known` remembers each session's text by its id, so that saving one more session
    into a full month writes out only that one anew."""
    parts = [f"schema_version = {HISTORY_SCHEMA}\n"]
    for record in records:
        cached = known.get(record.id) if known is not None else None
        if cached is not None and cached[0] is record:
            parts.append(cached[1])
            continue
        text = session_text(record)
        if known is not None:
            known[record.id] = (record, text)
        parts.append(text)
    return "".join(parts).encode("utf-8")


def session_text(record: SessionRecord) -> str:
    """One [[session]] table of a month file."""
    parts = [
        f"\n[[session]]\nid = {_text(record.id)}\n"
        f"local_date = {record.local_date.isoformat()}\n"
        f"started_at = {_instant(record.started_at)}\n"
        f"ended_at = {_instant(record.ended_at)}\n"
        f"routine = {_text(record.routine)}\n"
        f"finished = {'true' if record.finished else 'false'}\n"
    ]
    if record.pain_before is not None:
        parts.append(f"pain_before = {int(record.pain_before)}\n")
    if record.pain_after is not None:
        parts.append(f"pain_after = {int(record.pain_after)}\n")
    if record.paused_seconds:  # older files have none: nothing was paused, or not kept
        parts.append(f"paused_seconds = {float(record.paused_seconds)!r}\n")
    # Inline tables, one exercise a line: the same document as [[session.exercise]]
    # tables, and much quicker for tomllib to read back.
    exercises = (
        f"  {{ id = {_text(e.id)}, outcome = {_text(e.outcome.value)}, "
        f"holds = [{', '.join(_text(h) for h in e.holds)}], reps = {_reps(e.reps)} }},\n"
        for e in record.exercises
    )
    parts.append(f"exercise = [\n{''.join(exercises)}]\n")
    return "".join(parts)


def _reps(reps: Mapping[str, int]) -> str:
    pairs = ", ".join(f"{_text(k)} = {int(v)}" for k, v in reps.items())
    return f"{{ {pairs} }}" if pairs else "{}"


def _text(value: str) -> str:
    """A TOML basic string. Most of ours (ids, sides, names) need no escape at all."""
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return f'"{value.translate(_ESCAPES)}"'


def _instant(value: datetime) -> str:
    # TOML offsets are whole minutes; no clock of ours gives one with seconds.
    offset = value.utcoffset()
    if offset is None or offset.seconds % 60 or offset.microseconds:
        raise ValueError(f"{value} cannot be written with its offset")
    return value.isoformat(sep=" ")


# --- the index -----------------------------------------------------------------
def read_index(path: Path) -> dict[str, tuple[str, list[SessionSummary]]] | None:
    """Month → (fingerprint of its file when indexed, its summaries): {} when there is
    no index, None when it is damaged. Never raises: the month files are read instead."""
    try:
        data = read_bytes(path)
    except UnreadableFile:  # none, or something else in its place (a folder, a link)
        return None if os.path.lexists(path) else {}
    head, _, body = data.partition(b"\n")
    if head != f"{INDEX_HEADER} {zlib.crc32(body):08x}".encode():
        return None  # damaged, or another format: a checksum mismatch catches both
    try:
        index: dict[str, tuple[str, list[SessionSummary]]] = {}
        for block in body.decode("utf-8").split(_MONTH_MARK)[1:]:
            title, *lines = block.split("\n")
            month, fingerprint = title.split(" ")
            index[month] = (fingerprint, [summary_from_line(line) for line in lines if line])
        return index
    except (ValueError, TypeError, OverflowError):
        return None


# Starts the line naming a month: a summary line never holds it, as a '%' in one is
# always followed by two hexadecimal digits.
_MONTH_MARK = "% "


def index_payload(months: Mapping[str, tuple[str, list[SessionSummary]]]) -> bytes:
    parts = []
    for month, (fingerprint, summaries) in sorted(months.items()):
        parts.append(f"{_MONTH_MARK}{month} {fingerprint}\n")
        parts += (summary_to_line(s) + "\n" for s in summaries)
    body = "".join(parts).encode("utf-8")
    return f"{INDEX_HEADER} {zlib.crc32(body):08x}\n".encode() + body


def fingerprint(path: Path) -> str | None:
    try:
        status = path.stat()
    except OSError:
        return None
    # The inode and change time too: some tools keep the modification time.
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"
