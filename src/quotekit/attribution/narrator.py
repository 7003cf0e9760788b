"""Who a first-person narrator is (:func:`narrator_name`) and the names the others call a character by
(:func:`addressed_aliases`), both read from the addresses in the turns next to a character's own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

import regex

from quotekit.attribution.name_evidence import POSSESSIVE, clean_name, name_gender, same_person
from quotekit.attribution.own_tags import OWN_TAG_SIEVES, AttributionLike, own_tag_names
from quotekit.attribution.persons import (
    first_name_gender,
    is_title,
    noun_gender,
    pronoun,
)
from quotekit.models import MentionKind


def first_person(text: str, att: AttributionLike | None) -> bool:
    """The attribution's speaker is ``I`` (a first-person singular pronoun)."""
    if att is None or att.speaker is None or att.mention_kind != MentionKind.PRONOUN:
        return False
    info = pronoun(text[att.speaker[0] : att.speaker[1]], None)
    return info is not None and info.person == "1" and info.number == "sg"


FAR_ADDRESSES = 2
"""Addresses anywhere in the passage that name the narrator when none stands next to a turn of ``I``
(:func:`narrator_name`): one alone named a third party the others talk to as often as the narrator (``"How do you
do, Prascovia?"``, ``»Nur ein gustus, Edmund!«``) on the dev sets."""
NAME_SCANS = 20
"""Names, the most often addressed first, that :func:`narrator_name` and :func:`addressed_aliases` test against the
whole text (each test reads all of it): a bound, so a book-length text with hundreds of addressed names stays
linear."""


def narrator_name(
    text: str,
    attributions: Sequence[AttributionLike | None],
    ranges: Sequence[tuple[int, int]],
    addressees: Sequence[tuple[int, int] | None],
    para: Callable[[int], int],
) -> tuple[int, int] | None:
    """The name a first-person narrator goes by: the one the other characters address in turns right before or
    after a turn of ``I`` (``"You see, Watson, …"`` ⏎ ``"I see nothing," said I.``), when one name has the most
    such addresses. A name that speaks in its own tags is someone else, and a bare title (``Monsieur``) is no
    name. Returns the span of its first address, or None."""
    narrating = {para(ranges[i][0]) for i, att in enumerate(attributions) if first_person(text, att)}
    if not narrating:
        return None
    speaking = {
        text[att.speaker[0] : att.speaker[1]].split()[-1].casefold()
        for att in attributions
        if att is not None
        and att.speaker is not None
        and att.mention_kind == MentionKind.NAME
        and att.sieve in OWN_TAG_SIEVES
    }
    votes: dict[str, list[tuple[int, int]]] = {}
    far: dict[str, list[tuple[int, int]]] = {}
    for i, (att, addr) in enumerate(zip(attributions, addressees, strict=True)):
        if addr is None or first_person(text, att):
            continue
        words = text[addr[0] : addr[1]].split()
        if not words or not words[0][:1].isupper() or pronoun(words[0], None) is not None:
            continue
        if all(is_title(w) for w in words) or POSSESSIVE.sub("", words[-1]).casefold() in speaking:
            continue
        p = para(ranges[i][0])
        key = POSSESSIVE.sub("", words[-1]).casefold()
        if p - 1 in narrating or p + 1 in narrating:
            votes.setdefault(key, []).append(addr)
        far.setdefault(key, []).append(addr)
    near = sorted(votes.items(), key=lambda kv: len(kv[1]), reverse=True)[:NAME_SCANS]
    ranked = [v for k, v in near if not _named_in_narration(text, k, ranges)]
    if not ranked:
        spans = [a for a in addressees if a is not None]
        often = sorted(
            ((k, v) for k, v in far.items() if len(v) >= FAR_ADDRESSES), key=lambda kv: len(kv[1]), reverse=True
        )
        ranked = [
            v
            for k, v in often[:NAME_SCANS]
            if not _named_in_narration(text, k, ranges) and _only_addressed(text, k, spans)
        ]
    if not ranked or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return ranked[0][0]


def _only_addressed(text: str, word: str, addresses: Sequence[tuple[int, int]]) -> bool:
    """Every capitalised ``word`` of the text lies in a name addressed inside a quotation: the others talk to that
    person and never about them."""
    pattern = regex.compile(rf"\b{regex.escape(word)}\b", regex.IGNORECASE)
    spans = sorted(addresses)
    starts = [a for a, _b in spans]
    reach: list[int] = []  # the furthest end among the spans up to each one: a hearer's span may hold another's
    for _a, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if m.group()[0].isupper() and (k < 0 or reach[k] <= m.start()):
            return False
    return True


ALIAS_VOTES = 2
"""Turns next to a tagged character's turns that must address one other name before that name is theirs
(:func:`addressed_aliases`): with one, a third party's reply (``"…, Miss Bartlett"`` ⏎ ``"…," said Lucy``) joined
the wrong two names more often than the right ones on the PDNC dev set."""

_NameForm = tuple[tuple[str, ...], str | None]
"""A name's words without titles, and its title."""


def _own_tag_names(
    text: str,
    attributions: Sequence[AttributionLike | None],
    ranges: Sequence[tuple[int, int]],
    para: Callable[[int], int],
) -> tuple[dict[int, _NameForm], set[str]]:
    """The name each paragraph's own tags give its speaker (paragraphs whose tags name two people left out), and
    the last words of every name that speaks in its own tag, case-folded."""
    tagged: dict[int, _NameForm] = {}
    two: set[int] = set()
    speaking: set[str] = set()
    for i, toks, title in own_tag_names(text, attributions):
        speaking.add(toks[-1].casefold())
        p = para(ranges[i][0])
        if p in tagged and tagged[p][0][-1].casefold() != toks[-1].casefold():
            two.add(p)
        tagged.setdefault(p, (toks, title))
    return {p: v for p, v in tagged.items() if p not in two}, speaking


def _other_forms(text: str, surname: str, title: str | None, first: str) -> bool:
    """The text writes ``surname`` after another title or another first name than ``title``/``first``
    (``Mrs. Honeychurch`` beside ``Miss Honeychurch``, ``Freddy Honeychurch``): the surname is a family's, not
    one person's."""
    own = (title or "").casefold().rstrip(".")
    for m in regex.finditer(rf"(\p{{Lu}}\p{{L}}*\.?)\s+{regex.escape(surname)}\b", text):
        word = m.group(1)
        if is_title(word) and word.casefold().rstrip(".") != own:
            return True
        if not is_title(word) and first_name_gender(word) is not None and word.casefold() != first.casefold():
            return True
    return False


def _addressed_form(text: str, addr: tuple[int, int]) -> tuple[_NameForm, str] | None:
    """An addressed name's words, title and gender (title, first name or a family word: ``Papa``); None for a
    pronoun, a bare title or a name whose gender nothing shows."""
    words = POSSESSIVE.sub("", text[addr[0] : addr[1]]).split()
    if not words or not words[0][:1].isupper() or pronoun(words[0], None) is not None or all(map(is_title, words)):
        return None
    toks, title = clean_name(words)
    gender = name_gender(toks, title) or noun_gender(" ".join(toks))
    return ((toks, title), gender) if gender is not None else None


def _address_votes(
    text: str,
    tagged: dict[int, _NameForm],
    speaking: set[str],
    ranges: Sequence[tuple[int, int]],
    addressees: Sequence[tuple[int, int] | None],
    para: Callable[[int], int],
) -> tuple[dict[str, dict[tuple[str, ...], int]], dict[str, _NameForm]]:
    """For each addressed name (by its last word, case-folded) that never speaks in a tag of its own: how often it
    is addressed in a turn right before or after each tagged name of its gender (not the addressing turn's own
    speaker), and its form."""
    votes: dict[str, dict[tuple[str, ...], int]] = {}
    forms: dict[str, _NameForm] = {}
    for i, addr in enumerate(addressees):
        found = None if addr is None else _addressed_form(text, addr)
        if found is None or found[0][0][-1].casefold() in speaking:
            continue
        (xt, xtitle), gender = found
        key = xt[-1].casefold()
        forms.setdefault(key, (xt, xtitle))
        p = para(ranges[i][0])
        own = tagged.get(p)
        for yt, ytitle in (tagged[q] for q in (p - 1, p + 1) if q in tagged):
            if own is not None and own[0][-1].casefold() == yt[-1].casefold():
                continue  # the addressing turn's own speaker goes on: no reply
            if name_gender(yt, ytitle) == gender and not same_person(xt, yt):
                tally = votes.setdefault(key, {})
                tally[yt] = tally.get(yt, 0) + 1
    return votes, forms


def addressed_aliases(
    text: str,
    attributions: Sequence[AttributionLike | None],
    ranges: Sequence[tuple[int, int]],
    addressees: Sequence[tuple[int, int] | None],
    para: Callable[[int], int],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Names the other characters call a tagged character by: a name addressed in turns right before or after the
    character's own tagged turns (``"Oh, rubbish, Miss Honeychurch!"`` ⏎ ``"It is not," said Lucy.``; ``"Lizzy,
    …"`` ⏎ ``"…," said Elizabeth``), :data:`ALIAS_VOTES` times, next to no other tagged name of its gender, of the
    character's gender, and never speaking in a tag of its own. The narrator's rule (:func:`narrator_name`) for a
    character with a name. Returns, by a name's case-folded words, the name it stands for: a first name and the
    surname the others use with a title give one name (``Lucy`` and ``Miss Honeychurch`` are ``Lucy
    Honeychurch``), a first name or family word the others use is the character's own name (``Lizzy`` is
    ``Elizabeth``). Not where the surname is also written after another title or first name (``Mrs.
    Honeychurch``: a family's)."""
    tagged, speaking = _own_tag_names(text, attributions, ranges, para)
    votes, forms = _address_votes(text, tagged, speaking, ranges, addressees, para) if tagged else ({}, {})
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    # the most voted first, and only so many: the surname test below reads the whole text
    for key, tally in sorted(votes.items(), key=lambda kv: sum(kv[1].values()), reverse=True)[:NAME_SCANS]:
        (yt, n), *others = tally.items()
        if others or n < ALIAS_VOTES:
            continue
        xt, xtitle = forms[key]
        if len(xt) == 1 and xtitle is None:
            out[(key,)] = yt  # a first name or a family word the others use (``Lizzy``, ``Papa``)
        elif (
            len(xt) == 1
            and len(yt) == 1
            and first_name_gender(yt[0]) is not None
            and not _other_forms(text, xt[0], xtitle, yt[0])
        ):
            out[(key,)] = out[(yt[0].casefold(),)] = (yt[0], xt[0])
    return out


def _named_in_narration(text: str, word: str, quotations: Sequence[tuple[int, int]]) -> bool:
    """``word`` (a surname, casefolded) is written outside every quotation (``quotations`` in text order): the
    narration names that person, and a first-person narrator is ``I`` there, never a name (``"Are you game,
    Watson?"`` is the narrator; ``Mr. Sholto``, whom the narration describes, is not)."""
    pattern = regex.compile(rf"\b{regex.escape(word)}\b", regex.IGNORECASE)
    starts = [a for a, _b in quotations]
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if m.group()[0].isupper() and (k < 0 or quotations[k][1] <= m.start()):
            return True  # ``will`` is no ``Will``
    return False
