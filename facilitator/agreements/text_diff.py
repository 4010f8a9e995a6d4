"""The difference between two versions of an agreement, line by line, as plain data: the window
marks each line by a word and a colour, the command line by a sign."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"

    @property
    def sign(self) -> str:
        return {"same": " ", "removed": "-", "added": "+"}[self.value]


@dataclass(frozen=True)
class DiffLine:
    change: Change
    text: str

    def __str__(self) -> str:
        return f"{self.change.sign} {self.text}"


def line_diff(old: str, new: str) -> list[DiffLine]:
    """Every line of both texts in order: kept, removed from old, or added in new."""
    before, after = old.splitlines(), new.splitlines()
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            lines += [DiffLine(Change.SAME, line) for line in before[a_start:a_end]]
            continue
        lines += [DiffLine(Change.REMOVED, line) for line in before[a_start:a_end]]
        lines += [DiffLine(Change.ADDED, line) for line in after[b_start:b_end]]
    return lines
