from articles.text import fold_key, strip_invisible


def test_spellings_of_one_name_share_a_key():
    assert fold_key("Jean-Marc Pisani") == fold_key("JEAN MARC  PISANI") == "jean marc pisani"
    assert fold_key("Aïssatou Diémé") == fold_key("Aissatou Dieme")


def test_soft_hyphen_between_words_is_a_space_and_inside_a_word_nothing():
    assert strip_invisible("Jacques\u00adBarrot") == "Jacques Barrot"
    assert strip_invisible("Pi\u00adsani") == "Pisani"
    assert fold_key("Jacques\u00adBarrot") == fold_key("Jacques Barrot")
