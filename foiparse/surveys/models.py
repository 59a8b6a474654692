"""Survey records: one :class:`SystemProfile` per authority x directorate x system, every value with its span.

A value the answer does not state stays empty; what the answers say against each other is listed in
``inconsistencies`` and never smoothed over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import Field, computed_field, model_validator

from ..models import PartialDate, Record, Span

HostingValue = Literal["on_premise", "supplier_hosted", "third_party_hosted", "hybrid", "unknown"]
SupportModel = Literal["within_service", "within_it", "outsourced", "supplier", "mixed", "unknown"]
Delivery = Literal["in_person", "remote", "e_learning"]
ProfileStatus = Literal["answered", "referred", "withheld", "not_held", "refused"]


class SurveyRecord(Record):
    """Base of the survey models: a dump (which includes computed fields) validates back into the model."""

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: Any) -> Any:
        if isinstance(data, dict) and cls.model_computed_fields:
            return {k: v for k, v in data.items() if k not in cls.model_computed_fields}
        return data


class Tag(SurveyRecord):
    """A normalised value and the words it was read from ("case_management" <- "case management")."""

    value: str
    span: Span


class Organisation(SurveyRecord):
    """An organisation an answer names: the council itself, the system's supplier, or another body."""

    name: str
    kind: Literal["council", "supplier", "organisation", "platform"]
    span: Span


class Answered(SurveyRecord):
    """What every survey value keeps: the answer text it was read from, and whether the answer held it back."""

    text: str = Field(description="the sentences read, joined")
    spans: list[Span] = Field(min_length=1, description="where each sentence read stands")
    questions: list[str] = Field(default_factory=list, description="numbers of the questions answered")
    withheld: bool = False
    exemptions: list[str] = Field(default_factory=list, description="'ACT section' keys ('FOIA 43(2)')")
    not_held: bool = False
    referred: bool = False


class SystemRef(SurveyRecord):
    """The system a profile describes, as the catalogue knows it."""

    name: str
    id: str | None = None
    supplier: str | None = None
    supplier_stated: bool = Field(default=False, description="True when the answer itself names the supplier")
    supplier_span: Span | None = None
    spans: list[Span] = Field(min_length=1)


class RelatedSystem(SurveyRecord):
    """Another system named in the directorate's answers: linked to this one ("ContrOCC ... integrated with
    LCS") or only mentioned (a replacement being considered, the system a training answer names)."""

    name: str
    id: str | None = None
    supplier: str | None = None
    relation: Literal["linked", "mentioned"]
    uses: list[Tag] = Field(default_factory=list)
    spans: list[Span] = Field(min_length=1)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def use_values(self) -> list[str]:
        return _unique(tag.value for tag in self.uses)


class Uses(Answered):
    tags: list[Tag] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def values(self) -> list[str]:
        """The normalised uses, in order of first mention."""
        return _unique(tag.value for tag in self.tags)


class DateAnswer(Answered):
    """A start-of-use or contract-expiry answer: the date at the precision stated, and how it was read."""

    value: PartialDate | None = None
    relation: str | None = Field(default=None, description="since | from | until | expires | extended_to | stated")
    value_span: Span | None = None
    extension_option: PartialDate | None = Field(default=None, description="'with an option to extend to ...'")
    extension_span: Span | None = None
    years: float | None = Field(default=None, description="a duration instead of a date ('for 8 years')")
    years_span: Span | None = None
    terms: list[Tag] = Field(default_factory=list, description="rolling, no_contract, perpetual")


class Hosting(Answered):
    value: HostingValue = "unknown"
    cues: list[Tag] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)


class SupportPart(SurveyRecord):
    """One clause of a support answer: who does what ("configured by a Team located within the service area")."""

    model: SupportModel
    role: str | None = Field(default=None, description="support, administration, configuration, training, ...")
    organisations: list[Organisation] = Field(default_factory=list)
    span: Span


class Support(Answered):
    model: SupportModel = "unknown"
    parts: list[SupportPart] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def organisations(self) -> list[str]:
        return _unique(org.name for part in self.parts for org in part.organisations)


class Amount(SurveyRecord):
    amount: float
    currency: Literal["GBP", "EUR", "USD"] = "GBP"
    period: Literal["year", "month", "quarter", "one_off", "contract"] | None = None
    vat: Literal["excluded", "included"] | None = None
    label: str | None = Field(default=None, description="what the figure is for, as printed ('Mosaic', 'licence')")
    span: Span


class Cost(Answered):
    amounts: list[Amount] = Field(default_factory=list)
    financial_year: str | None = None
    shared: bool = Field(default=False, description="one figure stated for several systems together")


class TrainingItem(SurveyRecord):
    kind: Literal["total", "part", "per_role", "other"]
    role: str | None = None
    amount: float
    unit: Literal["hour", "day", "minute"] = "hour"
    hours: float | None = Field(default=None, description="the amount in hours (days are not converted)")
    hours_max: float | None = None
    approximate: bool = False
    delivery: list[Delivery] = Field(default_factory=list)
    span: Span


class Training(Answered):
    items: list[TrainingItem] = Field(default_factory=list)
    delivery: list[Delivery] = Field(default_factory=list)
    platforms: list[Tag] = Field(default_factory=list)
    total_hours: float | None = Field(default=None, description="a total the answer states, never a sum")


class SurveyReferral(SurveyRecord):
    """An answer that points elsewhere ("available on our Contract Register") instead of answering."""

    target: str
    link: str | None = None
    intents: list[str]
    spans: list[Span] = Field(min_length=1)


class Refusal(SurveyRecord):
    """The whole request refused: no answers, only the exemptions relied on."""

    exemptions: list[str]
    spans: list[Span] = Field(default_factory=list)


class Inconsistency(SurveyRecord):
    field: str
    code: str
    message: str
    spans: list[Span] = Field(default_factory=list)


class SurveyProfile(SurveyRecord):
    """What every survey row carries: which survey, who answered, where the response came from."""

    survey: str
    authority: str | None = None
    authority_id: str | None = None
    reference: str | None = None
    response_date: dt.date | None = None
    source: str | None = Field(default=None, description="the response file's path")
    directorate: str | None = Field(default=None, description="children | adults | both | another kind | None")
    directorate_label: str | None = None
    intents: dict[str, list[str]] = Field(default_factory=dict, description="intent -> question numbers matched")


class SystemProfile(SurveyProfile):
    """One authority x directorate x system row of the social-care-systems survey."""

    status: ProfileStatus = "answered"
    system: SystemRef | None = None
    system_text: str | None = Field(default=None, description="the system answer as written")
    system_spans: list[Span] = Field(default_factory=list)
    in_house: bool = False
    related_systems: list[RelatedSystem] = Field(default_factory=list)
    uses: Uses | None = None
    in_use_since: DateAnswer | None = None
    contract_expiry: DateAnswer | None = None
    hosting: Hosting | None = None
    support: Support | None = None
    annual_cost: Cost | None = None
    training: Training | None = None
    referrals: list[SurveyReferral] = Field(default_factory=list)
    refusal: Refusal | None = None
    inconsistencies: list[Inconsistency] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def supplier(self) -> str | None:
        return self.system.supplier if self.system else None


class GenericValue(Answered):
    """A value of a data-only survey: the tags, dates, amounts or hours its reader found."""

    tags: list[Tag] = Field(default_factory=list)
    date: PartialDate | None = None
    amounts: list[Amount] = Field(default_factory=list)
    hours: list[TrainingItem] = Field(default_factory=list)
    systems: list[str] = Field(default_factory=list)


class GenericProfile(SurveyProfile):
    """One authority x directorate row of a survey defined only as data (profile: generic)."""

    values: dict[str, GenericValue] = Field(default_factory=dict)
    referrals: list[SurveyReferral] = Field(default_factory=list)
    refusal: Refusal | None = None


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
