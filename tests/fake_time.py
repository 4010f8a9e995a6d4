"""The suite's one fake clock and one fake wall clock: both move only when a test moves them.

conftest.py fixes the app's wall clock with a FakeWall for every test and offers a FakeClock
as the `fake_clock` fixture; a test that runs the app in a child process imports them from here.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TODAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
"""The instant every test runs at: a Monday, noon in UTC so no time zone moves its date."""


class FakeClock:
    """A monotonic time source (seconds) the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWall:
    """The app's wall clock in a test: reads `now`, which the test sets or moves by hand."""

    def __init__(self, start: datetime = TODAY_NOON) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Machine:
    """A fake computer whose run clock and wall clock move together, by hand."""

    def __init__(self, run: float = 5000.0, wall: datetime = TODAY_NOON) -> None:
        self.time = FakeClock(run)
        self.wall = FakeWall(wall)

    def advance(self, seconds: float) -> None:
        """Real time passes: both clocks move together."""
        self.time.advance(seconds)
        self.wall.advance(seconds=seconds)
