"""`python -m console assess FORECAST.csv [--notices NOTICES.csv] [--observed OBSERVED.csv --in-force LEVEL]
[--at TIME] [--json]` — plan §3.2.1 level + basis. Forecast days before --at are past, not a forecast."""
from __future__ import annotations

import json

from console.common.clock import Clock, parse_local
from console.common.errors import DataError, UserError
from console.rules.assessment import RuleSettings, assess, level_cn, parse_level_value
from console.rules.forecast_file import read_forecast_csv
from console.rules.notices import read_notices_csv

NAME = "assess"
HELP = "按预案评估预警级别及依据 assess the warning level (forecast + upper notices) with its basis"


def add_arguments(parser) -> None:
    parser.add_argument("forecast", metavar="FORECAST.csv",
                        help="预测 forecast: date,aqi[,primary_pollutant] (daily) or time,aqi[,primary_pollutant] "
                             "(hourly); aqi may be a range like 180-230")
    parser.add_argument("--notices", metavar="NOTICES.csv",
                        help="上级通知 upper notices: time,issuer,action,level[,doc_no]")
    parser.add_argument("--observed", metavar="OBSERVED.csv",
                        help="监测数据 observed AQI, same layout as FORECAST.csv; used only to upgrade a response "
                             "in force (plan 3.2.2(3)), never to start one")
    parser.add_argument("--in-force", metavar="LEVEL", default="none",
                        help="正在执行的响应级别 response level in force: none (default), yellow, orange, red")
    parser.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'",
                        help="评估时刻 assessment time, local Asia/Shanghai (default: now)")
    parser.add_argument("--json", action="store_true", help="输出一个 JSON 对象 print one JSON object")


def run(args) -> int:
    if args.at is not None:
        try:
            at = parse_local(args.at)
        except ValueError:
            raise UserError(f"--at: 无法解析时间 cannot parse time {args.at!r} (YYYY-MM-DD HH:MM)") from None
    else:
        at = Clock().now()
    try:
        in_force = parse_level_value(args.in_force)
    except ValueError:
        raise UserError(f"--in-force: 未知预警级别 unknown level {args.in_force!r}"
                        "（可选 choose: none, yellow, orange, red）") from None
    # Read every file before printing anything: bad input leaves stdout empty; problems of all are listed.
    errors: list[DataError] = []
    forecast, notices, observed = None, [], None
    try:
        forecast = read_forecast_csv(args.forecast)
    except DataError as exc:
        errors.append(exc)
    if args.observed:
        try:
            observed = read_forecast_csv(args.observed)
        except DataError as exc:
            errors.append(exc)
    if args.notices:
        try:
            notices = read_notices_csv(args.notices)
        except DataError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise UserError("\n".join(str(e) for e in errors))
    result = assess(forecast, notices, at, RuleSettings(), observed=observed, in_force=in_force)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"评估时刻：{result.at:%Y-%m-%d %H:%M}")
    print(f"预警级别：{level_cn(result.level)}")
    print(f"  预测：{level_cn(result.forecast_level)}")
    print(f"  上级通知：{level_cn(result.notice_level)}")
    if observed is not None:
        print(f"  监测数据升级：{level_cn(result.observed_level)}")
    print("依据：")
    for line in result.basis:
        print(f"  - {line}")
    if result.advisory:
        print("建议：")
        for line in result.advisory.splitlines():
            print(f"  {line}")
    return 0
