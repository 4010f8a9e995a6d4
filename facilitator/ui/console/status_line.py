"""The console's status line: what the last press did, or why it was refused.

A moderator glances at it in front of a room, so a refusal must not read like a success:
it starts with the word "Refused:" and is drawn in a distinct colour (colour is never the
only sign), and a screen reader hears it as a refusal through the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.ui.common.palette_colours import ERROR, tint

REFUSED_PREFIX = QT_TRANSLATE_NOOP("StatusLine", "Refused: ")
"""English here; refusal_prefix() gives it in the language spoken."""
REFUSED_DESCRIPTION = QT_TRANSLATE_NOOP("StatusLine", "Refusal: the last action was not done.")


def refusal_prefix() -> str:
    """The word that starts every refusal, in the language spoken."""
    return QCoreApplication.translate("StatusLine", REFUSED_PREFIX)


class StatusLine(QLabel):
    """One wrapped line of plain text; say() for news, refuse() for a press that was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statusLine")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote titles and notes
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click to copy it leaves typing alone
        self._refused = False
        self.say("")

    @property
    def refused(self) -> bool:
        """Whether the line now shows a refusal."""
        return self._refused

    def say(self, text: str) -> None:
        """Show news of something done (or nothing, for ''), in the neutral colour."""
        self._show(text, refused=False)

    def refuse(self, text: str) -> None:
        """Show why a press was refused: the word, the colour and the accessible description."""
        prefix = refusal_prefix()
        shown = text if text.startswith(prefix) else prefix + text
        self._show(shown, refused=True)

    def hear(self, *refusals: SignalInstance) -> None:
        """Show each refusal these signals carry (a panel's `refused`) as refuse() does."""
        for refused in refusals:
            refused.connect(self.refuse)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name, kept for callers)
        """Older callers set the text directly: that is news, as say()."""
        self.say(text)

    def _show(self, text: str, *, refused: bool) -> None:
        self._refused = refused
        tint(self, ERROR if refused else None, bold=True)  # news: the theme's own text colour
        self.setAccessibleDescription(self.tr(REFUSED_DESCRIPTION) if refused and text else "")
        super().setText(text)
