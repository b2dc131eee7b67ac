"""What is forecast and what is observed at the assessment time (plan §3.2.1 "经预测", §3.2.2(3)).

- A forecast block wholly before `at` (end <= at) is the past, not a forecast: it never triggers a level
  (§3.2.1: levels are triggered "经预测", by forecasts). past_line() says so in the basis.
- Observed blocks (monitoring data, wholly before `at`) count only to upgrade a response in force:
  "当空气质量监测数据或预测结果达到更高预警等级条件时，应及时调整到相应的预警级别" (§3.2.2(3)). Reading: the observed
  past and the forecast future are one series, so a chain of N×24 hours may start in the observed past and run
  on into the forecast. Without a response in force observed data start nothing (the basis says when they
  would have met a condition).
"""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from console.plan.levels import NONE, level_rank, level_short
from console.rules.blocks import Block, Forecast
from console.rules.chains import Match, as_table, describe_chain, evaluate
from console.rules.table import BlockTable, build_blocks, hour_number
from console.rules.thresholds import RuleSettings

_CITE = "（预案3.2.1“经预测”）"


def split_past(blocks: BlockTable, at: datetime) -> tuple[BlockTable, BlockTable]:
    """(blocks still ahead or running at `at`, blocks wholly before `at`)."""
    ahead = blocks.end > hour_number(at)
    return blocks.take(ahead), blocks.take(~ahead)


def past_line(past: BlockTable, at: datetime, settings: RuleSettings) -> str | None:
    """The basis line for forecast values dated before the assessment time, or None when there are none."""
    if not len(past):
        return None
    when = f"{at:%Y-%m-%d %H:%M}"
    if past.daily.all():
        labels = [b.label for b in past] if len(past) <= 5 else [past[0].label, past[-1].label]
        days = "、".join(labels) if len(past) <= 5 else f"{labels[0]} 至 {labels[-1]} 共 {len(past)} 天"
        text = f"预测中 {days} 已是过去的日期（早于评估时刻 {when}），不是预测，不计入预警条件{_CITE}"
    else:
        text = (f"预测中 {past[0].start:%m-%d %H:%M} 起至 {past[-1].start:%m-%d %H:%M} 起的 {len(past)} 个24小时"
                f"已全部早于评估时刻 {when}，不是预测，不计入预警条件{_CITE}")
    level, _ = evaluate(past, settings)
    if level != NONE:
        text += f"；这些过去的数值若当作预测将达到{level_short(level)}条件"
    return text


def observed_blocks(observed: Forecast | Sequence[Block] | None, at: datetime,
                    settings: RuleSettings) -> BlockTable:
    """Blocks of monitoring data wholly before `at`, marked observed (later ones are not observed yet)."""
    if observed is None:
        return BlockTable.empty()
    blocks = build_blocks(observed, settings) if isinstance(observed, Forecast) else as_table(observed)
    return blocks.take(blocks.end <= hour_number(at)).as_observed()


def observed_upgrade(observed: BlockTable, future: BlockTable, forecast_level: str, in_force: str,
                     settings: RuleSettings) -> tuple[str, list[Match], list[str]]:
    """(level the monitoring data raise the response to, its matches, basis lines).

    The level is NONE unless a response is in force and observed (+ forecast) blocks reach a level above both
    the one in force and the forecast's own level."""
    if not len(observed):
        return NONE, [], []
    level, matches = evaluate(BlockTable.concat(observed, future), settings)
    if level_rank(level) <= level_rank(forecast_level):
        return NONE, [], []  # the monitoring data add nothing to what the forecast gives
    words = [describe_chain(m.condition, m.blocks, settings) for m in matches]
    if in_force == NONE:
        return NONE, [], [f"{w}，达到{level_short(level)}条件；但没有正在执行的应急响应：预警按预测启动{_CITE}，"
                          "监测数据只用于响应期间升级（预案3.2.2(3)），不计入" for w in words]
    if level_rank(level) <= level_rank(in_force):
        return NONE, [], [f"{w}，达到{level_short(level)}条件，不高于正在执行的{level_short(in_force)}响应，"
                          "无需调整" for w in words]
    return level, matches, [f"{level_short(level)}（按监测数据升级，预案3.2.2(3)）：{w}" for w in words]
