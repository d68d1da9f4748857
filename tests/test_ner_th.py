"""Thai entity rules (``agents/entities/thai.py``): names a head noun opens, places after an
administrative unit's word, the words that end a name glued to it, legal forms, bracketed
abbreviations, titled and nicknamed people, clubs and venues, nationalities. Sentences
written for these tests, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.extract import extract
from streams.records import LanguageResult
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "th", "Thai")


def test_organisation_head_opens_the_name_and_a_report_verb_ends_it():
    got = _ents("กรมส่งเสริมสหกรณ์รายงานว่าจำนวนสมาชิกสหกรณ์ทั่วประเทศเพิ่มขึ้นเล็กน้อย")
    assert ("กรมส่งเสริมสหกรณ์", "ORG") in got
    got = _ents("นักเรียนโรงเรียนวัดหนองปลาไหลได้รับรางวัลชนะเลิศการประกวดร้องเพลง")
    assert ("โรงเรียนวัดหนองปลาไหล", "ORG") in got


def test_and_joins_an_organisations_fields_unless_another_head_follows():
    got = _ents("มูลนิธิเพื่อเด็กและเยาวชนชนบท ร่วมกับมูลนิธิดวงตะวันและมูลนิธิรักษ์ป่าจัดค่าย")
    assert ("มูลนิธิเพื่อเด็กและเยาวชนชนบท", "ORG") in got
    assert ("มูลนิธิดวงตะวัน", "ORG") in got
    assert ("มูลนิธิรักษ์ป่า", "ORG") in got


def test_administrative_word_stays_outside_the_place():
    got = _ents("น้ำป่าไหลหลากเข้าท่วมบ้านเรือนในตำบลห้วยกระเจา อำเภอบ่อพลอย เมื่อคืนวันศุกร์")
    assert ("ห้วยกระเจา", "LOC") in got
    assert ("บ่อพลอย", "LOC") in got
    assert not any(t.startswith(("ตำบล", "อำเภอ")) for t, _ in got)


def test_place_head_is_part_of_the_name_and_a_road_keeps_its_number():
    got = _ents("ชาวบ้านริมคลองบางขุนเทียนเมื่อวันเสาร์ ร่วมกันเก็บขยะบนถนนสุขุมวิท 71 ตลอดทั้งวัน")
    assert ("คลองบางขุนเทียน", "LOC") in got
    assert ("ถนนสุขุมวิท 71", "LOC") in got


def test_common_compounds_and_counts_make_no_names():
    got = _ents("รัฐบาลและรัฐสภาหารือเรื่องเขตเลือกตั้ง ส่วนฝนตกหนักในห้าจังหวัดภาคเหนือ ชาวบ้านจึงย้ายออกจากบ้านพัก")
    assert not got
    got = _ents("เด็กติดอยู่ในห้องนานสองชั่วโมง และรัฐจะเปิดให้บริการรถไฟสายใหม่ปีหน้า ตามที่ธนาคารกว่า 10 แห่งเสนอ")
    assert not got


def test_legal_form_closes_a_firms_name_across_spaces():
    got = _ents("บริษัท สยามเกษตรพัฒนา อุตสาหกรรม จำกัด แจ้งว่าจะขยายโรงงานแห่งใหม่ในปีหน้า")
    assert ("บริษัท สยามเกษตรพัฒนา อุตสาหกรรม จำกัด", "ORG") in got


def test_bracketed_abbreviation_names_the_organisation_again():
    got = _ents("สำนักงานคณะกรรมการอาหารและยา (อย.) เตือนผู้บริโภค ต่อมาเลขาธิการ อย. ระบุว่าจะตรวจเข้มข้น")
    assert ("สำนักงานคณะกรรมการอาหารและยา", "ORG") in got
    assert sum(1 for t, k in got if t == "อย." and k == "ORG") == 1   # (one entity, two mentions)
    res = extract("สำนักงานคณะกรรมการอาหารและยา (อย.) เตือนผู้บริโภค ต่อมาเลขาธิการ อย. ระบุว่าจะตรวจเข้มข้น",
                  LanguageResult(code="th", script="Thai", confidence=1.0))
    assert sum(1 for e in res.entities for m in e.mentions if m.text == "อย.") == 2


def test_people_after_ranks_and_titles_glued_to_the_first_name():
    got = _ents("พล.อ.สมหมาย ใจกล้า ผู้บัญชาการ และน.ส.กานดา ศรีสุข ร่วมงาน "
                "ขณะที่ศาลสั่งจำคุกนายสมปอง แสนดี เป็นเวลา 2 ปี")
    assert ("สมหมาย ใจกล้า", "PER") in got
    assert ("กานดา ศรีสุข", "PER") in got
    assert ("สมปอง แสนดี", "PER") in got


def test_title_letters_after_a_units_word_open_a_place():
    got = _ents("เกษตรกรในอำเภอนางรอง จังหวัดบุรีรัมย์ เริ่มปลูกอ้อยแทนข้าว")
    assert ("นางรอง", "LOC") in got
    assert not any(k == "PER" for _, k in got)


def test_nickname_in_quotes_after_or_is_the_person_too():
    got = _ents('สมใจ รักดี หรือ "ครูแอน" เล่าว่าเด็ก ๆ ชอบเรียนดนตรีมาก')
    assert ("สมใจ รักดี", "PER") in got
    assert ("แอน", "PER") in got


def test_club_and_venue_words_close_their_names():
    got = _ents("ทีมเยือนบุกมาเอาชนะชัยนาท ยูไนเต็ดเมื่อคืนนี้ ที่ลำพูน สเตเดียม ต่อหน้าแฟนบอลสามพันคน")
    assert ("ชัยนาท ยูไนเต็ด", "ORG") in got
    assert ("ลำพูน สเตเดียม", "LOC") in got


def test_country_after_chao_is_a_nationality():
    got = _ents("นักท่องเที่ยวชาวญี่ปุ่นเดินทางมาเที่ยวมากขึ้น ขณะที่ญี่ปุ่นลดภาษีนำเข้า")
    assert sum(1 for t, k in got if t == "ญี่ปุ่น" and k == "LOC") == 1
    res = extract("นักท่องเที่ยวชาวญี่ปุ่นเดินทางมาเที่ยวมากขึ้น ขณะที่ญี่ปุ่นลดภาษีนำเข้า",
                  LanguageResult(code="th", script="Thai", confidence=1.0))
    second = len("นักท่องเที่ยวชาวญี่ปุ่นเดินทางมาเที่ยวมากขึ้น ขณะที่")
    assert [m.start for e in res.entities for m in e.mentions] == [second]


def test_a_head_inside_a_known_name_opens_nothing():
    got = _ents("ผู้แทนการค้าของสหรัฐอเมริกาเดินทางถึงกรุงเทพฯ เมื่อวันจันทร์")
    assert ("สหรัฐอเมริกา", "LOC") in got
    assert ("อเมริกา", "LOC") not in got


def test_market_of_a_known_city_names_the_city():
    got = _ents("ราคาน้ำมันในตลาดลอนดอนปรับขึ้นเมื่อคืนนี้")
    assert ("ลอนดอน", "LOC") in got
    assert ("ตลาดลอนดอน", "LOC") not in got


def test_place_glued_to_league_is_no_place_and_to_air_opens_an_airline():
    got = _ents("นักเตะต่างชาติในศึกไทยลีกฤดูกาลนี้มีมากขึ้น ขณะที่ไทยแอร์เวย์สเปิดเส้นทางบินเพิ่ม")
    assert ("ไทย", "LOC") not in got
    assert ("ไทยแอร์เวย์ส", "ORG") in got


def test_nominaliser_keeps_a_verb_inside_an_organisations_name():
    got = _ents("นายกสมาคมผู้ส่งออกข้าวไทยคาดว่ายอดส่งออกปีนี้จะลดลง")
    assert ("สมาคมผู้ส่งออกข้าวไทย", "ORG") in got
    assert not any(k == "PER" for _, k in got)   # (นายก "president" is no title)


def test_unit_word_before_a_verb_or_in_before_a_known_place_names_nothing():
    got = _ents("ผู้ว่าราชการจังหวัดสั่งการให้ทุกอำเภอเตรียมรับมือพายุ ส่วนสถานทูตสหรัฐในกรุงเทพฯ ออกประกาศเตือน")
    assert ("กรุงเทพฯ", "LOC") in got
    assert {t for t, _ in got} == {"กรุงเทพฯ"}
