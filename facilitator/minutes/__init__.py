"""PDF minutes: a meeting frozen into a snapshot, then laid out as an A4 document."""

from reportlab import rl_config

# ReportLab's graphics validate every attribute set on a shape unless this is off when
# reportlab.graphics is first imported (here, through the parts below): the funnel's chart is
# drawn with them, and the checks were a tenth of an export when the metric charts were too.
# The charts are built by this code, not from user input, so nothing is lost.
rl_config.shapeChecking = 0

from facilitator.minutes.pdf import render_minutes, write_minutes  # noqa: E402
from facilitator.minutes.snapshot import MinutesSnapshot, snapshot_meeting  # noqa: E402

__all__ = ["MinutesSnapshot", "render_minutes", "snapshot_meeting", "write_minutes"]
