"""Finnish entity rules (``agents/entities/finnish.py``): inflected names found by their
nominative, colon endings, legal forms, trade nouns in apposition, organisations' and
places' compounds, institutions a genitive and a head noun name, places by their case,
lower-case ministries.  Sentences written for these tests, not taken from any benchmark
set."""

from __future__ import annotations

from agents.entities.extract import extract
from agents.entities.finnish import nominatives
from entity_mentions import mentions
from streams.records import LanguageResult


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "fi", "Latn")


def test_nominatives_undo_endings_gradation_and_e_stems():
    assert "Helsinki" in nominatives("Helsingissä")       # nk -> ng
    assert "Suomi" in nominatives("Suomen")               # e-stem
    assert "Tampere" in nominatives("Tampereella")        # ee-stem
    assert "Muhos" in nominatives("Muhokselle")           # -s, -kse-
    assert "Turkki" in nominatives("Turkin")              # kk -> k
    assert "Yhdysvallat" in nominatives("Yhdysvaltain")   # genitive plural, weak grade back
    assert "Joensuu" in nominatives("Joensuuhun")         # illative after a long vowel


def test_inflected_name_with_a_stem_change_is_the_known_place():
    got = _ents("Kokous pidettiin eilen Helsingissä, ja seuraava järjestetään Turkin pääkaupungissa.")
    assert ("Helsingissä", "LOC") in got
    assert ("Turkin", "LOC") in got


def test_colon_ending_stays_outside_an_abbreviation():
    got = _ents("Tuoreen kyselyn mukaan PMK:n kannatus nousi, mutta MM:ssä joukkue pärjäsi huonosti.")
    assert ("PMK", "ORG") in got
    assert not any(text == "MM" for text, _ in got)


def test_legal_form_closes_a_firm_and_a_demonym_stays_outside():
    got = _ents("Vaasalainen Puuseppä Mäkelä Oy avaa uuden tehtaan, ja tuotto menee Lahden Kuoroyhdistys ry:lle.")
    assert ("Puuseppä Mäkelä Oy", "ORG") in got
    assert ("Lahden Kuoroyhdistys ry", "ORG") in got


def test_trade_noun_before_a_name_types_it_and_stays_outside():
    got = _ents("Ohjelmistoyhtiö Vekotin Labs kertoi, että kahvila Sokerihuuru muuttaa uusiin tiloihin.")
    assert ("Vekotin Labs", "ORG") in got
    assert ("Sokerihuuru", "ORG") in got


def test_compound_with_an_organisations_head_is_an_organisation():
    got = _ents("Asiasta päättää Maanmittauslaitos ensi vuonna, kertoi Palkansaajien Kirjastoliitto.")
    assert ("Maanmittauslaitos", "ORG") in got
    assert ("Palkansaajien Kirjastoliitto", "ORG") in got
    assert not _ents("Kunnanhallitus hyväksyi talousarvion maanantaina.")   # the municipal board


def test_town_in_the_genitive_before_a_capitalised_word_is_a_club():
    got = _ents("Sarjan avausottelussa kohtasivat Raahen Pallo ja kotijoukkue.")
    assert ("Raahen Pallo", "ORG") in got


def test_genitive_and_a_head_noun_name_an_institution():
    got = _ents("Hän opiskeli Itä-Suomen yliopistossa, ja riidan ratkaisi lopulta Kalajoen käräjäoikeus.")
    assert ("Itä-Suomen yliopistossa", "ORG") in got
    assert ("Kalajoen käräjäoikeus", "ORG") in got
    # the bank's name follows in apposition: "Ruotsin keskuspankki", the name the Finnish
    # press gives the Riksbank, is no second organisation
    res = extract("Korkoa nosti myös Ruotsin keskuspankki Riksbank torstaina.",
                  LanguageResult(code="fi", script="Latn", confidence=1.0))
    assert {e.id for e in res.entities} == {"sveriges-riksbank"}


def test_unknown_name_in_a_local_case_is_a_place():
    got = _ents("Tapahtuma järjestetään ensi kesänä Kuusiharjussa, ja palkinto annettiin Liisalle.")
    assert ("Kuusiharjussa", "LOC") in got
    assert ("Liisalle", "LOC") not in got   # a first name in the allative
    got = _ents("Yrityksellä on toimipisteitä monessa maassa.")
    assert ("Yrityksellä", "LOC") not in got   # a derived common noun opening the sentence


def test_local_case_word_ends_a_name():
    got = _ents("Puhe pidettiin Brysselissä Euroopan parlamentin täysistunnossa.")
    assert ("Brysselissä", "LOC") in got
    assert ("Euroopan parlamentin", "ORG") in got


def test_several_words_in_a_local_case_are_one_place():
    got = _ents("Ottelu pelataan huomenna Valo Areenalla, kertoi järjestäjä.")
    assert ("Valo Areenalla", "LOC") in got


def test_genitive_before_a_noun_of_places_and_coordinated_places():
    got = _ents("Paloasema sijaitsee Ruokolahden keskustassa.")
    assert ("Ruokolahden", "LOC") in got
    got = _ents("Uudet reitit yhdistävät Vehmaan ja Taivassalon kylät toisiinsa.")
    assert ("Taivassalon", "LOC") in got
    assert ("Vehmaan", "LOC") in got


def test_compound_with_a_landforms_or_a_streets_head_is_a_place():
    got = _ents("Kalastajat kokoontuivat Vehkajoen rannalle, ja kulkue eteni Kirkkokatua pitkin.")
    assert ("Vehkajoen", "LOC") in got
    assert ("Kirkkokatua", "LOC") in got


def test_acronym_opening_a_sentence_is_an_organisation():
    assert ("SPRK", "ORG") in _ents("SPRK kertoi maanantaina keräyksen tuloksista.")


def test_lower_case_ministry_and_supreme_court_are_organisations():
    got = _ents("Asiaa valmistelee työ- ja elinkeinoministeriö, ja päätöksen tekee korkein hallinto-oikeus.")
    assert ("työ- ja elinkeinoministeriö", "ORG") in got
    assert ("korkein hallinto-oikeus", "ORG") in got


def test_capitalised_restaurant_opens_its_name():
    got = _ents("Kuopiolainen Ravintola Sillanpieli palkittiin syksyllä.")
    assert ("Ravintola Sillanpieli", "ORG") in got


def test_adjective_agreeing_with_a_head_opens_a_buildings_name():
    got = _ents("Joulumyyjäiset pidettiin tänä vuonna Uudessa kauppahallissa.")
    assert ("Uudessa kauppahallissa", "LOC") in got
    got = _ents("Luvut julkaisi eilen Tukholmassa tilastovirasto.")
    assert ("Tukholmassa", "LOC") in got   # a place in the inessive, no part of the body's name


def test_family_name_in_the_allative_is_no_place():
    got = _ents("Palkinto myönnettiin lopulta espanjalaiselle Alcarazille.")
    assert ("Alcarazille", "LOC") not in got


def test_country_before_a_capitalised_word_makes_no_club():
    got = _ents("Kokouksessa puhui myös Ruotsin Kristersson pitkään.")
    assert ("Ruotsin Kristersson", "ORG") not in got
    assert ("Ruotsin", "LOC") in got


def test_an_acronym_written_as_a_word_is_the_body_in_any_case():
    # Finnish writes an acronym it reads as a word with one capital: Nasa, Uefa, Fifa
    got = _ents("Nasan ja Uefan edustajat kertoivat, että Fifassa on ongelmia ja moni siirtyy Fifaan.")
    assert {("Nasan", "ORG"), ("Uefan", "ORG"), ("Fifassa", "ORG"), ("Fifaan", "ORG")} <= got
    assert not _ents("Ilon ja surun päivä oli pitkä, kertoi hän illalla.")   # (ilo "joy", no ILO)
