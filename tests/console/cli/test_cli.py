import json
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import main
from console.store.db import Store

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.no_database
def test_help_lists_subcommands(capsys):
    try:
        main(["--help"])
    except SystemExit as e:
        assert e.code == 0
    out = capsys.readouterr().out
    for cmd in ("measures", "audit"):
        assert cmd in out


@pytest.mark.no_database
def test_measures_json(capsys):
    assert main(["measures", "--level", "orange", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 44
    first = data[0]
    for key in ("id", "level_introduced", "category", "text", "departments"):
        assert key in first
    assert {d["level_introduced"] for d in data} == {"yellow", "orange"}
    assert all(isinstance(d["departments"], list) and d["departments"] for d in data)


@pytest.mark.no_database
def test_measures_table(capsys):
    assert main(["measures", "--level", "red"]) == 0
    out = capsys.readouterr().out
    assert "共 54 项" in out and "已由 II-D2 加严替代" in out


@pytest.mark.no_database
def test_measures_for_department(capsys):
    assert main(["measures", "--level", "yellow", "--department", "海晟集团", "--json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == ["III-D5"]


@pytest.mark.no_database
def test_unknown_level_exit_2(capsys):
    assert main(["measures", "--level", "purple"]) == 2
    captured = capsys.readouterr()
    assert "purple" in captured.err and captured.out == ""


@pytest.mark.sqlite_only("breaks the chain by editing the SQLite file (PostgreSQL refuses the edit: see test_audit_verify_ok_on_each_backend)")
def test_audit_verify_ok_and_broken(tmp_path, capsys):
    p = tmp_path / "a.sqlite3"
    with Store(p) as s:
        s.audit("u", "one", "e")
        s.audit("u", "two", "e")
    assert main(["audit", "verify", "--db", str(p)]) == 0
    assert "OK" in capsys.readouterr().out
    import sqlite3
    c = sqlite3.connect(p)
    c.execute("UPDATE audit SET detail = '{}' || detail WHERE id = 1")
    c.commit()
    c.close()
    assert main(["audit", "verify", "--db", str(p)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "1" in out


def test_audit_verify_ok_on_each_backend(tmp_path, capsys, db_arg):
    p = tmp_path / "a.sqlite3"
    with Store(p) as s:
        s.audit("u", "one", "e")
        s.audit("u", "two", "e")
    assert main(["audit", "verify", "--db", db_arg(p)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and "BROKEN" not in out


@pytest.mark.sqlite_only("a missing database file")
def test_audit_verify_missing_db_exit_2_nothing_created(tmp_path, capsys):
    p = tmp_path / "none.sqlite3"
    assert main(["audit", "verify", "--db", str(p)]) == 2
    assert "none.sqlite3" in capsys.readouterr().err
    assert not p.exists()


@pytest.mark.no_database
def test_module_entry_point_runs():
    r = subprocess.run([sys.executable, "-m", "console", "measures", "--level", "yellow", "--json"],
                       cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 25


@pytest.mark.sqlite_only("an empty or foreign SQLite file")
def test_audit_verify_empty_or_foreign_sqlite_exit_2_no_traceback(tmp_path, capsys):
    import sqlite3
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.sqlite3"
    c = sqlite3.connect(foreign)
    c.execute("CREATE TABLE foo (x)")
    c.commit()
    c.close()
    for p in (empty, foreign):
        before = p.read_bytes()
        assert main(["audit", "verify", "--db", str(p)]) == 2
        err = capsys.readouterr().err
        assert p.name in err and "Traceback" not in err
        assert p.read_bytes() == before


@pytest.mark.sqlite_only("drops a table through sqlite3")
def test_audit_verify_dropped_audit_table_is_broken(tmp_path, capsys):
    import sqlite3
    p = tmp_path / "a.sqlite3"
    with Store(p) as s:
        s.audit("u", "one", "e")
    c = sqlite3.connect(p)
    c.execute("DROP TABLE audit")
    c.commit()
    c.close()
    assert main(["audit", "verify", "--db", str(p)]) == 1
    assert "BROKEN" in capsys.readouterr().out


@pytest.mark.no_database
def test_measures_unknown_department_exit_2_known_one_without_measures_ok(capsys):
    assert main(["measures", "--level", "red", "--department", "不存在局"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "不存在局" in captured.err and "生态环境局" in captured.err
    assert main(["measures", "--level", "yellow", "--department", "宣传部", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["measures", "--level", "red", "--department", "发改委", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 8
