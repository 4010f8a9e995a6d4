"""The selected note in full, wrapped, under the notes list.

The list gives each note one line, and a long one ends in "…"; reading it in front of the room
should not need a hover or the editor. The line grows with the note up to a few lines, then
scrolls, so a long note never pushes the list out of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QScrollArea

MOST_LINES = 4
"""The detail line's height at most, in lines of text; a longer note scrolls within it."""
HINT = QT_TRANSLATE_NOOP("NoteDetail", "Select a note to read it here in full.")


class NoteDetail(QScrollArea):
    """The current row's note of a list, as typed (its text column's edit role), wrapped in
    a plain-text label in a scroll area of its height."""

    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(objectName="noteDetailArea")
        self._view, self._column = view, column
        self.label = QLabel(objectName="noteDetail", wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the note as typed, never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the note field
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setAccessibleName(self.tr("Selected note"))
        self._text = ""
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the note field
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_text("")
        view.selectionModel().currentRowChanged.connect(self._follow)
        view.model().modelReset.connect(self._follow)
        view.model().dataChanged.connect(self._follow)

    def _follow(self) -> None:
        """Show the note of the list's current row, or nothing when no row is current."""
        index = self._view.currentIndex()
        text = index.siblingAtColumn(self._column).data(Qt.ItemDataRole.EditRole)
        self.show_text(text if index.isValid() and isinstance(text, str) else "")

    def show_text(self, text: str) -> None:
        """Show a note's text in full; for '' (no note selected) a muted hint."""
        self._text = text
        self.label.setText(text or self.tr(HINT))
        self.label.setEnabled(bool(text))  # the hint drawn as disabled text: not a note
        self._fit_height()

    def text(self) -> str:
        """The note shown, '' while the hint is."""
        return self._text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as the wrapped note, one line at least and MOST_LINES at most."""
        line = self.label.fontMetrics().lineSpacing()
        margins = self.label.contentsMargins()
        extra = margins.top() + margins.bottom() + 2
        width = max(self.viewport().width(), 1)
        needed = self.label.heightForWidth(width)
        height = min(max(needed, line), line * MOST_LINES) + extra
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
