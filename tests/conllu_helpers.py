"""Build parsed sentences from hand-written CoNLL-U, so rules are pinned without depending on parser accuracy."""

from __future__ import annotations

from dataclasses import dataclass

from stanza.utils.conll import CoNLL

from quotekit.models import MentionKind
from quotekit.tree import ParsedSentence, sentences_from_stanza


@dataclass(frozen=True)
class Att:
    """An attribution as :func:`quotekit.attribution.resolution.resolve_speakers` reads it: a speaker mention (its
    character span) of a kind, for resolution pinned on hand-written parses."""

    speaker: tuple[int, int] | None
    mention_kind: MentionKind
    confidence: float = 0.9
    sieve: str = "test"


def conllu(rows: str) -> str:
    """Expand compact rows ``ID FORM LEMMA UPOS HEAD DEPREL [FEATS]`` (blank line between sentences) to CoNLL-U.

    A multi-word token is written ``3-4 zum`` on its own line.
    """
    out = []
    for line in rows.strip().splitlines():
        parts = line.split()
        if not parts:
            out.append("")
            continue
        if "-" in parts[0]:
            out.append("\t".join([parts[0], parts[1]] + ["_"] * 8))
            continue
        ident, form, lemma, upos, head, deprel = parts[:6]
        feats = parts[6] if len(parts) > 6 else "_"
        out.append("\t".join([ident, form, lemma, upos, "_", feats, head, deprel, "_", "_"]))
    return "\n".join(out) + "\n\n"


def parse_conllu(text: str, rows: str, lang: str, *, offset: int = 0) -> list[ParsedSentence]:
    """ParsedSentences for ``text`` (or the part of a document starting at ``offset``) from compact rows."""
    doc = CoNLL.conll2doc(input_str=conllu(rows))
    return sentences_from_stanza(doc, lang, text=text[offset:], offset=offset)
