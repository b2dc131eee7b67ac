"""Windows toasts with buttons, replaced in place, and the click reported back (windows-toasts, installed on
Windows only). A toast shown again with the same tag and group replaces the earlier one in the Action Centre.
The library calls back on a WinRT thread: the callback only emits a Qt signal, delivered queued in the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from widgets.common.desktop_linux import DesktopUnavailable

GROUP = "haimen-console"


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

        toast = Toast([title, body], actions=[ToastButton(label, f"action={action}") for action, label in actions
                                              if action != "default"])
        toast.tag = key[:64]  # Windows limits tags to 64 characters; the same tag replaces in place
        toast.group = GROUP
        if severity == "critical":
            toast.scenario = ToastScenario.Reminder  # stays on screen until acted on

        def activated(args, key=key):
            raw = getattr(args, "arguments", None) or ""
            self._activated.emit(key, raw.split("=", 1)[1] if raw.startswith("action=") else "default")

        toast.on_activated = activated
        try:
            self._toaster.show_toast(toast)
        except Exception as exc:
            raise DesktopUnavailable(f"toast refused ({type(exc).__name__}: {exc})") from None
        self._ids[key] = toast.tag
        return toast.tag

    def id_of(self, key: str) -> str | None:
        return self._ids.get(key)

    def close(self) -> None:
        pass
