"""kill -9 during import, sign, publish, tick and undo (scripts/crash_check.py at small scale), and the check
itself notices a half-written record."""
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import crash_check  # noqa: E402


def test_kill_9_during_every_kind_of_write_leaves_a_sound_database():
    out = subprocess.run([sys.executable, "scripts/crash_check.py", "--rounds", "2", "--seed", "7",
                          "--min-delay", "0.3", "--max-delay", "0.9"], cwd=ROOT, capture_output=True, text=True,
                         encoding="utf-8", timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = [line for line in out.stdout.splitlines() if " round " in line]
    assert len(lines) == 2 * len(crash_check.OPS) and all(": ok (" in line for line in lines)
    last = {line.split()[0]: int(line.split("(")[1].split()[0]) for line in lines}
    assert all(n > 4 for n in last.values()), last  # the workers were writing when killed


def test_the_check_notices_a_half_written_record(tmp_path):
    p = tmp_path / "tick.sqlite3"
    crash_check.prepare(p, "tick")
    assert crash_check.check(p, "tick")[1] == []
    c = sqlite3.connect(p)
    task = c.execute("SELECT id, episode_id FROM board_tasks LIMIT 1").fetchone()
    c.execute("INSERT INTO board_events (episode_id, task_id, kind, at, by, recorded_at) "
              "VALUES (?, ?, 'check', 't', 'x', 't')", (task[1], task[0]))
    c.commit()
    c.close()
    assert any("half-written" in p for p in crash_check.check(p, "tick")[1])
