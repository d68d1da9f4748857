"""Indonesian names (``id``): what Indonesian grammar and press style say about them.

Indonesian capitalises names and every word of an official name, never a common noun
(Kementerian Energi dan Sumber Daya Mineral, Polsek Tanjung Priok, SMP Negeri 4 Ternate),
so a capitalised word inside a sentence is a name, a title or a day's name; the word
lists of wordfreq hold the commonest names lower-cased (jawa, padang), so "a common
word" says little here. The head noun opens a name and is part of it (Stadion, Jalan,
Sungai, Bank, Universitas, Polda, PT ... Tbk), except an administrative unit's, after
which the name is the place (Kabupaten [Agam], Desa [Sumberwuluh]); a lower-case noun of
kind before a name types it (kelompok tani [Sri Rejeki], perairan [Natuna Utara]). People
stand after a title and the office it names (Menteri Luar Negeri [Sugiono], Kompol
[Wahyu Nugroho]), after a trade (petani [Yakob Wenda]), a verb of saying (ujar [X]), an
honorific (H. [Muslikhan]), before their age in brackets ([Zulkifli] (38)); places after a
preposition of place (di, ke, dari) and in lists with other places.

``adjust_hits`` runs on the knowledge base's hits (names a head opens, found whole, with
the known names inside them; people after titles); ``run_candidates`` types a run of
capitalised words the hits left; ``lone_name`` keeps a lone word the general rules would
drop as a common one when a cue says it is a name; ``is_heading`` tells a Title Case
headline from a sentence full of names. General Indonesian grammar and vocabulary (titles,
ranks, head nouns, prepositions), no names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .kb import common_words, get_kb


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- vocabulary -------------------------------------------------------------------------------

# heads that open an organisation's name and belong to it (lower-cased; two-word heads as
# "a b"): government bodies, courts, police and army units, schools, hospitals, clubs,
# associations and shops
ORG_HEADS = _words("""
kementerian kementrian kemenko badan lembaga dewan komisi majelis mahkamah pengadilan kejaksaan kepolisian
polda polres polresta polrestabes polsek kodam kodim korem koramil lanud lantamal dinas pemerintah pemkot
pemkab pemprov dprd damkar bpbd partai bank universitas institut politeknik akademi sekolah fakultas
sd sdn smp smpn sma sman smk smkn mts min man madrasah pesantren yayasan koperasi persatuan perkumpulan
paguyuban komunitas sanggar himpunan ikatan asosiasi gabungan serikat federasi kelompok puskesmas rsud rsup
rsu rs klinik apotek perusahaan perum perumda pb
""")
ORG_HEADS_2 = frozenset(("pondok pesantren", "rumah sakit", "karang taruna", "gerakan pemuda"))
# bodies whose name may join two fields with "dan" (Kementerian Energi dan Sumber Daya Mineral)
AND_HEADS = _words("kementerian kementrian kemenko badan lembaga komisi dinas fakultas institut")
SCHOOL_HEADS = _words("sd sdn smp smpn sma sman smk smkn mts min man")
# legal forms that open a company's name (PT Sido Muncul Tbk, CV X, UD X)
LEGAL_HEADS = _words("pt cv ud pd")
# heads of a place's, a building's or a landform's name, part of it
LOC_HEADS = _words("""
jalan jl gang sungai kali danau gunung pulau kepulauan selat teluk tanjung laut samudra samudera lembah
bukit pegunungan pantai candi istana masjid gereja pura klenteng vihara bandara pelabuhan terminal stasiun
stadion gelora gor sirkuit taman bundaran monumen tugu jembatan museum gedung menara benteng gua goa waduk
bendungan hutan kawasan alun-alun pasar
""")
LOC_HEADS_2 = frozenset(("bandar udara", "air terjun", "taman nasional", "cagar alam"))
# administrative units: the place is the name after them (Kabupaten Agam -> Agam)
ADMIN_HEADS = _words("kabupaten kota provinsi kecamatan desa kelurahan dusun kampung negeri nagari gampong")
# the words before "kota" that make it a title or a noun, not a unit (Wali Kota, Ibu Kota)
_NOT_ADMIN_AFTER = _words("wali ibu")

# lower-case nouns of kind before an organisation's or a place's name (toko [X], kelompok
# tani [X], rumah makan [X]; perairan [X], lereng [X], warga [X]: residents of a place)
ORG_KINDS = _words("""toko warung kedai restoran kafe perusahaan klub tim kelompok grup band koperasi yayasan
komunitas sanggar paguyuban harian koran majalah maskapai emiten""")
ORG_KINDS_2 = frozenset(("rumah makan",))
LOC_KINDS = _words("""perairan tanjakan lereng kawasan wilayah daerah kota kabupaten provinsi kecamatan desa kampung
dusun pulau sungai gunung danau teluk selat jalan kelurahan pantai lembah bukit warga""")
LOC_KINDS_2 = frozenset(("negara bagian",))

# titles, ranks and honorifics written before a person's name (capitalised in the text)
TITLES = _words("""
presiden wakil menteri menko wamen gubernur wagub bupati wabup walikota camat lurah kepala ketua direktur
dirut panglima kapolri kapolda kapolres kapolresta kapolsek kasat jenderal kapten sultan raja ratu pangeran
paus perdana juru jubir kompol akbp akp iptu ipda aiptu aipda bripka brigpol bripda brigjen mayjen letjen
irjen kombes kolonel letkol mayor laksamana marsekal haji hajah hj pak bu bapak ibu kiai kyai kh ustaz
ustadz habib romo pendeta pastor uskup syekh tuan nyonya almarhum almarhumah mendiang rektor dekan dubes duta
sekjen sekda komisaris manajer pelatih wali ceo
""")
# titles whose office is a ministry's field: an acronym after them names no body (Menteri ESDM)
MINISTER_TITLES = _words("menteri menko wamen")
# the second words of two-word titles and the adjectives of an office (Wali Kota, Juru
# Bicara, Direktur Utama, Jaksa Agung), never a name's first word there
OFFICE_WORDS = _words("""kota bicara besar menteri utama umum muda madya pertama tinggi khusus harian eksekutif agung
senior""")
# abbreviated honorifics and titles, written with a full stop (H. Muslikhan, Dr. Soetomo)
ABBREVIATIONS = _words("h hj dr drs dra drg ir prof kh st jl moch moh muh")
# lower-case nouns of trade, role and kinship before a person's name (petani [Yakob Wenda])
PERSON_NOUNS = _words("""
petani nelayan peternak pedagang pengusaha pemilik pengelola sopir supir pengemudi pelatih pemain penyerang
gelandang bek kiper striker petenis pebulu pebalap pembalap pesepak atlet lifter perenang pelari penyanyi
aktor aktris musisi pelukis penulis sastrawan wartawan jurnalis fotografer guru dosen peneliti ilmuwan dokter
bidan perawat mahasiswa mahasiswi siswa siswi pelajar santri buruh karyawan pegawai tersangka terdakwa
terpidana korban saksi istri suami ayah kakek nenek paman bibi kakak adik cucu pendiri ketua kepala direktur
manajer relawan aktivis pengacara hakim jaksa pemandu seniman budayawan koki petinju pegolf pecatur
""")
# verbs of saying before the speaker (", ujar X"), and "milik" (owned by) before an owner
SAYING_VERBS = _words("kata ujar tutur ucap ungkap jelas imbuh tambah tegas terang sebut lanjut papar")
# prepositions of place: an unknown name after them is a place (di Gianyar, ke Gilimanuk)
PLACE_PREPOSITIONS = _words("di ke dari menuju asal dekat")
# what joins the items of a list
_LIST_JOINERS = _words("dan serta atau")
_JOINER_BEFORE = re.compile(" (?:" + "|".join(sorted(_LIST_JOINERS)) + ") $")
# capitalised words that are no name alone (the government, God, the state)
NOT_NAMES = _words("pemerintah negara tuhan allah nabi rasul republik")
# acronyms of common nouns (identity card, civil servant, state budget, fuel, law ...):
# no organisation's name
GENERIC_ACRONYMS = _words("""
wib wita wit ktp sim stnk bbm phk umkm apbn apbd hut asn pns blt kur uu ruu pp perpu perppu paud tps ppn pph
nik npwp ott dpo rt rw kk tki tkw wni wna odgj psbb ppkm krl mrt lrt bumn bumd pltu plta plts pltd spbu atm
cctv hp sdm ktt ihsg dbd ispa hiv aids tbc covid lpg kmp km kri ka pr mou kpr thr umr ump njop igd icu dpt
tpa tpst esdm ham sara dki rp
""")
# compass words after a place that are part of its name (Jakarta Selatan, Natuna Utara)
COMPASS = _words("utara selatan timur barat tengah tenggara")
# words that end a club's name after its town (Semen Padang FC, Dewa United)
CLUB_ENDS = frozenset(("FC", "United"))
# Indonesian clubs' names open with "Persi-", "Perse-" (Persatuan Sepak Bola Indonesia X)
# or an acronym "PS..." and end with their town (the town is known)
_CLUB_WORD = re.compile(r"Pers[a-z]{1,6}|PS[A-Z]{1,3}")
# function words that a Title Case headline leaves in lower case, like a sentence
FUNCTION_WORDS = _words("""di ke dari dan yang untuk dengan pada atau oleh dalam bagi tentang serta sebagai
antara atas hingga sampai karena agar bahwa ini itu si sang para""")
# function words that end the search for a noun of kind before a name
_STOP_BACK = FUNCTION_WORDS | PLACE_PREPOSITIONS | _words("milik akan telah sudah juga tersebut adalah ialah")

# verbs' prefixes (me-, di-, ber-, ter-): a verb is no qualifier between a noun of kind and a name
_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{4,}")
_TOKEN = re.compile(r"[^\W_][\w’'\-]*")
_SENT_END = set(".!?:;\"“”()\n")
# Balinese names open with I (a man) or Ni (a woman) and the child's birth-order name
_BALINESE_ORDER = _words("wayan putu gede made kadek nengah nyoman komang ketut luh")


# -- small helpers ------------------------------------------------------------------------------

def _cap(word: str) -> bool:
    return word[:1].isupper()


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in _SENT_END


@lru_cache(maxsize=1)
def _lists():
    cw = common_words()
    return cw.get_top("id"), cw.given_for("id"), cw.calendar


def _acronym(word: str) -> bool:
    """An acronym that may name a body: capitals (3 to 6), no common noun's acronym."""
    return 3 <= len(word) <= 6 and word.isupper() and word.isalpha() and word.lower() not in GENERIC_ACRONYMS


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _joined(text: str, toks, k: int) -> bool:
    """Token k follows token k-1 inside one name: one space, or ". " after an
    abbreviation or an initial (RSUD Dr. Soetomo, RSUP Dr. M. Djamil)."""
    gap = text[toks[k - 1][1]:toks[k][0]]
    if gap == " ":
        return True
    prev = toks[k - 1]
    return gap == ". " and (prev[3] in ABBREVIATIONS or len(prev[2]) == 1 and prev[2].isupper())


def _phrase_at(toks, i: int, one: frozenset[str], two: frozenset[str]) -> int:
    """How many tokens from i a head of ``one`` (a word) or ``two`` (two words) covers."""
    if i + 1 < len(toks) and f"{toks[i][3]} {toks[i + 1][3]}" in two:
        return 2
    return 1 if toks[i][3] in one else 0


# -- names opened by a head --------------------------------------------------------------------

def _head_at(toks, i: int) -> tuple[str, int] | None:
    """The kind ("ORG", "LEGAL", "LOC", "ADMIN") and length of a head at token i."""
    if not _cap(toks[i][2]):
        return None
    if (m := _phrase_at(toks, i, ORG_HEADS, ORG_HEADS_2)):
        return "ORG", m
    if toks[i][3] in LEGAL_HEADS and toks[i][2].isupper():
        return "LEGAL", 1
    if (m := _phrase_at(toks, i, LOC_HEADS, LOC_HEADS_2)):
        return "LOC", m
    if toks[i][3] in ADMIN_HEADS:
        return "ADMIN", 1
    return None


def _opens(text: str, toks, i: int) -> bool:
    """The head at token i opens a name: it opens the run of capitalised words, or a
    title (Kepala Polsek X) or a sentence's first word (Warga Kampung X) stands before it."""
    if i == 0 or not _joined(text, toks, i) or not _cap(toks[i - 1][2]):
        return True
    prev = toks[i - 1][3]
    if toks[i][3] == "kota" and prev in _NOT_ADMIN_AFTER:
        return False
    if prev in TITLES or prev in OFFICE_WORDS and i > 1 and toks[i - 2][3] in TITLES:
        return True   # (Kepala Polsek X, Direktur Utama PT X)
    top, _, _ = _lists()
    return _sentence_start(text, toks[i - 1][0]) and prev in top and _head_at(toks, i - 1) is None


def _name_end(text: str, toks, j: int, kind: str, head: str, hits_at: dict, titled: bool) -> int:
    """The token after the name that starts at token j after a head of ``kind``:
    capitalised words (known names inside too), a school's number after Negeri, "dan"
    between two fields of a ministry's name; not past a title, a day, a known person, or
    (after a body's head) a unit of administration that names where the body is."""
    top, given, calendar = _lists()
    n, k = len(toks), j
    while k < n and _joined(text, toks, k):
        word, low = toks[k][2], toks[k][3]
        if _cap(word):
            if low in calendar or k > j and kind != "LOC" and low in TITLES:
                break
            hit = hits_at.get(toks[k][0])
            if hit is not None and hit.entity.type == "PER" and k > j and kind != "LOC":
                break   # Partai Golkar [Bahlil Lahadalia]: the person the body's name precedes
            if k > j and kind in ("ORG", "ADMIN") and low in ADMIN_HEADS:
                break   # Karang Taruna Tunas Harapan | Desa Bendosari
            if titled and k > j and low in given and low not in top:
                break   # Rektor Universitas X | Ova Emilia
            k += 1
            if kind == "LEGAL" and word == "Tbk":
                break
            continue
        if word.isdigit() and k > j and (toks[k - 1][3] in ("negeri", "swasta", "inpres") or head in SCHOOL_HEADS):
            k += 1   # SMP Negeri 4 Ternate
            continue
        if low == "dan" and head in AND_HEADS and k > j and k + 1 < n and _joined(text, toks, k + 1) \
                and _cap(toks[k + 1][2]) and not toks[k + 1][2].isupper() and _head_at(toks, k + 1) is None \
                and toks[k + 1][0] not in hits_at:
            k += 1   # Kementerian Komunikasi dan Digital
            continue
        break
    return k


def _headed_names(text: str, toks, hits_at: dict, taken: bytearray, named: list) -> None:
    top, _, _ = _lists()
    i, n = 0, len(toks)
    while i < n:
        head = _head_at(toks, i) if not taken[i] else None
        if head is None or not _opens(text, toks, i):
            i += 1
            continue
        kind, m = head
        j = i + m
        if j >= n or not _joined(text, toks, j) or not (_cap(toks[j][2]) or kind == "ORG" and toks[j][2].isdigit()):
            i += 1
            continue
        if kind == "ADMIN" and (toks[i][0] in hits_at or _sentence_start(text, toks[i][0]) and toks[j][0] in hits_at):
            i += 1   # (Kabupaten Semarang, a hit: trimmed below; Kota Ternate at a sentence's start)
            continue
        titled = i > 0 and _joined(text, toks, i) and toks[i - 1][3] in TITLES
        if kind == "ADMIN" and titled and j + 1 < n and _joined(text, toks, j + 1) and _cap(toks[j + 1][2]) \
                and toks[j][3] in _lists()[1] and toks[j][3] not in top:
            i += 1   # Kepala Desa [Ujang Suparman]: the title's holder, named after it
            continue
        end = _name_end(text, toks, j, kind, toks[i][3], hits_at, titled)
        if end == j or any(taken[i:end]):
            i += 1
            continue
        if kind == "ADMIN" and not (end == j + 1 and toks[j][3] in top and toks[j][0] not in hits_at):
            named.append((toks[j][0], toks[end - 1][1], "LOC"))   # Kabupaten [Agam]
        else:   # (Kota Tua: an everyday word after the unit's head is no place's name alone)
            named.append((toks[i][0], toks[end - 1][1], "ORG" if kind in ("ORG", "LEGAL") else "LOC"))
        taken[i:end] = b"\x01" * (end - i)
        i = end


# -- clubs, kinds, people after titles, compass words ----------------------------------------------

def _run_end(text: str, toks, i: int) -> int:
    """The token after the run of capitalised words that opens at token i."""
    k = i + 1
    while k < len(toks) and _joined(text, toks, k) and _cap(toks[k][2]):
        k += 1
    return k


def _run_start(text: str, toks, i: int) -> int:
    k = i
    while k > 0 and _joined(text, toks, k) and _cap(toks[k - 1][2]):
        k -= 1
    return k


def _clubs(text: str, toks, hits_at: dict, taken: bytearray, named: list) -> None:
    """Persib Bandung, PSIM Yogyakarta (a club's word and its known town); Semen Padang
    FC, Dewa United (the words before FC or United, after any title)."""
    for i, (s, e, word, low) in enumerate(toks):
        if taken[i]:
            continue
        if word in CLUB_ENDS and i > 0 and _joined(text, toks, i) and _cap(toks[i - 1][2]):
            a = _run_start(text, toks, i)
            while a < i - 1 and (toks[a][3] in TITLES or _sentence_start(text, toks[a][0]) and a + 1 < i - 1
                                 and toks[a][0] not in hits_at and toks[a][3] in _lists()[0]
                                 and toks[a + 1][0] in hits_at):
                a += 1   # (Kapten Bali United)
            if not any(taken[a:i + 1]):
                named.append((toks[a][0], e, "ORG"))
                taken[a:i + 1] = b"\x01" * (i + 1 - a)
        elif _CLUB_WORD.fullmatch(word) and i + 1 < len(toks) and _joined(text, toks, i + 1) \
                and (hit := hits_at.get(toks[i + 1][0])) is not None and hit.entity.type == "LOC" \
                and low not in _lists()[0]:
            k = next((k for k in range(i + 1, len(toks)) if toks[k][1] >= hit.end), i + 1)
            if not any(taken[i:k + 1]):
                named.append((s, hit.end, "ORG"))
                taken[i:k + 1] = b"\x01" * (k + 1 - i)


def _kind_before(text: str, toks, i: int, one: frozenset[str], two: frozenset[str]) -> bool:
    """A noun of kind (``one``, ``two``) among the (up to three) lower-case words right
    before token i, only qualifiers between: kelompok tani |X, rumah makan |X."""
    k = i - 1
    for _ in range(3):
        if k < 0 or text[toks[k][1]:toks[k + 1][0]] != " ":
            return False
        word, low = toks[k][2], toks[k][3]
        if low in _STOP_BACK or _VERB.match(low) or not (word.islower() or _sentence_start(text, toks[k][0])):
            return False   # (Warga diminta membawa |KTP: verbs between, no kind of the name)
        if low in one or k + 1 < i and f"{low} {toks[k + 1][3]}" in two:
            return True
        if _sentence_start(text, toks[k][0]):
            return False
        k -= 1
    return False


def _kinds(text: str, toks, hits_at: dict, taken: bytearray, named: list) -> None:
    """A capitalised run after a lower-case noun of kind, whole, known names inside too
    (tim voli putri [Jakarta Pertamina Enduro], perairan [Natuna Utara])."""
    i, n = 0, len(toks)
    while i < n:
        if taken[i] or not _cap(toks[i][2]) or i and _joined(text, toks, i) and _cap(toks[i - 1][2]):
            i += 1
            continue
        end = _run_end(text, toks, i)
        if any(taken[i:end]) or toks[i][3] in TITLES or toks[i][3] in GENERIC_ACRONYMS:
            i = end
            continue
        s, e = toks[i][0], toks[end - 1][1]
        hit = hits_at.get(s)
        if _kind_before(text, toks, i, ORG_KINDS, ORG_KINDS_2) and not (
                hit is not None and hit.end == e and hit.entity.type == "LOC"):   # (tim Jerman: the country's)
            named.append((s, e, "ORG"))
            taken[i:end] = b"\x01" * (end - i)
        elif _kind_before(text, toks, i, LOC_KINDS, LOC_KINDS_2) and (hit is None or hit.end == e):
            named.append((s, e, "LOC"))
            taken[i:end] = b"\x01" * (end - i)
        i = end


_BODY_HEADS = (("ORG", 1), ("ORG", 2), ("LEGAL", 1))


def _people_after_titles(text: str, toks, hits_at: dict, taken: bytearray, named: list, trimmed: set,
                         forced: set) -> None:
    """Menteri Luar Negeri [Sugiono], Sultan [Brunei] [Hassanal Bolkiah], Ketua [MPR]
    [Ahmad Muzani]: a title, its office (everyday words, acronyms, known places and
    bodies), then the person's name to the run's end. The places and bodies of the office
    are taken with their types; an acronym after a minister's title is his field."""
    top, given, calendar = _lists()
    starts = [t[0] for t in toks]
    # the tokens inside each hit, by bisection (a hit covers a few of the article's tokens)
    inside = {starts[j]: h for h in hits_at.values()
              for j in range(bisect_right(starts, h.start), bisect_left(starts, h.end))}
    i, n = 0, len(toks)
    while i < n:
        if taken[i] or toks[i][3] not in TITLES or not _cap(toks[i][2]) or not _opens(text, toks, i) \
                or i and toks[i - 1][3] in PLACE_PREPOSITIONS:   # (di Raja Ampat: a place)
            i += 1
            continue
        end = _run_end(text, toks, i)
        k, minister, office, cut = i, False, [], []
        while k < end and (toks[k][3] in TITLES or k > i and toks[k][3] in OFFICE_WORDS):
            minister = minister or toks[k][3] in MINISTER_TITLES
            k += 1
        while k < end:
            word, low = toks[k][2], toks[k][3]
            if taken[k]:   # (another name's: Kapten [Bali United] Fadil Sausu)
                k += 1
                continue
            hit = hits_at.get(toks[k][0]) or inside.get(toks[k][0])
            if hit is not None and hit.entity.type in ("LOC", "ORG"):
                # (a hit that opens with the title's word: Wali [Kota Ternate] -> Ternate)
                office.append((toks[k][0], hit.end, hit.entity.type))
                if hit.start < toks[k][0]:
                    cut.append(hit.start)
                while k < end and toks[k][0] < hit.end:
                    k += 1
            elif low in OFFICE_WORDS or low in TITLES:
                k += 1   # (Kapolres Malang AKBP X: a rank after the office)
            elif word.isupper() and len(word) >= 2:
                if _acronym(word) and not minister:
                    office.append((toks[k][0], toks[k][1], "ORG"))
                k += 1
            elif low in top and low not in given:
                k += 1
            else:
                break
        name = toks[k:end]
        if not name or len(name) > 4 or any(taken[k:end]) or name[0][0] in hits_at or _head_at(toks, k) \
                or any(_head_at(toks, x) in _BODY_HEADS for x in range(k, end)) or any(t[3] in calendar for t in name):
            i = end
            continue
        named.extend(office)
        forced.update((a, b) for a, b, _ in office)   # (Sultan Brunei X: the hit alone would be X's first name)
        trimmed.update(cut)
        named.append((name[0][0], name[-1][1], "PER"))
        taken[i:end] = b"\x01" * (end - i)
        i = end


def _compass_places(text: str, toks, hits, taken: bytearray, named: list, trimmed: set) -> None:
    """A known place and a compass word after it: one place (Jakarta Selatan); and a known
    place written with its unit's head, the place (Kota Ternate -> Ternate)."""
    starts = {t[0]: k for k, t in enumerate(toks)}
    for h in hits:
        if h.entity.type != "LOC" or (k := starts.get(h.start)) is None or taken[k]:
            continue
        end = next((x for x in range(k, len(toks)) if toks[x][1] >= h.end), k) + 1
        if end < len(toks) and _joined(text, toks, end) and toks[end][3] in COMPASS and _cap(toks[end][2]) \
                and not taken[end] and (end + 1 >= len(toks) or not _joined(text, toks, end + 1)
                                        or not _cap(toks[end + 1][2])):
            named.append((h.start, toks[end][1], "LOC"))
            taken[k:end + 1] = b"\x01" * (end + 1 - k)
        elif toks[k][3] in ADMIN_HEADS and end > k + 1 and not (k and toks[k - 1][3] in _NOT_ADMIN_AFTER
                                                                 and _joined(text, toks, k)):
            named.append((toks[k + 1][0], h.end, "LOC"))
            taken[k:end] = b"\x01" * (end - k)
            trimmed.add(h.start)


def adjust_hits(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """The knowledge base's hits in an Indonesian text less those inside a name found
    here, and the names found here (start, end, type), in passes by precedence: clubs,
    names a head opens, names after a noun of kind, people after a title, places with a
    compass word or an administrative head."""
    toks = _tokens(text)
    hits_at = {h.start: h for h in hits}
    taken = bytearray(len(toks))
    named: list[tuple[int, int, str]] = []
    _clubs(text, toks, hits_at, taken, named)
    _headed_names(text, toks, hits_at, taken, named)
    _kinds(text, toks, hits_at, taken, named)
    trimmed: set[int] = set()
    forced: set[tuple[int, int]] = set()
    _people_after_titles(text, toks, hits_at, taken, named, trimmed, forced)
    _compass_places(text, toks, hits, taken, named, trimmed)
    if not named:
        return hits, named
    return _merge([h for h in hits if h.start not in trimmed] if trimmed else hits, named, forced)


def _merge(hits: list, named: list[tuple[int, int, str]], forced: set) -> tuple[list, list[tuple[int, int, str]]]:
    """Hits and names without overlaps: a name goes if a hit crosses its edge or is the
    same name of the same type (unless ``forced``), else the hits inside it go."""
    keep = []
    drop: set[int] = set()
    for s, e, etype in sorted(named):
        inside = [k for k, h in enumerate(hits) if h.start < e and h.end > s]
        if any(hits[k].start < s or hits[k].end > e for k in inside):
            continue
        if len(inside) == 1 and (hits[inside[0]].start, hits[inside[0]].end) == (s, e) \
                and hits[inside[0]].entity.type == etype and (s, e) not in forced:
            continue   # (the hit is the name: Bank Rakyat Indonesia, whose short name may follow)
        drop.update(inside)
        keep.append((s, e, etype))
    return [h for k, h in enumerate(hits) if k not in drop], keep


# -- runs the hits left ---------------------------------------------------------------------

_AGE_AFTER = re.compile(r" ?\(\d{1,3}\)")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)(,?) $")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:H|Hj|Dr|dr|Drs|Dra|drg|Ir|Prof|K\.H|KH)\. $")


def _word_before(text: str, start: int) -> tuple[str, bool] | None:
    """The word before ``start`` and whether a comma follows it."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (m.group(1), bool(m.group(2))) if m else None


def _segment_before(text: str, end: int) -> tuple[int, str] | None:
    """The run of capitalised words that ends at ``end`` (start, text), up to six words."""
    m = re.search(r"(?<![\w’'.-])(?:[A-Z][\w’'-]*\.? ){0,5}[A-Z][\w’'-]*$", text[max(0, end - 80):end])
    if m is None:
        return None
    s = max(0, end - 80) + m.start()
    return s, text[s:end]


def _is_place_at(text: str, start: int, seg: str, depth: int = 0) -> bool:
    """The capitalised words ``seg`` at ``start`` name a place: a known one, one a head
    opens, one after a preposition of place or a unit's head, or one in a list of places."""
    first = seg.split(" ", 1)[0].lower()
    if first in LOC_HEADS or first in ADMIN_HEADS:
        return True
    ent = get_kb().lookup(seg, True, "id")
    if ent is not None and ent.type == "LOC":
        return True
    before = _word_before(text, start)
    if before is not None and not before[1]:
        low = before[0].lower()
        if low in PLACE_PREPOSITIONS and before[0].islower() or low in ADMIN_HEADS or low in LOC_KINDS:
            return True
    return depth < 3 and _place_list_before(text, start, depth + 1)


def _place_list_before(text: str, start: int, depth: int = 0) -> bool:
    """The name at ``start`` follows a place in a list (di Celuk, |Gianyar; di Semanu dan
    |Ponjong; Kabupaten Agam dan |Tanah Datar)."""
    if text.endswith(", ", 0, start):
        end = start - 2
    else:
        m = _JOINER_BEFORE.search(text[max(0, start - 8):start])
        if m is None:
            return False
        end = start - len(m.group())
    seg = _segment_before(text, end)
    if seg is None or _sentence_start(text, seg[0]):
        return False
    _, _, calendar = _lists()
    words = seg[1].split()
    if words[0].lower() in TITLES or any(w.lower() in calendar for w in words):
        return False
    return _is_place_at(text, seg[0], seg[1], depth)


# words of number before a trade noun: a group of people, no one named (dua relawan X)
_QUANTITIES = _words("dua tiga empat lima enam tujuh delapan sembilan sepuluh para beberapa sejumlah ratusan ribuan")


def _person_cue(text: str, start: int, end: int, words: list[str]) -> bool:
    """A cue that the run at [start, end) is a person: an honorific before it, a verb of
    saying, a trade or role noun, a possessive noun and a comma before it, "milik" before
    a two-word name, the age in brackets after it; a Balinese name."""
    if _AGE_AFTER.match(text, end) or _HONORIFIC_BEFORE.search(text, max(0, start - 6), start):
        return True
    if len(words) >= 2 and words[0] in ("I", "Ni") and words[1].lower() in _BALINESE_ORDER:
        return True
    before = _word_before(text, start)
    if before is None or not before[0].islower():
        return False
    word, comma = before
    if comma:
        return word.endswith("nya") or word in PERSON_NOUNS   # (kata ketuanya, |Rizal Firmansyah)
    if word in SAYING_VERBS or word == "milik" and len(words) >= 2:
        return True
    words_before = text[max(0, start - 40):start].split()[-3:]
    for k in range(len(words_before) - 1, max(-1, len(words_before) - 3), -1):   # petenis putri |X
        w = words_before[k]
        if not w.islower() or w in _STOP_BACK:
            return False
        if w in PERSON_NOUNS:
            return not (k and words_before[k - 1].lower() in _QUANTITIES)
    return False


def _titled_before_comma(text: str, start: int) -> bool:
    """A title's phrase, then a comma, before ``start``: Kepala Dusun Krajan, |Suparno."""
    if not text.endswith(", ", 0, start):
        return False
    seg = _segment_before(text, start - 2)
    return seg is not None and seg[1].split(" ", 1)[0].lower() in TITLES


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words (``toks``: start, end, word, lower-cased)
    of an Indonesian text as (start, end, type), or None when no Indonesian cue types it
    (the general rules then do). Titles and honorifics open no name (Haji Endang Sobari),
    and make none alone; nor does a head alone."""
    top, given, calendar = _lists()
    before = _word_before(text, toks[0][0])
    if before is not None and not before[1] and before[0] in PLACE_PREPOSITIONS and toks[0][3] in TITLES \
            and len(toks) > 1 and not _sentence_start(text, toks[0][0]):
        return [(toks[0][0], toks[-1][1], "LOC")]   # ke Raja Ampat: a place named with a title's word
    while len(toks) > 1 and (toks[0][3] in TITLES or toks[0][3] in ABBREVIATIONS):
        toks = toks[1:]
    low = toks[0][3]
    if len(toks) == 1 and (low in TITLES or low in ABBREVIATIONS or low in ADMIN_HEADS or low in LOC_HEADS
                           or low in ORG_HEADS or low in LEGAL_HEADS or low in NOT_NAMES):
        return []
    if low in calendar:
        return None
    s, e = toks[0][0], toks[-1][1]
    words = [t[2] for t in toks]
    if len(toks) == 1 and _acronym(words[0]):
        if (before := _word_before(text, s)) is not None and before[0].lower() in MINISTER_TITLES:
            return []   # Menteri PUPR: the minister's field
        return [(s, e, "ORG")]   # BMKG, BPOM: an acronym is a body's (not KTP, BBM)
    if _person_cue(text, s, e, words):
        return [(s, e, "PER")]
    if len(toks) == 1 and text.startswith(")", e) and text.endswith(" (", 0, s):
        return [(s, e, "MISC")]   # Badan Keamanan Laut (Bakamla): the name's short form
    if _sentence_start(text, s) or len(toks) > 4:
        return None
    looks_personal = len(toks) >= 2 and low in given and low not in top
    before = _word_before(text, s)
    if before is not None and not before[1] and before[0] in PLACE_PREPOSITIONS and not looks_personal:
        return [(s, e, "LOC")]   # di Sanggau, ke Gilimanuk
    if not looks_personal and _place_list_before(text, s):
        return [(s, e, "LOC")]   # di Semanu dan Ponjong
    if _titled_before_comma(text, s):
        return [(s, e, "PER")]
    return None


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised word the general rules would drop as an everyday one (the word
    lists hold jawa, padang, bpom) that is a name all the same: an acronym, or a word a
    cue types (``run_candidates``)."""
    if _sentence_start(text, start) and not _acronym(word):
        return False
    return bool(run_candidates(text, [(start, start + len(word), word, word.lower())]))


def is_heading(line: str) -> bool:
    """A Title Case line is a headline only when its lower-case words are function words:
    a sentence lowers its verbs and nouns (tiba, disambut), however many names it holds."""
    return not any(w[:1].islower() and w not in FUNCTION_WORDS for w in line.split())
