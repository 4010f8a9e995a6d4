"""The opening of the minutes: title, when, moderator, the figures at a glance, attendance."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.minutes.paragraphs import fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.style import (
    FRAME_WIDTH,
    RED,
    RED_SHADE,
    SHADE,
    TABLE_FONT,
)
from facilitator.minutes.words import (
    long_date,
    team_name,
    time_of_day,
)
from facilitator.rules.agenda import format_duration
from facilitator.vocabulary import (
    AttendanceStatus,
    MeetingStatus,
    NoteKind,
)


class Opening(Section):
    """The opening of the minutes: title, when, moderator, the figures at a glance, attendance."""

    def parts(self) -> Parts:
        return (self._title_block, self._changes, self._glance, self._attendance)

    def _title_block(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        kicker = {
            MeetingStatus.ENDED: "MINUTES",
            MeetingStatus.RUNNING: "MINUTES · DRAFT",
            MeetingStatus.PLANNED: "MINUTES · DRAFT",
            MeetingStatus.CANCELLED: "MEETING CANCELLED",
        }[s.status]
        story: list[Flowable] = [fixed(kicker, st["Kicker"]), text(s.title, st["Title"])]
        story.append(fixed(self._when(), st["Subtitle"]))
        if s.series:
            story.append(text(s.series, st["Field"], bullet="Series:"))
        if s.location:
            story.append(text(s.location, st["Field"], bullet="Where:"))
        moderator = s.moderator
        if moderator is None:
            story.append(fixed("Not recorded", st["Field"], bullet="Moderator:"))
        elif moderator.neutral:
            line = f"{moderator.name} ({team_name(moderator.team)})"
            story.append(text(line, st["Field"], bullet="Moderator:"))
        else:
            label = team_name(moderator.team)
            line = f"{moderator.name} ({label}) — not neutral: belongs to {label}"
            story.append(text(line, st["FieldWarning"], bullet="Moderator:"))
        banner = {
            MeetingStatus.PLANNED: "This meeting has not been held yet: these minutes are a draft.",
            MeetingStatus.RUNNING: "This meeting is still running: these minutes are a draft.",
            MeetingStatus.CANCELLED: "This meeting was cancelled.",
        }.get(s.status)
        if banner:
            box = Table([[fixed(banner, st["Banner"])]], colWidths=[FRAME_WIDTH])
            box.setStyle(
                TableStyle(
                    [
                        TABLE_FONT,
                        ("BACKGROUND", (0, 0), (-1, -1), RED_SHADE),
                        ("BOX", (0, 0), (-1, -1), 0.6, RED),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            story += [Spacer(1, 6), box]
        return story

    def _changes(self) -> list[Flowable]:
        """What an amendment changed since the version sent before, right under the title."""
        version, st = self.snapshot.version, self.styles
        if version is None or not version.amended:
            return []
        story: list[Flowable] = [
            Spacer(1, 6),
            fixed(f"Changes since version {version.number - 1}", st["Sub"]),
        ]
        story += [text(change, st["Change"], bullet="•") for change in version.changes]
        if not version.changes:
            story.append(self._empty("Nothing recorded in the minutes changed."))
        return story

    def _when(self) -> str:
        s = self.snapshot
        day = long_date(s.meeting_date)
        if s.started_at and s.ended_at:
            return f"{day} · {time_of_day(s.started_at)}–{time_of_day(s.ended_at)}"
        if s.started_at:
            return f"{day} · started {time_of_day(s.started_at)}"
        return f"{day} · {time_of_day(s.scheduled_at)} (scheduled)"

    def _glance(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        duration = s.duration_seconds
        if duration is None:
            time_figure, time_label = "—", f"not run yet; cap {format_duration(s.cap_seconds)}"
        elif duration > s.cap_seconds:
            over = format_duration(duration - s.cap_seconds)
            time_figure = format_duration(duration)
            time_label = f"over the {format_duration(s.cap_seconds)} cap by {over}"
        else:
            time_figure = format_duration(duration)
            time_label = f"of a {format_duration(s.cap_seconds)} cap"
        late = len(s.attendees_with(AttendanceStatus.LATE))
        present = len(s.attendees_with(AttendanceStatus.PRESENT)) + late
        decisions = len(s.notes_of(NoteKind.DECISION))
        open_disputes = len(s.open_disputes)
        settled = len(s.disputes) - open_disputes
        overdue = len(s.overdue_actions)
        figures = [
            (time_figure, time_label, duration is not None and duration > s.cap_seconds),
            (
                f"{present}/{len(s.attendees)}",
                f"present, {late} late" if late else "present",
                False,
            ),
            (str(decisions), "decision" if decisions == 1 else "decisions", False),
            (
                str(open_disputes),
                ("open dispute" if open_disputes == 1 else "open disputes")
                + (f", {settled} settled" if settled else ""),
                False,
            ),
            (
                str(len(s.actions_new)),
                "new action item" if len(s.actions_new) == 1 else "new action items",
                False,
            ),
            (
                str(overdue),
                "overdue action items" if overdue != 1 else "overdue action item",
                bool(overdue),
            ),
        ]
        cells = [
            [
                fixed(figure, st["GlanceFigureRed" if alarm else "GlanceFigure"]),
                fixed(label, st["GlanceLabel"]),
            ]
            for figure, label, alarm in figures
        ]
        strip = Table([cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells))
        strip.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return [Spacer(1, 8), strip]

    def _attendance(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Attendance", "attendance")]
        marked = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT)
        # Still "invited" once the meeting is over means nobody marked them.
        groups = [(status, status.label) for status in marked]
        groups.append((AttendanceStatus.INVITED, "Not marked"))
        for status, label in groups:
            people = s.attendees_with(status)
            if not people:
                continue
            names = ", ".join(
                f"{a.name} ({a.team.label}{', guest' if a.guest else ''})" for a in people
            )
            story.append(text(names, st["Attendees"], bullet=f"{label} ({len(people)}):"))
        if len(story) == 1:
            story.append(self._empty("No attendance was recorded."))
        if s.distribution:
            line = ", ".join(s.distribution)
            story.append(text(line, st["Attendees"], bullet="Distribution:"))
        return story
