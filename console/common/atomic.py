"""Write a file whole or not at all: write a temporary file beside it, then replace (os.replace is atomic on
Windows and POSIX). A failed export never leaves a damaged file over a previous good one."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: str | Path):
    """Yields a temporary path in the target's folder (same suffix); on success it replaces `path`."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    with replacing(path) as tmp:
        tmp.write_text(text, encoding=encoding)
    return Path(path)
