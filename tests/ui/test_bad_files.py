"""A damaged history or settings file: the app starts, says so, and keeps the bytes."""

import os
import subprocess
import sys
from pathlib import Path

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
