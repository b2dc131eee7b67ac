"""Issue 14.14 in the workflow: while a response is in force the observed district AQI upgrades it (plan
§3.2.2(3)), labelled 监测/实测; with no response in force the same data start nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.episodes.workflow import assessment_at
from console.importers import files as importers
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 1, 8, 0, tzinfo=TZ)
AT = T0 + timedelta(hours=48)
PW = "pw123456"


def load(store, tmp_path):
    obs = tmp_path / "obs.csv"
    obs.write_text("time,station,aqi\n" + "".join(
        f"{T0 + timedelta(hours=h):%Y-%m-%d %H:%M},A,250\n" for h in range(48)), encoding="utf-8")
    fc = tmp_path / "fc.csv"
    fc.write_text("time,aqi,issued_at\n" + "".join(
        f"{AT + timedelta(hours=h):%Y-%m-%d %H:%M},320,{T0:%Y-%m-%d %H:%M}\n" for h in range(24)), encoding="utf-8")
    importers.import_file(store, obs, admin_of(store), kind="observations")
    importers.import_file(store, fc, admin_of(store), kind="forecast")


def test_observed_data_upgrade_only_a_response_in_force(store, tmp_path):
    store.clock = FixedClock(AT)  # the observations are the last 48 hours (none may lie ahead of now)
    load(store, tmp_path)
    a = assessment_at(store, AT)
    assert (a.level, a.observed_level) == ("yellow", "none")  # no response in force: the forecast decides

    accounts.create_user(store, admin_of(store), "duty", "Duty", ["duty_officer"], PW)
    accounts.create_user(store, admin_of(store), "deputy", "Deputy", ["deputy_head"], PW)
    p = E.propose(store, actor_of(store, "duty"), "start", "yellow", ["黄色：预测依据"], "海门区全域", T0, "",
                  assessed_level="yellow")
    for step in p.steps:
        E.sign(store, p.id, "deputy", PW, step.role, "approve", p.content_hash)
    a = assessment_at(store, AT)
    assert (a.level, a.forecast_level, a.observed_level) == ("red", "yellow", "red")
    assert any(line.startswith("红色（按监测数据升级") and "实测250" in line for line in a.basis)
