"""Items asked inside one sentence ("a) ... b) ...", "(1) ... (2) ...") rather than on lines of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...segment import text_line_above
from ..context import Context
from .answers import _known_labels, _match_labels, _within_all
from .marks import _LETTER_SERIES, _ROMANS, _STATUTE_INTRO_RE

# (its mark also "a.)": "If so: a.) Which services or products? / b.) What specific frameworks are used to do this?", a
# WhatDoTheyKnow request sent to many academy trusts)
_INLINE_LETTER_RE = re.compile(r"(?<=\s)([a-h])(?:\.\)|[.)])\s+(?=\S)")
_INTRO_REACH = 120  # characters before an inline "a)" read for the words introducing the Act's duties


def _inline_letters(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """Sub-questions printed on their parent's line: "... each of the following years:- a. April 2015 to
    March 2016 b. April 2016 to March 2017" (a web page flattened to one line). Each as (letter, marker
    start, text start, text end); only a run a, b, c ... of two or more that follows a colon."""
    if text.find("a.", start, end) == -1 and text.find("a)", start, end) == -1:
        return []  # no "a." to start a run (most questions), found without the regex
    marks = []
    expected = "a"
    for m in _INLINE_LETTER_RE.finditer(text, start, end):
        if m.group(1) != expected:
            continue
        if expected == "a" and not text[max(start, m.start() - 4) : m.start()].rstrip().endswith((":", ":-", "?")):
            continue
        if expected == "a" and _STATUTE_INTRO_RE.match(text, max(start, m.start() - _INTRO_REACH), m.start()):
            return []  # the Act's duties listed after a question's line ("Estyn's obligations include: a) confirming")
        marks.append(m)
        expected = chr(ord(expected) + 1)
    if (
        len(marks) == 1
        and text[max(start, marks[0].start() - 4) : marks[0].start()].rstrip().endswith(("?", ":"))
        and text[marks[0].end() : end].rstrip().endswith("?")
    ):
        # One part asked after the question's mark, a question itself: "4. How many investigations into money
        # laundering have been closed following action being taken? a. What action was taken in these
        # investigations?" (the Financial Reporting Council's disclosure log); or after a condition, its sibling on the
        # next line: "3. Do you use the same procurement organisation for other services or products? (Y/N) / If so:
        # a.) Which services or products? / b.) What specific frameworks are used to do this?" (a WhatDoTheyKnow
        # request to the Ted Wragg Trust)
        return [("a", marks[0].start(), marks[0].end(), len(text[:end].rstrip()))]
    if len(marks) < 2:
        return []
    items = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        items.append((m.group(1), m.start(), m.end(), len(text[:stop].rstrip()) if stop > m.end() else stop))
    return items


# A sub-question's mark inside the run of text before it: after the end of a sentence, before a capital.
_INLINE_SIBLING_RE = re.compile(r"(?<=[?.)]\s)([a-z]{1,5})[.)]\s+(?=[A-Z])")
# Or after any word, when items are phrases, not sentences: "a. Health and wellbeing, including mental health b.
# Immigration advice c. Other," (the University of Exeter's reply, its lettered list flattened to one line). Read so
# only when two marks follow on in order, as no sentence holds "... b. ... c. ..." by chance.
_INLINE_SIBLING_AFTER_A_WORD_RE = re.compile(r"(?<=\w\s)([a-z]{1,5})[.)]\s+(?=[A-Z])")
# Or in brackets after a comma, a space or "and", the items phrases in one sentence: "(a) the date enacted, (b) the
# size of the land in hectares, (c) a map of the land in question, and (d) a copy of the respective access agreement
# ... as applicable. Please feel free to redact any personal data ..." (a WhatDoTheyKnow request to Mid Ulster
# District Council). Two marks that follow on, likewise.
_INLINE_BRACKETED_SIBLING_RE = re.compile(r"(?<=[\s,;])\(([a-z]{1,5})\)[ \t]+")
# What joins a list's items in a sentence, ending an item: ", and", ";", " or".
# (or "&": "... to collect & hold information on child abuse perpetrators or not & (B) if ...", to Wiltshire Council)
_JOINER_RE = re.compile(r"(?:[ \t\n]*[,;])?(?:[ \t\n]+(?:and|or|&))?[ \t\n]*[,;]?[ \t\n]*$")
# Where a sentence ends in a run of text: a stop before a capital. (Named apart from _SENTENCE_END_RE below, which
# once shared this name and so replaced it for _sentence_stop too.)
_RUN_SENTENCE_END_RE = re.compile(r"[.?!][\"\u201d']?(?=[ \t\n]+[A-Z])")


def _inline_siblings(text: str, number: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The sub-questions after sub-question ``number`` printed on in its run of text: "i. How many patients
    waited more than 4 weeks ...? (What percentage of the total is this?) ii. How many patients waited more than
    18 weeks ...?" (Kent Community Health NHS Foundation Trust's reply, its PDF table read as one paragraph).
    Only the marks that follow on in order (ii, iii, ... after i; b, c, ... after a), each as (mark, mark start,
    text start, text end)."""
    for series in (_ROMANS, _LETTER_SERIES):
        if number in series[:-1]:
            break
    else:
        return []
    marks = _marks_in_order(_INLINE_SIBLING_RE, series, series.index(number) + 1, text, start, end)
    phrases = not marks
    for phrase_re in (_INLINE_SIBLING_AFTER_A_WORD_RE, _INLINE_BRACKETED_SIBLING_RE):
        if len(marks) < 2 and phrases:
            marks = _marks_in_order(phrase_re, series, series.index(number) + 1, text, start, end)
    if not phrases:
        items = []
        for i, m in enumerate(marks):
            stop = marks[i + 1].start() if i + 1 < len(marks) else end
            items.append((m.group(1), m.start(), m.end(), m.end() + len(text[m.end() : stop].rstrip())))
        return items
    return _items_in_a_sentence(text, marks, end) if len(marks) >= 2 else []


# A request's item numbered in brackets inside its sentence: the first after a colon, the rest after a comma, a space
# or "and".
_INLINE_NUMBER_RE = re.compile(r"(?:(?<=:)|(?<=\s)|(?<=,))\((\d{1,2})\)[ \t]+")


def _inline_numbers(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The request's items numbered (1), (2) ... inside one sentence of a line: "Please could you provide a list within
    your district of any such: (1) access agreements entered into, (2) access orders made and (3) compulsory
    acquisitions of land." (a WhatDoTheyKnow request to Mid Ulster District Council). Two or more from (1), the first
    after a colon; each as (number, mark start, text start, text end), the words joining them left out and the last
    ending with the sentence."""
    marks = _marks_in_order(_INLINE_NUMBER_RE, _NUMBER_SERIES, 0, text, start, end)
    if len(marks) < 2 or not text[start : marks[0].start()].rstrip().endswith(":"):
        return []
    return _items_in_a_sentence(text, marks, end)


_NUMBER_SERIES = [str(n) for n in range(1, 100)]  # the numbers _INLINE_NUMBER_RE reads, in order

# Or numbered "1.", "2." after the words asking for them, a capital opening each item: "Under the Freedom of Information
# Act we are requesting: 1. A copy of each active zoo licence issued by the local authority 2. Each licensed zoo's most
# recently submitted stock list/inventory of animals 3. Each licensed zoo's most recent inspection report" (Tunbridge
# Wells Borough Council's log); "You have requested the following information; 1. Please provide details of each
# licence ... 2. For each premise with a Pet Shop licence, ..." (Coventry City Council's letter, a PDF run together).
_INLINE_DOTTED_NUMBER_RE = re.compile(r"(?<=[\s:;])(\d{1,2})\.[ \t]+(?=[A-Z])")
_ASKED_BEFORE_RE = re.compile(
    r"\b(?:requesting|request(?:ed)? the following(?: information)?|the following information|please provide)"
    r"[^.?!:;]{0,60}[:;][ \t]*$",
    re.I,
)


def _inline_dotted_numbers(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The request's items numbered "1.", "2." ... on from words asking for them that end in a colon or a semicolon
    (``_INLINE_DOTTED_NUMBER_RE``); two or more, from 1, as ``_inline_numbers``. Or three or more after words asking
    for "the following" with no colon: "Please could you provide the following performance data ... broken down
    annually and monthly as appropriate 1. Average waiting time ... 2. ... 3. ..." (a request on Gloucestershire Health
    and Care NHS Foundation Trust's log, its paragraph run together)."""
    marks = _marks_in_order(_INLINE_DOTTED_NUMBER_RE, _NUMBER_SERIES, 0, text, start, end)
    if len(marks) < 2:
        return []
    before = max(start, marks[0].start() - 200)
    if not _ASKED_BEFORE_RE.search(text, before, marks[0].start()) and not (
        len(marks) >= _FEWEST_UNCOLONED_ITEMS
        and _FOLLOWING_ASKED_BEFORE_RE.search(text, max(start, marks[0].start() - _FOLLOWING_REACH), marks[0].start())
    ):
        return []
    return _items_in_a_sentence(text, marks, end)


_FOLLOWING_ASKED_BEFORE_RE = re.compile(r"\bprovide (?:me with )?the following\b[^.?!;]{0,240}$", re.I)
_FOLLOWING_REACH = 300  # characters before the first mark the words asking for "the following" may start
_FEWEST_UNCOLONED_ITEMS = 3


# Or with numerals or letters, slashed or bracketed, after the words asking for them: "Please supply us with i/ the
# cost of work to date for this project and ii/ any emails, between the online tool's product owner ... and the
# director of planning ..." (a WhatDoTheyKnow request to Southwark Council).
_INLINE_PART_RE = re.compile(r"(?<=\s)\(?([ivx]{1,4}|[a-h])(?:/|\))[ \t]+(?=[a-z])")
# Or capitals in brackets: "What I would like you to kindly tell me is (A) if the working together guidance actually
# requires Wiltshire Council to collect & hold information on child abuse perpetrators or not & (B) if Wiltshire
# Council's child protection policies were formulated using child abuse perpetrator information" (a requester's email
# to Wiltshire Council a campaign's site reproduces).
_INLINE_CAPITAL_PART_RE = re.compile(r"(?<=\s)\(([A-H])\)[ \t]+(?=[a-z])")
_CAPITAL_SERIES = [letter.upper() for letter in _LETTER_SERIES]


def _inline_parts(
    ctx: Context, start: int, end: int, *, capitals_only: bool = False
) -> list[tuple[str, int, int, int]]:
    """The request's items marked i/, ii/ (or a), b), (i), (ii), (A), (B)) inside one sentence of a line that asks in
    the requester's words before its first mark; two or more, from i or a (as ``_inline_numbers``)."""
    text = ctx.text
    kinds = [(_INLINE_PART_RE, _ROMANS), (_INLINE_PART_RE, _LETTER_SERIES)] if not capitals_only else []
    for mark_re, series in [*kinds, (_INLINE_CAPITAL_PART_RE, _CAPITAL_SERIES)]:
        marks = _marks_in_order(mark_re, series, 0, text, start, end)
        if len(marks) >= 2:
            break
    else:
        return []
    if ctx.catalogue.requester_voice_re.search(text, start, marks[0].start()) is None:
        return []
    return _items_in_a_sentence(text, marks, end)


def _items_in_a_sentence(text: str, marks: list[re.Match[str]], end: int) -> list[tuple[str, int, int, int]]:
    """The items of a list inside one sentence, each mark's (mark, mark start, text start, text end) up to the next
    mark: the words joining an item to the next left out, the last item ending with the list's sentence, not the
    line (``end``)."""
    items = []
    for i, m in enumerate(marks):
        last = i + 1 == len(marks)
        stop = _sentence_stop(text, m.end(), end) if last else marks[i + 1].start()
        item_end = m.end() + len(text[m.end() : stop].rstrip())
        items.append((m.group(1), m.start(), m.end(), item_end if last else _without_joiner(text, m.end(), item_end)))
    return items


def _without_joiner(text: str, start: int, end: int) -> int:
    """Where an item of a list in a sentence ends, less the words joining it to the next (", and", ";")."""
    joiner = _JOINER_RE.search(text, start, end)
    return end if joiner is None else joiner.start()


def _sentence_stop(text: str, start: int, stop: int) -> int:
    """Where the sentence running from ``start`` ends before ``stop``: after its question mark, before its full stop
    (the sentence's, not the last item's); ``stop`` if it runs on."""
    sentence_end = _RUN_SENTENCE_END_RE.search(text, start, stop)
    if sentence_end is None:
        run = text[start:stop].rstrip()
        return start + len(run) - 1 if run.endswith(".") else stop
    return sentence_end.end() if sentence_end.group().startswith(("?", "!")) else sentence_end.start()


def _marks_in_order(
    mark_re: re.Pattern[str], series: Sequence[str], expected: int, text: str, start: int, end: int
) -> list[re.Match[str]]:
    """The marks ``mark_re`` finds in ``text[start:end]`` that follow on in ``series`` from its ``expected``th."""
    marks = []
    for m in mark_re.finditer(text, start, end):
        if expected < len(series) and m.group(1) == series[expected]:
            marks.append(m)
            expected += 1
    return marks


_YES_OR_NO_ANSWER_RE = re.compile(r"(?:Yes|No)(?:[;,.:][ \t]|[.][ \t]*$|[ \t]+[-\u2013][ \t])")
_CONDITION_BEFORE_RE = re.compile(r"\b(?:if|where|whether|should|unless|in case)\b[^.]*$")


def _has_reply(ctx: Context, questions: list[tuple[int, int]]) -> bool:
    """False for text that asks ("I would like to request ...", outside the questions themselves) and never
    shows the authority answering. ``questions``: where each question stands (start, end)."""
    layout = ctx.layout
    # Any of three things shows a reply: the authority's own voice, no words of the requester's outside the
    # questions, or a line labelled as an answer. Looked for in that order, cheapest first (the last looks
    # at every line of the text).
    for m in ctx.cue_matches("authority_voice"):
        if not layout.by_requester(m.start()) and not layout.boilerplate_kind(m.start()):
            return True
    # So does its saying that it holds nothing, not as a condition: "No data is held on file for advice to the
    # individual requested." under a question (Marlow Town Council's log, no greeting on the page); not a request's "If
    # no information is held, please say so".
    for m in ctx.cue_matches("not_held"):
        if (
            not layout.by_requester(m.start())
            and not layout.boilerplate_kind(m.start())
            and not _CONDITION_BEFORE_RE.search(ctx.lower, layout.line_at(m.start()).start, m.start())
        ):
            return True
    asked_lines: set[int] = set()  # lines a question stands on
    for start, end in questions:
        asked_lines.update(range(layout.line_at(start).number, layout.line_at(end).number + 1))
    # "please could you tell me:" introducing the list is part of the questions; so is a later part's introduction, its
    # colon straight above a question, under the answer to the question before: "Additionally, I would like to request
    # information on the number of homes your council owns and maintains. Specifically, I would like to know:" above the
    # fourth of eight questions, each with its answer below (Guildford Borough Council's published release restating
    # the request). Not straight under the question before, where a request goes on asking ("1. The current list of
    # approved suppliers ... / If the council do not hold a list of approved suppliers I would like to request: / 2.
    # ...", a request to Hastings Borough Council, no reply on the page).
    lead_ins: set[int] = set()
    lines = layout.lines
    requester_lines = [layout.line_at(m.start()).number for m in _within_all(ctx, "requester")]
    for index, (start, _end) in enumerate(questions):
        above = text_line_above(lines, layout.line_at(start).number)
        if above is None:
            continue
        if index == 0:
            lead_ins.add(above.number)
            # (or the line above a note that asks nothing: "If possible, I would like to know the following
            # information about IT software purchases within NHS Trusts. / The information you provide will be
            # aggregated with other research ... / - Who is responsible ...?", University Hospitals Birmingham NHS
            # Foundation Trust's disclosure log, each question's answer on the line below it)
            note = above.number not in requester_lines and not above.text.rstrip().endswith(":")
            two_above = text_line_above(lines, above.number) if note else None
            if two_above is not None:
                lead_ins.add(two_above.number)
        elif above.text.rstrip().endswith(":"):
            after_previous = layout.line_at(questions[index - 1][1]).number + 1
            if any(line.text.strip() for line in lines[after_previous : above.number]):
                lead_ins.add(above.number)
    asks_elsewhere = False
    for number in requester_lines:
        if number not in lead_ins and number not in asked_lines:
            asks_elsewhere = True
            break
    if not asks_elsewhere:
        return True
    # Or a yes or no straight under a question, the answer's first word: "5. Is this exemption policy included in your
    # local offer for care leavers document? ... / Yes; however this is being reviewed and updated at present."
    # (Wokingham Borough Council's log, the request's lead-in "If you answered "Yes" to Question 1, please provide the
    # following information:" between its questions)
    for _start, end in questions:
        next_number = layout.line_at(end).number + 1
        if next_number < len(lines) and _YES_OR_NO_ANSWER_RE.match(lines[next_number].text):
            return True
    known_labels = _known_labels(ctx)
    for line in layout.lines:
        heading, label = known_labels.get(line.text) or _match_labels(ctx, known_labels, line.text)
        if heading or label:
            return True
    return False
