"""Hebrew names (``he``): what Hebrew grammar and spelling say about them. Hebrew writes no
capitals, so, as in Arabic and Persian (``arabic.py``, ``persian.py``), a name shows by the
words around it:

* one-letter prefixes are glued before a name and stay outside it: the conjunction ו, the
  prepositions ב ל מ כ, the relative ש and the article ה (בירושלים, ולחיפה, האו"ם). After
  ב ל כ the article drops (לכנסת is ל + הכנסת), so a known name with the article is read
  there without it (``article_hits``);
* an organisation's or a place's name opens with a head noun in the construct state (משרד
  הבריאות, עיריית X, רשות הטבע והגנים, נחל X, רחוב X), or with the head, the article and
  an adjective (הלשכה המרכזית לסטטיסטיקה), part of the name; some heads only say what kind
  of place or firm follows (שכונת X, מושב X, חברת X) and stay outside (``headed_names``);
* a legal form closes a company's name (X בע"מ);
* a person's name follows a role (המאמן X Y, ראש העירייה X Y) or a verb of saying that
  stands before its subject after a quotation (אמרה X Y, תושבת ...), or a known first name
  opens a family name the knowledge base knows (``hebrew_people``);
* a town follows the word for its residents (תושבי X), or an organisation's name as its
  seat (בית החולים X בY).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import AliasHit, common_words, get_kb
from .names import Candidate

_L = "\u05D0-\u05EA"
# a word: letters, a geresh (ג'מייקה, סמוטריץ'), gershayim inside an acronym (מנכ"ל, בע"מ)
# and a hyphen between two parts (כהן-צדוק, בן-גוריון)
WORD = re.compile(f"[{_L}](?:[{_L}'\u05F3\u05F4]|[\"\u05F4](?=[{_L}])|-(?=[{_L}]))*")
# the one-letter prefixes: and, in, to, from, as, that, the
PREFIXES = "ובלמכשה"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# closed-class words: prepositions, conjunctions, pronouns, quantifiers, particles
HE_FUNCTION_WORDS = _words("""של את על עם אל כי גם לא זה זו זאת הוא היא הם הן אני אנחנו אתם אשר או אך אבל כל
בין לפי אחרי לאחר לפני מול נגד דרך בתוך כך עוד כבר יותר רק אם כמו ביותר שלה שלו שלהם שלהן אותו אותה אותם
עד מאז למרות בשל בעקבות לצד סמוך ליד שליד אצל תחת מעל מתחת כדי אף לגבי בלי ללא מן מפני אחר אחת אחד שני
שתי שלושה שלוש ארבעה חמישה יש אין היה היתה הייתה היו יהיה תהיה כאן שם פה עכשיו היום אתמול מחר השנה
השבוע הבוקר הערב הלילה ביום בשנה בשבוע בחודש כן כמה מה מי איך למה מדוע""")
# time words that end a name (משרד הבריאות השבוע ...)
HE_TIME_WORDS = _words("""יום שבוע חודש שנה בוקר ערב לילה צהריים ראשון שני שלישי רביעי חמישי שישי שבת
ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר""")

# -- heads of names ---------------------------------------------------------------------------
# heads of an organisation's name in the construct state, part of the name (משרד הבריאות,
# עיריית X, נבחרת X, רשות הטבע והגנים, קרן המטבע הבינלאומית)
ORG_CONSTRUCT_HEADS = _words("""משרד מפעלי רשות ועדת מועצת עיריית משטרת נבחרת פיקוד לשכת קרן אגודת תנועת יחידת
פרקליטות הסתדרות אוניברסיטת מכללת מוזיאון תיכון צבא חיל התאחדות איגוד ארגון מפלגת סיעת נציבות קופת
שירות בנק סוכנות מכון אקדמיית בורסת להקת תזמורת""")
# the same heads in the absolute state: with the article and an adjective they open a name
# (הלשכה המרכזית לסטטיסטיקה, המכללה האקדמית X, המרכז הרפואי X)
ORG_ABSOLUTE_HEADS = _words("""לשכה מכללה מרכז מועצה הסתדרות אוניברסיטה ועדה רשות קרן אגודה תנועה משטרה
מפלגה סוכנות מכון אקדמיה ספרייה תזמורת""")
# two-word heads whose name goes on with adjectives and a complement (בית המשפט המחוזי, בית
# הדין הבינלאומי לצדק)
ORG_COURT_HEADS = ("בית המשפט", "בית הדין")
# heads after which the institution's own name follows, the head outside it (בית החולים X,
# בית הספר X, חברת X, המאפייה X)
ORG_KIND_HEADS = ("בית החולים", "בית הספר", "חברת", "החברה", "קבוצת")
# heads of a place's name, part of it: landforms, roads, buildings and the construct nouns
# that Hebrew place names open with (נחל X, הרי X, רחוב X, ארמון X, קריית X, כפר X)
LOC_CONSTRUCT_HEADS = _words("""נחל הר הרי רכס עמק בקעת מכתש מפרץ כף אגם נמל רחוב שדרות כביש ככר כיכר
ארמון משכן היכל מבצר מצודת גשר ארץ עין קריית כפר גבעת רמת נווה מצפה טירת שדה פארק""")
# of those, the heads whose name may be a definite noun (הרי האטלס, ארמון האליזה, משכן
# הנשיא, רחוב הרב X); after the others a definite word makes a common noun (שדה התעופה)
LOC_DEFINITE_OK = _words("הר הרי עמק ארמון משכן היכל מבצר מצודת גבעת רחוב שדרות ככר כיכר")
# heads of a place's kind whose name follows them alone (שכונת X, מושב X, קיבוץ X)
LOC_KIND_HEADS = _words("שכונת שכונה מושב קיבוץ שמורת שמורה יישוב מחוז אזור חבל")
# heads of a settlement's kind that a name follows after an adjective (בכפר הבדואי X)
LOC_KIND_BEFORE_ADJECTIVE = _words("כפר עיר עיירה יישוב")
# words of a sports club's name before its town (as Real, Dynamo, Borussia): the
# associations' names (Maccabi, Hapoel, Beitar, Elitzur), "municipal" and the
# transliterated European ones
CLUB_WORDS = _words("""מכבי הפועל בית"ר אליצור עירוני ריאל אתלטיקו ספורטינג דינמו ספרטק בורוסיה אינטר""")
# legal forms that close a company's name
LEGAL_FORMS = ('בע"מ', "בעמ")


_ALL_HEADS = ORG_CONSTRUCT_HEADS | ORG_ABSOLUTE_HEADS | LOC_CONSTRUCT_HEADS | LOC_KIND_HEADS


@lru_cache(maxsize=1)
def _he_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Hebrew's 1,000 and 3,000 commonest words, and the whole list."""
    cw = common_words()
    return cw.top_n("he", 1000), cw.get_top("he"), cw.get("he")


def _stop(word: str) -> bool:
    """A word no name goes past: a closed-class word or a time word."""
    return word in HE_FUNCTION_WORDS or word in HE_TIME_WORDS


def _and_word(word: str) -> bool:
    """``word`` opens with the conjunction ו (ונתיבות), not with a foreign name's W (וושינגטון)."""
    return word[0] == "ו" and word[1:2] != "ו"


def _next_word(text: str, end: int):
    """The word one space after ``end``, or None."""
    return WORD.match(text, end + 1) if end + 1 < len(text) and text[end] == " " else None


def _is_adjective(word: str) -> bool:
    """A definite adjective of relation (nisba: המרכזית, הבינלאומי, הרפואית, האזורית) or
    of position (העליון, התחתונה, החדשה): what agrees with a definite head."""
    if len(word) < 4 or word[0] != "ה":
        return False
    return word.endswith(("י", "ית", "יים", "יות")) or word[1:] in HE_POSITION_ADJECTIVES


HE_POSITION_ADJECTIVES = _words("עליון עליונה תחתון תחתונה חדש חדשה גדול גדולה ישן ישנה כללי ראשי")


# -- the article on known names -----------------------------------------------------------
def _article_word(rest: str) -> bool:
    """``rest`` after a ה is a Hebrew word or an acronym, so the ה is the article (הגליל,
    האו"ם), not a foreign name's H (הודו, האג)."""
    first = rest.split(" ", 1)[0]
    return len(first) >= 3 and (first in _he_words()[2] or '"' in first or "\u05F4" in first)


def _prefix_before(text: str, s: int) -> str:
    """The letters glued before position ``s`` (the prefixes of a name there)."""
    j = s
    while j > 0 and "א" <= text[j - 1] <= "ת":
        j -= 1
    return text[j:s]


def _widened(text: str, h: AliasHit) -> AliasHit | None:
    """A known name as Hebrew writes it around: without the article it opens with
    (הגליל -> גליל); a region with its adjective of direction (גליל העליון); a known
    person with the first name before the family name (X מקרון); None for a place that
    is an everyday word after the article (הבלם "the brake": places take no article)."""
    s, e, ent = h
    if text[s] == "ה" and e - s > 3 and _article_word(text[s + 1:e]):
        s += 1
    elif ent.type == "LOC" and _prefix_before(text, s).endswith("ה") and text[s:e] in _he_words()[2]:
        return None
    if ent.type == "LOC":
        e = _direction_end(text, e)
    elif ent.type == "PER" and s > 1 and text[s - 1] == " ":
        first = WORD.match(text, s - 1 - len(_prefix_before(text, s - 1)))
        if first is not None and first.end() == s - 1 and first.group() in common_words().native_given:
            s = first.start()
    return AliasHit(s, e, ent) if (s, e) != (h.start, h.end) else h


def _direction_end(text: str, e: int) -> int:
    """The end of a region's name at ``e`` with its adjective of direction (גליל העליון)."""
    adj = _next_word(text, e)
    return adj.end() if adj is not None and adj.group()[0] == "ה" and adj.group()[1:] in HE_DIRECTIONS else e


# adjectives of direction and position that close a region's name (הגליל העליון, הנגב המערבי)
HE_DIRECTIONS = _words("""עליון עליונה תחתון תחתונה מערבי מערבית מזרחי מזרחית צפוני צפונית דרומי דרומית""")


def article_hits(text: str, hits: list) -> list:
    """The knowledge base's hits as ``_widened`` reads them, and its one-word names with
    the article read after ב ל כ, which drop it (לכנסת: כנסת)."""
    out = [w for h in hits if (w := _widened(text, h)) is not None]
    taken = bytearray(len(text) + 1)
    for h in out:
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    kb = get_kb()
    for m in WORD.finditer(text):
        s, w = m.start(), m.group()
        k = 2 if w[:1] in "וש" and w[1:2] in "בלכ" else 1 if w[0] in "בלכ" else 0
        if not k or taken[s] or len(w) - k < 3 or not _article_word(w[k:]):
            continue
        ent = kb.lookup("ה" + w[k:], False, "he")
        if ent is not None and ent.type in ("LOC", "ORG"):
            out.append(AliasHit(s + k, _direction_end(text, m.end()) if ent.type == "LOC" else m.end(), ent))
    return sorted(out, key=lambda h: h.start)


# -- names a head opens ----------------------------------------------------------------------
def _head_at(text: str, m: re.Match, heads: frozenset[str], article: str = "") -> int | None:
    """Where head word ``m`` (one of ``heads``) starts after its prefixes, or None;
    ``article``: "ה" when the head must be definite (הלשכה; after ב ל כ it is dropped:
    בלשכה)."""
    w = m.group()
    for k in range(0, min(3, len(w) - 2)):
        pre, rest = w[:k], w[k:]
        if any(c not in PREFIXES for c in pre) or rest not in heads:
            continue
        if article and not (pre.endswith("ה") or pre[-1:] in "בלכ"):
            continue
        if not article and "ה" in pre:
            continue
        return m.start() + k
    return None


def _definite_run(text: str, m: re.Match) -> tuple[int, bool]:
    """From a definite noun ``m`` on: more definite nouns joined by "and the" (הטבע והגנים)
    and definite adjectives (המטבע הבינלאומית): where the run ends, and whether an
    adjective ends it."""
    end, adjective = m.end(), False
    while (nxt := _next_word(text, end)) is not None:
        w = nxt.group()
        if w.startswith("וה") and len(w) > 3 and not _stop(w[1:]):
            end, adjective = nxt.end(), False
        elif _is_adjective(w):
            end, adjective = nxt.end(), True
        else:
            break
    return end, adjective


def _complement_end(text: str, end: int) -> int | None:
    """A complement with ל after a name's adjective (לסטטיסטיקה, לצדק, לעניינים מנהליים):
    where it ends, or None."""
    nxt = _next_word(text, end)
    if nxt is None or not nxt.group().startswith("ל") or len(nxt.group()) < 4 or _stop(nxt.group()[1:]):
        return None
    end = nxt.end()
    adj = _next_word(text, end)
    if adj is not None and adj.group().endswith(("יים", "ית", "יות")) and not adj.group().startswith("ה"):
        end = adj.end()   # (לעניינים מנהליים: an adjective that agrees with it)
    return end


def _seat_end(text: str, end: int, hit_at: dict) -> int | None:
    """A known place with ב right after a name (בית המשפט המחוזי בתל אביב), where it ends."""
    if end + 2 < len(text) and text[end] == " " and text[end + 1] == "ב":
        hit = hit_at.get(end + 2)
        if hit is not None and hit.entity.type == "LOC":
            return hit.end
    return None


def _rare_run(text: str, m: re.Match, most: int = 3, hit_at: dict | None = None) -> int | None:
    """A run of words outside the 3,000 commonest from ``m`` on (a name's: אלפנאר, בן-גוריון,
    תלמה ילין): where it ends, or None. A later word with a prefix letter (לריהוט, במרוקו)
    is no part of it, nor is "and" (ונתיבות) or a head word."""
    top = _he_words()[1]
    end = None
    while m is not None and most:
        w = m.group()
        if _stop(w) or w in top or w[0] == "ה" or _and_word(w) or w in _ALL_HEADS \
                or end is not None and w[0] in PREFIXES or hit_at and _in_hit(m, hit_at):
            break
        end, most = m.end(), most - 1
        m = _next_word(text, m.end())
    return end


def _in_hit(m: re.Match, hit_at: dict) -> bool:
    """Word ``m`` holds a known name, after one or two prefix letters (במרוקו)."""
    return any(m.start() + k in hit_at for k in range(3))


def _org_after_construct(text: str, i: int, hit_at: dict) -> int | None:
    """Where an organisation's name that a construct head opens ends; ``i``: the word after
    the head. A known place or organisation (עיריית X), a definite noun with its adjectives
    and a complement (קרן המטבע הבינלאומית, ועדת הכספים), or rare words (אגודת X)."""
    hit = hit_at.get(i)
    if hit is not None:
        return hit.end if hit.entity.type in ("LOC", "ORG") else None
    m = WORD.match(text, i)
    if m is None or _stop(m.group()) or _and_word(m.group()):
        return None
    w = m.group()
    if w in LOC_CONSTRUCT_HEADS:   # (מוזיאון ארץ X: a place's name in the body's)
        return _loc_after_construct(text, w, m.end() + 1, hit_at)
    if w[0] == "ה" and len(w) >= 3 and not _is_adjective(w):
        end, adjective = _definite_run(text, m)
        place = hit_at.get(end + 1) if text.startswith(" ", end) else None
        if place is not None and place.entity.type == "LOC":
            return place.end   # (אגודת השחמט X: the club of a town)
        if adjective:
            end = _complement_end(text, end) or _seat_end(text, end, hit_at) or end
        return end
    end = _rare_run(text, m, 3, hit_at)
    return end and (_seat_end(text, end, hit_at) or end)   # (אוניברסיטת X בY: its town is in its name)


def _org_after_absolute(text: str, i: int, hit_at: dict, court: bool = False) -> int | None:
    """Where a name that a definite head in the absolute state opens ends (הלשכה המרכזית
    לסטטיסטיקה, המכללה האקדמית X, בית המשפט המחוזי בX): an adjective, then a complement,
    a known place as its seat or a rare word; ``court``: or a complement alone."""
    m = WORD.match(text, i)
    if m is None:
        return None
    end = None
    if _is_adjective(m.group()):
        end, _ = _definite_run(text, m)
        end = m.end() if end is None else end
    elif not court:
        return None
    else:
        end = i - 1
    tail = _complement_end(text, end) or _seat_end(text, end, hit_at)
    if tail is None and end >= i and (nxt := _next_word(text, end)) is not None:
        tail = _rare_run(text, nxt, 2, hit_at)
    return tail or (end if end >= i and court else None)


def _loc_after_construct(text: str, head: str, i: int, hit_at: dict, loose: bool = False) -> int | None:
    """Where a place's name that a construct head opens ends (נחל X, הרי X, רחוב X 10,
    כביש 90, קריית X): a known place, a definite noun after the heads that take one, or a
    word outside the 1,000 commonest (``loose``: any word) and the rare words after it; a
    number after a road."""
    hit = hit_at.get(i)
    if hit is not None:
        return hit.end if hit.entity.type == "LOC" else None
    if head in ("כביש", "רחוב") and (num := re.match(r"\d+", text[i:i + 6])):
        return i + num.end()
    m = WORD.match(text, i)
    if m is None or _stop(m.group()) or m.group() in ("בן", "בת"):
        return None
    w = m.group()
    if w[0] == "ה":
        if head not in LOC_DEFINITE_OK or _is_adjective(w) or len(w) < 3:
            return None
        end = m.end()
        end = _rare_run(text, _next_word(text, end), 1, hit_at) or end   # (רחוב הרב X: a title, then the name)
    elif w in _he_words()[0] and not loose or loose and _and_word(w):
        return None   # (תושבי שדרות ונתיבות: the head is the town's name itself)
    else:
        end = m.end()
    if head == "רחוב" and (num := re.match(r" \d+\b", text[end:end + 6])):
        end += num.end()   # (רחוב X 10: the house's number)
    return end


def _club_end(text: str, i: int, hit_at: dict) -> int | None:
    """Where a club's name after its club word ends (מכבי X, עירוני קריית X): a known place,
    a place a construct head opens, or a word, two where the first is in the construct
    state (בני X, שירותי X)."""
    hit = hit_at.get(i)
    if hit is not None:
        return hit.end if hit.entity.type == "LOC" else None
    m = WORD.match(text, i)
    if m is None or _stop(m.group()):
        return None
    nxt = _next_word(text, m.end())
    if m.group() in ("בני", "בנות", "שירותי") and nxt is not None and not _stop(nxt.group()):
        return nxt.end()
    if m.group() in LOC_CONSTRUCT_HEADS:
        return _loc_after_construct(text, m.group(), m.end() + 1, hit_at)
    return None if m.group() in _he_words()[0] else m.end()


def _name_after_kind(text: str, i: int, hit_at: dict, etype: str) -> tuple[int, int] | None:
    """The name after a head that says only what kind of place or institution it names
    (שכונת X, מושב X, בכפר הבדואי X, בית החולים X, בית הספר היסודי "X"): a quoted name, a
    place a construct head opens, or a word; definite adjectives before it are skipped."""
    m = WORD.match(text, i)
    while m is not None and _is_adjective(m.group()) and text.startswith(" ", m.end()):
        i = m.end() + 1
        m = WORD.match(text, i)
    if text.startswith('"', i):
        close = text.find('"', i + 1)
        inner = text[i + 1:close]
        if 0 < close - i <= 25 and inner and all(WORD.fullmatch(w) for w in inner.split()):
            return i + 1, close
        return None
    if m is None or i in hit_at or _stop(m.group()) or m.group()[0] == "ה" or m.group() in _he_words()[0]:
        return None
    if etype == "LOC" and m.group() in LOC_CONSTRUCT_HEADS:
        end = _loc_after_construct(text, m.group(), m.end() + 1, hit_at)
        return (i, end) if end is not None else None
    return i, m.end()


def _headed_at(text: str, m: re.Match, hit_at: dict) -> tuple[int, int, str] | None:
    """The name head word ``m`` opens, as (start, end, type), or None."""
    e = m.end()
    if e + 1 >= len(text) or text[e] != " ":
        return None
    nxt = _next_word(text, e)
    if (s := _head_at(text, m, frozenset(("בית",)))) is not None and nxt is not None:
        pair = "בית " + nxt.group()
        if pair in ORG_COURT_HEADS and (end := _org_after_absolute(text, nxt.end() + 1, hit_at, True)):
            return s, end, "ORG"
        if pair in ORG_KIND_HEADS and (span := _name_after_kind(text, nxt.end() + 1, hit_at, "ORG")):
            return span[0], span[1], "ORG"
        return None
    if (s := _head_at(text, m, ORG_CONSTRUCT_HEADS)) is not None:
        end = _org_after_construct(text, e + 1, hit_at)
        return (s, end, "ORG") if end is not None else None
    if (s := _head_at(text, m, ORG_ABSOLUTE_HEADS, "ה")) is not None:
        end = _org_after_absolute(text, e + 1, hit_at)
        return (s, end, "ORG") if end is not None else None
    if (s := _head_at(text, m, LOC_CONSTRUCT_HEADS)) is not None:
        end = _loc_after_construct(text, text[s:e], e + 1, hit_at)
        return (s, end, "LOC") if end is not None else None
    if (s := _head_at(text, m, CLUB_WORDS)) is not None and (end := _club_end(text, e + 1, hit_at)):
        return s, end, "ORG"
    if _head_at(text, m, LOC_KIND_HEADS) is not None or _head_at(text, m, LOC_KIND_BEFORE_ADJECTIVE) is not None \
            and nxt is not None and _is_adjective(nxt.group()):
        span = _name_after_kind(text, e + 1, hit_at, "LOC")
        return (span[0], span[1], "LOC") if span is not None else None
    return None


def _legal_names(text: str) -> list[tuple[int, int, str]]:
    """A company's name that a legal form closes (X Y בע"מ): the words back to the
    sentence's start, a punctuation mark, a closed-class word or a head of kind (חברת)."""
    out = []
    for form in LEGAL_FORMS:
        for at in (j.start() for j in re.finditer(re.escape(form), text)):
            start, k = None, at - 1
            while k > 0 and text[k] == " " and len(text[start or at:at].split()) < 5:
                j = k
                while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'\"-"):
                    j -= 1
                w = text[j:k]
                if not WORD.fullmatch(w) or _stop(w) or w in ("חברת", "החברה", "חברה") or w.startswith("של"):
                    break
                start, k = j, j - 1
            if start is not None:
                out.append((start, at + len(form), "ORG"))
    return out


# the words for a place's residents, after which its name stands (תושבי X, תושבת X)
HE_RESIDENTS = _words("תושבי תושבת תושב תושבות")


def _place_word(text: str, m: re.Match | None, hit_at: dict, loose: bool = False) -> tuple[int, int, str] | None:
    """A town's name at ``m`` where the context says a place stands there: one a construct
    head opens (קריית X), or one word neither closed-class nor a head (nor, unless
    ``loose``, among the 1,000 commonest)."""
    if m is None or m.start() in hit_at:
        return None
    w = m.group()
    if w in LOC_CONSTRUCT_HEADS or w == "בית":
        end = _loc_after_construct(text, w, m.end() + 1, hit_at, True)
        if end is not None:
            return m.start(), end, "LOC"
        if not loose:
            return None   # (else the head word alone is the town's name: שדרות)
    if _stop(w) or w in _ALL_HEADS and w not in LOC_CONSTRUCT_HEADS or w in HE_ROLES or w[0] == "ה" \
            or not loose and w in _he_words()[0] or len(w) < 3 or w == "בית":
        return None
    return m.start(), m.end(), "LOC"


def _residents_places(text: str, m: re.Match, hit_at: dict) -> list | None:
    """The places after a word for their residents (תושבי X וY), or None."""
    if m.group() not in HE_RESIDENTS:
        return None
    first = _place_word(text, _next_word(text, m.end()), hit_at, True)
    if first is None:
        return None
    out = [first]
    if text.startswith(" ו", first[1]) and (m2 := WORD.match(text, first[1] + 2)) is not None:
        second = _place_word(text, m2, hit_at, True)
        if second is not None:
            out.append(second)
    return out


def _seat_place(text: str, end: int, hit_at: dict, taken: bytearray) -> tuple[int, int, str] | None:
    """The town right after a name, with ב or מ (בית החולים X בY, X בע"מ מY): the seat."""
    m = _next_word(text, end)
    if m is None or m.group()[0] not in "במ" or len(m.group()) < 4 or taken[m.start()]:
        return None
    inner = WORD.match(text, m.start() + 1)
    if inner is None or inner.start() in hit_at or inner.group() in _he_words()[1]:
        return None   # (בשעות הלילה, בכדורגל: a common noun)
    return _place_word(text, inner, hit_at)


def _coordinated_places(text: str, hits: list, named: list, taken: bytearray, hit_at: dict) -> list:
    """A word joined by "and" and the same preposition to a known place is a place too
    (בX ובY, מX ומY): either one may be the known one."""
    places = [(h.start, h.end) for h in hits if h.entity.type == "LOC"] + \
             [(s, e) for s, e, t in named if t == "LOC"]
    out = []
    for s, e in places:
        pre = _prefix_before(text, s)[-1:]
        if pre not in ("ב", "מ", "ל", "כ"):
            continue
        after = f" ו{pre}"
        if text.startswith(after, e) and (m := WORD.match(text, e + 3)) is not None and not taken[m.start()]:
            found = _place_word(text, m, hit_at, True)
        elif text[max(0, s - len(pre) - 2):s - len(pre)] == " ו" and s - len(pre) - 2 > 0:
            back = _words_back(text, s - len(pre) - 2)
            found = _place_word(text, WORD.match(text, back + 1), hit_at, True) \
                if back is not None and text[back] == pre and not taken[back] else None
        else:
            continue
        if found is not None and not any(taken[found[0]:found[1]]):
            out.append(found)
            taken[found[0]:found[1]] = b"\x01" * (found[1] - found[0])
    return out


def _words_back(text: str, end: int) -> int | None:
    """The start of the word that ends at ``end``, or None."""
    j = end
    while j > 0 and ("\u05D0" <= text[j - 1] <= "\u05EA" or text[j - 1] in "'\""):
        j -= 1
    return j if j < end else None


def headed_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names a head word opens or a legal form closes, as (start, end, type), and the
    knowledge base's hits kept (none inside such a name)."""
    hit_at = {h.start: h for h in hits}
    named = _legal_names(text) if "בע" in text else []
    taken = bytearray(len(text) + 1)
    for s, e, _ in named:
        taken[s:e] = b"\x01" * (e - s)
    for s, e, _ in list(named):
        if (seat := _seat_place(text, e, hit_at, taken)) is not None:
            named.append(seat)
            taken[seat[0]:seat[1]] = b"\x01" * (seat[1] - seat[0])
    for m in WORD.finditer(text):
        if taken[m.start()]:
            continue
        found = _residents_places(text, m, hit_at) or [_headed_at(text, m, hit_at)]
        for span in found:
            if span is not None and not any(taken[span[0]:span[1]]):
                named.append(span)
                taken[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
                seat = _seat_place(text, span[1], hit_at, taken)
                if seat is not None:
                    named.append(seat)
                    taken[seat[0]:seat[1]] = b"\x01" * (seat[1] - seat[0])
    named += _coordinated_places(text, hits, named, taken, hit_at)
    if not named:
        return hits, named
    return [h for h in hits if not any(taken[h.start:h.end])], named


def hebrew_named(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Hebrew's names by its grammar (see the module's docstring): the hits kept and the
    names found, as (start, end, type)."""
    hits = article_hits(text, hits)
    return headed_names(text, hits)


# -- people -----------------------------------------------------------------------------------
# roles, offices and occupations written before a person's name (general usage), in the
# construct state or with the article: ראש העירייה X, המאמן X, הבלם X
HE_ROLES = _words("""ראש נשיא נשיאת סגן סגנית שר שרת מזכיר מזכירת מזכ"ל יו"ר מנכ"ל מנכ"לית סמנכ"ל דובר דוברת
מנהל מנהלת מרכזת רכז רכזת קנצלר מלך מלכת נסיך יורש נגיד מפקד מפקדת רמטכ"ל מפכ"ל ניצב
אלוף תא"ל אל"מ סא"ל רס"ן סרן שגריר שגרירת קונסול מושל מושלת ח"כ חבר עו"ד ד"ר פרופ' הרב רב השופט
שופט שופטת התובע פרקליט פרקליטת מאמן המאמן עוזר העוזר השחקן השחקנית שחקן הכדורגלן הכדורסלן השוער הבלם
הקשר החלוץ המגן הרץ הרצה השחמטאי האצן המתאגרף הטניסאי הבעלים בעלת השף הטבח הזמר הזמרת הראפר המוזיקאי
הנגן הבמאי הבמאית השחקנית הסופר הסופרת המשורר המשוררת הצלם הצלמת העיתונאי העיתונאית הכתב הכתבת הפרשן
המנהל המנהלת המורה הגננת הרופא הרופאה האחות החוקר החוקרת הפרופסור המדען המדענית הממציא היזם היזמית
המייסד המייסדת המנכ"ל היו"ר הדובר הדוברת החקלאי הכומר השייח' האימאם האמן האמנית המעצב המעצבת
האדריכל האדריכלית הנהג השגריר הנשיא השר השרה הגנרל האלוף""")
# bodies a role belongs to, named by a common noun and its complement (יו"ר ועד העובדים X)
HE_COMMITTEES = _words("ועד ועדת מועצת הנהלת דירקטוריון")
# verbs of saying that stand before their subject after a quotation ("...", אמרה X Y,)
HE_SAYING_VERBS = _words("""אמר אמרה מסר מסרה סיפר סיפרה אומר אומרת מספר מספרת הוסיף הוסיפה ציין ציינה
הסביר הסבירה טען טוען טענה טוענת הדגיש הדגישה כתב כתבה צייץ צייצה הודיע הודיעה מזהיר מזהירה""")
# words that join a first name to the rest of a person's name (son of, father of)
HE_NAME_JOINERS = _words("בן בת אבו אבן אל")


def _name_words(text: str, m: re.Match | None, covered: bytearray, loose: bool = False) -> int | None:
    """Where a person's name of two words (three with a joiner: X בן Y, a nickname in
    quotes: X "Y" Z) from ``m`` on ends, or None: no closed-class, head or role word, none
    covered, a first word that is a common word (no listed first name) only before a rare
    one; ``loose``: any first word (a comma closes the name)."""
    given, top = common_words().native_given, _he_words()[1]
    if m is None or any(covered[m.start():m.end()]):
        return None
    first = m.group()
    if _name_stop(first):
        return None
    common_first = first in top and first not in given and not loose
    i, words = m.end(), 1
    while words < 3:
        if text.startswith(' "', i):   # (a nickname in quotes between the names)
            close = text.find('" ', i + 2)
            if close < 0 or close - i > 20:
                return None
            i = close + 1
        nxt = _next_word(text, i)
        if nxt is None or any(covered[nxt.start():nxt.end()]) or \
                _name_stop(nxt.group()) and nxt.group() not in HE_TIME_WORDS or common_first and nxt.group() in top:
            break   # (a month's name may be a family name: X מרץ)
        i, words = nxt.end(), words + 1
        if nxt.group() not in HE_NAME_JOINERS:
            return i
    return None


def _name_stop(word: str) -> bool:
    """A word no person's name holds: closed-class, time, head and role words."""
    return _stop(word) or word in _ALL_HEADS or word in HE_ROLES or word in HE_SAYING_VERBS \
        or word[0] == "ה" and _is_adjective(word)


def _after_role(text: str, m: re.Match, covered: bytearray) -> re.Match | None:
    """The word after a role and its complements (ראש העירייה, קנצלר X, יורש העצר הסעודי,
    ומנהלה ד"ר): definite words, known names and titles are skipped; None when a known person
    is the role's."""
    nxt = _next_word(text, m.end())
    for _ in range(4):
        if nxt is None:
            return None
        w = nxt.group()
        if covered[nxt.start()] == 2:
            return None   # the role's person is a known one (יורש העצר מוחמד בן סלמאן): no name after it
        if not (covered[nxt.start()] or w[0] == "ה" and len(w) > 2 and w not in common_words().native_given
                or w in HE_ROLES or w in HE_COMMITTEES):
            return nxt
        end = nxt.end()
        while covered[end - 1] and end < len(text) and covered[end]:
            end += 1   # (a known name of several words)
        nxt = _next_word(text, end)
    return None


def _role_word(w: str) -> bool:
    """``w`` is a role (HE_ROLES), after "and" or "that" (והמאמן, שהמנכ"ל) or "from" before
    the article (מהמאמן), or with a possessive suffix (מנהלה "its manager", מייסדיה "its
    founders")."""
    for pre in ("", "ו", "ש", "וש"):
        if not w.startswith(pre):
            continue
        rest = w[len(pre):]
        if rest in HE_ROLES or rest.startswith("מה") and rest[1:] in HE_ROLES:
            return True
        if any(rest.endswith(suf) and rest[:-len(suf)] in HE_ROLE_STEMS for suf in HE_POSSESSIVES):
            return True
    return False


# roles that take a possessive suffix before a name (מנהלה, מייסדיה, דוברו), and the suffixes
HE_ROLE_STEMS = _words("מנהל מנהלת מייסד מייסדי דובר דוברת מאמן בעל יו\"ר מנכ\"ל")
HE_POSSESSIVES = ("יה", "יו", "ה", "ו")


def hebrew_people(text: str, covered: bytearray) -> list[Candidate]:
    """People named after a role (ראש העירייה X Y, המאמן X Y) or after a verb of saying
    that stands before them, a comma or a stop closing the name (אמרה X Y, ...)."""
    out: list[Candidate] = []
    for m in WORD.finditer(text):
        w = m.group()
        if covered[m.start()]:
            continue
        if _role_word(w):
            after = _after_role(text, m, covered)
        elif w in HE_SAYING_VERBS and text[max(0, m.start() - 2):m.start()].strip() in (",", '",', "") \
                and m.start() > 0:
            after = _after_role(text, m, covered)
        else:
            continue
        saying = w in HE_SAYING_VERBS
        end = _name_words(text, after, covered, saying)
        if end is None or saying and not text.startswith((",", "."), end):
            continue
        out.append(Candidate(after.start(), end, text[after.start():end], "PER"))
        out += _listed_after(text, end, covered)
    out += _first_and_rare(text, covered, {c.start for c in out})
    return out


def _listed_after(text: str, end: int, covered: bytearray) -> list[Candidate]:
    """People listed after a person's name, after a comma or "and" (X Y, Z W וU V), each
    closed by the list going on or by the clause's end."""
    out = []
    while text.startswith(", ", end) or text.startswith(" ו", end) and not text.startswith(" וו", end):
        at = end + 2
        m = WORD.match(text, at)
        nxt = _name_words(text, m, covered, True) if m is not None else None
        if nxt is None or not (nxt == len(text) or text[nxt] in ",." or text.startswith(" ו", nxt)):
            break
        out.append(Candidate(at, nxt, text[at:nxt], "PER"))
        end = nxt
    return out


def _first_and_rare(text: str, covered: bytearray, taken: set[int]) -> list[Candidate]:
    """A listed first name and a word outside Hebrew's word list after it (X רובינגר),
    and the people listed after them."""
    given, full = common_words().native_given, _he_words()[2]
    out = []
    for m in WORD.finditer(text):
        w = m.group()
        k = 1 if w[0] in "ו" and w[1:] in given else 0
        if w[k:] not in given or covered[m.start()] or m.start() + k in taken:
            continue
        nxt = _next_word(text, m.end())
        if nxt is None or covered[nxt.start()] or nxt.group() in full or _name_stop(nxt.group()) \
                or _and_word(nxt.group()) \
                or nxt.group()[0] in PREFIXES and nxt.group()[1:] in full:
            continue
        out.append(Candidate(m.start() + k, nxt.end(), text[m.start() + k:nxt.end()], "PER"))
        out += _listed_after(text, nxt.end(), covered)
    return out
