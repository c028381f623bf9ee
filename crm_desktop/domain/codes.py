"""Room codes and their display order."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")


def natural(text: str) -> str:
    """A string key that sorts digit runs by value: "901" < "1501", "101" < "101A" < "102"."""
    return _DIGITS.sub(lambda m: m.group().zfill(8), text)


def room_sort_key(unit: str, floor: int, number: str) -> str:
    """Stored order of a room in its building: unit, then floor, then number, naturally.

    Kept in a column (indexed with the building) so that every database sorts rooms
    the same way with a plain ORDER BY, and split rooms (1501A, 1501B) sit next to
    their neighbours rather than after the floor's last room.
    """
    # A space separates the parts: it sorts before every character a unit may contain,
    # so rooms without a unit (ground-floor shops) come before unit 1.
    return f"{natural(unit)} {floor + 1000:04d} {natural(number)}"


# Full-width digits and signs as a Chinese input method types them, to ASCII (for
# numbers: areas, prices, shares, readings).
FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")
