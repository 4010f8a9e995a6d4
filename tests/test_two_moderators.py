"""Two moderators, two processes, one database: both read the same meeting and the same
action item, then both save an edit of each. Every edit is either applied or refused with the
message, never lost: the row ends as the applied edit left it. On a team database on the
server and on an SQLite file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.record.action_items import add_action_item, get_action_item
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database
from facilitator.team.conflicts import ChangedElsewhere

MODERATOR = """
import sys
from facilitator.record.action_items import edit_action_item, get_action_item
from facilitator.record.meetings import MeetingFields, load_meeting, save_meeting
from facilitator.storage.database import open_database
from facilitator.team.conflicts import ChangedElsewhere

target, meeting_id, action_id, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
db = open_database(target, create=False)
meeting = load_meeting(db, meeting_id)
action = get_action_item(db, action_id)
print("read", flush=True)
assert sys.stdin.readline().strip() == "go"
fields = MeetingFields(f"Title from {name}", meeting.scheduled_at, meeting.moderator_id)
try:
    save_meeting(db, meeting_id, fields, meeting.plan(), expected_version=meeting.version)
    print("meeting applied", flush=True)
except ChangedElsewhere as refused:
    print(f"meeting refused: {refused}", flush=True)
try:
    edit_action_item(db, action_id, text=f"Text from {name}", expected_version=action.version)
    print("action applied", flush=True)
except ChangedElsewhere as refused:
    print(f"action refused: {refused}", flush=True)
db.close()
"""
ROOT = Path(__file__).resolve().parents[1]
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NAMES = ("Ana", "Ben")


@pytest.fixture(params=["server", "file"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "file":
        return str(tmp_path / "team.sqlite")
    make: Callable[..., str] = request.getfixturevalue("server_database")
    return make()


def _outcomes(lines: list[str], what: str) -> str:
    return next(line for line in lines if line.startswith(what))


def test_two_moderators_saving_the_same_rows_lose_nothing(target: str) -> None:
    db = open_database(target)
    try:
        meeting_id = create_meeting(
            db, builtin_template("weekly").plan, title="Weekly", scheduled_at=MONDAY
        )
        action_id = add_action_item(db, meeting_id, text="Fix the UTM tags")
    finally:
        db.close()
    moderators = [
        subprocess.Popen(
            [sys.executable, "-c", MODERATOR, target, str(meeting_id), str(action_id), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in NAMES
    ]
    for moderator in moderators:  # both have read before either writes
        assert moderator.stdout is not None
        assert moderator.stdout.readline().strip() == "read"
    for moderator in moderators:
        assert moderator.stdin is not None
        moderator.stdin.write("go\n")
        moderator.stdin.flush()
    said = {}
    for name, moderator in zip(NAMES, moderators, strict=True):
        out, _ = moderator.communicate(timeout=120)
        assert moderator.returncode == 0
        said[name] = out.splitlines()

    db = open_database(target, create=False)
    try:
        title = load_meeting(db, meeting_id).title
        text = get_action_item(db, action_id).text
    finally:
        db.close()
    for what, noun, final, prefix in (
        ("meeting", "meeting", title, "Title from"),
        ("action", "action item", text, "Text from"),
    ):
        outcomes = {name: _outcomes(lines, what) for name, lines in said.items()}
        applied = [name for name, line in outcomes.items() if line == f"{what} applied"]
        refused = [name for name, line in outcomes.items() if line != f"{what} applied"]
        assert len(applied) == 1, outcomes  # both read the same version: one save wins
        assert final == f"{prefix} {applied[0]}"
        assert outcomes[refused[0]] == f"{what} refused: {ChangedElsewhere(noun)}"
