"""Adding KneeCoach to the applications menu when the person asks (in the welcome of
a copy unpacked by hand, or in the settings), and the words that say how it went.

The interface only asks; the files are written here, through `desktop_entry`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from kneecoach.core import desktop_entry
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.storage.files import StoreError

log = logging.getLogger(__name__)


def worth_offering(environ: Mapping[str, str] = os.environ, home: Path | None = None) -> bool:
    """Whether to offer it: a Linux desktop whose menu has no KneeCoach that starts."""
    return desktop_entry.worth_offering(sys.platform, environ=environ, home=home)


def add_to_menu(environ: Mapping[str, str] = os.environ, home: Path | None = None) -> Notice:
    """Put this copy in the person's applications menu; the notice says how it went."""
    try:
        written = desktop_entry.add_to_menu(environ=environ, home=home)
    except StoreError as error:
        log.warning("not added to the applications menu: %s", error)
        return Notice(
            translate("MenuOffer", "KneeCoach was not added to the applications menu"),
            error.strerror or str(error),
        )
    log.info("added to the applications menu: %s", written[0])
    return Notice(
        translate("MenuOffer", "KneeCoach is in your applications menu"),
        translate(
            "MenuOffer",
            "Next time, start it from there like any other application, or search for KneeCoach.",
        ),
    )
