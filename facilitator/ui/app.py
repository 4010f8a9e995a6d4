"""Starting the desktop app: the Qt application, the database, the main window, the demo offer.

The main window paints its frame first; SQLAlchemy and the database load after that paint
(about 0.5–1 s of imports and checks the user would otherwise stare at nothing through).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import __version__
from facilitator.resource_folder import resource_folder
from facilitator.ui.common import messages
from facilitator.ui.common.app_fonts import register_fallback_fonts

if TYPE_CHECKING:
    from facilitator.safety.recovery import Recovery
    from facilitator.storage.database import Database
    from facilitator.ui.main_window import MainWindow

APP_NAME = "Facilitator"
ORGANISATION = "Facilitator"
DEMO_DECLINED_KEY = "demo/declined"
EXIT_REFUSED = 2
EXIT_AFTER_PAINT = "FACILITATOR_EXIT_AFTER_PAINT"
"""Set to 1: print 'PAINTED <time.monotonic()>' at the first paint, then quit (benchmarks)."""
APP_ICON = "icons/facilitator.svg"
"""Every window's icon, below the resource folder."""
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
    app.setWindowIcon(QIcon(str(resource_folder() / APP_ICON)))
    register_fallback_fonts()
    return app


def build_main_window(db: Database, settings: QSettings | None = None) -> MainWindow:
    """The main window over an open database; the window module loads only when needed."""
    from facilitator.ui.main_window import MainWindow

    return MainWindow(db, settings=settings)


def offer_demo(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """Ask once whether a new user wants the demo history; True when it was loaded."""
    from facilitator.record.meetings import count_meetings

    if count_meetings(db) > 0 or settings.value(DEMO_DECLINED_KEY, False, type=bool):
        return False
    if not messages.confirm(
        parent,
        "Load a demo history?",
        "Load a demo history to explore?\n\n"
        "It fills this empty database with a few months of smarketing meetings, "
        "disputes and action items. You can start from scratch instead.",
        default_yes=True,
    ):
        settings.setValue(DEMO_DECLINED_KEY, True)
        settings.sync()
        return False
    try:
        from facilitator.record.demo import load_demo

        load_demo(db)
    except Exception as error:  # the app stays usable on an empty database
        messages.warn(parent, "Demo not loaded", f"The demo could not be loaded: {error}")
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
    from facilitator.safety.backups import network_warning

    if recovery is not None:
        messages.warn(parent, "The database was damaged", recovery.message)
    warning = network_warning(db.path)
    if warning is not None:
        messages.warn(parent, "Database on a network filesystem", warning)


class DamageWatch:
    """While the app runs, SQLITE_CORRUPT met by any query ends the event loop instead of
    printing a traceback; run() then offers the same recovery as a damaged start."""

    def __init__(self, app: QApplication) -> None:
        self.reason: str | None = None
        self._app = app
        self._previous = sys.excepthook

    def __enter__(self) -> DamageWatch:
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        reason = _damage_reason(value)
        if reason is None:
            self._previous(kind, value, tb)
            return
        if self.reason is None:
            self.reason = reason
            self._app.exit(EXIT_REFUSED)


def _damage_reason(error: BaseException | None) -> str | None:
    """What SQLite said when the error, or one it was raised from, is corruption."""
    from facilitator.storage.database import DatabaseDamaged
    from facilitator.storage.open_errors import is_corruption

    while error is not None:
        if isinstance(error, DatabaseDamaged):
            return error.reason
        if is_corruption(error):
            return "SQLite: " + " ".join(str(getattr(error, "orig", error)).split())
        error = error.__cause__ or error.__context__
    return None


def offer_restore(parent: QWidget, path: Path, reason: str) -> bool:
    """Ask whether to put the newest good backup of the damaged database in its place."""
    from facilitator.safety.recovery import restore_offer

    return messages.confirm(
        parent, "The database is damaged", restore_offer(path, reason), default_yes=True
    )


def _open(db_path: Path, damage: str | None) -> tuple[Database, Recovery | None]:
    """The database, recovered first when it was found damaged (at start or while running)."""
    from facilitator import timesource
    from facilitator.safety.recovery import open_or_recover, recover
    from facilitator.storage.database import open_database

    if damage is None:
        return open_or_recover(db_path)
    recovery = recover(db_path, timesource.now(), damage)
    return open_database(db_path), recovery


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()


def run(db_path: Path, *, is_default: bool, argv: list[str] | None = None) -> int:
    """Open the app on db_path; 2 when the database is refused, else Qt's exit code.

    The window's frame is shown and painted first; the database opens after that paint and
    the window fills in from it. A database found damaged while the app runs is recovered,
    when the user agrees, and the app starts again on it.
    """
    app = _application(argv)
    settings = QSettings()
    damage: str | None = None
    while True:
        code, damage = _run_once(app, settings, db_path, is_default=is_default, damage=damage)
        if damage is None:
            return code


def _run_once(
    app: QApplication, settings: QSettings, db_path: Path, *, is_default: bool, damage: str | None
) -> tuple[int, str | None]:
    """One window on the database: Qt's exit code, and the damage that ended it, if any."""
    from facilitator.ui.main_window import MainWindow

    window = MainWindow(settings=settings, path=db_path)
    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT) == "1"
    first_paint = _FirstPaint(window, report=exit_after_paint)
    window.show()
    first_paint.wait()
    if not window.isVisible():  # closed (Ctrl+Q) before the database was open
        return 0, None

    from facilitator.storage.database import DatabaseRefused

    created = not db_path.exists()
    try:
        db, recovery = _open(db_path, damage)
    except DatabaseRefused as error:
        messages.refuse(window, "Facilitator cannot open this database", str(error))
        window.close()
        return EXIT_REFUSED, None
    backups = None
    watch = DamageWatch(app)
    try:
        from facilitator.ui.idle_backups import IdleBackupTimer

        with watch:
            window.attach(db)
            if created:
                window.statusBar().showMessage(f"Created a new database at {db_path}", 20000)
            tell_about_storage(window, db, recovery)
            backups = IdleBackupTimer(window, db)
            if is_default and offer_demo(window, db, settings):
                window.refresh()
            else:
                from facilitator.measures.metrics import ensure_default_goals

                ensure_default_goals(db)
            if exit_after_paint:
                QTimer.singleShot(0, app.quit)
            code = app.exec()
    except Exception as error:
        reason = _damage_reason(error)
        if reason is None:
            raise
        watch.reason = reason
        code = EXIT_REFUSED
    finally:
        if backups is not None:
            backups.close()
        db.close()
    if watch.reason is None:
        return code, None
    restore = offer_restore(window, db_path, watch.reason)
    _close_windows()
    return EXIT_REFUSED, watch.reason if restore else None
