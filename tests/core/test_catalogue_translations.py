"""The catalogue's text in other languages: complete, and with the article's numbers."""

import re
import tomllib

import pytest

from kneecoach.core.catalogue import CatalogueError, load_catalogue, translation_path
from kneecoach.core.catalogue_text import translate_catalogue, untranslated
from kneecoach.core.i18n import PSEUDO_OPEN

SHIPPED = ("de", "es", "fr")
ENGLISH = load_catalogue()


def texts(catalogue):
    for e in catalogue.exercises:
        yield f"{e.id}.name", e.name
        yield from ((f"{e.id}.steps#{i}", t) for i, t in enumerate(e.steps))
        yield from ((f"{e.id}.cautions#{i}", t) for i, t in enumerate(e.cautions))
        yield f"{e.id}.side_means", e.side_means
    yield from ((f"cautions.{key}", text) for key, text in catalogue.cautions.items())
    for key, joint in catalogue.joints.items():
        yield f"{key}.name", joint.name
        yield f"{key}.why", joint.why
    assert catalogue.advice is not None
    for name in ("why", "breathing", "seek_help", "progress", "chain"):
        yield f"advice.{name}", getattr(catalogue.advice, name)


@pytest.mark.parametrize("language", SHIPPED)
def test_each_shipped_translation_gives_every_text(language):
    with open(translation_path(language), "rb") as handle:
        document = tomllib.load(handle)
    assert untranslated(ENGLISH, document) == []
    translated = load_catalogue(language=language)
    same = [
        where
        for (where, a), (_, b) in zip(texts(ENGLISH), texts(translated), strict=True)
        if a == b and a
    ]
    assert same == [], f"still English in {language}: {same}"


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_the_dosages_and_numbers_exact(language):
    """Every number the article gives (10-15 reps, 30 seconds…) is in the translation too."""
    translated = load_catalogue(language=language)
    for (where, english), (_, text) in zip(texts(ENGLISH), texts(translated), strict=True):
        assert re.findall(r"\d+", english) == re.findall(r"\d+", text), (language, where)
    for a, b in zip(ENGLISH.exercises, translated.exercises, strict=True):
        assert (a.id, a.kind, a.hold_seconds, a.reps, a.reps_min, a.reps_max, a.sides) == (
            b.id,
            b.kind,
            b.hold_seconds,
            b.reps,
            b.reps_min,
            b.reps_max,
            b.sides,
        )


def test_a_text_left_out_stays_english_and_is_reported():
    document = {"exercise": {"calf-stretch": {"name": "Wadendehnung"}}}
    catalogue = translate_catalogue(ENGLISH, document, "x.toml")
    assert catalogue.get("calf-stretch").name == "Wadendehnung"
    assert catalogue.get("calf-stretch").steps == ENGLISH.get("calf-stretch").steps
    assert "exercise.calf-stretch.steps#0" in untranslated(ENGLISH, document)


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"exercise": {"no-such": {"name": "x"}}}, "-"),
        ({"exercise": {"calf-stretch": {"steps": ["only one"]}}}, "steps"),
        ({"joints": {"hip": {"name": ""}}}, "name"),
    ],
)
def test_a_broken_translation_names_the_place(document, field):
    with pytest.raises(CatalogueError) as caught:
        translate_catalogue(ENGLISH, document, "x.toml")
    assert caught.value.field_name == field


def test_the_pseudo_locale_marks_every_catalogue_text():
    pseudo = load_catalogue(language="en-XA")
    assert all(PSEUDO_OPEN in text for _, text in texts(pseudo) if text)


def test_a_language_without_a_translation_is_english():
    assert load_catalogue(language="pt") == ENGLISH
