"""Snapshots of a meeting's minutes kept in the user cache folder, tied to the data's revision."""
