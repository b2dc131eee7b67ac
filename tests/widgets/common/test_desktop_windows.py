"""The Windows toast's content and the reading of a click: pure functions, checked here on Linux (the library
itself, windows-toasts, exists only on Windows: WindowsToasts.notify is checked there by hand, see the README)."""
import pytest

from widgets.common.desktop_linux import DesktopUnavailable
from widgets.common.desktop_windows import TAG_MAX, WindowsToasts, action_of, toast_payload, toast_tag
from widgets.common.notifier import actions_for


def test_a_signoff_toast_has_the_sign_button_and_stays_when_critical(qtbot):
    p = toast_payload("signoff:12:2", "【通知】红色预警启动待区政府领导批准", "依据…", "critical", actions_for("signoff:12:2"))
    assert p.tag == "signoff:12:2" and p.group == "haimen-console"
    assert p.lines == ("【通知】红色预警启动待区政府领导批准", "依据…")
    assert p.buttons == (("审签", "action=sign"),)  # the toast body itself is the "default" action
    assert p.reminder is True
    other = toast_payload("stale:x", "t", "b", "warning", actions_for("stale:x"))
    assert other.buttons == () and other.reminder is False


def test_the_same_item_replaces_its_toast_and_long_keys_never_share_a_tag():
    assert toast_payload("duty:1:住建局:am", "a", "b").tag == toast_payload("duty:1:住建局:am", "c", "d").tag
    long_a = "duty:EP-2025-12-03:" + "某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某:上午"
    long_b = long_a.replace("上午", "下午")
    ta, tb = toast_tag(long_a), toast_tag(long_b)
    assert len(ta) <= TAG_MAX and len(tb) <= TAG_MAX and ta != tb
    assert ta == toast_tag(long_a)  # stable: the next reminder of the item replaces the toast


@pytest.mark.parametrize("arguments, action", [
    ("action=sign", "sign"), ("", "default"), (None, "default"), ("action=", "default"), ("launch", "default")])
def test_a_click_is_read_back_as_its_action(arguments, action):
    assert action_of(arguments) == action


def test_without_the_library_the_toaster_says_so(qtbot):
    with pytest.raises(DesktopUnavailable, match="windows-toasts unavailable"):
        WindowsToasts("app")
