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

from collections.abc import Callable

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
# Typewriter double quotes: two single marks standing in for one double mark.
_DOUBLED_SINGLE = regex.compile(r"''|``|‘‘|’’")


def _doubled_to_double(text: str, mark_for: Callable[[bool], str]) -> str:
    """Replace each ``''``-style pair by one double mark plus a space on the side away from the quoted word.

    Whether the pair opens or closes is read from its neighbours: a letter, digit or punctuation mark directly
    before it (``policies.''``) means closing, anything else opening.
    """
    if "''" not in text and "``" not in text and "‘‘" not in text and "’’" not in text:
        return text
    out = list(text)
    for m in _DOUBLED_SINGLE.finditer(text):
        s = m.start()
        before = text[s - 1] if s > 0 else " "
        closing = not before.isspace() and before not in "([{"
        if closing:
            out[s], out[s + 1] = mark_for(False), " "
        else:
            out[s], out[s + 1] = " ", mark_for(True)
    return "".join(out)


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quotation, judged from its neighbours only."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/" or before in _DOUBLE_MARKS + _SINGLE_MARKS:
        return not after.isspace()
    return False


def to_straight_marks(text: str) -> str:
    """Every quotation mark straight (``"`` and ``'``), typewriter ``''`` pairs as one ``"``; same length."""
    text = _doubled_to_double(text, lambda _opening: '"')
    return text.translate(_TO_STRAIGHT)


def to_german_marks(text: str) -> str:
    """Double marks as ``„`` (opening) and ``“`` (closing), in-word apostrophes straight; same length."""
    text = _doubled_to_double(text, lambda opening: "„" if opening else "“")
    text = _INWORD_APOSTROPHE.sub("'", text)
    if not any(c in text for c in '"”‟«»'):
        return text  # already German-style (or no marks at all)
    out = list(text)
    for i, c in enumerate(text):
        if c in '"”‟«»':
            out[i] = "„" if _opens(text, i) else "“"
        # „ and “ are kept as they stand: in German text they are already right, and flipping a “ that happens
        # to follow a space would turn a closing mark into an opening one.
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
