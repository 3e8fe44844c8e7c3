"""Platform services: tray, notifications, reminders, sound, voice, language, theme."""
