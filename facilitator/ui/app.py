"""Starting the desktop app: the Qt application, the database, the main window, the demo offer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import __version__
from facilitator.meetings import count_meetings
from facilitator.storage.database import Database, DatabaseRefused, open_database

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

APP_NAME = "Facilitator"
ORGANISATION = "Facilitator"
DEMO_DECLINED_KEY = "demo/declined"
EXIT_REFUSED = 2


def _application(argv: list[str] | None) -> QApplication:
    """The one QApplication of the process; a test runner may have made it already."""
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    return app


def build_main_window(db: Database, settings: QSettings | None = None) -> MainWindow:
    """The main window over an open database; the window module loads only when needed."""
    from facilitator.ui.main_window import MainWindow

    return MainWindow(db, settings=settings)


def offer_demo(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """Ask once whether a new user wants the demo history; True when it was loaded."""
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


def run(db_path: Path, *, is_default: bool, argv: list[str] | None = None) -> int:
    """Open the app on db_path; 2 when the database is refused, else Qt's exit code."""
    app = _application(argv)
    try:
        db = open_database(db_path)
    except DatabaseRefused as error:
        QMessageBox.critical(None, "Facilitator cannot open this database", str(error))
        return EXIT_REFUSED
    try:
        settings = QSettings()
        window = build_main_window(db, settings)
        window.show()
        if is_default and offer_demo(window, db, settings):
            window.refresh()
        return app.exec()
    finally:
        db.close()
