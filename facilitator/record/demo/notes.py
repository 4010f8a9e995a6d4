"""What the demo's meetings said: the numbers each reviewed, with the note typed for each, and
the story's notes spread over each item's actual time."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from facilitator.measures.metric_units import format_value
from facilitator.record.demo.dates import month_before, month_label
from facilitator.record.demo.history import History
from facilitator.record.demo.story import ScriptedNote
from facilitator.storage.models import MetricValue, Note
from facilitator.vocabulary import MONTH_NAMES, NoteKind


def add_metrics_and_notes(history: History) -> None:
    for index, day in enumerate(history.calendar.weekly):
        ref = f"W{index}"
        week = (day - timedelta(days=7)).isocalendar()
        month = f"{month_label(day)} projected"
        follow_up = min(98.5, round(78 + index * 1.9 + history.rng.uniform(-3, 3), 1))
        mqls = round(history.target("mqls_delivered", day) * history.rng.uniform(0.88, 1.1))
        pipeline = round(
            history.target("pipeline_created", day) * history.rng.uniform(0.8, 1.2), -4
        )
        said = [
            _metric(history, ref, "mqls_delivered", mqls, month, 1, 0.1, "MQLs on pace for {v}"),
            _metric(
                history,
                ref,
                "follow_up_24h",
                follow_up,
                f"{week.year}-W{week.week:02d}",
                2,
                0.1,
                "Leads followed up within 24 hours last week: {v}",
            ),
            _metric(
                history,
                ref, "pipeline_created", pipeline, month, 2, 0.2, "Pipeline on pace for {v}"
            ),
        ]
        add_notes(history, ref, said + history.story.notes[ref])
    for ref in history.meetings:
        if ref.startswith("M-"):
            _add_management_metrics(history, ref)


def _add_management_metrics(history: History, ref: str) -> None:
    """A management meeting reviews the month before it, judged by its own day's targets."""
    day = history.meetings[ref].scheduled_at.date()
    month = month_before(day)
    label, name = month_label(month), MONTH_NAMES[month.month - 1]
    mqls = round(history.target("mqls_delivered", day) * history.rng.uniform(0.93, 1.08))
    ordinal = len(history.calendar.management) + int(ref[1:])
    conversion = round(19 + 3.5 * ordinal + history.rng.uniform(-2, 2), 1)
    pipeline = round(history.target("pipeline_created", day) * history.rng.uniform(0.85, 1.2), -4)
    said = [
        _metric(history, ref, "mqls_delivered", mqls, label, 0, 0.15, f"MQLs in {name}: {{v}}"),
        _metric(
            history,
            ref,
            "follow_up_conversion",
            conversion,
            label,
            0,
            0.3,
            f"Followed-up leads that became opportunities in {name}: {{v}}",
        ),
        _metric(
            history,
            ref,
            "pipeline_created",
            pipeline,
            label,
            0,
            0.45,
            f"Pipeline created in {name}: {{v}}",
        ),
    ]
    add_notes(history, ref, said + history.story.notes[ref])


def _metric(
    history: History,
    ref: str,
    key: str,
    value: float,
    label: str,
    item: int,
    share: float,
    said: str,
) -> ScriptedNote:
    """Record a number against its goal, and the metric note the moderator typed for it."""
    goal = history.goals[key]
    history.session.add(
        MetricValue(
            meeting=history.meetings[ref],
            goal=goal,
            value=value,
            period_label=label,
            entered_at=history.instant(ref, history.at(ref, item, share)),
        )
    )
    history.values[(ref, key)] = value
    target = history.target(key, history.meetings[ref].scheduled_at.date())
    text = said.format(v=format_value(value, goal.unit))
    text += f" (goal {format_value(target, goal.unit)})."
    return (item, NoteKind.METRIC, text, False)


def add_notes(
    history: History,
    ref: str,
    notes: Sequence[ScriptedNote],
    rng: random.Random | None = None,
) -> None:
    """Spread each item's notes over its actual window, in the order they were typed."""
    rng = history.rng if rng is None else rng
    meeting = history.meetings[ref]
    by_item: dict[int, list[tuple[NoteKind, str, bool]]] = {}
    for item, kind, text, parked in notes:
        by_item.setdefault(item, []).append((kind, text, parked))
    for item in sorted(by_item):
        entries = by_item[item]
        for number, (kind, text, parked) in enumerate(entries, start=1):
            share = (number - 0.5 + rng.uniform(-0.35, 0.35)) / len(entries)
            offset = history.at(ref, item, share)
            typed = history.instant(ref, offset)
            history.session.add(
                Note(
                    meeting=meeting,
                    item=meeting.items[item],
                    kind=kind,
                    text=text,
                    offset_seconds=offset,
                    parked=parked,
                    created_at=typed,
                    updated_at=typed,
                )
            )
            history.note_count += 1
