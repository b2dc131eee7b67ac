"""Chinese public holidays and the 调休 working weekends as day types of the baseline (console/reductions/baseline.py).

A day is a *rest day* (like a weekend) when the calendar says 休, a *working day* (like a weekday) when it says 班,
and otherwise by the weekday (Saturday and Sunday rest). The calendar is
- the official one shipped in data/holidays_cn.csv (the State Council's yearly notices, see the README), overlaid by
- the bureau's own entries in 设置 → 减排核查 (`holiday_days`, lines "YYYY-MM-DD 休|班"), which win on the same day;
  a file of the shipped layout (日期,类型[,名称]) can be imported into that setting (`import_file`).
Files are checked line by line: every problem is reported as ``file:line: what is wrong`` and nothing is stored.
"""
from __future__ import annotations

import csv
import functools
from datetime import date
from pathlib import Path

from console.common import paths
from console.common.errors import UserError

REST, WORK = "休", "班"
_WORDS = {"休": REST, "放假": REST, "休息": REST, "rest": REST, "holiday": REST, "off": REST,
          "班": WORK, "上班": WORK, "work": WORK, "workday": WORK}
OFFICIAL_FILE = "holidays_cn.csv"
SETTING = "holiday_days"
_DATE = ("日期", "date")
_KIND = ("类型", "kind", "type")
_NAME = ("名称", "name", "note")


def kind_of(word: str) -> str | None:
    return _WORDS.get(str(word).strip().lower())


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(str(text).strip().replace("/", "-"))
    except ValueError:
        return None


def read_file(path: str | Path) -> dict[date, tuple[str, str]]:
    """{day: (kind, name)} of a calendar file (CSV, UTF-8 or GBK; lines starting with # are comments)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path.name}: 无法读取 cannot read: {exc}") from None
    for enc in ("utf-8-sig", "gbk"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(f"{path.name}: 编码无法识别（应为 UTF-8 或 GBK）unknown encoding")
    rows = [(n, r) for n, r in enumerate(csv.reader(text.splitlines()), start=1)
            if r and any(c.strip() for c in r) and not r[0].lstrip().startswith("#")]
    if not rows:
        raise UserError(f"{path.name}: 文件为空 the file is empty")
    head_line, header = rows[0]
    cols = [c.strip().lower() for c in header]

    def col(names):
        return next((cols.index(n) for n in names if n in cols), None)

    i_date, i_kind, i_name = col(_DATE), col(_KIND), col(_NAME)
    if i_date is None or i_kind is None:
        raise UserError(f"{path.name}:{head_line}: 表头应包含 日期 和 类型 the header needs date and kind columns")
    out: dict[date, tuple[str, str]] = {}
    problems = []
    for n, r in rows[1:]:
        cell = (lambda i: r[i].strip() if i is not None and i < len(r) else "")
        d, k = parse_day(cell(i_date)), kind_of(cell(i_kind))
        if d is None:
            problems.append(f"{path.name}:{n}: 日期无法识别（应为 YYYY-MM-DD）unreadable date {cell(i_date)!r}")
        elif k is None:
            problems.append(f"{path.name}:{n}: 类型应为 休 或 班 kind must be 休 (rest) or 班 (work), "
                            f"got {cell(i_kind)!r}")
        elif d in out:
            problems.append(f"{path.name}:{n}: 日期重复 duplicate date {d}")
        elif k == WORK and d.weekday() < 5:
            problems.append(f"{path.name}:{n}: {d} 是工作日，调休上班只能在周末 a 班 day must be a Saturday or Sunday")
        else:
            out[d] = (k, cell(i_name))
        if len(problems) >= 20:
            break
    if problems:
        raise UserError("\n".join(problems))
    return out


@functools.lru_cache(maxsize=1)
def _official(path: str) -> tuple:
    return tuple(sorted((d, k) for d, (k, _name) in read_file(path).items()))


def official() -> dict[date, str]:
    """The shipped official calendar {day: 休|班}."""
    return dict(_official(str(paths.plan_data_dir() / OFFICIAL_FILE)))


def setting_entries(values) -> dict[date, str]:
    """The setting's normalised lines ("YYYY-MM-DD 休") as {day: kind}."""
    out = {}
    for line in values or ():
        day, kind = str(line).split()
        out[date.fromisoformat(day)] = kind
    return out


def calendar(store) -> dict[date, str]:
    """The calendar in force for this database: official, overlaid by the bureau's entries."""
    from console.admin.settings import Settings

    return {**official(), **setting_entries(Settings(store).get(SETTING))}


def is_rest(d: date, cal: dict[date, str] | None = None) -> bool:
    kind = (cal or {}).get(d)
    if kind is not None:
        return kind == REST
    return d.weekday() >= 5


def import_file(store, actor, path) -> dict:
    """Merge a calendar file into the bureau's entries (administrator; one settings change, audited).
    Returns {"added": n, "changed": n}; nothing is written when the file has any problem."""
    from console.admin.settings import Settings

    found = read_file(path)
    st = Settings(store)
    mine = setting_entries(st.get(SETTING))
    added = sum(1 for d in found if d not in mine)
    changed = sum(1 for d, (k, _) in found.items() if d in mine and mine[d] != k)
    merged = {**mine, **{d: k for d, (k, _) in found.items()}}
    st.set_many({SETTING: [f"{d.isoformat()} {k}" for d, k in sorted(merged.items())]}, actor)
    return {"added": added, "changed": changed}
