"""Exemptions: grant, revoke on violation, 6-month ban on re-exemption."""
from datetime import date, datetime, timedelta

import pytest

from console.measures import exemptions
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.store.db import Store
from tests.helpers import actor_of


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "ex.sqlite3", FixedClock(datetime(2024, 8, 31, 10, 0, tzinfo=TZ)))
    yield s
    s.close()


def test_revoked_exemption_bars_reexemption_for_six_months(db, catalog):
    ex = exemptions.grant(db, "91320684X", "某热电厂", "民生供热保障", ["发改委", "生态环境局"], "2024-08-30", actor_of(db, "duty"),
                          catalog=catalog)
    assert ex.active and ex.departments == ("发展和改革委员会", "生态环境局")
    assert exemptions.exempt_codes(db) == {"91320684X"}
    with pytest.raises(UserError, match="已享有豁免"):
        exemptions.grant(db, "91320684X", "某热电厂", "再次", ["生态环境局"], "2024-08-31", actor_of(db, "duty"))
    rev = exemptions.revoke(db, ex.id, "预警期间违规露天作业", actor_of(db, "duty"), catalog=catalog)
    assert not rev.active and rev.banned_until == date(2025, 2, 28)  # 08-31 + 6 months, clamped
    assert exemptions.exempt_codes(db) == set()
    db.clock.advance(timedelta(days=120))
    with pytest.raises(UserError, match="2025年02月28日 起方可重新申请"):
        exemptions.grant(db, "91320684X", "某热电厂", "民生供热保障", ["生态环境局"], "2024-12-29", actor_of(db, "duty"))
    db.clock.set(datetime(2025, 2, 28, 9, 0, tzinfo=TZ))
    again = exemptions.grant(db, "91320684X", "某热电厂", "民生供热保障", ["生态环境局"], "2025-02-28", actor_of(db, "duty"))
    assert again.active
    with pytest.raises(UserError, match="已于"):
        exemptions.revoke(db, ex.id, "x", actor_of(db, "duty"))
    actions = [r["action"] for r in db.audit_records()]
    assert actions.count("exemption.grant") == 2 and actions.count("exemption.revoke") == 1
    assert db.verify_audit().ok


def test_grant_validates_fields(db):
    with pytest.raises(UserError, match="理由"):
        exemptions.grant(db, "C1", "工地", "", ["住建局"], "2024-08-30", actor_of(db, "duty"))
    with pytest.raises(UserError, match="决定部门"):
        exemptions.grant(db, "C1", "工地", "抢险", [], "2024-08-30", actor_of(db, "duty"))
    with pytest.raises(UserError, match="不能晚于今天"):
        exemptions.grant(db, "C1", "工地", "抢险", ["住建局"], "2024-09-30", actor_of(db, "duty"))
    with pytest.raises(UserError, match="违规情况"):
        exemptions.revoke(db, exemptions.grant(db, "C1", "工地", "抢险", ["住建局"], "2024-08-30", actor_of(db, "duty")).id,
                          "", "duty")


def test_add_months():
    assert exemptions.add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert exemptions.add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert exemptions.add_months(date(2024, 7, 15), 6) == date(2025, 1, 15)
