"""Requests whose questions carry no number, letter or bullet: the request section, question paragraphs and lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ...models import Question
from ...segment import REQUEST_LABEL_RE, RESPONSE_HEADING_RE, Line
from ..context import Context
from .answers import _answers
from .marks import (
    _ASKING_INTRO_RE,
    _BULLET_RE,
    _FOLLOW_UP_RE,
    _MAIN_RE,
    _Asked,
)
from .wording import _CONJUNCTION_LINE_RE, _QUESTION_OPENING_RE, _SENTENCE_END_RE, _carries_on

# A bullet's words that ask of themselves.
_BULLET_ASKS_RE = re.compile(
    r"(?:please (?:could|can|would) you|could you|can you|would you|please (?:state|provide|confirm|supply|list))\b",
    re.I,
)


def _item_bullet(text: str) -> re.Match[str] | None:
    """A bullet line that may be a list's item: not a page's own heading printed as a bullet ("- Response" under the
    request's two items, the Scottish Ambulance Service's disclosure log printing each of its fields as "- Reference",
    "- Request Date", "- Information Requested")."""
    m = _BULLET_RE.match(text)
    return None if m is None or RESPONSE_HEADING_RE.match(m.group("text")) else m


def _asks_like_the_others(found: list[_Asked], bullet_line: str) -> bool:
    """Whether a bullet after an answer is the next question: unless every question so far ends with a question mark
    and this one does not."""
    return not (all(q.text.rstrip().endswith("?") for q in found) and not bullet_line.rstrip().endswith("?"))


def _asks_point_by_point(ctx: Context, intro: str) -> bool:
    """Whether ``intro`` introduces the request's points: a request label, or a sentence that asks in the requester's
    words for "the following" ("Could you provide the following information ...:"); not an authority's "the FOI
    Manager will take the following course of action:" above its own bullets."""
    if REQUEST_LABEL_RE.match(intro) or _ANSWERS_IN_ORDER_RE.search(intro):
        return True
    return _introduces_a_request(ctx, intro) and ctx.catalogue.requester_voice_re.search(intro) is not None


# The reply saying it answers the questions one by one below: "I have made enquiries of officers of the Financial
# Services department and their responses are shownbelow in the order of your questions." (Gravesham Borough
# Council's letter, each question a dash line over its answer, a space lost from the PDF's text)
_ANSWERS_IN_ORDER_RE = re.compile(
    r"\b(?:responses|answers|replies) (?:are|is) (?:shown|set out|given|provided|listed) ?below "
    r"in the (?:order|same order) (?:of|as) your (?:questions|request)"
    # or pointing to its answers below the points, told apart in colour: "Thank you for your request dated 7 May
    # 2024, asking for information that we hold as follows; please see our responses below in blue:" (Barnet Homes'
    # published reply, each dash point over its answer)
    r"|\bsee (?:our|my) (?:responses|answers) (?:below )?in (?:blue|red|green|bold|italics)\b",
    re.I,
)


def _continues_item(ctx: Context, item: tuple[int, int], line: Line) -> bool:
    """Whether ``line`` runs on the list item ``text[item[0]:item[1]]`` that ends on the line above it.

    "• The total amount spent by the council on fixing and addressing potholes in / the 14/15 financial year."
    (Wrexham): a bullet wrapped onto the next line, which starts in lower case. An "or" alone between two bullets
    joins them, it continues neither (the Scottish Courts' auto-reply). The follow-up of a yes/no bullet is part of
    it ("- Do you store any records offsite ...? / If yes, when does the contract expire?", NHS Grampian)."""
    return item[1] == line.start - 1 and bool(
        (line.text[:1].islower() and not _CONJUNCTION_LINE_RE.match(line.text) and _wraps(ctx, item))
        or _FOLLOW_UP_RE.match(line.text)
        or (_OPTION_LINE_RE.fullmatch(line.text) and _THE_FOLLOWING_RE.search(ctx.text, item[0], item[1]))
    )


# An option of an item asking "for the following", on a plain line under it: "- What is the current waiting time from
# referral to first appointment for the following, and what was the waiting time 1, 5, and 10 years ago? / Cognitive
# behavioural therapy (CBT) / Guided self-help / ..." (a WhatDoTheyKnow request to North Cumbria Integrated Care NHS
# Foundation Trust).
_OPTION_LINE_RE = re.compile(r"[ \t]*[A-Z(][^.?!:;\n]{0,80}")
_THE_FOLLOWING_RE = re.compile(r"\bthe following\b", re.I)


def _note_between_items(ctx: Context, item: tuple[int, int], line: Line) -> bool:
    """Whether ``line``, unmarked straight under a list item and straight above the next item, is a note on the item
    above: "- The total amount spent on the Choice Based Lettings programme ... This should where possible include all
    costs. / For example, if the authority pays for software I would like this to be included in the calculation. ...
    / - The total amount spent (including staff costs) on any other proce" (a request in Hastings Borough Council's
    disclosure log)."""
    lines = ctx.layout.lines
    below = lines[line.number + 1] if line.number + 1 < len(lines) else None
    # (a sentence of its own, not a heading over the next list: "Our Response:", "Your appeal was made via the
    # following email to the City Council on the 16 November 2011")
    return (
        item[1] == line.start - 1
        and below is not None
        and _item_bullet(below.text) is not None
        and line.text.rstrip().endswith(".")
        and len(line.text.split()) >= _MIN_NOTE_WORDS
    )


_MIN_NOTE_WORDS = 8


def _wraps(ctx: Context, item: tuple[int, int]) -> bool:
    """Whether a list item runs on past its line: it ends mid-sentence."""
    return not ctx.text[item[0] : item[1]].rstrip().endswith((".", "?", ":", ";", "!"))


def _last_sentence(paragraph: str) -> str:
    """The last sentence of ``paragraph`` (all of it when it holds one), with the one before when it is a word or two
    ("I wish to enquire as to the details of this contract. Namely;", Tameside College on WhatDoTheyKnow)."""
    starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(paragraph))]
    last = starts[-1]
    short = len(paragraph[last:].split()) < _SHORT_SENTENCE_WORDS
    if (short or _POINTS_BACK_TO_INCLUDE_RE.match(paragraph, last)) and len(starts) > 1:
        last = starts[-2]
    return paragraph[last:]


_SHORT_SENTENCE_WORDS = 4
# A last sentence that only points back at the one before it: "I am making a formal request for a copy of documents
# regarding the results of the Independent I-VMS testing ... / This is to include:" above the dashed documents (the
# Marine Management Organisation's log).
_POINTS_BACK_TO_INCLUDE_RE = re.compile(
    r"[ \t\n]*(?:this|it|that|these)[ \t]+(?:is|are|should|will|would|must)[ \t]+(?:to[ \t]+)?include[ \t]*:$", re.I
)
# A list's introduction ending in a semicolon where a colon belongs ("... the details of this contract. Namely;"), an
# aside in brackets perhaps before it: "Could you please release the latest, full diagrammatic plans for the following
# (even if they are draft proposals);" above its dashed items (a WhatDoTheyKnow request to Norfolk County Council).
_COLON_LIKE_END_RE = re.compile(r"\b(?:namely|as follows|the following)(?:[ \t]+\([^()\n]{1,80}\))?[ \t]*;$", re.I)


def _introduces_a_request(ctx: Context, intro: str) -> bool:
    """A list's introduction that asks: "Please provide the following:", or a sentence that asks for "the following"
    without a colon ("I am writing ... to request the following information around the Harm Assessment Risk Tool
    (HART) being used by Durham Constabulary." above dashed items; "Please could you provide me with the following
    information for ALL MARKED vehicles in use with LFB;", "we are writing to request the following data,")."""
    if REQUEST_LABEL_RE.match(intro):
        return True
    # Of a paragraph whose last sentence opens the list with its colon, that sentence asks or nothing does: "Firstly,
    # Section 12 ... provides that a public authority does not have to comply with a request for information if ...
    # In addition, the Fees Regulations allow for two or more requests ... to be aggregated ... if they are:" above
    # the regulation's conditions as bullets (Tendring District Council's refusal).
    colon = intro.endswith(":") or _COLON_LIKE_END_RE.search(intro) is not None
    asking = _last_sentence(intro) if colon else intro
    if not _ASKING_INTRO_RE.search(asking) or _REFUSING_INTRO_RE.search(intro) or _RIGHTS_INTRO_RE.search(intro):
        return False
    if _GUIDANCE_INTRO_RE.search(intro) or _ASKS_NOT_TO_INTRO_RE.search(intro):
        return False
    if (
        _ATTACHED_INTRO_RE.search(intro)
        or _WILL_EITHER_INTRO_RE.search(intro)
        or _ANSWERS_FOLLOW_INTRO_RE.search(intro)
    ):
        return False
    if _INCLUDES_THE_FOLLOWING_RE.search(asking) and not _ASKING_INTRO_RE.search(_FOLLOWING_RE.sub("", asking)):
        return False
    # (nor the reasons the reply gives, its own bullets under them: "Our Trust does not hold contemporaneous records of
    # police action for the the following reasons: / • Police Action taken is taken after the event", Blackpool
    # Teaching Hospitals NHS Foundation Trust's log)
    if _FOR_THE_FOLLOWING_REASONS_RE.search(asking):
        return False
    return (
        colon
        # (or a question after it: "I would like to see the following documents under the People's Audit of the 2014
        # Localism Act ... Please could I ask you to confirm that they will be available on Monday 7th?" above its
        # dashed items, Hastings Borough Council's log)
        or (intro.endswith((".", ";", ",", "?")) and _REQUESTS_THE_FOLLOWING_RE.search(intro) is not None)
        # or with no stop at all, the list straight under it: "I would be grateful if you could provide the following
        # information all related to the income and expenditure within Thornaby Town Council" above its bullets (a
        # WhatDoTheyKnow request), in the requester's words: not a reply's "please see the following ..." or "We can
        # provide the following information in relation to your request" above its own bullets
        or (
            intro[-1:].isalnum()
            and _ASKS_FOR_THE_FOLLOWING_RE.search(intro) is not None
            and ctx.catalogue.requester_voice_re.search(intro) is not None
        )
        or _ASKING_VERB_THEN_SEMICOLON_RE.search(intro) is not None
        or _ENDS_WITH_THE_FOLLOWING_RE.search(intro) is not None
        or (
            _LEFT_OPEN_ON_A_PREPOSITION_RE.search(intro) is not None
            and ctx.catalogue.requester_voice_re.search(intro) is not None
        )
    )


# A semicolon for the colon, straight after the verb that asks: "By way of the Freedom of Information (Scotland) Act
# 2002, I would like to request; / - Any and all correspondence ... / - Any briefing notes on Orkney first responders."
# (a request in the Scottish Ambulance Service's disclosure log).
_ASKING_VERB_THEN_SEMICOLON_RE = re.compile(
    r"\b(?:request|ask|know|receive|obtain|see|provide(?: me)?(?: with)?|supply(?: me)?(?: with)?)[ \t]*;$", re.I
)
# What a reply sends, listed: "Please find attached: / - The minutes of Members Recycling Working Group (MRWG) meetings
# from 21 January ... / - Papers about the WEEE collection and bring bank service ..." (the North London Waste
# Authority).
# What the body will do, one way or the other: "we have 20 school working days from the date of request (14th November
# 2019) to either: / * Provide you with the information you have requested / * If we are unable to provide this
# information. To inform you as to why ..." (Steiner Academy Bristol's acknowledgement on WhatDoTheyKnow).
_WILL_EITHER_INTRO_RE = re.compile(r"\b(?:to|will|shall|must) either[ \t]*:$", re.I)
_ATTACHED_INTRO_RE = re.compile(r"\bplease (?:find|see) (?:attached|enclosed)\b", re.I)
# The reply saying its answers follow: "I am happy to provide the responses to your questions as follows:-" above its
# dashed answers (Bury Council's letter, copied on a document site).
_ANSWERS_FOLLOW_INTRO_RE = re.compile(
    r"\b(?:provide|give|set out)\b[^.]{0,20}\b(?:responses?|answers?|replies) to (?:your|the) (?:questions|request)\b",
    re.I,
)
# What something includes, in the reply's words, nothing asked: "As previously advised, arrangements which have been
# made in order to accommodate the services changes at Mid Ulster and Whiteabbey Hospitals include the following:"
# above its bullets (Northern Health and Social Care Trust's letter); not "Please include the following:".
_INCLUDES_THE_FOLLOWING_RE = re.compile(r"\b(?:include|includes|included|including) the following[ \t]*:?$", re.I)
_FOLLOWING_RE = re.compile(r"\bfollowing\b", re.I)
_FOR_THE_FOLLOWING_REASONS_RE = re.compile(r"\b(?:for|due to|because of) (?:the )+following reasons?[ \t]*:?$", re.I)
# The harms an exemption guards against, listed by the reply: "confirming or denying whether any information is held
# would be likely to prejudice: / • 31(1)(a) - the prevention or detection of crime" (the Insolvency Service).
# Or a reply's reasons for what it held back: "in this case we have had to redact out some information from the
# document for the following reasons: / - We have redacted any personal data from the report ..." (NatureScot).
_REFUSING_INTRO_RE = re.compile(
    r"\b(?:prejudice|confirm or deny|exempt(?:ions?)?|withh[eo]ld|redact(?:ed|ions?)?|for the following reasons?)\b",
    re.I,
)
# The Act's section 1 rights, which a reply sets out: "We are treating your correspondence as a request for information
# under the Freedom of Information Act 2000 ('the Act'). Under the Act you have the right to: / - know whether we hold
# the information you require / - be provided with that information" (the British Business Bank).
# Advice on how to ask, above its points: "Please try to be as specific as possible when requesting information,
# following the Information Commissioners Guidelines: / * You can ask for any information you think a public authority
# may hold. ..." (Shaftesbury Town Council's page on making a request).
_GUIDANCE_INTRO_RE = re.compile(
    r"\b(?:following|in line with|according to|as per) the [\w' ]{0,60}?(?:guidelines|guidance)[ \t]*:$", re.I
)
# What the requester is asked not to do, above the cases it applies in: "we would respectfully ask you not to publish
# this on any website or in any other publications where: / · a charge may be made to access it / · a subscription is
# charged to access the site." (NHS Bury CCG's acknowledgement on WhatDoTheyKnow; "you have requested" above is no ask).
_ASKS_NOT_TO_INTRO_RE = re.compile(r"\b(?:ask|request) (?:that )?you (?:do )?not\b|\bplease do not\b", re.I)
_RIGHTS_INTRO_RE = re.compile(r"\b(?:have|has) the right to[ \t]*:?$|\bentitle[sd]?(?: you)? to[ \t]*:?$", re.I)
# Or "the below": "Please provide the below statistics for trains to/from Harpenden ..." above dashed items (a
# WhatDoTheyKnow request to Govia Thameslink Railway); not after "see", which a reply says of its own answer ("Please
# see the below response to your request").
# "I would be grateful if you would answer the following questions under the Freedom of Information Act." above two
# starred questions (a WhatDoTheyKnow request to London Luton Airport Ltd)
_ASKING_VERBS = "request|provide|supply|like|ask for|answers?"
# An introduction that adds to what was asked above it.
_ADDS_TO_THE_REQUEST_RE = re.compile(r"\b(?:also|further|additionally|in addition)\b", re.I)
_REQUESTS_THE_FOLLOWING_RE = re.compile(
    rf"\b(?:{_ASKING_VERBS}|see)\b[^.]{{0,20}}\bthe following\b|\b(?:{_ASKING_VERBS})\b[^.]{{0,20}}\bthe below\b", re.I
)
# (without "see": a reply's "please see the following:")
_SEE_THE_FOLLOWING_RE = re.compile(r"\bsee\b[^.]{0,20}\b(?:the following|below)\b", re.I)
# Or the sentence that asks left open on its preposition, the items finishing it: "In particular, I would like to
# request any information held by CICA on / - awards made to women or men who have subsequently been convicted of such
# an offence / - ..." (a WhatDoTheyKnow request to the Criminal Injuries Compensation Appeals Panel), in the
# requester's words.
_LEFT_OPEN_ON_A_PREPOSITION_RE = re.compile(
    rf"\b(?:{_ASKING_VERBS})\b[^.]{{0,80}}\b(?:on|about|of|regarding|concerning|relating to|in relation to)$", re.I
)
_ASKS_FOR_THE_FOLLOWING_RE = re.compile(rf"\b(?:{_ASKING_VERBS})\b[^.]{{0,20}}\bthe following\b", re.I)
# No stop at all: "Please could you supply me details of incidents that the fire service have attended in 2025 with
# the following information" above its bullets (Cheshire Fire and Rescue Service's disclosure log); "I am writing
# under the FOIA 2000 to request the following documents" (to the Senedd).
_ENDS_WITH_THE_FOLLOWING_RE = re.compile(
    # or asks it: "Please could you break this down, into the following?" (a request Royal Mail Group quotes)
    # or "as follows": "Please provide the full internal audit for the items as follows" above its starred items (a
    # WhatDoTheyKnow request to Slough Borough Council)
    r"\bthe following(?: (?:information|details|data|documents|records|questions?))?\??$|\bas follows$",
    re.I,
)


# A requester's list whose bullets were lost (typed as plain lines, or an HTML list flattened to text) follows an
# introduction that asks: "In addition; we wish to know" (Redbridge), "I would like to know how much was granted ...
# for each of the following and the corresponding years." (Student Loans Company).
# "Please could you let me know / (blank) / What time was the ambulance service alerted? / ..." (a WhatDoTheyKnow
# request to South Western Ambulance Service NHS Foundation Trust): the introduction, not a question of its own.
_KNOW_INTRO_RE = re.compile(
    r"\b(?:(?:like|wish|want|need) to know|let me know|tell me)\b(?:.*\bthe following\b.*|[ :]*)$", re.I
)
_WANT_TO_KNOW_RE = re.compile(r"\b(?:like|wish|want|need) to (?:know|ask)\b", re.I)
_MIN_UNMARKED_ITEMS = 3  # two lines under an introduction are as often a paragraph wrapped by hand
_ABOUT_THE_ITEMS_RE = re.compile(
    r"(?:this|these|the above|all (?:of )?(?:the above|this|these)) (?:information|data|details|documents|records)\b",
    re.I,
)
_MAX_UNMARKED_ITEM_WORDS = 40


def _unmarked_request_lines(ctx: Context) -> list[Question]:
    """Unmarked questions ("•1", "•2" ...): a requester's run of three or more lines straight under an
    introduction that asks, each a line of its own starting with a capital, up to a blank line or a sign-off."""
    layout = ctx.layout
    lines = layout.lines
    ends = {m.closing.number for m in layout.messages if m.closing is not None}
    # A greeting under the heading opens the request as a letter, its lines no items: "You asked / Dear Transport for
    # London, / There is a CCTV camera outside 93-99 Upper Richmond Road ... / I would like to know the make and model
    # of the camera please." (Transport for London's published answer, no blank line on the page).
    greetings = {m.salutation.number for m in layout.messages if m.salutation is not None}
    for i, intro in enumerate(lines[:-1]):
        words = intro.text.strip()
        restated = _RESTATED_REQUEST_RE.search(words) is not None
        if not (restated or _introduces_a_request(ctx, words) or _KNOW_INTRO_RE.search(words)):
            continue
        if not (restated or layout.by_requester(intro.start)) or layout.boilerplate_kind(intro.start):
            continue
        run: list[Line] = []
        heads: list[str] = []  # each item's first line: what an item must read as
        # (a blank line may stand under the introduction: "Could you please provide the following pieces of
        # information: / (blank) / College pay spine / Staff headcount (aggregated) for the past year / ...", a
        # WhatDoTheyKnow request sent to the Cambridge colleges)
        # (or under a sentence asking for "the following": "I request a copy of the following relating to the
        # provision of the new car park ticket machines at the Princess Royal Hospital, Haywards Heath. / (blank) /
        # Correspondence. / Miinutes of meetings. / Consultations held . / This information to cover the period from
        # January 2014 ...", a WhatDoTheyKnow request to Brighton and Sussex University Hospitals NHS Trust)
        opens = words.endswith(":") or _REQUESTS_THE_FOLLOWING_RE.search(words) is not None
        first = i + 2 if i + 2 < len(lines) and not lines[i + 1].text.strip() and opens else i + 1
        spaced = False  # the restated items a paragraph each, blank lines between
        for line in lines[first:]:
            item = line.text.strip()
            if not item and restated and run and _asks_as_restated(run[-1].text.strip()):
                # Restated a paragraph each, every one asking: "Thank you for your request for information about the
                # following: / (blank) / For the last financial year, what was the total amount spent on translation
                # costs? / (blank) / Can you provide a breakdown of these costs by language translated. / ..." (the
                # NHS Business Services Authority's log); the first paragraph that does not ask ends them.
                spaced = True
                continue
            if spaced and item and not _asks_as_restated(item):
                break
            # (a closing line above the sign-off ends the run too: "I look forward to your response."; so does a line
            # about the items: "This information to cover the period ...")
            if (
                not item
                or line.number in ends
                or line.number in greetings
                or _ITEMS_END_RE.match(item)
                or _ABOUT_THE_ITEMS_RE.match(item)
            ):
                break
            if restated and (item.endswith((":", "-")) or _MAIN_RE.match(item) or RESPONSE_HEADING_RE.match(item)):
                break  # the reply going on: "... using your numbering I can reply as follows: -", "Information held"
            if run and item[:1].islower() and run[-1].text.rstrip().endswith((":", ";")):
                # an item's own list, in lower case under its colon, is that item's: "Any minutes, action notes ...
                # from the Confidential Trust Board meeting relating to: / the suspension of the home birth service; /
                # options for mitigated continuation; / ..." (a WhatDoTheyKnow request to Gloucestershire Hospitals
                # NHS Foundation Trust)
                last = run[-1]
                run[-1] = Line(last.number, last.start, line.end, ctx.text[last.start : line.end])
                heads[-1] = heads[-1].rstrip(":")  # (its colon opens its list, not the request's next)
                continue
            run.append(line)
            heads.append(item)
        if run and _quotes_a_passage(words, run[-1].text):
            continue
        if len(run) >= _MIN_UNMARKED_ITEMS and all(_unmarked_item(head) for head in heads):
            return _unmarked_questions(ctx, run)
        headed = _headed_paragraph_items(lines[i + 1 :], ends)
        if len(headed) >= _MIN_UNMARKED_ITEMS:
            return _unmarked_questions(ctx, headed)
    for i, line in enumerate(lines):
        # An introduction of several lines, each item a paragraph of its own below it (see _paragraph_items).
        if line.text.strip() and (i == 0 or not lines[i - 1].text.strip()) and layout.by_requester(line.start):
            paragraphs = _paragraph_items(ctx, lines, i, ends)
            if len(paragraphs) >= _MIN_UNMARKED_ITEMS:
                return _unmarked_questions(ctx, paragraphs)
    return []


def _asks_as_restated(item: str) -> bool:
    """Whether a restated item asks: a question mark at its end, or words that ask on their own."""
    return item.endswith("?") or _asks_on_its_own(item)


def _restated_items_opening_alike(ctx: Context) -> list[Question]:
    """Unmarked questions ("•1", "•2" ...) a reply restates one by one, each answered below it: under "You requested the
    following information:", the one-line paragraphs that open with the first one's first two words, three at least,
    before the letter's sign-off ("Figures showing how many people annually have received treatment for stress-related
    illnesses each year since 2005. / The Trust does not provide Mental Health Services ... / Figures showing the amount
    of people who have been detained under the Mental Health Act each year since 2005. / ... / Figures showing annual
    abortion numbers annually since 2005.", The Newcastle upon Tyne Hospitals NHS Foundation Trust's letter)."""
    layout = ctx.layout
    lines = layout.lines
    for intro in lines:
        if not _RESTATED_REQUEST_RE.search(intro.text.strip()) or layout.boilerplate_kind(intro.start):
            continue
        message = layout.message_at(intro.start)
        below = lines[intro.number + 1 : message.closing.number if message.closing is not None else len(lines)]
        paragraphs = list(_paragraphs(below))
        if not paragraphs or len(paragraphs[0]) != 1:
            continue
        opening = paragraphs[0][0].text.split()[:2]
        if len(opening) < 2 or not opening[0][:1].isupper():
            continue
        items = [para[0] for para in paragraphs if len(para) == 1 and para[0].text.split()[:2] == opening]
        if len(items) >= _MIN_UNMARKED_ITEMS:
            return _restated_questions_answered(ctx, items, below)
    return []


def _restated_questions_answered(ctx: Context, items: list[Line], below: list[Line]) -> list[Question]:
    """Restated questions ``items`` numbered "•1", "•2" ..., each with the answer under it: the lines of ``below`` up
    to the next item, or to boilerplate ("The Trust does not provide Mental Health Services and has no coded activity
    for stress related illness during the period." under the first of the Newcastle upon Tyne Hospitals' three)."""
    numbers = {item.number for item in items}
    questions = []
    for n, item in enumerate(items, start=1):
        region = _answer_region(ctx, below[below.index(item) + 1 :], numbers)
        questions.append(
            Question.model_validate(
                {
                    "number": f"•{n}",
                    "text": " ".join(item.text.split()),
                    "span": ctx.span_fields(item.start, item.end),
                    "answers": _answers(ctx, region),
                }
            )
        )
    return questions


def _paragraphs(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """The paragraphs of ``lines``, each its lines with text, in order."""
    paragraph: list[Line] = []
    for line in lines:
        if line.text.strip():
            paragraph.append(line)
        elif paragraph:
            yield paragraph
            paragraph = []
    if paragraph:
        yield paragraph


_MAX_ITEM_PARAGRAPH_LINES = 3


def _paragraph_items(ctx: Context, lines: list[Line], i: int, ends: set[int]) -> list[Line]:
    """Items each a short paragraph of its own, wrapped or not, under an introduction of a paragraph that asks for
    "the following": "Please supply me with the following information relating to the NAVITAS College which I believe
    you operate in partnership / with NAVITAS Ltd. for each published intake ... to September 2013. / (blank) / The
    numbers of students for undergraduate and postgraduate / study that started for each intake / (blank) / The number
    of students that absconded ..." (a WhatDoTheyKnow request to Edinburgh Napier University). Each item opens with a
    capital and holds no sentence's end before its last word; the run ends at the sign-off or at words of thanks. Each
    item comes back as one Line over its paragraph."""
    paragraphs = _paragraphs(lines[i:])
    intro = next(paragraphs, [])
    intro_words = _paragraph_words(intro)
    # (or of one line whose colon opens the items: "... please share the following data, broken down by year: / The
    # number of EIRs received / The number of EIRs responded to after the fee was paid / ...", a paragraph each, then
    # the request's next sentence: a WhatDoTheyKnow request to North Lanarkshire Council)
    one_line = len(intro) == 1 and intro_words.endswith(":")
    if (
        (len(intro) < 2 and not one_line)
        or not intro_words.endswith((".", ":"))
        or not _introduces_a_request(ctx, intro_words)
    ):
        return []
    items: list[Line] = []
    for paragraph in paragraphs:
        words = _paragraph_words(paragraph)
        if any(line.number in ends for line in paragraph) or _ITEMS_END_RE.search(words):
            break
        if one_line and len(items) >= _MIN_UNMARKED_ITEMS and _BULLET_ASKS_RE.match(words):
            break  # a new request of its own under items that name things: "Please provide details of ..."
        if len(paragraph) > _MAX_ITEM_PARAGRAPH_LINES or not _unmarked_item(words) or _SENTENCE_INSIDE_RE.search(words):
            if one_line and len(items) >= _MIN_UNMARKED_ITEMS and len(paragraph) == 1:
                break  # the request going on in a sentence of its own
            return []
        first, last = paragraph[0], paragraph[-1]
        items.append(Line(first.number, first.start, last.end, ctx.text[first.start : last.end]))
    return items


def _paragraph_words(paragraph: list[Line]) -> str:
    """A paragraph's words on one line."""
    return " ".join(word for line in paragraph for word in line.text.split())


_SENTENCE_INSIDE_RE = re.compile(r"[.?!] +[A-Z]")


def _quotes_a_passage(intro: str, last: str) -> bool:
    """Whether lines under ``intro`` are a passage it quotes: a quotation opened in the introduction and closed at the
    end of the last line ("According to [the agency's page], \"the UK Border Agency has announced that ... it is not
    accepting any new applications ... at the following visa application centres: / North India - New Delhi, ... /
    Nepal - Kathmandu\"", a WhatDoTheyKnow request to the UK Border Agency quoting its announcement)."""
    opened = intro.count('"') % 2 == 1 or intro.count("\u201c") > intro.count("\u201d")
    return opened and last.rstrip().endswith(('"', "\u201d"))


# A reply restating the request above its lines: "Thank you for your request ... which was received on the 23 November
# 2008. You requested:" (the City and County of Swansea, the request's own numbering lost).
# (or thanked for: "Thank you for your request for information about the following: / (blank) / For the last financial
# year, what was the total amount spent on translation costs? / ...", the NHS Business Services Authority's log)
_RESTATED_REQUEST_RE = re.compile(
    r"\byou (?:requested|asked for)(?: the following(?: information)?)?:$"
    r"|\bthank you for your (?:request|enquiry)(?: for information)? (?:about|regarding|concerning|on) the following:$",
    re.I,
)
# A line heading a group of the request's items: "Land ownership:", "Accelerated Development Zone and funding
# information:".
_ITEM_GROUP_HEADING_RE = re.compile(r"[A-Z][^.?!:\n]{0,80}:")
# (or the requester's note on them: "... that mention or relate to: / HIV / AIDS or Hepatitis, AND, Haemophilia /
# Haemophiliacs during the period January 1st 1988 - December 31st 1991. / Please note that I am NOT requesting patient
# medical records ... / Please supply material preferably in PDF format ...", a batch request to 169 authorities on
# WhatDoTheyKnow: one subject, no list)
# (or how the requester would like the answer: "... how many were in favour of the council? / I would prefer to receive
# this information electronically, preferably in its original formatting.", a WhatDoTheyKnow request to the Royal
# Borough of Greenwich)
# (or the regime the requester names for it: "A57 Link Roads / A47 Blofield to North Burlingham / I wish to make this
# request under the Environmental Information Regulations (EIR).", a WhatDoTheyKnow request to National Highways)
_ITEMS_END_RE = re.compile(
    r"(?:I|we) (?:look forward|would be grateful|would prefer)|many thanks|thank|if you (?:have|need)|please note\b"
    r"|(?:I|we) (?:wish to |would like to )?make this request\b",
    re.I,
)


def _headed_paragraph_items(lines: list[Line], ends: set[int]) -> list[Line]:
    """Items each a paragraph of one line, in groups under headings ending in a colon: "Land ownership: / (blank) / A
    map of land owned by Gateshead Council within Bridges Ward / (blank) / Where Gateshead Council has records, ... /
    (blank) / Betterment: / ..." (a WhatDoTheyKnow request to Gateshead Council). Two headings at least, up to the
    sign-off or a line of another kind."""
    items: list[Line] = []
    headings = 0
    for line in lines:
        item = line.text.strip()
        if not item:
            continue
        if line.number in ends or _ITEMS_END_RE.match(item):
            break
        if _ITEM_GROUP_HEADING_RE.fullmatch(item) and len(item.split()) <= 8:
            headings += 1
            continue
        if not _unmarked_item(item):
            break
        items.append(line)
    return items if headings >= 2 else []


_MAX_REQUEST_QUESTIONS = 12


def _request_of_questions_only(ctx: Context) -> list[Question]:
    """Unmarked questions ("•1", "•2"): every line of a requester's letter between its greeting and its sign-off is
    a question (an introduction ending in ":" aside), and there are at least two."""
    layout = ctx.layout
    lines = layout.lines
    for message in layout.messages:
        if not message.from_requester or message.salutation is None or message.closing is None:
            continue
        body = [line for line in lines[message.salutation.number + 1 : message.closing.number] if line.text.strip()]
        if body and body[0].text.rstrip().endswith(":") and _ASKING_INTRO_RE.search(body[0].text):
            body = body[1:]
        # A sentence or two saying why, above three or more questions ("I am conducting some research into ... /
        # Please can you confirm the name ... / Please can you confirm for each site ...", to Causeway Coast and
        # Glens Borough Council)
        preamble = 0
        while preamble < 2 and preamble < len(body) and not _asks_on_its_own(body[preamble].text.strip()):
            preamble += 1
        if preamble and len(body) - preamble >= 3:
            body = body[preamble:]
        if not 2 <= len(body) <= _MAX_REQUEST_QUESTIONS:
            continue
        if all(_asks_on_its_own(line.text.strip()) for line in body):
            return _unmarked_questions(ctx, body)
    return []


# A request of questions each a paragraph of its own, unpunctuated as often as not, with a table's template left
# between two of them: "Dear Leeds Community Healthcare NHS Trust, / Who is the provider of your online chlamydia
# screening programme / (blank) / What year was the contract awarded ... / (blank) / How much did you spend on your
# chlamydia screening contract ... in the last three years / (blank) / Dates / Total Spend / 01/01/2017 - 31/12/2017
# / ..." (a WhatDoTheyKnow request). Paragraphs of prose may be a third as many at most: a letter of prose is none.
_MAX_QUESTION_PARAGRAPH_WORDS = 60
_MAX_QUESTION_PARAGRAPHS = 20
_PROSE_LINE_WORDS = 6  # a table's template ("Dates / Total Spend / 01/01/2017 - 31/12/2017") has shorter lines


def _request_of_question_paragraphs(ctx: Context) -> list[Question]:
    """Unmarked questions ("•1", "•2"): three or more one-line paragraphs of a requester's letter that open with a
    question word, between its greeting and its sign-off, the letter's paragraphs of prose few."""
    layout = ctx.layout
    lines = layout.lines
    for message in layout.messages:
        if not message.from_requester or message.salutation is None or message.closing is None:
            continue
        paragraphs = list(_paragraphs(lines[message.salutation.number + 1 : message.closing.number]))
        # (an introduction, "Please could you let me know", is neither a question nor prose)
        paragraphs = [p for p in paragraphs if len(p) > 1 or not _KNOW_INTRO_RE.search(p[0].text)]
        asked = [
            paragraph[0]
            for paragraph in paragraphs
            if len(paragraph) == 1 and _opens_a_question(paragraph[0].text.strip())
        ]
        prose = [
            paragraph
            for paragraph in paragraphs
            if paragraph[0] not in asked and any(len(line.text.split()) >= _PROSE_LINE_WORDS for line in paragraph)
        ]
        if 3 <= len(asked) <= _MAX_QUESTION_PARAGRAPHS and len(prose) <= len(asked) // 3:
            return _unmarked_questions(ctx, asked)
    return []


# A reply telling the request in one sentence, its items lettered inline after the words naming it: "asking for a
# review of the decisions to refuse your requests for information relating to (a) advice by the Attorney General on ID
# cards; (b) advice by the Attorney General on the legality of invading Iraq; and (c) a listing of topics on which the
# Attorney General has advised in the past 12 months." (the Attorney General's Office's internal review). Each item but
# the last ends at a semicolon (its joining "and" kept, as printed), the last at the sentence's stop; the letters run
# (a), (b), ... from the first.
_INLINE_LETTERED_REQUEST_RE = re.compile(
    r"\b(?:requests?|requested|asked for|asking for)\b[^.;()\n]{0,80}?[ \t](?=\(a\)[ \t]+[a-z])"
)
_INLINE_LETTERED_ITEM_RE = re.compile(
    r"[ \t]*\((?P<letter>[a-h])\)[ \t]+(?P<text>[^;()\n]+?(?:;(?:[ \t]+and|[ \t]+or)?|\.(?=\s|$)))"
)


def _inline_lettered_request(ctx: Context) -> list[Question]:
    """The request's items lettered inline in the reply's sentence (``_INLINE_LETTERED_REQUEST_RE``), two at least."""
    text = ctx.text
    for intro in _INLINE_LETTERED_REQUEST_RE.finditer(text):
        if ctx.layout.by_requester(intro.start()) or ctx.layout.boilerplate_kind(intro.start()):
            continue
        items: list[Question] = []
        pos = intro.end()
        while (item := _INLINE_LETTERED_ITEM_RE.match(text, pos)) is not None:
            if ord(item.group("letter")) - ord("a") != len(items):
                break
            words = item.group("text")
            span = ctx.span(*item.span("text"))
            items.append(Question(number=item.group("letter"), text=" ".join(words.split()), span=span))
            if words.endswith("."):
                break
            pos = item.end()
        if len(items) >= 2 and items[-1].text.endswith("."):
            return items
    return []


def _opens_a_question(item: str, max_words: int = _MAX_QUESTION_PARAGRAPH_WORDS) -> bool:
    """A line of at most ``max_words`` words that opens, capitalised, with a question word."""
    return (
        item[:1].isupper() and len(item.split()) <= max_words and _QUESTION_OPENING_RE.match(item.lower()) is not None
    )


def _asks_on_its_own(item: str, max_words: int = _MAX_UNMARKED_ITEM_WORDS) -> bool:
    """A line that is one whole question: it opens with a question word and ends as a sentence."""
    return item.endswith(("?", ".")) and _opens_a_question(item, max_words)


def _unmarked_questions(ctx: Context, lines: list[Line]) -> list[Question]:
    """Lines that are each one unmarked question, numbered "•1", "•2" ... in order."""
    return [
        Question(number=f"•{n}", text=" ".join(line.text.split()), span=ctx.span(line.start, line.end))
        for n, line in enumerate(lines, start=1)
    ]


def _unmarked_item(item: str) -> bool:
    return item[:1].isupper() and not item.endswith(":") and len(item.split()) <= _MAX_UNMARKED_ITEM_WORDS


# A request put as a question but ended with a full stop, among others ending in "?": "Could you state all leave of
# absences taken where Long Covid was cited as the cause ... and the length of time each absence lasted for." between
# two that ask with a question mark, each above its answer (Sheffield Teaching Hospitals NHS Foundation Trust).
_ASKS_WITHOUT_A_QUESTION_MARK_RE = re.compile(
    r"[ \t]*(?:(?:could|can|would|will) you (?:please )?|please (?:can you |could you )?)(?:state|provide|confirm"
    r"|supply|send|tell me|list|give|advise)\b[^\n]*\.[ \t]*$",
    re.I,
)


# A question whose examples follow its question mark, wrapped onto the next line: "How do you currently procure your
# services, please provide information of the split between the following methods? e.g. via commissioning teams,
# ... micro-procurement/commissioning, / personalisation/self-directed support" (Sandwell Council's reply, each
# question above its answer).
_EXAMPLES_AFTER_QUESTION_RE = re.compile(r"[^\n]*\?[ \t]+(?:e\.g\.|i\.e\.|(?:for example|such as)\b)", re.I)

# A question followed by the fields its answer should give, in lower case: "Who is your Head of Procurement? name,
# email" under four lines ending in "?" (UCL's reply on WhatDoTheyKnow, answered beneath each).
_FIELDS_AFTER_QUESTION_RE = re.compile(
    r"[^\n]*\?[ \t]+[a-z]+(?:[ \t]*[,/&][ \t]*[a-z]+|[ \t]+and[ \t]+[a-z]+){1,3}[ \t]*$"
)


def _with_wrapped_examples(lines: list[Line], line: Line) -> Line:
    """``line``, with the next line's words if it asks, then gives examples that run on there."""
    following = lines[line.number + 1] if line.number + 1 < len(lines) else None
    if (
        following is None
        or not line.text.rstrip().endswith(",")
        or not _EXAMPLES_AFTER_QUESTION_RE.match(line.text)
        or not following.text[:1].islower()
        or len(following.text.split()) > 8
    ):
        return line
    return Line(line.number, line.start, following.end, f"{line.text}\n{following.text}")


_MAX_UNMARKED_RUN = 4  # lines that ask without a mark, in a row between two that do


def _in_the_request(ctx: Context, offset: int) -> bool:
    """Whether ``offset`` is in the requester's own message or under a page's request heading."""
    return ctx.layout.by_requester(offset) or ctx.layout.in_request_section(offset)


def _with_sentences_asked_between(ctx: Context, lines: list[Line], picked: list[Line]) -> list[Line]:
    """``picked`` and, in the requester's own message, a line (or a run of up to ``_MAX_UNMARKED_RUN``) between two of
    them that asks on its own but ends with a full stop: "Did your university conduct experiments on animals in the
    year 2020? / If yes to the above question, how many animals were held on the premises for research purposes. /
    What species of animal were used?" (a WhatDoTheyKnow request to De Montfort University). Not in a reply, where
    "When a request is received, we log it." under a question is its answer. And the request's first and last
    questions left without their mark (see ``_first_question_unmarked`` and ``_last_question_unmarked``)."""
    if len(picked) < 2:
        return picked
    numbers = {line.number for line in picked}
    added: list[Line] = []
    written = [line for line in lines if line.text.strip()]
    first_picked = min(numbers)
    for k in range(1, len(written)):
        line = written[k]
        if k + 1 < len(written) and written[k + 1].number == first_picked:
            if _first_question_unmarked(ctx, line, written[k - 1]):
                added.append(line)
            continue
        if line.number in numbers or written[k - 1].number not in numbers:
            continue
        below = written[k + 1] if k + 1 < len(written) else None
        # (the request's words under a page's "Your Request" heading count as its own message: "How many ornithologists
        # are employed by NatureScot? / Of those, how many were assigned to the schedule 2 review? / How many hours were
        # logged on the schedule 2 review by the assigned ornithologist(s) / What recommendations did ...?" above "Our
        # Response", NatureScot's published reply)
        if below is None or not _in_the_request(ctx, line.start) or ctx.layout.in_quoted(line.start):
            continue
        if _last_question_unmarked(ctx, line, below):
            added.append(line)
            continue
        # The line, or a run of such lines, a picked line below it: "Is the carpark owned and run by your trust? How
        # much income was generated ... Was this money put back into the hospital. / What public transport links are
        # there within the area for your staff to access." between two that ask (East Suffolk and North Essex NHS
        # Foundation Trust on WhatDoTheyKnow).
        run_end = next(
            (j for j in range(k, min(len(written), k + _MAX_UNMARKED_RUN + 1)) if written[j].number in numbers), None
        )
        run = written[k:run_end] if run_end is not None else []
        if run and all(
            _in_the_request(ctx, other.start)
            and not ctx.layout.in_quoted(other.start)
            and (
                _asks_on_its_own(other.text.strip(), _unmarked_words(lines, other))
                or _asks_then_goes_on(other.text.strip())
                # (under the request's heading, its stop left off too: "How many hours were logged on the schedule 2
                # review by the assigned ornithologist(s)", NatureScot's reply)
                or (
                    ctx.layout.in_request_section(other.start)
                    and _opens_a_question(other.text.strip(), _unmarked_words(lines, other))
                    and not other.text.rstrip().endswith((":", ","))
                )
            )
            for other in run
        ):
            added.extend(run)
    return sorted([*picked, *added], key=lambda line: line.number) if added else picked


def _unmarked_words(lines: list[Line], line: Line) -> int:
    """The words an unmarked question on ``line`` may have: a paragraph's worth when the line is a paragraph of its own
    ("If the University does use a plagiarism detection tool, please can you tell me the average similarity score for
    your University for each of the past 3 academic years. - (this would be for example the sum of the similarity
    scores, divided by the total number of submissions for each of 2018-19, 2017-18 and 2016-17).", 55 words between
    two questions asked in paragraphs of their own, on London Metropolitan University's disclosure log)."""
    blank_around = all(0 <= n < len(lines) and not lines[n].text.strip() for n in (line.number - 1, line.number + 1))
    return _MAX_QUESTION_PARAGRAPH_WORDS if blank_around else _MAX_UNMARKED_ITEM_WORDS


def _first_question_unmarked(ctx: Context, line: Line, above: Line) -> bool:
    """Whether ``line`` of the requester's message, straight under an introduction ending in a colon or semicolon and
    above the first question line, is the request's first question with its mark left off: "I would like to find
    out; / Does the University use any kind of plagiarism detection tools - for example turn-it-in / If the University
    does use a plagiarism detection tool, is the similarity/originality report something that internal (or external)
    assessors can routinely see as part of any assessment?" (London Metropolitan University's disclosure log)."""
    text = line.text.strip()
    return (
        ctx.layout.by_requester(line.start)
        and not ctx.layout.in_quoted(line.start)
        and above.text.rstrip().endswith((":", ";"))
        and text[-1:].isalnum()
        and _opens_a_question(text, _MAX_UNMARKED_ITEM_WORDS)
    )


def _asks_then_goes_on(item: str) -> bool:
    """A line whose first sentence is a question, the next left without its mark: "How many staff members use body
    cameras and what capacities/teams do they work in? Are they staff or contractors (for e.g. outsourced security
    personnel)" (a round-robin request to Malvern Hills District Council on WhatDoTheyKnow)."""
    return "? " in item and _opens_a_question(item, _MAX_UNMARKED_ITEM_WORDS)


def _last_question_unmarked(ctx: Context, line: Line, below: Line) -> bool:
    """Whether ``line`` of the requester's message, under a question line and straight above its sign-off ``below``,
    is the request's last question with its question mark left off: "How many FPNs were progressed to court
    proceedings ...? / What were the total legal costs for the prosecution of any litter/dog fouling FPNs through the
    court system between 1/4/2020 and 1/4/2021 / Yours faithfully," (a WhatDoTheyKnow request to Ards and North Down
    Borough Council)."""
    closing = ctx.layout.message_at(line.start).closing
    text = line.text.strip()
    return (
        closing is not None
        and closing.number == below.number
        and (
            (text[-1:].isalnum() and _opens_a_question(text, _MAX_UNMARKED_ITEM_WORDS))
            # or with a full stop for its question mark: "How many potholes were fixed ...? / Did the council develop
            # its own process for managing pothole claims, e.g. ... standards in terms of timely responses etc. /
            # Yours faithfully," (a WhatDoTheyKnow request to Surrey County Council)
            or _asks_on_its_own(text)
            # or asks for a document in the requester's words: "How many are currently free? / ... / I would also
            # like a copy of the criteria that must be met for a person to be sectioned under a Mental Health Order. /
            # Yours faithfully," (a WhatDoTheyKnow request to the Health and Social Care Board, Northern Ireland)
            or (text.endswith(".") and _ASKS_FOR_A_COPY_RE.match(text) is not None)
        )
    )


_ASKS_FOR_A_COPY_RE = re.compile(r"I would (?:also )?like (?:a copy of|copies of|to know)\b", re.I)


def _question_lines(ctx: Context) -> list[Question]:
    """Unnumbered questions, each a line of its own ending in "?", answered or not in between ("•1" ...).

    Needs three or more: a request of one or two sentences with a question mark is a paragraph, not a list.
    """
    lines = ctx.layout.lines
    picked = [
        line
        for line in (_with_wrapped_examples(lines, line) for line in lines)
        if (
            _ends_asking(line.text)
            or _ASKS_WITHOUT_A_QUESTION_MARK_RE.match(line.text)
            or _EXAMPLES_AFTER_QUESTION_RE.match(line.text)
            or _FIELDS_AFTER_QUESTION_RE.match(line.text)
        )
        and 4 <= len(line.text.split()) <= 45
        and not ctx.catalogue.requester_voice_re.match(line.text)
        and not ctx.layout.boilerplate_kind(line.start)
        and not ctx.layout.in_quoted(line.start)
    ]
    picked = _with_sentences_asked_between(ctx, lines, picked)
    # The requester's later messages chase or argue; their questions are not the request's ("May I please chase up
    # this request with you?" under a request of two questions to Parrs Wood High School on WhatDoTheyKnow).
    first_asking = next(
        (ctx.layout.message_at(line.start) for line in picked if ctx.layout.by_requester(line.start)), None
    )
    if first_asking is not None:
        picked = [
            line
            for line in picked
            if not ctx.layout.by_requester(line.start) or ctx.layout.message_at(line.start) is first_asking
        ]
    asked = [line.text for line in picked if ctx.layout.by_requester(line.start)]
    if asked:
        # Under a request of its own, a reply's line that asks is the reply's question to the requester ("Can you
        # please clarify the staff that your request refers to?", Yorkshire Ambulance Service on WhatDoTheyKnow),
        # unless it repeats one of the request's.
        picked = [
            line
            for line in picked
            if ctx.layout.by_requester(line.start)
            or any(fuzz.ratio(line.text, question, processor=default_process) >= 75 for question in asked)
        ]
    picked = _with_lowercase_run_ons(ctx, lines, picked)
    picked = _asked_once(ctx, picked)
    if len(picked) < 3 and not (len(picked) == 2 and _two_questions_announced(ctx, lines, picked[0])):
        return []
    if (cut := _cut_inside_a_last_question(ctx, lines, picked[-1])) is not None:
        picked.append(cut)
    picked = _joined_within_paragraphs(ctx, lines, picked)
    questions = []
    numbers = {line.number for line in picked}
    restated = _restated_under_the_response(ctx, lines, picked)
    if restated:
        # (a restatement asking with its mark is the same question, not one more)
        again = {line.number for line in restated.values()}
        picked = [line for line in picked if line.number not in again]
        numbers |= again
    for n, line in enumerate(picked, start=1):
        # A question in the requester's own message has no answer under it: the request's next line ("Did the
        # council develop its own process ... etc.") and the acknowledgement below it are none.
        below = ctx.layout.line_at(line.end).number + 1
        if line.number in restated:
            below = restated[line.number].number + 1
        region = [] if ctx.layout.by_requester(line.start) else _answer_region(ctx, lines[below:], numbers)
        if region and (request_section := ctx.layout.request_section):
            # Nor is the request's own next line under a page's "Your request" heading: "Can I have a copy of all
            # correspondence ...? / Both to the GLA housing team and the GLA planning department ..." above "Our
            # response" (the Greater London Authority's log); what stands under the response heading may be.
            region = [piece for piece in region if piece.number not in request_section]
        # A line's own bullet glyph is no part of its question: "• What is the actual Third Party Claims Defined
        # Cost ...?" over its answer, each of three (Highways England's reply on WhatDoTheyKnow).
        bullet = _BULLET_RE.match(line.text)
        start = line.start if bullet is None else line.start + bullet.start("text")
        questions.append(
            Question.model_validate(
                {
                    "number": f"•{n}",
                    "text": " ".join(ctx.text[start : line.end].split()),
                    "span": ctx.span_fields(start, line.end),
                    "answers": _answers(ctx, region),
                }
            )
        )
    return questions


def _question_words(text: str) -> str:
    """A question's words to compare with its restatement: case-folded, single-spaced, its last stop dropped."""
    return " ".join(text.split()).rstrip("?.").casefold()


def _restated_under_the_response(ctx: Context, lines: list[Line], picked: list[Line]) -> dict[int, Line]:
    """The questions under a page's request heading that the reply restates below it, each by its line number: the
    restating line, its answer beneath it. "Your Request / How many ornithologists are employed by NatureScot? / ... /
    Our Response / Our response is below, taking each part of your request in turn. / How many ornithologists are
    employed by NatureScot / NatureScot has five permanent terrestrial ornithologists ..." (NatureScot's published
    reply, its restatements without their question marks). Two at least, or none."""
    section = ctx.layout.request_section
    asked = {_question_words(line.text): line for line in picked if line.number in section}
    if len(asked) < 2:
        return {}
    last = max(section)
    restated: dict[int, Line] = {}
    for line in lines:
        if line.number <= last or not line.text.strip():
            continue
        question = asked.get(_question_words(line.text))
        if question is not None and question.number not in restated:
            restated[question.number] = line
    return restated if len(restated) >= 2 else {}


# A request that says it asks two: "Under the Freedom of Information Act I require a response to the following two
# questions relating to your Trust; / Over the last 5 years what % of revenue (capital and revenue) was spent on ICT? /
# Of this what % was spent on cyber security?" (Bolton NHS Foundation Trust's log).
_TWO_QUESTIONS_RE = re.compile(r"\btwo (?:questions|queries)\b", re.I)
_ANNOUNCED_WITHIN = 3  # lines with text above the first question


def _two_questions_announced(ctx: Context, lines: list[Line], first: Line) -> bool:
    """Whether a line just above ``first`` says the request asks two questions ("the following two questions")."""
    above = [line for line in lines[: ctx.layout.line_at(first.start).number] if line.text.strip()][-_ANNOUNCED_WITHIN:]
    return any(_TWO_QUESTIONS_RE.search(line.text) is not None for line in above)


def _cut_inside_a_last_question(ctx: Context, lines: list[Line], last: Line) -> Line | None:
    """The text's last line, below the last question line ``last``, if it opens a question of the same kind and the
    text stops inside it, no stop at its end: "What is the current number of staff who use a PC or a laptop within
    your Trust? / (blank) / What are the current Microsoft software licences (server and de" (Mersey Care NHS
    Foundation Trust's published reply, cut there)."""
    final = next((line for line in reversed(lines) if line.text.strip()), None)
    if final is None or final.number <= ctx.layout.line_at(last.end).number:
        return None
    text = final.text.strip()
    if not text[-1:].isalnum() or "?" in text or not _opens_a_question(text, _MAX_UNMARKED_ITEM_WORDS):
        return None  # (not a field's answer after its question: "Could we please have the system details? - We use")
    if ctx.text.find(text, 0, final.start) >= 0:
        return None  # a question asked above, its restatement cut (London Metropolitan University's log)
    if ctx.layout.boilerplate_kind(final.start) or ctx.layout.in_quoted(final.start):
        return None
    return final


def _answer_region(ctx: Context, below: list[Line], question_lines: set[int]) -> list[Line]:
    """The lines with text of ``below`` up to the next question's line (numbered in ``question_lines``) or to
    boilerplate: the answer under a question asked on a line of its own."""
    region = []
    for line in below:
        if line.number in question_lines or ctx.layout.boilerplate_kind(line.start):
            break
        if line.text.strip():
            region.append(line)
    return region


def _ends_asking(line: str) -> bool:
    """Whether ``line`` ends in its question mark, or in one and the mark closing a quotation: the last of a request
    quoted by the reply, "how long does it take for staff to be issued a permit when joining your trust?”" (NHS
    Grampian's letter), is a question of its own, not run on from the one above."""
    return line.rstrip().rstrip('"\u201d\u2019').endswith("?")


def _asked_once(ctx: Context, picked: list[Line]) -> list[Line]:
    """Question lines with a question asked again word for word in a later message kept once, at its last asking (the
    one a reply answers) in the place of its first: the request, then the acknowledgement restating it ("What was the
    Hertfordshire Council's total salary bill in 2017/18 ...? / How much was paid in bonuses ...?" twice, Hertfordshire
    County Council on WhatDoTheyKnow) asks two, not four. In one message, the same words under two headings are two
    questions ("In respect of hours provided during the day: / * The mean hourly rate ...?" and again "... during the
    night:", Warwickshire County Council's letter). A request the reply quotes, then answers question by question, is
    asked twice too: "I refer to your e-mail dated 19 July 2022, requesting: / "Do you provide free parking for NHS
    staff and/or patients? / ...?" / I can now respond as follows: / Do you provide free parking for NHS staff and/or
    patients? / Yes." (NHS Grampian's letter)."""
    asked: dict[str, list[int]] = {}
    for index, line in enumerate(picked):
        asked.setdefault(_asked_words(line.text), []).append(index)
    placed: list[tuple[int, Line]] = []
    for indexes in asked.values():
        messages = {
            (id(ctx.layout.message_at(picked[index].start)), ctx.layout.in_quoted_request(picked[index].start))
            for index in indexes
        }
        if len(messages) > 1:
            placed.append((indexes[0], picked[indexes[-1]]))
        else:
            placed += [(index, picked[index]) for index in indexes]
    return [line for _index, line in sorted(placed, key=lambda placed_line: placed_line[0])]


def _asked_words(line: str) -> str:
    """A question line's words, without its bullet or quotation marks, for telling the same question asked twice."""
    bullet = _BULLET_RE.match(line)
    words = " ".join((line if bullet is None else bullet.group("text")).split()).casefold()
    return words.strip('"\u201c\u201d\u2018\u2019')


def _with_lowercase_run_ons(ctx: Context, lines: list[Line], picked: list[Line]) -> list[Line]:
    """``picked``, each of the requester's questions joined to the lines straight under it that go on from it in lower
    case, picked or not: "How much, in total, did each member of the board receive in allowances? / please advise pre
    and post tax amounts." and "Did any board member have any experience in any organisation that managed a large
    construction project? / if yes please advise." (a WhatDoTheyKnow request to Halton Borough Council)."""
    joined: list[Line] = []
    taken: set[int] = set()
    for line in picked:
        if line.number in taken:
            continue
        last = ctx.layout.line_at(line.end)
        below = last.number + 1
        requesters = ctx.layout.by_requester(line.start)
        while (
            requesters
            and below < len(lines)
            and _carries_on(lines[below].text)
            # (a line asking of its own is a question, whatever its case: "how many staff do you employ? / how many of
            # them are agency staff?")
            and not _ends_asking(lines[below].text)
            and ctx.layout.by_requester(lines[below].start)
        ):
            last = lines[below]
            taken.add(below)
            below += 1
        joined.append(
            line if last.end <= line.end else Line(line.number, line.start, last.end, ctx.text[line.start : last.end])
        )
    return joined


def _joined_within_paragraphs(ctx: Context, lines: list[Line], picked: list[Line]) -> list[Line]:
    """A requester's questions each a paragraph of its own: a line asking straight under one of them, in its paragraph,
    is part of it ("When was recording/ broadcasting /podcasting last benchmarked and or debated by your council/
    scrutiny / officers? / Could you please include copies/links to all relevant papers." between paragraphs of one
    question each, a WhatDoTheyKnow request to Hull City Council). Questions on lines with no blank line between them
    are a list of lines, each its own."""
    if not all(ctx.layout.by_requester(line.start) for line in picked):
        return picked
    numbers = {line.number for line in picked}
    going_on = [line.number - 1 in numbers for line in picked]
    if not any(going_on) or 3 * sum(going_on) > len(picked):
        return picked
    joined: list[Line] = []
    for line, goes_on in zip(picked, going_on, strict=True):
        if goes_on and joined:
            first = joined[-1]
            joined[-1] = Line(first.number, first.start, line.end, ctx.text[first.start : line.end])
        else:
            joined.append(line)
    return joined
