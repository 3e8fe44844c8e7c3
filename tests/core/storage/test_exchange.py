import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecoach.core.history import SessionSummary
from kneecoach.core.storage.exchange import (
    CSV_COLUMNS,
    ImportProblem,
    export_csv,
    export_toml,
    read_export,
)
from tests.core.storage.test_history_store import open_store, record, records_of

NAMES = {"ankle-circles": "Ankle circles", "calf-stretch": "Calf stretch"}


def test_csv_reads_back_with_the_csv_module():
    records = [record(1, pain=6), record(2), record(40, offset_hours=-7, pain=0)]
    rows = list(csv.DictReader(io.StringIO(export_csv(map(SessionSummary.of, records), NAMES))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == 3
    first = rows[0]
    assert first["date"] == "2026-01-02"
    assert first["start"] == "2026-01-02T18:00+01:00"
    assert first["minutes"] == "8.1"
    assert first["completed"] == "yes"
    assert first["exercises done"] == "Ankle circles"
    assert first["exercises skipped"] == "Calf stretch"
    assert (first["pain before (0-10)"], first["pain after (0-10)"]) == ("6", "5")
    assert (rows[1]["pain before (0-10)"], rows[1]["pain after (0-10)"]) == ("", "")
    assert rows[2]["start"].endswith("-07:00") and rows[2]["pain after (0-10)"] == "0"


def test_csv_quotes_names_with_commas_and_quotes():
    names = {"calf-stretch": 'Calf stretch, "wall"', "ankle-circles": "Ankle circles"}
    rows = list(csv.reader(io.StringIO(export_csv([SessionSummary.of(record(1))], names))))
    assert rows[1][7] == 'Calf stretch, "wall"'


def test_a_toml_export_imports_into_another_history(tmp_path):
    source, _ = open_store(tmp_path / "a")
    for n in (1, 5, 33, 61):
        source.add(record(n, pain=n % 11))
    export = tmp_path / "export.toml"
    export.write_bytes(export_toml(source.all_records()))

    target, _ = open_store(tmp_path / "b")
    target.add(record(5, pain=5))  # already here: kept as it is
    target.add(record(90))
    records, problems = read_export(export)
    assert problems == [] and len(records) == 4
    assert target.merge(records) == 3
    assert [r.id for r in records_of(target)] == [f"session-{n:05d}" for n in (1, 5, 33, 61, 90)]
    assert target.record("session-00005").pain_before == 5


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.integers(0, 400), max_size=12), st.lists(st.integers(0, 400), max_size=12))
def test_importing_twice_changes_nothing(tmp_path_factory, ours, theirs):
    folder = tmp_path_factory.mktemp("merge")
    store, _ = open_store(folder / "history")
    for n in sorted(set(ours)):
        store.add(record(n))
    export = folder / "export.toml"
    export.write_bytes(export_toml(record(n) for n in theirs))
    records, _ = read_export(export)
    store.merge(records)
    once = records_of(store)
    assert store.merge(read_export(export)[0]) == 0
    assert records_of(store) == once
    assert {r.id for r in once} == {record(n).id for n in set(ours) | set(theirs)}


def test_files_that_are_not_exports_are_refused_in_plain_words(tmp_path):
    cases = {
        "garbage.toml": b"\x00\x01 not toml",
        "settings.toml": b"schema_version = 1\ntheme = 'dark'\n",
        "newer.toml": b'schema_version = 9\nkind = "kneecoach-history"\nsession = []\n',
    }
    messages = {}
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ImportProblem) as problem:
            read_export(tmp_path / name)
        messages[name] = str(problem.value)
    assert "could not be read" in messages["garbage.toml"]
    assert "not a KneeCoach history export" in messages["settings.toml"]
    assert "newer version" in messages["newer.toml"]


def test_bad_entries_in_an_import_are_reported_and_the_rest_kept(tmp_path):
    text = (
        export_toml([record(1), record(2)])
        .decode()
        .replace('routine = "knee-relief"', "routine = 1", 1)
    )
    (tmp_path / "export.toml").write_text(text)
    records, problems = read_export(tmp_path / "export.toml")
    assert [r.id for r in records] == ["session-00002"]
    assert problems == ["session #1: routine must be a non-empty text"]


def test_csv_cells_never_start_like_a_spreadsheet_formula():
    names = {"ankle-circles": '=HYPERLINK("http://x","y")', "calf-stretch": "@SUM(1+1)"}
    rows = list(csv.reader(io.StringIO(export_csv([SessionSummary.of(record(1))], names))))
    assert rows[1][6] == '\'=HYPERLINK("http://x","y")'
    assert rows[1][7] == "'@SUM(1+1)"
