"""Issue 16.5: the episode lifecycle and the board check-offs from the command line — `episode propose|sign|publish|
lift` and `measures tasks|tick`, each `--as USER` with the password from standard input — through the same core
functions as the GUI: the same refusals with the same messages (exit 2, recorded, nothing written)."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from console import episodes as E
from console.admin import accounts
from console.cli import main
from console.episodes import bulletin as B
from console.measures import board
from console.store import connect
from tests.helpers import actor_of, admin_of

ROOT = Path(__file__).resolve().parents[3]
PW = "pw123456"
PEOPLE = {"duty": ["duty_officer"], "head": ["bureau_head"], "zj": ["liaison"]}


def _setup(target) -> None:
    with connect.open_store(str(target)) as s:
        for name, roles in PEOPLE.items():
            accounts.create_user(s, admin_of(s), name, name.title(), roles, PW)
        board.assign_liaison(s, "zj", "住建局", admin_of(s))
        E.receive_notice(s, actor_of(s, "duty"), "city", "issue", "orange", "通环〔2025〕1号")


@pytest.fixture
def cli(monkeypatch, capsys):
    def run(*argv, password=PW):
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n"))
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def _audit(target):
    with connect.open_store(str(target)) as s:
        return s.audit_records()


def _refused(cli, target, argv, who, message, password=PW):
    before = _audit(target)
    code, _out, err = cli(*argv, "--db", str(target), "--as", who, "--password-stdin", password=password)
    assert code == 2 and message in err
    after = _audit(target)
    # nothing written but the refusal itself (a wrong password changes nothing on the trail either)
    assert [r["action"] for r in after[:len(after) - len(before)]] in (["auth.refused"], ["signoff.refused"], [])


def _lifecycle(cli, target):
    db = ("--db", str(target))
    me = lambda who: ("--as", who, "--password-stdin")  # noqa: E731
    # a liaison cannot propose; a wrong password is refused before anything happens
    _refused(cli, target, ["episode", "propose", "start"], "zj", "不具备值班员角色")
    _refused(cli, target, ["episode", "propose", "start"], "duty", "用户名或密码错误", password="wrong-pw")
    code, out, _ = cli("episode", "propose", "start", *db, *me("duty"), "--json")
    assert code == 0
    p = json.loads(out)
    assert p["level"] == "orange" and [s["role"] for s in p["steps"]] == ["bureau_head"]
    # the proposer cannot sign; the duty officer holds no signing role
    _refused(cli, target, ["episode", "sign", str(p["proposal"])], "duty", "不具备")
    code, out, _ = cli("episode", "sign", str(p["proposal"]), *db, *me("head"), "--hash", p["content_hash"])
    assert code == 0 and "橙色预警（Ⅱ级）生效" in out
    # publishing: the duty officer, never the bureau head
    pub = ["episode", "publish", "--degree", "重度污染", "--pollution-area", "海门区全域", "--pollutant", "PM2.5"]
    _refused(cli, target, pub, "head", "不具备值班员角色")
    code, out, _ = cli(*pub, *db, *me("duty"), "--json")
    assert code == 0 and json.loads(out)["msg_type"] == "Alert"
    # the board: a liaison ticks his own unit's tasks only; the duty officer any, on the unit's behalf
    code, out, _ = cli("measures", "tasks", *db, "--json")
    tasks = json.loads(out)
    ga = next(t for t in tasks if t["unit"] == "公安局" and t["recurring"] is None and t["state"] == "open")
    _refused(cli, target, ["measures", "tick", str(ga["task"])], "zj", "不是 公安局 的联络员")
    code, out, _ = cli("measures", "tick", str(ga["task"]), *db, *me("duty"), "--on-behalf", "公安局", "--json")
    assert code == 0 and json.loads(out)["on_behalf_of"] == "公安局"
    code, out, _ = cli("measures", "tasks", *db, "--json")
    assert next(t for t in json.loads(out) if t["task"] == ga["task"])["state"] == "done"
    # the lift: refused while the city's warning stands, as on the warnings page
    code, _, err = cli("episode", "lift", *db, *me("duty"))
    assert code == 2 and "仍在生效" in err
    with connect.open_store(str(target)) as s:
        E.receive_notice(s, actor_of(s, "duty"), "city", "lift", None, "通环〔2025〕2号")
        E.record_joint_assessment(s, actor_of(s, "duty"), "王工", "李工", 48, "持续改善")
    code, out, _ = cli("episode", "lift", *db, *me("duty"), "--json")
    lift = json.loads(out)
    assert code == 0 and lift["kind"] == "lift"
    code, out, _ = cli("episode", "sign", str(lift["proposal"]), *db, *me("head"))
    assert code == 0 and "过程结束" in out
    code, out, _ = cli("episode", "publish", "--lift", *db, *me("duty"), "--json")
    assert code == 0 and json.loads(out)["msg_type"] == "Cancel"
    with connect.open_store(str(target)) as s:
        ep = E.latest_episode(s)
        assert ep.status == E.ENDED and [x.msg_type for x in B.publications(s, ep.id)] == ["Alert", "Cancel"]


def test_lifecycle_on_a_sqlite_file(cli, tmp_path):
    target = tmp_path / "console.sqlite3"
    _setup(target)
    _lifecycle(cli, target)


def test_lifecycle_on_postgresql(cli, pg_url):
    _setup(pg_url)
    _lifecycle(cli, pg_url)


def test_propose_as_a_real_process_with_the_password_on_stdin(tmp_path):
    target = tmp_path / "p.sqlite3"
    _setup(target)

    def run(who, password):
        return subprocess.run([sys.executable, "-m", "console", "episode", "propose", "start", "--db", str(target),
                               "--as", who, "--password-stdin"], input=f"{password}\n", cwd=ROOT,
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    bad = run("zj", PW)
    assert bad.returncode == 2 and "不具备值班员角色" in bad.stderr
    ok = run("duty", PW)
    assert ok.returncode == 0 and "提议 proposal #" in ok.stdout and "局长" in ok.stdout
    assert _audit(target)[0]["action"] == "proposal.create" and _audit(target)[0]["actor"] == "duty"


def test_help_documents_the_exit_codes(capsys):
    for argv in (["episode", "propose", "--help"], ["episode", "sign", "--help"], ["episode", "publish", "--help"],
                 ["episode", "lift", "--help"], ["measures", "tick", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        out = capsys.readouterr().out
        assert done.value.code == 0 and "exit status" in out and "2  refused or invalid" in out, argv


def test_tick_needs_a_known_task_and_names_it(cli, tmp_path):
    target = tmp_path / "t.sqlite3"
    _setup(target)
    code, _, err = cli("measures", "tick", "999", "--db", str(target), "--as", "duty", "--password-stdin")
    assert code == 2 and "999" in err
