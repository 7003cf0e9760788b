"""The cue tables and mention words as data: every row well-formed, and the lookups built from them."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest

from quotekit import Extractor, QuoteKind
from quotekit.lexicon import (
    MENTION_KINDS,
    CueKind,
    belief_cues,
    cue_entries,
    cue_lemmas,
    cue_surface_pattern,
    is_cue,
    mention_words,
    pronouns,
    report_surface_pattern,
    surface_forms,
    verb_cues,
    words,
)

# Separable particles and English verb particles the tables may use; a new one must be added here on purpose.
KNOWN_PARTICLES = {
    "de": {
        *("bekannt", "mit", "hinzu", "hervor", "fest", "an", "aus"),
        *("nach", "vor", "ein", "zu", "hin", "auf", "ab", "bei", "fort", "zurück"),
    },
    "en": {"out", "on", "up", "back"},
}


def _raw_rows(name: str) -> list[list[str]]:
    text = resources.files("quotekit").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_cue_rows_are_well_formed(lang: str) -> None:
    header, *rows = _raw_rows(f"cues_{lang}.tsv")
    assert header == ["lemma", "particle", "kind", "forms"]
    assert len(rows) > 30
    for cols in rows:
        assert len(cols) == 4, cols
        lemma, particle, kind, forms = cols
        assert lemma == lemma.strip() and lemma, cols
        assert lemma == lemma.lower(), f"lemmas are lower-case: {lemma}"
        assert kind in {k.value for k in CueKind}, cols
        assert particle == "-" or particle in KNOWN_PARTICLES[lang], f"unknown particle {particle!r}"
        assert forms == "-" or all(f and f == f.strip().lower() for f in forms.split(",")), cols


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_duplicate_cues(lang: str) -> None:
    lemmas = [e.lemma for e in cue_entries(lang)]
    assert len(lemmas) == len(set(lemmas))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_particles_fit_their_lemmas(lang: str) -> None:
    for e in cue_entries(lang):
        if e.particle is None:
            continue
        assert e.kind.inflects
        if lang == "de":
            assert e.lemma.startswith(e.particle) and e.base + "" != e.lemma
        else:
            assert e.lemma.endswith(" " + e.particle)
        assert e.base and " " not in e.base


def test_mention_words_are_well_formed() -> None:
    rows = _raw_rows("mention_words.tsv")
    assert rows[0] == ["lang", "word", "kind"]
    seen = set()
    for cols in rows[1:]:
        assert len(cols) == 3 and cols[0] in ("en", "de"), cols
        assert cols[1] == cols[1].lower() and cols[2] in MENTION_KINDS, cols
        assert (cols[0], cols[1]) not in seen, f"duplicate {cols}"
        seen.add((cols[0], cols[1]))
    assert {"he", "she", "they"} <= pronouns("en") and {"er", "sie"} <= pronouns("de")
    assert "ministerium" in mention_words("de", "organisation")
    with pytest.raises(ValueError):
        mention_words("en", "verbs")


def test_cue_lemmas_hold_verbs_whole_and_patterns() -> None:
    de = cue_lemmas("de")
    assert {"sagen", "mitteilen", "hinzufügen", "hervorheben", "feststellen", "ankündigen", "laut", "zufolge"} <= de
    en = cue_lemmas("en")
    assert {"say", "tell", "add", "point out", "according to", "warn", "insist"} <= en
    with pytest.raises(ValueError):
        cue_lemmas("fr")


@pytest.mark.parametrize(
    ("lemma", "lang", "particle", "expected"),
    [
        ("teilen", "de", "mit", True),
        ("mitteilen", "de", None, True),
        ("teilen", "de", None, False),
        ("fügen", "de", "hinzu", True),
        ("sagen", "de", None, True),
        ("laut", "de", None, True),
        ("point", "en", "out", True),
        ("point", "en", None, False),
        ("say", "en", None, True),
        ("Say", "en", None, True),
        ("eat", "en", None, False),
        ("say", "fr", None, False),
    ],
)
def test_is_cue(lemma: str, lang: str, particle: str | None, expected: bool) -> None:
    assert is_cue(lemma, lang, particle) is expected


def test_verb_lookup_by_parser_lemma_or_surface() -> None:
    assert [e.lemma for e in verb_cues("teilen", "de")] == ["mitteilen"]
    # A wrong lemma from the compact model still finds the verb through its written form.
    assert [e.lemma for e in verb_cues("erklärt", "de", surface="erklärte")] == ["erklären"]
    assert [e.lemma for e in verb_cues("tell", "en", surface="told")] == ["tell"]
    assert verb_cues("say", "xx") == ()


def test_belief_verbs_report_content_but_attribute_no_quotation() -> None:
    # ``believe``/``ausgehen`` are read by the reported-speech rules only: the quote sieves, the quote cue
    # pattern and is_cue never see them, while the selection for indirect speech does (joined forms only for
    # a particle verb: ``nahm`` alone is too common to select a sentence by).
    assert [e.lemma for e in belief_cues("believe", "en", surface="believed")] == ["believe"]
    assert [e.lemma for e in belief_cues("gehen", "de", surface="ging")] == ["ausgehen"]
    assert verb_cues("believe", "en", surface="believed") == ()
    assert not is_cue("believe", "en")
    assert not cue_surface_pattern("en").search("they believed it")
    assert report_surface_pattern("en").search("they believed it")
    assert report_surface_pattern("de").search("Die Forscher waren davon ausgegangen, dass das Eis schmilzt")
    assert not report_surface_pattern("de").search("Er ging nach Hause")


def test_generated_forms() -> None:
    by = {e.lemma: e for e in cue_entries("de")}
    assert {"sagt", "sagte", "sagten", "gesagt"} <= surface_forms(by["sagen"])
    assert {"teilte", "mitgeteilt", "mitteilen"} <= surface_forms(by["mitteilen"])
    assert {"erklärte", "erklärt"} <= surface_forms(by["erklären"]) and "geerklärt" not in surface_forms(by["erklären"])
    assert {"antwortete", "geantwortet"} <= surface_forms(by["antworten"])
    # Consonant + n takes the e too (it built ``entgegnte``); after r or a vowel it does not (``warnte``).
    assert {"entgegnete", "entgegnet"} <= surface_forms(by["entgegnen"])
    assert "warnte" in surface_forms(by["warnen"]) and "warnete" not in surface_forms(by["warnen"])
    assert {"kritisierte", "kritisiert"} <= surface_forms(by["kritisieren"])
    en = {e.lemma: e for e in cue_entries("en")}
    assert {"says", "said", "saying"} <= surface_forms(en["say"])
    assert {"replies", "replied", "replying"} <= surface_forms(en["reply"])
    assert {"notes", "noted", "noting"} <= surface_forms(en["note"])
    assert {"wrote", "written", "writes"} <= surface_forms(en["write"])


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "“Yes,” he said.", ["said"]),
        ("en", "She told reporters, he says, it was, according to  Rao, fine.", ["told", "says", "according to"]),
        ("en", "He pointed out and later explained, then wrote.", ["pointed", "explained", "wrote"]),
        ("en", "The salad was sad; a sayings book.", []),
        ("de", "„Ja“, sagte er.", ["sagte"]),
        ("de", "Er teilte mit, laut Rao, dem Bericht zufolge.", ["teilte", "laut", "zufolge"]),
        ("de", "Sie erklärte, betonte und fügte hinzu; er schrieb.", ["erklärte", "betonte", "fügte", "schrieb"]),
        ("de", "Nach Angaben der Polizei kritisierte er den Plan.", ["Nach Angaben", "kritisierte"]),
        ("de", "Der Lautsprecher des Sagenbuchs.", []),
    ],
)
def test_cue_surface_pattern(lang: str, text: str, found: list[str]) -> None:
    pattern = cue_surface_pattern(lang)
    assert [regex_squash(m.group(0)) for m in pattern.finditer(text)] == found


def regex_squash(s: str) -> str:
    """Multi-word cues match across any white space; compare them with single spaces."""
    return " ".join(s.split())


def test_surface_pattern_is_compiled_once() -> None:
    assert cue_surface_pattern("de") is cue_surface_pattern("de")


@pytest.fixture
def with_gemaess(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The German cue table with one more row, ``gemäß`` as a source preposition, read through the one loader."""
    import quotekit.lexicon as lexicon

    real = lexicon.read_table

    def read_table(name: str) -> list[dict[str, str]]:
        rows = real(name)
        if name == "cues_de.tsv":
            rows = [*rows, {"lemma": "gemäß", "particle": "-", "kind": "prep", "forms": "-"}]
        return rows

    monkeypatch.setattr(lexicon, "read_table", read_table)
    lexicon.clear_caches()
    yield
    monkeypatch.undo()
    lexicon.clear_caches()


@pytest.mark.models
@pytest.mark.usefixtures("with_gemaess")
def test_one_new_cue_row_reaches_selection_direct_and_reported_speech(extractor: Extractor) -> None:
    # selection: the sentence is worth parsing
    assert cue_surface_pattern("de").search("Gemäß dem Bericht ist die Lage ernst.")
    # reported speech: the source phrase introduces the content
    reported = extractor.extract("Gemäß dem Bericht der Polizei ist die Lage in der Stadt sehr ernst.").quotes
    assert [(q.kind, q.sieve, q.cue.lemma if q.cue else None) for q in reported] == [
        (QuoteKind.INDIRECT, "indirect_according_to", "gemäß")
    ]
    assert reported[0].speaker is not None and reported[0].speaker.name == "dem Bericht der Polizei"
    # direct attribution: the pattern rule's source phrases
    direct = extractor.extract("„Wir haben die Lage im Griff und niemand ist in Gefahr“, gemäß Polizeisprecher Müller.")
    q = direct.quotes[0]
    assert (q.sieve, q.cue.lemma if q.cue else None) == ("pattern", "gemäß")
    assert q.speaker is not None and "Müller" in q.speaker.name


def test_without_the_row_gemaess_is_no_source() -> None:
    assert "gemäß" not in {e.lemma for e in cue_entries("de")}
    assert not cue_surface_pattern("de").search("Gemäß dem Bericht ist die Lage ernst.")


def test_function_words_are_well_formed_and_read_by_kind() -> None:
    assert {"that", "dass", "daß"} == words("complementiser")
    assert "sei" in words("konjunktiv1", "de") and "sei" not in words("konjunktiv1", "en")
    assert "mr" in words("abbreviation") and "bzw" in words("abbreviation", "de")
    with pytest.raises(ValueError, match="unknown word kind"):
        words("verbs")
