"""The app's side of idle-time backups: a timer that asks the core and backs up off the UI."""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from facilitator import timesource
from facilitator.safety.backups import IDLE_SECONDS, IdleBackup, make_backup
from facilitator.storage.database import Database

POLL_MS = 60_000


class IdleBackupTimer(QObject):
    """Polls once a minute; a due backup runs in a worker thread so the window never stalls.

    A failed backup is reported in the window's status bar; the older backups stay.
    """

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        *,
        poll_ms: int = POLL_MS,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._watcher = IdleBackup(db, idle_seconds=idle_seconds)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self._pending: Future[Path] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def poll(self) -> None:
        if self._pending is not None:
            if not self._pending.done():
                return
            error = self._pending.exception()
            self._pending = None
            if error is not None:
                self._window.statusBar().showMessage(
                    self.tr("Backup failed: {error}").format(error=error)
                )
        if self._watcher.due(time.monotonic()):
            self._pending = self._pool.submit(make_backup, self._watcher.path, timesource.now())

    def close(self) -> None:
        """Stop polling and let a backup under way finish before the database closes."""
        self._timer.stop()
        self._pool.shutdown(wait=True)
        self._watcher.close()
