"""Profiles for a survey defined only as data (``profile: generic``): one row per directorate.

Each intent's reader gives a :class:`GenericValue`: a vocabulary or choice reader the tags found, a date
reader the date its direction picks, a money reader the sums, an hours reader the figures, a system reader
the catalogue systems named, a text reader the answer itself. Adding such a survey needs a YAML file only.
"""

from __future__ import annotations

from .engine import DateReader, Segment, SurveyContext, amounts, answer_blocks, match_intents, split_block, tags
from .engine import training_items as hours_items
from .models import GenericProfile, GenericValue
from .schema import Intent


def build(ctx: SurveyContext) -> list[GenericProfile]:
    matches = match_intents(ctx)
    intents: dict[str, list[str]] = {}
    segments: dict[str, list[Segment]] = {}
    for match in matches:
        intents.setdefault(match.intent, []).append(match.question.number)
        for block in answer_blocks(ctx, match):
            segments.setdefault(match.intent, []).extend(split_block(ctx, block))
    directorates: list[str | None] = []
    for found in segments.values():
        for segment in found:
            if segment.directorate not in directorates:
                directorates.append(segment.directorate)
    record = ctx.record
    profiles = []
    named: list[str | None] = [d for d in directorates if d is not None]
    for directorate in named or ([None] if directorates else []):
        values = {}
        for intent_id, found in segments.items():
            mine = [s for s in found if s.directorate in (directorate, None, "both")]
            if mine:
                values[intent_id] = _value(ctx, ctx.survey.intent(intent_id), mine)
        profiles.append(
            GenericProfile(
                survey=ctx.survey.id,
                authority=record.authority.name if record.authority else None,
                authority_id=record.authority.id if record.authority else None,
                reference=record.reference,
                response_date=record.response_date,
                source=record.source.path,
                directorate=directorate,
                intents=intents,
                values=values,
            )
        )
    return profiles


def _value(ctx: SurveyContext, intent: Intent, found: list[Segment]) -> GenericValue:
    exemptions: list[str] = []
    for segment in found:
        exemptions += [e for e in segment.block.exemptions if e not in exemptions]
    value = GenericValue(
        text=" ".join(s.text for s in found),
        spans=[ctx.span(s.start, s.end) for s in found],
        questions=sorted({s.block.question.number for s in found}),
        withheld=any(s.block.withheld for s in found),
        exemptions=exemptions,
        not_held=any(s.block.not_held for s in found),
        referred=any(s.block.referral is not None for s in found),
    )
    update: dict[str, object] = {}
    if intent.reader in {"vocabulary", "choice"} and intent.vocabulary:
        update["tags"] = tags(ctx, ctx.vocabulary(intent.vocabulary), found)
    elif intent.reader == "date":
        dates = DateReader(ctx.survey).dates(ctx.text, found)
        wanted = "since" if intent.direction == "since" else "expiry"
        chosen = next((d for d in dates if d.kind == wanted), None) or next(
            (d for d in dates if d.kind == "stated"), None
        )
        update["date"] = chosen.found.value if chosen else None
    elif intent.reader == "money":
        update["amounts"] = [a for s in found for a in amounts(ctx, s)]
    elif intent.reader == "hours":
        update["hours"] = hours_items(
            ctx, found, ctx.vocabulary("training_delivery"), ctx.vocabulary("training_roles")
        )[0]
    elif intent.reader == "system":
        update["systems"] = sorted({o.mention.name for s in found for o in s.systems})
    return value.model_copy(update=update)
