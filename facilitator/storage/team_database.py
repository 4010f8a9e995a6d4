"""Opening a team database on PostgreSQL: refusing what is not ours, making or upgrading the
schema in one transaction, and the engine every connection of the app goes through.

A database is ours when it holds the schema version (alembic_version) and the database's
identity (database_identity); an empty database is made ours when the command may create one;
anything else is refused before a statement writes to it. Two apps opening a new database at
once take turns on an advisory lock, so the schema is made once.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from facilitator.language import _
from facilitator.storage.database import (
    Database,
    DatabaseMissing,
    DatabaseRefused,
    _alembic_config,
    head_revision,
    known_revisions,
)
from facilitator.storage.migrations import IDENTITY_TABLE
from facilitator.storage.server import (
    NOTHING_CHANGED,
    AddressRefused,
    ServerAddress,
    connection_message,
    is_connection_lost,
    server_reason,
    sqlstate,
    stored_password,
)

SCHEMA_LOCK = 0x46434C54
"""The advisory lock two apps making or upgrading the same schema take turns on ("FCLT")."""
POOL_RECYCLE_S = 1800
INSUFFICIENT_PRIVILEGE = "42501"
UNDEFINED_FILE = "58P01"
"""CREATE EXTENSION of an extension whose files the server does not have."""


def make_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    """The engine for a team database: connections checked before use, so a server that
    restarted is reconnected to instead of failing the next statement."""
    return create_engine(
        address.url,
        connect_args=address.connect_args(password),
        pool_pre_ping=True,
        pool_recycle=POOL_RECYCLE_S,
    )


def _revision(engine: Engine, address: ServerAddress) -> str | None:
    """The schema revision of the database, None for an empty one; foreign ones refused."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables or IDENTITY_TABLE not in tables:
            raise DatabaseRefused(
                _(
                    "{display}: is not a Facilitator database (it holds other tables); name "
                    "an empty database or a Facilitator one. {nothing_changed}"
                ).format(display=address.display, nothing_changed=_(NOTHING_CHANGED))
            )
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    if len(rows) != 1:
        raise DatabaseRefused(
            _("{display}: has no schema version. {nothing_changed}").format(
                display=address.display, nothing_changed=_(NOTHING_CHANGED)
            )
        )
    revision = str(rows[0][0])
    if revision not in known_revisions():
        raise DatabaseRefused(
            _(
                "{display}: was made by a newer Facilitator (schema {revision}); install "
                "the newer version to open it"
            ).format(display=address.display, revision=revision)
        )
    return revision


def upgrade_server(engine: Engine) -> None:
    """Make or upgrade the schema in one transaction (PostgreSQL's DDL is transactional), one
    app at a time."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_team_database(
    given: str, *, create: bool = True, password: str | None = None
) -> Database:
    """Open the team database at a PostgreSQL address, or refuse it with one line.

    password is one just typed (File ▸ Open team database…), tried before it is stored;
    without it the keyring's, else libpq's files."""
    try:
        address = ServerAddress.parse(given)
    except AddressRefused as error:
        raise DatabaseRefused(str(error)) from error
    engine = make_server_engine(address, password or stored_password(address))
    try:
        revision = _revision(engine, address)
        if revision is None and not create:
            raise DatabaseMissing(
                f"no Facilitator database at {address.display}: the database is empty, and a "
                "command that only reads makes none (import, demo or the app does). "
                f"{NOTHING_CHANGED}"
            )
        if revision != head_revision():
            upgrade_server(engine)
    except DBAPIError as error:
        engine.dispose()
        if error.connection_invalidated or is_connection_lost(error) or _at_login(error):
            raise DatabaseRefused(connection_message(address, error)) from error
        refused = _schema_refusal(address, error)
        if refused is not None:
            raise DatabaseRefused(refused) from error
        raise
    except BaseException:
        engine.dispose()
        raise
    return Database(None, engine, sessionmaker(engine, expire_on_commit=False), address=address)


def _schema_refusal(address: ServerAddress, error: DBAPIError) -> str | None:
    """One line for a schema the user may not make, upgrade or read, or whose extensions the
    server lacks; the transaction was rolled back, so nothing is left half-made."""
    state = sqlstate(error) or ""
    reason = server_reason(error)
    if state == INSUFFICIENT_PRIVILEGE:
        return _(
            "{display}: the user {user} may not make or read Facilitator's tables "
            "in this database ({reason}); ask the server's administrator to make the "
            "user the database's owner. {nothing_changed}"
        ).format(
            display=address.display,
            user=address.url.username or _("given"),
            reason=reason,
            nothing_changed=_(NOTHING_CHANGED),
        )
    if state == UNDEFINED_FILE and "extension" in reason.lower():
        return _(
            "{display}: the server lacks an extension Facilitator's search needs "
            "({reason}); its administrator installs PostgreSQL's contrib package "
            "(pg_trgm, unaccent). {nothing_changed}"
        ).format(display=address.display, reason=reason, nothing_changed=_(NOTHING_CHANGED))
    return None


def _at_login(error: DBAPIError) -> bool:
    """A refusal of the login or of the database name (SQLSTATE classes 28 and 3D)."""
    return (sqlstate(error) or "").startswith(("28", "3D"))


def explain_server_write(address: ServerAddress, error: DBAPIError) -> str | None:
    """A one-line message for a write the server did not take, or None for a bug."""
    if is_connection_lost(error):
        return _(
            "The server {server} cannot be reached, so this change was not saved. "
            "Everything saved before is intact on the server."
        ).format(server=address.server)
    return None
