"""A screen reader's walk through a window, as Orca makes it over AT-SPI: from the
window's accessible interface down its children, reading each one's role, name,
value and description, and skipping what is not on screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role


@dataclass(frozen=True)
class Heard:
    role: QAccessible.Role
    name: str
    value: str
    description: str
    checked: bool
    labelled_by: tuple[str, ...]  # the names of the labels that name it

    def said(self) -> str:
        """Roughly what a reader says for it: its label, name and value."""
        words = [*self.labelled_by, self.name]
        if self.value and self.value != self.name:
            words.append(self.value)
        return " ".join(word for word in words if word)


def _heard(face: QAccessibleInterface) -> Heard:
    labels = face.relations(QAccessible.RelationFlag.Label)
    return Heard(
        face.role(),
        face.text(QAccessible.Text.Name),
        face.text(QAccessible.Text.Value),
        face.text(QAccessible.Text.Description),
        bool(face.state().checked),
        tuple(label.text(QAccessible.Text.Name) for label, _ in labels),
    )


def walk(root: QWidget) -> list[Heard]:
    """Everything a screen reader reaches under `root` that is shown, in tree order."""
    found: list[Heard] = []

    def visit(face: QAccessibleInterface | None) -> None:
        if face is None or not face.isValid() or face.state().invisible:
            return
        found.append(_heard(face))
        for index in range(face.childCount()):
            visit(face.child(index))

    visit(QAccessible.queryAccessibleInterface(root))
    return found


def said(root: QWidget) -> list[str]:
    return [heard.said() for heard in walk(root)]


def with_role(root: QWidget, role: QAccessible.Role) -> list[Heard]:
    return [heard for heard in walk(root) if heard.role == role]
