"""Where the app keeps and offers files: the database when the user names none (FACILITATOR_DB,
else the user data folder; either may name a team database's address instead of a file), the
user cache folder its caches share, and the documents folder that save dialogs open in first."""

from __future__ import annotations

import os
import re
from pathlib import Path

from facilitator.resource_folder import resource_folder

APP_NAME = "Facilitator"
ENV_VARIABLE = "FACILITATOR_DB"
FONT_DIR = resource_folder() / "fonts"
"""The shipped fonts: the minutes print with them, and the app's windows fall back on them."""
_URL_START = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]+://")
"""A scheme of two letters or more: C://Users/… stays a Windows file."""


def default_database_path() -> Path:
    from platformdirs import user_data_path  # each lookup imports it: not on a --db start

    return user_data_path(APP_NAME, appauthor=False) / "facilitator.sqlite"


def app_cache_folder() -> Path:
    """The app's folder in the user cache folder, each cache in a folder of its own there;
    looked up on each use, so a changed environment (tests) is followed."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def is_server_address(text: object) -> bool:
    """Whether --db, $FACILITATOR_DB or a setting names a server rather than a file: any
    scheme:// does, so that mysql://… is refused as an address instead of made a folder.

    Here, not with the server's other rules, as the command line asks it before the app's
    first paint, which then imports no storage module."""
    return isinstance(text, str) and _URL_START.match(text) is not None


def database_location(given: str | os.PathLike[str]) -> Path | str:
    """A database as the user named it: a team database's address (postgresql://…) kept as
    written, for the storage to check; anything else a file, ~ expanded."""
    if is_server_address(given):
        return str(given)
    return Path(given).expanduser()


def resolve_database(given: str | os.PathLike[str] | None) -> Path | str:
    """--db wins, then the environment variable, then the platform's data folder: a file's
    path, or a team database's address."""
    if given:
        return database_location(given)
    from_env = os.environ.get(ENV_VARIABLE)
    if from_env:
        return database_location(from_env)
    return default_database_path()


def documents_folder() -> Path:
    """The user's documents folder, else their home: a save dialog given a folder that does not
    exist opens in the folder the app was started from, where nobody looks for their files."""
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return documents if documents.is_dir() else Path.home()
