"""Colours are defined once (widgets/common/style.py, and the level/AQI colours in the plan data): no hex colour
anywhere else in widgets/. NOT_YET_MOVED lists the files still to clean (being edited in parallel); it may only
shrink."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
NOT_YET_MOVED: set[str] = set()


def _offenders() -> dict[str, list[str]]:
    out = {}
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "widgets/common/style.py":
            continue
        hits = [f"{i}: {m.group(0)}" for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                for m in HEX.finditer(line)]
        if hits:
            out[rel] = hits
    return out


def test_no_hex_colour_outside_the_style_module():
    found = _offenders()
    new = {k: v for k, v in found.items() if k not in NOT_YET_MOVED}
    assert not new, "hex colours outside widgets/common/style.py (use style.C / text_css):\n" + "\n".join(
        f"{k}:{h}" for k, v in new.items() for h in v)


def test_not_yet_moved_only_shrinks():
    cleaned = sorted(NOT_YET_MOVED - set(_offenders()))
    assert not cleaned, f"no hex colours left in {cleaned}: remove them from NOT_YET_MOVED"


def test_official_warning_and_aqi_colours(catalog):
    """UX.md: AQI categories in the HJ 633-2012 RGB values; level colours from the plan data."""
    from console.air.aqi import category

    assert [category(a).hex.lower() for a in (25, 75, 125, 175, 250, 350)] == [
        "#00e400", "#ffff00", "#ff7e00", "#ff0000", "#99004c", "#7e0023"]
    assert catalog.levels["red"].rgb[0] > 200 and catalog.levels["yellow"].text_rgb == (0, 0, 0)
