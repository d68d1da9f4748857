"""Money and percentages in many languages, with a value in units and an ISO currency.

    "$ 100 बिलियन" -> 1e11 USD      "2,7 Milliarden US-Dollar" -> 2.7e9 USD
    "1 tỷ USD"      -> 1e9 USD      "200億ドル" -> 2e10 USD     "453億7100万元" -> 4.5371e10 CNY
    "53 مليار دولار" -> 5.3e10 USD   "9 %" -> 9.0 (percent)

Numbers: the last of '.' / ',' is a decimal point unless exactly three digits
follow it (then both are thousands separators): "2,7" = 2.7, "1,000" = 1000,
"10.000" = 10000, "1.234,5" = 1234.5.  Arabic-Indic digits are read too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.records import Amount

# Digits: ASCII, Arabic-Indic, Persian, Devanagari, Bengali (Bengali news writes its own)
_DIGIT_RANGES = "0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF"
_D = f"[{_DIGIT_RANGES}]"
# (thousands also grouped by a plain space, as French, Russian, Polish or Swedish copy
# often has them: "12 500 euros" is 12,500, not 500)
_GROUP = rf"(?:[.,\u00a0\u202f]| (?={_D}{{3}}(?!{_D})))"
NUM = rf"(?:{_D}{{1,3}}(?:{_GROUP}{_D}{{3}})+(?:[.,٫]{_D}+)?|{_D}+(?:[.,٫]{_D}+)?)"

# scale words -> multiplier (German "Billion" is 1e12: handled in _scale)
SCALES = {
    "thousand": 1e3, "thousands": 1e3, "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3, "k": 1e3,
    "nghìn": 1e3, "ngàn": 1e3, "ألف": 1e3, "آلاف": 1e3, "हज़ार": 1e3, "हजार": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "mn": 1e6, "m": 1e6,
    "mln": 1e6, "triệu": 1e6, "مليون": 1e6, "ملايين": 1e6, "मिलियन": 1e6, "млн": 1e6, "млн.": 1e6,
    "millones": 1e6, "millions de": 1e6, "milioni": 1e6, "milhões": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "mrd": 1e9, "mrd.": 1e9, "tỷ": 1e9, "tỉ": 1e9, "مليار": 1e9, "مليارات": 1e9, "बिलियन": 1e9,
    "अरब": 1e9, "млрд": 1e9, "млрд.": 1e9, "milliard": 1e9, "milliards": 1e9, "miliardi": 1e9,
    "mil millones": 1e9, "bilhões": 1e9, "करोड़": 1e7, "करोड": 1e7, "लाख": 1e5,
    # Indian numbering in English, Urdu and Persian text: lakh 1e5, crore 1e7, arab 1e9
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "cr.": 1e7,
    "lakh crore": 1e12, "लाख करोड़": 1e12, "लाख करोड": 1e12, "हजार करोड़": 1e10, "हज़ार करोड़": 1e10,
    "thousand crore": 1e10,
    "لاکھ": 1e5, "کروڑ": 1e7, "ارب": 1e9, "میلیون": 1e6, "میلیارد": 1e9,
    "milyon": 1e6, "milyar": 1e9, "mld": 1e9, "mld.": 1e9, "miliardów": 1e9, "milionów": 1e6,
    "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9, "miljoner": 1e6, "miljarder": 1e9,
    "millioner": 1e6, "milliarder": 1e9, "miljoonaa": 1e6, "miljardia": 1e9, "milionů": 1e6, "miliony": 1e6, "milionu": 1e6, "miliardy": 1e9, "tisíc": 1e3,
    "miliard": 1e9, "miliardů": 1e9, "milioane": 1e6, "miliarde": 1e9, "miliona": 1e6, "milijuna": 1e6,
    "milijardi": 1e9, "milijarde": 1e9,
    "εκατ.": 1e6, "εκατ": 1e6, "εκατομμύρια": 1e6, "δισ.": 1e9, "δισ": 1e9, "δισεκατομμύρια": 1e9,
    "מיליון": 1e6, "מיליארד": 1e9, "ล้าน": 1e6, "พันล้าน": 1e9, "หมื่นล้าน": 1e10, "แสนล้าน": 1e11,
    "ล้านล้าน": 1e12, "만": 1e4, "억": 1e8, "조": 1e12, "juta": 1e6, "miliar": 1e9, "triliun": 1e12,
    "bilion": 1e9, "trilion": 1e12, "milliárd": 1e9, "millió": 1e6, "ezer": 1e3,
    "tuhatta": 1e3,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "billionen": 1e12, "nghìn tỷ": 1e12,
    "تريليون": 1e12, "ट्रिलियन": 1e12, "खरब": 1e11, "трлн": 1e12,
    # Bengali: হাজার thousand, লাখ lakh, কোটি crore, মিলিয়ন, বিলিয়ন
    "হাজার": 1e3, "লাখ": 1e5, "কোটি": 1e7, "মিলিয়ন": 1e6, "বিলিয়ন": 1e9,
}
CJK_SCALES = {"千": 1e3, "万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8, "兆": 1e12, "万亿": 1e12, "萬億": 1e12,
              "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6, "千億": 1e11, "千亿": 1e11, "百億": 1e10,
              "百亿": 1e10,
              # Korean writes its amounts the same way: 9조1천억원, 3억5천만 달러
              "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12, "천만": 1e7, "백만": 1e6, "천억": 1e11,
              "백억": 1e10, "십억": 1e9}
_CJK_SCALE_LAST = frozenset(w[-1] for w in CJK_SCALES)
_CJK_CURRENCY = re.compile("[ぁ-ヿ一-鿿가-힣]")   # currency words the "cjk" pattern may end with

CURRENCY_WORDS = {
    "usd": "USD", "us-dollar": "USD", "us-dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "dollar": "USD", "dollars": "USD", "đô la": "USD", "đô la mỹ": "USD", "đô": "USD",
    "دولار": "USD", "دولارات": "USD", "دولار أمريكي": "USD", "डॉलर": "USD", "ドル": "USD", "米ドル": "USD",
    "美元": "USD", "美金": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD", "dólares": "USD",
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "ユーロ": "EUR", "欧元": "EUR", "يورو": "EUR",
    "यूरो": "EUR", "евро": "EUR",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "人民元": "CNY",
    "nhân dân tệ": "CNY", "يوان": "CNY", "युआन": "CNY", "юаней": "CNY", "юаня": "CNY", "юань": "CNY",
    "jpy": "JPY", "yen": "JPY", "円": "JPY", "日元": "JPY", "ين": "JPY", "येन": "JPY", "иен": "JPY",
    "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pfund": "GBP", "英镑": "GBP", "ポンド": "GBP",
    "hkd": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "香港ドル": "HKD",
    "inr": "INR", "rupee": "INR", "rupees": "INR", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
    "vnd": "VND", "đồng": "VND", "krw": "KRW", "won": "KRW", "원": "KRW", "ウォン": "KRW",
    "דולר": "USD", "דולרים": "USD", "שקל": "ILS", "שקלים": "ILS", "ดอลลาร์": "USD", "ดอลลาร์สหรัฐ": "USD",
    "บาท": "THB", "달러": "USD", "위안": "CNY", "엔": "JPY", "유로": "EUR", "rupiah": "IDR",
    "chf": "CHF", "franken": "CHF", "rub": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб.": "RUB", "руб": "RUB",
    "sar": "SAR", "ريال": "SAR", "aed": "AED", "درهم": "AED", "twd": "TWD", "新台币": "TWD",
    "dolar": "USD", "dolarów": "USD", "دلار": "USD", "ευρώ": "EUR", "δολάρια": "USD", "kronor": "SEK", "złotych": "PLN", "zł": "PLN", "złotego": "PLN", "korun": "CZK", "koruny": "CZK", "kč": "CZK", "forint": "HUF",
    "টাকা": "BDT", "ডলার": "USD", "রুপি": "INR", "taka": "BDT", "ڈالر": "USD", "روپے": "PKR",
    # other currencies news names by word (peso and krone name several: no code then)
    "pesos": None, "peso": None, "reais": "BRL", "rublos": "RUB", "yenes": "JPY", "yuanes": "CNY",
    "libras": "GBP", "libras esterlinas": "GBP", "rupias": "INR", "liras": "TRY", "lira": "TRY",
    "tl": "TRY", "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB",
    "shekels": "ILS", "shekel": "ILS", "dirhams": "AED", "riyals": "SAR", "zloty": "PLN", "zlotys": "PLN",
    "euró": "EUR", "eurós": "EUR", "eurót": "EUR", "dollár": "USD", "dolláros": "USD", "dollárt": "USD",
    "forintos": "HUF", "euroa": "EUR", "euron": "EUR", "dollaria": "USD", "dollarin": "USD",
    "krona": "SEK", "kroner": None, "hryvnias": "UAH", "hryvnia": "UAH", "гривень": "UAH",
    "гривні": "UAH", "tenge": "KZT", "lei": "RON", "forintot": "HUF", "forints": "HUF",
    # French, Italian, German and Dutch names of the yen, the Swiss franc and the pound
    # ("2 000 milliards de yens", "3 milliards de francs suisses", "5 millions de livres")
    "yens": "JPY", "francs suisses": "CHF", "franc suisse": "CHF", "franchi svizzeri": "CHF",
    "franchi": "CHF", "schweizer franken": "CHF", "zwitserse frank": "CHF", "livres": "GBP",
    "livres sterling": "GBP", "livre sterling": "GBP", "sterline": "GBP", "sterlina": "GBP",
    "britse pond": "GBP", "pond": "GBP", "yuans": "CNY", "roupies": "INR", "roubles": "RUB",
    "wons": "KRW", "rupie": "INR", "rubli": "RUB", "dollari": "USD", "dollaro": "USD",
    "sterlinen": "GBP", "yenes japoneses": "JPY",
}
SYMBOLS = {"US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NT$": "TWD", "R$": "BRL",
           "$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "৳": "BDT", "₩": "KRW", "₫": "VND", "₽": "RUB",
           "¥": "JPY", "￥": "JPY", "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "Rp.": "IDR", "RM": "MYR",
           "₱": "PHP", "₺": "TRY", "₪": "ILS", "₴": "UAH", "฿": "THB", "₦": "NGN",
           # ISO codes before the number, as financial news writes them: "USD 5 million", "INR 2 lakh"
           "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
           "HKD": "HKD", "INR": "INR", "CHF": "CHF"}
PERCENT_WORDS = ["%", "％", "٪", "prozent", "percent", "per cent", "pct", "phần trăm", "प्रतिशत",
                 "في المئة", "في المائة", "بالمئة", "بالمائة", "パーセント", "процентов", "процента", "pour cent",
                 "por ciento", "per cento", "por cento", "procent", "procenta", "procento", "prosent",
                 "prosenttia", "százalék", "persen", "peratus", "posto", "odsto", "відсотків", "відсотка",
                 "درصد", "τοις εκατό", "퍼센트", "proc.", "procentu", "procentów", "फीसदी", "फ़ीसदी",
                 "فیصد", "เปอร์เซ็นต์", "אחוז", "אחוזים", "শতাংশ", "சதவீதம்", "procentech", "procenty",
                 "procentům", "procentach", "procentami", "százalékon", "százalékra", "százalékkal",
                 "százalékos", "százalékot", "százalékban", "prosenttiin", "prosentilla", "prosentin",
                 "prosentissa"]


_WB = r"(?![^\W\d_])"  # no letter right after a word


def _word_end(w: str) -> str:
    """The end test of ``w`` in a pattern: words of spaced scripts end at a word boundary
    (Thai and CJK words need not: ล้านดอลลาร์ is "million dollars" written together)."""
    last = w[-1]
    spaced = not ("\u0e00" <= last <= "\u0e7f" or "\u3040" <= last <= "\u9fff" or "\uac00" <= last <= "\ud7af")
    return _WB if spaced and last.isalpha() else ""


def alternation(words, flags: int, ends: bool = False) -> str:
    """``words`` as one alternation, longest first (``ends``: each with its ``_word_end``),
    grouped by first character: one literal per group, ``flags`` (the pattern's) saying
    which characters are one.  The regex engine enters every alternative in turn, so a
    group whose character is not there costs one test instead of one per word; the
    matches are the same, as only one group can match at a position and its words keep
    their order."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        key = next((k for k in groups if re.fullmatch(re.escape(k), w[0], flags)), w[0])
        groups.setdefault(key, []).append(re.escape(w[1:]) + (_word_end(w) if ends else ""))
    return "|".join(re.escape(k) + "(?:" + "|".join(tails) + ")" for k, tails in groups.items())


_SCALE = rf"(?:{alternation(SCALES, re.IGNORECASE, ends=True)})"
_CUR = rf"(?:{alternation(CURRENCY_WORDS, re.IGNORECASE, ends=True)})"
_SYM = rf"(?:{alternation(SYMBOLS, re.IGNORECASE)})"
_CJK_SCALE = rf"(?:{alternation(CJK_SCALES, 0)})"
_SP = r"[ \u00a0\u202f]?"

PATTERNS = [
    # $ 100 बिलियन, US$2.5bn, € 3 Mio. Euro
    ("sym", re.compile(rf"(?P<sym>{_SYM}){_SP}(?P<num>{NUM})(?:{_SP}(?P<scale>{_SCALE}))?(?:{_SP}(?P<cur>{_CUR}))?",
                       re.IGNORECASE)),
    # 453億7100万元, 200億ドル, 3800亿元, 20ドル, 1.5 万亿美元
    # (one space allowed around the second part and before the currency: 9조 1천억 원, 1만 2000원;
    # a second part only after a scale: "0 0元" is two numbers, found by a property test)
    ("cjk", re.compile(rf"(?P<num>{NUM}){_SP}(?:(?P<scale>{_CJK_SCALE})(?:{_SP}(?P<num2>{NUM})(?P<scale2>{_CJK_SCALE})?)?)?"
                       rf"{_SP}(?P<cur>{alternation((w for w in CURRENCY_WORDS if not w.isascii() and _CJK_CURRENCY.search(w)), 0)})")),
    # 2,7 Milliarden US-Dollar, 1 tỷ USD, 53 مليار دولار, 800 triệu USD, 5 USD
    # (French/Spanish/Italian/English link words: "3 milliards d'euros", "500 millones de
    # euros", "2 miliardi di euro")
    ("word", re.compile(rf"(?<![A-Za-z.,{_DIGIT_RANGES}])(?P<num>{NUM}){_SP}(?:(?P<scale>{_SCALE})"
                        rf"(?:{_SP}(?:de |di |d['’]|of ))?{_SP})?(?P<cur>{_CUR})", re.IGNORECASE)),
    # مليار دولار (a billion dollars, no digits)
    # (= (?<![\w])(?P<scale>مليار|مليون|تريليون)..., the lookbehind after the first letter so
    # that the regex engine skips to م / ت instead of trying every position)
    ("bare", re.compile(rf"(?P<scale>م(?<![\w][\s\S])(?:ليار|ليون)|ت(?<![\w][\s\S])ريليون)"
                        rf"{_SP}(?P<cur>دولار|يورو|يوان){_WB}")),
    ("pct", re.compile(rf"(?<![A-Za-z.,{_DIGIT_RANGES}])(?P<num>{NUM}){_SP}(?P<pct>{alternation(PERCENT_WORDS, re.IGNORECASE)})(?![A-Za-zÀ-ÿ])", re.IGNORECASE)),
    # Turkish and Azerbaijani put the sign or word first: %61,8, yüzde 50
    ("pctpre", re.compile(rf"(?<![\w%])(?P<pct>%|yüzde){_SP}(?P<num>{NUM})(?![0-9])", re.IGNORECASE)),
]
PERCENT_FIRST_LANGS = frozenset({"tr", "az"})

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫०१२३४५६७८९০১২৩৪৫৬৭৮৯", "01234567890123456789.01234567890123456789")


def parse_number(s: str) -> float | None:
    s = s.translate(_DIGITS).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    last = max(s.rfind("."), s.rfind(","))
    if last == -1:
        return float(s)
    tail = s[last + 1:]
    if len(tail) == 3 and (s.count(".") + s.count(",") > 1 and s[last] == _first_sep(s) or
                           s.count(".") + s.count(",") == 1):
        # thousands separator(s) only: 1,000 / 10.000 / 1,000,000
        return float(s.replace(".", "").replace(",", ""))
    intpart = s[:last].replace(".", "").replace(",", "")
    return float(f"{intpart or '0'}.{tail}")


def _first_sep(s: str) -> str:
    for c in s:
        if c in ".,":
            return c
    return ""


def _scale(word: str | None, lang: str | None) -> float:
    if not word:
        return 1.0
    w = word.lower()
    if w in ("billion", "billionen") and (lang == "de" or word == "Billionen"):
        return 1e12
    return SCALES.get(w, CJK_SCALES.get(word, 1.0))


_DIGIT_RUN = re.compile(rf"{_D}{_D}*")   # ({_D}+ opening with its class: the engine skips ahead)
_SYM_FIRST = frozenset(w[0] for w in SYMBOLS) | frozenset(w[0].lower() for w in SYMBOLS)
_NUM_START_BLOCK = frozenset("0123456789.,٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫०१२३४५६७८९০১২৩৪৫৬৭৮৯")
_BY_KIND = dict(PATTERNS)
_SYM_START = re.compile("[" + "".join(re.escape(c) for c in sorted(_SYM_FIRST)) + "]")

# Cheap necessary conditions, so that the big alternations run only where they can match.
# Every character NUM can consume; a number starting at p ends inside the "blob" of such
# characters from p, so the word after it (or after one space, _SP) starts at the blob's
# end (or one after): its first character must be one a unit/scale/currency word can
# start with (compiled with the same flags, so case folding is the regex engine's own).
_BLOB = re.compile(rf"(?:[{_DIGIT_RANGES}.,٫\u00a0\u202f]| (?=[0-9]{{3}}(?![0-9])))*")
_SPACES = frozenset(" \u00a0\u202f")


def _first_chars(words, flags=0) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "]", flags)


def _word_starts(words, flags=0, boundary=False) -> re.Pattern:
    """Matches the start of a string that could begin one of ``words``: its first three
    characters, or all of a shorter word with its ``_word_end``
    (the regex engine folds case one character at a time, so a prefix decides)."""
    parts = set()
    for w in words:
        if len(w) > 3:
            parts.add(re.escape(w[:3]))
        elif boundary:
            parts.add(re.escape(w) + _word_end(w))
        else:
            parts.add(re.escape(w))
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), flags)


# "word": NUM _SP (scale ...)? cur;  "pct": NUM _SP pct  (both IGNORECASE)
_WORD_FIRST = _first_chars(list(SCALES) + list(CURRENCY_WORDS), re.IGNORECASE)
_PCT_FIRST = _first_chars(PERCENT_WORDS, re.IGNORECASE)
_WORD_START = _word_starts(list(SCALES) + list(CURRENCY_WORDS), re.IGNORECASE, boundary=True)
_PCT_START = _word_starts(PERCENT_WORDS, re.IGNORECASE)
# "cjk": NUM (scale)? ... cur, nothing in between
_CJK_FIRST = frozenset(w[0] for w in CJK_SCALES) | frozenset(
    w[0] for w in CURRENCY_WORDS if not w.isascii() and _CJK_CURRENCY.search(w))


@lru_cache(maxsize=8192)
def _starts(ch: str) -> int:
    """Which patterns a word starting with ``ch`` may complete: 1 cjk, 2 word, 4 pct."""
    return ((ch in _CJK_FIRST) | (_WORD_FIRST.match(ch) is not None) << 1
            | (_PCT_FIRST.match(ch) is not None) << 2)


@lru_cache(maxsize=16384)
def _starts4(head: str) -> int:
    """The "word" (2) and "pct" (4) bits of ``_starts`` from the text's next four characters
    (a three-letter prefix, or a short word and the character after it)."""
    return (_WORD_START.match(head) is not None) << 1 | (_PCT_START.match(head) is not None) << 2


def _candidates(text: str):
    """(kind, match) for every pattern anchored where an amount can start: at the first
    digit of a number, or at a currency symbol just before it (no scanning in between)."""
    cjk, word, pct, sym = _BY_KIND["cjk"], _BY_KIND["word"], _BY_KIND["pct"], _BY_KIND["sym"]
    blob = _BLOB.match
    sym_start = _SYM_START.search
    n = len(text)
    for d in _DIGIT_RUN.finditer(text):
        p = d.start()
        if p > 0 and text[p - 1] in _NUM_START_BLOCK:
            continue   # inside a number: 1,000 / 2.5
        e = blob(text, p).end()
        if e < n:
            nxt = text[e]
            can = _starts(nxt)
            if can & 6:
                can = can & 1 | _starts4(text[e:e + 4])
            if nxt in _SPACES and e + 1 < n:   # every pattern allows one space
                after = _starts(text[e + 1])
                can |= after & 1
                if after & 6:
                    can |= _starts4(text[e + 1:e + 5])
            if can:
                if can & 1:
                    m = cjk.match(text, p)
                    if m is not None:
                        yield "cjk", m
                if can & 2:
                    m = word.match(text, p)
                    if m is not None:
                        yield "word", m
                if can & 4:
                    m = pct.match(text, p)
                    if m is not None:
                        yield "pct", m
        q = max(0, p - 4)
        while True:   # farthest first: "US$" before "$"
            s = sym_start(text, q, p)
            if s is None:
                break
            q = s.start()
            m = sym.match(text, q)
            if m is not None and m.end() > p:
                yield "sym", m
                break
            q += 1


def find_amounts(text: str, lang: str | None = None) -> list[Amount]:
    return [Amount(**row) for row in amount_rows(text, lang)]


def amount_rows(text: str, lang: str | None = None) -> list[dict]:
    """``find_amounts`` as plain dicts, for a caller that validates them in a larger
    record anyway (the entity stage: one validation for the whole result)."""
    found: list[tuple[int, int, str, float, str | None]] = []
    matches = list(_candidates(text))
    if "مليار" in text or "مليون" in text or "تريليون" in text:
        matches += [("bare", m) for m in PATTERNS[3][1].finditer(text)]
    if lang in PERCENT_FIRST_LANGS:
        # "%" before a number is its sign there, not the end of the number before it
        matches = [(k, m) for k, m in matches if not (k == "pct" and text[m.end():m.end() + 1].isdigit())]
        matches += [("pct", m) for m in _BY_KIND["pctpre"].finditer(text)]
    for kind, m in matches:
        if m.start() and text[m.start() - 1] in _CJK_SCALE_LAST:
            continue   # the tail of a larger amount (2千亿元 in 1万2千亿元): not an amount alone
        g = m.groupdict()
        try:
            if kind == "bare":
                value, cur = SCALES[g["scale"]], CURRENCY_WORDS[g["cur"]]
            elif kind == "pct":
                value, cur = parse_number(g["num"]), None
            elif kind == "cjk":
                big = CJK_SCALES.get(g["scale"] or "", 1.0)
                value = parse_number(g["num"]) * big
                if g.get("num2"):
                    small = CJK_SCALES.get(g["scale2"] or "", 1.0)
                    if small >= big:
                        continue   # 1万2千亿: (1万+2千)亿, not a sum of two parts; not read
                    value += parse_number(g["num2"]) * small
                cur = CURRENCY_WORDS[g["cur"]]
            else:
                value = parse_number(g["num"]) * _scale(g.get("scale"), lang)
                cur = None
                if g.get("sym"):
                    cur = SYMBOLS.get(g["sym"]) or SYMBOLS.get(g["sym"].upper())
                    if g["sym"] in ("¥", "￥") and lang == "zh":
                        cur = "CNY"
                if g.get("cur"):
                    cur = CURRENCY_WORDS.get(g["cur"].lower(), CURRENCY_WORDS.get(g["cur"], cur))
        except (ValueError, KeyError, TypeError):
            continue
        if value is None or value != value or value in (float("inf"), float("-inf")):
            continue
        found.append((m.start(), m.end(), "percent" if kind == "pct" else "money", value, cur))
    # longest first, non-overlapping
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text) + 1)
    out = []
    for s, e, kind, value, cur in found:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)

        # 15 significant digits: 65,4 milliards is 65400000000.0, not 65400000000.00001
        out.append({"text": text[s:e], "start": s, "end": e, "kind": kind, "value": float(f"{value:.15g}"),
                    "currency": cur})
    out.sort(key=lambda a: a["start"])
    return out
