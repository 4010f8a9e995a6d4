"""The meeting clock: derived from recorded instants, phases, projection, rebalance, pacing."""

from __future__ import annotations

import pytest
from clock_driver import WEEKLY, WEEKLY_CAP, Driver
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.rules.clock import (
    MIN_ITEM_SECONDS,
    ClockError,
    ClockEvent,
    MeetingClock,
    Phase,
    RunStatus,
    Thresholds,
    countdown_text,
)
from facilitator.vocabulary import RunEventKind


def test_an_hour_of_meeting_with_pauses_adds_up() -> None:
    d = Driver([720] * 5, 3600)
    d.press("start")
    for _ in range(4):
        d.time.advance(700)
        d.press("pause")
        d.time.advance(20)
        d.press("resume")
        d.press("next_item")
    d.time.advance(720)
    d.press("end")
    for second in range(0, 3700, 10):
        d.clock.state(1000.0 + second)
    state = d.state
    assert state.ended
    assert state.meeting_elapsed == pytest.approx(4 * 700 + 720)
    assert state.paused_seconds == pytest.approx(80)


def test_before_the_start_the_first_item_waits() -> None:
    state = Driver().state
    assert state.status == RunStatus.NOT_STARTED
    assert state.current_index == 0
    assert state.item_elapsed == 0
    assert state.item_remaining == 180
    assert state.phase == Phase.NORMAL
    assert state.projected_end_seconds == sum(WEEKLY)
    assert state.items_reached == (False,) * 5


def test_elapsed_and_remaining_of_item_and_meeting() -> None:
    d = Driver()
    d.press("start")
    state = d.after(100)
    assert state.running
    assert state.item_elapsed == pytest.approx(100)
    assert state.item_remaining == pytest.approx(80)
    assert state.item_progress == pytest.approx(100 / 180)
    assert state.meeting_elapsed == pytest.approx(100)
    assert state.meeting_remaining == pytest.approx(WEEKLY_CAP - 100)
    assert state.next_index == 1
    assert state.item_clock_text == "1:20"


def test_twelve_minute_item_turns_amber_at_twenty_percent() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(180)
    d.press("next_item")  # the 12-minute Marketing update
    state = d.after(720 - 144 - 0.5)
    assert state.phase == Phase.NORMAL
    assert state.phase_word == ""
    state = d.after(0.5)
    assert state.item_remaining == pytest.approx(144)
    assert state.phase == Phase.WARNING
    assert state.phase_word == "2:24 LEFT"
    state = d.after(84)
    assert state.phase_word == "1 MIN LEFT"


def test_three_minute_item_turns_amber_at_one_minute() -> None:
    d = Driver()
    d.press("start")
    assert d.after(119.5).phase == Phase.NORMAL
    state = d.after(0.5)
    assert state.item_remaining == pytest.approx(60)
    assert state.phase == Phase.WARNING
    assert state.phase_word == "1 MIN LEFT"


def test_time_then_overrun_counting_up() -> None:
    d = Driver()
    d.press("start")
    state = d.after(180)
    assert state.phase == Phase.TIME
    assert state.phase_word == "TIME"
    assert state.item_clock_text == "0:00"
    state = d.after(4.9)
    assert state.phase == Phase.TIME
    state = d.after(40.1)
    assert state.phase == Phase.OVERRUN
    assert state.pulsing
    assert state.item_overrun == pytest.approx(45)
    assert state.phase_word == "OVER +0:45"
    assert state.item_clock_text == "+0:45"
    assert state.item_progress > 1


def test_thresholds_are_injectable() -> None:
    d = Driver(thresholds=Thresholds(warn_seconds=120, warn_fraction=0.1, time_seconds=0))
    d.press("start")
    assert d.after(59).phase == Phase.NORMAL
    assert d.after(1).phase == Phase.WARNING
    assert d.after(120).phase == Phase.OVERRUN
    with pytest.raises(ValueError):
        Thresholds(warn_fraction=1.5)


def test_pauses_are_not_counted() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(50)
    d.press("pause")
    state = d.after(300)
    assert state.paused
    assert state.item_elapsed == pytest.approx(50)
    assert state.pause_elapsed == pytest.approx(300)
    d.press("resume")
    state = d.after(10)
    assert state.item_elapsed == pytest.approx(60)
    assert state.meeting_elapsed == pytest.approx(60)
    assert state.paused_seconds == pytest.approx(300)
    assert state.since_start == pytest.approx(360)
    assert state.pause_elapsed == 0


def test_extend_adds_to_the_current_item() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(170)
    d.press("extend", 120)
    state = d.after(30)
    assert state.item_planned_seconds == 300
    assert state.item_extended_seconds == 120
    assert state.item_remaining == pytest.approx(100)
    assert state.phase == Phase.NORMAL  # back out of amber: 1:40 left of 5:00
    assert state.items_planned[0] == 300
    assert state.projected_end_seconds == pytest.approx(sum(WEEKLY) + 120)


def test_next_and_previous_keep_each_items_time() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(100)
    d.press("next_item")
    d.time.advance(200)
    d.press("previous_item")
    state = d.after(30)
    assert state.current_index == 0
    assert state.items_elapsed[:2] == pytest.approx((130, 200))
    d.press("next_item")
    state = d.after(5)
    assert state.current_index == 1
    assert state.item_elapsed == pytest.approx(205)
    assert state.items_reached == (True, True, False, False, False)


def test_illegal_presses_are_refused_with_a_message() -> None:
    d = Driver([300, 300], 1800)
    for name in ("pause", "resume", "next_item", "previous_item", "end"):
        with pytest.raises(ClockError, match="not started"):
            d.press(name)
    with pytest.raises(ClockError, match="not started"):
        d.press("extend", 60)
    d.press("start")
    with pytest.raises(ClockError, match="already started"):
        d.press("start")
    with pytest.raises(ClockError, match="already running"):
        d.press("resume")
    with pytest.raises(ClockError, match="first item"):
        d.press("previous_item")
    with pytest.raises(ClockError, match="positive"):
        d.press("extend", 0)
    d.press("pause")
    with pytest.raises(ClockError, match="already paused"):
        d.press("pause")
    d.press("next_item")
    with pytest.raises(ClockError, match="This is the last item; end the meeting instead"):
        d.press("next_item")
    d.press("end")
    with pytest.raises(ClockError, match="This meeting has already ended."):
        d.press("end")
    for name in ("start", "pause", "resume", "toggle", "next_item", "previous_item"):
        with pytest.raises(ClockError, match="The meeting has ended."):
            d.press(name)


def test_toggle_starts_pauses_and_resumes() -> None:
    d = Driver()
    d.press("toggle")
    assert d.state.running
    d.press("toggle")
    assert d.state.paused
    d.press("toggle")
    assert d.state.running


def test_ended_meeting_is_frozen() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(200)
    d.press("end")
    state = d.after(5000)
    assert state.ended
    assert state.meeting_elapsed == pytest.approx(200)
    assert state.phase == Phase.NORMAL
    assert state.projected_end_seconds == pytest.approx(200)


def test_an_instant_before_the_last_one_counts_as_it() -> None:
    clock = MeetingClock(
        [300, 300],
        1800,
        [ClockEvent(RunEventKind.START, 100.0), ClockEvent(RunEventKind.NEXT, 90.0)],
    )
    assert clock.events[1].at == 100.0
    assert clock.state(50.0).meeting_elapsed == 0
    assert clock.state(110.0).items_elapsed == (0, 10)


def test_impossible_recorded_events_are_reported() -> None:
    pause = ClockEvent(RunEventKind.PAUSE, 1)
    with pytest.raises(ClockError, match="event 3 \\(pause\\)"):
        MeetingClock([300], 600, [ClockEvent(RunEventKind.START, 0), pause, pause])


def test_projected_end_against_the_cap() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(180)
    d.press("next_item")
    state = d.after(720 + 300)  # Marketing runs five minutes over
    assert state.projected_end_seconds == pytest.approx(180 + 1020 + 720 + 300 + 180)
    assert state.projected_over_cap == pytest.approx(2400 - WEEKLY_CAP)
    state = d.after(300)
    assert state.projected_over_cap == pytest.approx(300)
    assert state.meeting_clock_text == countdown_text(WEEKLY_CAP - 1500)


def test_rebalance_ends_on_the_cap_in_proportion() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(180)
    d.press("next_item")
    d.time.advance(720 + 600)  # ten minutes over: 45 min projected against a 40 min cap
    plan = d.clock.rebalance(d.time.now)
    assert plan.first_index == 2
    assert plan.fits
    assert plan.changed
    assert plan.planned[:2] == tuple(WEEKLY[:2])
    assert sum(plan.ahead) == WEEKLY_CAP - 1500
    assert all(seconds >= MIN_ITEM_SECONDS for seconds in plan.ahead)
    ratio = plan.ahead[0] / WEEKLY[2]
    assert plan.ahead[1] / WEEKLY[3] == pytest.approx(ratio, abs=0.01)
    assert plan.projected_end_seconds == pytest.approx(WEEKLY_CAP)
    assert "shorter" in plan.message
    after = d.clock.with_planned(plan.planned).state(d.time.now)
    assert after.projected_over_cap == pytest.approx(0)


def test_rebalance_keeps_a_minute_per_item() -> None:
    d = Driver([600, 600, 600, 600], 3000)
    d.press("start")
    d.time.advance(600)
    d.press("next_item")
    d.time.advance(1500)  # 900 s over; 900 s left for 1800 s of items ahead
    plan = d.clock.rebalance(d.time.now)
    assert plan.fits
    assert plan.ahead == (450, 450)
    d.time.advance(780)  # 120 s left for two items: both at a minute
    plan = d.clock.rebalance(d.time.now)
    assert plan.ahead == (MIN_ITEM_SECONDS, MIN_ITEM_SECONDS)
    assert plan.fits
    d.time.advance(70)  # 50 s left: impossible
    plan = d.clock.rebalance(d.time.now)
    assert not plan.fits
    assert plan.ahead == (MIN_ITEM_SECONDS, MIN_ITEM_SECONDS)
    assert plan.over_cap_seconds == pytest.approx(70)
    assert "one minute" in plan.message


def test_rebalance_pins_small_items_and_shares_the_rest() -> None:
    d = Driver([300, 900, 120, 900], 2220)
    d.press("start")
    d.time.advance(1300)  # 920 s left: the 2-minute item would fall to 57 s, so it keeps 60
    plan = d.clock.rebalance(d.time.now)
    assert plan.ahead == (430, MIN_ITEM_SECONDS, 430)
    assert plan.fits


def test_rebalance_when_on_time_changes_nothing() -> None:
    d = Driver()
    d.press("start")
    plan = d.clock.rebalance(d.after(60).now)
    assert not plan.changed
    assert plan.fits
    d.press("end")
    with pytest.raises(ClockError, match="ended"):
        d.clock.rebalance(d.time.now)


def test_rebalance_on_the_last_item_has_nothing_to_shorten() -> None:
    d = Driver([300], 600)
    d.press("start")
    plan = d.clock.rebalance(d.after(900).now)
    assert not plan.changed
    assert not plan.fits
    assert "No items" in plan.message


def test_pacing_after_the_end_marks_unreached_items_and_the_cost() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(200)  # 20 s long
    d.press("next_item")
    d.time.advance(660)
    d.press("extend", 60)
    d.time.advance(150)  # 780 run against 720 + 60: on its extension, 60 s long of plan
    d.press("next_item")
    d.time.advance(600)  # 120 s short
    d.press("end")
    rows = d.clock.pacing(d.time.now + 999)
    assert [row.reached for row in rows] == [True, True, True, False, False]
    assert rows[0].difference_seconds == pytest.approx(20)
    assert rows[0].overrun_seconds == pytest.approx(20)
    assert rows[1].extended_seconds == 60
    assert rows[1].allowed_seconds == 780
    assert rows[1].actual_seconds == pytest.approx(810)
    assert rows[1].overrun_seconds == pytest.approx(30)
    assert rows[1].difference_seconds == pytest.approx(90)
    assert rows[1].delay_after == pytest.approx(110)
    assert rows[1].ran_long
    assert rows[2].delay_after == pytest.approx(-10)
    assert rows[3].actual_seconds == 0
    assert rows[3].difference_seconds == 0
    assert rows[4].delay_after == pytest.approx(-10)


def test_windows_give_first_start_and_last_end() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(100)
    d.press("next_item")
    d.time.advance(100)
    d.press("previous_item")
    windows = d.clock.windows()
    assert windows[0] == (1000.0, None)
    assert windows[1] == (1100.0, 1200.0)
    assert windows[2] == (None, None)
    d.time.advance(10)
    d.press("end")
    assert d.clock.windows()[0] == (1000.0, 1210.0)


OPS = ["start", "pause", "resume", "toggle", "next_item", "previous_item", "extend", "end"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(OPS), st.floats(0, 600, allow_nan=False)),
        max_size=40,
    ),
    st.lists(st.integers(30, 900), min_size=1, max_size=6),
)
def test_any_sequence_adds_up_and_never_runs_backwards(
    ops: list[tuple[str, float]], planned: list[int]
) -> None:
    d = Driver(planned, 3600)
    started: float | None = None
    paused_total = 0.0
    paused_since: float | None = None
    ended_at: float | None = None
    previous = d.state
    for name, gap in ops:
        for fraction in (0.5, 1.0):
            state = d.clock.state(d.time.now + gap * fraction)
            assert state.meeting_elapsed >= previous.meeting_elapsed - 1e-9
            for before, after in zip(previous.items_elapsed, state.items_elapsed, strict=True):
                assert after >= before - 1e-9
            previous = state
        d.time.advance(gap)
        try:
            if name == "extend":
                d.press(name, 60)
            else:
                d.press(name)
        except ClockError:
            continue
        kind = d.clock.events[-1].kind
        now = d.time.now
        if kind == RunEventKind.START:
            started = now
        elif kind == RunEventKind.PAUSE:
            paused_since = now
        elif kind == RunEventKind.RESUME and paused_since is not None:
            paused_total += now - paused_since
            paused_since = None
        elif kind == RunEventKind.END:
            ended_at = now
            if paused_since is not None:
                paused_total += now - paused_since
                paused_since = None
    now = d.time.now + 12.5
    state = d.clock.state(now)
    if started is None:
        assert state.meeting_elapsed == 0
        return
    stop = ended_at if ended_at is not None else now
    if paused_since is not None:
        paused_total += stop - paused_since
    expected = stop - started - paused_total
    assert sum(state.items_elapsed) == pytest.approx(state.meeting_elapsed, abs=1e-6)
    assert state.meeting_elapsed == pytest.approx(expected, abs=1e-6)
    assert state.paused_seconds == pytest.approx(paused_total, abs=1e-6)
    assert all(elapsed >= 0 for elapsed in state.items_elapsed)
    pacing = d.clock.pacing(now)
    assert sum(row.difference_seconds for row in pacing) == pytest.approx(
        pacing[-1].delay_after, abs=1e-6
    )
