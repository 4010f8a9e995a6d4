"""Save the README's pictures of the funnel scorecard: the window and its page of the minutes.

Run under a display server at the README's size (`xvfb-run -a -s "-screen 0 1366x768x24"
python3 scripts/funnel_pictures.py`); writes docs/funnel.png, docs/funnel-minutes.png and
docs/funnel-check-in.png (the last two through poppler's pdftoppm). The demo goes into a
temporary database and HOME.
"""

from __future__ import annotations

import argparse
import os
import re
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
from facilitator.ui.smarketing.funnel_window import FunnelDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts.window_gallery import settle  # noqa: E402


def minutes_page(db_path: Path, out: Path, work: Path) -> None:
    """The page of the newest ended management meeting's minutes that holds the scorecard."""
    db = open_database(db_path)
    meeting = next(
        m
        for m in list_meetings(db)
        if m.kind is MeetingKind.MANAGEMENT and m.status is MeetingStatus.ENDED
    )
    pdf = work / "minutes.pdf"
    pdf.write_bytes(render_minutes(snapshot_meeting(db, meeting.id)))
    db.close()
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(next(line.split()[-1] for line in pages.stdout.splitlines() if "Pages" in line))
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Funnel scorecard" in text:
            prefix = work / "page"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "80",
                    "-png",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(prefix),
                ],
                check=True,
            )
            out.write_bytes(prefix.with_suffix(".png").read_bytes())
            return
    raise SystemExit("no page of the minutes holds the funnel scorecard")


WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>')
RESOLUTION = 100
END_WORDS = {("Next", "meeting"), ("Prepared", "with")}
"""Where the lead sources' part ends: the next heading, or the page's footer."""


def check_in_sources(db_path: Path, out: Path, work: Path) -> None:
    """The held campaign check-in's answer to its first question, cut from its minutes: the
    'Lead sources' heading down to the next heading (or the footer)."""
    db = open_database(db_path)
    meeting = next(
        m
        for m in list_meetings(db)
        if m.kind is MeetingKind.CAMPAIGN and m.status is MeetingStatus.ENDED
    )
    pdf = work / "check-in.pdf"
    pdf.write_bytes(render_minutes(snapshot_meeting(db, meeting.id)))
    db.close()
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    for page, html in enumerate(boxes.stdout.split("<page ")[1:], start=1):
        words = [(float(y), word) for y, word in WORD.findall(html)]
        pairs = list(zip(words, words[1:], strict=False))
        top = next((a[0] for a, b in pairs if (a[1], b[1]) == ("Lead", "sources,")), None)
        if top is None:
            continue
        bottom = next(
            (a[0] for a, b in pairs if a[0] > top and (a[1], b[1]) in END_WORDS), words[-1][0]
        )
        scale = RESOLUTION / 72
        crop = [
            "-x", "0", "-y", str(round((top - 6) * scale)),
            "-W", str(round(595 * scale)), "-H", str(round((bottom - top) * scale)),
        ]  # fmt: skip
        prefix = work / "sources"
        subprocess.run(
            ["pdftoppm", "-r", str(RESOLUTION), "-png", "-singlefile", "-f", str(page)]
            + ["-l", str(page), *crop, str(pdf), str(prefix)],
            check=True,
        )
        out.write_bytes(prefix.with_suffix(".png").read_bytes())
        return
    raise SystemExit("no page of the check-in's minutes holds the lead sources")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="facilitator-funnel-") as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        load_demo(db)
        dialog = FunnelDialog(db, settings=settings)
        dialog.resize(1200, 540)
        dialog.show()
        settle(dialog)
        if not dialog.grab().save(str(args.output_dir / "funnel.png")):
            raise SystemExit("could not save funnel.png")
        dialog.close()
        db.close()
        minutes_page(folder / "facilitator.sqlite", args.output_dir / "funnel-minutes.png", folder)
        check_in_sources(
            folder / "facilitator.sqlite", args.output_dir / "funnel-check-in.png", folder
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
