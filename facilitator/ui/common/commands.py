"""One way to make a user's edit undoable: a command whose redo() and undo() call the core.

redo() does the work, the first time too (QUndoStack.push calls it); undo() calls the core's
inverse. A refusal (the core's ValueError or LookupError subclasses named in `refusals`, the
disk's SaveRefused, or ChangedElsewhere for a row another moderator changed meanwhile) is
told to the window as its one-line message and makes the command obsolete, so the stack drops
it: a refused edit never sits on the stack as if it were done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.storage.write_errors import SaveRefused
from facilitator.team.conflicts import ChangedElsewhere

Tell = Callable[[str], None]
"""Shows a refusal's message where the window shows its messages."""


class EditCommand(QUndoCommand):
    """An edit the core makes in apply() and takes back in revert().

    `text` says what was done ("File note", shown in a history), `noun` what the Undo and Redo
    actions name ("note": "Undo note"), both translated by the subclass. Subclasses list the
    core's refusals they expect; anything else is a bug and is not caught.
    """

    refusals: ClassVar[tuple[type[Exception], ...]] = ()

    def __init__(self, text: str, noun: str, tell: Tell) -> None:
        super().__init__(f"{text}\n{noun}")
        self._tell = tell
        self.refusal = ""
        """The message of the last refusal, '' while every step went through."""
        self.changed_elsewhere = False
        """The last refusal was of a row someone else changed meanwhile (a reload helps)."""

    def redo(self) -> None:
        self._attempt(self.apply)

    def undo(self) -> None:
        self._attempt(self.revert)

    def apply(self) -> None:
        """Make the edit through the core."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the edit back through the core's inverse."""
        raise NotImplementedError

    def shown(self) -> None:
        """After apply() or revert() went through: bring the window up to date."""

    def describe(self, error: Exception) -> str:
        """The one-line message for a refusal; a subclass may name what was refused."""
        return str(error) or QCoreApplication.translate("EditCommand", "This change was not saved.")

    def _attempt(self, change: Callable[[], None]) -> None:
        try:
            change()
        except (*self.refusals, SaveRefused, ChangedElsewhere) as error:
            self.changed_elsewhere = isinstance(error, ChangedElsewhere)
            self.refusal = self.describe(error)
            self.setObsolete(True)
            self._tell(self.refusal)
            return
        self.refusal = ""
        self.shown()


def push_edit(stack: QUndoStack, command: EditCommand) -> bool:
    """Do the edit by pushing it; False when it was refused and so left off the stack."""
    stack.push(command)
    return not command.refusal
