"""Facts about the settings file that even the first window needs: its name, its
format's version, and the themes a setting may choose.

Kept apart from the Settings themselves so that reading them costs nothing
before the first frame; the settings, their store and the quick first look all
take them from here.
"""

SETTINGS_FILE = "settings.toml"
SETTINGS_SCHEMA = 1
THEMES = ("system", "light", "dark")
