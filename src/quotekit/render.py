"""HTML view of an :class:`~quotekit.models.ExtractionResult`, for notebooks (``_repr_html_``) and reports.

The text is shown as written, each quotation in its speaker's colour — direct quotes filled, indirect (reported)
speech underlined with a dashed line, mixed speech hatched — the speaker mention boxed and the cue underlined
(both parts of a separated German particle verb, ``fügte … hinzu``), with a legend and a compact table of the
quotes. :func:`render_html` gives one self-contained fragment (an inline ``<style>`` scoped to ``.qk-result``, no
scripts, no external resources); :func:`render_page` a standalone page for one document or a corpus, with a
per-speaker index. Everything taken from the input (text, names, ids, rule names) goes through
:func:`html.escape`.

Spans may overlap or nest in any way (a speaker mention inside a mixed quote, a nested quotation, two quotes
sharing a boundary): the markup is built from sorted boundary events, closing and reopening elements where they
cross, so the HTML is always well formed.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from dataclasses import dataclass

from quotekit.models import ExtractionResult, Quote, QuoteKind

__all__ = ["PALETTE", "render_html", "render_page", "speaker_colours"]

PALETTE: tuple[tuple[str, str], ...] = (
    # (highlight background, strong accent): light enough to read black text on, distinct side by side.
    ("#cfe3ff", "#1f5fbf"),
    ("#ffdcc2", "#c2570c"),
    ("#d4f2d0", "#2b8a3e"),
    ("#f7d2e8", "#b0307a"),
    ("#e6dcff", "#6741d9"),
    ("#fff1b8", "#a07b00"),
    ("#c9f0ef", "#0b7a75"),
    ("#f5d0d0", "#c92a2a"),
    ("#e3e8c8", "#5c7a00"),
    ("#dfe3e8", "#495057"),
)
"""Speaker colours, assigned in order of each speaker's first quote."""

_NO_SPEAKER = ("#ececec", "#868e96")

# Which element sits outside which when spans start together: quotes enclose mentions and cues.
_PRIORITY = {"quote": 0, "speaker": 1, "cue": 2}

_TABLE_TEXT_CHARS = 140

_STYLE = """
.qk-result{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;color:#1b1b1b;
background:#fff;border:1px solid #d0d4d9;border-radius:6px;padding:12px 14px;max-width:60em;line-height:1.6}
.qk-result .qk-head{font-size:12px;color:#555;margin-bottom:6px}
.qk-result .qk-head b{color:#1b1b1b}
.qk-result .qk-legend{margin:0 0 8px 0;font-size:12px}
.qk-result .qk-chip{display:inline-block;border-radius:10px;padding:0 8px;margin:0 4px 4px 0;border:1px solid}
.qk-result .qk-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 10px 0}
.qk-result .qk-q{color:inherit;border-radius:2px;padding:1px 0}
.qk-result .qk-indirect{background:transparent;border-radius:0;border-bottom:2px dashed;padding-bottom:0}
.qk-result .qk-mixed{border-bottom:2px dashed}
.qk-result .qk-key{margin:0 0 8px 0;font-size:12px;color:#444}
.qk-result .qk-key span.qk-k{display:inline-block;margin-right:14px;white-space:nowrap}
.qk-result .qk-n{font-size:10px;font-weight:600;vertical-align:super;line-height:0;margin-right:1px}
.qk-result .qk-spk{font-weight:600;border:1.5px solid;border-radius:3px;padding:0 2px}
.qk-result .qk-cue{font-style:italic;text-decoration:underline dotted 2px;text-underline-offset:3px}
.qk-result .qk-error{background:#fff0f0;border:1px solid #e03131;color:#a51111;padding:4px 8px;border-radius:4px;
margin-bottom:8px}
.qk-result table.qk-table{border-collapse:collapse;font-size:12px;width:100%}
.qk-result .qk-table th,.qk-result .qk-table td{border-bottom:1px solid #e3e5e8;padding:3px 6px;text-align:left;
vertical-align:top}
.qk-result .qk-table th{background:#f4f5f7;font-weight:600}
.qk-result .qk-table td.qk-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.qk-result .qk-sw{display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:4px;border:1px solid}
.qk-result .qk-none{color:#868e96}
.qk-result .qk-flag{color:#a07b00;font-size:11px}
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _speaker_key(result: ExtractionResult, quote: Quote) -> str | None:
    sp = quote.speaker
    if sp is None:
        return None
    # One person, one colour: prefer the resolved entity, so "he" and "Rao" match when they were resolved.
    if sp.entity is not None and 0 <= sp.entity < len(result.speakers):
        return f"entity:{sp.entity}"
    return f"name:{sp.name.casefold()}"


def _speaker_label(result: ExtractionResult, quote: Quote) -> str | None:
    sp = quote.speaker
    if sp is None:
        return None
    if sp.entity is not None and 0 <= sp.entity < len(result.speakers):
        entity = result.speakers[sp.entity]
        # a pronoun nobody fits is shown as such, not as someone called "she"
        return entity.name if entity.resolved else f"{entity.name} (unresolved)"
    return sp.name


def speaker_colours(result: ExtractionResult) -> dict[str, int]:
    """Palette index per speaker key (``entity:N`` or ``name:…``), in order of each speaker's first quote.

    Deterministic for a given result; the palette wraps around after :data:`PALETTE` is used up.
    """
    out: dict[str, int] = {}
    for q in result.quotes:
        key = _speaker_key(result, q)
        if key is not None and key not in out:
            out[key] = len(out) % len(PALETTE)
    return out


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    role: str  # "quote" | "speaker" | "cue"
    quote: int  # index of the quote it belongs to
    colour: tuple[str, str]

    def sort_key(self) -> tuple[int, int, int, int]:
        # Outer before inner: earlier start, then longer, then by role, then by quote order.
        return (self.start, -self.end, _PRIORITY[self.role], self.quote)


def _quote_style(kind: QuoteKind, colour: tuple[str, str]) -> tuple[str, str]:
    """Class and inline style of a quote's highlight: filled (direct), dashed underline (indirect), hatched (mixed)."""
    bg, fg = colour
    if kind is QuoteKind.INDIRECT:
        return "qk-q qk-indirect", f"border-bottom-color:{fg}"
    if kind is QuoteKind.MIXED:
        hatch = f"repeating-linear-gradient(135deg,{bg} 0 5px,#ffffff 5px 8px)"
        return "qk-q qk-mixed", f"background:{hatch};border-bottom-color:{fg}"
    return "qk-q qk-direct", f"background:{bg}"


def _open_tag(span: _Span, title: str, first: bool, kinds: dict[int, QuoteKind], anchor: str | None) -> str:
    fg = span.colour[1]
    if span.role == "quote":
        badge = f'<span class="qk-n" style="color:{fg}">{span.quote + 1}</span>' if first else ""
        cls, style = _quote_style(kinds[span.quote], span.colour)
        ident = f' id="{anchor}-q{span.quote + 1}"' if anchor is not None and first else ""
        return (
            f'<mark class="{cls}"{ident} style="{style}" title="{title}" data-quote="{span.quote + 1}" '
            f'data-kind="{kinds[span.quote].value}">' + badge
        )
    if span.role == "speaker":
        return f'<span class="qk-spk" style="border-color:{fg}" title="{title}">'
    return f'<span class="qk-cue" style="text-decoration-color:{fg}" title="{title}">'


def _close_tag(span: _Span) -> str:
    return "</mark>" if span.role == "quote" else "</span>"


def _quote_title(q: Quote, speaker: str | None) -> str:
    parts = [q.kind.value, f"speaker: {speaker}" if speaker else "no speaker"]
    if q.cue is not None:
        parts.append(f"cue: {_cue_text(q)}")
    parts.append(f"confidence {q.confidence:.2f}")
    if q.sieve:
        parts.append(f"sieve: {q.sieve}")
    return _esc(" · ".join(parts))


def _collect_spans(result: ExtractionResult, colours: dict[str, int]) -> tuple[list[_Span], dict[_Span, str]]:
    spans: list[_Span] = []
    titles: dict[_Span, str] = {}
    # A mention or cue shared by several quotes ("“A,” he said. “B.”" attributes both) is marked once.
    shared: dict[tuple[int, int, str], tuple[_Span, list[int], str]] = {}
    n = len(result.text)

    def add(span: _Span, title: str) -> None:
        # Empty or out-of-range spans would open elements around no text.
        if 0 <= span.start < span.end <= n:
            spans.append(span)
            titles[span] = title

    for i, q in enumerate(result.quotes):
        key = _speaker_key(result, q)
        colour = PALETTE[colours[key]] if key is not None else _NO_SPEAKER
        label = _speaker_label(result, q)
        # Highlight the marks with the content so the reader sees where the quotation opens and closes.
        qs = q.open_mark.start if q.open_mark is not None and q.open_mark.start <= q.start else q.start
        qe = q.close_mark.end if q.close_mark is not None and q.close_mark.end >= q.end else q.end
        add(_Span(qs, qe, "quote", i, colour), _quote_title(q, label))
        marks: list[tuple[int, int, str, str]] = []
        if q.speaker is not None:
            m = q.speaker.mention
            marks.append((m.start, m.end, "speaker", f"{label}" + (f" (as “{m.text}”)" if label != m.text else "")))
        if q.cue is not None:
            marks.append((q.cue.start, q.cue.end, "cue", q.cue.lemma))
            if q.cue.particle is not None:  # ``fügte … hinzu``: the particle is underlined like the verb
                marks.append((q.cue.particle.start, q.cue.particle.end, "cue", q.cue.lemma))
        for start, end, role, what in marks:
            if (start, end, role) in shared:
                shared[(start, end, role)][1].append(i)
            else:
                shared[(start, end, role)] = (_Span(start, end, role, i, colour), [i], what)
    for span, quotes, what in shared.values():
        nums = ", ".join(str(k + 1) for k in quotes)
        noun = "speaker" if span.role == "speaker" else "cue"
        add(span, _esc(f"{noun} of quote{'s' if len(quotes) > 1 else ''} {nums}: {what}"))
    spans.sort(key=_Span.sort_key)
    return spans, titles


def _render_text(result: ExtractionResult, colours: dict[str, int], anchor: str | None = None) -> str:
    text = result.text
    kinds = {i: q.kind for i, q in enumerate(result.quotes)}
    spans, titles = _collect_spans(result, colours)
    # Boundary events: at each offset some spans start and some end. Sweeping them keeps the active set
    # (a handful of spans at most) instead of testing every span at every boundary.
    starts: dict[int, list[_Span]] = {}
    ends: dict[int, list[_Span]] = {}
    for sp in spans:
        starts.setdefault(sp.start, []).append(sp)
        ends.setdefault(sp.end, []).append(sp)
    bounds = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[_Span] = []
    live: set[_Span] = set()
    opened: set[_Span] = set()
    for a, b in itertools.pairwise(bounds):
        live.difference_update(ends.get(a, ()))
        live.update(starts.get(a, ()))
        # The elements that cover [a, b), outermost first; a canonical order makes the stack diffable.
        active = sorted(live, key=_Span.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for sp in reversed(stack[keep:]):
            out.append(_close_tag(sp))
        for sp in active[keep:]:
            out.append(_open_tag(sp, titles[sp], sp not in opened, kinds, anchor))
            opened.add(sp)
        stack = active
        out.append(_esc(text[a:b]))
    out.extend(_close_tag(sp) for sp in reversed(stack))
    return "".join(out)


def _truncate(s: str, limit: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _cue_text(q: Quote) -> str:
    return q.cue.words if q.cue is not None else ""


def _render_table(result: ExtractionResult, colours: dict[str, int]) -> str:
    if not result.quotes:
        return '<div class="qk-none">No quotes found.</div>'
    rows = []
    for i, q in enumerate(result.quotes):
        key = _speaker_key(result, q)
        label = _speaker_label(result, q)
        if key is not None and label is not None:
            bg, fg = PALETTE[colours[key]]
            spk = f'<span class="qk-sw" style="background:{bg};border-color:{fg}"></span>{_esc(label)}'
            if q.speaker is not None and q.speaker.mention.text != label:
                spk += f' <span class="qk-none">({_esc(q.speaker.mention.text)})</span>'
        else:
            spk = '<span class="qk-none">—</span>'
        flags = "".join(f' <span class="qk-flag">[{_esc(f.value)}]</span>' for f in q.flags)
        cue = _esc(_cue_text(q)) if q.cue is not None else '<span class="qk-none">—</span>'
        sieve = _esc(q.sieve) if q.sieve else '<span class="qk-none">—</span>'
        rows.append(
            f'<tr><td class="qk-num">{i + 1}</td>'
            f'<td title="{_esc(q.text)}">{_esc(_truncate(q.text, _TABLE_TEXT_CHARS))}'
            f"{flags}</td><td>{_esc(q.kind.value)}</td><td>{spk}</td><td>{cue}</td>"
            f'<td class="qk-num">{q.confidence:.2f}</td><td>{sieve}</td></tr>'
        )
    head = "<tr><th>#</th><th>quote</th><th>kind</th><th>speaker</th><th>cue</th><th>conf.</th><th>sieve</th></tr>"
    return f'<table class="qk-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _render_legend(result: ExtractionResult, colours: dict[str, int]) -> str:
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    for q in result.quotes:
        key = _speaker_key(result, q)
        label = _speaker_label(result, q)
        if key is not None and label is not None:
            counts[key] = counts.get(key, 0) + 1
            labels.setdefault(key, label)
    # A key to the marks, drawn with the marks themselves (class qk-sample keeps them apart from the real ones).
    explain = (
        '<div class="qk-key">'
        '<span class="qk-k"><span class="qk-q qk-direct qk-sample" style="background:#dfe3e8">direct</span>'
        " in quotation marks</span>"
        '<span class="qk-k"><span class="qk-q qk-indirect qk-sample" style="border-bottom-color:#495057">'
        "indirect</span> reported speech</span>"
        '<span class="qk-k"><span class="qk-q qk-mixed qk-sample" style="background:repeating-linear-gradient('
        '135deg,#dfe3e8 0 5px,#ffffff 5px 8px);border-bottom-color:#495057">mixed</span>'
        " reported, partly quoted</span>"
        '<span class="qk-k"><span class="qk-spk qk-sample" style="border-color:#495057">speaker</span>'
        " who said it</span>"
        '<span class="qk-k"><span class="qk-cue qk-sample" style="text-decoration-color:#495057">cue</span>'
        " speech verb (both parts: fügte … hinzu)</span></div>"
    )
    if not counts:
        return explain if result.quotes else ""
    chips = []
    for key, idx in colours.items():
        bg, fg = PALETTE[idx]
        chips.append(
            f'<span class="qk-chip" style="background:{bg};border-color:{fg}">'
            f"{_esc(labels[key])} · {counts[key]}</span>"
        )
    return f'<div class="qk-legend">{"".join(chips)}</div>' + explain


def render_html(result: ExtractionResult, *, anchor: str | None = None) -> str:
    """The result as a self-contained HTML fragment: highlighted text, speaker legend and a table of quotes.

    ``anchor`` gives the fragment and each quote an ``id`` (``{anchor}``, ``{anchor}-q3``) for links from a page.
    """
    colours = speaker_colours(result)
    n_quotes = len(result.quotes)
    n_speakers = len(colours)
    langs = sorted({lang for lang in result.paragraph_languages if lang is not None})
    head = [f"<b>{_esc(result.id)}</b>" if result.id is not None else "<b>document</b>"]
    head.append(f"{n_quotes} quote{'s' if n_quotes != 1 else ''}")
    head.append(f"{n_speakers} speaker{'s' if n_speakers != 1 else ''}")
    if langs:
        head.append("language: " + "/".join(_esc(lang) for lang in langs))
    if result.metadata is not None:
        meta = result.metadata
        if meta.title:
            head.append(f"<b>{_esc(meta.title)}</b>")
        head.extend(_esc(v) for v in (meta.sitename, meta.date) if v)
    ident = f' id="{_esc(anchor)}"' if anchor is not None else ""
    parts = [
        f'<div class="qk-result"{ident}>',
        f"<style>{_STYLE}</style>",
        f'<div class="qk-head">{" · ".join(head)}</div>',
    ]
    if result.error is not None:
        parts.append(f'<div class="qk-error">Failed: {_esc(result.error)}</div>')
    parts.append(_render_legend(result, colours))
    parts.append(f'<div class="qk-text">{_render_text(result, colours, anchor)}</div>')
    parts.append(_render_table(result, colours))
    parts.append("</div>")
    return "".join(parts)


_PAGE_STYLE = """
body{margin:24px;background:#f6f7f9;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b}
h1{font-size:20px;margin:0 0 12px 0}
.qk-result{margin:0 0 18px 0}
.qk-index{background:#fff;border:1px solid #d0d4d9;border-radius:6px;padding:10px 14px;max-width:60em;
margin-bottom:18px;font-size:13px}
.qk-index h2{font-size:15px;margin:0 0 6px 0}
.qk-index table{border-collapse:collapse;width:100%}
.qk-index td{border-bottom:1px solid #e3e5e8;padding:3px 6px;vertical-align:top}
.qk-index a{color:#1f5fbf;text-decoration:none;margin-right:6px}
"""


def _speaker_index(results: list[ExtractionResult]) -> str:
    """Every speaker of the corpus with links to each of their quotes, most quoted first."""
    quotes: dict[str, list[tuple[int, int, QuoteKind]]] = {}
    names: dict[str, str] = {}
    for d, result in enumerate(results):
        for i, q in enumerate(result.quotes):
            label = _speaker_label(result, q)
            if label is None:
                continue
            key = label.casefold()
            names.setdefault(key, label)
            quotes.setdefault(key, []).append((d, i, q.kind))
    if not quotes:
        return ""
    rows = []
    for key in sorted(quotes, key=lambda k: (-len(quotes[k]), names[k].casefold())):
        links = "".join(
            f'<a href="#doc{d + 1}-q{i + 1}" title="{_esc(results[d].id or f"document {d + 1}")}, quote {i + 1}, '
            f'{kind.value}">{_esc(results[d].id or f"#{d + 1}")}:{i + 1}</a>'
            for d, i, kind in quotes[key]
        )
        rows.append(f"<tr><td><b>{_esc(names[key])}</b></td><td>{len(quotes[key])}</td><td>{links}</td></tr>")
    return '<div class="qk-index"><h2>Speakers</h2><table><tbody>' + "".join(rows) + "</tbody></table></div>"


def _dominant_language(docs: list[ExtractionResult]) -> str | None:
    """The language most paragraphs of ``docs`` are in (the first in code order on a tie), for the page's ``lang``
    attribute, which screen readers and hyphenation read; None when no paragraph has one."""
    counts = Counter(lang for r in docs for lang in r.paragraph_languages if lang is not None)
    if not counts:
        return None
    return min(counts, key=lambda lang: (-counts[lang], lang))


def render_page(results: list[ExtractionResult] | ExtractionResult, *, title: str | None = None) -> str:
    """A standalone HTML page: one document's view, or for several a per-speaker index and then each document.

    The page needs nothing else (inline styles, no scripts, no external resources) and opens in any browser.
    """
    docs = [results] if isinstance(results, ExtractionResult) else list(results)
    if title is None:
        first = docs[0] if len(docs) == 1 else None
        meta_title = first.metadata.title if first is not None and first.metadata is not None else None
        title = meta_title or (first.id if first is not None and first.id else None) or "quotekit"
        if len(docs) != 1:
            title = f"quotekit: {len(docs)} documents"
    body = [f"<h1>{_esc(title)}</h1>"]
    if len(docs) > 1:
        body.append(_speaker_index(docs))
    body.extend(render_html(r, anchor=f"doc{d + 1}") for d, r in enumerate(docs))
    if not docs:
        body.append("<p>No documents.</p>")
    lang = _dominant_language(docs)
    root = f'<html lang="{_esc(lang)}">' if lang else "<html>"
    return (
        f'<!DOCTYPE html>\n{root}<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_PAGE_STYLE}</style></head>\n"
        f"<body>{''.join(body)}</body></html>\n"
    )
