"""How a SMART goal's deadline and objective read wherever goals are named: one line."""

from __future__ import annotations

from datetime import date


def smart_line(deadline: date | None, objective: str) -> str:
    """The goal's deadline and objective as one line ("by 31 Mar 2027 — fewer leads wasted"),
    either half alone, or empty when neither is set."""
    parts = []
    if deadline is not None:
        parts.append(f"by {deadline.day} {deadline:%b %Y}")
    if objective.strip():
        parts.append(objective.strip())
    return " — ".join(parts)
