"""Polish case forms of KB names (scripts/build_kb.py, add_polish_forms): a Polish article
names places, people and companies in oblique cases, and each form resolves to the entity
its nominative names; ordinary Polish words stay no entity."""

from __future__ import annotations

import pytest

from agents.entities.extract import extract
from streams.records import LanguageResult

PL = LanguageResult(code="pl", script="Latn", confidence=1.0)

# Written for this test (not from any data set).
ARTICLE = (
    "Premier Donald Tusk spotkał się w Warszawie z prezesem Orlenu. Orlen podpisał umowę "
    "z Chinami, a Polska liczy na eksport do Chin. Donalda Tuska pytano o relacje z Niemcami "
    "i o sytuację w Niemczech. Warszawa i Berlin rozmawiają o Rosji; w Polsce i w Berlinie "
    "mówi się o sankcjach. Rosja nie ustępuje. Delegacja poleciała do Pekinu, bo Pekin "
    "zaprosił ją w maju. Chiny i Stany Zjednoczone spierają się o cła, a w Stanach "
    "Zjednoczonych rośnie niepokój."
)

# oblique form -> nominative of the same entity, both in ARTICLE
PAIRS = {
    "Warszawie": "Warszawa", "Orlenu": "Orlen", "Chinami": "Chiny", "Chin": "Chiny",
    "Donalda Tuska": "Donald Tusk", "Polsce": "Polska", "Berlinie": "Berlin",
    "Rosji": "Rosja", "Pekinu": "Pekin", "Stanach Zjednoczonych": "Stany Zjednoczone",
}


def _ids_by_surface(text: str) -> dict[str, str]:
    out = {}
    for e in extract(text, PL).model_dump()["entities"]:
        for m in e["mentions"]:
            out[text[m["start"]:m["end"]]] = e["id"]
    return out


def test_oblique_forms_resolve_to_the_nominative_entity():
    ids = _ids_by_surface(ARTICLE)
    for form, nominative in PAIRS.items():
        assert nominative in ids, f"{nominative} not found"
        assert ids.get(form) == ids[nominative], f"{form}: {ids.get(form)} != {ids[nominative]}"
    assert not any(i.startswith("x-") for s, i in ids.items() if s in PAIRS), ids


def test_niemczech_is_germany():
    assert _ids_by_surface("Inflacja w Niemczech spadła.").get("Niemczech") == "country-de"


@pytest.mark.parametrize("text", [
    "Nowego prezesa jeszcze nie wybrano.",      # nowy (new): not Norway's Luganda name declined
    "Nowym szefem został ekonomista.",
    "Czech wygrał wyścig, Niemiec był drugi.",  # one Czech, one German: people, not countries
    "Bernie Sanders spoke in Vermont.",         # English first name, not a form of Berno (Brno)
])
def test_ordinary_words_are_no_generated_entity(text):
    ids = _ids_by_surface(text)
    for word in ("Nowego", "Nowym", "Czech", "Niemiec", "Bernie"):
        assert not ids.get(word, "").startswith(("country-", "city-")), (word, ids)


def test_polish_forms_generator():
    pytest.importorskip("morfeusz2")
    from conftest import load_script
    pl = load_script("build_kb").PolishForms()
    assert pl.forms("Warszawa", "LOC") == {"Warszawy", "Warszawie", "Warszawę", "Warszawą"}
    assert {"Niemczech", "Niemcom", "Niemcami"} <= pl.forms("Niemcy", "LOC")
    assert "Niemiec" not in pl.forms("Niemcy", "LOC")       # also 'a German'
    assert "Donalda Tuska" in pl.forms("Donald Tusk", "PER")
    assert "Wielkiej Brytanii" in pl.forms("Wielka Brytania", "LOC")
    assert pl.forms("Emmanuel Macron", "PER") == set()         # Macron: unknown to SGJP
    assert pl.forms("Bangkok Bank", "ORG") == set()            # two nouns: no Polish phrase
    assert pl.forms("Polonia", "LOC") == set()                 # only part of a name in SGJP
