"""Portuguese names the capitalised runs cut short (the shared Romance rules are in ``romance.py``).

Portuguese writes the names of bodies, streets and venues in title case and joins their
words with "de" and its contractions with the article, "do", "da", "dos", "das" (Instituto
Português do Mar e da Atmosfera, Rua 25 de Março, Mercado do Bolhão); people's family
names take the same particles (Maria do Carmo Ferreira, Pedro Soares dos Santos). The
capitalised runs join words only across "de" and "da", so a head noun (romance.ORG_OPENERS,
romance.PLACE_OPENERS) or a first name opens a longer name here. A style guide's grammar
and vocabulary, no list of names.
"""

from __future__ import annotations

import re

from .romance import ORG_OPENERS, PLACE_OPENERS, _heads_pattern

# the particles inside names, which an acronym's letters skip (Instituto Nacional de
# Pesquisas Espaciais: Inpe), by language
NAME_PARTICLES = {"pt": frozenset("de do da dos das e".split())}
_PT_HEADS = {**dict.fromkeys(PLACE_OPENERS["pt"], "LOC"), **dict.fromkeys(ORG_OPENERS["pt"], "ORG")}
# "Santa" before "Casa": the charitable brotherhoods' hospitals (Santa Casa da Misericórdia de X)
_SAINTLY_HOUSE = "Santa "

_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# after the head: capitalised words, numbers (Rua 25 de Março) and roman numerals (Colégio
# Pedro II), each maybe after de, do, da, dos, das, d' or "e" + one of them (do Mar e da Atmosfera)
_NAME_WORD = rf"(?:{_CAP_WORD}|\d{{1,4}}(?= de ))"
_JOIN = r"(?: (?:e )?(?:de|do|da|dos|das) | d['’]| e | & | )"
_HEAD_AT = _heads_pattern(_PT_HEADS)   # (a tree of prefixes after each capital: fast)
_TAIL = re.compile(rf"(?:{_JOIN}{_NAME_WORD})+")
# legal forms of a Portuguese or Brazilian firm after its name (Lda., Ltda., S.A.)
_LEGAL_FORM = re.compile(r",? (?:Lda|Ltda|S\.A|S/A|EIRELI)\.?(?![\w-])")
_LEGAL_ABBREVIATIONS = (" Lda", " Ltda")
# words of the running text that open no part of a name's tail (a clause's "E", "O")
_NO_TAIL = frozenset("A O As Os E Em No Na Nos Nas Um Uma".split())


def headed_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names a capitalised head opens, with the capitalised words and the de-phrases after
    it: Palácio do Planalto, Rua 25 de Março, Instituto Português do Mar e da Atmosfera,
    Transportes Serra Verde Ltda.; an organisation's or a place's by its head. Returns the
    knowledge-base hits kept (a known name inside a longer one is no mention of its own:
    Junta de Freguesia de Santa Maria Maior) and the names found, as (start, end, type)."""
    named = []
    for m in _HEAD_AT.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "'’-") or (tail := _TAIL.match(text, m.end())) is None:
            continue
        e = _tail_end(text, m.end(), tail.end())
        if e <= m.end():
            continue
        kind = _PT_HEADS[m.group().lower()]
        if m.group() == "Casa" and text.endswith(_SAINTLY_HOUSE, 0, s):
            s, kind = s - len(_SAINTLY_HOUSE), "ORG"
        if kind == "ORG":
            e = _legal_form_end(text, e)
        if not any(h.start <= s and e <= h.end for h in hits):   # (a known name the same or longer)
            named.append((s, e, kind))
    if named:
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, _ in named)]
    return hits, named


def _legal_form_end(text: str, end: int) -> int:
    """Where a firm's name ends with its legal forms: Lda., Ltda. (a dot after the last
    word the name took), ", Lda." after it."""
    if text.startswith(".", end) and text.endswith(_LEGAL_ABBREVIATIONS, 0, end):
        return end + 1
    while (legal := _LEGAL_FORM.match(text, end)) is not None:
        end = legal.end()
    return end


_TAIL_WORD = re.compile(rf"{_JOIN}({_NAME_WORD})")


def _tail_end(text: str, pos: int, end: int, tail_word: re.Pattern = _TAIL_WORD,
              no_tail: frozenset[str] = _NO_TAIL) -> int:
    """Where a head's name ends: before a word of the running text (``no_tail``) that the
    pattern took (``tail_word``: a join and a word, the word its group 1; Catalan's too)."""
    last = pos
    for w in tail_word.finditer(text, pos, end):
        if w.start() != last or w.group(1) in no_tail:
            break
        last = w.end()
    return last


# a first name, then family names, one at least after "do", "dos" or "das", which the runs
# do not join (Maria do Carmo Ferreira, Pedro Soares dos Santos, Zé do Pife)
_PARTICLE_NAME = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?: (?:(?:de|da|do|dos|das) )?{_CAP_WORD})*"
                            rf" (?:do|dos|das) {_CAP_WORD}(?: (?:(?:de|da|do|dos|das) )?{_CAP_WORD})*")


_PARTICLE_BEFORE_CAPITAL = re.compile(r" (?:do|dos|das) [A-ZÀ-ÖØ-Þ]")
_NAME_REACH = 60   # characters of first and family names before the particle


def particle_people(text: str, covered: bytearray, given: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of people's names that open with a first name (``given``) and hold "do",
    "dos" or "das" before a family name: Maria do Carmo Ferreira, Pedro Soares dos Santos
    (found around each particle before a capital, the few places where one can be)."""
    out, done = [], 0
    for p in _PARTICLE_BEFORE_CAPITAL.finditer(text):   # (a cheap search first: a few per text)
        if p.start() < done:
            continue
        m = next((m for m in _PARTICLE_NAME.finditer(text, max(done, p.start() - _NAME_REACH), p.end() + _NAME_REACH)
                  if m.end() > p.start()), None)
        if m is None or m.start() > p.start():
            continue
        s, e = m.span()
        done = e
        while s < p.start() and text[s:text.index(" ", s)].casefold() not in given:
            s = text.index(" ", s) + 1   # (a capitalised word before the first name: Disse Maria do Carmo)
        words = text[s:e].split()
        if s < p.start() and words[0][0].isupper() and not any(w in _NO_TAIL or w.isupper() for w in words) \
                and not any(covered[s:e]):
            out.append((s, e))
    return out


# lower-case nouns before a name, maybe with "de", "do", "da", that make it a place: units of
# local government, settlements and waters (o concelho de X, a freguesia de X, o rio X, o
# córrego X, natural de X) ...
PT_PLACE_NOUNS = frozenset("""concelho freguesia município municipio distrito comarca cidade vila aldeia lugarejo
povoado localidade bairro estado região província rio ribeira ribeirão córrego riacho arroio lagoa
ilha praia serra natural naturais autódromo estádio aeroporto""".split())
# ... and a firm's kind, which makes it an organisation (a empresa X, a construtora X)
PT_FIRM_NOUNS = frozenset("""empresa companhia construtora montadora operadora seguradora distribuidora
fabricante editora cooperativa associação agremiação clube equipa equipe banco startup""".split())
_NOUN_BEFORE = re.compile(r"([a-zà-ÿ]+) (?:(?:de|do|da|dos|das) )?\Z")


def noun_before(text: str, start: int) -> str | None:
    """"LOC" or "ORG" when a lower-case noun right before the name at ``start`` (maybe
    with de, do, da) says what it is: o concelho de |X, o rio |X, a empresa |X."""
    if start < 3 or text[start - 1] != " ":
        return None
    m = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return None
    noun = m.group(1)
    return "LOC" if noun in PT_PLACE_NOUNS else "ORG" if noun in PT_FIRM_NOUNS else None


# words of a sports club's name (Esporte Clube X, X Futebol Clube, Sport Club X)
PT_CLUB_WORDS = frozenset("clube club futebol esporte sport desportivo desportiva esportivo esportiva".split())


def run_type(text: str, start: int, words: list[str], etype: str) -> str:
    """The type of a Portuguese capitalised run at ``start`` (``words`` lower-cased) that a
    club's word in it (Tombense Futebol Clube) or a noun before it gives, else ``etype``."""
    if len(words) >= 2 and any(w in PT_CLUB_WORDS for w in words):
        return "ORG"
    if etype == "MISC":
        return noun_before(text, start) or etype
    return etype
