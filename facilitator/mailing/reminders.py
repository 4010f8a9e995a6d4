"""Reminders: each owner gets one mail listing their open action items that are overdue or due
within the next few days (MailSettings.reminder_days), at most once a day.

Meant to run unattended once a day (`facilitator remind`, from a systemd user timer or cron):
an owner already reached today is left out, so a second run the same day (a timer catching up
after a suspend) mails no one twice; a refused mail is retried by the next run.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator import timesource
from facilitator.formats.mail import (
    MailSettings,
    PasswordLookup,
    SmtpFactory,
    keyring_password,
)
from facilitator.language import _, ngettext
from facilitator.mailing.owner_mail import (
    OwnerItems,
    OwnerMail,
    OwnerOutcome,
    check_sender,
    group_by_owner,
    item_line,
    owner_message,
    record_outcomes,
    send_to_owners,
)
from facilitator.mailing.sent_log import reached_on
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem
from facilitator.vocabulary import ActionStatus, MailKind


@dataclass(frozen=True)
class ReminderPlan:
    """Who gets a reminder today, and who was left out because a reminder reached them today."""

    day: date
    within_days: int
    owners: tuple[OwnerItems, ...]
    reached_today: tuple[OwnerItems, ...]


def reminder_subject(owner: OwnerItems) -> str:
    """'Reminder: 2 action items overdue, 1 due soon' (the parts that apply)."""
    overdue = owner.overdue
    soon = len(owner.items) - overdue
    if overdue and soon:
        return ngettext(
            "Reminder: {overdue} action item overdue, {soon} due soon",
            "Reminder: {overdue} action items overdue, {soon} due soon",
            overdue,
        ).format(overdue=overdue, soon=soon)
    if overdue:
        return ngettext(
            "Reminder: {count} action item overdue",
            "Reminder: {count} action items overdue",
            overdue,
        ).format(count=overdue)
    return ngettext(
        "Reminder: {count} action item due soon", "Reminder: {count} action items due soon", soon
    ).format(count=soon)


def reminder_body(owner: OwnerItems, day: date, within_days: int) -> str:
    """The plain text: a greeting, then the owner's items, overdue first."""
    horizon = day + timedelta(days=within_days)
    lines = [
        _("Hello {name},").format(name=" ".join(owner.name.split())),
        "",
        _("As of {day}, these action items of yours are overdue or due by {horizon}:").format(
            day=f"{day:%Y-%m-%d}", horizon=f"{horizon:%Y-%m-%d}"
        ),
        "",
    ]
    lines.extend(item_line(item) for item in owner.items)
    lines.extend(
        [
            "",
            _("Close an item at the next meeting, or tell the moderator a new due date."),
            _("This reminder comes at most once a day."),
        ]
    )
    return "\n".join(lines) + "\n"


def plan_reminders(db: Database, *, within_days: int, today: date | None = None) -> ReminderPlan:
    """The open items overdue or due within within_days, by owner (owners with an address),
    split into those to remind and those a reminder already reached today."""
    day = today or timesource.today()
    horizon = day + timedelta(days=within_days)
    with db.read() as session:
        items = session.scalars(
            select(ActionItem)
            .where(
                ActionItem.status == ActionStatus.OPEN,
                ActionItem.due_date.is_not(None),
                ActionItem.due_date <= horizon,
                ActionItem.owner_id.is_not(None),
            )
            .options(selectinload(ActionItem.owner), selectinload(ActionItem.created_meeting))
            .order_by(ActionItem.id)
        ).all()
        owners = group_by_owner(items, day)
    due: list[OwnerItems] = []
    reached: list[OwnerItems] = []
    for owner in owners:
        done = reached_on(db, owner.person_id, MailKind.REMINDER, day)
        (reached if done else due).append(owner)
    return ReminderPlan(day, within_days, tuple(due), tuple(reached))


def reminder_mails(plan: ReminderPlan, sender: str) -> list[OwnerMail]:
    return [
        OwnerMail(
            owner,
            owner_message(
                sender,
                owner,
                reminder_subject(owner),
                reminder_body(owner, plan.day, plan.within_days),
            ),
        )
        for owner in plan.owners
    ]


def send_reminders(
    db: Database,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    tls: ssl.SSLContext | None = None,
    smtp_factory: SmtpFactory | None = None,
    today: date | None = None,
) -> list[OwnerOutcome]:
    """Plan, send and record today's reminders (each in the sent log, sent or refused)."""
    sender = check_sender(settings)
    plan = plan_reminders(db, within_days=settings.reminder_days, today=today)
    outcomes = send_to_owners(
        reminder_mails(plan, sender),
        settings,
        password_lookup=password_lookup,
        tls=tls,
        smtp_factory=smtp_factory,
    )
    record_outcomes(db, MailKind.REMINDER, outcomes)
    return outcomes


def dry_run_lines(plan: ReminderPlan) -> list[str]:
    """What a run would send, one line per owner; those reached today say so."""
    lines = []
    for owner in plan.owners:
        items = "; ".join(
            f"{' '.join(item.text.split())} (due {item.due:%Y-%m-%d}"
            f"{', OVERDUE' if item.overdue else ''})"
            for item in owner.items
        )
        lines.append(f"{owner.address}\twould get: {reminder_subject(owner)}: {items}")
    lines.extend(
        f"{owner.address}\tskipped: already reminded on {plan.day:%Y-%m-%d}"
        for owner in plan.reached_today
    )
    return lines
