"""Widgets the pages are built from: countdown, figure, charts, lists, banners."""
