"""Issue #20 point 1: the main window and every module its attach imports load without
SQLAlchemy, Alembic or the models, so the window can fill before the ORM has loaded
(facilitator/first_fill.py reads through sqlite3 meanwhile)."""

from __future__ import annotations

from pathlib import Path

from fresh_python import run_python

WINDOW_MODULES = (
    "facilitator.ui.main_window",
    "facilitator.first_fill",
    "facilitator.meeting_views",
    "facilitator.ui.history.overdue_notice",
    "facilitator.ui.history.search_panel",
    "facilitator.ui.main.run_follower",
    "facilitator.ui.planning.meeting_editor",
    "facilitator.ui.team.change_follow",
    "facilitator.ui.team.console_lease",
    "facilitator.ui.main.menus",
    "facilitator.ui.main.windows",
    "facilitator.ui.main.browser",
    "facilitator.ui.idle_backups",
    "facilitator.ui.common.messages",
)
"""main_window, and what MainWindow.attach, offer_resume and the app's start import."""

FORBIDDEN = ("sqlalchemy", "alembic", "facilitator.storage.models")


def test_the_window_and_what_attach_imports_load_no_orm(tmp_path: Path) -> None:
    code = (
        "import importlib, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        f"for name in {WINDOW_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "from facilitator.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"settings = QSettings({str(tmp_path / 'settings.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = MainWindow(settings=settings, path=Path({str(tmp_path / 'x.sqlite')!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r})))\n"
    )
    result = run_python("-c", code, home=tmp_path)
    assert result.stdout.strip().splitlines()[-1] == "[]"
