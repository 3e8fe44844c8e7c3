"""The command line. Parsed before Qt is imported, so --help and --version are instant."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kneecoach import APP_NAME, __version__
from kneecoach.core.paths import CONFIG_DIR_ENV, DATA_DIR_ENV


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kneecoach",
        description=f"{APP_NAME}: a short daily routine of ankle and hip mobility for knee pain.",
        epilog=f"The folders can also be set with ${DATA_DIR_ENV} and ${CONFIG_DIR_ENV}.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="FOLDER", help="keep history (health data) in FOLDER")
    parser.add_argument("--config-dir", metavar="FOLDER", help="keep settings in FOLDER")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    shown.add_argument(
        "--minimized",
        action="store_true",
        help="start hidden in the system tray (or minimised where there is no tray)",
    )
    parser.add_argument("--start", action="store_true", help="begin the routine at once")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load every resource, open the window, report and quit (exit code 0 when all is well)",
    )
    parser.add_argument(
        "--test-sound",
        action="store_true",
        help="play a chime to check your speakers, then quit (exit code 1 when there is no sound)",
    )
    paper = parser.add_mutually_exclusive_group()
    paper.add_argument(
        "--save-sheet",
        metavar="FILE.pdf",
        help="save the chosen routine as a printable PDF programme sheet, then quit",
    )
    paper.add_argument(
        "--save-report",
        metavar="FILE.pdf",
        help="save a PDF progress report for your physiotherapist, then quit (exit code 3 "
        "when part of the history could not be read; the report says what was left out)",
    )
    parser.add_argument(
        "--weeks", type=_weeks, metavar="N", help="the report's last N weeks (default 8)"
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add KneeCoach to your applications menu (Linux), then quit",
    )
    desktop.add_argument(
        "--remove-desktop-entry",
        action="store_true",
        help="take KneeCoach out of your applications menu again, then quit",
    )
    return parser


def _weeks(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 1040:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of weeks from 1 to 1040")
    return int(value)


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; a bad flag or value exits with code 2 and a clear message."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    for option in ("data_dir", "config_dir"):
        value = getattr(arguments, option)
        if value is not None and not value.strip():
            parser.error(f"--{option.replace('_', '-')} needs a folder name")
    if arguments.weeks is not None and arguments.save_report is None:
        parser.error("--weeks goes with --save-report")
    return arguments
