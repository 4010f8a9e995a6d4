"""A mark for the tests of what only SQLite has, which a --postgres run skips, saying why."""

from __future__ import annotations

import pytest


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Skipped with --postgres: the behaviour tested is SQLite's own (its pragmas, the ids it
    gives again), which a PostgreSQL server does not have and the app need not copy."""
    return pytest.mark.skipif("config.getoption('--postgres')", reason=f"SQLite only: {reason}")
