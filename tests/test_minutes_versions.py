"""Amended minutes (#17 point 6): each sending keeps its version, a correction amends the
minutes, and an earlier version comes back as it was sent. Against aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import MailRecorder, running_smtp  # noqa: E402

from facilitator.agreements.register import list_agreements, record_version  # noqa: E402
from facilitator.cli import main  # noqa: E402
from facilitator.formats.mail import (  # noqa: E402
    MailSettings,
    RecipientResult,
    SendReport,
    recipient_addresses,
)
from facilitator.mailing.informed import add_informed_address  # noqa: E402
from facilitator.mailing.minutes_changes import (  # noqa: E402
    _plain,
    changes_between,
    minutes_record,
    same_minutes,
)
from facilitator.mailing.minutes_sending import (  # noqa: E402
    minutes_state,
    prepare_minutes_mail,
    record_minutes_sending,
    send_versioned_minutes,
)
from facilitator.mailing.minutes_versions import (  # noqa: E402
    VersionNotFound,
    has_sent_minutes,
    minutes_versions,
    version_pdf,
)
from facilitator.mailing.sent_log import sent_mails  # noqa: E402
from facilitator.minutes import snapshot_meeting  # noqa: E402
from facilitator.record.action_items import add_action_item, edit_action_item  # noqa: E402
from facilitator.record.notes import edit_note, notes_of  # noqa: E402
from facilitator.storage.database import Database  # noqa: E402
from facilitator.vocabulary import MailKind  # noqa: E402

MEETING = 1
SENDER = "facilitator@example.com"


@pytest.fixture
def smtp() -> Iterator[tuple[MailRecorder, Controller]]:
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        yield handler, controller


def _settings(controller: Controller, security: str = "none") -> MailSettings:
    return MailSettings(host="127.0.0.1", port=controller.port, security=security, sender=SENDER)


def _parsed(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _pdf_of(message: EmailMessage) -> bytes:
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    return attachment.get_content()


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _edit_first_note(db: Database, text: str) -> str:
    note = notes_of(db, MEETING)[0]
    edit_note(db, note.id, text=text)
    return note.text


def test_first_sending_keeps_version_1_with_the_bytes_attached(demo, smtp):
    handler, controller = smtp
    sent = send_versioned_minutes(demo, MEETING, _settings(controller))

    assert sent.version == 1 and sent.report.all_accepted
    assert has_sent_minutes(demo, MEETING)
    message = _parsed(handler.delivered[0].content)
    assert message["Subject"].startswith("Minutes \N{EM DASH} ")
    assert "amended" not in message["Subject"]
    pdf = _pdf_of(message)
    assert version_pdf(demo, MEETING, 1) == pdf
    assert "Version 1, 23 November 2026" in _pdf_text(pdf)
    (view,) = minutes_versions(demo, MEETING)
    assert (view.number, view.recipients) == (1, len(recipient_addresses(demo, MEETING)))
    (logged,) = sent_mails(demo, meeting_id=MEETING)
    assert (logged.kind, logged.minutes_version) == (MailKind.MINUTES, 1)
    assert logged.subject == message["Subject"]
    assert logged.accepted == tuple(handler.delivered[0].rcpt_tos)
    state = minutes_state(demo, MEETING)
    assert state.last is not None and state.last.number == 1
    assert not state.amended and state.changes == ()
    people = len(recipient_addresses(demo, MEETING))
    assert state.line == f"Minutes sent: version 1 went out on 23 November 2026 to {people} people."


def test_an_edited_note_amends_the_minutes_and_version_2_says_what_changed(demo, smtp, wall):
    handler, controller = smtp
    send_versioned_minutes(demo, MEETING, _settings(controller))
    first_pdf = _pdf_of(_parsed(handler.delivered[0].content))
    was = _edit_first_note(demo, "Lead scoring moves to the new model — agreed 🎯")

    state = minutes_state(demo, MEETING)
    assert state.amended
    assert state.line == (
        "Minutes amended since sent: version 1 went out on 23 November 2026; 1 change since."
    )
    assert any(
        line.startswith("Note edited: Lead scoring moves to the new model — agreed 🎯")
        or "edited: Lead scoring moves" in line
        for line in state.changes
    ), state.changes
    assert any(was.split()[0] in line for line in state.changes)

    wall.advance(days=11)
    sent = send_versioned_minutes(demo, MEETING, _settings(controller))

    assert sent.version == 2
    message = _parsed(handler.delivered[1].content)
    assert message["Subject"].startswith("Minutes (amended) \N{EM DASH} ")
    body = message.get_body(("plain",)).get_content()
    assert "Changes since version 1:" in body
    assert "edited: Lead scoring moves to the new model — agreed 🎯" in body
    text = _pdf_text(_pdf_of(message))
    assert "Version 2 (amended), 4 December 2026" in text
    assert "Changes since version 1" in text
    assert version_pdf(demo, MEETING, 1) == first_pdf
    assert [v.number for v in minutes_versions(demo, MEETING)] == [1, 2]
    assert [m.minutes_version for m in sent_mails(demo, meeting_id=MEETING)] == [2, 1]
    assert not minutes_state(demo, MEETING).amended


def test_minutes_not_amended_send_the_last_version_again(demo, smtp):
    handler, controller = smtp
    send_versioned_minutes(demo, MEETING, _settings(controller))
    again = prepare_minutes_mail(demo, MEETING, SENDER)

    assert (again.number, again.new_version) == (1, False)
    assert again.pdf == version_pdf(demo, MEETING, 1)
    send_versioned_minutes(demo, MEETING, _settings(controller))
    assert [v.number for v in minutes_versions(demo, MEETING)] == [1]
    assert _pdf_of(_parsed(handler.delivered[1].content)) == version_pdf(demo, MEETING, 1)
    assert "amended" not in _parsed(handler.delivered[1].content)["Subject"]


def test_before_any_sending_nothing_is_amended(demo):
    state = minutes_state(demo, MEETING)
    assert state.last is None and not state.amended and state.line == ""
    assert not has_sent_minutes(demo, MEETING)
    with pytest.raises(VersionNotFound):
        version_pdf(demo, MEETING, 1)


def test_an_action_item_added_and_one_changed_are_listed(demo):
    before = minutes_record(snapshot_meeting(demo, MEETING))
    added = add_action_item(
        demo, MEETING, text="Send the MQL definition to Sales", due_date=date(2026, 12, 11)
    )
    edit_action_item(demo, added, due_date=date(2026, 12, 18))
    after = minutes_record(snapshot_meeting(demo, MEETING))
    changes = changes_between(before, after)
    assert changes == (
        "Action item added: Send the MQL definition to Sales (nobody yet, due 18 December 2026)",
    )
    again = minutes_record(snapshot_meeting(demo, MEETING))
    edit_action_item(demo, added, due_date=date(2026, 12, 24))
    moved = changes_between(again, minutes_record(snapshot_meeting(demo, MEETING)))
    assert moved == (
        "Action item changed: Send the MQL definition to Sales "
        "(due 18 December 2026 → due 24 December 2026)",
    )


def test_the_record_kept_reads_back_as_the_same_minutes(demo):
    """Stored as JSON and read back (another day, another process), unchanged minutes are
    never amended by the parts kept whole."""
    kept = json.loads(json.dumps(minutes_record(snapshot_meeting(demo, MEETING))))
    again = minutes_record(snapshot_meeting(demo, MEETING, today=date(2027, 6, 1)))
    assert same_minutes(kept, again) and changes_between(kept, again) == ()
    kept.pop("sections")
    kept.pop("distribution")
    assert same_minutes(kept, again), "a version kept before they were recorded"


def test_a_part_without_a_number_reads_back_as_unchanged():
    """A share over nothing (NaN) kept as JSON still compares equal to itself."""
    record = {"sections": {"funnel": _plain({"rate": float("nan")})}}
    assert same_minutes(json.loads(json.dumps(record)), record)


def test_an_agreement_and_the_informed_corrected_after_sending_amend_the_minutes(demo, smtp):
    handler, controller = smtp
    send_versioned_minutes(demo, MEETING, _settings(controller))
    agreement = list_agreements(demo)[0]
    record_version(
        demo,
        agreement.id,
        "MQL: fit score 60 and one intent signal",
        date(2027, 1, 4),
        meeting_id=MEETING,
    )
    add_informed_address(demo, "smarketing@example.com", "Smarketing list", meeting_id=MEETING)

    state = minutes_state(demo, MEETING)
    assert state.amended
    assert state.changes == (
        "Informed added: Smarketing list (smarketing@example.com)",
        "Agreements changed as the minutes print them",
    )
    sent = send_versioned_minutes(demo, MEETING, _settings(controller))
    assert sent.version == 2
    message = _parsed(handler.delivered[-1].content)
    assert message["Subject"].startswith("Minutes (amended) \N{EM DASH} ")
    assert (
        "Agreements changed as the minutes print them" in message.get_body(("plain",)).get_content()
    )
    assert "MQL: fit score 60 and one intent signal" in _pdf_text(_pdf_of(message))


def test_a_refused_recipient_is_logged_and_the_version_kept_for_the_others(demo):
    addresses = recipient_addresses(demo, MEETING)
    handler = MailRecorder(refuse=addresses[0])
    with running_smtp(handler) as controller:
        sent = send_versioned_minutes(demo, MEETING, _settings(controller))
    assert sent.version == 1
    (logged,) = sent_mails(demo, meeting_id=MEETING)
    (refused,) = logged.refused
    assert (refused.address, refused.reason) == (addresses[0], "550 no such user")
    assert logged.accepted == tuple(addresses[1:])
    assert minutes_versions(demo, MEETING)[0].recipients == len(addresses) - 1


def test_a_sending_that_reached_no_one_keeps_no_version_but_is_logged(demo):
    class RefuseAll(MailRecorder):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
            return "550 mailbox unavailable"

    with running_smtp(RefuseAll()) as controller:
        sent = send_versioned_minutes(demo, MEETING, _settings(controller))
    assert sent.version is None
    assert minutes_versions(demo, MEETING) == []
    (logged,) = sent_mails(demo, meeting_id=MEETING)
    assert logged.accepted == () and logged.minutes_version is None
    assert {r.reason for r in logged.refused} == {"550 mailbox unavailable"}


def test_starttls_carries_the_amended_minutes(demo):
    pytest.importorskip("trustme")
    from local_smtp import running_starttls

    handler = MailRecorder()
    with running_starttls(handler) as (controller, tls):
        settings = _settings(controller, "starttls")
        send_versioned_minutes(demo, MEETING, settings, tls=tls)
        _edit_first_note(demo, "Corrected after the meeting")
        sent = send_versioned_minutes(demo, MEETING, settings, tls=tls)
    assert sent.version == 2
    assert [d.encrypted for d in handler.delivered] == [True, True]
    message = _parsed(handler.delivered[1].content)
    assert message["Subject"].startswith("Minutes (amended)")
    assert message["To"].addresses[0].addr_spec == recipient_addresses(demo, MEETING)[0]
    assert "Version 2 (amended)" in _pdf_text(_pdf_of(message))


def test_the_cli_writes_an_earlier_version_as_it_was_sent(demo, db_target, smtp, tmp_path, capsys):
    handler, controller = smtp
    send_versioned_minutes(demo, MEETING, _settings(controller))
    first = version_pdf(demo, MEETING, 1)
    _edit_first_note(demo, "A correction")
    send_versioned_minutes(demo, MEETING, _settings(controller))

    out = tmp_path / "v1.pdf"
    code = main(["minutes", str(MEETING), "--db", db_target, "--version", "1", "-o", str(out)])
    assert code == 0
    assert out.read_bytes() == first
    assert "version 1" in capsys.readouterr().out

    missing = tmp_path / "v9.pdf"
    code = main(["minutes", str(MEETING), "--db", db_target, "--version", "9", "-o", str(missing)])
    assert code == 2
    assert "no minutes version 9" in capsys.readouterr().err
    assert not Path(missing).exists()


def test_a_long_note_corrected_near_its_end_quotes_the_correction():
    text = "The pipeline review covered every region in turn and " * 3 + "ended early."
    old = {"notes": {"7": {"kind": "note", "text": text, "item": None}}}
    new = {"notes": {"7": {"kind": "note", "text": text + " Corrected: 65 points.", "item": None}}}
    (line,) = changes_between(old, new)
    assert line.startswith("Note edited: …")
    assert "ended early. Corrected: 65 points. (was: …" in line
    assert line.endswith("ended early.)")


def test_two_apps_sending_at_once_keep_both_versions(demo):
    """On a team database another app may keep version 1 between this one's making and its
    recording: what this one sent is kept too, under the next number."""
    ours = prepare_minutes_mail(demo, MEETING, SENDER)
    theirs = prepare_minutes_mail(demo, MEETING, SENDER)
    reached = SendReport((RecipientResult("amara@example.com", True),))
    assert record_minutes_sending(demo, theirs, reached) == 1
    assert record_minutes_sending(demo, ours, reached) == 2
    assert [v.number for v in minutes_versions(demo, MEETING)] == [1, 2]
    assert version_pdf(demo, MEETING, 2) == ours.pdf
    assert [m.minutes_version for m in sent_mails(demo, meeting_id=MEETING)] == [2, 1]
