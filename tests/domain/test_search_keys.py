import re

import pytest

from crm_desktop.domain import search_keys as sk


def tokens(name: str) -> list[str]:
    return sk.pinyin_tokens(name).split(" ")


# --- characters ---------------------------------------------------------------------------
def test_name_chars():
    assert sk.name_chars("张三丰") == "张 三 丰"
    assert sk.name_chars("ABC物业") == "a b c 物 业"
    assert sk.name_chars("深圳（南山）物业(2)·A.B,、-") == "深 圳 南 山 物 业 2 a b"
    assert sk.name_chars("  李  四 ") == "李 四"
    assert sk.name_chars("ＡＢＣ１") == "a b c 1"  # full width
    assert sk.name_chars(None) == ""


def test_query_chars():
    assert sk.query_chars("张三") == "张 三"
    assert sk.query_chars(" 张 ") == "张"


# --- pinyin ---------------------------------------------------------------------------------
def test_pinyin_tokens_of_a_plain_name():
    assert tokens("张三丰") == ["zhangsanfeng", "zsf", "sanfeng", "sf", "feng", "f"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("单田芳", {"shantianfang", "dantianfang", "chantianfang", "stf", "dtf", "ctf"}),
        ("曾志伟", {"zengzhiwei", "cengzhiwei", "zzw", "czw"}),
        ("覃海", {"qinhai", "tanhai", "qh", "th"}),
        ("解缙", {"xiejin", "jiejin", "xj", "jj"}),
        ("区小明", {"ouxiaoming", "quxiaoming", "oxm", "qxm"}),
        ("仇英", {"qiuying", "chouying", "qy", "cy"}),
        ("朴树", {"piaoshu", "pushu", "ps"}),
        ("查良镛", {"zhaliangyong", "chaliangyong", "zly", "cly"}),
    ],
)
def test_every_reading_of_a_polyphonic_surname(name, expected):
    assert expected <= set(tokens(name))


def test_surname_reading_comes_first():
    assert tokens("单田芳")[:2] == ["shantianfang", "stf"]
    assert tokens("曾志伟")[0] == "zengzhiwei"


def test_reading_in_context_comes_first_in_the_middle_of_a_name():
    result = tokens("长城物业")
    assert result[0] == "changchengwuye"
    assert "zhangchengwuye" in result  # the other reading is still indexed


def test_lv():
    assert tokens("吕布") == ["lvbu", "lb", "bu", "b"]
    assert "nvshi" in tokens("女士")


def test_latin_letters_and_digits_kept():
    result = tokens("ABC物业")
    assert result == ["abcwuye", "abcwy", "wuye", "wy", "ye", "y"]
    assert "joseli" in tokens("José 李")
    assert "3haolouwuye" in tokens("3号楼物业")


def test_tokens_are_unique_lowercase_ascii():
    result = tokens("单单单")
    assert len(result) == len(set(result))
    assert all(t.isascii() and t.isalnum() and t == t.lower() for t in result)


def test_combinations_capped_per_start_position():
    name = "单解覃曾区"  # 3*2*3*2*2 = 72 reading combinations from the start
    full = re.compile("(shan|dan|chan)(xie|jie)(qin|tan|yan)(zeng|ceng)(ou|qu)")
    initials = re.compile("[sdc][xj][qty][zc][oq]")
    result = tokens(name)
    assert len(result) < sk.MAX_TOKENS
    assert len([t for t in result if full.fullmatch(t)]) == sk.MAX_COMBINATIONS == 32
    assert len([t for t in result if initials.fullmatch(t)]) == 32
    # from the second character on, all 2*3*2*2 = 24 combinations fit
    rest = re.compile("(xie|jie)(qin|tan|yan)(zeng|ceng)(ou|qu)")
    assert len([t for t in result if rest.fullmatch(t)]) == 24
    assert len([t for t in result if re.fullmatch("[xj][qty][zc][oq]", t)]) == 24
    # the likeliest kept: the surname reading first, then the readings in context
    assert result[0] == "shanjietancengqu"
    assert "danjietancengqu" in result and "chanjietancengqu" in result
    assert "chanxieyanzengou" not in result  # the least likely combination


def test_long_company_name_is_bounded():
    name = "深圳市长城重行乐单解覃曾物业服务有限公司第三分公司"
    result = tokens(name)
    assert len(result) == sk.MAX_TOKENS
    assert result[0].startswith("shenzhenshi")
    # suffixes start only within the first 8 characters: none starts at 物 (the 14th)
    assert not any(t.startswith("wuyefuwu") for t in result)
    # every start position keeps its likeliest reading despite the cap
    assert any(t.startswith("xingledan") for t in result)


def test_empty_names():
    assert sk.pinyin_tokens("") == ""
    assert sk.pinyin_tokens("（）") == ""
    assert sk.pinyin_tokens(None) == ""


def test_pinyin_query():
    assert sk.is_pinyin_query("zhangsan")
    assert sk.is_pinyin_query(" Zhang San ")
    assert sk.is_pinyin_query("ｚｓｆ")
    assert sk.is_pinyin_query("lü")
    assert not sk.is_pinyin_query("zhang3")
    assert not sk.is_pinyin_query("张三")
    assert not sk.is_pinyin_query("")
    assert not sk.is_pinyin_query("a" * 31)
    assert sk.pinyin_query(" Zhang San ") == "zhangsan"
    assert sk.pinyin_query("Lü Bu") == "lvbu"


def test_digits_only():
    assert sk.digits_only("138-0000 0000") == "13800000000"
    assert sk.digits_only("１３８") == "138"
    assert sk.digits_only(None) == ""


def test_reverse_key():
    assert sk.reverse_key("11010519491231002x") == "X20013219491501011"
    assert sk.reverse_key(" e 1234-5678 ") == "87654321E"
    assert sk.reverse_key("11010519491231002X").startswith("X200")


# --- query classification -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        ("张", {"name"}),
        ("张三 ", {"name"}),
        ("京", {"name"}),
        ("粤B", {"name", "plate"}),
        ("粤B·123", {"name", "plate"}),
        ("京AD1234", {"name", "plate"}),
        ("粤1", {"name"}),
        ("zsf", {"pinyin"}),
        ("Zhang San", {"pinyin"}),
        ("13800000000", {"phone", "id_tail", "room"}),
        ("138 0000 0000", {"phone", "id_tail", "room"}),
        ("１５０１", {"phone", "id_tail", "room"}),
        ("12", {"id_tail", "room"}),
        ("1234567890123456789", {"phone", "room"}),
        ("3-2-1501", {"room", "phone"}),
        ("138-0000-0000", {"room", "phone"}),
        ("+852 9123 4567", {"phone"}),
        ("002X", {"id_tail"}),
        ("002x", {"id_tail"}),
        ("B12345", {"plate", "room"}),
        ("A1", {"plate", "room"}),
        ("1501A", {"plate", "room"}),
        ("b-101", {"plate", "room"}),
        ("a@b.com", {"name"}),
        ("", set()),
        ("   ", set()),
    ],
)
def test_classify_query(query, kinds):
    assert sk.classify_query(query) == kinds
