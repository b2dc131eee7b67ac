"""Anchors: the audit chain's head kept outside the database, so a chain rewritten by someone who can write the
database file (edit a record, recompute every later hash and the stored head) is still detected.

After every committed change that wrote audit records, one whole line ``<id> <hash> <ts>`` is appended to
``<folder>/haimen-audit-<database id>.anchors`` (fsync'd) in the folder the administrator chose (setting
``audit_anchor_dir``: another disk or a share). The append runs on a background thread: an unreachable folder
never blocks or fails a write; the status says so until an append succeeds again. Because each hash covers
every earlier record, one matching anchor proves the whole chain up to it unchanged.

What it cannot do: someone who can also rewrite the anchor folder, or who rewrites the chain before the first
anchor was written, is not detected by it. The head is also printed on every document (``anchor_text``).
"""
from __future__ import annotations

import logging
import queue
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from console.common import private
from console.common.errors import DataError

log = logging.getLogger("console.store.anchors")
SETTING = "audit_anchor_dir"
_LINE = re.compile(r"^(\d+) ([0-9a-f]{64}) (\S+)$")


def file_name(db_id: str) -> str:
    return f"haimen-audit-{db_id}.anchors"


@dataclass(frozen=True)
class AnchorStatus:
    folder: str = ""          # "" = anchoring not configured
    ok: bool = True
    last_id: int | None = None
    error: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.folder)


class AnchorWriter:
    """Appends anchor lines on its own thread, in order; never raises into the writer of the database."""

    def __init__(self):
        self._queue: queue.Queue = queue.Queue()
        self._status = AnchorStatus()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def status(self) -> AnchorStatus:
        with self._lock:
            return self._status

    def submit(self, folder: str, db_id: str, record_id: int, digest: str, ts: str) -> None:
        if not folder:
            with self._lock:
                self._status = AnchorStatus()
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="audit-anchors", daemon=True)
            self._thread.start()
        self._queue.put((folder, db_id, record_id, digest, ts))

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every submitted line was tried (True) or the timeout passed (False)."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 2.0) -> None:
        if self._thread is not None:
            self.flush(timeout)
            self._queue.put(None)
            self._thread = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            folder, db_id, record_id, digest, ts = item
            try:
                private.append_line(Path(folder) / file_name(db_id), f"{record_id} {digest} {ts}")
                status = AnchorStatus(folder, True, record_id)
            except OSError as exc:
                log.warning("audit anchor not written to %s: %s", folder, exc)
                status = AnchorStatus(folder, False, self._status.last_id,
                                      f"{folder}: {exc.strerror or exc}")
            with self._lock:
                self._status = status


def read(folder: str | Path, db_id: str) -> list[tuple[int, str, str, int]]:
    """The anchors for one database: (record id, hash, ts, line number). A malformed line is refused with its
    file and line (a torn last line from a crash during the append is skipped: it was never complete)."""
    path = Path(folder) / file_name(db_id)
    if not path.is_file():
        others = sorted(p.name for p in Path(folder).glob("haimen-audit-*.anchors")) if Path(folder).is_dir() else []
        hint = f"（该文件夹中有 present: {', '.join(others)}）" if others else ""
        raise DataError(path, f"没有本数据库（标识 {db_id}）的锚点文件 no anchor file for this database{hint}")
    text = path.read_bytes().decode("utf-8", errors="replace")
    lines = text.split("\n")
    out = []
    for n, line in enumerate(lines, 1):
        if not line:
            continue
        m = _LINE.match(line)
        if m is None:
            if n == len(lines):  # no newline after it: an append cut short
                continue
            raise DataError(path, f"第 {n} 行格式不对 line {n}: not '<id> <hash> <time>': {line[:80]!r}")
        out.append((int(m.group(1)), m.group(2), m.group(3), n))
    return out


def check(raw, anchors: list[tuple[int, str, str, int]], count: int):
    """Compare the anchors with the chain (already walked: `count` records, intact). Returns None when they
    agree, else (record id, reason)."""
    if not anchors:
        return None
    ids = sorted({a[0] for a in anchors})
    stored = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join("?" * len(part))
        stored.update(raw.execute(f"SELECT id, hash FROM audit WHERE id IN ({marks})", part).fetchall())
    for record_id, digest, ts, line in sorted(anchors):
        if record_id > count or record_id not in stored:
            return (record_id, f"锚点（{ts}，第 {line} 行）记录的第 {record_id} 条记录已不存在：审计链被截短 "
                               f"anchored record {record_id} is gone: the chain was truncated")
        if stored[record_id] != digest:
            return (record_id, f"第 {record_id} 条记录与锚点（{ts}，第 {line} 行）不符：审计链在此后被重写 "
                               f"record {record_id} differs from its anchor: the chain was rewritten")
    return None
