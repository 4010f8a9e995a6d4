"""The PDF minutes of a meeting, laid out with ReportLab platypus from a MinutesSnapshot."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache, partial
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import (
    Flowable,
)

from facilitator.agreements.minutes_section import AgreementsSection
from facilitator.decisions.minutes_section import WinLossSection
from facilitator.funnel.minutes_section import FunnelSection
from facilitator.minutes.agenda_notes import AgendaAndNotes
from facilitator.minutes.closing import Closing
from facilitator.minutes.disputes_actions import DisputesAndActions
from facilitator.minutes.metrics_charts import MetricsAndCharts
from facilitator.minutes.opening import Opening
from facilitator.minutes.page import MinutesDocument, NumberedCanvas, footer
from facilitator.minutes.sections import Section
from facilitator.minutes.snapshot import (
    MinutesSnapshot,
    snapshot_meeting,
)
from facilitator.minutes.style import stylesheet
from facilitator.neutrality.minutes_section import NeutralitySection
from facilitator.safety.safe_write import write_atomically

if TYPE_CHECKING:
    from facilitator.storage.database import Database

PARTS: tuple[type[Section], ...] = (
    Opening,
    AgendaAndNotes,
    DisputesAndActions,
    MetricsAndCharts,
    AgreementsSection,
    WinLossSection,
    FunnelSection,
    NeutralitySection,
    Closing,
)
"""The minutes' parts in the order they print, each a module of facilitator/minutes/."""


def _story(snapshot: MinutesSnapshot, styles: StyleSheet1) -> list[Flowable]:
    """The flowables of the minutes, part by part, from one snapshot."""
    story: list[Flowable] = []
    for part in PARTS:
        story += part(snapshot, styles).flowables()
    return story


@cache
def _binary_streams() -> None:
    """Write PDF streams as plain binary, process-wide (the minutes are the app's only PDFs).

    ASCII85 only keeps a PDF 7-bit clean, which nothing here needs, at the cost of a pass over
    every stream. Set once rather than around each build, as mail renders on a worker thread.
    """
    rl_config.useA85 = 0


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cycle collection while one document is built; the cycles are freed afterwards.

    Layout makes objects by the hundred thousand, and the collector's passes over them and the
    loaded font tables took a tenth of the time. The build that found it on turns it back on.
    """
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_collecting:
            gc.enable()


def render_minutes(snapshot: MinutesSnapshot) -> bytes:
    """The minutes as PDF bytes; the same snapshot always gives the same pages."""
    styles = stylesheet()
    _binary_streams()
    buffer = BytesIO()
    version = snapshot.version.label if snapshot.version else ""
    with _collector_paused():
        document = MinutesDocument(buffer, snapshot, styles)
        story = _story(snapshot, styles)
        document.build(
            story,
            canvasmaker=partial(
                NumberedCanvas, footer=partial(footer, snapshot.prepared_on, version=version)
            ),
        )
    return buffer.getvalue()


def write_minutes(
    db: Database,
    meeting_id: int,
    path: Path,
    *,
    today: date | None = None,
    keep: Callable[[MinutesSnapshot], None] | None = None,
) -> Path:
    """Write a meeting's minutes to path all at once: a failure leaves no half-written file.

    keep is given the snapshot read (the snapshot cache keeps it for the command line).
    Raises MeetingNotFound for an unknown meeting and WriteFailed (one line for the user) when
    the folder can't be written.
    """
    path = Path(path)
    with _collector_paused():  # reading the snapshot makes ORM objects by the thousand too
        snapshot = snapshot_meeting(db, meeting_id, today=today)
        if keep is not None:
            keep(snapshot)
        data = render_minutes(snapshot)
    write_atomically(path, data)
    return path
