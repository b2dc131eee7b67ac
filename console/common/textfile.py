"""Reading text files the way duty rooms receive them: UTF-8 with or without BOM (Excel), or GBK."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from console.common.errors import DataError


def read_text(path: str | Path) -> str:
    """Whole file as str. UTF-8 (BOM stripped) first; GBK (GB18030) if the bytes are plainly not UTF-8."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise DataError(p, "文件不存在 file not found") from None
    except OSError as exc:
        raise DataError(p, f"无法读取 cannot read: {exc.strerror or exc}") from None
    return decode(raw, p)


def decode(raw: bytes, path) -> str:
    """UTF-8 (BOM stripped) first; GB18030 (a superset of GBK) when the bytes are plainly not UTF-8."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as utf_err:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            line = raw[: utf_err.start].count(b"\n") + 1
            raise DataError(path, "编码无法识别（既不是 UTF-8 也不是 GBK）unknown text encoding", line) from None


def read_csv(path: str | Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header (lower-cased, stripped) and rows as (line number, {column: stripped value}).

    Blank lines are skipped. Line numbers are those of the file (header is line 1). A row with more
    cells than the header is an error naming the line.
    """
    p = Path(path)
    text = read_text(p)
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            if len(set(header)) != len(header):
                raise DataError(p, "表头有重复列 duplicate column in header", line)
            continue
        if len(cells) > len(header):
            raise DataError(p, f"列数 {len(cells)} 多于表头 {len(header)} more cells than header", line)
        cells = cells + [""] * (len(header) - len(cells))
        rows.append((line, {h: c.strip() for h, c in zip(header, cells)}))
    if header is None:
        raise DataError(p, "文件为空 empty file")
    return header, rows
