"""A question's own words: where they run on across lines, where an answer printed on the same line starts, and
the cells of a question-and-answer table.
"""

from __future__ import annotations

import re

from ...scan import MONTHS, labels_re
from ...segment import RESPONSE_HEADING_RE, Layout, Line
from ..context import Context
from .marks import (
    _ANSWER_LABEL_RE,
    _ASKS_FURTHER_RE,
    _BULLET_RE,
    _CAPITAL_ITEM_RE,
    _FOLDED_CELL_RE,
    _FOLLOW_UP_RE,
    _JOINING_WORD_RE,
    _LETTERS,
    _MAIN_RE,
    _NUMBER_CELL_RE,
    _SPACED_NUMBER_RE,
    _SUB_RE,
    _TABLE_HEADER_RE,
    _b_follows,
    _is_structural,
    _letter_edges,
    _next_capital,
    _no_text,
    _text_start,
)


def _text_line_from(lines: list[Line], i: int) -> Line | None:
    """The first line from ``lines[i]`` on that has text."""
    return next((line for line in lines[i:] if line.text.strip()), None)


# Words that ask, anywhere in a paragraph between two items of a request (``_with_paragraphs_between``).
_ASKS_ON_RE = re.compile(
    r"\b(?:please|could you|can you|would you|provide|include|including|breakdown|broken down"
    r"|(?:i|we) (?:would|'d) like|(?:i|we) (?:am|are) (?:also )?(?:looking|seeking|requesting|asking))\b",
    re.I,
)


def _cell_offset(text: str, cell: str) -> int:
    """Where a cell's words start in its row; for a folded "1. question" cell, where the question starts."""
    words = cell.split(". ", 1)[-1] if _FOLDED_CELL_RE.match(cell) else cell
    index = text.find(words)
    return max(0, index - (len(cell) - len(words))) if index != -1 else 0


# Words after a question's last "?" that still ask ("? If yes, which?", "? (Yes/No)", "? Please list them."),
# rather than answer ("?Yes", "? Rosters have staffing levels set ...", "? Allocate two contracts.").
# A requester saying what a word of the question means ("By refused I mean:", a request on Northumbria Police's log):
# after the question mark it still asks (_STILL_ASKING_RE), and the lines under it define (_DEFINES_BELOW_RE).
_BY_I_MEAN = r"by (?:this|that|[\"'‘“]?\w+(?:[ -]\w+)?[\"'’”]?) (?:i|we) mean"
_STILL_ASKING_RE = re.compile(
    r"[a-z(\[\"'*);:,.\-]|(?i:(?:if|please|and|or|where|when|what|how|which|who|why|can|could|would|do|does|is|are"
    r"|was|were|has|have|including|for example|e\.g|i\.e|yes\s*/\s*no|y/n|note|again|also|specifically|in particular"
    # (the abbreviations without their stops: "2. Do you currently have any shared service arrangements? Ie Learning
    # Services, HR or Finance & Procurement", the request Northumbria Police's log restates)
    r"|ie|eg"
    r"|i am|i'm|i would|i'd|my"
    # "? Include a breakdown of staff and visitor/patient parking if possible." (a disclosure log of Barking,
    # Havering and Redbridge University Hospitals)
    r"|include|provide|state|list|give|supply|specify|indicate"
    # "...? This would relate to threats, abuse and concerns for the safety of the MP" (a request on North Yorkshire
    # Police's log): the requester saying what the question covers
    r"|this (?:would|should|will|may) (?:relate|refer|include|cover|mean)"
    # "1.How many hours have been lost due to hospital handover delays in 2022? This would be any delay outside the
    # hospital where ..." (the Scottish Ambulance Service's log)
    r"|this (?:would|should|will|may) be (?:any|all|every|each)"
    # "4. How much unpaid council tax debt ... was referred in total to debt enforcement agencies in the financial years
    # 2020/21, 2021/22 and 2022/23 combined? This should be one figure, combining all the debt enforcement agencies and
    # all three financial years" (a request on Herefordshire Council's published releases): what the answer should be
    r"|this (?:should|must|needs? to) be"
    r"|this (?:relates|refers|includes|covers|means)"
    # "2. What modules are included in the contract for the supply of Lambeth's EMS? Examples could include tablet
    # canvassing, automated boundary changes, online staffing app etc." (the London Borough of Lambeth's log)
    r"|examples? (?:could|would|might|may|can|should|include)|for instance"
    # "...? Time frame: Jan 2020 - Jan 2025." (a request to the PSNI quoted under "Request 2"): the period asked about
    r"|time ?frame|time period|period|date range"
    # "...(from 2013 till 2017)? The information / should be broken down by organization or company name, year per year"
    # (a WhatDoTheyKnow request Northumbria University's letter restates): how the answer should come
    r"|(?:the |this |that )?(?:information|details|data|figures|breakdown|results?)"
    r" (?:should|must|needs? to|ought to) be"
    # or said short: "3. How many legal claims have been lodged against the council relating to damage caused by
    # potholes in the last three years? Broken down by years as above." (a request on the Moray Council's log)
    r"|(?:broken|split) down by|(?:a )?breakdown by"
    # "... how many FOI requests has Northumbria Police refused - fully and partially (separate figures please)? By
    # refused I mean:" above the lines defining it (the request restated on Northumbria Police's log)
    rf"|{_BY_I_MEAN}"
    # "8. The responsible contract officer for each of the contracts above? Full name, job title, contact number and
    # direct email address." (a round-robin request on contracts, restated on Northumbria Police's log and in the
    # Scottish Public Pensions Agency's review): the details the question wants, not a reply naming someone
    r"|full names?|names?(?:,| and) (?:job )?titles?)\b)"
)


_ANSWER_ON_LINE_RE = re.compile(r"A(\d{1,3})\s*[/:]\s*(?=\S)")


def _labelled_answer_next(lines: list[Line], i: int) -> bool:
    """Whether the next line with text from ``lines[i]`` on opens with an answer's label ("Response:", "A1")."""
    following = _text_line_from(lines, i)
    return following is not None and _ANSWER_LABEL_RE.match(following.text) is not None


# A questionnaire's blank for the answer, after the question mark: "Please state the name of the Authority?
# [__________]", "... charging points in your district? [YES or NO, If so how many?__________]", "... to buy electric
# vehicles? Please Comment:______" (a survey sent to every council, on East Hertfordshire District Council's log).
_FORM_BLANK_RE = re.compile(
    r"(?<=\?)[ \t]*(?:\[[^\]\n]*(?:_{3}|\b(?:yes|no)[ \t]*(?:or|/)[ \t]*(?:yes|no)\b|\bplease comment\b)"
    r"|please comment\b[^\n]*_{3})",
    re.I,
)


# The request's closing terms after the last question's stop, on its line where a PDF's text ran the page together:
# "3. Please break down the data to questions 1 and 2 by hospital. I would like the above information to be provided
# to me in electronic format. If this request is too wide or unclear, ... Our Response to your specific request
# Although NHS Resolution may hold ..." (NHS Resolution's letter, one line): none of it is the question's words.
_TERMS_AFTER_QUESTION_RE = re.compile(
    # (not how the question wants its figures: "... in each of the past four years? I would prefer this information
    # broken down by facility and year." (NHS Greater Glasgow and Clyde's letter restating the request)
    r"(?<=[.?!])[ \t]+(?=I would (?:like|prefer) (?:the above |this |the )?information\b"
    r"(?![ \t]+(?:to be[ \t]+)?(?:broken down|split|separated|by|for each)\b)"
    r"|If (?:this|my) request is too (?:wide|broad)\b|If any of (?:this|the) information is already\b"
    r"|Our response to your\b"
    # (or a question's answer heading: "2. What is the total number of art owned by the Local Authority ... currently on
    # display. Question 1 Response The information you requested is being withheld ...", Coventry City Council's letter)
    r"|Question \d{1,2}[a-z]? (?:Response|Answer)\b|(?:Response|Answer) to (?:question|Q) ?\d)"
    # (or the reply's heading after a dash ending the last question's line, a page's list of headings flattened: "3.
    # Individuals Affected (if recorded) - Decision" over the answers, Lincolnshire County Council's published
    # response, its request under "- Request")
    # (or glued to its stop: "... the guidance provided by police Scotland.- Response" over the answers, the Scottish
    # Ambulance Service's log)
    r"|(?:[ \t]+|(?<=[.?!]))[-\u2013][ \t]+(?=(?:Decision|Response|Our response)[ \t]*:?[ \t]*(?:\n|$))",
    re.I,
)


def _question_words_end(text: str, start: int, end: int) -> int:
    """Where the question at ``text[start:end]`` ends before a blank left for its answer, or before the request's
    closing terms run on after it (``end`` if neither)."""
    blank = _FORM_BLANK_RE.search(text, start, end) or _TERMS_AFTER_QUESTION_RE.search(text, start, end)
    return blank.start() if blank is not None else end


def _answer_after_question(text: str, start: int, end: int, number: str, by_requester: bool) -> tuple[int, int] | None:
    """Where a question ends and its answer starts on the same line: at the answer's own label ("Q1 / Please supply a
    copy of the latest Workforce Change StrategyA1 / Empath do not have ...", Nottingham University Hospitals), else
    after the question mark (below) unless the line is the requester's."""
    for label in _ANSWER_ON_LINE_RE.finditer(text, start + 1, end):
        if label.group(1) == number:
            return label.start(), label.end()
    if by_requester:
        return None
    mark = text.rfind("?", start, end)
    if mark == -1:
        return _answer_after_dash(text, start, end)
    found = _answer_after_question_mark(text, start, end)
    if found is None and (dash := _REPLY_VOICE_DASH_RE.search(text, mark + 1, end)) is not None:
        # The question's note after its mark, then the dash and the answer: "1. Has the council experienced an
        # attempted cyber-attack in 2019? Please answer yes or no. – we neither confirm or deny that this information
        # is held in accordance with Section 31(3) ..." (Devon County Council's log)
        return dash.start(), dash.end()
    return found


# A dash, then words that answer rather than ask: "Question 2: Breakdown by Divisional area of above – see above.",
# "Question 8: Any injuries to crew as a result 11th July bonfires. – No injuries have occurred to personnel over the
# last 5 years.", "Question 6: ... – N/A" (Northern Ireland Fire and Rescue Service). Not a dash inside the question
# ("Total spend – broken down by year").
# "1. Please supply patient's information ECT leaflet - attached" (Sussex Partnership NHS Foundation Trust).
# After the question's mark and a note of its own, a dash and the reply's voice: see _answer_after_question.
_REPLY_VOICE_DASH_RE = re.compile(r"[ \t][-–][ \t]*(?=we (?:neither|can(?:not)?|do not|don't|are unable|hold)\b)", re.I)
_ANSWERING_DASH_RE = re.compile(
    r"[ \t][-–][ \t]*(?=(?:see (?:above|below|table|attached|appendix|annex|enclosed)|(?:attached|enclosed)\b"
    r"|N/?A\b|nil\b|none\b|"
    r"not applicable\b|please note\b|no [a-z]+ (?:have|has|were|was|are|is)\b|(?:yes|no)\b[.,;]))",
    re.I,
)


# Or no dash at all, the answer in another typeface the text lost: "3.Please supply any ECT reports/investigations
# n/a", "2.Please supply patient ECT consent form Please see additional text at foot of this email" (Northamptonshire
# Healthcare NHS Foundation Trust, its "responses in emboldened italics"); after the question mark too ("... outside
# the NHS and CCG? n/a"), in lower case, yet asking no more.
_NOT_APPLICABLE = r"n/a"
_NOT_APPLICABLE_RE = re.compile(rf"{_NOT_APPLICABLE}\.?", re.I)
# Or, after the item's full stop, a sentence saying there is none: "3. Please supply any ECT reports/investigations.
# There are no reports/ investigations" (North Staffordshire Combined Healthcare NHS Trust, its other answers after
# the question marks); not the request's own "There is no need to ...".
# Or, after the bracket closing the item's period, a figure alone or words that withhold: "1. Volume of requests for
# F2F interpreting for spoken languages last 12 months (July 2024 to June 2025) 5775", "2. Spend on F2F interpreting ...
# (July 2024 to June 2025) Commercially sensitive information Section 43 applied (see below)" (Central London Community
# Healthcare NHS Trust's log, its table's two cells a line); not a year ("(by month) 2021").
_ANSWER_RUN_ON_RE = re.compile(
    rf"[ \t](?:(?={_NOT_APPLICABLE}[ \t.]*$)|(?=Please (?:see|refer to)\b))"
    r"|(?<=\.)[ \t]+(?=There (?:is|are|was|were|has been|have been) no (?!need\b))"
    # or a sentence in the reply's voice: "2. Please list the Social Media programmes used by your Trust (i.e. ... I do
    # not need individual account details). The Trust uses Twitter, Facebook, Instagram and Linkedin.", "1. Please
    # provide me with a copy of your Trust's Social Media Governance Policy ... Please find attached the ... policy"
    # (Royal Surrey County Hospital NHS Foundation Trust's published response, each answer on its question's line)
    r"|(?<=\.)[ \t]+(?=The (?:Trust|Council|University|Authority|Board|Force|Service|College)(?:['\u2019]s)?"
    r"[ \t]+(?:uses|has|holds|does|is|can|current)\b|Please find (?:attached|enclosed)\b)"
    # Or after a colon ending the item's words, a figure alone: "1. Please provide the total number of social houses
    # owned by your council: 2526" (Wokingham Borough Council's log, each answer on its question's line); not a year
    # ("... for the following year: 2023")
    r"|:[ \t]+(?=(?!(?:19|20)\d\d[ \t]*$)£?\d[\d,]*(?:\.\d+)?%?[ \t]*$)"
    r"|(?<=\))[ \t]+(?=(?!(?:19|20)\d\d[ \t]*$)£?\d[\d,]*(?:\.\d+)?%?[ \t]*$"
    r"|(?:Commercially sensitive|Exempt\b|Not held\b|Information (?:is )?not held\b|Nil\b|None\b)"
    # or "Yes" or "No" alone ending the line: "1. Has any of the Trust's IT equipment been infected by so-called
    # "ransomware" (... examples include Cryptolocker, Cryptowall, CryptoDefense, Locky) No." (Royal Surrey County
    # Hospital NHS Foundation Trust's published response)
    r"|(?:Yes|No)[.!]?[ \t]*$)"
)
# Words after the question mark pointing to what the request cites, its link lost: "... whether to prosecute motorists
# found speeding? Section 9.6 has the relevant table and can be found here:" (quoted in Cumbria Constabulary's reply).
_POINTS_TO_RE = re.compile(r"\b(?:here|below|at|link|following)\W*$", re.I)


# Or a table's row flattened with " / " between its cells, the question its first cell and the figures after it: "1)
# The number of Subject Access Requests received by the trust annually. / 1168 / 1103 / 1058 ..." under "2005 / 2006 /
# 2007 ..." (Basingstoke and North Hampshire Hospitals NHS Foundation Trust's letter). The cell before ends in a word or
# a stop, not a figure: "figures for 2018 / 2019" asks for two years.
_FLATTENED_CELLS_RE = re.compile(r"(?<=[A-Za-z.)])[ \t]+/[ \t]+(?=[£]?\d[\d,]*(?:\.\d+)?%?\*?[ \t]*(?:/|\n|$))")


def _answer_after_dash(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the question, start of the answer) where a reply runs its answer on after a dash, or None."""
    dash = (
        _ANSWERING_DASH_RE.search(text, start, end)
        or _ANSWER_RUN_ON_RE.search(text, start, end)
        or _FLATTENED_CELLS_RE.search(text, start, end)
    )
    if dash is None:
        return None
    return dash.start(), dash.end()


# After the question mark, a dash and a figure or a word that answers: "4.How many ECT in 2022? - 62" (Leicestershire
# Partnership NHS Trust); not a dash that goes on asking ("? - if so, which?").
# The question's own note in brackets may come first: "1. How many hospices do you allocate grant funding to as a CCG?
# (these may be within your geographical area or they provide services to your area) - 2" (NHS Sheffield CCG).
# Or a dash and words in the reply's voice that do not ask: "2. What grant funding ... (2019/2020)? – Hospice 1
# £2,555,838, Hospice 2 £30,000" (the same).
_ANSWERING_DASH_AFTER_MARK_RE = re.compile(
    r"(?P<note>[ \t]*\([^()\n]{1,200}\))?[ \t]*[-–][ \t]*"
    r"(?=[£$]?\d[\d,.]*%?(?:[ \t]|$)|(?:see|yes|no|n/?a|nil|none)\b|(?P<words>(?-i:[A-Z])))",
    re.I,
)
# (or the note, then a figure alone ending the line, no dash between: "4. What was the average length of stay for a
# patient? (specifically for female if possible) 2.25", Royal Surrey County Hospital's disclosure log)
# (its unit after it: "What is your LA's 2020/21 Nursing Fee Base Rate be? (excluding FNC) £643 weekly", Bedford
# Borough Council's reply by email)
_FIGURE_AFTER_NOTE_RE = re.compile(
    r"(?P<note>[ \t]*\([^()\n]{1,200}\))[ \t]+[£$]?\d[\d,.]*%?"
    r"(?:[ \t]+(?:weekly|monthly|annually|yearly|daily|hourly|per (?:week|month|annum|year|day|hour|night)"
    r"|a (?:week|month|year|day)|pw|pa))?[ \t.]*$"
)

# (a question's examples, a full stop, then a few words: the answer)
_EXAMPLE_THEN_ANSWER_RE = re.compile(r"(?:e\.g\.|i\.e\.|for example\b)[^?]*\.[ \t]+[A-Z0-9£]\S*(?:[ \t]+\S+){0,5}$")


def _answer_after_question_mark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a question ends and an answer printed on after it starts, when a reply runs them together ("1. Does
    the trust currently use rostering software?Yes", "... staff rotas? Rosters have staffing level shift
    requirements set ..."): (end of the question, start of the answer), or None."""
    mark = text.rfind("?", start, end)
    if mark == -1:
        return None
    rest = text[mark + 1 : end]
    words = rest.strip()
    dash = _ANSWERING_DASH_AFTER_MARK_RE.match(rest)
    if dash is not None and (
        dash.group("words") is None or (not _STILL_ASKING_RE.match(rest, dash.end()) and not words.endswith("?"))
    ):
        return mark + 1 + dash.end("note") if dash.group("note") else mark + 1, mark + 1 + dash.end()
    if _NOT_APPLICABLE_RE.fullmatch(words):
        return mark + 1, mark + 1 + len(rest) - len(rest.lstrip())
    figure = _FIGURE_AFTER_NOTE_RE.match(rest)
    if figure is not None:
        answer = figure.end("note")
        return mark + 1 + answer, mark + 1 + answer + len(rest[answer:]) - len(rest[answer:].lstrip())
    if words and _EXAMPLE_THEN_ANSWER_RE.match(words) and not _STILL_ASKING_RE.match(words.rsplit(". ", 1)[-1]):
        # The question's example runs to its full stop, and a short answer follows: "... how long is the discounted
        # period? e.g. The FPN / will be discounted to £50 if paid within 10 days. No" (Dundee City Council)
        full_stop = text.rindex(". ", mark, end)
        return full_stop + 1, full_stop + 2
    if not words or words.endswith("?") or _STILL_ASKING_RE.match(words) or _ASKS_FURTHER_RE.search(words):
        return None
    if _ASKS_AGAIN_RE.search(words):
        return None
    if words.endswith(":") and _POINTS_TO_RE.search(words):
        return None
    return mark + 1, mark + 1 + len(rest) - len(rest.lstrip())


# Or a later sentence that asks again, the page cut before its question mark: "1. What is the "psychosocial response
# group," which is credited on the cover of the pamphlet? I have searched for the term on the site and nothing comes up.
# How many people are members of this group, and what are their professional qualifications and/or medic" (Oxford
# Health NHS Foundation Trust's reply quoting the request, on the requester's blog).
_ASKS_AGAIN_RE = re.compile(r"[.!][ \t]+(?:How (?:many|much)|What|Which) [^.!?]{10,}(?:\?|$)")


_OFFERS_OPTIONS_RE = re.compile(r"\b(?:one|any|each) of the following\b", re.I)
_DATE_ONLY_RE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)? (?i:{labels_re(MONTHS)}),? \d{{4}}\W*")


def _date_only(text: str) -> bool:
    return _DATE_ONLY_RE.fullmatch(text.strip(" *_")) is not None


_LEAD_IN_ASKS_RE = re.compile(r"\b(?:what|how many|which|please provide|the number of)\b[^:]*:$", re.I)


def _only_a_lead_in(lines: list[Line]) -> bool:
    """One line under a heading-like question that asks for the list below it ("... what were the number of 16-24
    year olds who:"), taken for an answer until the list starts again from 1."""
    return len(lines) == 1 and _LEAD_IN_ASKS_RE.search(lines[0].text.rstrip()) is not None


_ITEM_ASKS_RE = re.compile(r"please (?:supply|provide|send|confirm|state|advise|list|give)\b")


def _named_a_question(m: re.Match[str]) -> bool:
    """Whether an item's marker calls it a question ("Question 1 - ", "Request 2:"): under a reply's heading its words
    are the question restated, asking or not. The NHS Business Services Authority's reply, under "Our response":
    "Question 1 - All pharmacy or contractor staff involved / I am writing to advise you that the information you
    requested is not held". Not "Q1 – No", an answer keyed by its question's number."""
    return (
        "qnum" in m.re.groupindex
        and (m.group("qnum") is not None or m.group("qword") is not None)
        and m.group(0).lstrip("*_ \"'").lower().startswith(("question", "request"))
    )


def _asks_as_an_item(text: str) -> bool:
    """A list item that asks: a question mark, or a question's or a request's opening words."""
    lowered = text.lower()
    return (
        text.rstrip(" *").endswith("?")
        or _QUESTION_OPENING_RE.match(lowered) is not None
        or _ITEM_ASKS_RE.match(lowered) is not None
    )


# The reply's sentence opening its answers, between the request it restates and the answers numbered like it: "Your
# request for information has now been considered and I can confirm that the information you seek is held by Cumbria
# Constabulary and I have today decided to disclose this to you. / 1) Cumbria Constabulary does apply ..."
_REPLY_PREAMBLE_RE = re.compile(
    r"\b(?:has|have) (?:now )?been considered\b|\bdecided to disclose\b|\b(?:our|my) (?:response|answers?) "
    r"(?:is|are) (?:as follows|set out below)\b",
    re.I,
)


def _only_a_reply_preamble(lines: list[Line], text: str) -> bool:
    """Whether an answer's lines are one paragraph of the reply opening its answers (``_REPLY_PREAMBLE_RE``)."""
    start, end = lines[0].start, lines[-1].end
    return "\n\n" not in text[start:end].strip() and _REPLY_PREAMBLE_RE.search(text, start, end) is not None


# A range of questions a line is about: "Refusal Notice – Q1-3", "In relation to Q1 to Q3 we believe that the cost of
# complying ...", "Questions 5 - 7".
_QUESTION_RANGE_RE = re.compile(
    r"\b(?:Q|questions?[ \t]*)(?P<first>\d{1,2})[ \t]*(?:-|\u2013|to)[ \t]*(?:Q[ \t]*)?(?P<last>\d{1,2})\b", re.I
)


def _about_other_questions(line: str, number: str) -> bool:
    """Whether ``line`` heads, or opens, what is said about a range of questions that leaves out question ``number``:
    the answer region of ``number`` ends there."""
    if not number.isdigit():
        return False
    m = _QUESTION_RANGE_RE.search(line, 0, 40)
    return m is not None and not int(m.group("first")) <= int(number) <= int(m.group("last"))


def _next_number_cut_off(line: Line, number: str, text: str) -> bool:
    """Whether ``line`` is the next question's number alone, the text cut after it: "20. If so what was the
    conclusion? / 21" ending Sussex Partnership NHS Foundation Trust's reply as a document site kept it."""
    return number.isdigit() and line.text.strip() == str(int(number) + 1) and not text[line.end :].strip()


def _piece(line: Line, text: str, start: int, end: int) -> Line:
    """Part of ``line``, text[start:end], as a line of an answer region ("1. 1,482 referrals" -> "1,482 referrals")."""
    return Line(line.number, start, end, text[start:end])


def _row_cells(text: str) -> list[str]:
    """The cells of a pipe-table row, stripped, empty ones kept ("| a || b |" -> ["a", "", "b"])."""
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def _is_table_header(text: str) -> bool:
    """A pipe-table header or rule row ("Question | Response", "---------|---------")."""
    cells = _row_cells(text)
    return len(cells) >= 2 and all(_TABLE_HEADER_RE.fullmatch(cell) for cell in cells)


def _table_cells(text: str) -> list[str]:
    """The non-empty cells of a pipe-table row ("| 1. Name of system | Liquidlogic |"), else [].

    A leading number column ("| 1 | How many ...? | 9,412 |") is folded into the question cell.
    """
    if not (text.startswith("|") and text.count("|") >= 2):
        return []
    cells = [cell for cell in _row_cells(text) if cell]
    if not cells or all(_TABLE_HEADER_RE.fullmatch(cell) for cell in cells):
        return []
    if len(cells) >= 2 and _NUMBER_CELL_RE.fullmatch(cells[0]):
        cells = [f"{cells[0].rstrip('.)').removeprefix('Q').strip()}. {cells[1]}", *cells[2:]]
    return cells


# A requester's note between the questions, which no reply writes: "1b. A breakdown of the type of incapacitant
# spray/taser that was deployed. / *Further clarification: when I refer to "deployment", this includes a taser being
# drawn from its holster without being fired / 2a. ..." (South Wales Police's disclosure log).
# Or "To further clarify 3): If you have a flag in your record keeping system which relates to misuse of AI please use
# that to classify cases." under the request's third item (the University of East Anglia's log).
_REQUESTERS_NOTE_RE = re.compile(
    r"[*_ \t]*(?:(?:further |additional )?clarification[ \t]*:"
    r"|to (?:further )?clarify (?:(?:question|point|item|q)[ \t]*)?\d{1,2}[a-z]?\)?[ \t]*:)",
    re.I,
)
# Nor the request asking for more under its last item, which a reply restating it keeps: "16. Public transport
# billboards / Can you also provide an example of an ad in each of the above formats. / For the online forms of
# advertising, can you also tell me how many clicks each advertisement received." (Glyndwr University's letter on
# WhatDoTheyKnow, cut before its answers).
_ASKS_FOR_MORE_RE = re.compile(
    r"[ \t]*(?:[A-Z][^.?!\n]{0,80}?,[ \t]*)?(?:can|could|would|will) you also (?:please )?"
    r"(?:provide|tell|send|supply|give|list|confirm|let me know)\b",
    re.I,
)
# A line opening an example or a note under a question is no more of its words ("4. The renewal date or contract
# length of the licenses held" over "For Example:", South Tyneside Council quoting a request).
_ASIDE_LABEL_RE = re.compile(r"[*_ ]*(?:for example|e\.g\.|example|please note|note)\b[^\n]{0,3}:", re.I)
# Nor the request's closing courtesy under its last item, printed without a stop ("2. The total amount spent on the
# installation and maintenance of CCTV cameras in the 2020 calendar year / If you require any clarification on the
# above requests, please let me know.", a WhatDoTheyKnow request to the City of Bradford Metropolitan District Council).
_CLOSING_COURTESY_RE = re.compile(
    r"[ \t]*(?:if you (?:require|need|have) any (?:clarification|further (?:information|details)|questions)"
    r"|(?:many )?thanks (?:in advance|for your (?:help|time|assistance))"
    r"|thank you (?:in advance|for your (?:help|time|assistance)))\b",
    re.I,
)


# A reply's own voice opening a line: the answer under a question printed without a stop ("3. Please supply any ECT
# reports/investigations / The Trust can confirm that there are no report/investigations.", Essex Partnership
# University NHS Foundation Trust; "... Investigations are only carried out by ...", under the same request to
# another trust, is not caught). Or pointing to what goes with it, or saying none is held: "3. Any data collected on
# people residing in unconventional accommodation types such as temporary structures / See attached file." (Wokingham
# Borough Council's page, each answer under its question); a question's words run on in lower case.
_REPLY_OPENING_RE = re.compile(
    r"[ \t]*(?:The (?:Trust|Council|University|Authority|Board|Department|Force|Service|College|Commission|Ministry"
    r"|Office|Agency|Executive)|We (?:can|do|have|are|hold|would|confirm)|I (?:can|am|have)"
    r"|(?:Please )?(?:See|see|find) (?:the )?(?:attached|enclosed)"
    r"|No (?:information|data|records?) (?:is |are )?held)\b"
)


# The words that carry on a sentence cut by a page's line: a lower-case word, two more after it ("safety
# education'." is one word and a stop, so the words may end in punctuation); or one last word that ends the
# sentence ("2. What is the difference between DPG18/Price Group 5 funding and money spent on ASN / (blank) /
# courses/support?”", a request quoted in a Scottish Information Commissioner's decision).
_RUNS_ON_RE = re.compile(r"[a-z][a-z'’-]*(?:[ \t]+\S+){1,}|[a-z][\w/'’-]*[?.!][\"”'’]?[ \t]*$")
_FULL_LINE = 45  # characters of a question's line that reach across the page: shorter, it ended there


def _wrapped_across_blank_lines(lines: list[Line], i: int, previous: str) -> int | None:
    """The line after the blank lines from ``i`` when it carries on the question's sentence, else None. A PDF turned
    to text may put blank lines inside a wrapped line: "Question 3: Number of events/school briefings/programmes in
    relation to 'bonfire / (blank) / (blank) / safety education'." (Northern Ireland Fire and Rescue Service). The
    question's line reaches across the page, or fills a narrow column (``_wrapped_to_a_column``), and stops on a word;
    the line below opens in lower case."""
    # (or at a comma, the clause going on: "1: The current policy of Brighton Council regarding monitoring of /
    # (blank) / nuclear radiation levels in the local environment of the Borough, / (blank) / including local seawater
    # and beaches.", a request Brighton and Hove City Council's reply quotes)
    if not (previous[-1:].isalpha() or previous.endswith(",")):
        return None
    j = i
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j == len(lines) or j - i > 2:
        return None
    text = lines[j].text
    if len(previous) < _FULL_LINE and not _wrapped_to_a_column(previous, text):
        return None
    return j if _carries_on(text) else None


def _follow_up_below_a_blank(lines: list[Line], i: int, previous: str) -> Line | None:
    """The follow-up of a yes/no question a paragraph of its own below it, a line that asks: "Q1. Does your Local
    Authority have a transit site ...? / (blank) / If No, are you considering the development of a transit site? /
    (blank) / If Yes: / (blank) / Q2. How many caravans ...?" (Thurrock Council's disclosure log); None otherwise. An
    answer stands between a question and the follow-up a reply answers, and no reply's paragraph asks so."""
    if not previous.endswith("?"):
        return None
    j = i
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j == len(lines) or j - i > 2 or (j + 1 < len(lines) and lines[j + 1].text.strip()):
        return None
    text = lines[j].text.strip()
    return lines[j] if text.endswith("?") and _FOLLOW_UP_RE.match(text) is not None else None


def _carries_on(text: str) -> bool:
    """Whether a line's words carry on the sentence above (``_RUNS_ON_RE``), not a list's mark ("a.", "ii)")."""
    return _RUNS_ON_RE.match(text) is not None and not _SUB_RE.match(text) and not _BULLET_RE.match(text)


# A sub-question's mark alone on its line, its words below: "a) " (a PDF table's first column read as text)
_LONE_SUB_MARK_RE = re.compile(r"[ \t]*\(?(?:[a-h]|[ivx]{1,4})[.)][ \t]*")
_LONE_MARK_WIDTH = 10  # characters a line of a mark alone may hold, its spaces counted


_ENDS_WITH_JOINING_WORD_RE = re.compile(r"[ \t](?:of|for|in|on|to|and|or|with|from|by|at|the|a|an)$", re.I)
_UNWRAPPED_LINE = 120  # characters: emails wrap at 72-80, PDF text at about 100


_NARROWEST_COLUMN = 30  # characters: a line shorter than this ended where it did


def _wrapped_to_a_column(line: str, next_line: str) -> bool:
    """Whether ``line`` was wrapped to a narrow column that ``next_line`` carries on in lower case: the next line's
    first word would not have fitted on it ("3) The overall number of EU academic staff / currently working at Liverpool
    John Moores (this / one is less important)", a question in a PDF table's column, Liverpool John Moores University's
    reply). Not a table's two cells read across ("procure a / comprised"): that line is short."""
    words = next_line.split(maxsplit=1)
    return (
        len(line) >= _NARROWEST_COLUMN
        and bool(words)
        and words[0][:1].islower()
        and _unfinished(line)
        and len(line) + 1 + len(words[0]) > len(next_line.rstrip())
    )


def _unfinished(line: str) -> bool:
    """Whether ``line`` stops short of a sentence's or a clause's end (its closing quotes and emphasis aside)."""
    return not line.rstrip("\"'*_)").endswith((".", "?", "!", ":", ";"))


_WRAP_SLACK = 10  # characters of room a wrapped line may leave at its end (a long word, ragged wrapping)


def _room_left_for(ctx: Context, end: int, next_line: str) -> bool:
    """Whether the line as read that ends at ``end`` left room for ``next_line``'s first word, in a text clean found
    hard-wrapped (``CleanText.wrap_width``), ``_WRAP_SLACK`` aside: a line break a wrap did not make."""
    width = ctx.clean.wrap_width
    words = next_line.split(maxsplit=1)
    if width is None or not words:
        return False
    return ctx.clean.raw_line_length(end) + 1 + len(words[0]) + _WRAP_SLACK < width


def _longer_than_wrapping_allows(line: str, next_line: str) -> bool:
    """Whether ``next_line`` is longer than ``line``, its first word and a space: ``line`` was not wrapped there."""
    words = next_line.split(maxsplit=1)
    return bool(words) and len(next_line.rstrip()) > len(line.rstrip()) + 1 + len(words[0])


_FIELD_LIST_RE = re.compile(r"[a-z][^:?\n]*,[^:?\n]*,[^:?\n]*")
# Or capitalised names under "include:" (an answer under a question's colon would be capitalised too, so only there):
# "1. 2023/24 IT Department Documents ;- these types of documents have detailed information on the department's future
# plans and strategies. These documents include: / ICT Strategy/Plan, ICT Department Plan, ICT Financial Plan" (Public
# Health Wales's disclosure log)
_INCLUDES_INTRO_RE = re.compile(r"\b(?:include|includes|including|such as)[ \t]*:$")
_NAME_LIST_RE = re.compile(r"[A-Z][^:?.\n,]{0,40}(?:,[ \t]*[A-Z][^:?.\n,]{0,40}){2,}")
# A field a line, under a request's "Please include:": "2. In a separate tab I would like details of each wildfire
# incident. Please include: / Date of incident / Time of day incident reported / Incident duration (minutes) / ..." (a
# WhatDoTheyKnow request to Hereford and Worcester Fire and Rescue Service). A field has no stop, colon or figure; a
# reply's answers under a quoted question ("January 5") have figures, and are not the requester's.
_FIELD_LINE_RE = re.compile(r"[ \t]*[A-Za-z][^:;.?!\d\n]*[A-Za-z)][ \t]*")
_INTRODUCES_FIELDS_RE = re.compile(
    r"\b(?:include|including|showing|broken down by|as follows|the following)[ \t]*:$", re.I
)
_FEWEST_FIELD_LINES = 2
# "3. How many Retained Duty System employees have joined your organisation for the periods of: / 2010 / 2011 / 2012
# / 2013 To date" (a WhatDoTheyKnow request to North Wales Fire and Rescue Service): the periods, a line each, finish
# the question.
_PERIOD_LINE_RE = re.compile(
    r"[ \t]*(?:19|20)\d\d(?:[/-]\d{2,4})?(?:[ \t]+(?:to date|to present|onwards|so far))?[ \t]*", re.I
)


_YEAR_FIRST_RE = re.compile(r"(?:19|20)\d\d(?!\d)")
_PLEASE_ASKS_RE = re.compile(
    r"[ \t]*please (?:also )?(?:indicate|supply|provide|send|confirm|state|advise|list|give|explain|specify)\b",
    re.I,
)
_OFFERED_ANSWERS_RE = re.compile(
    r"[ \t]*yes[ \t]*/[ \t]*no(?:[ \t]*/[ \t]*(?:n/a|unsure|don't know))?[ \t]*\.?[ \t]*", re.I
)
_ANSWER_OPTION_RE = re.compile(r"[ \t]*(?:yes|no|n/a|don't know|not sure)[ \t]*[.]?[ \t]*", re.I)


def _field_lines_below(ctx: Context, lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is one of the fields a request's line introduces ("... Please include:"), a field a line
    (_FIELD_LINE_RE), at least two of them together, in the requester's own words."""
    if not _FIELD_LINE_RE.fullmatch(lines[i].text) or not ctx.layout.message_at(lines[i].start).from_requester:
        return False
    first = i
    while first > 0 and _FIELD_LINE_RE.fullmatch(lines[first - 1].text):
        first -= 1
    if first == 0 or not _INTRODUCES_FIELDS_RE.search(lines[first - 1].text.rstrip()):
        return False
    fields = lines[first : first + _FEWEST_FIELD_LINES]
    return len(fields) == _FEWEST_FIELD_LINES and all(_FIELD_LINE_RE.fullmatch(line.text) for line in fields)


_IF_OPTION_RE = re.compile(r"[ \t]*if (?P<option>[a-z]{3,})[ \t]*,", re.I)


def _conditions_an_alternative(previous: str, line: str) -> bool:
    """Whether ``line`` opens "If <word>," on a word ``previous`` named as one of two alternatives ("internal or
    external", "external or internal")."""
    m = _IF_OPTION_RE.match(line)
    if m is None:
        return False
    option = re.escape(m.group("option").lower())
    return re.search(rf"\b(?:\w+ or {option}|{option} or \w+)\b", previous.lower()) is not None


_EXAMPLES_IN_BRACKETS_RE = re.compile(
    r"[ \t]*\((?:e\.?[ \t]?g\b\.?|i\.?[ \t]?e\b\.?|for example\b|for instance\b|such as\b)", re.I
)


def _continuation(ctx: Context, i: int, end: int, spaced: bool = False) -> tuple[int, int]:
    """Lines that continue a question (a wrapped question), up to a blank line or anything structural; ``spaced``:
    the list numbers its items "1 The ...", so such a line is the next item."""
    lines = ctx.layout.lines
    first = lines[i - 1]  # the question's (first) line
    capital = _CAPITAL_ITEM_RE.match(first.text)  # a capital-lettered item's, whose next letter is the next item
    if i >= len(lines):
        return i, end
    previous = ctx.text[first.start : end].rstrip()
    if not lines[i].text.strip():
        after_blanks = _wrapped_across_blank_lines(lines, i, previous)
        if after_blanks is None:
            body = (
                _follow_up_below_a_blank(lines, i, previous)
                or _heading_body_below_a_blank(ctx.layout, first, i)
                or _list_introduction_below_a_blank(ctx, first, i)
            )
            if body is not None:
                return body.number + 1, body.end
            return i, end  # a blank line right after: nothing continues it (most questions)
        i = after_blanks
    emphasised_question: bool | None = None  # asked of the styles only if a line gets that far
    edges: set[int] | None = None  # the lines where a letter ends or begins, likewise
    in_fields = False  # the line above is one of the fields a line the question asks for (_field_lines_below)
    defining = False  # the question went on to define what it asks about, a line each (_DEFINES_BELOW_RE)
    while i < len(lines):
        line = lines[i]
        if not line.text.strip():
            # and again further down, each wrapped line a paragraph: "3) The number of people who answered 'Yes' to the
            # question "Do you / (blank) / agree that our proposal to make this arrangement permanent meets the /
            # (blank) / needs of our patients?"" (the Scottish Information Commissioner's decision on NHS Greater
            # Glasgow and Clyde, quoting the request)
            after_blanks = _wrapped_across_blank_lines(lines, i, previous)
            if after_blanks is None:
                break
            i = after_blanks
            continue
        # A wrapped question runs on mid-sentence; a new sentence on a new line is the answer or an aside,
        # except the follow-up of a yes/no question ("...tool?\nIf yes, was the ransom paid?").
        follow_up = bool(_FOLLOW_UP_RE.match(line.text)) or (
            # A question with no stop, its request going on: "Q4 Does your institution have any system ... as
            # recommended for example in the government guidance document Promoting Good Campus Relations / Please
            # indicate what procedures or policy exist ..." (a request the University of Winchester quoted under its
            # refusal); no reply opens by asking so. Not after a short line, which ended its item ("3. Noise Abatement
            # Notice issued / Please provide the guidance ...", a request's next paragraph).
            len(previous) >= _FULL_LINE and _unfinished(previous) and _PLEASE_ASKS_RE.match(line.text) is not None
        )
        # or a condition on one of the alternatives it named: "b) If legal advice was sought, please confirm whether
        # this was internal or external advice. / If external, which legal firm provided the advice." (a WhatDoTheyKnow
        # request to Carmarthenshire County Council)
        follow_up = follow_up or _conditions_an_alternative(previous, line.text)
        # or the answers it offers, on the line under it: "5. Have you reported any sexual assaults to the police 2021
        # to date? / Yes/No" (a WhatDoTheyKnow request to Holyrood Academy); no reply answers "Yes/No"
        follow_up = follow_up or _OFFERED_ANSWERS_RE.fullmatch(line.text) is not None
        # or a question of its own asked on under it, the line's one sentence: "Question 2. Of those cases, how many
        # led to disciplinary action, and what specific penalties were imposed ...? / How many were not proven?" (the
        # University of East Anglia's log restating the request); no reply answers with a question
        follow_up = follow_up or (
            line.text.rstrip().endswith("?")
            and _QUESTION_OPENING_RE.match(line.text.strip().lower()) is not None
            and _SENTENCE_END_RE.search(line.text.strip()) is None
        )
        # or its examples in brackets on the line under it: "1. What is the council's process for communicating with
        # eligible businesses and handling applications? / (e.g automatic payments, businesses notified via letter ...
        # etc.)" (Hastings Borough Council's log); no reply answers in brackets so
        follow_up = follow_up or _EXAMPLES_IN_BRACKETS_RE.match(line.text) is not None
        # (or restated in brackets: "(1. How many complaints have the ... received since the increases in toll were
        # announced last year?)" above its answer, the Tamar Bridge and Torpoint Ferry Joint Committee)
        if previous.endswith(("?", "?)")) and not follow_up:
            break
        if _ASIDE_LABEL_RE.match(line.text) or _CLOSING_COURTESY_RE.match(line.text):
            break
        if (
            _CONJUNCTION_LINE_RE.fullmatch(line.text.lower())
            and i + 1 < len(lines)
            and _SUB_RE.match(lines[i + 1].text) is not None
        ):
            # A conjunction alone between two parts joins them, and is neither's words: "a) xxxx / And / b) the lack of
            # any accounts" (a request the Charity Commission quotes in its reply)
            break
        if _ANSWER_OPTION_RE.fullmatch(line.text):
            # The answers a question offers, each on its own line: "3. Have you re-used Christmas Decorations / Lights
            # from a previous year / Yes / No" (a WhatDoTheyKnow request to Uttlesford District Council)
            break
        ended = previous.rstrip("\"'*_").endswith((".", ":", ";", "Yes/No", "Yes / No")) or previous.endswith(
            ('"', "'")
        )
        # A short line ends its question, unless the next runs on from a joining word ("4. Specific details / of
        # the Sustainable Urban Drainage System (SUDS)", a request quoted by the Met Office); any lower-case word
        # would run a table's cells read across two columns into the question (a PDF's "procure a / comprised").
        runs_on = (
            previous.endswith((",", "-"))
            or bool(_JOINING_WORD_RE.match(line.text))
            or _wrapped_to_a_column(previous, line.text)
            # or inside a quotation the question opened and has not closed: "1. The "Leisure Review" referred to at
            # Item 17 on the agenda ... - "LEISURE REVIEW - REVIEW OF THE COUNCIL'S APPROACH TO MANAGING / LEISURE
            # SERVICES"" (a WhatDoTheyKnow request to Dacorum Borough Council)
            or (_unfinished(previous) and ctx.text.count('"', first.start, end) % 2 == 1 and '"' in line.text)
        )
        defining = defining or _DEFINES_BELOW_RE.search(previous) is not None
        if defining or _footnote_of(ctx.text, first.start, end, line.text):
            runs_on, ended = True, False
        elif _FOOTNOTE_LINE_RE.match(line.text):
            # Another's footnote ends the question: "2. ... the total number of:* / a. ... / d. fixed term exclusions of
            # pupils with SEN ... and on free school meals / *I ask for these figures to be broken down by ethnic origin
            # and year group (Y9–Y11)" (a WhatDoTheyKnow request to the Ormiston Academies Trust), the mark item 2's.
            break
        field_line = _field_lines_below(ctx, lines, i)
        if in_fields and not field_line:
            break  # the request's next sentence, under the fields its question asked for
        in_fields = field_line
        if (
            (previous.endswith(":") and _FIELD_LIST_RE.fullmatch(line.text.rstrip()))
            or (_INCLUDES_INTRO_RE.search(previous) is not None and _NAME_LIST_RE.fullmatch(line.text.rstrip()))
            or (
                _PERIOD_LINE_RE.fullmatch(line.text) and (previous.endswith(":") or _PERIOD_LINE_RE.fullmatch(previous))
            )
            or field_line
        ):
            # "... within the last five year period (22 July 2004 till now) broken down by: / date, time, location,
            # narrative of infraction, ..., officer ID" (a WhatDoTheyKnow request sent to many councils): the fields
            # asked for, on the next line, finish the question; so do periods a line each (_PERIOD_LINE_RE).
            runs_on = True
            ended = False
        if not ended and i == first.number + 1 and _headed_item_body(lines, first, line):
            runs_on = True
        if not follow_up and (ended or (len(previous) < 45 and not runs_on)):
            break
        if not runs_on and _REPLY_OPENING_RE.match(line.text):
            break  # the reply under a question with no stop ("3. Please supply any ECT reports/investigations")
        if not runs_on and RESPONSE_HEADING_RE.match(line.text):
            # the reply's heading, straight under the last question with no stop ("3. Monitoring requirements you have
            # for users, eg if you record or may record their Internet usage / University Response", Middlesex
            # University's letter in a PDF whose lines run on with no blank between)
            break
        if (
            not (runs_on or follow_up)
            and "?" in previous
            and len(line.text.split()) <= 3
            and not line.text.rstrip().endswith("?")
            and not _ENDS_WITH_JOINING_WORD_RE.search(previous)
        ):
            # A word or two under a question that has asked and given its examples is its answer: "4. What system is
            # used to log and record Freedom of Information Requests? e.g. Ulysses, Excel / Excel" (NHS Shetland's log)
            break
        if (
            not (runs_on or follow_up)
            and line.text[:1].isupper()
            and _room_left_for(ctx, end, line.text)
            # (not cut on a joining word, which the next line goes on from: "d) If not outsourced, is the digitisation
            # managed internally by / CCG/practice staff?", NHS Cheshire CCG's letter, its lines wrapped short)
            and not _ENDS_WITH_JOINING_WORD_RE.search(previous)
        ):
            # A line of text wrapped to a width ends only where the next word would not fit: with room for it left,
            # the question ended there ("1.  The job title of your Data Protection Officer / Data Protection Officer
            # (DPO).", Ayrshire College's letter as a PDF's text, its lines wrapped at about 80 characters)
            break
        if not (runs_on or follow_up) and line.text[:1].isupper() and _longer_than_wrapping_allows(previous, line.text):
            # A line wrapped to a width leaves no room for the next line's first word, and the next line fits that
            # width: a next line longer than the two together was never one with this ("3.Please supply any ECT
            # reports/investigations / Devon Partnership NHS Trust holds this information. The information requested
            # related to personal data. ...", Devon Partnership NHS Trust's reply under each question).
            break
        if (
            not (runs_on or follow_up)
            and line.text[:1].isdigit()
            and _YEAR_FIRST_RE.match(line.text) is None
            and _COUNT_ASKED_RE.search(ctx.text, first.start, end) is not None
            and not _ENDS_WITH_JOINING_WORD_RE.search(previous)
        ):
            # A figure opening the line under a question that asks for one, the question's words done: its answer
            # ("5. The number of successful applications for housing on medical or / disability grounds / 122
            # households are registered on the general waiting list with medical priority.", Westminster City
            # Council's letter, hard-wrapped); not a wrap within it ("... in the last / 12 months?")
            break
        if not (runs_on or follow_up) and len(previous) > _UNWRAPPED_LINE and line.text[:1].isupper():
            # A line longer than any wrapping leaves was not wrapped: the next sentence on a line of its own is the
            # answer ("2. A copy of the Procurement Manual ... current as of 20th April 2023 / Procurement
            # information is available on Police Scotland's website.", the Scottish Police Authority's log).
            break
        # (asked after the checks above, which stop most questions: any check that holds stops this one)
        if _is_structural(ctx, line) or _SUB_RE.match(line.text) or _BULLET_RE.match(line.text):
            break
        if capital is not None and _next_capital(line.text, _LETTERS.find(capital.group("b").lower()) + 2):
            break  # "(A) the minutes of any meetings of the relevant bodies / (B) the dates of ..." (Trinity College)
        if _next_capital(line.text, 1) and _b_follows(lines, i + 1):
            break  # the question's capital-lettered parts: "... Please include the following / A. Building name / B."
        if _LONE_SUB_MARK_RE.fullmatch(line.text):
            break  # "a)" alone over its sub-question's words (the City of Wolverhampton Council's PDF table)
        if spaced and _SPACED_NUMBER_RE.match(line.text):
            break
        # A sign-off straight under the last question, no blank line between ("4) The estimated annual cost ...
        # (if unable to provide this information please proceed with the rest of the request) / Yours faithfully,",
        # a WhatDoTheyKnow request to Sunderland City Council): the letter ends there.
        if edges is None:
            edges = _letter_edges(ctx.layout)
        if line.number in edges:
            break
        if emphasised_question is None:
            emphasised_question = ctx.clean.is_emphasised(first.start, first.end)
        if emphasised_question != ctx.clean.is_emphasised(line.start, line.end):
            break
        end = line.end
        previous = line.text.rstrip()
        i += 1
    return i, end


# A footnote's line, its mark first: "*1 The intention of this question is to understand overall increases in road
# capacity ..." under "a. Has the Council approved any new*1 or expanded*2 roads or road junctions ...?" (the Council
# Climate Action Scorecards request Climate Emergency UK sent every council, here to Chelmsford City Council).
_FOOTNOTE_LINE_RE = re.compile(r"[ \t]*(?P<mark>\*{1,3}\d{0,2}|\[\d{1,2}\])[ \t]*[A-Z]")


def _footnote_of(text: str, start: int, end: int, line: str) -> bool:
    """Whether ``line`` is a footnote to the question ``text[start:end]``: it opens with a mark the question carries
    glued to a word."""
    m = _FOOTNOTE_LINE_RE.match(line)
    if m is None:
        return False
    mark = m.group("mark")
    at = text.find(mark, start, end)
    while at != -1:
        if at > start and (text[at - 1].isalnum() or text[at - 1] in ")\"'’"):
            return True
        at = text.find(mark, at + 1, end)
    return False


# A question defining what it asks about, a line each under it to the blank line: "1. ... how many FOI requests has
# Northumbria Police refused - fully and partially (separate figures please)? By refused I mean: / It would cost too
# much or take too much staff time to deal with the request. / The request is vexatious. / ..." (the request restated
# on Northumbria Police's log).
_DEFINES_BELOW_RE = re.compile(rf"\b{_BY_I_MEAN}:$", re.I)


# What a request's item asks for, opening the line under the item's heading.
_ASKS_FOR_RE = re.compile(
    r"[ \t]*(?:please (?:also )?(?:provide|supply|send|confirm|state|list|give|advise)\b"
    r"|(?:an? |the )?(?:copy|copies|list|details|breakdown|summary|names?) of\b)",
    re.I,
)
_MAX_ITEM_HEADING_WORDS = 6


def _reads_as_a_heading(words: str | None) -> bool:
    """Whether an item's ``words`` are a heading: a few of them, no stop after the last ("Losses and special
    payments", "ICT/Technology budget")."""
    if not words:
        return False
    return len(words.split()) <= _MAX_ITEM_HEADING_WORDS and words[-1] not in ".?!:;,"


def _heading_body_below_a_blank(layout: Layout, item: Line, blank: int) -> Line | None:
    """The body of the numbered item ``item``, a heading of its own, one blank line below it: a line that asks for
    something and introduces the item's lettered parts ("1. Losses and special payments / (blank) / Please provide a
    copy of your losses and special payments register or database for the year 2016-17. I would expect this
    information to include, but not necessarily be limited to: / (blank) / a) Category of loss or special payment
    ...", a WhatDoTheyKnow request to Homerton University Hospital NHS Foundation Trust)."""
    if not _reads_as_a_heading(_item_words(item)):
        return None
    lines = layout.lines
    body = lines[blank + 1] if blank + 1 < len(lines) else None
    if body is None or not _ASKS_FOR_RE.match(body.text) or not body.text.rstrip().endswith(":"):
        return None
    parts = layout.line_below(body.number)
    return body if parts is not None and _SUB_RE.match(parts.text) else None


def _list_introduction_below_a_blank(ctx: Context, item: Line, blank: int) -> Line | None:
    """The requester's line below the blank line ``blank`` under a numbered item ``item`` (not a lettered part) that
    asks on for the item's bulleted list straight below it: "(2) Also, for the financial years 2017/18, ... details on
    donations ... which have been rejected by the university. / (blank) / For each rejected donation, gift, grant and
    research funding, please provide the following information: / (blank) / - The name of the oil/gas company that
    tried to give the donation / ..." (a WhatDoTheyKnow request to The Robert Gordon University). A reply's words
    introducing its own list ("The figures are as follows:") are not the requester's; nor is the next numbered item,
    whose own list it is: "(1) The number of new detentions ... / (blank) / (2) A breakdown of these above monthly
    figures by age, gender and ethnic background. If possible, please use the following categories: / -For ethnicity:
    ..." (a WhatDoTheyKnow request to Cheshire and Wirral Partnership NHS Foundation Trust)."""
    lines = ctx.layout.lines
    body = lines[blank + 1] if blank + 1 < len(lines) else None
    if body is None or _MAIN_RE.match(item.text) is None or _SUB_RE.match(item.text) is not None:
        return None
    if _MAIN_RE.match(body.text) is not None:
        return None
    return body if _asks_for_the_bullets_below(ctx, body) else None


def _asks_for_the_bullets_below(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is the requester's, asks on (``_ASKS_ON_RE``) and ends in a colon, a bullet within the two lines
    under it. "including" alone asks nothing of a line naming a thing: "Peripheral Arterial Disease including: / - The
    management of acute limb ischaemia." (an indicator's description a request to University Hospitals Coventry and
    Warwickshire quotes under its last question, on WhatDoTheyKnow)."""
    if not line.text.rstrip().endswith(":"):
        return False
    if not any(m.group().lower() != "including" for m in _ASKS_ON_RE.finditer(line.text)):
        return False
    if not ctx.layout.by_requester(line.start):
        return False
    below = ctx.layout.line_below(line.number)
    return below is not None and _BULLET_RE.match(below.text) is not None


def _headed_item_body(lines: list[Line], item: Line, below: Line) -> bool:
    """Whether ``below`` is the body of the numbered item ``item``, a heading of its own: "1. ICT/Technology budget /
    Please provide your total ICT/IT/technology budget for each of the past three financial years. / 2. IT Leadership
    / Copy of the org chart for the IT and Digital Department. ..." (a WhatDoTheyKnow request to Orkney Islands
    Council). A short heading with no stop, a line under it that asks for something, and the layout repeated: the next
    item straight under that line, or the item above headed the same way. Not a request's next paragraph under its
    last item ("3. Noise Abatement Notice issued / Please provide the guidance ...")."""
    if not _ASKS_FOR_RE.match(below.text) or not _reads_as_a_heading(_item_words(item)):
        return False
    after = lines[below.number + 1] if below.number + 1 < len(lines) else None
    next_item = _MAIN_RE.match(after.text) if after is not None else None
    if next_item is not None and not _no_text(next_item):
        return True
    if item.number < 2:
        return False
    body_above, heading_above = lines[item.number - 1], lines[item.number - 2]
    words_above = _item_words(heading_above)
    return (
        words_above is not None
        and _ASKS_FOR_RE.match(body_above.text) is not None
        and 0 < len(words_above.split()) <= _MAX_ITEM_HEADING_WORDS
    )


def _item_words(line: Line) -> str | None:
    """The words of a numbered item's line after its number, or None where the line is no numbered item."""
    m = _MAIN_RE.match(line.text)
    return None if m is None else line.text[_text_start(m) :].strip()


# A count asked for, not one given ("The number of staff is 12").
_COUNT_ASKED_RE = re.compile(
    r"(?:the[ \t]+)?(?:total[ \t]+)?number[ \t]+of\b(?![^\n]*\b(?:is|are|was|were)[ \t]+\d)|how[ \t]+many\b", re.I
)


_CONJUNCTION_LINE_RE = re.compile(r"\s*(?:or|and|and/or)\s*$")


_SENTENCE_END_RE = re.compile(r"[.?!][\"'\u201d\u2019)]*[ \t]+(?=[A-Z\"'\u201c\u2018(])")


# A request whose every line is a question of its own, straight under the greeting ("Dear Caerphilly County Borough
# Council, / How many trees has the authority cut down on an annual basis, ... / How many trees has the authority
# planted ...", "Please advise the following: / Does the Mayor of Knowsley ... provide full itemised receipts ...? /
# If yes, where are the receipts available to view?"): two such lines are two questions. A sentence wrapped by hand
# onto a second line does not open that line with a question word.
_QUESTION_OPENING_RE = re.compile(
    # A question may open with the condition it is asked under: "If the University does use a plagiarism detection
    # tool, is the similarity/originality report something that internal (or external) assessors can routinely see
    # as part of any assessment?" (a request on London Metropolitan University's disclosure log). Not "do" after one,
    # an imperative there: "If you have any queries, do not hesitate to contact me."
    r"(?:if [^,\n]{3,100}, (?!do\b))?"
    r"(?:how (?:many|much|often|long|is|are|do|does|did|has|have|was|were)|what|which|who|whom|whose|when|where|why"
    r"|does|do|did|is|are|was|were|has|have|had|can|could|will|would|please (?:provide|confirm|state|advise|send)"
    r"|please (?:can|could|would) you"
    r"|if (?:yes|so|not|no))\b"
)
