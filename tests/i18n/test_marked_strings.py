"""Every text the user sees is marked for translation, and every shipped
translation is complete and up to date with the code."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tools import update_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("de", "es", "fr")

# Calls whose text argument reaches the screen or a screen reader.
SHOWN = {
    "setText", "setToolTip", "setWindowTitle", "setAccessibleName", "setAccessibleDescription",
    "setPlaceholderText", "setStatusTip", "setWhatsThis", "addAction", "addTab", "setTabText",
    "addItem", "addItems", "addRow", "setSpecialValueText", "setSuffix", "setPrefix",
    "showMessage", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "label", "button", "Notice", "information", "warning", "critical", "question",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setToolButtonStyle",
}  # fmt: skip
# Where only some arguments are text: label(text, role), QMessageBox.warning(parent, title, text).
TEXT_ARGUMENTS = {"label": (0,), "addItem": (0,), "information": (1, 2), "warning": (1, 2),
                  "critical": (1, 2), "question": (1, 2)}  # fmt: skip
LOGGERS = {"log", "logger", "logging", "warnings"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _raw_text(node: ast.expr) -> str | None:
    """The words of a literal or f-string that was not translated, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.Call) and _name(node) == "format":  # "…".format(), not translated
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        return _raw_text(owner) if owner is not None else None
    if isinstance(node, ast.BinOp):
        return (_raw_text(node.left) or "") + (_raw_text(node.right) or "") or None
    return None


def unmarked_texts(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _name(node) not in SHOWN:
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in LOGGERS:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if _name(node) in TEXT_ARGUMENTS:
            positions = TEXT_ARGUMENTS[_name(node)]
            arguments = [a for i, a in enumerate(node.args) if i in positions]
        for argument in arguments:
            text = _raw_text(argument)
            if text and WORDS.search(text):
                found.append(f"{filename}:{node.lineno}: {text!r}")
    return found


def test_the_check_catches_an_unmarked_text():
    source = (
        'w.setText("Start routine")\n'
        'w.setToolTip(f"Begin {name} now")\n'
        'label(translate("Main", "Fine"))\n'
        'w.setText(translate("Main", "Streak {n}").format(n=1))\n'
        'QLabel("Hold {s}".format(s=3))\n'
        'w.setObjectName("card")\n'
        'log.warning("not for the user %s", x)\n'
        'label(translate("Main", "Fine"), "muted")\n'
    )
    assert [line.split(": ", 1)[1] for line in unmarked_texts(source, "x.py")] == [
        "'Start routine'", "'Begin  now'", "'Hold {s}'"
    ]  # fmt: skip


def counts_lupdate_cannot_read(source: str, filename: str) -> list[str]:
    """lupdate drops a translate() whose count is not a plain name or number."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _name(node) == "translate" and len(node.args) > 3:
            count = node.args[3]
            if not isinstance(count, ast.Name | ast.Constant) or len(node.args) > 4:
                found.append(f"{filename}:{node.lineno}: {ast.unparse(count)}")
    return found


def test_counts_are_passed_so_lupdate_sees_the_text():
    assert counts_lupdate_cannot_read('translate("A", "%n x(s)", None, len(y))', "x.py")
    assert not counts_lupdate_cannot_read('translate("A", "%n x(s)", None, days)', "x.py")


def test_every_shown_text_in_the_interface_is_marked_for_translation():
    found = []
    for path in sorted((ROOT / "kneecoach").rglob("*.py")):
        source, name = path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        found += unmarked_texts(source, name) + counts_lupdate_cannot_read(source, name)
    assert found == [], "texts shown without translate():\n" + "\n".join(found)


def _messages(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("language", SHIPPED)
def test_each_shipped_translation_is_complete_and_matches_the_code(language, tmp_path):
    shipped = TRANSLATIONS / f"kneecoach_{language}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    update_translations.update([fresh])
    unfinished = [
        (m.findtext("source"), m.findtext("comment"))
        for m in _messages(fresh)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == [], (
        f"{len(unfinished)} texts have no {language} translation (run `make update-translations`"
        f" and translate them): {unfinished[:10]}"
    )
    assert len(_messages(fresh)) == len(_messages(shipped)), "run `make update-translations`"


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_numbers(language):
    """A translation that drops '{seconds}' or changes '30' would show the wrong dose."""
    wrong = []
    for message in _messages(TRANSLATIONS / f"kneecoach_{language}.ts"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")] or [
            message.findtext("translation") or ""
        ]
        for form in filter(None, forms):  # an untranslated text fails the test above
            for pattern in (r"\{\w*\}", r"\d+"):
                if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, form)):
                    if message.get("numerus") == "yes" and pattern == r"\d+":
                        continue  # "%n" forms may spell a one as a word
                    wrong.append((source, form))
    assert wrong == []
