"""Surveys: one comparable table across every authority's reply to a round-robin request.

A survey (``patterns/surveys/NAME.yaml``) names the questions a round robin asks as intents, with the
phrasings that identify them and the vocabularies that normalise their answers. :func:`extract` maps a parsed
response's questions and answers onto it::

    record = foiparse.parse("kent-reply.pdf")
    profiles = foiparse.surveys.extract(record, "social-care-systems")  # list[SystemProfile]

Surveys whose definition says ``profile: system_profile`` get typed :class:`SystemProfile` rows; any other
survey is data only and gets :class:`GenericProfile` rows (one per directorate) from the same engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import PatternDataError
from ..models import FOIResponse
from . import generic, social_care_systems
from .engine import SurveyContext
from .models import GenericProfile, SurveyProfile, SystemProfile
from .schema import SurveyDefinition, load_survey, survey_files


def available() -> list[str]:
    """The ids of the surveys under ``patterns/surveys``."""
    return sorted(survey_files())


def definition(survey: str | SurveyDefinition) -> SurveyDefinition:
    """A survey's validated definition, checked against what its profile builder needs."""
    found = survey if isinstance(survey, SurveyDefinition) else load_survey(survey)
    if found.profile == "system_profile":
        problems = social_care_systems.check_definition(found)
        if problems:
            raise PatternDataError(
                f"survey {found.id} cannot build system profiles", hint="; ".join(problems), source=found.id
            )
    return found


def extract(record: FOIResponse, survey: str | SurveyDefinition) -> Sequence[SurveyProfile]:
    """The survey's rows for one response: ``list[SystemProfile]`` for social-care-systems."""
    found = definition(survey)
    ctx = SurveyContext(record=record, survey=found)
    if found.profile == "system_profile":
        return social_care_systems.build(ctx)
    return generic.build(ctx)


def extract_system_profiles(record: FOIResponse, survey: str = "social-care-systems") -> list[SystemProfile]:
    """:func:`extract` for surveys with typed system profiles."""
    found = definition(survey)
    if found.profile != "system_profile":
        raise PatternDataError(f"survey {found.id} does not build system profiles", source=found.id)
    return social_care_systems.build(SurveyContext(record=record, survey=found))


__all__ = [
    "GenericProfile",
    "SurveyDefinition",
    "SurveyProfile",
    "SystemProfile",
    "available",
    "definition",
    "extract",
    "extract_system_profiles",
]
