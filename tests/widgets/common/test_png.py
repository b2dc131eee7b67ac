"""The PNG writer of the trend export (widgets/common/png.py) and the step runner of change-driven re-reads."""
import pytest
from PySide6.QtGui import QColor, QImage

from widgets.common import png
from widgets.common.follow import Steps


@pytest.mark.parametrize("width", [1, 7, 64])  # 7 × 3 bytes: rows padded to 24 in the image, not in the PNG
def test_png_round_trip_keeps_every_pixel(qapp, tmp_path, width):
    img = QImage(width, 5, QImage.Format.Format_ARGB32)
    for x in range(width):
        for y in range(5):
            img.setPixelColor(x, y, QColor((x * 37) % 256, (y * 51) % 256, (x * y * 13) % 256))
    path = png.write(png.pixels(img), tmp_path / "p.png")
    back = QImage(str(path))
    assert path.read_bytes().startswith(png.SIGNATURE)
    assert (back.width(), back.height()) == (width, 5)
    for x in range(width):
        for y in range(5):
            assert back.pixelColor(x, y).getRgb()[:3] == img.pixelColor(x, y).getRgb()[:3], (x, y)


def test_png_write_to_a_missing_folder_fails_and_leaves_nothing(qapp, tmp_path):
    img = QImage(3, 3, QImage.Format.Format_RGB32)
    with pytest.raises(OSError):
        png.write(png.pixels(img), tmp_path / "missing" / "p.png")
    assert list(tmp_path.iterdir()) == []


def test_steps_run_one_per_turn_and_can_be_finished_cancelled_or_outlived(qtbot):
    done = []

    def gen(tag, n=3):
        for i in range(n):
            done.append((tag, i))
            yield

    steps = Steps()
    steps.start(gen("a"))
    assert done == [] and steps.running  # nothing runs inside start(): one step per event-loop turn
    qtbot.waitUntil(lambda: not steps.running)
    assert done == [("a", 0), ("a", 1), ("a", 2)]
    done.clear()
    steps.start(gen("b"))
    steps.start(gen("c"))  # a new start drops the steps not yet run
    steps.finish()  # what is left runs now
    assert done == [("c", 0), ("c", 1), ("c", 2)] and not steps.running
    done.clear()
    steps.start(gen("d"))
    steps.cancel()
    qtbot.wait(20)
    assert done == []
    steps = Steps(alive=lambda: len(done) < 2)  # the view's database closes after the second step
    steps.start(gen("e", 5))
    qtbot.waitUntil(lambda: not steps.running)
    qtbot.wait(30)
    assert done == [("e", 0), ("e", 1)]  # the rest was dropped
