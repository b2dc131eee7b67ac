"""Drills: scenarios, isolation, headless runs and scoring (issue 7)."""
import hashlib
import json
import sqlite3

import pytest

from console import drills, paths
from console.cli import main
from console.drill_scenario import scenarios_dir
from console.errors import DataError

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
    again = drills.run("full_cycle", out_dir=tmp_path)
    a, b = on_time.to_dict(), again.to_dict()
    for d in (a, b):
        d.pop("db"), d.pop("report")
    assert a == b
    s = on_time.score
    assert s.total == 99.7
    crit = {c.key: c for c in s.criteria}
    assert crit["timeliness"].points == 30 and crit["accuracy"].points == 30 and crit["summaries"].points == 10
    # the injected fault: 水利局 skipped its duties for 24 h
    assert [d.reason[:3] for d in crit["implementation"].deductions] == ["水利局"]
    assert [st.status for st in s.stages] == ["met", "met", "met"]


def test_drill_database_is_marked_and_its_outputs_say_drill(on_time):
    from console import bulletin, cap, notifications
    from console.store import Store

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
    assert "演练 DRILL" in html and "总分 99.7 / 100" in html


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


def test_live_database_untouched_by_a_drill(capsys):
    from console.store import Store
    from console import accounts

    live = paths.default_db_path()
    with Store(live) as s:
        accounts.create_user(s, "setup", "admin", "管理员", ["admin"], "secret1")
    before = {p.name: _sha(p) for p in live.parent.glob("console.sqlite3*")}
    assert main(["drill", "full_cycle", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    after = {p.name: _sha(p) for p in live.parent.glob("console.sqlite3*")}
    assert before == after
    assert out["db"].startswith(str(paths.drills_dir()))
    assert out["total"] == 99.7 and out["drill"] is True
    assert set(out["criteria"]) == {"timeliness", "accuracy", "implementation", "summaries"}
    assert all({"criterion", "points", "reason"} <= set(d) for d in out["deductions"])


def test_cli_list_and_text_output(capsys, tmp_path):
    assert main(["drill", "--list"]) == 0
    assert "beijing_2016_12" in capsys.readouterr().out
    assert main(["drill", "full_cycle", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "演练 DRILL" in out and "总分 total: 99.7" in out


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
    assert r.score.total == 90
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
