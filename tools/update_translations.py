"""Bring resources/translations/*.ts up to date with the texts in the code.

Runs pyside6-lupdate, then marks every text with a count ('%n', 'day(s)') as a plural
message: lupdate's Python reader takes a plain name in translate()'s fourth
place for an old encoding argument, so it would not offer the plural forms
German, Spanish and French need. Usage: update_translations.py [TS ...]
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate was not found: install PySide6-Essentials")
    return found


def update(files: list[Path]) -> None:
    plurals = {path: plural_forms(path) for path in files if path.exists()}
    done = {path: translated(path) for path in files if path.exists()}
    subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
         str(ROOT / "kneecoach"), "-ts", *map(str, files)],
        check=True,
    )  # fmt: skip
    for path in files:
        carry_over(path, done.get(path, {}))
        mark_plurals(path, plurals.get(path, {}))


# A text with a count: '%n', or an English plural written '(s)' or '(one|many)'.
COUNTED = re.compile(r"%n|\(s\)|\([^()|]*\|[^()|]*\)")
Key = tuple[str, str, str]  # context, source text, disambiguation
Forms = tuple[list[str], str | None]  # the plural forms and the translation's type


def _messages(tree: ElementTree.ElementTree) -> list[tuple[Key, ElementTree.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found.append((key, message))
    return found


def plural_forms(path: Path) -> dict[Key, Forms]:
    """The plural forms translated so far: lupdate would fold them into one."""
    forms: dict[Key, Forms] = {}
    for key, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None:
            texts = [form.text or "" for form in translation.iter("numerusform")]
            forms[key] = (texts, translation.get("type"))
    return forms


def translated(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """Every finished translation by its text alone, whatever class it was in."""
    found: dict[tuple[str, str], ElementTree.Element] = {}
    for key, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        if "".join(translation.itertext()).strip():
            found.setdefault(key[1:], copy.deepcopy(translation))
    return found


def carry_over(path: Path, done: dict[tuple[str, str], ElementTree.Element]) -> None:
    """A text that moved to another class keeps its translation."""
    tree = ElementTree.parse(path)
    for key, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if key[1:] in done:
            message.remove(translation)
            message.append(copy.deepcopy(done[key[1:]]))
    _write(tree, path)


def mark_plurals(path: Path, previous: dict[Key, Forms]) -> None:
    by_text = {key[1:]: forms for key, forms in previous.items()}
    tree = ElementTree.parse(path)
    for key, message in _messages(tree):
        if not COUNTED.search(key[1]):
            continue
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext()).strip()
        if message.get("numerus") == "yes" and "".join(translation.itertext()).strip():
            continue  # carried over whole, forms and all
        fallback = ([text, text], None if text else "unfinished")
        forms, kind = previous.get(key) or by_text.get(key[1:], fallback)
        message.set("numerus", "yes")
        translation.clear()
        translation.text = None
        if kind:
            translation.set("type", kind)
        for form in forms:  # German, Spanish and French each have two forms
            ElementTree.SubElement(translation, "numerusform").text = form
    _write(tree, path)


def _write(tree: ElementTree.ElementTree, path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


if __name__ == "__main__":
    update([Path(name) for name in sys.argv[1:]] or sorted(TRANSLATIONS.glob("kneecoach_*.ts")))
