"""The main window's right side: the chosen meeting in its editor, or a word when there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.main.meeting_list import heading_font

if TYPE_CHECKING:
    from facilitator.ui.planning.meeting_editor import MeetingEditor


class NoMeetingsPane(QWidget):
    """What the right side says before there is any meeting, instead of a blank pane."""

    def __init__(self, new_meeting: QAction, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # made with the database: see MeetingPane

        super().__init__(parent)
        heading = QLabel(self.tr("No meetings yet"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Plan your first smarketing meeting from a template. "
                "The weekly meeting comes with its agenda and a 40-minute cap."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("New meeting…"), objectName="emptyNewMeeting")
        self.button.setToolTip(self.tr("Plan a meeting from a template"))
        self.button.setDefault(True)
        self.button.clicked.connect(new_meeting.trigger)

        column = QWidget()
        column.setMaximumWidth(440)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        column_layout.addSpacing(6)
        column_layout.addWidget(text)
        column_layout.addSpacing(14)
        column_layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class MeetingPane(QStackedWidget):
    """Blank while the database opens, then the editor of one meeting or the no-meetings word.

    The editor keeps the open meeting's unsaved edits; before they would be lost the moderator
    is asked to save or discard them. The two are made with the database, after the window's
    first paint, which needs neither (see facilitator/ui/app.py).
    """

    editor: MeetingEditor
    empty: NoMeetingsPane

    def __init__(self, new_meeting: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_meeting = new_meeting
        self.addWidget(QWidget(objectName="waitingForDatabase"))

    def attach(self, editor: MeetingEditor) -> None:
        self.editor = editor
        self.empty = NoMeetingsPane(self._new_meeting)
        self.addWidget(self.empty)
        self.addWidget(editor)

    def show_empty(self) -> None:
        self.setCurrentWidget(self.empty)

    def show_editor(self) -> None:
        self.setCurrentWidget(self.editor)

    def show_meeting(self, meeting_id: int) -> None:
        """Open a meeting in the editor; the one already open keeps its edits and history."""
        if self.editor.meeting_id != meeting_id:
            self.editor.set_meeting(meeting_id)
        self.setCurrentWidget(self.editor)

    def may_leave_meeting(self) -> bool:
        """Ask Save/Discard/Cancel before the open meeting's unsaved edits would be lost."""
        editor = self.editor
        if not editor.has_unsaved_changes():
            return True
        from PySide6.QtWidgets import QMessageBox  # not before the first paint: its enums

        from facilitator.ui.common import messages

        if editor.meeting is not None:
            question = self.tr("Save your changes to “{title}”?").format(title=editor.meeting.title)
        else:
            question = self.tr("Save your changes to this meeting?")
        answer = messages.ask(
            self.window(),
            self.tr("Unsaved changes"),
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            editor.revert()
            return True
        return False
