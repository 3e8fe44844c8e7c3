"""The bundle's ICU data is rebuilt with only the items a widgets app uses, byte for byte."""

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import trim_icu_data  # noqa: E402

LIBRARY = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
pytestmark = pytest.mark.skipif(
    LIBRARY is None or not shutil.which("objcopy") or not shutil.which("ld"),
    reason="needs a PySide6 with ICU and binutils (Linux)",
)


def package_of(library: Path, work: Path):
    raw = work / f"{library.name}.dat"
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(raw)], check=True
    )
    return trim_icu_data.read_package(raw.read_bytes())


def test_trimmed_library_keeps_exactly_the_wanted_items(tmp_path):
    original = tmp_path / "original"
    original.mkdir()
    header, items = package_of(LIBRARY, original)
    copy = tmp_path / "bundle" / LIBRARY.name
    copy.parent.mkdir()
    shutil.copy(LIBRARY, copy)
    before, after = trim_icu_data.trim_library(copy)
    assert after < before / 5

    trimmed_header, trimmed = package_of(copy, tmp_path)
    assert trimmed_header == header
    wanted = [(name, data) for name, data in items if trim_icu_data.kept(name)]
    assert trimmed == wanted
    names = {name.split("/", 1)[1] for name, _ in trimmed}
    assert {"root.res", "en.res", "coll/root.res", "coll/ucadata.icu", "cnvalias.icu"} <= names
    assert not any(n.startswith(("brkitr/", "zone/", "curr/")) or n == "de.res" for n in names)
    symbols = subprocess.run(["nm", "-D", str(copy)], capture_output=True, text=True).stdout
    assert f"icudt{LIBRARY.name.split('.so.')[1]}_dat" in symbols
