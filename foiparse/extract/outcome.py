"""What kind of document this is and how the request ended (vocabularies of the corpus LABELLING.md).

Decided from the text and from what the earlier extractors found, in that order of trust: the phrases in
``patterns/outcomes.yaml`` say what kind of letter it is; the answers and exemptions say how it ended.
WhatDoTheyKnow volunteers warn that authorities write "we are pleased to respond in full" above "we do
not hold this information": the answers decide, not the politeness.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Answer, DocType, Exemption, Outcome, Question, SystemMention
from ..scan import MONTH_STEM
from ..segment import (
    RESPONSE_HEADING_RE,
    Layout,
    Line,
    addresses_an_organisation,
    greets_no_one,
    is_person_name,
    signature_line,
)
from .context import ITEM_MARK, Context
from .dates import DATE_RE
from .exemptions import fold_case

# "would be supplied with redactions": released in part. Searched in ``fold_case`` text, and only when one
# of its words is there.
_REDACTED_RE = re.compile(r"\bredact|\bpart of the information|\bsome of the information")
_PUBLISHED_SECTIONS = {("FOIA", "21"), ("FOISA", "25")}
# Intended for future publication: beside section 21 ("the register is published; its next update is exempt under
# section 22") the request ended pointed to what is published; alone, the information is withheld (NHS England
# withholding a report "intended for future publication").
_TO_BE_PUBLISHED_SECTIONS = {("FOIA", "22"), ("FOISA", "27")}


# "If we need any further clarification ... we will be in touch", "We may need to contact you for further
# information or clarification": an acknowledgement's offer, not a request to clarify.
# "for which you provided further clarification on 4 October 2016", "following your clarification": one already
# given, not asked for (the ICO's disclosure log). After thanks, a clause of its own may ask: "Thank you for your
# request, I would just like some clarification on the points you have raised" (the University of York).
# Nor the closing offer of one: "I trust this answers your queries. Should you require any clarification then please do
# not hesitate to contact me." (Wolverhampton Homes on WhatDoTheyKnow).
_CONDITIONAL_CLARIFICATION_RE = re.compile(
    # Or clarification itself the condition: "If clarification is required please be aware the 20 working day clock
    # will start the day the Constabulary receives the necessary clarification." (Cheshire Constabulary's
    # acknowledgement)
    r"\bif (?:any |further )?$|\bif (?:any |further )?clarification (?:is|be) (?:required|needed)\b[^.]*$"
    # ("However, it may be that we need to seek further clarification or information from you. This will add to the
    # time in which we are allowed to respond", Gloucestershire Constabulary's acknowledgement)
    r"|\b(?:(?:if (?:we|there)|may need|might need|it may be that|should we|should you"
    r"|if you (?:require|need|would like)"
    r"|you (?:have )?(?:provided|supplied|gave|given|sent))\b[^.]*"
    # (searched up to the cue: a comma straight before it ends the clause, "Further to your recent Freedom of
    # Information Act request, please confirm whether you require 'headcount' or Full Time Equivalent (FTE) data",
    # North Wales Fire and Rescue Service on WhatDoTheyKnow)
    r"|(?:following|further to|after|thank you for|until) (?:your|the)\b"
    r"(?:[^.,]|,(?!\s*$)(?! (?:i|we|please|could|can)\b))*"
    # Or the reply telling of its earlier request to clarify, in the past: "We replied on 20 June 2023 ... We asked you
    # to clarify whether your request refers to all pension schemes ... We explained that we would be able to process
    # your request once we have received clarification." (HM Treasury's letter refusing on cost once the requester
    # declined)
    r"|\bwe (?:asked|explained|advised|told|wrote to) (?:you\b)?[^.]*"
    r")$"
)

# A refusal's words put as a condition, in the sentence before them: the request's "if section C would require an
# extensive search in a number of locations or exceed the cost limit for FOI then please only complete Sections A and
# B" (a disclosure log of the Royal Borough of Windsor and Maidenhead), an acknowledgement's "if we estimate that it
# would exceed the cost limit we will contact you"; not "even if the information were held, locating it would exceed
# the cost limit".
# Nor a concession before an answer given all the same: "Although we do not have to comply with the Act as a company,
# we have chosen to answer".
# Or the requester's condition on the request itself: "If any part of this request exceeds the cost limit identified in
# Section 12, please advise me ... of what information could be provided within the limit" (a request the Royal
# Borough of Windsor and Maidenhead's log prints under "Request", no reply below it).
_CONDITIONAL_REFUSAL_RE = re.compile(
    r"(?<!even )\bif\b[^.]*\b(?:would|were to|may|might)\b[^.]*$|\b(?:although|though|whilst|while)\b[^.,]*$"
    r"|\bif (?:any part of |all or part of |part of )?(?:this|my|the) request\b[^.]*$"
)

# A promise about a review the requester may ask for, not about this request: "You will receive a full response to
# your request for review within 20 working days of its receipt." (Aston University's review rights, a PDF's lines
# each their own paragraph, so not boilerplate).
_REVIEW_PROMISE_RE = re.compile(r"\b(?:request for (?:an? )?(?:internal )?review|review request)\b")


# A promise to answer once the clarification asked for comes is the request to clarify's, not an acknowledgement's:
# "I will put your request on hold and once we have received clarification on your request, we will respond as soon as
# possible and within 20 working days" (Sheffield Hallam University on WhatDoTheyKnow, under its acknowledgement).
_AWAITS_CLARIFICATION_RE = re.compile(r"\b(?:once|when|after|until|on receipt of|upon receipt of)\b[^.]*\bclarif")
# The duty the law sets every body, not a promise of this reply: "It is important to note that ... public authorities
# are statutorily required to respond to freedom of information requests within 20 working days." (the Welsh
# Government's reply, its answers below)
_DUTY_OF_EVERY_BODY_RE = re.compile(
    r"\bpublic authorities (?:are|were) (?:statutorily |legally )?(?:required|obliged) to (?:respond|reply)\b[^.]*$"
)


# The date a late reply should have come by, as a review tells it, not a receipt acknowledged: "As your request was
# received on Monday 22nd March, you should have received a reply as soon as possible but in any event, no later than
# 21st April." (Kent County Council's internal review on WhatDoTheyKnow)
_SAYS_IT_WAS_LATE_RE = re.compile(
    r"\byou should have (?:received|had|been sent|been given) (?:a|an|our|the) (?:reply|response)\b"
)


def _promises_a_review(lower: str, start: int, cue: int) -> bool:
    """Whether the sentence before an acknowledgement's cue at ``cue`` speaks of a review request; the sentence may
    start on an earlier line (``start``: where its line's sentence starts) of a PDF's hard-wrapped text."""
    stop = lower.rfind(". ", max(0, cue - 150), start)
    return _REVIEW_PROMISE_RE.search(lower, stop + 2 if stop != -1 else max(0, cue - 150), cue) is not None


# The end of a sentence: its stop, then a space or the end of the text.
_SENTENCE_END_RE = re.compile(r"[.?!](?:\s|$)")


# WhatDoTheyKnow's line over a message that came with files: "_FreedomOfInformation, Slough Borough Council / 1
# Attachment / Dear Gwen Swinburn, / Please accept our apologies for the delay i" (the page cut there): the reply is
# in the attachment, so the letter says something however little of it the text shows.
_ATTACHMENTS_LINE_RE = re.compile(r"\s*\d+ Attachments?\s*$")
_ATTACHMENTS_LINE_ABOVE = 4


def _reply_begun_above(layout: Layout, letter: Line) -> bool:
    """Whether a reply has begun above ``letter``, a letter's first line: WhatDoTheyKnow's attachments line stands just
    above it, or the reply's subject saying the request is done: "Knowsley Metropolitan Borough Council / Your FOI
    request has been completed / Dear Jake Hurfurt" ending the page (its answers cut away; the acknowledgement above
    it no longer stands)."""
    above = layout.lines[max(0, letter.number - _ATTACHMENTS_LINE_ABOVE) : letter.number]
    return any(_ATTACHMENTS_LINE_RE.match(line.text) or _REQUEST_DONE_RE.match(line.text) for line in above)


_REQUEST_DONE_RE = re.compile(
    r"\s*(?:your |the )?(?:foi |foia |eir |freedom of information |information )?(?:request|enquiry)"
    r" (?:has been|is now) (?:completed|closed|answered|responded to)\b",
    re.I,
)


# A letter cut after its first sentence that only thanks says nothing yet either: "Dear Claire Stephenson, / Thank you
# for your request for information." closing a WhatDoTheyKnow page under North West Ambulance Service NHS Trust's
# acknowledgement.
_THANKS = r"(?:thank(?:s| you)|many thanks) for your"
_THANKS_FOR_YOUR = rf"{_THANKS} [^.\n]{{0,60}}?\b(?:request|e-?mail|enquiry|letter|correspondence)\b"
_ONLY_THANKS_RE = re.compile(rf"\s*{_THANKS_FOR_YOUR}[^.\n]{{0,40}}\.\s*", re.I)
# The same said of the body's only message, at any length, or thanks for taking the time to write: "Thank you for
# taking the time to email Torfaen County Borough Council."
_THANKS_FOR_WRITING_RE = re.compile(
    rf"\s*(?:{_THANKS_FOR_YOUR}|thank(?:s| you) for taking the time to (?:e-?mail|write to|contact))"
    r"[^.\n]{0,120}\.\s*",
    re.I,
)


def _only_thanks_for_the_request(ctx: Context) -> bool:
    """Whether the thread's last message is the body's only one, after the requester's, and holds only one sentence of
    thanks (``_THANKS_FOR_WRITING_RE``) below its greeting or sender line."""
    messages = [m for m in ctx.layout.messages if not m.quoted]
    # (the body's only message: a letter cut after its first sentence of thanks under the body's earlier letters is
    # a reply begun, _says_nothing_yet)
    if len(messages) < 2 or messages[-1].from_requester or not all(m.from_requester for m in messages[:-1]):
        return False
    last = messages[-1]
    opening = last.salutation or last.sender
    body = opening.end if opening is not None else last.start
    return _THANKS_FOR_WRITING_RE.fullmatch(ctx.text, body, last.end) is not None


# A line that only apologises, above what the letter goes on to say: "Dear Ms Eccleston / Please accept my apologies /
# The team are s" closing a WhatDoTheyKnow page under Belfast Health and Social Care Trust's acknowledgement and its
# promise of a reply next week.
_APOLOGY_LINE_RE = re.compile(
    r"\s*(?:(?:please accept )?(?:my|our) (?:sincere )?apologies|apologies|(?:I am |we are )?sorry)"
    r"(?: for (?:the|this|any) delay[^.\n]{0,80})?[ \t]*[.!]?[ \t]*\n",
    re.I,
)


# (nor one whose first words, cut short, already call it the reply: "Dear Gwyn Worth / I write in reply to your recent
# Freedom of Information request; please find Epsom & Ewell Borough Council's response " ending a WhatDoTheyKnow page
# under the council's acknowledgement)
_NAMES_ITSELF_THE_REPLY_RE = re.compile(
    r"\b(?:write|writing) in (?:reply|response) to your\b|\bplease find\b[^.\n]{0,80}\bresponse\b", re.I
)


def _says_nothing_yet(text: str, start: int) -> bool:
    """Whether ``text[start:]``, a letter's text after its greeting cut where the document ends, is at most one line
    that no sentence has ended in, after any sentences that only thank and lines that only apologise: "Dear Mr
    Matchett, / Thank you for your email. / Please accept my apologies for being unable to respond to your FOI request
    within the statutory" (NHS Grampian on WhatDoTheyKnow, under its acknowledgement and the requester's chaser)."""
    if _ONLY_THANKS_RE.fullmatch(text, start):
        return True
    while courtesy := _APOLOGY_LINE_RE.match(text, start) or _THANKS_FOR_WRITING_RE.match(text, start):
        start = courtesy.end()
    if _SENTENCE_END_RE.search(text, start):
        return False
    return sum(1 for line in text[start:].splitlines() if line.strip()) <= 1


def _states_a_finding(ctx: Context) -> bool:
    """Whether a review's finding is stated: not words that only introduce it, the text cut straight after them ("I
    have reviewed this case and have concluded that th", the Scottish Government's review page, cut there); a finding
    cut inside its own words is stated ("Therefore Mr Lall is correct in his considera", the Care Quality
    Commission's review)."""
    end = len(ctx.text.rstrip())
    return any(
        not (m.group().rstrip().lower().endswith(("that", ":")) and _a_cut_fragment(ctx.text[m.end() : end]))
        for m in _counted(ctx, "review_finding")
    )


def _review_opens(ctx: Context) -> int:
    """Where a review's own words start: its first internal review cue (0 if none). What it attaches from there on is
    its own; what the original reply quoted above attached is not."""
    return min((m.start() for m in _counted(ctx, "internal_review")), default=0)


def _hits(ctx: Context, kind: str) -> int:
    return len(_counted(ctx, kind))


def _counted(ctx: Context, kind: str) -> list[re.Match[str]]:
    """The cues of ``kind`` that count: the authority's own words, outside boilerplate and quoted messages.
    Worked out once a parse for each kind (decide() asks about some kinds in several branches)."""
    key = f"counted:{kind}"
    if key not in ctx.memo:
        ctx.memo[key] = _count(ctx, kind)
    counted: list[re.Match[str]] = ctx.memo[key]
    return counted


# Cues that count in a paragraph the Commissioner's boilerplate ends, when they come before its first boilerplate
# words: an acknowledgement's promise (``_before_the_boilerplate``), and a review's opening: "I have been investigating
# your request for an internal review of the handling of your request. ... Should you feel that it has not answered
# your enquiries however, you are of course able to make a full complaint to the Information Commissioner" (Brentwood
# Borough Council's review letter, its lines joined into one paragraph). And a request for the requester's name: "To
# satisfy section 8(1)(b) of the Act we require your full name to validate your request. Please see the Information
# Commissioner's website for further information about how to make a valid request" (Haringey Council on
# WhatDoTheyKnow).
_BEFORE_THE_BOILERPLATE_KINDS = frozenset({"acknowledgement", "internal_review", "clarification"})


def _count(ctx: Context, kind: str) -> list[re.Match[str]]:
    layout = ctx.layout
    counted = []
    superseded = (
        _superseded_before(ctx)
        if kind == "acknowledgement" or (kind == "clarification" and _last_letter_replies(ctx))
        else 0
    )
    for m in ctx.cue_matches(kind):
        zone = layout.boilerplate_zone(m.start())
        if zone is not None and not (
            (kind in _BEFORE_THE_BOILERPLATE_KINDS and _before_the_boilerplate(ctx, zone, m))
            or (kind == "decision_notice" and _a_finding_of_its_own(ctx, zone, m))
        ):
            continue
        if layout.in_quoted(m.start()):
            continue
        if layout.by_requester(m.start()):
            continue
        if ctx.layout.in_request_section(m.start()) or _echoes_the_requester(ctx, m.start()):
            continue
        if m.start() < superseded:
            continue
        start, end = ctx.sentence_around(m.start(), m.end())
        if kind == "acknowledgement" and _counts_replies_before(ctx.text, start, m.start()):
            continue
        if (
            kind != "authority_voice"
            and not (kind == "clarification" and _in_a_letter_to_a_person(ctx, [m]))
            and _requester_voice_beside(ctx, m, start, end)
        ):
            # "I would be grateful if the information can be provided within 20 working days"; but in the authority's
            # letter to the requester the words ask what a request would: "Dear Mr Steele / Further to your request
            # for information, I would be grateful if you could clarify the meaning of "procured" in the question
            # below." (the Food and Environment Research Agency on WhatDoTheyKnow)
            continue
        if kind == "clarification" and _CONDITIONAL_CLARIFICATION_RE.search(ctx.lower, start, m.start()):
            continue
        if kind == "clarification" and _in_the_request_quoted_whole(ctx.text, m.start()):
            continue
        if kind == "refusal" and (
            _CONDITIONAL_REFUSAL_RE.search(ctx.lower, start, m.start()) or ctx.in_hypothetical_sentence(m.start())
        ):
            continue
        if kind == "published" and _BODIES_THE_ACT_COVERS_RE.search(ctx.lower, start, end):
            continue
        if kind == "acknowledgement" and (
            _promises_a_review(ctx.lower, start, m.start())
            or _AWAITS_CLARIFICATION_RE.search(ctx.lower, start, m.start())
            or _DUTY_OF_EVERY_BODY_RE.search(ctx.lower, start, m.start())
            or _SAYS_IT_WAS_LATE_RE.search(ctx.lower, m.end(), end)
            # a question's own words, however the reply restates it: "(a) How many responses to FOI requests were
            # issued within 20 working days of receipt by your organisation?" (the Welsh Government's answers)
            or any(begin <= m.start() < end for begin, end in ctx.memo.get("asked", ()))
        ):
            continue
        counted.append(m)
    return counted


# The reply quoting the request whole in quotation marks under the line that introduces it: "Thank you for your
# Freedom of Information (FoI) request received on 11 November. You / wrote: / "Thank you for your response ... you
# wrote: "However, ..." / Could you please provide clarification as to why it is not possible ...? ..."" (the Department
# for Work and Pensions' letter); the requester's words asking, not the reply's. (The cleaned text's quotation marks
# are straight, so the passage is the one its opening mark's count leaves open.)
_QUOTE_INTRODUCED_RE = re.compile(r"(?:wrote|asked|said|requested|as follows)[ \t]*:[ \t]*\n[ \t]*\"", re.I)
_QUOTE_REACH = 4000


def _in_the_request_quoted_whole(text: str, pos: int) -> bool:
    """Whether ``pos`` falls inside a quoted passage opened under a line introducing it (above) and closed after."""
    introduced = next(reversed(list(_QUOTE_INTRODUCED_RE.finditer(text, max(0, pos - _QUOTE_REACH), pos))), None)
    if introduced is None:
        return False
    opening = introduced.end() - 1
    return text.count('"', opening, pos) % 2 == 1 and '"' in text[pos : pos + _QUOTE_REACH]


# Where the list of the bodies the Act covers is published is no information asked for: "A list of public bodies and
# local authorities that are subject to the provisions of the Freedom of Information Act is available at the following
# website" (Brighton & Hove City Council and Hastings Borough Council, saying the Electoral Registration Officer is not
# one of them).
_BODIES_THE_ACT_COVERS_RE = re.compile(
    r"\bpublic (?:bodies|authorities)\b[^.]{0,60}\bsubject to (?:the )?(?:provisions of )?"
)


def _last_letter_replies(ctx: Context) -> bool:
    """Whether the letter that supersedes the thread's earlier ones (``_superseded_before``) is the body's reply: a
    request to clarify is superseded by the reply after it ("Could you please provide further information regarding
    these meetings? ... / Dear Hugh / Thank you for your email which we received on the 14 August 2012 ... Your request
    has been dealt with under the Freedom of Information Act 2000.", Magherafelt District Council on WhatDoTheyKnow).
    Not by the requester's answer to it greeting the officer, in a requester's words ("Dear Mrs Plant, / Thank you for
    directing me to the minutes on the website. ... I would like to request that any and all reports ...", to Barnard
    Castle Town Council), nor by an acknowledgement promising the reply ("The University will provide a response
    within 20 working days", the University of Manchester once the requester gave their name)."""
    start = _superseded_before(ctx)
    if not start:
        return False
    end = ctx.layout.message_at(start).end
    return ctx.catalogue.requester_voice_re.search(ctx.text, start, end) is None and not any(
        start <= m.start() < end for m in ctx.cue_matches("acknowledgement")
    )


_FEWEST_ECHOED_CHARS = 40  # a line's words, at least this long, found in the requester's message above


def _echoes_the_requester(ctx: Context, offset: int) -> bool:
    """Whether the line holding ``offset`` repeats, word for word, a line the requester wrote in a message above: a
    reply restating the request with no quotation marks ("You requested: / I write referring to my FOI request for
    Isabelle Trowler's diary. / The request was refused, and the internal review upheld the / refusal, ...", the
    Department for Education's reply on WhatDoTheyKnow) speaks the requester's words, not its own."""
    words = " ".join(ctx.layout.line_at(offset).text.split()).lower()
    if len(words) < _FEWEST_ECHOED_CHARS:
        return False
    if "requester_messages" not in ctx.memo:
        ctx.memo["requester_messages"] = [
            (message.end, " ".join(ctx.text[message.start : message.end].split()).lower())
            for message in ctx.layout.messages
            if message.from_requester
        ]
    requester_messages: list[tuple[int, str]] = ctx.memo["requester_messages"]
    return any(end <= offset and words in folded for end, folded in requester_messages)


def _before_the_boilerplate(ctx: Context, zone: tuple[int, int, str], cue: re.Match[str]) -> bool:
    """Whether the cue's sentence comes before any boilerplate cue of the paragraph that sends the requester to the
    Commissioner: the reply's own promise, before the paragraph turns to complaints ("... we do remain committed to
    responding to your request and will respond as soon as we are able. Should our response to your request breach
    the statutory timeframe ... you can contact them at: The Information Commissioner's Office", Northern Lincolnshire
    and Goole's holding reply, its lines joined by cleaning). Not a promise after it: "you have the right to ask us to
    review it. ... please e-mail and we will reply within 20 working days" (the Crown Office's review rights)."""
    zone_start, _end, kind = zone
    # (a paragraph's zone: single-spaced text's zones are lines, a sentence's end and the next's start)
    if kind != "commissioner" or not ctx.text.endswith("\n", 0, zone_start):
        return False
    # Nor a zone that carries on the boilerplate straight above it: "... Your review request should be made within
    # 40 working days of receipt of this letter; please e-mail and we will reply within / 20 working days of receipt.
    # The review will be undertaken by a member of the COPFS FOI unit ..." (the Crown Office's review rights, a PDF's
    # wrapped lines, above its paragraph on the Commissioner).
    if zone_start >= 2 and ctx.layout.boilerplate_zone(zone_start - 2) is not None:
        return False
    # A line's zone counts when it is a paragraph cleaning re-flowed into one line, the cue on it: "Ref: EIR/935 /
    # Thank you for your request for environmental information. We will have a response ready for you within 20
    # working days ... For details of these exemptions, please visit the Information Commissioner's" (Maidstone
    # Borough Council's acknowledgement on WhatDoTheyKnow, its email's wrapped lines joined).
    if not ctx.text.endswith("\n\n", 0, zone_start) and "\n" in ctx.text[zone_start : cue.start()]:
        return False
    _start, end = ctx.sentence_around(cue.start(), cue.end())
    return ctx.catalogue.boilerplate_re.pattern.search(ctx.lower, zone_start, end) is None


def _a_finding_of_its_own(ctx: Context, zone: tuple[int, int, str], cue: re.Match[str]) -> bool:
    """Whether a commissioner's finding stands in a sentence of its own inside a paragraph the Commissioner's
    boilerplate marks: a decision's summary tells of the complaint in the words review rights use, "the Council's
    refusal failed to inform the complainant of his right to appeal the Council's decision, and of the right to appeal
    to the Information Commissioner. The Commissioner's decision is that Leeds City Council has therefore breached
    regulation 14(5)." (the ICO's decision, summarised on swarb.co.uk)."""
    if zone[2] != "commissioner":
        return False
    start, end = ctx.sentence_around(cue.start(), cue.end())
    return ctx.catalogue.boilerplate_re.pattern.search(ctx.lower, start, end) is None


def _requester_voice_beside(ctx: Context, cue: re.Match[str], start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` holding ``cue`` speaks in the requester's voice outside the cue's own
    words: the authority's "please provide your real name as set out in Section 8(1)(b)" (Adur District Council)
    asks in the words a request uses."""
    return any(
        not (cue.start() <= v.start() and v.end() <= cue.end())
        for v in ctx.catalogue.requester_voice_re.finditer(ctx.text, start, end)
    )


_MOSTLY_CLARIFYING = 3  # clarification cues to each acknowledgement cue, for a letter whose business is to clarify
_ECHO_CHARS = 40  # characters from a cue on that, found in a question, make it the question's words repeated


def _clarification_cues(ctx: Context, questions: list[Question]) -> list[re.Match[str]]:
    """The clarification cues that count, outside the questions: a reply that repeats the request above its
    answers repeats its words too ("- Are locations owned by the Board or leased? Please specify the status per
    location.", NHS Grampian), and they ask nothing of the requester; nor does a line of a question repeated
    above its answer. Worked out once a parse (decide() asks in two branches, for the same questions)."""
    if "clarification_cues" in ctx.memo:
        found: list[re.Match[str]] = ctx.memo["clarification_cues"]
        return found
    asked = [(q.span.start, q.span.end) for q in questions]
    cues = []
    for m in _counted(ctx, "clarification"):
        if any(start <= m.start() < end for start, end in asked):
            continue
        line = ctx.layout.line_at(m.start())
        words = " ".join(line.text.strip(' \t-•*"').split())
        if len(words) >= 20 and any(words in q.text for q in questions):
            continue
        # (nor the question's words from the cue on, its answer glued after them: "- An itemized list of all revenue
        # and capital spending on Brexit for per annum 2017-19. Please specify the individual payment, the purpose of
        # the payment, and the cost; ... – N/A" under "Summary of response", East Devon District Council's log)
        echo_end = min(line.end, m.start() + _ECHO_CHARS)
        echoed = " ".join(ctx.text[m.start() : echo_end].split()).lower()
        if echo_end - m.start() == _ECHO_CHARS and any(echoed in q.text.lower() for q in questions):
            continue
        cues.append(m)
    ctx.memo["clarification_cues"] = cues
    return cues


def _in_a_letter_to_a_person(ctx: Context, cues: list[re.Match[str]]) -> bool:
    """Whether one of ``cues`` stands in a message greeting a person (the authority's letter)."""
    for m in cues:
        message = ctx.layout.message_at(m.start())
        if message.salutation is not None and not message.from_requester:
            return True
    return False


def _superseded_before(ctx: Context) -> int:
    """Where the last of the authority's own letters in a thread starts, when an earlier one comes before it.

    A WhatDoTheyKnow thread shows the acknowledgement, then the reply ("Stockport Council will respond to your
    request within 20 working days" above "Please find below Stockport Council's response"): the thread is the
    reply, so an acknowledgement's words before it do not count. A letter starts at its salutation (the
    requester's greets the body: "Dear Department for Transport,"), or at its WhatDoTheyKnow sender line where it
    greets no one; quoted messages are older than the one quoting them, so only the thread's own are taken. A
    letter the text is cut inside, in its first line and before that sentence ends, says nothing yet ("Dear Mr
    Buxton / Thanks for your email 10 January" closing a WhatDoTheyKnow page under Sheffield City Council's
    acknowledgement; "Dear Calderdale Against Cor"); one that shows a heading ("Freedom of Information Request
    ICM0004027- Refusal / I am writing to confirm that Norfolk County Council h") is the reply. Worked out once a
    parse (each acknowledgement count asks).
    """
    if "superseded_before" not in ctx.memo:
        layout = ctx.layout
        letters = [
            line
            for line in layout.salutations
            if not layout.in_quoted(line.start)
            and not addresses_an_organisation(line.text)
            and not layout.message_at(line.start).from_requester
        ]
        # A WhatDoTheyKnow reply need not greet anyone: its sender line opens it ("foi@york.gov.uk, City of York
        # Council / Thank you for your enquiry ... you will receive a response within 20 working days", then
        # "Robinson, Kay, City of York Council / 1 Attachment / Please see attached the response to your enquiry").
        # So may one that greets no one and follows the request at once, its sender line unrecognised ("Freedom of
        # Information, / Please consider this e-mail as acknowledgement of your FOI request", Greater Manchester Mental
        # Health NHS Foundation Trust, before its "Dear Anne, / Please find attached the response").
        after_request = {
            layout.messages[i + 1].start
            for i, message in enumerate(layout.messages[:-1])
            if message.from_requester and not message.quoted
        }
        letters += [
            message.sender or layout.line_at(message.start)
            for message in layout.messages
            if (message.sender is not None or message.start in after_request)
            and message.salutation is None
            and not message.quoted
            and not message.from_requester
        ]
        letters.sort(key=lambda line: line.start)
        if (
            letters
            and _says_nothing_yet(ctx.text, letters[-1].end)
            and not _reply_begun_above(layout, letters[-1])
            # (a first sentence cut short that already asks what was meant says so: "Dear Mr. Roberts, / In order to
            # identify and locate the information that you have requested ... I would like to request clarification
            # on the fo", NHS Orkney on WhatDoTheyKnow under its acknowledgement)
            and not any(m.start() >= letters[-1].end for m in ctx.cue_matches("clarification"))
            and _NAMES_ITSELF_THE_REPLY_RE.search(ctx.text, letters[-1].end) is None
        ):
            letters.pop()
        ctx.memo["superseded_before"] = letters[-1].start if len(letters) > 1 else 0
    start: int = ctx.memo["superseded_before"]
    return start


# An answer that says yes before it withholds the details gives the yes: "Yes, the Trust has an Integration engine.
# Details are not provided under cyber exemption." (East Lancashire Hospitals NHS Trust, beside a section 12 refusal
# of another question: partial, not refused).
_CONFIRMS_RE = re.compile(r"yes\b[,.;:]", re.I)


def _gives(answer: Answer) -> bool:
    """Whether an answer gives some of the information asked for."""
    if answer.not_held or answer.withheld:
        # An answer that opens with a figure before it says what is not held gives the figure: "Of 529 reports of fly
        # tipping sent to the Waste department between the dates of 1/4/2019 - 29/11/2021, a total of 171 are classed
        # as rural fly tipping incidents. / 319 incidents ... not held in a way that differentiates rural and non-rural
        # incidents ... Regulation 10(4)(a)" (the Moray Council's log).
        # Or in the paragraph it opens with, a sentence saying how it read the request first: "We have interpreted your
        # request seeking "details" as requesting the number of knife crimes during May. We can advise that there have
        # been a total number of 107 knife crimes during the month of May 2019. / i, This information will not be
        # disclosed ..." (Northumbria Police's log).
        first = _FIRST_SENTENCE_RE.match(answer.text)
        sentence = first.group() if first is not None else ""
        if _FIGURE_STATED_RE.search(sentence) and not _NOT_HELD_WORDS_RE.search(sentence):
            return True
        paragraph = answer.text.split("\n", 1)[0]
        # (or the figures in words, in a paragraph that says what it can tell: "I can advise that in respect of the six
        # charges you refer to, one charge was found not guilty, two charges were found not proven ... / I am unable to
        # provide details of the dates and locations", the Crown Office and Procurator Fiscal Service's log)
        if (
            (_FIGURE_STATED_RE.search(paragraph) or _CAN_ADVISE_RE.match(paragraph))
            and not _NOT_HELD_WORDS_RE.search(paragraph)
            and not _REFUSING_WORDS_RE.search(paragraph)
        ):
            return True
        # Or that sets figures out a row a line before or after what it cannot give: "We can however provide figures
        # relating to costs associated with obtaining mobile phone records, which are as follows: / 2008/09 - £215,929 /
        # 2009/10 - £201,399 / ..." beside expenditure "not recorded separately" and units over the cost limit (Surrey
        # Police); "01/04/12 - 31/03/13 - 564 people / ..." above a month-by-month breakdown declined (Humberside Fire
        # and Rescue Service).
        # (the row regex tries every line's start, so only an answer with a figure after a dash or colon is read)
        if _DATA_ROW_HINT_RE.search(answer.text) and len(_DATA_ROW_RE.findall(answer.text)) >= _FEWEST_DATA_ROWS:
            return True
        # Or that points to a file sent with it before saying what it leaves out: "See attached file / ... / Notes: /
        # Inkdid and Inkdpz fields have not been included in the data ... exempt from disclosure under: FOISA s
        # 38(1)(b)" (NHS Shetland's disclosure log).
        if ("ttach" in answer.text or "nclos" in answer.text) and _ANSWER_ATTACHED_RE.search(answer.text):
            return True
    return (not answer.withheld or _CONFIRMS_RE.match(answer.text) is not None) and not answer.not_held


_FIRST_SENTENCE_RE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|$)")
_CAN_ADVISE_RE = re.compile(r"[ \t]*(?:I|We) can (?:advise|tell you|inform you) that\b")
# A row of figures given: a short label, a dash, colon or equals sign, then a count or a sum with at most a word of unit
# after it ("2008/09 - £215,929", "01/04/13 - 31/03/14 - 535 people", "Nurses: 1,204"). Not a contact line ("Tel: 0800
# 123456" ends in digits after a space; a label of contact words is skipped) nor a date ("Received: 12 March").
_CONTACT_WORDS = r"tel|telephone|phone|fax|mobile"
_DATA_ROW_RE = re.compile(
    rf"^(?![ \t]*(?:{_CONTACT_WORDS}|ref|reference|case|our ref|your ref)\b)[^\n]{{1,60}}?"
    r"(?:[ \t]-|[ \t]?[:=])[ \t]*£?\d[\d,]*(?:\.\d+)?%?"
    rf"(?:[ \t]+(?!{MONTH_STEM}[a-z]*\b)[A-Za-z]+)?[ \t]*$",
    re.I | re.M,
)
_FEWEST_DATA_ROWS = 2
_DATA_ROW_HINT_RE = re.compile(r"[-:=][ \t]*£?\d[\d,.%]*[ \t]*(?:[A-Za-z]+[ \t]*)?\n")
_ANSWER_ATTACHED_RE = re.compile(r"\b(?:see|find) (?:the )?(?:attached|enclosed)\b", re.I)
_NOT_HELD_WORDS_RE = re.compile(
    r"\bnot (?:held|hold|recorded?|kept|collated)\b|\bdo(?:es)? not (?:hold|have|record|keep|collate)\b"
    r"|\bexempt|\bwithheld",
    re.I,
)


def _without_routing_answers(questions: list[Question], routed: set[str]) -> list[Question]:
    """The questions without the answers that only send the request to the environmental regulations: "After reviewing
    your request, we have determined that it falls under the Environmental Information (Scotland) Regulations 2004
    ... We are applying the exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002" under the
    last question says how the request is dealt with, not what was found (NHS 24's disclosure log, cut there)."""
    return _without_answers(questions, lambda a: bool(a.exemptions) and set(a.exemptions) <= routed)


def _without_holding_answers(questions: list[Question], holding: list[re.Match[str]]) -> list[Question]:
    """The questions without the "answers" that are an acknowledgement's words, read under the last question an
    acknowledgement restates: "6. Contact details for the person(s) responsible for managing the fleet ... / Due to the
    ongoing uncertainty of the full impact of COVID-19 ... We aim to respond to your request no later than midnight on
    24 June 2021" (Gloucestershire County Council's acknowledgement on WhatDoTheyKnow, its "Request summary" above)."""
    return _without_answers(questions, lambda a: any(a.span.start <= m.start() < a.span.end for m in holding))


# An answer about the body's own handling of requests, its count of replies before the time limit: "Of the 20 Freedom
# of Information requests received during the timeframe above, the Assembly Commission issued 11 responses to
# requesters within 20 working days of receipt." (the Northern Ireland Assembly Commission answering a request for its
# FOI statistics): a figure given, not a promise to reply.
_REPLIES_COUNTED_RE = re.compile(
    r"\b\d[\d,]*\s+(?:responses|requests|replies|reviews|of them|of these)\b[^.!?\n]*$", re.I
)
_REPLIED_RE = re.compile(r"\b(?:issued|answered|responded|replied|completed|closed)\b", re.I)


def _counts_replies_before(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the words of a sentence before an acknowledgement cue count replies or requests
    (``_REPLIES_COUNTED_RE``) that were sent (``_REPLIED_RE``)."""
    return (
        _REPLIES_COUNTED_RE.search(text, sentence_start, cue_start) is not None
        and _REPLIED_RE.search(text, sentence_start, cue_start) is not None
    )


def _without_answers(questions: list[Question], drop: Callable[[Answer], bool]) -> list[Question]:
    """The questions less the answers ``drop`` picks, each question copied only where it loses one."""
    kept = []
    for question in questions:
        answers = [a for a in question.answers if not drop(a)]
        unchanged = len(answers) == len(question.answers)
        kept.append(question if unchanged else question.model_copy(update={"answers": answers}))
    return kept


def decide(
    ctx: Context, questions: list[Question], exemptions: list[Exemption], systems: Sequence[SystemMention] = ()
) -> tuple[DocType, Outcome]:
    """``systems``: the IT systems named, which the reply may give as information of its own."""
    routed = {e.key for e in exemptions if e.kind == "redirect"}
    if routed:
        questions = _without_routing_answers(questions, routed)
    ctx.memo["asked"] = [(q.span.start, q.span.end) for q in questions]
    holding = _counted(ctx, "acknowledgement")
    if holding:
        questions = _without_holding_answers(questions, holding)
    answers = [a for q in questions for a in q.answers]
    gave = _Gave(ctx, questions, systems)
    # An exemption that only sends the request to the environmental regulations withholds nothing: "Your request
    # ... falls within the scope of Environmental Information Regulations 2004 and as such is exempt from the
    # Freedom of Information Act 2000, under Section 39" heads an acknowledgement (Cheshire East Council).
    exemptions = [e for e in exemptions if e.kind != "redirect"]
    decision_cues = _hits(ctx, "decision_notice")
    # One cue in a thread that holds the request is the authority citing one ("this Council will no longer
    # accept requests that do not comply with this decision notice", Northampton Borough Council). First: a
    # commissioner's decision on "not held" cites the not-held exception too (Scottish Water, EIRs 10(4)(a)).
    # Nor is one cue in the authority's letter to a person: "should planning permission be granted ... the local
    # planning authority should include our standing advice as an informative note on the decision notice" (the Coal
    # Authority, "Dear Mr Austin"); a commissioner's decision greets no one.
    if (
        (
            decision_cues >= 2
            or (
                decision_cues
                and not any(m.from_requester for m in ctx.layout.messages)
                and not any(m.salutation is not None for m in ctx.layout.messages)
            )
        )
        and not _thanked_for_the_request_before(ctx, _counted(ctx, "decision_notice")[0].start())
    ) or _headed_by_a_tribunal(ctx):
        return "decision_notice", "decision"
    # "the information you have requested is not held ... the exception at EIR Regulation 12(4)(a) applies": the
    # request ended not held, whatever else the reply points to (Environment Agency).
    if (
        exemptions
        and all(e.kind == "not_held" for e in exemptions)
        and not [a for a in answers if not a.not_held or _gives(a)]
        and not _hits(ctx, "partial")  # "Access to Information request - Partial Release" (Natural England)
    ):
        return ("refusal" if _hits(ctx, "refusal") else "response"), "not_held"
    if not answers and _hits(ctx, "refusal_deferred") and _clarification_cues(ctx, questions):
        # The exception it could refuse under, named, and put off to ask what is meant first: "Regulation 12(4)(c)
        # allows a public authority to refuse requests that are 'formulated in too general a manner' ... Rather than
        # refuse a request at this stage I wanted to better understand ... I would be very grateful if you could define
        # your request" (Thanet District Council on WhatDoTheyKnow).
        return "clarification", "clarification_requested"
    not_held_cited = any(e.kind == "not_held" for e in exemptions)
    exemptions = [e for e in exemptions if e.kind != "not_held"]
    stops = any(e.kind in {"cost_limit", "vexatious"} for e in exemptions)
    if _hits(ctx, "internal_review") or (_hits(ctx, "internal_review_weak") and _hits(ctx, "internal_review_named")):
        if _hits(ctx, "overturned"):
            if _hits(ctx, "partial"):
                # Overturned to release with some withheld: "I have concluded that a different decision should be
                # substituted. / I am now releasing the agreement ... However, exemptions under section 33(1)b and
                # 38(1)b of FOISA apply to some sections of the document." (Transport Scotland)
                return "internal_review", "partial"
            return "internal_review", (
                "provided" if not exemptions or not answers else _ending(ctx, questions, exemptions, gave, review=True)
            )
        if _hits(ctx, "partial"):
            return "internal_review", "partial"  # "the decisions are partially upheld for the following reasons"
        if _hits(ctx, "upheld") and not [a for a in answers if not a.withheld and not a.not_held]:
            # (a decision upheld that gave part of what was asked is a partial one: outcomes.yaml, given_before)
            return "internal_review", ("partial" if _hits(ctx, "given_before") else "refused")
        # (a review that encloses information itself has found for releasing it: "I can confirm that I have carried out
        # an internal review ... you will find included with this response: / Annex A - Case Closure Overview ...", the
        # Department for Work and Pensions)
        if not _hits(ctx, "upheld") and not _states_a_finding(ctx) and not _attached(ctx, _review_opens(ctx)):
            if not answers and not exemptions and _hits(ctx, "acknowledgement") >= 2:
                # A request for a review acknowledged, the review still to come: "You have requested an internal
                # review of our handling of your FOI request. We will aim to reply within 20 working days." (two cues:
                # a review says one in passing, "Your request has been passed to me to consider")
                return "acknowledgement", "acknowledged"
            # A review that states no finding yet: its account of the original reply (the exemptions it cited, the
            # answers it gave) is not the review's outcome. A review letter goes through the request before it
            # concludes, and texts cut at ~2,000 bytes end first (the Crown Prosecution Service, reviewing question
            # 2 of 5; the Foreign and Commonwealth Office, listing the original refusal's exemptions).
            return "internal_review", "unknown"
        return "internal_review", _ending(ctx, questions, exemptions, gave, review=True)
    given = [a for a in answers if _gives(a)]
    if _hits(ctx, "partial") or (_hits(ctx, "partly_held") and not (stops and not given)):
        if (
            not answers
            and _hits(ctx, "acknowledgement") >= 2
            and not _attached(ctx)
            and not _replied_after_acknowledging(ctx)
        ):
            # A holding letter says what it holds and which exemptions it weighs, and gives nothing yet: "The
            # Department does hold some of the information you are seeking. ... we need to extend our response time
            # limit by 20 working days ... we plan to let you have a response by 16th February 2012" (the
            # Department for Transport). Not when the reply follows the acknowledgement: "We have completed the
            # compilation of information in response to your request ... We can confirm that we do hold some
            # information of the description specified in your request" (University College London on WhatDoTheyKnow).
            return "acknowledgement", "acknowledged"
        return "response", "partial"
    if not answers and not exemptions:
        clarification_cues = _clarification_cues(ctx, questions)
        clarification, acknowledgement = len(clarification_cues), _hits(ctx, "acknowledgement")
        # The authority asking what was meant in a letter of its own is its voice too ("Dear Tyler James / ... I
        # cannot locate your previous request referred too - could you please clarify?", Greater Manchester Police
        # in a WhatDoTheyKnow thread); a page with no greeting may be the requester's ("Further clarification is
        # required").
        asks = _in_a_letter_to_a_person(ctx, clarification_cues)
        # A refusal's words are the authority's too ("It is my assessment that the cost of providing you with the
        # information requested would exceed the 'appropriate limit'"), and so are words that give information
        # ("Please see answers to your questions below", the London Ambulance Service).
        if not acknowledgement and not clarification and _only_thanks_for_the_request(ctx):
            # The body's one message, after the request, thanks for it and the text ends there: receipt acknowledged
            # ("Call Torfaen, Torfaen County Borough Council / Thank you for taking the time to email Torfaen County
            # Borough Council.", on WhatDoTheyKnow).
            return "acknowledgement", "acknowledged"
        if not acknowledgement and not asks and not _authority_speaks(ctx) and not _hits(ctx, "refusal"):
            return _unheard(ctx)
        if acknowledgement < 2 and (clarification >= 2 or (clarification and not acknowledgement)):
            # One "clarify" beside "Response (all information to be supplied)" is the request's ("I will be
            # happy to clarify what I am asking for") on a disclosure-log page that links the reply.
            if clarification >= 2 or not _attached(ctx):
                if clarification == 1 and _says_not_held(ctx) and _hits(ctx, "information_follows"):
                    # A reply that answers one part, says what it does not hold, and asks about the last: "The RPA
                    # can confirm that the County Parish Holding (CPH) number is 45/084/0082 ... We do not hold any
                    # further information ... We will not be able to answer your last question without further
                    # clarification." (the Rural Payments Agency)
                    return "response", "partial"
                return "clarification", "clarification_requested"
            return "response", _ending(ctx, questions, exemptions, gave)
        if acknowledgement:
            if (
                _not_held_after_acknowledgement(ctx)
                or _reply_sent_before_holding(ctx)
                or _replied_after_acknowledging(ctx)
            ):
                return "response", _ending(ctx, questions, exemptions, gave)
            if _refused_after_acknowledging(ctx):
                return "refusal", "refused"
            # A thread's request to clarify is its most substantive message (shared/corpus/LABELLING.md) beside one
            # acknowledging sentence: the clarifying letter's own "After receiving your reply, your request will then be
            # considered and you will receive the information requested within the statutory time scale" (Merseyside
            # Police on WhatDoTheyKnow), the acknowledgement that came before it (Carmarthenshire County Council) or the
            # one after the requester answered it ("please can you provide your full name to validate your request" ...
            # "The University will provide a response within 20 working days", the University of Manchester). An
            # acknowledgement in its own words (two cues and more) that only promises one stays an acknowledgement: "you
            # should receive a response, or a request for clarification by Monday" (Clackmannanshire Council).
            if clarification and acknowledgement == 1 and not _attached(ctx):
                return "clarification", "clarification_requested"
            if clarification >= _MOSTLY_CLARIFYING * acknowledgement and not _attached(ctx):
                # A letter that logs the request and then asks, at length, what it means: "This has been logged as a
                # Freedom of Information Request ... we would like to clarify what information you require ... Please
                # can you clarify what documents you are looking for. This is an initial clarification ... once we
                # have received your clarification" (Sheffield City Council on WhatDoTheyKnow): six cues to two.
                return "clarification", "clarification_requested"
            return "acknowledgement", "acknowledged"
    # Each cue search costs more than the checks on the records, so the records are checked first.
    if (
        not exemptions
        and not any(a.withheld or a.not_held for a in answers)
        and _hits(ctx, "acknowledgement") >= 2
        # (not when the reply follows them: "... which in this case is 9 August 2012. / Please find the Council's
        # responses to the following questions: / Q 1. The names of all Swindon Borough Co", Swindon Borough Council
        # on WhatDoTheyKnow, under Customer Services' "forwarded to the Freedom of Information Service for response")
        and not _replied_after_acknowledging(ctx)
    ):
        # "We received your request on ... We will respond within 20 working days" above the quoted request
        return "acknowledgement", "acknowledged"
    if not answers and exemptions and _hits(ctx, "extension") and not _attached(ctx):
        # The time extended to weigh the public interest in the exemptions it names: "The particular exemption we are
        # considering is Section 30 ... I hope to let you have a response by 30th May" (the Health and Safety
        # Executive); the reply is still to come.
        return "acknowledgement", "acknowledged"
    if stops and not given:
        # Or it answers what it can within the cost limit, in no refusal's words: "we have answered your questions
        # below to the best of our ability within the time exemption outlined in Section 12(1)" (an NHS trust); not
        # "our Digital services unit ... have provided the following information" above a vexatious refusal.
        if (
            _attached(ctx)
            or (_hits(ctx, "published") and not _WHOLE_REQUEST_REFUSED_RE.search(ctx.lower))
            or (_hits(ctx, "information_follows") and not _hits(ctx, "refusal"))
            or (not answers and _gives_under_heading(ctx))
            # or a year's figure a line before refusing the breakdown on cost: "the number of Short-Term RSLs awarded
            # from 2010 are: / 2010 - 337 / 2011 - 321 / 2012 - 286 / However, the information you have requested with
            # regards to the break down is not readily accessible" (Ofcom's reply, reposted on a forum)
            or _figure_cells(ctx)
            # or a figure the reply states before refusing the rest: "The total annual expenditure for Patient feeding
            # is £1,984,927 ... / The Trust does hold the information on the units ... would exceed 18 hours" (a
            # request of one paragraph on University Hospitals Birmingham's log, section 12 for the breakdown), in an
            # answer too: the figure for the one year a new system records, in the answer refusing the years before on
            # cost (Police Scotland)
            or _states_a_figure(ctx, beside_the_cost=False)
        ):
            # Some parts answered beside a cost or repeat refusal of others is a response (the Legal Aid Agency: a
            # section 14(2) repeat, then data in Annex A); what a refusal of the whole encloses to advise and assist
            # is still a refusal (the Scottish Government: "in an effort to provide reasonable assistance to your
            # enquiry, please find enclosed the most recent correspondence" under section 12).
            return ("refusal" if _given_only_to_assist(ctx) else "response"), "partial"
        return "refusal", "refused"
    if not given and _hits(ctx, "refusal"):
        some_not_held = not_held_cited or any(a.not_held for a in answers) or _says_not_held(ctx)
        if exemptions and _published_only(exemptions) and not some_not_held:
            return "refusal", "published"  # "Your request is refused in accordance with s.21 FOIA"
        # (not beside a part not held, a partial answer as _ending reads it: "In respect of questions (a) and (b) I am
        # refusing your request under s21 of the FOI Act ... For question (c) there is no recorded information held.",
        # the Cleveland Police and Crime Commissioner's log)
        # (or the first answer under the "Response" heading gives, the refusal notice of another below it: "Response /
        # Q1 - 96 / Q2 - / NOTICE OF REFUSAL / Please note that I consider the information you have requested regarding
        # the location of CCTV cameras to be exempt information under S31(1)(a)", Hastings Borough Council's log)
        # (or figures stated in its own words before a cost refusal of the rest, no section printed: "Liability orders
        # granted since 1 April 2024 total 989 covering the following financial years ... we have estimated that the
        # cost of complying with your request would exceed the 'appropriate limit'", Dover District Council's log)
        if (
            some_not_held
            or _attached(ctx)
            or (not answers and (_figure_under_heading(ctx) or _states_a_figure(ctx, beside_the_cost=False)))
            or (not answers and _labelled_answers_give(ctx))
        ):
            return "response", "partial"
        if not exemptions and _hits(ctx, "published"):
            # Part pointed to where it is published, as a cost refusal above may do: "From 2009 to date, minutes and
            # reports are available on the Safeguarding Board website ... Where information is not available on the
            # website ... retrieval of all the information requested would exceed the cost limit" (Rotherham
            # Metropolitan Borough Council, no section printed). The notice is still the reply's main content
            # (LABELLING.md's refusal).
            return "refusal", "partial"
        if answers and _refuses_one_question_of_many(ctx.text, questions):
            return "response", "unknown"
        return "refusal", "refused"
    if not answers:
        if exemptions and not _published_only(exemptions):
            gives = gave() or _states_a_figure(ctx, beside_the_cost=False) or _figure_cells(ctx)
            return ("response", "partial") if gives else ("refusal", "refused")
        if _hits(ctx, "acknowledgement") and not exemptions:
            return "acknowledgement", "acknowledged"
        if _clarification_cues(ctx, questions) and not exemptions:
            return "clarification", "clarification_requested"
        if not _authority_speaks(ctx) and not exemptions:
            return _unheard(ctx)
    outcome = _stated_outcome(ctx) or _ending(ctx, questions, exemptions, gave)
    # A reply whose ending is a refusal is a refusal notice (shared/corpus/LABELLING.md has no refused response): "...
    # is exempt under Section 24 ... is exempt under Section 31" answering a log's four questions about ransomware
    # (Blackpool Teaching Hospitals NHS Foundation Trust).
    return ("refusal" if outcome == "refused" else "response"), outcome


def _thanked_for_the_request_before(ctx: Context, position: int) -> bool:
    """Whether the authority thanked the requester before ``position``, as a reply opens and a commissioner's decision
    never does: "Thank you for your request under the Environmental Information Regulations. / ... / Questions and
    final response: / Question 1 - I am writing to request an uptodate Fleetlist ... A recent Decision Notice on the
    ICO's web site ..." (Essex County Fire & Rescue Service's published reply, the decision the requester's)."""
    return any(
        m.start() < position and m.group().lower().startswith("thank you for") for m in _counted(ctx, "authority_voice")
    )


# A tribunal's decision heads its page with the chamber that decides: "IN THE FIRST-TIER TRIBUNAL GENERAL REGULATORY
# CHAMBER (INFORMATION RIGHTS) EA/2014/0212 BETWEEN:MR ROBERT BROMLEY Appellant and THE INFORMATION COMMISSIONER
# Respondent ..." (the First-tier Tribunal on the DVLA, its page flattened to one line, every cue of it inside the
# Commissioner's boilerplate that the flattened paragraph is); "First-Tier Tribunal / (General Regulatory Chamber)" on
# the National Archives' Find Case Law pages. A reply naming the tribunal to appeal to names it inside a sentence.
_TRIBUNAL_HEADING_RE = re.compile(
    r"^[ \t|*#]*(?:IN THE )?(?:FIRST-TIER|First-[Tt]ier|UPPER|Upper) (?:TRIBUNAL|Tribunal)\b[ \t\n(|]*"
    r"(?:GENERAL REGULATORY CHAMBER|General Regulatory Chamber|INFORMATION RIGHTS|Information Rights)",
    re.M,
)
_TRIBUNAL_HEADING_WITHIN = 1500  # characters from the top: a page's banners may come first


def _headed_by_a_tribunal(ctx: Context) -> bool:
    heading = _TRIBUNAL_HEADING_RE.search(ctx.text, 0, _TRIBUNAL_HEADING_WITHIN)
    return heading is not None and not ctx.layout.in_quoted(heading.start())


# A cost or repeat refusal of the whole request, beside which a pointer to where related material is published is help,
# not a part answered: "Consequently, IPSA is not obliged to respond to your request (see section 12(1), FOIA). ... We
# publish responses to consultations undertaken by IPSA ... on our website" (the Independent Parliamentary Standards
# Authority's log). Not "the first part of your request" pointed to published assessments beside a cost refusal of the
# second (London North Eastern Railway: partial).
_WHOLE_REQUEST_REFUSED_RE = re.compile(
    r"\bnot obliged to (?:respond to|comply with|answer) (?:your|this|the) request\b"
    r"|\b(?:does|do) not have to comply with (?:your|this|the) request\b"
)


# The outcome a log's field states (patterns/outcomes.yaml, stated_*), each cue kind's.
_STATED_OUTCOMES: dict[str, Outcome] = {
    "stated_provided": "provided",
    "stated_partial": "partial",
    "stated_not_held": "not_held",
    "stated_refused": "refused",
}


def _stated_outcome(ctx: Context) -> Outcome | None:
    """The outcome the first of a log's "Outcome:" fields states, if any."""
    stated = [(m.start(), outcome) for kind, outcome in _STATED_OUTCOMES.items() for m in ctx.cue_matches(kind)]
    return min(stated)[1] if stated else None


def _unheard(ctx: Context) -> tuple[DocType, Outcome]:
    """A text in which the authority says nothing that tells what it did: the authority's document with no cue
    ("other"), a reply begun after the request and cut before it says anything ("Dear Sir or Madam ... Yours
    faithfully / Maciej Wójtowicz / ... / 6 December 2018 / Dear Mr M Wójtowicz, / Freedom of Information (Scotland)
    Ac", National Museums Scotland on WhatDoTheyKnow: a response whose outcome the cut hides), else the request only."""
    if ctx.cue_matches("authority_document"):
        return "other", "unknown"
    messages = ctx.layout.messages
    asked = next((i for i, m in enumerate(messages) if m.from_requester and not m.quoted), None)
    replies = [m for m in messages[asked + 1 :] if not m.from_requester and not m.quoted] if asked is not None else []
    greeting = [m for m in replies if m.salutation is not None]
    if greeting and all(m.closing is not None for m in greeting):
        # Greeted and signed off with nothing between but its heading: "Dear Gearoid, / FOI 19-423 request regarding
        # Clinical Systems / Yours sincerely / Information Governance Team" (Black Country Partnership NHS Foundation
        # Trust on WhatDoTheyKnow, its letter sent as a file), a covering note as a message of files only is.
        return "other", "unknown"
    if greeting:
        return "response", "unknown"
    if (
        asked is not None
        and any(
            m.sender is not None
            and not m.from_requester
            and not m.quoted
            # (its sender line alone, cut in the name, is no message yet: "FOI, Royal " ending a WhatDoTheyKnow page
            # under a request to the Royal Brompton and Harefield NHS Foundation Trust)
            and ctx.text[m.sender.end : m.end].strip()
            for m in messages[asked + 1 :]
        )
    ):
        # A message of the authority's after the request that says nothing of what it did: its files only ("FOI, The
        # Robert Gordon University / 1 Attachment"), or its e-mail footer ("Foi Enquiries, Aberdeen City Council /
        # Did you know that the quickest way to make a request ..."), on WhatDoTheyKnow.
        return "other", "unknown"
    if _PUBLISHED_RESPONSE_PAGE_RE.search(ctx.text, 0, _PUBLISHED_PAGE_HEAD):
        # A body's page of a response it published, cut inside the request it restates: "Procurement Data / Case
        # reference FOI2026/00327 / Received 12 February 2026 / Published 16 March 2026 / Request / Please provide
        # the following information. ..." (Oxford University Hospitals NHS Foundation Trust's published responses).
        return "response", "unknown"
    if _RELEASED_DATE_FIELD_RE.search(ctx.text):
        # A log's field dating the release below the request, the reply's words under it: "Request Date18 June 2015 /
        # Requested byMP / Released Date / 3 July 2015 / Our annual return data is published on the Food Standards
        # Agency's website ..." (East Hertfordshire District Council's log).
        return "response", "unknown"
    return "request_only", "none"


# Or a log entry's field dating the reply, a cell of a table or its value on the next line: "| Date Requested |
# 19/12/2025 | / | Date Replied | 12/01/2026 |" above the request restated (NHS Greater Manchester ICB's log, cut inside
# its first answer), "Date of response / November 2023" (Medway NHS Foundation Trust's log, each answer run on after
# its question).
# Or the page's title calling it a response: "Freedom of information response / Home Care Providers / - This request
# regards homecare providers ..." (Thurrock Council's published responses, the answer in prose under the request).
# Or a log entry's field holding both: "- FoI Number / - 2025-132 / - Subject / - Clinical Systems / - Date Received /
# - 26/05/2025 / - Request and Response / - / Please provide information regarding the following system contracts:"
# (NHS Shetland's disclosure log, cut inside the request).
_PUBLISHED_RESPONSE_PAGE_RE = re.compile(
    r"^[-•* \t]*Request and [Rr]esponse[ \t:]*$"
    # (or "Response published: 3 March 2026" over "FOI Request", Gloucestershire Health and Care NHS Foundation Trust's
    # published responses)
    r"|^(?:Published|Date published|Response published)[ \t:]+\d{1,2}\b[^\n]*\n"
    r"|\A[ \t]*(?:Freedom of information|FOI|EIR|Environmental information) (?:request )?response[ \t]*\n"
    r"|^(?:\|[ \t]*)?(?:Date (?:of )?(?:[Rr]esponse|[Rr]eplied|[Rr]esponded)|Response date)[ \t]*:?[ \t]*"
    r"(?:\|[ \t]*|\n)(?:\d{1,2}\b|[A-Z][a-z]+ (?:19|20)\d\d\b)",
    re.M,
)
_PUBLISHED_PAGE_HEAD = 600  # characters: the page's own lines above the request
_RELEASED_DATE_FIELD_RE = re.compile(
    r"^Released [Dd]ate[ \t]*:?[ \t]*(?:\n[ \t]*)*\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d\b", re.M
)


_FILES_LINE_WITHIN = 3  # lines from a message's start where WhatDoTheyKnow puts "1 Attachment"


def _files_sent_after(ctx: Context, start: int) -> bool:
    """Whether the authority sent files after ``start``: a message of its own headed by WhatDoTheyKnow's attachments
    line ("Cook Sam (Communications), / 5 Attachments / George Eliot Hospital NHS Trust / College Street ...", the
    reply's letterhead cut before its words, after the trust's holding email): a reply, its outcome not in the
    text."""
    layout = ctx.layout
    for message in layout.messages:
        if message.start < start or message.from_requester or message.quoted:
            continue
        first = layout.line_at(message.start).number
        for line in layout.lines[first : first + _FILES_LINE_WITHIN + 1]:
            if line.start >= message.end:
                break
            if _ATTACHMENTS_LINE_RE.match(line.text):
                return True
    return False


# What a question asking about IT names: its systems, their suppliers and contracts ("What case management system do
# you use, and who is the contact for it?").
_ASKS_ABOUT_SYSTEMS_RE = re.compile(
    r"(?i:\b(?:systems?|software|suppliers?|providers?|products?|applications?|platforms?|databases?|contracts?"
    r"|licen[cs]es?|solutions?|vendors?|tools?|technolog(?:y|ies)|packages?)\b)|\bI\.?C?\.?T\b"
)


class _Gave:
    """Whether the reply gives some information besides the answers found: it says some is attached, points to
    where some is published ("The ICT Roadmap is publicly available on our website" beside a section 43
    refusal), says what follows is the information ("the information asked for is as follows:"), or names the
    systems asked about outside the request ("ContrOCC supplied by Oxford Computer Consultants" above a section
    40(2) refusal of contact details). Asked only where the outcome depends on it,
    and worked out once."""

    def __init__(self, ctx: Context, questions: list[Question], systems: Sequence[SystemMention]) -> None:
        self.ctx, self.questions, self.systems = ctx, questions, systems
        self.answer: bool | None = None

    def __call__(self) -> bool:
        if self.answer is None:
            ctx = self.ctx
            self.answer = (
                _attached(ctx)
                or bool(_hits(ctx, "published"))
                or bool(_hits(ctx, "information_follows"))
                or self._names_systems()
            )
        return self.answer

    def _names_systems(self) -> bool:
        layout = self.ctx.layout
        if self.questions and not any(_ASKS_ABOUT_SYSTEMS_RE.search(q.text) for q in self.questions):
            # A system named only to say why nothing is held gives nothing asked for: "The SFRS currently utilise the
            # Home Office Incident Recording Systems (IRS) ... there is no specific category to record incidents due
            # to the impact of climate change" (the Scottish Fire and Rescue Service, asked how many fires climate
            # change caused, under section 17(1)(b)).
            return False
        asked = [(q.span.start, q.span.end) for q in self.questions]
        for mention in self.systems:
            for span in mention.spans:
                if layout.by_requester(span.start) or layout.in_quoted(span.start):
                    continue
                if not any(start <= span.start < end for start, end in asked):
                    return True
        return False


def _authority_speaks(ctx: Context) -> bool:
    """Words of the authority's own: its voice ("Thank you for your request"), words that give information
    ("Please see answers to your questions below", the London Ambulance Service), or a letter of its own greeting a
    person by name that says something ("Dear Mr Hunt / Further to your email dated 1st February 2012, requesting
    information under the Freedom of Information (Scotland) Act 2002. I can advise you as follows. / The attached
    spreadsheet provides details of marked vehicles ...", Fife Constabulary, in none of the phrases a reply usually
    opens with)."""
    # (or that says it answers: "Dear Jonathan, / The answers to questions 1, 2, 4, and 5 are all zero/none.", Harris
    # Manchester College, Oxford, greeting the requester by a first name alone)
    if _hits(ctx, "authority_voice") or _hits(ctx, "information_follows") or _hits(ctx, "answered"):
        return True
    # or that sends it: "Please see the information requested attached." under the request on a page of published
    # requests with no greeting (Comhairle nan Eilean Siar's)
    if _hits(ctx, "attached"):
        return True
    # or a log's field stating the outcome: "Reference / FOI 1214 / Resolution / Information provided" above the request
    # (Charnwood Borough Council's log)
    if _stated_outcome(ctx) is not None:
        return True
    requester_first_names: set[str] | None = None
    for message in ctx.layout.messages:
        if message.salutation is None or message.quoted or message.from_requester:
            continue
        addressee = (message.addressee or "").rstrip(",.")
        if is_person_name(addressee):
            greets_a_person = True
        elif addressee.isalpha() and addressee[:1].isupper():
            # Or the requester greeted by the first name they signed with: "Dear Jonathan" above a reply to "Yours
            # faithfully, / Jonathan Moseley" (Jesus College, Oxford on WhatDoTheyKnow)
            if requester_first_names is None:
                requester_first_names = _requester_first_names(ctx)
            # or by a first name under the letter's own date line: "Office of the Principal / 1 October 2021 / Dear
            # Tarquin, / Freedom of Information (Scotland) Act 2002 / Our Ref: 329-21 / I refer to your enquiry dated 5
            # September 2021 ..." (the University of St Andrews, whose letter is all the text holds)
            greets_a_person = addressee in requester_first_names or (
                not greets_no_one(message.salutation.text) and _dated_above(ctx.layout, message.salutation)
            )
        else:
            greets_a_person = False
        if greets_a_person and (
            _SENTENCE_END_RE.search(ctx.text, message.salutation.end, message.end) is not None
            or _reply_begun_above(ctx.layout, message.salutation)
        ):
            return True
    return False


_DATE_LINE_ABOVE = 3  # lines above a greeting a letter's date line stands in


def _dated_above(layout: Layout, salutation: Line) -> bool:
    """Whether a date alone on its line stands just above ``salutation``: the letter's date line."""
    for line in layout.lines[max(0, salutation.number - _DATE_LINE_ABOVE) : salutation.number]:
        text = line.text.strip(" \t*_")
        m = DATE_RE.match(text) if text else None
        if m is not None and m.end() == len(text):
            return True
    return False


def _requester_first_names(ctx: Context) -> set[str]:
    """The first word of the name signing each of the requester's messages ("Yours faithfully, / Jonathan Moseley")."""
    names = set()
    for message in ctx.layout.messages:
        signer = signature_line(ctx.layout.lines, message) if message.from_requester else None
        if signer is not None and is_person_name(signer.text):
            names.add(signer.text.split()[0])
    return names


def _reply_sent_before_holding(ctx: Context) -> bool:
    """Whether a message sent the reply (a file: "Please find the response to your Freedom of Information
    request.") before every acknowledgement cue that counts: a thread whose later holding message ("Your request is
    being reviewed and we will respond as soon as possible", to the requester's follow-up) is not its most substantive
    (Worcester City Council on WhatDoTheyKnow)."""
    acknowledged = _counted(ctx, "acknowledgement")
    if not acknowledged:
        return False
    first = min(m.start() for m in acknowledged)
    holding = ctx.layout.message_at(first)
    for m in _counted(ctx, "attached_reply"):
        # (an earlier message: a letter attached beside the extension it announces is the extension itself, "Please
        # find attached a response ... BEIS has applied a Public Interest Test extension")
        if m.start() >= holding.start:
            break
        # (not "Please see the attached letter in acknowledgement to your recent request", Merseyside Fire and Rescue)
        if not _acknowledges(ctx, m):
            return True
    return False


def _acknowledges(ctx: Context, cue: re.Match[str]) -> bool:
    """Whether the sentence holding a cue that a reply was sent speaks of an acknowledgement or of the time extended:
    what was sent was one ("Please find attached FOI request extension letter.", Greater Manchester Police on
    WhatDoTheyKnow)."""
    start, end = ctx.sentence_around(cue.start(), cue.end())
    if _HOLDING_WORDS_RE.search(ctx.lower, start, end) is not None:
        return True
    # Or the sentence before it says the time is extended: "The date that the response is due for your request,
    # FOI2021/05759, has been changed to 14th May. Please see the attached letter." (the Cabinet Office on
    # WhatDoTheyKnow)
    before = ctx.sentence_around(start - 2, start - 1)[0] if start > 1 else start
    return any(before <= m.start() < start for m in ctx.cue_matches("extension"))


_HOLDING_WORDS_RE = re.compile(r"acknowledg|\bextension (?:letter|notice)")


def _last_acknowledgement(ctx: Context) -> int | None:
    """Where the last acknowledgement cue that counts starts, or None when there is none."""
    acknowledged = _counted(ctx, "acknowledgement")
    return max(m.start() for m in acknowledged) if acknowledged else None


def _replied_after_acknowledging(ctx: Context) -> bool:
    """Whether the reply came after every acknowledgement cue that counts, sent as a file or set out below: "Thank
    you for your Freedom of Information request, which was received by Glasgow School of Art on 11 October 2023. /
    We will respond to your request as soon as possible" then, in a later message, "The response attached was
    received from the Academic Registrar. / This concludes our response to your Freedom of Information request."
    (The Glasgow School of Art on WhatDoTheyKnow). Not "Please find attached an acknowledgement"."""
    last = _last_acknowledgement(ctx)
    if last is None:
        return False
    # (or files sent in a later message, its words cut: George Eliot Hospital NHS Trust's "5 Attachments" above its
    # letterhead, after its holding email, on WhatDoTheyKnow)
    if _files_sent_after(ctx, ctx.layout.message_at(last).end):
        return True
    for m in [*_counted(ctx, "attached_reply"), *_counted(ctx, "information_follows")]:
        if m.start() > last and not _acknowledges(ctx, m):
            return True
    # or a later letter of the body's that begins to answer in its own words, with no acknowledgement of its own, the
    # page cut before it says how the request ended: "Dear Mr McMahon / Bedfordshire Fire and Rescue Service has
    # adopted a number of new works streams over the years ..., however there has been only one official trial and
    # that relates to Emergency Medical Response, therefore in response to the specific questions, pl" under its
    # acknowledgement (on WhatDoTheyKnow)
    if _letter_answering_after(ctx, last):
        return True
    # or the information attached after it: "Thank you for your request for information, which is being treated as a
    # request under the Environmental Information Regulations 2004. / Please find attached the information you
    # requested."; not a leaflet enclosed with an acknowledgement ("Please find enclosed the leaflet 'Guidance Note for
    # Applicants'.")
    for m in _counted(ctx, "attached"):
        if (
            m.start() > last
            and not _acknowledges(ctx, m)
            and _SPEAKS_OF_THE_REQUEST_RE.search(ctx.lower, *ctx.sentence_around(m.start(), m.end()))
        ):
            return True
    return False


def _letter_answering_after(ctx: Context, last_acknowledgement: int) -> bool:
    """Whether a letter of the body's, greeting the requester after the message of its last acknowledgement, runs to
    ``_ANSWERING_WORDS`` words of its own with no acknowledgement cue in them."""
    after = ctx.layout.message_at(last_acknowledgement).end
    acknowledging = [m.start() for m in ctx.cue_matches("acknowledgement")]
    for message in ctx.layout.messages:
        if message.start < after or message.quoted or message.from_requester or message.salutation is None:
            continue
        end = message.closing.start if message.closing is not None else message.end
        if any(message.salutation.end <= start < end for start in acknowledging):
            continue
        # (not a letter opening with thanks for the request, which may be another acknowledgement cut before its cue:
        # "Thank you for your request under the Freedom of Information Act 2000 dated 30 May 2011 and received by the
        # Electoral Commission on 31 May 2011. / The Commission aims to respond to requests f", on WhatDoTheyKnow)
        if _THANKS_FOR_THE_REQUEST_RE.match(ctx.text, message.salutation.end, end):
            continue
        if len(ctx.text[message.salutation.end : end].split()) >= _ANSWERING_WORDS:
            return True
    return False


_ANSWERING_WORDS = 30
# (one word at most before the noun, unlike _THANKS_FOR_YOUR: "Thank you for your patience while we dealt with your
# request" opens an answer, not another acknowledgement)
_THANKS_FOR_THE_REQUEST_RE = re.compile(rf"\s*{_THANKS} (?:recent )?(?:\w+ )?(?:request|e-?mail|enquiry|letter)", re.I)


def _refused_after_acknowledging(ctx: Context) -> bool:
    """Whether a refusal follows every acknowledgement cue that counts, in the authority's words: an out-of-office
    reply ("I will respond to your email upon my return"), then "Our status is such that we do not fall under the
    Freedom of Information Act so I won't be providing copies of the Acts you requested." (the Conservators of the River
    Cam on WhatDoTheyKnow)."""
    last = _last_acknowledgement(ctx)
    return last is not None and any(
        m.start() > last and not ctx.layout.message_at(m.start()).from_requester for m in _counted(ctx, "refusal")
    )


# (not the idiom: "Please find attached further details on FoI with a summary of our policy and procedures for your
# information.", East Renfrewshire Council's acknowledgement on WhatDoTheyKnow)
# (or a question of the request by its number: "In response to question 1 please find attached an Excel spreadsheet
# which contains a list of the post graduate programmes", the University of Essex under "Our Response")
# (or the tables it gives: "Please see the tables in the attached document that show the number of applicants, offers
# received and enrolments", University College London on WhatDoTheyKnow, below its automatic acknowledgement)
_SPEAKS_OF_THE_REQUEST_RE = re.compile(
    r"\b(?:(?<!for your )information|request(?:ed)?|data|figures|tables|answers?|questions? \d{1,2}|q ?\d{1,2})\b"
)


def _attached(ctx: Context, since: int = 0) -> bool:
    """Whether the reply says information is attached ("The information you have sought is attached. We do not
    release ... section 31": some given, some not), at ``since`` or after. Asked only where the outcome depends on
    it: each cue search costs more than the checks on the records."""
    replies = [(m.start(), m.end()) for m in _counted(ctx, "attached_reply")]
    return any(
        m.start() >= since and not any(start < m.end() and m.start() < end for start, end in replies)
        for m in _counted(ctx, "attached")
    )


_ASSIST_RE = re.compile(r"\bassist", re.I)


def _given_only_to_assist(ctx: Context) -> bool:
    """Whether every sentence saying information is attached or published offers it as advice and assistance."""
    cues = [*_counted(ctx, "attached"), *_counted(ctx, "published")]
    for m in cues:
        start, end = ctx.sentence_around(m.start(), m.end())
        if not _ASSIST_RE.search(ctx.text, start, end):
            return False
    return bool(cues)


def _says_not_held(ctx: Context) -> bool:
    """The authority says it does not hold some information: not the request's "(or if data is not held that far,
    the furthest it goes)" (a WhatDoTheyKnow request to Caerphilly County Borough Council), nor what an
    acknowledgement says may happen: "o if we do not hold the information, we will, if we can, transfer your request
    ...; otherwise, we will let you know that we do not hold the information" (Harrogate Borough Council on
    WhatDoTheyKnow, its reply below cut at "Please find below our")."""
    for m in ctx.cue_matches("not_held"):
        if not _in_the_authoritys_words(ctx, m.start()):
            continue
        # Not "where": "Section 17 of the FOISA requires that a Scottish public authority confirms in writing where
        # information requested of it is not held and notice is therefore given to this effect" (the University of
        # St Andrews) says it is not held.
        if not _said_as_what_may_happen(ctx, m, _MAY_HAPPEN_RE, reach=_MAY_HAPPEN_REACH):
            return True
    return False


# (or both put side by side: "The decision to issue a 'neither confirm nor deny' response is not affected by whether we
# do or do not hold the information", Gwent Police's explanation of its NCND reply; not "whether" alone: "to be
# informed whether information is held, we confirm that the University does not hold any recorded information", the
# University of East Anglia)
_MAY_HAPPEN_RE = re.compile(r"\b(?:if|unless|otherwise|(?:do|does|is|are) or)\b")
_MAY_HAPPEN_REACH = 60  # characters before the cue


def _in_the_authoritys_words(ctx: Context, offset: int) -> bool:
    """Neither the requester's words, nor a quoted message, nor boilerplate."""
    layout = ctx.layout
    return not (layout.by_requester(offset) or layout.in_quoted(offset) or layout.boilerplate_kind(offset))


def _not_held_after_acknowledgement(ctx: Context) -> bool:
    """The authority says it does not hold the information below its last acknowledgement's words, in a letter it
    began there or as a fact: the reply came later in the same message ("The Council aims to provide available
    information promptly and in any event within 20 working days ... Customer Request Number: FOI_6178 / Dear Arthur
    Lightfoot, / ... I can confirm that the Council does not hold this information", Sunderland City Council on
    WhatDoTheyKnow). Not the acknowledgement's own "you will receive the information ... within 20 working days ...
    unless the Council does not hold the information" (Newry, Mourne and Down District Council)."""
    last_acknowledgement = _last_acknowledgement(ctx)
    if last_acknowledgement is None:
        return False
    layout = ctx.layout
    letters = [
        line.start
        for line in layout.salutations
        if line.start > last_acknowledgement and not layout.message_at(line.start).from_requester
    ]
    for m in ctx.cue_matches("not_held"):
        if m.start() <= last_acknowledgement or not _in_the_authoritys_words(ctx, m.start()):
            continue
        if letters and m.start() > letters[0]:
            return True
        # In the same letter, said as a fact and not as what may happen: "Thank you for your information request,
        # which was received on 12 April 2021. / I can confirm that SEStran doesn't hold any information ..." (the
        # South East of Scotland Transport Partnership).
        if not _said_as_what_may_happen(ctx, m, _CONDITIONAL_WORD_RE):
            return True
    return False


def _said_as_what_may_happen(
    ctx: Context, cue: re.Match[str], conditional_words: re.Pattern[str], reach: int | None = None
) -> bool:
    """Whether one of ``conditional_words`` comes before the cue in its sentence (within ``reach`` characters when
    given): "unless the Council does not hold the information", "otherwise, we will let you know that we do not hold
    the information"."""
    start, _end = ctx.sentence_around(cue.start(), cue.end())
    if reach is not None:
        start = max(start, cue.start() - reach)
    return bool(conditional_words.search(ctx.lower, start, cue.start()))


# "unless the Council does not hold the information", "if we do not hold it", "whether it holds ..."
_CONDITIONAL_WORD_RE = re.compile(r"\b(?:unless|if|whether|where|should|may|might|in case)\b")


def _redacted(text: str) -> bool:
    folded = fold_case(text)
    return ("redact" in folded or "of the information" in folded) and _REDACTED_RE.search(folded) is not None


def _any_redacted(answers: list[Answer]) -> bool:
    return any(a.withheld and _redacted(a.text) for a in answers)


def _published_only(exemptions: list[Exemption]) -> bool:
    """Every exemption points to information published now or later, and at least one to published now."""
    sections = {(e.act, e.section.split("(")[0]) for e in exemptions}
    return bool(sections & _PUBLISHED_SECTIONS) and sections <= _PUBLISHED_SECTIONS | _TO_BE_PUBLISHED_SECTIONS


# An answer's own mark opening a line: "c) The Council ha", "2. ", "Q3 ".
_ANSWER_MARK_LINE_RE = re.compile(rf"^[ \t]*{ITEM_MARK}[ \t]*\S", re.M | re.I)


def _cut_in_a_later_answer(ctx: Context, exemptions: list[Exemption]) -> bool:
    """Whether the text goes on past the last section cited, into the next answer by its mark, and stops mid-sentence
    there: what the other answers give cannot be told ("1. a) & b) ... As the information is already publicly available
    Section 25 of FOISA is applicable. / c) The Council ha", the Moray Council's log cut there)."""
    end = len(ctx.text.rstrip())
    if ctx.text[:end].endswith((".", "?", "!", ")", '"')):
        return False
    cited = max((span.end for e in exemptions for span in e.spans), default=None)
    return cited is not None and _ANSWER_MARK_LINE_RE.search(ctx.text, cited, end) is not None


def _answers_stop_short(questions: list[Question], text: str) -> bool:
    """Whether more questions follow the last one answered than were answered, two at least: the text stops
    before the reply reaches them (a page cut after the answer to the first of six questions), so whether
    they were answered in full cannot be told. A word or two the text ends on (its last word's end: ``text_end``)
    answers nothing ("3. The number of complaints ... after the control. / Unf", Rhondda Cynon Taf
    County Borough Council on WhatDoTheyKnow, cut in "Unfortunately")."""
    text_end = len(text.rstrip())
    answered = [
        i for i, q in enumerate(questions) if any(a.span.end < text_end or len(a.text.split()) > 2 for a in q.answers)
    ]
    if not answered:
        return False
    # The parts of an answered question are answered with it ("3. For the same time period, please provide: /
    # a. ... / b. ..." above one answer giving each figure).
    parents = {questions[i].number for i in answered}
    unanswered_after = sum(1 for q in questions[answered[-1] + 1 :] if q.parent not in parents)
    # (or as many as were answered, the text cut inside a word: "4. The number of blocks that have been fitted with
    # sprinkler systems ... 2 / • Number of block" above questions 5 to 8, Thurrock Council's published response)
    return unanswered_after >= 2 and (
        unanswered_after > len(answered)
        or (unanswered_after == len(answered) and text[text_end - 1 : text_end].isalpha())
    )


_NAMES_A_QUESTION_RE = re.compile(r"\b(?:question|q)[ \t]?\d", re.I)


def _refuses_one_question_of_many(text: str, questions: list[Question]) -> bool:
    """Whether the first answer is a refusal notice that says it is for its own question, the text cut before the
    answers to the rest: "Response / 1. NOTICE OF REFUSAL / The information you have requested in relation to question
    1 is commercially sensitive and falls under Section 43 ..." above nothing for questions 2 to 9 (Hastings Borough
    Council's log). Not a notice whose reasons read as the whole request's ("1. Request Refused / Notice of Refusal /
    Disclosure of information relating to ICT systems, infrastructure and security constitutes a security risk ...",
    the same council's log a year on)."""
    first = next((q for q in questions if q.answers), None)
    return (
        first is not None
        and (
            any(_NAMES_A_QUESTION_RE.search(a.text) for a in first.answers)
            # or under its question's own label on the line above: "RESPONSE / ... / Question 1 / Your request for
            # this information has been considered and we are not obliged to supply this." above nothing for
            # questions 2 to 4 (South Wales Police's log)
            or _LABELLED_ABOVE_RE.search(text, 0, first.answers[0].span.start) is not None
            # or under a later question restated, the first restated above it with no answer of its own: "Question
            # a.- Which Microsoft O365 do you use eg E3,E5? / Question b.- Do you use the NHS-shared O365 tenant? /
            # Answer: The requested information is exempt from release under section 31 ..." above nothing for c to g
            # (Transport for London's published request)
            or first is not questions[0]
        )
        and _answers_stop_short(questions, text)
    )


_LABELLED_ABOVE_RE = re.compile(r"(?:^|\n)[ \t*_]*(?:question|q)[ \t]?\d{1,2}[ \t*_:.]*\n[ \t]*$", re.I)


def _cut_after_the_questions(ctx: Context, questions: list[Question]) -> bool:
    """Whether the text ends a few words after its last question: a heading and the start of a line at most."""
    rest = ctx.text[max(q.span.end for q in questions) :].strip()
    return len(rest) <= 80 and rest.count("\n") <= 2


# The duty to advise and assist, under its own heading: what it points to is related information, not what was asked
# for ("... notice is therefore given to this effect [not held]. / Advice and Assistance / For your information,
# details of tuition fees are published as part of the University's Financial Statements each year. Our Financial
# Statements can be found on our website at:", the University of St Andrews).
# (The heading may be run onto the sentence above where the text was re-flowed: "... to this effect. Advice and
# Assistance")
_ADVICE_HEADING_RE = re.compile(r"(?:^|[.!?][ \t]+)[ \t*_#]*advice (?:and|&) assistance[ \t*_]*:?[ \t]*$", re.M)


def _advice_beside_the_answer(ctx: Context, answer: Answer) -> bool:
    """Whether ``answer`` points elsewhere only under an "Advice and Assistance" heading."""
    if answer.referral is None or answer.span is None or answer.referral.span is None:
        return False
    return _ADVICE_HEADING_RE.search(ctx.lower, answer.span.start, answer.referral.span.start) is not None


def _ending(
    ctx: Context,
    questions: list[Question],
    exemptions: list[Exemption],
    gave: _Gave,
    *,
    review: bool = False,
) -> Outcome:
    """How the request ended, from the answers; ``review``: the text is an internal review, whose "Response"
    heading opens the review's finding, not the information."""
    answers = [a for q in questions for a in q.answers]
    withheld = any(a.withheld for a in answers) or bool(exemptions)
    not_held = any(a.not_held for a in answers) or _says_not_held(ctx)
    given = [
        a
        for a in answers
        if _gives(a) and a.referral is None and not _heading_cut_off(ctx, a) and not _words_cut_off(ctx, a)
    ]
    referred = [a for a in answers if a.referral is not None and not _advice_beside_the_answer(ctx, a)]
    if _published_only(exemptions) and not given:
        # Section 21 "with nothing else" (LABELLING.md): one question not held beside one pointed to published
        # statistics is a partial answer ("1) ... DVLA does not hold this information. / 2) ... the information is
        # exempt by virtue of Section 21", the Driver and Vehicle Licensing Agency); so is a table of figures given
        # for the months the published statistics do not cover (NHS Shetland, section 25(1) for 2016 to September 2022,
        # then "October 2022 / 58 / 41 / 70.7% ..." a cell a line).
        # Likewise a reply of prose that says some is not held beside the section 21 pointer: "MMO confirms this
        # Delivery Board ... was not implemented. Therefore, we are not able to provide you with this information as it
        # is not information that the MMO holds. / Under section 21 ..." (the Marine Management Organisation).
        # So is information enclosed beside the section 21 pointer: "This information is exempt under Section 21(1) of
        # the Act ... I can confirm that the Department holds information about further A2020(R) changes ... This
        # information is enclosed and can be found at Annex A." (the Army Secretariat's letter)
        if (
            any(a.not_held for a in answers)
            or (not answers and _says_not_held(ctx))
            or _figure_cells(ctx)
            or _attached(ctx)
        ):
            return "partial"
        if _cut_in_a_later_answer(ctx, exemptions):
            return "unknown"
        return "published"
    if referred and not given and not withheld and not not_held:
        return "published"
    if answers and not given and not referred and _answers_stop_short(questions, ctx.text):
        # The first answers withhold and the text ends before the rest are reached: whether the others were given
        # cannot be told ("1. The Council is unable to release this information ... Section 35 (1) (a) ...", then the
        # public interest test, the page cut there before answers 2 to 13; Scottish Borders Council's log).
        return "unknown"
    # The text searches last: each runs only when the records leave the outcome open.
    # (not withheld beside not held alone: "partial" is some given, LABELLING.md; an internal review upholding "not
    # held" and withholding under section 36 the one report it now holds refused, Southern Health NHS Foundation Trust)
    if withheld and (given or referred or _any_redacted(answers) or gave()):
        return "partial"
    if withheld:
        return "refused"
    # Some not held beside information the reply says follows ("has located the following information", figures on
    # the question's own line, then "Q2 The detainee's religion is not recorded", Norfolk Constabulary)
    # Or a prose reply's figure beside what it does not hold: "The Town Council's annual Budget for Christmas Lights as
    # a whole has been £30,000 per annum since 2008/9 ... This budget is not broken down any further by building"
    # (Selby Town Council on WhatDoTheyKnow, asked for a breakdown by building).
    # Or a table's figures read a cell a line beside the years it does not hold: "2010 / 2011 / ... / Perth & Kinross /
    # 42 / 61 / ... / Please note that SEPA does not hold the data for 2016 until July 2017" (the Scottish Environment
    # Protection Agency's letter).
    if not_held and (
        given or referred or gave() or (not review and not answers and (_states_a_figure(ctx) or _figure_cells(ctx)))
    ):
        return "partial"
    if not_held:
        return "not_held"
    if given and _answers_stop_short(questions, ctx.text) and not _attached(ctx):
        return "unknown"
    if _cut_where_the_reply_begins(ctx, given) and not _attached(ctx):
        return "unknown"
    if questions and not answers and _cut_after_the_questions(ctx, questions) and not _attached(ctx):
        # "Please find our response provided below", the questions, then "Our Response / Cambridgeshire and Pe":
        # the page ends before any answer (Cambridgeshire and Peterborough NHS Foundation Trust's log).
        return "unknown"
    answered = _hits(ctx, "answered") or _hits(ctx, "information_follows")
    if answered and not answers and not _hits(ctx, "answered") and _cut_while_restating(ctx, questions):
        return "unknown"
    # A review's finding is its own: the original reply's "Please see the attached document" above the review
    # request gives nothing the review decided ("Dear Mr Griffin, / I have reviewed the handling of your FoI request
    # 'Requests from Royal", Acas on WhatDoTheyKnow, cut there).
    since = _review_opens(ctx) if review else 0
    if given or _attached(ctx, since) or answered or (not review and _answered_under_heading(ctx)):
        return "provided"
    if not review and not answers and _states_a_figure(ctx):
        return "provided"
    if not review and not answers and _figure_cells(ctx):
        # A request of one paragraph answered by a table read a cell a line: "Year / | / Bailiff Referrals for Unpaid
        # PCNs / | / 2021 / | / 839 / ..." (Dover District Council's log)
        return "provided"
    if not review and not answers and any(m.start() >= _superseded_before(ctx) for m in _counted(ctx, "published")):
        # Only pointed to where it is published: "There is a straightforward account of the Commission's processes
        # available in the Commission's Annual Report ... you can find it in the reports relating to earlier years on
        # our website" (the Criminal Cases Review Commission on WhatDoTheyKnow). In the thread's last letter: an
        # acknowledgement's "you can find information on our website" about how requests are dealt with points to
        # nothing asked for (Arts Council England, its reply below cut before it says anything).
        return "published"
    if not review and not answers and _signed_prose_reply(ctx):
        return "provided"
    return "unknown"


_HEADING_WORDS = 6


def _heading_cut_off(ctx: Context, answer: Answer) -> bool:
    """Whether ``answer`` is only a heading that the text ends on, its section cut off: "Q13. CPV codes/Pro-Class /
    Contract Data/API Contact Details" (Warwickshire Police's letter, restating a request for its contract register,
    cut before any answer). A few capitalised words, no figure, no stop."""
    words = answer.text.split()
    return (
        answer.span.end >= len(ctx.text.rstrip()) - 1
        and "\n" not in answer.text.strip()
        and 2 <= len(words) <= _HEADING_WORDS
        and all(word[0].isupper() for word in words)
        and not any(c.isdigit() for c in answer.text)
        and answer.text.rstrip()[-1:] not in ".?!:"
    )


_CUT_WORDS = (3, 8)  # how many words an answer cut at the text's end may hold before it says something


def _words_cut_off(ctx: Context, answer: Answer) -> bool:
    """Whether ``answer`` is the first words of a sentence the text ends inside, mid-word: "b) The Council ha" (the
    Moray Council's log, cut there), which gives nothing yet."""
    return (
        answer.span.end >= len(ctx.text.rstrip()) - 1
        and len(answer.text.split()) >= _CUT_WORDS[0]
        and not any(c.isdigit() for c in answer.text)
        and _a_cut_fragment(answer.text)
    )


def _cut_where_the_reply_begins(ctx: Context, given: list[Answer]) -> bool:
    """Whether the text ends where the reply's information would begin, so what it gives cannot be told: straight
    after the words saying it follows ("I write on behalf of the University of Leicester in response to your request
    ... Our response is as follows", on WhatDoTheyKnow), or inside the one answer found, mid-sentence ("I am writing to
    confirm that we hold the information on the subject you have requested," ending the Ministry of Defence's letter as
    a blog copied it)."""
    end = len(ctx.text.rstrip())
    follows = _counted(ctx, "information_follows")
    if follows and (
        not _WORDS_RE.search(ctx.text, follows[-1].end(), end) or _a_cut_fragment(ctx.text[follows[-1].end() : end])
    ):
        # (or a few words of it, cut mid-word: "... and can provide you with the following information: / Under section
        # 17 o", NHS National Services Scotland's published release)
        return True
    if len(given) != 1:
        return False
    last = given[0].span
    if last.end < end - 1:
        return False
    # Or the one answer found is the reply's opening, the text ending inside it: "We are treating your request under
    # our procedures for responding to requests for information under the Freedom of Information (Scotland) Act 2002.
    # I am now able to provide a response on behalf of NHS Greater Glasgow and Clyde (NHSGGC). I acknowledge that this
    # request has been issued significantly outwith the statutory timescale ... and any inconvenience this h" (the
    # board's letter, under the request it restates)
    # Or its few words cut mid-word: "Response 1 and 2: / Section 1 of the Freedom of In" (Dyfed-Powys Police's
    # disclosure log, under the request's three questions).
    return (
        ctx.text[last.start : last.end].rstrip()[-1:] in (",", ";")
        or _REPLY_PREAMBLE_RE.match(ctx.text, last.start) is not None
        or _a_cut_fragment(ctx.text[last.start : end])
    )


_WORDS_RE = re.compile(r"\w")


def _a_cut_fragment(rest: str) -> bool:
    """Whether ``rest``, the text's last words, is a sentence's first few words cut mid-word (``_CUT_WORDS``)."""
    words = rest.split()
    return "\n" not in rest.strip() and 0 < len(words) <= _CUT_WORDS[1] and rest.rstrip()[-1:].islower()


_REPLY_PREAMBLE_RE = re.compile(
    r"(?:we are|I am|the \w+ is) (?:treating|dealing with|handling|considering) your (?:request|enquiry)\b", re.I
)


_PROSE_REPLY_WORDS = 60  # words between a reply's greeting and its sign-off that answer in prose


def _signed_prose_reply(ctx: Context) -> bool:
    """Whether the authority's last message is a whole letter, greeting to sign-off, answering in prose of some length,
    none of the other cues having said how it ended: "Dear Mr Skene / In response to your request for information
    regarding treatment of existing submissions under FOI and EIR I would inform you that all requests received prior to
    31st March will be dealt with according to the authority to which they were submitted. ... / Yours sincerely"
    (Cheshire East Council on WhatDoTheyKnow)."""
    for message in reversed(ctx.layout.messages):
        if message.quoted or message.from_requester:
            continue
        if message.salutation is None or message.closing is None:
            return False
        if any(message.salutation.end <= m.start() < message.closing.start for m in _counted(ctx, "attached_reply")):
            # A covering note for the reply sent as a file says nothing of how it ended: "Please see the attached
            # response to your FOI request ... We have also attached a quick survey" (West Midlands Ambulance Service
            # University NHS Foundation Trust on WhatDoTheyKnow).
            return False
        body = ctx.text[message.salutation.end : message.closing.start]
        return len(body.split()) >= _PROSE_REPLY_WORDS and len(_SENTENCE_END_RE.findall(body)) >= 2
    return False


_NOT_A_WORD_RE = re.compile(r"[\W_]+")
_ITEM_MARK_RE = re.compile(r"[ \t]*(?:\(?\d{1,3}[.)]|\(?[a-z][.)])?[ \t]*")


def _cut_while_restating(ctx: Context, questions: list[Question]) -> bool:
    """Whether the information the reply says follows never comes: every line after its last cue saying so restates
    the request, the text cut there. "Please find below responses to your specific queries: / 1. Under Freedom of
    Information Scotland, I wish to receive the following / information within 20 working days: / 2. Since lockdown
    ... Can you" (Forth Valley College on WhatDoTheyKnow, the page cut inside the second question repeated)."""
    follows = _counted(ctx, "information_follows")
    if not questions or not follows:
        return False
    asked = " ".join(_words_of(q.text) for q in questions)
    below = ctx.layout.line_at(max(m.start() for m in follows)).number + 1
    for line in ctx.layout.lines[below:]:
        mark = _ITEM_MARK_RE.match(line.text)
        words = _words_of(line.text[mark.end() if mark else 0 :])
        if words and words not in asked:
            return False
    return True


def _words_of(text: str) -> str:
    """``text``'s words, lower-cased and single-spaced, its punctuation dropped."""
    return " ".join(_NOT_A_WORD_RE.sub(" ", text.lower()).split())


# How a line of prose may not start: a numbered or lettered item ("1. Please enter ...", "(a) ...", "b) ...").
_ITEM_START_RE = re.compile(r"[(\d]|[a-z][.)]\s")
_WHITE_SPACE_RE = re.compile(r"\s")


def _is_prose(line: str) -> bool:
    """A sentence of prose: eight words or more ending in a stop, not a numbered item or a title ("Planning
    enforcement ..."). (Counted, not matched with one regex: "(?:[^\\n]*\\s){7,}" backtracks exponentially on
    a long line with no stop, which hung a parse of East Devon District Council's published requests.)"""
    if not line or line[0].isspace() or line[-1] not in ".!" or _ITEM_START_RE.match(line):
        return False
    return len(_WHITE_SPACE_RE.findall(line, 1, len(line) - 1)) >= 7


# A figure the reply states as its answer: "The estimated total of biological and geological specimens ... is currently
# 70.6 million. ... a total holding of 75.6 million items for the entire Museum" (the Natural History Museum on
# WhatDoTheyKnow, answering a request of one paragraph); not a year, nor the time limit ("is 20 working days").
# (not a case number or a date: "The reference number for your request is 19-07-2010-145338-002", the Ministry of
# Defence's helpdesk for the Defence Vetting Agency, only holding the request)
# A figure's digits, not a year ("in 2019"); then its end, not a longer number's or a range's ("12-14"), nor a date's
# day ("Thank you for your request for the above information which we received 8, January 2018. We will respond ...",
# Leeds City Council's acknowledgement on WhatDoTheyKnow).
_FIGURE_DIGITS = r"(?!(?:19|20)\d\d\b)\d[\d,]*"
_FIGURE_ENDS = (
    r"(?![\d,.]*\d)(?![-/]\d)"
    rf"(?!(?:st|nd|rd|th)?,?[ \t]+(?i:{MONTH_STEM})[a-z]*\b[ \t,]*(?:19|20)\d\d)"
)
# Not a time limit ("within 20 working days").
_NOT_A_TIME_LIMIT = r"(?![ \t]*(?:working|calendar|days|hours|weeks|months|years)\b)"
_FIGURE_STATED_RE = re.compile(
    # ("For the period between 1st April 2017 and 31st March 2018 this equates to 537 immigration related custodies",
    # Police Scotland giving the year its new custody system records, beside a cost refusal of the years before)
    # (or disclosed "as" the figure: "We can disclose the total number of firearms as 589. These will not be broken
    # down by type as we are applying Section 31 (1) (a) (b) Law Enforcement", Northumbria Police's log)
    # (or "a total number of": "We can advise that there have been a total number of 107 knife crimes during the month
    # of May 2019.", Northumbria Police's log, before withholding the details)
    r"\b(?:is|are|was|were|(?:has|have) been|totals?|totalled|a total(?: holding| number)? of|equates to"
    r"|(?:disclose|confirm|advise|state) (?:that )?the (?:total )?(?:number|amount|figure|total|sum)\b"
    # (a colon between: "- The overall Agency Spend for 2023/2024 financial year for Nursing and Doctors was: £7.8M",
    # Central London Community Healthcare NHS Trust's log beside a section 43(2) refusal)
    r"[^.\n]{0,60}? as)(?:[ \t]*:)?[ \t]+"
    r"(?:currently |approximately |around |about )?"
    rf"£?{_FIGURE_DIGITS}(?:\.\d+)?{_FIGURE_ENDS}"
    r"(?:[ \t]?(?:million|billion|thousand|%|per cent)\b)?"
    rf"{_NOT_A_TIME_LIMIT}"
    # or a count of what the body has: "The Scottish Fire and Rescue has 356 Community Fire Stations throughout
    # Scotland." (the service's letter answering a request it does not quote)
    # (not a time limit with a word between: "Following the Freedom of Information (FOI) Act we have 20 school working
    # days to either: / * Provide you ...", Avanti Gardens School's acknowledgement)
    rf"|\b(?:has|have)[ \t]+(?:approximately |around |about |a total of )?{_FIGURE_DIGITS}{_FIGURE_ENDS}"
    r"(?![^\n.]{0,20}\b(?:days|weeks|months|hours)\b)[ \t]+[A-Z]?[a-z]+"
    # or a count of what the body received or recorded: "Between 1 June 2012 and 1 June 2013 we have received 979 pieces
    # of correspondence where a candidate has tried to cancel their test ..." (the Driving Standards Agency's release,
    # the rest refused under section 12)
    r"|\b(?:we|I) (?:have |had )?(?:received|recorded|identified|issued|logged|processed|dealt with)[ \t]+"
    rf"(?:approximately |around |about |a total of )?{_FIGURE_DIGITS}{_FIGURE_ENDS}"
    rf"{_NOT_A_TIME_LIMIT}"
    # or a field and its figure on a line of their own: "• Total number of fines - 37 / • Total value - £4,010" (Jesus
    # College, Oxford on WhatDoTheyKnow), "• Contract value – approximately £7 million" (the Royal Surrey County
    # Hospital's log, beside a section 43(2) refusal of the other contract)
    # (not a title with the request's reference: "Freedom of information request response - 05592", Eden District
    # Council's log above its section 12 refusal)
    r"|^[ \t]*(?:[•·*-][ \t]*)?"
    r"(?![^\n]*\b(?i:request|reference|ref|foi|case|id)\b[ \t]*(?i:response|no\.?|number)?[ \t]+[-–:])"
    r"[A-Z][A-Za-z ()'/&-]{2,60}?[ \t]+[-–:][ \t]+(?:approximately |around |about |circa )?"
    rf"£?{_FIGURE_DIGITS}(?:\.\d+)?(?:[ \t]?(?:million|billion|thousand|%))?[ \t]*$"
    # or a year's figure on a line of its own, perhaps with a footnote's mark: "2019/20 = 6940* / 2020/21 = 6463* / *
    # please note these figures will represent all orders completed in the financial year" (the Moray Council's log,
    # beside a section 17 notice for the rest)
    # (not a case number, its hyphen unspaced: "FoI Number / 2022-799", NHS Shetland's log)
    r"|^[ \t]*(?:19|20)\d\d(?:/(?:19|20)?\d\d)?(?:[ \t]*=|:|[ \t]+[–-])[ \t]*"
    rf"£?{_FIGURE_DIGITS}(?:\.\d+)?{_FIGURE_ENDS}\*?[ \t]*$"
    # or a sum opening the answer, a dash and what it was for: "£15,000 – Claimant tripped due to pothole in road. We
    # hold information about the location but ... we consider it too be exempt under the Freedom of Information Act
    # 2000 Section 40 (2) Personal Data." (Devon County Council's log, the claim's value given, its place withheld)
    r"|^[ \t]*£\d[\d,]*(?:\.\d+)?(?:[ \t]?(?:million|billion|k)\b)?[ \t]+[-–][ \t]+[A-Z]"
    # or a lettered part's answer that opens with its count: "1. / a) 9 Children had a placement move / b) 8 Children"
    # under "Our response", the parts of 2 that are five or fewer withheld (the London Borough of Lambeth's data hub)
    # (not a period the request lists: "a) 28 days or less / b) 29 days to 182 days", NHS Greater Manchester's log)
    rf"|^[ \t]*[a-h]\)[ \t]+{_FIGURE_DIGITS}{_FIGURE_ENDS}{_NOT_A_TIME_LIMIT}(?:[ \t]+[A-Za-z][^\n]{{0,60}})?$"
    # or a bullet that opens with its count: "• 0 off-framework within the last 3 months" (Central London Community
    # Healthcare NHS Trust's log, under the request's bullets, above a section 43 refusal of the list of suppliers)
    rf"|^[ \t]*[•·▪][ \t]*{_FIGURE_DIGITS}[ \t]+[a-z][^\n]{{2,80}}$"
    # or a table's row printed with spaces for its rules, its label then two figures at least, grouped by thousands:
    # "January 2013 1,290,162           344,077          1,634,239" under "A & E PTS Total" (the East of England
    # Ambulance Service NHS Trust on WhatDoTheyKnow, "please find the Trust's response below")
    r"|^[ \t]*[A-Z][A-Za-z ()'/&.-]{2,40}?(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+£?\d{1,3}(?:,\d{3})+(?:\.\d+)?){2,}[ \t]*$",
    re.I | re.M,
)


def _states_a_figure(ctx: Context, *, beside_the_cost: bool = True) -> bool:
    """Whether the authority's own words (not quoted, not boilerplate, not the requester's) state a figure;
    ``beside_the_cost=False``: not one with a word of the cost of complying within 200 characters before it or 100
    after ("the appropriate costs limit under section 12 ... This is currently £450.", Aneurin Bevan University Health
    Board's refusal)."""
    layout = ctx.layout
    # (a requester's message, quoted or not, before or after its sign-off: by_requester() is narrower; or a page's
    # request under its heading: "Information Requested: / I note from the public Tableau that the uptake of the
    # autumn 2023 booster campaign is 53% of the 1.3 million people ..." above "Public Health Wales does not hold this
    # information.", the trust's disclosure log)
    return any(
        not layout.message_at(m.start()).from_requester
        and not layout.in_quoted(m.start())
        and not layout.boilerplate_kind(m.start())
        and not ctx.layout.in_request_section(m.start())
        and (beside_the_cost or not _COST_WORDS_RE.search(ctx.text, max(0, m.start() - 200), m.end() + 100))
        and not _REQUEST_RESTATED_RE.search(ctx.text, max(0, m.start() - 200), m.start())
        for m in _FIGURE_STATED_RE.finditer(ctx.text)
    )


# (and the words of the estimate itself: "to comply with your request WCC would need to check all Children In Need (CIN)
# case files. In 2012/13 there were 5718 children and young people returned in the CIN Census which, in this case,
# would take an estimated 953 hours", Worcestershire County Council's section 12 refusal)
# (or the items to be searched, counted for the estimate: "There are 300 emails potentially in scope, across all the
# mailboxes. To locate and extract the requested information, at an average time of 4 minutes per email, it would take
# 20 hours", Devon County Council's section 12 refusal)
# (not the costs the request is about: "In relation to legal costs relating to the litigation ... we are happy to
# confirm again that the total costs were £918,022.98." beside a section 42 refusal of the advice, Devon County
# Council's log)
# (or the search narrowed for the estimate: "Even if this search was limited to those children made subject of a child
# protection plan in the last published year 2012/13 there were 322 such children – to access their file ... would take
# approximately 20 minutes per case", Wirral Borough Council's section 12 refusal)
# (or the records counted in scope: "We have identified 392 records that fall within the scope of your request. We
# cannot divert such a significant amount of our staff time ...", NatureScot applying regulation 10(4)(b))
_COST_WORDS_RE = re.compile(
    # (nor the cost of a thing the request asks about: "3)The information requested on the cost of the M4/M5 works is
    # £85,952,401.54", Highways England's letter beside a section 22 refusal of two other answers)
    r"\b(?:(?<!legal )(?<!total )costs?(?! (?:were|was|are|is|relating)\b)"
    r"(?! of (?:the )?(?:[\w/-]+ ){0,3}(?:works|project|scheme|contract|programme|building|purchase)\b)"
    r"|limit|hours?|section 12|estimated?"
    r"|to comply with|(?:potentially )?(?:in|within) (?:the )?scope"
    # (or counted as possibly relevant in a sample search: "I have performed this task covering one year for one
    # individual. I identified a total of 73 possible relevant meetings ... This search took approximately one hour.",
    # the Welsh Government estimating the cost of the whole)
    r"|(?:possibly|potentially|possible|potential) relevant"
    # (or what is hard to get at: "The information you have requested at points c) 1 and 2. is not held in an easily
    # retrievable format. / In the past 5 years there have been approximately 3000 firearm license grants. These
    # individuals would need to be identified", Northumbria Police's log)
    r"|(?:easily|readily|reasonably) retrievable"
    # (or what a manual search would go through: "would entail a member of staff manually searching all Area Command and
    # Departments (of which there are a total of 20) budget codes", the same force)
    r"|manual(?:ly)? (?:search|review|check|trawl)(?:ing|es|s)?"
    r"|even if (?:this|the|our|we|a) (?:search|request|scope)"
    r"|minutes? per|per (?:case|file|record|document|e-?mail|item))\b"
    r"|£(?:450|600)\b",
    re.I,
)
# A figure in the sentence that restates what the requester did is the request's size, not an answer: "You submitted
# eight requests for information on a total of 110 vehicles." above a section 12 refusal (Defence Equipment & Support
# on WhatDoTheyKnow).
_REQUEST_RESTATED_RE = re.compile(
    r"(?:^|\n|[.!?]\s+)You (?:have )?(?:submitted|asked|requested|made|sent|wrote)\b[^.!?\n]*\Z"
)


def _answered_under_heading(ctx: Context) -> bool:
    """A "Response" heading with the authority's words under it, not numbered to any question (a disclosure-log
    page: "Response / At 1 April 2024 there were 214 properties ..."). Asked last: the records decide first."""
    return _answer_under_heading(ctx) is not None


# Words that refuse, in the first line of a reply under its heading: that line gives nothing.
# (or that say the request cannot be answered: "From our preliminary assessment, it is clear that we will not be able to
# answer your request without further clarification.", Bolton NHS Foundation Trust's section 12 refusal)
# (or naming itself a refusal: "I can confirm that we hold the information that you have requested. This e-mail
# constitutes a notice of refusal to comply with your request" under "2. Response", the Security Industry Authority)
_REFUSING_WORDS_RE = re.compile(
    r"section 1[24]|regulation 12|cost|exceed|appropriate limit|vexatious|exempt|\brefusal\b"
    r"|(?:not be able|unable|not able) to (?:answer|comply with|respond to|process|provide)"
    # "DWP Response / On this occasion we will not be processing your request further. This is because your request
    # does not comply with Section 8(1)(c) of the FoI Act." (the Department for Work and Pensions' reply)
    r"|\bwill not be (?:processing|answering|responding to|complying with|providing)\b"
    # the police forces' template: "RESPONSE / Your request for information has now been considered and I am not
    # obliged to supply the information you have requested." (South Wales Police's log, a section 12 refusal)
    r"|\bnot obliged to (?:supply|provide|comply|disclose|release)\b",
    re.I,
)


def _gives_under_heading(ctx: Context) -> bool:
    """Whether the first words under a "Response" heading give something rather than refuse: "Response / Suspicion
    of fraud can be reported to Action Fraud ... via the following hotline 0300 123 2040", above a section 12(2)
    refusal of another question (Kent Police)."""
    return _giving_line_under_heading(ctx) is not None


def _giving_line_under_heading(ctx: Context) -> Line | None:
    """The first line under a "Response" heading (``_answer_under_heading``), if it does not refuse."""
    below = _answer_under_heading(ctx)
    return below if below is not None and _REFUSING_WORDS_RE.search(below.text) is None else None


# The questions a block of answers below is for, not a figure: "RESPONSE / Questions 1 & 2 / In relation to your
# request the following exemption applies" (South Wales Police's log).
_QUESTIONS_LABEL_LINE_RE = re.compile(
    r"[ \t]*(?:questions?|q)[ \t]*\d+[a-z]?(?:[ \t]*(?:&|and|,|to)[ \t]*\d+[a-z]?)*[ \t]*:?[ \t]*", re.I
)


# An answer labelled with its question's number on the line it gives: "Q1a response: Avaya / Q1b response: Currently
# expires 16 March 2025 / Q1c response: NEC Software Solutions UK Ltd / ... / Q3b & Q3c response: Section 1 of the
# Freedom of Information Act 2000 places two duties ..." (Warwickshire Police's log: the questions not printed, the
# last two refused under the exemptions that follow).
_LABELLED_ANSWER_RE = re.compile(
    r"^[ \t]*q(?:uestion)?[ \t]*\d+[a-z]?(?:[ \t]*(?:&|and|,)[ \t]*q?\d+[a-z]?)*[ \t]+(?:response|answer)[ \t]*[:\-–]"
    r"[ \t]*(\S[^\n]*)",
    re.I | re.M,
)
_FEWEST_LABELLED_ANSWERS = 2
# (an answer opening on the Act's duties is the refusal's preamble, not information: "Q3b & Q3c response: Section 1 of
# the Freedom of Information Act 2000 places two duties on public authorities")
_CITES_A_PROVISION_RE = re.compile(r"(?:section|regulation|s\.?)[ \t]*\d", re.I)


def _labelled_answers_give(ctx: Context) -> bool:
    """Whether at least two lines labelled as a numbered question's answer give something, neither refusing nor
    saying it is not held."""
    giving = [
        m
        for m in _LABELLED_ANSWER_RE.finditer(ctx.text)
        if _REFUSING_WORDS_RE.search(m.group(1)) is None
        and _NOT_HELD_WORDS_RE.search(m.group(1)) is None
        and _CITES_A_PROVISION_RE.match(m.group(1)) is None
    ]
    return len(giving) >= _FEWEST_LABELLED_ANSWERS


def _figure_under_heading(ctx: Context) -> bool:
    """Whether the first words under a "Response" heading are a figure, not prose (``_figure_cell_below``): "Q1 -
    96"."""
    below = _giving_line_under_heading(ctx)
    return below is not None and not _is_prose(below.text) and _QUESTIONS_LABEL_LINE_RE.fullmatch(below.text) is None


# The regime a request is dealt with under, which says nothing of what was found: "Response / After reviewing your
# request, we have determined that it falls under the Environmental Information (Scotland) Regulations 2004 (EIRs)"
# (NHS 24's disclosure log, cut before the answers).
# Or the police forces' template, saying the reply follows and how it was searched for: "In response: / We have now
# had the opportunity to fully consider your request and I provide a response for your attention. / Following receipt
# of your request, searches were conducted with the Disclosure Section of Northumbria" (Northumbria Police's log, cut
# there before the answers to seven questions).
_PREAMBLE_RE = re.compile(
    r"\b(?:falls?|to be dealt with|(?:is|are|been) (?:being )?(?:dealt with|handled|considered|processed)) under the"
    r" environmental information"
    r"|\bhad the opportunity to (?:fully )?consider your request"
    r"|\b(?:i|we) (?:now )?provide (?:a|our|the|my) (?:full )?response\b"
    r"|^following receipt of your request, searches were (?:conducted|carried out|made)\b"
    # (a sentence of thanks alone, restating what was asked: "Response: / Thank you for your email dated 03 August
    # 2017 where you requested information about Modafinil in patient records." above Bolton NHS Foundation Trust's
    # section 12 refusal)
    r"|^[ \t]*thank(?:s| you) for your [^.!?\n]*[.!][ \t]*$"
    # (or a sentence alone naming the Act it is handled under: "Our response / This request is being handled under the
    # Freedom of Information Act 2000." above the London Borough of Hammersmith and Fulham's section 12 refusal)
    r"|^[ \t]*(?:this|your) request (?:is being|has been|was|will be) (?:dealt with|handled|considered|processed)"
    r" under the freedom of information\b[^.!?\n]*\.[ \t]*$",
    re.I,
)


# A table's cell holding a figure, not a year ("58", "70.7%", "£1,200"), on a line of its own as a table read a cell a
# line prints it (_BARE_FIGURE_RE); or with its row's label before it (_FIGURE_CELL_RE): "Our response: / Year / No. of
# / roadworks / 2016/17 / 252 / 2017/18 153" (the London Borough of Islington's letter).
_FIGURE_CELL = rf"£?{_FIGURE_DIGITS}(?:\.\d+)?%?[ \t]*"
_BARE_FIGURE_RE = re.compile(rf"[ \t]*{_FIGURE_CELL}")
_FIGURE_CELL_RE = re.compile(rf"[ \t]*(?:[^\n]{{0,40}}[ \t])?{_FIGURE_CELL}")
_FIGURE_FIRST_CHARS = frozenset("0123456789£")
_FIGURE_LAST_CHARS = frozenset("0123456789%")  # a row's figure ends its line (a cheap test before the regex)
# A numbered item's label is no table's row: "Attachment 1 / Attachment 2 / Attachment 3" under Blackpool Teaching
# Hospitals NHS Foundation Trust's section 21 reply.
_NUMBERED_ITEM_RE = re.compile(
    r"[ \t]*(?:attachment|appendix|annex|enclosure|page|question|figure|table|item|section|part|step|document)s?"
    r"[ \t]+\d",
    re.I,
)
_FIGURE_CELL_LINES = 8  # lines under the heading a table's first figure may stand
_FEWEST_FIGURE_CELLS = 3  # a table's figures, a cell a line, that give information (not a date or a count in prose)
_REFERENCE_LABEL_RE = re.compile(r"\b(?:ref(?:erence)?|case|request|foi)\b[^:\n]{0,20}:[ \t]*$", re.I)


# (a letterhead's contact rows: _DATA_ROW_RE's contact words, capitalised or as an initial, "DX" for the document
# exchange)
_CONTACT_ROW_RE = re.compile(rf"[ \t]*(?:[TFM]|DX|(?i:{_CONTACT_WORDS}))\b\.?:?[ \t]")


def _figure_cells(ctx: Context) -> bool:
    """Whether the authority's words hold a table's figures read a cell a line: three lines at least that are a figure
    alone ("58", "70.7%"), outside quoted, boilerplate and the requester's text; or three rows in a row, each its label
    and its figure ("Year and month Number of incidents / November 2018 32 / December 2018 23 / January 2019 37", Devon
    County Council's log above its section 31(3) refusal of the rest)."""
    layout = ctx.layout
    found = rows = 0
    for line in layout.lines:
        if not line.text.strip():
            continue  # a blank line between rows ends no table ("2022/23 fiscal year zero £0 / (blank) / 2021/22 ...")
        if (
            line.text.rstrip()[-1:] in _FIGURE_LAST_CHARS
            and _FIGURE_CELL_RE.fullmatch(line.text)
            and not _BARE_FIGURE_RE.fullmatch(line.text)
            and not _NUMBERED_ITEM_RE.match(line.text)
            and _in_the_authoritys_words(ctx, line.start)
            # (not a letterhead's numbers: "DX 152380 Westminster 8 / T 0203 334 2915 / F 0870 324 0126", HM Courts &
            # Tribunals Service's letter)
            and not _CONTACT_ROW_RE.match(line.text)
        ):
            rows += 1
            if rows >= _FEWEST_FIGURE_CELLS:
                return True
            continue
        rows = 0
        if line.text.lstrip()[:1] not in _FIGURE_FIRST_CHARS or not _BARE_FIGURE_RE.fullmatch(line.text):
            continue
        if not _in_the_authoritys_words(ctx, line.start):
            continue
        lines_above = layout.lines[max(0, line.number - 3) : line.number]
        above = next((ln for ln in reversed(lines_above) if ln.text.strip()), None)
        if above is not None and _REFERENCE_LABEL_RE.search(above.text):
            # the value of a log entry's reference field, not a table's cell: "BFRS Ref: / 1510 / Information request:
            # ... / BFRS Ref: / 1509" (Buckinghamshire Fire and Rescue Service's log)
            continue
        found += 1
        if found >= _FEWEST_FIGURE_CELLS:
            return True
    return False


def _figure_cell_below(lines: list[Line], heading: int) -> Line | None:
    """The first line under a response heading that is a table's figure (``_FIGURE_CELL_RE``), within a few short
    lines of the heading, else None."""
    for line in lines[heading + 1 : heading + 1 + _FIGURE_CELL_LINES]:
        if _is_prose(line.text):
            return None
        if _FIGURE_CELL_RE.fullmatch(line.text):
            return line
    return None


def _answer_under_heading(ctx: Context) -> Line | None:
    """The first line of the authority's words under a "Response" heading (``_answered_under_heading``)."""
    layout = ctx.layout
    lines = layout.lines
    for i, line in enumerate(lines):
        if not line.text or not RESPONSE_HEADING_RE.match(line.text):
            continue
        below = layout.line_below(i)
        # The reply's preamble is no answer: the next paragraph may be (_PREAMBLE_RE).
        while below is not None and _PREAMBLE_RE.search(below.text):
            below = layout.line_below(below.number)
        if below is not None and not _is_prose(below.text):
            below = _figure_cell_below(lines, i)
        if below is None:
            continue
        if layout.boilerplate_kind(below.start) or layout.in_quoted(below.start) or layout.by_requester(below.start):
            continue
        if "below" in below.text and not ctx.text[below.end :].strip():
            # "Please see the table below detailing the total number of nurses currently on the Register." ending the
            # text (the Nursing and Midwifery Council on WhatDoTheyKnow): what it points to is cut off.
            continue
        return below
    return None
