"""The start's quick_check runs beside the window filling in (issue #20): on a thread of its own,
its verdict waited for before the app takes input; a check that can't tell refuses as before."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import facilitator.safety.recovery as recovery
from facilitator import timesource
from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, DatabaseRefused, open_database
from facilitator.ui import app as app_module
from facilitator.ui.common import messages


@pytest.fixture
def app_windows(qapp) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def history(db_path: Path) -> Path:
    db = open_database(db_path)
    create_meeting(
        db, builtin_template("weekly").plan, title="Weekly", scheduled_at=timesource.now()
    )
    db.close()
    return db_path


def test_the_check_runs_on_its_own_thread_and_is_done_before_input(
    app_windows: None, history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = recovery.quick_check
    seen: list[tuple[bool, bool]] = []
    at_exec: list[int] = []

    def check(db: Database) -> str | None:
        verdict = real_check(db)
        seen.append((threading.current_thread() is threading.main_thread(), verdict is None))
        return verdict

    monkeypatch.setattr(recovery, "quick_check", check)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: at_exec.append(len(seen)) or 0)

    assert app_module.run(history, is_default=False, argv=[]) == 0

    assert seen == [(False, True)]
    assert at_exec == [1]


def test_a_check_that_cannot_tell_refuses_the_database(
    app_windows: None, history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_db: Database) -> str | None:
        raise DatabaseRefused(f"{history}: another program holds it")

    refused: list[str] = []
    monkeypatch.setattr(recovery, "quick_check", locked)
    monkeypatch.setattr(messages, "refuse", lambda _parent, _title, text: refused.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *_args: pytest.fail("input was taken"))

    assert app_module.run(history, is_default=False, argv=[]) == app_module.EXIT_REFUSED

    assert refused == [f"{history}: another program holds it"]
