"""Bilingual core messages ("中文 English") show only their Chinese part in the Chinese interface."""
import pytest

from widgets.common.i18n import LANG_PROPERTY, chinese_part, role_name, user_text


@pytest.mark.parametrize("message, chinese", [
    ("用户名 username: 不能为空 must not be empty", "用户名：不能为空"),
    ("角色 roles: 无效 invalid []", "角色：无效"),
    ("用户名 username: 'jiang' 已存在 already exists", "用户名：'jiang' 已存在"),
    ("密码 password: 至少 6 位 at least 6 characters", "密码：至少 6 位"),
    ("用户名或密码错误 wrong username or password", "用户名或密码错误"),
    ("姜静 不具备该角色 does not hold role bureau_head", "姜静不具备该角色"),
    ("AQI 250 超过阈值 above threshold", "AQI 250 超过阈值"),
    ("文件 a.csv 第 3 行 line 3: 无法识别 unknown", "文件 a.csv 第 3 行：无法识别"),
    ("姓名：不能为空\n角色 roles: 无效 invalid", "姓名：不能为空\n角色：无效"),
    ("no Chinese at all", "no Chinese at all"),
])
def test_chinese_part(message, chinese):
    assert chinese_part(message) == chinese


def test_user_text_follows_the_language(qapp):
    old = qapp.property(LANG_PROPERTY)
    try:
        qapp.setProperty(LANG_PROPERTY, "zh")
        assert user_text(ValueError("用户名 username: 不能为空 must not be empty")) == "用户名：不能为空"
        assert role_name("district_leader") == "区政府领导" and role_name("nobody") == "nobody"
        qapp.setProperty(LANG_PROPERTY, "en")
        assert "must not be empty" in user_text("用户名 username: 不能为空 must not be empty")
    finally:
        qapp.setProperty(LANG_PROPERTY, old)
