"""Finding customers as the clerk types: name (any part, one character is enough),
pinyin (full or initials, every reading of polyphonic characters), any part of a
phone number, the last characters of a document number, a plate, a room code.

The keys live in ``customer_search`` (written by the service layer on every
change). On SQLite three FTS5 indexes answer in about a millisecond: single
characters of names (a phrase query is a substring), pinyin tokens with a prefix
index, trigrams of phones and plates. On other databases the same columns are
read with ``LIKE``.

Results come in a fixed order: exact name first, then by kind of match, each in
customer-number order; the first screen (``limit``) is all that is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Date, TextClause, bindparam, text

from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain import search_keys as keys
from crm_desktop.domain.enums import CustomerKind, Role
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services.database import Database

FIRST_SCREEN = 50

# What matched, shown beside each hit (translated by the UI, context "Search").
MATCH_LABELS = {
    "name": QT_TRANSLATE_NOOP("Search", "Name"),
    "pinyin": QT_TRANSLATE_NOOP("Search", "Pinyin"),
    "phone": QT_TRANSLATE_NOOP("Search", "Phone"),
    "id_tail": QT_TRANSLATE_NOOP("Search", "Document"),
    "plate": QT_TRANSLATE_NOOP("Search", "Plate"),
    "room": QT_TRANSLATE_NOOP("Search", "Room"),
}
# Room codes before phone digits: "1501" is the people of room 1501 before phone
# numbers containing 1501.
_ORDER = ("name", "pinyin", "room", "phone", "id_tail", "plate")


@dataclass
class SearchHit:
    customer_id: int
    name: str
    kind: CustomerKind
    match: str  # a key of MATCH_LABELS
    matched: str  # what matched, masked where private: "138****1234", "粤B12345", "3-2-1501"
    phone: str = ""  # masked primary phone
    document: str = ""  # masked document number
    verified: bool = False
    places: list[tuple[str, Role]] = field(default_factory=list)  # ("翠园 3-2-1501", OWNER)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _merged(first: list[int], then: list[int]) -> list[int]:
    seen = set(first)
    return first + [i for i in then if i not in seen]


class _Finder:
    """The id lookups of each kind of match; SQLite's use FTS5, the others LIKE."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.fts = conn.dialect.name == "sqlite"

    def ids(self, sql: str, limit: int, **params) -> list[int]:
        return list(_run(self.conn, sql, n=limit, **params).scalars())

    def name(self, q: str, limit: int) -> list[int]:
        """Exact name, then names beginning with the query, then containing it."""
        chars = keys.query_chars(q)
        if not chars:
            return []
        q = q.strip()
        # "+merged_into_id": never let the planner walk the merged-into index (every
        # live customer is NULL there) instead of the name index.
        found = self.ids(
            "SELECT id FROM customer WHERE name = :q AND +merged_into_id IS NULL "
            "ORDER BY id LIMIT :n",
            limit,
            q=q,
        )
        if self.fts:
            # FTS5's "^" anchors the phrase at the start of the name: names beginning
            # with the query, then containing it, each an index lookup (a range on
            # the name index has to sort the 40,000 names beginning with 张).
            for m in ("^" + _fts_phrase(chars), _fts_phrase(chars)):
                if len(found) >= limit:
                    break
                more = self.ids(
                    "SELECT rowid FROM customer_fts_name WHERE customer_fts_name MATCH :m LIMIT :n",
                    limit + len(found),
                    m=m,
                )
                found = _merged(found, more)
            return found[:limit]
        sql = (
            "SELECT customer_id FROM customer_search WHERE name_chars LIKE :p ESCAPE '\\' "
            "ORDER BY customer_id LIMIT :n"
        )
        for p in (f"{_like_escape(chars)}%", f"%{_like_escape(chars)}%"):
            if len(found) >= limit:
                break
            found = _merged(found, self.ids(sql, limit + len(found), p=p))
        return found[:limit]

    def pinyin(self, q: str, limit: int) -> list[int]:
        """Names whose pinyin begins with the query, then the rest (given names …)."""
        p = keys.pinyin_query(q)
        if not p:
            return []
        if self.fts:
            sql = (
                "SELECT rowid FROM customer_fts_pinyin WHERE customer_fts_pinyin MATCH :m LIMIT :n"
            )
            lead = self.ids(sql, limit, m=_fts_phrase(keys.LEAD + p) + "*")
            if len(lead) >= limit:
                return lead
            return _merged(lead, self.ids(sql, limit + len(lead), m=_fts_phrase(p) + "*"))
        sql = (
            "SELECT customer_id FROM customer_search WHERE ' ' || pinyin LIKE :p "
            "ESCAPE '\\' ORDER BY customer_id LIMIT :n"
        )
        lead = self.ids(sql, limit, p=f"% {_like_escape(keys.LEAD + p)}%")
        return _merged(lead, self.ids(sql, limit + len(lead), p=f"% {_like_escape(p)}%"))

    def _trigram(self, column: str, value: str, limit: int) -> list[int]:
        if len(value) < 3:
            return []
        if self.fts:
            return self.ids(
                "SELECT rowid FROM customer_fts_digits WHERE customer_fts_digits MATCH :m LIMIT :n",
                limit,
                m=f"{column} : {_fts_phrase(value)}",
            )
        return self.ids(
            f"SELECT customer_id FROM customer_search WHERE {column} LIKE :p ESCAPE '\\' "
            "ORDER BY customer_id LIMIT :n",
            limit,
            p=f"%{_like_escape(value)}%",
        )

    def phone(self, q: str, limit: int) -> list[int]:
        return self._trigram("phones", keys.digits_only(q), limit)

    def plate(self, q: str, limit: int) -> list[int]:
        plate = "".join(ch for ch in q.upper() if ch.isalnum())
        return self._trigram("plates", plate, limit)

    def id_tail(self, q: str, limit: int) -> list[int]:
        rev = keys.reverse_key(q)
        if len(rev) < 3:
            return []
        return self.ids(
            "SELECT customer_id FROM customer_search WHERE document_rev >= :lo "
            "AND document_rev < :hi ORDER BY document_rev LIMIT :n",
            limit,
            lo=rev,
            hi=rev + "\U0010ffff",
        )

    def room(self, q: str, limit: int) -> list[int]:
        code = q.strip().upper().replace(" ", "")
        if not code:
            return []
        return self.ids(
            "SELECT DISTINCT i.customer_id FROM room r JOIN identity i ON i.room_id = r.id "
            "WHERE (r.code = :c OR r.number = :c) AND r.retired_at IS NULL "
            "AND i.start_date <= :d AND (i.end_date IS NULL OR i.end_date > :d) LIMIT :n",
            limit,
            c=code,
            d=clock.today(),
        )


def find_customer_ids(conn, query: str, limit: int = FIRST_SCREEN) -> list[tuple[int, str]]:
    """The first ``limit`` matching customer ids with the kind of match, in display order."""
    query = (query or "").strip()
    if not query:
        return []
    finder = _Finder(conn)
    kinds = keys.classify_query(query)
    found: dict[int, str] = {}
    for kind in _ORDER:
        if kind not in kinds:
            continue
        for cid in getattr(finder, kind)(query, limit):
            found.setdefault(cid, kind)
        if len(found) >= limit:
            break
    return list(found.items())[:limit]


# The hot statements, built once per dialect. The id list is one parameter: a JSON
# array on SQLite, an array on PostgreSQL; an "expanding" IN list would make
# SQLAlchemy render and compile the statement again for every search.
_STATEMENTS = {
    "customers": "SELECT c.id, c.name, c.kind, c.document_number, c.verified_at IS NOT NULL, "
    "(SELECT p.number FROM customer_phone p WHERE p.customer_id = c.id AND p.is_primary "
    "LIMIT 1) FROM customer c WHERE c.id {IN_IDS} AND c.merged_into_id IS NULL",
    "places": "SELECT i.customer_id, i.role, p.name, r.code, cp.name, s.number FROM identity i "
    "LEFT JOIN room r ON r.id = i.room_id LEFT JOIN building b ON b.id = r.building_id "
    "LEFT JOIN parking_space s ON s.id = i.space_id "
    "LEFT JOIN car_park cp ON cp.id = s.car_park_id "
    "JOIN project p ON p.id = COALESCE(b.project_id, cp.project_id) "
    "WHERE i.customer_id {IN_IDS} AND i.start_date <= :d "
    "AND (i.end_date IS NULL OR i.end_date > :d) ORDER BY i.customer_id, i.id",
    "phones": "SELECT customer_id, number FROM customer_phone WHERE customer_id {IN_IDS}",
    "plates": "SELECT customer_id, plate FROM vehicle WHERE customer_id {IN_IDS} "
    "AND removed_at IS NULL",
}


@lru_cache(maxsize=128)
def _statement(sql: str, sqlite: bool) -> TextClause:
    in_ids = "IN (SELECT value FROM json_each(:ids))" if sqlite else "= ANY(:ids)"
    stmt = text(sql.replace("{IN_IDS}", in_ids))
    if ":d" in sql:
        stmt = stmt.bindparams(bindparam("d", type_=Date))
    return stmt


def _run(conn, name_or_sql: str, ids: list[int] | None = None, **params):
    sqlite = conn.dialect.name == "sqlite"
    stmt = _statement(_STATEMENTS.get(name_or_sql, name_or_sql), sqlite)
    if ids is not None:
        params["ids"] = json.dumps(ids) if sqlite else ids
    return conn.execute(stmt, params)


_PLACE_ORDER = {r: i for i, r in enumerate(Role)}


def hits_for(conn, found: list[tuple[int, str]], query: str) -> list[SearchHit]:
    """Turn matched ids into result rows: what matched and where each customer lives."""
    if not found:
        return []
    id_list = [cid for cid, _ in found]
    rows = {r[0]: r for r in _run(conn, "customers", id_list)}
    places: dict[int, list[tuple[str, Role]]] = {}
    for cid, role, project, code, park, number in _run(conn, "places", id_list, d=clock.today()):
        where = f"{project} {code}" if code else f"{project} {park} {number}"
        places.setdefault(cid, []).append((where, Role(role)))
    for items in places.values():
        items.sort(key=lambda p: _PLACE_ORDER[p[1]])
    needs = {kind for _, kind in found}
    phones: dict[int, list[str]] = {}
    plates: dict[int, list[str]] = {}
    if "phone" in needs:
        for cid, number in _run(conn, "phones", id_list):
            phones.setdefault(cid, []).append(number)
    if "plate" in needs:
        for cid, plate in _run(conn, "plates", id_list):
            plates.setdefault(cid, []).append(plate)
    digits = keys.digits_only(query)
    plate_q = "".join(ch for ch in query.upper() if ch.isalnum())
    code_q = query.strip().upper().replace(" ", "")
    hits = []
    for cid, kind in found:
        row = rows.get(cid)
        if row is None:
            continue
        _, name, ckind, document, verified, phone = row
        matched = name
        if kind == "phone":
            number = next((n for n in phones.get(cid, []) if digits in keys.digits_only(n)), "")
            matched = ids.mask_phone(number)
        elif kind == "id_tail":
            matched = ids.mask_id(document or "")
        elif kind == "plate":
            matched = next((p for p in plates.get(cid, []) if plate_q in p), "")
        elif kind == "room":
            matched = next((w for w, _ in places.get(cid, []) if w.endswith(code_q)), code_q)
        hits.append(
            SearchHit(
                customer_id=cid,
                name=name,
                kind=CustomerKind(ckind),
                match=kind,
                matched=matched,
                phone=ids.mask_phone(phone) if phone else "",
                document=ids.mask_id(document) if document else "",
                verified=bool(verified),
                places=places.get(cid, []),
            )
        )
    return hits


def search_customers(db: Database, query: str, limit: int = FIRST_SCREEN) -> list[SearchHit]:
    """The first screen of customers matching what the clerk typed."""
    with db.connect() as conn:
        return hits_for(conn, find_customer_ids(conn, query, limit), query)
