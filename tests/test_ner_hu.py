"""Hungarian entity rules (``agents/entities/hungarian.py``): names closed by an
institution's or a place's head noun, public places with their lower-case generic word,
hyphened landforms, people written family name first, places in a locative case or
before a word of place, acronyms, a town's adjective before a name.  Sentences written
for these tests (long enough not to read as a Title Case headline), not taken from any
benchmark set."""

from __future__ import annotations

from agents.entities.extract import extract
from streams.records import LanguageResult
from entity_mentions import mentions


def _result(text: str):
    return extract(text, LanguageResult(code="hu", script="Latn", confidence=1.0))


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "hu")


def test_head_noun_closes_an_organisation_with_a_known_place_inside():
    got = _ents("A tegnapi ülésen a Szegedi Ügyvédi Kamara elnöksége új etikai szabályzatot fogadott el "
                "a tagok kérésére.")
    assert ("Szegedi Ügyvédi Kamara", "ORG") in got
    assert not any(t == "Szegedi" for t, _ in got)


def test_a_compound_ending_in_a_head_is_an_organisation_alone():
    got = _ents("A bejelentés után a Belügyminisztérium is vizsgálatot rendelt el a határátkelőnél "
                "történtek miatt.")
    assert ("Belügyminisztérium", "ORG") in got


def test_es_joins_a_name_and_a_legal_form_closes_a_company_the_hyphened_ending_outside():
    got = _ents("A hatóság a múlt héten megbírságolta a Fehér és Társa Kft.-t, mert a cég "
                "nem fizette be az adóját.")
    assert ("Fehér és Társa Kft.", "ORG") in got


def test_a_suspended_compound_joins_the_name():
    got = _ents("A Nemzeti Adó- és Vámhivatal munkatársai egész héten ellenőrizték a piaci árusokat "
                "a megyében.")
    assert ("Nemzeti Adó- és Vámhivatal", "ORG") in got


def test_place_head_with_its_case_ending():
    got = _ents("A hétvégi kosárlabdatornát a Sóskúti Sportcsarnokban rendezték meg, telt ház előtt "
                "játszottak a csapatok.")
    assert ("Sóskúti Sportcsarnokban", "LOC") in got


def test_lower_case_generic_word_of_a_public_place_is_in_the_name():
    got = _ents("A baleset a Rákóczi úton történt, a mentők a Hősök terén várakozó sérülteket is "
                "ellátták.")
    assert ("Rákóczi úton", "LOC") in got
    assert ("Hősök terén", "LOC") in got
    got = _ents("Tavaly nyáron a Keleti pályaudvaron és a Rudas fürdőben is felújítás kezdődött a városban.")
    assert ("Keleti pályaudvaron", "LOC") in got
    assert ("Rudas fürdőben", "LOC") in got


def test_hyphened_landform_keeps_its_case_ending():
    got = _ents("Nyáron sok család pihen a Velencei-tónál, ahol idén új strandot is nyitottak "
                "a vendégeknek.")
    assert ("Velencei-tónál", "LOC") in got


def test_family_name_before_first_names_is_a_person_in_any_case():
    got = _ents("A bizottság tegnap meghallgatta Bartos Ildikót, majd Kissné Tóth Erzsébet "
                "is elmondta a véleményét.")
    assert ("Bartos Ildikót", "PER") in got
    assert ("Kissné Tóth Erzsébet", "PER") in got


def test_a_person_then_a_town_in_the_locative():
    got = _ents("Még sosem láttam ekkora árvizet, mondta Fodor Anikó Pilisvörösváron a helyi "
                "újságnak.")
    assert ("Fodor Anikó", "PER") in got
    assert ("Pilisvörösváron", "LOC") in got


def test_a_town_in_the_locative_at_a_sentence_start():
    got = _ents("Zalaszentgróton új uszoda épül, a beruházás jövő nyáron fejeződik be a tervek "
                "szerint.")
    assert ("Zalaszentgróton", "LOC") in got


def test_a_known_town_in_the_locative_takes_its_id():
    res = _result("Tavasszal Győrben és Sopronban is emelkedtek a lakásárak a közölt adatok szerint.")
    ids = {m.text: e.id for e in res.entities for m in e.mentions}
    assert ids.get("Győrben", "").startswith("city-")
    assert "Sopronban" in ids


def test_a_known_name_whose_final_vowel_a_case_ending_lengthens_takes_its_id():
    # Róma -> Rómában, Kína -> Kínával, Toronto -> Torontóban, Srí Lanka -> Srí Lankán
    res = _result("A miniszter Rómában és Torontóban tárgyalt, majd Kínával és Srí Lankán át "
                  "Európába utazott a küldöttséggel.")
    ids = {m.text: e.id for e in res.entities for m in e.mentions}
    assert ids["Rómában"] == "city-3169070" and ids["Kínával"] == "country-cn"
    assert ids["Torontóban"].startswith("city-") and ids["Srí Lankán"] == "country-lk"
    assert ids["Európába"] == "europe"


def test_the_adjective_ending_lengthens_no_vowel_and_a_lower_case_word_is_no_name():
    got = _ents("A római tárgyalások után a kávéban nem volt cukor, mondta a szóvivő a tévében.")
    assert not any(text.lower().startswith(("róm", "káv", "tév")) for text, _ in got)


def test_common_nouns_opening_a_sentence_are_no_places():
    got = _ents("Gyárunkban nincs leépítés, mondta az igazgató a munkásoknak a reggeli eligazításon.")
    got |= _ents("Hétfőtől drágul az üzemanyag, a benzin ára tíz forinttal emelkedik a kutakon.")
    got |= _ents("Tüntetésen vett részt több ezer ember a főváros belvárosában szombat délután.")
    assert not any(t in ("Gyárunkban", "Hétfőtől", "Tüntetésen") for t, _ in got)


def test_an_ending_after_a_hyphen_stays_outside_the_name_and_makes_no_place():
    got = _ents("A szakszervezet szerint a KVX-nél is sztrájkra készülnek, a játékos a Kispest FC-ben "
                "kezdte pályafutását.")
    assert ("KVX", "ORG") in got
    assert ("Kispest FC", "ORG") in got
    assert not any(kind == "LOC" for _, kind in got)


def test_names_before_an_administrative_noun_or_a_word_of_place_are_places():
    got = _ents("Az árvíz miatt Bihar és Szilágy megyében is riasztották a tűzoltókat, Kiskunmajsa "
                "lakói homokzsákokat töltöttek.")
    assert ("Bihar", "LOC") in got and ("Szilágy", "LOC") in got
    assert ("Kiskunmajsa", "LOC") in got


def test_a_name_before_a_compass_adjective_is_a_place():
    got = _ents("A hegymászók a Bükk északi lejtőin keresték az eltűnt túrázót egész éjszaka.")
    assert ("Bükk", "LOC") in got


def test_acronym_is_an_organisation_but_not_an_acronym_of_a_thing():
    got = _ents("A KVTSZ közölte, hogy a GDP növekedése elmarad a várakozásoktól ebben az évben.")
    assert ("KVTSZ", "ORG") in got
    assert not any(t == "GDP" for t, _ in got)


def test_web_address_names_the_site():
    got = _ents("A legfrissebb felmérést a Napihir.hu tette közzé csütörtökön a honlapján.")
    assert ("Napihir.hu", "ORG") in got


def test_a_town_adjective_and_an_acronym_make_a_club():
    got = _ents("A bajnokság rangadóján a Debreceni VSC két góllal nyert idegenben vasárnap este.")
    assert ("Debreceni VSC", "ORG") in got


def test_a_town_adjective_opening_a_longer_name_is_no_mention_of_the_town():
    got = _ents("A rendező új filmjét a Berlini Filmfesztiválon mutatták be nagy sikerrel tavaly.")
    assert not any(t == "Berlini" for t, _ in got)


def test_a_known_town_right_after_a_person_stays_a_place():
    got = _ents("Tavaly Bárdos Tamás Szegeden nyitotta meg új vendéglőjét a belváros szélén.")
    assert ("Bárdos Tamás", "PER") in got
    assert ("Szegeden", "LOC") in got


def test_an_adverb_opening_the_sentence_is_no_family_name():
    got = _ents("Tegnap Emmanuel Macron francia elnök Párizsban fogadta a magyar küldöttséget.")
    assert not any(t.startswith("Tegnap") for t, _ in got)
