"""Catalan entity rules (``agents/entities/catalan.py`` and the Catalan entries of
``romance.py``'s tables). Sentences written for the tests, with invented names, not taken
from any benchmark set."""

from __future__ import annotations

from agents.entities.catalan import acronym, headed_names, noun_before, person_end, place_cue_before, second_of_two
from agents.entities.romance import person_noun_before
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "ca", "Latn")


def test_capitalised_head_opens_a_title_case_name_with_its_de_phrases():
    got = _ents("Ahir el Consell Consultiu de la Vall de Rotgers va aprovar el pressupost.")
    assert ("Consell Consultiu de la Vall de Rotgers", "ORG") in got
    got = _ents("La protesta va acabar a la Plaça dels Teixidors Vells a migdia.")
    assert ("Plaça dels Teixidors Vells", "LOC") in got
    got = _ents("Els veïns reclamen que la Ribera d'Ormella tingui més autobusos.")
    assert ("Ribera d'Ormella", "LOC") in got


def test_head_after_an_elided_article_and_a_firm_ending():
    _, named = headed_names("Segons l'Agrupació Pessebrista de Ravellat, la mostra obre dissabte.", [])
    assert (named[0][0], named[0][2]) == (9, "ORG")   # (after l')
    got = _ents("La furgoneta era de l'empresa Transports Quimet Rufí i Fills, de Solsona.")
    assert ("Transports Quimet Rufí i Fills", "ORG") in got


def test_a_head_inside_a_persons_name_opens_nothing():
    _, named = headed_names("El fotògraf Pere Costa Brunet exposa a Girona.", [])
    assert named == []


def test_club_initials_open_the_clubs_name():
    got = _ents("El UE Rocafosca va guanyar el CF Valldemar Atlètic per tres a zero.")
    assert ("UE Rocafosca", "ORG") in got
    assert ("CF Valldemar Atlètic", "ORG") in got


def test_a_lone_body_head_mid_sentence_is_the_body():
    assert ("Govern", "ORG") in _ents("La portaveu del Govern ha defensat el decret.")
    _, named = headed_names("Govern i oposició han pactat.", [])
    assert named == []   # (a sentence's first word: no lone head)


def test_house_names_open_with_can_cal_ca_la():
    got = _ents("La festa es farà a les pistes de Can Rotllet dissabte.")
    assert ("Can Rotllet", "LOC") in got
    got = _ents("La fleca va obrir fa cent anys: la botiga de llaminadures Cal Mateuet de Tàrrega encara fa coques.")
    assert ("Cal Mateuet", "ORG") in got
    assert ("Tàrrega", "LOC") in got


def test_a_firms_noun_before_a_name_and_the_town_after_it():
    got = _ents("La llibreria El Gat Lector de Cardona celebra vint anys.")
    assert ("El Gat Lector", "ORG") in got
    assert ("Cardona", "LOC") in got


def test_a_lower_case_noun_says_what_the_name_is():
    text = "L'excursionista es va perdre a la serra del Cadiró i el riu Merlot baixava ple."
    assert noun_before(text, text.index("Cadiró")) == "LOC"
    assert noun_before(text, text.index("Merlot")) == "LOC"
    text = "Va estudiar a l'institut Maria Cardús Pla."
    assert noun_before(text, text.index("Maria")) == "ORG"
    assert ("Maria Cardús Pla", "ORG") in _ents(text)
    got = _ents("Els veïns de Vallcorba denuncien sorolls.")
    assert ("Vallcorba", "LOC") in got


def test_places_after_a_preposition_and_the_second_of_two():
    text = "La carretera entre Olost i Perafita va tancar, i els veïns de Riudaura i Vidrà protesten."
    assert second_of_two(text, text.index("Vidrà"))
    assert not second_of_two(text, text.index("Perafita"))   # (entre: no cue of place)
    text = "El bany a l'Estanyol està prohibit."
    assert place_cue_before(text, text.index("Estanyol"))
    assert ("Estanyol", "LOC") in _ents(text)


def test_acronym_after_an_article_is_a_body():
    text = "El conveni de la UPM amb el PIB de la comarca."
    assert acronym(text, text.index("UPM"), "UPM")
    assert not acronym(text, text.index("PIB"), "PIB")
    assert ("UPM", "ORG") in _ents("Els investigadors de la UPM han publicat l'estudi.")


def test_title_before_a_name_after_an_elided_article():
    text = "L'alcaldessa de Morunys, Carme Sabatés Oliu, ha signat el conveni."
    assert person_noun_before(text, text.index("Carme"), "ca")
    assert ("Carme Sabatés Oliu", "PER") in _ents(text)
    assert ("Jaume Prat", "PER") in _ents("Ho ha explicat el mestre Jaume Prat aquest matí.")


def test_second_family_name_after_i():
    text = "La presidenta, Rosa Verdaguer i Colom, ho ha anunciat."
    assert person_end(text, text.index(" i Colom")) == text.index(",", text.index("Colom"))
    assert ("Rosa Verdaguer i Colom", "PER") in _ents(text)
    text = "Han parlat Rosa Verdaguer i Pau Serra."
    assert person_end(text, text.index(" i Pau")) == text.index(" i Pau")
