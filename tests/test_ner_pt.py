"""Portuguese entity rules (``agents/entities/portuguese.py`` and the Portuguese entries of
``romance.py``'s tables). Sentences written for the tests, with invented names, not taken
from any benchmark set."""

from __future__ import annotations

from agents.entities.extract import extract
from agents.entities.portuguese import headed_names, noun_before, particle_people
from streams.records import LanguageResult
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "pt", "Latn")


def test_head_opens_a_title_case_name_across_do_da_dos():
    got = _ents("Os feirantes do Mercado do Castanhal Velho pedem obras, diz a lojista Odete Varanda.")
    assert ("Mercado do Castanhal Velho", "LOC") in got
    got = _ents("O relatório do Instituto Estadual do Solo e das Águas Interiores saiu ontem.")
    assert ("Instituto Estadual do Solo e das Águas Interiores", "ORG") in got


def test_street_with_a_date_and_a_palace_are_places():
    got = _ents("Os comerciantes da Rua 7 de Abril fecharam as lojas perto do Palácio das Laranjeiras Velhas.")
    assert ("Rua 7 de Abril", "LOC") in got
    assert ("Palácio das Laranjeiras Velhas", "LOC") in got


def test_headed_name_keeps_the_firms_legal_form():
    _, named = headed_names("A empresa Transportes Rio Claro Ltda. faliu.", [])
    assert named == [(10, 37, "ORG")]   # Transportes Rio Claro Ltda.
    got = _ents("A oficina Irmãos Tavira & Filhos, Lda., exporta peças.")
    assert ("Irmãos Tavira & Filhos, Lda.", "ORG") in got


def test_headed_name_stops_before_a_clause():
    _, named = headed_names("Na Praça Alta O prefeito falou.", [])
    assert named == [(3, 13, "LOC")]


def test_known_place_inside_a_body_is_no_mention_of_its_own():
    got = _ents("A Junta de Freguesia de Lisboa Oriental aprovou o plano.")
    assert ("Junta de Freguesia de Lisboa Oriental", "ORG") in got
    assert ("Lisboa", "LOC") not in got


def test_person_names_with_do_and_dos():
    got = _ents("A fadista Maria do Rosário Quintela cantou com João Abreu dos Remédios.")
    assert ("Maria do Rosário Quintela", "PER") in got
    assert ("João Abreu dos Remédios", "PER") in got


def test_particle_people_need_a_first_name():
    assert particle_people("O Conselho dos Ministros reuniu.", bytearray(40), frozenset({"maria"})) == []


def test_person_noun_before_a_name_of_common_words():
    got = _ents("Ontem o pescador Abel Leite Rocha contou a história.")
    assert ("Abel Leite Rocha", "PER") in got


def test_person_noun_types_an_unknown_name():
    got = _ents("A declaração foi lida pela vereadora Zulmira Tancredo na sessão.")
    assert ("Zulmira Tancredo", "PER") in got


def test_place_nouns_and_contracted_prepositions_make_places():
    assert noun_before("no concelho de Xavantinha", 15) == "LOC"
    assert noun_before("a construtora Vexalume", 14) == "ORG"
    got = _ents("O córrego Tabatinguera transbordou e a água chegou à freguesia de Vilar Formoso Baixo.")
    assert ("Tabatinguera", "LOC") in got
    got = _ents("Os moradores ficaram no Quarteirão e na Esquadrilha sem luz.")
    assert ("Esquadrilha", "LOC") in got


def test_club_words_make_an_organisation():
    got = _ents("O Serranense Futebol Clube venceu em casa.")
    assert ("Serranense Futebol Clube", "ORG") in got


def test_acronym_written_as_a_word_skips_the_particles():
    got = _ents("Segundo o Instituto Nacional de Estudos Costeiros (Inec), a maré subiu.")
    assert ("Instituto Nacional de Estudos Costeiros", "ORG") in got
    assert ("Inec", "ORG") in got


def test_other_languages_keep_their_runs():
    res = extract("Heute hat die Regierung das Gesetz beschlossen.", LanguageResult(code="de", script="Latn", confidence=1.0))
    assert not any(m.text == "Regierung das Gesetz" for e in res.entities for m in e.mentions)


def test_santa_casa_opens_the_brotherhoods_hospital():
    got = _ents("A Santa Casa da Misericórdia de Vale Escuro abriu um lar.")
    assert ("Santa Casa da Misericórdia de Vale Escuro", "ORG") in got


def test_particle_people_skip_a_capitalised_word_before_the_first_name():
    text = "Disse Maria do Rosário Quintela ontem."
    assert particle_people(text, bytearray(len(text) + 1), frozenset({"maria"})) == [(6, 31)]
