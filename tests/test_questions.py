"""Table-driven: a snippet of a request or reply -> its questions (number, text), their parents, and the answers
attached to each question (directorate, referral, not held, withheld).

Written from the specification (issue 3 and ../shared/corpus/LABELLING.md), not from the implementation. The
snippets are invented but follow layouts seen in real replies. Conventions, from LABELLING.md "questions":
``number`` is as printed without punctuation (``Q2`` -> ``2``, ``(b)`` -> ``b``); ``text`` is one line, without
the number, without trailing answer text; a list that appears twice (request quoted, then repeated with the
answers) is listed once; unnumbered bullet questions are ``•1``, ``•2``...; a single paragraph with no list
gives ``[]``.
"""

from __future__ import annotations

from typing import Any

import pytest

from foiparse import parse_text


def A(
    directorate: str | None = None,
    *,
    label: str | None = None,
    contains: str | None = None,
    referral: str | None = None,
    link: str | None = None,
    not_held: bool = False,
    withheld: bool = False,
    exemptions: tuple[str, ...] = (),
) -> dict[str, Any]:
    """An expected answer. ``directorate`` is the normalised kind (None: the answer has no directorate heading);
    ``label`` a fragment of the label as printed; ``contains`` a fragment of the answer text; ``referral`` a
    fragment of the referral target (None: not a referral)."""
    return {
        "directorate": directorate,
        "label": label,
        "contains": contains,
        "referral": referral,
        "link": link,
        "not_held": not_held,
        "withheld": withheld,
        "exemptions": list(exemptions),
    }


def case(
    snippet: str,
    questions: list[tuple[str, str]],
    *,
    answers: dict[str, list[dict[str, Any]]] | None = None,
    parents: dict[str, str | None] | None = None,
    id: str,
) -> Any:
    return pytest.param(snippet, questions, answers, parents, id=id)


# Hastings Borough Council's log: seven items numbered "1-" to "7-", the longest making the others look hard-wrapped
DASH_NUMBERED_ITEMS = (
    "1- The total number of CCTV cameras installed by Hastings Borough Council\n2- The locations of the CCTV "
    "cameras installed by Hastings Borough Council\n3- The total cost of the installation of CCTV cameras "
    "installed by Hastings Borough Council\n4- The manufacturer PDF documentation of all the types of CCTV "
    "camera installed by Hastings Borough Council.\n5- Plans for future expansion of CCTV in the area.\n6- Any "
    "relevant information regarding CCTV in Hastings, public meetings, Acts of Parliament etc.\n7- Details of "
    "any contracts with third parties involving CCTV in Hastings.\n"
)
DASH_NUMBERED_QUESTIONS = [
    ("1", "The total number of CCTV cameras installed by Hastings Borough Council"),
    ("2", "The locations of the CCTV cameras installed by Hastings Borough Council"),
    ("3", "The total cost of the installation of CCTV cameras installed by Hastings Borough Council"),
    ("4", "The manufacturer PDF documentation of all the types of CCTV camera installed by Hastings Borough Council."),
    ("5", "Plans for future expansion of CCTV in the area."),
    ("6", "Any relevant information regarding CCTV in Hastings, public meetings, Acts of Parliament etc."),
    ("7", "Details of any contracts with third parties involving CCTV in Hastings."),
]


CASES = [
    case(
        # the University of East Anglia's log restating the request: a question asked on under the second, no number
        "FOI_25-138 Academic misconduct\nDate of response: 09 May 2025\nWe have now considered your request of 01 May "
        "2025 for the following information:\nQuestion 1. How many recorded cases of misconduct have there been?\n"
        "Question 2. Of those cases, how many led to disciplinary action?\nHow many were not proven?\nQuestion 3. Has "
        "the university noticed a spike in cases since 2022?\nOur response:\nWe regret that it is not possible to "
        "provide the requested information.\n",
        [
            ("1", "How many recorded cases of misconduct have there been?"),
            ("2", "Of those cases, how many led to disciplinary action? How many were not proven?"),
            ("3", "Has the university noticed a spike in cases since 2022?"),
        ],
        id="a-question-asked-on-under-a-numbered-one",
    ),
    case(
        # Cheshire Fire and Rescue Service's log: the request's lettered list, then each item again word for word, no
        # question mark ending it, its answer on the line below
        "FOI Request 2100\nI am writing to ask about the implementation of the 4 planned weekday appliances with the "
        "possibility for them to roam.\nA. Is there a time scale for these to be introduced\nB. What vehicles are to be "
        "allocated to them\nC. Will they continue to use the existing callsigns given to them whilst they have been "
        "crewed oncall staff (E05P2, E19P2, E25P2 & E27P2)\nA. Is there a time scale for these to be introduced\nThe new "
        "arrangements for weekday crewing fire engines went live on 6th January 2025. This was extensively consulted on "
        "as part of our Community Risk Management Plan 2024-2028.\nB. What vehicles are to be allocated to them\nThe "
        "four weekday fire engines will be our standard Scania Water Ladder appliances.\nC. Will they continue to use "
        "the existing callsigns given to them whilst they have been crewed oncall staff (E05P2, E19P2, E25P2 & E27P2)\n"
        "Firstly, I can confirm that Northby Fire and Rescue Service do hold the information relating to your "
        "request.\n",
        [
            ("A", "Is there a time scale for these to be introduced"),
            ("B", "What vehicles are to be allocated to them"),
            (
                "C",
                "Will they continue to use the existing callsigns given to them whilst they have been crewed oncall "
                "staff (E05P2, E19P2, E25P2 & E27P2)",
            ),
        ],
        answers={"A": [A(contains="went live")], "B": [A(contains="Scania")], "C": [A(contains="do hold")]},
        id="lettered-items-repeated-without-question-marks-above-their-answers",
    ),
    case(
        # the same with numbers, the lines short enough that the line under the repeat reads as its continuation
        "FOI Request 2100\nI am writing to ask about the appliances.\n1. Is there a time scale for these to be "
        "introduced\n2. What vehicles are to be allocated to them\n1. Is there a time scale for these to be "
        "introduced\nThe new arrangements went live on 6th January 2025.\n2. What vehicles are to be allocated to "
        "them\nThe four engines will be our standard Scania appliances.\n",
        [("1", "Is there a time scale for these to be introduced"), ("2", "What vehicles are to be allocated to them")],
        answers={"1": [A(contains="went live")], "2": [A(contains="Scania")]},
        id="numbered-items-repeated-without-question-marks-above-their-answers",
    ),
    case(
        # Guildford Borough Council's published release: the request restated in two parts, each answered in turn, the
        # second part's introduction in the requester's voice above its first question
        "FOI release\n\nSocial Housing statistics\n\nSee below.\n\n  1. What is the process for procuring social "
        "housing?\n\nThis is principally undertaken by Registered Providers.\n\nAdditionally, I would like to request "
        "information on the homes your council owns. Specifically, I would like to know:\n\n  2. What is the average age "
        "of these homes?\n\n64 years and 3 months\n",
        [("1", "What is the process for procuring social housing?"), ("2", "What is the average age of these homes?")],
        answers={"1": [A(contains="Registered Providers")], "2": [A(contains="64 years")]},
        id="a-later-part-introduced-in-the-requesters-voice-under-the-answer-before",
    ),
    case(
        # Guildford Borough Council's published release: a Word list saved as a web page prints every item "1.", each
        # answered below it, after a later part's introduction
        "FOI release\n\nSee below.\n\n  1. What is the process for procuring social housing?\n\nThis is principally "
        "undertaken by Registered Providers.\n\nAdditionally, I would like to request information on the homes your "
        "council owns. Specifically, I would like to know:\n\n  1. What is the average age of these homes?\n\n64 years "
        "and 3 months\n\n  1. How much does your council spend annually on maintaining these homes?\n\nThis "
        "information is publicly available on the government website.\n",
        [
            ("1", "What is the process for procuring social housing?"),
            ("1", "What is the average age of these homes?"),
            ("1", "How much does your council spend annually on maintaining these homes?"),
        ],
        id="a-list-printed-all-1-each-item-answered-below-it",
    ),
    case(
        # Southampton City Council's letter: the request told under "Your request was:", each bullet answered under it
        "Dear Mr Ball\n\nI refer to your Freedom of Information request of 29 January 2013.\nYour request was:\nPlease "
        "answer the following questions for your adults and children's departments:\n• Who is your main contact for "
        "Commissioning Services?\n\nMatthew Waters, Commissioner\n\n• Do you currently use an IT system to support "
        "your contract management?\n\nNo, except for Supporting People.\n\n• How much does this IT system cost?\n\n"
        "£10,814.40 for Maintenance.\n",
        [
            ("•1", "Who is your main contact for Commissioning Services?"),
            ("•2", "Do you currently use an IT system to support your contract management?"),
            ("•3", "How much does this IT system cost?"),
        ],
        answers={"•1": [A(contains="Waters")], "•2": [A(contains="Supporting People")], "•3": [A(contains="£10,814")]},
        id="bullets-each-answered-under-your-request-was",
    ),
    case(
        # Norfolk Constabulary's letter on WhatDoTheyKnow: a Word list's hollow bullets printed as the letter "o"
        "I write in connection with your request for information received by Northby Constabulary in which you sought "
        "access to the following information:\nI am researching the impact of CCTV on burglary and would like to "
        "request:\no  2020 stats on burglary and theft cases solved and proved with CCTV\no  2020 stats on burglary "
        "and theft cases not solved because of poor CCTV footage\nResponse to your Request\n",
        [
            ("•1", "2020 stats on burglary and theft cases solved and proved with CCTV"),
            ("•2", "2020 stats on burglary and theft cases not solved because of poor CCTV footage"),
        ],
        id="hollow-bullets-printed-as-the-letter-o",
    ),
    case(
        # Staffordshire University's disclosure log: Windows-1252 bullets read as UTF-8, each the replacement character
        "University Disclosure Log\n\nDate received Information asked for\n15 April 2011 Under the Freedom of "
        "Information Act, please provide me with:\n\ufffd A copy of the University\ufffds Access Agreement for "
        "2012/13; and\n\ufffd A copy of the minutes of the meeting where the fees were agreed.\nSent refusal notice\n",
        [
            ("•1", "A copy of the University\ufffds Access Agreement for 2012/13; and"),
            ("•2", "A copy of the minutes of the meeting where the fees were agreed."),
        ],
        id="bullets-read-as-the-replacement-character",
    ),
    case(
        # a Word list's glyph printed twice in an email's text (as in NHS England's reply quoted on a blog)
        "Dear Northby Trust,\n\nPlease provide the following information:\n\n  • ·         Your strategic plan for "
        "2024\n  • ·         The minutes of the board's meetings on it\n\nYours faithfully,\n\nA Doe\n",
        [("•1", "Your strategic plan for 2024"), ("•2", "The minutes of the board's meetings on it")],
        id="a-bullet-glyph-printed-twice",
    ),
    case(
        # a request about ICT contracts sent to many bodies (Hastings Borough Council's disclosure log): a short list
        # of what it is about, a list of examples, then the list that asks, each item under its label
        "FOI request (FOIR-467737865)\nContact Center\nRequested Fri 25 November 2022\nI wish to submit to the "
        "organisation a freedom of information request relating to the organisation's ICT contracts, specifically "
        "around:\n1. contact centre contract(s)\n2. inbound network services contract(s)\nThe first part of my request "
        "relates to contact centre service contracts which could relate to one of the following:\n1. Advanced call "
        "distribution to control the flow of calls\n2. Email, website live chat and integrations with social media\n"
        "Please send me the following information for each provider:\n1. Incumbent Supplier: For each of the "
        "contract(s) please can you provide me with the supplier of the contract.\n2. Annual Average Spend: For each "
        "supplier, please state the annual average (over 3 years) spend for each supplier.\n3. Contract Expiry: For "
        "each supplier, please state the date of when the contract expires.\n",
        [
            (
                "1",
                "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of "
                "the contract.",
            ),
            (
                "2",
                "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for "
                "each supplier.",
            ),
            ("3", "Contract Expiry: For each supplier, please state the date of when the contract expires."),
        ],
        id="a-scope-list-then-the-list-that-asks-under-labels",
    ),
    case(
        # ... but a short list under words that ask is the request's (a survey of children's services software)
        "Does your Local Authority have the following departments?:\n\n1. Adult Social Care Commissioning\n2. "
        "Childrens Social Care Commissioning\n\nPlease can you also tell us, specifically around:\n\n1. Is it better "
        "to pay annually or monthly?\n2. What is the preferred method of payment?\n",
        [
            ("1", "Adult Social Care Commissioning"),
            ("2", "Childrens Social Care Commissioning"),
            ("1", "Is it better to pay annually or monthly?"),
            ("2", "What is the preferred method of payment?"),
        ],
        id="a-short-list-under-a-question-then-a-list-that-asks",
    ),
    case(
        # a survey sent to every council, on East Hertfordshire District Council's disclosure log: a blank for each
        # answer after the question mark
        "FOI Disclosure Log\n\nCustomer Request Details\n\n01 August 2018\n\nQuestion 1: Please state the name of the "
        "Authority? [__________]\n\nQuestion 2: Do you have any public charging points in your district? [YES or NO, "
        "If so how many?__________]\n\nQuestion 3: Have you received any funding for charging points? [YES or NO]\n\n"
        "Question 4: Are these used on a regular basis? [Please comment if known? ______________]\n\nQuestion 5: What "
        "incentives would attract more consumers? Please Comment:____________________\n\nNorthby Council Response\n",
        [
            ("1", "Please state the name of the Authority?"),
            ("2", "Do you have any public charging points in your district?"),
            ("3", "Have you received any funding for charging points?"),
            ("4", "Are these used on a regular basis?"),
            ("5", "What incentives would attract more consumers?"),
        ],
        id="a-questionnaire-blank-after-each-question",
    ),
    case(
        # a WhatDoTheyKnow request Northumbria University's letter restates: after the question mark the request says
        # how the answer should come, on the same line and the next
        "Dear Mr Pani,\nThe response to your request is as follows:\n1)  What is the total amount that the university "
        "received in funds for research, industrial\nconsultancy fees and/or funded researches from government, NGO or "
        "private\ncompanies in the last five financial years (from 2013 till 2017)? The information\nshould be broken "
        "down by company name, year per year, in a CSV format, if possible.\n\nPlease see attachment, Tab 1.\n\n2) Can "
        "you provide a list of your investment funds?\n\nInformation not held.\n",
        [
            (
                "1",
                "What is the total amount that the university received in funds for research, industrial consultancy "
                "fees and/or funded researches from government, NGO or private companies in the last five financial "
                "years (from 2013 till 2017)? The information should be broken down by company name, year per year, "
                "in a CSV format, if possible.",
            ),
            ("2", "Can you provide a list of your investment funds?"),
        ],
        answers={"1": [A(contains="Please see attachment")], "2": [A(contains="not held", not_held=True)]},
        id="after-the-question-mark-how-the-information-should-be-broken-down",
    ),
    case(
        # Moray Council's log: the reply's heading carries its date, the answers by number below it
        "Request 101000146000\n\nI would like to know the following under the FOI Act:\n\n1. How many electric car "
        "charging points are you responsible for?\n\n2. How many times has each point been used in the past 12 months?"
        "\n\nResponse 07-05-2013\n\n1. 5 twin head points\n\n2. This information is not held.\n",
        [
            ("1", "How many electric car charging points are you responsible for?"),
            ("2", "How many times has each point been used in the past 12 months?"),
        ],
        answers={"1": [A(contains="5 twin head points")], "2": [A(contains="not held", not_held=True)]},
        id="a-response-heading-with-its-date-over-answers-by-number",
    ),
    case(
        # "Q1," with a comma after the number (a request the Ministry of Defence restated)
        "Dear Sir,\n\nPlease provide:\n\nQ1, How many staff are employed in the unit?\n\nQ2, What was the budget for "
        "2023?\n\nYours faithfully,\nA Smith\n",
        [("1", "How many staff are employed in the unit?"), ("2", "What was the budget for 2023?")],
        id="q-number-then-a-comma",
    ),
    case(
        # a WhatDoTheyKnow request to the Care Quality Commission: the requester's remark between two items asks
        # nothing and is no part of the first; a paragraph that asks on still is
        "Dear Care Quality Commission,\n\n1. Can you please provide updated compliance figures for 2020-21?\n\nI can "
        "see there are some published figures but these show open requests at the point the response was issued.\n\n2."
        " Please also provide the same figures for 2021-22.\n\nPlease include the number answered late.\n\n3. Please "
        "disclose the decision on publication.\n\nYours faithfully,\n\nW Clark\n",
        [
            ("1", "Can you please provide updated compliance figures for 2020-21?"),
            ("2", "Please also provide the same figures for 2021-22. Please include the number answered late."),
            ("3", "Please disclose the decision on publication."),
        ],
        id="a-remark-between-two-items-asks-nothing",
    ),
    case(
        # a WhatDoTheyKnow request to King's College Hospital NHS Foundation Trust: the flow's bare "if No" under the
        # last question asks nothing on
        "Dear King's College Hospital NHS Foundation Trust,\n\nQ3 Has the trust applied for 2019/20 NHSi funding to "
        "fully implement ePMA?\n\nif No\n\nQ4 Does the trust intend to apply for 2020/21 NHSi funding to fully "
        "implement ePMA?\n\nif No\n\nIf the trust does not intend to apply, Does the trust intend to implement ePMA "
        "via some other funded route. and if so by when?\n\nYours faithfully,\n\nMark Simmons\n",
        [
            ("3", "Has the trust applied for 2019/20 NHSi funding to fully implement ePMA?"),
            ("4", "Does the trust intend to apply for 2020/21 NHSi funding to fully implement ePMA?"),
        ],
        id="a-bare-if-no-under-the-last-question-asks-nothing-on",
    ),
    case(
        # North Lanarkshire Licensing Board on WhatDoTheyKnow: no record would give the last figure, the page cut there
        "Dear North Lanarkshire Licensing Board,\n\n(1) Total number of private hire driver licences for each year.\n\n"
        "(2) Number of licences granted where the applicant's address is outwith the council area.\n\nYours "
        "faithfully,\n\nA Smith\n\nDear Sir/Madam\n\nMy response to your questions 1-2 is as follows:-\n\n(1) The "
        "number of private hire driver licences in force is as follows:-\n\n2012/2013 \u2013 925\n\n(2) I regret to "
        "advise you that there is no data set that easily enables u",
        [
            ("1", "Total number of private hire driver licences for each year."),
            ("2", "Number of licences granted where the applicant's address is outwith the council area."),
        ],
        answers={"2": [A(contains="no data set", not_held=True)]},
        id="no-data-set-that-would-give-the-figure",
    ),
    case(
        # Barnet Homes' reply: a year's figure given as none among the others
        "Dear Ms Wardle,\nYou have asked for the following information; please see our responses below in blue:\n"
        "Q1. How many households were placed outside of your local authority area?\n426 households\nQ2. How many "
        "were placed outside your area in each of the following financial years?\n- 2017/2018- No data available\n- "
        "2018/2019 \u2013 260\n",
        [
            ("1", "How many households were placed outside of your local authority area?"),
            ("2", "How many were placed outside your area in each of the following financial years?"),
        ],
        answers={"1": [A(contains="426 households")], "2": [A(contains="No data available", not_held=True)]},
        id="a-years-figure-given-as-no-data-available",
    ),
    case(
        # a trust's disclosure log as table rows, the words in the first cell: "Question Number 1:" over "Answer To
        # Question 1:" (Salisbury NHS Foundation Trust)
        "Internal Reference Number: FOI_1234\nDate Request Received: 05/05/2026 00:00:00\n| Question Number 1: Please "
        "provide the total spend on agency nurses, broken down by agency name | |\n| Answer To Question 1: Please see "
        "attached file. We do not report by agency name. | |\n| Question Number 2: Please confirm the budget for agency "
        "nurses. | |\n| Answer To Question 2: Please see attached file. | |\n",
        [
            ("1", "Please provide the total spend on agency nurses, broken down by agency name"),
            ("2", "Please confirm the budget for agency nurses."),
        ],
        answers={
            "1": [A(contains="Please see attached file. We do not report by agency name.", not_held=True)],
            "2": [A(contains="Please see attached file.")],
        },
        id="question-number-and-answer-to-question-in-table-rows",
    ),
    case(
        # a request restated on a police force's log: the question defines what it asks about, a line each under
        # "By refused I mean:", and the lines are its own, not an answer (Northumbria Police)
        "You asked:\n\n1. Between 2019 and 2022 how many FOI requests has the force refused (separate figures "
        "please)? By refused I mean:\nIt would cost too much to deal with the request.\nThe request is vexatious.\n"
        "An exemption applies.\n\n2. What is this as a percentage of all requests?\n\nIn response:\n\nWe have now "
        "had the opportunity to fully consider your request and I provide a response for your attention.\n",
        [
            (
                "1",
                "Between 2019 and 2022 how many FOI requests has the force refused (separate figures please)? By "
                "refused I mean: It would cost too much to deal with the request. The request is vexatious. An "
                "exemption applies.",
            ),
            ("2", "What is this as a percentage of all requests?"),
        ],
        answers={"1": [], "2": []},
        id="a-question-defines-its-term-a-line-each",
    ),
    case(
        # a request HM Inspectorate of Constabulary in Scotland restates: the requester's notes in brackets under two
        # of the questions answer nothing; a short bracketed answer still does
        "Dear Mr Roulston\n\nThank you for your request under FOISA for the following information:\n\n(1) Does the "
        "HMICS have any statutory role in such investigations?\n\n(2) Does the HMICS have any advisory role in such "
        "investigations?\n\n(Investigations includes the unknown number of complaints made in the 2012/13 period)"
        "\n\n(3) How many complaints were made in 2012?\n\n(nil)\n",
        [
            ("1", "Does the HMICS have any statutory role in such investigations?"),
            ("2", "Does the HMICS have any advisory role in such investigations?"),
            ("3", "How many complaints were made in 2012?"),
        ],
        answers={"2": [], "3": [A(contains="(nil)")]},
        id="a-bracketed-note-under-a-question-answers-nothing",
    ),
    case(
        # the London Borough of Barking and Dagenham on WhatDoTheyKnow: each answer in brackets under its question, the
        # second in the council's words saying it holds nothing
        "Dear Sam Urquhart\nI have contacted the Service Manager for Street Management who has\nprovided me with the "
        "following information in response to your enquiry.\n1. The amount spent by the council on Christmas "
        "decorations in public\nspaces between 2007 and 2009.\n(\u00a345,000 per annum)\n2. Any documentation "
        "produced by the council during that period in order\nto guide the purchasers of illuminated decorations.\n"
        "(The Council does not have any produced documentation)\nI hope that I have been able to provide you with "
        "the information.\n",
        [
            ("1", "The amount spent by the council on Christmas decorations in public spaces between 2007 and 2009."),
            (
                "2",
                "Any documentation produced by the council during that period in order to guide the purchasers of "
                "illuminated decorations.",
            ),
        ],
        answers={
            "1": [A(contains="45,000")],
            "2": [A(contains="does not have any produced documentation", not_held=True)],
        },
        id="a-bracketed-answer-saying-nothing-is-held",
    ),
    case(
        # a batch request to 169 authorities on WhatDoTheyKnow (Lancashire Teaching Hospitals NHS Foundation Trust): one
        # subject under the colon, then the requester's note and a format asked for, no list
        "Dear Lancashire Teaching Hospitals NHS Foundation Trust,\n\nI am writing to request under the freedom of "
        "information act any/all copies of administrative correspondence, letters and/or any other documentation "
        "including minutes of meetings etc that mention or relate to:\n\nHIV / AIDS or Hepatitis, AND, Haemophilia / "
        "Haemophiliacs during the period January 1st 1988 \u2013 December 31st 1991.\n\nPlease note that I am NOT "
        "requesting patient medical records which would obviously be exempt, but administrative correspondence.\n\n"
        "Please supply material preferably in PDF format though any format will suffice if this is easier.\n\n"
        "Yours faithfully,\n\nJJ Evans\n",
        [],
        id="one-subject-under-the-colon-then-a-note-is-no-list",
    ),
    case(
        # a WhatDoTheyKnow request to University Hospitals Coventry and Warwickshire: under its last question, the
        # indicator's description it quotes, a bullet under a line "including:" that asks nothing
        "Dear University Hospitals Coventry and Warwickshire,\n\nI request electronic copies of the following "
        "information.\n\n1. The 2019/2020 annual self-assessment submitted via the Quality Surveillance Programme."
        "\n\n2. The operational policy that supported this positive declaration.\n\nIn order to reduce the scope of "
        "this part of the request, l include part of the indicator description that highlights my main interest:\n\n"
        "Descriptor:\nThe AC should agree with the relevant service providers network wide patient pathways for:\n\n"
        "Peripheral Arterial Disease including:\n- The management of acute limb ischaemia.\n\n",
        [
            ("1", "The 2019/2020 annual self-assessment submitted via the Quality Surveillance Programme."),
            ("2", "The operational policy that supported this positive declaration."),
        ],
        id="a-bullet-under-a-line-including-examples-is-no-question",
    ),
    case(
        # Supply Chain Coordination Limited's published reply restating a request that quotes section 3(2) of the Act,
        # its own subsection number on the line that opens the quote's lettered list
        "Reference: SCCL-FOI-2024/25-027 Date: 10 June 2024\n\nThank you for your FOI request received by the FOI "
        "office for the following information:\n\nI now request that you supply me with a copy of SCC\u2019s most "
        "recent Microsoft Licensing Statement (MLS).\n\nPlease see information from the Information Commissioner\u2019s"
        " Office website below.\n\n(2)For the purposes of this Act, information is held by a public authority if\u2014 "
        "\n\n(a)it is held by the authority, otherwise than on behalf of another person, or \n\n(b)it is held by "
        "another person on behalf of the authority. \n\nFurthermore, SCC has a legal right to call for this under "
        "the terms of its contract.\n",
        [],
        id="the-acts-definition-quoted-with-its-subsection-number",
    ),
    case(
        # a WhatDoTheyKnow request to Cheshire and Wirral Partnership NHS Foundation Trust: the second numbered item,
        # below a blank, asks for the categories under it; it is question 2, not an introduction joined to question 1
        "Dear Cheshire and Wirral Partnership NHS Foundation Trust,\n\nPlease can you provide:\n\n(1) The number of "
        "new detentions under Section 2 of the Mental Health Act 1983 from 1 January 2018 to 31 December 2020.\n\n"
        "(2) A breakdown of these above monthly figures by age and gender. If possible, please use the following "
        "categories:\n-For Age: \u2018Under-18\u2019 / \u201818-25\u2019 / \u201826-35\u2019\n-For Gender: \u2018Male"
        "\u2019 / \u2018Female\u2019\n\nYours faithfully,\n\nCharlotte Threipland\n",
        [
            (
                "1",
                "The number of new detentions under Section 2 of the Mental Health Act 1983 from 1 January 2018 to 31 "
                "December 2020.",
            ),
            (
                "2",
                "A breakdown of these above monthly figures by age and gender. If possible, please use the following "
                "categories:",
            ),
            ("\u20221", "For Age: \u2018Under-18\u2019 / \u201818-25\u2019 / \u201826-35\u2019"),
            ("\u20222", "For Gender: \u2018Male\u2019 / \u2018Female\u2019"),
        ],
        id="the-next-numbered-item-below-a-blank-asking-for-a-list-is-its-own",
    ),
    case(
        # a WhatDoTheyKnow request to Brighton and Sussex University Hospitals NHS Trust: "the following" asked for in a
        # sentence ending in a stop, a blank, three plain lines, then a line about them
        "Dear Brighton and Sussex University Hospitals NHS Trust,\n\nI request a copy of the following relating to "
        "the provision of the new car park ticket machines at the Princess Royal Hospital, Haywards Heath.\n\n"
        "Correspondence.\nMiinutes of meetings.\nConsultations held .\nThis information to cover the period from "
        "January 2014 to the present date in 2018.\n\nYours faithfully,\n\nMike Mundy\n",
        [("\u20221", "Correspondence."), ("\u20222", "Miinutes of meetings."), ("\u20223", "Consultations held .")],
        id="plain-lines-under-a-sentence-asking-for-the-following",
    ),
    case(
        # an NHS foundation trust's reply (a WhatDoTheyKnow attachment): each part headed "Part N" alone on its line,
        # the question below it, then the answer
        "Part 1 \nwhat appointment booking and appointment reminder service system(s) The Trust uses.\nThe Trust "
        "uses a Partial Booking Service which includes appointment reminders.\nPart 2 \nPlease tell me what system "
        "is used to facilitate Bank Staffing requirements.\nThe Trust uses Allocate HealthRoster.\n",
        [
            ("1", "what appointment booking and appointment reminder service system(s) The Trust uses."),
            ("2", "Please tell me what system is used to facilitate Bank Staffing requirements."),
        ],
        id="parts-headed-part-n-on-a-line-of-their-own",
    ),
    case(
        # a reply's words about a part of the request are no part's heading
        "Dear Mr Smith\n\nYou asked:\n\n1. How many staff work in the FOI team?\n\n2. What is the team's budget?\n\n"
        "Part 1 of your request: the team has 4 staff.\nPart 2 of your request is refused under section 43(2).\n",
        [("1", "How many staff work in the FOI team?"), ("2", "What is the team's budget?")],
        id="part-n-of-your-request-is-no-heading",
    ),
    case(
        # an acknowledgement's condition under the request it restates (after Northumbria Healthcare NHS Foundation
        # Trust's letter): nothing is withheld by it
        "Dear Mr Smith\n\nYou asked:\n\n1. How many agency theatre staff did you employ in 2014-15?\n\nYour response "
        "should be sent to you within the statutory timescale of 20 working days as governed by the Act, subject to "
        "the information not meeting exemption criteria.\n",
        [("1", "How many agency theatre staff did you employ in 2014-15?")],
        answers={"1": [A(contains="not meeting exemption criteria")]},
        id="an-answer-conditional-on-not-meeting-exemption-criteria-withholds-nothing",
    ),
    case(
        # the Tamar Bridge and Torpoint Ferry Joint Committee's letter as the Celtic League published it: each
        # question restated in brackets above its answer, the page cut inside the fourth
        "Dear Mr Tal-e-bot\nTamar Bridge Toll Increases and Signs\nI respond to your request for information using "
        "your numbering as follows:\n(1. How many complaints have the Joint Committee received since the increases in "
        "toll were announced last year?)\nSubsequent to the announcement, 40 email comments were received.\n(2. Is "
        "any member of staff in receipt of an annual bonus?)\nNo\n(3. Has the",
        [
            (
                "1",
                "How many complaints have the Joint Committee received since the increases in toll were announced "
                "last year?",
            ),
            ("2", "Is any member of staff in receipt of an annual bonus?"),
            ("3", "Has the"),
        ],
        answers={"1": [A(contains="40 email comments")], "2": [A(contains="No")]},
        id="questions-restated-in-brackets-above-their-answers",
    ),
    case(
        # a WhatDoTheyKnow request to the Defence Vetting Agency: greeting no one, asking at once, three questions
        "DV clearance\n\nTo whom it may concern,\n\nHow many serving military personnel have had their DV clearance "
        "revoked in the past 5 years?\n\nHow many serving military personnel have been subjected to a non-routine "
        "review of their DV clearance?\n\nHow many have retained their DV clearance\n\nYours faithfully,\n\nColin "
        "Fishwick\n",
        [
            ("\u20221", "How many serving military personnel have had their DV clearance revoked in the past 5 years?"),
            (
                "\u20222",
                "How many serving military personnel have been subjected to a non-routine review of their DV "
                "clearance?",
            ),
            ("\u20223", "How many have retained their DV clearance"),
        ],
        id="greeting-no-one-then-questions-at-once",
    ),
    case(
        # a WhatDoTheyKnow request to the University of Bristol: lettered parts under the first of two bullets
        "Dear Northby University,\n\nIn relation to the arena, please provide all available information held, "
        "including:\n- dates of any meetings at which the arena has been discussed, together with associated "
        "information including:\n(a) the location of the meeting;\n(b) the identity of all persons in attendance;\n"
        "- copies of all emails and attachments associated with the arena.\n\nThank you for your assistance with "
        "this matter.\n\nYours faithfully,\n\nS Thomas\n",
        [
            (
                "\u20221",
                "dates of any meetings at which the arena has been discussed, together with associated information "
                "including:",
            ),
            ("a", "the location of the meeting;"),
            ("b", "the identity of all persons in attendance;"),
            ("\u20222", "copies of all emails and attachments associated with the arena."),
        ],
        parents={"a": "\u20221", "b": "\u20221", "\u20222": None},
        id="lettered-parts-under-the-first-of-two-bullets",
    ),
    case(
        # lettered parts under one bullet alone: not this shape, the parts stay as they are
        "Dear Northby University,\n\nPlease provide:\n- the dates of any meetings about the arena, including:\n(a) "
        "the location of the meeting;\n(b) the identity of all persons in attendance;\n\nYours faithfully,\n\nS "
        "Thomas\n",
        [("a", "the location of the meeting;"), ("b", "the identity of all persons in attendance;")],
        id="lettered-parts-under-one-bullet-alone",
    ),
    case(
        # a WhatDoTheyKnow request to the Royal Bolton Hospital NHS Foundation Trust: a lone bullet asks, then a list
        "Dear Northby Hospital NHS Foundation Trust,\n\nI would like to make some requests under the FOI Act.\n\n"
        "\u2022 Please could you state whether your trust will be uploading data to the Summary Care Record this year.\n\n"
        "If not, then please so state so and ignore the rest of this request.\n\nHowever, if you are planning to "
        "upload data to the SCR then I would be grateful for the following information:\n\n\u2022 Please could you state "
        "the date that you intend to commence uploading of data.\n\n\u2022 Please could you specify which departments "
        "will be uploading data.\n\nYours sincerely,\nNeil Bhatia\n",
        [
            (
                "\u20221",
                "Please could you state whether your trust will be uploading data to the Summary Care Record this "
                "year.",
            ),
            ("\u20222", "Please could you state the date that you intend to commence uploading of data."),
            ("\u20223", "Please could you specify which departments will be uploading data."),
        ],
        id="a-lone-bullet-that-asks-above-a-bulleted-list",
    ),
    case(
        # a lone bullet that asks nothing stays out
        "Dear Northby Council,\n\n\u2022 Background: the car park closed in 2019.\n\nI would be grateful for the "
        "following information:\n\n\u2022 Please state the income for 2019.\n\n\u2022 Please state the income for "
        "2020.\n\nYours faithfully,\nA Smith\n",
        [
            ("\u20221", "Please state the income for 2019."),
            ("\u20222", "Please state the income for 2020."),
        ],
        id="a-lone-bullet-that-asks-nothing-above-a-bulleted-list",
    ),
    case(
        # a WhatDoTheyKnow request to the Royal Berkshire NHS Foundation Trust: the list goes on after a condition and a
        # second introduction, then after a paragraph with a bullet that asks of itself
        "Dear Northby Hospital NHS Foundation Trust,\n\nI am interested in the Connected Care database:\n\n"
        "\u2022 Please could you tell me whether you already upload data to the CC database?\n\n"
        "\u2022 If not, do you plan to commence feeds into it before 31st March 2017?\n\n"
        "If the answer to both of the above is no, then please consider my request closed.\n\n"
        "However, if you are uploading, then please can you provide me with the following:\n\n"
        "\u2022 Any and all fair processing information made available to patients\n\n"
        "\u2022 Any and all policies on the implementation of CC feeds\n\n"
        "I am aware of the opt-out arrangements available at GP surgeries.\n\n"
        "\u2022 Please could you tell me the process available to patients to express dissent to you.\n\n"
        "Yours faithfully,\nNeil Bhatia\n",
        [
            ("\u20221", "Please could you tell me whether you already upload data to the CC database?"),
            ("\u20222", "If not, do you plan to commence feeds into it before 31st March 2017?"),
            ("\u20223", "Any and all fair processing information made available to patients"),
            ("\u20224", "Any and all policies on the implementation of CC feeds"),
            ("\u20225", "Please could you tell me the process available to patients to express dissent to you."),
        ],
        id="a-bulleted-request-going-on-after-a-condition-and-a-paragraph",
    ),
    case(
        # the request's list ends where more prose than a condition and an introduction follows it
        "Dear Northby Council,\n\nPlease provide the following:\n\n\u2022 The income for 2019\n\n"
        "\u2022 The income for 2020\n\nI ask because the car park closed.\n\nIt had been open since 1990.\n\n"
        "Its owners were the council.\n\nThe site is now a field.\n\n\u2022 Please could you send the lease.\n\n"
        "Yours faithfully,\nA Smith\n",
        [("\u20221", "The income for 2019"), ("\u20222", "The income for 2020")],
        id="a-bullet-four-paragraphs-after-the-request-list-is-not-the-lists",
    ),
    case(
        # a WhatDoTheyKnow request to the Royal Free London NHS Foundation Trust: each bullet asks of itself, under an
        # introduction ending in a stop; the commissioner one bullet names is what is asked about
        "Dear Northby Hospital NHS Foundation Trust,\nI would like to make a request under the FOI Act.\n"
        "I would be very grateful for the following information relating to this agreement.\n"
        "\u2022 Please could you provide me with a copy of this data-sharing agreement\n"
        "\u2022 Please could you provide me with all communication that the Trust has had with the Information "
        "Commissioner's Office (ICO) regarding this agreement\n"
        "\u2022 Please could you kindly provide me with the fair processing information\n",
        [
            ("\u20221", "Please could you provide me with a copy of this data-sharing agreement"),
            (
                "\u20222",
                "Please could you provide me with all communication that the Trust has had with the Information "
                "Commissioner's Office (ICO) regarding this agreement",
            ),
            ("\u20223", "Please could you kindly provide me with the fair processing information"),
        ],
        id="bullets-that-each-ask-one-naming-the-commissioner",
    ),
    case(
        # NHS North of England Commissioning Support Unit's letter: each question quoted whole, the answer below under
        # the body's initials
        "Dear Ms Panton\n\nPlease find the information you requested as follows;\n\n1) Is the NCSU still monitoring "
        "cold calling of patients? In general and, more specifically, the company Pharmacy Initiative Ltd.\n\n"
        "NCSU reply: NCSU is not currently monitoring any such companies.\n\n2) What action, if any, was taken by "
        "NCSU?\n\nNCSU reply: We have not taken any actions.\n",
        [
            (
                "1",
                "Is the NCSU still monitoring cold calling of patients? In general and, more specifically, the company "
                "Pharmacy Initiative Ltd.",
            ),
            ("2", "What action, if any, was taken by NCSU?"),
        ],
        answers={
            "1": [A(contains="not currently monitoring")],
            "2": [A(contains="not taken any actions")],
        },
        id="words-after-the-question-mark-are-the-questions-when-a-labelled-answer-follows",
    ),
    case(
        # Shaftesbury Town Council's page on making a request: advice on how to ask is no request
        "Freedom of Information\n\nHow to make a FoI request: Please write to the Town Council.\n\nPlease try to be as "
        "specific as possible when requesting information, following the Information Commissioners Guidelines:\n\n"
        "*  You can ask for any information you think a public authority may hold.\n*  You should identify the "
        "information you want as clearly as possible.\n*  Your request can be in the form of a question.\n",
        [],
        id="negative-advice-on-how-to-ask-under-the-commissioners-guidelines",
    ),
    case(
        # a WhatDoTheyKnow request to Tameside Metropolitan Borough Council: unmarked lines under "the below
        # questions", the reply numbering them as it restates them, the page cut at its second
        "Schools Catering Contracts\nDear Northby Metropolitan Borough Council,\nI am looking to understand more and "
        "retain answers to the below questions.\nIs there an SLA been awarded for catering in schools?\nWho is the "
        "most recent catering contractor?\nHow many schools does the contract include?\nWhen was the current caterer "
        "first appointed?\nI look forward to your response.\nYours faithfully,\nS Smith\nDear Mr S Smith,\n"
        "Freedom of Information Request\nUnique Reference No: FOI 7752\nThank you for your email received 9 July "
        "2018. I understand your request to be as follows:\n1. Is there an SLA been awarded for catering in schools?"
        "\n2. Who is the most recent catering",
        [
            ("\u20221", "Is there an SLA been awarded for catering in schools?"),
            ("\u20222", "Who is the most recent catering contractor?"),
            ("\u20223", "How many schools does the contract include?"),
            ("\u20224", "When was the current caterer first appointed?"),
        ],
        id="unmarked-request-lines-over-a-reply-numbering-fewer-of-them",
    ),
    case(
        # Lothian Buses' refusal under FOISA, quoting the section it applies
        "Dear Mr Smith,\nThis letter constitutes a formal refusal under the Freedom Of Information (Scotland) Act.\n"
        "The Act provides exemptions for various classes of information. For information, here is the text of "
        "Section 12 (1)\n12 Excessive cost of compliance\n(1) Section 1(1) does not oblige a Scottish public "
        "authority to comply with a request for information if the authority estimates that the cost of complying "
        "would exceed such amount as may be prescribed.\nYours sincerely,\nA Lee\n",
        [],
        id="the-text-of-a-section-announced-without-a-colon",
    ),
    case(
        # a WhatDoTheyKnow request to Birmingham Children's Hospital NHS Foundation Trust: capital-lettered parts
        "Dear Northby Hospital NHS Foundation Trust,\n\nThis is a Freedom of Information request for the following "
        "information. Please provide me with;\n1. A list of the hospitals and related buildings in your trust that "
        "contain asbestos. Please include the following\nA. Building name\nB. Address\nC. Type and degree of asbestos "
        "present\n2. The date and outcome of the last independent audit.\n3. The details of any reported incidents "
        "of asbestos exposure.\n\nYours faithfully,\nC Hughes\n",
        [
            (
                "1",
                "A list of the hospitals and related buildings in your trust that contain asbestos. Please include "
                "the following",
            ),
            ("A", "Building name"),
            ("B", "Address"),
            ("C", "Type and degree of asbestos present"),
            ("2", "The date and outcome of the last independent audit."),
            ("3", "The details of any reported incidents of asbestos exposure."),
        ],
        parents={"A": "1", "B": "1", "C": "1"},
        id="capital-lettered-parts-of-a-numbered-question",
    ),
    case(
        # Western Power Distribution's internal review under the EIR: the review's numbered sections are no questions
        "Dear Mr Jane,\nEnvironmental Information Request - Internal Review\nThank you for your request, which was "
        "received on 11 January 2021, for an internal review of the way in which we handled your recent information "
        "request.\n1. Scope and purpose of this review\nYour original information request and your request for an "
        "internal review were both expressed as being made pursuant to the Freedom of Information Act 2000.\n",
        [],
        id="an-internal-reviews-numbered-scope-heading",
    ),
    case(
        # Edinburgh Trams Ltd's reply under FOISA: the numbered points are the reply's, the request one paragraph
        "Dear Mr Lander,\nThank you for your request for information by e-mail on 4th March 2024 to which you state, "
        "I request the following information.\nCould you please give a list of the trams in your fleet by number "
        "alongside how many days each tram has spent in service.\nI have now processed and considered your original "
        "request under the terms of the Freedom of Information (Scotland) Act 2002 and can comment as follows.\n"
        "1. Northby Trams has a fleet of 27 Trams, with fleet numbers ranging from 251 to 277 as listed out below.\n"
        "2. To facilitate your request for the second part of the request I myself have undertaken a review of "
        "information available to which is summarised below.\n",
        [],
        id="a-replys-numbered-points-after-can-comment-as-follows",
    ),
    case(
        # A WhatDoTheyKnow request to Homerton University Hospital NHS Foundation Trust: each item a heading, its body a
        # blank line below, introducing its lettered parts
        "Dear Northby Hospital NHS Foundation Trust,\n\n1. Losses and special payments\n\nPlease provide a copy of "
        "your losses and special payments register for the year 2016-17. I would expect this information to include:"
        "\n\na) Category of loss or special payment\nb) A summary of the loss\n\n2. Bad debts\n\na) Please state how "
        "much bad debt was written off in the year 2016-17.\n\nYours faithfully,\n\nJo Bloggs\n",
        [
            (
                "1",
                "Losses and special payments Please provide a copy of your losses and special payments register for "
                "the year 2016-17. I would expect this information to include:",
            ),
            ("a", "Category of loss or special payment"),
            ("b", "A summary of the loss"),
            ("2", "Bad debts"),
            ("a", "Please state how much bad debt was written off in the year 2016-17."),
        ],
        id="a-heading-item-its-body-a-blank-line-below",
    ),
    case(
        # A WhatDoTheyKnow request to Dacorum Borough Council: a long item's quotation wraps onto the next line in
        # capitals
        'Dear Dacorum Borough Council,\n\nPlease send me a copies of:\n\n1. The "Leisure Review" referred to at '
        'Item 17 on the agenda for the Cabinet meeting on Tuesday 13 December 2016 - "LEISURE REVIEW - REVIEW OF THE '
        "COUNCIL'S APPROACH TO MANAGING\nLEISURE SERVICES\"\n\n2. Pages 179-190 of the Reports Pack for the Cabinet "
        "meeting on Tuesday 13 December 2016.\n\nYours faithfully,\n\nJohn Smith\n",
        [
            (
                "1",
                'The "Leisure Review" referred to at Item 17 on the agenda for the Cabinet meeting on Tuesday 13 '
                'December 2016 - "LEISURE REVIEW - REVIEW OF THE COUNCIL\'S APPROACH TO MANAGING LEISURE SERVICES"',
            ),
            ("2", "Pages 179-190 of the Reports Pack for the Cabinet meeting on Tuesday 13 December 2016."),
        ],
        id="a-quotation-in-an-item-wrapped-onto-the-next-line",
    ),
    case(
        # Gravesham Borough Council's letter: each question a dash line over its answer, one answer with a dashed list of
        # its own, the last question cut by the page
        "Dear Mr. Parmenter\nFreedom of Information Request 1154\nI refer to your recent request for information under "
        "the Freedom of Information Act 2000. I have made enquiries of officers of the Financial Services department "
        "and their responses are shown below in the order of your questions.\n- Between 2001/2 and 2010/11 the "
        "licensing budget went up by 39304.00 pounds (164%) what was the reason for this increase?\nPlease see the "
        "break down of costs in question 9.\n- In 5 out of the last 10 years the council made a profit what happened "
        "to the profit and where was it spent?\nThe licensing function credit or debit forms part of the General "
        "Revenue working balances.\nThis authority has utilised the following approach:\n- Using the Best Value "
        "Accounting Code of Practice (BVACOP) to define costs.\n- Use of recharges - these are the cost of services "
        "that licensing receives.\nDefinition of year on year costs is generally not possible.\n- In 2002/3 the "
        "budget went up by 47%, why was a 47% increase needed?\nThe majority of the increase is due to recharges.\n"
        "- The budget in 2004/5 went up by 42%, why was a 42% increase needed and what was it u",
        [
            (
                "•1",
                "Between 2001/2 and 2010/11 the licensing budget went up by 39304.00 pounds (164%) what was the "
                "reason for this increase?",
            ),
            (
                "•2",
                "In 5 out of the last 10 years the council made a profit what happened to the profit and where was "
                "it spent?",
            ),
            ("•3", "In 2002/3 the budget went up by 47%, why was a 47% increase needed?"),
            ("•4", "The budget in 2004/5 went up by 42%, why was a 42% increase needed and what was it u"),
        ],
        answers={"•2": [A(contains="Use of recharges")], "•3": [A(contains="due to recharges")], "•4": []},
        id="dashed-questions-each-answered-an-answer-with-a-dashed-list",
    ),
    case(
        # Southampton City Council's letter restating the request point by point: two questions left blank, the page
        # cut in the last
        "Dear Mr Ball\n\nInformation Request\n\nYour request was:\nPlease answer the following questions for your "
        "adults and children's departments:\n\u2022 Who is your main contact for Commissioning Services?\n\nMatthew "
        "Waters, Commissioner for Supporting People\n\n\u2022 Do you currently use an IT system to support your "
        "contract management?\n\nNo, except for Supporting People.\n\n\u2022 Do you provide brokerage services for "
        "self/part funders?\n\n\n\u2022 Do you use/plan to use micro-procurement/commissioning?\n\nWe do not use "
        "this currently.\n\n\u2022 Do private brokers operate in your area?\n\n\n\u2022 How do you currently procure "
        "your services, please provide information of the ",
        [
            ("\u20221", "Who is your main contact for Commissioning Services?"),
            ("\u20222", "Do you currently use an IT system to support your contract management?"),
            ("\u20223", "Do you provide brokerage services for self/part funders?"),
            ("\u20224", "Do you use/plan to use micro-procurement/commissioning?"),
            ("\u20225", "Do private brokers operate in your area?"),
            ("\u20226", "How do you currently procure your services, please provide information of the"),
        ],
        answers={"\u20223": [], "\u20224": [A(contains="We do not use")], "\u20225": []},
        id="bulleted-questions-each-answered-two-left-blank",
    ),
    case(
        # A round-robin request to Malvern Hills District Council on WhatDoTheyKnow: one line asks, then asks again
        # without the mark
        "Dear Malvern Hills District Council,\n\nPlease send me:\n\nWho provides the body cameras used by your "
        "organisation?\nHow many staff members use body cameras and what teams do they work in? Are they staff or "
        "contractors (for e.g. outsourced security personnel)\nHow many body cameras in all are currently owned?\n"
        "Who is the point of contact for your body camera programme?\n\nYours faithfully,\n\nJo Bloggs\n",
        [
            ("•1", "Who provides the body cameras used by your organisation?"),
            (
                "•2",
                "How many staff members use body cameras and what teams do they work in? Are they staff or "
                "contractors (for e.g. outsourced security personnel)",
            ),
            ("•3", "How many body cameras in all are currently owned?"),
            ("•4", "Who is the point of contact for your body camera programme?"),
        ],
        id="question-line-asking-again-without-the-mark",
    ),
    case(
        # A WhatDoTheyKnow request to Hull City Council: questions each a paragraph, one with a second line asking
        "Dear Hull City Council,\nAre any meetings excluded and why?\n\nHow long after the meeting are recordings "
        "available?\n\nWhen was recording last benchmarked and or debated by your council?\nCould you please include "
        "copies/links to all relevant papers.\n\nWhat are the ongoing costs to provide the service you provide?\n\n"
        "Yours faithfully,\n\nGeoff Pickering\n",
        [
            ("•1", "Are any meetings excluded and why?"),
            ("•2", "How long after the meeting are recordings available?"),
            (
                "•3",
                "When was recording last benchmarked and or debated by your council? Could you please include "
                "copies/links to all relevant papers.",
            ),
            ("•4", "What are the ongoing costs to provide the service you provide?"),
        ],
        id="question-paragraphs-one-asking-on-two-lines",
    ),
    case(
        # Lines asking with no blank line between them are a list of lines, each its own question
        "Dear Hull City Council,\nAre any meetings excluded and why?\nHow long after the meeting are recordings "
        "available?\nWhen was recording last benchmarked?\nCould you please include copies of the papers?\n\n"
        "Yours faithfully,\n\nGeoff Pickering\n",
        [
            ("•1", "Are any meetings excluded and why?"),
            ("•2", "How long after the meeting are recordings available?"),
            ("•3", "When was recording last benchmarked?"),
            ("•4", "Could you please include copies of the papers?"),
        ],
        id="question-lines-with-no-paragraphs-each-their-own",
    ),
    case(
        # The University of Sussex's letter, a PDF on WhatDoTheyKnow whose last item was cut mid-sentence: the reply's
        # first sentence on the next line is not joined to it
        "30 January 2020 \nDear Mr Taylor, \nOur ref: FOI-20-0007 \nThank you for your correspondence of 9 January 2020, "
        "in which you requested the following \ninformation from the University of Northby. \n\n1) How many new EU "
        "academic staff the university has been able to recruit over the last year \n2) How many EU academic staff "
        "have left the university over the same time period \n3) The overall number of EU academic staff currently "
        "working at Northby (this one is less \nYour request has been dealt with under the Freedom of Information Act "
        "2000 (\u201cthe Act\u201d). \nPlease find below the information you have requested. To ensure the accuracy "
        "and clarity of \nthe attached data, and so that it can be compared meaningfully year on year, please note "
        "that \nthe figures do not include tutors who are engaged in ongoing but intermittent work at the \n",
        [
            ("1", "How many new EU academic staff the university has been able to recruit over the last year"),
            ("2", "How many EU academic staff have left the university over the same time period"),
            ("3", "The overall number of EU academic staff currently working at Northby (this one is less"),
        ],
        id="the-replys-first-sentence-under-an-item-cut-mid-sentence",
    ),
    case(
        # Hastings Borough Council's disclosure log: each question a line of its own over the same numbered categories,
        # the reply repeating them with an answer on each category's line
        "FOI request (FOI212900)\nICT used in the Built Environment.\nRequested Thu 18 May 2017\nPlease provide the "
        "following information regarding your current IT Systems.\n\nWhat are the main Software Systems used by the "
        "Council for:\n1. Planning\n2. Licensing\nHow many users / licenses for each system do you have?\n1. Planning\n"
        "2. Licensing\nWho is the person responsible for your Software Systems?\nPlease provide name, title and contact "
        "information.\n1. Planning\n2. Licensing\nResponse\nWhat are the main Software Systems used by the Council "
        "for:\n1. Planning - Idox Acolaid\n2. Licensing - Northgate M3\nHow many users / licenses for each system do "
        "you have?\n1. Planning - Information not held\n2. Licensing - Unlimited\n",
        [
            ("\u20221", "What are the main Software Systems used by the Council for:"),
            ("\u20222", "How many users / licenses for each system do you have?"),
            (
                "\u20223",
                "Who is the person responsible for your Software Systems? Please provide name, title and contact "
                "information.",
            ),
        ],
        answers={
            "\u20221": [A(contains="Planning - Idox Acolaid")],
            "\u20222": [A(contains="Licensing - Unlimited", not_held=True)],
        },
        id="questions-each-over-the-same-numbered-categories",
    ),
    case(
        # The same layout, its question printed with typographic quotes: they come back as printed, as every question's do
        "FOI request (FOI212900)\nPlease provide the following information.\n\nWhat are the \u2018main\u2019 Software "
        "Systems used for:\n1. Planning\n2. Licensing\nHow many users does each system have?\n1. Planning\n2. "
        "Licensing\nWhen does each contract expire?\n1. Planning\n2. Licensing\n",
        [
            ("\u20221", "What are the \u2018main\u2019 Software Systems used for:"),
            ("\u20222", "How many users does each system have?"),
            ("\u20223", "When does each contract expire?"),
        ],
        id="questions-over-repeated-categories-keep-their-printed-quotes",
    ),
    case(
        # A WhatDoTheyKnow request to the Health and Social Care Board (Northern Ireland): questions a line each, the
        # last asking for a document in the requester's words, with a full stop, straight above the sign-off
        "Dear Northby Board,\nHow many mental health beds are there in Northern Ireland?\nHow many are in mental health "
        "wards and how many are in learning disability wards?\nHow many are currently free?\nI would also like a copy "
        "of the criteria that must be met for a person to be sectioned under a Mental Health Order.\nYours faithfully,\n"
        "Shauna Corr\n",
        [
            ("\u20221", "How many mental health beds are there in Northern Ireland?"),
            ("\u20222", "How many are in mental health wards and how many are in learning disability wards?"),
            ("\u20223", "How many are currently free?"),
            (
                "\u20224",
                "I would also like a copy of the criteria that must be met for a person to be sectioned under a Mental "
                "Health Order.",
            ),
        ],
        id="a-last-line-asking-for-a-copy-above-the-sign-off",
    ),
    case(
        # East Suffolk and North Essex NHS Foundation Trust on WhatDoTheyKnow: a request of unmarked lines, two of them
        # asking without a question mark in a row between two that ask
        "Dear Northby NHS Foundation Trust,\nUnder the FOI act i would like to request the following information.\n"
        "Please confirm the staff car park charges, that is per day or however you charge.\nPlease also advise if the "
        "charges are the same for all staff or is it broken down into a sliding scale based on staff salary/band?\nIs "
        "the carpark owned and run by your trust? How much income was generated by these charges for the last "
        "financial year 17/18. Was this money put back into the hospital.\nWhat public transport links are there "
        "within the area for your staff to access.\nI would also like to know if you offer staff a recruitment and "
        "retention bonus and at what grades / level does this relate too?\n\nYours faithfully,\n\nMrs KJ Allan\n",
        [
            ("\u20221", "Please confirm the staff car park charges, that is per day or however you charge."),
            (
                "\u20222",
                "Please also advise if the charges are the same for all staff or is it broken down into a sliding scale "
                "based on staff salary/band?",
            ),
            (
                "\u20223",
                "Is the carpark owned and run by your trust? How much income was generated by these charges for the last "
                "financial year 17/18. Was this money put back into the hospital.",
            ),
            ("\u20224", "What public transport links are there within the area for your staff to access."),
            (
                "\u20225",
                "I would also like to know if you offer staff a recruitment and retention bonus and at what grades / "
                "level does this relate too?",
            ),
        ],
        id="two-unmarked-questions-in-a-row-between-two-that-ask",
    ),
    case(
        # Tameside College on WhatDoTheyKnow: the request's dashes under "... the details of this contract. Namely;",
        # the reply numbering its answers, most of them glued to a word or two of the item.
        "Dear Tameside College,\n\nI am aware that the college uses Tenet Education Services to outsource its current "
        "procurement. I wish to enquire as to the details of this contract. Namely;\n\n- The annual value of the "
        "contract\n- The term of this contract\n- When the College expects to tender this contract\n\nYours "
        "faithfully,\n\nAaron Law\n\nNils Elgar, Tameside College\n\nDear Mr Law,\n\nThank you for your Freedom of "
        "Information Act (FOIA) request dated 25 June 2020.\n\nCollege Response\n\n1) Annual contract value: Withheld "
        "- Section 43(2)\n\n2) Contract term: 3 years\n\n3) When the College expects to tender this contract.  The "
        "next review date is February 2023\n\nYours sincerely\n",
        [
            ("\u20221", "The annual value of the contract"),
            ("\u20222", "The term of this contract"),
            ("\u20223", "When the College expects to tender this contract"),
        ],
        id="a-requests-bullets-under-namely-answered-by-number",
    ),
    case(
        # Oxfordshire County Council's refusal under EIR regulation 12(4)(b): the request quoted as two paragraphs, then
        # the council's estimate, its activities numbered.
        "Dear Mr Webb,\nThank you for your request of 21 March 2023 in which you asked for the\nfollowing information:\n"
        "21282\nCan you provide details of the community and stakeholder engagement activities.\n\nIt is the Council's "
        "estimate that to provide you with the information would absorb approximately 107 hours of staff time.\n"
        "The Council has estimated the time that it would take to deal with your request accordingly:\n1. At least 12 "
        "staff and councillors searching and sifting inboxes for\nemails and documents: records @ 10 minutes per email\n"
        "2. Redacting personal information: 20 hours\n",
        [],
        id="the-replys-estimate-numbered-under-its-introduction",
    ),
    case(
        # Oxford Health NHS Foundation Trust's reply quoting the request, on the requester's blog, cut inside its first
        # item: the words after the question mark ask again, so they are no answer run on.
        "Dear David Tuller\n\nRequest for Information: Freedom of Information Act\n\nThank you for your email of 16th "
        "April. You requested the following information and the Trust is able to provide the information below in "
        "response:\n\n  1. What is the psychosocial response group, which is credited on the cover of the pamphlet? I "
        "have searched for the term on the site and nothing comes up. How many people are members of this group, and "
        "what are their professional qualifications and/or medic",
        [
            (
                "1",
                "What is the psychosocial response group, which is credited on the cover of the pamphlet? I have "
                "searched for the term on the site and nothing comes up. How many people are members of this group, and "
                "what are their professional qualifications and/or medic",
            )
        ],
        answers={"1": []},
        id="words-after-the-question-mark-asking-again-are-no-answer",
    ),
    case(
        # Gloucestershire County Council's section 43(2) letter: the request's one item, then the exemption's tests
        # numbered from (1) again under the words that introduce them
        "Dear Mr Davies\nI am pleased to provide a response to your request for information, received on 17 \nSeptember "
        '2019. \nIn relation to the press release issued by the Council on 09.09.2019 titled "Hats \noff to Beard '
        "Construction ' building work completed at Gloucestershire \nHeritage Hub\" please can you supply: \n\n(1) A copy"
        " of any tender announcements, contract award notices, and contract \ndocuments related to building work on the "
        "Gloucestershire Heritage Hub. \nPlease include details of the contract awarded to Beard Construction, as well "
        "\nas any prior contracts. \nIf no formal documents exist, please provide any correspondence relating to \nthe "
        "award of this contract. \nYou will find some details of the Beard contract on the ProContract register here: "
        "\n\nI can confirm that the remainder of the information you have requested is held by \nGloucestershire County "
        "Council and I am pleased to enclose some of what you have \nrequested. However, by law*, I\u2019m unable to give"
        " you some of this information as it is \nexempt from disclosure under Section 43(2) of the Freedom of "
        "Information Act \n(FoIA). Disclosure would prejudice, or would be likely to prejudice, the commercial "
        "\ninterests of the Council and/or its supplier(s). In order to come within the terms of the \nexemption it must "
        "be shown that: \n(1) The information in question is \u201ccommercial or industrial\u201d; The Council is "
        "\nsatisfied that the information to which the exemption has been applied contains \ncommercial or industrial "
        "information. The requested informat",
        [
            (
                "1",
                "A copy of any tender announcements, contract award notices, and contract documents related to building "
                "work on the Gloucestershire Heritage Hub.",
            )
        ],
        id="an-exemptions-tests-numbered-under-it-must-be-shown-that",
    ),
    case(
        # A WhatDoTheyKnow request to Derbyshire Constabulary: a paragraph between two items that qualifies the first
        # by name ("this question") is the first's, though it asks nothing.
        "Dear Derbyshire Constabulary,\n\nPlease provide sight of:\n\n1. From 2018 onwards, all internal processes "
        "related to requests for legal representation in civil community protection notice cases.\n\nIf a single "
        "policy document exists, that will be sufficient to answer this question.\n\n2. All records referencing "
        "police recruits being trained in the law school building.\n\nYours faithfully,\n\nDavid Gale\n",
        [
            (
                "1",
                "From 2018 onwards, all internal processes related to requests for legal representation in civil "
                "community protection notice cases. If a single policy document exists, that will be sufficient to "
                "answer this question.",
            ),
            ("2", "All records referencing police recruits being trained in the law school building."),
        ],
        id="a-paragraph-between-items-qualifying-the-first-by-name",
    ),
    case(
        # A WhatDoTheyKnow request to Homerton Healthcare NHS Foundation Trust: the numbers spelt out, each heading the
        # paragraphs of its question.
        "Dear Homerton University Hospital NHS Foundation Trust,\n\nI would be most grateful if you could provide the "
        "information requested below.\n\nQuestion One\nDoes the Trust have an Electronic Patient Record (EPR)?\n\n"
        "If Yes:\nWho is the principle software provider?\n\nQuestion Two\nHas the trust fully implemented "
        "Electronic Prescribing Medicines Administration (ePMR)?\n\nIf no, does the trust have an anticipated "
        "timescale for full implementation?\n\nQUESTION THREE\nHas the trust implemented PSAG?\n\nYours "
        "faithfully,\n\nMark Simmons\n",
        [
            (
                "One",
                "Does the Trust have an Electronic Patient Record (EPR)? If Yes: Who is the principle software "
                "provider?",
            ),
            (
                "Two",
                "Has the trust fully implemented Electronic Prescribing Medicines Administration (ePMR)? If no, "
                "does the trust have an anticipated timescale for full implementation?",
            ),
            ("THREE", "Has the trust implemented PSAG?"),
        ],
        id="question-numbers-spelt-out",
    ),
    case(
        # Oxfordshire County Council's refusal under EIR regulation 12(4)(b): the request of one paragraph, the
        # council's estimate, then the public interest test's arguments on each side numbered under a heading with no
        # colon.
        "Dear Mr Soper,\nThank you for your request of 10 November 2022 in which you asked for the\nfollowing "
        "information:\nAcross Oxfordshire over the last 10 years can you please give me a list of all\nthe roads which "
        "have had their speed limits reduced? Please give the name\nof the road, the previous speed, the new speed, and "
        "the date that the change\nwas made.\nIt is the Council's view that to comply with your request would absorb "
        "enough of its\nstaff's time to engage regulation 12(4)(b) of the Environmental Information\nRegulations 2004. "
        "Regulation 12(4)(b) provides that a public authority is excepted\nfrom complying with a request for information "
        "if that authority considers that it would\nplace a\n‘substantial and unreasonable burden on [its] "
        "resources'.\nIt is the Council's estimate that to provide you with the information that you have\nrequested "
        "would absorb approximately 52 hours of staff time. The Council considers\nthat this represents a substantial "
        "burden and an unreasonable diversion of its\nresources from the provision of essential public services. The "
        "Council has estimated\nthe time that it would take to deal with your request accordingly:\n1. Searching through "
        "and pulling out relevant information: 156 notices of\nmaking and traffic regulation order(s) @ 20 minutes per "
        "NoMs / TROs = 52\nhours\nAs you can see, to comply with your request would impose a substantial burden on\nthe "
        "Council's resources. In reaching its decision, the Council also considered\nwhether disclosure would be in the "
        "public interest.\nArguments in favour of disclosure\n1. That there is an explicit presumption in favour of "
        "disclosure and\n2. Releasing this information may promote transparency and increase public\nawareness\nArguments"
        " against disclosure\n1. Committing a considerable amount of the Council's resources to answering\nthis request "
        "would detract from the services that it provides in other areas;\n",
        [],
        id="public-interest-arguments-numbered-under-their-headings",
    ),
    case(
        # Tendring District Council's refusal: the regulation's conditions as bullets, under a paragraph that speaks of
        # a request in an earlier sentence but whose last, with the colon, asks for nothing.
        "Dear Mr Sherman\n\nFirstly, Section 12 of the Freedom of Information Act 2000 (FOIA) provides that a public "
        "authority does not have to comply with a request for information if the cost of compliance exceeds the "
        "appropriate limit. In addition, the Fees Regulations allow for two or more requests to one public authority "
        "to be aggregated for the purposes of calculating costs if they are:\n\n  \u2022 by one person who appears to "
        "the public authority to be acting in pursuance of a campaign\n  \u2022 for the same or similar information; "
        "and\n  \u2022 the subsequent request/s is/are received by the public authority within 60 working days of the "
        "previous request.\n\nI must advise that I do consider the three recent enquiries to represent a campaign.\n",
        [],
        id="bullets-under-a-paragraph-whose-last-sentence-asks-nothing",
    ),
    case(
        # NatureScot's reply: its reasons for redacting, as dashed bullets under a sentence that speaks of the request,
        # ask nothing; the request above is one line.
        "Your Request\nCopy of the expert opinion report on common scoter that we commissioned.\nOur Response\nA copy "
        "of the report is attached. However, although we do try to provide as much information as possible in "
        "response to an information request, in this case we have had to redact out some information from the "
        "document for the following reasons:\n- We have redacted any personal data from the report.\n- We have also "
        "redacted out information relating to specific breeding sites.\n",
        [],
        id="a-replys-reasons-for-redacting-under-a-sentence-that-speaks-of-the-request",
    ),
    case(
        # A WhatDoTheyKnow request to Bridgend County Borough Council: one paragraph asking, then the years it covers
        # as bullets, which ask nothing
        "Dear Northby County Borough Council,\n\nCould you provide any data you hold regarding what direct payments "
        "are being used for?\n\nIf you require dates to extract this data could you extract it from the last five "
        "financial years as follows:\n\n\u2022 2018-2019\n\u2022 2019-2020\n\u2022 2020-2021\n\nYours faithfully,\n\n"
        "Sam Smith\n",
        [],
        id="bullets-of-years-alone-ask-nothing",
    ),
    case(
        # A WhatDoTheyKnow request to Fife Council: the dates asked about as bullets, the questions as bullets below
        "Dear Northby Council,\n\nI would be grateful if you could provide me information on the closures of the "
        "council's roads, due to adverse weather, for the following dates:\n\n- 21/11/2017\n- 06/03/2018 & "
        "07/03/2018\n- 07/08/2019\n\nSpecifically, I would appreciate if you could provide, for each of the above "
        "dates:\n- the name of the council's road(s) that closed due to adverse weather;\n- the time of the above "
        "closure(s);\n- the date and time of the re-opening of the above roads.\n\nYours faithfully,\n\nSam Smith\n",
        [
            ("\u20221", "the name of the council's road(s) that closed due to adverse weather;"),
            ("\u20222", "the time of the above closure(s);"),
            ("\u20223", "the date and time of the re-opening of the above roads."),
        ],
        id="bullets-of-dates-alone-ask-nothing-the-questions-below-them-do",
    ),
    case(
        # the Scottish Ambulance Service's log: the words after the question mark say what the question covers
        "Information Requested\n\n1.How many hours have been lost due to hospital handover delays in 2022? This would "
        "be any delay outside the hospital where a patient is unable to be transferred.\n\n2. What was the longest a "
        "patient waited in 2022?\n\nThe Service does not hold information on handover delays.\n",
        [
            (
                "1",
                "How many hours have been lost due to hospital handover delays in 2022? This would be any delay outside "
                "the hospital where a patient is unable to be transferred.",
            ),
            ("2", "What was the longest a patient waited in 2022?"),
        ],
        answers={"1": []},
        id="this-would-be-any-after-the-question-mark-still-asks",
    ),
    case(
        # Middlesex University's letter, a PDF's lines run on with no blank between: the reply's heading straight under
        # the request's last item, which has no stop, is no more of that item.
        "Dear Mr Volikas\n\nYou asked:\n\n1. The categories of content blocked or filtered\n2. Monitoring "
        "requirements you have for users, eg if you record or may record their Internet usage\nUniversity Response\n"
        "The University considers the information to be exempt.\n",
        [
            ("1", "The categories of content blocked or filtered"),
            ("2", "Monitoring requirements you have for users, eg if you record or may record their Internet usage"),
        ],
        id="the-bodys-response-heading-under-a-last-item-with-no-stop",
    ),
    case(
        # Kent County Council's letter as WhatDoTheyKnow renders the PDF, wrapped at 86: a directorate's heading with
        # "response" in lower case under a wrapped question that has no stop is no more of that question.
        "Dear Mr Williams\n \nThank you for your request for information made under the Freedom "
        "of Information Act \n(FOIA) 2000 relating to Children’s and Adult’s Social Care. Please "
        "see the response \nprovided below:\nPlease could you let me know, for each system used "
        "in the delivery of adult and \nchildren's social care:\n1. Name of system and supplier "
        "(or if built in-house)\nChildren’s Social Care response:\nLiquidlogic LCS\n\nAdult’s "
        "Social Care response:\nThis information is available on our Contract Register - Contract "
        "details (due-north.com)\n\n2. What do you use the system for (case management, finances, "
        "direct payments, \npersonal health budgets, financial assessments, document management "
        "etc)\nChildren’s Social Care response:\nAll aspects of case management for Children's "
        "Social Care, this includes uploaded \ndocuments. Finance payments (providers and direct "
        "payments) are managed through a \nlinked system called ContrOCC that is integrated with "
        "LCS.\n\nAdult’s Social Care response:\nThis information is available on our Contract "
        "Register - Contract details (due-north.com)\n\n",
        [
            ("1", "Name of system and supplier (or if built in-house)"),
            (
                "2",
                "What do you use the system for (case management, finances, direct payments, personal health "
                "budgets, financial assessments, document management etc)",
            ),
        ],
        answers={
            "2": [
                A("children", contains="All aspects of case management"),
                A("adults", contains="available on our", referral="Contract Register"),
            ]
        },
        id="a-directorates-response-heading-in-lower-case-under-a-wrapped-question",
    ),
    case(
        # The same letter as a whole, wrapped to its width: re-flowing the wrapped lines leaves the heading alone.
        "Dear Mr Volikas\nYour request for information received on 11 March 2018 has been dealt with under the "
        "provisions\nof the Freedom of Information Act 2000 (FOIA).\nYou asked:\n1. The categories of content blocked "
        "or filtered, e.g.:\n(a) Security or Malware\n(b) Content types, eg adult, alcohol etc\n2. Statistics relating "
        "to the requests blocked or filtered, eg how many site requests filtered or\nblocked per category\n3. "
        "Monitoring requirements you have for users, eg if you record or may record their Internet usage\nUniversity "
        "Response\nPlease note that the University considers the information to be exempt from disclosure under\n"
        "s31(1)(a)(b) where the release of information would, or would be likely to, prejudice the prevention\n",
        [
            ("1", "The categories of content blocked or filtered, e.g.:"),
            ("a", "Security or Malware"),
            ("b", "Content types, eg adult, alcohol etc"),
            (
                "2",
                "Statistics relating to the requests blocked or filtered, eg how many site requests filtered or blocked "
                "per category",
            ),
            ("3", "Monitoring requirements you have for users, eg if you record or may record their Internet usage"),
        ],
        id="a-wrapped-letters-response-heading-is-not-joined-to-the-last-item",
    ),
    case(
        # The Government of Jersey's published responses: each capital letter alone on its line above its question,
        # and again above its answer under "Response"; a note under a question is the request's, not the answer.
        "Request\n\nPlease can you advise on the following:\n\nA\n\nWhat procurement system do you use?\n\nB\n\n"
        "Do you publish tenders anywhere else, if so where?\n\nFor example, your website, Contracts Finder, and so "
        "on.\n\nC\n\nHow much do you pay per annum for your procurement software?\n\nResponse\n\nA\n\n"
        "The Government of Jersey has two web based portals.\n\nB\n\nTenders are not published on any other "
        "website.\n\nC\n\nThe annual cost is £12,000.\n",
        [
            ("A", "What procurement system do you use?"),
            ("B", "Do you publish tenders anywhere else, if so where?"),
            ("C", "How much do you pay per annum for your procurement software?"),
        ],
        answers={
            "A": [A(contains="two web based portals")],
            "B": [A(contains="Tenders are not published")],
            "C": [A(contains="£12,000")],
        },
        id="capital-letters-alone-above-questions-and-answers",
    ),
    case(
        # A WhatDoTheyKnow request to the Animal and Plant Health Agency, flattened into one line: the requester's
        # thanks after the last question are not the question's.
        "Dear Animal and Plant Health Agency,\nPlease can you tell me the following: 1. How many healthy overseas "
        "dogs reported on the lab form to have come from Romania (routine screen, no clinical signs reported on the lab "
        "form) have had a sample processed by yourself using at least the SAT and iELISA? 2. Of these dogs how many "
        'tested positive on the SAT, how many on the iELISA, and how many on both? Thank you"\nYours faithfully,\n'
        "Liz Ekrem\n",
        [
            (
                "1",
                "How many healthy overseas dogs reported on the lab form to have come from Romania (routine screen, no "
                "clinical signs reported on the lab form) have had a sample processed by yourself using at least the "
                "SAT and iELISA?",
            ),
            ("2", "Of these dogs how many tested positive on the SAT, how many on the iELISA, and how many on both?"),
        ],
        id="thanks-after-the-last-question-are-not-the-question",
    ),
    case(
        # The First-tier Tribunal's substituted decision notice on Buckhurst Hill Parish Council: the steps the fresh
        # response must take are no questions
        "Substituted Decision Notice\n1. Northby Parish Council (the \u201cCouncil\u201d) must make a fresh response to "
        "the following part of the request:\n\u201cAll communications with the insurance company.\u201d.\n2. Subject "
        "to paragraph 3 below, the fresh response must:\na. specify what further searches were undertaken;\nb. "
        "disclose any relevant information if it is held, or claim any relevant exemptions.\n",
        [],
        id="steps-a-fresh-response-must-take-are-no-questions",
    ),
    case(
        # The First-tier Tribunal on the British Museum: the steps a body "is ordered to take" are no questions either
        "Substituted Decision Notice:\n\n1. For the reasons set out below:\n\n1.1. The British Museum (\u2018the "
        "Museum\u2019) was entitled to rely on section 43(2) of the Freedom of Information Act (FOIA) to withhold the "
        "information identified in Part A of the closed Annex to this decision.\n\n1.2. The Museum was not entitled to "
        "rely on section 43(2) FOIA to withhold the information identified in part B of the closed Annex to this "
        "decision.\n\n2. The Museum is ordered to take "
        "the following steps by no later than 42 days from the date this decision is sent to the Museum by the "
        "tribunal:\n\n(i) Disclose the information identified in part B of the closed Annex.\n\n3. Any failure to "
        "abide by the terms of the tribunal's substituted decision notice may amount to contempt.\n",
        [],
        id="steps-a-body-is-ordered-to-take-are-no-questions",
    ),
    case(
        # Northumbria Police's disclosure log: two items glued to their numbers, one in lower case after the stop
        "You asked:\n\n1. Can you breakdown the categories of the all calls relating to drones?\n\n2. Of the calls made "
        "to the police on the subject of drones, how many calls actually turned out to be crimes being committed?\n\n"
        "3.How many were attended by officers\n\n4.how many led to an arrest?\n\n5. In total, how many calls were made "
        "to your force through 101/999 in 2017 on all subject matters?\n\nIn Response:\n\nThe data is below.\n",
        [
            ("1", "Can you breakdown the categories of the all calls relating to drones?"),
            (
                "2",
                "Of the calls made to the police on the subject of drones, how many calls actually turned out to be "
                "crimes being committed?",
            ),
            ("3", "How many were attended by officers"),
            ("4", "how many led to an arrest?"),
            ("5", "In total, how many calls were made to your force through 101/999 in 2017 on all subject matters?"),
        ],
        id="an-item-glued-to-its-number-in-lower-case-after-the-stop",
    ),
    case(
        # Medway NHS Foundation Trust's disclosure log: each question names its parts inside its sentence, and the
        # lettered lines under it answer them
        "1. Spending on agency staff (excluding bank staff) in 2023-24, b) the trust\u2019s agency cap in 2023-24, and c) "
        "the trust\u2019s agency cap for 2024-25\na) Total agency 2023/24: \u00a38,161,319.97\nb) As per NHSe cap\nc) As per "
        "NHSe cap\n2. The proportion and value of total agency spend in 2023-24 that was a) framework and b) off "
        "framework\na) 100% on framework\nb) 0% off framework\n",
        [
            (
                "1",
                "Spending on agency staff (excluding bank staff) in 2023-24, b) the trust\u2019s agency cap in 2023-24, "
                "and c) the trust\u2019s agency cap for 2024-25",
            ),
            (
                "2",
                "The proportion and value of total agency spend in 2023-24 that was a) framework and b) off framework",
            ),
        ],
        answers={"1": [A(contains="b) As per NHSe cap")], "2": [A(contains="b) 0% off framework")]},
        id="lettered-lines-under-a-question-naming-its-parts-inline-answer-them",
    ),
    case(
        # Moray Council's published request and response: a question naming the Information Commissioner is the
        # request's, not the commissioner's boilerplate, on a page with no greeting
        "FOI Request - Spydus Library Management System\n\nRequest 101003809823\n\n1.  Was legal advice was taken before "
        "deciding to implement this system?\n\n2.  Was a privacy impact assessment has been conducted?\n\n3.  Was the "
        "Information Commissioner's Office was consulted?\n\n4.  All information provided to library users about this "
        "system update.\n\nResponse 16-07-2025\n\n1. The Procurement team was fully involved.\n\n2. A Data Protection "
        "Impact Assessment was completed at the time\n\n3. No\n\n4. Users were informed of the change.\n",
        [
            ("1", "Was legal advice was taken before deciding to implement this system?"),
            ("2", "Was a privacy impact assessment has been conducted?"),
            ("3", "Was the Information Commissioner's Office was consulted?"),
            ("4", "All information provided to library users about this system update."),
        ],
        answers={"3": [A(contains="No")], "4": [A(contains="Users were informed")]},
        id="a-question-naming-the-commissioner-on-a-page-with-no-greeting",
    ),
    case(
        # a WhatDoTheyKnow request to Wyre Council: each number's letter in capitals after its stop
        "Dear FOI Officer,\nI am writing to request information under the Freedom of Information Act 2000.\n1.A - How many "
        "vacant council homes do you currently have?\n1.B - How many of these properties have been vacant for longer than "
        "3 months?\n2.A How many people do you currently have on your council housing waiting list?\n2.B How many "
        "homeless families have you received from London boroughs?\nYours faithfully,\nKwajo Tweneboa\n",
        [
            ("1A", "How many vacant council homes do you currently have?"),
            ("1B", "How many of these properties have been vacant for longer than 3 months?"),
            ("2A", "How many people do you currently have on your council housing waiting list?"),
            ("2B", "How many homeless families have you received from London boroughs?"),
        ],
        id="a-number-s-letter-in-capitals-after-its-stop",
    ),
    case(
        # University Hospitals Birmingham NHS Foundation Trust's disclosure log: a note on what the answers are for
        # between the asking line and the bullets, each bullet's answer on the line below it
        "Freedom of Information Request: 0512\nIf possible, I would like to know the following information about "
        "printing within NHS Trusts.\nThe information you provide will be aggregated with other research and the "
        "output will not be made available to any other third party.\n- Who is responsible for buying printers for the "
        "Trust?\nAll purchases go through procurement. It is not possible to name a person as this changes regularly.\n- Has the Trust bought any "
        "printers in the last 12 months?\nNo\n- What was the Trust's spend on printing last year?\n£250,000\n",
        [
            ("•1", "Who is responsible for buying printers for the Trust?"),
            ("•2", "Has the Trust bought any printers in the last 12 months?"),
            ("•3", "What was the Trust's spend on printing last year?"),
        ],
        answers={
            "•1": [A(contains="All purchases go through procurement")],
            "•2": [A(contains="No")],
            "•3": [A(contains="£250,000")],
        },
        id="bullets-each-answered-under-a-note-below-the-asking-line",
    ),
    case(
        # University Hospitals Birmingham NHS Foundation Trust's log: the page opens with its first question
        "- Will the Trust be tendering for a new PAS in the next 6-12 months?\nIt is not anticipated at this point.\n"
        "- Would it be possible for me to have a copy of the Trust's digital strategy?\nWe do not hold this "
        "information\n- How much did the Trust spend on ICT last year?\nThe ICT department had a total cost of "
        "\u00a37.0m during 2016/17. It is very difficult to provide any further breakdown.\n- What proportion of the "
        "Trust's tenders relate to ICT?\nThe proportion is now minimal as the strategic direction is to minimise "
        "cost.\n",
        [
            ("\u20221", "Will the Trust be tendering for a new PAS in the next 6-12 months?"),
            ("\u20222", "Would it be possible for me to have a copy of the Trust's digital strategy?"),
            ("\u20223", "How much did the Trust spend on ICT last year?"),
            ("\u20224", "What proportion of the Trust's tenders relate to ICT?"),
        ],
        answers={
            "\u20221": [A(contains="not anticipated")],
            "\u20222": [A(contains="We do not hold", not_held=True)],
            "\u20223": [A(contains="total cost")],
        },
        id="bullets-each-answered-opening-the-page",
    ),
    case(
        # NHS Lothian's letter: "Question 1:-" above a dashed question, "Answer:-" above its answer, each lettered part
        # under its own "Question:-", each with its own "Answer:-"
        "Dear Mr Faulkner\nI write in response to your request of 15 December 2011 for information.\nQuestion 1:-\n"
        "- I would like to know the full cost of installing the new pharmacy system?\nAnswer:-\nThe total cost was "
        "\u00a31.2million spread across 5 years.\nQuestion 2:-\n- I would also like to know if it has met any of the "
        "following aims?\nQuestion:-\na)Allow pharmacists to order electronically.\nAnswer:-\nOrders have been "
        "electronic since 2010.\nQuestion:-\nb)Reduce the stock held on wards.\nAnswer:-\nWard stock fell by a "
        "third.\nYours sincerely\n",
        [
            ("1", "I would like to know the full cost of installing the new pharmacy system?"),
            ("2", "I would also like to know if it has met any of the following aims?"),
            ("a", "Allow pharmacists to order electronically."),
            ("b", "Reduce the stock held on wards."),
        ],
        answers={
            "1": [A(contains="The total cost")],
            "2": [],
            "a": [A(contains="Orders have been electronic")],
            "b": [A(contains="Ward stock fell")],
        },
        id="question-labels-with-a-colon-and-dash-over-dashed-questions",
    ),
    case(
        # Thurrock Council's disclosure log: answers numbered like the questions, then a stray "7." in the reply
        "Freedom of information response\n\nCommunity Transport\n\n1. Do you provide a community transport service?\n"
        "2. When does the contract come up for renewal?\n3. What is the annual spend on the service?\n\n\n"
        "1. The service is provided in house.\n\n2. As above\n\n3. Refusal S43 (please see below)\n\n\n"
        "4. Vehicles for the service are leased through\n\nWith regards to Question 3, the council are of the view that "
        "release would prejudice its commercial interests.\n",
        [
            ("1", "Do you provide a community transport service?"),
            ("2", "When does the contract come up for renewal?"),
            ("3", "What is the annual spend on the service?"),
        ],
        answers={"3": [A(contains="Refusal S43", withheld=True, exemptions=("FOIA 43",))]},
        id="a-number-after-the-last-question-among-answers-numbered-like-them",
    ),
    case(
        # Herefordshire and Worcestershire Health and Care NHS Trust's published response: a second list numbered from 1
        # under a heading naming its questions, no colon after it
        "Freedom of Information - HACW-2801\n\nFOI request:\n\nIntranet Questions\n\n  1. How many staff do you "
        "employ?\n  2. What is your current intranet solution?\n\nWebsite / Accessibility Questions\n\n  1. What "
        "software are you using for your website?\n  2. When did you last conduct an accessibility audit?\n\n"
        "Trust response:\n\nIntranet Questions\n\n  1. 4,000\n",
        [
            ("1", "How many staff do you employ?"),
            ("2", "What is your current intranet solution?"),
            ("1", "What software are you using for your website?"),
            ("2", "When did you last conduct an accessibility audit?"),
        ],
        id="a-second-list-under-a-heading-naming-its-questions",
    ),
    case(
        # NHS Cheshire CCG's letter as a PDF's text, wrapped at about 90 characters: a part cut on "by" goes on below
        "Dear Ms Carter, \nThank you for your information request indicated in bold below, which has now been \n"
        "considered  under  the  Freedom  of  Information  Act  2000  by  NHS  Cheshire  Clinical \nCommissioning "
        "Group (CCG). I am able to provide you with the following information \nand responses.  \nPlease note from "
        "1st April 2020, NHS Eastern Cheshire CCG, NHS South Cheshire \nCCG,  NHS  Vale  Royal  CCG  and  NHS  West  "
        "Cheshire  CCG  merged  to  form  NHS \nCheshire CCG. \nYou asked:  \n\n1) Has the CCG commissioned a "
        "service to scan paper patient records? \na) If so, who is the supplier? \nb) If not outsourced, is it "
        "managed internally by \nCCG/practice staff? \n\nOur response: \n1a - b) The CCG has contracted "
        "a supplier to scan the records.\n",
        [
            ("1", "Has the CCG commissioned a service to scan paper patient records?"),
            ("a", "If so, who is the supplier?"),
            ("b", "If not outsourced, is it managed internally by CCG/practice staff?"),
        ],
        id="a-part-cut-on-a-joining-word-in-a-text-wrapped-wider",
    ),
    case(
        # Public Health Wales's disclosure log: "Information provided for the answer:" heads the answers by number
        "FOI - 988 Printing\n\n\nInformation Requested:\n\nI wish to obtain the following documents:\n1.      Print "
        "Strategy- The plan for printing services.\n2.      Print contract- The current contract for printers.\n\n\n"
        "Information provided for the answer:\n\nThank you for your request dated 3rd August 2022.\n1.    The print "
        "strategy is attached.\n\n2.    The contract is attached.\n",
        [
            ("1", "Print Strategy- The plan for printing services."),
            ("2", "Print contract- The current contract for printers."),
        ],
        answers={"1": [A(contains="The print strategy is attached.")], "2": [A(contains="The contract is attached.")]},
        id="information-provided-for-the-answer-heads-the-answers-by-number",
    ),
    case(
        # the Metropolitan Police Service's disclosure log: dashed bullets, lettered parts under two of them, the reply
        # straight below with no blank line
        "Freedom of information request reference no: 01.FOI.24.031234\nI note you seek access to the following "
        "information:\n- How many drones does your police force own?\n- Who procures your drones?\n- In percentage "
        "terms, approximately how much of your drone spend was:\na. One-off costs (e.g. purchase): ...%\nb. Recurring "
        "fees: ...%\n- How has your spend changed over the past 3 years?\na. Why?\n- Please list your current "
        "drone suppliers.\nNote that the total should match Q3.\nDecision\nI have today decided to disclose the "
        "requested information.\n",
        [
            ("\u20221", "How many drones does your police force own?"),
            ("\u20222", "Who procures your drones?"),
            ("\u20223", "In percentage terms, approximately how much of your drone spend was:"),
            ("a", "One-off costs (e.g. purchase): ...%"),
            ("b", "Recurring fees: ...%"),
            ("\u20224", "How has your spend changed over the past 3 years?"),
            ("a", "Why?"),
            ("\u20225", "Please list your current drone suppliers."),
        ],
        parents={"b": "\u20223", "a": "\u20224"},  # ("a": the last of that letter, the fourth bullet's part)
        id="bullets-above-the-one-with-lettered-parts-and-a-part-lettered-again",
    ),
    case(
        # West Yorkshire Police's disclosure log: the reply answers parts a and b, then restates part c over its answer
        "FOI reference\nFOI 1790001/23\n\nQ1) How many vans does your force own?\n\nWest Yorkshire Police own 40 "
        "vans.\n\nQ2) How much did your force spend in 2022 on:\na) tyres\nb) fuel cards\n\nWest Yorkshire Police "
        "spent \u00a312,000 on tyres in 2022. Fuel cards are included in these costs.\n\nc) car washes\n\nWe do "
        "not hold this information.\n",
        [
            ("1", "How many vans does your force own?"),
            ("2", "How much did your force spend in 2022 on:"),
            ("a", "tyres"),
            ("b", "fuel cards"),
            ("c", "car washes"),
        ],
        parents={"c": "2"},
        id="a-question-s-next-part-restated-under-the-answer-to-the-parts-above",
    ),
    case(
        # a WhatDoTheyKnow request to Carmarthenshire County Council: a condition on one of the alternatives the part
        # named, on the line below it
        "Dear Carmarthenshire County Council,\n\nPlease provide;\na) Who approved the press release.\nb) If legal "
        "advice was sought, please confirm whether this was internal or external advice.\nIf external, which legal "
        "firm provided the advice.\nc) A copy of the advice received.\n\nYours sincerely,\n\nJane Doe\n",
        [
            ("a", "Who approved the press release."),
            (
                "b",
                "If legal advice was sought, please confirm whether this was internal or external advice. If external, "
                "which legal firm provided the advice.",
            ),
            ("c", "A copy of the advice received."),
        ],
        id="a-condition-on-one-of-the-alternatives-a-part-named",
    ),
    case(
        # Northern Health and Social Care Trust's letter: the reply's own bullets under what something includes
        "Dear Mr Kerr\nI refer to your e-mail dated 21 June 2010, requesting the following information:\n\u2018Provide "
        "whether any safety measures have been put in place at the hospital\u2019.\nAs previously advised, arrangements "
        "which have been made to accommodate the changes include the following:\n\u2022 additional physical space has "
        "been made available;\n\u2022 21 additional beds have been provided; and\n\u2022 additional equipment has been "
        "transferred.\nYours sincerely\n",
        [],
        id="negative-the-reply-s-bullets-under-what-something-includes",
    ),
    case(
        "Dear Northby Council,\nPlease include the following:\n\u2022 the number of staff\n\u2022 the total cost\n"
        "Yours faithfully,\nA Smith\n",
        [("\u20221", "the number of staff"), ("\u20222", "the total cost")],
        id="please-include-the-following-still-asks",
    ),
    case(
        # the Scottish Information Commissioner's decision: its findings lettered under "found that:"
        "Decision 101/2015: Mr X and Northby Housing Association Limited\n\nSummary\n\nOn 21 July 2013, Mr X asked "
        "Northby for information.\n\nThe Commissioner found that:\n\n(i) Northby is a Scottish public authority for the "
        "purposes of the EIRs and\n\n(ii) Northby had responded to Mr X's request in accordance with the EIRs.\n\n"
        "Relevant statutory provisions\n",
        [],
        id="negative-a-decision-s-findings-lettered-under-found-that",
    ),
    case(
        # the London Borough of Waltham Forest's review letter: a numbered paragraph of the plan it quotes
        "Dear Mr Dhar\n\nRequest for Review - Freedom of Information\n\nI have carried out the review. I have located "
        "this exemption within the PEP (Parking Enforcement Plan).\n\nBelow is an extract of the relevant section:\n\n"
        "Powered Two-Wheelers\n\n6.11 Permits are not needed for powered two-wheelers within CPZs.\n\nThe PEP is a "
        "published document.\n",
        [],
        id="negative-a-decimal-numbered-paragraph-of-a-quoted-plan",
    ),
    case(
        # Blackpool Teaching Hospitals NHS Foundation Trust's log: the reply's reasons as bullets under its table
        "Violent Incidents\n\nPlease can you tell me how many violent incidents against staff have been recorded each "
        "year.\n\n2018-19 Total 38 9\n\nOur Trust does not hold records of police action for the the following "
        "reasons:\n\n  \u2022 Police action is taken after the event\n  \u2022 We are not consistently informed of what "
        "action has been taken\n",
        [],
        id="negative-the-reply-s-reasons-as-bullets",
    ),
    case(
        # not an answer's own sentence lettered on: only a part named as its siblings are
        "Q1) How much did your force spend in 2022 on:\na) tyres\nb) fuel cards\n\nWe spent \u00a312,000 on:\n"
        "c) The tyres were bought under a national framework agreement.\n",
        [("1", "How much did your force spend in 2022 on:"), ("a", "tyres"), ("b", "fuel cards")],
        id="negative-an-answer-s-sentence-lettered-on-from-the-parts",
    ),
    case(
        "1.A list of domestic properties with solar panels.\n2.A list of the grants paid for them.\n",
        [("1", "A list of domestic properties with solar panels."), ("2", "A list of the grants paid for them.")],
        id="an-item-glued-to-its-stop-opening-with-the-word-a",
    ),
    case(
        # parts named inline, then asked again on lines of their own: still the parts
        "1. Please provide, for 2023, a) the number of staff and b) their cost:\na) How many staff were employed?\nb) "
        "What did they cost?\n",
        [
            ("1", "Please provide, for 2023, a) the number of staff and b) their cost:"),
            ("a", "How many staff were employed?"),
            ("b", "What did they cost?"),
        ],
        id="lettered-lines-that-ask-under-a-question-naming-its-parts-inline-are-its-parts",
    ),
    case(
        # A WhatDoTheyKnow request to the Department of Agriculture, Environment and Rural Affairs: its greeting run on
        # into its first words, and items marked with a slash, one glued to its first word in lower case
        "Lough Neagh Algae Blooms\nDear Department of Agriculture, Environment and Rural Affairs (Northern Ireland), "
        "can you please provide me with\n1/ copies of minutes of any meetings held in the last 6 months.\n2/ if "
        "meetings were recorded please provide recording if held\n3/dates agreed for any further meetings so I can "
        "request similar afterwards\nYours faithfully,\nNeilly Walker\n",
        [
            ("1", "copies of minutes of any meetings held in the last 6 months."),
            ("2", "if meetings were recorded please provide recording if held"),
            ("3", "dates agreed for any further meetings so I can request similar afterwards"),
        ],
        id="slash-marked-items-under-a-greeting-run-on",
    ),
    case(
        # A WhatDoTheyKnow request to Parrs Wood High School of two questions, then the requester's chasers: their
        # questions are not the request's, and two lines that ask are a paragraph, not a list
        "Dear Northby High School,\nCould you please supply digital copies of your governing body minutes from 2015?\n"
        "The minutes are to cover the periods before and after you became an Academy.\nCould you also please supply a "
        "copy of your publication scheme approved by the ICO?\nYours faithfully,\nDouglas Hines\nDear Northby High "
        "School,\nMay I please chase up this request with you?\nI have only requested published documents. Can you "
        "now do so without any further delay please?\nYours faithfully,\nDouglas Hines\n",
        [],
        id="a-requesters-chasers-ask-no-questions-of-the-request",
    ),
    case(
        # A WhatDoTheyKnow request to Cannock Chase District Council quoting the HMO regulations' list of what a
        # register holds: the regulation's own lettered items are no questions
        "Dear Northby District Council,\n\nI could not find your HMO Licence Register. The latter is extracted here "
        "for convenience:\n\nRegisters of Licences\n\n11.\u2014(1) The following particulars are prescribed for each "
        "entry in a register maintained under section 232(1)(a) of the Act which is in force\u2014\n\n(a) HMO Property "
        "Address\n(b) HMO Licence Holder(s) Full Name\n(c) Date of Licence Expiry\n\nYours faithfully,\n\nRupert\n",
        [],
        id="a-regulations-paragraph-quoted-with-its-lettered-list",
    ),
    case(
        # A lone capital that no "B" alone follows is no list: a grade in a table's column.
        "Dear Mr Smith\n\nThe ratings were:\n\nA\n\nGood overall.\n\nYours sincerely\n",
        [],
        id="one-capital-alone-is-no-lettered-list",
    ),
    case(
        # The numbered form of the same layout: a number alone above each question and its answer; the note under
        # question 2 is the request's (under its "Request" heading), not an answer running over question 3 and the
        # response heading.
        "Request\n\n1.\n\nWhat procurement system do you use?\n\n2.\n\nDo you publish tenders anywhere "
        "else?\n\nFor example, your website.\n\n3.\n\nHow much do you pay per annum?\n\nResponse\n\n1.\n\n"
        "We use Supply Jersey.\n\n2.\n\nTenders are not published elsewhere.\n\n3.\n\nWe pay £10,000.\n",
        [
            ("1", "What procurement system do you use?"),
            ("2", "Do you publish tenders anywhere else?"),
            ("3", "How much do you pay per annum?"),
        ],
        answers={
            "2": [A(contains="Tenders are not published elsewhere.")],
            "3": [A(contains="We pay £10,000.")],
        },
        id="number-alone-above-its-answer-starts-a-block-of-its-own",
    ),
    case(
        # The NHS Business Services Authority's reply (its request above, in dashes, left out): each item restated
        # as a named question under "Our response", asking or not.
        "The NHS Business Services Authority (NHSBSA) received your request on 22 May 2025.\nOur response\n"
        "Question 1 - All pharmacy or contractor staff involved\nI am writing to advise you that the information you "
        "requested is not held by the NHSBSA.\nQuestion 2 - DPIA documentation relevant to this case\nI can confirm "
        "that the NHSBSA holds the information you have requested.\n",
        [("1", "All pharmacy or contractor staff involved"), ("2", "DPIA documentation relevant to this case")],
        answers={"1": [A(contains="not held by the NHSBSA", not_held=True)], "2": [A(contains="I can confirm")]},
        id="items-named-as-questions-under-the-response-heading",
    ),
    case(
        # A WhatDoTheyKnow request to the Charity Commission for Northern Ireland: the first number's letters glued to
        # it in brackets
        "Dear Neil,\n\nAs suggested in my response, I would appreciate a clearer understanding.\n1(a). If the forcing "
        "process is not practiced, could you simply confirm that no organisation was treated as a charity.\n1(b). My "
        "original question was a corollary to 1(a). Could you confirm the public should not regard them as "
        "charities?\n2. Noted - but part picked up again in Q.5.\n3. Noted\n",
        [
            (
                "1a",
                "If the forcing process is not practiced, could you simply confirm that no organisation was treated "
                "as a charity.",
            ),
            (
                "1b",
                "My original question was a corollary to 1(a). Could you confirm the public should not regard them "
                "as charities?",
            ),
            ("2", "Noted - but part picked up again in Q.5."),
            ("3", "Noted"),
        ],
        id="bracketed-letters-glued-to-the-number",
    ),
    case(
        # The Northern Ireland Human Rights Commission's answers, as the requester's blog post copies them: some
        # questions numbered "Question 3;", each quoted whole or opened with a quotation mark
        "I asked 6 specific questions.\n\nQuestion 1. \u201cHow many days has Mrs McWilliams spent out of Northern "
        "Ireland?\u201d\n\nThis information is not held by the Commission in the form requested.\n\nQuestion 2. "
        "\u201cFor how many days did Monica McWilliams receive fees?\n\nAnswer ; The Chief Commissioner has received no "
        "payment.\n\nQuestion 3; \u201d How many formal internal complaints were presented by staff\u201d\n\nNot "
        "possible to provide this information.\n\nQuestion 4; How much has the NIHRC spent during each year of her "
        "tenure?\n\nNot possible to provide this information without compromising anonymity.\n",
        [
            ("1", "How many days has Mrs McWilliams spent out of Northern Ireland?"),
            ("2", "For how many days did Monica McWilliams receive fees?"),
            ("3", "How many formal internal complaints were presented by staff"),
            ("4", "How much has the NIHRC spent during each year of her tenure?"),
        ],
        answers={"3": [A(contains="Not possible")], "4": [A(contains="compromising anonymity")]},
        id="questions-numbered-with-a-semicolon-each-quoted-whole",
    ),
    case(
        # A WhatDoTheyKnow request to Trinity College, Cambridge: items lettered in capitals in brackets, under a list of
        # the bodies it means
        "Dear Northby College,\n\nI am writing to request, under the terms of the Freedom of Information Act, the "
        "following records.\n\nFor the purpose of this request, the relevant bodies are:\n- Northby College Council\n"
        "- Northby College Meeting\n\n(A) the minutes of any meetings of the relevant bodies\n(B) the dates of any "
        "meetings of the relevant bodies\n(C) the attendees of any meetings of the relevant bodies\n\nYours "
        "faithfully,\n\nDavid Jones\n",
        [
            ("A", "the minutes of any meetings of the relevant bodies"),
            ("B", "the dates of any meetings of the relevant bodies"),
            ("C", "the attendees of any meetings of the relevant bodies"),
        ],
        id="capital-letters-in-brackets",
    ),
    case(
        # the same items lettered "A)": each line the next item, not the first item's words running on
        "Dear Northby College,\n\nPlease send me the following records.\n\nA) the minutes of any meetings of the "
        "relevant bodies\nB) the dates of any meetings of the relevant bodies\nC) the attendees of any meetings of "
        "the relevant bodies\n\nYours faithfully,\n\nDavid Jones\n",
        [
            ("A", "the minutes of any meetings of the relevant bodies"),
            ("B", "the dates of any meetings of the relevant bodies"),
            ("C", "the attendees of any meetings of the relevant bodies"),
        ],
        id="capital-letters-each-line-the-next-item",
    ),
    case(
        # Nottingham Trent University's reply, its request not reproduced: answers keyed by their questions' numbers
        "Dear Ms Smith\n\nOur response\n\nQ1 - No\nQ2 - The University does not record this information.\n\n"
        "Yours sincerely\n",
        [],
        id="answers-keyed-q1-q2-under-the-response-heading-are-no-questions",
    ),
    case(
        # The First-tier Tribunal's substituted decision notice: the steps it orders are no questions.
        "Substituted Decision Notice:\n\nThe Chesterfield Royal Hospital NHS Trust must, by no later than 4.00 p.m. on "
        "05 February 2024:\n\na. Send to the Appellant the number of serious incidents in the calendar years 2015 to "
        "2019 inclusive.\n\nb. Send to the Appellant the number of de-escalation request reports.\n\nThe Trust shall "
        "advise and assist the Appellant.\n",
        [],
        id="the-steps-a-decision-orders-ask-nothing",
    ),
    case(
        # The West Yorkshire Police and Crime Commissioner numbering the documents it provides.
        "Dear Sir,\nFOI REQUEST 178\nI can provide the attached information relating to 6 outside police force "
        "investigations in response to your request as follows:\n\n1.  Greater Manchester Police.\n2.  Cleveland "
        "Constabulary.\n3.  Northumbria Police.\n\nI am very sorry for the delay in providing this information.\n",
        [],
        id="the-attached-information-numbered-asks-nothing",
    ),
    case(
        # The Gangmasters and Labour Abuse Authority's log: the first answer run on after "Response:".
        "Question(s): Since the Taskforce was launched in Leicester in July 2020:\n1) Please state the number of cases "
        "of underpayment identified by the taskforce?\n2) Please state the number of cases of modern slavery "
        "identified by the taskforce?\n|\nResponse: 1. The GLAA does not hold this complete data, as underpayment "
        "is dealt with by HMRC.\n2. To date there have been three allegations of modern slavery identified.\n",
        [
            ("1", "Please state the number of cases of underpayment identified by the taskforce?"),
            ("2", "Please state the number of cases of modern slavery identified by the taskforce?"),
        ],
        answers={"1": [A(contains="does not hold", not_held=True)], "2": [A(contains="three allegations")]},
        id="first-answer-run-on-after-the-response-label",
    ),
    case(
        # The same log two years on: the first question run on after "Question(s):", in a table flattened with bars.
        "Ref: FOI 21-22 43 |\nSubject: Outcomes of allegations received by the GLAA |\n|\nQuestion(s): 1. Could you "
        "clarify what \u201cgeneral issues\u201d are. Are these referrals that are made to the GLAA by various "
        "authorities?\n2. For \u201ctotal issues related to an allegation\u201d, could you tell me, for each year since "
        "2017, the number of investigations?\n|\n",
        [
            (
                "1",
                "Could you clarify what \u201cgeneral issues\u201d are. Are these referrals that are made to the GLAA by "
                "various authorities?",
            ),
            (
                "2",
                "For \u201ctotal issues related to an allegation\u201d, could you tell me, for each year since 2017, the "
                "number of investigations?",
            ),
        ],
        id="first-question-run-on-after-the-questions-label",
    ),
    case(
        # A WhatDoTheyKnow request to Birmingham City Council: "I would like to see:" above three paragraphs, each a
        # document asked for.
        "Dear Birmingham City Council,\n\nIt has been reported online that the City Council is to purchase a new "
        "website.\n\nI would like to see:\n\nAll documentation of the purchasing process which has led to Jadu "
        "Continuum being chosen over a Birmingham based company.\n\nAny documentation of the project planning showing "
        "how the website is planned to 'go live' in August.\n\nAn answer to a question of why a Birmingham based "
        "company has not been chosen.\n\nYours faithfully,\n\nPeter Jones\n",
        [
            (
                "\u20221",
                "All documentation of the purchasing process which has led to Jadu Continuum being chosen over a "
                "Birmingham based company.",
            ),
            (
                "\u20222",
                "Any documentation of the project planning showing how the website is planned to 'go live' in August.",
            ),
            ("\u20223", "An answer to a question of why a Birmingham based company has not been chosen."),
        ],
        id="paragraph-items-under-i-would-like-to-see",
    ),
    case(
        # A WhatDoTheyKnow request to Gloucestershire Hospitals NHS Foundation Trust: unmarked lines under "Please
        # provide the following:", the last with its own list in lower case under its colon.
        "Dear Gloucestershire Hospitals NHS Foundation Trust,\n"
        "Please treat this as a request under the Freedom of Information Act 2000.\n"
        "I am requesting information relating to the Confidential Trust Board meeting held on or "
        "around 10 February 2026, which was referenced in the Trust’s complaint response dated 20 "
        "May 2026 regarding the suspension of the Gloucestershire NHS home birth service.\n"
        "In that complaint response, the Trust refers to information considered by the "
        "Confidential Trust Board, including a formal options appraisal, restoration planning, and "
        "key enablers relating to the suspension and potential reinstatement of the home birth service.\n"
        "Please provide the following:\n"
        "The full report or paper considered by the Confidential Trust Board on 10 February 2026 "
        "in relation to the home birth service suspension.\n"
        "All appendices, supporting papers, annexes or background documents attached to or "
        "considered alongside that report.\nThe formal options appraisal referred to in the complaint response.\n"
        "Any minutes, action notes, decision records, recommendations or outcome records from the "
        "Confidential Trust Board meeting relating to:\nthe suspension of the home birth service;\n"
        "options for mitigated continuation;\nrestoration or restart of the service;\n"
        "staffing or safety concerns;\nrisk management;\nconsultation or engagement.\n",
        [
            (
                "\u20221",
                "The full report or paper considered by the Confidential Trust Board on 10 February 2026 in "
                "relation to the home birth service suspension.",
            ),
            (
                "\u20222",
                "All appendices, supporting papers, annexes or background documents attached to or considered "
                "alongside that report.",
            ),
            ("\u20223", "The formal options appraisal referred to in the complaint response."),
            (
                "\u20224",
                "Any minutes, action notes, decision records, recommendations or outcome records from the "
                "Confidential Trust Board meeting relating to: the suspension of the home birth service; options for "
                "mitigated continuation; restoration or restart of the service; staffing or safety concerns; risk "
                "management; consultation or engagement.",
            ),
        ],
        id="an-unmarked-item-with-its-own-list-under-its-colon",
    ),
    case(
        # The Office for National Statistics' reply: a second list numbered from 1 again under "we would also like to
        # know", its items worded like the first list's.
        "You asked\n\nUnder Freedom of Information Act, I would like to request the following information:\n\n  1. The "
        "annual departmental spend on the procurement of goods and services for each year\n  2. The percentage of "
        "annual departmental procurement spend on goods and services that went through frameworks\n\nIf possible, we "
        "would also like to know the following (if data is available):\n\n  1. The annual departmental spend on the "
        "procurement of services only for each year\n  2. The percentage of annual departmental procurement spend on "
        "services only that went through frameworks\n  3. Each framework operator your department used\n\nWe said\n\n"
        "Thank you for your request.\n",
        [
            ("1", "The annual departmental spend on the procurement of goods and services for each year"),
            (
                "2",
                "The percentage of annual departmental procurement spend on goods and services that went through "
                "frameworks",
            ),
            ("1", "The annual departmental spend on the procurement of services only for each year"),
            (
                "2",
                "The percentage of annual departmental procurement spend on services only that went through frameworks",
            ),
            ("3", "Each framework operator your department used"),
        ],
        id="a-second-list-alike-in-words-under-words-that-add-to-the-request",
    ),
    case(
        # A WhatDoTheyKnow request to Southwark Council: two parts marked i/ and ii/ inside the sentence asking.
        "Dear Southwark Borough Council,\n\nPlease supply us with i/ the cost of work to date for this project and ii/ "
        "any emails, between the online tool's product owner and the director of planning, from December 2019 to "
        "the present.\n\nYours faithfully,\n\nJerry Flynn\n",
        [
            ("i", "the cost of work to date for this project"),
            (
                "ii",
                "any emails, between the online tool's product owner and the director of planning, from December "
                "2019 to the present",
            ),
        ],
        id="parts-marked-inside-the-sentence-asking",
    ),
    case(
        # ... and not a reply's sentence with letters in it, in no requester's words
        "Dear Ms Smith,\n\nThe council holds a) the contract register and b) the spend data, both published on our "
        "website.\n\nYours sincerely,\n\nInformation Governance\n",
        [],
        id="lettered-parts-in-a-reply-sentence-ask-nothing",
    ),
    case(
        # Oxford University Hospitals NHS Foundation Trust's disclosure log: the first item run on after the sentence
        # introducing the list, the next on a line of its own.
        "Request\nPlease provide the following information. 1. Please provide the record from the organisation's "
        "Contract Register for the Endpoint Detection and Response (EDR) solution.\n2. Please provide the following "
        "information for the primary Perimeter Firewall solution.\n",
        [
            (
                "1",
                "Please provide the record from the organisation's Contract Register for the Endpoint Detection and "
                "Response (EDR) solution.",
            ),
            ("2", "Please provide the following information for the primary Perimeter Firewall solution."),
        ],
        id="first-question-run-on-after-the-sentence-introducing-the-list",
    ),
    case(
        # Oxford City Council's FOI release, its request run together on one long line: two items from a "1." straight
        # after the colon.
        "Request\n\nI am writing to submit a formal request under the Freedom of Information Act 2000 for information "
        "regarding cyberattacks/cyber breaches experienced by your local council over the past five years. "
        "Specifically, I am requesting the following information for each year from 2019 to 2024: 1. The total "
        "number of cyberattacks detected or reported to you for each year (and month if possible) between and "
        "including 2019 and 2024 2. A breakdown of the types of cyberattacks experienced.\n\nResponse\n\nWe are "
        "unable to provide information on our cyber security.\n",
        [
            (
                "1",
                "The total number of cyberattacks detected or reported to you for each year (and month if possible) "
                "between and including 2019 and 2024",
            ),
            ("2", "A breakdown of the types of cyberattacks experienced."),
        ],
        id="two-items-from-a-1-after-the-colon-in-a-long-line",
    ),
    case(
        # A WhatDoTheyKnow request sent to Kirklees Council and 122 other authorities: capital-lettered parts a blank
        # line under a numbered question ending in a stop.
        "Dear Sir/Madam,\n\nI am interested in understanding more about exempt accommodation.\n\n1) Please complete "
        "the following questions below about the cost of exempt provision in your local authority in 2018/19, "
        "2019/20 and 2020/21.\n\nA) How much did you spend on the provision of \u201cexempt accommodation\u201d?\nB) How "
        "many HB claims did you receive under the exempt rules?\n\n2) Please complete the following questions below "
        "about the providers of exempt accommodation.\n\nYours faithfully,\n\nVictoria McDermott\n",
        [
            (
                "1",
                "Please complete the following questions below about the cost of exempt provision in your local "
                "authority in 2018/19, 2019/20 and 2020/21.",
            ),
            ("A", "How much did you spend on the provision of \u201cexempt accommodation\u201d?"),
            ("B", "How many HB claims did you receive under the exempt rules?"),
            ("2", "Please complete the following questions below about the providers of exempt accommodation."),
        ],
        id="capital-parts-a-blank-line-under-a-question-ending-in-a-stop",
    ),
    case(
        # SOAS's disclosure log: a run of lettered lines a blank line under a question, not all of them asking.
        "Main Questions (Worksheet1)\n1) What is your full organisation name? (Column B free text)\n2) Does your "
        "organisation hold any of the following contract types? (Column C drop down)\n\na) Please provide a "
        "description of the contract (Column D free text).\nb) What version is the technology?\nc) Who is the "
        "incumbent supplier? (Column F free text)\n\nThank you for your Freedom of Information Act request of 23 May "
        "2013. I have attached an Excel workbook containing SOAS's response as requested.\n",
        [
            ("1", "What is your full organisation name? (Column B free text)"),
            ("2", "Does your organisation hold any of the following contract types? (Column C drop down)"),
            ("a", "Please provide a description of the contract (Column D free text)."),
            ("b", "What version is the technology?"),
            ("c", "Who is the incumbent supplier? (Column F free text)"),
        ],
        id="a-run-of-lettered-lines-a-blank-line-under-a-question",
    ),
    case(
        # The Security Industry Authority's FOI release: an HTML list's bullets kept before each item's own decimal
        # number, no "1." or "2." above them.
        "Request\n\nWith regards to reports of security jobs advertised for below minimum wage:\n\n  \u2022 1.1. Does "
        "the SIA recognise that the public are put at risk by these illegal activities?\n  \u2022 1.2. How many of these "
        "companies are being investigated?\n\nWith regards to the BBC File on 4 investigation:\n\n  \u2022 2.1. How many "
        "training providers have been investigated?\n  \u2022 2.2. How many prosecutions have been initiated?\n\n"
        "Response\n\nI can confirm that the SIA does hold some of this information.\n",
        [
            ("1.1", "Does the SIA recognise that the public are put at risk by these illegal activities?"),
            ("1.2", "How many of these companies are being investigated?"),
            ("2.1", "How many training providers have been investigated?"),
            ("2.2", "How many prosecutions have been initiated?"),
        ],
        id="decimal-numbers-with-no-parent-and-a-bullet-before-each",
    ),
    case(
        # NHS Shetland's log: the one-word answer under a question ending with its examples.
        "3. How many staff log/process FOI requests?\n0.8 WTE staff\n4. What system is used to log and record Freedom "
        "of Information Requests? e.g. Ulysses, Excel\nExcel\n",
        [
            ("3", "How many staff log/process FOI requests?"),
            ("4", "What system is used to log and record Freedom of Information Requests? e.g. Ulysses, Excel"),
        ],
        answers={"4": [A(contains="Excel")]},
        id="a-word-under-a-question-ending-with-its-examples-answers-it",
    ),
    case(
        # West Sussex County Council: the documents it attaches, under a request of one paragraph.
        "Dear West Sussex County Council,\n\nI would like copies of all documents that are a matter of public record "
        "in relation to the Application for a Road Closure Order.\n\nYours faithfully,\n\nMatt\n\nDear Mr Morris\n\n"
        "We have now completed a search for the information which you requested.\nPlease find attached the "
        "following:\n1. Velo South TTRO\n2. Latest Route Plan\n3. Original Route Plan\n",
        [],
        id="the-replys-list-of-attachments-asks-nothing",
    ),
    case(
        # South West Yorkshire Partnership NHS Foundation Trust: "Please see attached:" answers a question, and the
        # next question's number, straight under it, is no first attachment
        "Dear Wendy\n\nWe received the following answers to your questions:\n\n1.Please supply patient's information"
        " ECT leaflet\n\nPlease see attached:\n\n\u00a0\n\n2.Please supply patient ECT consent form\n\nPlease see "
        "attached:\n\n\u00a0\n\n3.How many ECT in 2024?\n\n52\n",
        [
            ("1", "Please supply patient's information ECT leaflet"),
            ("2", "Please supply patient ECT consent form"),
            ("3", "How many ECT in 2024?"),
        ],
        answers={"1": [A(contains="Please see attached")], "3": [A(contains="52")]},
        id="see-attached-under-a-question-opens-no-list-of-attachments",
    ),
    case(
        # The same reply: a count of one digit, a paragraph of its own, answers its question
        "Dear Wendy\n\nWe received the following answers to your questions:\n\n1.Please supply any ECT "
        "reports/investigations\n\n0\n\n2.What proportion of patients were classified people of the global "
        "majority?\n\n5%\n\n3.How many ECT in 2024?\n\n52\n",
        [
            ("1", "Please supply any ECT reports/investigations"),
            ("2", "What proportion of patients were classified people of the global majority?"),
            ("3", "How many ECT in 2024?"),
        ],
        answers={"1": [A(contains="0")], "2": [A(contains="5%")], "3": [A(contains="52")]},
        id="a-one-digit-count-answers-its-question",
    ),
    case(
        # A request to the DWP: a page's number inside the list, no answer (its list here asks; the request's own
        # "Public Interest Statements:" list is its arguments, not questions: negative-public-interest-statements-...)
        "Dear DWP,\n\nPlease provide the following information:\n1. Transparency and Accountability: The number of "
        "complaints about\nthe guidance on transparency.\n2. Policy Impact Assessment: The assessments made of this "
        "policy.\n1\n3. Public Confidence: The surveys of public confidence held.\n",
        [
            (
                "1",
                "Transparency and Accountability: The number of complaints about the guidance on transparency.",
            ),
            ("2", "Policy Impact Assessment: The assessments made of this policy."),
            ("3", "Public Confidence: The surveys of public confidence held."),
        ],
        answers={"2": []},
        id="a-page-number-inside-a-list-answers-nothing",
    ),
    case(
        # The University of St Andrews: one answer under the list, about all the information asked for.
        "Dear Ms Thomson,\nI refer to your enquiry asking to be supplied with the amount received in tuition fees "
        "for:\n1. Scottish domiciled students\n2. EU students\nThe information requested is not recorded in such a "
        "way that enables the University to answer your enquiry.\n",
        [("1", "Scottish domiciled students"), ("2", "EU students")],
        answers={"1": [A(contains="not recorded", not_held=True)], "2": [A(contains="not recorded", not_held=True)]},
        id="one-answer-about-all-the-information-requested-answers-each-item",
    ),
    case(
        # The Scottish Police Authority's log: long unwrapped lines, a question with no stop and its answer below.
        "1. Who is the Accountable Officer for the Scottish Police Authority, to include role, name and date of "
        "appointment?\nThe Corporate Governance Framework confirms that the Chief Executive is designated as "
        "Accountable Officer.\n2. A copy of the Procurement Manual and associated procedures for the Scottish Police "
        "Authority and the Police Services Scotland current as of 20th April 2023\nProcurement information is "
        "available on Police Scotland's website.\n",
        [
            (
                "1",
                "Who is the Accountable Officer for the Scottish Police Authority, to include role, name and date "
                "of appointment?",
            ),
            (
                "2",
                "A copy of the Procurement Manual and associated procedures for the Scottish Police Authority and "
                "the Police Services Scotland current as of 20th April 2023",
            ),
        ],
        answers={"2": [A(contains="Procurement information is available")]},
        id="an-unwrapped-question-without-a-stop-ends-at-its-line",
    ),
    case(
        # National Highways' log numbers its requests, and a request its own items from 1 again.
        "262 disclosures\n\n  1. Please provide the following records relating to the variation of the M25 DBFO "
        "Contract:\n\n    1. The executed contract-variation agreement (including schedules).\n\n    2. Any "
        "internal approval papers that supported the decision to approve this variation.\n\n    Published: 18 "
        "December 2025\n",
        [
            ("1", "The executed contract-variation agreement (including schedules)."),
            ("2", "Any internal approval papers that supported the decision to approve this variation."),
        ],
        id="an-item-opening-a-list-numbered-again-is-no-question",
    ),
    case(
        # National Highways: the request restated as one paragraph under "You requested:", then the reply's headings.
        "Dear Rebecca Lush\nThank you for your information request dated 20 November 2023.\nYou requested:\nI would "
        "like to make this request under the Environmental Information Regulations. Please publish the Full Business "
        "Cases (FBCs) of all National Highways schemes above £100m.\nInformation held\nI can confirm that we hold the "
        "information you have requested.\nInformation withheld\nThis information has been withheld under Regulation "
        "12(4)(b).\n",
        [],
        id="restated-request-ends-at-information-held",
    ),
    case(
        # University Hospitals Sussex NHS Foundation Trust's log: the answers under "Information disclosed:".
        "Released 21 July 2023\nRequest:\n1. Budget: What is the annual £ budget on Patient and Employee Food?\n"
        "2. Patient Meals: What is the average, per head £cost, per day of patient food?\nInformation disclosed:\n"
        "1. Patient Food Budget for the financial year April 2022 to March 2023: £3,326,624\n"
        "2. Actual average spend for the financial year across the Trust: £5.44 per patient per day.\n",
        [
            ("1", "Budget: What is the annual £ budget on Patient and Employee Food?"),
            ("2", "Patient Meals: What is the average, per head £cost, per day of patient food?"),
        ],
        answers={"1": [A(contains="£3,326,624")], "2": [A(contains="£5.44")]},
        id="answers-under-information-disclosed",
    ),
    case(
        # Leicestershire Partnership NHS Trust: the answer run on after the question mark and a dash.
        "Please find below our response to your request:\n"
        "4.How many ECT in 2022? - 62\n5.What proportion of patients were men/women? 17 men and 45 women\n"
        "6.Did the number change? - if so, by how many?\n",
        [
            ("4", "How many ECT in 2022?"),
            ("5", "What proportion of patients were men/women?"),
            ("6", "Did the number change? - if so, by how many?"),
        ],
        answers={"4": [A(contains="62")], "5": [A(contains="17 men")]},
        id="answer-after-the-question-mark-and-a-dash",
    ),
    case(
        # A WhatDoTheyKnow request to the University of Huddersfield: categories and breakdowns, bulleted
        "Dear University of Northby,\nPlease provide the following details for the past five years:\n1. Number of "
        "staff involved in drug-related incidents.\n2. Type of drug involved in each incident, categorised where "
        "possible. Examples of categories include:\n• Cannabis\n• Cocaine\n• Other (please specify)\n3. Number of "
        "disciplinary procedures undertaken, separated by:\n• Students\n• Staff\n4. Number of police referrals.\n"
        "Yours faithfully,\nSam Fox\n",
        [
            ("1", "Number of staff involved in drug-related incidents."),
            (
                "2",
                "Type of drug involved in each incident, categorised where possible. Examples of categories include:",
            ),
            ("3", "Number of disciplinary procedures undertaken, separated by:"),
            ("4", "Number of police referrals."),
        ],
        id="bulleted-categories-and-breakdowns-are-no-questions",
    ),
    case(
        # Sussex Partnership NHS Foundation Trust: one question of an ECT questionnaire declined, no section cited
        "Please find below our response to your request:\n12. How many patients died by suicide? - None.\n13. How "
        "many patients have suffered complications?\nWe cannot give details of individual cases due to "
        "confidentiality.\n",
        [("12", "How many patients died by suicide?"), ("13", "How many patients have suffered complications?")],
        answers={"12": [A(contains="None")], "13": [A(contains="confidentiality", withheld=True)]},
        id="an-answer-declined-for-confidentiality",
    ),
    case(
        # Cumbria Constabulary: the request restated, a sentence opening the reply, then answers numbered like it
        "Dear Mr Burns\n\nI note you seek access to the following information: -\n\n1) Can you confirm if your force "
        "uses the thresholds?\n\n2) Are they treated as guidelines?\n\n3) Can you confirm how many prosecutions were "
        "issued.\n\n4) In addition to point 3, how many courses were completed.\n\nYour request for information has "
        "now been considered and I have today decided to disclose this to you.\n\n1) Northby Constabulary does apply "
        "the guidelines when enforcing speed limits.\n\n2) The cameras are set up so that the guidelines are adhered "
        "to.\n\n3) & 4) Information not held:\n\nNorthby Constabulary does not hold data for drivers.\n",
        [
            ("1", "Can you confirm if your force uses the thresholds?"),
            ("2", "Are they treated as guidelines?"),
            ("3", "Can you confirm how many prosecutions were issued."),
            ("4", "In addition to point 3, how many courses were completed."),
        ],
        answers={
            "1": [A(contains="does apply")],
            "2": [A(contains="adhered")],
            "3": [A(contains="Information not held", not_held=True)],
            "4": [A(contains="Information not held", not_held=True)],
        },
        id="answers-numbered-again-below-a-sentence-opening-the-reply",
    ),
    case(
        # Sussex Partnership NHS Foundation Trust's reply as a document site kept it, cut after the next number
        "I refer to your original request for information, received by us on 25 April 2021 which reads as follows:\n"
        "\n19. Have MRI or CT scans been used before and after ECT?\n20. If so what was the conclusion?\n21",
        [("19", "Have MRI or CT scans been used before and after ECT?"), ("20", "If so what was the conclusion?")],
        answers={"19": [], "20": []},
        id="the-next-number-alone-ending-a-cut-text-is-no-answer",
    ),
    case(
        # Swansea University's refusal: section 17's notice introduced on a wrapped line with no colon
        "Freedom of Information Request 094/14\nPlease can you send me the amount spent on Elsevier products.\n\n"
        "Section 17 of the Freedom of Information Act 2000 requires Northby University, when refusing to \nprovide "
        "such information (because the information is exempt), to provide the applicant with a notice \n(a)  states "
        "the fact, \n(b)  specifies the exemption in question and \n(c)  states (if it would not otherwise be "
        "apparent) why the exemption applies. \n",
        [],
        id="section-17s-notice-wrapped-with-no-colon",
    ),
    case(
        # Cumbria Constabulary quoting a request that points to a document's table, its link lost
        "Dear Mr Burns\n\nI note you seek access to the following information: -\n\n1) Can you confirm if your force "
        "uses the thresholds as published in the ACPO guidelines? Section 9.6 has the relevant table and can be found "
        "here:\n\n2) Are they treated as guidelines?\n\nYour request has now been considered.\n",
        [
            (
                "1",
                "Can you confirm if your force uses the thresholds as published in the ACPO guidelines? Section 9.6 "
                "has the relevant table and can be found here:",
            ),
            ("2", "Are they treated as guidelines?"),
        ],
        id="a-questions-pointer-to-a-lost-link-is-no-answer",
    ),
    case(
        # Northamptonshire Healthcare NHS Foundation Trust: its answers "in emboldened italics", run on with no dash
        "we set out below your request together with the Trust's responses in emboldened italics.\n\n"
        "1.Please supply patient's information ECT leaflet. Please see additional text at foot of this email\n\n"
        "2.Please supply any ECT reports/investigations n/a\n\n3.How many ECT in 2022/2023? 15\n\n"
        "4.How many ECT complaints were investigated outside the NHS? n/a\n",
        [
            ("1", "Please supply patient's information ECT leaflet."),
            ("2", "Please supply any ECT reports/investigations"),
            ("3", "How many ECT in 2022/2023?"),
            ("4", "How many ECT complaints were investigated outside the NHS?"),
        ],
        answers={"1": [A(contains="additional text")], "2": [A(contains="n/a")], "4": [A(contains="n/a")]},
        id="answer-run-on-with-no-dash",
    ),
    case(
        # Sussex Partnership NHS Foundation Trust: the documents asked for, "attached" after a dash
        "Please find below our response to your request:\n1. Please supply patient's information ECT leaflet - "
        "attached\n2. Please supply patient ECT consent form - attached\n3. How many ECT in 2023? - 40\n",
        [
            ("1", "Please supply patient's information ECT leaflet"),
            ("2", "Please supply patient ECT consent form"),
            ("3", "How many ECT in 2023?"),
        ],
        answers={"1": [A(contains="attached")], "2": [A(contains="attached")], "3": [A(contains="40")]},
        id="answer-attached-after-a-dash",
    ),
    case(
        # NHS Sheffield Clinical Commissioning Group: after the question's note in brackets, or a dash and words
        "Please find our response set out below:\n\n1. How many hospices do you allocate grant funding to? (these may "
        "be within your area or provide services to it) - 14\n\n2. What grant funding have individual hospices been "
        "allocated in this financial year (2019/2020)? – Hospice 1 £2,555,838, Hospice 2 £30,000\n\n3. Has the "
        "funding changed? - If so, by how much?\n",
        [
            (
                "1",
                "How many hospices do you allocate grant funding to? (these may be within your area or provide "
                "services to it)",
            ),
            ("2", "What grant funding have individual hospices been allocated in this financial year (2019/2020)?"),
            ("3", "Has the funding changed? - If so, by how much?"),
        ],
        answers={"1": [A(contains="14")], "2": [A(contains="Hospice 1 £2,555,838")]},
        id="answer-after-a-questions-note-or-a-dash-and-words",
    ),
    case(
        # Royal Surrey County Hospital's disclosure log: a figure alone after the question's note, no dash between
        "1. How many beds does your Trust have? Approx. 600\n\n2. What was the average length of stay for a patient? "
        "(specifically for female if possible) 2.25\n\n3. What percentage of patients are above that? (if possible) "
        "10.2%\n",
        [
            ("1", "How many beds does your Trust have?"),
            ("2", "What was the average length of stay for a patient? (specifically for female if possible)"),
            ("3", "What percentage of patients are above that? (if possible)"),
        ],
        answers={"2": [A(contains="2.25")], "3": [A(contains="10.2%")]},
        id="a-figure-alone-after-a-questions-note",
    ),
    case(
        # The Attorney General's Office's internal review: the request told in one sentence, its items lettered inline
        "Dear Ms Brooke,\n\nI refer to your e-mail of 16 February of 2005, asking for a review of the decisions to "
        "refuse your requests for information relating to (a) advice by the Attorney General on ID cards; (b) advice "
        "on the legality of invading Iraq; and (c) a listing of topics on which he has advised.\n\nAs to (a) and (b), "
        "the decisions not to disclose the information were made after very detailed consideration.\n",
        [
            ("a", "advice by the Attorney General on ID cards;"),
            ("b", "advice on the legality of invading Iraq; and"),
            ("c", "a listing of topics on which he has advised."),
        ],
        id="a-request-told-in-one-sentence-its-items-lettered-inline",
    ),
    case(
        "Dear Mr Smith,\n\nThe costs are (a) determining whether we hold it; (b) locating it; and (c) retrieving it.\n",
        # a reply's own lettered list, after no word naming the request
        [],
        id="negative-a-replys-own-inline-lettered-list",
    ),
    case(
        "Dear Sir,\n\nYou asked for information relating to (a) one; (b) two; (c) three; (d) four; (e) five; (f) six; "
        "(g) seven; (h) eight; (a) nine.\n",
        # (a letter after the eighth is read without running off the alphabet it checks against)
        [],
        id="negative-inline-letters-past-the-eighth",
    ),
    case(
        # The Science Museum Group's automatic reply on WhatDoTheyKnow, under a request of prose: addresses to write to
        "Dear Sir/Madam,\n\nThank you for contacting the Science Museum Group.\n\nIf you have written to offer an "
        "object, please redirect your email to one of the following addresses as appropriate:\n\n\u00b7 Science "
        "Museum \u2013 [1][email address]\n\n\u00b7 National Railway Museum \u2013 [2][email address]\n\n\u00b7 "
        "National Media Museum \u2013 media@example.org.uk\n\nKind regards\n",
        [],
        id="negative-bullets-of-addresses-to-write-to",
    ),
    case(
        # A WhatDoTheyKnow request to the Royal Borough of Kensington and Chelsea: a colon and a dash open the list
        "Dear Royal Borough of Kensington and Chelsea,\n\nin light of the very recent fire, please can you supply the "
        "held information pertaining to :-\n\n- the Planning and Erection of the updated external finish of the "
        "building\n- The details of the companies that supplied the materials used\n\nYours faithfully,\n\nTom "
        "Rogers\n",
        [
            ("\u20221", "the Planning and Erection of the updated external finish of the building"),
            ("\u20222", "The details of the companies that supplied the materials used"),
        ],
        id="a-list-opened-by-a-colon-and-a-dash",
    ),
    case(
        # The Security Industry Authority's FOI release on GOV.UK: its sections numbered "1. Request" and "2. Response",
        # the request's bullets under the first, the response's own numbered subsection under the second
        "FOI release\n\n1. Request\n\nI am writing to request information on the following:\n\n  \u2022 the number of "
        "reports received from members of the public\n  \u2022 of these instances, the number of times the SIA followed "
        "up\n\n2. Response\n\nI can confirm that we hold the information. This e-mail constitutes a notice of refusal "
        "to comply with your request.\n\n2.1 Exceeding the appropriate cost limit\n\nSection 12(1) of the Act allows "
        "a public authority to refuse.\n",
        [
            ("\u20221", "the number of reports received from members of the public"),
            ("\u20222", "of these instances, the number of times the SIA followed up"),
        ],
        id="sections-numbered-request-and-response",
    ),
    case(
        # The Veterinary Medicines Directorate's FOI release on GOV.UK: the request's section headed with its case
        # number ("1. FOI2025/00075 Request"), the reply's "2. Our reply", each item's dash alone on the line above it
        "FOI2025/00075 - Records on Veterinary Medicines\nPublished 5 February 2026\n1. FOI2025/00075 Request\nWe "
        "refine our previous request to narrow scope and assist searches.\n-\nMetadata for complaints or enquiries on "
        "veterinary medicines pricing disparities, 01/01/2020-31/10/2025.\n-\nInternal reports or analyses on VMR "
        "2013 impacts on competition, 01/01/2020-31/10/2025.\n2. Our reply\nWe are refusing your request under "
        "Section 21 of the Freedom of Information Act 2000.\n",
        [
            (
                "\u20221",
                "Metadata for complaints or enquiries on veterinary medicines pricing disparities, "
                "01/01/2020-31/10/2025.",
            ),
            ("\u20222", "Internal reports or analyses on VMR 2013 impacts on competition, 01/01/2020-31/10/2025."),
        ],
        id="sections-headed-with-the-case-number-each-dash-above-its-item",
    ),
    case(
        # The Education and Skills Funding Agency's letter restating two requests, each its own list numbered from 1
        # under a sentence asking for details, the first items alike
        "Dear Ms Downs,\nI refer to your requests for information, which we received on 31 January 2020. You "
        "requested:\nI should be grateful if you could let me have details of non-repayable grants to academy "
        "trusts in the financial year 2018/19:\n1 Total amount\n2 Names of trusts\n3 Amounts which each trust "
        "received\nI should be grateful if you could give me details of academy trusts receiving advances in "
        "financial year 2018/19:\n1 Total amount\n2 Names of trusts receiving these loans\n3 Amount of each loan\n"
        "4 Conditions of repayment (e.g. term, interest)\nI have dealt with your requests under the Act.\n",
        [
            ("1", "Total amount"),
            ("2", "Names of trusts"),
            ("3", "Amounts which each trust received"),
            ("1", "Total amount"),
            ("2", "Names of trusts receiving these loans"),
            ("3", "Amount of each loan"),
            ("4", "Conditions of repayment (e.g. term, interest)"),
        ],
        id="a-reply-restating-two-lists-each-from-1-under-a-sentence-asking-for-details",
    ),
    case(
        # The Independent Police Complaints Commission on WhatDoTheyKnow: the request a follow-up quotes stands above
        # the reply's sender line and letterhead, which answer nothing
        "Dear Northby Commission,\n\nPlease supply the information from the final batch.\n\nyours faithfully\n\n"
        "P Swift\n\n---------------------------\n\nPlease provide the following information.\n\n1. How many "
        "reports have been made via this line.\n2. What was the outcome for each matter reported via this line\n\n"
        "!FOI Requests,\n\nOur Ref : 1002106\n\n15th April 2010\n\n[email address]\n\nDear Mr Swift ,\n\nThank you "
        "for your email. There will be a delay in responding to your request.\n\nYours sincerely\n\nAthena Cass\n",
        [
            ("1", "How many reports have been made via this line."),
            ("2", "What was the outcome for each matter reported via this line"),
        ],
        answers={"2": []},
        id="the-letterhead-below-a-quoted-request-is-no-answer",
    ),
    case(
        # Middlesex University's letter: the request's unmarked lines under "You asked:", then each again under
        # "University Response" above its answer; asked once
        "Dear Mr Hai\nYour request for information received on 23 February 2020 has been dealt with under the "
        "Freedom of Information Act 2000.\nYou asked:\nHow much have you generated since 2015 per year?\nWhat plans "
        "if any do you have to cut it?\nHow much extra will those plans cost?\nUniversity Response\nHow much have you "
        "generated since 2015 per year?\n2018/19 4,331,469.06\nWhat plans if any do you have to cut it?\nOur Carbon "
        "Management Plan can be found on our website.\nHow much extra will those plans cost?\nWe do not have a "
        "budget specifically allocated to Carbon Reduction.\nYours sincerely\nJohn Gilchrist\n",
        [
            ("\u20221", "How much have you generated since 2015 per year?"),
            ("\u20222", "What plans if any do you have to cut it?"),
            ("\u20223", "How much extra will those plans cost?"),
        ],
        answers={"\u20221": [A(contains="4,331,469.06")]},
        id="unmarked-questions-restated-above-their-answers-are-asked-once",
    ),
    case(
        # Historic Royal Palaces' log: one question asked of each thing in turn, not the request printed again
        "Request\n\nPlease provide the following information:\n\nWho maintains your telephony system(s)?\nWhen is your "
        "contract renewal date?\nWho maintains your contact centre system(s)?\nWhen is your contract renewal date?\n"
        "Who currently provides your calls and lines?\nWhen is your contract renewal date?\n\nYours faithfully,\n",
        [
            ("\u20221", "Who maintains your telephony system(s)?"),
            ("\u20222", "When is your contract renewal date?"),
            ("\u20223", "Who maintains your contact centre system(s)?"),
            ("\u20224", "When is your contract renewal date?"),
            ("\u20225", "Who currently provides your calls and lines?"),
            ("\u20226", "When is your contract renewal date?"),
        ],
        id="one-unmarked-question-asked-of-each-thing-in-turn",
    ),
    case(
        # A WhatDoTheyKnow request to Bedfordshire Fire and Rescue Service: five workstreams "as set out below", then
        # the questions numbered from 1 again
        "Dear Northby Fire and Rescue Service,\n\nI would like to request information pertaining to any trials your FRS "
        "has undertaken as part of the NJC workstreams as set out below.\n\n1. Emergency Medical Response\n2. Multi "
        "Agency Response\n3. Environmental Challenges\n4. Youth and Social Engagement\n5. Inspection & Enforcement\n\n"
        "I would be grateful if you will provide answers to the following questions\n\n1. Please state which of the "
        "above (if any) has your FRS undertaken in trials\n2. Please state the start and end dates of each trial\n\n"
        "Yours faithfully,\n\nJoe Hart\n",
        [
            ("1", "Please state which of the above (if any) has your FRS undertaken in trials"),
            ("2", "Please state the start and end dates of each trial"),
        ],
        id="a-list-of-five-things-as-set-out-below-above-the-questions",
    ),
    case(
        # The Newcastle upon Tyne Hospitals NHS Foundation Trust's letter: the request restated item by item, unmarked,
        # each answered below it, the items opening alike
        "Dear Mr Pollard\n\nYou requested the following information:\n\nFigures showing how many people have received "
        "treatment for stress-related illnesses since 2005.\n\nThe Trust does not provide Mental Health Services.\n\n"
        "Figures showing the amount of people detained under the Mental Health Act since 2005.\n\n2007-2008 3\n\n"
        "2008-2009 4\n\nFigures showing annual abortion numbers since 2005.\n\nCalendar Year / Number of patients\n"
        "2005 / 1305\n\nYours sincerely\n\nSir Leonard Fenwick\n",
        [
            (
                "\u20221",
                "Figures showing how many people have received treatment for stress-related illnesses since 2005.",
            ),
            ("\u20222", "Figures showing the amount of people detained under the Mental Health Act since 2005."),
            ("\u20223", "Figures showing annual abortion numbers since 2005."),
        ],
        id="a-request-restated-item-by-item-unmarked-its-items-opening-alike",
    ),
    case(
        # A request to Chelmsford City Council: its bullet list goes on under a second introduction that asks.
        "Dear Chelmsford City Council,\n\nFor the period 01/04/2018 to 31/03/2019, please could you tell me:\n\n"
        "* The total pay and display income (Cash, Credit/Debit card, Mobile App)\n\n"
        "* Total pay and display income processed via a Mobile App parking payment provider\n\n"
        "Finally, in relation to the Council's current Mobile App parking payment provider, could you tell me:\n\n"
        "* What is the contract expiry date for your Mobile App parking payment provider?\n\n"
        "* What is the current notice period required in order for the Council to exit this contract?\n\n"
        "Yours faithfully,\n\nHelen Feta\n",
        [
            ("•1", "The total pay and display income (Cash, Credit/Debit card, Mobile App)"),
            ("•2", "Total pay and display income processed via a Mobile App parking payment provider"),
            ("•3", "What is the contract expiry date for your Mobile App parking payment provider?"),
            ("•4", "What is the current notice period required in order for the Council to exit this contract?"),
        ],
        id="bullets-go-on-under-a-second-introduction-that-asks",
    ),
    case(
        # ... but not under an introduction followed by prose, nor past the requester's sign-off.
        "Please provide the following:\n\n- The number of agency social workers in 2023\n\n- Their total cost in "
        "2023\n\nPlease could you also tell me:\nwhy the figures rose.\n\n- Unrelated list item one\n\n- Unrelated "
        "list item two\n",
        [("•1", "The number of agency social workers in 2023"), ("•2", "Their total cost in 2023")],
        id="bullets-stop-where-prose-follows-the-second-introduction",
    ),
    case(
        # A WhatDoTheyKnow request to Leeds Community Healthcare NHS Trust: each question a paragraph, most of them
        # unpunctuated, a table's template between two
        "Dear Leeds Community Healthcare NHS Trust,\n\nWho is the provider of your online chlamydia screening "
        "programme\n\nWas the contract awarded as a single tender waiver\n\nHow much did you spend on your chlamydia "
        "screening contract in the last three years\n\nDates\nTotal Spend\n01/01/2017 \u2013 31/12/2017\n\n"
        "01/01/2016 \u2013 31/12/2016\n\nPlease confirm the CQC registration status of your online provider\n\n"
        "Where are service users who test positive referred for treatment.\n\nYours faithfully,\n\njonathan browne\n",
        [
            ("•1", "Who is the provider of your online chlamydia screening programme"),
            ("•2", "Was the contract awarded as a single tender waiver"),
            ("•3", "How much did you spend on your chlamydia screening contract in the last three years"),
            ("•4", "Please confirm the CQC registration status of your online provider"),
            ("•5", "Where are service users who test positive referred for treatment."),
        ],
        id="questions-each-a-paragraph-of-their-own",
    ),
    case(
        # A WhatDoTheyKnow request to Uttlesford District Council: the answers a question offers, a line each
        "Dear Northby District Council,\nSpecifically, I am seeking information on the following:\n3. Have you re-used "
        "Christmas Decorations / Lights from a previous year\nYes\nNo\n4. The amount spent by the council on "
        "celebrities to turn on Christmas Lights\nYours faithfully,\nMatt\n",
        [
            ("3", "Have you re-used Christmas Decorations / Lights from a previous year"),
            ("4", "The amount spent by the council on celebrities to turn on Christmas Lights"),
        ],
        id="a-question-s-answer-options-a-line-each",
    ),
    case(
        # A request the University of Winchester quoted under its refusal: a question with no stop, the request going
        # on by asking; not a short item's line, which ends it
        "I would like to request the following information.\nQ1 Does your institution have any system, policy or "
        "procedure in place for\npreventing violent extremism as recommended for example in the government\n"
        "guidance document Promoting Good Campus Relations\nPlease indicate what procedures or policy exist and "
        "advise when it was decided\nupon and implemented.\nQ2 Noise Abatement Notice issued\nPlease provide the "
        "guidance used in the assessment of the above.\n",
        [
            (
                "1",
                "Does your institution have any system, policy or procedure in place for preventing violent extremism "
                "as recommended for example in the government guidance document Promoting Good Campus Relations "
                "Please indicate what procedures or policy exist and advise when it was decided upon and implemented.",
            ),
            ("2", "Noise Abatement Notice issued"),
        ],
        id="a-question-with-no-stop-going-on-by-asking",
    ),
    case(
        # Nottingham Trent University: its answers numbered by the request's questions, the request not quoted
        "Dear Mr Benson\n\nFurther to your request for certain information in relation to Terrorism Legislation, the "
        "University has considered your request and provides the following response:\n\nQ1 \u2013 No\n\nQ2 \u2013 "
        "The University does not have a \u2018module review process\u2019 similar to that established at the "
        "University of Northby.\n\nQ3 & Q4 - The University neither confirms nor denies that it holds information "
        "falling within the description specified in your request.\n",
        [],
        id="negative-answers-numbered-by-the-request-s-questions",
    ),
    case(
        # The Glasgow School of Art on WhatDoTheyKnow: the reply's own numbered notes, under a request of one paragraph
        "Dear The Northby School of Art,\n\nSince opening in 2016, how many students have enrolled in the Design "
        "courses? In addition, what is the % completion rate per course.\n\nYours faithfully,\n\nDr C Hopkins\n\n"
        "Foicoor, The Northby School of Art\n\nDear Dr Hopkins\n\nThe response below was received from the Head of "
        "Academic Registry:\n\nDesign 0 100% 10 100%\n\nPlease note \u2013 we have used the standard rounding "
        "methodology in the statistics presented:\n\n 1. All numbers are rounded to the nearest multiple of 5\n 2. "
        "Any number lower than 2.5 is rounded to 0\n",
        [],
        id="negative-a-reply-s-own-numbered-notes-under-the-request",
    ),
    case(
        # The North London Waste Authority: what the reply sends, listed under "Please find attached:"
        "Dear Sir\n\nPlease find attached:\n- The minutes of Members Recycling Working Group (MRWG) meetings from 21 "
        "January and 13 February 2020.\n- Papers about the WEEE collection and bring bank service submitted in June "
        "2020.\n\nThe minutes and papers have had the details of officers redacted.\n",
        [],
        id="negative-bullets-under-please-find-attached",
    ),
    case(
        # A council on WhatDoTheyKnow: the request's bullets, then the reply restating them, each answer under its
        # bullet, the introduction and the first bullet wrapped
        "Dear Sir/Madam,\nUnder the Freedom of Information Act, I would like to request the following information:\n"
        "- The total number of complaints about noise made during the 2021 calendar year\n- The reason for each of the "
        "above complaints\nYours faithfully,\nJamie Dixon\nDear Jamie Dixon,\nI can confirm that the Council does hold "
        "this information, as detailed below.\nUnder the Freedom of Information Act, I would like to request the\n"
        "following information:\n- The total number of complaints about noise made during the\n2021 calendar year\n"
        "1,106.\n- The reason for each of the above complaints\nNeighbour disputes = 90\nNoise birds = 10\n",
        [
            ("•1", "The total number of complaints about noise made during the 2021 calendar year"),
            ("•2", "The reason for each of the above complaints"),
        ],
        answers={"•1": [A(contains="1,106")], "•2": [A(contains="Neighbour disputes = 90")]},
        id="a-reply-restating-the-request-s-bullets-above-its-answers",
    ),
    case(
        # ... but the items of a request that name documents are its questions
        "Dear Sir\n\nPlease provide:\n\n1. The Council Minute which authorises the grant of a short term licence.\n\n"
        "2. The Council report that recommended it.\n\nYours faithfully\n",
        [
            ("1", "The Council Minute which authorises the grant of a short term licence."),
            ("2", "The Council report that recommended it."),
        ],
        id="items-naming-the-council-s-documents",
    ),
    case(
        # An NHS trust's reply on a campaigner's web page: Markdown printed each question as a list of its own, "1."
        "Dear Mrs Micklewright,\n\nThank you for your correspondence received on 15th April.\n\nPlease provide ECT "
        "information under the FOI act to the following questions: -\n\n  1. Please supply patient\u2019s "
        "information ECT leaflet.\n\nOur Trust is currently using the RCPSYCH Leaflet \u2013 please see attached."
        "\n\n  1. Please supply patient ECT consent form.\n\nPlease see attached.\n\n  1. How many ECT in 2023?"
        "\n\nThe number of patients receiving ECT treatments during 2023 was 29.\n",
        [
            ("1", "Please supply patient\u2019s information ECT leaflet."),
            ("1", "Please supply patient ECT consent form."),
            ("1", "How many ECT in 2023?"),
        ],
        answers={"1": [A(contains="during 2023 was 29")]},  # the last "1." question's
        id="one-item-lists-each-numbered-1-broken-by-their-answers",
    ),
    case(
        # ... but not an answer's own list numbered from 1 under the only question
        "Dear Mr Smith,\n\n1. Please provide your policies on flexible working.\n\nThe policies are listed below."
        "\n\n1. Flexible working policy (2021)\n2. Home working policy (2022)\n\nYours sincerely,\n",
        [("1", "Please provide your policies on flexible working.")],
        id="negative-an-answer-s-own-list-from-1",
    ),
    case(
        # ... but not a letter of prose that has three paragraphs opening with a question word among its others.
        "Dear Leeds City Council,\n\nI am writing about the closure of the library on Main Street last year.\n\n"
        "What concerns me is that residents were not consulted before the decision was taken\n\nThe building has "
        "stood empty since then and has been vandalised twice.\n\nWhen I asked at the time, I was told a report "
        "would follow\n\nI would like to see the report and the minutes of the meeting that decided it.\n\n"
        "Where the minutes are not held, please say so\n\nYours faithfully,\n\nA Resident\n",
        [],
        id="negative-a-letter-of-prose-with-paragraphs-opening-with-question-words",
    ),
    case(
        # NHS Cheshire CCG's letter: one answer to the parts, numbered by them, under the reply's heading
        "Dear Daniel Stonard,\nYou asked:\n\n1) Has the CCG deployed a cross-practice approach to the digitisation "
        "of patient records?\na) If so, who is the supplier the CCG has contracted with?\nb) When was the contract "
        "awarded?\n\nOur response:\n1a  - b)  NHS Cheshire CCG has contracted EMIS Health to digitise the records. "
        "The contract was agreed at the end of 2018.\n",
        [
            ("1", "Has the CCG deployed a cross-practice approach to the digitisation of patient records?"),
            ("a", "If so, who is the supplier the CCG has contracted with?"),
            ("b", "When was the contract awarded?"),
        ],
        id="an-answer-numbered-by-the-parts-it-answers-is-no-part",
    ),
    case(
        # The Gambling Commission's log: one bullet under a request for "the following information:"
        "Request\nUnder the Freedom of Information Act I would like to request the following information:\n- Copies "
        "of all correspondence between the Commission and the Cabinet Office regarding its investigations\nPlease "
        "confine your search to correspondence sent between 22 May and 4 July 2024\nResponse\nThank you for your "
        "request.\n",
        [
            (
                "•1",
                "Copies of all correspondence between the Commission and the Cabinet Office regarding its "
                "investigations",
            )
        ],
        id="one-bullet-under-a-request-for-the-following",
    ),
    case(
        # (a reply's own single bullet under "please see the following:" asks nothing)
        "Dear Mr Lee,\n\nThank you for your request. For the details, please see the following:\n- Our published "
        "register of contracts\n\nYours sincerely,\nFOI Team\n",
        [],
        id="one-bullet-under-see-the-following-asks-nothing",
    ),
    case(
        # A WhatDoTheyKnow request to Slough Borough Council: starred items under "as follows", no colon
        "Dear Northby Borough Council,\nPlease provide the full internal audit for the items as follows\n* subsidiary "
        "companies\n* Governance ( Corporate Scrutiny)\n* Governance (A&G)\n\nYours faithfully,\n\nGwen Swinburn\n",
        [("•1", "subsidiary companies"), ("•2", "Governance ( Corporate Scrutiny)"), ("•3", "Governance (A&G)")],
        id="bullets-under-as-follows-with-no-colon",
    ),
    case(
        # A WhatDoTheyKnow request to MidKent College: the categories lettered, then the questions numbered from 1
        "Dear Northby College,\n\nPlease answer for A-C on questions 1-3.\na) Printers\nb) Desktops\nc) Laptops\n"
        "Q1. Please name all the IT resellers that you buy from.\nQ2. What year and month is the next hardware "
        "refresh due?\nQ3. Do you normally purchase equipment as services or as a capital?\n\nYours faithfully,\n\n"
        "Matthew Varns\n",
        [
            ("a", "Printers"),
            ("b", "Desktops"),
            ("c", "Laptops"),
            ("1", "Please name all the IT resellers that you buy from."),
            ("2", "What year and month is the next hardware refresh due?"),
            ("3", "Do you normally purchase equipment as services or as a capital?"),
        ],
        id="lettered-categories-then-numbered-questions",
    ),
    case(
        # The Northern Ireland Housing Executive's letter: the request restated in items numbered without a stop,
        # each answered below by its number
        "Dear Ms Sinclair,\n\nThe information requested is as follows;\n\n1 How many one bedroom properties are "
        "available to let this week?\n\n2 How many tenants are deemed to be under-occupying?\n\n1 There are 5, one "
        "bedroom properties available for re-let this week.\n\n2 There are 473 tenants who are deemed to be "
        "under-occupying.\n\nYours sincerely,\n\nFrank O'Connor\n",
        [
            ("1", "How many one bedroom properties are available to let this week?"),
            ("2", "How many tenants are deemed to be under-occupying?"),
        ],
        answers={"1": [A(contains="There are 5")], "2": [A(contains="There are 473")]},
        id="reply-restating-items-numbered-without-a-stop-then-answering-by-number",
    ),
    case(
        # Channel Four Television Corporation on WhatDoTheyKnow: the site's marks for links it lists below
        "Dear Mr Cross,\n\nWe have excluded policies which are already in the public domain and are readily "
        "available on our website at the following links:\n\n 1. [1]\n 2. [2]\n 3. [3]\n\nWe have applied "
        "redactions to these policy documents.\n",
        [],
        id="numbered-link-marks-are-no-questions",
    ),
    case(
        # A WhatDoTheyKnow request to Tower Hamlets Borough Council: the last part joined on with "and"
        "Dear Northby Council,\n(1) For each month, include how many received the council's response\n(a) within "
        "15wd,\n(b) in 16-20 wd,\n(c) after 20wd,\nand (d) any still awaiting response.\n(2) Include how many were "
        "referred to Internal Review.\nYours faithfully,\nJames Muldoon\n",
        [
            ("1", "For each month, include how many received the council's response"),
            ("a", "within 15wd,"),
            ("b", "in 16-20 wd,"),
            ("c", "after 20wd,"),
            ("d", "any still awaiting response."),
            ("2", "Include how many were referred to Internal Review."),
        ],
        id="last-part-joined-on-with-and",
    ),
    case(
        # North Yorkshire Police's log: what a question covers, said after its question mark, is the request's
        "Request\nQ1. Please could you provide the number of times the force has been contacted by an MP in 2023 and "
        "2024? This would relate to threats, abuse and concerns for the safety of the MP. If you do not have the data "
        "for 2023 and 2024, please look at the last five years.\nQ2. Please could you also provide the number of "
        "crimes reported in the same time period?\nDecision\nThe force can neither confirm nor deny that "
        "information is held by virtue of Section 23 (5).\n",
        [
            (
                "1",
                "Please could you provide the number of times the force has been contacted by an MP in 2023 and 2024? "
                "This would relate to threats, abuse and concerns for the safety of the MP. If you do not have the "
                "data for 2023 and 2024, please look at the last five years.",
            ),
            ("2", "Please could you also provide the number of crimes reported in the same time period?"),
        ],
        answers={"1": []},
        id="what-a-question-covers-said-after-its-question-mark",
    ),
    case(
        # Northumbria Police's disclosure log: a heading straight under the last question heads answers by number
        "You asked:\n1. What, if any, bespoke software is used for managing staff vetting?\n2. What was the start "
        "date of the contract?\n3. Who is the senior officer responsible for the vetting process?\nIn Response:\n"
        "Following receipt of your request, searches were conducted with the ICT and Vetting Departments.\n1 - 2. "
        "As the information you have requested at these points is accessible by other means I will rely on Section "
        "21 of the Freedom of Information Act 2000.\n3. The senior officer responsible for the vetting process is "
        "Jon Keenan.\n",
        [
            ("1", "What, if any, bespoke software is used for managing staff vetting?"),
            ("2", "What was the start date of the contract?"),
            ("3", "Who is the senior officer responsible for the vetting process?"),
        ],
        answers={"3": [A(contains="Jon Keenan")]},
        id="response-heading-under-the-last-question-over-numbered-answers",
    ),
    case(
        # Scottish Borders Council's log, its form flattened: the first question glued to the words introducing it
        "Request or Question\nI would appreciate a response under the Freedom of Information (Scotland) Act 2002 to "
        "the following:1. "
        "What Revenues and Benefits IT system does the council use?\n2. Is the system hosted on premise, or in the "
        "cloud?\nResponse\n1. The Council is unable to release this information. Section 35 (1) (a) exempts "
        "information if its disclosure is likely to prejudice the prevention or detection of crime.\n",
        [
            ("1", "What Revenues and Benefits IT system does the council use?"),
            ("2", "Is the system hosted on premise, or in the cloud?"),
        ],
        answers={"1": [A(contains="unable to release", withheld=True, exemptions=("FOISA 35(1)(a)",))]},
        id="first-question-glued-to-its-introduction",
    ),
    case(
        # The Northamptonshire Police, Fire and Crime Commissioner's log: every item of the request "1.", and among the
        # request's own words under its "Question" heading, a line that reads as a heading ("Decisions"); the request
        # runs on to the "Answer" heading.
        "FOI 10042022-1 \u2013 Police Complaint Statistics\n\nQuestion\n\nPlease provide the following 4 pieces "
        "information in a monthly table.\n\n  1. Type of complaint\n\n  1. A summary of the complaint (more detail is "
        "required as to the circumstances of the allegation).\n\nOther generic terms used in the previous spreadsheet "
        "include:\n\nDecisions\n\nGeneral level of service\n\n  1. Which complaints were resolved by the OPFCC "
        "customer service team\n\n  1. Which complaints were forwarded to the Northamptonshire Police Professional "
        "Standards Department\n\nAnswer\n\nI can confirm that the OPFCC holds the information that you have "
        "requested.\n",
        [
            ("1", "Type of complaint"),
            ("1", "A summary of the complaint (more detail is required as to the circumstances of the allegation)."),
            ("1", "Which complaints were resolved by the OPFCC customer service team"),
            ("1", "Which complaints were forwarded to the Northamptonshire Police Professional Standards Department"),
        ],
        id="a-heading-like-line-inside-the-request-under-a-question-heading",
    ),
    case(
        # Basingstoke and North Hampshire Hospitals NHS Foundation Trust's letter: a table flattened with " / " between
        # its cells, each row a question then its figures, a part's row wrapped over its percentages
        "I am writing further to your request for information.\n\n2005 / 2006 / 2007 / 2008\n1) The number of Subject "
        "Access Requests received by the trust annually. / 1168 / 1103 / 1058 / 1073\na. How many were fully complied "
        "with, within the 21 day NHS guidelines. / 585\n(50%) / 581\n(53%) / 776\n(73%) / 622\n(58%)\nb. How many were "
        "fully complied with, within the 40 day statutory timescale / 1105\n(95%) / 989\n(90%) / 977\n(92%) / 962\n"
        "(90%)\n",
        [
            ("1", "The number of Subject Access Requests received by the trust annually."),
            ("a", "How many were fully complied with, within the 21 day NHS guidelines."),
            ("b", "How many were fully complied with, within the 40 day statutory timescale"),
        ],
        answers={
            "1": [A(contains="1168 / 1103")],
            "a": [A(contains="585")],
            "b": [A(contains="1105")],
        },
        id="a-table-flattened-with-slashes-each-row-a-question-then-its-figures",
    ),
    case(
        # ... but two years with a slash between them are what a question asks for
        "Dear Northby Council,\n\n1. Please provide the spend figures for 2018 / 2019\n2. Please provide the budget "
        "for 2020 / 2021\n\nYours faithfully,\n\nA Smith\n",
        [
            ("1", "Please provide the spend figures for 2018 / 2019"),
            ("2", "Please provide the budget for 2020 / 2021"),
        ],
        id="two-years-with-a-slash-between-are-asked-for",
    ),
    case(
        # Central and North West London NHS Foundation Trust's reply: the request's table flattened, each staffing group
        # asked under two questions with the reply's answer glued on
        "Under FOI please provide the following information relating to how the organisation rosters its staff.\n2. "
        "Please state the name(s) of all rostering provider(s) used, split by the following staffing groups:\na. "
        "Medical & DentalDRS - supplied by Skills for Health\nb. AHPsHealthRoster - supplied by Allocate\n3. Does the "
        "organisation store its rostering data on its own servers or in the Cloud? Again please provide this "
        "information for each of the following staffing groups:\na. Medical & DentalHosted by Skills for Health\nb. "
        "AHPsHosted by Allocate \u2013 Cloud based\n",
        [
            (
                "2",
                "Please state the name(s) of all rostering provider(s) used, split by the following staffing groups:",
            ),
            ("a", "Medical & Dental"),
            ("b", "AHPs"),
            (
                "3",
                "Does the organisation store its rostering data on its own servers or in the Cloud? Again please provide "
                "this information for each of the following staffing groups:",
            ),
            ("a", "Medical & Dental"),
            ("b", "AHPs"),
        ],
        answers={"a": [A(contains="Hosted by Skills for Health")], "b": [A(contains="Hosted by Allocate")]},
        id="options-asked-under-several-questions-with-answers-glued-on",
    ),
    case(
        # ... but one name printed the same under each question is the option's own
        "Dear Northby Trust,\n\n1. Which of these do you use?\na. SystmOne\nb. EMIS Web\n2. Which of these do you plan "
        "to replace?\na. SystmOne\nb. EMIS Web\n\nYours faithfully,\n\nA Smith\n",
        [
            ("1", "Which of these do you use?"),
            ("a", "SystmOne"),
            ("b", "EMIS Web"),
            ("2", "Which of these do you plan to replace?"),
            ("a", "SystmOne"),
            ("b", "EMIS Web"),
        ],
        id="a-name-printed-the-same-under-each-question-is-the-option",
    ),
    case(
        # a WhatDoTheyKnow request to the City of Bradford Metropolitan District Council: its last item printed without
        # a stop, the request's closing courtesy on the line under it
        "Dear Bradford City Council,\nUnder the Freedom of Information Act, I would like to request the following "
        "information.\n1. The total number of CCTV cameras currently operated by the council\n2. The total amount spent "
        "on the installation and maintenance of CCTV cameras in the 2020 calendar year\nIf you require any "
        "clarification on the above requests, please let me know.\nAll the best,\nJamie Dixon\n",
        [
            ("1", "The total number of CCTV cameras currently operated by the council"),
            (
                "2",
                "The total amount spent on the installation and maintenance of CCTV cameras in the 2020 calendar year",
            ),
        ],
        id="the-requests-closing-courtesy-under-its-last-item-is-not-asked",
    ),
    case(
        # Oriel College's published response: the first item, bracketed and roman, glued to the colon introducing it,
        # the second opening the next line
        "Response to Freedom of Information Request\nA request was sent to Oriel by e-mail on 16th February requesting"
        " the following information under the Freedom of Information Act:(i) A brief explanation of the various "
        "funds and pools within which your college holds investment funds.\n(ii) A list of all the companies that "
        "the college holds shares in.\n(iii) What, if any, standards of ethical, social or environmental "
        "responsibility does the college exercise in its investments?\nThe response from Oriel College is shown "
        "below:\n4th March 2005\n",
        [
            (
                "i",
                "A brief explanation of the various funds and pools within which your college holds investment funds.",
            ),
            ("ii", "A list of all the companies that the college holds shares in."),
            (
                "iii",
                "What, if any, standards of ethical, social or environmental responsibility does the college exercise "
                "in its investments?",
            ),
        ],
        id="bracketed-first-item-glued-to-its-introduction",
    ),
    case(
        # The same with a space after the colon
        "I request under the Freedom of Information Act the following: 1. The number of fines issued in 2023.\n"
        "2. The number of fines appealed.\n",
        [("1", "The number of fines issued in 2023."), ("2", "The number of fines appealed.")],
        id="first-item-after-a-colon-and-a-space",
    ),
    case(
        # The Bank of England's letter: the request quoted whole, its first number opened by the quotation mark;
        # the request's own note inside the quote, and the letter's words below it, answer no question
        "Dear Jack Montgomery\n\nThank you for your email in which you ask for access to:\n\n'1. Does the Bank "
        "hold any estimates of foreign official holdings of its debt?\n\n2. Do you have any information on the "
        "amounts owed by country?\n\nTo be clear, estimates do not have to be exhaustive.'\n\nUnderstanding the "
        "exact terms of your request is crucial.\n",
        [
            ("1", "Does the Bank hold any estimates of foreign official holdings of its debt?"),
            ("2", "Do you have any information on the amounts owed by country?"),
        ],
        answers={"1": [], "2": []},
        id="request-quoted-whole-from-its-first-number",
    ),
    case(
        # Dundee City Council: each answer printed on after its question; one question's example wraps, then its
        # answer follows the example's full stop
        "The information which I can provide is as follows:\n1. Do you use a private company to enforce against "
        "Littering? No\n2. Do you have a discounted price for a littering FPN and if yes, how long is the "
        "discounted period? e.g. The FPN \nwill be discounted to £50 if paid within 10 days. No\n3. How many FPNs "
        "did you issue for littering in 2018? 30\n",
        [
            ("1", "Do you use a private company to enforce against Littering?"),
            (
                "2",
                "Do you have a discounted price for a littering FPN and if yes, how long is the discounted period? "
                "e.g. The FPN will be discounted to £50 if paid within 10 days.",
            ),
            ("3", "How many FPNs did you issue for littering in 2018?"),
        ],
        answers={"2": [A(contains="No")]},
        id="answer-after-the-full-stop-of-a-questions-example",
    ),
    case(
        # The London Borough of Bromley on WhatDoTheyKnow: the reply repeats a question with its lettered parts,
        # each part above its answer
        "Dear Northby Council,\n\n1 - How many agency social workers did the Council employ on 1st April 2021, "
        "split by:\n\na) Children's Services roles\nb) Adults' Services roles\n\n2 - What was the total spend on "
        "agency social workers in 2020/21?\n\nYours faithfully,\n\nDee Green\n\nDear Dee Green\n\nFOI RESPONSE:\n\n"
        "1 - How many agency social workers did the Council employ on 1st April 2021, split by:\n\n a. Children's "
        "Services roles\n\nHeadcount 67 Agency workers\n\n b. Adults' Services roles\n\nHeadcount 24 Agency "
        "workers\n\n2 - What was the total spend on agency social workers in 2020/21?\n\n£3,571k\n\nRegards\n\n"
        "FOI Co-ordinator\n",
        [
            ("1", "How many agency social workers did the Council employ on 1st April 2021, split by:"),
            ("a", "Children's Services roles"),
            ("b", "Adults' Services roles"),
            ("2", "What was the total spend on agency social workers in 2020/21?"),
        ],
        answers={"a": [A(contains="Headcount 67")], "b": [A(contains="Headcount 24")]},
        id="lettered-parts-repeated-each-above-its-answer",
    ),
    case(
        # UCL's reply on WhatDoTheyKnow: the request's unmarked questions restated, the last two naming after their
        # question marks the fields the answer should give, each answered below
        "Dear Joe\nYour Request:\nWhat date is your Microsoft support renewal?\n1 August each year.\nOn average how "
        "many support requests do you raise per year?\nAbout 40.\nWho is your Head of Procurement? name, email\nJane "
        "Roe, procurement@northby.ac.uk\nWho is your Head of Operations? name, email\nThis information is exempt under "
        "section 40(2).\n",
        [
            ("•1", "What date is your Microsoft support renewal?"),
            ("•2", "On average how many support requests do you raise per year?"),
            ("•3", "Who is your Head of Procurement? name, email"),
            ("•4", "Who is your Head of Operations? name, email"),
        ],
        answers={
            "•3": [A(contains="Jane Roe")],
            "•4": [A(contains="section 40(2)", withheld=True, exemptions=("FOIA 40(2)",))],
        },
        id="unmarked-question-followed-by-the-fields-of-its-answer",
    ),
    case(
        # Public Health Wales's disclosure log: the documents a question's "include:" names, capitalised, on the line
        # below; under a question's other colon a capitalised list is an answer
        "Information Requested:\nI would like the organisation to provide me with the following documents.\n1. "
        "2023/24 IT Department Documents ;- these documents have detailed information on future plans. These "
        "documents include:\nICT Strategy/Plan, ICT Department Plan, ICT Financial Plan\n2. ICT Org Chart ;- with "
        "names and job titles\n3. Please list the rostering suppliers you use:\nAllocate, Liaison, Holt\n",
        [
            (
                "1",
                "2023/24 IT Department Documents ;- these documents have detailed information on future plans. These "
                "documents include: ICT Strategy/Plan, ICT Department Plan, ICT Financial Plan",
            ),
            ("2", "ICT Org Chart ;- with names and job titles"),
            ("3", "Please list the rostering suppliers you use:"),
        ],
        answers={"3": [A(contains="Allocate, Liaison")]},
        id="capitalised-names-under-include-run-on-the-question",
    ),
    case(
        # the Marine Management Organisation's log: the request's sentence, then a line that only points back to it
        # above the dashed documents asked for
        "Dear Sir,\nI am making a formal request for a copy of documents regarding the results of the independent "
        "testing.\nThis is to include:\n- Internal emails, memos, drafts and notes relating to the suppliers.\n- "
        "Correspondence with the independent testers relating to the results of the tests.\n- Letters or other "
        "correspondence with the suppliers after the results were published.\nPlease acknowledge the receipt of this "
        "request.\n",
        [
            ("•1", "Internal emails, memos, drafts and notes relating to the suppliers."),
            ("•2", "Correspondence with the independent testers relating to the results of the tests."),
            ("•3", "Letters or other correspondence with the suppliers after the results were published."),
        ],
        id="dashed-list-under-a-line-that-points-back-to-the-request",
    ),
    case(
        # the Scottish Information Commissioner's decision on Glasgow City Council: the request's bracketed list under
        # the notice's own numbered paragraph, whose sentence runs on into it with no colon
        "Decision 005/2020: Social care delivery services\n\nBackground\n\n1. This case involves Cordia, an arm's "
        "length external organisation.\n\n2. On 14 November 2018, the Applicant submitted a nine-part request for "
        "information to the Council. The Applicant requested information comprising guidance or protocols for\n\n(1) "
        "Calculation of client contributions to the cost of their personal care\n\n(2) Assessment of client "
        "income/outgoings\n\n(3) Staff procedure for handling unusual/complicated cases\n\n3. The Council responded "
        "on 12 December 2018.\n",
        [
            ("1", "Calculation of client contributions to the cost of their personal care"),
            ("2", "Assessment of client income/outgoings"),
            ("3", "Staff procedure for handling unusual/complicated cases"),
        ],
        id="bracketed-request-list-under-a-notice-paragraph-with-no-colon",
    ),
    case(
        # Transport Scotland's published EIR release: each part of the request under a heading "Part One", "Part Two";
        # the reply's "Part One of your request" below heads nothing
        "Information requested\n\nPart One\n\nAll documentation held by Transport Scotland about youth crime due to "
        "free bus travel, from the last three months.\n\nPart Two\n\nAll documentation held by Transport Scotland "
        "about putting buses under public control, from the last three months.\n\nResponse\n\nPart One of your "
        "request is answered in the documents attached.\n",
        [
            (
                "One",
                "All documentation held by Transport Scotland about youth crime due to free bus travel, from the last "
                "three months.",
            ),
            (
                "Two",
                "All documentation held by Transport Scotland about putting buses under public control, from the last "
                "three months.",
            ),
        ],
        id="parts-headed-with-spelt-numbers",
    ),
    case(
        # the London Borough of Lambeth's log: a question's examples after its question mark are its own words, not an
        # answer run on
        "Your request\n\n  1. Which company is the supplier of the Electoral Management System (EMS)?\n  2. What "
        "modules are included in the contract? Examples could include tablet canvassing, automated boundary changes, "
        "online staffing app etc.\n  3. What is the annual value of the current EMS contract?\n\n Our response\n\n  "
        "1. Civica Xpress\n  2. We have a rolling contract.\n  3. 16,446 pounds.\n",
        [
            ("1", "Which company is the supplier of the Electoral Management System (EMS)?"),
            (
                "2",
                "What modules are included in the contract? Examples could include tablet canvassing, automated "
                "boundary changes, online staffing app etc.",
            ),
            ("3", "What is the annual value of the current EMS contract?"),
        ],
        answers={"2": [A(contains="rolling contract")]},
        id="examples-after-the-question-mark-are-the-questions",
    ),
    case(
        # Gloucestershire Health and Care NHS Foundation Trust's log, a paragraph a line: each numbered item under "You
        # asked:", its answer under "Our response:"; neither heading ends the request, nor is the label part of an answer
        "Thank you for your recent Freedom of Information request. Please find our response below.\n\nYou asked:\n\n"
        "1.Trust's overall spending on Translation and Interpreting Services\n\nOur response:\n\n2022/23 = "
        "£161,694\n\nYou asked:\n\n2. Total translators employed by the Trust\n\nOur response:\n\nNone\n\nYou "
        "asked:\n\n3.  The hourly pay for in-house interpreters\n\nOur response:\n\nNot applicable\n",
        [
            ("1", "Trust's overall spending on Translation and Interpreting Services"),
            ("2", "Total translators employed by the Trust"),
            ("3", "The hourly pay for in-house interpreters"),
        ],
        answers={
            "1": [A(contains="£161,694")],
            "2": [A(contains="None")],
            "3": [A(contains="Not applicable")],
        },
        id="you-asked-and-our-response-a-paragraph-a-line",
    ),
    case(
        # Central London Community Healthcare NHS Trust's log: each answer in its own cell, run on after the bracket
        # closing the item's period; a year there is the question's own
        "Request\n\nI am writing to request the following information under the Freedom of Information act.\n\n  1. "
        "Volume of requests for F2F interpreting last 12 months (July 2024 to June 2025) 5775\n  2. Spend on F2F "
        "interpreting last 12 months (July 2024 to June 2025) Commercially sensitive information Section 43 applied "
        "(see below)\n  3. Volume of requests for BSL interpreting (by calendar year) 2024\n",
        [
            ("1", "Volume of requests for F2F interpreting last 12 months (July 2024 to June 2025)"),
            ("2", "Spend on F2F interpreting last 12 months (July 2024 to June 2025)"),
            ("3", "Volume of requests for BSL interpreting (by calendar year) 2024"),
        ],
        answers={
            "1": [A(contains="5775")],
            "2": [A(contains="Commercially sensitive", withheld=True, exemptions=("FOIA 43",))],
        },
        id="answer-run-on-after-the-bracket-closing-the-period",
    ),
    case(
        # Royal Surrey County Hospital NHS Foundation Trust's published response: "No." after the bracket closing the
        # question's examples, the other answers after their question marks
        '1. Has any of the Trust\'s IT equipment been infected by so-called "ransomware" (malicious software that '
        "encrypts files; examples include Cryptolocker, Locky) No.\n\n2. If so, how many infections have been "
        "detected? N/A\n",
        [
            (
                "1",
                'Has any of the Trust\'s IT equipment been infected by so-called "ransomware" (malicious software that '
                "encrypts files; examples include Cryptolocker, Locky)",
            ),
            ("2", "If so, how many infections have been detected?"),
        ],
        answers={"1": [A(contains="No.")]},
        id="yes-or-no-alone-after-the-bracket-closing-the-question",
    ),
    case(
        # Barts Health NHS Trust's letter: lettered parts after a question's answer, the first three answered together
        "Our response\n\n1.Does the trust manage the digitisation of its patient records on-site?\n\nOn site\n\n2. If "
        "outsourced who is the current provider?\n\nNot applicable\n\na. Was this contract awarded via any "
        "Frameworks e.g. CCS RM1063?\nb. What is the cost of digitising patient records within the trust?\nc. What is "
        "the cost of digitising patient records with outsourced providers?\n\nNot applicable\n\nd. What are the "
        "trusts targets for having patient files scanned?\n\nThe Trust is moving towards paper-lite clinics.\n",
        [
            ("1", "Does the trust manage the digitisation of its patient records on-site?"),
            ("2", "If outsourced who is the current provider?"),
            ("a", "Was this contract awarded via any Frameworks e.g. CCS RM1063?"),
            ("b", "What is the cost of digitising patient records within the trust?"),
            ("c", "What is the cost of digitising patient records with outsourced providers?"),
            ("d", "What are the trusts targets for having patient files scanned?"),
        ],
        id="lettered-parts-after-an-answer-answered-together",
    ),
    case(
        # Cleveland Police's log: the answer lettered under the question, in the reply's voice, its figures below
        "I note you seek the following:\n\nIf possible, please could you provide information on the following for the "
        "last 10 years (2008 - 2018):\n1)       How many police traffic officers did your force have at the start of "
        "each of calendar year?\na)       Below is the headcount we cannot provide data previous to 2012.\n2012 - 80\n"
        "2013 - 78\n\nQ2. Where possible, please indicate the number of police traffic officers on patrol at "
        "different times of day\n\nFor question 2 we would rely on the following:\n",
        [
            ("1", "How many police traffic officers did your force have at the start of each of calendar year?"),
            (
                "2",
                "Where possible, please indicate the number of police traffic officers on patrol at different "
                "times of day",
            ),
        ],
        id="an-answer-lettered-under-its-question-in-the-replys-voice",
    ),
    case(
        # The NHS Business Services Authority's letter: the reasons for withholding names, lettered under "because ...
        # as:", ask nothing
        "A copy of the information is attached with some information redacted as follows.\nPlease be aware that I have "
        "decided not to release full details of all staff as this information falls under the exemption in Section 40 "
        "of the Freedom of Information Act.\nThis is because it would breach the first data protection principle as:\n"
        "a)  It is not fair to disclose these people's personal details to the world and is likely to cause damage or "
        "distress to staff\nb)  These details are not of sufficient interest to the public to warrant an intrusion into "
        "the privacy of those staff.\nAnnex A at the end of this letter sets out the exemption in full.\n",
        [],
        id="reasons-lettered-under-a-because-sentence-ask-nothing",
    ),
    case(
        # Kettering Borough Council's letter on a document site, its lines double-spaced and each letter glued to its
        # item's first word: the payroll items are a line each, not one wrapped line
        "You have requested the following information and I am able to advise you accordingly:\n\nUnder the FOI act "
        "please provide the following information, Workforce Management\n\n1.Please provide the organisation's total "
        "expenditure on temporary agency staff for 2015/16\n\n2.Does the organisation use any 3rd party "
        "services/software to manage bank workers? If so, please provide the following information:\n\na.Provider "
        "Name\n\nb.Description of Services\n\n\na.How does the organisation manage their payroll? "
        "(in-house/outsourced)\n\nb.How frequently does the organisation run its payroll? (monthly/weekly)\n\nc.Which "
        "staff types does the payroll cover? (substantive/temporary)\n\nd.How many payslips did the organisation "
        "process in 2015/16?\n\nThe Council is receiving a rising number of requests for information relating to "
        "contracts.\n",
        [
            ("1", "Please provide the organisation's total expenditure on temporary agency staff for 2015/16"),
            (
                "2",
                "Does the organisation use any 3rd party services/software to manage bank workers? If so, please "
                "provide the following information:",
            ),
            ("a", "Provider Name"),
            ("b", "Description of Services"),
            ("a", "How does the organisation manage their payroll? (in-house/outsourced)"),
            ("b", "How frequently does the organisation run its payroll? (monthly/weekly)"),
            ("c", "Which staff types does the payroll cover? (substantive/temporary)"),
            ("d", "How many payslips did the organisation process in 2015/16?"),
        ],
        id="letters-glued-to-their-items-in-a-double-spaced-letter",
    ),
    case(
        # NHS Lothian's reply on ICT spending, a letter run together onto one line on a document site: each question
        # under its word and number, its answer under a label glued to it
        "Lothian NHS Board Waverley Gate Date Our Ref 05/10/12 3289 Dear FREEDOM OF INFORMATION - ICT I write in response "
        "to your request for information in relation to Information and Communication Technology (ICT) within NHS "
        "Lothian. Please note that there are no Trusts within the NHS in Scotland. Question:1. What is the trust's "
        "overall budget for 2012/13? Answer:NHS Lothian's budget for 2012/12 is £1,244,000,000. Question:2. Please "
        "complete the table below with the relevant requested information on the trust's ICT expenditure. "
        "Answer:Category ICT total Hardware total £16,700,000 Revenue £2,600,000 Capital Question:3. How many IM&T staff "
        "does the trust employ in 2011/12? Answer:There are 198 Whole Time Equivalent staff employed within IM&T.\n",
        [
            ("1", "What is the trust's overall budget for 2012/13?"),
            (
                "2",
                "Please complete the table below with the relevant requested information on the trust's ICT expenditure.",
            ),
            ("3", "How many IM&T staff does the trust employ in 2011/12?"),
        ],
        answers={
            "1": [A(contains="£1,244,000,000")],
            "2": [A(contains="Hardware total")],
            "3": [A(contains="198 Whole Time")],
        },
        id="questions-and-answers-under-glued-labels-in-a-flattened-letter",
    ),
    case(
        # the same with a space after each word: "Question 1. What is ...? Answer: ..."
        "Dear Sir, I write in response to your request for information in relation to Information and Communication "
        "Technology (ICT) within the board. Please note that there are no Trusts within the NHS in Scotland. Question 1. "
        "What is the trust's overall budget for 2012/13? Answer: The budget for 2012/13 is £1,244,000,000. Question 2. "
        "How many IM&T staff does the trust employ in 2011/12? Answer: There are 198 Whole Time Equivalent staff.\n",
        [
            ("1", "What is the trust's overall budget for 2012/13?"),
            ("2", "How many IM&T staff does the trust employ in 2011/12?"),
        ],
        answers={"1": [A(contains="£1,244,000,000")], "2": [A(contains="198 Whole Time")]},
        id="questions-and-answers-under-spaced-labels-in-a-flattened-letter",
    ),
    case(
        # the Scottish Government's FOI release: "Question 1 \u2013 Some information released" heads the first answer,
        # the questions the dash bullets under "Information requested"
        "Information request and response under the Freedom of Information (Scotland) Act 2002\nInformation requested\n"
        "- Could you supply all documentation about Non-fatal strangulation not being a standalone offence, from the "
        "last three months?\n- Could you supply any analysis or briefings about public safety after early prisoner "
        "release schemes, from the last six months?\nResponse\nI have provided an explanation of what information we "
        "have been able to provide for each question.\nQuestion 1 \u2013 Some information released\nThe request "
        "relates to policy being developed on the non-fatal strangulation.\nQuestion 2 \u2013 Information not held\nWe "
        "do not hold any briefings on this.\n",
        [
            (
                "\u20221",
                "Could you supply all documentation about Non-fatal strangulation not being a standalone offence, from "
                "the last three months?",
            ),
            (
                "\u20222",
                "Could you supply any analysis or briefings about public safety after early prisoner release schemes, "
                "from the last six months?",
            ),
        ],
        id="an-answers-heading-naming-its-outcome-is-no-question",
    ),
    case(
        # NatureScot's published reply: under "Your Request", a line between two questions that opens as one asks,
        # its question mark left off
        "Our ref: SIR176254/A4665721\nThank you for your information request, which we received on 9th July 2024. We "
        "have considered your request under the Environmental Information (Scotland) Regulations 2004 (\u2018the "
        "EIRs\u2019).\nYour Request\nHow many ornithologists are employed by NatureScot?\nOf those, how many were assigned to the "
        "schedule 2 review?\nHow many hours were logged on the schedule 2 review by the assigned ornithologist(s)\n"
        "What recommendations did said ornithologist(s) produce for each species on Schedule 2?\nOur Response\n"
        "Our response is below, taking each part of your request in turn.\nHow many ornithologists are employed by "
        "NatureScot\nNatureScot has five permanent terrestrial ornithologists and a further three working within our "
        "Marine Team.\n",
        [
            ("\u20221", "How many ornithologists are employed by NatureScot?"),
            ("\u20222", "Of those, how many were assigned to the schedule 2 review?"),
            ("\u20223", "How many hours were logged on the schedule 2 review by the assigned ornithologist(s)"),
            ("\u20224", "What recommendations did said ornithologist(s) produce for each species on Schedule 2?"),
        ],
        id="a-line-under-the-request-heading-opening-as-a-question-asks-without-its-mark",
    ),
    case(
        # The same reply: each question restated under "Our Response", its mark left off, over its own answer
        "Our ref: SIR176254/A4665721\nThank you for your information request, which we received on 9th July 2024. We "
        "have considered your request under the Environmental Information (Scotland) Regulations 2004 (\u2018the "
        "EIRs\u2019).\nYour Request\nHow many ornithologists are employed by NatureScot?\nOf those, how many were "
        "assigned to the schedule 2 review?\nWhat recommendations did said ornithologist(s) produce for each species "
        "on Schedule 2?\nOur Response\nOur response is below, taking each part of your request in turn.\nHow many "
        "ornithologists are employed by NatureScot\nNatureScot has five permanent terrestrial ornithologists and a "
        "further three working within our Marine Team.\nOf those, how many were assigned to the schedule 2 review\n"
        "There was one senior terrestrial ornithologist assigned to work with Wildlife Management colleagues on the "
        "schedule 2 review.\nWhat recommendations did said ornithologist(s) produce for each species on Schedule 2\n"
        "The advice from our ornithologist forms a key part of our consultation report on the review of Schedule 2 "
        "criteria. As such this is withheld under EIRS Regulation 10(4)(e) - Internal Communications.\n",
        [
            ("\u20221", "How many ornithologists are employed by NatureScot?"),
            ("\u20222", "Of those, how many were assigned to the schedule 2 review?"),
            ("\u20223", "What recommendations did said ornithologist(s) produce for each species on Schedule 2?"),
        ],
        answers={
            "\u20221": [A(contains="five permanent")],
            "\u20222": [A(contains="one senior")],
            "\u20223": [A(contains="withheld under", withheld=True, exemptions=("EISR 10(4)(e)",))],
        },
        id="questions-restated-under-the-response-heading-answered-below-each",
    ),
    case(
        # the Greater London Authority's log: the request's own lines between its questions, under "Your request",
        # answer none of them; the answer stands under "Our response"
        "Request reference number: MGLA241022-1835\n\nYour request\n\nCan I have a copy of all correspondence and "
        "meeting minutes relating to Northby Council regarding affordable housing?\n\nBoth to the housing team and the "
        "planning department over the formulation of the new Local Plan.\n\nCan I see the correspondence and minutes "
        "in relation to the borough's cooperation with neighbouring local authorities?\n\nHas the GLA made its views "
        "known to Northby Council on its housing building needs and if so, can I have a copy, please?\n\nOur "
        "response\n\nYour request in full falls under the exception to disclose because it is considered to be "
        "manifestly unreasonable under regulation 12(4)(b).\n",
        [
            (
                "\u20221",
                "Can I have a copy of all correspondence and meeting minutes relating to Northby Council regarding "
                "affordable housing?",
            ),
            (
                "\u20222",
                "Can I see the correspondence and minutes in relation to the borough's cooperation with neighbouring "
                "local authorities?",
            ),
            (
                "\u20223",
                "Has the GLA made its views known to Northby Council on its housing building needs and if so, can I "
                "have a copy, please?",
            ),
        ],
        answers={
            "\u20221": [],
            "\u20223": [A(contains="manifestly unreasonable", withheld=True, exemptions=("EIR 12(4)(b)",))],
        },
        id="the-requests-own-lines-under-its-heading-answer-nothing",
    ),
    case(
        # A round-robin request on contracts, restated on a police force's log: the words after question 8's mark are
        # the details it wants, not its answer
        "1. Who is the existing supplier for this contract?\n\n2. What is the expiry date of each contract?\n\n"
        "3. The responsible contract officer for each of the contracts above? Full name, job title, contact number and "
        "direct email address.\n\n4. Number of Licenses (ONLY APPLIES TO CONTRACT 3)\n",
        [
            ("1", "Who is the existing supplier for this contract?"),
            ("2", "What is the expiry date of each contract?"),
            (
                "3",
                "The responsible contract officer for each of the contracts above? Full name, job title, contact "
                "number and direct email address.",
            ),
            ("4", "Number of Licenses (ONLY APPLIES TO CONTRACT 3)"),
        ],
        id="contact-details-after-the-question-mark-are-asked-for",
    ),
    case(
        # Hastings Borough Council's log: items numbered "1-", "2-" ..., the longest making the others look hard-wrapped;
        # each stays its own line
        "FOI request (FOIR-125542778)\nCCTV in Hastings\nRequested Wed 19 June 2019\nResponded Fri 16 August 2019\n"
        + DASH_NUMBERED_ITEMS,
        DASH_NUMBERED_QUESTIONS,
        id="items-numbered-with-a-dash-are-not-rejoined-as-wrapped-lines",
    ),
    case(
        # the same log as printed, the reply's date glued to the first item's number
        "FOI request (FOIR-125542778)\nCCTV in Hastings\nRequested Wed 19 June 2019\nResponded Fri 16 August 2019"
        + DASH_NUMBERED_ITEMS,
        DASH_NUMBERED_QUESTIONS,
        id="the-first-item-numbered-with-a-dash-glued-to-the-year",
    ),
    case(
        # Rother District Council's reply on WhatDoTheyKnow: the Act's requirements of a request, lettered under "It
        # must:", ask nothing
        "Dear Mr Smith\nI refer to your request regarding a breakdown on FOI Requests.\n\nUnder section 8 of the "
        "Freedom of Information Act 2000, a request for information must comply with three requirements. It must:\n"
        "(a) be in writing,\n(b) state the name of the applicant and an address for correspondence, and\n(c) "
        "describes the information requested.\n\nAfter initial consideration, this request appears to comply with "
        "requirements (a) and (c).\n",
        [],
        id="the-acts-requirements-lettered-under-it-must-ask-nothing",
    ),
    case(
        # East Lancashire Hospitals NHS Trust's disclosure log: "A)" opens every answer, no "B)" anywhere; not a
        # section heading "A" under which the numbering starts again
        "1. Who supplies your patient survey, or is it done in-house?\nA) Picker Institute\n2. Do you use a real time "
        "reporting tool?\nA) Yes\n3. When does the contract end?\nA) 31st March 2021\n4. What is the annual value "
        "(£) of contract?\nA) We are unable to provide the annual value of the contract as this information is "
        "commercial in confidence.\n",
        [
            ("1", "Who supplies your patient survey, or is it done in-house?"),
            ("2", "Do you use a real time reporting tool?"),
            ("3", "When does the contract end?"),
            ("4", "What is the annual value (£) of contract?"),
        ],
        answers={
            "1": [A(contains="Picker Institute")],
            "2": [A(contains="Yes")],
            "3": [A(contains="31st March 2021")],
            "4": [A(contains="unable to provide")],
        },
        id="answers-each-opened-by-a-with-no-b-under-numbered-questions",
    ),
    case(
        # the same "A." once over a "B.": sections, the numbering starting again under each (Bedford Borough
        # Council's request)
        "A. Temporary accommodation\n1. How many households are in temporary accommodation?\n2. How many of them "
        "are families?\nB. Homelessness prevention\n1. How many households were prevented from becoming homeless?\n",
        [
            ("1", "How many households are in temporary accommodation?"),
            ("2", "How many of them are families?"),
            ("1", "How many households were prevented from becoming homeless?"),
        ],
        id="a-and-b-section-headings-number-their-questions-from-1-again",
    ),
    case(
        # Hastings Borough Council's log: the request's parts numbered "1a." with no "1." above them, answered so under
        # the response heading
        "FOI request (FOIR-467384728)\nEmpty properties owned by the council\nI would like to make a request under the "
        "Freedom of Information Act.\n1a. How many residential properties does the council currently own?\n1b. What "
        "is the total value (or estimated value) of these properties?\n2. Please provide a list of all residential "
        "properties that the council currently owns which have been vacant for more than six months.\nResponse\n1a. "
        "54\n1b. Refused under Section 43, please see below.\n2. Refused under Section 31, please see below.\n",
        [
            ("1a", "How many residential properties does the council currently own?"),
            ("1b", "What is the total value (or estimated value) of these properties?"),
            (
                "2",
                "Please provide a list of all residential properties that the council currently owns which have been "
                "vacant for more than six months.",
            ),
        ],
        answers={
            "1a": [A(contains="54")],
            "1b": [A(contains="Section 43", withheld=True, exemptions=("FOIA 43",))],
            "2": [A(contains="Section 31", withheld=True, exemptions=("FOIA 31",))],
        },
        id="parts-numbered-whole-answered-so-under-the-response-heading",
    ),
    case(
        # A WhatDoTheyKnow request to Avon and Somerset Constabulary: "recieved" read respelt by the cues, the question
        # worded as printed
        "Dear Avon and Somerset Constabulary,\nPlease could you answer the following:\n1) I understand that in 2009, the "
        "numbers of officers trained in taser usage was increased to 300. Can you please tell of any increase since "
        "then?\n2) Also, the policy of taser use, and any health & safety advice you have recieved regarding its use.\n"
        "Yours faithfully,\nJ Smith\n",
        [
            (
                "1",
                "I understand that in 2009, the numbers of officers trained in taser usage was increased to 300. Can you "
                "please tell of any increase since then?",
            ),
            ("2", "Also, the policy of taser use, and any health & safety advice you have recieved regarding its use."),
        ],
        id="a-misspelling-cleaning-respelt-is-worded-as-printed",
    ),
    case(
        # Transport for London's published answer, no blank line on the page: the request under its heading is a
        # letter, its greeting and sentences no items
        "Request ID: FOI-3272-2324 Date published: 19 December 2023\nYou asked\nDear Transport for London,\nThere is "
        "a CCTV camera outside 93-99 Upper Richmond Road, London, SW15 2TG, which is visible here: "
        "https://maps.app.goo.gl/Lwq7h7CteXzfvvfZA\nI would like to know the make and model of the camera please.\n"
        "Kindly also provide any documentation confirming the make and model of the camera.\nWe answered\nTfL Ref: "
        "EIR-3272-2324\nThank you for your request received by Transport for London (TfL) on 11th December 2023 asking "
        "for information about a CCTV camera on Upper Richmond Road.\n",
        [],
        id="a-greeting-under-the-requests-heading-opens-a-letter-not-items",
    ),
    case(
        # A WhatDoTheyKnow request to Norfolk County Council: "the following", an aside in brackets, then a semicolon
        "Dear Norfolk County Council,\n\nCould you please release the latest, full diagrammatic plans for the "
        "following (even if they are draft proposals);\n\n- Any potential Long Stratton by-pass\n- New Bowthorpe "
        "mobility hub (Wendene/Dereham rd)\n- New Larkman mobility hub (Larkman lane/Dereham rd)\n\nYours faithfully,"
        "\n\nT. Ballantine\n",
        [
            ("•1", "Any potential Long Stratton by-pass"),
            ("•2", "New Bowthorpe mobility hub (Wendene/Dereham rd)"),
            ("•3", "New Larkman mobility hub (Larkman lane/Dereham rd)"),
        ],
        id="the-following-an-aside-in-brackets-then-a-semicolon-introduces-the-dashed-items",
    ),
    case(
        # Lancashire County Council's log, its entries' fields with no colons, dated in figures ("Date Responded
        # 05/01/2011"): the first entry's request is the page's, its dashed items the questions
        "Foster Care Providers\n\nReference 805.6\nDate Responded 05/01/2011\nResponse Type\nFull Disclosure\nRequest\nI "
        "would like to make a freedom of information request for the following information:\n \n- The number "
        "of children in foster placements with independent providers on 31st March 2010\n- The number of children "
        "in foster placements provided by the local authority on 31st March 2010\n \nIf you require any further "
        "information please do not hesitate to let me know.\n \nI look forward to hearing from you.\n \nResponse\n "
        "Access to Information under the Freedom of Information (2000)\n \nThank you for your email dated 5 "
        "January 2011, in which you request disclosure of information under the provisions of the above Act; "
        "we are now in a position to respond.\n \nThere were 419 Lancashire children placed with independent "
        "fostering providers and 500 placed with local authority foster placements on the 31 March 2010.\n  "
        "\nAttachments None\n\nTop of Page\n\nTeenage pregnancy co-ordinator\n\nReference 805.25\nDate Responded "
        "10/01/2011\nResponse Type\nFull Disclosure\nRequest\nThis is a request under the Freedom of Information "
        "Act 2000.\n \nPlease send me the following information:\n \nDoes the council currently employ a teenage "
        "pregnancy coordinator?\n \nIf so, is the council committed to funding this post for the financial year "
        "2011/2012?\n \nI would like the above information to be provided to me in electronic format.\n\nI understand "
        "that under the act, I should be entitled to a response within 20 working days of your receipt of this "
        "e-mail. I would be grateful if you could confirm in email that you have received this request. I look "
        "forward to hearing from you. \n\nResponse\n",
        [
            ("•1", "The number of children in foster placements with independent providers on 31st March 2010"),
            ("•2", "The number of children in foster placements provided by the local authority on 31st March 2010"),
        ],
        id="a-logs-entries-dated-in-figures-with-no-colon-the-first-entrys-request",
    ),
    case(
        # The University of Oxford's reply letter on WhatDoTheyKnow: the request as a PDF's text, its numbers glued to
        # the words after their stops and run on through the wrapped paragraph
        "I would like to know the details of undergraduate admission by colleges and domicile, could\nyou please tell "
        "me about the data as follows:\n1.How many students were offered by each colleges in 2024 entry 2.How many "
        "Chinese\nstudents were offered by each colleges in 2024 entry 3.How many students (and chinese\nstudents) are "
        "offered to each course in each college?\nRequest\nDear Michelle\nI write in reply to your email requesting "
        "the information detailed above.\n",
        [
            ("1", "How many students were offered by each colleges in 2024 entry"),
            ("2", "How many Chinese students were offered by each colleges in 2024 entry"),
            ("3", "How many students (and chinese students) are offered to each course in each college?"),
        ],
        id="a-numbered-list-glued-to-its-words-run-on-through-a-wrapped-paragraph",
    ),
    case(
        # the University of East Anglia's log: the requester's note clarifying question 3 under it is no answer
        "Request:\n1) The number of confirmed cases of academic misconduct among students.\n2) The number of confirmed "
        "cases of plagiarism among students.\n3) The number of confirmed cases relating to the misuse of Artificial "
        "Intelligence tools\nTo further clarify 3): If you have a flag in your record keeping system which relates to "
        "misuse of AI please use that to classify cases.\n",
        [
            ("1", "The number of confirmed cases of academic misconduct among students."),
            ("2", "The number of confirmed cases of plagiarism among students."),
            ("3", "The number of confirmed cases relating to the misuse of Artificial Intelligence tools"),
        ],
        answers={"3": []},
        id="the-requesters-note-clarifying-a-question-is-no-answer",
    ),
    case(
        # West Midlands Police's log: a request sent to many forces, its nested lists flattened to one level of dashes;
        # the same five systems follow every question, and are what each question asks about, not questions.
        "Contracts for command and control (780A/23)\n"
        "Request\n"
        "- Incumbent Supplier: Please can you provide names of the current supplier(s) for the following contracts"
        " where applicable:\n"
        "- Command and Control\n"
        "- CRM (Contact Management)\n"
        "- Radio (ICCS)\n"
        "- Contract Duration: Please state the contract duration including the start date for each of the systems"
        " contracted in Question 1.\n"
        "- Command and Control\n"
        "- CRM (Contact Management)\n"
        "- Radio (ICCS)\n"
        "- Contract Expiry: Please state the date when the contract expires for each of the systems.\n"
        "- Command and Control\n"
        "- CRM (Contact Management)\n"
        "- Radio (ICCS)\n"
        "Response\n"
        "We can confirm that relevant information is held by West Midlands Police.\n",
        [
            (
                "•1",
                "Incumbent Supplier: Please can you provide names of the current supplier(s) for the following"
                " contracts where applicable:",
            ),
            (
                "•2",
                "Contract Duration: Please state the contract duration including the start date for each of the"
                " systems contracted in Question 1.",
            ),
            ("•3", "Contract Expiry: Please state the date when the contract expires for each of the systems."),
        ],
        id="a-sub-list-repeated-under-each-bullet-is-no-question",
    ),
    case(
        # Lambeth Council's page on homelessness data: people who refuse offers of support, and a council's refuse
        # bins, are what the answers count, not a refusal of the request.
        "Your request\n"
        "Please may I request the following information for your local authority area:\n"
        "1. Any data collected on who turns down support offered by local authority outreach teams.\n"
        "2. Any data collected on the collection of household waste.\n"
        "Our response\n"
        "1. Where individuals refuse offers of support, the outreach team consistently work with them. In November"
        " 2022 of 33 rough sleepers verified, 28 refused offers of support.\n"
        "2. 2018 - Refuse bins were changed to 3 weekly collections.\n",
        [
            ("1", "Any data collected on who turns down support offered by local authority outreach teams."),
            ("2", "Any data collected on the collection of household waste."),
        ],
        answers={"1": [A(contains="28 refused offers")], "2": [A(contains="Refuse bins")]},
        id="refusing-offers-of-support-or-refuse-bins-withhold-nothing",
    ),
    case(
        # NHS Grampian's letter: the request quoted whole, its last question closing the quotation, then each
        # question again over its answer; three questions, each answered.
        "Dear Ms Welch\n"
        "Freedom of Information (Scotland) Act 2002 I refer to your e-mail dated 19 July 2022, requesting:\n"
        "\u201cDo you provide free parking for NHS staff and/or patients?\n"
        "If not, how much do you charge staff to park?\n"
        "how long does it take for staff to be issued a permit when joining your trust?\u201d\n"
        "I can now respond as follows:\n"
        "Do you provide free parking for NHS staff and/or patients?\n"
        "Yes.\n"
        "If not, how much do you charge staff to park?\n"
        "Not applicable.\n"
        "How long does it take for staff to be issued a permit when joining your trust?\n"
        "Four weeks maximum.\n"
        "Yours sincerely\nRoohi Bains\nInformation Governance Manager\nNHS Grampian\n",
        [
            ("•1", "Do you provide free parking for NHS staff and/or patients?"),
            ("•2", "If not, how much do you charge staff to park?"),
            ("•3", "How long does it take for staff to be issued a permit when joining your trust?"),
        ],
        answers={"•1": [A(contains="Yes.")], "•3": [A(contains="Four weeks")]},
        id="a-request-quoted-whole-then-asked-again-over-each-answer-is-asked-once",
    ),
    case(
        # The Newcastle upon Tyne Hospitals NHS Foundation Trust's letter: the request restated item by item, each
        # opening alike, each answered below it; the first not held ("has no coded activity").
        "Dear Mr Valks Pollard\n\nI refer to your request for information under the provisions of the Freedom of"
        " Information Act 2000.\n\nYou requested the following information:\n\n"
        "Figures showing how many people annually have received treatment for stress-related illnesses each year"
        " since 2005.\n\n"
        "The Trust does not provide Mental Health Services and has no coded activity for stress related illness"
        " during the period.\n\n"
        "Figures showing the amount of people who have been detained under the Mental Health Act each year since"
        " 2005.\n\n"
        "The requested information was centrally recorded by the Trust from April 2007.\n\n2007-2008 3\n\n"
        "2008-2009 4\n\n"
        "Figures showing annual abortion numbers annually since 2005.\n\n"
        "Calendar Year / Number of patients\n2005 / 1305\n2006 / 1360\n\n"
        "I trust this information is useful.\n\nYours sincerely\n\nLaura Black\nInformation Governance\n",
        [
            (
                "•1",
                "Figures showing how many people annually have received treatment for stress-related illnesses each"
                " year since 2005.",
            ),
            (
                "•2",
                "Figures showing the amount of people who have been detained under the Mental Health Act each year"
                " since 2005.",
            ),
            ("•3", "Figures showing annual abortion numbers annually since 2005."),
        ],
        answers={
            "•1": [A(contains="no coded activity", not_held=True)],
            "•2": [A(contains="centrally recorded")],
            "•3": [A(contains="2005 / 1305")],
        },
        id="items-a-reply-restates-opening-alike-keep-the-answers-below-them",
    ),
    case(
        # Northumbria Police's log: one answer to two questions, its first number with no mark ("1 & 3.")
        "You asked:\n\n1) Total number of firearms owned by your police force\n\n2) Spend on new firearms acquired by"
        " your force over the past six years\n\n3) A breakdown of new firearms acquired by your force over the past six"
        " years.\n\nIn Response:\n\n2. In relation to the figures below, spend in 2016/17 rose.\n\n1 & 3.\n\nThe"
        " firearms will not be broken down by type and we shall rely on the following exemptions.\n",
        [
            ("1", "Total number of firearms owned by your police force"),
            ("2", "Spend on new firearms acquired by your force over the past six years"),
            ("3", "A breakdown of new firearms acquired by your force over the past six years."),
        ],
        answers={
            "1": [A(contains="will not be broken down", withheld=True)],
            "2": [A(contains="spend in 2016/17 rose")],
            "3": [A(contains="will not be broken down", withheld=True)],
        },
        id="an-answer-to-two-questions-its-first-number-unmarked",
    ),
    case(
        # The Metropolitan Police Service's disclosure log: each number with a bullet glyph glued after it
        "Freedom of information request reference no: 01.FOI.23.034207\nI note you seek access to the following"
        " information:\n1\u2022 The total volume of ANPR entries annually recorded by cameras owned by the Metropolitan"
        " Police Service\n2\u2022 The total volume of ANPR entries annually received from Transport for London\n3\u2022"
        " Contacts relating to the procurement of the current contractor\nDecision\nI have today decided to disclose some"
        " of the requested information.\n",
        [
            (
                "1",
                "The total volume of ANPR entries annually recorded by cameras owned by the Metropolitan Police "
                "Service",
            ),
            ("2", "The total volume of ANPR entries annually received from Transport for London"),
            ("3", "Contacts relating to the procurement of the current contractor"),
        ],
        id="numbers-with-a-bullet-glyph-glued-after",
    ),
    case(
        # Sandwell Council: each question above its answer; the last gives examples after its question mark,
        # wrapped onto the next line
        "Dear Mr Taylor,\nThe specific responses to each question are provided below:\nWho is your main contact "
        "for commissioning?\nDavid Stevens, Director\nDo you use an IT system to support contract management?\nWe "
        "do not.\nDo private brokers operate in your area?\nYes.\nHow do you currently procure your services, please "
        "provide the split between the following methods? e.g. via commissioning teams, panels for expensive care "
        "packages,\npersonalisation/self-directed support\nThe Council uses all of the methods listed above.\n",
        [
            ("•1", "Who is your main contact for commissioning?"),
            ("•2", "Do you use an IT system to support contract management?"),
            ("•3", "Do private brokers operate in your area?"),
            (
                "•4",
                "How do you currently procure your services, please provide the split between the following "
                "methods? e.g. via commissioning teams, panels for expensive care packages, personalisation/"
                "self-directed support",
            ),
        ],
        answers={"•4": [A(contains="uses all of the methods")]},
        id="unmarked-question-with-examples-wrapped-onto-the-next-line",
    ),
    case(
        # A WhatDoTheyKnow request to De Montfort University: a follow-up asked with a full stop between two
        # questions; in a reply, "When a request is received, we log it." between two is the answer
        "Dear Northby University,\n\nI request to know the information for the year 2020.\n\nDid your university "
        "conduct experiments on animals in the year 2020?\n\nIf yes to the above question, how many animals were "
        "held on the premises for research purposes.\n\nWhat species of animal were used?\n\nWere the animals used "
        "for medical or non medical research?\n\nYours faithfully,\nWendy Park\n",
        [
            ("•1", "Did your university conduct experiments on animals in the year 2020?"),
            ("•2", "If yes to the above question, how many animals were held on the premises for research purposes."),
            ("•3", "What species of animal were used?"),
            ("•4", "Were the animals used for medical or non medical research?"),
        ],
        id="unmarked-follow-up-asked-with-a-full-stop-between-questions",
    ),
    case(
        "Dear Mr Taylor,\nThe specific responses to each question are provided below:\nDo you log requests?\nWhen "
        "a request is received, we log it.\nWho is your main contact for requests?\nDavid Stevens, Director\nDo "
        "you publish a disclosure log?\nYes.\n",
        [
            ("•1", "Do you log requests?"),
            ("•2", "Who is your main contact for requests?"),
            ("•3", "Do you publish a disclosure log?"),
        ],
        answers={"•1": [A(contains="we log it")]},
        id="unmarked-questions-with-an-answer-opening-with-when-between",
    ),
    case(
        # Hastings Borough Council's disclosure log, flattened: the reply's date glued to the first question's number
        "FOI request (FOIR-152471013)\nTrees\nRequested Thu 24 October 2019\nResponded Thu 14 November 20191. Do you "
        "conduct an audit of the trees that your authority has responsibility for?\n2. How many trees were felled "
        "in 2018-19?\nResponse\nQ1 - Information not held\nQ2 - 160\n",
        [
            ("1", "Do you conduct an audit of the trees that your authority has responsibility for?"),
            ("2", "How many trees were felled in 2018-19?"),
        ],
        id="first-question-glued-to-a-date",
    ),
    case(
        # A request in Hastings Borough Council's disclosure log: a note on the third item, unmarked, between items
        "Dear Northby Council,\n\nPlease provide:\n- The total number of lettings made during the year.\n- The total "
        "amount spent on the scheme during the year. This should include all costs.\nFor example, if the authority "
        "pays for software I would like this to be included in the calculation.\n- The total amount spent on any "
        "other process during the year.\n\nYours faithfully,\nA Person\n",
        [
            ("•1", "The total number of lettings made during the year."),
            (
                "•2",
                "The total amount spent on the scheme during the year. This should include all costs. For example, if "
                "the authority pays for software I would like this to be included in the calculation.",
            ),
            ("•3", "The total amount spent on any other process during the year."),
        ],
        id="bullet-with-a-note-under-it-before-the-next",
    ),
    case(
        # A heading between two lists ends the first (Nottinghamshire Fire and Rescue Service's log).
        "You asked for:\n- Would it be possible to get a list of all the stations?\n- Would it be possible to get a "
        "list of the appliances?\nOur Response:\n- Would it be possible to get a list of all the stations?\nAnswer: - "
        "Our stations do not have a specific callsign.\n",
        [
            ("•1", "Would it be possible to get a list of all the stations?"),
            ("•2", "Would it be possible to get a list of the appliances?"),
        ],
        id="bullet-lists-either-side-of-a-heading",
    ),
    case(
        # Derby and Derbyshire Integrated Care Board: the request's lines unnumbered, the reply's numbered repeat cut
        # by the end of the text inside the last question
        "Dear Northby ICB,\nHow many continuing healthcare assessments were completed?\nFinally, what settings was "
        "this funding provided for? e.g. residential care homes, nursing homes, and live-in care.\nDate: 10 August "
        "2022\nDear Sir / Madam,\nI refer to your email of 18 July 2022.\n1. How many continuing healthcare "
        "assessments were completed?\nThe number is 637.\n2. Finally, what settings was this funding provided for? "
        "e.g. residentia",
        [
            ("1", "How many continuing healthcare assessments were completed?"),
            (
                "2",
                "Finally, what settings was this funding provided for? e.g. residential care homes, nursing homes, and "
                "live-in care.",
            ),
        ],
        id="question-cut-by-the-end-of-the-text-printed-whole-above",
    ),
    case(
        # Marlow Town Council's log: the answers under the questions, no greeting and no reply's voice but "not held"
        "FOI request received August 5th\nI would like some follow up information on a comment made at the MTC "
        "meeting.\n1. Please can you tell me who advised the MTC that some comments made are potentially libellous?\n"
        "No data is held on file for advice to the individual requested.\n2. Please can you advise me of what legal "
        "advice was taken?\nNo advice was taken by the Council\n",
        [
            ("1", "Please can you tell me who advised the MTC that some comments made are potentially libellous?"),
            ("2", "Please can you advise me of what legal advice was taken?"),
        ],
        answers={
            "1": [A(contains="No data is held", not_held=True)],
            "2": [A(contains="No advice was taken")],
        },
        id="log-answers-under-questions-shown-by-not-held",
    ),
    case(
        # A WhatDoTheyKnow request to the Equality Commission for Northern Ireland: one item, its number printed "1)."
        "Dear Northby Commission,\n\nThis course of action is discriminatory.\n\n1). Please can the Commission "
        "provide evidence of consultation with the Department of Health in relation to this matter.\n\nYours "
        "faithfully,\n\nC Edgar\n",
        [
            (
                "1",
                "Please can the Commission provide evidence of consultation with the Department of Health in relation "
                "to this matter.",
            )
        ],
        id="number-with-bracket-then-stop",
    ),
    # ---------------------------------------------------------------- numbering styles
    case(
        # The requester's list skips 3 (Basildon and Thurrock University Hospitals): numbers kept as printed.
        "Dear Basildon and Thurrock University Hospitals NHS Foundation Trust,\n\nIf you could kindly answer the "
        "following:\n\n(1) What is the current carbon reduction strategy for your Trust?\n(2) Is there a specific "
        "member of staff who leads climate change policies?\n(4) What data has been collected on the Trust's carbon "
        "footprint?\n(5) What training opportunities for staff are available?\n\nYours faithfully,\n\nB Beckett\n",
        [
            ("1", "What is the current carbon reduction strategy for your Trust?"),
            ("2", "Is there a specific member of staff who leads climate change policies?"),
            ("4", "What data has been collected on the Trust's carbon footprint?"),
            ("5", "What training opportunities for staff are available?"),
        ],
        id="list-skips-a-number",
    ),
    case(
        # The reply's voice under a question printed without a stop (Essex Partnership University NHS Foundation
        # Trust); and the requester's "We are requesting ..." under their last question (to the University of East
        # Anglia).
        "Please provide ECT information under the FOI act to the following questions: -\n1. Please supply patient's "
        "information ECT leaflet.\nPlease find attached.\n2. Please supply patient ECT consent form\nPlease find "
        "attached.\n3. Please supply any ECT reports/investigations\nThe Trust "
        "can confirm that there are no report/investigations.\n4. How many ECT in 2022?\n636 treatments.\n",
        [
            ("1", "Please supply patient's information ECT leaflet."),
            ("2", "Please supply patient ECT consent form"),
            ("3", "Please supply any ECT reports/investigations"),
            ("4", "How many ECT in 2022?"),
        ],
        answers={"3": [A(contains="no report/investigations")], "4": [A(contains="636")]},
        id="reply-voice-under-a-question-without-a-stop",
    ),
    case(
        # A WhatDoTheyKnow request to the Agri-Food and Biosciences Institute: the words after the question mark go
        # on asking; an answer run on after one stays an answer
        "The information I wish to request is as follows:\n1) How many animals were used in 2011?\n2) How many "
        "animals were bred in 2011? In the case of rodents, please list by genetic strain.\n3) Copies of any minutes "
        "from Ethical Review Committee meetings.\n",
        [
            ("1", "How many animals were used in 2011?"),
            ("2", "How many animals were bred in 2011? In the case of rodents, please list by genetic strain."),
            ("3", "Copies of any minutes from Ethical Review Committee meetings."),
        ],
        id="words-after-the-question-mark-that-go-on-asking",
    ),
    case(
        # The reply under a question without a stop, its line longer than the question's line and the reply's first
        # word together: the question was not wrapped there (Devon Partnership NHS Trust; South London and Maudsley
        # NHS Foundation Trust's "Please be advised that this information is withheld under s.40 ...").
        "Please provide ECT information under the FOI act to the following questions: -\n2.Please supply patient ECT "
        "consent form\nPlease see attached\n3.Please supply any ECT reports/investigations\nNorthby Partnership NHS "
        "Trust holds this information. The information requested related to personal data.\n4.How many ECT in 2022?"
        "\nUnable to answer.\n",
        [
            ("2", "Please supply patient ECT consent form"),
            ("3", "Please supply any ECT reports/investigations"),
            ("4", "How many ECT in 2022?"),
        ],
        id="reply-longer-than-wrapping-allows-under-a-question-without-a-stop",
    ),
    case(
        # "2 )" with a space before its bracket, between "1)" and "3)" (a request to a Gloucestershire trust)
        "Please could you provide the following information:\n1) How many migrant workers are employed in your trust?"
        "\n2 ) Please provide the number of migrant staff on each visa type.\n3) How many visas will come up for "
        "renewal?\n",
        [
            ("1", "How many migrant workers are employed in your trust?"),
            ("2", "Please provide the number of migrant staff on each visa type."),
            ("3", "How many visas will come up for renewal?"),
        ],
        id="space-before-bracket",
    ),
    case(
        # "#1 - ", "#2 - " (a WhatDoTheyKnow request to Birmingham City University)
        "Dear Birmingham City University,\n\nI would like to be provided with the following information:\n\n#1 - How "
        "much has the institution been spending annually on journals? Per year?\n\n#2 - What are these journals?\n\n"
        "Yours faithfully,\n\nA Reader\n",
        [
            ("1", "How much has the institution been spending annually on journals? Per year?"),
            ("2", "What are these journals?"),
        ],
        id="hash-numbered",
    ),
    case(
        # A short line runs on when the next opens with a joining word (a request quoted by the Met Office)
        'You requested:\n\n"Please provide me with copies of the following documents\n1.Lightning Protection System '
        "Test Results since 2004.\n2.Lightning Risk Assessment Reports since 2004.\n4. Specific details\nof the "
        'Sustainable Urban Drainage System (SUDS)\n5.Details of the Petrol Oil Interceptors installed."\n',
        [
            ("1", "Lightning Protection System Test Results since 2004."),
            ("2", "Lightning Risk Assessment Reports since 2004."),
            ("4", "Specific details of the Sustainable Urban Drainage System (SUDS)"),
            ("5", "Details of the Petrol Oil Interceptors installed."),
        ],
        id="short-line-runs-on-from-a-joining-word",
    ),
    case(
        # ... but not from any lower-case word: a table read across two columns ("procure a / comprised 48.6")
        "1. How many staff are employed in the team?\n2. Does the Trust plan to procure a\ncomprised 48.6 WTE posts, "
        "including application support.\n",
        [("1", "How many staff are employed in the team?"), ("2", "Does the Trust plan to procure a")],
        id="short-line-does-not-run-on-from-any-lower-case-word",
    ),
    case(
        # Under a "Response" heading with no question above, "Question 1" heads an answer (South Wales Police)
        "REQUEST\nI am writing to request the following information relating to the force's Zone of Safety trial\n"
        "RESPONSE\nWe consulted with our Digital services unit.\nQuestion 1\nThe funding request was prepared on "
        "behalf of the NPCC.\nQuestion 2\nYour request for this information has now been considered and I am not "
        "obliged to supply the information you have requested.\n",
        [],
        id="question-n-under-a-response-heading-heads-an-answer",
    ),
    case(
        # ... and so does "1." with its lettered answers below (Lambeth's data hub)
        "Your request\nI submit the following request for information.\n- In total, how many children moved "
        "placement\nOur response\n1.\na) 9 Children had a placement move\nb) 8 Children\n",
        [],
        id="numbered-answers-under-a-response-heading",
    ),
    case(
        # ... unless the line below asks (a disclosure log that prints the request under its "Response" heading)
        "Response\nI am requesting the following information.\nQ1: For the years 2019 to 2023 how many crimes "
        "were logged where a machete was recorded? (Note: a text search would do).\nWe have provided data below.\n",
        [
            (
                "1",
                "For the years 2019 to 2023 how many crimes were logged where a machete was recorded? (Note: a text "
                "search would do).",
            )
        ],
        id="a-question-under-a-response-heading-still-asks",
    ),
    case(
        # The reply's question to the requester is no question of the request (Yorkshire Ambulance Service)
        "Dear Yorkshire Ambulance Service NHS Trust,\n\nHow many staff failed to take their full annual leave in "
        "2014?\nHow many hours of annual leave did the trust not carry forward into 2015?\nHow many hours of annual "
        "leave did the trust carry forward into 2015?\n\nYours faithfully,\n\nMr T Hartley\n\nGood Afternoon\n\n"
        "In order to respond to your request, we require some clarification.\n\nCan you please clarify the staff "
        "that your request refers to?\n\nIssued by Yorkshire Ambulance Service\n",
        [
            ("•1", "How many staff failed to take their full annual leave in 2014?"),
            ("•2", "How many hours of annual leave did the trust not carry forward into 2015?"),
            ("•3", "How many hours of annual leave did the trust carry forward into 2015?"),
        ],
        id="reply-asking-the-requester-is-no-question",
    ),
    case(
        # A sentence saying why above questions of a line each (a WhatDoTheyKnow request to Causeway Coast and Glens)
        "Dear Causeway Coast and Glens Borough Council,\n\nI am conducting some research into the progress of the "
        "recommendations made in the report.\n\nPlease can you confirm the name and address of all traveller sites in "
        "your area.\n\nPlease can you confirm for each site whether it holds a current site licence.\n\nPlease can "
        "you confirm the number of licence applications received since March 2018.\n\nYours faithfully,\n\n"
        "Kelly Laverty\n",
        [
            ("•1", "Please can you confirm the name and address of all traveller sites in your area."),
            ("•2", "Please can you confirm for each site whether it holds a current site licence."),
            ("•3", "Please can you confirm the number of licence applications received since March 2018."),
        ],
        id="preamble-above-questions-of-a-line-each",
    ),
    case(
        # ... but two sentences of prose that ask nothing are no list of questions
        "Dear Northby Council,\n\nI am conducting some research into traveller sites.\n\nI would be grateful for "
        "any information you hold on site licences since 2018.\n\nYours faithfully,\n\nKelly Laverty\n",
        [],
        id="prose-request-is-no-list",
    ),
    case(
        # "1.)" with both marks (the School of Oriental and African Studies' disclosure log)
        "Request\n\nI would like to know how many complaints you have received regarding the following:\n\n1.) "
        "Bullying\n2.) Stalking\n3.) Sexual Harassment\n\nResponse\n\nThese are covered by the Dignity policy.\n",
        [("1", "Bullying"), ("2", "Stalking"), ("3", "Sexual Harassment")],
        id="dot-and-bracket-after-the-number",
    ),
    case(
        # A number skipped after an answer, or with another mark, is no question: "4." after "(2)" and its answer.
        "1) How many staff do you employ?\n2) How many are agency staff?\n\nWe employ 400 staff, of whom:\n"
        "4. are agency staff in the finance team\n",
        [("1", "How many staff do you employ?"), ("2", "How many are agency staff?")],
        id="skipped-number-after-answer-is-no-question",
    ),
    case(
        # A disclosure-log page flattened to one line per question: the sub-questions follow the colon.
        "Request\n\n1. How many incidents were reported involving drones in each of the following years:- "
        "a. April 2015 to March 2016 b. April 2016 to March 2017\n\n2. How many drones does the force own?\n",
        [
            ("1", "How many incidents were reported involving drones in each of the following years:-"),
            ("a", "April 2015 to March 2016"),
            ("b", "April 2016 to March 2017"),
            ("2", "How many drones does the force own?"),
        ],
        parents={"a": "1", "b": "1", "2": None},
        id="inline-lettered-sub-questions",
    ),
    case(
        # A PDF table read as one paragraph: sub-questions ii and iii run on in i's text (Kent Community Health NHS
        # Foundation Trust's reply); each is its own sub-question of 3, in order.
        "1. How many young people were referred to CAMHS?\n3. Regarding CAMHS services in the financial year "
        "2018-19:\ni. How many patients waited more than 4 weeks for an initial assessment? (What\npercentage of "
        "the total is this?) ii. How many patients waited more than 18 weeks for an\ninitial assessment? iii. What "
        "was the longest wait time for\ntreatment?\n",
        [
            ("1", "How many young people were referred to CAMHS?"),
            ("3", "Regarding CAMHS services in the financial year 2018-19:"),
            (
                "i",
                "How many patients waited more than 4 weeks for an initial assessment? (What percentage of the "
                "total is this?)",
            ),
            ("ii", "How many patients waited more than 18 weeks for an initial assessment?"),
            ("iii", "What was the longest wait time for treatment?"),
        ],
        parents={"i": "3", "ii": "3", "iii": "3"},
        id="inline-roman-siblings-run-on",
    ),
    case(
        # "1. (a)" is 1a (shared/corpus/LABELLING.md); its next part, glued to its mark past a blank line, is b of 1 (the
        # Northern Ireland Assembly Commission's reply quoting the request).
        "In your request, you asked:\n\n\u201c1. (a) We would like to request a copy of all correspondence.\n\n(b)We "
        "respectfully request we are included in any further correspondence.\n\n2. On 04th August 2021, we submitted "
        "concerns.\n\n(a) What action was taken?\n\n(b) Please provide a copy of all documentation.\u201d\n\n"
        "Please see the list below of documentation that is relevant to your request.\n",
        [
            ("1a", "We would like to request a copy of all correspondence."),
            ("b", "We respectfully request we are included in any further correspondence."),
            ("2", "On 04th August 2021, we submitted concerns."),
            ("a", "What action was taken?"),
            ("b", "Please provide a copy of all documentation."),
        ],
        parents={"1a": None, "a": "2"},
        id="the-part-after-a-glued-first-part",
    ),
    case(
        # One part asked on its question's line after the question mark (the Financial Reporting Council's disclosure
        # log); a statement's "a." after a question mark is no part.
        "Nature of Request\n\n1. How many investigations have been opened?\n2. How many investigations have been "
        "closed following action being taken? a. What action was taken in these investigations?\n3. How many were "
        "referred? a. Referral to the police is rare.\n",
        [
            ("1", "How many investigations have been opened?"),
            ("2", "How many investigations have been closed following action being taken?"),
            ("a", "What action was taken in these investigations?"),
            ("3", "How many were referred? a. Referral to the police is rare."),
        ],
        parents={"a": "2"},
        id="one-part-asked-after-the-questions-mark",
    ),
    case(
        # A condition's first part on the condition's line, its sibling on the next (a WhatDoTheyKnow request sent to
        # many academy trusts, the Ted Wragg Trust among them); its mark "a.)"
        "Dear Northby Trust,\n\nQuestions:\n1. How many schools are in your Academy Trust?\n2. Do you use the same "
        "procurement organisation for other services or products? (Y/N)\nIf so: a.) Which services or products?\n"
        "b.) What specific frameworks are used to do this?\n3. How does the Local Education Authority influence your "
        "decisions?\n\nYours faithfully,\n\nA Smith\n",
        [
            ("1", "How many schools are in your Academy Trust?"),
            ("2", "Do you use the same procurement organisation for other services or products? (Y/N) If so:"),
            ("a", "Which services or products?"),
            ("b", "What specific frameworks are used to do this?"),
            ("3", "How does the Local Education Authority influence your decisions?"),
        ],
        parents={"a": "2", "b": "2"},
        id="a-conditions-first-part-on-its-line-its-sibling-below",
    ),
    case(
        # A request's items numbered in brackets inside its sentence, then lettered parts in brackets asked of each (a
        # WhatDoTheyKnow request to Mid Ulster District Council): the words joining the items left out, the last item
        # ending with its sentence.
        "Dear Northby District Council,\nI am writing to request information on open country.\nPlease could you provide "
        "a list within your district of any such: (1) access agreements entered into, (2) access orders made and (3) "
        "compulsory acquisitions of land.\nFor any of the above that exist, please could you provide:\n(a) the date "
        "enacted, (b) the size of the land in hectares, (c) a map of the land in question, and (d) a copy of the "
        "respective access agreement as applicable. Please feel free to redact any personal data.\nYours faithfully,\n"
        "Ligand Fields\n",
        [
            ("1", "access agreements entered into"),
            ("2", "access orders made"),
            ("3", "compulsory acquisitions of land"),
            ("a", "the date enacted"),
            ("b", "the size of the land in hectares"),
            ("c", "a map of the land in question"),
            ("d", "a copy of the respective access agreement as applicable"),
        ],
        id="items-numbered-and-lettered-in-brackets-inside-a-sentence",
    ),
    case(
        # Numbers in brackets not after a colon are no list: a section's subsections cited.
        "Dear Northby District Council,\nPlease tell me how often you relied on section 40 (1) and (2) of the Act."
        "\nYours faithfully,\nLigand Fields\n",
        [],
        id="subsections-in-brackets-are-no-inline-items",
    ),
    case(
        # Bullets under an introduction asking for "the following" with no stop at its end (a WhatDoTheyKnow request to
        # Thornaby Town Council); a reply's "please see the following" above its own bullets asks nothing.
        "Dear Northby Town Council,\n\nI would be grateful if you could provide the following information all related "
        "to the income and expenditure within Northby Town Council\n\n\u2022 Forecasted year on year spend for the "
        "town hall running costs.\n\u2022 How the ownership of the town hall is currently recorded.\n\nYours "
        "faithfully,\n\nJo Bloggs\n",
        [
            ("\u20221", "Forecasted year on year spend for the town hall running costs."),
            ("\u20222", "How the ownership of the town hall is currently recorded."),
        ],
        id="bullets-under-an-unstopped-introduction",
    ),
    case(
        # Dashed items finishing the sentence that asks, left open on its preposition with no stop ("In particular, I
        # would like to request any information held by CICA on / - awards made to women or men who have subsequently
        # been convicted ...", a WhatDoTheyKnow request to the Criminal Injuries Compensation Appeals Panel).
        "Dear Northby Appeals Panel,\n\nIn particular, I would like to request any information held by the panel "
        "on\n- awards made to people later convicted of such an offence\n- awards recovered after a conviction\n\n"
        "Yours faithfully,\n\nJo Bloggs\n",
        [
            ("\u20221", "awards made to people later convicted of such an offence"),
            ("\u20222", "awards recovered after a conviction"),
        ],
        id="dashes-finishing-a-request-left-open-on-its-preposition",
    ),
    case(
        "Dear Mr Bloggs,\n\nWe hold the following information on\n- awards made in 2023\n- awards recovered in "
        "2023\n\nYours sincerely,\n\nTown Clerk\n",
        [],
        id="a-replys-dashes-under-its-own-words-left-open",
    ),
    case(
        # A question's lettered parts each asked under the answer above it, each with its own answer below (Oxleas NHS
        # Foundation Trust's letter: "2. If outsourced who is the current provider ...? / The current provider is
        # Civica. ... / a. Was this contract awarded via any Frameworks e.g. CCS RM1063? / The original contract was
        # awarded via OJEC back in 2003 / b. What is the cost ...?").
        "Dear Jo,\n\nYou requested the following information:\n\n1. Does the trust scan its records on-site?\nThis "
        "is an outsourced service.\n\n2. If outsourced who is the current provider?\nThe current provider is Northby "
        "Scanning Ltd.\na. Was this contract awarded via any Frameworks?\nThe contract was awarded in 2003\nb. What "
        "is the cost of scanning records within the trust?\nN/A\n\nYours sincerely\n",
        [
            ("1", "Does the trust scan its records on-site?"),
            ("2", "If outsourced who is the current provider?"),
            ("a", "Was this contract awarded via any Frameworks?"),
            ("b", "What is the cost of scanning records within the trust?"),
        ],
        answers={"a": [A(contains="awarded in 2003")], "b": [A(contains="N/A")]},
        id="lettered-parts-each-asked-under-the-answer-above",
    ),
    case(
        # The reply's own lettered points under its answer ask nothing: they are the answer.
        "Dear Jo,\n\nYou requested the following information:\n\n1. Does the trust scan its records on-site?\nWe "
        "scan them in two ways:\na. Paper notes are scanned on receipt.\nb. Letters are scanned weekly.\n\nYours "
        "sincerely\n",
        [("1", "Does the trust scan its records on-site?")],
        id="a-replys-lettered-points-under-its-answer",
    ),
    case(
        "Dear Mr Bloggs,\n\nPlease see the following information about the town hall\n\n\u2022 The running costs were "
        "\u00a312,000.\n\u2022 The hall is owned by a company.\n\nYours sincerely,\n\nTown Clerk\n",
        [],
        id="a-replys-bullets-under-please-see-the-following",
    ),
    case(
        "Dear Mr Bloggs,\n\nWe can provide the following information in relation to your request\n\n\u2022 The council "
        "employs 40 staff.\n\u2022 The budget is \u00a32m.\n\nYours sincerely,\n\nTown Clerk\n",
        [],
        id="a-replys-bullets-under-we-can-provide-the-following",
    ),
    case(
        # The page cut inside its last question, a line of its own like the questions above it (Mersey Care NHS
        # Foundation Trust's published reply: "What is the current number of staff who use a PC or a laptop within your
        # Trust? / (blank) / What are the current Microsoft software licences (server and de").
        "Freedom of Information - Information Technology\n\nWhat software are you using for IT Service Management?\n\n"
        "When does the contract with your current service desk provider end?\n\nThe contract expires in April 2018"
        "\n\nWhat is your annual ICT spend?\n\n\nWhat are the current Microsoft software licences (server and de",
        [
            ("\u20221", "What software are you using for IT Service Management?"),
            ("\u20222", "When does the contract with your current service desk provider end?"),
            ("\u20223", "What is your annual ICT spend?"),
            ("\u20224", "What are the current Microsoft software licences (server and de"),
        ],
        id="the-text-cut-inside-its-last-question-line",
    ),
    case(
        # A reply's last line that is no question stays out, cut or not.
        "Freedom of Information - Information Technology\n\nWhat software are you using for IT Service Management?\n\n"
        "When does the contract with your current service desk provider end?\n\nThe contract expires in April 2018"
        "\n\nWhat is your annual ICT spend?\n\n\nThe annual spend is shown in the table below, by financial ye",
        [
            ("\u20221", "What software are you using for IT Service Management?"),
            ("\u20222", "When does the contract with your current service desk provider end?"),
            ("\u20223", "What is your annual ICT spend?"),
        ],
        id="a-cut-last-line-that-asks-nothing",
    ),
    case(
        # Nor a question of the request restated by the reply and cut there (London Metropolitan University's log).
        "Request\n\nWhat software are you using for IT Service Management?\n\nWhen does the contract with your "
        "provider end?\n\nWhat is your annual ICT spend?\n\nResponse\n\nYou asked:\n\nWhat software are you usi",
        [
            ("\u20221", "What software are you using for IT Service Management?"),
            ("\u20222", "When does the contract with your provider end?"),
            ("\u20223", "What is your annual ICT spend?"),
        ],
        id="a-restated-question-cut-is-no-new-one",
    ),
    case(
        # How the answer should be broken down, said after the question mark above the question's lettered parts (a
        # request on the Moray Council's log): still the question, not an answer run on after it.
        "FOI Request - Potholes\n\n3.  How many legal claims have been lodged against the council in the last three "
        "years? Broken down by years as above.\n3a) Of those, how many were settled with compensation?\n\nResponse"
        "\n\n3. Ten claims.\n",
        [
            (
                "3",
                "How many legal claims have been lodged against the council in the last three years? Broken down by "
                "years as above.",
            ),
            ("3a", "Of those, how many were settled with compensation?"),
        ],
        id="broken-down-by-after-the-question-mark-still-asks",
    ),
    case(
        # Capitals in brackets marking the items inside the requester's sentence (a requester's email to Wiltshire
        # Council on a campaign's site): "(A) ... & (B) ...".
        "Dear Ms Evans,\n\nWhat I would like you to kindly tell me is (A) if the guidance actually requires the "
        "Council to collect information on perpetrators or not & (B) if the Council's policies were formulated using "
        "that information & if not what information was used?\n\nBest regards Jo\n",
        [
            ("A", "if the guidance actually requires the Council to collect information on perpetrators or not"),
            (
                "B",
                "if the Council's policies were formulated using that information & if not what information was used?",
            ),
        ],
        id="capitals-in-brackets-inside-the-requesters-sentence",
    ),
    case(
        # Two question lines under a request that says it asks two (Bolton NHS Foundation Trust's log); two lines
        # ending in a question mark with no such words stay a paragraph's.
        "Reference 2019-510\n\nUnder the Freedom of Information Act I require a response to the following two "
        "questions relating to your Trust;\n\nOver the last 5 years what % of revenue was spent on ICT?\n\nOf this "
        "what % was spent on cyber security?\n\nNote we do not specifically identify costs associated with cyber "
        "security.\n",
        [
            ("\u20221", "Over the last 5 years what % of revenue was spent on ICT?"),
            ("\u20222", "Of this what % was spent on cyber security?"),
        ],
        id="two-question-lines-the-request-says-are-two",
    ),
    case(
        # Section 14's subsections and the Commissioner's numbered guidance quoted in a refusal (the National Police
        # Chiefs' Council's letter): numbered like questions, but the statute's and the guidance's own.
        "Applicant Question:\nPlease could you send me a copy of the agenda and papers for the meeting.\nNPCC Response:"
        "\nS14 Vexatious Requests \u2013 Section 14 \u2013 Over burdensome - the legislation:\n(1)  Section 1(1) does "
        "not oblige a public authority to comply with a request for information if\nthe request is vexatious\n(2)  "
        "Where a public authority has previously complied with a request for information which was\nmade by any "
        "person, it is not obliged to comply with a subsequent or identical request.\nICO guidance states:\n69. An "
        "authority cannot claim section 12 for the cost and effort associated with considering\nexemptions or "
        "redacting exempt information.\n70. Nonetheless, it may apply section 14(1) where it can make a case that the "
        "amount of time\nrequired would impose a grossly oppressive burden on the organisation.\n",
        [],
        id="section-14-and-the-commissioners-guidance-quoted",
    ),
    case(
        # A right of appeal asked about in the request's item is no reply's boilerplate (a WhatDoTheyKnow request to
        # West Sussex County Council).
        "Dear Northby County Council,\n\nPlease advise whether this TTRO has been;\n1) applied for\n2) granted\n3) "
        "details of any right of appeal the public have, including process to take this action.\n\nYours faithfully,"
        "\n\nJo Bloggs\n",
        [
            ("1", "applied for"),
            ("2", "granted"),
            ("3", "details of any right of appeal the public have, including process to take this action."),
        ],
        id="a-right-of-appeal-asked-about",
    ),
    case(
        # Bullet questions each answered after its question mark, one ending in a bracketed example with its own
        # question mark (Thurrock Council's published response): the bracket is the question's, the answer after it.
        "Freedom of information response\n\n- Has your spending on cloud computing increased in the last five years? "
        " Yes\n\n- Has your spending on sustainability increased in the last five years? Yes\n\n- In the last five "
        "years, have there been any factors that have impeded progress? (for example, cost, availability of clean "
        "energy)? Yes \u2013 intervention.\n",
        [
            ("\u20221", "Has your spending on cloud computing increased in the last five years?"),
            ("\u20222", "Has your spending on sustainability increased in the last five years?"),
            (
                "\u20223",
                "In the last five years, have there been any factors that have impeded progress? (for example, "
                "cost, availability of clean energy)?",
            ),
        ],
        answers={"\u20223": [A(contains="intervention")]},
        id="a-bracketed-example-with-its-own-question-mark-before-the-answer",
    ),
    case(
        # One dashed question under the reply's words saying the questions follow (NHS Highland's letter).
        "Dear Mr Bloggs\nWith reference to your request for information received on 5 January 2021, please find below "
        "your questions and our response:-\n- From January 2020 could you please let me know the number of people "
        "that have died in the Highlands?\nNational Records of Scotland publish an overview on their website.\n",
        [
            (
                "\u20221",
                "From January 2020 could you please let me know the number of people that have died in the Highlands?",
            )
        ],
        id="one-dashed-question-below-your-questions-and-our-response",
    ),
    case(
        # Brentwood Borough Council's log: two questions asked again word for word of another topic are the request's
        # own, not a sub-list printed under every question.
        "I write to make a request under the Freedom of Information Act 2000.\n\nMy request concerns penalty points "
        "given to taxi drivers in Brentwood in the last three years.\n\n-How many Brentwood-registered taxi drivers "
        "have appeared in front of the council's licensing panel as a result of receiving penalty points in each of "
        "the last three years? (please break down per year)\n\n-How many points have been given to each of them? "
        "(please break down per year)\n\n-What have they been given the points for?\n\n-How many lost their "
        "licence? (please break down per year)\n\n-How many penalty points were issued to Brentwood-registered taxi "
        "drivers in 2011?\n\n-How many points have been given to each of them? (please break down per year)\n\n"
        "-What have they been given the points for?\n\n\nTo comprehensively answer all of your enquires for these "
        "financial years it will require a manual check of all current and expired driver and vehicle files.\n",
        [
            (
                "•1",
                "How many Brentwood-registered taxi drivers have appeared in front of the council's licensing panel "
                "as a result of receiving penalty points in each of the last three years? (please break down per year)",
            ),
            ("•2", "How many points have been given to each of them? (please break down per year)"),
            ("•3", "What have they been given the points for?"),
            ("•4", "How many lost their licence? (please break down per year)"),
            ("•5", "How many penalty points were issued to Brentwood-registered taxi drivers in 2011?"),
            ("•6", "How many points have been given to each of them? (please break down per year)"),
            ("•7", "What have they been given the points for?"),
        ],
        id="questions-asked-again-of-another-topic-are-no-repeated-sub-list",
    ),
    case(
        # Herefordshire Council's published release: after the question mark the requester says what the answer should
        # be, still the question.
        "I am requesting the following information under the Freedom of Information Act:\n\n3. How many council tax "
        "debt cases were referred to each of the debt enforcement agencies listed in response to question 2?\n\n4. How "
        "much unpaid council tax debt was referred in total to debt enforcement agencies in the financial years "
        "2020/21, 2021/22 and 2022/23 combined? This should be one figure, combining all the debt enforcement "
        "agencies and all three financial years\n\n5. How much of the council tax debt stated in response to question "
        "4 was collected after being referred to a debt enforcement agency?\n",
        [
            (
                "3",
                "How many council tax debt cases were referred to each of the debt enforcement agencies listed in "
                "response to question 2?",
            ),
            (
                "4",
                "How much unpaid council tax debt was referred in total to debt enforcement agencies in the financial "
                "years 2020/21, 2021/22 and 2022/23 combined? This should be one figure, combining all the debt "
                "enforcement agencies and all three financial years",
            ),
            (
                "5",
                "How much of the council tax debt stated in response to question 4 was collected after being referred "
                "to a debt enforcement agency?",
            ),
        ],
        id="this-should-be-after-the-question-mark-still-asks",
    ),
    case(
        # Moray Council's log: the reply's table has a row for each question, headed "Question 3b)", its cells the
        # figures; the rows answer, they ask nothing.
        "I would like information to do with pothole compensation claims:\n1. The total number of pothole "
        "compensation claims received for each of the financial years 2021/22, 2022/23, 2023/24, 2024/25 "
        "and 2025/26 (to date).\n2. The total number of pothole compensation claims resolved for each "
        "of the financial years 2021/22, 2022/23, 2023/24, 2024/25 and 2025/26 (to date). And of those "
        "resolved, please specify how many were successful (ie. resulted in a payment), and how many "
        "were rejected.\n3. For the same time period, please provide:\na) The total amount paid out "
        "in compensation each financial year\nb) The highest single payout made each financial year\nc) "
        "The total legal costs incurred by the council each financial year in relation to pothole compensation "
        "claims, including costs associated with in-house legal teams, external solicitors, barristers, "
        "or private legal firms.\nResponse 30-09-2025\n2021/22 | 2022/23 | 2023/24 | 2024/25 | 2025/26 "
        "| |\nQuestion 1 | 30 | 20 | 51 | 20 | <5* |\nQuestion 2 | <5* | <5* | 8 | 0 | Not applicable "
        "|\nQuestion 3a) | £2,484.31 | £85.50 | £1,690.12 | 0 | Not applicable |\nQuestion 3b) | £1,067.79 "
        "| £85.50 | £424.15 | 0 | Not applicable |\nQuestion 3c) | Not held. We do not hold info re "
        "legal costs. Information that is not held falls under Section 17 of the Freedom of Information "
        "(Scotland) Act 2002 - Information not held. |\n",
        [
            (
                "1",
                "The total number of pothole compensation claims received for each of the financial years "
                "2021/22, 2022/23, 2023/24, 2024/25 and 2025/26 (to date).",
            ),
            (
                "2",
                "The total number of pothole compensation claims resolved for each of the financial years "
                "2021/22, 2022/23, 2023/24, 2024/25 and 2025/26 (to date). And of those resolved, please "
                "specify how many were successful (ie. resulted in a payment), and how many were rejected.",
            ),
            ("3", "For the same time period, please provide:"),
            ("a", "The total amount paid out in compensation each financial year"),
            ("b", "The highest single payout made each financial year"),
            (
                "c",
                "The total legal costs incurred by the council each financial year in relation to pothole "
                "compensation claims, including costs associated with in-house legal teams, external "
                "solicitors, barristers, or private legal firms.",
            ),
        ],
        id="a-table-row-headed-by-a-questions-number-is-an-answer",
    ),
    case(
        # Warwickshire Police's published reply, the questions above the page's cut: each line's number carries the
        # answer's label, so the lines answer and ask nothing.
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 177-2023\nI write in connection with your request for "
        "information which was received on 10th February 2023. Please find the Warwickshire Police response set out "
        "below.\nQ1a response: Avaya\nQ1b response: Currently expires 16 March 2025\nQ1c response: NEC Software "
        "Solutions UK Ltd\nQ1d response: No\nQ2a response: E3\nQ3b & Q3c response: Section 1 of the Freedom of "
        "Information Act 2000 places two duties on public authorities.\n",
        [],
        id="a-questions-number-with-the-answers-label-after-it-answers",
    ),
    case(
        # Transport for London's published reply: the request run onto one line under its greeting, each question
        # lettered with a stop and a dash after the introduction's colon and dash.
        "Request ID: FOI-0538-2324\nDate published: 08 June 2023\n\nYou asked\n\nDear Transport for London, O365 "
        "Licencing Questions:- a.- Which Microsoft O365 do you use eg E3,E5? b.- Do you use the NHS-shared O365 "
        "tenant? c.- Do you procure O365 licences through Microsoft Enterprise Agreement (EA) or Cloud Service "
        "Provider (CSP). Who is your supplier? d.- When is your licencing renewal date/anniversary for these "
        "services?\n\nWe answered\n\nTfL Ref: FOI-0538-2324\n",
        [
            ("a", "Which Microsoft O365 do you use eg E3,E5?"),
            ("b", "Do you use the NHS-shared O365 tenant?"),
            (
                "c",
                "Do you procure O365 licences through Microsoft Enterprise Agreement (EA) or Cloud Service Provider "
                "(CSP). Who is your supplier?",
            ),
            ("d", "When is your licencing renewal date/anniversary for these services?"),
        ],
        id="letters-with-a-stop-and-a-dash-run-onto-one-line",
    ),
    case(
        # Hampshire Hospitals NHS Foundation Trust's letter: the request's parts with no question marks, the table
        # answering a and b, the trust's notes under it, then part c with its answer below.
        "Your request for information under the Freedom of Information Act 2000\n\n1) The number of Subject Access "
        "Requests received by the trust annually. / 1168 / 1103\na. How many were fully complied with, within the 21 "
        "day NHS guidelines. / 585\nb. How many were fully complied with, within the 40 day statutory timescale / "
        "1105\n\nPlease note that the figures provided from 2005 - 2011 are for those subject access requests "
        "received by the Basingstoke and North Hampshire Hospitals NHS Foundation Trust.\n\nc. How many required "
        '"additional information" and were them completed within the 40 day statutory timescale\n\nThis '
        "information is not captured within general subject access requests.\n",
        [
            ("1", "The number of Subject Access Requests received by the trust annually."),
            ("a", "How many were fully complied with, within the 21 day NHS guidelines."),
            ("b", "How many were fully complied with, within the 40 day statutory timescale"),
            (
                "c",
                'How many required "additional information" and were them completed within the 40 day statutory '
                "timescale",
            ),
        ],
        answers={"c": [A(contains="not captured")]},
        id="a-part-opening-as-a-question-asked-under-the-answer-above",
    ),
    case(
        # Barnet, Enfield and Haringey Mental Health Trust's letter as HTML on WhatDoTheyKnow: the PDF's automatic
        # numbers gone, its typed sub-numbers kept; the questions standing above "2a." and "3a." are 1, 2 and 3.
        "You requested the following information:\nAre your doctors still currently using dictation recorders with "
        "analogue tapes/cassettes?\nDo you currently use any digital dictation systems and if so which one(s)?\n2a. "
        "If yes, which departments use them and what are the start and end dates of any contracts?\nDo you have any "
        "current plans to implement a digital dictation system(s)?\n3a. If yes, what are the planned timescales?\n3b. "
        "Do you have a corporate strategy for procuring these systems?\n\nPlease find below our response:\n",
        [
            ("1", "Are your doctors still currently using dictation recorders with analogue tapes/cassettes?"),
            ("2", "Do you currently use any digital dictation systems and if so which one(s)?"),
            ("2a", "If yes, which departments use them and what are the start and end dates of any contracts?"),
            ("3", "Do you have any current plans to implement a digital dictation system(s)?"),
            ("3a", "If yes, what are the planned timescales?"),
            ("3b", "Do you have a corporate strategy for procuring these systems?"),
        ],
        id="numbers-lost-above-typed-sub-numbers",
    ),
    case(
        # Scottish Borders Council's log: the first question's "1." lost, "2." run on after its question mark, "3." on
        # the next line.
        "Request or Question\nHow many unfixed potholes are there currently recorded under the council authority? 2. "
        "How much has the council spent on pothole repairs in the last 3 years?\n3. How much has the council paid out "
        "in compensation claims relating to vehicle damage caused by potholes?\nResponse\nThe information is not "
        "held.\n",
        [
            ("1", "How many unfixed potholes are there currently recorded under the council authority?"),
            ("2", "How much has the council spent on pothole repairs in the last 3 years?"),
            (
                "3",
                "How much has the council paid out in compensation claims relating to vehicle damage caused by "
                "potholes?",
            ),
        ],
        id="first-number-lost-before-a-run-from-two",
    ),
    case(
        # Merthyr Tydfil County Borough Council's log: each answer run on after its question, the first "1." lost.
        "Question\nRe: Information on all road potholes reported to the council.\nAnswer\nHow many potholes were "
        "reported to the Council in 2023? Jan 56 Feb 35 Total 464 2. How many potholes were repaired by the Council in "
        "2023? Jan 96 Feb 129 Total 1054 3. How many potholes were repaired more than once in 2023? N/A 4. How much "
        "has the Council spent on pothole repairs? 2023.24 \u00a31,280,472.00\n",
        [
            ("1", "How many potholes were reported to the Council in 2023?"),
            ("2", "How many potholes were repaired by the Council in 2023?"),
            ("3", "How many potholes were repaired more than once in 2023?"),
            ("4", "How much has the Council spent on pothole repairs?"),
        ],
        answers={"1": [A(contains="Total 464")], "3": [A(contains="N/A")]},
        id="first-number-lost-answers-run-on",
    ),
    case(
        # Dyfed-Powys Police's disclosure log: "Request 1 - 5:" heads the whole request (its five questions not on the
        # page), each "Response N:" below; a range is no question 1.
        "FOI Reference: 263/2024\nRequest 1 - 5:\nI am interested in obtaining detailed information regarding the "
        "procurement of Remotely Piloted Aircraft Systems (drones).\nPlease provide the following information:\n"
        "Response 1:\nI can confirm that Dyfed-Powys Police does hold the information requested.\nResponse 2:\nI can "
        "confirm that Dyfed-Powys Police does hold the information requested.\n",
        [],
        id="a-range-heading-the-request-is-no-question",
    ),
    case(
        # Moray Council's log: the answers a table whose rows the questions' numbers head, under the request's note.
        "FOI Request - Pothole Complaints and Compensation\nRequest 101003602692\n1. The number of motorists who have "
        "lodged a complaint about a pothole and requested compensation.\n2. The number of people who have received a "
        "payout for pothole compensation.\n3. The total amount paid by the council for pothole compensation.\nPlease "
        "provide the data for each of these points over the last three years, broken down by year.\nResponse "
        "30-07-2024\nQuestion | June 2021 -May 2022 | June 2022 \u2013 May 2023 | June 2023 -May 2024 |\n1. | 58 | 20 | "
        "71 |\n2. | <5* | <5* | <5* |\n3. | \u00a31,067.79 | \u00a385.50 | \u00a3648.59 |\n",
        [
            ("1", "The number of motorists who have lodged a complaint about a pothole and requested compensation."),
            ("2", "The number of people who have received a payout for pothole compensation."),
            ("3", "The total amount paid by the council for pothole compensation."),
        ],
        answers={"1": [A(contains="58 | 20 | 71")], "2": [A(contains="<5*")], "3": [A(contains="1,067.79")]},
        id="table-rows-headed-by-the-questions-numbers",
    ),
    case(
        # The same council's log a year on: rows headed "Question 1", "Question 3a)" answer question 1 and part a of 3.
        "1) The number of claims each financial year\n2) The number of payouts each financial year\n3) Please provide "
        "the following:\na) The total amount paid out each financial year\nb) The highest single payout made each "
        "financial year\nResponse 30-09-2025\n2021/22 | 2022/23 | 2023/24 |\nQuestion 1 | 30 | 20 | 51 |\nQuestion 2 | "
        "<5* | <5* | 8 |\nQuestion 3a) | \u00a32,484.31 | \u00a385.50 | \u00a31,690.12 |\nQuestion 3b) | \u00a31,067.79 "
        "| \u00a385.50 | \u00a3424.15 |\n",
        [
            ("1", "The number of claims each financial year"),
            ("2", "The number of payouts each financial year"),
            ("3", "Please provide the following:"),
            ("a", "The total amount paid out each financial year"),
            ("b", "The highest single payout made each financial year"),
        ],
        answers={"1": [A(contains="30 | 20 | 51")], "2": [A(contains="<5*")], "a": [A(contains="2,484.31")]},
        id="table-rows-headed-by-question-and-part",
    ),
    case(
        # A WhatDoTheyKnow request to the Royal Borough of Greenwich: its questions unmarked lines, then how the requester
        # would like the answer, which asks nothing.
        "Dear FOI Department,\nUnder the freedom of information act, I'd like to request the following information:\n"
        "Between 1st January 2019 and 1st October 2024 how much was spent by the council on SEND provision?\nBetween "
        "1st January 2019 and 1st October 2024 how many SEND appeals were received by the council?\nOf these appeal "
        "cases decided by tribunal, how many were in favour of the council?\nI would prefer to receive this information "
        "electronically, preferably in its original formatting.\nYours faithfully,\nFraser Knight\n",
        [
            (
                "\u20221",
                "Between 1st January 2019 and 1st October 2024 how much was spent by the council on SEND provision?",
            ),
            (
                "\u20222",
                "Between 1st January 2019 and 1st October 2024 how many SEND appeals were received by the council?",
            ),
            ("\u20223", "Of these appeal cases decided by tribunal, how many were in favour of the council?"),
        ],
        id="how-the-requester-would-like-the-answer-ends-the-unmarked-run",
    ),
    case(
        # Lambeth's data hub page answering a request it does not print: a table's figure and its note ("183 - s31 of
        # the CA 74") is no question 183, nor are the items, each numbered "1.", of the Act's definition it quotes.
        "Request & response\n\nChildren in the care of the local authority (s.31 Children Act 1989)\n\nTotal number"
        "\n\n183 \u2013 s31 of the CA 74 \u2013 s38 of the CA\n\n105\n\n464\n\nWhere there were fewer than 5 "
        "individuals in a category, we have not provided the exact figure. We therefore engage an exemption relying on "
        "Section 40(2): Personal Data to this request.\n\nThe definition of personal data is set out in provision 3 of "
        'the Data Protection Act 2018 as follows:-\n\n1. "Personal data" means any information relating to an '
        'identified or identifiable living individual\n1. "Identifiable living individual" means a living individual '
        "who can be identified, directly or indirectly, in particular by reference to-\n1. an identifier such as a name, "
        "an identification number, location data or an online identifier, or\n1. one or more factors specific to the "
        "physical, physiological, genetic, mental, economic, cultural or social identity of the individual.\n\nWe have "
        "noted the ICO's Decision in the Wirral Metropolitan Borough Council case.\n",
        [],
        id="a-tables-figure-and-a-definition-quoted-as-markdown-are-no-questions",
    ),
    case(
        # Wokingham Borough Council's page of answers: each year's figure lettered under its question is its answer.
        "1. How many blocked road drains (as defined above) were reported to you in the following years?\na) 2021: 348"
        "\nb) 2022: 431\nc) 2023: 691\n\n2. How many road drains (as defined above) did you unblock in the following "
        "years?\na) 2021: 32298\nb) 2022:32388\nc) 2023: 32641\n",
        [
            ("1", "How many blocked road drains (as defined above) were reported to you in the following years?"),
            ("2", "How many road drains (as defined above) did you unblock in the following years?"),
        ],
        answers={"1": [A(contains="2021: 348")], "2": [A(contains="2022:32388")]},
        id="a-label-and-its-figure-lettered-under-a-question-answer-it",
    ),
    case(
        # The same council's page on potholes: a year and words after its colon answer the question too, a figure or
        # not ("2020: 6 days.", "2020: Records of pothole width are not available.").
        "1. The combined width of the potholes in meters for each year, again (2020, 2021, and 2022.)\na) 2020: "
        "Records of pothole width are not available.\nb) 2021: Records of pothole width are not available.\n2. The "
        "average time in calendar days it takes to repair the potholes for each year (2020, 2021, and 2022.)\na) 2020: "
        "6 days.\nb) 2021: 4 days.\nc) 2022: 9 days.\n",
        [
            ("1", "The combined width of the potholes in meters for each year, again (2020, 2021, and 2022.)"),
            (
                "2",
                "The average time in calendar days it takes to repair the potholes for each year (2020, 2021, and 2022.)",
            ),
        ],
        answers={"1": [A(contains="2021: Records", not_held=True)], "2": [A(contains="2022: 9 days")]},
        id="a-year-and-words-lettered-under-a-question-answer-it",
    ),
    case(
        # The same council's page on taxi licences: bullets giving each label's figure answer the question above them.
        "1. Licensed drivers - The total number of licensed:\n\u2022 Taxi (hackney carriage) drivers: 153\n\u2022 Private "
        "hire drivers: 119\n2. Suspensions and revocations - The number of driver licences:\n\u2022 Suspended: 8\n"
        "\u2022 Revoked: 5\n",
        [
            ("1", "Licensed drivers - The total number of licensed:"),
            ("2", "Suspensions and revocations - The number of driver licences:"),
        ],
        answers={"1": [A(contains="drivers: 153")], "2": [A(contains="Revoked: 5")]},
        id="bullets-giving-figures-under-a-question-answer-it",
    ),
    case(
        # Hastings Borough Council's log: the sentence asking for "the following documents", then a question of the
        # requester's, above the dashed items.
        "FOI request (FOI221844)\nRequested Mon 11 September 2017\nI would like to see the following documents under "
        "the People's Audit of the 2014 Localism Act, which I believe expires on the 9th of this month. Please could I "
        "ask you to confirm that they will be available on Monday 7th?\n- Copy of Contracts and Service Level "
        "Agreements for idverde maintenance of Country Park paths.\n- Copy of all idverde invoices for Country Park "
        "works\nResponse\nQ1 - NOTICE OF REFUSAL\n",
        [
            (
                "\u20221",
                "Copy of Contracts and Service Level Agreements for idverde maintenance of Country Park paths.",
            ),
            ("\u20222", "Copy of all idverde invoices for Country Park works"),
        ],
        id="dashed-items-under-a-request-for-the-following-then-a-question",
    ),
    case(
        # Herefordshire Council's published responses: the request's bullets, then each restated by number with its
        # answer; "Q1", under the last bullet's question mark, asks, and is no option of that bullet's.
        "Case reference FOI2024/00353\n\nThe details we require are:\n\n\u2022 Do you operate a framework for "
        "commissioning supported living services?\n\n\u2022 How many beds are commissioned with each operator?\n\n"
        "\u2022 What is the average % fee increase awarded to supported living providers in the year 2023/24?\n\n\nQ1 Do "
        "you operate a framework for commissioning supported living services?\n\nYes, we operate a framework agreement "
        "for supported living services.\n\nQ2 How many beds are commissioned with each operator?\n\nIn response to "
        "Questions 2 - 3, this information has been withheld under Section 43 (1) and / or (2) of the Freedom of "
        "Information Act 2000\n",
        # (cut before the third is restated: the questions are the three bullets, "Questions 2 - 3" answering two)
        [
            ("\u20221", "Do you operate a framework for commissioning supported living services?"),
            ("\u20222", "How many beds are commissioned with each operator?"),
            (
                "\u20223",
                "What is the average % fee increase awarded to supported living providers in the year 2023/24?",
            ),
        ],
        answers={
            "\u20221": [A(contains="we operate a framework agreement")],
            "\u20222": [A(contains="withheld", withheld=True, exemptions=("FOIA 43(1)", "FOIA 43(2)"))],
            "\u20223": [A(contains="withheld", withheld=True, exemptions=("FOIA 43(1)", "FOIA 43(2)"))],
        },
        id="restated-by-number-under-the-requests-last-question-mark",
    ),
    case(
        # Charnwood Borough Council's log: its "Resolution / Information provided" field above the request's "Question"
        # heading, the answers under "Answer" below.
        "Rent Arrears\n\nRequested on\nThu 15th August, 2013\nReference\nFOI 3272\nResolution\nInformation provided\n\n"
        "Question\n\n1. For the months of January 2013 to August 2013 inclusive: a) the number of council tenants who "
        "fell into rent arrears b) the total amount by which these tenants are in arrears.\n2. How much has your council "
        "spent on rent collection agencies in the financial year 2012/13?\n\nAnswer\n\n1. For the months of January "
        "2013 to August 2013 inclusive:\na) the number of council tenants who fell into rent arrears\n1572 Dec-12\n",
        [
            ("1", "For the months of January 2013 to August 2013 inclusive:"),
            ("a", "the number of council tenants who fell into rent arrears"),
            ("b", "the total amount by which these tenants are in arrears."),
            ("2", "How much has your council spent on rent collection agencies in the financial year 2012/13?"),
        ],
        id="the-requests-heading-under-a-log-field-that-reads-as-the-replys",
    ),
    case(
        # Gloucestershire Health and Care NHS Foundation Trust's letter as a PDF's text: section headings run into the
        # items, an answer with no stop run on before the next number.
        "Freedom of Information Request \u2013 Ref: FOI 169-2122\nThank you for your recent Freedom of Information "
        "request. Please find our response below.\nSourced Staffing Arrangements 1. Do you have a master vendor "
        "arrangement in place for sourcing agency staff? We have one agency contract in place for a small amount of "
        "shifts on our Mental Health Units for a qualified RMN 2. What is the name of the providers and what staffing "
        "groups do they source? Medacs\n3. As part of the arrangement, is any technology provided by the supplier? "
        "Health Roster\n4. When does the contract with the supplier end? 31 March 2022\nVendor Management System for Nurse Agency 5. Does the organisation use a third-party Vendor "
        "Management System? No\n6. Who supplies your Vendor Management System? ALLOCATE\n",
        [
            ("1", "Do you have a master vendor arrangement in place for sourcing agency staff?"),
            ("2", "What is the name of the providers and what staffing groups do they source?"),
            ("3", "As part of the arrangement, is any technology provided by the supplier?"),
            ("4", "When does the contract with the supplier end?"),
            ("5", "Does the organisation use a third-party Vendor Management System?"),
            ("6", "Who supplies your Vendor Management System?"),
        ],
        answers={"1": [A(contains="qualified RMN")], "2": [A(contains="Medacs")], "5": [A(contains="No")]},
        id="section-headings-run-into-the-items-of-a-pdfs-list",
    ),
    case(
        # The Department for Infrastructure's letter on WhatDoTheyKnow, a PDF's text: each part's roman numeral alone
        # on its line above the part, under the line introducing them with a colon and a dash.
        "Dear Sir/Madam\nI have responded to the specific issues you have raised as\nfollows:-\n(i)\nEnforcement "
        "investigations/actions taken under the Drainage (NI) Order 1973 in last 5 years and outcomes.\nThe number of "
        "enforcement investigations is provided in the following table.\n(ii)\nResponses to (i) above related to Antrim "
        "and Newtownabbey Council area(s) in last 5 years.\nThe number is provided below.\n",
        [
            (
                "i",
                "Enforcement investigations/actions taken under the Drainage (NI) Order 1973 in last 5 years and "
                "outcomes.",
            ),
            ("ii", "Responses to (i) above related to Antrim and Newtownabbey Council area(s) in last 5 years."),
        ],
        answers={"i": [A(contains="following table")], "ii": [A(contains="provided below")]},
        id="roman-numerals-alone-on-their-lines-above-the-parts",
    ),
    case(
        # Bury Council's letter: its answers dashed under the line saying they follow, the request not restated.
        "Dear Mr Jenkins,\nRequest for information under the Freedom of Information Act 2000\nI write in response to "
        "your request via the What Do They Know website requesting information about contract expiry dates. I am happy "
        "to provide the responses to your questions as follows:-\n- HR and Payroll services are internally delivered "
        "services and as such there is no contract or expiry date\n- Our contract for BACS payment software is renewed "
        "annually. The current contract expires on 31.03.2016\n- Whether these services will be tendered online will "
        "depend on the procurement strategy for these services.\n",
        [],
        id="the-replys-dashed-answers-under-the-line-saying-they-follow",
    ),
    case(
        # A WhatDoTheyKnow request to National Highways: two schemes named a line each, then the regime the requester
        # names; a run of two is no list of questions.
        "Dear National Highways Limited,\nPlease send me the Appraisal Summary Table (AST), which is part of the Full "
        "Business Case, for the following two schemes:\nA57 Link Roads\nA47 Blofield to North Burlingham\nI wish to "
        "make this request under the Environmental Information Regulations (EIR).\nYours faithfully,\nAnne Robinson\n",
        [],
        id="the-regime-the-requester-names-ends-the-unmarked-run",
    ),
    case(
        # Hastings Borough Council's log: the request's dashed items answered below by their numbers, "Q1 - 96".
        "FOI request (FOI-70688433)\nCCTV\nRequested Mon 19 March 2018\nI would like the following questions answered "
        "from data available for the last year. My questions are the following:\n- How many CCTV cameras are operated "
        "by Hastings Borough Council\n- I'd like a list of their locations.\n- How many staff members are involved in "
        "monitoring the feed?\nResponse\nQ1 - 96\nQ2 -\nNOTICE OF REFUSAL\nPlease note that I consider the information "
        "you have requested regarding the location of CCTV cameras to be exempt information under S31(1)(a).\nQ3 - "
        "4 members of staff\n",
        [
            ("\u20221", "How many CCTV cameras are operated by Hastings Borough Council"),
            ("\u20222", "I'd like a list of their locations."),
            ("\u20223", "How many staff members are involved in monitoring the feed?"),
        ],
        answers={
            "\u20221": [A(contains="96")],
            "\u20222": [A(contains="NOTICE OF REFUSAL", withheld=True, exemptions=("FOIA 31(1)(a)",))],
            "\u20223": [A(contains="4 members of staff")],
        },
        id="dashed-items-answered-below-by-their-numbers",
    ),
    case(
        # A PDF letter's text run together on one line: the request's closing terms and the reply's heading after the
        # last question's stop are none of its words (NHS Resolution's letter).
        "Northby NHS Resolution Unit FOI_1234 The following information was requested on 11 March 2019: Please send "
        "me the answers to the following questions: 1. How many claims have been made against individual NHS Trusts "
        "in the last five financial years? 2. How much money has been paid to those who have brought claims? 3. "
        "Please break down the data to questions 1 and 2 by hospital. I would like the above information to be "
        "provided to me in electronic format. If this request is too wide or unclear, I would be grateful if you "
        "could contact me. Our Response to your specific request We are not able to identify such specific cases.\n",
        [
            ("1", "How many claims have been made against individual NHS Trusts in the last five financial years?"),
            ("2", "How much money has been paid to those who have brought claims?"),
            ("3", "Please break down the data to questions 1 and 2 by hospital."),
        ],
        id="request-terms-run-on-after-last-question",
    ),
    case(
        # A published response restating the request's bullets under numbers of its own, cut before it restates them
        # all (the House of Commons' published response): the questions are the request's bullets, each restated
        # item's answer its bullet's; "Questions 2 - 3" answer the second and third bullets.
        "Handling FOI requests\nRequest\n- Do you publish your responses to FOI requests?\n"
        "- How many FOI requests did you receive in each month last year?\n- What team manages your FOI process?\n"
        "- How many FOI officers do you have?\nResponse\n1) Do you publish your responses to FOI requests?\n"
        "Yes, the House publishes its responses on its website.\n"
        "2) How many FOI requests did you receive in each month last year?\n"
        "3) What team manages your FOI process?\n"
        "In response to Questions 2 - 3, this information is held and is attached.\n",
        [
            ("\u20221", "Do you publish your responses to FOI requests?"),
            ("\u20222", "How many FOI requests did you receive in each month last year?"),
            ("\u20223", "What team manages your FOI process?"),
            ("\u20224", "How many FOI officers do you have?"),
        ],
        answers={
            "\u20221": [A(contains="publishes its responses")],
            "\u20222": [A(contains="Questions 2 - 3")],
            "\u20223": [A(contains="Questions 2 - 3")],
        },
        id="request-bullets-restated-by-number-cut-short",
    ),
    case(
        # A second list of the request's own, numbered from 1 again straight under the first list's last question, its
        # topic's heading lost from the page's text (West Midlands Police's log): new questions, numbered as printed.
        "Finance Systems (879A/22)\n\nPlease could you answer some questions about how you are currently handling "
        "your spending:\n\nTravel & Expenses\n\n  1. What finance system do you use?\n  2. What is the expense "
        "process?\n  3. Can you submit expenses remotely?\n  4. What are your biggest categories of travel spend?"
        "\n\n\n  1. What system do you use for managing invoices?\n  2. How many invoices were processed in FY21/22?"
        "\n\n\nPlease find attached our response.\n",
        [
            ("1", "What finance system do you use?"),
            ("2", "What is the expense process?"),
            ("3", "Can you submit expenses remotely?"),
            ("4", "What are your biggest categories of travel spend?"),
            ("1", "What system do you use for managing invoices?"),
            ("2", "How many invoices were processed in FY21/22?"),
        ],
        id="second-list-straight-under-the-first-list-heading-lost",
    ),
    case(
        # Under the request's last question, the reply restating one of them as "1." with its answer after a dash
        # (Blackpool Teaching Hospitals' log): an answer, no second list.
        "1. In 2023, what annual cybersecurity budget has been allocated to your NHS Trust?\n\n2. How many employees "
        "work in your NHS Trust?\n\n3. How many hours of cybersecurity training are employees required to undertake?"
        "\n\n4. Has your NHS Trust paid any ransom demands in the last five years?\n\n  1. How many employees work in "
        "your NHS Trust? \u2013 8453\n\nWith regards to all other questions the requested information is exempt "
        "from disclosure under Section 24.\n",
        [
            ("1", "In 2023, what annual cybersecurity budget has been allocated to your NHS Trust?"),
            ("2", "How many employees work in your NHS Trust?"),
            ("3", "How many hours of cybersecurity training are employees required to undertake?"),
            ("4", "Has your NHS Trust paid any ransom demands in the last five years?"),
        ],
        id="question-restated-as-1-with-its-answer-under-the-last",
    ),
    case(
        # "Ie" without its stops after a restated question's mark goes on with the question, and is no answer run on
        # after it (the request Northumbria Police's log restates under "You asked:").
        "Thank you for your email in which you made a request for access to certain information.\n\nYou asked:\n\n"
        "  1. Who is your Chief Constable?\n\n  2. Do you currently have any shared service arrangements? Ie "
        "Learning Services, HR or Finance & Procurement\n\n  3. Who are your current IT platform providers?\n\n"
        "In response:\n\nWe have now had the opportunity to fully consider your request.\n",
        [
            ("1", "Who is your Chief Constable?"),
            (
                "2",
                "Do you currently have any shared service arrangements? Ie Learning Services, HR or Finance & "
                "Procurement",
            ),
            ("3", "Who are your current IT platform providers?"),
        ],
        id="ie-without-stops-after-the-question-mark",
    ),
    case(
        # A PDF letter run together on one line: the first answer's heading after the last question's stop is none of
        # its words (Coventry City Council's letter).
        "Our reference FOI 20123607 2 February 2015 Dear Freedom of Information Act 2000 (FOIA) Thank you for requesting "
        "information about the Councils assets. You have requested the following information: 1. A copy of the Local "
        "Authority's asset registers for buildings and land. 2. What is the total number of art owned by the Local "
        "Authority and the number of works currently on display. Question 1 Response The information you requested is "
        "being withheld as it falls under the exemption in Section 22 of the FOIA.\n",
        [
            ("1", "A copy of the Local Authority's asset registers for buildings and land."),
            (
                "2",
                "What is the total number of art owned by the Local Authority and the number of works currently on "
                "display.",
            ),
        ],
        id="answer-heading-run-on-after-last-question",
    ),
    case(
        # Numbered rows of data, no word among them, ask nothing: the request asks in the sentence below them (a
        # WhatDoTheyKnow request to Wirral Metropolitan Borough Council).
        "Dear Northby Borough Council,\n\nA number of payments have been made by the Council to a consultancy, "
        "listed and numbered below.\n\n1. 15/8/17 \u00a313,860\n2. 30/8/17 \u00a35,700\n3. 8/2/18 \u00a336,000\n\n"
        "Please could you provide any reports that the above payments listed 1-3 relate to.\n\nYours faithfully,\n\n"
        "John Brace\n",
        [],
        id="numbered-rows-of-data-ask-nothing",
    ),
    case(
        # Roman numerals in capitals as a request's main items, a run from "I." with "II." below, answered the same way
        # under "Response:" (Thurrock Council's published response).
        "Request: \n\nI. How many looked after children under 18 was the authority responsible for at year end?\n"
        "II. How many of these were accommodated in residential facilities within the authority?\n"
        "III. What was the total annual spend on accommodating them?\n\nResponse: \n\nI. 293\n\n"
        "II. 12 (K2,S1,R1)\n\nIII. \u00a33,887,113\n",
        [
            ("I", "How many looked after children under 18 was the authority responsible for at year end?"),
            ("II", "How many of these were accommodated in residential facilities within the authority?"),
            ("III", "What was the total annual spend on accommodating them?"),
        ],
        answers={"I": [A(contains="293")], "II": [A(contains="12 (K2")], "III": [A(contains="3,887,113")]},
        id="capital-roman-numerals-as-main-items",
    ),
    case(
        # The request's dashed bullets restated below with a glyph of the reply's own, each answered on the lines under
        # it (Thurrock Council's published response): the request's questions take those answers.
        "Freedom of information response\nPrint Management\nI would be very grateful if you would provide me with "
        "answers for the following questions:\n- What is the current average energy charge within the organisation?"
        "\n- What Carbon reduction goals are in place within the organisation?\n- Who is your current supplier?\n"
        "\u2022 What is the current average energy charge within the organisation?\nThis information has been "
        "withheld. Section 43 Commercially sensitive.\n\u2022 What Carbon reduction goals are in place within the "
        "organisation?\nThe Council has a target to reduce its operational CO2 emission to net zero by 2030.\n",
        [
            ("\u20221", "What is the current average energy charge within the organisation?"),
            ("\u20222", "What Carbon reduction goals are in place within the organisation?"),
            ("\u20223", "Who is your current supplier?"),
        ],
        answers={
            "\u20221": [A(contains="withheld", withheld=True, exemptions=("FOIA 43",))],
            "\u20222": [A(contains="net zero by 2030")],
        },
        id="request-bullets-restated-with-a-glyph-of-the-replys-own",
    ),
    case(
        # A question's examples in brackets on the line under its mark are its words, no answer (Hastings Borough
        # Council's log).
        "Small Business Grant Fund:\n1. What is the council's process for handling applications?\n(e.g automatic "
        "payments, businesses notified via letter, email notification and link etc.)\n2. When were businesses first "
        "notified by the council that they may be eligible to apply?\n",
        [
            (
                "1",
                "What is the council's process for handling applications? (e.g automatic payments, businesses notified "
                "via letter, email notification and link etc.)",
            ),
            ("2", "When were businesses first notified by the council that they may be eligible to apply?"),
        ],
        id="examples-in-brackets-under-the-questions-mark",
    ),
    case(
        # A list numbered "1 ", "2 " with no stops on a log page, its first item's question mark ending only its first
        # sentence (a request on Moray Council's log).
        "FOI Request - Finance Systems\n\nRequest 101002599111\n\nA. Finance System\n1 What is the main Finance "
        "system? Please identify the version currently in use (e.g. Oracle Financials 12.1.3)\n\n2 Is the Finance "
        "system delivered through a shared service?\n\n3 Which modules are in use in the main Finance system?\n",
        [
            (
                "1",
                "What is the main Finance system? Please identify the version currently in use (e.g. Oracle "
                "Financials 12.1.3)",
            ),
            ("2", "Is the Finance system delivered through a shared service?"),
            ("3", "Which modules are in use in the main Finance system?"),
        ],
        id="spaced-numbers-first-item-asking-in-its-first-sentence",
    ),
    case(
        # Parts of a list numbered "1 ", "2 ", their letters glued to the number (a request on Moray Council's log).
        "Request 101002599111\n\nA. Finance System\n1 What is the main Finance system?\n\n2 Is the Finance system "
        "delivered through a shared service?\n\n2a If yes, who is the shared service provider?\n\n3 Which modules "
        "are in use?\n3a If yes, which software is used?\n3b For each system which elements have been automated?\n"
        "4 What tools are in use for reporting?\n",
        [
            ("1", "What is the main Finance system?"),
            ("2", "Is the Finance system delivered through a shared service?"),
            ("2a", "If yes, who is the shared service provider?"),
            ("3", "Which modules are in use?"),
            ("3a", "If yes, which software is used?"),
            ("3b", "For each system which elements have been automated?"),
            ("4", "What tools are in use for reporting?"),
        ],
        id="spaced-numbers-with-glued-part-letters",
    ),
    case(
        # A question's roman parts under it, a blank line above each: the first "i)" opens them (East Cambridgeshire
        # District Council's review letter quoting the request).
        "3. When did the Council become capable of making monthly payments of HB\n\n"
        "i) If this was after March 2006, why was there a delay in enabling monthly benefit payments?\n\n"
        "ii) What adjustments to the computer system were required to facilitate monthly payments?\n\n"
        "iii) What testing of the computer system was required?\n\n"
        "4. How many claims were paid monthly?\n",
        [
            ("3", "When did the Council become capable of making monthly payments of HB"),
            ("i", "If this was after March 2006, why was there a delay in enabling monthly benefit payments?"),
            ("ii", "What adjustments to the computer system were required to facilitate monthly payments?"),
            ("iii", "What testing of the computer system was required?"),
            ("4", "How many claims were paid monthly?"),
        ],
        id="roman-parts-after-a-blank-line",
    ),
    case(
        # The reply pointing to its answers "below in blue", each under the request's dash point (Barnet Homes'
        # published reply).
        "Dear Mr Hurford,\nThank you for your request dated 7 May 2024, asking for information that we hold as "
        "follows; please see our responses below in blue:\n"
        "- The number of reviews into the suitability of temporary accommodation carried out in 2023.\n10\n"
        "- Can you please group the reviews by how long they took, in days, to be completed.\n"
        "| Number of days | Number of reviews |\n| 15 | 1 |\n"
        "- And please provide the number of reviews that found Category 1 hazards.\n12\n",
        [
            ("•1", "The number of reviews into the suitability of temporary accommodation carried out in 2023."),
            ("•2", "Can you please group the reviews by how long they took, in days, to be completed."),
            ("•3", "And please provide the number of reviews that found Category 1 hazards."),
        ],
        answers={"•1": [A(contains="10")], "•3": [A(contains="12")]},
        id="dash-points-over-answers-in-blue",
    ),
    case(
        # The reply restating each question as a list of its own, every item "1.", the questions alike but for a
        # figure (Thurrock Council's published response).
        "Request:\n"
        "1. How many new council housing units did the council complete between 2003 and 2010 (inclusive)?\n"
        "2. Of the units referred to in response to question 1, how many have now been sold under the Right to Buy?\n"
        "3. How many new council housing units did the council complete between 2011 and 2015 (inclusive)?\n"
        "4. Of the units referred to in response to question 3, how many have now been sold under the Right to Buy?\n"
        "\nResponse:\n"
        "  1. How many new council housing units did the council complete between 2003 and 2010 (inclusive)?\n\n"
        "None completed\n\n"
        "  1. Of the units referred to in response to question 1, how many have now been sold under the Right to "
        "Buy?\n\nNone sold\n\n"
        "  1. How many new council housing units did the council complete between 2011 and 2015 (inclusive)?\n\n"
        "41 units\n\n"
        "  1. Of the units referred to in response to question 3, how many have now been sold under the Right to "
        "Buy?\n\nTwo sold\n",
        [
            ("1", "How many new council housing units did the council complete between 2003 and 2010 (inclusive)?"),
            (
                "2",
                "Of the units referred to in response to question 1, how many have now been sold under the Right "
                "to Buy?",
            ),
            ("3", "How many new council housing units did the council complete between 2011 and 2015 (inclusive)?"),
            (
                "4",
                "Of the units referred to in response to question 3, how many have now been sold under the Right "
                "to Buy?",
            ),
        ],
        answers={
            "1": [A(contains="None completed")],
            "2": [A(contains="None sold")],
            "3": [A(contains="41 units")],
            "4": [A(contains="Two sold")],
        },
        id="restated-questions-every-item-one",
    ),
    case(
        # A dash before each bracketed letter: the letters number the questions (the Cleveland Police and Crime
        # Commissioner's log).
        "I would like to know the following information\n"
        "- (a) How much will it cost your force to deliver the above 1% pay rise?\n"
        "- (b) How does the force intend on funding this pay increase?\n"
        "- (c) Do you foresee having to make savings elsewhere?\n"
        "Please provide the information in an email back to this address.\n",
        [
            ("a", "How much will it cost your force to deliver the above 1% pay rise?"),
            ("b", "How does the force intend on funding this pay increase?"),
            ("c", "Do you foresee having to make savings elsewhere?"),
        ],
        id="dash-before-bracketed-letters",
    ),
    case(
        # The request's next paragraph above the answer's label: the label starts the answer, the request's words
        # above it are none of it (Salisbury NHS Foundation Trust's disclosure log).
        "Internal Reference Number: FOI_8206\n\nQuestion Number 1:\nUnder the FOIA, please could you supply the "
        "following information.\n\nFor each of your type one A&E departments, please provide site-specific data on "
        "A&E performance.\n\nAnswer To Question 1:\nPlease see populated template attached containing the data "
        "requested.\n",
        [("1", "Under the FOIA, please could you supply the following information.")],
        answers={"1": [A(contains="Please see populated template attached")]},
        id="answer-label-under-the-requests-next-paragraph",
    ),
    case(
        # A field of the request's list named as a section might be ("2. Outcome"), no section numbered above it: the
        # list's next item (a request Manchester City Council's internal review quotes).
        "Your request for information was as follows:\n\n“Please provide details of all employment tribunals brought "
        "against the Council since 1st April 2010. The response should include the following information for each "
        "case:-\n\n1. Month/Year\n\n2. Outcome\n\n3. Employment status of plaintiff (permanent, fixed term, agency)"
        "\n\nNo personal information if required.”\n\nThe requested information is provided below.\n",
        [
            ("1", "Month/Year"),
            ("2", "Outcome"),
            ("3", "Employment status of plaintiff (permanent, fixed term, agency)"),
        ],
        id="a-field-named-outcome-in-the-requests-list",
    ),
    case(
        # "You asked" over the request's lettered items, "We answered" over the reply restating each as "Question a.-"
        # (Transport for London's published requests): the reply's intro answers nothing, the restated items take
        # their answers.
        "Request ID: FOI-0538-2324 Date published: 08 June 2023\nYou asked\nDear Sir/Madam,\n"
        "a.- Which Microsoft O365 do you use eg E3,E5?\nb.- Do you use the NHS-shared O365 tenant?\n"
        "c.- How many licences do you have?\nThank you for your time.\nWe answered\n\nTfL Ref: FOI-0538-2324\n\n"
        "Thank you for your request received by Transport for London (TfL) on 22nd May 2023. Your questions are "
        "answered in turn below:\n\nQuestion a.- Which Microsoft O365 do you use eg E3,E5?\n\n"
        "Question b.- Do you use the NHS-shared O365 tenant?\n\nAnswer: The requested information is exempt from "
        "release under section 31 of the Freedom of Information Act.\n\nQuestion c.- How many licences do you have?\n"
        "\nAnswer: 12,000 licences.\n",
        [
            ("a", "Which Microsoft O365 do you use eg E3,E5?"),
            ("b", "Do you use the NHS-shared O365 tenant?"),
            ("c", "How many licences do you have?"),
        ],
        answers={
            "b": [A(contains="exempt from release", withheld=True, exemptions=("FOIA 31",))],
            "c": [A(contains="12,000 licences")],
        },
        id="you-asked-we-answered-restated-letters",
    ),
    case(
        # "We answered" heads the reply under the request's run-on list: its opening paragraphs answer no question
        # (Transport for London's published requests).
        "Request ID: FOI-0110-2021\nDate published: 22 May 2020\n\nYou asked\n\n1) Please tell me how much was "
        "spent on new office furniture. 2) Please state how much was spent on transporting furniture to staff homes."
        "\n\nWe answered\n\nOur Ref: FOI-0110-2021\n\nThank you for your request received on 23 April 2020 asking "
        "for information about the cost of working from home equipment.\n",
        [
            ("1", "Please tell me how much was spent on new office furniture."),
            ("2", "Please state how much was spent on transporting furniture to staff homes."),
        ],
        answers={"1": [], "2": []},
        id="we-answered-heads-the-reply",
    ),
    case(
        # Each answer run on after its question's full stop, in the reply's voice (Royal Surrey County Hospital NHS
        # Foundation Trust's published response); not "system(s) The Trust uses" inside a request's sentence.
        "1. Please provide me with a copy of your Trust’s Social Media Governance Policy, and the date it was adopted. "
        "Please find attached the Trust policy for Social Media:\n\n\n"
        "2. Please list the Social Media programmes used by your Trust (i.e. if you use Twitter, Facebook etc.). The "
        "Trust uses Twitter, Facebook, Instagram and Linkedin.\n\n\n"
        "3. Please provide the approximate number of people (headcount) employed by your Trust.  The Trust’s current "
        "headcount is 3,800.\n",
        [
            (
                "1",
                "Please provide me with a copy of your Trust’s Social Media Governance Policy, and the date it was "
                "adopted.",
            ),
            (
                "2",
                "Please list the Social Media programmes used by your Trust (i.e. if you use Twitter, Facebook etc.).",
            ),
            ("3", "Please provide the approximate number of people (headcount) employed by your Trust."),
        ],
        answers={
            "1": [A(contains="Please find attached the Trust policy")],
            "2": [A(contains="The Trust uses Twitter")],
            "3": [A(contains="current headcount is 3,800")],
        },
        id="answers-run-on-after-the-full-stop-in-the-replys-voice",
    ),
    case(
        # The reply's heading after a dash ending the last question's line, a page's list of headings flattened
        # (Lincolnshire County Council's published response).
        "- Request\n-\nPlease provide the following information for your organisation for each calendar month:\n"
        "1. Recorded Personal Data Breaches\n2. Broad Cause Categories\n3. Individuals Affected (if recorded) - "
        "Decision\n-\n1. Total: 413 incidents\n",
        [
            ("1", "Recorded Personal Data Breaches"),
            ("2", "Broad Cause Categories"),
            ("3", "Individuals Affected (if recorded)"),
        ],
        id="reply-heading-after-a-dash-ending-the-last-question",
    ),
    case(
        # The request restated under the reply's heading, each item over its answer's label: the first item, asking
        # in no asking word, is a question too (the Scottish Police Authority's published response).
        "Report Summary\nIssued 5 February 2024, this FOI response provides information held on numbers of officers "
        "retired via ill health.\nResponse\n1. From Jan 2017 until Dec 2023 the total number of officers who have "
        "retired via the ill health retirement process.\nResponse: The total number of officers who have retired is "
        "470.\n2. Please could I have Bandings of the Officers who were granted Ill health retirement in point 1\n"
        "Response: There were 165 officers that retired on the grounds of Ill Health.\n",
        [
            (
                "1",
                "From Jan 2017 until Dec 2023 the total number of officers who have retired via the ill health "
                "retirement process.",
            ),
            ("2", "Please could I have Bandings of the Officers who were granted Ill health retirement in point 1"),
        ],
        answers={"1": [A(contains="is 470")], "2": [A(contains="165 officers")]},
        id="request-restated-under-the-response-heading-over-labelled-answers",
    ),
    case(
        # "FOI Response" heads the reply under the request's list; the reply restates each question under "You asked:"
        # over its answer under "Our response:" (Gloucestershire Health and Care NHS Foundation Trust's published
        # responses, the page cut in the second answer).
        "FOI Request\n\nI would be grateful if you could confirm:\n1. The current average waiting time for children "
        "referred.\n2. The referral date of the most recent cohort.\n3. Whether the Trust maintains separate waiting "
        "lists.\n\nFOI Response\n\nFreedom of Information Request – Ref: FOI 212-2025\n\nThank you for your recent "
        "Freedom of Information request. Please find our response below.\n\nYou asked:\n\n1. The current average "
        "waiting time for children referred.\n\nOur response:\n\nThe current average wait is 40 weeks.\n\nYou asked:"
        "\n\n2. The referral date of the most recent cohort.\n\nOur re",
        [
            ("1", "The current average waiting time for children referred."),
            ("2", "The referral date of the most recent cohort."),
            ("3", "Whether the Trust maintains separate waiting lists."),
        ],
        answers={"1": [A(contains="40 weeks")], "3": []},
        id="foi-response-heading-and-you-asked-our-response-pairs",
    ),
    case(
        # Years bulleted under a question are the periods it asks about, not questions (Eden District Council's
        # published response).
        "Request\n\n1) Please tell me the average cost for a public health burial funeral in the financial years of:\n\n"
        "  • 2015/2016\n  • 2016/2017\n  • 2017/2018\n\n2) Please tell me how many public health funerals the council "
        "has provided in the financial years of:\n\n  • 2015/2016\n  • 2016/2017\n",
        [
            ("1", "Please tell me the average cost for a public health burial funeral in the financial years of:"),
            ("2", "Please tell me how many public health funerals the council has provided in the financial years of:"),
        ],
        id="bulleted-years-are-no-questions",
    ),
    case(
        # "NHSCFA response", the body's initials before "response", heads the reply restating the request's dash
        # points over their answers (the NHS Counter Fraud Authority's published response).
        "Information requested\nPlease find my request regarding malicious emails sent to the department:\n"
        "- How many malicious emails have been successfully blocked?\n- What percentage of malicious emails were "
        "opened by staff?\nNHSCFA response\n- How many malicious emails have been successfully blocked?\n"
        "2018 – 19 Approx. 7300\n2019 – 20 Approx. 8200\n- What percentage of malicious emails were opened by staff?\n"
        "Approaching 0%\n",
        [
            ("•1", "How many malicious emails have been successfully blocked?"),
            ("•2", "What percentage of malicious emails were opened by staff?"),
        ],
        answers={"•1": [A(contains="Approx. 7300")], "•2": [A(contains="Approaching 0%")]},
        id="initials-response-heading-over-restated-dash-points",
    ),
    case(
        # Items numbered "1.", "2." inside the request's sentence after the words asking for them and a colon
        # (Tunbridge Wells Borough Council's log).
        "FOI release\n\nFOI - Zoo licences and Inspection Reports\n\nRequest\n\nUnder the Freedom of Information Act "
        "we are requesting: 1. A copy of each active zoo licence issued by the local authority 2. Each licensed zoo's "
        "most recently submitted stock list/inventory of animals 3. Each licensed zoo's most recent inspection report"
        "\n\nResponse\n\nSee attached.\n",
        [
            ("1", "A copy of each active zoo licence issued by the local authority"),
            ("2", "Each licensed zoo's most recently submitted stock list/inventory of animals"),
            ("3", "Each licensed zoo's most recent inspection report"),
        ],
        id="inline-dotted-numbers-after-requesting",
    ),
    case(
        # A log page of several requests is labelled by its first: the third entry's numbered list is another
        # request's (the Suffolk Police and Crime Commissioner's log).
        "1. Request received 10 January 2014\n\nUnder the Freedom of Information Act please can you release the "
        "Commissioner's itemised list of expenses claims for under £500.\n\nResponse sent 15 January 2014\n\nThe link "
        "below will take you to the relevant website page.\n\n2. Request received 8 February 2014\n\nI would like the "
        "minutes of the last meeting.\n\nResponse sent 14 February 2014\n\nThe topic has not been discussed.\n\n"
        "3. Request received 18 March 2014\n\nUnder the Freedom of Information Act 2000\n1. How many members of staff "
        "did your office have in November 2012?\n2. How many members of staff does your office have now?\n",
        [],
        id="a-later-entrys-list-is-another-requests",
    ),
    case(
        # A bullet cut by the text's end after a list inside the answer is that list's next item, not a question (the
        # London Borough of Hackney's reply on WhatDoTheyKnow).
        "You requested the following:\nI would like to request the following information relating to the local welfare "
        "support scheme:\n- Does your local authority have a Local Welfare Assistance Scheme in 2018/19? What is the "
        "budget for this?\nThe budget for Local Welfare Assistance in 2018/19 is £500,000\n- Please give details of the "
        "qualifying conditions in 2018/19?\nThe scheme is open to all hackney residents with the exception of\n- people "
        "under 16\n- people who a",
        [
            (
                "•1",
                "Does your local authority have a Local Welfare Assistance Scheme in 2018/19? What is the budget "
                "for this?",
            ),
            ("•2", "Please give details of the qualifying conditions in 2018/19?"),
        ],
        id="a-cut-bullet-after-a-list-inside-the-answer",
    ),
    case(
        # The request's bullets restated under fewer numbers, its glyph one the cheap test before the bullets once
        # missed ("‣"): the questions are the bullets, as with a dash.
        "Request\n\nI would like to ask the following questions:\n"
        "\u2023 Could you provide me with a copy of your organisation's records management policy?\n"
        "\u2023 Do you publish your retention schedule on your website?\n"
        "\u2023 How many staff work in your records team?\n\nResponse\n\n"
        "1) Could you provide me with a copy of your organisation's records management policy?\nThe policy is attached.\n"
        "2) Do you publish your retention schedule on your website?\nYes, on our website.\n",
        [
            ("•1", "Could you provide me with a copy of your organisation's records management policy?"),
            ("•2", "Do you publish your retention schedule on your website?"),
            ("•3", "How many staff work in your records team?"),
        ],
        answers={"•1": [A(contains="The policy is attached")], "•2": [A(contains="on our website")], "•3": []},
        id="bullets-restated-by-number-any-glyph",
    ),
    case(
        # Rushcliffe Borough Council's published response: a list of lists saved as text, its indentation lost; the
        # inner items are the first item's parts, numbered as printed, and the outer list goes on at 2.
        "Request\n\n1. A list of all council-owned garages in your area that are currently recorded as:\n1. Vacant for "
        "more than 12 months\n2. Awaiting demolition\n3. Let to a business tenant\n2. For each garage, please provide "
        "the street name and postcode sector.\n3. Please also provide the annual rent charged for each garage.\n\n"
        "Response\n\nWe hold the information and it is attached.\n",
        [
            ("1", "A list of all council-owned garages in your area that are currently recorded as:"),
            ("1", "Vacant for more than 12 months"),
            ("2", "Awaiting demolition"),
            ("3", "Let to a business tenant"),
            ("2", "For each garage, please provide the street name and postcode sector."),
            ("3", "Please also provide the annual rent charged for each garage."),
        ],
        parents={"1": "1", "2": None, "3": None},
        id="a-list-nested-in-an-item-its-numbers-from-1-again",
    ),
    case(
        # Bolton NHS Foundation Trust's log: each item's periods a list of their own, numbered "1." under items
        # numbered "1)"; they are what the item asks about, and the outer list goes on past their last number.
        "Request:\n\n1) The total number of agency nurses your trust employed throughout:\n\n  1. 2019/20\n  2. "
        "2020/21\n\n2) The total amount your trust spent on agency nurses in:\n\n  1. 2019/20\n  2. 2020/21\n\n3) A "
        "breakdown of that spend by agency.\n\nResponse:\n\nPlease see the attached spreadsheet.\n",
        [
            ("1", "The total number of agency nurses your trust employed throughout:"),
            ("2", "The total amount your trust spent on agency nurses in:"),
            ("3", "A breakdown of that spend by agency."),
        ],
        id="periods-numbered-under-each-item-then-the-list-going-on",
    ),
    case(
        # Thurrock Council's disclosure log: a yes/no question's follow-up a paragraph of its own below it
        "Request:\n\nQ1. Does your council own any public toilets?\n\nIf No, are you considering building any?\n\n"
        "If Yes:\n\nQ2. How many are open overnight?\n\nResponse:\n\nThe council owns no public toilets.\n",
        [
            ("1", "Does your council own any public toilets? If No, are you considering building any?"),
            ("2", "How many are open overnight?"),
        ],
        id="a-follow-up-question-a-paragraph-below-its-question",
    ),
    case(
        # Navy Command's letter restating the request: the last item's stop after its number dropped
        "Thank you for your correspondence dated 6 April 2015. You requested the following information:\n\n1. Please "
        "provide a list of the ships decommissioned since 2000.\n\n2. Please provide the date each was sold or "
        "scrapped.\n\n3 Please also provide the names of the members of the disposals board.\n\nI am writing to advise "
        "you that the information is not held.\n",
        [
            ("1", "Please provide a list of the ships decommissioned since 2000."),
            ("2", "Please provide the date each was sold or scrapped."),
            ("3", "Please also provide the names of the members of the disposals board."),
        ],
        id="the-next-item-its-stop-after-the-number-dropped",
    ),
    case(
        # Guildford Borough Council's log: the requester's plea for advice under the cost limit, run on after the last
        # question in its paragraph, is not the question's
        "Request\n\n1. Does the council own any tower blocks?\n\n2. Is the council aware of any cladding being sold on? "
        "If it is not possible to provide the information requested due to the cost of compliance limits identified "
        "in Section 12, please provide advice and assistance.\n\nResponse\n\nThe council owns no tower blocks.\n",
        [
            ("1", "Does the council own any tower blocks?"),
            ("2", "Is the council aware of any cladding being sold on?"),
        ],
        id="the-requesters-plea-under-the-cost-limit-run-on-after-the-last-question",
    ),
    case(
        # East Hertfordshire District Council's log on disclosure-log.co.uk: under "Customer Request Details" the
        # requester's note below a question is the request's, no answer to it
        "FOI Disclosure Log\n\nCustomer Request Details\n\n19 October 2020\n\nQ1 - Please provide the number of new "
        "dwellings granted permission in Flood Zone 3.\n\nNB. new dwellings in this context includes new-build flats."
        "\n\nEast Herts Council Response\n\n02 November 2020\n\nThe Council are not obliged to supply the information "
        "you have requested.\n",
        [("1", "Please provide the number of new dwellings granted permission in Flood Zone 3.")],
        answers={"1": []},
        id="a-requesters-note-under-customer-request-details",
    ),
    case(
        # A request on East Hertfordshire District Council's log: a question's parts by a capital in brackets after its
        # number, a dash after the capital
        "Customer Request Details\n\nQ1 - Please provide the number of new dwellings in Flood Zone 3.\n\nQ2 (A) - In "
        "relation to Q1, please provide the number in Zone 3A.\n\nQ2 (B) - In relation to Q1, please provide the number "
        "in Zone 3B.\n\nResponse\n\nThe information is not held.\n",
        [
            ("1", "Please provide the number of new dwellings in Flood Zone 3."),
            ("2A", "In relation to Q1, please provide the number in Zone 3A."),
            ("2B", "In relation to Q1, please provide the number in Zone 3B."),
        ],
        id="parts-by-a-capital-in-brackets-after-the-number",
    ),
    case(
        # The Police Service of Northern Ireland's disclosure log: "Part 1" heads the items, each labelled "Request N"
        # on a line of its own above its words
        "Request Details\nPart 1\nPlease provide, for each calendar year 2019-2024 (inclusive)\n\nRequest 1\nStalking "
        "incidents, by victim sex.\n\nRequest 2\nStalking crimes, by the same variables.\n\nAnswer:\nThe cost of "
        "complying with your request would exceed the appropriate limit.\n",
        [("1", "Stalking incidents, by victim sex."), ("2", "Stalking crimes, by the same variables.")],
        id="a-part-heading-over-items-labelled-request-1-2",
    ),
    case(
        # Cleveland Police's log: each answer lettered under the question it answers, a count stated
        "I write in connection with your Freedom of Information request. Below is your request and our response.\n1. "
        "How many police staff are employed by the force?\na) Police staff FTE (Full Time Equivalent) is a total of 912 "
        "staff.\n2. How many of them work in vetting?\na) The number in the vetting unit is 14.\n",
        [("1", "How many police staff are employed by the force?"), ("2", "How many of them work in vetting?")],
        answers={"1": [A(contains="912 staff")], "2": [A(contains="vetting unit is 14")]},
        id="an-answer-lettered-under-its-question-stating-a-count",
    ),
    case(
        # Bedford Borough Council's reply by email: each answer run on after its question's note in brackets, a unit
        # after the figure
        "Please find the information you requested below:\n\n1. What is your LA's 2020/21 Nursing Fee Base Rate? "
        "(excluding FNC) £643 weekly\n\n2. What is your LA's 2020/21 Residential Fee Base Rate? (excluding FNC) £586 "
        "per week\n",
        [
            ("1", "What is your LA's 2020/21 Nursing Fee Base Rate? (excluding FNC)"),
            ("2", "What is your LA's 2020/21 Residential Fee Base Rate? (excluding FNC)"),
        ],
        answers={"1": [A(contains="£643 weekly")], "2": [A(contains="£586 per week")]},
        id="a-figure-and-its-unit-run-on-after-the-questions-note",
    ),
    case(
        # East Hertfordshire District Council's log: the log's fields between the request and the answers by number,
        # "Released Date" dating the reply
        "CCTV cameras\n\n1) The current total number of CCTV cameras in your district\n\n2) The names of the streets "
        "covered by these cameras\n\n3) How many hours a day these cameras are monitored\n\nRequest Date18 March 2015\n"
        "Requested byMedia\nReleased Date\n\n25 March 2015\n\nThere are 36 cameras in the council's network.\n\n2) The "
        "cameras cover High Street and Market Square\n\n3) monitored 24 hours 7 days a week\n",
        [
            ("1", "The current total number of CCTV cameras in your district"),
            ("2", "The names of the streets covered by these cameras"),
            ("3", "How many hours a day these cameras are monitored"),
        ],
        answers={"2": [A(contains="High Street")], "3": [A(contains="24 hours")]},
        id="answers-by-number-under-a-logs-released-date",
    ),
    case(
        # A request on Gloucestershire Health and Care NHS Foundation Trust's log, its numbered items run together in
        # the paragraph asking for "the following", no colon before the first
        "FOI Request\n\nPlease could you provide the following performance data for the service covering 2021 to 2024 "
        "inclusive, broken down annually as appropriate 1. Average waiting time from referral to assessment in weeks 2. "
        "Total number of patients on the waiting list by month 3. Names of the providers operating the service\n\nFOI "
        "Response\n\nPlease find our response below.\n",
        [
            ("1", "Average waiting time from referral to assessment in weeks"),
            ("2", "Total number of patients on the waiting list by month"),
            ("3", "Names of the providers operating the service"),
        ],
        id="numbered-items-run-together-after-the-following-no-colon",
    ),
    case(
        # Highways England's letter: the answers by number, no question quoted, under the line saying so
        "28 April 2016\nDear Mr McArthur\nFREEDOM OF INFORMATION ACT REQUEST - MANAGED MOTORWAYS\nI am writing to "
        "confirm that we have now completed our search for the information.\nThe information is listed below in response "
        "to each of your three specific questions.\n1)The information requested on the cost of the works is "
        "£85,952,401.54\n2)The information requested regarding contractors; Skanska is the contractor responsible.\n3)The "
        "information requested regarding remuneration is commercially sensitive.\n",
        [],
        id="answers-by-number-under-a-line-saying-they-answer-each-question",
    ),
    case(
        # Medway NHS Foundation Trust's log: the same two bullets under each spend, each time after a lead-in of their
        # own, are asked of that spend; not a sub-list printed again.
        "In the period 1st November 2025 to 31st January 2026 please provide a breakdown of:\n"
        "- Total trust spend with framework agencies for locum doctors\n"
        "Please provide a further breakdown for locum doctors by:\n"
        "- Spend per grade\n"
        "- Spend per specialty\n"
        "- Spend per agency name\n"
        "In the period 1st November 2025 to 31st January 2026 please provide a breakdown of:\n"
        "- Total trust spend with off-framework agencies for locums doctors\n"
        "Please provide a further breakdown for locum doctors by:\n"
        "- Spend per grade\n"
        "- Spend per specialty\n",
        [
            ("•1", "Total trust spend with framework agencies for locum doctors"),
            ("•2", "Spend per grade"),
            ("•3", "Spend per specialty"),
            ("•4", "Spend per agency name"),
            ("•5", "Total trust spend with off-framework agencies for locums doctors"),
            ("•6", "Spend per grade"),
            ("•7", "Spend per specialty"),
        ],
        id="bullets-repeated-after-a-lead-in-of-their-own-are-asked-again",
    ),
    case(
        # A WhatDoTheyKnow request to HM Courts and Tribunals Service, its items numbered "1 - ", above the service's
        # emails wrapped at 72 columns: each item ending "and" near that width is no wrap into the next.
        "Dear HM Courts and Tribunals Service,\n\n"
        "Further, specifically I require your evidence as follows:\n"
        "1 - the evidence you relied upon that the claimed virus existed or exists, and\n"
        "2 - the evidence you relied upon that the claimed virus caused or causes unique harm, and\n"
        "3 - the evidence you relied upon to determine a person was or is a risk of transmitting it.\n\n"
        "Yours faithfully,\n\nMarc Horn\n\n"
        "This e-mail and any attachments is intended only for the attention of the\n"
        "addressee(s). Its unauthorised use, disclosure, storage or copying is not\n"
        "permitted. If you are not the intended recipient, please destroy all\n"
        "copies and inform the sender by return e-mail. Internet e-mail is not a\n"
        "secure medium. Any reply to this message could be intercepted and read by\n"
        "someone other than the intended recipient. Please therefore ensure that\n"
        "you do not send any highly sensitive or confidential information by e-mail.\n"
        "Do not rely on this e-mail alone when making an important decision and\n"
        "check the facts with the sender if that is possible.\n",
        [
            ("1", "the evidence you relied upon that the claimed virus existed or exists, and"),
            ("2", "the evidence you relied upon that the claimed virus caused or causes unique harm, and"),
            ("3", "the evidence you relied upon to determine a person was or is a risk of transmitting it."),
        ],
        id="items-numbered-with-a-spaced-dash-above-wrapped-emails-are-not-joined",
    ),
    case(
        # Scottish Borders Council's log: question 2 run on after question 1's list of years, no stop between; "Part 4."
        # in a sentence is no item.
        "Request or Question\n"
        "1. Please confirm your overall spend on interpreting, translation and transcription services for the following"
        " financial years: * 2021-22 * 2022-23 2. Who is your incumbent supplier(s) for language services? If you have"
        " more than one supplier, which services does each one provide to you?\n"
        "3. Please give the complaints for each category listed in your annual report, Part 4. How many were upheld?\n",
        [
            (
                "1",
                "Please confirm your overall spend on interpreting, translation and transcription services for the"
                " following financial years: * 2021-22 * 2022-23",
            ),
            (
                "2",
                "Who is your incumbent supplier(s) for language services? If you have more than one supplier, which"
                " services does each one provide to you?",
            ),
            (
                "3",
                "Please give the complaints for each category listed in your annual report, Part 4. How many were"
                " upheld?",
            ),
        ],
        id="a-question-run-on-after-the-item-above-with-no-stop",
    ),
    case(
        # Wokingham Borough Council's page, each answer under its question with no stop between: "See attached file."
        # and "No information held." open the answers, not more of the questions.
        "Please may I request the following information for your local authority area:\n"
        "1. Any data collected on people residing in unconventional accommodation types such as temporary structures\n"
        "See attached file.\n"
        "2. Any data collected on people who stay in squats in the local authority\n"
        "No information held.\n",
        [
            (
                "1",
                "Any data collected on people residing in unconventional accommodation types such as temporary "
                "structures",
            ),
            ("2", "Any data collected on people who stay in squats in the local authority"),
        ],
        answers={"1": [A(contains="See attached file.")], "2": [A(contains="No information held.", not_held=True)]},
        id="an-answer-pointing-to-an-attachment-under-a-question-with-no-stop",
    ),
    case(
        # Hastings Borough Council's log: the list's first number, in brackets, glued to the year of the reply's date.
        "FOI request (FOIR-102452425)\nListed building consent\nRequested Mon 14 January 2019\n"
        "Responded Tue 26 February 2019(1) The number of listed building consent applications that were made.\n"
        "(2) The number of listed building consent applications that were granted.\n",
        [
            ("1", "The number of listed building consent applications that were made."),
            ("2", "The number of listed building consent applications that were granted."),
        ],
        id="the-first-number-in-brackets-glued-to-a-date-s-year",
    ),
    case(
        # A section of another Act in an answer withholds nothing ("Section 23(2) of the Small Holdings and Allotments
        # Act 1908", asked about in a request on Hastings Borough Council's log); the Act's own sections do.
        "Request\n"
        "1. Have any groups of residents made a representation about allotments?\n"
        "2. How many were successful?\n"
        "Response\n"
        "1. Two representations were made under Section 23(2) of the Small Holdings and Allotments Act 1908.\n"
        "2. The names are withheld under section 40(2) of the Freedom of Information Act 2000.\n",
        [
            ("1", "Have any groups of residents made a representation about allotments?"),
            ("2", "How many were successful?"),
        ],
        answers={
            "1": [A(contains="Small Holdings and Allotments Act")],
            "2": [A(contains="withheld", withheld=True, exemptions=("FOIA 40(2)",))],
        },
        id="a-section-of-another-act-in-an-answer-withholds-nothing",
    ),
    case(
        # Salisbury NHS Foundation Trust's log: a question that introduces the paragraph under it, then its answer's
        # label; and "Information not held" straight under a label is the answer, not a heading over the reply.
        "Request Summary: Locum Doctors\n\n"
        "Question Number 1:\nPlease provide the following FOI responses:\n\n"
        "Please provide the total amount spent on locum Doctors across all departments. for 2025 YTD and 2024\n\n"
        "Answer To Question 1:\nThis information is available on the Trust's website.\n\n"
        "Question Number 2:\nHow many Doctor vacancies do you currently have?\n\n"
        "Answer To Question 2:\nInformation not held\n\n"
        "Question Number 3:\nDo you have any cost-saving measures in place?\n\n"
        "Answer To Question 3:\nAll requests for new agency workers go via the Trust Workforce Control Panel.\n",
        [
            (
                "1",
                "Please provide the following FOI responses: Please provide the total amount spent on locum Doctors"
                " across all departments. for 2025 YTD and 2024",
            ),
            ("2", "How many Doctor vacancies do you currently have?"),
            ("3", "Do you have any cost-saving measures in place?"),
        ],
        answers={
            "1": [A(contains="available on the Trust's website", referral="the Trust's website")],
            "2": [A(contains="Information not held", not_held=True)],
            "3": [A(contains="Workforce Control Panel")],
        },
        id="a-question-introducing-its-paragraph-above-its-answer-label",
    ),
    case(
        # The Scottish Government's FOI release: section 17(1) of FOISA is the notice that nothing is held, which
        # withholds nothing.
        "Request\n"
        "1. The total number of those FOI requests which were deemed to require ministerial sign off.\n"
        "2. The total number of FOI requests received.\n"
        "Response\n"
        "1. This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the"
        " information you have requested.\n"
        "2. 690 FOI requests were received.\n",
        [
            ("1", "The total number of those FOI requests which were deemed to require ministerial sign off."),
            ("2", "The total number of FOI requests received."),
        ],
        answers={"1": [A(contains="section 17(1) of FOISA", not_held=True)], "2": [A(contains="690")]},
        id="the-scottish-not-held-notice-withholds-nothing",
    ),
    case(
        # A request on the Scottish Ambulance Service's log, its questions grouped under headings, one parted by a
        # spaced dash: the heading is the next group's, not the answer to the question above it.
        "I request the following information:\n"
        "Testing and Risk Assessment\n"
        "1a) Any internal or external documentation evidencing user testing of TerraPACE 3 prior to its implementation.\n"
        "Staff Engagement and Consultation\n"
        "2a) Any minutes or notes evidencing staff consultation in relation to the rollout of TerraPACE 3.\n"
        "Known Issues and Correspondence\n"
        "3a) Any correspondence that details known faults related to the TerraPACE 3 system.\n"
        "Operational Impact – EPRF and Scene Time Analysis\n"
        "4a) The average time taken by operational crews to complete an EPRF, recorded monthly.\n",
        [
            (
                "1a",
                "Any internal or external documentation evidencing user testing of TerraPACE 3 prior to its "
                "implementation.",
            ),
            ("2a", "Any minutes or notes evidencing staff consultation in relation to the rollout of TerraPACE 3."),
            ("3a", "Any correspondence that details known faults related to the TerraPACE 3 system."),
            ("4a", "The average time taken by operational crews to complete an EPRF, recorded monthly."),
        ],
        answers={"1a": [], "2a": [], "3a": [], "4a": []},
        id="a-group-heading-parted-by-a-dash-is-no-answer",
    ),
    case(
        # Devon County Council's log: the answer run on after the question's own note, a dash, then the reply's voice;
        # a dash before the requester's "Please note" (West Midlands Police's log) stays the question's.
        "Cyber attacks\n"
        "1. Has the council experienced an attempted cyber-attack in 2019? Please answer yes or no. – we neither"
        " confirm or deny that this information is held in accordance with Section 31(3) of the Freedom of Information"
        " Act 2000.\n"
        "2. What kind of incapacitant spray do you use? (CS, PAVA or other) – Please note the manufacture and "
        "product.\n",
        [
            ("1", "Has the council experienced an attempted cyber-attack in 2019? Please answer yes or no."),
            (
                "2",
                "What kind of incapacitant spray do you use? (CS, PAVA or other) – Please note the manufacture and "
                "product.",
            ),
        ],
        id="an-answer-in-the-reply-s-voice-after-a-dash-past-the-question-s-note",
    ),
    case(
        # Eden District Council's log: what the council's finance system cannot pick out is not held.
        "Request\n"
        "1. How much money has been spent on public campaigns related to clean air in each calendar year?\n"
        "Response\n"
        "1. Due to our financial system, we are not able to identify the amount of money that has been spent per annum"
        " specifically on public campaigns relating to air quality.\n",
        [("1", "How much money has been spent on public campaigns related to clean air in each calendar year?")],
        answers={"1": [A(contains="not able to identify the amount", not_held=True)]},
        id="not-able-to-identify-the-amount-is-not-held",
    ),
    case(
        # NHS Greater Glasgow and Clyde's letter restating the request on one line, its "1" kept without a stop.
        "Thank you for your request received on 8 October 2018 for the provision of the following information:-\n\n"
        "1 How often have physical restraints used on mental health patients been recorded as 'adverse events' in each"
        " of the past four years? 2. How many"
        " injuries have been recorded as a result of restraint in each of the past 4 years? 3. How many deaths have been"
        " recorded as a result of restraint in each of the past 4 years?\n",
        [
            (
                "1",
                "How often have physical restraints used on mental health patients been recorded as 'adverse events' in"
                " each of the past four years?",
            ),
            ("2", "How many injuries have been recorded as a result of restraint in each of the past 4 years?"),
            ("3", "How many deaths have been recorded as a result of restraint in each of the past 4 years?"),
        ],
        id="a-list-run-on-one-line-its-first-number-without-a-stop",
    ),
    case(
        # NHS Greater Glasgow and Clyde's letter: how the question wants its figures broken down is its own words; the
        # request's closing terms on delivery are not (NHS Resolution's letter).
        "Thank you for your request for the provision of the following information:-\n\n"
        "1. How often have restraints been recorded as adverse events in each of the past four years? I would prefer"
        " this information broken down by facility and year.\n"
        "2. How many injuries have been recorded as a result of restraint in each of the past 4 years? I would like the"
        " above information to be provided to me in electronic format.\n",
        [
            (
                "1",
                "How often have restraints been recorded as adverse events in each of the past four years? I would prefer"
                " this information broken down by facility and year.",
            ),
            ("2", "How many injuries have been recorded as a result of restraint in each of the past 4 years?"),
        ],
        id="the-breakdown-a-question-prefers-is-its-own-words",
    ),
    case(
        # The NHS Business Services Authority's log: the request restated under thanks for it, a paragraph an item,
        # the first paragraph that does not ask ending them.
        "FOI-01564\n\nThank you for your request for information about the following:\n\n"
        "For the last financial year, what was the total amount spent on translation costs?\n\n"
        "Can you provide a breakdown of these costs by language translated.\n\n"
        "Do you hire any dedicated translators? If so provide details of how many and for what language.\n\n"
        "Your request was received on 22 November 2023 and I am dealing with it under the terms of the Freedom of"
        " Information Act 2000.\n",
        [
            ("•1", "For the last financial year, what was the total amount spent on translation costs?"),
            ("•2", "Can you provide a breakdown of these costs by language translated."),
            ("•3", "Do you hire any dedicated translators? If so provide details of how many and for what language."),
        ],
        id="items-restated-a-paragraph-each-under-thanks-for-the-request",
    ),
    case(
        # A space between the number and its bracketed letter, "1 b)" between "1a)" and "2a)" (the Scottish Ambulance
        # Service's published request): item 1b, not words of 1a.
        "I request the following information:\nTesting and Risk Assessment\n1a) Any documentation evidencing user "
        "testing of the new software; and\n1 b) Any risk assessments or issue logs created during the rollout.\n"
        "Staff Engagement\n2a) Any minutes evidencing staff consultation; and\n2b) Any surveys logged by crews.\n",
        [
            ("1a", "Any documentation evidencing user testing of the new software; and"),
            ("1b", "Any risk assessments or issue logs created during the rollout."),
            ("2a", "Any minutes evidencing staff consultation; and"),
            ("2b", "Any surveys logged by crews."),
        ],
        id="number-spaced-from-its-bracketed-letter",
    ),
    case(
        # Each answer a figure after its item's colon, on the item's line (Wokingham Borough Council's log): the
        # figure is the answer, not words of the question; a year after the colon stays the question's.
        "I am writing to you under the Freedom of Information Act 2000 to request the following information.\n"
        "1. Please provide the total number of social houses owned by your council: 2526\n"
        "2. How many homes have you inspected where there was damp or mould present in the past 12 months: 188\n"
        "3. Please provide the number of complaints for the following year: 2023\n",
        [
            ("1", "Please provide the total number of social houses owned by your council"),
            ("2", "How many homes have you inspected where there was damp or mould present in the past 12 months"),
            ("3", "Please provide the number of complaints for the following year: 2023"),
        ],
        answers={"1": [A(contains="2526")], "2": [A(contains="188")], "3": []},
        id="figure-answering-after-the-items-colon",
    ),
    case(
        # A one-digit answer after its question's number under the reply's heading ("Response 09-08-2022 / ... / 2. 8",
        # Moray Council's log): an answer, as a count may be one digit.
        "FOI Request - Homes for Ukraine\nRequest 101003108299\n1. How many hosts have had their home checks "
        "completed\n2. How many hosts have signed up, but not had their home checks done\nResponse 09-08-2022\n1. 28\n"
        "2. 8\n",
        [
            ("1", "How many hosts have had their home checks completed"),
            ("2", "How many hosts have signed up, but not had their home checks done"),
        ],
        answers={"1": [A(contains="28")], "2": [A(contains="8")]},
        id="one-digit-answer-after-its-questions-number",
    ),
    case(
        # A copy's page markers in brackets alone on their lines, over words that do not ask ("Full text / (1) / Parc
        # Cathays ... / (2) / However, please note ...", a Welsh Government letter on a document-sharing site): no
        # questions; the questions are the annex's.
        "Full text\n\n(1)\n\nParc Cathays \u25cf Cathays Park Caerdydd \u25cf Cardiff CF10 3NQ\n\nOur ref: ATISN 14765\n\n"
        "Thank you for your request which I received on 14 January 2021.\n\nThe information you requested is provided "
        "below.\n\n(2)\n\nHowever, please note that the Commissioner will not normally investigate a complaint until it "
        "has been through our own internal review process.\n\nYours sincerely\n\n(3)\n\nQuestion 1.\n\nHow many "
        "chauffeur driven cars do the Welsh Government operate?\n\nThe fleet comprises 13 cars.\n",
        [("1", "How many chauffeur driven cars do the Welsh Government operate?")],
        answers={"1": [A(contains="13 cars")]},
        id="page-markers-in-brackets-over-words-that-do-not-ask",
    ),
    case(
        # The letter sets the request out in its annex ("I have set out at Annex 1 to this letter, the questions you
        # submitted.", the Welsh Government): the annex's questions are read, where an annex quoting the Act is not.
        "Thank you for your request which I received on 14 January 2021. I have set out at Annex 1 to this letter, the "
        "questions you submitted.\n\nYours sincerely\n\nAnnex 1\n\nQuestion 1.\n\nHow many chauffeur driven cars do "
        "the Welsh Government operate?\n\nThe fleet comprises 13 cars.\n\nQuestion 2.\n\nWhat is the age of the "
        "cars?\n\nAll are under five years old.\n",
        [
            ("1", "How many chauffeur driven cars do the Welsh Government operate?"),
            ("2", "What is the age of the cars?"),
        ],
        answers={"1": [A(contains="13 cars")], "2": [A(contains="five years")]},
        id="annex-the-letter-says-sets-out-the-request",
    ),
    case(
        # An answer lettered after its question's number, the question naming its parts only in its sentence (Moray
        # Council's log, "whose Home checks are a)underway and b) completed"): the question's answer, as lettered.
        "FOI Request - Homes for Ukraine\nRequest 101003108299\n1. The number of hosts whose Home checks are a)underway "
        "and b) completed\n2. How many hosts have signed up, but not had their home checks done\nResponse 09-08-2022\n"
        "1. a) The number of hosts whose checks are underway is less than 5.\nb) 28\n2. 8\n",
        [
            ("1", "The number of hosts whose Home checks are a)underway and b) completed"),
            ("2", "How many hosts have signed up, but not had their home checks done"),
        ],
        answers={"1": [A(contains="a) The number of hosts whose checks are underway")], "2": [A(contains="8")]},
        id="answer-lettered-as-the-parts-its-question-names",
    ),
    case(
        # A yes straight under a question shows the reply, though the request's lead-in stands between its questions
        # ("If you answered "Yes" to Question 1, ...", Wokingham Borough Council's log).
        "I would be grateful if you could provide answers to the following questions:\n\n1. Do you have a council tax "
        'exemption policy in place for care leavers?\n\nIf you answered "Yes" to Question 1, please provide the '
        "following information:\n2. Is this exemption policy included in your local offer for care leavers document?\n"
        "Yes; however this is being reviewed and updated at present.\n\n3. Is this exemption advertised on your "
        "website?\nThe local offer on the council's website describes it.\n",
        [
            ("1", "Do you have a council tax exemption policy in place for care leavers?"),
            ("2", "Is this exemption policy included in your local offer for care leavers document?"),
            ("3", "Is this exemption advertised on your website?"),
        ],
        answers={"1": [], "2": [A(contains="Yes; however")], "3": [A(contains="describes it")]},
        id="yes-under-a-question-shows-the-reply-beside-a-lead-in",
    ),
    case(
        # A question's label over the request's preamble, the question below under its number again (Salisbury NHS
        # Foundation Trust's log): the numbered line is the question, not the preamble.
        "Request Summary: Oncology Breast Cancer\n\nQuestion Number 1:\nI am researching the incidence and treatment of "
        "breast cancer. I would greatly appreciate if you could answer the following questions\n\nQ1. How many patients "
        "have been treated for breast cancer in the past 3 months?\n\nAnswer To Question 1:\nFewer than five.\n",
        [("1", "How many patients have been treated for breast cancer in the past 3 months?")],
        answers={"1": [A(contains="Fewer than five")]},
        id="questions-label-over-the-preamble-the-question-numbered-again-below",
    ),
    case(
        # Bullets under a count asked "with the following ...:" are what is counted, not questions (Salisbury NHS
        # Foundation Trust's log, 29 regimens under its one question).
        "Question Number 1:\nI would greatly appreciate if you could answer the following questions\n\nQ1. How many "
        "patients have been treated for breast cancer in the past 3 months with the following systemic anti-cancer "
        "therapies:\n\n\u2022 Abemaciclib + Fulvestrant\n\n\u2022 Alpelisib + Fulvestrant\n\n\u2022 Atezolizumab\n",
        [
            (
                "1",
                "How many patients have been treated for breast cancer in the past 3 months with the following systemic "
                "anti-cancer therapies:",
            )
        ],
        id="bullets-under-a-count-with-the-following-are-what-is-counted",
    ),
    case(
        # "Please see ... the attached sheet" points to the reply's own attachment, no referral elsewhere (the Scottish
        # Ambulance Service's log).
        "Information Requested\n1) total number of requests made\n2) number of requests that were declined\n"
        "Response\n1) total number of requests made\nPlease see the first tab on the attached sheet detailing the "
        "figures requested in Q1.\n2) number of requests that were declined\nPlease see the second tab on the "
        "attached sheet.\n",
        [("1", "total number of requests made"), ("2", "number of requests that were declined")],
        answers={"1": [A(contains="first tab on the attached sheet")], "2": [A(contains="second tab")]},
        id="please-see-the-attached-sheet-is-no-referral",
    ),
    case(
        # The log's reply heading, its dash bullet run onto the request's last line ("... data available - Decision / - /
        # 1. ...", Lincolnshire County Council's published responses): the answers below are numbered as the questions.
        "- Request\n-\n1. The number of post-mortem examinations conducted in your area.\n2. The current backlog for "
        "post-mortems, as of the most recent data available - Decision\n-\n1. Please see link below for data.\n2. No "
        "backlogs.\n- Reference number\n- 13142441\n",
        [
            ("1", "The number of post-mortem examinations conducted in your area."),
            ("2", "The current backlog for post-mortems, as of the most recent data available"),
        ],
        answers={"1": [A(contains="Please see link below")], "2": [A(contains="No backlogs")]},
        id="log-reply-heading-run-onto-the-last-question-with-its-dash",
    ),
    case(
        # The same heading on its own line, bulleted with its dash ("- Information Requested / ... / - Response / 1)
        # ...", the Scottish Ambulance Service's log): the request's own items restated above their answers.
        "- Information Requested\nI would like\n1) total number of requests made\n2) number of requests declined\n"
        "- Response\n1) total number of requests made\n412 requests were made.\n2) number of requests declined\n"
        "None were declined.\n",
        [("1", "total number of requests made"), ("2", "number of requests declined")],
        answers={"1": [A(contains="412 requests")], "2": [A(contains="None were declined")]},
        id="log-reply-heading-bulleted-with-a-dash",
    ),
    case(
        # The reply's words about a question of the request, "Question 3 of your request has been handled under ..." (The
        # National Archives' disclosure log, the request's questions unnumbered): no question of its own.
        "Response:\n\nQuestion 3 of your request has been handled under the Freedom of Information Act 2000 (FOIA). "
        "Questions 1 and 2 do not come within the parameters of a Freedom of Information request.\n",
        [],
        id="question-n-of-your-request-in-the-replys-words",
    ),
    case(
        # A question's label over its first lettered part, the question asked only in its parts (Canterbury City
        # Council's disclosure log): question 2 with no words of its own, then its parts a and b.
        "Question 1\nHave you introduced any Public Spaces Protection Orders since June 2017?\nOur response:\nYes.\n"
        "Question 2\na. How many fines were issued for violating a PSPO in 2018?\nb. Have you used dispersal powers?\n"
        "Our response:\nNone.\n",
        [
            ("1", "Have you introduced any Public Spaces Protection Orders since June 2017?"),
            ("2", ""),
            ("a", "How many fines were issued for violating a PSPO in 2018?"),
            ("b", "Have you used dispersal powers?"),
        ],
        id="questions-label-over-its-first-lettered-part",
    ),
    case(
        # A period's figure given as "Not known" (Rushcliffe Borough Council's log): not held.
        "Request\n\n  1. The number of complaints received per year by tenants relating to social housing.\n\nResponse\n\n"
        "  1. The number of complaints received per year by tenants relating to social housing.\n    \u2022 2018-19 - Not "
        "known\n    \u2022 2019-20 - Not known\n",
        [("1", "The number of complaints received per year by tenants relating to social housing.")],
        answers={"1": [A(contains="2018-19 - Not known", not_held=True)]},
        id="a-periods-figure-not-known-is-not-held",
    ),
    case(
        # Bands a figure is "broken into" are what it is broken down by, not questions (a request on NHS Greater
        # Manchester ICB's log).
        "Request 1: The total number of children currently on the waiting list, broken into the following waiting time "
        "bands:\n- Under 18 weeks since referral\n- 18 weeks to 52 weeks since referral\nRequest 2: The longest "
        "single waiting time currently recorded.\n",
        [
            (
                "1",
                "The total number of children currently on the waiting list, broken into the following waiting "
                "time bands:",
            ),
            ("2", "The longest single waiting time currently recorded."),
        ],
        id="bands-a-figure-is-broken-into-are-no-questions",
    ),
    case(
        # A stop after the bracketed numeral, "(i). Copies of ... / (ii). Copy of ..." (a WhatDoTheyKnow request to
        # Kent County Council): items i and ii.
        "Dear Kent County Council,\n\nRegarding the Emergency Active Travel Fund, please provide the following "
        "documentation:\n\n(i). Copies of all correspondence with KCC and DfT regarding the funding.\n(ii). Copy of "
        "application for funding submitted by KCC to DfT.\n\nYours faithfully,\n\nJo Bloggs\n",
        [
            ("i", "Copies of all correspondence with KCC and DfT regarding the funding."),
            ("ii", "Copy of application for funding submitted by KCC to DfT."),
        ],
        id="a-stop-after-the-bracketed-numeral",
    ),
    case(
        # An internal review report's numbered sections (a Scottish university's, on a document-sharing site): "Remit",
        # "Request for information" and "Request for review" head the reviewer's prose, no questions.
        "Legislation: / The Freedom of Information (Scotland) Act 2002 (FOISA)\n1. Remit\nI am undertaking this review "
        "of the University's response to a Freedom of Information request received on 27 August 2013.\n2. Request for "
        "information\nAn FOI request FOI 75/2013 was received by the University on 27 August 2013.\n3. Request for "
        "review\nAn email received by the University on 22 November requesting that a review of the response to this "
        "request be undertaken.\n",
        [],
        id="internal-review-report-remit-and-request-for-review-sections",
    ),
    case(
        # The Moray Council's log: the Scottish Act's section 17 cited as "exempting" is its notice that nothing is held,
        # not a withholding
        "Request 101002903363\n\n1. Please can you tell me how many individual potholes you have identified since "
        "January 2017?\n\nResponse 03-11-21\n\n1. Please can you tell me how many individual potholes you have "
        "identified since January 2017?\nThis information is not held and is therefore exempt under Section 17 of the "
        "Freedom of Information (Scotland) Act 2002.\n",
        [("1", "Please can you tell me how many individual potholes you have identified since January 2017?")],
        answers={"1": [A(contains="not held and is therefore exempt", not_held=True)]},
        id="exempt-under-foisa-section-17-is-not-held-not-withheld",
    ),
    case(
        # A request on the Moray Council's log: headings group the bullets a question asks for, no answer between
        "FOI Request - Wind Turbines\nRequest 02-02-2022\n1. How many wind turbines larger than 0.5MW have been "
        "installed since 2007?\n2. For each turbine larger than 0.5MW installed since 2007, please can we request the "
        "following information:\nPermitting\n\u2022 Environmental Statement, Figures and Appendices.\n\u2022 Noise "
        "studies for the candidate WTG type.\nPlanning\n\u2022 Planning permission including conditions.\nLease and "
        "Options\n\u2022 Copies of all signed Agreements and side agreements / letters.\nResponse 01-03-2022\nThere are "
        "approximately 150-200 turbines that are potentially covered within the scope of this request.\n",
        [
            ("1", "How many wind turbines larger than 0.5MW have been installed since 2007?"),
            (
                "2",
                "For each turbine larger than 0.5MW installed since 2007, please can we request the following "
                "information:",
            ),
            ("\u20221", "Environmental Statement, Figures and Appendices."),
            ("\u20222", "Noise studies for the candidate WTG type."),
            ("\u20223", "Planning permission including conditions."),
            ("\u20224", "Copies of all signed Agreements and side agreements / letters."),
        ],
        id="headings-grouping-a-questions-bullets",
    ),
    case(
        # The London Borough of Barnet's log: a heading over its files under the last question's list is no group of
        # the question's bullets
        "1. Number of data breaches in each year\n2. Average time to complete for each year for the following:\n(A) "
        "FOIs\n(B) SARs\n\nOutcome / Documents\n\n  \u2022 7212452 SAR data 2019-21 - application/vnd.ms-excel - "
        "Download\n  \u2022 Response (some not held) - application/pdf - Download\n",
        [
            ("1", "Number of data breaches in each year"),
            ("2", "Average time to complete for each year for the following:"),
            ("A", "FOIs"),
            ("B", "SARs"),
        ],
        id="a-logs-files-heading-under-a-list-groups-no-bullets",
    ),
    case(
        # Blackpool Teaching Hospitals NHS Foundation Trust's log: the list's first question printed without its
        # bullet, between the "Description" heading and the bulleted questions.
        "Subject\nE-Cigarette Policy\nDescription\n\nIs smoking allowed inside any buildings?\n\n•    Is smoking "
        "allowed directly outside any buildings?\n\n•    Are there designated spaces for smoking?\n\n \n\nResponse\n"
        "Is smoking allowed inside any buildings No\n",
        [
            ("•1", "Is smoking allowed inside any buildings?"),
            ("•2", "Is smoking allowed directly outside any buildings?"),
            ("•3", "Are there designated spaces for smoking?"),
        ],
        id="first-bullet-lost-its-glyph-under-a-heading",
    ),
    case(
        # ... but a question about the list below it is no item of it.
        "Description\n\nCould you answer these questions?\n\n• Is it Mosaic?\n• Is it LCS?\n",
        [("•1", "Is it Mosaic?"), ("•2", "Is it LCS?")],
        id="a-question-pointing-at-the-list-is-no-item",
    ),
    case(
        # Bolton NHS Foundation Trust's log: bulleted questions under headings, one heading's bullets asking for parts
        # that the bullets after it name.
        "Contractual Arrangements\n\n  \u2022 Is your audiology service commissioned via an AQP contract?\n  \u2022 How "
        "many AQP patients do you see per year?\n\nAudiology Waiting Times\n\n\u2013     Using your latest recorded "
        "figures please state the percentage of patients seen within the target waiting time.\n\n  \u2022 Please "
        "confirm the waiting times to the following parts of your pathway:\n  \u2022 First assessment\n  \u2022 Fitting"
        "\n\nDomiciliary service\n\n  \u2022 Do you offer a home visiting service to patients?\n  \u2022 How many days "
        "per month are available for home visits?\n\nPlease find information attached.\n",
        [
            ("•1", "Is your audiology service commissioned via an AQP contract?"),
            ("•2", "How many AQP patients do you see per year?"),
            (
                "•3",
                "Using your latest recorded figures please state the percentage of patients seen within the target "
                "waiting time.",
            ),
            ("•4", "Please confirm the waiting times to the following parts of your pathway:"),
            ("•5", "First assessment"),
            ("•6", "Fitting"),
            ("•7", "Do you offer a home visiting service to patients?"),
            ("•8", "How many days per month are available for home visits?"),
        ],
        id="bullets-naming-the-parts-a-bullet-above-asks-for",
    ),
    case(
        # The University of East Anglia's log: decimal-numbered questions, one with a dash after its number, each
        # answered under "Our response:"; the next question's "1.3" is no answer numbered 1 heading the reply.
        "FOI_25-141 Agent Quality Framework Pledge\n1.1 Do you believe you have fully implemented all elements of the "
        "AQF?\nOur response:\nNo, not as of the date of your request.\n1.2 - If not, what date did you sign the "
        "pledge?\nOur response:\nUEA signed the pledge in December 2023.\n1.3 If not, what steps are being taken to "
        "become fully compliant?\nOur response:\nWe are currently completing a review.\n",
        [
            ("1.1", "Do you believe you have fully implemented all elements of the AQF?"),
            ("1.2", "If not, what date did you sign the pledge?"),
            ("1.3", "If not, what steps are being taken to become fully compliant?"),
        ],
        answers={"1.2": [A(contains="signed the pledge in December 2023")]},
        id="decimal-numbers-a-dash-after-one-each-answered",
    ),
    case(
        # Hastings Borough Council's log: the answers numbered from 1 again under the last question, no heading, the
        # request's own lines asking around its questions; the reply's, not more of the request.
        "I am writing to request the following information under the Freedom of Information Act.\nSince the support "
        "scheme's beginning, on a weekly basis by week ending:\n1. The number of applications received for the "
        "support payment.\n2. The number of payments that have been made to those eligible.\n3. The number of "
        "payments that have been made on a discretionary basis by the council.\n4. If it is not possible to separate "
        "the payments by eligible and discretionary, please provide one number for the total.\n1. Applications "
        "received Main 31, Discretionary 15\n2. Seven Main payments made:\nw/e 16/10 - three\n3. Two Discretionary "
        "payments made both in w/e 6/11\n",
        [
            ("1", "The number of applications received for the support payment."),
            ("2", "The number of payments that have been made to those eligible."),
            ("3", "The number of payments that have been made on a discretionary basis by the council."),
            (
                "4",
                "If it is not possible to separate the payments by eligible and discretionary, please provide one "
                "number for the total.",
            ),
        ],
        answers={"1": [A(contains="Applications received Main 31")], "3": [A(contains="Two Discretionary")]},
        id="answers-numbered-again-under-a-request-that-asks-around-its-questions",
    ),
    case(
        # South Wales Police's log: the reply's lead-in under its heading, above answers labelled "Question 1" alone on
        # their line, is no answer to the request's last question
        "REQUEST\n1 - A copy of the Data Protection Impact Assessment for the app.\n2 - A copy of any correspondence "
        "with the ICO regarding this project.\n3 - A copy of any correspondence with the Commissioner regarding "
        "this project.\nRESPONSE\nWe consulted with our Digital Services Division who have provided the below "
        "response to your request.\nQuestion 1\nYour request has been considered and I am not obliged to supply the "
        "information.\n",
        [
            ("1", "A copy of the Data Protection Impact Assessment for the app."),
            ("2", "A copy of any correspondence with the ICO regarding this project."),
            ("3", "A copy of any correspondence with the Commissioner regarding this project."),
        ],
        answers={"1": [A(contains="not obliged to supply", withheld=True)], "3": []},
        id="a-lead-in-above-answers-labelled-question-1-alone",
    ),
    case(
        # A request on the Moray Council's log: its scope under the last lettered question, above the log's "Response"
        # heading, is the request's, not an answer to (d) saying the data is not recorded
        "I write under the terms of the Freedom of Information Act to request the following information:\n\n"
        "(a) The total number of hours of social care that went unmet in the week beginning 7 November 2016.\n\n"
        "(b) The number of people who have died awaiting the start of an initial package of social care in 2016.\n\n"
        "All parts of my request relate to social care in its broadest sense.\n\nIf your systems do not record "
        "historical data on unmet need, please capture and provide real-time data for a week.\n\n"
        "Response 09-12-2016\n\n179 days\n\n14 died in 2016 awaiting care\n",
        [
            ("a", "The total number of hours of social care that went unmet in the week beginning 7 November 2016."),
            (
                "b",
                "The number of people who have died awaiting the start of an initial package of social care in 2016.",
            ),
        ],
        answers={"b": []},
        id="the-requests-scope-under-its-last-question-above-the-logs-response-heading",
    ),
    case(
        # Devon County Council's log: the bullets of a question asking for a value of each, repeated straight below
        # with the value after each, answer it; the bullets after them are numbered on from the question's own
        "1 Do you use cloud hosting for your data?\n\nYes, partly, for a few services.\n\n2 Expressed in percentage "
        "terms, approximately what proportion of your data is held in:\n• An on premise data centre\n• Private cloud"
        "\n• Other public cloud (eg UK Cloud)\n\n• An on premise data centre – 80%\n• Private cloud – 10%\n"
        "• Other public cloud (eg UK Cloud) – 10%\n\n3 Is your IT managed in house or outsourced, for:\n"
        "• Networks\n• Applications\n\nIn house\n",
        [
            ("1", "Do you use cloud hosting for your data?"),
            ("2", "Expressed in percentage terms, approximately what proportion of your data is held in:"),
            ("•1", "An on premise data centre"),
            ("•2", "Private cloud"),
            ("•3", "Other public cloud (eg UK Cloud)"),
            ("3", "Is your IT managed in house or outsourced, for:"),
            ("•4", "Networks"),
            ("•5", "Applications"),
        ],
        answers={"2": [A(contains="Private cloud - 10%")]},
        id="a-questions-options-repeated-below-with-a-value-after-each",
    ),
    case(
        # Central and North West London NHS Foundation Trust's letter: the team the question names, which the trust
        # does not have, beside the figure it gives, is no information not held
        "1. The amount invoiced for overseas visitors' care during that period.\n\n£2.89m. All was to UK addresses.\n\n"
        "2. The amount of money that was recouped by the overseas visitor management team during the same period.\n\n"
        "£1.73m. This is through the normal credit control team, we don't have an overseas visitors management team.\n",
        [
            ("1", "The amount invoiced for overseas visitors' care during that period."),
            (
                "2",
                "The amount of money that was recouped by the overseas visitor management team during the same period.",
            ),
        ],
        answers={"2": [A(contains="£1.73m", not_held=False)]},
        id="a-team-the-body-does-not-have-beside-the-figure-it-gives",
    ),
    case(
        # The Scottish Ambulance Service's log: the reply's heading glued to the last question's stop by a dash
        "3) If the service sits on Safety Advisory Groups, does this not form a conflict of interests.\n4) Are the "
        "service aware of the guidance provided by police Scotland.- Response\n1) Why does the service run an events "
        "team?\nThe Scottish Ambulance Service carries out a range of functions.\n",
        [
            ("3", "If the service sits on Safety Advisory Groups, does this not form a conflict of interests."),
            ("4", "Are the service aware of the guidance provided by police Scotland."),
        ],
        id="the-replys-heading-glued-to-the-last-questions-stop-by-a-dash",
    ),
    case(
        # Bartholomew School on WhatDoTheyKnow: "we don't have any." ending the sentence answers "none", no information
        # not held
        "1. Was your school built between the 1960s and 1980s?\n\n2. Are you aware if there is Reinforced Autoclaved "
        "Aerated Concrete (RAAC) in your school?\n\nYes, I am aware. No, we don't have any.\n",
        [
            ("1", "Was your school built between the 1960s and 1980s?"),
            ("2", "Are you aware if there is Reinforced Autoclaved Aerated Concrete (RAAC) in your school?"),
        ],
        answers={"2": [A(contains="we don't have any", not_held=False)]},
        id="we-dont-have-any-ending-the-sentence",
    ),
    case(
        # Hereford and Worcester Fire and Rescue Service's published request: each item a title, the lines under it
        # what it asks, none asking of itself (an aside in brackets among them, the last item's lines introduced by a
        # colon above the sign-off)
        "Request\nDear FOI Team,\nPlease provide the following for the last three years:\n1. Crew Deployments\n"
        "The total number of crew deployments, broken down by station.\n2. Incident Categories\nFor all incidents "
        "attended by on-call crews:\nThe number recorded as Category A\nThe number recorded as Category B\n(or the "
        "equivalent local categorisation)\n3. Annual Reports\nAny annual report (if held) which records:\nCrew "
        "attendance\nResponse times\nRegards,\nResponse\nGood afternoon\nThe information is attached.\n",
        [
            ("1", "Crew Deployments The total number of crew deployments, broken down by station."),
            (
                "2",
                "Incident Categories For all incidents attended by on-call crews: The number recorded as Category A "
                "The number recorded as Category B (or the equivalent local categorisation)",
            ),
            ("3", "Annual Reports Any annual report (if held) which records: Crew attendance Response times"),
        ],
        id="titled-items-their-lines-under-them",
    ),
    case(
        # The Ministry of Justice's internal review: a room's number and its floor in the letterhead are no question,
        # the questions the review restates are
        "Information Rights Team\n1.38 1st Floor\nPetty France\nLondon, SW1H 9AJ\n\nOur Reference: IR106391\n\n"
        "Dear Mr Gilliatt,\n\nThank you for your Internal Review request in which you asked for:\n\nQ1. Please "
        "disclose the identity of the person referred to above as the Court Associate.\n\nQ2. Please disclose whether "
        "it is held on record that the defendant asked what a victim surcharge was.\n\nThe purpose of an Internal "
        "Review is to assess how your FOI request was handled.\n",
        [
            ("1", "Please disclose the identity of the person referred to above as the Court Associate."),
            ("2", "Please disclose whether it is held on record that the defendant asked what a victim surcharge was."),
        ],
        id="a-rooms-number-and-floor-in-the-letterhead",
    ),
    case(
        # a thread with the FCDO copied to a blog: the requester writes the numbered list out again, word for word,
        # under the department's request to clarify
        "Dear Foreign, Commonwealth & Development Office,\nI ask to be provided:\n1. The exchanges with Rena Lalgie, "
        "the Governor and the Governor's office\n2. The exchanges with the BPS\nThe FCDO responded:\nWe received your "
        "request on 17th January. We have started to consider your request, however we require further information "
        "before we are able to proceed.\n06/02/2025, the response to the above request:\nI am at a loss to understand "
        "what further detail you believe I can provide. I anticipate you will have had exchanges with the constabulary "
        "and:\n1. The exchanges with Rena Lalgie, the Governor and the Governor's office\n2. The exchanges with the "
        "BPS\nwhat more do you require?\n",
        [
            ("1", "The exchanges with Rena Lalgie, the Governor and the Governor's office"),
            ("2", "The exchanges with the BPS"),
        ],
        id="a-numbered-list-written-out-again-word-for-word-is-asked-once",
    ),
    case(
        # Cheshire Constabulary's refusal notice on its disclosure log: a section's name wrapped onto the line ending
        # "of the Act states", no colon, then the subsection it quotes
        "For question\n1, the Cheshire Constabulary can neither confirm nor deny\nthat it holds the information you "
        "requested, by\nvirtue of the following exemptions:\nSection 30(2) Criminal Investigations\nSection 30 "
        "(Investigations and proceedings conducted by\npublic authorities) of the Act states\n(3) The duty to confirm "
        "or deny does not arise in relation to\ninformation which is (or if it were held by the public authority\nwould "
        "be) exempt information by virtue of subsection (1) or\n(2).\nThis is a qualified exemption.\n",
        [],
        id="a-subsection-quoted-under-of-the-act-states-is-no-question",
    ),
    case(
        # the Port of Dover Police's letter: the Act's section quoted after "Any person who-", its paragraphs lettered
        "In response to your Freedom of Information Act request, I would draw your attention to:-\n\nSchedule 1, Part "
        "V, Section 64 of the Freedom of Information Act which applies to:- Any person who-\n\n(a) By virtue of any "
        "enactment has the function of nominating individuals who may be appointed as special constables by Justices "
        "of the Peace, and, (b) Is not a public authority by virtue of any other provision of the Act, in respect of "
        "information relating to the exercise by any person appointed on his nomination of the functions of a "
        "special .\n\nThis section has the effect of applying the responsibility under the Freedom of Information Act "
        "to the Dover Harbour Board.\n",
        [],
        id="a-section-quoted-after-any-person-who-is-no-question",
    ),
    case(
        # Questions typed in lower case, each a line asking of its own: none carries on the one above.
        "Dear Northby Council,\n\nhow many staff do you employ?\nhow many of them are agency staff?\nwhat did agency "
        "staff cost in 2023?\n\nYours faithfully,\n\nJo Bloggs\n",
        [
            ("\u20221", "how many staff do you employ?"),
            ("\u20222", "how many of them are agency staff?"),
            ("\u20223", "what did agency staff cost in 2023?"),
        ],
        id="question-lines-in-lower-case-each-asking",
    ),
    case(
        # A yes/no question's follow-up spelt out on the next line, in a request printed without blank lines
        # (Bartley Green School on WhatDoTheyKnow): part of the question, not its answer.
        "This is a request under the Freedom of Information Act.\n1) Was your school built between the 1960s and "
        "1980s? Please simply answer YES or NO to this question.\n2) Does the school have plans to remove the areas "
        "with RAAC? If the answer to this question is YES, please specify the target removal year.\nIf the answer is "
        "NO, and your school does have RAAC, please briefly say why.\nDear Yohannes\nPlease see responses below:\n"
        "1) YES\n2) N/A\nKind regards\nNorthby School\n",
        [
            (
                "1",
                "Was your school built between the 1960s and 1980s? Please simply answer YES or NO to this question.",
            ),
            (
                "2",
                "Does the school have plans to remove the areas with RAAC? If the answer to this question is YES, "
                "please specify the target removal year. If the answer is NO, and your school does have RAAC, please "
                "briefly say why.",
            ),
        ],
        answers={"1": [A(contains="YES")], "2": [A(contains="N/A")]},
        id="a-follow-up-spelt-out-under-a-yes-no-question",
    ),
    case(
        # A request of question lines, two going on in lower case on the line below (a WhatDoTheyKnow request to Halton
        # Borough Council): each joined to its question, not a question of its own.
        "Dear Northby Borough Council,\n\nHow much, in total, did each member of the board receive in allowances?\n"
        "please advise pre and post tax amounts.\nDid the board members have the option of paying into a pension "
        "fund?\nWere there any discussions to pay each board member a nominal sum?\nDid any board member have any "
        "experience of a large construction project?\nif yes please advise.\n\nYours faithfully,\n\nWayne Tully\n",
        [
            (
                "\u20221",
                "How much, in total, did each member of the board receive in allowances? please advise pre and post "
                "tax amounts.",
            ),
            ("\u20222", "Did the board members have the option of paying into a pension fund?"),
            ("\u20223", "Were there any discussions to pay each board member a nominal sum?"),
            (
                "\u20224",
                "Did any board member have any experience of a large construction project? if yes please advise.",
            ),
        ],
        id="question-lines-going-on-in-lower-case",
    ),
    case(
        # Lettered phrases, not sentences, flattened to one line (the University of Exeter's reply): each mark that
        # follows on, two of them, starts its own sub-question; "plan b. Then" alone, one mark, stays in its text.
        "4. What sort of COVID-19 provisions are in place for Tier 4 international students? Please\nanswer for the "
        "following:\n\na. Health and wellbeing, including mental health b. Immigration advice c. Other,\n"
        "5. Please list the following:\n\na. The main plan and plan b. Then the rest\nb. The last resort\n",
        [
            (
                "4",
                "What sort of COVID-19 provisions are in place for Tier 4 international students? Please answer for "
                "the following:",
            ),
            ("a", "Health and wellbeing, including mental health"),
            ("b", "Immigration advice"),
            ("c", "Other,"),
            ("5", "Please list the following:"),
            ("a", "The main plan and plan b. Then the rest"),
            ("b", "The last resort"),
        ],
        parents={"c": "4"},
        id="inline-lettered-phrases-run-on",
    ),
    case(
        "1. Which asset management system does the Council use for highways?\n   a. Who is the supplier?\n"
        "   b. What is the annual licence and support cost?\n\nOur response:\n\n"
        "1. Highways inspections are managed in Confirm.\n   a. Confirm is supplied by Brightly Software.\n"
        "   b. The annual licence and support cost is withheld under regulation 12(5)(e) of the EIR.\n",
        [
            ("1", "Which asset management system does the Council use for highways?"),
            ("a", "Who is the supplier?"),
            ("b", "What is the annual licence and support cost?"),
        ],
        answers={
            "1": [A(contains="managed in Confirm")],
            "a": [A(contains="Brightly Software")],
            "b": [A(contains="withheld", withheld=True, exemptions=("EIR 12(5)(e)",))],
        },
        id="lettered-sub-answers-under-a-response-heading",
    ),
    case(
        "You asked:\n\n(a) How many locations were rated Inadequate at 30 June 2024?\n"
        "(b) The names of the inspectors who led those inspections.\n\nOur response\n\n"
        "(a) This information is already published in our care directory.\n\n"
        "(b) We are withholding the names of inspectors under section 40(2) of the FOIA.\n",
        [
            ("a", "How many locations were rated Inadequate at 30 June 2024?"),
            ("b", "The names of the inspectors who led those inspections."),
        ],
        answers={
            "a": [A(contains="care directory")],
            "b": [A(contains="withholding", withheld=True, exemptions=("FOIA 40(2)",))],
        },
        id="lettered-answers-under-a-response-heading",
    ),
    case(
        # Capital letters as the items of a request with no numbers (a Belfast City Council letter).
        "You asked for the following information:\n\nA. The name of each case management system.\n"
        "B. The start date and end date of each contract.\nC. Whether the Council intends to replace them.\n\n"
        "The Council holds the information.\n",
        [
            ("A", "The name of each case management system."),
            ("B", "The start date and end date of each contract."),
            ("C", "Whether the Council intends to replace them."),
        ],
        id="capital-letter-items",
    ),
    case(
        # ... but "A." alone, with no "B." after it, is a heading.
        "A. Temporary accommodation\n\n1. How many households were in temporary accommodation?\n",
        [("1", "How many households were in temporary accommodation?")],
        id="a-lone-capital-item-is-a-heading",
    ),
    case(
        # A request quoted after "You asked:": the marks open its first item and close its last.
        'You asked:\n\n"1. For each month since January 2020, how many applications were awaiting a decision?\n'
        "2. How many of those were older than a year?\n"
        '3. The number of caseworker hours spent correcting migrated records."\n\n'
        "We estimate that complying with your request would exceed the cost limit.\n",
        [
            ("1", "For each month since January 2020, how many applications were awaiting a decision?"),
            ("2", "How many of those were older than a year?"),
            ("3", "The number of caseworker hours spent correcting migrated records."),
        ],
        id="quoted-request-keeps-its-first-and-last-items",
    ),
    case(
        "You asked:\n\n1. Which dispatch system does the Trust use?\n2. What is the annual cost of the contract?\n"
        "3. Will the Trust replace the system?\n\n"
        "Our response to question 1 is set out in the table below.\n\nSystem | Supplier\nCleric CAD | Cleric Ltd\n\n"
        "2. We consider that this information is exempt under section 43(2) of the Freedom of Information Act.\n\n"
        "3. No decision has been made on a replacement.\n",
        [
            ("1", "Which dispatch system does the Trust use?"),
            ("2", "What is the annual cost of the contract?"),
            ("3", "Will the Trust replace the system?"),
        ],
        answers={
            "2": [A(contains="exempt", withheld=True, exemptions=("FOIA 43(2)",))],
            "3": [A(contains="No decision")],
        },
        id="answers-resume-by-number-after-our-response-to",
    ),
    case(
        "Question 1\nYour request: Which IT system does the Council use to log repairs?\n"
        "Our response: Repairs are logged on Northgate Housing.\n\nQuestion 2\n"
        "Your request: When does the contract end?\nOur response: On 30 September 2026.\n",
        [("1", "Which IT system does the Council use to log repairs?"), ("2", "When does the contract end?")],
        answers={"1": [A(contains="Northgate Housing")], "2": [A(contains="30 September 2026")]},
        id="question-headings-over-your-request-labels",
    ),
    case(
        # An email reply answering by number above the request it quotes.
        "Dear Mr Doyle\n\nThank you for your email requesting information about our student records system.\n\n"
        "1. The University's student records system is SITS:Vision, supplied by Tribal Group plc.\n\n"
        "2. The University does not hold this information.\n\nKind regards\n\nHannah Ostrowski\n\n-----\n\n"
        "On 16 Apr 2024, at 09:12, Daniel Doyle wrote:\n\n> Dear University of Leeds,\n>\n"
        "> 1. The name of the student records system the University uses.\n"
        "> 2. The total hours of unplanned downtime of the system in 2022/23.\n>\n> Yours faithfully,\n",
        [
            ("1", "The name of the student records system the University uses."),
            ("2", "The total hours of unplanned downtime of the system in 2022/23."),
        ],
        answers={"1": [A(contains="SITS:Vision")], "2": [A(contains="does not hold", not_held=True)]},
        id="answers-above-the-quoted-request",
    ),
    case(
        # A WhatDoTheyKnow request to Falkirk Council: Roman numerals in capitals, a stop inside the brackets
        "Dear Northby Council,\n\nCould you please furnish me with details of all correspondence between:-\n\n"
        "(I.)Keith Brown, MSP and Northby Council regarding a rail station.\n\n(II.) Michael Matheson, MSP and "
        "Northby Council regarding a rail station.\n\nYours faithfully,\n\nMark Shanks\n",
        [
            ("I", "Keith Brown, MSP and Northby Council regarding a rail station."),
            ("II", "Michael Matheson, MSP and Northby Council regarding a rail station."),
        ],
        id="capital-roman-numerals-in-brackets-with-a-stop",
    ),
    case(
        # A WhatDoTheyKnow request to Colchester Borough Council: each item's number "1/" alone above its paragraphs.
        # The paragraph between two items goes on asking: it is the first item's. The last item's paragraph is left:
        # what follows a list is the request's.
        "Dear Northby Borough Council,\n\n1/\nPlease could I request a week by week breakdown of the tonnage "
        "collected.\n\nCould you please report these figures for the past 24 months.\n\n2/\nPlease could you give a "
        "week by week total labour cost for staff.\n\nIf you hold them, please split these by directly employed staff"
        " and agency staff.\n\nYours faithfully,\n\nJeremy Hagon\n",
        [
            (
                "1",
                "Please could I request a week by week breakdown of the tonnage collected. Could you please report "
                "these figures for the past 24 months.",
            ),
            ("2", "Please could you give a week by week total labour cost for staff."),
        ],
        id="number-and-slash-alone-above-its-paragraphs",
    ),
    case(
        # ... unless the paragraph under the last item opens as the one joined under an earlier item does: the list
        # repeats its shape (Colchester Borough Council's request as it was sent, "Could you please report these
        # figures for the past 24 months ..." under each of its three items).
        "Dear Northby Borough Council,\n\n1/\nPlease could I request a week by week breakdown of the tonnage "
        "collected.\n\nCould you please report these figures for the past 24 months.\n\n2/\nPlease could you give a "
        "week by week total labour cost for staff.\n\nCould you please report these figures by directly employed "
        "staff and agency staff.\n\nYours faithfully,\n\nJeremy Hagon\n",
        [
            (
                "1",
                "Please could I request a week by week breakdown of the tonnage collected. Could you please report "
                "these figures for the past 24 months.",
            ),
            (
                "2",
                "Please could you give a week by week total labour cost for staff. Could you please report these "
                "figures by directly employed staff and agency staff.",
            ),
        ],
        id="the-last-items-paragraph-opening-as-an-earlier-items-does",
    ),
    case(
        # A plain-text email quoting each question under "> " above its answer, a question's quoted lines wrapped.
        "Dear Ms Carter,\n\nThank you for your request of 3 June 2024, which we have handled under the\nFreedom of "
        "Information Act 2000. Our answers are set out under each of your\nquestions below.\n\n"
        "> 1. How much did you spend on agency social workers in 2023/24?\n\n"
        "We spent £41,200 on agency social workers in 2023/24.\n\n"
        "> 2. Which case management system do you use for children's social\n> care, and who supplies it?\n\n"
        "We use Mosaic, supplied by Servelec.\n\n> 3. Please provide the names of the agency workers.\n\n"
        "This information is exempt under section 40(2) of the Act, as it is the\npersonal data of third parties.\n\n"
        "Yours sincerely,\n\nPaul Jones\nInformation Governance Officer\n",
        [
            ("1", "How much did you spend on agency social workers in 2023/24?"),
            ("2", "Which case management system do you use for children's social care, and who supplies it?"),
            ("3", "Please provide the names of the agency workers."),
        ],
        answers={
            "1": [A(contains="£41,200")],
            "2": [A(contains="Mosaic, supplied by Servelec")],
            "3": [A(contains="section 40(2)", withheld=True, exemptions=("FOIA 40(2)",))],
        },
        id="answers-under-questions-quoted-one-by-one",
    ),
    case(
        # ... and above the request its client quotes under an "Original Message" rule, unmarked, its items wrapped;
        # the lettered limbs of the regulation an answer quotes are that answer's (Nuneaton and Bedworth Borough
        # Council's reply on a campaign's blog).
        "In response to your questions below;\n1. Membership of the Working Party is as follows - Cllrs Aldington\n"
        "(chair), Glass, V Fowler.\n2. Please find attached the terms of reference for the group.\n3. I am unable to "
        "supply you with the information you request. Your\nrequest is refused under Regulation 12 (4) of the EIR "
        "which states that\na public authority may refuse to disclose environmental information requested if;\n"
        "(d) the request relates to material which is still in the course of\ncompletion\n(e) the request involves "
        "the disclosure of internal communications.\n\nIf you are not happy with this response, you can complain to "
        "the Council.\n\n-----Original Message-----\nFrom: Keith Kondakor\nSent: 04 October 2012 11:24\nSubject: "
        "FoiA/EIR request\n\nHi Kelly,\n\ncan you provide information you hold on :-\n1) the membership of the "
        "reformed Borough Plan Working group,\n2) the remit, rules and scope of the working group\n3) timetable/"
        "project management for the working group and production of\npreferred option to go to consultation.\n\n"
        "Please treat this as a request under the Freedom of Information act.\n",
        [
            ("1", "the membership of the reformed Borough Plan Working group,"),
            ("2", "the remit, rules and scope of the working group"),
            (
                "3",
                "timetable/project management for the working group and production of preferred option to go to "
                "consultation.",
            ),
        ],
        answers={
            "1": [A(contains="Cllrs Aldington")],
            "2": [A(contains="terms of reference")],
            "3": [A(contains="internal communications", withheld=True)],
        },
        id="answers-above-the-request-under-an-original-message-rule",
    ),
    case(
        # A table copied from Word with tabs between its cells, the number in a cell of its own.
        "No.\tQuestion\tResponse\n1\tWhich EPR system does the Trust use?\tThe Trust's EPR is PPM+.\n"
        "2\tWhich system does pharmacy use?\tJAC Pharmacy.\n\nThis information is correct as at today.\n",
        [("1", "Which EPR system does the Trust use?"), ("2", "Which system does pharmacy use?")],
        answers={"1": [A(contains="PPM+")], "2": [A(contains="JAC Pharmacy")]},
        id="tab-table-rows",
    ),
    case(
        # A pipe table copied without its edge pipes: each row is the question and its answer.
        "Question | Response\n---------|---------\n"
        "1. Which EPR system does the Trust use? | The Trust uses Cerner Millennium.\n"
        "2. When does the contract end? | The current contract runs until 31/03/2027.\n\n"
        "We hope this information is helpful.\n",
        [("1", "Which EPR system does the Trust use?"), ("2", "When does the contract end?")],
        answers={"1": [A(contains="Cerner Millennium")], "2": [A(contains="31/03/2027")]},
        id="pipe-table-rows-without-edge-pipes",
    ),
    case(
        # A form to fill in: the dash after each field is where the answer goes, not part of the question.
        "Request\nPlease provide information regarding the following system contracts:\n1. Pharmacy\n"
        "2. Virtual Wards\nPlease enter 'No System Installed' under supplier name if your trust does not use it:\n"
        "a) System type \u2013\nb) Supplier name \u2013\nc) Is this contract annually renewed? - Yes/No\n",
        [
            ("1", "Pharmacy"),
            ("2", "Virtual Wards"),
            ("a", "System type"),
            ("b", "Supplier name"),
            ("c", "Is this contract annually renewed? - Yes/No"),
        ],
        id="form-fields-lose-the-dash-left-to-fill-in",
    ),
    case(
        # Letters inside a sentence without a colon before them are not sub-questions.
        "1. Please give the figures for (a) adults and b) children in each year.\n",
        [("1", "Please give the figures for (a) adults and b) children in each year.")],
        id="letters-inside-a-sentence-stay-in-it",
    ),
    case(
        "Dear Northby Borough Council,\n\n"
        "Please provide the following information under the Freedom of Information Act 2000:\n\n"
        "1. How many children were placed in unregulated accommodation on 31 March 2023?\n"
        "2. How many of those children were aged 16 or 17?\n"
        "3. What was the total spend on unregulated placements in 2022/23?\n\n"
        "Yours faithfully,\n\nJan Morgan\n",
        [
            ("1", "How many children were placed in unregulated accommodation on 31 March 2023?"),
            ("2", "How many of those children were aged 16 or 17?"),
            ("3", "What was the total spend on unregulated placements in 2022/23?"),
        ],
        parents={"1": None, "2": None, "3": None},
        id="dot-numbers-wdtk-request",
    ),
    case(
        "Hello,\n\nI would like to request the following under FOI:\n"
        "1) The name of the case management system used by adult social care.\n"
        "2) The date the current contract started and the date it ends.\n"
        "3) The annual licence and support cost for 2023/24.\n\n"
        "Kind regards\nSam Patel\n",
        [
            ("1", "The name of the case management system used by adult social care."),
            ("2", "The date the current contract started and the date it ends."),
            ("3", "The annual licence and support cost for 2023/24."),
        ],
        id="close-paren-numbers",
    ),
    case(
        "Dear Sir or Madam,\n\nUnder the Freedom of Information Act, please tell me:\n\n"
        "(1) How many Deprivation of Liberty Safeguards applications did the council receive in 2022/23?\n"
        "(2) How many of those applications were still awaiting assessment on 31 March 2023?\n"
        "(3) What is the longest time an application has waited for assessment?\n\nThank you.\n",
        [
            ("1", "How many Deprivation of Liberty Safeguards applications did the council receive in 2022/23?"),
            ("2", "How many of those applications were still awaiting assessment on 31 March 2023?"),
            ("3", "What is the longest time an application has waited for assessment?"),
        ],
        id="enclosed-paren-numbers",
    ),
    case(
        "FOI request - school transport\n\n"
        "Q1 How many pupils with an EHCP receive home to school transport?\n"
        "Q2 How many of these pupils travel by taxi?\n"
        "Q3 What was the total cost of SEND home to school transport in 2023/24?\n",
        [
            ("1", "How many pupils with an EHCP receive home to school transport?"),
            ("2", "How many of these pupils travel by taxi?"),
            ("3", "What was the total cost of SEND home to school transport in 2023/24?"),
        ],
        id="Q-numbers-no-colon",
    ),
    case(
        "Request received: 4 March 2024\n\n"
        "Q1: Does the council operate a Shared Lives scheme?\n"
        "Q2: How many Shared Lives carers were approved as at 1 March 2024?\n"
        "Q3: What weekly rate is paid to a carer for a long-term arrangement?\n",
        [
            ("1", "Does the council operate a Shared Lives scheme?"),
            ("2", "How many Shared Lives carers were approved as at 1 March 2024?"),
            ("3", "What weekly rate is paid to a carer for a long-term arrangement?"),
        ],
        id="Q-colon-numbers",
    ),
    case(
        "Question 1\nWhat is the name of the electronic social care record used by children's services?\n"
        "Answer\nMosaic.\n\n"
        "Question 2\nWhich company supplies and supports it?\n"
        "Answer\nThe Access Group.\n",
        [
            ("1", "What is the name of the electronic social care record used by children's services?"),
            ("2", "Which company supplies and supports it?"),
        ],
        answers={"1": [A(contains="Mosaic")], "2": [A(contains="The Access Group")]},
        id="Question-N-heading-then-text",
    ),
    case(
        "Question 1: How many looked after children were placed more than 20 miles from home on 31 March 2023?\n"
        "Response: 112\n\n"
        "Question 2: How many of those placements were in residential children's homes?\n"
        "Response: 38\n",
        [
            ("1", "How many looked after children were placed more than 20 miles from home on 31 March 2023?"),
            ("2", "How many of those placements were in residential children's homes?"),
        ],
        answers={"1": [A(contains="112")], "2": [A(contains="38")]},
        id="Question-N-colon-inline",
    ),
    case(
        "Please can you tell me under the Freedom of Information Act:\n\n"
        "1 - How many approved foster carers did the council have on 31 March 2024?\n\n"
        "2 - How many new fostering households were approved during 2023/24?\n\n"
        "Yours faithfully,\nA. Reid\n",
        [
            ("1", "How many approved foster carers did the council have on 31 March 2024?"),
            ("2", "How many new fostering households were approved during 2023/24?"),
        ],
        id="number-dash",
    ),
    case(
        "I would be grateful if you could provide the following:\n\n"
        "1. The total number of adults in receipt of a direct payment for their social care\n"
        "   support on 31 March 2024, broken down by primary support reason.\n"
        "2. The number of those adults who employ a personal assistant.\n\nMany thanks,\n",
        [
            (
                "1",
                "The total number of adults in receipt of a direct payment for their social care support on "
                "31 March 2024, broken down by primary support reason.",
            ),
            ("2", "The number of those adults who employ a personal assistant."),
        ],
        id="wrapped-question-joined-with-one-space",
    ),
    case(
        "Please answer the following:\n1. What is the name of your finance system?   \n2. Who supplies it?\t\n",
        [("1", "What is the name of your finance system?"), ("2", "Who supplies it?")],
        id="trailing-whitespace-trimmed",
    ),
    case(
        "Please answer the following questions about cyber security:\n"
        "1. Has the council suffered a ransomware attack since 2020?\n"
        "2. Did the council pay a ransom?\n"
        "3. Does the council hold cyber insurance?\n"
        "4. Who provides the policy?\n"
        "5. How many phishing emails were reported by staff in 2023?\n"
        "6. Is multi-factor authentication enabled for all staff accounts?\n"
        "7. When was the last external penetration test?\n"
        "8. Is the council accredited to Cyber Essentials Plus?\n"
        "9. How many staff completed cyber awareness training in 2023?\n"
        "10. Where is cyber risk ranked on the corporate risk register?\n",
        [
            ("1", "Has the council suffered a ransomware attack since 2020?"),
            ("2", "Did the council pay a ransom?"),
            ("3", "Does the council hold cyber insurance?"),
            ("4", "Who provides the policy?"),
            ("5", "How many phishing emails were reported by staff in 2023?"),
            ("6", "Is multi-factor authentication enabled for all staff accounts?"),
            ("7", "When was the last external penetration test?"),
            ("8", "Is the council accredited to Cyber Essentials Plus?"),
            ("9", "How many staff completed cyber awareness training in 2023?"),
            ("10", "Where is cyber risk ranked on the corporate risk register?"),
        ],
        id="ten-questions-two-digit-number",
    ),
    # ---------------------------------------------------------------- sub-questions
    case(
        "1. Does the council use agency social workers in children's services?\n"
        "1a. If so, how many agency social workers were engaged on 1 April 2024?\n"
        "1b. Which agencies supplied them?\n"
        "2. What was the total spend on agency social workers in 2023/24?\n",
        [
            ("1", "Does the council use agency social workers in children's services?"),
            ("1a", "If so, how many agency social workers were engaged on 1 April 2024?"),
            ("1b", "Which agencies supplied them?"),
            ("2", "What was the total spend on agency social workers in 2023/24?"),
        ],
        parents={"1": None, "1a": "1", "1b": "1", "2": None},
        id="sub-1a-1b",
    ),
    case(
        "1. Please provide the following for your adult social care case management system:\n"
        "1.a the name of the system;\n"
        "1.b the supplier;\n"
        "1.c the contract end date.\n"
        "2. Are you planning to procure a replacement system in the next two years?\n",
        [
            ("1", "Please provide the following for your adult social care case management system:"),
            # "1.a" is printed as number + letter: without punctuation it is "1a" (LABELLING: number without
            # punctuation); contrast "1.1", a hierarchical number kept as printed (see "hierarchical-1.1").
            ("1a", "the name of the system;"),
            ("1b", "the supplier;"),
            ("1c", "the contract end date."),
            ("2", "Are you planning to procure a replacement system in the next two years?"),
        ],
        parents={"1a": "1", "1b": "1", "1c": "1", "2": None},
        id="sub-1.a-dotted",
    ),
    case(
        "1. How many complaints about adult social care did the council receive in 2023/24?\n"
        "a. How many were upheld?\n"
        "b. How many were referred to the Local Government and Social Care Ombudsman?\n"
        "2. What is your target time for responding to a stage 1 complaint?\n",
        # LABELLING: "a." under "1." is number "a", not "1a"; its parent is "1".
        [
            ("1", "How many complaints about adult social care did the council receive in 2023/24?"),
            ("a", "How many were upheld?"),
            ("b", "How many were referred to the Local Government and Social Care Ombudsman?"),
            ("2", "What is your target time for responding to a stage 1 complaint?"),
        ],
        parents={"1": None, "a": "1", "b": "1", "2": None},
        id="sub-letter-dot-under-number",
    ),
    case(
        "1. How many children were referred for an EHC needs assessment in 2023?\n"
        "2. For each of the last three financial years, please state:\n"
        "   (a) the number of EHC needs assessments requested;\n"
        "   (b) the number of requests refused;\n"
        "   (c) the number of EHC plans issued within 20 weeks.\n"
        "3. How many SEND tribunal appeals were registered against the council in 2023?\n",
        [
            ("1", "How many children were referred for an EHC needs assessment in 2023?"),
            ("2", "For each of the last three financial years, please state:"),
            ("a", "the number of EHC needs assessments requested;"),
            ("b", "the number of requests refused;"),
            ("c", "the number of EHC plans issued within 20 weeks."),
            ("3", "How many SEND tribunal appeals were registered against the council in 2023?"),
        ],
        parents={"a": "2", "b": "2", "c": "2", "3": None},
        id="sub-paren-letters-indented",
    ),
    case(
        "Dear Brackford Council,\n\n"
        "1 - How many qualified social workers were employed through agencies on 1 April 2024, split by:\n\n"
        "a) Children's Services social work roles\n"
        "b) Adults' Services social work roles\n\n"
        "2 - What was the total agency spend on social work roles in 2023/24?\n",
        [
            ("1", "How many qualified social workers were employed through agencies on 1 April 2024, split by:"),
            ("a", "Children's Services social work roles"),
            ("b", "Adults' Services social work roles"),
            ("2", "What was the total agency spend on social work roles in 2023/24?"),
        ],
        parents={"a": "1", "b": "1"},
        id="sub-letter-close-paren",
    ),
    case(
        "1. Please provide the number of children subject to a child protection plan on 31 March 2024 under "
        "each category of abuse:\n"
        "(i) neglect;\n(ii) physical abuse;\n(iii) emotional abuse;\n(iv) sexual abuse.\n"
        "2. How many child protection plans lasted two years or more?\n",
        [
            (
                "1",
                "Please provide the number of children subject to a child protection plan on 31 March 2024 under "
                "each category of abuse:",
            ),
            ("i", "neglect;"),
            ("ii", "physical abuse;"),
            ("iii", "emotional abuse;"),
            ("iv", "sexual abuse."),
            ("2", "How many child protection plans lasted two years or more?"),
        ],
        parents={"i": "1", "ii": "1", "iii": "1", "iv": "1", "2": None},
        id="sub-roman-numerals",
    ),
    case(
        "6. The Commissioner and Deputy's past, and future, diaries ie. :\n"
        "i/ Those events attended in the past.\nii/ Those events the office is aware of.\n"
        "iii/ Any periods the Commissioner has been unavailable.\n",
        [
            ("6", "The Commissioner and Deputy's past, and future, diaries ie. :"),
            ("i", "Those events attended in the past."),
            ("ii", "Those events the office is aware of."),
            ("iii", "Any periods the Commissioner has been unavailable."),
        ],
        parents={"i": "6", "ii": "6", "iii": "6"},
        id="sub-roman-numerals-slashed",
    ),
    case(
        "1. (a) How many staff in the Revenues and Benefits service are employed on fixed-term contracts?\n"
        "(b) How many are agency workers?\n"
        "2. Which software does the service use to administer Council Tax?\n",
        # LABELLING: "1. (a)" on one line is "1a"; the following "(b)" is printed alone and stays "b".
        [
            ("1a", "How many staff in the Revenues and Benefits service are employed on fixed-term contracts?"),
            ("b", "How many are agency workers?"),
            ("2", "Which software does the service use to administer Council Tax?"),
        ],
        id="number-and-letter-on-one-line",
    ),
    case(
        "Under the Freedom of Information Act 2000 please provide:\n"
        "a) the latest version of your Digital Strategy;\n"
        "b) the name of your finance system and its supplier;\n"
        "c) the date on which the finance system contract expires.\n",
        [
            ("a", "the latest version of your Digital Strategy;"),
            ("b", "the name of your finance system and its supplier;"),
            ("c", "the date on which the finance system contract expires."),
        ],
        parents={"a": None, "b": None, "c": None},
        id="top-level-letters",
    ),
    case(
        "The complainant asked the authority for:\n"
        "(i) the date on which the board approved the new patient record system;\n"
        "(ii) the minutes of the meeting at which it was approved;\n"
        "(iii) the business case presented to that meeting.\n",
        [
            ("i", "the date on which the board approved the new patient record system;"),
            ("ii", "the minutes of the meeting at which it was approved;"),
            ("iii", "the business case presented to that meeting."),
        ],
        parents={"i": None, "ii": None, "iii": None},
        id="top-level-roman-numerals",
    ),
    case(
        "1. Drone deployments:\n"
        "1.1. The number of times a police drone was deployed in 2023.\n"
        "1.2. The number of those deployments that located a missing person.\n"
        "2. Drone incidents:\n"
        "2.1. The number of reports received of drones flown near prisons.\n",
        # Hierarchical numbers are kept as printed ("1.1."-> "1.1"), as in the dev corpus gold.
        [
            ("1", "Drone deployments:"),
            ("1.1", "The number of times a police drone was deployed in 2023."),
            ("1.2", "The number of those deployments that located a missing person."),
            ("2", "Drone incidents:"),
            ("2.1", "The number of reports received of drones flown near prisons."),
        ],
        parents={"1": None, "1.1": "1", "1.2": "1", "2": None, "2.1": "2"},
        id="hierarchical-1.1",
    ),
    case(
        "1. The number of agency social work teams employed by the authority in 2022/23 (a) in children's "
        "services and (b) in adults' services.\n"
        "2. The total spend on those teams in 2022/23.\n",
        # Inline (a)/(b) splits inside one printed question stay in its text (dev gold convention).
        [
            (
                "1",
                "The number of agency social work teams employed by the authority in 2022/23 (a) in children's "
                "services and (b) in adults' services.",
            ),
            ("2", "The total spend on those teams in 2022/23."),
        ],
        id="inline-a-b-kept-in-text",
    ),
    case(
        "A. Temporary accommodation\n"
        "1. How many households were placed in bed and breakfast accommodation on 31 March 2024?\n"
        "2. How many of those households had been there for more than six weeks?\n"
        "B. Homelessness prevention\n"
        "1. How many prevention duties were accepted in 2023/24?\n"
        "2. How many ended with the household securing accommodation for six months or more?\n",
        # Section headings "A." / "B." are not questions; numbering restarts and is kept as printed.
        [
            ("1", "How many households were placed in bed and breakfast accommodation on 31 March 2024?"),
            ("2", "How many of those households had been there for more than six weeks?"),
            ("1", "How many prevention duties were accepted in 2023/24?"),
            ("2", "How many ended with the household securing accommodation for six months or more?"),
        ],
        id="section-headings-numbering-restarts",
    ),
    # ---------------------------------------------------------------- bullets
    case(
        "Dear Westmoor District Council,\n\nCould you please tell me:\n\n"
        "• How do you currently record housing repairs reported by tenants?\n"
        "• Which software supplier provides your housing management system?\n"
        "• When does the contract for that system end?\n\n"
        "Yours faithfully,\nL. Grant\n",
        [
            ("•1", "How do you currently record housing repairs reported by tenants?"),
            ("•2", "Which software supplier provides your housing management system?"),
            ("•3", "When does the contract for that system end?"),
        ],
        id="bullets-dot",
    ),
    case(
        "I am requesting the following information for the period 1 April 2023 to 31 March 2024:\n"
        "- The number of 999 calls received about deliberate grass fires\n"
        "- The number of those incidents attended by a fire appliance\n"
        "- The estimated cost of attending those incidents\n",
        [
            ("•1", "The number of 999 calls received about deliberate grass fires"),
            ("•2", "The number of those incidents attended by a fire appliance"),
            ("•3", "The estimated cost of attending those incidents"),
        ],
        id="bullets-hyphen",
    ),
    case(
        "**Request**\n\n"
        "* How many electric vehicle charge points does the council operate?\n"
        "* Who is the supplier of the charge point back-office software?\n"
        "* What is the annual maintenance cost?\n",
        [
            ("•1", "How many electric vehicle charge points does the council operate?"),
            ("•2", "Who is the supplier of the charge point back-office software?"),
            ("•3", "What is the annual maintenance cost?"),
        ],
        id="bullets-markdown-asterisk",
    ),
    case(
        "Question Asked:\n\nPlease could you supply details of the incidents attended in 2025 with the following "
        "information\n\n  • Date and time of call\n\n  • Appliances attended\n\n  • Number of personnel\n\n"
        "Our Response:\n\nThis information will be published shortly.\n",
        [("•1", "Date and time of call"), ("•2", "Appliances attended"), ("•3", "Number of personnel")],
        id="bullets-under-an-intro-ending-the-following-information-without-a-stop",
    ),
    case(
        "I am requesting information for the financial year 2015/16.\nThe Requested Information:Housing Lettings:\n"
        "- The total number of people added to the housing waiting list\n"
        "- The total number of lettings made through the scheme\n",
        [
            ("•1", "The total number of people added to the housing waiting list"),
            ("•2", "The total number of lettings made through the scheme"),
        ],
        id="bullets-under-the-requested-information",
    ),
    case(
        "1. Please provide the following details for each outsourced service contract:\n"
        "• Contract name\n• Contract start date\n• Contract end date\n• Annual contract value\n"
        "2. Please provide the name of the officer responsible for procurement.\n",
        # Bullets under a numbered question are its items and numbered •1... (dev gold convention).
        [
            ("1", "Please provide the following details for each outsourced service contract:"),
            ("•1", "Contract name"),
            ("•2", "Contract start date"),
            ("•3", "Contract end date"),
            ("•4", "Annual contract value"),
            ("2", "Please provide the name of the officer responsible for procurement."),
        ],
        id="bullets-under-numbered-question",
    ),
    case(
        "Dear Mr Shah,\n\nThe specific responses to each question are set out below.\n\n"
        "Who is your lead officer for commissioning home care?\n"
        "The Head of Commissioning for Adult Social Care.\n"
        "Do you use an electronic call monitoring system?\n"
        "Yes, the council uses CM2000.\n"
        "Do private brokers operate in your area?\n"
        "The council is not aware of any private brokers operating in the borough.\n",
        # Unnumbered question lines interleaved with their answers are numbered like bullets (•1, •2, ...).
        [
            ("•1", "Who is your lead officer for commissioning home care?"),
            ("•2", "Do you use an electronic call monitoring system?"),
            ("•3", "Do private brokers operate in your area?"),
        ],
        answers={
            "•1": [A(contains="Head of Commissioning")],
            "•2": [A(contains="CM2000")],
            "•3": [A(contains="not aware of any private brokers")],
        },
        id="unnumbered-questions-interleaved-with-answers",
    ),
    # ---------------------------------------------------------------- emphasis
    case(
        "**1. Whether the system is hosted by the council, by the supplier or by a third party**\n\n"
        "The system is hosted by the supplier in a UK data centre.\n\n"
        "**2. Who provides first-line support for the system**\n\n"
        "First-line support is provided by the council's ICT service desk.\n",
        [
            ("1", "Whether the system is hosted by the council, by the supplier or by a third party"),
            ("2", "Who provides first-line support for the system"),
        ],
        answers={
            "1": [A(contains="hosted by the supplier in a UK data centre")],
            "2": [A(contains="ICT service desk")],
        },
        id="bold-markdown-questions",
    ),
    case(
        "***For each system used in adult social care, please could you tell me:***\n\n"
        "***1. The name of the system and its supplier***\n\n"
        "*The council uses Mosaic, supplied by The Access Group.*\n\n"
        "***2. When the current contract expires***\n\n"
        "*31 March 2027.*\n",
        # As in the seed: the bold-italic lead-in is not a question; asterisks are not part of the text.
        [("1", "The name of the system and its supplier"), ("2", "When the current contract expires")],
        answers={"1": [A(contains="Mosaic")], "2": [A(contains="31 March 2027")]},
        id="bold-italic-markdown-with-lead-in",
    ),
    case(
        "**Question 1:** How many households were in temporary accommodation on 31 December 2023?\n\n"
        "**Answer:** 214 households.\n\n"
        "**Question 2:** How many of those households included dependent children?\n\n"
        "**Answer:** 131 households.\n",
        [
            ("1", "How many households were in temporary accommodation on 31 December 2023?"),
            ("2", "How many of those households included dependent children?"),
        ],
        answers={"1": [A(contains="214")], "2": [A(contains="131")]},
        id="bold-Question-label",
    ),
    # ---------------------------------------------------------------- request quoted, then answered
    case(
        "Your request:\n"
        "1. How many social workers in children's services have a caseload above 25?\n"
        "2. What is the average caseload of a children's social worker?\n\n"
        "Our response:\n"
        "1. How many social workers in children's services have a caseload above 25?\n"
        "As at 31 January 2024, 14 social workers held a caseload above 25.\n"
        "2. What is the average caseload of a children's social worker?\n"
        "The average caseload is 18.\n",
        # LABELLING: the same numbered list appearing twice is listed once.
        [
            ("1", "How many social workers in children's services have a caseload above 25?"),
            ("2", "What is the average caseload of a children's social worker?"),
        ],
        answers={"1": [A(contains="14 social workers")], "2": [A(contains="average caseload is 18")]},
        id="quoted-then-repeated-with-answers",
    ),
    case(
        "You asked:\n"
        "1. How many continuing healthcare referrals did the ICB receive in 2022/23?\n"
        "2. How many of those referrals were fast-tracked?\n"
        "3. How many people were found eligible?\n\n"
        "Our response:\n"
        "1. 1,482 referrals were received.\n"
        "2. 396 were fast-track referrals.\n"
        "3. 611 people were found eligible.\n",
        # The second list holds answers, not questions: each is attached to the question with its number.
        [
            ("1", "How many continuing healthcare referrals did the ICB receive in 2022/23?"),
            ("2", "How many of those referrals were fast-tracked?"),
            ("3", "How many people were found eligible?"),
        ],
        answers={"1": [A(contains="1,482")], "2": [A(contains="396")], "3": [A(contains="611")]},
        id="quoted-then-numbered-answers",
    ),
    case(
        "FOI reference: 5521\nSubject: Street lighting\n\n"
        "Request\n"
        "1. How many street lights does the council maintain?\n"
        "2. How many have been converted to LED?\n"
        "3. What was the electricity cost for street lighting in 2023/24?\n\n"
        "Response\n"
        "Q1 - 42,300\n"
        "Q2 - 39,870\n"
        "Q3 - Information not held\n",
        [
            ("1", "How many street lights does the council maintain?"),
            ("2", "How many have been converted to LED?"),
            ("3", "What was the electricity cost for street lighting in 2023/24?"),
        ],
        answers={
            "1": [A(contains="42,300")],
            "2": [A(contains="39,870")],
            "3": [A(contains="not held", not_held=True)],
        },
        id="disclosure-log-Q-dash-answers",
    ),
    case(
        "1. How many agency social work teams did you use?\nWe used one team in 2018.\n"
        "2. How many social workers were employed individually through an agency, year by year?\n"
        "We do not report on this\n"
        "3. How many children's homes does the council run?\nThis information is not available.\n",
        [
            ("1", "How many agency social work teams did you use?"),
            ("2", "How many social workers were employed individually through an agency, year by year?"),
            ("3", "How many children's homes does the council run?"),
        ],
        answers={
            "1": [A(contains="one team")],
            "2": [A(contains="do not report", not_held=True)],
            "3": [A(contains="not available", not_held=True)],
        },
        id="not-reported-and-not-available-are-not-held",
    ),
    case(
        "Q1. How many Environmental Health Officers does the council employ?\n"
        "A1. The council employs 11 full-time equivalent Environmental Health Officers.\n\n"
        "Q2. How many food hygiene inspections were carried out in 2023/24?\n"
        "A2. 1,204 inspections were carried out.\n",
        [
            ("1", "How many Environmental Health Officers does the council employ?"),
            ("2", "How many food hygiene inspections were carried out in 2023/24?"),
        ],
        answers={"1": [A(contains="11 full-time equivalent")], "2": [A(contains="1,204")]},
        id="Q-A-pairs",
    ),
    case(
        "| Question | Response |\n"
        "|---|---|\n"
        "| 1. Do you use an electronic rostering system for home care? | Yes |\n"
        "| 2. If yes, which system do you use? | CM2000 |\n"
        "| 3. When does the contract end? | 30 September 2025 |\n",
        [
            ("1", "Do you use an electronic rostering system for home care?"),
            ("2", "If yes, which system do you use?"),
            ("3", "When does the contract end?"),
        ],
        answers={"1": [A(contains="Yes")], "2": [A(contains="CM2000")], "3": [A(contains="30 September 2025")]},
        id="pipe-table-question-response",
    ),
    case(
        "| No. | Question | Response |\n"
        "|-----|----------|----------|\n"
        "| 1 | How many Blue Badge applications were received in 2023? | 9,412 |\n"
        "| 2 | How many were refused? | 1,087 |\n",
        [("1", "How many Blue Badge applications were received in 2023?"), ("2", "How many were refused?")],
        answers={"1": [A(contains="9,412")], "2": [A(contains="1,087")]},
        id="pipe-table-number-column",
    ),
    case(
        "1. Does the council hold a register of empty homes?\n"
        "The council does hold a register of empty homes.\n\n"
        "2. How many homes on the register have been empty for more than two years?\n\n"
        "3. How many of those homes are owned by companies?\n\n"
        "In response to questions 2 and 3, the council does not hold this information in a reportable format.\n",
        # One answer covering several questions is attached to each of them.
        [
            ("1", "Does the council hold a register of empty homes?"),
            ("2", "How many homes on the register have been empty for more than two years?"),
            ("3", "How many of those homes are owned by companies?"),
        ],
        answers={
            "1": [A(contains="does hold a register")],
            "2": [A(contains="questions 2 and 3", not_held=True)],
            "3": [A(contains="questions 2 and 3", not_held=True)],
        },
        id="one-answer-for-questions-2-and-3",
    ),
    case(
        # A range of questions answered at once answers those between its ends too (Herefordshire Council's published
        # response: "In response to Questions 3 - 7, this information has been withheld under Section 43 ...").
        "1. Do you operate a framework for supported living services?\n\nYes, we operate a framework.\n\n"
        "2. Which operators do you commission services from?\n\n"
        "3. How many beds are commissioned with each operator?\n\n"
        "4. What is the average weekly fee for each operator?\n\n"
        "In response to Questions 2 - 4, this information has been withheld under Section 43(2) of the Freedom of "
        "Information Act 2000.\n",
        [
            ("1", "Do you operate a framework for supported living services?"),
            ("2", "Which operators do you commission services from?"),
            ("3", "How many beds are commissioned with each operator?"),
            ("4", "What is the average weekly fee for each operator?"),
        ],
        answers={
            "1": [A(contains="we operate a framework")],
            "2": [A(contains="Questions 2 - 4", withheld=True, exemptions=("FOIA 43(2)",))],
            "3": [A(contains="Questions 2 - 4", withheld=True, exemptions=("FOIA 43(2)",))],
            "4": [A(contains="Questions 2 - 4", withheld=True, exemptions=("FOIA 43(2)",))],
        },
        id="one-answer-for-a-range-of-questions",
    ),
    case(
        "Request\n"
        "1. How many trees were felled by the council in 2023?\n"
        "2. How many trees were planted by the council in 2023?\n"
        "3. How many trees are protected by a Tree Preservation Order?\n\n"
        "Response\n"
        "Q1 - 316\n"
        "Q2 & Q3 - Information not held\n",
        [
            ("1", "How many trees were felled by the council in 2023?"),
            ("2", "How many trees were planted by the council in 2023?"),
            ("3", "How many trees are protected by a Tree Preservation Order?"),
        ],
        answers={
            "1": [A(contains="316")],
            "2": [A(contains="not held", not_held=True)],
            "3": [A(contains="not held", not_held=True)],
        },
        id="one-answer-for-Q2-and-Q3",
    ),
    # ---------------------------------------------------------------- directorates
    case(
        "**1. Name of the system and supplier**\n\n"
        "*Children's Social Care response:*\n\n"
        "*Liquidlogic Children's System (LCS)*\n\n"
        "*Adult's Social Care response:*\n\n"
        "*This information is available on our Contract Register - "
        "[Contract details](https://www.northshire.gov.uk/contracts)*\n\n"
        "**2. The annual cost for support and maintenance**\n\n"
        "Response for both Adult's and Children's Social Care:\n\n"
        "The council holds this information. However, it is withheld under Section 43(2) of the Freedom of "
        "Information Act 2000 as its release would be likely to prejudice the commercial interests of the "
        "council and its supplier.\n",
        [("1", "Name of the system and supplier"), ("2", "The annual cost for support and maintenance")],
        answers={
            "1": [
                A("children", label="Children's Social Care", contains="Liquidlogic"),
                A(
                    "adults",
                    label="Adult's Social Care",
                    referral="Contract Register",
                    link="https://www.northshire.gov.uk/contracts",
                ),
            ],
            "2": [
                A(
                    "both",
                    label="both Adult's and Children's Social Care",
                    withheld=True,
                    exemptions=("FOIA 43(2)",),
                )
            ],
        },
        id="directorates-seed-style",
    ),
    case(
        "1. Which case management system do you use?\n\n"
        "Children's Services: Mosaic, supplied by The Access Group.\n\n"
        "Adults and Health: Liquidlogic Adults' System (LAS).\n\n"
        "2. Is the system hosted on premises or in the cloud?\n\n"
        "Children's Services: Hosted by the supplier.\n\n"
        "Adults and Health: Hosted in the council's own data centre.\n",
        [("1", "Which case management system do you use?"), ("2", "Is the system hosted on premises or in the cloud?")],
        answers={
            "1": [
                A("children", label="Children's Services", contains="Mosaic"),
                A("adults", label="Adults and Health", contains="Liquidlogic Adults' System"),
            ],
            "2": [
                A("children", label="Children's Services", contains="Hosted by the supplier"),
                A("adults", label="Adults and Health", contains="own data centre"),
            ],
        },
        id="directorates-childrens-services-adults-and-health",
    ),
    case(
        "Q1: How many occupational therapists do you employ?\n"
        "CSC: 4 FTE\n"
        "ASC: 37 FTE\n\n"
        "Q2: How many occupational therapy assessments were waiting to be allocated on 1 April 2024?\n"
        "CSC: 12\n"
        "ASC: We do not hold this information centrally.\n",
        [
            ("1", "How many occupational therapists do you employ?"),
            ("2", "How many occupational therapy assessments were waiting to be allocated on 1 April 2024?"),
        ],
        answers={
            "1": [A("children", label="CSC", contains="4 FTE"), A("adults", label="ASC", contains="37 FTE")],
            "2": [
                A("children", label="CSC", contains="12"),
                A("adults", label="ASC", contains="do not hold", not_held=True),
            ],
        },
        id="directorates-CSC-ASC-abbreviations",
    ),
    case(
        "1. Which systems are used to record casework in each service?\n\n"
        "Early Help:\nEarly Help Module (EHM), supplied by Liquidlogic.\n\n"
        "SEND:\nSynergy, supplied by Servelec.\n\n"
        "Public Health:\nInformation not held. Casework records are held by our commissioned provider.\n",
        [("1", "Which systems are used to record casework in each service?")],
        answers={
            "1": [
                A("early_help", label="Early Help", contains="Early Help Module"),
                A("send", label="SEND", contains="Synergy"),
                A("public_health", label="Public Health", contains="commissioned provider", not_held=True),
            ]
        },
        id="directorates-early-help-send-public-health",
    ),
    case(
        "2. How many care leavers did the council support on 31 March 2024?\n\n"
        "Children's Social Care response:\n\n"
        "283.\n\n"
        "Adult's Social Care response:\n\n"
        "Not applicable.\n\n"
        "3. How many care leavers aged 18 to 21 were in education, employment or training on 31 March 2024?\n\n"
        "Children's Social Care response:\n\n"
        "164 care leavers (58%).\n\n"
        "Adult's Social Care response:\n\n"
        "Not applicable - care leavers are supported by Children's Social Care.\n",
        [
            ("2", "How many care leavers did the council support on 31 March 2024?"),
            ("3", "How many care leavers aged 18 to 21 were in education, employment or training on 31 March 2024?"),
        ],
        answers={
            "2": [
                A("children", label="Children's Social Care", contains="283"),
                A("adults", label="Adult's Social Care", contains="Not applicable"),
            ],
            "3": [
                A("children", label="Children's Social Care", contains="164 care leavers"),
                A("adults", label="Adult's Social Care", contains="Not applicable"),
            ],
        },
        id="directorates-plain-headings",
    ),
    # ---------------------------------------------------------------- referral, not held, withheld
    case(
        "1. Please provide your current Local Offer for children with special educational needs.\n"
        "This information is published on our website at https://www.eastvale.gov.uk/send/local-offer\n\n"
        "2. How many EHC plans were maintained by the council in January 2024?\n"
        "2,918.\n",
        [
            ("1", "Please provide your current Local Offer for children with special educational needs."),
            ("2", "How many EHC plans were maintained by the council in January 2024?"),
        ],
        answers={
            "1": [A(referral="website", link="https://www.eastvale.gov.uk/send/local-offer")],
            "2": [A(contains="2,918")],
        },
        id="referral-published-on-website",
    ),
    case(
        "Q1. Who supplies the council's payroll system?\n"
        "A1. This information is available on our Contract Register.\n\n"
        "Q2. How many payslips were issued in March 2024?\n"
        "A2. 6,420 payslips were issued.\n",
        [("1", "Who supplies the council's payroll system?"), ("2", "How many payslips were issued in March 2024?")],
        answers={"1": [A(referral="Contract Register")], "2": [A(contains="6,420")]},
        id="referral-contract-register",
    ),
    case(
        "1. How many requests for a Care Act assessment were made by carers in 2023/24?\n"
        "The council does not hold this information.\n\n"
        "2. How many carers' assessments were completed in 2023/24?\n"
        "1,874 carers' assessments were completed.\n",
        [
            ("1", "How many requests for a Care Act assessment were made by carers in 2023/24?"),
            ("2", "How many carers' assessments were completed in 2023/24?"),
        ],
        answers={"1": [A(not_held=True)], "2": [A(contains="1,874")]},
        id="not-held-then-answered",
    ),
    case(
        "Dear Ms Okafor,\n\nWe are pleased to respond in full to your request.\n\n"
        "1. How many drones does the council own?\n"
        "We do not hold this information as the council does not own any drones.\n\n"
        "2. How many times were drones used to survey council land in 2023?\n"
        "Information not held.\n",
        # WhatDoTheyKnow volunteers' warning: "respond in full" does not mean the information was given.
        [
            ("1", "How many drones does the council own?"),
            ("2", "How many times were drones used to survey council land in 2023?"),
        ],
        answers={"1": [A(not_held=True)], "2": [A(not_held=True)]},
        id="pleased-to-respond-in-full-but-not-held",
    ),
    case(
        "1. How many agency social workers did the council engage in 2023/24?\n"
        "87.\n\n"
        "2. What was the highest day rate paid?\n"
        "£425 per day.\n\n"
        "3. The names of the three highest-paid agency social workers.\n"
        "The names have been withheld under section 40(2) of the Freedom of Information Act 2000 because they "
        "are the personal data of third parties.\n",
        [
            ("1", "How many agency social workers did the council engage in 2023/24?"),
            ("2", "What was the highest day rate paid?"),
            ("3", "The names of the three highest-paid agency social workers."),
        ],
        answers={
            "1": [A(contains="87")],
            "2": [A(contains="£425")],
            "3": [A(withheld=True, exemptions=("FOIA 40(2)",))],
        },
        id="withheld-with-exemption",
    ),
    # ---------------------------------------------------------------- lists that are not questions
    case(
        "1. Which departments use your Idox Uniform system?\n"
        "The system is used by the following services:\n"
        "1. Planning\n2. Building Control\n3. Land Charges\n4. Environmental Health\n\n"
        "2. How many user licences do you hold?\n"
        "250 named user licences.\n",
        # The numbered list of service areas inside the answer restarts at 1: it is answer text, not questions.
        [("1", "Which departments use your Idox Uniform system?"), ("2", "How many user licences do you hold?")],
        answers={"1": [A(contains="Building Control")], "2": [A(contains="250")]},
        id="numbered-service-areas-inside-answer",
    ),
    case(
        "1. What is the system used for?\n"
        "The system is used for:\n"
        "• case recording\n• financial assessments\n• provider payments\n\n"
        "2. How many users does it have?\n"
        "Approximately 1,300 named users.\n",
        [("1", "What is the system used for?"), ("2", "How many users does it have?")],
        answers={"1": [A(contains="financial assessments")], "2": [A(contains="1,300")]},
        id="bullets-inside-answer-are-not-questions",
    ),
    case(
        "1. Does the council charge for the collection of bulky waste? Yes/No\n"
        "2. Which of the following methods can residents use to book a collection: 1. Online 2. Telephone "
        "3. In person?\n"
        "3. What is the charge for collecting up to three items?\n",
        # Options numbered from 1 inside a question's line are part of its text; "Yes/No" is printed, so kept.
        [
            ("1", "Does the council charge for the collection of bulky waste? Yes/No"),
            (
                "2",
                "Which of the following methods can residents use to book a collection: 1. Online 2. Telephone "
                "3. In person?",
            ),
            ("3", "What is the charge for collecting up to three items?"),
        ],
        id="inline-numbered-options-kept-in-text",
    ),
    case(
        "1. The number of hoax calls received by the service in 2023.\n"
        "2. The estimated cost of attending those calls.\n\n"
        "If possible, please provide the figures in an Excel spreadsheet.\n",
        # A closing instruction paragraph is not joined onto the last question (dev gold convention).
        [
            ("1", "The number of hoax calls received by the service in 2023."),
            ("2", "The estimated cost of attending those calls."),
        ],
        id="closing-instruction-not-joined",
    ),
    case(
        "Dear Hillford City Council,\n\nPlease tell me:\n"
        "1. How many parking fines were issued by civil enforcement officers in 2023?\n"
        "2. How much income did the council receive from those fines?\n\n"
        "Yours faithfully,\nK. Brown\n\n"
        "-------------------------------------------------------------------\n"
        "Please use this email address for all replies to this request:\n"
        "foi+request-123456-abcd1234@whatdotheyknow.com\n\n"
        "References\n\nVisible links\n"
        "1. https://www.whatdotheyknow.com/help/officers\n"
        "2. https://www.whatdotheyknow.com/help/ico-guidance-for-authorities\n",
        # WhatDoTheyKnow's numbered "Visible links" are page furniture, not questions.
        [
            ("1", "How many parking fines were issued by civil enforcement officers in 2023?"),
            ("2", "How much income did the council receive from those fines?"),
        ],
        id="wdtk-visible-links-not-questions",
    ),
    case(
        "Dear Mr Hughes,\n\n"
        "Thank you for your request of 2 May 2024 for all correspondence between the council and the developer "
        "of the Riverside Quarter since 2019.\n\n"
        "The council has decided to refuse your request under section 12 of the Freedom of Information Act 2000 "
        "for the following reasons:\n\n"
        "1. The correspondence is held in the mailboxes of at least 40 officers across four directorates.\n"
        "2. Locating and retrieving it would take well over 18 hours.\n"
        "3. Each email would then need to be read to check whether it falls within the request.\n\n"
        "You may wish to narrow your request to a single year or a named officer.\n",
        [],
        id="negative-refusal-reasons-numbered",
    ),
    case(
        # the same reasons over a PDF's page break, the page's number alone on a line between two of them
        "Dear Mr Hughes,\n\n"
        "The council has decided to refuse your request under section 12 of the Freedom of Information Act 2000 "
        "for the following reasons:\n\n"
        "1. The correspondence is held in the mailboxes of at least 40 officers across four directorates.\n"
        "2. Locating and retrieving it would take well over 18 hours.\n"
        "1\n"
        "3. Each email would then need to be read to check whether it falls within the request.\n",
        [],
        id="negative-refusal-reasons-numbered-over-a-page-number",
    ),
    case(
        # the Department for Work and Pensions quoting a request whose numbered items are its arguments for disclosure
        "Dear Amanda Hart,\nThank you for your Freedom of Information (FoI) request received on 5 December. You wrote:"
        "\n\u201cFoI request:\nI request access to summaries of correspondence that discuss how the department "
        "monitors potential harm caused by policies towards disabled claimants.\nPublic Interest Statements:\n1. "
        "Transparency and Accountability: The divulgence of the requested information is paramount for fostering "
        "transparency.\n2. Safeguarding Vulnerable Claimants: The information sought is directly related to the "
        "oversight of potential harm.\n",
        [],
        id="negative-public-interest-statements-numbered",
    ),
    case(
        # the Act's section 1 rights a reply sets out (the British Business Bank)
        'Dear Sir\nThank you for your request, where you requested the following information:\n"What is the bank '
        'doing to support FinTech companies? Are they eligible to be accredited?"\nWe are treating your '
        "correspondence as a request for information under the Freedom of Information Act 2000 ('the Act'). Under "
        "the Act you have the right to:\n- know whether we hold the information you require\n- be provided with that "
        "information (subject to any exemptions under the Act which may apply).\nWe can confirm that we hold "
        "information within the scope of your request.\n",
        [],
        id="negative-the-acts-rights-set-out",
    ),
    case(
        # the ICO's guidance a WhatDoTheyKnow request to Monmouthshire County Council quotes, its items wrapped
        "Dear Northby Council,\n\nPlease send me original recorded information about the planning application.\n\n"
        "ICO guidance:\n\nPublic authorities should provide advice and assistance to an applicant in the following "
        "circumstances:\n\n1. to clarify unclear requests;\n\n2. to help to provide the information requested in an\n"
        "acceptable format;\n\n3. to narrow responses which exceed the cost limit (section\n12);\n\nYours "
        "faithfully,\n\nA Resident\n",
        [],
        id="negative-quoted-guidance-circumstances-wrapped",
    ),
    case(
        "Thank you for your request for the number of fly-tipping incidents reported to the council in each of "
        "the last three financial years.\n\n"
        "The figures are:\n\n"
        "1 April 2021 to 31 March 2022: 1,204\n"
        "1 April 2022 to 31 March 2023: 1,377\n"
        "1 April 2023 to 31 March 2024: 1,512\n",
        [],
        id="negative-date-lines-not-numbers",
    ),
    case(
        "Dear Brackley Town Council,\n\n"
        "Under the Freedom of Information Act 2000, please send me a copy of the minutes of every meeting of the "
        "Finance Committee held in 2023, together with any reports presented to those meetings.\n\n"
        "Yours faithfully,\nR. Ellis\n",
        # LABELLING: a request that is a single paragraph with no list gives [].
        [],
        id="negative-single-paragraph-request",
    ),
    case(
        "Decision notice\n\nDate: 12 March 2024\nPublic Authority: Northby Borough Council\n\n"
        "Request and response\n\n"
        "1. On 3 July 2023 the complainant wrote to the council and requested a copy of its 2022 internal audit "
        "report on parking enforcement.\n"
        "2. The council responded on 1 August 2023. It refused to provide the report, citing section 36 of "
        "FOIA.\n"
        "3. Following an internal review the council maintained its position.\n",
        # A decision notice's numbered paragraphs are not questions (dev gold convention).
        [],
        id="negative-decision-notice-paragraphs",
    ),
    case(
        "Thank you for your request for a copy of the council's current pest control contract. A copy of the "
        "contract is attached.\n\n"
        "If you are dissatisfied with this response you can:\n"
        "• ask for an internal review within 40 working days\n"
        "• complain to the Information Commissioner once the review is complete\n",
        [],
        id="negative-boilerplate-bullets",
    ),
    case(
        "Dear Ms Grant\nThe council estimates that the cost of meeting your request would exceed the appropriate "
        "limit of £450, which equates to 18 hours of staff time spent on the following activities:\n"
        "(a) determining whether we hold the information,\n"
        "(b) locating the information, or a document which may contain the information,\n"
        "(c) retrieving the information, or a document which may contain the information, and\n"
        "(d) extracting the information from a document containing it.\n",
        # The Fees Regulations' four activities, quoted by every section 12 refusal, are not the request's questions.
        [],
        id="negative-fees-regulations-activities",
    ),
    case(
        "For ease of reference, your request is replicated below together with the response.\n\n"
        "1. Please provide the number of custody officers in each division. 2. Please provide the custody suites "
        "where they are based. 3. How many were trained in 2020? 4. Please",
        # A reply that prints the request as one run-on line: each following number starts a question.
        [
            ("1", "Please provide the number of custody officers in each division."),
            ("2", "Please provide the custody suites where they are based."),
            ("3", "How many were trained in 2020?"),
            ("4", "Please"),
        ],
        id="numbered-questions-run-together-on-one-line",
    ),
    case(
        "1. How many pupils were excluded in 2019. 2 of the schools did not report.\n",
        # A figure after a full stop is not the next question unless a capital follows its own full stop.
        [("1", "How many pupils were excluded in 2019. 2 of the schools did not report.")],
        id="negative-a-figure-after-a-sentence",
    ),
    case(
        "Analysis Unit,\n4.12 Blue Wing,\nCourt House, 10 High Street, London\nOur Reference: FOI 7781\n\n"
        "Dear Mr Cole,\nThank you for your email, in which you asked for the following information:\n"
        "[1]. Number of prisoners released on licence\n[2] Number of licences revoked\n[3] Number of recalls\n",
        # Numbers in square brackets; a room number in the letterhead is not an excerpt's first question.
        [
            ("1", "Number of prisoners released on licence"),
            ("2", "Number of licences revoked"),
            ("3", "Number of recalls"),
        ],
        id="square-bracket-numbers-under-a-letterhead",
    ),
    case(
        "Your request:\nI am writing under the Freedom of Information Act 2000 to request the following "
        "information about the risk tool used by the force.\n\n"
        "– Details of how the tool is used in an operational policing environment (not previous studies)\n"
        "– The underlying algorithm of the tool\n"
        "– Weightings used within the tool for each of the variables (predictors) in the system\n"
        "– Guidance for officers about telling the people affected that the tool was used\n\n"
        "I can confirm the information requested is held by the force.\n",
        # Dashed items under a sentence that requests "the following" (no colon).
        [
            ("•1", "Details of how the tool is used in an operational policing environment (not previous studies)"),
            ("•2", "The underlying algorithm of the tool"),
            ("•3", "Weightings used within the tool for each of the variables (predictors) in the system"),
            ("•4", "Guidance for officers about telling the people affected that the tool was used"),
        ],
        id="dashed-items-under-a-request-for-the-following",
    ),
    case(
        "Dear Sir or Madam,\n\n1)how many requests has the council received since 2005?\n\n"
        "2)how many times has the council failed to respond within 20 working days?\n\nYours faithfully,\nT Lee\n",
        [
            ("1", "how many requests has the council received since 2005?"),
            ("2", "how many times has the council failed to respond within 20 working days?"),
        ],
        id="number-glued-to-a-lower-case-question",
    ),
    case(
        "3. In 2023, how is your annual cyber security budget spent:\na.What percentage goes towards training?\n"
        "b.What percentage goes towards technology?\n\n4. How many employees work in your Trust?\n",
        [
            ("3", "In 2023, how is your annual cyber security budget spent:"),
            ("a", "What percentage goes towards training?"),
            ("b", "What percentage goes towards technology?"),
            ("4", "How many employees work in your Trust?"),
        ],
        parents={"a": "3", "b": "3", "4": None},
        id="letter-glued-to-its-sub-question",
    ),
    case(
        "Thank you for your recent Freedom of Information request. Please find our response below.\n"
        "1. Does the trust currently use rostering software?Yes\n"
        "2. Which supplier provides it? The Trust uses HealthRoster, supplied by Allocate.\n"
        "3. When does the contract end? If it has been extended, please give the new date.\n",
        # An answer printed on after the question mark is the answer; words that still ask stay in the question.
        [
            ("1", "Does the trust currently use rostering software?"),
            ("2", "Which supplier provides it?"),
            ("3", "When does the contract end? If it has been extended, please give the new date."),
        ],
        answers={"1": [A(contains="Yes")], "2": [A(contains="HealthRoster")], "3": []},
        id="answers-run-on-after-the-question-mark",
    ),
    case(
        "Question\nParking Reorganisation 1. Please identify the statutory basis for the change. 2. Please confirm "
        "who took the decision. 3. Please provide the legal advice obtained. Additional Questions: 4. Please "
        "provide the consultation results.\n",
        # A list that starts inside its line, after a title, and runs on: "1." needs "2." and "3." after it.
        [
            ("1", "Please identify the statutory basis for the change."),
            ("2", "Please confirm who took the decision."),
            ("3", "Please provide the legal advice obtained. Additional Questions:"),
            ("4", "Please provide the consultation results."),
        ],
        id="numbered-list-starting-inside-a-line",
    ),
    case(
        "Our reference 1. The council considered your request on 3 May. It holds the information.\n",
        [],
        id="negative-a-lone-one-inside-a-line",
    ),
    case(
        "Dear Ms Fox\n\n1)Please send all correspondence to me.\n2)Please name the council's company number.\n\n"
        "With regard to Q1 the Council applies Section 12 of the Act, which states:\n\n"
        '(3) In subsections (1) and (2) "the appropriate limit" means such amount as may be prescribed.\n'
        "(4) The Secretary of State may by regulations provide that the cost is estimated.\n\n"
        "References\n\nVisible links\n1. https://www.example.gov.uk/contactus\n2. mailto:foi@example.gov.uk\n",
        # The quoted Act's subsections and WhatDoTheyKnow's numbered links are no questions.
        [
            ("1", "Please send all correspondence to me."),
            ("2", "Please name the council's company number."),
        ],
        id="negative-quoted-statute-and-link-list",
    ),
    case(
        "Dear Ms Hart\n\nThank you for your email. You will receive a response within 20 working days.\n\n"
        "Freedom of Information Team\n\nReferences\n\nVisible links\n1. mailto:[email address]\n"
        "2. https://twitter.com/example\n",
        [],
        id="negative-a-redacted-mailto-link",
    ),
    case(
        "Freedom of Information request NUH 23975\nInformation requested:\n"
        "Q1 / Please supply a copy of the latest Workforce StrategyA1 / The Trust does not have a Workforce Strategy.\n"
        "Q2 / Please supply a copy of the 2015/16 Annual Plan A2 / This document is still in preparation.\n",
        # "Q1 /" numbering, and each answer after its own "A1 /" label on the question's line.
        [
            ("1", "Please supply a copy of the latest Workforce Strategy"),
            ("2", "Please supply a copy of the 2015/16 Annual Plan"),
        ],
        answers={"1": [A(contains="does not have", not_held=True)], "2": [A(contains="in preparation")]},
        id="q-and-a-labels-on-one-line",
    ),
    case(
        # NHS Bury CCG's acknowledgement on WhatDoTheyKnow: the reply's conditions on re-use, under "we would
        # respectfully ask you not to publish this ... where:", are no questions (the request is two paragraphs).
        "Dear NHS Northby CCG,\n\nI am writing to request data regarding the length of time between referral and "
        "starting treatment for psychological therapies.\n\nYours faithfully,\n\nEmma Stone\n\nDear Emma,\n\n"
        "Thank you for your recent Freedom of Information request.\n\nShould the CCG hold the information that you "
        "have requested, we would respectfully ask you not to publish this on any website or in any other "
        "publications where:\n\n·         a charge may be made to access it\n\n·         a subscription is "
        "charged to access the site.\n\nYour request for information is now being processed.\n",
        [],
        id="negative-a-replys-conditions-on-re-use-as-bullets",
    ),
    case(
        # A WhatDoTheyKnow request to North Cumbria Integrated Care NHS Foundation Trust: a bullet asking "for the
        # following" with its options on plain lines under it, then the next bullet below a blank
        "Dear Northby NHS Foundation Trust,\n\nPlease can you provide the data that answers the following "
        "questions:\n\n- What is the current waiting time for mental health therapy in general?\n\n- What is the "
        "current waiting time for the following, and what was it 5 years ago?\nCognitive behavioural therapy (CBT)"
        "\nGuided self-help\nCouple therapy\n\n- What other therapy options do you offer?\n\nYours faithfully,\n\n"
        "Naomi Hart\n",
        [
            ("•1", "What is the current waiting time for mental health therapy in general?"),
            (
                "•2",
                "What is the current waiting time for the following, and what was it 5 years ago? Cognitive "
                "behavioural therapy (CBT) Guided self-help Couple therapy",
            ),
            ("•3", "What other therapy options do you offer?"),
        ],
        id="a-bullets-options-on-plain-lines-under-it",
    ),
    case(
        # Glyndwr University's letter on WhatDoTheyKnow, a PDF as HTML: a list a line per item, then its later items
        # run on over the wrapped lines of one paragraph, after words and not a sentence's end
        "Can you please provide subtotals for the following categories: \n1. Facebook \n2. Instagram \n"
        "3. Other social networks (please specify) 4. Amazon 5. Online - that is, on websites \nexcluding  social  "
        "networks  6.  Television  7.  National  newspapers  8. \nLocal  newspapers  9.  Magazines  10.  Radio \n"
        "\nCan you also provide an example of an ad in each of the above formats. \n",
        [
            ("1", "Facebook"),
            ("2", "Instagram"),
            ("3", "Other social networks (please specify)"),
            ("4", "Amazon"),
            ("5", "Online - that is, on websites excluding social networks"),
            ("6", "Television"),
            ("7", "National newspapers"),
            ("8", "Local newspapers"),
            ("9", "Magazines"),
            ("10", "Radio"),
        ],
        id="a-lists-later-items-run-on-over-wrapped-lines",
    ),
    case(
        # Glyndwr University's letter restating the request, cut before its answers: the request's own "Can you also
        # provide ..." under its last item asks for more, it answers nothing
        "Dear Mr Hart\n\nI can confirm that the University does hold the information that you have requested.\n\n"
        "Can you please provide subtotals for the following categories:\n1. Facebook\n2. Instagram\n3. Radio\n\n"
        "Can you also provide an example of an ad in each of the above formats.\n\nFor the online forms of "
        "advertising, can you also tell me how many clicks each advertisement received.\n",
        [("1", "Facebook"), ("2", "Instagram"), ("3", "Radio")],
        answers={"3": []},
        id="the-requests-asking-for-more-under-its-last-item-is-no-answer",
    ),
    case(
        # Amgueddfa Cymru - National Museum Wales's letter: the reply numbering the parts of its own answer, under a
        # request of one question
        "Dear Mr Hart\n\nI refer to your email of 09 February, in which you asked for the following\nHas your "
        "department considered creation of a museum using any of the cold war sites?\n\nOur response is in two parts "
        "as there are two ways in which the Museum could acquire sites of the nature you describe. We have defined "
        "'your department' to mean the Museum:\n1. The Museum actively seeks to acquire specific items to add to the "
        "collections. Section 12 of the Freedom of Information Act 2000 applies.\n2. The Museum can also be offered "
        "sites for the collections. I confirm that the Museum has not\n",
        [],
        id="negative-a-replys-answer-numbered-in-its-parts",
    ),
    case(
        # A WhatDoTheyKnow request to Velindre University NHS Trust: one number-and-letter mark printed without its stop
        "Dear Northby NHS Trust,\n\n3a. Do you employ translators on a bank basis?\n\n3b. If you do, what was your "
        "annual spend?\n\n4a Do you use translation companies on the National Procurement Framework?\n\n4b.What was "
        "your annual spend with those companies?\n\nYours faithfully,\n\nFfion Hart\n",
        [
            ("3a", "Do you employ translators on a bank basis?"),
            ("3b", "If you do, what was your annual spend?"),
            ("4a", "Do you use translation companies on the National Procurement Framework?"),
            ("4b", "What was your annual spend with those companies?"),
        ],
        id="a-number-and-letter-without-its-stop",
    ),
    case(
        "Dear Mr Hart\n\nPlease send the reply to our office:\n\n4a High Street\nNorthby\n",
        [],
        id="negative-a-house-number-and-letter",
    ),
]

CASES.extend(
    [
        case(
            "1. Who supplies the council's library management system?\n"
            "The system is supplied by Civica.\n\n"
            "2. What is the annual support cost?\n"
            "The annual support cost is withheld under section 43(2) of the Freedom of Information Act 2000. Please "
            "see Appendix 1.\n\n"
            "Appendix 1\n\n"
            "Section 43 - Commercial interests.\n"
            "(1) Information is exempt information if it constitutes a trade secret.\n"
            "(2) Information is exempt information if its disclosure under this Act would, or would be likely to, "
            "prejudice the commercial interests of any person (including the public authority holding it).\n",
            # The numbered subsections of a quoted Act are not questions.
            [("1", "Who supplies the council's library management system?"), ("2", "What is the annual support cost?")],
            answers={
                "1": [A(contains="Civica")],
                "2": [A(contains="withheld", withheld=True, exemptions=("FOIA 43(2)",))],
            },
            id="negative-appendix-subsections-of-the-act",
        ),
        # --- requests as WhatDoTheyKnow threads print them ---
        case(
            "Dear Northby Fire Brigade,\nPlease could you provide me with the following information for ALL MARKED "
            "vehicles in use with the Brigade;\n- Vehicle Type (Make & Model)\n- Registration Number\n- Station its "
            "based at\n\nYours faithfully,\n\nSam Lee\n",
            [("•1", "Vehicle Type (Make & Model)"), ("•2", "Registration Number"), ("•3", "Station its based at")],
            id="dashed-items-after-an-introduction-ending-in-a-semicolon",
        ),
        case(
            "Dear Northby County Borough Council,\nUnder the Freedom of Information Act 2000, we are writing to request "
            "the following data,\n• The total amount spent by the council on fixing and addressing potholes in\n"
            "the 14/15 financial year.\n• The total amount paid out by the council on damage report claims due to\n"
            "potholes in the 14/15 financial year.\nYours faithfully,\nDan Potter\n",
            [
                (
                    "•1",
                    "The total amount spent by the council on fixing and addressing potholes in the 14/15 "
                    "financial year.",
                ),
                (
                    "•2",
                    "The total amount paid out by the council on damage report claims due to potholes in the 14/15 "
                    "financial year.",
                ),
            ],
            id="bullets-wrapped-onto-the-next-line",
        ),
        case(
            "Dear Mr Smith\n\nThank you for your enquiry. Your request will now be considered and the FOI Manager "
            "will take the following course of action:\n\n* allocate it to a member of the team who will send you "
            "the response\nor\n* advise you by email if your request could not be managed as an FOI request\n\n"
            "Kind regards\n",
            [],
            id="negative-an-or-between-two-bullets-of-an-auto-reply",
        ),
        case(
            "Dear Northby NHS Foundation Trust,\n\n1] How many wards have been closed by your Trust in total?\n"
            "2] How many new wards were opened by your Trust in total?\n\nYours faithfully,\nA. Smith\n",
            [
                ("1", "How many wards have been closed by your Trust in total?"),
                ("2", "How many new wards were opened by your Trust in total?"),
            ],
            id="numbers-closed-by-a-square-bracket",
        ),
        case(
            "Dear Northby Borough Council,\nPlease answer the following questions.\n1 - How much did you spend on "
            "litter picking?\n2 - About fly-tipping:\na - How many incidents were reported?\nb - How many were taken "
            "to court?\nYours faithfully,\nA. Smith\n",
            [
                ("1", "How much did you spend on litter picking?"),
                ("2", "About fly-tipping:"),
                ("a", "How many incidents were reported?"),
                ("b", "How many were taken to court?"),
            ],
            id="letters-numbered-with-a-dash",
        ),
        case(
            "Dear Northby District Council,\nI am requesting information as per the following:\n\n1- how much this "
            "cost\n2- how many people attended the consultation\n3- In what way has the exercise benefited the "
            "council\n\nYours faithfully,\nH. Cloy\n",
            [
                ("1", "how much this cost"),
                ("2", "how many people attended the consultation"),
                ("3", "In what way has the exercise benefited the council"),
            ],
            id="numbers-closed-by-a-dash-with-no-space-before-it",
        ),
        case(
            "Dear Northby Ambulance Service NHS Foundation Trust,\nI request the following information please.\n1) Who "
            "commissioned the audit in 2020?\n2) The Trust has previously refused to supply the interim report.\n2 (i) "
            "Does the interim report reach the same conclusions as the final one?\n2 (ii) Who decided not to publish "
            "it?\nYours faithfully,\nA. Smith\n",
            [
                ("1", "Who commissioned the audit in 2020?"),
                ("2", "The Trust has previously refused to supply the interim report."),
                ("2i", "Does the interim report reach the same conclusions as the final one?"),
                ("2ii", "Who decided not to publish it?"),
            ],
            id="a-bare-number-before-its-bracketed-sub-number",
        ),
        case(
            "Dear Northby Rail Office,\nPlease provide the following information:\n\n1) The planned dates of future "
            "Board meetings\n2) Any papers presented to the Board on 23 June 2020.\n\nYours faithfully,\nJ. Taylor\n\n"
            "Thank you for your email. This is an automated response. See [1]https://www.northby.gov.uk/contact or "
            "write to [2][email address].\n\nReferences\n\nVisible links\n1. https://www.northby.gov.uk/contact\n2. "
            "https://outlook.office365.com/ecp/contac... ebost]\n3. h\n",
            [
                ("1", "The planned dates of future Board meetings"),
                ("2", "Any papers presented to the Board on 23 June 2020."),
            ],
            id="negative-whatdotheyknows-visible-links-list",
        ),
        case(
            "Dear Northby County Borough Council,\nHow many trees has the authority cut down each year since 2013 (or as "
            "far back as data is held).\nHow many trees has the authority planted each year since 2013.\nYours "
            "faithfully,\nG. Jones\n",
            [
                (
                    "•1",
                    "How many trees has the authority cut down each year since 2013 (or as far back as data is held).",
                ),
                ("•2", "How many trees has the authority planted each year since 2013."),
            ],
            id="a-request-of-two-question-lines-and-nothing-else",
        ),
        case(
            "Dear Northby Metropolitan Borough Council,\n\nPlease advise the following:\n\nDoes the Mayor provide full "
            "itemised receipts for expenses?\n\nIf yes, where are the receipts available to view?\n\nYours faithfully,"
            "\nW. Tully\n",
            [
                ("•1", "Does the Mayor provide full itemised receipts for expenses?"),
                ("•2", "If yes, where are the receipts available to view?"),
            ],
            id="two-question-paragraphs-under-an-introduction",
        ),
        case(
            "Dear Northby Council,\n\nPlease provide the following:\n\n1. The name & provider of any GIS/Map software\n"
            "2. The renewal date or contract length of the licenses held\nFor Example:\nArcGIS | 5 | 2020\n\nYours "
            "faithfully,\nA. Bennett\n",
            [
                ("1", "The name & provider of any GIS/Map software"),
                ("2", "The renewal date or contract length of the licenses held"),
            ],
            id="an-example-under-the-last-question-is-not-its-words",
        ),
        case(
            "FOI 001006/22 Body Worn Video Policy\n\nRequest\n\n1. a) Why is the appendix not published, and\nb) If it "
            "is not published how are the public able to confirm the procedure is followed?\n\nResponse\n\nThe "
            "appendix is restricted.\n",
            [
                ("1a", "Why is the appendix not published, and"),
                ("b", "If it is not published how are the public able to confirm the procedure is followed?"),
            ],
            id="a-letter-closed-by-a-bracket-after-the-number",
        ),
        case(
            "Dear Northby County Borough Council,\n\nPlease provide the following information:\n\n1: A list of "
            "maintenance on the byways in your area in the last 20 years\n\n2: Yearly total expenditure on the byways"
            "\n\nYours faithfully,\n\nP. Jones\n",
            [
                ("1", "A list of maintenance on the byways in your area in the last 20 years"),
                ("2", "Yearly total expenditure on the byways"),
            ],
            id="numbers-closed-by-a-colon",
        ),
        case(
            "FOI 5974 - Car parking charges\n\nDate: 03 June 2019\n\n1. How much money did the trust raise from car "
            "parking charges in 2018/19? Include a breakdown of staff and visitor parking if possible.\n\n2018/19 - "
            "\u00a31,735k\n\n2. How much was raised from parking fines in 2018/19?\n\nThe Trust does not issue parking "
            "fines.\n",
            [
                (
                    "1",
                    "How much money did the trust raise from car parking charges in 2018/19? Include a breakdown of "
                    "staff and visitor parking if possible.",
                ),
                ("2", "How much was raised from parking fines in 2018/19?"),
            ],
            id="a-request-to-include-more-after-the-question-mark",
        ),
        case(
            'Thank you for your emails in which you requested the following:\n"Could you confirm the date on which '
            'Northby Energy Limited submitted an HR1 form."\nI can neither confirm nor deny whether the agency holds '
            "the information. In this case, confirming or denying whether any information is held would be likely "
            "to prejudice:\n  \u2022 31(1)(a) - the prevention or detection of crime\n  \u2022 31(1)(b) - the "
            "apprehension or prosecution of offenders\n",
            [],
            id="negative-the-harms-an-exemption-guards-against-as-bullets",
        ),
        case(
            "Dear Northby Council,\nHow many potholes were repaired in 2023?\nI am writing an article about road "
            "maintenance.\nYours faithfully,\nA. Cole\n",
            [],
            id="negative-a-question-beside-a-statement",
        ),
        case(
            "Dear Northby Council,\nHow many trees were felled by the council or its contractors in the\nyear 2023 "
            "and how many were planted.\nYours faithfully,\nA. Cole\n",
            [],
            id="negative-one-question-wrapped-by-hand",
        ),
        case(
            "Dear Northby Ambulance Service NHS Foundation Trust,\nI would like to request the following information:\n"
            "1 - The precise location where it is located,\n2- Whether it is internal or placed on an outside wall,\n"
            "3- The hours of the day that it is available.\n\nYours faithfully,\nF. Horton\n",
            [
                ("1", "The precise location where it is located,"),
                ("2", "Whether it is internal or placed on an outside wall,"),
                ("3", "The hours of the day that it is available."),
            ],
            id="numbers-closed-by-a-dash-spaced-both-ways-then-not",
        ),
        case(
            "Dear Mr Smith,\nThe figures are below.\nWaiting times in weeks:\n10- 15 weeks for most referrals\n",
            [],
            id="negative-a-range-opening-a-line-of-an-answer",
        ),
        case(
            "Dear Northby Health and Social Care Trust,\n(1) What is the role of the neurosciences department?\n"
            "(2a) Since 2011, how much funding did it receive?\n(b) How much of that went to research?\n"
            "Yours faithfully,\nL. Evans\n",
            [
                ("1", "What is the role of the neurosciences department?"),
                ("2a", "Since 2011, how much funding did it receive?"),
                ("b", "How much of that went to research?"),
            ],
            id="a-number-and-letter-in-brackets",
        ),
        case(
            "Dear Ms Kerr\nI refer to your e-mail dated 11 July 2023, requesting:\n"
            '"- Do you store hard-copy records onsite?\n- Do you store any records offsite with a third party?\n'
            'If yes, when does the contract expire?\n- Who has responsibility for the function?"\n'
            "I can now respond as follows:\n",
            [
                ("•1", "Do you store hard-copy records onsite?"),
                ("•2", "Do you store any records offsite with a third party? If yes, when does the contract expire?"),
                ("•3", "Who has responsibility for the function?"),  # not the quotation's closing mark
            ],
            id="bullets-of-a-quoted-request-with-a-yes-no-follow-up",
        ),
        case(
            "Dear Mr Gadd,\nI write in response to your request received on 4 November 2019.\nRequest 1\n"
            "1/Could you please provide any correspondence between the force and the county council about road "
            "closures?\n2/ Could you please provide any correspondence about the Boxing Day meeting?\n",
            [
                (
                    "1",
                    "Could you please provide any correspondence between the force and the county council about road "
                    "closures?",
                ),
                ("2", "Could you please provide any correspondence about the Boxing Day meeting?"),
            ],
            id="numbers-closed-by-a-slash",
        ),
        case(
            "Dear Northby Borough Council,\nPlease answer each of the following.\n1 - How much was spent on street "
            "cleaning?\n2 - How many bins are there?\n3\na - How many incidents of fly-tipping were reported?\nb - "
            "How many were cleared?\n4 -Does the council use a contractor?\n5 - What share is recycled?\n"
            "Yours faithfully,\nA. Smith\n",
            [
                ("1", "How much was spent on street cleaning?"),
                ("2", "How many bins are there?"),
                ("3", ""),
                ("a", "How many incidents of fly-tipping were reported?"),
                ("b", "How many were cleared?"),
                ("4", "Does the council use a contractor?"),
                ("5", "What share is recycled?"),
            ],
            parents={"3": None, "a": "3", "b": "3", "4": None},
            id="a-number-alone-above-its-lettered-parts",
        ),
        case(
            "Dear Northby Borough Council,\n1 - How much was spent on street cleaning?\n2 - How many bins?\n\n"
            "Yours faithfully,\nA. Smith\n\nDear Ms Smith\n1 - We spent £40,000.\n2 - There are\n3\n"
            "a - litter bins: 120\n",
            [("1", "How much was spent on street cleaning?"), ("2", "How many bins?")],
            id="negative-a-number-alone-not-next-in-the-request",
        ),
        case(
            "Our Ref: 4833\n\nQuestion: 1. How many hospitals are run by the Board?\n\nAnswer: Three.\n\n"
            "Question: 2. How many beds do they hold?\n\nAnswer: 1,250.\n",
            [("1", "How many hospitals are run by the Board?"), ("2", "How many beds do they hold?")],
            answers={"1": [A(contains="Three.")], "2": [A(contains="1,250")]},
            id="questions-labelled-question-colon-number",
        ),
        case(
            "Dear Northby Borough Council,\n\n1. Has the Council been asked to fund the development of the software "
            "system called Frameworki? This software is supplied by Corelogic Ltd and is in use at the Council.\n"
            "2. What was the size of the requested payment?\n\nYours faithfully,\nJo Bloggs\n",
            [
                (
                    "1",
                    "Has the Council been asked to fund the development of the software system called Frameworki? This "
                    "software is supplied by Corelogic Ltd and is in use at the Council.",
                ),
                ("2", "What was the size of the requested payment?"),
            ],
            id="the-requesters-words-after-a-question-mark-are-the-question",
        ),
        case(
            "Dear Northby Borough Council,\nWe wish to know how many consultation sessions were held in 2022.\n"
            "In addition; we wish to know\nHow many of the sessions were face to face\nHow many were online\n"
            "How many people responded online\nHow many consultants were available at each session?\n\n"
            "Many thanks in advance\nYours faithfully,\n\nA. Cole\n",
            [
                ("•1", "How many of the sessions were face to face"),
                ("•2", "How many were online"),
                ("•3", "How many people responded online"),
                ("•4", "How many consultants were available at each session?"),
            ],
            id="unmarked-lines-under-we-wish-to-know",
        ),
        case(
            "Dear Northby Student Finance Agency,\nI would like to know how much was granted for each of the "
            "following and the corresponding years.\nTuition fee loans for 2015/16 and 2016/17.\nMaintenance loans "
            "for 2015/16 and 2016/17\nMaintenance grants for 2015/16 and 2016/17\nYours faithfully,\nD. Cush\n",
            [
                ("•1", "Tuition fee loans for 2015/16 and 2016/17."),
                ("•2", "Maintenance loans for 2015/16 and 2016/17"),
                ("•3", "Maintenance grants for 2015/16 and 2016/17"),
            ],
            id="unmarked-lines-under-each-of-the-following-up-to-the-sign-off",
        ),
        case(
            "Dear Mr Cole\nThank you for your request. The Council holds the following information:\n"
            "Sessions held: 12\nFace to face: 8\nOnline: 4\nYours sincerely\nInformation Team\n",
            [],
            id="negative-unmarked-lines-of-the-authoritys-reply",
        ),
        case(
            "Dear Northby Borough Council,\nI would like to know the following:\nHow many sessions were held\n"
            "when they were held and\nwho ran them\nYours faithfully,\nA. Cole\n",
            [],
            id="negative-a-sentence-wrapped-by-hand-under-an-introduction",
        ),
        # --- the Act quoted in a reply ---
        case(
            "Dear Mr Bruno,\nYou asked: What improvement schemes were carried out in Drumtara?\nThe exemption in "
            "Section 43(2) of the Freedom of Information Act 2000 applies to the costs.\n43 Commercial interests\n"
            "(1) Information is exempt information if it constitutes a trade secret.\n"
            "(2) Information is exempt information if its disclosure under this Act would, or would be likely to, "
            "prejudice the commercial interests of any person.\n"
            "(3) Section 43(2) is a 'qualified' exemption and I must now go on to consider the public interest.\n",
            [],
            id="negative-an-exemption-quoted-under-its-heading-and-the-list-running-on",
        ),
        case(
            "Dear Mr Jackson\nA request must meet the criteria outlined under Section 8(1) of the Act, ie -\n"
            '"In this Act any reference to a "request for information" is a reference to such a request which -\n'
            "(a) is in writing,\n(b) states the name of the applicant and an address for correspondence, and\n"
            '(c) describes the information requested."\n',
            [],
            id="negative-section-8-conditions-of-a-valid-request",
        ),
        case(
            "Dear Ms Price,\n\nSection 22 of the FOIA provides that information is exempt from disclosure if-\n\n"
            "  1. the information is held by a public authority with a view to publication, at some future date "
            "(whether determined or not).\n\n"
            "  2. The information was already held with a view to such publication at the time when the request for "
            "information was made, and\n\n"
            "  3. It is reasonable in all the circumstances that the information should be withheld from disclosure "
            "until the date referred to in paragraph a.\n\nThe main issue in this review is the timing.\n",
            [],
            id="negative-section-22-conditions-quoted-in-a-review",
        ),
    ]
)

# The question's words keep the quotes and dashes the text printed (the normalised text makes them ASCII).
CASES.extend(
    [
        case(
            "Dear Northby Police,\n\nPlease send me:\n\n1. The \u2018Violence Against Women and Girls\u2019 profile "
            "assessment \u2013 produced in November 2021\n2. The force\u2019s \u201cRape\u201d profile assessment\n\n"
            "Yours faithfully,\nA Smith\n",
            [
                (
                    "1",
                    "The ‘Violence Against Women and Girls’ profile assessment – produced in November 2021",
                ),
                ("2", "The force\u2019s \u201cRape\u201d profile assessment"),
            ],
            id="typographic-quotes-and-dashes-as-printed",
        ),
        case(
            '1. What is the council\'s budget for 2019-20?\n2. Which "CRM" system do you use?\n',
            [("1", "What is the council's budget for 2019-20?"), ("2", 'Which "CRM" system do you use?')],
            id="ascii-quotes-and-dashes-unchanged",
        ),
    ]
)

# Section 17's conditions of a refusal notice, lettered under the reply's own paragraph, are the Act's, not
# sub-questions of the last question.
CASES.extend(
    [
        case(
            "1. The total number of media enquiries received by your press office in 2024.\n"
            "2. The current number of staff employed in your press office.\n"
            "Section 17 of the Freedom of Information Act 2000 requires Northby Police, when refusing to provide such "
            "information (because the information is exempt) to provide you the applicant with a notice which:\n"
            "(a) states that fact,\n(b) specifies the exemption in question and\n"
            "(c) states (if that would not otherwise be apparent) why the exemption applies.\n",
            [
                ("1", "The total number of media enquiries received by your press office in 2024."),
                ("2", "The current number of staff employed in your press office."),
            ],
            id="section-17-notice-conditions-lettered-under-the-reply",
        ),
        case(
            "Your request for information has now been considered.\n\n1. Cost of the policing operation: the cost "
            "exceeds the appropriate limit.\n\n2. Numbers employed on the policing operation: Section 17 of the "
            "Freedom of Information Act 2000 requires Northby Police, when refusing to provide such information, to "
            "provide you with a notice which:\n(a) states that fact,\n(b) specifies the exemption in question.\n",
            [
                ("1", "Cost of the policing operation: the cost exceeds the appropriate limit."),
                (
                    "2",
                    "Numbers employed on the policing operation: Section 17 of the Freedom of Information Act 2000 "
                    "requires Northby Police, when refusing to provide such information, to provide you with a notice "
                    "which:",
                ),
            ],
            id="section-17-notice-conditions-after-the-question-it-answers",
        ),
        case(
            "Please provide the following information:\n"
            "1. The number of licences issued in 2024, with:\n(a) the licence type,\n(b) the ward.\n",
            [
                ("1", "The number of licences issued in 2024, with:"),
                ("a", "the licence type,"),
                ("b", "the ward."),
            ],
            id="negative-lettered-sub-questions-under-a-question",
        ),
    ]
)

# Dashed items under a sentence that asks for "the following documents" with no colon are the request.
CASES.append(
    case(
        "Dear Northby Parliament,\n\nI am writing under the FOIA 2000 to request the following documents\n\n"
        "- Copies of all emails between the IT department and members sent on 5 October 2021.\n"
        "- Copies of all internal correspondence about remote voting on 5 October 2021.\n\n"
        "Yours faithfully,\n\nJ Hurst\n",
        [
            ("•1", "Copies of all emails between the IT department and members sent on 5 October 2021."),
            ("•2", "Copies of all internal correspondence about remote voting on 5 October 2021."),
        ],
        id="dashes-under-a-request-for-the-following-documents",
    )
)

CASES.append(
    case(
        "Dear Northby Borough Council,\n\nQ10. What was the Authority's annual spend for 2017-18?\n"
        "Q11. Does the Authority use a Customer Relationship Management (CRM) System?\n"
        "(if Yes answer Q12, if No answer Q13)\nQ12. When did the CRM system go live?\n"
        "Q13. Why not?\n\nYours faithfully,\n\nA Smith\n",
        [
            ("10", "What was the Authority's annual spend for 2017-18?"),
            (
                "11",
                "Does the Authority use a Customer Relationship Management (CRM) System? (if Yes answer Q12, if No answer "
                "Q13)",
            ),
            ("12", "When did the CRM system go live?"),
            ("13", "Why not?"),
        ],
        # The question's routing, in brackets on the line below its question mark, is the question's (a WhatDoTheyKnow
        # request to Tamworth Borough Council).
        id="a-bracketed-if-yes-line-under-a-question-is-its-follow-up",
    )
)

CASES.extend(
    [
        case(
            "Dear Northby Trust,\n\nI am writing to ask for the following data for the Trust:-\n\n1 the number of "
            "consultant-led teams.\n\n2 the number of consultants in each of the two groups.\n\n3 a list of the "
            "titles of the teams.\n\n4 the month and year of the data supplied.\n\nYours faithfully,\nV Leser\n",
            [
                ("1", "the number of consultant-led teams."),
                ("2", "the number of consultants in each of the two groups."),
                ("3", "a list of the titles of the teams."),
                ("4", "the month and year of the data supplied."),
            ],
            # Numbers with no stop, items in lower case, under the request's words (a WhatDoTheyKnow request to
            # Norfolk and Suffolk NHS Foundation Trust).
            id="items-numbered-without-a-stop-in-lower-case",
        ),
        case(
            "Dear Northby Trust,\n\nPlease provide the following information:\n\n1 The number of teams.\n\n"
            "2 A list of the titles of the teams.\n\n3 The month of the data.\n\nYours faithfully,\nV Leser\n",
            [
                ("1", "The number of teams."),
                ("2", "A list of the titles of the teams."),
                ("3", "The month of the data."),
            ],
            # A one-letter first word after the number ("A list") had ended the run.
            id="items-numbered-without-a-stop-one-opening-with-a",
        ),
    ]
)

CASES.extend(
    [
        case(
            "Dear Northby University,\n\nPlease supply me with the following information relating to the College "
            "which I believe you operate in partnership\nwith a company for each published intake from the date\nyou "
            "started the College to September 2013.\n\nThe numbers of students for undergraduate and postgraduate\n"
            "study that started for each intake\n\nThe number of students that left before\ncompletion of the course "
            "for each intake\n\nThe number of students that graduated for each intake\n\nMy sincere thanks.\n\n"
            "Yours faithfully,\n\nJOHN WILLIAMS\n",
            [
                (
                    "\u20221",
                    "The numbers of students for undergraduate and postgraduate study that started for each intake",
                ),
                ("\u20222", "The number of students that left before completion of the course for each intake"),
                ("\u20223", "The number of students that graduated for each intake"),
            ],
            # Unmarked items each a short paragraph, wrapped, under an introduction of several lines (a WhatDoTheyKnow
            # request to Edinburgh Napier University).
            id="unmarked-items-each-a-paragraph-under-an-introduction-of-several-lines",
        ),
        case(
            "Dear Northby University,\n\nPlease supply me with the following information about the College which I "
            "believe\nyou operate in partnership with a company.\n\nThe College opened in 2009. It has grown since.\n\n"
            "Many students have left before completion. I am concerned about this.\n\nThe figures matter to the "
            "community. They should be published.\n\nYours faithfully,\n\nJOHN WILLIAMS\n",
            [],
            # ... but paragraphs of several sentences are the request's prose, not its items.
            id="negative-paragraphs-of-sentences-under-an-introduction",
        ),
    ]
)

CASES.extend(
    [
        case(
            "Our ref: HACW-2418\n09 June 2021\nDear Wendy,\nThank you for your request, which was received on 25 April "
            "2021.\nYou requested the following information:\n  1. Please supply patient ECT consent form.\n  2. How "
            "many ECT in 2020?\nPlease provide SERIOUS INCIDENT information under the FOI act to the following "
            "questions:\n  1. Please supply any serious incident reports/investigations\n  2. How many SERIOUS "
            "INCIDENT REPORTS in 2020?\n\nIt is not possible to provide you with the above requested breakdown of ECT "
            "information within the legal time limit.\n",
            [
                ("1", "Please supply patient ECT consent form."),
                ("2", "How many ECT in 2020?"),
                ("1", "Please supply any serious incident reports/investigations"),
                ("2", "How many SERIOUS INCIDENT REPORTS in 2020?"),
            ],
            # A reply restating a request of two lists, each numbered from 1 (Herefordshire and Worcestershire Health
            # and Care NHS Trust).
            id="a-reply-restating-a-requests-second-list-numbered-from-1-again",
        ),
        case(
            "Dear Ms McWatt,\n\nThank you for your request for information.\n\nYou asked us:\n\n1) I would like to "
            "know how many items were reported as stolen in 2009.\n\n2) I would also like a breakdown of these figures "
            "for each hospital.\n\n\n1) Please find below a list of items that were reported as being stolen:\n\n"
            "East Division = 28 incidents\n",
            [
                ("1", "I would like to know how many items were reported as stolen in 2009."),
                ("2", "I would also like a breakdown of these figures for each hospital."),
            ],
            # ... but the reply's answers numbered as the request's are no second list (Betsi Cadwaladr University
            # Health Board).
            id="negative-a-reply-answering-by-number-please-find-below",
        ),
    ]
)

CASES.append(
    case(
        "FOISA Response No. 836 - discretion to investigate police matters\nThis response addressed the following query:\n"
        '- "1. Please provide me with the statutory provision that gives the Commissioner the discretion?\n'
        "- 2. Please provide the statutory definition of police matters?\n"
        '- 3. Please supply the protocol relied upon for the relevancy test?"\n'
        "Under Section 25(1) of FOISA we do not have to provide information which is already reasonably accessible.\n",
        [
            ("1", "Please provide me with the statutory provision that gives the Commissioner the discretion?"),
            ("2", "Please provide the statutory definition of police matters?"),
            ("3", "Please supply the protocol relied upon for the relevancy test?"),
        ],
        # Bullets each numbered in turn inside, the list quoted (the Police Investigations and Review Commissioner's
        # published response).
        id="bullets-numbered-in-turn-inside-them",
    )
)

# A request's second list, numbered from 1 again under a sentence that asks, holds new questions, numbered as printed.
CASES.extend(
    [
        case(
            "Dear Northby University,\n\nFirstly, some questions about your information storage.\n"
            "1. Which electronic systems do you use to store operational data?\n"
            "2. Can a query be completed by searching keywords in the interface?\n\n"
            "I also want to know the common reasons that you may reject requests under s.12.\n"
            "1. In the past 5 years, how many requests have been refused under s.12?\n"
            "2. For those requests, can you provide a list of the reasons recorded?\n\n"
            "Yours faithfully,\n\nJ Wang\n",
            [
                ("1", "Which electronic systems do you use to store operational data?"),
                ("2", "Can a query be completed by searching keywords in the interface?"),
                ("1", "In the past 5 years, how many requests have been refused under s.12?"),
                ("2", "For those requests, can you provide a list of the reasons recorded?"),
            ],
            id="a-second-list-of-the-request-numbered-from-1-again",
        ),
        case(
            "Dear Northby Council,\n\nPlease provide:\n1. The number of planning applications received in 2023.\n"
            "2. The number refused.\n\nThe applications I mean are these:\n1. Householder applications.\n"
            "2. Listed building consents.\n\nYours faithfully,\n\nA Smith\n",
            [
                ("1", "The number of planning applications received in 2023."),
                ("2", "The number refused."),
            ],
            id="negative-a-second-list-under-a-sentence-that-asks-nothing",
        ),
    ]
)

# A reply that repeats the request's bullets point by point, each followed by its answer (a disclosure log).
CASES.extend(
    [
        case(
            # A WhatDoTheyKnow request to East London NHS Foundation Trust: "10. 10a. ..." over "10b. ..."
            "Dear Northby NHS Foundation Trust,\n\nPlease can you complete the below questions.\n\n9. Does your rota "
            "system integrate with your rostering system?\n10. 10a. Does your rota system integrate with your Payroll "
            "system?\n10b. If so, is the integration with payroll through an open API?\n11. What other systems does "
            "your rota system integrate with?\n\nYours faithfully,\n\nA Requester\n",
            [
                ("9", "Does your rota system integrate with your rostering system?"),
                ("10a", "Does your rota system integrate with your Payroll system?"),
                ("10b", "If so, is the integration with payroll through an open API?"),
                ("11", "What other systems does your rota system integrate with?"),
            ],
            id="a-number-put-again-with-its-letter",
        ),
        case(
            # The Electoral Commission quoting a request: "2) 1) I would like to request ..."
            "Dear Ms Smith,\n\nYour request is in bold below followed by our response.\n\n1) I would like to request "
            "all correspondence between the Commission and Vote Leave.\n\n2) 1) I would like to request all internal "
            "correspondence that mentions Vote Leave.\n\nOur response is as follows:\n\nWe hold the information.\n",
            [
                ("1", "I would like to request all correspondence between the Commission and Vote Leave."),
                ("2", "I would like to request all internal correspondence that mentions Vote Leave."),
            ],
            id="a-mark-kept-from-the-list-a-question-was-copied-from",
        ),
        case(
            # Staffordshire University's log: "1. 1. How much funding ...", the request's own numbers kept after the
            # log's
            "I am writing to request information under the Freedom of Information Act 2000.\n\n1. 1. How much funding "
            "was provided in endowments in the past 5 years?\n\n2. 2. How much funding was provided in sponsorship "
            "of departments?\n",
            [
                ("1", "How much funding was provided in endowments in the past 5 years?"),
                ("2", "How much funding was provided in sponsorship of departments?"),
            ],
            id="a-number-put-twice-with-its-stop",
        ),
        case(
            # A WhatDoTheyKnow request to NHS Mid and South Essex ICB: its numbers followed by a comma
            "Dear NHS Northby Integrated Care Board,\n\nWhile an STP you had common service restriction policies.\n\n"
            "1, Why the difference when you shared a common funding policy throughout the STP?\n2, How come mid "
            "essex accounts did not advise patients to relocate a few miles down the road?\nRather than waste time "
            "trying to get mid essex to fund when it was not going to.\n\nYours faithfully,\n\niain gordon\n",
            [
                ("1", "Why the difference when you shared a common funding policy throughout the STP?"),
                ("2", "How come mid essex accounts did not advise patients to relocate a few miles down the road?"),
            ],
            id="numbers-followed-by-a-comma",
        ),
        case(
            # A WhatDoTheyKnow request to Harrogate Borough Council: a second list numbered from 1 under its own heading
            "Dear Northby Borough Council,\n\n1. How many tenants did you have in financial year 2011-2012?\n\n2. How "
            "many complaints did you have about damp or mould in 2011-2012?\n\nQuestions regarding litigation costs:\n"
            "\n1. How many cases referring to damp homes did you receive in 2011-2012?\n\n2. What was the total cost "
            "to you of defending those cases?\n\nYours faithfully,\n\nGraham Atherton\n",
            [
                ("1", "How many tenants did you have in financial year 2011-2012?"),
                ("2", "How many complaints did you have about damp or mould in 2011-2012?"),
                ("1", "How many cases referring to damp homes did you receive in 2011-2012?"),
                ("2", "What was the total cost to you of defending those cases?"),
            ],
            id="a-second-list-under-a-heading-of-its-own",
        ),
        case(
            # A WhatDoTheyKnow request to Royal Museums Greenwich: "a:" and "b:" under each unnumbered section
            "Dear Northby Museums,\n\nI would be grateful if you could provide the following information.\n\na: Total "
            "number of visitors you received\nb: If known, the breakdown of visitors by country\n\nIdeally, the "
            "response to section 1 should include the previous 5 years.\n\na: A breakdown of European funding "
            "received over the past 5 years\nb: A breakdown of any European funding expected in the future.\n\n"
            "Yours faithfully,\n\nScott Daniells\n",
            [
                ("a", "Total number of visitors you received"),
                ("b", "If known, the breakdown of visitors by country"),
                ("a", "A breakdown of European funding received over the past 5 years"),
                ("b", "A breakdown of any European funding expected in the future."),
            ],
            id="letters-with-colons-starting-again-under-each-section",
        ),
        case(
            # The City of Wolverhampton Council's reply, a PDF table read as text: each mark alone on its line, the
            # words below, the answer run on after the question mark or on the next line
            "Response to Request for Information\nI can confirm that the information requested is held by the "
            "Council.\nIn your request you asked the following:\n1.\nDo you provide traded services to schools in "
            "your area? If so, to which? Yes\n2.\nWhich school MIS providers do you hold support contracts with, and "
            "for each MIS provider:\na)\nWhat is the nature of the current arrangement? Both\nb)\nWhen did the "
            "current arrangement begin and when will it finish (including\nany extensions)?\nSIMS - 01/09/2019 to "
            "31/08/22\nc)\nIf a paid contract, under what basis did you procure it?\nDirectly via Procurement\n",
            [
                ("1", "Do you provide traded services to schools in your area? If so, to which?"),
                ("2", "Which school MIS providers do you hold support contracts with, and for each MIS provider:"),
                ("a", "What is the nature of the current arrangement?"),
                ("b", "When did the current arrangement begin and when will it finish (including any extensions)?"),
                ("c", "If a paid contract, under what basis did you procure it?"),
            ],
            answers={
                "1": [A(contains="Yes")],
                "a": [A(contains="Both")],
                "b": [A(contains="01/09/2019")],
                "c": [A(contains="Directly via Procurement")],
            },
            id="marks-alone-above-their-words-answers-run-on",
        ),
        case(
            # Darlington Borough Council's reply: capital letters with a comma, each question over its answer
            "Dear Mr White\n\nYour request is outlined below with our responses added alongside.\n\nA, How many FoIA "
            "requests did you have in 2013?\nThis information is published annually.\n\nB, How many were answered "
            "late?\nAgain, this information is published annually.\n",
            [
                ("A", "How many FoIA requests did you have in 2013?"),
                ("B", "How many were answered late?"),
            ],
            answers={"A": [A(contains="published annually")], "B": [A(contains="Again")]},
            id="capital-letters-with-a-comma",
        ),
        case(
            # Hertfordshire Constabulary's refusal quotes the Act under the section's heading, numbered "(i)"
            "Response - the force neither confirms nor denies that it holds information, by virtue of the following "
            "exemption;\n\nSection 31(1) (a) (b) - Law Enforcement\n\n(i) Information which is not exempt information "
            "by virtue of section 31 is exempt information if its disclosure under this Act would, or would be likely "
            "to prejudice - (a) the prevention or detection of crime\n\nSection 31 is a qualified exemption.\n",
            [],
            id="negative-the-act-quoted-as-item-i",
        ),
        case(
            # Derbyshire Fire and Rescue Service's disclosure log: the parts asked inside one sentence, then each
            # answered on a line of its letter
            "Please could you let me know how many times in (a) 2014, (b) 2015, (c) 2016, the fire service has "
            "responded to emergency calls about fireworks posted through letterboxes.\n\n\n(a) 2014 - None.\n\n"
            "(b) 2015 - None.\n\n(c) 2016 - One (residential).\n",
            [],
            id="negative-lines-answering-the-parts-a-sentence-asked",
        ),
        case(
            # The Ministry of Defence's internal review numbers its own paragraphs, the sections it examined lettered
            "Dear Mr Burman\n1. I am writing in response to your e-mail dated 25 October 2010 in which you asked for "
            "an internal review of the handling of your request. I have now completed a full independent review.\n"
            "2. In conducting my review of the handling of your request, I focussed on the following requirements of "
            "the Act:\na. Section 1(1)(a) which gives any person the entitlement to be informed;\nb. Section 22 "
            "which states that information is exempt information if it is intended for future publication.\n3. Your "
            "initial request for information dated 18 May 2010 was as follows:\n",
            [],
            id="negative-a-reply-numbering-its-own-paragraphs",
        ),
        case(
            # Northern Ireland Fire and Rescue Service: each answer run on after a dash, and a question wrapped across
            # the blank lines its PDF's text put inside the line
            "Dear Mr McGregor\n\nPlease note the following information:\n\nQuestion 1: Breakdown by Divisional area of "
            "above \u2013 see above.\n\nQuestion 2: Number of events/school briefings/programmes in relation to "
            "'bonfire\n\n\nsafety education'.\n\nEastern 34\n\nQuestion 3: Amount contributed to other "
            "organisations/groups/programmes for\n\n\nbonfire related schemes - please note Area Commands attend "
            "meetings ad hoc and no record of these are held at HQ.\n\nQuestion 4: Breakdown by Divisional Area of "
            "above \u2013 N/A\n\nQuestion 5: Any injuries to crew as a result of bonfires. \u2013 No injuries have "
            "occurred to personnel over the last 5 years.\n",
            [
                ("1", "Breakdown by Divisional area of above"),
                ("2", "Number of events/school briefings/programmes in relation to 'bonfire safety education'."),
                ("3", "Amount contributed to other organisations/groups/programmes for bonfire related schemes"),
                ("4", "Breakdown by Divisional Area of above"),
                ("5", "Any injuries to crew as a result of bonfires."),
            ],
            answers={
                "1": [A(contains="see above")],
                "2": [A(contains="Eastern 34")],
                "3": [A(contains="please note", not_held=True)],
                "4": [A(contains="N/A")],
                "5": [A(contains="No injuries have occurred")],
            },
            id="answers-run-on-after-a-dash-and-a-question-wrapped-across-blank-lines",
        ),
        case(
            # The Scottish Information Commissioner's decision on NHS Greater Glasgow and Clyde, quoting the request:
            # each wrapped line of a question a paragraph of its own
            "He asked for:\n\n3) The number of people who answered 'Yes' to the question \"Do you\n\nagree that our "
            'proposal to make this arrangement permanent meets the\n\nneeds of our patients?". Please break down the '
            "number of yes responses\n\nby local authority area.\n\n4) The number of people who answered 'No'.\n",
            [
                (
                    "3",
                    "The number of people who answered 'Yes' to the question \"Do you agree that our proposal to make "
                    'this arrangement permanent meets the needs of our patients?". Please break down the number of yes '
                    "responses by local authority area.",
                ),
                ("4", "The number of people who answered 'No'."),
            ],
            id="a-question-wrapped-across-blank-lines-again-and-again",
        ),
        case(
            # Brighton and Hove City Council's reply quoting a request: a wrapped clause ends at a comma above a blank
            'Please find set out below the information in response to the above request:\n\n"1: The current policy '
            "of Brighton Council regarding monitoring of\n\nnuclear radiation levels in the local environment of the "
            "Borough,\n\nincluding local seawater and beaches.\n\n2: What actual operational systems are in place",
            [
                (
                    "1",
                    "The current policy of Brighton Council regarding monitoring of nuclear radiation levels in the "
                    "local environment of the Borough, including local seawater and beaches.",
                ),
                ("2", "What actual operational systems are in place"),
            ],
            id="a-question-wrapped-across-blank-lines-at-a-comma",
        ),
        case(
            # A Scottish Information Commissioner's decision quoting the request: its last question's last word is
            # alone past a blank line, closing the quote
            "Background\n\n  1. On 22 January 2023, the Applicant made a request for information to the Authority.  He "
            "asked:\n\n    \u201c1. How much funding has the college received since the merger in 2010.\n\n    a. How "
            "was this funding spent?\n\n \n\n2. What is the difference between DPG18/Price Group 5 funding and money "
            "spent on ASN\n\ncourses/support?\u201d\n\n \n\n  1. For background, DPG18 refers to funding for "
            "students with complex needs.\n",
            [
                ("1", "How much funding has the college received since the merger in 2010."),
                ("a", "How was this funding spent?"),
                (
                    "2",
                    "What is the difference between DPG18/Price Group 5 funding and money spent on ASN "
                    "courses/support?",
                ),
            ],
            parents={"a": "1"},
            id="a-question-s-last-word-alone-past-a-blank-line",
        ),
        case(
            # Liverpool John Moores University's reply, its questions in a PDF table's narrow column, one wrapped
            # across a blank line
            "Dear Matthew\nYour Request\nLJMU Response\n1) How many new EU academic staff the university\nhas been "
            "able to recruit over the last year\n2) How many EU academic staff have left the\n\nuniversity over the "
            "same time period\n3) The overall number of EU academic staff\ncurrently working at Northby John Moores "
            "(this\none is less important)\nWe have considered the context of your\nrequest and provided numbers "
            "above.\n",
            [
                ("1", "How many new EU academic staff the university has been able to recruit over the last year"),
                ("2", "How many EU academic staff have left the university over the same time period"),
                (
                    "3",
                    "The overall number of EU academic staff currently working at Northby John Moores (this one is "
                    "less important)",
                ),
            ],
            id="questions-wrapped-to-a-narrow-column",
        ),
        case(
            "Request:\n- Please provide the total number of public-space CCTV cameras operated by the council\n742\n"
            "- Please indicate the year when those cameras were installed?\nInformation is not held on the install "
            "dates before 2018.\n- Please indicate whether the CCTV system is cloud-hosted\nThis information is exempt "
            "from disclosure under section 31(1)(a) of the FOI Act.\nFactors in favour of disclosure\n- Transparency "
            "and accountability\n- Reassure customers that our systems are secure\n",
            [
                ("•1", "Please provide the total number of public-space CCTV cameras operated by the council"),
                ("•2", "Please indicate the year when those cameras were installed?"),
                ("•3", "Please indicate whether the CCTV system is cloud-hosted"),
            ],
            id="bullets-each-followed-by-its-answer",
        ),
        case(
            "I am writing to request the following information.\n\n1. The number of referrals since March 2020.\n2 (a). "
            "If the answer to (1) is not zero, the category of the person making the referral.\n2 (b). If the referral "
            "was made by officers, the name of the organisation.\n3. The number that involved patients with "
            "COVID-19.\n",
            # A WhatDoTheyKnow request to the Health and Care Professions Council: a full stop after the bracketed letter.
            [
                ("1", "The number of referrals since March 2020."),
                ("2a", "If the answer to (1) is not zero, the category of the person making the referral."),
                ("2b", "If the referral was made by officers, the name of the organisation."),
                ("3", "The number that involved patients with COVID-19."),
            ],
            id="a-number-and-a-bracketed-letter-then-a-full-stop",
        ),
        case(
            "I am writing to request the following information.\nQ.1 How many staff do you employ?\nQ.2 How many are "
            "agency staff?\n",
            [("1", "How many staff do you employ?"), ("2", "How many are agency staff?")],
            id="q-and-a-full-stop-before-the-number",
        ),
        case(
            "I am writing to request the following information.\nQ. 1. i.) Please state the expenditure on clearing the "
            "arrears of tenants in the following financial years.\na. 2017/2018\nb. 2018/2019\nii.) For each of the "
            "above years, please provide a breakdown of that expenditure.\nQ. 2. i.) Please state the expenditure on "
            "discretionary housing payments.\n",
            # A WhatDoTheyKnow request to Walsall Council.
            [
                (
                    "1i",
                    "Please state the expenditure on clearing the arrears of tenants in the following financial years.",
                ),
                ("a", "2017/2018"),
                ("b", "2018/2019"),
                ("ii", "For each of the above years, please provide a breakdown of that expenditure."),
                ("2i", "Please state the expenditure on discretionary housing payments."),
            ],
            id="q-number-and-roman-sub-numbers-with-a-full-stop-and-a-bracket",
        ),
        case(
            "Please can you confirm if any of the following are in your Vice Chancellor's objectives:\n\nStudent "
            "recruitment numbers\n\nLeague table position\n\nI have decided to withhold the requested information in "
            "full in accordance with section 40(2) of the FOI Act.\n\nSection 17 of the FOI Act provides that:\n\n17. "
            "Refusal of Request\n\n17.\u2014(1) A public authority which ... is to any extent relying on a claim that "
            "information is exempt information must ... give the applicant a notice which\u2014\n\n(a) states that "
            "fact,\n\n(b) specifies the exemption in question\n",
            # The University of Wolverhampton's log quoting section 17 in the Act's own words, a blank line between each.
            [],
            id="negative-the-acts-lettered-list-under-its-em-dash-a-blank-line-below",
        ),
        case(
            "Where exemptions are relied upon Section 17 of FOIA requires that we provide the applicant with a notice "
            "which:\n\na) states that fact\n\nb) specifies the exemption(s) in question\n",
            # South Yorkshire Police, the request above in unnumbered paragraphs.
            [],
            id="negative-section-17s-lettered-list-a-blank-line-below-its-introduction",
        ),
        case(
            "Additionally, when a public authority is estimating whether the appropriate limit is likely to be "
            "exceeded, it can include the costs of complying with two or more requests if the conditions laid out in "
            "Regulation 5 of the Fees Regulations can be satisfied, namely where the requests\n1.  Made by one person, "
            "or by different person who appear to be acting in concert;\n2.  Made for the same or similar information; "
            "and\n3.  Received by the public authority within any period of 60 consecutive working days\nTo this end I "
            "am writing to confirm to you that we will not be complying with the aforementioned requests.\n",
            # Burton and South Derbyshire College's refusal, aggregating four requests: regulation 5's conditions
            [],
            id="negative-a-regulations-conditions-run-on-from-namely",
        ),
        case(
            "Under the Freedom of Information Act 2000, please respond to the following requests.\n\n1) Did operators "
            "consult with you at the planning stage on the following emergency response rescue methods;\n\na) casualty "
            "handling;\nb) decontamination zones;\n\n2) Have any joint training exercises taken place?\n",
            # A WhatDoTheyKnow request to Lancashire Fire and Rescue Service.
            [
                (
                    "1",
                    "Did operators consult with you at the planning stage on the following emergency response rescue "
                    "methods;",
                ),
                ("a", "casualty handling;"),
                ("b", "decontamination zones;"),
                ("2", "Have any joint training exercises taken place?"),
            ],
            id="the-following-then-a-semicolon-introduces-lettered-items",
        ),
        case(
            "Information requested\n\n8. If so, please list the names of these applications?\n\n9. Please also "
            "confirm if you have applications;\n\na. Operating on any other legacy platform such as OpenVME?\n\nb. Any "
            "operating system considered expensive?\n\n10. Please confirm if these applications were developed "
            "in-house.\n",
            # A request Education Scotland's release page quotes, a blank line between its items.
            [
                ("8", "If so, please list the names of these applications?"),
                ("9", "Please also confirm if you have applications;"),
                ("a", "Operating on any other legacy platform such as OpenVME?"),
                ("b", "Any operating system considered expensive?"),
                ("10", "Please confirm if these applications were developed in-house."),
            ],
            id="a-semicolon-introduces-lettered-items-a-blank-line-below",
        ),
        case(
            "Request\n\nAI Use in Operations\n\n1. Does your organisation currently use any form of AI in its "
            "operations?\n\n* If yes, please list the tools or systems in use.\n\n* If not, please state whether your "
            "organisation has piloted any AI.\n\nAI for Decision-Making\n\n2. Does your organisation use AI to inform "
            "decision-making?\n\n* If yes, please describe the type of decision-making supported.\n\n* Please also "
            "confirm whether human oversight is applied.\n\nPolicies and Governance\n\n3. Does your organisation have "
            "a policy on AI?\n",
            # A request Tunbridge Wells Borough Council's release page quotes: follow-up bullets under each question,
            # the questions grouped under headings that are no answers
            [
                ("1", "Does your organisation currently use any form of AI in its operations?"),
                ("•1", "If yes, please list the tools or systems in use."),
                ("•2", "If not, please state whether your organisation has piloted any AI."),
                ("2", "Does your organisation use AI to inform decision-making?"),
                ("•3", "If yes, please describe the type of decision-making supported."),
                ("•4", "Please also confirm whether human oversight is applied."),
                ("3", "Does your organisation have a policy on AI?"),
            ],
            answers={"1": [], "2": []},
            id="follow-up-bullets-under-questions-grouped-under-headings",
        ),
        case(
            "Dear Mr Smith\n\nOur response to each question is below.\n\n1. Who is responsible for your contracts?"
            "\n\nHead of Finance\n\n2. Who approves spending over £10,000?\n\nChief Executive and Section 151 Officer"
            "\n\n3. Do you publish your contracts register?\n\nYes.\n",
            # answers in a heading's words, where no heading stands above the first question
            [
                ("1", "Who is responsible for your contracts?"),
                ("2", "Who approves spending over £10,000?"),
                ("3", "Do you publish your contracts register?"),
            ],
            answers={"1": [A(contains="Head of Finance")], "2": [A(contains="Section 151 Officer")]},
            id="answers-in-a-headings-words-are-answers",
        ),
        case(
            "Question and Response:\n\nQ.1 How many TomTom devices does your FRS have?\n\nA.1 33x TomTom Pro 9150 Truck."
            "\n\nQ.2 How many On Call staff does your FRS have?\n\nA.2 153\n\nQ.2.a Could you provide a breakdown by type "
            "of pager?\n\nA.2.a All staff use Datanet Alerters\n\nQ.3 Which Mobile Device Management solution do you "
            "use?\n\nA.3 Google Device Management\n",
            # Northumberland Fire and Rescue Service's log: "A.1" answers "Q.1".
            [
                ("1", "How many TomTom devices does your FRS have?"),
                ("2", "How many On Call staff does your FRS have?"),
                ("2a", "Could you provide a breakdown by type of pager?"),
                ("3", "Which Mobile Device Management solution do you use?"),
            ],
            answers={
                "1": [A(contains="33x TomTom")],
                "2": [A(contains="153")],
                "2a": [A(contains="Datanet")],
                "3": [A(contains="Google Device Management")],
            },
            id="q-dot-number-questions-and-a-dot-number-answers",
        ),
        case(
            "Could you provide the following information for 2023-24:\n- Number of deployments within the county\n"
            "10 dive deployments\n- Number and locations of mutual aid deployments\nOne deployment to South Wales.\n",
            [
                ("•1", "Number of deployments within the county"),
                ("•2", "Number and locations of mutual aid deployments"),
            ],
            id="noun-phrase-bullets-each-followed-by-its-answer",
        ),
        case(
            "Thank you for your enquiry.\n\nYour request will now be considered and the FOI Manager will take the "
            "following course of action:\n\n* allocate it to a member of the team who will send you the response\nor\n"
            "* advise you by email if your request could not be managed as an FOI\n\nPlease note that no member of the "
            "team will contact you until the response is issued.\n",
            [],
            id="negative-an-authoritys-own-bullets-under-its-course-of-action",
        ),
        case(
            "FOI release\n\nPublished 19 October 2023\n\n1. Request\n\nI am writing to you under the Freedom of "
            "Information Act 2000 to request the following information from you:\n\n  1. Whether the agency has "
            "surveyed its buildings for RAAC.\n  2. How many investigations has the agency carried out?\n\n"
            "2. Response\n\n2.1 Use of Reinforced Autoclaved Aerated Concrete (RAAC)\n\nThe agency does not hold "
            "this information.\n",
            [
                ("1", "Whether the agency has surveyed its buildings for RAAC."),
                ("2", "How many investigations has the agency carried out?"),
            ],
            id="gov-uk-foi-release-numbered-request-and-response-sections",
        ),
        case(
            "Internal Review Ref: COM2472862\n\n  1. Summary\n\nMr Paulley submitted a request for information about "
            "fees.\n\n  1. The Request\n\nThe following questions were asked:\n\n1)What representations the "
            "provider has made to the Council about its fees.\n\n2)The fees currently being paid by the Council.\n\n"
            "  1. Issue in dispute\n\nMr Paulley received a response from the council answering his questions, as "
            "follows:\n\nQuestion 1 answer - We have received a letter dated 16.12.14.\n",
            [
                ("1", "What representations the provider has made to the Council about its fees."),
                ("2", "The fees currently being paid by the Council."),
            ],
            answers={"1": [A(contains="We have received a letter dated 16.12.14.")]},
            id="internal-review-report-numbered-sections-each-printed-1",
        ),
        case(
            "Information requested\nRequest for information 1:\nThe number of complaints received about visits.\n"
            "Request for information 2:\nThe total number of visits since 2019.\nRequest for information 3:\nThe number "
            "of visits made without notice.\nRequest for information 1:\nZero complaints have been received.\n"
            "Request for information 2 and 3:\nAn exemption under section 35(1)(a) of FOISA applies to the information "
            "you have requested.\n",
            [
                ("1", "The number of complaints received about visits."),
                ("2", "The total number of visits since 2019."),
                ("3", "The number of visits made without notice."),
            ],
            answers={
                "1": [A(contains="Zero complaints have been received.")],
                "2": [A(contains="An exemption under section 35(1)(a)", withheld=True, exemptions=("FOISA 35(1)(a)",))],
                "3": [A(contains="An exemption under section 35(1)(a)", withheld=True, exemptions=("FOISA 35(1)(a)",))],
            },
            id="request-for-information-n-headings-one-answer-to-two",
        ),
        case(
            "Thank you for your application under the Freedom of Information Act 2000.\n\nThe request is:\n\n1)How "
            "many members of your staff had a sick day in 2014?\n\n2) What is the sick pay entitlement?\n\nPlease treat "
            "points 1 to 2 above separately: if one point is deemed exempt, this should not justify refusal of the "
            "other.\n\nI would prefer this information to be sent to me electronically.\n\nThe response is:\n\n1. 535 "
            "people\n\n2. Six months full pay.\n",
            [
                ("1", "How many members of your staff had a sick day in 2014?"),
                ("2", "What is the sick pay entitlement?"),
            ],
            answers={"1": [A(contains="535 people")], "2": [A(contains="Six months full pay.")]},
            id="request-quoted-under-the-request-is-answers-under-the-response-is",
        ),
        case(
            "Dear Northby Council,\n\nQ1:\nThe Council's report to Members contained the following section:\n\n"
            "ALTERNATIVE OPTIONS CONSIDERED:\n1. Do nothing and stay with the existing on premise solution.\n2. Move to "
            "a hosted service provided by the same supplier.\nWho provided the statement?\n\nQ2: The same report "
            "contained the following statement:\n",
            [
                ("1", "The Council's report to Members contained the following section:"),
                ("2", "The same report contained the following statement:"),
            ],
            id="a-numbered-list-quoted-inside-a-question-headed-q1-alone",
        ),
        case(
            "Our Reference: FOI 2024\nDear Mr Lee\nYou requested the following:\nPlease provide information held "
            "on file which explains why your department needs access to the data.\nThe information that you have "
            "requested is being withheld in full under section 35(1)(a) of the Act.\nSection 35 (1)(a) states:\n"
            "42. (1) Information held by a government department is exempt information if it relates to -\n"
            "(a) the formulation or development of government policy\nSection 35 is a qualified exemption.\n",
            # The quote opens with a number of its own (the Food Standards Agency printed "42." over section 35's
            # words), and its lettered part is the Act's too.
            [],
            id="a-quoted-section-opening-with-another-number-and-its-lettered-part",
        ),
        case(
            "Part of the information about the Trust's infrastructure is exempt from disclosure under the Freedom of "
            "Information Act.\n\nSection 31(1)(a) of the Act states:\n\n31. Law enforcement.\n(1) Information which "
            "is not exempt information by virtue of section 30 is exempt information if its disclosure under this Act "
            "would, or would be likely to, prejudice-\n(a) the prevention or detection of crime,\n",
            # The quote opens with the section's own number and title, then its subsections from (1) (Southport and
            # Ormskirk Hospital NHS Trust's FAQ).
            [],
            id="a-quoted-section-its-number-and-title-then-its-subsections",
        ),
        case(
            "Freedom of information response\n\nRough sleepers\n\nPublication date:\nMonday 21 September 2020\n"
            "  1. How many rough sleepers were accommodated between March and July 2020?\n  2. How many of them "
            "have no recourse to public funds?\n  3. How many are EU nationals?\n  1. 56\n  2. Fewer than 5\n"
            "  3. Fewer than 5\n",
            # The answers numbered from 1 again under the last question, with no heading (Thurrock Council's
            # disclosure log).
            [
                ("1", "How many rough sleepers were accommodated between March and July 2020?"),
                ("2", "How many of them have no recourse to public funds?"),
                ("3", "How many are EU nationals?"),
            ],
            answers={"1": [A(contains="56")], "2": [A(contains="Fewer than 5")], "3": [A(contains="Fewer than 5")]},
            id="answers-numbered-again-under-the-last-question",
        ),
        case(
            "I would like to know the following:\n\n  1. How many children are in temporary accommodation?\n  1. The "
            "breakdown of these children by age:\n  • How many are under 5?\n  1. For children on your waiting "
            "lists:\n  • How many are disabled?\n",
            # Markdown saved as text numbers every item "1.": no answers start at the third.
            [
                ("1", "How many children are in temporary accommodation?"),
                ("1", "The breakdown of these children by age:"),
                ("\u20221", "How many are under 5?"),
                ("1", "For children on your waiting lists:"),
                ("\u20222", "How many are disabled?"),
            ],
            id="every-item-numbered-one-is-no-list-of-answers",
        ),
        case(
            "Dear Northby Mental Health NHS Trust,\n\nThis request relates to air conditioning inspection reports.\n\n"
            "Q. How many buildings do you occupy which have air conditioning?\nQ. Who is responsible for their "
            "compliance?\nQ. Has your Trust Board been made aware of this?\n\nYours faithfully,\n\nPaul Evans\n",
            # "Q." heads each question in place of a number (a WhatDoTheyKnow request to an NHS trust).
            [
                ("\u20221", "How many buildings do you occupy which have air conditioning?"),
                ("\u20222", "Who is responsible for their compliance?"),
                ("\u20223", "Has your Trust Board been made aware of this?"),
            ],
            id="questions-each-headed-q-dot",
        ),
        case(
            "Public authority: Northshire Council\n\nBackground\n\n1. On 12 June 2018, Mr N made a request for "
            "information to the Council. The information requested was-\n\n  \u2022 Number of pothole claims;\n  "
            "\u2022 A list of the claims paid out.\n\n2. The Council responded on 20 August 2018.\n",
            # A dash where the colon would be, in a Scottish Information Commissioner's decision.
            [
                (
                    "1",
                    "On 12 June 2018, Mr N made a request for information to the Council. The information "
                    "requested was-",
                ),
                ("\u20221", "Number of pothole claims;"),
                ("\u20222", "A list of the claims paid out."),
                ("2", "The Council responded on 20 August 2018."),
            ],
            id="bullets-under-a-request-introduced-with-a-dash",
        ),
        case(
            "Background\n\n1. On 6 February 2014, solicitors acting on behalf of Mr Meechan wrote to the Council asking "
            "for the following information -\n\ni) Documents showing all inspections undertaken on the grounds.\n\nii) All "
            "documentation showing complaints made to the Council.\n\n2. The Council responded on 4 March 2014.\n",
            # ... and a spaced dash, its lettered items a blank line apart (a Scottish Information Commissioner's
            # decision on East Dunbartonshire Council)
            [
                (
                    "1",
                    "On 6 February 2014, solicitors acting on behalf of Mr Meechan wrote to the Council asking for the "
                    "following information",
                ),
                ("i", "Documents showing all inspections undertaken on the grounds."),
                ("ii", "All documentation showing complaints made to the Council."),
                ("2", "The Council responded on 4 March 2014."),
            ],
            id="lettered-items-under-a-request-introduced-with-a-spaced-dash",
        ),
        case(
            "1,058 disclosures\n\n  1. Request Received: 21 May 2021\n\n    This is an FOI request concerning the "
            "QUADRAT initiative. The information requested is:\n\n    \u2022 A copy of the QUADRAT contract.\n\n"
            "    \u2022 An outline of monitoring requirements.\n\n    Published: 8 October 2021\n\n  2. Request "
            "Received: 15 January 2021\n",
            # A disclosure log's numbered entries open with their dates (UK Research and Innovation).
            [("\u20221", "A copy of the QUADRAT contract."), ("\u20222", "An outline of monitoring requirements.")],
            id="a-log-entry-numbered-by-its-date-line",
        ),
        case(
            "NFRS 2023 46 - Station callsigns\nYou asked for:\n- Would it be possible to get a list of all the stations "
            "with their callsigns please as of 2023.\n- A list of the appliances based at each station and their "
            "fleet numbers (if applicable)\nOur Response:\n",
            # A disclosure log's request bullets under "You asked for:", none of them ending in "?" (Nottinghamshire Fire
            # and Rescue Service).
            [
                (
                    "\u20221",
                    "Would it be possible to get a list of all the stations with their callsigns please as of 2023.",
                ),
                ("\u20222", "A list of the appliances based at each station and their fleet numbers (if applicable)"),
            ],
            id="bullets-under-you-asked-for",
        ),
        case(
            "Freedom of Information Request ID\n9104\nUse of Agencies\n- Does the trust use agencies to support with "
            "international hires? No\n- Which types of hires do you regularly hire through these partners? (doctors, "
            "nurses, AHP) No\nRecruitment Practices\n- Do you do any direct internal international recruitment? No\n"
            "If yes, which countries did you target? N/A\n- What percentage of your staff are currently "
            "foreign-trained? - Data not held - we do not hold details of training on ESR.\n",
            # A disclosure log answering each bullet on its line, under section headings (Medway NHS Foundation Trust).
            [
                ("\u20221", "Does the trust use agencies to support with international hires?"),
                (
                    "\u20222",
                    "Which types of hires do you regularly hire through these partners? (doctors, nurses, AHP)",
                ),
                ("\u20223", "Do you do any direct internal international recruitment?"),
                ("\u20224", "What percentage of your staff are currently foreign-trained?"),
            ],
            answers={
                "\u20221": [A(contains="No")],
                "\u20222": [A(contains="No")],
                "\u20223": [A(contains="No")],
                "\u20224": [A(contains="Data not held", not_held=True)],
            },
            id="bullets-answered-after-the-question-mark",
        ),
        case(
            "Use of Agencies\n- How many agency staff (in total) did you use? 12\n- Which agencies do you work with? "
            "N/A\n- Do you pay fees? (doctors, nurses) No\n- A list of our agencies follows\n",
            # Brackets inside the question, and a bullet that asks nothing (invented, after Medway's layout).
            [
                ("\u20221", "How many agency staff (in total) did you use?"),
                ("\u20222", "Which agencies do you work with?"),
                ("\u20223", "Do you pay fees? (doctors, nurses)"),
            ],
            answers={"\u20221": [A(contains="12")], "\u20222": [A(contains="N/A")], "\u20223": [A(contains="No")]},
            id="bullets-answered-after-the-question-mark-brackets-inside",
        ),
        case(
            "Reference | FOI/25/181 |\nRequest\n- Total agency spend for Doctors between April 2024 \u2013 Present "
            "\u2013 Answered below\n- The breakdown of this spend by grade of doctor - Sensitive Information, Section "
            "43 applied see below\n- The breakdown of spend between Direct Engagement and other placements. \u2013 All "
            "Doctors during this time period were Non-DE\n- Of the non-direct engagement spend \u2013 what departments "
            "was this used in? .- Sensitive Information, Section 43 applied see below\n- A list of general managers\n",
            # A request's bullets the reply answered after a dash on each line, a dash in a question's own words too
            # (Central London Community Healthcare NHS Trust's disclosure log).
            [
                ("\u20221", "Total agency spend for Doctors between April 2024 \u2013 Present"),
                ("\u20222", "The breakdown of this spend by grade of doctor"),
                ("\u20223", "The breakdown of spend between Direct Engagement and other placements."),
                ("\u20224", "Of the non-direct engagement spend \u2013 what departments was this used in?"),
                ("\u20225", "A list of general managers"),
            ],
            answers={
                "\u20221": [A(contains="Answered below")],
                "\u20222": [A(contains="Section 43 applied", withheld=True, exemptions=("FOIA 43",))],
                "\u20223": [A(contains="All Doctors")],
                "\u20224": [A(contains="Sensitive Information", withheld=True, exemptions=("FOIA 43",))],
            },
            id="request-bullets-answered-after-a-dash",
        ),
        case(
            "Dear Northby Railway,\n\nPlease provide the below statistics for trains to and from Harpenden.\n\n- The "
            "number of trains scheduled to run each day\n- The number of trains which actually ran\n\nYours "
            "faithfully,\n\nA Requester\n",
            # "the below" as "the following" (a WhatDoTheyKnow request to Govia Thameslink Railway).
            [
                ("\u20221", "The number of trains scheduled to run each day"),
                ("\u20222", "The number of trains which actually ran"),
            ],
            id="bullets-under-please-provide-the-below",
        ),
        case(
            "Request\n- Total agency spend for doctors in 2024\n- The breakdown of this spend by grade\n",
            # A request heading with no colon introduces the request's bullets.
            [
                ("\u20221", "Total agency spend for doctors in 2024"),
                ("\u20222", "The breakdown of this spend by grade"),
            ],
            id="bullets-under-a-request-heading-without-a-colon",
        ),
        case(
            "Thank you for your request for information received on 16 January 2013.\n\nQuestion: I request to know "
            "does your university carry out animal experiments.\nResponse: Yes, Newcastle University does use animals "
            "in research.\n\nQuestion:\nI request to know how many animals were used in experiments in 2012\n\n"
            "Response:\nThis information is exempt from disclosure under section 22 of the Freedom of Information Act, "
            "as it is intended for future publication.\n\nQuestion: I request to know what species of an",
            # Unnumbered questions each labelled and answered, the words on the label's line or below it (Newcastle
            # University's reply quoted on a campaign's blog).
            [
                ("\u20221", "I request to know does your university carry out animal experiments."),
                ("\u20222", "I request to know how many animals were used in experiments in 2012"),
                ("\u20223", "I request to know what species of an"),
            ],
            answers={
                "\u20221": [A(contains="Yes, Newcastle University")],
                "\u20222": [A(contains="intended for future publication", withheld=True, exemptions=("FOIA 22",))],
            },
            id="question-and-response-labels-pair-unnumbered-questions",
        ),
        case(
            "Ref:21113\n\nPlease find below a summary of our findings.\n\nRequest\n\nHow many valid fireworks licenses "
            "are currently issued for the city of Coventry.\n\nReply\n\nOn 5th October there were 69 fireworks "
            "licenses issued for the city of Coventry.\n\nRequest\n\nPlease provide each address that has a valid "
            "fireworks license.\n\nReply\n\nYour request has been refused under section 31(1) of the Freedom of "
            "Information Act 2000.\n",
            # "Request" and "Reply" alone on their lines (West Midlands Fire Service's log).
            [
                ("\u20221", "How many valid fireworks licenses are currently issued for the city of Coventry."),
                ("\u20222", "Please provide each address that has a valid fireworks license."),
            ],
            answers={
                "\u20221": [A(contains="69 fireworks licenses")],
                "\u20222": [A(contains="refused", withheld=True, exemptions=("FOIA 31(1)",))],
            },
            id="request-and-reply-headings-pair-unnumbered-questions",
        ),
        case(
            "24th July 2006\nThank you for your email requesting information under the Freedom of Information Act. My "
            "understanding is that you have made the following request:-\n\"Perhaps you won't mind explaining who your "
            'stakeholders were and how you consulted them".\nResponse to your request\nThe Trust confirms that it '
            "holds the following recorded information relevant to your request:-\n1. In a briefing to the Board, the "
            'following information was stated:\n"An open meeting has been held with service users and carers."\n',
            # Numbered under "Response to your request" with no list above: the reply's items (Surrey and Borders
            # Partnership NHS Trust).
            [],
            id="items-under-a-response-to-your-request-heading-answer",
        ),
        case(
            "Dear Grace\nFurther to your email, our response to your request is as follows:\nCould you state the number "
            "of staff members who had Long Covid between October 2021 and October 2022?\nWe are not able to provide "
            "this as it is not an absence reason on our systems.\nCould you state all leave of absences taken where "
            "Long Covid was cited as the cause and the length of each.\nWe do not record the information in the "
            "format requested.\nDoes your trust offer any specialised support for staff with Long Covid?\nA staff "
            "support group.\n",
            # The middle request ends in a full stop (Sheffield Teaching Hospitals NHS Foundation Trust).
            [
                (
                    "\u20221",
                    "Could you state the number of staff members who had Long Covid between October 2021 and "
                    "October 2022?",
                ),
                (
                    "\u20222",
                    "Could you state all leave of absences taken where Long Covid was cited as the cause and the "
                    "length of each.",
                ),
                ("\u20223", "Does your trust offer any specialised support for staff with Long Covid?"),
            ],
            answers={
                "\u20221": [A(contains="not able to provide")],
                "\u20222": [A(contains="do not record", not_held=True)],
                "\u20223": [A(contains="support group")],
            },
            id="unnumbered-questions-one-ending-in-a-full-stop-each-answered",
        ),
        case(
            "Dear Northby Trust,\n\nPlease may I request the following information under the Freedom of Information "
            "Act:\n\n1. How many requests were made?\n2. How many were refused?\n3. On how many occasions was a "
            "complaint made to the Information Commissioner regarding a request? Did this result in the Trust "
            "supplying information?\n4. How many staff handle requests?\n\nYours faithfully,\n\nMegan Tate\n",
            # The commissioner named inside a question: the request's own words, not a reply's appeal rights.
            [
                ("1", "How many requests were made?"),
                ("2", "How many were refused?"),
                (
                    "3",
                    "On how many occasions was a complaint made to the Information Commissioner regarding a request? "
                    "Did this result in the Trust supplying information?",
                ),
                ("4", "How many staff handle requests?"),
            ],
            id="a-question-naming-the-information-commissioner",
        ),
        case(
            "WA0609 - Complaints review process\n\nRequest received: 11/11/2020\nResponded: 08/12/2020\n\nQ: How many "
            "requests for reviews did you receive?\n\nA: I can confirm that the Office received 19 review requests.\n\n"
            "Q: How many of that number did you overturn?\n\nA: The Office cannot overturn the decision made in the "
            "original complaint.\n",
            # "Q:" over "A:" with no numbers (the Warwickshire Police and Crime Commissioner's log).
            [
                ("\u20221", "How many requests for reviews did you receive?"),
                ("\u20222", "How many of that number did you overturn?"),
            ],
            answers={
                "\u20221": [A(contains="19 review requests")],
                "\u20222": [A(contains="cannot overturn")],
            },
            id="q-and-a-labels-pair-unnumbered-questions",
        ),
        case(
            "Dear Northby City Council,\nPlease provide, within 20 working days:\n1) The number of premises currently "
            "used to house asylum seekers.\n2) The estimated annual cost to the council of housing and supporting "
            "these individuals (if unable to provide this information please proceed with the rest of the request)\n"
            "Yours faithfully,\nArthur Lane\n",
            # The sign-off under the last question with no blank line between (Sunderland City Council on
            # WhatDoTheyKnow): the question ends where the letter does.
            [
                ("1", "The number of premises currently used to house asylum seekers."),
                (
                    "2",
                    "The estimated annual cost to the council of housing and supporting these individuals (if unable "
                    "to provide this information please proceed with the rest of the request)",
                ),
            ],
            id="a-sign-off-straight-under-the-last-question-ends-it",
        ),
        case(
            "Dear Northby City Council,\n\nUnder FOI please provide the following information:\n\n1) What meetings "
            "have taken place regarding NHS reform?\n\n2) How will this affect the current response to Covid-19?\n\n"
            "By information I mean anything held on computers, in emails and in printed or handwritten documents.\n\n"
            "Yours faithfully,\n\nJ Sweet\n\nDear J Sweet,\n\nI am writing in response to your Freedom of "
            "Information request, the body of which is as follows:\n\n1) What meetings have taken place regarding "
            "NHS reform?\n\n2) How will this affect the current response to Covid-19?\n\nBy information I mean "
            "anything held on computers, in emails and in printed or handwritten documents.\n",
            # The reply quotes the whole request back and is cut there (Salford City Council on WhatDoTheyKnow): the
            # request's own paragraph under the last question is no answer to it.
            [
                ("1", "What meetings have taken place regarding NHS reform?"),
                ("2", "How will this affect the current response to Covid-19?"),
            ],
            answers={"1": [], "2": []},
            id="the-requests-own-paragraph-quoted-back-is-no-answer",
        ),
        case(
            "Dear Northby Metropolitan Borough Council,\n\nI would like to request the following information.\n\n"
            "Land ownership:\n\nA map of land owned by the Council within Bridges Ward\n\nWhere the Council has "
            "records, a map of land held by any third parties within Bridges ward.\n\nBetterment:\n\nDetails of "
            "Section 106 income gathered and spent in the Bridges ward since 2011.\n\nYours faithfully,\n\nA Miah\n",
            # One-line paragraphs in groups under headings (a WhatDoTheyKnow request to Gateshead Council).
            [
                ("\u20221", "A map of land owned by the Council within Bridges Ward"),
                (
                    "\u20222",
                    "Where the Council has records, a map of land held by any third parties within Bridges ward.",
                ),
                ("\u20223", "Details of Section 106 income gathered and spent in the Bridges ward since 2011."),
            ],
            id="one-line-paragraphs-grouped-under-headings",
        ),
        case(
            "22 December 2008\nDear Miss Herbs,\nFREEDOM OF INFORMATION ACT 2000- REQUEST FOR INFORMATION\nThank you "
            "for your request for information which was received on the 23 November 2008. You requested:\nThe number "
            "of CCTV cameras installed in public areas.\nHow many staff are involved in the monitoring of the CCTV "
            "feeds.\nWhat is the data retention time of the images recorded.\nI can confirm that the Authority does "
            "hold some information regarding your request and using your numbering I can reply as follows: -\n1. I "
            "would advise you that there are a total of 182 CCTV cameras installed in external public spaces.\n",
            # The reply restates the request, its numbers lost, then answers by them (the City and County of Swansea):
            # the restated lines are the questions, the numbered lines answers.
            [
                ("\u20221", "The number of CCTV cameras installed in public areas."),
                ("\u20222", "How many staff are involved in the monitoring of the CCTV feeds."),
                ("\u20223", "What is the data retention time of the images recorded."),
            ],
            id="a-restated-request-answered-by-its-lost-numbers",
        ),
        case(
            "List of all current empty residential properties\nRequest received 27 October 2025:\n1.A list of "
            "domestic properties recorded by the council as empty.\n2.Copies of any policies used to decide whether "
            "an empty-homes record is published.\n",
            # The number glued to the word "A" (East Cambridgeshire District Council's log).
            [
                ("1", "A list of domestic properties recorded by the council as empty."),
                ("2", "Copies of any policies used to decide whether an empty-homes record is published."),
            ],
            id="a-number-glued-to-the-word-a",
        ),
        case(
            "List of all current empty residential properties\nRequest received 27 October 2025:\n1. A list of "
            "domestic properties recorded as empty.\n2. Copies of any policies on publishing the list.\n3. Copies of "
            "any redaction logs.\nResponded 24 November 2025:\n1. Please see attachment showing the number of empty "
            "properties per month.\n2. Information Not Held\n3. The Council considers this information exempt under "
            "Section 31(1)(a).\nIn respect of those requests refused please take this as notice that we:\na) "
            "Consider the information as exempt from disclosure under the Act;\nb) Claim exempt under sections of the "
            "Act:\n",
            # A log's dated "Responded" line above answers numbered as the questions (East Cambridgeshire District
            # Council): each answer to its own question, and the notice's lettered list no sub-question.
            [
                ("1", "A list of domestic properties recorded as empty."),
                ("2", "Copies of any policies on publishing the list."),
                ("3", "Copies of any redaction logs."),
            ],
            answers={
                "1": [A(contains="Please see attachment")],
                "2": [A(contains="Information Not Held", not_held=True)],
            },
            id="a-logs-responded-line-above-numbered-answers",
        ),
        case(
            "Dear Northby Borough Council,\n\nSo I seek the following information regarding the cumulative impact "
            "study.\n1 The names of the developments to be considered in the cumulative impact report.\n2 The types of "
            "pollutant to be considered, ie NO2, particulates etc.\n3 When is the report expected to be published\n4 "
            "Apart from air quality, what else will be considered?\n\nYours faithfully,\n\nA Smith\n",
            # Numbers with a space and no stop (a WhatDoTheyKnow request to Redbridge Council); the third item, no
            # stop at its end, stops at the fourth's number.
            [
                ("1", "The names of the developments to be considered in the cumulative impact report."),
                ("2", "The types of pollutant to be considered, ie NO2, particulates etc."),
                ("3", "When is the report expected to be published"),
                ("4", "Apart from air quality, what else will be considered?"),
            ],
            id="items-numbered-with-a-space-and-no-stop",
        ),
        case(
            "Dear Mr Adams\n\nIn your request you requested the following:\n\n\u201cPlease could you tell me the price "
            "the company is charging for the delivery of election material?\n\nPlease could you break this down, into "
            "the following?\n\n-The price for Poll Cards\n\n-The price for addressed literature\n\n-The price for "
            "unaddressed literature\u201d\n\nIn the response dated 28th April 2011 the information was withheld.\n",
            # Dashes glued to their items, under an introduction that asks, the quotation closing on the last
            # (Royal Mail Group's internal review quoting the request).
            [
                ("\u20221", "The price for Poll Cards"),
                ("\u20222", "The price for addressed literature"),
                ("\u20223", "The price for unaddressed literature"),
            ],
            id="dashes-glued-to-their-items-under-a-question",
        ),
        case(
            "Dear Northby Fire and Rescue Service,\n\nPlease send me your incident data, including the following "
            "fields:\n\n-Latitude\n-Level 3 classification\n-IRS property-type ID (label)\n-PRL count\n"
            "-Ward (code)\n\nYours faithfully,\n\nA Smith\n",
            # A dash glued to an acronym is the list's bullet too (a WhatDoTheyKnow request to Hereford and Worcester
            # Fire and Rescue Service, its list of 26 fields read to the 11th).
            [
                ("\u20221", "Latitude"),
                ("\u20222", "Level 3 classification"),
                ("\u20223", "IRS property-type ID (label)"),
                ("\u20224", "PRL count"),
                ("\u20225", "Ward (code)"),
            ],
            id="dashes-glued-to-an-acronym",
        ),
        case(
            "Dear Northby College,\n\nPlease provide for each applicant the following data:\n\n* an indicator of "
            "the country of the applicant\n*the applicant's number of GCSE A* grades, if applicable\n*the subjects "
            "the applicant took for A-Level\n* a yes/no to indicate if offer was made\n\nYours faithfully,\n\nA "
            "Smith\n",
            # An asterisk glued to a lower-case word is a bullet among spaced ones, where a footnote's would open on a
            # capital (a WhatDoTheyKnow request to Trinity College, Cambridge, its eleven items read as one).
            [
                ("\u20221", "an indicator of the country of the applicant"),
                ("\u20222", "the applicant's number of GCSE A* grades, if applicable"),
                ("\u20223", "the subjects the applicant took for A-Level"),
                ("\u20224", "a yes/no to indicate if offer was made"),
            ],
            id="asterisks-glued-to-lower-case-items",
        ),
        case(
            "Request or Question\nI would like to ask about your finance system:\n* What system does the council use?"
            "\n* How many users access the system?\nIf the system is run in-house:\n* What is the annual support charge?"
            "\n* What was the initial capital cost?\nIf the system is hosted remotely (via the cloud):\n* How are the "
            "annual charges made up?\nResponse\n* What system does the council use?\nThe Council uses Unit4.\n",
            # A question-bullet alone under a second introduction that asks nothing goes on the list; the reply's
            # heading ends it, the reply repeating the first question as a bullet (Scottish Borders Council's log).
            [
                ("\u20221", "What system does the council use?"),
                ("\u20222", "How many users access the system?"),
                ("\u20223", "What is the annual support charge?"),
                ("\u20224", "What was the initial capital cost?"),
                ("\u20225", "How are the annual charges made up?"),
            ],
            id="a-last-question-bullet-under-its-own-introduction-before-the-reply-heading",
        ),
        case(
            "Dear Mr Jenkins,\n\nI refer to your request for information on our software contracts.\n\n  1. When your "
            "current contract with HR and Payroll software expires\n\nWe are awaiting information from the service."
            "\n\n  1. When your current contract with BACs payment software expires\n\nThe contract expires on 31st "
            "March 2016.\n\n  1. Where/if these services will be tendered.\n\nThere are no plans to tender.\n\n"
            "Yours faithfully,\n",
            # Every item printed "1.", each answered below: the second, alike in words to the first, is a question of
            # its own (Aberdeenshire Council's letter).
            [
                ("1", "When your current contract with HR and Payroll software expires"),
                ("1", "When your current contract with BACs payment software expires"),
                ("1", "Where/if these services will be tendered."),
            ],
            id="items-all-numbered-one-alike-in-words-each-answered",
        ),
        case(
            "Does your Local Authority have the following departments?:\n\n1. Adult Social Care Commissioning\n2. "
            "Childrens Social Care Commissioning\n\nPlease provide information on the following for the period "
            "01.01.23 to present:\n\n1. The names and types of software applications used in Children's Services.\n2. "
            "The monthly cost for each software application.\n",
            # A second list numbered from 1 again, of things named under a sentence asking for "the following"
            # (Thurrock Council's log).
            [
                ("1", "Adult Social Care Commissioning"),
                ("2", "Childrens Social Care Commissioning"),
                ("1", "The names and types of software applications used in Children's Services."),
                ("2", "The monthly cost for each software application."),
            ],
            id="a-second-list-of-things-under-a-sentence-asking-for-the-following",
        ),
        case(
            "Unfortunately, we are unable to provide the information requested within the time limit.\nIn respect of "
            "those requests that are answered in full, partially or the total refused, please take this as notice under "
            "FOIA, that we:\na) Consider the information as exempt from disclosure under the Act.\nb) Claim exempt "
            "under sections of the Act:\nSection 12(4)(b) Manifestly Unreasonable\nc) State why the exemption "
            "applies:\n",
            # A refusal notice's own steps, lettered under "that we:" (East Cambridgeshire District Council's log).
            [],
            id="a-refusal-notices-lettered-steps-are-no-questions",
        ),
        case(
            "Breakdown of contact from homeless by method of contact\nRequest received 8 December 2025\n- The number "
            "of contacts from those threatened with homelessness sorted by contact method\n- The number of contacts "
            "from legally homeless individuals sorted by contact method\nResponded 8 January 2026\nUnfortunately, we "
            "are unable to provide the information requested within the time limit.\n",
            # Bullets that each ask for a count, under a log's heading that asks nothing (East Cambridgeshire District
            # Council's log).
            [
                ("\u20221", "The number of contacts from those threatened with homelessness sorted by contact method"),
                ("\u20222", "The number of contacts from legally homeless individuals sorted by contact method"),
            ],
            id="bullets-each-asking-for-a-count",
        ),
        case(
            "Response\n\nThe figures for last year are:\n\n- The number of staff is 12\n- The number of vans is 3\n",
            # (not counts given in the reply's bullets)
            [],
            id="bullets-each-giving-a-count",
        ),
        case(
            "Dear Northby Borough Council,\n\nPlease tell me about the meetings held on these dates.\n1 April 2020 "
            "was the first.\n2 May 2020 was the second.\n\nYours faithfully,\n\nA Smith\n",
            # Dates opening lines are no such items.
            [],
            id="dates-opening-lines-are-no-spaced-items",
        ),
        case(
            "Dear Northby Council,\n\nI would like to request the following information.\n\nA map of land owned "
            "by the Council\n\nDetails of Section 106 income\n\nA list of funding\n\nYours faithfully,\n\nA Miah\n",
            # Without headings, paragraphs are the request's prose as often as its items: no list is read.
            [],
            id="one-line-paragraphs-without-headings-are-no-list",
        ),
        case(
            "Northby Borough Council\n\n1 - 16 July 2017\n\nRef Request Response\n\n10866\n\n"
            "1: Homelessness presentations in 2015-16\n\nWithin your local authority, what were the number of 16-24 "
            "year olds who:\n\n1)      Presented themselves as homeless\n\n2)      Were accepted as statutorily "
            "homeless\n\nQuery 2: Reason for leaving the last settled base. What was the number who had one of the "
            "following main reasons for leaving?\n\n1)      Left prison\n\n2)      Left hospital\n",
            # A disclosure log's period is no question; a heading-level question, a line leading into its own list
            # numbered from 1, and "Query 2:" with its list (Bedford Borough Council's disclosure log).
            [
                ("1", "Homelessness presentations in 2015-16"),
                ("1", "Presented themselves as homeless"),
                ("2", "Were accepted as statutorily homeless"),
                (
                    "2",
                    "Reason for leaving the last settled base. What was the number who had one of the following "
                    "main reasons for leaving?",
                ),
                ("1", "Left prison"),
                ("2", "Left hospital"),
            ],
            answers={"1": []},
            id="heading-questions-each-over-a-list-numbered-from-one",
        ),
        case(
            "Dear Northby Town Council,\n\nPlease could you provide the number of complaints received for the "
            "following categories:\na) Vibration\nb) Low Frequency Noise\nFor each of the above categories, please "
            "provide a breakdown for:\n1. No statutory nuisance found\n2. Noise Abatement Notice issued\n\n"
            "Yours faithfully,\n\nA Smith\n",
            # Lettered categories, then a numbered list asked for each (a WhatDoTheyKnow request sent to many town
            # councils).
            [
                ("a", "Vibration"),
                ("b", "Low Frequency Noise"),
                ("1", "No statutory nuisance found"),
                ("2", "Noise Abatement Notice issued"),
            ],
            id="a-numbered-list-asked-for-each-lettered-category",
        ),
        case(
            "Dear Northby City Council,\n\n1. I would like to request the parking tickets issued in the last five "
            "years broken down by:\ndate, time, location, officer ID\n\n2. I would also like any information on "
            "bonus schemes for your parking enforcement officers.\n\nYours faithfully,\n\nA Smith\n",
            # The fields asked for, on the line under "broken down by:" (a WhatDoTheyKnow request sent to many
            # councils), finish the question.
            [
                (
                    "1",
                    "I would like to request the parking tickets issued in the last five years broken down by: date, "
                    "time, location, officer ID",
                ),
                ("2", "I would also like any information on bonus schemes for your parking enforcement officers."),
            ],
            id="the-fields-asked-for-on-the-line-under-the-question",
        ),
        case(
            "Information requested\nPlease provide the following information. These relate to procedural matters.\n"
            "1 Is there a procedure for a paper application. If not why not.\n2 Is a paper application acceptable.\n"
            "3. What is the time taken to vet an application.\nResponse\nI have addressed each of your questions "
            "below.\n",
            # Items numbered with a space, the first no question in form, under the request's own words (Disclosure
            # Scotland's FOI release); the third has a stop.
            [
                ("1", "Is there a procedure for a paper application. If not why not."),
                ("2", "Is a paper application acceptable."),
                ("3", "What is the time taken to vet an application."),
            ],
            id="spaced-numbers-under-the-requests-words",
        ),
        case(
            "Dear Sir\n\nYou asked for the following documentation:-\n1/ All relevant legislation at the time.\n"
            "2/ I seek sight of all correspondence before the inspection. When dealing with requests, Northby's "
            "obligations include: a) confirming or denying whether it holds information; and b) communicating that "
            "information\n",
            # "2/ I seek ...": a slash before "I"; the Act's duties listed after the item's words are no sub-questions
            # (Estyn's letter, flattened).
            [
                ("1", "All relevant legislation at the time."),
                (
                    "2",
                    "I seek sight of all correspondence before the inspection. When dealing with requests, Northby's "
                    "obligations include: a) confirming or denying whether it holds information; and b) communicating "
                    "that information",
                ),
            ],
            id="slash-marks-and-the-acts-duties-inline",
        ),
        case(
            "Dear\n\nI am writing in response to your email requesting the following information,\n- Do you send "
            "physical post by Royal Mail? (Outbound, for the purpose of this request defined as printed "
            "communications)\n- What was the number of envelopes sent in 2019? (Number of envelopes dispatched in "
            "2019)\n\nI am treating your correspondence as a request under the Freedom of Information Act 2000.\n",
            # Bullet questions each ending in its gloss in brackets (the Defence Electronics & Components Agency
            # restating a request).
            [
                (
                    "\u20221",
                    "Do you send physical post by Royal Mail? (Outbound, for the purpose of this request defined as "
                    "printed communications)",
                ),
                ("\u20222", "What was the number of envelopes sent in 2019? (Number of envelopes dispatched in 2019)"),
            ],
            id="bullet-questions-ending-in-their-gloss",
        ),
        case(
            "Dear Sir\n\nPlease provide:\n\n1. How much funding has the college received since 2010.\n\na. How was this "
            "funding spent?\n\nb. Give a breakdown of the funding per department.\n\n2. What is the difference?\n",
            # Lettered parts a blank line apart: "a" asking, then the next letter (a request the Scottish Information
            # Commissioner quotes).
            [
                ("1", "How much funding has the college received since 2010."),
                ("a", "How was this funding spent?"),
                ("b", "Give a breakdown of the funding per department."),
                ("2", "What is the difference?"),
            ],
            parents={"a": "1", "b": "1"},
            id="lettered-parts-a-blank-line-apart",
        ),
        case(
            "Response\n\n1. How many staff?\n\na. Please find attached a spreadsheet of the staff.\n",
            # A reply's lettered line under a question, not asking, is no part of it.
            [("1", "How many staff?")],
            id="a-lettered-answer-a-blank-line-below",
        ),
        case(
            "Decision 185/2025: College funding\n\nAuthority: Northby College\n\nSummary\n\nThe Applicant asked the "
            "Authority for information about funding. The Commissioner investigated.\n\nBackground\n\n1. On 22 January "
            '2023, the Applicant made a request for information to the Authority. He asked:\n\n"1. How much funding has '
            "the college received since the merger in 2010.\n\n2. What is the difference between funding and money "
            'spent?"\n\n2. The Authority responded on 17 February 2023.\n',
            # In a decision notice, the request's first item opening the quotation is the request's, though no
            # question mark ends it (the Scottish Information Commissioner on City of Glasgow College).
            [
                ("1", "How much funding has the college received since the merger in 2010."),
                ("2", "What is the difference between funding and money spent?"),
            ],
            id="a-decisions-quoted-request-opening-its-quotation",
        ),
        case(
            "Freedom of Information Request\n- Reference\n- FOI 24-101 Station Cover\n- Request Date\n- 04 Feb 2024\n"
            "- Information Requested\n\u201cUnder the Freedom of Information (Scotland) Act 2002, I would like to "
            "request;\n- Any correspondence concerning the cover of Kirkwall station.\n- Any briefing notes on station "
            "cover.\nIn this request, I am only interested in material from June 2023 until the present day.\n"
            "- Response\nThe Service has a statutory obligation to respond to emergency calls.\n",
            # A semicolon for the colon after "request", and the page's own field "- Response" ending the request's
            # items (the Scottish Ambulance Service's disclosure log, which prints every field as a "- " line).
            [
                ("\u20221", "Any correspondence concerning the cover of Kirkwall station."),
                ("\u20222", "Any briefing notes on station cover."),
            ],
            id="bullets-under-a-semicolon-a-page-field-printed-as-a-bullet-after",
        ),
        case(
            "Dear Northby Ambulance Service NHS Trust,\n\nPlease could you let me know\n\nWhat time was the "
            "ambulance service called?\n\nWhen were ambulances sent? (each)\n\nWhen did each patient arrive at "
            "hospital?\n\nFor the incident in Northby on 4th March 2018\n\nYours faithfully,\n\nA Requester\n",
            # The introduction above questions each a paragraph of its own is no question (a WhatDoTheyKnow request to
            # South Western Ambulance Service NHS Foundation Trust).
            [
                ("\u20221", "What time was the ambulance service called?"),
                ("\u20222", "When were ambulances sent? (each)"),
                ("\u20223", "When did each patient arrive at hospital?"),
            ],
            id="question-paragraphs-under-please-let-me-know",
        ),
        case(
            "Dear Northby Borough Council,\n\nHow many FPNs were issued for litter in 2020?\n\nHow many FPNs were "
            "paid in full in 2020?\n\nHow many FPNs went to court in 2020?\n\nWhat were the total legal costs of "
            "the prosecutions in 2020\n\nYours faithfully,\n\nR Kenning\n",
            # The last question, straight above the sign-off, left without its mark (a WhatDoTheyKnow request to Ards
            # and North Down Borough Council).
            [
                ("\u20221", "How many FPNs were issued for litter in 2020?"),
                ("\u20222", "How many FPNs were paid in full in 2020?"),
                ("\u20223", "How many FPNs went to court in 2020?"),
                ("\u20224", "What were the total legal costs of the prosecutions in 2020"),
            ],
            id="question-lines-the-last-without-its-mark",
        ),
        case(
            'Dear Northby Border Agency,\n\nAccording to your website, "the Agency has announced that, from 1 '
            "February 2010, it is not accepting any new applications at the following visa application centres:\nNorth "
            "India - New Delhi, Jalandhar and Chandigarh\nBangladesh - Dhaka, Sylhet and Chittagong\nNepal - "
            'Kathmandu"\n\nPlease provide any internal documentation related to the decision.\n\nYours faithfully,\n'
            "\nG Freeman\n",
            # Lines of a passage the request quotes, its quotation opened above them and closed after the last: no
            # questions (a WhatDoTheyKnow request to the UK Border Agency).
            [],
            id="negative-lines-of-a-quoted-passage-under-the-following",
        ),
        case(
            "Dear Mr Thwaites,\n\nThank you for your request for information.\n\nWe are replying in response to the "
            "three requests for information made in your email:\n\n(1) We can advise that your request has been "
            "actively considered, but unfortunately we are unable to release the contract.\n",
            # The reply's answers numbered under its own words, the request not quoted (the Local Government
            # Association).
            [],
            id="negative-answers-numbered-under-we-are-replying",
        ),
        case(
            "Dear Northby Islands Council,\nI would appreciate your response to the following questions:\n1. ICT "
            "budget\nPlease provide your total ICT budget for each of the past three financial years.\n2. IT "
            "Leadership\nCopy of the org chart for the IT Department.\n3. Upcoming Projects\nDetails of any planned "
            "ICT projects over the next 12 months.\nYours faithfully,\nF MacDonald\n",
            # Each item a heading of its own, what it asks for on the line under it (a WhatDoTheyKnow request to
            # Orkney Islands Council): one question each, heading and body joined.
            [
                ("1", "ICT budget Please provide your total ICT budget for each of the past three financial years."),
                ("2", "IT Leadership Copy of the org chart for the IT Department."),
                ("3", "Upcoming Projects Details of any planned ICT projects over the next 12 months."),
            ],
            id="numbered-headings-each-with-its-request-below",
        ),
        case(
            "Dear Northby Council,\n1. How many noise complaints were received in 2019?\n2. How many were "
            "investigated?\n3. Noise Abatement Notice issued\nPlease provide the guidance your officers follow.\n",
            # A request's next paragraph under its last item, the items above not headed so: not the item's.
            [
                ("1", "How many noise complaints were received in 2019?"),
                ("2", "How many were investigated?"),
                ("3", "Noise Abatement Notice issued"),
            ],
            id="negative-a-paragraph-under-the-last-item-of-unheaded-items",
        ),
        case(
            "Reference FOI 2026/1001\nDate Requested 23/02/2026\n\nI am writing to make a request under the Freedom of "
            "Information Act 2000.\n\nSection A \u2013 Current Systems\n\n1. The total number of GP practices in your "
            "area.\n\nSection B \u2013 Migration Activity\n\n1. The number of practices that asked to migrate.\n2. The "
            "number that have completed a migration.\n",
            # Each section, headed "Section B \u2013 ...", numbered from 1 again (a request in NHS Greater Manchester
            # Integrated Care Board's disclosure log): the numbers as printed, no answers.
            [
                ("1", "The total number of GP practices in your area."),
                ("1", "The number of practices that asked to migrate."),
                ("2", "The number that have completed a migration."),
            ],
            id="sections-headed-with-a-dash-each-numbered-from-1",
        ),
        case(
            "Dear Northby Airport Ltd,\n\nI would be grateful if you would answer the following questions under the "
            "Freedom of Information Act.\n\n* Have you been asked to make provision for extra checks on passengers? If "
            "so, please describe these.\n* Have you made provision for extra staff? If so, please describe in "
            "summary.\n\nYours faithfully,\n\nA Beney\n",
            # Starred questions under "answer the following questions", each ending in its "If so" (a WhatDoTheyKnow
            # request to London Luton Airport Ltd).
            [
                (
                    "\u20221",
                    "Have you been asked to make provision for extra checks on passengers? If so, please describe "
                    "these.",
                ),
                ("\u20222", "Have you made provision for extra staff? If so, please describe in summary."),
            ],
            id="bullets-under-answer-the-following-questions",
        ),
        case(
            "Dear Northby Fire and Rescue Service,\n\nUnder the Freedom of Information Act I request the following "
            "information:\n1. How many on-call firefighters have joined for the periods of:\n2010\n2011\n2013 To date"
            "\n\n2. How many left in the same periods?\n\nYours faithfully,\n\nC Waren\n",
            # The periods, a line each, finish the question that asks for them (a WhatDoTheyKnow request to North Wales
            # Fire and Rescue Service).
            [
                ("1", "How many on-call firefighters have joined for the periods of: 2010 2011 2013 To date"),
                ("2", "How many left in the same periods?"),
            ],
            id="periods-a-line-each-under-the-question",
        ),
        case(
            "Dear Eastby Fire and Rescue Service,\n\nCan I please request information on flooding call-outs.\n1. I "
            "would like the total number of flooding call-outs, broken down by month, for 2021 and 2022.\n2. I would "
            "like details of each call-out. Please include:\nDate of call-out\nTime of day reported\nDuration "
            "(minutes)\nLocation (ward if available) Cause of flooding (if available) Number of homes affected\nIf "
            "this request cannot be met within the cost limit, please advise me how to refine it.\nYours faithfully,"
            "\nX\n",
            # The fields asked for, a line each, under "Please include:" finish the question; the request's next
            # sentence does not (a WhatDoTheyKnow request to Hereford and Worcester Fire and Rescue Service).
            [
                ("1", "I would like the total number of flooding call-outs, broken down by month, for 2021 and 2022."),
                (
                    "2",
                    "I would like details of each call-out. Please include: Date of call-out Time of day reported "
                    "Duration (minutes) Location (ward if available) Cause of flooding (if available) Number of homes "
                    "affected",
                ),
            ],
            id="fields-a-line-each-under-please-include",
        ),
        case(
            "Dear Northby College,\n\nThis is a formal request under the Freedom of Information Act 2000.\n\nCould you "
            "please provide the following pieces of information:\n\nCollege pay spine\nStaff headcount (aggregated) "
            "for the past year\nPay awards made to staff in the past 3 years\nA template of a contract for a College "
            "Tutor\n\nPlease provide an index of related documents.\n\nYours faithfully,\n\nMax Long\n",
            # Unmarked lines a blank line below the introduction that asks for them (a WhatDoTheyKnow request sent to
            # the Cambridge colleges)
            [
                ("\u20221", "College pay spine"),
                ("\u20222", "Staff headcount (aggregated) for the past year"),
                ("\u20223", "Pay awards made to staff in the past 3 years"),
                ("\u20224", "A template of a contract for a College Tutor"),
            ],
            id="unmarked-lines-a-blank-line-below-the-introduction",
        ),
        case(
            "Dear Northby Academy,\nPlease provide specific, detailed documentary evidence of the input from "
            "consultants into curriculum redesign.\nYours faithfully,\nMs Darling\nDear Katie\nI am emailing to "
            "confirm that we have received your Freedom of Information request.\nFollowing the Freedom of Information "
            "(FOI) Act we have 20 school working days from the date of request (14th November 2019) to either:\n* "
            "Provide you with the information you have requested\n* If we are unable to provide this information. To "
            "inform you as to why we can't provide the data\nYours sincerely\nJoseph Atkinson\n",
            # What the body will do, one way or the other, is no request's list (Steiner Academy Bristol's
            # acknowledgement on WhatDoTheyKnow); the request is a paragraph.
            [],
            id="what-the-body-will-either-do-is-no-request",
        ),
        case(
            "Dear Northby Academy,\n\nThis is a request under the Freedom of Information Act.\n\n1) Was your school "
            "built between the 1960s and 1980s?\n\n2) Does the school have plans to remove the areas with RAAC from "
            "its premises? If the answer to this question is YES, please specify the target removal year.\n\nIf the "
            "answer is NO, please briefly say why there are no plans to remove the material.\n\nIf not all "
            "information is available, please treat questions individually.\n\nYours faithfully,\n\nYohannes\n",
            # The last item's paragraph that asks on if it is answered one way is the item's (a WhatDoTheyKnow request
            # to All Saints Academy Dunstable); a note on the whole request below it is not (one to Blackburn with
            # Darwen Borough Council).
            [
                ("1", "Was your school built between the 1960s and 1980s?"),
                (
                    "2",
                    "Does the school have plans to remove the areas with RAAC from its premises? If the answer to this "
                    "question is YES, please specify the target removal year. If the answer is NO, please briefly say "
                    "why there are no plans to remove the material.",
                ),
            ],
            id="the-last-items-follow-up-paragraph-is-its",
        ),
        case(
            "Dear Northby Academy,\n\nThis is a request for information under the Freedom of Information Act. Please "
            "disclose the following:\n1. Do you have mixed sex toilets for pupils? Yes/No\n2. Have you reported any "
            "sexual assaults to the police 2021 to date?\nYes/No\n3. If yes, please state the year.\nThank you.\n"
            "Yours faithfully,\nSharon Cox\n",
            # The answers a question offers, on its line or the line under it (a WhatDoTheyKnow request to Holyrood
            # Academy)
            [
                ("1", "Do you have mixed sex toilets for pupils? Yes/No"),
                ("2", "Have you reported any sexual assaults to the police 2021 to date? Yes/No"),
                ("3", "If yes, please state the year."),
            ],
            id="yes-no-offered-on-the-line-under-the-question",
        ),
        case(
            "Dear Northby Borough Council,\n\nWe are submitting the following Freedom of Information Request for "
            "documents relating to uses of data analytics.\n\nSpecifically, we are requesting:\n\n\u00b7 Any briefing "
            "notes concerning uses of algorithmically driven data systems.\n\n\u00b7 Any overviews about how system "
            "outputs are produced.\n\n. Any impact assessments\n\n\u00b7 Any contracts relating to the systems.\n\n"
            "Also, please note we are not requesting datasets.\n\nAll the very best,\n\nData Justice Lab\n",
            # Documents asked for as bullets under "we are requesting:", one bullet's glyph lost to a stop (the Data
            # Justice Lab's request to many councils on WhatDoTheyKnow).
            [
                ("\u20221", "Any briefing notes concerning uses of algorithmically driven data systems."),
                ("\u20222", "Any overviews about how system outputs are produced."),
                ("\u20223", "Any impact assessments"),
                ("\u20224", "Any contracts relating to the systems."),
            ],
            id="bullets-under-we-are-requesting-one-glyph-lost",
        ),
        case(
            "Reference FOI/25/344\nDescription Agency Spend for Nursing & Midwifery Staff\n\nFor the 3-month period "
            "ending 24th January 2025, can you please provide:\n\n- Total Off Framework Agency Spend for Nursing and "
            "Midwifery staff\n\n- Total hours filled by Off Framework agencies\n\n- A list of any Off Framework "
            "suppliers that have ongoing block booking arrangements\n\n\n  \u2022 0 off-framework within the last 3 "
            "months\n\nList of agency suppliers\n\n Section 43 \u2013 Commercial Interest\n",
            # The reply's bullet, of another glyph, under the request's dashes (Central London Community Healthcare
            # NHS Trust's log): no fourth item.
            [
                ("\u20221", "Total Off Framework Agency Spend for Nursing and Midwifery staff"),
                ("\u20222", "Total hours filled by Off Framework agencies"),
                ("\u20223", "A list of any Off Framework suppliers that have ongoing block booking arrangements"),
            ],
            id="a-bullet-of-another-glyph-under-the-requests-dashes",
        ),
        case(
            "Dear Northby School,\n\nPlease provide the following information:\n\na. current policies or rules on use "
            "of toilets\n\nb. documents/reports presented to the governing body on:\ni)converting single sex toilets "
            "to mixed sex toilets, and\nii)discipline problems relating to use of pupil toilets.\n\nc. Have you "
            "reported any sexual assaults to the police 2021 to date?\n\nYours faithfully,\n\nA Panton\n",
            # Roman parts glued to their words, under a lettered item (a WhatDoTheyKnow request sent to many schools,
            # Kings Priory School among them)
            [
                ("a", "current policies or rules on use of toilets"),
                ("b", "documents/reports presented to the governing body on:"),
                ("i", "converting single sex toilets to mixed sex toilets, and"),
                ("ii", "discipline problems relating to use of pupil toilets."),
                ("c", "Have you reported any sexual assaults to the police 2021 to date?"),
            ],
            id="roman-parts-glued-to-their-words",
        ),
        case(
            "Dear Northby University,\n\nThis is a request for information through the Freedom of Information Act."
            "\n\n1. What was the total market value of the university's investments on 31 "
            "July 2022?\n\nIf you provide this through your Annual Accounts, please give the page number.\n\n"
            "2. Were the investments managed directly or by external fund managers?\n\n3. Please give the name of "
            "each fund manager used.\n\nPlease present this information in this format:\n\nFund manager name - "
            "Percentage\nSchroders - 47%\nUniversity - 4%\n\n4. Please provide the companies invested in.\n\n"
            "Yours faithfully,\n\nPeople and Planet\n",
            # Paragraphs between items, an example's lines among them (a WhatDoTheyKnow batch request to the Royal
            # Agricultural University): the example's last line, short and capitalised, is not a heading.
            [
                (
                    "1",
                    "What was the total market value of the university's investments on 31 July 2022? If you "
                    "provide this through your Annual Accounts, please give the page number.",
                ),
                ("2", "Were the investments managed directly or by external fund managers?"),
                (
                    "3",
                    "Please give the name of each fund manager used. Please present this information in this "
                    "format: Fund manager name - Percentage Schroders - 47% University - 4%",
                ),
                ("4", "Please provide the companies invested in."),
            ],
            id="paragraphs-and-an-example-between-items",
        ),
        case(
            "Dear Northby Combined Authority,\n\n1. What was the total spend for supported bus services in "
            "2016/17?\n\nNote: This refers to the Department for Transport's definition of a supported bus "
            "service.\n\n2. What was the total spend for supported bus services in 2009/10?\n\nFor each "
            "service withdrawn could you please disclose the following:\n\n3. The route number.\n\n4. The date "
            "it was withdrawn.\n\nParking Charges\n\n5. Parking charges made to the public.\n\nYours "
            "faithfully,\n\nA Reader\n",
            # What stands between items but is not the first item's: a note on the request (a request sent to many
            # councils and combined authorities), the words introducing the next items (ending in ":", Green Spring
            # Academy), and a heading over the next items (Maidstone and Tunbridge Wells NHS Trust).
            [
                ("1", "What was the total spend for supported bus services in 2016/17?"),
                ("2", "What was the total spend for supported bus services in 2009/10?"),
                ("3", "The route number."),
                ("4", "The date it was withdrawn."),
                ("5", "Parking charges made to the public."),
            ],
            id="a-note-an-introduction-or-a-heading-between-items-is-not-the-first-items",
        ),
        case(
            "1. Name of your organisation\n2. Does your Trust use a private contractor to oversee the car park?\n"
            "Yes (if yes please provide name of contractor)\nParking Charges\n3. Parking charges made to staff\n"
            "4. Agreed exemptions from charges\n",
            # A form printed with no blank lines (Maidstone and Tunbridge Wells NHS Trust's log): the answer options
            # under an item are its, the heading over the next item is not.
            [
                ("1", "Name of your organisation"),
                (
                    "2",
                    "Does your Trust use a private contractor to oversee the car park? Yes (if yes please provide "
                    "name of contractor)",
                ),
                ("3", "Parking charges made to staff"),
                ("4", "Agreed exemptions from charges"),
            ],
            id="a-flat-forms-options-are-the-items-its-heading-is-not",
        ),
        case(
            "Dear Ishrat\n\nThank you for your email of 3 October regarding third party claims costs.\n\nHaving "
            "liaised with the relevant team, they have answered as follows:\n\n\u2022 What is the actual Third Party "
            "Claims Defined Cost and how is it calculated?\n\nThe actual defined cost is calculated after the event."
            "\n\n\u2022 What is the forecast Third Party Claims Defined Cost and how is it calculated?\n\nForecast "
            "defined cost is calculated from incident statistics.\n\n\u2022 What is the resulting Third Party Claims "
            "Overhead and how is it calculated?\n\nThe overhead percentage is calculated by a formula.\n",
            # Question lines with their bullets, each over its answer (Highways England on WhatDoTheyKnow): the bullet
            # is no part of the question.
            [
                ("\u20221", "What is the actual Third Party Claims Defined Cost and how is it calculated?"),
                ("\u20222", "What is the forecast Third Party Claims Defined Cost and how is it calculated?"),
                ("\u20223", "What is the resulting Third Party Claims Overhead and how is it calculated?"),
            ],
            id="a-question-lines-bullet-is-no-part-of-it",
        ),
        case(
            "DATE: 28/12/2021\nFreedom of Information Request - Ref: FOI 284-2122\nThank you for your recent Freedom "
            "of Information request. Please find our response below.\nRegarding Electronic Health Records EHR.:\n1. "
            "What primary EHR system does your Trust use, if any? We have two main EPR systems\n2. Are electronic "
            "drug charts implemented in all sites within your Trust? We have not yet introduced ePMA\nRegarding EHR "
            "commissioning:\n1. Have you received any direction from a Clinical Commissioning Group regarding EHR "
            "systems? No\n2. Have you ever undertaken any formal negotiations with other Trusts about jointly "
            "procuring an EHR system? No\nRegarding EHR interoperability:\n1. Are your EHR users able to access "
            "inpatient electronic notes from different hospital sites within your Trust? Yes\n",
            # A reply restating the request topic by topic, each topic's questions numbered from 1 under its heading,
            # each answer run on after its question mark (Gloucestershire Health and Care NHS Foundation Trust): new
            # questions, and the headings answer nothing.
            [
                ("1", "What primary EHR system does your Trust use, if any?"),
                ("2", "Are electronic drug charts implemented in all sites within your Trust?"),
                ("1", "Have you received any direction from a Clinical Commissioning Group regarding EHR systems?"),
                (
                    "2",
                    "Have you ever undertaken any formal negotiations with other Trusts about jointly procuring an EHR "
                    "system?",
                ),
                (
                    "1",
                    "Are your EHR users able to access inpatient electronic notes from different hospital sites within "
                    "your Trust?",
                ),
            ],
            answers={"2": [A(contains="No")], "1": [A(contains="Yes")]},
            id="topics-each-numbered-from-1-under-a-heading-in-a-reply",
        ),
        case(
            "Request\n\nIn terms of the Freedom of Information Act of 2000, could you please provide me with your "
            "complete list of all business property rates data, including the following fields: -\n\nBilling "
            "Authority Property Reference Code\n\n- Firm's Trading Name\n\n- Full Property Address\n\nResponse\n\n"
            "Northby Council does publish some business rates data on its website.\n",
            # The first item's dash left on the line introducing the list (Herefordshire Council's published FOI
            # release): that line is an item too.
            [
                ("\u20221", "Billing Authority Property Reference Code"),
                ("\u20222", "Firm's Trading Name"),
                ("\u20223", "Full Property Address"),
            ],
            id="a-lists-first-dash-left-on-its-introduction",
        ),
        case(
            "Request\n\nPlease can you email me a list of business rates credits you currently hold for businesses "
            'including: " The company name for whom the credit exists " The start date of the business rates account '
            '" The full amount of credit you hold for the business\n\nResponse\n\nPlease be advised that this '
            "information is exempt from disclosure.\n",
            # Bullets printed as straight quotes, run onto the line introducing them (Portsmouth City Council's
            # published FOI release)
            [
                ("\u20221", "The company name for whom the credit exists"),
                ("\u20222", "The start date of the business rates account"),
                ("\u20223", "The full amount of credit you hold for the business"),
            ],
            id="straight-quote-bullets-on-the-introductions-line",
        ),
        case(
            "Dear Northby County Council,\n\nWhat was the Council's total salary bill in 2017/18?\n\nHow much was paid "
            "in bonuses to Council staff in 2017/18?\n\nHow many staff were paid more than \u00a3100,000 in 2017/18?\n\n"
            "Yours faithfully,\n\nMorgan Lee\n\nNorthby County Council\n\nDear Morgan Lee\n\nYou have requested the "
            "following information:\n\nWhat was the Council's total salary bill in 2017/18?\n\nHow much was paid in "
            "bonuses to Council staff in 2017/18?\n\nHow many staff were paid more than \u00a3100,000 in 2017/18?\n\n"
            "Your request for information is being considered under the Freedom of Information Act 2000.\n\nYours "
            "sincerely\n\nIngrid Howard\n",
            # The request's question lines restated word for word in the acknowledgement (Hertfordshire County Council
            # on WhatDoTheyKnow): three questions, not six.
            [
                ("\u20221", "What was the Council's total salary bill in 2017/18?"),
                ("\u20222", "How much was paid in bonuses to Council staff in 2017/18?"),
                ("\u20223", "How many staff were paid more than \u00a3100,000 in 2017/18?"),
            ],
            id="question-lines-restated-in-the-reply-are-asked-once",
        ),
        case(
            "Planning Info\n\nRequested on\nFri 18th November, 2011\nFOI 1552\nInformation provided\n\nI write to "
            "request a review of the Council's planning application files under the Freedom of Information Act. "
            "Specifically, the information that I wish to view is: -\n1. Copies of all decided planning applications "
            "for changes of use;\n2. Copies of planning case officer reports for the applications in item 1 above;\n"
            "3. Copies of any appeal decisions relating to item 1 above\n\nNo records of any such applications\n",
            # A log's status field above the request (Charnwood Borough Council's log) heads no answers: the request
            # in its writer's words follows it.
            [
                ("1", "Copies of all decided planning applications for changes of use;"),
                ("2", "Copies of planning case officer reports for the applications in item 1 above;"),
                ("3", "Copies of any appeal decisions relating to item 1 above"),
            ],
            id="a-logs-status-field-above-the-request-heads-no-answers",
        ),
        case(
            "Dear Mr Law\nREQUEST FOR INFORMATION UNDER THE FREEDOM OF INFORMATION ACT 2000\nPlease find below Northby "
            "Transport's response to your Freedom of Information\nrequest which was received at this office on 16 March "
            "2016.\nIn the context of the recent bus priority works on the A580, I would like to\nrequest all "
            "documentation relating to:\n1) Assessments of the impartiality and accuracy of the modelling exercise\n"
            "Please note no further documentation is available from what you have\nalready received. We employed a "
            "competent and experienced consultant who\nis recognised in the industry for carrying out traffic modelling "
            "work.\n2) Decisions made, prior to the 2002 report, relating to the placing of bus\nlanes\nThe Local "
            "Transport Plan 2001/02 - 2005/06 references the busway scheme. The\nscheme was identified as a major "
            "scheme within the transport strategy.\n",
            # A letter wrapped at one width, each answer under its item with no stop (Transport for Greater
            # Manchester): "Please note" opens the answer, not the item's next wrapped line.
            [
                ("1", "Assessments of the impartiality and accuracy of the modelling exercise"),
                ("2", "Decisions made, prior to the 2002 report, relating to the placing of bus lanes"),
            ],
            id="please-note-under-an-item-with-no-stop-opens-its-answer",
        ),
        case(
            "Dear Northby City Council,\n\n1. How many people over 65 have been placed in residential care?\n\n2. How "
            "many Extra care placements have broken down within the first 6 months?\n\n3. How many residential care "
            "placements have broken down within the first 6 months?\n\n2. What is the criteria of the council to pay "
            "residential care rate standard and enhanced rates?\n\nYours faithfully,\n\nJane Hughes\n",
            # A number printed twice in the request's own list, the second a new question (a WhatDoTheyKnow request to
            # Hull City Council): asked as printed.
            [
                ("1", "How many people over 65 have been placed in residential care?"),
                ("2", "How many Extra care placements have broken down within the first 6 months?"),
                ("3", "How many residential care placements have broken down within the first 6 months?"),
                ("2", "What is the criteria of the council to pay residential care rate standard and enhanced rates?"),
            ],
            id="a-number-printed-twice-in-the-requests-list-asks-again",
        ),
        case(
            "Dear Northby City Council,\n\nIn accordance with the Freedom of Information Act 2000, could you provide me "
            "with the following current business rates account data for your local authority.\n\nPlease note that I do "
            "not require any personal data or data in respect of sole traders.\n\n\u2022 Property Reference\n\u2022 "
            "Liable Party Name\n\u2022 Rateable Value\n\u2022 Current entitlement to any Reliefs or Discounts (do not "
            "include details of any empty property reliefs)\n\nPlease provide these data as a CSV file.\n\nYours "
            "faithfully,\n\nJane Coates\n",
            # Fields a request asked for "the following" of, a paragraph above them (a request sent to many councils,
            # here to Sheffield City Council on WhatDoTheyKnow)
            [
                ("\u20221", "Property Reference"),
                ("\u20222", "Liable Party Name"),
                ("\u20223", "Rateable Value"),
                (
                    "\u20224",
                    "Current entitlement to any Reliefs or Discounts (do not include details of any empty property "
                    "reliefs)",
                ),
            ],
            id="fields-asked-for-a-paragraph-above",
        ),
        case(
            "Current Schedule of Contracts\nDear Department for Northby,\nI would like to request the current Schedule "
            "of Contracts information from the department that deals with procurement. I understand that there is a "
            "legal requirement for public bodies to compile\n\u2022 What the contract is for\n\u2022 Who the contract "
            "is with\n\u2022 The contract value\n\u2022 Any other supporting information.\nYours faithfully,\nC. "
            "Graham\n",
            # Fields under a request in the requester's own words, the line above them cut (the Department for
            # Education on WhatDoTheyKnow)
            [
                ("\u20221", "What the contract is for"),
                ("\u20222", "Who the contract is with"),
                ("\u20223", "The contract value"),
                ("\u20224", "Any other supporting information."),
            ],
            id="fields-under-a-request-in-the-requesters-words",
        ),
        case(
            "Dear Northby Council,\n\nSince the charging policy for environmental information requests (EIR)s was "
            "brought in, please share the following data, broken down by year:\n\nThe number of EIRs received\n\nThe "
            "number of EIRs responded to after the fee was paid\n\nThe total amount of fees received in each year.\n\n"
            "Please provide details of the council's EIR charging policy, or provide a link if it is publicly "
            "available.\n\nYours faithfully,\n\nJamie Mann\n",
            # Items a paragraph each under an introduction of one line ending in its colon, then the request's next
            # sentence (a WhatDoTheyKnow request to North Lanarkshire Council)
            [
                ("\u20221", "The number of EIRs received"),
                ("\u20222", "The number of EIRs responded to after the fee was paid"),
                ("\u20223", "The total amount of fees received in each year."),
            ],
            id="items-a-paragraph-each-under-a-one-line-introduction",
        ),
        case(
            "Dear Northby City Council,\n\nCould you provide me with the following information about the park.\n\nI "
            "walk there every day and have noticed:\n\n\u2022 Broken benches near the gate.\n\u2022 Litter bins left "
            "full for weeks.\n\u2022 No lighting on the main path.\n\nYours faithfully,\n\nJane Coates\n",
            # Sentences of the requester's own account are no fields asked for
            [],
            id="a-requesters-own-observations-are-no-fields",
        ),
        case(
            "Dear Ms Winter\n\nYou asked us:\n\nIn respect of hours provided during the day:\nThe mean hourly rate paid "
            "to providers?\n\n\u00a316.44\nThe lowest hourly rate paid to a provider?\n\nThis information is exempt.\n"
            "In respect of wake hours provided during the night:\nThe mean hourly rate paid to providers?\n\n\u00a316.44"
            "\nThe lowest hourly rate paid to a provider?\n\nThis information is exempt.\n",
            # The same words under two headings of one letter are two questions (Warwickshire County Council)
            [
                ("\u20221", "The mean hourly rate paid to providers?"),
                ("\u20222", "The lowest hourly rate paid to a provider?"),
                ("\u20223", "The mean hourly rate paid to providers?"),
                ("\u20224", "The lowest hourly rate paid to a provider?"),
            ],
            id="the-same-question-under-two-headings-of-one-letter-is-two",
        ),
        case(
            "Dear Mr Black\nFreedom of Information Request\nThank you for your request for information.\nYour request"
            " has been processed in accordance with Freedom of Information (Scotland) Act 2002.\nYou requested \u2013\n"
            "1- How many fires in total have the Northby Fire and Rescue Service attended due to the impacts of\nclim"
            "ate change from when earliest records began til 2023? (Please separate by year).\n2- Of these fires how"
            " many people died? (Please separate by year)\nThe Northby Fire and Rescue Service (NFRS) response \u2013"
            "\nThe NFRS currently utilise the Home Office Incident Recording Systems (IRS) to record attendance at"
            " all incidents.\n",
            # The body's name above its answer, as the heading of the reply: "The Scottish Fire and Rescue Service
            # (SFRS) response -" (SFRS's reply letters); not more of the last question
            [
                (
                    "1",
                    "How many fires in total have the Northby Fire and Rescue Service attended due to the impacts of "
                    "climate change from when earliest records began til 2023? (Please separate by year).",
                ),
                ("2", "Of these fires how many people died? (Please separate by year)"),
            ],
            id="the-bodys-name-and-response-heads-the-reply",
        ),
        case(
            "Freedom of Information Request ID\n10376\nDate of response\nFebruary 2026\nIn the period 1st November"
            " 2025 to 31st January 2026 please provide a breakdown of:\n- Total trust spend with framework agencies"
            " for locum doctors\nPlease provide a further breakdown for locum doctors by:\n- Spend per grade\n- Spend"
            " per specialty\n- Spend per agency name\nUnder Section 21 of the Freedom of Information Act, this request"
            " has been exempt on the grounds that the information is already publicly available on the Trust\u2019s"
            " website. Please see \u2018Bank and agency spend/data\u2019 under the \u2018What we spend and how we"
            " spend it\u2019 section of the Publication Scheme here: Access to information\nIn the period 1st November"
            " 2025 to 31st January 2026 please provide a breakdown of:\n- Total trust spend with the internal trust bank"
            " or associated external provider for locum doctors\nPlease provide a further breakdown for locum doctors"
            " by:\n- Spend per grade\n- Spend per internal or associated external provider\n",
            # A bullet of its own under an introduction that asks with its colon, above the next list of the request
            # and again after it (Medway NHS Foundation Trust's log)
            [
                ("\u20221", "Total trust spend with framework agencies for locum doctors"),
                ("\u20222", "Spend per grade"),
                ("\u20223", "Spend per specialty"),
                ("\u20224", "Spend per agency name"),
                (
                    "\u20225",
                    "Total trust spend with the internal trust bank or associated external provider for locum doctors",
                ),
                ("\u20226", "Spend per grade"),
                ("\u20227", "Spend per internal or associated external provider"),
            ],
            id="a-lone-bullet-under-an-asking-colon-goes-with-the-requests-lists",
        ),
        case(
            "Dear Northby Council,\n\nPlease provide the following information:\n- The number of parking permits issued"
            " in 2024\n- The number of parking permits refused in 2024\n\nThank you for your request. For the"
            " figures, please see the following:\n- Our published parking annual report\n",
            # (not a reply's lone bullet under "please see the following:" in the same message)
            [
                ("\u20221", "The number of parking permits issued in 2024"),
                ("\u20222", "The number of parking permits refused in 2024"),
            ],
            id="negative-a-lone-bullet-under-see-the-following-after-the-request",
        ),
        case(
            "Dear Northby City Council,\nPlease treat this as a Freedom of Information/Environmental Information"
            " Regulations request.\nIn particular, please supply me with information relating to the following questi"
            "ons:\na. Has the Council approved any new*1 or expanded*2 roads or road junctions in its area from 1st"
            " January 2019 until 1st January 2023? Please list which ones were accepted.\n*1 The intention of this"
            " question is to understand overall increases in road capacity, rather than recent housing developments."
            " Please exclude minor roads built exclusively to connect new housing to the pre-existing road network.\n*"
            "2 An expanded road or road junction is one that has increased capacity for motor vehicle traffic, not"
            " counting bus lanes, cycle infrastructure, or pedestrian infrastructure.\nb. Has the council approved any"
            " new or expanded airport runways in its area since 1st January 2019? Please list which ones were accepted."
            "\n*3 Please include expansions approved on appeal.\nI look forward to hearing from you in due course.\n"
            "Yours faithfully,\nHannah Jewell\n",
            # The footnotes under a question whose words carry their marks are the question's (the Council Climate
            # Action Scorecards request to Chelmsford City Council); not a footnote whose mark the question lacks
            [
                (
                    "a",
                    "Has the Council approved any new*1 or expanded*2 roads or road junctions in its area from 1st "
                    "January 2019 until 1st January 2023? Please list which ones were accepted. *1 The intention of "
                    "this question is to understand overall increases in road capacity, rather than recent housing "
                    "developments. Please exclude minor roads built exclusively to connect new housing to the "
                    "pre-existing road network. *2 An expanded road or road junction is one that has increased capacity "
                    "for motor vehicle traffic, not counting bus lanes, cycle infrastructure, or pedestrian "
                    "infrastructure.",
                ),
                (
                    "b",
                    "Has the council approved any new or expanded airport runways in its area since 1st January 2019? "
                    "Please list which ones were accepted.",
                ),
            ],
            id="footnotes-under-a-question-carrying-their-marks",
        ),
        case(
            "Dear Ormiston Academies Trust,\nPlease treat this request for information under the FOI Act 2000.\n"
            "1. Please provide the total number of pupils in years 9\u201311\n2. Please supply the total number"
            " of:*\na. fixed term exclusions lasting more than five days\nb. fixed term exclusions of pupils with an"
            " EHCP\n*I ask for these figures to be broken down by ethnic origin and year group (Y9\u2013Y11)\n3. The"
            " total number of transfers into Alternative Provision\nYours faithfully,\nSam Fox\n",
            # A footnote whose mark the last part lacks (item 2 carries it) is not that part's words (a WhatDoTheyKnow
            # request to the Ormiston Academies Trust)
            [
                ("1", "Please provide the total number of pupils in years 9\u201311"),
                ("2", "Please supply the total number of:"),
                ("a", "fixed term exclusions lasting more than five days"),
                ("b", "fixed term exclusions of pupils with an EHCP"),
                ("3", "The total number of transfers into Alternative Provision"),
            ],
            id="a-footnote-under-the-last-part-whose-mark-its-parent-carries",
        ),
        case(
            "Dear Northby County Council,\n\nPlease may I request the following information:\n\n1. 1.How many older people"
            " need residential care homes within your Local Authority?\n\n2. How many older people need assisted living"
            " within your Local Authority?\n\nYours faithfully,\n\nSam Fox\n",
            # An HTML list's number over the requester's own typed one (a WhatDoTheyKnow request to North Yorkshire
            # County Council): the typed number is no part of the question
            [
                ("1", "How many older people need residential care homes within your Local Authority?"),
                ("2", "How many older people need assisted living within your Local Authority?"),
            ],
            id="a-lists-number-over-the-requesters-own-typed-one",
        ),
        case(
            "Dear Northby University,\n\n(1) I would like details on accepted donations from oil and gas companies. For"
            " each, I would like the following information:\n\n- The name of the company that gave the donation\n- The"
            " date the university accepted it\n\n(2) Also, I would like details on donations which have been rejected by"
            " the university.\n\nFor each rejected donation, please provide the following information:\n\n- The name of"
            " the company that tried to give the donation\n- The reasons why the donation was rejected\n\nI would like"
            " to receive the information electronically.\n\nYours faithfully,\n\nSam Fox\n",
            # The requester's paragraph under the last item introducing its bulleted list is the item's, and so are
            # the bullets (a WhatDoTheyKnow request to The Robert Gordon University)
            [
                (
                    "1",
                    "I would like details on accepted donations from oil and gas companies. For each, I would like the "
                    "following information:",
                ),
                ("\u20221", "The name of the company that gave the donation"),
                ("\u20222", "The date the university accepted it"),
                (
                    "2",
                    "Also, I would like details on donations which have been rejected by the university. For each "
                    "rejected donation, please provide the following information:",
                ),
                ("\u20223", "The name of the company that tried to give the donation"),
                ("\u20224", "The reasons why the donation was rejected"),
            ],
            id="the-last-items-list-introduced-below-a-blank-line",
        ),
        case(
            "Dear Northby NHS Foundation Trust,\nPlease could you answer the following.\n1. Diagnoses\na) How many are"
            " on waiting lists for assessment of the following conditions? How long until they can expect to receive an"
            " assessment?\n- Autism\n- ADHD\nb) How often are diagnoses added to a patient's medical record without"
            " formal assessment?\nYours faithfully,\nSam Fox\n",
            # The requester's bullets under a part asking of what they list answer nothing: the next part is still
            # asked (a WhatDoTheyKnow request to Oxleas NHS Foundation Trust)
            [
                ("1", "Diagnoses"),
                (
                    "a",
                    "How many are on waiting lists for assessment of the following conditions? How long until they can "
                    "expect to receive an assessment?",
                ),
                ("b", "How often are diagnoses added to a patient's medical record without formal assessment?"),
            ],
            id="the-next-part-under-the-requesters-bullets-below-a-part",
        ),
        case(
            "Dear Northby Ambulance Service NHS Trust,\n\n1. For each of the last three calendar months\n(a) November"
            " 2022,\n(b) December 2022,\n(c) January 2023\n\nPlease export data for EACH call in the month period with"
            " the following:\n\n- the time the call was received\n- any category changes and their times\n\nMany"
            " thanks,\n\nSam Fox\n",
            # The requester's line under the last lettered part asking for the bullets below it: each bullet a question,
            # the line neither the part's words nor an answer (a WhatDoTheyKnow request to the Welsh Ambulance Services
            # NHS Trust)
            [
                ("1", "For each of the last three calendar months"),
                ("a", "November 2022,"),
                ("b", "December 2022,"),
                ("c", "January 2023"),
                ("\u20221", "the time the call was received"),
                ("\u20222", "any category changes and their times"),
            ],
            id="bullets-asked-for-by-a-line-under-the-last-lettered-part",
        ),
        case(
            "Separately, I am requesting information on your Council's use of rent guarantee schemes: these are typica"
            "lly used to help people facing homelessness by providing a written guarantee to the landlord to cover"
            " any unpaid rent/damage. The information I require is written below, but also in a Table 2:\n\n  \u2022"
            " Total amount of rent guarantees issued in 2019/20\n    \u2022 How many rent guarantees were issued to"
            " care leavers\n    \u2022 Age bands of those issued rent guarantees\n\n\nWe will not be able to answer"
            " your request without exceeding the appropriate limit. This is because we do not record this information"
            " separately and to extract the information it would mean going into each individual application which"
            " would exceed the cost of compliance."
            "\n",
            # Bullets under "The information I require is written below" (a request on Rushcliffe Borough Council's
            # log, refused on cost)
            [
                ("\u20221", "Total amount of rent guarantees issued in 2019/20"),
                ("\u20222", "How many rent guarantees were issued to care leavers"),
                ("\u20223", "Age bands of those issued rent guarantees"),
            ],
            id="bullets-under-the-information-i-require",
        ),
        case(
            "Dear Mr Doyle\nFreedom of Information Act 2000\nThank you for your recent Freedom of Information request."
            " You asked to be provided \nwith the following information:\n1. Relating the Housing Management Scheme"
            " and unpublished policies \nand communications relating to housing needs assessments. \n2. Relating to"
            " Citywest council secured assured and flexible tenancies\n Within the constraints of section 12 please"
            " supply the information on a year \non year basis commencing with the FY 2018/2019 or if in the data"
            " year set you \ncurrently use commencing with 2018 and working backwards up to 5 years.\n\n3. In the"
            " data the number of those actually being placed on the list and not \nmoved or offered accommodation"
            " \n4. The number of applications made for housing on medical or disability \n5. The number of successful"
            " applications for housing on medical or \ndisability grounds \n122 households are registered on the gener"
            "al waiting list with medical priority.\n6. The number of applications to transfer on medical or disabilit"
            "y grounds \n(mobility category) \n7. The number of successful applications to transfer on medical disabil"
            "ity \ngrounds (mobility category) \n214 households are registered for a transfer with medical priority"
            " \u2013 mobility \ncategory breakdown is as follows:\n18 mob cat 1\n21 mob cat 2\n141 mob cat 3\n61 mob"
            " cat 4"
            "\n",
            # A figure opening the line under a question asking for one is its answer (Westminster City Council's
            # letter, hard-wrapped, each answer straight under its question)
            [
                (
                    "1",
                    "Relating the Housing Management Scheme and unpublished policies and communications relating to "
                    "housing needs assessments.",
                ),
                (
                    "2",
                    "Relating to Citywest council secured assured and flexible tenancies Within the constraints of "
                    "section 12 please supply the information on a year on year basis commencing with the FY 2018/2019 "
                    "or if in the data year set you currently use commencing with 2018 and working backwards up to 5 "
                    "years.",
                ),
                (
                    "3",
                    "In the data the number of those actually being placed on the list and not moved or offered "
                    "accommodation",
                ),
                ("4", "The number of applications made for housing on medical or disability"),
                ("5", "The number of successful applications for housing on medical or disability grounds"),
                ("6", "The number of applications to transfer on medical or disability grounds (mobility category)"),
                (
                    "7",
                    "The number of successful applications to transfer on medical disability grounds (mobility "
                    "category)",
                ),
            ],
            answers={
                "5": [A(contains="122 households are registered")],
                "7": [A(contains="214 households are registered")],
            },
            id="a-figure-under-a-question-asking-for-one-is-its-answer",
        ),
        case(
            "Dear Northby Council,\n\n1. How many planning applications were refused by the council over the last\n"
            "12 months, and how many of those were appealed by the applicant?\n2. How many enforcement notices were "
            "issued?\n\nYours faithfully,\nJo Bloggs\n",
            # (not a wrap within the question, its line ending on a joining word)
            [
                (
                    "1",
                    "How many planning applications were refused by the council over the last 12 months, and how many "
                    "of those were appealed by the applicant?",
                ),
                ("2", "How many enforcement notices were issued?"),
            ],
            id="negative-a-figure-wrapped-within-a-count-question",
        ),
        case(
            "Dear Mr Ali\nYour Freedom of Information request response\nThank you for your email received 8th September"
            " 2020 in which you requested the following\ninformation.\n\u201c1) can you please advise why no action has"
            " been taken by the Commission into what\na) the trustees' conflicts of interest over the sale of the charity's"
            " land\nAnd\nb) the lack of any"
            " accounts\n2) what steps the Commission has taken since.\u201d\nThe above request has been processed under"
            " the provisions of the Freedom of Information Act\n2000 (FOIA).\n",
            # A conjunction alone on its line between two parts is neither's words (a request the Charity Commission
            # quotes in its reply)
            [
                ("1", "can you please advise why no action has been taken by the Commission into what"),
                ("a", "the trustees' conflicts of interest over the sale of the charity's land"),
                ("b", "the lack of any accounts"),
                ("2", "what steps the Commission has taken since."),
            ],
            id="a-conjunction-alone-between-two-parts",
        ),
        case(
            "Dear Mr X\nI write in response to your request of 1 October 2012 for information in relation to NHS "
            "Northby's Wound Care Formulary.\nQuestion:1. A copy of the Wound Care Formulary for the Royal Infirmary of "
            "Northby.\nAnswer:A copy of the formulary is attached.\nThis information is exempt under Section 25 "
            "of the Freedom of Information (Scotland) Act 2002 - Information otherwise accessible\n(1) Information which "
            "the applicant can reasonably obtain other than by requesting it under section 1(1) is exempt information.\n"
            "Question:2. Confirmation of when the Formulary is due for review\nAnswer:This formulary was recently "
            "reviewed and the update approved in August 2012.\nQuestion:3. Confirmation of whether the Formulary is a "
            "joint Formulary.\nAnswer:Yes.\n",
            # A list inside an answer runs on only in its own style of number: the Act's "(1)" quoted in the answer,
            # then "Question:2." (NHS Lothian's reply)
            [
                ("1", "A copy of the Wound Care Formulary for the Royal Infirmary of Northby."),
                ("2", "Confirmation of when the Formulary is due for review"),
                ("3", "Confirmation of whether the Formulary is a joint Formulary."),
            ],
            answers={
                "1": [A(contains="A copy of the formulary is attached", withheld=True, exemptions=("FOISA 25",))],
                "2": [A(contains="recently reviewed")],
                "3": [A(contains="Yes.")],
            },
            id="a-list-inside-an-answer-runs-on-only-in-its-own-style-of-number",
        ),
        # London Metropolitan University's disclosure log: a request of question paragraphs, the first left without
        # its mark under an introduction ending in a semicolon, the third asking under a condition in 55 words
        case(
            "Request\n\nHi\n\nI am doing some research. Ideally, I would like to find out;\n\nDoes the University "
            "use any kind of plagiarism detection tools - for example turn-it-in\n\nIf the University does use a "
            "plagiarism detection tool, is the report something that assessors can routinely see?\n\nIf the "
            "University does use a plagiarism detection tool, please can you tell me the average similarity score for "
            "your University for each of the past 3 academic years. - (this would be for example the sum of the "
            "similarity scores, divided by the total number of submissions for each of 2018-19, 2017-18 and 2016-17)."
            "\n\nDoes the University block attempts to access essay mill sites from University facilities?\n\n"
            "Thank-you\n",
            [
                ("•1", "Does the University use any kind of plagiarism detection tools - for example turn-it-in"),
                (
                    "•2",
                    "If the University does use a plagiarism detection tool, is the report something that assessors can "
                    "routinely see?",
                ),
                (
                    "•3",
                    "If the University does use a plagiarism detection tool, please can you tell me the average "
                    "similarity score for your University for each of the past 3 academic years. - (this would be for "
                    "example the sum of the similarity scores, divided by the total number of submissions for each of "
                    "2018-19, 2017-18 and 2016-17).",
                ),
                ("•4", "Does the University block attempts to access essay mill sites from University facilities?"),
            ],
            id="question-paragraphs-the-first-unmarked-the-third-asking-under-a-condition-at-length",
        ),
        # (a line under an introduction that ends no sentence with a colon is the letter's, not a question)
        case(
            "Request\n\nHi\n\nI am doing some research on tools\n\nDoes the University use any kind of plagiarism "
            "detection tools\n\nIs the report something that assessors can see?\n\nDoes the University block essay "
            "mill sites?\n\nWhat does the tool cost?\n\nThank-you\n",
            [
                ("•1", "Is the report something that assessors can see?"),
                ("•2", "Does the University block essay mill sites?"),
                ("•3", "What does the tool cost?"),
            ],
            id="a-line-under-no-introduction-left-without-its-mark-is-no-question",
        ),
        # A request page that lost its paragraph breaks: the offer to clarify glued to the last item's years
        case(
            "Dear Council,Could you provide me with:\n1) The number of agency teams in each of the years:2021-222022-23"
            "\n2) The spend on agency teams in each of the years2021-222022-23If you need any additional information "
            "to complete the request, please do not hesitate to get in touch.\n",
            [
                ("1", "The number of agency teams in each of the years:2021-222022-23"),
                ("2", "The spend on agency teams in each of the years2021-222022-23"),
            ],
            id="an-offer-to-clarify-glued-to-the-last-item",
        ),
        case(
            "Please tell me:\n1. How many teams do you employ?\n2. What do they cost? If you have any questions about "
            "this request, please email me.\n",
            [("1", "How many teams do you employ?"), ("2", "What do they cost?")],
            id="an-offer-to-answer-questions-after-the-last-item",
        ),
        # Borders College's letter on WhatDoTheyKnow: the answers, numbered from 1 again, under a heading naming the body
        case(
            "Thank you for your email which was received by Northby College on 19 June 2020, requesting information "
            "about:\n1. How many staff have accessed the college buildings since lockdown?\n2. Did any staff have to "
            "use public transport to attend work?\nNorthby College Response\n1. The number of staff is not held.\n2. "
            "Staff entered the campus to produce face masks for the NHS.\n",
            [
                ("1", "How many staff have accessed the college buildings since lockdown?"),
                ("2", "Did any staff have to use public transport to attend work?"),
            ],
            answers={
                "1": [A(contains="The number of staff is not held.", not_held=True)],
                "2": [A(contains="Staff entered the campus")],
            },
            id="answers-numbered-again-under-a-heading-naming-the-body",
        ),
        # Torbay Council's published response to a round robin: each part of the request says what its questions ask
        case(
            "Part 1: The following questions aim to establish how requests are logged and monitored.\n\n1. What "
            "system(s) do you use to log and monitor FOI requests?\n\nNorthby Council has an in-house web-based "
            "system\n\n2. Are requesters' names removed from requests?\n\nPart 2: The following questions aim to "
            "establish what resources your authority allocates to FOI.\n\n3. How many FTE staff are there in this "
            "team?\n\nThree.\n",
            [
                ("1", "What system(s) do you use to log and monitor FOI requests?"),
                ("2", "Are requesters' names removed from requests?"),
                ("3", "How many FTE staff are there in this team?"),
            ],
            answers={"1": [A(contains="in-house web-based system")], "2": [], "3": [A(contains="Three.")]},
            id="a-part-of-the-request-saying-what-its-questions-ask-is-a-heading",
        ),
        # Hampshire County Council's notice of determination: its numbered section over the request it sums up
        case(
            "Notice of determination of request - unedited disclosure\n\n1. Summary of your request\n\nName: Jo Doe"
            "\n\nDescription of information sought:\n\n1. How many children are registered as home educated?\n\n2. "
            "How many of them are visited each year?\n",
            [
                ("1", "How many children are registered as home educated?"),
                ("2", "How many of them are visited each year?"),
            ],
            id="a-numbered-summary-of-the-request-is-a-heading",
        ),
        # NHS Fife's letter, each question numbered bare with its answer run on after it
        case(
            "Dear Billy\n\nThank you for your Freedom of Information Request which we received on 9 August 2019 "
            "requesting information on St Andrews Community Hospital. Question/Response:\n1 How much did St Andrew's Community Hospital cost? The final construction cost was "
            "\u00a327m.\n2 How much did the day surgery unit cost? Most of this is shared space so we are unable to "
            "provide a cost.\n3 How much did the equipment cost please? The space wasn't equipped at the time.\n",
            [
                ("1", "How much did St Andrew's Community Hospital cost?"),
                ("2", "How much did the day surgery unit cost?"),
                ("3", "How much did the equipment cost please?"),
            ],
            answers={
                "1": [A(contains="final construction cost")],
                "2": [A(contains="shared space")],
                "3": [A(contains="wasn't equipped")],
            },
            id="bare-numbered-questions-with-their-answers-run-on-in-the-reply",
        ),
        case(
            "Dear Billy\n\nThank you for your Freedom of Information Request which we received on 9 August 2019.\n\n"
            "Question/Response:\n1 How much did the hospital cost? The final construction cost was \u00a327m.\n2 How "
            "much did the day surgery unit cost? Most of this is shared space.\n",
            [("1", "How much did the hospital cost?"), ("2", "How much did the day surgery unit cost?")],
            answers={"1": [A(contains="\u00a327m")], "2": [A(contains="shared space")]},
            id="a-question-and-response-heading-over-bare-numbered-pairs",
        ),
        # North Staffordshire Combined Healthcare NHS Trust: each answer on its question's line, one after a full stop
        case(
            "Dear Wendy\n\nRequested information:\n\n  1. Please supply patient's information ECT leaflet. Please see "
            "Appendix 1 attached.\n  2. Please supply any ECT reports/investigations. There are no reports/ "
            "investigations\n  3. How many ECT in 2023? 20\n",
            [
                ("1", "Please supply patient's information ECT leaflet."),
                ("2", "Please supply any ECT reports/investigations."),
                ("3", "How many ECT in 2023?"),
            ],
            answers={
                "1": [A(contains="Appendix 1")],
                "2": [A(contains="There are no reports")],
                "3": [A(contains="20")],
            },
            id="an-answer-saying-there-is-none-after-the-items-full-stop",
        ),
        case(
            "Dear Northby Council,\n\n1. Please supply the list of contracts. There is no need to include their "
            "values.\n2. Please supply the register of gifts.\n\nYours faithfully,\n\nJo Doe\n",
            [
                ("1", "Please supply the list of contracts. There is no need to include their values."),
                ("2", "Please supply the register of gifts."),
            ],
            id="the-requests-own-there-is-no-need-is-the-question",
        ),
        # a WhatDoTheyKnow request to Manchester Metropolitan University: round bullets with dashed ones among them
        case(
            "Dear Northby University,\n\nI would be most grateful if you would provide me, under the Freedom of "
            "Information Act, the following information:\n\u2022 How are facilities management services handled across "
            "your estates?\n- If any services are outsourced, which services and to which suppliers?\n- What are the "
            "values of the contracts?\n\u2022 Which software solution(s) are used to manage your corporate property?\n\n"
            "Yours faithfully,\n\nGina George\n",
            [
                ("\u20221", "How are facilities management services handled across your estates?"),
                ("\u20222", "If any services are outsourced, which services and to which suppliers?"),
                ("\u20223", "What are the values of the contracts?"),
                ("\u20224", "Which software solution(s) are used to manage your corporate property?"),
            ],
            id="a-request-mixing-round-and-dashed-bullets-is-one-list",
        ),
        # Ayrshire College's letter as a PDF's text, wrapped at about 80 characters: the first answer's line under a
        # question line that left room for its first word
        case(
            "Dear Ms Evans\nI am writing further to your email of 21 November 2019 and your request for information \n"
            "under the Freedom of Information (Scotland) Act 2002.   \n1.  The job title of your Data Protection "
            "Officer \nData Protection Officer (DPO). \n2.  Please confirm if their role is full or part time and "
            "approximately how many hours \nare dedicated solely to Data Protection activities \nNorthby College's "
            "nominated DPO is part time and is the equivalent of a 0.5 FTE. \nAll the DPO's time is dedicated solely "
            "to data protection activities.  \nNorthby College's DPO is part of a shared service, centrally "
            "coordinated by \nHEFESTIS. HEFESTIS is a not-for-profit Shared Service organisation jointly \nowned by "
            "member institutions across the Scottish University and Colleges sectors. \nThrough this arrangement the "
            "College can access DPO support at any time and \nnot just on the days when our nominated DPO is working "
            "at the College.  \n",
            [
                ("1", "The job title of your Data Protection Officer"),
                (
                    "2",
                    "Please confirm if their role is full or part time and approximately how many hours are dedicated "
                    "solely to Data Protection activities",
                ),
            ],
            answers={"1": [A(contains="(DPO)")], "2": [A(contains="0.5 FTE")]},
            id="a-wrapped-letters-question-line-that-left-room-ended-there",
        ),
        case(
            # Hertfordshire Partnership University NHS Foundation Trust answering 4, 17, 18, 25, 35 and 36 of a
            # campaigner's 51 questions, each under its own number
            "Hi Wendy\n\nThank you for your request concerning ECT, Restraints, Seclusions.\n\nPlease provide "
            "Electro Convulsive Treatment (ECT) information under the FOI act to the following questions: -\n\n17. "
            "Have there been any formal complaints from patients/relatives about ECT?\n\nIn 2023 there were no formal "
            "complaints mentioning ECT.\n\n18. If so, what was their concerns?\n\nNot applicable.\n\nPlease provide "
            "restraints information under the FOI act to the following questions: -\n\n25. How many RESTRAINTS in "
            "2023?\n\nIn 2023 there were 2,884 restraints reported.\n\n35. Have there been any formal complaints from "
            "patients/relatives about RESTRAINTS?\n\nIn 2023 there were 4 complaints that mentioned restraints.\n\n",
            [
                ("17", "Have there been any formal complaints from patients/relatives about ECT?"),
                ("18", "If so, what was their concerns?"),
                ("25", "How many RESTRAINTS in 2023?"),
                ("35", "Have there been any formal complaints from patients/relatives about RESTRAINTS?"),
            ],
            answers={
                "17": [A(contains="no formal complaints")],
                "18": [A(contains="Not applicable")],
                "25": [A(contains="2,884")],
                "35": [A(contains="4 complaints")],
            },
            id="a-reply-answering-a-selection-of-numbered-questions",
        ),
        case(
            # the same reply's answer with the introduction of the next part under it, its colon followed by a dash
            "Hi Wendy\n\nThank you for your request.\n\n1. Have there been any formal complaints from patients/relatives "
            "about ECT?\n\nIn 2023 there were no formal complaints mentioning ECT.\n\n2. If so, what was their concerns?"
            "\n\nNot applicable.\n\nPlease provide restraints information under the FOI act to the following questions: "
            "-\n\n3. How many RESTRAINTS in 2023?\n\nIn 2023 there were 2,884 restraints reported.\n\n",
            [
                ("1", "Have there been any formal complaints from patients/relatives about ECT?"),
                ("2", "If so, what was their concerns?"),
                ("3", "How many RESTRAINTS in 2023?"),
            ],
            answers={"2": [A(contains="Not applicable")]},
            id="an-answer-above-the-next-parts-introduction-ending-in-colon-dash",
        ),
        case(
            # a WhatDoTheyKnow request to Surrey County Council: a line per question, the last asking with a full stop
            "Dear Northby County Council,\n\nHow many claims did the council receive for compensation for pothole "
            "damage?\nHow many of these claims did you pay?\nWhat is the average pay out for a claim?\nDid the council "
            "develop its own process for managing pothole claims, e.g. the development of a form to report claims, "
            "standards in terms of timely responses etc.\n\nYours faithfully,\nOliver Lewis\n",
            [
                ("•1", "How many claims did the council receive for compensation for pothole damage?"),
                ("•2", "How many of these claims did you pay?"),
                ("•3", "What is the average pay out for a claim?"),
                (
                    "•4",
                    "Did the council develop its own process for managing pothole claims, e.g. the development of a "
                    "form to report claims, standards in terms of timely responses etc.",
                ),
            ],
            id="the-requests-last-question-line-asking-with-a-full-stop",
        ),
        case(
            # Hastings Borough Council's log (dev hastings-012): items that are headings, each item's words in the
            # paragraph under it, or in its lettered parts; the list and paragraphs below the first paragraph are the
            # request's own, not the item's
            "Please find the detailed requests below:\n1. Contract Register Request:\nI am seeking the full contract "
            "register of the organisation. The register should include the following columns:\n\u00b7 Contract "
            "Reference\n\u00b7 Supplier Name\nHow many contracts are currently held on the contract register?\nPlease "
            "provide the contract register file in Excel format.\n2. Procurement Strategy Document Request:\na. Can the "
            "organisation provide a full version of their Procurement Strategy for 2024/25?\nb. If not, when is one "
            "planned?\n",
            [
                (
                    "1",
                    "Contract Register Request: I am seeking the full contract register of the organisation. The "
                    "register should include the following columns:",
                ),
                ("2", "Procurement Strategy Document Request:"),
                ("a", "Can the organisation provide a full version of their Procurement Strategy for 2024/25?"),
                ("b", "If not, when is one planned?"),
            ],
            id="a-heading-item-with-its-words-in-the-paragraph-under-it",
        ),
    ]
)

_ASCII_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
ANSWER_CASES = [c for c in CASES if c.values[2] is not None]
PARENT_CASES = [c for c in CASES if c.values[3] is not None]


@pytest.mark.parametrize(("snippet", "expected", "answers", "parents"), CASES)
def test_questions(snippet: str, expected: list[tuple[str, str]], answers: Any, parents: Any) -> None:
    r = parse_text(snippet)
    assert [(q.number, q.text) for q in r.questions] == expected


@pytest.mark.parametrize(("snippet", "expected", "answers", "parents"), PARENT_CASES)
def test_question_parents(snippet: str, expected: Any, answers: Any, parents: dict[str, str | None]) -> None:
    r = parse_text(snippet)
    got = {q.number: q.parent for q in r.questions}
    for number, parent in parents.items():
        assert number in got, f"question {number} not found"
        assert got[number] == parent, f"parent of {number}"


@pytest.mark.parametrize(("snippet", "expected", "answers", "parents"), ANSWER_CASES)
def test_answers(snippet: str, expected: Any, answers: dict[str, list[dict[str, Any]]], parents: Any) -> None:
    r = parse_text(snippet)
    by_number = {q.number: q for q in r.questions}
    for number, want in answers.items():
        assert number in by_number, f"question {number} not found"
        q = by_number[number]
        assert len(q.answers) == len(want), f"answers to {number}: {[a.text for a in q.answers]}"
        for got, exp in zip(q.answers, want, strict=True):
            where = f"question {number}, answer {got.text!r}"
            assert (got.directorate.kind if got.directorate else None) == exp["directorate"], where
            if exp["label"] is not None:
                assert got.directorate is not None and exp["label"] in got.directorate.label, where
            if exp["contains"] is not None:
                assert exp["contains"] in got.text, where
            assert q.text not in got.text, f"{where}: the answer repeats its question"
            if exp["referral"] is None:
                assert got.referral is None, where
            else:
                assert got.referral is not None, where
                assert exp["referral"].lower() in got.referral.target.lower(), where
                if exp["link"] is not None:
                    assert got.referral.link == exp["link"], where
            assert got.not_held is exp["not_held"], where
            assert got.withheld is exp["withheld"], where
            assert got.exemptions == exp["exemptions"], where


@pytest.mark.parametrize(("snippet", "expected", "answers", "parents"), CASES)
def test_question_and_answer_spans_point_at_the_text(snippet: str, expected: Any, answers: Any, parents: Any) -> None:
    r = parse_text(snippet)
    for q in r.questions:
        assert r.text[q.span.start : q.span.end] == q.span.text
        # the span covers the printed question: its first words are in it (its quotes and dashes made ASCII, as the
        # normalised text has them)
        words = " ".join(q.text.translate(_ASCII_MARKS).split()[:3])
        assert words in " ".join(q.span.text.replace("*", "").split())
        for a in q.answers:
            assert r.text[a.span.start : a.span.end] == a.span.text
            if a.directorate is not None:
                d = a.directorate.span
                assert r.text[d.start : d.end] == d.text
            if a.referral is not None:
                s = a.referral.span
                assert r.text[s.start : s.end] == s.text


def test_a_list_printed_all_1_keeps_each_items_answer() -> None:
    # Guildford Borough Council's published release: every item "1.", each answered below it; an answer is no line
    # leading into a list under its question, which would end in a colon
    r = parse_text(
        "FOI release\n\n  1. What is the process for procuring social housing?\n\nThis is principally undertaken by "
        "Registered Providers.\n\nSpecifically, I would like to know:\n\n  1. What is the average age of these "
        "homes?\n\n64 years and 3 months\n\n  1. How much does your council spend annually on these homes?\n\nThis "
        "information is publicly available on the government website.\n"
    )
    assert [[a.text for a in q.answers] for q in r.questions] == [
        ["This is principally undertaken by Registered Providers."],
        ["64 years and 3 months"],
        ["This information is publicly available on the government website."],
    ]


def test_one_answer_covering_several_questions_is_the_same_answer() -> None:
    snippet = next(c.values[0] for c in CASES if c.id == "one-answer-for-questions-2-and-3")
    r = parse_text(snippet)
    by_number = {q.number: q for q in r.questions}
    assert by_number["2"].answers[0].span == by_number["3"].answers[0].span


def test_seed_questions_and_directorate_answers(seed_record) -> None:  # type: ignore[no-untyped-def]
    """Issue 3 acceptance: 8 questions; 1-6 and 8 answered by children's then adults' social care; 7 answered
    once for both, withheld under FOIA s43(2); the adults' answers to 1-4 refer to the contract register."""
    qs = seed_record.questions
    assert [q.number for q in qs] == [str(n) for n in range(1, 9)]
    assert qs[0].text == "Name of system and supplier (or if built in-house)"
    assert qs[2].text == "How long you have been using the system for"
    assert qs[6].text == "What the annual cost for support and maintenance is for the software"
    for q in qs:
        kinds = [a.directorate.kind if a.directorate else None for a in q.answers]
        if q.number == "7":
            assert kinds == ["both"]
            assert q.answers[0].withheld
            assert q.answers[0].exemptions == ["FOIA 43(2)"]
        else:
            assert kinds == ["children", "adults"], q.number
            assert not q.answers[0].withheld and not q.answers[1].withheld
        if q.number in {"1", "2", "3", "4"}:
            referral = q.answers[1].referral
            assert referral is not None and "contract register" in referral.target.lower()
            assert referral.link == "https://due-north.com"
            assert q.answers[0].referral is None
        elif q.number != "7":
            assert q.answers[1].referral is None
    assert "Liquidlogic LCS" in qs[0].answers[0].text
    assert "March 2028" in qs[3].answers[0].text


# A decision notice numbers its own paragraphs; the request it quotes keeps its items, numbered as printed.
DECISION_CASES = [
    pytest.param(
        # The First-tier Tribunal on Peverell Park Surgery: the Act's section 1 quoted under its own heading, its
        # subsections numbered in brackets like a request's items
        (
            "Case Reference: FT/EA/2024/0385\nFirst-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\n"
            "Between\nJOHN SMITH\nAppellant\nand\nTHE INFORMATION COMMISSIONER\nRespondent\nDecision: The appeal is "
            "dismissed.\nREASONS\n1. This is an appeal brought by John Smith against Decision Notice number "
            'IC-320383-R1P1 ("the DN") issued by the Information Commissioner on 19th August 2024.\n2. The DN referred '
            "to a request made by Mr Smith on 17th February 2024 to the partners of Northby Surgery.\n3. The appeal is "
            'brought under the Freedom of Information Act 2000 ("FOIA").\nThe Law\n4. The '
            "relevant provisions of FOIA are as follows:\nSection 1: General right of access to information held by "
            "public authorities.\n(1) Any person making a request for information to a public authority is entitled-\n"
            "(a) To be informed in writing by the public authority whether it holds information of the description "
            "specified in the request, and\n(b) If that is the case, to have that information communicated to him.\n"
            "Section 58: Determination of appeals\n(1) If on an appeal under section 57 the Tribunal considers-\n"
        ),
        [],
        id="a-section-of-the-act-quoted-under-its-own-heading",
    ),
    pytest.param(
        # The Scottish Information Commissioner on Caledonian Maritime Assets: the request numbered like the paragraphs,
        # under the paragraph reporting what was asked for; the paragraphs go on at 2
        (
            "Decision 080/2025: Tender bids\n\nAuthority: Northby Maritime Assets Ltd\nCase Ref: 202201047\n\nSummary"
            "\n\nThe Commissioner found that the Authority had partially complied with FOISA.\n\nBackground\n\n"
            "  1. On 1 July 2022, the Applicant made a request for information to the Authority.  He asked for:\n"
            "    1. The tender bid relating to the contracts for Hulls 801 and 802, including the original bid.\n\n"
            "    2. In addition, any internal or external correspondence in 2015 about the refund guarantee.\n\n"
            "  2. The Authority responded on 26 July 2022. It withheld the information under section 33(1)(b).\n"
        ),
        [
            ("1", "The tender bid relating to the contracts for Hulls 801 and 802, including the original bid."),
            ("2", "In addition, any internal or external correspondence in 2015 about the refund guarantee."),
        ],
        id="the-request-numbered-like-its-paragraphs-under-he-asked-for",
    ),
    pytest.param(
        # A Scottish Information Commissioner decision's summary lists the request as numbered items; its paragraphs below
        # are numbered too, each opening with a capital
        (
            "Decision 198/2021: Environmental monitoring - failure to respond\n\nPublic authority: Northby Environment "
            "Agency\nCase Ref: 202100530\n\nSummary\n\nThe Applicant asked the Agency for information about its "
            "enforcement unit. The Applicant asked for:\n\n1. the status of investigations being conducted by the "
            '"enforcement unit";\n\n2. details of unexpected inspections.\n\nThis decision finds that the Agency failed '
            "to respond to the request.\n\nBackground\n\n1. The Applicant made an information request to the Agency on "
            "18 November 2020.\n\n2. The Agency did not respond to the information request.\n"
        ),
        [
            ("1", 'the status of investigations being conducted by the "enforcement unit";'),
            ("2", "details of unexpected inspections."),
        ],
        id="the-request-its-summary-numbers-in-lower-case",
    ),
    pytest.param(
        # An ICO decision notice on Solihull Metropolitan Borough Council: its paragraphs 1-5, then the request quoted in
        # paragraph 5, numbered from 1 again under a "Request and response" heading
        (
            "Freedom of Information Act 2000 (FOIA)\n\nDecision notice\n\nDate: 21 January 2016\n\nPublic Authority: "
            "Northby Borough Council\n\nDecision (including any steps ordered)\n\n1. The complainant requested "
            "information about loan agreements.\n\n2. The Commissioner's decision is that the Council has incorrectly "
            "applied section 43(2).\n\nRequest and response\n\n3. On 7 May 2015, the complainant wrote to the Council "
            'and requested following information under FOIA:\n\n"1. How many loan contracts do you have on your books?'
            "\n\n2. When were they signed and by whom?\n\n3. Who advised the council to enter them?\n\n4. The Council "
            "responded on 3 June 2015.\n"
        ),
        [
            ("1", "How many loan contracts do you have on your books?"),
            ("2", "When were they signed and by whom?"),
            ("3", "Who advised the council to enter them?"),
        ],
        id="the-request-it-quotes-numbered-like-its-paragraphs",
    ),
    pytest.param(
        # The Scottish Information Commissioner on Ayrshire and Arran Health Board: the request's "(1)" under paragraph 1,
        # its last item cut before its question mark
        (
            "Decision Notice 059/2024: Information relating to an email\n\nAuthority: Northby Health Board\n"
            "Case Ref: 202200807\n\nSummary\n\nThe Applicant asked the Authority for information. The Commissioner "
            "investigated and was satisfied that the Authority did not hold the information requested.\n\nBackground\n\n"
            "1.    On 12 October 2021, the Applicant made a request for information to the Authority. Specifically,\n\n"
            "the Applicant sought answers to the following specific questions arising from the content of the email:\n\n"
            "(1)    What positions did the author of the above email contact?\n\n"
            "(2)    What method did the author of the above email use?\n\n"
            "(3)    Does the phrase refer to garments produced by (i) the first supplier or (ii) the sec\n"
        ),
        [
            ("1", "What positions did the author of the above email contact?"),
            ("2", "What method did the author of the above email use?"),
            ("3", "Does the phrase refer to garments produced by (i) the first supplier or (ii) the sec"),
        ],
        id="the-request-it-quotes-numbered-in-round-brackets",
    ),
    pytest.param(
        # A First-tier Tribunal decision on the London Borough of Harrow whose copy lost the quotation's indent: the
        # parties numbered "(1) ... (2) ..." above, then the request numbered like paragraphs under the requester's own
        # words asking.
        (
            "General Regulatory Chamber\nInformation Rights\nHUGH BROWN |\nAppellant |\n- and - |\n"
            "(1) THE INFORMATION COMMISSIONER (2) NORTHBY BOROUGH COUNCIL |\nRespondents |\n"
            "Decision: The appeal is Dismissed.\nBACKGROUND\n"
            "In relation to the legal action taken, please could you provide me with the following information:\n"
            "1. All legal advice provided to the Leader of the Council. I would expect this to include:\n"
            "a. All advice from the Council's internal legal team\n"
            "b. All advice from any external legal expertise commissioned by the Council\n"
            "2. Discussion of legal advice:\n"
            "a. All email correspondence between the Leader and the legal advisors.\n"
            "3. The following cost information:\n"
            "a. Forecast costs of the legal challenge\n"
        ),
        [
            ("1", "All legal advice provided to the Leader of the Council. I would expect this to include:"),
            ("a", "All advice from the Council's internal legal team"),
            ("b", "All advice from any external legal expertise commissioned by the Council"),
            ("2", "Discussion of legal advice:"),
            ("a", "All email correspondence between the Leader and the legal advisors."),
            ("3", "The following cost information:"),
            ("a", "Forecast costs of the legal challenge"),
        ],
        id="tribunal-the-request-quoted-in-the-requesters-words-under-its-numbered-parties",
    ),
    pytest.param(
        # Decisions number their paragraphs "1."; the request quoted as "1) ...?" ... "3) Any correspondence ..." keeps
        # its items without a question mark too (the Scottish Information Commissioner on Healthcare Improvement Scotland)
        (
            "Decision 275/2025: Stakeholder Group meetings\nAuthority: Northby Health Board\nCase Ref: 202500588\n"
            "Summary\nThe Applicant asked the Authority for information. The Commissioner investigated and was satisfied "
            "that the Authority partially complied with FOISA in responding to the Applicant's request.\nBackground\n"
            "1. On 7 February 2025, the Applicant made a request for information to the Authority. He asked:\n"
            "1) Why the March 2024 meeting was not rescheduled?\n2) Is the Group still extant?\n"
            "3) Any correspondence sent by the Authority to the members between 03 May 2024 and 31 December 2024.\n"
            "2. The Authority responded on 6 March 2025.\n"
        ),
        [
            ("1", "Why the March 2024 meeting was not rescheduled?"),
            ("2", "Is the Group still extant?"),
            ("3", "Any correspondence sent by the Authority to the members between 03 May 2024 and 31 December 2024."),
        ],
        id="the-request-it-quotes-with-bracketed-numbers",
    ),
    pytest.param(
        (
            "Decision 123/2019: Children's home\n\nPublic authority: Northby Council\nCase Ref: 201900409\n\nSummary\n\n"
            "The Commissioner's decision is that the Council failed to respond.\n\nBackground\n\n"
            "1. On 4 March 2019, the Applicant made a request for information to Northby Council (the Council). The "
            'information requested was:\n\n  \u2022 "copies of all reports concerning the boys who ran away from the home." '
            '(Request one)\n  \u2022 "copies of all social work minutes concerning these boys." (Request two)\n\n'
            "2. The Council responded on 2 April 2019.\n\n3. The Commissioner requires the Council to take the following "
            "step:\n\n  \u2022 Respond to the Applicant's requirement for review.\n"
        ),
        [
            ("\u20221", "copies of all reports concerning the boys who ran away from the home."),
            ("\u20222", "copies of all social work minutes concerning these boys."),
        ],
        id="the-quoted-requests-bulleted-under-the-paragraph-reporting-them",
    ),
    pytest.param(
        (
            "Freedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate: 21 November 2023\n\n"
            "Decision (including any steps ordered)\n\n"
            "1. The Commissioner's decision is that the public authority was not entitled to rely on section 43(2).\n\n"
            "2. The Commissioner requires the public authority to take the following step:\n"
            "- Disclose the information requested in part (b) of the request.\n\n"
            "Request and response\n\n"
            "3. On 6 March 2023, the complainant requested information in the following terms:\n\n"
            '"a) How many outages of the system occurred in 2022?\n'
            'b) What service credits were paid by the supplier?"\n'
        ),
        [
            ("a", "How many outages of the system occurred in 2022?"),
            ("b", "What service credits were paid by the supplier?"),
        ],
        id="the-quoted-request-but-not-the-steps-it-orders",
    ),
    pytest.param(
        # A tribunal's paragraph reporting the request, the request's one sentence below it, asking: no question of its
        # own (the First-tier Tribunal on the Department of Health and Social Care)
        (
            "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nAppeal Reference: EA/2022/0315\n"
            "Decision\nThe unanimous decision of the Tribunal is that:\n(1) The information sought was not held.\n(2) "
            "Accordingly, the appeal is dismissed.\nReasons\nIntroduction\n1. The Department of Health & Social Care "
            "('DHSC') is a ministerial Department of State.\n2. On 28 October 2021 the Appellant, Ms Rosamund Ridley, "
            "wrote to DHSC requesting information in these terms (question mark and sic added):\nWhen a doctor is "
            "working outside their (sic) NHS employment, how is the safety of this data monitored?\n3. DHSC responded "
            "on 19 November 2021, denying that it held any information within the scope of the request.\n"
        ),
        [],
        id="a-paragraph-reporting-a-one-sentence-request-that-asks",
    ),
    pytest.param(
        # The steps a tribunal's substituted decision orders, numbered in brackets (the First-tier Tribunal on NHS
        # England)
        (
            "First-tier Tribunal\nCase Reference: EA/2023/0417\nInformation Rights\nBetween\nJONATHAN SMITH\nAppellant\n"
            "and\n(1) THE INFORMATION COMMISSIONER\n(2) NORTHBY HEALTH BOARD\nRespondents\nDecision: The Appeal is "
            "Allowed in part and Dismissed in part\nSubstituted Decision Notice:\n(1) The Board shall, within 35 days "
            "of being sent this Decision, disclose paragraphs 2.15-2.16 of the Report.\n(2) The Board shall, within 35 "
            "days of being sent this Decision, disclose a copy of the Closed Schedule to the Appellant.\nREASONS\n"
        ),
        [],
        id="the-steps-a-substituted-decision-orders-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECISION_CASES)
def test_a_decision_notice_keeps_only_the_request_it_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    record = parse_text(text)
    assert record.doc_type == "decision_notice"
    assert [(q.number, q.text) for q in record.questions] == expected


def test_a_substituted_decision_ordering_disclosure_of_the_following_asks_nothing() -> None:
    # The First-tier Tribunal on the Judicial Appointments Commission: the information the body must disclose, lettered
    text = (
        "First-tier Tribunal\nDecision: The Appeals are allowed in part.\n\nSubstituted Decision Notice:\n\n1. By 5pm on "
        "16 May 2025, the JAC must disclose the following information held by it:\n\na. All situational and other "
        "questions and specimen answers utilised in the following exercises:\ni. the Deputy High Court selection "
        "exercises for 2021.\nii. The Specialist Circuit Judge selection exercises held in 2021.\nb. Communications "
        "leading to the retirement of Dr Jarvis.\n"
    )
    assert parse_text(text).questions == []


def test_a_decision_notice_keeps_the_lettered_request_but_not_the_lettered_reply_it_reports() -> None:
    text = (
        "Decision 092/2020: Ticketing\n\nPublic authority: Northby Ferries Limited\nCase Ref: 201902190\n\n"
        "Summary\n\nNorthby Ferries was asked about its ticketing. The Commissioner was satisfied that it had "
        "disclosed all the relevant information it held.\n\nBackground\n\n"
        "1. On 25 February 2019, the Applicant made a number of requests for information to Northby Ferries Limited. "
        "Two of the requests were for:\n\na. details of any freight companies which are unable to buy return tickets"
        "\n\nb. a note of standard conditions of travel.\n\n2. Northby Ferries responded on 2 April 2019, and:\n\n"
        "a. stated that there are no companies which can buy return tickets.\n\nb. provided a weblink to its "
        "conditions of carriage.\n\n3. On 9 May 2019, the Applicant emailed Northby Ferries requesting a review.\n"
    )
    record = parse_text(text)
    assert record.doc_type == "decision_notice"
    assert record.authority is not None and record.authority.name == "Northby Ferries Limited"
    assert [(q.number, q.text) for q in record.questions] == [
        ("a", "details of any freight companies which are unable to buy return tickets"),
        ("b", "a note of standard conditions of travel."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the grounds a review was asked on, numbered (i), (ii) under the paragraph reporting it (a Scottish
        # Information Commissioner decision)
        (
            "Decision 139/2018: Stuart and Nan Greaves and Northby Tourism\n\nReference No: 201800440\nDecision Date: "
            "31 August 2018\n\nSummary\n\nNorthby Tourism was asked for a copy of a report. The Commissioner required "
            "it to disclose the information which was wrongly withheld.\n\nBackground\n\n1. On 13 September 2017, Mr "
            "and Mrs Greaves made a request for information to Northby Tourism.\n\n2. Northby Tourism responded on 11 "
            "October 2017.\n\n3. On 19 October, Mr and Mrs Greaves wrote to Northby Tourism requesting a review of its "
            "decision on the basis that:\n\n(i) If the report was positive and dismissed their concerns, it should be "
            "disclosed.\n\n(ii) The operator had no objection.\n"
        ),
        # a First-tier Tribunal's substituted decision notice: its findings and the step it orders, lettered
        (
            "First-tier Tribunal\n(General Regulatory Chamber)\nBetween\nJAMES SMITH\nAppellant\nand\nThe Information "
            "Commissioner\nRespondent\nDecision: The appeal is allowed in part.\nSubstituted Decision Notice:\n"
            "Organisation: The Governing Body of Northby High School\nComplainant: Mr James Smith\n1. For the reasons set "
            "out below:\na. The public authority was not entitled to rely on section 40(2) to refuse part 1 of the "
            "request.\nb. The public authority does not hold any recorded information in the scope of part 2.\n2. The "
            "public authority is required to take the following steps within 30 days:\na. Disclose the information in "
            "part 1 of the request.\n"
        ),
    ],
    ids=["the-grounds-a-review-was-asked-on", "a-tribunals-findings-and-steps"],
)
def test_a_decision_notice_asks_nothing_in_its_own_lettered_points(text: str) -> None:
    record = parse_text(text)
    assert record.doc_type == "decision_notice"
    assert record.questions == []


def test_a_section_quoted_whole_is_no_answer_to_the_question_of_its_number() -> None:
    text = (
        "Reference No: 126/2015\n\nRequest\n\nPlease provide me with full answers to each of the following "
        "questions:\n\n  1. How many firefighters have been trained?\n  2. How much has been paid in overtime?\n\n"
        "Response\n\nThis letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000."
        "\n\nSection 17 of the Act provides:\n\n  1. A public authority which, in relation to any request for "
        "information, is to any extent relying on a claim that information is exempt must give the applicant a "
        "notice.\n"
    )
    record = parse_text(text)
    assert [(q.number, [a.text for a in q.answers]) for q in record.questions] == [("1", []), ("2", [])]


def test_a_lettered_item_glued_to_its_first_word() -> None:
    text = (
        "Decision 081/2011\n\nReference No: 201100110\nDecision Date: 21 April 2011\n\nSummary\n\nThe Commissioner "
        "found that the Authority had partially failed to deal with the request.\n\nBackground\n\n1.On 30 "
        "September 2010, Mr Graham wrote to the Authority requesting the following information:\n\na)A copy of the "
        "scientific papers on the moorings.\n"
    )
    record = parse_text(text)
    assert [(q.number, q.text) for q in record.questions] == [("a", "A copy of the scientific papers on the moorings.")]


def test_a_reply_quoting_the_request_back_and_cut_there_gives_no_answer() -> None:
    # Goldsmiths, University of London, on WhatDoTheyKnow: the reply quotes question 1 under "You asked:" and the page
    # ends inside it.
    text = (
        "Dear Goldsmiths, University of London,\n\nThis request is under the Freedom of Information Act 2000:\n\n"
        "1. Please inform me of the number of disciplinary actions taken against students resulting in a fine and/or "
        "expulsion in the last five academic years (2012/2013-2016/2017) under the Academic Misconduct, the reasons "
        "for such action being taken, and the results of any appeal.\n\n2. How many of those are contract "
        "cheating?\n\nYours faithfully,\n\nWan Zuhra\n\nGoldsmiths Information Access, Goldsmiths, University of "
        "London\n\nDear Wan Zuhra,\n\n \n\nI am writing in response to your Freedom of Information request "
        "received\non 19 March 2018 entitled \u201cContract cheating\u201d. You asked:\n\n \n\n1.Please inform me of "
        "the number of disciplinary actions taken against\nstudents resulting in a fine and/or expulsion in the last "
        "five academic\nyears (2012/2013-2016/2017) under the Academic Misc"
    )
    record = parse_text(text)
    assert [(q.number, q.answers) for q in record.questions] == [("1", []), ("2", [])]
    assert record.outcome == "unknown"


def test_the_line_kinds_compose_into_one_regex() -> None:
    # The line loop's shortcut joins every line pattern into one regex, their group names removed; a pattern that
    # cannot be joined so (a backreference to a named group) silently costs the shortcut: every line is then read
    # as a possible heading. "10. 10a. ..." was first written with one.
    from foiparse.catalogue import get_catalogue
    from foiparse.extract.questions.marks import _ANY_LINE_RE, _marked_re

    assert _marked_re(get_catalogue()) is not _ANY_LINE_RE


def test_a_survey_numbered_under_the_reply_is_not_the_request() -> None:
    # Greater Manchester Mental Health NHS Foundation Trust on WhatDoTheyKnow: the request's three bullets, then the
    # reply's covering email and its satisfaction survey numbered 1, 2, 3.
    text = (
        "Dear Northby Mental Health NHS Foundation Trust,\n\nUnder the Freedom of Information Act :\n\n\u2022 Please can "
        "you share your serious incident reporting criteria and process\n\n\u2022 Are all patients who die unexpectedly "
        "reported as a serious incident?\n\n\u2022 If not \u2013 what criteria do you use?\n\nYours faithfully,\n\nAnne "
        "Chaplin\n\nFreedom of Information, Northby Mental Health NHS Foundation Trust\n\n2 Attachments\n\nDear Anne,\n\n"
        "Please find attached the response to your FOI request. We would be grateful if you would complete and return "
        "the below satisfaction survey.\n\n1. How do you rate the quality of service provided\n\no Very Good\n\no Poor"
        "\n\n2. How do you rate the degree to which the response answered your request\n\no Very Good\n\no Poor\n"
    )
    record = parse_text(text)
    assert [q.number for q in record.questions] == ["\u20221", "\u20222", "\u20223"]
    assert record.questions[1].text == "Are all patients who die unexpectedly reported as a serious incident?"


def test_a_shared_answers_second_bracket_is_not_its_text() -> None:
    # Cumbria Constabulary's "3) & 4) Information not held:" answers both questions, its words after both brackets
    text = (
        "Your request:\n\n1) How many prosecutions were issued?\n\n2) How many courses were completed?\n\n"
        "Response:\n\n1) & 2) Information not held: the force does not record this.\n"
    )
    questions = parse_text(text).questions
    assert [answer.text for question in questions for answer in question.answers] == [
        "Information not held: the force does not record this.",
    ] * 2


def test_a_tribunal_decision_keeps_the_request_it_quotes_in_square_brackets_under_lone_paragraph_numbers() -> None:
    # The First-tier Tribunal on Ulster University (Find Case Law's layout): each paragraph's number alone on its line,
    # the request quoted as "[1] ...", "[2] ..." under the paragraph reporting it ("as follows:-").
    text = (
        "Jo Bloggs v The Information Commissioner & Anor\n\nCase Reference: EA/2023/0101\n\nFirst-tier Tribunal\n"
        "General Regulatory Chamber\n\nInformation Rights\n\nDecision given on: 25 April 2024\n\nBetween\n\nJO BLOGGS\n\n"
        "Appellant\n\nand\n\nTHE INFORMATION COMMISSIONER\n\nNORTHBY UNIVERSITY\n\nRespondent\n\nDecision: The appeal "
        "is allowed\n\nREASONS\n\nMODE OF HEARING\n\n1.\n\nThe parties and the Tribunal agreed that this matter was "
        "suitable for determination on the papers.\n\n2.\n\nThe Tribunal considered an open bundle of 62 pages.\n\n"
        "BACKGROUND\n\n3.\n\nThe Appellant requested information from Northby University on 6 July 2022 as follows:-"
        "\n\n[1] Can Northby University provide a financial breakdown of each enrolment?\n\n[2] How many full-time "
        "equivalents are based at each campus?\n\n4.\n\nThe University withheld part 1 under section 43(2).\n"
    )
    record = parse_text(text)
    assert record.doc_type == "decision_notice"
    assert [(q.number, q.text) for q in record.questions] == [
        ("1", "Can Northby University provide a financial breakdown of each enrolment?"),
        ("2", "How many full-time equivalents are based at each campus?"),
    ]


def test_a_question_repeated_from_the_second_list_numbered_from_one_is_that_question() -> None:
    # Thurrock Council's log: the reply restates "1." of the request's second list; the first list's "1." has other
    # words, so the answer is the second list's question's, not a seventh question's.
    text = (
        "Does your Local Authority have the following departments?:\n\n1. Adult Social Care Commissioning\n"
        "2. Childrens Social Care Commissioning\n\nPlease provide information on the following for the period 01.01.23 "
        "to present:\n\n1. The names and types of software applications used in Children's Services.\n2. The monthly "
        "cost for each software application.\n\nResponse\n\n1. Adult Social Care Commissioning\n\nYes.\n\n"
        "1. The names and types of software applications used in Children's Services.\n\nContrOCC supplied by Oxford "
        "Computer Consultants.\n"
    )
    questions = parse_text(text).questions
    assert [(q.number, [a.text for a in q.answers]) for q in questions] == [
        ("1", ["Yes."]),
        ("2", []),
        ("1", ["ContrOCC supplied by Oxford Computer Consultants."]),
        ("2", []),
    ]


def test_each_question_module_imports_only_the_ones_before_it() -> None:
    # The package's docstring orders its modules, each building on those before it; an import from a later module
    # would make the order a cycle, which Python reports only when that import happens to run first.
    import ast
    from pathlib import Path

    import foiparse.extract.questions as package

    order = ["marks", "wording", "answers", "inline", "unmarked", "bullets", "passes", "numbered"]
    folder = Path(package.__file__).parent
    assert sorted(path.stem for path in folder.glob("*.py")) == sorted([*order, "__init__"])
    for rank, name in enumerate(order):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        siblings = [node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1]
        for sibling in siblings:
            assert sibling in order[:rank], f"{name} imports {sibling}"


def test_an_answer_glued_to_its_parts_mark_answers_the_part() -> None:
    # "3a) Moray Council does not currently manage any allotment sites directly. ... / b) 1439" (Moray Council's log,
    # the request's parts lettered under 3); a part restated, asking, is no answer.
    text = (
        "Request 101003200131\n\n1) Please tell me how many people are currently on a waiting list\n\n2) For the 10 "
        "individuals most recently awarded a plot, please state:\n\na) The number of days that elapsed\nb) The average "
        "waiting time (in days)\n\nResponse 18-01-2023\n\n1. 28 on the waiting list\n\n2a) Moray Council does not "
        "manage any allotment sites directly.\n\nb) 1439\n"
    )
    got = {(q.parent, q.number): [a.text for a in q.answers] for q in parse_text(text).questions}
    assert got == {
        (None, "1"): ["28 on the waiting list"],
        (None, "2"): [],
        ("2", "a"): ["Moray Council does not manage any allotment sites directly."],
        ("2", "b"): ["1439"],
    }


def test_answers_lettered_after_their_questions_number_answer_the_parts() -> None:
    # "1. a) 91 / b) 76 / 2. a) 51 / b) 0" (Northumbria Police's log): part a's answer, not a part the request never
    # asked; a one-digit answer after its letter too.
    text = (
        "You asked:\n\n  1. How many officers were recruited in:\n    a) 2010\n    b) 2011\n\n  2. How many resigned in:\n"
        "    a) 2010\n    b) 2011\n\nIn response:\n\nI have decided to disclose the located information to you as "
        "follows.\n\n  1. a) 91 (up to 26th January 2012)\n    b) 76\n\n  2. a) 51\n    b) 0\n"
    )
    got = {(q.parent, q.number): [a.text for a in q.answers] for q in parse_text(text).questions}
    assert got == {
        (None, "1"): [],
        ("1", "a"): ["91 (up to 26th January 2012)"],
        ("1", "b"): ["76"],
        (None, "2"): [],
        ("2", "a"): ["51"],
        ("2", "b"): ["0"],
    }
