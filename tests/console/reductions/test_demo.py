"""The demo: real metered load (UCI ElectricityLoadDiagrams20112014 excerpt) on six demo firms, with the
curtailments and violations applied only inside the demo's red span; the checks find exactly those."""
from datetime import datetime
from pathlib import Path

import pytest
from helpers import admin_of

from console.common.clock import TZ, FixedClock
from console.measures import ledger
from console.reductions import baseline as bl
from console.reductions import demo
from console.store.db import Store

EXCERPT = Path(__file__).resolve().parents[2] / "data" / "uci_electricity" / demo.LOAD_FILE


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "demo.sqlite3", FixedClock(datetime(2016, 12, 22, 9, tzinfo=TZ)))
    yield s
    s.close()


def test_excerpt_is_the_real_source_moved_19_weeks():
    hours, load = demo.read_load(EXCERPT)
    assert len(hours) == 1000 and len(load) == 9
    # first row of the source ("2016/7/1 2:00" in that copy), moved 19 weeks: same weekday (Friday)
    assert hours[0] == datetime(2016, 11, 11, 2, tzinfo=TZ) and hours[0].weekday() == 4
    assert load["ecl_116"][:3] == [504.0, 656.0, 673.0]
    rows = demo.meter_rows(EXCERPT)
    before = [r for r in rows if r[0] == "DEMO-002" and r[1].endswith("P1") and r[3] == "2016-11-11 02:00"]
    assert before == [["DEMO-002", "DEMO-002-P1", "生产", "2016-11-11 02:00", "358.00"]]  # untouched outside


def test_demo_checks_find_the_violations_applied(db):
    run = demo.load_demo(db, admin_of(db))
    assert {e.code for e in ledger.entries(db)} == set(demo.FIRMS)
    found = {(f["code"], f["kind"]) for f in run.flags}
    assert found == {("DEMO-002", bl.NOT_CUT), ("DEMO-003", bl.CONTROL_OFF), ("DEMO-004", bl.NOT_CUT),
                     ("DEMO-004", bl.NIGHT_SHIFT), ("DEMO-006", bl.NOT_CUT)}
    assert run.flags[0]["code"] == "DEMO-003" and run.flags[0]["score"] == 12  # 12 h control off, ranked first
    firms = {f["code"]: f for f in run.firms}
    assert 50 <= firms["DEMO-001"]["achieved_pct"] <= 60 and not firms["DEMO-001"]["flags"]
    assert 25 <= firms["DEMO-005"]["achieved_pct"] <= 40 and not firms["DEMO-005"]["flags"]
    assert demo.load_demo(db, admin_of(db)).id == run.id  # a second load changes nothing
