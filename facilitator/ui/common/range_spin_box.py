"""A spin box that explains its range when a number typed into it is out of it.

A plain QSpinBox swallows the keystroke that takes it over its maximum and, on Enter, puts its
old value back when the number is under its minimum: the moderator sees the number they typed
vanish without a word. This one says why, through `explained`, in words its owner chooses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class RangeExplainingSpinBox(QSpinBox):
    """A number typed over the maximum becomes the maximum; one under the minimum leaves the
    value as it was when the moderator presses Enter or leaves the box. Either way `explained`
    carries explain(typed), a sentence naming the range, for the form's message line."""

    explained = Signal(str)

    def __init__(
        self, explain: Callable[[int], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._explain = explain
        self._capped: tuple[str, str] | None = None
        self.editingFinished.connect(self._say_again)

    def set_explain(self, explain: Callable[[int], str]) -> None:
        """Words for the range, when they depend on what the box edits (a meeting's kind)."""
        self._explain = explain

    def explanation(self, typed: int) -> str:
        if self._explain is not None:
            return self._explain(typed)
        return self.tr("Between {minimum} and {maximum}{unit}.").format(
            minimum=self.minimum(), maximum=self.maximum(), unit=self.suffix()
        )

    def validate(self, text: str, pos: int) -> object:
        state, text, pos = super().validate(text, pos)  # type: ignore[misc]
        typed = self._typed(text)
        if state == QValidator.State.Invalid and typed is not None and typed > self.maximum():
            capped = f"{self.prefix()}{self.maximum()}"
            self._capped = (capped + self.suffix(), self.explanation(typed))
            self.explained.emit(self._capped[1])
            return QValidator.State.Acceptable, self._capped[0], len(capped)
        return state, text, pos

    def _say_again(self) -> None:
        """Enter takes the maximum in, and the form may clear its message line for the change:
        the reason is said once more, unless the moderator typed something else since."""
        if self._capped is not None and self._capped[0] == self.text():
            self.explained.emit(self._capped[1])
        self._capped = None

    def fixup(self, text: str) -> str:
        typed = self._typed(text)
        if typed is not None and not self.minimum() <= typed <= self.maximum():
            self.explained.emit(self.explanation(typed))
        return super().fixup(text)

    def _typed(self, text: str) -> int | None:
        number = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            return int(number)
        except ValueError:
            return None
