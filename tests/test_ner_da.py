"""Danish entity rules (``agents/entities/danish.py``, Swedish's machinery with Danish
words). Sentences written for these tests, not taken from any benchmark set; most names
invented."""

from __future__ import annotations

from agents.entities.danish import DANISH
from agents.entities.swedish import SWEDISH, compound_kind
from entity_mentions import mentions


def _ents(text: str, code: str = "da") -> set[tuple[str, str]]:
    return mentions(text, code, "Latn")


def test_a_capitalised_word_inside_a_sentence_is_a_name_even_a_listed_word():
    # (aalborg, horsens: the word list holds the commonest names lower-cased)
    got = _ents("Familien flyttede sidste år fra Horsens til Aalborg.")
    assert ("Horsens", "LOC") in got
    assert ("Aalborg", "LOC") in got


def test_a_lone_name_after_paa_and_a_place_list():
    got = _ents("Færgen sejler mellem Kværnby og Lystrup hver time, også til Amager.")
    assert ("Kværnby", "LOC") in got
    assert ("Lystrup", "LOC") in got
    assert ("Amager", "LOC") in got
    assert ("Halvbjerg", "LOC") in _ents("Hun har et sommerhus på Halvbjerg.")


def test_compass_word_and_for():
    assert ("Gundslev", "LOC") in _ents("Ulykken skete nord for Gundslev lørdag.")
    assert ("Kalvebod", "LOC") in _ents("Skibet lå ud for Kalvebod i to dage.")


def test_a_compounds_last_part_types_the_name():
    assert compound_kind("søndergade", DANISH) == "LOC"
    assert compound_kind("miljøstyrelsen", DANISH) == "ORG"
    assert compound_kind("skattestyrelsens", DANISH) == "ORG"   # the genitive -s glued on
    assert compound_kind("søndergade") is None                  # (Swedish's table unchanged)
    got = _ents("Demonstranterne gik ad Vestergade mod Trafikstyrelsen.")
    assert ("Vestergade", "LOC") in got
    assert ("Trafikstyrelsen", "ORG") in got


def test_a_capitalised_head_closes_an_official_name():
    got = _ents("Borgmesteren i Ulstrup Kommune talte med rektor for Hjerting Gymnasium om Sønderby Fjord.")
    assert ("Ulstrup Kommune", "ORG") in got
    assert ("Hjerting Gymnasium", "ORG") in got
    assert ("Sønderby Fjord", "LOC") in got
    got = _ents("Forskere fra Aarhus Universitet har målt vandet.")
    assert ("Aarhus Universitet", "ORG") in got
    assert ("Aarhus", "LOC") not in got


def test_region_before_a_place_is_the_council():
    assert ("Region Midtjylland", "ORG") in _ents("Planen er godkendt af Region Midtjylland i går.")


def test_a_title_or_a_kind_noun_before_a_name():
    got = _ents("Kong Valdemar besøgte i går den lille by Knarreby sammen med borgmester Ib Skovhus.")
    assert ("Valdemar", "PER") in got
    assert ("Knarreby", "LOC") in got
    assert ("Ib Skovhus", "PER") in got
    assert ("Landsbyen", "LOC") not in {(t, k) for t, k in _ents("Landsbyen Ørum har fået en ny skole.")}


def test_a_body_noun_opening_a_name_makes_it_the_bodys():
    got = _ents("Hun arbejder hos Tandklinikken Vestervang og i Foreningen Kirkens Plads.")
    assert ("Tandklinikken Vestervang", "ORG") in got
    assert ("Foreningen Kirkens Plads", "ORG") in got


def test_a_legal_form_closes_a_firms_name():
    got = _ents("Entreprenøren Brdr. Halkjær ApS og Vestby Beton A/S har vundet udbuddet.")
    assert ("Brdr. Halkjær ApS", "ORG") in got
    assert ("Vestby Beton A/S", "ORG") in got
    assert ("Tømrerfirmaet", "ORG") not in _ents("Tømrerfirmaet Kjeldgaard Byg ApS har fået ny ejer.")
    assert ("Kjeldgaard Byg ApS", "ORG") in _ents("Tømrerfirmaet Kjeldgaard Byg ApS har fået ny ejer.")


def test_initials_belong_to_the_name():
    got = _ents("Legatet fra K.J. Holmsted Fonden gik til J.P. Rasmussen i år.")
    assert ("K.J. Holmsted Fonden", "ORG") in got
    assert ("J.P. Rasmussen", "PER") in got


def test_an_acronym_and_the_apostrophe_genitive():
    got = _ents("KDV hæver priserne, og det kritiserer EU's kommission og FN's sekretariat.")
    assert ("KDV", "ORG") in got
    assert ("FN", "ORG") in got
    assert not any(t.endswith("'s") for t, _ in got)


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name():
    got = _ents("Ifølge Vendsyssel Tidende er vejen lukket.")
    assert ("Vendsyssel Tidende", "ORG") in got
    assert ("NordKysten", "ORG") in _ents("Ifølge NordKysten er vejen lukket.")   # camel case: a body's


def test_a_double_first_name_opens_a_persons_name():
    assert ("Hans-Jørgen Kvist", "PER") in _ents("Det fortæller Hans-Jørgen Kvist fra klubben.")


def test_swedish_keeps_its_own_table():
    assert SWEDISH.code == "sv" and DANISH.code == "da"
    got = _ents("Olyckan skedde norr om Halvarsbo på lördagen.", "sv")
    assert ("Halvarsbo", "LOC") in got
