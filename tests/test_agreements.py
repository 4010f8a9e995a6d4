"""The agreements register (issue #18 point 1): standard agreements, versions with what led to
them, what is in force on a day, the line difference, and the minutes' printing of them."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from facilitator.agreements.register import (
    AgreementRefused,
    add_agreement,
    agreements_for_category,
    in_force,
    list_agreements,
    load_agreement,
    record_version,
    remove_agreement,
    remove_version,
)
from facilitator.agreements.standard import (
    STANDARD_AGREEMENTS,
    ensure_standard_agreements,
    only_standard_agreements,
)
from facilitator.agreements.text_diff import Change, line_diff
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import create_meeting
from facilitator.record.notes import add_note
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.vocabulary import DisputeCategory, NoteKind, Team

MANAGEMENT_AT = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def _mql(db: Database) -> int:
    ensure_standard_agreements(db)
    return next(a.id for a in list_agreements(db) if a.key == "mql_definition")


def _management(db: Database, at: datetime = MANAGEMENT_AT) -> int:
    plan = builtin_template("management").plan
    return create_meeting(db, plan, title="Monthly management", scheduled_at=at)


def test_a_new_database_is_given_the_standard_agreements_once(db: Database) -> None:
    assert ensure_standard_agreements(db)
    assert not ensure_standard_agreements(db)
    agreements = list_agreements(db)
    assert [a.name for a in agreements] == [spec.name for spec in STANDARD_AGREEMENTS]
    assert {a.category for a in agreements} >= {
        DisputeCategory.MQL_DEFINITION,
        DisputeCategory.LEAD_SCORING,
        DisputeCategory.SLA_TERMS,
    }
    assert all(len(a.versions) == 1 for a in agreements)
    with db.read() as session:
        assert only_standard_agreements(session)


def test_a_version_records_what_led_to_it_and_counts_up(db: Database) -> None:
    agreement_id = _mql(db)
    meeting = _management(db)
    note = add_note(db, meeting, None, NoteKind.DECISION, "Decision: MQL needs a demo request", 5)
    dispute = open_dispute(
        db,
        meeting,
        title="What counts as an MQL",
        category=DisputeCategory.MQL_DEFINITION,
        raised_by_team=Team.SALES,
    )
    text = "An MQL is a demo request,\nor a score of 60+ at a company with 50+ employees."
    record_version(db, agreement_id, text, date(2026, 12, 1), meeting_id=meeting, note_id=note)
    record_version(
        db, agreement_id, text + "\nReviewed each quarter.", date(2026, 12, 1), dispute_id=dispute
    )
    agreement = load_agreement(db, agreement_id)
    second, third = agreement.versions[1:]
    assert (second.number, third.number) == (2, 3)
    assert second.meeting_title == "Monthly management"
    assert second.led_by == "Decision: MQL needs a demo request"
    assert third.led_by == "Dispute resolved: What counts as an MQL"
    assert agreement.current == third
    with db.read() as session:
        assert not only_standard_agreements(session)


def test_in_force_on_a_day_is_the_newest_already_effective(db: Database) -> None:
    agreement_id = _mql(db)
    record_version(db, agreement_id, "Score 60+.", date(2026, 12, 1))
    before = {a.name: v.number for a, v in in_force(db, date(2026, 11, 30))}
    after = {a.name: v.number for a, v in in_force(db, date(2026, 12, 1))}
    assert before["MQL definition"] == 1
    assert after["MQL definition"] == 2
    assert len(after) == len(STANDARD_AGREEMENTS)


@pytest.mark.parametrize(
    ("text", "day", "refusal"),
    [
        ("  ", date(2026, 12, 1), "needs its text"),
        ("Score 70+.", date(2026, 11, 1), "can't take effect before"),
        ("Score 60+.", date(2026, 12, 1), "nothing would change"),
    ],
)
def test_a_version_is_refused_when_it_changes_nothing_or_goes_back(
    db: Database, text: str, day: date, refusal: str
) -> None:
    agreement_id = _mql(db)
    record_version(db, agreement_id, "Score 60+.", date(2026, 12, 1))
    with pytest.raises(AgreementRefused, match=refusal):
        record_version(db, agreement_id, text, day)
    assert len(load_agreement(db, agreement_id).versions) == 2


def test_undo_takes_back_only_the_newest_version(db: Database) -> None:
    agreement_id = _mql(db)
    second = record_version(db, agreement_id, "Score 60+.", date(2026, 12, 1))
    third = record_version(db, agreement_id, "Score 70+.", date(2027, 1, 1))
    with pytest.raises(AgreementRefused, match="newer versions"):
        remove_version(db, second)
    remove_version(db, third)
    assert load_agreement(db, agreement_id).current.text == "Score 60+."


def test_more_agreements_can_be_added_and_taken_back(db: Database) -> None:
    ensure_standard_agreements(db)
    added = add_agreement(
        db,
        "Event lead import",
        "Badge scans reach the CRM within 48 hours.",
        date(2026, 11, 5),
        category=DisputeCategory.OTHER,
    )
    with pytest.raises(AgreementRefused, match="already an agreement"):
        add_agreement(db, "event lead import", "Other text", date(2026, 11, 5))
    assert [a.id for a in agreements_for_category(db, DisputeCategory.OTHER)] == [added]
    assert list_agreements(db)[-1].name == "Event lead import"
    remove_agreement(db, added)
    assert len(list_agreements(db)) == len(STANDARD_AGREEMENTS)


def test_the_line_difference_marks_removed_and_added_lines() -> None:
    old = "An MQL scores 50+.\nAt an ICP company.\nReviewed yearly."
    new = "An MQL scores 60+.\nAt an ICP company.\nReviewed yearly.\nOr asks for a demo."
    changes = [(line.change, line.text) for line in line_diff(old, new)]
    assert changes == [
        (Change.REMOVED, "An MQL scores 50+."),
        (Change.ADDED, "An MQL scores 60+."),
        (Change.SAME, "At an ICP company."),
        (Change.SAME, "Reviewed yearly."),
        (Change.ADDED, "Or asks for a demo."),
    ]
    assert str(line_diff("a", "b")[0]) == "- a"


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_management_minutes_list_agreements_in_force_and_print_a_change_in_full(
    db: Database,
) -> None:
    agreement_id = _mql(db)
    meeting = _management(db)
    record_version(
        db,
        agreement_id,
        "An MQL asks for a demo <b>or</b> scores 60+.",
        date(2026, 11, 2),
        meeting_id=meeting,
    )
    snapshot = snapshot_meeting(db, meeting)
    assert [(line.name, line.number) for line in snapshot.agreements.changed] == [
        ("MQL definition", 2)
    ]
    assert len(snapshot.agreements.in_force) == len(STANDARD_AGREEMENTS)
    assert snapshot.agreements.in_force[0].number == 2
    text = _pdf_text(render_minutes(snapshot))
    assert "Agreements changed" in text and "Agreements in force" in text
    assert "An MQL asks for a demo <b>or</b> scores 60+." in text
    assert "Lead recycling rules" in text


def test_weekly_minutes_print_only_a_change_made_there(db: Database, new_weekly_meeting) -> None:
    agreement_id = _mql(db)
    quiet = new_weekly_meeting(title="Quiet weekly")
    changing = new_weekly_meeting(title="Changing weekly")
    record_version(db, agreement_id, "Score 60+.", date(2026, 11, 2), meeting_id=changing)
    assert not snapshot_meeting(db, quiet).agreements
    assert "Agreements" not in _pdf_text(render_minutes(snapshot_meeting(db, quiet)))
    changed = snapshot_meeting(db, changing).agreements
    assert changed.in_force == () and [line.text for line in changed.changed] == ["Score 60+."]


def test_the_command_prints_each_agreement_as_a_block(db: Database, capsys) -> None:
    from facilitator.cli import main

    agreement_id = _mql(db)
    meeting = _management(db)
    record_version(
        db,
        agreement_id,
        "A demo request.\nOr a score of 60+.",
        date(2026, 11, 2),
        meeting_id=meeting,
    )
    assert main(["agreements", "--db", str(db.location)]) == 0
    blocks = capsys.readouterr().out.split("\n\n")
    assert len(blocks) == len(STANDARD_AGREEMENTS)
    assert blocks[0].splitlines() == [
        "MQL definition \N{EM DASH} version 2, in force from 2026-11-02",
        "    A demo request.",
        "    Or a score of 60+.",
        "    (agreed at Monthly management, 2026-11-02)",
    ]


def test_the_command_on_a_database_without_agreements_says_so(db: Database, capsys) -> None:
    from facilitator.cli import main

    assert main(["agreements", "--db", str(db.location)]) == 0
    assert capsys.readouterr().out.startswith("no agreements yet")


def test_the_demo_holds_agreements_changed_by_its_disputes_and_decisions(demo: Database) -> None:
    agreements = {a.key: a for a in list_agreements(demo)}
    assert set(agreements) == {spec.key for spec in STANDARD_AGREEMENTS}
    mql = agreements["mql_definition"]
    assert [v.number for v in mql.versions] == [1, 2, 3]
    second = mql.versions[1]
    assert second.dispute_title == "What counts as an MQL"
    assert second.note_text is not None and second.note_text.startswith("Decision: MQL now")
    assert second.meeting_id is not None
    assert mql.versions[2].led_by.startswith("Decision: badge scans without a conversation")
    assert mql.versions[0].effective_from < second.effective_from < mql.versions[2].effective_from
    volume = agreements["sla_lead_volume"].current
    assert volume.effective_from.day == 1 and volume.meeting_title == "Monthly management meeting"
    snapshot = snapshot_meeting(demo, volume.meeting_id)
    assert [line.name for line in snapshot.agreements.changed] == ["SLA: lead volume"]
    assert len(snapshot.agreements.in_force) == len(STANDARD_AGREEMENTS)


def test_a_database_given_the_standard_agreements_takes_a_copied_history(tmp_path) -> None:
    from facilitator.measures.metrics import ensure_default_goals
    from facilitator.record.demo import load_demo
    from facilitator.storage.database import open_database
    from facilitator.team.history_move import move_history

    source = open_database(tmp_path / "demo.sqlite")
    load_demo(source)
    source.close()
    target = open_database(tmp_path / "opened-once.sqlite")
    assert ensure_default_goals(target) and ensure_standard_agreements(target)
    target.close()
    assert move_history(tmp_path / "demo.sqlite", tmp_path / "opened-once.sqlite").report.committed
    copied = open_database(tmp_path / "opened-once.sqlite")
    try:
        assert [len(a.versions) for a in list_agreements(copied)] == [3, 1, 2, 1, 2, 2, 1]
    finally:
        copied.close()


def test_a_management_meetings_pre_read_lists_the_agreements_in_force(db: Database) -> None:
    from facilitator.mailing.pre_read import pre_read, pre_read_text
    from facilitator.mailing.pre_read_pdf import render_pre_read

    agreement_id = _mql(db)
    record_version(db, agreement_id, "Score 60+.", date(2026, 11, 1))
    record_version(db, agreement_id, "Score 70+.", date(2027, 1, 1))
    pre = pre_read(db, _management(db))
    assert [(a.name, a.number) for a in pre.agreements][:2] == [
        ("MQL definition", 2),
        ("Lead-scoring standard", 1),
    ]
    text = pre_read_text(pre)
    assert "Agreements in force:\n- MQL definition: version 2, in force from 2026-11-01\n" in text
    pdf = render_pre_read(pre)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1 and "Agreements in force" in pages[0].extract_text()


def test_a_weekly_meetings_pre_read_leaves_the_agreements_out(db: Database, meeting_id) -> None:
    from facilitator.mailing.pre_read import pre_read, pre_read_text

    ensure_standard_agreements(db)
    pre = pre_read(db, meeting_id)
    assert pre.agreements == () and "Agreements" not in pre_read_text(pre)
