"""Checking and normalising the identifiers a clerk types: documents, codes, phones, plates.

Checksums come from python-stdnum (resident ID GB 11643-1999, unified social credit
code GB 32100-2015) and phone rules from phonenumbers (libphonenumber's metadata);
this module only maps their verdicts to messages that tell the clerk what is wrong
and how to fix it. Every function first applies NFKC, so full-width digits and
letters typed with a Chinese input method become ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

import phonenumbers
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

from crm_desktop.domain import clock
from crm_desktop.domain.enums import Gender
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP


class IdType(StrEnum):
    """The kind of personal document (values equal those of ``enums.DocumentType``)."""

    RESIDENT_ID = "resident_id"  # 居民身份证
    PASSPORT = "passport"  # 护照
    HK_MACAU_PERMIT = "hk_macau_permit"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    FOREIGN_PR = "foreign_pr"  # 外国人永久居留身份证
    OTHER = "other"


# Hyphen-like characters people paste from documents and web pages (NFKC already
# turns the full-width "－" into "-").
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_DOCUMENT_JUNK = re.compile(f"[\\s{_DASHES}]+")


def _nfkc(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "")


def normalise_document(text: str | None) -> str:
    """NFKC, strip, remove inner spaces and hyphens, uppercase: " 1101 0519-491231002x" →
    "11010519491231002X"."""
    return _DOCUMENT_JUNK.sub("", _nfkc(text).strip()).upper()


# --- resident ID card (居民身份证, GB 11643-1999) --------------------------------------------
@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    gender: str  # "male"/"female" (a Gender member) from the 17th digit: odd = male


_RESIDENT_ID_SHAPE = re.compile(r"\d{17}[\dX]")
_EARLIEST_BIRTH = date(1900, 1, 1)


def _looks_like_resident_id(number: str) -> bool:
    return _RESIDENT_ID_SHAPE.fullmatch(number) is not None


def _birth_date(number: str) -> date:
    """stdnum's ``ric.get_birth_date`` without its ``compact`` (half its cost), which
    changes nothing in a normalised number of the resident ID shape. ValueError if
    impossible."""
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def _check_character(number: str) -> str:
    """stdnum's ``ric.calc_check_digit``: the check character the first 17 give."""
    checksum = (1 - 2 * int(number[:-1], 13)) % 11
    return "X" if checksum == 10 else str(checksum)


def check_resident_id(text: str | None, field: str = "id_number") -> ResidentId:
    """Check an 18-character resident ID number and return it normalised with the birth date
    and gender it encodes.

    The birth-place code (characters 1-6) is not checked: stdnum's ``validate`` rejects
    codes missing from its region list, and cards issued under since-renamed counties
    are still valid. Raises ``ValidationError`` with ``field`` on any problem.
    """
    number = normalise_document(text)
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number is empty. Type the 18 characters printed on the ID card.",
            ),
            field=field,
        )
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} is an old 15-digit number. Type the 18-character "
                "number printed on the current ID card.",
            ),
            field=field,
            value=number,
        )
    if len(number) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} has {count} characters, but a resident ID number has "
                "18. Check the number on the card and type it again.",
            ),
            field=field,
            value=number,
            count=len(number),
        )
    if not _looks_like_resident_id(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} contains characters that are not allowed. A resident "
                "ID number has only digits; just the last character may be X.",
            ),
            field=field,
            value=number,
        )
    try:
        birth = _birth_date(number)
    except ValueError:  # no such day
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} has an impossible birth date {digits} in characters "
                "7 to 14 (year, month, day). Check the number on the card and type it again.",
            ),
            field=field,
            value=number,
            digits=number[6:14],
        ) from None
    if birth > clock.today() or birth < _EARLIEST_BIRTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} gives the birth date {birth_date}, which is in the "
                "future or before 1900. Check characters 7 to 14 against the card.",
            ),
            field=field,
            value=number,
            birth_date=birth.isoformat(),
        )
    if _check_character(number) != number[-1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number {value} has a wrong check digit (the last character), so one "
                "of its characters was mistyped. Check the number on the card and type it "
                "again.",
            ),
            field=field,
            value=number,
        )
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number=number, birth_date=birth, gender=gender)


_DOCUMENT_SHAPE = re.compile(r"[A-Z0-9]+")


def check_id_document(id_type: IdType | str, text: str | None, field: str = "id_number") -> str:
    """Check a personal document number of the given kind and return it normalised.

    A resident ID is fully checked (:func:`check_resident_id`); passports, permits and
    other documents have no public checksum, so they only need 5 to 30 letters and
    digits. ``id_type`` may also be an ``enums.DocumentType``; its ``"uscc"`` value is
    checked as a unified social credit code (:func:`check_uscc`).
    """
    kind = str(id_type.value if isinstance(id_type, StrEnum) else id_type)
    if kind == IdType.RESIDENT_ID:
        return check_resident_id(text, field).number
    if kind == "uscc":
        return check_uscc(text, field)
    IdType(kind)  # an unknown kind is a programming error: ValueError
    number = normalise_document(text)
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document number is empty. Type the number printed on the document.",
            ),
            field=field,
        )
    if _DOCUMENT_SHAPE.fullmatch(number) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document number {value} contains characters that are not allowed. Type "
                "only the letters A-Z and digits printed on the document.",
            ),
            field=field,
            value=number,
        )
    if not 5 <= len(number) <= 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document number {value} has {count} characters; a document number has "
                "5 to 30. Check the number on the document and type it again.",
            ),
            field=field,
            value=number,
            count=len(number),
        )
    return number


def check_birth_date_matches(id_number: str | None, birth_date: date | None) -> None:
    """Raise ``ValidationError`` (field ``birth_date``) if ``id_number`` is a resident ID
    whose embedded birth date differs from ``birth_date``.

    Nothing is checked when either is missing or the number is not shaped like a
    resident ID (a passport, or a number that fails its own check first).
    """
    if birth_date is None:
        return
    number = normalise_document(id_number)
    if not _looks_like_resident_id(number):
        return
    try:
        embedded = _ric.get_birth_date(number)
    except Exception:
        return
    if embedded != birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The birth date {birth_date} does not match the date {id_birth_date} in the "
                "ID number {id_number}. Correct the birth date or the ID number.",
            ),
            field="birth_date",
            birth_date=birth_date.isoformat(),
            id_birth_date=embedded.isoformat(),
            id_number=number,
        )


# --- unified social credit code (统一社会信用代码, GB 32100-2015) ----------------------------
_USCC_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")  # no I, O, Z, S, V


def check_uscc(text: str | None, field: str = "uscc") -> str:
    """Check an 18-character unified social credit code and return it normalised.

    Characters 3-8 (the region code) must be digits; the first two (registering
    authority and entity type) may be letters: e.g. rural collectives' codes start
    with N. (stdnum's ``validate`` insists on 8 leading digits, so only its check
    character calculation is used.)
    """
    code = normalise_document(text)
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code is empty. Type the 18 characters printed on "
                "the business licence.",
            ),
            field=field,
        )
    if len(code) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code {value} has {count} characters, but the code "
                "has 18. Check the code on the business licence and type it again.",
            ),
            field=field,
            value=code,
            count=len(code),
        )
    if any(ch not in _USCC_ALPHABET for ch in code) or not code[2:8].isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code {value} contains characters that are not "
                "allowed. The code uses digits and capital letters except I, O, Z, S and V, "
                "and characters 3 to 8 are digits. Check the code on the business licence.",
            ),
            field=field,
            value=code,
        )
    if _uscc.calc_check_digit(code) != code[-1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code {value} has a wrong check character (the "
                "last character), so one of its characters was mistyped. Check the code on "
                "the business licence and type it again.",
            ),
            field=field,
            value=code,
        )
    return code


# --- phone numbers -------------------------------------------------------------------------
_PHONE_SEPARATORS = re.compile(f"[\\s{_DASHES}.()]+")
_MOBILE = re.compile(r"1\d{10}")


def _invalid_phone(value: str, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The phone number {value} is not valid. Type a mobile number (11 digits), a "
            "landline with its area code (e.g. 020-12345678), or a Hong Kong, Macau, Taiwan or "
            "foreign number starting with + and the country code.",
        ),
        field=field,
        value=value,
    )


def normalise_phone(text: str | None, field: str = "phone") -> str:
    """Check a phone number and return its stored form.

    Mainland mobiles → 11 digits ("13800000000", whether typed with +86, 0086 or 86);
    mainland landlines and 400/800 numbers → digits with the trunk 0 ("01012345678");
    numbers typed with + or 00 and another country code → E.164 ("+85291234567").
    Accepts spaces, hyphens, dots, parentheses and full-width digits.
    """
    mobile = _plain_mobile(text)
    if mobile is not None:
        return mobile
    return _normalise_phone_by_library(text, field)


# A mainland mobile, perhaps after +86, 0086 or 86 (ASCII digits: NFKC made full-width
# ones ASCII). 11, 12 and 179 start carrier and international prefixes in China's
# numbering plan, which phonenumbers strips: those numbers take the library path.
_PLAIN_MOBILE = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")


@cache
def _mobile_pattern() -> re.Pattern[str]:
    """phonenumbers' pattern of mainland mobile numbers (its metadata, so new ranges are
    followed)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    return re.compile(metadata.mobile.national_number_pattern)


def _plain_mobile(text: str | None) -> str | None:
    """The stored form of a valid mainland mobile, or None for anything else.

    phonenumbers takes 40 µs a number, most of an import's validation; for a number in
    its own mobile pattern it returns those 11 digits, whichever prefix was typed
    (tests/domain/test_identifiers.py compares both over generated numbers).
    """
    compact = _PHONE_SEPARATORS.sub("", _nfkc(text).strip())
    match = _PLAIN_MOBILE.fullmatch(compact)
    if match is None:
        return None
    national = match.group(1)
    if national.startswith("179") or not _mobile_pattern().fullmatch(national):
        return None
    return national


def _normalise_phone_by_library(text: str | None, field: str) -> str:
    """:func:`normalise_phone` with phonenumbers' verdict on every number."""
    typed = _nfkc(text).strip()
    compact = _PHONE_SEPARATORS.sub("", typed)
    if not compact:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A phone number is required. Type the phone number."),
            field=field,
        )
    # phonenumbers turns letters into keypad digits ("1-800-FLOWERS"); clerks mean no such thing.
    if not re.fullmatch(r"\+?\d+", compact):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The phone number {value} contains characters that are not allowed. Type only "
                "digits (spaces and hyphens are fine; + only in front of a country code).",
            ),
            field=field,
            value=typed,
        )
    international = compact.startswith(("+", "00"))
    if not international and 7 <= len(compact) <= 8 and compact[0] not in "01":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The phone number {value} looks like a landline without its area code. Type "
                "the area code in front, e.g. 020-12345678 or 0755-88886666; type Hong Kong, "
                "Macau or foreign numbers with + and the country code.",
            ),
            field=field,
            value=typed,
        )
    try:
        number = phonenumbers.parse(compact, "CN")
    except phonenumbers.NumberParseException:
        raise _invalid_phone(typed, field) from None
    national = str(number.national_number)
    if not phonenumbers.is_valid_number(number):
        if number.country_code == 86 and _MOBILE.fullmatch(national):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The phone number {value} is not a valid mainland mobile number: check the "
                    "digits (11 digits starting with 1).",
                ),
                field=field,
                value=typed,
            )
        raise _invalid_phone(typed, field)
    if number.country_code != 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if _MOBILE.fullmatch(national):
        return national
    national_format = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national_format)


def format_phone(stored: str | None) -> str:
    """Display form of a stored phone: mobiles as "138 0000 0000", others unchanged."""
    if not stored:
        return ""
    if _MOBILE.fullmatch(stored):
        return f"{stored[:3]} {stored[3:7]} {stored[7:]}"
    return stored


# --- licence plates -----------------------------------------------------------------------
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE_SUFFIXES = "挂学警港澳领试超"
_PLATE_JUNK = re.compile(f"[\\s·•.{_DASHES}\u30fb\u2027]+")
_PLATE_CHAR = "[A-HJ-NP-Z0-9]"
_ORDINARY_PLATE = re.compile(f"[A-HJ-NP-Z]{_PLATE_CHAR}{{4}}(?:{_PLATE_CHAR}|[{_PLATE_SUFFIXES}])")
_NEW_ENERGY_PLATE = re.compile(f"[A-HJ-NP-Z](?:[DF]{_PLATE_CHAR}{{5}}|{_PLATE_CHAR}{{5}}[DF])")


def normalise_plate(text: str | None, field: str = "plate") -> str:
    """Check a mainland licence plate and return it without separators: "粤B·12345" →
    "粤B12345".

    Ordinary plates have 7 characters (the last may be 挂, 学, 警, 港, 澳, 领, 试 or 超);
    new-energy plates have 8 with D or F as the third (small cars) or last (large
    vehicles) character.
    """
    plate = _PLATE_JUNK.sub("", _nfkc(text)).upper()
    if not plate:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The plate number is empty. Type the plate, e.g. 粤B12345."
            ),
            field=field,
        )
    if plate[0] not in PLATE_PROVINCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {value} does not start with a province: the first character must "
                "be a province abbreviation such as 粤 or 京.",
            ),
            field=field,
            value=plate,
        )
    rest = plate[1:]
    if "I" in rest or "O" in rest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {value} contains the letter I or O, which are not used on plates. "
                "Type the digit 1 or 0 instead.",
            ),
            field=field,
            value=plate,
        )
    if len(plate) not in (7, 8):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {value} has {count} characters. An ordinary plate has 7 (e.g. "
                "粤B12345) and a new-energy plate has 8 (e.g. 粤BD12345).",
            ),
            field=field,
            value=plate,
            count=len(plate),
        )
    if not ("A" <= rest[0] <= "Z"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {value} needs a letter after the province (the city code, such as "
                "B in 粤B12345).",
            ),
            field=field,
            value=plate,
        )
    if len(plate) == 7:
        if _ORDINARY_PLATE.fullmatch(rest) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The plate {value} contains characters that are not allowed. After the "
                    "province and city letter come 5 capital letters or digits; only the last "
                    "may be 挂, 学, 警, 港, 澳, 领, 试 or 超.",
                ),
                field=field,
                value=plate,
            )
    elif _NEW_ENERGY_PLATE.fullmatch(rest) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plate {value} is not a valid new-energy plate. An 8-character plate has D "
                "or F right after the city letter (粤BD12345) or at the end (粤B12345D), and "
                "otherwise capital letters or digits.",
            ),
            field=field,
            value=plate,
        )
    return plate


# --- masking for lists ------------------------------------------------------------------
def mask_id(number: str | None) -> str:
    """ "110105199001011234" → "110105********1234"; documents under 10 characters keep only
    their last 4."""
    if not number:
        return ""
    if len(number) >= 10:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    if len(number) <= 4:
        return "*" * len(number)
    return "*" * (len(number) - 4) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """All but the first 3 and last 4 characters starred: "13800000000" → "138****0000"."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return "*" * (len(phone) - 4) + phone[-4:] if len(phone) > 4 else "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_account(account: str | None) -> str:
    """ "****" and the last 4 digits: "6222021234567890" → "****7890"."""
    if not account:
        return ""
    return "****" + re.sub(r"\D", "", account)[-4:]


# --- bank accounts ---------------------------------------------------------------------
def normalise_account_number(text: str | None, field: str = "account_number") -> str:
    """8 to 30 digits, spaces and hyphens removed (no Luhn check: corporate accounts
    don't use it)."""
    account = _DOCUMENT_JUNK.sub("", _nfkc(text).strip())
    if not account:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The account number is empty. Type the bank account number."
            ),
            field=field,
        )
    if not (account.isascii() and account.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The account number {value} contains characters that are not allowed. Type "
                "only the digits of the account number (spaces are fine).",
            ),
            field=field,
            value=account,
        )
    if not 8 <= len(account) <= 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The account number {value} has {count} digits; a bank account number has 8 "
                "to 30. Check the number and type it again.",
            ),
            field=field,
            value=account,
            count=len(account),
        )
    return account
