"""Export minutes as PDF from the main window's File menu and from the console once it ends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from platformdirs import user_documents_path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab import rl_config

from facilitator import cli
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.mail.minutes_export import EXPORT_FOLDER_KEY
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    """A title with characters a file name cannot hold."""
    return new_weekly_meeting("Weekly: smarketing/sync", datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def window(show, db: Database, meeting_id: int, settings: QSettings) -> Iterator[MainWindow]:
    main = show(MainWindow(db, settings=settings))
    yield main
    main.close()


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """getSaveFileName answers path; returns the default names it was offered."""
    offered: list[str] = []

    def get_save_file_name(_parent, _caption, default, _filter="", *args, **kwargs):
        offered.append(default)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return offered


def _record_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warnings: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(messages, "warn", warning)
    return warnings


@pytest.fixture
def documents() -> Path:
    """The (test) user's documents folder, made as a desktop would have it."""
    folder = user_documents_path()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def started_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app was started from a folder of its own, where the user keeps no minutes."""
    folder = tmp_path / "started here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_file_menu_exports_the_selected_meeting_as_pdf(
    window: MainWindow,
    tmp_path: Path,
    settings: QSettings,
    documents: Path,
    started_elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "minutes.pdf"
    target.parent.mkdir()
    offered = _save_as(monkeypatch, target)
    warnings = _record_warnings(monkeypatch)
    assert window.export_minutes_action.isEnabled()
    assert window.export_minutes_action.shortcut().toString() == "Ctrl+Shift+E"
    window.export_minutes_action.trigger()
    assert warnings == []
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Minutes saved to {target}"
    day = datetime(2026, 11, 23, 9, 0, tzinfo=UTC).astimezone()
    assert Path(offered[0]) == documents / f"{day:%Y-%m-%d} Weekly- smarketing-sync minutes.pdf"
    assert settings.value(EXPORT_FOLDER_KEY) == str(target.parent)
    window.export_minutes_action.trigger()
    assert Path(offered[1]).parent == target.parent


def test_a_folder_that_cannot_be_written_warns_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")
    before = sorted(tmp_path.rglob("*"))
    _save_as(monkeypatch, blocker / "minutes.pdf")
    warnings = _record_warnings(monkeypatch)
    window.export_minutes_action.trigger()
    assert len(warnings) == 1
    assert "nothing was saved" in warnings[0]
    assert not list(tmp_path.rglob("*.pdf"))
    assert sorted(p for p in tmp_path.rglob("*") if p.suffix != ".ini") == [
        p for p in before if p.suffix != ".ini"
    ]
    assert "Minutes saved" not in window.statusBar().currentMessage()


def test_a_title_with_the_day_names_it_once_and_a_gone_folder_is_forgotten(
    show,
    db: Database,
    new_weekly_meeting: Callable[..., int],
    tmp_path: Path,
    settings: QSettings,
    documents: Path,
    started_elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dated = new_weekly_meeting(
        "Weekly smarketing meeting \N{EM DASH} 2026-12-10",
        datetime(2026, 12, 10, 12, 0).astimezone(),  # noon where the test runs
    )
    settings.setValue(EXPORT_FOLDER_KEY, str(tmp_path / "removed since"))
    offered = _save_as(monkeypatch, tmp_path / "minutes.pdf")
    window = show(MainWindow(db, settings=settings))
    assert window.select_meeting(dated)
    window.export_minutes_action.trigger()
    assert offered == [str(documents / "2026-12-10 Weekly smarketing meeting minutes.pdf")]
    window.close()


def test_without_a_documents_folder_the_export_starts_at_home(
    window: MainWindow,
    tmp_path: Path,
    started_elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not user_documents_path().exists()
    offered = _save_as(monkeypatch, tmp_path / "minutes.pdf")
    window.export_minutes_action.trigger()
    assert Path(offered[0]).parent == Path.home()
    assert Path(offered[0]).parent != started_elsewhere


def test_console_offers_export_once_the_meeting_has_ended(
    qtbot,
    meeting_id: int,
    open_console,
    end_meeting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    console = open_console(meeting_id)
    assert not console.export_button.isVisible()
    end_meeting(console)
    assert console.run.state().ended
    assert console.export_button.isVisible()
    assert console.export_button.isEnabled()
    target = tmp_path / "console minutes.pdf"
    _save_as(monkeypatch, target)
    warnings = _record_warnings(monkeypatch)
    qtbot.mouseClick(console.export_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert target.read_bytes().startswith(b"%PDF")
    assert console.status_text() == f"Minutes saved to {target}"
    console.close()


def test_the_export_keeps_the_snapshot_for_the_command_line(
    window: MainWindow,
    db: Database,
    meeting_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`facilitator minutes` of the meeting just exported renders the kept snapshot (#20)."""
    if db.path is None:
        pytest.skip("the snapshot cache is for SQLite files")
    monkeypatch.setattr(rl_config, "invariant", 1)
    exported = tmp_path / "exported.pdf"
    _save_as(monkeypatch, exported)
    window.export_minutes_action.trigger()

    def not_opened(*_args, **_kwargs):
        raise AssertionError("the command read the database")

    monkeypatch.setattr(cli, "_open", not_opened)
    written = tmp_path / "written.pdf"
    argv = ["minutes", str(meeting_id), "-o", str(written), "--db", str(db.path)]
    assert cli.main(argv) == 0
    assert capsys.readouterr().out == f"minutes written to {written}\n"
    assert written.read_bytes() == exported.read_bytes()
