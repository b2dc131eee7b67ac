"""The application facade (console/app.py): every state-changing method returns what it changed (issue 12.4).

Every commit also writes the audit record and the chain head (tables audit and meta, area "audit"), so the areas
an operation is about are compared after leaving that out."""
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from console import changes as C
from console import episodes as E
from console.app import ConsoleApp, Done, capture
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.episodes import bulletin as B
from console.measures import exemptions, ledger_io, liaisons
from console.measures.status import status
from console.rules.notices import LIFT
from console.store.db import Store

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
BOOKKEEPING = {C.AUDIT}


def areas(done: Done) -> set[str]:
    assert isinstance(done, Done)
    return set(done.changes.areas) - BOOKKEEPING


@pytest.fixture
def app(tmp_path):
    store = Store(tmp_path / "app.sqlite3", FixedClock(T0))
    a = ConsoleApp(store)
    admin = a.create_first_admin("boss", "局办管理员", PW)
    assert areas(admin) == {C.ACCOUNTS}
    a.set_actor(admin.value)
    for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"], "head": ["bureau_head"],
                        "leader": ["district_leader"], "zj": ["liaison"]}.items():
        assert areas(a.create_user(name, name.title(), roles, PW)) == {C.ACCOUNTS}
    yield a
    store.close()


def login(app, name):
    done = app.login(name, PW)
    assert app.actor.username == name and done.value == app.actor
    return done


def in_force(app, level="orange"):
    login(app, "duty")
    p = app.propose(E.START, level, [f"{level}依据"], "全区", T0, assessed_level=level)
    assert areas(p) == {C.EPISODE}
    assert {C.SIGNATURES, C.EPISODE, C.BOARD} <= sign_all(app, p.value.id)  # in force: the board is activated
    return p.value


SIGNER = {"deputy_head": "deputy", "bureau_head": "head", "district_leader": "leader"}


def sign_all(app, proposal_id) -> set[str]:
    """Every step of the proposal, each by the account holding its role (with its own password)."""
    changed: set[str] = set()
    while pending := [ps for ps in app.pending_signatures() if ps.proposal.id == proposal_id]:
        ps = pending[0]
        done = app.sign(proposal_id, SIGNER[ps.role], PW, ps.role, E.APPROVE, ps.proposal.content_hash)
        assert C.SIGNATURES in done.changes.areas
        changed |= areas(done)
    return changed


def test_accounts_and_settings(app):
    assert areas(app.update_user("duty", display_name="值班员甲")) == {C.ACCOUNTS}
    assert areas(app.set_password("duty", "newpass1")) == {C.ACCOUNTS}
    assert areas(app.unlock_user("duty")) == {C.ACCOUNTS}
    done = app.save_settings({"stale_data_hours": 5})
    assert areas(done) == {C.SETTINGS} and "stale_data_hours" in done.value
    assert app.settings.get("stale_data_hours") == 5


def test_a_login_changes_nothing_but_a_wrong_password_is_recorded(app):
    assert areas(login(app, "duty")) == set()
    with pytest.raises(UserError):
        app.login("duty", "wrong-one")
    assert app.actor.username == "duty"  # a failed login leaves the seat as it was
    app.logout()
    assert app.actor is None


def test_proposal_lifecycle_and_bulletin(app):
    p = in_force(app)
    login(app, "duty")
    b = B.draft(app.store, pollution_degree="重度污染", pollution_area="海门区全域", primary_pollutant="PM2.5")
    assert areas(app.publish(b, assessment_level="orange")) == {C.BULLETINS}
    up = app.propose(E.UPGRADE, "red", ["红色依据"], "全区", T0, assessed_level="red")
    assert areas(up) == {C.EPISODE}
    assert areas(app.revise_proposal(up.value.id, basis=["红色依据（修订）"])) == {C.EPISODE}
    assert areas(app.withdraw_proposal(up.value.id, "预报回落")) == {C.EPISODE}
    assert p.id != up.value.id


def test_notices_and_records(app):
    login(app, "duty")
    n = app.receive_notice("city", "issue", "orange", "通知〔2025〕1号", T0)
    assert areas(n) == {C.EPISODE}
    assert areas(app.acknowledge_notice(n.value.id)) == {C.EPISODE}
    assert areas(app.record_consultation(T0, ["甲", "乙"], "未来三天重度污染", "建议启动橙色预警")) == {C.EPISODE}
    assert areas(app.record_joint_assessment("甲", "乙", 48, "可以解除", T0)) == {C.EPISODE}


def test_forecast_trigger_is_recorded_under_the_logged_in_name(app):
    login(app, "duty")
    t = app.forecast_reached("orange", at=T0)
    assert areas(t) == {C.EPISODE} and t.value.recorded_by == "duty"
    assert areas(app.forecast_reached("orange", at=T0)) == set()  # a running clock covers it: nothing written


def test_summary_after_the_end(app):
    p = in_force(app, "yellow")
    login(app, "duty")
    app.receive_notice("city", LIFT, None, "解除通知", T0)  # ending needs the upper warnings lifted
    end = app.propose(E.END, None, ["已解除"], "全区", T0, "污染过程结束")
    sign_all(app, end.value.id)
    assert areas(app.record_summary("住建局", T0)) == {C.EPISODE}
    assert p.id != end.value.id
    assert areas(app.record_summary("公安局", T0, text="路检路查 300 辆次")) == {C.EPISODE}


def test_field_checks_of_sites_and_vehicles(app, tmp_path):
    login(app, "duty")
    done = app.record_field_check(T0, "三星镇", "site", 10, 1, "两处未覆盖")
    assert areas(done) == {C.REDUCTIONS} and done.value.checked == 10
    path = tmp_path / "checks.csv"
    path.write_text("时间,单位,类别,检查数量,发现问题\n2025-12-02 07:00,公安局,机动车,50,2\n", encoding="utf-8")
    imported = app.import_field_checks(path)
    assert areas(imported) == {C.REDUCTIONS} and imported.value == 1


def test_board_tick_count_undo_temperature_liaison(app):
    in_force(app)
    login(app, "duty")
    ep = E.current_episode(app.store)
    rows = status(app.store, str(ep.id))
    one_off = next(t for t in rows if not t.recurring_kind)
    done = app.tick(one_off.task_id, one_off.unit, "已完成", T0)
    assert areas(done) == {C.BOARD} and done.value  # the board's own change value comes back as the result
    assert areas(app.untick(one_off.task_id, "误点", T0, one_off.unit)) == {C.BOARD}
    recurring = next(t for t in rows if t.recurring_kind and t.recurring_kind != "daily_window")
    assert areas(app.count(recurring.task_id, T0, 1, on_behalf_of_unit=recurring.unit)) == {C.BOARD}
    assert areas(app.set_temperature(date(2025, 12, 2), 6.5)) == {C.BOARD}
    login(app, "boss")
    assert areas(app.assign_liaison("zj", "住建局")) == {C.BOARD}
    unit = liaisons.units_in_view(app.store, "zj")[0]  # the plan's name of the unit
    done = app.revoke_liaison("zj", unit)
    assert done.value is True and areas(done) == {C.BOARD}


def test_ledger_and_exemptions(app, tmp_path):
    login(app, "duty")
    src = tmp_path / "list.csv"
    row = ["E1", "企业E1", "企业", "三星镇", "化工", "B", "否", 100, 200, 50, 80] + [1.0] * 12
    src.write_text(",".join(label for _, label in ledger_io.COLUMNS) + "\n" + ",".join(map(str, row)) + "\n",
                   encoding="utf-8-sig")
    assert areas(app.import_ledger(src)) == {C.LEDGER}
    assert areas(app.set_society_totals({"so2": 1000.0, "nox": 2000.0})) == {C.LEDGER}
    assert areas(app.mark_ledger_reviewed("季度核对无变化")) == {C.LEDGER}
    g = app.grant_exemption("91320684MA1XXXXX1X", "某医院锅炉", "民生保障", ["生态环境局"], "2025-11-01")
    assert areas(g) == {C.LEDGER}
    assert areas(app.revoke_exemption(g.value.id, "超标排放")) == {C.LEDGER}
    assert exemptions.list_exemptions(app.store)[0].id == g.value.id


def test_air_imports_forecast_and_demo(app, tmp_path):
    login(app, "duty")
    f = app.import_file(obs_file(tmp_path))
    assert areas(f) == {C.AIR} and app.store.scalar("SELECT COUNT(*) FROM observations") == 3
    assert areas(app.import_file(obs_file(tmp_path))) == set()  # the same file again: nothing to write
    fc = app.add_forecast("海门区气象局", T0, "daily", [(date(2025, 12, 3), 160, 180, "PM2.5")])
    assert areas(fc) == {C.AIR}
    (tmp_path / "watch").mkdir()
    assert app.scan_watch_folder(tmp_path / "watch").value == []


def obs_file(tmp_path):
    f = tmp_path / "obs.csv"
    f.write_text("time,station,pm25\n2025-12-02 05:00,A,80\n2025-12-02 06:00,A,90\n2025-12-02 07:00,A,100\n",
                 encoding="utf-8")
    return f


def test_demo_data_as_the_logged_in_person(app):
    login(app, "duty")
    assert areas(app.load_demo()) == {C.AIR}


def test_import_cancelled_inside_its_transaction_writes_nothing(app, tmp_path):
    login(app, "duty")

    def cancel():
        raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        app.import_file(obs_file(tmp_path), check=cancel)
    from console.air import airdata

    assert airdata.data_range(app.store) is None


def test_reminder_acknowledge_is_in_the_logged_in_name(app):
    app.logout()
    with pytest.raises(UserError):
        app.acknowledge("signoff:1")  # nobody logged in, no name given
    login(app, "duty")
    assert areas(app.acknowledge("signoff:1")) == {C.NOTIFICATIONS}
    assert [r["actor"] for r in app.store.audit_records() if r["action"] == "notification.ack"] == ["duty"]
    assert areas(app.recover_reminders()) == set()


def test_a_refusal_raises_and_reports_only_the_audit_record(app):
    app.logout()
    with capture(app.store) as got, pytest.raises(UserError, match="未经认证"):
        app.tick(1)
    assert got and all(set(c.areas) <= BOOKKEEPING for c in got)  # auth.refused is on the audit trail


def test_an_explicit_actor_wins_over_the_seat(app):
    login(app, "boss")  # the admin is logged in; the dialog's own password row gave the duty officer
    duty = app.authenticate("duty", PW).value
    n = app.receive_notice("city", "issue", "yellow", "通知2号", T0, actor=duty)
    assert n.value.recorded_by == "duty"


def test_capture_sees_only_this_threads_commits(app):
    other = app.on_store(app.store)
    assert other.actor == app.actor and other.store is app.store
    with capture(app.store) as got:
        t = threading.Thread(target=lambda: app.store._fire(C.Changes(frozenset({C.BOARD}))))
        t.start()
        t.join()
    assert got == []


def test_a_workers_commits_are_reported_through_the_facade(app, tmp_path):
    """The watch folder's scan commits on a connection of its own: its Changes reach this store's listeners
    only when the facade reports them (on the thread that uses the store), like any commit made here."""
    login(app, "duty")
    (tmp_path / "watch").mkdir()
    obs_file(tmp_path).rename(tmp_path / "watch" / "obs.csv")
    heard = []
    app.store.on_commit(heard.append)
    worker_store = app.store.reopen()
    try:
        done = app.on_store(worker_store).scan_watch_folder(tmp_path / "watch")
    finally:
        worker_store.close()
    assert [r.ok for r in done.value] == [True] and areas(done) == {C.AIR}
    assert heard == []  # committed elsewhere: this store's listeners know nothing yet
    app.report_changes(done.changes)
    assert len(heard) == 1 and heard[0].touches(C.AIR)
    app.report_changes(C.Changes())  # nothing changed: nothing reported
    assert len(heard) == 1
    app.store.remove_listener(heard.append)


def test_of_wraps_a_store_once(app):
    assert ConsoleApp.of(app) is app
    wrapped = ConsoleApp.of(app.store)
    assert wrapped.store is app.store and wrapped.actor is None


def test_start_drill_creates_its_own_database_and_leaves_the_seats_alone(app, tmp_path):
    from console import drills

    sc = drills.load("full_cycle")
    before = app.store.scalar("SELECT COUNT(*) FROM audit")
    done = app.start_drill(sc, FixedClock(sc.start), out_dir=tmp_path / "drills", trainees=True)
    runner = done.value
    try:
        assert set(done.changes.areas) == {C.DRILLS}  # no view of the seat has anything to re-read
        assert runner.path.parent == tmp_path / "drills" and runner.path.exists() and runner.trainees
        assert runner.store.scalar("SELECT COUNT(*) FROM users") == len(sc.participants)
        assert app.store.scalar("SELECT COUNT(*) FROM audit") == before  # the seat's database is untouched
    finally:
        runner.close()
    with pytest.raises(ValueError):  # the runner's own rule: a drill is automatic or played by trainees
        app.start_drill(sc, out_dir=tmp_path / "drills", auto=True, trainees=True)
    standalone = ConsoleApp(None)  # a 演练 page on its own has no seat database: it can still start drills
    other = standalone.start_drill(sc, out_dir=tmp_path / "drills2").value
    try:
        assert other.path.exists() and other.path != runner.path
    finally:
        other.close()


def test_every_write_method_is_tested_here():
    """A new facade method gets its test in this file (its name appears in a call above)."""
    infra = {"of", "on_store", "run", "set_actor", "logout", "authenticate", "current_episode",
             "pending_signatures", "users", "settings", "send_due_reminders", "renew_seat", "leave_seat"}
    methods = {n for cls in ConsoleApp.__mro__[:-1] for n in vars(cls) if not n.startswith("_")} - infra
    text = Path(__file__).read_text("utf-8")
    missing = sorted(m for m in methods if f".{m}(" not in text)
    assert missing == []


def test_reduction_checks_inspections_notices_and_report(app, tmp_path):
    """Issue 18's operations through the facade: each returns the reductions area it wrote."""
    import csv

    from console.common import paths
    from console.measures import ledger
    from console.reductions import demo as rdemo
    from console.reductions import notices as N

    def write(name, header, rows):
        path = tmp_path / name
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        return path

    def changed_copy(name, column, value):  # the demo file with one cell changed: a real change, not a no-op
        with open(paths.plan_data_dir() / "demo" / name, encoding="utf-8") as fh:
            header, *rows = list(csv.reader(fh))
        rows[0][column] = value
        return write(name, header, rows)

    login(app, "duty")
    run = app.load_reduction_demo()
    assert C.REDUCTIONS in areas(run) and run.value.flags
    rows = rdemo.meter_rows()
    rows[0][-1] = f"{float(rows[0][-1]) + 1:.2f}"
    meters = write("meters.csv", ["企业编号", "电表编号", "电表类型", "时间", "电量(kWh)"], rows)
    assert areas(app.import_meters(meters)) == {C.REDUCTIONS}
    again = app.run_reduction_check(*rdemo.SPAN)
    assert areas(again) == {C.REDUCTIONS} and again.value.id != run.value.id
    assert areas(app.import_plant_sheets(changed_copy(rdemo.SHEETS_FILE, 6, "投料量（t/d）"))) == {C.REDUCTIONS}
    assert areas(app.import_firm_contacts(changed_copy(rdemo.CONTACTS_FILE, 1, "演示联系人丙"))) == {C.REDUCTIONS}

    flag = again.value.flags[0]
    town = {e.code: e.town for e in ledger.entries(app.store)}[flag["code"]]
    ins = app.create_inspection(flag["code"], town, flag_id=flag["id"])
    assert areas(ins) == {C.REDUCTIONS}
    assert areas(app.record_inspection_finding(ins.value.id, False, "治污设施停运，生产线运行")) == {C.REDUCTIONS}
    due = app.store.clock.now() + timedelta(days=5)
    extended = app.extend_rectification_deadline(ins.value.id, due, "配件到货需时")
    assert areas(extended) == {C.REDUCTIONS} and extended.value.rectify_by == due
    lowered = app.apply_inspection_consequences(ins.value.id, revoke_exemption=False, downgrade=True)
    assert C.REDUCTIONS in areas(lowered)
    assert areas(app.record_rectification(ins.value.id, "已恢复运行")) == {C.REDUCTIONS}
    assert areas(app.close_inspection(ins.value.id, "复查合格")).issuperset({C.REDUCTIONS})

    round_id = app.send_notice_round("red", T0).value
    receipt = N.receipts(app.store, round_id)[0]
    assert areas(app.record_notice_receipt(receipt.notice_id, "ack")) == {C.REDUCTIONS}
    assert areas(app.send_daily_report()) == {C.REDUCTIONS}
    login(app, "zj")  # a liaison may not send the report: refused, nothing but the refusal recorded
    with pytest.raises(UserError):
        app.send_daily_report()
    login(app, "duty")  # the consolidated summary goes through the facade too; none before an episode has ended
    with pytest.raises(UserError, match="没有已终止的重污染过程"):
        app.issue_episode_summary()


def test_automatic_reduction_checks_through_the_facade(app):
    """run_automatic_checks: nothing without a level in force; with one, the system's run and its area."""
    from console.reductions import demo as rdemo

    login(app, "duty")
    app.store.clock = FixedClock(rdemo.SPAN[0])
    app.load_reduction_demo()
    assert app.run_automatic_checks().value == [] and areas(app.run_automatic_checks()) == set()
    p = E.propose(app.store, app.actor, "start", "orange", ["橙色：预测"], "海门区全域", rdemo.SPAN[0],
                  assessed_level="orange")
    for s in p.steps:
        E.sign(app.store, p.id, {"bureau_head": "head", "deputy_head": "deputy"}[s.role], PW, s.role, "approve",
               p.content_hash)
    app.store.clock = FixedClock(rdemo.SPAN[0] + timedelta(days=2))
    done = app.run_automatic_checks()
    [run] = done.value
    assert run.by == "system" and run.level == "orange" and areas(done) == {C.REDUCTIONS}
    assert app.run_automatic_checks().value == []
