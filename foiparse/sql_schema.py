"""The one tabular schema of bulk output: SQLAlchemy Core tables, and a record's rows in them.

Every tabular sink (SQLite, PostgreSQL, CSV, Parquet) writes these tables with these columns:

- ``responses``: one row per parsed input, keyed by ``doc_id``, a digest of the content hash (``sha256``) and
  the source path (``path``; ``archive.zip!/member`` for archive members). ``(sha256, path)`` is unique:
  re-running a batch upserts by it, so the same content at the same path is never stored twice.
- ``questions`` (``doc_id``, ``q_index``), ``answers`` (``doc_id``, ``q_index``, ``a_index``),
  ``exemptions`` (``doc_id``, ``e_index``), ``systems`` (``doc_id``, ``s_index``): the record's lists, in order,
  each with the span (``span_start``, ``span_end``, ``page``) of the text it came from.
- ``survey_profiles`` (``doc_id``, ``p_index``): reserved for survey profiles (empty for now).
- ``errors``: one row per input that could not be parsed (type, code, message, hint), keyed like ``responses``.

An input has a row in ``responses`` or in ``errors``, never both. Join children to their response on
``doc_id``::

    select r.path, r.authority_name, e.act, e.section
    from exemptions e join responses r using (doc_id)
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from .keys import doc_id
from .models import FOIResponse, Span

SCHEMA_VERSION = 1

metadata = MetaData()

responses = Table(
    "responses",
    metadata,
    Column("doc_id", String(32), primary_key=True, comment="digest of sha256 and path"),
    Column("sha256", String(64), nullable=False),
    Column("path", Text, nullable=False, comment="source path; archive.zip!/member for archive members"),
    Column("media_type", Text),
    Column("size", Integer),
    Column("pages", Integer),
    Column("encoding", Text),
    Column("doc_type", Text),
    Column("outcome", Text),
    Column("authority_name", Text),
    Column("authority_id", Text),
    Column("authority_type", Text),
    Column("reference", Text),
    Column("response_date", Date),
    Column("received_date", Date),
    Column("requester_name", Text),
    Column("officer_name", Text),
    Column("officer_role", Text),
    Column("officer_job_title", Text),
    Column("legislation", Text, comment="comma-separated: FOIA,EIR"),
    Column("subject", Text),
    Column("question_count", Integer),
    Column("answer_count", Integer),
    Column("exemption_count", Integer),
    Column("system_count", Integer),
    Column("warning_count", Integer),
    Column("warnings", Text, comment="JSON list of {code, message, span}"),
    Column("provenance", Text, comment="JSON object: field -> list of spans"),
    Column("text", Text, comment="the normalised text every span points into"),
    Column("parser_version", Text),
    Column("parse_seconds", Float),
    Column("parsed_at", DateTime(timezone=True)),
    UniqueConstraint("sha256", "path", name="uq_responses_sha256_path"),
    Index("ix_responses_sha256", "sha256"),
    Index("ix_responses_authority_id", "authority_id"),
    Index("ix_responses_response_date", "response_date"),
    Index("ix_responses_reference", "reference"),
)

questions = Table(
    "questions",
    metadata,
    Column("doc_id", String(32), nullable=False),
    Column("q_index", Integer, nullable=False),
    Column("number", Text),
    Column("parent", Text),
    Column("text", Text),
    Column("answer_count", Integer),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("page", Integer),
    PrimaryKeyConstraint("doc_id", "q_index", name="pk_questions"),
    ForeignKeyConstraint(["doc_id"], ["responses.doc_id"], name="fk_questions_response"),
)

answers = Table(
    "answers",
    metadata,
    Column("doc_id", String(32), nullable=False),
    Column("q_index", Integer, nullable=False),
    Column("a_index", Integer, nullable=False),
    Column("text", Text),
    Column("not_held", Boolean),
    Column("withheld", Boolean),
    Column("exemptions", Text, comment="comma-separated 'ACT section' keys"),
    Column("directorate_kind", Text),
    Column("directorate_label", Text),
    Column("referral_target", Text),
    Column("referral_link", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("page", Integer),
    PrimaryKeyConstraint("doc_id", "q_index", "a_index", name="pk_answers"),
    ForeignKeyConstraint(["doc_id", "q_index"], ["questions.doc_id", "questions.q_index"], name="fk_answers_question"),
)

exemptions = Table(
    "exemptions",
    metadata,
    Column("doc_id", String(32), nullable=False),
    Column("e_index", Integer, nullable=False),
    Column("act", Text),
    Column("section", Text),
    Column("kind", Text),
    Column("absolute", Boolean),
    Column("public_interest_test", Boolean),
    Column("public_interest_result", Text),
    Column("applies_to", Text, comment="comma-separated question numbers"),
    Column("span_count", Integer),
    Column("span_start", Integer, comment="first span"),
    Column("span_end", Integer),
    Column("page", Integer),
    PrimaryKeyConstraint("doc_id", "e_index", name="pk_exemptions"),
    ForeignKeyConstraint(["doc_id"], ["responses.doc_id"], name="fk_exemptions_response"),
    Index("ix_exemptions_act_section", "act", "section"),
)

systems = Table(
    "systems",
    metadata,
    Column("doc_id", String(32), nullable=False),
    Column("s_index", Integer, nullable=False),
    Column("name", Text),
    Column("system_id", Text),
    Column("supplier", Text),
    Column("supplier_stated", Boolean),
    Column("kind", Text),
    Column("category", Text),
    Column("match", Text),
    Column("score", Float),
    Column("surface", Text, comment="the forms as written, joined with ' | '"),
    Column("directorates", Text, comment="comma-separated"),
    Column("questions", Text, comment="comma-separated question numbers"),
    Column("span_count", Integer),
    Column("span_start", Integer, comment="first span"),
    Column("span_end", Integer),
    Column("page", Integer),
    PrimaryKeyConstraint("doc_id", "s_index", name="pk_systems"),
    ForeignKeyConstraint(["doc_id"], ["responses.doc_id"], name="fk_systems_response"),
    Index("ix_systems_system_id", "system_id"),
)

survey_profiles = Table(
    "survey_profiles",
    metadata,
    Column("doc_id", String(32), nullable=False),
    Column("p_index", Integer, nullable=False),
    Column("survey", Text),
    Column("directorate", Text),
    Column("system_id", Text),
    Column("system_name", Text),
    Column("supplier", Text),
    Column("profile", Text, comment="JSON of the whole profile"),
    PrimaryKeyConstraint("doc_id", "p_index", name="pk_survey_profiles"),
    ForeignKeyConstraint(["doc_id"], ["responses.doc_id"], name="fk_survey_profiles_response"),
)

errors = Table(
    "errors",
    metadata,
    Column("doc_id", String(32), primary_key=True, comment="digest of sha256 and path"),
    Column("sha256", String(64), nullable=False, comment="empty when the input could not be read at all"),
    Column("path", Text, nullable=False),
    Column("error_type", Text, nullable=False, comment="exception class: CorruptDocument, ParseTimeout, ..."),
    Column("error_code", Text),
    Column("message", Text),
    Column("hint", Text),
    Column("size", Integer),
    Column("parser_version", Text),
    Column("parse_seconds", Float),
    Column("parsed_at", DateTime(timezone=True)),
    UniqueConstraint("sha256", "path", name="uq_errors_sha256_path"),
    Index("ix_errors_error_type", "error_type"),
)

meta = Table(
    "foiparse_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text),
)

# Parents before children (insert order); delete in reverse.
TABLES: tuple[Table, ...] = (responses, questions, answers, exemptions, systems, survey_profiles, errors)
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)
# The tables whose rows say an input is done (exactly one of them holds each input).
DONE_TABLES = ("responses", "errors")

Row = dict[str, Any]


def _span(span: Span | None) -> tuple[int | None, int | None, int | None]:
    if span is None:
        return None, None, None
    return span.start, span.end, span.page


def _csv(items: list[str]) -> str | None:
    return ",".join(items) if items else None


def record_rows(
    record: FOIResponse, *, path: str, sha256: str, seconds: float | None, parsed_at: dt.datetime
) -> dict[str, list[Row]]:
    """The rows of one parsed record, table by table."""
    key = doc_id(sha256, path)
    rows: dict[str, list[Row]] = {name: [] for name in TABLE_NAMES}
    src = record.source
    answer_count = 0
    for qi, question in enumerate(record.questions):
        start, end, page = _span(question.span)
        rows["questions"].append(
            {
                "doc_id": key,
                "q_index": qi,
                "number": question.number,
                "parent": question.parent,
                "text": question.text,
                "answer_count": len(question.answers),
                "span_start": start,
                "span_end": end,
                "page": page,
            }
        )
        for ai, answer in enumerate(question.answers):
            answer_count += 1
            start, end, page = _span(answer.span)
            rows["answers"].append(
                {
                    "doc_id": key,
                    "q_index": qi,
                    "a_index": ai,
                    "text": answer.text,
                    "not_held": answer.not_held,
                    "withheld": answer.withheld,
                    "exemptions": _csv(answer.exemptions),
                    "directorate_kind": answer.directorate.kind if answer.directorate else None,
                    "directorate_label": answer.directorate.label if answer.directorate else None,
                    "referral_target": answer.referral.target if answer.referral else None,
                    "referral_link": answer.referral.link if answer.referral else None,
                    "span_start": start,
                    "span_end": end,
                    "page": page,
                }
            )
    for ei, exemption in enumerate(record.exemptions):
        start, end, page = _span(exemption.spans[0] if exemption.spans else None)
        rows["exemptions"].append(
            {
                "doc_id": key,
                "e_index": ei,
                "act": exemption.act,
                "section": exemption.section,
                "kind": exemption.kind,
                "absolute": exemption.absolute,
                "public_interest_test": exemption.public_interest_test,
                "public_interest_result": exemption.public_interest_result,
                "applies_to": _csv(exemption.applies_to),
                "span_count": len(exemption.spans),
                "span_start": start,
                "span_end": end,
                "page": page,
            }
        )
    for si, system in enumerate(record.systems):
        start, end, page = _span(system.spans[0] if system.spans else None)
        rows["systems"].append(
            {
                "doc_id": key,
                "s_index": si,
                "name": system.name,
                "system_id": system.id,
                "supplier": system.supplier,
                "supplier_stated": system.supplier_stated,
                "kind": system.kind,
                "category": system.category,
                "match": system.match,
                "score": float(system.score),
                "surface": " | ".join(system.surface) or None,
                "directorates": _csv(system.directorates),
                "questions": _csv(system.questions),
                "span_count": len(system.spans),
                "span_start": start,
                "span_end": end,
                "page": page,
            }
        )
    authority, officer = record.authority, record.officer
    rows["responses"].append(
        {
            "doc_id": key,
            "sha256": sha256,
            "path": path,
            "media_type": src.media_type,
            "size": src.size,
            "pages": src.pages,
            "encoding": src.encoding,
            "doc_type": record.doc_type,
            "outcome": record.outcome,
            "authority_name": authority.name if authority else None,
            "authority_id": authority.id if authority else None,
            "authority_type": authority.type if authority else None,
            "reference": record.reference,
            "response_date": record.response_date,
            "received_date": record.received_date,
            "requester_name": record.requester.name if record.requester else None,
            "officer_name": officer.name if officer else None,
            "officer_role": officer.role if officer else None,
            "officer_job_title": officer.job_title if officer else None,
            "legislation": _csv(list(record.legislation)),
            "subject": record.subject,
            "question_count": len(record.questions),
            "answer_count": answer_count,
            "exemption_count": len(record.exemptions),
            "system_count": len(record.systems),
            "warning_count": len(record.warnings),
            "warnings": json.dumps([w.model_dump(mode="json") for w in record.warnings], ensure_ascii=False),
            "provenance": json.dumps(
                {k: [s.model_dump(mode="json") for s in v] for k, v in record.provenance.items()}, ensure_ascii=False
            ),
            "text": record.text,
            "parser_version": record.parser_version,
            "parse_seconds": seconds,
            "parsed_at": parsed_at,
        }
    )
    return rows


def error_row(
    *,
    path: str,
    sha256: str,
    error_type: str,
    error_code: str | None,
    message: str | None,
    hint: str | None,
    size: int | None,
    parser_version: str,
    seconds: float | None,
    parsed_at: dt.datetime,
) -> Row:
    return {
        "doc_id": doc_id(sha256, path),
        "sha256": sha256,
        "path": path,
        "error_type": error_type,
        "error_code": error_code,
        "message": message,
        "hint": hint,
        "size": size,
        "parser_version": parser_version,
        "parse_seconds": seconds,
        "parsed_at": parsed_at,
    }


def record_counts(data: dict[str, Any]) -> dict[str, int]:
    """Row counts per child table for one record given as JSON data (what the JSONL sink stores)."""
    questions_ = data.get("questions") or []
    return {
        "questions": len(questions_),
        "answers": sum(len(q.get("answers") or []) for q in questions_),
        "exemptions": len(data.get("exemptions") or []),
        "systems": len(data.get("systems") or []),
        "survey_profiles": 0,
    }
