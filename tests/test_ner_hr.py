"""Croatian entity rules (``agents/entities/croatian.py``): institutions' and places' names
around a head noun, places after a preposition of place, legal forms, acronyms with a case
ending, family names in -ić. Sentences written for the tests, not taken from any benchmark
set; the names in them are invented."""

from __future__ import annotations

from agents.entities.croatian import acronym, headed_names
from entity_mentions import mention_ids, mentions


def _ents(text: str, code: str = "hr") -> set[tuple[str, str]]:
    return mentions(text, code, "Latn")


def _headed(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind in headed_names(text)}


def test_institution_with_lower_case_adjectives_before_its_head():
    got = _headed("Prema podacima Državnog rudarskog zavoda, iskop je smanjen.")
    assert ("Državnog rudarskog zavoda", "ORG") in got
    got = _headed("Sastanku je prisustvovala i Hrvatska udruga pekara.")
    assert ("Hrvatska udruga pekara", "ORG") in got


def test_capitalised_head_takes_its_genitive_or_a_phrase_with_za():
    got = _headed("Predstavnici Ministarstva turizma stigli su jutros.")
    assert ("Ministarstva turizma", "ORG") in got
    got = _headed("Ured za zaštitu prirode i okoliša objavio je izvješće.")
    assert ("Ured za zaštitu prirode i okoliša", "ORG") in got
    got = _headed("Ministarstvo financija objavilo je nove podatke.")
    assert ("Ministarstvo financija", "ORG") in got   # (no verb in the name)
    got = _headed("Ministarstvo prometa nabavlja vlakove.")
    assert ("Ministarstvo prometa", "ORG") in got   # (nor a present tense that does not agree)
    got = _headed("Agencija za vodne putove raspisala je natječaj.")
    assert ("Agencija za vodne putove", "ORG") in got


def test_proper_name_after_a_named_head_but_not_after_a_board():
    got = _headed("Ravnatelj kaže da Gradska bolnica Lipovac traži liječnike.")
    assert ("Gradska bolnica Lipovac", "ORG") in got
    got = _headed("Lani je Ribolovno društvo Štuka Borovac imalo 80 članova.")
    assert ("Ribolovno društvo Štuka Borovac", "ORG") in got
    got = _headed("Uprava Lipe odlučila je o dividendi.")
    assert not any(name.startswith("Uprava") for name, _ in got)


def test_capitalised_adjective_keeps_its_lower_case_noun_inside_a_name():
    got = _headed("Članovi Udruge branitelja Domovinskog rata okupili su se.")
    assert ("Udruge branitelja Domovinskog rata", "ORG") in got


def test_university_takes_its_seat_and_a_clinic_its_quoted_patron():
    got = _headed("Studenti Veleučilišta u Lipovcu dobili su nagradu.")
    assert ("Veleučilišta u Lipovcu", "ORG") in got
    got = _headed("Iz Klinike za plućne bolesti „Ana Lipa“ javljaju o porastu.")
    assert ("Klinike za plućne bolesti „Ana Lipa“", "ORG") in got


def test_places_around_a_lower_case_head_and_a_head_alone_is_no_name():
    got = _headed("Promet je zatvoren u Lipovačkoj ulici i na Jadranskoj cesti.")
    assert ("Lipovačkoj ulici", "LOC") in got and ("Jadranskoj cesti", "LOC") in got
    got = _headed("Nova bolnica je otvorena.")
    assert got == set()


def test_place_after_a_preposition_or_a_noun_taking_a_place_and_joined_to_one():
    got = _ents("Vatrogasci iz Borovca i Zdenaca gasili su požar kod Lipovca.")
    assert {("Borovca", "LOC"), ("Zdenaca", "LOC"), ("Lipovca", "LOC")} <= got
    got = _ents("Mještani Gornjeg Borovca traže cestu.")
    assert ("Gornjeg Borovca", "LOC") in got
    got = _ents("U Lipovcu je otvoren vrtić.")
    assert ("Lipovcu", "LOC") in got
    got = _ents("Raspravljali su o tome u Saboru, a pisalo je i u Večernjem listu.")
    assert ("Saboru", "LOC") not in got and ("Večernjem", "LOC") not in got


def test_first_name_after_a_cue_persons_follow_too_but_not_after_u():
    got = _ents("Pismo je stiglo od Ivana Lipovca prošli tjedan.")
    assert ("Ivana Lipovca", "LOC") not in got
    got = _ents("Hodočasnici su otišli u Mariju Goricu.")
    assert ("Mariju Goricu", "LOC") in got


def test_adjective_place_and_town_on_its_river():
    got = _ents("Suša je pogodila vinograde u Južnoj Europi.")
    assert ("Južnoj Europi", "LOC") in got
    got = _ents("Dječaci iz Broda na Lipi pobijedili su.")
    assert ("Broda na Lipi", "LOC") in got


def test_legal_form_and_a_firms_kind_noun_make_an_organisation():
    got = _ents("Radove izvodi tvrtka Gradnja Lipovac d.o.o. iz Borovca.")
    assert ("Gradnja Lipovac d.o.o.", "ORG") in got
    got = _ents("Ugovor je potpisala tvrtka Lipotrans.")
    assert ("Lipotrans", "ORG") in got


def test_acronym_with_its_case_ending_is_an_organisation():
    assert acronym("HNK-a") and acronym("ZLK")
    assert not acronym("PDV") and not acronym("XIV") and not acronym("Lipa")
    got = _ents("Članovi ZLK-a sastali su se u ponedjeljak.")
    assert ("ZLK-a", "ORG") in got


def test_family_name_in_ic_makes_a_person():
    got = _ents("Na natjecanju je pobijedila Vesna Lipovčić.")
    assert ("Vesna Lipovčić", "PER") in got


def test_bosnian_and_serbian_latin_share_the_rules():
    got = _ents("Predstavnici Ministarstva turizma stigli su iz Borovca.", "bs")
    assert ("Ministarstva turizma", "ORG") in got and ("Borovca", "LOC") in got


def test_a_known_place_in_a_case_form_reads_back_after_a_preposition_of_place():
    # the words a rule made one place decline together (Južnoj Koreji), and South Slavic
    # writes a j between a foreign name's final i and its ending (Mumbaiju, Taipeiju)
    got = dict(mention_ids("Tvrtka gradi tvornice u Južnoj Koreji, a urede otvara u Mumbaiju i Taipeiju.",
                           "hr", "Latn"))
    assert got["Južnoj Koreji"] == "country-kr"
    assert got["Mumbaiju"] == "city-1275339" and got["Taipeiju"] == "city-1668341"


def test_a_name_a_list_of_places_types_is_the_known_place_in_its_case_form():
    # (Valenciji alone has no cue; after "u Kini i" the list says a place, and as a place it
    # reads back to Valencija)
    got = dict(mention_ids("Dionice su pale u Kini i Valenciji, a rasle su na burzama u Europi.", "hr", "Latn"))
    assert got["Kini"] == "country-cn" and got["Valenciji"].startswith("city-")
