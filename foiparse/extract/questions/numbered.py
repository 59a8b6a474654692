"""The numbered sequence: reading every line of the text for the items of the request and their answers."""

from __future__ import annotations

import re

from ...models import Question
from ...segment import REQUEST_LABEL_RE, RESPONSE_HEADING_RE, Line, Message, request_section_lines, text_line_above
from ..context import Context
from .bullets import (
    _bullet_questions,
    _bullets_answered_after_dash,
    _bullets_answered_by_number,
    _bullets_answered_inline,
    _bullets_each_answered,
    _bullets_restated_by_number,
    _bullets_restated_with_answers,
    _labelled_pairs,
)
from .inline import (
    _inline_dotted_numbers,
    _inline_letters,
    _inline_numbers,
    _inline_parts,
    _inline_siblings,
    _without_joiner,
)
from .marks import (
    _ACT_WORDS_RE,
    _ALSO_RE,
    _ANSWER_IN_PARTS_INTRO_RE,
    _ANSWER_LABEL_RE,
    _APPENDIX_RE,
    _ASKING_INTRO_RE,
    _ASKS_RE,
    _BARE_NUMBER_RE,
    _BULLET_RE,
    _CAPITAL_ITEM_RE,
    _CAPITAL_ROMAN_ITEM_RE,
    _DIGITS_RE,
    _DOUBLED_NUMBER_RE,
    _ENCLOSURES_INTRO_RE,
    _ESTIMATE_INTRO_RE,
    _LETTERS,
    _LINK_LIST_HEADING_RE,
    _LINK_ONLY_RE,
    _LIST_HEADING_RE,
    _LONE_CAPITAL_RE,
    _MAIN_RE,
    _NOT_A_REQUEST_RE,
    _NUMBER_RE,
    _NUMBERED_SECTION_RE,
    _ORDERED_STEPS_INTRO_RE,
    _PART_OF_QUESTIONS_RE,
    _PUBLIC_INTEREST_HEADING_RE,
    _QUOTE_MARKS,
    _REPLY_PLEASE_RE,
    _ROMANS,
    _SECTION_RE,
    _SEPARATOR_RE,
    _SPACED_NUMBER_RE,
    _SPACED_PART_RE,
    _STATUTE_HEADING_RE,
    _STATUTE_INTRO_RE,
    _SUB_RE,
    _TEXT_OF_SECTION_RE,
    _THE_ACT_STATES_RE,
    _TRAILING_THANKS_RE,
    CLARIFY_THE_FOLLOWING_RE,
    _above_its_letters_greeting,
    _answer_lettered_a,
    _answers_an_inline_part,
    _Asked,
    _asked_again,
    _asks_after_its_label,
    _b_follows,
    _boilerplate_lines,
    _capital_part_at,
    _closest_restated,
    _in_letterhead,
    _introduces_statute_conditions,
    _is_dated_field,
    _is_structural,
    _letter_edges,
    _letters_follow,
    _line_kind,
    _LineKind,
    _lone_b_follows,
    _main_number,
    _marked_re,
    _next_capital,
    _no_text,
    _number_style,
    _numbered_request_line,
    _parts_named_inline,
    _printed_parent,
    _question_words,
    _repeated_capital_item,
    _second_capital_roman_follows,
    _section_number,
    _spaced_number_follows,
    _sub_mark,
    _text_start,
)
from .passes import (
    _LISTS_CATEGORIES_RE,
    _REPLIES_BY_NUMBER_RE,
    _REQUEST_LABEL_RE,
    _RESPONSE_OPENING_RE,
    _a_reply_s_own_list,
    _answers_a_selection,
    _answers_numbered_below,
    _bullets_of_another_list,
    _first_question_unglued,
    _follow_up_bullet_next,
    _follows_up,
    _introduces_a_list,
    _lettered_list_next,
    _lettered_part_next,
    _more_unmarked_lines,
    _next_question_below,
    _only_blank_between,
    _parts_parent,
    _questions_whose_numbers_were_lost,
    _records,
    _skips_one,
)
from .unmarked import (
    _ADDS_TO_THE_REQUEST_RE,
    _ASKS_FOR_THE_FOLLOWING_RE,
    _WANT_TO_KNOW_RE,
    _inline_lettered_request,
    _introduces_a_request,
    _question_lines,
    _request_of_question_paragraphs,
    _request_of_questions_only,
    _restated_items_opening_alike,
    _unmarked_request_lines,
)
from .wording import (
    _ASKS_FOR_MORE_RE,
    _ENDS_WITH_JOINING_WORD_RE,
    _FLATTENED_CELLS_RE,
    _LONE_MARK_WIDTH,
    _LONE_SUB_MARK_RE,
    _OFFERS_OPTIONS_RE,
    _PERIOD_LINE_RE,
    _PLEASE_ASKS_RE,
    _QUESTION_OPENING_RE,
    _REQUESTERS_NOTE_RE,
    _about_other_questions,
    _answer_after_question,
    _asks_as_an_item,
    _asks_for_the_bullets_below,
    _cell_offset,
    _continuation,
    _date_only,
    _is_table_header,
    _labelled_answer_next,
    _named_a_question,
    _next_number_cut_off,
    _only_a_lead_in,
    _only_a_reply_preamble,
    _piece,
    _question_words_end,
    _table_cells,
    _text_line_from,
)

# An answer's label straight after a question's number: "Q1a response: Avaya", "Q3b & Q3c response: Section 1 of the
# Freedom of Information Act 2000 ..." (see _extract_questions).
# Or the answer's outcome in its heading: "Question 1 \u2013 Some information released" over the answer (the Scottish
# Government's FOI release, its questions dash bullets under "Information requested").
_ANSWER_WORD_FIRST_RE = re.compile(
    r"(?:(?:&|and|,)[ \t]*Q?\d{1,3}[a-z]?[ \t]+)*(?:response|answer|reply)[ \t]*[:\-\u2013]"
    r"|(?:some |all |no )?information (?:(?:is )?not held|released|withheld|provided|disclosed)[ \t.]*$",
    re.I,
)

_QUESTION_LABEL_ALONE_RE = re.compile(r"[*_ ]*(?:question|q)[*_ ]*:[ \t]*[-–]?[*_ ]*", re.I)


# A few capitalised words alone on a line, no stop: a heading over a group of a list's bullets; not a definition's or a
# note's ("Systems Definition / • Electronic Patient Record (EPR) provides comprehensive digital systems ...", a request
# on Salisbury NHS Foundation Trust's log), nor a log's list of files ("Outcome / Documents / • 7212452 SAR data
# 2019-21 - application/vnd.ms-excel - Download", the London Borough of Barnet's).
_GROUP_HEADING_RE = re.compile(
    r"(?![^\n]*\b(?i:definitions?|notes?|outcome|documents?|attachments?|downloads?|files?|responses?|answers?)\b)"
    r"[ \t*_]*[A-Z][A-Za-z&/'-]*(?:[ \t]+[A-Za-z&/'-]+){0,3}[ \t*_:]*"
)
_QUESTIONS_HEADING_RE = re.compile(r"[*_ ]*[A-Z][^.?!:\n]{2,60}\b[Qq]uestions[*_ ]*:?[*_ ]*$")


_PART_NAME_WORDS = 8  # a part named like "pagers" or "paper scanners", not an answer's sentence


def _next_part_named_alike(found: list[_Asked], current: int, sub: re.Match[str], text: str) -> bool:
    """Whether the lettered line ``text`` (its mark ``sub``) is the next part of the question ``current`` belongs to:
    its letter the one after that question's last part, its words a few with no stop, as its parts above are named."""
    parent = _parts_parent(found[current])
    parts = [q for q in found if q.parent == parent]
    if not parts or len(parts[-1].number) != 1 or not parts[-1].number.isalpha():
        return False
    if _sub_mark(sub) != chr(ord(parts[-1].number) + 1):
        return False
    words = text[sub.start("text") :].strip()
    named_alike = all(len(q.text.split()) <= _PART_NAME_WORDS and not q.text.endswith(".") for q in parts)
    return named_alike and len(words.split()) <= _PART_NAME_WORDS and not words.endswith((".", "?", ":"))


def _next_part_letter(found: list[_Asked], current: int) -> tuple[str, str | None]:
    """The number of the question whose parts ``current`` is among (or is), and the letter its next part takes ("a"
    for the first; None past "z")."""
    parent = _parts_parent(found[current])
    parts = sum(1 for q in found if q.parent == parent)
    return parent, _LETTERS[parts] if parts < len(_LETTERS) else None


def _next_part_asked_after_answer(
    ctx: Context, found: list[_Asked], current: int, sub: re.Match[str], lines: list[Line], i: int
) -> bool:
    """Whether the lettered line ``lines[i - 1]`` (its mark ``sub``) asks the next part of the question ``current``
    belongs to: its letter the one after that question's last part ("a" for the first), its words ending in their
    question mark, a line below it that asks nothing (its answer)."""
    parent, expected_mark = _next_part_letter(found, current)
    if not parent.isdigit():
        return False  # (a bullet's letters: "- In percentage terms, ... changed over the past 3 years? / a. Why ...?")
    if expected_mark is None or _sub_mark(sub) != expected_mark:
        return False
    j, end = _continuation(ctx, i, lines[i - 1].end)
    words = ctx.text[lines[i - 1].start + sub.start("text") : end].rstrip()
    # (or its words opening as a question does, with no question mark, as its parts above: "a. How many were fully
    # complied with, within the 21 day NHS guidelines." ... "c. How many required "additional information" and were
    # them completed within the 40 day statutory timescale", under the trust's notes on the table answering a and b,
    # Hampshire Hospitals NHS Foundation Trust's letter)
    if not words.endswith("?") and _OPENS_AS_A_QUESTION_RE.match(words) is None:
        return False
    # (or below the parts after it that ask too, answered together: "2. If outsourced who is the current provider ...?
    # / Not applicable / a. Was this contract awarded via any Frameworks e.g. CCS RM1063? / b. What is the cost of
    # digitising patient records within the trust? / c. ... with outsourced providers? / Not applicable", Barts Health
    # NHS Trust's letter)
    while j < len(lines) and (
        not lines[j].text.strip() or (_SUB_RE.match(lines[j].text) is not None and lines[j].text.rstrip().endswith("?"))
    ):
        j += 1
    return j < len(lines) and "?" not in lines[j].text and _SUB_RE.match(lines[j].text) is None


_OPENS_AS_A_QUESTION_RE = re.compile(r"(?:How (?:many|much|long|often)|What|Which|When|Where|Who|Why)\b")
_REASONS_INTRO_RE = re.compile(
    r"\bbecause\b[^?\n]*:[ \t]*$"
    # (or the Act's requirements of a request: "Under section 8 of the Freedom of Information Act 2000, a request for
    # information must comply with three requirements. It must: / (a) be in writing, / (b) state the name of the
    # applicant and an address for correspondence, and", Rother District Council's reply on WhatDoTheyKnow)
    r"|\b(?:it|a request|the request|your request|requests) (?:must|should|needs? to)[ \t]*:[ \t]*$",
    re.I,
)
_FINDINGS_INTRO_RE = re.compile(r"\b(?:found|finds|concluded|concludes|decided|determined) that[ \t]*:?[ \t]*$", re.I)


# A label and a figure after its colon, a value given: "2021: 348", "Council Tax:3254", "Housing Benefit
# overpayments: 0".
_LABELLED_FIGURE_RE = re.compile(r"[^:?\n]{1,60}:[ \t]*[£$]?\d[\d,.]*%?[ \t]*")
# Or a year (or financial year) as the label, words after it: "a) 2020: Records of pothole width are not available.",
# "b) 2021: 4 days." (Wokingham Borough Council's page of answers, each year a question asks about answered in turn).
_YEAR_LABELLED_RE = re.compile(r"(?:19|20)\d\d(?:[ \t]?[/\u2013-][ \t]?(?:19|20)?\d\d)?[ \t]*:[ \t]*[^?\n]+$")
# A year or a financial year alone, perhaps with its figure: the periods a question asks about ("1) Please tell me the
# average cost for a public health burial funeral in the financial years of: / • 2015/2016 / • 2016/2017"), or the
# answer's rows ("• 2015/2016 £1330.50"), Eden District Council's published response; never questions of their own.
_PERIOD_BULLET_RE = re.compile(
    r"(?:19|20)\d\d(?:[ \t]?[/\u2013-][ \t]?(?:19|20)?\d\d)?(?:[ \t]+[£$]?\d[\d,.]*%?)?[ \t;,.]*"
)
_FIRST_NUMBER_NOT_ASKING = 20  # the highest number an excerpt's first question may bear when its words do not ask
# A question's number with its part's letter, as a table's row prints it ("Question 3a)" for part "a" of question 3).
_NUMBER_AND_PART_RE = re.compile(r"(\d{1,3})([a-z])")


# A word of three letters or more.
_A_WORD_RE = re.compile(r"[^\W\d_]{3,}")


# The paragraph of a decision notice reporting what was asked, the request's own list under it: "1. On 1 July 2022, the
# Applicant made a request for information to the Authority. He asked for: / 1. The tender bid ... / 2. In addition,
# ... / 2. The Authority responded on 26 July 2022." (the Scottish Information Commissioner): no item of the request.
_REPORTS_A_REQUEST_RE = re.compile(r"\b(?:asked for|requested|sought)\b[^.?!]*[:-]$", re.I)


# "Part 1" alone on its line (``_MAIN_RE`` reads it as a question's number, over its words below).
_PART_HEADING_RE = re.compile(r"[*_ \t]*Part[ \t]?\d{1,3}[ \t:.*_]*$", re.I)
# An item labelled alone on its line, its words below: "Request 1", "Question 2:".
_ITEM_LABEL_RE = re.compile(r"[*_ \t]*(?:Request|Question)[ \t]?(?P<num>\d{1,3})[ \t:.*_]*$", re.I)
_PART_ITEMS_REACH = 6  # lines below a part's heading its first item's label stands within


def _item_label_below(lines: list[Line], i: int) -> int | None:
    """The number of the item label (``_ITEM_LABEL_RE``) within a few lines from ``lines[i]``, before any other line
    that opens with a number."""
    for line in lines[i : i + _PART_ITEMS_REACH]:
        label = _ITEM_LABEL_RE.match(line.text)
        if label is not None:
            return int(label.group("num"))
        if _MAIN_RE.match(line.text):
            return None
    return None


# A sentence stating a count: "... is a total of 1514 officers", "... were 12".
_STATES_A_COUNT_RE = re.compile(
    r"\b(?:is|are|was|were)[ \t]+(?:a total of[ \t]+|currently[ \t]+|approximately[ \t]+)?£?\d", re.I
)


# Or the reply's voice pointing to or holding back its figures: "1) How many police traffic officers did your force
# have at the start of each of calendar year? / a) Below is the headcount we cannot provide data previous to 2012."
# (Cleveland Police's log, its years and counts below).
_REPLY_VOICE_PART_RE = re.compile(
    r"\bbelow (?:is|are) (?:the|our)\b|\bwe (?:cannot|can ?not|can't|are (?:not )?able to|are unable to|do not|don't) "
    r"(?:provide|supply|give|hold|disclose|release)\b",
    re.I,
)


# A log's field between the request and the reply, no answer's words: "Request Date18 March 2015 / Requested byMedia /
# Released Date" (East Hertfordshire District Council's log).
_LOG_FIELD_RE = re.compile(r"[ \t]*(?:request date|requested by|released date)", re.I)


_ANSWERS_LISTED_BELOW_RE = re.compile(
    r"\b(?:listed|set out|given|provided) below in response to (?:each of )?your\b[^.\n]{0,40}\bquestions\b", re.I
)


def _number_mark(m: re.Match[str], text: str) -> str:
    """The mark printed after a main item's digits ("." in "1.", ")" in "1)"), "" if none or another form."""
    if "num" not in m.re.groupindex or m.group("num") is None:
        return ""
    return text[m.end("num") : m.end("num") + 1].strip()


def _nested_list(lines: list[Line], first: int, outer_next: int) -> str | None:
    """What the numbered items from ``lines[first]`` on are, if they run 1, 2 ... k (k at least 2) and then step back
    to ``outer_next``, the number after the item they stand under: a list nested inside that item, the outer list going
    on after it (an HTML list of lists saved as text, its indentation lost). "periods" if every item is a year or a
    financial year alone, "parts" otherwise; None if the items are no such list. The outer list may go on past k only
    where the inner items are marked otherwise ("3) ... in: / 1. 2016/17 / 2. 2017/18 / 3. 2018/19 to date / 4) A
    breakdown ...", Bolton NHS Foundation Trust's log)."""
    inner = 0
    inner_mark = ""
    periods = True
    for line in lines[first:]:
        m = _MAIN_RE.match(line.text)
        numbered = _main_number(m) if m else None
        if m is None or numbered is None or _no_text(m):
            continue
        seq, printed = numbered
        mark = _number_mark(m, line.text)
        if printed != str(seq):
            return None
        if seq == inner + 1 and (not inner or mark == inner_mark):
            inner, inner_mark = seq, mark
            periods = periods and _PERIOD_LINE_RE.fullmatch(line.text[_text_start(m) :].rstrip(" ;,.")) is not None
            continue
        if inner >= 2 and seq == outer_next and (seq <= inner or mark != inner_mark):
            return "periods" if periods else "parts"
        return None
    return None


# The letter saying its annex sets out the request: "I have set out at Annex 1 to this letter, the questions you
# submitted." (the Welsh Government's letters, each question and its answer in the annex), so the annex is read.
_REQUEST_SET_OUT_IN_RE = re.compile(
    r"\b(?:questions?|request)\b[^.\n]{0,60}\b(?:at|in) (?:annex|appendix) (\w+)"
    r"|\b(?:set out|listed|included) (?:at|in) (?:annex|appendix) (\w+)[^.\n]{0,40}\b(?:questions?|request)\b",
    re.I,
)


def _holds_the_request(ctx: Context, heading: str) -> bool:
    """Whether the annex or appendix headed ``heading`` is the one the letter says sets out the request."""
    words = heading.strip(" *_").split()
    if len(words) < 2:
        return False
    label = words[1].lower()
    return any(label == (m.group(1) or m.group(2) or "").lower() for m in _REQUEST_SET_OUT_IN_RE.finditer(ctx.text))


def _mark_part(m: re.Match[str]) -> tuple[str, int] | None:
    """The part's letter a main item's mark carries, and where its mark starts: "a" in "1. a)", "(a)" in "1. (a)", "a"
    in "3a)"; None for a mark with no letter."""
    for group, bracket in (("bare_inner", 0), ("inner", 1), ("sub", 0)):
        if letter := m.group(group):
            return letter, m.start(group) - bracket
    return None


def _numbered_again_below(lines: list[Line], i: int, printed: str) -> bool:
    """Whether the next line with text below line ``i`` opens with the number ``printed`` again."""
    following = next((line for line in lines[i + 1 : i + 4] if line.text.strip()), None)
    m = _MAIN_RE.match(following.text) if following is not None else None
    number = _main_number(m) if m is not None else None
    return number is not None and number[1] == printed


# A floor of a building, opening an address's line after a room's number: "1.38 1st Floor" in the Ministry of
# Justice's letterhead above "Q1. Please disclose ..." (its internal review on a document site).
_FLOOR_RE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top|lower|upper)[ \t]+floor\b", re.I
)


def _extract_questions(ctx: Context) -> list[Question]:
    layout = ctx.layout
    lines = _first_question_unglued(layout.lines)
    text_of = ctx.text
    directorate_line_re = ctx.catalogue.directorate_line_re
    marked_re = _marked_re(ctx.catalogue)
    message_at = layout.message_at
    found: list[_Asked] = []
    index: int | None
    first_index: dict[tuple[str | None, str], int] = {}  # (parent, number) -> first question with it
    answers: dict[int, list[Line]] = {}  # question index -> its answer lines, over every occurrence
    expected = 1
    letters_as_main = False
    current: int | None = None  # index of the question whose answer region we are in
    last_main: int | None = None
    asking = False  # right after a question's own text, before any answer text
    bullets = 0
    stop_at = _letter_edges(layout)
    reply_sent_lines = {layout.line_at(m.start()).number for m in ctx.cue_matches("reply_sent")}
    # Lines where any answer region ends: a closing, or boilerplate; not a numbered question of the requester's own
    # that names the commissioner ("5. On how many occasions ... was a complaint made to the Information Commissioner
    # regarding the management of a Freedom of Information request by Mid Essex Hospital Services NHS Trust? ...", on
    # WhatDoTheyKnow).
    # Only a requester's message holds lines by_requester() is true for; a reply alone never asks it.
    requester_messages = any(message.from_requester for message in layout.messages)
    region_ends = stop_at | {
        n for n in _boilerplate_lines(layout) if not _numbered_request_line(layout, lines[n], requester_messages)
    }
    in_request_section = layout.request_section if lines is layout.lines else request_section_lines(lines)

    def add(number: str, start: int, end: int, parent: str | None = None, words: str | None = None) -> int:
        """A question asked at ``text[start:end]``; ``words``, its words on one line, if the caller has them."""
        label = _REQUEST_LABEL_RE.match(text_of, start, end)
        if label is not None:  # "Question 1 / Your request: Which IT system ...?" (Fife Council)
            start, words = label.end(), None
        inline = _inline_letters(text_of, start, end) if parent is None else []
        siblings = _inline_siblings(text_of, number, start, end) if parent is not None or number == "a" else []
        if inline or siblings:
            end = (inline or siblings)[0][1]  # the item's own words end where "a." (or its sibling's mark) begins
            end = _without_joiner(text_of, start, end)
            words = None
        elif (thanks := _TRAILING_THANKS_RE.search(text_of, start, end)) is not None:
            end, words = thanks.start(), None
        text = _question_words(text_of[start:end]) if words is None else words
        index = len(found)
        found.append(_Asked(number, text, ctx.span_fields(start, end), parent))
        first_index.setdefault((parent, number), index)
        answers[index] = []
        for sub, _marker, text_start, text_end in inline or siblings:
            words = " ".join(text_of[text_start:text_end].split())
            sub_parent = number if inline else parent
            first_index.setdefault((sub_parent, sub), len(found))
            answers[len(found)] = []
            found.append(_Asked(sub, words, ctx.span_fields(text_start, text_end), sub_parent))
        return index

    def add_with_run_on_answer(number: str, start: int, end: int, by_requester: bool, parent: str | None = None) -> int:
        """A question at ``text[start:end]`` whose words may run on into the reply's answer after them ("...? If
        so, to which? Yes"): the answer, if any, is that question's first."""
        answered_from = _answer_after_question(text_of, start, end, number, by_requester)
        index = add(
            number,
            start,
            _question_words_end(text_of, start, answered_from[0] if answered_from else end),
            parent=parent,
        )
        if answered_from:
            answers[index].append(_piece(layout.line_at(answered_from[1]), text_of, answered_from[1], end))
        return index

    previous_text = ""
    statute_next: int | None = None  # the next number of a numbered list quoted from the Act, while one runs
    statute_intro: int | None = None  # the line introducing the last statute quoted ("Section 17 ... provides:")
    statute_section: int | None = None  # the section number that line names (17)
    quoting_statute = False  # inside a numbered item of a quoted statute, up to the next blank line
    # The line introducing the reply's own list (what it encloses, the steps ordered, an estimate): that list counts
    # from 1, so a later number straight under it goes on the request's list. "1.Please supply patient's information
    # ECT leaflet / Please see attached: / 2.Please supply patient ECT consent form" (South West Yorkshire Partnership
    # NHS Foundation Trust's reply, each answer under its question).
    list_intro: int | None = None
    # Each line's kind (_line_kind), by its text: a reply repeats its headings ("Children's Social Care
    # response:" under every question), and a directorate heading costs the most to rule out.
    line_kinds: dict[str, _LineKind] = {}
    section_heading: Line | None = None  # "Children's Social Care" alone above a table of answers
    restarted = False
    second_list_from: int | None = None  # where the request's own list numbered from 1 again starts in found
    in_response_section = False
    answered_in_a_list_again = False  # the answers numbered from 1 again under the last question, no heading above
    sections_numbered = False  # a heading numbered as a section seen ("1. Request" over the request's own list)
    answering = False  # under a "Response" heading that no question stands above
    asked_in: Message | None = None
    nested = 0  # the next number of a list nested inside an answer, while one is running
    nested_under: int | None = None  # the request's item a list numbered from 1 again stands under, while it runs
    nested_next = 0  # the next number of that list
    nested_mark = ""  # the mark after its numbers (_number_mark)
    nested_kind: str | None = None  # what its items are (_nested_list)
    nested_style: str | None = None  # the style of that list's numbers (_number_style)
    shared: dict[int, list[int]] = {}  # "Q2 & Q3 - Information not held": question -> questions it answers too
    headed: set[int] = set()  # questions whose number stood alone above their words ("Q1:" / "The Council's ...")
    # under a "Question:" label alone, or asked under the answer above it: the part below answered on its own
    labelled_part = False

    def share(index: int, numbers: str) -> None:
        """Question ``index``'s answer answers the known questions numbered in ``numbers`` too ("& 3", ", 3 and 4")."""
        for other in _NUMBER_RE.findall(numbers):
            if (None, other) in first_index:
                shared.setdefault(first_index[(None, other)], []).append(index)

    def answer_again(index: int, line: Line) -> None:
        """Question ``index`` is answered again from ``line`` on: what its region held before is another block, so
        that the answer is read on its own."""
        if answers[index]:
            answers[index].append(Line(-1, line.start, line.start, ""))

    def _printed(question: _Asked) -> str:
        return text_of[question.span["start"] : question.span["end"]]

    # Inside a request quoted whole, its first number opened by the quotation mark: the lines up to the closing mark
    # are the request's ("'1. Does the Bank of England have any ...? / ... / 4. Do you have ...? / To be clear, if
    # you only have a small amount of information ... I will accept it; ... are not availabe.' / Understanding the
    # exact terms of your request is crucial ...", the Bank of England), not an answer.
    in_quoted_request = False
    bullets_introduced = False  # the requester's line under the last item asked for the bullets below it

    answer_labels: set[str] = set()  # headings found labelling one question's answer, the next question below

    def labels_one_answer(heading: str, i: int) -> bool:
        """Whether response heading ``heading`` (line i - 1) labels the open question's answer: the next question
        stands below it, or the same heading did so above."""
        key = heading.strip().lower()
        if key in answer_labels:
            return True
        # (or, under a question the reply restates, the question after it: "You asked: / 1. The current average waiting
        # time ... / Our response: / The current ... / You asked: / 2. The referral date ...", below the request's
        # own list of four, Gloucestershire Health and Care NHS Foundation Trust's published responses)
        restated_next = (
            int(found[current].number) + 1
            if current is not None and found[current].number.isdigit() and found[current].parent is None
            else None
        )
        if _next_question_below(lines, i, expected) or (
            restated_next is not None and restated_next < expected and _next_question_below(lines, i, restated_next)
        ):
            answer_labels.add(key)
            return True
        return False

    def answer_line(line: Line) -> None:
        """A line that is neither a question nor a heading: more of the open answer, if there is one."""
        nonlocal nested, asking, previous_text, in_quoted_request, current, bullets_introduced
        bullets_introduced = False
        if in_quoted_request:
            in_quoted_request = not line.text.rstrip().endswith(_QUOTE_MARKS)
            previous_text = line.text.rstrip()
            if not in_quoted_request:
                current = None  # what the letter says under the quote answers no one question
            return
        if (not previous_text or previous_text[-1] in ".:;?!") and not (nested and line.text.strip().isdigit()):
            # a nested list runs on over an item's wrapped lines ("2. to help to provide the information requested
            # in an / acceptable format;", the ICO guidance a request to Monmouthshire County Council quotes), and over
            # a page's number between two of its items ("3. Policy Impact Assessment: ... evidence-based policy
            # enhancements. / 1 / 4. Public Confidence: ...", the requester's arguments the Department for Work and
            # Pensions' reply quotes, its PDF page ending there)
            nested = 0
        if current is not None and _about_other_questions(line.text, found[current].number):
            current = None  # "Refusal Notice – Q1-3" under the last answer, Q4's (NHS Calderdale CCG's log)
        if current is not None and answers[current] and REQUEST_LABEL_RE.match(line.text):
            # the label over the next question restated ends the answer: "2022/23 = £161,694 / You asked: / 2. Total
            # translators employed by the Trust" (Gloucestershire Health and Care NHS Foundation Trust's log)
            current = None
        if current is not None and not _next_number_cut_off(line, found[current].number, text_of):
            asking = False
            if (
                not (requester_messages and layout.by_requester(line.start))
                and not _REQUESTERS_NOTE_RE.match(text_of, line.start, line.end)
                and not _ASKS_FOR_MORE_RE.match(text_of, line.start, line.end)
                and not _LOG_FIELD_RE.match(text_of, line.start, line.end)
                and line.number not in in_request_section
                and not _above_its_letters_greeting(layout, line)
            ):
                answers[current].append(line)
        previous_text = line.text.rstrip()

    # Under a "Question | Response" header, rows need no edge pipes ("1. Which EPR ...? | The Trust uses ...").
    in_bare_table = False
    in_link_list = False
    spaced_run = False  # in a list numbered "1 The names ...", "2 The types ...", no stop after each number
    i = 0
    # A page listing several requests is labelled by its first (shared/corpus/LABELLING.md): the later entries' lists
    # are other requests' ("1. Request received 10 January 2014 / ... / 3. Request received 18 March 2014 / ... / 1. How
    # many members of staff did your office have ...", the Suffolk Police and Crime Commissioner's log).
    later_entries = layout.boilerplate_zone_start("later_entries")
    while i < len(lines):
        line = lines[i]
        if later_entries is not None and line.start >= later_entries:
            break
        text = line.text
        i += 1
        if not found and not answering and "in response to" in text and _ANSWERS_LISTED_BELOW_RE.search(text):
            # The reply's answers by number with no question above: "The information is listed below in response to
            # each of your five specific questions. / 1)The information requested is exempted under section 22 ..."
            # (Highways England's letter), as under a "Response" heading.
            answering = not layout.by_requester(line.start)
        if not text.strip():
            in_link_list = False
            # a quoted section's list may stand a blank line below the words introducing it (a web page's paragraphs)
            # (an introduction, ending in ":" or "-", sets statute_intro)
            quoting_statute = (
                quoting_statute and statute_intro is not None and _only_blank_between(lines, statute_intro, line)
            )
            # "split by:" then a blank line, then "a) ...": still asking.
            asking = (
                asking
                and current is not None
                and (
                    bullets_introduced
                    or _introduces_a_list(found[current].text, _printed(found[current]))
                    or (found[current].text.endswith(";") and _lettered_list_next(lines, i))
                    or _follow_up_bullet_next(lines, i, found[-1].number.startswith("•"))
                    or (not in_response_section and _lettered_part_next(lines, i, found, current))
                )
            )
            continue
        # WhatDoTheyKnow lists an email's links under "Visible links" ("2. https://outlook.office365.com/ecp/contac...
        # ebost]", "4. h" when the page is cut): numbered, and never questions (Office of Rail and Road).
        if in_link_list or _LINK_LIST_HEADING_RE.fullmatch(text):
            in_link_list = True
            current = None
            continue
        in_bare_table = "|" in text and (in_bare_table or _is_table_header(text))
        if i > 1 and lines[i - 2].text.strip():
            previous_text = lines[i - 2].text.rstrip()
        # (the messages tile the text: a line within asked_in's bounds is in that message)
        if (
            found
            and not in_response_section
            and not (asked_in is not None and asked_in.start <= line.start < asked_in.end)
        ):
            message = message_at(line.start)
            if message is not asked_in and not message.from_requester:
                # The authority's own message after the request: numbered lines here answer by number.
                in_response_section = True
        if line.number in region_ends:
            current = None
            asking = False
            quoted_item = _MAIN_RE.match(text)
            quoted_number = _main_number(quoted_item) if quoted_item else None
            if quoted_number is not None:
                statute_next = quoted_number[0] + 1
            continue
        if line.number in reply_sent_lines:
            # A log's entry saying when its reply went out (patterns/outcomes.yaml, reply_sent): no answer, and the
            # questions end above it.
            current = None
            asking = False
            continue
        ending = text.rstrip()[-1:]
        if (
            (
                ending == ":"
                and (
                    _ENCLOSURES_INTRO_RE.match(text)
                    or _ORDERED_STEPS_INTRO_RE.search(text)
                    or _ESTIMATE_INTRO_RE.search(text)
                    or _ANSWER_IN_PARTS_INTRO_RE.search(text)
                )
            )
            or _PUBLIC_INTEREST_HEADING_RE.fullmatch(text.rstrip())
            or CLARIFY_THE_FOLLOWING_RE.search(text)
        ) and not layout.by_requester(line.start):
            # The reply's list of what it encloses, the steps a decision orders, the reply's estimate, either side of
            # its public interest test, or the request's words it asks to clarify, read as a quote's list is: its
            # items are no questions (and no answers).
            statute_next, statute_intro, statute_section, quoting_statute = 1, line.number, None, True
            list_intro = line.number
        elif (
            (ending in (":", "-") and _STATUTE_INTRO_RE.match(text))
            or _THE_ACT_STATES_RE.match(text)
            or _TEXT_OF_SECTION_RE.match(text)
            or _introduces_statute_conditions(text)
            or _STATUTE_HEADING_RE.fullmatch(text.rstrip())
        ):
            if ending != "-":
                statute_next = 1
            # (the Act's "which-" opens a lettered list: a numbered line far below is not the quote's)
            statute_intro = line.number
            statute_section = _section_number(text)
            quoting_statute = True
        kind = line_kinds.get(text)
        if kind is None:
            kind = line_kinds[text] = _line_kind(marked_re, text)
        # (asked while the request is open, or on through a lettered run once its last part has had its answer)
        lone = (
            _LONE_SUB_MARK_RE.fullmatch(text)
            if len(text) <= _LONE_MARK_WIDTH and current is not None and (asking or found[current].parent is not None)
            else None
        )
        if lone is not None and current is not None:
            # "a)" alone, its sub-question on the lines below, the answer run on after its question mark: "2. / Which
            # school MIS providers do you hold support contracts with ... / a) / What is the nature of the current
            # arrangement (a paid contract, an unpaid accreditation)? Both" (the City of Wolverhampton Council's PDF)
            k = i
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            lone_mark = text.strip().strip("().")
            parent_number, expected_mark = _next_part_letter(found, current)
            asks = k < len(lines) and ("?" in lines[k].text or _ASKS_RE.match(lines[k].text) is not None)
            if asks and lone_mark == expected_mark and not _is_structural(ctx, lines[k]):
                j, end = _continuation(ctx, k + 1, lines[k].end)
                current = add_with_run_on_answer(lone_mark, lines[k].start, end, False, parent=parent_number)
                i = j
                continue
        if kind == "plain" and not in_bare_table:
            bare_number = _BARE_NUMBER_RE.match(text) if found and current is not None else None
            if bare_number is not None and int(bare_number.group("num")) == expected and _letters_follow(lines, i):
                # "3" alone above "a - How many incidents ...", "b - What type ...": a question asked only in
                # its lettered parts (a WhatDoTheyKnow request numbered "1 - ", "2 - ", "3", "4 - ").
                index = add(bare_number.group("num"), line.start + bare_number.end(), line.start + bare_number.end())
                asked_in = message_at(line.start)
                last_main, current, asking = index, index, True
                expected += 1
                continue
            unanswered = current is not None and current == last_main and not answers[current]
            spaced = _SPACED_NUMBER_RE.match(text) if current is None or asking or spaced_run or unanswered else None
            if (
                spaced is not None
                and spaced_run
                and spaced.group("num") == "1"
                and previous_text.endswith(":")
                and _introduces_a_request(ctx, previous_text)
                and _spaced_number_follows(lines, i, 2)
            ):
                # A second list numbered from 1 under a sentence of its own that asks: "1 Total amount / 2 Names of
                # trusts / 3 Amounts which each trust received / I should be grateful if you could give me details of
                # academy trusts receiving advances ...: / 1 Total amount / 2 Names of trusts receiving these loans /
                # ..." (the Education and Skills Funding Agency's letter restating two requests)
                expected = 1
            if (
                spaced is not None
                and int(spaced.group("num")) == expected
                # or a reply restating the request, each item asking ("The information requested is as follows; / 1
                # How many one bedroom general needs properties does Coleraine have available to let ...?", the
                # Northern Ireland Housing Executive's letter)
                and (
                    spaced_run
                    or (
                        (
                            layout.by_requester(line.start)
                            # (its question mark ending its first sentence: "1 What is the main Finance/ERP system?
                            # Please identify the version currently in use (e.g. Oracle Financials 12.1.3, ...)", a
                            # request on Moray Council's log)
                            or "?" in text
                            # under the request's own words, its first item not a question in form: "Please provide
                            # the following information. ... / 1 Is there a procedure for submission of a PVG request
                            # ... If not why not." (Disclosure Scotland's FOI release)
                            or (not found and _ASKING_INTRO_RE.search(previous_text) is not None)
                        )
                        and expected == 1
                        and _spaced_number_follows(lines, i, 2)
                    )
                    # or the next item of a list whose numbers stood dotted until its stop was dropped: "2. Please
                    # provide a list of any names that were proposed for submarines but not used. ... / 3 Please also
                    # provide information about who is in the current naming committee within the MOD." (Navy
                    # Command's letter restating the request), no answer under the item above yet
                    or (
                        expected >= 2
                        and unanswered
                        and last_main is not None
                        and found[last_main].parent is None
                        and found[last_main].number == str(expected - 1)
                        and _PLEASE_ASKS_RE.match(text, spaced.end("num")) is not None
                    )
                )
            ):
                j, q_end = _continuation(ctx, i, line.end, spaced=True)
                # (its answer run on after it in the reply: "1 How much did St Andrew's Community Hospital cost? The
                # final construction cost was £27m.", NHS Fife's letter with its lines run together)
                by_requester = layout.by_requester(line.start)
                index = add_with_run_on_answer(spaced.group("num"), line.start + spaced.end("num"), q_end, by_requester)
                asked_in = message_at(line.start)
                last_main, current, asking = index, index, True
                expected += 1
                spaced_run = True
                i = j
                continue
            spaced_part = (
                _SPACED_PART_RE.match(text) if spaced_run and spaced is None and last_main is not None else None
            )
            if (
                spaced_part is not None
                and last_main is not None
                and spaced_part.group("main") == found[last_main].number
                and current is not None
                and (current == last_main or found[current].parent == found[last_main].number)
            ):
                # The item's part, its letter glued to the number: "2a If yes, who is the shared service provider?"
                j, q_end = _continuation(ctx, i, line.end, spaced=True)
                main = spaced_part.group("main")
                current = add_with_run_on_answer(
                    main + spaced_part.group("part"),
                    line.start + spaced_part.end(),
                    q_end,
                    layout.by_requester(line.start),
                    parent=main,
                )
                asking = True
                i = j
                continue
            known_spaced = first_index.get((None, spaced.group("num"))) if spaced is not None and spaced_run else None
            if spaced is not None and known_spaced is not None and not asking:
                # The reply numbers its answers as the request's items: "1 There are 5, one bedroom properties
                # available for re-let this week." under "1 How many one bedroom general needs properties ...?" (the
                # Northern Ireland Housing Executive); the item repeated is asked again, its answer below.
                current = known_spaced
                answer_start = line.start + spaced.end("num")
                words = text_of[answer_start : line.end].strip()
                if not _asked_again(found[known_spaced].text, words, in_reply=True):
                    answers[known_spaced].append(_piece(line, text_of, answer_start, line.end))
                continue
            numbered_inline = (
                _inline_numbers(text_of, line.start, line.end)
                if not found and "(1)" in text and layout.by_requester(line.start)
                else []
            )
            if not numbered_inline and not found and (": 1. " in text or "; 1. " in text or " 3. " in text):
                numbered_inline = _inline_dotted_numbers(text_of, line.start, line.end)
            if not numbered_inline and not found and ("i/" in text or "a)" in text or "i)" in text or "(A)" in text):
                # (in the requester's message; or capitals in brackets, where no message is known as theirs, in the
                # requester's words: an email chain a campaign's site reproduces, "What I would like you to kindly
                # tell me is (A) ... & (B) ...", to Wiltshire Council)
                if layout.by_requester(line.start):
                    numbered_inline = _inline_parts(ctx, line.start, line.end)
                elif not requester_messages and "(A)" in text:
                    numbered_inline = _inline_parts(ctx, line.start, line.end, capitals_only=True)
            if numbered_inline:
                # The request's items numbered inside its sentence (see _inline_numbers)
                for number, _mark, item_start, item_end in numbered_inline:
                    index = add(number, item_start, item_end)
                asked_in = message_at(line.start)
                last_main, current, asking = index, index, True
                expected = len(numbered_inline) + 1
                continue
            if answering and not found and REQUEST_LABEL_RE.match(text):
                # The request's heading under a log's field that reads as the reply's: "Resolution / Information
                # provided / Question / 1. For the months of January 2013 to August 2013 inclusive: a) ..." (Charnwood
                # Borough Council's log); the answers come under its "Answer" heading below.
                answering = False
            if (
                answering
                and not found
                and text.rstrip(" -").endswith(":")
                and ctx.catalogue.requester_voice_re.search(text) is not None
            ):
                # A log's field above the request, not a heading over answers: "FOI 1552 / Information provided / I
                # write to request ... Specifically, the information that I wish to view is: - / 1. Copies of all
                # decided planning applications ..." (Charnwood Borough Council's log).
                answering = False
            if not found and _REPLIES_BY_NUMBER_RE.search(text):
                # "... using your numbering I can reply as follows: -" above "1. I would advise you that there are a
                # total of 182 CCTV cameras ..." (the City and County of Swansea): numbered lines below answer.
                answering = True
            if found and not in_response_section and _RESPONSE_OPENING_RE.match(text):
                # "Our response to questions 1 to 3 is set out in the table below.": the request has ended, and
                # the numbered lines below answer by number.
                in_response_section = True
                current, asking = None, False
            if current is not None and requester_messages and _asks_for_the_bullets_below(ctx, line):
                # The requester's line under the list asking for the bullets below it, each a question: "f) January
                # 2023 / (blank) / Please export data for EACH call in the month period with: / - the time the call was
                # received, the category assigned ... / - any category changes and their times" (a WhatDoTheyKnow
                # request to the Welsh Ambulance Services NHS Trust). The line is neither the part above nor an
                # answer.
                asking, bullets_introduced = True, True
                previous_text = text.rstrip()
                continue
            if (
                current is not None
                and asking
                and _GROUP_HEADING_RE.fullmatch(text)
                and _introduces_a_list(found[current].text, _printed(found[current]))
                and (below := _text_line_from(lines, i)) is not None
                and _BULLET_RE.match(below.text)
            ):
                # A heading grouping the bullets a question asks for, no answer: "2. For each turbine ..., please can
                # we request the following information: / Permitting / • Environmental Statement, Figures and
                # Appendices. / ... / Planning / • Complete planning application ..." (a request on the Moray Council's
                # log)
                continue
            if current is not None and _QUESTION_LABEL_ALONE_RE.fullmatch(text):
                # A label alone over the question's next part, each part answered under its own label: "Question 2:- /
                # - I would also like to know if it has met any of the following aims ...? / Question:- / a)Allow
                # Practitioners to refer patients ... / Answer:- / ... / Question:- / b)Increase the use of ..." (NHS
                # Lothian's letter)
                asking = labelled_part = True
                continue
            answer_line(line)
            continue
        if kind == "heading":
            if _APPENDIX_RE.match(text) and not _holds_the_request(ctx, text):
                break
            if directorate_line_re.match(text):
                section_heading = line
                continue
            if current is not None and _under_an_answer_label_alone(lines, line):
                # The answer itself, straight under its question's label: "Answer To Question 3: / Information not
                # held" (Salisbury NHS Foundation Trust's disclosure log), not a heading over the reply.
                answer_line(line)
                continue
            # (not a line of the request's own under its heading that reads as one: _ANSWER_HEADING_RE)
            if RESPONSE_HEADING_RE.match(text) and line.number not in in_request_section:
                if not found:
                    answering = True
                elif (
                    not labels_one_answer(text, i)
                    if not asking
                    else len(found) >= 2 and _answers_numbered_below(lines, i)
                ):
                    # Straight under the last question, a heading over answers numbered from 1 heads the reply, not
                    # that question's answer ("5. Who is the senior officer ...? / In Response: / Following receipt
                    # of your request, searches were conducted ... / 1 - 4. As the information ... is accessible by
                    # other means ... / 5. The senior officer ... is Jon Keenan", Northumbria Police's log).
                    # Not a heading a paragraph below a question over its own answer, the next question below that
                    # ("1.Trust's overall spending on Translation and Interpreting Services / (blank) / Our response: /
                    # (blank) / 2022/23 = £161,694 / (blank) / You asked: / (blank) / 2. Total translators employed by
                    # the Trust", Gloucestershire Health and Care NHS Foundation Trust's log, a paragraph a line), nor
                    # the same heading again under the last question.
                    in_response_section = True
                    current, asking = None, False
                    continue
            if _PART_OF_QUESTIONS_RE.match(text):
                current, asking = None, False
                continue
            numbered_section = _NUMBERED_SECTION_RE.match(text)
            section_number = _DIGITS_RE.search(text) if numbered_section is not None else None
            if section_number is not None and not sections_numbered and found and int(section_number[0]) == expected:
                # The next item of a list of fields, no section heading numbered above it: "1. Month/Year / 2. Outcome /
                # 3. Employment status of plaintiff ..." (a request Manchester City Council's internal review quotes)
                numbered_section = None
            if numbered_section is not None:
                sections_numbered = True
                if numbered_section.group("asked"):
                    expected, restarted = 1, True
                elif found:
                    in_response_section = True
                current, asking = None, False
                continue
            if (
                found
                and _SECTION_RE.match(text)
                and not _answer_lettered_a(ctx, text)
                and not (letters_as_main and _next_capital(text, expected))
                and not (letters_as_main and _repeated_capital_item(text, first_index, found))
                and not (
                    current is not None and not letters_as_main and _capital_part_at(found, current, text, lines, i)
                )
            ):
                expected, restarted = 1, True
                current, asking = None, False
                continue
        if text.startswith("|"):
            cells = _table_cells(text)
        elif in_bare_table and "|" in text:
            cells = _table_cells(f"|{text}|")
        else:
            cells = []
        head = cells[0] if cells else text
        offset = line.start + (_cell_offset(text, cells[0]) if cells else 0)
        m = _MAIN_RE.match(head)
        numbered = _main_number(m) if m else None
        if numbered is not None and (
            numbered[0] == statute_next
            # (or every item "1.", a list as Markdown numbers it, line under line: "... as follows:- / 1. "Personal
            # data" means ... / 1. "Identifiable living individual" means ... by reference to- / 1. an identifier such
            # as a name ...", Lambeth's data hub page quoting the Data Protection Act 2018)
            or (quoting_statute and numbered[0] == 1 and statute_next == 2)
            # (the Act's own subsection opening its list with a dash: "(2)For the purposes of this Act, ... if-")
            or (statute_intro == line.number and ending == "-")
            or (
                statute_intro is not None
                and statute_intro != list_intro
                and _only_blank_between(lines, statute_intro, line)
            )
        ):
            # The item after a quoted statute's numbered items, outside the boilerplate: the quote's list running
            # on ("(1) Information is exempt information if ... (2) ... (3) Section 43(2) is a 'qualified'
            # exemption and I must now ..."), not a question. Straight under its introduction the quote may open
            # with the section's own number: "Section 35 (1)(a) states: / 42. (1) Information held by a
            # government department ..." (the Food Standards Agency, quoting a section under another's number).
            # The section's own number and title, then its subsections: "Section 31(1)(a) of the Act states: / 31. Law
            # enforcement. / (1) Information which is not exempt information by virtue of section 30 is exempt
            # information if ..." (Southport and Ormskirk Hospital NHS Trust's FAQ).
            # (not where the quote's own list has run on to that number)
            statute_next = 1 if numbered[0] == statute_section and statute_next != numbered[0] else numbered[0] + 1
            quoting_statute = True
            answer_line(line)
            continue
        if numbered is None and quoting_statute and _SUB_RE.match(head):
            answer_line(line)  # the quoted section's own lettered parts ("(a) the formulation or development ...")
            continue
        if numbered is None and (letters_as_main or (current is None and not found)):
            # Lettered requests with no numbers at all ("a) the latest copy of your IT Strategy").
            sub = _SUB_RE.match(head)
            position = expected - 1 if letters_as_main else 0
            capital_roman = _CAPITAL_ROMAN_ITEM_RE.match(head) if sub is None else None
            if capital_roman is not None and (
                letters_as_main or (position == 0 and _second_capital_roman_follows(lines, i))
            ):
                sub = capital_roman
            mark = _sub_mark(sub) if sub else None
            # (a run past "z" has no next letter: "(a)" after 26 lettered items starts nothing)
            next_marks = (_LETTERS[position], _ROMANS[position]) if position < len(_LETTERS) else ()
            if (
                mark is not None
                and mark in next_marks
                and (letters_as_main or not _answers_an_inline_part(text_of, line.start, mark, sub))
                and not _ACT_WORDS_RE.search(head)
                # (not a decision's findings: "The Commissioner found that: / (i) Dunbritton is a Scottish public
                # authority for the purposes of the EIRs ... and / (ii) Dunbritton had responded to Mr X's request ...",
                # the Scottish Information Commissioner's Decision 099/2015)
                and (letters_as_main or not _FINDINGS_INTRO_RE.search(previous_text))
                # (nor the reasons a sentence gives: "This is because it would breach the first data protection
                # principle as: / a) It is not fair to disclose these people's personal details ... / b) These details
                # are not of sufficient interest to the public ...", the NHS Business Services Authority's letter)
                and (letters_as_main or not _REASONS_INTRO_RE.search(previous_text))
            ):
                letters_as_main = True
                assert sub is not None  # (a mark is only read from a match)
                m, numbered = sub, (expected, sub.group("roman") or mark)
            elif (
                letters_as_main
                and mark == "a"
                and not in_response_section
                and requester_messages
                and layout.by_requester(line.start)
            ):
                # The request's lettered list starting again under its next section ("a: Total number of staff
                # employed ..." after "a: Total number of visitors ... / b: ..." and a note on section 1; a
                # WhatDoTheyKnow request to Royal Museums Greenwich): new questions, lettered as printed.
                m, numbered, expected, restarted = sub, (1, mark), 1, True
            elif letters_as_main and in_response_section and mark is not None and (None, mark) in first_index:
                # "Our response / (a) This information is already publicly available": the answers lettered
                # like the questions.
                m, numbered = sub, (_LETTERS.find(mark) + 1, mark)
            elif (
                letters_as_main
                and in_response_section
                and sub is not None
                and sub.group("roman") is not None
                and (None, sub.group("roman")) in first_index
            ):
                # "Response: / I. 293 / II. 0": the answers numbered in capitals like the questions.
                m, numbered = sub, (first_index[(None, sub.group("roman"))] + 1, sub.group("roman"))
            elif sub is None and _next_capital(head, position + 1) and (letters_as_main or _b_follows(lines, i)):
                capital = _CAPITAL_ITEM_RE.match(head)
                assert capital is not None
                letters_as_main = True
                m, numbered = capital, (expected, capital.group("b"))
            elif letters_as_main and (capital := _repeated_capital_item(head, first_index, found)) is not None:
                m, numbered = capital, (_LETTERS.find(capital.group("b").lower()) + 1, capital.group("b"))
            elif sub is None and (lone_capital := _LONE_CAPITAL_RE.match(head)) is not None:
                letter = lone_capital.group("b")
                if next_marks and letter == next_marks[0].upper() and (letters_as_main or _lone_b_follows(lines, i)):
                    letters_as_main = True
                    m, numbered = lone_capital, (expected, letter)
                elif letters_as_main and (None, letter) in first_index:
                    # "Response / A / The IT elements of the testing and tracing programme ...": the answer to A.
                    m, numbered = lone_capital, (_LETTERS.find(letter.lower()) + 1, letter)
        bare = numbered is not None and m is not None and _no_text(m)
        if bare and numbered is not None and numbered[0] > expected:
            numbered = None  # "283." alone: a figure in an answer, not question 283
            bare = False
        if bare and numbered is not None:
            known = first_index.get((None, numbered[1]))
            if known is not None and m is not None and "qalso" in m.re.groupindex and m.group("qalso"):
                share(known, m.group("qalso"))
            if known is not None:
                # "1." alone on a line: the answer to a known question follows (a disclosure log's "Decision").
                current, asking = known, False
                # (what it held before may be the request's note under its question: "B / Do you publish tenders
                # anywhere else, if so where? / For example, your website, Contracts Finder, and so on. / C / ... /
                # Response / A / ... / B / Tenders are not published ...", the Government of Jersey)
                answer_again(known, line)
                continue
            label_below = _item_label_below(lines, i) if _PART_HEADING_RE.match(head) else None
            if label_below is not None:
                # A part of the request over its items labelled on their own: "Part 1 / Please provide, for each
                # calendar year 2019-2024 (inclusive) / Request 1 / Domestic-abuse incidents, by victim sex and
                # offender sex. / Request 2 / ..." (the Police Service of Northern Ireland's disclosure log): a
                # heading, not question 1.
                if label_below == 1 and found:
                    expected, restarted = 1, True
                current, asking = None, False
                continue
            if numbered[0] == expected and i < len(lines):
                # "Question 1" as a heading, the question on the next line.
                while i < len(lines) and not lines[i].text.strip():
                    i += 1
                # Under a "Response" heading with no question above, "Question 1" heads an answer unless the
                # line below asks ("RESPONSE / Question 1 / The funding request was prepared ... on behalf of the
                # NPCC", South Wales Police's disclosure log, whose request is one sentence).
                answers_below = answering and i < len(lines) and not _ASKS_RE.match(lines[i].text)
                # A page's number in brackets alone, a copy's page marker over words that do not ask: "Full text / (1)
                # / Parc Cathays ● Cathays Park ... / ... / (2) / However, please note that the Commissioner will not
                # normally investigate ..." (a Welsh Government letter copied to a document-sharing site).
                # Or a label over the request's preamble, the question below it under its own number again:
                # "Question Number 1: / I am researching the incidence and treatment of breast cancer. I would greatly
                # appreciate if you could answer the following questions / Q1. How many patients have been treated
                # ...:" (Salisbury NHS Foundation Trust's log): the numbered line is the question.
                not_the_question = (
                    i < len(lines)
                    and "?" not in lines[i].text
                    and not _ASKS_RE.match(lines[i].text)
                    and (head.lstrip().startswith("(") or _numbered_again_below(lines, i, numbered[1]))
                )
                first_part = _SUB_RE.match(lines[i].text) if i < len(lines) and not answers_below else None
                if first_part is not None and first_part.group("b") == "a" and not not_the_question:
                    # The label over the question's first lettered part, the question asked only in its parts:
                    # "Question 2 / a. How many fines and prosecutions ...? / b. If you have used dispersal powers ..."
                    # (Canterbury City Council's disclosure log): question 2, its words none of its own.
                    index = add(numbered[1], lines[i].start, lines[i].start)
                    headed.add(index)
                    last_main, current, asking = index, index, True
                    expected = numbered[0] + 1
                    continue
                if i < len(lines) and not answers_below and not not_the_question and not _is_structural(ctx, lines[i]):
                    heading_line = lines[i]
                    j, q_end = _continuation(ctx, i + 1, heading_line.end)
                    # The reply's answer run on after the question mark: "1. / Do you provide traded services to
                    # schools ...? If so, to which? Yes" (the City of Wolverhampton Council)
                    by_requester = layout.by_requester(heading_line.start)
                    # (its words from after a bullet: "Question 1:- / - I would like to know the full cost of
                    # installing the IT equipment ...?", NHS Lothian's letter)
                    bulleted = _BULLET_RE.match(heading_line.text)
                    words_start = heading_line.start + (bulleted.start("text") if bulleted else 0)
                    index = add_with_run_on_answer(numbered[1], words_start, q_end, by_requester)
                    headed.add(index)
                    last_main, current, asking = index, index, True
                    expected = numbered[0] + 1
                    i = j
            continue
        if numbered is not None and m is not None and _LINK_ONLY_RE.match(head, _text_start(m)):
            numbered = None  # "3. https://www.westlothian.gov.uk/WL2028" under WhatDoTheyKnow's "Visible links"
        elif numbered is not None and m is not None and _FLOOR_RE.match(head, _text_start(m)):
            numbered = None  # a room's number and its floor in a letterhead: "1.38 1st Floor / Petty France" (the MoJ)
        elif numbered is not None and m is not None and _is_dated_field(head, _text_start(m)):
            # A disclosure log's numbered entries open with their dates ("1. Request Received: 21 May 2021",
            # UK Research and Innovation): the request is below, not in the date.
            numbered = None
        if numbered is not None and m is not None:
            seq, printed = numbered
            start = offset + _text_start(m)
            if (doubled := _DOUBLED_NUMBER_RE.match(ctx.text, start)) and doubled.group(1) == printed:
                start = doubled.end()  # the list's number and the typed one: "1. 1.How many older people ..."
            q_end = offset + len(head) if not cells else line.start + _cell_offset(text, cells[0]) + len(head)
            line_end = q_end  # before any continuation joins the lines below
            j = i
            if not cells:
                j, q_end = _continuation(ctx, i, q_end)
            # In the requester's own message the words after a question mark are the request's ("... called
            # Frameworki? This software is supplied by Corelogic Ltd and is in use at the Council.").
            answered_from = (
                None if cells else _answer_after_question(text_of, start, q_end, printed, layout.by_requester(start))
            )
            if answered_from is not None and _labelled_answer_next(lines, j):
                # The answer stands below under its label, so what follows the question mark is still the question:
                # "1) Is the NECSU still monitoring ... by post? In general and, more specifically, the company ... /
                # NECS reply: NECS is not currently monitoring any such companies." (NHS North of England
                # Commissioning Support Unit)
                answered_from = None
            asked_end = _question_words_end(text_of, start, answered_from[0] if answered_from else q_end)
            q_text = _question_words(text_of[start:asked_end])
            if (
                # A question's number with the answer's label after it: "Q1a response: Avaya / Q1b response: Currently
                # expires 16 March 2025" (Warwickshire Police's published reply, the questions above the cut); an
                # answer to no question found (a known question's is read below: "Question 1 answer - We have received
                # a letter dated 16.12.14.").
                (_ANSWER_WORD_FIRST_RE.match(q_text) and (None, printed) not in first_index)
                # A table's row headed by a question's number, its cells the answer: "Question 3b) | £1,067.79 | £85.50
                # | £424.15 | 0 | Not applicable |" under "Response 30-09-2025" (Moray Council's log, its request
                # lettering question 3's parts "a)", "b)", "c)").
                or (found and q_text.startswith("|"))
            ):
                row_of = None
                if q_text.startswith("|"):
                    part = _NUMBER_AND_PART_RE.fullmatch(printed)
                    row_of = first_index.get((None, printed))
                    if row_of is None and part is not None:
                        row_of = first_index.get((part.group(1), part.group(2)))
                if row_of is not None and not (requester_messages and layout.by_requester(line.start)):
                    # A row headed by a known question's number answers that question: "1. | 58 | 20 | 71 |" under
                    # "Question | June 2021 -May 2022 | June 2022 - May 2023 | June 2023 -May 2024 |" (Moray Council's
                    # log, its questions numbered "1." to "3." above the table).
                    current, asking = row_of, False
                    answer_again(row_of, line)  # (what its region held before, the request's note below it, apart)
                    answers[row_of].append(_piece(line, text_of, start, q_end))
                else:
                    answer_line(line)
                i = j
                continue
            if (
                answering
                and not found
                and not _ASKS_RE.match(q_text)
                and not _named_a_question(m)
                # (not the request restated under the heading, each item over its answer's label: "Response / 1. From
                # Jan 2017 until Dec 2023 the total number of officers who have retired via the ill health retirement
                # process. / Response: The total number ... is 470.", the Scottish Police Authority's published
                # response)
                and not _labelled_answer_next(lines, j)
            ):
                # "Our response / 1. / a) 9 Children had a placement move / b) 8 Children" under a request in
                # dashes (Lambeth's data hub): the answers, numbered by the request's items
                answer_line(line)
                i = j
                continue
            if nested_under is not None and (seq != nested_next or _number_mark(m, head) != nested_mark):
                nested_under = None
            if (
                nested_under is None
                and printed == "1"
                and last_main is not None
                and current == last_main
                and not in_response_section
                and not answers[last_main]
                and found[last_main].parent is None
                and found[last_main].number.isdigit()
                and found[last_main].text.endswith(":")
                and _REPORTS_A_REQUEST_RE.search(found[last_main].text) is None
                and (above := text_line_above(lines, line.number)) is not None
                and above.start < found[last_main].span["end"]
            ):
                # A list numbered from 1 again under an item that leads into it, then the outer list going on: "1. A
                # list of all residential properties ... that are currently recorded as: / 1. Long-term empty ... / 2.
                # Subject to an Empty Homes Premium ... / 3. Exempt from Council Tax ... / 2. For each property, please
                # provide:" (Rushcliffe Borough Council's published response, an HTML list of lists whose indentation
                # the text lost): the inner items are the outer one's parts, numbered as printed; periods alone ("1.
                # 2016/17 / 2. 2017/18") are what the outer item asks about, never questions of their own.
                nested_kind = _nested_list(lines, i - 1, int(found[last_main].number) + 1)
                if nested_kind is not None:
                    nested_under, nested_next, nested_mark = last_main, 1, _number_mark(m, head)
            if nested_under is not None:
                if nested_kind == "parts":
                    parent_number = found[nested_under].number
                    known_part = first_index.get((parent_number, printed))
                    current = known_part if known_part is not None else add(printed, start, asked_end, parent_number)
                    asking = True
                nested_next += 1
                i = j
                continue
            if (
                letters_as_main
                and printed == "1"
                and not in_response_section
                and (None, "1") not in first_index
                and (
                    q_text.endswith("?")
                    or _ASKS_RE.match(q_text) is not None
                    # "a) Vibration / b) Low Frequency Noise (Tonal) / For each of the above categories, please provide
                    # a breakdown for: / 1. No statutory nuisance found" (a WhatDoTheyKnow request sent to many town
                    # councils): a list of its own under a line that asks for it
                    or (previous_text.endswith(":") and _ASKING_INTRO_RE.search(previous_text) is not None)
                )
            ):
                # Lettered items, then a numbered list: "answering for A-F on questions 1-8. / a) Photocopiers/MFDs /
                # ... / f) Displays / Q1. Please name all the IT resellers ..." (a WhatDoTheyKnow request to MidKent
                # College): the letters were the categories, and the questions are numbered from 1.
                letters_as_main, expected = False, 1
            lettered_sub = printed != str(seq) and not letters_as_main and (printed[-1:].isalpha() or "." in printed)
            parent = str(seq) if lettered_sub else None
            known = first_index.get((parent, printed))
            if known is None and parent is not None and in_response_section:
                # The request's "1a." kept whole as its number, no "1." above it, answered so under the response
                # heading: "1a. How many residential properties does the council currently own? / ... / Response /
                # 1a. 54 / 1b. Refused under Section 43, please see below." (Hastings Borough Council's log)
                known = first_index.get((None, printed))
            if known is not None and not _asked_again(found[known].text, q_text, in_response_section):
                # Several lists each numbered from 1: the question repeated is the one of its number whose words match
                # (the reply restating "1. The names and types of software applications or systems used in Children's
                # Services." from the second of Thurrock Council's three lists).
                known = next(
                    (
                        k
                        for k, asked in enumerate(found)
                        if k != known
                        and asked.number == printed
                        and asked.parent == parent
                        and _asked_again(asked.text, q_text, in_response_section)
                    ),
                    known,
                )
            if known is not None and in_response_section and printed == "1" and len(found) > 1:
                # Every item of the reply's restated list printed "1." (a web page's list, one list an item), the
                # words telling which question each repeats: "1. Of the units referred to in response to question 3,
                # how many have now been sold under the Right to Buy scheme? / 0" (Thurrock Council's published
                # response). The closest in words, as the request's questions may differ by a figure alone ("between
                # 2003 and 2010" in 1, "between 2011 and 2015" in 3).
                known = _closest_restated(found, parent, q_text, known)
            if (
                known is not None
                and not cells
                and q_end > line_end
                and _question_words(text_of[start:line_end]) == found[known].text
            ):
                # The question repeated whole on its line, no question mark ending it, the line below its answer: "A. Is
                # there a time scale for these to be introduced / The new arrangements for weekday crewing fire engines
                # went live on 6th January 2025." (Cheshire Fire and Rescue Service's log, under the request's list).
                # Nothing the continuation joined is the question's, nor an answer run on after its question mark.
                j, q_end, asked_end, q_text, answered_from = i, line_end, line_end, found[known].text, None
            # A known number again is the question repeated (with its answer beneath) only if the words match;
            # "1. Planning 2. Licensing" inside an answer is a list of its own.
            # (a "1." under the answer to a "1." before it is that question again only if all but identical: "1.
            # When your current contract with HR and Payroll software expires / We are currently awaiting information
            # ... / 1. When your current contract with BACs payment software expires", Aberdeenshire Council's
            # letter, every item printed "1.")
            answered_one = (
                printed == "1"
                and last_main is not None
                and found[last_main].number == "1"
                and current == last_main
                and bool(answers[last_main])
            )
            similar = known is not None and _asked_again(found[known].text, q_text, in_response_section or answered_one)
            if (
                similar
                and known is not None
                and second_list_from is not None
                and known < second_list_from
                and seq == expected
                and not in_response_section
                and last_main is not None
                and last_main >= second_list_from
                and current == last_main
            ):
                # The next item of a second list of the request's own, numbered from 1 again, not the first list's
                # item of its number asked again, however alike their words: "If possible, we would also like to know
                # the following (if data is available): / 1. The annual departmental spend on the procurement of
                # services only ... / 2. The percentage of annual departmental procurement spend on services only that
                # went through frameworks ..." under a first list whose 2 asks the same of goods and services (the
                # Office for National Statistics' reply).
                similar, restarted = False, True
            # Markdown renders every item of a list as "1." (a web page saved as text): same number, new words.
            renumbered = (
                known is not None
                and not similar
                and (
                    restarted
                    or (
                        last_main is not None
                        # not a list quoted inside a question headed "Q1:" alone ("Q1: / The Council's report to
                        # Members contained the following section: / ... / 1. Do nothing ...", to Enfield Council)
                        and last_main not in headed
                        and found[last_main].number == printed
                        and current == last_main
                        and (not answers[last_main] or _only_a_lead_in(answers[last_main]))
                        and len(q_text.split()) >= 4
                    )
                )
            )
            # ... and a list broken by its answers into one-item lists, each "1." ("1. Please supply patient's
            # information ECT leaflet. / Our Trust ... are currently using the RCPSYCH Leaflet - please see attached. /
            # 1. Please supply patient ECT consent form.", an NHS trust's reply on a campaigner's web page): each item
            # asks, and no answer between them is numbered.
            one_item_lists = (
                known is not None
                and not similar
                and last_main is not None
                and printed == "1"
                and found[last_main].number == "1"
                and current == last_main
                and expected == 2
                and bool(answers[last_main])
                and _asks_as_an_item(q_text)
                and _asks_as_an_item(found[last_main].text)
                and not any(_MAIN_RE.match(piece.text) for piece in answers[last_main])
            )
            if (
                known is not None
                and not similar
                and "qnum" in m.re.groupindex
                and m.group("qnum") is not None
                and sum(1 for asked in found if asked.number == "1" and asked.parent is None) >= 2
            ):
                # "Query 2: Reason for leaving the last settled base ..." after "1: Homelessness presentations ..." and
                # its own list "1) ... 6)" (Bedford Borough Council's disclosure log): the request's next heading-level
                # question, its number taken already by the list under the first.
                renumbered = restarted = True
            if (
                renumbered
                and last_main is not None
                and answers[last_main]
                # (not an answer run on after the question's own mark: "1. Have you received any direction ...? No",
                # the next topic's items numbered from 1 under their heading in the same letter)
                and answers[last_main][0].number != layout.line_at(found[last_main].span["start"]).number
                # (a line that leads in, its colon ending it: not the answer to a question of a list whose items are
                # all "1.", as a Word list saved as a web page prints them, "1. What is the average age of these
                # homes? / 64 years and 3 months / 1. How much does your council spend ...?", Guildford Borough
                # Council's published release)
                and answers[last_main][-1].text.rstrip().endswith(":")
            ):
                # "1: Homelessness presentations ... in 2015-16 / Within your local authority, what were the number of
                # 16-24 year olds who: / 1) Presented themselves as homeless ..." (Bedford Borough Council's disclosure
                # log): the line leading into the list asks it, and is no answer.
                answers[last_main].clear()
            renumbered = renumbered or one_item_lists
            # A number printed twice in the request's own list, the second a new question: "3. How many Extra care
            # placements have broken down ...? / 4. How many residential care placements ...? / 3. What is the criteria
            # of the council to pay residential care rate standard and enhanced rates?" (a WhatDoTheyKnow request to
            # Hull City Council): asked as printed, the list going on.
            misnumbered = (
                known is not None
                and not similar
                and not renumbered
                and requester_messages
                and layout.by_requester(line.start)
                and last_main is not None
                and current == last_main
                and found[last_main].parent is None
                and 1 < seq < expected - 1
                and q_text.endswith("?")
                and found[known].text.endswith("?")
            )
            # A second list of the request's own, numbered from 1 again under a sentence that asks ("I also want to
            # know the common reasons that you may reject requests under s.12. / 1. In the past 5 years, ...", to
            # Cardiff Metropolitan University): new questions, numbered as printed.
            second_list = (
                known is not None
                # (alike words under an introduction that adds to the request are new questions: "If possible, we
                # would also like to know the following (if data is available): / 1. The annual departmental spend on
                # the procurement of services only ...", under a first list's "1. The annual departmental spend on the
                # procurement of goods and services ...", the Office for National Statistics' reply)
                and (not similar or _ADDS_TO_THE_REQUEST_RE.search(previous_text) is not None)
                and seq == 1
                and not in_response_section
                and (
                    (
                        requester_messages
                        and layout.by_requester(line.start)
                        and bool(
                            _ASKING_INTRO_RE.search(previous_text)
                            or _WANT_TO_KNOW_RE.search(previous_text)
                            # under a heading of its own, each item asking: "Questions regarding litigation costs: / 1.
                            # How many cases referring to damp homes did you receive ...?" (a WhatDoTheyKnow request to
                            # Harrogate Borough Council, after its first list's 1-3)
                            or (_LIST_HEADING_RE.match(previous_text) and q_text.endswith("?"))
                        )
                    )
                    # Or in a reply restating the request, no message the requester's: "... 21. How does the Trust
                    # plan to prevent ECT in the future? / Please provide SERIOUS INCIDENT information under the FOI
                    # act to the following questions: / 1. Please supply any serious incident reports/investigations"
                    # (Herefordshire and Worcestershire Health and Care NHS Trust's letter), each item asking.
                    or (
                        not requester_messages
                        and previous_text.endswith(":")
                        and _introduces_a_request(ctx, previous_text)
                        # (or things named under a sentence that asks for "the following": "Please provide information
                        # on the following for the period 01.01.23 to present: / 1. The names and types of software
                        # applications or systems used in Children's Services.", Thurrock Council's log, after its
                        # first list's 1-2)
                        and (
                            _asks_after_its_label(q_text)
                            or _ASKS_FOR_THE_FOLLOWING_RE.search(previous_text) is not None
                        )
                        # (not the reply's "1) Please find below a list of items that were reported as being stolen",
                        # Betsi Cadwaladr University Health Board answering by number)
                        and _REPLY_PLEASE_RE.match(q_text) is None
                    )
                    # Or straight under the first list's last question, nothing between, each item asking: "11. What
                    # are you biggest categories when it comes to Travel Spend? / 1. What system do you use for
                    # managing/processing invoices? / 2. ..." (West Midlands Police's log, the second topic's heading
                    # lost from the page's text).
                    or (
                        not similar
                        and last_main is not None
                        and current == last_main
                        and not answers[last_main]
                        and found[last_main].parent is None
                        and expected > 3
                        # (not the reply's answer run on after a question it restates: "8a. ...? / 1. How many employees
                        # work in your NHS Trust? - 8453", Blackpool Teaching Hospitals' log)
                        and answered_from is None
                        and q_text.endswith("?")
                        and found[last_main].text.endswith("?")
                        and found[known].text.endswith("?")
                    )
                    # Or a reply restating the request topic by topic, each topic's questions numbered from 1 under its
                    # heading, the answers run on after them: "Regarding EHR commissioning: / 1. Have you received any
                    # direction from a Clinical Commissioning Group ...? No" after "Regarding Electronic Health Records
                    # EHR.: / 1. ... 4. ..." (Gloucestershire Health and Care NHS Foundation Trust's letter).
                    # Or under a heading naming the questions, with no colon: "... 13. Could you provide us with a link
                    # to your Digital Workplace Strategy? / Website / Accessibility Questions / 1. What software are you
                    # currently using for your website?" (Herefordshire and Worcestershire Health and Care NHS Trust's
                    # published response, its first list under "Intranet Questions").
                    or (
                        not layout.by_requester(line.start)
                        and (
                            _LIST_HEADING_RE.match(previous_text) is not None
                            or _QUESTIONS_HEADING_RE.match(previous_text) is not None
                        )
                        and RESPONSE_HEADING_RE.match(previous_text) is None
                        and "?" in q_text
                        and _QUESTION_OPENING_RE.match(q_text.lower()) is not None
                        and "?" in found[known].text
                    )
                )
            )
            # A request quoted in a document numbering its own paragraphs: "5. On 7 May 2015, the complainant wrote to
            # the Council and requested following information under FOIA: / "1. How many Lender Option Borrower Option
            # (LOBOs) contracts do you have on your books?" (an ICO decision notice): the request's own list, and the
            # request again, whatever heading ("Request and response") stood above.
            # Or its items in square brackets under the paragraph reporting it: "3. / The Appellant requested
            # information from Ulster University (UU) on 6 July 2022 as follows:- / [1] Can Ulster University provide
            # ...?" (the First-tier Tribunal, each paragraph's number alone on its line); or in round brackets: "1. On
            # 12 October 2021, the Applicant made a request ... the Applicant sought answers to the following specific
            # questions arising from the content of the email: / (1) The email states that ...: what positions ...?"
            # (the Scottish Information Commissioner on Ayrshire and Arran Health Board). Or the paragraph's sentence
            # running on into the list with no colon: "2. On 14 November 2018, the Applicant submitted a nine-part
            # request ... The Applicant requested information comprising guidance or protocols for / (1) Calculation of
            # client contributions ..." (the Scottish Information Commissioner on Glasgow City Council).
            quoted_list = (
                known is not None
                and not similar
                and seq == 1
                and head.lstrip(" *_").startswith((*_QUOTE_MARKS, "[", "("))
                # (the loop's own lines, the first question unglued, not the layout's)
                and (above := text_line_above(lines, line.number)) is not None
                and (
                    above.text.rstrip().endswith((":", ":-"))
                    or _ENDS_WITH_JOINING_WORD_RE.search(above.text.rstrip()) is not None
                )
                and _ASKING_INTRO_RE.search(above.text) is not None
            )
            if quoted_list:
                in_response_section = False
            if second_list or quoted_list:
                renumbered, restarted, expected = True, True, 1
                second_list_from = len(found)
            if (
                renumbered
                and current is not None
                and answers[current]
                and previous_text.endswith(":")
                and answers[current][-1].text.rstrip() == previous_text
            ):
                # The words introducing a list numbered from 1 again are no answer to the question above them.
                answers[current].pop()
            # The list numbered from 1 again straight after the last question, in words that do not ask: the answers,
            # numbered like the questions, with no "Response" heading above them ("6. Is the authority doing anything
            # else ...? / 1. 1,294 pupils received free home to school transport", Thurrock Council's disclosure log).
            if (
                known is not None
                and not similar
                and seq == 1
                and not in_response_section
                and last_main is not None
                and current == last_main
                and (not answers[last_main] or _only_a_reply_preamble(answers[last_main], text_of))
                # a list that ran to 2 at least: not "1." before every item (Markdown saved as text)
                and expected >= 3
                and not _ASKS_RE.match(q_text)
                and not (requester_messages and layout.by_requester(line.start))
                # not the options a question lists ("... who had one of the following main reasons for leaving their
                # last settled base in 2015-16? / 1) Left prison/on remand", Bedford Borough Council's log)
                and not _OFFERS_OPTIONS_RE.search(found[last_main].text)
            ):
                in_response_section = answered_in_a_list_again = True
                answers[last_main].clear()
            if (
                known is None
                and lettered_sub
                and in_response_section
                and parent is not None
                and (None, parent) in first_index
                and m.group(0).lstrip('*_ "')[:1].isdigit()
                and (part_mark := _mark_part(m)) is not None
                and not layout.by_requester(line.start)
                # (not the request's part restated, asking: "Q1. / a) How many instances of theft from retailers ...
                # were reported to your force ...", West Midlands Police's log)
                and not _ASKS_RE.match(q_text)
                and "?" not in q_text
            ):
                # An answer lettered after its question's number: "1. a) 91 (up to 26th January 2012) / b) 76 / c)
                # 100" (Northumbria Police's log), the answer to part a of question 1. Or, where the question's parts
                # are only named in its sentence, the question's: "Response 09-08-2022 / 1. a) The number of
                # successful hosts ... is less than 5. ... / b) 28 / 2. 8" under "1. The number of hosts ... whose Home
                # checks are a)underway and b) completed" (Moray Council's log).
                lettered, letter_at = part_mark
                answered_part = first_index.get((parent, lettered))
                answering_index = answered_part if answered_part is not None else first_index[(None, parent)]
                current, asking = answering_index, False
                answer_again(answering_index, line)
                answer_at = start if answered_part is not None else offset + letter_at
                answers[answering_index].append(_piece(line, text_of, answer_at, q_end))
                i = j
                continue
            if known is not None and not similar and in_response_section:
                # "Response:\n1. 1,482 referrals were received.": the answers numbered like the questions.
                current, asking = known, False
                answer_start = start
                if also := _ALSO_RE.match(text_of, start):
                    share(known, also.group())
                    separator = _SEPARATOR_RE.match(text_of[also.end() : q_end])
                    answer_start = also.end() + (separator.end() if separator else 0)
                # (what it held before may be the quoted request's own terms, "Please treat points 1 to 3 above
                # separately ...")
                answer_again(known, line)
                answers[known].append(_piece(line, text_of, answer_start, q_end))
                i = j
                continue
            # The numbers before this one lost, their questions standing above it unmarked (see
            # _questions_whose_numbers_were_lost): a "2." with no "1.", or a "2a." with neither "1." nor "2.".
            if known is None and not in_response_section and not letters_as_main and not nested:
                if not lettered_sub:
                    lost_count = seq - expected
                elif printed[-1:].isalpha() and (None, parent) not in first_index:
                    lost_count = seq - expected + 1
                else:
                    lost_count = 0
                for above, asked in _questions_whose_numbers_were_lost(lines, line, lost_count, marked_re):
                    for answered in answers.values():
                        answered[:] = [piece for piece in answered if piece.number != above.number]
                    for k, asked_above in enumerate(found):
                        # (nor the words of the question above, run on over it: "2a. If yes, ... any contracts? Do
                        # you have any current plans ...?")
                        if asked_above.span["start"] < above.start < asked_above.span["end"]:
                            cut = len(text_of[: above.start].rstrip())
                            found[k] = asked_above._replace(
                                text=_question_words(text_of[asked_above.span["start"] : cut]),
                                span=ctx.span_fields(asked_above.span["start"], cut),
                            )
                    asked_start = above.start + asked.start("words")
                    asked_end_at = above.start + asked.end("words")
                    current = last_main = add(str(expected), asked_start, asked_end_at)
                    asked_in = message_at(above.start)
                    if text_of[asked_end_at : above.end].strip():
                        answers[current].append(_piece(above, text_of, asked_end_at, above.end))
                    expected += 1
            if nested and seq == nested and _number_style(m) == nested_style:
                index = None  # the next item of a list inside an answer ("1. Planning 2. Building Control")
                nested += 1
            elif (
                lettered_sub
                and (parent, printed) not in first_index
                and (None, parent) in first_index
                # "2.1 Use of Reinforced Autoclaved Aerated Concrete (RAAC)" under "2. Response": the reply's own
                # numbered sections, not sub-questions the request never asked; nor "Our response: / 1a - d) NHS
                # Cheshire CCG has contracted EMIS Health ..." answering parts a to d (NHS Cheshire CCG)
                and not in_response_section
            ):
                index = add(printed, start, q_end, parent=parent, words=q_text)
            elif (
                lettered_sub
                and (None, parent) not in first_index
                and last_main is not None
                and _printed_parent(found[last_main].number) == parent
                and (None, printed) not in first_index
            ):
                # "2a." and "2b." with no "2." of their own: siblings at the top level, numbered as printed; so are
                # "1.1.", "1.2." ("With regards to reports of security jobs ...: / 1.1. Does the SIA recognise ...? /
                # 1.2. To date, what has the SIA done ...?", the Security Industry Authority's FOI release)
                index = add(printed, start, q_end, words=q_text)
                last_main = index
            elif _date_only(q_text):
                # "1 - 16 July 2017": a disclosure log's period (Bedford Borough Council's), not question 1
                index = None
            elif not found and seq == 1 and not q_text.endswith("?") and _NOT_A_REQUEST_RE.search(previous_text):
                index = None  # "for the following reasons: 1. The correspondence is held in ..."
                nested, nested_style = 2, _number_style(m)
            elif (
                known is None
                and seq == expected == 1
                and previous_text.endswith("?")
                and not _ASKING_INTRO_RE.search(previous_text)
                # (an item that asks is a question, the reply restating the request's bullets above it by number: "•
                # What is the average % fee increase ...? / Q1 Do you operate a framework ...? / Yes, we operate a
                # framework agreement ...", Herefordshire Council's published responses)
                and not q_text.endswith("?")
            ):
                # "How much does each system cost?" then "1. Planning 2. Licensing": a list of the options
                # the question covers, not questions (a disclosure-log layout).
                index = None
            elif (
                known is None
                and in_response_section
                and seq == expected
                and not renumbered
                and not misnumbered
                and "?" not in q_text
                and not _ASKS_RE.match(q_text)
                and not layout.by_requester(line.start)
            ):
                # Among the answers numbered like the questions, the number after the last question's, in words that
                # do not ask, is the reply's own: "6. What is the name of the procurement and placement officer ...?
                # / 1. The contact service is provided in house ... / 5. Refusal S43 (please see below) / ... / 7.
                # Contracts for agency staff are managed via" (Thurrock Council's disclosure log)
                index = None
            elif (
                (known is None and seq == expected)
                or renumbered
                or misnumbered
                or (known is None and seq == expected + 1 and _skips_one(text_of, found, answers, last_main, start))
                or (
                    known is None
                    and seq > expected
                    and _answers_a_selection(text_of, found, answers, last_main, start, q_text)
                )
                # an excerpt that starts at question 2; not a room in the letterhead ("5.08 Red Zone, Clive House"),
                # nor a numbered paragraph of a document the reply quotes ("Below is an extract of the relevant
                # section: / Powered Two-Wheelers / 6.11 Permits are not needed for powered two-wheelers within CPZs.",
                # the London Borough of Waltham Forest's review letter): a decimal number's words there must ask
                or (
                    known is None
                    and not found
                    and (
                        q_text.endswith("?")
                        or (
                            len(q_text.split()) >= 4
                            and not _in_letterhead(layout, line)
                            and "." not in printed
                            # (not a table's figure and its note read as a number: "Total number / 183 - s31 of the CA
                            # 74 - s38 of the CA / 105 / 464", Lambeth's data hub page answering a request)
                            and seq <= _FIRST_NUMBER_NOT_ASKING
                        )
                    )
                )
            ):
                index = add(printed, start, asked_end, words=q_text)
                asked_in = message_at(line.start)
                last_main = index
                # A question's own list now runs: its next number is not a boilerplate line's list run on ("(1) THE
                # INFORMATION COMMISSIONER (2) LONDON BOROUGH OF HARROW", a tribunal decision's parties, above the
                # request's "1. ... / 2. Discussion of legal advice:").
                statute_next = None
                if index == 0 and head.lstrip(" *_").startswith(_QUOTE_MARKS):
                    in_quoted_request = True
                if in_quoted_request and text_of[start:q_end].rstrip().endswith(_QUOTE_MARKS):
                    in_quoted_request = False
                expected = max(expected, seq + 1)
            elif similar and known is not None:
                index = known
                expected = max(expected, seq + 1)
            else:
                index = None
                if seq == 1:
                    # (its own style of number only runs it on: the Act's "(1) Information which the applicant can
                    # reasonably obtain ..." quoted in an answer, then "Question:2. Confirmation of when the Formulary
                    # is due for review", NHS Lothian's reply)
                    nested, nested_style = 2, _number_style(m)
            if index is None:
                # an item of a list inside the current answer
                if current is not None and not (requester_messages and layout.by_requester(line.start)):
                    answers[current].append(line)
                continue
            if index is not None:
                nested = 0
                current = index
                if answers[index] or section_heading is not None:
                    # A new occurrence (the question repeated in a second table or section): its answer is
                    # a new one, under the section's directorate if a heading stands above it.
                    heading = section_heading or Line(-1, line.start, line.start, "")
                    answers[index].append(Line(-1, heading.start, heading.end, heading.text))
                if cells and len(cells) >= 2:
                    answer_start = line.start + text.rindex(cells[-1])
                    answers[index].append(Line(line.number, answer_start, answer_start + len(cells[-1]), cells[-1]))
                if answered_from and not (requester_messages and layout.by_requester(line.start)):
                    answers[index].append(_piece(layout.line_at(answered_from[1]), text_of, answered_from[1], q_end))
                i = j
                asking = True
                continue
        sub = _SUB_RE.match(text) if current is not None else None
        if (
            sub is not None
            and not asking
            and not in_response_section
            and _sub_mark(sub) == "a"
            and previous_text.endswith(":")
            and _ASKING_INTRO_RE.search(previous_text)
            and not _STATUTE_INTRO_RE.match(previous_text)
        ):
            # "Please enter ... for each system:" then "a) System type", "b) Supplier name": the same
            # sub-questions asked of every item above, listed once.
            asking = True
        elif (
            sub is not None
            and not asking
            and current is not None
            and not (requester_messages and layout.by_requester(line.start))
            and _next_part_named_alike(found, current, sub, text)
        ):
            # The question's next part, under the answer to the parts above it: "Q4) How much did your force spend on
            # in 2022: / a) printers / b) paper scanners / (blank) / West Yorkshire Police spent £471,332 on printers
            # in 2022. ... / c) pagers / (blank) / As per our response to question 3, ..." (West Yorkshire Police's
            # disclosure log)
            asking = True
        elif (
            sub is not None
            and not asking
            and current is not None
            and not in_response_section
            and answers.get(current)
            and _next_part_asked_after_answer(ctx, found, current, sub, lines, i)
        ):
            # The question's next part asked under the answer above it, its own answer below it: "2. If outsourced who
            # is the current provider ...? / The current provider is Civica. ... / a. Was this contract awarded via any
            # Frameworks e.g. CCS RM1063? / The original contract was awarded via OJEC back in 2003" (Oxleas NHS
            # Foundation Trust's letter). A reply's own lettered points under its answer ask nothing.
            asking = labelled_part = True
        # Capital letters as a numbered item's parts: "1. A list of the hospitals ... Please include the following /
        # A. Building name / B. Address / C. Type and degree of asbestos present" (a WhatDoTheyKnow request to
        # Birmingham Children's Hospital NHS Foundation Trust), a run from "A." with "B." below it ("A. 25" alone
        # under a question is its answer).
        if (
            sub is not None
            and current is not None
            and asking
            and "?" not in text
            and _sub_mark(sub) in _parts_named_inline(found[current].text)
        ):
            # The question names its parts inside its sentence, and the lettered lines under it answer them: "1.
            # Spending on agency staff (excluding bank staff) in 2023-24, b) the trust's agency cap in 2023-24, and c)
            # the trust's agency cap for 2024-25" over "a) Total agency 2023/24: 8,161,319.97 / b) As per NHSe cap /
            # c) As per NHSe cap" (Medway NHS Foundation Trust's disclosure log).
            sub = None
        if (
            sub is not None
            and current is not None
            and asking
            and (
                _LABELLED_FIGURE_RE.fullmatch(text, sub.start("text"))
                or _YEAR_LABELLED_RE.match(text, sub.start("text"))
            )
        ):
            # A label and its figure under the question are its answer, not its part: "1. How many blocked road drains
            # (as defined above) were reported to you in the following years? / a) 2021: 348 / b) 2022: 431 / c) 2023:
            # 691" (Wokingham Borough Council's page of answers).
            sub = None
        capital_part = None
        if sub is None and current is not None and asking and not letters_as_main:
            capital_part = _capital_part_at(found, current, text, lines, i)
        if current is not None and asking:
            bullet = _BULLET_RE.match(text)
            # Bullets under "Please provide the following details:" are questions of their own (•1, •2).
            if bullet and (
                not (
                    bullets_introduced
                    or _introduces_a_list(found[current].text, _printed(found[current]))
                    or _follows_up(bullet.group("text"), found[-1].number.startswith("•"))
                )
                or _LISTS_CATEGORIES_RE.search(found[current].text)
                or _LABELLED_FIGURE_RE.fullmatch(bullet.group("text"))
                or _PERIOD_BULLET_RE.fullmatch(bullet.group("text"))
            ):
                bullet = None
            if (
                sub
                and found[current].text.endswith("?")
                and "?" not in text
                and (
                    _STATES_A_COUNT_RE.search(text, sub.start("text")) is not None
                    or _REPLY_VOICE_PART_RE.search(text, sub.start("text")) is not None
                )
                and not (requester_messages and layout.by_requester(line.start))
            ):
                # The answer lettered under the question it answers, a count stated: "1. How many police officers are
                # employed by Cleveland Police? / a) Police officer FTE (Full Time Equivalent) is a total of 1514
                # officers." (Cleveland Police's log); no part a request asks reads so.
                sub = None
            if (sub or capital_part or bullet) and not _STATUTE_INTRO_RE.match(previous_text):
                item = sub or capital_part or bullet
                assert item is not None
                parent_number = _parts_parent(found[current])
                if sub:
                    number = _sub_mark(sub)
                elif capital_part:
                    number = capital_part.group("b")
                else:
                    bullets += 1
                    number = f"•{bullets}"
                j, end = _continuation(ctx, i, line.end)
                known_sub = first_index.get((parent_number, number)) if sub else None
                if known_sub is not None and _asked_again(
                    found[known_sub].text,
                    _question_words(text_of[line.start + item.start("text") : end]),
                    in_response_section,
                ):
                    # The reply repeats a question with its lettered parts, each above its answer ("FOI RESPONSE: /
                    # 1 - How many qualified social workers ... split by: / a. Children's Services social work roles
                    # / Headcount 67 Agency workers", the London Borough of Bromley on WhatDoTheyKnow): the part
                    # asked again, not a new one.
                    current, asking = known_sub, False
                    i = j
                    continue
                if sub and _FLATTENED_CELLS_RE.search(text_of, line.start + item.start("text"), line.end):
                    # a part's row of a flattened table, its figures after it (_FLATTENED_CELLS_RE), the row's wrapped
                    # cells running on to the next part: "a. How many were fully complied with, within the 21 day NHS
                    # guidelines. / 585 / (50%) / 581 / ... / b. How many ..."
                    j, end = i, line.end
                    while (
                        j < len(lines)
                        and lines[j].text.strip()
                        and not _SUB_RE.match(lines[j].text)
                        and not _MAIN_RE.match(lines[j].text)
                    ):
                        end = lines[j].end
                        j += 1
                    add_with_run_on_answer(
                        number, line.start + item.start("text"), end, layout.by_requester(line.start), parent_number
                    )
                else:
                    index = add(number, line.start + item.start("text"), end, parent=parent_number)
                    if labelled_part:
                        current = index  # answered under its own "Answer:-", below it
                labelled_part = False
                i = j
                continue
        if sub is not None and current is not None and in_response_section:
            # "1. ... managed in Confirm. / a. Confirm is supplied by Brightly": the answer to sub-question 1a.
            parent_number = _parts_parent(found[current])
            target = first_index.get((parent_number, _sub_mark(sub)))
            if target is not None:
                current, asking = target, False
                answer_start = line.start + sub.start("text")
                if not _asked_again(found[target].text, text_of[answer_start : line.end], in_reply=True):
                    answers[target].append(_piece(line, text_of, answer_start, line.end))
                # else the part asked again, its answer below (Bromley, as above)
                continue
        if (
            current is not None
            and asking
            and requester_messages
            and layout.by_requester(line.start)
            and _BULLET_RE.match(text)
        ):
            # The requester's bullets under a question asking of what they list answer nothing, and the question's
            # next part is still asked: "a) How many are on waiting lists across the Trust for assessment and diagnosis
            # of the following conditions? ... / - Autism / - ADHD / b) How often are diagnosis of autism ... added to a
            # patient's medical record ...?" (a WhatDoTheyKnow request to Oxleas NHS Foundation Trust)
            previous_text = text.rstrip()
            continue
        answer_line(line)
    if not found:
        # (no question of the loop's, so no answer region either)
        interleaved = (
            _bullets_each_answered(ctx)
            or _bullets_answered_by_number(ctx)
            or _bullets_restated_with_answers(ctx)
            or _bullets_answered_inline(ctx)
            or _labelled_pairs(ctx)
            or _bullets_answered_after_dash(ctx)
        )
        if interleaved is not None:
            return _records(ctx, *interleaved, {})
        return (
            _bullet_questions(ctx)
            or _question_lines(ctx)
            or _unmarked_request_lines(ctx)
            or _restated_items_opening_alike(ctx)
            or _request_of_questions_only(ctx)
            or _request_of_question_paragraphs(ctx)
            or _inline_lettered_request(ctx)
        )
    if requester_messages and not any(layout.by_requester(q.span["start"]) for q in found):
        requested = _bullets_of_another_list(ctx, found) or _more_unmarked_lines(ctx, found)
        if requested:
            return requested
        if _a_reply_s_own_list(ctx, found):
            return []
    if not any(_A_WORD_RE.search(q.text) for q in found):
        # Numbered rows of data, no word among them, ask nothing: "A number of payments have been made by Wirral
        # Council to CIPFA C.CO LTD ... listed and numbered below. / 1. 15/8/17 £13,860 / 2. 30/8/17 £5,700 / ..." (a
        # WhatDoTheyKnow request, asking in the sentence below them).
        return []
    restated = _bullets_restated_by_number(ctx, found, answers)
    if restated is not None:
        return _records(ctx, *restated, shared)  # (the restated items keep their places: first to last)
    return _records(ctx, found, answers, shared, replied=answered_in_a_list_again)


def _under_an_answer_label_alone(lines: list[Line], line: Line) -> bool:
    """Whether the line with text above ``line`` is an answer's label and nothing else ("Answer To Question 3:")."""
    above = text_line_above(lines, line.number)
    if above is None:
        return False
    label = _ANSWER_LABEL_RE.match(above.text)
    return label is not None and not above.text[label.end() :].strip(" \t*_:")
