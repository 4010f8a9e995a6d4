"""The series' owners' follow-up option under the meeting's details: whether sending the
minutes also mails each owner their own action items, for every meeting of the series.

It stays usable on an ended meeting (whose details are locked): that is when the minutes are
sent. A click is an undoable edit with its own undo stack; Ctrl+Z while the box has the focus
takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from facilitator.first_fill import owner_follow_up
from facilitator.mailing.follow_up_setting import SeriesNotFound, set_owner_follow_up
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit


class SetFollowUp(EditCommand):
    """Turn a series' owners' follow-up on or off."""

    refusals = (SeriesNotFound,)

    def __init__(self, option: FollowUpOption, db: Database, series_id: int, on: bool) -> None:
        if on:
            text = QCoreApplication.translate("FollowUpOption", "Turn on the owners' follow-up")
        else:
            text = QCoreApplication.translate("FollowUpOption", "Turn off the owners' follow-up")
        noun = QCoreApplication.translate("FollowUpOption", "follow-up option")
        super().__init__(text, noun, option.tell)
        self._option, self._db, self._series_id, self._on = option, db, series_id, on

    def apply(self) -> None:
        set_owner_follow_up(self._db, self._series_id, self._on)

    def revert(self) -> None:
        set_owner_follow_up(self._db, self._series_id, not self._on)

    def shown(self) -> None:
        self._option.reread()


class FollowUpOption(QWidget):
    """A checkbox for the shown meeting's series; hidden for a meeting outside any series."""

    changed = Signal(bool)
    """The series' option was set (by a click, an undo or a redo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="followUpOption")
        self._db: Database | None = None
        self._series_id: int | None = None
        self.checkbox = QCheckBox(
            self.tr(
                "Mail each owner their action items with the minutes (every meeting of this series)"
            ),
            objectName="followUpCheck",
        )
        self.checkbox.setToolTip(
            self.tr(
                "When the minutes are sent, each owner of an open action item also gets one "
                "short mail with only their items, the minutes attached"
            )
        )
        self.note = QLabel(objectName="followUpNote", textFormat=Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.note, 1)
        self.checkbox.clicked.connect(self._on_clicked)
        self.setVisible(False)

    def show_series(self, db: Database, series_id: int | None) -> None:
        """Show the option of this series (hidden when None); the undo history is of it."""
        if (db, series_id) != (self._db, self._series_id):
            self.undo_stack.clear()
        self._db, self._series_id = db, series_id
        self.note.clear()
        self.setVisible(series_id is not None)
        self.reread()

    def reread(self) -> None:
        """Show the option as stored."""
        if self._db is None or self._series_id is None:
            return
        try:
            on = owner_follow_up(self._db, self._series_id)
        except SeriesNotFound as gone:
            self.tell(str(gone))
            self.checkbox.setEnabled(False)
            return
        self.checkbox.setEnabled(True)
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(on)
        self.checkbox.blockSignals(False)
        self.changed.emit(on)

    def tell(self, message: str) -> None:
        self.note.setText(message)

    def _on_clicked(self, checked: bool) -> None:
        if self._db is None or self._series_id is None:
            return
        self.note.clear()
        if not push_edit(self.undo_stack, SetFollowUp(self, self._db, self._series_id, checked)):
            self.reread()
