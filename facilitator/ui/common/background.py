"""One slow call (an SMTP conversation) run off the GUI thread, its outcome back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Runner(QThread):
    """The thread itself: calls the work once and emits what came of it."""

    outcome = Signal(object, object)

    def __init__(self, work: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # any failure is reported on the GUI thread
            self.outcome.emit(None, error)
        else:
            self.outcome.emit(result, None)


class BackgroundCall(QObject):
    """Runs one function at a time on a worker thread; succeeded or failed fires on the GUI
    thread. The owner must not go away while busy (dialogs refuse to close until then), since
    a message handed to a mail server can't be called back anyway."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner: _Runner | None = None

    @property
    def busy(self) -> bool:
        return self._runner is not None

    def start(self, work: Callable[[], Any]) -> bool:
        """Start the work; False (and nothing started) when a call is still under way."""
        if self._runner is not None:
            return False
        runner = _Runner(work, self)
        runner.outcome.connect(self._on_outcome)
        self._runner = runner
        runner.start()
        return True

    def _on_outcome(self, result: object, error: object) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.wait()
            runner.deleteLater()
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
