"""Where English mixed statements start and end, and which ones are indirect (issue 12, rep30b).

- A lone fragment is widened to its statement also when its sentence ends inside the closing mark (a typewriter
  pair ``''`` is one character in the parse; the splitter may leave the closing mark to the next sentence).
- A fragment with its own tag after it, and content words before it in its sentence (no cue, no other quotation),
  is a statement from the sentence start: ``[The bill's failure was "heartbreaking,"] she said``.
- A statement whose only quotations are top-level ones in single marks (headline style) is indirect, as PolNeAR
  marks it; German keeps it mixed (:attr:`~quotekit.lang.profile.LanguageProfile.single_marks`).
- Content after a speech verb in an adverbial clause that opens the sentence ends at the first comma a subject
  follows: ``While X say [A], they differ``.

End to end on the shared models; each positive case has a negative beside it.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import kinds_and_texts as _quotes
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models


FLEET = (
    "In an interview on Saturday, Mr. Trump said he did not own the jets to burnish his brand, but agreed that the "
    "fleet had {o}promotional value.{c}"
)


@pytest.mark.parametrize(
    ("marks", "statement"), [(("''", "''"), "had ''promotional value.''"), (('"', '"'), 'had "promotional value."')]
)
def test_fragment_at_sentence_end_is_widened(extractor: Extractor, marks: tuple[str, str], statement: str) -> None:
    found = _quotes(extractor, "en", FLEET.format(o=marks[0], c=marks[1]))
    assert ("mixed", statement) in found, found


def test_tagged_quotation_is_not_widened(extractor: Extractor) -> None:
    found = _quotes(extractor, "en", "''The fleet has promotional value,'' Mr. Trump said.")
    assert found == [("direct", "The fleet has promotional value,")], found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ('The bill\'s failure was "heartbreaking," she said.', 'The bill\'s failure was "heartbreaking,"'),
        (
            'Donald Trump was placed on the short list because of the "impact," Jacobs said.',
            'Donald Trump was placed on the short list because of the "impact,"',
        ),
    ],
)
def test_tagged_fragment_takes_its_lead_in(extractor: Extractor, text: str, statement: str) -> None:
    assert ("mixed", statement) in _quotes(extractor, "en", text)


def test_lead_in_with_a_cue_is_not_taken(extractor: Extractor) -> None:
    # ``hailed`` reports: the words before the fragment are an attribution, not the statement's content
    found = _quotes(extractor, "en", 'Trump has hailed the vote as "fantastic," Smith said.')
    assert not [t for _, t in found if t.startswith("Trump has hailed")], found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            'The states account for half of the votes and "better reflect the diversity of the party," Mook wrote.',
            'The states account for half of the votes and "better reflect the diversity of the party,"',
        ),
        (
            'His remarks about the judge were "the textbook definition of a racist comment," Ryan said.',
            'His remarks about the judge were "the textbook definition of a racist comment,"',
        ),
    ],
)
def test_lead_in_with_a_speech_noun_is_taken(extractor: Extractor, text: str, statement: str) -> None:
    # a speech noun (``votes``, ``remarks``) is content the statement talks about, not an attribution
    assert ("mixed", statement) in _quotes(extractor, "en", text)


def test_lead_in_of_function_words_is_not_taken(extractor: Extractor) -> None:
    # ``It was`` frames the quotation and says nothing of its own
    found = _quotes(
        extractor, "en", "It was “a regrettable accident that nobody wanted,” the minister Anna Berger said."
    )
    assert [t for _, t in found if t.startswith("a regrettable accident")], found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Ryan calls Trump line 'racist,' but backs him", "calls Trump line 'racist,'"),
        ("Obama said he is 'very concerned' about the vote.", "he is 'very concerned' about the vote."),
    ],
)
def test_single_marks_leave_a_statement_indirect(extractor: Extractor, text: str, statement: str) -> None:
    found = _quotes(extractor, "en", text)
    assert ("indirect", statement) in found, found
    assert not [k for k, _ in found if k == "mixed"], found


def test_double_marks_make_it_mixed(extractor: Extractor) -> None:
    # the label rule reports object and label without the verb, as PolNeAR marks `called [X "Y"]`
    found = _quotes(extractor, "en", 'Ryan calls Trump line "racist," but backs him')
    assert ("mixed", 'Trump line "racist,"') in found, found


def test_single_marks_inside_a_quotation_change_nothing(extractor: Extractor) -> None:
    found = _quotes(extractor, "en", "\"The government told us 'no' twice,\" the mayor said.")
    assert found == [("direct", "The government told us 'no' twice,")], found


def test_german_single_marks_stay_mixed(extractor: Extractor) -> None:
    found = _quotes(extractor, "de", "Der Minister sagte, der Plan sei ‚unverantwortlich‘ und müsse gestoppt werden.")
    assert ("mixed", "der Plan sei ‚unverantwortlich‘ und müsse gestoppt werden.") in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a report that opens the sentence after a subordinator ends before the main clause
        pytest.param(
            "While the top candidates of both parties say the United States must lead, they differ by degree in "
            "their support for a new war.",
            "the United States must lead",
            id="fronted_report_ends_before_the_main_clause-lead",
        ),
        pytest.param(
            "While only 7 percent said they are undecided, 27 percent of those who named a candidate said they could "
            "be persuaded.",
            "they are undecided",
            id="fronted_report_ends_before_the_main_clause-undecided",
        ),
        # no subject after the comma: a phrase of the content, which runs on to the main clause
        pytest.param(
            "Although the doctor said he has never been healthier, with his weight down and his heart in excellent "
            "condition, the campaign released no records.",
            "he has never been healthier, with his weight down and his heart in excellent condition",
            id="content_runs_on_elsewhere-phrase",
        ),
        # the report opens the sentence: its content runs on as before
        pytest.param(
            "The senator said the tax was unfair, and the House passed it on Friday.",
            "the tax was unfair, and the House passed it on Friday.",
            id="content_runs_on_elsewhere-report_first",
        ),
    ],
)
def test_content_bounds(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert content in [f[0] for f in found], found


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            'Carson said that Clinton is playing the "women\'s card big league" and said that Rubio is "weak like a '
            'baby."',
            ['Clinton is playing the "women\'s card big league"', 'that Rubio is "weak like a baby."'],
        ),
        (
            'Rajoy said that he will "try to form a stable government" and insisted that his party was "still the '
            'first force in Spain."',
            ['that he will "try to form a stable government"', 'that his party was "still the first force in Spain."'],
        ),
    ],
)
def test_second_speech_act_is_its_own_statement(extractor: Extractor, text: str, parts: list[str]) -> None:
    # issue 12, mk27b: PolNeAR marks each act's content; the verb of the second act is not part of either
    found = [t for k, t in _quotes(extractor, "en", text) if k in ("mixed", "indirect")]
    for part in parts:
        assert part in found, found


def test_and_with_a_verb_that_reports_nothing_keeps_one_statement(extractor: Extractor) -> None:
    found = _quotes(extractor, "en", 'Paul said the tax plan was "reckless" and failed to protect workers.')
    assert ("mixed", 'the tax plan was "reckless" and failed to protect workers.') in found, found
