"""The meter checks running by themselves: hourly while a level is in force, after a meter import, once when the
span ends; recorded by the system (audited), never twice for the same data; a control-off flag raises a reminder
until an inspection is sent."""
import json
from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin import accounts, session
from console.alerts import deadlines
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.reductions import auto_checks, checks, demo, inspections
from helpers import actor_of, admin_of

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)  # orange takes effect (the demo's curtailments start here)
PW = "pw123456"


def at(store, *args):
    store.clock = FixedClock(datetime(2016, 12, *args, tzinfo=TZ))


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    admin = admin_of(store)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin, name, name.title(), roles, PW)
    p = E.propose(store, actor_of(store, "duty"), "start", "orange", ["橙色：预测"], "海门区全域", T0,
                  assessed_level="orange")
    E.sign(store, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    demo.load_demo(store, admin)  # the demo firms and meters, and one check by hand of the demo's red span
    return store


def system_runs(store):
    return [r for r in checks.runs(store) if auto_checks.is_automatic(r)]


def test_hourly_while_in_force_recorded_by_the_system_and_never_twice(st):
    assert auto_checks.run_due(st) == []  # 20:00: no full hour of the span yet
    at(st, 18, 21, 30)
    [run] = auto_checks.run_due(st)
    assert (run.by, run.level, run.start, run.end) == ("system", "orange", T0, datetime(2016, 12, 18, 21, tzinfo=TZ))
    assert ("DEMO-003", "control_off") in {(f["code"], f["kind"]) for f in run.flags}
    audit = st.rows("SELECT actor, action, entity_id FROM audit WHERE action = 'reductions.check' ORDER BY id")
    assert audit[-1] == {"actor": "system", "action": "reductions.check", "entity_id": str(run.id)}
    assert auto_checks.run_due(st) == []  # the same hour, the same data: nothing
    at(st, 18, 22, 5)
    [later] = auto_checks.run_due(st)  # a new hour with its readings: the span so far again
    assert later.end == datetime(2016, 12, 18, 22, tzinfo=TZ) and later.id > run.id
    # after the last reading (12-22) the hours bring no new data: no new run, however often it is asked
    at(st, 23, 10, 30)
    assert len(auto_checks.run_due(st)) == 1
    n = len(system_runs(st))
    at(st, 23, 11, 30)
    assert auto_checks.run_due(st) == [] and auto_checks.run_due(st) == []
    at(st, 23, 12, 30)
    assert auto_checks.run_due(st) == [] and len(system_runs(st)) == n


def test_once_at_the_end_of_the_span_and_again_only_after_an_import(st, tmp_path):
    at(st, 18, 12, 10)
    [hourly] = auto_checks.run_due(st)
    at(st, 18, 12, 40)
    up = E.propose(st, actor_of(st, "duty"), "upgrade", "red", ["红色：预测"], "海门区全域", st.clock.now(),
                   assessed_level="red")
    for s in up.steps:
        E.sign(st, up.id, {"bureau_head": "head", "district_leader": "leader"}[s.role], PW, s.role, "approve",
               up.content_hash)
    at(st, 18, 12, 50)
    runs = auto_checks.run_due(st)
    final = [r for r in runs if r.level == "orange"]
    assert len(final) == 1 and final[0].end == datetime(2016, 12, 18, 12, 40, tzinfo=TZ)
    assert final[0].firms != hourly.firms  # 40 more minutes: the 12:00 hour now counts
    at(st, 19, 9, 0)
    assert [r.level for r in auto_checks.run_due(st)] == ["red"]  # the red span hourly; orange is done
    # a corrected reading inside the orange span: the end-of-span check runs again (the figures changed)
    rows = demo.meter_rows()
    i = next(k for k, r in enumerate(rows) if r[0] == "DEMO-006" and r[3] == "2016-12-17 10:00")
    rows[i][-1] = f"{float(rows[i][-1]) * 3:.2f}"
    f = tmp_path / "更正.csv"
    f.write_text("企业编号,电表编号,电表类型,时间,电量(kWh),间隔(分钟)\n" + ",".join(rows[i]) + ",60\n", encoding="utf-8")
    imported = auto_checks.import_then_check(st, actor_of(st, "duty"), f)
    assert imported.changed == 1
    again = [r for r in system_runs(st) if r.level == "orange" and r.end == final[0].end]
    assert len(again) == 2 and again[0].firms != again[1].firms


def test_control_off_raises_a_reminder_until_an_inspection_is_sent(st):
    def items():
        return [p for p in deadlines.collect(st) if p.key.startswith("control_off:")]

    assert items() == []  # the demo's own check was by hand
    at(st, 18, 21, 30)
    auto_checks.run_due(st)
    [item] = items()
    assert item.key == f"control_off:{T0.isoformat()}:DEMO-003" and item.roles == ("duty_officer",)
    assert item.severity == "critical" and "治污设施停运" in item.title and "12 小时" in item.body
    assert "control equipment off" in item.body_en and "12 h" in item.body_en
    at(st, 18, 22, 30)
    auto_checks.run_due(st)
    assert [p.key for p in items()] == [item.key]  # the later run's flag is the same item
    flag = next(f for f in system_runs(st)[0].flags if f["kind"] == "control_off")
    inspections.create(st, actor_of(st, "duty"), "DEMO-003", "临江新区", flag_id=flag["id"])
    assert items() == []


def test_the_system_may_record_checks_and_nothing_else(st):
    system = session.system_automation()
    with pytest.raises(UserError, match="系统自动"):
        checks.run_check(st, system, T0, T0 + timedelta(days=1), "orange")  # a person's command
    assert st.scalar("SELECT COUNT(*) FROM audit WHERE action = 'auth.refused' AND actor = 'system'") == 1
    with pytest.raises(UserError):
        inspections.create(st, system, "DEMO-003", "临江新区")
    params = json.loads(st.scalar("SELECT params FROM check_runs ORDER BY id DESC LIMIT 1"))
    assert params["weekday_days"] == 10 and isinstance(params["holidays"], list)
