from articles.text import fold_key, strip_invisible, without_bidi_controls


def test_spellings_of_one_name_share_a_key():
    assert fold_key("Jean-Marc Pisani") == fold_key("JEAN MARC  PISANI") == "jean marc pisani"
    assert fold_key("Aïssatou Diémé") == fold_key("Aissatou Dieme")


def test_soft_hyphen_between_words_is_a_space_and_inside_a_word_nothing():
    assert strip_invisible("Jacques\u00adBarrot") == "Jacques Barrot"
    assert strip_invisible("Pi\u00adsani") == "Pisani"
    assert fold_key("Jacques\u00adBarrot") == fold_key("Jacques Barrot")


def test_bidirectional_embeddings_overrides_and_isolates_are_removed_and_counted():
    spoofed = "Minister \u202eseigolopa\u202c resigns \u2066quietly\u2069"

    assert without_bidi_controls(spoofed) == ("Minister seigolopa resigns quietly", 4)
    assert strip_invisible(spoofed) == "Minister seigolopa resigns quietly"


def test_right_to_left_marks_that_arabic_and_hebrew_text_needs_stay():
    arabic = "\u0627\u0644\u0645\u063a\u0631\u0628\u200f (2026)\u200e \u061c"

    assert without_bidi_controls(arabic) == (arabic, 0)
