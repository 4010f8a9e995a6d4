"""The demo's agreements: the standard ones, changed where the demo's story changed them
(resources/demo/agreements.toml), each version linked to its meeting, decision and dispute."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.agreements.standard import add_standard_agreements, only_standard_agreements
from facilitator.resource_folder import resource_folder
from facilitator.storage.models import Agreement, AgreementVersion, Dispute, Meeting, Note

BEFORE = "before"
"""A version older than the demo's history: it takes the standard first version's place."""


def _effective(meeting: Meeting, when: str) -> date:
    day = meeting.scheduled_at.astimezone().date()
    if when == "monday":
        return day + timedelta(days=7 - day.weekday())
    if when == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day


def _led_by(
    session: Session, meetings: Mapping[str, Meeting], versions: list[dict[str, Any]]
) -> list[dict[str, int | None]]:
    """Each version's dispute and decision note, found by title and first words in two reads."""
    titles = {spec["dispute"] for spec in versions if "dispute" in spec}
    rows = session.execute(select(Dispute.title, Dispute.id).where(Dispute.title.in_(titles)))
    disputes = {title: dispute_id for title, dispute_id in rows}
    meeting_ids = {meetings[spec["meeting"]].id for spec in versions if "decision" in spec}
    decisions = session.execute(
        select(Note.meeting_id, Note.text, Note.id).where(Note.meeting_id.in_(meeting_ids))
    ).all()
    found = []
    for spec in versions:
        meeting_id = meetings[spec["meeting"]].id if spec["meeting"] != BEFORE else None
        note_id = next(
            (
                note_id
                for on, text, note_id in decisions
                if "decision" in spec and on == meeting_id and text.startswith(spec["decision"])
            ),
            None,
        )
        found.append({"dispute_id": disputes.get(spec.get("dispute", "")), "note_id": note_id})
    return found


def add_demo_agreements(session: Session, meetings: Mapping[str, Meeting], before: date) -> None:
    """Write the agreements and their versions; meetings by the story's names (W0, M-1...),
    before the day the oldest versions took effect. Untouched standard agreements give way;
    agreements someone wrote stay, and the demo then adds none."""
    if not only_standard_agreements(session):
        return
    for standard in session.scalars(select(Agreement)).all():
        session.delete(standard)
    session.flush()
    with (resource_folder() / "demo" / "agreements.toml").open("rb") as source:
        versions = tomllib.load(source)["version"]
    led_by = _led_by(session, meetings, versions)
    agreements = add_standard_agreements(session)
    for spec, links in zip(versions, led_by, strict=True):
        agreement = agreements[spec["agreement"]]
        if spec["meeting"] == BEFORE:
            first = agreement.versions[0]
            first.text, first.effective_from = spec.get("text", first.text), before
            continue
        meeting = meetings[spec["meeting"]]
        agreement.versions.append(
            AgreementVersion(
                number=len(agreement.versions) + 1,
                text=spec["text"],
                effective_from=_effective(meeting, spec.get("effective", "meeting")),
                meeting_id=meeting.id,
                recorded_at=meeting.ended_at or meeting.scheduled_at,
                **links,
            )
        )
    session.flush()
