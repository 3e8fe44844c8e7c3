"""Bring resources/translations/*.ts up to date with the texts in the code.

Runs pyside6-lupdate, then marks every text with a count ('%n', 'day(s)') as a plural
message: lupdate's Python reader takes a plain name in translate()'s fourth
place for an old encoding argument, so it would not offer the plural forms
German, Spanish and French need. Usage: update_translations.py [TS ...]
"""

from __future__ import annotations

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
    subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
         str(ROOT / "kneecoach"), "-ts", *map(str, files)],
        check=True,
    )  # fmt: skip
    for path in files:
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


def mark_plurals(path: Path, previous: dict[Key, Forms]) -> None:
    tree = ElementTree.parse(path)
    for key, message in _messages(tree):
        if not COUNTED.search(key[1]):
            continue
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext()).strip()
        forms, kind = previous.get(key, ([text, text], None if text else "unfinished"))
        message.set("numerus", "yes")
        translation.clear()
        translation.text = None
        if kind:
            translation.set("type", kind)
        for form in forms:  # German, Spanish and French each have two forms
            ElementTree.SubElement(translation, "numerusform").text = form
    ElementTree.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


if __name__ == "__main__":
    update([Path(name) for name in sys.argv[1:]] or sorted(TRANSLATIONS.glob("kneecoach_*.ts")))
