"""The interface's words for what the core records as codes (not a widget): the kind of a proposal (启动/升级/
降级/解除/终止响应), a sign-off step, an upper notice, and every timeline line (console.episodes.timeline gives
each line's facts in TimelineEvent.params). Said in the interface language; text people typed (conclusions,
reasons, names) is shown as it was written."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from console.plan.levels import NONE
from widgets.common.i18n import (
    join_names,
    level_badge,
    level_word,
    role_name,
    unit_name,
)
from widgets.warnings.warn_util import fmt_time, tr_, translate

KIND_WORDS = {"start": QT_TRANSLATE_NOOP("warnings", "启动"), "upgrade": QT_TRANSLATE_NOOP("warnings", "升级"),
              "downgrade": QT_TRANSLATE_NOOP("warnings", "降级"), "lift": QT_TRANSLATE_NOOP("warnings", "解除"),
              "end": QT_TRANSLATE_NOOP("warnings", "终止响应")}
STEP_LABELS = {"approve": QT_TRANSLATE_NOOP("warnings", "批准"), "review": QT_TRANSLATE_NOOP("warnings", "审核"),
               "consent": QT_TRANSLATE_NOOP("warnings", "同意高于研判级别启动")}
ISSUER_SHORT = {"ministry": QT_TRANSLATE_NOOP("warnings", "生态环境部"), "province": QT_TRANSLATE_NOOP("warnings", "省"),
                "city": QT_TRANSLATE_NOOP("warnings", "市")}
MSG_WORDS = {"Alert": QT_TRANSLATE_NOOP("warnings", "预警信息"), "Update": QT_TRANSLATE_NOOP("warnings", "预警更新"),
             "Cancel": QT_TRANSLATE_NOOP("warnings", "预警解除信息")}


def kind_word(kind: str) -> str:
    return tr_(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def step_label(step: str) -> str:
    """One word for a sign-off step; the interface says 研判级别 throughout (never 评估级别)."""
    return tr_(STEP_LABELS[step]) if step in STEP_LABELS else step


def proposal_what(kind: str, level: str | None) -> str:
    """'启动橙色预警（Ⅱ级）' / 'Start — Orange warning (Level Ⅱ)'; a lift or an end without a level."""
    if not level or level == NONE:
        return kind_word(kind)
    return translate("warnings", "{0}{1}", "proposal kind, then level").format(kind_word(kind), level_badge(level))


def notice_text(n) -> str:
    """An upper notice (console.rules.notices.Notice): '市 2025-12-02 10:00 发布橙色预警（通环〔2025〕1号）'."""
    who, when = tr_(ISSUER_SHORT.get(n.issuer, n.issuer)), n.time.strftime("%Y-%m-%d %H:%M")
    if n.action == "lift":
        what = translate("warnings", "解除预警")
    elif n.action == "adjust":
        what = translate("warnings", "调整为{0}预警").format(level_word(n.level))
    else:
        what = translate("warnings", "发布{0}预警").format(level_word(n.level))
    doc = translate("warnings", "（{0}）").format(n.doc_no) if n.doc_no else ""
    return f"{who} {when} {what}{doc}"


def timeline_text(ev) -> str:
    """A timeline line (console.episodes.TimelineEvent) in the interface language; the core's Chinese text
    when the line has no parameters (an older core)."""
    p, k = ev.params, ev.kind
    if not p and k != "episode":
        return ev.text
    if k == "episode":
        return translate("warnings", "重污染过程开始记录")
    if k == "notice":
        return translate("warnings", "收到上级通知：{0}").format(notice_text(p["notice"]))
    if k == "notice_ack":
        return translate("warnings", "确认上级通知（{0}）").format(tr_(ISSUER_SHORT.get(p["issuer"], p["issuer"])))
    if k == "trigger":
        src = (translate("warnings", "收到上级预警通知") if p["source"] == "notice"
               else translate("warnings", "预测达到预警条件"))
        return translate("warnings", "触发：{0}（{1}），须于 {2} 前启动响应").format(
            src, level_word(ev.level), fmt_time(p["due_at"]))
    if k == "consultation":
        nxt = translate("warnings", "；下次会商 {0}").format(fmt_time(p["next_at"])) if p.get("next_at") else ""
        return translate("warnings", "会商（{0}）：{1}").format(join_names(p["participants"]), p["conclusion"]) + nxt
    if k == "joint_assessment":
        return translate("warnings", "联合研判（生态环境局 {0}、气象局 {1}）：AQI低于黄色预警条件 {2} 小时；{3}").format(
            p["ecology_by"], p["meteorology_by"], f"{p['hours']:g}", p["conclusion"])
    if k == "proposal":
        what = proposal_what(p["proposal_kind"], p["proposal_level"])
        if p["version"] == 1:
            return translate("warnings", "提议 #{0}：{1}").format(p["id"], what)
        return translate("warnings", "修改提议（第 {0} 版，此前签署作废） #{1}：{2}").format(p["version"], p["id"], what)
    if k == "signature":
        word = step_label(p["step"]) if p["decision"] == "approve" else translate("warnings", "退回")
        why = translate("warnings", "：{0}").format(p["reason"]) if p["reason"] else ""
        return translate("warnings", "{0} {1} {2} #{3}（第 {4} 版）").format(
            role_name(p["role"]), p["name"], word, p["id"], p["version"]) + why
    if k == "withdrawal":
        return translate("warnings", "撤回提议 #{0}：{1}").format(p["id"], p["reason"])
    if k == "level":
        if p["new_level"] == NONE:
            return translate("warnings", "预警解除")
        return translate("warnings", "{0}生效").format(level_badge(p["new_level"]))
    if k == "publication":
        return translate("warnings", "发布{0}（{1}） {2}").format(
            tr_(MSG_WORDS.get(p["msg_type"], p["msg_type"])), level_badge(p["bulletin_level"]), p["identifier"])
    if k == "end":
        return translate("warnings", "过程结束（{0}），各单位总结须于 {1} 前报送").format(
            kind_word(p["end_kind"]), fmt_time(p["summary_due_at"]))
    if k == "summary":
        return translate("warnings", "收到总结：{0}").format(unit_name(p["unit"]))
    return ev.text
