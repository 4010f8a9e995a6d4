"""SQLAlchemy, its ORM and the models, loaded in a background thread once the window is usable.

Importing them and configuring the mappers takes about half a second, longer than all the
rest of a start (issue #20). At a start on a plain SQLite file the window fills itself with
the standard sqlite3 module meanwhile (facilitator/first_fill.py). Nothing waits for the
thread by hand: the first write the user makes before it is done imports the record layer,
and Python's import locks hold that import until the thread's has finished.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 20
"""How often the window's thread looks whether the loading is done: the thread itself never
touches a Qt object."""


class OrmLoading(QObject):
    """Loads the ORM in a daemon thread; `loaded` is emitted in the window's thread when done.

    An error in the loading is raised again in the window's thread, where the first use of the
    record layer would meet it anyway.
    """

    loaded = Signal()
    failed = Signal()
    """Emitted in the window's thread just before the loading's error is raised there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="orm-loading", daemon=True)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    def start(self) -> None:
        self._thread.start()
        self._poll.start()

    def _load(self) -> None:
        from facilitator.storage.database import load_orm

        try:
            load_orm()
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread
            self._failed = error

    def _look(self) -> None:
        if self._thread.is_alive():
            return
        self._poll.stop()
        if self._failed is not None:
            self.failed.emit()
            raise self._failed
        self.loaded.emit()

    def wait(self) -> None:
        """At the app's end: an import still running is waited for, never cut off at exit."""
        if self._thread.ident is not None:
            self._thread.join()
