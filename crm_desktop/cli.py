"""Administrator's command line: demo databases, health checks, migrations, and
customers for scripts.

    crm-desktop-cli demo PATH [--scale small|large] [--seed N] [--force]
    crm-desktop-cli check PATH_OR_URL
    crm-desktop-cli migrate PATH_OR_URL
    crm-desktop-cli search QUERY [--db PATH_OR_URL] [--limit N] [--json]
    crm-desktop-cli customer add [--db PATH_OR_URL] [FILE|-]
    crm-desktop-cli report {cards,ledger} OUT.pdf [--customer N | --project P [--building B]]
    crm-desktop-cli template {rooms,customers,parking} OUT.xlsx
    crm-desktop-cli import FILE.xlsx [--dry-run] [--only-valid] [--problems OUT.xlsx]
    crm-desktop-cli export {rooms,customers} OUT.xlsx [--project P] [--full-numbers]

(report, template, import, export: see crm_desktop/cli_documents.py.)

Exit codes: 0 ok, 1 a problem was found (or the command failed), 2 the file does
not exist / already exists, so nothing was done.

``search`` exits 0 when it lists customers and 1 when none match. ``customer add``
prints the new customer's number and exits 0; 2 when the input is invalid (every
problem is listed on stderr, one "field: message" per line); 3 when the document
already belongs to a customer (that customer's number and name are printed on
stdout, tab-separated). Without ``--db`` both use the database of the program's
settings. They open the database as it is: run ``migrate`` first after an upgrade.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

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
from crm_desktop.domain.errors import CrmError, NotFoundError, SchemaTooNewError, ValidationError
from crm_desktop.services.database import Database

OK, PROBLEM, MISSING = 0, 1, 2
NONE_FOUND, INVALID, DUPLICATE = 1, 2, 3

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
    _out(f"customers:      {summary.customers}")
    _out(f"identities:     {summary.identities}")
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


# --- search and customer add: the database ----------------------------------------------
def _open_existing(target: str | None) -> Database | None:
    """The database named by ``--db`` (else the settings'), as it is (no migration, which
    would back up and rewrite the file); None (after a message) if it cannot be used."""
    from crm_desktop import config

    url = _url(target) if target else config.load().database_url()
    missing = _missing_file(url)
    if missing is not None:
        _err(
            f"error: {missing} does not exist (nothing was created). Give the database "
            "with --db PATH_OR_URL."
        )
        return None
    try:
        db = Database.open(url, migrate_schema=False)
    except CrmError as exc:
        _err(f"error: {exc}")
        return None
    except (SQLAlchemyError, sqlite3.DatabaseError) as exc:
        _err(f"error: {target or url} is not a usable database ({exc}).")
        return None
    rev, head = migrate.current_revision(db.engine), migrate.head_revision()
    if rev != head:
        db.close()
        _err(
            f"error: the database's schema is {rev or '(empty)'}, this program's is {head}. "
            f"Run `crm-desktop-cli migrate {target or url}` first."
        )
        return None
    return db


# --- search -------------------------------------------------------------------------------
def _places_text(places) -> str:
    """ "翠湖花园 3-2-501 Owner/Tenant; 翠湖花园 地下停车场 B1-012 Owner" """
    from crm_desktop.domain.enums import label

    grouped: dict[str, list[str]] = {}
    for where, role in places:
        grouped.setdefault(where, []).append(label(role))
    return "; ".join(f"{where} {'/'.join(roles)}" for where, roles in grouped.items())


def cmd_search(args: argparse.Namespace) -> int:
    from crm_desktop.domain.enums import label
    from crm_desktop.services.search import MATCH_LABELS, search_customers

    if args.limit < 1:
        _err("error: --limit must be at least 1.")
        return INVALID
    db = _open_existing(args.db)
    if db is None:
        return MISSING
    try:
        hits = search_customers(db, args.query, limit=args.limit)
    except CrmError as exc:
        _err(f"error: {exc}")
        return PROBLEM
    finally:
        db.close()
    if not hits:
        _err(f"no customer matches “{args.query}”")
        return NONE_FOUND
    if args.json:
        rows = [
            {
                "id": h.customer_id,
                "name": h.name,
                "kind": h.kind.value,
                "match": h.match,
                "matched": h.matched,
                "phone": h.phone,
                "document": h.document,
                "verified": h.verified,
                "places": [{"place": where, "role": role.value} for where, role in h.places],
            }
            for h in hits
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return OK
    for h in hits:
        matched = f"{MATCH_LABELS[h.match]}: {h.matched}"
        kind = "" if h.kind.value == "person" else f" ({label(h.kind)})"
        _out(
            "\t".join((str(h.customer_id), h.name + kind, matched, h.phone, _places_text(h.places)))
        )
    return OK


# --- customer add -------------------------------------------------------------------------
_TEXT_FIELDS = (
    "name",
    "nationality",
    "document_number",
    "legal_representative",
    "email",
    "address",
    "notes",
    "consent_scope",
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_IDENTITY_KEYS = (
    "room",
    "space",
    "project",
    "role",
    "share",
    "relation",
    "family_of",
    "start_date",
    "other_shares",
    "notes",
)


class _Problems:
    """Input problems, collected so that all of them are printed at once."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.lines.append((field, message))

    def fields(self) -> set[str]:
        return {f for f, _ in self.lines}


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(m.value for m in enum)


def _enum(value: Any, enum: type[StrEnum], field: str, problems: _Problems):
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        problems.add(field, f"“{value}” is not one of: {_choices(enum)}.")
        return None


def _date(value: Any, field: str, problems: _Problems) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.add(field, f"“{value}” is not a date: write it as YYYY-MM-DD, e.g. 2024-03-15.")
    return None


def _text(value: Any, field: str, problems: _Problems) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a number typed without quotes
    problems.add(field, "must be a text (a JSON string).")
    return ""


def _phones(value: Any, problems: _Problems) -> list:
    from crm_desktop.services.customers import PhoneEntry

    if value is None:
        return []
    if isinstance(value, str | int):
        value = [value]
    if not isinstance(value, list):
        problems.add("phones", "must be a list of numbers or of {number, label, primary} objects.")
        return []
    out = []
    for n, item in enumerate(value, start=1):
        if isinstance(item, str | int) and not isinstance(item, bool):
            out.append(PhoneEntry(str(item)))
        elif isinstance(item, dict):
            unknown = sorted(set(item) - {"number", "label", "primary"})
            if unknown:
                problems.add(
                    f"phones[{n}]",
                    f"unknown key(s) {', '.join(unknown)}; a phone has number, label, primary.",
                )
            out.append(
                PhoneEntry(
                    _text(item.get("number"), f"phones[{n}].number", problems),
                    _text(item.get("label"), f"phones[{n}].label", problems),
                    bool(item.get("primary", False)),
                )
            )
        else:
            problems.add(f"phones[{n}]", "must be a number or a {number, label, primary} object.")
    return out


def _customer_fields(data: dict[str, Any], problems: _Problems):
    from crm_desktop.domain.enums import (
        ContactChannel,
        CustomerKind,
        CustomerLevel,
        DocumentType,
        Gender,
    )
    from crm_desktop.services.customers import CustomerFields

    known = set(CustomerFields.__dataclass_fields__) | {"identity"}
    for key in sorted(set(data) - known):
        problems.add(key, f"unknown key; the keys are: {', '.join(sorted(known))}.")
    values: dict[str, Any] = {k: _text(data.get(k), k, problems) for k in _TEXT_FIELDS}
    values["kind"] = _enum(data.get("kind"), CustomerKind, "kind", problems) or CustomerKind.PERSON
    values["gender"] = _enum(data.get("gender"), Gender, "gender", problems)
    values["document_type"] = _enum(
        data.get("document_type"), DocumentType, "document_type", problems
    )
    values["level"] = (
        _enum(data.get("level"), CustomerLevel, "level", problems) or CustomerLevel.STANDARD
    )
    values["preferred_channel"] = _enum(
        data.get("preferred_channel"), ContactChannel, "preferred_channel", problems
    )
    values["birth_date"] = _date(data.get("birth_date"), "birth_date", problems)
    values["consent_date"] = _date(data.get("consent_date"), "consent_date", problems)
    tags = data.get("tags")
    if isinstance(tags, list) and all(isinstance(t, str) for t in tags):
        values["tags"] = ", ".join(tags)
    else:
        values["tags"] = _text(tags, "tags", problems)
    values["phones"] = _phones(data.get("phones"), problems)
    return CustomerFields(**values)


def _resolve_resource(db: Database, spec: dict[str, Any], problems: _Problems):
    """(room id, space id) of the identity's "room" or "space", or (None, None)."""
    from crm_desktop.services.identities import find_resources

    room, space = spec.get("room"), spec.get("space")
    if (room is None) == (space is None):
        problems.add("identity", 'give either "room" (e.g. "3-2-1501") or "space" (e.g. "B1-012").')
        return None, None
    key = "room" if room is not None else "space"
    code = _text(room if room is not None else space, f"identity.{key}", problems).strip()
    project = _text(spec.get("project"), "identity.project", problems).strip()
    if not code:
        problems.add(f"identity.{key}", "is empty.")
        return None, None
    typed = f"{project} {code}" if project else code
    found = [
        r
        for r in find_resources(db, typed, limit=50)
        if (r.room_id if key == "room" else r.space_id) is not None
    ]
    if len(found) > 1 and project:  # "翠湖花园" also matches "翠湖花园二期": prefer the exact name
        exact = [r for r in found if r.label.startswith(project + " ")]
        found = exact if len(exact) == 1 else found
    if not found:
        problems.add(f"identity.{key}", f"no {key} “{typed}” was found.")
        return None, None
    if len(found) > 1:
        listed = "; ".join(r.label for r in found[:20])
        problems.add(
            f"identity.{key}",
            f"“{typed}” is ambiguous ({len(found)} found: {listed}). Add the project, as "
            f'"project": "翠湖花园" or "{key}": "翠湖花园 {code}".',
        )
        return None, None
    return found[0].room_id, found[0].space_id


def _identity_fields(db: Database, spec: Any, problems: _Problems):
    from crm_desktop.domain.enums import Relation, Role
    from crm_desktop.services.identities import IdentityFields

    if spec is None:
        return None
    if not isinstance(spec, dict):
        problems.add("identity", 'must be an object, e.g. {"room": "3-2-1501", "role": "owner"}.')
        return None
    for key in sorted(set(spec) - set(_IDENTITY_KEYS)):
        problems.add(f"identity.{key}", f"unknown key; the keys are: {', '.join(_IDENTITY_KEYS)}.")
    role = _enum(spec.get("role"), Role, "identity.role", problems)
    if spec.get("role") is None:
        problems.add("identity.role", f"is required: one of {_choices(Role)}.")
    relation = _enum(spec.get("relation"), Relation, "identity.relation", problems)
    family_of = spec.get("family_of")
    if family_of is not None and (isinstance(family_of, bool) or not isinstance(family_of, int)):
        problems.add("identity.family_of", "must be a customer number (an integer).")
        family_of = None
    other = spec.get("other_shares") or {}
    other_shares: dict[int, Any] = {}
    if not isinstance(other, dict):
        problems.add("identity.other_shares", "must be an object {identity number: share}.")
    else:
        for k, v in other.items():
            try:
                other_shares[int(k)] = str(v)
            except ValueError:
                problems.add("identity.other_shares", f"“{k}” is not an identity number.")
    share = spec.get("share")
    room_id, space_id = _resolve_resource(db, spec, problems)
    if role is None:
        return None
    return IdentityFields(
        role=role,
        room_id=room_id,
        space_id=space_id,
        share=None if share is None else str(share),
        relation=relation,
        related_customer_id=family_of,
        start_date=_date(spec.get("start_date"), "identity.start_date", problems),
        notes=_text(spec.get("notes"), "identity.notes", problems),
        other_shares=other_shares,
    )


def _read_json(source: str) -> tuple[Any, str | None]:
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_text(encoding="utf-8-sig")
    except OSError as exc:
        return None, f"cannot read {source}: {exc.strerror or exc}"
    except UnicodeDecodeError:
        return None, f"{source} is not UTF-8 text."
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return (
            None,
            f"the input is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).",
        )


def _print_problems(problems: list[tuple[str, str]]) -> None:
    for field, message in problems:
        _err(f"{field}: {message}")


def _service_problems(errors, prefix: str = "") -> list[tuple[str, str]]:
    return [(prefix + (e.field or "input"), e.english()) for e in errors]


def cmd_customer_add(args: argparse.Namespace) -> int:
    from crm_desktop.services import customers as c

    data, error = _read_json(args.file)
    if error is not None:
        _err(f"error: {error}")
        return INVALID
    if not isinstance(data, dict):
        _err('error: the input must be one JSON object, e.g. {"name": "张三", ...}.')
        return INVALID
    db = _open_existing(args.db)
    if db is None:
        return MISSING
    try:
        problems = _Problems()
        fields = _customer_fields(data, problems)
        identity = _identity_fields(db, data.get("identity"), problems)
        # The service's checks too, so that every problem is listed in one go (a field
        # that could not be read is not reported twice).
        bad = problems.fields()
        _, errors = c.check_customer(fields) if "kind" not in bad else (None, [])
        lines = problems.lines + [p for p in _service_problems(errors) if p[0] not in bad]
        if lines:
            _print_problems(lines)
            return INVALID
        actor = db.ensure_admin()
        try:
            customer_id = c.create_customer(db, actor, fields, identity)
        except c.DuplicateDocumentError as exc:
            _err(f"document_number: {exc.english()}")
            _out(f"{exc.existing_id}\t{exc.params.get('name', '')}")
            return DUPLICATE
        except c.ValidationErrors as exc:
            _print_problems(_service_problems(exc.errors))
            return INVALID
        except ValidationError as exc:  # the identity (shares, family, dates)
            _print_problems(_service_problems([exc], "identity."))
            return INVALID
        except NotFoundError as exc:
            _err(f"identity: {exc.english()}")
            return INVALID
    except CrmError as exc:
        _err(f"error: {exc}")
        return PROBLEM
    finally:
        db.close()
    _out(str(customer_id))
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

    db_help = "database file or URL (default: the one in the program's settings)"
    p = sub.add_parser(
        "search",
        help="find customers as the search box does (exit 1 when none match)",
        description="Prints one customer per line, tab-separated: number, name, what "
        "matched (masked), masked primary phone, where they live with their roles.",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    p.add_argument("--limit", type=int, default=50, help="at most N customers (default 50)")
    p.add_argument("--json", action="store_true", help="print a JSON list instead")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("customer", help="customers: add")
    customer = p.add_subparsers(dest="action", required=True)
    p = customer.add_parser(
        "add",
        help="create a customer from a JSON object (prints the new number)",
        description="Reads one JSON object with the customer's fields (kind, name, gender, "
        "birth_date, nationality, document_type, document_number, legal_representative, "
        "phones, email, address, notes, level, tags, preferred_channel, consent_date, "
        'consent_scope) and optionally "identity": {room or space, project, role, share, '
        "relation, family_of, start_date, other_shares, notes}. Dates are YYYY-MM-DD. "
        "Exit 0: created (its number on stdout); 2: invalid input (every problem on "
        "stderr); 3: the document belongs to a customer already (their number and name "
        "on stdout).",
    )
    p.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="JSON file; - or none: stdin"
    )
    p.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    p.set_defaults(func=cmd_customer_add)

    from crm_desktop import cli_documents

    cli_documents.add_commands(sub, db_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
