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


def _led_by(session: Session, meeting: Meeting, spec: dict[str, Any]) -> dict[str, int | None]:
    dispute_id = note_id = None
    if "dispute" in spec:
        dispute_id = session.scalar(select(Dispute.id).where(Dispute.title == spec["dispute"]))
    if "decision" in spec:
        note_id = session.scalar(
            select(Note.id).where(
                Note.meeting_id == meeting.id, Note.text.startswith(spec["decision"])
            )
        )
    return {"dispute_id": dispute_id, "note_id": note_id}


def add_demo_agreements(session: Session, meetings: Mapping[str, Meeting], before: date) -> None:
    """Write the agreements and their versions; meetings by the story's names (W0, M-1...),
    before the day the oldest versions took effect. Untouched standard agreements give way;
    agreements someone wrote stay, and the demo then adds none."""
    if not only_standard_agreements(session):
        return
    for standard in session.scalars(select(Agreement)).all():
        session.delete(standard)
    session.flush()
    agreements = add_standard_agreements(session)
    with (resource_folder() / "demo" / "agreements.toml").open("rb") as source:
        versions = tomllib.load(source)["version"]
    for spec in versions:
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
                **_led_by(session, meeting, spec),
            )
        )
    session.flush()
