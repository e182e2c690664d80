"""Who said it: new speakers, pronouns and role nouns, and surnames spelled another way."""

from articles.importing.extract.quotes import find_quotes
from articles.importing.records import PersonRecord
from tests.importing.extract.test_quotes import persons_in


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs, persons_in(paragraphs))]


def test_a_quote_after_a_paragraph_bringing_in_someone_new_is_theirs():
    # A Ghanaian daily: the opposition's reply follows the minister's quote.
    assert speakers(
        "Finance Minister Kofi Mensah said the budget would be tight.",
        "“We cannot spend what we do not have,” he said.",
        "But opposition spokesman Samuel Ablakwa, who chairs the minority caucus, disagreed "
        "sharply with the minister.",
        "“This budget punishes the poor and rewards the connected.”",
    ) == ["Kofi Mensah", "Samuel Ablakwa"]


def test_a_paragraph_opening_on_the_last_speaker_keeps_the_next_quote_theirs():
    # A wire story: background about the speaker, then more of their words.
    assert speakers(
        "“The port will reopen on Monday,” Transport Minister Amina Bello said.",
        "The minister, who visited the docks with governor Musa Lawal, did not say when.",
        "“We are working day and night.”",
    ) == ["Amina Bello", "Amina Bello"]


def test_a_pronoun_is_not_the_person_the_last_sentence_acted_on():
    assert speakers(
        "“We will win this election,” said Finance Minister Kofi Mensah, who spoke after "
        "meeting President Nana Akufo-Addo in Accra.",
        "“Nothing changes for the party,” he added.",
    ) == ["Kofi Mensah", "Kofi Mensah"]


def test_a_pronoun_goes_to_the_person_just_introduced():
    # A US broadcaster's web copy: a second voice enters mid-story.
    assert speakers(
        "WASHINGTON (AP) - “It is a bad plan,” Senator Mary Collins said on Tuesday.",
        "The White House press secretary, Jen Carter, defended it at her daily briefing.",
        "“The plan will create jobs in every state,” she said.",
    ) == ["Mary Collins", "Jen Carter"]


def test_a_title_written_with_of_or_to_is_not_an_object():
    # 'Ambassador to Zimbabwe Ms X': the preposition is part of the title.
    assert speakers(
        "“Irrigation is the answer,” said Cde Tendai Moyo.",
        "British Ambassador to Zimbabwe Ms Catherine Ashworth said the programme would "
        "target women farmers.",
        "“When a woman farmer has a better harvest, her children eat better,” she said.",
    ) == ["Tendai Moyo", "Catherine Ashworth"]


def test_the_role_noun_goes_to_the_person_introduced_in_that_role():
    # A Senegalese daily: the minister and the police spokesman both speak.
    assert speakers(
        "Interior Minister Aly Ngouille Ndiaye toured the port. Police spokesman Moussa Fall "
        "gave details.",
        "“The situation is under control,” the minister said.",
        "“Two men were detained,” the spokesman added.",
    ) == ["Aly Ngouille Ndiaye", "Moussa Fall"]


def test_a_surname_spelled_a_letter_off_is_the_same_speaker():
    assert speakers(
        "Senegal's Interior Minister Aly Ngouille Ndiaye toured the port.",
        "“We have secured the harbour,” said Mr Ndiay.",
    ) == ["Aly Ngouille Ndiaye"]


def test_a_longer_surname_two_letters_off_is_the_same_speaker():
    # A Pakistani daily transliterates the name two ways in one story.
    assert speakers(
        "Prime Minister Shehbaz Sharif addressed the National Assembly on Friday.",
        "“Pakistan will pay every rupee it owes,” said Mr Sharef.",
        "Finance Minister Muhammad Aurangzeb echoed him.",
        "“The programme with the fund is on track,” Aurangzaib told reporters.",
    ) == ["Shehbaz Sharif", "Muhammad Aurangzeb"]


def test_a_full_stop_after_a_title_does_not_hide_the_speaker():
    # A Liberian daily: 'Cllr.' is a counsellor-at-law's title.
    assert speakers(
        "The defence lawyer, Cllr. Momo Siafa, spoke to reporters. Nurse Josephine Wleh "
        "said she had not been paid.",
        "“My client handled no cash,” Cllr. Siafa said.",
    ) == ["Momo Siafa"]


def test_she_is_not_the_man_named_last():
    # A US paper: the senator speaks again after the sponsor is named.
    assert speakers(
        "“This bill is a giveaway,” said Senator Mary Collins.",
        "Ms Collins spoke after the bill's sponsor, Mr John Ruiz, called the criticism unfair.",
        "“It will cost every family $400 a year,” she said.",
    ) == ["Mary Collins", "Mary Collins"]


def test_he_is_not_the_woman_styled_so():
    # A Nigerian daily: 'Hajia' styles a woman; 'he' is the commissioner.
    assert speakers(
        "Commissioner Ibrahim Garba inspected the granary with Hajia Binta Sule.",
        "“We have distributed fertiliser to 12,000 farmers,” he said.",
    ) == ["Ibrahim Garba"]


def test_the_role_noun_goes_to_the_last_of_several_holders_mentioned():
    # A South Asian daily: two ministers; the story turns to the second.
    assert speakers(
        "Finance Minister Ishaq Dar met the IMF mission in Islamabad on Monday.",
        "“The talks were positive,” Dar said.",
        "Later, Planning Minister Ahsan Iqbal addressed the press about the budget.",
        "“We will protect development spending,” the minister said.",
    ) == ["Ishaq Dar", "Ahsan Iqbal"]


def test_a_paragraph_ending_on_a_colon_hands_the_next_quote_to_its_subject():
    # An Italian outlet in English: the lead-in names the speaker, the quote follows.
    assert (
        speakers(
            "Undersecretary Claudio Rossi said “a table will be opened with the schools”.",
            "The secretary general of the bishops' conference, Nunzio Galli, has called the "
            "ruling “dangerous” and “ideological”:",
            "“We face a dangerous sentence. Who takes the decisions should do it with less "
            "ideology.”",
        )[-1]
        == "Nunzio Galli"
    )


def test_a_person_the_lead_in_only_acts_on_is_not_the_speaker():
    # A British daily: the prime minister speaks; the home secretary is only mentioned.
    assert (
        speakers(
            "Home Secretary Suella Brennan was absent from the chamber.",
            "During questions on Wednesday, Prime Minister Rishi Sood defended the record whilst "
            "promising a “formal update” from Brennan is forthcoming: “We are working as quickly "
            "as possible to bring forward that legislation.”",
        )[-1]
        == "Rishi Sood"
    )


def test_in_the_words_of_names_the_speaker():
    # An Australian court report: the prosecutor, with his post-nominal letters.
    assert speakers(
        "The couple's trial opened in Sydney. In the words of the Crown prosecutor, Mark "
        "Tedesco, QC, “the child spent the last months of her life in pain.”",
    ) == ["Mark Tedesco"]


def test_commented_is_a_reporting_verb():
    assert speakers(
        "American academic Marc Lamont Hill commented, “Hoping that the movement becomes a "
        "national conversation on race and punishment.”",
    ) == ["Marc Lamont Hill"]


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons():
    # An epigraph under a tech news site's headline, the columnist found by any extractor.
    paragraphs = (
        "“So far, it's the Internet: 1, Scientology: 0. But it's a long game.” - Matt Ingle",
    )
    (quote,) = find_quotes(paragraphs, (PersonRecord("Matt Ingle"),))
    assert quote.speaker == "Matt Ingle"


def test_a_surname_two_people_share_is_the_one_mentioned_last():
    # An Indian feature: a couple at a brick kiln, then the husband alone.
    assert speakers(
        "Kamala Majhi carries bricks from dawn. Her husband, Sukru Majhi, keeps the count.",
        "“If we make 1,000 a day, the munshi writes 800,” Majhi says.",
    ) == ["Sukru Majhi"]


def test_a_paragraph_naming_the_last_speaker_at_all_keeps_the_next_quote_theirs():
    assert speakers(
        "“Inflation will halve by December,” central bank governor Ama Owusu said.",
        "President Kwame Asante appointed Owusu in 2019 after a long search.",
        "“We will not print money to pay the government's bills.”",
    ) == ["Ama Owusu", "Ama Owusu"]


def test_someone_who_asked_not_to_be_named_is_not_the_last_person_named():
    # An Indian feature: an unnamed labour contractor after a named worker.
    assert speakers(
        "“We owe him 40,000 rupees,” says kiln worker Sukru Majhi.",
        "A contractor from Kantabanji, who asked not to be named, rejects the word bonded. "
        "“Nobody is forced,” he says.",
    ) == ["Sukru Majhi", None]


def test_shouted_is_a_reporting_verb():
    # A photo gallery caption from Banjul.
    assert speakers(
        "Supporters celebrate in Serekunda. “Gambia has decided! We are free!” shouted "
        "Isatou Ceesay, a 24-year-old student.",
    ) == ["Isatou Ceesay"]


def test_a_speaker_asking_not_to_be_named_in_the_attribution_is_unnamed():
    # A Manila daily: a returnee who will not give her name, after a named official.
    assert speakers(
        "Migrant Workers Secretary Hans Cacdac met the returnees at the airport.",
        "“I thought I was going to Bangkok,” she said, asking not to be named.",
    ) == [None]


def test_a_title_holders_office_speaks_as_a_body_not_as_the_holder():
    # A Belgian outlet translated: the office, not the prosecutor named earlier.
    assert speakers(
        "Federal prosecutor Éric Van Damme opened the inquiry in May.",
        "The federal prosecutor's office insisted that “at this stage, no link has been "
        "established between the two cases”.",
    ) == [None]


def test_they_said_is_a_group_not_the_person_named_last():
    # A Pacific outlet: villagers speak together after the provincial minister.
    assert speakers(
        "“Help is on its way,” provincial minister John Fugui said.",
        "Villagers in Fouia said their gardens had dried up. “We have nothing left to eat,” "
        "they said.",
    ) == ["John Fugui", None]


def test_a_quote_after_a_paragraph_bringing_in_an_unnamed_source_is_nobodys():
    # A Gulf daily: the named minister, then a diplomat who will not be named.
    assert speakers(
        "“The talks are going well,” Foreign Minister Ayman Safadi said.",
        "A Western diplomat, who asked not to be named, disputed that account.",
        "“Nothing has moved in three weeks.”",
    ) == ["Ayman Safadi", None]
