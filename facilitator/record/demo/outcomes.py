"""What the demo's meetings left behind: disputes, action items and the alignment assessments."""

from __future__ import annotations

from datetime import timedelta

from facilitator.record.demo.history import History
from facilitator.storage.models import (
    ActionItem,
    AlignmentBaseline,
    Dispute,
    DisputeMeeting,
    Meeting,
)
from facilitator.vocabulary import DisputeRole, DisputeStatus


def add_disputes(history: History) -> None:
    for spec in history.story.disputes:
        seen_at = sorted(
            ((ref, status) for ref, status in spec.history if ref in history.meetings),
            key=lambda entry: history.meetings[entry[0]].scheduled_at,
        )
        first_ref = seen_at[0][0]
        last_ref, status = seen_at[-1]
        dispute = Dispute(
            title=spec.title,
            category=spec.category,
            raised_by_team=history.people[spec.raised_by].team,
            raised_by=history.people[spec.raised_by],
            sales_position=spec.sales_position,
            marketing_position=spec.marketing_position,
            status=status,
            resolution=spec.resolution,
            created_at=history.instant(
                first_ref, history.at(first_ref, _disputes_item(first_ref), 0.3)
            ),
            resolved_at=history.instant(
                last_ref, history.at(last_ref, _disputes_item(last_ref), 0.8)
            )
            if status is DisputeStatus.RESOLVED
            else None,
        )
        for number, (ref, after) in enumerate(seen_at):
            if number == 0:
                role = DisputeRole.RAISED
            elif after is DisputeStatus.RESOLVED:
                role = DisputeRole.SETTLED
            else:
                role = DisputeRole.DISCUSSED
            dispute.meeting_links.append(
                DisputeMeeting(meeting=history.meetings[ref], role=role, status_after=after)
            )
        history.session.add(dispute)


def add_actions(history: History) -> None:
    made_count: dict[str, int] = {}
    for spec in history.story.actions:
        owner = history.people[spec.owner]
        made = history.meetings[spec.made_at]
        wrap_up = len(made.items) - 1
        made_count[spec.made_at] = made_count.get(spec.made_at, 0) + 1
        share = min(0.95, 0.15 * made_count[spec.made_at])
        closed_at = None
        if spec.closed_at is not None:
            closing = history.meetings[spec.closed_at]
            review = 0 if spec.closed_at.startswith("W") else len(closing.items) - 1
            closed_at = history.instant(
                spec.closed_at, history.at(spec.closed_at, review, history.rng.uniform(0.1, 0.9))
            )
        history.session.add(
            ActionItem(
                text=spec.text,
                owner=owner,
                team=owner.team,
                due_date=made.scheduled_at.date() + timedelta(days=spec.due_days),
                status=spec.status,
                created_meeting=made,
                closed_meeting=history.meetings[spec.closed_at] if spec.closed_at else None,
                created_at=history.instant(spec.made_at, history.at(spec.made_at, wrap_up, share)),
                closed_at=closed_at,
            )
        )


def add_baselines(history: History) -> None:
    for ref, answers in history.story.baselines.items():
        meeting = history.meetings[ref]
        followed_up = _latest(history, "follow_up_24h", meeting)
        conversion = _latest(history, "follow_up_conversion", meeting)
        shares = {
            "followed_up_share": round(followed_up or 0),
            "conversion_share": round(conversion or history.story.first_conversion_estimate),
        }
        history.session.add(
            AlignmentBaseline(
                meeting=meeting, taken_at=meeting.started_at, answers={**answers, **shares}
            )
        )


def _disputes_item(ref: str) -> int:
    return 3 if ref.startswith("W") else 2


def _latest(history: History, key: str, meeting: Meeting) -> float | None:
    """The last value of a goal reported at or before meeting."""
    reported = [
        (history.meetings[ref].scheduled_at, value)
        for (ref, goal), value in history.values.items()
        if goal == key and history.meetings[ref].scheduled_at <= meeting.scheduled_at
    ]
    return max(reported)[1] if reported else None
