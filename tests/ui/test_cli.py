import subprocess
import sys

import pytest

from kneecoach import __version__
from kneecoach.cli import parse_arguments


def run(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "kneecoach", *arguments], capture_output=True, text=True, timeout=60
    )


def test_help_and_version():
    result = run("--help")
    assert result.returncode == 0
    for flag in ("--data-dir", "--config-dir", "--fullscreen", "--minimized", "--start"):
        assert flag in result.stdout
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"KneeCoach {__version__}"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--data-dir"], "expected one argument"),
        (["--data-dir", " "], "--data-dir needs a folder name"),
        (["--fullscreen", "--minimized"], "not allowed with argument"),
    ],
)
def test_bad_flags_exit_2_with_a_clear_message(arguments, message, capsys):
    with pytest.raises(SystemExit) as raised:
        parse_arguments(arguments)
    assert raised.value.code == 2
    assert message in capsys.readouterr().err


def test_a_bad_flag_from_the_real_command_exits_2():
    result = run("--frobnicate")
    assert result.returncode == 2 and "usage: kneecoach" in result.stderr


def test_folders_come_from_flags_then_environment(tmp_path):
    from kneecoach.core.paths import config_dir, data_dir

    env = {"KNEECOACH_DATA_DIR": str(tmp_path / "env-data")}
    assert data_dir(None, env) == tmp_path / "env-data"
    assert data_dir(str(tmp_path / "flag"), env) == tmp_path / "flag"
    assert config_dir(None, {}).name == "kneecoach"
