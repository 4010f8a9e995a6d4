"""Writing a file so that a failure never leaves half of it: a temporary name, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from facilitator.language import _


class WriteFailed(OSError):
    """The file could not be written; the message is one line for the user."""


def _umask() -> int:
    """The process umask, so the file gets the permissions any other new file would."""
    current = os.umask(0)
    os.umask(current)
    return current


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words for a message."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that a rename would wrongly replace or cannot reach.

    Renaming onto /dev/null, a named pipe or a device would put a regular file in its place
    (as root, even in /dev), so only a regular file, or no file at all, may be the target;
    and the folder must already exist: writing a file never makes folders.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not folder.is_dir():
            raise WriteFailed(
                _("{path}: cannot be written (the folder {folder} does not exist)").format(
                    path=path, folder=folder
                )
            ) from None
        return
    except OSError as error:
        raise WriteFailed(
            _("{path}: cannot be written ({reason})").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    if not stat.S_ISREG(mode):
        raise WriteFailed(
            _("{path}: cannot be written (it is {kind}, not a file)").format(
                path=path, kind=file_kind(mode)
            )
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path via a temporary file in the same folder, then rename it into place.

    The target is checked again just before the rename, so a device or pipe put there while
    the data was written is still never replaced.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteFailed(
            _("{folder}: cannot be written ({reason})").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error
    try:
        os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        check_target(path)
        os.replace(temporary, path)
    except WriteFailed:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteFailed(
            _("{path}: cannot be written ({reason})").format(
                path=path, reason=error.strerror or error
            )
        ) from error
