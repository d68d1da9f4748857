"""Vietnamese names (``vi``): what Vietnamese spelling says about them.

Vietnamese capitalises every syllable of a person's or a place's name (Trần Thị Thanh
Hương, Mường Lay) and only the first syllable of each word of an official name (Bộ
Khoa học và Công nghệ, Viện Kiểm sát Nhân dân Tối cao). A lower-case classifier before a name
is no part of it (tỉnh [Thanh Hóa], sông [Hồng], ông [Tư Sang]); a capitalised head
word opens an official name and is part of it ([Bộ Y tế], [Quảng trường Lâm Viên],
[UBND huyện Mường Tè]). The word lists are general Vietnamese vocabulary.

``adjust_hits`` runs on the knowledge base's hits before they are taken (classifiers and
titles off their edges, names with a head word or after a classifier found whole);
``run_candidates`` types a run of capitalised syllables the hits left.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from .kb import AliasHit, get_kb


class _Phrases:
    """Phrases of syllables, indexed by their first and by their last syllable, longest first."""

    __slots__ = ("first", "last")

    def __init__(self, text: str):
        phrases = {tuple(p.split()) for line in text.strip().split("\n") for p in line.split(",") if p.strip()}
        self.first: dict[str, tuple[tuple[str, ...], ...]] = {}
        self.last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for words in sorted(phrases, key=len, reverse=True):
            self.first[words[0]] = self.first.get(words[0], ()) + (words,)
            self.last[words[-1]] = self.last.get(words[-1], ()) + (words,)

    def __or__(self, other: "_Phrases") -> "_Phrases":
        both = _Phrases("")
        for words in sorted({w for t in (self, other) for ws in t.first.values() for w in ws}, key=len, reverse=True):
            both.first[words[0]] = both.first.get(words[0], ()) + (words,)
            both.last[words[-1]] = both.last.get(words[-1], ()) + (words,)
        return both

    def without(self, word: str) -> "_Phrases":
        """The table less the one-syllable phrase ``word``."""
        less = self | _Phrases("")
        less.first[word] = tuple(w for w in less.first.get(word, ()) if w != (word,))
        less.last[word] = tuple(w for w in less.last.get(word, ()) if w != (word,))
        return less


# Heads that open an organisation's name and belong to it when capitalised: Bộ Y tế,
# Sở Y tế Khánh Hòa, UBND huyện Mường Tè, Trường Đại học Vinh, Công ty CP Thủy sản Minh Phú
ORG_HEADS = _Phrases("""
bộ, sở, cục, tổng cục, chi cục, ủy ban, uỷ ban, ubnd, hđnd, ubmttq, tòa án, toà án, tand, viện kiểm sát, vksnd
ủy ban nhân dân, uỷ ban nhân dân, hội đồng nhân dân, tòa án nhân dân, toà án nhân dân, viện kiểm sát nhân dân
công an, bộ tư lệnh, bộ chỉ huy, quân khu, quân đoàn, sư đoàn, hội đồng, văn phòng, thông tấn xã, kho bạc
đài truyền hình, đài phát thanh, đài tiếng nói, nhà xuất bản, nxb, tạp chí, sở giao dịch, bảo hiểm xã hội
công ty, tổng công ty, tập đoàn, ngân hàng, quỹ, hợp tác xã, htx, nhà máy, xí nghiệp, phòng khám
trường đại học, trường cao đẳng, trường trung cấp, trường thpt, trường thcs, trường tiểu học, trường mầm non
trường trung học, trường trung học phổ thông, trường trung học cơ sở, trường phổ thông, trường quốc tế
trường chuyên, đại học, học viện, viện, bệnh viện, nhạc viện, trung tâm, hiệp hội, liên đoàn, tổng liên đoàn
liên minh, liên hiệp, hội liên hiệp, câu lạc bộ, clb, đảng, tổ chức, đại sứ quán, tổng lãnh sự quán
lãnh sự quán, ban
""")
# a one-syllable head that opens a body's name only before its words, a place's before its
# syllables (Ban Tuyên giáo Trung ương, Ban Chấp hành; not Ban Mê Thuột)
_WORD_HEADS = frozenset(("ban",))
# Heads of a place's or a building's name: part of it when capitalised inside a sentence
# (Quảng trường Lâm Viên, Nhà hát Tuổi Trẻ, Mũi Né); at a sentence start the capital
# says nothing and the head is a classifier like a lower-case one (Đèo [Hải Vân]).
# (Not Hồ, Đình: family and middle names.)
PLACE_HEADS = _Phrases("""
quảng trường, nhà hát, bảo tàng, sân vận động, svđ, sân bay, cảng hàng không, nhà thi đấu, cung văn hóa
sân bay quốc tế, cảng hàng không quốc tế, cửa khẩu quốc tế, cửa khẩu quốc gia
cung văn hoá, cung thể thao, trung tâm hội nghị, trung tâm triển lãm, trung tâm thương mại, vườn quốc gia
khu du lịch, khu bảo tồn, khu di tích, thành phố, tp, tp., thị xã, thị trấn, quần đảo, bán đảo, bãi biển, nhà thờ
cửa khẩu, khu công nghiệp, khu đô thị, kênh đào, cao nguyên, đại lộ, công viên, hoàng thành, thành cổ
mũi, cầu, chợ, chùa, đền, đảo, núi, sông, đèo, dải, phố, đường, lăng, dinh, ga, bến, cảng, đầm, hang
suối, thác, đồi, làng, bản, xóm, thôn, ấp, xã, phường, quận, huyện, tỉnh, biển, vịnh
""")
# Lower-case classifiers before a place's name, no part of it (tỉnh Thanh Hóa, sông
# Hồng, đường Nguyễn Huệ, ga Hàng Cỏ, nước Anh); the place heads in lower case, and more.
LOC_CUES = (_Phrases("""
hồ, đình, miếu, vùng, vùng đất, khu vực, thủ đô, thủ phủ, ngoại ô, nước, khu phố, tổ dân phố, khóm, buôn
rạch, kênh, phá, bãi, đỉnh, bang, tiểu bang, vùng lãnh thổ, đặc khu, huyện đảo, hẻm, ngõ, sân, nghĩa trang
tp, tp., cao tốc, đồng bằng, lưu vực
""") | PLACE_HEADS).without("cầu")   # (yêu cầu, nhu cầu, cầu thủ: no bridge)
# Lower-case words before a firm's or a body's name, no part of it (công ty con PVOil,
# tạp chí Science, cửa hàng Bánh cuốn Thanh Vân)
ORG_CUES = _Phrases("""
công ty, tập đoàn, tổng công ty, hãng, ngân hàng, tiệm, cửa hàng, cửa tiệm, quán, nhà hàng, khách sạn
xưởng, doanh nghiệp, thương hiệu, chuỗi, tạp chí, tờ báo, nhật báo, tuần báo, nhóm nhạc, ban nhạc
câu lạc bộ, clb, đội bóng, hợp tác xã, htx, nhà xuất bản, nhà mạng, mạng xã hội, hãng hàng không
lực lượng, phong trào, phiến quân, nhóm vũ trang, quán cà phê, cơ sở, cơ sở sản xuất, nhà sách, hiệu sách
cửa hiệu, hãng phim, lò bánh mì
""")
# classifiers that take one describing word before the name: chợ nổi Ngã Bảy, làng gốm
# Bát Tràng, phố cổ Đồng Văn, tiệm bánh Minh Châu Bakery, xưởng dệt, công ty con, hãng tin
_MODIFIED = frozenset(("chợ", "làng", "phố", "đảo", "chùa", "đền", "vùng", "tiệm", "quán", "xưởng", "hãng", "chuỗi",
                       "công ty", "cửa hàng"))
# People's roles, before a person's name (nông dân Nguyễn Văn A) or an organisation's
# (công nhân Pouyuen, sinh viên Trường ...): a lone foreign word after them is no person
ROLE_NOUNS_TEXT = """
nông dân, ngư dân, công nhân, sinh viên, học sinh, giáo viên, thí sinh, bệnh nhân, nạn nhân, nhân viên
"""
ROLE_NOUNS = frozenset(ROLE_NOUNS_TEXT.strip().replace(", ", ",").split(","))
# Words before a person's name, no part of it: honorifics, titles, ranks, professions
# (ông Tư Sang, Hòa thượng Thích Minh Quang, PGS.TS Trần Văn Nam, HLV Park Hang-seo)
PER_CUES = _Phrases("""
ông, bà, anh, chị, cô, chú, cụ, bác, em, cháu, bé, dì, thím, mợ, thầy, sư, đồng chí, phu nhân, cựu
thượng tọa, thượng toạ, hòa thượng, hoà thượng, đại đức, ni sư, sư cô, sư thầy, linh mục, mục sư, giám mục
tổng giám mục, giáo hoàng, đức giáo hoàng, đức đạt lai lạt ma
thủ tướng, phó thủ tướng, chủ tịch, chủ tịch nước, phó chủ tịch, tổng bí thư, bí thư, phó bí thư, bộ trưởng, thứ trưởng
tổng thống, phó tổng thống, ngoại trưởng, thống đốc, phó thống đốc, chủ nhiệm, tổng giám đốc, giám đốc
phó tổng giám đốc, phó giám đốc, tổng thư ký, thư ký, người phát ngôn, phát ngôn viên, đại sứ, đại biểu
nguyên thủ tướng, nguyên chủ tịch, nguyên bộ trưởng, tân thủ tướng, tân tổng thống
đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá, thượng tá, trung tá, thiếu tá, đại úy, đại uý
thượng úy, trung úy, thiếu úy, tướng, hiệu trưởng, hiệu phó, viện trưởng, cục trưởng, vụ trưởng, chánh án
chánh văn phòng, trưởng phòng, trưởng khoa, trưởng ban, trưởng thôn, trưởng ấp, trưởng bản, trưởng xóm
trưởng khu phố, trưởng công an, trưởng đoàn, trưởng nhóm, trưởng trạm, trưởng đồn, tư lệnh, chính ủy, chính uỷ
nhà sáng lập, đồng sáng lập, người sáng lập, quốc vương, vua, nữ hoàng, hoàng tử, công chúa, thái tử
nhà vua, hoàng hậu, thẩm phán, luật sư, kiểm sát viên, điều tra viên, phóng viên, nhà báo, biên tập viên
bác sĩ, bs, y tá, điều dưỡng, dược sĩ, kỹ sư, ks, kiến trúc sư, giáo sư, gs, phó giáo sư, pgs, tiến sĩ, ts
thạc sĩ, ths, pgs.ts, gs.ts, gs.tskh, ths.bs, bs.ckii, bs.cki, ckii, cki, nghiên cứu sinh, nhà khoa học
nhà nghiên cứu, nhà văn, nhà thơ, nhạc sĩ, ca sĩ, họa sĩ, hoạ sĩ, nghệ sĩ, nsnd, nsưt, nghệ nhân, diễn viên
đạo diễn, người mẫu, hoa hậu, á hậu, vận động viên, vđv, cầu thủ, tiền vệ, tiền đạo, hậu vệ, trung vệ
thủ môn, thủ thành, huấn luyện viên, hlv, kỳ thủ, võ sĩ, tay vợt, cua-rơ, xạ thủ, cung thủ, tỷ phú, tỉ phú
doanh nhân, nữ doanh nhân, ceo, thủ lĩnh, người đồng cấp, cô giáo, thầy giáo, bị cáo, bị can, nghi phạm
chiến sĩ, liệt sĩ
""" + ROLE_NOUNS_TEXT)
_HONORIFIC_WORDS = frozenset("ông bà anh chị cô chú cụ bác em cháu bé dì thím mợ thầy sư".split())
# titles of an office: the holder's name may follow the body's (Giám đốc Sở Y tế
# Nguyễn Văn Hải, Chủ tịch UBND xã X Lò Văn Y)
OFFICE_TITLES = _Phrases("""
thủ tướng, phó thủ tướng, chủ tịch, phó chủ tịch, bí thư, phó bí thư, bộ trưởng, thứ trưởng, thống đốc
tổng giám đốc, giám đốc, phó giám đốc, phó tổng giám đốc, chủ nhiệm, tổng thư ký, người phát ngôn
phát ngôn viên, đại sứ, hiệu trưởng, hiệu phó, viện trưởng, cục trưởng, vụ trưởng, chánh án, chánh văn phòng
trưởng phòng, trưởng khoa, trưởng ban, trưởng công an, tư lệnh, chính ủy, chính uỷ, đại diện, lãnh đạo
chủ tịch hội đồng quản trị, chủ tịch hđqt, thành viên hội đồng quản trị, chủ tịch hội đồng thành viên
""")
# titles of a state's head or minister: a lone syllable between one and a person's name is
# the state (Ngoại trưởng Anh David Lammy)
STATE_TITLES = frozenset(("thủ tướng", "tổng thống", "phó tổng thống", "ngoại trưởng", "bộ trưởng", "chủ tịch",
                          "quốc vương", "nữ hoàng", "vua", "thái tử", "hoàng tử", "đại sứ", "tổng bí thư"))
# Prepositions of place: a name of two syllables or more after them is a place (ở Long
# Xuyên, từ Móng Cái, đi Phú Quý)
PLACE_PREPOSITIONS = frozenset("ở tại từ đến tới sang khỏi quanh khắp đi".split())
# Lower-case words that end a name rather than continue a word of it (the grammar's
# function words: Sở Y tế Huế [cho] biết, Tiệm Bánh mì Hòa Mã [trên] đường)
FUNCTION_WORDS = frozenset("""cho đã sẽ vừa mới đang là có của với tại ở trong ngoài được bị không chưa cũng vẫn
này đó ấy kia thì mà từ đến tới theo trên dưới sau trước khi để các những một vì do nên nhưng hay hoặc rằng như ra
vào lên xuống đi về cùng đều luôn và nói gồm qua tiếp nhằm bằng nhận rất""".split())
# words that open sentences and no name: prepositions, function and time words (Theo,
# Sau, Sáng, Năm)
SENTENCE_OPENERS = FUNCTION_WORDS | PLACE_PREPOSITIONS | frozenset(
    "theo sáng chiều tối trưa đêm hôm ngày tháng năm tuần dù tuy nếu riêng nhiều hơn tất mọi".split())
# Lower-case administrative words inside an official name before its place (UBND xã Nậm
# Khắt, Công an tỉnh Lâm Đồng)
ADMIN_WORDS = _Phrases("tỉnh, thành phố, tp, tp., huyện, quận, thị xã, thị trấn, xã, phường")
# English words that end a shop's or a firm's name in Vietnamese text (Suối Mơ Homestay,
# Minh Châu Bakery)
ORG_END_WORDS = frozenset("""homestay bakery hotel resort coffee cafe café restaurant spa mart group studio shop store
house garden tea farm""".split())
# Vietnamese family names (general knowledge); every syllable of a Vietnamese name is
# capitalised and most are everyday words (Thị, Thu, Thủy), so a run is a name when a
# family name opens it
VI_SURNAMES = frozenset("""nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn
trương lâm tô lưu quách vương trịnh lương đào kiều tôn từ khổng mạc doãn thân hứa ninh triệu""".split())
# family names beside those (of the north's and the Khmer peoples too: Lò, Giàng, Danh,
# Thạch; a monk's Thích), that open a person's name only in a run of three syllables or
# more or after a cue (Mai, Hà and Châu open place names too: Mai Châu, Hà Đông, Châu Đốc)
MORE_SURNAMES = frozenset("""lò tạ lại phùng khúc đàm lữ lã bế nông hầu mẫn diệp cù lục thạch danh mai cao hà thái châu
chu giang quan kim la lạc âu ông văn thích lù vàng giàng sùng thào mùa hạng tòng quàng lường sầm""".split())
_ALL_SURNAMES = VI_SURNAMES | MORE_SURNAMES

# A Vietnamese syllable's shape, its tone marks and vowel marks off: an onset, one to three
# vowels, a coda (nguyễn, thuật, khuyến; not Reuters, Oxford, Vietcombank)
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_BARE = str.maketrans("đĐ", "dD")


@lru_cache(maxsize=16384)
def is_syllable(low: str) -> bool:
    """``low`` (lower-cased) has the shape of a Vietnamese syllable."""
    bare = "".join(c for c in unicodedata.normalize("NFD", low.translate(_BARE)) if not unicodedata.combining(c))
    return _SYLLABLE.fullmatch(bare) is not None


# a word, with the dots, hyphens and apostrophes inside it (TP.HCM, Hang-seo)
_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*")
_SENTENCE_END = frozenset(".!?:;\"“”«»()[]\n\r\t|•–—…")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")   # Hang-seo, Heung-min (Korean given names)
# the first words of heads and classifiers: where a name may open (one set look-up a word),
# and the words that may follow each (a phrase's second word, a classifier's describing
# word, an administrative word): before any other, only a capital opens a name
_TRIGGER_WORDS = frozenset(w for t in (ORG_HEADS, PLACE_HEADS, LOC_CUES, ORG_CUES) for w in t.first) | {"châu"}
_NEXT_WORDS: dict[str, frozenset[str]] = {
    w: frozenset(p[1] for t in (ORG_HEADS, PLACE_HEADS, LOC_CUES, ORG_CUES) for p in t.first.get(w, ()) if len(p) > 1)
    for w in _TRIGGER_WORDS}
_LOW = itemgetter(3)
# words that are a head or a classifier alone (Bộ, Sở, Mũi; xã, sông)
_ONE_WORD_HEADS = frozenset(w for t in (ORG_HEADS, PLACE_HEADS) for w, ps in t.first.items() if (w,) in ps)
_ONE_WORD_CUES = frozenset(w for t in (LOC_CUES, ORG_CUES) for w, ps in t.first.items() if (w,) in ps)


def _window(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, lower-cased word) of the words from ``lo`` (a word's start) to the
    end of the word at ``hi``."""
    j = text.find(" ", hi)
    return _tokens(text[lo:j] if j >= 0 else text[lo:], lo)[0]


_TOKENS_IN = _TOKEN.finditer


def _tokens(part: str, lo: int) -> tuple[list[tuple[int, int, str, str]], list[int]]:
    """The tokens of ``part``, a text's slice from ``lo``, and their starts (and, last, the
    slice's end). This runs on whole articles: the regex engine tests every character of
    Vietnamese text slowly, str methods in C fast, so the text is cut at its spaces and only
    a piece that is not all letters and digits (``\\w`` less "_") is searched for tokens."""
    toks: list[tuple[int, int, str, str]] = []
    add = toks.append
    p = lo
    for piece in part.split(" "):
        n = len(piece)
        if piece.isalnum():
            add((p, p + n, piece, piece.lower()))
        elif n:
            for m in _TOKENS_IN(piece):
                w = m.group()
                s = p + m.start()
                add((s, s + len(w), w, w.lower()))
        p += n + 1
    return toks, [t[0] for t in toks] + [lo + len(part)]


# the last Vietnamese text's tokens and their starts: the hits' rules and the candidates'
# read them again and again (a tuple, replaced whole)
_ARTICLE: tuple[str, list, list[int]] = ("", [], [])


def _article(text: str) -> tuple[list, list[int]]:
    """The tokens of ``text`` (``_window``) and their starts."""
    global _ARTICLE
    got = _ARTICLE
    if got[0] is not text and got[0] != text:
        got = _ARTICLE = (text, *_tokens(text, 0))
    return got[1], got[2]


def _joined(text: str, toks, i: int) -> bool:
    """Token i follows token i - 1 after one space."""
    return i > 0 and toks[i][0] - toks[i - 1][1] == 1 and text[toks[i - 1][1]] in " \u00a0"


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _phrase_at(table: _Phrases, toks, i: int, text: str) -> int:
    """The length in tokens of the longest phrase of ``table`` at token i (0 if none)."""
    for words in table.first.get(toks[i][3], ()):
        n = len(words)
        if i + n <= len(toks) and all(toks[i + k][3] == words[k] and _joined(text, toks, i + k) for k in range(1, n)):
            return n
    return 0


def _phrase_ending(table: _Phrases, toks, k: int, text: str) -> int:
    """The length of the longest phrase of ``table`` that ends with token k (0 if none)."""
    for words in table.last.get(toks[k][3], ()):
        n = len(words)
        i = k - n + 1
        if i >= 0 and all(toks[i + j][3] == words[j] and _joined(text, toks, i + j + 1) for j in range(n - 1)):
            return n
    return 0


def _cap(tok) -> bool:
    return tok[2][0].isupper() or tok[2][0].isdigit()


def _acronym(word: str) -> bool:
    return len(word) > 1 and (word.isupper() or "." in word)


def _name_end(text: str, toks, j: int, hit_end: dict[int, int], words_ok: bool, person_stops: bool) -> int:
    """Where the name that opens at token j ends (a token index; j if none). A name is
    capitalised syllables, acronyms and numbers; ``words_ok``: an official name's words
    too, each a capitalised syllable and at most one lower-case one (Khoa học và Công nghệ,
    Địa chất học), and administrative words before a place (huyện Mường Tè). A knowledge-base
    hit of two syllables or more inside is one piece. ``person_stops``: a person's name
    after the body's ends it (Sở Y tế | Nguyễn Văn Hải: a title stands before the body)."""
    n, k, end = len(toks), j, j
    word_start = True   # the next capitalised syllable opens a word (may take a lower-case one)
    lower_ok = False
    while k < n and (k == j or _joined(text, toks, k)):
        s, e, w, low = toks[k]
        if _cap(toks[k]):
            if k == j and w[0].isdigit():
                break
            if person_stops and k > j and low in _ALL_SURNAMES and k + 1 < n and _joined(text, toks, k + 1) \
                    and toks[k + 1][2][0].isupper():
                break
            if (stop := hit_end.get(s, e)) > e:   # a known name inside: one piece (Thành phố Hồ Chí Minh)
                while k < n and toks[k][0] < stop:
                    k += 1
                end, word_start, lower_ok = k, True, False
                continue
            if k > j and low in ORG_HEADS.first and _phrase_at(ORG_HEADS, toks, k, text) and k + 1 < n \
                    and toks[k + 1][2][0].isupper():
                break   # another body's name (Bộ Y tế và | Bộ Công Thương)
            acr = _acronym(w)
            # (a foreign word takes no Vietnamese syllable: Ngân hàng Vietcombank | ký)
            lower_ok = words_ok and word_start and not acr and is_syllable(low)
            word_start = acr
            end = k = k + 1
            continue
        if not words_ok:
            break
        if low in ADMIN_WORDS.first and (m := _phrase_at(ADMIN_WORDS, toks, k, text)) and k + m < n \
                and _joined(text, toks, k + m) and toks[k + m][2][0].isupper():
            k, word_start, lower_ok = k + m, False, False   # UBND huyện | Mường Tè: a place, no word
            continue
        if end == j:
            break
        if low == "và" and k + 2 < n and toks[k - 1][2][0].islower() and toks[k + 1][2][0].isupper() \
                and _joined(text, toks, k + 1) and _joined(text, toks, k + 2) and toks[k + 2][2][0].islower() \
                and toks[k + 2][3] not in FUNCTION_WORDS and not _phrase_at(ORG_HEADS, toks, k + 1, text):
            k, word_start, lower_ok = k + 1, True, False   # Bộ Khoa học và Công nghệ
            continue
        if lower_ok and low not in FUNCTION_WORDS and is_syllable(low):
            end = k = k + 1
            lower_ok, word_start = False, True
            continue
        if low == "học" and end == k and toks[k - 1][2][0].islower() and toks[k - 2][2][0].isupper():
            end = k = k + 1   # a science's name: Địa chất học, Sinh học
            continue
        break
    return end


def _title_before(text: str, toks, i: int) -> bool:
    """The title of an office ends right before token i."""
    return i > 0 and _joined(text, toks, i) and _phrase_ending(OFFICE_TITLES, toks, i - 1, text) > 0


def _trim(text: str, h, kb) -> AliasHit:
    """A hit without the classifier or title that opens it: tỉnh Thanh Hóa -> Thanh Hóa,
    ông Phạm Nhật Vượng -> Phạm Nhật Vượng, chính quyền Mỹ -> Mỹ (the country), hãng tin AFP -> AFP."""
    lower = text[h.start].islower()
    if not lower and h.entity.type != "PER":   # (not Bà Rịa - Vũng Tàu, a province)
        return h
    toks = _window(text, h.start, h.end)
    k = 0
    if lower:
        while k < len(toks) and toks[k][0] < h.end and toks[k][2][0].islower():
            k += 1
    elif toks and toks[0][3] in PER_CUES.first:
        k = _phrase_at(PER_CUES, toks, 0, text)
    if k == 0 or k >= len(toks) or toks[k][0] >= h.end or not toks[k][2][0].isupper():
        return h
    s = toks[k][0]
    return AliasHit(s, h.end, kb.lookup(text[s:h.end]) or h.entity)


def adjust_hits(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """The knowledge base's hits in a Vietnamese text, less classifiers and titles at their
    edges and less those inside a name found here; and the names found here (start, end,
    type): an official name that a capitalised head opens (Sở Y tế Khánh Hòa, Bảo tàng
    Lịch sử Quốc gia), the name after a classifier (xã [Tân Hòa], cửa hàng [Bánh cuốn
    Thanh Vân]; a street named after a person: đường [Nguyễn Huệ]), a continent (châu Âu)."""
    kb = get_kb()
    hits = [_trim(text, h, kb) if text[h.start].islower() or h.entity.type == "PER" else h for h in hits]
    hit_end = {h.start: h.end for h in hits}
    named: list[tuple[int, int, str]] = []
    for h in hits:
        if h.entity.type == "LOC" and (person := _person_from_place(text, h, hit_end)) is not None:
            named.append(person)
    toks = _article(text)[0]
    last = len(toks) - 1
    done = 0
    for i in compress(count(), map(_TRIGGER_WORDS.__contains__, map(_LOW, toks))):
        if i < done or i == last:
            continue
        word, nxt = toks[i], toks[i + 1]
        if nxt[2][0].isupper():
            if word[2][0].isupper() and word[3] not in _ONE_WORD_HEADS and nxt[3] not in _NEXT_WORDS[word[3]] \
                    and not (word[3] in _ONE_WORD_CUES and _sentence_start(text, word[0])):
                continue   # (a syllable of a name: Thị of Nguyễn Thị Hằng, Trung of Trung Quốc)
        elif nxt[3] not in _NEXT_WORDS[word[3]] and not (word[3] in _MODIFIED or nxt[3] in ADMIN_WORDS.first):
            continue   # (most heads' and classifiers' words are other words' syllables: công nghệ, nhà nước)
        if (found := _name_at(text, toks, i, hit_end)) is not None:
            a, done, etype = found
            named.append((toks[a][0], toks[done - 1][1], etype))
    if not named:
        return hits, named
    return _merge(hits, named)


def _name_at(text: str, toks, i: int, hit_end: dict[int, int]) -> tuple[int, int, str] | None:
    """The name that the head or classifier at token i opens or stands before, as token
    indexes and a type, if one does."""
    n, low = len(toks), toks[i][3]
    if toks[i][2][0].isupper():
        org, place = _phrase_at(ORG_HEADS, toks, i, text), _phrase_at(PLACE_HEADS, toks, i, text)
        m = max(org, place)
        # (a head of one syllable after a capitalised one is a syllable of that name,
        # Nguyễn Đình Thi; one whose second syllable is lower-case is a head: khoa Sản
        # Bệnh viện ...)
        if m and _joined(text, toks, i) and toks[i - 1][2][0].isupper() and not _acronym(toks[i - 1][2]) \
                and not (m > 1 and toks[i + 1][2][0].islower()) and not _sentence_start(text, toks[i - 1][0]):
            m = 0
        # (an abbreviation's capitals are its own, not the sentence's: TP Thủ Đức)
        start_of_sentence = _sentence_start(text, toks[i][0]) and not toks[i][2].isupper()
        if m and org >= place:   # (a capitalised head: the name opens with it)
            if low in _WORD_HEADS and m == 1 and not (i + 2 < n and _joined(text, toks, i + 2)
                                                      and toks[i + 2][2][0].islower()):
                return None
            if i + m < n and _joined(text, toks, i + m) and (_cap(toks[i + m])
                                                             or _phrase_at(ADMIN_WORDS, toks, i + m, text)):
                end = _name_end(text, toks, i + m, hit_end, True, _title_before(text, toks, i))
                if end > i + m:
                    return i, end, "ORG"
        elif m and not start_of_sentence:
            if i + m < n and _joined(text, toks, i + m) and toks[i + m][2][0].isupper():
                end = _name_end(text, toks, i + m, hit_end, m > 1, False)
                if end > i + m:
                    return i, end, "LOC"
        elif start_of_sentence:   # a classifier capitalised as a sentence's first word: Đèo Hải Vân
            if m := _phrase_at(LOC_CUES, toks, i, text):
                return _after_cue(text, toks, i, m, "LOC", hit_end)
            if m := _phrase_at(ORG_CUES, toks, i, text):
                return _after_cue(text, toks, i, m, "ORG", hit_end)
        return None
    if low == "châu" and i + 1 < n and _joined(text, toks, i + 1) and toks[i + 1][2][0].isupper() \
            and (i + 2 == n or not (_joined(text, toks, i + 2) and toks[i + 2][2][0].isupper())):
        return i, i + 2, "LOC"   # châu Âu, châu Phi: a continent, "châu" and its name
    if m := _phrase_at(ORG_CUES, toks, i, text):
        return _after_cue(text, toks, i, m, "ORG", hit_end)
    if (m := _phrase_at(LOC_CUES, toks, i, text)) and not _phrase_ending(PER_CUES, toks, i + m - 1, text):
        # (not a title's: Trưởng thôn Lường Văn Sinh)
        return _after_cue(text, toks, i, m, "LOC", hit_end)
    return None


def _person_from_place(text: str, h, hit_end) -> tuple[int, int, str] | None:
    """A person whose name opens with a one-syllable place (Mỹ, Đức, Anh are also given
    names): after an honorific or title, a known one-syllable place and one or two
    capitalised syllables that no hit opens are the person's name (Ca sĩ Mỹ Tâm; not
    Tổng thống Mỹ Donald Trump)."""
    e = h.end
    if h.entity.type != "LOC" or e + 1 >= len(text) or text[e] != " " or not text[e + 1].isupper() \
            or e + 1 in hit_end or " " in text[h.start:e] or cue_before(text, h.start)[0] != "PER":
        return None
    toks = _window(text, h.start, e + 40)
    k = 1
    while k < len(toks) and k <= 3 and _joined(text, toks, k) and toks[k][2][0].isupper() \
            and toks[k][2][1:].islower() and is_syllable(toks[k][3]) and toks[k][0] not in hit_end:
        k += 1
    if not 1 < k <= 3 or k < len(toks) and _joined(text, toks, k) and toks[k][2][0].isupper():
        return None
    return h.start, toks[k - 1][1], "PER"


def _after_cue(text: str, toks, i: int, m: int, etype: str, hit_end) -> tuple[int, int, str] | None:
    """The name after the classifier of m tokens at token i, as token indexes and a type."""
    n = len(toks)
    j = i + m
    if j < n and toks[j][2][0].islower() and " ".join(t[3] for t in toks[i:j]) in _MODIFIED \
            and toks[j][3] not in FUNCTION_WORDS and _joined(text, toks, j):
        j += 1   # chợ nổi | Ngã Bảy
    if j >= n or not _joined(text, toks, j) or not toks[j][2][0].isupper() or _acronym(toks[j][2]) and etype == "LOC" \
            and toks[j][0] not in hit_end or _phrase_at(ORG_HEADS, toks, j, text) and j + 1 < n \
            and toks[j + 1][2][0].isupper():
        return None
    # (a place's name, like a firm's, may hold words, but ends with a capital: sân vận
    # động Quốc gia Mỹ Đình; sông Đà | dâng cao)
    end = _name_end(text, toks, j, hit_end, True, False)
    if etype == "LOC":
        while end > j and not _cap(toks[end - 1]):
            end -= 1
    return (j, end, etype) if end > j else None


def _merge(hits: list, named: list[tuple[int, int, str]]) -> tuple[list, list[tuple[int, int, str]]]:
    """Hits and names found here, without overlaps: a hit inside a name goes, unless it
    is the same span and no person (the hit has the id); a name inside a longer hit, or
    cut by one, goes (Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh, a hit, holds a shorter name)."""
    keep_named = []
    drop: set[int] = set()
    starts = [h.start for h in hits]   # (the hits are in text order and do not overlap)
    taken = -1   # (where the last name kept ends: the names do not overlap either)
    for s, e, etype in sorted(named):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if s < taken or lo and hits[lo - 1].end > s or hi > lo and hits[hi - 1].end > e:
            continue   # a hit across the name's edge
        if hi == lo + 1 and hits[lo].start == s and hits[lo].end == e and (
                hits[lo].entity.type == etype or hits[lo].entity.type != "PER"):
            continue   # the hit is the name
        drop.update(range(lo, hi))
        keep_named.append((s, e, etype))
        taken = e
    return [h for k, h in enumerate(hits) if k not in drop], keep_named


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words (``toks``: start, end, word, lower-cased)
    of a Vietnamese text, as (start, end, type), or None when the run is no Vietnamese
    one (foreign names and acronyms: the general rules type them). A person after an
    honorific or a title (Bà Ba Phi, ông Tư Sang) or opening with a family name; a
    place after a preposition of place (ở Long Xuyên); a shop named in English (Minh Châu
    Bakery); Korean names (Lee Jae-sung); other runs of Vietnamese syllables unknown
    (MISC), and a lone capitalised syllable nothing (Quốc of Quốc phòng)."""
    base, run_end = toks[0][0], toks[-1][1]
    ctx, starts = _article(text)
    first = bisect_right(starts, base) - 1   # (the token that holds the run's start)
    last = bisect_left(starts, run_end, first)   # (the first token after the run)
    if first < 0 or ctx[first][0] != base and not _phrase_at(PER_CUES, ctx, first, text):
        return None   # (a run inside a token: League of V.League)
    i, cue, title = first, None, None
    if last - first > 1 and ctx[i][3] in SENTENCE_OPENERS and _sentence_start(text, ctx[i][0]):
        # a word capitalised as a sentence's first: Theo | Nguyễn Văn A, Ở | Long Xuyên
        i, cue = i + 1, "PREP" if ctx[i][3] in PLACE_PREPOSITIONS else None
    while i < last and ctx[i][3] in PER_CUES.first and (m := _phrase_at(PER_CUES, ctx, i, text)):
        if i + m > last:
            return []   # the run ends inside a title: Phó Thủ (tướng), Tổng Bí (thư)
        if i + m == last and ctx[i][0] >= base:
            break   # a lone honorific's word, which may be a name (Thủ tướng Anh)
        i, cue = i + m, "PER"   # Bà Ba Phi, GS Trần Văn Thọ, PGS.TS | Trần Văn Nam
    run = ctx[i:last]
    if not run:
        return []
    if cue is None:
        cue, title = _cue_at(text, ctx, i)
    n = len(run)
    span = (run[0][0], run[-1][1])
    if all(_acronym(t[2]) for t in run):
        return None   # (VCCI, IMF: the general rules' acronyms)
    viet = all(is_syllable(t[3]) or _acronym(t[2]) or t[2][0].isdigit() for t in run)
    if n == 2 and _KOREAN_GIVEN.match(run[1][2]) and run[0][2][1:].islower():
        return [(*span, "PER")]   # Lee Jae-sung, Park Hang-seo
    if cue == "PER":
        if 2 <= n <= 5 or n == 1 and not viet and title not in ROLE_NOUNS:
            return [(*span, "PER")]   # (Tỷ phú Musk)
        if n == 1 and title in STATE_TITLES and text.startswith(" ", span[1]) and span[1] + 1 < len(text) \
                and text[span[1] + 1].isupper():
            return [(*span, "LOC")]   # a head of state's country before the name: Ngoại trưởng Anh | David Lammy
        return [] if viet else None
    if cue in ("LOC", "ORG"):
        return [(*span, cue)]
    if n >= 2 and run[-1][3] in ORG_END_WORDS:
        return [(*span, "ORG")]
    if 2 <= n <= 4 and cue != "PREP" and all(t[2][1:].islower() for t in run) \
            and (run[0][3] in VI_SURNAMES or n >= 3 and run[0][3] in MORE_SURNAMES):
        return [(*span, "PER")]
    if cue == "PREP" and n >= 2 and (viet or not any(t[2].isupper() or t[2][0].isdigit() for t in ctx[i:last + 1])):
        return [(*span, "LOC")]   # (not an event: tại SEA Games 32)
    if not viet:
        return None
    return [(*span, "MISC")] if n >= 2 else []


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised everyday word that is a name all the same: an honorific's word
    after a head of state's title is the state (Ngoại trưởng Anh David Lammy)."""
    return word.lower() in _HONORIFIC_WORDS and cue_before(text, start)[1] in STATE_TITLES


def cue_before(text: str, start: int) -> tuple[str | None, str | None]:
    """What the words right before ``start`` say of the name there: "PER" (an honorific
    or title), "LOC" or "ORG" (a classifier), "PREP" (a preposition of place), or None;
    and the cue's words, lower-cased."""
    toks, starts = _article(text)
    k = bisect_left(starts, start)
    if k < len(toks) and toks[k][0] == start:
        return _cue_at(text, toks, k)
    toks = toks[max(0, k - 10):k] + [(start, start, "", "")]   # (a name inside a token: its place)
    return _cue_at(text, toks, len(toks) - 1)


def _cue_at(text: str, toks, i: int) -> tuple[str | None, str | None]:
    """``cue_before`` for the name that opens at token i."""
    k = i - 1
    if k < 0:
        return None, None
    gap = text[toks[k][1]:toks[i][0]]
    if gap != " " and not (gap == ". " and toks[k][2].isascii()):   # (TS. Lê Văn An)
        return None, None
    low = toks[k][3]
    if low in PER_CUES.last and (n := _phrase_ending(PER_CUES, toks, k, text)):
        return "PER", " ".join(t[3] for t in toks[k - n + 1:k + 1])
    # a title, the state or body it serves (capitalised words), the person: Đại sứ Nhật Bản
    # Yamada Takio, Thủ tướng Thái Lan Paetongtarn Shinawatra
    c = k
    while c >= 0 and k - c < 3 and toks[c][2][0].isupper() and (c == k or _joined(text, toks, c + 1)):
        c -= 1
    if c < k and c >= 0 and _joined(text, toks, c + 1) and (n := _phrase_ending(PER_CUES, toks, c, text)):
        title = " ".join(t[3] for t in toks[c - n + 1:c + 1])
        if title not in ROLE_NOUNS and not (n == 1 and title in _HONORIFIC_WORDS):
            return "PER", title
    if low in PLACE_PREPOSITIONS:
        return "PREP", low
    for table, kind in ((LOC_CUES, "LOC"), (ORG_CUES, "ORG")):
        if low in table.last and (n := _phrase_ending(table, toks, k, text)) \
                and (toks[k - n + 1][2][0].islower() or _sentence_start(text, toks[k - n + 1][0])):
            return kind, " ".join(t[3] for t in toks[k - n + 1:k + 1])
    return None, None
