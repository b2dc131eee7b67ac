"""A demo database for the README pictures and reviews: the demo air data, a red warning proposed and signed
through from 2016-12-16 by fictional accounts (password pw123456) and the reduction-check demo.
usage: python scripts/demo_db.py NEW.sqlite3; then python scripts/screenshots.py OUT --db NEW.sqlite3 --at 2016-12-31T23:30"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from console import episodes as E
from console.app import ConsoleApp
from console.common.clock import TZ, FixedClock
from console.episodes import workflow
from console.store.db import Store

PW = "pw123456"
if len(sys.argv) != 2 or Path(sys.argv[1]).exists():
    sys.exit(__doc__.splitlines()[-1] + "  (NEW: a file that does not exist yet)")
path = sys.argv[1]
clock = FixedClock(datetime(2016, 12, 16, 8, 30, tzinfo=TZ))
store = Store(path, clock)
app = ConsoleApp(store)
admin = app.create_first_admin("admin", "系统管理员", PW)
app.set_actor(admin.value)
for name, disp, roles in [("duty", "值班员（示例）", ["duty_officer"]), ("deputy", "分管副局长（示例）", ["deputy_head"]),
                          ("head", "局长（示例）", ["bureau_head"]), ("leader", "区领导（示例）", ["district_leader"])]:
    app.create_user(name, disp, roles, PW)
app.load_demo()
app.login("duty", PW)
a = workflow.current_assessment(store)
print("assessed", a.level, a.forecast_level)
p = app.propose(E.START, "red", list(a.basis), "海门区全域", clock.now() + timedelta(minutes=30),
                assessed_level=a.level).value
clock.advance(timedelta(minutes=40))
signer = {"deputy_head": "deputy", "bureau_head": "head", "district_leader": "leader"}
while pending := [ps for ps in app.pending_signatures() if ps.proposal.id == p.id]:
    ps = pending[0]
    app.sign(p.id, signer[ps.role], PW, ps.role, E.APPROVE, ps.proposal.content_hash)
    clock.advance(timedelta(minutes=25))
print("episode", app.current_episode())
app.load_reduction_demo()
store.close()
