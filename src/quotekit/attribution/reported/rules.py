"""The reported-speech rules in the order they claim content."""

from __future__ import annotations

from quotekit.attribution.reported.chains import (
    AnaphoricContentRule,
    KonjunktivContinuationRule,
    KonjunktivResumptionRule,
)
from quotekit.attribution.reported.content_clause import ThatClauseRule
from quotekit.attribution.reported.embedded import SpeechClauseRule
from quotekit.attribution.reported.konjunktiv import KonjunktivClauseRule
from quotekit.attribution.reported.nominal import (
    AgentRule,
    EvidencePhraseRule,
    FindingRule,
    HearsayRule,
    ImpressionRule,
    NameGivenRule,
    NominalRule,
    NounClauseRule,
    RaisedSubjectRule,
    SubordinateImpressionRule,
)
from quotekit.attribution.reported.parenthetical import ContentFirstRule, ParentheticalRule
from quotekit.attribution.reported.sources import AccordingToRule, AsClauseRule
from quotekit.attribution.reported.speech_acts import (
    ActBesideQuoteRule,
    AppealRule,
    FrontedActRule,
    LabelRule,
    PutQuestionRule,
    RefusalRule,
    SpeechActRule,
    StancePhraseRule,
    SubordinateActRule,
)
from quotekit.attribution.reported.surface_order import (
    ProFormRule,
    RelativeGapRule,
    RelativeObjectRule,
    SurfaceFindingRule,
    SurfaceSaidRule,
    TagThenMoreRule,
    TrailingTagRule,
)
from quotekit.attribution.rules import Rule

REPORTED_RULES: tuple[Rule, ...] = (
    AccordingToRule(),
    AsClauseRule(),
    EvidencePhraseRule(),
    ParentheticalRule(),
    FindingRule(),
    ThatClauseRule(),
    KonjunktivClauseRule(),
    ContentFirstRule(),
    TrailingTagRule(),
    TagThenMoreRule(),
    RelativeObjectRule(),
    ProFormRule(),
    RelativeGapRule(),
    FrontedActRule(),
    SpeechActRule(),
    SubordinateActRule(),
    RefusalRule(),
    StancePhraseRule(),
    AppealRule(),
    LabelRule(),
    ActBesideQuoteRule(),
    PutQuestionRule(),
    ImpressionRule(),
    RaisedSubjectRule(),
    SubordinateImpressionRule(),
    HearsayRule(),
    NameGivenRule(),
    SurfaceSaidRule(),
    SurfaceFindingRule(),
    SpeechClauseRule(),
    NominalRule(),
    NounClauseRule(),
    AgentRule(),
    AnaphoricContentRule(),
    KonjunktivContinuationRule(),
    KonjunktivResumptionRule(),
)
"""The reported-speech rules in the order they claim content (the default chain's last two phases)."""
