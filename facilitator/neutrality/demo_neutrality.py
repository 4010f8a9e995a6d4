"""The demo's share of the neutrality report: which way its settled disputes went (not all one
way, as a neutral moderator's would not be), and the baseline's answer on what the teams say
about each other. The floor time comes from the demo's run events already."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.storage.models import AlignmentBaseline, Dispute
from facilitator.vocabulary import DisputeStatus, Settlement

SETTLEMENTS = {
    "Webinar leads are students and job seekers, not buyers": Settlement.COMPROMISE,
    "What counts as an MQL": Settlement.TOWARDS_SALES,
    "Leads are not followed up within 24 hours": Settlement.TOWARDS_MARKETING,
}
"""The resolved disputes of resources/demo/disputes.toml by title; an escalated one is
ESCALATED whatever it says here."""
FIRST_SAY = "'bad leads' and 'no follow-up'"
LATER_SAY = "mostly fair"
"""What the teams said of each other at the first baseline and at the later ones."""


def settle_demo_disputes(session: Session) -> None:
    for dispute in session.scalars(select(Dispute)):
        if dispute.status is DisputeStatus.ESCALATED:
            dispute.settlement = Settlement.ESCALATED
        elif dispute.status is DisputeStatus.RESOLVED:
            dispute.settlement = SETTLEMENTS.get(dispute.title, Settlement.COMPROMISE)


def answer_what_teams_say(session: Session) -> None:
    runs = session.scalars(
        select(AlignmentBaseline).order_by(AlignmentBaseline.taken_at, AlignmentBaseline.id)
    ).all()
    for number, run in enumerate(runs):
        said = FIRST_SAY if number == 0 else LATER_SAY
        run.answers = {**run.answers, "teams_about_each_other": said}


def add_demo_neutrality(session: Session) -> None:
    """After the demo's disputes and baselines are written (and flushed)."""
    settle_demo_disputes(session)
    answer_what_teams_say(session)
