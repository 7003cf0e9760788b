"""Find every quote in the seed article and say who said it, how, and with which cue.

    python examples/seed_article.py [ARTICLE.txt]

Without an argument it reads the seed article from ``../shared/eval/dev/seed.txt`` beside the repository.
Set ``STANZA_RESOURCES_DIR`` (and ``QUOTEKIT_OFFLINE=1`` to forbid downloads) to choose the models; see
docs/models.md.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import quotekit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = REPO.parent / "shared" / "eval" / "dev" / "seed.txt"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_ARTICLE
    if not path.is_file():
        print(f"no article at {path}; pass the path of a text file", file=sys.stderr)
        return 2
    result = quotekit.extract(path.read_text(encoding="utf-8"))
    if result.error:
        print(f"extraction failed: {result.error}", file=sys.stderr)
        return 1

    print(f"{path.name}: {len(result.quotes)} quotes, {len(result.speakers)} speakers\n")
    for i, q in enumerate(result.quotes, start=1):
        if q.speaker is None:
            who = "(no speaker found)"
        elif q.speaker.mention.text != q.speaker.name:
            who = f"{q.speaker.name} (as “{q.speaker.mention.text}”)"
        else:
            who = q.speaker.name
        cue = f"cue “{q.cue.words}”" if q.cue else "no cue"
        print(f"{i:2}. {who} — {q.kind.value}, {cue}, confidence {q.confidence:.2f}, sieve {q.sieve or '-'}")
        print(textwrap.fill(q.text, width=100, initial_indent="    “", subsequent_indent="     ") + "”\n")

    print("Speakers:")
    for sp in result.speakers:
        print(f"  {sp.name} ({sp.kind}): {len(sp.quotes)} quote{'s' if len(sp.quotes) != 1 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
