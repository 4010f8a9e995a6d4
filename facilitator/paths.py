"""Where the database lives when the user names none: FACILITATOR_DB, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Facilitator"
ENV_VARIABLE = "FACILITATOR_DB"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "facilitator.sqlite"


def resolve_database_path(given: str | os.PathLike[str] | None) -> Path:
    """--db wins, then the environment variable, then the platform's data folder."""
    if given:
        return Path(given).expanduser()
    from_env = os.environ.get(ENV_VARIABLE)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()
