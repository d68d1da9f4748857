"""Czech case forms of place names in the knowledge base (scripts/build_kb.py)."""

from __future__ import annotations

import pytest

from conftest import load_script

from agents.entities.extract import extract
from streams.records import LanguageResult

CZECH = LanguageResult(code="cs", script="Latn", confidence=1.0)


@pytest.mark.parametrize("name,forms", [
    ("Německo", {"Německa", "Německu", "Německem"}),
    ("Francie", {"Francii", "Francií"}),
    ("Praha", {"Prahy", "Praze", "Prahu", "Prahou"}),
    ("Amerika", {"Americe"}),
    ("Vídeň", {"Vídně", "Vídni"}),
    ("Brusel", {"Bruselu", "Bruselem"}),
    ("Filipíny", {"Filipín", "Filipínách"}),
])
def test_czech_forms_by_ending(name, forms):
    assert forms <= load_script("build_kb").czech_forms(name)


def test_indeclinable_and_multiword_names_get_none():
    czech_forms = load_script("build_kb").czech_forms
    assert czech_forms("Chile") == czech_forms("Peru") == czech_forms("Nový Zéland") == set()


def test_oblique_place_names_in_czech_news():
    text = "Vláda jednala v Praze, ve Vídni a v Bruselu o Číně, Německu a Francii."
    ids = [e.id for e in extract(text, CZECH).entities]
    assert ids == ["city-3067696", "city-2761369", "city-2800866", "country-cn", "country-de", "country-fr"]
