"""Greek names (``el``): what Greek grammar and press style say about them.

Greek capitalises names and the words of official names, never a common noun, but the
word lists of wordfreq hold the commonest names lower-cased (τσίπρας, αττική), so "a
common word" says little here. An article or a preposition stands before a name and is
no part of it (ο, η, στη, στον); a sentence's first word takes a capital, and so does the
article that opens it (Ο Κώστας ...). Names decline: a first name in the genitive or the
accusative (Γιώργου, Μάρκο) is still a first name.

``named_spans`` runs on the knowledge base's hits: names a head noun makes, found whole,
with the known names inside them (Γενικό Νοσοκομείο Καρδίτσας, Βουλή των Αντιπροσώπων),
streets with their head (οδός Ερμού), firms with their legal form (Αφοί Νικολάου Ο.Ε.),
dotted acronyms (ΕΛ.ΑΣ.), a name in guillemets after a noun of trade or association
(ο φούρνος «Ο Μάνος»), places opened by Νέα, Άνω, Αγία ...; and a known person's first
name as Greek spells it (Βλαντιμίρ Πούτιν). ``lookup_declined`` reads a known name's case
form back to it, accents aside (Αιγύπτου, Λονδίνου). ``run_candidates`` types a run of
capitalised words: a declined first name or a title before it says a person, a
preposition of place (στη, από την) or a genitive article (της Χ) a place, an all-capitals
word an organisation. A grammar book's and a style guide's vocabulary, no names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice, product

from anyascii import anyascii

from .kb import common_words, get_kb

_UP = "Α-ΩΆΈΉΊΌΎΏΪΫ"
_LOW = "α-ωάέήίόύώϊϋΐΰ"
_CAP_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_ACRONYM = re.compile(rf"[{_UP}]{{2,6}}")


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """Lower case without accents, one sigma: Συλλόγου -> συλλογου, Αλέξης -> αλεξησ
    (Greek shifts the accent as a word declines: Όμιλος, Ομίλου)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare.lower().replace("ς", "σ")


# the nominative endings a declined word's ending may stand for (on ``norm``'s spelling):
# genitive -ου of -ος and -ο (Αιγύπτου, Λονδίνου, Βελγίου), -ιου of -ι (Παρισιού), -ας and
# -ης of -α and -η (Νότιας Κορέας), plural -ων of -ες and -οι (Ηνωμένων Πολιτειών); the
# accusative -ο of -ος; the knowledge base's own forms (Ιταλίας, Καναδά) are found as written
_NOMINATIVE_ENDINGS = (("ιου", ("ι", "ιοσ", "ιο")), ("ου", ("οσ", "ο")), ("ασ", ("α",)), ("ησ", ("η",)),
                       ("ων", ("εσ", "οι")), ("ο", ("οσ",)))
# the types a name the rules typed may read back to (a place's to a place or a body named
# after it, one of unknown kind to a place, a body or a product)
_READS_AS = {"PER": ("PER",), "LOC": ("LOC", "ORG"), "ORG": ("ORG",), "MISC": ("LOC", "ORG", "PRODUCT")}
_MAX_READINGS = 16


def _nominatives(word: str) -> list[str]:
    """``word`` (``norm``'s spelling) and the nominatives its ending may stand for."""
    for end, bases in _NOMINATIVE_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return [word] + [word[:-len(end)] + base for base in bases]
    return [word]


@lru_cache(maxsize=4)
def _unaccented(kb) -> dict[str, object]:
    """The knowledge base's Greek aliases (not quiet) by ``norm``'s spelling, and their
    entity (None where two entities share it)."""
    index: dict[str, object] = {}
    for alias, ent in kb.loud_aliases(("\u0370", "\u03ff")):
        key = " ".join(map(norm, alias.split(" ")))
        index[key] = ent if index.get(key, ent) is ent else None
    return index


def lookup_declined(kb, surface: str, etype: str):
    """The known entity a Greek candidate ``surface`` of type ``etype`` names in a case
    form the knowledge base does not list, accents aside (Greek moves them as a word
    declines: Αίγυπτος, Αιγύπτου; Μεξικό, Μεξικού): each word read back to the
    nominatives its ending may stand for. None if none, or two, are known."""
    words = surface.split(" ")
    if len(words) > 4:
        return None
    index = _unaccented(kb)
    for reading in islice(product(*(_nominatives(norm(w)) for w in words)), _MAX_READINGS):
        ent = index.get(" ".join(reading))
        if ent is not None and ent.type in _READS_AS.get(etype, ()):
            return ent
    return None


def _words(text: str) -> frozenset[str]:
    return frozenset(norm(w) for w in text.split())


def _declined(nominatives: str) -> frozenset[str]:
    """The singular and plural case forms of nouns given in the nominative, by their
    declension: -ος (Όμιλος, Ομίλου, Όμιλο), -ο/-ιο (Κέντρο, Κέντρου), -μα (Σώμα,
    Σώματος), -α (Τράπεζα, Τράπεζας), -η (Ένωση, Ένωσης, Ενώσεως)."""
    forms = set()
    for w in nominatives.split():
        w = norm(w)
        if w.endswith("οσ"):
            forms |= {w, w[:-2] + "ου", w[:-2] + "ο", w[:-2] + "οι", w[:-2] + "ων"}
        elif w.endswith("μα"):
            forms |= {w, w + "τοσ", w + "τα", w + "των"}
        elif w.endswith("ο"):
            forms |= {w, w[:-1] + "ου", w[:-1] + "α", w[:-1] + "ων"}
        elif w.endswith("η"):
            forms |= {w, w + "σ", w[:-1] + "εωσ", w[:-1] + "εσ"}
        elif w.endswith("α"):
            forms |= {w, w + "σ", w[:-1] + "εσ", w[:-1] + "ων"}
        else:
            forms.add(w)
    return frozenset(forms)


# -- vocabulary -------------------------------------------------------------------------------

# heads of an organisation's name, part of it (Υπουργείο Παιδείας, Γενικό Νοσοκομείο Χ)
ORG_HEADS = _declined("""
υπουργείο πανεπιστήμιο πολυτεχνείο ακαδημία ινστιτούτο σχολείο λύκειο γυμνάσιο σχολή τράπεζα ένωση
σύλλογος σωματείο ίδρυμα νοσοκομείο κέντρο όμιλος βουλή σώμα ορχήστρα χορωδία φιλαρμονική γραμματεία
κοινότητα ταμείο λιμεναρχείο σύνοδος εκκλησία επιτροπή συμβούλιο υπηρεσία οργανισμός εταιρεία
ομοσπονδία συνεταιρισμός επιμελητήριο δικαστήριο εισαγγελία αστυνομία διεύθυνση κόμμα κίνημα
συνασπισμός στρατός πυροσβεστική αρχή
""")
# bodies a capitalised head alone names (η Βουλή, η Πυροσβεστική)
LONE_BODIES = _words("Βουλή Βουλής Πυροσβεστική Πυροσβεστικής Αστυνομία Αστυνομίας")
# heads of a building's or a place's name (Μέγαρο Μουσικής, Πλατεία Συντάγματος)
LOC_HEADS = _declined("μέγαρο στάδιο γήπεδο αεροδρόμιο πλατεία λεωφόρος λίμνη όρος κόλπος γέφυρα")
# bodies named after a person (Ίδρυμα Ευγενίδου, Ίδρυμα Μαρία Κάλλας): a first name goes on
NAMED_AFTER_PEOPLE = _declined("ίδρυμα κληροδότημα")
# a street's head, written in lower case and part of its name (οδός Αθηνάς)
STREET_HEAD = r"(?:οδ(?:ός|ό|ού)|λεωφόρ(?:ος|ο|ου)|πλατεί(?:α|ας))"
# adjectives that open a place's name (Νέα Ιωνία, Άνω Λιόσια, Αγία Μαρίνα, Κάτω Αχαΐα)
PLACE_OPENERS = _declined("νέα νέο νέος άγιος αγία άγιο παλαιά παλαιό μεγάλη μεγάλο μικρή μικρό") \
    | _words("Άνω Κάτω Πάνω Αγίων Άγιοι Νέοι Νέων")
# legal forms of Greek firms, after the name (Α.Ε., Ο.Ε., Ι.Κ.Ε.)
LEGAL_FORM = re.compile(r"(?:Α\.Ε\.Β\.Ε\.|Α\.Β\.Ε\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.|Α\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|ΑΕΒΕ|ΙΚΕ|ΕΠΕ|ΑΕ)"
                        r"(?![\w.])")
_DOTTED_ACRONYM = re.compile(rf"(?<![\w.])(?:[{_UP}]{{1,4}}\.){{2,5}}(?![\w])")
# nouns of trade and association before a name in guillemets (η ταβέρνα «Ο Μάνος»)
_QUOTED_ORG_NOUN = re.compile(r"(?:συλλογ|σωματει|φουρν|ζαχαροπλαστ|βιβλιοπωλ|καφενει|εστιατορ|ταβερν|εταιρει|"
                              r"καταστημ|ξενοδοχ|επιχειρησ|ομαδ|συγκροτημ|εκδοσ|εκδοτικ|αρτοποι|μπαρ|"
                              r"κομμωτηρ|φαρμακει|οινοποιει|ελαιουργει|σχολ|θεατρ|κινηματογραφ|πρατηρι)")
_GUILLEMETS = re.compile(rf"«([{_UP}A-Z0-9][^«»\n]{{1,40}}?)»")

# articles, prepositions, conjunctions and pronouns a sentence opens with (Ο, Στη, Από)
FUNCTION_WORDS = _words("""
ο η το οι τα τον την τη του της των τους τις ένας μία μια ένα στο στη στην στον στα στις στους σε σ
από για με και ή ενώ όμως αλλά μετά πριν κατά ως όπως όταν αν εάν ότι που πού πως πώς αυτός αυτή αυτό
αυτοί αυτές αυτά εκεί εδώ εκτός μέχρι προς μέσω χωρίς παρά επί υπό δια κι ούτε ακόμη ακόμα τότε
""")
# days and months, in the nominative, genitive and accusative (CLDR's calendar words)
CALENDAR = _words("""
Δευτέρα Δευτέρας Τρίτη Τρίτης Τετάρτη Τετάρτης Πέμπτη Πέμπτης Παρασκευή Παρασκευής Σάββατο Σαββάτου
Κυριακή Κυριακής Ιανουάριος Ιανουαρίου Ιανουάριο Φεβρουάριος Φεβρουαρίου Φεβρουάριο Μάρτιος Μαρτίου
Μάρτιο Απρίλιος Απριλίου Απρίλιο Μάιος Μαΐου Μάιο Ιούνιος Ιουνίου Ιούνιο Ιούλιος Ιουλίου Ιούλιο
Αύγουστος Αυγούστου Αύγουστο Σεπτέμβριος Σεπτεμβρίου Σεπτέμβριο Οκτώβριος Οκτωβρίου Οκτώβριο
Νοέμβριος Νοεμβρίου Νοέμβριο Δεκέμβριος Δεκεμβρίου Δεκέμβριο Πάσχα Χριστούγεννα
""")
# abbreviations of common nouns, no body's acronym (ΑΕΠ: GDP, ΦΠΑ: VAT)
COMMON_ABBREVIATIONS = _words("ΑΕΠ ΦΠΑ ΜΜΕ ΑΦΜ ΑΜΚΑ ΤΚ ΚΤΕΟ ΙΧ ΜΜΜ")
# prepositions of place that fuse with the article (στη Λάρισα, στον Βόλο)
PLACE_PREPOSITIONS = _words("στο στη στην στον στα στις στους")
# prepositions of place and direction before an article (από την Κρήτη, προς τη Ρόδο)
PLACE_PREPOSITIONS_2 = _words("από προς μέσω έως ως μέχρι γύρω κοντά")
ARTICLES = _words("τη την το τον τα τις τους")
GENITIVE_ARTICLES = _words("του της των")
# titles, offices and trades before a person's name (stems, any case and gender)
_TITLE = re.compile(r"(?:αντι|υφ|ευρω|πρωην)?(?:πρωθυπουργ|προεδρ|υπουργ|καγκελαρι|δημαρχ|περιφερειαρχ|νομαρχ|"
                    r"βουλευτ|γιατρ|ιατρ|δασκαλ|καθηγητ|ιδιοκτητ|πρεσβ|ομολογ|αρχιμανδριτ|μητροπολιτ|"
                    r"επισκοπ|αρχιεπισκοπ|ιερε|λυραρ|κτηνοτροφ|αγροτ|ψαρα|προπονητ|ποδοσφαιριστ|παικτ|"
                    r"τερματοφυλακ|αθλητ|πρωταθλητ|τραγουδιστ|ηθοποι|συγγραφε|ποιητ|σκηνοθετ|δημοσιογραφ|"
                    r"διευθυντ|εκπροσωπ|επικεφαλησ|αρχηγ|γραμματε|συνταξιουχ|κυρια|κυριο|κυριου|βασιλι|"
                    r"πριγκιπ|πατριαρχ|στρατηγ|ναυαρχ|επιχειρηματι|εφοπλιστ|ερευνητ|φοιτητ|μαθητ|δικηγορ|"
                    r"εισαγγελε|δικαστ|γερουσιαστ|κυβερνητ|συμβουλ|αναλυτ|οικονομολογ|μουσικ|ζωγραφ|"
                    r"σεφ|πιλοτ|οδηγ|αστυνομικ|επιθεωρητ|διοικητ|υποψηφι|νικητ|ηγετ|ηγουμεν|μοναχ)"
                    r"[α-ωσ]{0,6}$")
# nouns of a place's kind before its name, not part of it (ο ποταμός Αχελώος, το χωριό Χ)
_PLACE_NOUN = re.compile(r"(?:ποταμ|λιμν|νησ(?:ι|ο)|χωρι|πολη|πολεω|κωμοπολ|οικισμ|νομ(?:οσ|ου|ο)$|επαρχι|βουν|"
                         r"κολπ|ακρωτηρι|φαραγγ|οροσειρ|πρωτευουσ|συνοικι|προαστι|χερσονησ)")
# nouns of an organisation's kind before its name (η εταιρεία Χ, ο όμιλος Χ)
_ORG_NOUN = re.compile(r"(?:εταιρει|επιχειρησ|αλυσιδ|ομιλ|τραπεζ|ομαδ|συλλογ|σωματει|κομμα|εφημεριδ|"
                       r"καναλι|πρακτορει|οργανωσ|ενωσ|συνεταιρισμ|νεοφυ)")
PLURAL_ARTICLES = _words("οι των τους τις")
# offices of a place: the genitive after them is the place (ο δήμαρχος Σπάρτης)
_JURISDICTION = re.compile(r"(?:αντι)?(?:δημαρχ|περιφερειαρχ|νομαρχ|μητροπολιτ|επισκοπ|βουλευτ)[α-ωσ]{0,4}$")
# family names' endings (Παπαδόπουλος, Σηφάκη, Μαυρίδου, Καραγιάννης' -άκης ...)
_SURNAME = re.compile(r"(?:οπουλ(?:οσ|ου|ο)|ακ(?:ησ|η|ου)|ιδ(?:ησ|η|ου)|αδ(?:ησ|η|ου)|ογλου|ατ(?:οσ|ου))$")


# a masculine noun's nominative (Γιάννος, not the old genitive of Ελλάδος, Ιδρύματος)
_NOMINATIVE_MASCULINE = re.compile(r"(?<![δτ])οσ$|(?<!ε)ωσ$")
_CAPITAL_AFTER = re.compile(rf" [{_UP}]")
# adjectives' endings (Ναυτικός, Άρειος, Αθηναίος): no first name
_ADJECTIVE = re.compile(r"(?:ικ|ει|αι|ιν|ιαν)(?:οσ|η|α|ο)$")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(norm(w) for w in common_words().get("el"))


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    """Greek first names (and the others the lists hold), without accents."""
    return frozenset(norm(g) for g in common_words().given_for("el"))


@lru_cache(maxsize=16384)
def first_name(word: str) -> bool:
    """A first name in any case: Γιώργος, Γιώργου, Γιώργο; Μαρία, Μαρίας; Θοδωρή."""
    low = norm(word)
    if low in PLACE_OPENERS or low in FUNCTION_WORDS or len(low) < 3:
        return False
    given = _given()
    forms = {low, low + "σ"}
    if low.endswith("ου"):
        forms.add(low[:-2] + "οσ")
    if low.endswith("σ"):
        forms.add(low[:-1])
    return any(f in given for f in forms)


def _acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None and norm(word) not in COMMON_ABBREVIATIONS


def _words_before(text: str, i: int, n: int = 2) -> list[str]:
    """Up to ``n`` words before ``i``, nearest last; stops at punctuation."""
    out = []
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == i or j == 0 or not (text[j - 1].isalpha() or text[j - 1] == "."):
            break
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
            k -= 1
        out.insert(0, text[k:j])
        i = k
    return out


def _sentence_start(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in " «\"“(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:;\n"


# -- names found on the knowledge base's hits --------------------------------------------------

_NAME_WORD = rf"(?:{_CAP_WORD}|[{_UP}]{{2,6}}|[A-Z][A-Za-z]+)"
_HEADED = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:(?: και | ){_NAME_WORD}|(?: (?:του|της|των) ){_CAP_WORD}){{0,8}}")
_STREET = re.compile(rf"(?<![\w-]){STREET_HEAD}(?: {_CAP_WORD}){{1,3}}")
_PLACE_OPENED = re.compile(rf"(?<![\w-])({_CAP_WORD}) ({_CAP_WORD})")
_ORDINAL = re.compile(r"\d{1,2}(?:ου|ο|ης|η|ος) $")


def _headed_name(text: str, m: re.Match) -> tuple[int, int, str] | None:
    """The organisation's or the place's name in a sequence of capitalised words (joined by
    "και" and by genitive articles): from the first adjective before its head to the last
    genitive after it, never over a first name (a person after the body: του Συλλόγου Χ
    Γιάννης ...) nor a leading article."""
    toks = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
    toks = [(m.start() + s, m.start() + e, w) for s, e, w in toks]
    kinds = [("ORG" if norm(w) in ORG_HEADS else "LOC" if norm(w) in LOC_HEADS else None) for _, _, w in toks]
    h = next((i for i, k in enumerate(kinds) if k and toks[i][2][0].isupper()), None)
    if h is None:
        return None
    first = h
    while first > 0 and toks[first - 1][2][0].isupper() and norm(toks[first - 1][2]) not in FUNCTION_WORDS \
            and not first_name(toks[first - 1][2]) and not _acronym(toks[first - 1][2]):
        first -= 1
    if first > 0 and toks[first - 1][2] == "και" and first > 1 and toks[first - 2][2][0].isupper() \
            and norm(toks[first - 2][2]) not in FUNCTION_WORDS:
        first -= 2   # Εθνικό και Καποδιστριακό Πανεπιστήμιο
    last = h
    after_person = norm(toks[h][2]) in NAMED_AFTER_PEOPLE
    i = h + 1
    while i < len(toks):
        w = toks[i][2]
        if w == "και":
            break
        if norm(w) in GENITIVE_ARTICLES:
            if i + 1 < len(toks) and not first_name(toks[i + 1][2]):
                last, i = i + 1, i + 2
                continue
            break
        if norm(w) in CALENDAR or not after_person and i + 1 < len(toks) and toks[i + 1][2][0].isupper() \
                and (first_name(w) or _NOMINATIVE_MASCULINE.search(norm(w))):
            break   # (a person after the body: του Συλλόγου Χ Γιάννης Παππάς; Ξάνθης alone is the town)
        last, i = i, i + 1
    if last == first and norm(toks[h][2]) not in LONE_BODIES:
        return None
    s, e = toks[first][0], toks[last][1]
    if (o := _ORDINAL.search(text, max(0, s - 6), s)) is not None:
        s = o.start()   # 2ου Γυμνάσιο Λάρισας
    return s, e, kinds[h]


def _acronym_bodies(text: str) -> list[tuple[int, int, str]]:
    """A body's acronym and the place it serves, in the genitive: ΔΕΥΑ Λάρισας, 1ο ΕΠΑΛ
    Βόλου (the local body of a national kind)."""
    out = []
    for m in re.finditer(rf"(?<![\w-])([{_UP}]{{2,6}}) ({_CAP_WORD})(?![\w-])", text):
        if not _acronym(m.group(1)) or not norm(m.group(2)).endswith(("σ", "ου", "ων")) \
                or first_name(m.group(2)) and _CAPITAL_AFTER.match(text, m.end()):
            continue
        s = m.start()
        if (o := _ORDINAL.search(text, max(0, s - 6), s)) is not None:
            s = o.start()
        out.append((s, m.end(), "ORG"))
    return out


def _legal_firms(text: str) -> list[tuple[int, int, str]]:
    """A firm's name and its legal form after it: Αφοί Κωνσταντίνου Ο.Ε., Χ Ρομποτική Ι.Κ.Ε."""
    out = []
    for m in LEGAL_FORM.finditer(text):
        s = m.start()
        n = 0
        while n < 4 and (w := re.search(rf"(?:{_NAME_WORD}) $", text[max(0, s - 30):s])) is not None \
                and norm(w.group().strip()) not in FUNCTION_WORDS:
            s -= len(w.group())
            n += 1
        if n:
            out.append((s, m.end(), "ORG"))
    return out


def _quoted_bodies(text: str) -> list[tuple[int, int, str]]:
    """A name in guillemets after a noun of trade or association, article and all: ο
    σύλλογος «Η Αγία Τριάδα», το καφενείο «Ο Μάνος»."""
    out = []
    for m in _GUILLEMETS.finditer(text):
        before = _words_before(text, m.start(), 3)
        if any(_QUOTED_ORG_NOUN.match(norm(w)) for w in before if w.islower()):
            out.append((m.start(1), m.end(1), "ORG"))
    return out


def _found(text: str) -> list[tuple[int, int, str]]:
    named = _quoted_bodies(text) + _legal_firms(text)
    named += [(m.start(), m.end(), "ORG") for m in _DOTTED_ACRONYM.finditer(text) if not LEGAL_FORM.fullmatch(m.group())]
    named += [(m.start(), m.end(), "LOC") for m in _STREET.finditer(text)]
    named += _acronym_bodies(text)
    for m in _HEADED.finditer(text):
        if (h := _headed_name(text, m)) is not None:
            named.append(h)
    named += [(m.start(), m.end(), "LOC") for m in _PLACE_OPENED.finditer(text) if norm(m.group(1)) in PLACE_OPENERS]
    return named


def named_spans(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names Greek grammar makes whole (see the module's docstring) as (start, end, type),
    the first found winning an overlap, and the knowledge-base hits kept: a known name
    inside one is no mention of its own, a known person's family name takes the first
    name before it."""
    taken = bytearray(len(text) + 1)
    named = []
    for s, e, kind in _found(text):
        if any(taken[s:e]) or any(h.start < s < h.end or h.start < e < h.end for h in hits) \
                or any(h.start <= s and e <= h.end for h in hits):
            continue   # (a known name as long, or crossing its edge)
        taken[s:e] = b"\x01" * (e - s)
        named.append((s, e, kind))
    if named:
        hits = [h for h in hits if not any(taken[h.start:h.end])]
    return [_with_first_name(text, h) for h in hits], named


def _with_first_name(text: str, hit):
    """A known person's hit on the family name alone, with the first name before it as
    Greek transliterates it (Βλαντιμίρ Πούτιν: Vladimir Putin)."""
    e = hit.entity
    if e.type != "PER" or " " in text[hit.start:hit.end] or " " not in e.name or hit.start < 3 \
            or text[hit.start - 1] != " ":
        return hit
    m = re.search(rf"(?<![\w-])({_CAP_WORD}) $", text[max(0, hit.start - 30):hit.start])
    if m is None or norm(m.group(1)) in FUNCTION_WORDS or norm(m.group(1)) in CALENDAR:
        return hit
    if anyascii(m.group(1))[:1].lower() != e.name[:1].lower():
        return hit
    return hit._replace(start=hit.start - len(m.group()))


# -- runs of capitalised words -----------------------------------------------------------------

def _place_cue(text: str, s: int, stripped: str | None) -> bool:
    """A preposition of place before the name: στη Λάρισα, από την Κρήτη, (Στη) Λεμεσό."""
    if stripped is not None:
        return stripped in PLACE_PREPOSITIONS
    before = [norm(w) for w in _words_before(text, s, 2)]
    if before and before[-1] in PLACE_PREPOSITIONS:
        return True
    return len(before) == 2 and before[0] in PLACE_PREPOSITIONS_2 and before[1] in ARTICLES


def _title_before(text: str, s: int) -> bool:
    """A title, office or trade before the name (ο πρόεδρος Χ), or before a possessive
    (ο ομόλογός του Χ: the noun takes a second accent before the enclitic)."""
    before = _words_before(text, s, 2)
    if before and before[-1].islower() and _TITLE.match(norm(before[-1])):
        return True
    return len(before) == 2 and norm(before[1]) in GENITIVE_ARTICLES | {"τουσ"} and before[0].islower() \
        and sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", before[0])) >= 2 \
        and _TITLE.match(norm(before[0])) is not None


def _personal_pair(words: list[str], article: str | None) -> bool:
    """Two or three words that make a person's name: a first name (Γιώργου Παππά), a family
    name's ending (Χ Γεωργακόπουλος), a father's first name in the genitive as the family
    name (Χ Δημητρίου), a masculine name after "ο" (ο Στάθης Χ; no adjective: ο Άρειος Πάγος),
    or words none of the language's common ones (transliterated names: Τζούλια Ρόμπερτς)."""
    if not 2 <= len(words) <= 3 or any(_ADJECTIVE.search(norm(w)) for w in words[:1]):
        return first_name(words[0]) and 2 <= len(words) <= 4
    lows = [norm(w) for w in words]
    return first_name(words[0]) or bool(_SURNAME.search(lows[-1])) \
        or len(words) == 2 and first_name(words[1]) and lows[1].endswith(("ου", "η", "α")) \
        or article == "ο" and lows[0].endswith(("ησ", "οσ", "ασ")) and len(words) == 2 \
        or not any(w in _common() for w in lows)


# what follows a title's one-word field rather than a person's name: a name, or a genitive
# article and a name (ο υπουργός Εξωτερικών της Ρωσίας)
_FIELD_AFTER = re.compile(r" (?:(?:της|του|των) )?[Α-ΩΆΈΉΊΌΎΏA-Z]")


def _type_part(text: str, toks: list, stripped: str | None, qualifier: bool = False) -> list[tuple[int, int, str]]:
    """The type of a part of a run by the Greek cues; [] if none. ``qualifier``: a person's
    name follows the part (ο υπουργός Οικονομικών Χ Ψ: the title's field, no person)."""
    s, e = toks[0][0], toks[-1][1]
    words = [t[2] for t in toks]
    before = _words_before(text, s, 1)
    article = stripped if stripped is not None else norm(before[0]) if before else None
    if len(toks) == 1 and _acronym(words[0]):
        return [(s, e, "ORG")]
    if not any("\u0370" <= c <= "\u03ff" for c in text[s:e]) and article in ("η", "τη", "την", "της"):
        return [(s, e, "ORG")]   # η Χ (η εταιρεία): a foreign firm's name takes the feminine article
    if len(toks) >= 2 and norm(words[0]) in PLACE_OPENERS:
        return [(s, e, "LOC")]
    if before and _PLACE_NOUN.match(norm(before[0])):
        return [(s, e, "LOC")]   # ο ποταμός Χ, το χωριό Χ
    if before and before[0].islower() and _ORG_NOUN.match(norm(before[0])):
        return [(s, e, "ORG")]   # η εταιρεία Χ, ο όμιλος Χ
    if len(toks) >= 2 and article in PLURAL_ARTICLES and not text.startswith((" και ", ","), e) \
            and not first_name(words[0]):
        return [(s, e, "ORG")]   # οι Χ Ψ, των Χ Ψ: a team's or a paper's plural name, no person's
    if len(toks) >= 2 and all("\u0370" <= w[0] <= "\u03ff" for w in words) and _personal_pair(words, article) \
            and not (_place_cue(text, s, stripped) and not first_name(words[0])):
        return [(s, e, "PER")]
    if len(toks) == 1 and before and _JURISDICTION.match(norm(before[0])) and not norm(words[0]).endswith("οσ"):
        return [(s, e, "LOC")]   # ο δήμαρχος Σπάρτης
    if _title_before(text, s) and not qualifier and not (len(toks) == 1 and _FIELD_AFTER.match(text, e)):
        # (ο υπουργός Εξωτερικών Γιώργος Γεραπετρίτης, the name a hit of its own, ο υπουργός
        # Εξωτερικών της Ρωσίας: the title's field)
        return [(s, e, "PER")]

    greek = all("\u0370" <= w[0] <= "\u03ff" for w in words)
    if greek and _place_cue(text, s, stripped):
        return [(s, e, "LOC")]
    if len(toks) == 1 and _SURNAME.search(norm(words[0])):
        return [(s, e, "PER")]
    if greek and len(toks) == 1 and stripped is None and before and norm(before[0]) in GENITIVE_ARTICLES:
        return [(s, e, "LOC")]   # της Χ: a lone name in the genitive is most often a place's
    return []


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words (``toks``: start, end, word, lower-cased) of a
    Greek text as (start, end, type), or None when no Greek cue types it (the general rules
    then do). An opening article or preposition and the calendar's words are no part of a
    name; a first name inside the run opens a person's name (Δήμαρχος Σπάρτης | Νίκος Χ)."""
    stripped = None
    while toks and (norm(toks[0][2]) in FUNCTION_WORDS or norm(toks[0][2]) in CALENDAR):
        stripped = norm(toks[0][2])
        toks = toks[1:]
    while toks and norm(toks[-1][2]) in CALENDAR:
        toks = toks[:-1]
    if not toks:
        return []
    if (known := lookup_declined(get_kb(), text[toks[0][0]:toks[-1][1]], "MISC")) is not None:
        return [(toks[0][0], toks[-1][1], known.type)]   # a known name in a case form (της Νότιας Κορέας)
    if stripped is None and _sentence_start(text, toks[0][0]) and len(toks) == 1:
        return None
    k = next((i for i in range(1, len(toks) - 1) if first_name(toks[i][2]) and not first_name(toks[i - 1][2])
              and norm(toks[0][2]) not in PLACE_OPENERS), 0)
    # ο υπουργός Ενέργειας | Εντ Μίλιμπαντ: the title's field, then the person, a name no list
    # holds (a short first name may be a word's piece; not υπουργός Εθνικής Άμυνας Δένδιας)
    field = not k and len(toks) == 3 and _title_before(text, toks[0][0]) and norm(toks[0][2]) in _common() \
        and norm(toks[2][2]) not in _common() and (norm(toks[1][2]) not in _common() or len(toks[1][2]) <= 3)
    if field:
        k = 1
    parts = [toks[:k], toks[k:]] if k else [toks]
    out = []
    for n, part in enumerate(parts):
        typed = [(part[0][0], part[-1][1], "PER")] if field and n == 1 \
            else _type_part(text, part, stripped if n == 0 else None, n == 0 and k > 0)
        if not typed and n == 0 and k and _title_before(text, part[0][0]):
            continue   # (the title's field, Οικονομικών, Ενέργειας: no name of anything)
        out += typed or [(part[0][0], part[-1][1], "MISC")] * (stripped is not None or k > 0)
    if not out and stripped is None:
        return None
    return out


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised word the general rules would drop as an everyday one (the word
    lists hold τσίπρας, λάρισα) that a Greek cue types as a name."""
    if norm(word) in FUNCTION_WORDS or norm(word) in CALENDAR:
        return False
    return any(t != "MISC" for _, _, t in run_candidates(text, [(start, start + len(word), word, word.casefold())])
               or ())
