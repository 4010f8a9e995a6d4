"""The sharing server: aiohttp in a thread of its own with its own event loop.

The window's thread publishes each new view state; the server keeps the latest and pushes it
to every open page as Server-Sent Events, stamped with the run clock's reading at the moment
of sending so a page can tell its own clock's offset. The remote's presses are handed back
through on_action (called on the server's thread: the caller passes them to its own). Stopping
ends every stream and closes every connection before stop() returns.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from aiohttp import web

from facilitator.language import _
from facilitator.resource_folder import resource_folder
from facilitator.sharing.access import REMOTE_ACTIONS, Limits, RateLimiter, new_token, same_token
from facilitator.sharing.view_state import page_words, remote_words

ActionHandler = Callable[[str, str], None]
"""Gets (action, text): one of REMOTE_ACTIONS, and for 'message' the preset's text."""
VIEW_FILES = {"": "view.html", "view.js": "view.js", "page.css": "page.css"}
REMOTE_FILES = {
    "": "remote.html", "remote.js": "remote.js", "view.js": "view.js", "page.css": "page.css"
}
"""The remote shows the clock too, drawn by the view's own script."""
CONTENT_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}
SAFE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}
"""Every answer: nothing cached, the token never sent on as a referrer, no framing, no
script but the page's own."""
START_TIMEOUT = 10.0
SHUTDOWN_SECONDS = 1.0


def pages_folder() -> Path:
    return resource_folder() / "sharing"


PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
"""A word of an HTML page ({{title}}) written in the app's language when the server starts,
so the page reads right before the first push brings the words it writes itself."""


def html_words(name: str) -> dict[str, str]:
    """The words an HTML page holds, in the app's language."""
    if name == "view.html":
        return page_words() | {
            "title": _("Facilitator — presenter clock"),
            "progress": _("Item progress"),
        }
    return remote_words() | {"title": _("Facilitator — remote"), "waiting": page_words()["waiting"]}


def page_bytes(name: str) -> bytes:
    """A page as served: an HTML page's words in the app's language (escaped), the rest as is."""
    path = pages_folder() / name
    if path.suffix != ".html":
        return path.read_bytes()
    words = html_words(name)
    text = PLACEHOLDER.sub(lambda found: html.escape(words[found[1]]), path.read_text("utf-8"))
    return text.encode("utf-8")


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class ShareServer:
    """One sharing session: an address, a port, two fresh tokens and the pages' streams."""

    def __init__(
        self,
        host: str,
        *,
        clock: Callable[[], float],
        on_action: ActionHandler,
        port: int = 0,
        presets: Sequence[str] = (),
        limits: Limits | None = None,
        shown_host: str | None = None,
    ) -> None:
        """shown_host names the server in its addresses when host is every interface."""
        self.host = host
        self.shown_host = shown_host or host
        self.port = port
        self.view_token = new_token()
        self.remote_token = new_token()
        self._clock = clock
        self._on_action = on_action
        self._presets = tuple(presets)
        self._limits = limits or Limits()
        self._rate = RateLimiter(self._limits.rate_per_second, self._limits.burst)
        self._pages = {name: page_bytes(name) for name in self._page_names()}
        self._latest: str | None = None
        self._streams: set[asyncio.Queue[str | None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._error: OSError | None = None

    @staticmethod
    def _page_names() -> set[str]:
        return set(VIEW_FILES.values()) | set(REMOTE_FILES.values())

    # --- from the window's thread ----------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def view_url(self) -> str:
        return f"http://{url_host(self.shown_host)}:{self.port}/v/{self.view_token}/"

    @property
    def remote_url(self) -> str:
        return f"http://{url_host(self.shown_host)}:{self.port}/r/{self.remote_token}/"

    @property
    def stream_count(self) -> int:
        """How many pages are watching now."""
        return len(self._streams)

    def start(self) -> None:
        """Bind and serve; raises OSError when the address can't be bound."""
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name="facilitator-sharing", daemon=True
        )
        self._thread.start()
        if not ready.wait(START_TIMEOUT):
            raise OSError(_("The sharing server did not start."))
        if self._error is not None:
            self._thread.join()
            self._thread = None
            raise self._error

    def publish(self, state_json: str) -> None:
        """The view state now, as view_state.ViewState.to_json() writes it."""
        if state_json == self._latest:
            return
        self._latest = state_json
        loop = self._loop
        if loop is not None and self.running:
            loop.call_soon_threadsafe(self._broadcast, state_json)

    def stop(self) -> None:
        """End every stream, close every connection and the listening socket; idempotent."""
        loop, thread, stopping = self._loop, self._thread, self._stopping
        if loop is None or thread is None or stopping is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(stopping.set)
            thread.join(START_TIMEOUT)
        self._thread = None

    # --- on the server's thread ------------------------------------------------------------

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(ready))
        finally:
            loop.close()

    async def _serve(self, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=self._limits.max_body_bytes)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        app.on_response_prepare.append(_harden)
        runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,
            shutdown_timeout=SHUTDOWN_SECONDS,
            max_line_size=self._limits.max_header_bytes,
            max_field_size=self._limits.max_header_bytes,
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as error:
            self._error = error
            await runner.cleanup()
            ready.set()
            return
        self.port = int(runner.addresses[0][1])
        ready.set()
        await self._stopping.wait()
        for queue in list(self._streams):
            queue.put_nowait(None)  # after the last state, so a page still shows ENDED
        await runner.cleanup()

    def _broadcast(self, state_json: str) -> None:
        if self._stopping is not None and self._stopping.is_set():
            return  # the streams have their last word already
        for queue in self._streams:
            _drain(queue)
            queue.put_nowait(state_json)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        peer = request.remote or ""
        if not self._rate.allow(peer):
            return _plain(429, "Too many requests")
        parts = request.path.split("/")
        if len(parts) != 4 or parts[0] != "":
            return _not_found()
        _, place, token, name = parts
        if place == "v" and same_token(token, self.view_token):
            return await self._view(request, name)
        if place == "r" and same_token(token, self.remote_token):
            return await self._remote(request, name)
        return _not_found()

    async def _view(self, request: web.Request, name: str) -> web.StreamResponse:
        if request.method != "GET":
            return _not_found()
        if name == "events":
            return await self._events(request)
        return self._file(VIEW_FILES.get(name))

    async def _remote(self, request: web.Request, name: str) -> web.StreamResponse:
        if request.method == "POST" and name == "action":
            return await self._action(request)
        if request.method != "GET":
            return _not_found()
        if name == "events":
            return await self._events(request)
        if name == "presets":
            return web.json_response({"presets": list(self._presets), "words": remote_words()})
        return self._file(REMOTE_FILES.get(name))

    def _file(self, name: str | None) -> web.Response:
        if name is None:
            return _not_found()
        content_type = CONTENT_TYPES[Path(name).suffix]
        return web.Response(body=self._pages[name], content_type=content_type, charset="utf-8")

    async def _action(self, request: web.Request) -> web.Response:
        length = request.content_length
        if length is None or length > self._limits.max_body_bytes:
            return _plain(413, "Too large")
        try:
            body = json.loads(await request.read())
        except (ValueError, web.HTTPException):
            return _plain(400, "Bad request")
        action = body.get("action") if isinstance(body, dict) else None
        text = body.get("text", "") if isinstance(body, dict) else ""
        if action not in REMOTE_ACTIONS or (action == "message" and text not in self._presets):
            return _plain(400, "Bad request")
        self._on_action(str(action), str(text) if action == "message" else "")
        return web.json_response({"ok": True}, status=202)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        if len(self._streams) >= self._limits.max_streams:
            return _plain(503, "Busy")
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._streams.add(queue)
        try:
            await response.prepare(request)
            text = self._latest if self._latest is not None else await queue.get()
            while text is not None:
                await response.write(self._event(text))
                text = await queue.get()
        except ConnectionError:
            pass
        finally:
            self._streams.discard(queue)
        return response

    def _event(self, state_json: str) -> bytes:
        """One push: the state and the run clock's reading as it is sent."""
        return f'data: {{"sent":{self._clock():.4f},"state":{state_json}}}\n\n'.encode()


def _drain(queue: asyncio.Queue[str | None]) -> None:
    """Only the newest state matters: a slow page skips the ones it missed."""
    while not queue.empty():
        queue.get_nowait()


def _plain(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=text)


def _not_found() -> web.Response:
    """The one answer to anything that does not name a token: the same bytes every time."""
    return _plain(404, "Not found")


async def _harden(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers.pop("Server", None)
    response.headers.update(SAFE_HEADERS)
