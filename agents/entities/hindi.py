"""Hindi names (``hi``): Hindi writes no capitals, so an unknown name shows by the words
around it: the head of an organisation's or a place's name after it (X विश्वविद्यालय, X
हवाई अड्डा), an administrative word (X ज़िले, X गांव), a title before it (सीईओ X, डॉ. X),
initials, Indian place-name endings. ``hindi_word_hits`` finds the cue words in one pass;
``hindi_names`` the names (run by ``extract`` before the knowledge base's hits are taken)."""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import _SURROGATE, common_words
from .names import NATIVE_TITLES

# -- Hindi: names told by the words around them ---------------------------------------------
# Hindi writes no capitals: an unknown name shows by the word after it, the head of an
# organisation's or a place's name (X विश्वविद्यालय, X हवाई अड्डा), an administrative word
# (X ज़िले, X गांव), or by a title before it (सीईओ X, डॉ. X). All word lists are general
# Hindi vocabulary.

_PRECOMPOSED_NUKTA = {"\u0958": "\u0915\u093c", "\u0959": "\u0916\u093c", "\u095a": "\u0917\u093c",
                      "\u095b": "\u091c\u093c", "\u095c": "\u0921\u093c", "\u095d": "\u0922\u093c",
                      "\u095e": "\u092b\u093c", "\u095f": "\u092f\u093c"}
_NUKTA_SPLIT = str.maketrans(_PRECOMPOSED_NUKTA)
_NUKTA_JOIN = {v: k for k, v in _PRECOMPOSED_NUKTA.items()}


def _hi_words(words: str) -> frozenset[str]:
    """A Hindi word list in every way its nukta letters are typed: one code point (ज़,
    U+095B), the letter and the sign (ज + ़) or, as many writers do, no nukta (जिले)."""
    out = set()
    for w in words.split():
        split = w.translate(_NUKTA_SPLIT)
        joined = split
        for two, one in _NUKTA_JOIN.items():
            joined = joined.replace(two, one)
        out |= {w, split, joined, split.replace("\u093c", "")}
    return frozenset(out)


# words no name holds: postpositions, conjunctions, pronouns and determiners, auxiliaries,
# numerals, and the adjectives and nouns that describe a name rather than belong to it
# (नए अस्पताल "the new hospital", कंपनी X "the company X")
HI_FUNCTION_WORDS = _hi_words("""
का की के को से में ने पर तक द्वारा लिए लिये साथ बाद पहले बीच ओर तरफ़ तरफ खिलाफ़ खिलाफ ख़िलाफ़ विरुद्ध अंदर बाहर पास
ऊपर नीचे आगे पीछे सामने दौरान मुताबिक़ मुताबिक अनुसार बारे वाला वाले वाली वालों जैसे जैसा जैसी समेत सहित बिना तहत
ज़रिए जरिए हेतु प्रति स्थित निकट समीप नज़दीक नजदीक
और एवं व तथा या अथवा लेकिन परंतु परन्तु मगर किंतु कि जो जब तब तो अगर यदि क्योंकि इसलिए बल्कि जबकि ताकि
यह वह ये वे इस उस इन उन इसे उसे इसका उसका इसकी उसकी इसके उसके उनके उनकी उनका इनके इनकी इनका मैं हम आप तुम
मेरा मेरी मेरे हमारा हमारी हमारे आपका आपकी आपके अपना अपनी अपने कोई कुछ किसी सभी सब हर कई अनेक जहां जहाँ वहां वहाँ
यहां यहाँ कहां कहाँ जिस जिसे जिसके जिसकी जिन जिनके उन्होंने इन्होंने उन्हें इन्हें
है हैं था थी थे हो होगा होगी होंगे हुआ हुई हुए रहा रही रहे गया गई गए गये किया किए कर करने करते करती कहा बताया
दिया दी नहीं न ना भी ही सिर्फ़ सिर्फ केवल अब आज कल फिर बहुत सबसे
एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हज़ार हजार लाख करोड़ पहला पहली पहले दूसरा दूसरी दूसरे तीसरा तीसरी तीसरे
नया नई नए नये पुराना पुरानी पुराने बड़ा बड़ी बड़े छोटा छोटी छोटे प्रसिद्ध मशहूर स्थानीय सरकारी निजी राजकीय प्रमुख
मुख्य पूर्व वर्तमान तत्कालीन संबंधित उक्त इसी उसी अन्य विभिन्न प्राचीन ऐतिहासिक एकमात्र
कंपनी फर्म फ़र्म संस्था संगठन
""")
# titles and roles written before a person's name, beyond NATIVE_TITLES (general usage)
HI_TITLES = _hi_words("""
श्री श्रीमती सुश्री डॉ. डॉ डॉक्टर प्रो. प्रोफेसर प्रोफ़ेसर मिस्टर
प्रधानमंत्री मुख्यमंत्री उपमुख्यमंत्री मंत्री राष्ट्रपति उपराष्ट्रपति राज्यपाल उपराज्यपाल चांसलर महापौर मेयर सांसद विधायक
पार्षद सरपंच प्रधान मुखिया राजदूत उच्चायुक्त प्रवक्ता सचिव महासचिव अध्यक्ष उपाध्यक्ष चेयरमैन प्रमुख नेता
निदेशक प्रबंधक संस्थापक सह-संस्थापक मालिक सीईओ एमडी अधिकारी कलेक्टर जिलाधिकारी ज़िलाधिकारी आयुक्त
न्यायाधीश न्यायमूर्ति जज वकील अधिवक्ता कुलपति प्राचार्य प्रधानाचार्य शिक्षक शिक्षिका अध्यापक छात्र छात्रा
शोधकर्ता वैज्ञानिक पत्रकार लेखक लेखिका कवि कवयित्री गायक गायिका अभिनेता अभिनेत्री निर्देशक फिल्मकार संगीतकार
कलाकार चित्रकार उद्योगपति कारोबारी व्यवसायी किसान
खिलाड़ी कप्तान कोच गेंदबाज बल्लेबाज पहलवान धावक मुक्केबाज निशानेबाज भारोत्तोलक क्रिकेटर
जनरल कर्नल मेजर कैप्टन एडमिरल इंस्पेक्टर दारोगा
गवर्नर स्वामी महंत मौलाना निवासी
""") | frozenset(t for t in NATIVE_TITLES if "\u0900" <= t[0] <= "\u097f")
# heads that end an organisation's name, and are part of it (इलाहाबाद विश्वविद्यालय)
HI_ORG_HEADS = _hi_words("""
विश्वविद्यालय यूनिवर्सिटी महाविद्यालय कॉलेज विद्यालय स्कूल संस्थान इंस्टीट्यूट इंस्टिट्यूट अकादमी अस्पताल हॉस्पिटल बैंक
क्लब पार्टी मोर्चा परिषद समिति ट्रस्ट फाउंडेशन फ़ाउंडेशन सोसाइटी लिमिटेड इंडस्ट्रीज इंडस्ट्रीज़ कॉरपोरेशन
कॉर्पोरेशन निगम बोर्ड प्राधिकरण शिपयार्ड डेयरी फूड्स मिल्स मोटर्स एयरलाइंस एयरलाइन्स एयरवेज एयरवेज़ ब्रदर्स एस्टेट
लैब्स टेक्नोलॉजीज टेक्नोलॉजीज़ सर्विसेज सर्विसेज़ एंटरप्राइजेज एंटरप्राइज़ेज़ ट्रेडर्स ज्वैलर्स स्वीट्स बेकर्स
कन्फेक्शनर्स फार्मा फ़ार्मा स्टूडियो स्टूडियोज़ एफसी
""") | {"प्राइवेट लिमिटेड", "प्रा. लि.", "नगर निगम", "नगर पालिका", "नगर पालिका परिषद", "नगर परिषद", "नगर पंचायत"}
# words that may follow an organisation's head inside its name (हल्दीराम फूड्स इंटरनेशनल)
HI_ORG_TAIL = frozenset("इंटरनेशनल लिमिटेड".split())
# heads that end a place's or a building's name, and are part of it (ग्रीन पार्क स्टेडियम)
HI_PLACE_HEADS = _hi_words("""
एयरपोर्ट स्टेडियम बंदरगाह स्टेशन झील किला किले क़िला क़िले दुर्ग महल पैलेस मंदिर मस्जिद गुरुद्वारा गुरुद्वारे चर्च
गिरजाघर दरगाह मकबरा मकबरे मक़बरा मक़बरे बाज़ार बाजार मार्केट चौक स्ट्रीट रोड मार्ग सेतु पुल ब्रिज बांध बाँध नहर घाटी
पर्वत पहाड़ी दर्रा दर्रे द्वीप जलप्रपात उद्यान पार्क अभयारण्य बेसिन टावर टॉवर भवन मॉल एक्सप्रेसवे हाईवे राजमार्ग घाट
गेट मैदान गार्डन गार्डन्स स्क्वायर नगर
""") | {"हवाई अड्डा", "हवाई अड्डे", "हवाई अड्डों"}
# administrative words after a place's name, which is the name without them (उन्नाव ज़िले)
HI_ADMIN_WORDS = _hi_words("""
ज़िला ज़िले जिला जिले गांव गाँव प्रखंड ब्लॉक तहसील पंचायत कस्बा कस्बे क़स्बा क़स्बे शहर प्रांत तालुका थाना थाने
मोहल्ला मोहल्ले इलाका इलाके इलाक़ा इलाक़े अनुमंडल उपखंड शाखा स्थित निवासी
""")
# English letters as Hindi spells them, for initials (के. आर. नारायणन) and acronyms (एमएमसीएच)
HI_LETTER_NAMES = ("डब्ल्यू", "क्यू", "एक्स", "एफ", "एच", "एल", "एम", "एन", "आर", "एस", "जेड", "ज़ेड", "बी", "सी", "डी",
                   "जी", "जे", "के", "पी", "टी", "वी", "वाई", "आई", "यू", "ए", "ई", "ओ")
# modifiers that say what kind of institution a name is, no name themselves (रांची मेडिकल
# कॉलेज names a college by रांची: "medical" is no evidence of a name)
HI_GENERIC_MODIFIERS = _hi_words("""
इंजीनियरिंग बालिका बालक फुटबॉल हॉकी बैडमिंटन कबड्डी स्पोर्ट्स आयुर्वेदिक होम्योपैथिक यूनानी इंटर सीनियर जूनियर
माध्यमिक सहकारी सामुदायिक नेत्र नर्सिंग लॉ कोचिंग इंटरनेशनल होम ट्रॉमा मल्टीस्पेशलिटी सुपरस्पेशलिटी स्पेशलिटी
कॉन्वेंट पॉलिटेक्निक डेंटल फार्मेसी वेटरनरी ग्रामीण महिला कैंसर प्रसूति जच्चा-बच्चा मेमोरियल चैरिटेबल
""")
# endings of Indian places' names (-pur "town", -garh "fort", -nagar "city", -abad "settled",
# -ganj "market"), and the everyday words that end so (slogans: ज़िंदाबाद; cricket: नाबाद "not out")
HI_PLACE_SUFFIXES = tuple(sorted(_hi_words("पुर पुरा गढ़ नगर ाबाद गंज")))
HI_NOT_PLACES = _hi_words("ज़िंदाबाद ज़िन्दाबाद मुर्दाबाद नाबाद महानगर")
# light verbs after a stem that is also a head word (बांध "dam", बांध दिया "tied")
HI_LIGHT_VERBS = frozenset("""दिया दी दिए दिये देना देते देंगे लिया ली लिए लिये लेना लेते कर करके रखा रखी रखे
सकते सकता सकती""".split())
# endings of the oblique plural (किसानों, तारीफ़ों, महिलाओं), which no name has
HI_PLURAL_OBLIQUE = ("ों", "ओं")
# postpositions of the genitive: the place before one is where the institution after it is
HI_GENITIVES = frozenset(("के", "की", "का"))
# acronyms of four letters or more that name no organisation (CCTV, MBBS, a law's: UAPA, NDPS)
HI_NOT_ORG_ACRONYMS = frozenset("सीसीटीवी एमबीबीएस यूएपीए एनडीपीएस सीआरपीसी एलएलबी बीटेक एमटेक पीएचडी एसयूवी".split())
_HI_ACRONYM = re.compile("(?:" + "|".join(HI_LETTER_NAMES) + "){3,}")
# words written only with the letters of those names, to test further (a character class scans
# a text ~10 times faster than the alternation; the look-behind, after the first letter, keeps
# words whole)
_HI_ACRONYM_SHAPED = re.compile("[" + "".join(sorted({n[0] for n in HI_LETTER_NAMES})) + "](?<![\u0900-\u097f].)["
                                + "".join(sorted(set("".join(HI_LETTER_NAMES)))) + "]{2,}(?![\u0900-\u097f])")
_HI_LETTER_SPLIT = re.compile("|".join(HI_LETTER_NAMES))
_HI_INITIALS = frozenset(n + "." for n in HI_LETTER_NAMES)


@lru_cache(maxsize=1)
def _hi_finder():
    """One automaton (ahocorasick-rs) for the words the Hindi rules start from: titles,
    heads, administrative words, initials (एम.), listed family names (three letters or more)
    and first names (for ``native_people``), each with the space before it, so that no hit
    opens inside a word (a regex alternation of them all costs ~3 ms a Hindi article)."""
    import ahocorasick_rs
    cw = common_words()
    names = {n for n in cw.native_surnames | cw.native_given if len(n) >= 2 and "\u0900" <= n[0] <= "\u097f"}
    words = HI_TITLES | HI_ORG_HEADS | HI_PLACE_HEADS | HI_ADMIN_WORDS | names | _HI_INITIALS
    return ahocorasick_rs.AhoCorasick([" " + w for w in sorted(words)],
                                      matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


# characters that open a word as a space does (the finder's patterns open with a space)
_HI_OPENERS = ("\n", "(", '"', "“", "‘", "'", "-", "—", "/", "\t")


def hindi_word_hits(text: str) -> list[tuple[int, int, str]]:
    """The whole words of ``_hi_finder`` in ``text``, as (start, end, word), in one pass."""
    padded = " " + text
    for c in _HI_OPENERS:
        if c in padded:
            padded = padded.replace(c, " ")
    try:
        raw = _hi_finder().find_matches_as_indexes(padded)
    except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold
        raw = _hi_finder().find_matches_as_indexes(_SURROGATE.sub("\ufffd", padded))
    # (padded offset s is the space before the word: the word is text[s:e - 1]; a word goes on
    # after it when a Devanagari letter or sign follows)
    after = text + " "
    return [(s, e - 1, text[s:e - 1]) for _, s, e in raw if not "\u0900" <= after[e - 1] <= "\u0963"]


@lru_cache(maxsize=65536)   # (the same few thousand words again and again)
def _hi_acronym_letters(word: str) -> int:
    """How many English letters' names spell ``word`` (एमएमसीएच: 4), 0 if it is no acronym."""
    if len(word) < 3 or not _HI_ACRONYM.fullmatch(word):
        return 0
    return len(_HI_LETTER_SPLIT.findall(word))


# a Hindi word, two halves a hyphen joins counting as one (भारत-नेपाल); at a chunk's end
_HI_LETTERS = "[\u0900-\u0963\u0971-\u097f\u200c\u200d]+"
_HI_WORD = re.compile(f"{_HI_LETTERS}(?:-{_HI_LETTERS})*")
_HI_WORD_AT_END = re.compile(f"(?<![\u0900-\u097f-]){_HI_LETTERS}(?:-{_HI_LETTERS})*\\Z")


def _hi_words_before(text: str, p: int, most: int) -> list[tuple[int, str]]:
    """Up to ``most`` Hindi words before ``p``, nearest first, one space apart, as
    (start, word)."""
    out = []
    while len(out) < most and p >= 2 and text[p - 1] == " ":
        m = _HI_WORD_AT_END.search(text, max(0, p - 40), p - 1)
        if m is None:
            break
        out.append((m.start(), m.group()))
        p = m.start()
    return out


def _hi_words_after(text: str, q: int, most: int) -> list[tuple[int, str]]:
    """Up to ``most`` Hindi words after ``q``, one space apart, as (start, word); an
    initial keeps its full stop (एम.)."""
    out, n = [], len(text)
    while len(out) < most and q + 1 < n and text[q] == " ":
        m = _HI_WORD.match(text, q + 1)
        if m is None:
            break
        j, k = m.span()
        if k < n and text[k] == "." and m.group() in _HI_INITIAL_SET:
            k += 1
        out.append((j, text[j:k]))
        q = k
    return out


_HI_INITIAL_SET = frozenset(HI_LETTER_NAMES) | {"डॉ", "प्रो"}


def hindi_generic(w: str) -> bool:
    """A Hindi word that is a title, a head or a word no name holds (no name itself)."""
    return w in HI_FUNCTION_WORDS or w in HI_TITLES or w in HI_ORG_HEADS or w in HI_PLACE_HEADS or w in HI_ADMIN_WORDS \
        or w in HI_GENERIC_MODIFIERS


hindi_words_after = _hi_words_after   # (for extract's campus rule)


def _hi_in_spans(s: int, e: int, spans) -> tuple[int, int, str] | None:
    """The span of ``spans`` (start, end, type) that holds [s, e), if any."""
    for span in spans:
        if span[0] <= s and e <= span[1]:
            return span
    return None


def hindi_names(text: str, known: list[tuple[int, int, str]], lookup,
                found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names the words around them show (see above), as (start, end, type); ``known``: the
    knowledge base's hits (start, end, type), which count as names inside them; ``lookup``:
    whether the KB knows a word as a name (quiet places too); ``found``: the text's
    ``hindi_word_hits``."""
    cw = common_words()
    top3k, every = cw.get_top("hi"), cw.get("hi")
    given, family = cw.native_given, cw.native_surnames
    out: list[tuple[int, int, str]] = []
    done = 0

    def known_word(s: int, w: str) -> bool:
        return _hi_in_spans(s, s + len(w), known) is not None or lookup(w)

    def name_evidence(words, org: bool) -> bool:
        # a word outside the 3,000 commonest that says no kind of institution (ग्रीन, not
        # फुटबॉल), one the KB knows (रांची, एम्स), or, for a firm, a family's name (अग्रवाल स्वीट्स)
        return any((w not in top3k and w not in HI_GENERIC_MODIFIERS) or known_word(s, w) or (org and w in family)
                   for s, w in words)

    for hs, he, head in found:
        if hs < done or head in _HI_INITIALS or not (head in HI_TITLES or head in HI_ORG_HEADS
                                                     or head in HI_PLACE_HEADS or head in HI_ADMIN_WORDS):
            continue
        if head in HI_TITLES:
            span = _hi_titled_person(text, he, known, top3k, every, given, family)
            if span is not None:
                out.append((*span, "PER"))
                done = span[1]
            if head not in HI_ADMIN_WORDS:
                continue   # (निवासी "resident" is both: गोमती नगर निवासी अरविंद सक्सेना)
        if _hi_in_spans(hs, he, known):
            continue   # the head is part of a name the KB knows (भारतीय प्रबंधन संस्थान)
        if (after := _hi_words_after(text, he, 1)) and after[0][1] in HI_LIGHT_VERBS:
            continue   # a verb's stem: तारीफ़ों के पुल बांध दिए "heaped praise", no dam
        admin = head in HI_ADMIN_WORDS
        words, stop = [], None
        for s, w in _hi_words_before(text, hs, 2 if admin else 5):
            if w in HI_FUNCTION_WORDS or w in HI_TITLES or w in HI_ADMIN_WORDS or w in HI_ORG_HEADS \
                    or w in HI_PLACE_HEADS or w.endswith(HI_PLURAL_OBLIQUE):
                stop = (s, w)
                break
            words.append((s, w))
        words.reverse()
        # leading everyday words belong to the sentence (पड़ोसी उन्नाव ज़िले: "the
        # neighbouring"), unless a family name (जैन ट्रेडर्स) or a name the KB knows
        while len(words) > 1 and words[0][1] in top3k and words[0][1] not in family and not known_word(*words[0]):
            words = words[1:]
            stop = None
        if stop is not None and stop[1] in HI_GENITIVES and (head in HI_ORG_HEADS or head in HI_PLACE_HEADS or admin):
            # the place an institution is in, before its genitive: उन्नाव के ज़िला अस्पताल
            place = _hi_place_before_genitive(text, stop[0], known_word, top3k)
            if place is not None and not any(s <= place[0] < e for s, e, _ in out):
                out.append((*place, "LOC"))
        if not words and head in HI_ORG_HEADS and text.startswith((" ऑफ ", " ऑफ़ "), he):
            words = [(hs, head)]   # English word order: बैंक ऑफ बड़ौदा (the name after ऑफ is the evidence)
            if _hi_org_tail(text, he) > he:
                words += _hi_words_after(text, text.index(" ", he + 1), 1)
        if not words or not name_evidence(words, head in HI_ORG_HEADS):
            continue
        start = words[0][0]
        if admin:
            out.append((start, hs - 1, "LOC"))   # (the word itself is no part of the name)
            continue
        end = _hi_org_tail(text, he) if head in HI_ORG_HEADS else he
        out.append((start, end, "ORG" if head in HI_ORG_HEADS else "LOC"))
        done = end
    for s, e, etype in known:
        # an organisation the KB knows by the first half of an English-order name: सीरम
        # इंस्टीट्यूट ऑफ इंडिया
        if etype == "ORG" and text.startswith((" ऑफ ", " ऑफ़ "), e) and (end := _hi_org_tail(text, e)) > e:
            out.append((s, end, "ORG"))
    taken = [(s, e) for s, e, _ in out] + [(s, e) for s, e, _ in known]
    initial_end = -1
    for s, e, w in found:
        if w in _HI_INITIALS:
            # initials before a family name with no title before them: के. आर. नारायणन
            if s == initial_end + 1 or any(a <= s < b for a, b in taken):
                initial_end = e   # (the next of a row, or inside a name)
                continue
            initial_end = e
            after = _hi_words_after(text, e, 3)
            while after and after[0][1] in _HI_INITIALS:
                after = after[1:]
            if after and (after[0][1] not in top3k or after[0][1] in family or known_word(*after[0])):
                end = after[0][0] + len(after[0][1])
                k = _hi_in_spans(after[0][0], end, known)
                out.append((s, k[1] if k and k[2] == "PER" else end, "PER"))
        elif w in family and len(w) >= 3:
            # a listed family name after a word no frequent word: रामखिलावन वर्मा (a first name
            # compounded, as Hindi first names often are, and so in no list)
            prev = _hi_words_before(text, s, 1)
            if not prev:
                continue
            ps, pw = prev[0]
            if pw in every or len(pw) < 3 or pw in HI_TITLES or any(a < e and ps < b for a, b in taken):
                continue
            out.append((ps, e, "PER"))
    # a word with the ending of an Indian place's name (फ़तेहपुर, रामगढ़, मुरादाबाद, किशनगंज)
    for suffix in HI_PLACE_SUFFIXES:
        i = text.find(suffix)
        while i >= 0:
            e = i + len(suffix)
            if e == len(text) or not "\u0900" <= text[e] <= "\u0963":
                m = _HI_WORD_AT_END.search(text, max(0, i - 30), e)
                if m is not None and m.start() + 1 < i and "-" not in m.group() and m.group() not in HI_NOT_PLACES \
                        and not any(a < e and m.start() < b for a, b in taken):
                    out.append((m.start(), e, "LOC"))
                    taken.append((m.start(), e))
            i = text.find(suffix, e)
    # acronyms spelt in letters' names: four letters or more, or three in brackets after a name
    # (मेरठ मेडिकल कॉलेज एवं अस्पताल (एमएमसीएच)); a few of that length name no organisation
    for m in _HI_ACRONYM_SHAPED.finditer(text):
        word = m.group()
        if not _hi_acronym_letters(word) or word in HI_NOT_ORG_ACRONYMS:
            continue
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        if _hi_acronym_letters(word) >= 4 or (text[s - 1:s] == "(" and text[e:e + 1] == ")"):
            out.append((s, e, "ORG"))
    return out


def _hi_place_before_genitive(text: str, g: int, known_word, top3k) -> tuple[int, int] | None:
    """The one word before the genitive at ``g`` when it reads as a place: it opens the
    sentence or follows punctuation or a word no name holds, and is no frequent word
    (or a name the KB knows)."""
    prev = _hi_words_before(text, g, 2)
    if not prev:
        return None
    s, w = prev[0]
    if len(prev) > 1 and prev[1][1] not in HI_FUNCTION_WORDS:
        return None   # (a longer phrase: whose, is unclear)
    if w in HI_FUNCTION_WORDS or w in HI_TITLES or (w in top3k and not known_word(s, w)) or len(w) < 3 \
            or w.endswith(HI_PLURAL_OBLIQUE):
        return None
    return s, s + len(w)


def _hi_org_tail(text: str, end: int) -> int:
    """The end of an organisation's name whose head ends at ``end``: more heads, joined by
    "and" or not (मेरठ मेडिकल कॉलेज एवं अस्पताल, अग्रवाल स्वीट्स एंड बेकर्स), and tail
    words (हल्दीराम फूड्स इंटरनेशनल, ... प्राइवेट लिमिटेड)."""
    while True:
        after = _hi_words_after(text, end, 3)
        if not after:
            return end
        w0 = after[0][1]
        if w0 in HI_ORG_HEADS or w0 in HI_ORG_TAIL:
            end = after[0][0] + len(w0)
        elif len(after) > 1 and after[1][1] == "लिमिटेड" and w0 in ("प्राइवेट", "प्रा."):
            end = after[1][0] + len(after[1][1])
        elif len(after) > 1 and w0 in ("एंड", "एवं", "और", "व") and after[1][1] in HI_ORG_HEADS:
            end = after[1][0] + len(after[1][1])
        elif w0 in ("ऑफ", "ऑफ़") and len(after) > 1 and after[1][1] not in HI_FUNCTION_WORDS:
            # English word order: सीरम इंस्टीट्यूट ऑफ इंडिया, बैंक ऑफ बड़ौदा (up to three words)
            tail = _hi_words_after(text, after[0][0] + len(w0), 3)
            k = next((i for i, (_, w) in enumerate(tail) if w in HI_FUNCTION_WORDS or w.endswith(HI_PLURAL_OBLIQUE)),
                     len(tail))
            if k in (0, 3):
                return end   # (no word of a name, or no end in sight)
            end = tail[k - 1][0] + len(tail[k - 1][1])
        else:
            return end


def _hi_titled_person(text: str, q: int, known, top3k, every, given, family) -> tuple[int, int] | None:
    """The person named after a title that ends at ``q`` (सीईओ तरुणेश पालीवाल ने): up to five
    words, then a word no name holds or punctuation. Each is an initial, a listed first or
    family name, a word outside the 3,000 commonest or a person the KB knows; after a listed
    first name, or before a listed family name, any word goes but a title or a head (डॉ.
    नरेश ठाकुर, निवासी अरविंद सक्सेना; not छात्र कल्याण कोष, a fund). A lone word must
    be outside the 20,000 commonest. None when the words are no new name."""
    words = _hi_words_after(text, q, 8)
    k = 0
    while k < len(words) and words[k][1] in HI_TITLES:
        k += 1   # (वैज्ञानिक डॉ. सुधीर भट्ट)
    name = []
    opened = False   # a listed first name opens the name
    unsure = 0   # frequent words in it
    for s, w in words[k:]:
        if w in HI_FUNCTION_WORDS:
            break
        hit = _hi_in_spans(s, s + len(w), known)
        if hit is not None and hit[2] != "PER":
            break   # (राष्ट्रपति बाइडन चीन के: the place ends the name)
        if hit is not None and " " in text[hit[0]:hit[1]] and any(not n.endswith(".") and n not in given
                                                                   for _, n in name):
            return None   # words before a person the KB knows in full: a title's (नेता प्रतिपक्ष शरद पवार)
        if name and (prev := _hi_in_spans(name[-1][0], name[-1][0] + 1, known)) is not None \
                and " " in text[prev[0]:prev[1]] and hit is None and w in every:
            break   # after a person the KB knows in full, only a rare word is more of the name
        if w.endswith(HI_PLURAL_OBLIQUE):
            break   # an oblique plural (उद्यमियों, किसानों) is no name
        if (w in HI_TITLES and not (name and w in family)) or w in HI_ORG_HEADS or w in HI_PLACE_HEADS \
                or w in HI_ADMIN_WORDS:
            return None   # (a title may be a family name after a first one: मंत्री धर्मेंद्र प्रधान)
        if not (opened or w.endswith(".") or hit is not None or w in given or w in family or w not in top3k):
            unsure += 1
        opened = opened or w in given
        name.append((s, w))
    else:
        if len(words) == 8:
            return None   # (no end in sight)
    if not name or name[-1][1].endswith(".") or len(name) > 5:
        return None
    if unsure and not (len(name) > 1 and name[-1][1] in family):
        return None   # (a frequent word is a name's only before a family name: निवासी अरविंद सक्सेना)
    s, e = name[0][0], name[-1][0] + len(name[-1][1])
    hit = _hi_in_spans(s, e, known)
    if hit is not None:
        return None   # the KB's person already
    if len(name) == 1 and (name[0][1] in every or len(name[0][1]) < 3):
        return None
    return s, e
