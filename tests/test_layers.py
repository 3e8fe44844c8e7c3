"""The layers hold: each room imports only from the rooms below it.

core knows no interface; the interface's pages, widgets and dialogs never open a
file (they ask the coach); widgets are leaves that know no page.
"""

import ast
from pathlib import Path

import pytest

import kneecoach

PACKAGE = Path(kneecoach.__file__).parent
# What reads and writes the user's files: only the coach and the composition root use it.
STORAGE = (
    "kneecoach.core.storage",
    "kneecoach.core.stores",
    "tomllib",
    "tomli_w",
)
INTERFACE = (
    "kneecoach.ui",
    "kneecoach.app",
    "kneecoach.opening",
    "kneecoach.startup",
    "PySide6",
    "shiboken6",
)


def imports(path: Path) -> list[str]:
    """Every name a module imports, dotted in full ('a.b.c' for `from a.b import c`)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def reaches(name: str, rooms: tuple[str, ...]) -> bool:
    return any(name == room or name.startswith(room + ".") for room in rooms)


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for name in imports(path)
        if reaches(name, forbidden)
    ]


def test_the_core_never_imports_the_interface():
    assert offenders("core", INTERFACE) == []


@pytest.mark.parametrize("room", ["ui/pages", "ui/widgets", "ui/dialogs"])
def test_pages_widgets_and_dialogs_never_touch_storage(room):
    assert offenders(room, STORAGE) == []


def test_widgets_know_no_page_dialog_or_shell():
    higher = ("kneecoach.ui.pages", "kneecoach.ui.dialogs", "kneecoach.ui.shell", "kneecoach.app")
    assert offenders("ui/widgets", higher) == []


def test_the_rule_sees_an_offence():
    # The check itself works: the composition root does import storage and the interface.
    assert reaches("kneecoach.core.stores.Stores", STORAGE)
    assert any(reaches(name, STORAGE) for name in imports(PACKAGE / "app.py"))
