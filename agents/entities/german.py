"""German bodies the knowledge base knows only quietly, read where German says they are bodies.

Many German bodies' short names are everyday words or acronyms that match nothing alone
(Spiegel "mirror", Bild "picture", Linke "left", KPÖ, SVP): the knowledge base keeps them as
quiet aliases.  German news names them in a few set frames, which say a body is meant:
a party in brackets after a politician (Cem Özdemir (Grüne)), the source of a report (wie
der Spiegel berichtet, laut Bild, dem Standard zufolge), and a list with another body
(SPD und Linke, die Linken und die SPD, Bild und Die Welt).  A kind word before the name
(das Nachrichtenmagazin Spiegel) is the candidate rules' (``apposition_head``).

The frames are general German grammar; the names come from the knowledge base only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import KBEntity, common_words, get_kb

# one to three capitalised words, an article of the name first (Die Welt, Der Standard)
_NAME = r"((?:Die |Der |Das )?[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,2})"
# a party or a body in brackets right after a person's name: Elke Kahr (KPÖ)
_IN_BRACKETS = re.compile(r" \(([A-ZÄÖÜ][\w&./-]*(?: [A-ZÄÖÜ][\w&./-]*)?)\)")
# a report's source: wie der Spiegel berichtet(e), laut Bild, laut dem Standard
_SOURCE_CUES = ("wie ", "Wie ", "laut ", "Laut ")
_SOURCE_AFTER = re.compile(r"(?:(?:der|die|das|dem|des) )?" + _NAME)   # (matched after a cue str.find found)
# ... and before its verb: dem Spiegel zufolge, wie die Bild schreibt (the verbs found first,
# the name read back from each: a scan of the whole text for articles costs more)
_VERBS = re.compile(r" (?:zufolge|berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb)(?![\w-])")
_SOURCE_BEFORE = re.compile(r"(?<![\w-])[Dd](?:er|ie|as|em|en) " + _NAME + r"\Z")
# another body in a list with a known one: SPD und Linke, Bild und Die Welt
_JOINERS = (", ", " und ", " oder ", " sowie ")
_ARTICLES_BEFORE = ("der ", "die ", "dem ", "den ")
# (the regexes built from those tuples, which the loop tests first: one list of each)
_JOINER = "(?:" + "|".join(j[:-1] for j in _JOINERS) + ") "
_ARTICLE = "(?:(?:" + "|".join(a[:-1] for a in _ARTICLES_BEFORE) + ") )?"
_LISTED_AFTER = re.compile(_JOINER + _ARTICLE + _NAME)
_LISTED_BEFORE = re.compile(r"(?<![\w-])" + _ARTICLE + _NAME + _JOINER + _ARTICLE + r"\Z")


def _body(name: str) -> KBEntity | None:
    """The body a quiet alias (or one of its case forms) names in German, else None."""
    kb = get_kb()
    words = name.split()
    forms = [name]
    if words[-1].endswith(("en", "ern")):
        forms.append(" ".join(w[:-1] if w.endswith(("en", "ern")) else w for w in words))   # der Linken, Freien Wählern
    if len(words) == 1 and name.endswith("s") and len(name) > 4:
        forms.append(name[:-1])   # des Spiegels
    for form in forms:
        ent = kb.lookup(form, True, "de")
        if ent is not None and ent.type == "ORG":
            return ent
    return None


def _longest_body(text: str, start: int, name: str, covered: bytearray) -> tuple[int, int, KBEntity] | None:
    """The longest leading part of ``name`` (at ``start``) that names a body, if free."""
    words = name.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        for part in (part, part[:-1]) if part.endswith(".") else (part,):   # (B.Z.; a full stop)
            end = start + len(part)
            if part in ("Die", "Der", "Das") or any(covered[start:end]):
                continue
            if (ent := _body(part)) is not None:
                return start, end, ent
    return None


def quiet_bodies(text: str, covered: bytearray, person_ends: set[int],
                 body_spans: list[tuple[int, int]]) -> list[tuple[int, int, KBEntity]]:
    """Bodies named by a quiet alias in a German frame that says a body is meant, as
    (start, end, entity); ``person_ends``: where the people found end, ``body_spans``:
    the bodies found (start, end).  Marks what it finds in ``covered``."""
    found = []

    def take(start: int, name: str) -> None:
        if (hit := _longest_body(text, start, name, covered)) is not None:
            covered[hit[0]:hit[1]] = b"\x01" * (hit[1] - hit[0])
            found.append(hit)
            body_spans.append(hit[:2])

    if " (" in text:
        for m in _IN_BRACKETS.finditer(text):
            if m.start() in person_ends:
                take(m.start(1), m.group(1))
    for cue in _SOURCE_CUES:
        i = text.find(cue)
        while i >= 0:
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-")) \
                    and (m := _SOURCE_AFTER.match(text, i + len(cue))) is not None:
                take(m.start(1), m.group(1))
            i = text.find(cue, i + 1)
    for v in _VERBS.finditer(text):
        if (m := _SOURCE_BEFORE.search(text, max(0, v.start() - 60), v.start())) is not None:
            take(m.start(1), m.group(1))
    i = 0
    while i < len(body_spans):   # (a body found here may list another)
        s, e = body_spans[i]
        i += 1
        if text.startswith(_JOINERS, e) and (m := _LISTED_AFTER.match(text, e)) is not None:
            take(m.start(1), m.group(1))
        k = s - 4 if text.endswith(_ARTICLES_BEFORE, 0, s) else s   # (cheap tests first: most bodies are in no list)
        if text.endswith(_JOINERS, 0, k) and (m := _LISTED_BEFORE.search(text, max(0, s - 40), s)) is not None:
            take(m.start(1), m.group(1))
    return found


def body_read_as_person(word: str) -> KBEntity | None:
    """The body a lone word the rules read as a person's name names, when the knowledge
    base holds it as a body's German name and no list has it as a person's name (Strabag
    teilte mit; not Merck, a family's name too)."""
    low = word.casefold()
    cw = common_words()
    if low in cw.surnames or low in cw.given_for("de"):
        return None
    return _body(word)


@lru_cache(maxsize=1)
def firm_words() -> frozenset[str]:
    """Bodies' German one-word names the knowledge base keeps quiet that are no word of
    German or English and no person's name (Strabag, Dekra, BMBF; not Tchibo, which
    wordfreq's German list holds): a body wherever
    German writes them, which the candidate rules would drop as unknown capitalised words."""
    cw = common_words()
    from .candidates import de_lexicon   # (candidates imports this module)
    nouns, given, de, en = de_lexicon().nouns, cw.given_for("de"), cw.get("de"), cw.get("en")
    out = set()
    for alias, ent in get_kb().quiet_aliases_of("de").items():
        low = alias.casefold()
        if ent.type == "ORG" and " " not in alias and not (
                low in de or low in en or low in nouns or low in cw.surnames or low in given):
            out.add(alias)
    return frozenset(out)
