import ast
import random
import string
from datetime import date
from pathlib import Path

import pytest
from stdnum.cn import ric

from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.identifiers import IdType

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(first17: str) -> str:
    """A valid resident ID: the 17 digits and their ISO 7064 MOD 11-2 check digit."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def wrong_check(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def error(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value


# --- resident IDs ------------------------------------------------------------------------
def test_helper_agrees_with_a_known_valid_number():
    assert resident_id("11010519491231002") == "11010519491231002X"
    assert resident_id("36042619910101007") == "360426199101010071"


def test_known_resident_id_with_x():
    result = ids.check_resident_id("11010519491231002X")
    assert result == ids.ResidentId("11010519491231002X", date(1949, 12, 31), "female")


def test_resident_id_gender_from_17th_digit():
    assert ids.check_resident_id("360426199101010071").gender == "male"  # 7: odd
    assert ids.check_resident_id(resident_id("44030619850615004")).gender == "female"


def test_lowercase_x_spaces_hyphens_and_full_width_accepted():
    assert ids.check_resident_id("11010519491231002x").number == "11010519491231002X"
    assert ids.check_resident_id(" 110105 1949-1231 002x ").number == "11010519491231002X"
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    assert ids.check_resident_id(full_width).number == "11010519491231002X"


def test_unknown_birth_place_code_is_not_rejected():
    number = resident_id("99999920000229123")  # region 999999 exists nowhere; 2000 is a leap year
    result = ids.check_resident_id(number)
    assert result.number == number
    assert result.birth_date == date(2000, 2, 29)


def test_wrong_check_digit():
    e = error(ids.check_resident_id, "110105194912310021")
    assert e.field == "id_number"
    assert "check digit (the last character)" in e.message
    assert "Check the number on the card" in e.message
    assert e.params == {"value": "110105194912310021"}


def test_every_single_digit_typo_is_caught():
    number = resident_id("44030619850615004")
    for i in range(17):
        for d in "0123456789":
            if d == number[i]:
                continue
            typo = number[:i] + d + number[i + 1 :]
            with pytest.raises(ValidationError):
                ids.check_resident_id(typo)


def test_empty_resident_id():
    e = error(ids.check_resident_id, "   ", field="owner_id")
    assert e.field == "owner_id"
    assert "empty" in e.message
    assert e.params == {}


def test_wrong_length_says_how_many():
    e = error(ids.check_resident_id, "1101051949123100")
    assert e.params == {"value": "1101051949123100", "count": 16}
    assert "18" in e.message
    assert "has 16 characters" in e.english()


def test_old_15_digit_number():
    e = error(ids.check_resident_id, "110105491231002")
    assert "15-digit" in e.message
    assert e.params == {"value": "110105491231002"}


@pytest.mark.parametrize("text", ["11010519491231002A", "1101051949123100X2", "11010519491231.02X"])
def test_bad_characters(text):
    e = error(ids.check_resident_id, text)
    assert "not allowed" in e.message
    assert "last character may be X" in e.message


def test_impossible_birth_date():
    e = error(ids.check_resident_id, resident_id("11010519490230002"))
    assert e.params["digits"] == "19490230"
    assert "impossible birth date" in e.message


def test_birth_date_in_the_future_or_before_1900():
    e = error(ids.check_resident_id, resident_id("11010529990101002"))
    assert e.params["birth_date"] == "2999-01-01"
    assert "future or before 1900" in e.message
    e = error(ids.check_resident_id, resident_id("11010518991231002"))
    assert e.params["birth_date"] == "1899-12-31"


def _outcome(call, *args, **kwargs) -> tuple:
    """A call's result, or its error with everything the clerk is shown."""
    try:
        return ("result", call(*args, **kwargs))
    except ValidationError as e:
        return ("error", type(e), e.message, e.field, e.params)


def _birth_date_outcome(call, number: str) -> object:
    try:
        return call(number)
    except ValueError:  # stdnum's InvalidComponent is a ValueError
        return "impossible"


def test_resident_id_helpers_equal_stdnum():
    """check_resident_id computes the birth date and check character itself (stdnum's
    compact took half its time); both must agree with stdnum on anything of the shape."""
    rng = random.Random(11643)
    other_digits = "٠١٢٣٤٥٦٧٨٩०१२३४५६७८९"  # \d matches them; NFKC keeps them
    numbers = ["11010519491231002X", "360426199101010071", "11010519490230002X"]
    for _ in range(3000):
        body = "".join(rng.choices("0123456789", k=17))
        if rng.random() < 0.5:  # a plausible date, sometimes impossible (day 29-31)
            day = f"{rng.randint(1850, 2030)}{rng.randint(0, 13):02d}{rng.randint(0, 32):02d}"
            body = body[:6] + day + body[14:]
        if rng.random() < 0.1:
            i = rng.randrange(17)
            body = body[:i] + rng.choice(other_digits) + body[i + 1 :]
        numbers.append(body + rng.choice("0123456789X"))
        numbers.append(resident_id(body) if body.isascii() else body + "X")
    for number in numbers:
        assert ids._looks_like_resident_id(number), number
        assert ids._check_character(number) == ric.calc_check_digit(number), number
        expected = _birth_date_outcome(ric.get_birth_date, number)
        assert _birth_date_outcome(ids._birth_date, number) == expected, number
    valid = [n for n in numbers if n.isascii() and ids._check_character(n) == n[-1]]
    assert len(valid) > 2500  # the generated numbers do reach the last checks


# --- other documents -----------------------------------------------------------------------
def test_id_type_values():
    assert [t.value for t in IdType] == [
        "resident_id",
        "passport",
        "hk_macau_permit",
        "taiwan_permit",
        "foreign_pr",
        "other",
    ]


def test_normalise_document():
    assert ids.normalise_document(" e 1234-5678 ") == "E12345678"
    assert ids.normalise_document("ｅ１２３４５６７８") == "E12345678"
    assert ids.normalise_document(None) == ""


def test_check_id_document_resident_and_others():
    assert ids.check_id_document(IdType.RESIDENT_ID, "11010519491231002x") == "11010519491231002X"
    with pytest.raises(ValidationError):
        ids.check_id_document(IdType.RESIDENT_ID, "110105194912310021")
    assert ids.check_id_document(IdType.PASSPORT, "e 1234-5678") == "E12345678"
    assert ids.check_id_document("hk_macau_permit", "h1234567801") == "H1234567801"
    assert ids.check_id_document(IdType.FOREIGN_PR, "USA110079060101") == "USA110079060101"


def test_check_id_document_uscc_value_routes_to_uscc():
    assert ids.check_id_document("uscc", "91350100m000100y43") == "91350100M000100Y43"
    e = error(ids.check_id_document, "uscc", "91350100M000100Y44", field="doc")
    assert e.field == "doc"
    assert "check character" in e.message


def test_check_id_document_errors():
    e = error(ids.check_id_document, IdType.PASSPORT, "E12", field="doc")
    assert e.field == "doc"
    assert e.params == {"value": "E12", "count": 3}
    e = error(ids.check_id_document, IdType.PASSPORT, "E1234567#")
    assert "not allowed" in e.message
    e = error(ids.check_id_document, IdType.OTHER, "A" * 31)
    assert e.params["count"] == 31
    e = error(ids.check_id_document, IdType.TAIWAN_PERMIT, "")
    assert "empty" in e.message
    with pytest.raises(ValueError):
        ids.check_id_document("driving_licence", "E12345678")


def test_birth_date_matches():
    ids.check_birth_date_matches("11010519491231002X", date(1949, 12, 31))
    ids.check_birth_date_matches("11010519491231002X", None)
    ids.check_birth_date_matches("E12345678", date(1990, 1, 1))  # a passport: nothing to compare
    e = error(ids.check_birth_date_matches, "11010519491231002x", date(1949, 12, 13))
    assert e.field == "birth_date"
    assert e.params == {
        "birth_date": "1949-12-13",
        "id_birth_date": "1949-12-31",
        "id_number": "11010519491231002X",
    }
    assert "1949-12-13" in e.english() and "1949-12-31" in e.english()


# --- unified social credit code -------------------------------------------------------------
@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L"])
def test_valid_uscc(code):
    assert ids.check_uscc(code) == code


def test_uscc_normalised():
    assert ids.check_uscc(" 9135 0100-m000100y43 ") == "91350100M000100Y43"
    assert ids.check_uscc("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


def test_uscc_wrong_check_character():
    e = error(ids.check_uscc, "91350100M000100Y44")
    assert e.field == "uscc"
    assert "wrong check character (the last character)" in e.message
    assert e.params == {"value": "91350100M000100Y44"}


def test_uscc_length_and_characters():
    e = error(ids.check_uscc, "91350100M000100Y4")
    assert e.params == {"value": "91350100M000100Y4", "count": 17}
    e = error(ids.check_uscc, "91350100M0001O0Y43")  # letter O
    assert "except I, O, Z, S and V" in e.message
    e = error(ids.check_uscc, "913501A0M000100Y43")  # region code with a letter
    assert "characters 3 to 8 are digits" in e.message
    e = error(ids.check_uscc, "", field="company_code")
    assert e.field == "company_code"


def test_uscc_may_start_with_letters():
    from stdnum.cn import uscc

    body = "N2440106MA59XXXX0"  # a rural collective's code starts with N
    code = body + uscc.calc_check_digit(body + "0")
    assert ids.check_uscc(code) == code


# --- phones -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800000000", "13800000000"),
        ("+86 138 0000 0000", "13800000000"),
        ("+8613800000000", "13800000000"),
        ("0086 138-0000-0000", "13800000000"),
        ("86 13800000000", "13800000000"),
        ("138.0000.0000", "13800000000"),
        ("１３８ ０００００ ０００", "13800000000"),
        ("010-12345678", "01012345678"),
        ("(010) 1234 5678", "01012345678"),
        ("0755 8888 6666", "075588886666"),
        ("０２０－１２３４５６７８", "02012345678"),
        ("+86 10 12345678", "01012345678"),
        ("400-123-4567", "4001234567"),
        ("+852 9123 4567", "+85291234567"),
        ("00852 9123 4567", "+85291234567"),
        ("+853 6612 3456", "+85366123456"),
        ("+886 912 345 678", "+886912345678"),
        ("+1 650-253-0000", "+16502530000"),
    ],
)
def test_normalise_phone(typed, stored):
    assert ids.normalise_phone(typed) == stored


def test_invalid_mobile():
    e = error(ids.normalise_phone, "123 4567 8901")
    assert e.field == "phone"
    assert "not a valid mainland mobile number" in e.message
    assert "11 digits starting with 1" in e.message
    assert e.params == {"value": "123 4567 8901"}


def test_landline_without_area_code():
    e = error(ids.normalise_phone, "8888-6666", field="mobile")
    assert e.field == "mobile"
    assert "area code" in e.message
    e = error(ids.normalise_phone, "5551234")
    assert "area code" in e.message


def test_empty_phone():
    e = error(ids.normalise_phone, "  ")
    assert "phone number is required" in e.message


@pytest.mark.parametrize("typed", ["1-800-FLOWERS", "138 0000 000a", "138+00000000"])
def test_phone_with_letters_or_stray_plus(typed):
    assert "not allowed" in error(ids.normalise_phone, typed).message


@pytest.mark.parametrize("typed", ["020-1234567", "+852 1234", "1380000000", "0000"])
def test_invalid_phone(typed):
    e = error(ids.normalise_phone, typed)
    assert "is not valid" in e.message or "mainland mobile" in e.message


def _phone_inputs() -> list[str | None]:
    """Mobiles valid and not (every prefix 100-199 and the finer 14x-19x ranges), in every
    way clerks type them, landlines, service numbers, foreign numbers, extensions, junk."""
    rng = random.Random(86)
    mobiles = [f"{p}{rng.randrange(10**8):08d}" for p in range(100, 200) for _ in range(3)]
    mobiles += [f"{p}{rng.randrange(10**7):07d}" for p in range(1400, 2000) for _ in range(1)]
    mobiles += ["13800000000", "17400000000", "17406000000", "16100000000", "16200000000"]
    full_width = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    inputs: list[str | None] = []
    for m in mobiles:
        inputs += [m, "+86" + m, "0086" + m, "86" + m, "+86 " + m, "86-" + m, "(+86) " + m]
        inputs += [f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]}.{m[3:7]}.{m[7:]}", f" {m} "]
        inputs += [m.translate(full_width), ("+86 " + m).translate(full_width)]
        inputs += [m[:-1], m + "0", "0" + m, "+8" + m, "+860" + m, "+85" + m, "860" + m]
        inputs += [m + "-123", m + " ext 12", m + "转8", m + "#1", m.translate(arabic)]
        inputs += [m[:3] + m[3:].translate(arabic)]  # phonenumbers reads other digits too
    inputs += [
        *("010-12345678", "(010) 1234 5678", "0755 8888 6666", "０２０－１２３４５６７８"),
        *("+86 10 12345678", "8610 12345678", "020-1234567", "021-1234-5678", "0571-8888888"),
        *("010-12345678-123", "010-12345678 转 123", "8888-6666", "5551234", "88886666"),
        *("400-123-4567", "800-123-4567", "4001234567", "95588", "12345", "110", "10086"),
        *("+852 9123 4567", "00852 9123 4567", "+853 6612 3456", "+886 912 345 678"),
        *("+1 650-253-0000", "+44 20 7946 0958", "+852 1234", "+86", "+", "00", "86", "0"),
        *("1-800-FLOWERS", "138 0000 000a", "138+00000000", "++8613800000000", "abc"),
        *("", " ", "\t", None, "——", "13800000000\n", "１３８ ０００００ ０００", "0000"),
    ]
    return inputs


def test_mobile_fast_path_returns_what_phonenumbers_returns():
    """normalise_phone skips phonenumbers for mainland mobiles; every answer (stored
    form, or the error's message, field and values) must be the library path's."""
    fast = 0
    for typed in _phone_inputs():
        expected = _outcome(ids._normalise_phone_by_library, typed, "mobile")
        assert _outcome(ids.normalise_phone, typed, "mobile") == expected, typed
        if ids._plain_mobile(typed) is not None:
            fast += 1
            assert expected == ("result", ids._plain_mobile(typed)), typed
    assert fast > 2000  # the fast path is taken, and for every prefix form


@pytest.mark.parametrize(
    "typed", ["13800000000", "+86 138 0000 0000", "0086 138-0000-0000", "86 13800000000"]
)
def test_common_mobile_shapes_take_the_fast_path(typed):
    assert ids._plain_mobile(typed) == "13800000000"


@pytest.mark.parametrize("typed", ["12345678901", "14000000000", "17900000000", "1380000000"])
def test_numbers_outside_the_mobile_ranges_go_to_the_library(typed):
    assert ids._plain_mobile(typed) is None


def test_format_phone():
    assert ids.format_phone("13800000000") == "138 0000 0000"
    assert ids.format_phone("01012345678") == "01012345678"
    assert ids.format_phone("+85291234567") == "+85291234567"
    assert ids.format_phone(None) == ""


# --- plates -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("粤B12345", "粤B12345"),
        ("粤B·12345", "粤B12345"),
        ("粤b-123 45", "粤B12345"),
        ("粤Ｂ１２３４５", "粤B12345"),
        ("京AD12345", "京AD12345"),  # new-energy small car: D third
        ("京A12345F", "京A12345F"),  # new-energy large vehicle: F last
        ("沪A1234挂", "沪A1234挂"),
        ("粤Z1234港", "粤Z1234港"),
        ("川A•AB123", "川AAB123"),
    ],
)
def test_normalise_plate(typed, stored):
    assert ids.normalise_plate(typed) == stored


def test_plate_bad_province():
    e = error(ids.normalise_plate, "XB12345")
    assert e.field == "plate"
    assert "province abbreviation such as 粤 or 京" in e.message
    assert "province" in error(ids.normalise_plate, "港B12345").message


@pytest.mark.parametrize("typed", ["粤BI2345", "粤B1234O", "粤O12345"])
def test_plate_letters_i_and_o(typed):
    assert "I or O" in error(ids.normalise_plate, typed).message


def test_plate_length():
    e = error(ids.normalise_plate, "粤B1234")
    assert e.params == {"value": "粤B1234", "count": 6}
    assert "7" in e.message and "8" in e.message
    assert error(ids.normalise_plate, "粤B1234567").params["count"] == 9


def test_plate_other_errors():
    assert "letter after the province" in error(ids.normalise_plate, "粤112345").message
    assert "new-energy" in error(ids.normalise_plate, "粤B123456").message  # no D/F
    assert "not allowed" in error(ids.normalise_plate, "粤B12挂45").message
    assert "empty" in error(ids.normalise_plate, " · ").message


# --- masking and accounts --------------------------------------------------------------------
def test_masks():
    assert ids.mask_id("110105199001011234") == "110105********1234"
    assert ids.mask_id("11010519491231002X") == "110105********002X"
    assert ids.mask_id("E12345678") == "*****5678"
    assert ids.mask_id("") == "" and ids.mask_id(None) == ""
    assert ids.mask_phone("13800000000") == "138****0000"
    assert ids.mask_phone("+85291234567") == "+85*****4567"
    assert ids.mask_phone(None) == ""
    assert ids.mask_account("6222021234567890") == "****7890"
    assert ids.mask_account("4420-1234-1234") == "****1234"
    assert ids.mask_account("") == ""


def test_account_number():
    assert ids.normalise_account_number(" 4420 1234-5678 9012 ") == "4420123456789012"
    assert ids.normalise_account_number("４４２０１２３４") == "44201234"
    e = error(ids.normalise_account_number, "1234567")
    assert e.params == {"value": "1234567", "count": 7}
    assert e.field == "account_number"
    assert "not allowed" in error(ids.normalise_account_number, "4420A1234567").message
    assert error(ids.normalise_account_number, "1" * 31).params["count"] == 31
    assert "empty" in error(ids.normalise_account_number, "").message


# --- message templates ----------------------------------------------------------------------
def _validation_calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError":
            yield node


def test_every_message_is_marked_and_its_placeholders_are_passed():
    path = Path(ids.__file__)
    calls = list(_validation_calls(path))
    assert len(calls) >= 20
    for call in calls:
        marker = call.args[0]
        assert isinstance(marker, ast.Call) and marker.func.id == "QT_TRANSLATE_NOOP"
        context, template = (ast.literal_eval(a) for a in marker.args)
        assert context == "Errors"
        placeholders = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        passed = {k.arg for k in call.keywords} - {"field"}
        assert placeholders == passed, (call.lineno, template)
        assert "field" in {k.arg for k in call.keywords}, call.lineno
