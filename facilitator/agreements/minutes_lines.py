"""What the minutes and the pre-read print of the agreements, read once into plain data: those a
meeting changed, in full, and for a management meeting those in force on its day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AgreementLine:
    name: str
    number: int
    effective_from: date
    text: str
    led_by: str = ""
    """What led to the version: the resolved dispute or the decision, in one line."""


@dataclass(frozen=True)
class AgreementsInMinutes:
    changed: tuple[AgreementLine, ...] = ()
    """The versions agreed at this meeting, any kind of meeting."""
    in_force: tuple[AgreementLine, ...] = ()
    """Every agreement's version in force on the meeting's day; a management meeting's only."""

    def __bool__(self) -> bool:
        return bool(self.changed or self.in_force)
