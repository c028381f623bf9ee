"""One day for the whole program: services, screens and subprocesses ask the clock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from crm_desktop.domain import clock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import sales
from tests.factories import person, portfolio, room_ids

PINNED = date(2031, 5, 20)


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setattr(clock, "_pinned", PINNED)
    return PINNED


def test_the_test_run_pins_today_for_every_process():
    assert os.environ[clock.ENV_VAR] == clock.today().isoformat()
    out = subprocess.run(
        [sys.executable, "-c", "from crm_desktop.domain import clock; print(clock.today())"],
        capture_output=True,
        text=True,
        env={**os.environ, clock.ENV_VAR: "2031-05-20"},
        check=True,
    )
    assert out.stdout.strip() == "2031-05-20"


def test_a_mistyped_day_in_the_environment_says_how_to_write_it():
    out = subprocess.run(
        [sys.executable, "-c", "import crm_desktop.domain.clock"],
        capture_output=True,
        text=True,
        env={**os.environ, clock.ENV_VAR: "20.5.2031"},
    )
    assert out.returncode != 0
    assert "YYYY-MM-DD" in out.stderr


def test_services_follow_the_pinned_day(db, actor, pinned):
    place = portfolio(db, actor)
    room = room_ids(db, place["building"])["3-2-501"]
    fields = sales.SaleFields(
        contract_number="HT-1",
        signing_date=date(2031, 5, 21),
        price="100",
        buyers=[sales.Buyer("100", new=person("张三"))],
        room_id=room,
    )
    with pytest.raises(ValidationError) as refused:
        sales.register_sale(db, actor, fields)
    assert refused.value.field == "signing_date"
    fields.signing_date = PINNED
    sales.register_sale(db, actor, fields)


def test_date_pickers_start_from_the_pinned_day(qapp, pinned):
    from crm_desktop.ui.qdates import today_qdate

    assert today_qdate().toPython() == PINNED
