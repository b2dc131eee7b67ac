"""`python -m console import`: summary and exit 0; problems on stderr and exit 2 with nothing stored."""
from __future__ import annotations

import pytest

from console.cli import main
from console.store.db import Store

GOOD = "time,station,pm25,pm10\n2025-12-01 08:00,A,120,150\n2025-12-01 09:00,A,130,155\n"


def _with_duty(db, target: str | None = None):
    """The accounts: in the module's Store(db), or at `target` (a path or URL, as given to --db)."""
    from console.admin import accounts
    from console.store.connect import open_store
    with (open_store(target) if target else Store(db)) as s:
        admin = accounts.create_first_admin(s, "boss", "管理员", "bosspw12")
        accounts.create_user(s, admin, "duty", "值班员", ["duty_officer"], "dutypw12")
        accounts.create_user(s, admin, "leader", "局长", ["bureau_head"], "leaderpw1")


def as_duty(db, monkeypatch, db_arg=str) -> list[str]:
    """The arguments that import as the duty officer (its password typed at the prompt), with the accounts
    created in the database that `--db db_arg(db)` opens."""
    import getpass
    _with_duty(db, db_arg(db))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "dutypw12")
    return ["--as", "duty"]


def test_import_summary_and_actor(tmp_path, capsys, monkeypatch, db_arg):
    import getpass
    f = tmp_path / "a.csv"
    f.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    _with_duty(db)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "dutypw12")
    assert main(["import", str(f), "--db", db_arg(db), "--as", "duty"]) == 0
    out = capsys.readouterr().out
    assert "新增 2，替换 0" in out and "new 2, replaced 0" in out  # the Chinese summary, then the English
    f.write_text(GOOD.replace("130", "131"), encoding="utf-8")
    assert main(["import", str(f), "--db", db_arg(db), "--as", "duty"]) == 0
    out = capsys.readouterr().out
    assert "替换 1" in out and "replaced 1" in out and "pm25 130→131" in out
    with Store(db) as store:
        recs = store.audit_records(entity="import")
        assert [r["actor"] for r in recs] == ["duty", "duty"]


def test_import_as_someone_needs_their_password(tmp_path, capsys, monkeypatch, db_arg):
    """Issue 13.3/13.4: `--as NAME` imports only with NAME's password, and only for a duty officer or an
    administrator (a refusal is audited); without --as nothing is imported."""
    import io
    f = tmp_path / "a.csv"
    f.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    _with_duty(db)
    for who in ("duty", "ghost"):
        monkeypatch.setattr("sys.stdin", io.StringIO("wrongpw1\n"))
        assert main(["import", str(f), "--db", db_arg(db), "--as", who, "--password-stdin"]) == 2
        assert "wrong username or password" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("leaderpw1\n"))
    assert main(["import", str(f), "--db", db_arg(db), "--as", "leader", "--password-stdin"]) == 2
    assert "不具备" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["import", str(f), "--db", db_arg(db)])
    assert "--as" in capsys.readouterr().err
    with Store(db) as store:
        assert store.audit_records(entity="import") == []
        assert store.audit_records(entity="account")[0]["action"] == "auth.refused"
        assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0


def test_bad_file_exits_2(tmp_path, capsys, monkeypatch, db_arg):
    f = tmp_path / "bad.csv"
    f.write_text(GOOD + "2025-12-01 10:00,A,-1,x\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(f), "--db", db_arg(db), *as_duty(db, monkeypatch, db_arg)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{f}:4: pm25 浓度无效" in err and f"{f}:4: pm10 不是数字" in err
    with Store(db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0


def test_kind_and_co_ug(tmp_path, capsys, monkeypatch, db_arg):
    f = tmp_path / "co.csv"
    f.write_text("time,station,co\n2025-12-01 08:00,A,1200\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    duty = as_duty(db, monkeypatch, db_arg)
    assert main(["import", str(f), "--db", db_arg(db), *duty]) == 2
    assert "--co-ug" in capsys.readouterr().err
    assert main(["import", str(f), "--db", db_arg(db), "--kind", "forecast", *duty]) == 2
    assert "not forecast" in capsys.readouterr().err
    assert main(["import", str(f), "--db", db_arg(db), "--co-ug", "--kind", "observations", *duty]) == 0
    with Store(db) as store:
        assert store.conn.execute("SELECT co FROM observations").fetchone()[0] == 1.2


def test_forecast_import(tmp_path, capsys, monkeypatch, db_arg):
    f = tmp_path / "fc.csv"
    f.write_text("date,aqi,primary_pollutant\n2025-12-02,180-230,PM2.5\n", encoding="gbk")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(f), "--db", db_arg(db), *as_duty(db, monkeypatch, db_arg)]) == 0
    assert "forecast #1" in capsys.readouterr().out


def test_forecast_reaching_yellow_starts_the_clock_as_the_importer(tmp_path, capsys, monkeypatch, db_arg):
    """Issue 13.4: the forecast trigger is recorded by the authenticated person whose import made the
    assessment reach the level (here the duty officer on the command line), never by a free-text name."""
    from datetime import timedelta

    from console import episodes as E
    from console.common.clock import Clock
    from console.store.connect import open_store

    day = Clock().now().date()
    f = tmp_path / "fc.csv"
    f.write_text(f"date,aqi,primary_pollutant\n{day + timedelta(days=1)},230,PM2.5\n"
                 f"{day + timedelta(days=2)},180,PM2.5\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    args = ["import", str(f), "--db", db_arg(db), *as_duty(db, monkeypatch, db_arg)]
    assert main(args) == 0
    assert "触发 trigger" in capsys.readouterr().out
    with open_store(db_arg(db)) as s:
        (trigger,) = E.current_episode(s).triggers
        assert trigger.source == "forecast" and trigger.level == "yellow" and trigger.recorded_by == "duty"
    assert main(args) == 0  # the same forecast again: its clock is running, no second trigger
    assert "触发 trigger" not in capsys.readouterr().out
    with open_store(db_arg(db)) as s:
        assert len(E.current_episode(s).triggers) == 1
