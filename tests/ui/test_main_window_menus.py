"""The main window's menus before and after its database opens: every entry in its place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.storage.database import Database, open_database
from facilitator.ui.main_window import MainWindow

Menus = dict[str, list[tuple[str, bool]]]


@pytest.fixture
def frame(qtbot, tmp_path: Path) -> MainWindow:
    """The window as the app first paints it, while the database is still opening."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, path=tmp_path / "meetings.sqlite")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "meetings.sqlite")
    yield database
    database.close()


def menus(window: MainWindow) -> Menus:
    """Each menu's entries as (text, enabled), a separator as "-"."""
    return {
        menu.text(): [(entry.text() or "-", entry.isEnabled()) for entry in menu.menu().actions()]
        for menu in window.menuBar().actions()
    }


def test_while_the_database_opens_only_what_needs_none_is_enabled(frame: MainWindow) -> None:
    assert menus(frame) == {
        "&File": [
            ("&New meeting…", False),
            ("-", True),
            ("&Export minutes…", False),
            ("Se&nd minutes…", False),
            ("&Mail settings…", True),
            ("-", True),
            ("Open &team database…", False),
            ("Open this &laptop's database", False),
            ("-", True),
            ("&Quit", True),
        ],
        "&Edit": [("-", True), ("&Find…", False), ("-", True), ("&Settings…", True)],
        "&Meeting": [
            ("&Run meeting…", False),
            ("&Disputes…", False),
            ("&Action items…", False),
            ("Send a&genda…", False),
            ("Sent &mail…", False),
            ("-", True),
        ],
        "Pe&ople": [("&Roster…", False)],
        "&Templates": [("&Manage templates…", False)],
        "Metrics": [
            ("&Goals…", False),
            ("&Trends…", False),
            ("&Alignment baseline…", False),
            ("&Funnel…", False),
            ("&Win/loss…", False),
            ("&Decision log…", False),
            ("&Neutrality…", False),
            ("Agree&ments…", False),
        ],
        "&Help": [("&Keyboard shortcuts", True), ("-", True), ("&About Facilitator", True)],
    }


def test_the_open_database_enables_the_entries_and_brings_the_editors(
    frame: MainWindow, db: Database
) -> None:
    """The Open entries switch the app to a new window, so only the app's run enables them
    (tests/ui/test_team_database_dialog.py)."""
    frame.attach(db)
    assert menus(frame) == {
        "&File": [
            ("&New meeting…", True),
            ("&Save", False),
            ("-", True),
            ("Add to &calendar…", False),
            ("&Export minutes…", False),
            ("Se&nd minutes…", False),
            ("&Mail settings…", True),
            ("-", True),
            ("Open &team database…", False),
            ("Open this &laptop's database", False),
            ("-", True),
            ("&Quit", True),
        ],
        "&Edit": [
            ("&Undo", False),
            ("&Redo", False),
            ("-", True),
            ("&Find…", True),
            ("-", True),
            ("&Settings…", True),
        ],
        "&Meeting": [
            ("&Run meeting…", True),
            ("&Disputes…", True),
            ("&Action items…", True),
            ("Send a&genda…", False),
            ("Sent &mail…", False),
            ("-", True),
            ("Save agenda as &template…", False),
            ("Re&vert", False),
        ],
        "Pe&ople": [("&Roster…", True)],
        "&Templates": [("&Manage templates…", True)],
        "Metrics": [
            ("&Goals…", True),
            ("&Trends…", True),
            ("&Alignment baseline…", True),
            ("&Funnel…", True),
            ("&Win/loss…", True),
            ("&Decision log…", True),
            ("&Neutrality…", True),
            ("Agree&ments…", True),
        ],
        "&Help": [("&Keyboard shortcuts", True), ("-", True), ("&About Facilitator", True)],
    }
    assert frame.no_meetings_pane.isVisibleTo(frame)
