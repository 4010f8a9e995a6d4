"""How a window names its database: a file by its name, a team database by its name and server.

Read from the address's text, so the window's frame can say it before SQLAlchemy loads.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

DEFAULT_PORT = 5432


def database_title(location: Path | str) -> str:
    """'facilitator.sqlite', or 'team on db.example.com' for postgresql://dana@db.example.com/team."""
    if isinstance(location, Path):
        return location.name
    parts = urlsplit(location)
    translate = QCoreApplication.translate
    database = unquote(parts.path.lstrip("/")) or translate("DatabaseTitle", "team database")
    host = parts.hostname or translate("DatabaseTitle", "this computer")
    port = parts.port if parts.port not in (None, DEFAULT_PORT) else None
    server = f"{host}:{port}" if port is not None else host
    said = translate("DatabaseTitle", "{database} on {server}")
    return said.format(database=database, server=server)
