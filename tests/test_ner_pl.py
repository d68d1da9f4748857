"""Polish entity rules (``agents/entities/polish.py``): institutions' names around a head
noun, streets after their lower-case head, places after a preposition of place, places of a
noun and an adjective, clubs before a town's nominative. Sentences written for the tests,
not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.polish import _is_adjective, _town_nominative
from agents.entities.kb import get_kb
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "pl", "Latn")


def test_adjectives_before_a_head_and_genitives_after_it_make_one_institution():
    got = _ents("Państwowa Inspekcja Pracy skontrolowała w czwartek tartak pod miastem.")
    assert ("Państwowa Inspekcja Pracy", "ORG") in got
    got = _ents("Raport przygotowali eksperci Krajowego Instytutu Rybactwa i Hodowli Ryb.")
    assert ("Krajowego Instytutu Rybactwa i Hodowli Ryb", "ORG") in got


def test_an_institution_of_common_words_takes_the_town_after_w():
    got = _ents("Uczniowie Liceum Ogólnokształcącego w Wąsoszu pojadą na olimpiadę.")
    assert ("Liceum Ogólnokształcącego w Wąsoszu", "ORG") in got
    got = _ents("Pacjentów przyjmie Powiatowy Szpital Miejski w Gorzowie od poniedziałku.")
    assert ("Powiatowy Szpital Miejski w Gorzowie", "ORG") in got


def test_an_institution_ends_before_a_persons_first_name_and_a_negated_adjective_stays_out():
    got = _ents("Absolwent Akademii Rolniczej Tomasz Wierzba otworzył gospodarstwo.")
    assert ("Akademii Rolniczej", "ORG") in got
    assert ("Tomasz Wierzba", "PER") in got
    got = _ents("Mała firma? Niewielka Spółdzielnia Rybacka zatrudnia pięć osób.")
    assert ("Spółdzielnia Rybacka", "ORG") in got


def test_a_sites_head_makes_a_place():
    got = _ents("Turyści zwiedzili Zamek Książęcy i zjechali do Kopalni Węgla w Zabrzu.")
    assert ("Zamek Książęcy", "LOC") in got
    assert ("Kopalni Węgla w Zabrzu", "LOC") in got


def test_a_street_is_named_with_its_lower_case_head():
    got = _ents("Remont ulicy Lipowej i placu Targowego potrwa do jesieni, a na ulicy 11 Listopada stanął dźwig.")
    assert ("ulicy Lipowej", "LOC") in got
    assert ("placu Targowego", "LOC") in got
    assert ("ulicy 11 Listopada", "LOC") in got


def test_a_name_after_a_preposition_of_place_is_a_place_but_not_a_person_or_an_instrumental():
    got = _ents("Festiwal odbył się w Brzozowcu, a goście przyjechali z Kobylnicy i spod Gniewkowa.")
    assert {("Brzozowcu", "LOC"), ("Kobylnicy", "LOC"), ("Gniewkowa", "LOC")} <= got
    got = _ents("Burmistrz Wąchocka zaprosił mieszkańców Żerkowa na festyn.")
    assert {("Wąchocka", "LOC"), ("Żerkowa", "LOC")} <= got
    got = _ents("Wczoraj rozmawiał z Markiem Zielińskim o budżecie.")
    assert not any(t == "LOC" for _, t in got)


def test_a_noun_and_an_adjective_after_a_cue_are_one_place():
    assert _is_adjective("Wielkopolskiego") and _is_adjective("Dolnej") and not _is_adjective("Uczniowie")
    got = _ents("Mieszka w Bieniowicach Górnych, a pracuje w Starym Brzesku.")
    assert ("Bieniowicach Górnych", "LOC") in got
    assert ("Starym Brzesku", "LOC") in got
    got = _ents("List trafił do Jana Kowalskiego w sobotę.")
    assert ("Jana Kowalskiego", "LOC") not in got


def test_a_name_before_a_towns_nominative_is_a_club():
    kb = get_kb()
    assert _town_nominative("Warszawa", kb) and not _town_nominative("Krakowa", kb)
    got = _ents("W sobotę Orlęta Kraków zremisowały z Błękitnymi Warszawa.")
    assert ("Orlęta Kraków", "ORG") in got
    assert ("Błękitnymi Warszawa", "ORG") in got
    got = _ents("Pociąg z Krakowa do Gdańska spóźnił się godzinę.")
    assert {("Krakowa", "LOC"), ("Gdańska", "LOC")} <= got


def test_a_sponsors_name_before_a_stadium_is_a_place():
    got = _ents("Mecz rozegrano na Orbis Stadionie przy pełnych trybunach.")
    assert ("Orbis Stadionie", "LOC") in got


def test_a_known_body_does_not_take_its_seat_after_w_into_its_name():
    # (a name of common words takes the town: Szkoła Podstawowa w Lisowie; a body the knowledge
    # base knows by its words stays itself, and its seat is a place of its own)
    got = _ents("Europejski Bank Centralny we Frankfurcie obniżył stopy, a Bank Japonii w Tokio je podniósł.")
    assert {("Europejski Bank Centralny", "ORG"), ("Frankfurcie", "LOC"), ("Bank Japonii", "ORG"),
            ("Tokio", "LOC")} <= got
    assert ("Szkoła Podstawowa w Lisowie", "ORG") in _ents("Szkoła Podstawowa w Lisowie otrzymała nagrodę.")
