"""PNG files written in Python from an image's pixels (issue 12.5: the trend PNG export).

``QImage.save`` compresses on the thread that calls it and keeps Python's GIL for the whole call, so even on a worker
it holds the GUI thread up for its 30–50 ms. Here the GUI thread only copies the pixels out of the grabbed image
(one memory copy); the rows are filtered and compressed on a worker with ``zlib``, which lets go of the GIL while it
compresses. The file is written whole or not at all (``console.common.atomic``)."""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from console.common import atomic

SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Pixels:
    """8-bit RGB pixels, row after row (`stride` bytes per row, of which the first width × 3 are pixels)."""

    width: int
    height: int
    stride: int
    data: bytes


def pixels(image: QImage) -> Pixels:
    """The image's pixels as plain bytes (GUI thread; a copy, so the image may go away)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Pixels(rgb.width(), rgb.height(), rgb.bytesPerLine(), bytes(rgb.constBits())[:rgb.sizeInBytes()])


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def encode(px: Pixels, level: int = 6) -> bytes:
    """A PNG (colour type 2, 8 bits, no interlace; every row with filter 0) of the pixels."""
    row = px.width * 3
    raw = b"".join(b"\x00" + px.data[y * px.stride:y * px.stride + row] for y in range(px.height))
    header = struct.pack(">IIBBBBB", px.width, px.height, 8, 2, 0, 0, 0)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, level)) + _chunk(b"IEND", b"")


def write(px: Pixels, path: str | Path) -> Path:
    """Encode and write the PNG (any thread)."""
    data = encode(px)
    with atomic.replacing(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
