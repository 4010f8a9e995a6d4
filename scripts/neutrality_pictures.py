"""Save the README's pictures of the neutrality report: the window and its part of the minutes.

Writes docs/neutrality.png and docs/neutrality-minutes.png, the page of the newest ended
management meeting's minutes that holds the report; scripts/demo_pictures.py says how to run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.ui.smarketing.neutrality_window import NeutralityDialog  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402
from scripts import demo_pictures as pictures  # noqa: E402

HEADING = "Neutrality: the last three months"


def main(argv: list[str] | None = None) -> int:
    out = pictures.output_dir(__doc__.splitlines()[0], argv)
    with pictures.demo("facilitator-neutrality-") as shown:
        dialog = NeutralityDialog(shown.db, settings=shown.settings)
        dialog.resize(1240, 600)
        pictures.save_window(dialog, out / "neutrality.png")
        meeting = pictures.newest_meeting(shown.db, MeetingKind.MANAGEMENT, MeetingStatus.ENDED)
        pdf = pictures.minutes_pdf(shown.db, meeting)
        minutes, report = out / "neutrality-minutes.png", "the neutrality report"
        pictures.save_minutes_page(pdf, HEADING, minutes, shown.folder, what=report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
