"""The English interface: resources/translations/console_en.ts is complete and in step with the code, the
committed .qm is what lrelease makes of it, and the main window comes up in English with it installed.
How to regenerate: resources/translations/README.md."""
import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
TS, QM = TRANSLATIONS / "console_en.ts", TRANSLATIONS / "console_en.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _sources() -> list[Path]:
    return sorted((ROOT / "widgets").rglob("*.py")) + [ROOT / "main.py"]


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


@pytest.fixture
def english(qapp):
    tr = QTranslator()
    assert tr.load(str(QM)), QM
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


def test_main_window_in_english(english, qtbot, store, catalog, tmp_path):
    from widgets.main_window import MainWindow

    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    labels = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert labels == ["Duty overview", "Air quality", "Warnings & sign-off", "Response measures", "Reduction checks", "Drills",
                      "Settings"]
    assert w.windowTitle() == "Heavy-Pollution Weather Emergency Console — Haimen District"
    assert "not logged in" in w.user_label.text()


def test_helpers_outside_classes_are_translated(english):
    from widgets.common.alert_banner import format_duration
    from widgets.air.forecast_dialog import parse_aqi_text
    from widgets.warnings.timeline_view import KIND_CN
    from widgets.warnings.warn_util import tr_

    assert format_duration(26 * 3600 + 5 * 60) == "1 d 2 h 5 min"
    with pytest.raises(ValueError, match="not a number or a range"):
        parse_aqi_text("abc")
    assert tr_(KIND_CN["consultation"]) == "Consultation"


def test_chinese_again_once_the_translator_is_removed():
    from widgets.common.alert_banner import format_duration
    from widgets.warnings.timeline_view import KIND_CN
    from widgets.warnings.warn_util import tr_

    assert format_duration(65 * 60) == "1小时5分"
    assert tr_(KIND_CN["consultation"]) == "会商"


def test_every_message_translated_with_same_placeholders():
    unfinished, wrong = [], []
    for ctx, src, tr in _messages(TS):
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            unfinished.append(f"{ctx}: {src!r}")
            continue
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text)) \
                or src.count("\n") != tr.text.count("\n"):
            wrong.append(f"{ctx}: {src!r} -> {tr.text!r}")
    assert not unfinished, "untranslated in console_en.ts:\n" + "\n".join(unfinished)
    assert not wrong, "placeholders or line breaks differ:\n" + "\n".join(wrong)


def test_committed_qm_is_lrelease_of_the_ts(tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not on PATH")
    out = tmp_path / "console_en.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True, timeout=120)
    assert out.read_bytes() == QM.read_bytes(), \
        "console_en.qm is stale: run pyside6-lrelease (resources/translations/README.md)"


def test_lupdate_finds_no_new_strings(tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not on PATH")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *map(str, _sources()), "-ts", str(fresh)], check=True, timeout=300,
                   cwd=ROOT)
    committed = {(ctx, src) for ctx, src, tr in _messages(TS) if tr.get("type") not in ("vanished", "obsolete")}
    missing = sorted({(ctx, src) for ctx, src, _ in _messages(fresh)} - committed)
    assert not missing, ("strings in the code but not in console_en.ts — regenerate and translate them "
                         "(resources/translations/README.md):\n" + "\n".join(f"{c}: {s!r}" for c, s in missing))


def _call_name(node: ast.Call) -> str:
    fn = node.func
    return fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")


def test_no_string_hidden_from_lupdate():
    """lupdate reads only literals passed straight to tr()/translate()/QT_TRANSLATE_NOOP(), and not inside
    f-strings; a literal given to a wrapper such as tr_() or translate aliased as `tr` is never extracted."""
    offenders = []
    for path in _sources():
        tree = ast.parse(path.read_text("utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in ("tr_", "_tr") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                offenders.append(f"{where}:{node.lineno}: literal passed to {_call_name(node)}()")
            if isinstance(node, ast.Call) and _call_name(node) == "tr" and len(node.args) >= 2 \
                    and all(isinstance(a, ast.Constant) for a in node.args[:2]) \
                    and not isinstance(node.func, ast.Attribute):
                offenders.append(f"{where}:{node.lineno}: tr(context, text): name the alias `translate`")
            if isinstance(node, ast.JoinedStr):
                offenders += [f"{where}:{n.lineno}: {_call_name(n)}() inside an f-string"
                              for n in ast.walk(node) if isinstance(n, ast.Call)
                              and _call_name(n) in ("tr", "translate", "QT_TRANSLATE_NOOP")]
    assert not offenders, "\n".join(offenders)


def test_level_and_category_names_follow_the_language(qapp, catalog):
    from console.air.aqi import category
    from widgets.common.i18n import LANG_PROPERTY, category_name, level_name

    old = qapp.property(LANG_PROPERTY)
    try:
        qapp.setProperty(LANG_PROPERTY, "en")
        assert level_name(catalog.levels["red"]) == "Red warning"
        assert category_name(category(350)) == category(350).name_en
        qapp.setProperty(LANG_PROPERTY, "zh")
        assert level_name(catalog.levels["red"]) == "红色预警" and category_name(category(350)) == "严重污染"
    finally:
        qapp.setProperty(LANG_PROPERTY, old)
