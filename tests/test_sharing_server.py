"""The sharing server on 127.0.0.1: the view's stream, the remote's presses, the limits, and
what a stranger learns without the tokens (nothing)."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fake_time import FakeClock

from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note
from facilitator.record.people import list_people
from facilitator.rules.clock import MeetingClock, Thresholds
from facilitator.sharing import addresses
from facilitator.sharing.access import Limits, RateLimiter, new_token
from facilitator.sharing.server import ShareServer
from facilitator.sharing.view_state import view_state
from facilitator.storage.database import Database
from facilitator.vocabulary import DisputeCategory, NoteKind, Team

HOST = "127.0.0.1"
PRESETS = ("2 minutes", "Wrap up", "Time")
NOTE = "Secret note: pricing floor is 40k"
DISPUTE = "Secret dispute: MQL threshold"
ACTION = "Secret action: call the CFO"


class Served:
    """A running server and what its remote pressed."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.clock = FakeClock()
        self.pressed: list[tuple[str, str]] = []
        self.server = ShareServer(
            HOST,
            clock=self.clock,
            on_action=lambda action, text: self.pressed.append((action, text)),
            presets=PRESETS,
            limits=limits,
        )
        self.server.start()

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(HOST, self.server.port, timeout=5)

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, bytes, http.client.HTTPMessage]:
        connection = self.connection()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.read(), response.headers
        finally:
            connection.close()

    def stream(self, path: str) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        connection = self.connection()
        connection.request("GET", path)
        return connection, connection.getresponse()

    @property
    def view(self) -> str:
        return f"/v/{self.server.view_token}/"

    @property
    def remote(self) -> str:
        return f"/r/{self.server.remote_token}/"


def next_push(response: http.client.HTTPResponse) -> dict[str, Any]:
    """The next event of a stream, decoded."""
    while True:
        line = response.fp.readline()
        if not line:
            raise EOFError("the stream ended")
        if line.startswith(b"data: "):
            return json.loads(line[len(b"data: ") :])


@pytest.fixture
def serve() -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(limits: Limits | None = None) -> Served:
        started.append(Served(limits))
        return started[-1]

    yield start
    for served in started:
        served.server.stop()


@pytest.fixture
def shared_meeting(db: Database, new_weekly_meeting, three_teams) -> dict[str, Any]:
    """A running meeting with notes, a dispute, an action item and people with addresses, and
    its view state as the server is sent it."""
    meeting_id = new_weekly_meeting()
    meeting = load_meeting(db, meeting_id)
    first = meeting.items[0]
    add_note(db, meeting_id, first.id, NoteKind.NOTE, NOTE, 10.0)
    open_dispute(
        db, meeting_id, title=DISPUTE, category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    add_action_item(db, meeting_id, text=ACTION, team=Team.MARKETING)
    clock = MeetingClock([item.planned_seconds for item in meeting.items], meeting.cap_seconds)
    clock = clock.apply(clock.start(1000.0))
    state = view_state(meeting, clock.state(1030.0), Thresholds(), message="Wrap up")
    secrets = [NOTE, DISPUTE, ACTION, db.location]
    secrets += [person.email for person in list_people(db) if person.email]
    return {"meeting": meeting, "state": state, "secrets": secrets}


def test_the_view_is_pushed_with_the_send_instant_and_only_the_presenter_screen(
    serve, shared_meeting
) -> None:
    served = serve()
    state = shared_meeting["state"]
    served.server.publish(state.to_json())
    status, page, headers = served.request("GET", served.view)
    assert status == 200 and b'src="view.js"' in page
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer" and "Server" not in headers
    served.clock.now = 1031.5
    connection, response = served.stream(served.view + "events")
    try:
        assert response.getheader("Content-Type") == "text/event-stream"
        push = next_push(response)
        assert push["sent"] == pytest.approx(1031.5)
        assert push["state"]["item_title"] == shared_meeting["meeting"].items[0].title
        assert push["state"]["message"] == "Wrap up" and push["state"]["status"] == "running"
        assert push["state"]["at"] == pytest.approx(1030.0)
        text = json.dumps(push)
        assert [secret for secret in shared_meeting["secrets"] if secret in text] == []
        served.server.publish(state.to_json().replace("Wrap up", "Time"))
        assert next_push(response)["state"]["message"] == "Time"
    finally:
        connection.close()


def test_the_pages_read_in_the_apps_language_before_the_first_push(serve, speak) -> None:
    """The title, the sound button, the waiting line and the remote's buttons are written into
    the pages in the app's language, escaped, and no placeholder is left."""
    english = serve()
    _, view, _ = english.request("GET", english.view)
    _, remote, _ = english.request("GET", english.remote)
    assert b'<html lang="en">' in view and b"<title>Facilitator \xe2\x80\x94 presenter" in view
    assert "Waiting for the moderator&#x27;s app…".encode() in view
    assert "◀ Previous".encode() in remote and b"+1 min" in remote
    speak("de")
    german = serve()
    _, view, _ = german.request("GET", german.view)
    _, remote, _ = german.request("GET", german.remote)
    assert b'<html lang="de">' in view and b'<html lang="de">' in remote
    assert "<title>Facilitator — Uhr für Vortragende</title>".encode() in view
    assert b"Tippen, um den Ton einzuschalten" in view
    assert b"Previous" not in remote and b"Waiting" not in remote
    assert [page for page in (view, remote) if b"{{" in page] == []


def test_the_remote_presses_only_by_post_with_its_own_token(serve) -> None:
    served = serve()
    body = json.dumps({"action": "next"}).encode()
    json_type = {"Content-Type": "application/json"}
    assert served.request("POST", served.remote + "action", body, json_type)[0] == 202
    message = json.dumps({"action": "message", "text": "Wrap up"}).encode()
    assert served.request("POST", served.remote + "action", message, json_type)[0] == 202
    assert served.pressed == [("next", ""), ("message", "Wrap up")]
    assert served.request("POST", served.view + "action", body, json_type)[0] == 404
    assert served.request("GET", served.remote + "action")[0] == 404
    typed = json.dumps({"action": "message", "text": "<b>anything</b>"}).encode()
    assert served.request("POST", served.remote + "action", typed, json_type)[0] == 400
    delete = json.dumps({"action": "delete_meeting"}).encode()
    assert served.request("POST", served.remote + "action", delete, json_type)[0] == 400
    status, presets, _ = served.request("GET", served.remote + "presets")
    assert status == 200 and json.loads(presets)["presets"] == list(PRESETS)
    assert json.loads(presets)["words"]["next"] == "Next ▶"
    assert served.pressed == [("next", ""), ("message", "Wrap up")]


def test_a_stranger_learns_nothing(serve, shared_meeting) -> None:
    """Wrong token, no token, guessed paths, an old token after a restart, an oversized
    request and a flood: every answer is counted, and none discloses anything."""
    old = serve()
    old_view, old_remote = old.view, old.remote
    old.server.stop()
    served = serve(Limits(rate_per_second=1, burst=40))  # the flood outpaces it however slow
    served.server.publish(shared_meeting["state"].to_json())
    view, remote = served.server.view_token, served.server.remote_token
    secrets = [*shared_meeting["secrets"], view, remote]
    secrets += [shared_meeting["meeting"].title, shared_meeting["meeting"].items[0].title]
    guesses = [
        ("GET", "/"), ("GET", "/v/"), ("GET", "/v"), ("GET", f"/v/{new_token()}/"),
        ("GET", f"/v/{view[:-1]}/"), ("GET", f"/v/{view}"), ("GET", f"/v/{view}x/"),
        ("GET", f"/v/{remote}/"), ("GET", f"/r/{view}/"), ("POST", f"/r/{view}/action"),
        ("GET", f"/v/{new_token()}/events"), ("GET", "/v/../../etc/passwd"),
        ("GET", f"/v/{view}/../r/{remote}/"), ("GET", f"/v/{view}/view.html"),
        ("GET", f"/v/{view}/%2e%2e/"), ("GET", "/favicon.ico"), ("GET", "/robots.txt"),
        ("PUT", f"/v/{view}/"), ("DELETE", f"/r/{remote}/action"), ("OPTIONS", "*"),
        ("GET", old_view), ("GET", old_view + "events"), ("GET", old_remote),
        ("POST", old_remote + "action"),
    ]
    answers = [served.request(method, path)[:2] for method, path in guesses]
    big = b'{"action":"next","pad":"' + b"x" * 100_000 + b'"}'
    answers.append(served.request("POST", f"/r/{remote}/action", big)[:2])
    long_header = {"X-Pad": "y" * 20_000}
    answers.append(served.request("GET", f"/v/{view}/", None, long_header)[:2])
    flood = [served.request("GET", f"/v/{new_token()}/events")[:2] for _ in range(150)]

    def discloses(status: int, body: bytes) -> bool:
        text = body.decode("utf-8", "replace")
        return status < 400 or any(secret in text for secret in secrets)

    disclosures = sum(discloses(status, body) for status, body in [*answers, *flood])
    assert disclosures == 0
    assert {status for status, _ in answers[: len(guesses)]} == {404}
    assert answers[-2][0] == 413 and answers[-1][0] in (400, 431)
    assert 0 < sum(status == 429 for status, _ in flood) < len(flood)
    assert served.pressed == []


def test_stopping_ends_every_stream_and_closes_the_port(serve, shared_meeting) -> None:
    served = serve()
    served.server.publish(shared_meeting["state"].to_json())
    streams = [served.stream(served.view + "events") for _ in range(3)]
    for _, response in streams:
        next_push(response)
    assert served.server.stream_count == 3
    served.server.stop()
    for connection, response in streams:
        with pytest.raises(EOFError):
            next_push(response)
        connection.close()
    assert not served.server.running
    with pytest.raises(ConnectionRefusedError):
        served.request("GET", served.view)


def test_streams_are_limited(serve, shared_meeting) -> None:
    served = serve(Limits(max_streams=2))
    served.server.publish(shared_meeting["state"].to_json())
    streams = [served.stream(served.view + "events") for _ in range(2)]
    for _, response in streams:
        next_push(response)
    assert served.request("GET", served.view + "events")[0] == 503
    for connection, _ in streams:
        connection.close()


def test_each_session_has_fresh_long_tokens(serve) -> None:
    first, second = serve(), serve()
    tokens = {first.server.view_token, first.server.remote_token}
    tokens |= {second.server.view_token, second.server.remote_token}
    assert len(tokens) == 4
    assert all(len(token) >= 22 for token in tokens)  # 16 bytes of base64 are 22 characters


def test_the_rate_limiter_lets_a_burst_through_then_a_steady_pace() -> None:
    clock = FakeClock(0.0)
    limiter = RateLimiter(rate=2.0, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")
    clock.advance(0.5)
    assert limiter.allow("a") and not limiter.allow("a")


def test_binding_a_taken_port_says_so(serve) -> None:
    served = serve()
    port = served.server.port
    other = ShareServer(HOST, clock=served.clock, on_action=lambda *_: None, port=port)
    with pytest.raises(OSError):
        other.start()


def test_every_interface_is_named_by_the_shown_address() -> None:
    server = ShareServer(
        "0.0.0.0", clock=FakeClock(), on_action=lambda *_: None, shown_host="192.0.2.7"
    )
    assert server.view_url.startswith("http://192.0.2.7:0/v/")
    assert server.remote_url.startswith("http://192.0.2.7:0/r/")


class RouteProbe:
    """A UDP socket that 'connects' as the real one does: the kernel picks the interface of
    the route to the address, here given by the test (None: no route at all)."""

    def __init__(self, local: str | None) -> None:
        self.local = local
        self.connected_to: tuple[str, int] | None = None

    def __call__(self, *_args: Any) -> RouteProbe:
        return self

    def connect(self, address: tuple[str, int]) -> None:
        if self.local is None:
            raise OSError("Network is unreachable")
        self.connected_to = address

    def getsockname(self) -> tuple[str, int]:
        return (self.local or "0.0.0.0", 40000)

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("local", "expected"),
    [("192.168.1.23", "192.168.1.23"), (None, "127.0.0.1"), ("0.0.0.0", "127.0.0.1")],
)
def test_the_default_address_is_the_default_routes_interface(
    monkeypatch: pytest.MonkeyPatch, local: str | None, expected: str
) -> None:
    """The interface the default route leaves by, found without sending a packet; loopback
    where there is no route, and never every interface."""
    probe = RouteProbe(local)
    monkeypatch.setattr(addresses.socket, "socket", probe)
    assert addresses.default_address() == expected
    assert probe.connected_to in (None, addresses.ROUTE_PROBE)
    assert not addresses.is_every_interface(addresses.default_address())
