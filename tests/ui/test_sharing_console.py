"""Presenter screen ▸ Share on the local network… in the console: the dialog, the remote's
presses recorded as the console's own, the chime, and every way sharing stops closing every
connection. The server listens on 127.0.0.1 only."""

from __future__ import annotations

import http.client
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from facilitator.record.run import MeetingRun
from facilitator.sharing.access import new_token
from facilitator.sharing.addresses import default_address
from facilitator.storage.database import Database
from facilitator.ui.sharing.chime_player import CHIME_KEY, ChimePlayer
from facilitator.ui.sharing.sharing_part import MENU_TEXT
from facilitator.vocabulary import RunEventKind

LOCAL = "127.0.0.1"


def share(console: Any, qtbot: QtBot) -> Any:
    """Open the dialog from the Presenter screen menu and start sharing on 127.0.0.1."""
    menu = console.presenter_menu
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == MENU_TEXT]
    action.trigger()
    dialog = console.sharing.dialog
    qtbot.waitExposed(dialog)
    dialog.address_box.setCurrentIndex(dialog.address_box.findData(LOCAL))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert console.sharing.server is not None
    return dialog


def open_stream(url: str) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path + "events")
    return connection, connection.getresponse()


def next_state(response: http.client.HTTPResponse) -> dict[str, Any]:
    while True:
        line = response.fp.readline()
        if not line:
            raise EOFError("the stream ended")
        if line.startswith(b"data: "):
            return json.loads(line[len(b"data: ") :])["state"]


def press(url: str, action: str, text: str = "") -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    body = json.dumps({"action": action, "text": text})
    connection.request("POST", parts.path + "action", body, {"Content-Type": "application/json"})
    status = connection.getresponse().status
    connection.close()
    return status


@pytest.fixture
def console(open_console, meeting_id: int) -> Any:
    return open_console(meeting_id)


def test_the_menu_opens_the_dialog_with_the_default_route_first_and_shares(
    console, qtbot: QtBot
) -> None:
    console.presenter_link.presenter_button.menu().aboutToShow.emit()
    texts = [a.text() for a in console.presenter_link.presenter_button.menu().actions()]
    assert MENU_TEXT in texts
    dialog = share(console, qtbot)
    assert dialog.address_box.itemData(0) == default_address()
    assert "0.0.0.0" not in dialog.address_box.itemData(0)
    server = console.sharing.server
    assert dialog.view_label.text() == server.view_url
    assert dialog.view_label.text().startswith(f"http://{LOCAL}:")
    assert dialog.remote_label.text() == server.remote_url
    assert not dialog.view_qr.pixmap().isNull() and not dialog.remote_qr.pixmap().isNull()
    connection, response = open_stream(server.view_url)
    state = next_state(response)
    assert state["item_title"] == console.run.meeting.items[0].title
    assert state["status"] == "not_started"
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert next_state(response)["status"] == "running"
    connection.close()


def test_the_remote_presses_the_consoles_own_controls(
    console, qtbot: QtBot, fake_clock, db: Database
) -> None:
    share(console, qtbot)
    remote = console.sharing.server.remote_url
    assert press(remote, "toggle") == 202
    qtbot.waitUntil(lambda: console.run.state().running)
    fake_clock.advance(30)
    assert press(remote, "next") == 202
    qtbot.waitUntil(lambda: console.run.state().current_index == 1)
    assert press(remote, "extend") == 202
    qtbot.waitUntil(lambda: console.run.state().item_extended_seconds == 60)
    assert press(remote, "previous") == 202
    qtbot.waitUntil(lambda: console.run.state().current_index == 0)
    assert press(remote, "toggle") == 202
    qtbot.waitUntil(lambda: console.run.state().paused)
    kinds = [event.kind for event in console.run.clock.events]
    assert kinds == [
        RunEventKind.START, RunEventKind.NEXT, RunEventKind.EXTEND, RunEventKind.PREVIOUS,
        RunEventKind.PAUSE,
    ]
    assert "Remote: Pause" in console.status_text()
    console.show_presenter(None)
    assert press(remote, "message", "Wrap up") == 202
    qtbot.waitUntil(lambda: console.presenter.message_label.text() == "Wrap up")
    qtbot.waitUntil(lambda: len(console.run.clock.events) == 6)
    message = console.run.clock.events[-1]
    assert (message.kind, message.seconds) == (RunEventKind.MESSAGE, 1)  # "Wrap up", as its button
    assert "Remote: message “Wrap up”." in console.status_text()
    assert press(remote, "message", "Anything typed") == 400
    server = console.sharing.server
    for elsewhere in (server.view_url, remote.replace(server.remote_token, new_token())):
        assert press(elsewhere, "message", "Time") == 404
    assert press(remote, "extend") == 202  # the wrong presses, had they counted, came first
    qtbot.waitUntil(lambda: len(console.run.clock.events) == 7)
    kinds = [event.kind for event in console.run.clock.events]
    assert kinds[-2:] == [RunEventKind.MESSAGE, RunEventKind.EXTEND]
    reopened = MeetingRun.open(db, console.run.meeting_id, time_source=fake_clock)
    assert [(e.kind, e.seconds) for e in reopened.clock.events] == [
        (e.kind, e.seconds) for e in console.run.clock.events
    ]


def test_the_presenter_screen_shows_the_address_while_sharing(console, qtbot: QtBot) -> None:
    share(console, qtbot)
    console.show_presenter(None)
    qtbot.waitUntil(lambda: console.sharing.badge is not None)
    badge = console.sharing.badge
    assert badge.url_label.text().replace("\n", "") == console.sharing.server.view_url
    assert badge.isVisible() and not badge.qr_label.pixmap().isNull()


@pytest.mark.parametrize("how", ["stop", "end", "close"])
def test_stopping_ending_or_closing_closes_every_connection(
    console, qtbot: QtBot, end_meeting: Callable[[Any], None], how: str
) -> None:
    dialog = share(console, qtbot)
    server = console.sharing.server
    streams = [open_stream(server.view_url) for _ in range(2)]
    for _, response in streams:
        next_state(response)
    qtbot.waitUntil(lambda: server.stream_count == 2)
    if how == "stop":
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    elif how == "end":
        end_meeting(console)
    else:
        console.close()
    assert not server.running and console.sharing.server is None
    for connection, response in streams:
        with pytest.raises(EOFError):
            while True:
                next_state(response)  # an ended meeting's last state comes first
        connection.close()
    with pytest.raises(ConnectionRefusedError):
        open_stream(server.view_url)
    if how == "end":
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert console.sharing.server is None
        assert dialog.state_label.text() == "Not sharing: the meeting has ended."


@pytest.mark.parametrize("wanted", [True, False])
def test_the_presenter_screen_chimes_at_one_minute_left_and_at_time_up(
    console, qtbot: QtBot, fake_clock, settings, wanted: bool
) -> None:
    settings.setValue(CHIME_KEY, wanted)
    console.show_presenter(None)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    planned = console.run.state().item_planned_seconds
    rings = console.sharing.chime
    for left, expected in ((planned - 1, 0), (61, 0), (59, 1), (30, 1), (-1, 2), (-30, 2)):
        fake_clock.now = fake_clock.now + console.run.state().item_remaining - left
        console.refresh()
        assert rings.rings == (expected if wanted else 0), left


def test_without_qt_multimedia_the_platforms_player_rings_the_chime(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's install has no Qt Multimedia: a player on PATH (paplay here, a script
    that notes what it was asked to play) still sounds the chime; with none, no sound."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # its import fails
    monkeypatch.setattr(sys, "platform", "linux")
    played = tmp_path / "played.txt"
    player = tmp_path / "bin" / "paplay"
    player.parent.mkdir()
    player.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{played}"\n')
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(player.parent))
    owner = QObject()
    chime = ChimePlayer(owner)
    assert chime.has_sound
    chime.ring()
    qtbot.waitUntil(lambda: played.exists() and played.read_text().strip() != "")
    [wav] = played.read_text().split()
    assert Path(wav).name == "chime.wav" and Path(wav).is_file()
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    silent = ChimePlayer(owner)
    assert not silent.has_sound
    silent.ring()
    assert silent.rings == 1


def test_a_message_reaches_the_shared_view_without_the_presenter_window(
    console, qtbot: QtBot
) -> None:
    buttons = {b.text(): b for b in console.presenter_link.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Wrap up"], Qt.MouseButton.LeftButton)
    assert console.message_state.text().startswith("Not sent")  # nowhere to show it yet
    share(console, qtbot)
    connection, response = open_stream(console.sharing.server.view_url)
    assert next_state(response)["message"] == ""
    assert press(console.sharing.server.remote_url, "message", "Time") == 202
    qtbot.waitUntil(lambda: console.message_state.text() == "On the shared view: Time")
    assert next_state(response)["message"] == "Time"
    assert console.presenter is None
    qtbot.mouseClick(buttons["Clear"], Qt.MouseButton.LeftButton)
    console.refresh()
    assert next_state(response)["message"] == ""
    connection.close()
