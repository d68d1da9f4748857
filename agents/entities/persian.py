"""Persian names (``fa``): what Persian grammar and spelling say about them. Persian writes no
capitals, so, as in Arabic (``arabic.py``), a name shows by the words around it: a head
word that opens it and the ezafe chain after it (وزارت نیرو, شرکت فاضلاب زنجان, خیابان
کریم‌خان), a place word before a town's name (روستای کندوان, شهرستان اردکان), a role
beside a person's name in apposition (حسن رضایی، سخنگوی ...; وزیر نیرو، علی رضایی، ...),
a first name before a family name of a Persian family name's shape (-ی, -زاده, -پور).

Persian writes ی and ک where Arabic writes ي and ك: a name the knowledge base holds in
Arabic letters only is the same name (کرمانشاه, كرمانشاه). ``persian_head_names`` runs on
the knowledge base's hits; ``persian_people`` and ``persian_places`` are candidate rules
(``candidates.find_candidates``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import AliasHit, common_words, get_kb
from .names import Candidate

_LETTER = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF"
_MARK = "\u064B-\u0655\u0670"
# a word, with the parts a zero-width non-joiner binds into it (کشتی‌گیر, تربت‌حیدریه)
_WORD = re.compile(f"[{_LETTER}][{_LETTER}{_MARK}]*(?:\u200c[{_LETTER}][{_LETTER}{_MARK}]*)*")
_ZWNJ = "\u200c"
# Persian letters -> the Arabic letters Arabic writes for them (one for one)
_TO_ARABIC = str.maketrans("یکۀ", "يكة")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- word classes (general Persian grammar) ----------------------------------------------
# closed-class words: prepositions, conjunctions, pronouns, demonstratives, quantifiers,
# the object marker را, the auxiliaries (a name's word is none of them)
FA_FUNCTION_WORDS = _words("""ده‌ها صدها هزاران میلیون‌ها دهها از در به با برای تا که را و یا اما ولی این آن همین همان هر چند یک دو سه چهار پنج
شش هفت هشت نه ده بیست سی چهل پنجاه صد هزار میلیون میلیارد بر بی پس پیش بعد قبل روی زیر میان بین نزد نزدیک
درباره دربارهٔ طی توسط مانند مثل چون اگر نیز هم همه خود وی او آنها ما شما من است بود شد هست نیست باشد
بوده شده نه دیگر کدام چه چرا کجا حتی فقط بیش کمتر بیشتر جز غیر سوی علیه برابر""")
# time words that end a name (وزارت نیرو امروز, انجمن کوهنوردان روز جمعه)
FA_TIME_WORDS = _words("""امروز دیروز فردا امسال پارسال امشب دیشب صبح ظهر عصر شب روز هفته ماه سال هنگام
شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه اکنون اینک هنوز سپس""")
# light verbs and auxiliaries of compound verbs (اعلام کرد, خبر داد, تصمیم گرفت): the noun
# before one is the verb's, no part of a name before it
FA_LIGHT_VERBS = _words("""کرد کردند کرده کند کنند کردن کرده‌اند می‌کند می‌کنند نمی‌کند شد شدند شده شود شوند
می‌شود می‌شوند نمی‌شود داد دادند داده دهد دهند می‌دهد می‌دهند گرفت گرفتند گرفته گیرد می‌گیرد زد زدند
کشید رسید رسیدند رساند آمد آمدند دارد دارند داشت""")
# the copula, whose predicate may be a name (در بندر X است): it ends a chain, no more
FA_COPULAS = _words("است بود هست هستند بودند نیست")
# nouns and adjectives that a predicate opens with after its subject (the subject's name ends
# before them): خواستار حمایت شد, مخالف ..., موافق ...
FA_PREDICATE_WORDS = _words("""اعلام خبر هشدار تأکید تاکید خواستار مخالف موافق تصمیم گفت گفته افزود افزوده
نوشت""")
# adjectives of kind after a company's or a plant's head word: a description, no name
# (کارخانه جدید, شرکت بزرگ, شرکت دولتی)
FA_KIND_ADJECTIVES = _words("""جدید تازه بزرگ کوچک بزرگترین بزرگ‌ترین خصوصی دولتی عمومی سابق فعلی معروف
مشهور قدیمی محلی خارجی داخلی اصلی""")
# words before a head that make it a common noun: this, that, every, one, some (این شرکت)
FA_DETERMINERS = _words("این آن همین همان هر یک چند برخی بعضی هیچ کدام چندین دو سه چهار")
# adjectives of direction and the like that close a region's or a province's name
# (خراسان رضوی, آذربایجان شرقی)
FA_REGION_ADJECTIVES = _words("جنوبی شمالی شرقی غربی مرکزی رضوی")

# -- head words --------------------------------------------------------------------------
# heads of a state body's name, which any complement completes (وزارت نیرو, قوه قضاییه,
# فدراسیون فوتبال, پلیس راه, دیوان عالی کشور)
FA_BODY_HEADS = _words("""وزارت سازمان قوه دیوان فدراسیون کمیته کمیسیون بنیاد انجمن اتحادیه کانون شورا شورای
مجلس اداره اداره‌کل ستاد دادگاه دادسرا دادستانی شهرداری فرمانداری استانداری بخشداری دهیاری
پلیس سپاه ارتش حزب جبهه جمعیت صندوق خبرگزاری دانشگاه دانشکده پژوهشگاه پژوهشکده فرهنگستان موسسه مؤسسه
آژانس باشگاه""")
# heads of a firm's or a house's name, which a rare word or a place completes (شرکت
# پتروشیمی X, کارخانه قند X, بیمارستان X); a common word alone makes a kind of firm
FA_FIRM_HEADS = _words("""شرکت بانک گروه کارخانه نیروگاه بیمارستان درمانگاه تعاونی خیریه نشر انتشارات
هیئت هیات روزنامه هفته‌نامه ماهنامه مجله شبکه نانوایی فروشگاه هتل رستوران دامپروری""")
# heads of a building's, a road's or a landform's name, part of the name (خیابان
# کریم‌خان, کاخ سعدآباد, دریاچه ارومیه, بندر کنگ, پل معلق X)
FA_FACILITY_HEADS = _words("""خیابان میدان بلوار کوچه جاده آزادراه بزرگراه اتوبان پل کاخ برج ورزشگاه استادیوم
سالن فرودگاه بندر دریاچه دریای دره کوی بازار کلیسا کلیسای مسجد حسینیه امامزاده قلعه کاروانسرا
کاروانسرای پارک بوستان تالاب سد غار کوه قله تنگه خلیج آبشار""")
# place words whose town's or region's name follows them alone (روستای کندوان -> کندوان)
FA_PLACE_WORDS = _words("""روستا روستای روستاهای شهر شهرهای شهرستان شهرستان‌های استان استان‌های ولایت ولسوالی
محله محله‌های منطقه جزیره رودخانه دشت ارتفاعات حومه ایالت بخش""")
# titles that stand inside a facility's or a body's name before a person's name (میدان
# امام حسین, سالن شهید افراسیابی, بیمارستان امام خمینی)
FA_TITLES_IN_NAMES = _words("شهید امام آیت‌الله حضرت دکتر استاد")
# the ezafe written after a head that ends in a vowel: ی, ‌ی, ٔ (کلیسای, شورای, خانهٔ)
_EZAFE = ("\u200cی", "ی", "\u0654", "ٔ")


def _head_key(word: str) -> str:
    """``word`` without its written ezafe, as the head lists hold it."""
    for e in _EZAFE:
        if word.endswith(e) and word[:-len(e)] in _ALL_HEADS:
            return word[:-len(e)]
    return word


_ALL_HEADS = FA_BODY_HEADS | FA_FIRM_HEADS | FA_FACILITY_HEADS | FA_PLACE_WORDS


@lru_cache(maxsize=1)
def _fa_common() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Persian's 300, 3,000 and 10,000 commonest words."""
    cw = common_words()
    return cw.top_n("fa", 300), cw.get_top("fa"), cw.top_n("fa", 10000)


def _stop(word: str) -> bool:
    """A word no name's chain goes past: a closed-class word, a time word, a verb."""
    if word.endswith(("\u200cها", "\u200cهای")):   # (شب‌های: a time word's plural)
        word = word[:word.rindex("\u200c")]
    return word in FA_FUNCTION_WORDS or word in FA_TIME_WORDS or word in FA_LIGHT_VERBS or word in FA_COPULAS \
        or word in FA_PREDICATE_WORDS or word.startswith(("می\u200c", "نمی\u200c"))


# -- the knowledge base in Arabic letters -------------------------------------------------
def _inside_word(text: str, s: int, e: int) -> bool:
    """A hit that opens after a zero-width non-joiner is the second half of a word
    (گفت‌وگو: no وگو); one that closes before one is the first half, unless a plural's or
    an adjective's suffix follows (ایران‌ها)."""
    if s > 0 and text[s - 1] == _ZWNJ:
        return True
    if e < len(text) and text[e] == _ZWNJ:
        rest = _WORD.match(text, e + 1)
        return rest is not None and rest.group() not in ("ها", "های", "ی", "ای", "هایی")
    return False


def _whole_word(text: str, s: int, e: int) -> bool:
    """[s, e) is a whole word or words: no letter glued before or after it."""
    return not (s and (text[s - 1].isalpha() or text[s - 1] == _ZWNJ)) and \
        not (e < len(text) and (text[e].isalpha() or text[e] == _ZWNJ))


def _compound_org(text: str, hit):
    """A known organisation's name that opens a compound word bound by a zero-width
    non-joiner names another organisation, the whole word (اوپک‌پلاس): a hit of its own."""
    from .candidates import unknown_id
    from .kb import KBEntity
    m = _WORD.match(text, hit.start)
    name = m.group()
    return AliasHit(hit.start, m.end(), KBEntity(unknown_id(name), name, "ORG", None, None))


def persian_hits(text: str, hits: list) -> list:
    """The knowledge base's hits, less those inside a word (an organisation's name that
    opens a compound is the compound's), with the names it holds in Arabic letters only
    (ی -> ي, ک -> ك: كرمانشاه for کرمانشاه), places and organisations, where no hit is."""
    if _ZWNJ in text:
        hits = [_compound_org(text, h) if h.entity.type == "ORG" and h.end < len(text) and text[h.end] == _ZWNJ
                and not (h.start and text[h.start - 1] == _ZWNJ) else h
                for h in hits]
        hits = [h for h in hits if not _inside_word(text, h.start, h.end)]
    if "ی" not in text and "ک" not in text:
        return hits
    taken = bytearray(len(text) + 1)
    for h in hits:
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    top = _fa_common()[1]
    added = []
    for h in get_kb().match(text.translate(_TO_ARABIC), "ar"):
        span = text[h.start:h.end]
        if h.entity.type not in ("LOC", "ORG") or any(taken[h.start:h.end]) or span in top \
                or not ("ی" in span or "ک" in span) or not _whole_word(text, h.start, h.end):
            continue
        added.append(AliasHit(h.start, h.end, h.entity))
    return sorted(hits + added, key=lambda h: h.start) if added else hits


# -- names a head word opens ---------------------------------------------------------------
_HEAD_RE = re.compile(f"(?<![{_LETTER}\u200c])(?:" + "|".join(sorted(_ALL_HEADS, key=len, reverse=True))
                      + f")(?:\u200cی|ی|\u0654)?(?![{_LETTER}\u200c])")


def _word_before(text: str, s: int) -> str:
    """The word one space before ``s`` ('' if none)."""
    if s < 2 or text[s - 1] != " ":
        return ""
    j = s - 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == _ZWNJ):
        k -= 1
    return text[k:j]


def _next_word(text: str, end: int):
    """The word one space after ``end`` (a match), or None."""
    return _WORD.match(text, end + 1) if end + 1 < len(text) and text[end] == " " else None


def _verb_near(text: str, end: int, far: bool = True) -> bool:
    """The word ending at ``end`` is a compound verb's: a light verb follows it (هشدار
    داد), or, ``far``, an adjective in -ی and a light verb do (فرود اضطراری کرد), or the
    sentence ends there (Persian puts the verb last: ... به کارخانه X فرستاد.)."""
    if far and text.startswith((".", "!", "؟"), end):
        return True
    nxt = _next_word(text, end)
    if nxt is None:
        return False
    if nxt.group() in FA_LIGHT_VERBS:
        return True
    after = _next_word(text, nxt.end()) if far and nxt.group().endswith("ی") else None
    return after is not None and after.group() in FA_LIGHT_VERBS


class _Chain:
    """The ezafe chain after a head word, read until a word no name holds: its end, its
    words, whether a place or a person the knowledge base knows closes it (شرکت فاضلاب
    استان تهران), and whether a rare word (a name's) is in it."""

    __slots__ = ("end", "words", "closed", "rare", "org_inside")

    def __init__(self, text: str, i: int, hit_at: dict, kind: str):
        _, top, _ = _fa_common()
        self.end, self.words, self.closed, self.rare, self.org_inside = i, [], False, False, False
        most = 3 if kind == "facility" else 5
        while len(self.words) < most:
            hit = hit_at.get(i)
            if hit is not None:
                self._known(text, hit, kind)
                return
            m = _WORD.match(text, i)
            if m is None:
                return
            w = m.group()
            if w == "و":
                nxt = _next_word(text, m.end())
                if kind == "facility" or not self.words or nxt is None or self.words[-1] not in top \
                        or nxt.group() not in _fa_common()[2] or _stop(nxt.group()):
                    return   # (آب و فاضلاب, کودکان و نوجوانان: common nouns joined; not a town and another name)
            elif _stop(w) or _verb_near(text, m.end(), bool(self.words)) or kind == "facility" and \
                    _head_key(w) in FA_FACILITY_HEADS:
                return   # (جاده قلعه X: the castle's name, which the road is named after)
            elif _head_key(w) in FA_PLACE_WORDS:
                if kind != "facility" and (end := _place_name_end(text, m.end() + 1, hit_at, True)) is not None:
                    self.words += [w, text[m.end() + 1:end]]
                    self.end, self.closed = end, True   # (هیئت فوتبال شهرستان X: the place closes it)
                return
            else:
                self.rare = self.rare or w not in top
            self.words.append(w)
            if w != "و":
                self.end = m.end()
            if m.end() >= len(text) or text[m.end()] != " ":
                return
            i = m.end() + 1

    def _known(self, text: str, hit, kind: str) -> None:
        """A name the knowledge base knows in the chain: a place or a person closes it
        (بانک ملی تاجیکستان, بیمارستان امام خمینی); an organisation makes the head and
        the words before it a description of that name (شرکت آمریکایی انویدیا)."""
        if hit.entity.type == "ORG":
            self.org_inside = True
        elif not (kind == "facility" and self.words and hit.entity.type == "LOC"):
            # (بازار وکیل شیراز: the town after the bazaar's name is no part of it)
            self.words.append(text[hit.start:hit.end])
            self.end, self.closed = hit.end, True


def _place_name_end(text: str, i: int, hit_at: dict, known_too: bool = False) -> int | None:
    """Where a town's or a region's name after a place word ends (روستای کندوان, استان
    خراسان رضوی): one word outside the 3,000 commonest, and an adjective of direction;
    ``known_too``: or a name the knowledge base knows."""
    _, top, _ = _fa_common()
    hit = hit_at.get(i)
    if hit is not None:
        return hit.end if known_too and hit.entity.type == "LOC" else None   # (the knowledge base names it)
    m = _WORD.match(text, i)
    if m is None or _stop(m.group()) or m.group() in _ALL_HEADS:
        return None
    adj = _next_word(text, m.end())
    if adj is not None and adj.group() in FA_REGION_ADJECTIVES:
        return adj.end()   # (خراسان رضوی: a common word too, with its adjective a region)
    return None if m.group() in top else m.end()


# words after a head that make a board of any firm, no name (general usage)
_FA_GENERIC_BODY_WORDS = frozenset(("مدیره", "امنا"))
# the plural suffix, written after a zero-width non-joiner or joined
_FA_PLURAL = ("\u200cها", "\u200cهای", "\u200cهایی")


def _kind_of_firm(ch: _Chain, kind: str) -> bool:
    """Words after a head that say what kind of thing it is, no name: an adjective of kind
    first or last (شرکت دولتی, کارخانه تغلیظ جدید), one common adjective in -ی (بانک
    مرکزی), a board's word after the head (هیئت مدیره), a plural after a firm's or a
    building's head (بازار تراشه‌های پیشرفته), or only common words after a firm's head
    (کارخانه قند)."""
    words = ch.words
    if ch.closed:
        return False
    if words[0] in FA_KIND_ADJECTIVES or words[-1] in FA_KIND_ADJECTIVES:
        return True
    if words[0] in _FA_GENERIC_BODY_WORDS:
        return True   # هیئت مدیره, "the board of directors"
    if kind != "body" and any(w.endswith(_FA_PLURAL) for w in words):
        return True   # بازار تراشه‌های پیشرفته, "the market of advanced chips": a plural says what kind
    if kind == "facility":
        return words[0] in _fa_common()[0] and words[0] not in FA_TITLES_IN_NAMES
    if len(words) == 1 and words[0] in _fa_common()[1] and words[0].endswith("ی"):
        return True
    return kind == "firm" and not ch.rare


def _known_org_and_place(text: str, hit, hit_at: dict) -> int | None:
    """A known organisation that opens with a head word and a known place right after it
    make one name, the organisation of that place (بانک ملی X): where it ends."""
    if hit.entity.type != "ORG" or _HEAD_RE.match(text, hit.start) is None:
        return None
    place = hit_at.get(hit.end + 1)
    if place is None or text[hit.end] != " " or place.entity.type != "LOC":
        return None
    return place.end


def persian_head_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Persian names a head word opens: a body's (FA_BODY_HEADS), a firm's with a rare word
    or a place in it (FA_FIRM_HEADS), a building's or a landform's (FA_FACILITY_HEADS, a
    place), and a town's after a place word (FA_PLACE_WORDS: the name alone). Returns the
    hits kept (none inside such a name) and the names, as (start, end, type)."""
    hits = persian_hits(text, hits)
    hit_at = {h.start: h for h in hits}
    in_hit = bytearray(len(text) + 1)
    for h in hits:
        in_hit[h.start:h.end] = b"\x01" * (h.end - h.start)
    named: list[tuple[int, int, str]] = []
    taken_to = -1
    for m in _HEAD_RE.finditer(text):
        s, e = m.span()
        if s < taken_to or e + 1 >= len(text) or text[e] != " ":
            continue
        if in_hit[s]:
            if s in hit_at and (end := _known_org_and_place(text, hit_at[s], hit_at)) is not None:
                named.append((s, end, "ORG"))
                taken_to = end
            elif s in hit_at and hit_at[s].entity.type == "ORG" and _head_key(m.group()) in FA_FACILITY_HEADS \
                    and _word_before(text, s) == "در":
                named.append((s, hit_at[s].end, "LOC"))   # در کاخ X: in the palace, a place
                taken_to = hit_at[s].end
            continue
        before = _word_before(text, s)
        if before in FA_DETERMINERS or before.endswith("ترین"):
            continue   # (این شرکت, بزرگ‌ترین شرکت: a common noun)
        head = _head_key(m.group())
        if head in FA_PLACE_WORDS:
            end = _place_name_end(text, e + 1, hit_at)
            if end is not None:
                named.append((e + 1, end, "LOC"))
                taken_to = end
            continue
        kind = "facility" if head in FA_FACILITY_HEADS else "body" if head in FA_BODY_HEADS else "firm"
        ch = _Chain(text, e + 1, hit_at, kind)
        if ch.org_inside or not ch.words or _kind_of_firm(ch, kind):
            continue
        named.append((s, ch.end, "LOC" if kind == "facility" else "ORG"))
        taken_to = ch.end
    if not named:
        return hits, named
    inside = bytearray(len(text) + 1)
    for s, e, _ in named:
        inside[s:e] = b"\x01" * (e - s)
    return [h for h in hits if not inside[h.start]], named


# -- people ------------------------------------------------------------------------------
# roles and occupations that stand beside a person's name in apposition, as written after
# the name's comma or before it (general usage; the ezafe ی after a vowel is read off:
# سخنگوی -> سخنگو)
FA_ROLES = _words("""رئیس رییس رئیس‌جمهور رییس‌جمهور نخست‌وزیر وزیر معاون سخنگو دبیرکل دبیر مدیر مدیرعامل
مدیرکل شهردار فرماندار بخشدار دهیار استاندار دادستان فرمانده سرپرست نماینده سفیر عضو کارشناس مشاور رهبر
سرمربی مربی بازیکن کاپیتان دروازه‌بان مهاجم کشتی‌گیر وزنه‌بردار قهرمان خبرنگار نویسنده شاعر هنرمند بازیگر
کارگردان خواننده نوازنده سفالگر کشاورز دامدار باغدار صاحب مالک موسس مؤسس بنیانگذار استاد دانشجو پژوهشگر
محقق پزشک جراح وکیل قاضی امام پادشاه ملکه شاهزاده صدراعظم ژنرال سردار سرلشکر سرتیپ""")
# honorifics written before a person's name, no part of it (حاج قاسم ..., آقای ...)
FA_HONORIFICS = _words("حاج حاجی آقای خانم دکتر مهندس استاد آیت‌الله حجت‌الاسلام مرحوم شادروان جناب سرکار")
# Persian family names' endings (a grammar of names: -زاده "born of", -پور "son of",
# -نژاد "lineage", -نیا "ancestor", -فر, -راد, -وند, -یان, -پناه; and the nisba -ی)
FA_SURNAME_ENDINGS = ("زاده", "پور", "نژاد", "نیا", "فر", "راد", "وند", "یان", "پناه", "ی")


@lru_cache(maxsize=1)
def _fa_names() -> tuple[frozenset[str], frozenset[str]]:
    """First and family names (the native-script lists), in Persian letters too."""
    cw = common_words()
    to_persian = str.maketrans("يك", "یک")
    return (frozenset(cw.native_given) | {w.translate(to_persian) for w in cw.native_given},
            frozenset(cw.native_surnames) | {w.translate(to_persian) for w in cw.native_surnames})


def _given(word: str) -> bool:
    """A first name: listed, or two listed joined (محمدرضا, غلام‌حسین), or a name of God's
    servant (عبدال-, -الله: نعمت‌الله, عبدالقدیر)."""
    given = _fa_names()[0]
    if word in given:
        return True
    plain = word.replace(_ZWNJ, "")
    if plain.endswith("الله") and len(plain) > 5 or plain.startswith("عبدال") and len(plain) > 6:
        return True
    return any(plain[:k] in given and plain[k:] in given for k in range(2, len(plain) - 1))


def _role_key(word: str) -> str:
    """``word`` as FA_ROLES holds it: without the ezafe a role ending in a vowel writes."""
    if word not in FA_ROLES and word.endswith("ی") and word[:-1] in FA_ROLES:
        return word[:-1]
    return word


def _name_words_ok(words: list[str]) -> bool:
    """Words that may make a person's name: two to four, none a closed-class, time or head
    word, a role or a verb, the first no common word unless a first name."""
    top300 = _fa_common()[0]
    if not 2 <= len(words) <= 4:
        return False
    for w in words:
        if _stop(w) or _role_key(w) in FA_ROLES or _head_key(w) in _ALL_HEADS or w in top300 and not _given(w):
            return False
    return True


def _apposed_role(text: str, i: int) -> bool:
    """A role (FA_ROLES) or an age (۶۸ ساله) opens the apposition at ``i``."""
    m = _WORD.match(text, i)
    if m is not None:
        return _role_key(m.group()) in FA_ROLES
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return j > i and text.startswith(" ساله", j)


def _words_back(text: str, end: int, most: int) -> list[re.Match]:
    """Up to ``most`` words one space apart that end at ``end``, nearest last."""
    out = []
    while len(out) < most:
        k = end
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in _ZWNJ + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652"):
            k -= 1
        m = _WORD.match(text, k)
        if m is None or m.end() != end:
            break
        out.append(m)
        if k < 2 or text[k - 1] != " ":
            break
        end = k - 1
    return out[::-1]


def _name_before_comma(text: str, comma: int, covered: bytearray) -> tuple[int, int] | None:
    """The person's name that ends at the comma ``comma`` (حسن رضایی، سخنگوی ...): the
    words back to the sentence's start, a punctuation mark or a closed-class word (به
    گفته, استاد), two to three of them; or, after longer runs, from a first name on."""
    back = _words_back(text, comma, 5)
    names = []
    for m in reversed(back):
        w = m.group()
        if _stop(w) or w in FA_TITLES_IN_NAMES or w in FA_HONORIFICS or _role_key(w) in FA_ROLES \
                or covered[m.start()]:
            break
        names.insert(0, m)
    if not names:
        return None
    bounded = len(names) < len(back) or names[0].start() == 0 or not text[names[0].start() - 1] == " "
    if not bounded or len(names) > 3:
        firsts = [k for k, m in enumerate(names[:-1]) if _given(m.group())]
        if not firsts:
            return None
        names = names[firsts[-1] if len(names) - firsts[-1] >= 2 else firsts[0]:]
    words = [m.group() for m in names]
    if not _name_words_ok(words) or len(words) > 3:
        return None
    return names[0].start(), names[-1].end()


def _name_between_commas(text: str, comma: int, covered: bytearray) -> tuple[int, int] | None:
    """A person's name between two commas after a role (وزیر نیرو، علی رضایی، گفت): the
    stretch before the first comma opens with a role at the sentence's start or a
    punctuation mark."""
    nxt = min((j for j in (text.find("،", comma + 1), text.find(",", comma + 1)) if j > 0), default=-1)
    if nxt < 0 or nxt - comma > 40:
        return None
    span = text[comma + 1:nxt].strip()
    start = text.index(span, comma + 1) if span else -1
    words = span.split()
    if start < 0 or any(covered[start:start + len(span)]) or not all(_WORD.fullmatch(w) for w in words) \
            or not _name_words_ok(words) or len(words) > 3:
        return None
    opening = max(text.rfind(p, 0, comma) for p in ".،,:؛!؟\n")
    first = _WORD.match(text, opening + 1 + (text[opening + 1:opening + 2] == " ")) if opening >= 0 else _WORD.match(text, 0)
    if first is None or _role_key(first.group()) not in FA_ROLES:
        return None
    return start, start + len(span)


def persian_people(text: str, covered: bytearray) -> list[Candidate]:
    """People named in apposition with a role: before it (حسن رضایی، سخنگوی وزارت ...;
    مریم احمدی، ۶۰ ساله) or after it (وزیر نیرو، علی رضایی، ...), and a first name before
    a word of a family name's shape (FA_SURNAME_ENDINGS) or a rare word."""
    out: list[Candidate] = []
    if "،" in text or "," in text:
        for m in re.finditer("[،,] ?", text):
            comma = m.start()
            if _apposed_role(text, m.end()) and (span := _name_before_comma(text, comma, covered)) is not None:
                out.append(Candidate(span[0], span[1], text[span[0]:span[1]], "PER"))
            if (span := _name_between_commas(text, comma, covered)) is not None:
                out.append(Candidate(span[0], span[1], text[span[0]:span[1]], "PER"))
    out += _first_and_family_names(text, covered)
    return out


def _family_shaped(word: str) -> bool:
    """A word of a Persian family name's shape: listed, or with a family name's ending
    (شریفی, تقی‌زاده, یزدان‌پناه) and no common word, or a rare word (no everyday one)."""
    _, top, top10k = _fa_common()
    if word in _fa_names()[1]:
        return True
    if _stop(word) or _role_key(word) in FA_ROLES or _head_key(word) in _ALL_HEADS or len(word) < 3:
        return False
    if word.endswith(("ای", "وی")) and word[:-1] in top10k:
        return False   # (سرمای: a common noun's ezafe after its vowel, no nisba, which is -یی there)
    return word not in top and word.endswith(FA_SURNAME_ENDINGS) or word not in top10k


def _first_and_family_names(text: str, covered: bytearray) -> list[Candidate]:
    """A first name (``_given``) and a word of a family name's shape after it (داوود
    شریفی, عبدالقدیر X); a first name that is an everyday word too (امید "hope") needs a
    family name the 3,000 commonest words do not hold."""
    _, top, top10k = _fa_common()
    given = _fa_names()[0]
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if covered[m.start()] or _stop(w) or not (w in given or w not in top10k and _given(w)):
            continue
        nxt = _next_word(text, m.end())
        if nxt is None or any(covered[nxt.start():nxt.end()]) or not _family_shaped(nxt.group()) \
                or w in top and nxt.group() in top:
            continue
        out.append(Candidate(m.start(), nxt.end(), text[m.start():nxt.end()], "PER"))
    return out


# -- places --------------------------------------------------------------------------------
# words after which a place stands: prepositions of place and motion, and nouns of
# direction and nearness (در کرمانشاه, عازم نجف, حومه X)
FA_PLACE_CUES = _words("در به از تا نزدیک نزدیکی حومه اطراف عازم مقصد سمت شمال جنوب شرق غرب مرکز")
_CUE_RE = re.compile(f"(?<![{_LETTER}\u200c])(?:" + "|".join(sorted(FA_PLACE_CUES, key=len, reverse=True))
                     + f") (?=[{_LETTER}])")


def _known_place(word: str):
    """The place the knowledge base names ``word`` quietly (a town), in Persian or in
    Arabic letters (قزوین, قزوين), or None."""
    kb = get_kb()
    for form, lang in ((word, "fa"), (word.translate(_TO_ARABIC), "ar")):
        ent = kb.lookup(form, True, lang)
        if ent is not None and ent.type == "LOC":
            return ent
    return None


def persian_places(text: str, covered: bytearray) -> list[Candidate]:
    """Towns after a place cue (FA_PLACE_CUES) that the knowledge base names quietly or in
    Arabic letters only (در کرمانشاه, عازم نجف), none among the 300 commonest words."""
    top300 = _fa_common()[0]
    out: list[Candidate] = []
    for m in _CUE_RE.finditer(text):
        nxt = _WORD.match(text, m.end())
        if covered[nxt.start()]:
            continue
        name = nxt.group()
        if name in top300 or _stop(name) or _known_place(name) is None:
            continue
        out.append(Candidate(nxt.start(), nxt.end(), name, "LOC"))
    return out
