"""The open database: sessions for reads, audited units of work for writes."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db import migrate
from crm_desktop.db.engine import database_file, make_engine, write_engine
from crm_desktop.db.models import AuditEntry, Base, User
from crm_desktop.db.urls import sqlite_file_uri
from crm_desktop.domain.errors import (
    CrmError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    StaleRecordError,
    ValidationError,
)
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("crm_desktop.services")

ADMIN_USERNAME = "admin"
# Columns computed from others (kept for ordering); their changes are not audited.
DERIVED_FIELDS = frozenset({"sort_key"})


@dataclass(frozen=True)
class Actor:
    """Who performs an operation (until login arrives: the local administrator)."""

    id: int
    username: str
    display_name: str


def audit_text(value: Any) -> str | None:
    """A value as stored in the audit log: plain text, stable across runs."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class UnitOfWork:
    """One write transaction with its audit trail."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    def audit(
        self,
        action: str,
        table: str,
        record_id: int | None,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.session.add(
            AuditEntry(
                user_id=self.actor.id,
                action=action,
                table_name=table,
                record_id=record_id,
                field=field,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
        )

    def audit_created(self, obj: Base, values: dict[str, Any], action: str = "create") -> None:
        payload = json.dumps(
            {k: audit_text(v) for k, v in values.items() if k not in DERIVED_FIELDS},
            ensure_ascii=False,
        )
        self.audit(action, obj.__tablename__, obj.id, None, None, payload)


_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is busy: another PC is saving to it. Nothing was saved yet; "
    "wait a moment and try again. If this keeps happening, check that the shared folder "
    "is reachable.",
)
_STALE = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else changed this record after you opened it, so your save was refused to "
    "avoid overwriting their change. Your entries are still in the form: note them, "
    "reopen the record and apply them again.",
)


def check_version(obj: Any, expected: int | None) -> None:
    """Refuse a save made from an out-of-date copy of ``obj`` (``expected``: the version
    the clerk's form was read at; None: no check)."""
    if expected is not None and obj.version != expected:
        raise StaleRecordError(_STALE)


_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors",
    "The save conflicts with existing data ({detail}). Nothing was saved.",
)


# SQLite's words for trouble with the file itself, and what a clerk can do about it.
_UNAVAILABLE = (
    (
        ("unable to open database file", "disk i/o error"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file cannot be reached. Nothing was saved. Check that this PC is "
            "connected to the network and that the shared folder is available, then try again.",
        ),
    ),
    (
        ("database or disk is full",),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk that holds the database is full. Nothing was saved. Ask the administrator "
            "to free some space, then try again.",
        ),
    ),
    (
        ("readonly database",),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file is read-only for this Windows user. Nothing was saved. Ask the "
            "administrator for permission to change files in the shared folder.",
        ),
    ),
)


def _translate_db_error(exc: Exception) -> CrmError | None:
    if isinstance(exc, StaleDataError):
        return StaleRecordError(_STALE)
    if isinstance(exc, OperationalError):
        orig = getattr(exc, "orig", None)
        text = str(orig).lower()
        if isinstance(orig, sqlite3.OperationalError) and "locked" in text:
            return DatabaseLockedError(_LOCKED)
        for needles, message in _UNAVAILABLE:
            if any(n in text for n in needles):
                return DatabaseUnavailableError(message)
    if isinstance(exc, IntegrityError):
        return ValidationError(_CONFLICT, detail=str(getattr(exc, "orig", exc)))
    return None


class ChangeWatcher:
    """Notices commits made by other programs (another clerk's PC) to a SQLite file.

    SQLite's ``PRAGMA data_version`` changes, on one connection, whenever another
    connection has committed; reading it takes a shared lock for an instant and
    holds none afterwards. The connection is kept open for that reason only.
    """

    def __init__(self, path: Path) -> None:
        self.on_close: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(
            sqlite_file_uri(path, mode="ro"),
            uri=True,
            check_same_thread=False,
            isolation_level=None,
        )
        self._version = self._read()

    def _read(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True if someone committed since the last call (or since the watcher began)."""
        with self._lock:
            version = self._read()
            if version == self._version:
                return False
            self._version = version
            return True

    def rebaseline(self) -> None:
        """Forget commits made so far: called after this program's own writes, which
        the views already show (another PC committing in the same instant is then
        seen at its next commit, or with F5)."""
        with self._lock:
            self._version = self._read()

    def close(self) -> None:
        for callback in self.on_close:
            callback()
        with self._lock:
            self._conn.close()


class Database:
    """An open database: where it is, and how to read and write it."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._writer = sessionmaker(write_engine(self.engine), expire_on_commit=False)
        self.migration: migrate.MigrationResult | None = None  # set by open()
        self._commit_listeners: list[Callable[[], None]] = []

    @classmethod
    def open(cls, url: str, *, migrate_schema: bool = True) -> Database:
        """Open a database, migrating it to this program's schema (after a backup)."""
        db = cls(url)
        try:
            if migrate_schema:
                db.migration = migrate.upgrade(db.engine, url)
            else:
                migrate.check_schema(db.engine)
        except BaseException:
            db.close()
            raise
        return db

    @property
    def path(self) -> Path | None:
        return database_file(self.url)

    def describe(self) -> str:
        """Where the data is, for the status bar (file path, or server URL without password)."""
        path = self.path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def watcher(self) -> ChangeWatcher | None:
        """A watcher of other PCs' commits, for SQLite files (None for a server).

        This program's own writes do not count as changes (the watcher is re-based
        after each of them).
        """
        path = self.path
        if path is None or not path.exists():
            return None
        watcher = ChangeWatcher(path)
        self._commit_listeners.append(watcher.rebaseline)
        watcher.on_close.append(lambda: self._commit_listeners.remove(watcher.rebaseline))
        return watcher

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session (its transaction is rolled back at the end)."""
        session = self._reader()
        try:
            yield session
        except Exception as exc:
            mapped = _translate_db_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise
        finally:
            # close() ends the transaction without expiring loaded objects.
            session.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A short Core connection for the screens' hot read paths (no ORM overhead)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except Exception as exc:
            mapped = _translate_db_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise

    @contextmanager
    def write(self, actor: Actor) -> Iterator[UnitOfWork]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite), committed on success."""
        session = self._writer()
        try:
            yield UnitOfWork(session, actor)
            session.commit()
            for listener in list(self._commit_listeners):
                try:
                    listener()
                except Exception:  # noqa: BLE001 - a listener never undoes a commit
                    log.exception("commit listener failed")
        except Exception as exc:
            session.rollback()
            mapped = _translate_db_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise
        finally:
            session.close()

    # -- the acting user, until login arrives -------------------------------------------
    def ensure_admin(self, display_name: str = "Administrator") -> Actor:
        """Return the local administrator, creating it (audited) on a fresh database.

        ``display_name`` names a newly created administrator (the UI passes it in the
        interface language); an existing one keeps its name.
        """
        with self.read() as s:
            user = s.scalar(select(User).where(User.username == ADMIN_USERNAME))
            if user is not None:
                return Actor(user.id, user.username, user.display_name)
        session = self._writer()
        try:
            user = User(username=ADMIN_USERNAME, display_name=display_name, is_admin=True)
            session.add(user)
            session.flush()
            actor = Actor(user.id, user.username, user.display_name)
            UnitOfWork(session, actor).audit_created(
                user, {"username": user.username, "is_admin": True}
            )
            session.commit()
            return actor
        except IntegrityError:
            # Another PC created it at the same moment.
            session.rollback()
            return self.ensure_admin(display_name)
        finally:
            session.close()
