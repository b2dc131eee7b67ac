"""CAP 1.2 export: parse the XML back and check the fields."""
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console.episodes import bulletin as B
from console.episodes import cap
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.store import drills as drill_repo
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"], "head": ["bureau_head"],
                        "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def approve_all(store, p):
    who = {"deputy_head": "deputy", "bureau_head": "head", "district_leader": "leader"}
    for s in p.steps:
        E.sign(store, p.id, who[s.role], PW, s.role, "approve", p.content_hash)


def publish(store, **kw):
    b = B.draft(store, pollution_degree="重度污染", pollution_area="海门区全域", primary_pollutant="PM2.5", **kw)
    return B.publish(store, None, b, actor_of(store, "duty"))


def parse(xml):
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "{urn:oasis:names:tc:emergency:cap:1.2}alert"
    return root


def f(el, path):
    return el.findtext(path, namespaces=NS)


@pytest.mark.parametrize("level,severity", [("yellow", "Moderate"), ("orange", "Severe"), ("red", "Extreme")])
def test_alert_fields(st, level, severity, tmp_path):
    approve_all(st, E.propose(st, actor_of(st, "duty"), "start", level, ["依据"], "全区", T0, assessed_level=level))
    pub = publish(st)
    root = parse(cap.to_cap(st, pub))
    assert f(root, "cap:identifier") == pub.identifier
    assert f(root, "cap:sender") == cap.SENDER
    assert f(root, "cap:sent") == "2025-12-02T08:00:00+08:00"
    assert f(root, "cap:status") == "Actual" and f(root, "cap:msgType") == "Alert"
    assert f(root, "cap:scope") == "Public" and root.find("cap:references", NS) is None
    info = root.find("cap:info", NS)
    assert f(info, "cap:language") == "zh-CN" and f(info, "cap:category") == "Env"
    assert f(info, "cap:event") == "重污染天气"
    assert f(info, "cap:severity") == severity
    assert f(info, "cap:urgency") == "Immediate" and f(info, "cap:certainty") == "Likely"
    assert f(info, "cap:onset") == "2025-12-02T08:00:00+08:00"
    assert "重污染天气" in f(info, "cap:headline")
    desc = f(info, "cap:description")
    assert "首要污染物：PM2.5" in desc and "污染范围：海门区全域" in desc
    assert f(info, "cap:instruction") == B.health_advice(level)
    assert f(info, "cap:area/cap:areaDesc") == "海门区全域"
    path = cap.export_cap(st, pub, tmp_path / "a.xml")
    assert parse(path.read_text("utf-8")) is not None


def test_update_and_cancel_reference_earlier_messages(st):
    approve_all(st, E.propose(st, actor_of(st, "duty"), "start", "orange", ["依据"], "全区", T0, assessed_level="orange"))
    a = publish(st)
    st.clock.advance(timedelta(hours=6))
    approve_all(st, E.propose(st, actor_of(st, "duty"), "upgrade", "red", ["依据"], "全区", st.clock.now(),
                              assessed_level="red"))
    u = publish(st)
    st.clock.advance(timedelta(hours=40))
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 36, "好转")
    approve_all(st, E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None))
    c = B.publish(st, None, B.draft_lift(st), actor_of(st, "duty"))
    ru = parse(cap.to_cap(st, u))
    assert f(ru, "cap:msgType") == "Update"
    assert f(ru, "cap:references") == f"{cap.SENDER},{a.identifier},2025-12-02T08:00:00+08:00"
    assert f(ru, "cap:info/cap:severity") == "Extreme"
    rc = parse(cap.to_cap(st, c))
    assert f(rc, "cap:msgType") == "Cancel"
    refs = f(rc, "cap:references").split(" ")
    assert [r.split(",")[1] for r in refs] == [a.identifier, u.identifier]
    assert f(rc, "cap:info/cap:responseType") == "AllClear" and f(rc, "cap:info/cap:urgency") == "Past"
    assert "解除" in f(rc, "cap:info/cap:headline")


def test_drill_is_an_exercise(st):
    with st.transaction():
        drill_repo.mark_drill(st, "test")  # as the drill runner marks its database
    approve_all(st, E.propose(st, actor_of(st, "duty"), "start", "yellow", ["依据"], "全区", T0, assessed_level="yellow"))
    root = parse(cap.to_cap(st, publish(st)))
    assert f(root, "cap:status") == "Exercise" and "演练" in f(root, "cap:note")
    assert f(root, "cap:info/cap:headline").startswith("【演练】")
