"""Save the README's pictures of the agreements register: the window and its page of the minutes.

Writes docs/agreements.png and docs/agreements-minutes.png; scripts/demo_pictures.py says how
to run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.agreements.register import list_agreements  # noqa: E402
from facilitator.ui.smarketing.agreements_window import AgreementsDialog  # noqa: E402
from scripts import demo_pictures as pictures  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    out = pictures.output_dir(__doc__.splitlines()[0], argv)
    with pictures.demo("facilitator-agreements-") as shown:
        dialog = AgreementsDialog(shown.db, settings=shown.settings)
        dialog.resize(1200, 700)
        dialog.show()
        dialog.older_box.setCurrentIndex(0)
        pictures.save_window(dialog, out / "agreements.png")
        volume = next(a for a in list_agreements(shown.db) if a.key == "sla_lead_volume").current
        assert volume.meeting_id is not None
        pdf = pictures.minutes_pdf(shown.db, volume.meeting_id)
        minutes = out / "agreements-minutes.png"
        pictures.save_minutes_page(pdf, "Agreements changed", minutes, shown.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
