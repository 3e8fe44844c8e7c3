"""Dialogs: settings, welcome, and the editors of the user's own exercises and routines."""
