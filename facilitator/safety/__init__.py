"""Keeping the file safe: backups, recovery from damage, writes that never leave half a file."""
