"""Save the README's pictures of the neutrality report: the window and its part of the minutes.

Writes docs/neutrality.png and docs/neutrality-minutes.png: the newest ended management
meeting's minutes from the report's heading down to the next meeting, through the alignment
baseline and its lead-quality reading, the pages' parts stacked when the report runs over a page
break; scripts/demo_pictures.py says how to run it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from facilitator.ui.smarketing.neutrality_window import NeutralityDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts import demo_pictures as pictures  # noqa: E402

WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)
RESOLUTION = 100
START = ("Neutrality:", "the")
END = ("Next", "meeting")
FOOTER = ("Prepared", "with")
HEADER_BOTTOM = 56.0
"""Points from a page's top above which only the running header is printed."""
PAGE_WIDTH = 595


Word = tuple[float, str]


def _pairs(html: str) -> list[tuple[Word, Word]]:
    words = [(float(y), word) for y, _bottom, word in WORD.findall(html)]
    return list(zip(words, words[1:], strict=False))


def _body(html: str) -> tuple[float, float]:
    """Where the page's body begins and ends, its running header and footer left out."""
    found = [(float(top), float(bottom), word) for top, bottom, word in WORD.findall(html)]
    footer = next(
        top
        for (top, _, word), (_, _, then) in zip(found, found[1:], strict=False)
        if (word, then) == FOOTER
    )
    body = [(top, bottom) for top, bottom, _ in found if HEADER_BOTTOM < top < footer]
    return min(top for top, _ in body), max(bottom for _, bottom in body)


def _at(pairs: list[tuple[Word, Word]], words: tuple[str, str]) -> float:
    return next((a[0] for a, b in pairs if (a[1], b[1]) == words), -1.0)


def report_part(pdf: Path, out: Path, work: Path) -> None:
    """The report's heading down to the next meeting's, each page's part cut and stacked."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    htmls = boxes.stdout.split("<page ")[1:]
    pages = [_pairs(html) for html in htmls]
    first = next((n for n, pairs in enumerate(pages) if _at(pairs, START) >= 0), None)
    if first is None:
        raise SystemExit("no page of the minutes holds the neutrality report")
    scale = RESOLUTION / 72
    parts: list[QImage] = []
    for number in range(first, len(pages)):
        pairs = pages[number]
        body_top, body_bottom = _body(htmls[number])
        top = _at(pairs, START) - 6 if number == first else body_top - 6
        end = _at(pairs, END)
        bottom = end - 4 if end >= 0 else body_bottom + 6
        crop = [
            "-x", "0", "-y", str(round(top * scale)),
            "-W", str(round(PAGE_WIDTH * scale)), "-H", str(round((bottom - top) * scale)),
        ]  # fmt: skip
        part = work / f"neutrality-part-{number}.png"
        pictures.save_page(pdf, number + 1, part, work, RESOLUTION, crop)
        parts.append(QImage(str(part)))
        if end >= 0:
            break
    stacked = QImage(parts[0].width(), sum(p.height() for p in parts), QImage.Format.Format_RGB32)
    stacked.fill(QColor("white"))
    painter = QPainter(stacked)
    y = 0
    for part in parts:
        painter.drawImage(0, y, part)
        y += part.height()
    painter.end()
    if not stacked.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main(argv: list[str] | None = None) -> int:
    out = pictures.output_dir(__doc__.splitlines()[0], argv)
    with pictures.demo("facilitator-neutrality-") as shown:
        dialog = NeutralityDialog(shown.db, settings=shown.settings)
        dialog.resize(1240, 600)
        pictures.save_window(dialog, out / "neutrality.png")
        meeting = pictures.newest_meeting(shown.db, MeetingKind.MANAGEMENT, MeetingStatus.ENDED)
        pdf = shown.folder / "management.pdf"
        pdf.write_bytes(pictures.minutes_pdf(shown.db, meeting))
        report_part(pdf, out / "neutrality-minutes.png", shown.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
