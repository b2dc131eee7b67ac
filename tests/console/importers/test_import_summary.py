"""ImportResult.summary(lang): what an import did, wholly in the interface language (the air import dialog and the
CLI show it); Chinese by default."""
import re

from console.importers.log import FORECAST, OBSERVATIONS, ImportResult

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _obs(**kw) -> ImportResult:
    return ImportResult("/data/obs.csv", OBSERVATIONS, "ab", rows=30, new=20, replaced=3, unchanged=7, **kw)


def _words(text: str) -> str:
    return text.replace("/data/obs.csv", "").replace("/data/fc.csv", "").replace("Dongsi", "").replace("Tiantan", "")


def test_observations_in_chinese_by_default_and_in_english():
    res = _obs(empty=2, stations_added=["Dongsi", "Tiantan"], already_imported=True)
    zh, en = res.summary(), res.summary("en")
    assert zh == res.summary("zh") == ("/data/obs.csv：30 行 — 新增 20，替换 3，未变 7，空行跳过 2；"
                                       "新站点：Dongsi、Tiantan（此文件已导入过）")
    assert en == ("/data/obs.csv: 30 rows — new 20, replaced 3, unchanged 7, empty rows skipped 2; "
                  "new stations: Dongsi, Tiantan (the file was imported before)")
    assert not LATIN_WORD.search(_words(zh)) and not CJK.search(en)


def test_plain_observations_leave_out_what_did_not_happen():
    assert _obs().summary() == "/data/obs.csv：30 行 — 新增 20，替换 3，未变 7"
    assert _obs().summary("en") == "/data/obs.csv: 30 rows — new 20, replaced 3, unchanged 7"


def test_forecast_new_and_already_stored_in_both_languages():
    new = ImportResult("/data/fc.csv", FORECAST, "cd", rows=3, forecast_id=4, import_id=9)
    same = ImportResult("/data/fc.csv", FORECAST, "cd", rows=3)
    assert new.summary() == "/data/fc.csv：已导入预报 #4（3 个值）"
    assert new.summary("en") == "/data/fc.csv: forecast #4 imported (3 values)"
    assert same.summary() == "/data/fc.csv：预报已存在，未改变（3 个值）"
    assert same.summary("en") == "/data/fc.csv: forecast already stored, nothing changed (3 values)"
    for text in (new.summary(), same.summary()):
        assert not LATIN_WORD.search(_words(text)), text
    for text in (new.summary("en"), same.summary("en")):
        assert not CJK.search(text), text
