"""The text Stanza sees: a same-length copy with quote marks and apostrophes in the forms the models know.

Every change replaces characters one for one, so ``len(parser_text(t, lang)) == len(t)`` and a character offset
in the parse is the same offset in the original text; nothing downstream needs an offset map.

Measured choice (``benchmarks/parser_input_eval.py``, quote sentences from both dev sets and the seed, compact
models in ``../shared/stanza_resources``; see the table there for the figures):

* **English** — the compact model was trained on text with straight marks and glues a curly opening mark to
  the next word (``“They`` as one token, ``nsubj``). Every double mark (``“ ” „ ‟ « »``) becomes ``"``, every
  single mark (``‘ ’ ‚ ‛ ‹ ›``) and the apostrophe letters ``ʼ ´ ` `` become ``'``; a doubled ``''`` or ``````
  (typewriter quotes, frequent in PolNeAR) becomes ``"`` plus a space on the side away from the quoted word.
  Straight marks split off as their own tokens, ``OpenAI’s`` splits like ``OpenAI's`` and the speech verb
  attaches to the quote's head more often.
* **German** — the model was trained on ``„…“``. Double marks are rewritten to ``„`` (opening) and ``“``
  (closing), decided from the neighbouring characters; straight ``"`` pairs and ``«»``/``»«`` become ``„…“``, and
  doubled ``''``/`````` become a mark plus a space. Apostrophes inside words (``geht’s``, ``Forrester’s``)
  become ``'``; lone single marks are left alone (German single quotes ``‚…‘`` are in its training data).
"""

from __future__ import annotations

import regex

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
    if lang == "de":
        return to_german_marks(text)
    return to_straight_marks(text)
