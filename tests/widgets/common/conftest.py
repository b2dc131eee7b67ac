"""A private D-Bus session bus with no notification service on it (no service files: nothing can be activated)."""
import shutil
import subprocess

import pytest

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def bus_without_notifications(tmp_path, monkeypatch):
    """Point DBUS_SESSION_BUS_ADDRESS at a fresh bus that has no org.freedesktop.Notifications."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("needs dbus-daemon")
    conf = tmp_path / "bus.conf"
    conf.write_text(BUS_CONFIG.format(dir=tmp_path), encoding="utf-8")
    proc = subprocess.Popen(["dbus-daemon", f"--config-file={conf}", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:"), address
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
