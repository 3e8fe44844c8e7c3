"""Trim the ICU data library of a Linux bundle to what a widgets app uses.

Qt links ICU, whose data library (libicudata, about 31 MB) carries collation,
transliteration, unit, currency, language, region and time-zone names for
hundreds of locales, break-iterator dictionaries and legacy code-page
converters. Qt keeps its own locale data, and KneeCoach reads and writes only
UTF-8, so what it uses of ICU is the Unicode properties, case mapping,
normalisation and the root collation (file dialogs sort names with it). This
rebuilds the library with those items only; a locale without its own data falls
back to the root one, as ICU does for any locale it does not know.

    python packaging/trim_icu_data.py dist/KneeCoach   (needs binutils: objcopy, ld)
"""

from __future__ import annotations

import itertools
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Items kept, by their name inside the package (e.g. "icudt73l/coll/root.res").
KEPT_FOLDERS = {"": None, "coll": ("root.res", "ucadata.icu", "res_index.res")}
KEPT_SUFFIXES = (".icu", ".nrm", ".spp", ".cfu", ".res")
# Top-level .res files are mostly locales ("de_AT.res"); of those only root and
# English stay. The others (supplemental data, zone rules, likely subtags) stay.
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
KEPT_LOCALES = {"root.res", "en.res"}
ALIGNMENT = 16


def kept(name: str) -> bool:
    package_path = name.split("/", 1)[1]
    folder, _, file = package_path.rpartition("/")
    if folder not in KEPT_FOLDERS:
        return False
    only = KEPT_FOLDERS[folder]
    if only is not None:
        return file in only
    if LOCALE_NAME.match(file) and file not in KEPT_LOCALES:
        return False
    return file.endswith(KEPT_SUFFIXES)


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, item) pairs of an ICU common data package ("CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    starts = [*sorted(offset for _, offset in entries), len(data) - header_size]
    ends = dict(itertools.pairwise(starts))
    items = []
    for name_offset, data_offset in entries:
        at = header_size + name_offset
        name = data[at : data.index(b"\0", at)].decode("ascii")
        items.append((name, data[header_size + data_offset : header_size + ends[data_offset]]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_item = _aligned(len(header) + table_size + len(names)) - len(header)
    entries, blobs, name_at, item_at = [], [], table_size, first_item
    for name, item in items:
        entries.append(struct.pack("<II", name_at, item_at))
        name_at += len(name) + 1
        padded = item + b"\0" * (_aligned(len(item)) - len(item))
        blobs.append(padded)
        item_at += len(padded)
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    table += b"\0" * (first_item - len(table))
    return header + table + b"".join(blobs)


def _aligned(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def trim_library(library: Path) -> tuple[int, int]:
    """Rebuild `library` with the kept items; returns its size before and after."""
    symbol = f"icudt{library.name.split('.so.')[1].split('.')[0]}_dat"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        raw = folder / "data.dat"
        subprocess.run(
            ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(raw)],
            check=True,
        )
        header, items = read_package(raw.read_bytes())
        (folder / "trimmed.dat").write_bytes(
            write_package(header, [i for i in items if kept(i[0])])
        )
        start = "_binary_trimmed_dat_start"
        subprocess.run(
            ["objcopy", "-I", "binary", "-O", _object_format(library), "--rename-section",
             ".data=.rodata,alloc,load,readonly,data,contents",
             f"--set-section-alignment=.data={ALIGNMENT}", "--redefine-sym", f"{start}={symbol}",
             "--strip-symbol=_binary_trimmed_dat_end", "--strip-symbol=_binary_trimmed_dat_size",
             "trimmed.dat", "trimmed.o"],
            cwd=folder, check=True,
        )  # fmt: skip
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", str(folder / library.name),
             str(folder / "trimmed.o")],
            check=True,
        )  # fmt: skip
        (folder / library.name).replace(library)
    return before, library.stat().st_size


def _object_format(library: Path) -> str:
    """The library's own ELF format, e.g. elf64-x86-64, for the rebuilt one to match."""
    result = subprocess.run(
        ["objdump", "-f", str(library)], capture_output=True, text=True, check=True
    )
    return result.stdout.split("file format", 1)[1].split()[0]


def main() -> int:
    bundle = Path(sys.argv[1])
    # PyInstaller links the library's other names to one file: trim that file once.
    libraries = sorted(p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink())
    if not libraries:
        print("no ICU data library in the bundle; nothing to trim")
        return 0
    for library in libraries:
        before, after = trim_library(library)
        print(f"{library.name}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
