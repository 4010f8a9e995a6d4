"""Where the shipped files are: templates, fonts with their licences, icons and the demo's data.

They live in the repository's top-level resources/ folder, and the wheel carries a copy of it
inside the package (pyproject.toml's force-include). An installed app finds that copy through
importlib.resources; a source checkout, editable or not, has none and reads resources/ itself,
so both read the same files by the same names.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGED = "resources"
"""The folder's name inside the installed package, as pyproject.toml's force-include puts it."""


@cache
def resource_folder() -> Path:
    """The shipped files' folder, as a path on disk: ReportLab and Qt open fonts and icons by
    file name, and pip installs a wheel as plain files, never zipped."""
    packaged = Path(str(files("facilitator") / PACKAGED))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"
