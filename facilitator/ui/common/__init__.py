"""Widgets, models and helpers the windows share."""
