"""The record a meeting leaves: meetings, people, attendance, notes, disputes, action items,
search."""
