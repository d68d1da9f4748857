"""Turkish names read by Turkish grammar, before the knowledge base's hits are taken.

Turkish writes a proper name's case suffix after an apostrophe (Ankara'da: the name is
"Ankara"), and names an institution or a place by a compound whose head noun carries the
possessive suffix (Ankara Üniversitesi, Sağlık Bakanlığı, Eğirdir Gölü, Kurtuluş
Caddesi).  So, on runs of capitalised words (``turkish_named``):

* a run that ends in such a head is one name, known places inside it included (İstanbul
  Büyükşehir Belediyesi is no mention of İstanbul): an organisation's, a place's or an
  event's by its head (``ORG_HEADS``, ``LOC_HEADS``, ``EVENT_HEADS``), "ve" joining its
  words (Kültür ve Turizm Bakanlığı), with a legal form (X Gıda Sanayi ve Ticaret A.Ş.)
  or a club's form (X FK, Xspor) an organisation's;
* a name before a lower-case administrative noun is a place's (Pütürge ilçesinde,
  Kalınkaya köyünün, Hakurk bölgesinde);
* the words after a title (Genel Başkanı X Y, Cumhurbaşkanı X Y'i) or a lower-case
  role noun (emekli öğretmen X Y, muhtarı X Y) are a person's name;
* a compass word opens a region's name (Doğu Anadolu);
* an all-capital word is an acronym, most often an organisation's (TÜBİTAK).
"""

from __future__ import annotations

import re

from .candidates import GENERIC, NOBLE_PARTICLES

# the possessive (compound) form of the head nouns of organisations' names, which ends
# them (grammar: belirtisiz isim tamlaması): Sağlık Bakanlığı, Ankara Üniversitesi
ORG_HEADS = frozenset("""
bakanlığı başkanlığı müdürlüğü başsavcılığı savcılığı valiliği kaymakamlığı komutanlığı sekreterliği
müsteşarlığı büyükelçiliği başkonsolosluğu konsolosluğu rektörlüğü dekanlığı başhekimliği
belediyesi üniversitesi lisesi koleji okulu ilkokulu ortaokulu fakültesi enstitüsü akademisi
hastanesi odası borsası derneği kulübü kurumu kuruluşu mahkemesi müzesi atölyesi birliği örgütü
vakfı federasyonu konfederasyonu takımı partisi bankası meclisi kurulu konseyi komisyonu ajansı
şirketi kooperatifi sendikası grubu holding cemiyeti teşkilatı ittifakı kurultayı tiyatrosu
orkestrası korosu gazetesi dergisi televizyonu radyosu fabrikası otoritesi idaresi
fk sk
""".split())

# the same for places, buildings and landforms: Eğirdir Gölü, Ülker Stadyumu, Cunda Adası
LOC_HEADS = frozenset("""
gölü göleti çayı nehri ırmağı deresi dağı dağları tepesi vadisi kanyonu ovası yaylası platosu
adası adaları yarımadası körfezi boğazı burnu koyu denizi okyanusu şelalesi mağarası ormanı ormanları çölü
parkı caddesi sokağı bulvarı meydanı çarşısı pazarı köprüsü tüneli barajı limanı havalimanı havaalanı
garı istasyonu otogarı terminali stadyumu stadı arenası salonu manastırı kilisesi camii külliyesi
türbesi medresesi kervansarayı hanı hamamı kalesi kulesi sarayı konağı köşkü anıtı kapısı
mahallesi köyü beldesi bölgesi cumhuriyeti krallığı
""".split())

# the same for events, whose names are no organisation's nor place's (MISC): Avrupa
# Şampiyonası, Dünya Kupası, Cannes Film Festivali (so Avrupa there is no mention of Europe)
EVENT_HEADS = frozenset("""
şampiyonası kupası turnuvası olimpiyatları oyunları festivali fuarı zirvesi konferansı kongresi
forumu ödülleri ödülü yarışması maratonu bienali
""".split())

# a company's boards, named by common nouns: "X Yönetim Kurulu Başkanı" is X's chairman
BOARDS = frozenset(("yönetim kurulu", "icra kurulu", "denetim kurulu", "genel kurulu", "danışma kurulu"))

# a legal form closes a company's name (anonim şirket, limited şirket)
LEGAL_FORMS = frozenset(("a.ş.", "aş", "şti.", "ltd.", "holding"))

# lower-case administrative nouns after a place's name, in their possessive and case
# forms: Pütürge ilçesinde, Kalınkaya köyünün, Indiana eyaletinde, Hakurk bölgesinde
ADMIN_AFTER = re.compile(
    r" (?:ilçe(?:si|sinde|sindeki|sine|sinden|sinin)|köy(?:ü|ünde|ündeki|üne|ünden|ünün)"
    r"|mahalle(?:si|sinde|sindeki|sine|sinden|sinin)|belde(?:si|sinde|sindeki|sine|sinden|sinin)"
    r"|bölge(?:si|sinde|sindeki|sine|sinden|sinin)|eyalet(?:i|inde|indeki|ine|inden|inin)"
    r"|kent(?:i|inde|indeki|ine|inden|inin)|şehr(?:i|inde|indeki|ine|inden|inin)"
    r"|kasaba(?:sı|sında|sındaki|sına|sından|sının)|semt(?:i|inde|indeki|ine|inden|inin)"
    r"|il(?:i|inde|indeki|ine|inden|inin))(?!\w)")

# titles written before a person's name, in the possessive after the body or country
# (Genel Başkanı, Devlet Başkanı, Dışişleri Bakanı) or alone (Bakan, Vali)
TITLES = frozenset("""
başkanı başkan bakanı bakan başbakanı başbakan cumhurbaşkanı sekreteri müdürü valisi vali kaymakamı
büyükelçisi sözcüsü komutanı direktörü yöneticisi başkanvekili rektörü dekanı hakimi savcısı
milletvekili prof. dr. doç. av. uzm. op. kral kraliçe prens papa
""".split())

# lower-case role nouns before a person's name (emekli öğretmen X, köyün muhtarı X)
ROLE_BEFORE = frozenset("""
öğretmen öğretmeni muhtar muhtarı üretici üreticisi çiftçi esnaf işletmeci işletmecisi sahibi
sporcu sporcusu futbolcu oyuncu oyuncusu antrenör antrenörü hakem gazeteci muhabir muhabiri yazar
şair sanatçı şarkıcı ressam akademisyen doktor hekim hemşire avukat mühendis mimar işçi emekli
usta ustası şoför balıkçı avcı çoban esnafı öğrenci öğrencisi başkanı müdürü sözcüsü
""".split())

# compass words that open a region's name (Doğu Anadolu, Güneydoğu Asya)
COMPASS = frozenset("doğu batı kuzey güney kuzeydoğu kuzeybatı güneydoğu güneybatı orta".split())

# words that open a sentence but never a name (adverbs, determiners, conjunctions)
OPENERS = frozenset("""
bu şu o bir her bazı tüm bütün dün bugün yarın geçen gelecek ayrıca ancak fakat ama ve veya ile
öte yandan son ilk yeni eski öte
""".split())

# the endings of Turkish place names that are compounds (Demirköy, Cıbıltepe, İğneada,
# Yeşilırmak, Güzelyurt): a capitalised word in no word list ending so is a place
TOPONYM_ENDINGS = ("köy", "tepe", "ada", "ırmak", "dere", "hisar", "kale", "ova", "yurt", "kent", "abad", "dağ")

_TOKEN = re.compile(r"[^\W_][\w'’\-]*(?:\.[^\W\d_]+)*\.?")
_SUFFIX = re.compile(r"['’][^\W\d_]+$")
# a case suffix the head noun takes without an apostrophe (Bakanlığına, Müzesinde)
_HEAD_CASE = re.compile(r"(?:n(?:da|de|dan|den|a|e|ın|in|un|ün|daki|deki|ca|ce)|yla|yle)$")


def tr_lower(word: str) -> str:
    """Turkish lower case: İ -> i and I -> ı (str.lower gives i + a combining dot, and i)."""
    return word.replace("İ", "i").replace("I", "ı").lower()


class _Tok:
    __slots__ = ("start", "end", "stem_end", "low", "suffixed")

    def __init__(self, text: str, m: re.Match):
        word = m.group()
        self.start = m.start()
        dot = word.endswith(".") and tr_lower(word) not in LEGAL_FORMS and tr_lower(word) not in TITLES
        if dot:
            word = word[:-1]
        self.end = self.start + len(word)
        s = _SUFFIX.search(word)
        self.suffixed = bool(s) and s.group()[1:].islower() and s.start() > 0
        self.stem_end = self.start + s.start() if self.suffixed else self.end
        self.low = tr_lower(text[self.start:self.stem_end])


def _capitalised(text: str, t: _Tok) -> bool:
    return text[t.start].isupper()


def _runs(text: str):
    """Runs of capitalised words (and digits, "ve" and "&" between them) joined by single
    spaces; a word with a case suffix after an apostrophe ends its run."""
    run: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        t = _Tok(text, m)
        joined = run and text[run[-1].end:t.start] == " " and not run[-1].suffixed
        if not joined and run:
            yield run
            run = []
        if _capitalised(text, t) or run and (t.low in ("ve", "&") or t.low.isdigit()):
            run.append(t)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _head_type(t: _Tok) -> str | None:
    low = t.low
    if low in LEGAL_FORMS:
        return "ORG"
    for word in (low, _HEAD_CASE.sub("", low) if not t.suffixed else low):
        if word in ORG_HEADS:
            return "ORG"
        if word in LOC_HEADS:
            return "LOC"
        if word in EVENT_HEADS:
            return "MISC"
    if len(low) > 6 and low.endswith("spor"):
        return "ORG"   # a sports club: Kocaelispor, Bucaspor
    return None


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in ".!?:;\"“”«»()\n"


def _trim_openers(text: str, run: list[_Tok]) -> list[_Tok]:
    """Drop what cannot open a name: a sentence's first adverb or determiner, a number
    (unless a date names the thing: 19 Mayıs), a dangling "ve"."""
    while run and (run[0].low in ("ve", "&") or run[0].low.isdigit() and not (
            len(run) > 1 and run[1].low in _MONTHS) or run[0].low in OPENERS and _sentence_start(text, run[0].start)):
        run = run[1:]
    while run and run[-1].low in ("ve", "&"):
        run = run[:-1]
    return run


_GENITIVE = re.compile("[ıiuü]n$")   # the genitive case ending (şirketin: "the company's")
_ROMAN = re.compile(r"[IVXLC]+")
_MONTHS = frozenset("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split())


def _hit_types(hits) -> dict[int, str]:
    return {h.start: h.entity.type for h in hits}


def _subject_before_name(text: str, run: list[_Tok], hit_type: dict[int, str], common) -> bool:
    """The sentence opens with a plural noun before a known name or an everyday word: its
    subject, no part of the name (Uçuşlar Atatürk Havalimanı'ndan kalktı: "the flights";
    Sporcular Dünya Şampiyonası'nda: "the athletes")."""
    return len(run) > 2 and run[0].low.endswith(("lar", "ler")) \
        and (run[1].start in hit_type or run[0].low in common) \
        and run[0].start not in hit_type and _sentence_start(text, run[0].start)


def _headed(text: str, run: list[_Tok], hit_type: dict[int, str], common) -> tuple[int, int, str, int] | None:
    """The name a head closes in ``run``: (start, end, type, index of the head)."""
    k = max((i for i in range(1, len(run)) if _head_type(run[i]) is not None), default=None)
    if k is None:
        if len(run) >= 1 and _head_type(run[0]) == "ORG" and run[0].low.endswith("spor"):
            k = 0   # Kocaelispor alone
        else:
            return None
    if k + 1 < len(run) and run[k + 1].low.isdigit() and k + 2 == len(run):
        k += 1   # Bucaspor 1928: the founding year belongs to the club
    head_k = k if not run[k].low.isdigit() else k - 1
    if head_k >= 1 and " ".join(t.low for t in run[head_k - 1:head_k + 1]) in BOARDS:
        # Baykar Yönetim Kurulu Başkanı: the board is the title's, the firm before it the name
        name = _trim_openers(text, run[:head_k - 1])
        if len(name) == 1 and _sentence_start(text, name[0].start) and _GENITIVE.search(name[0].low):
            name = []   # Şirketin Yönetim Kurulu Başkanı: "the company's", a common noun
        return (name[0].start, name[-1].stem_end, "ORG", head_k) if name else (0, 0, None, head_k)
    name = _trim_openers(text, run[:k + 1])
    if _subject_before_name(text, name, hit_type, common):
        name = name[1:]
    if not name or (len(name) == 1 and head_k > 0):
        return None
    if len(name) == 1 and not name[0].low.endswith("spor"):
        return None
    return name[0].start, name[-1].stem_end, _head_type(run[head_k]), k


def _person_after(text: str, run: list[_Tok], i: int, hit_type: dict[int, str],
                  person_end: dict[int, int]) -> tuple[int, int, int] | None:
    """The person's name right after run[i] (a title): a known person's name (ABD Başkanı
    Donald Trump), else up to three plain words, not a known place's or body's name, the
    last one with its case suffix outside the name; a word before the run's last word, an
    unknown name with a place's case suffix, opens that place (Başkan Biden Beyaz Saray'da;
    not Ayşe Nur Kılıç Bursa'da, where Bursa is known)."""
    if i + 1 < len(run) and (end := person_end.get(run[i + 1].start)) is not None:
        k = next((j for j in range(i + 1, len(run)) if run[j].end >= end), None)
        # (a known name that goes on past the run, Ursula von der Leyen: the hit stands as it is)
        return (run[i + 1].start, min(end, run[k].stem_end), k) if k is not None else None
    words = []
    for j, t in enumerate(run[i + 1:i + 4], i + 1):
        if not t.low.isalpha() or t.low in TITLES or _head_type(t) is not None or t.low in ("ve",) \
                or text[t.start:t.stem_end].isupper() or words and hit_type.get(t.start, "PER") != "PER":
            break
        if words and j + 1 == len(run) - 1 and run[j + 1].suffixed and run[j + 1].start not in hit_type \
                and _PLACE_SUFFIX.search(text[run[j + 1].start:run[j + 1].end]):
            break
        words.append(t)
        if t.suffixed:
            break
    if not words or len(words) == 1 and hit_type.get(words[0].start, "PER") != "PER":
        return None
    if _PARTICLE_AFTER.match(text, words[-1].end):
        return None   # Ursula von der Leyen: the capitalised-run rules read the whole name
    return words[0].start, words[-1].stem_end, i + len(words)


_PARTICLE_AFTER = re.compile(" (?:" + "|".join(sorted(NOBLE_PARTICLES)) + ") ")


def _role_before(text: str, start: int) -> bool:
    """A lower-case role noun stands right before ``start`` (muhtarı X, öğretmen X)."""
    j = start - 1
    if j < 1 or text[j] != " ":
        return False
    k = j
    while k > 0 and (text[k - 1].isalpha()):
        k -= 1
    word = text[k:j]
    return word.islower() and word in ROLE_BEFORE


def _lone_place(text: str, t: _Tok, common: frozenset[str], given: frozenset[str]) -> bool:
    low = t.low
    return low.endswith(TOPONYM_ENDINGS) and len(low) >= 6 and low not in common and low not in given \
        and not low.endswith(("oğlu", "gil")) and not _sentence_start(text, t.start)


# the locative and ablative suffixes (after an apostrophe: Keçiören'de, Beyoğlu'ndaki,
# Bodrum'dan): where something happens or comes from, a place's
_PLACE_SUFFIX = re.compile(r"['’]n?[dt][ae](?:ki|n)?$")


def _suffixed_type(text: str, t: _Tok, lookup) -> str | None:
    """A word with its case suffix after an apostrophe is a proper name (Turkish spelling
    rule): the knowledge base's place, or a place by a locative or ablative suffix."""
    known = lookup(text[t.start:t.stem_end])
    if known is not None:
        return known.type if known.type in ("PER", "ORG", "LOC") else None
    return "LOC" if _PLACE_SUFFIX.search(text[t.start:t.end]) else None


def _acronym(text: str, t: _Tok, top: frozenset[str]) -> bool:
    """An all-capital word of 3-8 letters (TÜBİTAK, JAK), no Roman numeral, no frequent word
    (the word lists hold acronyms lower-cased: "tübitak" is a word to them)."""
    word = text[t.start:t.stem_end]
    return 3 <= len(word) <= 8 and word.isupper() and word.isalpha() and t.low not in top \
        and not _ROMAN.fullmatch(word) and t.low not in GENERIC and text[t.start - 1:t.start] != "("


def turkish_named(text: str, hits: list, cw, lookup) -> tuple[list, list]:
    """Names Turkish grammar tells (see the module's docstring), as (start, end, type, hit
    entity or None: a known person the name holds); the knowledge-base hits kept (none
    inside such a name). ``cw``: the word lists; ``lookup``: the knowledge base's entity
    for a name (quiet aliases too)."""
    hit_type = _hit_types(hits)
    person_end = {h.start: h.end for h in hits if h.entity.type == "PER"}
    named: list[tuple[int, int, str]] = []
    words = (cw.get("tr"), cw.get_top("tr"), cw.given_for("tr"))
    for run in _runs(text):
        named.extend(_run_names(text, run, hit_type, person_end, words, lookup))
    if not named:
        return hits, []
    taken = bytearray(len(text) + 1)
    for s, e, _ in named:
        taken[s:e] = b"\x01" * (e - s)
    kept = [h for h in hits if not any(taken[h.start:h.end])]
    inner = {h.start: h.entity for h in hits if h.entity.type == "PER" and taken[h.start]}
    out = []
    for s, e, etype in named:
        ent = next((ent for p, ent in inner.items() if s <= p < e), None) if etype == "PER" else None
        out.append((s, e, etype, ent))
    return kept, out


def _run_names(text: str, run: list[_Tok], hit_type: dict[int, str], person_end: dict[int, int], words, lookup):
    """The names in one run of capitalised words: a headed name, people after titles, else
    the run as a place (before an administrative noun, after a compass word), a person
    (after a role noun), an acronym, a suffixed proper name."""
    common, top, given = words
    found = []
    rest = run
    headed = _headed(text, run, hit_type, common)
    if headed is not None:
        s, e, etype, k = headed
        if etype is not None:
            found.append((s, e, etype))
        rest = run[k + 1:]
    i = 0
    while i < len(rest):
        if rest[i].low in TITLES and (person := _person_after(text, rest, i, hit_type, person_end)) is not None:
            found.append((person[0], person[1], "PER"))
            i = person[2] + 1
        else:
            i += 1
    if headed is not None or found:
        return found
    run = _trim_openers(text, run)
    if not run:
        return found
    s, e = run[0].start, run[-1].stem_end
    if len(run) <= 3 and not run[-1].suffixed and ADMIN_AFTER.match(text, e) \
            and all(t.low.isalpha() for t in run) and not (len(run) == 1 and _sentence_start(text, s)):
        return [(s, e, "LOC")]
    if len(run) == 2 and run[0].low in COMPASS and run[1].low.isalpha():
        return [(s, e, "LOC")]
    if 2 <= len(run) <= 3 and _role_before(text, s) and all(t.low.isalpha() and hit_type.get(t.start, "PER") == "PER"
                                                           for t in run):
        return [(s, e, "PER")]
    if len(run) == 1 and run[0].start not in hit_type:
        t = run[0]
        if _acronym(text, t, top):
            return [(s, e, "ORG")]   # TÜBİTAK'ın
        if _lone_place(text, t, common, given):
            return [(s, e, "LOC")]
        if t.suffixed and (etype := _suffixed_type(text, t, lookup)) is not None:
            return [(s, e, etype)]
    return found
