"""Enumerations of the property base data, with translatable labels."""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP


class RoomUse(StrEnum):
    RESIDENTIAL = "residential"
    SHOP = "shop"
    OFFICE = "office"
    STORAGE = "storage"
    OTHER = "other"


class RoomStatus(StrEnum):
    UNSOLD = "unsold"
    SOLD = "sold"
    HANDED_OVER = "handed_over"
    OCCUPIED = "occupied"
    VACANT = "vacant"
    RENTED = "rented"
    RENOVATING = "renovating"


class SpaceKind(StrEnum):
    STANDARD = "standard"
    ACCESSIBLE = "accessible"
    CHARGING = "charging"
    MECHANICAL = "mechanical"


class SpaceStatus(StrEnum):
    UNSOLD = "unsold"
    SOLD = "sold"
    RENTED = "rented"
    ASSIGNED = "assigned"
    VACANT = "vacant"


class ProjectKind(StrEnum):
    RESIDENTIAL = "residential"
    COMMERCIAL = "commercial"
    MIXED = "mixed"


class NodeKind(StrEnum):
    REGION = "region"
    PROJECT = "project"
    BUILDING = "building"
    ROOM = "room"
    CAR_PARK = "car_park"
    PARKING_SPACE = "parking_space"
    # Not a tree node: the kind of a Change after a customer or identity write
    # (extra={"rooms": (...), "spaces": (...)} names the resources affected).
    CUSTOMER = "customer"


# English labels, marked for translation in context "Enums"; the UI translates them.
# Listed as pairs, not a dict keyed by member: members of different enums with the
# same value ("residential") are equal and would overwrite each other.
_LABEL_PAIRS: list[tuple[StrEnum, str]] = [
    (RoomUse.RESIDENTIAL, QT_TRANSLATE_NOOP("Enums", "Residential")),
    (RoomUse.SHOP, QT_TRANSLATE_NOOP("Enums", "Shop")),
    (RoomUse.OFFICE, QT_TRANSLATE_NOOP("Enums", "Office")),
    (RoomUse.STORAGE, QT_TRANSLATE_NOOP("Enums", "Storage")),
    (RoomUse.OTHER, QT_TRANSLATE_NOOP("Enums", "Other")),
    (RoomStatus.UNSOLD, QT_TRANSLATE_NOOP("Enums", "Unsold")),
    (RoomStatus.SOLD, QT_TRANSLATE_NOOP("Enums", "Sold")),
    (RoomStatus.HANDED_OVER, QT_TRANSLATE_NOOP("Enums", "Handed over")),
    (RoomStatus.OCCUPIED, QT_TRANSLATE_NOOP("Enums", "Occupied")),
    (RoomStatus.VACANT, QT_TRANSLATE_NOOP("Enums", "Vacant")),
    (RoomStatus.RENTED, QT_TRANSLATE_NOOP("Enums", "Rented")),
    (RoomStatus.RENOVATING, QT_TRANSLATE_NOOP("Enums", "Renovating")),
    (SpaceKind.STANDARD, QT_TRANSLATE_NOOP("Enums", "Standard")),
    (SpaceKind.ACCESSIBLE, QT_TRANSLATE_NOOP("Enums", "Accessible")),
    (SpaceKind.CHARGING, QT_TRANSLATE_NOOP("Enums", "Charging")),
    (SpaceKind.MECHANICAL, QT_TRANSLATE_NOOP("Enums", "Mechanical")),
    (SpaceStatus.UNSOLD, QT_TRANSLATE_NOOP("Enums", "Unsold")),
    (SpaceStatus.SOLD, QT_TRANSLATE_NOOP("Enums", "Sold")),
    (SpaceStatus.RENTED, QT_TRANSLATE_NOOP("Enums", "Rented")),
    (SpaceStatus.ASSIGNED, QT_TRANSLATE_NOOP("Enums", "Assigned")),
    (SpaceStatus.VACANT, QT_TRANSLATE_NOOP("Enums", "Vacant")),
    (ProjectKind.RESIDENTIAL, QT_TRANSLATE_NOOP("Enums", "Residential estate")),
    (ProjectKind.COMMERCIAL, QT_TRANSLATE_NOOP("Enums", "Commercial complex")),
    (ProjectKind.MIXED, QT_TRANSLATE_NOOP("Enums", "Mixed use")),
    (NodeKind.REGION, QT_TRANSLATE_NOOP("Enums", "Region")),
    (NodeKind.PROJECT, QT_TRANSLATE_NOOP("Enums", "Project")),
    (NodeKind.BUILDING, QT_TRANSLATE_NOOP("Enums", "Building")),
    (NodeKind.ROOM, QT_TRANSLATE_NOOP("Enums", "Room")),
    (NodeKind.CAR_PARK, QT_TRANSLATE_NOOP("Enums", "Car park")),
    (NodeKind.PARKING_SPACE, QT_TRANSLATE_NOOP("Enums", "Parking space")),
    (NodeKind.CUSTOMER, QT_TRANSLATE_NOOP("Enums", "Customer")),
]


def label(value: StrEnum | str) -> str:
    """English label of an enum member (translate it in the UI, context "Enums").

    A plain string (an enum value that came back through a QVariant) gets the
    label of the first enum above that declares the value.
    """
    if isinstance(value, StrEnum):
        return LABELS.get((type(value), value.value), value.value)
    return _BY_VALUE.get(value, str(value))


# --- customers and identities ----------------------------------------------------------
class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class DocumentType(StrEnum):
    """The document that identifies a customer (unique across the company)."""

    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PR = "foreign_pr"
    OTHER = "other"
    USCC = "uscc"  # a company's unified social credit code


class CustomerLevel(StrEnum):
    STANDARD = "standard"
    VIP = "vip"
    KEY = "key"
    ATTENTION = "attention"


class ContactChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    EMAIL = "email"
    POST = "post"


class Role(StrEnum):
    """A customer's identity (身份) on a room or parking space."""

    OWNER = "owner"
    TENANT = "tenant"
    FAMILY = "family"
    RESIDENT = "resident"
    EMERGENCY_CONTACT = "emergency_contact"


class Relation(StrEnum):
    """A family member's relation to the owner or tenant."""

    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    OTHER = "other"


_LABEL_PAIRS += [
    (CustomerKind.PERSON, QT_TRANSLATE_NOOP("Enums", "Person")),
    (CustomerKind.COMPANY, QT_TRANSLATE_NOOP("Enums", "Company")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Enums", "Male")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Enums", "Female")),
    (DocumentType.RESIDENT_ID, QT_TRANSLATE_NOOP("Enums", "Resident ID card")),
    (DocumentType.PASSPORT, QT_TRANSLATE_NOOP("Enums", "Passport")),
    (DocumentType.HK_MACAU_PERMIT, QT_TRANSLATE_NOOP("Enums", "Hong Kong/Macau permit")),
    (DocumentType.TAIWAN_PERMIT, QT_TRANSLATE_NOOP("Enums", "Taiwan permit")),
    (DocumentType.FOREIGN_PR, QT_TRANSLATE_NOOP("Enums", "Foreign permanent residence card")),
    (DocumentType.OTHER, QT_TRANSLATE_NOOP("Enums", "Other document")),
    (DocumentType.USCC, QT_TRANSLATE_NOOP("Enums", "Unified social credit code")),
    (CustomerLevel.STANDARD, QT_TRANSLATE_NOOP("Enums", "Regular")),
    (CustomerLevel.VIP, QT_TRANSLATE_NOOP("Enums", "VIP")),
    (CustomerLevel.KEY, QT_TRANSLATE_NOOP("Enums", "Key customer")),
    (CustomerLevel.ATTENTION, QT_TRANSLATE_NOOP("Enums", "Needs attention")),
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("Enums", "Phone call")),
    (ContactChannel.SMS, QT_TRANSLATE_NOOP("Enums", "Text message")),
    (ContactChannel.WECHAT, QT_TRANSLATE_NOOP("Enums", "WeChat")),
    (ContactChannel.EMAIL, QT_TRANSLATE_NOOP("Enums", "Email")),
    (ContactChannel.POST, QT_TRANSLATE_NOOP("Enums", "Post")),
    (Role.OWNER, QT_TRANSLATE_NOOP("Enums", "Owner")),
    (Role.TENANT, QT_TRANSLATE_NOOP("Enums", "Tenant")),
    (Role.FAMILY, QT_TRANSLATE_NOOP("Enums", "Family member")),
    (Role.RESIDENT, QT_TRANSLATE_NOOP("Enums", "Resident")),
    (Role.EMERGENCY_CONTACT, QT_TRANSLATE_NOOP("Enums", "Emergency contact")),
    (Relation.SPOUSE, QT_TRANSLATE_NOOP("Enums", "Spouse")),
    (Relation.CHILD, QT_TRANSLATE_NOOP("Enums", "Child")),
    (Relation.PARENT, QT_TRANSLATE_NOOP("Enums", "Parent")),
    (Relation.SIBLING, QT_TRANSLATE_NOOP("Enums", "Sibling")),
    (Relation.GRANDPARENT, QT_TRANSLATE_NOOP("Enums", "Grandparent")),
    (Relation.GRANDCHILD, QT_TRANSLATE_NOOP("Enums", "Grandchild")),
    (Relation.OTHER, QT_TRANSLATE_NOOP("Enums", "Other relation")),
]


# --- handover --------------------------------------------------------------------------
class Meter(StrEnum):
    """A meter read at the handover (收楼): its reading is where the owner's bills start."""

    WATER = "water"
    ELECTRICITY = "electricity"
    GAS = "gas"


# The unit a meter is read in unless the clerk types another one.
METER_UNITS: dict[Meter, str] = {Meter.WATER: "m³", Meter.ELECTRICITY: "kWh", Meter.GAS: "m³"}


_LABEL_PAIRS += [
    (Meter.WATER, QT_TRANSLATE_NOOP("Enums", "Water meter")),
    (Meter.ELECTRICITY, QT_TRANSLATE_NOOP("Enums", "Electricity meter")),
    (Meter.GAS, QT_TRANSLATE_NOOP("Enums", "Gas meter")),
]


# --- transfer of ownership and tenancy ------------------------------------------------
class TransferReason(StrEnum):
    """Why ownership moves (转让过户)."""

    RESALE = "resale"
    INHERITANCE = "inheritance"
    GIFT = "gift"
    COURT_ORDER = "court_order"
    OTHER = "other"


class TransferSide(StrEnum):
    """A party of a transfer: an owner before it (from) or after it (to)."""

    FROM = "from"
    TO = "to"


class ReviewDecision(StrEnum):
    """What a transfer does to an identity or lease that hangs on the old owners."""

    END = "end"  # ends (a lease: terminated) on the transfer date
    KEEP = "keep"


class RentPeriod(StrEnum):
    """How often the rent is paid; the lease's rent is the amount of one period."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class LeaseState(StrEnum):
    """A lease on a given day (computed, never stored)."""

    UPCOMING = "upcoming"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


_LABEL_PAIRS += [
    (TransferReason.RESALE, QT_TRANSLATE_NOOP("Enums", "Resale")),
    (TransferReason.INHERITANCE, QT_TRANSLATE_NOOP("Enums", "Inheritance")),
    (TransferReason.GIFT, QT_TRANSLATE_NOOP("Enums", "Gift")),
    (TransferReason.COURT_ORDER, QT_TRANSLATE_NOOP("Enums", "Court order")),
    (TransferReason.OTHER, QT_TRANSLATE_NOOP("Enums", "Other reason")),
    (TransferSide.FROM, QT_TRANSLATE_NOOP("Enums", "Previous owner")),
    (TransferSide.TO, QT_TRANSLATE_NOOP("Enums", "New owner")),
    (ReviewDecision.END, QT_TRANSLATE_NOOP("Enums", "End on the transfer date")),
    (ReviewDecision.KEEP, QT_TRANSLATE_NOOP("Enums", "Keep")),
    (RentPeriod.MONTHLY, QT_TRANSLATE_NOOP("Enums", "Monthly")),
    (RentPeriod.QUARTERLY, QT_TRANSLATE_NOOP("Enums", "Quarterly")),
    (RentPeriod.HALF_YEARLY, QT_TRANSLATE_NOOP("Enums", "Half-yearly")),
    (RentPeriod.YEARLY, QT_TRANSLATE_NOOP("Enums", "Yearly")),
    (LeaseState.UPCOMING, QT_TRANSLATE_NOOP("Enums", "Not started")),
    (LeaseState.ACTIVE, QT_TRANSLATE_NOOP("Enums", "Active")),
    (LeaseState.EXPIRED, QT_TRANSLATE_NOOP("Enums", "Expired")),
    (LeaseState.TERMINATED, QT_TRANSLATE_NOOP("Enums", "Terminated early")),
]


LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}


_BY_VALUE: dict[str, str] = {}
for _member, _text in _LABEL_PAIRS:
    _BY_VALUE.setdefault(_member.value, _text)
