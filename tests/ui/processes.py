"""Python in a process of its own, on Qt's offscreen platform: for what one process
cannot show, such as a start-up from the top or two instances at once."""

import os
import subprocess
import sys


def start_python(arguments, **options) -> subprocess.Popen:
    """`python ARGUMENTS...` (e.g. ['-c', SCRIPT, ...] or ['-m', 'kneecoach', ...])."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, *map(str, arguments)], env=env, text=True, **options)


def run_python(arguments) -> subprocess.CompletedProcess:
    process = start_python(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
