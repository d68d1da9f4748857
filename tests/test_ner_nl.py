"""Dutch entity rules (``agents/entities/dutch.py``). Sentences written for these tests,
with invented names, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.dutch import compound_head_type, person_noun
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "nl", "Latn")


def test_compound_heads_say_place_or_organisation():
    assert compound_head_type("vogelzangstraat") == "LOC"
    assert compound_head_type("zuidertoren") == "LOC"
    assert compound_head_type("rivierenziekenhuis") == "ORG"   # not a -huis place: a hospital
    assert compound_head_type("sint-bavocollege") == "ORG"
    assert compound_head_type("straat") == "LOC"
    assert compound_head_type("tafel") is None
    assert person_noun("dorpsbewoner") and person_noun("tennisster") and not person_noun("fiets")


def test_street_and_building_compounds_are_places():
    got = _ents("Bewoners van de Pruimelaarstraat klagen over het lawaai bij de Oostmolentoren.")
    assert ("Pruimelaarstraat", "LOC") in got
    assert ("Oostmolentoren", "LOC") in got


def test_name_after_locative_preposition_is_a_place():
    got = _ents("De bakker verhuist van Hurkelo naar Dommersum, en later tussen Wierden en Klaverhoek.")
    assert ("Dommersum", "LOC") in got
    assert ("Klaverhoek", "LOC") in got   # the list "tussen X en Y" that the cue opens
    got = _ents("In Zwaluwhoeve wonen tweehonderd mensen.")
    assert ("Zwaluwhoeve", "LOC") in got   # the cue opening the sentence


def test_common_word_after_locative_preposition_is_a_place():
    got = _ents("Het festival vindt dit jaar plaats in Wit, een gehucht bij de grens.")
    assert ("Wit", "LOC") in got
    got = _ents("Het boek verscheen in Engels en Duits.")
    assert not any(t == "Engels" and k != "MISC" for t, k in got)   # a language, not a place


def test_lone_name_after_article_is_a_place():
    got = _ents("Het water in de Brakelse Loop en de Vorselaar stijgt.")
    assert ("Vorselaar", "LOC") in got


def test_capitalised_common_words_inside_a_sentence_are_a_name():
    got = _ents("Gisteren besprak het Hoog Schoolbestuur de plannen op de Kleine Markt.")
    assert ("Kleine Markt", "LOC") in got
    got = _ents("De zaak ligt bij het Openbaar Ministerie.")
    assert ("Openbaar Ministerie", "ORG") in got


def test_capital_article_opens_a_name_inside_a_sentence():
    got = _ents("Een storm trof gisteren het dorp bij De Hoefslag.")
    assert ("De Hoefslag", "LOC") in got


def test_business_and_club_words_open_names():
    got = _ents("Na twintig jaar sluit Bakkerij Van Gelder de deuren, en Kapsalon Marieke verhuist.")
    assert ("Bakkerij Van Gelder", "ORG") in got
    assert ("Kapsalon Marieke", "ORG") in got
    got = _ents("De spelers van VV Hurkelo vierden het kampioenschap.")
    assert ("VV Hurkelo", "ORG") in got


def test_role_noun_and_people_adjective_before_a_name():
    got = _ents("Het pand is verkocht, zegt eigenaar Gerrit Pluimers.")
    assert ("Gerrit Pluimers", "PER") in got
    got = _ents("Schaatster Wendeline Kroos won de race voor de Noorse Tirill Skaugvold.")
    assert ("Wendeline Kroos", "PER") in got          # the role opening the sentence is left out
    assert ("Tirill Skaugvold", "PER") in got         # a people's adjective before a name
    got = _ents("Bij Israëlische aanvallen vielen doden.")
    assert not any(t == "Israëlische" and k != "MISC" for t, k in got)   # an adjective, no place


def test_family_names_with_particles():
    got = _ents("Gisteren won Pieter van der Knaap de rit, vóór leraar Hugo ter Velde.")
    assert ("Pieter van der Knaap", "PER") in got
    assert ("Hugo ter Velde", "PER") in got


def test_person_and_origin_after_van_are_two_names():
    got = _ents("Het doelpunt kwam van Daniel Verhoeckx van Roda Voetbal.")
    assert ("Daniel Verhoeckx", "PER") in got
    assert not any("Verhoeckx van" in t for t, _ in got)


def test_noun_before_van_types_the_name():
    got = _ents("De inwoners van Klaverhoek en de medewerkers van Zeelicht protesteren.")
    assert ("Klaverhoek", "LOC") in got
    assert ("Zeelicht", "ORG") in got


def test_town_on_a_river_and_headed_names():
    got = _ents("Een wandelaar uit Berkhout aan de Vecht vond het pad.")
    assert ("Berkhout aan de Vecht", "LOC") in got
    got = _ents("Volgens het Adviesbureau voor de Waterhuishouding stijgt de zee.")
    assert ("Adviesbureau voor de Waterhuishouding", "ORG") in got


def test_acronym_in_brackets_gives_the_name():
    got = _ents("De Dienst Wegen en Kanalen (DWK) sluit de brug.")
    assert ("Dienst Wegen en Kanalen", "ORG") in got
    assert ("DWK", "ORG") in got


def test_acronym_compounds_and_acronyms_after_articles():
    got = _ents("Volgens de KVBO-voorzitter moet het OM sneller werken; de btw-verhoging blijft.")
    assert ("KVBO", "ORG") in got
    assert ("OM", "ORG") in got
    assert not any(t.lower() == "btw" for t, _ in got)


def test_hyphened_place_and_named_compounds():
    got = _ents("Het Berkel-college in Amsterdam-Noord krijgt een nieuwe vleugel.")
    assert ("Berkel-college", "ORG") in got
    assert ("Amsterdam-Noord", "LOC") in got


def test_body_named_after_a_known_place():
    got = _ents("Volgens Havenbedrijf Amsterdam daalt de overslag.")
    assert ("Havenbedrijf Amsterdam", "ORG") in got


def test_place_named_after_the_king_keeps_its_title():
    got = _ents("De finale is in het Koning Albertstadion.")
    assert ("Koning Albertstadion", "LOC") in got


def test_portfolio_after_minister_van_is_no_part_of_the_name():
    # (the portfolio is written with capitals; Ed is a Dutch word too)
    assert ("Ed Maasberg", "PER") in _ents("Hij sprak met minister van Energie Ed Maasberg.")
    assert ("Joost Kerkvliet", "PER") in _ents("De minister van Financiën Joost Kerkvliet zei dat.")
    assert not {n for n, t in _ents("Ze sprak met de minister van Volksgezondheid.") if t == "PER"}
