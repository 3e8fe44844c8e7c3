"""The user's language: Qt's translators, the locale's formats and the layout direction.

Installed once, before any window is built, so every text is made in the chosen
language from the start; a change of language in Settings applies at the next start.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from kneecoach.core import i18n
from kneecoach.core.paths import resources_dir

log = logging.getLogger(__name__)

# Each language named in itself, as a menu of languages should.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
SHIPPED = i18n.SHIPPED_LANGUAGES


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting's, or for 'system' the first of the
    system's preferred languages that KneeCoach speaks, else English."""
    if setting in SHIPPED or setting in i18n.PSEUDO_LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


class PseudoTranslator(QTranslator):
    """Every text through `i18n.pseudo`, so a text that escaped translation shows."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.pseudo_language = language  # not `language`: that is QTranslator's own method

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return "RTL" if self.pseudo_language == "ar-XB" else "LTR"
        if disambiguation and disambiguation.endswith("pattern"):
            return source  # a date pattern: its output is marked by the pseudo formats
        return i18n.pseudo(source, self.pseudo_language)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # kept alive while installed


def install(app: QApplication, language: str) -> None:
    """Make `language` the one every text, date and number is shown in."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language in i18n.PSEUDO_LANGUAGES:
        _installed.append(PseudoTranslator(language))
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        locale = _locale_for(language)
        _installed.extend(_load_translators(language))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
    i18n.install_translator(_qt_translate)
    i18n.install_formats(_formats(locale, language))
    right_to_left = language == "ar-XB" or locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    log.info("language %s, locale %s", language, locale.name())


def _locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (so a Swiss German user
    keeps Swiss number formats), else that language's main locale."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(language)


def _load_translators(language: str) -> list[QTranslator]:
    if language == "en":
        return []
    found = []
    for name, folder in (
        # Qt's own texts: the buttons of standard dialogs, a text box's context menu.
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"kneecoach_{language}", str(resources_dir() / "translations")),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            found.append(translator)
        else:
            log.warning("no translation %s in %s: those texts stay in English", name, folder)
    return found


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    result = QCoreApplication.translate(context, text, disambiguation, n)
    return i18n.english_plural(result, n) if n >= 0 else result  # untranslated: English plural


def _formats(locale: QLocale, language: str) -> i18n.Formats:
    short_or_long = {True: QLocale.FormatType.ShortFormat, False: QLocale.FormatType.LongFormat}

    def day_name(weekday: int, short: bool) -> str:
        return locale.standaloneDayName(weekday + 1, short_or_long[short])

    def format_date(day: date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    def time_of_day(hour: int, minute: int) -> str:
        return locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)

    def decimal(value: float, places: int) -> str:
        return locale.toString(float(value), "f", places)

    formats = i18n.Formats(day_name, format_date, time_of_day, decimal)
    if language == "en":  # the same names on every English system ("Sep", not "Sept")
        formats = i18n.Formats(
            i18n.ENGLISH_FORMATS.day_name, i18n.ENGLISH_FORMATS.date, time_of_day, decimal
        )
    if language in i18n.PSEUDO_LANGUAGES:
        formats = i18n.Formats(
            day_name=lambda weekday, short: i18n.pseudo(day_name(weekday, short), language),
            date=lambda day, pattern: i18n.pseudo(format_date(day, pattern), language),
            time_of_day=time_of_day,
            decimal=decimal,
        )
    return formats
