"""The rule protocol and chain: declared order is the order that runs, and users can drop, reorder or add rules."""

from __future__ import annotations

import pytest

from quotekit import Extractor, QuoteKind
from quotekit.attribution import DEFAULT_CHAIN, Attribution, Context, Phase, QuoteTarget, check_chain
from quotekit.attribution.chain import SIEVES
from quotekit.nlp import Pipelines


class QuothRule:
    """``Quoth the raven: "Nevermore."``: the noun after ``quoth`` before a quote speaks it (the docs' example)."""

    name = "quoth"
    languages = frozenset({"en"})
    phase = Phase.OWN
    confidence = 0.9

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        for si, wi in ctx.words_before(quote.region[0], 6):
            word = ctx.sentences[si][wi]
            if word.text.lower() != "quoth":
                continue
            for sj, wj in ctx.words_after(word.end, 3):
                if ctx.sentences[sj][wj].upos in ("NOUN", "PROPN"):
                    cue = (word.start, word.end, "quoth")
                    return ctx.build(self.name, "quoth", sj, wj, cue, self.confidence)
        return None


def test_the_default_chain_runs_in_its_declared_order() -> None:
    assert [r.name for r in DEFAULT_CHAIN] == [
        "syntactic",
        "pattern",
        "adjacency",
        "reported_mood",
        "clause_subject",
        "turn_taking",
        "paragraph_tag",
        "joined_turn",
        "continuation",
        "narrative_subject",
        "narration_beat",
        "scene_character",
        "indirect_according_to",
        "indirect_as",
        "indirect_evidence_phrase",
        "indirect_parenthetical",
        "indirect_finding",
        "indirect_that_clause",
        "indirect_konjunktiv",
        "indirect_content_first",
        "indirect_trailing_tag",
        "indirect_tag_then_more",
        "indirect_relative_object",
        "indirect_pro_form",
        "indirect_relative_gap",
        "indirect_fronted_act",
        "indirect_speech_act",
        "indirect_subordinate_act",
        "indirect_refusal",
        "indirect_stance_phrase",
        "indirect_appeal",
        "indirect_label",
        "indirect_act_beside_quote",
        "indirect_put_question",
        "indirect_impression",
        "indirect_raised_subject",
        "indirect_subordinate_impression",
        "indirect_hearsay",
        "indirect_name_given",
        "indirect_surface_said",
        "indirect_surface_finding",
        "reported_clause",
        "indirect_nominal",
        "indirect_noun_clause",
        "indirect_agent",
        "indirect_headline",
        "indirect_headline_verb",
        "indirect_anaphoric_content",
        "indirect_konjunktiv_continuation",
        "indirect_konjunktiv_resumption",
    ]
    phases = [r.phase for r in DEFAULT_CHAIN]
    assert phases == sorted(phases)


def test_a_chain_out_of_phase_order_or_with_a_rule_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared after"):
        check_chain((SIEVES[-1], SIEVES[0]))  # scene_character (NEIGHBOURS) before syntactic (OWN)
    with pytest.raises(ValueError, match="twice"):
        Extractor(rules=(SIEVES[0], SIEVES[0]))


@pytest.mark.models
def test_a_custom_rule_added_to_the_chain_decides(pipelines: Pipelines) -> None:
    text = "The poem ends. Quoth the raven: “Nevermore.”"
    ex = Extractor(rules=(QuothRule(), *DEFAULT_CHAIN))
    ex.pipelines = pipelines
    quote = ex.extract(text).quotes[0]
    assert quote.sieve == "quoth"
    assert quote.speaker is not None and "raven" in quote.speaker.mention.text
    assert quote.cue is not None and quote.cue.text == "Quoth"


@pytest.mark.models
def test_dropping_the_reported_speech_rules_drops_reported_speech(pipelines: Pipelines) -> None:
    text = "Rao sagte, der Plan sei gut. „Wir sind bereit“, sagte Curran."
    ex = Extractor(rules=SIEVES)
    ex.pipelines = pipelines
    assert [q.kind for q in ex.extract(text).quotes] == [QuoteKind.DIRECT]
