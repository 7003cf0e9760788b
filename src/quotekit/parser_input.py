"""The text Stanza sees: a same-length copy with quote marks and apostrophes in the forms the models handle best.

Every change replaces characters one for one, so ``len(parser_text(t, lang)) == len(t)`` and a character offset
in the parse is the same offset in the original text; nothing downstream needs an offset map.

**Choice.** English gets straight marks (:func:`to_straight_marks`): every double mark (``“ ” „ ‟ « »``) becomes
``"``, every single mark (``‘ ’ ‚ ‛ ‹ ›``) and the apostrophe look-alikes ``ʼ ´ ` `` become ``'``, and a typewriter
pair (``''``, ``````, ``‘‘``) becomes ``"`` plus a space on the side away from the quoted word. German gets
``„…“`` (:func:`to_german_marks`): double marks are paired as ``„``/``“`` by context and, where that is unclear,
by alternation; in-word apostrophes become ``'``; German single quotes ``‚…‘`` stay.

Measured with ``python benchmarks/parser_input_eval.py`` on windows around gold direct quotes (seed first, then
the dev sets; compact models from ``../shared/stanza_resources``). Proxies: *marks split* = quote marks in a
token of their own; *verb linked* = quotes whose head hangs off the speech verb (or the verb off the quote's
head) as ccomp/parataxis/obj/…; *apostrophes* = in-word ``’`` words tokenized as with ``'``; *mark-only* =
Stanza sentences that are nothing but a mark.

| lang | variant | windows | marks split | verb linked | apostrophes | mark-only |
|---|---|---|---|---|---|---|
| en | original | 200 | 81.7% | 84.9% (90/106) | 57.9% | 16.5% |
| en | straight, ’ kept in words | 200 | 100.0% | 85.8% (91/106) | 58.4% | 19.1% |
| en | **straight** | 200 | 100.0% | 84.9% (90/106) | 100.0% | 19.1% |
| en | German „“ | 200 | 98.5% | 85.2% (92/108) | 100.0% | 19.3% |
| en, typewriter ``''`` windows | original | 100 | 90.5% | 85.7% (36/42) | – | 24.4% |
| en, typewriter ``''`` windows | **straight** | 100 | 100.0% | 88.1% (37/42) | – | 23.5% |
| de | original (mostly „“) | 200 | 100.0% | 63.6% (42/66) | – | 0.9% |
| de | straight | 625 | 100.0% | 60.5% (130/215) | – | 0.7% |
| de | **German „“** | 625 | 100.0% | 58.4% (125/214) | – | 0.7% |

* English: the compact model glues a curly opening mark to the next word (``“They`` as one ``nsubj`` token) and
  leaves ``OpenAI’s``/``they’re`` unsplit; straight marks fix both (81.7% → 100% of marks split, 57.9% → 100% of
  apostrophes). The cost: a few more stray one-mark "sentences" (16.5% → 19.1%), which hold no words a sieve
  reads. Verb attachment is unchanged on ordinary windows and up 2 of 42 on typewriter-quote windows.
* German: tokenization is perfect either way, and the two proxies and the end-to-end score disagree within
  noise: straight marks attach 5 more of 215 quotes to their verb, ``„…“`` gets 1 more of 47 speakers right end
  to end (``benchmarks/evaluate.py --sets de --sample 120 --kinds direct --no-indirect``: e2e F1 0.418 with
  ``„…“`` vs 0.405 straight, speaker accuracy 0.702 vs 0.681). The end-to-end score is the target and the
  model was trained on ``„…“``, so German keeps them. :func:`to_german_marks` restores the seed's German marks
  from straight ones exactly, so German typed with straight marks gets the same input.
"""

from __future__ import annotations

import regex

from quotekit.lang import PROFILES

__all__ = ["parser_text", "to_german_marks", "to_straight_marks"]

# Characters that open or close a double-quoted stretch in some convention (English “…”, German „…“ and
# »…«, French «…», the rare reversed ‟) plus the straight mark itself.
_DOUBLE_MARKS = '"“”„‟«»'
_SINGLE_MARKS = "‘’‚‛‹›"
# Letters typed for an apostrophe: modifier letter apostrophe, acute accent and backtick.
_APOSTROPHE_LOOKALIKES = "ʼ´`"

_TO_STRAIGHT = str.maketrans(
    dict.fromkeys(_DOUBLE_MARKS, '"') | dict.fromkeys(_SINGLE_MARKS + _APOSTROPHE_LOOKALIKES, "'")
)

# An apostrophe between two letters (OpenAI’s, they’re, geht’s) or after a letter before a digit-free word end
# that English uses for elision (rock ’n’ roll is rare enough to ignore).
_INWORD_APOSTROPHE = regex.compile(r"(?<=\p{L})[’ʼ´`'](?=\p{L})")
# Typewriter double quotes: two single marks standing in for one double mark (''…'', ``…'', ‘‘…’’).
_DOUBLED_SINGLE = regex.compile(r"['`´‘’‛]{2}")
_PLACEHOLDER = '"'
_OPEN_CONTEXT = "([{—–-/"


def _doubled_to_double(text: str) -> str:
    """Replace each ``''``-style pair by ``"`` plus a space on the side away from the quoted word.

    A letter, digit or punctuation mark directly before the pair (``policies.''``) puts the mark first (closing
    side), anything else puts the space first (``said ''We`` → ``said  "We``).
    """
    if _DOUBLED_SINGLE.search(text) is None:
        return text
    out = list(text)
    for m in _DOUBLED_SINGLE.finditer(text):
        s = m.start()
        before = text[s - 1] if s > 0 else " "
        if not before.isspace() and before not in _OPEN_CONTEXT:
            out[s], out[s + 1] = _PLACEHOLDER, " "
        else:
            out[s], out[s + 1] = " ", _PLACEHOLDER
    return "".join(out)


def to_straight_marks(text: str) -> str:
    """Every quotation mark straight (``"`` and ``'``), typewriter ``''`` pairs as one ``"``; same length."""
    # translate first so that mixed pairs (‘’ → '') are caught as one typewriter mark, which keeps this idempotent
    return _doubled_to_double(text.translate(_TO_STRAIGHT))


def to_german_marks(text: str) -> str:
    """Double marks as ``„`` (opening) and ``“`` (closing), in-word apostrophes straight; same length.

    ``„`` and ``»`` always open. For the others (``" “ ” ‟ «`` and typewriter pairs) the neighbours decide
    when they are clear — a space or bracket before and a non-space after opens, a non-space before closes —
    and otherwise the mark alternates with the one before it (``„ Houston … landed . “`` in token-rebuilt text).
    """
    # apostrophes first: ʼ counts as a letter, so ʼʼ would otherwise turn into a '' pair on a second pass
    text = _doubled_to_double(_INWORD_APOSTROPHE.sub("'", text))
    if not any(c in text for c in '"”‟«»“'):
        return text
    out = list(text)
    inside = False
    for i, c in enumerate(text):
        if c not in _DOUBLE_MARKS:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        after_gap = before.isspace() or before in _OPEN_CONTEXT
        if c in "„»" or (after_gap and not after.isspace() and not inside):
            opening = True
        elif not after_gap:
            opening = False
        else:
            opening = not inside
        out[i] = "„" if opening else "“"
        inside = opening
    return "".join(out)


def parser_text(text: str, lang: str) -> str:
    """A same-length copy of ``text`` with quote marks and apostrophes normalised for ``lang``'s Stanza model.

    >>> parser_text("“They’re here,” he said.", "en")
    '"They\\'re here," he said.'
    >>> parser_text('"Wir sind bereit", sagte Rao.', "de")
    '„Wir sind bereit“, sagte Rao.'
    """
    prof = PROFILES.get(lang)
    if prof is not None and prof.parser_marks == "german":
        return to_german_marks(text)
    return _spaced_mark_dashes(to_straight_marks(text))


# A double hyphen (the dash of Gutenberg texts) right after a closing mark or right before an opening one:
# ``"…indeed!"--cried Elizabeth``, ``said Jane,--"You``. The compact English model reads ``!"`` and ``--cried`` as
# one token each, so the quotation and its tag share no clause; two spaces keep the length and part them.
_MARK_DASH = regex.compile(r'(?<=")--(?=\p{L})|(?<=[\p{L}\p{P}])--(?=")')


def _spaced_mark_dashes(text: str) -> str:
    return _MARK_DASH.sub("  ", text) if "--" in text else text
