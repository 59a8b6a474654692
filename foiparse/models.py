"""Typed, source-grounded records (pydantic 2).

Every value foiparse reports carries where it came from: a :class:`Span` into the document's normalised text
(``FOIResponse.text``), with the page where the source is paged. Scalar header fields keep their spans in
``FOIResponse.provenance`` under the field's name; list items (questions, answers, exemptions, systems) carry
their own spans. A value the text does not state is ``None`` (or an empty list), never a guess.

The key names and shapes that downstream tools read are fixed: ``reference`` (str | None),
``response_date`` / ``received_date`` ("YYYY-MM-DD" | None in JSON), ``authority`` ({"name": ...} | None),
``legislation`` (list of "FOIA" | "EIR" | "FOISA" | "EISR" | "DPA"), ``questions``, ``exemptions``,
``systems``, ``doc_type`` and ``outcome``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Legislation = Literal["FOIA", "EIR", "FOISA", "EISR", "DPA"]
DocType = Literal[
    "response",
    "refusal",
    "acknowledgement",
    "clarification",
    "internal_review",
    "decision_notice",
    "request_only",
    "other",
]
Outcome = Literal[
    "provided",
    "partial",
    "refused",
    "not_held",
    "clarification_requested",
    "acknowledged",
    "published",
    "decision",
    "none",
    "unknown",
]


class Record(BaseModel):
    """Base of every record: strict about unknown keys so a typo in a consumer fails loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """Where a value stands: ``text == document_text[start:end]``; ``page`` is 1-based where known."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    page: int | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end precedes start")
        if self.end - self.start != len(self.text):
            raise ValueError("span text length differs from end - start")
        return self


class PartialDate(Record):
    """A date stated only to month or year precision ("March 2028", "since December 2013")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    year: int = Field(ge=1000, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _consistent(self) -> PartialDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises on 31 February
        return self

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def iso(self) -> str:
        """ISO 8601 at the stated precision: ``2028``, ``2028-03`` or ``2028-03-31``."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def __str__(self) -> str:
        return self.iso


class Source(Record):
    """What was parsed: a file (path), raw bytes, or a text string."""

    kind: Literal["file", "bytes", "text"]
    path: str | None = None
    sha256: str
    media_type: str
    size: int = Field(ge=0, description="bytes for files and bytes input, characters for text input")
    pages: int | None = None
    encoding: str | None = None


# "request": named in the body of the requester's own message (weighs least: their university, their employer).
AuthorityEvidenceKind = Literal[
    "letterhead", "sign_off", "salutation", "body", "voice", "request", "email_domain", "link", "abbreviation"
]


class AuthorityEvidence(Record):
    """One place in the text that names or implies the answering authority."""

    kind: AuthorityEvidenceKind
    span: Span


class Authority(Record):
    """The answering public authority: its usual full name, and what identified it."""

    name: str
    id: str | None = Field(default=None, description="catalogue id (patterns/authorities); None if unknown")
    type: str | None = None
    evidence: list[AuthorityEvidence] = Field(default_factory=list)


class Person(Record):
    """A named person: the requester (from the salutation) or the authority's officer."""

    name: str
    role: Literal["requester", "contact", "signatory"]
    job_title: str | None = None
    span: Span


class Directorate(Record):
    """The service an answer speaks for, normalised, with the label as printed."""

    kind: str = Field(description="children | adults | both | the id of another named service")
    label: str
    span: Span


class Referral(Record):
    """An answer that points elsewhere ("available on our Contract Register", "published at ...")."""

    target: str
    link: str | None = None
    span: Span


class Answer(Record):
    text: str
    span: Span
    directorate: Directorate | None = None
    referral: Referral | None = None
    not_held: bool = False
    withheld: bool = False
    exemptions: list[str] = Field(default_factory=list, description="'ACT section' keys of exemptions applied")


class Question(Record):
    number: str = Field(description="as printed, without punctuation: '1', '1a', 'b', 'i', '•1'")
    text: str = Field(description="the question on one line, without its number")
    span: Span
    parent: str | None = Field(default=None, description="number of the parent question for sub-questions")
    answers: list[Answer] = Field(default_factory=list)


# redirect: answered under the environmental regulations instead (FOIA s39); not_held: the regulations' "we do not
# hold it" exception (EIR 12(4)(a)).
ExemptionKind = Literal["exemption", "exception", "ncnd", "cost_limit", "vexatious", "redirect", "not_held", "other"]


class Exemption(Record):
    act: Legislation
    section: str = Field(description="normalised: '43(2)', '12(4)(b)', '38(1)(b)', '40'")
    kind: ExemptionKind = "exemption"
    absolute: bool | None = None
    public_interest_test: bool | None = None
    public_interest_result: Literal["maintain_exemption", "disclose"] | None = None
    applies_to: list[str] = Field(default_factory=list, description="question numbers")
    spans: list[Span] = Field(min_length=1)

    @property
    def key(self) -> str:
        """The "ACT section" key answers and survey records cite it by ("FOIA 43(2)", ``Answer.exemptions``)."""
        return f"{self.act} {self.section}"


class SystemMention(Record):
    """One IT system or supplier named in the text, resolved to the catalogue where possible."""

    name: str = Field(description="canonical name ('Liquidlogic LCS'), or the supplier's for supplier-only mentions")
    id: str | None = None
    supplier: str | None = None
    supplier_stated: bool = Field(default=False, description="True when the text itself names the supplier")
    supplier_id: str | None = Field(default=None, description="catalogue id of the supplier (patterns/suppliers)")
    supplier_parent: str | None = Field(
        default=None, description="the supplier's current parent company per the catalogue ('System C')"
    )
    kind: Literal["system", "supplier"] = "system"
    category: str | None = None
    domains: list[str] = Field(default_factory=list)
    match: Literal["exact", "alias", "fuzzy", "unknown"] = "exact"
    score: float = 100.0
    surface: list[str] = Field(default_factory=list, description="the text as written, each distinct form")
    spans: list[Span] = Field(min_length=1)
    directorates: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)


class ParseWarning(Record):
    code: str
    message: str
    span: Span | None = None


class AttachmentError(Record):
    """Why an attachment gave no record: the :class:`~foiparse.errors.FoiParseError` it raised."""

    type: str = Field(description="the error's class name (CorruptDocument, NestingTooDeep, ...)")
    message: str


class Attachment(Record):
    """A file attached to an email, parsed on its own: ``record`` when it parses, ``error`` when it does not."""

    name: str
    media_type: str | None = None
    size: int = Field(ge=0, description="bytes")
    sha256: str
    record: FOIResponse | None = None
    error: AttachmentError | None = None


class FOIResponse(Record):
    """One FOI / EIR / FOISA response, parsed."""

    source: Source
    doc_type: DocType | None = None
    authority: Authority | None = None
    reference: str | None = None
    response_date: dt.date | None = None
    received_date: dt.date | None = None
    requester: Person | None = None
    officer: Person | None = None
    legislation: list[Legislation] = Field(default_factory=list)
    subject: str | None = None
    questions: list[Question] = Field(default_factory=list)
    exemptions: list[Exemption] = Field(default_factory=list)
    systems: list[SystemMention] = Field(default_factory=list)
    tools: list[SystemMention] = Field(
        default_factory=list,
        description="collaboration and office tools named (Microsoft Teams, Excel), kept apart from the systems",
    )
    outcome: Outcome | None = None
    attachments: list[Attachment] = Field(
        default_factory=list,
        description="the email's attachments in message order, each parsed into a record of its own (or an error)",
    )
    warnings: list[ParseWarning] = Field(default_factory=list)
    provenance: dict[str, list[Span]] = Field(
        default_factory=dict,
        description="spans of each scalar field ('reference', 'response_date', 'legislation.FOIA', ...)",
    )
    text: str = Field(description="the normalised text every span points into")
    parser_version: str


# Attachment and FOIResponse refer to each other.
Attachment.model_rebuild()
FOIResponse.model_rebuild()
