"""Reading a table (CSV or the first sheet of an XLSX) as the header and (line, {column: text}) rows, and the
error that lists every problem of a file with its line (at most MAX_PROBLEMS). Nothing is stored here."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from console.common.errors import DataError, UserError
from console.common.textfile import read_csv

MAX_PROBLEMS = 20


class FileProblems(DataError):
    """All the problems found in one file, each (line or None, message); the message lists them one a line."""

    def __init__(self, path, problems: list[tuple[int | None, str]], more: bool = False):
        self.problems = problems
        lines = [f"{path}:{line}: {msg}" if line else f"{path}: {msg}" for line, msg in problems]
        if more:
            lines.append(f"（只列出前 {MAX_PROBLEMS} 个问题 only the first {MAX_PROBLEMS} problems are listed）")
        UserError.__init__(self, "\n".join(lines))
        self.path, self.detail = str(path), "\n".join(lines)
        self.line = problems[0][0] if problems else None


class Problems:
    """Collects (line, message); raises FileProblems once MAX_PROBLEMS are exceeded or at the end."""

    def __init__(self, path: Path):
        self.path = path
        self.items: list[tuple[int | None, str]] = []

    def add(self, line: int | None, message: str) -> None:
        if len(self.items) >= MAX_PROBLEMS:
            raise FileProblems(self.path, self.items, more=True)
        self.items.append((line, message))

    def raise_any(self) -> None:
        if self.items:
            raise FileProblems(self.path, self.items)


def _cell_text(c) -> str:
    if c is None:
        return ""
    if isinstance(c, datetime):
        return c.isoformat(sep=" ")
    if isinstance(c, float):
        return str(int(c)) if c == int(c) and abs(c) < 1e15 else repr(c)
    return str(c).strip()


def _rows_xlsx(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 (openpyxl raises many kinds for a damaged or foreign file)
        raise DataError(path, f"无法读取 XLSX 文件 cannot read XLSX: {exc}") from None
    try:
        ws = wb.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, dict[str, str]]] = []
        for r, cells in enumerate(ws.iter_rows(values_only=True), 1):
            vals = [_cell_text(c) for c in cells]
            if not any(vals):
                continue
            if header is None:
                header = [v.lower() for v in vals]
                while header and not header[-1]:
                    header.pop()
                if len(set(header)) != len(header):
                    raise DataError(path, "表头有重复列 duplicate column in header", r)
                continue
            if any(vals[len(header):]):
                raise DataError(path, f"列数多于表头 {len(header)} more cells than header", r)
            vals += [""] * (len(header) - len(vals))
            rows.append((r, dict(zip(header, vals))))
    finally:
        wb.close()
    if header is None:
        raise DataError(path, "文件为空 empty file")
    return header, rows


def read_table(path: str | Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header (lower-cased) and rows with their line (CSV line or XLSX row number)."""
    p = Path(path)
    if not p.exists():
        raise DataError(p, "文件不存在 file not found")
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return _rows_xlsx(p)
    if suffix == ".csv":
        return read_csv(p)
    raise DataError(p, "只支持 .xlsx 或 .csv 文件 only .xlsx or .csv files")


def norm_header(h: str) -> str:
    return str(h or "").strip().lower().replace(" ", "").replace("（", "(").replace("）", ")")


def map_header(path: Path, header: list[str], aliases: dict[str, str], required: tuple[str, ...],
               labels: dict[str, str]) -> dict[str, str]:
    """{header as in the file: key}; unknown or missing columns are reported on line 1."""
    table = {norm_header(a): k for a, k in aliases.items()}
    keys = {h: table.get(norm_header(h)) for h in header}
    unknown = [h for h, k in keys.items() if k is None and h]
    missing = [labels[k] for k in required if k not in keys.values()]
    msg = []
    if missing:
        msg.append(f"缺少列 missing columns: {'、'.join(missing)}")
    if unknown:
        msg.append(f"无法识别的列 unknown columns: {'、'.join(unknown)}")
    if msg:
        raise FileProblems(path, [(1, "；".join(msg))])
    return {h: k for h, k in keys.items() if k}
