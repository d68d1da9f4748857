"""Turkish entity rules (``agents/entities/turkish.py``): names closed by a head noun in the
possessive, places before administrative nouns, people after titles and role nouns,
compass regions, acronyms, suffixed proper names.  Sentences written for these tests
(long enough not to read as a Title Case headline), not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.turkish import tr_lower
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "tr", "Latn")


def test_turkish_lower_case_of_dotted_and_dotless_capitals():
    assert tr_lower("İZMİR") == "izmir"
    assert tr_lower("IĞDIR") == "ığdır"


def test_head_noun_closes_an_organisation_with_a_known_place_inside():
    got = _ents("Dün akşam Bursa Büyükşehir Belediyesi'nin açıkladığı yeni ulaşım planı, "
                "kentteki esnaf tarafından olumlu karşılandı.")
    assert ("Bursa Büyükşehir Belediyesi", "ORG") in got
    assert ("Bursa", "LOC") not in got


def test_head_noun_closes_a_place_and_the_suffix_stays_outside():
    got = _ents("Tatilciler bu yaz en çok Yeşilkaya Gölü'nün kıyısındaki kamp alanlarını tercih etti, "
                "yetkililer bilgi verdi.")
    assert ("Yeşilkaya Gölü", "LOC") in got


def test_ve_joins_a_name_and_a_legal_form_closes_a_company():
    got = _ents("Geçen hafta Tarım ve Orman Bakanlığı ile Akdeniz Lojistik Taşımacılık ve Ticaret A.Ş. "
                "arasında yeni bir işbirliği protokolü imzalandı.")
    assert ("Tarım ve Orman Bakanlığı", "ORG") in got
    assert ("Akdeniz Lojistik Taşımacılık ve Ticaret A.Ş.", "ORG") in got


def test_sports_club_in_spor_with_its_founding_year():
    got = _ents("Hafta sonu oynanan maçta Ceyhanspor 1946, deplasmanda rakibini iki golle yenerek "
                "liderliğe yükseldi.")
    assert ("Ceyhanspor 1946", "ORG") in got


def test_name_before_an_administrative_noun_is_a_place():
    got = _ents("Sel felaketinin ardından Karaağaç köyünde ve Dereli ilçesinde hasar tespit çalışmaları "
                "sürüyor, ekipler bölgede.")
    assert ("Karaağaç", "LOC") in got
    assert ("Dereli", "LOC") in got


def test_words_after_a_title_are_a_person():
    got = _ents("Partinin kongresinde konuşan Genel Başkanı Devran Yücetürk, seçim takvimine ilişkin "
                "açıklamalarda bulundu ve soruları yanıtladı.")
    assert ("Devran Yücetürk", "PER") in got


def test_title_rule_keeps_the_known_person_and_the_suffix_outside():
    got = _ents("Görüşmenin ardından İsrail Başbakanı Benjamin Netanyahu'nun ofisi kısa bir yazılı "
                "açıklama yayımladı ve heyetin döneceğini bildirdi.")
    assert ("Benjamin Netanyahu", "PER") in got


def test_lower_case_role_noun_before_a_name():
    got = _ents("Kasabada yaşayan emekli öğretmen Nurten Sarıkaya, yıllardır biriktirdiği kitapları "
                "okul kütüphanesine bağışladığını anlattı.")
    assert ("Nurten Sarıkaya", "PER") in got


def test_board_is_part_of_the_title_and_the_firm_before_it_the_name():
    got = _ents("Geçtiğimiz ay Zemtaş Yönetim Kurulu Başkanı Kerem Alpay, şirketin ihracat hedeflerini "
                "yatırımcılarla paylaştı ve yeni fabrikayı tanıttı.")
    assert ("Zemtaş", "ORG") in got
    assert ("Kerem Alpay", "PER") in got
    got = _ents("Şirketin Yönetim Kurulu Başkanı Kerem Alpay, yeni yatırımların ayrıntılarını gazetecilere "
                "anlattı ve soruları yanıtladı.")
    assert not any(t == "Şirketin" for t, _ in got)


def test_compass_word_opens_a_region():
    got = _ents("Meteoroloji uzmanları, hafta boyunca Güney Ege'nin kıyılarında sıcaklıkların "
                "mevsim normallerinin üzerinde seyredeceğini söyledi.")
    assert ("Güney Ege", "LOC") in got


def test_all_capital_word_is_an_acronym_but_not_a_role_word():
    got = _ents("Yeni projeye TEKNOSAV'ın desteği de eklendi; şirketin CEO koltuğuna geçen hafta yeni "
                "bir isim getirildi.")
    assert ("TEKNOSAV", "ORG") in got
    assert not any(t == "CEO" for t, _ in got)


def test_bracketed_acronym_is_the_organisations_short_name_whatever_its_letters():
    got = _ents("Doğal Afet Koordinasyon Başkanlığı (DAKOB), bölgede arama kurtarma çalışmalarının "
                "tamamlandığını ve ekiplerin döndüğünü açıkladı.")
    assert ("Doğal Afet Koordinasyon Başkanlığı", "ORG") in got
    assert ("DAKOB", "ORG") in got


def test_suffixed_name_with_a_locative_is_a_place():
    got = _ents("Festival bu yıl ilk kez Kuşadalı'da değil, komşu kasabalarda düzenlenecek; "
                "organizatörler hazırlıklara başladı.")
    assert ("Kuşadalı", "LOC") in got


def test_noble_particle_name_after_a_title_is_left_whole():
    got = _ents("Toplantıya katılan Komisyon Başkanı Ursula von der Leyen, enerji fiyatlarına ilişkin "
                "yeni önlemleri tanıttı ve soruları yanıtladı.")
    assert ("Ursula", "PER") not in got


def test_plural_subject_opening_the_sentence_is_no_part_of_a_headed_name():
    got = _ents("Yolcular İzmir Otogarı'ndan sabah saatlerinde ayrıldı ve öğleden sonra Ankara'ya ulaştı, "
                "firma açıkladı.")
    assert ("İzmir Otogarı", "LOC") in got


def test_a_known_person_after_a_title_is_that_person_and_a_place_after_it_no_part():
    got = _ents("Dün öğleden sonra ABD Başkanı Donald Trump Beyaz Saray'da gazetecilerin sorularını yanıtladı.")
    assert ("Donald Trump", "PER") in got and not any(t.startswith("Donald Trump ") for t, _ in got)
    got = _ents("Geçen hafta Başkan Biden Beyaz Saray'da düzenlenen törende konuşma yaptı.")
    assert ("Biden", "PER") in got and ("Biden Beyaz", "PER") not in got
    got = _ents("Partinin Genel Başkanı Ayşe Nur Kılıç Bursa'da düzenlenen mitingde konuştu.")
    assert {("Ayşe Nur Kılıç", "PER"), ("Bursa", "LOC")} <= got


def test_an_event_head_closes_an_event_and_the_place_inside_is_no_mention():
    got = _ents("Milli takım geçen hafta Bakü'deki Avrupa Şampiyonası'nda iki altın madalya kazandı, "
                "federasyon açıklama yaptı.")
    assert ("Avrupa Şampiyonası", "MISC") in got
    assert ("Avrupa", "LOC") not in got


def test_a_plural_subject_opening_the_sentence_is_no_part_of_an_event():
    got = _ents("Sporcular Dünya Şampiyonası'nda dört madalya aldı ve kafile dün yurda döndü.")
    assert ("Dünya Şampiyonası", "MISC") in got


def test_an_authority_and_a_desert_close_their_names():
    got = _ents("Liman Otoritesi dün yeni tarifeleri açıkladı; Gobi Çölü'nde ise kum fırtınası bekleniyor.")
    assert ("Liman Otoritesi", "ORG") in got and ("Gobi Çölü", "LOC") in got
