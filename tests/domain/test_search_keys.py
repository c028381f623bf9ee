import random
import re
from itertools import islice

import pytest
from pypinyin import Style, lazy_pinyin

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


# --- one reading for both token kinds (bulk imports) ---------------------------------------
# The code before pinyin_keys, kept verbatim as the reference: it read the name twice,
# with one lazy_pinyin call per run of Chinese characters.
def _reference_units(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    units: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for match in sk._CJK_OR_NOT.finditer(sk._nfkc(name).lower()):
        run = match.group()
        if not sk.is_cjk(run[0]):
            units.extend(((w,), (w,)) for w in sk._ASCII_ALNUM.findall(sk._latin(run)))
            continue
        in_context = lazy_pinyin(run, style=Style.NORMAL, errors="default")
        if len(in_context) != len(run):
            in_context = [""] * len(run)
        for ch, reading in zip(run, in_context, strict=True):
            readings = sk._readings(ch, reading, surname=not units)
            if readings:
                units.append((readings, tuple(dict.fromkeys(r[0] for r in readings))))
    return units


def _reference_combinations(choices: list[tuple[str, ...]]) -> list[list[str]]:
    result: list[list[str]] = [[] for _ in choices]
    tail: list[tuple[int, tuple[int, ...], str]] = [(0, (), "")]
    for i in range(len(choices) - 1, -1, -1):
        ranked = sorted(
            (rank + cost, (rank, *positions), choice + text)
            for rank, choice in enumerate(choices[i])
            for cost, positions, text in tail
        )
        tail = ranked[: sk.MAX_COMBINATIONS]
        result[i] = [text for _, _, text in tail]
    return result


def _reference_tokens(name: str | None) -> str:
    units = _reference_units(name or "")
    if not units:
        return ""
    full = _reference_combinations([u[0] for u in units])[: sk.MAX_START_POSITIONS]
    initials = _reference_combinations([u[1] for u in units])[: sk.MAX_START_POSITIONS]
    tokens: dict[str, None] = {}
    for rank in range(sk.MAX_COMBINATIONS):
        for start in range(len(full)):
            for combos in (full[start], initials[start]):
                if rank < len(combos):
                    tokens[combos[rank]] = None
    return " ".join(islice(tokens, sk.MAX_TOKENS))


def _reference_lead_tokens(name: str | None) -> str:
    units = _reference_units(name or "")
    if not units:
        return ""
    full = [units[0][0]] + [u[0][:1] for u in units[1:]]
    initials = [units[0][1]] + [u[1][:1] for u in units[1:]]
    tokens = _reference_combinations(full)[0] + _reference_combinations(initials)[0]
    return " ".join(dict.fromkeys(sk.LEAD + t for t in tokens))


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘欧阳司马诸葛"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红梅鑫波斌宇浩凯俊乐行重长朝"
_POLYPHONIC = "".join(sk.SURNAME_READINGS) + "重行长朝乐还会调传都着了地得一不校银率给参差"
_OTHER = "〇々𠀋𪚥丨㐀鿕物业深圳市南山区科技园有限公司第分号楼ABCabcXYZ0123456789éÉüÜ"
_PUNCTUATION = " ·-—_（）()[]【】,，、.。;；:'\"/&@#*"


def _many_names() -> list[str | None]:
    """Names of every kind: Chinese (common, polyphonic, compound surnames), mixed,
    Latin, digits, punctuation, rare and extension characters, long company names."""
    rng = random.Random(20240605)
    names: list[str | None] = [None, "", " ", "（）", "--", "·", "〇", "〇〇七", "张三丰", "单田芳"]
    names += ["长城物业", "重庆银行行长", "吕布", "女士", "José 李", "ABC物业", "3号楼物业"]
    names += ["深圳市长城重行乐单解覃曾物业服务有限公司第三分公司", "单解覃曾区", "单单单"]
    names += [
        "Li Na",
        "O'Brien",
        "ｚｈａｎｇ三",
        "王-芳",
        "李 四",
        "欧阳娜娜",
        "尉迟恭",
        "长孙无忌",
        "司马光",
        "诸葛亮",
    ]
    names += [ch + "小明" for ch in sk.SURNAME_READINGS]
    for _ in range(600):  # ordinary names
        surname = rng.choice(_SURNAMES)
        names.append(surname + "".join(rng.choices(_GIVEN, k=rng.randint(0, 2))))
    for _ in range(400):  # polyphonic characters anywhere
        names.append("".join(rng.choices(_POLYPHONIC + _GIVEN, k=rng.randint(1, 6))))
    pool = _SURNAMES + _GIVEN + _POLYPHONIC + _OTHER + _PUNCTUATION
    for _ in range(600):  # anything, up to company-name length
        names.append("".join(rng.choices(pool, k=rng.randint(0, 24))))
    return names


def test_pinyin_keys_equal_the_reference_for_many_names():
    for name in _many_names():
        expected = (_reference_lead_tokens(name), _reference_tokens(name))
        assert sk.pinyin_keys(name) == expected, name
        assert (sk.pinyin_lead_tokens(name), sk.pinyin_tokens(name)) == expected, name


def test_reading_in_context_equals_lazy_pinyin():
    runs = {"长城", "重庆银行行长", "朝阳", "银行", "行长", "都市", "还有", "〇〇七"}
    for name in _many_names():  # the Chinese runs as _units sees them
        for m in sk._CJK_OR_NOT.finditer(sk._nfkc(name).lower()):
            if sk.is_cjk(m.group()[0]):
                runs.add(m.group())
    for run in runs:
        assert sk._in_context(run) == lazy_pinyin(run, style=Style.NORMAL), run


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
