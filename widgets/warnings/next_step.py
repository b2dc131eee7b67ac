"""The next step in the interface's words (warnings page button and hint, overview line): the core decides it
(console.episodes.workflow.next_action); this names the people holding the role and translates (context
"WarningsPage", where these strings have always been)."""
from __future__ import annotations

from console.episodes import workflow as W
from console.episodes.workflow import NextAction
from console.store.db import Store
from widgets.common.i18n import level_word, user_text
from widgets.warnings.warn_util import role_holder, translate
from widgets.warnings.words import notice_text, step_label


def words(store: Store, n: NextAction) -> tuple[str, str]:
    """(label, hint) of a next action."""
    if n.code == W.ACK:
        return translate("WarningsPage", "确认收到上级通知"), notice_text(n.notice.to_notice())
    if n.code == W.SIGN:
        step = step_label(n.step_name)
        return (translate("WarningsPage", "签署：{0} {1}提案 #{2}").format(role_holder(store, n.role), step, n.proposal.id),
                translate("WarningsPage", "请{0}本人输入账号和密码签署；提案内容以签署对话框中显示的版本为准。").format(
                    role_holder(store, n.role)))
    if n.code == W.PROPOSE_START:
        return (translate("WarningsPage", "拟定{0}预警提案").format(level_word(n.level)),
                translate("WarningsPage", "研判已达到{0}预警条件：拟定提案后报审签。").format(level_word(n.level)))
    if n.code == W.PROPOSE_UPGRADE:
        return (translate("WarningsPage", "拟定升级为{0}预警提案").format(level_word(n.level)),
                translate("WarningsPage", "研判已达到更高级别，须升级（高等级启动后低等级自动解除）。"))
    if n.code == W.PUBLISH:
        return (translate("WarningsPage", "发布{0}预警信息").format(level_word(n.level)),
                translate("WarningsPage", "{0}预警已审签生效，请发布预警信息（六项必填内容及健康防护提示）。").format(
                    level_word(n.level)))
    if n.code == W.PROPOSE_LIFT:
        return translate("WarningsPage", "提议解除预警"), "；".join(user_text(x) for x in n.problems) or translate("WarningsPage", "解除条件已满足。")
    if n.code == W.PROPOSE_DOWNGRADE:
        return (translate("WarningsPage", "提议降级为{0}预警").format(level_word(n.level)),
                translate("WarningsPage", "预测改善须持续足够时长；降级按解除程序审批。"))
    if n.code == W.MONITOR:
        return translate("WarningsPage", "{0}预警生效中 · 持续监测").format(level_word(n.level)), \
            translate("WarningsPage", "督办各部门落实响应措施（见“响应措施”页）；按时会商。")
    if n.code == W.PUBLISH_CANCEL:
        return translate("WarningsPage", "发布解除信息"), translate("WarningsPage", "预警已解除，请发布解除信息。")
    if n.code == W.SUMMARY:
        return (translate("WarningsPage", "登记总结报送（尚缺 {0} 家）").format(len(n.missing)),
                translate("WarningsPage", "各参与单位须于 {0} 前报送总结。").format(f"{n.due_at:%m-%d %H:%M}"))
    return translate("WarningsPage", "当前无需启动预警 · 持续监测"), translate("WarningsPage", "收到上级通知请立即录入；按时会商。")
