"""Response-measure boards: activation, upgrade, check-off, recurring counts, overdue, export (issue #5)."""
from datetime import datetime, timedelta

import openpyxl
import pytest

from console.admin import accounts
from console.measures import board, liaisons
from console.measures.status import status, unit_summaries
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.store.db import Store
from tests.helpers import actor_of, admin_of

T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)
EP = "EP-1"


@pytest.fixture
def clock():
    return FixedClock(T0)


@pytest.fixture
def db(tmp_path, clock):
    s = Store(tmp_path / "board.sqlite3", clock)
    accounts.create_user(s, admin_of(s), "duty", "值班员甲", ["duty_officer"], "secret1")
    accounts.create_user(s, admin_of(s), "zj", "住建联络员", ["liaison"], "secret1")
    accounts.create_user(s, admin_of(s), "ga", "公安联络员", ["liaison"], "secret1")
    board.assign_liaison(s, "zj", "住建局", admin_of(s))
    board.assign_liaison(s, "ga", "公安局", admin_of(s))
    yield s
    s.close()


def _find(sts, measure, unit):
    return next(s for s in sts if s.measure_id == measure and s.unit == unit)


def _task(db, measure, unit):
    return next(t for t in board.tasks(db, EP) if t["measure_id"] == measure and t["unit"] == unit)


def test_activation_creates_tasks_per_department_and_town(db, catalog):
    ch = board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    rows = board.tasks(db, EP)
    assert len(ch.added) == len(rows)
    units_d1 = {t["unit"] for t in rows if t["measure_id"] == "III-D1"}
    assert set(catalog.towns) <= units_d1 and "住房和城乡建设局" in units_d1 and "各区镇" not in units_d1
    assert not any(t["measure_id"] == "II-V6" for t in rows)  # listed twice in the plan: ticked once as II-A3
    assert {t["state"] for t in rows} == {"replaced", "open"} or {t["state"] for t in rows} == {"open"}
    # activating the same level again changes nothing and writes no audit record
    n_audit = len(db.audit_records())
    assert not board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    assert len(db.audit_records()) == n_audit


def test_orange_upgraded_to_red(db, clock, catalog):
    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    sts = status(db, EP, T0, catalog=catalog)
    spr = _find(sts, "II-D2", "住房和城乡建设局")
    assert [c.required for c in spr.counters] == [3] and spr.period_label == "12月3日上午"
    # two rounds this morning under orange
    board.record_count(db, spr.task_id, T0, actor_of(db, "zj"), 2, catalog=catalog)
    clock.set(T0 + timedelta(hours=2))
    up = T0 + timedelta(hours=2)
    ch = board.activate(db, EP, "red", up, admin_of(db), catalog=catalog)
    red_ids = {m.id for m in catalog.measures if m.level_introduced == "red"}
    added = {board.get_task(db, i)["measure_id"] for i in ch.added}
    assert added == red_ids
    replaced = {(board.get_task(db, i)["measure_id"], board.get_task(db, i)["unit"]) for i in ch.replaced}
    assert ("II-D2", "住房和城乡建设局") in replaced and ("III-O1", "公安局") in replaced
    sts = status(db, EP, up, catalog=catalog)
    old = _find(sts, "II-D2", "住房和城乡建设局")
    assert old.state == "replaced" and old.replaced_by == "I-D2" and old.state_zh == "已替代"
    new = _find(sts, "I-D2", "住房和城乡建设局")
    # 3 → 4 per half-day; the two rounds already done this morning count toward the stricter duty
    assert [(c.done, c.required) for c in new.counters] == [(2, 4)]
    # (reading) 城市管理局 is not named by I-D2: its orange sprinkling duty stays in force at 3
    kept = _find(sts, "II-D2", "城市管理局")
    assert kept.active and [c.required for c in kept.counters] == [3]
    assert all(_find(sts, "II-D1", t).state == "replaced" for t in catalog.towns)
    # kept, not deleted: every task of the orange board is still there
    assert len(board.tasks(db, EP)) == len(sts)
    assert db.verify_audit().ok


def test_checkoffs_by_two_departments_and_on_behalf(db, clock, catalog):
    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    t_zj = _task(db, "III-D2", "住房和城乡建设局")
    t_ga = _task(db, "III-O7", "公安局")
    board.check(db, t_zj["id"], actor_of(db, "zj"), None, "已通知全部工地", T0, catalog=catalog)
    board.check(db, t_ga["id"], actor_of(db, "ga"), None, "", T0, catalog=catalog)
    with pytest.raises(UserError, match="不是 交通运输局 的联络员"):
        board.check(db, _task(db, "II-V4", "交通运输局")["id"], actor_of(db, "zj"), None, "", T0, catalog=catalog)
    with pytest.raises(UserError, match="不是联络员"):
        board.check(db, _task(db, "II-V4", "交通运输局")["id"], actor_of(db, "duty"), None, "", T0, catalog=catalog)
    t_jt = _task(db, "II-V4", "交通运输局")
    board.check(db, t_jt["id"], actor_of(db, "duty"), "交通运输局", "电话确认", T0, catalog=catalog)
    sts = status(db, EP, T0, catalog=catalog)
    assert _find(sts, "III-D2", "住房和城乡建设局").done
    jt = _find(sts, "II-V4", "交通运输局")
    assert jt.done and jt.last["on_behalf_of"] == "交通运输局" and jt.last["by"] == "duty"
    with pytest.raises(UserError, match="已确认"):
        board.check(db, t_ga["id"], actor_of(db, "ga"), None, "", T0, catalog=catalog)
    # undo is a new record; the check-off stays in the history
    board.undo(db, t_ga["id"], actor_of(db, "ga"), "误点", catalog=catalog)
    ga = _find(status(db, EP, T0, catalog=catalog), "III-O7", "公安局")
    assert ga.state == "open" and [e["kind"] for e in ga.history] == ["added", "check", "undo"]
    with pytest.raises(UserError, match="原因"):
        board.undo(db, t_zj["id"], actor_of(db, "zj"), " ", catalog=catalog)
    actions = [r["action"] for r in db.audit_records()]
    assert actions.count("board.check") == 3 and "board.undo" in actions
    summary = {u.unit: u for u in unit_summaries(sts)}
    assert summary["公安局"].done == 1 and summary["交通运输局"].done == 1


def test_overdue_when_half_day_ends_short(db, clock, catalog):
    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    tid = _task(db, "II-D2", "住房和城乡建设局")["id"]
    board.record_count(db, tid, T0, actor_of(db, "zj"), 3, catalog=catalog)  # morning met
    clock.set(T0.replace(hour=13))
    board.record_count(db, tid, clock.now(), actor_of(db, "zj"), 1, catalog=catalog)  # afternoon: only 1 of 3
    st = _find(status(db, EP, clock.now(), catalog=catalog), "II-D2", "住房和城乡建设局")
    assert not st.overdue and st.counters[0].done == 1
    night = T0.replace(hour=0) + timedelta(days=1, minutes=30)
    clock.set(night)
    st = _find(status(db, EP, night, catalog=catalog), "II-D2", "住房和城乡建设局")
    assert st.overdue and st.state_zh == "逾期"
    assert [m.text() for m in st.missed] == ["12月3日下午 洒水降尘1/3"]
    # no back-filling a period that ended short
    with pytest.raises(UserError, match="不能补记"):
        board.record_count(db, tid, T0.replace(hour=23), actor_of(db, "zj"), 2, catalog=catalog)
    # the next half-day met: no longer overdue, but the miss stays recorded
    board.record_count(db, tid, night, actor_of(db, "zj"), 3, catalog=catalog)
    noon = night.replace(hour=12, minute=5)
    clock.set(noon)
    st = _find(status(db, EP, noon, catalog=catalog), "II-D2", "住房和城乡建设局")
    assert not st.overdue and len(st.missed) == 1


def test_road_sweeping_depends_on_temperature(db, clock, catalog):
    board.activate(db, EP, "yellow", T0, admin_of(db), catalog=catalog)
    st = _find(status(db, EP, T0, catalog=catalog), "III-D5", "海晟集团")
    assert [c.required for c in st.counters] == [None, None] and "未录入" in st.note
    assert st.state_zh == "气温未录入"
    board.set_temperature(db, "2024-12-03", 3.5, actor_of(db, "duty"))
    st = _find(status(db, EP, T0, catalog=catalog), "III-D5", "海晟集团")
    assert st.counters == () and "不要求" in st.note and st.done
    board.set_temperature(db, "2024-12-03", 6, actor_of(db, "duty"))  # a correction is a new row
    st = _find(status(db, EP, T0, catalog=catalog), "III-D5", "海晟集团")
    assert [(c.label, c.required) for c in st.counters] == [("道路机扫（冲洗）", 2), ("洒水（或冲洗）", 2)]
    accounts.create_user(db, admin_of(db), "hs", "海晟联络员", ["liaison"], "secret1")
    board.assign_liaison(db, "hs", "海晟集团", admin_of(db))
    board.record_count(db, st.task_id, T0, actor_of(db, "hs"), 2, catalog=catalog)
    board.record_count(db, st.task_id, T0, actor_of(db, "hs"), 2, counter="extra", catalog=catalog)
    assert _find(status(db, EP, T0, catalog=catalog), "III-D5", "海晟集团").done
    with pytest.raises(UserError, match="超出"):
        board.set_temperature(db, "2024-12-03", 99, actor_of(db, "duty"))


def test_petrol_station_daily_confirmation(db, clock, catalog):
    board.activate(db, EP, "yellow", T0.replace(hour=7), admin_of(db), catalog=catalog)
    tid = _task(db, "III-O4", "商务局")["id"]
    clock.set(T0.replace(hour=19))
    st = _find(status(db, EP, clock.now(), catalog=catalog), "III-O4", "商务局")
    assert st.overdue and st.period_label == "12月3日 08:00–18:00"
    with pytest.raises(UserError, match="已过"):
        board.record_count(db, tid, clock.now(), actor_of(db, "duty"), 1, on_behalf_of_unit="商务局", catalog=catalog)
    clock.set(T0 + timedelta(days=1))
    board.record_count(db, tid, clock.now(), actor_of(db, "duty"), 1, on_behalf_of_unit="商务局", catalog=catalog)
    with pytest.raises(UserError, match="今日已确认"):
        board.record_count(db, tid, clock.now(), actor_of(db, "duty"), 1, on_behalf_of_unit="商务局", catalog=catalog)
    st = _find(status(db, EP, clock.now(), catalog=catalog), "III-O4", "商务局")
    assert st.done and len(st.missed) == 1 and not st.overdue


def test_close_board_keeps_it_read_only(db, clock, catalog):
    board.activate(db, EP, "yellow", T0, admin_of(db), catalog=catalog)
    tid = _task(db, "III-O7", "公安局")["id"]
    clock.advance(timedelta(hours=5))
    ch = board.close_board(db, EP, clock.now(), admin_of(db))
    assert ch.closed and board.get_board(db, EP)["closed_at"]
    assert not board.close_board(db, EP, clock.now(), admin_of(db))
    with pytest.raises(UserError, match="只读"):
        board.check(db, tid, actor_of(db, "ga"), None, "", clock.now(), catalog=catalog)
    with pytest.raises(UserError, match="关闭"):
        board.activate(db, EP, "red", clock.now(), admin_of(db), catalog=catalog)
    assert len(status(db, EP, clock.now() + timedelta(days=3), catalog=catalog)) == len(board.tasks(db, EP))


def test_downgrade_withdraws_and_restores(db, clock, catalog):
    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    clock.set(T0 + timedelta(hours=1))
    board.activate(db, EP, "red", clock.now(), admin_of(db), catalog=catalog)
    clock.set(T0 + timedelta(hours=3))
    ch = board.activate(db, EP, "orange", clock.now(), admin_of(db), catalog=catalog)
    assert ch.withdrawn and ch.restored
    sts = status(db, EP, clock.now(), catalog=catalog)
    assert _find(sts, "I-D2", "住房和城乡建设局").state == "withdrawn"
    assert _find(sts, "II-D2", "住房和城乡建设局").state == "open"


def test_future_time_and_unknown_user_refused(db, clock, catalog):
    board.activate(db, EP, "yellow", T0, admin_of(db), catalog=catalog)
    tid = _task(db, "III-O7", "公安局")["id"]
    with pytest.raises(UserError, match="未来|不能晚于"):
        board.check(db, tid, actor_of(db, "ga"), None, "", T0 + timedelta(hours=1), catalog=catalog)
    with pytest.raises(UserError, match="未经认证"):
        board.check(db, tid, "nobody", None, "", T0, catalog=catalog)
    with pytest.raises(UserError, match="计次"):
        board.check(db, _task(db, "III-D3", "住房和城乡建设局")["id"], actor_of(db, "zj"), None, "", T0, catalog=catalog)


def test_xlsx_export_matches_status(db, clock, catalog, tmp_path):
    from console.measures.export import COLUMNS, export_xlsx

    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    board.check(db, _task(db, "III-O7", "公安局")["id"], actor_of(db, "ga"), None, "已发布禁放通告", T0, catalog=catalog)
    sts = status(db, EP, T0, catalog=catalog)
    path = export_xlsx(db, EP, tmp_path / "board.xlsx", T0, catalog=catalog)
    wb = openpyxl.load_workbook(path)
    ws = wb["任务"]
    rows = list(ws.iter_rows(values_only=True))
    header_row = next(i for i, r in enumerate(rows) if r[0] == COLUMNS[0])
    assert list(rows[header_row]) == list(COLUMNS)
    body = rows[header_row + 1:]
    assert len(body) == len(sts)
    got = {(r[1], r[2]): r for r in body}
    gongan = got[("III-O7", "公安局")]
    assert gongan[6] == "已完成" and "已发布禁放通告" in gongan[9]
    assert got[("II-D2", "住房和城乡建设局")][7] == "洒水降尘 0/3"
    units = list(wb["单位进度"].iter_rows(values_only=True))
    assert any(r[0] == "公安局" for r in units)


def test_a_liaison_sees_his_units_tasks_by_default(db, catalog):
    """Issue 19.6: the 住建局 liaison's board is his unit's tasks, not 全部单位; the duty officer sees all."""
    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    unit = board.liaison_units(db, "zj")[0]
    assert liaisons.units_in_view(db, "zj") == [unit]
    mine = liaisons.tasks_in_view(db, EP, "zj")
    assert mine and {t["unit"] for t in mine} == {unit}
    assert len(liaisons.tasks_in_view(db, EP, "duty")) == len(board.tasks(db, EP)) > len(mine)
    assert liaisons.units_in_view(db, "duty") is None and liaisons.units_in_view(db, None) is None
    assert liaisons.user_title(db, "zj") == ("liaison", [unit])
    assert liaisons.user_title(db, "duty") == ("duty_officer", [])


def test_overdue_reminders_reach_only_the_units_liaison(db, clock, catalog):
    from console.alerts import deadlines
    from console.alerts.escalation import Policy, addressed_to, schedule

    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    clock.set(T0 + timedelta(hours=17))  # the afternoon half-day ended with no sprinkling recorded
    items = [p for p in deadlines._overdue_duties(db, clock.now())]
    assert items
    zj, ga = board.liaison_units(db, "zj")[0], board.liaison_units(db, "ga")[0]
    for item in items:
        unit = item.title.split("：")[0]
        first = schedule(item, Policy(), item.since)[0]
        assert first.recipients[0] == f"liaison:{unit}"
        assert addressed_to(first.recipients, {"liaison"}, {zj}) == (unit == zj)
        assert addressed_to(first.recipients, {"liaison"}, {ga}) == (unit == ga)
        assert addressed_to(first.recipients, {"duty_officer"})


def test_sprinkling_shortfall_at_risk_then_every_missed_period_shown_with_its_rule(db, clock, catalog):
    """Issue 19.7: 2 of 4 morning sprinklings: 'at risk' in the last 2 hours of the morning, then the morning's
    2/4 and the afternoon's 0/4 are both missed periods, on the board and in the printout, with the rule."""
    from console.measures.export import board_html

    start = T0.replace(hour=0, minute=30)
    clock.set(start)
    board.activate(db, EP, "red", start, admin_of(db), catalog=catalog)
    t = _task(db, "I-D2", "住房和城乡建设局")
    clock.set(start + timedelta(hours=2))
    board.record_count(db, t["id"], None, actor_of(db, "zj"), 2, catalog=catalog)
    clock.set(start.replace(hour=9))
    st = _find(status(db, EP, catalog=catalog), "I-D2", "住房和城乡建设局")
    assert not st.at_risk and st.state_zh == "进行中"
    clock.set(start.replace(hour=10, minute=30))
    st = _find(status(db, EP, catalog=catalog), "I-D2", "住房和城乡建设局")
    assert st.at_risk and st.state_zh == "有风险"
    clock.set(start + timedelta(days=1, hours=2))
    st = _find(status(db, EP, catalog=catalog), "I-D2", "住房和城乡建设局")
    assert [m.text() for m in st.missed] == ["12月3日上午 洒水降尘2/4", "12月3日下午 洒水降尘0/4"]
    assert "时段结束时记录次数少于要求即为缺漏" in st.rule_zh
    html = board_html(db, EP, unit="住房和城乡建设局", catalog=catalog)
    assert "12月3日上午 洒水降尘2/4；12月3日下午 洒水降尘0/4" in html and "判定规则" in html


def test_a_duty_started_mid_period_owes_its_share(db, clock, catalog):
    """Started at 08:00 the morning owes 1 of 4 sprinklings (4 h of 12, rounded down); at 23:00 nothing."""
    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    clock.set(T0 + timedelta(hours=5))
    st = _find(status(db, EP, catalog=catalog), "I-D2", "住房和城乡建设局")
    assert [m.text() for m in st.missed] == ["12月3日上午 洒水降尘0/1"]


def test_a_liaison_is_shown_only_his_units_pending_items(db, clock, catalog):
    from console.alerts import deadlines

    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    clock.set(T0 + timedelta(hours=17))
    items = deadlines.collect(db, clock.now())
    unit = board.liaison_units(db, "zj")[0]
    mine = liaisons.pending_for(db, "zj", items)
    assert mine and all(p.title.startswith(unit) for p in mine)
    assert len(liaisons.pending_for(db, "duty", items)) == len(items) > len(mine)
