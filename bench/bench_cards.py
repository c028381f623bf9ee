"""Customer cards per second (a batch of 1,000) beside bare reportlab (prints, never asserts).

    python bench/bench_cards.py [PATH] [--count N] [--repeat N]

PATH defaults to bench/.data/large_customers.sqlite (500,000 customers; opened through
``Database.open``, which migrates it to the current schema once). When it is missing, a
demo database of N customers, each owning a room, is generated in a temporary folder
through the services (the output says which).

Measured in the same run, best of ``--repeat``:
- cards: ``customer_card_pdf`` for the first N customers of the projects' batches
  (``building_customer_ids``, so room order): reading the data, laying out, writing the
  PDF to memory;
- bare: reportlab laying out and writing the same flowables from constant data (the
  same cards read beforehand, kept in memory): no database at all.
ratio = cards / bare (target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from crm_desktop.db.engine import sqlite_url
from crm_desktop.db.models import Project, Room
from crm_desktop.reports import base, cards
from crm_desktop.services.database import Actor, Database

DEFAULT_PATH = Path(__file__).resolve().parent / ".data" / "large_customers.sqlite"
ACTOR = Actor(id=0, username="bench", display_name="基准测试")


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def pick_customers(db: Database, count: int) -> list[int]:
    """The first ``count`` customers of the projects' batches, in their printing order."""
    with db.connect() as conn:
        projects = list(conn.scalars(select(Project.id).order_by(Project.id)))
    out: list[int] = []
    for project_id in projects:
        out += [i for i in cards.building_customer_ids(db, project_id=project_id) if i not in out]
        if len(out) >= count:
            break
    return out[:count]


def _resident_id(birth_and_seq: str) -> str:
    body = "440305" + birth_and_seq
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def make_demo(folder: Path, count: int) -> Database:
    """A project whose rooms are each sold to one new customer (through the services)."""
    from crm_desktop.domain.enums import DocumentType
    from crm_desktop.services import customers as c
    from crm_desktop.services import resources as r
    from crm_desktop.services import sales

    db = Database.open(sqlite_url(folder / "demo.sqlite"))
    actor = db.ensure_admin()
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    per_building = 240
    signed = date.today() - timedelta(days=100)
    made = 0
    for b in range(1, count // per_building + 2):
        building = r.create_building(
            db,
            actor,
            r.BuildingFields(project, str(b), f"{b}栋"),
            r.RoomPlan(["1", "2"], r.floor_range(1, 30), 4, areas=[("89.50", "72.10")] * 4),
        )
        with db.connect() as conn:
            rooms = conn.execute(
                select(Room.code, Room.id)
                .where(Room.building_id == building)
                .order_by(Room.sort_key)
            ).all()
        for code, room in rooms:
            if made >= count:
                return db
            fields = c.CustomerFields(
                name=f"客户{made:04d}",
                phones=[c.PhoneEntry(f"138{made:08d}")],
                document_type=DocumentType.RESIDENT_ID,
                document_number=_resident_id(f"1980{1 + made // 900 % 12:02d}01{made % 900:03d}"),
                address=f"广东省深圳市南山区翠湖花园{code}",
                consent_date=signed,
            )
            customer = c.create_customer(db, actor, fields)
            sales.register_sale(
                db,
                actor,
                sales.SaleFields(
                    f"HT-{made}", signed, "1000000", [sales.Buyer("100", customer)], room_id=room
                ),
            )
            made += 1
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    tmp = None
    if args.path.is_file():
        print(f"database: {args.path} (the large demo)")
        t = time.perf_counter()
        db = Database.open(sqlite_url(args.path))
        print(f"opened (and migrated if needed) in {time.perf_counter() - t:.1f} s")
    else:
        tmp = tempfile.TemporaryDirectory()
        print(f"{args.path} not found: generating a demo of {args.count} customers in {tmp.name}")
        t = time.perf_counter()
        db = make_demo(Path(tmp.name), args.count)
        print(f"generated in {time.perf_counter() - t:.1f} s")

    try:
        ids = pick_customers(db, args.count)
        print(f"customers: {len(ids)} (in room order); best of {args.repeat}")
        base.register_fonts()

        # Constant data for the bare run: the same cards, read once, kept in memory.
        t = time.perf_counter()
        loaded = cards.load_cards(db, ids)
        load_s = time.perf_counter() - t
        t_info = base.texts(cards.TEXTS, "zh_CN")

        def bare() -> int:
            info = base.ReportInfo(
                title=t_info["title"],
                office="翠湖花园物业服务中心",
                printed_by=ACTOR.display_name,
                notice=t_info["notice_masked"],
            )
            return base.build_pdf(io.BytesIO(), cards.cards_story(loaded, "zh_CN"), info)

        def full() -> int:
            return cards.customer_card_pdf(db, ACTOR, ids, io.BytesIO())

        bare()  # warm-up: font subsetting tables, statement caches
        bare_s, bare_pages = best(bare, args.repeat)
        full_s, full_pages = best(full, args.repeat)
        n = len(ids)
        print()
        row = "{:<40}{:>9.2f}{:>10.0f}{:>7}"
        print(f"{'case':<40}{'seconds':>9}{'cards/s':>10}{'pages':>7}")
        print(row.format("bare reportlab (constant data)", bare_s, n / bare_s, bare_pages))
        print(row.format("customer_card_pdf (database → PDF)", full_s, n / full_s, full_pages))
        print(f"{'  of which load_cards (one run)':<40}{load_s:>9.2f}")
        print()
        print(f"ratio cards / bare = {full_s / bare_s:.2f} (target ≤ 1.5)")
    finally:
        db.close()
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
