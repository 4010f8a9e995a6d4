"""Where the app keeps and offers files: the database when the user names none (FACILITATOR_DB,
else the user data folder), and the documents folder that save dialogs open in first."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_documents_path

from facilitator.resource_folder import resource_folder

APP_NAME = "Facilitator"
ENV_VARIABLE = "FACILITATOR_DB"
FONT_DIR = resource_folder() / "fonts"
"""The shipped fonts: the minutes print with them, and the app's windows fall back on them."""


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


def documents_folder() -> Path:
    """The user's documents folder, else their home: a save dialog given a folder that does not
    exist opens in the folder the app was started from, where nobody looks for their files."""
    documents = user_documents_path()
    return documents if documents.is_dir() else Path.home()
