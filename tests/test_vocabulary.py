"""The domain's words: every labelled enum member has its one label, the same words as before."""

from __future__ import annotations

import pytest

from facilitator import vocabulary
from facilitator.record.search import SearchKind
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DealOutcome,
    Direction,
    DisputeCategory,
    DisputeStatus,
    Frequency,
    FunnelStage,
    ItemKind,
    Labelled,
    MailKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Period,
    Settlement,
    Team,
)

LABELLED = [
    Team,
    MeetingKind,
    MeetingStatus,
    Frequency,
    ItemKind,
    AttendanceStatus,
    NoteKind,
    DisputeCategory,
    DisputeStatus,
    ActionStatus,
    MailKind,
    Settlement,
    DealOutcome,
    FunnelStage,
    Direction,
    Period,
]


def test_every_labelled_enum_is_listed_here() -> None:
    found = {
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type) and issubclass(value, Labelled) and value is not Labelled
    }
    assert found == set(LABELLED)


@pytest.mark.parametrize("enum", LABELLED, ids=lambda enum: enum.__name__)
def test_every_member_has_a_label(enum: type[Labelled]) -> None:
    for member in enum:
        assert member.label.strip() == member.label
        assert member.label


def test_each_member_is_labelled_once() -> None:
    members = [(type(member), member.value) for member, _ in vocabulary._LABEL_LIST]
    assert len(members) == len(set(members))


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (Team.SALES, "Sales"),
        (Team.CUSTOMER_SERVICE, "Customer service"),
        (MeetingKind.WEEKLY, "Weekly smarketing"),
        (MeetingKind.WIN_LOSS, "Win/loss rundown"),
        (MeetingStatus.CANCELLED, "Cancelled"),
        (Frequency.QUARTERLY, "Quarterly"),
        (ItemKind.ACTION_ITEMS, "Action items"),
        (ItemKind.WRAP_UP, "Wrap-up"),
        (AttendanceStatus.ABSENT, "Absent"),
        (NoteKind.HIGHLIGHT, "Highlight"),
        (DisputeCategory.LEAD_SCORING, "Lead-scoring standards"),
        (DisputeCategory.MQL_DEFINITION, "MQL definition"),
        (DisputeStatus.IN_REVIEW, "In review"),
        (ActionStatus.DROPPED, "Dropped"),
        (Direction.HIGHER_IS_BETTER, "Higher is better"),
        (Direction.LOWER_IS_BETTER, "Lower is better"),
        (Period.WEEK, "Week"),
        (Period.QUARTER, "Quarter"),
    ],
    ids=str,
)
def test_labels_are_the_words_people_know(member: Labelled, label: str) -> None:
    assert member.label == label


def test_equal_values_of_different_enums_keep_their_own_label() -> None:
    # "open" is both a dispute's and an action item's status; "other" a team's and a kind's
    assert DisputeStatus.OPEN == ActionStatus.OPEN
    assert Team.OTHER.label == MeetingKind.OTHER.label == DisputeCategory.OTHER.label == "Other"
    assert Frequency.WEEKLY.label == "Weekly"
    assert MeetingKind.WEEKLY.label == "Weekly smarketing"


def test_a_search_hit_on_a_note_reads_as_the_note_kind() -> None:
    for kind in NoteKind:
        assert SearchKind(kind.value).label == kind.label
    assert SearchKind.DISPUTE.label == "Dispute"
    assert SearchKind.ACTION_ITEM.label == "Action item"
