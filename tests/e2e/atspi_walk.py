"""A screen reader's view of KneeCoach over AT-SPI, for the end-to-end tests.

Run with the system Python, which has pyatspi (python3-pyatspi):
    python3 atspi_walk.py walk          one JSON line per object shown: role, name, ...
    python3 atspi_walk.py press NAME    presses the button a screen reader calls NAME
    python3 atspi_walk.py listen        asks for the events Orca asks for, until stopped
"""

from __future__ import annotations

import json
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
    else:
        press(sys.argv[2])
