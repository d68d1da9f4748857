"""Arabic names (``ar``): what Arabic grammar says about them. Arabic writes no capitals,
so a name shows by the words around it: a head word that opens it, read by the construct
grammar (وزارة الموارد المائية العراقية; a descriptor stays outside: شركة الفجر
للصناعات), a role or title before a person (المديرة العامة للصندوق كريستالينا
غورغييفا), a preposition before a town the knowledge base names quietly (في زحلة).
``arabic_head_names`` runs on the knowledge base's hits; ``arabic_people`` and
``arabic_places`` are candidate rules (``candidates.find_candidates``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import _SURROGATE, _arabic_fold, common_words
from .names import Candidate, word_before_native

# -- Arabic: names a head word opens, places after a place word --------------------------
# Word lists are general Modern Standard Arabic, written without hamza on the alef (the text
# is matched folded, kb._arabic_fold: أ إ آ -> ا, ى -> ي).
def _ar_words(words: str) -> frozenset[str]:
    return frozenset(_arabic_fold(w) for w in words.split())


# heads that are part of the name they open, in construct with it (وزارة الموارد المائية,
# جامعة الملك سعود, مستشفى الثورة, بلدية صيدا, مجموعة موانئ ابوظبي)
AR_ORG_HEADS = _ar_words("""وزارة هيئة جامعة مستشفى بنك مصرف مجلس بلدية جمعية اتحاد معهد أكاديمية كلية محكمة
مديرية جهاز صندوق بورصة مؤسسة تعاونية نقابة حزب حركة جبهة مجموعة مكتبة معمل مصنع مطاحن غرفة رابطة
دار مركز مختبر فندق مطعم نزل فرن مدرسة ثانوية""")
# heads that only say what kind of thing the name after them is: the name is what follows
# (شركة الفجر للصناعات, وكالة رويترز, منظمة أطباء بلا حدود, نادي شباب الخليل, مجلة فوربس)
AR_ORG_DESCRIPTORS = _ar_words("""شركة وكالة منظمة نادي مجلة صحيفة جريدة قناة منصة فريق موقع تطبيق علامة""")
# adjectives news puts after an indefinite company or agency to say what kind it is (شركة
# ناشئة "a start-up", شركة قابضة "a holding company", شركة عملاقة, وكالة حكومية: general
# usage): no name follows
AR_KIND_ADJECTIVES = _ar_words("""ناشئة ناشئ قابضة مساهمة عملاقة عملاق خاصة خاص عامة عام كبرى كبيرة كبير صغيرة
صغير رائدة رائد تابعة تابع مدرجة مدرج منافسة منافس جديدة جديد أخرى آخر مماثلة مماثل""")
# heads of a building's, a landform's or a street's name, part of it (قصر الإليزيه, استاد
# القاهرة الدولي, جبل توبقال, وادي الدواسر, شارع الحمرا, قلعة حلب)
AR_FACILITY_HEADS = _ar_words("""قصر استاد قاعة جبل جبال نهر سد وادي واحة شارع جامع مسجد كنيسة كاتدرائية معبد قلعة
تل طريق مطار برج جسر بحيرة جزيرة صحراء هضبة خان كورنيش متحف سجن معبر""")
# heads of a place whose name stands alone after them: a stadium's or a port's own name,
# and administrative units (ملعب أولد ترافورد, ميناء جيهان, مدينة الكوت, محافظة الفيوم)
AR_PLACE_DESCRIPTORS = _ar_words("""ملعب ميناء مرفأ مدينة بلدة قرية محافظة ولاية إقليم منطقة ناحية قضاء مقاطعة
ريف جهة إمارة عاصمة مخيم حي""")
# administrative words that a place's name in the knowledge base may open with, where the
# name alone is the mention (محافظة الفيوم -> الفيوم); not إقليم, whose names are fixed
# (إقليم كردستان)
AR_ADMIN_BEFORE_PLACE = _ar_words("محافظة ولاية مدينة بلدة قرية منطقة ناحية")
# words that put a place after them: prepositions and directions (في تعز, قرب العلا,
# جنوب مراكش); a place found there may be a town's quiet name
AR_PLACE_CUES = _ar_words("""في قرب من إلى داخل خارج حول جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي ضواحي أطراف
سواحل مدن بلدات""")
# definite words that end a name: time words and relative pronouns (وزارة الصحة اليوم,
# هيئة الاستثمار الأسبوع الماضي, البنك الذي)
AR_NAME_STOPS = _ar_words("""الذي التي الذين اللذان اللتان اللواتي اليوم الأمس الآن الأحد الاثنين الإثنين
الثلاثاء الأربعاء الخميس الجمعة السبت الأسبوع الشهر العام السنة الماضي الماضية المقبل المقبلة الجاري الجارية
الحالي الحالية الليلة الفائت الفائتة المرة الأول الأولى أيضا كذلك""")
# adjectives that close names besides the nisba adjectives in -ي/-ية (الهيئة العامة,
# قاعة الشعب الكبرى, جامعة الدول العربية, بلدية إربد الكبرى)
AR_NAME_ADJECTIVES = _ar_words("""الكبرى الكبير العليا الأعلى العامة العام المتحدة الموحدة الجديدة الجديد الحديث
الحديثة القديمة القديم الأهلية الخاصة المستقلة الحرة الشرقية الغربية الشمالية الجنوبية الأوسط الوسطى""")
# titles that stand inside an institution's name before a person's name (جامعة الملك
# سعود, مطار الملكة علياء, مستشفى الأمير سلطان)
AR_TITLES_IN_NAMES = _ar_words("الملك الملكة الأمير الأميرة الشيخ الشيخة الإمام السلطان الرئيس الشهيد")
# words that join the parts of a name: son of, family of, father of (جامعة الإمام محمد بن
# سعود, معبر كرم أبو سالم); people's names have a few more (_AR_NAME_CONNECTORS)
_AR_CONNECTORS = _ar_words("بن ابن آل أبو")
_AR_LETTER = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF"
_AR_WORD = re.compile(f"[{_AR_LETTER}][\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF]*")
_AR_MARKS = str.maketrans("", "", "\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670")
# a head word with its clitics: and/so, by/for/like, the article (والشركة, بمحافظة, للهيئة)
_AR_HEAD = re.compile(f"(?<![{_AR_LETTER}])(?P<pro>[وف]?[بلك]?)(?P<art>ال|(?<=ل)ل)?(?P<head>"
                      + "|".join(sorted(AR_ORG_HEADS | AR_ORG_DESCRIPTORS | AR_FACILITY_HEADS | AR_PLACE_DESCRIPTORS,
                                        key=len, reverse=True))
                      + f")(?![{_AR_LETTER}\u064B-\u0652])")


# Arabic's closed-class words: prepositions, conjunctions, particles, pronouns,
# demonstratives, relatives, auxiliaries, quantifiers (a name's word is none of them)
AR_FUNCTION_WORDS = _ar_words("""في من إلى الى على عن مع بين حتى منذ خلال بعد قبل عند لدى نحو حول ضد دون غير سوى
عبر أمام خلف تحت فوق داخل خارج وفق بحسب حسب ضمن لأجل أجل بسبب إثر عقب جراء أن إن أنه إنه أنها إنها أنهم بأن لأن
كي لكي كان كانت كانوا يكون تكون يكن ليس ليست قد لقد لم لن لا ما ماذا لماذا هل كيف أين متى كما كل بعض أي أية
كلا كلتا جميع معظم هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هو هي هم هن هما نحن أنا أنت أنتم ثم أو أم بل
لكن لكنه غير أما إما إذا إذ إذن حيث بينما عندما حين لما لو لولا إلا أيضا فقط جدا مثل نفس ذات تم يتم سوف عليه
عليها عليهم له لها لهم به بها بهم منه منها منهم فيه فيها فيهم عنه عنها إليه إليها وقد وفي ومن وعلى وإلى وعن ومع
وأن وإن فقد فإن وهو وهي وهم ولا ولم ولن وما وكان وكانت ولكن يا""")


@lru_cache(maxsize=1)
def _ar_common() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Arabic's closed-class words (AR_FUNCTION_WORDS; the 300 commonest words hold nouns
    too: شركة, منطقة, محمد), and its 3,000 and 10,000 commonest words, folded as the
    text is."""
    cw = common_words()
    return (AR_FUNCTION_WORDS,) + tuple(frozenset(_arabic_fold(w) for w in ws)
                                        for ws in (cw.get_top("ar"), cw.top_n("ar", 10000)))


def _ar_bare(word: str) -> str:
    """``word`` without its vowel marks and tatweel (most words carry none: Arabic's
    letters are alphabetic, its marks are not)."""
    return word if word.isalpha() and "\u0640" not in word else word.translate(_AR_MARKS)


def _ar_participle(k: str) -> bool:
    """An indefinite word of a participle's or adjective's pattern, which describes rather
    than names: فاعل, فاعلة (جاذبة "attractive"), or مُفعَل and the other derived forms'
    (مفضلة "preferred", مشجعة, منكوبة)."""
    return len(k) in (4, 5) and k[1] == "ا" and (len(k) == 4 or k.endswith("ة")) or \
        k.startswith("م") and len(k) >= 5 and k.endswith("ة")


def _ar_nisba(k: str) -> bool:
    """A definite nisba adjective (العراقية, المركزي, الفلسطينيين): it agrees with a name."""
    return k.startswith("ال") and len(k) >= 5 and k.endswith(("ي", "ية", "يين", "يون"))


class _ArPhrase:
    """Where a name that opens at a head word ends, by the construct grammar: nouns in
    construct after the head (مطاحن مصر), one definite noun or known place (الموارد,
    القاهرة), then adjectives (المائية العراقية), complements with لل / ل (للتنمية,
    لمحافظة العلا) and nouns joined by و (والتقنية); a person's name after a title in it
    (جامعة الملك عبدالله, الإمام محمد بن سعود). Definiteness is read off the text as
    written (ألبان, إلى open with no article)."""

    __slots__ = ("end", "words", "complement", "first", "first_definite", "first_adjective", "feminine_genitive")

    def __init__(self, text: str, low: str, i: int, hit_at: dict):
        function, top, top10k = _ar_common()
        self.end, self.words, self.complement, self.first, self.first_definite = i, 0, False, "", False
        self.first_adjective = False
        indefinite = 0
        self.feminine_genitive = None   # where a definite -ة word after indefinite ones opens
        state = "head"   # the last word: head, indef(inite noun), def(inite), adj(ective), title,
        prev = ""        # person (a name after a title), conn(ector)
        n = len(low)
        while i < n:
            hit = hit_at.get(i)
            if hit is not None:
                if hit.entity.type == "LOC" and state in ("def", "adj") and _ar_nisba(_arabic_fold(text[i:hit.end])):
                    state = "adj"   # (a place named like its adjective: هيئة الطيران المدني السعودية)
                elif state not in ("head", "indef") or hit.entity.type not in ("LOC", "ORG", "PER") or \
                        hit.entity.type == "ORG" and not "\u0621" <= text[i] <= "\u06FF":
                    break   # (a known name in construct: جامعة القاهرة, مطاحن مصر, بورصة ناسداك,
                    # شارع الحبيب بورقيبة; a company in Latin letters is named apart: مجموعة G42)
                elif state == "head":   # (a place's name in a nisba's form: الشركة السعودية)
                    self.first, self.first_definite = _arabic_fold(text[i:hit.end]), True
                    self.first_adjective = _ar_nisba(self.first)
                    state = "def"
                else:
                    state = "def"
                i = hit.end
            else:
                m = _AR_WORD.match(low, i)
                if m is None:
                    break
                k = _ar_bare(m.group())
                raw = _ar_bare(text[m.start():m.end()])
                definite = raw.startswith("ال") and len(raw) > 3
                if k in AR_NAME_STOPS or k in function and not definite and k not in _AR_CONNECTORS:
                    break
                if state in ("title", "conn") and not raw.startswith(("لل", "وال")) and k not in _AR_CONNECTORS \
                        and (state == "conn" or not definite) or state == "person" and prev == "عبد":
                    state = "person"   # الملك عبدالعزيز, الامام محمد بن سعود
                elif k in _AR_CONNECTORS and state in ("person", "indef"):
                    state = "conn"   # (a connector needs the name after it: معبر كرم ابو سالم)
                elif definite:
                    if state in ("head", "indef"):
                        if state == "indef" and k.endswith("ة") and self.feminine_genitive is None:
                            self.feminine_genitive = self.end
                        state = "title" if k in AR_TITLES_IN_NAMES else "def"
                    elif k in AR_NAME_ADJECTIVES or _ar_nisba(k):
                        state = "adj"
                    else:
                        break
                elif raw.startswith("لل") and state not in ("head", "title") and len(k) > 4:
                    state, self.complement = "adj", True   # للتنمية, للعلوم
                elif raw.startswith("وال") and state not in ("head", "indef", "title") and len(k) > 4:
                    state = "def"   # والتقنية, والإسكان
                elif raw.startswith("ل") and not raw.startswith("لا") and state not in ("head", "title") \
                        and len(k) > 3 and m.end() < n \
                        and low[m.end()] == " " and (nxt := _AR_WORD.match(low, m.end() + 1)) is not None \
                        and text.startswith("ال", nxt.start()) and nxt.group() not in AR_NAME_STOPS:
                    self.words += 1   # لمحافظة العلا, لكرة القدم: the complement's two words
                    state, self.complement, m = "adj", True, nxt
                elif (state == "head" and not _ar_clitic_word(k) and not raw.startswith("لل")
                      and not (k.endswith(("ي", "ية")) and len(k) >= 3)
                      or state == "indef" and k not in top and indefinite < 2
                      and not (k.startswith(("سي", "ست", "سن")) and len(k) > 4)):
                    # a noun in construct: مطاحن, موانئ, ألبان (not "and ..." after the head,
                    # not an adjective: مستشفى ميداني "a field hospital"; not a verb in the
                    # future: سيفتتح)
                    state = "indef"
                    indefinite += 1
                else:
                    break
                i, prev = m.end(), k
                if not self.first:
                    self.first, self.first_definite = k, definite
                    self.first_adjective = definite and (k in AR_NAME_ADJECTIVES or _ar_nisba(k))
            if state != "conn":
                self.end = i
            self.words += 1
            if i >= n or low[i] != " ":
                break
            i += 1


# clitics a head or role word may carry inside its word: and/so, by/for/like, then the
# article (والشركة, بمحافظة; للهيئة: ل and the article without its alef) -> (the clitics'
# length, the article)
_AR_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_AR_WORD_PREFIXES = {c + a: (len(c), a) for c in _AR_CLITICS for a in ("", "ال")} | {
    c + "ل": (len(c), "ل") for c in _AR_CLITICS if c.endswith("ل")}
_AR_PREFIX_MAX = max(map(len, _AR_WORD_PREFIXES))


@lru_cache(maxsize=None)
def _ar_finder():
    """An Aho-Corasick automaton (ahocorasick-rs) over the folded head and role words and
    the knowledge base's quiet Arabic names (زحلة, ابو قرقاص), with each pattern's kinds:
    one pass in Rust over the article for the three rules (overlapping: a name of two
    words may open with a head word, واحة سيوة, and each is found)."""
    import ahocorasick_rs
    from .kb import get_kb
    kinds: dict[str, set[str]] = {}
    quiet_names = {_arabic_fold(a) for a in get_kb().quiet_aliases() if "\u0621" <= a[0] <= "\u064A"}
    for kind, words in (("heads", AR_ORG_HEADS | AR_ORG_DESCRIPTORS | AR_FACILITY_HEADS | AR_PLACE_DESCRIPTORS),
                        ("roles", AR_ROLES | AR_ROLE_PAIRS.keys()), ("quiet", quiet_names)):
        for w in words:
            kinds.setdefault(w, set()).add(kind)
    words = sorted(kinds)
    return words, [frozenset(kinds[w]) for w in words], ahocorasick_rs.AhoCorasick(words)


@lru_cache(maxsize=2)   # (the head, role and place rules read the same article)
def _ar_matches(low: str) -> list:
    """Every match, overlapping (a word inside another must not hide one: وقف in وقفصة),
    by start and the longest first."""
    finder = _ar_finder()[2]
    try:
        found = finder.find_matches_as_indexes(low, overlapping=True)
    except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold
        found = finder.find_matches_as_indexes(_SURROGATE.sub("\ufffd", low), overlapping=True)
    found.sort(key=lambda m: (m[1], -m[2]))
    return found


def _ar_words_found(low: str, kind: str, suffixes=("",)):
    """(where the written word opens, where its clitics end, the article or None, where
    it ends) and the word, for each whole word of ``kind`` ("heads", "roles", "quiet":
    _ar_finder) in the folded text, after clitics and the article (_AR_WORD_PREFIXES)
    and before one of ``suffixes``."""
    words, kinds, _ = _ar_finder()
    n = len(low)
    seen = set()   # (a word once, رئيس+ها and رئيسها)
    for p, s, e in _ar_matches(low):
        if kind not in kinds[p]:
            continue
        ws, we = s, e
        # (no further back than one letter past the longest prefix: a match inside a
        # longer word then has one no prefix is)
        stop = s - _AR_PREFIX_MAX - 1 if s > _AR_PREFIX_MAX else 0
        while ws > stop and "\u0621" <= low[ws - 1] <= "\u06FF":
            ws -= 1
        pre = _AR_WORD_PREFIXES.get(low[ws:s])
        if pre is None or ws in seen:
            continue
        while we < n and "\u0621" <= low[we] <= "\u06FF":
            we += 1
        if low[e:we] in suffixes:
            seen.add(ws)
            yield ws, ws + pre[0], pre[1] or None, we, words[p]


@lru_cache(maxsize=1)
def _ar_words_all() -> frozenset[str]:
    """Arabic's 20,000 commonest words (the whole list), folded."""
    return frozenset(map(_arabic_fold, common_words().get("ar")))


@lru_cache(maxsize=1)
def _ar_names() -> tuple[frozenset[str], frozenset[str]]:
    """The first and family names of native_people, folded as the text is."""
    cw = common_words()
    return frozenset(map(_arabic_fold, cw.native_given)), frozenset(map(_arabic_fold, cw.native_surnames))


def _arabic_org_head_before(text: str, s: int) -> bool:
    """An Arabic organisation's head word (AR_ORG_HEADS, AR_ORG_DESCRIPTORS) ends one space
    before ``s``, or an adjective after one does (الشركة الناشئة)."""
    low = _arabic_fold(text[max(0, s - 40):s])
    words = low.split()
    if not words or low[-1] != " ":
        return False
    last = words[-1].translate(_AR_MARKS)
    if (m := _AR_HEAD.fullmatch(last)) is not None and m.group("head") not in AR_FACILITY_HEADS | AR_PLACE_DESCRIPTORS:
        return True
    return len(words) > 1 and last.startswith("ال") and (m := _AR_HEAD.fullmatch(words[-2])) is not None \
        and m.group("head") not in AR_FACILITY_HEADS | AR_PLACE_DESCRIPTORS


def arabic_preload() -> None:
    """Build the Arabic rules' word sets and automata (about 0.3 s) at worker start-up."""
    _ar_common(), _ar_names(), _ar_words_all(), _ar_finder()


def _ar_clitic_word(k: str, clitics: str = "وب") -> bool:
    """``k`` reads as one of ``clitics`` ("and", "by"...) glued to a word (وشركات,
    بالتعاون, بأداء), not a word of its own."""
    return k[:1] in clitics and len(k) > 3 and (k[1:3] == "ال" or k[1:] in _ar_common()[2])


# words that open the next part of a person's or a place's name (معبر كرم أبو سالم)
_AR_NAME_PARTICLES = frozenset(map(_arabic_fold, "أبو أبي بن بنت ابن عبد آل أم".split()))


@lru_cache(maxsize=1)
def _ar_everyday() -> frozenset[str]:
    """Arabic's common words (the knowledge base's list), folded as the text is."""
    return frozenset(map(_arabic_fold, common_words().get("ar")))


def _ar_generic_pair(words: str) -> bool:
    """Two indefinite words after a head, an everyday noun and an everyday word or a
    participle (مت-), make a kind, no name: صندوق استثمار متداول ("an exchange-traded
    fund"), حركة مرور متزايدة ("growing traffic"). A name's noun is in construct with a
    definite word or a name instead (مجلس نواب الشعب, معبر كرم أبو سالم)."""
    pair = words.split(" ", 2)[:2]
    if len(pair) < 2 or pair[1].startswith("ال") or pair[1] in _AR_NAME_PARTICLES:
        return False
    everyday = _ar_everyday()
    return pair[0] in everyday and (pair[1] in everyday or pair[1].startswith("مت"))


def _ar_descriptor_before_name(low: str, start: int, end: int, hit_at: dict, top: frozenset[str]) -> bool:
    """The everyday words [start, end) after an indefinite head stand before a name written
    in Latin letters or known to the knowledge base: head and words describe that name
    (مجموعة وسائل التواصل الاجتماعي Xiaohongshu, "the social-media group Xiaohongshu")."""
    if end + 1 >= len(low) or low[end] != " " or not all(w in top for w in low[start:end].split()):
        return False
    return end + 1 in hit_at or "a" <= low[end + 1] <= "z"


def arabic_head_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Arabic names opened by a head word (AR_ORG_HEADS, AR_FACILITY_HEADS: the head is
    part of the name; AR_ORG_DESCRIPTORS, AR_PLACE_DESCRIPTORS: the name follows it).
    Returns the knowledge-base hits kept (a place inside such a name is no mention of
    its own: استاد القاهرة الدولي, قلعة حلب; a known name written with its descriptor is
    the name alone: وكالة رويترز, محافظة الفيوم) and the names found, as (start, end, type)."""
    low = _arabic_fold(text)
    named: list[tuple[int, int, str]] = []
    if "لل" in low:
        hits = _ar_article_after_li(text, low, hits)
    hits = [_ar_without_descriptor(text, low, h, sp) if (sp := low.find(" ", h.start, h.end)) > 0
            and low[h.start:sp] in _AR_TRIMMED_WORDS else h
            for h in hits if h.entity.type != "LOC" or not _ar_family_place(low, h)]
    for h in hits:
        if h.entity.id.startswith("city-") and h.end < len(low) and low[h.end] == " " \
                and _ar_word_at(text, low, h.end + 1)[0] in AR_NATIONALITIES_MASCULINE:
            named.append((h.start, h.end, "ORG"))   # برشلونة الإسباني: the club (the city is feminine)
    hit_at = {h.start: h for h in hits}
    _, top, top10k = _ar_common()
    taken_to = -1
    in_hit = bytearray(len(low) + 1)   # 1 inside a hit, after its first character
    for h in hits:
        in_hit[h.start + 1:h.end] = b"\x01" * (h.end - h.start - 1)
    for word_start, start, art, head_end, head in _ar_words_found(low, "heads"):
        if art == "ل":
            continue   # (للهيئة: the article's alef dropped after ل; no span names it)
        if start < taken_to or head_end >= len(low) or low[head_end] != " ":
            continue
        after = head_end + 1
        at_head = hit_at.get(word_start)
        if at_head is not None and at_head.end > head_end or in_hit[start]:
            continue   # the knowledge base knows the whole name (صندوق النقد الدولي, نهر دجلة)
        if head in AR_PLACE_DESCRIPTORS or head in AR_ORG_DESCRIPTORS and not art:
            # (a definite descriptor heads an organisation's name as the other heads do:
            # الشركة السعودية للاستثمار; a definite place word names no place: المدينة)
            if art or after in hit_at:
                continue   # (the known name after it speaks for itself: وكالة رويترز)
            if head in AR_PLACE_DESCRIPTORS:
                end = _ar_place_name_end(text, low, after)
                if end is not None:
                    named.append((after, end, "LOC"))
                    taken_to = end
                continue
            ph = _ArPhrase(text, low, after, hit_at)
            if ph.words and (ph.complement or ph.first not in top10k and not ph.first_definite
                             and not ph.first.endswith(("ي", "ية"))) \
                    and ph.first not in AR_KIND_ADJECTIVES:
                # (not شركة يابانية, "a Japanese company"; nor شركة ناشئة للذكاء الاصطناعي, "an
                # AI start-up": an adjective of kind after the head, AR_KIND_ADJECTIVES)
                # شركة الفجر للصناعات البلاستيكية; شركة دفتر تك الناشئة (a feminine adjective
                # after the name agrees with the head: no part of the name)
                end = ph.feminine_genitive if ph.feminine_genitive is not None and not ph.complement else ph.end
                named.append((after, end, "ORG"))
                taken_to = end
            continue
        if head == "طريق" and low.endswith("عن ", 0, start):
            continue   # عن طريق: "by way of"
        ph = _ArPhrase(text, low, after, hit_at)
        if ph.words == 0 or art and not (ph.first_adjective and (ph.complement or ph.words >= 2)) or \
                ph.words == 1 and not ph.first_definite and ph.first in top:
            # (المجلس القروي: a council, no name; مجلس يضم: no name; المجلس الرئاسي الليبي,
            # an adjective and another or a complement after the definite head: one)
            continue
        if not ph.first_definite and after not in hit_at and _ar_generic_pair(low[after:ph.end]):
            continue
        if not ph.first_definite and after not in hit_at and (
                ph.first in AR_KIND_ADJECTIVES or ph.first.endswith(("تها", "تهم", "تهما"))):
            continue   # مصنع جديد للرقائق, "a new chip factory"; مجلس إدارتها, "its board": a kind, no name
        if not art and _ar_descriptor_before_name(low, after, ph.end, hit_at, top):
            continue   # مجموعة وسائل التواصل الاجتماعي Xiaohongshu: what the name after it is
        if word_before_native(_AR_WORD, low, start) in _AR_ROLES_BEFORE_BODY and \
                all(w in top for w in low[after:ph.end].split()):
            continue   # رئيس مجلس الوزراء: a title (prime minister), no organisation's name
        named.append((start, ph.end, "LOC" if head in AR_FACILITY_HEADS else "ORG"))
        taken_to = ph.end
    if " لل" in low:
        named += _ar_firms_by_trade(text, low, hits, named)
    if not named:
        return hits, named
    inside = bytearray(len(low) + 1)
    for s, e, _ in named:
        inside[s:e] = b"\x01" * (e - s)
    return [h for h in hits if not inside[h.start]], sorted(named)


# trades that Arab companies name themselves after, with ل before them (جهينة للصناعات
# الغذائية, مصر للطيران, قطر للبترول, الفجر للمقاولات), written with the article
AR_TRADES = _ar_words("""الصناعات الصناعة التجارة الاستثمار المقاولات التنمية الإلكترونيات الأجهزة الخدمات التأمين
النقل الطيران الملاحة الاتصالات البترول النفط الغاز الأسمنت الحديد الصلب الألومنيوم الأدوية الأغذية الألبان
العقارات الإنشاءات الطاقة التكنولوجيا البرمجيات السياحة الفنادق الملابس النسيج الغزل الزراعة التطوير الهندسة
الكيماويات البتروكيماويات الإعلام الصرافة التمويل الاستشارات التعدين الأسمدة الزجاج الورق الطباعة الكابلات""")


def _ar_firms_by_trade(text: str, low: str, hits: list, named: list) -> list[tuple[int, int, str]]:
    """Companies named "X for <trade>" (AR_TRADES) with no head word before them: a known
    place (مصر للطيران, قطر للبترول) or a word outside Arabic's 20,000 commonest (جهينة
    للصناعات الغذائية; no participle, جاذبة للاستثمار) before ل and the trade, which
    adjectives may follow."""
    ends = {h.end: h for h in hits}
    taken = bytearray(len(low) + 1)
    for s, e, _ in named:
        taken[s:e] = b"\x01" * (e - s)
    out = []
    p = low.find(" لل")
    while p >= 0:
        sp, p = p, low.find(" لل", p + 3)
        trade, end, _ = _ar_word_at(text, low, sp + 1)
        if "ا" + trade[1:] not in AR_TRADES or taken[sp - 1]:
            continue
        before = ends.get(sp)
        if before is not None:
            if before.entity.type != "LOC":
                continue
            start = before.start
        else:
            start = sp
            while start > 0 and "\u0621" <= low[start - 1] <= "\u06FF":
                start -= 1
            word = low[start:sp].translate(_AR_MARKS)
            if not word or word in _ar_words_all() or start > 0 and low[start - 1] not in " ،,(«\"" \
                    or word.endswith(("ا", "ه", "ها", "هم")) or "\u064b" in text[start:sp] \
                    or _ar_clitic_word(word, "وبفل") or _ar_participle(word):
                continue   # (a word, not a name: دعماً للاستثمار, وأولاده للمقاولات, جاذبة للاستثمار)
        while end < len(low) and low[end] == " ":   # (الغذائية, البلاستيكية)
            k, k_end, definite = _ar_word_at(text, low, end + 1)
            if not (definite and (k in AR_NAME_ADJECTIVES or _ar_nisba(k))):
                break
            end = k_end
        out.append((start, end, "ORG"))
    return out


# masculine adjectives of nationality: after a city's name they make it a club's, since
# Arabic makes a city feminine (برشلونة الإسبانية) and a club masculine (برشلونة الإسباني)
AR_NATIONALITIES_MASCULINE = _ar_words("""الإسباني الإنجليزي الإنكليزي الفرنسي الإيطالي الألماني البرتغالي
الهولندي البلجيكي التركي اليوناني الروسي الأوكراني الاسكتلندي الأسكتلندي السويسري النمساوي البرازيلي الأرجنتيني
المكسيكي الأمريكي الأميركي الياباني الصيني الكوري الأسترالي المصري السعودي الإماراتي القطري الكويتي البحريني
العماني الأردني اللبناني السوري العراقي الفلسطيني التونسي الجزائري المغربي الليبي السوداني اليمني الإيراني""")


def _ar_article_after_li(text: str, low: str, hits: list) -> list:
    """Known places and organisations in a word that opens with لل: after the preposition
    ل, which drops the alef of their article
    (للسعودية, للعراق: ل + السعودية): the name as written, ل for ال (لسعودية), where the
    matcher finds no alias or only the bare noun (عراق)."""
    from .kb import AliasHit, get_kb
    kb = get_kb()
    at = {h.start: h for h in hits}
    taken = bytearray(len(low) + 1)
    for h in hits:
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    top = _ar_common()[1]
    added = []
    p = low.find("لل")
    while p >= 0:
        s, p = p + 1, low.find("لل", p + 2)
        # (ل at the word's start, or after و / ف that open it: وللسعودية)
        j = s - 2 if s > 1 and low[s - 2] in "وف" else s - 1
        if j > 0 and "\u0621" <= low[j - 1] <= "\u06FF" or (m := _AR_WORD.match(low, s)) is None or m.end() - s < 4:
            continue
        e = m.end()
        bare = at.get(s + 1)
        if bare is not None and bare.end != e or bare is None and taken.find(1, s, e) >= 0 \
                or "ا" + low[s:e] in top and bare is None and low[s + 1:e] in top:
            continue   # (للحكومة: the article and a word, الحكومة and حكومة both common)
        ent = kb.lookup("ا" + text[s:e])
        if ent is not None and ent.type in ("LOC", "ORG") and (bare is None or bare.entity is ent):
            added.append((bare, AliasHit(s, e, ent)))
    if not added:
        return hits
    drop = {id(b) for b, _ in added if b is not None}
    return sorted([h for h in hits if id(h) not in drop] + [h for _, h in added], key=lambda h: h.start)


def _ar_family_place(low: str, hit) -> bool:
    """A known place with the article right after a first name of the form عبد + the
    article (عبد الكريم السويد) is that person's family name, no place."""
    if hit.entity.type != "LOC" or not low.startswith("ال", hit.start) or hit.start < 9:
        return False
    j = low.rfind(" ", 0, hit.start - 1)
    k = low.rfind(" ", 0, j) if j > 0 else -1
    return j > 0 and low.startswith("ال", j + 1) and (low[k + 1:j] == "عبد" or low.startswith("عبدال", j + 1))


_AR_TRIMMED_WORDS = AR_ORG_DESCRIPTORS | AR_ADMIN_BEFORE_PLACE


# roles that a body's generic name completes into a title (رئيس مجلس الوزراء, the prime
# minister; رئيس مجلس النواب, the speaker)
_AR_ROLES_BEFORE_BODY = _ar_words("رئيس رئيسة نائب أمين عضو")


def _ar_without_descriptor(text: str, low: str, hit, sp: int):
    """A knowledge-base hit that opens with a descriptor (وكالة رويترز) or an
    administrative word (محافظة الفيوم) whose rest (after the space at ``sp``) names the
    same entity, or a place, is that rest: the word says what the name is."""
    if low[hit.start:sp] not in (AR_ORG_DESCRIPTORS if hit.entity.type == "ORG" else AR_ADMIN_BEFORE_PLACE):
        return hit
    from .kb import AliasHit, get_kb
    rest = get_kb().lookup(text[sp + 1:hit.end], hit.entity.type == "LOC", "ar")
    if rest is None or rest.type != hit.entity.type or hit.entity.type == "ORG" and rest.id != hit.entity.id:
        return hit
    return AliasHit(sp + 1, hit.end, hit.entity if hit.entity.type == "ORG" else rest)


def _ar_word_at(text: str, low: str, i: int) -> tuple[str, int, bool]:
    """The word at ``i`` folded and without its vowel marks, where it ends, and whether it
    opens with the article as written ("" if no word)."""
    m = _AR_WORD.match(low, i)
    if m is None:
        return "", i, False
    return _ar_bare(m.group()), m.end(), text.startswith("ال", i) and m.end() - i > 3


# first words of place names that are also common nouns: a spring, a well, a cape, a
# hill, a monastery, a house, a village, ruins, a shrine's saint, sons, mother, father
# (عين العرب, بئر السبع, رأس الخيمة, كفر ابو حمدان, خربة الوهادنة, سيدي بوزيد, بني سويف)
AR_TOPONYM_FIRST = _ar_words("""عين بئر رأس تل دير بيت كفر خربة سيدي بني أم أبو جبل وادي برج شيخ قصر سوق باب جسر
حمام مرج قلعة خان دار حاسي شط جزيرة معرة منشية عزبة نجع""")


def _ar_place_name_end(text: str, low: str, i: int) -> int | None:
    """Where the name of a place after an administrative word or a port's or stadium's
    word ends (مدينة الكوت, مدينة معرة النعمان, قرية كفر ابو حمدان, ملعب أولد ترافورد),
    or None when the words there read as a description (منطقة صناعية, منطقة الآثار): one
    definite word; or indefinite words in construct, none among the 3,000 commonest
    words, and a definite noun closing the name (شرم الشيخ, عين العرب)."""
    _, top, _ = _ar_common()
    first, end, definite = _ar_word_at(text, low, i)
    toponym = first in AR_TOPONYM_FIRST
    if not first or first in top and not toponym or first in AR_NAME_STOPS:
        return None
    if definite:
        return end   # (no adjective: it would agree with the indefinite word, حي المعادي)
    if first.endswith(("ية", "ي")) or first.startswith("م") and _ar_participle(first):
        # an indefinite adjective: منطقة صناعية, قرية نائية, وجهة مفضلة (not فاعل, the
        # shape of many towns' names)
        return None
    words, dangling = 1, toponym   # (a toponym's first word or a connector alone names nothing)
    while words < 4 and end < len(low) and low[end] == " ":
        k, k_end, k_definite = _ar_word_at(text, low, end + 1)
        if not k or k in AR_NAME_STOPS or k_definite and (_ar_nisba(k) or k.startswith("الم") and not toponym) or \
                k in top and not (toponym or k in _AR_CONNECTORS or k_definite):
            # (شرم الشيخ, معرة النعمان: a definite noun in construct; not an adjective after
            # the name, a nisba or a participle: مدينة X الساحلية, ميناء X المطل على)
            break
        end, words = k_end, words + 1
        toponym = dangling = k in _AR_CONNECTORS
        if k_definite:
            break   # (معرة النعمان: the definite noun closes the construct)
    return None if dangling else end


def arabic_places(text: str, covered: bytearray) -> list[Candidate]:
    """Towns that the knowledge base names only quietly (kb.FLAG_QUIET: زحلة, الظهران,
    تارودانت) where a preposition or a direction (AR_PLACE_CUES) or a glued "in" or
    "and" puts a place (في زحلة, قرب العلا, بتارودانت, نواكشوط ونواذيبو); none among
    Arabic's 10,000 commonest words (في الحي is "in the neighbourhood", not a town)."""
    from .kb import get_kb
    low = _arabic_fold(text)
    top10k = _ar_common()[2]
    out = []
    for ws, s, art, e, name in _ar_words_found(low, "quiet"):
        if art or ws == s and (low[s - 1:s] != " " or word_before_native(_AR_WORD, low, s) not in AR_PLACE_CUES):
            continue   # (no article glued to a name; a bare name needs a preposition before it)
        if covered[s] or name in top10k or any(covered[s:e]):
            continue
        ent = get_kb().lookup(text[s:e], True, "ar")
        if ent is not None and ent.type == "LOC":
            out.append(Candidate(s, e, text[s:e], "LOC"))
    return out


# Roles and occupations written before a person's name, as stems without the article (the
# text may give it one, and a possessive after the stem: نجمه, مدربها), general usage:
# المزارع جبار ..., العداء المغربي سفيان ..., المديرة العامة للصندوق كريستالينا ...
AR_ROLES = _ar_words("""رئيس رئيسة نائب نائبة وزير وزيرة مدير مديرة مدرب مدربة لاعب لاعبة نجم نجمة سفير سفيرة
مبعوث مبعوثة متحدث متحدثة ناطق عضو مستشار مستشارة خبير خبيرة محلل محللة أستاذ أستاذة دكتور دكتورة بروفيسور
قاضي قاضية محافظ عمدة مختار باحث باحثة مزارع عداء عداءة روائي روائية شاعر شاعرة كاتب كاتبة أديب
سائق مرشد طبيب طبيبة مهندس مهندسة محامي محامية معلم معلمة ناشط ناشطة صحفي صحفية مصور مصورة فنان فنانة ممثل
ممثلة مغني مغنية مطرب مطربة ملحن مخرج مخرجة منتج منتجة حارس مهاجم مدافع قائد زعيم زعيمة جنرال عقيد
لواء عميد مشير ضابط رقيب معلق كابتن مسؤول مسؤولة خزاف خزافة حرفي تاجر صياد راعي فلاح طالب طالبة موظف موظفة
متسلق داعية مطران بطريرك حاج حاجة مواطن مواطنة سيد سيدة شيخ شيخة أمير أميرة ملك ملكة سلطان إمام عاهل رئيسها
مغترب لاجئ لاجئة نقيب""")
# (not صاحب, مالك, مؤسس: "owner of", "founder of" take what they own in construct, صاحب
# مخبز السنابل, and the name stands before them)
# roles of two words whose first word alone is a name or a word (رائد الأعمال, الأمين العام)
AR_ROLE_PAIRS = {_arabic_fold(a): _arabic_fold(b) for a, b in (
    ("رائد", "الأعمال"), ("رائدة", "الأعمال"), ("رجل", "الأعمال"), ("سيدة", "الأعمال"), ("أمين", "عام"),
    ("الأمين", "العام"), ("ولي", "العهد"))}
# a possessive after a role (نجمه "his star", مدربها "its coach")
_AR_ROLE_SUFFIXES = ("", "ه", "ها", "هم")
# the roles "باسم" ("for, in the name of") follows: المتحدث باسم الحكومة
_AR_SPOKESPEOPLE = _ar_words("متحدث متحدثة ناطق ناطقة")
# titles a first name alone may follow (الملك سلمان, الشيخ عبدالله)
AR_TITLE_ROLES = _ar_words("ملك ملكة أمير أميرة شيخ شيخة سلطان إمام")
# the king's or pope's number after the name (الملك عبد الله الثاني)
AR_REGNAL = _ar_words("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")
AR_REGNAL_TITLES = _ar_words("الملك الملكة البابا السلطان الإمام الشاه ملك")
# words that open a person's name and make one first name with the definite word after them
_AR_COMPOUND_FIRST = _ar_words("عبد أبو")
# connectors inside a name: son, daughter, family, father of
_AR_NAME_CONNECTORS = _ar_words("بن ابن بنت آل أبو أبي ولد")


def arabic_people(text: str, covered: bytearray) -> list[Candidate]:
    """People after a role or a title, with the words that qualify the role between
    (المديرة العامة للصندوق, رئيس حكومة إقليم كردستان, العداء المغربي): a first name
    and one to four more words. A first name the word lists know, or a word outside the
    3,000 commonest words before a known name or a family-name-shaped word (أنس جابر); the
    family name a word outside the 3,000 commonest (a nisba: الساعدي), a known name, or
    the article and a first name (الأحمد, الصباح). Not a name: a word with the accusative
    -اً (وفداً), a definite word first, a preposition."""
    low = _arabic_fold(text)
    n = len(low)
    function, top, top10k = _ar_common()
    given, family = _ar_names()
    out: list[Candidate] = []
    done = 0
    for word_start, _, art, i, role in _ar_words_found(low, "roles", _AR_ROLE_SUFFIXES):
        if word_start < done:
            continue
        if role in AR_ROLE_PAIRS:
            nxt, end, _ = _ar_word_at(text, low, i + 1) if i < n and low[i] == " " else ("", i, False)
            if nxt != AR_ROLE_PAIRS[role]:
                continue
            i = end
        regnal, titled = role in AR_REGNAL_TITLES, False
        if role in _AR_SPOKESPEOPLE and low.startswith(" باسم ", i):
            # المتحدث باسم الجيش: "the spokesman for"; the body named after it qualifies the role
            i += 5
            if i + 1 < n and covered[i + 1]:
                while i + 1 < n and covered[i + 1]:
                    i += 1
            else:
                i = _ar_word_at(text, low, i + 1)[1]
        # the role's qualifiers: definite words, complements, a known name, a noun in
        # construct after a bare role (رئيس حكومة), other titles (العاهل الأردني الملك)
        bare = art is None
        for _ in range(4):
            if i >= n or low[i] != " ":
                break
            j = i + 1
            if covered[j] == 2:
                break   # the role's person is a known one (رئيس إندونيسيا برابوو سوبيانتو): no name after it
            if covered[j]:
                while j < n and covered[j]:
                    j += 1
                i, bare = j, False
                continue
            k, end, definite = _ar_word_at(text, low, j)
            if not k:
                break
            if definite and k not in AR_NAME_STOPS or text.startswith("لل", j) or \
                    bare and k not in function and k not in given and not definite and k in top10k:
                regnal, titled = regnal or k in AR_REGNAL_TITLES, titled or k in AR_TITLES_IN_NAMES
                i, bare = end, False
                continue
            break
        if i >= n or low[i] != " ":
            continue
        name = _ar_name_after(text, low, i + 1, covered, given, family, function, top, top10k, regnal,
                              titled or role in AR_TITLE_ROLES)
        if name is not None:
            out.append(Candidate(i + 1, name, text[i + 1:name], "PER"))
            done = name
    return out


def _ar_name_after(text, low, i, covered, given, family, function, top, top10k, regnal, titled) -> int | None:
    """Where the person's name opening at ``i`` ends, or None (see arabic_people)."""
    n = len(low)
    words: list[tuple[str, int, bool]] = []   # (word, end, definite)
    j = i
    while j < n and len(words) < 6 and not covered[j]:
        k, end, definite = _ar_word_at(text, low, j)
        if not k or "\u064b" in text[j:end] or k in AR_NAME_STOPS or not words and (
                definite or k in function and k not in given):
            break   # (وفداً: an indefinite accusative, no name; most roles: a word no name opens with)
        words.append((k, end, definite))
        if end >= n or low[end] != " ":
            break
        j = end + 1
    if not words:
        return None
    first, end, definite = words[0]
    rest = words[1:]
    if first in _AR_COMPOUND_FIRST and rest and rest[0][2]:
        first, end, definite = first + rest[0][0], rest[0][1], False   # عبد + الكريم
        rest = rest[1:]
    if definite or first in function and first not in given or first in AR_ROLES or \
            text[i + 1:i + 2] in ("أ", "إ", "آ") and text[i] in "بلكوف" or \
            text.startswith(("بال", "لل", "كال", "وال", "فال"), i):
        # (محمد is among the 300 commonest words: a name; an alef with hamza, which opens
        # words, after a letter is a clitic and a word: بأداء "with the performance of";
        # so is the article after one: بالتعاون)
        return None

    def surname(k: str, definite: bool) -> bool:
        """A family name's shape: a known name, a nisba or the article and a first name
        (الساعدي, الجابر), a word outside the commonest; no pronoun suffix (وفدها)."""
        if k in family or k in given or definite and k[2:] in given:
            return True
        return k not in top and k not in function and not k.endswith(("ها", "هم", "هما")) \
            and not k.startswith(("لل", "بال", "وال", "فال", "كال"))   # (للنحاس: "for copper")

    strong = first in given or first.startswith("عبد") and len(first) > 5 or \
        first in ("ابو", "ام") and bool(rest) and rest[0][0] in given   # (a kunya: الصياد أبو خليل)
    if regnal and rest and rest[0][0] in AR_REGNAL:
        return rest[0][1]   # الملك عبد الله الثاني
    if not rest or rest[0][0] in AR_ROLES or rest[0][0] in function and rest[0][0] not in _AR_NAME_CONNECTORS:
        # a title and a first name alone: الملك سلمان, الشيخ عبدالله
        return end if strong and titled else None
    second, _, second_definite = rest[0]
    if second in _AR_NAME_CONNECTORS:
        second, second_definite = (rest[1][0], rest[1][2]) if len(rest) > 1 else ("", False)
    if not second or not surname(second, second_definite):
        return None
    if not strong and not (first not in top and (second in family or second in given or second_definite)
                           or second not in top10k and not (second_definite and second in _ar_words_all())):
        # (an unknown first name needs a family name's shape after it, or a rare word
        # after a role: لامين يامال, الروائي باسم خندقجي, السائق عودة المعايطة; a definite
        # word that Arabic's 20,000 commonest hold makes a genitive: أعمال الصيانة)
        return None
    last, after_connector = end, False
    for n_word, (k, k_end, k_definite) in enumerate(rest):
        if after_connector:   # بن X, آل X, أبو X: the connector's name
            last, after_connector = k_end, False
        elif k in _AR_NAME_CONNECTORS:
            after_connector = True
        elif k not in AR_ROLES and (n_word == 0 or k in family or k in given or k_definite) and \
                surname(k, k_definite) or regnal and k in AR_REGNAL:
            last = k_end   # (past the second word: known names and nisbas only, not ذهبية سباق)
        else:
            break
    return last
