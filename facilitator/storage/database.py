"""Opening a Facilitator database: refusing foreign files, connection pragmas, schema upgrades."""

from __future__ import annotations

import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import timesource
from facilitator.language import _
from facilitator.paths import is_server_address
from facilitator.storage.file_revision import APPLICATION_ID, SQLITE_MAGIC, read_only_uri
from facilitator.storage.open_errors import is_corruption, unavailable_message
from facilitator.storage.server import ServerAddress
from facilitator.storage.write_errors import SaveRefused, explain_write_error, is_busy

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session, sessionmaker

    from facilitator.storage.window_reads import WindowReads

BUSY_TIMEOUT_MS = 5000
WRITE_ATTEMPTS = 12
"""How often a write asks for the lock, each time waiting BUSY_TIMEOUT_MS: a minute in all,
so a long import in another process is waited out rather than refused."""
MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseRefused(Exception):
    """A file or folder that Facilitator will not open; the message is one line for the user."""


class DatabaseMissing(DatabaseRefused):
    """No database where one was to be read: a command that only reads never makes one."""


class DatabaseDamaged(DatabaseRefused):
    """SQLite itself says the file is corrupt: the one refusal a backup can answer."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            _(
                "{path}: is damaged ({reason}); open it in the Facilitator app, which puts its "
                "newest good backup in its place"
            ).format(path=path, reason=reason)
        )
        self.path = path
        self.reason = reason


def refusal(path: Path, error: BaseException) -> DatabaseRefused:
    """The refusal for an SQLite error met while opening: damage only when SQLite says so."""
    if is_corruption(error):
        reason = " ".join(str(getattr(error, "orig", error)).split())
        return DatabaseDamaged(path, f"SQLite: {reason}")
    return DatabaseRefused(unavailable_message(path, error))


@contextmanager
def _damage_refused(path: Path | None) -> Iterator[None]:
    """SQLITE_CORRUPT at any query becomes DatabaseDamaged: one line, never a traceback."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as error:
        if path is not None and is_corruption(error):
            raise refusal(path, error) from error
        raise


class Database:
    """An open database: an SQLite file (path) or a team database on a server (address).

    A file's engine and sessions may be left out: they are made from path when first asked
    for, so a start that reads through sqlite3 alone never imports SQLAlchemy for them.
    """

    def __init__(
        self,
        path: Path | None,
        engine: Engine | None = None,
        sessions: sessionmaker[Session] | None = None,
        backup: Path | None = None,
        address: ServerAddress | None = None,
    ) -> None:
        if engine is None and path is None:
            raise ValueError("a database without an engine needs its file's path")
        self.path = path
        self.backup = backup
        self.address = address
        self._engine = engine
        self._sessions = sessions
        self._making = threading.Lock()
        self.window_reads: WindowReads | None = None
        """While the app lends it (a start on a file, before the ORM is in), the sqlite3
        reader the main window fills itself through (facilitator/first_fill.py)."""

    @property
    def engine_made(self) -> bool:
        """Whether the engine exists yet; reading this never makes it."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The engine, made on first use under a lock: two threads asking at once get one."""
        engine = self._engine
        if engine is None:
            with self._making:
                if self._engine is None:
                    assert self.path is not None
                    self._engine = make_engine(self.path)
                engine = self._engine
        return engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        sessions = self._sessions
        if sessions is None:
            engine = self.engine
            with self._making:
                if self._sessions is None:
                    from sqlalchemy.orm import sessionmaker

                    self._sessions = sessionmaker(engine, expire_on_commit=False)
                sessions = self._sessions
        return sessions

    @sessions.setter
    def sessions(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @property
    def on_server(self) -> bool:
        """A team database on PostgreSQL: no file, so no backups beside it to make or restore."""
        return self.address is not None

    @property
    def location(self) -> str:
        """Where the database is, for titles and messages: its file, or its server address."""
        return self.address.display if self.address is not None else str(self.path)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A short write transaction, committed on leaving the block.

        A disk that refuses the write (full, read-only, failing) raises SaveRefused with a
        message for the user; the transaction is rolled back, so nothing half-done is kept.
        Another process writing (a second copy of the app, a long import) is waited for; one
        still writing after WRITE_ATTEMPTS busy timeouts is a SaveRefused too.
        """
        from sqlalchemy.exc import DBAPIError

        try:
            with _damage_refused(self.path), self.sessions() as session:
                _take_write_lock(session)
                yield session
                session.commit()
        except DBAPIError as error:
            message = self._explain(error)
            if message is None:
                raise
            raise SaveRefused(message) from error

    def _explain(self, error: DBAPIError) -> str | None:
        if self.address is not None:
            from facilitator.storage.team_database import explain_server_write

            return explain_server_write(self.address, error)
        from sqlalchemy.exc import OperationalError

        if not isinstance(error, OperationalError):
            return None
        assert self.path is not None
        return explain_write_error(self.path, error)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read: a deferred transaction, so in WAL mode it reads the last committed state
        while another copy of the app or a long import holds the write lock."""
        with _damage_refused(self.path), self.sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            yield session

    def close(self) -> None:
        """Dispose of the engine's connections; an engine never made is not made for this."""
        with self._making:
            engine = self._engine
        if engine is not None:
            engine.dispose()


def load_orm() -> None:
    """SQLAlchemy, the models and their configured mappers: what a read or write through the
    record layer needs first (the app loads them in the background after a start)."""
    from sqlalchemy.orm import configure_mappers

    import facilitator.storage.models  # noqa: F401 - the mappers to configure

    configure_mappers()


def _take_write_lock(session: Session) -> None:
    """Begin the session's transaction (BEGIN IMMEDIATE), asking again while another
    connection holds the lock, so a write never fails half-way for a lock it could wait for."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            session.connection()
            return
        except OperationalError as error:
            session.rollback()
            if attempt == WRITE_ATTEMPTS or not is_busy(error):
                raise


_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.M)
_DOWN_REVISION = re.compile(
    r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|(None))\s*$", re.M
)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision and the one it revises, read from the migration files' plain assignments.

    Importing Alembic costs a third of a second, so a start that needs no upgrade reads the
    revisions this way; anything unusual (a merge, a computed value) falls back to Alembic.
    """
    graph: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return _alembic_graph()
        graph[revision.group(1)] = down.group(1)
    heads = set(graph) - set(graph.values())
    return graph if len(heads) == 1 else _alembic_graph()


def _alembic_graph() -> dict[str, str | None]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {
        rev.revision: rev.down_revision if isinstance(rev.down_revision, str) else None
        for rev in script.walk_revisions()
    }


def head_revision() -> str:
    graph = _revision_graph()
    heads = sorted(set(graph) - set(graph.values()))
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_alembic_config()).get_heads()[0]
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _refuse(path: Path, why: str) -> DatabaseRefused:
    return DatabaseRefused(f"{path}: {why}")


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing Facilitator file, None for a file not yet made.

    Reads only; anything that is not ours is refused before SQLite writes a byte to it.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise _refuse(path, _("is a folder, not a database file"))
    if not path.is_file():
        raise _refuse(
            path, _("is not a regular file (a named pipe or a device), not a database file")
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise DatabaseRefused(unavailable_message(path, error)) from error
    if not header:
        raise _refuse(path, _("is an empty file, not a Facilitator database"))
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise _refuse(path, _("is not a Facilitator database (not an SQLite file)"))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise _refuse(
            path, _("is an SQLite database of another program, not a Facilitator database")
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise _refuse(path, _("has no schema version; it is damaged"))
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise refusal(path, error) from error
    if len(rows) != 1:
        raise _refuse(path, _("has no schema version; it is damaged"))
    revision = rows[0][0]
    if revision not in known_revisions():
        raise _refuse(
            path,
            _(
                "was made by a newer Facilitator (schema {revision}); "
                "install the newer version to open it"
            ).format(revision=revision),
        )
    return revision


def _check_writable(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
        if path.exists():
            with path.open("r+b"):
                pass
    except OSError as error:
        where = path if path.exists() else folder
        raise DatabaseRefused(unavailable_message(where, error)) from error


def _mark_as_ours(path: Path) -> None:
    """Stamp a new file's header before WAL is on, so the mark is in the file itself at once.

    In WAL mode a header change waits in the -wal file until a checkpoint; a crash before it
    would leave a file that the next start refuses as another program's.
    """
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
    finally:
        connection.close()


READ_ONLY = "facilitator_read_only"
"""Execution option of a read's connection: its transaction begins deferred, not IMMEDIATE."""


def _set_pragmas(connection: sqlite3.Connection) -> None:
    """What every connection to a file gets, through the engine or sqlite3 alone."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def connect_file(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to an open database's file, with the engine's pragmas:
    for work that need not wait for SQLAlchemy to be imported. The caller closes it."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _set_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path) -> Engine:
    """One engine per open database; every connection gets the same pragmas."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _set_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        reading = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def backup_copy(path: Path, label: str) -> Path:
    """Copy a database through SQLite's online backup API into the backups folder beside it.

    The copy is a rollback-journal file, so reading it later leaves no -wal or -shm beside
    it; a copy that fails half-way is removed with its journal.
    """
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = timesource.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    try:
        source = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            source.close()
    except BaseException:
        remove_with_side_files(target)
        raise
    return target


def remove_with_side_files(path: Path) -> None:
    """Delete a database file SQLite made and the journal, -wal and -shm beside it."""
    for name in (path.name, f"{path.name}-journal", f"{path.name}-wal", f"{path.name}-shm"):
        path.with_name(name).unlink(missing_ok=True)


def _broken_references(connection: Connection) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision in one transaction, SQLite's foreign keys off.

    A migration that rebuilds a table in batch mode drops it and renames a copy into its place;
    with foreign keys on, the drop would first delete, by cascade, every row that refers to it.
    SQLite ignores the pragma inside a transaction, so it is switched around the transaction,
    and the references are checked before the commit instead.
    """
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                before = _broken_references(connection)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = _broken_references(connection) - before
                if broken:
                    table = sorted(str(row[0]) for row in broken)[0]
                    raise DatabaseRefused(
                        _(
                            "{database}: the schema upgrade would break references in {table}; "
                            "nothing was changed"
                        ).format(database=engine.url.database, table=table)
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def open_database(path: Path | str, *, create: bool = True) -> Database:
    """Open (upgrading as needed) the database at path, or refuse it untouched.

    path is a file, or a PostgreSQL address (postgresql://user@host/dbname) of a team
    database. With create, a database is made where there is none. Without it, a missing file,
    or one whose schema was never made, raises DatabaseMissing before anything is written: no
    file, folder, -wal or backup is left behind by a command that only reads.
    """
    if is_server_address(path):
        from facilitator.storage.team_database import open_team_database

        return open_team_database(str(path), create=create)
    path = Path(path).expanduser()
    revision = inspect_file(path)
    if revision is None and not create:
        raise DatabaseMissing(f"no Facilitator database at {path}")
    _check_writable(path)
    if revision is not None and revision == head_revision():
        return Database(path)
    backup = None
    existed = path.exists()
    try:
        if revision is None:
            _mark_as_ours(path)
        elif revision != head_revision():
            backup = backup_copy(path, f"before-upgrade-from-{revision}")
    except sqlite3.Error as error:
        if not existed:  # never leave an empty file where the database was to be
            remove_with_side_files(path)
        raise refusal(path, error) from error
    engine = make_engine(path)
    try:
        upgrade(engine)
    except Exception as error:
        from sqlalchemy.exc import DBAPIError

        engine.dispose()
        if not existed:  # a database that could not be made leaves nothing behind
            remove_with_side_files(path)
        if isinstance(error, DBAPIError):
            raise refusal(path, error) from error
        raise
    return Database(path, engine, backup=backup)
