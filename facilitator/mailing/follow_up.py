"""The owners' follow-up: when the minutes go out, each owner of an open action item (made at
the meeting or carried into it) gets one short mail listing only their own items, with the
minutes attached.

The PDF is attached rather than named: it is what an owner opens to see the context of an
item, and the minutes are small (tens of kilobytes), made once for all owners. A series can
turn the follow-up off (Series.owner_follow_up); a meeting outside any series always has it.
"""

from __future__ import annotations

import ssl
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator import timesource
from facilitator.formats.mail import (
    MailSettings,
    PasswordLookup,
    SmtpFactory,
    keyring_password,
)
from facilitator.language import _, ngettext
from facilitator.mailing.follow_up_setting import follow_up_wanted
from facilitator.mailing.minutes_versions import kept_version
from facilitator.mailing.owner_mail import (
    OwnerItems,
    OwnerMail,
    OwnerOutcome,
    check_sender,
    group_by_owner,
    item_line,
    meeting_label,
    owner_message,
    record_outcomes,
    send_to_owners,
)
from facilitator.measures.metrics import meeting_day
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.minutes.names import minutes_file_name, title_without_day
from facilitator.record.meetings import MeetingNotFound
from facilitator.rules.carried_rule import carried_action_items
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Meeting
from facilitator.vocabulary import ActionStatus, MailKind


def follow_up_subject(title: str, day: date) -> str:
    """'Your action items from <title> — <YYYY-MM-DD>', the day named once."""
    return _("Your action items from {title} — {day}").format(
        title=title_without_day(title, day), day=f"{day:%Y-%m-%d}"
    )


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def follow_up_owners(
    db: Database, meeting_id: int, *, today: date | None = None
) -> list[OwnerItems]:
    """Who gets a follow-up after this meeting and which items: the open ones made at it or
    carried into it, grouped by owner (owners with an address only). None when the meeting's
    series has the follow-up off."""
    day = today or timesource.today()
    with db.read() as session:
        meeting = _meeting(session, meeting_id)
        if not follow_up_wanted(meeting):
            return []
        options = (selectinload(ActionItem.owner), selectinload(ActionItem.created_meeting))
        made = session.scalars(
            select(ActionItem).where(ActionItem.created_meeting_id == meeting.id).options(*options)
        ).all()
        carried_ids = [item.id for item in carried_action_items(session, meeting)]
        carried = session.scalars(
            select(ActionItem).where(ActionItem.id.in_(carried_ids)).options(*options)
        ).all()
        items = {item.id: item for item in (*made, *carried) if item.status is ActionStatus.OPEN}
        return group_by_owner(sorted(items.values(), key=lambda i: i.id), day)


def follow_up_body(owner: OwnerItems, meeting: str, attachment: str | None) -> str:
    """The plain text: a greeting, the owner's items, and where the full minutes are."""
    count = len(owner.items)
    lines = [
        _("Hello {name},").format(name=" ".join(owner.name.split())),
        "",
        ngettext(
            "After {meeting}, you own this open action item:",
            "After {meeting}, you own these {count} open action items:",
            count,
        ).format(meeting=meeting, count=count),
        "",
    ]
    lines.extend(item_line(item, from_here=meeting) for item in owner.items)
    if owner.overdue:
        lines.extend(["", _("Items marked OVERDUE were due before today.")])
    if attachment:
        lines.extend(
            ["", _("The full minutes are attached ({attachment}).").format(attachment=attachment)]
        )
    return "\n".join(lines) + "\n"


def follow_up_mails(
    db: Database, meeting_id: int, sender: str, *, today: date | None = None
) -> list[OwnerMail]:
    """One message per owner (see follow_up_owners), the minutes PDF attached to each: the
    last version sent, exactly as it went to the list (made afresh only when none was kept)."""
    owners = follow_up_owners(db, meeting_id, today=today)
    if not owners:
        return []
    with db.read() as session:
        meeting = _meeting(session, meeting_id)
        label = meeting_label(meeting)
        day = meeting_day(meeting)
        subject = follow_up_subject(meeting.title, day)
        name = minutes_file_name(meeting.title, day)
    kept = kept_version(db, meeting_id, pdf=True)
    described = name
    if kept is not None and kept.pdf is not None:
        pdf = kept.pdf
        described = (
            _("{name}, version {number}").format(name=name, number=kept.number)
            if kept.number > 1
            else name
        )
    else:
        pdf = render_minutes(snapshot_meeting(db, meeting_id, today=today))
    return [
        OwnerMail(
            owner,
            owner_message(
                sender, owner, subject, follow_up_body(owner, label, described), (pdf, name)
            ),
        )
        for owner in owners
    ]


def send_follow_ups(
    db: Database,
    meeting_id: int,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    tls: ssl.SSLContext | None = None,
    smtp_factory: SmtpFactory | None = None,
    today: date | None = None,
) -> list[OwnerOutcome]:
    """Make and send the follow-ups; records nothing, so it may run on a sending thread (the
    caller records the outcomes with record_follow_ups on the database's thread)."""
    sender = check_sender(settings)
    mails = follow_up_mails(db, meeting_id, sender, today=today)
    return send_to_owners(
        mails, settings, password_lookup=password_lookup, tls=tls, smtp_factory=smtp_factory
    )


def record_follow_ups(db: Database, meeting_id: int, outcomes: list[OwnerOutcome]) -> None:
    """Keep each follow-up in the sent log, with the meeting and the owner it was for."""
    record_outcomes(db, MailKind.FOLLOW_UP, outcomes, meeting_id=meeting_id)


def follow_up_summary(outcomes: list[OwnerOutcome], *, wanted: bool = True) -> str:
    """One sentence on the follow-ups, for the send dialog's status line."""
    if not wanted:
        return _("Owner follow-ups are off for this series.")
    if not outcomes:
        return _("No owner follow-ups: no open action item has an owner with an address.")
    sent = sum(outcome.result.accepted for outcome in outcomes)
    total = len(outcomes)
    if sent == total:
        return ngettext(
            "Follow-up sent to its owner.", "Follow-ups sent to all {total} owners.", total
        ).format(total=total)
    return ngettext(
        "Follow-ups sent to {sent} of {total} owners; {refused} refused.",
        "Follow-ups sent to {sent} of {total} owners; {refused} refused.",
        total,
    ).format(sent=sent, total=total, refused=total - sent)
