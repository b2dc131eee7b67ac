import pytest

from console.admin import accounts
from console.common.errors import UserError


def test_password_hash_is_salted_scrypt():
    a, b = accounts.hash_password("secret1"), accounts.hash_password("secret1")
    assert a != b and a.startswith("scrypt$")
    assert accounts.check_password("secret1", a) and not accounts.check_password("secret2", a)


def test_create_and_authenticate(store):
    accounts.create_user(store, "system", "zhang", "张三", ["duty_officer"], "pw123456")
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
        accounts.create_user(store, "system", "li", "李四", ["admin"], "123")
    with pytest.raises(UserError, match="roles"):
        accounts.create_user(store, "system", "li", "李四", ["emperor"], "123456")
    accounts.create_user(store, "system", "li", "李四", ["admin"], "123456")
    with pytest.raises(UserError, match="exists"):
        accounts.create_user(store, "system", "li", "李四2", ["admin"], "123456")
    assert accounts.has_admin(store)


def test_update_and_password(store):
    accounts.create_user(store, "system", "admin", "管理员", ["admin"], "123456")
    accounts.create_user(store, "admin", "wang", "王", ["duty_officer"], "123456")
    u = accounts.update_user(store, "admin", "wang", roles=["duty_officer", "liaison"], display_name="王五")
    assert u.roles == ("duty_officer", "liaison") and u.display_name == "王五"
    accounts.set_password(store, "admin", "wang", "newpass1")
    assert accounts.authenticate(store, "wang", "newpass1").username == "wang"
    accounts.update_user(store, "admin", "wang", active=False)
    with pytest.raises(UserError):
        accounts.authenticate(store, "wang", "newpass1")
    with pytest.raises(UserError, match="last administrator"):
        accounts.update_user(store, "admin", "admin", roles=["duty_officer"])
    actions = [r["action"] for r in store.audit_records()]
    assert actions.count("user.update") == 2 and "user.password" in actions
    assert store.verify_audit().ok


def test_user_cli(tmp_path, monkeypatch, capsys):
    import getpass

    from console.cli import main

    db = str(tmp_path / "u.sqlite3")
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "secret9")
    assert main(["user", "add", "li", "--name", "李四", "--roles", "bureau_head", "--db", db]) == 0
    assert main(["user", "list", "--json", "--db", db]) == 0
    out = capsys.readouterr().out
    assert '"li"' in out and "bureau_head" in out
    assert main(["user", "roles", "li", "--roles", "emperor", "--db", db]) == 2
    assert "emperor" in capsys.readouterr().err
