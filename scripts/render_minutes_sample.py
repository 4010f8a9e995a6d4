"""Render the demo's latest weekly minutes to docs/: the PDF and a PNG of every page.

Run from the project root: python scripts/render_minutes_sample.py (needs pdftoppm, from
poppler-utils, for the PNGs).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.minutes import write_minutes  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.storage.models import Meeting  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402

DOCS = ROOT / "docs"
TODAY = date(2026, 3, 16)
"""A fixed day, so the sample is the same on every run."""


def latest_weekly(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        load_demo(db, today=TODAY, seed=7)
        with db.read() as session:
            meeting_id = session.scalar(
                select(Meeting.id)
                .where(Meeting.kind == MeetingKind.WEEKLY, Meeting.status == MeetingStatus.ENDED)
                .order_by(Meeting.scheduled_at.desc())
                .limit(1)
            )
        assert meeting_id is not None
        return meeting_id
    finally:
        db.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        meeting_id = latest_weekly(db_path)
        db = open_database(db_path)
        try:
            pdf = write_minutes(db, meeting_id, DOCS / "minutes-sample.pdf", today=TODAY)
        finally:
            db.close()
    print(f"wrote {pdf.relative_to(ROOT)}")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PNG pages", file=sys.stderr)
        return 1
    for old in DOCS.glob("minutes-sample-page-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(pdf), str(DOCS / "minutes-sample-page")], check=True
    )
    for page in sorted(DOCS.glob("minutes-sample-page-*.png")):
        print(f"wrote {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
