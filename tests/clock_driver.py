"""The meeting clock pressed like the console's keys, on a fake time source: how the clock's
tests without a database drive it."""

from __future__ import annotations

from fake_time import FakeClock

from facilitator.rules.clock import MeetingClock, Thresholds

WEEKLY = [180, 720, 720, 300, 180]
"""The built-in weekly agenda's planned seconds: 35 minutes."""
WEEKLY_CAP = 2400


class Driver:
    """A clock plus a fake time source: presses apply at the fake now."""

    def __init__(
        self,
        planned: list[int] | None = None,
        cap: int = WEEKLY_CAP,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.time = FakeClock()
        self.clock = MeetingClock(planned or WEEKLY, cap, thresholds=thresholds)

    def press(self, name: str, *args: int) -> None:
        """Presses the clock's key `name` (start, pause, jump, …) now."""
        event = getattr(self.clock, name)(self.time.now, *args)
        self.clock = self.clock.apply(event)

    def after(self, seconds: float):
        """The clock's state once `seconds` have passed."""
        self.time.advance(seconds)
        return self.clock.state(self.time.now)

    @property
    def state(self):
        return self.clock.state(self.time.now)
