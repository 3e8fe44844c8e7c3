"""The Debian packages a PyInstaller bundle needs: for the Depends line of its .deb.

The bundle carries most libraries itself. What it leaves to the system (the C
library, OpenGL/EGL, libxcb and Wayland's client libraries) is found from each
bundled ELF file's NEEDED entries that no file in the bundle provides. Each such
library is traced to its package with `dpkg -S`; the lowest version that will do
comes from dpkg-shlibdeps (the packages' symbols files), run on the files that
need them.

    python3 depends.py BUNDLE_FOLDER   ->  prints "Depends: ..." (and "Recommends: ...")
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Libraries only optional plugins load, which a desktop usually has but this
# build machine may not: Qt Wayland's EGL integration (KneeCoach draws with
# shared memory without it) and speech-dispatcher for spoken cues.
OPTIONAL = {"libwayland-egl.so.1": "libwayland-egl1", "libspeechd.so.2": "libspeechd2"}
# Data the bundled libfontconfig and libxkbcommon read from the system.
DATA = ["fontconfig-config", "xkb-data"]


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
    return re.findall(r"^\s+NEEDED\s+(\S+)$", dump.stdout, re.MULTILINE)


def system_path(soname: str, multiarch: str) -> str | None:
    """Where the dynamic linker finds `soname` for this architecture."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        name, _, rest = line.strip().partition(" ")
        path = rest.rpartition("=> ")[2]
        if name == soname and f"/{multiarch}/" in path:
            return path
    return None


def owner(path: str) -> str:
    """The package holding `path` (merged /usr: dpkg may know it under either name)."""
    for candidate in (path, os.path.realpath(path), "/usr" + path):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0]
    raise SystemExit(f"no package provides {path}")


def versions(files: list[Path], packages: set[str]) -> dict[str, str]:
    """dpkg-shlibdeps' entry for each of `packages` ("libxcb1 (>= 1.12)")."""
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            "Source: kneecoach\n\nPackage: kneecoach\nArchitecture: any\n"
        )
        folders = sorted({f"-l{path.parent.resolve()}" for path in files})
        run = subprocess.run(
            ["dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0", *folders]
            + [f"-e{path.resolve()}" for path in files],
            cwd=work, capture_output=True, text=True, check=True,
        )  # fmt: skip
    line = run.stdout.strip().partition("=")[2]
    entries = [entry.strip() for entry in line.split(",") if entry.strip()]
    return {entry.split()[0]: entry for entry in entries if entry.split()[0] in packages}


def main(bundle: Path) -> None:
    files = elf_files(bundle)
    bundled = {path.name for path in bundle.rglob("*")}
    users: dict[str, list[Path]] = {}
    for path in files:
        for soname in needed(path):
            if soname not in bundled:
                users.setdefault(soname, []).append(path)
    multiarch = subprocess.run(
        ["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True, check=True
    ).stdout.strip()
    packages, recommends, consulted = set(), set(), set()
    for soname, paths in sorted(users.items()):
        if soname in OPTIONAL:  # whether or not this build machine happens to have it
            recommends.add(OPTIONAL[soname])
            continue
        found = system_path(soname, multiarch)
        if found is None:
            raise SystemExit(f"{soname} (needed by {paths[0]}) is on no system path")
        packages.add(owner(found))
        consulted.update(paths)
    optional_users = {path for soname in OPTIONAL for path in users.get(soname, [])}
    pinned = versions(sorted(consulted - optional_users), packages)
    print("Depends: " + ", ".join(sorted(pinned.get(name, name) for name in packages) + DATA))
    if recommends:
        print("Recommends: " + ", ".join(sorted(recommends)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
