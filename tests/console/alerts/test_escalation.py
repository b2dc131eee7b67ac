from datetime import datetime, timedelta

from console.common.clock import TZ
from console.alerts.escalation import (TIER_ACK_REMIND, TIER_ALL_HANDS, TIER_ESCALATE, TIER_FIRST, TIER_REMIND, Pending,
                                Policy, due_slots, next_slot_time, schedule)

T0 = datetime(2025, 12, 3, 8, 0, tzinfo=TZ)
M = timedelta(minutes=1)
RED_REVIEW = Pending("signoff:7:1", "红色预警待审核", "提案 #7", ("bureau_head",), T0)
CLOCK3H = Pending("start:3", "3小时内启动响应", "", ("duty_officer",), T0, due=T0 + 180 * M, severity="critical")


def test_first_reminders_then_escalation():
    slots = schedule(RED_REVIEW, Policy(), T0 + 46 * M)
    got = [(s.tier, int((s.at - T0) / M), s.recipients) for s in slots]
    assert got == [
        (TIER_FIRST, 0, ("bureau_head",)),
        (TIER_REMIND, 15, ("bureau_head",)),
        (TIER_ESCALATE, 30, ("bureau_head", "district_leader", "duty_officer")),
        (TIER_REMIND, 45, ("bureau_head", "district_leader", "duty_officer")),
    ]


def test_ack_stops_repeats_then_quiet_reminder():
    slots = schedule(RED_REVIEW, Policy(), T0 + 130 * M, acked_at=T0 + 20 * M)
    tiers = [(s.tier, int((s.at - T0) / M)) for s in slots]
    assert tiers == [(TIER_FIRST, 0), (TIER_REMIND, 15), (TIER_ACK_REMIND, 80)]


def test_all_hands_before_deadline_even_if_acknowledged():
    slots = schedule(CLOCK3H, Policy(), T0 + 180 * M, acked_at=T0 + 5 * M)
    all_hands = [s for s in slots if s.tier == TIER_ALL_HANDS]
    assert len(all_hands) == 1 and all_hands[0].at == T0 + 150 * M
    assert set(all_hands[0].recipients) >= {"duty_officer", "bureau_head", "district_leader"}


def test_due_slots_no_flood_after_restart():
    sent = {s.key for s in schedule(RED_REVIEW, Policy(), T0)}  # only the first notice went out
    now = T0 + 200 * M  # console was closed for hours
    due = due_slots(RED_REVIEW, Policy(), now, sent)
    assert [s.tier for s in due] == [TIER_ESCALATE, TIER_REMIND]
    assert due[-1].at == T0 + 165 * M  # back-off: 15, 45, 105, 165, 225 … minutes
    sent |= {s.key for s in due}
    assert due_slots(RED_REVIEW, Policy(), now, sent) == []  # nothing twice


def test_due_slots_stepwise_delivers_each_slot_once():
    sent: set[str] = set()
    delivered = []
    for minute in range(0, 61):
        for s in due_slots(RED_REVIEW, Policy(), T0 + minute * M, sent):
            sent.add(s.key)
            delivered.append((s.tier, minute))
    assert delivered == [(TIER_FIRST, 0), (TIER_REMIND, 15), (TIER_ESCALATE, 30), (TIER_REMIND, 45)]


def test_next_slot_time():
    assert next_slot_time(RED_REVIEW, Policy(), T0 + 1 * M) == T0 + 15 * M
    assert next_slot_time(RED_REVIEW, Policy(), T0 + 16 * M, acked_at=T0 + 16 * M) == T0 + 76 * M


def test_policy_from_settings():
    p = Policy.from_settings({"remind_every_min": 5, "escalate_after_min": 10})
    assert p.remind_every == 5 * M and p.escalate_after == 10 * M and p.ack_remind_every == 60 * M


def test_routine_items_are_quiet():
    stale = Pending("stale:x", "站点数据超时", "", ("duty_officer",), T0, severity="info")
    slots = schedule(stale, Policy(), T0 + 130 * M)
    assert [(s.tier, int((s.at - T0) / M)) for s in slots] == [(TIER_FIRST, 0), (TIER_REMIND, 60), (TIER_REMIND, 120)]


def test_due_slots_agrees_with_the_full_schedule():
    """The arithmetic of due_slots equals 'latest unsent slot of each tier' computed from the enumeration."""
    import random

    rnd = random.Random(7)
    for _ in range(200):
        item = rnd.choice([RED_REVIEW, CLOCK3H])
        acked = T0 + rnd.randrange(0, 300) * M if rnd.random() < 0.5 else None
        now = T0 + rnd.randrange(0, 400) * M
        all_slots = schedule(item, Policy(), now, acked)
        sent = {s.key for s in all_slots if rnd.random() < 0.4}
        expected = {}
        for s in all_slots:
            expected[s.tier] = s
        expected = {t: s for t, s in expected.items() if s.key not in sent}
        got = {s.tier: s for s in due_slots(item, Policy(), now, sent, acked)}
        if TIER_REMIND in expected and TIER_REMIND not in got:
            assert any(t in got for t in (TIER_ESCALATE, TIER_ALL_HANDS))  # folded into the loud one
            del expected[TIER_REMIND]
        assert got == expected


LEADER = Pending("signoff:9:2", "红色预警待区政府领导批准", "提案 #9", ("district_leader",), T0, severity="critical")


def test_reminders_back_off_and_are_capped():
    """Issue 19.1: a red proposal left unsigned for 3 hours gave 12 identical reminders; now 15, 45, 105, 165 min
    (intervals 15, 30, 60, then hourly) and at most max_reminders per item and tier, however long it waits."""
    slots = schedule(LEADER, Policy(), T0 + 180 * M)
    assert [int((s.at - T0) / M) for s in slots if s.tier == TIER_REMIND] == [15, 45, 105, 165]
    week = schedule(LEADER, Policy(), T0 + 7 * 24 * 60 * M)
    assert sum(1 for s in week if s.tier == TIER_REMIND) == Policy().max_reminders
    assert next_slot_time(LEADER, Policy(), T0 + 24 * 60 * M) is None  # capped: nothing more to wake for
    capped = Policy.from_settings({"remind_max_count": 2, "remind_max_interval_min": 30})
    assert [int((s.at - T0) / M) for s in schedule(LEADER, capped, T0 + 600 * M) if s.tier == TIER_REMIND] == \
        [15, 45]


def test_acknowledged_reminders_are_capped_too():
    slots = schedule(RED_REVIEW, Policy(), T0 + 3 * 24 * 60 * M, acked_at=T0 + 20 * M)
    assert sum(1 for s in slots if s.tier == TIER_ACK_REMIND) == Policy().max_reminders


def test_no_pointless_escalation_above_the_district_leader():
    """She is the top of the chain: no escalation tier that would only copy the duty officer again."""
    slots = schedule(LEADER, Policy(), T0 + 180 * M)
    assert not [s for s in slots if s.tier == TIER_ESCALATE]
    assert all(s.recipients == ("district_leader",) for s in slots)
    below = schedule(RED_REVIEW, Policy(), T0 + 60 * M)
    assert [s.recipients for s in below if s.tier == TIER_ESCALATE] == [
        ("bureau_head", "district_leader", "duty_officer")]


def test_a_liaison_is_addressed_only_for_his_unit():
    from console.alerts.escalation import addressed_to

    item = Pending("duty:1:住房和城乡建设局:x", "住房和城乡建设局：1 项措施/任务逾期", "",
                   ("liaison:住房和城乡建设局",), T0)
    first = schedule(item, Policy(), T0)[0]
    assert addressed_to(first.recipients, {"liaison"}, {"住房和城乡建设局"})
    assert not addressed_to(first.recipients, {"liaison"}, {"水利局"})
    assert not addressed_to(first.recipients, {"duty_officer"})
    esc = [s for s in schedule(item, Policy(), T0 + 31 * M) if s.tier == TIER_ESCALATE][0]
    assert esc.recipients == ("liaison:住房和城乡建设局", "duty_officer")
    assert addressed_to(esc.recipients, {"duty_officer"})
