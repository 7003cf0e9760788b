"""quotekit's own tokenizer: offsets, contractions as the UD treebanks expand them, sentence ends."""

from __future__ import annotations

import pytest

from quotekit.pretokenize import contractions, split_token, tokenize


def _surface(text: str, lang: str) -> list[list[str]]:
    return [[text[t.start : t.end] for t in s] for s in tokenize(text, lang)]


@pytest.mark.parametrize(
    ("token", "lang", "words"),
    [
        ("don't", "en", ("do", "n't")),
        ("can't", "en", ("ca", "n't")),  # EWT's split, by text
        ("won't", "en", ("wo", "n't")),
        ("John's", "en", ("John", "'s")),
        ("I'm", "en", ("I", "'m")),
        ("they're", "en", ("they", "'re")),
        ("cannot", "en", ("can", "not")),
        ("Cannot", "en", ("Can", "not")),
        ("O'Brien", "en", ("O'Brien",)),
        ("'s", "en", ("'s",)),  # a clitic alone is not split into nothing
        ("zum", "de", ("zu", "dem")),
        ("Im", "de", ("In", "dem")),
        ("ZUR", "de", ("ZU", "DER")),
        ("ins", "de", ("in", "das")),
        ("im", "en", ("im",)),  # contractions belong to their language
        ("don't", "de", ("don't",)),
    ],
)
def test_contractions(token: str, lang: str, words: tuple[str, ...]) -> None:
    assert split_token(token, lang) == words


def test_contraction_table_reads_both_languages() -> None:
    assert contractions("de")[0]["beim"] == ("bei", "dem")
    assert "n't" in contractions("en")[1]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            '"We\'re ready," said Sen. Ben Cardin. "Are you?" he asked.',
            "en",
            [
                ['"', "We're", "ready", ",", '"', "said", "Sen.", "Ben", "Cardin", "."],
                ['"', "Are", "you", "?", '"', "he", "asked", "."],
            ],
        ),
        (
            "„Warum?“, fragte er am 5. August in der U.S.-Botschaft.",
            "de",
            [
                [
                    "„",
                    "Warum",
                    "?",
                    "“",
                    ",",
                    "fragte",
                    "er",
                    "am",
                    "5.",
                    "August",
                    "in",
                    "der",
                    "U.S.",
                    "-",
                    "Botschaft",
                    ".",
                ]
            ],
        ),
        (
            "Er kam um 10:30 Uhr. Es kostet 1.000,50 Euro.",
            "de",
            [["Er", "kam", "um", "10:30", "Uhr", "."], ["Es", "kostet", "1.000,50", "Euro", "."]],
        ),
        (
            "It fell 5. Then J. Smith left -- see www.example.com.",
            "en",
            [["It", "fell", "5", "."], ["Then", "J.", "Smith", "left", "--", "see", "www.example.com", "."]],
        ),
        ("He said no.", "en", [["He", "said", "no", "."]]),
    ],
)
def test_tokens_and_sentences(text: str, lang: str, expected: list[list[str]]) -> None:
    assert _surface(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "“”„‟«» ‘’ …...!!?? -- — – / \\ @#$%^&*()[]{}<>",
        "a" * 300,
        "\u200b\u00a0x 😀 “emoji” said 😀.",
        "Mr. Mrs. Dr. Sen. U.S. z.B. 5. 10th 3.5% $40 e-mail https://a.b/c?d=e, x@y.org.",
        "„„„“““ ,,, ''' ``` ´´",
    ],
)
def test_every_character_in_one_token_with_its_offsets(text: str) -> None:
    for lang in ("en", "de"):
        tokens = [t for s in tokenize(text, lang) for t in s]
        covered = [i for t in tokens for i in range(t.start, t.end)]
        assert covered == [
            i for i, c in enumerate(text) if not c.isspace() or any(t.start <= i < t.end for t in tokens)
        ]
        assert all(t.end > t.start and not text[t.start].isspace() and not text[t.end - 1].isspace() for t in tokens)
        assert all(t.words and all(t.words) for t in tokens)
