"""Administrator's command line: demo databases, health checks, migrations.

    crm-desktop-cli demo PATH [--scale small|large] [--seed N] [--force]
    crm-desktop-cli check PATH_OR_URL
    crm-desktop-cli migrate PATH_OR_URL

Exit codes: 0 ok, 1 a problem was found (or the command failed), 2 the file does
not exist / already exists, so nothing was done.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, inspect, select

from crm_desktop.db import migrate
from crm_desktop.db.engine import database_file, sqlite_url
from crm_desktop.db.models import (
    AuditEntry,
    Building,
    CarPark,
    ParkingSpace,
    Project,
    Region,
    Room,
    User,
)
from crm_desktop.db.urls import sqlite_file_uri
from crm_desktop.domain.errors import CrmError, SchemaTooNewError
from crm_desktop.services.database import Database

OK, PROBLEM, MISSING = 0, 1, 2

COUNTED = (User, Region, Project, Building, Room, CarPark, ParkingSpace, AuditEntry)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _url(target: str) -> str:
    """A database URL from a file path or a URL (``sqlite:///…``, ``postgresql://…``)."""
    return target if "://" in target else sqlite_url(target)


def _missing_file(url: str) -> Path | None:
    """The SQLite file behind ``url`` if it does not exist (connecting would create it)."""
    path = database_file(url)
    if path is not None and not path.is_file():
        return path
    return None


# --- demo ---------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo import create_demo

    path = Path(args.path)
    if path.exists():
        if not args.force:
            _err(
                f"error: {path} already exists; nothing was changed.\n"
                "Choose a new file name, or add --force to delete it and create the demo "
                "database in its place."
            )
            return MISSING
        if path.is_dir():
            _err(f"error: {path} is a folder, not a database file; nothing was changed.")
            return MISSING
        path.unlink()
        Path(str(path) + "-journal").unlink(missing_ok=True)
        _out(f"deleted the existing {path} (--force)")
    _out(f"creating {args.scale} demo database {path} (seed {args.seed}) ...")
    db = Database.open(sqlite_url(path))
    try:
        actor = db.ensure_admin()
        summary = create_demo(db, actor, args.scale, args.seed)
    except CrmError as exc:
        _err(f"error: {exc}")
        return PROBLEM
    finally:
        db.close()
    _out(f"regions:        {summary.regions}")
    _out(f"projects:       {summary.projects}")
    _out(f"buildings:      {summary.buildings}")
    _out(f"rooms:          {summary.rooms}")
    _out(f"car parks:      {summary.car_parks}")
    _out(f"parking spaces: {summary.spaces}")
    _out(f"seconds:        {summary.seconds:.2f}")
    _out(f"done: {path}")
    return OK


# --- check --------------------------------------------------------------------------------
def _sqlite_checks(path: Path) -> tuple[bool, list[str]]:
    """Journal mode, integrity and foreign keys of a SQLite file, opened read-only."""
    lines: list[str] = []
    ok = True
    con = sqlite3.connect(sqlite_file_uri(path.resolve(), mode="ro"), uri=True)
    try:
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        note = "" if mode.lower() == "delete" else " (the program converts it to delete on open)"
        lines.append(f"journal mode:   {mode}{note}")
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            lines.append("integrity:      ok")
        else:
            ok = False
            lines.append(f"integrity:      FAILED ({len(integrity)} problems)")
            lines.extend(f"  {msg}" for msg in integrity[:20])
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            ok = False
            lines.append(f"foreign keys:   {len(fk)} broken references")
            lines.extend(
                f"  {table} row {rowid} -> {parent}" for table, rowid, parent, _ in fk[:20]
            )
        else:
            lines.append("foreign keys:   ok (0 broken references)")
    finally:
        con.close()
    return ok, lines


def cmd_check(args: argparse.Namespace) -> int:
    url = _url(args.target)
    missing = _missing_file(url)
    if missing is not None:
        _err(
            f"error: {missing} does not exist (nothing was created).\n"
            "Check the path, or the shared folder's drive mapping on this PC."
        )
        return MISSING
    path = database_file(url)
    status = OK
    _out(f"database:       {path if path is not None else args.target}")
    if path is not None:
        try:
            ok, lines = _sqlite_checks(path)
        except sqlite3.DatabaseError as exc:
            _err(f"error: {path} is not a usable SQLite database ({exc}).")
            _err("Restore the latest backup from the backups/ folder beside it.")
            return PROBLEM
        for line in lines:
            _out(line)
        if not ok:
            status = PROBLEM
    # A SQLite file is opened read-only: checking must not change it (not even the
    # journal-mode conversion the program does on open).
    engine = None
    if path is not None:
        engine = create_engine(
            "sqlite:///" + sqlite_file_uri(path.resolve(), mode="ro", uri="true")
        )
    db = Database(url, engine=engine)
    try:
        head = migrate.head_revision()
        try:
            rev = migrate.check_schema(db.engine)
        except SchemaTooNewError:
            rev = migrate.current_revision(db.engine)
            _out(f"schema:         {rev}, program head {head}: newer than this program")
            _out("  This database was written by a newer version of the program; install that")
            _out("  version on this PC. The file was not changed.")
            return PROBLEM
        if rev == head:
            _out(f"schema:         {rev}: up to date")
        else:
            _out(f"schema:         {rev or '(none)'}, program head {head}: needs upgrade")
            _out(f"  Run `crm-desktop-cli migrate {args.target}` (a backup is made first).")
        if rev is not None:
            _out("rows:")
            with db.read() as s:
                tables = set(inspect(s.connection()).get_table_names())
                for model in COUNTED:
                    if model.__tablename__ not in tables:
                        continue
                    count = s.scalar(select(func.count()).select_from(model))
                    extra = ""
                    if model is Room:
                        retired = s.scalar(select(func.count()).where(Room.retired_at.is_not(None)))
                        extra = f" ({retired} retired)" if retired else ""
                    _out(f"  {model.__tablename__:<15} {count:>10}{extra}")
    except CrmError as exc:
        _err(f"error: {exc}")
        return PROBLEM
    finally:
        db.close()
    _out("result:         " + ("ok" if status == OK else "PROBLEMS FOUND (see above)"))
    if status != OK:
        _out("  Stop using the file and restore the latest backup from the backups/ folder.")
    return status


# --- migrate ------------------------------------------------------------------------------
def cmd_migrate(args: argparse.Namespace) -> int:
    url = _url(args.target)
    missing = _missing_file(url)
    if missing is not None:
        _err(
            f"error: {missing} does not exist (nothing was created). Check the path; to "
            "create a new database, start the program or use `crm-desktop-cli demo`."
        )
        return MISSING
    try:
        db = Database.open(url)
    except CrmError as exc:
        _err(f"error: {exc}")
        return PROBLEM
    result = db.migration
    db.close()
    if result.from_revision == result.to_revision:
        _out(f"schema {result.to_revision}: already up to date, nothing to do")
    else:
        _out(f"migrated schema {result.from_revision or '(empty)'} -> {result.to_revision}")
    if result.backup is not None:
        _out(f"backup of the file before migrating: {result.backup}")
    return OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop-cli", description="crm_desktop administration tools"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="create a new database filled with demo data")
    p.add_argument("path", help="the new database file")
    p.add_argument("--scale", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--force", action="store_true", help="delete PATH first if it exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="check a database without changing it")
    p.add_argument("target", metavar="PATH_OR_URL")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("migrate", help="upgrade a database to this program's schema")
    p.add_argument("target", metavar="PATH_OR_URL")
    p.set_defaults(func=cmd_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
