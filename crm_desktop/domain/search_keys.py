"""Search keys stored with every customer, and what a typed query should search.

* :func:`name_chars` — the name's characters one per token, for an FTS5 ``unicode61``
  index: a one-character query (a surname) matches.
* :func:`pinyin_tokens` — full pinyin and initials of every suffix of the name, so a
  prefix query on the tokens finds "张三丰" from "zhangsan", "zsf", "sanfeng" or "sf".
  Every reading of a polyphonic character is indexed (单 dan/shan/chan, 曾 zeng/ceng …).
* :func:`reverse_key` — a document number reversed, to find it by its last digits with
  a prefix range query.
* :func:`classify_query` — which of those searches a query should run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from crm_desktop.domain.identifiers import PLATE_PROVINCES, normalise_document

# Readings to try first when the character starts a person's name (a surname), and
# to add if pypinyin's heteronyms lack them. pypinyin lists the commonest reading
# first, which for these characters is not the surname reading (单 dan → Shan).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "覃": ("qin",),
    "解": ("xie",),
    "区": ("ou",),
    "仇": ("qiu",),
    "朴": ("piao",),
    "查": ("zha",),
    "翟": ("zhai",),
    "缪": ("miao",),
    "尉": ("yu", "wei"),  # 尉迟 Yuchi, 尉 Wei
    "乐": ("yue", "le"),
    "盛": ("sheng",),
    "召": ("shao",),
    "秘": ("bi",),
    "繁": ("po",),
    "句": ("gou",),
    "莘": ("shen",),
    "隗": ("wei",),
    "员": ("yun",),
    "贲": ("ben",),
    "宓": ("mi",),
    "便": ("pian",),
    "折": ("she",),
    "盖": ("ge",),
    "种": ("chong",),
    "长": ("chang", "zhang"),  # 长孙 Zhangsun
}

MAX_COMBINATIONS = 32  # reading combinations per start position (full, and initials)
MAX_START_POSITIONS = 8  # long (company) names: suffixes starting in the first 8 units
MAX_TOKENS = 200

_CJK = re.compile(
    "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f]"
)
_CJK_OR_NOT = re.compile(f"{_CJK.pattern}+|(?:(?!{_CJK.pattern}).)+", re.DOTALL)
_ASCII_ALNUM = re.compile(r"[a-z0-9]+")


def _nfkc(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "")


def is_cjk(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extensions, compatibility, 〇)."""
    return _CJK.fullmatch(ch) is not None


# --- characters ---------------------------------------------------------------------------
def name_chars(name: str | None) -> str:
    """Every letter and digit of the name as its own lower-case token: "张三丰" → "张 三 丰",
    "ABC物业" → "a b c 物 业"; spaces and punctuation ("（）()·.,、-") are dropped."""
    text = _nfkc(name).lower()
    return " ".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def query_chars(query: str | None) -> str:
    """The :func:`name_chars` transform of what the clerk typed: "张三" → "张 三"."""
    return name_chars(query)


# --- pinyin -------------------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _readings(ch: str, in_context: str, surname: bool) -> tuple[str, ...]:
    """Every reading of one character, toneless, ü as v, the likeliest first: a leading
    surname's surname reading, then the reading pypinyin gives in context (长城 chang),
    then its heteronyms in pypinyin's order (the common reading first)."""
    from pypinyin import Style, pinyin  # 0.3 s to import: only writers need it

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    preferred = SURNAME_READINGS.get(ch, ()) if surname else ()
    candidates = [*preferred, in_context, *(r for group in found for r in group)]
    candidates += SURNAME_READINGS.get(ch, ())
    readings = (r.lower().replace("ü", "v") for r in candidates)
    return tuple(dict.fromkeys(r for r in readings if r.isascii() and r.isalpha()))


def _latin(text: str) -> str:
    """Letters without accents: "José" → "jose" (for the non-Chinese parts of a name)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def _word_readings(word: str) -> tuple[str, ...]:
    """pypinyin's reading of one segmented word (cached: names share their characters).

    ``lazy_pinyin`` converts each word of its segmentation on its own, and a word passed
    in a list is not segmented again, so joining these equals ``lazy_pinyin(run)``.
    """
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin([word], style=Style.NORMAL, errors="default"))


def _in_context(run: str) -> list[str]:
    """``lazy_pinyin(run)`` (the reading of each character in context) at a fraction of
    the cost: the run is segmented once and each word's reading comes from a cache."""
    from pypinyin.seg.simpleseg import seg

    return [reading for word in seg(run) for reading in _word_readings(word)]


def _units(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The name as units, each with its readings and their initials: one per Chinese
    character, one per run of Latin letters/digits (its own reading and initials)."""
    units: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for match in _CJK_OR_NOT.finditer(_nfkc(name).lower()):
        run = match.group()
        if not is_cjk(run[0]):
            units.extend(((w,), (w,)) for w in _ASCII_ALNUM.findall(_latin(run)))
            continue
        in_context = _in_context(run)
        if len(in_context) != len(run):  # not one reading per character: go without
            in_context = [""] * len(run)
        for ch, reading in zip(run, in_context, strict=True):
            readings = _readings(ch, reading, surname=not units)
            if readings:
                units.append((readings, tuple(dict.fromkeys(r[0] for r in readings))))
    return units


def _suffix_combinations(choices: list[tuple[str, ...]]) -> list[list[str]]:
    """For each start position i, the likeliest (at most MAX_COMBINATIONS) concatenations
    of one choice per unit i..end.

    A combination's rank is the sum of its choices' positions in their lists (0 = the
    likeliest), ties broken by those positions in order; keeping the best few of each
    suffix is exact, since a combination's tail is itself among its suffix's best.
    """
    result: list[list[str]] = [[] for _ in choices]
    tail: list[tuple[int, tuple[int, ...], str]] = [(0, (), "")]
    for i in range(len(choices) - 1, -1, -1):
        if len(choices[i]) == 1:  # most characters: prefixing keeps the order, no sort
            choice = choices[i][0]
            tail = [(cost, (0, *positions), choice + text) for cost, positions, text in tail]
        else:
            ranked = sorted(
                (rank + cost, (rank, *positions), choice + text)
                for rank, choice in enumerate(choices[i])
                for cost, positions, text in tail
            )
            tail = ranked[:MAX_COMBINATIONS]
        result[i] = [text for _, _, text in tail]
    return result


def pinyin_tokens(name: str | None) -> str:
    """Space-separated pinyin search tokens of a name (deduplicated, lower-case ASCII).

    For each start position: the full readings of the name from there to the end
    ("zhangsanfeng", "sanfeng", "feng") and their initials ("zsf", "sf", "f"). A
    polyphonic character contributes every reading (cartesian product, the likeliest
    32 per start position; a leading surname's surname reading counts as likeliest,
    then the reading in context: 长城 chang); ü is written v (吕 → "lv"). Latin letters
    and digits stay as they are ("ABC物业" → "abcwuye", "abcwy", "wuye", "wy", …). Only
    the first 8 units start suffixes and at most 200 tokens are kept, taking each start
    position's likeliest first.
    """
    return _all_tokens(_units(name or ""))


LEAD = "0"  # marks tokens that start at the name's first character


def pinyin_lead_tokens(name: str | None) -> str:
    """The likeliest readings from the first character on, marked with LEAD ("0zsf",
    "0zhangsanfeng"): the search lists names that *begin* with what was typed, read
    the usual way, first. So "zs" puts 张三 before 深圳市… ("zs" from the second
    character) and before 周俊… (俊 read "shun", a rare reading). The surname keeps
    every reading (单 shan and dan); the other characters their commonest one. Every
    other reading stays in :func:`pinyin_tokens`, found after these.
    """
    return _lead_tokens(_units(name or ""))


def pinyin_keys(name: str | None) -> tuple[str, str]:
    """``(pinyin_lead_tokens(name), pinyin_tokens(name))`` reading the name once: the
    readings are most of the cost of a customer's search keys (bulk imports)."""
    units = _units(name or "")
    return _lead_tokens(units), _all_tokens(units)


def _all_tokens(units: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> str:
    if not units:
        return ""
    full = _suffix_combinations([u[0] for u in units])[:MAX_START_POSITIONS]
    initials = _suffix_combinations([u[1] for u in units])[:MAX_START_POSITIONS]
    lists = [combos for start in range(len(full)) for combos in (full[start], initials[start])]
    tokens: dict[str, None] = {}
    for rank in range(max(map(len, lists))):  # rank by rank, start by start
        for combos in lists:
            if rank < len(combos):
                tokens[combos[rank]] = None
    return " ".join(islice(tokens, MAX_TOKENS))


def _lead_tokens(units: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> str:
    if not units:
        return ""
    full = [units[0][0]] + [u[0][:1] for u in units[1:]]
    initials = [units[0][1]] + [u[1][:1] for u in units[1:]]
    tokens = _suffix_combinations(full)[0] + _suffix_combinations(initials)[0]
    return " ".join(dict.fromkeys(LEAD + t for t in tokens))


def _pinyin_normal(q: str | None) -> str:
    text = _nfkc(q).lower().replace("ü", "v")
    return re.sub(r"[\s']+", "", text)


def is_pinyin_query(q: str | None) -> bool:
    """Only ASCII letters (after NFKC, lower-casing, removing spaces and apostrophes;
    ü counts as v), 1 to 30 of them."""
    text = _pinyin_normal(q)
    return 1 <= len(text) <= 30 and text.isascii() and text.isalpha()


def pinyin_query(q: str | None) -> str:
    """The query as matched against :func:`pinyin_tokens`: "Zhang San" → "zhangsan"."""
    return _pinyin_normal(q)


# --- digits, documents, query kinds ------------------------------------------------------
def digits_only(text: str | None) -> str:
    """The ASCII digits of the text after NFKC (full-width digits count)."""
    return re.sub(r"[^0-9]", "", _nfkc(text))


def reverse_key(text: str | None) -> str:
    """The normalised document number reversed: "11010519491231002x" → "X20013219491501011".

    An index on it finds numbers by their last characters with a prefix (range) query.
    """
    return normalise_document(text)[::-1]


_DIGITS_SEPARATED = re.compile(r"\d+(?:[\s\-]+\d+)*")
_DIGITS_HYPHENATED = re.compile(r"\d+(?:\s*-\s*\d+)+")
_PHONE_INTERNATIONAL = re.compile(r"\+\s*\d[\d\s\-]*")
_ID_TAIL = re.compile(r"\d+X")
_LETTERS_AND_DIGITS = re.compile(r"(?=.*[A-Z])(?=.*\d)[A-Z0-9\-]+")
_PLATE_START = re.compile(f"[{PLATE_PROVINCES}][A-Z][A-Z0-9]*")
_PLATE_SEPARATORS = re.compile(r"[\s·•.\-\u30fb]+")


def classify_query(q: str | None) -> set[str]:
    """Which searches a query should run: a subset of {"name", "pinyin", "phone",
    "id_tail", "plate", "room"}. The query is NFKC-normalised and upper-cased first.

    * contains a Chinese character → {"name"}, plus "plate" if it is the start of a
      plate (a province abbreviation, a letter, then letters/digits: "粤B", "京A12");
    * only letters (spaces, apostrophes allowed) → {"pinyin"};
    * digits with a hyphen between them ("3-2-1501", "138-0000-0000") → {"room", "phone"};
    * digits, maybe spaced → {"id_tail", "room"}, plus "phone" from 3 digits on
      ("id_tail" only up to 18 digits);
    * "+" then digits → {"phone"};
    * digits ending with X ("002X") → {"id_tail"};
    * letters mixed with digits ("B12345", "A1", "1501A", "B-101") → {"plate", "room"};
    * anything else (mixed punctuation) → {"name"};
    * blank → set().
    """
    text = _nfkc(q).strip().upper()
    if not text:
        return set()
    if any(is_cjk(ch) for ch in text):
        kinds = {"name"}
        if _PLATE_START.fullmatch(_PLATE_SEPARATORS.sub("", text)):
            kinds.add("plate")
        return kinds
    if is_pinyin_query(text):
        return {"pinyin"}
    if _DIGITS_HYPHENATED.fullmatch(text):
        return {"room", "phone"}
    if _DIGITS_SEPARATED.fullmatch(text):
        digits = digits_only(text)
        kinds = {"room"}
        if len(digits) >= 3:
            kinds.add("phone")
        if len(digits) <= 18:
            kinds.add("id_tail")
        return kinds
    if _PHONE_INTERNATIONAL.fullmatch(text):
        return {"phone"}
    compact = re.sub(r"\s+", "", text)
    if _ID_TAIL.fullmatch(compact):
        return {"id_tail"}
    if _LETTERS_AND_DIGITS.fullmatch(compact):
        return {"plate", "room"}
    return {"name"}
