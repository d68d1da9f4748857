"""Known names in the case forms of West and South Slavic languages, read back to the form
the knowledge base holds.

Czech, Slovak, Polish, Croatian (Bosnian, Serbian in Latin letters) and Slovene decline
foreign names as their own: Štrasburku and Haagu (in Strasbourg, in The Hague), Jakarty
(of Jakarta), Nagoji (in Nagoya), Nvidii (of Nvidia), Applea (of Apple), Komisję
Europejską (the European Commission, accusative), Emmanuelem Macronem. The build gives the
knowledge base's one-word place names their case forms in these languages
(``scripts/build_kb.py``, ``add_place_forms``), but not the names of firms, people and
products, nor names of several words. So a candidate the rules found and the knowledge
base does not know is looked up once more with each word's ending taken off and the
nominative's put back (general grammar: the endings of the cases, not a list of names).
"""

from __future__ import annotations

from itertools import islice, product

LANGS = frozenset({"cs", "sk", "pl", "hr", "bs", "sr", "sl"})

# an oblique ending -> the endings the nominative may have in its place, the likelier first
# (Czech, Slovak, Polish, Croatian and Slovene nouns and adjectives, masculine, feminine
# and neuter, singular; the locative plural of a few plural names: Indiach; the j South
# Slavic writes between a foreign name's final i and its ending: Mumbaiju, Taipeija)
_ENDINGS = (
    ("ovi", ("",)), ("ijem", ("i",)), ("iju", ("i",)), ("ija", ("i",)), ("ije", ("ia", "ija")), ("eji", ("ea",)),
    ("iem", ("",)), ("ach", ("a", "")),
    ("ech", ("", "a")), ("ii", ("ia",)), ("ji", ("ja", "j", "a")), ("ie", ("a", "")), ("ej", ("a",)),
    ("oj", ("a",)), ("ou", ("a",)), ("em", ("",)), ("om", ("", "a")), ("ą", ("a",)), ("ę", ("a",)),
    ("ě", ("a", "")), ("u", ("", "a")), ("a", ("",)), ("y", ("a", "")), ("i", ("", "a", "e")),
    ("e", ("", "a")), ("é", ("a",)),
)
# the candidate's type -> the known entity's types it may read back to
_READS_AS = {"PER": ("PER",), "LOC": ("LOC", "ORG"), "ORG": ("ORG", "PRODUCT"), "MISC": ("ORG", "PRODUCT"),
             "PRODUCT": ("PRODUCT", "ORG")}
_MIN_STEM = 3
_MAX_WORDS = 4
_MAX_READINGS = 48


# Czech and Slovak write ď, ť, ň as d, t, n before i and ě (Keni, the locative of Keňa)
_SOFTENED = {"d": "ď", "t": "ť", "n": "ň"}


def base_forms(word: str) -> list[str]:
    """``word`` without an oblique ending and with a nominative's, likeliest first (none
    for a word without such an ending)."""
    out = []
    for ending, bases in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[:-len(ending)]
            out += [stem + b for b in bases if stem + b != word]
            if ending[0] in "iě" and stem[-1] in _SOFTENED:
                out += [stem[:-1] + _SOFTENED[stem[-1]] + b for b in bases]
    return out


def lookup(kb, surface: str, quiet: bool, code: str, etype: str):
    """The known entity the candidate ``surface`` of type ``etype`` names in a case form,
    or None: a person's name reads back to a person, a place's to a place or a body, a
    name of unknown kind to a body or a product, not a place (Sparty, Cracovią and Rijekom
    are as often the clubs); each word is tried as written and in its base forms."""
    words = surface.split(" ")
    if len(words) > _MAX_WORDS:
        return None
    choices = [[w, *base_forms(w)] for w in words]
    for reading in islice(product(*choices), 1, _MAX_READINGS):   # (the first is the surface)
        ent = kb.lookup(" ".join(reading), quiet, code)
        if ent is not None and ent.type in _READS_AS[etype]:
            return ent
    return None
