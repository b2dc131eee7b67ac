"""python -m console episode status; and ending an episode that never reached a level."""
import json
from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin import accounts
from console.cli import main
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.store.db import Store
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _setup(path):
    s = Store(path, FixedClock(T0))
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(s, admin_of(s), name, name.title(), roles, PW)
    return s


def test_status_prints_level_pending_and_deadline(tmp_path, capsys, db_arg):
    db = tmp_path / "c.sqlite3"
    with _setup(db) as s:
        E.receive_notice(s, actor_of(s, "duty"), "city", "issue", "red", "通1", T0)
        p = E.propose(s, actor_of(s, "duty"), "start", "red", ["红色"], "全区", T0, assessed_level="red")
        E.sign(s, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    assert main(["episode", "status", "--db", db_arg(db)]) == 0
    out = capsys.readouterr().out
    assert "无预警" in out and "区政府领导" in out and "截止 2025-12-02 11:00" in out
    assert main(["episode", "status", "--db", db_arg(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "none" and data["pending"][0]["role"] == "district_leader"
    assert data["deadlines"][0]["due_at"] == "2025-12-02 11:00"


def test_status_on_empty_database(tmp_path, capsys, db_arg):
    db = tmp_path / "e.sqlite3"
    Store(db).close()
    assert main(["episode", "status", "--db", db_arg(db)]) == 0
    assert "没有重污染过程记录" in capsys.readouterr().out


def test_episode_that_never_started_can_be_ended_with_a_reason(tmp_path):
    with _setup(tmp_path / "n.sqlite3") as s:
        E.record_trigger(s, actor_of(s, "duty"), "forecast", "yellow", T0)
        s.clock.advance(timedelta(hours=1))
        with pytest.raises(UserError, match="no level in force"):
            E.propose(s, actor_of(s, "duty"), "lift", None, [], "", None)
        with pytest.raises(UserError, match="reason"):
            E.propose(s, actor_of(s, "duty"), "end", None, [], "", None)
        p = E.propose(s, actor_of(s, "duty"), "end", None, [], "", None, "会商后预测转好，不启动")
        assert [st.role for st in p.steps] == ["deputy_head"]
        accounts.create_user(s, admin_of(s), "deputy", "Deputy", ["deputy_head"], PW)
        r = E.sign(s, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
        assert r.episode_ended and r.ended_level is None
        assert E.response_deadlines(s)[0].status == "closed"
        assert E.level_intervals(s) == []
        assert s.verify_audit().ok
