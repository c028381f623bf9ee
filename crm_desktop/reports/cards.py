"""The customer card (客户卡片): the supervisor's main print, one customer per page.

A card shows the customer's details (ID and phone numbers masked unless the clerk chose
to print them in full, which is audited first), verification and PIPL consent, every
current identity, the family members and residents of their rooms, vehicles, collection
accounts (always masked), the latest past identities, and signature lines.

Batch printing (a building's or a project's customers) reads everything for up to 500
customers per round in seven queries, not ten per customer: :func:`load_cards`.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import and_, or_, select

from crm_desktop.db.models import (
    AccountRoom,
    BankAccount,
    Building,
    CarPark,
    Customer,
    CustomerPhone,
    Identity,
    ParkingSpace,
    Project,
    Room,
    User,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import CustomerKind, Role
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services import customers as _customers
from crm_desktop.services import disclosure
from crm_desktop.services import identities as _identities
from crm_desktop.services.database import Actor, Database
from crm_desktop.services.queries import VehicleOf, vehicles_of_customers

__all__ = [
    "CardData",
    "building_cards_pdf",
    "building_customer_ids",
    "card_story",
    "customer_card_pdf",
    "load_cards",
]

DOCUMENT = "客户卡片"  # the document name recorded by a full-number disclosure
HISTORY_LIMIT = 10  # past identities shown; the card says how many more there are
_CHUNK = 500

TEXTS = {
    "zh_CN": {
        "title": "客户卡片",
        "notice_full": "本卡片含完整证件号码及电话，属个人信息，请妥善保管，用后及时销毁。",
        "notice_masked": "证件号码及电话已部分隐藏。",
        "details": "基本信息",
        "kind": "客户类型",
        "name": "姓名",
        "company_name": "名称",
        "gender": "性别",
        "birth_date": "出生日期",
        "nationality": "国籍",
        "legal_rep": "法定代表人",
        "document_type": "证件类型",
        "document": "证件号码",
        "phones": "联系电话",
        "email": "电子邮箱",
        "address": "联系地址",
        "level": "客户等级",
        "tags": "标签",
        "channel": "首选联系方式",
        "customer_no": "客户编号",
        "merged": "已合并至",
        "status": "认证与授权",
        "verified": "身份认证",
        "verified_yes": "已认证（{who}，{when}）",
        "verified_no": "未认证",
        "consent": "个人信息授权",
        "consent_yes": "{when} 已同意",
        "consent_no": "未签署",
        "consent_scope": "授权范围",
        "identities": "当前身份",
        "resource": "项目 / 房间或车位",
        "role": "身份",
        "share": "份额",
        "since": "起始日期",
        "until": "结束日期",
        "reason": "结束原因",
        "family_of": "{name}的家属",
        "people": "家庭成员及住户",
        "person": "姓名",
        "phone": "电话",
        "vehicles": "车辆",
        "plate": "车牌号码",
        "car": "品牌 / 型号",
        "colour": "颜色",
        "accounts": "托收账户",
        "bank": "开户银行",
        "account_name": "户名",
        "account_no": "账号",
        "rooms": "托收房间",
        "history": "历史身份",
        "history_more": "另有 {count} 条更早的历史身份未列出。",
        "confirm": "本人确认以上信息真实、准确；如有变更，将及时告知物业服务中心。",
        "primary": "（主）",
    },
    "en": {
        "title": "Customer card",
        "notice_full": "This card shows full ID and phone numbers (personal information): "
        "keep it safe and destroy it after use.",
        "notice_masked": "ID and phone numbers are partly hidden.",
        "details": "Details",
        "kind": "Kind",
        "name": "Name",
        "company_name": "Name",
        "gender": "Gender",
        "birth_date": "Date of birth",
        "nationality": "Nationality",
        "legal_rep": "Legal representative",
        "document_type": "Document",
        "document": "Document number",
        "phones": "Phones",
        "email": "Email",
        "address": "Address",
        "level": "Level",
        "tags": "Tags",
        "channel": "Preferred contact",
        "customer_no": "Customer no.",
        "merged": "Merged into",
        "status": "Verification and consent",
        "verified": "Identity verified",
        "verified_yes": "Verified ({who}, {when})",
        "verified_no": "Not verified",
        "consent": "Personal data consent",
        "consent_yes": "Agreed on {when}",
        "consent_no": "Not signed",
        "consent_scope": "Consent scope",
        "identities": "Current identities",
        "resource": "Project / room or space",
        "role": "Identity",
        "share": "Share",
        "since": "Since",
        "until": "Until",
        "reason": "Reason ended",
        "family_of": "Family member of {name}",
        "people": "Family members and residents",
        "person": "Name",
        "phone": "Phone",
        "vehicles": "Vehicles",
        "plate": "Plate",
        "car": "Make / model",
        "colour": "Colour",
        "accounts": "Collection accounts",
        "bank": "Bank",
        "account_name": "Account name",
        "account_no": "Account number",
        "rooms": "Rooms paid",
        "history": "Past identities",
        "history_more": "{count} earlier past identities are not listed.",
        "confirm": "I confirm the information above is true and accurate, and will tell the "
        "property management office of any change.",
        "primary": " (main)",
    },
}

_PEOPLE_ROLES = (Role.FAMILY, Role.RESIDENT, Role.EMERGENCY_CONTACT)
_HOLDER_ROLES = (Role.OWNER, Role.TENANT)


# --- data ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountLine:
    bank: str
    account_name: str
    number: str  # always masked
    rooms: list[str]


@dataclass
class CardData:
    """Everything one card prints; document and phone numbers already masked or full."""

    id: int
    name: str
    kind: Any
    gender: Any
    birth_date: date | None
    nationality: str
    document_type: Any
    document: str
    legal_representative: str
    phones: list[tuple[str, str, bool]]  # (number as printed, label, primary)
    email: str
    address: str
    level: Any
    tags: str
    preferred_channel: Any
    consent_date: date | None
    consent_scope: str
    verified_at: datetime | None
    verified_by: str | None
    merged_into: str | None
    current: list = field(default_factory=list)  # IdentityRow not ended, resource order
    past: list = field(default_factory=list)  # IdentityRow ended, most recent first
    people: list = field(default_factory=list)  # IdentityRow of family and residents
    vehicles: list[VehicleOf] = field(default_factory=list)
    accounts: list[AccountLine] = field(default_factory=list)


def _not_found() -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A customer to print no longer exists. Refresh the view and print again.",
        )
    )


def load_cards(
    db: Database, customer_ids: Sequence[int], *, full_numbers: bool = False
) -> list[CardData]:
    """The cards of these customers, in the given order (duplicates dropped).

    Raises NotFoundError if a customer does not exist. Read in rounds of 500 customers
    with one query per kind of data.
    """
    order = list(dict.fromkeys(int(i) for i in customer_ids))
    cards: dict[int, CardData] = {}
    today = clock.today()
    with db.read() as s:
        for start in range(0, len(order), _CHUNK):
            chunk = order[start : start + _CHUNK]
            cards.update(_load_chunk(s, chunk, today, full_numbers))
    missing = [i for i in order if i not in cards]
    if missing:
        raise _not_found()
    return [cards[i] for i in order]


def _load_chunk(s, chunk: list[int], today: date, full: bool) -> dict[int, CardData]:
    rows = s.execute(
        select(Customer, User.display_name)
        .outerjoin(User, User.id == Customer.verified_by_id)
        .where(Customer.id.in_(chunk))
    ).all()
    phones: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    for cid, number, label, primary in s.execute(
        select(
            CustomerPhone.customer_id,
            CustomerPhone.number,
            CustomerPhone.label,
            CustomerPhone.is_primary,
        )
        .where(CustomerPhone.customer_id.in_(chunk))
        .order_by(
            CustomerPhone.customer_id, CustomerPhone.is_primary.desc(), CustomerPhone.position
        )
    ):
        shown = ids.format_phone(number) if full else ids.mask_phone(number)
        phones[cid].append((shown, label or "", bool(primary)))
    merged_ids = {c.merged_into_id for c, _ in rows if c.merged_into_id}
    merged_names = (
        dict(s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(merged_ids))).all())
        if merged_ids
        else {}
    )
    cards: dict[int, CardData] = {}
    for c, verified_by in rows:
        number = c.document_number or ""
        cards[c.id] = CardData(
            id=c.id,
            name=c.name,
            kind=c.kind,
            gender=c.gender,
            birth_date=c.birth_date,
            nationality=c.nationality or "",
            document_type=c.document_type,
            document=(number if full else ids.mask_id(number)) if number else "",
            legal_representative=c.legal_representative or "",
            phones=phones.get(c.id, []),
            email=c.email or "",
            address=c.address or "",
            level=c.level,
            tags=c.tags or "",
            preferred_channel=c.preferred_channel,
            consent_date=c.consent_date,
            consent_scope=c.consent_scope or "",
            verified_at=c.verified_at,
            verified_by=verified_by,
            merged_into=merged_names.get(c.merged_into_id) if c.merged_into_id else None,
        )
    s.expunge_all()  # the ORM objects are not needed any more; keep the session light
    # Identities (the services' reader, so resources read as on screen: "翠湖花园 3-2-501").
    holder_rooms: dict[int, set[int]] = defaultdict(set)
    ended: dict[int, list] = defaultdict(list)
    for row in _identities.identity_rows(s, Identity.customer_id.in_(chunk)):
        card = cards[row.customer_id]
        if row.end_date is None or row.end_date > today:
            card.current.append(row)
            if row.role in _HOLDER_ROLES and row.room_id is not None and row.active_on(today):
                holder_rooms[row.customer_id].add(row.room_id)
        else:
            ended[row.customer_id].append(row)
    for cid, rows_ in ended.items():
        rows_.sort(key=lambda r: (r.end_date, r.start_date, r.id), reverse=True)
        cards[cid].past = rows_
    for card in cards.values():
        card.current.sort(key=_resource_order)
    # Family members and residents: registered as this customer's family, or living in
    # a room the customer owns or rents today.
    all_rooms = sorted(set().union(*holder_rooms.values())) if holder_rooms else []
    active = and_(
        Identity.start_date <= today, or_(Identity.end_date.is_(None), Identity.end_date > today)
    )
    related = Identity.related_customer_id.in_(chunk)
    where = or_(related, Identity.room_id.in_(all_rooms)) if all_rooms else related
    holders: dict[int, list[int]] = defaultdict(list)
    for cid, rooms in holder_rooms.items():
        for room_id in rooms:
            holders[room_id].append(cid)
    for row in _identities.identity_rows(s, and_(Identity.role.in_(_PEOPLE_ROLES), active, where)):
        owners = set(holders.get(row.room_id, ())) if row.room_id is not None else set()
        if row.related_customer_id in cards:
            owners.add(row.related_customer_id)
        owners.discard(row.customer_id)
        for cid in owners:
            cards[cid].people.append(row)
    for card in cards.values():
        card.people.sort(key=_resource_order)
    for vehicle in vehicles_of_customers(s.connection(), chunk):
        cards[vehicle.customer_id].vehicles.append(vehicle)
    accounts = s.execute(
        select(
            BankAccount.id,
            BankAccount.customer_id,
            BankAccount.bank,
            BankAccount.account_name,
            BankAccount.account_number,
        )
        .where(BankAccount.customer_id.in_(chunk), BankAccount.closed_at.is_(None))
        .order_by(BankAccount.customer_id, BankAccount.id)
    ).all()
    if accounts:
        paid: dict[int, list[str]] = defaultdict(list)
        for account_id, code in s.execute(
            select(AccountRoom.account_id, Room.code)
            .join(Room, Room.id == AccountRoom.room_id)
            .where(AccountRoom.account_id.in_([a.id for a in accounts]))
            .order_by(AccountRoom.account_id, Room.sort_key)
        ):
            paid[account_id].append(code)
        for a in accounts:
            cards[a.customer_id].accounts.append(
                AccountLine(a.bank, a.account_name, ids.mask_account(a.account_number), paid[a.id])
            )
    return cards


_ROLE_ORDER = {r: i for i, r in enumerate(Role)}
_DIGITS = re.compile(r"(\d+)")


def _resource_order(row) -> tuple:
    """Rooms in natural order ("3-2-901" before "3-2-1001"), then owners first."""
    natural = tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(row.resource)
    )
    return (row.room_id is None, natural, _ROLE_ORDER[row.role], row.start_date, row.id)


def building_customer_ids(
    db: Database, *, building_id: int | None = None, project_id: int | None = None
) -> list[int]:
    """Every customer with an identity active today in a building or a project, each
    once, in the order of the first room they hold there (then, for a project, the
    first parking space)."""
    if (building_id is None) == (project_id is None):
        raise ValueError("give a building_id or a project_id")
    today = clock.today()
    active = and_(
        Identity.start_date <= today, or_(Identity.end_date.is_(None), Identity.end_date > today)
    )
    role_order = {r.value: i for i, r in enumerate(Role)}
    keyed: list[tuple] = []
    with db.connect() as conn:
        where = Room.building_id == building_id if building_id else Room.project_id == project_id
        for cid, bcode, sort_key, room_id, role, share, iid in conn.execute(
            select(
                Identity.customer_id,
                Building.code,
                Room.sort_key,
                Room.id,
                Identity.role,
                Identity.share,
                Identity.id,
            )
            .join(Room, Room.id == Identity.room_id)
            .join(Building, Building.id == Room.building_id)
            .where(where, active)
        ):
            role_key = role_order.get(getattr(role, "value", role), 9)
            keyed.append(
                ((0, len(bcode), bcode, sort_key, room_id), role_key, -(share or 0), iid, cid)
            )
        if project_id is not None:
            for cid, park, number, space_id, role, share, iid in conn.execute(
                select(
                    Identity.customer_id,
                    CarPark.name,
                    ParkingSpace.number,
                    ParkingSpace.id,
                    Identity.role,
                    Identity.share,
                    Identity.id,
                )
                .join(ParkingSpace, ParkingSpace.id == Identity.space_id)
                .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
                .where(CarPark.project_id == project_id, active)
            ):
                role_key = role_order.get(getattr(role, "value", role), 9)
                keyed.append(
                    ((1, park, len(number), number, space_id), role_key, -(share or 0), iid, cid)
                )
    keyed.sort()
    return list(dict.fromkeys(k[-1] for k in keyed))


def _first_project(db: Database, card: CardData) -> str | None:
    """The project of a card's first current identity (for the default office name)."""
    if not card.current:
        return None
    row = card.current[0]
    with db.connect() as conn:
        if row.room_id is not None:
            stmt = select(Project.name).join(Room, Room.project_id == Project.id)
            stmt = stmt.where(Room.id == row.room_id)
        else:
            stmt = (
                select(Project.name)
                .join(CarPark, CarPark.project_id == Project.id)
                .join(ParkingSpace, ParkingSpace.car_park_id == CarPark.id)
                .where(ParkingSpace.id == row.space_id)
            )
        return conn.execute(stmt).scalar()


def _project_name(db: Database, *, building_id: int | None, project_id: int | None) -> str:
    with db.connect() as conn:
        if building_id is not None:
            stmt = select(Project.name).join(Building, Building.project_id == Project.id)
            stmt = stmt.where(Building.id == building_id)
        else:
            stmt = select(Project.name).where(Project.id == project_id)
        name = conn.execute(stmt).scalar()
    if name is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The building or project to print no longer exists. Refresh the view and "
                "choose it again.",
            )
        )
    return name


# --- layout --------------------------------------------------------------------------------
def _role_text(row, t: dict[str, str], lang: str, *, own: bool) -> str:
    """ "业主", "家属（配偶）", and on a card's own list "张三的家属（配偶）"."""
    text = base.enum_text(row.role, lang)
    if row.role == Role.FAMILY and row.related_name and own:
        text = t["family_of"].format(name=row.related_name)
    if row.relation is not None:
        text += (
            f"（{base.enum_text(row.relation, lang)}）"
            if lang == "zh_CN"
            else (f" ({base.enum_text(row.relation, lang)})")
        )
    return text


# The default consent scope is stored in English (the program's source language) and shown
# in the reader's language; tests/reports/test_cards.py checks this against the .ts file.
DEFAULT_CONSENT_SCOPE_ZH = "物业管理服务、费用收缴及通知"


def consent_scope_text(scope: str, lang: str) -> str:
    if lang != "en" and scope == str(_customers.DEFAULT_CONSENT_SCOPE):
        return DEFAULT_CONSENT_SCOPE_ZH
    return scope


def card_story(card: CardData, lang: str = "zh_CN") -> list[Flowable]:
    """The flowables of one card (without the page break between cards)."""
    t = base.texts(TEXTS, lang)
    st = base.styles()
    none = t["none"]
    person = card.kind != CustomerKind.COMPANY
    story: list[Flowable] = [base.HeaderNote(f"{card.name}  ·  {t['customer_no']} {card.id}")]
    story.append(base.bold(card.name, st.name))
    sub = [base.enum_text(card.kind, lang), base.enum_text(card.level, lang)]
    if card.merged_into:
        sub.append(f"{t['merged']} {card.merged_into}")
    story.append(base.para("  ·  ".join(s for s in sub if s), st.muted))

    story.append(base.heading(t["details"]))
    phones = ("、" if lang == "zh_CN" else ", ").join(
        f"{number}{t['primary'] if primary and len(card.phones) > 1 else ''}"
        + (f" {label}" if label else "")
        for number, label, primary in card.phones
    )
    pairs: list[tuple[str, Any]] = [
        (t["name"] if person else t["company_name"], card.name),
        (t["kind"], base.enum_text(card.kind, lang)),
    ]
    if person:
        pairs += [
            (t["gender"], base.enum_text(card.gender, lang)),
            (t["birth_date"], base.fmt_date(card.birth_date)),
        ]
    else:
        pairs += [(t["legal_rep"], card.legal_representative)]
    pairs += [
        (t["document_type"], base.enum_text(card.document_type, lang)),
        (t["document"], card.document),
        (t["email"], card.email),
        (t["level"], base.enum_text(card.level, lang)),
        (t["channel"], base.enum_text(card.preferred_channel, lang)),
    ]
    if card.nationality:
        pairs.append((t["nationality"], card.nationality))
    tags = "、".join(tag.strip() for tag in card.tags.replace("，", ",").split(",") if tag.strip())
    pairs += [(t["phones"], phones), (t["tags"], tags), (t["address"], card.address)]
    label_width = (22 if lang == "zh_CN" else 30) * mm
    wide = (t["address"], t["tags"], t["phones"])
    story.append(base.fields_grid(pairs, wide=wide, label_width=label_width))

    story.append(base.heading(t["status"]))
    verified = (
        t["verified_yes"].format(
            who=card.verified_by or "", when=base.fmt_datetime(card.verified_at)
        )
        if card.verified_at
        else t["verified_no"]
    )
    consent = (
        t["consent_yes"].format(when=base.fmt_date(card.consent_date))
        if card.consent_date
        else t["consent_no"]
    )
    story.append(
        base.fields_grid(
            [
                (t["verified"], verified),
                (t["consent"], consent),
                (t["consent_scope"], consent_scope_text(card.consent_scope, lang)),
            ],
            wide=(t["consent_scope"],),
            label_width=label_width + 4 * mm,
        )
    )

    story.append(base.heading(t["identities"]))
    story.append(
        base.table(
            [t["resource"], t["role"], t["share"], t["since"]],
            [
                (
                    r.resource,
                    _role_text(r, t, lang, own=True),
                    base.fmt_share(r.share),
                    base.fmt_date(r.start_date),
                )
                for r in card.current
            ],
            [0.46, 0.28, 0.11, 0.15],
            numeric=(2,),
            empty=none,
        )
    )

    story.append(base.heading(t["people"]))
    story.append(
        base.table(
            [t["person"], t["role"], t["resource"], t["phone"], t["since"]],
            [
                (
                    r.customer_name,
                    _role_text(r, t, lang, own=False),
                    r.resource,
                    r.phone,  # always masked: these people's disclosure is not recorded
                    base.fmt_date(r.start_date),
                )
                for r in card.people
            ],
            [0.2, 0.2, 0.3, 0.15, 0.15],
            empty=none,
        )
    )

    story.append(base.heading(t["vehicles"]))
    story.append(
        base.table(
            [t["plate"], t["car"], t["colour"]],
            [
                (v.plate, " ".join(x for x in (v.brand, v.model) if x), v.colour)
                for v in card.vehicles
            ],
            [0.25, 0.5, 0.25],
            empty=none,
        )
    )

    story.append(base.heading(t["accounts"]))
    story.append(
        base.table(
            [t["bank"], t["account_name"], t["account_no"], t["rooms"]],
            [(a.bank, a.account_name, a.number, "、".join(a.rooms)) for a in card.accounts],
            [0.3, 0.22, 0.18, 0.3],
            empty=none,
        )
    )

    story.append(base.heading(t["history"]))
    past = card.past[:HISTORY_LIMIT]
    story.append(
        base.table(
            [t["resource"], t["role"], t["share"], t["since"], t["until"], t["reason"]],
            [
                (
                    r.resource,
                    _role_text(r, t, lang, own=True),
                    base.fmt_share(r.share),
                    base.fmt_date(r.start_date),
                    base.fmt_date(r.end_date),
                    r.end_reason,
                )
                for r in past
            ],
            [0.3, 0.17, 0.09, 0.13, 0.13, 0.18],
            numeric=(2,),
            empty=none,
        )
    )
    if len(card.past) > HISTORY_LIMIT:
        story.append(
            base.para(t["history_more"].format(count=len(card.past) - HISTORY_LIMIT), st.muted)
        )

    story.append(Spacer(1, 5 * mm))
    story.append(base.para(t["confirm"], st.small))
    story.append(base.signature_lines(lang))
    return story


def cards_story(cards: Iterable[CardData], lang: str = "zh_CN") -> list[Flowable]:
    """Several cards, each starting on a new page."""
    story: list[Flowable] = []
    for card in cards:
        if story:
            story.append(PageBreak())
        story.extend(card_story(card, lang))
    return story


def _print(
    db: Database,
    actor: Actor,
    customer_ids: Sequence[int],
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    full_numbers: bool,
    office: str | None,
    lang: str,
    project: str | None = None,
) -> int:
    base.check_lang(lang)
    if not customer_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nobody holds a room or parking space here today, so there is no customer "
                "card to print. Choose another building or project.",
            )
        )
    cards = load_cards(db, customer_ids, full_numbers=full_numbers)
    if full_numbers:
        # Audited before the document exists: no audit, no document.
        disclosure.record_disclosure(db, actor, disclosure.PRINT, DOCUMENT, [c.id for c in cards])
    t = base.texts(TEXTS, lang)
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(project or _first_project(db, cards[0]), lang),
        printed_by=actor.display_name,
        lang=lang,
        notice=t["notice_full"] if full_numbers else t["notice_masked"],
    )
    return base.build_pdf(path_or_file, cards_story(cards, lang), info)


def customer_card_pdf(
    db: Database,
    actor: Actor,
    customer_ids: Sequence[int] | int,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    full_numbers: bool = False,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the cards of these customers (in this order) to a PDF; returns the pages.

    With ``full_numbers`` the disclosure is audited (one entry per customer) before the
    PDF is made. ``office`` heads every page (default: "<project>物业服务中心" of the
    first customer's first current identity).
    """
    if isinstance(customer_ids, int):
        customer_ids = [customer_ids]
    return _print(
        db,
        actor,
        list(customer_ids),
        path_or_file,
        full_numbers=full_numbers,
        office=office,
        lang=lang,
    )


def building_cards_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    building_id: int | None = None,
    project_id: int | None = None,
    full_numbers: bool = False,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """The cards of every customer holding an identity today in a building (or a whole
    project), one after the other in room order, each customer once; returns the pages.
    Raises ValidationError when nobody is there."""
    project = _project_name(db, building_id=building_id, project_id=project_id)
    customer_ids = building_customer_ids(db, building_id=building_id, project_id=project_id)
    return _print(
        db,
        actor,
        customer_ids,
        path_or_file,
        full_numbers=full_numbers,
        office=office,
        lang=lang,
        project=project,
    )
