"""The command line's documents: reports to PDF, Excel templates, imports, exports.

    crm-desktop-cli report cards OUT.pdf (--customer DOCUMENT_NUMBER | --project NAME
                                          [--building CODE_OR_NAME]) [--full-numbers]
    crm-desktop-cli report ledger OUT.pdf --project NAME [--building CODE_OR_NAME]
    crm-desktop-cli report occupancy OUT.pdf [--project NAME]
    crm-desktop-cli report handover-sheet OUT.pdf --project NAME --room CODE
    crm-desktop-cli report handover-progress OUT.pdf --project NAME [--building B]
    crm-desktop-cli report leases OUT.pdf [--days N] [--project NAME]
    crm-desktop-cli report transfers OUT.pdf --from YYYY-MM-DD --to YYYY-MM-DD [--project P]
    crm-desktop-cli template {rooms,customers,parking} OUT.xlsx
    crm-desktop-cli import FILE.xlsx [--kind K] [--dry-run] [--only-valid] [--problems OUT.xlsx]
    crm-desktop-cli export rooms OUT.xlsx --project NAME [--building B]
    crm-desktop-cli export customers OUT.xlsx [--project P [--building B]] [--full-numbers]

The same code as the window makes the documents (crm_desktop.reports, crm_desktop.excel).
Exit codes as the rest of the command line: 0 done, 1 the command failed (the message
says why), 2 bad input (an unknown project, customer, an existing output without
--force …), nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import or_, select

from crm_desktop.domain.errors import CrmError

OK, PROBLEM, INVALID = 0, 1, 2


def _cli():
    from crm_desktop import cli

    return cli


def _output(path: str, force: bool, suffix: str) -> Path | None:
    out = Path(path)
    if out.suffix.lower() != suffix:
        _cli()._err(f"error: {out} should end in {suffix}.")
        return None
    if out.exists() and not force:
        _cli()._err(f"error: {out} exists; use --force to replace it.")
        return None
    if not out.parent.exists():
        _cli()._err(f"error: the folder {out.parent} does not exist.")
        return None
    return out


def _scope(db, args) -> dict | None:
    """{"project_id": …} or {"building_id": …} from --project/--building (None after a
    message when nothing or more than one thing matches)."""
    from crm_desktop.db.models import Building, Project

    err = _cli()._err
    with db.read() as s:
        projects = s.execute(
            select(Project.id, Project.name).where(
                or_(Project.name == args.project, Project.code == args.project)
            )
        ).all()
        if not projects:
            names = "、".join(s.scalars(select(Project.name).order_by(Project.name)))
            err(f"error: there is no project “{args.project}”. Projects: {names}.")
            return None
        if len(projects) > 1:
            err(f"error: several projects are called “{args.project}”; give its code.")
            return None
        project_id = projects[0][0]
        if not args.building:
            return {"project_id": project_id}
        buildings = s.execute(
            select(Building.id).where(
                Building.project_id == project_id,
                or_(Building.code == args.building, Building.name == args.building),
            )
        ).all()
    if len(buildings) != 1:
        err(
            f"error: {args.project} has no building “{args.building}” (give its number, "
            "e.g. 3, or its name, e.g. 3栋)."
        )
        return None
    return {"building_id": buildings[0][0]}


def _customer(db, number: str) -> int | None:
    from crm_desktop.domain.enums import DocumentType
    from crm_desktop.services import customers as c

    for kind in DocumentType:
        found = c.find_by_document(db, kind, number)
        if found is not None:
            return found[0]
    _cli()._err(
        f"error: no customer has the document number {number}. Check it, or find the "
        "customer with `crm-desktop-cli search`."
    )
    return None


def cmd_report(args: argparse.Namespace) -> int:
    cli = _cli()
    out = _output(args.out, args.force, ".pdf")
    if out is None:
        return INVALID
    needs_project = ("ledger", "handover-sheet", "handover-progress")
    if args.which == "cards" and not (args.customer or args.project):
        cli._err("error: give --customer DOCUMENT_NUMBER, or --project (and --building).")
        return INVALID
    if args.which in needs_project and not args.project:
        cli._err("error: give --project NAME (and --building for one building).")
        return INVALID
    if args.which == "handover-sheet" and not args.room:
        cli._err("error: give the room with --room CODE (e.g. 3-2-1501) and its --project.")
        return INVALID
    if args.which == "transfers" and not (args.date_from and args.date_to):
        cli._err("error: give the period with --from YYYY-MM-DD --to YYYY-MM-DD.")
        return INVALID
    db = cli._open_existing(args.db)
    if db is None:
        return cli.MISSING
    try:
        actor = db.ensure_admin()
        pages = _make_report(db, actor, args, out)
        if pages is None:
            return INVALID
    except CrmError as exc:
        cli._err(f"error: {exc.english() if hasattr(exc, 'english') else exc}")
        return PROBLEM
    finally:
        db.close()
    cli._out(f"{out}: {pages} pages")
    return OK


def _room(db, project_id: int, code: str) -> int | None:
    from crm_desktop.db.models import Room

    with db.read() as s:
        found = s.scalar(
            select(Room.id).where(
                Room.project_id == project_id, Room.code == code, Room.retired_at.is_(None)
            )
        )
    if found is None:
        _cli()._err(f"error: the project has no room {code}.")
    return found


def _make_report(db, actor, args, out: Path) -> int | None:
    """Write the report ``args.which``; its page count (None after a message)."""
    from crm_desktop import config
    from crm_desktop.reports import (
        cards,
        handover_progress,
        handover_sheet,
        leases,
        ledger,
        occupancy,
        transfers,
    )

    lang = args.lang
    office = args.office or config.load().office_name or None
    if args.which == "cards" and args.customer:
        customer = _customer(db, args.customer)
        if customer is None:
            return None
        return cards.customer_card_pdf(
            db, actor, [customer], out, full_numbers=args.full_numbers, lang=lang
        )
    scope: dict = {}
    if args.project:
        found = _scope(db, args)
        if found is None:
            return None
        scope = found
    project_only = {k: v for k, v in scope.items() if k == "project_id"}
    if args.which == "cards":
        return cards.building_cards_pdf(
            db, actor, out, full_numbers=args.full_numbers, lang=lang, office=office, **scope
        )
    if args.which == "ledger":
        return ledger.room_ledger_pdf(db, actor, out, lang=lang, office=office, **scope)
    if args.which == "occupancy":
        return occupancy.occupancy_pdf(db, actor, out, lang=lang, office=office, **project_only)
    if args.which == "handover-progress":
        return handover_progress.handover_progress_pdf(
            db, actor, out, lang=lang, office=office, **scope
        )
    if args.which == "handover-sheet":
        if "project_id" not in scope:
            _cli()._err("error: give the room's --project without --building.")
            return None
        room = _room(db, scope["project_id"], args.room)
        if room is None:
            return None
        return handover_sheet.handover_sheet_pdf(
            db, actor, out, room_id=room, lang=lang, office=office
        )
    if args.which == "leases":
        return leases.lease_expiry_pdf(
            db, actor, out, days=args.days, lang=lang, office=office, **project_only
        )
    return transfers.transfer_register_pdf(
        db,
        actor,
        out,
        date_from=args.date_from,
        date_to=args.date_to,
        lang=lang,
        office=office,
        **project_only,
    )


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date (YYYY-MM-DD)") from None


def cmd_template(args: argparse.Namespace) -> int:
    from crm_desktop.excel import templates

    out = _output(args.out, args.force, ".xlsx")
    if out is None:
        return INVALID
    templates.write_template(args.kind, out)
    _cli()._out(str(out))
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    """Check (and unless --dry-run, import) a file; every problem on stderr, one per
    line: ``sheet!row column “value”: message``. Exit 0 done (or a clean dry run), 2 the
    file has problems (nothing imported unless --only-valid), 1 the import failed."""
    from crm_desktop.excel import importing

    cli = _cli()
    path = Path(args.file)
    if not path.is_file():
        cli._err(f"error: {path} does not exist.")
        return INVALID
    db = cli._open_existing(args.db)
    if db is None:
        return cli.MISSING
    try:
        check = importing.dry_run(db, path, args.kind)
        for p in check.problems:
            where = f"{p.sheet}!{p.row}" if p.row is not None else p.sheet
            level = "warning" if p.warning else "error"
            cli._err(f"{level}: {where} {p.column} “{p.value}”: {p.text()}")
        counts = ", ".join(
            f"{key}: {n.create} new, {n.update} changed, {n.unchanged} unchanged"
            for key, n in check.counts.items()
        )
        cli._out(f"{check.rows} rows checked ({check.kind}); {counts}")
        if args.problems and check.problems:
            importing.write_problems_copy(path, check, args.problems)
            cli._out(f"problems copy: {args.problems}")
        if not check.ok and not (args.only_valid and check.valid_rows and not check.fatal):
            cli._err(
                f"{len(check.errors)} problems in {len(check.error_rows)} rows: nothing "
                "imported. Fix them, or use --only-valid to import the other rows."
            )
            return INVALID
        if args.dry_run:
            return OK if check.ok else INVALID
        result = importing.import_file(
            db, db.ensure_admin(), path, kind=check.kind, only_valid=args.only_valid
        )
    except CrmError as exc:
        cli._err(f"error: {exc.english() if hasattr(exc, 'english') else exc}")
        return PROBLEM
    finally:
        db.close()
    written = ", ".join(
        f"{key}: {n.create} new, {n.update} changed" for key, n in result.counts.items()
    )
    cli._out(f"imported: {written}; rows left out: {result.skipped_rows}")
    if result.backup is not None:
        cli._out(f"backup made first: {result.backup}")
    return OK


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.excel.export import ColumnKind as K
    from crm_desktop.excel.export import XlsxColumn, export_with_disclosure, write_xlsx

    cli = _cli()
    out = _output(args.out, args.force, ".xlsx")
    if out is None:
        return INVALID
    if args.what == "rooms" and not args.project:
        cli._err("error: give --project NAME (and --building for one building).")
        return INVALID
    db = cli._open_existing(args.db)
    if db is None:
        return cli.MISSING
    try:
        if args.what == "rooms":
            from crm_desktop.reports import ledger
            from crm_desktop.reports.base import enum_text

            scope = _scope(db, args)
            if scope is None:
                return INVALID
            data = ledger.ledger_rows(db, **scope)
            columns = [
                XlsxColumn("楼栋"),
                XlsxColumn("房号", K.CODE),
                XlsxColumn("用途"),
                XlsxColumn("建筑面积(m²)", K.AREA),
                XlsxColumn("状态"),
                XlsxColumn("业主（份额）"),
                XlsxColumn("租户"),
                XlsxColumn("收楼日期", K.DATE),
            ]
            rows = (
                (
                    r.building,
                    r.code,
                    enum_text(r.use, "zh_CN"),
                    r.gross_area,
                    enum_text(r.status, "zh_CN"),
                    "、".join(
                        f"{n} {s.normalize():f}%" if s is not None else n for n, s in r.owners
                    ),
                    "、".join(r.tenants),
                    r.handover_date,
                )
                for r in data.rows
            )
            count = write_xlsx(out, columns, rows, sheet_title="房间")
        else:
            from crm_desktop.excel import customer_list

            scope = _scope(db, args) if args.project else {}
            if scope is None:
                return INVALID
            ids = customer_list.customer_ids(db, **scope)
            count = export_with_disclosure(
                db,
                db.ensure_admin(),
                out,
                customer_list.columns(),
                customer_list.customer_rows(db, ids),
                sheet_title="客户",
                customer_ids=ids,
                full_numbers=args.full_numbers,
            )
    except CrmError as exc:
        cli._err(f"error: {exc.english() if hasattr(exc, 'english') else exc}")
        return PROBLEM
    finally:
        db.close()
    cli._out(f"{out}: {count} rows")
    return OK


def add_commands(sub, db_help: str) -> None:
    p = sub.add_parser(
        "report",
        help="print a report to PDF (cards, ledger, occupancy, handover, leases, transfers)",
        description="Writes a PDF as the window's Reports menu does. Cards: one customer by "
        "document number, or every customer of a project or building, one per page in room "
        "order. ID and phone numbers are masked unless --full-numbers (recorded in each "
        "customer's audit).",
    )
    p.add_argument(
        "which",
        choices=(
            "cards",
            "ledger",
            "occupancy",
            "handover-sheet",
            "handover-progress",
            "leases",
            "transfers",
        ),
    )
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--customer", metavar="DOCUMENT_NUMBER", help="one customer's card")
    p.add_argument("--project", metavar="NAME_OR_CODE")
    p.add_argument("--building", metavar="CODE_OR_NAME", help="one building of --project")
    p.add_argument("--room", metavar="CODE", help="the room of a handover sheet")
    p.add_argument("--days", type=int, default=30, help="leases ending within N days (30)")
    p.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--full-numbers", action="store_true", help="print ID and phone in full")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    p.add_argument("--office", metavar="NAME", help="office name in the header (default: setting)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "template",
        help="write an Excel import template (rooms, customers, parking)",
        description="The template the import reads: a header row, an example row and a "
        "notes sheet explaining each column.",
    )
    p.add_argument("kind", choices=("rooms", "customers", "parking"))
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser(
        "import",
        help="check and import an Excel file (rooms, customers or parking)",
        description="Checks every row as the window's import does (problems on stderr: "
        "sheet!row column “value”: message), then imports in one transaction after a "
        "backup. Exit 0 done, 2 problems found (nothing imported), 1 failed.",
    )
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--kind", choices=("rooms", "customers", "parking"), help="default: guessed")
    p.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    p.add_argument("--only-valid", action="store_true", help="import the rows without problems")
    p.add_argument("--problems", metavar="OUT.xlsx", help="save a copy with an error column")
    p.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        help="export rooms or customers to .xlsx",
        description="Typed cells (areas as numbers, dates as dates, ID and phone numbers as "
        "text), masked numbers unless --full-numbers (recorded in each customer's audit).",
    )
    p.add_argument("what", choices=("rooms", "customers"))
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument(
        "--project",
        metavar="NAME_OR_CODE",
        help="rooms: required; customers: only those holding a room or space there today",
    )
    p.add_argument("--building", metavar="CODE_OR_NAME", help="one building of --project")
    p.add_argument("--full-numbers", action="store_true", help="ID and phone numbers in full")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    p.set_defaults(func=cmd_export)
