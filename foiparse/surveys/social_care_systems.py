"""The social-care-systems survey: one :class:`SystemProfile` per authority x directorate x system.

Profiles come from the answers to the system-and-supplier question: each catalogue system named there
(``record.systems``, line-of-business systems only, never Teams or Excel) in each directorate's answer is a
profile; a directorate whose answer names none (a referral, a refusal, a system the catalogue does not know)
is one profile without a system. Every other answer is cut into sentences and given to the profiles it
speaks for: the sentence's directorate (a heading, or the directorate named in it), then the systems it names
("Mosaic: £187,420 per annum" goes to Mosaic alone; "All figures exclude VAT" to every profile). A sentence
about another system ("managed through a linked system called ContrOCC that is integrated with LCS") feeds
that system's entry in ``related_systems``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from ..models import PartialDate, Span
from .engine import (
    FINANCIAL_YEAR_RE,
    YEARS_RE,
    Block,
    ClassifiedDate,
    DateReader,
    IntentMatch,
    Occurrence,
    Segment,
    SurveyContext,
    Vocabulary,
    amounts,
    answer_blocks,
    catalogue_systems,
    clean_referral,
    covers,
    match_intents,
    number,
    organisations,
    split_block,
    supplier_name,
    tags,
    training_items,
    vat_of,
)
from .models import (
    Answered,
    Cost,
    DateAnswer,
    Delivery,
    Hosting,
    HostingValue,
    Inconsistency,
    ProfileStatus,
    Refusal,
    RelatedSystem,
    Support,
    SupportModel,
    SupportPart,
    SurveyReferral,
    SystemProfile,
    SystemRef,
    Tag,
    Training,
    Uses,
)
from .schema import SurveyDefinition

SYSTEM = "system_and_supplier"
REQUIRED_INTENTS = {
    SYSTEM: "system",
    "uses": "vocabulary",
    "in_use_since": "date",
    "contract_expiry": "date",
    "hosting": "choice",
    "support_model": "choice",
    "annual_cost": "money",
    "training": "hours",
}
REQUIRED_VOCABULARIES = {
    "hosting": {"on_premise", "supplier_hosted", "third_party_hosted", "hybrid"},
    "support": {"within_service", "within_it", "outsourced", "supplier", "mixed"},
    "training_delivery": {"in_person", "remote", "e_learning"},
}
_CLAUSE_RE = re.compile(r"\s*(?:;|:|,?\s+\b(?:but|whilst|while|whereas|although)\b|,\s*(?:with|and|plus)\b)\s*", re.I)
_STATED_SUPPLIER_RE = re.compile(
    r"\b(?:supplied|provided|developed|sold|licensed|built) by\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
    r"|\bsupplier(?:\s+is|:)\s+(?P<name2>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
)


def check_definition(survey: SurveyDefinition) -> list[str]:
    """What this builder needs from the survey file; an empty list when the file provides it."""
    problems = []
    for intent_id, reader in REQUIRED_INTENTS.items():
        try:
            intent = survey.intent(intent_id)
        except KeyError:
            problems.append(f"missing intent {intent_id}")
            continue
        if intent.reader != reader:
            problems.append(f"intent {intent_id} should use the {reader} reader")
    for name, keys in REQUIRED_VOCABULARIES.items():
        have = set(survey.vocabulary(name))
        if not keys <= have:
            problems.append(f"vocabulary {name} lacks {sorted(keys - have)}")
        if name in {"hosting", "support"} and not have <= keys:
            problems.append(f"vocabulary {name} has values outside {sorted(keys)}: {sorted(have - keys)}")
    return problems


@dataclass
class Unit:
    """One future profile: a directorate and a system (or no system), with the sentences that speak for it."""

    directorate: str | None
    key: str | None
    label: str | None = None
    occurrences: list[Occurrence] = field(default_factory=list)
    system_segments: list[Segment] = field(default_factory=list)
    segments: dict[str, list[Segment]] = field(default_factory=dict)
    shared: set[int] = field(default_factory=set)  # ids of segments given to several systems at once
    related: list[Segment] = field(default_factory=list)  # sentences only about other systems
    routed: dict[int, str | None] = field(default_factory=dict)  # uses sentence id -> the system it describes

    def add(self, intent: str, segment: Segment) -> None:
        bucket = self.segments.setdefault(intent, [])
        if all(s is not segment for s in bucket):
            bucket.append(segment)

    def all_segments(self) -> list[Segment]:
        found = list(self.system_segments)
        for bucket in self.segments.values():
            found += bucket
        return found + self.related


def build(ctx: SurveyContext) -> list[SystemProfile]:
    matches = match_intents(ctx)
    intents: dict[str, list[str]] = {}
    by_question: dict[int, list[str]] = {}
    questions = {}
    for match in matches:
        numbers = intents.setdefault(match.intent, [])
        if match.question.number not in numbers:
            numbers.append(match.question.number)
        by_question.setdefault(id(match.question), []).append(match.intent)
        questions[id(match.question)] = match
    segments = _segments_by_intent(ctx, [(questions[q], names) for q, names in by_question.items()])
    base = _base(ctx, intents)
    if ctx.record.outcome == "refused" or not any(segments.values()):
        refusal = _refusal(ctx, bool(matches))
        if refusal is not None:
            return [SystemProfile(**base, status="refused", refusal=refusal)]
        if not any(segments.values()):
            return []
    units = _units(ctx, segments)
    for intent, found in segments.items():
        if intent != SYSTEM:
            _attribute(ctx, units, intent, found)
    unit_keys = {u.key for u in units if u.key is not None}
    return [_profile(ctx, unit, base, unit_keys) for unit in units]


def _segments_by_intent(ctx: SurveyContext, matched: list[tuple[IntentMatch, list[str]]]) -> dict[str, list[Segment]]:
    """Each intent's answer sentences. The answer to a merged question ("When did you begin using the system
    and when does the contract expire?") is shared out sentence by sentence by each intent's answer cues; a
    sentence with none of them goes to every intent of the question."""
    segments: dict[str, list[Segment]] = {}
    seen: dict[str, set[tuple[int, int]]] = {}
    cue_res = {
        intent.id: re.compile("|".join(f"(?:{c})" for c in intent.answer_cues), re.I)
        for intent in ctx.survey.intents
        if intent.answer_cues
    }
    for match, names in matched:
        for block in answer_blocks(ctx, match):
            for segment in split_block(ctx, block):
                targets = names
                if len(names) > 1:
                    cued = [n for n in names if n in cue_res and cue_res[n].search(segment.text)]
                    targets = cued or names
                for name in targets:
                    key = (segment.start, segment.end)
                    if key in seen.setdefault(name, set()):
                        continue
                    seen[name].add(key)
                    segments.setdefault(name, []).append(segment)
    return segments


def _base(ctx: SurveyContext, intents: dict[str, list[str]]) -> dict[str, object]:
    record = ctx.record
    return {
        "survey": ctx.survey.id,
        "authority": record.authority.name if record.authority else None,
        "authority_id": record.authority.id if record.authority else None,
        "reference": record.reference,
        "response_date": record.response_date,
        "source": record.source.path,
        "intents": intents,
    }


def _refusal(ctx: SurveyContext, matched: bool) -> Refusal | None:
    record = ctx.record
    if record.outcome != "refused" and record.doc_type != "refusal":
        return None
    topic = ctx.survey.topic
    if not matched and not any(re.search(p, record.text, re.I | re.S) for p in topic):
        return None
    keys: list[str] = []
    spans: list[Span] = []
    for exemption in record.exemptions:
        key = exemption.key
        if key not in keys:
            keys.append(key)
        spans.extend(exemption.spans)
    return Refusal(exemptions=keys, spans=sorted(spans, key=lambda s: s.start))


# ------------------------------------------------------------------------------------------ units
def _units(ctx: SurveyContext, segments: dict[str, list[Segment]]) -> list[Unit]:
    units: list[Unit] = []

    def unit_for(directorate: str | None, key: str | None) -> Unit:
        for unit in units:
            if unit.directorate == directorate and unit.key == key:
                return unit
        unit = Unit(directorate, key)
        units.append(unit)
        return unit

    system_segments = segments.get(SYSTEM, [])
    by_block: dict[int, list[Segment]] = {}
    blocks: dict[int, Block] = {}
    for segment in system_segments:
        by_block.setdefault(id(segment.block), []).append(segment)
        blocks[id(segment.block)] = segment.block
    for block_id, block_segments in by_block.items():
        keyed: list[Unit] = []
        for segment in block_segments:
            for occurrence in segment.systems:
                unit = unit_for(segment.directorate, occurrence.key)
                unit.occurrences.append(occurrence)
                if all(s is not segment for s in unit.system_segments):
                    unit.system_segments.append(segment)
                unit.label = unit.label or blocks[block_id].directorate_label
                if unit not in keyed:
                    keyed.append(unit)
        for segment in block_segments:
            if segment.systems:
                continue
            targets = [u for u in keyed if covers(segment.directorate, u.directorate)]
            if not targets:
                unit = unit_for(segment.directorate, None)
                unit.label = unit.label or blocks[block_id].directorate_label
                targets = [unit]
            for unit in targets:
                if all(s is not segment for s in unit.system_segments):
                    unit.system_segments.append(segment)
    if not units:
        # No system answer: one profile per directorate the other answers speak for.
        directorates: list[str | None] = []
        for found in segments.values():
            for segment in found:
                if segment.directorate not in directorates:
                    directorates.append(segment.directorate)
        named: list[str | None] = [d for d in directorates if d is not None]
        for directorate in named or [None]:
            units.append(Unit(directorate, None))
    # A directorate with named systems needs no system-less profile from a stray sentence of another block.
    keyed_directorates = {u.directorate for u in units if u.key is not None}
    return [u for u in units if u.key is not None or u.directorate not in keyed_directorates]


def _attribute(ctx: SurveyContext, units: list[Unit], intent: str, found: list[Segment]) -> None:
    elsewhere_re = ctx.patterns_re("elsewhere")
    for segment in found:
        scope = [u for u in units if covers(segment.directorate, u.directorate)]
        if not scope:
            continue
        keys = segment.keys
        hits = [u for u in scope if u.key is not None and u.key in keys]
        unkeyed = [u for u in scope if u.key is None]
        if hits:
            targets = hits + unkeyed
        elif keys and any(u.key is not None for u in scope):
            # Only about another system ("OLM Eclipse is one of the products being considered").
            targets = unkeyed
            for unit in scope:
                if unit.key is not None and all(s is not segment for s in unit.related):
                    unit.related.append(segment)
        else:
            targets = scope
        keyed_targets = [u for u in targets if u.key is not None]
        subject = _linked_subject(ctx, segment) if intent == "uses" else None
        for unit in targets:
            unit.add(intent, segment)
            if len(keyed_targets) > 1 and unit.key is not None:
                unit.shared.add(id(segment))
            if intent != "uses":
                continue
            if subject is not None and subject != unit.key:
                unit.routed[id(segment)] = subject
            elif elsewhere_re is not None and elsewhere_re.search(segment.text) and not keys:
                unit.routed[id(segment)] = None


def _linked_subject(ctx: SurveyContext, segment: Segment) -> str | None:
    """The system a sentence with a link cue is about: the first one named after the cue ("managed through a
    linked system called ContrOCC that is integrated with LCS" -> ContrOCC), when it names two or more."""
    link_re = ctx.patterns_re("linked_system")
    if link_re is None or len(segment.keys) < 2:
        return None
    cue = link_re.search(ctx.text, segment.start, segment.end)
    if cue is None:
        return None
    after = [o for o in segment.systems if o.span.start >= cue.start()]
    return after[0].key if after else None


# ------------------------------------------------------------------------------------------ profile
def _profile(ctx: SurveyContext, unit: Unit, base: dict[str, object], unit_keys: set[str]) -> SystemProfile:
    system_ref = _system_ref(ctx, unit)
    supplier_names = _supplier_names(ctx, unit, system_ref)
    uses_segments = [s for s in unit.segments.get("uses", []) if id(s) not in unit.routed]
    referrals = _referrals(ctx, unit)
    profile = SystemProfile(
        **base,
        directorate=unit.directorate,
        directorate_label=unit.label or _label(unit),
        status=_status(unit),
        system=system_ref,
        system_text=" ".join(s.text for s in unit.system_segments) or None,
        system_spans=[ctx.span(s.start, s.end) for s in unit.system_segments],
        in_house=_in_house(ctx, unit),
        related_systems=_related(ctx, unit, unit_keys),
        uses=_uses(ctx, unit, uses_segments) if "uses" in unit.segments else None,
        in_use_since=_date(ctx, unit, "in_use_since"),
        contract_expiry=_date(ctx, unit, "contract_expiry"),
        hosting=_hosting(ctx, unit, supplier_names),
        support=_support(ctx, unit, supplier_names),
        annual_cost=_cost(ctx, unit),
        training=_training(ctx, unit, system_ref),
        referrals=referrals,
    )
    return profile.model_copy(update={"inconsistencies": _inconsistencies(ctx, profile)})


def _label(unit: Unit) -> str | None:
    for bucket in unit.segments.values():
        for segment in bucket:
            if segment.block.directorate_label and segment.block.directorate == unit.directorate:
                return segment.block.directorate_label
    return None


def _status(unit: Unit) -> ProfileStatus:
    if unit.key is not None:
        return "answered"
    blocks = [s.block for s in unit.system_segments]
    if any(b.referral for b in blocks):
        return "referred"
    if any(b.withheld for b in blocks):
        return "withheld"
    if blocks and all(b.not_held for b in blocks):
        return "not_held"
    return "answered"


def _system_ref(ctx: SurveyContext, unit: Unit) -> SystemRef | None:
    if unit.key is None or not unit.occurrences:
        return None
    mention = unit.occurrences[0].mention
    entry = catalogue_systems().get(mention.id) if mention.id else None
    supplier = supplier_name(mention.supplier or (entry.supplier if entry else None))
    stated = mention.supplier_stated
    supplier_span: Span | None = None
    own = {(o.span.start, o.span.end) for o in unit.occurrences}
    for segment in unit.system_segments:
        occurrence = _supplier_near(segment, own, unit.key)
        if occurrence is not None:
            supplier, stated, supplier_span = occurrence.supplier_name, True, occurrence.span
            break
        if mention.supplier_stated and mention.supplier:
            break
        m = _STATED_SUPPLIER_RE.search(segment.text)
        if m:
            group = "name" if m.group("name") else "name2"
            start = segment.start + m.start(group)
            supplier_span = ctx.span(start, segment.start + m.end(group))
            supplier, stated = supplier_span.text, True
            break
    spans = sorted({o.span for o in unit.occurrences}, key=lambda s: s.start)
    return SystemRef(
        name=mention.name,
        id=mention.id,
        supplier=supplier,
        supplier_stated=stated,
        supplier_span=supplier_span,
        spans=spans,
    )


def _supplier_near(segment: Segment, own: set[tuple[int, int]], key: str | None) -> Occurrence | None:
    """The supplier named for this system in a sentence: the system mention's own supplier span (the matcher
    keeps "System C" with the LAS mention), else, among supplier mentions, the first after the system and
    before the next one ("LAS, supplied by System C, and ContrOCC, supplied by Oxford Computer Consultants")."""
    for occurrence in segment.suppliers:
        if occurrence.mention.kind != "supplier" and occurrence.key == key:
            return occurrence
    named = [o for o in segment.suppliers if o.mention.kind == "supplier"]
    if not named:
        return None
    mine = [o for o in segment.systems if (o.span.start, o.span.end) in own]
    if not mine:
        return named[0]
    start = mine[0].span.end
    following = [o.span.start for o in segment.systems if o.span.start >= start and o.key != mine[0].key]
    stop = min(following, default=segment.end)
    after = [o for o in named if start <= o.span.start < stop]
    if after:
        return after[0]
    before = [o for o in named if o.span.end <= mine[0].span.start]
    return before[-1] if before else named[0]


def _supplier_names(ctx: SurveyContext, unit: Unit, system_ref: SystemRef | None) -> list[str]:
    """The names the system's supplier goes by here (never the system's own name: "Mosaic is hosted ...")."""
    names: list[str] = []
    if system_ref is not None:
        if system_ref.supplier:
            names.append(system_ref.supplier)
        entry = catalogue_systems().get(system_ref.id) if system_ref.id else None
        supplier = supplier_name(entry.supplier) if entry is not None else None
        if supplier:
            names.append(supplier)
    for segment in unit.all_segments():
        names += [o.supplier_name for o in segment.suppliers] + [o.span.text for o in segment.suppliers]
    return names


def _in_house(ctx: SurveyContext, unit: Unit) -> bool:
    regex = ctx.patterns_re("in_house")
    return bool(regex and any(regex.search(s.text) for s in unit.system_segments))


def _answered(unit: Unit, found: list[Segment], ctx: SurveyContext) -> dict[str, object]:
    questions: list[str] = []
    exemptions: list[str] = []
    for segment in found:
        if segment.block.question.number not in questions:
            questions.append(segment.block.question.number)
        exemptions += [e for e in segment.block.exemptions if e not in exemptions]
    return {
        "text": " ".join(s.text for s in found),
        "spans": [ctx.span(s.start, s.end) for s in found],
        "questions": questions,
        "withheld": any(s.block.withheld for s in found),
        "exemptions": exemptions,
        "not_held": any(s.block.not_held for s in found),
        "referred": any(s.block.referral is not None for s in found),
    }


def _related(ctx: SurveyContext, unit: Unit, unit_keys: set[str]) -> list[RelatedSystem]:
    """Other systems the unit's sentences name: linked ones, and mentions of systems with no profile here."""
    link_re = ctx.patterns_re("linked_system")
    uses_vocabulary = ctx.vocabulary("uses")
    related: dict[str, RelatedSystem] = {}
    for segment in unit.all_segments():
        linked = bool(link_re and link_re.search(segment.text))
        for occurrence in segment.systems:
            if occurrence.key == unit.key or (occurrence.key in unit_keys and not linked):
                continue
            mention = occurrence.mention
            existing = related.get(occurrence.key)
            relation = "linked" if linked or (existing and existing.relation == "linked") else "mentioned"
            uses = list(existing.uses) if existing else []
            if unit.routed.get(id(segment)) == occurrence.key:
                uses += [t for t in tags(ctx, uses_vocabulary, [segment]) if t not in uses]
            spans = list(existing.spans) if existing else []
            if occurrence.span not in spans:
                spans.append(occurrence.span)
            related[occurrence.key] = RelatedSystem(
                name=mention.name,
                id=mention.id,
                supplier=supplier_name(mention.supplier),
                relation=relation,
                uses=uses,
                spans=spans,
            )
    return list(related.values())


def _uses(ctx: SurveyContext, unit: Unit, found: list[Segment]) -> Uses | None:
    everything = unit.segments.get("uses", [])
    if not everything:
        return None
    return Uses(**_answered(unit, everything, ctx), tags=tags(ctx, ctx.vocabulary("uses"), found))


# ------------------------------------------------------------------------------------------ dates
def _date(ctx: SurveyContext, unit: Unit, intent: str) -> DateAnswer | None:
    found = unit.segments.get(intent, [])
    if not found:
        return None
    direction = ctx.survey.intent(intent).direction
    reader = DateReader(ctx.survey)
    dates = reader.dates(ctx.text, found)
    values: dict[str, object] = {}
    if direction == "since":
        chosen = _first(dates, "since") or _first(dates, "stated")
        if chosen is not None:
            relation = "since" if "since" in chosen.cue.lower() else "from" if chosen.kind == "since" else "stated"
            values.update(_date_values(ctx, chosen, relation))
        for segment in found:
            m = YEARS_RE.search(ctx.text, segment.start, segment.end)
            if m:
                values["years"] = number(m.group("n"))
                values["years_span"] = ctx.span(m.start(), m.end())
                break
    else:
        extended = [d for d in dates if d.kind == "extended"]
        chosen = extended[-1] if extended else (_first(dates, "expiry") or _first(dates, "stated"))
        if chosen is not None:
            if chosen.kind == "extended":
                relation = "extended_to"
            elif chosen.kind == "expiry":
                relation = "expires" if re.search(r"expir|end|renew", chosen.cue, re.I) else "until"
            else:
                relation = "stated"
            values.update(_date_values(ctx, chosen, relation))
        option = _first(dates, "option")
        if option is not None:
            values["extension_option"] = option.found.value
            values["extension_span"] = ctx.span(option.found.start, option.found.end)
        values["terms"] = tags(ctx, ctx.vocabulary("contract_terms"), found)
    return DateAnswer(**_answered(unit, found, ctx), **values)


def _first(dates: list[ClassifiedDate], kind: str) -> ClassifiedDate | None:
    return next((d for d in dates if d.kind == kind), None)


def _date_values(ctx: SurveyContext, chosen: ClassifiedDate, relation: str) -> dict[str, object]:
    return {
        "value": chosen.found.value,
        "relation": relation,
        "value_span": ctx.span(chosen.found.start, chosen.found.end),
    }


# ------------------------------------------------------------------------------------------ hosting, support
def _hosting(ctx: SurveyContext, unit: Unit, supplier_names: list[str]) -> Hosting | None:
    found = unit.segments.get("hosting", [])
    if not found:
        return None
    vocabulary = ctx.vocabulary("hosting", supplier_names)
    cues = tags(ctx, vocabulary, found)
    kinds = {t.value for t in cues}
    value: HostingValue = "unknown"
    if "hybrid" in kinds or len(kinds - {"hybrid"}) > 1:
        value = "hybrid"
    elif kinds:
        value = cast(HostingValue, next(iter(kinds)))
    orgs = []
    for segment in found:
        orgs += organisations(ctx, segment.start, segment.end, supplier_names, platforms=True)
    return Hosting(**_answered(unit, found, ctx), value=value, cues=cues, organisations=orgs)


def _support(ctx: SurveyContext, unit: Unit, supplier_names: list[str]) -> Support | None:
    found = unit.segments.get("support_model", [])
    if not found:
        return None
    vocabulary = ctx.vocabulary("support", supplier_names)
    roles = ctx.vocabulary("support_roles")
    supplier_set = {n.casefold() for n in supplier_names}
    text = ctx.text
    parts: list[SupportPart] = []
    mixed_cue = False
    for segment in found:
        bounds = [segment.start]
        for m in _CLAUSE_RE.finditer(text, segment.start, segment.end):
            bounds += [m.start(), m.end()]
        bounds.append(segment.end)
        for start, end in zip(bounds[::2], bounds[1::2], strict=True):
            hits = vocabulary.find(text, start, end)
            mixed_cue = mixed_cue or any(key == "mixed" for key, _, _ in hits)
            models: list[str] = []
            for key, _, _ in hits:
                if key != "mixed" and key not in models:
                    models.append(key)
            orgs = organisations(ctx, start, end, supplier_names, council=False)
            model: SupportModel = "unknown"
            if len(models) == 1:
                model = models[0]  # type: ignore[assignment]
            elif len(models) > 1:
                model = "mixed"
            elif any(o.kind == "supplier" and o.name.casefold() in supplier_set for o in orgs):
                model = "supplier"  # "second-line support from The Access Group"
            if model == "unknown" and not orgs:
                continue
            anchor = next((s for key, s, _ in hits if key != "mixed"), start)
            parts.append(
                SupportPart(
                    model=model,
                    role=_nearest_role(text, roles, start, end, anchor),
                    organisations=orgs,
                    span=ctx.span(start, end),
                )
            )
    main = [p.model for p in parts if p.model != "unknown" and p.role != "training"]
    if not main:
        main = [p.model for p in parts if p.model != "unknown"]
    overall: SupportModel = "unknown"
    if mixed_cue or len(set(main)) > 1:
        overall = "mixed"
    elif main:
        overall = main[0]
    return Support(**_answered(unit, found, ctx), model=overall, parts=parts)


def _nearest_role(text: str, roles: Vocabulary, start: int, end: int, anchor: int) -> str | None:
    """The role word of a support clause nearest its model cue ("... servers and supported by the supplier")."""
    found = roles.find(text, start, end)
    if not found:
        return None
    return min(found, key=lambda f: (abs(f[1] - anchor), f[1]))[0]


# ------------------------------------------------------------------------------------------ cost, training
def _cost(ctx: SurveyContext, unit: Unit) -> Cost | None:
    found = unit.segments.get("annual_cost", [])
    if not found:
        return None
    figures = []
    default_vat = None
    financial_year = None
    shared = False
    for segment in found:
        these = amounts(ctx, segment)
        if these and id(segment) in unit.shared:
            shared = True
        if not these:
            default_vat = default_vat or vat_of(segment.text)
        figures += these
        m = FINANCIAL_YEAR_RE.search(segment.text)
        if m and financial_year is None:
            financial_year = m.group()
    if default_vat:
        figures = [f if f.vat else f.model_copy(update={"vat": default_vat}) for f in figures]
    return Cost(
        **_answered(unit, found, ctx),
        amounts=figures,
        financial_year=financial_year,
        shared=shared,
    )


def _training(ctx: SurveyContext, unit: Unit, system_ref: SystemRef | None) -> Training | None:
    found = unit.segments.get("training", [])
    if not found:
        return None
    delivery = ctx.vocabulary("training_delivery")
    names = [system_ref.name, *(s.text for s in system_ref.spans)] if system_ref else []
    for segment in found:
        names += [o.mention.name for o in segment.systems] + [o.span.text for o in segment.systems]
    items, _ = training_items(ctx, found, delivery, ctx.vocabulary("training_roles"), names)
    modes: list[Delivery] = []
    for item in items:
        modes += [d for d in item.delivery if d not in modes]
    for segment in found:
        modes += [d for d in delivery.keys_in(ctx.text, segment.start, segment.end) if d not in modes]  # type: ignore[misc]
    platforms = tags(ctx, ctx.vocabulary("training_platforms"), found)
    total = next((item.hours for item in items if item.kind == "total"), None)
    return Training(
        **_answered(unit, found, ctx),
        items=items,
        delivery=modes,
        platforms=platforms,
        total_hours=total,
    )


# ------------------------------------------------------------------------------------------ referrals, checks
def _referrals(ctx: SurveyContext, unit: Unit) -> list[SurveyReferral]:
    merged: dict[tuple[str, str | None], SurveyReferral] = {}
    segments = [(SYSTEM, s) for s in unit.system_segments]
    segments += [(intent, s) for intent, bucket in unit.segments.items() for s in bucket]
    seen: set[int] = set()
    for intent, segment in segments:
        referral = segment.block.referral
        if referral is None or id(segment.block) in seen:
            continue
        seen.add(id(segment.block))
        cleaned = clean_referral(ctx, referral, intent)
        key = (cleaned.target.casefold(), cleaned.link)
        if key in merged:
            existing = merged[key]
            merged[key] = existing.model_copy(
                update={
                    "intents": existing.intents + [i for i in cleaned.intents if i not in existing.intents],
                    "spans": existing.spans + [s for s in cleaned.spans if s not in existing.spans],
                }
            )
        else:
            merged[key] = cleaned
    return list(merged.values())


def _inconsistencies(ctx: SurveyContext, profile: SystemProfile) -> list[Inconsistency]:
    found: list[Inconsistency] = []
    unit_training = profile.training
    if unit_training is not None:
        # Totals against the parts listed with them, segment by segment.
        items = unit_training.items
        for i, item in enumerate(items):
            if item.kind != "total" or item.hours is None:
                continue
            parts = []
            for following in items[i + 1 :]:
                if following.kind != "part":
                    break
                parts.append(following)
            if len(parts) < 2 or any(p.hours is None for p in parts):
                continue
            total_of_parts = sum(p.hours or 0 for p in parts)
            if abs(total_of_parts - item.hours) > 0.01:
                listed = " + ".join(_hours(p.hours) for p in parts)
                found.append(
                    Inconsistency(
                        field="training",
                        code="total_differs_from_parts",
                        message=(
                            f"states {_hours(item.hours)} hours in total but lists {listed} = "
                            f"{_hours(total_of_parts)} hours"
                        ),
                        spans=[item.span, *(p.span for p in parts)],
                    )
                )
    since = profile.in_use_since.value if profile.in_use_since else None
    expiry = profile.contract_expiry.value if profile.contract_expiry else None
    if since is not None and expiry is not None and _later(since, expiry):
        found.append(
            Inconsistency(
                field="in_use_since",
                code="in_use_after_contract_expiry",
                message=f"in use since {since.iso}, after the contract expiry {expiry.iso}",
                spans=_value_spans(profile.in_use_since, profile.contract_expiry),
            )
        )
    response = ctx.record.response_date
    if (
        since is not None
        and response is not None
        and _later(since, PartialDate(year=response.year, month=response.month, day=response.day))
    ):
        found.append(
            Inconsistency(
                field="in_use_since",
                code="in_use_after_response",
                message=f"in use since {since.iso}, after the response date {response.isoformat()}",
                spans=_value_spans(profile.in_use_since),
            )
        )
    cost = profile.annual_cost
    if cost is not None and cost.withheld and cost.amounts:
        found.append(
            Inconsistency(
                field="annual_cost",
                code="withheld_and_stated",
                message="the cost answer both withholds the cost and states a figure",
                spans=[a.span for a in cost.amounts],
            )
        )
    return found


def _later(a: PartialDate, b: PartialDate) -> bool:
    """Whether ``a`` is certainly after ``b`` at the precision both state."""
    left = (a.year, a.month or 0, a.day or 0)
    right = (b.year, b.month or 13, b.day or 32)
    return left > right


def _value_spans(*answers: DateAnswer | None) -> list[Span]:
    return [a.value_span for a in answers if a is not None and a.value_span is not None]


def _hours(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"


def answered_fields(profile: SystemProfile) -> Iterable[tuple[str, Answered]]:
    """(name, value) of each survey value the profile holds."""
    for name in ("uses", "in_use_since", "contract_expiry", "hosting", "support", "annual_cost", "training"):
        value = getattr(profile, name)
        if value is not None:
            yield name, value


__all__ = ["Tag", "build", "check_definition"]
