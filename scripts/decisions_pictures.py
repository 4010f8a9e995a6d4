"""Save the README's pictures of win/loss and the decision log: the Win/loss window on the demo's
rundown quarter, the rundown's Win/loss page of the minutes, and the Decision log.

Run under a display server at the README's size (`xvfb-run -a -s "-screen 0 1366x768x24"
python3 scripts/decisions_pictures.py`); writes docs/win-loss.png, docs/win-loss-minutes.png
(through poppler's pdftoppm) and docs/decision-log.png. The demo goes into a temporary
database and HOME.
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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator import timesource  # noqa: E402
from facilitator.decisions.demo_decisions import rundown_quarter  # noqa: E402
from facilitator.minutes import render_minutes, snapshot_meeting  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import list_meetings  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.smarketing.decisions_log import DecisionLogDialog  # noqa: E402
from facilitator.ui.smarketing.winloss_window import WinLossDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind  # noqa: E402
from scripts.window_gallery import settle  # noqa: E402


def minutes_page(db: Database, out: Path, work: Path) -> None:
    """The page of the rundown's minutes that opens its Win/loss section."""
    meeting = next(m for m in list_meetings(db) if m.kind is MeetingKind.WIN_LOSS)
    pdf = work / "minutes.pdf"
    pdf.write_bytes(render_minutes(snapshot_meeting(db, meeting.id)))
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(next(line.split()[-1] for line in pages.stdout.splitlines() if "Pages" in line))
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Win/loss" in text.splitlines():
            prefix = work / "page"
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
                + [str(pdf), str(prefix)],
                check=True,
            )
            out.write_bytes(prefix.with_suffix(".png").read_bytes())
            return
    raise SystemExit("no page of the rundown's minutes holds its win/loss")


def save(window: QWidget, path: Path) -> None:
    window.show()
    settle(window)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not save {path.name}")
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="facilitator-decisions-") as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        load_demo(db)
        quarter, _held = rundown_quarter(timesource.today())
        win_loss = WinLossDialog(db, settings=settings, quarter=quarter)
        win_loss.resize(1200, 700)
        win_loss.table.selectRow(6)
        save(win_loss, args.output_dir / "win-loss.png")
        log = DecisionLogDialog(db, settings=settings)
        log.resize(1200, 460)
        save(log, args.output_dir / "decision-log.png")
        minutes_page(db, args.output_dir / "win-loss-minutes.png", folder)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
