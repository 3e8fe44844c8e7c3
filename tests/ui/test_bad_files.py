"""A damaged history or settings file: the app starts, says so, and keeps the bytes."""

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from kneecoach import app, opening
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from tests.ui.conftest import seed

GARBAGE = b'schema_version = 1\n[[session]\nid = "half a sess'


def test_a_corrupt_history_is_reported_and_kept(make_controller, folders):
    data, config = folders
    data.mkdir(parents=True, exist_ok=True)
    (data / "history.toml").write_bytes(GARBAGE)
    config.mkdir(parents=True)
    (config / "settings.toml").write_bytes(b"\xff\xfe not toml")
    window = make_controller().window
    texts = [b.notice.text for b in window.notices.banners()]
    assert any("history file could not be read" in t for t in texts)
    assert any("settings file could not be read" in t for t in texts)
    kept_history = next(data.glob("history.unreadable-*.toml"))
    assert kept_history.read_bytes() == GARBAGE
    assert next(config.glob("settings.unreadable-*.toml")).read_bytes() == b"\xff\xfe not toml"
    assert window.isVisible()


def test_the_real_app_starts_with_a_hand_broken_history(tmp_path):
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "history.toml").write_bytes(GARBAGE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    folders = ["--data-dir", str(data), "--config-dir", str(tmp_path / "config")]
    result = subprocess.run(
        [sys.executable, "-m", "kneecoach", "--self-test", *folders],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "history file could not be read" in result.stderr
    assert next(data.glob("history.unreadable-*.toml")).read_bytes() == GARBAGE


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder on a file system mounted read-only, as a data folder on a read-only
    disk is (root may write in a folder of mode 0500, so that would prove nothing)."""
    mount = tmp_path / "read-only"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and the mount command to mount a read-only tmpfs")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)])
    if made.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (a container without CAP_SYS_ADMIN)")

    def seal() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)

    yield mount, seal
    subprocess.run(["umount", str(mount)], check=True)


def test_a_read_only_data_folder_shows_the_history_and_says_why_nothing_is_saved(
    read_only_mount, qapp, qtbot, clock, autostart
):
    mount, seal = read_only_mount
    data, config = mount / "data", mount / "config"
    data.mkdir()
    (data / "state.toml").write_text('schema_version = 1\nhints_given = ["welcome"]\n')
    recorded = [practice(clock, days_ago) for days_ago in (40, 3, 2, 1)]
    seed((data, config), clock, recorded)
    seal()
    with pytest.raises(OSError, match="Read-only file system"):
        (data / "probe").write_bytes(b"")

    opened = opening.open_coach(qapp, data, config, clock, autostart)
    assert opened is not None
    controller = app.build(qapp, *opened, frame=None)
    try:
        controller.show(fullscreen=False, minimized=False)
        qapp.processEvents()
        qtbot.addWidget(controller.window)
        texts = [b.notice.text for b in controller.window.notices.banners()]
        assert any("not allowed to write in" in t and str(data) in t for t in texts), texts
        assert [s.id for s in controller.coach.history.sessions] == [r.id for r in recorded]
        assert controller.window.isVisible()
    finally:
        controller.close()


def practice(clock, days_ago: int) -> SessionRecord:
    start = clock.now() - timedelta(days=days_ago)
    return SessionRecord(
        id=f"done-{days_ago}",
        local_date=start.date(),
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        routine="knee-relief",
        finished=True,
        exercises=(ExerciseRecord("calf-stretch", Outcome.DONE, ("right", "left")),),
    )
