"""A running meeting never waits on the network (issue #16 point 4): while the team server is
away, notes, disputes, action items and clock presses go to the laptop's journal, and are
written to the server in order when it is back, each exactly once."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from conftest import WEEKLY_AT
from fake_time import TODAY_NOON, FakeClock
from server_databases import cluster_variables, server_control, server_url
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from facilitator.record.action_items import action_items_made_at
from facilitator.record.disputes import disputes_raised_at
from facilitator.record.meetings import create_meeting
from facilitator.record.notes import add_note, notes_of
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.rules.clock import ClockError
from facilitator.storage.database import Database, open_database
from facilitator.storage.journal import Entry, Journal, journal_path
from facilitator.storage.models import AppliedWrite, RunEvent
from facilitator.storage.server import TCP_USER_TIMEOUT_MS, ServerAddress
from facilitator.team.journaled_run import JournaledRun
from facilitator.team.offline import Journaling, Sent, send_if_back, send_journal
from facilitator.vocabulary import DisputeCategory, NoteKind, RunEventKind, Team


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite")


@pytest.fixture
def team_db(server_database: Callable[..., str]) -> Iterator[Database]:
    database = open_database(server_database())
    yield database
    database.close()


def _meeting(db: Database) -> int:
    plan = builtin_template("weekly").plan
    return create_meeting(db, plan, title="Weekly smarketing", scheduled_at=WEEKLY_AT)


def _note(journaling: Journaling, meeting_id: int, text: str, offset: float) -> int:
    return journaling.add_note(meeting_id, None, NoteKind.NOTE, text, offset)


def _texts(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def _answer_lost_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next COMMIT reaches the database and is saved, then its answer is lost on the way
    back: the connection drops, as a network cut or a server restart after the commit does."""
    commit = Session.commit

    def saved_then_lost(self: Session) -> None:
        commit(self)
        monkeypatch.setattr(Session, "commit", commit)
        lost = psycopg.OperationalError("server closed the connection unexpectedly")
        raise OperationalError("COMMIT", None, lost, connection_invalidated=True)

    monkeypatch.setattr(Session, "commit", saved_then_lost)


def test_the_journal_lives_beside_the_settings_and_keeps_entries_in_order(
    journal: Journal,
) -> None:
    assert journal_path().name == "journal.sqlite"
    assert "facilitator" in str(journal_path().parent).lower()
    first = journal.add("postgresql://a@h/one", "note", {"text": "one"})
    journal.add("postgresql://a@h/two", "note", {"text": "elsewhere"})
    second = journal.add("postgresql://a@h/one", "note", {"text": "two"})
    again = Journal(journal.path)  # another process reading the same file
    assert [entry.payload["text"] for entry in again.waiting("postgresql://a@h/one")] == [
        "one",
        "two",
    ]
    assert first.local_id < 0 and second.seq > first.seq
    assert again.databases_waiting() == ["postgresql://a@h/one", "postgresql://a@h/two"]


def test_the_server_stopped_is_the_tests_own_cluster(team_db: Database) -> None:
    """Stopping the script's default cluster (port 55432) instead of the one at
    $FACILITATOR_TEST_POSTGRES would test nothing and stop another run's server."""
    url = server_url()
    assert url is not None
    named = cluster_variables(url)
    assert named["FACILITATOR_TEST_PGPORT"] == str(ServerAddress.parse(url).url.port or 5432)
    assert (Path(named["FACILITATOR_TEST_PGDATA"]) / "PG_VERSION").is_file()


def test_a_server_stopped_mid_meeting_gets_every_note_once_in_order_when_back(
    team_db: Database, journal: Journal
) -> None:
    clock = FakeClock()
    meeting_id = _meeting(team_db)
    journaling = Journaling(team_db, journal)
    told: list[str] = []
    journaling.on_offline = lambda: told.append("offline")
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    _note(journaling, meeting_id, "before 1", 10)
    clock.advance(60)
    server_control("stop")
    try:
        kept = [_note(journaling, meeting_id, f"while down {n}", 60 + n) for n in range(1, 6)]
        clock.advance(30)
        state = run.next_item()  # the clock keeps going on the laptop
        clock.advance(20)
        action = journaling.add_action_item(
            meeting_id, text="Call the lead back", team=Team.SALES, note_id=kept[1]
        )
        dispute = journaling.open_dispute(
            meeting_id,
            title="Lead scoring threshold",
            category=DisputeCategory.LEAD_QUALITY,
            raised_by_team=Team.MARKETING,
        )
        paused = run.pause()
    finally:
        server_control("start")
    assert told == ["offline"] and journaling.offline
    assert all(note_id < 0 for note_id in (*kept, action, dispute))
    assert state.current_index == 1 and paused.paused
    assert [note.text for note in journaling.notes_of(meeting_id)][-5:] == [
        f"while down {n}" for n in range(1, 6)
    ]

    sent = journaling.send()

    assert sent.complete and not journaling.offline and sent.refused == []
    assert sent.summary() == "5 notes, 1 dispute, 1 action item and 2 clock presses"
    texts = _texts(team_db, meeting_id)
    assert texts == ["before 1", *(f"while down {n}" for n in range(1, 6))]
    assert Counter(texts) == Counter(set(texts))  # every note once
    made_from = {
        item.note_id for item in action_items_made_at(team_db, meeting_id) if item.note_id
    }
    assert made_from == {sent.made[kept[1]]}
    assert [d.title for d in disputes_raised_at(team_db, meeting_id)] == ["Lead scoring threshold"]
    on_server = MeetingRun.open(team_db, meeting_id, time_source=clock).state()
    assert on_server.current_index == 1 and on_server.paused
    assert on_server.meeting_elapsed == run.state().meeting_elapsed
    with team_db.read() as session:
        kinds = list(session.scalars(select(RunEvent.kind).order_by(RunEvent.seq)))
    assert kinds == [RunEventKind.START, RunEventKind.NEXT, RunEventKind.PAUSE]
    assert journal.waiting(team_db.location) == []
    assert send_journal(team_db, journal).total == 0


def test_a_send_cut_after_the_commit_sends_nothing_twice(
    db: Database, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    first = _note(journaling, meeting_id, "first", 1)
    _note(journaling, meeting_id, "second", 2)
    journaling.add_action_item(meeting_id, text="Follow up", note_id=first)
    marks = Journal.mark_sent

    def killed_after_commit(self: Journal, entry: Entry, made: int | None) -> None:
        if entry.payload.get("text") == "second":
            raise KeyboardInterrupt  # the app dies between the commit and its mark
        marks(self, entry, made)

    monkeypatch.setattr(Journal, "mark_sent", killed_after_commit)
    with pytest.raises(KeyboardInterrupt):
        journaling.send()
    monkeypatch.setattr(Journal, "mark_sent", marks)
    assert _texts(db, meeting_id) == ["first", "second"]

    sent = Journaling(db, Journal(journal.path)).send()

    assert _texts(db, meeting_id) == ["first", "second"]
    assert sent.counts["note"] == 1 and sent.counts["action_item"] == 1
    (item,) = action_items_made_at(db, meeting_id)
    assert item.note_id == notes_of(db, meeting_id)[0].id
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AppliedWrite)) == 3


def test_a_journal_left_by_a_killed_app_is_sent_at_the_next_start(
    db_target: str, journal: Journal
) -> None:
    db = open_database(db_target)
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    for n in range(3):
        _note(journaling, meeting_id, f"kept {n}", n)
    db.close()  # killed: nothing but the journal file is left

    reopened = open_database(db_target)
    try:
        later = Journaling(reopened, Journal(journal.path))
        assert later.offline  # new writes queue behind what waits, so the order holds
        sent = later.send()
        assert sent.summary() == "3 notes" and not later.offline
        assert _texts(reopened, meeting_id) == ["kept 0", "kept 1", "kept 2"]
    finally:
        reopened.close()


KEEPER = """
import sys, time
from pathlib import Path
from facilitator.storage.database import open_database
from facilitator.storage.journal import Journal
from facilitator.team.offline import Journaling
from facilitator.vocabulary import NoteKind

target, journal_file, meeting_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
journaling = Journaling(open_database(target, create=False), Journal(journal_file))
journaling.went_offline()
for n in range(3):
    journaling.add_note(meeting_id, None, NoteKind.NOTE, f"kept {n}", n)
print("kept", flush=True)
time.sleep(600)
"""


def test_a_journal_left_by_an_app_killed_with_sigkill_is_sent_once_at_the_next_start(
    db_target: str, journal: Journal
) -> None:
    """A real kill: no close, no atexit, the journal file as the dead process left it."""
    db = open_database(db_target)
    meeting_id = _meeting(db)
    db.close()
    keeper = subprocess.Popen(
        [sys.executable, "-c", KEEPER, db_target, str(journal.path), str(meeting_id)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert keeper.stdout is not None and keeper.stdout.readline().strip() == "kept"
    finally:
        keeper.send_signal(signal.SIGKILL)
        keeper.wait(timeout=60)
    assert keeper.returncode == -signal.SIGKILL

    reopened = open_database(db_target)
    try:
        assert _texts(reopened, meeting_id) == []  # all three only in the journal file
        sent = Journaling(reopened, Journal(journal.path)).send()
        assert sent.summary() == "3 notes" and sent.complete
        assert _texts(reopened, meeting_id) == ["kept 0", "kept 1", "kept 2"]
        assert Journaling(reopened, Journal(journal.path)).send().total == 0
        assert _texts(reopened, meeting_id) == ["kept 0", "kept 1", "kept 2"]
    finally:
        reopened.close()


def test_a_dispute_and_an_action_item_left_by_a_killed_app_are_sent_at_the_next_start(
    db_target: str, journal: Journal
) -> None:
    db = open_database(db_target)
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    note = _note(journaling, meeting_id, "Webinar leads are late", 5)
    journaling.open_dispute(
        meeting_id,
        title="Lead scoring threshold",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
        note_id=note,
        sales_position="Too low",
        marketing_position="Fine as it is",
    )
    journaling.add_action_item(meeting_id, text="Call them back", note_id=note)
    db.close()  # killed: nothing but the journal file is left

    reopened = open_database(db_target)
    try:
        sent = Journaling(reopened, Journal(journal.path)).send()
        assert sent.summary() == "1 note, 1 dispute and 1 action item"
        [dispute] = disputes_raised_at(reopened, meeting_id)
        [item] = action_items_made_at(reopened, meeting_id)
        [filed] = notes_of(reopened, meeting_id)
        assert (dispute.sales_position, dispute.marketing_position) == ("Too low", "Fine as it is")
        assert dispute.note_id == item.note_id == filed.id
        assert send_journal(reopened, Journal(journal.path)).total == 0
    finally:
        reopened.close()


def test_an_entry_the_server_refuses_is_told_and_not_sent_again(
    db: Database, journal: Journal
) -> None:
    clock = FakeClock()
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    journaling.went_offline()
    clock.advance(5)
    run.pause()
    MeetingRun.open(db, meeting_id, time_source=clock).end()  # another console ended it

    sent = journaling.send()

    assert sent.refused == ["A clock press kept offline was refused: The meeting has ended."]
    assert journaling.send().refused == [] and journal.waiting(db.location) == []


def test_presses_refused_offline_are_refused_by_the_clock_held(
    db: Database, journal: Journal
) -> None:
    clock = FakeClock()
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    journaling.went_offline()
    run.end()
    with pytest.raises(ClockError):
        run.next_item()
    assert [entry.payload["kind"] for entry in journal.waiting(db.location)] == ["end"]


def test_a_start_corrected_while_away_moves_the_start_on_the_server(
    db: Database, journal: Journal
) -> None:
    clock = FakeClock()
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    journaling.went_offline()
    clock.advance(60)
    run.correct_start(TODAY_NOON - timedelta(minutes=2))
    assert run.started_at() == TODAY_NOON - timedelta(minutes=2)

    assert journaling.send().summary() == "1 clock press"
    on_server = MeetingRun.open(db, meeting_id, time_source=clock)
    assert on_server.started_at() == TODAY_NOON - timedelta(minutes=2)


def test_a_note_kept_offline_and_typed_on_is_sent_once_with_its_last_words(
    db: Database, journal: Journal
) -> None:
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    draft = _note(journaling, meeting_id, "Leads from", 5)
    journaling.edit_note(draft, "Leads from the webinar", NoteKind.NOTE)
    journaling.edit_note(draft, "Leads from the webinar are late", NoteKind.QUESTION)
    emptied = _note(journaling, meeting_id, "Typed, then taken back", 6)
    assert journaling.forget(emptied) and not journaling.forget(emptied)
    assert [(n.id, n.text) for n in journaling.notes_of(meeting_id)] == [
        (draft, "Leads from the webinar are late")
    ]

    sent = journaling.send()

    assert sent.summary() == "1 note"
    (note,) = notes_of(db, meeting_id)
    assert (note.text, note.kind) == ("Leads from the webinar are late", NoteKind.QUESTION)
    later = "Leads from the webinar are two days late"
    journaling.edit_note(draft, later, NoteKind.NOTE)  # an id from before the send still works
    assert [n.text for n in notes_of(db, meeting_id)] == [later]


def test_notes_typed_while_a_worker_sends_are_kept_behind_and_sent_next(
    db: Database, journal: Journal
) -> None:
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    first = _note(journaling, meeting_id, "kept first", 1)
    journaling.sending = True  # the worker thread has begun to send
    sent = send_if_back(db, journal)
    later = _note(journaling, meeting_id, "typed during the send", 2)
    journaling.edit_note(first, "kept first, typed on", NoteKind.NOTE)  # not changed in place
    journaling.sending = False

    assert sent is not None and not journaling.take_in(sent) and journaling.offline
    assert later < 0
    rest = send_if_back(db, journal)
    assert rest is not None and journaling.take_in(rest) and not journaling.offline
    sent.include(rest)
    assert sent.summary() == "2 notes and 1 note change"
    assert _texts(db, meeting_id) == ["kept first, typed on", "typed during the send"]
    assert journal.made_id(first) is None  # all sent: the journal is emptied


def test_a_probe_that_finds_the_server_away_never_holds_up_an_undo(
    db: Database, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console probes every few seconds while the server is away; a kept dispute undone
    meanwhile is dropped, unless a probe found the server and began to send."""
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    journaling.went_offline()
    kept = [
        journaling.open_dispute(
            meeting_id, title=title, category=DisputeCategory.LEAD_QUALITY,
            raised_by_team=Team.SALES,
        )
        for title in ("Kept, then undone", "Kept while it is sent")
    ]
    monkeypatch.setattr("facilitator.team.offline.reachable", lambda _db: False)

    assert send_if_back(db, journal, journaling.start_sending) is None
    assert not journaling.sending
    assert journaling.forget(kept[0])

    monkeypatch.setattr("facilitator.team.offline.reachable", lambda _db: True)
    sent = send_if_back(db, journal, journaling.start_sending)
    assert journaling.sending and not journaling.forget(kept[1])  # already on its way
    journaling.sending = False
    assert sent is not None and journaling.take_in(sent)
    assert [d.title for d in disputes_raised_at(db, meeting_id)] == ["Kept while it is sent"]


def test_the_summary_names_each_kind_once() -> None:
    sent = Sent()
    assert sent.summary() == "nothing"
    sent.counts.update({"note": 1})
    assert sent.summary() == "1 note"
    sent.counts.update({"note": 11, "run": 1})
    assert sent.summary() == "12 notes and 1 clock press"


def test_a_statement_on_a_silent_network_fails_in_seconds_not_minutes() -> None:
    """Without a reset from the other side, TCP retries for a quarter of an hour; libpq's
    tcp_user_timeout makes the console's write fail soon, so its notes go to the journal."""
    args = ServerAddress.parse("postgresql://m@db.example.com/team").connect_args(None)
    assert args["tcp_user_timeout"] == TCP_USER_TIMEOUT_MS <= 5000


def test_a_note_the_server_saved_whose_answer_was_lost_arrives_once(
    db: Database, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console cannot tell a lost answer from a write never made: it keeps the note under
    the uuid the server has it by, so the send skips it and what names it finds it."""
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    _answer_lost_once(monkeypatch)
    kept = _note(journaling, meeting_id, "Webinar leads are late", 30)
    assert kept < 0 and journaling.offline
    assert _texts(db, meeting_id) == ["Webinar leads are late"]  # saved all the same
    journaling.add_action_item(meeting_id, text="Chase the webinar leads", note_id=kept)
    twin = add_note(db, meeting_id, None, NoteKind.NOTE, "Webinar leads are late", 30)

    sent = journaling.send()

    assert sent.complete and sent.refused == [] and not journaling.offline
    ours, theirs = notes_of(db, meeting_id)  # another console's twin beside it, ours once
    assert theirs.id == twin and sent.made[kept] == ours.id
    (item,) = action_items_made_at(db, meeting_id)
    assert item.note_id == ours.id
    journaling.edit_note(kept, "Webinar leads are two days late", NoteKind.NOTE)
    assert _texts(db, meeting_id) == ["Webinar leads are two days late", theirs.text]
    with db.read() as session:
        made = sorted(session.scalars(select(AppliedWrite.made_id)), key=str)
    assert made == sorted([ours.id, item.id, None], key=str)  # the note, the item, the edit


def test_a_clock_press_the_server_saved_whose_answer_was_lost_is_pressed_once(
    db: Database, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    meeting_id = _meeting(db)
    journaling = Journaling(db, journal)
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    clock.advance(60)
    _answer_lost_once(monkeypatch)
    assert run.next_item().current_index == 1 and journaling.offline

    assert journaling.send().summary() == "1 clock press"

    with db.read() as session:
        kinds = list(session.scalars(select(RunEvent.kind).order_by(RunEvent.seq)))
    assert kinds == [RunEventKind.START, RunEventKind.NEXT]
    assert MeetingRun.open(db, meeting_id, time_source=clock).state().current_index == 1
