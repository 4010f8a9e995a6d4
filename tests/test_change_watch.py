"""The main window hears of changes made elsewhere: a write from another app (another
Database, another application_name) is seen once, the app's own writes are not. On SQLite
and, with --postgres, on the server."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest

from facilitator.record.meetings import create_meeting
from facilitator.record.notes import add_note
from facilitator.record.templates import builtin_template
from facilitator.storage import server
from facilitator.storage.change_watch import ChangeWatch, watch_changes
from facilitator.storage.database import Database, open_database
from facilitator.vocabulary import NoteKind

ARRIVES_WITHIN_S = 10
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def watch(db: Database) -> Iterator[ChangeWatch]:
    watching = watch_changes(db)
    yield watching
    watching.close()


@pytest.fixture
def elsewhere(db_target: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The same database opened as another app would: its own engine, another name on the
    server."""
    monkeypatch.setattr(server, "application_name", lambda: "Facilitator on elsewhere (pid 1)")
    other = open_database(db_target, create=False)
    yield other
    other.close()


def _plan(db: Database, title: str) -> int:
    return create_meeting(db, builtin_template("weekly").plan, title=title, scheduled_at=MONDAY)


def _eventually(watch: ChangeWatch) -> bool:
    """Asks until the watch says yes (a notification crosses the network), or time is up."""
    deadline = time.monotonic() + ARRIVES_WITHIN_S
    while time.monotonic() < deadline:
        if watch.changed_elsewhere():
            return True
        time.sleep(0.05)
    return False


def _own_arrived(watch: ChangeWatch, count: int) -> Callable[[], bool]:
    """On the server: our own notifications have arrived (and were not taken as a change);
    an SQLite file's counter moves at once."""
    return lambda: getattr(watch, "heard", count) >= count


def _answers_until(watch: ChangeWatch, arrived: Callable[[], bool]) -> tuple[list[bool], bool]:
    """The watch's answers, asked until our own notifications have arrived (or time is up),
    and whether they did."""
    answers: list[bool] = []
    deadline = time.monotonic() + ARRIVES_WITHIN_S
    while True:
        answers.append(watch.changed_elsewhere())
        if arrived() or time.monotonic() > deadline:
            return answers, arrived()
        time.sleep(0.05)


def test_nothing_changed_is_nothing_seen(watch: ChangeWatch) -> None:
    assert not watch.changed_elsewhere()


def test_our_own_writes_are_not_seen(db: Database, watch: ChangeWatch) -> None:
    meeting_id = _plan(db, "Ours")
    add_note(db, meeting_id, None, NoteKind.NOTE, "ours too", 5)
    answers, arrived = _answers_until(watch, _own_arrived(watch, 2))
    assert arrived
    assert not any(answers)


def test_a_write_from_another_app_is_seen_once(
    db: Database, elsewhere: Database, watch: ChangeWatch
) -> None:
    _plan(elsewhere, "Theirs")
    assert _eventually(watch)
    assert not watch.changed_elsewhere()


def test_their_write_is_seen_even_when_ours_follows_it_before_the_question(
    db: Database, elsewhere: Database, watch: ChangeWatch
) -> None:
    _plan(elsewhere, "Theirs")
    _plan(db, "Ours")
    assert _eventually(watch)


def test_a_server_gone_away_is_no_change_and_no_error(
    server_database: Callable[..., str], postgres_url: str
) -> None:
    """The main window asks every two seconds: a database the server no longer has (or a
    server away) answers no, without an exception in the window's event loop, and is not
    asked again at once."""
    import server_databases

    address = server_database()
    db = open_database(address)
    watching = watch_changes(db)
    try:
        watching.close()  # the listening connection lost
        db.engine.dispose()
        server_databases.drop_database(postgres_url, address)
        assert not watching.changed_elsewhere()
        assert not watching.changed_elsewhere()
    finally:
        watching.close()
        db.close()
