"""`python -m console meters import` (the automatic checks run after the import, as through the facade) and
`python -m console fieldchecks import`: exit 0 with a summary; bad files exit 2 naming file:line, nothing stored."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from helpers import actor_of, admin_of

from console import episodes as E
from console.admin import accounts
from console.cli import main
from console.common.clock import TZ, FixedClock
from console.reductions import auto_checks, checks, demo
from console.reductions import field_checks as F
from console.store.connect import open_store

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)
NOW = datetime(2016, 12, 18, 21, 30, tzinfo=TZ)
PW = "pw123456"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _fixed_clock(monkeypatch, module, when):
    """The command's store runs on `when` (the demo's meter data are of December 2016)."""
    real = module.open_store

    def opened(args, **kw):
        store = real(args, **kw)
        store.clock = FixedClock(when)
        return store

    monkeypatch.setattr(module, "open_store", opened)


def _orange_with_demo(target):
    with open_store(target) as s:
        s.clock = FixedClock(T0)
        admin = admin_of(s)
        for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "li": ["liaison"]}.items():
            accounts.create_user(s, admin, name, name.title(), roles, PW)
        p = E.propose(s, actor_of(s, "duty"), "start", "orange", ["橙色：预测"], "海门区全域", T0,
                      assessed_level="orange")
        E.sign(s, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
        demo.load_demo(s, admin)


def test_meters_import_runs_the_automatic_checks(tmp_path, capsys, monkeypatch, db_arg):
    from console.commands import meters as cmd

    db = tmp_path / "db.sqlite3"
    _orange_with_demo(db_arg(db))
    _fixed_clock(monkeypatch, cmd, NOW)
    rows = demo.meter_rows()
    i = next(k for k, r in enumerate(rows) if r[0] == "DEMO-006" and r[3] == "2016-12-17 10:00")
    rows[i][-1] = f"{float(rows[i][-1]) * 3:.2f}"
    f = tmp_path / "更正.csv"
    f.write_text("企业编号,电表编号,电表类型,时间,电量(kWh),间隔(分钟)\n" + ",".join(rows[i]) + ",60\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main(["meters", "import", str(f), "--db", db_arg(db), "--as", "duty", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "更正 1" in out and "corrected 1" in out
    assert "自动核查 automatic check" in out and "DEMO-003" in out and "control equipment off" in out
    with open_store(db_arg(db)) as s:
        [run] = [r for r in checks.runs(s) if auto_checks.is_automatic(r)]
        assert (run.level, run.start, run.end) == ("orange", T0, datetime(2016, 12, 18, 21, tzinfo=TZ))
        assert sorted(r["actor"] for r in s.audit_records() if r["action"] == "meters.import") == ["duty", "setup-admin"]
    # the same file again: nothing new, nothing written, no second run
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main(["meters", "import", str(f), "--db", db_arg(db), "--as", "duty", "--password-stdin", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["import_id"] is None and got["unchanged"] == 1 and got["automatic_checks"] == []


def test_meters_import_bad_file_or_role_exits_2_and_stores_nothing(tmp_path, capsys, monkeypatch, db_arg):
    from console.commands import meters as cmd

    db = tmp_path / "db.sqlite3"
    _orange_with_demo(db_arg(db))
    _fixed_clock(monkeypatch, cmd, NOW)
    with open_store(db_arg(db)) as s:
        before = s.scalar("SELECT COUNT(*) FROM audit")
    f = write_csv(tmp_path / "bad.csv", ["企业编号", "电表编号", "电表类型", "时间", "功率(kW)"], [
        ["DEMO-001", "m1", "生产", "2016-12-18 08:00", "10"],
        ["NOPE-9", "m1", "生产", "2016-12-18 08:15", "10"],
        ["DEMO-001", "m1", "生产", "2016-12-18 08:07", "x"]])
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main(["meters", "import", str(f), "--db", db_arg(db), "--as", "duty", "--password-stdin"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "bad.csv:3:" in err and "bad.csv:4:" in err and "bad.csv:2:" not in err
    good = write_csv(tmp_path / "good.csv", ["企业编号", "电表编号", "电表类型", "时间", "功率(kW)", "间隔(分钟)"],
                     [["DEMO-001", "m9", "生产", "2016-12-18 08:00", "10", "60"]])
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))  # a liaison may not import meters
    assert main(["meters", "import", str(good), "--db", db_arg(db), "--as", "li", "--password-stdin"]) == 2
    assert "不具备" in capsys.readouterr().err
    with open_store(db_arg(db)) as s:
        assert s.scalar("SELECT COUNT(*) FROM audit") == before + 1  # only the refusal
        assert not [r for r in checks.runs(s) if auto_checks.is_automatic(r)]


HEAD = ["时间", "单位", "类别", "检查数量", "发现问题", "备注"]


def test_fieldchecks_import_and_bad_lines(tmp_path, capsys, monkeypatch, db_arg):
    from console.commands import fieldchecks as cmd

    db = tmp_path / "db.sqlite3"
    with open_store(db_arg(db)) as s:
        accounts.create_user(s, admin_of(s), "duty", "Duty", ["duty_officer"], PW)
    _fixed_clock(monkeypatch, cmd, NOW)
    bad = write_csv(tmp_path / "bad.csv", HEAD, [
        ["2016-12-18 09:00", "三星镇", "工地", "8", "1", "ok"],
        ["2016-12-18 09:00", "火星镇", "工地", "8", "1", ""],
        ["2016-12-18 09:00", "三星镇", "工地", "2", "5", ""]])
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main(["fieldchecks", "import", str(bad), "--db", db_arg(db), "--as", "duty", "--password-stdin"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "bad.csv:3:" in err and "火星镇" in err and "bad.csv:4:" in err and "多于检查数量" in err
    with open_store(db_arg(db)) as s:
        assert F.all_checks(s) == []
    good = write_csv(tmp_path / "good.csv", HEAD, [
        ["2016-12-18 09:00", "三星镇", "工地", "8", "1", "裸土未覆盖"],
        ["2016-12-18 10:30", "公安局", "重型柴油车", "120", "4", ""]])
    for expected in (0, 2):  # the same file twice: refused the second time
        monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
        assert main(["fieldchecks", "import", str(good), "--db", db_arg(db), "--as", "duty",
                     "--password-stdin"]) == expected
    out, err = capsys.readouterr()
    assert "已导入 2 条" in out and "已导入 this file was already imported" in err
    with open_store(db_arg(db)) as s:
        assert sorted((c.kind, c.checked, c.recorded_by) for c in F.all_checks(s)) == [
            ("site", 8, "duty"), ("vehicle", 120, "duty")]
        assert [r["actor"] for r in s.audit_records() if r["action"] == "field_checks.import"] == ["duty"]
