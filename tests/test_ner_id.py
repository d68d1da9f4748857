"""Indonesian entity rules (``agents/entities/indonesian.py``). Sentences written for these
tests, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.indonesian import is_heading
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "id", "Latn")


def test_a_body_head_opens_its_name_with_the_known_places_inside():
    got = _ents("Bank Pembangunan Daerah Jambi membuka cabang baru, kata Polres Kota Jambi.")
    assert ("Bank Pembangunan Daerah Jambi", "ORG") in got
    assert ("Polres Kota Jambi", "ORG") in got
    assert ("Jambi", "LOC") not in got


def test_a_ministry_joins_its_two_fields_with_dan():
    got = _ents("Aturan itu diterbitkan Kementerian Pariwisata dan Ekonomi Kreatif pekan lalu.")
    assert ("Kementerian Pariwisata dan Ekonomi Kreatif", "ORG") in got


def test_two_bodies_joined_by_dan_stay_two():
    got = _ents("Rapat itu dihadiri Kementerian Keuangan dan Bank Indonesia.")
    assert ("Kementerian Keuangan", "ORG") in got
    assert ("Bank Indonesia", "ORG") in got


def test_a_school_keeps_its_number():
    got = _ents("Siswa SMA Negeri 3 Kupang memenangi lomba debat.")
    assert ("SMA Negeri 3 Kupang", "ORG") in got


def test_a_hospital_named_after_a_doctor():
    got = _ents("Korban dirawat di RSUD Dr. H. Moch. Ansari Saleh.")
    assert ("RSUD Dr. H. Moch. Ansari Saleh", "ORG") in got


def test_a_company_with_its_legal_forms():
    got = _ents("Saham PT Sumber Alfaria Trijaya Tbk naik tipis.")
    assert ("PT Sumber Alfaria Trijaya Tbk", "ORG") in got


def test_a_place_head_is_part_of_the_name():
    got = _ents("Kapal itu karam di Selat Sunda dekat Pelabuhan Merak, lalu ditarik ke Teluk Jakarta.")
    assert ("Selat Sunda", "LOC") in got
    assert ("Pelabuhan Merak", "LOC") in got
    assert ("Teluk Jakarta", "LOC") in got


def test_a_street_named_after_a_person_is_a_place():
    got = _ents("Macet panjang terjadi di Jalan Gatot Subroto sejak pagi.")
    assert ("Jalan Gatot Subroto", "LOC") in got


def test_an_administrative_head_is_outside_the_place():
    got = _ents("Longsor melanda Desa Cibadak di Kabupaten Sukabumi dan Cianjur.")
    assert ("Cibadak", "LOC") in got
    assert ("Sukabumi", "LOC") in got
    assert ("Cianjur", "LOC") in got


def test_a_unit_head_before_an_everyday_word_is_part_of_the_name():
    got = _ents("Wisatawan memadati kawasan Kota Lama di Semarang.")
    assert ("Kota Lama", "LOC") in got


def test_wali_kota_is_a_title_not_a_unit():
    got = _ents("Warga menemui Wali Kota Ternate Tauhid Soleman di balai kota.")
    assert ("Ternate", "LOC") in got
    assert ("Tauhid Soleman", "PER") in got


def test_a_compass_word_after_a_place_is_part_of_it():
    got = _ents("Banjir merendam sejumlah rumah di Jakarta Barat.")
    assert ("Jakarta Barat", "LOC") in got


def test_clubs_by_their_word_and_town():
    got = _ents("Persipura Jayapura menahan PSM Makassar, sementara Borneo FC menang.")
    assert ("Persipura Jayapura", "ORG") in got
    assert ("PSM Makassar", "ORG") in got
    assert ("Borneo FC", "ORG") in got


def test_a_noun_of_kind_types_the_name_after_it():
    got = _ents("Pemilik warung makan Sederhana Jaya dan kelompok tani Maju Bersama hadir.")
    assert ("Sederhana Jaya", "ORG") in got
    assert ("Maju Bersama", "ORG") in got
    got = _ents("Kapal itu terlihat di perairan Laut Sawu.")
    assert ("Laut Sawu", "LOC") in got


def test_a_person_after_a_title_and_the_office():
    got = _ents("Pernyataan itu disampaikan Menteri Dalam Negeri Tito Karnavian di Medan.")
    assert ("Tito Karnavian", "PER") in got
    got = _ents("Acara dibuka Ketua KPU Mochammad Afifuddin.")
    assert ("KPU", "ORG") in got
    assert ("Mochammad Afifuddin", "PER") in got


def test_a_minister_s_field_acronym_is_no_body():
    got = _ents("Usulan itu ditolak Menteri PUPR Dody Hanggodo.")
    assert ("Dody Hanggodo", "PER") in got
    assert not any(t == "PUPR" for t, _ in got)


def test_a_rank_after_a_police_unit():
    got = _ents("Kepala Polsek Cilandak Kompol Sugeng Riyadi membenarkan kejadian itu.")
    assert ("Polsek Cilandak", "ORG") in got
    assert ("Sugeng Riyadi", "PER") in got


def test_people_by_cues_around_them():
    got = _ents("Rumahnya terendam, kata Sutarmi (54), yang tinggal di tepi sungai.")
    assert ("Sutarmi", "PER") in got
    got = _ents("Usaha itu dirintis ayahnya, kata pemiliknya, Hj. Rohimah.")
    assert ("Rohimah", "PER") in got
    got = _ents("Hasil panen tahun ini bagus, ujar petani Darsono Wiryo.")
    assert ("Darsono Wiryo", "PER") in got
    got = _ents("Upacara dipimpin oleh pemangku adat, I Nyoman Sudarsana.")
    assert ("I Nyoman Sudarsana", "PER") in got


def test_a_group_after_a_number_is_no_person():
    got = _ents("Tiga relawan Palang Hijau membagikan makanan.")
    assert not any(t == "PER" for _, t in got)


def test_places_after_prepositions_and_in_lists():
    got = _ents("Pasokan beras dikirim dari Padang ke Bukittinggi, Payakumbuh dan Solok.")
    assert ("Padang", "LOC") in got
    assert ("Bukittinggi", "LOC") in got
    assert ("Payakumbuh", "LOC") in got
    assert ("Solok", "LOC") in got


def test_a_place_named_with_a_title_s_word():
    got = _ents("Wisatawan asing berlibur ke Raja Ampat bulan lalu.")
    assert ("Raja Ampat", "LOC") in got


def test_acronyms_of_bodies_and_of_common_nouns():
    got = _ents("BPJS mencatat lonjakan klaim. Warga diminta membawa KTP dan membeli BBM seperlunya.")
    assert ("BPJS", "ORG") in got
    assert not any(t in ("KTP", "BBM") for t, _ in got)


def test_a_sentence_full_of_names_is_no_headline():
    assert is_heading("Banjir Rendam Ratusan Rumah di Bekasi")
    assert not is_heading("Raja Yordania Abdullah II tiba di Bandara Kualanamu dan disambut Gubernur")
    got = _ents("Raja Yordania Abdullah II tiba di Bandara Kualanamu dan disambut Gubernur Sumatera Utara "
                "Bobby Nasution.")
    assert ("Bandara Kualanamu", "LOC") in got
    assert ("Bobby Nasution", "PER") in got
