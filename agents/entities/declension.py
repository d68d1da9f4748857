"""An unknown person's name in a case form, back to the nominative, so that the forms meet
across articles (Janem Nowakiem -> Jan Nowak, Іваном Ковальчуком -> Іван Ковальчук):
the case ending of a known first name tells the case and the gender, the paradigms of the
language's surnames take the surname back.  The machinery, and the tables of Polish,
Czech and Ukrainian (Russian's are in ``russian.py``), from grammar books: no names but
the first names passed in (``given``, casefolded).  An unsure reading gives None and the
surface's id stays: wrong merges are worse than missed ones."""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

GEN, DAT, ACC, INS, LOC = range(5)   # (Russian's prepositional is the locative)
_GA, _DL = (GEN, ACC), (DAT, LOC)


class Declension(NamedTuple):
    """A language's tables for ``nominative``."""
    word: re.Pattern   # a word of a name in the language's alphabet
    # a first name's case ending -> (what its nominative ends in, genders, cases, the letters
    # its stem may end in, None for any), in order: within an ending, a man's first reading
    # found is his (Игоре: Игорь, not Serbian Игор too)
    first: dict
    surname: Callable[[str, str, int], str | None]   # (surname, gender, case) -> its nominative
    written: Callable[[str, str, frozenset], bool]   # (first name, surname, given): a nominative as written?
    middle: Callable[[str], tuple | None] | None = None   # a patronymic's (nominative, gender, cases)
    respell: Callable[[str], tuple] | None = None   # a first name's spellings, the language's own first
    # whether a name that may be a nominative as written is read when the surname list knows
    # the reading's surname but not the written one (Jana Nowaka: Jana is a first name too)
    by_surnames: bool = False


def first_name_readings(word: str, given, lang: Declension) -> list[tuple[str, str, tuple[int, ...]]]:
    """(nominative, genders, cases) of a known first name in a case form: Игорем -> Игорь, instrumental."""
    out = []
    for ending, classes in lang.first.items():
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem, masculine = word[:-len(ending)], False
        for nominative_end, genders, cases, stem_ends in classes:
            if masculine and genders == "m" or stem_ends is not None and stem[-1] not in stem_ends:
                continue
            for first in lang.respell(stem + nominative_end) if lang.respell else (stem + nominative_end,):
                if first.casefold() in given:
                    out.append((first, genders, cases))
                    masculine = masculine or genders == "m"
                    break
    return out


def paradigm(word: str, gender: str, case: int, table) -> str | None:
    """A surname of a suffix's paradigm in the nominative: ``table`` holds (gender, the
    stem's ends, the nominative's ending, the endings by case)."""
    for g, stems, nominative_end, endings in table:
        for ending in endings[case] if g == gender else ():
            if word.endswith(ending) and word[:-len(ending)].endswith(stems):
                return word[:-len(ending)] + nominative_end
    return None


def nominative(name: str, given, lang: Declension, surnames=frozenset()) -> str | None:
    """A person's name "First [Patronymic] Surname" in a case form in the nominative, read
    by the case of its first name, a known one (``given``; ``surnames``, casefolded, for
    ``lang.by_surnames``). None for a name that may be in the nominative as written, and
    where the first name is unknown or the reading unsure."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or not all(lang.word.fullmatch(w) for w in words):
        return None
    if as_written := lang.written(words[0], words[-1], given):
        if not lang.by_surnames or words[-1].casefold() in surnames:
            return None
    middle = lang.middle(words[1]) if len(words) == 3 and lang.middle else None
    if len(words) == 3 and middle is None:
        return None
    found = set()
    for first, genders, cases in first_name_readings(words[0], given, lang):
        for gender in genders:
            for case in cases:
                if middle is not None and (gender != middle[1] or case not in middle[2]):
                    continue
                if (surname := lang.surname(words[-1], gender, case)) is not None \
                        and not (as_written and surname.casefold() not in surnames):
                    found.add(" ".join([first] + ([middle[0]] if middle else []) + [surname]))
    return _unique(found)


def _unique(found: set) -> str | None:
    """The one reading found; None for none, several, or an unsure one (None among them)."""
    return found.pop() if len(found) == 1 else None


# -- Polish ---------------------------------------------------------------------------------------
_PL_CONS = "bcćdfghjklłmnńprsśtwzźżqvx"
_PL_HARD = "bdfhłmnprstwzqvx"   # (-y in the genitive; -i after k g l j)
_PL_IE = "bfmnpswz"   # (-ie in the locative; Christie, Jolie are no Polish case forms)
_PL_SOFT = {"ć": "ci", "ś": "si", "ń": "ni", "ź": "zi"}   # Maćka -> Maciek
# a hard stem's dative/locative -e, by its ending: what the stem ends in (Dudzie -> Dud-a)
_PL_E = (("dzie", "d"), ("rze", "r"), ("cie", "t"), ("ce", "k"), ("dze", "g"), ("sze", "ch"), ("le", "ł"), ("ie", ""))
_PL_FIRST = {
    "a": (("", "m", _GA, _PL_CONS),),                                                 # Jana, Pawła (Paweł)
    "owi": (("", "m", (DAT,), _PL_CONS),), "em": (("", "m", (INS,), _PL_CONS),),       # Janowi, Janem
    "iem": (("", "m", (INS,), "kg"),),                                                # Markiem
    "u": (("", "m", (LOC,), "kghjzl"),),                                              # Andrzeju, Tomaszu, Marku
    "ie": (("", "m", (LOC,), _PL_IE), ("a", "f", _DL, _PL_IE)),                       # Janie, Annie
    **{e: ((s, "m", (LOC,), None),) * (e in ("dzie", "rze", "cie", "le")) + ((s + "a", "f", _DL, None),)
       for e, s in _PL_E[:-1]},                                                        # Piotrze, Barbarze, Oldze
    "ego": (("y", "m", _GA, None), ("", "m", _GA, "i")), "emu": (("y", "m", (DAT,), None), ("", "m", (DAT,), "i")),
    "ym": (("y", "m", (INS, LOC), None),), "im": (("i", "m", (INS, LOC), None),),      # Jerzego, Antoniemu
    "y": (("a", "f", (GEN,), _PL_HARD + "cż"),), "ii": (("ia", "f", (GEN, DAT, LOC), None),),   # Anny, Marii
    "i": (("a", "f", (GEN,), "kg"), ("a", "f", (GEN, DAT, LOC), "lj"), ("ia", "f", (GEN, DAT, LOC), "nszc")),
    "ę": (("a", "f", (ACC,), None),), "ą": (("a", "f", (INS,), None),),                # Annę, Anną, Marię
}
_PL_ADJECTIVAL = (   # Kowalski, Kowalska
    ("m", ("sk", "ck", "dzk"), "i", (("iego",), ("iemu",), ("iego",), ("im",), ("im",))),
    ("f", ("sk", "ck", "dzk"), "a", (("iej",), ("iej",), ("ą",), ("ą",), ("iej",))),
)
_PL_ADJECTIVE_FORM = re.compile(r"(?:sk|ck|zk)(?:i|a|iego|iemu|im|iej|ą)$")
# a man's consonant-final surname (Nowak) by case: (ending, letters the stem may end in)
_PL_MASCULINE = ((("a", _PL_CONS + "i"),), (("owi", _PL_CONS + "i"),), (("a", _PL_CONS + "i"),),
                 (("iem", "kg"), ("em", _PL_HARD + "cjlżi")), (("u", "kghjzlżi"),))
# a surname in -a (Duda, a man's or a woman's) by case: (ending, what the stem takes back,
# letters the stem may end in)
_PL_DATIVE = tuple((e, s + "a", _PL_IE if e == "ie" else None) for e, s in _PL_E)
_PL_IN_A = ((("y", "a", _PL_HARD + "cż"), ("i", "a", "kgl")), _PL_DATIVE, (("ę", "a", _PL_CONS),),
            (("ą", "a", _PL_CONS),), _PL_DATIVE)
# a surname's endings no nominative has (a woman's Kowalskiej, a man's Nowakowi, Nowaku; but
# Jana Kennedy, Annie Mackenzie may be women's names)
_PL_OBLIQUE = ("ego", "emu", "owi", "ej", "ą", "ę", "im", "ym", "em", "u")


def _pl_respell(first: str) -> tuple[str, ...]:
    if first[-1] in "kł" and first[-2] in _PL_CONS:   # Marka, Pawła: Marek, Paweł (before Mark)
        return first[:-2] + _PL_SOFT.get(first[-2], first[-2]) + "e" + first[-1], first
    return (first,)


def _pl_stem(stem: str) -> str | None:
    """A Polish man's consonant-final surname from its stem in a case form (Nowak- ->
    Nowak, Kaczmark- -> Kaczmarek, Kuroni- -> Kuroń, Wróbl- -> Wróbel); None where unsure."""
    if len(stem) < 2 or stem.endswith(("sk", "ck", "zk")):
        return None   # (Kowalska: a woman's)
    last, before = stem[-1], stem[-2]
    if last == "i":
        return stem[:-2] + {"n": "ń", "s": "ś"}[before] if before in "ns" else None   # Kuronia (Garcia, Gołębia: unsure)
    if last not in _PL_CONS or before not in _PL_CONS:
        return stem if last in _PL_CONS else None
    if last in "kl" and stem[-2:] != "lk":
        return stem[:-2] + _PL_SOFT.get(before, before) + "e" + last   # a mobile e (Wilka -> Wilk)
    return None if last in "cł" else stem   # Niemca (Niemiec), Kozła (Kozioł): unsure


def _pl_surname(word: str, gender: str, case: int) -> str | None:
    if _PL_ADJECTIVE_FORM.search(word):
        return paradigm(word, gender, case, _PL_ADJECTIVAL)
    if word.endswith(("ego", "emu", "ej", "ym", "im")):
        return None   # an adjective's case (Chrobrego): unsure
    if gender == "f" and word[-1] in _PL_CONS:
        return None if word.endswith(_PL_OBLIQUE) else word   # a woman's consonant-final surname does not decline
    found = set()
    for ending, stem_ends in _PL_MASCULINE[case] if gender == "m" else ():
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem[-1] in stem_ends:
            found.add(_pl_stem(stem))
            break   # (the first ending that fits: Nowakiem, not Nowaki-em)
    for ending, nominative_end, stem_ends in _PL_IN_A[case] if gender == "f" or case != LOC else ():
        # (not a man's locative: Janie Wronie, Wron's or Wrona's?)
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and (stem_ends is None or stem[-1] in stem_ends):
            found.add(stem + nominative_end)
            break   # (Dudzie: Dud-a, not Dudz-a)
    return _unique(found)


def _pl_written(first: str, surname: str, given) -> bool:
    # Jana, Annie, Anny are first names too (Czech, English): Jana Nowaka may be a woman's name
    return (first[-1] not in "ąę" and first.casefold() in given or first.endswith("sława")) \
        and not surname.endswith(_PL_OBLIQUE)


POLISH = Declension(re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+"), _PL_FIRST, _pl_surname, _pl_written,
                    respell=_pl_respell, by_surnames=True)


# -- Czech ----------------------------------------------------------------------------------------
_CS_CONS = "bcčdďfghjklmnňpqrřsštťvwxzž"
_CS_SOFT = "cčďjňřšťž"
_CS_HARD = "bdfghklmnpqrstvwxz"
_CS_MOBILE = {"ň": "ně", "ď": "dě", "ť": "tě"}   # Zdeňka -> Zdeněk
_CS_FIRST = {
    "a": (("", "m", _GA, _CS_HARD),), "e": (("", "m", _GA, _CS_SOFT), ("e", "f", (GEN,), "i"), ("a", "f", _DL, "lsz")),
    "ovi": (("", "m", _DL, _CS_CONS),), "em": (("", "m", (INS,), _CS_CONS),),        # Janovi, Janem
    "u": (("", "m", _DL, _CS_HARD), ("a", "f", (ACC,), None)),                      # Janu (his dative, her accusative)
    "i": (("", "m", _DL, _CS_SOFT), ("e", "f", (DAT, ACC, LOC), "i")),              # Tomáši, Marii
    "ího": (("í", "m", _GA, None),), "ímu": (("í", "m", (DAT,), None),), "ím": (("í", "m", (INS, LOC), None),),   # Jiřího
    "y": (("a", "f", (GEN,), _CS_HARD),), "ě": (("a", "f", _DL, "bdfmnptv"),),       # Jany, Janě
    "ře": (("ra", "f", _DL, None),), "ce": (("ka", "f", _DL, None),), "ze": (("ga", "f", _DL, None),),
    "ou": (("a", "f", (INS,), None),), "í": (("e", "f", (INS,), "i"),),            # Janou, Marií
}
_CS_ADJECTIVAL = (   # Černý, Dvorský, Krejčí; Nováková, Černá
    ("m", "", "ý", (("ého",), ("ému",), ("ého",), ("ým",), ("ém",))),
    ("m", "", "í", (("ího",), ("ímu",), ("ího",), ("ím",), ("ím",))),
    ("f", "", "á", (("é",), ("é",), ("ou",), ("ou",), ("é",))),
)
# a man's consonant-final surname by case: (ending, letters the stem may end in); the dative
# -ovi only after a soft consonant or in -ák -ík (Svobodovi: Svobod's or Svoboda's?)
_CS_MASCULINE = ((("a", _CS_HARD), ("e", _CS_SOFT)), (("ovi", None),), (("a", _CS_HARD), ("e", _CS_SOFT)),
                 (("em", _CS_CONS),), (("ovi", None),))
_CS_IN_A = (("y",), (), ("u",), ("ou",), ())   # a man's surname in -a (Svoboda): Svobody, Svobodu, Svobodou
_CS_OBLIQUE = ("ovi", "ého", "ému", "ým", "ém", "ího", "ímu", "ím", "ou", "é", "em")


def _cs_respell(first: str) -> tuple[str, ...]:
    if first[-1] in "kcl" and first[-2] in _CS_CONS:   # Pavla, Karla, Zdeňka: Pavel, Karel, Zdeněk
        return first[:-2] + _CS_MOBILE.get(first[-2], first[-2] + "e") + first[-1], first
    return (first,)


def _cs_stem(stem: str) -> str | None:
    """A Czech man's consonant-final surname from its stem in a case form (Novák- -> Novák,
    Hájk- -> Hájek, Němc- -> Němec, Vaňk- -> Vaněk, Vlk- -> Vlk); None where unsure."""
    if len(stem) < 2 or stem[-1] not in _CS_CONS:
        return None
    if stem[-1] not in "kcl" or stem[-2] not in _CS_CONS or stem[-2:] == "lk":
        return stem
    if stem[-2] in "lr" or stem[-2] == "n" and stem[-3:-2] not in ("í", "i"):
        return None   # Marka, Franka: Mark or Marek? (but Jelínka -> Jelínek)
    return stem[:-2] + _CS_MOBILE.get(stem[-2], stem[-2] + "e") + stem[-1]


def _cs_surname(word: str, gender: str, case: int) -> str | None:
    found = set() if (adjectival := paradigm(word, gender, case, _CS_ADJECTIVAL)) is None else {adjectival}
    if gender == "f":
        if word[-1] in _CS_CONS and not word.endswith(_CS_OBLIQUE):
            found.add(word)   # a foreign woman's surname does not decline (Janě Smith)
        return _unique(found)
    for ending, stem_ends in _CS_MASCULINE[case]:
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem and (stem[-1] in stem_ends if stem_ends else
                                               stem[-1] in _CS_SOFT or stem.endswith(("ák", "ík", "ýk", "ůk"))):
            found.add(_cs_stem(stem))
    for ending in _CS_IN_A[case]:
        if word.endswith(ending) and len(word) - len(ending) >= 2 and word[-len(ending) - 1] in _CS_CONS:
            found.add(word[:-len(ending)] + "a")
    return _unique(found)


def _cs_written(first: str, surname: str, given) -> bool:
    # Jana, Petra, Pavla are women's names too (Jana Kennedy, Petra Svoboda)
    return (first[-1] != "ě" and first.casefold() in given or first.endswith("slava")) \
        and not surname.endswith(_CS_OBLIQUE)


CZECH = Declension(re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"), _CS_FIRST, _cs_surname, _cs_written,
                   respell=_cs_respell, by_surnames=True)


# -- Ukrainian ------------------------------------------------------------------------------------
_UK_CONS = "бвгґджзклмнпрстфхцчшщ"
_UK_VOWELS = "аеєиіїоуюя"
_UK_FIRST = {
    "а": (("о", "m", _GA, _UK_CONS), ("", "m", _GA, _UK_CONS)),                   # Петра (Петро), Івана
    "ові": (("о", "m", _DL, _UK_CONS), ("", "m", _DL, _UK_CONS)),
    "у": (("о", "m", (DAT,), _UK_CONS), ("", "m", (DAT,), _UK_CONS), ("а", "mf", (ACC,), None)),   # Івану, Олену
    "ом": (("о", "m", (INS,), _UK_CONS), ("", "m", (INS,), _UK_CONS)),
    "я": (("й", "m", _GA, _UK_VOWELS), ("ь", "m", _GA, _UK_CONS), ("", "m", _GA, "р")),   # Андрія, Василя, Ігоря
    "єві": (("й", "m", _DL, _UK_VOWELS),), "єм": (("й", "m", (INS,), _UK_VOWELS),),
    "еві": (("ь", "m", _DL, _UK_CONS), ("", "m", _DL, "рчшжщ")), "ем": (("ь", "m", (INS,), _UK_CONS), ("", "m", (INS,), "рчшжщ")),
    "ю": (("й", "m", (DAT,), _UK_VOWELS), ("ь", "m", (DAT,), _UK_CONS), ("", "m", (DAT,), "р"), ("я", "mf", (ACC,), None)),
    "и": (("а", "mf", (GEN,), _UK_CONS),),                                       # Олени, Ольги, Миколи
    "і": (("а", "mf", _DL, _UK_CONS), ("я", "mf", (GEN, DAT, LOC), _UK_CONS)),      # Олені
    "зі": (("га", "mf", _DL, None),), "ці": (("ка", "mf", _DL, None),), "сі": (("ха", "mf", _DL, None),),   # Ользі
    "ї": (("я", "mf", (GEN, DAT, LOC), _UK_VOWELS),),                           # Марії
    "ою": (("а", "mf", (INS,), None),), "ею": (("я", "mf", (INS,), _UK_CONS),), "єю": (("я", "mf", (INS,), _UK_VOWELS),),
}
_UK_SUFFIXED = (   # Іванов, Путін, Сухомлинський; Іванова, Сухомлинська
    ("m", ("ов", "ев", "єв", "ін", "їн", "ин"), "", (("а",), ("у",), ("а",), ("им",), ("у",))),   # (Іванові: Іван's dative)
    ("m", ("ськ", "цьк", "зьк"), "ий", (("ого",), ("ому",), ("ого",), ("им",), ("ому", "ім"))),
    ("f", ("ов", "ев", "єв", "ін", "їн", "ин"), "а", (("ої",), ("ій",), ("у",), ("ою",), ("ій",))),
    ("f", ("ськ", "цьк", "зьк"), "а", (("ої",), ("ій",), ("у",), ("ою",), ("ій",))),
)
_UK_SUFFIX_FORM = re.compile(r"(?:ов|ев|єв|ін|їн|ин)(?:а|у|им|ої|ій|ою)?$|(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою)$")
_UK_ADJECTIVE_FORM = ("ого", "ому", "ий", "ій", "ої", "им", "ім")
# a man's surname of a noun's declension by case: (ending, soft); Ковальчук, Коваль, Шевченко
_UK_NOUN = ((("а", False), ("я", True)), (("ові", False), ("у", False), ("еві", True), ("єві", True), ("ю", True)),
            (("а", False), ("я", True)), (("ом", False), ("ем", True), ("єм", True)),
            (("ові", False), ("еві", True), ("єві", True)))
# stems whose dative -у is a case form (Ковальчуку, Шевченку; Шойгу does not decline)
_UK_NOUN_STEMS = ("ук", "юк", "ик", "ак", "як", "ч", "ш", "ян", "нк", "йк", "чк", "ар", "яр")
# a surname's endings no nominative has (Володимира is a woman's name too: Володимира Зеленського
# is a man's genitive, Володимира Іваненко may be her nominative)
_UK_OBLIQUE = ("ого", "ому", "им", "ім", "ої", "ій", "ою", "ові", "еві", "єві", "ом", "ем", "єм", "у", "ю")


def _uk_stem(stem: str, soft: bool) -> str | None:
    """A Ukrainian man's surname from its stem in a case form: Ковальчук- -> Ковальчук,
    Шевченк- -> Шевченко, Ковал- (soft) -> Коваль, Кравц- -> Кравець, Гайда- -> Гайдай."""
    last = stem[-1]
    if last in _UK_VOWELS:
        return stem + "й" if soft else None
    if last not in _UK_CONS:
        return None
    if not soft:
        return stem + "о" if last == "к" and stem[-2] in _UK_CONS + "йь" else stem
    if last in "рчшжщ":
        return stem   # Бондаря, Ткачем
    return stem[:-1] + "ець" if last == "ц" and stem[-2] in _UK_CONS else stem + "ь"


def _uk_surname(word: str, gender: str, case: int) -> str | None:
    if _UK_SUFFIX_FORM.search(word):
        return paradigm(word, gender, case, _UK_SUFFIXED)
    if word.endswith(_UK_ADJECTIVE_FORM):
        return None   # an adjective's declension without those suffixes (Чорного): unsure
    if gender == "f":   # a woman's surname in a consonant or -о does not decline (Олени Ковальчук, Шевченко)
        return word if (word[-1] in _UK_CONS + "ьйо") and not word.endswith(("ом", "ем", "єм")) else None
    found = set()
    for ending, soft in _UK_NOUN[case]:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and (ending != "у" or stem.endswith(_UK_NOUN_STEMS)):
            found.add(_uk_stem(stem, soft))
    return _unique(found)


def _uk_patronymic(word: str) -> tuple[str, str, tuple[int, ...]] | None:
    """(nominative, gender, cases) of a patronymic in a case form: Івановичем -> Іванович."""
    if (m := re.fullmatch(r"(.+ич)(а|у|еві|ем)", word)) is not None:
        return m.group(1), "m", {"а": _GA, "у": (DAT,), "еві": _DL}.get(m.group(2), (INS,))
    if (m := re.fullmatch(r"(.+[ії]вн)(и|і|у|ою)", word)) is not None:
        return m.group(1) + "а", "f", {"и": (GEN,), "і": _DL, "у": (ACC,)}.get(m.group(2), (INS,))
    return None


UKRAINIAN = Declension(re.compile(r"[А-ЩЬЮЯҐЄІЇ][а-щьюяґєії'’ʼ]+"), _UK_FIRST, _uk_surname,
                       lambda first, surname, given: first.casefold() in given and not surname.endswith(_UK_OBLIQUE),
                       middle=_uk_patronymic)
