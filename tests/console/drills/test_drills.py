"""Drills: scenarios, isolation, headless runs and scoring (issue 7)."""
import hashlib
import json
import sqlite3

import pytest

from console import drills
from console.common import paths
from console.cli import main
from console.drills.scenario import scenarios_dir
from console.common.errors import DataError
from tests.helpers import actor_of, admin_of

FULL = scenarios_dir() / "full_cycle.json"


def _variant(tmp_path, name="variant", **edits):
    """full_cycle with timeline events changed: edits = {index: {field: value}} or {index: None} to drop."""
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    for i, change in sorted(edits.get("events", {}).items(), reverse=True):
        if change is None:
            del doc["timeline"][i]
        else:
            doc["timeline"][i].update(change)
    doc["timeline"] += edits.get("extra", [])
    p = tmp_path / f"{name}.json"
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


def _index(kind, **match):
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    return next(i for i, e in enumerate(doc["timeline"])
                if e["type"] == kind and all(e.get(k) == v for k, v in match.items()))


@pytest.fixture(scope="module")
def on_time(tmp_path_factory):
    return drills.run("full_cycle", out_dir=tmp_path_factory.mktemp("ontime"))


def test_builtins_listed_and_valid():
    names = drills.builtin_names()
    assert {"full_cycle", "beijing_2015_12", "beijing_2016_12"} <= set(names)
    for sc in drills.builtins():
        assert sc.participants and sc.events and sc.end > sc.start


def test_full_cycle_headless_is_deterministic(on_time, tmp_path):
    """`on_time` ran once on SQLite (module scope); `again` runs on the test's backend: the same score on both."""
    again = drills.run("full_cycle", out_dir=tmp_path)
    a, b = on_time.to_dict(), again.to_dict()
    for d in (a, b):
        d.pop("db"), d.pop("report")
    assert a == b
    s = on_time.score
    assert s.total == 98.8  # 水利局 short of sprinkling in two half-days (1/4 and 4/4 short): −1.25
    crit = {c.key: c for c in s.criteria}
    assert crit["timeliness"].points == 30 and crit["accuracy"].points == 30 and crit["summaries"].points == 10
    # the injected fault: 水利局 skipped its duties for 24 h
    assert [d.reason[:3] for d in crit["implementation"].deductions] == ["水利局"]
    assert [st.status for st in s.stages] == ["met", "met", "met"]


@pytest.mark.sqlite_only("reads the drill's SQLite file directly")
def test_drill_database_is_marked_and_its_outputs_say_drill(on_time):
    from console.episodes import bulletin
    from console.episodes import cap
    from console.alerts import notifications
    from console.store.db import Store

    con = sqlite3.connect(on_time.db_path)
    assert con.execute("SELECT value FROM meta WHERE key = 'drill'").fetchone() == ("1",)
    con.close()
    assert on_time.db_path.parent.exists() and on_time.db_path.name.startswith("drill_full_cycle_")
    with Store(on_time.db_path, readonly=True) as s:
        assert bulletin.is_drill(s)
        pubs = bulletin.publications(s)
        assert pubs and all(p.identifier.startswith("DRILL-") and p.drill for p in pubs)
        assert "<status>Exercise</status>" in cap.to_cap(s, pubs[0])
        assert "【演练 DRILL】" in bulletin.publication_text(s, pubs[0])
        sent = notifications.history(s)
        assert sent and all(n["title"].startswith("【演练】") for n in sent)
        assert s.verify_audit().ok
    html = on_time.report_path.read_text(encoding="utf-8")
    assert "演练 DRILL" in html and "总分 98.8 / 100" in html


@pytest.mark.sqlite_only("opens the drill's SQLite file")
def test_a_drill_carries_reduction_data_and_its_checks_raise_flags(on_time):
    """full_cycle's meter_data events: the demo firms and meters on the drill's dates; the checks run by themselves
    on the drill clock, the flags (DEMO-003's control equipment off during orange) reach the log and the daily
    report."""
    from datetime import datetime

    from console.common.clock import TZ
    from console.reductions import auto_checks, checks
    from console.reductions import daily_report as D
    from console.store.db import Store

    with Store(on_time.db_path, readonly=True) as s:
        runs = checks.runs(s)
        assert runs and all(auto_checks.is_automatic(r) for r in runs)
        assert {r.level for r in runs} == {"yellow", "orange", "red"}
        orange = [r for r in runs if r.level == "orange"]
        assert ("DEMO-003", "control_off") in {(f["code"], f["kind"]) for r in orange for f in r.flags}
        assert {"DEMO-002", "DEMO-006"} <= {f["code"] for r in runs for f in r.flags if f["kind"] == "not_cut"}
        fig = dict(map(tuple, D.compose(s, datetime(2025, 12, 3, 14, tzinfo=TZ)).rows))
        assert fig["应急减排清单企业（家）"] == 6 and fig["用电核查企业（家）"] == 6
        assert fig["用电核查发现问题企业（家）"] >= 3
        assert bulletin_is_drill(s)
    log = [e.text for e in on_time.log]
    assert any(t.startswith("导入电表数据") for t in log)
    assert any(t.startswith("电表自动核查（橙色预警") and "生产时治污设施停运" in t for t in log)


def bulletin_is_drill(store):
    from console.episodes import bulletin

    return bulletin.is_drill(store)


def test_late_red_signoff_loses_timeliness(on_time, tmp_path):
    i = _index("sign", role="district_leader", at="+2d2h")
    late = drills.run(_variant(tmp_path, events={i: {"at": "+2d5h"}}), out_dir=tmp_path)
    t_on = {c.key: c.points for c in on_time.score.criteria}["timeliness"]
    t_late = {c.key: c for c in late.score.criteria}["timeliness"]
    assert t_late.points < t_on
    assert any("红色" in d.reason and "超过 3 小时时限" in d.reason for d in t_late.deductions)
    assert late.score.total < on_time.score.total


def test_silent_approver_fault_defers_the_signature(tmp_path):
    p = _variant(tmp_path, extra=[{"at": "+2d1h", "type": "fault", "fault": "approver_silent",
                                   "role": "district_leader", "hours": 4}])
    r = drills.run(p, out_dir=tmp_path)
    assert any("审签人未应答" in e.text for e in r.log)
    red = next(s for s in r.score.stages if s.level == "red")
    assert red.status == "missed" and red.in_force_at.hour == 13


def test_wrong_level_proposal_loses_accuracy(on_time, tmp_path):
    i = _index("propose", at="+1h")
    j = _index("sign", role="deputy_head")
    wrong = drills.run(_variant(tmp_path, events={
        i: {"level": "red", "reason": "值班员误判：按红色启动"},
        j: {"role": "bureau_head", "by": "head"}}), out_dir=tmp_path)
    acc = {c.key: c for c in wrong.score.criteria}["accuracy"]
    assert acc.points < 30
    assert any("高于当时研判的黄色" in d.reason for d in acc.deductions)


def test_incomplete_bulletin_is_refused_and_costs_accuracy(tmp_path):
    i = _index("publish", at="+2h")
    r = drills.run(_variant(tmp_path, events={i: {"omit": ["primary_pollutant"]}}), out_dir=tmp_path)
    acc = {c.key: c for c in r.score.criteria}["accuracy"]
    assert any("首要污染物" in d.reason for d in acc.deductions)
    assert any(not e.ok and "首要污染物" in e.text for e in r.log)


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.mark.sqlite_only("compares the live SQLite file's bytes before and after a drill")
def test_live_database_untouched_by_a_drill(capsys):
    from console.store.db import Store
    from console.admin import accounts

    live = paths.default_db_path()
    with Store(live) as s:
        accounts.create_user(s, admin_of(s), "admin", "管理员", ["admin"], "secret1")
    before = {p.name: _sha(p) for p in live.parent.glob("console.sqlite3*")}
    assert main(["drill", "full_cycle", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    after = {p.name: _sha(p) for p in live.parent.glob("console.sqlite3*")}
    assert before == after
    assert out["db"].startswith(str(paths.drills_dir()))
    assert out["total"] == 98.8 and out["drill"] is True
    assert set(out["criteria"]) == {"timeliness", "accuracy", "implementation", "summaries"}
    assert all({"criterion", "points", "reason"} <= set(d) for d in out["deductions"])


def test_cli_list_and_text_output(capsys, tmp_path):
    assert main(["drill", "--list"]) == 0
    assert "beijing_2016_12" in capsys.readouterr().out
    assert main(["drill", "full_cycle", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "演练 DRILL" in out and "总分 total: 98.8" in out


def test_bad_scenario_exits_2_naming_file_and_place(tmp_path, capsys):
    i = _index("propose", at="+1h")
    bad = _variant(tmp_path, name="bad", events={i: {"level": "purple"}})
    assert main(["drill", str(bad), "--json"]) == 2
    err = capsys.readouterr().err
    assert "bad.json:" in err and f"timeline[{i}].level" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1,\n "name": "x"\n "title": 1}', encoding="utf-8")
    assert main(["drill", str(broken)]) == 2
    assert "broken.json:3" in capsys.readouterr().err


@pytest.mark.parametrize("change, where", [
    ({"timeline": [{"at": "+1h", "type": "teleport"}]}, "timeline[0].type"),
    ({"timeline": [{"at": "soon", "type": "fault", "fault": "department_misses", "unit": "水利局"}]},
     "timeline[0].at"),
    ({"participants": [{"username": "a", "display_name": "A", "roles": ["pilot"], "password": "secret1"}]},
     "participants[0].roles"),
    ({"colour": "blue"}, "colour"),
])
def test_strict_validation(tmp_path, change, where):
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    doc.update(change)
    p = tmp_path / "s.json"
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        drills.load(p)
    assert str(p) in str(exc.value) and where in str(exc.value)
    assert exc.value.line is not None


def test_beijing_2015_replay_from_the_demo_file(tmp_path):
    r = drills.run("beijing_2015_12", out_dir=tmp_path)
    t = {c.key: c for c in r.score.criteria}
    assert r.score.total == 91.2
    assert len(t["timeliness"].deductions) == 1 and "红色" in t["timeliness"].deductions[0].reason
    assert any("由观测回推" in e.text for e in r.log)
    assert any(e.kind == "observations" for e in r.log)


def test_beijing_2016_replay_scores_the_faults(tmp_path):
    r = drills.run("beijing_2016_12", out_dir=tmp_path)
    c = {c.key: c for c in r.score.criteria}
    assert any("住房和城乡建设局" in d.reason for d in c["implementation"].deductions)
    assert any("供电公司" in d.reason and "海事处" in d.reason for d in c["summaries"].deductions)


def test_auto_responder_answers_a_scenario(tmp_path):
    r = drills.run("full_cycle", out_dir=tmp_path, auto=True)
    kinds = [e.kind for e in r.log]
    assert "propose" in kinds and "sign" in kinds and "publish" in kinds
    assert {c.key: c.points for c in r.score.criteria}["timeliness"] > 0


@pytest.mark.parametrize("value, where", [
    (["2025-12-02", -5, 210, "pm25"], "timeline[0].values[0]"),
    (["2025-12-02", 230, 180, "pm25"], "timeline[0].values[0][2]"),
    (["2025-13-02", 170, 210, "pm25"], "timeline[0].values[0][0]"),
    (["2025-12-02", 170, 210, "smoke"], "timeline[0].values[0][3]"),
])
def test_bad_forecast_value_is_a_scenario_error_not_a_trainee_error(tmp_path, capsys, value, where):
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    doc["timeline"][0]["values"][0] = value
    p = tmp_path / "badfc.json"
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    assert main(["drill", str(p), "--json", "--out", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "badfc.json:" in captured.err and where in captured.err


# ---- trainee mode (学员自行处置): the runner plays the situation, the trainees answer on the drill store -----
def _trainee_drill(tmp_path, red_sign: tuple = (2, 2, 0), actions: bool = True):
    """full_cycle in trainee mode; the key responses done through the core API on the drill store at the
    script's times (the red district-leader sign-off at day/hour/minute `red_sign`). Returns (runner, result)."""
    from datetime import timedelta

    from console import episodes as E
    from console.episodes import bulletin
    from console.common.clock import FixedClock
    from console.episodes.workflow import assessment_at

    sc = drills.load("full_cycle")
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path, trainees=True)
    pw = {p.username: p.password for p in sc.participants}
    store = r.store

    def go(d=0, h=0, m=0):
        t = sc.start + timedelta(days=d, hours=h, minutes=m)
        r.base.set(t)
        r.advance(t)
        return t

    def ack():
        for n in E.unacknowledged_notices(store):
            E.acknowledge_notice(store, actor_of(store, "duty"), n.id)

    def propose(kind=None):
        a = assessment_at(store, store.clock.now())
        ep = E.current_episode(store)
        if kind is None:
            kind = "start" if ep is None or ep.status == E.OPEN else "upgrade"
        level = None if kind == "lift" else a.level
        E.propose(store, actor_of(store, "duty"), kind, level, list(a.basis), "海门区全域", store.clock.now(),
                  assessed_level=a.level)

    def sign(user, role):
        ps = E.pending_signatures(store)[0]
        assert ps.role == role
        E.sign(store, ps.proposal.id, user, pw[user], role, "approve", ps.proposal.content_hash, actor=user)

    def publish(lift=False):
        ep = E.current_episode(store) or E.latest_episode(store)
        b = bulletin.draft_lift(store, ep.id) if lift else bulletin.draft(
            store, pollution_degree="重度污染", pollution_area="海门区及周边区域", primary_pollutant="PM2.5")
        bulletin.publish(store, ep.id, b, actor_of(store, "duty"))

    if actions:
        go(h=1), propose(), go(h=1, m=30), sign("deputy", "deputy_head"), go(h=2), publish()
        go(1, 0, 40), ack(), go(1, 1), propose(), go(1, 1, 40), sign("head", "bureau_head"), go(1, 2), publish()
        go(2, 0, 30), ack(), go(2, 1), propose(), go(2, 1, 30), sign("head", "bureau_head")
        go(*red_sign), sign("leader", "district_leader"), go(*red_sign[:2], red_sign[2] + 20), publish()
        go(3, 13, 30), ack(), go(3, 14)
        E.record_joint_assessment(store, actor_of(store, "duty"), "生态环境局 王明", "气象局 陈晨", 48, "未来48小时AQI低于黄色预警条件",
                                  store.clock.now())
        go(3, 14, 30), propose("lift"), go(3, 15), sign("leader", "district_leader"), go(3, 15, 30), publish(lift=True)
        go(4, 6)
        for unit in E.summaries_status(store).missing:
            E.record_summary(store, actor_of(store, "duty"), unit, store.clock.now())
    r.run_max()
    return r, drills.finish(r)


def test_trainee_mode_applies_the_situation_not_the_scripted_responses(tmp_path):
    from console import episodes as E

    r, res = _trainee_drill(tmp_path, actions=False)
    try:
        kinds = {e.kind for e in res.log}
        assert {"forecast", "notice", "fault"} <= kinds
        assert not kinds & {"propose", "sign", "publish", "duties", "summaries", "acknowledge", "consultation"}
        assert E.episodes(r.store) and not E.proposals(r.store, E.episodes(r.store)[0].id)
        assert any("学员自行处置" in e.text for e in res.log)
        c = {c.key: c for c in res.score.criteria}
        assert c["timeliness"].points < 10 and c["accuracy"].points <= 10  # nobody answered: the score says so
    finally:
        r.close()


def test_trainee_actions_score_like_scripted_ones_and_a_late_red_signoff_costs(on_time, tmp_path):
    r, ok = _trainee_drill(tmp_path / "ok")
    r.close()
    crit = {c.key: c for c in ok.score.criteria}
    scripted = {c.key: c.points for c in on_time.score.criteria}
    # the trainees did what the script does, at the script's times: the same points (no duties ticked here)
    assert crit["timeliness"].points == scripted["timeliness"] == 30
    assert crit["accuracy"].points == scripted["accuracy"] and crit["summaries"].points == scripted["summaries"]
    assert [s.status for s in ok.score.stages] == [s.status for s in on_time.score.stages]
    assert [(s.proposal_at, s.in_force_at, s.published_at) for s in ok.score.stages] == \
        [(s.proposal_at, s.in_force_at, s.published_at) for s in on_time.score.stages]
    trainee = [e.text for e in ok.log if e.kind == "trainee"]
    assert any("演练-区领导 批准" in t for t in trainee) and any("红色预警" in t and "生效" in t for t in trainee)
    assert any(t.startswith("演练-值班员 发布：DRILL-") for t in trainee)
    r, late = _trainee_drill(tmp_path / "late", red_sign=(2, 5, 0))
    r.close()
    t_late = {c.key: c for c in late.score.criteria}["timeliness"]
    assert t_late.points < 30
    assert any("红色" in d.reason and "超过 3 小时时限" in d.reason for d in t_late.deductions)
    assert late.score.total < ok.score.total


def test_trainee_mode_silent_approver_suspends_the_account(tmp_path):
    from console.admin import accounts
    from console.common.clock import FixedClock
    from console.common.errors import UserError

    p = _variant(tmp_path, extra=[{"at": "+2d1h", "type": "fault", "fault": "approver_silent",
                                   "role": "district_leader", "hours": 4}])
    sc = drills.load(p)
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path, trainees=True)
    try:
        t = sc.start.replace(day=3, hour=10)
        r.base.set(t)
        r.advance(t)
        with pytest.raises(UserError):
            accounts.authenticate(r.store, "leader", "drill-leader")
        t = t.replace(hour=13)
        r.base.set(t)
        r.advance(t)
        assert accounts.authenticate(r.store, "leader", "drill-leader").username == "leader"
        assert any("账号暂停至 12-03 13:00" in e.text for e in r.log) and any(e.kind == "fault_end" for e in r.log)
    finally:
        r.close()


def test_trainee_refused_publication_costs_accuracy_like_a_scripted_one(tmp_path):
    from console.common.clock import FixedClock

    sc = drills.load("full_cycle")
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path, trainees=True)
    try:
        r.publish_refused("duty", "以下必填项为空 required field(s) empty: 首要污染物")
        acc = {c.key: c for c in drills.score(r.store).criteria}["accuracy"]
        assert any("发布被拒" in d.reason and "首要污染物" in d.reason for d in acc.deductions)
        assert any(not e.ok and "演练-值班员 发布未成功" in e.text for e in r.log)
    finally:
        r.close()


def test_auto_and_trainees_are_exclusive(tmp_path):
    with pytest.raises(ValueError):
        drills.DrillRunner(drills.load("full_cycle"), out_dir=tmp_path, auto=True, trainees=True)


def test_drill_finishes_when_a_silent_approver_outlasts_the_end(tmp_path):
    """A signature deferred past the scenario's end (approver silent until after it) never happens: the drill
    still finishes (headless run_max used to loop forever; the GUI drill never ended)."""
    from console.common.clock import FixedClock

    p = _variant(tmp_path, extra=[{"at": "+4d10h", "type": "fault", "fault": "approver_silent",
                                   "role": "district_leader", "hours": 24},
                                  {"at": "+4d12h", "type": "sign", "role": "district_leader", "by": "leader"}])
    sc = drills.load(p)
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path)
    try:
        r.base.set(sc.end)
        r.advance(sc.end)
        assert r.finished and not r.queue
        assert any("在演练结束前未发生" in e.text for e in r.log)
    finally:
        r.close()


@pytest.mark.sqlite_only("about the drill database's file name")
def test_scenario_name_with_path_or_windows_characters_still_makes_one_drill_file(tmp_path):
    """The scenario name goes into the drill database's file name: '/', ':' and the like are replaced, so the
    file is created in the drills folder (not refused, not in a sub-folder) on Windows and Linux alike."""
    from console.common.clock import FixedClock

    doc = json.loads(FULL.read_text(encoding="utf-8"))
    doc["name"] = "冬季/演练: 红色?"
    p = tmp_path / "named.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    sc = drills.load(p)
    out = tmp_path / "out"
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=out)
    try:
        assert r.path.parent == out and r.path.name.startswith("drill_冬季_演练_ 红色_")
        assert r.store.conn.execute("SELECT value FROM meta WHERE key = 'drill_scenario'").fetchone()[0] == sc.name
    finally:
        r.close()


def test_drill_reminders_reach_the_desktop_channel_marked_drill(tmp_path):
    """Issue 19.11: with a desktop channel attached, every drill reminder goes there too, titled 【演练】, and the
    record names the channel; without one they stay in the drill's log (not counted as delivered)."""
    from datetime import timedelta

    from console.alerts.notifications import history
    from console.common.clock import FixedClock

    sc = drills.load("full_cycle")
    r = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path, trainees=True)
    shown = []
    r.desktop = lambda slot, title: shown.append(title) or ("desktop", True, None)
    r.advance(sc.start + timedelta(hours=6))
    assert shown and all(t.startswith("【演练】") for t in shown)
    rows = [x for x in history(r.store) if x["channel"] != "merged"]
    assert {x["channel"] for x in rows} == {"desktop"} and len(rows) == len(shown)
    r.desktop = None
    before = len(shown)
    r.advance(sc.start + timedelta(hours=12))
    assert len(shown) == before
    assert {x["channel"] for x in history(r.store) if x["channel"] not in ("merged", "desktop")} <= {"drill-log"}
    r.close()
