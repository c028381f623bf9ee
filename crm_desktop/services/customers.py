"""Customers: one record per person or company, unique by document; phones,
vehicles and bank accounts; verification, consent, duplicates and merging.

Every public function is one transaction with its audit entries and keeps the
customer's search keys (``customer_search``) up to date in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update

from crm_desktop.db.base import utcnow
from crm_desktop.db.models import (
    AccountRoom,
    BankAccount,
    Customer,
    CustomerPhone,
    CustomerSearch,
    Identity,
    Lease,
    LeaseTenant,
    Room,
    SaleBuyer,
    TransferParty,
    Vehicle,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain import search_keys as keys
from crm_desktop.domain.enums import (
    ContactChannel,
    CustomerKind,
    CustomerLevel,
    DocumentType,
    Gender,
)
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services.database import Actor, Database, UnitOfWork, check_version

MAX_PHONES = 10

DEFAULT_CONSENT_SCOPE = QT_TRANSLATE_NOOP(
    "Customers", "Property management services, fee collection and notices"
)


# --- input records ------------------------------------------------------------------------
@dataclass
class PhoneEntry:
    number: str
    label: str = ""
    primary: bool = False


@dataclass
class CustomerFields:
    kind: CustomerKind = CustomerKind.PERSON
    name: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    nationality: str = ""
    document_type: DocumentType | None = None
    document_number: str = ""
    legal_representative: str = ""
    phones: list[PhoneEntry] = field(default_factory=list)
    email: str = ""
    address: str = ""
    notes: str = ""
    level: CustomerLevel = CustomerLevel.STANDARD
    tags: str = ""
    preferred_channel: ContactChannel | None = None
    consent_date: date | None = None
    consent_scope: str = ""


@dataclass
class VehicleFields:
    plate: str
    brand: str = ""
    model: str = ""
    colour: str = ""
    notes: str = ""


@dataclass
class AccountFields:
    bank: str
    account_name: str
    account_number: str
    notes: str = ""
    room_ids: list[int] = field(default_factory=list)


class ValidationErrors(ValidationError):
    """Several problems at once (a form or a batch line shows them all)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.message, field=first.field, **first.params)


class DuplicateDocumentError(ValidationError):
    """The document already belongs to a customer: open that one instead."""

    def __init__(self, existing_id: int, existing_name: str, number: str) -> None:
        self.existing_id = existing_id
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document {number} already belongs to the customer {name}. A customer is "
                "kept only once: open that customer instead of creating a new one.",
            ),
            field="document_number",
            number=ids.mask_id(number),
            name=existing_name,
        )


# --- validation ---------------------------------------------------------------------------
def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip())


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _catch(errors: list[ValidationError], fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValidationError as exc:
        errors.append(exc)
        return None


def check_customer(fields: CustomerFields, *, new: bool = True) -> tuple[dict[str, Any], list]:
    """Normalised column values and every problem found (empty list: can be saved).

    Pure: reads no database, so the dialog can call it on every keystroke.
    Returns ``(values, errors)``; ``values["phones"]`` is a list of PhoneEntry with
    normalised numbers, exactly one of them primary.
    """
    errors: list[ValidationError] = []
    company = fields.kind == CustomerKind.COMPANY
    name = _clean(fields.name)
    if not name:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The name is required. Type the customer's name."),
                field="name",
            )
        )
    values: dict[str, Any] = {
        "kind": fields.kind,
        "name": name,
        "gender": None if company else fields.gender,
        "birth_date": None if company else fields.birth_date,
        "nationality": "" if company else _clean(fields.nationality),
        "legal_representative": _clean(fields.legal_representative) if company else "",
        "email": _clean(fields.email),
        "address": _clean(fields.address),
        "notes": (fields.notes or "").strip(),
        "level": fields.level or CustomerLevel.STANDARD,
        "tags": ", ".join(t for t in re.split(r"[,，、;；\s]+", fields.tags or "") if t),
        "preferred_channel": fields.preferred_channel,
        "consent_date": fields.consent_date,
        "consent_scope": _clean(fields.consent_scope),
    }
    # The document: a company's credit code, or a person's ID document.
    number = ids.normalise_document(fields.document_number or "")
    doc_type = DocumentType.USCC if company else fields.document_type
    if company:
        if number:
            number = _catch(errors, ids.check_uscc, number, field="document_number") or number
    elif number:
        if doc_type is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Choose the kind of document for the number {number}."
                    ),
                    field="document_type",
                    number=number,
                )
            )
        elif doc_type == DocumentType.RESIDENT_ID:
            rid = _catch(errors, ids.check_resident_id, number, field="document_number")
            if rid is not None:
                number = rid.number
                if values["birth_date"] is None:
                    values["birth_date"] = rid.birth_date
                elif values["birth_date"] != rid.birth_date:
                    _catch(errors, ids.check_birth_date_matches, number, values["birth_date"])
                if values["gender"] is None:
                    values["gender"] = Gender(rid.gender)
        else:
            number = (
                _catch(errors, ids.check_id_document, ids.IdType(doc_type.value), number) or number
            )
    values["document_type"] = doc_type if number else None
    values["document_number"] = number or None
    if values["birth_date"] is not None and values["birth_date"] > clock.today():
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The date of birth {date} is in the future. Check the year."
                ),
                field="birth_date",
                date=values["birth_date"].isoformat(),
            )
        )
    if values["email"] and not _EMAIL.match(values["email"]):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{value}” is not an email address. Type it as name@example.com, or leave "
                    "it empty.",
                ),
                field="email",
                value=values["email"],
            )
        )
    values["phones"] = _check_phones(fields.phones, errors)
    if new and values["consent_date"] is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Record the date the customer agreed to the processing of their personal "
                    "information (PIPL). Ask them to sign the consent form first.",
                ),
                field="consent_date",
            )
        )
    if values["consent_date"] is not None:
        if values["consent_date"] > clock.today():
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The consent date {date} is in the future. Use the date signed."
                    ),
                    field="consent_date",
                    date=values["consent_date"].isoformat(),
                )
            )
        if not values["consent_scope"]:
            values["consent_scope"] = str(DEFAULT_CONSENT_SCOPE)
    return values, errors


def _check_phones(entries: list[PhoneEntry], errors: list[ValidationError]) -> list[PhoneEntry]:
    out: list[PhoneEntry] = []
    seen: set[str] = set()
    for entry in entries:
        if not (entry.number or "").strip():
            continue
        number = _catch(errors, ids.normalise_phone, entry.number, field="phones")
        if number is None or number in seen:
            continue
        seen.add(number)
        out.append(PhoneEntry(number, _clean(entry.label), bool(entry.primary)))
    if len(out) > MAX_PHONES:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Keep at most {count} phone numbers per customer."),
                field="phones",
                count=MAX_PHONES,
            )
        )
    primaries = [p for p in out if p.primary]
    for p in primaries[1:]:
        p.primary = False
    if out and not primaries:
        out[0].primary = True
    return out


def _validated(fields: CustomerFields, *, new: bool) -> dict[str, Any]:
    values, errors = check_customer(fields, new=new)
    if errors:
        raise ValidationErrors(errors)
    return values


# --- reading ------------------------------------------------------------------------------
def find_by_document(
    db_or_session, document_type: DocumentType | None, number: str
) -> tuple[int, str] | None:
    """The live customer holding this document, as (id, name), or None."""
    number = ids.normalise_document(number or "")
    if not number or document_type is None:
        return None
    stmt = select(Customer.id, Customer.name).where(
        Customer.document_type == document_type,
        Customer.document_number == number,
        Customer.merged_into_id.is_(None),
    )
    if isinstance(db_or_session, Database):
        with db_or_session.read() as s:
            row = s.execute(stmt).first()
    else:
        row = db_or_session.execute(stmt).first()
    return (row[0], row[1]) if row else None


@dataclass(frozen=True)
class Duplicate:
    customer_id: int
    name: str
    phone: str  # masked
    reason: str  # "same_name_and_phone" | "same_phone" | "same_name"


DUPLICATE_REASONS = {
    "same_name_and_phone": QT_TRANSLATE_NOOP("Customers", "same name and phone"),
    "same_phone": QT_TRANSLATE_NOOP("Customers", "same phone"),
}


def possible_duplicates(
    db: Database, name: str, phones: list[str], exclude_id: int | None = None, limit: int = 10
) -> list[Duplicate]:
    """Customers that may be the same person: same phone (and name), shown before saving."""
    numbers = []
    for p in phones:
        try:
            numbers.append(ids.normalise_phone(p))
        except ValidationError:
            continue
    if not numbers:
        return []
    name = _clean(name)
    stmt = (
        select(Customer.id, Customer.name, CustomerPhone.number)
        .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
        .where(CustomerPhone.number.in_(numbers), Customer.merged_into_id.is_(None))
        .order_by(Customer.id)
    )
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    found: dict[int, Duplicate] = {}
    with db.read() as s:
        for cid, cname, number in s.execute(stmt):
            reason = "same_name_and_phone" if name and cname == name else "same_phone"
            prev = found.get(cid)
            if prev is None or (reason == "same_name_and_phone" and prev.reason != reason):
                found[cid] = Duplicate(cid, cname, ids.mask_phone(number), reason)
    ordered = sorted(
        found.values(), key=lambda d: (d.reason != "same_name_and_phone", d.customer_id)
    )
    return ordered[:limit]


def _customer(session, customer_id: int, *, lock_merged: bool = True) -> Customer:
    obj = session.get(Customer, customer_id)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The customer you are working on no longer exists. Refresh the view and try again.",
            )
        )
    if lock_merged and obj.merged_into_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This customer was merged into another record (number {survivor}). Open that "
                "one instead.",
            ),
            survivor=obj.merged_into_id,
        )
    return obj


# --- search keys --------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _name_keys(name: str) -> tuple[str, str]:
    """The keys of a name: its characters and its pinyin tokens (30 µs a name, and an
    import of 100,000 customers repeats the common names)."""
    lead, tokens = keys.pinyin_keys(name)
    return keys.name_chars(name), f"{lead} {tokens}".strip()


def search_values(
    name: str,
    phones: Iterable[str],
    document_number: str | None,
    plates: Iterable[str] = (),
) -> dict[str, Any]:
    """A customer's search keys (the ``customer_search`` columns). One function for
    ``refresh_search`` and the Excel import's bulk insert, so the keys can never drift."""
    name_chars, pinyin = _name_keys(name)
    return {
        "name_chars": name_chars,
        "pinyin": pinyin,
        "phones": " ".join(keys.digits_only(p) for p in phones),
        "plates": plates_key(plates),
        "document_rev": keys.reverse_key(document_number) if document_number else None,
    }


def plates_key(plates: Iterable[str]) -> str:
    """The ``customer_search.plates`` key of a customer's vehicles (in the order added)."""
    return " ".join(plates)


def refresh_search(session, customer_id: int) -> None:
    """Rewrite one customer's search keys from its current data (same transaction)."""
    c = session.get(Customer, customer_id)
    row = session.get(CustomerSearch, customer_id)
    if c is None or c.merged_into_id is not None:
        if row is not None:
            session.delete(row)
        return
    phones = session.scalars(
        select(CustomerPhone.number).where(CustomerPhone.customer_id == customer_id)
    ).all()
    plates = session.scalars(
        select(Vehicle.plate)
        .where(Vehicle.customer_id == customer_id, Vehicle.removed_at.is_(None))
        .order_by(Vehicle.id)
    ).all()
    values = search_values(c.name, phones, c.document_number, plates)
    if row is None:
        session.add(CustomerSearch(customer_id=customer_id, **values))
    else:
        for k, v in values.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
    session.flush()


def refresh_plates(session, customer_ids: Iterable[int]) -> None:
    """Rewrite the plates key of many customers at once (same transaction), after
    vehicles were added in bulk: what ``refresh_search`` would write, without computing
    again the name's pinyin, which vehicles do not change (0.2 ms a name, 20 s for
    100,000 customers). A customer with no search keys yet, or merged away, goes through
    ``refresh_search``.
    """
    ids = sorted(set(customer_ids))
    session.flush()
    changed: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        plates: dict[int, list[str]] = {cid: [] for cid in chunk}
        for cid, plate in session.execute(
            select(Vehicle.customer_id, Vehicle.plate)
            .where(Vehicle.customer_id.in_(chunk), Vehicle.removed_at.is_(None))
            .order_by(Vehicle.customer_id, Vehicle.id)
        ):
            plates[cid].append(plate)
        stored = dict(
            session.execute(
                select(CustomerSearch.customer_id, CustomerSearch.plates)
                .join(Customer, Customer.id == CustomerSearch.customer_id)
                .where(CustomerSearch.customer_id.in_(chunk), Customer.merged_into_id.is_(None))
            ).all()
        )
        for cid in chunk:
            if cid not in stored:
                refresh_search(session, cid)
                continue
            key = plates_key(plates[cid])
            if stored[cid] != key:
                changed.append({"cid": cid, "key": key})
    if not changed:
        return
    table = CustomerSearch.__table__
    session.connection().execute(
        table.update()
        .where(table.c.customer_id == bindparam("cid"))
        .values(plates=bindparam("key")),
        changed,
    )
    # Loaded search rows of these customers would show the old key: read them again.
    done = {x["cid"] for x in changed}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, CustomerSearch) and obj.customer_id in done:
            session.expire(obj)


# --- writing customers --------------------------------------------------------------------
# The customer's own columns as the form saves them (the Excel import compares and fills
# the same ones).
CUSTOMER_COLUMNS = (
    "kind",
    "name",
    "gender",
    "birth_date",
    "nationality",
    "document_type",
    "document_number",
    "legal_representative",
    "email",
    "address",
    "notes",
    "level",
    "tags",
    "preferred_channel",
    "consent_date",
    "consent_scope",
)


def phones_text(phones) -> str:
    """The phones as the audit log shows them ("13800138000 *, 13900139000", the primary
    one starred); public so the Excel import audits the phones it writes the same way."""
    return ", ".join(p.number + (" *" if p.primary else "") for p in phones)


def _check_document_free(session, values: dict[str, Any], exclude_id: int | None = None) -> None:
    found = find_by_document(session, values["document_type"], values["document_number"] or "")
    if found is not None and found[0] != exclude_id:
        raise DuplicateDocumentError(found[0], found[1], values["document_number"])


def create_customer_in(uow: UnitOfWork, fields: CustomerFields) -> int:
    """Create a customer inside an open unit of work (used by workflows)."""
    values = _validated(fields, new=True)
    session = uow.session
    _check_document_free(session, values)
    phones = values.pop("phones")
    obj = Customer(**{k: values[k] for k in CUSTOMER_COLUMNS})
    session.add(obj)
    session.flush()
    for i, p in enumerate(phones):
        session.add(
            CustomerPhone(
                customer_id=obj.id, number=p.number, label=p.label, is_primary=p.primary, position=i
            )
        )
    session.flush()
    audit_values = dict(values)
    audit_values["phones"] = phones_text(phones)
    audit_values["document_number"] = values["document_number"]
    uow.audit_created(obj, audit_values)
    refresh_search(session, obj.id)
    return obj.id


def create_customer(db: Database, actor: Actor, fields: CustomerFields, identity=None) -> int:
    """Create a customer; with ``identity`` (an IdentityFields) link them to a room or
    space in the same transaction: the front desk's new tenant for 3-2-1501."""
    with db.write(actor) as uow:
        customer_id = create_customer_in(uow, fields)
        if identity is not None:
            from crm_desktop.services.identities import add_identity_in

            add_identity_in(uow, customer_id, identity)
        return customer_id


def update_customer(
    db: Database, actor: Actor, customer_id: int, version: int, fields: CustomerFields
) -> int:
    """Save an edited customer: one audit entry per changed field; returns the new version.

    Changing the document number clears the verification (the new one is unchecked).
    """
    values = _validated(fields, new=False)
    with db.write(actor) as uow:
        session = uow.session
        obj = _customer(session, customer_id)
        check_version(obj, version)
        _check_document_free(session, values, exclude_id=customer_id)
        phones = values.pop("phones")
        changed = False
        for name in CUSTOMER_COLUMNS:
            old, new = getattr(obj, name), values[name]
            if old != new:
                setattr(obj, name, new)
                uow.audit("update", "customer", obj.id, name, old, new)
                changed = True
        if obj.verified_at is not None and obj.verified_document != obj.document_number:
            uow.audit("unverify", "customer", obj.id, "verified_at", obj.verified_at, None)
            obj.verified_at = None
            obj.verified_by_id = None
            obj.verified_document = None
        old_phones = list(obj.phones)
        if [(p.number, p.label, p.is_primary) for p in old_phones] != [
            (p.number, p.label, p.primary) for p in phones
        ]:
            old_text = ", ".join(p.number + (" *" if p.is_primary else "") for p in old_phones)
            session.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == obj.id))
            session.expire(obj, ["phones"])
            for i, p in enumerate(phones):
                session.add(
                    CustomerPhone(
                        customer_id=obj.id,
                        number=p.number,
                        label=p.label,
                        is_primary=p.primary,
                        position=i,
                    )
                )
            uow.audit("update", "customer", obj.id, "phones", old_text, phones_text(phones))
            if not changed:
                obj.updated_at = utcnow()  # bumps the version: the phones are part of the record
            changed = True
        if changed:
            session.flush()
            refresh_search(session, obj.id)
        return obj.version


def verify_customer(db: Database, actor: Actor, customer_id: int, version: int) -> int:
    """Record that a clerk checked the customer's document (身份认证): who and when."""
    with db.write(actor) as uow:
        obj = _customer(uow.session, customer_id)
        check_version(obj, version)
        if not obj.document_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no document number to verify. Enter the number from the "
                    "customer's ID document first.",
                ),
                field="document_number",
            )
        obj.verified_at = utcnow()
        obj.verified_by_id = actor.id
        obj.verified_document = obj.document_number
        uow.session.flush()
        uow.audit("verify", "customer", obj.id, "verified_at", None, obj.verified_at)
        return obj.version


# --- merge --------------------------------------------------------------------------------
def merge_customers(db: Database, actor: Actor, survivor_id: int, merged_id: int) -> int:
    """Move everything of ``merged_id`` onto ``survivor_id`` and retire the former.

    Identities (including family relations pointing at the merged customer),
    phones, vehicles and accounts move; the survivor's empty fields are filled from
    the merged record. The merged record stays, marked ``merged_into_id``, and each
    move is audited on both records, so the merge can be traced both ways.
    """
    if survivor_id == merged_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose two different customers to merge."),
            field="customer",
        )
    with db.write(actor) as uow:
        s = uow.session
        survivor = _customer(s, survivor_id)
        merged = _customer(s, merged_id)
        if (
            survivor.document_number
            and merged.document_number
            and (survivor.document_type, survivor.document_number)
            != (merged.document_type, merged.document_number)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "These two customers have different document numbers, so they are two "
                    "different people or companies and cannot be merged.",
                ),
                field="customer",
            )
        for name in CUSTOMER_COLUMNS:
            if name in ("kind", "name", "level"):
                continue
            if getattr(survivor, name) in (None, "") and getattr(merged, name) not in (None, ""):
                if name in ("document_type", "document_number"):
                    continue  # set together below, after the merged record lets go of it
                uow.audit("merge", "customer", survivor.id, name, None, getattr(merged, name))
                setattr(survivor, name, getattr(merged, name))
        take_document = not survivor.document_number and merged.document_number
        document = (merged.document_type, merged.document_number)
        merged.merged_into_id = survivor.id
        merged.merged_at = utcnow()
        s.flush()
        if take_document:
            survivor.document_type, survivor.document_number = document
            uow.audit("merge", "customer", survivor.id, "document_number", None, document[1])
        moved: dict[str, list[int]] = {}
        for model, column in (
            (Identity, Identity.customer_id),
            (Identity, Identity.related_customer_id),
            (Vehicle, Vehicle.customer_id),
            (BankAccount, BankAccount.customer_id),
            (Lease, Lease.landlord_id),
        ):
            row_ids = list(s.scalars(select(model.id).where(column == merged.id)))
            if row_ids:
                s.execute(
                    update(model)
                    .where(model.id.in_(row_ids))
                    .values({column.key: survivor.id, "version": model.version + 1})
                    .execution_options(synchronize_session=False)
                )
                moved.setdefault(model.__tablename__, []).extend(row_ids)
                for rid in row_ids:
                    uow.audit("merge", model.__tablename__, rid, column.key, merged.id, survivor.id)
        _move_links(uow, merged.id, survivor.id, moved)
        have = set(
            s.scalars(select(CustomerPhone.number).where(CustomerPhone.customer_id == survivor.id))
        )
        position = len(have)
        for p in s.scalars(select(CustomerPhone).where(CustomerPhone.customer_id == merged.id)):
            if p.number in have:
                continue
            s.add(
                CustomerPhone(
                    customer_id=survivor.id, number=p.number, label=p.label, position=position
                )
            )
            position += 1
            moved.setdefault("customer_phone", []).append(p.id)
        summary = ", ".join(f"{k}: {len(v)}" for k, v in sorted(moved.items()))
        uow.audit("merge", "customer", survivor.id, "merged_from", None, merged.id)
        uow.audit("merge", "customer", merged.id, "merged_into_id", None, survivor.id)
        uow.audit("merge", "customer", merged.id, "moved", None, summary or "-")
        survivor.updated_at = utcnow()
        s.flush()
        refresh_search(s, merged.id)
        refresh_search(s, survivor.id)
        return survivor.version


def _move_links(uow: UnitOfWork, merged_id: int, survivor_id: int, moved: dict) -> None:
    """Sale buyers, lease tenants and transfer parties follow the merge. Both records in
    the same role of the same sale, lease or transfer cannot be one person: refused."""
    s = uow.session
    links = (
        (SaleBuyer, (SaleBuyer.sale_id,)),
        (LeaseTenant, (LeaseTenant.lease_id,)),
        (TransferParty, (TransferParty.transfer_id, TransferParty.side)),
    )
    for model, columns in links:
        theirs = {
            tuple(r) for r in s.execute(select(*columns).where(model.customer_id == merged_id))
        }
        if not theirs:
            continue
        ours = {
            tuple(r) for r in s.execute(select(*columns).where(model.customer_id == survivor_id))
        }
        if theirs & ours:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Both records take part, side by side, in the same sale, lease or transfer, "
                    "so they are two different people and cannot be merged.",
                ),
                field="customer",
            )
        s.execute(
            update(model)
            .where(model.customer_id == merged_id)
            .values(customer_id=survivor_id)
            .execution_options(synchronize_session=False)
        )
        for key in sorted(theirs):
            uow.audit("merge", model.__tablename__, key[0], "customer_id", merged_id, survivor_id)
        moved.setdefault(model.__tablename__, []).extend(key[0] for key in theirs)


# --- vehicles -----------------------------------------------------------------------------
def vehicle_values(f: VehicleFields) -> dict[str, Any]:
    """A vehicle's column values as the vehicle form saves them (plate normalised); raises
    the form's ValidationError. Public for the Excel import, which checks each row with it."""
    return {
        "plate": ids.normalise_plate(f.plate),
        "brand": _clean(f.brand),
        "model": _clean(f.model),
        "colour": _clean(f.colour),
        "notes": (f.notes or "").strip(),
    }


def _check_plate_free(session, plate: str, exclude_id: int | None = None) -> None:
    stmt = select(Vehicle.id, Customer.name).join(Customer, Customer.id == Vehicle.customer_id)
    stmt = stmt.where(Vehicle.plate == plate, Vehicle.removed_at.is_(None))
    if exclude_id is not None:
        stmt = stmt.where(Vehicle.id != exclude_id)
    row = session.execute(stmt).first()
    if row is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {plate} is already registered to {name}. If the car changed hands, "
                "remove it from that customer first.",
            ),
            field="plate",
            plate=plate,
            name=row[1],
        )


def add_vehicle(db: Database, actor: Actor, customer_id: int, fields: VehicleFields) -> int:
    values = vehicle_values(fields)
    with db.write(actor) as uow:
        _customer(uow.session, customer_id)
        _check_plate_free(uow.session, values["plate"])
        obj = Vehicle(customer_id=customer_id, **values)
        uow.session.add(obj)
        uow.session.flush()
        uow.audit_created(obj, {"customer_id": customer_id, **values})
        refresh_search(uow.session, customer_id)
        return obj.id


def update_vehicle(
    db: Database, actor: Actor, vehicle_id: int, version: int, fields: VehicleFields
) -> int:
    values = vehicle_values(fields)
    with db.write(actor) as uow:
        obj = uow.session.get(Vehicle, vehicle_id)
        if obj is None or obj.removed_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This vehicle was removed meanwhile. Refresh the view and try again."
                )
            )
        check_version(obj, version)
        _check_plate_free(uow.session, values["plate"], exclude_id=vehicle_id)
        for k, v in values.items():
            if getattr(obj, k) != v:
                uow.audit("update", "vehicle", obj.id, k, getattr(obj, k), v)
                setattr(obj, k, v)
        uow.session.flush()
        refresh_search(uow.session, obj.customer_id)
        return obj.version


def remove_vehicle(db: Database, actor: Actor, vehicle_id: int) -> None:
    """The customer no longer has the car; the record stays in history."""
    with db.write(actor) as uow:
        obj = uow.session.get(Vehicle, vehicle_id)
        if obj is None or obj.removed_at is not None:
            return
        obj.removed_at = utcnow()
        uow.audit("remove", "vehicle", obj.id, "removed_at", None, obj.removed_at)
        uow.session.flush()
        refresh_search(uow.session, obj.customer_id)


# --- bank accounts ------------------------------------------------------------------------
def _account_values(f: AccountFields) -> dict[str, Any]:
    errors: list[ValidationError] = []
    bank, name = _clean(f.bank), _clean(f.account_name)
    if not bank:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Type the bank's name, e.g. 中国工商银行 深圳分行."),
                field="bank",
            )
        )
    if not name:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Type the account holder's name exactly as the bank has it."
                ),
                field="account_name",
            )
        )
    number = _catch(errors, ids.normalise_account_number, f.account_number)
    if errors:
        raise ValidationErrors(errors)
    return {"bank": bank, "account_name": name, "account_number": number, "notes": f.notes.strip()}


def _link_rooms(uow: UnitOfWork, account_id: int, room_ids: list[int]) -> None:
    s = uow.session
    current = set(
        s.scalars(select(AccountRoom.room_id).where(AccountRoom.account_id == account_id))
    )
    wanted = set(room_ids)
    for rid in wanted - current:
        if s.get(Room, rid) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A room chosen for this account no longer exists (it may have been split or "
                    "merged). Choose the rooms again.",
                )
            )
        s.add(AccountRoom(account_id=account_id, room_id=rid))
        uow.audit("link", "bank_account", account_id, "room_id", None, rid)
    for rid in current - wanted:
        s.execute(
            delete(AccountRoom).where(
                AccountRoom.account_id == account_id, AccountRoom.room_id == rid
            )
        )
        uow.audit("unlink", "bank_account", account_id, "room_id", rid, None)


def add_account(db: Database, actor: Actor, customer_id: int, fields: AccountFields) -> int:
    values = _account_values(fields)
    with db.write(actor) as uow:
        _customer(uow.session, customer_id)
        obj = BankAccount(customer_id=customer_id, **values)
        uow.session.add(obj)
        uow.session.flush()
        uow.audit_created(obj, {"customer_id": customer_id, **values})
        _link_rooms(uow, obj.id, fields.room_ids)
        return obj.id


def update_account(
    db: Database, actor: Actor, account_id: int, version: int, fields: AccountFields
) -> int:
    values = _account_values(fields)
    with db.write(actor) as uow:
        obj = uow.session.get(BankAccount, account_id)
        if obj is None or obj.closed_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This account was closed meanwhile. Refresh the view and try again."
                )
            )
        check_version(obj, version)
        for k, v in values.items():
            if getattr(obj, k) != v:
                uow.audit("update", "bank_account", obj.id, k, getattr(obj, k), v)
                setattr(obj, k, v)
        _link_rooms(uow, obj.id, fields.room_ids)
        obj.updated_at = utcnow()
        uow.session.flush()
        return obj.version


def close_account(db: Database, actor: Actor, account_id: int) -> None:
    """Stop using an account for collection; the record and its history stay."""
    with db.write(actor) as uow:
        obj = uow.session.get(BankAccount, account_id)
        if obj is None or obj.closed_at is not None:
            return
        obj.closed_at = utcnow()
        uow.audit("close", "bank_account", obj.id, "closed_at", None, obj.closed_at)


def count_customers(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(Customer.merged_into_id.is_(None))) or 0


# --- reading one customer -----------------------------------------------------------------
@dataclass(frozen=True)
class LoadedCustomer:
    """A customer as its form edits it: the fields (in full) and the version read."""

    id: int
    version: int
    fields: CustomerFields
    verified_at: Any
    verified_by: str | None
    merged_into_id: int | None


def load_customer(db: Database, customer_id: int) -> LoadedCustomer:
    from crm_desktop.db.models import User

    with db.read() as s:
        obj = _customer(s, customer_id, lock_merged=False)
        values = {name: getattr(obj, name) for name in CUSTOMER_COLUMNS}
        values["document_number"] = values["document_number"] or ""
        values["phones"] = [PhoneEntry(p.number, p.label, p.is_primary) for p in obj.phones]
        verifier = s.get(User, obj.verified_by_id) if obj.verified_by_id else None
        return LoadedCustomer(
            obj.id,
            obj.version,
            CustomerFields(**values),
            obj.verified_at,
            verifier.display_name if verifier else None,
            obj.merged_into_id,
        )


@dataclass(frozen=True)
class VehicleRow:
    id: int
    version: int
    plate: str
    brand: str
    model: str
    colour: str
    notes: str
    removed_at: Any


@dataclass(frozen=True)
class AccountRow:
    id: int
    version: int
    bank: str
    account_name: str
    account_number: str  # masked
    notes: str
    rooms: list[tuple[int, str]]  # (room id, code)
    closed_at: Any


def vehicles_of(db: Database, customer_id: int, include_removed: bool = False) -> list[VehicleRow]:
    stmt = select(Vehicle).where(Vehicle.customer_id == customer_id).order_by(Vehicle.id)
    if not include_removed:
        stmt = stmt.where(Vehicle.removed_at.is_(None))
    with db.read() as s:
        return [
            VehicleRow(v.id, v.version, v.plate, v.brand, v.model, v.colour, v.notes, v.removed_at)
            for v in s.scalars(stmt)
        ]


def accounts_of(db: Database, customer_id: int, include_closed: bool = False) -> list[AccountRow]:
    stmt = select(BankAccount).where(BankAccount.customer_id == customer_id)
    if not include_closed:
        stmt = stmt.where(BankAccount.closed_at.is_(None))
    with db.read() as s:
        out = []
        for a in s.scalars(stmt.order_by(BankAccount.id)):
            rooms = s.execute(
                select(Room.id, Room.code)
                .join(AccountRoom, AccountRoom.room_id == Room.id)
                .where(AccountRoom.account_id == a.id)
                .order_by(Room.sort_key)
            ).all()
            out.append(
                AccountRow(
                    a.id,
                    a.version,
                    a.bank,
                    a.account_name,
                    ids.mask_account(a.account_number),
                    a.notes,
                    [(r[0], r[1]) for r in rooms],
                    a.closed_at,
                )
            )
        return out


def trail_statement(customer_id: int, limit: int):
    """The customer's audit trail (its record, vehicles, accounts), newest first."""
    from crm_desktop.db.models import AuditEntry, User

    vehicle_ids = select(Vehicle.id).where(Vehicle.customer_id == customer_id)
    account_ids = select(BankAccount.id).where(BankAccount.customer_id == customer_id)
    return (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.table_name,
            AuditEntry.record_id,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
            User.display_name.label("user"),
        )
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(
            ((AuditEntry.table_name == "customer") & (AuditEntry.record_id == customer_id))
            | ((AuditEntry.table_name == "vehicle") & AuditEntry.record_id.in_(vehicle_ids))
            | ((AuditEntry.table_name == "bank_account") & AuditEntry.record_id.in_(account_ids))
        )
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )


def customer_changes(db: Database, customer_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """The customer's audit trail (its record, vehicles, accounts), newest first."""
    with db.read() as s:
        return [dict(r) for r in s.execute(trail_statement(customer_id, limit)).mappings()]
