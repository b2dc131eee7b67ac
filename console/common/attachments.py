"""Attached files (inspection photos, units' summary files): read before a transaction with their SHA-256, and
given back only when the stored bytes still hash to the recorded SHA-256. No SQL here: the bytes are kept by
console/store/reductions.py (table inspection_files, keyed by the hash)."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from console.common import atomic
from console.common.errors import DataError, UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


@dataclass(frozen=True)
class Attachment:
    sha256: str
    name: str
    size: int
    b64: str

    def ref(self) -> dict:
        """What events and audit records carry: the name, the hash and the size."""
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


def read(paths) -> list[Attachment]:
    """Each file's hash and content; a missing or too large file refuses (naming the file)."""
    out = []
    for p in paths or ():
        p = Path(p)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise DataError(p, f"无法读取附件 cannot read attachment: {exc.strerror or exc}") from None
        if len(data) > MAX_FILE_BYTES:
            raise DataError(p, f"附件超过 {MAX_FILE_BYTES // 1024 // 1024} MB attachment too large")
        out.append(Attachment(hashlib.sha256(data).hexdigest(), p.name, len(data),
                              base64.b64encode(data).decode("ascii")))
    return out


def checked(sha256: str, b64: str | None) -> bytes:
    """The stored bytes, refused when missing or when they no longer hash to `sha256`."""
    if b64 is None:
        raise UserError(f"附件 {sha256[:12]}…: 不在数据库中 attachment not in the database")
    data = base64.b64decode(b64)
    got = hashlib.sha256(data).hexdigest()
    if got != sha256:
        raise UserError(f"附件 {sha256[:12]}…: 内容与记录的 SHA-256 不符（实为 {got[:12]}…），已拒绝导出 "
                        f"attachment does not match its recorded SHA-256")
    return data


def is_image(name: str) -> bool:
    return Path(name).suffix.lower() in IMAGE_SUFFIXES


def save(data: bytes, sha256: str, path: str | Path) -> Path:
    """Write checked bytes out (atomically), then read them back and check the hash again."""
    path = Path(path)
    try:
        with atomic.replacing(path) as tmp:
            Path(tmp).write_bytes(data)
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    if hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
        raise DataError(path, "写出的文件与 SHA-256 不符 written file does not match its SHA-256")
    return path
