"""Issue 19: why a warning cannot be lifted yet (the core's bilingual lift problems) reaches the warnings page's
next-step hint through user_text: only the Chinese in the Chinese interface, the English with --lang en."""
from datetime import datetime

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.episodes import workflow as W
from console.episodes.ops import lift_problems
from console.store.db import Store
from widgets.warnings.next_step import words
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)


@pytest.fixture
def lift_blocked(tmp_path):
    """An episode whose lift is blocked twice over: the city's orange warning is still in force and the joint
    assessment gives 12 h of improvement where 36 are needed."""
    s = Store(tmp_path / "l.sqlite3", FixedClock(T0))
    accounts.create_user(s, admin_of(s), "duty", "Duty", ["duty_officer"], "pw123456")
    duty = actor_of(s, "duty")
    E.receive_notice(s, duty, "city", "issue", "orange", "doc-1", T0)
    E.record_joint_assessment(s, duty, "Wang", "Li", 12, "better")
    problems = tuple(lift_problems(s, E.latest_episode(s).id))
    assert len(problems) == 2
    yield s, W.NextAction(W.PROPOSE_LIFT, "提议解除预警", "；".join(problems), "duty_officer", problems=problems)
    s.close()


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_lift_problems_in_chinese_only(qapp, lift_blocked):
    s, n = lift_blocked
    label, hint = words(s, n)
    assert label == "提议解除预警"
    assert hint == "市橙色预警仍在生效，尚未收到其解除通知；联合研判：AQI低于黄色预警条件仅 12 小时，需至少 36 小时"
    assert "warning" not in hint and "needed" not in hint


def test_lift_problems_in_english(english_ui, lift_blocked):
    s, n = lift_blocked
    label, hint = words(s, n)
    assert label == "Propose lifting the warning"
    assert _cjk(hint)  # the bilingual core text, which carries the English
    assert "the city orange warning is still in force" in hint
    assert "joint assessment gives 12 h below yellow, 36 h needed" in hint
    assert "；" not in hint and "; " in hint  # the two problems joined the English way
