"""Cutting plain CSV text into cells with numpy: the fast path of console.importers_read.

"Plain" is what machine exports look like: \\n or \\r\\n line ends, the header on line 1, every line exactly as
wide as the header, quotes only around whole cells that hold no quote, comma or line break (``"NNW"``). For
such text the csv module's result is known in advance — one record per line, the cells between the commas,
quotes taken off — so the cells are found as byte offsets in the UTF-8 text (comma, quote, CR and LF are
single bytes that never occur inside a multi-byte character), and a column becomes Python strings only when
it is asked for, one string per distinct value. Anything else gets None and is left to the csv module.
"""
from __future__ import annotations

import csv

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

COMMA, QUOTE, CR, LF = b",", b'"', b"\r", b"\n"
_LOW_BYTES = np.array([(1 << 8 * k) - 1 for k in range(9)], dtype=np.uint64)  # the first k bytes of a word
_MIX = np.uint64(0x9E3779B97F4A7C15)  # multiplier of the hash of long cells (odd: a permutation of words)


class PlainCsv:
    """The cells of plain CSV text: ``starts``/``ends`` are (rows, columns) byte offsets into ``body``."""

    def __init__(self, header: list[str], body: bytes, starts: np.ndarray, ends: np.ndarray):
        self.header, self.rows = header, len(starts)
        self._starts, self._ends = starts, ends
        self._body = body + bytes(int((ends - starts).max()) + 8)  # padded: every cell's window fits
        self._data = np.frombuffer(self._body, dtype=np.uint8)

    def distinct(self, index: int) -> tuple[list[str], np.ndarray]:
        """Column ``index`` as (distinct values, per row the index of its value among them)."""
        starts, ends = self._starts[:, index], self._ends[:, index]
        lengths = ends - starts
        width = max(8, -(-int(lengths.max()) // 8) * 8)  # whole 64-bit words
        words = sliding_window_view(self._data, width)[starts].view("<u8")  # a copy: each cell and what follows…
        for k in range(words.shape[1]):
            words[:, k] &= _LOW_BYTES[np.clip(lengths - 8 * k, 0, 8)]  # … zeroed after the cell (text has no NUL)
        keys = words[:, 0]
        for k in range(1, words.shape[1]):  # cells longer than 8 bytes are told apart by a hash…
            keys = keys * _MIX + words[:, k]
        inverse, row = _groups(keys)
        if words.shape[1] > 1 and not (words == words[row[inverse]]).all():  # … unless two share one
            inverse, row = _groups(words.view(f"S{width}").ravel())
        body = self._body
        values = [body[s:e].decode("utf-8") for s, e in zip(starts[row].tolist(), ends[row].tolist())]
        return values, inverse


def _groups(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(per row the index of its key among the distinct keys, a row holding each distinct key)."""
    distinct, inverse = np.unique(keys, return_inverse=True)
    inverse = inverse.ravel()
    row = np.empty(len(distinct), dtype=np.intp)
    row[inverse] = np.arange(len(inverse))
    return inverse, row


def plain_csv(text: str) -> PlainCsv | None:
    """The cells of `text` if it is plain CSV (see the module docstring), else None."""
    raw = text.encode("utf-8")
    head, _, body = raw.partition(LF)
    head = head.removesuffix(CR)
    if not body.endswith(LF):
        body += LF
    header = _unquoted(head.decode("utf-8").split(","))
    if body == LF or b"\x00" in raw or CR in head or header is None or not "".join(header).strip():
        return None
    data = np.frombuffer(body, dtype=np.uint8)
    if CR in body and not (data[np.flatnonzero(data == ord(CR)) + 1] == ord(LF)).all():
        return None  # a CR that is not part of CR LF: the csv module ends lines there too
    ends = np.flatnonzero((data == ord(COMMA)) | (data == ord(LF)))  # each cell ends at the comma or LF after it
    width = len(header)
    if ends.size % width:
        return None
    ends = ends.astype(np.int32 if len(body) < 2**31 else np.int64).reshape(-1, width)
    delimiters = data[ends]
    if not ((delimiters[:, :-1] == ord(COMMA)).all() and (delimiters[:, -1] == ord(LF)).all()):
        return None  # some line is narrower or wider than the header (or blank)
    starts = np.empty_like(ends)
    starts.ravel()[1:] = ends.ravel()[:-1] + 1  # a cell starts after the delimiter before it
    starts[0, 0] = 0
    ends[:, -1] -= data[ends[:, -1] - 1] == ord(CR)  # a line's last cell ends before its CR
    if (ends[:, -1] - starts[:, 0]).max() > csv.field_size_limit():
        return None  # let the csv module say what it says about huge cells
    if QUOTE in body and not _unquote(data, body.count(QUOTE), starts, ends):
        return None
    plain = PlainCsv(header, body, starts, ends)
    first_byte = data[starts[:, 0]]  # the delimiter itself when the first cell is empty
    printable = (first_byte > ord(" ")) & (first_byte < 127) & (ends[:, 0] > starts[:, 0])
    if not printable.all() and not all(map(str.strip, plain.distinct(0)[0])):
        return None  # a blank first cell, maybe a blank row: the csv module's rules decide
    return plain


def _unquote(data: np.ndarray, quotes: int, starts: np.ndarray, ends: np.ndarray) -> bool:
    """Move the bounds of "…" cells inside the quotes; False when a quote stands anywhere else.

    Every cell that starts with a quote must end with another one; when these first and last bytes are all
    the `quotes` of the text, there is no quote anywhere else."""
    flat_starts, flat_ends = starts.ravel(), ends.ravel()  # views: starts and ends are contiguous
    quoted = np.flatnonzero(data[flat_starts] == ord(QUOTE))  # an empty cell "starts" at its delimiter
    s, e = flat_starts[quoted], flat_ends[quoted]
    if 2 * len(quoted) != quotes or not ((e - s >= 2) & (data[e - 1] == ord(QUOTE))).all():
        return False
    flat_starts[quoted] += 1
    flat_ends[quoted] -= 1
    return True


def _unquoted(cells: list[str]) -> list[str] | None:
    """Header cells with "…" unquoted, or None when a quote stands anywhere else."""
    out = []
    for c in cells:
        if '"' in c:
            if not (len(c) >= 2 and c[0] == c[-1] == '"' and c.count('"') == 2):
                return None
            c = c[1:-1]
        out.append(c)
    return out
