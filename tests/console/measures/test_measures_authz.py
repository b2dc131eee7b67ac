"""Authorization in the core for the measures (issue 13.4): every board check-off, temperature, liaison
assignment, ledger change and exemption takes an authenticated Actor and checks the role INSIDE its write
transaction. A bare name, a disabled account or a wrong role is refused, recorded as auth.refused, and nothing
changes; the right role is accepted."""
from datetime import datetime

import pytest

from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures import board, exemptions, ledger
from console.measures.ledger_io import COLUMNS
from tests.helpers import actor_of, admin_of

T0 = datetime(2024, 12, 3, 8, 30, tzinfo=TZ)
EP = "EP-1"


def _ledger_csv(path):
    base = [100, 200, 50, 80]
    row = ["E9", "企业9", "企业", "三星镇", "化工", "B", "否", *base,
           *[round(b * 0.25 * f, 3) for f in (0.4, 0.7, 1.0) for b in base]]
    path.write_text(",".join(label for _, label in COLUMNS) + "\n" + ",".join(map(str, row)) + "\n",
                    encoding="utf-8-sig")
    return path


@pytest.fixture
def db(store, catalog):
    store.clock = FixedClock(T0)
    actor_of(store, "duty", "duty_officer")
    actor_of(store, "ga", "liaison")
    actor_of(store, "zj", "liaison")
    actor_of(store, "head", "bureau_head")  # a real account with a role none of these operations accepts
    board.assign_liaison(store, "ga", "公安局", admin_of(store), catalog=catalog)
    board.activate(store, EP, "yellow", T0, admin_of(store), catalog=catalog)
    done = _task(store, "III-O7", "公安局")
    board.check(store, done["id"], actor_of(store, "ga"), None, "", T0, catalog=catalog)
    exemptions.grant(store, "E1", "企业1", "民生", ["生态环境局"], "2024-12-01", actor_of(store, "duty"))
    return store


def _task(db, measure, unit):
    return next(t for t in board.tasks(db, EP) if t["measure_id"] == measure and t["unit"] == unit)


def _recurring(db, catalog):
    return _task(db, "III-D3", "住房和城乡建设局")  # sprinkling, counted per half-day


def _state(db):
    """Everything these operations can change, read through the core."""
    return (board.tasks(db, EP), board.events(db, EP), board.temperatures(db), board.liaisons(db),
            ledger.entries(db, include_removed=True), ledger.last_update(db), ledger.society_totals(db),
            exemptions.list_exemptions(db))


def _one_off(db, catalog):
    return next(t for t in board.tasks(db, EP) if t["state"] == "open" and t["unit"] == "公安局"
                and not catalog.measures_by_id[t["measure_id"]].recurring)


# name -> (roles that may, call(db, actor, catalog, tmp_path))
OPS = {
    "board.check (duty officer on behalf)": (
        ("duty_officer",), lambda db, a, cat, tmp: board.check(
            db, _one_off(db, cat)["id"], a, "公安局", "", T0, catalog=cat)),
    "board.check (own unit's liaison)": (
        ("liaison",), lambda db, a, cat, tmp: board.check(db, _one_off(db, cat)["id"], a, None, "", T0, catalog=cat)),
    "board.undo": (
        ("duty_officer",), lambda db, a, cat, tmp: board.undo(
            db, _task(db, "III-O7", "公安局")["id"], a, "误点", T0, "公安局", catalog=cat)),
    "board.record_count": (
        ("duty_officer",), lambda db, a, cat, tmp: board.record_count(
            db, _recurring(db, cat)["id"], T0, a, 1, on_behalf_of_unit=_recurring(db, cat)["unit"], catalog=cat)),
    "board.set_temperature": (
        ("duty_officer",), lambda db, a, cat, tmp: board.set_temperature(db, "2024-12-03", 6.5, a)),
    "board.assign_liaison": (
        ("admin",), lambda db, a, cat, tmp: board.assign_liaison(db, "zj", "住建局", a, catalog=cat)),
    "board.revoke_liaison": (
        ("admin",), lambda db, a, cat, tmp: board.revoke_liaison(db, "ga", "公安局", a)),
    "ledger.import_file": (
        ("duty_officer", "admin"), lambda db, a, cat, tmp: ledger.import_file(db, _ledger_csv(tmp / "l.csv"), a)),
    "ledger.mark_reviewed": (
        ("duty_officer", "admin"), lambda db, a, cat, tmp: ledger.mark_reviewed(db, a, "无变化")),
    "ledger.set_society_total": (
        ("duty_officer", "admin"), lambda db, a, cat, tmp: ledger.set_society_total(db, "so2", 1000, a)),
    "exemptions.grant": (
        ("duty_officer", "admin"), lambda db, a, cat, tmp: exemptions.grant(
            db, "E2", "企业2", "抢险", ["住建局"], "2024-12-02", a)),
    "exemptions.revoke": (
        ("duty_officer", "admin"), lambda db, a, cat, tmp: exemptions.revoke(
            db, exemptions.list_exemptions(db)[0].id, "违规", a)),
}
RIGHT = {"duty_officer": "duty", "liaison": "ga", "admin": None}


def _refused(db, call, actor, who, match):
    before, n_audit = _state(db), len(db.audit_records())
    with pytest.raises(UserError, match=match):
        call(actor)
    assert _state(db) == before  # nothing changed
    recs = db.audit_records()
    assert len(recs) == n_audit + 1 and recs[0]["action"] == "auth.refused" and recs[0]["actor"] == who


@pytest.mark.parametrize("op", list(OPS))
def test_refused_for_a_bare_name_a_disabled_account_and_a_wrong_role(db, catalog, tmp_path, op):
    roles, fn = OPS[op]
    call = lambda a: fn(db, a, catalog, tmp_path)  # noqa: E731
    right = roles[0]
    # a bare name, even the name of an account that holds the role
    _refused(db, call, RIGHT[right] or "setup-admin", RIGHT[right] or "setup-admin", "未经认证")
    # a wrong role (a real, logged-in account)
    _refused(db, call, actor_of(db, "head"), "head", "不具备|不是联络员|只有值班员")
    # an account disabled after it logged in
    holder = actor_of(db, f"x-{right}", right)
    if right == "liaison":
        board.assign_liaison(db, holder.username, "公安局", admin_of(db), catalog=catalog)
    accounts.update_user(db, admin_of(db), holder.username, active=False)
    _refused(db, call, holder, holder.username, "不存在或已停用")


@pytest.mark.parametrize("op", list(OPS))
def test_accepted_for_the_right_role(db, catalog, tmp_path, op):
    roles, fn = OPS[op]
    who = RIGHT[roles[0]]
    actor = admin_of(db) if who is None else actor_of(db, who)
    n_audit = len(db.audit_records())
    fn(db, actor, catalog, tmp_path)
    recs = db.audit_records()
    assert len(recs) == n_audit + 1 and recs[0]["actor"] == actor.username
    assert recs[0]["action"] != "auth.refused"


def test_a_liaison_ticks_only_his_own_units_tasks(db, catalog):
    other = next(t for t in board.tasks(db, EP) if t["state"] == "open" and t["unit"] == "住房和城乡建设局"
                 and not catalog.measures_by_id[t["measure_id"]].recurring)
    _refused(db, lambda a: board.check(db, other["id"], a, None, "", T0, catalog=catalog), actor_of(db, "ga"),
             "ga", "不是 住房和城乡建设局 的联络员")
    # nor on a unit's behalf: that is the duty officer's
    _refused(db, lambda a: board.check(db, other["id"], a, "住房和城乡建设局", "", T0, catalog=catalog),
             actor_of(db, "ga"), "ga", "只有值班员可代为确认")
    # the duty officer must say on whose behalf (recorded as such)
    _refused(db, lambda a: board.check(db, other["id"], a, None, "", T0, catalog=catalog), actor_of(db, "duty"),
             "duty", "不是联络员")
    board.check(db, other["id"], actor_of(db, "duty"), "住房和城乡建设局", "电话确认", T0, catalog=catalog)
    assert board.events(db, EP, other["id"])[-1]["on_behalf_of"] == "住房和城乡建设局"


def test_the_drill_automation_is_refused_outside_a_drill_database(db, catalog):
    from console.admin import session

    with pytest.raises(UserError, match="演练"):
        session.drill_automation(db)
