"""Run the test suite the way CI does: python scripts/run_tests.py [pytest args…]

On Linux it wraps pytest in a private D-Bus session (dbus-run-session, so no dbus-daemon is left behind and
the notification daemon is started on demand) and a virtual screen (xvfb-run) when they are installed and no
display is set. Elsewhere, or without them, it runs pytest directly and GUI tests use Qt's offscreen platform.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    cmd = [sys.executable, "-m", "pytest", *sys.argv[1:]]
    if sys.platform.startswith("linux"):
        # The bus goes inside the virtual screen: the notification daemon it starts on demand needs DISPLAY.
        if shutil.which("dbus-run-session") and "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
            cmd = ["dbus-run-session", "--", *cmd]
        if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
            cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *cmd]
    print("+", " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
