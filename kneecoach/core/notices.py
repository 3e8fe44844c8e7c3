"""What the user must be told, in plain words: a title and a sentence or two."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """Something the user must be told, in plain words."""

    title: str
    text: str
