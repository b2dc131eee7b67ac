"""Windows icon for the executables, made from resources/icons/app.svg: `python packaging/make_icon.py OUT.ico`.

Qt renders the SVG at each size; the .ico holds them as PNG images (valid since Windows Vista), so no image
library beyond Qt is needed and the result is the same on every build machine."""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"


def ico_from_pngs(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file from (size, PNG bytes) pairs: ICONDIR, one ICONDIRENTRY per image, then the images."""
    if not images:
        raise ValueError("an icon needs at least one image")
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in images:
        if not 1 <= size <= 256:
            raise ValueError(f"icon size {size} is outside 1…256")
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError(f"image of size {size} is not a PNG")
        dim = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def render_pngs(svg: Path = SVG, sizes=SIZES) -> list[tuple[int, bytes]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    out = []
    for size in sizes:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        if not img.save(buf, "PNG"):
            raise RuntimeError(f"could not encode the {size}px icon as PNG")
        out.append((size, bytes(data)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/make_icon.py OUT.ico", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_from_pngs(render_pngs()))
    print(f"icon: {out} ({len(SIZES)} sizes from {SVG.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
