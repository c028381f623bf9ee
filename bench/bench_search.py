"""Customer search on the large demo database: the service vs its bare SQL (prints, never
asserts).

    python bench/bench_search.py [PATH] [--runs N] [--explain] [--profile QUERY]

PATH defaults to bench/.data/large.sqlite (created with the demo generator, as
bench/make_large.py does, when missing; reused when present). It must hold the demo's
customers (500,000 with the large scale).

For each kind of query, ``search_customers(db, q)`` (the search box's first screen:
50 hits, with what matched and where each customer lives) is timed beside the bare
SQL of the same rows: the very statements the service sends for that query, captured
once from SQLAlchemy and replayed with plain ``sqlite3`` on another connection to the
same file (same SQL, same indexes, same ids, same row data: customer rows with the
primary phone, current places, and the phones or plates that matched). ratio =
service / bare. Chinese queries also show a naive ``LIKE '%x%'`` on customer.name
(the first 50 in id order, and a count of all matches: the cost without an index).

Each figure is the median and the 95th percentile of N runs after 3 warm-up runs, the
service and the bare SQL alternating. Targets: median <= 50 ms and ratio <= 3x.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event

from crm_desktop.db.engine import sqlite_url
from crm_desktop.domain import search_keys as keys
from crm_desktop.services.database import Database
from crm_desktop.services.search import FIRST_SCREEN, search_customers

DEFAULT_PATH = Path(__file__).resolve().parent / ".data" / "large.sqlite"
TARGET_MS = 50.0
TARGET_RATIO = 3.0
WARM_UP = 3

# (kind of query, query); None: picked from the data (see pick_queries).
QUERIES: list[tuple[str, str | None]] = [
    ("1 Chinese character (surname)", "张"),
    ("1 Chinese character (given)", "婷"),
    ("2 Chinese characters", "张伟"),
    ("2 pinyin initials", "zw"),
    ("2 pinyin initials", "ly"),
    ("full pinyin", "zhangwei"),
    ("4 phone digits", "1234"),
    ("4 phone digits", "8888"),
    ("room code", None),
    ("bare room number", "1501"),
    ("ID tail (4 chars)", None),
]

Statement = tuple[str, tuple]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def pick_queries(con: sqlite3.Connection) -> list[tuple[str, str]]:
    """The fixed queries, plus a room code that has current residents ("3-2-1501" if it
    exists) and the last 4 characters of an ID number ending in X."""
    out = []
    for kind, query in QUERIES:
        if query is None and kind == "room code":
            row = (
                con.execute(
                    "SELECT r.code FROM room r JOIN identity i ON i.room_id = r.id "
                    "WHERE r.code = '3-2-1501' AND i.end_date IS NULL LIMIT 1"
                ).fetchone()
                or con.execute(
                    "SELECT r.code FROM room r JOIN identity i ON i.room_id = r.id "
                    "WHERE i.end_date IS NULL ORDER BY i.id LIMIT 1"
                ).fetchone()
            )
            query = row[0]
        elif query is None:
            row = con.execute(
                "SELECT document_number FROM customer WHERE document_type = 'resident_id' "
                "AND document_number LIKE '%X' ORDER BY id LIMIT 1"
            ).fetchone()
            query = row[0][-4:]
        out.append((kind, query))
    return out


def capture(db: Database, query: str) -> tuple[list, list[Statement]]:
    """The service's hits for ``query`` and the statements it sent (in order)."""
    sent: list[Statement] = []

    def listen(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, tuple(parameters or ())))

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        hits = search_customers(db, query)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return hits, sent


def replay(con: sqlite3.Connection, statements: list[Statement]) -> list[list[tuple]]:
    """Run the statements on a plain sqlite3 connection (autocommit mode: the captured
    BEGIN opens the read transaction, as the service's does)."""
    results = [con.execute(sql, params).fetchall() for sql, params in statements]
    if con.in_transaction:
        con.execute("ROLLBACK")
    return results


def time_pair(
    svc: Callable[[], object], bare: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    for _ in range(WARM_UP):
        svc()
        bare()
    t_svc, t_bare = [], []
    for _ in range(runs):
        t = time.perf_counter()
        svc()
        t_svc.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        bare()
        t_bare.append((time.perf_counter() - t) * 1000)
    return t_svc, t_bare


def time_one(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


FTS_INDEXES = ("customer_fts_name", "customer_fts_pinyin", "customer_fts_digits")


def sizes(con: sqlite3.Connection, path: Path) -> list[str]:
    lines = [f"database file: {path.stat().st_size / 1e6:,.0f} MB"]
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        lines.append("(this SQLite has no dbstat table: index sizes skipped)")
        return lines
    groups: dict[str, int] = {}
    for name, size in rows:
        group = next((f for f in FTS_INDEXES if name.startswith(f + "_")), name)
        groups[group] = groups.get(group, 0) + size
    lines.append("search indexes (FTS5, all their shadow tables; dbstat):")
    for name in FTS_INDEXES:
        lines.append(f"  {name:<40} {groups.pop(name, 0) / 1e6:>9,.1f} MB")
    lines.append("largest other tables and indexes:")
    for name, size in sorted(groups.items(), key=lambda kv: -kv[1])[:12]:
        lines.append(f"  {name:<40} {size / 1e6:>9,.1f} MB")
    return lines


def ensure_database(path: Path) -> bool:
    if not path.exists():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from make_large import ensure_large

        ensure_large(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer'"
        ).fetchone()
        count = con.execute("SELECT count(*) FROM customer").fetchone()[0] if has_table else 0
    finally:
        con.close()
    if not count:
        print(
            f"{path} holds no customers (it was made before the customer demo): delete it "
            "and run this again to regenerate it, or give another PATH.",
            file=sys.stderr,
        )
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query (30)")
    parser.add_argument(
        "--explain", action="store_true", help="print EXPLAIN QUERY PLAN of each statement"
    )
    parser.add_argument(
        "--profile", metavar="QUERY", help="cProfile 20 service calls of QUERY and stop"
    )
    args = parser.parse_args(argv)
    if not ensure_database(args.path):
        return 2

    db = Database.open(sqlite_url(args.path), migrate_schema=False)
    bare = sqlite3.connect(args.path, isolation_level=None)
    if args.profile:
        search_customers(db, args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(20):
            search_customers(db, args.profile)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return 0

    counts = {
        t: bare.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("room", "customer", "customer_phone", "vehicle", "identity")
    }
    print(f"database: {args.path}")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(
        f"search_customers(db, q): first screen of {FIRST_SCREEN}; median and p95 of "
        f"{args.runs} runs after {WARM_UP} warm-up runs; bare = the same statements via sqlite3"
    )
    print()
    header = (
        f"{'kind of query':<30} {'query':<10} {'hits':>4} {'stmts':>5} "
        f"{'service ms':>16} {'bare ms':>15} {'ratio':>6} {'LIKE 50/all ms':>15}  "
        f"{'≤50ms':>5} {'≤3x':>4}"
    )
    print(header)
    print("-" * len(header))
    rows_out = []
    for kind, query in pick_queries(bare):
        hits, statements = capture(db, query)
        results = replay(bare, statements)
        wanted = [h.customer_id for h in hits]
        customer_rows = [
            res
            for (sql, _), res in zip(statements, results, strict=True)
            if "FROM customer c" in sql
        ]
        got = sorted(r[0] for r in customer_rows[0]) if customer_rows else []
        note = "" if got == sorted(wanted) else "  (bare rows differ from the service's!)"
        t_svc, t_bare = time_pair(
            lambda q=query: search_customers(db, q),
            lambda s=statements: replay(bare, s),
            args.runs,
        )
        like = ""
        if any(keys.is_cjk(ch) for ch in query):
            pattern = f"%{query}%"
            first = time_one(
                lambda p=pattern: bare.execute(
                    "SELECT id, name FROM customer WHERE name LIKE ? AND merged_into_id IS NULL "
                    "ORDER BY id LIMIT 50",
                    (p,),
                ).fetchall(),
                5,
            )
            every = time_one(
                lambda p=pattern: bare.execute(
                    "SELECT count(*) FROM customer WHERE name LIKE ?", (p,)
                ).fetchone(),
                3,
            )
            like = f"{first:.1f}/{every:.0f}"
        med_s, p95_s = statistics.median(t_svc), percentile(t_svc, 95)
        med_b, p95_b = statistics.median(t_bare), percentile(t_bare, 95)
        ratio = med_s / med_b if med_b else float("inf")
        ok_time = "yes" if med_s <= TARGET_MS else "NO"
        ok_ratio = "yes" if ratio <= TARGET_RATIO else "NO"
        rows_out.append((kind, query, med_s, ratio, ok_time, ok_ratio))
        print(
            f"{kind:<30} {query:<10} {len(hits):>4} {len(statements):>5} "
            f"{med_s:>7.2f} / {p95_s:>6.2f} {med_b:>6.2f} / {p95_b:>6.2f} {ratio:>5.1f}x "
            f"{like:>15}  {ok_time:>5} {ok_ratio:>4}{note}"
        )
        if args.explain:
            for sql, params in statements:
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                print(f"    {sql[:140]}")
                for row in bare.execute("EXPLAIN QUERY PLAN " + sql, params):
                    print(f"      {row[-1]}")
    print()
    missed = [r for r in rows_out if r[4] == "NO" or r[5] == "NO"]
    if missed:
        print("targets missed:")
        for kind, query, med, ratio, *_ in missed:
            print(f"  {kind} “{query}”: median {med:.1f} ms, ratio {ratio:.1f}x")
    else:
        print(f"every query type meets the targets (median ≤ {TARGET_MS:.0f} ms, ratio ≤ 3x)")
    print()
    for line in sizes(bare, args.path):
        print(line)
    db.close()
    bare.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
