"""Save the README's pictures of the funnel scorecard: the window and its page of the minutes.

Writes docs/funnel.png, docs/funnel-minutes.png (the newest ended management meeting's page
with the scorecard) and docs/funnel-check-in.png (the held campaign check-in's lead sources,
cut from its minutes); scripts/demo_pictures.py says how to run it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.storage.database import Database  # noqa: E402
from facilitator.ui.smarketing.funnel_window import FunnelDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts import demo_pictures as pictures  # noqa: E402

WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>')
RESOLUTION = 100
END_WORDS = {("Next", "meeting"), ("Prepared", "with")}
"""Where the lead sources' part ends: the next heading, or the page's footer."""


def check_in_sources(db: Database, out: Path, work: Path) -> None:
    """The held campaign check-in's answer to its first question, cut from its minutes: the
    'Lead sources' heading down to the next heading (or the footer)."""
    meeting = pictures.newest_meeting(db, MeetingKind.CAMPAIGN, MeetingStatus.ENDED)
    pdf = work / "check-in.pdf"
    pdf.write_bytes(pictures.minutes_pdf(db, meeting))
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
        pictures.save_page(pdf, page, out, work, RESOLUTION, crop)
        return
    raise SystemExit("no page of the check-in's minutes holds the lead sources")


def main(argv: list[str] | None = None) -> int:
    out = pictures.output_dir(__doc__.splitlines()[0], argv)
    with pictures.demo("facilitator-funnel-") as shown:
        dialog = FunnelDialog(shown.db, settings=shown.settings)
        dialog.resize(1200, 540)
        pictures.save_window(dialog, out / "funnel.png")
        meeting = pictures.newest_meeting(shown.db, MeetingKind.MANAGEMENT, MeetingStatus.ENDED)
        pdf = pictures.minutes_pdf(shown.db, meeting)
        minutes, scorecard = out / "funnel-minutes.png", "the funnel scorecard"
        pictures.save_minutes_page(pdf, "Funnel scorecard", minutes, shown.folder, what=scorecard)
        check_in_sources(shown.db, out / "funnel-check-in.png", shown.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
