"""Norwegian Bokmål entity rules (``agents/entities/norwegian.py``: Swedish grammar's rules
over Norwegian words, and Norwegian's own). Sentences written for these tests, not taken
from any benchmark set; most names invented."""

from __future__ import annotations

from agents.entities import swedish
from agents.entities.norwegian import compound_kind
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "nb", "Latn")


def test_swedish_rules_read_norwegian_words_and_swedish_keeps_its_own():
    assert compound_kind("brennåsvegen") == "LOC"      # Norwegian -vegen
    assert compound_kind("heggvikbondelag") == "ORG"   # Norwegian -lag
    assert swedish.compound_kind("brennåsvegen") is None
    assert swedish.compound_kind("drottninggatan") == "LOC"


def test_prepositions_of_place_and_a_list_after_them():
    got = _ents("Bussen kjører fra Hegstad til Vollum hver time.")
    assert {("Hegstad", "LOC"), ("Vollum", "LOC")} <= got
    assert ("Tjuvholmen", "LOC") in _ents("Vi møttes på Tjuvholmen i går.")


def test_compass_word_takes_for():
    assert ("Brekkestad", "LOC") in _ents("Ulykken skjedde nord for Brekkestad lørdag kveld.")


def test_a_place_preposition_opening_the_sentence_is_no_part_of_the_name():
    got = _ents("Langs Vesleelva går en sti.")
    assert ("Vesleelva", "LOC") in got
    assert not any(t.startswith("Langs") for t, _ in got)


def test_compound_heads_name_streets_and_bodies():
    got = _ents("Trafikken i Lindegata er stengt, og Brennåsvegen er åpen.")
    assert {("Lindegata", "LOC"), ("Brennåsvegen", "LOC")} <= got
    assert ("Hvalsund Bondelag", "ORG") in _ents("Prisen ble delt ut av Hvalsund Bondelag i går.")


def test_lower_case_heads_close_official_names():
    got = _ents("Saken gjelder Hvalsund kommune og Hvalsund tingrett.")
    assert {("Hvalsund kommune", "ORG"), ("Hvalsund tingrett", "ORG")} <= got
    assert ("Meteorologisk institutt", "ORG") in _ents("Meteorologisk institutt varsler storm.")


def test_heads_of_two_words_and_a_place_after_the_head():
    assert ("Solvik videregående skole", "ORG") in _ents("Elevene ved Solvik videregående skole vant prisen.")
    assert ("Lindvik brann og redning", "ORG") in _ents("Det opplyser Lindvik brann og redning.")
    assert ("Bergen lufthavn Flesland", "LOC") in _ents("Flyet landet på Bergen lufthavn Flesland i går.")


def test_a_place_name_ending_in_a_definite_noun_is_no_kind_noun():
    # Frøya ends in "øya" (the island), Sørlandet in "landet": names, not nouns before one
    assert ("Bløya kommune", "ORG") in _ents("Bløya kommune har vedtatt budsjettet.")
    assert ("Sørlandet sykehus", "ORG") in _ents("Sørlandet sykehus har mange ansatte.")


def test_a_definite_head_compound_opens_a_body_named_after_its_place():
    assert ("Sykehuset Nordmark", "ORG") in _ents("Pasienten ble fløyet til Sykehuset Nordmark i natt.")
    assert ("Universitetssykehuset Nord-Norge", "ORG") in _ents("Hun ble sendt til Universitetssykehuset Nord-Norge.")


def test_people_two_given_names_and_after_a_verb_of_saying():
    assert ("Per Olav Brekke", "PER") in _ents("Han snakket med Per Olav Brekke om saken.")
    assert ("Ingrid Solbrekke", "PER") in _ents("– Vi er glade, sier Ingrid Solbrekke til avisen.")


def test_the_conjunction_da_splits_a_run():
    got = _ents("Det ble vedtatt av ordfører Kari Lund da Fjellmeieriet la ned driften.")
    assert {("Kari Lund", "PER"), ("Fjellmeieriet", "ORG")} <= got


def test_a_nationality_adjective_opens_a_firm_at_the_sentence_start():
    assert ("Norsk Tekstilindustri", "ORG") in _ents("Norsk Tekstilindustri har fått ny eier.")


def test_a_compound_of_a_lower_case_noun_is_no_place():
    got = _ents("Og selskapet viste fram AI-brikker i Bergen.")
    assert not any(t == "AI-brikker" for t, _ in got)


def test_european_routes_are_places():
    got = _ents("Veien er stengt på E18 og E39 etter ulykken.")
    assert {("E18", "LOC"), ("E39", "LOC")} <= got


def test_a_last_part_two_words_share():
    assert ("Heggvik Jeger- og Fiskeforening", "ORG") in _ents("Heggvik Jeger- og Fiskeforening ber om hjelp.")


def test_an_article_and_an_adjective_open_an_official_name():
    assert ("Den norske Forfatterforeningen", "ORG") in _ents("Den norske Forfatterforeningen protesterer.")


def test_a_sports_competition_is_no_place():
    got = _ents("Laget spilte i Eliteserien i fjor.")
    assert ("Eliteserien", "LOC") not in got


def test_everyday_words_that_only_end_like_a_head_open_no_name():
    for sentence in ("Forslaget ble nedstemt.", "Nederlaget var stort.", "Maleriet ble solgt.",
                     "Utstyret ble stjålet.", "Fotballaget tapte i går."):
        assert not _ents(sentence), sentence
    assert compound_kind("forslag") is None
    assert compound_kind("spelmannslag") == "ORG"


def test_norwegian_is_a_grammar_table_and_swedish_keeps_its_defaults():
    from agents.entities import danish, norwegian
    assert isinstance(norwegian.NORWEGIAN, swedish.Grammar)
    assert not any(type(v).__name__ == "module" and v.__name__ == "types" for v in vars(norwegian).values())
    for g in (swedish.SWEDISH, danish.DANISH):
        assert g.false_heads == () and g.kind_noun_shortest == 0 and not g.compass_opens_names
        assert g.opening_body_ends == () and g.run_type is None and g.headed_names is None and g.party_letters == 2
    assert swedish._kind_noun("sjön") == "LOC" and swedish._kind_noun("sjön", norwegian.NORWEGIAN) is None
    assert swedish._kind_noun("blomsterbutikken", norwegian.NORWEGIAN) == "ORG"


def test_a_list_after_a_preposition_of_place_joins_with_og():
    got = _ents("Fergen går mellom Hegstad og Vollum om sommeren.")
    assert {("Hegstad", "LOC"), ("Vollum", "LOC")} <= got


def test_numbered_national_roads_are_places():
    got = _ents("Omkjøringen går via riksvei 7 og fylkesveg 51 i natt.")
    assert {("riksvei 7", "LOC"), ("fylkesveg 51", "LOC")} <= got
