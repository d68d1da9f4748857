"""Thai names (language code ``th``) the knowledge base's substring hits miss or mistype,
read by Thai grammar and the conventions of its press (general vocabulary of a grammar
book or a style guide, no names). Thai writes no spaces between words and has no capitals,
so a name is known by the words around it:

* a head noun opens an organisation's or a place's name and is part of it
  (ธนาคาร|กรม|โรงเรียน|มูลนิธิ ... X: an organisation; ถนน|แม่น้ำ|คลอง|ตลาด|เกาะ ... X: a
  place); a legal form closes a firm's name (บริษัท X Y จำกัด, สหกรณ์ ... จำกัด);
* an administrative unit's word announces a place and stays outside it (จังหวัด|X,
  อำเภอ|X, ตำบล|X, เขต|X, เมือง|X, รัฐ|X);
* such a name ends at a space or punctuation, or where a word that follows names glued
  begins: a function word (ของ, ที่, ใน, และ, เมื่อ ...) or a verb of news reports (ระบุ,
  ประกาศ, รายงาน ...); a known name inside it is never cut;
* an abbreviation in brackets right after an organisation is its short name
  (คณะกรรมการ... (กกต.)), and names it again wherever it recurs;
* people after a title or rank glued to the first name (น.ส., พล.อ., ประธานาธิบดี, ยาย,
  โปร ...), the title outside; first and family name before หรือ and a nickname in quotes,
  both the person (X Y หรือ "Z", a coach's or a teacher's title outside the quotes' name);
* a sports club is a name and its club word (X ยูไนเต็ด, X เอฟซี), an arena a name and
  อารีนา or สเตเดียม;
* an airline is a place's name and แอร์ "air" glued (X แอร์เวย์ส); a place glued to ลีก
  "league" names a league, no mention of the place;
* a country after ชาว "people of" is a nationality (นักท่องเที่ยวชาวจีน), no place mention.
"""

from __future__ import annotations

import re

TH = "\u0e01-\u0e4e"
_LEADING_VOWELS = "เแโใไ"
# vowel signs and tone marks that sit on or follow a consonant: a word never ends before one
_FOLLOWING_MARKS = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45"
                             "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")

# Words that follow a name glued to it: function words (case, place and time prepositions,
# conjunctions, auxiliaries) and the verbs of news reports ("X announced", "X reported").
FUNCTION_WORDS = frozenset("""
ของ ที่ ซึ่ง และ ใน เมื่อ ว่า ได้ จะ กับ หรือ ให้ จาก สู่ ถึง เป็น ต้อง หลัง ก่อน โดย เพื่อ แต่ ยัง
ก็ แล้ว ถูก นี้ นั้น ด้วย ตั้งแต่ ระหว่าง จน ตาม บน ใกล้ กว่า รอบ อยู่ ไม่ ทั้ง เคย กำลัง มากที่สุด
มาก ภายใน ภายนอก บริเวณ วันละ ปีละ ทุก มี
""".split())
REPORT_VERBS = frozenset("""
ประกาศ รายงาน ยืนยัน เปิดเผย เผย แถลง ระบุ กล่าว พิพากษา ปล่อย ปรับ นัด เตรียม คาด จัด ทุ่ม
เริ่ม ส่ง ลด เพิ่ม เปิด ปิด สั่ง ชี้แจง เรียก เสนอ อนุมัติ มีมติ ลงนาม ถล่ม เอาชนะ ชนะ คว้า ใช้
สูงขึ้น ลดลง เพิ่มขึ้น เตือน บอก เล่า แจ้ง ขยาย ประสบ เข้า ทำ เอ่อล้น ท่วม หารือ รับ ออก
""".split())
GLUED_AFTER = tuple(sorted(FUNCTION_WORDS | REPORT_VERBS, key=len, reverse=True))
_GLUED = re.compile("|".join(GLUED_AFTER))
# words that open with a glued word and are none (ส่งเสริม "promote": a health centre's name)
NOT_GLUED = ("ส่งเสริม", "ทำเนียบ", "มีน")
# a verb after a nominaliser makes a noun (ผู้ส่งออก "exporter", การผลิต "production",
# นักวิจัย "researcher"), and ออก "out" ends compounds (ตะวันออก "east", ส่งออก "export"):
# no glued word there
NOMINALISERS = ("ผู้", "การ", "นัก", "ความ")
COMPOUND_TAILS = {"ออก": ("ตะวัน", "ส่ง")}
# function words that open names too (ในเมือง, หลังสวน, มูลนิธิเพื่อ... "foundation for"): a name
# may begin with them
NAME_OPENING_WORDS = frozenset(("ใน", "หลัง", "บน", "เพื่อ"))

# Head nouns that open an organisation's name and are part of it (longest first matters:
# องค์การบริหารส่วนตำบล before องค์การ, ตลาดหลักทรัพย์ before the place's ตลาด)
ORG_HEADS = """
กระทรวง ทบวง กรม สำนักงาน สำนัก ศาล ธนาคาร โรงเรียน โรงพยาบาล มหาวิทยาลัย มูลนิธิ สมาคม
ชมรม สหกรณ์ องค์การบริหารส่วนตำบล องค์การบริหารส่วนจังหวัด องค์การ สภา ศูนย์วิจัย สโมสร
เทศบาล คณะกรรมการ พรรค สถาบัน สถานีดับเพลิงและกู้ภัย สถานีดับเพลิง สถานีตำรวจ วิสาหกิจชุมชน ตลาดหลักทรัพย์
การไฟฟ้า การประปา การรถไฟ การท่าเรือ การท่องเที่ยว การกีฬา การเคหะ การนิคมอุตสาหกรรม
บริษัท ห้างหุ้นส่วนจำกัด ห้างหุ้นส่วน กองทัพ วิทยาลัย สำนักข่าว สำนักพิมพ์ หนังสือพิมพ์ สถานีโทรทัศน์
กองทุน กองบัญชาการ สหภาพ สหพันธ์ สมาพันธ์ องค์กร เครือ
""".split()
# Head nouns that open a place's name and are part of it
PLACE_HEADS = """
ถนน ซอย แม่น้ำ คลอง ตลาดนัด ตลาดน้ำ ตลาด ท่าอากาศยาน สนามบิน เกาะ ถ้ำ บึง หาด แยก ท่าเรือ ท่าน้ำ
ทะเลสาบ ทุ่ง ภู ดอย อ่าว น้ำตก แหลม สะพาน วัด อุทยาน ศูนย์การประชุม ศูนย์ราชการ อาคาร
จุดผ่านแดนถาวร จุดผ่านแดน สนามกีฬา บ้าน ทำเนียบ เขื่อน ช่องแคบ คาบสมุทร สถานีรถไฟ
""".split()
# Words of administrative units: the place's name follows, the word stays outside it
PLACE_PREFIXES = "จังหวัด อำเภอ ตำบล แขวง เขต เมือง รัฐ มณฑล".split()

_HEAD_TYPE = {**{w: "ORG" for w in ORG_HEADS}, **{w: "LOC" for w in PLACE_HEADS},
              **{w: "PREFIX" for w in PLACE_PREFIXES}}
_HEADS = tuple(sorted(_HEAD_TYPE, key=len, reverse=True))
_HEAD = re.compile("|".join(_HEADS))

# Words after any head that make it a common noun (โรงพยาบาลเอกชน "private hospitals",
# โรงเรียนแห่งหนึ่ง "a school") ...
GENERIC_AFTER_HEAD = ("เอกชน", "ของรัฐ", "ขนาด", "ต่างๆ", "ต่าง ๆ", "ทั่ว", "หลาย", "แห่งหนึ่ง",
                      "แห่งใหม่", "แห่งแรก", "ประจำ", "ชั้นนำ", "ดังกล่าว", "เดียวกัน")
# ... and, for each head, common nouns it makes with the word after it, no name (รัฐบาล
# "government", เขตเลือกตั้ง "constituency", บ้านพัก "lodging", เมืองหลวง "capital" ...)
NOT_NAME_AFTER = {
    "จังหวัด": "ชายแดน".split(),
    "อำเภอ": "ชายแดน".split(),
    "รัฐ": "บาล มนตรี สภา ประหาร วิสาหกิจ ธรรมนูญ ศาสตร์ บุรุษ สวัสดิการ กิจ".split(),
    "เขต": "เลือกตั้ง พื้นที่ แดน เศรษฐกิจ ปกครอง ห้าม อุตสาหกรรม ทหาร เมือง ชั้น อำนาจ การ ป่า".split(),
    "เมือง": "หลวง ใหญ่ ท่า รอง เก่า ใหม่ ต่าง ชายแดน ท่องเที่ยว หลัก".split(),
    "บ้าน": "พัก เรือน เกิด เมือง ของ หลัง เช่า ใหม่ เดี่ยว ไม้ ละ เลข".split(),
    "ตลาด": "หุ้น โลก เงิน ทุน แรงงาน สด ต่าง รถ".split(),
    "อาคาร": "สูง พาณิชย์ ชุด ที่ สำนักงาน เรียน".split(),
    "ภู": "มิ เขา".split(),
    "เกาะ": "ติด กลุ่ม".split(),
    "คลอง": "ส่งน้ำ ชลประทาน".split(),
    "กรม": "ธรรม์".split(),
    "ธนาคาร": "พาณิชย์".split(),
    "โรงเรียน": "ประถม มัธยม รัฐบาล".split(),
    "โรงพยาบาล": "สนาม รัฐบาล".split(),
    "สภา": "พ วะ".split(),
    "พรรค": "การเมือง ร่วม ฝ่ายค้าน".split(),
    "สถาบัน": "การเงิน การศึกษา".split(),
    "คณะกรรมการ": "ชุด".split(),
    "บริษัท": "ลูก แม่ จดทะเบียน ประกัน".split(),
    "หาด": "ทราย".split(),
    "สำนัก": "งาน".split(),
    "เครือ": "ข่าย ญาติ".split(),
    "องค์กร": "ปกครอง".split(),
    "สำนักงาน": "ใหญ่ สาขา".split(),
    "ศาล": "า".split(),
    "แยก": "ย้าย ตัว กัน ขยะ".split(),
    "สะพาน": "ลอย ข้าม".split(),
    "บึง": "น้ำ".split(),
    "วัด": "ผล ความ ระดับ อุณหภูมิ".split(),
    "ทุ่ง": "นา หญ้า".split(),
    "แม่น้ำ": "สาย".split(),
}
# Words that end a compound with the head after them, no name's head there (รัฐสภา
# "parliament", สหรัฐ "the United States")
HEAD_IN_COMPOUND_AFTER = {"สภา": ("รัฐ", "วุฒิ"), "รัฐ": ("สห",)}
# Words a head or a unit's word ends, no name's head (ผู้ใหญ่บ้าน "village headman",
# ชาวบ้าน "villagers", แม่บ้าน "housewife", ตัวเมือง "town centre", เปิดบ้าน "play at home")
NOT_HEAD_AFTER = ("ผู้ใหญ่", "ชาว", "แม่", "เปิด", "เจ้าของ", "กลับ", "ลูก", "พ่อ", "พื้น", "หมู่", "ปิด", "ตัด")
# a number or a count word before a unit's word makes it a count (ห้าจังหวัด, 4 อำเภอ)
_COUNTED = re.compile(r"(?:\d\s*|หลาย|ทุก|ทั้ง|บาง|แต่ละ|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)$")

MAX_NAME = 48   # (longer: a sentence run on without a word the rules know ends names)
LEGAL_FORM = "จำกัด"
_LEGAL_OPENERS = ("บริษัท", "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วน", "สหกรณ์")
_LEGAL_END = re.compile(rf"[{TH}A-Za-z0-9 .&-]{{0,60}}?{LEGAL_FORM}(?: \(มหาชน\))?(?![{TH}])")

# Club words after a team's name (Premier League style transliterations) and venue words
CLUB_WORDS = ("ยูไนเต็ด", "เอฟซี", "ซิตี้", "วีซี")
VENUE_WORDS = ("อารีนา", "สเตเดียม")
_CLUB = re.compile(f" ({'|'.join(CLUB_WORDS + VENUE_WORDS)})")

# Titles and ranks glued to a person's first name (abbreviated ranks of the police and the
# armed forces, academic titles, heads of state, kinship words used as titles)
PERSON_TITLES = """
น.ส. นางสาว นาย นาง ดร. นพ. พญ. ผศ.ดร. รศ.ดร. ศ.ดร. ผศ. รศ. ศ. พล.อ. พล.ท. พล.ต. พล.ร.อ. พล.อ.อ.
พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. จ.ส.ต. ด.ต. ส.ต.อ. ด.ช. ด.ญ.
เด็กชาย เด็กหญิง ประธานาธิบดี นายกรัฐมนตรี สมเด็จ พระ ยาย ลุง โปร
""".split()
_TITLE = "|".join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))
# Words that open with a title's letters (นายก "chief", นางแบบ "model", พระราช "royal",
# โปรแกรม "programme"...)
_NOT_AFTER_TITLE = ("จ้าง", "หน้า", "ทุน", "ทหาร", "ตำรวจ", "ธนาคาร", "ร้อย", "พัน", "สิบ", "ช่าง", "ด่าน",
                    "งาน", "ประกัน", "เรือ", "ท่าน", "งาม", "พยาบาล", "ฟ้า", "แบบ", "เอก", "สนม", "พล", "อำเภอ",
                    "ราช", "บรม", "องค์", "แกรม", "โม", "เจ", "ไฟล์", "ตุเกส", "สงฆ์", "ภิกษุ", "เจ้า")
# นายก "chief, mayor, president" before the body it heads (นายกเทศมนตรี, นายกสมาคม, นายกฯ)
_NAYOK = re.compile("นาย(?=ก(?:รัฐมนตรี|เทศมนตรี|ฯ|อบ[ตจ]|" + "|".join(ORG_HEADS) + "))")
_TITLED = re.compile(rf"(?<![{TH}.])({_TITLE})|(?<=[{TH}])(น\.ส\.|นางสาว|นาย|นาง|ดร\.)")
_NAME_WORDS = re.compile(rf"([{TH}]{{2,14}}) ([{TH}]{{2,20}})(?![{TH}])")
# first and family name, หรือ "or", and a nickname in quotes (an optional title inside)
_NICKNAMED = re.compile(rf"(?<![{TH}])([{TH}]{{2,14}} [{TH}]{{2,20}}) หรือ [\"“](?:โค้ช|ครู|น้อง|พี่|บิ๊ก)?"
                        rf"([{TH}]{{2,12}})[\"”]")
# title-like words people's names never hold (verbs, function words)
_NOT_IN_PERSON = ("กล่าว", "ว่า", "ระบุ", "เปิดเผย", "แถลง", "เผย", "บอก", "ยืนยัน", "ชี้แจง", "ได้", "จะ",
                  "เป็น", "ที่", "ของ", "ซึ่ง", "ให้", "การ", "ความ", "ประธาน", "ผู้", "นายก", "รัฐมนตรี")

# an abbreviation in brackets: consonants and dots (กกต., ส.อ.ท.) or a short word (เฟด)
_BRACKETED = re.compile(rf" ?\(([{TH}.]{{2,14}})\)")
NATIONALITY_WORD = "ชาว"
# a place glued to ลีก "league" names a league (X ลีก, X แลนด์ลีก), no mention of the place;
# glued to แอร์ "air" an airline, whose name it opens (X แอร์เวย์ส)
LEAGUE_WORDS = ("ลีก", "แลนด์ลีก")
AIRLINE_WORD = "แอร์"


def _is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def _glued_word_at(text: str, i: int) -> str | None:
    """The word of GLUED_AFTER that starts at ``i`` at a syllable's edge: not after a
    leading vowel (its consonant comes after it), not before a vowel sign or tone mark."""
    if i and text[i - 1] in _LEADING_VOWELS:
        return None
    m = _GLUED.match(text, i)
    if m is None or text.startswith(NOT_GLUED, i) or m.group() in REPORT_VERBS and text.endswith(NOMINALISERS, 0, i) \
            or text.endswith(COMPOUND_TAILS.get(m.group(), ()), 0, i):
        return None
    j = m.end()
    return m.group() if j >= len(text) or text[j] not in _FOLLOWING_MARKS else None


def name_end(text: str, start: int, hit_end: dict[int, int], org: bool = False) -> int:
    """Where a name that starts at ``start`` ends: at the first character that is no Thai
    letter, or where a word of GLUED_AFTER begins (two letters in at least: ส่งเสริม,
    ร่วมกตัญญู open names). A known name (``hit_end``: start -> end) is never cut. In an
    organisation's name (``org``) และ "and" joins its fields (ศาลอาญาคดีทุจริตและประพฤติ
    มิชอบ) unless another head follows it (ธนาคาร X และธนาคาร Y)."""
    i, n = start, len(text)
    while i < n and _is_thai(text[i]):
        if i in hit_end and hit_end[i] > i:
            i = hit_end[i]
            continue
        if i - start >= 2 and (w := _glued_word_at(text, i)) is not None:
            if not (org and w == "และ" and _HEAD.match(text, i + len(w)) is None):
                break
        i += 1
    return i


def _legal_end(text: str, head_end: int) -> int | None:
    """The end of a firm's or a cooperative's name its legal form closes (บริษัท X Y
    จำกัด, บริษัท X จำกัด (มหาชน)), if one follows within a few words."""
    m = _LEGAL_END.match(text, head_end)
    return m.end() if m is not None else None


def _opens_with_glued(text: str, body: int, end: int, prefix: bool, hit_end: dict[int, int]) -> bool:
    """The words after a head are a function word's phrase or a verb alone: the head is a
    common noun there (ธนาคารกว่า "banks more than", ตลาดคาด "the market expects"). A verb's
    syllable may open a name (ศูนย์ราชการแจ้งวัฒนะ), though not after a unit's word
    (``prefix``: จังหวัดสั่งการ "the province ordered"); a word that may open a name
    does not before a known name (``hit_end``: start -> end)."""
    w = _glued_word_at(text, body)
    if w in NAME_OPENING_WORDS:
        return body + len(w) in hit_end   # (ในกรุงเทพฯ "in Bangkok")
    return w is not None and (w in FUNCTION_WORDS or body + len(w) == end or prefix)


def _head_alone(text: str, s: int, e: int, head: str) -> bool:
    """The head at ``text[s:e]`` is a word of its own, not letters of a longer one: no
    vowel sign after it (ติดอยู่ holds ดอย), no leading vowel before it, and a head made with
    the nominaliser การ starts a word (บริการรถไฟ "train service" is no การรถไฟ)."""
    if e < len(text) and text[e] in _FOLLOWING_MARKS or s and text[s - 1] in _LEADING_VOWELS:
        return False
    if head.startswith("การ") and s and _is_thai(text[s - 1]):
        return any(text.endswith(w, 0, s) for w in FUNCTION_WORDS)
    return True


def _head_guarded(text: str, s: int, e: int, head: str) -> bool:
    """The head at ``text[s:e]`` is part of a common word: a compound it ends (ผู้ใหญ่บ้าน)
    or opens (รัฐบาล), or a count (ห้าจังหวัด)."""
    if text.endswith(NOT_HEAD_AFTER, max(0, s - 8), s) and head not in ORG_HEADS \
            or text.endswith(HEAD_IN_COMPOUND_AFTER.get(head, ()), 0, s):
        return True
    if text.startswith(GENERIC_AFTER_HEAD, e) or any(text.startswith(w, e) for w in NOT_NAME_AFTER.get(head, ())):
        return True
    return _HEAD_TYPE[head] == "PREFIX" and _COUNTED.search(text, max(0, s - 6), s) is not None


def headed_names(text: str, hits, taken: bytearray) -> list[tuple[int, int, str]]:
    """Names a head noun opens (in the name) or a unit's word announces (outside it), as
    (start, end, type); ``hits``: the knowledge base's, ``taken``: spans already named."""
    hit_end = {h.start: h.end for h in hits}
    known = bytearray(len(text) + 1)   # inside known names (สหรัฐ holds รัฐ), which stay the knowledge base's
    for h in hits:
        known[h.start + 1:h.end] = b"\x01" * (h.end - h.start - 1)
    out = []
    for m in _HEAD.finditer(text):
        s, e = m.span()
        head = m.group()
        if any(taken[s:e]) or known[s] or not _head_alone(text, s, e, head) or _head_guarded(text, s, e, head):
            continue
        kind = _HEAD_TYPE[head]
        if head in _LEGAL_OPENERS and (legal := _legal_end(text, e)) is not None:
            end = legal
        else:
            body = e + 1 if kind == "ORG" and text.startswith(" ", e) and head in _LEGAL_OPENERS else e
            end = name_end(text, body, hit_end, kind == "ORG")
            if end - body < 2 or _opens_with_glued(text, body, end, kind == "PREFIX", hit_end):
                continue
            if head == "ตลาด" and hit_end.get(body) == end:
                continue   # ตลาดนิวยอร์ก: the market of a known place, which is the name
            if head in ("ถนน", "ซอย") and (num := re.match(r" \d+(?![\d.,])", text[end:end + 6])):
                end += num.end()   # ถนนพระราม 4, ซอยสุขุมวิท 11
        start = e if kind == "PREFIX" else s
        if kind == "PREFIX" and start in hit_end:
            continue   # (a known place after the unit's word: the knowledge base names it)
        if kind != "PREFIX" and hit_end.get(s, 0) >= end:
            known[s:hit_end[s]] = b"\x01" * (hit_end[s] - s)
            continue   # (a known name the head opens, as long or longer: ธนาคารกรุงเทพ)
        if any(taken[start:end]) or end - start > MAX_NAME:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append((start, end, "LOC" if kind == "PREFIX" else kind))
    return out


def titled_people(text: str, hits, taken: bytearray) -> list[tuple[int, int, str]]:
    """People after a title glued to the first name (the title outside): น.ส.ปิยะนุช ศรีวงศ์,
    ประธานาธิบดีวลาดิมีร์ ปูติน (a known family name inside is part of the person)."""
    out = []
    places = {h.start for h in hits if h.entity.type != "PER"}
    for m in _TITLED.finditer(text):
        e = m.end()
        if text.startswith(_NOT_AFTER_TITLE, e) or e in places or text.endswith(_HEADS, 0, m.start()) \
                or _NAYOK.match(text, m.start()):
            continue   # (อำเภอนางรอง: a place whose name opens with a title's letters)
        name = _NAME_WORDS.match(text, e)
        if name is None or any(w in name.group() for w in _NOT_IN_PERSON) or any(taken[e:name.end()]) \
                or name.group(2).startswith(_HEADS):
            continue
        taken[e:name.end()] = b"\x01" * (name.end() - e)
        out.append((e, name.end(), "PER"))
    return out


def nicknamed_people(text: str, taken: bytearray) -> list[tuple[int, int, str]]:
    """A person's first and family name, หรือ "or" and a nickname in quotes: both name
    the person (X Y หรือ "Z", X Y หรือ "โค้ชZ")."""
    out = []
    if "หรือ" not in text:
        return out
    for m in _NICKNAMED.finditer(text):
        if any(w in m.group(1) for w in _NOT_IN_PERSON):
            continue
        for g in (1, 2):
            s, e = m.span(g)
            if not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                out.append((s, e, "PER"))
    return out


def _name_start_before(text: str, end: int, hits) -> int:
    """Where a name that ends at ``end`` (before a club or venue word) starts: a known
    name ending there, else after the last glued word of the Thai run before it."""
    for h in hits:
        if h.end == end:
            return h.start
    s = end
    while s > 0 and _is_thai(text[s - 1]):
        s -= 1
    i, start = s, s
    while i < end:
        w = _glued_word_at(text, i)
        if w is not None and i + len(w) < end:
            start = i = i + len(w)
            continue
        i += 1
    return start


def club_names(text: str, hits, taken: bytearray) -> list[tuple[int, int, str]]:
    """A team's name and its club word (X ยูไนเต็ด, X เอฟซี: an organisation) and a
    venue's name and its word (X อารีนา: a place)."""
    out = []
    for m in _CLUB.finditer(text):
        if m.end() < len(text) and _is_thai(text[m.end()]) and _glued_word_at(text, m.end()) is None:
            continue
        s = _name_start_before(text, m.start(), hits)
        if m.start() - s < 2 or any(taken[s:m.end()]):
            continue
        taken[s:m.end()] = b"\x01" * (m.end() - s)
        out.append((s, m.end(), "LOC" if m.group(1) in VENUE_WORDS else "ORG"))
    return out


def airlines(text: str, hits, taken: bytearray) -> list[tuple[int, int, str]]:
    """An airline a place's name and แอร์ "air" open (X แอร์เอเชีย, X แอร์เวย์ส)."""
    out = []
    if AIRLINE_WORD not in text:
        return out
    hit_end = {h.start: h.end for h in hits}
    for h in hits:
        if h.entity.type == "LOC" and text.startswith(AIRLINE_WORD, h.end) and not any(taken[h.start:h.end]):
            end = name_end(text, h.end + len(AIRLINE_WORD), hit_end, True)
            taken[h.start:end] = b"\x01" * (end - h.start)
            out.append((h.start, end, "ORG"))
    return out


def short_names(text: str, hits, named: list[tuple[int, int, str]], taken: bytearray) -> list[tuple[int, int, str]]:
    """An abbreviation in brackets right after an organisation's name (... (กกต.)) and
    wherever it recurs in the text (ประธานเฟด)."""
    out = []
    if "(" not in text:
        return out
    ends = {e for _, e, t in named if t == "ORG"} | {h.end for h in hits if h.entity.type == "ORG"}
    for end in sorted(ends):
        m = _BRACKETED.match(text, end)
        if m is None:
            continue
        short = m.group(1)
        for k in re.finditer(re.escape(short), text):
            s, e = k.span()
            if not any(taken[s:e]) and not (e < len(text) and text[e] in _FOLLOWING_MARKS) \
                    and not (s and text[s - 1] in _LEADING_VOWELS):
                taken[s:e] = b"\x01" * (e - s)
                out.append((s, e, "ORG"))
    return out


def thai_named(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names Thai grammar tells (see the module's docstring) as (start, end, type), and the
    knowledge base's hits kept: none inside such a name, no country after ชาว."""
    taken = bytearray(len(text) + 1)
    hits = [h for h in hits if not (h.entity.type == "LOC" and (text.endswith(NATIONALITY_WORD, 0, h.start)
                                                                or text.startswith(LEAGUE_WORDS, h.end)))]
    named = titled_people(text, hits, taken) + nicknamed_people(text, taken) + club_names(text, hits, taken)
    named += airlines(text, hits, taken)
    named += headed_names(text, hits, taken)
    named += short_names(text, hits, named, taken)
    if not named:
        return hits, []
    kept = [h for h in hits if not any(taken[h.start:h.end])]
    return kept, named
