"""Handover (收楼): the owners of a sold room take possession of it.

An appointment can be scheduled first (a handover without a date of its own); the
handover itself records the date, who handled it, the keys handed over, the meter
readings and the inspection checklist, and the room becomes *handed over*. Defects
found at the inspection stay open until they are marked rectified (整改).

Every write is one transaction with its audit entries, takes plain data in and
returns ids, never ORM objects. The checklist (``InspectionTemplate``) is data the
office maintains here as well.

Choices made:

* "Sold and not yet handed over" means: the room has a sale, current owners and the
  status *sold*. A room whose status already says handed over, occupied, rented …
  (set by hand, e.g. when the data was taken over) is refused with the advice to
  correct the status first, so the status never moves backwards.
* Completing a handover must answer every *active* checklist item explicitly, as ok
  or as a defect: an item nobody looked at is never recorded as ok. Items beyond
  the checklist (阳台, 储物间 …) may be added.
* At least one key must be handed over; meter readings are optional (not every
  room has gas) but at most one per meter.
* An appointment is for today or later; completing without naming the scheduled
  handover completes the room's open one, if any.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select

from crm_desktop.db.models import (
    Handover,
    HandoverKey,
    Identity,
    InspectionItem,
    InspectionTemplate,
    MeterReading,
    Project,
    Room,
    Sale,
)
from crm_desktop.domain import clock
from crm_desktop.domain.codes import FULLWIDTH
from crm_desktop.domain.enums import METER_UNITS, Meter, Role, RoomStatus
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import identities as _identities
from crm_desktop.services.database import Actor, Database, UnitOfWork, check_version

MAX_KEYS = 999
MAX_READING = Decimal("10000000000")  # Numeric(12, 2)


# --- input records ------------------------------------------------------------------------
class KeyEntry(NamedTuple):
    """Keys of one kind handed over: 入户门钥匙 × 3, 门禁卡 × 2 …"""

    kind: str
    count: int | str


class ReadingEntry(NamedTuple):
    """A meter's reading; the unit defaults to the meter's (m³, kWh)."""

    meter: Meter | str
    reading: Decimal | str | int
    unit: str = ""


class ItemEntry(NamedTuple):
    """One checked item: ok, or a defect with its description."""

    name: str
    ok: bool
    defect: str = ""


@dataclass
class HandoverFields:
    room_id: int
    handover_date: date | None
    handled_by: str
    keys: list[KeyEntry] = field(default_factory=list)  # or (kind, count) tuples
    readings: list[ReadingEntry] = field(default_factory=list)  # or (meter, reading[, unit])
    items: list[ItemEntry] = field(default_factory=list)  # or (name, ok, defect)
    handover_id: int | None = None  # the scheduled handover completed (default: the open one)
    version: int | None = None  # that handover's version when the form was opened
    notes: str | None = None  # None keeps the scheduled handover's notes


# --- helpers ------------------------------------------------------------------------------
def _clean(text: str | None) -> str:
    """Whitespace collapsed: "  入户门  钥匙 " -> "入户门 钥匙"."""
    return " ".join((text or "").split())


def _staff_name(value: str | None, field_name: str, missing: str) -> str:
    name = _clean(value)
    if not name:
        raise ValidationError(missing, field=field_name)
    if len(name) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A staff member's name has at most 100 characters."),
            field=field_name,
        )
    return name


def parse_count(value: Any, kind: str) -> int:
    """A number of keys: a whole number from 1 to 999 ('3', '３')."""
    text = str(value if value is not None else "").translate(FULLWIDTH).strip()
    try:
        count = int(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a number of keys for {kind}. Type a whole number."
            ),
            field="keys",
            value=str(value),
            kind=kind,
        ) from None
    if count < 1 or count > MAX_KEYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The number of {kind} must be from 1 to 999; {value} is not. Leave out a kind "
                "of key that was not handed over.",
            ),
            field="keys",
            value=str(value),
            kind=kind,
        )
    return count


def parse_reading(value: Any) -> Decimal:
    """A meter reading: '1234.5', '1,234.50', full-width digits; 0 or more, two decimals."""
    if isinstance(value, Decimal):
        reading = value
    else:
        text = str(value if value is not None else "").translate(FULLWIDTH)
        text = text.replace(",", "").strip()
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Enter the reading of every meter listed, or remove the meter."
                ),
                field="readings",
            )
        try:
            reading = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a meter reading. Type the number on the meter."
                ),
                field="readings",
                value=str(value),
            ) from None
    if not reading.is_finite() or reading < 0 or reading >= MAX_READING:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The meter reading {value} is out of range: it must be 0 or more (and below "
                "10,000,000,000).",
            ),
            field="readings",
            value=str(value),
        )
    if reading != reading.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Meter readings are kept to two decimals; {value} has more."
            ),
            field="readings",
            value=str(value),
        )
    return reading.quantize(Decimal("0.01"))


def _keys(entries) -> list[dict[str, Any]]:
    if not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Record the keys handed over: at least one kind (front door key, access card …) "
                "and how many.",
            ),
            field="keys",
        )
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for entry in entries:
        kind, count = KeyEntry(*entry)
        kind = _clean(kind)
        if not kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Every line of keys needs its kind (front door key, mailbox key, access "
                    "card …).",
                ),
                field="keys",
            )
        if len(kind) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A kind of key has at most 50 characters."),
                field="keys",
            )
        if kind.casefold() in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{kind} is listed twice. Put all keys of one kind on one line."
                ),
                field="keys",
                kind=kind,
            )
        seen.add(kind.casefold())
        out.append({"kind": kind, "count": parse_count(count, kind)})
    return out


_METER_WORDS = {
    Meter.WATER: QT_TRANSLATE_NOOP("Errors", "water meter"),
    Meter.ELECTRICITY: QT_TRANSLATE_NOOP("Errors", "electricity meter"),
    Meter.GAS: QT_TRANSLATE_NOOP("Errors", "gas meter"),
}


def _readings(entries) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[Meter] = set()
    for entry in entries or []:
        raw_meter, raw_reading, raw_unit = ReadingEntry(*entry)
        try:
            meter = Meter(raw_meter)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Choose the meter of each reading: water, electricity or gas."
                ),
                field="readings",
            ) from None
        if meter in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The {meter} is read twice. Keep one reading per meter: the one on the "
                    "handover day.",
                ),
                field="readings",
                meter=_METER_WORDS[meter],
            )
        seen.add(meter)
        unit = _clean(raw_unit) or METER_UNITS[meter]
        if len(unit) > 10:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A meter's unit has at most 10 characters, like m³ or kWh."
                ),
                field="readings",
            )
        out.append({"meter": meter, "reading": parse_reading(raw_reading), "unit": unit})
    return out


def _items(entries) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries or [], start=1):
        name, ok, defect = ItemEntry(*entry)
        name, defect = _clean(name), (defect or "").strip()
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Every inspection item needs its name."),
                field="items",
            )
        if len(name) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An inspection item's name has at most 50 characters."),
                field="items",
            )
        if name.casefold() in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The inspection item {name} is listed twice. List each item once."
                ),
                field="items",
                name=name,
            )
        seen.add(name.casefold())
        if not ok and not defect:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Describe the defect found at {name} (what and where), so that it can be "
                    "put right.",
                ),
                field="items",
                name=name,
            )
        if ok and defect:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is marked ok but has a defect description. Either mark it as a "
                    "defect or clear the description.",
                ),
                field="items",
                name=name,
            )
        out.append({"position": position, "name": name, "ok": bool(ok), "defect": defect})
    return out


def _room_sale(s, room_id: int) -> tuple[Room, Sale]:
    """The room and its sale, refused unless it is sold and not yet handed over."""
    room = s.get(Room, room_id)
    if room is None or room.retired_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The room no longer exists (it may have been split or merged). Choose the "
                "room again.",
            )
        )
    sale = s.scalars(
        select(Sale)
        .where(Sale.room_id == room_id)
        .order_by(Sale.signing_date.desc(), Sale.id.desc())
        .limit(1)
    ).first()
    if sale is None or room.status == RoomStatus.UNSOLD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {code} has not been sold. A handover follows the sale: register the "
                "sale first.",
            ),
            field="room",
            code=room.code,
        )
    done = s.scalars(
        select(Handover)
        .where(Handover.sale_id == sale.id, Handover.handover_date.is_not(None))
        .limit(1)
    ).first()
    if done is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {code} was already handed over on {date} (handled by {name}). A room is "
                "handed over once; open defects are rectified on that handover.",
            ),
            field="room",
            code=room.code,
            date=done.handover_date.isoformat(),
            name=done.handled_by,
        )
    if room.status != RoomStatus.SOLD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The status of room {code} shows it has already been handed over or is in use, "
                "although no handover is recorded. If the handover has in fact not taken "
                "place, set the room's status back to sold first.",
            ),
            field="room",
            code=room.code,
        )
    today = clock.today()
    owner = s.scalar(
        select(Identity.id)
        .where(
            Identity.room_id == room_id,
            Identity.role == Role.OWNER,
            Identity.start_date <= today,
            or_(Identity.end_date.is_(None), Identity.end_date > today),
        )
        .limit(1)
    )
    if owner is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {code} has no current owner, so there is nobody to hand it over to. "
                "Check the room's owners first.",
            ),
            field="room",
            code=room.code,
        )
    return room, sale


def _open_handover(s, room_id: int) -> Handover | None:
    return s.scalars(
        select(Handover).where(Handover.room_id == room_id, Handover.handover_date.is_(None))
    ).first()


def _set(uow: UnitOfWork, obj, name: str, new: Any) -> None:
    old = getattr(obj, name)
    if old != new:
        uow.audit("update", obj.__tablename__, obj.id, name, old, new)
        setattr(obj, name, new)


# --- workflows ----------------------------------------------------------------------------
def schedule_handover(
    db: Database,
    actor: Actor,
    room_id: int,
    appointment_date: date | None,
    notes: str | None = None,
) -> int:
    """Make (or move) the handover appointment of a sold room; returns the handover's id.

    A room has at most one open appointment: scheduling again moves it (audited).
    ``notes`` None keeps the appointment's notes. Refused unless the room is sold
    and not yet handed over and the date is today or later.
    """
    if appointment_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date of the handover appointment."),
            field="appointment_date",
        )
    if appointment_date < clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The appointment date {date} has passed. Choose today or a later day; a "
                "handover that has already taken place is recorded by completing it.",
            ),
            field="appointment_date",
            date=appointment_date.isoformat(),
        )
    with db.write(actor) as uow:
        s = uow.session
        room, sale = _room_sale(s, room_id)
        handover = _open_handover(s, room_id)
        if handover is None:
            values = {
                "room_id": room.id,
                "sale_id": sale.id,
                "appointment_date": appointment_date,
                "handled_by": "",
                "notes": (notes or "").strip(),
            }
            handover = Handover(**values)
            s.add(handover)
            s.flush()
            uow.audit_created(handover, values)
            return handover.id
        _set(uow, handover, "appointment_date", appointment_date)
        _set(uow, handover, "sale_id", sale.id)
        if notes is not None:
            _set(uow, handover, "notes", notes.strip())
        s.flush()
        return handover.id


def complete_handover(db: Database, actor: Actor, f: HandoverFields) -> int:
    """Record the handover of a sold room; returns the handover's id.

    One transaction: the handover (the scheduled one completed, or a new one), its
    keys, meter readings and inspection items, and the room's status *handed over*,
    each audited. Refused (nothing saved) unless the room is sold and not yet handed
    over, the date is between the signing of the sale and today, the handler is
    named, the keys, readings and items are complete and consistent and every active
    checklist item is answered.
    """
    if f.handover_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date the room was handed over."),
            field="handover_date",
        )
    if f.handover_date > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The handover date {date} is in the future. Record the handover once it has "
                "taken place; until then, schedule an appointment.",
            ),
            field="handover_date",
            date=f.handover_date.isoformat(),
        )
    handled_by = _staff_name(
        f.handled_by,
        "handled_by",
        QT_TRANSLATE_NOOP("Errors", "Enter the name of the staff member who handled the handover."),
    )
    keys = _keys(f.keys)
    readings = _readings(f.readings)
    items = _items(f.items)
    with db.write(actor) as uow:
        s = uow.session
        room, sale = _room_sale(s, f.room_id)
        if f.handover_date < sale.signing_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The handover date {date} is before the sale was signed ({signed}). A room "
                    "is handed over on or after the signing date; check the date.",
                ),
                field="handover_date",
                date=f.handover_date.isoformat(),
                signed=sale.signing_date.isoformat(),
            )
        _check_checklist(s, items)
        handover = _scheduled(s, f)
        notes = None if f.notes is None else f.notes.strip()
        if handover is None:
            values = {
                "room_id": room.id,
                "sale_id": sale.id,
                "appointment_date": None,
                "handover_date": f.handover_date,
                "handled_by": handled_by,
                "notes": notes or "",
            }
            handover = Handover(**values)
            s.add(handover)
            s.flush()
            uow.audit_created(handover, values)
        else:
            _set(uow, handover, "sale_id", sale.id)
            _set(uow, handover, "handover_date", f.handover_date)
            _set(uow, handover, "handled_by", handled_by)
            if notes is not None:
                _set(uow, handover, "notes", notes)
            s.flush()
        for model, rows in ((HandoverKey, keys), (MeterReading, readings), (InspectionItem, items)):
            for row in rows:
                values = {"handover_id": handover.id, **row}
                obj = model(**values)
                s.add(obj)
                s.flush()
                uow.audit_created(obj, values)
        uow.audit("update", "room", room.id, "status", room.status, RoomStatus.HANDED_OVER)
        room.status = RoomStatus.HANDED_OVER
        s.flush()
        return handover.id


def _scheduled(s, f: HandoverFields) -> Handover | None:
    """The scheduled handover being completed: the one named, else the room's open one."""
    if f.handover_id is None:
        return _open_handover(s, f.room_id)
    handover = s.get(Handover, f.handover_id)
    if handover is None or handover.room_id != f.room_id or handover.handover_date is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The handover appointment you are completing no longer exists or was completed "
                "by someone else. Refresh the view and try again.",
            )
        )
    check_version(handover, f.version)
    return handover


def _check_checklist(s, items: list[dict[str, Any]]) -> None:
    answered = {item["name"].casefold() for item in items}
    missing = [
        name
        for name in s.scalars(
            select(InspectionTemplate.name)
            .where(InspectionTemplate.active)
            .order_by(InspectionTemplate.position, InspectionTemplate.id)
        )
        if name.casefold() not in answered
    ]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The inspection checklist is not complete: {names} not checked. Mark each "
                "item ok, or as a defect with its description.",
            ),
            field="items",
            names="、".join(missing),
        )


def rectify_defect(
    db: Database,
    actor: Actor,
    item_id: int,
    version: int | None,
    rectified_on: date | None,
    rectified_by: str,
) -> int:
    """Mark a defect rectified (整改) on a day by a staff member; returns the item's new
    version. Refused for an ok item, an item already rectified, or a date before the
    handover or in the future."""
    if rectified_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date the defect was rectified."),
            field="rectified_on",
        )
    if rectified_on > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The rectification date {date} is in the future. Mark the defect rectified "
                "once the work is done.",
            ),
            field="rectified_on",
            date=rectified_on.isoformat(),
        )
    name = _staff_name(
        rectified_by,
        "rectified_by",
        QT_TRANSLATE_NOOP("Errors", "Enter who rectified the defect (staff member or contractor)."),
    )
    with db.write(actor) as uow:
        s = uow.session
        item = s.get(InspectionItem, item_id)
        if item is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This inspection item no longer exists. Refresh the view."
                )
            )
        check_version(item, version)
        if item.ok:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} was found ok at the handover: there is nothing to rectify."
                ),
                field="item",
                name=item.name,
            )
        if item.rectified_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The defect at {name} was already rectified on {date} by {by}."
                ),
                field="item",
                name=item.name,
                date=item.rectified_on.isoformat(),
                by=item.rectified_by,
            )
        handover = s.get(Handover, item.handover_id)
        if rectified_on < handover.handover_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The rectification date {date} is before the handover ({handover}), when "
                    "the defect was found. Check the date.",
                ),
                field="rectified_on",
                date=rectified_on.isoformat(),
                handover=handover.handover_date.isoformat(),
            )
        _set(uow, item, "rectified_on", rectified_on)
        _set(uow, item, "rectified_by", name)
        s.flush()
        return item.version


# --- the inspection checklist -------------------------------------------------------------
@dataclass(frozen=True)
class TemplateItem:
    id: int
    version: int
    name: str
    position: int
    active: bool


def inspection_template(db: Database, *, include_inactive: bool = False) -> list[TemplateItem]:
    """The checklist in its order (active items only, unless asked)."""
    stmt = select(InspectionTemplate).order_by(InspectionTemplate.position, InspectionTemplate.id)
    if not include_inactive:
        stmt = stmt.where(InspectionTemplate.active)
    with db.read() as s:
        return [
            TemplateItem(t.id, t.version, t.name, t.position, t.active) for t in s.scalars(stmt)
        ]


def _template_name(value: str | None) -> str:
    name = _clean(value)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Enter the name of the checklist item (kitchen, balcony …)."
            ),
            field="name",
        )
    if len(name) > 50:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A checklist item's name has at most 50 characters."),
            field="name",
        )
    return name


def _same_name(s, name: str, exclude_id: int | None = None) -> InspectionTemplate | None:
    stmt = select(InspectionTemplate).where(func.lower(InspectionTemplate.name) == name.lower())
    if exclude_id is not None:
        stmt = stmt.where(InspectionTemplate.id != exclude_id)
    return s.scalars(stmt).first()


def _next_position(s) -> int:
    return (s.scalar(select(func.max(InspectionTemplate.position))) or 0) + 1


def _template_item(s, item_id: int, version: int | None) -> InspectionTemplate:
    obj = s.get(InspectionTemplate, item_id)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "This checklist item no longer exists. Refresh the view.")
        )
    check_version(obj, version)
    return obj


_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "The checklist already has an item “{name}”. Choose a different name."
)


def add_template_item(db: Database, actor: Actor, name: str) -> int:
    """Add an item at the end of the checklist; returns its id. A deactivated item of
    the same name is activated again (at the end) instead of being duplicated."""
    name = _template_name(name)
    with db.write(actor) as uow:
        s = uow.session
        same = _same_name(s, name)
        if same is not None and same.active:
            raise ValidationError(_NAME_TAKEN, field="name", name=same.name)
        if same is not None:
            _set(uow, same, "active", True)
            _set(uow, same, "position", _next_position(s))
            s.flush()
            return same.id
        values = {"name": name, "position": _next_position(s), "active": True}
        obj = InspectionTemplate(**values)
        s.add(obj)
        s.flush()
        uow.audit_created(obj, values)
        return obj.id


def rename_template_item(
    db: Database, actor: Actor, item_id: int, version: int | None, name: str
) -> int:
    """Rename a checklist item (recorded handovers keep the old name); returns the new
    version."""
    name = _template_name(name)
    with db.write(actor) as uow:
        s = uow.session
        obj = _template_item(s, item_id, version)
        same = _same_name(s, name, exclude_id=obj.id)
        if same is not None:
            raise ValidationError(_NAME_TAKEN, field="name", name=same.name)
        _set(uow, obj, "name", name)
        s.flush()
        return obj.version


def deactivate_template_item(db: Database, actor: Actor, item_id: int, version: int | None) -> int:
    """Stop asking for a checklist item (adding it again brings it back); returns the
    new version."""
    with db.write(actor) as uow:
        s = uow.session
        obj = _template_item(s, item_id, version)
        if not obj.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The checklist item {name} is already deactivated. Add it again to bring "
                    "it back.",
                ),
                field="name",
                name=obj.name,
            )
        _set(uow, obj, "active", False)
        s.flush()
        return obj.version


def reorder_template(db: Database, actor: Actor, item_ids: list[int]) -> None:
    """Put the active checklist items in the given order (every active item once);
    deactivated items follow, in their old order."""
    with db.write(actor) as uow:
        s = uow.session
        rows = list(
            s.scalars(
                select(InspectionTemplate).order_by(
                    InspectionTemplate.position, InspectionTemplate.id
                )
            )
        )
        active = {t.id: t for t in rows if t.active}
        wanted = [int(i) for i in item_ids]
        if len(set(wanted)) != len(wanted) or set(wanted) != set(active):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The checklist was changed meanwhile (or an item is listed twice). Refresh "
                    "the view and put the items in order again.",
                ),
                field="items",
            )
        ordered = [active[i] for i in wanted] + [t for t in rows if not t.active]
        for position, obj in enumerate(ordered, start=1):
            _set(uow, obj, "position", position)
        s.flush()


# --- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyRow:
    kind: str
    count: int


@dataclass(frozen=True)
class ReadingRow:
    meter: Meter
    reading: Decimal
    unit: str


@dataclass(frozen=True)
class ItemRow:
    id: int
    version: int
    position: int
    name: str
    ok: bool
    defect: str
    rectified_on: date | None
    rectified_by: str

    @property
    def open(self) -> bool:
        """A defect not rectified yet."""
        return not self.ok and self.rectified_on is None


@dataclass(frozen=True)
class HandoverRecord:
    id: int
    version: int
    room_id: int
    sale_id: int | None
    appointment_date: date | None
    handover_date: date | None  # None: scheduled only
    handled_by: str
    notes: str
    keys: list[KeyRow]
    readings: list[ReadingRow]
    items: list[ItemRow]

    @property
    def completed(self) -> bool:
        return self.handover_date is not None

    @property
    def open_defects(self) -> list[ItemRow]:
        return [i for i in self.items if i.open]


def handover_of(db: Database, room_id: int) -> HandoverRecord | None:
    """The room's handover: the completed one (the latest, should there be several
    sales), else the open appointment; None when neither exists."""
    with db.read() as s:
        h = s.scalars(
            select(Handover)
            .where(Handover.room_id == room_id)
            .order_by(
                Handover.handover_date.is_(None),
                Handover.handover_date.desc(),
                Handover.id.desc(),
            )
            .limit(1)
        ).first()
        if h is None:
            return None
        keys = s.scalars(
            select(HandoverKey).where(HandoverKey.handover_id == h.id).order_by(HandoverKey.id)
        )
        readings = s.scalars(
            select(MeterReading).where(MeterReading.handover_id == h.id).order_by(MeterReading.id)
        )
        items = s.scalars(
            select(InspectionItem)
            .where(InspectionItem.handover_id == h.id)
            .order_by(InspectionItem.position, InspectionItem.id)
        )
        return HandoverRecord(
            h.id,
            h.version,
            h.room_id,
            h.sale_id,
            h.appointment_date,
            h.handover_date,
            h.handled_by,
            h.notes,
            [KeyRow(k.kind, k.count) for k in keys],
            sorted(
                (ReadingRow(r.meter, r.reading, r.unit) for r in readings),
                key=lambda r: list(Meter).index(r.meter),
            ),
            [
                ItemRow(
                    i.id,
                    i.version,
                    i.position,
                    i.name,
                    i.ok,
                    i.defect,
                    i.rectified_on,
                    i.rectified_by,
                )
                for i in items
            ],
        )


@dataclass(frozen=True)
class DefectRow:
    item_id: int
    version: int
    handover_id: int
    room_id: int
    project: str
    room_code: str
    name: str
    defect: str
    handover_date: date
    age_days: int  # days since the handover, when the defect was found


def open_defects(
    db: Database, room_id: int | None = None, older_than_days: int | None = None
) -> list[DefectRow]:
    """Defects not rectified yet, oldest first: of one room, or of every room;
    ``older_than_days`` keeps those found more than that many days ago."""
    today = clock.today()
    stmt = (
        select(
            InspectionItem.id,
            InspectionItem.version,
            Handover.id,
            Room.id,
            Project.name,
            Room.code,
            InspectionItem.name,
            InspectionItem.defect,
            Handover.handover_date,
        )
        .join(Handover, Handover.id == InspectionItem.handover_id)
        .join(Room, Room.id == Handover.room_id)
        .join(Project, Project.id == Room.project_id)
        .where(~InspectionItem.ok, InspectionItem.rectified_on.is_(None))
        .order_by(Handover.handover_date, Project.name, Room.sort_key, InspectionItem.position)
    )
    if room_id is not None:
        stmt = stmt.where(Handover.room_id == room_id)
    if older_than_days is not None:
        stmt = stmt.where(Handover.handover_date < today - timedelta(days=older_than_days))
    with db.read() as s:
        return [DefectRow(*row[:8], row[8], (today - row[8]).days) for row in s.execute(stmt).all()]


@dataclass(frozen=True)
class AppointmentRow:
    handover_id: int
    version: int
    room_id: int
    project: str
    room_code: str
    owners: str  # "张三、李四"
    appointment_date: date
    days: int  # until the appointment; negative when it is overdue
    notes: str


@dataclass(frozen=True)
class Appointments:
    upcoming: list[AppointmentRow]  # today .. today + days_ahead
    overdue: list[AppointmentRow]  # before today and not completed


def appointments(db: Database, *, days_ahead: int = 7) -> Appointments:
    """Handover appointments not completed: the coming ones (today up to
    ``days_ahead`` days ahead) and the overdue ones, earliest first."""
    today = clock.today()
    stmt = (
        select(
            Handover.id,
            Handover.version,
            Room.id,
            Project.name,
            Room.code,
            Handover.appointment_date,
            Handover.notes,
        )
        .join(Room, Room.id == Handover.room_id)
        .join(Project, Project.id == Room.project_id)
        .where(
            Handover.handover_date.is_(None),
            Room.retired_at.is_(None),
            and_(
                Handover.appointment_date.is_not(None),
                Handover.appointment_date <= today + timedelta(days=days_ahead),
            ),
        )
        .order_by(Handover.appointment_date, Project.name, Room.sort_key)
    )
    with db.connect() as conn:
        rows = conn.execute(stmt).all()
        owners = _identities.current_owner_names(conn, {r[2] for r in rows})
    upcoming, overdue = [], []
    for hid, version, rid, project, code, day, notes in rows:
        row = AppointmentRow(
            hid, version, rid, project, code, owners.get(rid, ""), day, (day - today).days, notes
        )
        (overdue if day < today else upcoming).append(row)
    return Appointments(upcoming, overdue)
