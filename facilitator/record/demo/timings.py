"""How a demo meeting ran: plausible actual timings and clock presses from the seeded rng."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.vocabulary import RunEventKind


@dataclass
class Run:
    """How a meeting went, in seconds from its start: each item's window and the clock presses."""

    windows: list[tuple[float, float]] = field(default_factory=list)
    events: list[tuple[RunEventKind, float, int]] = field(default_factory=list)

    @property
    def length(self) -> float:
        return self.windows[-1][1]


def simulate(
    planned: Sequence[int],
    cap: int,
    rng: random.Random,
    *,
    extend: int | None,
    pause: int | None,
) -> Run:
    """Plausible actual timings: most items near plan, some short, some overrunning 30-90 s,
    and a last item the moderator cuts short so the meeting ends about on time."""
    run = Run(events=[(RunEventKind.START, 0.0, 0)])
    t = 0.0
    for index, seconds in enumerate(planned):
        if index:
            run.events.append((RunEventKind.NEXT, t, 0))
        roll = rng.random()
        if roll < 0.3:
            delta = rng.randint(30, 90)
        elif roll < 0.6:
            delta = -rng.randint(20, min(90, seconds // 3))
        else:
            delta = rng.randint(-20, 25)
        duration = float(seconds + delta)
        presses: list[tuple[RunEventKind, float, int]] = []
        if index == extend:
            added = rng.choice((60, 120))
            presses.append((RunEventKind.EXTEND, t + seconds - rng.randint(20, 50), added))
            duration = float(seconds + added + rng.randint(-15, 40))
        if index == len(planned) - 1 and t + duration > cap:
            duration = float(max(60, cap - t - rng.randint(0, 30)))
        if index == pause:
            at = t + round(duration * 0.4)
            held = rng.randint(60, 150)
            presses = [(k, o + held if o > at else o, n) for k, o, n in presses]
            presses += [(RunEventKind.PAUSE, at, 0), (RunEventKind.RESUME, at + held, 0)]
            duration += held
        run.events.extend(sorted(presses, key=lambda press: press[1]))
        run.windows.append((t, t + duration))
        t += duration
    run.events.append((RunEventKind.END, t, 0))
    return run

