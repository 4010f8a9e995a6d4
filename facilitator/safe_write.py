"""Writing a file so that a failure never leaves half of it: a temporary name, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class WriteFailed(OSError):
    """The file could not be written; the message is one line for the user."""


def _umask() -> int:
    """The process umask, so the file gets the permissions any other new file would."""
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path via a temporary file in the same folder, then rename it into place."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteFailed(f"{folder}: cannot be written ({error.strerror or error})") from error
    try:
        os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteFailed(f"{path}: cannot be written ({error.strerror or error})") from error
