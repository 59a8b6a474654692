"""The answers under a question: answer blocks, the directorate that gave each, and answers shared by several
questions.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ...scan import any_in_range
from ...segment import Line
from ..context import Context
from .marks import (
    _ANSWER_LABEL_RE,
    _LINK_RE,
    _MULTI_RE,
    _NUMBER_RE,
    _answer_lettered_a,
    _AnswerFields,
    _Asked,
    _DirectorateFields,
    _ReferralFields,
)


def _within_all(ctx: Context, kind: str) -> list[re.Match[str]]:
    """Every match of an answer-flag pattern over the text, computed once per document."""
    return _flags(ctx, kind)[0]


_Flags = tuple[list[re.Match[str]], list[int]]


def _flags(ctx: Context, kind: str) -> _Flags:
    """The matches of an answer-flag pattern over the text and their starts, computed once per document."""
    found: _Flags | None = ctx.memo.get(("flags", kind))
    if found is None:
        matches = ctx.catalogue.answer_flag_scanners[kind].finditer(ctx.lower)
        found = ctx.memo[("flags", kind)] = (matches, [m.start() for m in matches])
    return found


def _within(flags: _Flags, start: int, end: int) -> re.Match[str] | None:
    """The first of an answer-flag pattern's matches (``_flags``) inside ``[start, end)``."""
    matches, starts = flags
    first = bisect.bisect_left(starts, start)
    if first == len(starts) or starts[first] >= end:
        return None  # nothing starts inside (most answers, for most flags)
    for i in range(first, len(matches)):
        m = matches[i]
        if m.start() >= end:
            break
        if m.end() <= end:
            return m
    return None


def _cue_starts(ctx: Context, kind: str) -> list[int]:
    key = f"cue-starts:{kind}"
    if key not in ctx.memo:
        ctx.memo[key] = [m.start() for m in ctx.cue_matches(kind)]
    starts: list[int] = ctx.memo[key]
    return starts


def _directorate(ctx: Context, heading: re.Match[str], start: int, end: int) -> _DirectorateFields:
    """The fields of an answer's :class:`~foiparse.models.Directorate`."""
    # The directorate's own group is the last to close (nothing after it captures); groupdict() is the
    # slow way, for a label that brings groups of its own.
    group = heading.lastgroup
    if group is None or group[:1] != "d" or not group[1:].isdigit():
        group = next(name for name, value in heading.groupdict().items() if value)
    return {
        "kind": ctx.catalogue.directorate_kind(group),
        "label": ctx.text[start:end].strip(" *_:-–"),
        "span": ctx.span_fields(start, end),
    }


# Two letters or digits ([^\W_]), anywhere: what a text needs to be more than punctuation.
_TWO_WORD_CHARS_RE = re.compile(r"[^\W_][\W_]*[^\W_]")
# Or one digit, a paragraph of its own: a count may be one digit, "3.Please supply any ECT reports/investigations / /
# 0", "7.What proportion of patients were classified people of the global majority ...? / / 5%" (South West
# Yorkshire Partnership NHS Foundation Trust's reply). Not a page's number inside a paragraph: "... an impartial
# assessment of the impact of policies on claimants ... / 1 / 4. Public Confidence: ..." (a request to the DWP).
_ONE_DIGIT_RE = re.compile(r"\d%?")


# Or after the number of the question it answers, on the line's start: "Response 09-08-2022 / 1. ... / 2. 8 / 3. Hotel
# 21, ..." (Moray Council's log, the answers numbered as the questions above).
# Or its part's letter: "3. a) 1 / b) 0 / c) 0" (Northumbria Police's log).
_NUMBER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]+(?:\(?[a-z]\)[ \t]+)?|\(?[a-z]\)[ \t]+)$")


def _one_digit_paragraph(text: str, body: str, start: int, end: int) -> bool:
    return _ONE_DIGIT_RE.fullmatch(body) is not None and (
        (text.endswith("\n\n", 0, start) and (not text[end:].strip() or text.startswith("\n\n", end)))
        or _NUMBER_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    )


# A directorate heading (its match, start and end), made a Directorate only for an answer under it.
_Heading = tuple[re.Match[str], int, int]
_Block = tuple[_Heading | None, list[tuple[int, int]]]


def _answers(ctx: Context, lines: list[Line]) -> list[_AnswerFields]:
    """Split an answer region into answers, one per directorate heading (or one without a directorate)."""
    return _region_answers(ctx, {0: _answer_blocks(ctx, lines)[0]})[0]


# A line's directorate heading (``directorate_re``) and, failing that, its answer label.
_LineLabels = tuple[re.Match[str] | None, re.Match[str] | None]


def _known_labels(ctx: Context) -> dict[str, _LineLabels]:
    """The labels of each line text matched so far in the document: a reply repeats its headings
    ("Children's Social Care response:") under every question."""
    known: dict[str, _LineLabels] = ctx.memo.setdefault("questions:line labels", {})
    return known


def _match_labels(ctx: Context, known: dict[str, _LineLabels], text: str) -> _LineLabels:
    heading = ctx.catalogue.directorate_re.match(text)
    labels = known[text] = (heading, None if heading else _ANSWER_LABEL_RE.match(text))
    return labels


# A table row whose first cell holds all its words, the cells after it empty.
_ROW_EDGES_RE = re.compile(r"[ \t]*\|[ \t]*(?P<cell>[^|]*?)[ \t]*(?:\|[ \t]*)+")


def _answer_blocks(ctx: Context, lines: list[Line]) -> tuple[list[_Block], bool]:
    """An answer region's blocks, one per directorate heading: the heading and the (start, end) of each
    piece of answer text under it. Also whether a line of the layout in the region is a directorate heading
    or an answer label (what ``_has_reply`` looks for)."""
    blocks: list[_Block] = []
    labelled = False
    if not lines:
        return blocks, labelled
    layout_lines = ctx.layout.lines
    known_labels = _known_labels(ctx)
    for line in lines:
        start, end = line.start, line.end
        if line.number == -1:  # the start of another occurrence's answer, maybe under a section heading
            section = ctx.catalogue.directorate_line_re.match(line.text) if line.text else None
            blocks.append(((section, line.start, line.start + section.end()) if section else None, []))
            continue
        line_text = line.text
        row = _ROW_EDGES_RE.fullmatch(line_text) if line_text[:1] in "| \t" and "|" in line_text else None
        if row is not None:
            # A table's row holding the answer in its first cell: "| Answer To Question 2: Please see attached file for
            # breakdown covering all questions. | |" (Salisbury NHS Foundation Trust's disclosure log)
            start, end = line.start + row.start("cell"), line.start + row.end("cell")
            line_text = row.group("cell")
        heading, label = known_labels.get(line_text) or _match_labels(ctx, known_labels, line_text)
        if heading:
            label_end = start + heading.end()
            blocks.append(((heading, start, label_end), []))
            start = label_end
            labelled = labelled or line == layout_lines[line.number]
        elif label or (label := _answer_lettered_a(ctx, line_text)):
            start = start + label.end()
            labelled = labelled or line == layout_lines[line.number]
            if blocks and blocks[-1][1]:
                blocks.append((None, []))
        if start >= end:
            continue
        if not blocks:
            blocks.append((None, []))
        blocks[-1][1].append((start, end))
    return blocks, labelled


class _AnswerFlags(NamedTuple):
    """Where the answer-flag patterns an answer is marked by match over the text (``_flags``), and where a
    refusal cue starts."""

    referral: _Flags
    not_held: _Flags
    withheld: _Flags
    refusals: list[int]


def _answer_flags(ctx: Context) -> _AnswerFlags:
    return _AnswerFlags(
        _flags(ctx, "referral"),
        _flags(ctx, "not_held"),
        _flags(ctx, "withheld"),
        _cue_starts(ctx, "refusal"),
    )


# The requester's note under a question, a paragraph in brackets: "(2) Does the HMICS have any advisory role in such
# investigations? / (Investigations includes the unknown number of complaints made in the 2012/13 period ending with
# the amalgamation into a single force)" (a request HM Inspectorate of Constabulary in Scotland restates); a short
# bracketed answer ("(nil)") is still one, and so is one saying what is not held or withheld: "2. Any documentation
# produced by the council ... / (The Council does not have any produced documentation)" (the London Borough of Barking
# and Dagenham on WhatDoTheyKnow, each answer bracketed).
_ASIDE_WORDS = 6


def _bracketed_aside(ctx: Context, start: int, end: int) -> bool:
    body = ctx.text[start:end].strip(" *_")
    return (
        body.startswith("(")
        and body.endswith(")")
        and len(body.split()) >= _ASIDE_WORDS
        and body.count("(") == body.count(")")
        and not _within(_flags(ctx, "not_held"), start, end)
        and not _within(_flags(ctx, "withheld"), start, end)
    )


def _region_answers(ctx: Context, regions: dict[int, list[_Block]]) -> dict[int, list[_AnswerFields]]:
    """The answers of each answer region's blocks (``_answer_blocks``), as the fields of :class:`Answer`."""
    answers: dict[int, list[_AnswerFields]] = {}
    text = ctx.text
    flags: _AnswerFlags | None = None  # fetched at the first answer
    for index, blocks in regions.items():
        region: list[_AnswerFields] = []
        answers[index] = region
        for heading, parts in blocks:
            if heading is None:
                parts = [(s, e) for s, e in parts if not _bracketed_aside(ctx, s, e)]
                if len(parts) > 1 and text[parts[-1][0] : parts[-1][1]].rstrip(" *_-\u2013").endswith(":"):
                    last = parts[-1]
                    if _within(_flags(ctx, "requester"), *last):
                        # The next part's introduction in the requester's voice, under this answer: "This is principally
                        # undertaken by Registered Providers ... / Additionally, I would like to request information
                        # ... Specifically, I would like to know:" (Guildford Borough Council's published release); its
                        # colon may have a dash after it ("Not applicable. / Please provide restraints information
                        # under the FOI act to the following questions: -", Hertfordshire Partnership University NHS
                        # Foundation Trust).
                        parts = parts[:-1]
            if not parts:
                continue
            start, end = parts[0][0], parts[-1][1]
            body = text[start:end].strip(" *_")
            # More of the request, not an answer: the requester's voice, or a follow-up question.
            if not _TWO_WORD_CHARS_RE.search(body, 0, 40) and not _one_digit_paragraph(text, body, start, end):
                continue  # a lone "-" under a question
            if flags is None:
                flags = _answer_flags(ctx)
            if heading is None and (_within(_flags(ctx, "requester"), start, end) or body.endswith("?")):
                continue
            referral: _ReferralFields | None = None
            ref = _within(flags.referral, start, end)
            if ref and _POINTS_TO_THE_REASONS_RE.match(text, ref.start("target")):
                ref = None
            if ref:
                link = _LINK_RE.search(body)
                target_start = ref.start("target")
                target = text[target_start : ref.end("target")].rstrip(" -–:")
                referral = {
                    "target": target,
                    "link": (link.group("md") or link.group("url")) if link else None,
                    "span": ctx.span_fields(target_start, target_start + len(target)),
                }
            region.append(
                {
                    "text": body,
                    "span": ctx.span_fields(start, end),
                    "directorate": _directorate(ctx, *heading) if heading is not None else None,
                    "referral": referral,
                    "not_held": _within(flags.not_held, start, end) is not None,
                    "withheld": _within(flags.withheld, start, end) is not None
                    or any_in_range(flags.refusals, start, end),
                }
            )
    return answers


# A pointer to the reply's own reasons for withholding, not to where the information is: "Q1. I am exempting any
# information to your request pursuant to Section 31 - Law Enforcement. Please see the exemption explanation below."
# (North Yorkshire Police's log).
_POINTS_TO_THE_REASONS_RE = re.compile(
    r"(?:the |our |my )?(?:exemptions?|exceptions?|refusal|public interest|harm|reasons?)"
    r"(?: (?:explanation|reasons?|test|notice|details|explained|set out|given))*[ \t]+(?:below|above|overleaf)\b",
    re.I,
)


# An answer that speaks of all the information asked for: "The information requested is not recorded in such a way
# ...", "The information you have asked for is available on our website". (Not "Your request ...", which opens a
# reply's account of the request as often as an answer.)
_WHOLE_REQUEST_ANSWER_RE = re.compile(
    r"(?:the|this|that) information (?:(?:that )?you (?:have )?)?(?:requested|asked for|sought|are seeking)\b", re.I
)


def _share_the_whole_requests_answer(questions: list[_Asked], answers: dict[int, list[_AnswerFields]]) -> None:
    """The reply's one answer, under the last of the request's items, answers them all when it speaks of the whole
    request: "... the amount received in undergraduate tuition fees in each of the last six years for: / 1. Scottish
    domiciled students / ... / 4. Non-EU/ overseas students. / The information requested is not recorded in such a way
    that enables the University to answer your enquiry ..." (the University of St Andrews)."""
    answered = [index for index, items in answers.items() if items]
    if len(answered) != 1 or answered[0] != len(questions) - 1 or answered[0] == 0:
        return
    answer = answers[answered[0]][0]
    if not _WHOLE_REQUEST_ANSWER_RE.match(answer["text"]):
        return
    for index in range(answered[0]):
        answers.setdefault(index, []).append(answer)


# A range of questions in such an answer: "In response to Questions 3 - 7, this information has been withheld"
# (Herefordshire Council's published response) answers 3, 4, 5, 6 and 7.
_RANGE_RE = re.compile(r"(\d{1,3})\s*(?:-|\u2013|to)\s*(?:q\s?)?(\d{1,3})", re.I)
_LONGEST_RANGE = 30


def _numbers_answered(m: re.Match[str]) -> set[str]:
    """The question numbers an answer's opening ``_MULTI_RE`` match names, a range's between its ends too."""
    named = {m.group("first"), *_NUMBER_RE.findall(m.group("rest"))}
    for low, high in _RANGE_RE.findall(m.group(0)):
        if 0 < int(high) - int(low) <= _LONGEST_RANGE:
            named.update(str(n) for n in range(int(low), int(high) + 1))
    return named


def _share_multi_question_answers(questions: list[_Asked], answers: dict[int, list[_AnswerFields]]) -> None:
    """ "In response to questions 2 and 3, ..." answers both questions. The request's bullets ("•3") are the reply's
    questions by their places when it answers them by number."""
    by_number: dict[str, int] | None = None  # made at the first such answer
    for index, items in list(answers.items()):
        for answer in items:
            m = _MULTI_RE.match(answer["text"])
            if not m:
                continue
            if by_number is None:
                by_number = {q.number: i for i, q in reversed(list(enumerate(questions))) if q.parent is None}
                for number, i in list(by_number.items()):
                    if number.startswith("\u2022"):
                        by_number.setdefault(number[1:], i)
            for target in _numbers_answered(m):
                other = by_number.get(target)
                if other is not None and other != index and answer not in answers.setdefault(other, []):
                    answers[other].append(answer)
