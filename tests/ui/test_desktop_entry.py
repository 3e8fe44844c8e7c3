"""The applications-menu entry, the AppStream metainfo and the icons that go with them."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from kneecoach.core import desktop_entry
from kneecoach.core.paths import resources_dir

DESKTOP = resources_dir() / "desktop" / "io.github.kneecoach.KneeCoach.desktop"
METAINFO = resources_dir() / "desktop" / "io.github.kneecoach.KneeCoach.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (installed by .ci/run)")
        pytest.skip(f"needs {name}")
    return found


def test_the_shipped_desktop_entry_is_valid():
    checked = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout


def test_the_metainfo_is_valid_and_its_screenshots_exist():
    checked = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "W:" not in checked.stdout and "E:" not in checked.stdout
    root = resources_dir().parent if (resources_dir().parent / "packaging").exists() else None
    if root is not None:  # in a checkout: each screenshot named in the metainfo is there
        for name in ("home.png", "session.png"):
            assert (root / "packaging" / "screenshots" / name).is_file()


def test_every_icon_size_exists_at_its_size():
    for size in desktop_entry.ICON_SIZES:
        image = QImage(str(resources_dir() / "icons" / "png" / f"kneecoach-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # not an empty square


def test_install_puts_the_app_in_the_menu_and_remove_takes_it_out(tmp_path):
    command = ["/opt/Knee Coach/KneeCoach"]
    files = desktop_entry.install(command, tmp_path)
    assert all(path.is_file() for path in files)
    text = files[0].read_text()
    assert 'Exec="/opt/Knee Coach/KneeCoach"\n' in text
    assert 'Exec="/opt/Knee Coach/KneeCoach" --start\n' in text
    checked = subprocess.run(
        [tool("desktop-file-validate"), str(files[0])], capture_output=True, text=True
    )
    assert checked.returncode == 0 and checked.stdout.strip() == ""
    assert desktop_entry.remove(tmp_path) == files
    assert not any(path.exists() for path in files)


def test_the_command_line_installs_for_this_python(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "kneecoach", "--install-desktop-entry"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "applications" / "io.github.kneecoach.KneeCoach.desktop"
    assert f"Exec={sys.executable} -m kneecoach" in entry.read_text()
    done = subprocess.run(
        [sys.executable, "-m", "kneecoach", "--remove-desktop-entry"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and not entry.exists()
