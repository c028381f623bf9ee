"""The customers importer: customers checked with the customer form's validator, matched
by ID document (else by name and phone), and their identities on rooms."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from crm_desktop.db.base import utcnow
from crm_desktop.db.models import (
    Customer,
    CustomerPhone,
    CustomerSearch,
    Identity,
    Project,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import (
    CustomerKind,
    DocumentType,
    Relation,
    Role,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.importing import common
from crm_desktop.excel.importing.common import (
    _CHUNK,
    Counts,
    ImportCheck,
    _Problems,
    _project_resolver,
    _Ticker,
)
from crm_desktop.excel.reader import (
    Row,
    SheetData,
)
from crm_desktop.excel.templates import CUSTOMERS
from crm_desktop.services import customers as c
from crm_desktop.services import identities as i
from crm_desktop.services.database import (
    UnitOfWork,
    check_version,
)

# --- customers and their identities -------------------------------------------------------------
# check_customer's field → the column it comes from.
_CUSTOMER_FIELDS = {
    "kind": "customer_kind",
    "name": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "document_type": "document_type",
    "document_number": "document_number",
    "email": "email",
    "address": "address",
    "phones": "phone",
    "consent_date": "consent_date",
    "notes": "notes",
}
# Columns compared with a customer on record (column key → value key).
_CUSTOMER_COMPARED = {
    "customer_kind": "kind",
    "name": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "email": "email",
    "address": "address",
    "phone": "phones",
    "consent_date": "consent_date",
    "notes": "notes",
}
_IDENTITY_FIELDS = {
    "share": "share",
    "relation": "relation",
    "related_customer_id": "family_of",
    "start_date": "start_date",
    "role": "role",
    "resource": "room_code",
}
_PHONE_SPLIT = re.compile(r"[,，、;；/|\n]+")


def _consent_missing(e: ValidationError) -> bool:
    """check_customer's "record the consent date" (asked of new customers only)."""
    return e.field == "consent_date" and not e.params


def _blank_value(v: Any) -> bool:
    return v is None or v == "" or v == []


@dataclass
class _CustomerPlan:
    """One customer of the file: several rows may name it (an owner of two rooms)."""

    key: tuple
    values: dict[str, Any]  # check_customer's values, merged over its rows
    first_row: int
    how: str  # "document", "name_phone" or "new"
    rows: list[int] = field(default_factory=list)  # rows that are valid
    given: dict[str, int] = field(default_factory=dict)  # value key → first row giving it
    existing_id: int | None = None
    existing_version: int | None = None
    fill: dict[str, Any] = field(default_factory=dict)  # empty fields on record to fill
    kept: list[str] = field(default_factory=list)  # columns whose stored value is kept
    new_id: int | None = None


@dataclass
class _IdentityOp:
    row: int
    customer: _CustomerPlan
    room_id: int
    room: str  # "翠湖花园 3-2-1501", for messages
    role: Role
    share: Decimal | None
    relation: Relation | None
    family_of: str | None  # the cell naming whose family
    start: date | None
    notes: str
    related: _CustomerPlan | int | None = None  # whose family: in the file, or stored id
    unchanged: bool = False


@dataclass
class _CustomersPlan:
    check: ImportCheck
    customers: list[_CustomerPlan]
    identities: list[_IdentityOp]


def _split_phones(text: str | None) -> list[c.PhoneEntry]:
    if not text:
        return []
    return [c.PhoneEntry(p.strip()) for p in _PHONE_SPLIT.split(text) if p.strip()]


def _customer_fields(v: dict[str, Any]) -> tuple[c.CustomerFields, set[str]]:
    """The form's fields of one row, and the value keys its non-blank cells give."""
    kind = v.get("customer_kind") or CustomerKind.PERSON
    number = v.get("document_number") or ""
    doc_type = v.get("document_type")
    if number and doc_type is None and kind == CustomerKind.PERSON:
        doc_type = DocumentType.RESIDENT_ID  # the template's default
    fields = c.CustomerFields(
        kind=kind,
        name=v.get("name") or "",
        gender=v.get("gender"),
        birth_date=v.get("birth_date"),
        document_type=doc_type,
        document_number=number,
        phones=_split_phones(v.get("phone")),
        email=v.get("email") or "",
        address=v.get("address") or "",
        notes=v.get("notes") or "",
        consent_date=v.get("consent_date"),
    )
    given = {value for column, value in _CUSTOMER_COMPARED.items() if v.get(column) is not None}
    return fields, given


def _comparable(key: str, value: Any) -> Any:
    if key == "phones":
        return frozenset(p.number for p in value or ())
    return None if value == "" else value


def _stored_customers(session, plans: list[_CustomerPlan]) -> None:
    """Find each customer of the file on record: by document, else by name and phone."""
    by_doc: dict[str, list[_CustomerPlan]] = defaultdict(list)
    by_phone: dict[str, list[_CustomerPlan]] = defaultdict(list)
    for p in plans:
        if p.how == "document":
            by_doc[p.values["document_number"]].append(p)
        elif p.how == "name_phone":
            for phone in p.values["phones"]:
                by_phone[phone.number].append(p)
    # By type, then number: the index of documents starts with the type (without it
    # SQLite reads every customer for each chunk).
    by_type: dict[Any, list[str]] = defaultdict(list)
    for number, plans_ in by_doc.items():
        for doc_type in dict.fromkeys(p.values["document_type"] for p in plans_):
            by_type[doc_type].append(number)
    for doc_type, numbers in by_type.items():
        for k in range(0, len(numbers), 500):
            stmt = select(Customer.id, Customer.document_type, Customer.document_number).where(
                Customer.document_type == doc_type,
                Customer.document_number.in_(numbers[k : k + 500]),
                Customer.merged_into_id.is_(None),
            )
            for cid, found_type, number in session.execute(stmt):
                for p in by_doc[number]:
                    if p.values["document_type"] == found_type:
                        p.existing_id = cid
    phones = list(by_phone)
    matches: dict[int, set[int]] = defaultdict(set)  # id(plan) → customers of that name
    for k in range(0, len(phones), 500):
        stmt = (
            select(Customer.id, Customer.name, CustomerPhone.number)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.number.in_(phones[k : k + 500]), Customer.merged_into_id.is_(None))
        )
        for cid, name, number in session.execute(stmt):
            for p in by_phone[number]:
                if p.values["name"] == name:
                    matches[id(p)].add(cid)
    for p in plans:
        if matches.get(id(p)):
            p.existing_id = min(matches[id(p)])  # the oldest, if several


def _compare_with_stored(session, plans: list[_CustomerPlan]) -> None:
    """What each customer on record would get: its empty fields filled from the file;
    fields it has that the file gives differently are kept (listed as a warning)."""
    found = {p.existing_id: p for p in plans if p.existing_id is not None}
    ids_ = list(found)
    compared = [getattr(Customer, key) for key in _CUSTOMER_COMPARED.values() if key != "phones"]
    for k in range(0, len(ids_), 500):
        chunk = ids_[k : k + 500]
        phones: dict[int, list[str]] = defaultdict(list)
        for cid, number in session.execute(
            select(CustomerPhone.customer_id, CustomerPhone.number)
            .where(CustomerPhone.customer_id.in_(chunk))
            .order_by(CustomerPhone.customer_id, CustomerPhone.position)
        ):
            phones[cid].append(number)
        stmt = select(Customer.id, Customer.version, *compared).where(Customer.id.in_(chunk))
        for obj in session.connection().execute(stmt).all():  # rows, not objects
            p = found[obj.id]
            p.existing_version = obj.version
            for column, key in _CUSTOMER_COMPARED.items():
                if key not in p.given:
                    continue
                new = p.values[key]
                if key == "phones":
                    old = phones.get(obj.id, [])
                    if not old:
                        p.fill[key] = new
                    elif not {x.number for x in new} <= set(old):
                        p.kept.append(column)
                    continue
                old = getattr(obj, key)
                if _comparable(key, new) == _comparable(key, old):
                    continue
                if _blank_value(old):
                    p.fill[key] = new
                else:
                    p.kept.append(column)


def _plan_customers(session, sheet: SheetData, ticker: _Ticker | None = None) -> _CustomersPlan:
    names = {col.key: col.zh for col in CUSTOMERS.columns}
    probs = _Problems(sheet, names)
    counts = {"customer": Counts(), "identity": Counts()}
    check = ImportCheck(
        sheet.path,
        "customers",
        sheet.sheet,
        sheet.header_row,
        len(sheet.rows),
        probs.items,
        counts,
    )
    plan = _CustomersPlan(check, [], [])
    if check.fatal:
        return plan

    # 1. each row's customer, as the customer form checks it, and who it is
    rows_by_number = {row.number: row for row in sheet.rows}
    row_customer: dict[int, _CustomerPlan] = {}
    plans: dict[tuple, _CustomerPlan] = {}
    for row in sheet.rows:
        if ticker is not None:
            ticker.step()
        if row.bad:
            continue
        fields, given = _customer_fields(row.values)
        values, errors = c.check_customer(fields, new=True)
        others = [e for e in errors if not _consent_missing(e)]
        if others:
            for e in others:
                probs.from_error(row, e, _CUSTOMER_FIELDS, "name")
            continue
        number = values["document_number"]
        if number:
            key: tuple = ("document", values["document_type"], number)
        elif values["phones"]:
            key = ("name_phone", values["name"], values["phones"][0].number)
        else:
            key = ("new", row.number)
        p = plans.get(key)
        if p is None:
            p = _CustomerPlan(key, values, row.number, key[0])
            p.given = {k: row.number for k in given}
            plans[key] = p
        else:
            differ = [
                column
                for column, k in _CUSTOMER_COMPARED.items()
                if k in given
                and k in p.given
                and _comparable(k, values[k]) != _comparable(k, p.values[k])
            ]
            if differ:
                probs.add(
                    row,
                    differ[0],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This row and row {first} are the same customer ({name}) but differ "
                        "in {columns}. Make the rows agree, or leave the cell blank here.",
                    ),
                    first=p.given.get(_CUSTOMER_COMPARED[differ[0]], p.first_row),
                    name=p.values["name"],
                    columns="、".join(probs.header(x) for x in differ),
                )
                continue
            for k in given:
                if k not in p.given:
                    p.given[k] = row.number
                    p.values[k] = values[k]
        row_customer[row.number] = p

    # 2. customers on record: by document, else by name and phone
    _stored_customers(session, list(plans.values()))
    consent = c.check_customer(c.CustomerFields(name="-"), new=True)[1][0]
    for number, p in row_customer.items():
        row = rows_by_number[number]
        if p.existing_id is None and p.values["consent_date"] is None:
            probs.from_error(row, consent, _CUSTOMER_FIELDS, "consent_date")
        elif p.how == "new":
            probs.warn(
                row,
                "name",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has no document number and no phone, so a new customer is created "
                    "every time this file is imported. Add the document number or a phone.",
                ),
                name=p.values["name"],
            )
    _compare_with_stored(session, [p for p in plans.values() if p.existing_id is not None])

    # 3. identities on rooms
    ops = _plan_identities(session, sheet, probs, row_customer)

    # 4. what would be written
    for row in sheet.rows:
        p = row_customer.get(row.number)
        if p is not None and row.number not in probs.bad_rows:
            p.rows.append(row.number)
    for p in plans.values():
        if not p.rows:
            continue
        plan.customers.append(p)
        cc = counts["customer"]
        if p.existing_id is None:
            cc.create += 1
        elif p.fill:
            cc.update += 1
            cc.changed(_CUSTOMER_FIELDS[k] for k in p.fill)
        else:
            cc.unchanged += 1
        if p.existing_id is not None and p.kept:
            probs.warn(
                rows_by_number[p.rows[0]],
                p.kept[0],
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is already on record with other values in {columns}; the stored "
                    "values are kept. If the file is right, change them in the customer's form.",
                ),
                name=p.values["name"],
                columns="、".join(probs.header(x) for x in p.kept),
            )
    for op in ops:
        if op.row in probs.bad_rows:
            continue
        plan.identities.append(op)
        if op.unchanged:
            counts["identity"].unchanged += 1
        else:
            counts["identity"].create += 1
    probs.items.sort(key=lambda x: (x.row or 0, x.warning))
    return plan


def _plan_identities(
    session, sheet: SheetData, probs: _Problems, row_customer: dict[int, _CustomerPlan]
) -> list[_IdentityOp]:
    resolve = _project_resolver(session)
    wanted: list[tuple[Row, int]] = []
    for row in sheet.rows:
        if row.number not in row_customer or row.number in probs.bad_rows:
            continue
        v = row.values
        if v.get("room_code") is None and v.get("role") is None:
            for extra in ("share", "relation", "family_of", "start_date"):
                if v.get(extra) is not None:
                    probs.add(
                        row,
                        "room_code",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "“{column}” is filled in but the room is not. Add the project and "
                            "room code, or clear the cell.",
                        ),
                        column=probs.header(extra),
                    )
                    break
            continue
        missing = [k for k in ("project", "room_code", "role") if v.get(k) is None]
        if missing:
            probs.add(
                row,
                missing[0],
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An identity needs the project, the room code and the role; “{column}” is "
                    "empty. Fill it in, or clear the other two to import the customer only.",
                ),
                column=probs.header(missing[0]),
            )
            continue
        pid = resolve(v.get("region"), v["project"])
        if isinstance(pid, tuple):
            probs.add(row, "project", pid[0], **pid[1])
            continue
        wanted.append((row, pid))

    # The rooms named, by project and code.
    codes: dict[int, set[str]] = defaultdict(set)
    for row, pid in wanted:
        codes[pid].add(row.values["room_code"])
    rooms: dict[tuple[int, str], tuple[int, str]] = {}
    for pid, wanted_codes in codes.items():
        listed = sorted(wanted_codes)
        for k in range(0, len(listed), 500):
            stmt = (
                select(Room.id, Room.code, Project.name)
                .join(Project, Project.id == Room.project_id)
                .where(
                    Room.project_id == pid,
                    Room.code.in_(listed[k : k + 500]),
                    Room.retired_at.is_(None),
                )
            )
            for rid, code, project in session.execute(stmt):
                rooms[(pid, code)] = (rid, f"{project} {code}")
    ops: list[_IdentityOp] = []
    for row, pid in wanted:
        v = row.values
        found = rooms.get((pid, v["room_code"]))
        if found is None:
            probs.add(
                row,
                "room_code",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no room {value} in {project}. Check the code (as 3-2-1501), or "
                    "import the rooms first.",
                ),
                value=v["room_code"],
                project=v["project"],
            )
            continue
        role = Role(v["role"])
        share = None
        if role == Role.OWNER:
            try:
                share = i.parse_share(v.get("share"))
            except ValidationError as e:
                probs.from_error(row, e, _IDENTITY_FIELDS, "share")
                continue
        elif v.get("share") is not None:
            probs.warn(
                row,
                "share",
                QT_TRANSLATE_NOOP(
                    "Errors", "Only owners have a share; the share of {role} was ignored."
                ),
                role=i.ROLE_WORDS[role],
            )
        relation = v.get("relation")
        if role == Role.FAMILY:
            if relation is None:
                probs.add(
                    row,
                    "relation",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Choose the family member's relation (spouse, child, parent …).",
                    ),
                )
                continue
            if v.get("family_of") is None:
                probs.add(
                    row,
                    "family_of",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A family member needs whose family they are: type the document "
                        "number or name of the room's owner or tenant in “{column}”.",
                    ),
                    column=probs.header("family_of"),
                )
                continue
        elif relation is not None or v.get("family_of") is not None:
            relation = None
            probs.warn(
                row,
                "relation" if v.get("relation") is not None else "family_of",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only family members have a relation and whose family; ignored for {role}.",
                ),
                role=i.ROLE_WORDS[role],
            )
        start = v.get("start_date")
        if start is not None and start.year < 1900:
            probs.add(
                row,
                "start_date",
                QT_TRANSLATE_NOOP("Errors", "The start date {date} is too early. Check the year."),
                date=start.isoformat(),
            )
            continue
        ops.append(
            _IdentityOp(
                row.number,
                row_customer[row.number],
                found[0],
                found[1],
                role,
                share,
                Relation(relation) if relation is not None else None,
                v.get("family_of") if role == Role.FAMILY else None,
                start,
                "",
            )
        )
    _check_identities(session, sheet, probs, ops)
    return ops


def _check_identities(session, sheet: SheetData, probs: _Problems, ops: list[_IdentityOp]):
    rows = {row.number: row for row in sheet.rows}
    today = clock.today()
    # The same identity twice in the file.
    seen: dict[tuple, int] = {}
    for op in ops:
        key = (id(op.customer), op.room_id, op.role)
        if key in seen:
            probs.add(
                rows[op.row],
                "role",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {first} already gives {name} this role on {room}. Keep one row per "
                    "customer, room and role.",
                ),
                first=seen[key],
                name=op.customer.values["name"],
                room=op.room,
            )
        else:
            seen[key] = op.row
    ops_live = [op for op in ops if op.row not in probs.bad_rows]

    # The identities on record of these rooms (current and future ones).
    stored: dict[int, list] = defaultdict(list)
    room_ids = sorted({op.room_id for op in ops_live})
    holder_ids: set[int] = set()
    for k in range(0, len(room_ids), 500):
        stmt = select(
            Identity.id,
            Identity.customer_id,
            Identity.room_id,
            Identity.role,
            Identity.share,
            Identity.start_date,
            Identity.end_date,
        ).where(
            Identity.room_id.in_(room_ids[k : k + 500]),
            or_(Identity.end_date.is_(None), Identity.end_date > today),
        )
        for ident in session.execute(stmt):
            stored[ident.room_id].append(ident)
            holder_ids.add(ident.customer_id)
    people: dict[int, tuple[str, str | None]] = {}
    listed = sorted(holder_ids)
    for k in range(0, len(listed), 500):
        for cid, name, number in session.execute(
            select(Customer.id, Customer.name, Customer.document_number).where(
                Customer.id.in_(listed[k : k + 500])
            )
        ):
            people[cid] = (name, number)

    def open_after(ident, day: date) -> bool:
        return ident.end_date is None or ident.end_date > day

    # Already on record: nothing to add (same customer, room, role and start date).
    for op in ops_live:
        cid = op.customer.existing_id
        if cid is None:
            continue
        day = op.start or today
        for ident in stored.get(op.room_id, ()):
            if ident.customer_id == cid and ident.role == op.role and open_after(ident, day):
                if op.start is None or op.start == ident.start_date:
                    op.unchanged = True
                else:
                    probs.add(
                        rows[op.row],
                        "start_date",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} is already {role} of {room} since {since}. To record a new "
                            "period, end the current one first; to keep it, clear the start "
                            "date or write {since}.",
                        ),
                        name=op.customer.values["name"],
                        role=i.ROLE_WORDS[op.role],
                        room=op.room,
                        since=ident.start_date.isoformat(),
                    )
                break

    # Owners' shares per room: the file's new owners plus the owners on record.
    by_room: dict[int, list[_IdentityOp]] = defaultdict(list)
    for op in ops:
        if op.role == Role.OWNER:
            by_room[op.room_id].append(op)
    for room_id, owners in by_room.items():
        new = [op for op in owners if not op.unchanged and op.row not in probs.bad_rows]
        if not new:
            continue
        broken = [op.row for op in owners if op.row in probs.bad_rows]
        first_day = min(op.start or today for op in new)
        on_record = [
            x for x in stored.get(room_id, ()) if x.role == Role.OWNER and open_after(x, first_day)
        ]
        room = new[0].room
        if broken:
            for op in new:
                probs.add(
                    rows[op.row],
                    "share",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The owners of {room} are imported together, and row {row} has "
                        "errors. Fix that row first.",
                    ),
                    room=room,
                    row="、".join(str(n) for n in broken),
                )
            continue
        count = len(on_record) + len(new)
        blanks = [op for op in new if op.share is None]
        if blanks and count > 1:
            for op in blanks:
                probs.add(
                    rows[op.row],
                    "share",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{room} has {count} owners: give each one a share (together 100).",
                    ),
                    room=room,
                    count=count,
                )
            continue
        total = sum((x.share or Decimal(0) for x in on_record), Decimal(0)) + sum(
            (op.share or i.HUNDRED for op in new), Decimal(0)
        )
        if total != i.HUNDRED:
            parts = "、".join(f"{op.row} ({_percent(op.share or i.HUNDRED)}%)" for op in new)
            recorded = "、".join(
                f"{people.get(x.customer_id, ('?', None))[0]} {_percent(x.share)}%"
                for x in on_record
            )
            for op in new:
                if recorded:
                    probs.add(
                        rows[op.row],
                        "share",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The owners' shares of {room} add up to {total}%: rows {rows} plus "
                            "the owners on record ({recorded}); they must add up to 100%. "
                            "Correct the shares; a change of the owners on record is a "
                            "transfer, made in the program.",
                        ),
                        room=room,
                        total=format(total.normalize(), "f"),
                        rows=parts,
                        recorded=recorded,
                    )
                else:
                    probs.add(
                        rows[op.row],
                        "share",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The owners' shares of {room} add up to {total}% (rows {rows}), but "
                            "they must add up to 100%. Correct the shares in these rows.",
                        ),
                        room=room,
                        total=format(total.normalize(), "f"),
                        rows=parts,
                    )

    # Whose family: an owner or tenant of the same room, on record or in the file.
    for op in ops:
        if op.role != Role.FAMILY or op.row in probs.bad_rows:
            continue
        wanted = op.family_of or ""
        number = ids.normalise_document(wanted)
        day = op.start or today
        related: _CustomerPlan | int | None = None
        for other in ops:
            if (
                other.room_id == op.room_id
                and other.role in (Role.OWNER, Role.TENANT)
                and other.row not in probs.bad_rows
                and (
                    other.customer.values["document_number"] == number
                    or other.customer.values["name"] == wanted
                )
            ):
                related = other.customer.existing_id or other.customer
                break
        if related is None:
            for x in stored.get(op.room_id, ()):
                name, doc = people.get(x.customer_id, ("", None))
                if (
                    x.role in (Role.OWNER, Role.TENANT)
                    and open_after(x, day)
                    and (doc == number or name == wanted)
                ):
                    related = x.customer_id
                    break
        me = op.customer.existing_id or op.customer
        same = related == me if isinstance(related, int) else related is me
        if related is None:
            probs.add(
                rows[op.row],
                "family_of",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{value} is neither an owner nor a tenant of {room}, on record or in this "
                    "file. A family member belongs to an owner or tenant of the same room: "
                    "check the document number or name.",
                ),
                value=wanted,
                room=op.room,
            )
        elif same:
            probs.add(
                rows[op.row],
                "family_of",
                QT_TRANSLATE_NOOP("Errors", "A customer cannot be their own family member."),
            )
        else:
            op.related = related


def _percent(share: Decimal | None) -> str:
    return format((share or Decimal(0)).normalize(), "f")


def _write_customers(uow: UnitOfWork, plan: _CustomersPlan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"customer": Counts(), "identity": Counts()}
    s = uow.session
    new = [p for p in plan.customers if p.existing_id is None]
    fast = common.fast_inserts(uow)
    for start in range(0, len(new), _CHUNK):
        chunk = new[start : start + _CHUNK]
        rows = [{k: p.values[k] for k in c.CUSTOMER_COLUMNS} for p in chunk]
        if fast:  # SQLite: no key needed to pair the new ids
            ids = common.insert_rows(uow, Customer, rows, key=())
        else:
            objs = [Customer(**row) for row in rows]
            s.add_all(objs)
            s.flush()
            ids = [obj.id for obj in objs]
        phones, payloads, search = [], [], []
        for p, cid in zip(chunk, ids, strict=True):
            p.new_id = cid
            numbers = p.values["phones"]
            for pos, ph in enumerate(numbers):
                phones.append(
                    {
                        "customer_id": cid,
                        "number": ph.number,
                        "label": ph.label,
                        "is_primary": ph.primary,
                        "position": pos,
                    }
                )
            # The entry create_customer writes: its values, the phones as one text.
            payload = {k: p.values[k] for k in p.values if k != "phones"}
            payload["phones"] = c.phones_text(numbers)
            payloads.append(payload)
            search.append(
                {
                    "customer_id": cid,
                    **c.search_values(
                        p.values["name"], [x.number for x in numbers], p.values["document_number"]
                    ),
                }
            )
        common.insert_dicts(uow, CustomerPhone.__table__, phones)
        common.insert_created_audit(uow, "customer", ids, payloads)
        common.insert_dicts(uow, CustomerSearch.__table__, search)
        counts["customer"].create += len(chunk)
        ticker.step(len(chunk))
    for p in plan.customers:
        if p.existing_id is None:
            continue
        if not p.fill:
            counts["customer"].unchanged += 1
            continue
        obj = s.get(Customer, p.existing_id)
        check_version(obj, p.existing_version)
        for key, value in p.fill.items():
            if key == "phones":
                for pos, ph in enumerate(value):
                    s.add(
                        CustomerPhone(
                            customer_id=obj.id,
                            number=ph.number,
                            label=ph.label,
                            is_primary=ph.primary,
                            position=pos,
                        )
                    )
                uow.audit("update", "customer", obj.id, "phones", "", c.phones_text(value))
                obj.updated_at = utcnow()  # the phones are part of the record: a new version
            else:
                uow.audit("update", "customer", obj.id, key, getattr(obj, key), value)
                setattr(obj, key, value)
        s.flush()
        s.expire(obj, ["phones"])
        c.refresh_search(s, obj.id)
        counts["customer"].update += 1
        counts["customer"].changed(_CUSTOMER_FIELDS[k] for k in p.fill)
    rows = []
    for op in plan.identities:
        if op.unchanged:
            counts["identity"].unchanged += 1
            ticker.step()
            continue
        related = op.related
        if isinstance(related, _CustomerPlan):
            related = related.existing_id or related.new_id
        rows.append(
            {
                "customer_id": op.customer.existing_id or op.customer.new_id,
                "role": op.role,
                "room_id": op.room_id,
                "space_id": None,
                "share": (op.share or i.HUNDRED) if op.role == Role.OWNER else None,
                "relation": op.relation,
                "related_customer_id": related,
                "start_date": op.start or clock.today(),
                "notes": op.notes,
            }
        )
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        common.bulk_create(uow, Identity, chunk, key=("customer_id", "room_id", "role"))
        counts["identity"].create += len(chunk)
        ticker.step(len(chunk))
    return counts
