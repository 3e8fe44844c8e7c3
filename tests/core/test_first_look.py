"""The window's first frame reads the theme and screen mode before the settings are
checked: it must agree with them, and never fail or touch the file."""

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from kneecoach.core.first_look import FirstLook, first_look
from kneecoach.core.settings import Settings
from kneecoach.core.settings_file import SETTINGS_FILE
from kneecoach.core.storage.settings_store import SettingsStore
from tests.fakes import FakeClock


def test_no_settings_file_is_the_default_look(tmp_path):
    assert first_look(tmp_path / "nowhere") == FirstLook()
    defaults = Settings()
    assert FirstLook() == (defaults.theme, defaults.start_fullscreen)


def test_the_look_is_what_the_settings_say(tmp_path):
    store = SettingsStore(tmp_path, FakeClock())
    store.save(Settings(theme="dark", start_fullscreen=True))
    assert first_look(tmp_path) == ("dark", True)
    store.save(Settings(theme="light"))
    assert first_look(tmp_path) == ("light", False)


def test_values_the_settings_would_refuse_are_the_default(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text(
        'schema_version = 1\ntheme = "purple"\nstart_fullscreen = "yes"\n'
    )
    assert first_look(tmp_path) == FirstLook()
    settings_checked = SettingsStore(tmp_path, FakeClock())
    settings_checked.load()
    assert first_look(tmp_path) == (
        settings_checked.settings.theme,
        settings_checked.settings.start_fullscreen,
    )


@settings(max_examples=60, deadline=None)
@given(content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_file_gives_a_valid_look_and_is_left_as_it_was(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("config")
    path = folder / SETTINGS_FILE
    path.write_bytes(content)
    look = first_look(folder)
    assert look.theme in ("system", "light", "dark") and isinstance(look.fullscreen, bool)
    assert path.read_bytes() == content
    assert os.listdir(folder) == [SETTINGS_FILE]  # nothing kept aside: that is for the store


def test_an_unreadable_file_is_the_default_look(tmp_path):
    (tmp_path / SETTINGS_FILE).mkdir()  # a folder where the file should be
    assert first_look(tmp_path) == FirstLook()


def test_a_byte_order_mark_is_read_past_as_the_settings_store_does(tmp_path):
    (tmp_path / SETTINGS_FILE).write_bytes(
        b'\xef\xbb\xbfschema_version = 1\ntheme = "dark"\nstart_fullscreen = true\n'
    )
    assert first_look(tmp_path) == ("dark", True)
    checked = SettingsStore(tmp_path, FakeClock())
    assert checked.load() == []
    assert (checked.settings.theme, checked.settings.start_fullscreen) == ("dark", True)
