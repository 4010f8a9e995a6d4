"""The opening of the minutes: title, when, moderator, the figures at a glance, attendance."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.language import _, ngettext
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
            MeetingStatus.ENDED: _("MINUTES"),
            MeetingStatus.RUNNING: _("MINUTES · DRAFT"),
            MeetingStatus.PLANNED: _("MINUTES · DRAFT"),
            MeetingStatus.CANCELLED: _("MEETING CANCELLED"),
        }[s.status]
        story: list[Flowable] = [fixed(kicker, st["Kicker"]), text(s.title, st["Title"])]
        story.append(fixed(self._when(), st["Subtitle"]))
        if s.series:
            story.append(text(s.series, st["Field"], bullet=_("Series:")))
        if s.location:
            story.append(text(s.location, st["Field"], bullet=_("Where:")))
        moderator = s.moderator
        if moderator is None:
            story.append(fixed(_("Not recorded"), st["Field"], bullet=_("Moderator:")))
        elif moderator.neutral:
            line = f"{moderator.name} ({team_name(moderator.team)})"
            story.append(text(line, st["Field"], bullet=_("Moderator:")))
        else:
            label = team_name(moderator.team)
            line = _("{name} ({team}) — not neutral: belongs to {team}").format(
                name=moderator.name, team=label
            )
            story.append(text(line, st["FieldWarning"], bullet=_("Moderator:")))
        banner = {
            MeetingStatus.PLANNED: _(
                "This meeting has not been held yet: these minutes are a draft."
            ),
            MeetingStatus.RUNNING: _("This meeting is still running: these minutes are a draft."),
            MeetingStatus.CANCELLED: _("This meeting was cancelled."),
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
            fixed(
                _("Changes since version {number}").format(number=version.number - 1), st["Sub"]
            ),
        ]
        story += [text(change, st["Change"], bullet="•") for change in version.changes]
        if not version.changes:
            story.append(self._empty(_("Nothing recorded in the minutes changed.")))
        return story

    def _when(self) -> str:
        s = self.snapshot
        day = long_date(s.meeting_date)
        if s.started_at and s.ended_at:
            return f"{day} · {time_of_day(s.started_at)}–{time_of_day(s.ended_at)}"
        if s.started_at:
            return _("{day} · started {time}").format(day=day, time=time_of_day(s.started_at))
        return _("{day} · {time} (scheduled)").format(day=day, time=time_of_day(s.scheduled_at))

    def _glance(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        duration = s.duration_seconds
        if duration is None:
            time_figure = "—"
            time_label = _("not run yet; cap {cap}").format(cap=format_duration(s.cap_seconds))
        elif duration > s.cap_seconds:
            over = format_duration(duration - s.cap_seconds)
            time_figure = format_duration(duration)
            time_label = _("over the {cap} cap by {over}").format(
                cap=format_duration(s.cap_seconds), over=over
            )
        else:
            time_figure = format_duration(duration)
            time_label = _("of a {cap} cap").format(cap=format_duration(s.cap_seconds))
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
                _("present, {late} late").format(late=late) if late else _("present"),
                False,
            ),
            (str(decisions), ngettext("decision", "decisions", decisions), False),
            (
                str(open_disputes),
                ngettext("open dispute", "open disputes", open_disputes)
                + (_(", {settled} settled").format(settled=settled) if settled else ""),
                False,
            ),
            (
                str(len(s.actions_new)),
                ngettext("new action item", "new action items", len(s.actions_new)),
                False,
            ),
            (
                str(overdue),
                ngettext("overdue action item", "overdue action items", overdue),
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
        story = [self._section(_("Attendance"), "attendance")]
        marked = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT)
        # Still "invited" once the meeting is over means nobody marked them.
        groups = [(status, status.label) for status in marked]
        groups.append((AttendanceStatus.INVITED, _("Not marked")))
        for status, label in groups:
            people = s.attendees_with(status)
            if not people:
                continue
            guest = _("{team}, guest")
            names = ", ".join(
                f"{a.name} ({guest.format(team=a.team.label) if a.guest else a.team.label})"
                for a in people
            )
            story.append(text(names, st["Attendees"], bullet=f"{label} ({len(people)}):"))
        if len(story) == 1:
            story.append(self._empty(_("No attendance was recorded.")))
        if s.distribution:
            line = ", ".join(s.distribution)
            story.append(text(line, st["Attendees"], bullet=_("Distribution:")))
        return story
