"""Near-identical languages: words and spelling, where character n-grams fail.

fastText and lingua see character n-grams, and Malay and Indonesian, Bokmål, Nynorsk
and Danish, or Bosnian, Croatian and Serbian share almost all of them. What tells
them apart is vocabulary and spelling: Malay *kerana, boleh, sahaja, wang* against
Indonesian *karena, bisa, saja, uang*; Danish *nogen, hvad, af* against Norwegian
*noen, hva, av*; Nynorsk *ikkje, eg, ein, frå, kva* against Bokmål *ikke, jeg, en,
fra, hva*; Croatian *tko, tisuća, tjedan, siječanj* against Bosnian and Serbian *ko,
hiljada, sedmica, januar*; Serbian (ekavian) *vreme, mesto, gde* against Bosnian and
Croatian (ijekavian) *vrijeme, mjesto, gdje*.

Two sources of evidence, neither fitted to any test data:

* **Word frequencies** (Malay/Indonesian and Bokmål/Danish): wordfreq's lists, turned
  into ``data/words.txt`` at build time by ``scripts/build_lang_words.py``. Naive Bayes
  over the words of the text: each word adds log10(f_a / f_b), where a word missing
  from a list gets a floor half a decade under the list's cut-off (1e-6), and one
  word's say is capped at two decades (names and list noise must not decide alone).
* **Marker words** (Nynorsk/Bokmål, Croatian/Bosnian/Serbian): standard-language
  vocabulary and spelling differences from grammars and style guides, written out
  below. Each marker found counts one vote.

``settle(text, group)`` returns the decision when the evidence is clear (at least
SETTLE decades, or more votes for one side), else None and the caller keeps its
n-gram answer. The same tables serve ``log_odds`` for re-ranking n-gram candidates of
the 30 other languages wordfreq covers (words of frequency >= 10 ** -5.5; Tagalog is
wordfreq's "fil"; its one list for Bosnian, Croatian and Serbian, "sh", serves all
three), ``knows_all`` (every word among a language's common words, frequency >= 1e-5),
``hindi_or_marathi`` and ``letters_say`` (letters one language alone writes).
The file is read once per process, on first use; a language's table is parsed when
first needed (a few ms each).
"""

from __future__ import annotations

import gzip
import re
import threading
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "words.txt.gz"

FLOOR = 50       # cB: a word missing from a list is half a decade rarer than the list's last
CAP = 2.0        # decades: the most one word can say
DECIDE = 2.0     # decades: words decide when the odds are at least 100:1
SETTLE = 1.0     # decades: between near twins, whose n-grams hardly differ, 10:1 will do
# decades: a word counts when one list has it at least 10 ** 0.2 (1.6) times as often as
# the other (on the development set, 1.0 ignored most of what two words have to say;
# 0.2 and 0.1 did equally well, 0 a little worse).
QUIET = 0.2

_LOCK = threading.Lock()
_RAW: dict[str, list[str]] | None = None          # lang -> its unparsed lines
_FREQ: dict[str, tuple[dict[str, int], int]] = {}  # lang -> (word -> cB, floor cB)
_WORD = re.compile(r"[^\W\d_]+")


def _raw() -> dict[str, list[str]]:
    global _RAW
    if _RAW is None:
        with _LOCK:
            if _RAW is None:
                raw: dict[str, list[str]] = {}
                for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
                    if not line.startswith("#"):
                        raw.setdefault(line[:line.index("\t")], []).append(line)
                _RAW = raw
    return _RAW


# Languages that read another language's list: wordfreq merges Bosnian, Croatian and
# Serbian into one Latin-script list, "sh". It stands for each of them against the other
# languages (the three are told apart by marker words, below); Serbian, which the detector
# knows in Cyrillic only, reads it spelled in Serbian Cyrillic.
SHARED_LIST = {"bs": "sh", "hr": "sh", "sr": "sh"}
# Serbian Latin -> Cyrillic, one letter for one (the digraphs lj, nj, dž are one letter each).
_SR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SR_LETTERS = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж"))
_SR_LATIN = re.compile("lj|nj|dž|[abcčćdđefghijklmnoprsštuvzž]")
_NOT_CYRILLIC = re.compile("[^\u0400-\u04ff]")


def _cyrillic(word: str) -> str | None:
    """A Serbian Latin word in Serbian Cyrillic; None when it has a letter Serbian lacks."""
    out = _SR_LATIN.sub(lambda m: _SR_DIGRAPHS.get(m.group()) or _SR_LETTERS[m.group()], word)
    return None if _NOT_CYRILLIC.search(out) else out


def has_words(lang: str) -> bool:
    return SHARED_LIST.get(lang, lang) in _raw()


def table(lang: str) -> tuple[dict[str, int], int]:
    """(word -> cB, the cB given to a word the list lacks); parsed on first use."""
    got = _FREQ.get(lang)
    if got is None and lang in SHARED_LIST:
        words_cb, floor = table(SHARED_LIST[lang])
        if lang == "sr":
            spelled = ((_cyrillic(w), cb) for w, cb in words_cb.items())
            words_cb = {w: cb for w, cb in spelled if w is not None}
        got = _FREQ[lang] = (words_cb, floor)
    if got is None:
        words_cb: dict[str, int] = {}
        floor = 650
        for line in _raw()[lang]:
            _, cb, rest = line.split("\t")
            if cb == "*":
                floor = int(rest) + FLOOR
                continue
            c = int(cb)
            for w in rest.split(" "):
                words_cb[w] = c
        got = _FREQ[lang] = (words_cb, floor)
    return got


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def log_odds(tokens, a: str, b: str) -> float:
    """Decades of evidence for language ``a`` over ``b`` (negative: for ``b``); each
    distinct word counts once."""
    (ta, fa), (tb, fb) = table(a), table(b)
    toks = tokens if isinstance(tokens, (set, frozenset)) else set(tokens)
    total = 0.0
    for w in (ta.keys() & toks) | (tb.keys() & toks):  # the few words either list has
        d = (tb.get(w, fb) - ta.get(w, fa)) / 100.0
        if -QUIET < d < QUIET:
            continue
        total += CAP if d > CAP else -CAP if d < -CAP else d
    return total


_COMMON: dict[str, frozenset] = {}
COMMON_CB = 500  # the common words: frequency at least 1e-5


def knows_all(tokens, lang: str) -> bool:
    """True when every token is one of ``lang``'s common words (frequency >= 1e-5)."""
    common = _COMMON.get(lang)
    if common is None:
        common = _COMMON[lang] = frozenset(w for w, cb in table(lang)[0].items() if cb < COMMON_CB)
    return common >= set(tokens)


# --- marker words -------------------------------------------------------------------------

# Nynorsk against Bokmål: the commonest words whose standard forms differ (pronouns,
# question words, negation, frequent adverbs and verbs). Danish shares most of the
# Bokmål column, which is why Danish is settled first, on frequencies.
NYNORSK = frozenset("""
ikkje eg ein eit dei deira deim kva kven kvar kvart korleis kvifor frå berre heile heilt
mykje noko nokon nokre vere vera vorte vart òg dykk dykkar hjå difor sjølv sjølve
fekk gjekk sidan medan eigen eiga eige eigne gong gonger saman ho hennar desse fleire
utan sjå gjere gjera kome koma veke veka kyrkje kyrkja skule skulen vatn
""".split())
BOKMAL = frozenset("""
ikke jeg hva hvem hvor hvordan hvorfor fra bare hele helt mye noe noen være vært
ble blitt også dere selv selve fikk gikk siden mens egen eget egne sammen
hun hennes disse flere uten sier se gjøre komme uke uka kirke kirken skole skolen vann
hvis
""".split())

# Croatian standard vocabulary against Bosnian and Serbian (both of which use the second
# column's words): months, common nouns, country names and learned suffixes that the
# standards spell or choose differently (Croatian tisuća, tjedan, sveučilište, glazba,
# povijest, obitelj, Europa, Španjolska, demokracija; Bosnian and Serbian hiljada,
# sedmica, univerzitet, muzika, historija/istorija, porodica, Evropa, Španija,
# demokratija; Croatian tijekom, sudionik, tvrtka, putovnica, tajnik, časnik, računalo,
# tiskovna (konferencija); Bosnian and Serbian tokom, učesnik, preduzeće, pasoš, sekretar,
# oficir, računar, štampa, saobraćaj). Words given whole, and stems that begin a word
# (every inflection).
CROATIAN = frozenset("""
tko netko nitko svatko itko tkogod studeni studenoga studenog studenom kruh kruha vlak vlaka
vlakom otok otoka otoku otoci glede sukladno izvan izvanredno primjerice točka točke točno
tijekom
""".split())
CROATIAN_STEMS = tuple("""
siječ veljač ožuj travan travnj svibanj svibnj lipanj lipnj srpanj srpnj kolovoz rujan rujn
listopad prosinac prosinc tisuć tjedan tjedn sveučilišt tvornic glazb kazališt znanost
znanstv povijes kemij obitelj uvjet suradn izvješć nogomet zrakoplov veleposlan mirovin
sudjel sportaš obran obramb prosvjed gospodarstv gospodarsk priopć europ španjol švicar
nizozem rumunj demokrac birokrac diplomac sudion tvrtk poduzeć putovnic tajnik zapovjed
časnik vojarn nazoč tiskovn računal
""".split())
BOSNIAN_SERBIAN = frozenset("""
ko neko niko svako iko šta januar januara februar februara mart marta april aprila maj
maja juni juna jun juli jula jul avgust avgusta septembar septembra oktobar oktobra
novembar novembra decembar decembra voz voza vozom avion aviona ostrvo ostrva nauka nauke
nauku naukom tačka tačke tačno vanredno tokom
""".split())
BOSNIAN_SERBIAN_STEMS = tuple("""
hiljad sedmic univerzitet fabrik muzik muzič pozorišt naučn histor istorij istorijs hemij
porodic uslov saradn izvještaj fudbal ambasad penzij učestv učešć sportist odbran odbramb
privred saopć saopšt evrop španij španski švajcar holandij rumunij demokratij birokratij
diplomatij vazduh opšt hljeb hleb organizov realizov učesni preduzeć pasoš sekretar
komandant oficir kasarn saobraćaj štamp računar
""".split())
# Afrikaans against Dutch: Afrikaans spells ij as y and writes s for Dutch z (tyd/tijd,
# sal/zal), has its own pronouns and negation (ek, jy, hulle, julle, nie), and lost the
# Dutch plural -en on many nouns (mense, kinders); Dutch -atie is Afrikaans -asie
# (organisatie/organisasie). Dutch words that are not Afrikaans: ik, niet, zijn, naar,
# heeft, hebben, wordt, ... ("de" is left out: the Afrikaner surnames de Villiers, de
# Klerk; "die", "een" and "het" are words of both).
AFRIKAANS = frozenset("""
nie ek jy hulle julle hierdie baie kry gewees gesê sê vir mense jare vandag mekaar saam
altyd tyd tye dinge kinders skool sien sal sou soos sodat terwyl vyf ses sewe wêreld
môre dié amper reg sy wys nuwe goeie by my
""".split())
DUTCH = frozenset("""
ik niet zijn naar heeft hebben wordt worden werd deze hun je jij mij wij zij bij zich
ze zo zal zou zien zeer zonder
""".split())


def _afrikaans_votes(text: str, tokens: list[str]) -> int:
    n = sum(text.count(q + "n ") for q in "'\u2019\u2018`")  # the article 'n
    for w in tokens:
        if w in AFRIKAANS or (w.endswith(("asie", "asies")) and w != "fantasie"):
            n += 1
        elif w in DUTCH or "ij" in w or w.endswith(("atie", "aties")):
            n -= 1
    return n


# Serbian (ekavian) spellings of words that Bosnian and Croatian (ijekavian) write with
# ije/je: vreme/vrijeme, mesto/mjesto, gde/gdje, ...
EKAVIAN = frozenset("""
vreme vremenu mesto mesta mestu gde negde ovde uvek deca dece
dete deteta svet sveta svetu svetski lepo lep lepa reč reči reka reke pesma pesme vest
vesti posle cela celo celog cele hteo htela mleko mleka nedelja nedelje nedelju
veoma sreda srede pre primer primera vera vere telo tela beli bela belo
""".split())
IJEKAVIAN = frozenset("""
vrijeme vremenu mjesto mjesta mjestu gdje negdje ovdje uvijek djeca djece dijete djeteta
svijet svijeta svijetu svjetski lijepo lijep lijepa riječ riječi rijeka rijeke pjesma
pjesme vijest vijesti poslije cijeli cijela cijelo cijelog cijele htio htjela mlijeko
nedjelja nedjelje nedjelju srijeda srijede prije primjer primjera vjera vjere tijelo
tijela bijeli bijela bijelo
""".split())


def afrikaans_says(text: str, tokens: list[str]) -> bool:
    """More Afrikaans marker words than Dutch ones: Afrikaans, which has no word list,
    keeps the n-grams' vote against a language whose list merely holds every word
    ("model nie": Slovak has both words, and nie is Afrikaans's negation)."""
    return _afrikaans_votes(text, tokens) > 0


def _votes(tokens: list[str], yes: frozenset, no: frozenset,
           yes_stems: tuple = (), no_stems: tuple = ()) -> int:
    n = 0
    for w in tokens:
        if w in yes or (yes_stems and w.startswith(yes_stems)):
            n += 1
        elif w in no or (no_stems and w.startswith(no_stems)):
            n -= 1
    return n


# --- letters only one language writes -------------------------------------------------------

# Letters that, among the detector's languages, one language's alphabet alone has
# (Azerbaijani ə, Czech ř ů, Hungarian ő ű, Romanian ș ț, Lithuanian ė į ų,
# Latvian ļ ņ ķ ģ, Esperanto ĉ ĝ ĥ ĵ ŝ ŭ, Welsh ŵ ŷ; Marathi ळ ऱ among Devanagari). A text in which they are common is
# that language whatever n-grams say; a name or two is not enough. Lower case only, and
# never in a word with a capital inside: UTF-8 read as cp1250 or cp1252 (mojibake, common
# on the web) makes capitals such as Ĺ Ř Ő inside words, and Turkish read as cp1252 turns
# ğ ş ı into ð þ ý, and Czech ž read as cp1250 instead of ISO 8859-2 is ľ: so Icelandic's
# ð þ and Slovak's ľ ĺ ŕ are not used.
OWN_LETTERS = {
    "az": "ə", "cs": "řů", "hu": "őű", "ro": "șț", "lt": "ėįų",
    "lv": "ļņķģ", "eo": "ĉĝĥĵŝŭ", "cy": "ŵŷ",
    "mr": "\u0933\u0931",  # Devanagari LLA and RRA: Marathi writes them, Hindi does not
}
_OWNER = {ch: lang for lang, letters in OWN_LETTERS.items() for ch in letters}
_OWN_RE = re.compile("[" + "".join(_OWNER) + "]")


def letters_say(text: str, code: str) -> str | None:
    """The language whose own letters fill the text, when that is not ``code``."""
    if _OWN_RE.search(text) is None:
        return None
    tokens = text.split()  # not _WORD: it would cut Devanagari words at their vowel signs
    counts: dict[str, int] = {}
    for w in tokens:
        m = _OWN_RE.search(w)
        if m is not None and (w[1:].islower() or not any(c.isupper() for c in w[1:])):
            lang = _OWNER[m.group()]
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if lang != code and (n >= 2 or 2 * n >= len(tokens)):
        return lang
    return None


# --- Hindi or Marathi --------------------------------------------------------------------------

_DEVA_PUNCT = ".,;:!?()[]{}\"'\u0964\u0965\u2018\u2019\u201c\u201d-"


def hindi_or_marathi(text: str) -> str | None:
    """"hi" when every word is in Hindi's word list, "mr" when none is, else None.

    wordfreq has no Marathi; its Hindi list (26,000 words down to a frequency of 1e-6)
    holds the common Hindi word forms, and Marathi, which glues its case endings and
    postpositions to the word (शाळेत, त्यांच्या), mostly writes forms Hindi does not.
    """
    hi = table("hi")[0]
    tokens = [t.strip(_DEVA_PUNCT) for t in text.split()]
    tokens = [t for t in tokens if t and not t.isascii()]
    if not tokens:
        return None
    known = sum(t in hi for t in tokens)
    if known == len(tokens):
        return "hi"
    if known == 0:
        return "mr"
    return None


# --- decisions --------------------------------------------------------------------------------

def settle(text: str, group) -> tuple[str, float] | None:
    """(code, confidence) within ``group`` when words decide, else None."""
    group = frozenset(group)
    tokens = words(text)
    if not tokens:
        return None
    if group == {"ms", "id"}:
        lo = log_odds(tokens, "ms", "id")
        if abs(lo) < SETTLE:
            return None
        return ("ms" if lo > 0 else "id"), conf(lo)
    if group == {"nb", "nn", "da"}:
        lo = log_odds(tokens, "nb", "da")
        nn = _votes(tokens, NYNORSK, BOKMAL)
        lo_nor = lo + max(nn, 0)  # a Nynorsk marker is Norwegian evidence too (Bokmål markers are Danish too)
        if lo_nor <= -SETTLE:
            return "da", conf(lo_nor)
        if nn > 0:
            return "nn", conf(nn)
        if nn < 0:
            return "nb", conf(-nn)
        return None  # Norwegian, but which one only n-grams can say
    if group == {"af", "nl"}:
        af = _afrikaans_votes(text, tokens)
        if af == 0:
            return None
        return ("af" if af > 0 else "nl"), conf(abs(af))
    if group == {"bs", "hr", "sr"}:
        hr = _votes(tokens, CROATIAN, BOSNIAN_SERBIAN, CROATIAN_STEMS, BOSNIAN_SERBIAN_STEMS)
        ek = _votes(tokens, EKAVIAN, IJEKAVIAN)
        if ek > 0:
            return "sr", conf(ek)
        if hr > 0:
            return "hr", conf(hr)
        if hr < 0:
            return "bs", conf(-hr)
        return None
    return None


def conf(decades: float) -> float:
    """Odds of 10 ** |decades| to one, as a probability."""
    d = min(abs(decades), 6.0)
    return 1.0 - 1.0 / (1.0 + 10.0 ** d)
