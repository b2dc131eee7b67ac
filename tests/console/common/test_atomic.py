import pytest

from console.common import atomic


def test_failed_write_keeps_the_previous_file(tmp_path):
    target = tmp_path / "看板.xlsx"
    target.write_bytes(b"good old export")
    with pytest.raises(RuntimeError):
        with atomic.replacing(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"good old export"
    assert [p.name for p in tmp_path.iterdir()] == ["看板.xlsx"]  # no temp file left behind


def test_write_text_replaces(tmp_path):
    target = tmp_path / "bulletin.txt"
    target.write_text("old", "utf-8")
    atomic.write_text(target, "红色预警")
    assert target.read_text("utf-8") == "红色预警"
