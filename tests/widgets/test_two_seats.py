"""Two seats on one PostgreSQL server (issue 16): the duty officer's window in this process, the deputy head's seat
in another process that signs through the core. The window shows the signature within a second, seen in what the
window displays (the level banner, the warnings page), not in the database."""
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from console import episodes as E
from console.admin import accounts
from console.store.connect import open_store
from tests.helpers import actor_of, admin_of
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PW = "pw123456"

# The deputy head's seat: its own process and connection; waits for the word, signs, says so, then waits to be closed.
DEPUTY_SEAT = """
import sys
from console import episodes as E
from console.store.connect import open_store

store = open_store(sys.argv[1])
print("ready", flush=True)
pid = int(sys.stdin.readline())
p = E.get_proposal(store, pid)
E.sign(store, pid, "deputy", sys.argv[2], "deputy_head", "approve", p.content_hash, actor="deputy")
print("signed", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_signature_on_another_seat_shows_in_this_window_within_a_second(qtbot, catalog, tmp_path, pg_url):
    store = open_store(pg_url)
    try:
        for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"]}.items():
            accounts.create_user(store, admin_of(store), name, name, roles, PW)
        window = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.connection_label.property("state") == "connected", timeout=10000)
        with subprocess.Popen([sys.executable, "-c", DEPUTY_SEAT, pg_url, PW], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as seat:
            assert seat.stdout.readline().strip() == "ready", seat.stderr.read()
            p = E.propose(store, actor_of(store, "duty"), "start", "yellow", ["黄色：预测依据"], "海门区全域", store.clock.now(),
                          assessed_level="yellow")
            # proposed here, not yet signed: no level in force
            qtbot.waitUntil(lambda: "当前无预警" in window.overview.banner.level_label.text())
            seat.stdin.write(f"{p.id}\n")
            seat.stdin.flush()
            assert seat.stdout.readline().strip() == "signed", seat.stderr.read()
            # nobody here calls a refresh: the other seat's commit arrives through the server, within a second
            qtbot.waitUntil(lambda: "黄色预警" in window.overview.banner.level_label.text(), timeout=1000)
            assert window.measures.board is not None and window.measures.board.model.rowCount() > 0
            seat.stdin.write("\n")
            seat.stdin.flush()
            assert seat.wait(timeout=30) == 0, seat.stderr.read()
        window.close()
    finally:
        store.close()
