"""Segment normalised text into lines, paragraphs, messages and boilerplate zones.

Extractors ask the layout where a position stands: in the letterhead, in a quoted earlier message, inside
review-rights boilerplate. That is what keeps "Your ref" apart from "Our ref", the requester's quoted
request apart from the authority's reply, and the ICO's address apart from the answering authority.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, cast

from rapidfuzz import fuzz

from .catalogue import Catalogue, letter_words
from .clean import CleanText
from .scan import MONTH_NAMES, LinePattern, alternation, first_chars_lookahead, labels_re

_LETTER = letter_words()
# The words a letter opens with (patterns/letter.yaml); "Annwyl Mr Pritchard / Dear Mr Pritchard": Welsh public bodies
# greet in both languages, and the second greeting is no part of the addressee.
_GREETING = alternation(_LETTER.greetings)
# A greeting with no "Dear": a title and a surname alone on their line with a comma ("Mr Myers," opens London Fire
# Brigade's acknowledgement in a WhatDoTheyKnow thread). An address block's name line has no comma.
_BARE_NAME = r"(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)"
_BARE_GREETING = _BARE_NAME + ","
_SALUTATION_RE = re.compile(rf"^(?:{_GREETING}\b[ ,]*(?P<who>[^\n]{{0,80}}?)|(?P<bare>{_BARE_NAME}))[ ,:;.]*$", re.I)
_SECOND_GREETING_RE = re.compile(rf"\s*/\s*{_GREETING}\b.*$", re.I)


# The first and last lines of a letter ("Dear Ms Pike,", "Yours sincerely,").
_SALUTATION = rf"{first_chars_lookahead(_GREETING)}{_GREETING}\b[^\n]{{0,86}}$|(?=[md]){_BARE_GREETING}$"
_CLOSINGS = alternation(_LETTER.closings)
_CLOSING = rf"{first_chars_lookahead(_CLOSINGS)}{_CLOSINGS}\b[^\n]{{0,25}}$"
# Where an email client starts the earlier message it quotes. WhatDoTheyKnow threads print each message
# under a "From:" / "Sent:" header pair too, so those only separate; "wrote:" lines and Original Message
# rules mark what follows as quoted, and so do lines quoted under "> " (clean takes their marks off and lists them:
# ``CleanText.quoted_lines``; see ``_quotation_starts``).
_QUOTE_START = r"(?:-{2,}\s*Original Message\s*-{2,}|-{3,}\s*Forwarded message\s*-{3,}|On .{6,120} wrote:)$"
# The three kinds of line are found in one scan of the text, in half the time of a scan for each. It finds
# what three scans would: the kinds start with different letters, and a line inside a match that runs on
# ("Yours\nfaithfully,", "-----\nOriginal Message\n-----") starts with white space or with a letter that
# starts no other kind, so one kind's match never hides another's line. The look-ahead fails most lines
# at once.
_MARKED_LINE_PATTERN = rf"(?P<salutation>{_SALUTATION})|(?P<closing>{_CLOSING})|(?P<quote>{_QUOTE_START})"
_MARKED_LINE = LinePattern(f"{first_chars_lookahead(_MARKED_LINE_PATTERN)}(?:{_MARKED_LINE_PATTERN})", re.I)
_HEADER_BLOCK = LinePattern(r"From: .+\n(?:.+\n){0,3}?(?:Sent|Date): .+$")
_MIN_TEXT_ABOVE_A_QUOTE = 150
# A date in figures, day first, as a log's heading dates its reply ("Response 07-05-2013").
_NUMERIC_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
# A disclosure log's heading over its reply (patterns/letter.yaml), alone on its line or with the reply's date, after a
# colon or a space ("Response 08-10-2015" under a request for a review that no sign-off ends, the Moray Council's log).
_REPLY_HEADING = LinePattern(
    rf"[ \t*#]*(?:{alternation(_LETTER.reply_headings)})[ \t]*"
    rf"(?::[ \t]*(?:[^\n]{{0,30}}\d[^\n]{{0,10}})?|[ \t]{_NUMERIC_DATE})?[ \t*]*$",
    re.I,
)
# A disclosure log's heading over the request it copies (patterns/letter.yaml), alone on its line or with the request's
# number ("Request 101000377814", the Moray Council's log).
_REQUEST_HEADING_RE = re.compile(
    rf"[ \t*#]*(?:{alternation(_LETTER.request_headings)})[ \t*]*:?[ \t*]*(?:\d{{6,15}}[ \t]*)?", re.I
)
# WhatDoTheyKnow folds the quoted tail of an email into a "show quoted sections" link: the message ends there, and
# what follows is the next one (the requester writing on under an acknowledgement, the Department of Health NI).
# Its Welsh interface prints the link as "dangos adrannau a ddyfynnir" (Cleveland Fire Brigade's thread under /cy/).
_FOLDED_QUOTE = re.compile(r"^(?:show quoted sections|dangos adrannau a ddyfynnir)[ \t]*$", re.M | re.I)


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Cllr|Councillor)\.?"
# Letters beyond ASCII too: Siân Evans, Seán Ó Briain, Zoë Price (Latin-1 and Latin Extended-A capitals).
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž](?:[^\W\d_]|['\-])+"
# Initials stand for given names as often as not in UK letters: "R. Thompson", "Dr A.J. Patel", "Mrs J Smith", "John R.
# Smith"; the surname is a word.
_NAME_PART = rf"(?:{_NAME_WORD}\s+|[A-Z]\.\s?|[A-Z]\s+)"
_NAME = rf"{_NAME_PART}{{0,3}}{_NAME_WORD}"
PERSON_RE = re.compile(rf"^(?:{_TITLE}\s+)?{_NAME}$")
_TITLED_RE = re.compile(rf"^{_TITLE}\s+[A-Z]")
# Words that make a "name" an organisation, a team or a generic addressee.
_NOT_PERSONAL = re.compile(
    r"\b(?:Sir|Madam|Requester|Applicant|Requestor|Customer|Colleague|Colleagues|All|Team|Unit|Office|Officer|Service|"
    r"Services|Council|Police|Trust|Department|Ministry|Government|Authority|Board|Foi|FOI|Freedom|Information|"
    r"Governance|Rights|Compliance|Centre|Group|Directorate|Partnership|Commissioner|Manager|Coordinator|"
    r"Co-ordinator|Admin|Administrator|Enquiries|Data|Protection|Corporate|Division|Branch|Secretariat|"
    r"Whatdotheyknow|Person|Friend|There|Everyone|"
    # and their Welsh: a team, officer, office, unit, department, council, information, enquiries ("Tîm Rhyddid
    # Gwybodaeth", the Freedom of Information Team, signing a reply in Welsh)
    r"T\u00eem|Swyddog|Swyddfa|Uned|Adran|Cyngor|Gwybodaeth|Ymholiadau)\b",
    re.I,
)
# Addressees that are the authority itself (a request), as opposed to "Sir/Madam", which both sides write.
# WhatDoTheyKnow requests greet the body by its listed name: "Dear Northern Ireland Transport Holding Company,",
# "Dear University of Worcester,", "Dear Royal Armouries,", "Dear HS2 Ltd,".
_ORGANISATION = re.compile(
    r"\b(?:Council|Police|Constabulary|Trust|Department|Ministry|Government|Authority|Board|FOI|Freedom|Information"
    r"|Team|Unit|Office|Service|Services|Commissioner|Executive|Agency|Partnership|Corporation|Borough"
    r"|Company|Limited|Ltd|Commission|University|College|Museum|Museums|Gallery|Library|Armouries|Assembly"
    r"|Parliament|Ombudsman|Regulator|Inspectorate|Tribunal|Courts|Brigade|Fire|Ambulance|Hospital|Hospitals|NHS"
    r"|Health|Highways|Transport|Railways?|Housing|Registry|Archives|Survey|House|Institute|Foundation|Centre|Academy"
    r"|School|Bank|Committee|Directorate|Association"
    # a federation of schools under one governing body: "Merevalley Federation" (a First-tier Tribunal decision); a
    # conservatoire: "Dear Royal Conservatoire of Scotland," (a WhatDoTheyKnow request under FOISA)
    r"|Federation|Conservatoire"
    # a council's leisure and culture trust: "Dear Edinburgh Leisure," (a WhatDoTheyKnow request under FOISA)
    r"|Leisure|Culture|Sport|Sports|Theatres?"
    # bodies named for their members: "North Sunderland Harbour Commissioners", "Conservators of Ashdown Forest"
    r"|Commissioners|Conservators"
    # a company under the regulations: "Dear United Utilities Water PLC," (a WhatDoTheyKnow request under the EIR);
    # a water company, "Dear Yorkshire Water,"
    r"|PLC|LLP|Water"
    # a research agency: "Dear Forest Research," (the Forestry Commission's, on WhatDoTheyKnow)
    r"|Research"
    # an NHS body by its place and its kind's initials: "Dear Bradford PCT," (a WhatDoTheyKnow request to Bradford and
    # Airedale Teaching Primary Care Trust), "Dear Wirral CCG,", "Dear Hywel Dda LHB,"
    r"|PCT|CCG|ICB|SHA|CSU|LHB"
    # a body's mailbox, by the name its WhatDoTheyKnow sender line gave it: "Dear HS2Enquiries," under "HS2Enquiries,
    # High Speed Two (HS2) Limited" (the requester writing again to HS2 Ltd)
    r"|[A-Za-z0-9]*(?:Enquiries|Requests|Queries)"
    # a batch request's greeting to every body of a kind: "Dear Universities," (on WhatDoTheyKnow)
    r"|Councils|Trusts|Authorities|Universities|Colleges|Boards|Departments|Forces|Agencies|Bodies|Organisations)\b",
    re.I,
)
# A body by its initials: "Dear HRA," (the Health Research Authority on WhatDoTheyKnow). Three letters or more: two are
# a person's ("Dear JJ"); and not a greeting's word written in capitals ("Dear SIR").
_ABBREVIATED_BODY_RE = re.compile(r"[A-Z]{3,6}")
_CAPITALISED = frozenset({"SIR", "SIRS", "MADAM", "ALL", "TEAM"})
# "The Royal Parks", not a person's style ("The Rt Hon Jane Smith MP", "The Revd Canon ...", "The Lord Bishop of ...").
_THE_NAME_RE = re.compile(
    r"The (?!(?:Rt\.? |Right )?Hon(?:ourable)?\b|Rev(?:d|erend)?\b|Lord\b|Lady\b|Baroness\b)[A-Z]"
)
_SIGN_OFF_SKIP = re.compile(r"^(?:\(?signed\)?|pp\.?|p\.p\.)$", re.I)


_GIVEN_NAME_RE = re.compile(rf"^{_NAME_WORD}$")
# One-word greetings that name nobody: "Dear Sirs", "Dear Enquirer"; and a title whose name is redacted ("Dear Mr...,"
# on a university's disclosure log).
_NOT_A_GIVEN_NAME = frozenset(
    {"sirs", "madam", "madams", "enquirer", "resident", "recipient", "citizen", "member", "members", "folks", "you"}
    | {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "cllr"}
)


def is_given_name(text: str) -> bool:
    """A single capitalised word that can be a person's first name ("Aisha"), not a generic addressee."""
    text = text.strip().rstrip(",.")
    return (
        bool(_GIVEN_NAME_RE.match(text))
        and not text.isupper()
        and text.lower() not in _NOT_A_GIVEN_NAME
        and not _NOT_PERSONAL.search(text)
        and not _ORGANISATION.search(text)
    )


def is_person_name(text: str) -> bool:
    text = text.strip().rstrip(",.")
    if not PERSON_RE.match(text) or _NOT_PERSONAL.search(text.split(None, 1)[-1] if _TITLED_RE.match(text) else text):
        return False
    return len(text.split()) >= 2 or bool(_TITLED_RE.match(text))


class Line(NamedTuple):
    number: int  # 0-based line number
    start: int
    end: int
    text: str


@dataclass
class Message:
    """One message of a thread: a letter, an email, or an earlier message it quotes."""

    start: int
    end: int
    quoted: bool = False
    salutation: Line | None = None
    closing: Line | None = None
    # A greeting to no one in particular ("Dear Sir or Madam,") opening a request in the requester's words ("Under
    # the Freedom of Information Act 2000 I would like to request ...", a WhatDoTheyKnow request to Bath & North
    # East Somerset Council): the requester's too.
    asks_in_first_sentence: bool = False
    # A greeting to a name the catalogue knows, though it holds no body's word: "Dear One North East," (a WhatDoTheyKnow
    # request to the regional development agency, "This request under the FOI Act is made in relation to ...").
    greets_a_known_body: bool = False
    # The requester writing on to a person: signed with the name that signs a request ("Yours sincerely, / Ed Robb"
    # under "Dear McCann, John (DOH),", to the officer who acknowledged the request on WhatDoTheyKnow), greeting whom
    # such a message greets, or speaking of "my request" under the greeting ("Dear Sam Godfrey, / Further to your
    # letter of 10 October 2011, the Borough's Response to my request about Pavement Management has been delayed.",
    # to the London Borough of Merton).
    writes_as_requester: bool = False
    # The WhatDoTheyKnow sender line heading the message ("Robinson, Kay, City of York Council"), where its first line
    # with text is one.
    sender: Line | None = None
    # A greeting to a body that opens the body's reply to it, the requester a firm: "Dear Litigio LLP, / Information
    # request - Our Ref: TC/2018/119 / I am writing in response to your email of 5 July 2018." (the Solicitors
    # Regulation Authority's letter)
    replies_to_a_firm: bool = False

    @property
    def addressee(self) -> str | None:
        return None if self.salutation is None else addressee_of(self.salutation.text)

    @cached_property
    def from_requester(self) -> bool:
        """Written by the requester: the salutation addresses the authority ("Dear Kent County Council,")."""
        return self.greets_the_authority or self.writes_as_requester

    @property
    def greets_the_authority(self) -> bool:
        """The salutation addresses the authority, or greets no one above a request."""
        return (
            self.salutation is not None
            and not self.replies_to_a_firm
            and (
                addresses_an_organisation(self.salutation.text)
                or self.asks_in_first_sentence
                or self.greets_a_known_body
            )
        )


def addressee_of(salutation: str) -> str | None:
    """Who a salutation line greets ("Dear Ms Pike," -> "Ms Pike")."""
    m = _SALUTATION_RE.match(salutation)
    if m is None:
        return None
    if m.group("bare"):
        return m.group("bare")
    # "Annwyl Mr Pritchard / Dear Mr Pritchard": the first of the greeting's two languages.
    return _SECOND_GREETING_RE.sub("", m.group("who")).strip()


def addresses_an_organisation(salutation: str) -> bool:
    """A salutation to a body, not a person: the requester's ("Dear Kent County Council,")."""
    addressee = addressee_of(salutation)
    if not addressee or _TITLED_RE.match(addressee):
        return False
    # Words alone can look like a name ("Royal Armouries", "Northby Fire Brigade"); a body's word decides, or the
    # article no person's name takes ("Dear The Royal Parks,", WhatDoTheyKnow greeting a body by its listed name).
    initials = addressee.rstrip(",.:")
    return bool(
        _ORGANISATION.search(addressee)
        or _THE_NAME_RE.match(addressee)
        or (_ABBREVIATED_BODY_RE.fullmatch(initials) and initials not in _CAPITALISED)
    )


# ---------------------------------------------------------------- a page's request and response sections
# The case number a release page prints in its section's heading: "1. FOI2025/00075 Request" over "2. Our reply" (the
# Veterinary Medicines Directorate's release on GOV.UK).
CASE_IN_A_HEADING = r"(?:[A-Z]{2,6}[ -]?\d{2,4}/\d{2,6}[ \t]+)?"
# "The response is:" under "The request is:" (a Humberside Fire and Rescue Service letter)
# "Response to your request" over "The Trust confirms that it holds the following recorded information relevant to your
# request:- / 1. In a briefing to the Board, the following information was stated:" (Surrey and Borders Partnership
# NHS Trust, its request quoted in one sentence above). "Details of the Response" under "Details of the Request"
# (Ashford and St Peter's Hospitals NHS Foundation Trust's log).
RESPONSE_HEADING_RE = re.compile(
    # "In Response:" under the request's list (Northumbria Police's disclosure log)
    # (or the body's: "University Response" under the request's list, Middlesex University's letter in a PDF whose
    # lines run on with no blank between)
    # (numbered as the page's second section: "1. Request / ... / 2. Response", the Security Industry Authority's FOI
    # release on GOV.UK; not an answer by number, "4. Information not held")
    # (or "2. Our reply" under "1. FOI2025/00075 Request", the Veterinary Medicines Directorate's release)
    # (or the body's by its name: "Borders College Response" over the answers numbered from 1 again, the college's
    # letter on WhatDoTheyKnow)
    # (or a log's field, bulleted with a dash: "- Request / ... / - Decision / - / 1. Please see link below ...",
    # Lincolnshire County Council's published responses)
    r"^[*_ ]*(?:-[ \t]+(?=(?i:decision|response)[ \t]*$))?"
    r"(?:\d\.[ \t]+(?=(?i:responses?|our (?:response|reply))[ \t]*$))?"
    r"(?:our |(?:the )?(?:[\w&'-]+[ \t]+){0,5}?(?:council|trust|university|college|board|force|authority|department)"
    # (or the regime's: "FOI Request / ... / FOI Response / Freedom of Information Request – Ref: FOI 212-2025 / ...",
    # Gloucestershire Health and Care NHS Foundation Trust's published responses)
    # (or the body's initials: "NHSCFA response" under the request's dash list, the NHS Counter Fraud Authority's
    # published response)
    r"(?:'?s)? |the |in |(?:foi|foia|foisa|eir|eisr) |(?-i:[A-Z]{2,8}|[A-Z][a-z][A-Z]) "
    r"|(?:summary|details) of (?:the )?)?"
    # "Information disclosed:" under "Request:" (University Hospitals Sussex NHS Foundation Trust's disclosure log);
    # "Information held" and "Information withheld" under "You requested:" (National Highways)
    r"(?:(?:response|responses|answers?|reply|decision)s?"
    # (or "We answered" under "You asked", Transport for London's published requests)
    r"|we answered"
    # (or the log's field dating the reply, between the request and the answers by number: "Request Date18 March 2015
    # / Requested byMedia / Released Date / 25 March 2015 / ... / 2) Our Public space surveillance camera locations are
    # published on our website", East Hertfordshire District Council's log)
    r"|released date"
    # (or "Information provided for the answer:" under "Information Requested:", Public Health Wales's disclosure log)
    r"|information (?:disclosed|released|provided|supplied|held|not held|withheld)(?: for the answers?)?)"
    r"(?: to (?:your|the) (?:request|questions|enquiry))?(?: (?:is|are)(?: as follows)?)?[*_ ]*:?[*_ ]*"
    # with the date it was sent: "Response 07-05-2013" over the answers by number (Moray Council's log)
    rf"(?:(?:dated[ \t]+)?\(?(?:{_NUMERIC_DATE}|\d{{1,2}}(?:st|nd|rd|th)? [a-z]{{3,9}},? \d{{4}})"
    r"\)?[ \t]*)?$",
    re.I,
)
# A label heading the request a reply repeats ("Request:", "Information requested:", "You asked:"); "You asked for:"
# heads the request's bullets on a disclosure log (Nottinghamshire Fire and Rescue Service).
# Or told as a sentence's start: "Your request was:" (Southampton City Council's letter, above the request's
# introduction and its bullets, each answered under it).
REQUEST_LABEL_RE = re.compile(
    # "1. Request" (the SIA's release; see RESPONSE_HEADING_RE), "1. FOI2025/00075 Request" (the VMD's)
    rf"[*_ ]*(?:\d\.[ \t]+{CASE_IN_A_HEADING}(?=(?i:request)[ \t]*$))?"
    # (or a log's "Customer Request Details" over the request, "East Herts Council Response" over the reply: the
    # disclosure-log.co.uk pages of East Hertfordshire District Council, the requester's notes among the questions)
    r"(?:(?:your |the )?requests?(?: was| read)?|information requested|you asked(?: for| us)?"
    r"|(?:customer |foi )?request details"
    r"|(?P<questions>questions?))[*_ ]*:?\s*$",
    re.I,
)


def request_section_lines(lines: list[Line]) -> set[int]:
    """The lines between a page's "Request" heading and the "Response" heading below it: the request's, none of them
    an answer ("Request / ... / 1.The total number of police pursuits recorded each year from 2010 to 2024. / - Any
    relevant breakdowns of data such as: / Pursuits that led to arrests or charges / ... / Response / Avon and Somerset
    Police holds information ...", Avon and Somerset Police's disclosure log)."""
    section: set[int] = set()
    start: int | None = None
    asked_as_questions = False
    for line in lines:
        if heading := REQUEST_LABEL_RE.match(line.text):
            start, asked_as_questions = line.number, heading.group("questions") is not None
        elif start is not None and (
            _ANSWER_HEADING_RE.match(line.text)
            if asked_as_questions
            else RESPONSE_HEADING_RE.match(line.text) or _OUTCOME_HEADING_RE.match(line.text)
        ):
            section.update(range(start + 1, line.number))
            start = None
    return section


# A "Question" heading's section ends at its "Answer" (or "Response"), not at a line of the request's own that reads as
# a heading: "Question / ... Other generic terms used in the previous spreadsheet ... include: / Decisions / General
# level of service / ... / Answer" (the Northamptonshire Police, Fire and Crime Commissioner's log).
_ANSWER_HEADING_RE = re.compile(r"[*_ ]*(?:our |the )?(?:answers?|responses?)[*_ ]*:?\s*$", re.I)


# A log's outcome heading between the request and the response: "Request / ... / Outcome / Some information provided. /
# Response / ..." (The National Archives' published requests); the outcome is the authority's.
_OUTCOME_HEADING_RE = re.compile(r"[*_ ]*(?:request )?outcome[*_ ]*:?\s*$", re.I)


@dataclass
class Layout:
    text: str
    lines: list[Line]
    messages: list[Message]
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)
    # Every salutation line, in order, including a second one inside a message ("Dear Sir/Madam, I am writing to
    # acknowledge receipt ..." then "Good afternoon, I am writing to seek clarification" with no sign-off between).
    salutations: list[Line] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)
    _boiler_starts: list[int] = field(default_factory=list)
    # The messages tile the text in order, so the one holding an offset is found by a bisect on their starts.
    _message_starts: list[int] = field(default_factory=list)
    _signature_ends: dict[int, int] = field(default_factory=dict)
    # The request as a reply quotes it in quotation marks under its own introduction, (start, end) of each.
    quoted_requests: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def request_section(self) -> frozenset[int]:
        """The numbers of the lines between a "Request" heading and the "Response" heading below it (see
        ``request_section_lines``)."""
        return frozenset(request_section_lines(self.lines))

    def in_request_section(self, offset: int) -> bool:
        """Whether ``offset`` is on a line between a "Request" heading and the "Response" heading below it: the
        request's words ("You asked: / 1. ... how many FOI requests has Northumbria Police refused ...? By refused I
        mean: / It would cost too much ... / The request is vexatious. / ... / In response:", Northumbria Police's
        log)."""
        section = self.request_section
        return bool(section) and self.line_at(offset).number in section

    def line_at(self, offset: int) -> Line:
        return self.lines[max(0, bisect.bisect_right(self._line_starts, offset) - 1)]

    def message_at(self, offset: int) -> Message:
        i = bisect.bisect_right(self._message_starts, offset) - 1
        if i >= 0 and offset < self.messages[i].end:
            return self.messages[i]
        return self.messages[-1]

    def by_requester(self, offset: int) -> bool:
        """Inside a requester's message, before its sign-off (what follows the signature in the same block of
        a WhatDoTheyKnow page is the authority's reply)."""
        message = self.message_at(offset)
        if not message.from_requester:
            return self.in_quoted_request(offset)
        if message.closing is None:
            return True
        closing = message.closing.number
        if closing not in self._signature_ends:
            self._signature_ends[closing] = _signature_end(self.lines, closing)
        return self.line_at(offset).number <= self._signature_ends[closing]

    def in_quoted_request(self, offset: int) -> bool:
        """Inside the request as a reply quotes it in quotation marks (see ``_quoted_requests``)."""
        if not self.quoted_requests:  # most texts: asked for every name and cue, so no generator is made
            return False
        return any(start <= offset < end for start, end in self.quoted_requests)

    def in_quoted(self, offset: int) -> bool:
        return self.message_at(offset).quoted

    def boilerplate_kind(self, offset: int) -> str | None:
        zone = self.boilerplate_zone(offset)
        return zone[2] if zone is not None else None

    def boilerplate_zone_start(self, kind: str) -> int | None:
        """Where the first boilerplate zone of ``kind`` starts, if any."""
        return next((start for start, _end, zone_kind in self.boilerplate if zone_kind == kind), None)

    def boilerplate_zone(self, offset: int) -> tuple[int, int, str] | None:
        """The boilerplate zone (start, end, kind) holding ``offset``, if any."""
        i = bisect.bisect_right(self._boiler_starts, offset) - 1
        if i >= 0 and self.boilerplate[i][0] <= offset < self.boilerplate[i][1]:
            return self.boilerplate[i]
        return None

    def line_above(self, number: int, within: int = 4) -> Line | None:
        """The nearest line holding text among the ``within`` lines above line ``number``, or None."""
        for line in reversed(self.lines[max(0, number - within) : number]):
            if line.text.strip():
                return line
        return None

    def line_below(self, number: int, within: int = 2) -> Line | None:
        """The nearest line holding text among the ``within`` lines below line ``number``, or None: by default the
        next line, or the one after a blank line (a table's first row under its heading, a list under the words
        introducing it)."""
        for line in self.lines[number + 1 : number + 1 + within]:
            if line.text.strip():
                return line
        return None

    def in_header(self, offset: int) -> bool:
        """Before the first salutation of the message holding ``offset`` (the letterhead block)."""
        message = self.message_at(offset)
        if message.salutation is not None:
            return offset < message.salutation.start
        return self.line_at(offset).number - self.line_at(message.start).number < 12


def signature_line(lines: list[Line], message: Message) -> Line | None:
    """The line that signs a message: the first with words within three lines under its closing ("Ed Robb"), if it is
    inside the message; else None."""
    if message.closing is None:
        return None
    for line in lines[message.closing.number + 1 : message.closing.number + 4]:
        if line.text.strip().rstrip(",."):
            return line if line.start < message.end else None
    return None


def _signature_name(lines: list[Line], message: Message) -> str | None:
    """The name signing a message (``signature_line``), folded for comparison, or None."""
    line = signature_line(lines, message)
    if line is None:
        return None
    words = line.text.strip().rstrip(",.").casefold()
    return words if len(words.split()) <= 6 else None


# A request's first sentence, in the requester's voice.
_ASKS_FIRST_RE = re.compile(
    r"\bI (?:write|am writing|would like|wish|want)\b[^.\n]{0,80}?"
    r"\bto (?:request|ask for|make an? (?:request|application))\b",
    re.I,
)
# (or its old word: "I note that you have refused my requisition of information made to the Conservators of the River
# Cam", the requester writing on to the river manager on WhatDoTheyKnow)
_MY_REQUEST_RE = re.compile(
    r"\bmy (?:original |recent |above )?(?:foi |foia |eir |freedom of information |information )?"
    r"(?:request|requisition)\b",
    re.I,
)


# How alike two spellings of one surname are (rapidfuzz's ratio): "Elliot" for "Elliott" scores 92.
_SAME_SURNAME = 85


def _surname(name: str) -> str:
    """The last word of a name before any job title ("wayne elliott | information governance manager" -> "elliott"),
    folded; "" for none."""
    words = re.split(r"[|,(]", name, maxsplit=1)[0].split()
    return words[-1].strip(".,").casefold() if words else ""


def _mark_greeting_an_officer(messages: list[Message], lines: list[Line]) -> None:
    """Mark the messages that greet, by name, the officer who signed an earlier reply to someone else: the requester
    writing on to them. "Dear Mr. Elliot, / Another two months has gone by without a satisfactory reply from you"
    under the General Optical Council's "Dear Mr Belson, / ... / Kind regards / Wayne Elliott | Information Governance
    Manager" (WhatDoTheyKnow); the name as the requester spells it."""
    officers: list[tuple[int, str]] = []  # (where the reply starts, its signer's surname)
    # (from_requester is cached: read only after every mark is made)
    for message in messages:
        if message.quoted or message.greets_the_authority or message.writes_as_requester:
            continue
        addressee = message.addressee
        if addressee is None or _TITLED_RE.match(addressee) is None:
            continue
        greeted = _surname(addressee)
        if len(greeted) > 2 and any(
            start < message.start and fuzz.ratio(greeted, officer) >= _SAME_SURNAME for start, officer in officers
        ):
            message.writes_as_requester = True
            continue
        # A reply greeting a titled person ("Dear Mr Belson,") and signed by another is an officer's.
        signer = _signature_name(lines, message)
        signed = _surname(signer) if signer is not None else ""
        if len(signed) > 2 and fuzz.ratio(signed, greeted) < _SAME_SURNAME:
            officers.append((message.start, signed))


# WhatDoTheyKnow's line heading a thread: "David Hopson made this Freedom of Information request to West Wittering
# Parish Council" (the requester here; the body in extract/authority.py).
# (in Welsh too, where a Welsh body's page names the Act so: "Dr Karen Mc Cullagh made this Rhyddid Gwybodaeth request
# to Flintshire County Council as part of a batch sent to 156 authorities")
WDTK_MADE_REQUEST = (
    r"made this (?:Freedom of Information |Environmental Information |FOI |EIR |Rhyddid Gwybodaeth )?request to"
)
_WDTK_REQUESTER_RE = re.compile(rf"^(?P<name>[^\n]{{2,60}}?) {WDTK_MADE_REQUEST}\b", re.M)
_WDTK_REQUESTER_REACH = 1000
# WhatDoTheyKnow's lines under a thread's title: its status ("The request was successful.", "This request has been
# closed to new correspondence.", in Welsh "Roedd y cais yn llwyddiannus.") or who made the request; or its banner on a
# late reply ("Response to this request is long overdue.", "Response to this request is delayed.").
WDTK_STATUS_RE = re.compile(
    r"[ \t]*(?:The request (?:was|is|has been)\b|This request has been\b|Roedd y cais\b"
    r"|Response to this request is (?:long overdue|delayed)\b"
    rf"|[^\n]{{2,60}}? {WDTK_MADE_REQUEST}\b)"
)


def _mark_written_as_requester(messages: list[Message], lines: list[Line], text: str) -> None:
    """Mark the messages the requester writes on in, to a person (see ``Message.writes_as_requester``)."""
    first = messages[0] if messages else None
    if first is not None and first.salutation is not None and _under_a_request_heading(lines, first.salutation.number):
        first.writes_as_requester = True  # the request a log copies under its heading
    for message in messages:
        # the first sentence only: a reply quotes the request's words after "You wrote:"
        if (
            message.salutation is not None
            and not message.greets_the_authority
            and _MY_REQUEST_RE.search(text, *_first_sentence(text, message.salutation, message.end))
        ):
            message.writes_as_requester = True
    # A message greeting no one in particular that asks, signed by the name a later message greets: "Dear Sir or
    # Madam, / Since the inception of the Freedom of Information Act to date / 1)how many requests ...? / Yours
    # faithfully, / T Thomas" above "FOI Officer, Stockport Metropolitan Borough Council / Dear T Thomas," (on
    # WhatDoTheyKnow). (A reply to no one in particular, which asks nothing, is not the requester's however the
    # requester greets its signer when writing back.)
    for index, message in enumerate(messages):
        if message.salutation is None or message.greets_the_authority or not greets_no_one(message.salutation.text):
            continue
        if text.find("?\n", message.salutation.end, message.closing.start if message.closing else message.end) < 0:
            continue
        signer = _signature_name(lines, message)
        if signer is not None and any(
            (later.addressee or "").strip(" ,").casefold() == signer for later in messages[index + 1 :]
        ):
            message.writes_as_requester = True
    if first is not None and first.salutation is not None and not first.quoted and _under_a_wdtk_status(lines, first):
        first.writes_as_requester = True
    names = {_signature_name(lines, m) for m in messages if m.greets_the_authority and not m.quoted} - {None}
    if asker := _WDTK_REQUESTER_RE.search(text, 0, _WDTK_REQUESTER_REACH):
        # The name WhatDoTheyKnow says made the request, signing a request that greets no one and asks only after a
        # heading and a sentence about the requester's research ("Dear Sir or Madam / REPATRIATION OF HUMAN REMAINS
        # / I am carrying out some research ... / Yours faithfully / Maciej Wójtowicz", to National Museums Scotland).
        names.add(asker.group("name").strip().casefold())
        # WhatDoTheyKnow prints the request first: the first message under its banner that greets no one in particular,
        # cut before its sign-off, is the request ("Lucas87 made this Freedom of Information request to Homerton
        # University Hospital NHS Foundation Trust ... / Dear Sir or Madam, / This is a FOIA request. The Trust is
        # required to provide information on losses ...", the page cut inside its second item).
        first = next(
            (m for m in messages if m.salutation is not None and m.salutation.start > asker.start() and not m.quoted),
            None,
        )
        if (
            first is not None
            and first.salutation is not None
            and first.closing is None
            and (
                greets_no_one(first.salutation.text)
                # or greets a person and asks in its first sentence: "Dear Professor Kevin Dunion, / I write this letter
                # under the Freedom of Information Act 2000 to request the following information ..." (a request to
                # the Standards Commission for Scotland, greeting its convener)
                or _ASKS_FIRST_RE.search(text, *_first_sentence(text, first.salutation, first.end)) is not None
            )
        ):
            first.writes_as_requester = True
    if not names:
        return
    greetings = set()
    for message in messages:
        if not message.greets_the_authority and _signature_name(lines, message) in names:
            message.writes_as_requester = True
            assert message.salutation is not None  # a closing is only read under a salutation
            greetings.add(message.salutation.text.strip())
    # The same greeting again, in a message the text cuts before its signature ("Dear McCann, John (DOH), / My FoI
    # request refers.")
    for message in messages:
        if message.salutation is not None and message.salutation.text.strip() in greetings:
            message.writes_as_requester = True


def only_blank_lines(lines: list[Line], above: int, below: int) -> bool:
    """Whether only blank lines stand between lines ``above`` and ``below``."""
    return all(not lines[k].text.strip() for k in range(above + 1, below))


def text_line_above(lines: list[Line], number: int) -> Line | None:
    """The nearest line above line ``number`` in ``lines`` that holds text, however far up, or None
    (``Layout.line_above`` looks only a few lines up the layout's own lines)."""
    return next((line for line in reversed(lines[:number]) if line.text.strip()), None)


def _signature_end(lines: list[Line], closing: int) -> int:
    """The last line of the signature under a closing: the name, and what follows it up to a blank line when
    the letter is blank-line spaced ("Yours faithfully,\n\nAmanda Hart\nfor Stop UK Lies\n\n")."""
    i = closing + 1
    spaced = i < len(lines) and not lines[i].text.strip()
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if i < len(lines) and _is_sentence(lines[i].text):
        # No name under the closing: the reply follows ("Best wishes, / (blank) / I write in response to your request
        # under the Freedom of Information Act 2000 and can provide you with the information below:", the Durham
        # Police, Crime and Victims' Commissioner's log, the requester's name left out).
        return closing
    if not spaced:
        return i
    while i + 1 < len(lines) and lines[i + 1].text.strip():
        i += 1
    return i


def _is_sentence(text: str) -> bool:
    """Eight words or more ending in a stop or a colon: prose, not a name or a job title."""
    text = text.rstrip()
    return text[-1:] in ".:?" and len(text.split()) >= 8


# Builds a Line from a tuple in C; ``Line(...)`` runs a Python-level ``__new__`` (a fifth of split_lines).
_new_tuple = cast(Callable[[type[Line], tuple[int, int, int, str]], Line], tuple.__new__)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for i, part in enumerate(text.split("\n")):
        end = start + len(part)
        lines.append(_new_tuple(Line, (i, start, end, part)))
        start = end + 1
    return lines


_QUOTATION_IN_PROSE_LINES = 2  # lines quoted at most by a quotation inside a message's own words


def _quotation_starts(
    quoted_lines: list[tuple[int, int]], lines: list[Line], line_starts: list[int], quoted_from: set[int]
) -> None:
    """Add to ``quoted_from`` where the lines an email quotes under "> " start an earlier message.

    A reply above the request it quotes ("Yours sincerely, ... / > Dear Council, / > 1. How much ...?") quotes one
    block, and the message is quoted from its first line on. A reply that quotes the request's questions one by one,
    each above its answer ("> 1. How much did you spend on agency social workers?" / "We spent £41,200 ..." / "> 2.
    Which case management system ...?"), quotes two blocks or more with its own words between: the quotations are
    part of the reply, and so is the "wrote:" line above the first ("On 3 June 2024, Jane Carter wrote:"). So is a
    thread kept as Markdown, each message quoted under its own heading ("**2024-10-03 - acknowledgement (Ofcom):**" /
    "> Dear Roger Howell, ..."): its messages are told apart by their greetings and sign-offs.
    """
    quoted_numbers = {bisect.bisect_right(line_starts, offset) - 1 for offset, _depth in quoted_lines}
    blocks: list[tuple[bool, int]] = []  # (quoted, first line number) of each block of lines with text
    for line in lines:
        if not line.text.strip():
            continue
        is_quoted = line.number in quoted_numbers
        if not blocks or blocks[-1][0] != is_quoted:
            blocks.append((is_quoted, line.number))
    quoted_blocks = [number for is_quoted, number in blocks if is_quoted]
    if len(quoted_blocks) >= 2:
        above = text_line_above(lines, quoted_blocks[0])
        if above is not None:
            quoted_from.discard(above.start)  # its "wrote:" line, if it has one
    elif quoted_blocks:
        # A line or two quoted inside a message that goes on in its own words is a quotation, not an earlier message:
        # 'I note with regret your response to a FOI request ... where you state that: / > "we frequently receive
        # requests from pseudonymous accounts ..." / I am interested to learn more about this unfortunate trend.' (a
        # request on Transport for London's published responses, its reply below).
        quoted_text_lines = sum(1 for number in quoted_numbers if lines[number].text.strip())
        goes_on = not blocks[-1][0]  # the last block of text is the message's own, below the one quoted
        if not (goes_on and quoted_text_lines <= _QUOTATION_IN_PROSE_LINES):
            quoted_from.add(lines[quoted_blocks[0]].start)


def segment(clean: CleanText, catalogue: Catalogue) -> Layout:
    text = clean.text
    lines = split_lines(text)
    line_starts = [line.start for line in lines]
    quoted_from: set[int] = set()
    marks: list[tuple[int, str]] = []  # (line number, "salutation" or "closing"), in text order
    for m in _MARKED_LINE.finditer(text):
        start = m.start("line")
        if m.start("quote") >= 0:
            quoted_from.add(start)
        else:
            kind = "salutation" if m.start("salutation") >= 0 else "closing"
            number = bisect.bisect_right(line_starts, start) - 1
            # Thanks straight under the greeting open the letter, not close it: "Dear Mr Belson, / / Thank you for
            # your email. / / I would like to apologise for the delayed response." (the General Optical Council on
            # WhatDoTheyKnow).
            if (
                kind == "closing"
                and marks
                and marks[-1][1] == "salutation"
                and only_blank_lines(lines, marks[-1][0], number)
            ):
                continue
            marks.append((number, kind))
    separators = frozenset(quoted_from)  # the "Original Message" lines, not the "> " quotations added next
    if clean.quoted_lines:
        _quotation_starts(clean.quoted_lines, lines, line_starts, quoted_from)
    boilerplate = _boilerplate_paragraphs(text, clean.lower, catalogue)
    # A WhatDoTheyKnow thread is one request, however often a field comes again in it: an e-form's receipt sent twice
    # ("Your Eform 'Wycombe FOI (1.0).wdf' was successfully submitted. / Date Submitted: 15/11/2017 14:26:47", then
    # the same at 16:22:45, then the officer's reply; Wycombe District Council on WhatDoTheyKnow) opens no second entry.
    on_whatdotheyknow = any(kind == "whatdotheyknow" for _start, _end, kind in boilerplate)
    later = None if on_whatdotheyknow else (_later_entries(lines) or _second_numbered_entry(lines, marks))
    if later is not None:
        # The greetings and sign-offs of a log's later entries are theirs: "2. Request received 19 January 2018 /
        # Dear Sir or Madam: / Please send me ..." does not make the first entry a request of the requester's (the
        # Suffolk Police and Crime Commissioner's disclosure log).
        marks = [(index, kind) for index, kind in marks if lines[index].start < later]
    if quoted_from:
        first = min(quoted_from)
        # A forwarded email posted as a page ("UK Family Law Reform / ----- Original Message ----- / Sent: ...
        # Subject: FOI 740706"): with no letter and hardly any text above it, the "quoted" message is the
        # document itself.
        if len(text[:first].strip()) < _MIN_TEXT_ABOVE_A_QUOTE and not any(
            lines[index].start < first for index, _kind in marks
        ):
            # So is the chain under it, newest first: the council's reply under the requester's answer to it
            # ("UK Family Law Reform / Free information index / ----- Original Message ----- / From:
            # david@mortimers-removals.co.uk / To: FOI@nelincs.gov.uk ... / ----- Original Message ----- / From:
            # FOI@nelincs.gov.uk ... / Dear Mr Mortimer", North East Lincolnshire Council's reply posted so).
            quoted_from -= separators if first in separators else {first}
    cuts = {0, *quoted_from, *(m.start("line") for m in _HEADER_BLOCK.finditer(text))}
    cuts.update(_reply_headings_under_a_request(text, lines, line_starts, marks))
    if "quoted sections" in clean.lower or "adrannau a ddyfynnir" in clean.lower:
        cuts.update(m.end() + 1 for m in _FOLDED_QUOTE.finditer(text) if m.end() + 1 < len(text))
    if "visible links" in clean.lower:
        greetings = {index for index, kind in marks if kind == "salutation"}
        cuts.update(_senders_after_links(lines, line_starts, text, catalogue, greetings))
    cuts.update(_repeated_sender_lines(lines, catalogue))
    ordered = sorted(cuts)
    # Each message reads the marks inside it, found by bisection: scanning every mark for every message took 5 s on a
    # thread of 4,000 short letters.
    mark_starts = [lines[index].start for index, _kind in marks]

    def marks_in(message: Message) -> list[tuple[int, str]]:
        return marks[bisect.bisect_left(mark_starts, message.start) : bisect.bisect_left(mark_starts, message.end)]

    messages: list[Message] = []
    quoted = False
    for i, start in enumerate(ordered):
        end = ordered[i + 1] if i + 1 < len(ordered) else len(text)
        quoted = quoted or start in quoted_from
        messages.append(Message(start, end, quoted=quoted))
    messages = [
        part
        for message in messages
        for part in _split_after_sign_off(message, lines, marks_in(message), text, catalogue)
    ]
    messages = [
        part
        for message in messages
        for part in _split_under_an_ungreeted_request(message, marks_in(message), lines, text, catalogue)
    ]
    messages = [
        part for message in messages for part in _split_a_request_a_letter_quotes(message, marks_in(message), lines)
    ]
    for message in messages:
        for index, kind in marks_in(message):
            line = lines[index]
            if kind == "salutation" and message.salutation is None:
                message.salutation = line
            elif kind == "closing" and message.closing is None and message.salutation is not None:
                message.closing = line
        if message.salutation is not None and greets_no_one(message.salutation.text):
            message.asks_in_first_sentence = _first_sentence_asks(text, message.salutation, message.end, catalogue)
        elif message.salutation is not None:
            message.greets_a_known_body = _greets_a_known_body(message.salutation.text, catalogue)
            message.replies_to_a_firm = (
                _REPLY_OPENER_RE.search(
                    text, message.salutation.end, min(message.end, message.salutation.end + _REPLY_OPENER_REACH)
                )
                is not None
            )
    _mark_written_as_requester(messages, lines, text)
    _mark_greeting_an_officer(messages, lines)
    _mark_senders(messages, lines, line_starts, catalogue)
    layout = Layout(
        text=text,
        lines=lines,
        messages=messages,
        _line_starts=line_starts,
        _message_starts=[message.start for message in messages],
    )
    layout.salutations = [lines[index] for index, kind in marks if kind == "salutation"]
    layout.quoted_requests = _quoted_requests(text)
    layout.boilerplate = boilerplate
    if later is not None:
        # A disclosure log's page of several requests: the first is the document (shared/corpus/LABELLING.md);
        # the rest is read like boilerplate, so its answers, dates and exemptions are not the first one's.
        kept = [(start, min(end, later), kind) for start, end, kind in layout.boilerplate if start < later]
        layout.boilerplate = [*kept, (later, len(text), "later_entries")]
    layout._boiler_starts = [b[0] for b in layout.boilerplate]
    return layout


# A quotation opening a line under words that end in a colon, and the quotation mark closing a later line: the request
# as the reply quotes it. "Thank you for your request dated 29 March 2017 under the Freedom of Information (Scotland)
# Act 2002 (FOISA) for the undernoted information: / "The Scottish Courts and Tribunals Service have confirmed ... / 1.
# For each case ... / 3. Any other recorded information held by the Crown and Procurator Fiscal service that pertains
# to these cases." (the Crown Office and Procurator Fiscal Service's published response): the bodies it names are the
# requester's, not the reply's.
# (the closing mark may have the sentence's stop after it: "Specifically you asked the following, further to case
# reference FOI-3247-2223: / "Given that the area in question is still closed off ..., could you please provide any
# communications or minutes ...?". / I can confirm that we hold the information you require.", Transport for London's
# published reply, whose section 40(2) redaction below was read as the request's)
_QUOTATION_UNDER_INTRO_RE = re.compile(r":[ \t]*\n(?:[ \t]*\n)*[ \t]*[\"\u201c](?=\S)")
# The closing mark ends its line, or a tweet's time stamp follows it: ""@MoJGovUK Please disclose your prisoner voting
# submissions ... #FOI" - 4:20 PM - 26 Sep 2014" (the Ministry of Justice quoting a request made on Twitter).
# (or two closing single quotes for a double one: "... a list of all meetings between MOD officials and representatives
# of the Colombian Government in each of the past three years and minutes of those meetings.’’", the Ministry of
# Defence's letter, its opening mark a double one)
_QUOTATION_CLOSE_RE = re.compile(
    r"(?:[\"\u201d]|'')\.?[ \t]*(?:[-\u2013][ \t]*\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[^\n]{0,30})?(?=\n|$)"
)
_QUOTED_REQUEST_REACH = 4000


def _quoted_requests(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in _QUOTATION_UNDER_INTRO_RE.finditer(text):
        if found and m.start() < found[-1][1]:
            continue
        if _EXEMPTION_INTRO_RE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            # The wording of an exemption the reply applies, not the request: "... this information is being withheld
            # because the following exemption applies to this information: / "Section22 of the Act: Information is
            # intended for future publication"." (the Department for Education's letter)
            continue
        if _DEFINED_TERM_RE.match(text, m.end() - 1):
            # A term the request defines, not the request: "For clarity: / "requests" refers to all initial requests
            # for an EHC needs assessment ... / "plans issued" refers to final EHCPS issued" (a request in Essex County
            # Council's log, whose reply would otherwise be read as the request's to the page's end)
            continue
        close = _QUOTATION_CLOSE_RE.search(text, m.end(), m.end() + _QUOTED_REQUEST_REACH)
        if (
            close is None
            and len(text) <= m.end() + _QUOTED_REQUEST_REACH  # (no close up to the text's end: none searched past it)
            and _unfinished_text(text)
            and _REPLY_HEADING.after_newline.search(text, m.end()) is None
            and _ANSWERS_HEADING_LINE_RE.search(text, m.end()) is None
        ):
            # the page cut inside the quotation, which never closes: "Thank you for your Freedom of Information (FoI)
            # request received on 5 December. You wrote: / "Background: / ... On 12th October 2023 you stated that
            # clarification was needed ... / 4. Public Confidence: The release of the reque" (the Department for Work
            # and Pensions' reply, the request's words read as the reply's request to clarify)
            found.append((m.end() - 1, _next_paragraph_number(text, m.start(), m.end()) or len(text)))
            break
        if close is None:
            continue
        if _GREETS_A_PERSON_RE.match(text, m.end()):
            # A letter to the requester quoted whole, not the request: "RMBC letter reads thus: / "Dear Mr Longley, / I
            # refer to your recent request ... / Yours sincerely, / Sarah Corbett"" (a requester's blog quoting
            # Rotherham Metropolitan Borough Council's refusal)
            continue
        found.append((m.end() - 1, close.end()))
    return found


# A decision numbering its paragraphs, the number alone on its line or opening it: "1. / On 20 May 2022, the Appellant
# requested the following from the National Frontier Approvals Unit ("the Request"): / "1) / the current Port Approval
# ... / 2) / the Port Approval for the Port of Immingham that was force [sic] in 2014. / 2. / The Request was handled by
# the Home Office, Border Force. On 20 June 2022, the Home Office refused disclosure in reliance on s31(1)(a) and (e)"
# (the First-tier Tribunal on Find Case Law, the quotation never closed): the next paragraph ends the quotation.
_PARAGRAPH_NUMBER_RE = re.compile(r"^[ \t]*(\d{1,3})\.(?:[ \t]*$|[ \t]+(?=[A-Z]))", re.M)
_PARAGRAPH_NUMBER_REACH = 600  # characters above the quotation where its paragraph's number stands


def _next_paragraph_number(text: str, intro_end: int, quotation_start: int) -> int | None:
    """Where the paragraph after the one introducing an unclosed quotation starts, its number one more."""
    numbers = list(_PARAGRAPH_NUMBER_RE.finditer(text, max(0, intro_end - _PARAGRAPH_NUMBER_REACH), intro_end))
    if not numbers:
        return None
    following = str(int(numbers[-1].group(1)) + 1)
    return next(
        (m.start() for m in _PARAGRAPH_NUMBER_RE.finditer(text, quotation_start) if m.group(1) == following), None
    )


_EXEMPTION_INTRO_RE = re.compile(
    r"\b(?:following|these|this|the) (?:exemptions?|exceptions?)(?:\(s\))? (?:appl(?:y|ies)|is|are|has|have)\b", re.I
)
_GREETS_A_PERSON_RE = re.compile(rf"Dear (?:{_TITLE}[ \t]+)[A-Z]")
_DEFINED_TERM_RE = re.compile(
    r"[\"\u201c][^\"\u201d\n]{1,60}[\"\u201d][ \t]+"
    r"(?:refers? to|means|includes?|is defined as|should be (?:read|taken) as)\b"
)


# (not where the reply's heading follows, the quotation left open by mistake above the answers: a log's reply heading,
# _REPLY_HEADING, or these the log's list leaves out)
_ANSWERS_HEADING_LINE_RE = re.compile(r"^[ \t*_]*(?:our )?(?:answers?|responses)[ \t*_]*:?[ \t]*$", re.I | re.M)


def _unfinished_text(text: str) -> bool:
    """Whether ``text`` stops mid-sentence, as a page cut at a length does."""
    return not text.rstrip().endswith((".", "?", "!", '"', "\u201d", ")", ":"))


# A log's reply with no heading, its first paragraph confirming the body holds what was asked: "I can confirm that the
# Office of the Northamptonshire Police, Fire and Crime Commissioner (OPFCC) holds information that you have asked for
# (see attached)" straight under the request greeting "Dear Northamptonshire Police, Fire and Crime Commissioner,"
# (the commissioner's disclosure log). No request says so of the body it asks.
_REPLY_CONFIRMS_HOLDING_RE = re.compile(
    r"^[ \t]*(?:I|We) (?:can )?confirm that (?:the )?[A-Z][^\n.]{0,150}? holds? (?:the |some |this )?information"
    r"(?: (?:that|which))? you (?:have )?(?:asked for|requested)",
    re.M,
)


def _reply_headings_under_a_request(
    text: str, lines: list[Line], line_starts: list[int], marks: list[tuple[int, str]]
) -> list[int]:
    """The starts of a log's reply headings ("Response Sent: 31 May 2023"), and of its replies that open by confirming
    what the body holds (_REPLY_CONFIRMS_HOLDING_RE), whose nearest greeting above is the requester's to the body
    ("Dear British Geological Survey,"): the reply starts there, whether or not the request was signed off above it.
    (Under a greeting to a person the heading is inside the body's own reply.)"""
    salutations = [index for index, kind in marks if kind == "salutation"]
    cuts = []
    openers = [m.start() for m in _REPLY_CONFIRMS_HOLDING_RE.finditer(text)] if "confirm" in text else []
    for start in [*(m.start("line") for m in _REPLY_HEADING.finditer(text)), *openers]:
        number = bisect.bisect_right(line_starts, start) - 1
        above = bisect.bisect_left(salutations, number) - 1
        if above >= 0 and (
            addresses_an_organisation(lines[salutations[above]].text)
            or _under_a_request_heading(lines, salutations[above])
        ):
            cuts.append(start)
    return cuts


# WhatDoTheyKnow prints a thread's title and its status line above the request, whoever the request greets: "Spending
# Details / The request was refused by Carmarthenshire County Council. / Dear Mr Tillman, / Please list ... / Yours
# faithfully, / J Thompson", the council's replies below greeting "Dear Mrs Thompson" (the requester writing to the
# officer they had dealt with before).
_WDTK_TITLE_LINES = 3  # lines with text above the greeting: the title, the status and the banner naming the requester


def _under_a_wdtk_status(lines: list[Line], first: Message) -> bool:
    """Whether the first message greets straight under WhatDoTheyKnow's title and status line, its first lines."""
    assert first.salutation is not None
    above = [line for line in itertools.islice(lines, first.salutation.number) if line.text.strip()]
    return 2 <= len(above) <= _WDTK_TITLE_LINES and any(WDTK_STATUS_RE.match(line.text) for line in above[1:])


def _under_a_request_heading(lines: list[Line], salutation: int) -> bool:
    """Whether the greeting on line ``salutation`` greets no one in particular under a log's request heading, the only
    line of text above it ("Request / Dear sir or madam;") but for the page's title over the heading ("Use of
    plagiarism detection tools / Request / Hi", London Metropolitan University's disclosure log)."""
    # (the scan stops at a third line of text above)
    above = list(itertools.islice((line for line in itertools.islice(lines, salutation) if line.text.strip()), 3))
    if not above or len(above) > 2 or (len(above) == 2 and not _is_title(above[0].text)):
        return False
    return _REQUEST_HEADING_RE.fullmatch(above[-1].text) is not None and greets_no_one(lines[salutation].text)


_TITLE_WORDS = 12


def _is_title(text: str) -> bool:
    """A page's title: a few words, not a sentence."""
    text = text.strip()
    return len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ",", ";", ":"))


# "Date submitted: 23 May 2017", "Date responded: 19 May 2017": a dated field of a disclosure log's entry.
# Numbered entries open with one ("1. Request Received: 21 May 2021", UK Research and Innovation's log).
_DATED_FIELD_RE = re.compile(
    r"[ \t*|]*(?:\d{1,3}[.)][ \t]+)?(?P<key>[A-Za-z][A-Za-z ]{2,30}?)[ \t*]*:[ \t*]*(?P<value>[^\n]*\d[^\n]*)$"
)
# Or with no colon, the field a date in words: "1. Request received 17 January 2018" ... "2. Request received 19 January
# 2018" (the Suffolk Police and Crime Commissioner's disclosure log); or in figures: "Reference 805.6 / Date Responded
# 05/01/2011 / Response Type / Full Disclosure / Request / ..." then "Reference 805.25 / Date Responded 10/01/2011"
# (Lancashire County Council's log).
_DATED_WITHOUT_COLON_RE = re.compile(
    r"[ \t*|]*(?:\d{1,3}[.)][ \t]+)?(?P<key>[A-Za-z][A-Za-z ]{2,30}?)[ \t]+(?P<value>\d{1,2}(?:st|nd|rd|th)? "
    rf"{labels_re(MONTH_NAMES, keep_case=True)} \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})[ \t]*$"
)
_ENTRY_NUMBER_RE = re.compile(r"[ \t*|]*\d{1,3}[.)][ \t]")
# A second field on a dated field's line, a date its value: "Received: 29/09/2025" after "Request: 17311".
_SECOND_FIELD_RE = re.compile(r"[ \t]+(?P<key>[A-Za-z]{3,20})[ \t]*:[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# The words one of which a repeated field's key must hold to open an entry.
_ENTRY_DATE_WORDS = frozenset({"date", "received", "requested", "submitted"})


def _later_entries(lines: list[Line]) -> int | None:
    """Where a page listing several requests reaches its second, or None: a dated field of two or more words,
    one of them "date" (or "received", "requested", "submitted"), that comes again ("Date submitted: 23 May 2017"
    ... "Date submitted: 19 May 2017" on East Devon District Council's published requests). The second entry
    starts at its title, the line above that field and the fields the first entry had above it."""
    first_seen: dict[str, int] = {}
    keys: dict[int, str] = {}
    for line in lines:
        if len(line.text) > 120:
            continue
        if ":" in line.text:
            m = _DATED_FIELD_RE.match(line.text)
        else:  # (a date ends with its year: most lines are ruled out without the regex)
            m = _DATED_WITHOUT_COLON_RE.match(line.text) if line.text.rstrip()[-4:].isdigit() else None
        if m is not None:
            key = " ".join(m.group("key").lower().split())
            if (
                " " not in key
                and (second := _SECOND_FIELD_RE.search(m.group("value"))) is not None
                # (the second field straight after the first's value, not a later one of a row of several: "Software:
                # ArcGIS - ESRI, Number of Licenses: 15, Price: £xxxx.xx, Renewal Date: 01.01.2019" and the same for
                # MapInfo below it, the example a WhatDoTheyKnow request to Oldham Council gives of the answer it wants)
                and ":" not in m.group("value")[: second.start()]
            ):
                # two fields on the line, the entry's case and its date: "Request: 17311 Received: 29/09/2025" above
                # each request on Shetland Islands Council's page of answered requests
                key = f"{key} {second.group('key').lower()}"
        else:
            stacked = _stacked_date_key(lines, line)
            if stacked is None:
                continue
            key = stacked
        keys[line.number] = key
        if key in first_seen:
            if len(key.split()) < 2 or not _ENTRY_DATE_WORDS.intersection(key.split()):
                continue
            if _ENTRY_NUMBER_RE.match(line.text):
                # A numbered entry starts at its number: the line above is the last entry's ("Response sent 26
                # January 2018 (PDF, 330KB)." above "2. Request received 19 January 2018").
                return line.start
            above_first = {keys[n] for n in range(max(0, first_seen[key] - 6), first_seen[key]) if n in keys}
            start = line.number
            for number in range(line.number - 1, max(-1, line.number - 8), -1):
                text = lines[number].text.strip()
                if not text:
                    continue
                if keys.get(number) in above_first:
                    start = number
                    continue
                if number not in keys and len(text) <= 200:
                    start = number  # the entry's title
                break
            return lines[start].start
        first_seen[key] = line.number
    return _second_case_heading(lines)


# A field's key alone on its line and its date alone on the next line of text: "Response date / (blank) /
# 04/11/2025" under each entry of NHS 24's monthly disclosure-log page ("Reference / FOI/00104 - Board hospitality
# costs / Response date / 04/11/2025 / Information requested / ...", then "Reference / FOI/00105 - ...").
_STACKED_KEY_RE = re.compile(r"[ \t*|]*(?P<key>[A-Za-z][A-Za-z ]{2,30}?)[ \t*]*$")
_STACKED_DATE_RE = re.compile(
    r"[ \t*|]*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)? "
    rf"{labels_re(MONTH_NAMES, keep_case=True)},? \d{{4}})[ \t*]*$"
)


def _stacked_date_key(lines: list[Line], line: Line) -> str | None:
    """The key of a field stacked over its date (``_STACKED_KEY_RE``, then a blank line at most, then
    ``_STACKED_DATE_RE``), lower-cased, or None."""
    text = line.text
    if len(text) > 34 or not text.strip() or (m := _STACKED_KEY_RE.fullmatch(text)) is None:
        return None
    for below in lines[line.number + 1 : line.number + 3]:
        if below.text.strip():
            return " ".join(m.group("key").lower().split()) if _STACKED_DATE_RE.fullmatch(below.text) else None
    return None


# A log's entry headed by its case alone on a line: "FOI12 138" above the request and its answers, then "FOI12 229"
# above the next request (the Isle of Wight NHS Trust's monthly page). A letter's own case repeated (a PDF's running
# header on every page) is the same value, not a second entry.
_CASE_HEADING_RE = re.compile(r"[ \t*]*(?P<prefix>FOIA?|EIR|RFI)[ -]?(?P<case>\d{1,6}(?:[ /-]\d{1,6})?)[ \t*]*$")


# Or by its case and its title on one line, a table's row: "Ref Brief description Request and response / F13/162 EU
# benefit claimants / (the request and its answer) / F13/163 Credit on NNDR accounts" (Allerdale Borough Council's
# monthly disclosure log).
_CASE_AND_TITLE_HEADING_RE = re.compile(
    r"[ \t*]*(?P<prefix>FOIA?|EIR|RFI|F)[ -]?(?P<case>\d{2,4}/\d{1,6})[ \t]+[A-Z][^\n.?!:;]{2,60}$"
)
_LONGEST_CASE_HEADING = 30
_LONGEST_CASE_AND_TITLE_HEADING = 90


def _second_case_heading(lines: list[Line]) -> int | None:
    """Where the second of a log's entries headed by their cases ("FOI12 229") starts, or None."""
    first: re.Match[str] | None = None
    for line in lines:
        if (
            not line.text
            or len(line.text) > _LONGEST_CASE_AND_TITLE_HEADING
            or not line.text.lstrip(" \t*").startswith(("F", "E", "R"))
        ):
            continue
        m = _CASE_HEADING_RE.match(line.text) if len(line.text) <= _LONGEST_CASE_HEADING else None
        m = m or _CASE_AND_TITLE_HEADING_RE.match(line.text)
        if m is None:
            continue
        if first is None:
            first = m
        elif m.group("prefix") == first.group("prefix") and m.group("case") != first.group("case"):
            return line.start
    return None


# A page's entries each headed by a word and its number alone on a line: "ENQUIRY 1" above the first request and its
# signed reply, "ENQUIRY 2" above the next (a page of Weston Area Health NHS Trust's replies on never events).
_NUMBERED_ENTRY_HEADING_RE = re.compile(
    r"[ \t*#]*(?P<word>ENQUIRY|Enquiry|REQUEST|Request)[ \t]+(?P<number>\d{1,2})[ \t*:]*$"
)


def _second_numbered_entry(lines: list[Line], marks: list[tuple[int, str]]) -> int | None:
    """Where a page's second entry headed "ENQUIRY 2" starts, when "ENQUIRY 1" headed the first and a sign-off ended
    it: a reply's own "Request 2" heading over the answer to a part of one request follows no sign-off."""
    first: re.Match[str] | None = None
    first_line = 0
    for line in lines:
        if not line.text or len(line.text) > 20:
            continue
        m = _NUMBERED_ENTRY_HEADING_RE.match(line.text)
        if m is None:
            continue
        if first is None:
            if m.group("number") == "1":
                first, first_line = m, line.number
        elif m.group("word") == first.group("word") and m.group("number") == "2":
            signed_off = any(kind == "closing" and first_line < index < line.number for index, kind in marks)
            return line.start if signed_off else None
    return None


# "Dear Sir /Madam," (a WhatDoTheyKnow request to the North East Ambulance Service)
# A greeting alone greets no one too ("Good afternoon, / I would like to request ...", a WhatDoTheyKnow request to East
# Staffordshire Borough Council; "Hi there, / I'd like to request the following information", to Historic England).
_NO_ONE_RE = re.compile(
    r"(?:|there|all|sir|madam|sirs|sir or madam|sir ?/ ?madam|madam ?/ ?sir|whom it may (?:concern|regard))$", re.I
)
# A colon ending its line ends the sentence too: "Further to your recent request made under the Freedom of Information
# Act 2000, please see / detailed below and attached the Trust's response:" introduces the request it quotes
# ("Please provide ECT information under the FOI act ..."), whose words are not the reply's.
_SENTENCE_END_RE = re.compile(r"[.?!](?:\s|$)|:[ \t]*\n|\n\s*\n")


# How a reply opens under its greeting, which no request does: "Dear Mark House / Freedom of Information Act 2000 /
# Your request for information has been considered by Warwickshire County Council under the Freedom of Information Act
# 2000." (the council's letter, its requester's surname a body's word).
_REPLY_OPENER_RE = re.compile(
    r"\b(?:I am|we are) writing in (?:response|reply) to your\b|\b(?:I am|we are) handling your request\b"
    r"|\byour request (?:for information )?has been (?:considered|dealt with|processed)\b"
    # (or acknowledges it: "Dear Cardiff UCU Executive / I acknowledge receipt of your email received by this office on
    # 24 October 2019", Cardiff University on WhatDoTheyKnow, its requester a union branch)
    r"|\b(?:I|we) acknowledge receipt of your\b",
    re.I,
)
_REPLY_OPENER_REACH = 200  # characters under the greeting


def greets_no_one(salutation: str) -> bool:
    """A salutation to no one in particular ("Dear Sir/Madam", "To whom it may concern", "Hello")."""
    addressee = addressee_of(salutation)
    return addressee is not None and _NO_ONE_RE.match(addressee.strip(" ,")) is not None


def _first_sentence(text: str, salutation: Line, end: int) -> tuple[int, int]:
    """Where the first sentence after a salutation starts and ends (``end``: the message's)."""
    start, limit = salutation.end, min(end, salutation.end + 400)
    stop = _SENTENCE_END_RE.search(text, start + 1, limit)
    return start, stop.end() if stop else limit


def _first_sentence_asks(text: str, salutation: Line, end: int, catalogue: Catalogue) -> bool:
    """Whether the first sentence after a salutation is in the requester's words ("I would like to request"), or is
    a question: "To whom it may concern, / How many serving military personnel have had their DV clearance revoked in
    the past 5 years?" (a WhatDoTheyKnow request to the Defence Vetting Agency, three questions and no more)."""
    start, stop = _first_sentence(text, salutation, end)
    return catalogue.requester_voice_re.search(text, start, stop) is not None or text[start:stop].rstrip().endswith("?")


def _split_after_sign_off(
    message: Message, lines: list[Line], marks: list[tuple[int, str]], text: str, catalogue: Catalogue
) -> list[Message]:
    """Split a message where a signed-off letter is followed by another salutation, or where the requester's signed
    request is followed by a WhatDoTheyKnow sender line and a reply with no salutation (``_is_sender``). ``marks``:
    the salutations and closings inside the message.

    WhatDoTheyKnow prints a thread as request ("Dear Norfolk County Council, ... Yours faithfully, Jordan
    Pike") then each reply ("Norfolk County Council / 12 June 2024 / Dear Ms Pike, ...") with no email
    headers between; the cut goes after the signer's name so the reply keeps its own header lines.
    """
    parts: list[Message] = []
    start = message.start
    signed_off_at: int | None = None
    to_the_body = False  # the part so far greets the authority: the requester's
    greeted_at = 0  # the line of the part's last greeting

    def cut_after_signer(signed_off: int, i: int) -> bool:
        """End the part so far after the signer below the closing at line ``signed_off`` (before line ``i``);
        whether there was a part to end."""
        nonlocal start
        signer = next((j for j in range(signed_off + 1, i) if lines[j].text.strip()), signed_off)
        cut = lines[signer + 1].start if signer + 1 < len(lines) else lines[i].start
        if not start < cut <= lines[i].start:
            return False
        parts.append(Message(start, cut, quoted=message.quoted))
        start = cut
        return True

    for i, kind in marks:
        line = lines[i]
        if kind == "closing" and (signed_off_at is None or i - signed_off_at <= 3):
            # (a closing straight under another is the one the signature follows: "Many thanks. / / Yours
            # faithfully, / / Victoria Holden", a WhatDoTheyKnow request to the General Dental Council)
            signed_off_at = i
        elif kind == "closing" and signed_off_at is not None:
            # A second letter signed off with no greeting between: the first ends after its signer ("Yours faithfully,
            # / Anne Chaplin / Freedom of Information, / Please consider this e-mail as acknowledgement of your FOI
            # request ... Kind regards / The FOI Team", then "Dear Anne, / Please find attached the response";
            # Greater Manchester Mental Health NHS Foundation Trust on WhatDoTheyKnow).
            if cut_after_signer(signed_off_at, i):
                to_the_body = False
            signed_off_at = i
        elif signed_off_at is None and kind == "salutation":
            # A request signed with the requester's name alone ("... under the Act. / Mr James") has no closing;
            # a greeting to a person after a greeting to the body still starts the reply (Ofcom's "Dear Mr
            # James" under "Dear Office of Communications,").
            greets_the_body = _greets_the_body(line, message.end, text, catalogue)
            if to_the_body and greets_no_one(line.text) and only_blank_lines(lines, greeted_at, i):
                # A second greeting to no one straight under the first: "Dear Royal Conservatoire of Scotland, /
                # / To Whom It May Concern, / / I am writing to request information ..." (a WhatDoTheyKnow request)
                continue
            if to_the_body and not greets_the_body and start < line.start:
                parts.append(Message(start, line.start, quoted=message.quoted))
                start = line.start
            to_the_body, greeted_at = greets_the_body, i
        elif signed_off_at is not None and kind == "salutation":
            cut_after_signer(signed_off_at, i)
            signed_off_at = None
            to_the_body = _greets_the_body(line, message.end, text, catalogue)
    if signed_off_at is not None and to_the_body:
        # A WhatDoTheyKnow reply with no greeting under a signed request ("Yours faithfully, / Eliane Wigzell / FOI
        # Team, Neath Port Talbot County Borough Council / Thank you for your Freedom of Information request received
        # today ..."): what follows the requester's signature is not the requester's.
        signature_end = _signature_end(lines, signed_off_at)
        cut = lines[signature_end + 1].start if signature_end + 1 < len(lines) else message.end
        sender = next((line for line in lines[signature_end + 1 :] if line.text.strip()), None)
        if (
            start < cut < message.end
            and sender is not None
            and sender.start < message.end
            and (
                _is_sender(sender.text, catalogue)
                or _repeats_an_item_above(lines, start, signed_off_at, signature_end, message.end)
            )
        ):
            parts.append(Message(start, cut, quoted=message.quoted))
            start = cut
    parts.append(Message(start, message.end, quoted=message.quoted))
    return parts


# An item's number and its first words, as a reply restates the request's items to answer each.
_ITEM_OPENING_RE = re.compile(r"[ \t]*(\d{1,2})[.):][ \t]*((?:[\w'-]+[ \t]+){3}[\w'-]+)")
_RESTATED_WITHIN = 3  # lines with text under the signature


def _repeats_an_item_above(lines: list[Line], start: int, signed_off: int, signature_end: int, end: int) -> bool:
    """Whether one of the first lines under the requester's signature restates a numbered item of the request above
    it, its number and first four words: the body's reply under a heading of its own, no greeting or sender line
    between ("Yours faithfully, / Sam Andrews / Central Foundation Girls – FOI Request: / 1: A copy of your Prevent
    policy – attached.", under "1: A copy of your Prevent policy" in the request, the school's reply on WhatDoTheyKnow
    as the page shows it)."""
    asked = set()
    for number in range(signed_off - 1, -1, -1):  # the message's lines above its closing, read upwards
        line = lines[number]
        if line.start < start:
            break
        m = _ITEM_OPENING_RE.match(line.text)
        if m is not None:
            asked.add((m.group(1), " ".join(m.group(2).casefold().split())))
    if not asked:
        return False
    below = (line for line in lines[signature_end + 1 :] if line.text.strip() and line.start < end)
    for line in itertools.islice(below, _RESTATED_WITHIN):
        m = _ITEM_OPENING_RE.match(line.text)
        if m is not None and (m.group(1), " ".join(m.group(2).casefold().split())) in asked:
            return True
    return False


# A letterhead's marks: its reference line or its subject line.
_LETTERHEAD_MARK_RE = re.compile(
    r"^[ \t*]*(?:re\b[ \t]*:?|subject[ \t]*:|(?:our|your|my) ref(?:erence)?\b|ref(?:erence)?(?: no\.?)?[ \t]*:"
    # or its date line: "12 March 2020", "12/03/2020"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}[ \t]+\d{4}[ \t]*$|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]*$)",
    re.I | re.M,
)


def _split_under_an_ungreeted_request(
    message: Message, marks: list[tuple[int, str]], lines: list[Line], text: str, catalogue: Catalogue
) -> list[Message]:
    """Split a message at its first greeting when that greets a person below a request that greets no one and signs
    off nowhere: "I hope whoever is reading this is well. This is a request under the Freedom of Information Act. /
    1) Was your school, or any part of it, built between the 1960s and 1980s? ... / Dear Yohannes / Please see
    responses below: / 1) YES" (Bartley Green School on WhatDoTheyKnow, the page's request printed without its
    greeting). The part above is the requester's when it is written in the requester's words. ``marks``: the
    salutations and closings inside the message."""
    if message.quoted:
        return [message]
    if not marks or marks[0][1] != "salutation":
        return [message]
    greeting = lines[marks[0][0]]
    if greeting.start == message.start or not text[message.start : greeting.start].strip():
        return [message]
    if addresses_an_organisation(greeting.text) or greets_no_one(greeting.text):
        return [message]
    if catalogue.requester_voice_re.search(text, message.start, greeting.start) is None:
        return [message]
    if _LETTERHEAD_MARK_RE.search(text, message.start, greeting.start):
        # A reply's own letterhead above its greeting, the request quoted in its subject line: "Our ref: FOI 1234 / 12
        # March 2020 / Re: Freedom of Information request - I would like to request copies of ... / Dear Mr Smith,".
        return [message]
    request = Message(message.start, greeting.start, quoted=message.quoted, writes_as_requester=True)
    return [request, Message(greeting.start, message.end, quoted=message.quoted)]


# The body's letter quoting the request whole, its greeting to the body included, then going on in its own words with
# no sign-off between: "I am writing to you in relation to your request for information, which was received by
# Northumbria Healthcare NHS Trust on 02 November 2018. The request for information is as follows: / Dear Northumbria
# Healthcare NHS Foundation Trust, / 1) Please can you confirm ... / Your request is now being processed in accordance
# with the Freedom of Information Act 2000." (the trust's acknowledgement letter). The letter's introduction above the
# greeting and its words after the request are the body's.
_INTRODUCES_THE_REQUEST_RE = re.compile(
    r"\b(?:(?:the|your) request(?: for information)? (?:is|was|reads|read) as follows|you (?:requested|asked for) the "
    r"following(?: information)?)[ \t]*:[ \t]*$",
    re.I,
)
_BODY_RESUMES_RE = re.compile(
    r"[ \t]*your (?:request|enquiry|application) (?:is (?:now )?being|has (?:now )?been|will (?:now )?be) "
    r"(?:processed|considered|dealt with|handled|logged)\b",
    re.I,
)


def _split_a_request_a_letter_quotes(
    message: Message, marks: list[tuple[int, str]], lines: list[Line]
) -> list[Message]:
    """Split a message at the greeting to the body of a request the body's letter introduces and quotes, and again where
    the letter goes on in its own words (``_INTRODUCES_THE_REQUEST_RE``, ``_BODY_RESUMES_RE``). ``marks``: the
    salutations and closings inside the message."""
    if message.quoted:
        return [message]
    if not marks or marks[0][1] != "salutation" or any(kind == "closing" for _, kind in marks):
        return [message]
    greeting = lines[marks[0][0]]
    if greeting.start == message.start or not addresses_an_organisation(greeting.text):
        return [message]
    above = text_line_above(lines, greeting.number)
    if above is None or above.start < message.start or not _INTRODUCES_THE_REQUEST_RE.search(above.text):
        return [message]
    within = itertools.takewhile(lambda line: line.start < message.end, lines[greeting.number + 1 :])
    resumes = next((line for line in within if _BODY_RESUMES_RE.match(line.text)), None)
    if resumes is None:
        return [message]
    return [
        Message(message.start, greeting.start),
        Message(greeting.start, resumes.start),
        Message(resumes.start, message.end),
    ]


# WhatDoTheyKnow heads each message with its sender: "FOI Team, Neath Port Talbot County Borough Council", "Foi
# Enquiries, Aberdeen City Council", "DWP freedom-of-information-requests, Adran Gwaith a Phensiynau".
# An email address may stand for the name: "foi@york.gov.uk, City of York Council". The team may carry its
# initials in brackets: "Freedom Of Information Requests (LCFT), Lancashire & South Cumbria NHS Foundation Trust"; or
# the body's whole name: "FOI (Southport and Ormskirk Hospital NHS Trust), Southport and Ormskirk Hospital NHS Trust".
_SENDER_LINE_RE = re.compile(
    r"(?:[\w.+-]{1,40}@[\w-]{1,30}(?:\.[\w-]{1,30}){1,4}|[^,\n.?!:;()]{2,60}(?:\([^(),\n.?!:;]{1,60}\)[^,\n.?!:;()]{0,20})?)"
    r", [A-Z][^\n.?!:;]{1,79}"
)
_SENDER_WORD_RE = re.compile(r"\b(?:requests?|enquiries|foi)\b", re.I)


def _mark_senders(messages: list[Message], lines: list[Line], line_starts: list[int], catalogue: Catalogue) -> None:
    """Set each message's ``sender``: its first line with text, where that is a WhatDoTheyKnow sender line."""
    for message in messages:
        i = bisect.bisect_left(line_starts, message.start)
        while i < len(lines) and lines[i].start < message.end and not lines[i].text.strip():
            i += 1
        if i < len(lines) and lines[i].start < message.end and _is_sender(lines[i].text, catalogue):
            message.sender = lines[i]


# WhatDoTheyKnow ends an email that held links with their list: "References / Visible links / 1. mailto:[Wandsworth
# Council request email]". The next message's sender line may follow it straight away, and that message need not
# greet anyone ("Palmer, Jeanine, Wandsworth Borough Council / ... / I refer to your request for information received
# on 21/11/17. Please find our response below." under the acknowledgement).
_VISIBLE_LINKS = re.compile(r"^Visible links[ \t]*$", re.M | re.I)
_LINK_ENTRY = re.compile(r"\d{1,3}\. \S")


def _senders_after_links(
    lines: list[Line], line_starts: list[int], text: str, catalogue: Catalogue, greetings: set[int]
) -> list[int]:
    """The starts of the sender lines that come straight after a list of an email's links, and of the greetings (line
    numbers ``greetings``) that do: "References / Visible links / 1. http://www.merton.gov.uk/foi / Dear Merton Borough
    Council," (the London Borough of Merton's automatic reply, then the requester's next message on WhatDoTheyKnow)."""
    found = []
    for m in _VISIBLE_LINKS.finditer(text):
        first = bisect.bisect_right(line_starts, m.start())
        for line in lines[first : first + 40]:
            body = line.text.strip()
            if not body or _LINK_ENTRY.match(body):
                continue
            if line.number in greetings or _is_sender(body, catalogue):
                found.append(line.start)
            break
    return found


def _repeated_sender_lines(lines: list[Line], catalogue: Catalogue) -> list[int]:
    """The starts of WhatDoTheyKnow sender lines that name the body an earlier one names, each heading a message of
    its own: the body's acknowledgement, then its reply under the same line ("CCC FOI, Canterbury City Council / Thank
    you for submitting a Freedom of Information request. ... Kind regards / Freedom of Information Team / Canterbury
    City Council / (blank) / CCC FOI, Canterbury City Council / Thank you for your freedom of information request. /
    Please see below for our response.", on WhatDoTheyKnow)."""
    seen: set[str] = set()  # the sender lines so far
    bodies: set[str] = set()  # the bodies the catalogue knows that they name
    starts = []
    for i, line in enumerate(lines):
        if ", " not in line.text:
            continue
        words = line.text.strip()
        if len(words) > _SENDER_LINE_MAX or words[-1:] in ".?!:;,":
            continue
        if i and lines[i - 1].text.strip():
            continue  # a sender line stands below a blank line
        # The same body the catalogue knows, from another of its officers, heads a message of its own too: "Andrea
        # Davies, East Staffordshire Borough Council" over the acknowledgement, "Michael Petter, East Staffordshire
        # Borough Council / Dear Alex Arthur, / Thank you for your request for information ..." over the reply (on
        # WhatDoTheyKnow). Not a list's "Plans Board and Appeals Committee, Full Council" under "..., Full Council".
        body = _body_named(words, catalogue)
        if words in seen or body.casefold() in bodies:
            starts.append(line.start)
        elif _is_sender(words, catalogue):
            seen.add(words)
            if _is_known_body(body, catalogue):
                bodies.add(body.casefold())
    return starts


_SENDER_LINE_MAX = 140


def _body_named(sender_line: str, catalogue: Catalogue) -> str:
    """The body a sender line names after its last comma, or after an earlier one where the body's own name holds
    commas: "FOI Mailbox, Department for Digital, Culture, Media and Sport" over the acknowledgement, then
    "no-reply@dcms.ecase.co.uk on behalf of FOI Team, Department for Digital, Culture, Media and Sport" over the reply
    (on WhatDoTheyKnow)."""
    parts = sender_line.split(", ")
    for i in range(1, len(parts) - 1):
        longer = ", ".join(parts[i:])
        if _is_known_body(longer, catalogue):
            return longer
    return parts[-1]


def _is_sender(line: str, catalogue: Catalogue) -> bool:
    line = line.strip()
    if _SENDER_LINE_RE.fullmatch(line):
        # The body after the comma names an organisation, not the sender's words before it: not a heading of two
        # phrases, "Safer Hospitals, Safer Ward" over "Project Name: OPAL ..." twice in a WhatDoTheyKnow request to
        # Luton and Dunstable Hospital NHS Foundation Trust. (It may be one the catalogue knows by a name with no word
        # for a body: "Oifis Bord, Bòrd na Gàidhlig" above its reply in Gaelic on WhatDoTheyKnow.)
        body = line.rsplit(", ", 1)[-1]
        return bool(_ORGANISATION.search(body) or _SENDER_WORD_RE.search(line) or _is_known_body(body, catalogue))
    # Or the body's name alone, when the email came from the body's own address with no person's name: "Yours
    # faithfully, / Risborough Area Residents Association / / Wycombe District Council / / Your Eform 'Wycombe FOI
    # (1.0).wdf' was successfully submitted." (Wycombe District Council on WhatDoTheyKnow).
    return _is_known_body(line, catalogue)


def _is_known_body(name: str, catalogue: Catalogue) -> bool:
    """Whether the catalogue knows ``name`` as a body's name, whatever its case."""
    return name.casefold() in catalogue.authority_by_name


def _greets_a_known_body(salutation: str, catalogue: Catalogue) -> bool:
    """Whether the salutation greets a body the catalogue knows, or a person and then the body: "Dear Lord Chancellor
    Elizabeth Truss and Ministry of Justice," (a WhatDoTheyKnow request, the date above it the request's)."""
    addressee = addressee_of(salutation)
    if addressee is None:
        return False
    addressee = addressee.rstrip(",.:")
    if _is_known_body(addressee, catalogue):
        return True
    _, joined, last = addressee.rpartition(" and ")
    return bool(joined) and _is_known_body(last.strip(), catalogue)


def _greets_the_body(salutation: Line, end: int, text: str, catalogue: Catalogue) -> bool:
    """A greeting that opens the requester's message: to the body, or to no one and asking at once ("Dear Sir, /
    Under the terms of the Freedom Of Information Act I am making a formal request ...", to the Marine Management
    Organisation, whose reply "Dear Mr Glover," follows with no sign-off between)."""
    if addresses_an_organisation(salutation.text) or _greets_a_known_body(salutation.text, catalogue):
        return True
    return greets_no_one(salutation.text) and _first_sentence_asks(text, salutation, end, catalogue)


_LONGEST_BOILERPLATE = 700
# Characters a boilerplate paragraph may run on past its cue: further than that to a blank line, the text is
# single-spaced and the paragraph is its line (and the lines its wrapped sentence runs on to, review rights only).
_BOILERPLATE_REACH = 600


_SENTENCE_KINDS = {"bp_fees_regulations", "bp_statute"}  # boilerplate from its sentence on, not its paragraph
_SENTENCE_BREAK_RE = re.compile(r"[.?!][)\"'\u2019\u201d]?[ \t]+(?=[A-Z])")


def _sentence_start_before(text: str, start: int, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, looking back no further than ``start``."""
    last = start
    for m in _SENTENCE_BREAK_RE.finditer(text, start, offset):
        last = m.end()
    return last


def _end_of_line(text: str, pos: int) -> int:
    """The offset of the end of the line holding ``pos``, its trailing spaces aside."""
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    while end > pos and text[end - 1] in " \t":
        end -= 1
    return end


# A line opening with a field's label: a capitalised word or a few, then a colon and the value.
_FIELD_LINE_RE = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,4}:[ \t]+\S")


def _boilerplate_paragraphs(text: str, lower: str, catalogue: Catalogue) -> list[tuple[int, int, str]]:
    """Paragraphs holding a boilerplate cue from ``patterns/boilerplate.yaml``."""
    found: list[tuple[int, int, str]] = []
    for m in catalogue.boilerplate_re.finditer(lower):
        kind = m.lastgroup or "boilerplate"
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n\n", m.end())
        # Single-spaced text (PDF, disclosure logs) has no blank lines: there a paragraph is the line.
        if para_end == -1 or para_end - m.end() > _BOILERPLATE_REACH:
            line_end = text.find("\n", m.end())
            para_end = len(text) if line_end == -1 else line_end
            # (and on while its sentence runs on to the next line, a PDF's wrapped paragraph: "If you are dissatisfied
            # with how this request has been handled, you can seek a / review within the Trust in the first instance.
            # ... within two months of the date of this response / and your complaint will be considered and a response
            # provided usually within 20 / working days of receipt." (Belfast Health and Social Care Trust's letter)
            # Review rights only: a decision's commissioner paragraph runs on into its parties and its findings.
            while (
                kind == "bp_review_rights"
                and para_end < len(text)
                and para_end - m.end() < _BOILERPLATE_REACH
                and not text[para_start:para_end].rstrip().endswith((".", "?", "!"))
                and text[para_end + 1 : para_end + 2].strip()
                # (not into a field under it: "... or via their website at www.ico.org.uk / EIR request reference:
                # FIDP/017090-21 Request Title: Environmental Information Request / Date received: 29/10/21",
                # South Gloucestershire Council's reply, its fields below its review rights)
                and not _FIELD_LINE_RE.match(text, para_end + 1)
            ):
                line_end = text.find("\n", para_end + 1)
                para_end = len(text) if line_end == -1 else line_end
        if para_end - para_start > _LONGEST_BOILERPLATE:
            # A re-flowed page is one long line: "A review will now be conducted ... This is based upon guidance
            # published by the Information Commissioner. If it is not possible ..." (Metropolitan Police). There the
            # boilerplate is the sentence, not the page.
            sentence_start = text.rfind(". ", para_start, m.start())
            para_start = para_start if sentence_start == -1 else sentence_start + 2
            sentence_end = text.find(". ", m.end(), para_end)
            para_end = para_end if sentence_end == -1 else sentence_end + 1
        elif kind in _SENTENCE_KINDS and (sentence := _sentence_start_before(text, para_start, m.start())) > para_start:
            # The activities a cost estimate counts are the sentence's, not the paragraph's: "Thank you for your
            # request ... which we received on 26/06/06. I regret that we cannot provide this information ... This is
            # £600, which represents the estimated cost of spending 24 hours in determining whether the Department
            # holds the information, ..." (the Department of Trade and Industry's refusal, quoted on a blog).
            para_start = sentence
        kind = kind.removeprefix("bp_")
        if (
            kind == "whatdotheyknow"
            and (line_end := _end_of_line(text, m.end())) < para_end
            and text[line_end - 1] == "."
        ):
            # WhatDoTheyKnow prints its banners as sentences on lines of their own, the attachment's text straight
            # below with no blank line between: "This is an HTML version of an attachment to the Freedom of
            # Information request 'looked after children'. / 17 November 2009 / Mrs Wileman / ... / Our Ref:
            # FoI/2009/IR/07" (West Berkshire Council's review letter). The banner is its line; the letterhead below
            # is the letter's.
            para_end = line_end
        if kind == "page_comments":
            para_end = len(text)  # the rest of the page is the form and the comments (patterns/boilerplate.yaml)
        if found and para_start < found[-1][1]:
            continue
        found.append((para_start, para_end, kind))
        if para_end == len(text):
            break
    return found
