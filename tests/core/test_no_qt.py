"""The core is pure Python: no Qt import anywhere, and it works with Qt absent."""

import ast
import subprocess
import sys
from pathlib import Path

import kneecoach.core

CORE = Path(kneecoach.core.__file__).parent
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")


def test_no_core_module_imports_qt():
    offenders = []
    for module in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{module.name}: {n}" for n in names if n.split(".")[0] in QT_PACKAGES]
    assert offenders == []


def test_the_core_tests_pass_with_qt_absent():
    # A meta-path finder that refuses Qt, then the core's own tests.
    blocker = (
        "import sys, importlib.abc\n"
        "class NoQt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name.split('.')[0] in {QT_PACKAGES!r}: raise ImportError('Qt is blocked')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "import pytest\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:pytest-qt', '-p', 'no:cacheprovider', "
        "'-W', 'ignore::pytest.PytestConfigWarning', "
        "'--deselect', 'tests/core/test_no_qt.py::test_the_core_tests_pass_with_qt_absent', "
        "'-k', 'not sigkill', 'tests/core']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", blocker],
        cwd=CORE.parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
