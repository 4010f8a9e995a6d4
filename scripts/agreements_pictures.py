"""Save the README's pictures of the agreements register: the window and its page of the minutes.

Run under a display server at the README's size (`xvfb-run -a -s "-screen 0 1366x768x24"
python3 scripts/agreements_pictures.py`); writes docs/agreements.png and
docs/agreements-minutes.png (the latter through poppler's pdftoppm). The demo goes into a
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

from facilitator.agreements.register import list_agreements  # noqa: E402
from facilitator.minutes import render_minutes, snapshot_meeting  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.smarketing.agreements_window import AgreementsDialog  # noqa: E402
from scripts.window_gallery import settle  # noqa: E402


def save_page_holding(pdf: Path, words: str, out: Path) -> None:
    """The first page of the PDF whose text holds words, as a PNG at 80 dpi."""
    page = 1
    while True:
        found = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
        )
        if found.returncode != 0:
            raise SystemExit(f"no page of {pdf.name} holds {words!r}")
        if words in found.stdout:
            break
        page += 1
    prefix = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
        + [str(pdf), str(prefix)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="facilitator-agreements-") as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        load_demo(db)
        dialog = AgreementsDialog(db, settings=settings)
        dialog.resize(1200, 700)
        dialog.show()
        dialog.older_box.setCurrentIndex(0)
        settle(dialog)
        if not dialog.grab().save(str(args.output_dir / "agreements.png")):
            raise SystemExit("could not save agreements.png")
        dialog.close()
        volume = next(a for a in list_agreements(db) if a.key == "sla_lead_volume").current
        assert volume.meeting_id is not None
        pdf = folder / "minutes.pdf"
        pdf.write_bytes(render_minutes(snapshot_meeting(db, volume.meeting_id)))
        db.close()
        save_page_holding(pdf, "Agreements changed", args.output_dir / "agreements-minutes.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
