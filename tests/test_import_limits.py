"""Import takes only what the rest of the app can hold (issue #13, point 5).

Dates every time zone can show, run events the clock can replay, notes by the typing rules,
numbers Python can read, and a file of bounded size, refused before it is parsed.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_time import FakeWall

from facilitator.formats.exchange import (
    MAX_IMPORT_BYTES,
    ExchangeError,
    dumps,
    export_meeting,
    import_document,
    read_document,
)
from facilitator.record.demo import load_demo
from facilitator.record.meetings import list_meetings
from facilitator.record.notes import MAX_NOTE_LENGTH, notes_of
from facilitator.storage.database import Database, open_database
from facilitator.timesource import use_wall_clock
from facilitator.vocabulary import MeetingStatus

DOCS = Path(__file__).resolve().parents[1] / "docs" / "exchange.md"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ended demo meeting as a document, made once on the suite's fixed day."""
    use_wall_clock(FakeWall())
    db = open_database(tmp_path_factory.mktemp("source") / "demo.sqlite")
    try:
        load_demo(db)
        ended = [m for m in list_meetings(db) if m.status is MeetingStatus.ENDED]
        doc = export_meeting(db, min(ended, key=lambda m: m.scheduled_at).id)
    finally:
        db.close()
        use_wall_clock(None)
    assert doc["run_events"] and doc["notes"] and doc["action_items"] and doc["metrics"]
    return doc


@pytest.fixture
def doc(exported: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(exported)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "target.sqlite")
    yield database
    database.close()


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(dumps(doc), encoding="utf-8")
    return path


def _refusal(doc: dict[str, Any], target: Database) -> str:
    """The one line an import of doc is refused with; nothing of it reaches the database."""
    with pytest.raises(ExchangeError) as refused:
        import_document(target, doc, source="meeting.json")
    assert list_meetings(target) == []
    message = str(refused.value)
    assert "\n" not in message and message.startswith("meeting.json: ")
    return message


# Dates


@pytest.mark.parametrize(
    "instant",
    [
        "1969-12-31T23:59:59+00:00",
        "1970-01-01T00:30:00+01:00",
        "2201-01-01T00:00:00+00:00",
        "2200-12-31T23:00:00-02:00",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00",
    ],
)
def test_an_instant_outside_1970_to_2200_in_utc_is_refused(
    doc: dict[str, Any], target: Database, instant: str
) -> None:
    doc["meeting"]["scheduled_at"] = instant
    assert _refusal(doc, target).startswith("meeting.json: meeting: scheduled_at must ")


def test_the_message_names_the_years(doc: dict[str, Any], target: Database) -> None:
    doc["notes"][0]["created_at"] = "2999-01-01T00:00:00+00:00"
    assert _refusal(doc, target) == (
        "meeting.json: note 1: created_at must lie between the years 1970 and 2200, not in 2999"
    )


def test_a_date_outside_1970_to_2200_is_refused(doc: dict[str, Any], target: Database) -> None:
    doc["action_items"][0]["due_date"] = "2201-01-01"
    assert "action item 1: due_date must lie between the years 1970 and 2200" in _refusal(
        doc, target
    )
    doc["action_items"][0]["due_date"] = None
    doc["metrics"][0]["goal"]["targets"][0]["effective_from"] = "1969-12-31"
    assert "effective_from must lie between the years 1970 and 2200" in _refusal(doc, target)


@pytest.mark.parametrize("zone", ["UTC", "KIRITIMATI-14", "BAKER+12"])
def test_the_first_and_last_instants_accepted_list_in_every_time_zone(
    doc: dict[str, Any], tmp_path: Path, zone: str
) -> None:
    path = tmp_path / "edges.sqlite"
    db = open_database(path)
    try:
        for when in ("1970-01-01T00:00:00+00:00", "2200-12-31T23:59:59.999999+00:00"):
            edge = copy.deepcopy(doc)
            edge["meeting"]["uuid"] = edge["meeting"]["uuid"][:-12] + when[:4].rjust(12, "0")
            edge["meeting"]["scheduled_at"] = when
            import_document(db, edge)
    finally:
        db.close()
    for listing in (["list"], ["list", "--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", *listing, "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "TZ": zone},
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert "2200-12-31" in result.stdout or "2201-01-01" in result.stdout
        assert "1970-01-01" in result.stdout or "1969-12-31" in result.stdout


# Run events


def test_events_that_replay_are_accepted_in_any_list_order(
    doc: dict[str, Any], target: Database
) -> None:
    doc["run_events"].reverse()
    import_document(target, doc)
    assert len(list_meetings(target)) == 1


def test_a_next_on_the_last_item_is_refused_and_named(
    doc: dict[str, Any], target: Database
) -> None:
    last = doc["run_events"][-1]
    assert last["kind"] == "end"
    last["kind"] = "next"
    place = len(doc["run_events"])
    assert _refusal(doc, target) == (
        f"meeting.json: run event {place} (seq {last['seq']}, next) cannot be replayed by the "
        "clock: This is the last item; end the meeting instead."
    )


def test_a_pause_before_the_start_is_refused(doc: dict[str, Any], target: Database) -> None:
    doc["run_events"][0]["kind"] = "pause"
    assert _refusal(doc, target) == (
        "meeting.json: run event 1 (seq 0, pause) cannot be replayed by the clock: "
        "The meeting has not started yet."
    )


def test_an_event_after_the_end_is_refused(doc: dict[str, Any], target: Database) -> None:
    last = doc["run_events"][-1]
    doc["run_events"].append(last | {"seq": last["seq"] + 1, "kind": "resume"})
    assert "cannot be replayed by the clock: The meeting has ended." in _refusal(doc, target)


def test_an_extension_by_nothing_is_refused(doc: dict[str, Any], target: Database) -> None:
    [extend] = [event for event in doc["run_events"] if event["kind"] == "extend"]
    extend["seconds"] = -60
    assert "extend) cannot be replayed by the clock: An item can only be extended" in _refusal(
        doc, target
    )


def test_events_in_seq_order_are_named_by_their_place_in_the_list(
    doc: dict[str, Any], target: Database
) -> None:
    """The first start is the last entry of the list: the second one, listed first, is named."""
    events = doc["run_events"]
    start = events[0]
    events.append(start | {"seq": events[-1]["seq"] + 1})
    events.reverse()
    message = _refusal(doc, target)
    assert "run event 1 (seq" in message and "The meeting has ended." in message


# Notes


@pytest.mark.parametrize("text", ["", " ", "\n\t \u3000"])
def test_an_empty_note_is_refused_as_typing_would(
    doc: dict[str, Any], target: Database, text: str
) -> None:
    doc["notes"][1]["text"] = text
    assert _refusal(doc, target) == "meeting.json: note 2: A note needs some text."


def test_a_note_over_the_length_limit_is_refused(doc: dict[str, Any], target: Database) -> None:
    doc["notes"][0]["text"] = "x" * (MAX_NOTE_LENGTH + 1)
    assert _refusal(doc, target) == (
        "meeting.json: note 1: The note is 1,000,001 characters; at most 1,000,000 fit."
    )


def test_a_note_at_the_length_limit_is_kept_whole(doc: dict[str, Any], target: Database) -> None:
    text = "é" * MAX_NOTE_LENGTH
    doc["notes"][0]["text"] = text
    meeting_id = import_document(target, doc).meeting_id
    assert text in [note.text for note in notes_of(target, meeting_id)]


# Numbers and the file itself


@pytest.mark.parametrize("digits", ["9" * 5000, "-" + "9" * 5000, "1" + "0" * 30])
def test_a_number_of_thousands_of_digits_is_refused_before_python_reads_it(
    doc: dict[str, Any], tmp_path: Path, digits: str
) -> None:
    text = dumps(doc).replace(
        f'"cap_seconds": {doc["meeting"]["cap_seconds"]}', f'"cap_seconds": {digits}', 1
    )
    path = tmp_path / "meeting.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        read_document(path)
    count = len(digits.lstrip("-"))
    assert str(refused.value) == (
        f"{path}: holds a number of {count:,} digits; no field takes more than 30"
    )


def test_a_real_number_of_thousands_of_digits_is_not_finite(
    doc: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "meeting.json"
    text = dumps(doc).replace(
        f'"value": {json.dumps(doc["metrics"][0]["value"])}', '"value": ' + "1" * 5000 + ".5", 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError, match="metric 1: value must be a finite number"):
        read_document(path)


def test_the_size_bound_is_documented() -> None:
    page = DOCS.read_text(encoding="utf-8")
    assert MAX_IMPORT_BYTES == 16 * 2**20
    assert "**16 MiB** (16,777,216 bytes)" in page and "MAX_IMPORT_BYTES" in page


def test_a_file_over_the_bound_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """The file holds only zero bytes: parsed, it would be refused as not JSON instead."""
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ExchangeError) as refused:
        read_document(path)
    assert str(refused.value) == (
        f"{path}: is 16,777,217 bytes, more than an import file may hold (16 MiB)"
    )


def test_a_file_that_says_it_is_small_is_still_read_only_up_to_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """/proc files report a size of 0 and may hold any amount: the read itself is bounded."""
    status = Path("/proc/self/status")
    if not status.is_file() or status.stat().st_size != 0:
        pytest.skip("needs a /proc file that reports a size of 0 (Linux)")
    monkeypatch.setattr("facilitator.formats.exchange.MAX_IMPORT_BYTES", 16)
    with pytest.raises(ExchangeError) as refused:
        read_document(status)
    assert str(refused.value) == f"{status}: holds more than an import file may (16 bytes)"


def test_dev_zero_is_refused_without_reading_it() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("this system has no /dev/zero")
    with pytest.raises(ExchangeError) as refused:
        read_document(zero)
    assert str(refused.value) == "/dev/zero: is a device, not a file to import"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError) as refused:
        read_document(tmp_path)
    assert str(refused.value) == f"{tmp_path}: is a folder, not a file to import"
