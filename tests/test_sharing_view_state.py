"""What the browsers are sent, and when the chime is due: the core's side, without Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.record.meetings import load_meeting
from facilitator.rules.clock import MeetingClock, Thresholds
from facilitator.sharing.chime_rule import ChimeWatch, chime_due
from facilitator.sharing.view_state import view_state

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def meeting(db, new_weekly_meeting):
    return load_meeting(db, new_weekly_meeting())


def clock_of(meeting) -> MeetingClock:
    return MeetingClock([item.planned_seconds for item in meeting.items], meeting.cap_seconds)


def test_the_state_before_during_a_pause_and_after_the_end(meeting) -> None:
    clock = clock_of(meeting)
    before = view_state(meeting, clock.state(0.0), Thresholds(), seconds_to_start=299.5)
    assert (before.status, before.phase_text, before.clock_text) == (
        "not_started", "Starts in 5:00", "3:00",
    )
    assert before.next_title == meeting.items[1].title and not before.last_item
    clock = clock.apply(clock.start(100.0))
    running = view_state(meeting, clock.state(250.0), Thresholds(), message="Wrap up", flash=True)
    assert running.item_remaining == pytest.approx(30.0) and running.at == pytest.approx(250.0)
    assert (running.phase, running.phase_text) == ("warning", "1 MIN LEFT")
    assert running.warn_at == pytest.approx(60.0) and running.time_seconds == pytest.approx(5.0)
    assert running.message == "Wrap up" and running.flash
    clock = clock.apply(clock.pause(250.0))
    paused = view_state(meeting, clock.state(400.0), Thresholds())
    assert paused.phase_text == "1 MIN LEFT · PAUSED" and paused.clock_text == "0:30"
    clock = clock.apply(clock.resume(400.0))
    clock = clock.apply(clock.end(500.0))
    ended = view_state(meeting, clock.state(900.0), Thresholds(), message="Thanks", flash=True)
    assert (ended.clock_text, ended.phase_text) == ("ENDED", "Ran 6:40")  # the pause counts
    assert ended.message == "" and not ended.flash
    assert json.loads(ended.to_json())["status"] == "ended"


def test_the_page_is_sent_its_words_in_the_apps_language(meeting, speak) -> None:
    """The words the page writes as it counts on are the presenter screen's, in German too."""
    speak("de")
    clock = clock_of(meeting).apply(clock_of(meeting).start(100.0))
    clock = clock.apply(clock.pause(250.0))
    paused = view_state(meeting, clock.state(400.0), Thresholds())
    assert paused.phase_text == "NOCH 1 MIN. · PAUSIERT"
    words = json.loads(paused.to_json())["words"]
    assert words["lang"] == "de"
    assert (words["minute_left"], words["time"]) == ("NOCH 1 MIN.", "ZEIT UM")
    assert words["left"] == "NOCH {countdown}" and words["over"] == "ÜBERZOGEN +{overrun}"
    assert words["next"] == "Als Nächstes: {title}" and words["last"] == "Letzter Punkt"
    assert words["meeting_left"] == "Besprechung: noch {time}"
    assert words["sound"] == "Tippen, um den Ton einzuschalten"


def test_the_last_item_and_a_presenter_with_a_team(meeting) -> None:
    clock = clock_of(meeting)
    clock = clock.apply(clock.start(0.0))
    clock = clock.apply(clock.jump(10.0, len(meeting.items) - 1))
    last = view_state(meeting, clock.state(20.0), Thresholds())
    assert last.last_item and last.next_title == ""
    assert last.item_title == meeting.items[-1].title


def test_the_chime_is_due_at_one_minute_left_and_at_time_up() -> None:
    assert chime_due(60.5, 59.5) and chime_due(61, 60) and chime_due(0.2, 0.0)
    assert not chime_due(60, 59) and not chime_due(0, -1) and not chime_due(30, 20)


def test_a_new_item_or_a_pause_starts_the_watch_afresh(meeting) -> None:
    clock = clock_of(meeting)
    clock = clock.apply(clock.start(0.0))
    watch, due = ChimeWatch().after(clock.state(119.0))
    assert not due
    watch, due = watch.after(clock.state(121.0))  # 61 s left to 59
    assert due
    watch, due = watch.after(clock.state(181.0))  # time up
    assert due
    clock = clock.apply(clock.next_item(181.0))
    watch, due = watch.after(clock.state(181.5))
    assert not due and watch.item == 1
    clock = clock.apply(clock.pause(182.0))
    watch, due = watch.after(clock.state(182.0))
    assert watch == ChimeWatch() and not due
