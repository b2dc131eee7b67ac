"""过程时间线: every record, newest first, colour-coded by level; the model passes qtmodeltester."""
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from widgets.warnings.timeline_view import TimelineView
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    E.receive_notice(store, actor_of(store, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
    store.clock.advance(timedelta(minutes=10))
    E.record_consultation(store, actor_of(store, "duty"), store.clock.now(), ["生态环境局 张三", "气象局 李四"], "未来72小时重污染",
                          "建议启动红色预警")
    p = E.propose(store, actor_of(store, "duty"), "start", "red", ["市发布红色预警"], "海门区全域", store.clock.now(),
                  assessed_level="red")
    store.clock.advance(timedelta(minutes=10))
    E.sign(store, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    store.clock.advance(timedelta(minutes=10))
    E.sign(store, p.id, "leader", PW, "district_leader", "approve", p.content_hash)
    return store


def test_events_newest_first_and_coloured(qtbot, qtmodeltester, st, catalog):
    v = TimelineView(st, catalog)
    qtbot.addWidget(v)
    v.load(E.current_episode(st).id)
    qtmodeltester.check(v.model)
    texts = v.texts()
    assert texts[0] == "红色预警（Ⅰ级）生效"
    assert texts[-1] == "重污染过程开始记录"
    joined = "\n".join(texts)
    for piece in ("收到上级通知", "会商（生态环境局 张三、气象局 李四）", "提议 #1：启动红色预警", "审核 #1（第 1 版）",
                  "批准 #1（第 1 版）"):
        assert piece in joined, piece
    m = v.model
    red = catalog.levels["red"]
    top_kind = m.data(m.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert (top_kind.red(), top_kind.green(), top_kind.blue()) == tuple(red.rgb)
    assert m.data(m.index(0, 1), Qt.ItemDataRole.DisplayRole) == "级别变化"
    consult = next(i for i, t in enumerate(texts) if t.startswith("会商"))
    assert m.data(m.index(consult, 1), Qt.ItemDataRole.BackgroundRole) is None  # no level: not coloured
    assert m.headerData(2, Qt.Orientation.Horizontal) == "内容"


def test_empty_without_an_episode(qtbot, store, catalog):
    v = TimelineView(store, catalog)
    qtbot.addWidget(v)
    v.load(None)
    assert v.texts() == [] and not v.empty.isHidden() and v.table.isHidden()


def test_empty_note_sits_under_the_title(qtbot, store, catalog):
    """Without an episode the title stays at the top with the note right under it (UX review: both drifted to
    mid-height of a tall, empty panel)."""
    v = TimelineView(store, catalog)
    qtbot.addWidget(v)
    v.load(None)
    v.resize(500, 600)
    v.show()
    qtbot.waitExposed(v)
    assert v.title.geometry().top() < 20
    assert v.title.height() < v.title.sizeHint().height() + 10  # a swollen label draws its text mid-height
    assert v.empty.geometry().top() < v.title.geometry().bottom() + 20
    assert v.empty.alignment() & Qt.AlignmentFlag.AlignTop  # its text at the top of the room it takes
