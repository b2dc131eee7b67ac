import pytest

from console import accounts
from console.errors import UserError


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
