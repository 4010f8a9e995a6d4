"""Starting the desktop app: the Qt application, the database, the main window, the demo offer.

The main window paints its frame first; the database opens after that paint. On a plain
SQLite file whose schema needs no upgrade, the window then fills itself through the standard
sqlite3 module (facilitator/first_fill.py) and takes input, and SQLAlchemy, its ORM and the
models (about half a second of imports) load in a background thread after that; a write made
meanwhile waits for them. Anything else (a team database, a new file, an upgrade) loads them
before the window fills.

Before that paint the app does little more than a bare PySide6 window: the shipped fallback
fonts are read and the icon (an SVG, through Qt's plugin) is set after it, a few milliseconds
before anything could show them, and nothing on the way names `Qt` (PySide6.QtCore.Qt), whose
~90 enums PySide6 builds on first use (about 25 ms). The modules the frame needs name it inside
the functions that run later, and set the few Qt properties the frame shows by name
(`label.setProperty("alignment", "AlignCenter")`), as Qt Designer's files do.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import __version__, start_collector
from facilitator.resource_folder import resource_folder
from facilitator.ui.common.app_fonts import needs_fallback, register_fallback_fonts
from facilitator.ui.language import chosen_language, install_language

if TYPE_CHECKING:
    from facilitator.safety.recovery import Recovery, StartCheck
    from facilitator.storage.database import Database
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.orm_loading import OrmLoading

APP_NAME = "Facilitator"
ORGANISATION = "Facilitator"
DEMO_DECLINED_KEY = "demo/declined"
EXIT_REFUSED = 2
EXIT_AFTER_PAINT = "FACILITATOR_EXIT_AFTER_PAINT"
"""Set to 1: print 'PAINTED <time.monotonic()>' at the first paint, 'USABLE <…>' once the
list and the selected meeting are filled and input is taken, and 'LOADED <…>' once the ORM
loaded in the background is in (where it is), then quit (benchmarks)."""
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
    install_language(app, chosen_language(QSettings()))
    return app


def _after_first_paint(app: QApplication) -> None:
    """What the first frame does without: the fallback fonts, before any name from the
    database shows, and the icon of every window (already shown ones take it too)."""
    from PySide6.QtGui import QIcon

    register_fallback_fonts()
    app.setWindowIcon(QIcon(str(resource_folder() / APP_ICON)))


def build_main_window(db: Database, settings: QSettings | None = None) -> MainWindow:
    """The main window over an open database; the window module loads only when needed."""
    from facilitator.ui.main_window import MainWindow

    return MainWindow(db, settings=settings)


def offer_demo(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """Ask once whether a new user wants the demo history; True when it was loaded."""
    from facilitator.first_fill import count_meetings
    from facilitator.ui.common import messages

    if count_meetings(db) > 0 or settings.value(DEMO_DECLINED_KEY, False, type=bool):
        return False
    if not messages.confirm(
        parent,
        QCoreApplication.translate("App", "Load a demo history?"),
        QCoreApplication.translate(
            "App",
            "Load a demo history to explore?\n\n"
            "It fills this empty database with a few months of smarketing meetings, "
            "disputes and action items. You can start from scratch instead.",
        ),
        default_yes=True,
    ):
        settings.setValue(DEMO_DECLINED_KEY, True)
        settings.sync()
        return False
    try:
        from facilitator.record.demo import load_demo

        load_demo(db)
    except Exception as error:  # the app stays usable on an empty database
        messages.warn(
            parent,
            QCoreApplication.translate("App", "Demo not loaded"),
            QCoreApplication.translate("App", "The demo could not be loaded: {error}").format(
                error=error
            ),
        )
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


def _report_usable(window: MainWindow, app: QApplication, loading: OrmLoading | None) -> None:
    """For the benchmarks: 'USABLE <time.monotonic()>' once the event loop runs (input is
    taken) with the list filled and the selected meeting shown, then quit; where the ORM loads
    in the background, once it is in, after 'LOADED <time.monotonic()>', or with exit code 1
    at once when the loading fails (the error's traceback on stderr)."""
    shown = window.current_meeting_id is None or window.editor.meeting_id is not None
    if not (window.attached and shown):
        QTimer.singleShot(10, lambda: _report_usable(window, app, loading))
        return
    print(f"USABLE {time.monotonic()}", flush=True)
    if loading is None:
        app.quit()
        return

    def loaded() -> None:
        print(f"LOADED {time.monotonic()}", flush=True)
        app.quit()

    loading.loaded.connect(loaded)
    loading.failed.connect(lambda: app.exit(1))


def tell_about_storage(parent: QWidget, db: Database, recovery: Recovery | None) -> None:
    """Say what happened to a damaged database, and warn about a network filesystem."""
    from facilitator.safety.backups import network_warning
    from facilitator.ui.common import messages

    if recovery is not None:
        title = QCoreApplication.translate("App", "The database was damaged")
        messages.warn(parent, title, recovery.message)
    warning = network_warning(db.path)
    if warning is not None:
        title = QCoreApplication.translate("App", "Database on a network filesystem")
        messages.warn(parent, title, warning)


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
    from facilitator.ui.common import messages

    return messages.confirm(
        parent,
        QCoreApplication.translate("App", "The database is damaged"),
        restore_offer(path, reason),
        default_yes=True,
    )


@dataclass
class _Choice:
    """The database a window runs on: a file, or a team database's address; `opened` when the
    team database dialog opened it already; `remembered` when it is the team database a start
    without --db reopens, so a refusal falls back on the laptop's file instead of ending."""

    target: Path | str
    opened: Database | None = None
    remembered: bool = False

    @property
    def on_server(self) -> bool:
        return not isinstance(self.target, Path)


@dataclass
class _End:
    """How one window's run ended: Qt's exit code, damage met, or the next database chosen."""

    code: int
    damage: str | None = None
    next: _Choice | None = None


def _open(
    choice: _Choice, damage: str | None
) -> tuple[Database, Recovery | None, StartCheck | None]:
    """The database, recovered first when a file was found damaged (at start or while running),
    and the check of a file that runs while the window fills in (see StartCheck).

    A team database has no file to check or recover: the server keeps it."""
    from facilitator import timesource
    from facilitator.safety.recovery import open_checking, recover
    from facilitator.storage.database import open_database

    if choice.opened is not None:
        return choice.opened, None, None
    if isinstance(choice.target, str):
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to connect_timeout
        try:
            return open_database(choice.target), None, None
        finally:
            QApplication.restoreOverrideCursor()
    if damage is None:
        return open_checking(choice.target)
    recovery = recover(choice.target, timesource.now(), damage)
    return open_database(choice.target), recovery, None


def _attach_checked(window: MainWindow, db: Database, check: StartCheck | None) -> str | None:
    """Fill the window while the start check runs; what the check found, if anything. Damage
    the check finds wins over an error that damage caused while the window filled in."""
    failed: Exception | None = None
    try:
        window.attach(db)
    except Exception as error:  # noqa: BLE001 - damage may be why; the check says
        failed = error
    found = check.verdict() if check is not None else None
    if found is None and failed is not None:
        raise failed
    return found


def _lend_window_reads(db: Database) -> OrmLoading | None:
    """On a plain SQLite file opened without an engine (its schema at head: nothing to
    upgrade), the window fills itself through sqlite3 and the ORM loads in the background once
    the window is usable (about half a second sooner; issue #20). None on any other database."""
    if db.path is None or db.engine_made:
        return None
    from facilitator.storage.window_reads import WindowReads
    from facilitator.ui.orm_loading import OrmLoading

    db.window_reads = WindowReads(db.path)
    return OrmLoading()


def _take_back_window_reads(db: Database) -> None:
    reads, db.window_reads = db.window_reads, None
    if reads is not None:
        reads.close()


def _ensure_standards(db: Database) -> None:
    """The default goals and the standard agreements, on a database that lacks them."""
    from facilitator.agreements.standard import ensure_standard_agreements
    from facilitator.measures.metrics import ensure_default_goals

    ensure_default_goals(db)
    ensure_standard_agreements(db)


def _orm_loaded(window: MainWindow, db: Database, *, standards: bool) -> None:
    """The ORM is in: the window reads through it from now on, and what waited for it runs,
    following other moderators' changes among it (the watch hooks the ORM's commits, so a
    window lent the sqlite3 reads has none until now)."""
    from facilitator.ui.team.change_follow import ChangeFollower

    window.change_follower = ChangeFollower(db, window)  # it hooks the ORM's commits
    if db.window_reads is not None and db.window_reads.changed_since_opened():
        window.change_follower.catch_up()  # a change made elsewhere before the watch began
    _take_back_window_reads(db)
    editor = window.editor
    if editor.meeting is not None:  # its minutes line was left out while the ORM loaded
        editor.header.show_minutes(db, editor.meeting)
    if standards:
        _ensure_standards(db)
    start_collector.resume()


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()


def run(db_path: Path | str, *, is_default: bool, argv: list[str] | None = None) -> int:
    """Open the app on db_path (a file or a team database's address); 2 when the database is
    refused, else Qt's exit code.

    The window's frame is shown and painted first; the database opens after that paint and
    the window fills in from it. A file found damaged while the app runs is recovered, when
    the user agrees, and the app starts again on it; another database chosen from the File
    menu gets a new window the same way. Without --db (is_default) the team database chosen
    last is opened, and the laptop's file when the server refuses.
    """
    from facilitator.paths import default_database_path

    app = _application(argv)
    settings = QSettings()
    local_file = db_path if isinstance(db_path, Path) else default_database_path()
    team = None
    if is_default:
        from facilitator.ui.team.database_switch import remembered_team_database

        team = remembered_team_database(settings)
    choice = _Choice(team, remembered=True) if team is not None else _Choice(db_path)
    damage: str | None = None
    while True:
        end = _run_once(app, settings, choice, local_file, is_default=is_default, damage=damage)
        if end.next is not None:
            choice, damage = end.next, None
        elif end.damage is None:
            return end.code
        else:
            damage = end.damage


def _refused(window: QWidget, choice: _Choice, local_file: Path, error: Exception) -> _End:
    """A database that would not open: the app ends with 2, unless it was the remembered team
    database, whose server may be away today: then the laptop's file opens instead."""
    from facilitator.ui.common import messages

    if choice.remembered:
        instead = QCoreApplication.translate(
            "App",
            "Facilitator opens this laptop's database instead; "
            "File ▸ Open team database… tries the server again.",
        )
        messages.warn(
            window,
            QCoreApplication.translate("App", "The team database could not be opened"),
            f"{error}\n\n{instead}",
        )
        window.close()
        return _End(0, next=_Choice(local_file))
    title = QCoreApplication.translate("App", "Facilitator cannot open this database")
    messages.refuse(window, title, str(error))
    window.close()
    return _End(EXIT_REFUSED)


def _run_once(
    app: QApplication,
    settings: QSettings,
    choice: _Choice,
    local_file: Path,
    *,
    is_default: bool,
    damage: str | None,
) -> _End:
    """One window on the database: how it ended (exit code, damage met, a database chosen)."""
    from facilitator.ui.main_window import MainWindow

    if needs_fallback(str(choice.target)):  # the frame names the database
        register_fallback_fonts()
    window = MainWindow(settings=settings, path=choice.target)
    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT) == "1"
    first_paint = _FirstPaint(window, report=exit_after_paint)
    window.show()
    first_paint.wait()
    _after_first_paint(app)
    if not window.isVisible():  # closed (Ctrl+Q) before the database was open
        if choice.opened is not None:
            choice.opened.close()
        return _End(0)

    from facilitator.storage.database import DatabaseDamaged, DatabaseRefused

    created = isinstance(choice.target, Path) and not choice.target.exists()
    try:
        db, recovery, check = _open(choice, damage)
    except DatabaseRefused as error:
        return _refused(window, choice, local_file, error)
    backups = None
    switch = None
    loading = None
    watch = DamageWatch(app)
    try:
        from facilitator.ui.idle_backups import IdleBackupTimer
        from facilitator.ui.team.database_switch import DatabaseSwitch
        from facilitator.ui.team.kept_at_start import send_kept_writes

        with watch:
            send_kept_writes(window, db)  # what a console kept offline, its app killed
            loading = _lend_window_reads(db)
            found = _attach_checked(window, db, check)
            if found is not None:  # opened again, recovered first, as damage at the open is
                window.close()
                return _End(EXIT_REFUSED, damage=found)
            if loading is None:
                start_collector.resume()  # the window is usable: the start is done
            switch = DatabaseSwitch(window, settings, local_file)
            if created:
                created = QCoreApplication.translate(
                    "App", "Created a new database at {location}"
                ).format(location=db.location)
                window.statusBar().showMessage(created, 20000)
            if not db.on_server:  # a server keeps its own backups; no file to warn about
                tell_about_storage(window, db, recovery)
                backups = IdleBackupTimer(window, db)
            demo = is_default and not db.on_server and offer_demo(window, db, settings)
            if demo:
                window.refresh()
            if exit_after_paint:
                QTimer.singleShot(0, lambda: _report_usable(window, app, loading))
            if loading is None:
                if not demo:
                    _ensure_standards(db)
            else:
                loading.loaded.connect(lambda: _orm_loaded(window, db, standards=not demo))
                QTimer.singleShot(0, loading.start)  # once the window takes input
            code = app.exec()
    except DatabaseRefused as error:
        if isinstance(error, DatabaseDamaged):
            watch.reason = error.reason
            code = EXIT_REFUSED
        else:  # the start check could not tell (a lock, a full disk)
            return _refused(window, choice, local_file, error)
    except Exception as error:
        reason = _damage_reason(error)
        if reason is None:
            raise
        watch.reason = reason
        code = EXIT_REFUSED
    finally:
        if backups is not None:
            backups.close()
        if loading is not None:
            loading.wait()
        _take_back_window_reads(db)
        db.close()
    if switch is not None and switch.target is not None:
        _close_windows()
        target = switch.target
        if isinstance(target, Path):
            return _End(code, next=_Choice(target))
        return _End(code, next=_Choice(target.location, opened=target))
    if watch.reason is None or db.path is None:
        return _End(code)
    restore = offer_restore(window, db.path, watch.reason)
    _close_windows()
    return _End(EXIT_REFUSED, damage=watch.reason if restore else None)
