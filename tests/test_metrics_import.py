"""CSV import of a meeting's numbers: good files land whole, bad ones land not at all."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from facilitator.measures.metrics import ensure_default_goals, list_goals, meeting_rows, set_value
from facilitator.measures.metrics_import import ImportRefused, import_metrics
from facilitator.record.meetings import MeetingNotFound, create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import ItemKind, MeetingKind

PLAN = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Numbers", ItemKind.METRICS, 600),))


@pytest.fixture
def meeting(db: Database) -> int:
    ensure_default_goals(db)
    when = datetime.combine(date(2026, 11, 19), time(9, 0)).astimezone()
    return create_meeting(db, PLAN, title="Weekly", scheduled_at=when)


def _values(db: Database, meeting: int) -> dict[str, tuple[float | None, str]]:
    return {r.name: (r.value, r.period_label) for r in meeting_rows(db, meeting)}


def _write(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_lands_every_row(db: Database, meeting: int, tmp_path: Path):
    path = _write(
        tmp_path,
        "\ufeffGoal,Value,Period,Owner\n"
        "mqls_delivered,432,2026-11,Ana\n"
        "\n"
        "leads followed up within 24 HOURS,88.5 %,W47,Ben\n"
        'pipeline_created,"512,000",2026-11,\n',
    )
    rows = import_metrics(db, meeting, path)
    assert [r.line for r in rows] == [2, 4, 5]
    values = _values(db, meeting)
    assert values["MQLs delivered"] == (432, "2026-11")
    assert values["Leads followed up within 24 hours"] == (88.5, "W47")
    assert values["Pipeline created"] == (512_000, "2026-11")
    assert values["Followed-up leads that become opportunities"] == (None, "")


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(
    db: Database, meeting: int, tmp_path: Path
):
    mqls = next(g.id for g in list_goals(db) if g.key == "mqls_delivered")
    set_value(db, meeting, mqls, 400, "before")
    path = _write(
        tmp_path,
        "goal,period,value\n"
        "mqls_delivered,2026-11,432\n"
        "follow_up_24h,W47,120\n"
        "Revenue,2026-11,10\n"
        "pipeline_created,2026-11,lots\n"
        "mqls_delivered,2026-11,433\n"
        "follow_up_conversion,2026-11\n",
    )
    with pytest.raises(ImportRefused) as refused:
        import_metrics(db, meeting, path)
    assert [str(p) for p in refused.value.problems] == [
        "line 3: Leads followed up within 24 hours: a percentage cannot be over 100 (got 120)",
        "line 4: no active goal “Revenue”",
        "line 5: Pipeline created: “lots” is not a number",
        "line 6: “MQLs delivered” already appears on line 2",
        "line 7: 2 fields, expected 3",
    ]
    assert str(refused.value).startswith("nothing was imported: line 3: ")
    values = _values(db, meeting)
    assert values["MQLs delivered"] == (400, "before")
    assert [v for v, _ in values.values()].count(None) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: the file is empty"),
        ("goal,value\nmqls_delivered,3\n", "line 1: the header needs the columns goal, period, "
         "value; no period"),
        ("goal,period,value\n", "line 1: the file has a header but no rows"),
    ],
)
def test_a_file_without_usable_rows_is_refused(
    db: Database, meeting: int, tmp_path: Path, text: str, message: str
):
    with pytest.raises(ImportRefused) as refused:
        import_metrics(db, meeting, _write(tmp_path, text))
    assert str(refused.value.problems[0]) == message


def test_a_file_that_is_not_text_or_not_there_is_refused(
    db: Database, meeting: int, tmp_path: Path
):
    binary = tmp_path / "export.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    with pytest.raises(ImportRefused, match="not UTF-8"):
        import_metrics(db, meeting, binary)
    with pytest.raises(ImportRefused, match="cannot read"):
        import_metrics(db, meeting, tmp_path / "missing.csv")
    with pytest.raises(MeetingNotFound):
        import_metrics(db, 999, _write(tmp_path, "goal,period,value\nmqls_delivered,x,1\n"))
