"""Reading import files into one shape: a header and (line, cells) rows, whatever the container.

CSV (UTF-8 with or without BOM, or GBK/GB18030 — the same rule as console.textfile), gzip-compressed CSV
(``.csv.gz``, detected by its magic bytes) and XLSX (first worksheet, openpyxl read-only). Messages name the
place as ``file:line`` for text files and ``file:sheet:row`` for workbooks.

Plain CSV text (the usual machine export: one record per line, every line as wide as the header, quotes only
around whole cells such as ``"NNW"``) is cut into cells with numpy (console.importers_plain), several times
faster than the csv module; anything else goes through the csv module. Both give the same table.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from pathlib import Path

import numpy as np

from console.common.errors import DataError
from console.common.textfile import decode
from console.importers.plain import PlainCsv, plain_csv
from console.rules.forecast_file import Problems

TITLE_ROWS_MAX = 10  # title rows looked past above the header (office files: a merged "…监测数据" row or two)
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
SUFFIXES = (".csv", ".csv.gz", ".xlsx")


@dataclass
class Table:
    path: Path
    where: str  # how messages name the file: "a.csv" or "a.xlsx:Sheet1"
    header: list[str]  # stripped, lower-cased
    lines: list  # line (row) number of each data row; blank rows dropped
    cells: list  # the rows' cells, each exactly len(header) strings
    sha256: str
    problems: Problems  # shape problems found while reading (too many cells); more are added by the parser
    plain: PlainCsv | None = None  # plain CSV text: the cells are read from here, column by column (cells None)

    @property
    def rows(self):
        """(line, cells) pairs."""
        if self.plain is None:
            return zip(self.lines, self.cells)
        return zip(self.lines, map(list, zip(*map(self.column, range(len(self.header))))))

    def column(self, index: int) -> list[str]:
        if self.plain is not None:
            values, inverse = self.plain.distinct(index)
            return take(values, inverse)
        return list(map(itemgetter(index), self.cells))

    def distinct(self, index: int) -> tuple[list[str], np.ndarray]:
        """The column as its distinct values and, per row, the index of its value among them."""
        if self.plain is not None:
            return self.plain.distinct(index)
        column = self.column(index)
        codes = {v: i for i, v in enumerate(dict.fromkeys(column))}
        return list(codes), np.fromiter(map(codes.__getitem__, column), np.intp, len(column))


def take(values: list, inverse: np.ndarray) -> list:
    """[values[i] for i in inverse], without a Python step per row (repeated values share one object)."""
    table = np.empty(len(values), dtype=object)
    table[:] = values
    return table[inverse].tolist()


def header_problems_first(problems: Problems, head: list[tuple[int, str]]) -> None:
    """Put header problems (line 1) before the row problems found while reading, then raise if any."""
    if head:
        problems.items[:0] = head
        del problems.items[problems.limit:]
        problems.total += len(head)
    problems.raise_if_any()


def canonical_header(header: list[str], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """{canonical name (or the header name itself when unknown): column index}."""
    lookup = {a.lower(): canon for canon, names in aliases.items() for a in (canon, *names)}
    return {lookup.get(h, h): i for i, h in enumerate(header)}


def accepted(aliases: dict[str, tuple[str, ...]], keys) -> str:
    """The header names accepted for each of `keys`, Chinese first ("时间/监测时间/time/datetime"), for messages:
    a file with Chinese headers is told the Chinese names it may use."""
    out = []
    for key in keys:
        names = list(dict.fromkeys((key, *aliases.get(key, ()))))
        chinese = [n for n in names if any("\u4e00" <= ch <= "\u9fff" for ch in n)]
        out.append("/".join(chinese + [n for n in names if n not in chinese]))
    return "、".join(out)


def file_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise DataError(p, "文件不存在 file not found") from None
    except IsADirectoryError:
        raise DataError(p, "是文件夹，不是文件 is a folder, not a file") from None
    except OSError as exc:
        raise DataError(p, f"无法读取 cannot read: {exc.strerror or exc}") from None


def sha256_of(path: str | Path) -> str:
    return hashlib.sha256(file_bytes(path)).hexdigest()



def read_table(path: str | Path) -> Table:
    p = Path(path)
    raw = file_bytes(p)
    sha = hashlib.sha256(raw).hexdigest()
    if raw.startswith(ZIP_MAGIC) or p.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(p, raw, sha)
    if raw.startswith(GZIP_MAGIC):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise DataError(p, f"gzip 文件损坏 corrupt gzip file: {exc}") from None
    return _read_csv(p, decode(raw, p), sha)


def header_index(rows) -> int:
    """Index of the header among the first rows (lists of cell texts): the first row with at least two filled
    cells. Rows above it with one filled cell at most are a title ("…监测数据", merged across the columns in a
    workbook) or blank. 0 when no such row comes within TITLE_ROWS_MAX rows (the first row is the header)."""
    for i, cells in enumerate(rows):
        if i > TITLE_ROWS_MAX:
            break
        filled = sum(1 for c in cells if str(c).strip())
        if filled >= 2:
            return i
    return 0


def _title_lines(text: str) -> int:
    """Physical lines of title (and blank) lines above the header of CSV text (see header_index)."""
    end = 0
    for _ in range(TITLE_ROWS_MAX + 1):
        end = text.find("\n", end) + 1
        if end == 0:
            end = len(text)
            break
    head = text[:end].split("\n")
    try:
        rows = [next(csv.reader([line]), []) for line in head]
    except csv.Error:
        return 0
    return header_index(rows)


def _read_csv(p: Path, text: str, sha: str) -> Table:
    skip = _title_lines(text)
    if skip:
        text = text.split("\n", skip)[skip]
    plain = plain_csv(text)
    if plain is not None:
        header = [c.strip().lower() for c in plain.header]
        return Table(p, str(p), header, list(range(2 + skip, plain.rows + 2 + skip)), None, sha, Problems(p), plain)
    records = list(csv.reader(io.StringIO(text, newline="")))
    n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if len(records) == n_lines or (not text and not records):
        lines = range(1, len(records) + 1)  # one record per physical line (csv yields [] for blank lines)
    else:  # quoted fields spanning lines, or bare \r line ends: ask the reader for each record's line
        reader = csv.reader(io.StringIO(text, newline=""))
        lines = [reader.line_num for _ in reader]
    if skip:
        lines = [line + skip for line in lines]
    problems = Problems(p)
    first = next((i for i, cells in enumerate(records) if "".join(cells).strip()), None)
    if first is None:
        raise DataError(p, "文件为空 empty file", 1)
    header = [c.strip().lower() for c in records[first]]
    width = len(header)
    body, body_lines = records[first + 1:], lines[first + 1:]
    if set(map(len, body)) <= {width} and all(map(any, body)):  # the usual case: nothing to fix
        return Table(p, str(p), header, list(body_lines), body, sha, problems)
    out_lines, out = [], []
    for line, cells in zip(body_lines, body):
        n = len(cells)
        if not "".join(cells).strip():
            continue
        if n > width:
            problems.add(line, f"列数 {n} 多于表头 {width} more cells than header")
            continue
        if n < width:
            cells = cells + [""] * (width - n)
        out_lines.append(line)
        out.append(cells)
    return Table(p, str(p), header, out_lines, out, sha, problems)


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        if v.microsecond:  # Excel stores times as fractions of a day: 08:00 may read back as 07:59:59.999999
            v = (v + timedelta(microseconds=500_000)).replace(microsecond=0)
        if v.time() == time(0):
            return v.strftime("%Y-%m-%d")
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _read_xlsx(p: Path, raw: bytes, sha: str) -> Table:
    import openpyxl  # imported here: only workbook imports pay for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it ignores
            wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                ws = wb.worksheets[0]
                where = f"{p}:{ws.title}"
                values = [(i, r) for i, r in enumerate(ws.iter_rows(values_only=True), 1)]
            finally:
                wb.close()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DataError(p, f"不是有效的 XLSX 工作簿 not a valid XLSX workbook: {exc}") from None
    problems = Problems(where)
    header: list[str] | None = None
    lines, rows = [], []
    filled = [(line, texts) for line, texts in ((line, [_cell_text(c) for c in cells]) for line, cells in values)
              if any(texts)]
    first = header_index([texts for _, texts in filled[:TITLE_ROWS_MAX + 1]])
    for line, texts in filled[first:]:
        if header is None:
            while texts and not texts[-1]:
                texts.pop()
            header = [t.lower() for t in texts]
            continue
        extra = texts[len(header):]
        if any(extra):
            problems.add(line, f"表头之外的列有数据 cells beyond the header ({len(header)} columns)")
            continue
        lines.append(line)
        rows.append(texts[:len(header)] + [""] * (len(header) - len(texts)))
    if header is None:
        raise DataError(where, "工作表为空 empty sheet", 1)
    return Table(p, where, header, lines, rows, sha, problems)
