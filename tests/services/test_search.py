"""The search box's service: names by any part (one character), pinyin with every
reading of polyphonic characters, phone digits, document tails, plates, rooms."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services.search import search_customers
from tests.factories import person, portfolio, resident_id, room_ids


@pytest.fixture
def people(db, actor):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    made = {}
    for name, phone, doc in [
        ("张三", "13800138000", resident_id(seq="123")),
        ("张三丰", "13912345678", ""),
        ("李四", "13700001234", resident_id(birth="19851111", seq="456")),
        ("单田芳", "13600136000", ""),
        ("曾国藩", "13500135000", ""),
        ("覃小明", "13400134000", ""),
        ("解缙", "13300133000", ""),
        ("吕布", "13200132000", ""),
    ]:
        made[name] = c.create_customer(db, actor, person(name, phone, doc))
    company = c.CustomerFields(
        kind="company",
        name="深圳市翠湖物业有限公司",
        consent_date=person("x").consent_date,
    )
    made["company"] = c.create_customer(db, actor, company)
    idn.add_identity(
        db, actor, made["张三"], idn.IdentityFields(Role.OWNER, room_id=rooms["3-2-501"])
    )
    idn.add_identity(
        db, actor, made["李四"], idn.IdentityFields(Role.TENANT, room_id=rooms["3-2-501"])
    )
    c.add_vehicle(db, actor, made["李四"], c.VehicleFields("粤B12345"))
    return made


def names(db, q):
    return [h.name for h in search_customers(db, q)]


def test_one_chinese_character_finds_every_name_containing_it(db, people):
    assert names(db, "张") == ["张三", "张三丰"]
    assert names(db, "三") == ["张三", "张三丰"]
    assert names(db, "丰") == ["张三丰"]
    assert names(db, "物业") == ["深圳市翠湖物业有限公司"]
    assert names(db, "龙") == []


def test_exact_name_comes_first(db, people, actor):
    c.create_customer(db, actor, person("老张三", "13100131000"))
    assert names(db, "张三")[0] == "张三"
    assert set(names(db, "张三")) == {"张三", "张三丰", "老张三"}


def test_pinyin_initials_and_full(db, people):
    # Names that begin with the initials first; "zs" inside 深圳市 (shen-Zhen-Shi) after.
    assert names(db, "zs") == ["张三", "张三丰", "深圳市翠湖物业有限公司"]
    assert names(db, "zhangsan") == ["张三", "张三丰"]
    assert names(db, "ZSF") == ["张三丰"]
    assert names(db, "sanfeng") == ["张三丰"]  # from the given name on
    assert names(db, "lv") == ["吕布"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("shantianfang", "单田芳"),
        ("dantianfang", "单田芳"),
        ("stf", "单田芳"),
        ("dtf", "单田芳"),
        ("zengguofan", "曾国藩"),
        ("cengguofan", "曾国藩"),
        ("qinxiaoming", "覃小明"),
        ("tanxiaoming", "覃小明"),
        ("xiejin", "解缙"),
        ("jiejin", "解缙"),
    ],
)
def test_every_reading_of_a_polyphonic_surname(db, people, query, name):
    assert name in names(db, query)


def test_phone_digits_anywhere(db, people):
    hits = search_customers(db, "1234")
    assert {h.name for h in hits} == {"张三丰", "李四"}
    assert {h.matched for h in hits} == {"139****5678", "137****1234"}  # masked in lists
    assert all(h.match == "phone" for h in hits)
    assert names(db, "138 0013") == ["张三"]


def test_document_tail_and_masking(db, people):
    tail = resident_id(birth="19851111", seq="456")[-4:]
    (hit,) = [h for h in search_customers(db, tail) if h.match == "id_tail"]
    assert hit.name == "李四"
    assert hit.document.startswith("110105") and "*" in hit.document
    assert hit.document.endswith(tail)


def test_plate_and_room_code(db, people):
    (hit,) = search_customers(db, "B12345")
    assert (hit.name, hit.match, hit.matched) == ("李四", "plate", "粤B12345")
    assert names(db, "粤B123") == ["李四"]
    hits = search_customers(db, "3-2-501")
    assert {h.name for h in hits} == {"张三", "李四"}
    assert all(h.match == "room" for h in hits)
    assert {h.name for h in search_customers(db, "501") if h.match == "room"} == {"张三", "李四"}


def test_results_say_where_the_customer_lives(db, people):
    (hit,) = search_customers(db, "李四")
    assert hit.places == [("翠湖花园 3-2-501", Role.TENANT)]
    assert hit.phone == "137****1234"


def test_keys_follow_every_write(db, actor, people):
    cid = people["张三"]
    loaded = c.load_customer(db, cid)
    f = loaded.fields
    f.name = "章三"
    f.phones = [c.PhoneEntry("13911112222")]
    c.update_customer(db, actor, cid, loaded.version, f)
    assert "章三" in names(db, "章")
    assert "章三" not in names(db, "张")
    assert names(db, "1111") == ["章三"]
    assert names(db, "0013800") == []  # the old phone no longer finds them
    c.merge_customers(db, actor, people["张三丰"], cid)
    assert names(db, "章") == []  # merged away


def test_empty_and_odd_queries(db, people):
    assert search_customers(db, "") == []
    assert search_customers(db, "   ") == []
    assert search_customers(db, '"') == []
    assert search_customers(db, "%") == []
    assert search_customers(db, "12") == []  # too short for phone digits, no room "12"


def test_usual_readings_rank_before_rare_ones(db, actor):
    # 俊 is usually "jun", rarely "shun": 周俊杰 matches "zs" only by the rare reading,
    # so 张三 (entered later) comes first.
    first = c.create_customer(db, actor, person("周俊杰", "13100131001"))
    later = c.create_customer(db, actor, person("张三", "13100131002"))
    assert [h.customer_id for h in search_customers(db, "zs")] == [later, first]
    assert [h.customer_id for h in search_customers(db, "zj")] == [first]
