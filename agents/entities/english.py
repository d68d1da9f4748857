"""English rules for names the knowledge base does not know.

English capitalises proper names only, so a capitalised run in mid-sentence is a name even
when its words are ordinary ones (Bramley Cathedral, Hilda Marchbank); what kind of name
it is, its own last or first word often says (a head noun: Court, Police, Cathedral,
Valley; River, County), or the words around it: a preposition of place (in, near), a
lower-case noun for a place after it (the Brakwater district), a known place after a
comma (Kastrup, Ohio), an occupation or title before it (ward councillor X), the article
"the", which English gives an organisation's or a shop's name and never a person's (the
Kwik Fit on Main Street).

Word lists are general English grammar and vocabulary (a style guide's heads of names, a
dictionary's occupations), never names.  Everything here runs for ``code == "en"`` only.
"""

from __future__ import annotations

import re

from .kb import get_kb

# English month and weekday names and their abbreviations: the calendar words that cannot
# open a name in English (the shared list holds other languages' too: "sam", "mar", "ven")
CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun""".split())

# the last word of an organisation's name (a style guide's heads: the Appeal Court, Kent
# Police, the Harbour Guard, the Safety Office, the Weather Bureau)
ORG_HEADS = frozenset("""council police constabulary court tribunal agency office administration authority
department commission committee board bureau institute society trust club union association federation
foundation company corporation group bank university college school academy hospital ministry party guard
troopers army navy brigade corps directorate service services cooperative co-operative airline airlines
airways aviation parliament assembly senate congress""".split())

# the last word of a place's or a building's name (Bramley Cathedral, Bramley Moor, the
# Brakwater Valley, the Kesh Peninsula, the Orlow Auditorium, the Leeds Street Bridge)
PLACE_HEADS = frozenset("""cathedral castle abbey priory chapel minster moor moors valley peninsula auditorium
highway motorway bay beach forest hill hills heath falls glen gorge canyon desert plateau coast reservoir
estuary creek quay pier wharf harbour harbor tunnel mountain mountains range ridge isles strait gulf sea ocean
borough parish township crescent terrace street road avenue lane boulevard bridge square park gardens
river island islands county district arena stadium airport garden""".split())

# words that open a place's name, which they are part of (River Teme, County Antrim,
# Mount Kenya, Isle of Wight)
PLACE_OPENERS = frozenset("river lough loch lake mount isle county fort".split())

# prepositions after which an unknown name is where something happens or lies
PLACE_PREPOSITIONS = frozenset("in near outside from".split())
# nouns before "of" that take a place: north of X, the outskirts of X, residents of X
PLACE_OF = re.compile(r"(?<![\w-])(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts"
                      r"|residents|suburbs|centre|center|heart|mayor|town|village|city) of"
                      r"|(?:villages|towns|cities|places|countries|regions|areas|communities) such as) \Z",
                      re.IGNORECASE)

# lower-case nouns for a place after its name (the Brakwater district, the Kesh range)
PLACE_NOUNS_AFTER = frozenset("""district village town county province region range valley river suburb
township neighbourhood neighborhood municipality island peninsula area""".split())

# lower-case occupations, offices and titles that stand before a person's name in
# apposition (chief executive X, ward councillor X, owner X, winger X): a style guide's list
PERSON_NOUNS = frozenset("""executive chief director manager councillor councilor owner trustee farmer
winger striker forward midfielder defender goalkeeper keeper coach publican singer songwriter teacher
headteacher principal spokesman spokeswoman spokesperson minister president senator governor mayor lawyer
attorney judge actor actress writer author novelist poet journalist reporter photographer artist painter
musician rapper guitarist drummer pianist composer producer chef doctor nurse surgeon professor researcher
scientist economist analyst historian engineer architect student pupil resident shopkeeper fisherman
founder co-founder chairman chairwoman chair secretary treasurer campaigner activist volunteer officer
constable sergeant inspector detective superintendent captain skipper pilot driver rider cyclist runner
swimmer boxer player batsman bowler jockey trainer landlord landlady proprietor baker butcher brewer vicar
priest bishop rabbi imam pastor reverend alderman congressman congresswoman lawmaker legislator
grandmother grandfather mother father son daughter wife husband brother sister uncle aunt cousin widow""".split())

# what follows a person's name of two or three words: a verb of saying, "who", "and her"
SAYS = re.compile(r" (?:said|says|told|and (?:his|her))(?![\w-])|, who ")
# what a club's name follows in a match report (a defeat by X, a draw with X, beat X)
MATCH_BEFORE = re.compile(r"(?<![\w-])(?:defeat by|defeat to|win over|victory over|draw with|loss to|lost to|beat) \Z")

# a word before a position, lower-cased, with only spaces between (else "")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) +\Z")
_SENTENCE_END = frozenset(".!?:;\"“”()[]\n")


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, lower-cased ('' if punctuation stands between)."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def mid_sentence(text: str, start: int) -> bool:
    """No sentence starts at ``start``: English capitals there mark a name."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] not in _SENTENCE_END


# capitalised before "of", the municipal corporation: the City of Welland, the Town of X
MUNICIPAL_HEADS = frozenset("city town borough municipality township".split())


def municipal_body(words: list[str]) -> bool:
    """"City of X", "Borough of X" (lower-cased words): the council, not the place."""
    return len(words) >= 3 and words[0] in MUNICIPAL_HEADS and words[1] == "of"


def head_type(words: list[str]) -> str | None:
    """"ORG" or "LOC" when the run's own head noun says which (lower-cased words)."""
    if len(words) < 2:
        return None
    if municipal_body(words):
        return "ORG"
    if words[-1] in ORG_HEADS:
        return "ORG"
    if words[-1] in PLACE_HEADS or words[0] in PLACE_OPENERS:
        return "LOC"
    return None


def headed_run(text: str, start: int, words: list[str], top: frozenset[str]) -> bool:
    """A run whose head noun names an organisation or a place: every capitalised word
    before the head is part of the name, a common adjective too (the National Safety
    Office, the International Chess Club), and at a sentence start a word beyond the
    commonest (Ashby High School; not "The" of "The Appeal Court")."""
    return len(words) >= 2 and head_type(words) is not None and (mid_sentence(text, start) or words[0] not in top)


def pair_joiner(words: list[str], given: frozenset[str]) -> int:
    """Where "and" joins two names in one capitalised run (lower-cased ``words``), else 0:
    two one-word names (Ashby and Brakwell), or two people, the second maybe after a
    capitalised party or title (Mary Jones and Democrat John Smithers). Not before an
    organisation's head (Coal and Steel Company)."""
    if "and" not in words or head_type(words) is not None:
        return 0
    k = words.index("and")
    if len(words) == 3 and k == 1:
        return 1
    if k >= 2 and any(w in given for w in words[:k - 1]) and any(w in given for w in words[k + 1:k + 3]):
        return k
    return 0


def common_words_name(text: str, start: int, words: list[str], top: frozenset[str]) -> bool:
    """A run of capitalised dictionary words (lower-cased ``words``) that English makes a
    name by its capitals alone, in mid-sentence, when a word is beyond the commonest
    (Hilda Marchbank, Bramley Cathedral; not the Golf Club); at a sentence start, when
    that word opens it (Ashby High School)."""
    return (mid_sentence(text, start) or words[0] not in top) and any(w not in top for w in words)


def _known_place_after_comma(text: str, end: int) -> bool:
    """", Ohio", ", Victoria": a known place in apposition names the region of the one before."""
    if not text.startswith(", ", end) or end + 2 >= len(text) or not text[end + 2].isupper():
        return False
    m = re.match(r"[^\W\d_][\w'’-]*(?: [A-Z][\w'’-]*)?", text[end + 2:end + 40])
    if m is None:
        return False
    kb = get_kb()
    for name in (m.group(), m.group().split(" ")[0]):
        ent = kb.lookup(name, True, "en")
        if ent is not None and ent.type == "LOC":
            return True
    return False


def _place_noun_after(text: str, end: int) -> bool:
    m = re.match(r" ([a-z]+)", text[end:end + 20])
    return m is not None and m.group(1) in PLACE_NOUNS_AFTER


_LIST_GAP = re.compile(r"(?:,? and|,) ")


def _listed_after(text: str, start: int, prev) -> str | None:
    """The type of the name right before, when "and" (or a comma, for a place: Kastrup,
    Ohio) joins the two: one list holds things of one kind."""
    if prev is None or prev.type not in ("LOC", "ORG", "PER") or not _LIST_GAP.fullmatch(text, prev.end, start):
        return None
    return prev.type if prev.type == "LOC" or "and" in text[prev.end:start] else None


def run_type(text: str, start: int, end: int, words: list[str], etype: str, prev=None) -> str:
    """The type of an unknown name at [start, end) (lower-cased ``words``) that English
    grammar gives it, else ``etype``: its head noun; for a name of unknown kind (or a
    person's only by a first name) the words around it. ``prev``: the name found before."""
    if (head := head_type(words)) is not None:
        return head
    if etype not in ("MISC", "PER"):
        return etype
    before = word_before(text, start)
    if etype == "MISC" and before in PERSON_NOUNS and len(words) <= 3:
        return "PER"
    if before in PLACE_PREPOSITIONS and (etype == "MISC" or before == "near") \
            or etype == "MISC" and (_place_noun_after(text, end) or _known_place_after_comma(text, end)
                                    or PLACE_OF.search(text, max(0, start - 30), start) is not None):
        return "LOC"
    if etype == "MISC" and (listed := _listed_after(text, start, prev)) is not None:
        return listed
    if etype == "MISC" and MATCH_BEFORE.search(text, max(0, start - 14), start) is not None:
        return "ORG"
    if before == "the" and not any(c.isdigit() for c in text[start:end]):
        return "ORG"   # the article: no person's name takes it (the Kwik Fit)
    if etype == "MISC" and 2 <= len(words) <= 3 and SAYS.match(text, end):
        return "PER"
    return etype


_SAINT_BEFORE = re.compile(r"(?<![\w-])St\.? \Z")
# roads numbered after their head: State Highway 12, Route 66, Interstate 95
ROAD_HEADS = frozenset("highway route interstate motorway".split())
_ROAD_NUMBER = re.compile(r" [0-9]{1,4}[A-Z]?(?![\w-])")


def name_span(text: str, start: int, end: int, last: str, etype: str) -> tuple[int, int]:
    """The name's span with what English writes around it as part of it: "St" (Saint)
    before an organisation's or a place's name (St Columba's High School), a road's
    number after its head (State Highway 12)."""
    if etype not in ("ORG", "LOC"):
        return start, end
    if (m := _SAINT_BEFORE.search(text, max(0, start - 4), start)) is not None:
        start = m.start()
    if etype == "LOC" and last in ROAD_HEADS and (m := _ROAD_NUMBER.match(text, end)) is not None:
        end = m.end()
    return start, end


_OPENER_BEFORE = re.compile(r"(?<![\w-])(River|Lough|Loch|Lake|Mount|Isle|County|Fort) \Z")
_OPENER_ENDS = tuple(w + " " for w in "River Lough Loch Lake Mount Isle County Fort".split())
_MUNICIPAL_BEFORE = re.compile(r"(?<![\w-])(City|Town|Borough|Municipality|Township) of \Z")
# capitalised words after a name, up to six, the last a head noun (" City Council"): the
# longest such run, found by the regex engine (asked after every known place and body)
_HEADED_AFTER = re.compile(r"(?: (?:and |& |of )?[A-Z][\w'’-]*){0,5} (?:and |& |of )?("
                           + "|".join(sorted((h[0].upper() + h[1:] for h in ORG_HEADS | PLACE_HEADS), key=len, reverse=True))
                           + r")(?![\w'’-])")


def place_in_longer_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The longer name a known place at [start, end) is part of, as (start, end, type): a
    place's opening head before it (River Teme, County Antrim: the same place), or
    capitalised words after it that end in a head noun (Kent Police, Leeds City Council:
    an organisation; Leeds Street Bridge: another place), or "City of" before it (the
    City of Welland: the municipal body)."""
    # (one C-level test before each regex: this runs for every known place)
    if text.endswith(_OPENER_ENDS, 0, start) and (m := _OPENER_BEFORE.search(text, max(0, start - 8), start)):
        return m.start(), end, "LOC"
    if text.endswith(" of ", 0, start) and (m := _MUNICIPAL_BEFORE.search(text, max(0, start - 16), start)):
        return m.start(), end, "ORG"
    after = headed_after(text, end)
    return (start, *after) if after else None


# the field of a body after its head noun ("Department of Transportation", "Court of Criminal
# Appeals", "Department of Fish and Wildlife"): "of" and capitalised words, "and" between two
_OF_FIELD = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?:(?: and| &) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?"
                       r"(?![\w'’-])")


def headed_after(text: str, end: int) -> tuple[int, str] | None:
    """(end, type) of the capitalised words right after ``end`` when they end in an
    organisation's or a place's head noun (" Police", " Street Bridge", " Medical School"):
    with the name before them, a longer name; an organisation's with its field ("Texas
    Department of Transportation"), unless what follows "and" is a known name of its own
    ("... of Transportation and Houston Police")."""
    if not text.startswith(" ", end) or end + 1 >= len(text) or not text[end + 1].isupper() \
            or (m := _HEADED_AFTER.match(text, end)) is None:
        return None
    if m.group(1).lower() not in ORG_HEADS:
        return m.end(), "LOC"
    if text.startswith(" of ", m.end()) and (field := _OF_FIELD.match(text, m.end())) is not None:
        tail = field.group()
        cut = max(tail.rfind(" and "), tail.rfind(" & "))
        if cut > 0 and get_kb().lookup(tail[cut:].split()[1]) is not None:
            tail = tail[:cut]
        return m.end() + len(tail), "ORG"
    return m.end(), "ORG"
