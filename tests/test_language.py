"""Language per paragraph: the word lists, single texts, and paragraphs that borrow from their neighbours."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.language import Language, detect_language, language_scores, paragraph_languages
from quotekit.paragraphs import split_paragraphs


def _words(lang: str) -> list[str]:
    raw = resources.files("quotekit").joinpath("data", f"stopwords_{lang}.txt").read_text(encoding="utf-8")
    return [w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#")]


# --- the data files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_word_list_is_clean(lang: str) -> None:
    words = _words(lang)
    assert len(words) > 100
    assert all(w == w.lower() and " " not in w for w in words)
    assert len(words) == len(set(words)), "duplicates"


def test_word_lists_share_no_word() -> None:
    assert set(_words("en")) & set(_words("de")) == set()


def test_other_languages_list_shares_no_word_with_english_or_german() -> None:
    other = _words("other")
    assert len(other) > 100 and len(other) == len(set(other))
    assert all(w == w.lower() and " " not in w for w in other)
    assert set(other) & (set(_words("en")) | set(_words("de"))) == set()


@pytest.mark.parametrize("word", ["in", "an", "was", "will", "war", "am", "also", "so", "man"])
def test_words_common_to_both_languages_are_in_neither(word: str) -> None:
    assert word not in _words("en") and word not in _words("de")


# --- one text -------------------------------------------------------------------------------------------------

CASES = [
    # (text, expected)
    ("“We are ready,” Rao said.", "en"),
    ("„Wir sind bereit“, sagte Rao.", "de"),
    ('"Wir sind bereit", sagte Rao.', "de"),
    ('"We are ready," Rao said.', "en"),
    ("The chancellor said the plan would work.", "en"),
    ("Die Kanzlerin sagte, der Plan werde funktionieren.", "de"),
    ("Werfen von Schatten auf Meta", "de"),
    ("Casting shade on Meta", "en"),
    ("Diese Geschichte wurde ursprünglich auf Fortune.com vorgestellt.", "de"),
    ("This story was originally featured on Fortune.com.", "en"),
    ("»Das ist gut«, meinte sie.", "de"),
    ("Günther Müller", "de"),  # umlauts alone are evidence, if weak
    ("OpenAI", None),
    ("Meta", None),
    ("", None),
    ("2025 – 700", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_english_marks_alone_lean_english() -> None:
    assert detect_language("“Ja”") == "en"  # “ opening + ” closing outweigh the German-looking nothing
    assert detect_language("„Yes“") == "de"


def test_scores_count_marks_and_letters() -> None:
    s = language_scores("„Öl“")
    assert s["de"] == 3 + 1 + 1  # „, closing “, a word with ö
    assert s["en"] == 0


@given(st.text(max_size=200))
def test_messy_text_never_raises(text: str) -> None:
    assert detect_language(text) in (None, "en", "de")
    paragraphs = split_paragraphs(text)
    langs = paragraph_languages(text, paragraphs)
    assert len(langs) == len(paragraphs)
    assert all(lang in ("en", "de") for lang in langs)


# --- paragraphs -----------------------------------------------------------------------------------------------


def _langs(text: str, default: Language | None = None) -> list[Language | None]:
    return paragraph_languages(text, split_paragraphs(text), default=default)


def test_seed_article(shared_dir: Path) -> None:
    text = (shared_dir / "eval" / "dev" / "seed.txt").read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    langs = paragraph_languages(text, paragraphs)
    assert langs[:4] == ["en"] * 4
    assert langs[4:] == ["de"] * (len(paragraphs) - 4)
    heading = next(i for i, p in enumerate(paragraphs) if text[p.start : p.end] == "Werfen von Schatten auf Meta")
    assert langs[heading] == "de"


def test_weak_paragraph_borrows_from_agreeing_neighbours() -> None:
    text = "The minister said the talks had failed.\nMeta\nShe added that the talks would resume next week."
    assert _langs(text) == ["en", "en", "en"]


def test_heading_between_languages_keeps_its_own_lean() -> None:
    text = (
        "The minister said the talks had failed, and that they would resume.\n"
        "Werfen von Schatten auf Meta\n"
        "Die Ministerin sagte, die Gespräche seien gescheitert und würden wieder aufgenommen."
    )
    assert _langs(text) == ["en", "de", "de"]


def test_heading_without_evidence_takes_the_following_language() -> None:
    text = (
        "The minister said the talks had failed, and that they would resume.\n"
        "Meta\n"
        "Die Ministerin sagte, die Gespräche seien gescheitert und würden wieder aufgenommen."
    )
    assert _langs(text) == ["en", "de", "de"]


def test_trailing_weak_paragraph_takes_the_previous_language() -> None:
    text = "Die Ministerin sagte, die Gespräche seien gescheitert und würden wieder aufgenommen.\nHintergrund"
    assert _langs(text) == ["de", "de"]


def test_a_german_quote_paragraph_in_an_english_article() -> None:
    text = (
        "The chancellor spoke in Berlin on Monday, and she was clear about it.\n"
        "„Wir schaffen das“, sagte Merkel.\n"
        "Her critics were not convinced by the speech."
    )
    assert _langs(text) == ["en", "de", "en"]


def test_no_evidence_anywhere_uses_default() -> None:
    assert _langs("Meta\nOpenAI") == ["en", "en"]
    assert _langs("Meta\nOpenAI", default="de") == ["de", "de"]


def test_only_weak_paragraphs_are_decided_together() -> None:
    # neither line is confident alone; together the German evidence wins
    assert _langs("Werfen von Schatten\nMeta") == ["de", "de"]


def test_empty_document() -> None:
    assert _langs("") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "lang"), [("de_news_spkatt_train.jsonl", "de"), ("en_news_polnear_train300.jsonl", "en")]
)
def test_dev_sets_are_all_one_language(shared_dir: Path, name: str, lang: str) -> None:
    wrong = []
    for line in (shared_dir / "eval" / "dev" / name).read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        paragraphs = split_paragraphs(text)
        for p, got in zip(paragraphs, paragraph_languages(text, paragraphs), strict=True):
            if got != lang:
                wrong.append(text[p.start : p.end][:80])
    assert wrong == []
