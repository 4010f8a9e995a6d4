"""`facilitator copy --db SOURCE --to TARGET`: a whole history from a laptop's file to a team
database on PostgreSQL and back, in one transaction, proved by the counts of every table and the
exports of every meeting (issue #16, point 5)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from benchmarks.generator import Sizes, generate_ten_year
from facilitator.cli import main
from facilitator.record.demo import load_demo
from facilitator.record.notes import add_note
from facilitator.record.people import PersonInput, add_person
from facilitator.record.search import search
from facilitator.storage import history_copy
from facilitator.storage.database import (
    Database,
    DatabaseMissing,
    DatabaseRefused,
    open_database,
)
from facilitator.storage.history_copy import TABLES, CopyRefused
from facilitator.storage.models import (
    ActionItem,
    Agreement,
    AgreementVersion,
    AlignmentBaseline,
    AppliedWrite,
    Deal,
    DealReason,
    Decision,
    Dispute,
    FunnelRow,
    GoalTarget,
    Informed,
    Meeting,
    MetricValue,
    MinutesVersion,
    Note,
    Person,
    SentMail,
    SentRecipient,
    Series,
    SLAGoal,
    Template,
    TemplateItem,
)
from facilitator.team import history_move
from facilitator.team.history_move import comparable_export, move_history
from facilitator.vocabulary import (
    DealOutcome,
    Direction,
    DisputeCategory,
    Frequency,
    GoalUnit,
    ItemKind,
    MailKind,
    MeetingKind,
    NoteKind,
    Period,
    Team,
)

SEARCHED = ("pipeline", "webinar", "binar", "Follow up", "budget")
SMALL = Sizes(meetings=12, notes=300, action_items=40, disputes=10)


def _counts(location: str | Path) -> dict[str, int]:
    db = open_database(location, create=False)
    try:
        with db.read() as session:
            return {
                table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in TABLES
            }
    finally:
        db.close()


def _exports(location: str | Path) -> dict[int, str]:
    db = open_database(location, create=False)
    try:
        with db.read() as session:
            ids = session.scalars(select(Meeting.id)).all()
        return {meeting_id: comparable_export(db, meeting_id) for meeting_id in ids}
    finally:
        db.close()


def _found(location: str | Path) -> dict[str, list[tuple[str, int]]]:
    db = open_database(location, create=False)
    try:
        return {
            word: [(hit.kind.value, hit.ref_id) for hit in search(db, word, limit=None)]
            for word in SEARCHED
        }
    finally:
        db.close()


def _fill_the_rest(db: Database) -> None:
    """What the benchmark generator leaves empty: templates, a series, goals with targets,
    metric values, an assessment, notes that disputes and action items were made from, and a
    journal write already applied."""
    with db.write() as session:
        template = Template(
            key="team-weekly",
            name="Team weekly",
            kind=MeetingKind.WEEKLY,
            cap_seconds=1800,
            frequency=Frequency.WEEKLY,
            start_time=time(9, 30),
            items=[
                TemplateItem(
                    position=0,
                    title="Pipeline",
                    kind=ItemKind.DISCUSSION,
                    planned_seconds=600,
                    presenter_team=Team.SALES,
                )
            ],
        )
        goal = SLAGoal(
            key="mql-sla",
            name="MQLs followed up in a day",
            team=Team.SALES,
            unit=GoalUnit.PERCENT,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.WEEK,
            targets=[
                GoalTarget(target=90.0, effective_from=date(2017, 1, 2)),
                GoalTarget(target=95.0, effective_from=date(2022, 1, 3)),
            ],
        )
        session.add_all([template, goal])
        session.flush()
        series = Series(
            name="Weekly",
            kind=MeetingKind.WEEKLY,
            frequency=Frequency.WEEKLY,
            template_id=template.id,
        )
        session.add(series)
        session.flush()
        meetings = session.scalars(select(Meeting).order_by(Meeting.id)).all()
        session.execute(update(Meeting).values(series_id=series.id))
        for meeting in meetings[::3]:
            session.add(
                MetricValue(
                    meeting_id=meeting.id,
                    goal_id=goal.id,
                    value=91.5 + meeting.id,
                    period_label="week",
                )
            )
        session.add(
            AlignmentBaseline(
                meeting_id=meetings[-1].id,
                taken_at=datetime(2026, 11, 16, 10, tzinfo=UTC),
                answers={"shared_goals": 4, "handoff": "clear"},
            )
        )
        notes = session.scalars(select(Note.id).order_by(Note.id).limit(6)).all()
        disputes = session.scalars(select(Dispute.id).order_by(Dispute.id).limit(3)).all()
        actions = session.scalars(select(ActionItem.id).order_by(ActionItem.id).limit(3)).all()
        for dispute_id, note_id in zip(disputes, notes[:3], strict=True):
            session.execute(update(Dispute).where(Dispute.id == dispute_id).values(note_id=note_id))
        for action_id, note_id in zip(actions, notes[3:], strict=True):
            session.execute(
                update(ActionItem).where(ActionItem.id == action_id).values(note_id=note_id)
            )
        session.execute(update(Note).where(Note.id == notes[0]).values(version=3))
        session.add(AppliedWrite(uuid="0f8fad5b-d9cb-469f-a165-70867728950e"))
        owner = session.scalars(select(Person.id).order_by(Person.id).limit(1)).one()
        session.add_all(
            [
                Informed(series_id=series.id, address="smarketing@example.com", name="List"),
                Informed(meeting_id=meetings[-1].id, person_id=owner),
                SentMail(
                    kind=MailKind.MINUTES,
                    subject="Minutes: Weekly — ‘Zoë’ 目标",
                    meeting_id=meetings[-1].id,
                    minutes_version=1,
                    recipients=[
                        SentRecipient(address="ana@example.com", accepted=True),
                        SentRecipient(address="x@example.com", accepted=False, reason="550"),
                    ],
                ),
                MinutesVersion(
                    meeting_id=meetings[-1].id,
                    number=1,
                    pdf=b"%PDF-1.4 \x00\xff",
                    record={"notes": {"1": "Zoë 目标"}},
                ),
                Agreement(
                    key="mql-definition",
                    name="MQL definition",
                    category=DisputeCategory.MQL_DEFINITION,
                    versions=[
                        AgreementVersion(
                            number=1,
                            text="Score ≥ 60 and a business address — 目标",
                            effective_from=date(2024, 1, 8),
                            meeting_id=meetings[0].id,
                            note_id=notes[0],
                            dispute_id=disputes[0],
                        )
                    ],
                ),
                FunnelRow(
                    period_start=date(2026, 10, 1),
                    period=Period.MONTH,
                    source="Webinar DACH",
                    leads=400,
                    mqls=120,
                    sals=90,
                    sqls=40,
                    opportunities=18,
                    won=6,
                    revenue=84000.0,
                ),
                Deal(
                    name="Zoë GmbH",
                    outcome=DealOutcome.LOST,
                    reason=DealReason(outcome=DealOutcome.LOST, name="Price"),
                    campaign="Webinar DACH",
                    amount=24000.0,
                    closed_on=date(2026, 9, 30),
                    meeting_id=meetings[-1].id,
                    campaign_idea="A pricing webinar",
                ),
                Decision(
                    note_id=notes[1],
                    owner_id=owner,
                    goal_id=goal.id,
                    review_on=date(2026, 12, 14),
                    reviewed_meeting_id=meetings[-1].id,
                ),
            ]
        )


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.sqlite"
    db = open_database(path)
    try:
        load_demo(db)
    finally:
        db.close()
    return path


@pytest.fixture
def full_file(tmp_path: Path) -> Path:
    """A small generated history with a row in every table the copy copies."""
    path = generate_ten_year(tmp_path / "generated.sqlite", SMALL)
    db = open_database(path)
    try:
        _fill_the_rest(db)
    finally:
        db.close()
    return path


def _assert_same_history(source: str | Path, target: str | Path) -> None:
    counts = _counts(source)
    assert counts == _counts(target)
    exports = _exports(source)
    assert exports and exports == _exports(target)
    found = _found(source)
    assert any(found.values())
    assert found == _found(target)


def test_the_demo_moves_to_an_empty_server_database(demo_file, server_database):
    target = server_database(empty=True)
    moved = move_history(demo_file, target)
    assert moved.report.committed
    assert moved.meetings == _counts(demo_file)["meetings"] > 0
    assert all(count.source == count.target for count in moved.report.counts)
    assert {count.table for count in moved.report.counts} == {table.name for table in TABLES}
    _assert_same_history(demo_file, target)


def test_every_table_goes_to_the_server_and_back(full_file, server_database, tmp_path):
    counts = _counts(full_file)
    assert all(counts.values()), f"empty in the source: {[t for t, n in counts.items() if not n]}"
    server = server_database()
    assert move_history(full_file, server).report.committed
    _assert_same_history(full_file, server)
    back = tmp_path / "back.sqlite"
    moved = move_history(server, back)
    assert moved.report.committed
    _assert_same_history(full_file, back)
    with open_database(back, create=False).read() as session:
        versions = session.scalars(select(Note.version).order_by(Note.id).limit(2)).all()
    assert versions == [3, 1]


def test_new_rows_on_the_server_get_fresh_ids(full_file, server_database):
    server = server_database()
    move_history(full_file, server)
    db = open_database(server)
    try:
        with db.read() as session:
            last_note = session.scalar(select(func.max(Note.id)))
            meeting_id = session.scalar(select(func.max(Meeting.id)))
            people = session.scalar(select(func.max(Person.id)))
        note_id = add_note(db, meeting_id, None, NoteKind.NOTE, "After the move", 5.0)
        person_id = add_person(db, PersonInput("Quinn Moss", "quinn@example.com", Team.SALES))
    finally:
        db.close()
    assert note_id == last_note + 1
    assert person_id == people + 1


def test_the_server_has_statistics_and_merged_search_indexes(full_file, server_database):
    """Its planner then knows the history's size from the first search on, and no search
    reads the copy's notes from the indexes' pending lists."""
    server = server_database()
    move_history(full_file, server)
    db = open_database(server)
    try:
        with db.write() as session:
            unanalyzed = session.scalars(
                text(
                    "SELECT relname FROM pg_stat_user_tables WHERE relname IN "
                    "('notes', 'search_index', 'meetings') AND last_analyze IS NULL"
                )
            ).all()
            pending = [
                session.scalar(text(f"SELECT gin_clean_pending_list('{index}'::regclass)"))
                for index in ("ix_search_index_words", "ix_search_index_body")
            ]
    finally:
        db.close()
    assert unanalyzed == []
    assert pending == [0, 0]


def test_a_target_with_meetings_is_refused_untouched(demo_file, full_file, tmp_path):
    before = _counts(full_file), _exports(full_file)
    with pytest.raises(CopyRefused, match=r"already holds 12 rows of meetings.*Nothing was"):
        move_history(demo_file, full_file)
    assert (_counts(full_file), _exports(full_file)) == before


def test_a_server_database_with_meetings_is_refused_untouched(
    demo_file, full_file, server_database
):
    server = server_database()
    move_history(full_file, server)
    before = _counts(server)
    assert main(["copy", "--db", str(demo_file), "--to", server]) == 2
    assert _counts(server) == before


def test_a_new_database_given_the_standard_goals_takes_the_history(demo_file, tmp_path):
    from facilitator.measures.metrics import ensure_default_goals

    target = tmp_path / "opened-once.sqlite"
    db = open_database(target)
    try:
        assert ensure_default_goals(db)
    finally:
        db.close()
    assert move_history(demo_file, target).report.committed
    _assert_same_history(demo_file, target)


def test_a_missing_source_is_refused_and_nothing_is_made(tmp_path):
    target = tmp_path / "target.sqlite"
    with pytest.raises(DatabaseMissing, match="no Facilitator database"):
        move_history(tmp_path / "nothing-here.sqlite", target)
    assert not target.exists()
    assert not (tmp_path / "nothing-here.sqlite").exists()


def test_a_source_that_is_not_ours_is_refused(tmp_path, capsys):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("meeting notes\n")
    target = tmp_path / "target.sqlite"
    assert main(["copy", "--db", str(stranger), "--to", str(target)]) == 2
    error = capsys.readouterr().err
    assert "not a Facilitator database" in error and len(error.splitlines()) == 1
    assert not target.exists()


def test_a_database_is_not_copied_into_itself(demo_file):
    linked = demo_file.with_name("linked.sqlite")
    linked.symlink_to(demo_file)
    for target in (demo_file, linked):
        with pytest.raises(CopyRefused, match="the same database"):
            move_history(demo_file, target)


def _fail_after_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refuses a statement just after the notes went in."""
    copy_table = history_copy._copy_table

    def failing(table, reading, writing, chunk):
        copied = copy_table(table, reading, writing, chunk)
        if table.name == "notes":
            writing.execute(text("SELECT * FROM no_such_table"))
        return copied

    monkeypatch.setattr(history_copy, "_copy_table", failing)


def _empty_everywhere(location: str | Path) -> None:
    assert set(_counts(location).values()) == {0}


def test_a_failure_half_way_leaves_a_server_database_empty(full_file, server_database, monkeypatch):
    server = server_database()
    _fail_after_notes(monkeypatch)
    with pytest.raises(DatabaseRefused, match="the copy failed.*undone, nothing was changed"):
        move_history(full_file, server)
    _empty_everywhere(server)


def test_a_failure_half_way_leaves_a_file_as_it_was(full_file, tmp_path, monkeypatch):
    existing = tmp_path / "existing.sqlite"
    open_database(existing).close()
    new = tmp_path / "new.sqlite"
    _fail_after_notes(monkeypatch)
    for target in (existing, new):
        with pytest.raises(DatabaseRefused, match="the copy failed"):
            move_history(full_file, target)
    _empty_everywhere(existing)
    assert not new.exists()


def _spoil_exports_of(target: str, meeting_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The target's export of one meeting says another title, as a lossy copy would."""
    export = history_move.export_meeting

    def spoiled(db: Database, wanted: int) -> dict:
        document = export(db, wanted)
        if db.location == target and wanted == meeting_id:
            document["meeting"]["title"] += " (copy)"
        return document

    monkeypatch.setattr(history_move, "export_meeting", spoiled)


def test_differing_exports_undo_the_copy_and_say_which(
    demo_file, server_database, monkeypatch, capsys
):
    server = server_database()
    _spoil_exports_of(server, 4, monkeypatch)
    assert main(["copy", "--db", str(demo_file), "--to", server]) == 1
    out = capsys.readouterr().out
    assert "differs: meeting 4: line" in out and "(copy)" in out
    assert "differs: meeting 3" not in out
    assert out.rstrip().endswith("is as it was")
    _empty_everywhere(server)


def test_the_command_prints_both_sides_counts_and_the_proof(demo_file, server_database, capsys):
    server = server_database()
    counts = _counts(demo_file)
    assert main(["copy", "--db", str(demo_file), "--to", server]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"copied {demo_file} to {server}"
    assert lines[1].split() == ["table", "source", "target"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:-1]}
    assert rows.keys() == {table.name for table in TABLES}
    assert rows == {table: [str(count)] * 2 for table, count in counts.items()}
    assert lines[-1] == f"exports identical: all {counts['meetings']} meetings"


def test_the_command_copies_a_file_to_a_new_file(full_file, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert main(["copy", "--db", str(full_file), "--to", str(target)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "exports identical: all 12 meetings"
    _assert_same_history(full_file, target)


def test_a_server_history_copies_to_a_laptop_file(demo_file, server_database, tmp_path, capsys):
    server = server_database()
    move_history(demo_file, server)
    laptop = tmp_path / "from-server.sqlite"
    assert main(["copy", "--db", server, "--to", str(laptop)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"copied {server} to {laptop}"
    assert lines[-1].startswith("exports identical")
    _assert_same_history(server, laptop)


def test_a_long_history_is_exported_from_the_source_beside_the_copy(
    demo_file, tmp_path, monkeypatch
):
    """From EARLY_FROM meetings on another process exports the source while the rows go across:
    the proof then exports only the target here, and still finds a difference."""
    monkeypatch.setattr(history_move, "EARLY_FROM", 1)
    exported_from: list[str] = []
    export = history_move.export_meeting

    def counted(db: Database, meeting_id: int) -> dict:
        exported_from.append(db.location)
        return export(db, meeting_id)

    monkeypatch.setattr(history_move, "export_meeting", counted)
    target = tmp_path / "copy.sqlite"
    moved = move_history(demo_file, target)
    assert moved.report.committed
    assert exported_from == [str(target)] * moved.meetings
    _assert_same_history(demo_file, target)

    again = tmp_path / "again.sqlite"
    _spoil_exports_of(str(again), 2, monkeypatch)
    moved = move_history(demo_file, again)
    assert [d.split(":")[0] for d in moved.report.differences] == ["meeting 2"]
    assert not again.exists()
