"""What the README's picture scripts share: the demo in a temporary HOME, a window saved as a
PNG, and a page of a meeting's minutes saved as a PNG through poppler (pdfinfo, pdftotext,
pdftoppm).

Used by scripts/agreements_pictures.py, decisions_pictures.py, funnel_pictures.py and
neutrality_pictures.py. Run each under a display server at the README's size (`xvfb-run -a -s
"-screen 0 1366x768x24" python3 scripts/funnel_pictures.py`); it writes into docs/, or into
the folder given with -o. The demo goes into a temporary database and HOME, so nothing of the
user's is read or written; a window is settled with scripts/window_gallery.py's settle.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator.minutes import render_minutes, snapshot_meeting  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import list_meetings  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts.window_gallery import settle  # noqa: E402


def output_dir(description: str, argv: list[str] | None = None) -> Path:
    """The folder the pictures go into: -o/--output-dir from the command line, else docs/."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    return parser.parse_args(argv).output_dir


@dataclass(frozen=True)
class Demo:
    """The application, the temporary folder, its settings file and the demo database."""

    app: QApplication
    folder: Path
    settings: QSettings
    db: Database


@contextmanager
def demo(prefix: str) -> Iterator[Demo]:
    """A temporary folder as HOME holding the settings and a database with the demo loaded;
    the database is closed and the folder removed on leaving."""
    with tempfile.TemporaryDirectory(prefix=prefix) as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        try:
            load_demo(db)
            yield Demo(app, folder, settings, db)
        finally:
            db.close()


def save_window(window: QWidget, path: Path) -> None:
    """Show and settle the window, save what it shows as a PNG at path, and close it."""
    window.show()
    settle(window)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not save {path.name}")
    window.close()


def newest_meeting(db: Database, kind: MeetingKind, status: MeetingStatus | None = None) -> int:
    """The id of the newest meeting of that kind (and, if given, that status)."""
    return next(
        m.id for m in list_meetings(db) if m.kind is kind and (status is None or m.status is status)
    )


def minutes_pdf(db: Database, meeting_id: int) -> bytes:
    """The meeting's minutes as a PDF."""
    return render_minutes(snapshot_meeting(db, meeting_id))


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    """How many pages the PDF has, as pdfinfo says."""
    info = _run("pdfinfo", str(pdf))
    return int(next(line.split()[-1] for line in info.splitlines() if "Pages" in line))


def page_text(pdf: Path, page: int) -> str:
    """The text of one page of the PDF (pages count from 1)."""
    return _run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-")


def save_page(
    pdf: Path, page: int, out: Path, work: Path, resolution: int = 80, crop: Sequence[str] = ()
) -> None:
    """One page of the PDF as a PNG at out, at resolution dpi; crop is pdftoppm's -x -y -W -H
    arguments, if only part of the page is wanted. work holds pdftoppm's file."""
    prefix = work / out.stem
    _run(
        "pdftoppm", "-r", str(resolution), "-png", "-singlefile", "-f", str(page), "-l", str(page),
        *crop, str(pdf), str(prefix),
    )  # fmt: skip
    out.write_bytes(prefix.with_suffix(".png").read_bytes())


def save_minutes_page(
    pdf: bytes | Path,
    holds: str | Callable[[str], bool],
    out: Path,
    work: Path,
    resolution: int = 80,
    what: str | None = None,
) -> None:
    """The first page of the minutes whose text holds the words (or that holds accepts), as a
    PNG at out. Minutes given as bytes are written into work first; what names the sought part
    in the message when no page holds it."""
    if isinstance(pdf, bytes):
        path = work / "minutes.pdf"
        path.write_bytes(pdf)
    else:
        path = pdf
    accepts = holds if callable(holds) else lambda text: holds in text
    for page in range(1, page_count(path) + 1):
        if accepts(page_text(path, page)):
            save_page(path, page, out, work, resolution)
            return
    raise SystemExit(f"no page of the minutes holds {what or repr(holds)}")
