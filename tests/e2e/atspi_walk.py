"""A screen reader's view of KneeCoach over AT-SPI, for the end-to-end tests.

Run with the system Python, which has pyatspi (python3-pyatspi):
    python3 atspi_walk.py walk          one JSON line per object shown: role, name, ...
    python3 atspi_walk.py press NAME    presses the button a screen reader calls NAME
    python3 atspi_walk.py choose NAME   chooses the list item whose name begins with NAME
    python3 atspi_walk.py listen        asks for the events Orca asks for, until stopped
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi


def application():
    for _ in range(60):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "KneeCoach":
                return app
        time.sleep(0.25)
    raise SystemExit("KneeCoach is not on the accessibility bus")


def value_of(node):
    try:
        return node.queryValue().currentValue
    except NotImplementedError:
        return None


def labelled_by(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def shown(node):
    """Every object under `node` that is on screen, depth first, as a screen reader reads."""
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING) and node.getRoleName() != "application":
        return
    yield node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from shown(child)


def walk():
    for node in shown(application()):
        print(
            json.dumps(
                {
                    "role": node.getRoleName(),
                    "name": node.name,
                    "description": node.description,
                    "value": value_of(node),
                    "labelled_by": labelled_by(node),
                    "checked": node.getState().contains(pyatspi.STATE_CHECKED),
                }
            )
        )


def press(name):
    for node in shown(application()):
        if node.getRoleName() == "push button" and node.name == name:
            node.queryAction().doAction(0)
            return
    raise SystemExit(f"no button {name!r}")


def choose(name):
    """Moves to an item in its list with the arrow keys, as a screen reader's user does
    (Qt's select action marks the item without making it the current one)."""
    for node in shown(application()):
        if node.getRoleName() == "list item" and node.name.startswith(name):
            items = node.parent
            rows = [items.getChildAtIndex(i) for i in range(items.childCount)]
            now = [
                i for i, row in enumerate(rows) if row.getState().contains(pyatspi.STATE_SELECTED)
            ]
            items.queryComponent().grabFocus()
            steps = node.getIndexInParent() - (now[0] if now else 0)
            keys = ["Down" if steps > 0 else "Up"] * abs(steps)
            subprocess.run(["xdotool", "key", "--delay", "100", *keys], check=True)
            return
    raise SystemExit(f"no list item {name!r}")


def listen():
    """A screen reader listens to changes: Qt sends the events only once one does."""

    def heard(event):
        pass

    for kind in (
        "object:text-changed",
        "object:text-caret-moved",
        "object:state-changed",
        "focus:",
    ):
        pyatspi.Registry.registerEventListener(heard, kind)
    print("listening", flush=True)
    pyatspi.Registry.start()


if __name__ == "__main__":
    if sys.argv[1] == "walk":
        walk()
    elif sys.argv[1] == "listen":
        listen()
    elif sys.argv[1] == "choose":
        choose(sys.argv[2])
    else:
        press(sys.argv[2])
