"""Corrections over the items found (lists inside answers, section headings, scope lists, follow-ups, cut
questions) and the building of the records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ...clean import ASCII_MARKS
from ...models import Answer, Question
from ...segment import RESPONSE_HEADING_RE, Line, only_blank_lines
from ..context import Context
from .answers import _answer_blocks, _region_answers, _share_multi_question_answers, _share_the_whole_requests_answer
from .bullets import _add_unmarked, _bullet_questions, _request_bullets
from .inline import _has_reply
from .marks import (
    _ANSWER_LABEL_RE,
    _ASKS_RE,
    _BULLET_RE,
    _DIGITS_RE,
    _FOLLOW_UP_RE,
    _LETTER_SERIES,
    _LETTERS,
    _MAIN_RE,
    _NUMBER_WORDS,
    _ROMANS,
    _SUB_RE,
    _Asked,
    _asks_after_its_label,
    _capital_part_at,
    _paragraph_edges,
    _question_records,
    _question_words,
    _sub_mark,
)
from .unmarked import _unmarked_request_lines
from .wording import _ASKS_ON_RE, _asks_as_an_item, _piece, _reads_as_a_heading, _text_line_from, _unfinished

# Where a table's two cells were glued together as it was flattened: a lower-case letter or a closing bracket, then a
# capital or a dash with no space between ("Medical & DentalDRS - supplied by Skills for Health").
_GLUED_CELL_RE = re.compile(r"(?<=[a-z)])(?=[A-Z\u2013-])")
_FEWEST_GLUED_OPTIONS = 2  # repeats of an option, under as many questions
_OPTION_OPENING = 3  # characters an option's repeats open with alike, and its words' fewest ("AHPs")


def _options_with_answers_glued_on(ctx: Context, questions: list[Question]) -> list[Question]:
    """The same lettered options asked under several questions, each with the reply's answer glued on where the table
    was flattened: "2. Please state the name(s) of all rostering provider(s) used, split by the following staffing
    groups: / a. Medical & DentalDRS - supplied by Skills for Health / b. Nursing & MidwiferyHealthRoster - supplied by
    Allocate / ... / 3. Does the organisation store its rostering data ...? / a. Medical & DentalHosted by Skills for
    Health" (Central and North West London NHS Foundation Trust). The option's words are what its repeats share up to
    the same glued edge; what follows in each is that question's answer. Not one name printed the same every time
    ("SystmOne" asked about twice): the words after the edge differ from one repeat to another."""
    by_letter: dict[str, list[int]] = {}
    for index, question in enumerate(questions):
        if question.parent is not None and question.number.isalpha() and len(question.number) == 1:
            by_letter.setdefault(question.number, []).append(index)
    split: dict[int, int] = {}  # question -> where its option's words end, in its text
    for indexes in by_letter.values():
        by_opening: dict[str, list[int]] = {}
        for index in indexes:
            by_opening.setdefault(questions[index].text[:_OPTION_OPENING], []).append(index)
        for group in by_opening.values():
            if len(group) < _FEWEST_GLUED_OPTIONS:
                continue
            texts = [questions[index].text for index in group]
            edges = [{m.start() for m in _GLUED_CELL_RE.finditer(text)} for text in texts]
            shared = min(len(text) for text in texts)
            edge = next(
                (
                    at
                    for at in sorted(edges[0])
                    if at <= shared and all(at in found for found in edges) and len({t[:at] for t in texts}) == 1
                ),
                None,
            )
            if edge is None or edge < _OPTION_OPENING or len({text[edge:] for text in texts}) < 2:
                continue
            split.update((index, edge) for index in group)
    if not split:
        return questions
    result = []
    for index, question in enumerate(questions):
        edge = split.get(index)
        at = question.span.text.find(question.text) if edge is not None else -1
        if edge is None or at == -1:
            result.append(question)
            continue
        start = question.span.start + at
        words = question.text[:edge].rstrip()
        rest = question.text[edge:]
        answer_start = start + edge + (len(rest) - len(rest.lstrip(" \u2013-:")))
        answer_end = start + len(question.text)
        answer = Answer(text=ctx.text[answer_start:answer_end], span=ctx.span(answer_start, answer_end))
        result.append(
            question.model_copy(
                update={
                    "text": words,
                    "span": ctx.span(question.span.start, start + len(words)),
                    "answers": [answer, *question.answers],
                }
            )
        )
    return result


# A value after an option the list above asked about: " – 80%", ": Yes".
_OPTION_VALUE_RE = re.compile(r"[ \t]*[-\u2013:][ \t]*\S")
_FEWEST_REPEATED_OPTIONS = 2


def _options_repeated_with_their_values(ctx: Context, questions: list[Question]) -> list[Question]:
    """The bullets of a question asking for a value of each, repeated straight below with its value after each: the
    reply's answer to that question, not more of its bullets. "6 Expressed in percentage terms, approximately what
    proportion of your data is held in: / • An on premise data centre / ... / • Other public cloud (eg UK Cloud) / • An
    on premise data centre – 80% / ... / • Other public cloud (eg UK Cloud) – 0%" (Devon County Council's log). Bullets
    numbered "•1" on are numbered again without the repeats."""
    answered: dict[int, Answer] = {}
    dropped: set[int] = set()
    i = 0
    while i < len(questions):
        parent = questions[i].parent
        j = i + 1
        while parent is not None and j < len(questions) and questions[j].parent == parent:
            j += 1
        run = questions[i:j]
        half = len(run) // 2
        if (
            parent is not None
            and len(run) % 2 == 0
            and half >= _FEWEST_REPEATED_OPTIONS
            and all(_option_with_its_value(run[k].text, run[half + k].text) for k in range(half))
        ):
            asked = next((k for k in range(i - 1, -1, -1) if questions[k].number == parent), None)
            if asked is not None:
                start, end = run[half].span.start, run[-1].span.end
                answered[asked] = Answer(text=ctx.text[start:end], span=ctx.span(start, end))
                dropped.update(range(i + half, j))
        i = j
    if not dropped:
        return questions
    kept = [
        question.model_copy(update={"answers": [*question.answers, answered[index]]}) if index in answered else question
        for index, question in enumerate(questions)
        if index not in dropped
    ]
    bullets = [question.number for question in questions if question.number.startswith("•")]
    if bullets != [f"•{n}" for n in range(1, len(bullets) + 1)]:
        return kept
    renumbered = {old: f"•{n}" for n, old in enumerate((q.number for q in kept if q.number.startswith("•")), start=1)}
    return [
        question.model_copy(
            update={
                "number": renumbered.get(question.number, question.number),
                "parent": renumbered.get(question.parent, question.parent) if question.parent else None,
            }
        )
        for question in kept
    ]


def _option_with_its_value(option: str, repeat: str) -> bool:
    return repeat.startswith(option) and _OPTION_VALUE_RE.match(repeat, len(option)) is not None


_CATEGORY_ITEM_RE = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+(\S[^\n]*?)[ \t]*$")
_MIN_CATEGORY_RUNS = 3  # questions, each over the same numbered categories
_MAX_INTRO_LINES = 3


def _questions_over_repeated_categories(ctx: Context) -> list[Question] | None:
    """Questions that are each a line (or two) of their own over the same numbered list of categories: "What are the
    main Software Systems used by the Council for: / 1. Planning / 2. Building Control / 3. Environmental Health / 4.
    Licensing / How many users / licenses for each system do you have? / 1. Planning / ..." (a request Hastings Borough
    Council's disclosure log prints, the reply below repeating it with an answer on each category's line: "1. Planning
    - Idox Acolaid"). The categories are no questions; the lines over them are, numbered "•1", "•2" ..., each answered
    by the category lines under its words repeated in the reply. None when the text is not so."""
    if ctx.text.count("\n1. ") + ctx.text.count("\n1) ") < _MIN_CATEGORY_RUNS:
        return None
    lines = ctx.layout.lines
    runs: list[tuple[int, int, tuple[str, ...]]] = []  # (first line, last line, category words) of each list
    reply_from = len(lines)  # the reply's heading, below which the request is repeated with its answers
    i = 0
    while i < len(lines):
        m = _CATEGORY_ITEM_RE.match(lines[i].text)
        if m is None:
            if RESPONSE_HEADING_RE.match(lines[i].text) and runs:
                reply_from = i
                break
            i += 1
            continue
        first, words = i, []
        while i < len(lines) and (m := _CATEGORY_ITEM_RE.match(lines[i].text)) is not None:
            words.append(m.group(2))
            i += 1
        runs.append((first, i - 1, tuple(words)))
    if len(runs) < _MIN_CATEGORY_RUNS or len(runs[0][2]) < 2 or any(run[2] != runs[0][2] for run in runs):
        return None
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    previous_end = -1
    for first, last, _words in runs:
        intro = [line for line in lines[previous_end + 1 : first] if line.text.strip()]
        if previous_end < 0:
            intro = intro[-1:]  # the first question's line only, not the request's opening words
        if not intro or len(intro) > _MAX_INTRO_LINES or _CATEGORY_ITEM_RE.match(intro[0].text):
            return None
        index = len(found)
        _add_unmarked(ctx, found, answers, intro[0].start, intro[-1].end)
        # its answers: the category lines under its first line repeated in the reply
        asked = intro[0].text.strip()
        repeat = next((k for k in range(reply_from, len(lines)) if lines[k].text.strip() == asked), None)
        if repeat is not None:
            k = repeat + 1
            while k < len(lines) and not _CATEGORY_ITEM_RE.match(lines[k].text) and k - repeat <= _MAX_INTRO_LINES:
                k += 1
            while k < len(lines) and _CATEGORY_ITEM_RE.match(lines[k].text):
                answers[index].append(lines[k])
                k += 1
        previous_end = last
    return _records(ctx, found, answers, {})


_LONE_LETTER_RE = re.compile(r"[a-z]")
# How many lines a bullet's item may wrap over above the first lettered part under it.
_BULLET_LINES_ABOVE = 4


def _letters_under_their_bullets(ctx: Context, questions: list[Question]) -> list[Question]:
    """A request's bullets with lettered parts under one of them, the parts read alone: "... including: / - dates of
    any meetings at which Bristol's arena has been discussed, ... together with associated information including: /
    (a) the location of the meeting; / (b) the identity of all persons in attendance; / ... / - copies of all emails
    and attachments ..." (a WhatDoTheyKnow request to the University of Bristol) gave a to d and lost both bullets.
    The bullets are questions •1, •2 ..., each part under the bullet above it."""
    if len(questions) < 2 or any(q.parent is not None or not _LONE_LETTER_RE.fullmatch(q.number) for q in questions):
        return questions
    layout = ctx.layout
    lines = layout.lines
    first = layout.line_at(questions[0].span.start).number
    # the bullet the first part is under: its item ends with a colon straight above the part
    top = next(
        (
            line.number
            for line in reversed(lines[max(0, first - _BULLET_LINES_ABOVE) : first])
            if not line.text.strip() or _BULLET_RE.match(line.text)
        ),
        None,
    )
    if top is None or not _BULLET_RE.match(lines[top].text) or not lines[first - 1].text.rstrip().endswith(":"):
        return questions
    # and the bullets above that one, up to the list's introduction: "I note you seek access to the following
    # information: / - How many investigation departments are there ...? / - Is your third-party investigative software
    # procured ...? / ... / - In percentage terms, approximately how much of this annual spend was: / a. One-off costs
    # ..." (the Metropolitan Police Service's disclosure log, the parts under the fourth bullet)
    for line in reversed(lines[:top]):
        if not line.text.strip():
            break
        if _BULLET_RE.match(line.text):
            top = line.number
        elif line.text.rstrip().endswith(":"):
            break
    by_line = {layout.line_at(q.span.start).number: q for q in questions}
    out: list[Question] = []
    bullet: list[Line] = []  # the lines of the bullet being read
    bullets = 0

    def close_bullet() -> None:
        nonlocal bullets
        if bullet:
            m = _BULLET_RE.match(bullet[0].text)
            assert m is not None
            start, end = bullet[0].start + m.start("text"), bullet[-1].end
            bullets += 1
            words = _question_words(ctx.text[start:end])
            out.append(Question(number=f"•{bullets}", text=words, span=ctx.span(start, end)))
            bullet.clear()

    for line in lines[top:]:
        if not line.text.strip():
            break
        if _BULLET_RE.match(line.text):
            close_bullet()
            bullet.append(line)
        elif line.number in by_line:
            close_bullet()
            out.append(by_line.pop(line.number).model_copy(update={"parent": f"•{bullets}"}))
        elif (part := _SUB_RE.match(line.text)) is not None and bullets:
            # a part the line loop read as its letter repeated ("a. Why (e.g. increase in number of users ...)?" under
            # the fifth bullet, after the fourth's "a." and "b.")
            close_bullet()
            start = line.start + part.start("text")
            words = _question_words(ctx.text[start : line.end])
            out.append(
                Question(number=_sub_mark(part), text=words, span=ctx.span(start, line.end), parent=f"•{bullets}")
            )
        elif bullet and not _unfinished(bullet[-1].text.rstrip()):
            break  # the text below the list: "... listing your current software provider(s). / Note that the total
            # annual spend ... / Decision", no blank line between
        elif bullet:
            bullet.append(line)  # the bullet's words wrapped (a part's wrapped words are in the part already)
    close_bullet()
    if by_line or bullets < 2:
        return questions  # a part outside the bullets, or one bullet alone: the list is not of this shape
    return out


def _numbered_inside_their_bullets(ctx: Context, questions: list[Question]) -> list[Question]:
    """Bullets whose items are numbered in turn inside them are numbered questions: "This response addressed the
    following query: / - "1. Please provide me with the statutory provision/legislation ...?" / - 2. Please provide
    the legislative and/or statutory definition ...?" ... / - 4. Please supply the protocol ...?"" (the Police
    Investigations and Review Commissioner's published response), the quotation around the list dropped as a
    decision's is."""
    if len(questions) < 2 or any(q.parent is not None or not q.number.startswith("\u2022") for q in questions):
        return questions
    numbered = []
    for expected, question in enumerate(questions, start=1):
        printed = ctx.text[question.span.start : question.span.end]
        m = _NUMBER_INSIDE_A_BULLET_RE.match(printed)
        if m is None or int(m.group("num")) != expected:
            return questions
        numbered.append((question, m))
    renumbered = []
    for i, (question, m) in enumerate(numbered):
        start, end = question.span.start + m.start("words"), question.span.end
        words = " ".join(ctx.text[start:end].split())
        if i == len(numbered) - 1 and m.group("quote") is None and numbered[0][1].group("quote") is not None:
            words = words.removesuffix('"').removesuffix("\u201d")  # the quotation the first item opened
        renumbered.append(
            question.model_copy(update={"number": m.group("num"), "text": words, "span": ctx.span(start, end)})
        )
    return renumbered


_NUMBER_INSIDE_A_BULLET_RE = re.compile(r"[ \t]*(?P<quote>[\"\u201c])?(?P<num>\d{1,2})[.)][ \t]+(?P<words>\S)")


def _without_the_letters_paragraphs(ctx: Context, questions: list[Question]) -> list[Question]:
    """A reply that numbers its own paragraphs opens "1." in the authority's voice: "1. I am writing in response to
    your e-mail dated 25 October 2010 in which you asked for an internal review ..." (the Ministry of Defence). Its
    numbered paragraphs and their lettered points (the sections of the Act it examined) ask nothing."""
    first = next((q for q in questions if q.number.isdigit()), None)
    if first is None or first.number != "1" or ctx.layout.by_requester(first.span.start):
        return questions
    if not any(m.start() == first.span.start for m in ctx.cue_matches("authority_voice")):
        return questions
    paragraphs = {q.number for q in questions if q.number.isdigit()}
    return [q for q in questions if q.number not in paragraphs and q.parent not in paragraphs]


_MAX_SCOPE_ITEMS = 5
_MAX_SCOPE_WORDS = 8


def _without_a_scope_list(ctx: Context, questions: list[Question]) -> list[Question]:
    """The questions less a short list naming what the request is about, above the list numbered from 1 again that
    asks: "I wish to submit to the organisation a freedom of information request relating to the organisation's ICT
    contracts, specifically around: / 1. contact centre contract(s) / 2. inbound network services contract(s)", then
    "Please send me the following information for each provider: / 1. Incumbent Supplier: For each of the contract(s)
    please can you provide me with the supplier of the contract. / 2. ..." (a request sent to many bodies, on Hastings
    Borough Council's disclosure log and in Herefordshire and Worcestershire Health and Care NHS Trust's review). Not
    a list under words that ask ("Does your Local Authority have the following departments?: / 1. Adult Social Care
    Commissioning").
    """
    main = [index for index, q in enumerate(questions) if q.parent is None]
    restart = next((n for n, index in enumerate(main) if n and questions[index].number == "1"), None)
    if restart is None or restart > _MAX_SCOPE_ITEMS:
        return questions
    scope, asking = [questions[i] for i in main[:restart]], [questions[i] for i in main[restart:]]

    def asks(question: Question) -> bool:
        return _asks_as_an_item(question.text) or _asks_after_its_label(question.text)

    if len(asking) < 2 or not all(map(asks, asking)):
        return questions
    if any(asks(q) or len(q.text.split()) > _MAX_SCOPE_WORDS for q in scope):
        return questions
    layout = ctx.layout
    intro = layout.line_above(layout.line_at(scope[0].span.start).number)
    # (or "as set out below.": "I would like to request information pertaining to any trials your FRS has undertaken as
    # part of the NJC workstreams as set out below. / 1. Emergency Medical Response / ... / 5. Inspection &
    # Enforcement", a WhatDoTheyKnow request to Bedfordshire Fire and Rescue Service)
    if intro is None or "?" in intro.text:
        return questions
    if not intro.text.rstrip().endswith(":") and not _SET_OUT_BELOW_RE.search(intro.text):
        return questions
    return questions[main[restart] :]


_SET_OUT_BELOW_RE = re.compile(r"\bas (?:set out|listed|shown|detailed) below\.?[ \t]*$", re.I)


def _asked_once(questions: list[Question]) -> list[Question]:
    """Unmarked questions ("•1", "•2" ...) whose last ones repeat the first ones' words in order: the reply printing
    the request's lines again, each above its answer ("You asked: / How much have you generated since 2015 per year? /
    ... / University Response / How much have you generated since 2015 per year? / 2018/19 4,331,469.06", Middlesex
    University's letter). Each is asked once, the answers under its repeat its own. Not one question asked again about
    another thing ("When is your contract renewal date?" under telephony, contact centres and lines, Historic Royal
    Palaces' log).
    So are numbered ones whose numbers repeat with their words: the requester writing them out again under the
    body's request to clarify ("I ask to be provided: / 1. The exchanges with Rena Lalgie, the Governor and the
    Governor's office / 2. The exchanges with the BPS / ... / I am at a loss to understand what further detail you
    believe I can provide. ... / 1. The exchanges with Rena Lalgie, ...", a thread with the FCDO copied to a blog)."""
    if len(questions) < _FEWEST_RESTATED * 2 or not all(q.parent is None for q in questions):
        return questions
    unmarked = all(q.number.startswith("\u2022") for q in questions)
    words = [("" if unmarked else q.number, " ".join(q.text.casefold().split())) for q in questions]
    # (a heading over the answers is no answer: "How much extra wil those plans cost? / University Response")
    answers = [[a for a in q.answers if not RESPONSE_HEADING_RE.match(a.text)] for q in questions]
    for start in range(len(questions) // 2, len(questions) - _FEWEST_RESTATED + 1):
        repeated = words[start:]
        # (the first ones unanswered: the same words under two headings, each answered, are two questions, "In
        # respect of hours provided during the day: / The mean hourly rate paid to providers? / £16.44 / ... In respect
        # of wake hours provided during the night: / The mean hourly rate paid to providers?", Warwickshire County
        # Council)
        if repeated == words[: len(repeated)] and not any(answers[: len(repeated)]):
            kept = questions[:start]
            for i, again in enumerate(questions[start:]):
                kept[i] = kept[i].model_copy(update={"answers": [*answers[i], *again.answers]})
            return kept
    return questions


_FEWEST_RESTATED = 2


def _without_answers_by_number(questions: list[Question]) -> list[Question]:
    """A reply that numbers its answers by the request's questions, the request not quoted: "Q1 - No / Q2 - The
    University does not have a 'module review process' ... / Q3 & Q4 - The University neither confirms nor denies
    ..." (Nottingham Trent University). When none of its numbered lines asks and half or more open as an answer does
    (a yes or no, "The University does", "We can"), they are the answers, and the request's questions are not in the
    text."""
    main = [q for q in questions if q.parent is None]
    if len(main) < 2 or any(_asks_as_an_item(q.text) for q in main):
        return questions
    answering = sum(1 for q in main if _ANSWER_OPENING_RE.match(q.text))
    return [] if answering * 2 >= len(main) else questions


# An answer's opening: "No", "Yes, ...", "N/A", or the body saying what it does ("The University does not have",
# "We can confirm"), not a document's name ("The Council Minute which authorises ...").
_ANSWER_OPENING_RE = re.compile(
    r"(?:(?:yes|no|n/a|none|nil)\b(?![ \t]+(?:of|more|longer|one)\b)"
    r"|(?:the (?:trust|council|university|authority|board|department|force|service|college|commission|ministry"
    r"|office|agency|executive)|we)[ \t]+(?:does|do|did|can|cannot|neither|holds?|confirms?)\b)",
    re.I,
)


def _as_printed(ctx: Context, question: Question) -> Question:
    """``question`` with the quotes and dashes of its text as its span printed them, and a word whose swapped
    letters cleaning respelt as printed ("recieved", a WhatDoTheyKnow request to Avon and Somerset Constabulary: the
    question is worded as in the text). Its text is its span's words less the number, on one line; each mark is matched
    to the span's by reading both in order."""
    text = question.text
    if not any(mark in text for mark in ASCII_MARKS) and not ctx.clean.swapped_letters:
        return question
    start, end = question.span.start, question.span.end
    source, printed = ctx.text[start:end], ctx.clean.printed(start, end)
    if source == printed:
        return question
    out: list[str] = []
    at = 0
    for char in text:
        if char.isspace():
            out.append(char)
            continue
        found = source.find(char, at)
        if found == -1:
            return question  # the text is not read from the span alone: left as it is
        out.append(printed[found])  # (the same character but where the source printed another)
        at = found + 1
    return question.model_copy(update={"text": "".join(out)})


def _skips_one(text_of: str, found: list[_Asked], answers: dict[int, list[Line]], last: int | None, start: int) -> bool:
    """A list that skips a number ("(1) ... (2) ... (4) ... (5)", to Basildon and Thurrock University Hospitals):
    the item straight after the last question, with nothing but space between and the same mark ("(N)")."""
    if last is None or answers[last]:
        return False
    before, after = found[last].span["end"], start
    line_start = text_of.rfind("\n", 0, after) + 1
    if text_of[before:line_start].strip():
        return False
    return _same_mark(text_of, found[last], start)


def _same_mark(text_of: str, item: _Asked, start: int) -> bool:
    """Whether the item whose words start at ``start`` wears the same mark as ``item`` ("(N)", "N."), its number
    aside."""
    previous_mark = text_of[text_of.rfind("\n", 0, item.span["start"]) + 1 : item.span["start"]].strip()
    mark = text_of[text_of.rfind("\n", 0, start) + 1 : start].strip()
    return bool(mark) and _DIGITS_RE.sub("9", mark) == _DIGITS_RE.sub("9", previous_mark)


def _answers_a_selection(
    text_of: str, found: list[_Asked], answers: dict[int, list[Line]], last: int | None, start: int, asked: str
) -> bool:
    """A reply answering some questions of a longer numbered request, each under its own number: "17. Have there been
    any formal complaints from patients/relatives about ECT? / In 2023 there were no formal complaints ... / 18. If so,
    what was their concerns? / Not applicable. / Please provide restraints information ... / 25. How many RESTRAINTS
    in 2023?" (Hertfordshire Partnership University NHS Foundation Trust answering 4, 17, 18, 25, 35 and 36 of a
    campaigner's 51). The item further on asks, as the last question did, that one has its answer, and both wear the
    same mark; a list inside an answer starts again from 1."""
    if last is None or not answers[last] or not asked.endswith("?") or not found[last].text.endswith("?"):
        return False
    return _same_mark(text_of, found[last], start)


# How a question ends that introduces the list under it: "Please provide the following details:", and a dash where
# the colon would be ("1. On 12 June 2018, Mr N made a request ... The information requested was-", a Scottish
# Information Commissioner's decision).
_INTRODUCES = (":", "-")
# A list of the categories or breakdowns a question's figures come in, not questions: "3. Type of drug involved in each
# incident, categorised where possible. Examples of categories include: / • Cannabis / • Cocaine", "4. Number of
# disciplinary procedures undertaken, separated by: / • Students / • Staff" (a WhatDoTheyKnow request to the
# University of Huddersfield).
_LISTS_CATEGORIES_RE = re.compile(
    r"\b(?:(?:examples?|categories|types|kinds) (?:of [a-z ]{1,30})?(?:include|are|could be)|such as"
    # (or into bands the text names: "... as at the most recent month-end for which the ICB holds data, broken into the
    # following waiting time bands:" over "- Under 18 weeks since referral / - 18 weeks to 52 weeks ...", a request on
    # NHS Greater Manchester ICB's log)
    r"|(?:separated|broken(?: down)?|split|grouped|categorised|disaggregated) (?:by|into)"
    r"(?: the following(?: [a-z-]+){0,4} (?:bands|categories|groups|ranges|types))?)[ \t]*:$"
    # (or what a count is asked of: "Q1. How many patients have been treated for breast cancer (any stage) in the past
    # 3 months with the following systemic anti-cancer therapies:" over 29 bullets, each a regimen, Salisbury NHS
    # Foundation Trust's log)
    r"|^how many\b[^?:]*\b(?:with|by|on|using|receiving) the following\b[^?:]{0,60}:$",
    re.I,
)
# Or a semicolon after "the following": "1) Did operators consult with you ... on the following emergency response
# rescue methods;" above "a) casualty handling;" (a WhatDoTheyKnow request to Lancashire Fire and Rescue Service).
_FOLLOWING_THEN_SEMICOLON_RE = re.compile(r"\bthe following\b[^.;:?]{0,60};$", re.I)


def _lettered_list_next(lines: list[Line], i: int) -> bool:
    """Whether the next line with text from ``lines[i]`` on is a lettered item: a question ending in a semicolon
    introduces such a list ("9. Please also confirm if you have applications; / (blank) / a. Operating on any other
    legacy platform ... / (blank) / b. Any operating system ...", a request Education Scotland's release page quotes),
    where an item ending so is otherwise followed by the next number."""
    following = _text_line_from(lines, i)
    return following is not None and _SUB_RE.match(following.text) is not None


# A main number with its first part glued on, "1. (a) We would like to request ..." read as "1a"
# (shared/corpus/LABELLING.md).
_GLUED_FIRST_PART_RE = re.compile(r"(\d{1,3})([a-z])")


def _parts_parent(question: _Asked) -> str:
    """The number the parts of ``question``'s list hang from: its parent's, its own, or for "1a" (a main number with
    its first part glued on) "1": "1. (a) We would like to request a copy of all correspondence ... / (blank) / (b)We
    respectfully request we are included in any further correspondence" (the Northern Ireland Assembly Commission's
    reply quoting the request), "(b)" a part of 1 beside "1a"."""
    if question.parent is not None:
        return question.parent
    glued = _GLUED_FIRST_PART_RE.fullmatch(question.number)
    return glued.group(1) if glued else question.number


def _lettered_part_next(lines: list[Line], i: int, found: list[_Asked], current: int) -> bool:
    """Whether the next line with text from ``lines[i]`` on is a lettered part of question ``current``, a blank line
    above it: its "a" asking ("1. How much DPG18/Price Group 5 funding has the college received since the merger in
    2010. / (blank) / a. How was this funding spent? / (blank) / b. Give a breakdown ...", a request the Scottish
    Information Commissioner quotes), or the letter after the part found last ("b." after "a.")."""
    following = _text_line_from(lines, i)
    if following is None:
        return False
    sub = _SUB_RE.match(following.text)
    if sub is None:
        # or capital letters, a run from "A" with "B" below it, as on the question's own next line
        # (_capital_part_at): "1) Please complete the following questions below about the cost of exempt provision
        # in your local authority in 2018/19, 2019/20 and 2020/21. / (blank) / A) How much did you spend on the
        # provision of "exempt accommodation"? / B) How many HB claims ...?" (a WhatDoTheyKnow request sent to
        # Kirklees Council and 122 other authorities)
        return _capital_part_at(found, current, following.text, lines, following.number + 1) is not None
    mark = _sub_mark(sub)
    parent = _parts_parent(found[current])
    last = found[-1]
    if last.parent == parent and mark in _marks_after(last.number):
        return True
    if (glued := _GLUED_FIRST_PART_RE.fullmatch(last.number)) is not None and mark == chr(ord(glued.group(2)) + 1):
        return True
    # (or under an item that is a heading, no stop after its few words: "2. Bad debts / (blank) / a) Please state how
    # much bad debt was written off in the year 2016-17." (a WhatDoTheyKnow request to Homerton University Hospital
    # NHS Foundation Trust)
    # (a list of parts may open with a roman "i": "3. When did the Council become capable of making monthly payments
    # of HB / (blank) / i) If this was after March 2006, why was there a delay ...? / (blank) / ii) What adjustments
    # to the computer system were required ...?", East Cambridgeshire District Council's review letter quoting a
    # request)
    return mark in _FIRST_PART_MARKS and (
        following.text.rstrip().endswith("?")
        or (found[current].parent is None and _reads_as_a_heading(found[current].text))
        # or a run of three lettered lines at least, one after another, whatever ends them: "2) Does your organisation
        # hold any of the following contract types? (Column C drop down) / (blank) / a) Please provide a description of
        # the contract (Column D free text). / b) What version is the technology? / c) ..." (SOAS's disclosure log)
        or _lettered_run(lines, following.number) >= _LETTERED_RUN
    )


_LETTERED_RUN = 3
_FIRST_PART_MARKS = ("a", "i")


def _marks_after(mark: str) -> tuple[str, ...]:
    """The marks that may follow part ``mark`` in its list: the next letter, and for a roman numeral the next
    numeral ("j" or "ii" after "i")."""
    following = []
    for series in (_LETTER_SERIES, _ROMANS):
        if mark in series[:-1]:
            following.append(series[series.index(mark) + 1])
    return tuple(following)


def _lettered_run(lines: list[Line], first: int) -> int:
    """How many lines from ``lines[first]`` on are lettered items in turn (a, b, c ...), one a line."""
    count = 0
    for line in lines[first : first + len(_LETTERS)]:
        sub = _SUB_RE.match(line.text)
        if sub is None or _sub_mark(sub) != _LETTERS[count]:
            break
        count += 1
    return count


def _follow_up_bullet_next(lines: list[Line], i: int, after_a_bullet: bool) -> bool:
    """Whether the next line with text from ``lines[i]`` on is a bullet that follows a question up: "1. Does your
    organisation currently use any form of Artificial Intelligence ...? / (blank) / * If yes, please list the tools
    ... / (blank) / * If not, please state whether ..." (a request Tunbridge Wells Borough Council's release page
    quotes): a part of the question, as a follow-up line under it is. After such a bullet (``after_a_bullet``), a
    bullet that asks goes on ("* Please also confirm whether human oversight is applied.")."""
    following = _text_line_from(lines, i)
    bullet = _BULLET_RE.match(following.text) if following is not None else None
    return bullet is not None and _follows_up(bullet.group("text"), after_a_bullet)


def _follows_up(words: str, after_a_bullet: bool) -> bool:
    """Whether a bullet's ``words`` follow the question above up ("If yes, ..."), or, after such a bullet, ask."""
    return _FOLLOW_UP_RE.match(words) is not None or (after_a_bullet and _ASKS_RE.match(words) is not None)


def _introduces_a_list(question: str, printed: str = "") -> bool:
    """Whether a question's words introduce a list; ``printed``, its text as printed, may end in the dash its words
    lose (_question_words: "... wrote to the Council asking for the following information -", a Scottish Information
    Commissioner's decision on East Dunbartonshire Council)."""
    return (
        question.endswith(_INTRODUCES)
        or printed.rstrip().endswith(" -")
        or _FOLLOWING_THEN_SEMICOLON_RE.search(question) is not None
    )


_ANSWERS_BELOW = 6  # lines looked at under a response heading for the first answer's number
# (not a decimal item's number: "1.3 If not, what steps are being taken ...?" under "1.2 ... / Our response: / UEA
# signed the pledge in December 2023.", the University of East Anglia's log, is the next question, not the reply's 1)
# (or a label alone on its line: "RESPONSE / We consulted with our Digital Services Division who have provided the below
# response to your request. / Question 1 / Your request has been considered ...", South Wales Police's log)
_FIRST_ANSWER_RE = re.compile(
    r"[ \t*_]*(?:(?:Q(?:uestion)?\s?)?1[a-z]?\s*(?:[.):](?!\d)|\s[-–]\s)|Q(?:uestion)?\s?1[ \t*_]*$)"
)


def _answers_numbered_below(lines: list[Line], i: int) -> bool:
    """Whether a line numbered 1 stands within a few lines from ``lines[i]`` on."""
    return any(_FIRST_ANSWER_RE.match(line.text) for line in lines[i : i + _ANSWERS_BELOW])


def _next_question_below(lines: list[Line], i: int, expected: int) -> bool:
    """Whether the question numbered ``expected`` stands a few lines of text from ``lines[i]`` on, before any line
    numbered 1: the heading above them labels one question's answer, the questions going on below it."""
    seen = 0
    for line in lines[i:]:
        if not line.text.strip():
            continue
        if _FIRST_ANSWER_RE.match(line.text):
            return False
        numbered = _NUMBERED_AS_RE.match(line.text)
        if numbered is not None and numbered.group(1) == str(expected):
            return True
        seen += 1
        if seen > _ANSWERS_BELOW:
            return False
    return False


_NUMBERED_AS_RE = re.compile(r"[ \t*_]*(?:Q(?:uestion)?\s?)?(\d{1,3})[a-z]?\s*[.):]")


# A question on a line of its own with no mark: a capital opening it, a question mark ending the question (its answer
# may run on after it on the line).
_UNMARKED_QUESTION_LINE_RE = re.compile(r"[ \t*_]*(?P<words>[A-Z][^\n]*\?)")


def _questions_whose_numbers_were_lost(
    lines: list[Line], line: Line, count: int, marked_re: re.Pattern[str]
) -> list[tuple[Line, re.Match[str]]]:
    """The ``count`` lines straight above ``line`` (blank lines aside), each a question with no mark, when the line
    above them asks nothing: the items of a list whose numbers were lost as the page was flattened, the numbers after
    them printed. "You requested the following information: / Are your doctors still currently using dictation
    recorders with analogue tapes/cassettes? / Do you currently use any digital dictation systems and if so which
    one(s)? / 2a. If yes, which departments use them ...? / Do you have any current plans to implement a digital
    dictation system(s)? / 3a. If yes, ..." (Barnet, Enfield and Haringey Mental Health Trust's letter as HTML on
    WhatDoTheyKnow, its automatic numbers gone and its typed ones kept); "Request or Question / How many unfixed
    potholes are there currently recorded ...? / 2. How much has the council spent ...?" (Scottish Borders Council's
    log, see clean._LOST_FIRST_NUMBER_LINE_RE). Each as (line, its question's words); none when more questions than
    numbers lost stand above, as which of them the numbers were is then unknown."""
    if count < 1:
        return []
    lost: list[tuple[Line, re.Match[str]]] = []
    for above in reversed(lines[: line.number]):
        if not above.text.strip():
            continue
        asked = None if marked_re.match(above.text) else _UNMARKED_QUESTION_LINE_RE.match(above.text)
        if asked is None:
            break
        if len(lost) == count:
            return []
        lost.append((above, asked))
    return lost[::-1] if len(lost) == count else []


def _only_blank_between(lines: list[Line], above: int, line: Line) -> bool:
    """Whether line ``above`` stands above ``line`` with nothing but blank lines between (walked from ``above``
    down, so a line far below stops at the first line with text)."""
    return above < line.number and only_blank_lines(lines, above, line.number)


# A log's date glued to the first question's number, the page flattened: "Responded Thu 14 November 20191. Do you
# conduct an audit ...?" (Hastings Borough Council's disclosure log; dates read the year the same way). Or a dash
# after the number: "Responded Fri 16 August 20191- The total number of CCTV cameras installed ..." (the same log).
_GLUED_AFTER_YEAR_RE = re.compile(r"^[A-Za-z][^\n]{0,40}?\b(?:19|20)\d\d(?=1[.)-][ \t]+[A-Z])")
_GLUED_LINES = 20


# The words introducing a request glued to its first question, a log's form flattened: "... would therefore appreciate
# a response under the Freedom of Information Act to the following:1. What Revenues and Benefits IT system does the
# council use? / 2. Is the system hosted on premise ...?" (Scottish Borders Council's log); only with "2." below.
# Or bracketed, or after a space: "A request was sent to Oriel by e-mail on 16th February requesting the following
# information under the Freedom of Information Act:(i) A brief explanation of the various funds ... / (ii) A list of
# all the companies ..." (Oriel College's published response); the second item's marker, in the first's style, opens
# the next line with text.
_SECOND_MARKERS = {"1.": "2.", "1)": "2)", "(1)": "(2)", "(i)": "(ii)", "(a)": "(b)", "i)": "ii)", "a)": "b)"}
_GLUED_AFTER_COLON_RE = re.compile(
    rf"^[^\n]*?[a-z]:[ \t]*(?=(?P<first>{'|'.join(map(re.escape, _SECOND_MARKERS))})[ \t]*[A-Z])"
)
_SECOND_QUESTION_RE = re.compile(rf"[ \t]*(?P<marker>{'|'.join(map(re.escape, _SECOND_MARKERS.values()))})[ \t]*[A-Z]")


def _glued_first_question(lines: list[Line], line: Line) -> re.Match[str] | None:
    glued = _GLUED_AFTER_YEAR_RE.match(line.text) if "1" in line.text else None
    if glued is not None:
        return glued
    glued = _GLUED_AFTER_COLON_RE.match(line.text) if ":" in line.text else None
    if glued is None:
        return None
    below = next((other for other in lines[line.number + 1 :] if other.text.strip()), None)
    second = _SECOND_QUESTION_RE.match(below.text) if below is not None else None
    return glued if second is not None and second.group("marker") == _SECOND_MARKERS[glued.group("first")] else None


def _first_question_unglued(lines: list[Line]) -> list[Line]:
    """``lines``, with the question glued to a date or an introduction near the top read from its number."""
    for line in lines[:_GLUED_LINES]:
        glued = _glued_first_question(lines, line)
        if glued is not None:
            unglued = Line(line.number, line.start + glued.end(), line.end, line.text[glued.end() :])
            return [*lines[: line.number], unglued, *lines[line.number + 1 :]]
    return lines


# A heading over a group of a request's questions: a few capitalised words joined by "and", "for" or "of", no stop
# ("AI for Decision-Making", "Policies and Governance", "Data Protection and Ethics"); a spaced dash may part its words
# ("Operational Impact – EPRF and Scene Time Analysis", a request on the Scottish Ambulance Service's log).
_SECTION_HEADING_RE = re.compile(
    r"[ \t*_]*(?:[A-Z][\w'&-]*|and|or|for|of|the|in|on|to|with|&)(?:[ \t]+(?:[A-Z][\w'&-]*|and|or|for|of|the|in|on|to"
    r"|with|&|[-\u2013])){1,8}[ \t*_]*"
)
_HEADING_JOINING_WORDS = frozenset({"and", "or", "for", "of", "the", "in", "on", "to", "with", "&"})


def _is_section_heading(text: str) -> bool:
    return _SECTION_HEADING_RE.fullmatch(text) is not None and not _HEADING_JOINING_WORDS.isdisjoint(text.split())


def _without_section_headings(
    ctx: Context, found: list[_Asked], answers: dict[int, list[Line]]
) -> dict[int, list[Line]]:
    """The answer regions less the headings a request groups its questions under, where the first question has one
    straight above it too: "AI Use in Operations / 1. Does your organisation currently use ...? / ... / AI for
    Decision-Making / 2. Does your organisation use AI ...?" (a request Tunbridge Wells Borough Council's release page
    quotes). A heading stands alone straight above the next question; an answer in such words ("Head of Finance") is
    one where the first question has no heading above it."""
    mains = [index for index, q in enumerate(found) if q.parent is None]
    if len(mains) < 3:
        return answers
    layout = ctx.layout
    above = layout.line_above(layout.line_at(found[mains[0]].span["start"]).number)
    if above is None or not _is_section_heading(above.text):
        return answers
    trimmed = dict(answers)
    for index, following in pairwise(mains):
        heading = layout.line_above(layout.line_at(found[following].span["start"]).number)
        if heading is None or not _is_section_heading(heading.text):
            continue
        for owner in range(index, following):  # the heading closes the region of the last question above it
            region = trimmed.get(owner)
            if region and region[-1].number == heading.number:
                trimmed[owner] = region[:-1]
    return trimmed


def _a_reply_s_own_list(ctx: Context, found: list[_Asked]) -> bool:
    """Whether the numbered items the line loop found, all in a reply under the requester's own message, are a list
    of the reply's: none asks and none restates the request. "Please note - due to the numbers on these programmes we
    have used the Higher Education Statistics Agency standard rounding methodology ...: / 1. All numbers are rounded
    to the nearest multiple of 5 / 2. Any number lower than 2.5 is rounded to 0" (The Glasgow School of Art on
    WhatDoTheyKnow, under a request of one paragraph)."""
    main = [q for q in found if q.parent is None]
    if not main or any(_asks_as_an_item(q.text) for q in main):
        return False
    # (below the request: a request greeting the officer who acknowledged an earlier one, "Dear Mr Tillman, / Could you
    # please send me copies of the reports ...: / 1. Executive Board 5th November 2012, Item 13 ...", is not read as
    # the requester's, and its items come before the requester's later messages)
    request = next((m for m in ctx.layout.messages if m.from_requester and not m.quoted), None)
    if request is None or any(q.span["start"] < request.end for q in main):
        return False
    asked = _requesters_words(ctx)
    return not any(fuzz.partial_ratio(default_process(q.text), asked) >= 60 for q in main)


def _bullets_of_another_list(ctx: Context, found: list[_Asked]) -> list[Question]:
    """The requester's bullet questions, where the numbered items the line loop found are all in the authority's
    words and ask something else: a satisfaction survey under the reply ("We would be grateful if you would complete
    and return the below satisfaction survey. / 1. How do you rate the quality of service provided", Greater
    Manchester Mental Health NHS Foundation Trust on WhatDoTheyKnow, under a request of three bullets). A reply that
    numbers the request's own bullets to answer them restates them, and keeps its numbered questions; unless fewer of
    them are questions than the request has bullets, the rest read as answers ("- The annual value of the contract /
    - The term of this contract / ..." answered "1) Annual contract value: Withheld - Section 43(2) / 2) Contract term:
    3 years / 3) When the College expects to tender this contract. The next review date is February 2023", Tameside
    College on WhatDoTheyKnow)."""
    layout = ctx.layout
    bullets = _request_bullets(ctx)
    if not bullets or not all(layout.by_requester(start) for start, _end in bullets):
        return []
    asked = " ".join(default_process(ctx.text[start:end]) for start, end in bullets)
    numbered = [q for q in found if q.parent is None]
    if len(numbered) >= len(bullets) and any(
        fuzz.partial_ratio(default_process(q.text), asked) >= 60 for q in numbered
    ):
        return []
    return _bullet_questions(ctx, bullets)


def _more_unmarked_lines(ctx: Context, found: list[_Asked]) -> list[Question]:
    """The requester's unmarked question lines (``_unmarked_request_lines``), where the numbered items the line loop
    found are all the reply's and fewer: a reply numbering the request's sixteen lines as it restates them, the page cut
    at its second ("Is there an SLA or county tender been awarded for catering in schools in this Local Authority? /
    Who is the most recent catering contractor ...? / ..." above "I understand your request to be as follows: / 1. Is
    there an SLA ... / 2. Who is the most recent catering contractor", Tameside Metropolitan Borough Council on
    WhatDoTheyKnow)."""
    unmarked = _unmarked_request_lines(ctx)
    numbered = [q for q in found if q.parent is None]
    if len(unmarked) > len(numbered) and all(ctx.layout.by_requester(q.span.start) for q in unmarked):
        return unmarked
    return []


def _records(
    ctx: Context,
    found: list[_Asked],
    answers: dict[int, list[Line]],
    shared: dict[int, list[int]],
    *,
    replied: bool = False,
) -> list[Question]:
    """The questions ``found``, each with the answers read from its answer region's lines; ``replied``: the answers
    were seen as the reply's already, numbered from 1 again under the last question."""
    swapped = _answers_above_quoted_request(ctx, found, answers)
    if swapped is not None:
        found, answers = swapped
    answers = _without_section_headings(ctx, found, answers)
    _introductions_joined_with_what_they_introduce(ctx, found, answers)
    blocks = {index: _answer_blocks(ctx, region) for index, region in answers.items()}
    # A directorate heading or an answer label in an answer region is the reply _has_reply() would find.
    # (nor where the reply's answers are numbered from 1 again under the last question: "6. I would like the data to be
    # presented as a .csv ... / 1. Applications received Main 31, Discretionary 15 / 2. Seven Main payments made: ...",
    # Hastings Borough Council's log, the request's lines asking around its questions)
    if (
        not replied
        and not any(labelled for _blocks, labelled in blocks.values())
        and not _has_reply(ctx, [(q.span["start"], q.span["end"]) for q in found])
    ):
        # Only the request is here (a disclosure-log page cut before its answer): what follows each
        # question is more of the request, not an answer.
        blocks = {}
        found = _with_paragraphs_between(ctx, found, lambda _index, _line: True)
    else:
        layout = ctx.layout
        asked_by_requester = [layout.by_requester(q.span["start"]) for q in found]
        if any(asked_by_requester):
            found = _with_paragraphs_between(
                ctx, found, lambda index, line: asked_by_requester[index] and layout.by_requester(line.start)
            )
    resolved = _region_answers(ctx, {index: region_blocks for index, (region_blocks, _labelled) in blocks.items()})
    for index, region in resolved.items():
        if region and _only_restates(found[index].text, region[0]["text"]):
            del region[0]
    requesters_words = _requesters_words(ctx) if any(resolved.values()) else ""
    if requesters_words:
        for region in resolved.values():
            region[:] = [a for a in region if not _quoted_from(requesters_words, a["text"])]
    for target, sources in shared.items():
        for source in sources:
            resolved.setdefault(target, []).extend(a for a in resolved.get(source, []) if a not in resolved[target])
    _share_multi_question_answers(found, resolved)
    _share_the_whole_requests_answer(found, resolved)
    _complete_the_cut_question(ctx, found)
    questions: list[dict[str, object]] = []
    for index, q in enumerate(found):
        if _opens_a_list_numbered_again(found, index):
            continue
        fields: dict[str, object] = {"number": q.number, "text": q.text, "span": q.span, "parent": q.parent}
        if index in resolved:
            fields["answers"] = resolved[index]
        questions.append(fields)
    return _question_records().validate_python(questions)


_INTRODUCTION_WORDS = 25  # words of a question that only introduces the paragraph under it


def _introductions_joined_with_what_they_introduce(
    ctx: Context, found: list[_Asked], answers: dict[int, list[Line]]
) -> None:
    """A question that ends in a colon, the paragraph under it what it introduces, then the answer's label: the
    paragraph is the question's, not an answer. "Question Number 1: / Please provide the following FOI responses: /
    (blank) / Please provide the total amount spent on locum Doctors across all departments. for 2025 YTD and 2024 /
    (blank) / Answer To Question 1: / This information is available on the Trust's website." (Salisbury NHS
    Foundation Trust's disclosure log). Edits ``found`` and ``answers`` in place."""
    for index, region in answers.items():
        item = found[index]
        if not item.text.endswith(":") or len(item.text.split()) > _INTRODUCTION_WORDS:
            continue
        label = next((k for k, line in enumerate(region) if _ANSWER_LABEL_RE.match(line.text)), None)
        if not label:
            continue
        paragraph = [line for line in region[:label] if line.text.strip()]
        if not paragraph or any(
            _MAIN_RE.match(line.text) or _SUB_RE.match(line.text) or _BULLET_RE.match(line.text) for line in paragraph
        ):
            continue
        if any(not line.text.strip() for line in region[region.index(paragraph[0]) : region.index(paragraph[-1])]):
            continue  # one paragraph only
        found[index] = _joined_with(ctx, item, paragraph)
        del region[:label]


_MARK_ALONE_RE = re.compile(r"[ \t*_]*(?:Q(?:uestion)?[ \t]*)?\(?(?P<mark>\w{1,4})[/.):]?[ \t*_]*", re.I)


def _mark_alone(line: str) -> str | None:
    """The number or letter of an item's mark standing alone on ``line`` ("2/", "Q3.", "(b)"), else None."""
    m = _MARK_ALONE_RE.fullmatch(line)
    return m.group("mark").lower() if m is not None else None


def _stands_apart(lines: list[Line], between: list[Line], item_line: Line) -> bool:
    """Whether the last of the lines ``between`` an item's line and the next item stands apart from the rest: a blank
    line above it, or no blank line under the item at all (a page printed without them)."""
    above = between[-2].number
    if above < between[-1].number - 1:
        return True
    return all(line.text.strip() for line in lines[item_line.number + 1 : above])


# A heading's opening: two capitalised words ("Parking Fines (fines issued from 1 January 2016 to date)")
_TITLE_OPENING_RE = re.compile(r"[ \t*_]*[A-Z][\w'&-]*[ \t]+[A-Z][\w'&-]*\b")


def _reads_as_a_title(words: str) -> bool:
    """Whether stripped ``words`` open with two capitalised words and end with no stop (``_TITLE_OPENING_RE``)."""
    return _TITLE_OPENING_RE.match(words) is not None and words[-1:] not in ".?!:;,"


def _heads_items(line: str) -> bool:
    """Whether a line of its own reads as the heading of a request's items: a few words, or capitalised words, with
    no stop after the last; not an aside in brackets that carries on the lines above it ("The number of incidents
    recorded as Level 3 / (or equivalent internal incident command categorisation)", Hereford and Worcester Fire and
    Rescue Service's published request)."""
    words = line.strip()
    if words.startswith("(") and words.endswith(")"):
        return False
    return _reads_as_a_heading(words) or _is_section_heading(line) or _reads_as_a_title(words)


_NOTE_RE = re.compile(r"[ \t_]*(?:[*†]|N\.?B\b|(?:please )?note\b)", re.I)
_MAX_PARAGRAPHS_BETWEEN_WORDS = 150  # words between two items that may still be the first's: more is a letter's body


def _next_in_the_list(item: _Asked, following: _Asked) -> bool:
    """Whether ``following`` is the item after ``item`` in a request's list: the next number or letter at the same
    level ("1" then "2", "a" then "b")."""
    if following.parent != item.parent:
        return False
    number, next_number = item.number, following.number
    if number.isdigit():
        return next_number == str(int(number) + 1)
    if number.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS.get(next_number.lower()) == _NUMBER_WORDS[number.lower()] + 1
    for series in (_ROMANS, _LETTERS):
        if number in series:
            at = series.index(number)
            return at + 1 < len(series) and series[at + 1] == next_number
    return False


def _with_paragraphs_between(
    ctx: Context, found: list[_Asked], of_the_request: Callable[[int, Line], bool]
) -> list[_Asked]:
    """The questions ``found``, each joined with the paragraphs of the request between it and the next item of its
    list: they go on asking ("1/ Please could I request a week by week breakdown of the tonnage collected ... /
    (blank) / Could you please report these figures for the past 24 months and include the number of properties
    collected from each week. / (blank) / 2/ ...", a WhatDoTheyKnow request to Colchester Borough Council; "1. What was
    the total market value of the university's investment portfolio(s) ...? / (blank) / If you are going to provide
    this information through your Annual Accounts ..., please provide the specific page number ...", one to the Royal
    Agricultural University). ``of_the_request(index, line)``: whether a line under question ``index`` is the
    request's, not the reply's. Under the last item only the paragraphs that ask on are its (``_with_follow_ups``):
    what follows a list is the request's own ("Please provide the guidance ..." under "3. Noise Abatement Notice
    issued")."""
    layout = ctx.layout
    text = ctx.text
    lines = layout.lines
    joined = list(found)
    openings: set[str] = set()  # the first words of the paragraphs joined to an item
    for index in range(len(found) - 1):
        item, following = found[index], found[index + 1]
        if not _next_in_the_list(item, following):
            continue
        end = item.span["end"]
        item_line = layout.line_at(end)
        if text[end : item_line.end].strip():
            continue  # the item's line goes on past its words (an answer run on after its question mark)
        between = [
            line
            for line in lines[item_line.number + 1 : layout.line_at(following.span["start"]).number]
            if line.text.strip()
        ]
        if between and _mark_alone(between[-1].text) == following.number:
            del between[-1]  # the next item's mark on a line of its own, its words below ("2/", Colchester above)
        if _heads_its_paragraph(item) and (paragraph := _first_paragraph(lines, item_line)):
            # An item that is a heading, its words in the paragraph under it, and a list and more paragraphs of the
            # request below that: "1. Contract Register Request: / I am seeking the full and entirety of the
            # organisation's contract register or database. The register should include the following
            # columns/headings or something similar: / · Contract Reference ... / How many contracts are currently
            # held on the contract register? / ... / 2. Procurement Strategy Document Request:" (Hastings Borough
            # Council's log); the heading with its paragraph is the item.
            if not any(line.number in _paragraph_edges(ctx) or not of_the_request(index, line) for line in paragraph):
                joined[index] = _joined_with(ctx, item, paragraph)
            continue
        if len(between) > 1 and _heads_items(between[-1].text) and _stands_apart(lines, between, item_line):
            # a heading over the items below ("2. Does your Trust use a private contractor to oversee the car park? /
            # Yes (if yes please provide name of contractor) / Parking Charges / 3. Parking charges ...", a request to
            # Maidstone and Tunbridge Wells NHS Trust printed with no blank lines); not the last line of an example
            # ("Please present this information in this format: / (blank) / Fund manager name - Percentage ... /
            # Schroders - 47% / CCLA - 49% / University - 4%", the Royal Agricultural University)
            del between[-1]
        if (
            not between
            or _heads_items(between[0].text)
            or _NOTE_RE.match(between[0].text)
            or between[-1].text.rstrip().endswith(":")
        ):
            # Nothing between; or the heading of the items below; or a note on the request (a request sent to many
            # councils: "3. What was the total spend for supported bus services in the fiscal year 2016/17? / Note:
            # This refers to the Department for Transport's definition ..."); or what introduces the next item ("For
            # each individual expulsion/suspension could you please disclose the following:", Green Spring Academy)
            continue
        if sum(len(line.text.split()) for line in between) > _MAX_PARAGRAPHS_BETWEEN_WORDS:
            continue
        if not _titles_its_lines(item) and not any(
            _ASKS_RE.match(line.text) or _ASKS_ON_RE.search(line.text) or _SPEAKS_OF_THE_ITEM_RE.search(line.text)
            for line in between
        ):
            # A remark that asks nothing: "1. Can you please provide updated compliance figures for FOI requests for
            # 2020-21? / (blank) / I can see there are some published figures ... but these show open requests at the
            # point the response was issued. / (blank) / 2. ..." (a WhatDoTheyKnow request to the Care Quality
            # Commission)
            continue
        edges = _paragraph_edges(ctx)
        if any(
            line.number in edges
            or not of_the_request(index, line)
            or _MAIN_RE.match(line.text)
            or _SUB_RE.match(line.text)
            or _BULLET_RE.match(line.text)
            for line in between
        ):
            continue
        joined[index] = _joined_with(ctx, item, between)
        if len(between[0].text.split()) >= _OPENING_WORDS:
            openings.add(_opening_words(between[0].text))
    if found:
        joined[-1] = _with_follow_ups(ctx, joined[-1], len(found) - 1, of_the_request, openings)
    return joined


_OPENING_WORDS = 4  # words a paragraph under the last item shares with one under an earlier item, to be its own too
_HEADING_ITEM_WORDS = 6


def _titles_its_lines(item: _Asked) -> bool:
    """Whether ``item`` is only a title, a few capitalised words with no stop, for the lines under it that say what is
    asked: "2. Incident Command Levels / For all incidents attended by flexi-duty officers: / The number of incidents
    recorded as Level 1 / ... / 3. Officer Command Activity" (a request on Hereford and Worcester Fire and Rescue
    Service's published responses, its lines asking nothing of themselves)."""
    words = item.text.strip()
    return len(words.split()) <= _HEADING_ITEM_WORDS and _reads_as_a_title(words)


def _heads_its_paragraph(item: _Asked) -> bool:
    """Whether ``item`` is only a heading for what is asked under it: a few words ending in a colon."""
    return item.text.endswith(":") and len(item.text.split()) <= _HEADING_ITEM_WORDS


def _first_paragraph(lines: list[Line], item_line: Line) -> list[Line]:
    """The lines of the paragraph straight under ``item_line``, up to a blank line or a list's item (a page may print
    no blank lines)."""
    paragraph = []
    for line in lines[item_line.number + 1 :]:
        text = line.text
        if not text.strip() or _MAIN_RE.match(text) or _SUB_RE.match(text) or _BULLET_RE.match(text):
            break
        paragraph.append(line)
    return paragraph


def _opening_words(line: str) -> str:
    return " ".join(line.casefold().split()[:_OPENING_WORDS])


# Or one that qualifies the item above by name: "1. From 2018 onwards, all internal processes, procedures, instructions
# and recommendations related to ... civil community protection notice cases. / (blank) / If a single policy document
# exists, that will be sufficient to answer this question, unless there are instances of recommendations and
# instructions related to deviations from policy. / (blank) / 2. ..." (a WhatDoTheyKnow request to Derbyshire
# Constabulary).
_SPEAKS_OF_THE_ITEM_RE = re.compile(
    r"\b(?:answer|satisfy|cover|for the purposes? of) (?:this|that) (?:question|item|point)\b", re.I
)


# A paragraph asking on if the answer is one way: "If the answer is NO, ...", "If yes, ...", "If not, ..."; not a note
# on the whole request ("If not all information is available, please treat questions individually.", a request to
# Blackburn with Darwen Borough Council).
# Nor the flow's bare "if No" alone on its line, its next step nowhere ("Q4 Does the trust intend to apply for 2020/21
# NHSi funding to fully implement ePMA? / if No / If the trust does not intend to apply, ...", a WhatDoTheyKnow request
# to King's College Hospital NHS Foundation Trust).
_ASKS_ON_IF_RE = re.compile(
    r"[ \t]*\(?(?:if (?:yes|so|no)\b|if not[,.]"
    r"|if the answer(?: to (?:this|that|the above)(?: question)?)? is (?:yes|no)\b)(?![ \t.]*$)",
    re.I,
)


def _with_follow_ups(
    ctx: Context, item: _Asked, index: int, of_the_request: Callable[[int, Line], bool], openings: set[str]
) -> _Asked:
    """The last item, joined with the paragraphs under it that ask on if it is answered one way: "3) Does the school
    have plans to completely remove the areas with RAAC from its premises? If the answer to this question is YES,
    please specify the target removal year. / (blank) / If the answer is NO, and your school does have RAAC, please
    briefly say why there are no plans to remove the material." (a WhatDoTheyKnow request to All Saints Academy
    Dunstable); or that open as a paragraph joined under an earlier item does (``openings``): "3/ Please could you give
    a week by week total fuel usage ... / (blank) / Could you please report these figures for the past 24 months and
    include weekly carbon emission values also" under items 1 and 2 each followed by "Could you please report these
    figures for the past 24 months ..." (a WhatDoTheyKnow request to Colchester Borough Council). Any other paragraph
    under the last item is the request's own (``_with_paragraphs_between``)."""
    layout = ctx.layout
    text = ctx.text
    end = item.span["end"]
    item_line = layout.line_at(end)
    if text[end : item_line.end].strip():
        return item
    joined: list[Line] = []
    paragraph: list[Line] = []
    # A title's lines are its words up to the request's end, a blank line or none between ("5. Supporting Documents /
    # Any annual summary or monitoring report (if held) which records: / Officer attendance levels / ... / Regards,",
    # the last item of a request on Hereford and Worcester Fire and Rescue Service's published responses): its first
    # paragraph only, and only one that opens by introducing the lines under it; not the request's own line under the
    # list ("Q2 Noise Abatement Notice issued / Please provide the guidance used in the assessment of the above.", a
    # request the University of Winchester quoted).
    titled = _titles_its_lines(item)
    for line in layout.lines[item_line.number + 1 :]:
        if line.text.strip():
            if titled and joined:
                break  # its first paragraph only
            if (
                not paragraph
                and not titled
                and not (_ASKS_ON_IF_RE.match(line.text) or _opening_words(line.text) in openings)
            ):
                break
            if line.number in _paragraph_edges(ctx) or not of_the_request(index, line) or _MAIN_RE.match(line.text):
                if not titled:
                    paragraph = []
                break
            paragraph.append(line)
        elif paragraph:
            joined += paragraph
            paragraph = []
    joined += paragraph
    if titled and joined and not joined[0].text.rstrip().endswith(":"):
        return item
    return _joined_with(ctx, item, joined) if joined else item


def _joined_with(ctx: Context, item: _Asked, lines: list[Line]) -> _Asked:
    """``item`` with the words of ``lines``, the request's lines under it, on after its own; its span to their end."""
    words = " ".join(" ".join(line.text.split()) for line in lines)
    return item._replace(text=f"{item.text} {words}", span=ctx.span_fields(item.span["start"], lines[-1].end))


def _opens_a_list_numbered_again(found: list[_Asked], index: int) -> bool:
    """Whether item ``index`` only introduces the list under it, that numbers its items from 1 again: a disclosure
    log numbers its requests and a request its own items ("1. Please provide the following records relating to the
    variation of the ... Contract: / 1. The executed contract-variation agreement ... / 2. Any internal approval
    papers ...", National Highways' log)."""
    if index + 1 >= len(found):
        return False
    item, following = found[index], found[index + 1]
    return (
        item.number == following.number == "1"
        and item.parent is None
        and following.parent is None
        and _introduces_a_list(item.text)
    )


_LONE_MARK_RE = re.compile(r"[a-z0-9]{1,3}[.)]?")
_MIN_CUT_WORDS = 20  # characters of a cut question that must match the whole one printed above


def _complete_the_cut_question(ctx: Context, found: list[_Asked]) -> None:
    """A question cut by the end of the text, printed whole on a line above: the reply repeats the request's questions
    numbered with its answers, and the text ends inside the last ("4. Finally, what settings was this funding provided
    for? e.g. residentia" under the request's "Finally, what settings was this funding provided for? e.g. residential
    care homes, nursing homes, visiting home care, and live-in care.", Derby and Derbyshire Integrated Care Board)."""
    if not found:
        return
    index = len(found) - 1
    q = found[index]
    text = ctx.text
    if text[q.span["end"] :].strip() or len(q.text) < _MIN_CUT_WORDS:
        return
    layout = ctx.layout
    # (not another question's own line: a request may ask the same thing twice, and the cut one is its own)
    asked_lines = {layout.line_at(other.span["start"]).number for other in found}
    for line in layout.lines:
        if line.start >= q.span["start"]:
            break
        if line.number in asked_lines:
            continue
        words = " ".join(line.text.split())
        # (the line may carry a mark of its own: "- Finally, ...")
        at = words.find(q.text)
        if at == -1 or at > 4 or len(words) <= at + len(q.text):
            continue
        whole = words[at:]
        # (only to the question's end, not the answer a reply put after it: "Do you use a private company to
        # enforce against Littering? No")
        mark = whole.find("?", len(q.text))
        if mark != -1:
            whole = whole[: mark + 1]
        start = line.start + line.text.find(words[at : at + 10])
        found[index] = q._replace(text=whole, span=ctx.span_fields(start, min(line.end, start + len(whole))))
        return


def _only_restates(question: str, answer: str) -> bool:
    """Whether an "answer" is only the question put again in other words, as an acknowledgement restates the request
    ("I understand that the information you seek is:- / Question 1 / Between the years 2010 and 2018, how many
    flytipping incidents in the county that your authority controls were reported to: / a)", Perth and Kinross
    Council, cut there, under the request's "1. How many flytipping incidents in the county that your authority
    controls were reported to ..."): one line that asks or introduces, ending in "?" or ":", most of it the question's
    words, with at most a list's mark after it."""
    if _quoted_back(question, answer):
        return True
    first, _, rest = answer.strip().partition("\n")
    if not first.rstrip().endswith(("?", ":")) or (rest.strip() and not _LONE_MARK_RE.fullmatch(rest.strip())):
        return False
    return fuzz.partial_ratio(default_process(question), default_process(first)) >= 80


def _requesters_words(ctx: Context) -> str:
    """The words of the requester's own messages, processed for comparison; empty when the text holds none."""
    layout = ctx.layout
    return " ".join(
        default_process(ctx.text[m.start : m.end]) for m in layout.messages if m.from_requester and not m.quoted
    )


def _quoted_from(requesters_words: str, answer: str) -> bool:
    """Whether an "answer" is a passage of the request quoted back, word for word: "By information I mean anything
    held on computers, in emails and in printed or handwritten documents ..." under the last question a reply
    restates (Salford City Council on WhatDoTheyKnow, cut before its answers)."""
    words = default_process(answer)
    return len(words) >= 40 and fuzz.partial_ratio(words, requesters_words) >= 95


def _quoted_back(question: str, answer: str) -> bool:
    """Whether the "answer" is the question's own words again, and no more: a reply quoting the request back under
    "You asked:", cut before its answer ("1.Please inform me of the number of disciplinary actions taken against
    students ... under the Academic Misc", Goldsmiths, University of London, on WhatDoTheyKnow)."""
    words, asked = default_process(answer), default_process(question)
    return len(words) >= 40 and len(words) <= len(asked) + 5 and fuzz.partial_ratio(asked, words) >= 95


# (or comments: "I have now processed and considered your original request under the terms of the Freedom of
# Information (Scotland) Act 2002 and can comment as follows." above "1. Edinburgh Trams has a fleet of 27 Trams",
# Edinburgh Trams Ltd's reply)
_REPLIES_BY_NUMBER_RE = re.compile(
    r"\busing your numbering\b"
    r"|\b(?:I|we|and) (?:can|will) (?:now )?(?:reply|respond|comment|answer) as follows\b",
    re.I,
)
# Or a log's dated line above the answers: "Responded 24 November 2025:" (East Cambridgeshire District Council).
_RESPONSE_OPENING_RE = re.compile(
    r"(?:our|the (?:council|trust|force|department)'?s?) (?:response|answers?) to |responded(?: on)?[ \t]+\d", re.I
)
_REQUEST_LABEL_RE = re.compile(
    r"(?:your |the )?(?:request|question|information requested|you asked)[ \t]*:[ \t]*(?=\S)", re.I
)
_QUOTED_ITEM_RE = re.compile(r"^(?P<mark>>[ >]*)?(?P<num>\d{1,3})[.)][ \t]+(?P<text>\S.*)$")


def _answers_above_quoted_request(
    ctx: Context, found: list[_Asked], answers: dict[int, list[Line]]
) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """An email reply that answers by number above the request it quotes ("1. The University's student records
    system is SITS:Vision ..." over "> 1. The name of the student records system ..."): the quoted items are
    the questions and the reply's items their answers. None when the text is not laid out so: every top-level item
    the loop found is a number in the authority's words, none asks anything, and the quoted request numbers the
    same items 1, 2, 3 ...

    The quoted request may stand unmarked under its client's "Original Message" rule ("In response to your
    questions below; / 1. Membership of the Working Party is as follows ..." over "-----Original Message----- /
    From: ... / 1) the membership of the reformed Borough Plan Working group,", Nuneaton and Bedworth Borough
    Council's reply on a campaign's blog); its items may wrap, and the lettered parts under a reply's item (the
    regulation's limbs it quotes) are that answer's."""
    layout = ctx.layout
    # (the quoted request's items, found by the loop too once clean took their "> " off, are read again below)
    own = [(position, q) for position, q in enumerate(found) if not layout.in_quoted(q.span["start"])]
    top = [q for _position, q in own if q.parent is None]
    if not top or any(not q.number.isdigit() or q.text.endswith("?") for q in top):
        return None
    top_numbers = {q.number for q in top}
    if any(q.parent is not None and q.parent not in top_numbers for _position, q in own):
        return None
    if any(layout.by_requester(q.span["start"]) for _position, q in own):
        return None
    quoted: list[tuple[str, int, int]] = []
    lines = layout.lines
    for line in lines:
        if not layout.in_quoted(line.start) or line.text[:1] not in ">0123456789":
            continue
        m = _QUOTED_ITEM_RE.match(line.text)
        if m is None:
            continue
        end = line.end
        if m.group("mark") is None:
            # an unmarked item runs on over its wrapped lines, to a blank line or the next item
            for after in lines[line.number + 1 :]:
                if not after.text.strip() or _QUOTED_ITEM_RE.match(after.text):
                    break
                end = after.end
        quoted.append((m.group("num"), line.start + m.start("text"), end))
    numbers = [number for number, _start, _end in quoted]
    if len(quoted) < 2 or numbers != [str(n) for n in range(1, len(quoted) + 1)]:
        return None
    if [q.number for q in top] != numbers[: len(top)]:
        return None
    questions = [
        _Asked(number, _question_words(ctx.text[start:end]), ctx.span_fields(start, end), None)
        for number, start, end in quoted
    ]
    replies: dict[int, list[Line]] = {index: [] for index in range(len(questions))}
    index = -1
    for position, q in own:
        if q.parent is None:
            index += 1
        first = _piece(layout.line_at(q.span["start"]), ctx.text, q.span["start"], q.span["end"])
        replies[index] += [first, *(line for line in answers.get(position, []) if not layout.in_quoted(line.start))]
    return questions, replies
