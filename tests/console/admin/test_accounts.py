import pytest

from console.admin import accounts
from console.common.errors import UserError
from tests.helpers import admin_of


def test_password_hash_is_salted_scrypt():
    a, b = accounts.hash_password("secret1"), accounts.hash_password("secret1")
    assert a != b and a.startswith("scrypt$")
    assert accounts.check_password("secret1", a) and not accounts.check_password("secret2", a)


def test_create_and_authenticate(store):
    accounts.create_user(store, admin_of(store), "zhang", "张三", ["duty_officer"], "pw123456")
    user = accounts.authenticate(store, "zhang", "pw123456")
    assert user.display_name == "张三" and user.has_role("duty_officer")
    with pytest.raises(UserError):
        accounts.authenticate(store, "zhang", "wrong")
    with pytest.raises(UserError, match="admin"):
        accounts.authenticate(store, "zhang", "pw123456", role="admin")
    assert store.audit_records()[0]["action"] == "user.create"
    assert "pw123456" not in str(store.audit_records())


def test_bad_accounts_refused(store):
    with pytest.raises(UserError, match="6"):
        accounts.create_user(store, admin_of(store), "li", "李四", ["admin"], "123")
    with pytest.raises(UserError, match="roles"):
        accounts.create_user(store, admin_of(store), "li", "李四", ["emperor"], "123456")
    accounts.create_user(store, admin_of(store), "li", "李四", ["admin"], "123456")
    with pytest.raises(UserError, match="exists"):
        accounts.create_user(store, admin_of(store), "li", "李四2", ["admin"], "123456")
    assert accounts.has_admin(store)


def test_update_and_password(store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "123456")
    accounts.create_user(store, admin_of(store), "wang", "王", ["duty_officer"], "123456")
    u = accounts.update_user(store, admin_of(store), "wang", roles=["duty_officer", "liaison"], display_name="王五")
    assert u.roles == ("duty_officer", "liaison") and u.display_name == "王五"
    accounts.set_password(store, admin_of(store), "wang", "newpass1")
    assert accounts.authenticate(store, "wang", "newpass1").username == "wang"
    accounts.update_user(store, admin_of(store), "wang", active=False)
    with pytest.raises(UserError):
        accounts.authenticate(store, "wang", "newpass1")
    admin = admin_of(store)
    accounts.update_user(store, admin, "admin", roles=["duty_officer"])  # another administrator remains
    with pytest.raises(UserError, match="last administrator"):
        accounts.update_user(store, admin, "setup-admin", roles=["duty_officer"])
    actions = [r["action"] for r in store.audit_records()]
    assert actions.count("user.update") == 3 and "user.password" in actions
    assert store.verify_audit().ok


def test_user_cli(tmp_path, monkeypatch, capsys, db_arg):
    """Issue 13.3: on an empty database the first administrator may be created; after that every change needs
    --as ADMIN with that administrator's password."""
    import getpass

    from console.cli import main

    db = db_arg(tmp_path / "u.sqlite3")  # a file on SQLite, a URL on PostgreSQL
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "secret9")
    assert main(["user", "add", "li", "--name", "李四", "--roles", "bureau_head", "--db", db]) == 2
    assert "第一个账户须为管理员" in capsys.readouterr().err
    assert main(["user", "add", "boss", "--name", "管理员", "--roles", "admin", "--db", db]) == 0
    assert main(["user", "add", "li", "--name", "李四", "--roles", "bureau_head", "--db", db]) == 2
    assert "--as" in capsys.readouterr().err  # no administrator named: refused
    assert main(["user", "add", "li", "--name", "李四", "--roles", "bureau_head", "--db", db, "--as", "boss"]) == 0
    assert main(["user", "list", "--json", "--db", db]) == 0
    out = capsys.readouterr().out
    assert '"li"' in out and "bureau_head" in out
    assert main(["user", "roles", "li", "--roles", "emperor", "--db", db, "--as", "boss"]) == 2
    assert "emperor" in capsys.readouterr().err


def test_user_cli_needs_the_administrators_password(tmp_path, monkeypatch, capsys, db_arg):
    """The attack of issue 13.3: a duty officer adds a bureau head as "--as duty" (or as the admin, without its
    password): refused, nothing created."""
    import io

    from console.cli import main
    from console.store.connect import open_store

    db = db_arg(tmp_path / "u.sqlite3")  # a file on SQLite, a URL on PostgreSQL
    monkeypatch.setattr("sys.stdin", io.StringIO("adminpw1\nadminpw1\n"))
    assert main(["user", "add", "boss", "--name", "管理员", "--roles", "admin", "--db", db, "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("adminpw1\ndutypw12\n"))
    assert main(["user", "add", "duty", "--name", "值班", "--roles", "duty_officer", "--db", db, "--as", "boss",
                 "--password-stdin"]) == 0
    for who, pw in (("duty", "dutypw12"), ("boss", "guessed1")):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{pw}\nmallory1\n"))
        assert main(["user", "add", "mallory", "--name", "M", "--roles", "bureau_head", "--db", db, "--as", who,
                     "--password-stdin"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("dutypw12\n"))
    assert main(["user", "roles", "duty", "--roles", "admin", "--db", db, "--as", "duty", "--password-stdin"]) == 2
    with open_store(db) as s:
        assert accounts.get_user(s, "mallory") is None and accounts.get_user(s, "duty").roles == ("duty_officer",)


def test_authorization_is_in_the_core(store):
    """Issue 13.4: through the Python API, a duty officer cannot change settings, give itself admin or reset
    another's password; a bare name (unknown or known) is no actor. Each refusal is audited; nothing changes."""
    from console.admin.settings import Settings

    admin = admin_of(store)
    accounts.create_user(store, admin, "duty", "值班员", ["duty_officer"], "dutypw12")
    accounts.create_user(store, admin, "leader", "区领导", ["district_leader"], "leadpw12")
    duty = accounts.authenticate(store, "duty", "dutypw12")
    for attempt in (lambda: Settings(store).set("aqi_t1", 120, duty),
                    lambda: Settings(store).set("aqi_t1", 120, "ghost"),
                    lambda: Settings(store).set("aqi_t1", 120, "setup-admin"),
                    lambda: accounts.update_user(store, duty, "duty", roles=["duty_officer", "admin"]),
                    lambda: accounts.set_password(store, duty, "leader", "mine1234"),
                    lambda: accounts.create_user(store, duty, "mallory", "M", ["bureau_head"], "mallory1")):
        before = len(store.audit_records())
        with pytest.raises(UserError, match="不具备|未经认证"):
            attempt()
        recs = store.audit_records()
        assert len(recs) == before + 1 and recs[0]["action"] == "auth.refused"
    assert Settings(store).get("aqi_t1") == 150
    assert accounts.get_user(store, "duty").roles == ("duty_officer",) and accounts.get_user(store, "mallory") is None
    accounts.authenticate(store, "leader", "leadpw12")
    with pytest.raises(TypeError):
        accounts.Actor("duty", "x", ("admin",))  # an Actor cannot be made up


def test_a_disabled_administrator_loses_the_right_inside_the_transaction(store):
    admin = admin_of(store)
    accounts.create_user(store, admin, "boss2", "管理员2", ["admin"], "boss2pw1")
    boss2 = accounts.authenticate(store, "boss2", "boss2pw1")
    accounts.update_user(store, admin, "boss2", active=False)  # after boss2 logged in
    with pytest.raises(UserError, match="停用"):
        accounts.create_user(store, boss2, "x1", "X", ["duty_officer"], "xxxxxx1")


def test_first_admin_only_on_an_empty_database(store):
    accounts.create_first_admin(store, "boss", "管理员", "bosspw12")
    with pytest.raises(UserError, match="已有账户"):
        accounts.create_first_admin(store, "boss2", "管理员2", "bosspw12")
    assert [u.username for u in accounts.list_users(store)] == ["boss"]
    assert store.audit_records(limit=1)[0]["action"] == "auth.refused"


def test_lockout_after_repeated_failures_and_unlock(store):
    """Issue 13.9: 5 wrong passwords lock the account for 15 minutes (audited), even the right password is then
    refused; an administrator unlocks; the lock also ends by itself."""
    from datetime import datetime, timedelta

    from console.common.clock import TZ, FixedClock

    store.clock = FixedClock(datetime(2025, 12, 2, 8, 0, tzinfo=TZ))
    admin = admin_of(store)
    accounts.create_user(store, admin, "duty", "值班员", ["duty_officer"], "dutypw12")
    for _ in range(4):
        with pytest.raises(UserError, match="wrong username or password"):
            accounts.authenticate(store, "duty", "guess")
    accounts.authenticate(store, "duty", "dutypw12")  # a success resets the count
    for _ in range(5):
        with pytest.raises(UserError, match="wrong username or password"):
            accounts.authenticate(store, "duty", "guess")
    assert store.audit_records(limit=1)[0]["action"] == "user.locked"
    with pytest.raises(UserError, match="已锁定"):
        accounts.authenticate(store, "duty", "dutypw12")
    accounts.unlock(store, admin, "duty")
    assert store.audit_records(limit=1)[0]["action"] == "user.unlock"
    accounts.authenticate(store, "duty", "dutypw12")
    for _ in range(5):
        with pytest.raises(UserError):
            accounts.authenticate(store, "duty", "guess")
    store.clock.advance(timedelta(minutes=14))
    with pytest.raises(UserError, match="已锁定"):
        accounts.authenticate(store, "duty", "dutypw12")
    store.clock.advance(timedelta(minutes=2))
    assert accounts.authenticate(store, "duty", "dutypw12").username == "duty"
    assert store.verify_audit().ok


def test_user_unlock_cli(tmp_path, monkeypatch, db_arg):
    import io

    from console.cli import main
    from console.store.connect import open_store

    db = db_arg(tmp_path / "u.sqlite3")  # a file on SQLite, a URL on PostgreSQL
    with open_store(db) as s:
        admin = accounts.create_first_admin(s, "boss", "管理员", "bosspw12")
        accounts.create_user(s, admin, "duty", "值班员", ["duty_officer"], "dutypw12")
        for _ in range(5):
            with pytest.raises(UserError):
                accounts.authenticate(s, "duty", "nope")
    monkeypatch.setattr("sys.stdin", io.StringIO("bosspw12\n"))
    assert main(["user", "unlock", "duty", "--db", db, "--as", "boss", "--password-stdin"]) == 0
    with open_store(db) as s:
        assert accounts.authenticate(s, "duty", "dutypw12").username == "duty"


@pytest.mark.parametrize("name", ["system", "drill", "System"])
def test_the_consoles_own_audit_names_cannot_be_taken_by_a_person(store, name):
    with pytest.raises(UserError, match="reserved"):
        accounts.create_user(store, admin_of(store), name, "某人", ["duty_officer"], "123456")
    with pytest.raises(UserError, match="reserved"):
        accounts.create_first_admin(store, name, "某人", "123456")
    assert accounts.get_user(store, name) is None
