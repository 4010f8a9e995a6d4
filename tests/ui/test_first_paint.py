"""Issue #8's start target: the main window paints its frame before SQLAlchemy loads, then
opens the database and fills in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fresh_python import run_python
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableView

import facilitator.safety.recovery
from facilitator.storage.database import Database, open_database
from facilitator.ui.app import run
from facilitator.ui.common import messages
from facilitator.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_settings_folder")


def test_the_app_and_main_window_modules_do_not_import_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import facilitator.ui.app, facilitator.ui.main_window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    result = run_python("-c", code)
    assert result.stdout.strip() == "[]"


def test_the_first_paint_comes_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """-X importtime writes each import to stderr as it happens; PAINTED is on stdout, flushed:
    one pipe for both keeps their order."""
    result = run_python(
        *("-X", "importtime", "-m", "facilitator", "--db", str(tmp_path / "f.db")),
        home=tmp_path,
        extra={"FACILITATOR_EXIT_AFTER_PAINT": "1"},
        merged=True,
    )
    lines = result.stdout.splitlines()
    painted = next(i for i, line in enumerate(lines) if line.startswith("PAINTED "))
    first_sqlalchemy = next(i for i, line in enumerate(lines) if "sqlalchemy" in line)
    assert painted < first_sqlalchemy
    usable = [i for i, line in enumerate(lines) if line.startswith("USABLE ")]
    assert len(usable) == 1 and usable[0] > first_sqlalchemy
    assert float(lines[usable[0]].split()[1]) > float(lines[painted].split()[1])
    assert (tmp_path / "f.db").exists()


def test_usable_is_reported_once_the_list_and_the_selected_meeting_are_filled(
    tmp_path: Path, db_path: Path
) -> None:
    """The benchmarks' 'usable': a demo history's list and its default meeting shown first."""
    from facilitator.record.demo import load_demo

    setup = open_database(db_path)
    load_demo(setup)
    setup.close()
    code = (
        "import sys\n"
        "import facilitator.ui.app as app\n"
        "real = app._report_usable\n"
        "def looked(window, *rest):\n"
        "    if window.attached and window.editor.meeting_id is not None:\n"
        "        rows = window.meeting_table.model().rowCount()\n"
        "        print('SHOWN', rows, window.editor.meeting_id == window.current_meeting_id,"
        " flush=True)\n"
        "    real(window, *rest)\n"
        "app._report_usable = looked\n"
        "from facilitator.cli import main\n"
        f"sys.exit(main(['--db', {str(db_path)!r}]))\n"
    )
    result = run_python(
        "-c", code, home=tmp_path, extra={"FACILITATOR_EXIT_AFTER_PAINT": "1"}
    )
    words = [line.split()[0] for line in result.stdout.splitlines()]
    assert words == ["PAINTED", "SHOWN", "USABLE", "LOADED"]
    shown = next(line for line in result.stdout.splitlines() if line.startswith("SHOWN"))
    assert int(shown.split()[1]) > 0 and shown.split()[2] == "True"


def test_the_frame_says_what_it_opens_and_fills_in_when_the_database_is_attached(
    qtbot, show, settings: QSettings, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting("Weekly smarketing")
    window = show(MainWindow(settings=settings, path=db.path))

    opening = window.findChild(QLabel, "openingDatabase")
    assert opening.isVisible()
    assert opening.text() == f"Opening {db.path.name}…"
    assert window.findChild(QTableView, "meetingTable") is None  # made when the database is in
    assert not window.attached
    assert not window.new_meeting_action.isEnabled()
    assert not window.find_action.isEnabled()
    assert not window.metrics_menu.goals_action.isEnabled()
    assert db.path.name in window.windowTitle()

    window.attach(db)

    qtbot.waitUntil(window.meeting_table.isVisible)
    assert not opening.isVisible()
    assert window.meeting_table.model().rowCount() == 1
    assert window.current_meeting_id == meeting_id
    assert window.editor.isVisible()
    assert window.new_meeting_action.isEnabled()
    assert window.metrics_menu.goals_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts.index("&New meeting…") < texts.index(window.editor.save_action.text())
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-2:] == ["Metrics", "&Help"]


def test_tab_walks_the_filters_then_the_table_though_both_are_made_after_the_frame(
    qtbot, show, settings: QSettings, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    """The table is made when the database is in and the custom dates when first chosen, each
    last; Tab still goes from the filters to the dates, then to the table, as the eye reads."""
    new_weekly_meeting("Weekly smarketing")
    window = show(MainWindow(settings=settings, path=db.path), active=True)
    window.attach(db)
    bar = window.filter_bar
    bar.period_box.setFocus()
    qtbot.waitUntil(bar.period_box.hasFocus)
    qtbot.keyClick(bar.period_box, Qt.Key.Key_Tab)  # Clear filters: disabled, nothing chosen
    qtbot.waitUntil(window.meeting_table.hasFocus)

    bar.period_box.setCurrentIndex(bar.period_box.findData("custom"))
    bar.period_box.setFocus()
    qtbot.waitUntil(bar.period_box.hasFocus)
    fields = {
        "Clear filters": bar.clear_button,
        "From": bar.from_edit,
        "To": bar.to_edit,
        "the table": window.meeting_table,
    }
    reached: list[str] = []
    while "the table" not in reached and len(reached) < 12:  # a date box tabs through its parts
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = next((name for name, field in fields.items() if field.hasFocus()), "elsewhere")
        if not reached or reached[-1] != name:
            reached.append(name)
    assert reached == ["Clear filters", "From", "To", "the table"]


def test_run_paints_the_frame_then_opens_the_database_and_fills_the_list(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = open_database(db_path)
    from facilitator.record.demo import load_demo

    load_demo(setup)
    setup.close()
    seen_at_open: list[tuple[bool, bool]] = []
    frames: list[MainWindow] = []
    real_open = facilitator.safety.recovery.open_checking

    def open_after_looking(path: Path):  # type: ignore[no-untyped-def]
        frames.extend(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and not w.attached and w.isVisible()
        )  # a window an earlier test closed may linger among the top-level widgets
        window = frames[0]
        opening = window.findChild(QLabel, "openingDatabase")
        table = window.findChild(QTableView, "meetingTable")
        seen_at_open.append((opening.isVisible(), table is not None and table.isVisible()))
        return real_open(path)

    monkeypatch.setattr(facilitator.safety.recovery, "open_checking", open_after_looking)
    monkeypatch.setattr(messages, "ask", lambda *_args: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)

    assert run(db_path, is_default=False, argv=[]) == 0

    assert seen_at_open == [(True, False)]
    assert len(frames) == 1
    window = frames[0]
    qtbot.addWidget(window)
    assert window.attached
    assert window.meeting_table.isVisible()
    assert window.meeting_table.model().rowCount() > 0
    assert window.current_meeting_id is not None


NAMESPACE_AT_PAINT = """
import builtins, sys
import PySide6.QtCore as core
from facilitator.cli import main

shown = builtins.print


def print_noting_the_namespace(*args, **kwargs):
    if args and str(args[0]).startswith("PAINTED "):
        shown(f"NAMESPACE {'Qt' in vars(core)}", flush=True)
    shown(*args, **kwargs)


builtins.print = print_noting_the_namespace
raise SystemExit(main(["--db", sys.argv[1]]))
"""


def test_the_first_paint_builds_no_qt_namespace(tmp_path: Path) -> None:
    """PySide6 makes the `Qt` namespace's enums on its first use, about 25 ms the bare window
    never spends (issue #20 point 1): the first frame's modules name Qt only after the paint."""
    result = run_python(
        "-c",
        NAMESPACE_AT_PAINT,
        str(tmp_path / "f.db"),
        home=tmp_path,
        extra={"FACILITATOR_EXIT_AFTER_PAINT": "1"},
    )
    lines = result.stdout.splitlines()
    assert "NAMESPACE False" in lines
    assert lines.index("NAMESPACE False") + 1 == next(
        i for i, line in enumerate(lines) if line.startswith("PAINTED ")
    )
