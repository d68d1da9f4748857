"""Slovak entity rules (``agents/entities/slovak.py``: Czech's rules with Slovak words).
Sentences written for the tests, not taken from any benchmark set; the names in them are
invented."""

from __future__ import annotations

from agents.entities.slovak import RULES
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "sk", "Latn")


def _headed(text: str):
    return {(text[s:e], kind) for s, e, kind in RULES.headed_names(text)}


def test_institution_around_its_head_with_lower_case_adjectives():
    got = _headed("Podľa Horného banského úradu sa ťažba nezmení.")
    assert ("Horného banského úradu", "ORG") in got


def test_adjectives_shortened_by_the_rhythmic_law():
    assert RULES._is_adjective("rybárskeho") and RULES._is_adjective("krásny")
    assert not RULES._is_adjective("práca")
    got = _headed("Členovia Lúčneho rybárskeho zväzu vysadili pstruhy.")
    assert ("Lúčneho rybárskeho zväzu", "ORG") in got


def test_two_adjectives_joined_by_a_before_the_head():
    got = _headed("Zásah viedol Horský a záchranný zbor celú noc.")
    assert ("Horský a záchranný zbor", "ORG") in got


def test_purpose_phrase_after_the_heads_genitive():
    got = _headed("Vyšetrovatelia Úradu ochrany proti požiarom prišli ráno.")
    assert ("Úradu ochrany proti požiarom", "ORG") in got


def test_verb_after_the_body_is_no_part_of_it():
    got = _headed("Podľa Lúčneho menového fondu má Lipovany dlh.")
    assert ("Lúčneho menového fondu", "ORG") in got


def test_person_in_the_instrumental_after_the_body():
    got = _headed("Rokoval s predsedníčkou Horskej komisie Annou Lipovou.")
    assert ("Horskej komisie", "ORG") in got


def test_firm_noun_opening_the_sentence_is_a_description():
    got = _headed("Poisťovacia spoločnosť Lipa oznámila zisk.")
    assert not any(kind == "ORG" and t.startswith("Poisťovacia") for t, kind in got)
    got = _headed("Zmenu oznámila Lesná dopravná spoločnosť minulý týždeň.")
    assert ("Lesná dopravná spoločnosť", "ORG") in got


def test_acronym_before_a_name_takes_a_town_in_it():
    got = _ents("Hokejisti HK Lipovany porazili súpera.")
    assert ("HK Lipovany", "ORG") in got
    got = _headed("Vyhral pretek klubu CK Lipovské vrchy.")
    assert ("CK Lipovské vrchy", "ORG") in got


def test_regional_museum_takes_its_seat():
    got = _headed("Výstavu pripravilo Horehronské múzeum v Lipovanoch.")
    assert ("Horehronské múzeum v Lipovanoch", "ORG") in got


def test_place_after_a_preposition_even_if_a_first_name_is_spelt_so():
    got = _ents("Stretnutie sa konalo v Martine a v Lipovanoch.")
    assert ("Martine", "LOC") in got


def test_feast_day_after_na_is_no_place():
    got = _ents("Predali kvety na Valentína.")
    assert ("Valentína", "LOC") not in got


def test_place_before_a_person_after_a_preposition():
    got = _ents("Povedala to predavačka v Lipovanoch Jana Horáková.")
    assert ("Lipovanoch", "LOC") in got
    assert ("Jana Horáková", "PER") in got


def test_adjective_and_noun_after_a_preposition_are_one_place():
    got = _ents("Kúpalisko otvorili v Horskom Novom Meste.")
    assert ("Horskom Novom Meste", "LOC") in got


def test_resident_noun_takes_a_place():
    got = _ents("Najmladšou obyvateľkou Lipníka je Eva.")
    assert ("Lipníka", "LOC") in got


def test_river_noun_names_a_place():
    got = _ents("Rieka Lipovka sa vyliala.")
    assert ("Lipovka", "LOC") in got


def test_legal_form_is_part_of_the_firms_name():
    got = _ents("Pozemok kúpila firma Lipotrans s.r.o. minulý rok.")
    assert ("Lipotrans s.r.o.", "ORG") in got
    got = _ents("Pokutu dostal operátor Lipa Net, a.s. za reklamu.")
    assert ("Lipa Net, a.s.", "ORG") in got


def test_firm_name_of_an_adjective_and_a_noun_after_its_kind():
    got = _ents("Cukráreň Modrý mak na námestí zatvára.")
    assert ("Modrý mak", "ORG") in got


def test_abbreviation_of_common_words_is_no_body():
    got = _ents("Podvody s DPH vyšetruje polícia.")
    assert ("DPH", "ORG") not in got
