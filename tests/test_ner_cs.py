"""Czech entity rules (``agents/entities/czech.py``). Sentences written for the tests, not
taken from any benchmark set; the names in them are invented."""

from __future__ import annotations

from agents.entities.czech import acronym, headed_names, towns_on
from entity_mentions import mention_ids, mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "cs", "Latn")


def _headed(text: str):
    return {(text[s:e], kind) for s, e, kind in headed_names(text)}


def test_institution_around_its_head_with_lower_case_adjectives():
    got = _headed("Podle Horního zemského úřadu se těžba nezmění.")
    assert ("Horního zemského úřadu", "ORG") in got


def test_institution_opened_by_its_head_takes_its_genitive_complement():
    got = _headed("Mluvčí Ministerstva vodního hospodářství to potvrdil.")
    assert ("Ministerstva vodního hospodářství", "ORG") in got
    got = _headed("Stížnost podala Správa lesů a rybníků minulý týden.")
    assert ("Správa lesů a rybníků", "ORG") in got


def test_complement_with_pro_and_a_proper_name():
    got = _headed("Inspektoři Úřadu pro ochranu ovzduší přijeli ráno.")
    assert ("Úřadu pro ochranu ovzduší", "ORG") in got
    got = _headed("Rozhodnutí Pozemkového úřadu pro Vysočinu platí.")
    assert ("Pozemkového úřadu pro Vysočinu", "ORG") in got


def test_strict_complement_stops_before_a_verb():
    got = _headed("Státní rybářský svaz vydal nová pravidla.")
    assert ("Státní rybářský svaz", "ORG") in got
    got = _headed("Zemský svaz chovatelů varuje před suchem.")
    assert ("Zemský svaz chovatelů", "ORG") in got


def test_regional_body_and_school_take_their_seat():
    got = _headed("Okresní soud v Lipové odsoudil řidiče.")
    assert ("Okresní soud v Lipové", "ORG") in got
    got = _headed("Žáci Základní školy Lesní v Horní Lhotě uklízeli park.")
    assert ("Základní školy Lesní v Horní Lhotě", "ORG") in got
    got = _headed("Nejvyšší soud v Lipové zasedal.")
    assert ("Nejvyšší soud", "ORG") in got


def test_person_after_the_body_and_titles_are_no_part_of_it():
    got = _headed("Ředitelka Nemocnice Lipová MUDr. Jana Horká odstoupila.")
    assert ("Nemocnice Lipová", "ORG") in got
    got = _headed("Rektor Univerzity Lesní Petr Dvořák promluvil.")
    assert ("Univerzity Lesní", "ORG") in got


def test_capitalised_adjective_and_lower_case_place_head():
    got = _headed("Turisté vystoupali na Lipovský hrad a pak k Modrému jezeru přes Horské náměstí.")
    assert ("Lipovský hrad", "LOC") in got
    assert ("Modrému jezeru", "LOC") in got
    assert ("Horské náměstí", "LOC") in got


def test_town_on_a_river_after_a_place_cue():
    text = "Cyklisté jeli z Lhoty nad Oslavou do Újezdu pod Lesem."
    found = {text[s:e] for s, e in towns_on(text)}
    assert found == {"Lhoty nad Oslavou", "Újezdu pod Lesem"}
    assert not towns_on("Vítězství Lipové nad Oslavou bylo jasné.")   # (no cue: "over")


def test_place_after_a_preposition_and_joined_places():
    got = _ents("Bouřka poškodila střechy v Lipníku, Hradčanech a Zbořeništi.")
    assert {("Lipníku", "LOC"), ("Hradčanech", "LOC"), ("Zbořeništi", "LOC")} <= got


def test_frequent_town_form_after_preposition_stays_a_candidate():
    got = _ents("Soud v Brně rozhodl.")
    assert ("Brně", "LOC") in got


def test_adjective_and_noun_after_a_place_noun():
    got = _ents("Starosta Horní Lipové oznámil opravu mostu.")
    assert ("Horní Lipové", "LOC") in got


def test_capitalised_adjective_before_a_common_noun_is_no_place():
    got = _ents("Závodnice zvítězila ve Zlatém poháru.")
    assert ("Zlatém", "LOC") not in got


def test_acronyms_are_bodies():
    assert acronym("SVJ") and not acronym("DPH") and not acronym("XIV")
    got = _ents("Podle mluvčího NKÚ Pavel Horák rozhodne do pátku.")
    assert ("NKÚ", "ORG") in got
    assert ("Pavel Horák", "PER") in got


def test_acronym_and_town_is_a_branch():
    got = _ents("Soutěž vyhráli hasiči z SDH Lipovec.")
    assert ("SDH Lipovec", "ORG") in got


def test_firm_noun_types_the_name_after_it():
    got = _ents("Akcie koupila společnost Lokotrans minulý týden.")
    assert ("Lokotrans", "ORG") in got


def test_place_before_a_person_is_split_off():
    got = _ents("Obchod v Dolní Lipové Martin Kopecký zavřel.")
    assert ("Dolní Lipové", "LOC") in got
    assert ("Martin Kopecký", "PER") in got


def test_people_noun_before_a_first_name_is_no_part_of_it():
    got = _ents("Hrála s Němkou Annou Vogelovou dlouho.")
    assert not any(t.startswith("Němkou") for t, _ in got)


def test_known_place_in_a_case_form_after_in_or_into_whatever_first_name_it_looks_like():
    # (Římě read back to Řím with the locative's ě; Keni to Keňa, whose ň Czech writes n
    # before i; a lone word after v or do is a place's though a first name's form: Ken)
    got = mention_ids("Setkání se konalo v Římě a delegace pak přiletěla do Keni.", "cs")
    assert ("Římě", "city-3169070") in got and ("Keni", "country-ke") in got
    assert ("Janu Novákovi", "PER") in _ents("Dopis poslal k Janu Novákovi.")
