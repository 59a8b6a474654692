"""See what was extracted: every value of a record highlighted at its span, as an HTML page or in a terminal.

:func:`collect_annotations` flattens a record into :class:`Annotation` items (one per span: the field it belongs to,
its family, a label and the value); :func:`render_html` lays them over the record's normalised text as nested
``<mark>`` elements (a sweep over span boundaries, so overlapping and crossing spans nest correctly: a span
that crosses another is split into pieces that share its ``data-ann`` id) beside a side panel of the record,
grouped like the record. The page is self-contained: inline CSS and a little inline JavaScript, no network.
:func:`render_terminal` prints the same groups with rich.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .models import Answer, FOIResponse, Span

if TYPE_CHECKING:
    from rich.console import Console

# Field families, in the order the legend and the side panel show them.
FAMILIES: dict[str, str] = {
    "header": "Header fields",
    "question": "Questions",
    "answer": "Answers",
    "exemption": "Exemptions",
    "system": "Systems",
    "survey": "Survey values",
    "warning": "Warnings",
}
# Answer colours by directorate kind; any other kind shares "other".
DIRECTORATE_CLASSES = ("children", "adults", "both", "other", "none")
_DIRECTORATE_NAMES = {
    "children": "Children's services",
    "adults": "Adult services",
    "both": "Both directorates",
    "other": "Another service",
    "none": "No directorate stated",
}
_HEADER_LABELS = {
    "reference": "Reference",
    "response_date": "Response date",
    "received_date": "Received date",
    "authority": "Authority",
    "requester": "Requester",
    "officer": "Officer",
    "subject": "Subject",
}


@dataclass(frozen=True)
class Annotation:
    """One highlighted span: which field it belongs to, how to show it, and where it stands."""

    id: str
    family: str
    css: str = field(compare=False)
    field: str
    label: str
    value: str
    span: Span
    group: str = ""

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass
class SurveyResult:
    """Survey profiles extracted for a record (empty when the survey layer is absent or does not apply)."""

    survey: str
    profiles: list[BaseModel]


@dataclass
class _Builder:
    items: list[Annotation] = field(default_factory=list)

    def add(
        self, family: str, field_: str, label: str, value: str, span: Span, *, css: str = "", group: str = ""
    ) -> Annotation:
        ann = Annotation(
            id=f"a{len(self.items)}",
            family=family,
            css=css or f"f-{family}",
            field=field_,
            label=label,
            value=value,
            span=span,
            group=group,
        )
        self.items.append(ann)
        return ann


def directorate_class(kind: str | None) -> str:
    if kind is None:
        return "none"
    return kind if kind in {"children", "adults", "both"} else "other"


def _answer_label(answer: Answer) -> tuple[str, str, list[str]]:
    """How an answer is shown on the page and in the terminal: its directorate's class, who answers, and its
    flags (not held, withheld, the exemptions cited, a referral)."""
    dclass = directorate_class(answer.directorate.kind if answer.directorate else None)
    who = answer.directorate.label if answer.directorate else "answer"
    flags = [f for f, on in (("not held", answer.not_held), ("withheld", answer.withheld)) if on]
    flags += answer.exemptions
    if answer.referral is not None:
        flags.append(f"referral: {answer.referral.target}")
    return dclass, who, flags


def _header_value(record: FOIResponse, key: str) -> str:
    if key == "reference":
        return record.reference or ""
    if key == "response_date":
        return record.response_date.isoformat() if record.response_date else ""
    if key == "received_date":
        return record.received_date.isoformat() if record.received_date else ""
    if key == "authority":
        return record.authority.name if record.authority else ""
    if key == "requester":
        return record.requester.name if record.requester else ""
    if key == "officer":
        if record.officer is None:
            return ""
        title = f", {record.officer.job_title}" if record.officer.job_title else ""
        return f"{record.officer.name}{title}"
    if key == "subject":
        return record.subject or ""
    if key.startswith("legislation."):
        return key.split(".", 1)[1]
    return ""


def load_surveys(record: FOIResponse) -> tuple[list[SurveyResult], list[str]]:
    """Survey profiles for ``record`` from ``foiparse.surveys`` where that layer exists; notes say what failed.

    The survey layer is optional: without it (or without a survey that applies) the result is empty.
    """
    try:
        from . import surveys as surveys_module
    except ImportError:
        return [], []
    extract = getattr(surveys_module, "extract", None)
    if extract is None:
        return [], []
    try:
        available = getattr(surveys_module, "available", None)
        ids: list[str] = sorted(available()) if available is not None else ["social-care-systems"]
    except Exception as exc:  # an optional layer: say what failed, never let it break the page
        return [], [f"surveys: {type(exc).__name__}: {exc}"]
    results: list[SurveyResult] = []
    notes: list[str] = []
    for survey_id in ids:
        try:
            profiles = list(extract(record, survey_id))
        except Exception as exc:  # report, do not crash: the page still shows everything else
            notes.append(f"survey {survey_id}: {type(exc).__name__}: {exc}")
            continue
        models = [p for p in profiles if isinstance(p, BaseModel)]
        if models:
            results.append(SurveyResult(survey_id, models))
    return results, notes


def _profile_title(profile: BaseModel) -> str:
    parts: list[str] = []
    directorate = getattr(profile, "directorate_label", None) or getattr(profile, "directorate", None)
    if directorate:
        parts.append(str(directorate))
    system = getattr(profile, "system", None)
    name = getattr(system, "name", None) if system is not None else None
    if name:
        parts.append(str(name))
    status = getattr(profile, "status", None)
    if status and status != "answered":
        parts.append(str(status))
    return " · ".join(parts) or "profile"


def _owner_value(owner: BaseModel, field_name: str, span: Span) -> str:
    """What a survey span stands for, read from the model that holds it."""
    special = {"value_span": "value", "extension_span": "extension_option", "years_span": "years"}
    if field_name in special:
        value = getattr(owner, special[field_name], None)
        if value is not None:
            return f"{value} years" if field_name == "years_span" else str(value)
    if field_name == "supplier_span":
        return str(getattr(owner, "supplier", None) or span.text)
    amount = getattr(owner, "amount", None)
    if isinstance(amount, (int, float)) and not isinstance(amount, bool):
        role = getattr(owner, "role", None)
        unit = getattr(owner, "unit", None)
        currency = getattr(owner, "currency", None)
        period = getattr(owner, "period", None)
        if unit:
            return f"{role + ': ' if role else ''}{amount:g} {unit}(s)"
        return " ".join(str(x) for x in (currency, f"{amount:,.2f}", f"per {period}" if period else None) if x)
    for attr in ("value", "name", "model", "target", "message"):
        value = getattr(owner, attr, None)
        if isinstance(value, str) and value:
            kind = getattr(owner, "kind", None)
            return f"{value} ({kind})" if attr == "name" and isinstance(kind, str) else value
    return span.text


def _walk_spans(obj: Any, path: str) -> Iterator[tuple[str, BaseModel, str, Span]]:
    """Every span inside a survey profile: (path, owning model, field name, span).

    The ``spans`` of an answered value (a model with a ``text``) are the whole sentences read, which the
    answers already highlight; they are left out so that the survey layer marks only the values themselves.
    """
    if isinstance(obj, BaseModel):
        is_answered = isinstance(getattr(obj, "text", None), str)
        for name in type(obj).model_fields:
            value = getattr(obj, name, None)
            if value is None:
                continue
            sub = f"{path}.{name}" if path else name
            if isinstance(value, Span):
                yield sub, obj, name, value
            elif isinstance(value, list) and value and all(isinstance(v, Span) for v in value):
                if name == "spans" and is_answered:
                    continue
                for i, span in enumerate(value):
                    yield f"{sub}[{i}]", obj, name, span
            else:
                yield from _walk_spans(value, sub)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _walk_spans(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _walk_spans(item, f"{path}.{key}")


def collect_annotations(record: FOIResponse, surveys: Sequence[SurveyResult] = ()) -> list[Annotation]:
    """Every span of ``record`` (and of its survey profiles) as an annotation, in record order."""
    b = _Builder()
    # Header: the scalar fields' provenance, authority evidence apart with its kind.
    for key, spans in record.provenance.items():
        if key == "authority" and record.authority is not None:
            continue
        base = key.split(".", 1)[0]
        label = _HEADER_LABELS.get(key) or ("Legislation" if base == "legislation" else key.replace("_", " "))
        for i, span in enumerate(spans):
            b.add("header", f"{key}[{i}]" if len(spans) > 1 else key, label, _header_value(record, key), span)
    if record.authority is not None:
        for i, evidence in enumerate(record.authority.evidence):
            b.add(
                "header",
                f"authority.evidence[{i}]",
                f"Authority ({evidence.kind.replace('_', ' ')})",
                record.authority.name,
                evidence.span,
                css="f-header f-authority",
            )
    for qi, question in enumerate(record.questions):
        parent = f" (part of {question.parent})" if question.parent else ""
        b.add("question", f"questions[{qi}]", f"Question {question.number}{parent}", question.text, question.span)
        for ai, answer in enumerate(question.answers):
            kind = answer.directorate.kind if answer.directorate else None
            dclass = directorate_class(kind)
            who = answer.directorate.label if answer.directorate else "no directorate stated"
            flags = [f for f, on in (("not held", answer.not_held), ("withheld", answer.withheld)) if on]
            flags += answer.exemptions
            suffix = f" [{', '.join(flags)}]" if flags else ""
            css = f"f-answer d-{dclass}"
            b.add(
                "answer",
                f"questions[{qi}].answers[{ai}]",
                f"Answer to {question.number} ({who}){suffix}",
                answer.text,
                answer.span,
                css=css,
                group=dclass,
            )
            if answer.directorate is not None:
                b.add(
                    "answer",
                    f"questions[{qi}].answers[{ai}].directorate",
                    "Directorate",
                    f"{answer.directorate.kind}: {answer.directorate.label}",
                    answer.directorate.span,
                    css=f"f-answer f-directorate d-{dclass}",
                    group=dclass,
                )
            if answer.referral is not None:
                link = f" <{answer.referral.link}>" if answer.referral.link else ""
                b.add(
                    "answer",
                    f"questions[{qi}].answers[{ai}].referral",
                    "Referral",
                    f"{answer.referral.target}{link}",
                    answer.referral.span,
                    css=f"f-answer f-referral d-{dclass}",
                    group=dclass,
                )
    for ei, exemption in enumerate(record.exemptions):
        for si, span in enumerate(exemption.spans):
            b.add(
                "exemption",
                f"exemptions[{ei}].spans[{si}]",
                f"Exemption {exemption.act} s{exemption.section} ({exemption.kind})",
                _exemption_summary(exemption),
                span,
            )
    for yi, system in enumerate(getattr(record, "systems", None) or []):
        for si, span in enumerate(system.spans):
            supplier = f" ({system.supplier})" if system.supplier else ""
            b.add("system", f"systems[{yi}].spans[{si}]", f"System: {system.name}", f"{system.name}{supplier}", span)
    for result in surveys:
        for pi, profile in enumerate(result.profiles):
            title = _profile_title(profile)
            for path, owner, name, span in _walk_spans(profile, ""):
                b.add(
                    "survey",
                    f"survey.{result.survey}[{pi}].{path}",
                    f"{result.survey} · {title} · {path}",
                    _owner_value(owner, name, span),
                    span,
                )
    for wi, warning in enumerate(record.warnings):
        if warning.span is not None:
            b.add("warning", f"warnings[{wi}]", f"Warning: {warning.code}", warning.message, warning.span)
    return b.items


def _exemption_summary(exemption: Any) -> str:
    bits = [f"{exemption.act} section {exemption.section}", exemption.kind]
    if exemption.absolute is not None:
        bits.append("absolute" if exemption.absolute else "qualified")
    if exemption.public_interest_test:
        bits.append(
            "public interest test"
            + (f": {exemption.public_interest_result}" if exemption.public_interest_result else "")
        )
    if exemption.applies_to:
        bits.append("questions " + ", ".join(exemption.applies_to))
    return "; ".join(bits)


def check_spans(record: FOIResponse, items: Iterable[Annotation]) -> tuple[list[Annotation], list[str]]:
    """The annotations that can be placed in the text, and a note for each that cannot."""
    placed: list[Annotation] = []
    problems: list[str] = []
    n = len(record.text)
    for ann in items:
        span = ann.span
        if span.end > n:
            problems.append(f"{ann.field}: span {span.start}-{span.end} lies outside the text ({n} characters)")
        elif span.start == span.end:
            problems.append(f"{ann.field}: empty span at {span.start}")
        else:
            if record.text[span.start : span.end] != span.text:
                problems.append(f"{ann.field}: span text {span.text!r} differs from the text at {span.start}")
            placed.append(ann)
    return placed, problems


def infer_page_starts(record: FOIResponse, items: Iterable[Annotation]) -> list[int]:
    """Where each page starts, estimated from the spans' pages (used when the reader's page starts are not
    at hand): a page starts at the first line after the last span of the page before it."""
    pages = record.source.pages or 0
    if pages < 2:
        return []
    last_end: dict[int, int] = {}
    first_start: dict[int, int] = {}
    for ann in items:
        page = ann.span.page
        if page is None:
            continue
        last_end[page] = max(last_end.get(page, 0), ann.span.end)
        first_start[page] = min(first_start.get(page, len(record.text)), ann.span.start)
    starts = [0]
    for page in range(2, pages + 1):
        if page not in first_start:
            return []
        low = max([starts[-1], *[e for p, e in last_end.items() if p < page]])
        high = first_start[page]
        if high < low:
            return []
        line_start = record.text.rfind("\n", low, high)
        starts.append(line_start + 1 if line_start >= 0 else low)
    return starts


def _sort_key(ann: Annotation) -> tuple[int, int, int]:
    return (ann.start, -ann.end, int(ann.id[1:]))


def highlight(text: str, items: Sequence[Annotation], page_starts: Sequence[int] = ()) -> str:
    """``text`` as HTML with each annotation wrapped in ``<mark>`` elements, properly nested.

    A sweep over every span boundary: within each segment the covering annotations are opened outermost
    first (earlier start, then longer); moving to the next segment closes only what ends or must be reopened
    inside a new outer mark, so a crossing span is split into pieces with the same ``data-ann``. The first
    piece of each annotation carries ``id="ann-<id>"``. Page starts become empty markers (CSS draws them)."""
    starts: dict[int, list[Annotation]] = {}
    for ann in items:
        starts.setdefault(ann.start, []).append(ann)
    bounds = sorted({0, len(text), *(a.start for a in items), *(a.end for a in items)})
    page_marks = {p: i + 1 for i, p in enumerate(page_starts) if 0 <= p <= len(text)}
    bounds = sorted(set(bounds) | set(page_marks))
    out: list[str] = []
    stack: list[Annotation] = []
    active: list[Annotation] = []
    opened: set[str] = set()
    for i, pos in enumerate(bounds[:-1]):
        nxt = bounds[i + 1]
        active = [a for a in active if a.end > pos]
        if pos in starts:
            active.extend(starts[pos])
            active.sort(key=_sort_key)
        # Longest common prefix of what is open and what should be.
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for _ in range(len(stack) - keep):
            out.append("</mark>")
        stack = stack[:keep]
        if pos in page_marks:
            page = page_marks[pos]
            out.append(f'<span class="page-break" id="page-{page}" data-page="{page}"></span>')
        for ann in active[keep:]:
            first = ann.id not in opened
            opened.add(ann.id)
            attrs = [
                f'class="hl {html.escape(ann.css)}"',
                f'data-ann="{ann.id}"',
                f'title="{html.escape(ann.label)}: {html.escape(_clip(ann.value, 160))}"',
            ]
            if first:
                attrs.insert(0, f'id="ann-{ann.id}"')
                attrs.append(f'data-field="{html.escape(ann.field)}"')
            out.append(f"<mark {' '.join(attrs)}>")
            stack.append(ann)
        out.append(html.escape(text[pos:nxt], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the page ---------------------------------------------------------------------------------------------

_CSS = """
:root { --bg:#fafaf7; --panel:#fff; --ink:#1d1d1f; --muted:#6b6b70; --line:#e2e2e6;
  --header:rgba(255,193,7,.55); --question:rgba(66,133,244,.20); --exemption:rgba(229,57,53,.35);
  --system:rgba(0,188,212,.45); --survey:rgba(233,30,99,.28);
  --children:rgba(76,175,80,.20); --adults:rgba(156,39,176,.16); --both:rgba(0,150,136,.20);
  --other:rgba(121,85,72,.18); --none:rgba(120,120,120,.12); }
* { box-sizing:border-box; }
body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif; color:var(--ink);
  background:var(--bg); }
header.top { padding:14px 24px 10px; border-bottom:1px solid var(--line); background:#fff; }
header.top h1 { font-size:20px; margin:0 0 4px; }
header.top .meta { color:var(--muted); font-size:13px; }
.legend { display:flex; flex-wrap:wrap; gap:6px 14px; margin-top:8px; font-size:13px; }
.legend label { display:inline-flex; align-items:center; gap:5px; cursor:pointer; }
.sw { display:inline-block; width:14px; height:14px; border-radius:3px; border:1px solid rgba(0,0,0,.15); }
.layout { display:grid; grid-template-columns:minmax(0,1fr) 420px; gap:0; }
main.doc { padding:18px 28px 60vh; }
#doc { white-space:pre-wrap; overflow-wrap:anywhere; font-family:Georgia,"DejaVu Serif",serif; font-size:15.5px;
  line-height:1.7; max-width:80ch; background:#fff; padding:20px 26px; border:1px solid var(--line);
  border-radius:6px; }
aside.panel { position:sticky; top:0; height:100vh; overflow:auto; border-left:1px solid var(--line);
  background:var(--panel); padding:12px 16px 40px; font-size:13.5px; }
aside h2 { font-size:14px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted);
  margin:18px 0 6px; border-bottom:1px solid var(--line); padding-bottom:3px; }
aside h3 { font-size:13.5px; margin:10px 0 4px; }
aside ul { list-style:none; margin:0; padding:0; }
aside li { margin:2px 0; }
aside li.sub { margin-left:16px; }
.val { display:block; width:100%; text-align:left; border:1px solid transparent; border-left:4px solid #999;
  background:#f6f6f8; padding:3px 7px; border-radius:4px; font:inherit; color:inherit; cursor:pointer; }
.val:hover, .val:focus { border-color:#888; background:#eef; outline:none; }
.val .k { color:var(--muted); font-size:12px; display:block; }
.val .v { display:block; overflow-wrap:anywhere; }
.val .pg { float:right; color:var(--muted); font-size:11.5px; }
.chips { margin:2px 0 4px 4px; }
.chip { font:11.5px/1.3 inherit; border:1px solid #bbb; background:#fff; border-radius:9px; padding:1px 7px;
  margin:1px 2px; cursor:pointer; }
.chip:hover { background:#eef; }
.plain { padding:3px 7px; color:var(--ink); }
.plain .k { color:var(--muted); font-size:12px; margin-right:6px; }
.note, .warn { background:#fff4e5; border:1px solid #f0c36d; border-radius:4px; padding:5px 8px; margin:4px 0; }
.warn code { font-size:12px; }
mark.hl { color:inherit; background:transparent; border-radius:2px; padding:0; }
mark.f-header { background:var(--header); box-shadow:inset 0 -2px 0 rgba(191,144,0,.9); }
mark.f-question { background:var(--question); }
mark.f-answer.d-children { background:var(--children); }
mark.f-answer.d-adults { background:var(--adults); }
mark.f-answer.d-both { background:var(--both); }
mark.f-answer.d-other { background:var(--other); }
mark.f-answer.d-none { background:var(--none); }
mark.f-directorate { font-weight:600; }
mark.f-referral { text-decoration:underline 2px rgba(121,85,72,.9); }
mark.f-exemption { background:var(--exemption); box-shadow:inset 0 -2px 0 rgba(183,28,28,.9); }
mark.f-system { background:var(--system); box-shadow:inset 0 -2px 0 rgba(0,131,143,.95); font-weight:600; }
mark.f-survey { background:var(--survey); border-bottom:2px dotted rgba(173,20,87,.95); }
mark.f-warning { text-decoration:underline wavy rgba(211,47,47,.9); }
.val.f-header { border-left-color:rgba(191,144,0,.9); }
.val.f-question { border-left-color:rgb(66,133,244); }
.val.d-children { border-left-color:rgb(76,175,80); }
.val.d-adults { border-left-color:rgb(156,39,176); }
.val.d-both { border-left-color:rgb(0,150,136); }
.val.d-other { border-left-color:rgb(121,85,72); }
.val.d-none { border-left-color:#999; }
.val.f-exemption { border-left-color:rgb(229,57,53); }
.val.f-system { border-left-color:rgb(0,172,193); }
.val.f-survey { border-left-color:rgb(233,30,99); }
.val.f-warning { border-left-color:rgb(211,47,47); }
.sw.f-header { background:var(--header); } .sw.f-question { background:var(--question); }
.sw.d-children { background:var(--children); } .sw.d-adults { background:var(--adults); }
.sw.d-both { background:var(--both); } .sw.d-other { background:var(--other); } .sw.d-none { background:var(--none); }
.sw.f-exemption { background:var(--exemption); } .sw.f-system { background:var(--system); }
.sw.f-survey { background:var(--survey); } .sw.f-warning { background:#fff; border-bottom:2px solid #d32f2f; }
body.off-header mark.f-header, body.off-question mark.f-question, body.off-answer mark.f-answer,
body.off-exemption mark.f-exemption, body.off-system mark.f-system, body.off-survey mark.f-survey
{ background:transparent; box-shadow:none; border-bottom:0; font-weight:inherit; text-decoration:none; }
body.off-warning mark.f-warning { text-decoration:none; }
mark.hl.hover { outline:2px solid rgba(0,0,0,.45); }
mark.hl.active { outline:2px solid #ff6d00; outline-offset:1px; }
mark.hl.flash { animation:flash 1.4s ease-out 1; }
@keyframes flash { 0% { outline:4px solid #ff6d00; background:#ffe0b2; } 100% { outline:2px solid #ff6d00; } }
.page-break { display:block; margin:14px -26px; border-top:2px dashed #b0b0b8; height:0; position:relative; }
.page-break::before { content:"page " attr(data-page); position:absolute; right:8px; top:-11px; background:#fff;
  color:var(--muted); font:12px system-ui,sans-serif; padding:0 6px; }
#tip { position:fixed; z-index:10; max-width:420px; background:#222; color:#fff; padding:6px 9px; border-radius:5px;
  font:12.5px/1.4 system-ui,sans-serif; pointer-events:none; display:none; box-shadow:0 3px 10px rgba(0,0,0,.3); }
#tip div + div { border-top:1px solid #555; margin-top:4px; padding-top:4px; }
#tip b { color:#ffd54f; font-weight:600; }
@media (max-width: 1000px) { .layout { grid-template-columns:1fr; } aside.panel { position:static; height:auto; } }
"""

_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("foi-data").textContent);
  function pieces(id) { return document.querySelectorAll('mark[data-ann="' + id + '"]'); }
  function go(id) {
    var first = document.getElementById("ann-" + id);
    if (!first) { return; }
    document.querySelectorAll("mark.hl.active").forEach(function (m) { m.classList.remove("active"); });
    first.scrollIntoView({ block: "center", inline: "nearest" });
    pieces(id).forEach(function (m) {
      m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash", "active");
    });
    window.setTimeout(function () { pieces(id).forEach(function (m) { m.classList.remove("flash"); }); }, 1500);
    document.body.setAttribute("data-current", id);
  }
  document.querySelectorAll("[data-target]").forEach(function (el) {
    el.addEventListener("click", function () { go(el.getAttribute("data-target")); });
    el.addEventListener("mouseenter", function () {
      pieces(el.getAttribute("data-target")).forEach(function (m) { m.classList.add("hover"); });
    });
    el.addEventListener("mouseleave", function () {
      pieces(el.getAttribute("data-target")).forEach(function (m) { m.classList.remove("hover"); });
    });
  });
  var tip = document.getElementById("tip");
  var doc = document.getElementById("doc");
  doc.addEventListener("mousemove", function (ev) {
    var node = ev.target, seen = [], rows = [];
    while (node && node !== doc) {
      if (node.nodeName === "MARK" && node.hasAttribute("data-ann")) { seen.push(node.getAttribute("data-ann")); }
      node = node.parentNode;
    }
    if (!seen.length) { tip.style.display = "none"; return; }
    tip.textContent = "";
    seen.forEach(function (id) {
      var a = data[id]; if (!a) { return; }
      var row = document.createElement("div"), b = document.createElement("b");
      b.textContent = a.label + (a.page ? " (p. " + a.page + ")" : "");
      row.appendChild(b);
      row.appendChild(document.createElement("br"));
      row.appendChild(document.createTextNode(a.value.length > 240 ? a.value.slice(0, 239) + "\\u2026" : a.value));
      tip.appendChild(row);
    });
    tip.style.display = "block";
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 16;
    if (y + tip.offsetHeight > window.innerHeight - 4) { y = ev.clientY - tip.offsetHeight - 10; }
    tip.style.left = x + "px"; tip.style.top = Math.max(4, y) + "px";
  });
  doc.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  document.querySelectorAll(".legend input[data-family]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("off-" + box.getAttribute("data-family"), !box.checked);
    });
  });
})();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _json_for_script(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survive as themselves."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _page_label(span: Span) -> str:
    return f'<span class="pg">p. {span.page}</span>' if span.page is not None else ""


def _button(ann: Annotation, key: str, value: str, extra_css: str = "") -> str:
    css = f"val {ann.css} {extra_css}".strip()
    return (
        f'<button type="button" class="{_e(css)}" data-target="{ann.id}" data-field="{_e(ann.field)}">'
        f'{_page_label(ann.span)}<span class="k">{_e(key)}</span><span class="v">{_e(_clip(value, 300))}</span>'
        "</button>"
    )


def _chips(anns: Sequence[Annotation]) -> str:
    if len(anns) < 2:
        return ""
    chips = "".join(
        f'<button type="button" class="chip" data-target="{a.id}" data-field="{_e(a.field)}" '
        f'title="{_e(a.span.text)}">{i + 1}{"" if a.span.page is None else f" · p.{a.span.page}"}</button>'
        for i, a in enumerate(anns)
    )
    return f'<div class="chips">{len(anns)} places: {chips}</div>'


def _plain(key: str, value: str) -> str:
    return f'<li><div class="plain"><span class="k">{_e(key)}</span>{_e(value)}</div></li>'


def _panel(
    record: FOIResponse,
    placed: Sequence[Annotation],
    surveys: Sequence[SurveyResult],
    problems: Sequence[str],
    notes: Sequence[str],
) -> str:
    by_field: dict[str, Annotation] = {a.field: a for a in placed}

    def prefixed(prefix: str) -> list[Annotation]:
        return [a for a in placed if a.field.startswith(prefix)]

    parts: list[str] = []
    # Warnings first: they say how far to trust the rest.
    if not (record.warnings or problems or notes):
        parts.append('<h2 id="warnings">Warnings (0)</h2><ul><li><div class="plain">none</div></li></ul>')
    else:
        parts.append(f'<h2 id="warnings">Warnings ({len(record.warnings) + len(problems) + len(notes)})</h2><ul>')
        for wi, warning in enumerate(record.warnings):
            ann = by_field.get(f"warnings[{wi}]")
            if ann is not None:
                parts.append(f"<li>{_button(ann, f'warning: {warning.code}', warning.message)}</li>")
            else:
                parts.append(f'<li><div class="warn"><code>{_e(warning.code)}</code> {_e(warning.message)}</div></li>')
        for text in [*problems, *notes]:
            parts.append(f'<li><div class="warn">{_e(text)}</div></li>')
        parts.append("</ul>")

    def header_item(key: str) -> None:
        anns = [a for a in placed if a.field == key or a.field.startswith(f"{key}[")]
        value = _header_value(record, key)
        if anns:
            parts.append(f"<li>{_button(anns[0], _HEADER_LABELS[key], value)}{_chips(anns)}</li>")
        elif value:
            parts.append(_plain(_HEADER_LABELS[key], value))

    parts.append('<h2 id="g-header">Header</h2><ul>')
    for key in ("reference", "response_date", "received_date"):
        header_item(key)
    if record.authority is not None:
        anns = prefixed("authority.evidence[")
        extra = " · ".join(x for x in (record.authority.type, record.authority.id) if x)
        label = f"Authority{f' ({extra})' if extra else ''}"
        if anns:
            kinds = ", ".join(sorted({a.label[11:-1] for a in anns}))
            parts.append(f"<li>{_button(anns[0], label, f'{record.authority.name} — {kinds}')}{_chips(anns)}</li>")
        else:
            parts.append(_plain(label, record.authority.name))
    for key in ("requester", "officer", "subject"):
        header_item(key)
    for act in record.legislation:
        anns = [a for a in placed if a.field == f"legislation.{act}" or a.field.startswith(f"legislation.{act}[")]
        if anns:
            parts.append(f"<li>{_button(anns[0], 'Legislation', act)}{_chips(anns)}</li>")
        else:
            parts.append(_plain("Legislation", act))
    shown = {"reference", "response_date", "received_date", "authority", "requester", "officer", "subject"}
    for key in record.provenance:
        base = key.split("[", 1)[0]
        if base in shown or base.startswith("legislation.") or key == "authority":
            continue
        anns = [a for a in placed if a.field == key or a.field.startswith(f"{key}[")]
        if anns:
            parts.append(f"<li>{_button(anns[0], key, anns[0].value or anns[0].span.text)}{_chips(anns)}</li>")
    parts.append(_plain("Document type", record.doc_type or "—"))
    parts.append(_plain("Outcome", record.outcome or "—"))
    parts.append("</ul>")

    parts.append(f'<h2 id="g-questions">Questions ({len(record.questions)})</h2><ul>')
    for qi, question in enumerate(record.questions):
        q_ann = by_field.get(f"questions[{qi}]")
        key = f"Q{question.number}" + (f" (of {question.parent})" if question.parent else "")
        if q_ann is not None:
            parts.append(f"<li>{_button(q_ann, key, question.text)}</li>")
        else:
            parts.append(_plain(key, question.text))
        for ai, answer in enumerate(question.answers):
            a_ann = by_field.get(f"questions[{qi}].answers[{ai}]")
            dclass, who, flags = _answer_label(answer)
            akey = who + (f" [{'; '.join(flags)}]" if flags else "")
            if a_ann is not None:
                parts.append(f'<li class="sub">{_button(a_ann, akey, answer.text)}</li>')
            else:
                parts.append(f'<li class="sub"><div class="plain d-{dclass}">{_e(akey)}: {_e(answer.text)}</div></li>')
    if not record.questions:
        parts.append('<li><div class="plain">none found</div></li>')
    parts.append("</ul>")

    parts.append(f'<h2 id="g-exemptions">Exemptions ({len(record.exemptions)})</h2><ul>')
    for ei, exemption in enumerate(record.exemptions):
        anns = prefixed(f"exemptions[{ei}].")
        key = f"{exemption.act} s{exemption.section}"
        if anns:
            parts.append(f"<li>{_button(anns[0], key, _exemption_summary(exemption))}{_chips(anns)}</li>")
        else:
            parts.append(_plain(key, _exemption_summary(exemption)))
    if not record.exemptions:
        parts.append('<li><div class="plain">none found</div></li>')
    parts.append("</ul>")

    systems = list(getattr(record, "systems", None) or [])
    parts.append(f'<h2 id="g-systems">Systems ({len(systems)})</h2><ul>')
    for yi, system in enumerate(systems):
        anns = prefixed(f"systems[{yi}].")
        bits = [system.supplier or "supplier unknown", system.kind, f"match {system.match} {system.score:g}"]
        if system.directorates:
            bits.append("directorates " + ", ".join(system.directorates))
        if system.questions:
            bits.append("questions " + ", ".join(system.questions))
        if anns:
            parts.append(f"<li>{_button(anns[0], system.name, ' · '.join(bits))}{_chips(anns)}</li>")
        else:
            parts.append(_plain(system.name, " · ".join(bits)))
    if not systems:
        parts.append('<li><div class="plain">none found</div></li>')
    parts.append("</ul>")

    for result in surveys:
        parts.append(f'<h2 id="g-survey-{_e(result.survey)}">Survey: {_e(result.survey)}</h2>')
        for pi, profile in enumerate(result.profiles):
            parts.append(f"<h3>{_e(_profile_title(profile))}</h3><ul>")
            anns = prefixed(f"survey.{result.survey}[{pi}].")
            for ann in anns:
                parts.append(f"<li>{_button(ann, survey_key(ann.field), ann.value)}</li>")
            if not anns:
                parts.append('<li><div class="plain">no values with spans</div></li>')
            parts.append("</ul>")
    return "".join(parts)


def survey_key(field_path: str) -> str:
    """A readable name for a survey value's path: ``survey.x[0].uses.tags[1].span`` -> ``uses › tags``."""
    path = field_path.split("].", 1)[1] if "]." in field_path else field_path
    path = re.sub(r"\[\d+\]", "", path)
    path = re.sub(r"(^|\.)(spans?)$", "", path)
    path = re.sub(r"_spans?$", "", path)
    return " › ".join(part.replace("_", " ") for part in path.split(".") if part) or "value"


def _legend(families_present: set[str]) -> str:
    items: list[str] = []
    for family, name in FAMILIES.items():
        if family == "answer":
            continue
        swatch = f'<span class="sw f-{family}"></span>'
        items.append(
            f'<label><input type="checkbox" checked data-family="{family}"> {swatch} {_e(name)}</label>'
            if family in families_present
            else f'<label title="none in this document">{swatch} <s>{_e(name)}</s></label>'
        )
        if family == "question":
            for dclass in DIRECTORATE_CLASSES:
                items.append(
                    f'<label><span class="sw d-{dclass}"></span> {_e("Answers: " + _DIRECTORATE_NAMES[dclass])}</label>'
                )
    answers_toggle = (
        '<label><input type="checkbox" checked data-family="answer"> all answers</label>'
        if "answer" in families_present
        else ""
    )
    return f'<div class="legend">{"".join(items)}{answers_toggle}</div>'


def render_html(
    record: FOIResponse,
    *,
    page_starts: Sequence[int] | None = None,
    surveys: Sequence[SurveyResult] | None = None,
    title: str | None = None,
) -> str:
    """A self-contained HTML page showing ``record``: its text with every value highlighted at its span, and
    a side panel of the record grouped by field family (click a value to jump to it).

    ``page_starts`` (offsets in ``record.text`` where pages begin) draws page breaks; without it they are
    inferred from the spans' pages for paged sources. ``surveys``: profiles to show (by default extracted
    with ``foiparse.surveys`` where that layer is installed; pass ``[]`` for none)."""
    notes: list[str] = []
    if surveys is None:
        surveys, notes = load_surveys(record)
    items = collect_annotations(record, surveys)
    placed, problems = check_spans(record, items)
    inferred = False
    if page_starts is None:
        page_starts = infer_page_starts(record, placed)
        inferred = bool(page_starts)
    starts = sorted(set(page_starts))
    # A lone page needs no break marker.
    body = highlight(record.text, placed, starts if len(starts) > 1 else ())
    src = record.source
    name = title or (Path(src.path).name if src.path else f"{src.kind} input")
    meta_bits = [
        f"authority: {record.authority.name}" if record.authority else "authority: —",
        f"reference: {record.reference or '—'}",
        f"response date: {record.response_date.isoformat() if record.response_date else '—'}",
        f"{src.media_type}",
        f"{src.pages} page(s)" if src.pages else "",
        f"{len(record.text):,} characters",
        f"{len(placed)} highlighted span(s)",
        f"foiparse {record.parser_version}",
    ]
    if inferred:
        meta_bits.append("page breaks estimated from the spans")
    data = {
        a.id: {"label": a.label, "field": a.field, "value": a.value, "family": a.family, "page": a.span.page}
        for a in placed
    }
    families = {a.family for a in placed}
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(name)} — foiparse show</title><style>{_CSS}</style></head>"
        '<body><header class="top">'
        f"<h1>{_e(name)}</h1>"
        f'<div class="meta">{_e(" · ".join(b for b in meta_bits if b))}</div>'
        f"{_legend(families)}"
        "</header>"
        '<div class="layout">'
        f'<main class="doc"><div id="doc">{body}</div></main>'
        f'<aside class="panel" id="panel">{_panel(record, placed, surveys, problems, notes)}</aside>'
        "</div>"
        '<div id="tip" role="tooltip"></div>'
        f'<script type="application/json" id="foi-data">{_json_for_script(data)}</script>'
        f"<script>{_JS}</script>"
        "</body></html>\n"
    )


# --- the terminal -----------------------------------------------------------------------------------------

_RICH_STYLES = {
    "header": "black on yellow",
    "question": "bold blue",
    "children": "green",
    "adults": "magenta",
    "both": "cyan",
    "other": "yellow",
    "none": "white",
    "exemption": "bold red",
    "system": "bold cyan",
    "survey": "bold magenta",
    "warning": "red",
}


def _where(span: Span) -> str:
    page = f" p.{span.page}" if span.page is not None else ""
    return f"{span.start}-{span.end}{page}"


def render_terminal(
    record: FOIResponse,
    console: Console | None = None,
    *,
    surveys: Sequence[SurveyResult] | None = None,
    show_text: bool = False,
) -> None:
    """Print ``record`` with rich, grouped like the HTML page: header, questions and answers (coloured by
    directorate), exemptions, systems, survey values and warnings, each value with where it stands.
    ``show_text`` also prints the normalised text with every span highlighted."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from rich.tree import Tree

    console = console or Console()
    notes: list[str] = []
    if surveys is None:
        surveys, notes = load_surveys(record)
    items = collect_annotations(record, surveys)
    placed, problems = check_spans(record, items)
    src = record.source
    name = Path(src.path).name if src.path else f"{src.kind} input"
    console.rule(f"[bold]{name}[/bold]  ({src.media_type}{f', {src.pages} pages' if src.pages else ''})")

    header = Table(title="Header", title_justify="left", show_lines=False, expand=False)
    header.add_column("field", style="bold")
    header.add_column("value", overflow="fold")
    header.add_column("where", style="dim")
    header.add_column("as written", overflow="fold", style="yellow")
    for key in ("reference", "response_date", "received_date", "authority", "requester", "officer", "subject"):
        value = _header_value(record, key)
        spans = record.provenance.get(key, [])
        if key == "authority" and record.authority is not None:
            spans = [e.span for e in record.authority.evidence]
        if not value and not spans:
            continue
        header.add_row(
            _HEADER_LABELS[key],
            value or "—",
            ", ".join(_where(s) for s in spans[:4]) + (" …" if len(spans) > 4 else ""),
            " | ".join(dict.fromkeys(s.text for s in spans[:4])),
        )
    for act in record.legislation:
        spans = record.provenance.get(f"legislation.{act}", [])
        header.add_row(
            "Legislation", act, ", ".join(_where(s) for s in spans[:4]), " | ".join(s.text for s in spans[:2])
        )
    header.add_row("Document type", record.doc_type or "—", "", "")
    header.add_row("Outcome", record.outcome or "—", "", "")
    console.print(header)

    tree = Tree(f"[bold]Questions ({len(record.questions)})[/bold]")
    for question in record.questions:
        parent = f" (of {question.parent})" if question.parent else ""
        branch = tree.add(
            Text.assemble(
                (f"Q{question.number}{parent} ", "bold blue"), question.text, (f"  [{_where(question.span)}]", "dim")
            )
        )
        for answer in question.answers:
            dclass, who, flags = _answer_label(answer)
            branch.add(
                Text.assemble(
                    (f"{who}: ", f"bold {_RICH_STYLES[dclass]}"),
                    (_clip(answer.text, 200), _RICH_STYLES[dclass]),
                    (f"  [{'; '.join(flags)}]" if flags else "", "bold"),
                    (f"  [{_where(answer.span)}]", "dim"),
                )
            )
    console.print(tree)

    if record.exemptions:
        table = Table(title=f"Exemptions ({len(record.exemptions)})", title_justify="left")
        for column in ("act", "section", "kind", "details", "where"):
            table.add_column(column, overflow="fold")
        for exemption in record.exemptions:
            table.add_row(
                Text(exemption.act, style="bold red"),
                exemption.section,
                exemption.kind,
                _exemption_summary(exemption),
                ", ".join(_where(s) for s in exemption.spans[:4]),
            )
        console.print(table)
    else:
        console.print("[bold]Exemptions[/bold]: none found")

    systems = list(getattr(record, "systems", None) or [])
    if systems:
        table = Table(title=f"Systems ({len(systems)})", title_justify="left")
        for column in ("system", "supplier", "match", "as written", "where"):
            table.add_column(column, overflow="fold")
        for system in systems:
            table.add_row(
                Text(system.name, style=_RICH_STYLES["system"]),
                system.supplier or "—",
                f"{system.match} {system.score:g}",
                " | ".join(system.surface),
                ", ".join(_where(s) for s in system.spans[:4]),
            )
        console.print(table)
    else:
        console.print("[bold]Systems[/bold]: none found")

    for result in surveys:
        stree = Tree(f"[bold magenta]Survey: {result.survey}[/bold magenta]")
        for pi, profile in enumerate(result.profiles):
            branch = stree.add(Text(_profile_title(profile), style="bold"))
            prefix = f"survey.{result.survey}[{pi}]."
            for ann in placed:
                if ann.field.startswith(prefix):
                    branch.add(
                        Text.assemble(
                            (ann.field[len(prefix) :] + ": ", "dim"),
                            (_clip(ann.value, 120), _RICH_STYLES["survey"]),
                            (f"  [{_where(ann.span)}]", "dim"),
                        )
                    )
        console.print(stree)

    if record.warnings or problems or notes:
        console.print("[bold red]Warnings[/bold red]")
        for warning in record.warnings:
            where = f" [{_where(warning.span)}]" if warning.span else ""
            console.print(f"  [red]{warning.code}[/red]: {warning.message}{where}", markup=True, highlight=False)
        for text in [*problems, *notes]:
            console.print(Text(f"  {text}", style="red"))

    if show_text:
        body = Text(record.text)
        for ann in sorted(placed, key=lambda a: a.end - a.start, reverse=True):
            style = _RICH_STYLES.get(ann.group if ann.family == "answer" else ann.family, "")
            body.stylize(style if ann.family in {"question", "answer"} else f"{style} underline", ann.start, ann.end)
        console.rule("text")
        console.print(body)


def load_for_show(path: str | Path) -> tuple[FOIResponse, list[int] | None]:
    """The record to show for ``path`` and its page starts: a response file is parsed; a JSON file holding a
    record (``foiparse parse --format json`` of one file, or one ``model_dump`` object) is loaded as is."""
    from .pipeline import parse_document
    from .readers import read_path

    p = Path(path)
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            data = None
        if isinstance(data, list) and len(data) == 1:
            data = data[0]
        if isinstance(data, dict) and "parser_version" in data and "text" in data:
            return FOIResponse.model_validate(data), None
    document = read_path(p)
    record = parse_document(document)
    page_starts: list[int] | None = None
    if record.source.pages:
        from .catalogue import get_catalogue
        from .clean import clean

        cleaned = clean(document, get_catalogue().glued_cell_re)
        if cleaned.text == record.text and cleaned.page_starts:
            page_starts = list(cleaned.page_starts)
    return record, page_starts
