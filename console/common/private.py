"""Files and folders the console creates are owner-only: the database holds the password hashes.

On POSIX: folders 0700, files 0600, set at creation (never a moment of wider access) whatever the umask.
On Windows the mode bits are ignored; the data folder lies in the user's profile (%LOCALAPPDATA%), whose ACLs
already grant access to that user, SYSTEM and administrators only.
"""
from __future__ import annotations

import logging.handlers
import os
from pathlib import Path

DIR_MODE, FILE_MODE = 0o700, 0o600


def make_dir(path: str | Path) -> Path:
    """Create `path` (and missing parents) owner-only; an existing folder is left as it is."""
    p = Path(path)
    missing = []
    q = p
    while not q.exists() and q != q.parent:
        missing.append(q)
        q = q.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, DIR_MODE)
        except FileExistsError:
            continue
        if os.name == "posix":
            os.chmod(d, DIR_MODE)  # mkdir's mode is filtered by the umask; chmod is not
    return p


def create_file(path: str | Path) -> Path:
    """Create an empty owner-only file if it does not exist yet (an existing file is left untouched)."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return p
    os.close(fd)
    if os.name == "posix":
        os.chmod(p, FILE_MODE)
    return p


def tighten(path: str | Path) -> bool:
    """An existing file of ours readable by others (written by an earlier version) becomes owner-only. Returns
    True when its mode was changed. Files of another owner and non-POSIX systems are left alone."""
    if os.name != "posix":
        return False
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    if st.st_uid != os.getuid() or not st.st_mode & 0o077:
        return False
    os.chmod(path, st.st_mode & 0o700)
    return True


def append_line(path: str | Path, line: str) -> None:
    """Append one whole line in a single write, then fsync (the file is created owner-only)."""
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def opener(path, flags):
    """For ``open(..., opener=private.opener)``: a new file is created owner-only."""
    return os.open(path, flags, FILE_MODE)


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log, each file (the rotated ones too) created owner-only."""

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=opener)
