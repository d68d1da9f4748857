"""Greek entity rules (``agents/entities/greek.py``). Sentences written for these tests,
not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.greek import first_name, norm
from entity_mentions import mention_ids, mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "el", "Grek")


def test_norm_drops_accents_and_final_sigma():
    assert norm("Συλλόγου") == "συλλογου"
    assert norm("Όμιλος") == "ομιλοσ"


def test_a_declined_first_name_is_a_first_name():
    assert first_name("Γιώργος") and first_name("Γιώργου") and first_name("Μαρίας")
    assert not first_name("Νέα")


def test_an_organisation_head_makes_the_name_with_the_known_place_inside():
    got = _ents("Το Γενικό Νοσοκομείο Λαμίας απέκτησε νέο μαγνητικό τομογράφο.")
    assert ("Γενικό Νοσοκομείο Λαμίας", "ORG") in got
    assert not any(t == "Λαμίας" for t, _ in got)


def test_genitive_articles_and_kai_join_an_official_name():
    got = _ents("Χθες συνεδρίασε η Επιτροπή των Περιφερειών στις Βρυξέλλες.")
    assert ("Επιτροπή των Περιφερειών", "ORG") in got
    got = _ents("Το Ιόνιο και Ελληνικό Πανεπιστήμιο ανακοίνωσε νέο πρόγραμμα.")
    assert ("Ιόνιο και Ελληνικό Πανεπιστήμιο", "ORG") in got


def test_a_person_after_the_body_is_no_part_of_it():
    got = _ents("Μίλησε ο πρόεδρος του Εμπορικού Συλλόγου Τρικάλων Δημήτρης Σαμαράς για την κίνηση.")
    assert ("Εμπορικού Συλλόγου Τρικάλων", "ORG") in got
    assert ("Δημήτρης Σαμαράς", "PER") in got


def test_a_lone_body_head():
    got = _ents("Το νομοσχέδιο κατατέθηκε χθες στη Βουλή από την κυβέρνηση.")
    assert ("Βουλή", "ORG") in got


def test_a_street_keeps_its_lower_case_head():
    got = _ents("Το κατάστημα βρίσκεται στην οδό Αγίου Δημητρίου της πόλης.")
    assert ("οδό Αγίου Δημητρίου", "LOC") in got


def test_a_firm_with_its_legal_form_and_a_dotted_acronym():
    got = _ents("Η Σταματόπουλος Τρόφιμα Α.Ε. συνεργάζεται με την ΕΛ.ΑΣ. από πέρυσι.")
    assert ("Σταματόπουλος Τρόφιμα Α.Ε.", "ORG") in got
    assert ("ΕΛ.ΑΣ.", "ORG") in got


def test_an_acronym_with_the_place_it_serves():
    got = _ents("Οι μαθητές του 3ου ΕΠΑΛ Καβάλας πήραν βραβείο.")
    assert ("3ου ΕΠΑΛ Καβάλας", "ORG") in got


def test_a_name_in_guillemets_after_a_noun_of_trade():
    got = _ents("Η ταβέρνα «Ο Γλάρος» στο λιμάνι κλείνει φέτος.")
    assert ("Ο Γλάρος", "ORG") in got


def test_a_place_opened_by_nea_or_agios():
    got = _ents("Οι κάτοικοι της Νέας Κερασούντας ζητούν νέο δρόμο.")
    assert ("Νέας Κερασούντας", "LOC") in got


def test_an_opening_article_is_no_part_of_a_name_and_a_declined_first_name_says_a_person():
    got = _ents("Ο Σταύρος Κουτρούλης επισκέφθηκε το εργοστάσιο μαζί με τον Γιώργο Λιανό.")
    assert ("Σταύρος Κουτρούλης", "PER") in got
    assert ("Γιώργο Λιανό", "PER") in got


def test_a_title_before_a_name_and_a_place_after_an_office():
    got = _ents("Τον επισκέφθηκε ο δήμαρχος Ζαχάρως Παντελής Κορμπάκης και ο καγκελάριος Ρούντολφ Βέμπερ.")
    assert ("Ζαχάρως", "LOC") in got
    assert ("Παντελής Κορμπάκης", "PER") in got
    assert ("Ρούντολφ Βέμπερ", "PER") in got


def test_prepositions_of_place_and_the_genitive_article_say_a_place():
    got = _ents("Το φορτηγό ξεκίνησε από την Κοζάνη, πέρασε στη Βέροια και έφτασε στο Κιλκίς της Μακεδονίας.")
    assert ("Κοζάνη", "LOC") in got
    assert ("Βέροια", "LOC") in got
    assert ("Κιλκίς", "LOC") in got
    assert ("Μακεδονίας", "LOC") in got


def test_a_place_after_its_kind_noun():
    got = _ents("Πλημμύρισε ξανά ο ποταμός Ευρώτας μετά τη βροχή.")
    assert ("Ευρώτας", "LOC") in got


def test_a_greek_acronym_is_an_organisation_and_calendar_words_are_no_names():
    got = _ents("Η απεργία της ΠΟΕΔΗΝ έγινε την Τετάρτη 5 Μαρτίου.")
    assert ("ΠΟΕΔΗΝ", "ORG") in got
    assert not any(t in ("Τετάρτη", "Μαρτίου") for t, _ in got)


def test_a_foreign_firm_takes_the_feminine_article():
    got = _ents("Νέο κατάστημα άνοιξε η Bolterra στη Θεσσαλονίκη.")
    assert ("Bolterra", "ORG") in got


def test_a_surname_ending_and_a_patronymic_make_a_person():
    got = _ents("Στη σύσκεψη ήταν και η Αθηνά Κωνσταντινίδου με τον Στέλιο Αντωνίου.")
    assert ("Αθηνά Κωνσταντινίδου", "PER") in got
    assert ("Στέλιο Αντωνίου", "PER") in got


def test_a_title_field_before_a_person_is_no_person():
    got = _ents("Δήλωση έκανε ο υπουργός Οικονομικών Νίκος Πετρόπουλος.")
    assert ("Νίκος Πετρόπουλος", "PER") in got
    assert not any(t == "Οικονομικών" and k == "PER" for t, k in got)


def test_a_company_after_its_kind_noun():
    got = _ents("Την παραγωγή ανέλαβε η εταιρεία Αρώματα Ζαγορίου Μπάκας πέρυσι.")
    assert ("Αρώματα Ζαγορίου Μπάκας", "ORG") in got


def test_a_ministers_field_before_a_genitive_country_is_no_person():
    got = _ents("Ο υπουργός Οικονομικών της Γαλλίας συναντήθηκε χθες με τους εκπροσώπους των τραπεζών.")
    assert not any(kind == "PER" for _, kind in got)


def test_title_field_then_a_name_no_list_holds():
    # (the minister's field is no part of the person's name; a two-word field is not split)
    got = _ents("Συναντήθηκε με τον υπουργό Ενέργειας Εντ Μάρλοου στο λιμάνι.")
    assert ("Εντ Μάρλοου", "PER") in got and not any("Ενέργειας" in n for n, _ in got)


def _ids(text: str) -> dict[str, str]:
    return dict(mention_ids(text, "el", "Grek"))


def test_a_known_name_in_a_case_form_the_kb_lacks_reads_back_accents_aside():
    # the genitive moves the accent (Αίγυπτος, Αιγύπτου) or takes -ου after -ο and -ι
    # (Λονδίνο, Λονδίνου; Παρίσι, Παρισιού); an adjective and its noun decline together
    got = _ids("Οι υπουργοί της Αιγύπτου, του Μεξικού και της Νότιας Κορέας συναντήθηκαν "
               "χθες στο κέντρο του Λονδίνου και του Παρισιού με τον πρέσβη των Ηνωμένων Πολιτειών.")
    assert got["Αιγύπτου"] == "country-eg" and got["Μεξικού"] == "country-mx"
    assert got["Νότιας Κορέας"] == "country-kr" and got["Ηνωμένων Πολιτειών"] == "country-us"
    assert got["Λονδίνου"].startswith("city-") and got["Παρισιού"].startswith("city-")


def test_a_declined_unknown_name_stays_unknown():
    got = _ids("Ο δήμαρχος του Ξηροβουνίου μίλησε στους κατοίκους του χωριού για το νέο έργο.")
    assert got.get("Ξηροβουνίου", "x-").startswith("x-")
