"""English entity rules (agents/entities/english.py).  Sentences written for these tests,
not taken from any benchmark set; the names in them are invented or ordinary words."""

from __future__ import annotations

from agents.entities import english
from entity_mentions import mentions


def _ents(text: str, code: str = "en") -> set[tuple[str, str]]:
    return mentions(text, code, "Latn")


def test_other_languages_calendar_words_open_english_names():
    # "sam" abbreviates samedi in French, not an English weekday
    assert ("Sam Pellworth", "PER") in _ents("The shop will close next month, director Sam Pellworth said.")
    assert "sam" not in english.CALENDAR and "sat" in english.CALENDAR


def test_capitals_make_a_name_of_dictionary_words():
    assert ("Dover Castle", "LOC") in _ents("Visitors to Dover Castle queued for an hour.")
    assert ("Hilda Marchbank", "PER") in _ents("The board said chief executive Hilda Marchbank would retire.")


def test_head_noun_types_the_name():
    got = _ents("The Coastal Safety Office said the Bramley Cathedral roof leaks.")
    assert ("Coastal Safety Office", "ORG") in got
    assert ("Bramley Cathedral", "LOC") in got


def test_place_openers_are_part_of_the_name():
    got = _ents("Anglers on the River Teme and farmers in County Antrim want rain.")
    assert ("River Teme", "LOC") in got
    assert ("County Antrim", "LOC") in got


def test_city_of_is_the_municipal_body():
    assert ("City of Welland", "ORG") in _ents("The City of Welland lifted the order.")


def test_known_place_inside_a_longer_name():
    got = _ents("Kent Police said the Leeds Street Bridge was shut.")
    assert ("Kent Police", "ORG") in got
    assert ("Leeds Street Bridge", "LOC") in got
    assert ("Kent", "LOC") not in got


def test_place_by_preposition_comma_and_direction():
    got = _ents("A woman from Tarnby was found near Orlow, a hamlet in Kastrup, Ohio, south of Velmor.")
    assert {("Tarnby", "LOC"), ("Orlow", "LOC"), ("Kastrup", "LOC"), ("Velmor", "LOC")} <= got


def test_place_noun_after_the_name():
    assert ("Brakwater", "LOC") in _ents("Floods hit the Brakwater district on Monday.")


def test_occupation_and_who_before_and_after_a_person():
    assert ("Ama Dlamini", "PER") in _ents("The water was off for days, ward councillor Ama Dlamini said.")
    assert ("Hein Marchbank", "PER") in _ents("The talks ended, said Hein Marchbank, who leads the union.")


def test_the_article_makes_a_shop_not_a_person():
    assert ("Kwik Fit", "ORG") in _ents("Protesters gathered outside the Kwik Fit on Main Street.")


def test_and_splits_two_names_in_one_run():
    got = _ents("Homes in Ashby and Brakwell lost power.")
    assert ("Ashby", "LOC") in got and ("Brakwell", "LOC") in got
    got = _ents("She beat former Governor Mary Jones and Democrat John Smithers.")
    assert ("Mary Jones", "PER") in got and ("John Smithers", "PER") in got


def test_match_report_names_a_club():
    assert ("Stockport", "ORG") in _ents("Rovers slipped to fifth after a draw with Stockport.")


def test_saint_and_road_number_belong_to_the_name():
    assert ("St Columba's High School", "ORG") in _ents("Pupils at St Columba's High School sang.")
    assert ("State Highway 12", "LOC") in _ents("A crash closed State Highway 12 on Monday.")


def test_rules_stay_english():
    # the same words in a Portuguese sentence get none of these readings
    got = _ents("Homes in Ashby and Brakwell lost power.", "pt")
    assert ("Ashby", "LOC") not in got
