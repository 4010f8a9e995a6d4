"""A running meeting is run from one console at a time: the run lease is refused to a second
taker, naming the first, and is free again once released or once its process is killed. On
SQLite and, with --postgres, on the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import sessionmaker

from facilitator.storage.database import Database
from facilitator.storage.run_lease import RunLease, RunLeaseHeld, take_run_lease
from facilitator.storage.server import ServerAddress, application_name
from facilitator.storage.team_database import make_server_engine

HOLD = """
import sys
from facilitator.storage.database import open_database
from facilitator.storage.run_lease import take_run_lease
db = open_database(sys.argv[1], create=False)
lease = take_run_lease(db, int(sys.argv[2]))
print("held", flush=True)
sys.stdin.read()
"""
FREED_WITHIN_S = 30


@pytest.fixture
def leases() -> Iterator[list[RunLease]]:
    """Leases the test took, released after it."""
    taken: list[RunLease] = []
    yield taken
    for lease in taken:
        lease.release()


def test_a_second_lease_is_refused_naming_the_first_until_it_is_released(
    db: Database, meeting_id: int, leases: list[RunLease]
) -> None:
    first = take_run_lease(db, meeting_id)
    leases.append(first)
    with pytest.raises(RunLeaseHeld) as refused:
        take_run_lease(db, meeting_id)
    assert refused.value.holder == application_name()
    assert str(refused.value).startswith(
        f"This meeting is being run from {application_name()}. "
    )
    first.release()
    first.release()  # a second release is harmless
    leases.append(take_run_lease(db, meeting_id))


def test_another_meetings_lease_is_free_while_one_is_held(
    db: Database, new_weekly_meeting, leases: list[RunLease]
) -> None:
    one, other = new_weekly_meeting(), new_weekly_meeting(title="Monthly review")
    leases.append(take_run_lease(db, one))
    leases.append(take_run_lease(db, other))
    assert [lease.meeting_id for lease in leases] == [one, other]


def _take(db: Database, meeting_id: int) -> RunLease | None:
    try:
        return take_run_lease(db, meeting_id)
    except RunLeaseHeld:
        return None


def test_a_killed_holder_leaves_the_lease_free(
    db: Database, db_target: str, meeting_id: int, leases: list[RunLease]
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, db_target, str(meeting_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(RunLeaseHeld, match=rf"\(pid {child.pid}\)"):
            take_run_lease(db, meeting_id)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + FREED_WITHIN_S  # the server notices the dropped connection
    lease = _take(db, meeting_id)
    while lease is None and time.monotonic() < deadline:
        time.sleep(0.1)
        lease = _take(db, meeting_id)
    assert lease is not None
    leases.append(lease)


def test_a_server_out_of_reach_never_keeps_a_meeting_from_running() -> None:
    address = ServerAddress.parse("postgresql://nobody@127.0.0.1:9/facilitator")
    engine = make_server_engine(address)
    away = Database(None, engine, sessionmaker(engine), address=address)
    try:
        lease = take_run_lease(away, 7)
    finally:
        engine.dispose()
    assert lease.meeting_id == 7
    lease.release()
