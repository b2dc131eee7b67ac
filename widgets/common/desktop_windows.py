"""Windows toasts with buttons, replaced in place, and the click reported back (windows-toasts, installed on
Windows only). A toast shown again with the same tag and group replaces the earlier one in the Action Centre.
The library calls back on a WinRT thread: the callback only emits a Qt signal, delivered queued in the GUI thread.

What goes into a toast is decided by `toast_payload` and a click is read back by `action_of`: pure functions,
tested on every platform. Only `WindowsToasts.notify` touches the library (checked on Windows by hand, see the
README)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from widgets.common.desktop_linux import DesktopUnavailable

GROUP = "haimen-console"
TAG_MAX = 64  # Windows refuses longer tags
ARG_PREFIX = "action="


@dataclass(frozen=True)
class ToastPayload:
    tag: str                              # the same tag (and group) replaces the earlier toast of the item
    group: str
    lines: tuple[str, str]                # title, body
    buttons: tuple[tuple[str, str], ...]  # (label, activation arguments)
    reminder: bool                        # critical: ToastScenario.Reminder, stays until acted on


def toast_tag(key: str) -> str:
    """A tag of at most 64 characters, stable per item key; a longer key keeps its start and a hash of the
    whole, so two long keys never share a tag (one would silently replace the other's toast)."""
    if len(key) <= TAG_MAX:
        return key
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return f"{key[:TAG_MAX - 17]}#{digest}"


def toast_payload(key: str, title: str, body: str, severity: str = "warning",
                  actions: tuple[tuple[str, str], ...] = ()) -> ToastPayload:
    """What the toast of an item shows. The body of the toast is the "default" action (a click on it); every
    other action becomes a button whose activation arguments name it."""
    buttons = tuple((label, ARG_PREFIX + action) for action, label in actions if action != "default")
    return ToastPayload(toast_tag(key), GROUP, (title, body), buttons, severity == "critical")


def action_of(arguments: str | None) -> str:
    """The action a click reports: a button's name, or "default" for the toast itself."""
    raw = arguments or ""
    return raw[len(ARG_PREFIX):] if raw.startswith(ARG_PREFIX) and len(raw) > len(ARG_PREFIX) else "default"


class WindowsToasts(QObject):
    action_invoked = Signal(str, str)  # item key, action key ("default" = the toast body)
    closed = Signal(str)
    _activated = Signal(str, str)      # emitted from the WinRT thread, queued to the GUI thread

    def __init__(self, app_name: str, parent=None):
        super().__init__(parent)
        try:
            from windows_toasts import InteractableWindowsToaster
        except Exception as exc:  # not installed, or WinRT missing (Windows 7/8)
            raise DesktopUnavailable(f"windows-toasts unavailable ({type(exc).__name__}: {exc})") from None
        self._toaster = InteractableWindowsToaster(app_name)
        self._activated.connect(self.action_invoked.emit, Qt.ConnectionType.QueuedConnection)
        self._ids: dict[str, str] = {}

    def notify(self, key: str, title: str, body: str, severity: str = "warning",
               actions: tuple[tuple[str, str], ...] = ()) -> str:
        from windows_toasts import Toast, ToastButton, ToastScenario

        payload = toast_payload(key, title, body, severity, actions)
        toast = Toast(list(payload.lines), actions=[ToastButton(label, args) for label, args in payload.buttons])
        toast.tag, toast.group = payload.tag, payload.group
        if payload.reminder:
            toast.scenario = ToastScenario.Reminder

        def activated(args, key=key):
            self._activated.emit(key, action_of(getattr(args, "arguments", None)))

        toast.on_activated = activated
        try:
            self._toaster.show_toast(toast)
        except Exception as exc:
            raise DesktopUnavailable(f"toast refused ({type(exc).__name__}: {exc})") from None
        self._ids[key] = payload.tag
        return payload.tag

    def id_of(self, key: str) -> str | None:
        return self._ids.get(key)

    def close(self) -> None:
        pass
