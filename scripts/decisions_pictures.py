"""Save the README's pictures of win/loss and the decision log: the Win/loss window on the demo's
rundown quarter, the rundown's Win/loss page of the minutes, and the Decision log.

Writes docs/win-loss.png, docs/win-loss-minutes.png and docs/decision-log.png;
scripts/demo_pictures.py says how to run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator import timesource  # noqa: E402
from facilitator.decisions.demo_decisions import rundown_quarter  # noqa: E402
from facilitator.ui.smarketing.decisions_log import DecisionLogDialog  # noqa: E402
from facilitator.ui.smarketing.winloss_window import WinLossDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind  # noqa: E402
from scripts import demo_pictures as pictures  # noqa: E402


def opens_win_loss(text: str) -> bool:
    """Whether a page's text holds the Win/loss section's heading as a line of its own."""
    return "Win/loss" in text.splitlines()


def main(argv: list[str] | None = None) -> int:
    out = pictures.output_dir(__doc__.splitlines()[0], argv)
    with pictures.demo("facilitator-decisions-") as shown:
        db, settings = shown.db, shown.settings
        quarter, _held = rundown_quarter(timesource.today())
        win_loss = WinLossDialog(db, settings=settings, quarter=quarter)
        win_loss.resize(1200, 700)
        win_loss.table.selectRow(6)
        pictures.save_window(win_loss, out / "win-loss.png")
        log = DecisionLogDialog(db, settings=settings)
        log.resize(1200, 460)
        pictures.save_window(log, out / "decision-log.png")
        pdf = pictures.minutes_pdf(db, pictures.newest_meeting(db, MeetingKind.WIN_LOSS))
        minutes, section = out / "win-loss-minutes.png", "the rundown's win/loss"
        pictures.save_minutes_page(pdf, opens_win_loss, minutes, shown.folder, what=section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
