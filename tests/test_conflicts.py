"""Two moderators saving the same record: the save made from an older read is refused with
the message, and nothing the other saved is overwritten. Runs on SQLite and, with --postgres,
on the server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.record.action_items import (
    action_item_state,
    add_action_item,
    edit_action_item,
    get_action_item,
    restore_action_item,
    set_action_status,
)
from facilitator.record.disputes import (
    get_dispute,
    open_dispute,
    set_dispute_status,
    update_dispute,
)
from facilitator.record.meetings import MeetingFields, load_meeting, save_meeting
from facilitator.record.notes import add_note, edit_note, get_note
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem
from facilitator.team.conflicts import ChangedElsewhere, refused_when_stale
from facilitator.vocabulary import ActionStatus, DisputeCategory, DisputeStatus, NoteKind, Team

MESSAGE = (
    "This {} was changed by someone else since you opened it. Reload to see their change, "
    "then make yours again."
)


def _fields(db: Database, meeting_id: int, title: str) -> MeetingFields:
    view = load_meeting(db, meeting_id)
    return MeetingFields(title, view.scheduled_at, view.moderator_id)


def test_a_meeting_saved_from_an_older_read_is_refused_and_the_other_save_kept(
    db: Database, meeting_id: int
) -> None:
    read = load_meeting(db, meeting_id)
    theirs = save_meeting(
        db, meeting_id, _fields(db, meeting_id, "Theirs"), read.plan(),
        expected_version=read.version,
    )
    assert theirs.parts == ("title",)
    with pytest.raises(ChangedElsewhere) as refused:
        save_meeting(
            db, meeting_id, _fields(db, meeting_id, "Mine"), read.plan(),
            expected_version=read.version,
        )
    assert str(refused.value) == MESSAGE.format("meeting")
    after = load_meeting(db, meeting_id)
    assert after.title == "Theirs"
    assert after.version == read.version + 1


def test_an_agenda_only_save_moves_the_meeting_version_too(
    db: Database, meeting_id: int
) -> None:
    read = load_meeting(db, meeting_id)
    first = read.plan().items[0]
    plan = replace(
        read.plan(),
        items=(replace(first, description="Bring the numbers"), *read.plan().items[1:]),
    )
    saved = save_meeting(
        db, meeting_id, _fields(db, meeting_id, read.title), plan, expected_version=read.version
    )
    assert saved.parts == ("agenda",)
    assert load_meeting(db, meeting_id).version == read.version + 1
    with pytest.raises(ChangedElsewhere):
        save_meeting(
            db, meeting_id, _fields(db, meeting_id, "Mine"), read.plan(),
            expected_version=read.version,
        )
    assert load_meeting(db, meeting_id).items[0].description == "Bring the numbers"


def test_a_save_without_a_version_read_is_not_checked(db: Database, meeting_id: int) -> None:
    read = load_meeting(db, meeting_id)
    save_meeting(db, meeting_id, _fields(db, meeting_id, "One"), read.plan())
    save_meeting(db, meeting_id, _fields(db, meeting_id, "Two"), read.plan())
    assert load_meeting(db, meeting_id).title == "Two"


def test_an_action_item_edit_from_an_older_read_is_refused(
    db: Database, meeting_id: int
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    read = get_action_item(db, item)
    edit_action_item(db, item, text="Theirs", expected_version=read.version)
    with pytest.raises(ChangedElsewhere, match="This action item was changed by someone else"):
        edit_action_item(db, item, text="Mine", expected_version=read.version)
    with pytest.raises(ChangedElsewhere):
        set_action_status(db, item, ActionStatus.DONE, expected_version=read.version)
    after = get_action_item(db, item)
    assert (after.text, after.status) == ("Theirs", ActionStatus.OPEN)
    edit_action_item(db, item, text="Mine, after a reload", expected_version=after.version)
    assert get_action_item(db, item).text == "Mine, after a reload"


def test_a_dispute_edit_or_status_change_from_an_older_read_is_refused(
    db: Database, meeting_id: int
) -> None:
    dispute = open_dispute(
        db, meeting_id, title="Lead quality", category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    read = get_dispute(db, dispute)
    update_dispute(db, dispute, sales_position="Theirs", expected_version=read.version)
    with pytest.raises(ChangedElsewhere, match="This dispute was changed"):
        update_dispute(db, dispute, sales_position="Mine", expected_version=read.version)
    with pytest.raises(ChangedElsewhere):
        set_dispute_status(
            db, dispute, DisputeStatus.RESOLVED, meeting_id, resolution="Mine",
            expected_version=read.version,
        )
    after = get_dispute(db, dispute)
    assert (after.sales_position, after.status) == ("Theirs", DisputeStatus.OPEN)


def test_a_note_edit_from_an_older_read_is_refused(db: Database, meeting_id: int) -> None:
    note = add_note(db, meeting_id, None, NoteKind.NOTE, "first", 10)
    read = get_note(db, note)
    edit_note(db, note, text="theirs", expected_version=read.version)
    with pytest.raises(ChangedElsewhere, match="This note was changed"):
        edit_note(db, note, text="mine", expected_version=read.version)
    assert get_note(db, note).text == "theirs"


def test_an_undo_never_takes_back_someone_elses_change(db: Database, meeting_id: int) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    before = action_item_state(db, item)
    edit_action_item(db, item, text="Mine")
    mine = get_action_item(db, item).version
    edit_action_item(db, item, text="Theirs")  # another moderator, after my edit
    with pytest.raises(ChangedElsewhere):
        restore_action_item(db, item, before, expected_version=mine)
    assert get_action_item(db, item).text == "Theirs"


def test_an_undo_of_an_unchanged_row_moves_its_version_on_not_back(
    db: Database, meeting_id: int
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    read = get_action_item(db, item)
    before = action_item_state(db, item)
    edit_action_item(db, item, text="Mine")
    mine = get_action_item(db, item).version
    restore_action_item(db, item, before, expected_version=mine)
    undone = get_action_item(db, item)
    assert undone.text == "Fix the UTM tags"
    assert undone.version > mine  # a window that read before the edit is still out of date
    with pytest.raises(ChangedElsewhere):
        edit_action_item(db, item, text="From the first read", expected_version=read.version)


def test_a_write_racing_another_is_refused_at_flush(db: Database, meeting_id: int) -> None:
    """Read, someone else writes, then the UPDATE of the copy read finds another version."""
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    with db.read() as session:
        copy = session.get(ActionItem, item)
        assert copy is not None
        session.expunge(copy)
    edit_action_item(db, item, text="Theirs")
    with pytest.raises(ChangedElsewhere), refused_when_stale("action item"), db.write() as s:
        s.add(copy)
        copy.text = "Mine"
    assert get_action_item(db, item).text == "Theirs"

