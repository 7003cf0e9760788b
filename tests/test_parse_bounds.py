"""Long sentences never reach the parser whole: cut points, the two-step parse, and the flag on the quotes."""

from __future__ import annotations

import pytest

from quotekit.extractor import Extractor
from quotekit.models import QuoteFlag
from quotekit.nlp import Pipelines
from quotekit.parse_bounds import MAX_WORDS, flag_split_quotes, parse_bounded, split_points
from quotekit.scanner import scan_quotes

# --- cut points (no models) -------------------------------------------------------------------------------


def _pieces(tokens: list[str], sizes: list[int], cuts: list[int]) -> list[int]:
    return [sum(sizes[a:b]) for a, b in zip([0, *cuts], [*cuts, len(tokens)], strict=True)]


@pytest.mark.parametrize(
    ("line", "max_words", "expected"),
    [
        # sentence punctuation beats a later comma
        ("a b c d . e , f g h", 8, [5]),
        # a closing quote mark beats a comma; the cut falls after it
        ("a b c d “ x y ” e , f g h", 10, [8]),
        # a semicolon beats a comma and a conjunction
        ("a b c ; d e , f and g h", 9, [4]),
        # a conjunction when nothing better: the cut falls before it
        ("a b c d e und f g h i", 8, [5]),
        # nothing at all: fixed windows
        (" ".join(["w"] * 10), 4, [4, 8]),
        # fits: no cut
        (" ".join(["w"] * 10), 10, []),
    ],
)
def test_split_points_prefer_the_best_boundary(line: str, max_words: int, expected: list[int]) -> None:
    tokens = line.split()
    sizes = [1] * len(tokens)
    cuts = split_points(tokens, sizes, max_words)
    assert cuts == expected
    assert all(n <= max_words for n in _pieces(tokens, sizes, cuts))


def test_split_points_ignore_a_boundary_that_would_leave_a_tiny_piece() -> None:
    tokens = ["a", ".", *(["w"] * 300)]
    cuts = split_points(tokens, [1] * len(tokens), 100)
    assert cuts[0] != 2
    assert all(n <= 100 for n in _pieces(tokens, [1] * len(tokens), cuts))


def test_split_points_count_words_of_multi_word_tokens() -> None:
    tokens = ["zum"] * 10  # two syntactic words each
    sizes = [2] * 10
    cuts = split_points(tokens, sizes, 5)
    assert all(n <= 5 for n in _pieces(tokens, sizes, cuts))
    assert cuts == [2, 4, 6, 8]


def test_flag_split_quotes_marks_only_quotes_in_cut_sentences() -> None:
    text = "„Ja“, sagte er. „Nein“, sagte sie."
    spans = scan_quotes(text)
    flagged = flag_split_quotes(spans, [(16, len(text))])
    assert [QuoteFlag.PARSE_SPLIT in s.flags for s in flagged] == [False, True]
    assert flag_split_quotes(spans, []) == spans


# --- real Stanza ----------------------------------------------------------------------------------------------


@pytest.mark.models
def test_parse_bounded_cuts_long_sentences_and_keeps_offsets(pipelines: Pipelines) -> None:
    from stanza import Document

    text = "Der Minister ging zum Markt und kaufte Brot " * 6 + "„Wir sind bereit“, sagte er"
    (parse,) = parse_bounded(pipelines.get("de"), [Document([], text=text)], max_words=12)
    doc = parse.document
    assert parse.split, "the run-on sentence should have been cut"
    assert all(len(s.words) <= 12 for s in doc.sentences)
    for sent in doc.sentences:
        assert all(w.head is not None and w.deprel for w in sent.words)
        for tok in sent.tokens:
            assert text[tok.start_char : tok.end_char] == tok.text
    # every token of the text is still there, in order, once
    assert [t.text for s in doc.sentences for t in s.tokens][:4] == ["Der", "Minister", "ging", "zum"]
    assert sum(1 for s in doc.sentences for t in s.tokens if t.text == "zum") == 6


@pytest.mark.models
def test_a_long_sentence_is_cut_and_its_quote_flagged(extractor: Extractor) -> None:
    filler = " ".join(["the committee met again and talked about the budget"] * 35)
    text = f"{filler} while “we are ready for the vote,” Rao said and {filler}."
    result = extractor.extract(text)
    assert result.ok
    (quote,) = result.quotes
    assert text[quote.start : quote.end] == quote.text == "we are ready for the vote,"
    assert QuoteFlag.PARSE_SPLIT in quote.flags
    assert len(text.split()) > 2 * MAX_WORDS


@pytest.mark.models
def test_ordinary_sentences_are_not_flagged(extractor: Extractor) -> None:
    result = extractor.extract("“We are ready,” Rao said. „Wir sind bereit“, sagte Rao.")
    assert result.quotes
    assert all(QuoteFlag.PARSE_SPLIT not in q.flags for q in result.quotes)


# --- title abbreviations (Stanza's tokenizer ends a sentence after ``Prof.``) -------------------------------------


@pytest.mark.models
def test_a_sentence_ended_after_a_title_is_joined_to_the_name(pipelines: Pipelines) -> None:
    from stanza import Document

    from quotekit.lexicon import title_abbreviations

    text = "„Die Werte sind eindeutig“, sagte Prof. Dr. Anna Berger. Danach ging sie."
    (parse,) = parse_bounded(pipelines.get("de"), [Document([], text=text)], titles=title_abbreviations("de"))
    sentences = [[t.text for t in s.tokens] for s in parse.document.sentences]
    assert sentences[0][-6:] == ["sagte", "Prof.", "Dr.", "Anna", "Berger", "."], sentences
    assert sentences[1][0] == "Danach", sentences
    for sent in parse.document.sentences:
        assert sum(1 for w in sent.words if w.head == 0) == 1
        for tok in sent.tokens:
            assert text[tok.start_char : tok.end_char] == tok.text


@pytest.mark.models
def test_a_title_abbreviation_stays_in_the_speaker_name(extractor: Extractor) -> None:
    q = extractor.extract("„Die Werte sind eindeutig“, sagte Klinikdirektor Prof. Dr. Jonas Weber.").quotes[0]
    assert q.speaker is not None
    assert q.speaker.mention.text == "Klinikdirektor Prof. Dr. Jonas Weber"


def test_a_title_written_without_a_period_is_an_abbreviation_when_the_lexicon_says_so() -> None:
    """``titles.tsv`` writes ``Lt``, ``Col`` and ``Bgm`` without a period; their ``abbreviation`` rows make them
    title abbreviations all the same. ``etc`` is an abbreviation and no title, ``Herr`` a title and no abbreviation."""
    from quotekit.lexicon import title_abbreviations

    assert {"lt", "col", "rev", "gov", "mr"} <= title_abbreviations("en")
    assert {"bgm", "hptm", "prof", "dr"} <= title_abbreviations("de")
    assert "etc" not in title_abbreviations("en")
    assert "herr" not in title_abbreviations("de")


@pytest.mark.models
@pytest.mark.parametrize(
    ("lang", "text", "name", "after"),
    [
        # Stanza's English tokenizer ends a sentence after ``Col.`` and ``Rev.``
        ("en", "The plan failed, said Lt. Col. John Smith. Then he left.", ["Lt.", "Col.", "John", "Smith"], "Then"),
        ("en", "It was approved by Rev. Jesse Jackson on Monday. Then he left.", ["Rev.", "Jesse", "Jackson"], "Then"),
        # and the German one after ``Bgm.``
        ("de", "Das sagte Bgm. Peter Müller am Montag. Danach ging er.", ["Bgm.", "Peter", "Müller"], "Danach"),
    ],
)
def test_a_sentence_ended_after_a_title_without_a_period_in_the_table_is_joined(
    pipelines: Pipelines, lang: str, text: str, name: list[str], after: str
) -> None:
    from stanza import Document

    from quotekit.lexicon import title_abbreviations

    plain = parse_bounded(pipelines.get(lang), [Document([], text=text)])[0].document
    (parse,) = parse_bounded(pipelines.get(lang), [Document([], text=text)], titles=title_abbreviations(lang))
    assert len(plain.sentences) > 2, "Stanza no longer splits after the title: the case tests nothing"
    sentences = [[t.text for t in s.tokens] for s in parse.document.sentences]
    assert len(sentences) == 2, sentences
    tokens = sentences[0]
    k = tokens.index(name[0])
    assert tokens[k : k + len(name)] == name, sentences
    assert sentences[1][0] == after, sentences


@pytest.mark.models
def test_a_rank_written_with_a_period_stays_in_the_speaker_name(extractor: Extractor) -> None:
    q = extractor.extract("“The plan failed,” said Lt. Col. John Smith.").quotes[0]
    assert q.speaker is not None
    assert q.speaker.mention.text == "Lt. Col. John Smith"


@pytest.mark.models
def test_a_sentence_ending_in_another_abbreviation_is_not_joined(pipelines: Pipelines) -> None:
    """Only titles stand before a name; ``usw.`` may end a sentence before a capital."""
    from stanza import Document

    from quotekit.lexicon import title_abbreviations

    text = "Sie kauften Brot, Milch, Käse usw. Danach gingen sie nach Hause."
    plain = parse_bounded(pipelines.get("de"), [Document([], text=text)])[0].document
    joined = parse_bounded(pipelines.get("de"), [Document([], text=text)], titles=title_abbreviations("de"))
    assert len(joined[0].document.sentences) == len(plain.sentences)


# --- abbreviations before a number (Stanza's English tokenizer ends a sentence after ``Dec.`` in ``Dec. 28``) ----


@pytest.mark.models
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The officials said the prime minister's Dec. 28 meeting was scheduled early. Then they left.", "Dec."),
        ("He is not interested in the No. 2 spot on the ticket. Then he left.", "No."),
    ],
)
def test_a_sentence_ended_before_a_number_is_joined(pipelines: Pipelines, text: str, kept: str) -> None:
    from stanza import Document

    from quotekit.lexicon import words

    plain = parse_bounded(pipelines.get("en"), [Document([], text=text)])[0].document
    (parse,) = parse_bounded(
        pipelines.get("en"), [Document([], text=text)], numbered=words("number_abbreviation", "en")
    )
    assert len(plain.sentences) > 2, "Stanza no longer splits after the abbreviation: the case tests nothing"
    sentences = [[t.text for t in s.tokens] for s in parse.document.sentences]
    assert len(sentences) == 2, sentences
    assert kept in sentences[0] and sentences[1][0] == "Then", sentences


@pytest.mark.models
def test_a_sentence_ended_after_a_month_before_a_capital_is_not_joined(pipelines: Pipelines) -> None:
    """Only a number continues a month's sentence: ``… until Jan. Then …`` ends one."""
    from stanza import Document

    from quotekit.lexicon import words

    text = "The talks will last until Jan. Then the delegates leave for Geneva."
    plain = parse_bounded(pipelines.get("en"), [Document([], text=text)])[0].document
    (parse,) = parse_bounded(
        pipelines.get("en"), [Document([], text=text)], numbered=words("number_abbreviation", "en")
    )
    assert len(parse.document.sentences) == len(plain.sentences)
