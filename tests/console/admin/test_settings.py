import pytest

from console.common.errors import UserError
from console.admin.settings import DECLARED, Settings
from tests.helpers import admin_of


def test_defaults(store):
    s = Settings(store)
    assert s.get("aqi_t2") == 200 and s.get("district_leader") == "待填写"
    assert s.all().keys() == {d.name for d in DECLARED}


def test_change_is_stored_and_audited(store):
    s = Settings(store)
    assert s.set("aqi_t1", "140", admin_of(store)) == (150, 140)
    assert s.get("aqi_t1") == 140
    rec = store.audit_records()[0]
    assert rec["action"] == "setting.change" and rec["entity_id"] == "aqi_t1" and rec["actor"] == "setup-admin"
    assert store.verify_audit().ok


def test_unchanged_value_writes_nothing(store):
    admin = admin_of(store)
    before = store.audit_records()
    Settings(store).set("aqi_t1", 150, admin)
    assert store.audit_records() == before


def test_invalid_values_name_the_field(store):
    s = Settings(store)
    with pytest.raises(UserError, match="aqi_t2"):
        s.set("aqi_t2", "abc", admin_of(store))
    with pytest.raises(UserError, match="min_valid_hours"):
        s.set("min_valid_hours", 30, admin_of(store))
    with pytest.raises(UserError, match="unknown setting"):
        s.set("nope", 1, admin_of(store))


def test_set_many_all_or_nothing(store):
    s = Settings(store)
    # raising both thresholds together is consistent even though t1 alone would pass t2
    s.set_many({"aqi_t1": 210, "aqi_t2": 250}, admin_of(store))
    assert (s.get("aqi_t1"), s.get("aqi_t2")) == (210, 250)
    n = len(store.audit_records())
    with pytest.raises(UserError, match="t1 < t2 < t3"):
        s.set_many({"aqi_t3": 100, "towns": ["甲镇"]}, admin_of(store))
    assert s.get("towns") != ["甲镇"] and len(store.audit_records()) == n


def test_list_setting_rejects_duplicates(store):
    with pytest.raises(UserError, match="duplicates"):
        Settings(store).set("towns", "三星镇，三星镇", admin_of(store))


def test_daily_report_time_is_a_clock_time(store):
    from console.admin.settings import declared

    d = declared("daily_report_time")
    assert d.default == "14:00" and d.parse("9:05") == "09:05" and d.parse("23：59") == "23:59"
    for bad in ("24:00", "14", "14:60", "两点", ""):
        with pytest.raises(UserError, match=r"每日减排日报报送时间（时:分）（daily_report_time）.*HH:MM"):
            d.parse(bad)
