"""The people a pronoun may stand for: the candidate mentions of a document in text order (:class:`Candidates`,
with the bounded searches resolution reads) and the search for a pronoun's antecedent among them
(:func:`find_antecedent`): a scene's subject, a speaker, a name of the pronoun's gender, the scene's character.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# How far back (in paragraphs) a pronoun may find its antecedent; news rarely runs "he said" further
# from the name than that without repeating it.
SOURCE_WINDOW = 3
MENTION_WINDOW = 1
SCENE_WINDOW = 1
"""Paragraphs back (besides the pronoun's own) a clause subject of the pronoun's gender is looked for."""
CHARACTER_WINDOW = 12
"""Paragraphs a pronoun looks back for a character of its gender when no source or name is nearer: a novel's
dialogue runs one short paragraph per turn, and ``she cried`` may be a dozen turns after the name."""


@dataclass
class Candidate:
    start: int
    end: int
    tokens: tuple[str, ...]
    gender: str | None
    source: bool
    paragraph: int
    entity: int | None = None
    organisation: bool = False
    subject: bool = False
    """The subject of its clause (``Eeyore shook his head``), or a speaker: who the scene is about."""
    scene_only: bool = False
    """A name addressed inside a quotation (``"Oh, Mr. Emerson, …"``) or written in narration the parser did not
    see (``Mrs. Bennet was sitting by the fire``): a character of the scene, for the character pass only
    (:data:`CHARACTER_WINDOW`)."""
    addressed: bool = False
    """Written inside a quotation (``"Oh, Mr. Emerson, …"``)."""
    subordinate: bool = False
    """The subject of a subordinate clause (``… as Mrs. Rachel expected``): no scene subject."""
    beside: str | None = None
    """The gender of a ``he``/``she`` that is the subject of the verb this name is an object of (``she patted
    Edna``): that pronoun is not this name."""
    nominal: bool = False
    """A common noun phrase that spoke (``the old lady``, ``everybody``, ``one tiny speck of blood``): a person for
    ``he``/``she`` only when its noun says a gender."""
    inferred: bool = False
    """A pronoun's answer kept as a candidate (``she explained``, resolved to ``Mrs. Cecil Forrester``): a speaker
    the search inferred, which a person the narration names after it may have replaced
    (:func:`_new_actor`)."""


class Candidates:
    """Antecedent candidates kept ordered by start, so a pronoun looks back from its own offset only.

    The order is that of a stable sort by start, newest first: equal starts keep the order they were added in.
    """

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, -insertion number), ascending
        self._items: list[Candidate] = []
        # (paragraph, last word casefolded) of a name addressed inside a quotation -> where its first mention ends:
        # a pronoun asks which names its paragraph addressed before it, and a walk back over the paragraph's
        # candidates per pronoun grows with the square of a long paragraph.
        self._addressed: dict[tuple[int, str], int] = {}

    def append(self, c: Candidate) -> None:
        key = (c.start, -len(self._items) - 1)
        self._items.append(c)
        k = bisect_left(self._keys, key)
        self._keys.insert(k, key)
        if c.addressed and c.tokens:
            name = (c.paragraph, c.tokens[-1].casefold())
            self._addressed[name] = min(c.end, self._addressed.get(name, c.end))

    def addressed_before(self, paragraph: int, offset: int, word: str) -> bool:
        """Whether a name ending in ``word`` (casefolded) was addressed inside a quotation of ``paragraph``,
        ending at or before ``offset``."""
        end = self._addressed.get((paragraph, word))
        return end is not None and end <= offset

    def within(self, offset: int, paragraph: int, window: int) -> Iterator[Candidate]:
        """:meth:`newest_first`, up to the first candidate more than ``window`` paragraphs before ``paragraph``:
        paragraphs only grow with offsets, so no later one is nearer."""
        for c in self.newest_first(offset):
            if paragraph - c.paragraph > window:
                return
            yield c

    def oldest_after(self, offset: int) -> Iterator[Candidate]:
        """Candidates starting at or after ``offset``, earliest start first."""
        k = bisect_left(self._keys, (offset, -len(self._items) - 1))
        for i in range(k, len(self._keys)):
            yield self._items[-self._keys[i][1] - 1]

    def newest_first(self, offset: int) -> Iterator[Candidate]:
        """Candidates ending at or before ``offset``, latest start first (ties: earliest added first)."""
        k = bisect_left(self._keys, (offset, -len(self._items) - 1))
        for i in range(k - 1, -1, -1):
            c = self._items[-self._keys[i][1] - 1]
            if c.end <= offset:
                yield c


@dataclass(frozen=True)
class _Search:
    """Where a pronoun's search stands and how it reads a candidate: the parameters the scene, source, name,
    character and new-actor searches share."""

    candidates: Candidates
    offset: int
    paragraph: int
    gender: str
    entity_gender: Callable[[int | None], str | None]
    addressee: Callable[[Candidate], bool]

    def within(self, window: int) -> Iterator[Candidate]:
        """:meth:`Candidates.within` from the pronoun's offset and paragraph."""
        return self.candidates.within(self.offset, self.paragraph, window)


def find_antecedent(
    candidates: Candidates,
    offset: int,
    paragraph: int,
    gender: str,
    number: str,
    entity_gender: Callable[[int | None], str | None] = lambda _: None,
    addressee: Callable[[Candidate], bool] = lambda _: False,
    *,
    persons: bool = False,
    speaking: frozenset[str] = frozenset(),
) -> tuple[Candidate | None, str]:
    """The best earlier candidate for a pronoun at ``offset`` and how it was found: a clause subject of its gender
    in this paragraph or the one before, then sources, then plain names, newest first; failing all, the most
    recent person of the pronoun's gender within
    :data:`CHARACTER_WINDOW` paragraphs (a character of a novel, whose gender may come from its title, first name
    or the pronouns it took before: ``entity_gender``).

    Candidates come newest first and paragraphs only grow with offsets, so each search stops at the first
    candidate outside its paragraph window. ``persons``: names only, no noun phrase that spoke (for a noun phrase
    that names a character).

    For ``he``/``she`` the source, name and character searches run first over the candidates whose gender the text
    shows (title, first name, the pronouns of their clauses), then over all: a capitalised word of unknown gender
    is as often a place or a sentence adverb (``Paris``, ``Mexico``, ``Twice``) as a person, so ``she`` is the
    woman named two turns back rather than ``Mexico`` in between. Not for a pronoun that may be plural (German
    ``sie``): ``Er sowie Giesel … schenken sie keinen Glauben`` is both of them.
    """
    if persons:
        addressed = addressee

        def addressee(c: Candidate) -> bool:  # the one test every pass below applies
            return c.nominal or (c.gender or entity_gender(c.entity)) != gender or addressed(c)

    def agrees(c: Candidate, shown: bool) -> bool:
        if shown and not c.source and (c.gender or entity_gender(c.entity)) is None:
            return False  # a speaker is a person whatever its gender; ``Mexico`` may not be one
        return not addressee(c) and _agrees(c, gender, number, entity_gender)

    search = _Search(candidates, offset, paragraph, gender, entity_gender, addressee)
    if (scene := _scene_subject(search, speaking)) is not None:
        return scene, "pronoun_scene_subject"
    for shown in (True, False) if gender in ("m", "f") and number == "sg" else (False,):
        for c in search.within(SOURCE_WINDOW):
            if c.source and not c.scene_only and agrees(c, shown):
                return _source_or_new_actor(search, c, persons)
        for c in search.within(MENTION_WINDOW):
            if agrees(c, shown) and not c.organisation and not c.scene_only:
                return c, "pronoun_nearest_name"
        if shown and (found := _character(search, shown=True)):
            return found, "pronoun_character"
    found = _character(search) if number != "pl" else None
    return (found, "pronoun_character") if found is not None else (None, "pronoun_unresolved")


def _agrees(c: Candidate, gender: str, number: str, entity_gender: Callable[[int | None], str | None]) -> bool:
    """Whether a pronoun of ``gender`` and ``number`` may refer to the candidate."""
    if number == "pl":
        return c.organisation
    if c.organisation:
        return number == "x" or gender == "n"
    if gender == "n":
        return False
    g = c.gender or entity_gender(c.entity)
    if g is None and c.nominal:
        return gender == "x"  # ``everybody`` said it, ``"…," she added``: not her
    return gender == "x" or g is None or g == gender or g == "x"


def _source_or_new_actor(search: _Search, source: Candidate, persons: bool) -> tuple[Candidate, str]:
    """The source the pronoun's search found, or the new actor named after it (:func:`_new_actor`) when the
    source is a pronoun's inferred speaker; ``persons`` (a noun phrase naming a character) takes the source."""
    if source.inferred and not persons:
        actor = _new_actor(search, source)
        if actor is not None:
            return actor, "pronoun_new_actor"
    return source, "pronoun_antecedent"


def _new_actor(search: _Search, source: Candidate) -> Candidate | None:
    """``Mrs. Cecil Forrester was out for the evening, she explained, … Miss Morstan, however, was in the
    drawing-room`` ⏎ ``She was seated by the open window`` ⏎ ``"I heard a cab drive up," she said.``: a speaker
    found only through a pronoun (``she explained``, the servant's words, taken for Mrs. Forrester) gives way to
    the latest person of the pronoun's gender (m or f) the narration names as a main clause's subject after it:
    the text named a new actor since, and the inferred speaker is no better evidence than the name. Only a name
    (no noun phrase), none the quotation addresses; read within the source window, newest first, down to the
    source."""
    if search.gender not in ("m", "f"):
        return None
    for d in search.within(SOURCE_WINDOW):
        if d.start <= source.start:
            return None
        if (
            not d.subject
            or d.source
            or d.subordinate
            or d.nominal
            or d.organisation
            or d.scene_only
            or search.addressee(d)
        ):
            continue
        if (d.gender or search.entity_gender(d.entity)) == search.gender:
            return d
    return None


def _scene_subject(search: _Search, speaking: frozenset[str] = frozenset()) -> Candidate | None:
    """``Eeyore shook his head. ⏎ "Not very how," he said.``: the latest person of the pronoun's gender (m or f)
    that a clause of this paragraph or of the :data:`SCENE_WINDOW` before is about, unless a subject of
    unknown gender comes after it; it outranks an earlier speaker further back.

    The subject of a subordinate clause after its verb (``Mrs. Barry was a woman of strong prejudices …; she
    really believed Anne had made Diana drunk``) gives way to a main clause's subject of the gender earlier in its
    paragraph: the narration is about the one its main clauses follow, not the one they talk about. With no such
    subject in its paragraph it is the scene's (``when Mr. Bennet joined them at supper, his voice …``).

    ``speaking``: the last words of the names that tag quotations of their own (:func:`_tag_names`). The latest
    subject of the paragraph right before, when its gender is unknown and it is one of these, is the pronoun's
    (``Holmes glanced at it, and then handed it to me.`` ⏎ ``"You see," he said``): a character acting just
    before the turn, not the titled man named further back."""
    gender, paragraph = search.gender, search.paragraph
    if gender not in ("m", "f"):
        return None
    seen = False
    held: Candidate | None = None  # a subordinate subject of the gender, waiting for a main one in its paragraph
    for c in search.within(SCENE_WINDOW):
        if held is not None and c.paragraph != held.paragraph:
            return held
        if not c.subject or c.organisation or search.addressee(c):
            continue
        g = c.gender or search.entity_gender(c.entity)
        if g is None and c.nominal:
            continue
        if c.subordinate:
            if held is None and g == gender:
                held = c
            continue
        if g is None and not seen and c.paragraph == paragraph - 1 and c.tokens and c.tokens[-1].casefold() in speaking:
            return c
        seen = True  # a later subject: the scene has moved on from an earlier one of unknown gender
        if g is None:
            return held  # ``Curran agreed, …. "…," he explained``: the usual ranking decides (Curran spoke)
        if g == gender:
            return c
    return held


def _character(search: _Search, shown: bool = False) -> Candidate | None:
    """The most recent person of the pronoun's gender (m or f) within :data:`CHARACTER_WINDOW` paragraphs, else
    (unless ``shown``) the most recent person whose gender is unknown."""
    if search.gender not in ("m", "f"):
        return None
    unknown = None
    for c in search.within(CHARACTER_WINDOW):
        if c.organisation or search.addressee(c):
            continue
        g = c.gender or search.entity_gender(c.entity)
        if g == search.gender:
            return c
        if unknown is None and g is None and not c.nominal and not shown:
            unknown = c
    return unknown
