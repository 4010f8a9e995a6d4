"""PDF minutes: a meeting frozen into a snapshot, then laid out as an A4 document."""

from facilitator.minutes.pdf import render_minutes, write_minutes
from facilitator.minutes.snapshot import MinutesSnapshot, snapshot_meeting

__all__ = ["MinutesSnapshot", "render_minutes", "snapshot_meeting", "write_minutes"]
