"""kneecoach(1), written from the command line's own parser so the two never differ.

python3 packaging/deb/manpage.py > kneecoach.1
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from kneecoach import __version__
from kneecoach.cli import build_parser


def roff(text: str) -> str:
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in escaped.splitlines()
    )


def main() -> None:
    parser = build_parser()
    lines = [
        f'.TH KNEECOACH 1 "" "KneeCoach {__version__}" "User Commands"',
        ".SH NAME",
        "kneecoach \\- " + roff(parser.description.split(": ", 1)[1].rstrip(".")),
        ".SH SYNOPSIS",
        ".B kneecoach",
        "[\\fIOPTION\\fR]...",
        ".SH DESCRIPTION",
        roff(parser.description),
        "It is also in the applications menu.",
        ".SH OPTIONS",
    ]
    for action in parser._actions:  # argparse keeps no public list of its options
        if not action.option_strings:
            continue
        names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
        if action.metavar:
            names += f" \\fI{action.metavar}\\fR"
        lines += [".TP", names, roff(action.help or "")]
    lines += [".SH ENVIRONMENT", roff(parser.epilog or "")]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
