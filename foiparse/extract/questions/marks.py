"""How an item of a request is marked: the number, letter and bullet patterns, the kinds of line they make, and the
record of an item found (``_Asked``).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Literal, NamedTuple, TypedDict

from pydantic import TypeAdapter
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ...catalogue import Catalogue
from ...models import Question
from ...scan import MONTHS, labels_re
from ...segment import CASE_IN_A_HEADING as _CASE_IN_A_HEADING
from ...segment import RESPONSE_HEADING_RE, Layout, Line
from ..context import Context, SpanFields
from ..dates import DATE_RE

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
    # (not a range heading the whole request: "Request 1 - 5: / I am interested in obtaining detailed information
    # regarding the procurement of Remotely Piloted Aircraft Systems" over "Response 1:", Dyfed-Powys Police's log)
    # (its colon ending the line: "Q1 - 316" is question 1's answer, Q2's below it)
    r"(?![ \t]*[-\u2013][ \t]*\d{1,3}[ \t]*:[ \t]*$)"
    # (nor the reply's words about one: "Question 3 of your request has been handled under the Freedom of Information
    # Act 2000 (FOIA). Questions 1 and 2 do not come within ..." (The National Archives' disclosure log)
    r"(?![ \t]+of[ \t]+(?:your|the|this)[ \t]+request\b)"
    # the number spelt out: "Question One / Does the Trust have an Electronic Patient Record (EPR)?" over "Question
    # Two", "Question Three" (a WhatDoTheyKnow request to Homerton Healthcare NHS Foundation Trust), kept as printed;
    # or "Part One" heading its paragraph, above "Part Two" (Transport Scotland's published EIR release), not "Part One
    # of your request", the reply's words about one
    rf"|(?:Question|QUESTION|Part|PART)[ \t]+(?P<qword>{_NUMBER_WORDS_ALTERNATION})\b(?![ \t]+of\b))"
    r"(?:\.?(?P<qsub>[a-z])(?![a-z]))?"
    # (or a semicolon: "Question 3; How many formal internal complaints were presented ...", the Northern Ireland Human
    # Rights Commission's answers as the requester's blog post copies them; or a comma before a capitalised word: "Q1,
    # How many ...", a request the Ministry of Defence restated)
    # (or a colon and a dash ending the line, the question below: "Question 1:- / - I would like to know the full cost
    # of installing the IT equipment ...?" over "Answer:-", NHS Lothian's letter)
    r"(?P<qalso>(?:\s*(?:,|&|and)\s*(?:Q\s?)?\d{1,3})+(?=\s*[.:)\-–]?\s*$))?"
    r"\s*(?::[ \t]*[-–](?=[ \t]*$)|[.:;)\-–/]|,(?=[ \t]+[A-Z][a-z]))?"
    r"|\((?P<pnum>\d{1,3})(?P<psub>[a-z])?\)"  # "(1) ...", "(2a) Since 2011, how much ...?" (a WhatDoTheyKnow request)
    r"|\[(?P<bnum>\d{1,3})\]\.?"  # "[2] Number of applications ..." (Ministry of Justice)
    r"|(?P<rnum>\d{1,3})\](?=[ \t])"  # "1] How many wards have been closed ...?" (a WhatDoTheyKnow request)
    r"|(?P<dnum>\d{1,2})\.(?P<dec>\d{1,2})(?:\.|[ \t]+[-\u2013](?=[ \t]))?"  # "1.1." under "1": its own, "1.1"
    # (a dash after it: "1.2 - If not, what date did you sign the pledge ...?", the University of East Anglia's log)
    # "#1 - How much the institution has been spending ...?" (a WhatDoTheyKnow request to Birmingham City University)
    r"|#?(?P<num>\d{1,3})(?P<sub>[a-z])?"
    # "2 ) Please provide the number of migrant staff ..." between "1)" and "3)" (a request to a Gloucestershire trust)
    # "1.) Reference number (allowing further look up in Planning Portal)" (a WhatDoTheyKnow request to Historic
    # England); "1). Please can the Commission provide evidence of consultation ..." (a WhatDoTheyKnow request to the
    # Equality Commission for Northern Ireland)
    # (its letter in capitals after the stop, before the item's dash or its asking word: "1.A - How many vacant council
    # homes ...", "2.A How many people do you currently have ...", a WhatDoTheyKnow request to Wyre Council; not "1.A
    # list of domestic properties", the item's first word)
    r"(?:\.(?P<dotsub>[a-z])(?![a-z])[.)]?"
    r"|\.(?P<dotcap>[A-Z])(?:[ \t]+[-–](?=[ \t]))?(?=[ \t]+(?:How|What|Which|When|Where|Who|Why|Do|Does|Did|Is|Are"
    r"|Was|Were|Has|Have|Can|Could|Will|Would|Please)\b)"
    r"|\.\)|\)\.|[.)]| \)(?=[ \t])"
    # (or a list's bullet glyph glued after the number: "1• The total volume of Automatic Number Plate Recognition
    # (ANPR) entries ..." over "2• The total volume of ANPR entries annually received from Transport for London", the
    # Metropolitan Police Service's disclosure log)
    r"|[•·▪](?=[ \t])"
    # (no mark on the first of two numbers an answer shares, the mark after the second: "1 & 3. / The firearms will
    # not be broken down by type and we shall rely on the following exemptions." under "2." in Northumbria Police's
    # log)
    r"|(?=[ \t]*(?:&|and)[ \t]*\d{1,3}[.)](?:[ \t]|$))"
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
    # "1 b) Any risk assessments, issue logs, ..." under "1a) Any internal or external documentation ..." (the Scottish
    # Ambulance Service's published request): a space between the number and its bracketed letter
    r"|(?=[ \t][a-z]\)[ \t])"
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
    # "Q2 (A) – In relation to Q1, please provide the breakdown ..." over "Q2 (B) – ..." (a request on East
    # Hertfordshire District Council's log): a capital in brackets, a dash after it, is 2A
    r")(?:\s*\((?P<inner>[a-z]|[A-H]|[ivx]{1,4})\)(?:\.(?=[ \t])|[ \t]+[\u2013-](?=[ \t]))?"
    r"|[ \t]+(?P<bare_inner>[a-z]|[ivx]{2,4})\.?\)(?=[ \t])"
    r"|[ \t]+(?P<again_num>\d{1,3})(?P<again>[a-z])[.)](?=[ \t])"
    # "2) 1) I would like to request all internal correspondence ..." (the Electoral Commission quoting a request
    # whose second item kept the mark of the list it was copied from), "1. 1. How much funding was provided ...?"
    # (Staffordshire University's log): the inner mark is not part of the words
    r"|[ \t]+\d{1,3}[.)](?=[ \t]+[A-Z]))?"
    # (glued to the word "A" or "I" too: "1.A list of domestic properties ...", East Cambridgeshire's log)
    # (and a slash before a word in lower case, glued or not: "1/ copies of minutes of any meetings ...", "3/dates
    # agreed for any further meetings", a WhatDoTheyKnow request to the Department of Agriculture, Environment and
    # Rural Affairs)
    # (after a stop too, where the item asks: "3.How many were attended by officers / 4.how many led to an arrest?",
    # Northumbria Police's disclosure log; not a figure's decimals)
    r"(?:[ \t]+(?P<text>\S.*)|(?<=[.)\-–/])(?P<glued>(?:[A-Z][a-z]|[AI] [a-z]).*|(?<=[)/])[a-z]{2,}.*"
    r"|(?<=\.)[a-z]{2,}.*\?[ \t]*))?$"
)
# "a.What percentage goes towards ...?" (a space lost in conversion) is sub-question a; "a - How many incidents of
# fly-tipping were reported?" (a WhatDoTheyKnow request numbered "1 - ", "2 - ", "3" / "a - ") is too.
_SUB_RE = re.compile(
    # "ii.) For each of the above years, ..." (a WhatDoTheyKnow request to Walsall Council, under "Q. 1. i.) ...")
    # The last of a list joined on with "and": "(c) after 20wd, / and (d) any still awaiting response." (a
    # WhatDoTheyKnow request to Tower Hamlets Borough Council)
    r"^[*_ \"]*(?:(?:and|or)[ \t]+(?=\())?"
    # A bullet before the bracketed letter: "- (a) How much will it cost your force to deliver the above 1% pay rise
    # ...? / - (b) How does the force intend on funding this pay increase?" (the Cleveland Police and Crime
    # Commissioner's log)
    r"(?:[-\u2022][ \t]+(?=\([a-z]\)))?"
    # The reply restating a lettered question under its label: "Question b.- Do you use the NHS-shared O365 tenant? /
    # Answer: ..." (Transport for London's published request, the request's items "a.-" to "g.-")
    r"(?:Question[ \t]+(?=[a-z](?:\.?\)|\.[-\u2013]?|:)[ \t]))?"
    # "a: Total number of visitors you received" (a WhatDoTheyKnow request to Royal Museums Greenwich)
    # "i/ Those events attended in the past ..." under "6. The Commissioner and Deputy's past, and future, diaries
    # ie. :" (a WhatDoTheyKnow request to the Cambridgeshire Police and Crime Commissioner)
    # "a.- Which Microsoft O365 do you use eg E3,E5?" (a request on Transport for London's published page)
    # (a stop after the bracket: "(i). Copies of all correspondence with KCC and DfT regarding the funding ..." over
    # "(ii). Copy of application for funding ...", a WhatDoTheyKnow request to Kent County Council)
    r"(?:\((?P<a>[a-z]|[ivx]{1,4})\)\.?|(?P<b>[a-z]|[ivx]{1,4})(?:\.?\)|\.[-–]?|[:/](?=[ \t])|[ \t][-–](?=[ \t]))"
    # Roman numerals in capitals, a stop inside the brackets: "(I.)Keith Brown, MSP ... / (II.) Michael Matheson, MSP
    # ..." (a WhatDoTheyKnow request to Falkirk Council, each item the correspondence of one MSP)
    r"|\((?P<roman>[IVX]{1,4})\.\))"
    # "a)A copy of the scientific papers ..." (a Scottish Information Commissioner decision flattened to text); and
    # after a bracket before a word in lower case, as a number's: "i)converting single sex toilets to mixed sex toilets,
    # and / ii)discipline problems relating to use of pupil toilets." (a WhatDoTheyKnow request sent to many schools)
    r"(?:[ \t]+|(?=[A-Z][a-z]|A [a-z])|(?<=\))(?=[a-z]{2,}))(?P<text>\S.*)$"
)
# Roman numerals in capitals with a stop, main items of a request with no numbers, taken only as a run from "I." with
# "II." below it: "I. How many looked after children under 18 was the authority responsible for ...? / II. How many of
# these were accommodated in residential facilities within the authority? / ... / Response: / I. 293 / II. 0" (Thurrock
# Council's published response). Its groups are _SUB_RE's, "a" and "b" never matching.
_CAPITAL_ROMAN_ITEM_RE = re.compile(r"^[*_ \"]*(?P<a>(?!))?(?P<b>(?!))?(?P<roman>[IVX]{1,4})\.[ \t]+(?P<text>\S.*)$")


def _second_capital_roman_follows(lines: list[Line], i: int) -> bool:
    """Whether "II." opens one of the few lines after line ``i - 1``, with no numbered item between."""
    for line in lines[i : i + 6]:
        roman = _CAPITAL_ROMAN_ITEM_RE.match(line.text)
        if roman is not None:
            return roman.group("roman") == "II"
        if _MAIN_RE.match(line.text):
            return False
    return False


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
    r"[ \t]+(?:response|reply)[ \t]*[:\-–][*_ ]*$)\s*(?::[ \t]*[-–][*_ ]*|[:.\-–][*_ ]*|$)"
    # "A.1 33x TomTom Pro 9150 Truck." and "A.5.a All RDS staff use Datanet Alerters" under "Q.1 ...", "Q.5.a ..."
    # (Northumberland Fire and Rescue Service's log)
    r"|A\.\s?\d{1,3}(?:\.?[a-z])?[ \t]+)",
    re.I,
)
# "A)" opening the answer under every numbered question, no "B)" anywhere: "1. Who provides your Friends & Family
# Test, or is it done in-house? / A) Healthcare Communications / 2. Do you use a real time reporting tool? / A) Yes"
# (East Lancashire Hospitals NHS Trust's disclosure log). A section heading "A." is there once, over a "B." (Bedford
# Borough Council's "A. Temporary accommodation"); only the whole text tells the two apart.
_A_LINE_RE = re.compile(r"^[*_ ]*A[.):][ \t]+(?=\S)", re.M)
_B_LINE_RE = re.compile(r"^[*_ ]*B[.):][ \t]+\S", re.M)


def _answer_lettered_a(ctx: Context, line_text: str) -> re.Match[str] | None:
    """The "A)" (or "A." or "A:") opening ``line_text`` if the text opens two lines or more so and none with "B":
    each one labels the answer under a question, not a section or a first part."""
    label = _A_LINE_RE.match(line_text)
    if label is None:
        return None
    if "answers lettered a" not in ctx.memo:
        opened_by_a = _A_LINE_RE.finditer(ctx.text)
        twice = next(opened_by_a, None) is not None and next(opened_by_a, None) is not None
        ctx.memo["answers lettered a"] = twice and _B_LINE_RE.search(ctx.text) is None
    return label if ctx.memo["answers lettered a"] else None


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
# The reply asking what the request's words mean, the words listed by the request's own marks below: "would you please
# clarify the following terms. / (e) "harm" / (g) "investigations", do you mean seriou" (the Northern Health and Social
# Care Trust on WhatDoTheyKnow): no answers to (e) and (g).
CLARIFY_THE_FOLLOWING_RE = re.compile(
    r"\bclarify the following (?:terms?|words?|points?|questions?|items?|parts?)[ \t]*[.:]?[ \t]*$", re.I
)
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
    r"|\bmust (?:disclose|provide|release|send)(?: to the \w+)? the following\b[^\n]*:[ \t]*$"
    # "The Museum is ordered to take the following steps by no later than 42 days from the date this decision is sent to
    # the Museum by the tribunal: / (i) Disclose the information identified in part B of the closed Annex." (the
    # First-tier Tribunal on the British Museum)
    r"|\b(?:is|are) (?:ordered|required|directed) to take the following steps\b[^\n]*:[ \t]*$",
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
# The section's name wrapped onto the line that ends in the Act, no colon after: "Section 30 (Investigations and
# proceedings conducted by / public authorities) of the Act states / (3) The duty to confirm or deny does not arise
# ..." (Cheshire Constabulary's refusal notice).
_THE_ACT_STATES_RE = re.compile(
    r"[^\n]*\bof the (?:Act|Regulations) (?:provides|states|says|reads)(?: that| as follows)?[ \t]*$", re.I
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
    # (or "who-": "Schedule 1, Part V, Section 64 of the Freedom of Information Act which applies to:- Any person who- /
    # (a) By virtue of any enactment has the function of nominating individuals ...", the Port of Dover Police's letter)
    r"|[^\n]*\b(?:which|that|who)-\s*$"
    # or the Act's definition: "(2)For the purposes of this Act, information is held by a public authority if— / (a)it
    # is held by the authority ..." (section 3(2), quoted in a request Supply Chain Coordination Limited published)
    r"|[^\n]*\bfor the purposes of (?:this|the) (?:Act|Regulations)\b[^\n]*-\s*$"
    # or a definition the reply quotes from where the Act sets it out: "The definition of personal data is set out in
    # provision 3 of the Data Protection Act 2018 as follows:- / 1. "Personal data" means any information relating to
    # an identified or identifiable living individual" (Lambeth's data hub page answering a request)
    r"|[^\n]*\b(?:set out|defined) in (?:section|provision|regulation|article|s\.?) ?\d{1,3}\b[^\n]{0,60}"
    r"\bas follows:-?\s*$"
    # or an exemption's words, its conditions listed under the dash: "Section 36(2) -Information to which this section
    # applies is exempt information if, in the reasonable opinion of a qualified person, disclosure of the information
    # under this Act- / (b)would, or would be likely to, inhibit- / (i)the free and frank provision of advice, or"
    # (the Department for Communities and Local Government's letter extending the time)
    r"|[^\n]*\b(?:is exempt information|under this Act|would be likely to,? (?:inhibit|prejudice))\b[^\n]*-\s*$"
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
# GOV.UK's "FOI release" pages number their sections ("1. Request" over the request's own list "1. Whether ...", "2.
# Response" over "2.1 Use of Reinforced Autoclaved Aerated Concrete"; the Security Industry Authority), and so does an
# internal review's report ("1. Summary", "1. The Request", "1. Issue in dispute", North Lincolnshire Council's, each
# "1." as its Markdown printed it): headings, not questions; after the request's, the reply's.
_DIGITS_RE = re.compile(r"\d+")
_JOINING_WORD_RE = re.compile(r"[ \t]*(?:of|for|in|on|to|and|or|with|from|by|at|about|between|within|per)[ \t]")
_NUMBERED_SECTION_RE = re.compile(
    rf"^[*_# ]*\d{{1,2}}[.)]?[ \t]+{_CASE_IN_A_HEADING}"
    r"(?:(?P<asked>(?:the |your )?requests?(?: for information)?|information requested)"
    # "1. Summary of your request" over the requester's name and what was sought (Hampshire County Council's notice
    # of determination)
    r"|(?:our |the )?(?:response|responses|answers?|reply|decision|outcome)|summary(?: of (?:your|the) request)?"
    r"|background|introduction"
    r"|(?:the )?complaint|issues? in dispute|findings|conclusions?"
    # "1. Remit / I am undertaking this review ..." over "2. Request for information" and "3. Request for review" (a
    # Scottish university's internal review report)
    r"|remit|recommendations?|(?:the |your )?(?:requests? for (?:an? )?(?:internal )?review|review requests?)"
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
    for pattern in (
        *headings,
        _MAIN_RE,
        _SUB_RE,
        _CAPITAL_ITEM_RE,
        _CAPITAL_ROMAN_ITEM_RE,
        _LONE_CAPITAL_RE,
        _BULLET_RE,
    ):
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
        or m.group("dotcap")
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
    r"(?:information|clarification|details|questions)\b[^\n]*$"
    # Or its request for advice should the cost limit apply, run on after the last question in the same paragraph:
    # "5. Is the council aware that any cladding materials have been sold ...? If it is not possible to provide the
    # information requested due to the information exceeding the cost of compliance limits identified in Section 12,
    # please provide advice and assistance, under your Section 16 obligations ..." (a request on Guildford Borough
    # Council's log)
    r"|(?<=[?.!])[ \t]+if (?:it is not possible|you are unable|you cannot) to (?:provide|comply|answer)\b"
    r"[^\n]*?\b(?:section 12|cost|appropriate limit)\b[^\n]*$",
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


# A part of such a list's item, its letter glued to the number: "2 Is the Finance/ERP system delivered through a shared
# service? / 2a If yes, who is the shared service provider?" (a request on Moray Council's log).
_SPACED_PART_RE = re.compile(r"^[ \t]*(?P<main>\d{1,2})(?P<part>[a-z])[ \t]+(?=[A-Z])")


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


# A part lettered inside a question's sentence: "..., b) the trust's agency cap in 2023-24, and c) ..." (its first part
# may go unlettered, the sentence's opening words).
_PART_NAMED_INLINE_RE = re.compile(r"(?:^|(?<=[\s,;]))\(?([a-h])\)[ \t]+\S")


def _parts_named_inline(question: str) -> set[str]:
    """The letters of the parts a question's own sentence names ("a" too where it names "b"), if it names two."""
    marks = {m.group(1) for m in _PART_NAMED_INLINE_RE.finditer(question)}
    if "b" in marks:
        marks.add("a")
    return marks if len(marks) >= 2 else set()


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


def _numbered_request_line(layout: Layout, line: Line, requester_messages: bool) -> bool:
    """A numbered line that ends in a question mark, in the requester's own message or on a page whose request has no
    message of its own (``requester_messages`` false): "3.  Was the Information Commissioner's Office was consulted?" in
    Moray Council's published request, above its answers by number (read as the commissioner's boilerplate, the list
    broke there and the answers "3. No" and "4. Users were informed ..." took the questions' places)."""
    return (
        line.text.rstrip().endswith("?")
        and (layout.by_requester(line.start) or not requester_messages)
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


def _closest_restated(found: list[_Asked], parent: str | None, words: str, default: int) -> int:
    """The index of the question under ``parent`` that ``words`` print again, the closest in words of those that
    match (_asked_again), whatever its number; ``default`` where none does."""
    scores = [
        (fuzz.ratio(asked.text, words, processor=default_process), k)
        for k, asked in enumerate(found)
        if asked.parent == parent
    ]
    matching = [(score, k) for score, k in scores if score >= _REPEATED_IN_REPLY]  # _asked_again's test, in a reply
    return max(matching)[1] if matching else default


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


# The words after a question mark going on to ask: "2) By species; how many animals were bred for research purposes by
# AFBI in 2011? In the case of rodents, please list by genetic strain ..." (a WhatDoTheyKnow request to the Agri-Food
# and Biosciences Institute); not an answer's "Yes. Please see the attached".
_ASKS_FURTHER_RE = re.compile(
    r"\bplease (?!see\b|find\b|note\b|refer\b|contact\b|be\b|visit\b|click\b|follow\b|go\b|use\b)[a-z]+", re.I
)
