"""Typed models of the organisation and the property resources."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.db.base import Base, Versioned, utcnow
from crm_desktop.domain.enums import (
    ContactChannel,
    CustomerKind,
    CustomerLevel,
    DocumentType,
    Gender,
    Meter,
    ProjectKind,
    Relation,
    RentPeriod,
    ReviewDecision,
    Role,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
    TransferReason,
    TransferSide,
)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's filter: the FTS5 tables (and their shadow tables) made by migration
    0002 are not models, so autogenerate must neither drop nor report them."""
    return not (type_ == "table" and (name or "").startswith("customer_fts"))


def _enum(cls: type, name: str) -> Enum:
    """Enum stored as its string value, with a named CHECK constraint (portable)."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


AREA = Numeric(10, 2, asdecimal=True)


class User(Versioned, Base):
    __tablename__ = "user"

    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))


class Region(Versioned, Base):
    __tablename__ = "region"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")

    projects: Mapped[list[Project]] = relationship(back_populates="region")


class Project(Versioned, Base):
    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("region_id", "name"),)

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[ProjectKind] = mapped_column(
        _enum(ProjectKind, "project_kind"), default=ProjectKind.RESIDENTIAL
    )
    address: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    region: Mapped[Region] = relationship(back_populates="projects")


class Building(Versioned, Base):
    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # "3": used in room codes
    name: Mapped[str] = mapped_column(String(100))  # "3栋"
    floors: Mapped[int | None] = mapped_column(Integer)
    units: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class Room(Versioned, Base):
    __tablename__ = "room"
    __table_args__ = (
        # A full code is unique within a project among rooms in use; retired rooms
        # (split or merged away) keep their code for history.
        Index(
            "uq_room_project_code_active",
            "project_id",
            "code",
            unique=True,
            sqlite_where=text("retired_at IS NULL"),
            postgresql_where=text("retired_at IS NULL"),
        ),
        Index("ix_room_building_order", "building_id", "sort_key"),
        # Covers counting a project's rooms in use (the region and project tables)
        # without reading the rows: 4x faster on 300,000 rooms.
        Index("ix_room_project_active", "project_id", "retired_at"),
        # Finding rooms by what a clerk types in the search box: "3-2-1501" or "1501".
        Index("ix_room_code", "code"),
        Index("ix_room_number", "number"),
        CheckConstraint("gross_area IS NULL OR gross_area >= 0", name="gross_area_positive"),
        CheckConstraint("inner_area IS NULL OR inner_area >= 0", name="inner_area_positive"),
    )

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    # Denormalised from the building so the code can be unique per project.
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    unit: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(50))
    # Natural order of unit, floor and number (crm_desktop.domain.codes.room_sort_key).
    sort_key: Mapped[str] = mapped_column(String(80), default="")
    use: Mapped[RoomUse] = mapped_column(_enum(RoomUse, "room_use"), default=RoomUse.RESIDENTIAL)
    gross_area: Mapped[Decimal | None] = mapped_column(AREA)
    inner_area: Mapped[Decimal | None] = mapped_column(AREA)
    status: Mapped[RoomStatus] = mapped_column(
        _enum(RoomStatus, "room_status"), default=RoomStatus.UNSOLD
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retired_reason: Mapped[str | None] = mapped_column(String(20))  # "split" | "merge"


class RoomLineage(Base):
    """Which rooms a room came from (split: one parent; merge: several)."""

    __tablename__ = "room_lineage"

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True)
    source_room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True, index=True)
    operation: Mapped[str] = mapped_column(String(10))  # "split" | "merge"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CarPark(Versioned, Base):
    __tablename__ = "car_park"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class ParkingSpace(Versioned, Base):
    __tablename__ = "parking_space"
    __table_args__ = (UniqueConstraint("car_park_id", "number"),)

    car_park_id: Mapped[int] = mapped_column(ForeignKey("car_park.id"))
    number: Mapped[str] = mapped_column(String(30))
    kind: Mapped[SpaceKind] = mapped_column(
        _enum(SpaceKind, "space_kind"), default=SpaceKind.STANDARD
    )
    status: Mapped[SpaceStatus] = mapped_column(
        _enum(SpaceStatus, "space_status"), default=SpaceStatus.UNSOLD
    )
    area: Mapped[Decimal | None] = mapped_column(AREA)
    notes: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """One change: who, when, which record, which field, old and new value.

    A created record has one entry with ``field`` NULL and its values as JSON
    in ``new_value``; an update has one entry per changed field.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    action: Mapped[str] = mapped_column(String(20))  # create|update|retire|split|merge|...
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


# --- customers ------------------------------------------------------------------------------
SHARE = Numeric(5, 2, asdecimal=True)  # percent, 0.01 .. 100.00


class Customer(Versioned, Base):
    """One person or company, unique across the whole company by its document.

    A customer merged into another keeps its row (``merged_into_id`` set) so the
    merge can be traced; it no longer appears in searches and lists.
    """

    __tablename__ = "customer"
    __table_args__ = (
        Index(
            "uq_customer_document",
            "document_type",
            "document_number",
            unique=True,
            sqlite_where=text("merged_into_id IS NULL AND document_number IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NULL AND document_number IS NOT NULL"),
        ),
        Index("ix_customer_name", "name"),
    )

    kind: Mapped[CustomerKind] = mapped_column(
        _enum(CustomerKind, "customer_kind"), default=CustomerKind.PERSON
    )
    name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"))
    birth_date: Mapped[date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(50), default="")
    document_type: Mapped[DocumentType | None] = mapped_column(_enum(DocumentType, "document_type"))
    document_number: Mapped[str | None] = mapped_column(String(40))
    legal_representative: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[CustomerLevel] = mapped_column(
        _enum(CustomerLevel, "customer_level"), default=CustomerLevel.STANDARD
    )
    tags: Mapped[str] = mapped_column(String(300), default="")  # comma-separated
    preferred_channel: Mapped[ContactChannel | None] = mapped_column(
        _enum(ContactChannel, "contact_channel")
    )
    # PIPL: when the customer agreed to the processing of their data, and to what.
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(300), default="")
    # Identity verification (身份认证): the document checked, by whom and when.
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    verified_document: Mapped[str | None] = mapped_column(String(40))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    merged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", order_by="CustomerPhone.position"
    )


class CustomerPhone(Base):
    __tablename__ = "customer_phone"
    __table_args__ = (UniqueConstraint("customer_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    number: Mapped[str] = mapped_column(String(30), index=True)  # normalised
    label: Mapped[str] = mapped_column(String(30), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Vehicle(Versioned, Base):
    __tablename__ = "vehicle"
    __table_args__ = (
        Index(
            "uq_vehicle_plate_active",
            "plate",
            unique=True,
            sqlite_where=text("removed_at IS NULL"),
            postgresql_where=text("removed_at IS NULL"),
        ),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    plate: Mapped[str] = mapped_column(String(20))
    brand: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(50), default="")
    colour: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class BankAccount(Versioned, Base):
    """A customer's account for direct debit of fees (托收账号)."""

    __tablename__ = "bank_account"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    bank: Mapped[str] = mapped_column(String(100))
    account_name: Mapped[str] = mapped_column(String(100))
    account_number: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AccountRoom(Base):
    """Which rooms an account pays for."""

    __tablename__ = "account_room"

    account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True, index=True)


class Identity(Versioned, Base):
    """A customer's identity (身份) on one room or one parking space, over time.

    Active on day ``d`` when ``start_date <= d`` and (``end_date`` is NULL or
    ``d < end_date``): the end date is the day it ended, so a transfer can end one
    ownership and start the next on the same day. Never deleted.
    """

    __tablename__ = "identity"
    __table_args__ = (
        CheckConstraint("(room_id IS NULL) <> (space_id IS NULL)", name="one_resource"),
        CheckConstraint("share IS NULL OR (share > 0 AND share <= 100)", name="share_range"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_order"),
        Index("ix_identity_room", "room_id", "end_date"),
        Index("ix_identity_space", "space_id", "end_date"),
        Index("ix_identity_customer", "customer_id", "end_date"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    role: Mapped[Role] = mapped_column(_enum(Role, "identity_role"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    space_id: Mapped[int | None] = mapped_column(ForeignKey("parking_space.id"))
    share: Mapped[Decimal | None] = mapped_column(SHARE)  # owners only
    relation: Mapped[Relation | None] = mapped_column(_enum(Relation, "relation"))
    related_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CustomerSearch(Base):
    """Search keys of a customer, written by the service layer on every change.

    On SQLite three FTS5 indexes follow this table through triggers (migration
    0002): single characters of the name, pinyin tokens (with a prefix index) and
    trigrams of phones and plates. Elsewhere the search reads these columns with
    LIKE. Merged-away customers have no row.
    """

    __tablename__ = "customer_search"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    name_chars: Mapped[str] = mapped_column(Text, default="")
    pinyin: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[str] = mapped_column(Text, default="")
    plates: Mapped[str] = mapped_column(Text, default="")
    document_rev: Mapped[str | None] = mapped_column(String(40), index=True)


# --- workflows ------------------------------------------------------------------------------
PRICE = Numeric(14, 2, asdecimal=True)  # yuan


class Sale(Versioned, Base):
    """A sales registration (销售登记): one room or parking space sold to its buyers."""

    __tablename__ = "sale"
    __table_args__ = (
        CheckConstraint("(room_id IS NULL) <> (space_id IS NULL)", name="one_resource"),
        CheckConstraint("price >= 0", name="price_positive"),
        CheckConstraint("area IS NULL OR area >= 0", name="area_positive"),
        Index("ix_sale_room", "room_id"),
        Index("ix_sale_space", "space_id"),
    )

    contract_number: Mapped[str] = mapped_column(String(50), unique=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    space_id: Mapped[int | None] = mapped_column(ForeignKey("parking_space.id"))
    signing_date: Mapped[date] = mapped_column(Date)
    price: Mapped[Decimal] = mapped_column(PRICE)
    area: Mapped[Decimal | None] = mapped_column(AREA)  # contracted area, m²
    notes: Mapped[str] = mapped_column(Text, default="")


class SaleBuyer(Base):
    """A buyer of a sale, the share bought, and the owner identity it created."""

    __tablename__ = "sale_buyer"

    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    share: Mapped[Decimal] = mapped_column(SHARE)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identity.id"))


# --- handover (收楼) ------------------------------------------------------------------------
METER_READING = Numeric(12, 2, asdecimal=True)


class InspectionTemplate(Versioned, Base):
    """One item of the handover inspection checklist (厨房, 卫生间 …), configurable.

    A deactivated item is no longer asked for; past inspections keep their own copy
    of the name, so renaming or deactivating never changes a recorded handover.
    """

    __tablename__ = "inspection_template"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Handover(Versioned, Base):
    """A handover (收楼) of a sold room to its owners: scheduled (``handover_date``
    NULL, an appointment) or completed on ``handover_date``."""

    __tablename__ = "handover"
    __table_args__ = (
        # One open (scheduled, not completed) handover per room.
        Index(
            "uq_handover_room_open",
            "room_id",
            unique=True,
            sqlite_where=text("handover_date IS NULL"),
            postgresql_where=text("handover_date IS NULL"),
        ),
        # One completed handover per sale.
        Index(
            "uq_handover_sale_done",
            "sale_id",
            unique=True,
            sqlite_where=text("handover_date IS NOT NULL"),
            postgresql_where=text("handover_date IS NOT NULL"),
        ),
        Index("ix_handover_room", "room_id", "handover_date"),
        Index("ix_handover_appointment", "appointment_date"),
        CheckConstraint(
            "appointment_date IS NOT NULL OR handover_date IS NOT NULL", name="has_date"
        ),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    appointment_date: Mapped[date | None] = mapped_column(Date)
    handover_date: Mapped[date | None] = mapped_column(Date)  # NULL: scheduled only
    handled_by: Mapped[str] = mapped_column(String(100), default="")  # staff member's name
    notes: Mapped[str] = mapped_column(Text, default="")


class HandoverKey(Base):
    """Keys handed over, by kind (入户门钥匙, 信箱钥匙, 门禁卡 …) and count."""

    __tablename__ = "handover_key"
    __table_args__ = (
        UniqueConstraint("handover_id", "kind"),
        CheckConstraint("count > 0", name="count_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    kind: Mapped[str] = mapped_column(String(50))
    count: Mapped[int] = mapped_column(Integer)


class MeterReading(Base):
    """A meter's reading at the handover, with its unit (m³, kWh)."""

    __tablename__ = "meter_reading"
    __table_args__ = (
        UniqueConstraint("handover_id", "meter"),
        CheckConstraint("reading >= 0", name="reading_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    meter: Mapped[Meter] = mapped_column(_enum(Meter, "meter"))
    reading: Mapped[Decimal] = mapped_column(METER_READING)
    unit: Mapped[str] = mapped_column(String(10))


class InspectionItem(Versioned, Base):
    """One checked item of a handover: ok, or a defect that stays open until it is
    marked rectified (整改) with a date."""

    __tablename__ = "inspection_item"
    __table_args__ = (
        UniqueConstraint("handover_id", "name"),
        CheckConstraint("ok OR defect <> ''", name="defect_described"),
        CheckConstraint("rectified_on IS NULL OR NOT ok", name="rectified_defect"),
        # The open defects, for the list of what is still to be put right.
        Index(
            "ix_inspection_item_open",
            "handover_id",
            sqlite_where=text("NOT ok AND rectified_on IS NULL"),
            postgresql_where=text("NOT ok AND rectified_on IS NULL"),
        ),
    )

    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(50))
    ok: Mapped[bool] = mapped_column(Boolean)
    defect: Mapped[str] = mapped_column(Text, default="")
    rectified_on: Mapped[date | None] = mapped_column(Date)
    rectified_by: Mapped[str] = mapped_column(String(100), default="")


# --- tenancy (出租) --------------------------------------------------------------------------
MONEY = Numeric(12, 2, asdecimal=True)  # yuan: rents and deposits


class Lease(Versioned, Base):
    """A lease (租约) of one or more rooms and parking spaces by an owner to tenants.

    It runs from ``start_date`` up to ``end_date``, the day the resources are handed
    back (the tenants' identities end that day, as identities do). Terminated early
    on ``terminated_on``; a renewal is a new lease whose ``renewed_from_id`` names the
    term it follows, starting on that term's end date.
    """

    __tablename__ = "lease"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="dates_order"),
        CheckConstraint("rent > 0", name="rent_positive"),
        CheckConstraint("deposit >= 0", name="deposit_positive"),
        CheckConstraint("payment_day BETWEEN 1 AND 28", name="payment_day_range"),
        CheckConstraint(
            "terminated_on IS NULL OR (terminated_on >= start_date AND terminated_on < end_date)",
            name="terminated_in_term",
        ),
        # A term is renewed at most once (the chain has no branches); a renewal
        # cancelled before it began (terminated on its start date) does not count.
        Index(
            "uq_lease_renewed_from",
            "renewed_from_id",
            unique=True,
            sqlite_where=text("terminated_on IS NULL OR terminated_on > start_date"),
            postgresql_where=text("terminated_on IS NULL OR terminated_on > start_date"),
        ),
        Index("ix_lease_end", "end_date"),
    )

    landlord_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    rent: Mapped[Decimal] = mapped_column(MONEY)  # per period
    period: Mapped[RentPeriod] = mapped_column(
        _enum(RentPeriod, "rent_period"), default=RentPeriod.MONTHLY
    )
    deposit: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    payment_day: Mapped[int] = mapped_column(Integer, default=1)  # day of the month, 1..28
    notes: Mapped[str] = mapped_column(Text, default="")
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(String(200), default="")
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("lease.id"))


class LeaseResource(Base):
    """A room or parking space let by a lease, and the status it had before the
    lease marked it *rented* (NULL until then), to go back to when the lease ends."""

    __tablename__ = "lease_resource"
    __table_args__ = (
        CheckConstraint("(room_id IS NULL) <> (space_id IS NULL)", name="one_resource"),
        UniqueConstraint("lease_id", "room_id"),
        UniqueConstraint("lease_id", "space_id"),
        Index("ix_lease_resource_room", "room_id"),
        Index("ix_lease_resource_space", "space_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    space_id: Mapped[int | None] = mapped_column(ForeignKey("parking_space.id"))
    status_before: Mapped[str | None] = mapped_column(String(20))


class LeaseTenant(Base):
    """A tenant of a lease."""

    __tablename__ = "lease_tenant"

    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id"), primary_key=True, index=True
    )


class LeaseIdentity(Base):
    """A tenant identity that follows a lease (one per tenant and resource). A renewal
    extends the same identities, so they are linked to every term of the chain."""

    __tablename__ = "lease_identity"

    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"), primary_key=True)
    identity_id: Mapped[int] = mapped_column(
        ForeignKey("identity.id"), primary_key=True, index=True
    )


# --- transfer of ownership (转让过户) ---------------------------------------------------------
class Transfer(Versioned, Base):
    """A transfer of ownership of a room or parking space: the old owners' identities
    end on ``transfer_date`` and the new owners' start that day."""

    __tablename__ = "transfer"
    __table_args__ = (
        CheckConstraint("(room_id IS NULL) <> (space_id IS NULL)", name="one_resource"),
        Index("ix_transfer_room", "room_id", "transfer_date"),
        Index("ix_transfer_space", "space_id", "transfer_date"),
    )

    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    space_id: Mapped[int | None] = mapped_column(ForeignKey("parking_space.id"))
    transfer_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[TransferReason] = mapped_column(_enum(TransferReason, "transfer_reason"))
    certificate_numbers: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TransferParty(Base):
    """An owner before (``from``) or after (``to``) a transfer, the share, and the
    owner identity ended or started."""

    __tablename__ = "transfer_party"
    __table_args__ = (UniqueConstraint("transfer_id", "side", "customer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    side: Mapped[TransferSide] = mapped_column(_enum(TransferSide, "transfer_side"))
    share: Mapped[Decimal] = mapped_column(SHARE)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identity.id"))


class TransferDecision(Base):
    """What the transfer did to an identity or a lease that hung on the old owners."""

    __tablename__ = "transfer_decision"
    __table_args__ = (
        CheckConstraint("(identity_id IS NULL) <> (lease_id IS NULL)", name="one_target"),
        UniqueConstraint("transfer_id", "identity_id"),
        UniqueConstraint("transfer_id", "lease_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer.id"), index=True)
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identity.id"))
    lease_id: Mapped[int | None] = mapped_column(ForeignKey("lease.id"))
    decision: Mapped[ReviewDecision] = mapped_column(_enum(ReviewDecision, "review_decision"))
