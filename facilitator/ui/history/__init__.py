"""Across meetings: disputes, action items and search."""
