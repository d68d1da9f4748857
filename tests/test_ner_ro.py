"""Romanian entity rules (``agents/entities/romanian.py`` and the Romanian entries of
``romance.py``'s tables). Sentences written for the tests, with invented names, not taken
from any benchmark set."""

from __future__ import annotations

from agents.entities.romanian import (acronym, base_forms, brand_shaped, cedilla_spelling, headed_names,
                                      hungarian_order, noun_before, place_cue_before)
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "ro", "Latn")


def test_comma_below_letters_match_a_cedilla_spelling():
    assert cedilla_spelling("Pitești, Țara") == "Piteşti, Ţara"
    assert ("Pitești", "LOC") in _ents("Echipa a jucat ieri la Pitești, în fața a trei mii de spectatori.")


def test_glued_case_endings_come_off_for_the_lookup():
    assert base_forms("Teleormanului")[0] == "Teleorman"
    assert "Italia" in base_forms("Italiei")
    assert "Vrancea" in base_forms("Vrancei")
    assert base_forms("Olt") == []
    got = _ents("Fermierii din sudul Teleormanului cer apă pentru irigații.")
    assert ("Teleormanului", "LOC") in got


def test_capitalised_head_opens_a_title_case_name():
    got = _ents("Cercetătorii Institutului Național de Cercetări Apicole au publicat un studiu nou.")
    assert ("Institutului Național de Cercetări Apicole", "ORG") in got
    got = _ents("Elevii de la Liceul Teoretic „Vasile Zugravu” au câștigat concursul.")
    assert ("Liceul Teoretic „Vasile Zugravu”", "ORG") in got
    got = _ents("Protestul a avut loc în Piața 14 Martie, lângă Bulevardul Eroilor Sanitari.")
    assert ("Piața 14 Martie", "LOC") in got
    assert ("Bulevardul Eroilor Sanitari", "LOC") in got


def test_known_place_inside_a_headed_name_is_no_mention_of_its_own():
    got = _ents("Tribunalul Pitești a amânat pronunțarea.")
    assert ("Tribunalul Pitești", "ORG") in got
    assert ("Pitești", "LOC") not in got


def test_headed_name_stops_before_the_verb_and_takes_a_genitive():
    _, named = headed_names("Curtea Supremă a respins cererea.", [])
    assert named == [(0, 14, "ORG")]   # Curtea Supremă
    _, named = headed_names("Decizia Băncii Centrale a Republicii a venit.", [])
    assert named == [(8, 36, "ORG")]   # Băncii Centrale a Republicii


def test_a_lone_body_head_mid_sentence_is_the_body():
    assert ("Senatului", "ORG") in _ents("Proiectul a ajuns pe masa Senatului, a spus Dorin Vlăduț.")
    _, named = headed_names("Guvernul nostru a căzut.", [])
    assert named == []   # (a sentence's first word: no lone head)


def test_state_heads_name_countries():
    got = _ents("Delegația Regatului Zamuriei a sosit ieri.")
    assert ("Regatului Zamuriei", "LOC") in got


def test_noun_before_says_what_the_name_is_and_stays_outside():
    assert noun_before("în comuna Zăvoiu", 10) == "LOC"
    assert noun_before("atelierul de tâmplărie Stejar", 23) == "ORG"
    assert noun_before("a deschis brutăria Cornul", 19) == "ORG"
    got = _ents("Locuitorii din comuna Zăvoiu Mic au rămas fără curent.")
    assert ("Zăvoiu Mic", "LOC") in got
    got = _ents("Cofetăria Dulcearoz a primit un premiu, iar lacul Ciobănaș a înghețat.")
    assert ("Dulcearoz", "ORG") in got
    assert ("Ciobănaș", "LOC") in got


def test_a_persons_name_after_a_street_noun_is_the_street():
    got = _ents("Un bloc de pe strada Ion Creangă a fost evacuat.")
    assert ("Ion Creangă", "LOC") in got


def test_preposition_of_place_types_an_unknown_name():
    assert place_cue_before("au venit de la Podișor", 15) == "la"
    got = _ents("Olarii au venit de la Podișoru și de la Mărunțeni, iar alții din Valea Seacă.")
    assert ("Podișoru", "LOC") in got
    assert ("Mărunțeni", "LOC") in got
    assert ("Valea Seacă", "LOC") in got
    got = _ents("Ploile au lovit satele din Dobroteasa și Vârtoapele.")
    assert ("Vârtoapele", "LOC") in got


def test_capitals_inside_a_sentence_are_an_acronym():
    assert acronym("reprezentanții UPRV au", 15, "UPRV")
    assert not acronym("în secolul XX a", 11, "XX")
    assert not acronym("cota de TVA a", 8, "TVA")
    assert not acronym("Reprezentanții", 0, "UPRV")
    assert ("UPRV", "ORG") in _ents("Au semnat reprezentanții UPRV și ai sindicatului.")


def test_acronym_before_a_place_is_the_bodys_branch():
    assert ("IPJ Teleorman", "ORG") in _ents("Polițiștii de la IPJ Teleorman au deschis o anchetă.")


def test_cardinal_point_makes_a_region():
    assert ("Africa de Est", "LOC") in _ents("Seceta lovește din nou Africa de Est.")


def test_names_in_the_hungarian_order_and_brand_shaped_firms():
    assert hungarian_order(["Bartalis", "Zoltán"], frozenset({"zoltán"}), frozenset())
    assert not hungarian_order(["Zoltán", "Bartalis"], frozenset({"zoltán"}), frozenset())
    assert brand_shaped(["ClarVox"])
    assert not brand_shaped(["McAllister"])
    assert ("ClarVox", "ORG") in _ents("Fondul a investit în ClarVox cinci milioane de euro.")


def test_person_noun_before_an_unknown_name():
    assert ("Xandrina Pulbă", "PER") in _ents("Filmul o are în rolul principal pe actrița Xandrina Pulbă.")


def test_a_firm_and_a_country_after_it_are_its_branch():
    got = _ents("Salariații Vodafone România au primit o primă de Crăciun.")
    assert ("Vodafone România", "ORG") in got
    assert ("România", "LOC") not in got
