"""What is due (plan §3.2.2, §6.2): collected from a real episode on a simulated clock."""
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console.alerts import deadlines
from console.alerts import notifications
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.alerts.escalation import TIER_ACK_REMIND, TIER_ALL_HANDS, TIER_ESCALATE, TIER_FIRST, TIER_REMIND, Policy
from console.store.db import Store
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _people(store):
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name, roles, PW)


@pytest.fixture
def red_pending(tmp_path):
    """A red warning from the city, a red proposal waiting for the bureau head's review."""
    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    with Store(path, clock) as s:
        _people(s)
        E.receive_notice(s, actor_of(s, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
        E.propose(s, actor_of(s, "duty"), "start", "red", ["红色：上级通知"], "海门区全域", T0, assessed_level="red")
    return path, clock


def test_collect_lists_signoff_clock_and_notice(red_pending):
    path, clock = red_pending
    with Store(path, clock) as s:
        items = {p.key.split(":")[0]: p for p in deadlines.collect(s)}
    assert set(items) == {"signoff", "response", "notice", "quarter"}  # no reduction list recorded yet
    assert items["signoff"].roles == ("bureau_head",) and "红色预警启动待生态环境局主要负责人（局长）审核" == items["signoff"].title
    assert items["response"].due == T0 + timedelta(hours=3) and items["response"].severity == "critical"


def test_unsigned_red_escalates_on_time_stops_on_ack_and_survives_restart(red_pending):
    path, clock = red_pending
    log: list[tuple[int, str, tuple]] = []

    def deliver(slot, title):
        log.append((int((clock.now() - T0).total_seconds() // 60), slot.item_key.split(":")[0], slot.tier,
                    slot.recipients))
        return "desktop", True, None

    def tick_until(store, minutes):
        while (clock.now() - T0) < timedelta(minutes=minutes):
            clock.advance(timedelta(minutes=1))
            notifications.run_once(store, deadlines.collect(store), Policy(), deliver)

    with Store(path, clock) as s:
        notifications.run_once(s, deadlines.collect(s), Policy(), deliver)
        tick_until(s, 40)
    signoff = [(m, tier, rcpt) for m, kind, tier, rcpt in log if kind == "signoff"]
    assert signoff == [(0, TIER_FIRST, ("bureau_head",)), (15, TIER_REMIND, ("bureau_head",)),
                       (30, TIER_ESCALATE, ("bureau_head", "district_leader", "duty_officer"))]
    # restart at minute 40: nothing repeats
    log.clear()
    with Store(path, clock) as s:
        notifications.run_once(s, deadlines.collect(s), Policy(), deliver)
        assert log == []
        key = next(p.key for p in deadlines.collect(s) if p.key.startswith("signoff"))
        notifications.acknowledge(s, key, actor_of(s, "head"))
        tick_until(s, 160)
    signoff = [(m, tier) for m, kind, tier, _ in log if kind == "signoff"]
    # the 15-minute repeats stopped at the acknowledgement; still unsigned, it comes back hourly, quietly
    assert signoff == [(100, TIER_ACK_REMIND), (160, TIER_ACK_REMIND)]
    response = [(m, tier) for m, kind, tier, _ in log if kind == "response"]
    assert (150, TIER_ALL_HANDS) in response  # 2 h 30 into the 3-hour clock: everyone on duty


def test_signed_item_disappears(red_pending):
    path, clock = red_pending
    with Store(path, clock) as s:
        (ps,) = E.pending_signatures(s)
        E.sign(s, ps.proposal.id, "head", PW, "bureau_head", "approve", ps.proposal.content_hash, actor="head")
        keys = [p.key for p in deadlines.collect(s)]
        assert not any(k == ps.key for k in keys)
        assert any(k.startswith("signoff") and "district" not in k for k in keys)  # now waiting for the leader
        titles = [p.title for p in deadlines.collect(s)]
        assert "红色预警启动待区政府领导批准" in titles


def test_stale_stations_are_one_quiet_item(tmp_path):
    from console.air import demo

    with Store(tmp_path / "d.sqlite3", FixedClock(datetime(2016, 12, 31, 23, 0, tzinfo=TZ))) as s:
        demo.load_demo(s, admin_of(s))
        assert not [p for p in deadlines.collect(s) if p.key.startswith("stale")]
        s.clock.advance(timedelta(hours=3))
        (stale,) = [p for p in deadlines.collect(s) if p.key.startswith("stale")]
        assert stale.title == "4 个站点数据超时" and "东四" in stale.body and stale.severity == "info"


def test_overdue_duties_are_notified_once_not_at_every_check(tmp_path, catalog):
    """An overdue measure's item has a fixed start: checks every 20 s send it once, not 3 times a minute."""
    from console.measures import board

    clock = FixedClock(datetime(2024, 12, 3, 8, 0, tzinfo=TZ))
    with Store(tmp_path / "b.sqlite3", clock) as s:
        board.activate(s, "1", "orange", clock.now(), admin_of(s), catalog=catalog)
        clock.advance(timedelta(hours=17))  # 01:00 next day: the afternoon's sprinkling ended short
        sent = []

        def deliver(slot, title):
            sent.append(slot.item_key)
            return "desktop", True, None

        for _ in range(6):
            clock.advance(timedelta(seconds=20))
            duties = [p for p in deadlines.collect(s) if p.key.startswith("duty:")]
            assert duties and all(p.since < clock.now() - timedelta(hours=1) for p in duties)
            notifications.run_once(s, duties, Policy(), deliver)
        assert sent and len(sent) == len(set(sent))  # one notification per unit


def test_signoff_notification_says_what_is_approved(tmp_path):
    """Issue 19.2: level, why (the basis line with its figures), the 3-hour deadline and what approval starts."""
    clock = FixedClock(T0)
    with Store(tmp_path / "live.sqlite3", clock) as s:
        _people(s)
        E.receive_notice(s, actor_of(s, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
        E.propose(s, actor_of(s, "duty"), "start", "red", ["红色：市发布红色预警（通环〔2025〕1号），预测AQI 320、335、310",
                                              "结论：红色预警（取较高者）"], "海门区全域", T0, assessed_level="red")
        clock.set(T0 + timedelta(minutes=50))
        item = next(p for p in deadlines.collect(s) if p.key.startswith("signoff"))
        from console.measures import board
        from console.admin.settings import Settings
        targets, replaced = board.target_tasks(board.default_catalog(), "red", list(Settings(s).get("towns")))
        live = [k for k in targets if k not in replaced]
    lines = item.body.split("\n")
    assert lines[0] == "红色预警启动｜依据：红色：市发布红色预警（通环〔2025〕1号），预测AQI 320、335、310"
    assert lines[1] == "3小时响应时限：12-02 11:00（剩余 2小时10分）"
    assert lines[2] == (f"批准后：红色预警生效，{len({m for m, _ in live})} 项措施下达 {len({u for _, u in live})} 个单位"
                        f"（共 {len(live)} 项任务）")
    assert len(live) > 50 and "提案 #1（第1版）" in lines[3] and "局长" in lines[3]
    # English: a hand-written basis line is quoted as written (a line the rules wrote is rendered, below)
    assert item.body_en.split("\n")[0] == ("Red warning start | basis: “红色：市发布红色预警（通环〔2025〕1号），"
                                           "预测AQI 320、335、310” (as written)")


def test_signoff_notification_in_english_renders_the_rules_basis(red_pending):
    from dataclasses import replace

    path, clock = red_pending
    line = "红色：预测 12-02 起连续72小时日AQI>200（320、335、310），其中 12-02 日AQI>300（320）"
    with Store(path, clock) as s:
        ps = E.pending_signatures(s)[0]
        ps = replace(ps, proposal=replace(ps.proposal, basis=(line, "结论：红色预警（Ⅰ级）（预测红色，上级通知无，取较高者）")))
        item = next(p for p in deadlines.collect(s) if p.key.startswith("signoff"))
        en = deadlines._signoff_lines(s, ps, T0)[1][0]
    assert en == ("Red warning start | basis: Red: forecast daily AQI over 72 consecutive hours from 12-02 > 200 "
                  "(320, 335, 310), of which daily AQI of 12-02 > 300 (320)")
    assert item.body_en and "(plan wording)" not in item.body_en


def test_lift_and_end_notifications_say_what_follows(red_pending):
    from dataclasses import replace

    path, clock = red_pending
    with Store(path, clock) as s:
        ps = E.pending_signatures(s)[0]
        lift = replace(ps, proposal=replace(ps.proposal, kind="lift", level="none", basis=("上级解除：通环〔2025〕2号",)))
        end = replace(ps, proposal=replace(ps.proposal, kind="end", level="none", basis=("已解除满24小时",)))
        lift_body, end_body = deadlines.signoff_body(s, lift, T0), deadlines.signoff_body(s, end, T0)
    assert lift_body.split("\n")[:2] == ["预警解除｜依据：上级解除：通环〔2025〕2号", "批准后：解除预警，响应措施停止执行"]
    assert "3小时响应时限" not in lift_body
    assert "批准后：终止应急响应，各参与单位须在24小时内报送总结" in end_body


# ---- English (issue 19.13): the core writes every reminder in both languages ------------------------------------
def _chinese_outside_quotes(text: str, quoted: list[str]) -> str:
    """The Chinese left in an English text once the plan's quotations and names are taken out."""
    import re

    for q in quoted:
        text = text.replace(q, "")
    return "".join(re.findall(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]", text))


def test_every_reminder_has_english_quoting_only_the_plan_and_names(red_pending, tmp_path, catalog):
    from console.air import demo
    from console.alerts.escalation import schedule
    from console.measures import board

    path, clock = red_pending
    with Store(path, clock) as s:
        items = deadlines.collect(s)
        notice = next(p for p in items if p.key.startswith("notice"))
        quoted = {"signoff": ["红色：上级通知"], "response": [], "quarter": [],
                  "notice": ["通环〔2025〕1号"]}  # the notice's document number as the city wrote it
        assert notice.title_en == "Upper-level notice to acknowledge: City 2025-12-02 08:00 issues a red warning " \
                                  "(通环〔2025〕1号)"
        for p in items:
            kind = p.key.split(":")[0]
            assert p.title_en and p.body_en, p.key
            assert _chinese_outside_quotes(p.title_en + p.body_en, quoted[kind]) == "", (p.title_en, p.body_en)
        sign = next(p for p in items if p.key.startswith("signoff"))
        assert sign.title_en == "Red warning start: waiting for the bureau head's review"
        assert "3-hour response deadline: 12-02 11:00 (3 h 00 min left)" in sign.body_en
        assert "On approval: the red warning takes effect" in sign.body_en
        # a slot carries both, with the tier named in each language
        slot = schedule(sign, Policy(), T0 + timedelta(minutes=30))[-1]
        assert slot.title.startswith("【升级提醒】") and slot.title_en.startswith("[Escalated] Red warning start")
    with Store(tmp_path / "d.sqlite3", FixedClock(datetime(2016, 12, 31, 23, 0, tzinfo=TZ))) as s:
        demo.load_demo(s, admin_of(s))
        s.clock.advance(timedelta(hours=3))
        (stale,) = [p for p in deadlines.collect(s) if p.key.startswith("stale")]
        assert stale.title_en == "4 stations without recent data" and "东四" in stale.body_en  # a station's name
    clock = FixedClock(datetime(2024, 12, 3, 8, 0, tzinfo=TZ))
    with Store(tmp_path / "b.sqlite3", clock) as s:
        board.activate(s, "1", "orange", clock.now(), admin_of(s), catalog=catalog)
        clock.advance(timedelta(hours=17))
        duties = [p for p in deadlines.collect(s) if p.key.startswith("duty:")]
        assert duties
        for p in duties:
            unit = p.key.split(":")[2]
            assert p.title_en.startswith(f"{unit}: ") and "overdue" in p.title_en
            assert _chinese_outside_quotes(p.title_en + p.body_en, [unit]) == ""
