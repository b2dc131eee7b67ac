"""Streaming import of large observation CSV files (.csv, .csv.gz): bounded memory, one transaction.

The file is read in chunks of whole lines (CHUNK_ROWS); each chunk is cut, checked and written like a small
file of its own (the plain-CSV fast path of console.importers.read, the column-wise checks of
console.importers.observations), inside the one transaction of the import — so a problem in the last chunk
still leaves nothing stored. Problems are gathered over all chunks in line order (the first 20 named) and a
station-hour given twice anywhere in the file is refused as in a whole-file import. Only the file's hash, the
station-hour keys seen (8 bytes a row) and one chunk are held in memory.

Files that are not plain CSV (quoted line breaks, ragged lines: the csv module decides) and workbooks are read
whole by console.importers.files instead: ``stream_observations`` returns None for them before writing.
"""
from __future__ import annotations

import gzip
import hashlib
from datetime import datetime
from itertools import islice
from pathlib import Path

import numpy as np

from console.admin import session
from console.air.hoursums import HourSums
from console.common.clock import TZ
from console.common.errors import DataError
from console.importers.log import IMPORT_ROLES, OBSERVATIONS, ImportResult
from console.importers.observations import parse_observations
from console.importers.read import GZIP_MAGIC, ZIP_MAGIC, _read_csv, file_bytes
from console.rules.forecast_file import MAX_PROBLEMS, Problems
from console.store import air as repo

CHUNK_ROWS = 50_000
STREAM_MIN_BYTES = 8 * 2**20  # smaller files are read whole (the same result, a little faster)
_BLOCK = 1 << 20


class _NotPlain(Exception):
    """A chunk the fast path cannot cut: the caller reads the file whole instead."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(_BLOCK), b""):
                h.update(block)
    except OSError:
        file_bytes(path)  # raises the DataError that names the problem
    return h.hexdigest()


def _chunks(path: Path, rows: int):
    """(first physical line, bytes of up to `rows` whole lines) of the file, gzip undone."""
    with open(path, "rb") as probe:
        magic = probe.read(4)
    opener = gzip.open if magic.startswith(GZIP_MAGIC) else open
    line = 1
    with opener(path, "rb") as fh:
        while True:
            block = list(islice(fh, rows))
            if not block:
                return
            yield line, b"".join(block)
            line += len(block)


def should_stream(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
        return not magic.startswith(ZIP_MAGIC) and path.stat().st_size >= STREAM_MIN_BYTES
    except OSError:
        return False


def stream_observations(store, path: str | Path, actor, *, co_ug: bool = False, now: datetime | None = None,
                        chunk_rows: int = CHUNK_ROWS, steps) -> ImportResult | None:
    """Import a large observation CSV chunk by chunk (see the module docstring); None when the file is not
    plain CSV (nothing written). ``steps``: console.importers.files (detect_kind, diff_and_count, should_write,
    finish_import — the steps shared with a whole-file import)."""
    p = Path(path)
    sha = _sha256(p)
    now = now or store.clock.now()
    result = ImportResult(str(p), OBSERVATIONS, sha)
    problems = Problems(p)
    seen = _Seen()
    codes: dict[str, int] = {}
    sums = HourSums()
    header = encoding = None
    writing = True
    try:
        with session.authorized(store, actor, *IMPORT_ROLES):
            for first_line, raw in _chunks(p, chunk_rows):
                if header is None:
                    text, encoding = _decode_first(raw, p)
                    table = _read_csv(p, text, sha)
                    if table.plain is None:
                        raise _NotPlain
                    if steps.detect_kind(table) != OBSERVATIONS:
                        raise _NotPlain  # a forecast file: never large, read whole
                    skip = table.lines[0] - 2 if table.lines else 0
                    header = text.split("\n", skip + 1)[skip].rstrip("\r")
                else:
                    text = header + "\n" + _decode(raw, encoding, p, first_line)
                    table = _read_csv(p, text, sha)
                    if table.plain is None:
                        raise _NotPlain
                    table.lines = [n + first_line - 2 for n in table.lines]
                if not table.lines:
                    continue
                lines: list[int] = []
                try:
                    records, empty = parse_observations(table, co_ug, now=now, kept_lines=lines, sums=sums)
                except DataError as exc:  # gather, go on checking (nothing more is written)
                    _merge(problems, exc)
                    writing = False
                    continue
                keys = _keys(records, codes, steps)
                _cross_chunk_duplicates(records, keys, lines, problems, seen)
                seen.add(keys, lines)
                if problems:
                    writing = False
                if not writing:
                    continue
                result.rows += len(records)
                result.empty += empty
                write = steps.diff_and_count(store, records, result, sums)
                repo.upsert_observations(store, write, p.name)
                del records, write, table
            if header is None:
                raise DataError(p, "文件为空 empty file", 1)
            problems.raise_if_any()
            if result.rows == 0:
                raise DataError(p, "只有表头，没有数据行 header only, no data rows", 1)
            stations = set(sums.per_station)  # every record's station (nothing is written after a problem)
            if not steps.should_write(store, result, result.new + result.replaced > 0, stations):
                return result
            steps.finish_import(store, p, sha, result, stations, actor.username, sums)
    except _NotPlain:
        return None
    return result


def _decode_first(raw: bytes, path: Path) -> tuple[str, str]:
    from console.common.textfile import decode

    text = decode(raw, path)
    try:
        raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        return text, "gb18030"


def _decode(raw: bytes, encoding: str, path: Path, first_line: int) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = first_line + raw[:exc.start].count(b"\n")
        raise DataError(path, f"编码与文件开头（{encoding}）不一致 encoding differs from the file's start",
                        line) from None


def _merge(problems: Problems, exc: DataError) -> None:
    items = getattr(exc, "problems", None) or [(exc.line, exc.detail)]
    total = getattr(exc, "total", len(items))
    for line, message in items:
        problems.add(line, message)
    problems.total += total - len(items)


def _keys(records, codes: dict, steps) -> np.ndarray:
    """One int64 per record: station (its number in codes, kept over the chunks) and hour, as in
    observations._check_duplicates."""
    return (steps.station_index(records, codes) << 40) | (steps.record_times(records) + (1 << 39))


class _Seen:
    """The station-hour keys of earlier chunks (8 bytes + a 4-byte line each), as a few sorted runs merged
    now and then — so checking a chunk costs a few binary searches, not a sort of everything so far."""

    RUNS = 8

    def __init__(self):
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, keys: np.ndarray, lines: list[int]) -> None:
        order = np.argsort(keys, kind="stable")
        self.runs.append((keys[order], np.asarray(lines, dtype=np.int32)[order]))
        if len(self.runs) > self.RUNS:  # the runs let go before sorting: the merge holds two copies, not four
            runs, self.runs = self.runs, []
            keys = np.concatenate([k for k, _ in runs])
            lines_a = np.concatenate([ln for _, ln in runs])
            del runs
            order = np.argsort(keys, kind="stable")
            keys = keys[order]
            lines_a = lines_a[order]
            del order
            self.runs = [(keys, lines_a)]

    def find(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(indexes into keys found earlier, the line each was first given on)."""
        found, first = [], []
        for run_keys, run_lines in self.runs:
            pos = np.minimum(np.searchsorted(run_keys, keys), len(run_keys) - 1)
            hit = np.flatnonzero(run_keys[pos] == keys)
            found.append(hit)
            first.append(run_lines[pos[hit]])
        if not found:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int32)
        idx, lines = np.concatenate(found), np.concatenate(first)
        order = np.argsort(idx, kind="stable")
        return idx[order], lines[order]


def _cross_chunk_duplicates(records, keys, lines, problems: Problems, seen: _Seen) -> None:
    """Station-hours of this chunk already given in an earlier chunk, named by line."""
    if not records:
        return
    dup, first = seen.find(keys)
    for i, f in list(zip(dup.tolist(), first.tolist()))[:MAX_PROBLEMS]:
        r = records[i]
        when = datetime.fromtimestamp(r[1], TZ).strftime("%Y-%m-%d %H:%M")
        problems.add(lines[i], f"站点小时重复 duplicate station-hour {r[0]} {when} (first at line {f})")
    problems.total += max(0, len(dup) - MAX_PROBLEMS)
