"""Swedish entity rules (``agents/entities/swedish.py``). Sentences written for these tests,
not taken from any benchmark set; most names invented."""

from __future__ import annotations

from agents.entities.swedish import compound_kind
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "sv", "Latn")


def test_a_capitalised_word_inside_a_sentence_is_a_name_even_a_listed_word():
    # (lund, ystad: the word list holds the commonest names lower-cased)
    got = _ents("Familjen flyttade i fjol från Ystad till Lund.")
    assert ("Ystad", "LOC") in got
    assert ("Lund", "LOC") in got


def test_a_place_list_after_a_preposition():
    got = _ents("Bussen går mellan Knutby och Rimbo varje timme.")
    assert ("Knutby", "LOC") in got
    assert ("Rimbo", "LOC") in got


def test_compass_word_and_om():
    got = _ents("Olyckan skedde norr om Halvarsbo på lördagen.")
    assert ("Halvarsbo", "LOC") in got


def test_a_compounds_last_part_types_the_name():
    assert compound_kind("storgatan") == "LOC"
    assert compound_kind("vindelälven") == "LOC"
    assert compound_kind("tullverkets") == "ORG"   # the genitive -s glued on
    assert compound_kind("kusten") is None
    got = _ents("Protesten samlade folk på Hamngatan och en talare från Pensionärsförbundet.")
    assert ("Hamngatan", "LOC") in got
    assert ("Pensionärsförbundet", "ORG") in got


def test_a_lower_case_head_closes_an_official_name():
    got = _ents("Målet prövas nu av Örebros tingsrätt, och Norrlands universitet yttrar sig.")
    assert ("Örebros tingsrätt", "ORG") in got
    assert ("Norrlands universitet", "ORG") in got
    got = _ents("Brudparet vigdes i Fjällbys kyrka i juni.")
    assert ("Fjällbys kyrka", "LOC") in got   # the indefinite head: the building


def test_a_head_in_the_genitive_and_a_function_word_opening_the_sentence():
    got = _ents("Vid Nordmarks lasarett väntar patienter på Svenska kyrkans diakoner.")
    assert ("Nordmarks lasarett", "ORG") in got
    assert ("Svenska kyrkans", "ORG") in got


def test_a_known_place_does_not_swallow_the_head_after_it():
    got = _ents("Stockholms tingsrätt meddelade domen på fredagen.")
    assert ("Stockholms tingsrätt", "ORG") in got
    assert ("Stockholms", "LOC") not in got


def test_a_definite_noun_before_a_name_types_it_and_is_no_part_of_it():
    got = _ents("Mjukvarubolaget Trollmjöd anställer tjugo personer, och sjön Gäddtjärn är frusen.")
    assert ("Trollmjöd", "ORG") in got
    assert ("Gäddtjärn", "LOC") in got
    assert not any(t.startswith("Mjukvarubolaget") for t, _ in got)


def test_a_sentence_opening_common_noun_before_a_known_name_is_no_name():
    got = _ents("Flygbolaget Lufthansa ställer in avgångar.")
    assert not any(t == "Flygbolaget" for t, _ in got)


def test_an_acronym_at_either_end_makes_a_club_or_a_firm():
    got = _ents("Matchen mellan Ravlunda IF och Bjärreds BK slutade oavgjort, rapporterar SVT Skåne.")
    assert ("Ravlunda IF", "ORG") in got
    assert ("Bjärreds BK", "ORG") in got


def test_a_known_place_then_capitalised_words_is_a_body_named_after_it():
    got = _ents("Ishockeylaget spelar hemma, skriver Göteborg Handelsblad.")
    assert ("Göteborg Handelsblad", "ORG") in got


def test_a_compound_at_the_sentence_start_needs_more_than_the_bare_head():
    got = _ents("Tandläkarförbundet kräver mer pengar.")
    assert ("Tandläkarförbundet", "ORG") in got
    got = _ents("Polisen kräver mer pengar.")
    assert not any(t == "Polisen" for t, _ in got)


def test_a_body_spelled_out_before_its_acronym():
    got = _ents("Beslutet togs av Nämnden för statligt stöd och tillsyn (NSST) i går.")
    assert ("Nämnden för statligt stöd och tillsyn", "ORG") in got
    assert ("NSST", "ORG") in got


def test_a_short_name_in_brackets_joins_its_body():
    got = _ents("Skogsmyndigheten (Skogsmynd) varnar för granbarkborre.")
    assert ("Skogsmyndigheten", "ORG") in got
    assert ("Skogsmynd", "ORG") in got


def test_a_politicians_party_in_brackets():
    got = _ents("Kommunalrådet Gunilla Ekvall (S) vill bygga en ny skola.")
    assert ("Gunilla Ekvall", "PER") in got
    assert ("S", "ORG") in got


def test_names_joined_by_an_ampersand_are_one_firm():
    got = _ents("Snickeriet Lindqvist & Döttrar AB har fått uppdraget.")
    assert ("Lindqvist & Döttrar AB", "ORG") in got


def test_a_numbered_road():
    got = _ents("Trafiken står still på länsväg 226 efter en olycka.")
    assert ("länsväg 226", "LOC") in got


def test_a_nationality_adjective_before_a_lone_name_makes_a_firm():
    got = _ents("Avtalet skrevs med tyska Fenkrat förra veckan.")
    assert ("Fenkrat", "ORG") in got


def test_a_title_before_a_name():
    got = _ents("Kronprinsen Valdemar invigde bron.")
    assert ("Valdemar", "PER") in got


def test_a_capitalised_everyday_word_opens_a_bodys_name():
    got = _ents("Det visar siffror som Svensk Bilhandel publicerade i dag.")
    assert ("Svensk Bilhandel", "ORG") in got


def test_common_abbreviations_and_sentence_openers_are_no_names():
    got = _ents("Bolagets VD sade att Ystad växer. Samtidigt sjunker priserna.")
    assert not any(t in ("VD", "Samtidigt", "Bolagets") for t, _ in got)
