"""Reading and writing the emission-reduction list as XLSX or CSV. Every row is checked; problems name the
file and line (CSV line, or XLSX row) and at most 20 are reported. Nothing is stored here."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from console.common import atomic
from console.common.errors import DataError, UserError
from console.common.textfile import read_csv

POLLUTANTS = ("so2", "nox", "pm", "vocs")
P_LABEL = {"so2": "SO2", "nox": "NOx", "pm": "PM", "vocs": "VOCs"}
LEVELS = ("yellow", "orange", "red")
L_LABEL = {"yellow": "黄色", "orange": "橙色", "red": "红色"}
MAX_PROBLEMS = 20
KINDS = {"企业": "企业", "工业企业": "企业", "enterprise": "企业", "工地": "工地", "施工工地": "工地", "site": "工地"}
YES = {"是", "y", "yes", "true", "1", "引领性", "√"}
NO = {"否", "n", "no", "false", "0", "非引领性", ""}

#: (key, header as exported). Import also accepts the key itself as the header.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "编号"), ("name", "名称"), ("kind", "类型"), ("town", "区镇"), ("industry", "行业"),
    ("grade", "绩效等级"), ("leading", "引领性"),
    *((p, f"{P_LABEL[p]}排放量(t/a)") for p in POLLUTANTS),
    *((f"{lv}_{p}", f"{L_LABEL[lv]}{P_LABEL[p]}减排量(t/a)") for lv in LEVELS for p in POLLUTANTS),
)
_ALIASES = {"统一社会信用代码": "code", "企业名称": "name", "工地名称": "name", "所属区镇": "town", "行业类别": "industry",
            "等级": "grade", "是否引领性": "leading"}


@dataclass(frozen=True)
class LedgerEntry:
    code: str
    name: str
    kind: str
    town: str
    industry: str
    grade: str
    leading: bool
    baseline: dict  # {pollutant: t/a}
    cuts: dict  # {level: {pollutant: t/a}}

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "kind": self.kind, "town": self.town,
                "industry": self.industry, "grade": self.grade, "leading": self.leading,
                "baseline": self.baseline, "cuts": self.cuts}

    def values(self) -> list:
        row = [self.code, self.name, self.kind, self.town, self.industry, self.grade, "是" if self.leading else "否"]
        row += [self.baseline[p] for p in POLLUTANTS]
        row += [self.cuts[lv][p] for lv in LEVELS for p in POLLUTANTS]
        return row


class LedgerFileError(DataError):
    """All the problems found in one file (up to 20), each (line, message)."""

    def __init__(self, path, problems: list[tuple[int | None, str]], more: bool = False):
        self.problems = problems
        lines = [f"{path}:{line}: {msg}" if line else f"{path}: {msg}" for line, msg in problems]
        if more:
            lines.append(f"（只列出前 {MAX_PROBLEMS} 个问题 only the first {MAX_PROBLEMS} problems are listed）")
        UserError.__init__(self, "\n".join(lines))
        self.path, self.detail = str(path), "\n".join(lines)
        self.line = problems[0][0] if problems else None


def _norm_header(h: str) -> str:
    return str(h or "").strip().lower().replace(" ", "").replace("（", "(").replace("）", ")")


_HEADER_MAP = {_norm_header(label): key for key, label in COLUMNS}
_HEADER_MAP.update({_norm_header(key): key for key, _ in COLUMNS})
_HEADER_MAP.update({_norm_header(k): v for k, v in _ALIASES.items()})


def _rows_xlsx(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise DataError(path, f"无法读取 XLSX 文件 cannot read XLSX: {exc}") from None
    try:
        ws = wb.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, dict[str, str]]] = []
        for r, cells in enumerate(ws.iter_rows(values_only=True), 1):
            vals = ["" if c is None else (repr(c) if isinstance(c, float) else str(c)).strip() for c in cells]
            if not any(vals):
                continue
            if header is None:
                header = [v.lower() for v in vals]
                continue
            vals += [""] * (len(header) - len(vals))
            rows.append((r, dict(zip(header, vals))))
    finally:
        wb.close()
    if header is None:
        raise DataError(path, "文件为空 empty file")
    return header, rows


def _number(text: str) -> float:
    v = float(text.replace(",", ""))
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError(text)
    return round(v, 4)


def _town(text: str, towns: list[str]) -> str | None:
    if text in towns:
        return text
    matches = [t for t in towns if t.split("（")[0] == text]
    return matches[0] if len(matches) == 1 else None


def read_entries(path: Path, towns: list[str]) -> list[LedgerEntry]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        header, rows = _rows_xlsx(path)
    elif suffix == ".csv":
        header, rows = read_csv(path)
    else:
        raise DataError(path, "只支持 .xlsx 或 .csv 文件 only .xlsx or .csv files")
    keys = {h: _HEADER_MAP.get(_norm_header(h)) for h in header}
    unknown = [h for h, k in keys.items() if k is None]
    present = set(keys.values())
    missing = [label for key, label in COLUMNS if key not in present and "_" not in key]
    if unknown or missing:
        msg = []
        if missing:
            msg.append(f"缺少列 missing columns: {'、'.join(missing)}")
        if unknown:
            msg.append(f"无法识别的列 unknown columns: {'、'.join(unknown)}")
        raise LedgerFileError(path, [(1, "；".join(msg))])
    problems: list[tuple[int, str]] = []
    out: list[LedgerEntry] = []
    seen: dict[str, int] = {}
    for line, raw in rows:
        row = {keys[h]: v for h, v in raw.items() if keys.get(h)}
        errs: list[str] = []
        code, name = row.get("code", ""), row.get("name", "")
        if not code:
            errs.append("编号为空 code is empty")
        elif code in seen:
            errs.append(f"编号 {code} 与第 {seen[code]} 行重复 duplicate code")
        if not name:
            errs.append("名称为空 name is empty")
        kind = KINDS.get(row.get("kind", "").lower())
        if kind is None:
            errs.append(f"类型 {row.get('kind', '')!r} 应为 企业 或 工地")
        town = _town(row.get("town", ""), towns)
        if town is None:
            errs.append(f"区镇 {row.get('town', '')!r} 不在区镇名单中 not a known town")
        grade = row.get("grade", "").upper().removesuffix("级")
        if grade not in ("A", "B", "C", "D"):
            errs.append(f"绩效等级 {row.get('grade', '')!r} 应为 A/B/C/D")
        lead_txt = row.get("leading", "").lower()
        if lead_txt not in YES | NO:
            errs.append(f"引领性 {row.get('leading', '')!r} 应为 是/否")
        nums: dict[str, float] = {}
        for key, label in COLUMNS[7:]:
            text = row.get(key, "")
            if not text:
                if key in POLLUTANTS:
                    errs.append(f"{label} 为空 is empty")
                nums[key] = 0.0
                continue
            try:
                nums[key] = _number(text)
            except ValueError:
                errs.append(f"{label} {text!r} 不是数字 not a number")
                nums[key] = 0.0
                continue
            if nums[key] < 0:
                errs.append(f"{label} 不能为负 must not be negative")
        for p in POLLUTANTS:
            for lv in LEVELS:
                if nums[f"{lv}_{p}"] > nums[p] + 1e-9:
                    errs.append(f"{L_LABEL[lv]}{P_LABEL[p]}减排量 {nums[f'{lv}_{p}']:g} 大于排放量 {nums[p]:g}")
            y, o, r = (nums[f"{lv}_{p}"] for lv in LEVELS)
            if not y <= o <= r:
                errs.append(f"{P_LABEL[p]}减排量应 黄色 ≤ 橙色 ≤ 红色 cuts must not decrease with the level")
        if code and code not in seen:
            seen[code] = line
        for e in errs:
            if len(problems) >= MAX_PROBLEMS:
                raise LedgerFileError(path, problems, more=True)
            problems.append((line, e))
        if not errs:
            out.append(LedgerEntry(code, name, kind, town, row.get("industry", ""), grade, lead_txt in YES,
                                   {p: nums[p] for p in POLLUTANTS},
                                   {lv: {p: nums[f"{lv}_{p}"] for p in POLLUTANTS} for lv in LEVELS}))
    if problems:
        raise LedgerFileError(path, problems)
    if not out:
        raise LedgerFileError(path, [(None, "没有数据行 no data rows")])
    return out


def _num_text(v: float) -> str:
    return str(int(v)) if v == int(v) else repr(v)


def write_entries(path: Path, entries: list[LedgerEntry]) -> Path:
    header = [label for _, label in COLUMNS]
    try:
        if path.suffix.lower() == ".csv":
            with atomic.replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(header)
                for e in entries:
                    w.writerow([_num_text(v) if isinstance(v, float) else v for v in e.values()])
        elif path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.styles import Font

            wb = Workbook()
            ws = wb.active
            ws.title = "应急减排清单"
            ws.append(header)
            for c in ws[1]:
                c.font = Font(bold=True)
            for e in entries:
                ws.append(e.values())
            ws.freeze_panes = "C2"
            for col in ("A", "B", "D", "E"):
                ws.column_dimensions[col].width = 24
            with atomic.replacing(path) as tmp:
                wb.save(tmp)
        else:
            raise DataError(path, "只支持 .xlsx 或 .csv 文件 only .xlsx or .csv files")
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path
