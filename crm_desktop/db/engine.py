"""Engines and sessions, with the SQLite settings a file shared on a LAN needs.

SQLite's documentation: WAL needs shared memory and does not work over a
network filesystem, so the journal stays in DELETE mode (read back and checked),
``synchronous=FULL`` so a power cut on the clerk's PC cannot corrupt the shared
file, foreign keys on, and a busy timeout so a second PC waits for a lock rather
than failing at once. Writes start with ``BEGIN IMMEDIATE``: the write lock is
taken up front, so two clerks never both read then deadlock on upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from crm_desktop.db.urls import sqlite_url  # noqa: F401 - re-exported
from crm_desktop.domain.errors import UnsupportedDatabaseError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("crm_desktop.db")

BUSY_TIMEOUT_MS = 15_000
WRITE_OPTION = "crm_write"


def database_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases / memory."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, busy_timeout_ms: int) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0].lower()
        if mode != "delete":
            # A WAL file (e.g. touched by another tool) is converted; that needs no
            # other connection open. If it cannot be converted, refuse to use it.
            mode = cur.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower()
            if mode != "delete" and mode != "memory":
                raise UnsupportedDatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database is in {mode} journal mode, which is unsafe on a shared "
                        "folder, and could not be switched back because another program has it "
                        "open. Close the other programs using it and try again.",
                    ),
                    mode=mode,
                )
            log.warning("converted database journal mode to DELETE")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
    finally:
        cur.close()


def _begin(conn) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """Create the engine for a database URL (SQLite file or PostgreSQL)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = database_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # Pooled connections hold no lock between transactions (a lock lives only
        # inside BEGIN ... COMMIT), and reopening a file on a share costs a round trip.
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", lambda conn, _rec: _configure_sqlite(conn, busy_timeout_ms))
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def write_engine(engine: Engine) -> Engine:
    """The same engine, but whose transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})
