"""A snapshot pickled by one process renders in another that never loads the ORM (issue #20):
the command line's fast path reads a cached snapshot and only lays it out, so the render path
and every class a snapshot holds must import neither SQLAlchemy nor the storage layer."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from reportlab import rl_config
from sqlalchemy import select

from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import MeetingKind, MeetingStatus

TODAY = date(2026, 12, 4)

CHILD = """
import pickle, sys
from pathlib import Path
from reportlab import rl_config
rl_config.invariant = 1
from facilitator.minutes.pdf import render_minutes
folder = Path(sys.argv[1])
snapshots = pickle.loads((folder / "snapshots.pickle").read_bytes())
for number, snapshot in enumerate(snapshots):
    (folder / f"{number}.pdf").write_bytes(render_minutes(snapshot))
loaded = [m for m in ("sqlalchemy", "facilitator.storage", "facilitator.storage.models")
          if m in sys.modules]
print(",".join(loaded))
"""


def _held_of_each_kind(db: Database) -> list[int]:
    """The newest ended meeting of each kind: between them they hold every part's data."""
    with db.read() as session:
        meetings = session.scalars(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.ENDED)
            .order_by(Meeting.scheduled_at.desc())
        ).all()
        newest = {}
        for meeting in meetings:
            newest.setdefault(meeting.kind, meeting.id)
    return list(newest.values())


def test_a_pickled_snapshot_renders_the_same_pdf_without_the_orm(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(rl_config, "invariant", 1)
    ids = _held_of_each_kind(demo)
    snapshots = [snapshot_meeting(demo, meeting_id, today=TODAY) for meeting_id in ids]
    kinds = {snapshot.kind for snapshot in snapshots}
    assert {MeetingKind.MANAGEMENT, MeetingKind.WIN_LOSS, MeetingKind.CAMPAIGN} <= kinds
    assert any(s.funnel for s in snapshots) and any(s.neutrality.period for s in snapshots)
    assert any(s.win_loss for s in snapshots) and any(s.agreements for s in snapshots)
    data = pickle.dumps(snapshots)
    assert pickle.loads(data) == snapshots
    (tmp_path / "snapshots.pickle").write_bytes(data)

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )

    assert child.stdout.strip() == "", f"the render path loaded {child.stdout.strip()}"
    for number, snapshot in enumerate(snapshots):
        assert (tmp_path / f"{number}.pdf").read_bytes() == render_minutes(snapshot)
