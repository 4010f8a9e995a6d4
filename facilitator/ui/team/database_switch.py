"""Moving the app to another database while it runs: a team database on a server (File ▸ Open
team database…) or back to this laptop's own file (File ▸ Open this laptop's database).

The main window is made for one database, so switching closes it (asking about unsaved edits
as closing does) and the app opens a new window on the chosen database. The choice is
remembered: a start without --db opens the team database last chosen, and choosing the
laptop's file forgets it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from facilitator.ui.common import messages

if TYPE_CHECKING:
    from facilitator.storage.database import Database
    from facilitator.ui.main_window import MainWindow

TEAM_DATABASE_KEY = "database/team"
"""The team database a start without --db opens (its address: never a password)."""


def remembered_team_database(settings: QSettings) -> str | None:
    value = settings.value(TEAM_DATABASE_KEY, "")
    return str(value) if value else None


class DatabaseSwitch(QObject):
    """Works the window's two Open entries; after the window closed for a switch, `target`
    is the chosen database (opened already, for a team one) or the laptop's file."""

    chosen = Signal()

    def __init__(self, window: MainWindow, settings: QSettings, local_file: Path) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._local_file = local_file
        self._consoles: list[QMainWindow] = []
        self.target: Database | Path | None = None
        menus = window.menus
        menus.open_team_action.setEnabled(True)
        menus.open_local_action.setEnabled(window.db.on_server)
        menus.open_local_action.setStatusTip(
            self.tr("Reopen on {file}, this laptop's own database").format(file=local_file)
        )
        menus.open_team_action.triggered.connect(self.choose_team_database)
        menus.open_local_action.triggered.connect(self.choose_local_file)
        window.windows.console_opened.connect(self._consoles.append)

    def _console_open(self) -> bool:
        """A console still open: switching would close a meeting being run, so it is refused."""
        self._consoles = [console for console in self._consoles if console.isVisible()]
        if not self._consoles:
            return False
        messages.refuse(
            self._window,
            self.tr("A meeting's console is open"),
            self.tr("Close the meeting's console before opening another database."),
        )
        return True

    def choose_team_database(self) -> None:
        from facilitator.ui.team.team_database_dialog import TeamDatabaseDialog

        if self._console_open():
            return
        dialog = TeamDatabaseDialog(self._window, settings=self._settings)
        dialog.setObjectName("teamDatabaseDialog")
        dialog.opened.connect(self._switch_to_team)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def choose_local_file(self) -> None:
        if self._console_open():
            return
        self._switch(self._local_file)

    def _switch_to_team(self, database: Database) -> None:
        if not self._switch(database):
            database.close()

    def _switch(self, target: Database | Path) -> bool:
        """Close the window (it may ask about unsaved edits) and end its run; False when the
        moderator kept the window."""
        self.target = target
        if not self._window.close():
            self.target = None
            self._window.statusBar().showMessage(
                self.tr("Stayed on {database}.").format(database=self._window.db.location), 8000
            )
            return False
        if isinstance(target, Path):
            self._settings.remove(TEAM_DATABASE_KEY)
        else:
            self._settings.setValue(TEAM_DATABASE_KEY, target.location)
        self._settings.sync()
        self.chosen.emit()
        for other in QApplication.topLevelWidgets():  # the last one closed ends the app's run
            if other.isVisible():
                other.close()
        return True
