"""The alignment baseline: answers checked, runs stored with their date, later runs compared."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from facilitator.measures.baseline import (
    QUESTION_BY_KEY,
    BaselineRefused,
    compare,
    format_answer,
    list_baselines,
    save_baseline,
)
from facilitator.record.meetings import MeetingNotFound, create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import ItemKind, MeetingKind

FIRST = {
    "meeting_frequency": "monthly, often skipped",
    "constructive": 2,
    "communication_outside_meetings": "rarely",
    "leaders_relationship": "strained",
    "teams_about_each_other": "'bad leads' and 'no follow-up'",
    "followed_up_share": 55,
    "conversion_share": 15,
}
LATER = {
    **FIRST,
    "meeting_frequency": "weekly",
    "constructive": 4,
    "followed_up_share": 82.5,
    "conversion_share": 12,
}


def test_runs_are_stored_with_their_date_and_meeting_oldest_first(db: Database):
    plan = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Talk", ItemKind.DISCUSSION, 600),))
    when = datetime.combine(date(2026, 3, 5), time(9)).astimezone()
    meeting = create_meeting(db, plan, title="Kick-off", scheduled_at=when)
    later = save_baseline(db, LATER, taken_at=datetime(2026, 6, 1, 9, tzinfo=UTC))
    first = save_baseline(
        db, FIRST, meeting_id=meeting, taken_at=datetime(2026, 3, 5, 9, tzinfo=UTC)
    )
    runs = list_baselines(db)
    assert [r.id for r in runs] == [first, later]
    assert runs[0].meeting_title == "Kick-off" and runs[1].meeting_id is None
    assert runs[0].taken_at == datetime(2026, 3, 5, 9, tzinfo=UTC)
    assert runs[1].answers["followed_up_share"] == 82.5
    with pytest.raises(MeetingNotFound):
        save_baseline(db, FIRST, meeting_id=999)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"constructive": 6}, "takes a whole number from 1 to 5"),
        ({"constructive": 2.5}, "takes a whole number from 1 to 5"),
        ({"followed_up_share": 120}, "takes a whole number from 0 to 100"),
        ({"followed_up_share": "half"}, "needs a number"),
        ({"leaders_relationship": "frenemies"}, "Pick one of: working well, cordial"),
        ({"mood": 3}, "unknown question: mood"),
    ],
)
def test_answers_off_their_scale_are_refused_and_nothing_is_stored(
    db: Database, change: dict[str, object], message: str
):
    with pytest.raises(BaselineRefused, match=message):
        save_baseline(db, {**FIRST, **change})
    incomplete = {k: v for k, v in FIRST.items() if k != "constructive"}
    with pytest.raises(BaselineRefused, match="has no answer"):
        save_baseline(db, incomplete)
    assert list_baselines(db) == []


def test_a_later_run_reads_against_the_first(db: Database):
    save_baseline(db, FIRST, taken_at=datetime(2026, 3, 5, tzinfo=UTC))
    save_baseline(db, LATER, taken_at=datetime(2026, 6, 1, tzinfo=UTC))
    first, latest = list_baselines(db)
    changes = {c.question.key: c for c in compare(first, latest)}
    assert changes["meeting_frequency"].direction == "better"
    assert changes["constructive"].direction == "better"
    assert changes["communication_outside_meetings"].direction == "same"
    assert changes["conversion_share"].direction == "worse"
    assert (changes["followed_up_share"].before, changes["followed_up_share"].after) == (55, 82.5)
    assert format_answer(QUESTION_BY_KEY["followed_up_share"], 82.5) == "82.5 %"
    assert format_answer(QUESTION_BY_KEY["constructive"], 4) == "4 of 5"
