"""The console's left side: the current item and its clock, what comes next, the meeting's
total and projected end, and before the start the countdown or the reminder.

Everything is drawn from a ClockState handed in; this view keeps no time of its own.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QVBoxLayout, QWidget

from facilitator.record.meetings import AgendaItemView, MeetingView
from facilitator.record.people import moderator_warning
from facilitator.rules.clock import (
    ClockState,
    Phase,
    ago_text,
    countdown_text,
    format_seconds,
    until_text,
)
from facilitator.rules.schedule import day_text
from facilitator.ui.common.palette_colours import (
    CAUTION,
    CLOCK_PHASES,
    REMINDER,
    follow_scheme,
    tint,
)


def _panel_style(phase: Phase) -> str:
    """The clock panel in its phase's colours: at least 7:1 in either scheme."""
    colours = CLOCK_PHASES[phase].pair()
    return (
        f"#clockPanel {{ background: {colours.background.name()}; }} "
        f"#clockPanel QLabel {{ color: {colours.foreground.name()}; background: transparent; }}"
    )


def _reminder_style() -> str:
    """Amber with black text; the words say it too, never colour alone."""
    colours = REMINDER.pair()
    return (
        f"background: {colours.background.name()}; color: {colours.foreground.name()}; "
        "font-weight: bold; padding: 6px;"
    )


def presenter_of(item: AgendaItemView) -> str:
    if item.presenter_name and item.presenter_team is not None:
        return f"{item.presenter_name} ({item.presenter_team.label})"
    if item.presenter_name:
        return item.presenter_name
    if item.presenter_team is not None:
        return item.presenter_team.label
    return QCoreApplication.translate("ClockView", "No presenter")


def scaled(base: QFont, scale: float, *, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def phase_text(state: ClockState) -> str:
    """The word is always there, so the phase is never told by colour alone."""
    if state.ended:
        return QCoreApplication.translate("ClockView", "ENDED")
    if not state.started:
        return QCoreApplication.translate("ClockView", "NOT STARTED")
    if state.paused:
        paused = format_seconds(int(state.pause_elapsed))
        return QCoreApplication.translate("ClockView", "PAUSED {time}").format(time=paused)
    return state.phase_word or QCoreApplication.translate("ClockView", "ON TIME")


def announcement(state: ClockState) -> str:
    """What a screen reader says when the running item enters a phase; '' says nothing."""
    if not state.started or state.ended or state.paused:
        return ""
    if state.phase == Phase.WARNING:
        remaining = state.item_remaining
        if remaining <= 60:
            return QCoreApplication.translate("ClockView", "1 minute left")
        left = countdown_text(remaining)
        return QCoreApplication.translate("ClockView", "{time} left").format(time=left)
    if state.phase == Phase.TIME:
        return QCoreApplication.translate("ClockView", "Time")
    if state.phase == Phase.OVERRUN:
        return QCoreApplication.translate("ClockView", "Over")
    return ""


class ClockView(QWidget):
    """The item, its clock coloured by phase, and the meeting around it."""

    def __init__(self, rebalance: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announced: tuple[int, Phase] | None = None
        base = self.font()
        self.item_title = QLabel(objectName="itemTitle", wordWrap=True)
        self.item_title.setFont(scaled(base, 1.6))
        self.presenter_label = QLabel(objectName="presenterLabel")
        self.presenter_label.setFont(scaled(base, 1.15, bold=False))
        self.clock_label = QLabel("0:00", objectName="itemClock")
        self.clock_label.setFont(scaled(base, 6.0))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel(objectName="phaseWord")
        self.phase_label.setFont(scaled(base, 2.0))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(objectName="itemProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.clock_panel = QWidget(objectName="clockPanel")
        self.clock_panel.setAutoFillBackground(True)
        panel_layout = QVBoxLayout(self.clock_panel)
        panel_layout.addWidget(self.clock_label)
        panel_layout.addWidget(self.phase_label)
        panel_layout.addWidget(self.progress)

        self.next_label = QLabel(objectName="nextItem", wordWrap=True)
        self.meeting_label = QLabel(objectName="meetingTotal")
        self.meeting_label.setFont(scaled(base, 1.15))
        self.projected_label = QLabel(objectName="projectedEnd", wordWrap=True)
        self.rebalance_button = QToolButton(objectName="rebalanceButton")
        self.rebalance_button.setDefaultAction(rebalance)
        self.warning_label = QLabel(objectName="moderatorWarning", wordWrap=True)
        tint(self.warning_label, CAUTION, bold=True)
        self.countdown_label = QLabel(objectName="startCountdown")
        self.countdown_label.setFont(scaled(base, 1.15))
        self.reminder_label = QLabel(objectName="startReminder", wordWrap=True)
        follow_scheme(self.reminder_label, _reminder_style)
        self.reminder_label.setFont(scaled(base, 1.15))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminder_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.item_title)
        layout.addWidget(self.presenter_label)
        layout.addWidget(self.clock_panel, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.meeting_label)
        projected_row = QHBoxLayout()
        projected_row.addWidget(self.projected_label, 1)
        projected_row.addWidget(self.rebalance_button)
        layout.addLayout(projected_row)
        layout.addWidget(self.warning_label)

    def show_meeting(self, meeting: MeetingView) -> None:
        """What stays while the meeting runs: the warning about who moderates."""
        warning = moderator_warning(meeting.moderator_team)
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(warning is not None)

    def show_state(self, meeting: MeetingView, state: ClockState) -> None:
        item = meeting.items[state.current_index]
        self.item_title.setText(f"{state.current_index + 1}/{state.item_count}  {item.title}")
        self.presenter_label.setText(self.tr("Presenter: {name}").format(name=presenter_of(item)))
        self.clock_label.setText(state.item_clock_text)
        self.phase_label.setText(phase_text(state))
        self._announce(state)
        follow_scheme(self.clock_panel, lambda: _panel_style(state.phase))
        self.progress.setValue(round(min(max(state.item_progress, 0.0), 1.0) * 1000))
        percent = round(state.item_progress * 100)
        self.progress.setFormat(self.tr("{percent} % of the item").format(percent=percent))
        if state.next_index is None:
            self.next_label.setText(self.tr("Next: nothing — this is the last item"))
        else:
            following = meeting.items[state.next_index]
            self.next_label.setText(
                self.tr("Next: {title} — {presenter} ({planned})").format(
                    title=following.title,
                    presenter=presenter_of(following),
                    planned=format_seconds(state.items_planned[state.next_index]),
                )
            )
        self.meeting_label.setText(
            self.tr("Meeting {elapsed} of {cap} — {left} left").format(
                elapsed=format_seconds(int(state.meeting_elapsed)),
                cap=format_seconds(state.cap_seconds),
                left=state.meeting_clock_text,
            )
        )
        self._show_projected(state)

    def _announce(self, state: ClockState) -> None:
        """Once per phase change of an item, so a screen reader hears it without watching."""
        heard = (state.current_index, state.phase)
        if heard == self._announced:
            return
        self._announced = heard
        words = announcement(state)
        if words:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.phase_label, words))

    def _show_projected(self, state: ClockState) -> None:
        projected = format_seconds(round(state.projected_end_seconds))
        cap = format_seconds(state.cap_seconds)
        if state.projected_over_cap > 0:
            over = format_seconds(round(state.projected_over_cap))
            self.projected_label.setText(
                self.tr("Projected end {projected} against a cap of {cap}: {over} over").format(
                    projected=projected, cap=cap, over=over
                )
            )
        else:
            self.projected_label.setText(
                self.tr("Projected end {projected} within the cap of {cap}").format(
                    projected=projected, cap=cap
                )
            )

    def show_start(self, to_start: float | None, scheduled: datetime, now: datetime) -> None:
        """Before the start (to_start: seconds to it, None once started): the countdown, or
        the reminder once the time has passed."""
        if to_start is None:
            self.countdown_label.setVisible(False)
            self.reminder_label.setVisible(False)
            return
        if to_start > 0:
            self.countdown_label.setText(
                self.tr("Starts in {time}").format(time=until_text(to_start))
            )
            self.countdown_label.setVisible(True)
            self.reminder_label.setVisible(False)
            return
        local = scheduled.astimezone()
        at = f"{local:%H:%M}"
        if local.date() != now.astimezone().date():
            at = f"{day_text(local)} {at}"
        self.reminder_label.setText(
            self.tr("Scheduled {at} — {ago}. Press Ctrl+Space to start.").format(
                at=at, ago=ago_text(-to_start)
            )
        )
        self.reminder_label.setVisible(True)
        self.countdown_label.setVisible(False)
