"""The send dialog mails each owner their action items after the minutes and says how that
went; a refused owner is named with the server's reason and kept in the sent log; a series
with the follow-up off sends the minutes alone."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import Series
from PySide6.QtCore import Qt

from facilitator.formats.mail import MailSettings, save_settings
from facilitator.mailing.follow_up_setting import set_owner_follow_up
from facilitator.mailing.sent_log import sent_mails
from facilitator.record.action_items import add_action_item
from facilitator.record.attendance import invite
from facilitator.storage.database import Database
from facilitator.ui.mail.send_dialog import SendDialog
from facilitator.vocabulary import MailKind, Team

pytest.importorskip("aiosmtpd")
from local_smtp import MailRecorder, running_smtp  # noqa: E402


@pytest.fixture
def meeting(db: Database, add_people) -> dict[str, int]:
    """A series' ended meeting where Dana and Lee each took an action item."""
    people = add_people(dana=("Dana Kim", Team.SALES), lee=("Lee Park", Team.MARKETING))
    series = Series(db)
    meeting_id = series.meeting(0)
    invite(db, meeting_id, [people["dana"], people["lee"]])
    for owner, text in (("dana", "Call the stalled accounts"), ("lee", "Draft the brief")):
        add_action_item(
            db, meeting_id, text=text, owner_id=people[owner], due_date=date(2026, 12, 20)
        )
    series.end(meeting_id)
    return dict(people, meeting=meeting_id, series=series.id)


def _send(qtbot, show, db, settings, meeting_id: int, refuse: str | None = None):
    handler = MailRecorder(refuse=refuse)
    with running_smtp(handler) as controller:
        save_settings(
            MailSettings(host="127.0.0.1", port=controller.port, security="none", sender="m@x.org")
        )
        dialog = show(SendDialog(db, meeting_id, settings=settings), active=True)
        with qtbot.waitSignal(dialog.follow_up_line.done, timeout=20000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    return dialog, handler


def test_the_owners_get_their_items_after_the_minutes(qtbot, show, db, settings, meeting):
    dialog, handler = _send(qtbot, show, db, settings, meeting["meeting"], refuse="lee@example.com")

    assert dialog.follow_up_line.text() == (
        "Follow-ups sent to 1 of 2 owners; 1 refused. Lee Park <lee@example.com>: 550 no such user"
    )
    subjects = sorted(str(d.content).count("Your action items from") for d in handler.delivered)
    assert subjects == [0, 1]  # the minutes, then Dana's follow-up (Lee's was refused)
    logged = sent_mails(db, meeting_id=meeting["meeting"], kind=MailKind.FOLLOW_UP)
    assert {(m.person_id, bool(m.accepted)) for m in logged} == {
        (meeting["dana"], True),
        (meeting["lee"], False),
    }
    assert dialog.close_button.isEnabled()


def test_a_series_with_the_follow_up_off_sends_the_minutes_alone(
    qtbot, show, db, settings, meeting
):
    set_owner_follow_up(db, meeting["series"], False)
    dialog, handler = _send(qtbot, show, db, settings, meeting["meeting"])

    assert dialog.follow_up_line.text() == "Owner follow-ups are off for this series."
    assert len(handler.delivered) == 1
    assert sent_mails(db, kind=MailKind.FOLLOW_UP) == []
