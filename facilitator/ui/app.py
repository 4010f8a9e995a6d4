"""Starting the desktop app: the Qt application, the database, the main window, the demo offer.

The main window paints its frame first; SQLAlchemy and the database load after that paint
(about 0.5–1 s of imports and checks the user would otherwise stare at nothing through).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import __version__
from facilitator.ui.app_fonts import register_fallback_fonts

if TYPE_CHECKING:
    from facilitator.recovery import Recovery
    from facilitator.storage.database import Database
    from facilitator.ui.main_window import MainWindow

APP_NAME = "Facilitator"
ORGANISATION = "Facilitator"
DEMO_DECLINED_KEY = "demo/declined"
EXIT_REFUSED = 2
EXIT_AFTER_PAINT = "FACILITATOR_EXIT_AFTER_PAINT"
"""Set to 1: print 'PAINTED <time.monotonic()>' at the first paint, then quit (benchmarks)."""
PAINT_WAIT_MS = 2000
"""How long the start waits for the frame's first paint before opening the database anyway."""


def _application(argv: list[str] | None) -> QApplication:
    """The one QApplication of the process; a test runner may have made it already."""
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    register_fallback_fonts()
    return app


def build_main_window(db: Database, settings: QSettings | None = None) -> MainWindow:
    """The main window over an open database; the window module loads only when needed."""
    from facilitator.ui.main_window import MainWindow

    return MainWindow(db, settings=settings)


def offer_demo(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """Ask once whether a new user wants the demo history; True when it was loaded."""
    from facilitator.meetings import count_meetings

    if count_meetings(db) > 0 or settings.value(DEMO_DECLINED_KEY, False, type=bool):
        return False
    answer = QMessageBox.question(
        parent,
        "Load a demo history?",
        "Load a demo history to explore?\n\n"
        "It fills this empty database with a few months of smarketing meetings, "
        "disputes and action items. You can start from scratch instead.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        settings.setValue(DEMO_DECLINED_KEY, True)
        settings.sync()
        return False
    try:
        from facilitator.demo import load_demo

        load_demo(db)
    except Exception as error:  # the app stays usable on an empty database
        QMessageBox.warning(parent, "Demo not loaded", f"The demo could not be loaded: {error}")
        return False
    return True


class _FirstPaint(QObject):
    """Notices the main window's first paint: the database opens after it, and the benchmarks
    time a start by it (printing 'PAINTED <time.monotonic()>' when asked to)."""

    painted = Signal()

    def __init__(self, window: QWidget, *, report: bool) -> None:
        super().__init__(window)
        self.seen = False
        self._report = report
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            if self._report:
                print(f"PAINTED {time.monotonic()}", flush=True)
            self.painted.emit()
        return False

    def wait(self, timeout_ms: int = PAINT_WAIT_MS) -> None:
        """Run events until the first paint; a window that never paints waits timeout_ms."""
        if self.seen:
            return
        loop = QEventLoop(self)
        self.painted.connect(loop.quit)
        limit = QTimer(loop)
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        limit.start(timeout_ms)
        loop.exec()
        loop.deleteLater()


def tell_about_storage(parent: QWidget, db: Database, recovery: Recovery | None) -> None:
    """Say what happened to a damaged database, and warn about a network filesystem."""
    from facilitator.backups import network_warning

    if recovery is not None:
        QMessageBox.warning(parent, "The database was damaged", recovery.message)
    warning = network_warning(db.path)
    if warning is not None:
        QMessageBox.warning(parent, "Database on a network filesystem", warning)


def run(db_path: Path, *, is_default: bool, argv: list[str] | None = None) -> int:
    """Open the app on db_path; 2 when the database is refused, else Qt's exit code.

    The window's frame is shown and painted first; the database opens after that paint and
    the window fills in from it.
    """
    from facilitator.ui.main_window import MainWindow

    app = _application(argv)
    settings = QSettings()
    window = MainWindow(settings=settings, path=db_path)
    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT) == "1"
    first_paint = _FirstPaint(window, report=exit_after_paint)
    window.show()
    first_paint.wait()
    if not window.isVisible():  # closed (Ctrl+Q) before the database was open
        return 0

    from facilitator.recovery import open_or_recover
    from facilitator.storage.database import DatabaseRefused

    try:
        db, recovery = open_or_recover(db_path)
    except DatabaseRefused as error:
        QMessageBox.critical(window, "Facilitator cannot open this database", str(error))
        window.close()
        return EXIT_REFUSED
    backups = None
    try:
        from facilitator.ui.idle_backups import IdleBackupTimer

        window.attach(db)
        tell_about_storage(window, db, recovery)
        backups = IdleBackupTimer(window, db)
        if is_default and offer_demo(window, db, settings):
            window.refresh()
        else:
            from facilitator.metrics import ensure_default_goals

            ensure_default_goals(db)
        if exit_after_paint:
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        if backups is not None:
            backups.close()
        db.close()
