"""The import templates the app hands out, and the column specs the importers read by.

Each template is an .xlsx with the data sheet (Chinese header row, one example row,
drop-down lists for the fixed choices, ID and phone columns formatted as text so Excel
never turns them into 1.10105E+17) and a notes sheet (说明) explaining each column in
Chinese and English. The same ``SheetSpec`` drives the reader, so a header renamed here
is still recognised by its synonyms.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from enum import Enum
from pathlib import Path

from crm_desktop.domain import enums as E
from crm_desktop.excel.reader import TEMPLATE_NOTES_SHEET, Column, Kind, SheetSpec, choice_map

# Chinese labels of the enum members, as the interface shows them (the English labels
# come from crm_desktop.domain.enums; both are accepted when reading).
# A list, not a dict literal: members of different enums with the same value ("other",
# "sold") are equal StrEnums and would overwrite each other as keys.
_ZH_LABELS: list[tuple[Enum, tuple[str, ...]]] = [
    (E.RoomUse.RESIDENTIAL, ("住宅", "住房", "公寓")),
    (E.RoomUse.SHOP, ("商铺", "商业", "店铺", "门面")),
    (E.RoomUse.OFFICE, ("办公", "写字楼")),
    (E.RoomUse.STORAGE, ("储藏室", "储物间", "杂物间")),
    (E.RoomUse.OTHER, ("其他",)),
    (E.RoomStatus.UNSOLD, ("未售", "待售")),
    (E.RoomStatus.SOLD, ("已售",)),
    (E.RoomStatus.HANDED_OVER, ("已收楼", "已交付", "已交房")),
    (E.RoomStatus.OCCUPIED, ("已入住", "自住")),
    (E.RoomStatus.VACANT, ("空置",)),
    (E.RoomStatus.RENTED, ("已出租", "出租")),
    (E.RoomStatus.RENOVATING, ("装修中", "装修")),
    (E.SpaceKind.STANDARD, ("标准车位", "普通车位", "标准")),
    (E.SpaceKind.ACCESSIBLE, ("无障碍车位", "无障碍")),
    (E.SpaceKind.CHARGING, ("充电车位", "充电桩车位", "充电")),
    (E.SpaceKind.MECHANICAL, ("机械车位", "机械")),
    (E.SpaceStatus.UNSOLD, ("未售",)),
    (E.SpaceStatus.SOLD, ("已售",)),
    (E.SpaceStatus.RENTED, ("已出租", "出租")),
    (E.SpaceStatus.ASSIGNED, ("已分配",)),
    (E.SpaceStatus.VACANT, ("空置",)),
    (E.CustomerKind.PERSON, ("个人",)),
    (E.CustomerKind.COMPANY, ("企业", "公司", "单位")),
    (E.Gender.MALE, ("男",)),
    (E.Gender.FEMALE, ("女",)),
    (E.DocumentType.RESIDENT_ID, ("居民身份证", "身份证")),
    (E.DocumentType.PASSPORT, ("护照",)),
    (E.DocumentType.HK_MACAU_PERMIT, ("港澳居民来往内地通行证", "回乡证", "港澳通行证")),
    (E.DocumentType.TAIWAN_PERMIT, ("台湾居民来往大陆通行证", "台胞证")),
    (E.DocumentType.FOREIGN_PR, ("外国人永久居留身份证", "外国人永久居留证")),
    (E.DocumentType.OTHER, ("其他证件",)),
    (E.DocumentType.USCC, ("统一社会信用代码", "营业执照")),
    (E.Role.OWNER, ("业主",)),
    (E.Role.TENANT, ("租户", "租客")),
    (E.Role.FAMILY, ("家属", "家庭成员")),
    (E.Role.RESIDENT, ("住户",)),
    (E.Role.EMERGENCY_CONTACT, ("紧急联系人",)),
    (E.Relation.SPOUSE, ("配偶", "夫妻")),
    (E.Relation.CHILD, ("子女",)),
    (E.Relation.PARENT, ("父母",)),
    (E.Relation.SIBLING, ("兄弟姐妹",)),
    (E.Relation.GRANDPARENT, ("祖父母/外祖父母", "祖父母", "外祖父母")),
    (E.Relation.GRANDCHILD, ("孙子女/外孙子女", "孙子女", "外孙子女")),
    (E.Relation.OTHER, ("其他关系",)),
]
ZH_LABELS: dict[tuple[type, str], tuple[str, ...]] = {
    (type(member), member.value): labels for member, labels in _ZH_LABELS
}


def _choices(enum: type[Enum]) -> dict:
    labels = {m: (*ZH_LABELS.get((enum, m.value), ()), E.label(m)) for m in enum}
    return {
        "kind": Kind.CHOICE,
        "choices": choice_map(enum, labels),
        "choice_labels": tuple(ZH_LABELS[(enum, m.value)][0] for m in enum),
    }


# --- buildings and rooms ------------------------------------------------------------------
_REGION = Column(
    "region",
    "区域",
    "Region",
    synonyms=("片区", "所属区域", "Region name"),
    note_zh="可选。项目名称在不同区域重复时，填写区域以区分。",
    note_en="Optional. Needed only when two regions have a project of the same name.",
    example="华南区",
)
_PROJECT = Column(
    "project",
    "项目",
    "Project",
    required=True,
    synonyms=("项目名称", "所属项目", "小区", "小区名称", "楼盘", "Project name", "项目编号"),
    note_zh="必填。已存在项目的名称或编号；导入不会新建项目，请先在程序中建好项目。",
    note_en="Required. Name or code of an existing project; the import never creates projects.",
    example="翠湖花园",
    width=16,
)

ROOMS = SheetSpec(
    "rooms",
    "楼栋房间",
    "Buildings and rooms",
    (
        _REGION,
        _PROJECT,
        Column(
            "building_code",
            "楼栋编号",
            "Building code",
            Kind.CODE,
            required=True,
            synonyms=(
                "楼栋",
                "楼号",
                "栋号",
                "幢号",
                "楼栋号",
                "Building",
                "Building number",
                "Building no",
                "Building no.",
            ),
            note_zh="必填。楼栋的编号，用于房间编码（如 3）。只能包含字母、数字和汉字。"
            "楼栋不存在时自动新建。",
            note_en="Required. The building's number used in room codes (e.g. 3): letters, "
            "digits and Chinese characters only. A building not yet in the project is created.",
            example="3",
        ),
        Column(
            "building_name",
            "楼栋名称",
            "Building name",
            synonyms=("楼名", "楼栋名"),
            note_zh="可选。如“3栋”；空白时新楼栋以编号命名，已有楼栋保持原名。",
            note_en="Optional, e.g. 3栋. Blank: a new building is named by its code; an "
            "existing one keeps its name.",
            example="3栋",
        ),
        Column(
            "unit",
            "单元",
            "Unit",
            Kind.CODE,
            synonyms=("单元号", "Unit number", "Unit no"),
            note_zh="可选。单元号（如 2）；没有单元的楼栋留空。",
            note_en="Optional. The unit (e.g. 2); leave blank for a building without units.",
            example="2",
            width=8,
        ),
        Column(
            "floor",
            "楼层",
            "Floor",
            Kind.INT,
            required=True,
            synonyms=("层", "所在楼层", "楼层号", "Floor number", "Level"),
            note_zh="必填。整数，-10 到 300，不能为 0；地下层为负数（也可写 B1）。",
            note_en="Required. A whole number from -10 to 300, not 0; basements are negative "
            "(B1 is read as -1).",
            example=15,
            width=8,
        ),
        Column(
            "number",
            "房号",
            "Room number",
            Kind.CODE,
            required=True,
            synonyms=("房间号", "门牌号", "室号", "Room no", "Room no.", "Room"),
            note_zh="必填。单元内的房号（如 1501）。以 0 开头的房号请把该列设为文本格式。",
            note_en="Required. The number within the unit (e.g. 1501). Format the column as "
            "text if numbers start with 0.",
            example="1501",
            width=10,
        ),
        Column(
            "code",
            "房间编码",
            "Room code",
            Kind.CODE,
            synonyms=("房间编号", "房屋编码", "房屋编号", "房产编码", "Full code", "Code"),
            note_zh="可选。完整编码（如 3-2-1501）；留空时按“楼栋-单元-房号”生成。"
            "再次导入时按 项目 + 房间编码 找到已有房间并更新，不会重复。",
            note_en="Optional. The full code (e.g. 3-2-1501); blank: building-unit-number. "
            "Re-importing finds existing rooms by project + room code and updates them.",
            example="3-2-1501",
        ),
        Column(
            "use",
            "用途",
            "Use",
            synonyms=("房屋用途", "业态", "房间用途", "Usage", "Room use"),
            note_zh="可选，默认住宅。可填：住宅、商铺、办公、储藏室、其他。",
            note_en="Optional, default Residential. One of: Residential, Shop, Office, "
            "Storage, Other (Chinese or English).",
            example="住宅",
            width=10,
            **_choices(E.RoomUse),
        ),
        Column(
            "gross_area",
            "建筑面积",
            "Gross area",
            Kind.DECIMAL,
            synonyms=("建筑面积㎡", "面积", "Gross floor area", "GFA", "Area"),
            note_zh="可选。平方米，最多两位小数（如 89.50）。",
            note_en="Optional. Square metres, at most two decimals (e.g. 89.50).",
            example=Decimal("89.50"),
            width=12,
        ),
        Column(
            "inner_area",
            "套内面积",
            "Inner area",
            Kind.DECIMAL,
            synonyms=("套内建筑面积", "使用面积", "Net area", "Inner floor area"),
            note_zh="可选。平方米，不能大于建筑面积。",
            note_en="Optional. Square metres; not more than the gross area.",
            example=Decimal("72.10"),
            width=12,
        ),
        Column(
            "status",
            "状态",
            "Status",
            synonyms=("房屋状态", "房间状态", "Room status"),
            note_zh="可选，新房间默认未售。可填：未售、已售、已收楼、已入住、空置、已出租、装修中。",
            note_en="Optional, new rooms default to Unsold. One of: Unsold, Sold, Handed over, "
            "Occupied, Vacant, Rented, Renovating.",
            example="未售",
            width=10,
            **_choices(E.RoomStatus),
        ),
        Column(
            "notes",
            "备注",
            "Notes",
            synonyms=("说明", "Remarks", "Comment"),
            note_zh="可选。",
            note_en="Optional.",
            example="",
            width=20,
        ),
    ),
)

# --- customers with their identity on a room -------------------------------------------
CUSTOMERS = SheetSpec(
    "customers",
    "客户身份",
    "Customers and identities",
    (
        Column(
            "customer_kind",
            "客户类型",
            "Customer type",
            synonyms=("类型", "Type", "Kind"),
            note_zh="可选，默认个人。可填：个人、企业。",
            note_en="Optional, default Person. Person or Company.",
            example="个人",
            width=10,
            **_choices(E.CustomerKind),
        ),
        Column(
            "name",
            "姓名",
            "Name",
            required=True,
            synonyms=("客户姓名", "名称", "客户名称", "业主姓名", "Customer name", "Full name"),
            note_zh="必填。个人姓名或企业名称。",
            note_en="Required. The person's or the company's name.",
            example="张伟",
        ),
        Column(
            "document_type",
            "证件类型",
            "Document type",
            synonyms=("证件种类", "ID type"),
            note_zh="可选，默认居民身份证（企业：统一社会信用代码）。",
            note_en="Optional, default Resident ID card (companies: unified social credit code).",
            example="居民身份证",
            width=16,
            **_choices(E.DocumentType),
        ),
        Column(
            "document_number",
            "证件号码",
            "Document number",
            Kind.DOCUMENT,
            synonyms=(
                "身份证号",
                "身份证号码",
                "证件号",
                "ID number",
                "ID no",
                "ID card number",
                "统一社会信用代码",
            ),
            note_zh="客户以证件号码识别，再次导入不会重复。本列必须是文本格式：数字格式会使 "
            "Excel 丢失身份证号的后几位（显示为 1.10105E+17），这样的行不会被导入。",
            note_en="Customers are matched by their document, so re-importing creates no "
            "duplicates. Keep this column as text: as a number Excel loses the last digits "
            "(1.10105E+17) and such rows are refused.",
            example="110105199003071234",
            width=22,
        ),
        Column(
            "gender",
            "性别",
            "Gender",
            synonyms=("Sex",),
            note_zh="可选。男 或 女；身份证号可推出时可留空。",
            note_en="Optional. Male or Female; blank: taken from the resident ID.",
            example="男",
            width=8,
            **_choices(E.Gender),
        ),
        Column(
            "birth_date",
            "出生日期",
            "Birth date",
            Kind.DATE,
            synonyms=("生日", "Date of birth", "Birthday", "DOB"),
            note_zh="可选。日期，如 1990-03-07、1990/3/7 或 1990年3月7日。",
            note_en="Optional. A date: 1990-03-07, 1990/3/7 or 1990年3月7日.",
            example="1990-03-07",
            width=12,
        ),
        Column(
            "phone",
            "手机号码",
            "Phone",
            Kind.PHONE,
            synonyms=("手机", "电话", "联系电话", "手机号", "Mobile", "Phone number", "Telephone"),
            note_zh="可选。手机 11 位，座机带区号（如 020-12345678）；文本格式。",
            note_en="Optional. Mobile: 11 digits; landline with area code (020-12345678). "
            "Kept as text.",
            example="13800138000",
            width=14,
        ),
        Column(
            "email",
            "电子邮件",
            "Email",
            synonyms=("邮箱", "E-mail"),
            note_zh="可选。",
            note_en="Optional.",
            example="",
        ),
        Column(
            "address",
            "联系地址",
            "Address",
            synonyms=("地址", "通讯地址", "Postal address"),
            note_zh="可选。",
            note_en="Optional.",
            example="",
            width=24,
        ),
        Column(
            "consent_date",
            "同意日期",
            "Consent date",
            Kind.DATE,
            synonyms=("授权日期", "签署同意日期", "Consent signed"),
            note_zh="客户签署个人信息处理同意书的日期（个人信息保护法）。",
            note_en="The day the customer signed the consent to personal data processing (PIPL).",
            example="2023-05-01",
            width=12,
        ),
        _REGION,
        replace(
            _PROJECT,
            required=False,
            note_zh="有房间时必填。已存在项目的名称或编号。",
            note_en="Required with a room. Name or code of an existing project.",
        ),
        Column(
            "room_code",
            "房间编码",
            "Room code",
            Kind.CODE,
            synonyms=("房间编号", "房号", "房屋编码", "Room", "Room number"),
            note_zh="可选。项目内房间的完整编码（如 3-2-1501），房间须已存在（先导入房间）。"
            "留空时只导入客户，不登记身份。",
            note_en="Optional. The room's full code within the project (e.g. 3-2-1501); the "
            "room must exist (import the rooms first). Blank: the customer only, no identity.",
            example="3-2-1501",
        ),
        Column(
            "role",
            "身份",
            "Role",
            synonyms=("客户身份", "关系类型", "Identity"),
            note_zh="有房间时必填。业主、租户、家属、住户 或 紧急联系人。"
            "同一客户、房间、身份再次导入不会重复。",
            note_en="Required with a room. Owner, Tenant, Family member, Resident or Emergency "
            "contact. Re-importing the same customer, room and role adds nothing.",
            example="业主",
            width=10,
            **_choices(E.Role),
        ),
        Column(
            "share",
            "产权份额",
            "Share",
            Kind.DECIMAL,
            synonyms=("份额", "份额%", "Ownership share", "Share %"),
            note_zh="业主的产权份额（百分比，如 50）；唯一业主可留空（100）。同一房间的业主份额"
            "（本文件各行加上已登记的业主）合计须为 100。",
            note_en="Owners: share of ownership in percent (e.g. 50); blank for a sole owner. "
            "A room's owners (the file's rows plus owners on record) must add up to 100.",
            example=100,
            width=10,
        ),
        Column(
            "relation",
            "关系",
            "Relation",
            synonyms=("与业主关系", "亲属关系", "Relationship"),
            note_zh="家属必填：配偶、子女、父母、兄弟姐妹、祖父母/外祖父母、孙子女/外孙子女、其他关系。",
            note_en="Family members: Spouse, Child, Parent, Sibling, Grandparent, Grandchild or "
            "Other relation.",
            example="",
            width=10,
            **_choices(E.Relation),
        ),
        Column(
            "family_of",
            "所属业主",
            "Family of",
            Kind.DOCUMENT,
            synonyms=(
                "户主",
                "所属业主证件号码",
                "户主证件号码",
                "所属客户",
                "Whose family",
                "Related customer",
            ),
            note_zh="家属必填：该家属所属的业主或租户（同一房间）的证件号码或姓名；"
            "可以是本文件前面几行中的业主或租户。",
            note_en="Family members: the document number or name of the owner or tenant of the "
            "same room whose family they are; may be an owner or tenant in this file.",
            example="",
            width=20,
        ),
        Column(
            "start_date",
            "开始日期",
            "Start date",
            Kind.DATE,
            synonyms=("起始日期", "生效日期", "Since", "From"),
            note_zh="可选。身份开始的日期，空白为导入当天。",
            note_en="Optional. When the identity began; blank: the day of the import.",
            example="2023-05-01",
            width=12,
        ),
        Column(
            "notes",
            "备注",
            "Notes",
            synonyms=("说明", "Remarks"),
            note_zh="可选。",
            note_en="Optional.",
            example="",
            width=20,
        ),
    ),
)

# --- parking spaces and vehicles -------------------------------------------------------
PARKING = SheetSpec(
    "parking",
    "车位车辆",
    "Parking spaces and vehicles",
    (
        _REGION,
        _PROJECT,
        Column(
            "car_park",
            "停车场",
            "Car park",
            required=True,
            synonyms=("停车场名称", "车库", "Car park name", "Garage"),
            note_zh="必填。项目内已存在的停车场的名称或编号；导入不会新建停车场。",
            note_en="Required. Name or code of an existing car park of the project; the import "
            "never creates car parks.",
            example="地下停车场",
            width=14,
        ),
        Column(
            "space_number",
            "车位号",
            "Space number",
            Kind.CODE,
            required=True,
            synonyms=("车位编号", "车位", "Space", "Space no", "Parking space"),
            note_zh="必填。停车场内的车位号（如 B1-001），最多 30 个字符；"
            "按 停车场 + 车位号 匹配。",
            note_en="Required. The number in the car park (e.g. B1-001), up to 30 characters; "
            "matched by car park + number.",
            example="B1-001",
            width=12,
        ),
        Column(
            "space_kind",
            "车位类型",
            "Space type",
            synonyms=("类型", "Kind", "Space kind"),
            note_zh="可选，默认标准车位。可填：标准车位、无障碍车位、充电车位、机械车位。",
            note_en="Optional, default Standard. Standard, Accessible, Charging or Mechanical.",
            example="标准车位",
            width=12,
            **_choices(E.SpaceKind),
        ),
        Column(
            "space_status",
            "车位状态",
            "Space status",
            synonyms=("状态", "Status"),
            note_zh="可选，默认未售。可填：未售、已售、已出租、已分配、空置。",
            note_en="Optional, default Unsold. Unsold, Sold, Rented, Assigned or Vacant.",
            example="已售",
            width=10,
            **_choices(E.SpaceStatus),
        ),
        Column(
            "area",
            "面积",
            "Area",
            Kind.DECIMAL,
            synonyms=("车位面积", "Space area"),
            note_zh="可选。平方米，最多两位小数。",
            note_en="Optional. Square metres, at most two decimals.",
            example=Decimal("12.50"),
            width=10,
        ),
        Column(
            "plate",
            "车牌号",
            "Plate",
            Kind.CODE,
            synonyms=("车牌", "车牌号码", "Plate number", "Licence plate", "License plate"),
            note_zh="可选。车辆的车牌（如 粤A12345）；填写时须同时填写车主证件号码。",
            note_en="Optional. The vehicle's plate (e.g. 粤A12345); needs the owner's document.",
            example="粤A12345",
            width=12,
        ),
        Column(
            "owner_name",
            "车主姓名",
            "Owner name",
            synonyms=("车主", "Owner", "Vehicle owner"),
            note_zh="可选。用于核对：须与证件号码对应的客户一致。",
            note_en="Optional. Checked against the customer of the document number.",
            example="张伟",
        ),
        Column(
            "owner_document",
            "车主证件号码",
            "Owner document number",
            Kind.DOCUMENT,
            synonyms=("车主身份证号", "车主证件号", "Owner ID number"),
            note_zh="有车牌时必填。客户须已存在（先导入客户）。文本格式，理由同客户模板。",
            note_en="Required with a plate; the customer must exist (import customers first). "
            "Kept as text, as in the customers template.",
            example="110105199003071234",
            width=22,
        ),
        Column(
            "brand",
            "品牌",
            "Brand",
            synonyms=("车辆品牌", "Make"),
            note_zh="可选。",
            note_en="Optional.",
            example="丰田",
            width=10,
        ),
        Column(
            "model",
            "型号",
            "Model",
            synonyms=("车型",),
            note_zh="可选。",
            note_en="Optional.",
            example="卡罗拉",
            width=10,
        ),
        Column(
            "colour",
            "颜色",
            "Colour",
            synonyms=("车身颜色", "Color"),
            note_zh="可选。",
            note_en="Optional.",
            example="白色",
            width=8,
        ),
        Column(
            "notes",
            "备注",
            "Notes",
            synonyms=("说明", "Remarks"),
            note_zh="可选。",
            note_en="Optional.",
            example="",
            width=20,
        ),
    ),
)

TEMPLATES: dict[str, SheetSpec] = {s.key: s for s in (ROOMS, CUSTOMERS, PARKING)}
NOTES_SHEET = TEMPLATE_NOTES_SHEET
_TEXT_KINDS = {Kind.CODE, Kind.DOCUMENT, Kind.PHONE}
_DV_ROWS = 100_000  # rows that get the drop-down lists and text format


def write_template(spec: SheetSpec | str, path: Path | str) -> Path:
    """Write the import template of ``spec`` (or its key: rooms, customers, parking)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if isinstance(spec, str):
        spec = TEMPLATES[spec]
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = spec.zh
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for ci, col in enumerate(spec.columns, start=1):
        letter = get_column_letter(ci)
        head = ws.cell(1, ci, col.zh)
        head.font = bold
        head.fill = required_fill if col.required else header_fill
        head.alignment = Alignment(horizontal="center")
        example = ws.cell(2, ci, col.example if col.example != "" else None)
        ws.column_dimensions[letter].width = col.width
        if col.kind in _TEXT_KINDS:
            # The column's own style, so rows typed later are text too.
            ws.column_dimensions[letter].number_format = "@"
            example.number_format = "@"
            if example.value is not None:
                example.value = str(example.value)
        elif col.kind is Kind.DECIMAL:
            example.number_format = "0.00"
        elif col.kind is Kind.DATE and example.value:
            from datetime import date

            example.value = date.fromisoformat(str(example.value))
            example.number_format = "yyyy-mm-dd"
        if col.choice_labels:
            dv = DataValidation(
                type="list",
                formula1='"' + ",".join(col.choice_labels) + '"',
                allow_blank=True,
                showErrorMessage=False,  # English labels are accepted too
            )
            dv.add(f"{letter}2:{letter}{_DV_ROWS}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"

    notes = wb.create_sheet(NOTES_SHEET)
    titles = ("列名", "Column", "必填 Required", "说明", "Notes", "可填的值 Allowed values")
    for ci, t in enumerate(titles, start=1):
        notes.cell(1, ci, t).font = bold
    wrap = Alignment(wrap_text=True, vertical="top")
    for ri, col in enumerate(spec.columns, start=2):
        cells = (
            col.zh,
            col.en,
            "是 Yes" if col.required else "",
            col.note_zh,
            col.note_en,
            "、".join(col.choice_labels),
        )
        for ci, value in enumerate(cells, start=1):
            notes.cell(ri, ci, value).alignment = wrap
    general = len(spec.columns) + 3
    for offset, (zh, en) in enumerate((*_GENERAL_NOTES, _REIMPORT_NOTES[spec.key])):
        notes.cell(general + offset, 4, zh).alignment = wrap
        notes.cell(general + offset, 5, en).alignment = wrap
    for letter, width in zip("ABCDEF", (14, 20, 12, 48, 48, 30), strict=True):
        notes.column_dimensions[letter].width = width
    notes.freeze_panes = "A2"
    wb.save(path)
    return path


_GENERAL_NOTES = (
    (
        "第一行是列名，第二行是示例，导入前请删除或改写示例行。列的顺序可以调整，多余的列会被忽略；"
        "中文或英文列名均可。",
        "Row 1 holds the column names, row 2 an example: replace or delete it before importing. "
        "Columns may be in any order; extra columns are ignored; Chinese or English names work.",
    ),
    (
        "导入前先“检查”：每一行都按程序表单的规则校验，问题会列出行号和列名，可另存为带“错误”列的副本。"
        "没有错误时才写入（或选择只导入正确的行），导入前自动备份数据库。",
        "Check first: every row is validated like the program's forms, problems are listed "
        "with row and column and can be saved as a copy with an error column. Nothing is "
        "written until the file has no errors (or only the valid rows are chosen); the database "
        "is backed up before the import.",
    ),
)

# What a second import of the same file does, per template: each matches differently.
_REIMPORT_NOTES = {
    "rooms": (
        "再次导入不会重复新建：按“项目 + 房号”找到已有的房间，只更新填写了的列；"
        "空白单元格表示“不修改”。",
        "Re-importing creates no duplicates: a room is found by project + room code, and only "
        "its filled-in columns are updated; a blank cell means 'leave as is'.",
    ),
    "customers": (
        "再次导入不会重复新建：按证件类型和号码找到已有的客户，只补填客户资料中空着的项；"
        "已有且不同的内容保留不改，检查结果中会逐一提示。已存在的身份（同一房间、同一角色）不会重复添加。",
        "Re-importing creates no duplicates: a customer is found by ID document, and only the "
        "fields empty on record are filled in; a field on record that the file gives "
        "differently is kept, and the check lists it. An identity already held (same room, "
        "same role) is not added twice.",
    ),
    "parking": (
        "再次导入不会重复新建：按“停车场 + 车位号”找到已有的车位，只更新填写了的列；"
        "车辆按车牌号匹配。空白单元格表示“不修改”。",
        "Re-importing creates no duplicates: a space is found by car park + space number, and "
        "only its filled-in columns are updated; vehicles are matched by plate. A blank cell "
        "means 'leave as is'.",
    ),
}
