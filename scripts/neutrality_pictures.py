"""Save the README's pictures of the neutrality report: the window and its part of the minutes.

Run under a display server at the README's size (`xvfb-run -a -s "-screen 0 1366x768x24"
python3 scripts/neutrality_pictures.py`); writes docs/neutrality.png and
docs/neutrality-minutes.png (the latter through poppler's pdftoppm). The demo goes into a
temporary database and HOME.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.minutes import render_minutes, snapshot_meeting  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import list_meetings  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.smarketing.neutrality_window import NeutralityDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts.window_gallery import settle  # noqa: E402

HEADING = "Neutrality: the last three months"


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def minutes_page(db_path: Path, out: Path, work: Path) -> None:
    """The page of the newest ended management meeting's minutes that holds the report."""
    db = open_database(db_path)
    meeting = next(
        m
        for m in list_meetings(db)
        if m.kind is MeetingKind.MANAGEMENT and m.status is MeetingStatus.ENDED
    )
    pdf = work / "minutes.pdf"
    pdf.write_bytes(render_minutes(snapshot_meeting(db, meeting.id)))
    db.close()
    count = int(
        next(line.split()[-1] for line in _run("pdfinfo", str(pdf)).splitlines() if "Pages" in line)
    )
    for page in range(1, count + 1):
        if HEADING in _run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"):
            prefix = work / "page"
            _run(
                "pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                str(pdf), str(prefix),
            )  # fmt: skip
            out.write_bytes(prefix.with_suffix(".png").read_bytes())
            return
    raise SystemExit("no page of the minutes holds the neutrality report")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="facilitator-neutrality-") as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        load_demo(db)
        dialog = NeutralityDialog(db, settings=settings)
        dialog.resize(1240, 600)
        dialog.show()
        settle(dialog)
        if not dialog.grab().save(str(args.output_dir / "neutrality.png")):
            raise SystemExit("could not save neutrality.png")
        dialog.close()
        db.close()
        minutes_page(
            folder / "facilitator.sqlite", args.output_dir / "neutrality-minutes.png", folder
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
