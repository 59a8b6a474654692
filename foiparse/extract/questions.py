"""What was asked and what was answered: numbered questions, their sub-questions, and per-directorate answers.

Real replies number questions every way (``1.`` ``1)`` ``(1)`` ``Q1`` ``Question 1``), quote the request
and then repeat each question with its answer underneath, answer in a ``Question | Response`` table, or
answer per directorate under headings ("Children's Social Care response:"). The numbered sequence decides
what is a question: the next expected number continues it, a ``1`` after it restarts it as a repeat (the
same questions, now with answers), and any other number is a list inside an answer, not a question.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import Literal, NamedTuple, TypedDict

from pydantic import TypeAdapter
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..catalogue import Catalogue
from ..clean import ASCII_MARKS
from ..models import Answer, Question
from ..scan import MONTHS, any_in_range, labels_re
from ..segment import Layout, Line, Message, only_blank_lines, text_line_above
from .context import Context, SpanFields
from .dates import DATE_RE

# Question numbers spelt out, in title case or capitals ("Question One", "QUESTION TWO"), and what each counts as.
_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
_NUMBER_WORDS_ALTERNATION = "|".join(
    spelt for word in sorted(_NUMBER_WORDS, key=len, reverse=True) for spelt in (word.title(), word.upper())
)
# A request quoted after "You asked:" opens its first item with the quotation mark ('"1. For each month ...').
# A disclosure log may label each numbered question ("Question: 1. How many hospitals ...", over "Answer: ..."; NHS
# Lothian).
_MAIN_RE = re.compile(
    # A request quoted whole opens its first number with the quotation mark ("in which you ask for access under the
    # Freedom of Information Act 2000 ('FoI Act') to: / '1. Does the Bank of England have any ...?", the Bank of
    # England's reply): a single quote only there, where no apostrophe stands.
    # A bullet before the number, an HTML list's glyph kept beside its item's own number: "  • 1.1. Does the SIA
    # recognise that the public are put at risk by these illegal activities?" (the Security Industry Authority's FOI
    # release)
    # A reply restating each question in brackets above its answer: "(1. How many complaints have the Tamar Bridge and
    # Torpoint Ferry Joint Committee received since the increases in toll were announced last year?)" (the joint
    # committee's letter, as the Celtic League published it, cut inside "(4. Has the").
    r"^[*_ \"]*(?:[•·▪][ \t]+(?=\d{1,3}(?:\.\d{1,2})?[.)][ \t]))?(?:'(?=\d))?(?:\((?=\d{1,3}\.[ \t]))?"
    r"(?:(?:Question|Request)\s?:[ \t]*(?=\d))?(?:"
    # "Request for information 1:" above the question's words, and "Request for information 2, 3 and 4:" above one
    # answer to three (Social Security Scotland's FOI releases)
    # "Q.1 How many ...?", "Q. 1. Please state ..." (a WhatDoTheyKnow request to Walsall Council)
    # "Query 2: Reason for leaving the last settled base ..." after "1: Homelessness presentations ..." (Bedford
    # Borough Council's disclosure log)
    # "Question Number 1: In the period ..." over "Answer To Question 1: Please see attached file ..." (Salisbury NHS
    # Foundation Trust's disclosure log); "Question No. 2"
    # "Part 1 / what appointment booking and appointment reminder service system(s) The Trust uses ..." above "Part 2"
    # (an NHS trust's reply, a WhatDoTheyKnow attachment); not "Part 2 of your request", a reply's words about one
    r"(?:(?:Q\.?|Question(?: Number| No\.?)?|Query|Request(?: for information)?"
    r"|Part(?=\s?\d{1,3}(?![\d.])(?![ \t]+of\b)))\s?(?P<qnum>\d{1,3})"
    # the number spelt out: "Question One / Does the Trust have an Electronic Patient Record (EPR)?" over "Question
    # Two", "Question Three" (a WhatDoTheyKnow request to Homerton Healthcare NHS Foundation Trust), kept as printed
    rf"|(?:Question|QUESTION)[ \t]+(?P<qword>{_NUMBER_WORDS_ALTERNATION})\b)"
    r"(?:\.?(?P<qsub>[a-z])(?![a-z]))?"
    # (or a semicolon: "Question 3; How many formal internal complaints were presented ...", the Northern Ireland Human
    # Rights Commission's answers as the requester's blog post copies them; or a comma before a capitalised word: "Q1,
    # How many ...", a request the Ministry of Defence restated)
    r"(?P<qalso>(?:\s*(?:,|&|and)\s*(?:Q\s?)?\d{1,3})+(?=\s*[.:)\-–]?\s*$))?\s*(?:[.:;)\-–/]|,(?=[ \t]+[A-Z][a-z]))?"
    r"|\((?P<pnum>\d{1,3})(?P<psub>[a-z])?\)"  # "(1) ...", "(2a) Since 2011, how much ...?" (a WhatDoTheyKnow request)
    r"|\[(?P<bnum>\d{1,3})\]\.?"  # "[2] Number of applications ..." (Ministry of Justice)
    r"|(?P<rnum>\d{1,3})\](?=[ \t])"  # "1] How many wards have been closed ...?" (a WhatDoTheyKnow request)
    r"|(?P<dnum>\d{1,2})\.(?P<dec>\d{1,2})\.?"  # "1.1." under "1": its own sub-question, printed "1.1"
    # "#1 - How much the institution has been spending ...?" (a WhatDoTheyKnow request to Birmingham City University)
    r"|#?(?P<num>\d{1,3})(?P<sub>[a-z])?"
    # "2 ) Please provide the number of migrant staff ..." between "1)" and "3)" (a request to a Gloucestershire trust)
    # "1.) Reference number (allowing further look up in Planning Portal)" (a WhatDoTheyKnow request to Historic
    # England); "1). Please can the Commission provide evidence of consultation ..." (a WhatDoTheyKnow request to the
    # Equality Commission for Northern Ireland)
    r"(?:\.(?P<dotsub>[a-z])(?![a-z])[.)]?|\.\)|\)\.|[.)]| \)(?=[ \t])"
    # (a number and its letter without the stop, before a question's capitalised word: "4a Do you use translation
    # companies ...?" between "3b." and "4b." in a WhatDoTheyKnow request to Velindre University NHS Trust)
    r"|(?<=\d[a-z])(?=[ \t]+(?:Do|Does|Did|Is|Are|Was|Were|Has|Have|How|What|When|Where|Which|Who|Why|Can|Could"
    r"|Will|Would|Please)\b)"
    # "1/" alone on its line above the item's paragraphs (a WhatDoTheyKnow request to Colchester Borough Council)
    r"|/(?=[ \t]*(?:[A-Z][a-z]|[AI] |[a-z]{2,}|$))|\s[-–](?=\s|[A-Z][a-z])|[-–](?=[ \t]+[A-Za-z])"
    # "9 (i) Does the Interim Audit One report's ...?" under "9) The Trust has previously refused ..." (a
    # WhatDoTheyKnow request to the North East Ambulance Service): a bare number before its bracketed sub-number.
    # "2 (a). If the answer to (1) is not zero, ..." (a WhatDoTheyKnow request to the HCPC): a full stop after it.
    # Or glued to it: "1(a). If the "forcing" process I had referred to is (i) not practiced by the Commission, ..." /
    # "1(b). My original question was a corollary to 1(a), ..." (a WhatDoTheyKnow request to the Charity Commission for
    # Northern Ireland)
    r"|(?=[ \t]?\((?:[a-z]|[ivx]{1,4})\)\.?[ \t])"
    # "1: A list of maintenance at public expense on the byways ..." (a WhatDoTheyKnow request to Blaenau Gwent)
    r"|:(?=[ \t]+(?:[A-Z][a-z]|[AI] ))"
    # "1, Why the difference when you shared a common service restriction funding policy ...?" (a WhatDoTheyKnow
    # request to NHS Mid and South Essex ICB)
    r"|,(?=[ \t]+(?:[A-Z][a-z]|[AI] )))"
    # "4.How many potholes were:" and "2)how many times has the council ...?" (a space lost in conversion); "4 -Does
    # the council use a third party ...?" (a WhatDoTheyKnow request's "1 - ", "2 - " with one space lost); "1/Could you
    # please provide ..." (Kent Police quoting a request); "1- how much this cost", "2- Whether it is internal ..."
    # (WhatDoTheyKnow requests to Magherafelt District Council and SECAmb)
    # "1. (a) ..." and "1. a) Why is the appendix not published, and" (Lincolnshire Police's disclosure log): 1a
    # "10. 10a. Does your rota system integrate with ...?" over "10b. If so, ..." (a WhatDoTheyKnow request to East
    # London NHS Foundation Trust): the number put again with its letter is 10a
    r")(?:\s*\((?P<inner>[a-z]|[ivx]{1,4})\)(?:\.(?=[ \t]))?|[ \t]+(?P<bare_inner>[a-z]|[ivx]{2,4})\.?\)(?=[ \t])"
    r"|[ \t]+(?P<again_num>\d{1,3})(?P<again>[a-z])[.)](?=[ \t])"
    # "2) 1) I would like to request all internal correspondence ..." (the Electoral Commission quoting a request
    # whose second item kept the mark of the list it was copied from), "1. 1. How much funding was provided ...?"
    # (Staffordshire University's log): the inner mark is not part of the words
    r"|[ \t]+\d{1,3}[.)](?=[ \t]+[A-Z]))?"
    # (glued to the word "A" or "I" too: "1.A list of domestic properties ...", East Cambridgeshire's log)
    # (and a slash before a word in lower case, glued or not: "1/ copies of minutes of any meetings ...", "3/dates
    # agreed for any further meetings", a WhatDoTheyKnow request to the Department of Agriculture, Environment and
    # Rural Affairs)
    r"(?:[ \t]+(?P<text>\S.*)|(?<=[.)\-–/])(?P<glued>(?:[A-Z][a-z]|[AI] [a-z]).*|(?<=[)/])[a-z]{2,}.*))?$"
)
# "a.What percentage goes towards ...?" (a space lost in conversion) is sub-question a; "a - How many incidents of
# fly-tipping were reported?" (a WhatDoTheyKnow request numbered "1 - ", "2 - ", "3" / "a - ") is too.
_SUB_RE = re.compile(
    # "ii.) For each of the above years, ..." (a WhatDoTheyKnow request to Walsall Council, under "Q. 1. i.) ...")
    # The last of a list joined on with "and": "(c) after 20wd, / and (d) any still awaiting response." (a
    # WhatDoTheyKnow request to Tower Hamlets Borough Council)
    r"^[*_ \"]*(?:(?:and|or)[ \t]+(?=\())?"
    # "a: Total number of visitors you received" (a WhatDoTheyKnow request to Royal Museums Greenwich)
    # "i/ Those events attended in the past ..." under "6. The Commissioner and Deputy's past, and future, diaries
    # ie. :" (a WhatDoTheyKnow request to the Cambridgeshire Police and Crime Commissioner)
    r"(?:\((?P<a>[a-z]|[ivx]{1,4})\)|(?P<b>[a-z]|[ivx]{1,4})(?:\.?\)|\.|[:/](?=[ \t])|[ \t][-–](?=[ \t]))"
    # Roman numerals in capitals, a stop inside the brackets: "(I.)Keith Brown, MSP ... / (II.) Michael Matheson, MSP
    # ..." (a WhatDoTheyKnow request to Falkirk Council, each item the correspondence of one MSP)
    r"|\((?P<roman>[IVX]{1,4})\.\))"
    # "a)A copy of the scientific papers ..." (a Scottish Information Commissioner decision flattened to text); and
    # after a bracket before a word in lower case, as a number's: "i)converting single sex toilets to mixed sex toilets,
    # and / ii)discipline problems relating to use of pupil toilets." (a WhatDoTheyKnow request sent to many schools)
    r"(?:[ \t]+|(?=[A-Z][a-z]|A [a-z])|(?<=\))(?=[a-z]{2,}))(?P<text>\S.*)$"
)
# "A. The name of each case management system ..." (a Belfast City Council request): capital letters as the main
# items of a request with no numbers, taken only as a run from A.
# Or with a comma: "A, How many FoIA requests did you have ...?" (Darlington Borough Council's reply).
# (and in brackets: "(A) the minutes of any meetings of the relevant bodies", a WhatDoTheyKnow request to Trinity
# College, Cambridge)
_CAPITAL_ITEM_RE = re.compile(
    r"^[*_ \"]*\(?(?P<b>[A-Z])(?:(?<=\([A-Z])\)|(?<!\([A-Z])(?:[.)]|,(?=[ \t]+[A-Z])))[ \t]+(?P<text>\S.*)$"
)
# A request quoted whole opens its first bullet with the quotation mark ('I refer to your e-mail ..., requesting:
# / "- Do you still store hard-copy medical records onsite?', NHS Grampian).
# A list's marks, and "Q." heading each of a request's questions in place of a number ("Q. How many buildings do you
# occupy which have air conditioning." then five more, a WhatDoTheyKnow request to an NHS trust).
# A dash or bullet glued to its item's first word counts too: "-The price for Poll Cards" (Royal Mail Group quoting
# a request); not an asterisk, which glued marks a footnote ("*Rooms were block booked").
# (a Word list's glyph printed twice in an email's text, "  • ·         Strategic plan": NHS England's reply quoted on
# a blog)
# (and the replacement character a bullet becomes when Windows-1252 text is read as UTF-8: "� A copy of the
# University�s Access Agreement for the academic year 2012/13", Staffordshire University's disclosure log; and the
# letter "o" a Word list's hollow bullet becomes in a PDF's text, which as a lone lower-case word opens no line of
# prose: "o  2020 stats on burglary and theft cases solved and proved with CCTV", Norfolk Constabulary's letter)
# (the glued dash before an acronym too, inside a list of fields: "-Level 3 classification / -IRS property-type ID
# (label) / -PRL count", a WhatDoTheyKnow request to Hereford and Worcester Fire and Rescue Service)
# (and a glued asterisk before a lower-case word, which no footnote opens with: "*the applicant's predicted A-Level
# grades, if applicable" among "* a yes/no to indicate if offer was made", a request to Trinity College, Cambridge)
_BULLET_RE = re.compile(
    r"^[*_ \"]*(?:(?:[•·▪‣◦*\ufffd-]|Q[.:]|o(?=[ \t]))[ \t]+(?:[•·▪◦][ \t]+)?|[•-](?=[A-Z][a-z]|[A-Z]{2,}[ \t]+[a-z])"
    r"|\*(?=[a-z]{2,}[ \t]+[a-z]))"
    r"(?P<text>\S.*)$"
)
_ANSWER_LABEL_RE = re.compile(
    r"^[*_ ]*(?:(?:A\s?\d{1,3}[a-z]?|Answer(?: to question)?(?:\s?\d{1,3})?|Response|Reply|Our response"
    # (or the questions it answers: "Response 1 and 2:" above one answer to both, Dyfed-Powys Police's log)
    r"|Response (?:to )?(?:questions? |q)?\d{1,3}(?:\s?(?:and|&|,|to|-|–)\s?\d{1,3})+"
    r"|Council'?s? response"
    # (or the body's initials: "NECS reply: NECS is not currently monitoring any such companies.", NHS North of
    # England Commissioning Support Unit)
    r"|Trust'?s? response|(?-i:[A-Z]{2,6})'?s? (?:response|reply)"
    # (or the body's whole name, every word capitalised, and a dash or colon closing the line: "The Scottish Fire and
    # Rescue Service (SFRS) response -" above the answers of SFRS's reply letters; not a request's lower-case "the
    # date of response:")
    r"|(?:the[ \t]+)?(?-i:[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z(][\w'’&.()-]*|and|of|for|the|&)){0,9})"
    r"[ \t]+(?:response|reply)[ \t]*[:\-–][*_ ]*$)\s*(?:[:.\-–][*_ ]*|$)"
    # "A.1 33x TomTom Pro 9150 Truck." and "A.5.a All RDS staff use Datanet Alerters" under "Q.1 ...", "Q.5.a ..."
    # (Northumberland Fire and Rescue Service's log)
    r"|A\.\s?\d{1,3}(?:\.?[a-z])?[ \t]+)",
    re.I,
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER_SERIES = list(_LETTERS)
# The reply listing the documents it sends: "Please find attached the following: / 1. Velo South TTRO / 2. Latest
# Route Plan" (West Sussex County Council, under a request of one paragraph).
_ENCLOSURES_INTRO_RE = re.compile(
    r"[*_ ]*(?:please (?:find|see) (?:attached|enclosed)(?: the following)?(?: documents?| files?)?"
    r"|(?:I|we) (?:have )?(?:attach(?:ed)?|enclose[d]?)(?: the following)?(?: documents?| files?)?"
    r"|the following (?:documents?|files?|information) (?:is|are) (?:attached|enclosed)"
    # "I can provide the attached information relating to 6 outside police force investigations in response to your
    # request as follows:" above the six documents, numbered (the West Yorkshire Police and Crime Commissioner)
    r"|(?:I|we) (?:can|am able to|are able to|have) provide[d]? (?:you with )?the (?:attached|enclosed)[^\n:]{0,120})"
    r"[ \t]*:[ \t]*$",
    re.I,
)
# The reply's estimate of what the request would take, its activities numbered: "The Council has estimated the time
# that it would take to deal with your request accordingly: / 1. At least 12 staff and councillors searching and
# sifting inboxes ..." (Oxfordshire County Council's refusal under EIR regulation 12(4)(b)).
_ESTIMATE_INTRO_RE = re.compile(
    r"\b(?:(?:we|I|the \w+) (?:have|has) (?:estimated|calculated)"
    r"|(?:this|the|our) (?:estimate|calculation)s? (?:is|are|was|were|has been|have been) (?:based on|made up"
    r"|calculated|broken down|as follows))\b[^\n]*:[ \t]*$",
    re.I,
)
# The reply announcing its answer in parts, numbered below: "Our response is in two parts as there are two ways in which
# Amgueddfa Cymru ('the Museum') could acquire sites of the nature you describe. We have defined 'your department' to
# mean the Museum: / 1. The Museum actively seeks to acquire specific items ..." (Amgueddfa Cymru - National Museum
# Wales's letter, under a request of one question).
_ANSWER_IN_PARTS_INTRO_RE = re.compile(
    r"\b(?:our|my|the|this) (?:response|reply|answer) (?:is|comes|falls) in (?:two|three|four|\d) parts\b", re.I
)
# The public interest test weighed in a refusal, each side's arguments numbered under a heading of its own: "Arguments
# in favour of disclosure / 1. That there is an explicit presumption in favour of disclosure and / 2. Releasing this
# information may promote transparency ..." then "Arguments against disclosure / 1. Committing a considerable amount of
# the Council's resources ..." (Oxfordshire County Council's refusal under EIR regulation 12(4)(b)).
_PUBLIC_INTEREST_HEADING_RE = re.compile(
    r"[*_ ]*(?:(?:the )?public interest )?(?:arguments?|factors?|considerations?|reasons?)"
    r"(?: (?:in favour of|for|against|favouring|supporting|in support of|weighing (?:for|against)))"
    r" (?:the )?(?:disclosure|disclosing|release|releasing|non-disclosure|withholding|maintaining|the exemption)"
    r"[^\n.?]{0,60}?[ \t]*:?[*_ ]*",
    re.I,
)
# A decision ordering steps: "The Chesterfield Royal Hospital NHS Trust must, by no later than 4.00 p.m. on 05 February
# 2024: / a. Send to the Appellant the number of serious incidents ..." (the First-tier Tribunal's substituted
# decision notice), "The Council must take the following steps to ensure compliance with this decision notice:", "2.
# Subject to paragraph 3 below, the fresh response must:" (the Tribunal's substituted notice on Buckhurst Hill Parish
# Council, above "a. specify what further searches were undertaken ...").
_ORDERED_STEPS_INTRO_RE = re.compile(
    r"\bmust,? (?:by no later than|within \d+ (?:working |calendar )?days|take the following steps)[^\n]*:[ \t]*$"
    r"|\b(?:fresh|new|further) response must:[ \t]*$"
    # "By 5pm on 16 May 2025, the JAC must disclose the following information held by it: / a. All situational and
    # other questions ..." (the First-tier Tribunal's substituted decision notice on the Judicial Appointments
    # Commission)
    r"|\bmust (?:disclose|provide|release|send)(?: to the \w+)? the following\b[^\n]*:[ \t]*$",
    re.I,
)
# A section of the Act quoted whole, its subsections numbered: "Section 17 of the Act provides: / 1. A public authority
# which, in relation to any request for information, is to any extent relying on ..." (Staffordshire Fire and Rescue
# Service's refusal notice).
# A section's text announced with no colon: "For information, here is the text of Section 12 (1)" above "12 Excessive
# cost of compliance / (1) Section 1(1) does not oblige a Scottish public authority ..." (Lothian Buses' refusal under
# FOISA).
_TEXT_OF_SECTION_RE = re.compile(
    r"[^\n]*\b(?:here is|below is|the following is) the (?:full )?(?:text|wording) of (?:section|regulation|s\.?) ?"
    r"\d{1,3}[^\n]{0,20}$",
    re.I,
)
_STATUTE_INTRO_RE = re.compile(
    r"[*_ ]*(?:section|regulation|s\.?) ?\d{1,3}[^\n]{0,60}\b(?:provides|states|says|reads)(?: that| as follows)?:\s*$"
    # "Section 17 of the Freedom of Information Act 2000 requires Northamptonshire Police, when refusing to provide
    # such information ... to provide you the applicant with a notice which:" above "(a) states that fact,", also
    # after the question it answers ("2. Numbers employed on the policing operation; Section 17 ...", Sussex Police)
    r"|[^\n]*?\b(?:section|regulation|s\.?) ?\d{1,3}[^\n]{0,60}\brequires\b"
    r"[^\n]*\bnotice (?:which|that)(?: must)?:\s*$"
    # The Act's own words, whose lists open with an em dash: "17.—(1) A public authority which ... must ... give the
    # applicant a notice which— / (a) states that fact," (the University of Wolverhampton quoting section 17)
    # (clean has made the dash a hyphen)
    r"|[^\n]*\b(?:which|that)-\s*$"
    # or the Act's definition: "(2)For the purposes of this Act, information is held by a public authority if— / (a)it
    # is held by the authority ..." (section 3(2), quoted in a request Supply Chain Coordination Limited published)
    r"|[^\n]*\bfor the purposes of (?:this|the) (?:Act|Regulations)\b[^\n]*-\s*$"
    # A regulation's paragraph in the same style, whatever its list's last words: "11.-(1) The following particulars
    # are prescribed for each entry in a register ... which is in force- / (a) HMO Property Address" (the 2006 HMO
    # regulations, quoted in a WhatDoTheyKnow request to Cannock Chase District Council)
    r"|[ \t]*\d{1,3}[A-Z]?\.-\(\d{1,2}\)[^\n]*-\s*$"
    # The Act's duties listed: "When dealing with requests for information made under the FOIA, Estyn's obligations
    # include: / a) confirming or denying whether it holds information ... / b) communicating that information"
    # (Estyn's letter)
    r"|[^\n]*\b(?:obligations|duties)(?: under [^\n]{0,40})? include:\s*$"
    # The tests an exemption sets, numbered: "In order to come within the terms of the exemption it must be shown that:
    # / (1) The information in question is "commercial or industrial"; ..." (Gloucestershire County Council's section
    # 43(2) letter)
    r"|[^\n]*\bexemption,? it must be (?:shown|demonstrated|established) that:\s*$"
    # A refusal notice's own steps, lettered: "... please take this as notice under FOIA, that we: / a) Consider the
    # information as exempt from disclosure under the Act. / b) Claim exempt under sections of the Act:" (East
    # Cambridgeshire District Council's log)
    r"|[^\n]*\bnotice\b[^\n]{0,60}\bthat we:\s*$",
    re.I,
)
# The conditions a regulation sets, run on from the sentence naming it, with no colon: "... if the conditions laid out
# in Regulation 5 of the Fees Regulations can be satisfied, namely where the requests / 1. Made by one person, ..."
# (Burton and South Derbyshire College's refusal, aggregating four requests).
# Or section 17's notice, its wrapped line ending with no colon at all: "Section 17 of the Freedom of Information Act
# 2000 requires Swansea University, when refusing to / provide such information (because the information is exempt),
# to provide the applicant with a notice / (a) states the fact," (Swansea University's refusal).
_STATUTE_CONDITIONS_INTRO_RE = re.compile(
    r"[^\n]*\b(?:section|regulation|s\.?) ?\d{1,3}\b[^\n]*\bnamely\b[^\n:?.]{0,40}$"
    r"|[^\n]*\bprovide the applicant with a notice(?: (?:which|that))?\s*$",
    re.I,
)
_SECTION_NUMBER_RE = re.compile(r"(?:section|regulation|s\.?) ?(\d{1,3})", re.I)
# A section of the Act quoted under its own heading: "The relevant provisions of FOIA are as follows: / Section 1:
# General right of access to information held by public authorities. / (1) Any person making a request for information
# to a public authority is entitled- / (a) To be informed ..." (the First-tier Tribunal on Peverell Park Surgery).
_STATUTE_HEADING_RE = re.compile(r"[*_ ]*Section \d{1,3}[A-Z]?[ \t]*[:\u2013-][ \t]+[A-Z][^\n?]{2,100}")


def _introduces_statute_conditions(line: str) -> bool:
    """``_STATUTE_CONDITIONS_INTRO_RE`` matches ``line``. Every match holds "namely" or "notice": a plain look for
    them spares most lines the regex, whose leading ``[^\n]*`` backs off over the whole line (a third of a
    millisecond over the lines of the Kent seed, tried on each)."""
    lowered = line.lower()
    return ("namely" in lowered or "notice" in lowered) and _STATUTE_CONDITIONS_INTRO_RE.match(line) is not None


def _section_number(intro: str) -> int | None:
    """The number of the section a statute's introduction names: 31 in "Section 31(1)(a) of the Act states:"."""
    m = _SECTION_NUMBER_RE.search(intro)
    return int(m.group(1)) if m else None


# WhatDoTheyKnow heads the links of an email "Visible links".
_LINK_LIST_HEADING_RE = re.compile(r"[*_ ]*(?:visible|hidden) links[*_ ]*:?", re.I)
# A numbered line that is only a link: a list of the links in an email, not a question. WhatDoTheyKnow redacts an
# address in a link too ("1. mailto:[email address]" under "Visible links").
# (or WhatDoTheyKnow's mark for a link it lists below, alone: "readily available on our website at the following
# links: / 1. [1] / 2. [2]", Channel Four Television Corporation)
_LINK_ONLY_RE = re.compile(r"\[?(?:https?://|www\.|file:|mailto:)(?:\[email address\]|\S*)\s*$|\[\d{1,3}\]\s*$", re.I)
_ROMANS = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
    "xxvi",
]
# "A. Temporary accommodation": a section heading, under which numbering starts again.
# "Section B – Migration Activity" over "1. The number of practices that have submitted a request to migrate ..." (a
# request in NHS Greater Manchester Integrated Care Board's disclosure log, each section numbered from 1 again).
_SECTION_RE = re.compile(
    r"^[*_ ]*(?:(?:Part|Section)\s(?:[A-H]|[IVX]{1,4})\s?[.):–-]|(?:Part|Section)?\s?(?:[A-H]|[IVX]{1,4})[.):])"
    r"\s+[A-Z][^?]{0,80}$"
)
# A part of a request by its number, its words saying what the questions under it ask about: "Part 1: The following
# questions aim to establish how requests are logged and monitored." over "1. What system(s) do you use to log and
# monitor FOI requests? ..." (Torbay Council's published response to a round robin): a heading, not a question.
_PART_OF_QUESTIONS_RE = re.compile(
    r"^[*_ ]*Part\s?\d{1,2}\s?[.:)\u2013-]\s+[^?\n]{0,100}\bquestions\b[^?\n]{0,160}$", re.I
)
# An appendix or annex quotes the Act ("(2) Information is exempt information if ..."): no questions there.
_APPENDIX_RE = re.compile(r"^[*_ ]*(?:appendix|annex|schedule|legal annex)\b[^.]{0,40}$", re.I)
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
    r"^[*_ ]*(?:\d\.[ \t]+(?=(?i:responses?|our (?:response|reply))[ \t]*$))?"
    r"(?:our |(?:the )?(?:[\w&'-]+[ \t]+){0,5}?(?:council|trust|university|college|board|force|authority|department)"
    r"(?:'?s)? |the |in "
    r"|(?:summary|details) of (?:the )?)?"
    # "Information disclosed:" under "Request:" (University Hospitals Sussex NHS Foundation Trust's disclosure log);
    # "Information held" and "Information withheld" under "You requested:" (National Highways)
    r"(?:(?:response|responses|answers?|reply|decision)s?"
    r"|information (?:disclosed|released|provided|supplied|held|not held|withheld))"
    r"(?: to (?:your|the) (?:request|questions|enquiry))?(?: (?:is|are)(?: as follows)?)?[*_ ]*:?[*_ ]*"
    # with the date it was sent: "Response 07-05-2013" over the answers by number (Moray Council's log)
    r"(?:(?:dated[ \t]+)?\(?(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \d{4})"
    r"\)?[ \t]*)?$",
    re.I,
)
# GOV.UK's "FOI release" pages number their sections ("1. Request" over the request's own list "1. Whether ...", "2.
# Response" over "2.1 Use of Reinforced Autoclaved Aerated Concrete"; the Security Industry Authority), and so does an
# internal review's report ("1. Summary", "1. The Request", "1. Issue in dispute", North Lincolnshire Council's, each
# "1." as its Markdown printed it): headings, not questions; after the request's, the reply's.
_DIGITS_RE = re.compile(r"\d+")
_JOINING_WORD_RE = re.compile(r"[ \t]*(?:of|for|in|on|to|and|or|with|from|by|at|about|between|within|per)[ \t]")
# The case number a release page prints in its section's heading: "1. FOI2025/00075 Request" over "2. Our reply" (the
# Veterinary Medicines Directorate's release on GOV.UK).
_CASE_IN_A_HEADING = r"(?:[A-Z]{2,6}[ -]?\d{2,4}/\d{2,6}[ \t]+)?"
_NUMBERED_SECTION_RE = re.compile(
    rf"^[*_# ]*\d{{1,2}}[.)]?[ \t]+{_CASE_IN_A_HEADING}"
    r"(?:(?P<asked>(?:the |your )?requests?(?: for information)?|information requested)"
    # "1. Summary of your request" over the requester's name and what was sought (Hampshire County Council's notice
    # of determination)
    r"|(?:our |the )?(?:response|responses|answers?|reply|decision|outcome)|summary(?: of (?:your|the) request)?"
    r"|background|introduction"
    r"|(?:the )?complaint|issues? in dispute|findings|conclusions?"
    # "1. Scope and purpose of this review" over the review's prose (Western Power Distribution's EIR review letter)
    r"|(?:scope|purpose)(?: and (?:scope|purpose))?(?: of (?:this|the|my) (?:internal )?review)?)[*_ ]*:?[*_ ]*$",
    re.I,
)
# A short heading of the request's own over a list: "Questions regarding litigation costs:"
_LIST_HEADING_RE = re.compile(r"^[*_ ]*[A-Z][^.?!:\n]{2,60}:[*_ ]*$")
_ALSO_RE = re.compile(r"(?:&|and|,)\s*(?:q\s?)?\d{1,3}(?:\s*(?:&|and|,)\s*(?:q\s?)?\d{1,3})*", re.I)
# "Public authorities should provide advice and assistance to an applicant in the following circumstances: / 1. to
# clarify unclear requests;" (the ICO's guidance a WhatDoTheyKnow request to Monmouthshire County Council quotes)
# Or the reply's answers, numbered under its own words: "We are replying in response to the three requests for
# information made in your email: / (1) We can advise that your request has been actively considered, but ..." (the
# Local Government Association).
_NOT_A_REQUEST_RE = re.compile(
    # ("Public Interest Statements:" over the requester's numbered arguments for disclosure, "1. Transparency and
    # Accountability: The divulgence of the requested information is paramount ...", quoted in the Department for
    # Work and Pensions' reply)
    r"\b(?:reasons?|grounds|factors|considerations|circumstances|arguments|statements|justifications?|rationale)\b"
    r"[^:]{0,30}:$"
    r"|\b(?:we are|I am|we have|I have) (?:now )?(?:replying|responding|replied|responded)\b[^:]{0,80}:$",
    re.I,
)
# "The Requested Information:" heads a request's dashed items (Hastings Borough Council's disclosure log).
_ASKING_INTRO_RE = re.compile(
    # ("Specifically, we are requesting:" above the Data Justice Lab's bulleted documents, to many councils)
    # ("I would like to see:" above three paragraphs, each a document asked for: a WhatDoTheyKnow request to Birmingham
    # City Council)
    r"\b(?:please|could you|can you|would you|provide|request(?:ed|ing)?|following"
    r"|(?:like|wish) to (?:know|see|receive)|tell me|details of"
    # "I am looking to understand more and retain answers to the below questions." (a WhatDoTheyKnow request to
    # Tameside Metropolitan Borough Council, sixteen unmarked lines below)
    r"|confirm|answers to"
    # "Question/Response:" over the pairs, each question numbered bare with its answer after it (NHS Fife's letter)
    r"|questions?[ \t]*(?:/|&|and)[ \t]*(?:responses?|answers?)"
    # "The information I require is written below, but also in a Table 2:" above the bulleted figures (a request on
    # Rushcliffe Borough Council's log); the first person alone, not a reply's "we require"
    r"|I require)\b",
    re.I,
)
# A line that asks: a question mark in it, or a request's opening words ("Please provide ...", "How many ...").
_ASKS_RE = re.compile(
    r"(?:.*\?|\W*(?:please|could|can|would|how|what|which|who|when|where|why|is|are|do|does|did|has|have)\b)",
    re.I,
)
# An item's label before what it asks: "Incumbent Supplier: For each of the contract(s) please can you provide me
# with the supplier of the contract." (a request about ICT contracts sent to many bodies, Hastings Borough Council's
# disclosure log among them).
_ITEM_LABEL_RE = re.compile(r"[A-Z][\w&'/-]*(?: [A-Za-z&'/-]+){0,4}:[ \t]+(?=\S)")


def _asks_after_its_label(item: str) -> bool:
    """Whether an item asks (``_ASKS_RE``), or asks after its label with "please" inside its sentence."""
    if _ASKS_RE.match(item) is not None:
        return True
    label = _ITEM_LABEL_RE.match(item)
    return label is not None and _ASKS_FURTHER_RE.search(item, label.end()) is not None


# A reply's own opening words, which no item of a request begins with ("1) Please find below a list of items ...").
_REPLY_PLEASE_RE = re.compile(r"please (?:find|see|note|refer)\b", re.I)
# (in brackets too: "Q11. Does the Authority use a Customer Relationship Management (CRM) System? / (if Yes answer Q12
# and Q14, if No answer Q13)", a WhatDoTheyKnow request to Tamworth Borough Council)
# Or spelt out: "3) Does the school have plans to completely remove the areas with RAAC from its premises? If the answer
# to this question is YES, please specify the target removal year. / If the answer is NO, and your school does have
# RAAC, please briefly say why ..." (a WhatDoTheyKnow request to Bartley Green School).
_FOLLOW_UP_RE = re.compile(
    r"^\(?(?:if (?:yes|so|not|no)|and if so"
    r"|if the answer(?: to (?:this|that|the above)(?: question)?)? is (?:yes|no))\b",
    re.I,
)
_TABLE_HEADER_RE = re.compile(
    r"[\s:|-]*|(?:no\.?|number|ref|q|question|questions|request|response|answer|reply|information requested)s?", re.I
)
_NUMBER_RE = re.compile(r"\d{1,3}")
# (the other number's bracket too: "3) & 4) Information not held:", Cumbria Constabulary)
_SEPARATOR_RE = re.compile(r"\s*\)?\s*[-–:.]?\s*")
_NUMBER_CELL_RE = re.compile(r"(?:Q\s?)?\d{1,3}[a-z]?[.)]?")  # "| 1 | How many ...? |": the number column
_FOLDED_CELL_RE = re.compile(r"\d{1,3}[a-z]?\. ")  # "1. How many ...?": a number column folded in
_LINK_RE = re.compile(r"\]\((?P<md>https?://[^)\s]+)\)|(?P<url>https?://[^\s<>)\]]+|www\.[^\s<>)\]]+)")
_MULTI_RE = re.compile(
    r"^(?:in (?:response|answer|reply) to |regarding |re:? |for )?(?:questions|q's|qs)\s?(?P<first>\d{1,3})"
    r"(?P<rest>(?:\s*(?:,|and|&|to|-)\s*(?:q\s?)?\d{1,3})+)",
    re.I,
)


_ANY_LINE_RE = re.compile("(?P<heading>)")  # matches every line, as a possible heading: no shortcut
_GROUP_NAME_RE = re.compile(r"(?<!\\)\(\?P<\w+>")  # "(?P<name>", to make a group unnamed


@functools.cache
def _marked_re(catalogue: Catalogue) -> re.Pattern[str]:
    """One regex for every kind of line the line loop looks for (an appendix, a directorate named alone, a
    "Response" heading, a section heading, a numbered or lettered item, a bullet): it matches a line exactly
    when one of them does, so a line of plain text (most lines) costs one match instead of six or seven.
    The four kinds of heading come first, in a group named "heading": a line matched otherwise is none of
    them. Each pattern keeps its own case-sensitivity. Cached by catalogue, which hashes by identity (a regex
    hashes its whole compiled code, some microseconds for the directorates' at every call)."""
    directorate_line_re = catalogue.directorate_line_re
    headings = (
        _APPENDIX_RE,
        directorate_line_re,
        RESPONSE_HEADING_RE,
        _SECTION_RE,
        _NUMBERED_SECTION_RE,
        _PART_OF_QUESTIONS_RE,
    )
    parts = []
    for pattern in (*headings, _MAIN_RE, _SUB_RE, _CAPITAL_ITEM_RE, _LONE_CAPITAL_RE, _BULLET_RE):
        if pattern.flags & ~(re.I | re.U):
            return _ANY_LINE_RE  # a flag a scoped group cannot carry: no shortcut, every pattern in turn
        source = pattern.pattern
        if pattern is not directorate_line_re:  # "text" and other names repeat from one pattern to the next
            source = _GROUP_NAME_RE.sub("(?:", source)
        parts.append(f"(?i:{source})" if pattern.flags & re.I else f"(?:{source})")
    try:
        heading_parts, item_parts = parts[: len(headings)], parts[len(headings) :]
        return re.compile(f"(?P<heading>{'|'.join(heading_parts)})|{'|'.join(item_parts)}")
    except re.error:
        return _ANY_LINE_RE


_LineKind = Literal["plain", "heading", "item"]


def _line_kind(marked_re: re.Pattern[str], text: str) -> _LineKind:
    """How the line loop reads a line: "plain" (no table row, and none of the patterns matches), "heading"
    (an appendix, directorate, "Response" or section heading may start it) or "item" (none of those does)."""
    m = marked_re.match(text)
    if m is None:
        return "item" if text.startswith("|") else "plain"
    return "heading" if m.lastgroup == "heading" else "item"


def _no_text(m: re.Match[str]) -> bool:
    # m is a _MAIN_RE or a _SUB_RE match; only the first has "glued" (read without building a groupdict)
    groups = m.re.groupindex
    return ("text" not in groups or m.group("text") is None) and ("glued" not in groups or m.group("glued") is None)


# A list's number printed over the requester's own typed one, glued to the words: "1. 1.How many older people need
# residential care homes within your Local Authority?" (a WhatDoTheyKnow request to North Yorkshire County Council, an
# HTML list numbering items the requester had numbered too).
_DOUBLED_NUMBER_RE = re.compile(r"(\d{1,3})[.)][ \t]*(?=[A-Z])")


def _text_start(m: re.Match[str]) -> int:
    if "glued" in m.re.groupindex and m.group("glued") is not None:
        return m.start("glued")
    return m.start("text")


def _printed_parent(printed: str) -> str:
    """The number a printed sub-question number hangs from: "2" for "2a" and for "2.1"."""
    return printed.rsplit(".", 1)[0] if "." in printed else printed[:-1]


def _number_style(m: re.Match[str]) -> str | None:
    """Which of the main item's forms ``m`` matched ("qnum" for "Question 2", "pnum" for "(1)", "num" for "1." ...);
    a match of a pattern without some of the forms (a line of a table's rows) is asked only of those it has."""
    groups = m.re.groupindex
    return next((name for name in _NUMBER_GROUPS if name in groups and m.group(name) is not None), None)


_NUMBER_GROUPS = ("dnum", "qword", "qnum", "pnum", "bnum", "rnum", "num")


def _main_number(m: re.Match[str]) -> tuple[int, str] | None:
    """(sequence number, printed number) of a main item: "1." -> (1, "1"); "1. (a)" -> (1, "1a")."""
    if m.group("dnum"):
        return int(m.group("dnum")), f"{m.group('dnum')}.{m.group('dec')}"
    if m.group("qword"):
        return _NUMBER_WORDS[m.group("qword").lower()], m.group("qword")
    num = m.group("qnum") or m.group("pnum") or m.group("bnum") or m.group("rnum") or m.group("num")
    if num is None:
        return None
    letter = (
        m.group("qsub")
        or m.group("psub")
        or m.group("sub")
        or m.group("dotsub")
        or m.group("inner")
        or m.group("bare_inner")
        or (m.group("again") if m.group("again_num") == num else "")
        or ""
    )
    return int(num), num + letter


def _letter_edges(layout: Layout) -> set[int]:
    """The numbers of the lines where a letter ends or begins: a letter's sign-off ends the answers above it, and
    its greeting ("Dear Mr Cole," under the request on a disclosure-log page) is where the reply starts, not more of
    the last question's answer."""
    edges = {m.closing.number for m in layout.messages if m.closing is not None}
    edges.update(line.number for line in layout.salutations)
    return edges


def _in_letterhead(layout: Layout, line: Line) -> bool:
    """Above the salutation of a letter that has one."""
    return layout.message_at(line.start).salutation is not None and layout.in_header(line.start)


def _next_capital(text: str, expected: int) -> bool:
    """Whether ``text`` is the next capital-lettered item of a run that started at "A."."""
    m = _CAPITAL_ITEM_RE.match(text)
    return m is not None and expected - 1 < len(_LETTERS) and m.group("b") == _LETTERS[expected - 1].upper()


def _repeated_capital_item(
    text: str, first_index: dict[tuple[str | None, str], int], found: list[_Asked]
) -> re.Match[str] | None:
    """The match of a capital-lettered item that repeats a known one word for word above its answer, else None: "A. Is
    there a time scale for these to be introduced / The new arrangements for weekday crewing fire engines went live on
    6th January 2025." under the request's list "A. ... / B. ... / C. ..." (Cheshire Fire and Rescue Service's log)."""
    capital = _CAPITAL_ITEM_RE.match(text)
    if capital is None:
        return None
    known = first_index.get((None, capital.group("b")))
    if known is None or _question_words(capital.group("text")) != found[known].text:
        return None
    return capital


# A capital letter alone on its line, the item's words on the lines below: "A / Total costs spent on licenses from
# Microsoft. / B / Total costs spent on third party connected applications ..." (the Government of Jersey's published
# responses, which letter the answers the same way under "Response").
_LONE_CAPITAL_RE = re.compile(r"^[*_ ]*(?P<b>[A-Z])[ \t]*$")


def _lone_b_follows(lines: list[Line], i: int) -> bool:
    """Whether "B" alone stands within the four lines with text below line ``i - 1`` ("A" alone), after one of them at
    least (the words of A), with no numbered item before it."""
    seen = 0
    for line in lines[i:]:
        if not line.text.strip():
            continue
        lone = _LONE_CAPITAL_RE.match(line.text)
        if lone is not None:
            return seen > 0 and lone.group("b") == "B"
        if _MAIN_RE.match(line.text):
            return False
        seen += 1
        if seen > 4:
            return False
    return False


def _b_follows(lines: list[Line], i: int) -> bool:
    """Whether "B." opens one of the few lines after line ``i - 1``, with no numbered item between: "A. Temporary
    accommodation" over "1. How many households ..." is a section heading."""
    for line in lines[i : i + 6]:
        if _next_capital(line.text, 2):
            return True
        if _MAIN_RE.match(line.text):
            return False
    return False


def _capital_part_at(found: list[_Asked], current: int, text: str, lines: list[Line], i: int) -> re.Match[str] | None:
    """The capital-lettered item on line ``i - 1`` (``text``) if it is the next part of the numbered question at
    ``current``: "A" under the question itself with "B." in the lines below, or the letter after the last part."""
    capital = _CAPITAL_ITEM_RE.match(text)
    if capital is None:
        return None
    asked, letter = found[current], capital.group("b")
    if letter == "A":
        first = asked.parent is None and asked.number.isdigit() and _b_follows(lines, i)
        return capital if first else None
    last = found[-1]  # the part above, which the loop goes on reading under its parent
    following = last.parent is not None and len(last.number) == 1 and ord(letter) == ord(last.number) + 1
    return capital if following else None


def _sub_mark(m: re.Match[str]) -> str:
    """The letter or numeral of a ``_SUB_RE`` match ("a" for "(a)", "a)" and "a - ")."""
    mark: str = m.group("a") or m.group("b") or m.group("roman").lower()
    return mark


# The requester's thanks run on after the last question of a request flattened into one line: "2. Of these dogs how
# many tested positive on the SAT, ... and how many tested positive on both? Thank you"" (a WhatDoTheyKnow request to
# the Animal and Plant Health Agency): not the question's.
_TRAILING_THANKS_RE = re.compile(
    r"(?<=[?.!])[ \t]+(?:thank you|many thanks|thanks)(?: very much| in advance)?[.!]?[\"']?[ \t]*$"
    # Or its offer to clarify, to the line's end, glued to the last item where the page lost its paragraph breaks
    # ("2) The spend by the local authority on project social work teams ... in each of the financial years2018-19
    # ...2022-23If you need any additional information to complete the request, please do not hesitate to get in
    # touch. If it is not possible ...", the London Borough of Barnet's log)
    r"|(?:(?<=[?.!])[ \t]+|(?<=[\da-z)])(?=If ))if you (?:require|need|have) any (?:additional |further |more )?"
    r"(?:information|clarification|details|questions)\b[^\n]*$",
    re.I,
)
_BARE_NUMBER_RE = re.compile(r"^[*_ ]*(?P<num>\d{1,3})[ \t]*$")
# A number and a space before the item's first word, no stop ("1 The names of the developments ...", "2 The types of
# pollutant ...", a WhatDoTheyKnow request to Redbridge Council quoting its earlier one); not a date ("1 April").
# (a one-letter first word too: "3 A list of the titles of the teams"; or the item in lower case under the request's
# words, "I am writing to ask for the following data ...:- / 1 the number of consultant-led teams, ...", a
# WhatDoTheyKnow request to Norfolk and Suffolk NHS Foundation Trust)
_SPACED_NUMBER_RE = re.compile(
    rf"^[ \t]*(?P<num>\d{{1,2}})[ \t]+(?!(?i:{labels_re(MONTHS)})\b)(?:[A-Z](?:[a-z]|[ \t]+[a-z])|[a-z]+[ \t])"
)


def _spaced_number_follows(lines: list[Line], i: int, number: int) -> bool:
    """Whether one of the next few lines with text opens with ``number`` and a space, as the next item would."""
    seen = 0
    for line in lines[i:]:
        if not line.text.strip():
            continue
        m = _SPACED_NUMBER_RE.match(line.text)
        if m is not None:
            return int(m.group("num")) == number
        seen += 1
        if seen > 3:
            return False
    return False


# The Act's own words, quoted under a section's heading: "Section 31(1) (a) (b) - Law Enforcement / (i) Information
# which is not exempt information by virtue of section 31 is exempt information if its disclosure ..." (Hertfordshire
# Constabulary's refusal). A lettered line saying them opens no request.
_ACT_WORDS_RE = re.compile(r"\bis exempt information if\b|\bexempt information by virtue of\b", re.I)


def _answers_an_inline_part(text: str, start: int, mark: str, sub: re.Match[str] | None) -> bool:
    """Whether a lettered line answers the part of that letter asked inside a sentence above: "how many times in
    (a) 2014, (b) 2015, (c) 2016, the fire service has responded ..." then "(a) 2014 - None." (Derbyshire Fire and
    Rescue Service's disclosure log). The line puts the part's words again, then a dash or colon and the answer."""
    if sub is None:
        return False
    words = _INLINE_PART_WORDS_RE.match(sub.group("text"))
    if words is None:
        return False
    above = text[max(0, start - _INLINE_PART_REACH) : start]
    return re.search(rf"\({re.escape(mark)}\)[ \t]*{re.escape(words.group(1))}\b", above) is not None


# The words of a lettered answer line before its dash or colon ("2014" of "(a) 2014 - None.")
_INLINE_PART_WORDS_RE = re.compile(r"(\S[^:\n]{0,40}?)[ \t]*(?:[-–][ \t]|:)")
_INLINE_PART_REACH = 1500  # characters above the line searched for the sentence that asked the part


def _letters_follow(lines: list[Line], i: int) -> bool:
    """Whether the next line with words, from ``lines[i]`` on, is sub-question "a" ("a - ...", "a) ...", "(a) ...")."""
    for line in lines[i : i + 3]:
        if line.text.strip():
            sub = _SUB_RE.match(line.text)
            return sub is not None and _sub_mark(sub) == "a"
    return False


# A label, with a colon or, when it says what happened on the date, without ("Request received 17 January 2018", the
# Suffolk Police and Crime Commissioner's disclosure log).
_FIELD_LABEL_RE = re.compile(
    r"[A-Z][A-Za-z ]{2,40}:[ \t]*|[A-Z][A-Za-z ]{0,30}\b(?i:received|submitted|requested)[ \t]+"
)


def _is_dated_field(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is a label and a date alone ("Request Received: 21 May 2021")."""
    label = _FIELD_LABEL_RE.match(text, start)
    if label is None:
        return False
    date = DATE_RE.match(text, label.end())
    return date is not None and not text[date.end() :].strip(" .")


def _is_structural(ctx: Context, line: Line) -> bool:
    text = line.text
    return bool(
        _MAIN_RE.match(text)
        or _ANSWER_LABEL_RE.match(text)
        or ctx.catalogue.directorate_re.match(text)
        or (text.startswith("|") and text.count("|") >= 2)
    )


class _DirectorateFields(TypedDict):
    kind: str
    label: str
    span: SpanFields


class _ReferralFields(TypedDict):
    target: str
    link: str | None
    span: SpanFields


class _AnswerFields(TypedDict):
    """The fields of an :class:`Answer`. Answers are compared (one shared by two questions is listed once)
    as these fields, which compare as the records would."""

    text: str
    span: SpanFields
    directorate: _DirectorateFields | None
    referral: _ReferralFields | None
    not_held: bool
    withheld: bool


@functools.cache
def _question_records() -> TypeAdapter[list[Question]]:
    """Makes every question of a document, answers and spans within, records in one validation (built at the
    first document: some milliseconds an import need not spend)."""
    return TypeAdapter(list[Question])


class _Asked(NamedTuple):
    """A question as the line loop finds it; made a :class:`Question` once its answers are known."""

    number: str
    text: str
    span: SpanFields
    parent: str | None


def _paragraph_edges(ctx: Context) -> set[int]:
    """The lines no paragraph joined onto an item may hold: a letter's edges and boilerplate (worked out once a parse;
    ``_with_paragraphs_between`` and ``_with_follow_ups`` both ask)."""
    if "question_paragraph_edges" not in ctx.memo:
        ctx.memo["question_paragraph_edges"] = _letter_edges(ctx.layout) | _boilerplate_lines(ctx.layout)
    edges: set[int] = ctx.memo["question_paragraph_edges"]
    return edges


def _boilerplate_lines(layout: Layout) -> set[int]:
    """The lines that start inside a boilerplate zone (``layout.boilerplate_kind(line.start)``), found from the
    zones rather than by a lookup per line."""
    lines = layout.lines
    numbers: set[int] = set()
    for zone_start, zone_end, _kind in layout.boilerplate:
        first = bisect.bisect_left(lines, zone_start, key=_line_start)
        for line in lines[first : bisect.bisect_left(lines, zone_end, key=_line_start)]:
            if layout.boilerplate_kind(line.start):
                numbers.add(line.number)
    return numbers


def _numbered_request_line(layout: Layout, line: Line) -> bool:
    """A numbered line of the requester's own message that ends in a question mark."""
    return (
        line.text.rstrip().endswith("?")
        and layout.by_requester(line.start)
        and not layout.in_quoted(line.start)
        and _MAIN_RE.match(line.text) is not None
    )


def _above_its_letters_greeting(layout: Layout, line: Line) -> bool:
    """Whether ``line`` stands above the greeting of the letter it belongs to: the letter's header, no answer. "1. How
    many reports have been made via this line. / 2. What was the outcome ...? / !FOI Requests, / Our Ref : 1002106 /
    15th April 2010 / [email address] / Dear Mr Swift ," (the Independent Police Complaints Commission on
    WhatDoTheyKnow, the request a follow-up quoted above its reply)."""
    message = layout.message_at(line.start)
    return message.salutation is not None and line.start < message.salutation.start and not message.from_requester


def _line_start(line: Line) -> int:
    return line.start


_QUOTE_MARKS = ("'", '"')
# How alike a numbered line must be to a question already found to be that question asked again (rapidfuzz's ratio):
# under a "Response" heading an answer may echo its question's words ("611 people were found eligible"), so a repeat
# there must be all but identical.
_REPEATED = 75
_REPEATED_IN_REPLY = 90


def _asked_again(question: str, words: str, in_reply: bool) -> bool:
    """Whether ``words`` are the question ``question`` printed again (``in_reply``: under the reply's heading)."""
    return fuzz.ratio(question, words, processor=default_process) >= (_REPEATED_IN_REPLY if in_reply else _REPEATED)


def _question_words(raw: str) -> str:
    """A question's words on one line, without emphasis marks, an unpaired quotation mark or the dash a form
    leaves to be filled in ("a) System type –" under "Please enter ... if your trust does not use the system":
    the question is "System type")."""
    words = " ".join(raw.split()).strip(" *_")
    if words.endswith(")") and words.count(")") > words.count("("):
        words = words[:-1].rstrip()  # the bracket closing a question restated in brackets ("(1. How many ...?)")
    if words.count('"') % 2:
        words = words.strip('"')  # the closing mark of a quoted request ('... Database (CID)."')
    elif words.count('"') == 2 and words.startswith('"') and words.endswith('"'):
        # Each question quoted whole after its number: 'Question 1. "How many days has Mrs McWilliams spent out of
        # Northern Ireland ...?"' (the requester's blog post giving the Northern Ireland Human Rights Commission's
        # answers)
        words = words[1:-1].strip()
    return words[:-2] if words.endswith(" -") else words


def extract_questions(ctx: Context) -> list[Question]:
    """The request's questions, their words as printed (shared/corpus/LABELLING.md: "worded as in the text"): the
    typographic quotes and dashes normalisation made ASCII come back ("‘Rape’ profile assessment")."""
    questions = _questions_over_repeated_categories(ctx)
    if questions is None:
        questions = _without_answers_by_number(_without_the_letters_paragraphs(ctx, _extract_questions(ctx)))
        questions = _without_a_scope_list(ctx, questions)
        questions = _numbered_inside_their_bullets(ctx, questions)
        questions = _letters_under_their_bullets(ctx, questions)
        questions = _options_with_answers_glued_on(ctx, questions)
        questions = _unmarked_asked_once(questions)
    if ctx.clean.raw.isascii():
        return questions
    return [_as_printed(ctx, question) for question in questions]


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


def _unmarked_asked_once(questions: list[Question]) -> list[Question]:
    """Unmarked questions ("•1", "•2" ...) whose last ones repeat the first ones' words in order: the reply printing
    the request's lines again, each above its answer ("You asked: / How much have you generated since 2015 per year? /
    ... / University Response / How much have you generated since 2015 per year? / 2018/19 4,331,469.06", Middlesex
    University's letter). Each is asked once, the answers under its repeat its own. Not one question asked again about
    another thing ("When is your contract renewal date?" under telephony, contact centres and lines, Historic Royal
    Palaces' log)."""
    if len(questions) < _FEWEST_RESTATED * 2 or not all(
        q.number.startswith("\u2022") and q.parent is None for q in questions
    ):
        return questions
    words = [" ".join(q.text.casefold().split()) for q in questions]
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
    """``question`` with the quotes and dashes of its text as its span printed them. Its text is its span's words
    less the number, on one line; each mark is matched to the span's by reading both in order."""
    text = question.text
    if not any(mark in text for mark in ASCII_MARKS):
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
        out.append(printed[found] if char in ASCII_MARKS else char)
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
    r"|(?:separated|broken down|split|grouped|categorised|disaggregated) (?:by|into))[ \t]*:$",
    re.I,
)
# Or a semicolon after "the following": "1) Did operators consult with you ... on the following emergency response
# rescue methods;" above "a) casualty handling;" (a WhatDoTheyKnow request to Lancashire Fire and Rescue Service).
_FOLLOWING_THEN_SEMICOLON_RE = re.compile(r"\bthe following\b[^.;:?]{0,60};$", re.I)


def _text_line_from(lines: list[Line], i: int) -> Line | None:
    """The first line from ``lines[i]`` on that has text."""
    return next((line for line in lines[i:] if line.text.strip()), None)


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
    if last.parent == parent and len(last.number) == 1 and mark == chr(ord(last.number) + 1):
        return True
    if (glued := _GLUED_FIRST_PART_RE.fullmatch(last.number)) is not None and mark == chr(ord(glued.group(2)) + 1):
        return True
    # (or under an item that is a heading, no stop after its few words: "2. Bad debts / (blank) / a) Please state how
    # much bad debt was written off in the year 2016-17." (a WhatDoTheyKnow request to Homerton University Hospital
    # NHS Foundation Trust)
    return mark == "a" and (
        following.text.rstrip().endswith("?")
        or (found[current].parent is None and _reads_as_a_heading(found[current].text))
        # or a run of three lettered lines at least, one after another, whatever ends them: "2) Does your organisation
        # hold any of the following contract types? (Column C drop down) / (blank) / a) Please provide a description of
        # the contract (Column D free text). / b) What version is the technology? / c) ..." (SOAS's disclosure log)
        or _lettered_run(lines, following.number) >= _LETTERED_RUN
    )


_LETTERED_RUN = 3


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
_FIRST_ANSWER_RE = re.compile(r"[ \t*_]*(?:Q(?:uestion)?\s?)?1[a-z]?\s*(?:[.):]|\s[-–]\s)")


def _answers_numbered_below(lines: list[Line], i: int) -> bool:
    """Whether a line numbered 1 stands within a few lines from ``lines[i]`` on."""
    return any(_FIRST_ANSWER_RE.match(line.text) for line in lines[i : i + _ANSWERS_BELOW])


def _only_blank_between(lines: list[Line], above: int, line: Line) -> bool:
    """Whether line ``above`` stands above ``line`` with nothing but blank lines between (walked from ``above``
    down, so a line far below stops at the first line with text)."""
    return above < line.number and only_blank_lines(lines, above, line.number)


# A log's date glued to the first question's number, the page flattened: "Responded Thu 14 November 20191. Do you
# conduct an audit ...?" (Hastings Borough Council's disclosure log; dates read the year the same way).
_GLUED_AFTER_YEAR_RE = re.compile(r"^[A-Za-z][^\n]{0,40}?\b(?:19|20)\d\d(?=1[.)][ \t]+[A-Z])")
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
    region_ends = stop_at | {n for n in _boilerplate_lines(layout) if not _numbered_request_line(layout, lines[n])}
    in_request_section = request_section(ctx) if lines is layout.lines else _request_section_lines(lines)
    # Only a requester's message holds lines by_requester() is true for; a reply alone never asks it.
    requester_messages = any(message.from_requester for message in layout.messages)

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
            number, start, _before_form_blank(text_of, start, answered_from[0] if answered_from else end), parent=parent
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
    answering = False  # under a "Response" heading that no question stands above
    asked_in: Message | None = None
    nested = 0  # the next number of a list nested inside an answer, while one is running
    nested_style: str | None = None  # the style of that list's numbers (_number_style)
    shared: dict[int, list[int]] = {}  # "Q2 & Q3 - Information not held": question -> questions it answers too
    headed: set[int] = set()  # questions whose number stood alone above their words ("Q1:" / "The Council's ...")

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
        if current is not None and not _next_number_cut_off(line, found[current].number, text_of):
            asking = False
            if (
                not (requester_messages and layout.by_requester(line.start))
                and not _REQUESTERS_NOTE_RE.match(text_of, line.start, line.end)
                and not _ASKS_FOR_MORE_RE.match(text_of, line.start, line.end)
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
    while i < len(lines):
        line = lines[i]
        text = line.text
        i += 1
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
        ) and not layout.by_requester(line.start):
            # The reply's list of what it encloses, the steps a decision orders, the reply's estimate, or either side
            # of its public interest test, read as a quote's list is: its items are no questions.
            statute_next, statute_intro, statute_section, quoting_statute = 1, line.number, None, True
            list_intro = line.number
        elif (
            (ending in (":", "-") and _STATUTE_INTRO_RE.match(text))
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
            parent_number = _parts_parent(found[current])
            parts = sum(1 for q in found if q.parent == parent_number)
            expected_mark = _LETTERS[parts] if parts < len(_LETTERS) else None
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
            spaced = _SPACED_NUMBER_RE.match(text) if current is None or asking or spaced_run else None
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
                            or text.rstrip().endswith("?")
                            # under the request's own words, its first item not a question in form: "Please provide
                            # the following information. ... / 1 Is there a procedure for submission of a PVG request
                            # ... If not why not." (Disclosure Scotland's FOI release)
                            or (not found and _ASKING_INTRO_RE.search(previous_text) is not None)
                        )
                        and expected == 1
                        and _spaced_number_follows(lines, i, 2)
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
            if not numbered_inline and not found and ("i/" in text or "a)" in text or "i)" in text):
                numbered_inline = _inline_parts(ctx, line.start, line.end) if layout.by_requester(line.start) else []
            if numbered_inline:
                # The request's items numbered inside its sentence (see _inline_numbers)
                for number, _mark, item_start, item_end in numbered_inline:
                    index = add(number, item_start, item_end)
                asked_in = message_at(line.start)
                last_main, current, asking = index, index, True
                expected = len(numbered_inline) + 1
                continue
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
            answer_line(line)
            continue
        if kind == "heading":
            if _APPENDIX_RE.match(text):
                break
            if directorate_line_re.match(text):
                section_heading = line
                continue
            # (not a line of the request's own under its heading that reads as one: _ANSWER_HEADING_RE)
            if RESPONSE_HEADING_RE.match(text) and line.number not in in_request_section:
                if not found:
                    answering = True
                elif not asking or (len(found) >= 2 and _answers_numbered_below(lines, i)):
                    # Straight under the last question, a heading over answers numbered from 1 heads the reply, not
                    # that question's answer ("5. Who is the senior officer ...? / In Response: / Following receipt
                    # of your request, searches were conducted ... / 1 - 4. As the information ... is accessible by
                    # other means ... / 5. The senior officer ... is Jon Keenan", Northumbria Police's log).
                    in_response_section = True
                    current, asking = None, False
                    continue
            if _PART_OF_QUESTIONS_RE.match(text):
                current, asking = None, False
                continue
            if numbered_section := _NUMBERED_SECTION_RE.match(text):
                if numbered_section.group("asked"):
                    expected, restarted = 1, True
                elif found:
                    in_response_section = True
                current, asking = None, False
                continue
            if (
                found
                and _SECTION_RE.match(text)
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
            mark = _sub_mark(sub) if sub else None
            position = expected - 1 if letters_as_main else 0
            # (a run past "z" has no next letter: "(a)" after 26 lettered items starts nothing)
            next_marks = (_LETTERS[position], _ROMANS[position]) if position < len(_LETTERS) else ()
            if (
                mark is not None
                and mark in next_marks
                and (letters_as_main or not _answers_an_inline_part(text_of, line.start, mark, sub))
                and not _ACT_WORDS_RE.search(head)
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
            if numbered[0] == expected and i < len(lines):
                # "Question 1" as a heading, the question on the next line.
                while i < len(lines) and not lines[i].text.strip():
                    i += 1
                # Under a "Response" heading with no question above, "Question 1" heads an answer unless the
                # line below asks ("RESPONSE / Question 1 / The funding request was prepared ... on behalf of the
                # NPCC", South Wales Police's disclosure log, whose request is one sentence).
                answers_below = answering and i < len(lines) and not _ASKS_RE.match(lines[i].text)
                if i < len(lines) and not answers_below and not _is_structural(ctx, lines[i]):
                    heading_line = lines[i]
                    j, q_end = _continuation(ctx, i + 1, heading_line.end)
                    # The reply's answer run on after the question mark: "1. / Do you provide traded services to
                    # schools ...? If so, to which? Yes" (the City of Wolverhampton Council)
                    by_requester = layout.by_requester(heading_line.start)
                    index = add_with_run_on_answer(numbered[1], heading_line.start, q_end, by_requester)
                    headed.add(index)
                    last_main, current, asking = index, index, True
                    expected = numbered[0] + 1
                    i = j
            continue
        if numbered is not None and m is not None and _LINK_ONLY_RE.match(head, _text_start(m)):
            numbered = None  # "3. https://www.westlothian.gov.uk/WL2028" under WhatDoTheyKnow's "Visible links"
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
            asked_end = _before_form_blank(text_of, start, answered_from[0] if answered_from else q_end)
            q_text = _question_words(text_of[start:asked_end])
            if answering and not found and not _ASKS_RE.match(q_text) and not _named_a_question(m):
                # "Our response / 1. / a) 9 Children had a placement move / b) 8 Children" under a request in
                # dashes (Lambeth's data hub): the answers, numbered by the request's items
                answer_line(line)
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
                    # Or a reply restating the request topic by topic, each topic's questions numbered from 1 under its
                    # heading, the answers run on after them: "Regarding EHR commissioning: / 1. Have you received any
                    # direction from a Clinical Commissioning Group ...? No" after "Regarding Electronic Health Records
                    # EHR.: / 1. ... 4. ..." (Gloucestershire Health and Care NHS Foundation Trust's letter).
                    or (
                        not layout.by_requester(line.start)
                        and _LIST_HEADING_RE.match(previous_text) is not None
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
            # (the Scottish Information Commissioner on Ayrshire and Arran Health Board).
            quoted_list = (
                known is not None
                and not similar
                and seq == 1
                and head.lstrip(" *_").startswith((*_QUOTE_MARKS, "[", "("))
                # (the loop's own lines, the first question unglued, not the layout's)
                and (above := text_line_above(lines, line.number)) is not None
                and above.text.rstrip().endswith((":", ":-"))
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
                in_response_section = True
                answers[last_main].clear()
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
            ):
                # "How much does each system cost?" then "1. Planning 2. Licensing": a list of the options
                # the question covers, not questions (a disclosure-log layout).
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
                # an excerpt that starts at question 2; not a room in the letterhead ("5.08 Red Zone, Clive House")
                or (
                    known is None
                    and not found
                    and (q_text.endswith("?") or (len(q_text.split()) >= 4 and not _in_letterhead(layout, line)))
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
        # Capital letters as a numbered item's parts: "1. A list of the hospitals ... Please include the following /
        # A. Building name / B. Address / C. Type and degree of asbestos present" (a WhatDoTheyKnow request to
        # Birmingham Children's Hospital NHS Foundation Trust), a run from "A." with "B." below it ("A. 25" alone
        # under a question is its answer).
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
            ):
                bullet = None
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
                    add(number, line.start + item.start("text"), end, parent=parent_number)
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
    return _records(ctx, found, answers, shared)


# A heading over a group of a request's questions: a few capitalised words joined by "and", "for" or "of", no stop
# ("AI for Decision-Making", "Policies and Governance", "Data Protection and Ethics").
_SECTION_HEADING_RE = re.compile(
    r"[ \t*_]*(?:[A-Z][\w'&-]*|and|or|for|of|the|in|on|to|with|&)(?:[ \t]+(?:[A-Z][\w'&-]*|and|or|for|of|the|in|on|to"
    r"|with|&)){1,7}[ \t*_]*"
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
    ctx: Context, found: list[_Asked], answers: dict[int, list[Line]], shared: dict[int, list[int]]
) -> list[Question]:
    """The questions ``found``, each with the answers read from its answer region's lines."""
    swapped = _answers_above_quoted_request(ctx, found, answers)
    if swapped is not None:
        found, answers = swapped
    answers = _without_section_headings(ctx, found, answers)
    blocks = {index: _answer_blocks(ctx, region) for index, region in answers.items()}
    # A directorate heading or an answer label in an answer region is the reply _has_reply() would find.
    if not any(labelled for _blocks, labelled in blocks.values()) and not _has_reply(
        ctx, [(q.span["start"], q.span["end"]) for q in found]
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


def _heads_items(line: str) -> bool:
    """Whether a line of its own reads as the heading of a request's items: a few words, or capitalised words, with
    no stop after the last."""
    words = line.strip()
    return (
        _reads_as_a_heading(words)
        or _is_section_heading(line)
        or (_TITLE_OPENING_RE.match(words) is not None and words[-1:] not in ".?!:;,")
    )


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
        if not any(
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


# Words that ask, anywhere in a paragraph between two items of a request (``_with_paragraphs_between``).
_ASKS_ON_RE = re.compile(
    r"\b(?:please|could you|can you|would you|provide|include|including|breakdown|broken down"
    r"|(?:i|we) (?:would|'d) like|(?:i|we) (?:am|are) (?:also )?(?:looking|seeking|requesting|asking))\b",
    re.I,
)


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
    for line in layout.lines[item_line.number + 1 :]:
        if line.text.strip():
            if not paragraph and not (_ASKS_ON_IF_RE.match(line.text) or _opening_words(line.text) in openings):
                break
            if line.number in _paragraph_edges(ctx) or not of_the_request(index, line) or _MAIN_RE.match(line.text):
                paragraph = []
                break
            paragraph.append(line)
        elif paragraph:
            joined += paragraph
            paragraph = []
    joined += paragraph
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
_JOINER_RE = re.compile(r"(?:[ \t\n]*[,;])?(?:[ \t\n]+(?:and|or))?[ \t\n]*[,;]?[ \t\n]*$")
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

# Or with numerals or letters, slashed or bracketed, after the words asking for them: "Please supply us with i/ the
# cost of work to date for this project and ii/ any emails, between the online tool's product owner ... and the
# director of planning ..." (a WhatDoTheyKnow request to Southwark Council).
_INLINE_PART_RE = re.compile(r"(?<=\s)\(?([ivx]{1,4}|[a-h])(?:/|\))[ \t]+(?=[a-z])")


def _inline_parts(ctx: Context, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The request's items marked i/, ii/ (or a), b), (i), (ii)) inside one sentence of a line that asks in the
    requester's words before its first mark; two or more, from i or a (as ``_inline_numbers``)."""
    text = ctx.text
    for series in (_ROMANS, _LETTER_SERIES):
        marks = _marks_in_order(_INLINE_PART_RE, series, 0, text, start, end)
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
    for index, (start, _end) in enumerate(questions):
        above = text_line_above(lines, layout.line_at(start).number)
        if above is None:
            continue
        if index == 0:
            lead_ins.add(above.number)
        elif above.text.rstrip().endswith(":"):
            after_previous = layout.line_at(questions[index - 1][1]).number + 1
            if any(line.text.strip() for line in lines[after_previous : above.number]):
                lead_ins.add(above.number)
    asks_elsewhere = False
    for m in _within_all(ctx, "requester"):
        number = layout.line_at(m.start()).number
        if number not in lead_ins and number not in asked_lines:
            asks_elsewhere = True
            break
    if not asks_elsewhere:
        return True
    known_labels = _known_labels(ctx)
    for line in layout.lines:
        heading, label = known_labels.get(line.text) or _match_labels(ctx, known_labels, line.text)
        if heading or label:
            return True
    return False


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
    r"|this (?:relates|refers|includes|covers|means)"
    # "...? Time frame: Jan 2020 - Jan 2025." (a request to the PSNI quoted under "Request 2"): the period asked about
    r"|time ?frame|time period|period|date range"
    # "...(from 2013 till 2017)? The information / should be broken down by organization or company name, year per year"
    # (a WhatDoTheyKnow request Northumbria University's letter restates): how the answer should come
    r"|(?:the |this |that )?(?:information|details|data|figures|breakdown|results?)"
    r" (?:should|must|needs? to|ought to) be"
    # "... how many FOI requests has Northumbria Police refused - fully and partially (separate figures please)? By
    # refused I mean:" above the lines defining it (the request restated on Northumbria Police's log)
    rf"|{_BY_I_MEAN})\b)"
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


def _before_form_blank(text: str, start: int, end: int) -> int:
    """Where the question at ``text[start:end]`` ends before a blank left for its answer (``end`` if none)."""
    blank = _FORM_BLANK_RE.search(text, start, end)
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
    if text.find("?", start, end) == -1:
        return _answer_after_dash(text, start, end)
    return _answer_after_question_mark(text, start, end)


# A dash, then words that answer rather than ask: "Question 2: Breakdown by Divisional area of above – see above.",
# "Question 8: Any injuries to crew as a result 11th July bonfires. – No injuries have occurred to personnel over the
# last 5 years.", "Question 6: ... – N/A" (Northern Ireland Fire and Rescue Service). Not a dash inside the question
# ("Total spend – broken down by year").
# "1. Please supply patient's information ECT leaflet - attached" (Sussex Partnership NHS Foundation Trust).
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
_ANSWER_RUN_ON_RE = re.compile(
    rf"[ \t](?:(?={_NOT_APPLICABLE}[ \t.]*$)|(?=Please (?:see|refer to)\b))"
    r"|(?<=\.)[ \t]+(?=There (?:is|are|was|were|has been|have been) no (?!need\b))"
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
_FIGURE_AFTER_NOTE_RE = re.compile(r"(?P<note>[ \t]*\([^()\n]{1,200}\))[ \t]+[£$]?\d[\d,.]*%?[ \t]*$")

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


# The words after a question mark going on to ask: "2) By species; how many animals were bred for research purposes by
# AFBI in 2011? In the case of rodents, please list by genetic strain ..." (a WhatDoTheyKnow request to the Agri-Food
# and Biosciences Institute); not an answer's "Yes. Please see the attached".
_ASKS_FURTHER_RE = re.compile(
    r"\bplease (?!see\b|find\b|note\b|refer\b|contact\b|be\b|visit\b|click\b|follow\b|go\b|use\b)[a-z]+", re.I
)


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
_REQUESTERS_NOTE_RE = re.compile(r"[*_ \t]*(?:further |additional )?clarification[ \t]*:", re.I)
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
# another trust, is not caught).
_REPLY_OPENING_RE = re.compile(
    r"[ \t]*(?:The (?:Trust|Council|University|Authority|Board|Department|Force|Service|College|Commission|Ministry"
    r"|Office|Agency|Executive)|We (?:can|do|have|are|hold|would|confirm)|I (?:can|am|have))\b"
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
            body = _heading_body_below_a_blank(ctx.layout, first, i) or _list_introduction_below_a_blank(ctx, first, i)
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
        if not (runs_on or follow_up) and line.text[:1].isupper() and _room_left_for(ctx, end, line.text):
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


def _bullet_questions(ctx: Context, bullets: list[tuple[int, int]] | None = None) -> list[Question]:
    """Unnumbered bullet questions ("•1", "•2" ...): the first bullet list of a request, if it asks things (the spans
    ``_request_bullets`` gives, if the caller has them)."""
    if bullets is None:
        bullets = _request_bullets(ctx)
    return [
        Question(number=f"•{n}", text=" ".join(ctx.text[s:e].split()), span=ctx.span(s, e))
        for n, (s, e) in enumerate((_without_closing_quote(ctx.text, s, e) for s, e in bullets), start=1)
    ]


def _without_closing_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's span less the mark closing a quotation opened before it ('-The price for unaddressed literature"'
    ending a request Royal Mail Group quotes); an item quoted whole keeps both marks."""
    item = text[start:end].rstrip()
    if item.endswith('"') and '"' not in item[:-1]:
        return start, start + len(item) - 1
    return start, end


# A bullet whose glyph the page lost to a stop, inside a list of others: "· Any training manuals or materials ... / .
# Any impact assessments / · Any data visualisation outputs ..." (the Data Justice Lab's request on WhatDoTheyKnow).
_LOST_BULLET_RE = re.compile(r"[ \t]*\.[ \t]+(?P<text>[A-Z][^\n]*)$")


# A bullet's glyph alone on its line above its item, as a page's HTML list came out: "1. FOI2025/00075 Request / ... /
# - / Metadata (date, sender/recipient, subject) for complaints/enquiries on veterinary medicines pricing ... / - /
# Internal reports/analyses ..." (the Veterinary Medicines Directorate's FOI release on GOV.UK).
_LONE_GLYPH_RE = re.compile(r"[ \t]*[-•*·][ \t]*")
_MARKED_ABOVE_RE = re.compile(r"[ \t]*(?P<text>[A-Z][^\n]*)$")


def _request_bullets(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the first bullet list of a request, if it asks things: two or more items, under an introduction
    that asks, or one of them a question. A list that goes on under a second introduction that asks goes on being
    the request ("* Total pay and display income processed via a Mobile App parking payment provider / Finally, in
    relation to the Council's current Mobile App parking payment provider, could you tell me: / * What is the
    contract expiry date ...?", a request to Chelmsford City Council)."""
    found: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    lone: list[tuple[int, int]] = []  # a bullet of its own that asks, above the list, in the same message
    intro = ""
    prose_after = 0  # lines of prose since the last list kept
    marked_above = False  # the line above is a bullet's glyph alone
    group_families = _GlyphFamilies()
    for line in ctx.layout.lines:
        if _LONE_GLYPH_RE.fullmatch(line.text):
            marked_above = True
            continue
        m = (
            _item_bullet(line.text)
            or (_LOST_BULLET_RE.match(line.text) if group else None)
            or (_MARKED_ABOVE_RE.match(line.text) if marked_above else None)
        )
        marked_above = False
        if m and group and len(group) >= 2 and _another_lists_bullet(line, m, group_families.of(ctx, group)):
            # A bullet of another family of glyph under the request's list: the reply's, not a seventh item. "- A list
            # of any Off Framework suppliers that have ongoing block booking arrangements ... / (blank) / • 0
            # off-framework within the last 3 months" (Central London Community Healthcare NHS Trust's log).
            if _asks_as_the_request(ctx, group, intro, found):
                found += group
            group = []
            break
        if m and not _reply_boilerplate(ctx, line):
            group.append((line.start + m.start("text"), line.end))
            continue
        if not line.text.strip():
            continue
        if (group or found) and RESPONSE_HEADING_RE.match(line.text):
            # The reply's heading ends the request, whose questions the reply may then repeat as bullets of its own:
            # "* How are the annual charges made up ...? / Response / * What Financial Management/ERP System does the
            # council use? / The Council is unable to release this information" (Scottish Borders Council's log).
            if group and _asks_as_the_request(ctx, group, intro, found):
                found += group
            group = []
            break
        if group and (_continues_item(ctx, group[-1], line) or _note_between_items(ctx, group[-1], line)):
            group[-1] = (group[-1][0], line.end)
            continue
        if group:
            # A list introduced by "please provide the following:" or holding questions is the request; so is a
            # later list of the same message whose bullets each ask.
            if not _asks_as_the_request(ctx, group, intro, found):
                if found:
                    break
                # "• Please could you state whether your trust will be uploading data ... / If not, then please so
                # state so and ignore the rest of this request. / However, if you are planning to upload data ... I
                # would be grateful for the following information: / • Please could you state the date ..." (a
                # WhatDoTheyKnow request to the Royal Bolton Hospital NHS Foundation Trust): the first is asked too.
                # So is a lone bullet under an introduction that asks, with its colon, above the next list of the
                # request: "In the period 1st November 2025 to 31st January 2026 please provide a breakdown of: / -
                # Total trust spend with framework agencies for locum doctors / Please provide a further breakdown for
                # locum doctors by: / - Spend per grade / - Spend per specialty" (Medway NHS Foundation Trust's log).
                lone = group if len(group) == 1 and _asks_alone(ctx, group[0], intro) else []
                group = []
            else:
                if not found and lone and ctx.layout.message_at(lone[0][0]) is ctx.layout.message_at(group[0][0]):
                    found = lone
                found, group = found + group, []
                intro, prose_after = _as_introduced(line.text), 1
                continue
        elif found:
            # The list may go on after a few lines of the requester's: "• ... between now and 31st March 2017? / If
            # the answer to both of the above is no, ... please consider my request closed. / However, if your
            # organisation is already uploading, ... then please can you provide me with the following: / • Any and
            # all fair processing information ..." (a WhatDoTheyKnow request to the Royal Berkshire NHS Foundation
            # Trust); more lines than that are the end of the request.
            prose_after += 1
            if prose_after > _PROSE_BETWEEN_LISTS:
                break
        intro = _as_introduced(line.text)
    if group and _asks_as_the_request(ctx, group, intro, found):
        found += group
    return found


# A colon and a dash together open a list as the colon does: "please can you supply the held information pertaining
# to :- / - the Planning and Erection of the updated external finish of the building / ..." (a WhatDoTheyKnow request
# to the Royal Borough of Kensington and Chelsea).
_COLON_DASH_END_RE = re.compile(r"[ \t]*:[ \t]*[-–]$")


def _as_introduced(line: str) -> str:
    """A line as the introduction of the list below it, its colon-dash read as a colon (``_COLON_DASH_END_RE``)."""
    return _COLON_DASH_END_RE.sub(":", line.rstrip())


# Bullet glyphs by family: a page's text may print one round glyph for another ("·" for "•"), never a dash for one.
_GLYPH_FAMILY = {"•": "round", "·": "round", "▪": "round", "‣": "round", "◦": "round", "*": "star", "-": "dash"}


def _glyph_family(line: str, text_start: int) -> str | None:
    """The family of a bullet line's glyph (None for a "Q." mark or a glyph the page lost to a stop)."""
    return _GLYPH_FAMILY.get(line[:text_start].strip(' \t*_"')[:1] or "*")


class _GlyphFamilies:
    """The glyph families of a growing list's bullets, read once per bullet as the list grows: a request of 8,000
    bullets took 50 s when each new bullet re-read the families of every bullet above it."""

    def __init__(self) -> None:
        self._group: list[tuple[int, int]] | None = None
        self._families: set[str | None] = set()
        self._counted = 0  # the bullets of ``_group`` whose families are in ``_families``

    def of(self, ctx: Context, group: list[tuple[int, int]]) -> set[str | None]:
        """The families of the bullets of ``group`` (the items' spans; a list only grows until it is replaced)."""
        if group is not self._group:
            self._group, self._families, self._counted = group, set(), 0
        for start, _end in group[self._counted :]:
            item_line = ctx.layout.line_at(start)
            self._families.add(_glyph_family(item_line.text, start - item_line.start))
        self._counted = len(group)
        return self._families


def _another_lists_bullet(line: Line, m: re.Match[str], families: set[str | None]) -> bool:
    """Whether bullet ``m`` on ``line`` is of another family of glyph than every bullet of the list so far (their
    ``families``). A list may mix two: "• How are facilities management services ... handled across your
    estates? / - If any services are outsourced, which services and to which suppliers? / - What are the start dates
    ...? / • Do you utilise any outsourced helpdesk ...?" (a WhatDoTheyKnow request to Manchester Metropolitan
    University)."""
    family = _glyph_family(line.text, m.start("text"))
    if family is None:
        return False
    return None not in families and family not in families


# A bullet that is where to write: "If you have written to offer an object, please redirect your email to one of the
# following addresses as appropriate: / · Science Museum – [1][email address] / · National Railway Museum – [2][email
# address]" (the Science Museum Group's automatic reply on WhatDoTheyKnow, its address redacted by the site).
_ADDRESS_ITEM_RE = re.compile(
    r"(?:[ \t][-–:][ \t]*|^[ \t]*)(?:\[\d+\])?(?:\[email address\]|\S+@\S+\.\w+)[ \t.]*$", re.M
)


def _asks_as_the_request(ctx: Context, group: list[tuple[int, int]], intro: str, found: list[tuple[int, int]]) -> bool:
    """Whether bullets ``group`` under ``intro`` are the request's: they ask (``_asks_in_bullets``), or go on a list
    already ``found`` in the same message with bullets that each ask. Not periods alone: "could you extract it from the
    last five financial years as follows: / • 2018-2019 / • 2019-2020 / ..." (a WhatDoTheyKnow request to Bridgend
    County Borough Council, one paragraph asking)."""
    if all(_PERIOD_LINE_RE.fullmatch(ctx.text[start:end].strip()) for start, end in group):
        return False
    if all(_ADDRESS_ITEM_RE.search(ctx.text, start, end) for start, end in group):
        return False
    if _asks_in_bullets(ctx, group, intro):
        return True
    # (or under the page's "Request" heading, above its "Response": the VMD's release, "1. FOI2025/00075 Request / We
    # refine our previous request ... / - / Metadata (date, sender/recipient, subject) for complaints ... / 2. Our
    # reply")
    layout = ctx.layout
    if len(group) >= 2 and (section := request_section(ctx)) and layout.line_at(group[0][0]).number in section:
        return True
    # (or each ends in its question mark: "If the Finance system is hosted remotely (via the cloud): / * How are the
    # annual charges made up (software licence/support charge, hosting charge etc.)?", the last of Scottish Borders
    # Council's questions, under the second of two introductions that ask nothing)
    # (or, of the same message, a lone bullet that asks or whose introduction asks: the third block of the Medway log
    # above, "In the period ... please provide a breakdown of: / - Total trust spend with the internal trust bank ...")
    return (
        bool(found)
        and layout.message_at(group[0][0]) is layout.message_at(found[0][0])
        and (
            _each_bullet_asks(ctx, group)
            or all(_ENDS_ASKING_RE.search(ctx.text, s, e) for s, e in group)
            or (len(group) == 1 and _asks_alone(ctx, group[0], intro))
        )
    )


def _asks_alone(ctx: Context, bullet: tuple[int, int], intro: str) -> bool:
    """Whether a bullet of its own asks: of itself ("• Please could you state the date ..."), or under an
    introduction that asks and ends in its colon (not a reply's "please see the following:")."""
    if _BULLET_ASKS_RE.match(ctx.text, bullet[0]):
        return True
    return intro.endswith(":") and _introduces_a_request(ctx, intro) and not _SEE_THE_FOLLOWING_RE.search(intro)


_PROSE_BETWEEN_LISTS = 3


def _reply_boilerplate(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is boilerplate of a reply's. The commissioner named in a requester's bullet is what is asked
    about, not the right to complain: "• Please could you provide me with all communication that the Royal Free NHS
    Trust has had with the Information Commissioner's Office (ICO) regarding this agreement" (a WhatDoTheyKnow
    request)."""
    kind = ctx.layout.boilerplate_kind(line.start)
    return kind is not None and not (kind == "commissioner" and ctx.layout.by_requester(line.start))


def _each_bullet_asks(ctx: Context, group: list[tuple[int, int]]) -> bool:
    """Whether every bullet of ``group`` asks of itself ("• Please could you provide me with ...")."""
    return all(_BULLET_ASKS_RE.match(ctx.text, start) for start, _end in group)


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


def _asks_in_bullets(ctx: Context, group: list[tuple[int, int]], intro: str) -> bool:
    """Whether bullets ``group`` under ``intro`` ask: two or more under an introduction that asks or holding a
    question, or one under a request for "the following" with its colon ("Under the Freedom of Information Act I
    would like to request the following information: / - Copies of all correspondence between the Gambling
    Commission and the Cabinet Office ...", the Gambling Commission's log)."""
    asks = _introduces_a_request(ctx, intro)
    if len(group) == 1:
        # (not a reply's "please see the following:")
        return asks and intro.endswith(":") and _ASKS_FOR_THE_FOLLOWING_RE.search(intro) is not None
    # (a question may end in its gloss: "- What was the number of envelopes sent in 2019? (Number of envelopes
    # dispatched to users of your services in 2019)", the Defence Electronics & Components Agency)
    # Or each bullet asks of itself: "I would be very grateful for the following information relating to this
    # agreement. / • Please could you provide me with a copy of this data-sharing agreement ... / • Please could you
    # provide me with all communication ..." (a WhatDoTheyKnow request to the Royal Free London NHS Foundation Trust).
    # Or each asks for a count: "Request received 8 December 2025 / - The number of contacts from those threatened
    # with homelessness ... / - The number of contacts from legally homeless individuals ..." (East Cambridgeshire
    # District Council's log, under no sentence that asks).
    return len(group) >= 2 and (
        asks
        or any(_ENDS_ASKING_RE.search(ctx.text, s, e) for s, e in group)
        or _each_bullet_asks(ctx, group)
        or all(_COUNT_ASKED_RE.match(ctx.text, s, e) for s, e in group)
        or _fields_asked_for_above(ctx, group)
    )


# A field's name as a bullet: a few words from a capital, no sentence's end ("Liable Party Name", "Current entitlement
# to any Reliefs or Discounts (do not include details of any empty property reliefs)").
_FIELD_NAME_RE = re.compile(r"[A-Z][^.?!:;\n]{1,120}\.?")
_MAX_FIELD_NAME_WORDS = 16
_MIN_FIELD_BULLETS = 3


def _fields_asked_for_above(ctx: Context, group: list[tuple[int, int]]) -> bool:
    """Whether bullets ``group`` name fields the requester's message asked for "the following" of, paragraphs above
    them: "could you provide me with the following current business rates account data for your local authority. /
    Please note that I do not require any personal data ... / • Property Reference / • Liable Party Name / ..." (a
    request sent to many councils, here to Sheffield City Council on WhatDoTheyKnow)."""
    if len(group) < _MIN_FIELD_BULLETS:
        return False
    message = ctx.layout.message_at(group[0][0])
    if not message.from_requester or message.quoted:
        return False
    for start, end in group:
        item = ctx.text[start:end].strip()
        if not _FIELD_NAME_RE.fullmatch(item) or len(item.split()) > _MAX_FIELD_NAME_WORDS:
            return False
    # (a stop may end the list, "• Any other supporting information.", not each item: "• Broken benches near the
    # gate. / • Litter bins left full for weeks." are the requester's own account)
    if any(ctx.text[start:end].rstrip().endswith(".") for start, end in group[:-1]):
        return False
    above = (message.start, group[0][0])
    return _ASKS_FOR_THE_FOLLOWING_RE.search(ctx.text, *above) is not None or (
        ctx.catalogue.requester_voice_re.search(ctx.text, *above) is not None
    )


# A count asked for, not one given ("The number of staff is 12").
_COUNT_ASKED_RE = re.compile(
    r"(?:the[ \t]+)?(?:total[ \t]+)?number[ \t]+of\b(?![^\n]*\b(?:is|are|was|were)[ \t]+\d)|how[ \t]+many\b", re.I
)


# A request's bullet with the reply's note after its last dash: "- Total agency spend for Doctors between April 2024
# – Present – Answered below", "- Of the non-direct engagement spend – what departments ...? .- Sensitive Information,
# Section 43 applied see below" (Central London Community Healthcare NHS Trust's disclosure log).
# A stop standing alone before the dash goes with it (" .- Sensitive Information"), not with the question.
_DASH_ANSWER_RE = re.compile(r"(?P<question>.*\S)(?<![ \t]\.)[ \t]*\.?[ \t]*[–-][ \t]+(?P<answer>[^–\n]*?\S)[ \t]*$")
_ANSWER_NOTE_FLAGS = ("answered_elsewhere", "withheld", "not_held")


def _bullets_answered_after_dash(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """A request's bullets (``_request_bullets``) that the reply answered on their own lines, after a dash. The
    text after each item's last dash is its answer, once three or more of those texts are notes an answer makes
    (flags ``_ANSWER_NOTE_FLAGS``); an item with no dash keeps its words and has no answer. Numbered "•1", "•2"."""
    split: list[tuple[int, int, int | None]] = []
    notes = 0
    for start, end in _request_bullets(ctx):
        dashed = _DASH_ANSWER_RE.match(ctx.text, ctx.layout.line_at(end - 1).start, end)
        if dashed is None or dashed.start("answer") <= start:
            split.append((start, end, None))
            continue
        split.append((start, dashed.end("question"), dashed.start("answer")))
        notes += any(_within(_flags(ctx, kind), dashed.start("answer"), end) for kind in _ANSWER_NOTE_FLAGS)
    if notes < _MIN_INLINE_ANSWERED:
        return None
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    for start, question_end, answer_start in split:
        _add_unmarked(ctx, found, answers, start, question_end)
        if answer_start is not None:
            line = ctx.layout.line_at(answer_start)
            answers[len(found) - 1].append(_piece(line, ctx.text, answer_start, line.end))
    return found, answers


def _add_unmarked(ctx: Context, found: list[_Asked], answers: dict[int, list[Line]], start: int, end: int) -> None:
    """An unmarked question at ``text[start:end]``, numbered "•1", "•2" ... in order, with no answer yet."""
    answers[len(found)] = []
    words = " ".join(ctx.text[start:end].split())
    found.append(_Asked(f"\u2022{len(found) + 1}", words, ctx.span_fields(start, end), None))


def _bullets_each_answered(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Bullet questions each followed by its answer, in a reply that repeats the request point by point: a
    disclosure log's "Request:" then "- Please provide the total number of ... CCTV cameras" / "742" / "- Please
    indicate the year ..." / its dates (North Tyneside Council), or "Could you provide the following information
    ...:" then "- Number of deployments" / "10 dive deployments" (Devon and Cornwall Police). The run starts at a
    bullet under an introduction that asks and stops at two bullets in a row (a list inside an answer: "Factors in
    favour of disclosure / - Transparency and accountability / - Reassure customers ..."), at a greeting or
    sign-off, or where the text ends. None unless two or more questions each have an answer, or where the
    requester wrote the bullets (a request's list; its answers are not below it)."""
    layout = ctx.layout
    lines = layout.lines
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}

    def ask(line: Line, bullet: re.Match[str]) -> None:
        _add_unmarked(ctx, found, answers, line.start + bullet.start("text"), line.end)

    intro = heading = ""  # the line above the first bullet, and the line above that
    for line in lines:
        text = line.text
        if not text.strip():
            continue
        bullet = _BULLET_RE.match(text)
        if not found:
            if (
                bullet is not None
                # (or under a label over that line: "Your request was: / Please answer the following questions ...:")
                and (_asks_point_by_point(ctx, intro) or _REQUEST_HEADING_RE.match(heading) is not None)
                and not layout.boilerplate_kind(line.start)
            ):
                if layout.by_requester(line.start):
                    # The request's own list; a reply below may restate it point by point, each answer under its
                    # bullet ("I can confirm that the Council does hold this information, as detailed below. /
                    # Under the Freedom of Information Act, I would like to request the following information: / -
                    # The total number of complaints about noise ... / 1,106.", a council on WhatDoTheyKnow)
                    continue
                ask(line, bullet)
            elif intro and not intro.endswith((".", ":", "?", "!")) and text[:1].islower():
                # an introduction wrapped onto a second line: "Under the Freedom of Information Act, I would like to
                # request the / following information:"
                intro = f"{intro} {text.strip()}"
            else:
                intro, heading = text.rstrip(), intro
            continue
        if line.number in ends:
            break
        last, answered = found[-1], answers[len(found) - 1]
        if (
            bullet is None
            and not answered
            and (
                _continues_item(ctx, (last.span["start"], last.span["end"]), line)
                # or cut on a joining word, whatever opens the next line: "- The total number of complaints about
                # noise ... made during the / 2021 calendar year / 1,106." (a council restating the request on
                # WhatDoTheyKnow)
                or _ENDS_WITH_JOINING_WORD_RE.search(ctx.text, last.span["start"], last.span["end"]) is not None
            )
        ):
            span = ctx.span_fields(last.span["start"], line.end)
            found[-1] = last._replace(text=f"{last.text} {' '.join(text.split())}", span=span)
        elif bullet is None:
            if not _CONJUNCTION_LINE_RE.match(text):  # "or" alone between two bullets answers nothing
                answered.append(line)
        elif answered and (_asks_like_the_others(found, text) or _ends_the_text(ctx, line)):
            ask(line, bullet)
        elif (
            not answered
            and sum(1 for given in answers.values() if given) >= 2
            and all(q.text.rstrip().endswith("?") for q in found)
            and (text.rstrip().endswith("?") or _ends_the_text(ctx, line))
        ):
            # A question the reply left blank, the next below it, where every question so far asks with a question mark
            # and two or more have answers: "• Do you provide brokerage services for self/part funders? / (blank) / •
            # Do you use/plan to use micro-procurement/commissioning? / We do not use this currently." (Southampton
            # City Council's letter restating the request point by point); not an answer's own list, which asks nothing
            ask(line, bullet)
        elif answered:
            # Where every question so far asks with a question mark, a bullet that does not is a list inside the
            # answer: "- Using the Best Value Accounting Code of Practice (BVACOP) to define costs ... / - Use of
            # recharges - these are the cost of services ..." under "This authority has utilised the following
            # approach:" (Gravesham Borough Council's letter, its questions dash lines over their answers)
            answered.append(line)
        else:
            break  # two bullets in a row: the last "question" began a list of an answer's, or a plain list
    if found and not answers[len(found) - 1] and not _ends_the_text(ctx, ctx.layout.line_at(found[-1].span["start"])):
        # (a question the page cut before its answer stays: "- The budget in 2004/5 went up by 42%, why was a 42%
        # increase needed and what was it u", ending Gravesham Borough Council's letter as stored)
        del answers[len(found) - 1]
        found.pop()
    if len(found) < 2:
        return None
    return found, answers


def _ends_the_text(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is the text's last with words, cut or not."""
    return not ctx.text[line.end :].strip()


# A bullet question with its answer after the question mark on its line: "- Does the trust use agencies to support
# with permanent/international hires? No" (Medway NHS Foundation Trust's disclosure log).
# The question may end in a bracketed breakdown: "...? (doctors, dentists, nurses, AHP, Non-medical) No".
# (the question's gloss in brackets is never the answer: "- Do you send physical post by the likes of Royal Mail, Whistl
# or UK Mail? (Outbound, for the purpose of this request defined as ...)" over its answer, the Defence Electronics &
# Components Agency)
_INLINE_ANSWER_RE = re.compile(
    r"(?P<question>[^?]*\?(?:[ \t]*\([^()\n]*\))?)[ \t]+(?P<answer>(?!\([^()\n]*\)[ \t]*$)\S.*)$"
)
_ENDS_ASKING_RE = re.compile(r"\?(?:[ \t]*\([^()\n]*\))?[ \t]*$")
_MIN_INLINE_ANSWERED = 3


def _bullets_answered_inline(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Bullet questions each answered on its own line after its question mark, under section headings or none: the
    bullets of the authority's text from the first to the letter's end. A question's unbulleted follow-ups ("If yes,
    which countries did you target? N/A") are left out: asked in the request's words, they would make the answer
    read as the request. None unless three or more are answered so, or where the requester wrote them."""
    layout = ctx.layout
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    answered = 0
    for line in layout.lines:
        if line.number in ends and found:
            break
        bullet = _BULLET_RE.match(line.text)
        if bullet is None:
            continue
        if layout.boilerplate_kind(line.start) or layout.in_quoted(line.start):
            continue
        if layout.by_requester(line.start):
            return None
        start = line.start + bullet.start("text")
        inline = _INLINE_ANSWER_RE.match(ctx.text, start, line.end)
        question_end = start + len(inline.group("question")) if inline else line.end
        if not _ENDS_ASKING_RE.search(ctx.text, start, question_end):
            continue  # a bullet of an answer's own list, or a statement
        _add_unmarked(ctx, found, answers, start, question_end)
        if inline is not None:
            answers[len(found) - 1].append(_piece(line, ctx.text, inline.start("answer"), line.end))
            answered += 1
    if answered < _MIN_INLINE_ANSWERED:
        return None
    return found, answers


# The label of an unnumbered question in a reply that pairs each with its answer: "Question: I request to know ...",
# "Request" alone on its line.
# Or "Q:" over "A:" (the Warwickshire Police and Crime Commissioner's disclosure log: "Q: How many requests for
# 'reviews' did you receive ...? / A: Between 1st February 2020 and ... 19 review requests ...").
_PAIR_QUESTION_RE = re.compile(r"^[*_ ]*(?:(?:question|request)[*_ ]*(?::[*_ ]*|[ \t]*$)|Q[*_ ]*:[*_ ]*)", re.I)
_PAIR_ANSWER_RE = re.compile(rf"{_ANSWER_LABEL_RE.pattern}|^[*_ ]*A[*_ ]*:[*_ ]*", re.I)
_MIN_PAIRS = 2


def _labelled_pairs(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Unnumbered questions each under a question label and followed by its answer under an answer label, in the
    authority's text: "Question: I request to know does your university carry out animal experiments. / Response:
    Yes, Newcastle University does use animals in research." (Newcastle University's reply, quoted on a campaign's
    blog), "Request / How many valid fireworks licenses are currently issued ... / Reply / On 5th October there were
    69 ..." (West Midlands Fire Service's log). Numbered "•1", "•2"; None unless two or more questions are answered
    so."""
    layout = ctx.layout
    text = ctx.text
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    labelled = False  # under a question label, before its answer label
    asking: list[tuple[int, int]] = []  # (start, end) of the labelled question's lines with text
    answering = False
    pairs = 0

    def ask() -> None:
        _add_unmarked(ctx, found, answers, asking[0][0], asking[-1][1])
        asking.clear()

    for line in layout.lines:
        if line.number in ends or layout.boilerplate_kind(line.start):
            if found or labelled:
                break
            continue
        if layout.in_quoted(line.start) or layout.by_requester(line.start):
            continue
        question = _PAIR_QUESTION_RE.match(line.text)
        if question is not None:
            if labelled:
                return None  # a label with no answer between: not this layout
            labelled, answering = True, False
            rest = line.start + question.end()
            if text[rest : line.end].strip():
                asking.append((rest, line.end))  # the question's words on the label's line, or on the lines below
            continue
        answer = _PAIR_ANSWER_RE.match(line.text)
        if answer is not None and labelled:
            if not asking:
                return None
            ask()
            labelled, answering, pairs = False, True, pairs + 1
            rest = line.start + answer.end()
            if text[rest : line.end].strip():
                answers[len(found) - 1].append(_piece(line, text, rest, line.end))
            continue
        if not line.text.strip():
            continue
        if labelled:
            asking.append((line.start, line.end))
        elif answering:
            answers[len(found) - 1].append(line)
    if labelled and asking:
        ask()  # the last question, cut before its answer
    if pairs < _MIN_PAIRS:
        return None
    return found, answers


# A label heading the request a reply repeats ("Request:", "Information requested:", "You asked:"); "You asked for:"
# heads the request's bullets on a disclosure log (Nottinghamshire Fire and Rescue Service).
# Or told as a sentence's start: "Your request was:" (Southampton City Council's letter, above the request's
# introduction and its bullets, each answered under it).
_REQUEST_HEADING_RE = re.compile(
    # "1. Request" (the SIA's release; see RESPONSE_HEADING_RE), "1. FOI2025/00075 Request" (the VMD's)
    rf"[*_ ]*(?:\d\.[ \t]+{_CASE_IN_A_HEADING}(?=(?i:request)[ \t]*$))?"
    r"(?:(?:your |the )?requests?(?: was| read)?|information requested|you asked(?: for| us)?"
    r"|(?P<questions>questions?))[*_ ]*:?\s*$",
    re.I,
)


def request_section(ctx: Context) -> set[int]:
    """``_request_section_lines`` of the layout's lines, worked out once a parse: the questions extractor and the
    outcome (whose cues there are the request's words) both ask."""
    section: set[int] | None = ctx.memo.get("request_section")
    if section is None:
        section = ctx.memo["request_section"] = _request_section_lines(ctx.layout.lines)
    return section


def _request_section_lines(lines: list[Line]) -> set[int]:
    """The lines between a page's "Request" heading and the "Response" heading below it: the request's, none of them
    an answer ("Request / ... / 1.The total number of police pursuits recorded each year from 2010 to 2024. / - Any
    relevant breakdowns of data such as: / Pursuits that led to arrests or charges / ... / Response / Avon and Somerset
    Police holds information ...", Avon and Somerset Police's disclosure log)."""
    section: set[int] = set()
    start: int | None = None
    asked_as_questions = False
    for line in lines:
        if heading := _REQUEST_HEADING_RE.match(line.text):
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


def _asks_like_the_others(found: list[_Asked], bullet_line: str) -> bool:
    """Whether a bullet after an answer is the next question: unless every question so far ends with a question mark
    and this one does not."""
    return not (all(q.text.rstrip().endswith("?") for q in found) and not bullet_line.rstrip().endswith("?"))


def _asks_point_by_point(ctx: Context, intro: str) -> bool:
    """Whether ``intro`` introduces the request's points: a request label, or a sentence that asks in the requester's
    words for "the following" ("Could you provide the following information ...:"); not an authority's "the FOI
    Manager will take the following course of action:" above its own bullets."""
    if _REQUEST_HEADING_RE.match(intro) or _ANSWERS_IN_ORDER_RE.search(intro):
        return True
    return _introduces_a_request(ctx, intro) and ctx.catalogue.requester_voice_re.search(intro) is not None


# The reply saying it answers the questions one by one below: "I have made enquiries of officers of the Financial
# Services department and their responses are shownbelow in the order of your questions." (Gravesham Borough
# Council's letter, each question a dash line over its answer, a space lost from the PDF's text)
_ANSWERS_IN_ORDER_RE = re.compile(
    r"\b(?:responses|answers|replies) (?:are|is) (?:shown|set out|given|provided|listed) ?below "
    r"in the (?:order|same order) (?:of|as) your (?:questions|request)",
    re.I,
)


_CONJUNCTION_LINE_RE = re.compile(r"\s*(?:or|and|and/or)\s*$")


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


_SENTENCE_END_RE = re.compile(r"[.?!][\"'\u201d\u2019)]*[ \t]+(?=[A-Z\"'\u201c\u2018(])")


def _last_sentence(paragraph: str) -> str:
    """The last sentence of ``paragraph`` (all of it when it holds one), with the one before when it is a word or two
    ("I wish to enquire as to the details of this contract. Namely;", Tameside College on WhatDoTheyKnow)."""
    starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(paragraph))]
    last = starts[-1]
    if len(paragraph[last:].split()) < _SHORT_SENTENCE_WORDS and len(starts) > 1:
        last = starts[-2]
    return paragraph[last:]


_SHORT_SENTENCE_WORDS = 4
# A list's introduction ending in a semicolon where a colon belongs ("... the details of this contract. Namely;").
_COLON_LIKE_END_RE = re.compile(r"\b(?:namely|as follows|the following)[ \t]*;$", re.I)


def _introduces_a_request(ctx: Context, intro: str) -> bool:
    """A list's introduction that asks: "Please provide the following:", or a sentence that asks for "the following"
    without a colon ("I am writing ... to request the following information around the Harm Assessment Risk Tool
    (HART) being used by Durham Constabulary." above dashed items; "Please could you provide me with the following
    information for ALL MARKED vehicles in use with LFB;", "we are writing to request the following data,")."""
    if _REQUEST_HEADING_RE.match(intro):
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
    if _ATTACHED_INTRO_RE.search(intro) or _WILL_EITHER_INTRO_RE.search(intro):
        return False
    return (
        colon
        or (intro.endswith((".", ";", ",")) and _REQUESTS_THE_FOLLOWING_RE.search(intro) is not None)
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
        for line in lines[first:]:
            item = line.text.strip()
            # (a closing line above the sign-off ends the run too: "I look forward to your response."; so does a line
            # about the items: "This information to cover the period ...")
            if not item or line.number in ends or _ITEMS_END_RE.match(item) or _ABOUT_THE_ITEMS_RE.match(item):
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
            return _unmarked_questions(ctx, items)
    return []


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
_RESTATED_REQUEST_RE = re.compile(r"\byou (?:requested|asked for)(?: the following(?: information)?)?:$", re.I)
# A line heading a group of the request's items: "Land ownership:", "Accelerated Development Zone and funding
# information:".
_ITEM_GROUP_HEADING_RE = re.compile(r"[A-Z][^.?!:\n]{0,80}:")
# (or the requester's note on them: "... that mention or relate to: / HIV / AIDS or Hepatitis, AND, Haemophilia /
# Haemophiliacs during the period January 1st 1988 - December 31st 1991. / Please note that I am NOT requesting patient
# medical records ... / Please supply material preferably in PDF format ...", a batch request to 169 authorities on
# WhatDoTheyKnow: one subject, no list)
_ITEMS_END_RE = re.compile(
    r"(?:I|we) (?:look forward|would be grateful)|many thanks|thank|if you (?:have|need)|please note\b", re.I
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
        if below is None or not ctx.layout.by_requester(line.start) or ctx.layout.in_quoted(line.start):
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
            ctx.layout.by_requester(other.start)
            and not ctx.layout.in_quoted(other.start)
            and (
                _asks_on_its_own(other.text.strip(), _unmarked_words(lines, other))
                or _asks_then_goes_on(other.text.strip())
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
            line.text.rstrip().endswith("?")
            or _ASKS_WITHOUT_A_QUESTION_MARK_RE.match(line.text)
            or _EXAMPLES_AFTER_QUESTION_RE.match(line.text)
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
    if len(picked) < 3:
        return []
    picked = _joined_within_paragraphs(ctx, lines, picked)
    questions = []
    numbers = {line.number for line in picked}
    for n, line in enumerate(picked, start=1):
        region = []
        # A question in the requester's own message has no answer under it: the request's next line ("Did the
        # council develop its own process ... etc.") and the acknowledgement below it are none.
        below = ctx.layout.line_at(line.end).number + 1
        for following in [] if ctx.layout.by_requester(line.start) else lines[below:]:
            if following.number in numbers or ctx.layout.boilerplate_kind(following.start):
                break
            if following.text.strip():
                region.append(following)
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


def _asked_once(ctx: Context, picked: list[Line]) -> list[Line]:
    """Question lines with a question asked again word for word in a later message kept once, at its last asking (the
    one a reply answers) in the place of its first: the request, then the acknowledgement restating it ("What was the
    Hertfordshire Council's total salary bill in 2017/18 ...? / How much was paid in bonuses ...?" twice, Hertfordshire
    County Council on WhatDoTheyKnow) asks two, not four. In one message, the same words under two headings are two
    questions ("In respect of hours provided during the day: / * The mean hourly rate ...?" and again "... during the
    night:", Warwickshire County Council's letter)."""
    asked: dict[str, list[int]] = {}
    for index, line in enumerate(picked):
        asked.setdefault(_asked_words(line.text), []).append(index)
    placed: list[tuple[int, Line]] = []
    for indexes in asked.values():
        messages = {id(ctx.layout.message_at(picked[index].start)) for index in indexes}
        if len(messages) > 1:
            placed.append((indexes[0], picked[indexes[-1]]))
        else:
            placed += [(index, picked[index]) for index in indexes]
    return [line for _index, line in sorted(placed, key=lambda placed_line: placed_line[0])]


def _asked_words(line: str) -> str:
    """A question line's words, without its bullet, for telling the same question asked twice."""
    bullet = _BULLET_RE.match(line)
    return " ".join((line if bullet is None else bullet.group("text")).split()).casefold()


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
            and not lines[below].text.rstrip().endswith("?")
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


def _one_digit_paragraph(text: str, body: str, start: int, end: int) -> bool:
    return (
        _ONE_DIGIT_RE.fullmatch(body) is not None
        and text.endswith("\n\n", 0, start)
        and (not text[end:].strip() or text.startswith("\n\n", end))
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
        elif label:
            start = start + label.end()
            labelled = labelled or line == layout_lines[line.number]
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


def _share_multi_question_answers(questions: list[_Asked], answers: dict[int, list[_AnswerFields]]) -> None:
    """ "In response to questions 2 and 3, ..." answers both questions."""
    by_number: dict[str, int] | None = None  # made at the first such answer
    for index, items in list(answers.items()):
        for answer in items:
            m = _MULTI_RE.match(answer["text"])
            if not m:
                continue
            if by_number is None:
                by_number = {q.number: i for i, q in reversed(list(enumerate(questions))) if q.parent is None}
            for target in {m.group("first"), *_NUMBER_RE.findall(m.group("rest"))}:
                other = by_number.get(target)
                if other is not None and other != index and answer not in answers.setdefault(other, []):
                    answers[other].append(answer)
