"""A team database on a PostgreSQL server: its address, its password, and the words for what
goes wrong between the app and the server.

The address is a libpq-style URL, `postgresql://user@host[:port]/dbname[?sslmode=...]`, driven
by psycopg 3. It never carries a password: the password comes from the system keyring (service
KEYRING_SERVICE, the address's `user@host:port/dbname` as the user name), and when the keyring
has none, libpq reads it from a password file (~/.pgpass, $PGPASSFILE) or a service file
(`?service=name`). Every query parameter libpq knows passes through unchanged, so
`sslmode=verify-full&sslrootcert=/path/ca.pem` checks the server's certificate against a CA file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.language import N_, _

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
KEYRING_SERVICE = "Facilitator PostgreSQL"
CONNECT_TIMEOUT_S = 5
TCP_USER_TIMEOUT_MS = 5000
"""A statement sent on a connection whose server stopped answering (a network gone without a
reset) fails after this long, not after TCP's quarter of an hour of retries: a running meeting
then keeps its notes on the laptop (team/offline.py) instead of the console hanging."""
DEFAULT_PORT = 5432
NOTHING_CHANGED = N_("Nothing was changed on the server.")
LIBPQ_OPTIONS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "sslpassword",
        "sslnegotiation",
        "service",
        "passfile",
        "connect_timeout",
        "target_session_attrs",
        "gssencmode",
        "channel_binding",
        "options",
        "application_name",
    }
)
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class AddressRefused(ValueError):
    """A database address that is not a usable PostgreSQL URL; the message is one line."""


@dataclass(frozen=True)
class ServerAddress:
    """Where a team database is: a PostgreSQL URL without a password."""

    url: URL

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        """The address in text, or AddressRefused saying what is wrong with it."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        shown = text.split("@")[-1] if "@" in text else text
        try:
            url = make_url(text.strip())
        except (ArgumentError, ValueError) as error:
            raise AddressRefused(
                _("{shown}: not a PostgreSQL address; write postgresql://user@host/dbname").format(
                    shown=shown
                )
            ) from error
        if url.drivername not in SCHEMES:
            raise AddressRefused(
                _(
                    "{drivername}:// is not a PostgreSQL address: name a database file, or a "
                    "team database as postgresql://user@host/dbname"
                ).format(drivername=url.drivername)
            )
        if url.password is not None:
            raise AddressRefused(
                _(
                    "a database address never carries a password (it would show in the "
                    "shell's history and the list of processes): store it in the system "
                    "keyring (File ▸ Open team database…), ~/.pgpass or a service file, and "
                    "write postgresql://user@host/dbname"
                )
            )
        service = url.query.get("service")
        if not url.database and not service:
            raise AddressRefused(
                _("{address}: name the database, as in postgresql://user@host/dbname").format(
                    address=url.render_as_string()
                )
            )
        unknown = sorted(set(url.query) - LIBPQ_OPTIONS)
        if unknown:
            raise AddressRefused(
                _(
                    "{address}: {option!r} is not a connection option Facilitator passes on "
                    "(known: {known})"
                ).format(
                    address=url.render_as_string(),
                    option=unknown[0],
                    known=", ".join(sorted(LIBPQ_OPTIONS)),
                )
            )
        mode = url.query.get("sslmode")
        if mode is not None and mode not in SSL_MODES:
            raise AddressRefused(
                _("sslmode={mode} is not one of {modes}").format(
                    mode=mode, modes=", ".join(SSL_MODES)
                )
            )
        return cls(url.set(drivername=DRIVER))

    @property
    def display(self) -> str:
        """The address as the user wrote it, for titles and messages."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    @property
    def server(self) -> str:
        host = self.url.host or os.environ.get("PGHOST") or "localhost"
        return f"{host}:{self.url.port or DEFAULT_PORT}"

    @property
    def keyring_user(self) -> str:
        """The name the password is kept under in the system keyring."""
        user = self.url.username or os.environ.get("PGUSER", "")
        return f"{user}@{self.server}/{self.url.database or ''}"

    def connect_args(self, password: str | None) -> dict[str, Any]:
        defaults = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
            "application_name": application_name(),
        }
        args: dict[str, Any] = {
            name: value for name, value in defaults.items() if name not in self.url.query
        }
        if password:
            args["password"] = password
        return args


def compose_address(host: str, port: int, database: str, user: str, options: dict[str, str]) -> str:
    """The address of a team database from a form's fields (never a password): empty fields
    are left out, so libpq's own defaults (the local socket, the login name) apply."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql",
        username=user or None,
        host=host or None,
        port=port if port != DEFAULT_PORT else None,
        database=database or None,
        query={name: value for name, value in options.items() if value},
    )
    return url.render_as_string(hide_password=False)


def application_name() -> str:
    """How this app shows in pg_stat_activity: the console lease names its holder by it."""
    import socket  # only a team database's connection names itself: not on a file's start

    return f"Facilitator on {socket.gethostname()} (pid {os.getpid()})"[:63]


def stored_password(address: ServerAddress) -> str | None:
    """The address's password from the system keyring; None when there is none or no keyring
    (libpq then tries its password and service files)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except KeyringError:
        return None


def store_password(address: ServerAddress, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)


_LIBPQ_PREFIX = re.compile(
    r"^(connection failed: )?(connection to server (at|on) .*?(, port \d+)? failed: )?"
    r"((FATAL|ERROR):\s+)?",
    re.I,
)
_LOGIN_REFUSED = re.compile(
    r"password authentication failed|role \".*\" does not exist|no pg_hba\.conf entry|"
    r"authentication failed|permission denied for database|is not permitted to log in",
    re.I,
)
_NO_DATABASE = re.compile(r"database \".*\" does not exist", re.I)


def server_reason(error: BaseException) -> str:
    """libpq's reason, without the "connection to server at … failed:" the message repeats."""
    original = getattr(error, "orig", error)
    text = str(original).strip() or type(original).__name__
    line = " ".join(text.splitlines()[0].split())
    return _LIBPQ_PREFIX.sub("", line, count=1) or line


def sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", error)
    return getattr(original, "sqlstate", None)


def connection_message(address: ServerAddress, error: BaseException) -> str:
    """One line for a failed connection: the server is unreachable, the login was refused, the
    database does not exist, or the secure connection (SSL) failed. A refusal at login comes
    without an SQLSTATE from libpq, so its words are read too."""
    where = address.display
    said = server_reason(error)
    lowered = said.lower()
    state = sqlstate(error) or ""
    if "no password supplied" in lowered or "fe_sendauth" in lowered:
        return _(
            "{where}: the server asks for a password and none is stored: store it in "
            "the system keyring (File ▸ Open team database…), ~/.pgpass or a service "
            "file. {nothing_changed}"
        ).format(where=where, nothing_changed=_(NOTHING_CHANGED))
    if state == "3D000" or _NO_DATABASE.search(said):
        return _(
            "{where}: the server has no database {database!r}; ask its administrator "
            "to create it (createdb). {nothing_changed}"
        ).format(where=where, database=address.url.database, nothing_changed=_(NOTHING_CHANGED))
    if state.startswith("28") or _LOGIN_REFUSED.search(said):
        return _(
            "{where}: the server refused the login ({said}). Check the user name, "
            "and the password in the system keyring or ~/.pgpass. {nothing_changed}"
        ).format(where=where, said=said, nothing_changed=_(NOTHING_CHANGED))
    if "certificate" in lowered or "ssl" in lowered:
        return _("{where}: the secure connection (SSL) failed ({said}). {nothing_changed}").format(
            where=where, said=said, nothing_changed=_(NOTHING_CHANGED)
        )
    return _(
        "{where}: cannot reach the server at {server} ({said}). Check the "
        "address and the network, then try again. {nothing_changed}"
    ).format(where=where, server=address.server, said=said, nothing_changed=_(NOTHING_CHANGED))


def is_connection_lost(error: BaseException) -> bool:
    """Whether a failed statement failed because the server could not be reached (the network,
    a restart), rather than because of what it asked."""
    import psycopg

    original = getattr(error, "orig", error)
    if getattr(error, "connection_invalidated", False):
        return True
    if isinstance(original, psycopg.OperationalError | psycopg.InterfaceError):
        state = sqlstate(original)
        return state is None or state.startswith(("08", "57P"))
    return False


def lost_connection_message(given: str, error: BaseException) -> str | None:
    """The one line for a command whose server went away after it connected; None when the
    error is not about the connection, so a bug keeps its traceback."""
    if not is_connection_lost(error):
        return None
    try:
        address = ServerAddress.parse(given)
    except AddressRefused:
        return None
    return connection_message(address, error)
