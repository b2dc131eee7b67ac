"""The meters' hourly means kept between calls (console/reductions/hour_cache.py): the same figures as computed
afresh, for ranges cut inside an hour, growing hour by hour, apart or one firm; a new import is seen at once, also
one made through another connection."""
from datetime import datetime, timedelta

import pytest
from helpers import admin_of
from helpers_reductions import ledger_row, load_ledger, write_csv

from console.common.clock import TZ, FixedClock
from console.reductions import hour_cache, meters
from console.store.db import Store

NOW = datetime(2016, 12, 20, 9, 0, tzinfo=TZ)
ZH = ["企业编号", "电表编号", "电表类型", "时间", "电量(kWh)"]
FIRST = datetime(2016, 12, 1, tzinfo=TZ)


def _rows(days=12):
    out = []
    for i in range(days * 24 * 4):
        at = FIRST + timedelta(minutes=15 * i)
        for code, meter, kind, k in (("F1", "M1", "生产", 1.0), ("F1", "M2", "生产", 0.37), ("F1", "C1", "治污", 0.11),
                                     ("F2", "M9", "生产", 0.73)):
            if code == "F2" and at.hour == 3:
                continue  # F2 has gaps
            out.append([code, meter, kind, at.strftime("%Y-%m-%d %H:%M"), f"{(i % 37) * k + 0.1:.3f}"])
    return out


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "red.sqlite3", FixedClock(NOW))
    load_ledger(s, tmp_path, [ledger_row("F1"), ledger_row("F2")])
    meters.import_file(s, admin_of(s), write_csv(tmp_path / "m.csv", ZH, _rows()))
    yield s
    s.close()


def test_cached_hours_equal_the_fresh_ones(db):
    start = FIRST + timedelta(days=1, minutes=25)  # cut inside an hour, as a warning published at 00:25
    for h in range(0, 9 * 24, 7):  # the span growing hour by hour (reusing and extending what is kept)
        end = start + timedelta(hours=h + 1, minutes=20 * (h % 3))
        assert meters.hourly(db, start, end) == meters.hourly_uncached(db, start, end)
        assert meters.hourly(db, start, end, "F2") == meters.hourly_uncached(db, start, end, "F2")
    # a range before the one kept, one apart from it, one inside a single hour
    for a, b in ((FIRST, FIRST + timedelta(days=2, minutes=5)), (FIRST + timedelta(days=11), FIRST + timedelta(days=12)),
                 (FIRST + timedelta(hours=5, minutes=10), FIRST + timedelta(hours=5, minutes=50))):
        assert meters.hourly(db, a, b) == meters.hourly_uncached(db, a, b)
    assert meters.hourly(db, start, start + timedelta(days=3))["F1"]["production"]


def test_a_new_import_is_seen_at_once_also_from_another_connection(db, tmp_path):
    a, b = FIRST + timedelta(days=2), FIRST + timedelta(days=4)
    hour = datetime(2016, 12, 3, 10, tzinfo=TZ)
    before = meters.hourly(db, a, b)["F1"]["production"][hour]
    fix = [["F1", "M1", "生产", "2016-12-03 10:00", "900"], ["F1", "M1", "生产", "2016-12-03 10:15", "3"]]  # a corrected reading: the count of readings stays
    meters.import_file(db, admin_of(db), write_csv(tmp_path / "fix.csv", ZH, fix))
    after = meters.hourly(db, a, b)["F1"]["production"][hour]
    assert after != before and after == meters.hourly_uncached(db, a, b)["F1"]["production"][hour]
    other = Store(tmp_path / "red.sqlite3", FixedClock(NOW))
    try:
        more = [["F2", "M9", "生产", "2016-12-03 03:00", "50"], ["F2", "M9", "生产", "2016-12-03 03:15", "5"]]  # fills one of F2's gaps
        meters.import_file(other, admin_of(other), write_csv(tmp_path / "more.csv", ZH, more))
    finally:
        other.close()
    got = meters.hourly(db, a, b)
    assert datetime(2016, 12, 3, 3, tzinfo=TZ) in got["F2"]["production"]
    assert got == meters.hourly_uncached(db, a, b)


def test_each_store_keeps_its_own(db, tmp_path):
    meters.hourly(db, FIRST, FIRST + timedelta(days=3))
    assert hour_cache._caches.get(db) is not None
    empty = Store(tmp_path / "empty.sqlite3", FixedClock(NOW))
    try:
        assert meters.hourly(empty, FIRST, FIRST + timedelta(days=3)) == {}
    finally:
        empty.close()
