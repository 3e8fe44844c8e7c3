"""Export the history (CSV for a physiotherapist, TOML for KneeCoach) and import it back.

An import merges: sessions already in the history (same id) are left alone, so
importing the same file twice changes nothing. An import is checked whole before
anything is merged, within limits far beyond any real history (its size, the
number of sessions, how deeply it nests), so a file that is not one fails at
once, in plain words, and nothing of it is half-merged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from kneecoach.core.history import SessionRecord, SessionSummary, record_to_toml
from kneecoach.core.i18n import translate
from kneecoach.core.storage.files import UnreadableFile, parse_toml, read_bytes
from kneecoach.core.storage.history_files import parse_sessions

EXPORT_KIND = "kneecoach-history"
EXPORT_SCHEMA = 1
# Ten years of two sessions a day export to about 10 MB and 7,300 sessions: these
# allow three times that, and refuse a file far larger before reading it.
MAX_IMPORT_BYTES = 32 * 1024 * 1024
MAX_IMPORT_SESSIONS = 25_000
# A session's exercises are a table of lists inside a table inside a list: an
# export nests four levels at most. Far deeper is not an export.
MAX_IMPORT_DEPTH = 8
CSV_COLUMNS = (
    "date",
    "start",
    "end",
    "minutes",
    "routine",
    "completed",
    "exercises done",
    "exercises skipped",
    "pain before (0-10)",
    "pain after (0-10)",
)


def _cell(text: str) -> str:
    # A spreadsheet would run a cell starting like a formula; a leading ' keeps it text.
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def export_csv(sessions: Iterable[SessionSummary], names: Mapping[str, str]) -> str:
    """One row per session, in words a reader can use without KneeCoach.

    From the summaries the store keeps in memory: no month file needs reading.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in sessions:
        done = [names.get(i, i) for i in record.done]
        skipped = [names.get(i, i) for i in record.skipped]
        writer.writerow(
            (
                record.local_date.isoformat(),
                record.started_at.isoformat(timespec="minutes"),
                record.ended_at.isoformat(timespec="minutes"),
                f"{record.duration_seconds / 60:.1f}",
                _cell(record.routine),
                "yes" if record.finished else "no",
                _cell("; ".join(done)),
                _cell("; ".join(skipped)),
                "" if record.pain_before is None else record.pain_before,
                "" if record.pain_after is None else record.pain_after,
            )
        )
    return buffer.getvalue()


def export_toml(records: Iterable[SessionRecord]) -> bytes:
    import tomli_w

    document = {
        "schema_version": EXPORT_SCHEMA,
        "kind": EXPORT_KIND,
        "session": [record_to_toml(r) for r in records],
    }
    return tomli_w.dumps(document).encode("utf-8")


class ImportProblem(ValueError):
    """A file that cannot be imported; the message is meant for the user."""


def read_export(path: Path) -> tuple[list[SessionRecord], list[str]]:
    """Sessions from a KneeCoach TOML export (or a history file): (records, problems).

    ImportProblem, in plain words, for a file that cannot be imported at all."""
    try:
        data = read_bytes(path, MAX_IMPORT_BYTES)
        # Counted before parsing: a file of a million sessions is refused at once.
        if data.count(b"[[session]]") > MAX_IMPORT_SESSIONS:
            raise ImportProblem(_too_many(path))
        document = parse_toml(data, MAX_IMPORT_DEPTH)
    except UnreadableFile as problem:
        raise ImportProblem(
            translate("Exchange", "{file} could not be read: {problem}.").format(
                file=path.name, problem=problem
            )
        ) from None
    if "session" not in document:
        raise ImportProblem(
            translate("Exchange", "{file} is not a KneeCoach history export.").format(
                file=path.name
            )
        )
    sessions = document["session"]
    if isinstance(sessions, list) and len(sessions) > MAX_IMPORT_SESSIONS:
        raise ImportProblem(_too_many(path))
    version = document.get("schema_version")
    if document.get("kind") == EXPORT_KIND and (
        type(version) is not int or version > EXPORT_SCHEMA
    ):
        raise ImportProblem(
            translate("Exchange", "{file} was written by a newer version of KneeCoach.").format(
                file=path.name
            )
        )
    return parse_sessions(document)


def _too_many(path: Path) -> str:
    return translate(
        "Exchange",
        "{file} holds more than {most} sessions, far more than any history; it was not imported.",
    ).format(file=path.name, most=f"{MAX_IMPORT_SESSIONS:,}")


def imported_words(file: str, new: int, already: int, problems: list[str]) -> str:
    """What an import did, in a sentence or two."""
    if already:
        text = translate(
            "ProgressPage",
            "{sessions} added from {file}; %n already in your history.",
            None,
            already,
        ).format(sessions=translate("ProgressPage", "%n new session(s)", None, new), file=file)
    else:
        text = translate("ProgressPage", "%n new session(s) added from {file}.", None, new)
        text = text.format(file=file)
    if problems:
        unread = len(problems)  # lupdate reads a count only from a plain name
        text = translate(
            "ProgressPage",
            "{imported} %n (entry|entries) could not be read: {problems}",
            None,
            unread,
        ).format(imported=text, problems="; ".join(problems[:3]))
    return text
