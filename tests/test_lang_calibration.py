"""Confidence calibration of the language detector, and the development set it is fitted on."""

from __future__ import annotations

import json
import re
import zipfile

from conftest import ROOT, load_script
from hypothesis import given
from hypothesis import strategies as st

from agents.language import detect as D
from benchmarks import lang_devset


def test_shipped_maps_are_monotone_and_bounded():
    table = json.loads(D.CALIBRATION.read_text(encoding="utf-8"))
    for name in ("short", "long"):
        xs = [x for x, _ in table[name]]
        ys = [y for _, y in table[name]]
        assert xs == sorted(xs) and ys == sorted(ys), name
        assert xs[0] == 0.0 and xs[-1] == 1.0 and all(0.0 <= y <= 1.0 for y in ys)
    assert "lang_devset" in table["_source"]  # fitted on the dev set, never the test set


@given(st.floats(-1.0, 2.0), st.floats(-1.0, 2.0), st.integers(0, 200))
def test_calibrate_keeps_order_and_range(a, b, letters):
    lo, hi = sorted((a, b))
    assert 0.0 <= D.calibrate(lo, letters) <= D.calibrate(hi, letters) <= 1.0


def test_few_words_and_longer_text_have_maps_of_their_own():
    # A raw 0.6 means different things: on a few words (lingua's relative confidence among
    # every language of the script) it understates how often the label is right.
    assert D.calibrate(0.6, 10) > 0.7
    assert D.calibrate(0.6, 10) != D.calibrate(0.6, 200)
    assert D.calibrate(0.0, 10) == 0.0


def test_detect_line_reports_the_calibrated_raw_confidence():
    text = "Der Vorstand hat am Dienstag die Zahlen für das dritte Quartal vorgelegt."
    code, raw, letters = D.raw_line(text)
    assert (code, round(D.calibrate(raw, letters), 4)) == D.detect_line(text)
    assert code == "de" and letters >= D.SHORT_LETTERS


def test_isotonic_fit_pools_violators_into_a_non_decreasing_map():
    fit = load_script("fit_lang_calibration")
    fit.MIN_BIN = 2
    # Raw 0.1-0.2 right half the time, 0.3-0.4 never (a violation: pooled), 0.8-0.9 always.
    points = [(0.1, True), (0.2, False), (0.3, False), (0.4, False), (0.8, True), (0.9, True)]
    knots = fit.isotonic(points)
    ys = [y for _, y in knots]
    assert ys == sorted(ys)
    assert knots[0] == [0.0, 0.0] and knots[-1][0] == 1.0
    assert [0.25, 0.25] in knots and [0.85, 1.0] in knots


def test_devset_reads_gettext_catalogues_of_a_wheel(tmp_path):
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Save the changes to this page"\n'
        'msgstr "Speichern Sie die Änderungen an dieser Seite"\n\n'
        'msgid "%(name)s was deleted"\nmsgstr ""\n"%(name)s wurde gelöscht "\n"<b>nicht</b> wiederherstellbar"\n'
    )
    wheel = tmp_path / "pkg-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("pkg/locale/de/LC_MESSAGES/django.po", po)
        zf.writestr("pkg/locale/sr_Latn/LC_MESSAGES/django.po", po)  # another script: left out
        zf.writestr("pkg/locale/xx/LC_MESSAGES/django.po", po)       # not a detector language
    counts = lang_devset.build([wheel], tmp_path / "dev")
    assert counts == {"de": (1, 9)}
    sentences = (tmp_path / "dev" / "sentences" / "de.txt").read_text(encoding="utf-8").splitlines()
    assert sentences == ["Speichern Sie die Änderungen an dieser Seite"]
    pairs = (tmp_path / "dev" / "word-pairs" / "de.txt").read_text(encoding="utf-8").splitlines()
    assert "wurde gelöscht" in pairs and "nicht wiederherstellbar" in pairs
    assert not any("name" in p or "content" in p for p in pairs)


def test_segment_benchmark_runs_on_a_small_development_set(tmp_path):
    # Sentences of the seed articles stand in for the development set here.
    from benchmarks import bench_segments
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    (tmp_path / "sentences").mkdir()
    for path, code in zip(seeds, ("hi", "ar", "de", "ja", "vi")):
        text = path.read_text(encoding="utf-8")
        pieces = [p.strip() for p in re.split(r"(?<=[.!?。।])\s*", text) if len(p.strip()) > 60]
        (tmp_path / "sentences" / f"{code}.txt").write_text("\n".join(pieces), encoding="utf-8")
    r = bench_segments.run(tmp_path, mixed_per_lang=1)
    found, total = r["other_script"]
    assert total + r["same_script"][1] >= 3 and found >= 1
    assert r["monolingual_extra"][0] == 0
