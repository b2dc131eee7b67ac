"""Every document the console writes carries the audit head of its time (a copy kept outside the database)."""
from datetime import datetime

import openpyxl

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.episodes import bulletin as B
from console.episodes.cap import to_cap
from console.measures import board
from console.measures.export import board_html, export_xlsx
from console.store.audit import anchor_text
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _published(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    p = E.propose(store, actor_of(store, "duty"), "start", "orange", ["依据"], "全区", T0, assessed_level="orange")
    E.sign(store, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    b = B.draft(store, pollution_degree="重度污染", pollution_area="海门区全域", primary_pollutant="PM2.5")
    return B.publish(store, E.current_episode(store), b, actor_of(store, "duty"))


def test_bulletin_text_and_cap_carry_the_head(store, tmp_path):
    pub = _published(store)
    head = anchor_text(store)
    assert head.startswith("审计链头 audit head: #") and len(head.split()[-1]) == 16
    assert B.export_text(store, pub, tmp_path / "b.txt").read_text("utf-8").rstrip().endswith(head)
    assert head in to_cap(store, pub)


def test_board_exports_carry_the_head(store, tmp_path, catalog):
    store.clock = FixedClock(T0)
    accounts.create_user(store, admin_of(store), "duty", "值班员", ["duty_officer"], PW)
    board.activate(store, "EP-1", "orange", T0, admin_of(store), catalog=catalog)
    head = anchor_text(store)
    rows = list(openpyxl.load_workbook(export_xlsx(store, "EP-1", tmp_path / "b.xlsx", T0, catalog=catalog))["任务"]
                .iter_rows(values_only=True))
    assert rows[2][0] == head
    assert head in board_html(store, "EP-1", T0, catalog=catalog)
