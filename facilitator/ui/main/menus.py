"""The main window's actions and menus, and the two Help entries that only show text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from facilitator import __version__
from facilitator.ui.metrics.metrics_menu import MetricsMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from facilitator.storage.database import Database
    from facilitator.ui.planning.meeting_editor import MeetingEditor


class MainMenus(QObject):
    """Makes the window's actions and its menu bar; attach() slots in the editor's actions.

    The actions belong to the window, so their shortcuts work anywhere in it; the entries that
    need the database stay disabled until it is open.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        current_meeting: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._init_actions()
        self._init_menus(settings, current_meeting)
        self.about_action.triggered.connect(self.show_about)
        self.settings_action.triggered.connect(self.show_settings)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    def _action(self, text: str, shortcut: QKeySequence | str | None, tip: str) -> QAction:
        # Not QAction(text, parent): PySide6 would weigh the QIcon overload and build QIcon's
        # enums, about 2.5 ms before the first paint (facilitator/ui/app.py).
        action = QAction(self._window)
        action.setText(text)
        if shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])  # setShortcut() names Qt's keys
        if tip:
            action.setStatusTip(tip)
        return action

    def _init_actions(self) -> None:
        action = self._action
        self.new_meeting_action = action(
            self.tr("&New meeting…"),
            QKeySequence.StandardKey.New,
            self.tr("Plan a meeting from a template"),
        )
        self.roster_action = action(
            self.tr("&Roster…"),
            "Ctrl+Shift+P",
            self.tr("Add, edit or deactivate the people who attend"),
        )
        self.templates_action = action(
            self.tr("&Manage templates…"),
            "Ctrl+Shift+T",
            self.tr("Duplicate, edit or delete agenda templates"),
        )
        self.run_meeting_action = action(
            self.tr("&Run meeting…"),
            "Ctrl+R",
            self.tr("Open the moderator's console for this meeting"),
        )
        self.disputes_action = action(
            self.tr("&Disputes…"),
            "Ctrl+Shift+D",
            self.tr("Disputes across all meetings, with their history"),
        )
        self.action_items_action = action(
            self.tr("&Action items…"),
            "Ctrl+Shift+A",
            self.tr("Action items across all meetings; overdue ones"),
        )
        self.export_minutes_action = action(
            self.tr("&Export minutes…"),
            "Ctrl+Shift+E",
            self.tr("Save the selected meeting's minutes as a PDF"),
        )
        self.export_minutes_action.setEnabled(False)
        self.send_minutes_action = action(
            self.tr("Se&nd minutes…"),
            "Ctrl+Shift+M",
            self.tr("Email the ended meeting's minutes to its attendees"),
        )
        self.send_minutes_action.setEnabled(False)
        self.sent_mail_action = action(
            self.tr("Sent &mail…"),
            None,
            self.tr("Every mail sent about the selected meeting, by recipient"),
        )
        self.sent_mail_action.setEnabled(False)
        self.send_agenda_action = action(
            self.tr("Send a&genda…"),
            None,
            self.tr(
                "Email the planned meeting's agenda, pre-read and calendar invitation "
                "to its invitees"
            ),
        )
        self.send_agenda_action.setEnabled(False)
        self.mail_settings_action = action(
            self.tr("&Mail settings…"),
            None,
            self.tr("The SMTP server the minutes are sent through"),
        )
        self.open_team_action = action(
            self.tr("Open &team database…"),
            None,
            self.tr("Open the team's shared database on a PostgreSQL server"),
        )
        self.open_local_action = action(self.tr("Open this &laptop's database"), None, "")
        self.open_team_action.setEnabled(False)
        self.open_local_action.setEnabled(False)
        self.quit_action = action(self.tr("&Quit"), "Ctrl+Q", "")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = action(self.tr("&About Facilitator"), None, "")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action = action(self.tr("&Keyboard shortcuts"), "Ctrl+/", "")
        self.settings_action = action(
            self.tr("&Settings…"),
            "Ctrl+,",
            self.tr("The language Facilitator speaks, and other app-wide choices"),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.find_action = action(
            self.tr("&Find…"),
            QKeySequence.StandardKey.Find,
            self.tr("Search notes, decisions, disputes and action items"),
        )
        self._needs_database = (
            self.new_meeting_action,
            self.roster_action,
            self.templates_action,
            self.run_meeting_action,
            self.disputes_action,
            self.action_items_action,
            self.find_action,
        )
        for needs_database in self._needs_database:
            needs_database.setEnabled(False)

    def _init_menus(self, settings: QSettings, current_meeting: Callable[[], int | None]) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_meeting_action)
        self._file_separator = file_menu.addSeparator()
        file_menu.addAction(self.export_minutes_action)
        file_menu.addAction(self.send_minutes_action)
        file_menu.addAction(self.mail_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_team_action)
        file_menu.addAction(self.open_local_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._edit_separator = edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        meeting_menu.addAction(self.run_meeting_action)
        meeting_menu.addAction(self.disputes_action)
        meeting_menu.addAction(self.action_items_action)
        meeting_menu.addAction(self.send_agenda_action)
        meeting_menu.addAction(self.sent_mail_action)
        meeting_menu.addSeparator()
        people_menu = bar.addMenu(self.tr("Pe&ople"))
        people_menu.addAction(self.roster_action)
        templates_menu = bar.addMenu(self.tr("&Templates"))
        templates_menu.addAction(self.templates_action)
        self.metrics_menu = MetricsMenu(self._window, None, settings, current_meeting)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._file_menu, self._edit_menu, self._meeting_menu = file_menu, edit_menu, meeting_menu

    def attach(self, db: Database, editor: MeetingEditor) -> None:
        """The database is open: the editor's actions join the menus and every entry works."""
        self._file_menu.insertAction(self._file_separator, editor.save_action)
        self._file_menu.insertAction(self.export_minutes_action, editor.calendar_action)
        self._edit_menu.insertActions(
            self._edit_separator, [editor.tabs.undo_action, editor.tabs.redo_action]
        )
        self._meeting_menu.addAction(editor.save_template_action)
        self._meeting_menu.addAction(editor.revert_action)
        self.metrics_menu.attach(db)
        for action in self._needs_database:
            action.setEnabled(True)

    def set_minutes_enabled(self, enabled: bool) -> None:
        """Export and Send minutes work on the selected meeting, so only while there is one."""
        self.export_minutes_action.setEnabled(enabled)
        self.send_minutes_action.setEnabled(enabled)
        self.sent_mail_action.setEnabled(enabled)
        self.send_agenda_action.setEnabled(enabled)

    def follow_planned(self, planned: Callable[[], bool]) -> None:
        """Send agenda is for a planned meeting: asked again each time the Meeting menu opens."""
        self._meeting_menu.aboutToShow.connect(
            lambda: self.send_agenda_action.setEnabled(planned())
        )

    def show_settings(self) -> QDialog:
        """Open Settings (window-modal); it keeps its choices in the app's settings."""
        from PySide6.QtCore import Qt  # not before the first paint: facilitator/ui/app.py

        from facilitator.ui.main.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._window, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from html import escape  # not before the first paint: facilitator/ui/common/tooltips.py

        from PySide6.QtWidgets import QMessageBox  # nor its enums

        about = self.tr(
            "Runs smarketing meetings on time: a timed agenda, the presenters' clock, "
            "notes, disputes, action items and minutes."
        )
        QMessageBox.about(
            self._window,
            self.tr("About Facilitator"),
            f"<h3>Facilitator {escape(__version__)}</h3><p>{escape(about)}</p>",
        )

    def show_shortcuts(self) -> None:
        """Every key of the window's actions, then the console's, as one table."""
        from html import escape

        from facilitator.ui.common import messages
        from facilitator.ui.console.shortcuts import CONSOLE_SHORTCUTS

        rows = []
        for action in self._window.findChildren(QAction):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                name = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td><b>{escape(shortcut)}</b></td><td>{escape(name)}</td></tr>")
        console_rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td>"
            f"<td>{escape(QCoreApplication.translate('ConsoleShortcuts', what))}</td></tr>"
            for keys, what in CONSOLE_SHORTCUTS
        )
        console = escape(self.tr("While running a meeting (console)"))
        body = (
            "<table cellspacing='6'>" + "".join(rows) + "</table>"
            f"<p><b>{console}</b></p>"
            "<table cellspacing='6'>" + console_rows + "</table>"
        )
        messages.inform_markup(self._window, self.tr("Keyboard shortcuts"), body)
