"""The console's agenda: every item with its planned time, the current one marked NOW."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from facilitator.record.meetings import MeetingView
from facilitator.rules.clock import ClockState, format_seconds

AGENDA_ROWS_SHOWN = 8
"""The agenda list grows with the agenda up to this many rows, then scrolls."""


class AgendaList(QListWidget):
    """Shows where the run is; never takes the focus, so keys stay with the note input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="agendaList")
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(self.tr("The meeting's items; the running one is marked"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._meeting: MeetingView | None = None

    def show_meeting(self, meeting: MeetingView) -> None:
        self._meeting = meeting
        self.clear()
        for index, item in enumerate(meeting.items):
            self.addItem(f"{index + 1}. {item.title}")
        rows = min(max(len(meeting.items), 1), AGENDA_ROWS_SHOWN)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height())
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)

    def show_state(self, state: ClockState) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        for index in range(self.count()):
            row = self.item(index)
            planned = format_seconds(state.items_planned[index])
            current = index == state.current_index
            if current:
                marker = self.tr("▶ NOW") + "  "
            elif state.items_reached[index] and index < state.current_index:
                marker = "✓ "
            else:
                marker = ""
            text = f"{marker}{index + 1}. {meeting.items[index].title}  ({planned})"
            if row.text() != text:
                row.setText(text)
            font = row.font()
            if font.bold() != current:
                font.setBold(current)
                row.setFont(font)
        if self.currentRow() != state.current_index:
            self.setCurrentRow(state.current_index)
