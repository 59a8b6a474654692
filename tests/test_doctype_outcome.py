"""Table-driven: a document's text -> (doc_type, outcome), with the vocabularies of
../shared/corpus/LABELLING.md. Written from the specification, not from the implementation; the snippets are
invented. For a WhatDoTheyKnow thread the most substantive authority message decides (LABELLING.md)."""

from __future__ import annotations

from typing import Any

import pytest

from foiparse import parse_text
from foiparse.extract.outcome import _DATA_ROW_RE, _is_prose

WDTK_FOOTER = (
    "\n-------------------------------------------------------------------\n"
    "Please use this email address for all replies to this request:\n"
    "foi+request-555123-9a8b7c6d@whatdotheyknow.com\n\n"
    "Is [Northby Borough Council request email] the wrong address for Freedom of Information requests to Northby "
    "Borough Council? If so, please contact us using this form:\n"
    "https://www.whatdotheyknow.com/change_request/new?body=northby_borough_council\n"
)

WDTK_REQUEST = (
    "Dear Northby Borough Council,\n\n"
    "Under the Freedom of Information Act 2000, please tell me:\n"
    "1. How many fixed penalty notices for littering did the council issue in 2023/24?\n"
    "2. Which company, if any, carries out litter enforcement on the council's behalf?\n\n"
    "Yours faithfully,\nMorgan Lee\n" + WDTK_FOOTER
)


# The Cabinet Office's messages on a WhatDoTheyKnow thread up to its note that the due date has changed (its
# acknowledgement, the requester's call for a review of its lateness, the note)
CABINET_OFFICE_HOLDING_THREAD = (
    "Itemised accounts for Downing Street briefing room\nDear Prime Minister's Office,\nIt has been reported "
    "that a total of £2.6m has been spent on the new Downing Street briefing room. Please provide an itemised "
    "bill of materials and labour showing how the money was apportioned.\nYours faithfully,\nS Hill\nOur ref: "
    "FOI2021/05759\nDear S HILL\nThank you for your request for information which was received on\n16/3/2021. "
    "Your request is being handled under the terms of the Freedom of\nInformation Act 2000 ('the Act').\nThe "
    "Act requires that a response must be given promptly, and in any event\nwithin 20 working days. We will "
    "therefore aim to reply at the latest\nby16/4/2021.\nPlease remember to quote the reference number above "
    "in any future\ncommunications.\nYours sincerely,\nFreedom of Information Team\nCabinet Office\nDear Prime "
    "Minister's Office,\nPlease pass this on to the person who conducts Freedom of Information reviews.\nI am "
    "writing to request an internal review of Prime Minister's Office's handling of my FOI request 'Itemised "
    "accounts for Downing Street briefing room'.\nPlease can you:\n1. conduct an internal review and provide "
    "an explanation as to why my freedom of information request has not been responded to within the statutory "
    "time frame;\n2. respond to my freedom of information request; and\n3. explain how you will revise your "
    "processes such that freedom of information requests will receive a response within the statutory time "
    "frame in the future.\nA full history of my FOI request and all correspondence is available on the "
    "Internet at this address: https://www.whatdotheyknow.com/request/i...\nYours faithfully,\nS Hill\nDear S "
    "Hill\nThe date that the response is due for your request, FOI2021/05759, has\nbeen changed to 14th May. "
    "Please see the attached letter.\nKind Regards\nFOI Team\nCabinet Office\n"
)


def case(snippet: str, doc_type: str, outcome: str, *, id: str) -> Any:
    return pytest.param(snippet, doc_type, outcome, id=id)


# A WhatDoTheyKnow request and the authority's automatic acknowledgement, its links listed below it
ACKNOWLEDGED_THREAD = (
    "Dear Northby Borough Council,\n\nPlease send me the three internal audit reports rated partial assurance.\n\n"
    "Yours faithfully,\n\nMorgan Lee\n\n_FreedomOfInformation, Northby Borough Council\n\nThank you for the email "
    "which is being dealt under the Freedom of Information Act 2000.\n\nA further reply will be issued to you within "
    "20 working days.\n\nReferences\n\nVisible links\n1. mailto:[email address]\n\n"
)

CASES = [
    case(
        # the Greater London Authority's log: the Commissioner's notices cited for the exception it refuses under
        # make it no decision notice
        "EIR - GLA meetings on affordable housing [Nov 2022]\n\nRequest reference number: MGLA241022-1835\n\nOur "
        "response\n\nYour request in full falls under the exception to disclose because it is considered to be "
        "\u2018manifestly unreasonable\u2019 under regulation 12(4)(b) of the Environmental Information Regulation "
        "(EIR). In reaching this decision we have considered the formal guidance issued by the Information "
        "Commissioner\u2019s Office (ICO), along with Decision Notices regarding this EIR exception, such as "
        "FS505859262, amongst others.\n",
        "refusal",
        "refused",
        id="decision-notices-cited-for-the-exception-make-no-decision-notice",
    ),
    case(
        # the London Borough of Hammersmith and Fulham's letter, quoted on a campaign's site: the sentence under "Our
        # response" naming the Act is its preamble, and the reply refuses the whole request on cost
        "Information request\nOur reference: 935713\nDear Mr. Harding\nThank you for your request for information "
        "received on 1 July 2016.\nYour request\nPlease provide me with details of all cases in the last 12 years "
        "where the Council has sold land to a private developer.\nOur response\nThis request is being handled under "
        "the Freedom of Information Act 2000.\nFrom our preliminary assessment, we can confirm that compliance with "
        "your request would exceed the appropriate costs limit under section 12 of the Freedom of information Act 2000. "
        "We can confirm that the cost will be in excess of the appropriate limit and have therefore decided to refuse "
        "the request.\n",
        "refusal",
        "refused",
        id="the-act-named-under-the-response-heading-is-no-answer",
    ),
    case(
        # Liverpool City Council's review letter: thanks for the request that it undertake the review, cut before the
        # reviewer's finding
        "Enquiries to:\nInformation Team\nOur Ref:\nDear Ms Smith\nFreedom of Information Request 2782799/Internal "
        "Review\nThank you for your request that the City Council undertake an Internal Review of the\nabove "
        "information request. For purposes of clarity and context, your original request\nand the response are set "
        "out below.\n",
        "internal_review",
        "unknown",
        id="thanks-for-the-request-that-the-council-undertake-a-review",
    ),
    case(
        # a primary care trust's review report: the requester told of in the third person, the outcome cut off
        "Freedom of Information - Review of Request 29240\nDr Smith has asked for a review of his FOI request. He has "
        "stated that we are fast approaching its one year anniversary with no response.\nI have therefore reviewed "
        "the\n- timeliness of handling communication\n- effectiveness of the PCT response\nIn doing so, I have ma",
        "internal_review",
        "unknown",
        id="a-review-report-telling-of-the-requester-asking-for-it",
    ),
    # the Northern Ireland Housing Executive on WhatDoTheyKnow: its acknowledgement sent as a file, the reply promised
    case(
        "Rehousing Out of Area\nDear Northby Housing Executive,\nI would like information about the numbers of "
        "homeless households being moved both out of and into the local authority area and where they are being "
        "moved to and from. I am aware from your reporting requirements to central government that you hold this "
        "information but only part of it is released through DCLG statistical updates.\nI understand that under "
        "Section 16 of the Freedom of Information Act 2000 there is a duty to assist and advise the requester and "
        "would appreciate your advice if you think my questions need any clarification in order to get the "
        "information that I am looking for.\nPlease disclose the following information:\n1. For each year since "
        "2010, please provide a month by month breakdown of the total number of homeless households the local "
        "authority has rehoused in another local authority area. For each household rehoused, please indicate:\n- "
        "the total number of people rehoused\n- the local authority area they were moved to\n- whether this was "
        "temporary or settled accommodation\n- whether they were allocated either council / social housing or a "
        "private rental tenancy\n2. For each year since 2010, please provide a month by month breakdown of the "
        "total number of homeless households the local authority has agreed to rehouse from another local "
        "authority area. For each household rehoused, please indicate:\n- the total number of people rehoused\n- "
        "the local authority area they were received\n- whether this was temporary or settled accommodation\n- "
        "whether they were allocated either council / social housing or a private rental tenancy.\nYours "
        "faithfully,\nAlex Reed\nDear Mr. Reed,\nPlease find attached freedom of information acknowledgement "
        "letter. I\nsincerely apologise for the delay in sending this to you, your response\nletter will be with "
        "you in due course.\nKind regards,\nJo Khan\nCommunity Engagement Officer\nCommunity Involvement & "
        "Community Cohesion Unit\nNorthby Housing Executive\n",
        "acknowledgement",
        "acknowledged",
        id="please-find-attached-acknowledgement-letter-the-response-to-follow",
    ),
    # a WhatDoTheyKnow request to Warwick District Council, greeting no one: the clarification the requester says was
    # never given asks nothing of the requester
    case(
        "FOI Department\nNorthby District Council\n\nDear Sirs,\n\nIt was revealed in February 2016 that it is "
        "intended that the A46 Stoneleigh junction will be enlarged to create an interchange roundabout with two "
        "bridges over the A46. It is intended that a new major road will continue from there to Northby University "
        "and from there continue to join the A452 Balsall Common road passing along the route of HS2 to form a "
        "road link to the NEC and Birmingham Airport. Clarification of the detailed route options under "
        "consideration has not been provided.\n\nSummary information that records no more than that previously "
        "placed in the public domain about the road proposal has recently been placed on the Northbyshire County "
        "Council website at their URL.\n\nhttp://www.warwickshire.gov.uk/a46linkroad\nThat information has given "
        "rise to the further article in the Coventry observer that is online at the following URL.\n\n"
        "https://coventryobserver.co.uk/news/majo...\nI refer to the request for information that I submitted in "
        "April 2016 seeking information held by your authority in respect of this road. The request and responses "
        "is on line at this link:\n\nhttps://www.whatdotheyknow.com/request/n...\n\nA follow up and meta-request "
        "was submitted on the 3rd August 2016\n\nhttps://www.whatdotheyknow.com/request/n...\n\nThe initial "
        "request was in the following terms\n\n“Please provide all information that you hold relating to such a "
        "potential new road development. This would include any reports, plans, cost-benefit analysis and possible "
        "route option information. This will include the documentation within which the claimed merits of such a "
        "road have been “identified”, and any evidence claimed to substantiate such merits. The information may be "
        "held independently by the authority or will be included in communications to or from other public "
        "agencies.”\n\nThe request falls under the provisions of",
        "request_only",
        "none",
        id="clarification-that-has-not-been-provided-asks-nothing",
    ),
    # Ordnance Survey's published response: the section heading the reply's words under "Our response"
    case(
        "FOI16001 - Request for information\n\nRequest\n\nThank you for your email of 12 April 2016, requesting "
        "the following information in accordance with the Freedom of Information Act 2000 (FOIA):\n\nAll "
        "correspondence between NM and the Northby Agency between 1 April and 10 May 2013 about the conditions of "
        "use of its index polygons.\n\nOur response\n\nSection 12 FOIA\nWe confirm that we hold this information. "
        "However, we consider that this request is for information similar to that requested under FOI14631 "
        "received on 27 January 2016, and we are entitled to aggregate the time spent.\n",
        "refusal",
        "refused",
        id="a-section-alone-under-our-response-heads-the-refusal",
    ),
    # Kent County Council's internal review on WhatDoTheyKnow: the review's purpose set out, the lateness of the reply
    # it reviews told ("you should have received a reply"), cut before its finding on the rest
    case(
        "Dear Mr Reed\n\nThank you for your email.\n\nI am sorry you are unhappy with my colleague's response to "
        "your request for information (copy attached).\n<<FOI/10/0343 - CFE Response to request received 22 "
        "March>>\nThe purpose of an internal review is to investigate and ascertain whether the public authority, "
        "in this case NCC, has complied with Freedom of Information legislation, namely to confirm or deny that "
        "whether NCC holds the information requested, and if it does, to supply it to you within 20-working days "
        "subject to any exemptions to disclosure that may apply. Therefore, on behalf of the interim Chief "
        "Executive, I have revisited your request to see if NCC has satisfied its obligations under the Act.\n\nAs "
        "your request was received on Monday 22nd March, you should have received a reply as soon as possible but "
        "in any event, no later than 21st April. The response to your request was not emailed to you until 4th May "
        "so I accept that NCC failed to comply with statutory timescales on this occasion and I therefore uphold "
        "this element of your complaint and offer my sincere apologies on behalf of the Council.\n\nWith regard to "
        "whether NCC complied with your request, you asked for a copy or summary of the serious case review (Q1). "
        "Ms Grey explained to you where on the NSCB website you could find the Executive Summary. I have followed "
        "the links she provided and concur with you that there is no mention of the child's Serious Case Review on "
        "the NSCB website and that web links do indeed appear to be missing or broken. However, as she provided a "
        "copy of the Serious Case Review Summary anyway, it would appear to me that this element of your request "
        "has been satisfied. Steps have been taken to ensure that the NSCB website is corrected.\n\nYou asked for "
        'a further details about the "human error" mentioned in a quote you\'d provided (Q2). Ms Grey advised you '
        "that the information to answer this is contained within the Serious Case Review Summary which it is. "
        "However, for clari",
        "internal_review",
        "unknown",
        id="the-purpose-of-an-internal-review-and-a-reply-that-came-late",
    ),
    # the Ministry of Defence's letter: the request quoted between a double opening mark and two single closing ones,
    # the section 12 refusal after it the reply's own
    case(
        "Sam Reed / Reference: / DDIP/Requests for Information/Joint and Defence\nDate: / 26 March 2009\nCase "
        "Number 04-03-2009-072956-006\n\nDear Mr Reed\n\nRelease of Information\n\nThank you for your email of 1 "
        "March, received in the MOD on 2 March, in which you requested the following information:\n\n“Under the "
        "Freedom of Information Act I would like to request a list of all meetings between MOD officials and "
        "representatives of the Chilean Government in each of the past three years and minutes of those "
        "meetings.’’\n\nI can confirm that Ministry of Defence (MOD) officials have routinely met with "
        "representatives of the Chilean Government over the past three years in the normal course of their "
        "business.\n\nHowever, Section 12 of the Freedom of Information Act makes provisions for public "
        "authorities to refuse requests for information where the cost of dealing with them would exceed the "
        "appropriate limit. The limit has been specified in the Freedom of Information and Data Protection "
        "(Appropriate Limit and Fees) Regulations 2004. For central government the appropriate limit is set at "
        "£600. This represents the estimated cost of one or more persons spending 3 ½ days working days in "
        "determining whether the Department holds the information, and locating, retrieving and extracting it. "
        "Your request as presently formulated is widely-framed and I estimate that it will take more than 3 ½ "
        "working days to locate, retrieve and extract this information. In these circumstances we are not obliged "
        "under the Act to comply with your request. You may therefore wish to refine your request to narrow its "
        "scope to bring it within the appropriate limit. Should you wish to narrow the scope of your request we "
        "will assess the new request and whether it falls with the stipulated limit of £600 to administer.\n\nIf "
        "you are unhappy with this response or you wish to complain about any aspect of the handling of your "
        "request, then you should contact me in the first instance. If informal resolution is not",
        "refusal",
        "refused",
        id="a-quoted-request-closed-by-two-single-quotes-ends-there",
    ),
    # North Yorkshire Police's log: one answer exempt, pointing to the reasons below, the other no valid request (the
    # page cut there)
    case(
        "Request:\nQ1. Please tell me what powers police used in their dealings with the traveller encampment at "
        "Northby Park in June this year and whether they used, or considered using, the Police, Crime, Sentencing "
        "and Courts Act 2022 or the Criminal Justice and Public Order Act 1994?\nQ2. Could you also tell me why "
        "NBP media department did not reply to my emails enquiring about it, as I'm struggling to understand the "
        "secrecy surrounding this issue?\nResponse:\nExtent and Result of Searches to Locate Information\nTo "
        "locate the information relevant to your request searches were conducted within Northby Police. I can "
        "confirm that the information you have requested is held by Northby Police.\nDecision\nI have today "
        "decided to disclose the located information to you.\nQ1. I am exempting any information to your request "
        "pursuant to Section 31 – Law Enforcement. Please see the exemption explanation below.\nQ2. Pursuant to "
        "Section 8 of the FOI Act, for a request to be valid it must ask for information that is recorded. As your "
        "request is asking for ‘reasons why’ a department did ",
        "refusal",
        "refused",
        id="see-the-exemption-explanation-below-and-no-valid-request-give-nothing",
    ),
    # Cleveland Police's log: neither confirming nor denying that it holds what the whole request asks, cut before
    # the sections
    case(
        "Date: 11/06/25\nEnquiry Reference: 601-25\nI write in connection with regards to your Freedom of "
        "Information request. Below is your request and our response.\nUnder the Freedom of Information Act 2000, "
        "I am requesting the following information for the time period 1 January 2020 to 4 April 2025:\nHaving "
        "made enquiries within the Force we would rely on the following:\nSection 1 of the Freedom of Information "
        "Act 2000 places two duties on public authorities.\nNorthby Police can neither confirm nor deny that it "
        "holds the information relevant to your request as the duty in Section 1(1) (a) of the Freedom of "
        "Information Act 2000 does not apply",
        "refusal",
        "refused",
        id="neither-confirm-nor-deny-that-it-holds-the-information-relevant-to-your-request",
    ),
    # Thanet District Council on WhatDoTheyKnow: the exception it could refuse under, put off to ask what is meant
    case(
        "Dear Mr Reed,\n\nI refer to your recent request for information under the Environmental Information "
        "Regulations.\n\nYou requested: Please release all electronic communications between Northby District "
        "Council and Harbour Aviation Ltd.\n\nRegulation 12(4)(c) allows a public authority to refuse requests "
        "that are 'formulated in too general a manner'. This includes questions like yours where the request for "
        "information is not specific enough to allow us to identify what information has been asked for.\n\nRather "
        "than refuse a request at this stage I wanted to better understand the information (rather than the "
        "documents) that you are seeking. So I would be very grateful if you could define your request to "
        "describe, in simple terms, what actual information you are seeking.\n\nI look forward to hearing from you "
        "in due course.\n\nYours faithfully\n\nJo Khan, Solicitor\nNorthby District Council\n",
        "clarification",
        "clarification_requested",
        id="rather-than-refuse-a-request-at-this-stage-asks-to-define-it",
    ),
    # London Fire Brigade's disclosure log: the clarification the requester gave, considered, then nothing held
    case(
        "FOI release\n\nOut-of-hours cover\n\nCase reference FOI2025/01002\n\nReceived 9 June 2025\n\nPublished 12 "
        "August 2025\n\nRequest\n\nPlease provide details of any external providers engaged to deliver "
        "out-of-hours cover, and the annual cost.\n\nResponse\n\nDear Requestor,\n\nWe have liaised internally "
        "with the relevant managers to assess your request.\n\nThe below clarification, which you provided 19 July "
        "2025, was also considered.\n\n'I am referring to cover for the control room during staff sickness.'\n\nWe "
        "can confirm that Northby Fire and Rescue Service does not hold any information relevant to your "
        "request.\n\nKind regards,\n\nInformation Access Team\n",
        "response",
        "not_held",
        id="the-clarification-which-you-provided-asks-nothing",
    ),
    # Oldham Council on WhatDoTheyKnow: the request's example rows, each with a "Renewal Date", are no disclosure log's
    # entries; the reply begun under the acknowledgement is cut off
    case(
        "Dear Northby Metropolitan Borough Council,\n\nCan you please disclose information regarding the council’s "
        "use of GIS/Map software? This includes any software the council uses that allows for the distribution "
        "and/or use of GI/Map data over an intranet or the internet for use and consumption by staff and/or the "
        "public.\nSpecifically, can you disclose:\n\n1. The name & provider of any GIS/Map software\n2. The number "
        "& types of license held for each individual GIS or Map software\n3. The price of the licenses held\n4. "
        "The renewal date or contract length of the licenses held\n\nFor Example:\nSoftware: ArcGIS - ESRI, Number "
        "of Licenses: 15, Price: £xxxx.xx, Renewal Date: 01.01.2019\nSoftware: Map Info – Pitney Bowes, Number of "
        "Licenses: 12, Price: £xxxx.xx, Renewal Date: 01.01.2019\n\nYours faithfully,\n\nAlex Reed\n\nInformation "
        "Manager, Northby Metropolitan Borough Council\n\nDear Sir/Madam,\n\nI acknowledge with thanks your "
        "request for information; this request has been considered as a request under the Freedom of Information "
        "Act 2000.\n\nAs such, your request may take up to 20 working days to be processed and has been passed on "
        "to an appropriate officer.\n\nPlease be advised that if an exemption applies to the information that you "
        "have requested, the statutory period may be exceeded in accordance with the provisions of that Act.\n\n"
        "Should you have any queries, please contact: [Northby Council request email]\n\nYours faithfully,\n\n"
        "Information Manager\n\nInformation Management Team\nCorporate & Commercial Services\nNorthby Council\n"
        "Level 11\nCivic Centre\nWest Street\nNorthby NB1 1AA\n\n[email address]\n\nshow quoted sections\n\nJo "
        "Khan, Northby Metropolitan Borough Council\n\nDear Mr Reed\n\n\nFor your information we have consider the "
        "definition of GIS system as\n\n\n1.            The name & ",
        "response",
        "unknown",
        id="a-request-s-example-rows-with-a-renewal-date-open-no-second-entry",
    ),
    # Western Health and Social Care Trust on WhatDoTheyKnow, asked for a copy of a policy it does not have
    case(
        "Dear Northby Health Trust,\n\nPlease provide a copy of the Lone Working Exemption Policy.\n\nYours "
        "faithfully,\n\nA Reader\n\nFOI Request, Northby Health Trust\n\nDear Mr Reader\n\nI acknowledge receipt "
        "of your Freedom of Information request below which was received by the Trust on 4 March 2013. I will make "
        "some enquiries and contact you again soon with a Trust response.\n\nRegards\n\nFreedom of Information "
        "Office\n\nFOI Request, Northby Health Trust\n\nDear Mr Reader\n\nI refer to your Freedom of Information "
        "request as detailed below. In response we would advise that there is no such policy within the Trust and "
        "that managers use their judgement in each case.\n\nI hope this answers your query.\n\nRegards\n\nFreedom "
        "of Information Office\n",
        "response",
        "not_held",
        id="there-is-no-such-policy-after-an-acknowledgement-is-not-held",
    ),
    # Warwickshire Police's log: answers labelled with their questions' numbers, the questions not printed, the last
    # refused
    case(
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 412-2024\nI write in connection with your request for "
        "information which was received on 3rd March 2024. Please find the Northby Police response set out below.\n"
        "Q1a response: Mitel\nQ1b response: Currently expires 30 June 2026\nQ1c response: Daisy Communications "
        "Ltd\nQ2 response: Section 1 of the Freedom of Information Act 2000 places two duties on public "
        "authorities. Where exemptions are relied upon section 17 of the Freedom of Information Act 2000 requires "
        "Northby Police, when refusing to provide such information (because the information is exempt) to you the "
        "applicant with a notice which:\n(a) states that fact,\n(b) specifies the exemption in question and\n",
        "response",
        "partial",
        id="answers-labelled-q1a-response-beside-a-refusal-give-part",
    ),
    case(
        # Cleveland Police's published response, its answers lost from the page: what it gave above is all it holds,
        # the rest withheld under sections 31(1) and 43(2)
        "Enquiry Reference: 303-25\nI write in connection with regards to your Freedom of Information request. "
        "Below is your request and our response.\nHaving made enquiries within the Force above is all the "
        "information we hold and for anything else we rely on the following:\nSection 1 of the Freedom of "
        "Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at "
        "Section 1(1) (a) is to confirm or deny whether the information specified in a request is held. The second "
        "duty at Section 1(1) (b) is to disclose information that has been confirmed as being held. Where "
        "exemptions are relied upon, Section 17 of the Freedom of Information Act requires that I provide the "
        "applicant with a notice which: a) states that fact b) specifies the exemption(s) in question and c) state "
        "(if that would not otherwise be apparent) why the exemption applies.\nThe Cleveland Police Service can "
        "confirm it holds information relevant to your request as the duty in s1(1)(a) of the Freedom of "
        "Information Act 2000 does not apply, by virtue of the following exemptions:\nSection 31(1) - Law "
        "Enforcement\nSection 43(2) Commercial Interests\nThis should n",
        "response",
        "partial",
        id="what-was-given-above-is-all-held-the-rest-withheld",
    ),
    case(
        # The University of Glasgow's letter on WhatDoTheyKnow: under its response heading it lists the banks it
        # deposits with, then withholds the amounts under section 33(1)(b)
        "Mae hwn yn fersiwn HTML o atodiad i'r cais Rhyddid Gwybodaeth 'Bank deposits'.\n\n\n \n \n \n \n \nDavid "
        "Black \n \nxxxxxxxxxxxxxxxxxxxxx@xxxxxxxxxxxxxx.xxx \n26 January 2009 \nOur Ref: FOI 2008/163 – "
        "F0047500 \n \nDear Mr Black, \n \nRe: Freedom of Information (Scotland) Act 2002 – Request for "
        "Information \n \nThank you for your email which was received by the University on 19 December 2008 "
        "timed \n2345 hours, requesting information about: \n \n \nCould you please provide me with a list of all "
        "banks that the University of Glasgow has \ndeposits and the amount that is deposited in each "
        "bank? \n \n \nUniversity’s Response \n \nThe University deposits with the following banks: \n \n"
        "Clydesdale Bank \nAbbey National \nBank of Scotland  \nBlackrock \nLloyds TSB \nHSBC \nRoyal Bank of "
        "Scotland \n \nThe University of Glasgow considers that the amount deposited in each bank is exempt "
        "under \nsection 33(1) (b) of the Freedom of Information (Scotland) Act 2002 on the basis that its \n"
        "disclosure may substantially prejudice the commercial interests of the University of Glasgow. \n",
        "response",
        "partial",
        id="the-body-lists-what-it-holds-beside-an-exemption",
    ),
    case(
        # the exemptions a body lists are no information given
        "Dear Mr Black,\n\nThank you for your email which was received by the Council on 19 December 2008, "
        "requesting information about:\n\nCould you please provide me with a list of all banks that the Council "
        "has deposits with and the amount deposited in each bank?\n\nCouncil's Response\n\nThe Council has applied "
        "the following exemptions:\n\nSection 33(1)(b) of the Freedom of Information (Scotland) Act 2002\nSection "
        "36(2) of the Freedom of Information (Scotland) Act 2002\n\nYours sincerely,\n",
        "refusal",
        "refused",
        id="the-body-lists-the-exemptions-it-applied",
    ),
    case(
        # Transport for London's published response: the request quotes the line of an earlier reply it asks about
        # under "> ", then goes on in its own words; the reply below is TfL's, not a quoted message
        "Freedom of Information request - Rejected FOI requests on the grounds that the requester used a "
        "pseudonym\nRequest ID: FOI-1916-2324 Date published: 25 September 2023\nYou asked\nDear Transport for "
        "London,\nI note with regret your response to a FOI request published on WhatDoTheyKnow [1], ref "
        'FOI-1751-2324, where you state that:\n> "we frequently receive requests from pseudonymous accounts as '
        'part of a targeted campaign seeking to cause disruption or evade previously applied exemptions."\nI am '
        "interested to learn more about this unfortunate trend.\n(1) Please could you elaborate on the forms of "
        "disruption caused by pseudonymous requests?\n(2) Please could you provide me with statistics on the "
        "number of requests refused on the grounds that TfL believes the requester has used a pseudonym? (Please "
        "provide both absolute numbers, as well as the proportion of all requests.)\n(3) Please could you provide "
        "me with a summary of the most common topics of requests refused by TfL on the above grounds, along with "
        'any information TfL holds about associated "targeted campaigns"?\n(4) Has TfL carried out any equality '
        "impact assessments relating to its practice of refusing pseudonymous requests?\nI am happy for you to "
        "respond only with information relating to the last 10 years, if you would otherwise refuse the request "
        "for being unbounded, though would appreciate having as full a picture as possible. If you do not hold "
        "information going back this far, please kindly advise to what extent your records go.\nWe answered\nOur "
        "ref: FOI-1916-2324/GH\nThank you for your request received by Transport for London (TfL) on 1 September "
        "2023 asking for information about rejected FOI requests on the grounds that the requester used a "
        "pseudonym.\nYour request has been considered under the requirements of the Freedom of Information Act "
        "2000 and our information access policy. I can confirm that we do hold some of the information you "
        "require.\n",
        "response",
        "partial",
        id="a-line-quoted-inside-the-request-quotes-no-earlier-message",
    ),
    case(
        # The Cabinet Office on WhatDoTheyKnow: its acknowledgement, the requester's call for a review of its lateness,
        # its note that the due date has changed with "the attached letter" (the extension, not the reply), and its
        # last message: the response is still being worked on
        CABINET_OFFICE_HOLDING_THREAD
        + "Dear S Hill,\nThank you for your email,\nWhile the process of responding to your request for information is "
        "ongoing\nit will not be possible to conduct an internal review.\n",
        "acknowledgement",
        "acknowledged",
        id="a-thread-of-holding-messages-the-last-says-the-response-is-ongoing",
    ),
    case(
        # the same thread cut after the note that the due date has changed
        CABINET_OFFICE_HOLDING_THREAD,
        "acknowledgement",
        "acknowledged",
        id="the-letter-attached-beside-a-changed-due-date-is-the-extension",
    ),
    case(
        # Essex County Fire & Rescue Service's published reply, the request restated under "Question 1 -" citing an ICO
        # decision notice: a reply that thanks the requester for the request first is no commissioner's decision
        "EIR 1668 / December 2023 / Fleet List\n\nThank you for your request under the Environmental Information "
        "Regulations.\n\nWe can confirm that Essex County Fire & Rescue Service does hold the information you have "
        "requested.\n\nPlease see below the answer to your request.\n\nQuestions and final response:\n\nQuestion 1 - I "
        "am writing to request an uptodate Fleetlist for Essex Fire and Rescue Service.\n\nIt is also to be noted that "
        "the below has come from the ICO. A recent Decision Notice on the ICO's web site related to the publishing of "
        "Vehicle Registration Marks (VRMs) in response to Freedom of Information requests.\n\nAnswer 1 - Please see "
        "the attached fleet list.\n",
        "response",
        "provided",
        id="a-reply-thanking-for-the-request-cites-a-decision-notice",
    ),
    case(
        # Essex County Council on WhatDoTheyKnow, cut before it says when it will answer
        "Yours faithfully,\nAlison Melville\n\nYour Right To Know, Essex County Council\n\nDear Sir/Madam,\n\nThank "
        "you for your request for information which we will handle under the Freedom of Information Act 2000.\n\nThe "
        "Act allow",
        "acknowledgement",
        "acknowledged",
        id="a-request-which-we-will-handle-under-the-act-is-acknowledged",
    ),
    case(
        # South Norfolk Council on WhatDoTheyKnow, treating the resubmitted request as a new one
        "Dear Stuart,\n\nThank you for your request of information below. We propose to no longer respond to FOI 14-280 "
        "and to treat your request below as a new request (reference number 14-291). As such, you may be aware that we "
        "have 20 working days in which to respond to Freedom Of Information (FOI) requests.\n",
        "acknowledgement",
        "acknowledged",
        id="we-have-20-working-days-in-which-to-respond-acknowledges",
    ),
    case(
        "Dear Stuart,\n\nThank you for your request of information below. We will treat your request below as a new "
        "request (reference number 14-291) and you will therefore hear from me again by 9 July 2014 or earlier if "
        "possible.\n",
        "acknowledgement",
        "acknowledged",
        id="you-will-hear-from-me-again-by-a-date-acknowledges",
    ),
    case(
        # Northampton Borough Council's letter, a PDF run together on a document site
        "The Guildhall St Giles Square Northampton NN1 1DE Date: 29th October 2015 Dear Ms Jones, Information Request "
        "NBC3962-1056/15 I am writing to respond to your request for information received by email on 30/09/2015 which "
        "has been dealt with under the Freedom of Information Act 2000 (FOI).\n",
        "response",
        "unknown",
        id="writing-to-respond-to-your-request-is-the-authoritys-voice",
    ),
    case(
        # Gloucestershire Health and Care NHS Foundation Trust's published responses, cut inside the request
        "Responses > 022-2023\n\nFreedom of Information request 022-2023\n\nResponse published: 3 March 2026\n\nFOI "
        "Request\n\nI am writing to submit a formal request under the Freedom of Information Act FOIA., for access to "
        "information related to use of print and print stock management.\n",
        "response",
        "unknown",
        id="response-published-heads-a-published-response",
    ),
    case(
        # NHS Shetland's disclosure log, cut inside the request under the field that holds request and response
        "- FoI Number\n- 2025-132\n- Subject\n- Clinical Systems\n- Date Received\n- 26/05/2025\n- Request and "
        "Response\n-\nPlease provide information regarding the following system contracts:\n1. Clinical Communication "
        "and Collaboration\n2. Diagnostic Reporting\n3. Digital Dictation\n",
        "response",
        "unknown",
        id="a-log-field-holding-request-and-response-heads-a-published-response",
    ),
    case(
        # Coventry City Council on WhatDoTheyKnow, asking the requester to narrow the request down
        "Dear Mr Nunn\n\nThank you for your request for information about Local Government\nOmbudsman Investigations, "
        "which falls under the Freedom of Information\nAct 2000.\n\nTo help the Council identify the actual information "
        "you require, please can you\nbe more specific about the areas you are interested in.\n",
        "clarification",
        "clarification_requested",
        id="please-can-you-be-more-specific-asks-for-clarification",
    ),
    case(
        "Dear Mr Nunn\n\nThank you for your request for information about Local Government\nOmbudsman Investigations, "
        "which falls under the Freedom of Information\nAct 2000.\n\nThe best way that we can help you is therefore to "
        "ask you to consider\nwhether you could narrow down your request to focus on the specific area\nyou are "
        "interested in.\n",
        "clarification",
        "clarification_requested",
        id="whether-you-could-narrow-down-your-request-asks-for-clarification",
    ),
    case(
        # The National Archives' published requests: the outcome stated in a field above the request, cut before the
        # reply
        "ICT Software Contracts\n\nFOI request reference: F0044805\nPublication date: March 2016\n\nOutcome: Partially "
        "successful\n\nRequest:\n\nTo the organisation's Freedom of Information Officer, This is an email to request "
        "information under the FOI Act.\n\nI require the organisation to provide me with the following contract "
        "information relating to the following corporate software/applications:\n\n  1. Enterprise Resource Planning "
        "Software Solutions (ERP)\n  2. Customer Relationship Management (CRM) Solutions\n",
        "response",
        "partial",
        id="outcome-partially-successful-stated-above-the-request",
    ),
    case(
        "Valuation data\n\nFOI request reference: F0041234\nPublication date: May 2015\n\nOutcome: Successful\n\n"
        "Request:\n\nPlease provide the number of requests you received in 2014.\n",
        "response",
        "provided",
        id="outcome-successful-stated-above-the-request",
    ),
    case(
        "Valuation data\n\nFOI request reference: F0041235\nPublication date: May 2015\n\nOutcome: Unsuccessful\n\n"
        "Request:\n\nPlease provide the number of requests you received in 2014.\n",
        "refusal",
        "refused",
        id="outcome-unsuccessful-stated-above-the-request",
    ),
    case(
        # Transport for London's published answer, asking for the period the request should cover
        "We answered\n\nThank you for your request received by Transport for London (TfL) on 5 July 2017 asking for "
        "information about London Bus drivers.\n\nUnfortunately, from the above description provided, we have been "
        "unable to identify the information you require. Please specify a period of time that you would like the above "
        "information to cover.\n",
        "clarification",
        "clarification_requested",
        id="please-specify-a-period-of-time-asks-for-clarification",
    ),
    case(
        # Transport for London's published answer, pointing to its reports: section 21's "not obliged to supply" is no
        # refusal
        "We answered\n\nOur Ref: FOI-2855-1718\n\nThank you for your request received on 9 January 2018 asking for "
        "information about summer and winter transport usage.\n\nYour request has been considered in accordance with "
        "the requirements of the Freedom of Information (FOI) Act and TfL's information access policy. I can confirm we "
        "do hold the information you require.\n\nThe information you asked for is available on our website.:\n\nThe "
        "2017/18 Q2 report provides information for Summer 2017 (June-September):\n\nhttps://tfl.gov.uk/corporate/"
        "publications-and-reports/quarterly-progress-reports\n\nIn accordance with section 21 of the FOI Act, TfL is "
        "not obliged to supply you with a copy of the requested information as it is already accessible to you "
        "elsewhere.\n",
        "response",
        "published",
        id="section-21s-not-obliged-to-supply-what-is-already-accessible-is-no-refusal",
    ),
    case(
        # A request on Dover District Council's log, cut before the reply: the planning officer's delegated decision
        # notices it asks for are no Commissioner's
        "FI15997\nRequest\nThis is a formal request under the Environmental Information Regulations 2004 (EIR), "
        "concerning land adjacent to 95 St George's Road, Sandwich (planning applications 25/00500 and 22/01341).\nThis "
        "request relates to four separately identifiable and limited categories of environmental information.\n1. "
        "Requested Environmental Information\nA. Enforcement documents - Habitat disturbance and tree/vegetation "
        "clearance\nPlease disclose:\n- Any enforcement register entries, delegated decision notices or documented "
        "rationales for non-pursuit of enforcement action in relation to the above events.\n",
        "request_only",
        "none",
        id="delegated-decision-notices-a-request-asks-for-are-no-commissioners",
    ),
    case(
        # The First-tier Tribunal on the DVLA, its page flattened to one line: the chamber heading the page
        "IN THE FIRST-TIER TRIBUNAL GENERAL REGULATORY CHAMBER (INFORMATION RIGHTS) EA/2014/0212 BETWEEN:MR ROBERT "
        "BROMLEY Appellant and THE INFORMATION COMMISSIONER Respondent and DRIVER AND VEHICLE LICENSING AUTHORITY "
        "Second Respondent Hearing Held on 22 January 2014 on the papers Before: M Hake Decision The appeal is "
        "unanimously dismissed. Date of Promulgation 19/03/15 Our Reasons Background 1. The DVLA responded that it did "
        "not hold Part A and that producing Part B would exceed the appropriate cost limit under s.12 of the Freedom "
        "of Information Act 2000. The Appellant complained to the Information Commissioner.\n",
        "decision_notice",
        "decision",
        id="a-tribunals-chamber-heading-a-page-flattened-to-one-line",
    ),
    case(
        # A reply naming the tribunal to appeal to, inside its sentence: no decision
        "Dear Mr Smith\n\nWe do not hold the information you asked for.\n\nIf you are unhappy with the "
        "Commissioner's decision you may appeal to the First-tier Tribunal (General Regulatory Chamber).\n\nYours "
        "sincerely\n",
        "response",
        "not_held",
        id="a-reply-naming-the-tribunal-to-appeal-to-inside-a-sentence",
    ),
    case(
        # The ICO's decision summarised on swarb.co.uk: the complaint told in review rights' words, then the finding in
        # a sentence of its own, one paragraph
        "Leeds City Council (Local Government) FER0839190: ICO 26 Apr 2019\n\nThe complainant has requested "
        "information about the awarding of a feasibility study. The Council refused the request under regulation "
        "12(4)(b) of the EIR. However the Council's refusal failed to inform the complainant of his right to appeal the "
        "Council's decision, and of the right to appeal to the Information Commissioner. The Commissioner's decision is "
        "that Leeds City Council has therefore breached regulation 14(5).\nEIR 14(5): Complaint upheld\n",
        "decision_notice",
        "decision",
        id="a-commissioners-finding-in-its-own-sentence-of-a-paragraph-naming-the-right-to-appeal",
    ),
    case(
        # Transport for London's published request: the site's invitation below the reply promises a response, the
        # reply itself says the letter is not held
        "You asked\n\nCould you kindly provide a copy of the letter dated 30 September 2014.\n\nWe answered\n\nTfL "
        "Ref: 3284-2223\n\nThank you for your request received by Transport for London (TfL) on 7 March 2023.\n\n"
        "Unfortunately we do not hold the information you have requested. Our data retention period is 7 years.\n\n"
        "Yours sincerely\n\nSara Thomas\nFOI Case Management Team\nTransport for London\n\nBack to top\n\nWant to "
        "make a request?\n\nWe'll email you the response within 20 working days.\n\nWe'll publish the response "
        "online without disclosing any personal information.\n",
        "response",
        "not_held",
        id="a-sites-invitation-to-make-a-request-below-the-reply-acknowledges-nothing",
    ),
    case(
        # NHS Improvement's published review outcome: what the review looked at between "review" and "was conducted"
        "The request was for copies of cashflow statements.\nNHS Improvement held the information requested and "
        "withheld all of the information that it held subject to the applicability of exemptions 31, 33, 41 and 43.\n"
        "An internal review of the original decision was conducted and the initial decision was upheld.\n",
        "internal_review",
        "refused",
        id="an-internal-review-of-the-original-decision-was-conducted",
    ),
    case(
        # Dyfed-Powys Police's disclosure log, cut a few words into the one answer
        "FOI Reference: 498/2022\nRequest:\n1/ All records of mis-use or incorrect use of body worn video over the last "
        "four years.\n2/ All records of any known complaints made about mis-use or incorrect use of body worn video.\n"
        "3/ All records of all misconduct cases against officers for mis-use or incorrect use of body worn video.\n"
        "Response 1 and 2:\nSection 1 of the Freedom of In",
        "response",
        "unknown",
        id="the-one-answer-cut-a-few-words-in",
    ),
    case(
        # Buckinghamshire Council's internal review on WhatDoTheyKnow, quoting its original refusal, cut before its
        # finding
        "Reference: 6395933\n1 May 2024\nDear Sarah\nInternal Review\nI write in response to your email, received on 11 "
        "April 2024 for a review of Buckinghamshire Council's\nresponse to your request detailed below.\nYour Original "
        "Request Re:Whistleblowing report\nPlease can you confirm all the recommendations in the report were "
        "actioned.\nOur Original Response Section 40(5B)(a)(i) of FOIA allows a public authority to refuse to confirm "
        "or deny if it holds\ninformation if that information would (if it existed) be the personal data of a third "
        "party.\nYour Request for an Internal Review\nI wish to\n",
        "internal_review",
        "unknown",
        id="write-in-response-to-your-email-for-a-review-of",
    ),
    case(
        # the Welsh Government's published reply: the clarification it asked for never came, so it answers as it can
        "ATISN 16310 - Meetings with Oil 4 Wales Ltd and Valero Ltd\n\nThank you for your request which I received on "
        "12 May 2022.  You asked for:\n\n  \u2022 The dates of the meetings\n\nI explained in my letter dated 13 May that "
        "your original request did not provide a sufficiently clear description of the information for me to identify "
        "and locate the information you are seeking. No clarification was provided on this request, so I was unable to "
        "locate what you meant by information in the department of building and planning.\n\nFor the remaining "
        "departments, I have considered your request as you originally submitted.\n",
        "response",
        "unknown",
        id="no-clarification-was-provided",
    ),
    case(
        # Luton Borough Council on WhatDoTheyKnow: an apology for the delay, the information not ready yet
        "Dear Northby Borough Council,\n\nPlease send me all communications about Marsh Farm since 2020.\n\nYours "
        "sincerely,\n\nRob Goodwin\n\nFeedback, Northby Borough Council\n\nDear Mr Goodwin\n\nThank you for your "
        "email. My apologies for not contacting you earlier. Due to the extensive nature of the information requested, "
        "we are not yet able to provide it, but we expect to reply within the next two weeks.\n\nKind regards\n",
        "acknowledgement",
        "acknowledged",
        id="we-are-not-yet-able-to-provide",
    ),
    case(
        # NatureScot's published reply: its answer, then how it handled the request, "so we are dealing with your
        # request under those regulations" explaining the regime, no holding words
        "Freedom of Information Request - Gull Licences\nDate: 18 September 2024\nOur ref: SIR176775/A4742535\n"
        "Thank you for your information request, which we received on 21 August.\nYour Request\nThe number of gull "
        "licences applied for in Elgin for each calendar year from 2013.\nOur Response\nThe Licensing Team have "
        "provided the information as a separate document to this response.\nHow We Handled Your Request\nWe believe "
        "you have asked for environmental information as defined in the EIRs, so we are dealing with your request "
        "under those regulations.\n",
        "response",
        "provided",
        id="so-we-are-dealing-with-your-request-under-those-regulations",
    ),
    case(
        # The Big Lottery Fund's email, quoted by its requester: more time to weigh the sections it says are engaged,
        # under section 10(3)(b); the decision still to come
        "Dear Ms Lee,\n\nUnfortunately, we require further time to respond to your request. This is because we "
        "believe that information falling under the scope of your request may be commercially sensitive or may form "
        "part of a future publication.\nTherefore section 22(1) and 43(2) of the FOIA is engaged.\nWe have therefore "
        "enacted section 10(3)(b) of the FOIA.\n\nKind regards\n\nInformation Rights Team\n",
        "acknowledgement",
        "acknowledged",
        id="further-time-under-section-10-3-b",
    ),
    case(
        # The Canal & River Trust on WhatDoTheyKnow: after its acknowledgement, the reply estimating the staff hours
        # the request would take, cut before its section
        "Dear Northby Waterways Trust,\n\n1.1 How many notices did you issue in December 2020?\n\nYours faithfully,"
        "\n\nSam Egert\n\nInformation Request, Northby Waterways Trust\n\nDear Mr Egert,\n\nThank you for your "
        "request for information. I can confirm this request was received on 18/12/2020 and is being dealt with under "
        "the Freedom of Information Act 2000. You are entitled to a response within 20 working days of receipt.\n\n"
        "Indy Virdee\nInformation Governance Manager\n\nInformation Request, Northby Waterways Trust\n\nDear Mr "
        "Egert,\n\nThank you for contacting the Trust with your request for information.\n\nWe have reviewed your "
        "request and with its current wording we estimate it would take us over 18 staff hours (calculated at \u00a325 "
        "per hour in accordance w",
        "refusal",
        "refused",
        id="it-would-take-us-over-18-staff-hours",
    ),
    case(
        # Leeds City Council on WhatDoTheyKnow: the acknowledgement's date with a comma after its day is no figure
        # stated, and the reply is cut in its first sentence
        "Dear Northby City Council,\n\nPlease provide the highway asset management plan for 2016-2021.\n\nYours "
        "faithfully,\n\nMorgan Lee\n\nFOI Team, Northby City Council\n\nDear Mr Lee\n\nFreedom of information "
        "request Ref 20231 : Highway Asset Management Plan\n\nThank you for your request for the above information "
        "which we received 8, January 2018. We will respond to you within 20 working days.\n\nYours sincerely\n\nFOI "
        "Team\n\nFOI Team, Northby City Council\n\nDear Mr Lee\n\nFOI Request: Highway Asset Management Plan\n\nI "
        "write in response to your above Freedom of Information request, received\nin this off",
        "response",
        "unknown",
        id="a-date-with-a-comma-after-its-day-is-no-figure",
    ),
    case(
        # The Insolvency Service's FOI release on GOV.UK: 'holds partial information' is part held, the text cut
        # before the figures
        "FOI22/23-152\n\nThank you for your email of 22 February in which you requested the following "
        "information:\n\n- the specific number of investigations under the Act\n- the typical defences "
        "raised\n\nYour request has been dealt with under the Freedom of Information Act 2000 (FOIA).\n\nI "
        "can confirm the agency holds partial information in response to your request.\n\nUnder section "
        "16 of the Act (Advice and Assistance) you may find it useful to note:\n\nThe Rating (Coronavirus) "
        "and Directors Disqualification (Dissolved Companies) Act, which received Royal Assent in December "
        "2021 extended the Insolvency Service's powers to investigate and disqualify directors of companies "
        "that have been dissolved without first entering into formal insolvency proceedings. The amendments "
        "made by the Act have effect in relation to conduct of directors of companies occurring, and "
        "in relation to companies dis\n",
        "response",
        "partial",
        id="holds-partial-information",
    ),
    case(
        # The Tees Valley Combined Authority on WhatDoTheyKnow: a holding letter saying the response is delayed, after
        # the acknowledgement
        "Dear Tees Valley Combined Authority,\nPlease can you provide all emails sent from and to members "
        "of this assurance review team.\nYours faithfully,\nJared Rubecki\nDear Jared Rubecki,\nFreedom "
        "of Information Act 2000 - Ref: 196-2023\nThank you for your correspondence received on 16/08/2023.\nYour "
        "request is being considered under the Freedom of Information Act 2000.\nYours sincerely,\nGovernance "
        "Team\nTees Valley Combined Authority\nDear Jared Rubecki,\nWe regret to inform you that the "
        "response to your FOI request is delayed due to the need to consider the public interest test "
        "concerning the information requested. We apologise for the delay and will respond to the reques\n",
        "acknowledgement",
        "acknowledged",
        id="the-response-to-your-request-is-delayed",
    ),
    case(
        # Transport Scotland's release on gov.scot: the Scottish Government's review formula under the request it
        # restates, the finding's detail cut
        "Information requested\n\nOriginal request - 202300364187\n\nPlease provide me with all recorded "
        "information of correspondence between Transport Scotland and Scottish Ministers between 1 "
        "January 2019 and 30 June 2023 relating to the A9 dualling programme.\n\nResponse to your Review "
        "Request - FOI 202300377919\n\nI have concluded that the original decision should be confirmed, "
        "with modifications.\n\nThe reason I have reached this conclusion is that we could have been "
        "clearer in our original response to you in relation to some of the information that was previously "
        "withheld. I believe that some of that infor\n",
        "internal_review",
        "unknown",
        id="the-original-decision-should-be-confirmed",
    ),
    case(
        # Avanti Gardens School's acknowledgement: the time limit with a word between is no count of what the school
        # has
        "Dear Mr Smith,\nThank you for your request for information, received on 4 November 2019.\nWe "
        "will begin processing this immediately.\nFollowing the Freedom of Information (FOI) Act we "
        "have 20 school working days to either:\n* Provide you with the information requested\n",
        "response",
        "unknown",
        id="the-time-limit-with-a-word-between",
    ),
    case(
        # The Scottish Fire and Rescue Service's letter: a count of what the body has states a figure, the reply cut
        # before its sign-off
        "Dear Mr Johansson\nFreedom of Information Request\nThank you for your request for information "
        "and apologies for the delay in responding.\nYour request has been processed in accordance "
        "with Freedom of Information (Scotland) Act 2002.\nThe Scottish Fire and Rescue has 356 Community "
        "Fire Stations throughout Scotland. These are split between 3 Service Delivery Areas (North, "
        "East and West) with crews working on various duty systems.\nWholetime Trainee Firefighters "
        "undergo a basic training course at one of our National Training Centres where they learn all "
        "the basic skills required to become a Firefighter. Retained Firefighters tend to cover our "
        "smaller towns and villages and will carry out an initial 2-we\n",
        "response",
        "provided",
        id="a-count-of-what-the-body-has",
    ),
    case(
        # The Information Commissioner's Office's log: the review attached is the review, not information it releases
        "Complaints to the ICO where section 14 was a factor\nDetails of the number of complaints received "
        "and the time taken to handle such complaints.\nA review of the handling of this request was "
        "completed following a request for an internal review. The review is attached to this disclosure.\n",
        "internal_review",
        "unknown",
        id="the-review-attached-to-a-log-entry",
    ),
    case(
        # The UK Health Security Agency's internal review: the earlier replies attached again are no information the
        # review gives, its finding cut off
        "Dear Steve Nash,\n13 December 2024\nRe: Internal review of case refs: 01/07/24/JS/188 and "
        "13/09/24/JS/353\nI refer to your email of 3 October which is being treated as a request for "
        "an internal review of case references 13/09/24/JS/353.\nWe responded to you on 22 August 2024 "
        "and I have attached a copy of that response for your convenience.\nWe then wrote to you on "
        "30 September 2024 (our ref: 13/09/24/JS/353, please see attached for convenience) explaining "
        "that the information is intended for future publication. I have considered whether section "
        "22 was correctly applied and\n",
        "internal_review",
        "unknown",
        id="earlier-replies-attached-again-to-a-review",
    ),
    case(
        # The Department for Work and Pensions' internal review: a review that encloses information itself has found
        # for releasing it
        "Our reference: IR599\n15 March 2018\nDear Mr James,\nThank you for your Freedom of Information "
        "(FOI) review request received on 23 November 2017.\nDWP Response:\nI am of a senior grade "
        "to the person who dealt with your request; I was not involved previously, and can confirm "
        "that I have carried out an internal review.\nReferring back to your original request to provide "
        "you with a list of system reports that are generated for the senior management team; as a "
        "result of this you will find included with this response:\nAnnex A - Case Closure Overview "
        "October 2017 - provides a view of the volume and stage in process of live case closures.\n",
        "internal_review",
        "provided",
        id="a-review-that-encloses-information-itself",
    ),
    case(
        # The Army Secretariat's letter: information enclosed beside the section 21 pointer is part given
        "Ref: Army/Sec/21/02/FOI2019/06365 18 July 2019\n\nThank you for your initial email of 13 May, "
        "in which you asked for information about structural changes relating to Army 2020 Refine. "
        "I am treating your correspondence as a request for information under the Freedom of Information "
        "Act 2000 (the Act).\n\nI can confirm that the Ministry of Defence holds information about "
        "Army structural changes announced to Parliament in December 2016. This information is exempt "
        "under Section 21(1) of the Act, because it is reasonably accessible to you by other means.\n\nI "
        "can confirm that the Department holds information about further changes made since the table "
        "referred to above. This information is enclosed and can be found at Annex A.\n",
        "response",
        "partial",
        id="enclosed-beside-the-section-21-pointer",
    ),
    case(
        # NHS Shetland's log: its case number on a line of its own, the hyphen unspaced, is no year's figure beside
        # the cost refusal
        "FoI Number\n2022-799\nSubject\nEmergency Dental Treatment\nRequest and Response\n1. The total "
        "number of patients requesting an emergency dental appointment for the last three financial "
        "years?\n2. How many of these patients were under 18 years old?\nUnder FOISA s 12(1), NHS Shetland "
        "is not obliged to comply with a request if the estimated cost of doing so exceeds £600. Having "
        "reviewed your request, NHS Shetland estimates that the cost of complying would exceed this "
        "limit.\n",
        "refusal",
        "refused",
        id="a-case-number-is-no-years-figure",
    ),
    case(
        # The Moray Council's log: a year's figure a line, beside section 17 cited as 'exempt from release'
        "FOI Request - Number of Roadworks 2019-2021\n\nRequest 101002886573\n\nI would like to request "
        "the number of street works and road works carried out by the council for both the 2019/20 "
        "and 2020/21 financial years.\n\nIf possible, I would also like to know the longest-running "
        "works that took place in both of these periods.\n\nResponse 30-09-21\n\n2019/20 = 6940*\n2020/21 "
        "= 6463*\n* please note these figures will represent all orders completed in the financial "
        "year specified.\n\n2. Information not held - we have no way to calculate the longest running "
        "works. This information is therefore exempt from release under Section 17 of the Freedom of "
        "Information (Scotland) Act 2002 - Information Not Held.\n",
        "response",
        "partial",
        id="years-figures-beside-section-17-exempt-from-release",
    ),
    case(
        # Devon County Council's log: one part answered, the other over the costs limit in 'we estimate that
        # compliance with this request would exceed', no section's letter printed
        "Roadworks 2019- 2021\n\nI would like to request the number of street works and road works "
        "carried out by the council for both the 2019/20 and 2020/21 financial years\n\nThe number "
        "of completed street and road works carried out by the County Council in 2019/20 was 4,635 "
        "and in 2020/21 it was 4,351\n\nI would also like to know the longest-running works that took "
        "place in both of these periods\n\nFrom our preliminary assessment, we estimate that compliance "
        "with this request would exceed the appropriate costs limit under Regulation 12 (4) of the "
        "Environmental Information Regulations.\n",
        "response",
        "partial",
        id="estimate-that-compliance-would-exceed",
    ),
    case(
        # The Local Government Boundary Commission for England's reply: 'attached' after the noun, the information it
        # reproduces
        "Dear\nFOI Ref: 21605/19\nThank you for your request under the Freedom of Information Act 2000 "
        "which we received on 08/07/2019. You requested: In relation to The Rotherham (Electoral Changes) "
        "Order 2018, please provide copies of all correspondence, between yourselves and Rotherham "
        "MBC up until 31May 2019.\nThe information attached reproduces e-mails and letters sent between "
        "the Commission and Rotherham Metropolitan Borough Council, together with the Council's formal "
        "submissions relating to the review between July 2016 and July 2018. Items marked as attachments "
        "are documents attached to e-mails.\nIf you have any further queries, please do not hesitate "
        "to contact me, quoting the reference number above in any correspondence.\n",
        "response",
        "provided",
        id="the-information-attached-reproduces",
    ),
    case(
        # Thurrock Council's published response: as many questions left as were answered, the page cut inside a word
        # of the last answer
        "Request:\n1. The number of high rise (above 18m) council housing tower blocks owned by your "
        "local authority\n2. The number of council housing blocks you own of any height\n3. The number "
        "of blocks that have been fitted with sprinkler systems in answer to (1) and (2)\n4. The number "
        "of blocks which have been fitted with a fire alarm system\n5. The number of people with disabilities "
        "which would hinder their ability to evacuate\n6. The number of Personal Emergency Evacuation "
        "Plans developed for residents\n\nResponse:\n\n1. The number of high rise (above 18m) council "
        "housing tower blocks owned by your local authority: 15\n\n2. The number of council housing "
        "blocks you own of any height - Total Blocks of flats: 718\n\n3. The number of blocks that "
        "have been fitted with sprinkler systems in answer to (1) and (2) 2\n\n  • Number of block\n",
        "response",
        "unknown",
        id="as-many-left-as-answered-cut-inside-a-word",
    ),
    case(
        # The Diocese of Gloucester Academies Trust on WhatDoTheyKnow: section 36's qualified person's opinion
        # withholds, the section's number not printed
        "Dear Mr Cooper,\nThank you for your request dated 17th May 2022\nOur response is as follows:\nAs "
        "for due diligence and further correspondence, DGATS Qualified Person, Richard Morley of Schoolpro "
        "our DPO, is of the opinion that disclosing these documents would be likely to prejudice the "
        "provision of advice or the exchange of views and would otherwise prejudice the effective conduct "
        "of public affairs.\n",
        "refusal",
        "refused",
        id="a-qualified-persons-opinion-withholds",
    ),
    case(
        # Gwent Police's log: the NCND heading over the force's explanation, which puts holding and not holding side
        # by side, cut before the sections
        "Please disclose all correspondence with the companies NSO Group and Quadream. I would also "
        "like to know of all meetings that took place between the police force and representatives "
        "from the companies.\n‘Neither Confirm nor Deny’ (NCND)\nThere may be occasions when complying "
        "with the duty to confirm or deny under section 1(1)(a) would in itself disclose sensitive "
        "or potentially damaging information that falls under an exemption.\nThe decision to issue "
        "a ‘neither confirm nor deny’ response is not affected by whether we do or do not hold the "
        "information but relates to the consequences of confirming or denying the information is held.\n",
        "refusal",
        "refused",
        id="ncnd-heading-over-its-explanation-cut-before-the-sections",
    ),
    case(
        # The Greater London Authority's log: a report's title 'responded to within 20 working days' promises
        # nothing, and 'Attached are the correspondence pages' gives them
        "Request\nPlease provide the performance reports on correspondence from 2018 to date or a URL "
        "which points me to these reports.\n\nOur response\n\nYour request refers to councils, so I "
        "should clarify that the GLA is London's strategic government and does not operate in the same "
        "way as London's local councils.\n\nCorrespondence performance is reported to the Budget and "
        "Performance Committee (quarterly Corporate Health Performance Indicators - indicator R2 "
        '"Volume of correspondence responded to within 20 working days").\n\nAttached are the correspondence '
        "pages from the Quarter 4 reports for 2018-19 and 2019-20 which have the whole year results.\n",
        "response",
        "provided",
        id="a-kpi-title-and-pages-attached",
    ),
    case(
        # The council's earlier review letter, cut before its finding: 'You sought a review of your request response
        # on 22 April 2009.'
        "Our Ref: IAD/RQST2355310\n18 May 2009\nDear Mr Cassidy\nI refer to your email of 22 April "
        "2009 relative to your request for information.\nThe Decision\nA decision letter was sent to "
        "you on 16 April 2009, which advised you that the information you requested was being collated.\nThe "
        "Review\nYou sought a review of your request response on 22 April 2009.\n",
        "internal_review",
        "unknown",
        id="sought-a-review-of-your-request-response",
    ),
    case(
        # Glasgow City Council's review letter, cut before its finding: 'you have requested a formal review of the way
        # in which Glasgow City Council dealt with your request'
        "Our Ref: RQST4228881\n14 March 2013\nDear Mr Hughes\nThank you for your email of 26 February "
        "2013 in which you have requested a formal review of the way in which Glasgow City Council "
        "dealt with your request for information received by the Council on 11 January.\nYOUR REQUEST\nYou "
        "requested the following information: whether the costs of the trip were met from the public "
        "purse.\nTHE DECISION\nOn 26 February 2013 a response was sent to you setting out the responses "
        "to the issues raised in your request fo",
        "internal_review",
        "unknown",
        id="requested-a-formal-review-of-the-way-in-which",
    ),
    case(
        # Tees Valley Unlimited on WhatDoTheyKnow: 'Thank you for clarification' thanks for one given and asks for
        # none; the reply below is cut in its first answer
        "Dear Tees Valley Unlimited,\nPlease disregard my earlier request. What was the business case "
        "for the grant of 5m to the airport?\nYours faithfully,\nJ Stapleton\n\nCarter, Irene, Tees "
        "Valley Unlimited\n\nThank you for clarification\n\nRegards\n\nIrene Carter\n\nCarter, Irene, "
        "Tees Valley Unlimited\n\nMr Stapleton\n\nFurther to your FOI request of today please find "
        "our response below.\n\n 1. A full business case was submitted by Durham Tees Valley Airport "
        "to\nsupport its application for a grant of",
        "response",
        "unknown",
        id="thanks-for-clarification-asks-for-none",
    ),
    case(
        # Bristol City Council's automatic email on WhatDoTheyKnow: 'a courtesy email to let you know your Public
        # Information / Request has been received', wrapped
        "Dear Bristol City Council,\n1. How many children became looked after in 2017?\nYours faithfully,\nChristina "
        "Savage\n\nDear Christina Savage\nThis is a courtesy email to let you know your Public Information\nRequest "
        'has been received on : 26/02/2018.\nYour unique reference number is "CRN00157313". Please '
        "keep this\nnumber\n",
        "acknowledgement",
        "acknowledged",
        id="a-courtesy-email-that-the-request-has-been-received",
    ),
    case(
        # The same letter's note: 'can you please provide a time period you are seeking'
        "Freedom of Information Request Reference No: 2017020000614\nDear Mr Lee\nPLEASE NOTE - In "
        "regard your request, can you please provide a time period you are seeking.\nAfter receiving "
        "your reply, your request will then be considered and you will receive a response within the "
        "statutory timescale of 20 working days.\nYours sincerely,\nPeter Deja\n",
        "clarification",
        "clarification_requested",
        id="can-you-provide-a-time-period",
    ),
    case(
        # The Metropolitan Police Service on WhatDoTheyKnow: 'unable to proceed with your request as we require
        # further information from you'
        "Freedom of Information Request Reference No: 2017020000614\nDear Mr Lee\nThis is to inform "
        "you that the MPS are unable to proceed with your request as we require further information "
        "from you.\nAfter receiving your reply, your request will then be considered and you will receive "
        "a response within the statutory timescale of 20 working days.\nYours sincerely,\nPeter Deja\n",
        "clarification",
        "clarification_requested",
        id="we-require-further-information-from-you",
    ),
    case(
        # Northumbria Police's log: the departments a manual search would go through, 'a total of 20', give nothing
        "In response:\n\nFollowing receipt of your request, searches were conducted with both the Finance "
        "and ICT Departments of Northumbria Police.  I can confirm that the information you have requested "
        "is held by Northumbria Police, however can not be disclosed for the following reason.\n\nWe "
        "are unable to supply the information requested.  To provide information which meets the criteria "
        "of your request would entail a member of staff manually searching all Area Command and Departments "
        "(of which there are a total of 20) budget codes and the identification of each order reference.\n",
        "refusal",
        "refused",
        id="what-a-manual-search-would-go-through-gives-nothing",
    ),
    case(
        # Northumbria Police's log: the firearm licences counted to show the information is not held in an easily
        # retrievable format give nothing
        "In response:\n\nFollowing receipt of your request, searches were conducted with the Firearms "
        "Licensing Department of Northumbria Police. I can confirm that the information you have requested "
        "is held by Northumbria Police however cannot be disclosed for the following reasons.\n\nThe "
        "information you have requested at points c) 1 and 2. is not held in an easily retrievable "
        "format.\nIn the past 5 years there have been approximately 3000 firearm license grants.  These "
        "individuals would need to be identified and paper based files would need to be located and "
        "viewed.\n",
        "refusal",
        "refused",
        id="a-count-showing-information-not-easily-retrievable",
    ),
    case(
        # Northumbria Police's log: the information held 'however can not be disclosed for the following reasons', no
        # section printed before the page is cut
        "Request:\nFor each year, please provide the overall recorded number of hate crimes.\n\nIn "
        "response:\n\nWe have now had the opportunity to fully consider your request and I provide "
        "a response for your attention.\n\nFollowing receipt of your request, searches were conducted "
        "with the Corporate Development Department of Northumbria Police.  I can confirm that the information "
        "you have requested is held by Northumbria Police however can not be disclosed for the following "
        "reasons.\n\nAs there are in excess of 2750 Faith and Racist crimes for the period specified, "
        "to establish which of those are anti-Semitic would require each report to be viewed.\n",
        "refusal",
        "refused",
        id="held-but-cannot-be-disclosed-for-the-following-reasons",
    ),
    case(
        # The Crown Office and Procurator Fiscal Service's log: 'I can advise that ... one charge was found not
        # guilty, two charges were found not proven', the figures in words, above the dates and places withheld
        "Thank you for your request dated 29 March 2017 under the Freedom of Information (Scotland) "
        'Act 2002 for the undernoted information:\n"1. For each case, were individuals found not guilty, '
        "or was there another reason?\n2. Please provide details of the dates and locations where each "
        'person was tried."\n\nI can advise that in respect of the six charges you refer to, one charge '
        "was found not guilty, two charges were found not proven and one charge was withdrawn.\n\nI "
        "am unable to provide details of the dates and locations where each person was tried, as this "
        "information would be personal data of a third party. This is an absolute exemption and I am "
        "not required to apply the public interest test.\n",
        "response",
        "partial",
        id="what-i-can-advise-in-words-beside-personal-data-withheld",
    ),
    case(
        # The UK Health Security Agency's fresh response: 'releasing the attached anonymised table' gives the data,
        # section 38(1)(a) weighed in how it is presented
        "Our ref: 06/02/24/KMG/743\nUKHSA is keen to resolve this complaint and has revisited the request "
        "received on 4 August 2023, and its handling thereof. Given the public interest in this information, "
        "we hope that releasing the attached anonymised table, which provides the requested data presented "
        "by age band and by month of death, will satisfy your request.\nUKHSA considers that disclosure "
        "of the requested data may have negative consequences on the mental health of the families "
        "of the deceased. As such, we have deliberated a public interest test in respect of the exemption "
        "at section 38(1)(a) of the FOIA.\n",
        "response",
        "partial",
        id="releasing-the-attached-table-beside-an-exemption-weighed",
    ),
    case(
        # HM Courts & Tribunals Service's cost refusal: the letterhead's DX, telephone and fax numbers are no figures
        # given
        "HM Courts & Tribunals Service\nLondon Regional Support Unit\n102 Petty France\nDX 152380 Westminster "
        "8\nT 0203 334 2915\nF 0870 324 0126\nOur Reference: FOI/94700 / 08 December 2014\nDear Mr "
        "Yousaf\nThank you for your email received on the 27 November 2014, in which you asked for "
        "the list of cases heard at Bow County Court.\nI confirm that HM Courts & Tribunals Service "
        "holds the information that you have asked for. However, because the cost of complying with "
        "your request would exceed the limit set by the Act, on this occasion I will not be taking "
        "your request further.\nYou can find out more about Section 12(1) by reading the extract from "
        "the Act attached at the end of this letter.\n",
        "refusal",
        "refused",
        id="a-letterheads-phone-numbers-are-no-figures-beside-a-cost-refusal",
    ),
    case(
        # Ofcom's reply, reposted on a forum: each year's figure a line, then section 12 for the breakdown
        "Thank you for your request for an update on the number of Short-Term Restricted Service Licences "
        "awarded each year, and a breakdown by kind of broadcast. We received your request on 13 June "
        "2013 and have considered it under the Freedom of Information Act 2000.\nIn response to your "
        "request, the number of Short-Term RSLs awarded from 2010 are:\n\n2010 - 337\n2011 - 321\n2012 "
        "- 286\n\nHowever, the information you have requested with regards to the break down is not "
        "readily accessible. Section 12 of the Act provides that a public authority is not obliged "
        "to comply with a request for information if the authority estimates that the cost of complying "
        "with the request would exceed the appropriate limit.\n",
        "response",
        "partial",
        id="a-years-figures-a-line-beside-a-cost-refusal-of-the-breakdown",
    ),
    case(
        # The Northern Ireland Housing Executive's Covid-era acknowledgement: 'it is our intention to issue a response
        # ... within the statutory timeframe', nothing answered yet
        "Dear Sir/Madam\nFreedom of Information Act 2000\nThank you for your request received on 26th "
        "January 2022 about the issue of Repair Notices.\nI am dealing with your request under the "
        "terms of the above legislation.\nAs members of staff are working from home where possible "
        "we are currently limited in our ability to complete responses to Freedom of Information requests.\nWhilst "
        "it is our intention to issue a response to Freedom of Information requests within the statutory "
        "timeframe, due to the current situation we are limited in our ability to do so.\nYours faithfully\nKaren "
        "Rain\n",
        "acknowledgement",
        "acknowledged",
        id="our-intention-to-issue-a-response",
    ),
    case(
        # The West Mercia Police and Crime Commissioner's log: section 21's own words quoted in the refusal
        # ('Information which is reasonably accessible to the applicant otherwise than under section 1 is exempt
        # information') give nothing
        "Request\nSpecifically, I am requesting the following information:\n1. Details regarding the "
        "individual responsible for making the decision to demolish the police station.\n2. Copies "
        "of any reports or surveys that were conducted on the building.\nResponse\nHaving considered "
        "your request, there are numerous reports relating to the demolition of the site available "
        "in the public domain. This being the case, the decision has been made to invoke Sections “21 "
        "Information accessible to applicant by other means (1) Information which is reasonably accessible "
        "to the applicant otherwise than under section 1 is exempt information, and Section 12 Exemption "
        "where cost of compliance exceeds appropriate limit”.\nYours sincerely,\n",
        "refusal",
        "refused",
        id="section-21s-own-words-quoted-in-a-refusal",
    ),
    case(
        # The Welsh Government's cost refusal, naming no section: 'we do not hold a central record of meetings' is its
        # reason, and the meetings its sample search found 'possible relevant' are counted for the estimate, not given
        "Request for Information - ATISN 16240 – Meetings with Water Companies\nThank you for your "
        "request which I received on 8 April 2022. You asked for the number of meetings held with water "
        "companies over the past five years, and the minutes of each meeting.\nOur response\nFrom my "
        "preliminary assessment, I estimate that it will cost more than the appropriate limit set out "
        "in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations "
        "2004 to answer your request.\nAs we do not hold a central record of meetings, in order to "
        "provide you with the information that you have requested it would require me to search through "
        "the calendar diaries for all colleagues in the branch.\nI have performed this task covering "
        "one year for one individual. I identified a total of 73 possible relevant meetings that took "
        "place with at least one individual from the company. This search took approximately one hour.\n",
        "refusal",
        "refused",
        id="a-cost-refusal-with-no-central-record-and-a-sample-count",
    ),
    case(
        # The Department for Work and Pensions' letter: names withheld under section 40(2), what it can give 'used in
        # the list below', a month a line
        "Dear Requester\nOur reference: FOI2020/03586\nDWP Response:\nRecords prior to 2015-16 have "
        "been destroyed in line with data retention policies.\nEach Internal Process Review is titled "
        "with the name of the customer. This information is withheld as it falls under the exemption "
        "in Section 40(2) of the Freedom of Information Act 2000; this exemption covers personal information.\nDue "
        "to changes in processes the month the IPR was commissioned is used in the list below.\nJune "
        "2015\nAugust 2015\nSeptember 2015\n",
        "response",
        "partial",
        id="what-is-given-used-in-the-list-below-beside-a-withholding",
    ),
    case(
        # South Wales Police's log: the answer under 'Question 1' refuses that question, and the text is cut before
        # the answers to the other three
        "REQUEST\n1. Please state how much the supplier was paid for the app.\n2. Please share any "
        "contracts with the supplier.\n3. Please provide the full review of the pilot.\n4. Please also "
        "include the dates of any payments.\nRESPONSE\nWe consulted with our Digital Services Division "
        "who have provided the below response to your request.\nQuestion 1\nYour request for this information "
        "has been considered and we are not obliged to supply this. The following exemption applies:\nSection "
        "43(2) – Commercial Interest\nSection 43 is a qualified class-based exemption which requires "
        "the authority to consider the public interest in disclosure.\nA discl",
        "response",
        "unknown",
        id="a-refusal-under-its-question-label-cut-before-the-rest",
    ),
    case(
        # West Dunbartonshire Council's letter headed 'Freedom of Information Request- Partial Refusal', cut after its
        # first answer
        "Our Ref: SJS 928 7507\nDate: April 20th 2011\nDear Mr Harper\nFreedom of Information Request- "
        "Partial Refusal\nComputer Software Systems\nWe hold information requested by you and enclose "
        "the following information to you under the terms of the Freedom of Information (Scotland) "
        "Act 2002:\nQ1\nPaper based systems are currently used for Highways Maintenance. T",
        "response",
        "partial",
        id="a-letter-headed-partial-refusal",
    ),
    case(
        # Wokingham Borough Council's other reply: 'This will take more than 18 hours for us to collate this
        # information', the information 'not available on a report' the reason
        "I seek the following data held by Northby Borough Council about its housing register since "
        "2019.\n1. The location of one bed properties allocated to applicants in Band 3.\n2. The location "
        "of two bed properties allocated to applicants in Band 3.\nThis will take more than 18 hours "
        "for us to collate this information due to the number of years requested – this information "
        "is not available on a report so we would have to manually go through each nomination form "
        "to establish the band.\n",
        "refusal",
        "refused",
        id="cost-refusal-in-hours-no-report-to-run",
    ),
    case(
        # Wokingham Borough Council's published reply, no section named: 'This is above the appropriate limit of 18
        # hours', the information 'not held in the same place in each file' its reason, not a notice that none is held
        "Please provide for the last three financial years:\n1. The number of applications made under "
        "section 21A of the Mental Capacity Act 2005.\n2. The total legal costs incurred in relation "
        "to those applications.\nWe are unable to report on this, and to provide the information we "
        "would have to review all cases opened in those years.\nThis information is not held in the "
        "same place in each file and would need to be located in each client's record. There would "
        "be 60 files to review at 2 hours each. This is above the appropriate limit of 18 hours to "
        "complete the request.\n",
        "refusal",
        "refused",
        id="cost-refusal-above-the-limit-not-held-in-one-place",
    ),
    case(
        # The London Borough of Lambeth's EIR letter: a table given, then a cost refusal that opens by naming the one
        # question and years it covers ('For Q3 years 2017 – 2022, we are citing cost refusal')
        "Dear Sir / Madam\nEnvironmental Information Regulations 2004\nI can confirm that the information "
        "requested is held by Northby Borough Council.\nYour Request\nFor each of the years 2019/20 "
        "to 2022/23 please provide:\n1. The number of staff employed to inspect residential properties "
        "for hazards.\n2. The number of inspections carried out by those staff.\nOur Response\nPlease "
        "see Table below.\n\nFor Q2 years 2019 – 2021, we are citing cost refusal as obtaining this "
        "information will\ntake in excess of 18 hours.\n",
        "response",
        "partial",
        id="cost-refusal-naming-one-question-beside-a-table",
    ),
    case(
        # The First-tier Tribunal's decision on the DVLA (lines restored from its flattened page): 'The appeal is
        # unanimously dismissed.'
        "IN THE FIRST-TIER TRIBUNAL\nGENERAL REGULATORY CHAMBER (INFORMATION RIGHTS)\nEA/2014/0212\n\nHearing "
        "held on the papers\n\nDecision\nThe appeal is unanimously dismissed.\n\nOur Reasons\n1. The "
        "DVLA responded that it did not hold Part A and that producing Part B would exceed the appropriate "
        "cost limit under s.12 of the Freedom of Information Act 2000.\n",
        "decision_notice",
        "decision",
        id="tribunal-appeal-unanimously-dismissed",
    ),
    case(
        # The same summary's paragraph alone: 'The Commissioner decided that the requests were ... vexatious'
        "The complainant has requested information contained in email correspondence to and from named "
        "councillors and officers of Slough Borough Council about two named council-owned properties. "
        "Slough Borough Council refused the request relying on the section 14(1) FOIA (vexatious or "
        "repeated requests) and section 12(1) (cost of compliance) FOIA exemptions. The Commissioner "
        "decided that the requests were a manifestly unjustified, inappropriate and improper use of "
        "a formal procedure and so were vexatious. The Commissioner does not require Slough Borough "
        "Council to take any steps to comply with the legislation.",
        "decision_notice",
        "decision",
        id="ico-summary-the-commissioner-decided",
    ),
    case(
        # The ICO's summary of its decision notice on Slough Borough Council: 'Decision(s) FOI 14: Not upheld' under a
        # bullet
        "Skip to main content\n\nSlough Borough Council\n\n  • Date 18 February 2020\n  • Sector Local "
        "government\n  • Decision(s) FOI 14: Not upheld\n\nThe complainant has requested information "
        "contained in email correspondence to and from named councillors and officers of Slough Borough "
        "Council about two named council-owned properties. Slough Borough Council refused the request "
        "relying on the section 14(1) FOIA (vexatious or repeated requests) and section 12(1) (cost "
        "of compliance) FOIA exemptions. The Commissioner does not require Slough Borough Council to "
        "take any steps to comply with the legislation.",
        "decision_notice",
        "decision",
        id="ico-summary-decisions-bulleted",
    ),
    case(
        # The ICO's disclosure log: a review of the handling of the request completed, attached, its finding not in
        # the text
        "The ICO exists to empower you through information.\n\n\nInformation about FOI complaints to "
        "the ICO where section 14 refusals are a factor, including number received, outcomes, actions "
        "taken, and time taken to handle such complaints.\n\nA review of the handling of this request "
        "was completed following a request for an internal review. The review is attached to this disclosure.",
        "internal_review",
        "unknown",
        id="ico-review-of-the-handling-completed",
    ),
    case(
        # Suffolk County Council on WhatDoTheyKnow: a letter headed 'INFORMATION REQUEST – ACKNOWLEDGEMENT', cut after
        # giving its reference
        "Yours faithfully,\nSusan Meadows (Mrs)\nINFORMATION REQUEST – ACKNOWLEDGEMENT\nThank you for "
        "your request. Please quote reference number 21643 in any future correspondence you may have "
        "with us.\nWe will p",
        "acknowledgement",
        "acknowledged",
        id="suffolk-headed-acknowledgement",
    ),
    case(
        # Staffordshire County Council on WhatDoTheyKnow: a formal list of bidders is not currently held, to be
        # published when it is
        "Dear Mr Beardmore,\n\nThank you for your request for information.\n\nI can confirm that at "
        "this stage interest has not been formally recorded as the proposals have not yet been agreed "
        "by Cabinet and consequently the formal bidding process has not begun.\nThe proposals will "
        "be discussed at the cabinet meeting taking place today. Depending on the outcome, details "
        "of the formal bidding process will be released. Through the public consultation we are aware "
        "of interest in all 6 libraries however details of formal bidders will be published on our "
        "website in the future as a formal list is not currently held.\n\n",
        "response",
        "not_held",
        id="staffs-not-currently-held",
    ),
    case(
        # The Scottish Government's FOI Review page: its reviewer's template ('My role as a reviewer is to look at the
        # case afresh'), cut in the words that introduce the finding ('have concluded that th')
        "Scottish Government and NHS Lothian and/or NHS Greater Glasgow and Clyde regarding the new "
        "NHS East and NHS West structure: FOI Review\n\nInformation request and response under the "
        "Freedom of Information (Scotland) Act 2002.\n\n\nInformation requested\n\nOriginal Request "
        "202500497219\n\n  • The dates of any meetings held between the Scottish Government and NHS "
        "Lothian and/or NHS Greater Glasgow and Clyde  regarding the new NHS East and NHS West structure "
        "since 1 January 2025.\n  • Any minutes of these meetings.\n  • Briefings from these meetings "
        "prepared for Scottish Government Ministers.\n  • Who attended these meetings.\n\nResponse\n\nYou "
        "asked for a review of this case specifically around where the response stated that “Three "
        "briefings relating to sub-national planning are held. These were informed by a range of stakeholder "
        "input and legal advice and were not prepared as outputs of the informal catch-up discussions "
        "referred to above. The briefings are withheld under section 29(1)(a) of the Freedom of Information "
        "(Scotland) Act 2002 (formulation and development of government policy) and section 30(b)(i) "
        "and (ii) (free and frank provision of advice and free and frank exchange of views). Both exemptions "
        "are subject to the public interest test.”\n\nYou contended that, “Given the public interest "
        "involved in this issue as in all matters relating to the NHS, and the potential far-reaching "
        "consequences of proposed NHS re-organisation, it cannot be correct to withhold every word "
        "in three separate briefings on the matter” and you requested that “the briefings be provided "
        "with the sections redacted where necessary.”\n\nMy role as a reviewer is to look at the case "
        "afresh to establish whether the original response should be confirmed, with or without modifications "
        "as appropriate, or a fresh decision should be substituted. I have reviewed this case and have "
        "concluded that th",
        "internal_review",
        "unknown",
        id="scotgov-review-cut-before-its-finding",
    ),
    case(
        # University College London on WhatDoTheyKnow: its automatic acknowledgement, then the reply in the same
        # block, 'Please see the tables in the attached document that show the number of applicants'
        "Finance.FOI Requests, University College London\n\nIf you have submitted a Freedom of Information "
        "request please accept this\nemail as acknowledgement that your request has been received. "
        "You should\nexpect a response from us within 20 working days. \nFor details on how we use "
        "your personal information, please see UCL's\ngeneral privacy\nnotice: [1]www.ucl.ac.uk/legal-services/privacy/general-privacy-notice\nData "
        "Protection Office\nOffice of General Counsel \n\nReferences\n\nVisible links\n1. https://www.ucl.ac.uk/legal-services/pri...\n\nFinance.FOI "
        "Requests, University College London\n\n1 Attachment\n\nDear Kurt,\n\nThank you for your request "
        "for information made under the Freedom of\nInformation Act (FOIA) 2000. I apologise for the "
        "delay in the provision of\nthis response.\n\nWe confirm that we hold information of the description "
        "specified in your\nrequest; please see our response below and the attached document.\n\nYour "
        "request\n\nFor every UCL postgraduate taught degree of 2024 entry,  the number of\napplicants, "
        "offers and firm acceptances, each broken down into\nnationalities.\nFor every UCL postgraduate "
        "research degree of any start date between\nNovember 2023 (inclusive) and October 2024 (inclusive), "
        "the number of\napplicants, offers and firm acceptances, each broken down into\nnationalities.\n\nOur "
        "response\n\nPlease see the tables in the attached document that show the number of\napplicants, "
        "offers received and enrolm",
        "response",
        "provided",
        id="ucl-tables-attached-after-acknowledgement",
    ),
    case(
        # NHS Improvement's published summary: it decided to withhold most of the information it held, not all; the
        # page ends on the review's outcome, which makes it an internal review (shared/corpus/LABELLING.md: "the outcome
        # of an internal review"; first labelled a response, a later page of the same template an internal review)
        "Freedom of Information: Estates and facilities programme\n\nDocument first published:\nPage "
        "updated:\nPublication type:\n\nRequest for the Department of Health & Social Care’s estates "
        "& facilities guidance programme prior to its transfer to NHS Improvement.\n\n\nThe request "
        "was for information relevant to DHSC’s estates and facilities programme prior to its transfer "
        "to NHSI. The request focused on details around the funding, the business plan and reports "
        "produced.\n\nNHS Improvement held the information requested and decided to withhold most of "
        "the information it held on the basis of section 41.\n\nAn internal review of the original "
        "decision was conducted and the information was withheld based on the applicability of section "
        "36.",
        "internal_review",
        "partial",
        id="nhsi-withhold-most-of-the-information",
    ),
    case(
        # South Wales Police's log: under RESPONSE the police forces' template 'I am not obliged to supply the
        # information you have requested', then section 12; the count a search retrieved is the estimate's
        "REQUEST\nI would be grateful if you could provide the following information for each of the "
        "past three calendar years: 2022, 2023, and 2024. If possible, please complete the attached "
        "Excel form. If now, please respond to the questions as listed below:\nRESPONSE\nYour request "
        "for information has now been considered and I am not obliged to supply the information you "
        "have requested.\nIn relation to your request, the following exemption applies:\nSection 12 "
        "– Exemption where cost of compliance exceeds appropriate limit.\nUnfortunately, the data you "
        "have requested is not routinely collated in the format that would easily answer your request. "
        "A search has therefore been conducted on our crime and incident recording system (Niche RMS) "
        "where ‘Theft and Handling’ has been selected as the occurrence type and where ‘South Wales’ "
        "has been selected as the owning agency between 1st January 2024 to 31st December 2024.\nThis "
        "search retrieved 31,322 results.\nWe estimate that it would take approximately one minute "
        "to individually interrogate each occurrence in order to establish if they relate to tool theft.\nWe "
        "therefore estimate it would take in excess of 52",
        "refusal",
        "refused",
        id="swp-not-obliged-to-supply-under-response",
    ),
    case(
        # Fife Council's acknowledgement on WhatDoTheyKnow: clarification it may ask for beside its advice, counted
        # into the time limit, or sought where necessary, is none asked
        "Dear Rebecca Moody,\nFREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION\nThank "
        "you for your information request received on 02/02/2024 16:52 our ref FCIR: 50382 relating "
        "to Ransomware Attacks in Schools. This is being dealt with in terms of the Freedom of Information "
        "(Scotland) Act 2002.\nWe are presently assessing your request and may be in touch soon to "
        "ask for further clarification or to offer advice and assistance if we are not able to fulfil "
        "your request in its present form.\nThe legislation allows us up to 20 working days from the "
        "date that we receive a valid request, including any clarification we require, to make a final "
        "response. We will be in touch within 20 working days of receipt of your initial request to "
        "provide our response or to seek clarification where necessary. We hope to provid",
        "acknowledgement",
        "acknowledged",
        id="fife-clarification-only-if-needed",
    ),
    case(
        # West Yorkshire Police's published reply, naming no section: the work would exceed the time threshold, the
        # appropriate limit would be exceeded
        "6. The date of the last review of the positioning of the cameras at this location.\n7. How "
        "frequently are the speed cameras calibrated at this location.\nOur Response:\nUnfortunately, "
        "West Yorkshire Police are unable to provide you with the information requested.\nIt is estimated "
        "that the cost of providing/locating the information you seek within your request, would exceed "
        "the time threshold. When a reasonable estimate has been made that the appropriate limit would "
        "be exceeded, there are no requirements for a public authority to undertake the work.\nPlease "
        "see Appendix A, for the full legislative explanation as to why West Yorkshire Police are unable "
        "to provide the information.\nIf you would like to refine or narrow the scope of your req",
        "refusal",
        "refused",
        id="wyp-appropriate-limit-would-be-exceeded",
    ),
    case(
        # Hastings Borough Council's log: the spreadsheet attached, named in two words
        "FOI request (FOIR-163333836)\nBurial Plots\nRequested Fri 20 December 2019\nResponded Thu "
        "09 January 2020I would like to request the following under the Freedom of Information Act.\nFor "
        "the calendar years 2013, 2014, 2015, 2016, 2017, 2018 and 2019 respectively, what were the "
        "charges the council imposed as the burial authority for each of the following:\nPlease see "
        "the attached spread sheet containing the requested information.\n",
        "response",
        "provided",
        id="hastings-attached-spread-sheet",
    ),
    case(
        # Belfast City Council's acknowledgement on WhatDoTheyKnow, cut: a step the council may take itself before it
        # responds ('it may be necessary to consult') asks the requester nothing
        "Dear Mr McGivern:\nThank you for your email dated 30 July 2018 requesting information in\nrelation "
        "to Belfast City Council sports pitches and charging.\nThe Council is currently considering "
        "your request in accordance with the\nFreedom of Information Act 2000 and Data Protection Act "
        "2018 and will\nrespond to you within 20 working days from receipt of your email dated 30\nJuly "
        "2018.\nI should explain that the Council is required to take the Data Protection\nAct 2018 "
        "into account as the information you have requested may contain\npersonal data relating to "
        "other identifiable individuals and their\ncommercial interests.\nI wish to advise you that "
        "before we can respond to your request it ma",
        "acknowledgement",
        "acknowledged",
        id="belfast-before-we-can-respond-it-may",
    ),
    case(
        # Central London Community Healthcare NHS Trust's log: a figure after 'was:' is given beside the section 43(2)
        # withholding
        "Request\n- The total spend by the Trust on agency staffing in 2023/24.\n- The names of agencies "
        "the Trust used for locum or agency staffing, along with the total amount paid to each agency "
        "during that year.\nResponse\n- The overall Agency Spend for 2023/2024 financial year for Nursing "
        "and Doctors was: £7.8M\n- Section 43 Applied, see details below\nSection 43 Response\nSection "
        "43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial "
        "interests of any person. Disclosure of the requested information could prejudice pending or "
        "future negotiations the CLCH may be subject to.\n",
        "response",
        "partial",
        id="figure-after-was-colon-beside-an-exemption-is-partial",
    ),
    case(
        # Dyfed-Powys Police's log: 'Clarification Q:' and 'Clarification A:' record the exchange had before the reply
        # below them
        "FOI Reference: 749/2024\nRequest:\nCustody Records and PACE Code C Compliance:\n1. Does the "
        "force record the time of each detainee's arrival in custody?\nClarification Q:\nWith regards "
        "to Q1, does this refer to all correspondence provided to staff through email? Can you provide "
        "a time range for which you require information for.\nClarification A:\nIn respect of Q1, it "
        "is solely in relation to Custody Records.\nResponse 1:\nI can confirm that Dyfed-Powys Police "
        "does hold information relevant to your request, as outlined below.\nYes.\n",
        "response",
        "unknown",
        id="clarification-q-and-a-recorded-above-the-reply",
    ),
    case(
        # Kent and Medway NHS and Social Care Partnership Trust on WhatDoTheyKnow: 'should any further clarification
        # of your request be required we will advise accordingly' asks nothing yet
        "Dear Kent and Medway NHS and Social Care Partnership Trust,\n\nPlease provide the number of "
        "out of area placements in 2012.\n\nYours faithfully,\n\nDr Russell Razzaque\n\nRobson Claire,\n\nDear "
        "Dr Razzaque\n\n \n\nPlease accept this email as formal acknowledgement of your request for\ninformation "
        "under the Freedom of Information Act, having been received on\n18 November 2013.  In accordance "
        "with the Act, the Trust has 20 working\ndays in which to respond, ending on 16 December 2013. "
        " An initial\ninvestigation is currently taking place into whether the Trust holds the\ninformation "
        "you have requested and, if so, whether the information can be\nreleased in accordance with "
        "the legislation.\n\n \n\nAny fees applicable to this request will be detailed in writing as "
        "soon as\nthey can be determined and, should any further clarification of your\nrequest be "
        "required we will advise accordingly.\n\n \n\nI",
        "acknowledgement",
        "acknowledged",
        id="should-any-further-clarification-be-required-asks-nothing",
    ),
    case(
        # Cardiff University on WhatDoTheyKnow: a greeting to the union branch that asked opens the university's
        # acknowledgement, not the requester's words
        "Fringe benefits of University Executive Board and University Council\nDear Cardiff University,\nPlease "
        "would you provide us with the following information:\n- Principles and structures of job evaluation "
        "systems for members of the UEB.\n- Distribution of salary levels of UEB members (including "
        "bonuses and any other additions to basic pay).\nYours faithfully,\nCardiff UCU Executive\nDear "
        "Cardiff UCU Executive\nI acknowledge receipt of your email received by this office on 24 October "
        "2019 in which you requested information regarding senior staff and Council benefits.\nYour "
        "request will now be dealt with under the Freedom of Information Act 2000 and has been allocated "
        "reference FOI19-417 which should be quoted in all correspondence. We will respond to your "
        "request within 20 working days starting the next working day after receipt.\nYours sincerely\nGail "
        "Thomas\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledging-receipt-under-a-greeting-to-an-organisation",
    ),
    case(
        # The Northern Ireland Assembly Commission answering a request for its FOI statistics: 'issued 11 responses to
        # requesters within 20 working days' counts replies sent, no promise to reply
        "Our Ref: FOI 22-22\n\n12 April 2022\n\nI am writing to confirm that the Northern Ireland Assembly "
        "Commission has processed your request dated 29 March 2022 in line with the Freedom of Information "
        "Act 2000. In your request, you asked:\n\n1. For the period 16th March – 17th July 2020, how "
        "many responses to FOI requests were issued within 20 working days of receipt by your organisation?\n\nOf "
        "the 20 Freedom of Information requests received during the timeframe above, the Assembly Commission "
        "issued 11 responses to requesters within 20 working days of receipt.\n\n2. For the period "
        "18th July – 8th October 2020, how many responses to FOI requests were issued within 20 working "
        "days?\n\nOf the 14 requests received, 9 responses were issued within 20 working days.\n",
        "response",
        "provided",
        id="foi-statistics-replies-within-twenty-days-are-figures",
    ),
    case(
        # The London Borough of Newham on WhatDoTheyKnow: 'we will not be responding to under Section 14' refuses
        "Newham Borough Council\n\nThank you for your email below.\n\nWe have received a high volume "
        "of requests regarding the provision of Special Educational Needs support within the Council "
        "over recent weeks.\n\nWe have therefore decided that for requests received in the near future "
        "of this nature, we will not be responding to under Section 14 of the FOI Act.\nThe ICO guidance "
        "states th\n",
        "refusal",
        "refused",
        id="will-not-be-responding-under-section-14-refuses",
    ),
    case(
        # The Metropolitan Police Service's published response: 'Clarification -' heads the exchange already had, and
        # the located information disclosed in full gives it
        "Freedom of information request\nPlease can I have the policy on the use of police video evidence "
        "gathers, which covers, were the footage is stores, how the footage is used.\nClarification "
        "-\n“You say ‘police video evidence gathers ‘are you referring to Police who may use cameras "
        "to record at public order events?”\nThis is the information I’m looking for.\nI have today "
        "decided to disclose the located information to you in full.\nPlease find below information "
        "pursuant to your request above.\nWhen footage is uploaded, it is deleted automatically after "
        "28 days unless specifically requested to be saved.\n",
        "response",
        "provided",
        id="clarification-heading-over-the-exchange-then-disclosed-in-full",
    ),
    case(
        # The Scottish Police Authority's published response: a clarification that 'was requested' and 'did not narrow
        # the scope' is told of, not asked for, above a cost refusal
        "Response\nThe Scottish Police Authority has considered your request under the Freedom of Information "
        "(Scotland) Act (FOISA).\nIn response to part one of your request, headed oversight of enforcement "
        "infrastructure. Information on oversight of technologies over the period 1 January 2023 to "
        "current is held. Clarification was requested in an effort to reduce the information in scope "
        "to a specific type of technology within a specific timeframe. Clarification did not narrow "
        "the scope, nor reduce the volume of information held. Therefore, we are unable to provide "
        "this information as it would prove too costly within the context of the fee regulations.\n",
        "refusal",
        "refused",
        id="clarification-was-requested-is-told-of-not-asked",
    ),
    case(
        # The Royal Borough of Greenwich on WhatDoTheyKnow: 'Your request will be answered by' a date acknowledges
        "Correspondence with investment consultants\nDear Greenwich Borough Council,\n1) Please provide "
        "emails & correspondence between council employees and external investment consultants on climate "
        "risk between 2018 and 2023\n2) Please confirm if specific advice on climate risk has been "
        "sought by Greenwich and received from Mercer? - If so please provide copies of this information.\n3) "
        "Please provide the following data points in MS Excel format in relation to each external climate "
        "risk analysis:\ni) Warming scenarios applied?\nii) Projected gains or losses for the portfolio "
        "for each scenario/year assessed\nYours faithfully,\nJoel M Benjamin\nDear Mr Benjamin\nFreedom "
        "of Information request: FOI-72330\nThank you for your request dated 20 March 2023\nYour request "
        "will be answered by 19 April 2023.\nIf you have any queries about this request, please contact "
        "me, quoting the\nreference number above.\nYours sincerely,\nDavid White\nHead of Information,\n",
        "acknowledgement",
        "acknowledged",
        id="request-will-be-answered-by-a-date-acknowledges",
    ),
    case(
        # Essex County Council on WhatDoTheyKnow: the Act allows the council 'up to' 20 working days, an
        # acknowledgement's promise
        "Correspondence with investment consultants\nDear Essex County Council,\n1) Please provide "
        "emails & correspondence between council employees and external investment consultants on climate "
        "risk between 2018 and 2023\n2) Please confirm if specific advice on climate risk has been "
        "sought by Essex and received from Mercer? - If so please provide copies of this information.\n3) "
        "Please provide the following data points in MS Excel format in relation to each external climate "
        "risk analysis:\ni) Warming scenarios applied?\nii) Projected gains or losses for the portfolio "
        "for each scenario/year assessed\nYours faithfully,\nJoel M Benjamin\nDear Sir/Madam,\nThank "
        "you for your request for information which we will handle under the\nFreedom of Information "
        "Act 2000.\nThe Act allows us up to 20 working days (excluding statutory holidays) to\nprocess "
        "a valid request for information.\nWe will d",
        "acknowledgement",
        "acknowledged",
        id="act-allows-us-up-to-twenty-working-days-acknowledges",
    ),
    case(
        # East Hertfordshire District Council's log: a 'Released Date' field below the request dates the reply under
        # it, though no cue tells what it did
        "Hygiene Inspections\n\nRequest Description\n\nHow many hygiene inspections in restaurant premises "
        "were carried out by the council in the following years:  2010, 2011, 2012, 2013,  2014,  2015 "
        "(so far)\n\nHow many premises are overdue for inspection as of 18 June 2015\n\n\nRequest Date18 "
        "June 2015\nRequested byMP\nReleased Date  \n\n 3 July 2015 \n\n\nOur annual return data is "
        "published on the Food Standards Agency's website ( which breaks down the data into the number "
        "of premises inspections by risk category. \n\nWith regards to the last question, we monitor "
        "monthly for all food premises, so we have 569 inspections overdue for inspection.\n",
        "response",
        "unknown",
        id="released-date-field-under-the-request-is-a-response",
    ),
    case(
        # A Scottish university's internal review report: 'I am undertaking this review of the University's response'
        # opens a review
        "Legislation: / The Freedom of Information (Scotland) Act 2002 (FOISA)\n1. Remit\nI am undertaking "
        "this review of the University’s response to a Freedom of Information request received on 27 "
        "August 2013. As I was not directly involved in the management of this request I am able to "
        "independently review the approach and make recommendations on action.\n2. Request for information\nAn "
        "FOI request FOI 75/2013 was received by the University on 27 August 2013. This was acknowledged "
        "on 27 August and the response sent on 13 September.\n",
        "internal_review",
        "unknown",
        id="undertaking-this-review-of-the-response-is-a-review",
    ),
    case(
        # NHS Grampian on WhatDoTheyKnow (its reply's first words cut away): a request recorded and being processed, a
        # response due, across wrapped lines
        "4. Please confirm the total number of unfilled vacancies (excluding locum filled posts) per "
        "month.\n\nYours faithfully,\n\nToby Williams\n\nGRAM Foi, Grampian Health Board\n\nDear Mr "
        "Williams\n\nFreedom of Information (Scotland) Act 2002\n\nThank you for your email dated 1 "
        "November 2024, requesting information\nregarding Psychiatry Agency Locums 2021 - 2024.  We "
        "have recorded this\nrequest and are currently processing it in accordance with the Freedom "
        "of\nInformation (Scotland) Act 2002.\n\nA response to your request for information is due "
        "by 29 November 2024.\nPlease allow for delivery time.\n\nBest wishes,\n\nSusie Nattrass\nInformation "
        "Governance Officer\n",
        "acknowledgement",
        "acknowledged",
        id="request-recorded-and-processing-response-due-acknowledges",
    ),
    case(
        # Fife Council on WhatDoTheyKnow: the days the Act allows the council are an acknowledgement's promise
        "Carnegie Leisure Centre - planned refurbishment information?\nDear Sir or Madam,\nPlease send "
        "me details of the 'audit trail' of when plans began for this refurbishment.\nYours faithfully,\nBill "
        "Robb\n\nDear Mr Robb\nFREEDOM OF INFORMATION (SCOTLAND) ACT 2002 * REQUEST FOR INFORMATION\nThank "
        "you for your information request dated 23 April 2008, and received on 23 April 2008; our reference: "
        "CS/161. This is being dealt with in terms of the Freedom of Information (Scotland) Act 2002.\nThe "
        "Act allows us 20 working days to deal with your request from the date that we received it, "
        "but we hope to provide you with the information you are looking for at an earlier date where "
        "possible.\nYours sincerely,\nSusan Bradley\nLead Officer (Business Support & Administration)\n",
        "acknowledgement",
        "acknowledged",
        id="act-allows-us-twenty-working-days-acknowledges",
    ),
    case(
        # Gloucestershire Health and Care NHS Foundation Trust's published response: 'The Trust does not provide the
        # service mentioned in your request.' holds nothing
        "Freedom of Information Request - Ref: FOI 074-2025\n\nThank you for your recent Freedom of "
        "Information request. Please find our response below.\n\n1. For each of the last five years, "
        "please provide the total number of patients recorded on the urgent referral cancer treatment "
        "pathway.\n\nOur response:\n\nThe Trust does not provide the service mentioned in your request.\n\nPlease "
        "redirect your request to Gloucestershire Hospitals NHS Foundation Trust, at ghn-tr.foi@nhs.net\n",
        "response",
        "not_held",
        id="ghc-does-not-provide-the-service",
    ),
    case(
        # A request on NHS Greater Manchester ICB's log asking for 'The committee decision date': no decision notice's
        # field
        "| Reference | FOI 2026/1755 |\n|---|---|\n| Description | Orthodontic waiting list and procurement "
        "intent |\n| Date Requested | 11/05/2026 |\n| Date Replied | 08/06/2026 |\nI am writing under "
        "the Freedom of Information Act 2000 to request the following information held by NHS Greater "
        "Manchester ICB.\nRequest 1: The total number of children currently on the waiting list for "
        "an NHS orthodontic specialist assessment.\nRequest 2: If the ICB has decided to procure orthodontic "
        "services, please disclose:\n- The committee decision date\n- The procurement approach approved\n",
        "response",
        "unknown",
        id="gm-icb-a-committee-decision-date-asked-for",
    ),
    case(
        # Wakefield Council's acknowledgement on WhatDoTheyKnow: 'we will write to you to seek clarification should
        # this be required' asks for none yet
        "Dear Wakefield Council,\n\nPlease provide the total spend on rent arrears support for each "
        "of the last five years.\n\nYours faithfully,\nAlessandra Berti\n\nDear Sir/Madam,\nREQUEST "
        "FOR INFORMATION - FREEDOM OF INFORMATION ACT 2000\nThank you for your email requesting information "
        "from Wakefield Council.\nYour request will now be validated and logged for processing. For "
        "your\nrequest to be valid under the Freedom of Information (FOI) Act it will\nneed to include "
        "your full name and describe the information you are\nrequesting clearly, we will write to "
        "you to seek clarification should this\nbe required. It is our intention to have the response "
        "delivered to you\nwithin 20 working days from the working day your request is received.\n",
        "acknowledgement",
        "acknowledged",
        id="wakefield-clarification-should-this-be-required-asks-none-yet",
    ),
    case(
        # NHS National Services Scotland's published release: 'Clarification received -' heads the clarification the
        # requester gave, and the text ends a few words into the information it says follows
        "I refer to your freedom of information request that we received on 19 June 2024 requesting "
        "the following information.\n\nI would like to know out of how many scans performed, how many "
        "people were not informed of their results.\n\nClarification received –\n\nPlease can you specify "
        "which type of scans and imaging you are referring to? By narrowing the scope of your request "
        "this will assist us. Answer: Mammograms.\n\nWe have now completed the search of our records "
        "and can provide you with the following information:\n\nUnder section 17 o\n",
        "response",
        "unknown",
        id="nss-clarification-received-then-cut-where-the-information-begins",
    ),
    case(
        # The London Borough of Lambeth's data hub: the cost limit relied on, 'However, we have provided the total
        # numbers above.'
        "Your request and our response\n\n1. How many children who are in the care of the local authority "
        "(I.e. on a care order under s.31 Children Act 1989):\n\n  • The total number - 195 as at 30/01/20\n "
        " • are EU, EEA or Swiss national citizens,\n  • have made applications to the EU Settled Status "
        "Scheme.\n\nI can confirm that we have reviewed your request but consider that to comply with "
        "the request would exceed the cost/time limit specified by s12 FOIA. However, we have provided "
        "the total numbers above.\n",
        "response",
        "partial",
        id="lambeth-the-total-numbers-provided-beside-the-cost-limit",
    ),
    case(
        # NHS Shetland's disclosure log, no greeting above: 'In accordance with FOISA s 17(1), NHS Shetland confirms
        # that it does not hold the information requested.' is the reply
        "- FoI Number\n- 2023-123\n- Subject\n- Cervical Screening\n- Date Received\n- 31/05/2023\n- "
        "Request and Response\n-\n- What are the average and longest waiting times for women whose "
        "cervical smear has identified irregularities to receive a follow-up appointment?\n- How many "
        "appointments which were cancelled while the cervical screening programme was paused are still "
        "to be rearranged?\nIn accordance with FOISA s 17(1), NHS Shetland confirms that it does not "
        "hold the information requested.\nThis information is held by NHS Grampian. gram.foi@nhs.scot\n",
        "response",
        "not_held",
        id="nhs-shetland-confirms-that-it-does-not-hold-after-the-section",
    ),
    case(
        # South Western Ambulance Service NHS Foundation Trust's acknowledgement on WhatDoTheyKnow: its offer of help
        # 'if you ... require clarification' asks for none
        "Dear South Western Ambulance Service NHS Foundation Trust,\n\nPlease can you give me some "
        "information into the following on a CSV/Excel file:\n\nNumber of CAT/RED 1 Calls\nResponse "
        "Times\n\nYours faithfully,\n\nJamie Richards\n\nInformation Governance, South Western Ambulance "
        "Service NHS Foundation Trust\n\nDear Jamie\n\nThank you for your request for information regarding "
        "Category 1 response times which we received on 13/3/19.\n\nWe will deal with this request "
        "in accordance with your right of access to information we hold under the Freedom of Information "
        "Act.\n\nWe will research the information you have requested and we will respond providing "
        "what we hold no later than 10/4/19 in accordance with the timescales set by the Act.\n\nIn "
        "the meantime, if you have any queries or require clarification on any aspect of your request "
        "or how we will respond, please do not hesitate to contact me.\n\nKind regards\n",
        "acknowledgement",
        "acknowledged",
        id="swasft-an-offer-of-help-if-you-require-clarification-asks-for-none",
    ),
    case(
        # The Department for Digital, Culture, Media and Sport on WhatDoTheyKnow: the reply's sender line names the
        # department, commas in its name, as the acknowledgement's did; a message of its own, a response cut before it
        # says how the request ended.
        "Dear Department for Digital, Culture, Media and Sport,\n\nI would like the total number of "
        "days off work taken by employees of the Department where the reason given was stress.\n\nPlease "
        "treat this as a request under the Freedom of Information Act 2000.\n\nYours faithfully,\n\nJonathan "
        "Deans\n\nFOI Mailbox, Department for Digital, Culture, Media and Sport\n\nThank you for your "
        "email which is now being dealt with by the Freedom of\nInformation Team at the Department "
        "for Culture, Media and Sport.\nYou will receive a response to your information request within "
        "20 working\ndays of receipt.\n\nno-reply@dcms.ecase.co.uk on behalf of FOI Team, Department "
        "for Digital, Culture, Media and Sport\n\nFOI2018/11963\n\nDear Mr Deans,\n\nThank you for "
        "your email of 22 August, in which you made the following\nrequest for information:\n\nI would "
        "like the total number of days off work taken by employees of the\nDepartment where the reason "
        "given was stress.\n\nI have dealt with your request under the Freedom of Information Act 2000\n(the "
        "Act). I can confirm the Department for Digital, Culture, Media and\nSport holds information "
        "within the scope of your request.\n",
        "response",
        "unknown",
        id="a-sender-line-naming-a-body-with-commas-again-heads-the-reply",
    ),
    case(
        # NHS Greater Glasgow and Clyde's letter: the one answer found is the reply's opening, the text ending inside
        # it; what it gives cannot be told.
        "Dear Ms Thomson\n\nThank you for your request received on 8 October 2018 for the provision "
        "of the following information:-\n\n1 How often have physical restraints used on mental health "
        "patients been recorded as 'adverse events' in each of the past four years? 2. How many injuries "
        "have been recorded as a result of restraint in each of the past 4 years? 3. How many deaths "
        "have been recorded as a result of restraint in each of the past 4 years?\n\nWe are treating "
        "your request under our procedures for responding to requests for information under the Freedom "
        "of Information (Scotland) Act 2002. I am now able to provide a response on behalf of NHS Greater "
        "Glasgow and Clyde (NHSGGC). I acknowledge that this request has been issued significantly "
        "outwith the statutory timescale, and I offer my sincere apologies for the delay, and any inconvenience "
        "this h\n",
        "response",
        "unknown",
        id="the-replys-opening-read-as-the-last-answer-gives-nothing-yet",
    ),
    case(
        # The Crown Office and Procurator Fiscal Service's log: the paragraph citing a judgment against the Scottish
        # Information Commissioner is the reply's own, its reports attached, not the Commissioner's boilerplate.
        "Freedom of Information - Expenditure on Corporate Credit Cards\n\nThank you for your e-mail "
        "dated 17 August in which you requested the following information under the Freedom of Information "
        '(Scotland) Act 2002 (FOISA):\n\n"I would like a copy of all original bills or reports which '
        "show expenditure incurred by COPFS on corporate credit cards for each of the last three full "
        'financial years."\n\nAs you are no doubt aware, the Court of Session judgment - Glasgow City '
        "Council and Dundee City Council v Scottish Information Commissioner [2009] CSIH 73 (issued "
        "on 30 September 2009) - clarified that the Freedom of Information (Scotland) Act 2002 (FOISA) "
        "gives a right to information, not documents. In terms of FOISA you are therefore entitled "
        "to request information held by COPFS, but not necessarily the documents that the information "
        "is contained in. We have provided you with reports which provide the information about expenditure "
        "falling within the terms of your request in the attached spreadsheets.\n",
        "response",
        "provided",
        id="a-judgment-against-the-scottish-commissioner-is-no-boilerplate",
    ),
    case(
        # Oxford City Council on WhatDoTheyKnow: 'I can respond to your FOI request ... as follows' above a table of
        # counts, the years before refused on the cost: partly answered.
        "Dear Oxford City Council,\n\nHow many Compromise Agreements have you entered into over each "
        "of the last 5 years?\n\nYours faithfully,\n\nS Fisher\n\nDear Sir/Madam\n\nFurther to the "
        "acknowledgement below, I can respond to your FOI request of 15th March as follows:\n\n    "
        "                                       2009/10         2010/11         2011/12          2012/13\nCompromise "
        "agreements*            38                  23                 26                 10\n\n* Agreements "
        "related to redundancy\n\nInformation from before 2009/10 is not readily available.  In order "
        "to try to obtain the figures, staff would have to examine manually individual files (if they "
        "still exist) and it is likely that the appropriate time limit as defined by Section 12 of "
        "the Freedom of Information Act (which equates to about 18.5 hours per request) will be exceeded.\n\nYours "
        "faithfully\n\nMichael Newman\n",
        "response",
        "partial",
        id="responding-as-follows-beside-a-cost-refusal-of-the-earlier-years",
    ),
    case(
        # The London Borough of Lambeth's data hub: a lettered part's count given, another withheld as five or fewer;
        # the request's '20 miles' is no figure given.
        "10 October 2023\nYour request\nI submit the following request for information regarding placements "
        "of Looked After Children.\n- In total, how many Looked After children for whom your Local "
        "Authority is the corporate parent:\n- moved from one placement to a different placement between "
        "18 December 2022 and 3 January 2023\n- How many Looked After children moved between 18 December "
        "2022 and 3 January 2023 to:\n- a placement that was 20 miles or less from their home or their "
        "last placement;\nOur response\n1.\na) 9 Children had a placement move\n2.\na) We are unable "
        "to provide precise figures when these are five or less due to the risk that individuals will "
        "be identified. In such circumstances sections 40(2) and (3) of the Freedom of Information "
        "Act apply.\n",
        "response",
        "partial",
        id="a-lettered-parts-count-is-given-beside-one-withheld",
    ),
    case(
        # Public Health Wales's disclosure log: the figure the request quotes under its heading is none the reply
        # gives.
        "FOI 2024 028 - Covid Vaccine Query\n\nInformation Requested:\n\nI note from the public Tableau "
        "that the uptake of the autumn 2023 booster campaign is 53% of the 1.3 million people identified "
        "as potentially eligible as of 2024-01-25.\n\nCould you please tell me:\n\n1. How many vaccine "
        "doses were procured to deliver this campaign?\n\nInformation provided for the answer:\n\nThank "
        "you for your request dated 4th February 2024.\n\nPublic Health Wales does not hold this information.\n\nI "
        "have provided contact details for Welsh Government below as they may hold information relevant "
        "for your request.\n",
        "response",
        "not_held",
        id="a-figure-the-request-quotes-under-its-heading-is-not-given",
    ),
    case(
        # Brentwood Borough Council's reply, sending the requester to the leisure trust: 'not able to provide some of
        # the detail' gives none of it.
        "Dear Mr Smith,\n\nThank you for your request for information about Brentwood Leisure Trust.\n\nThe "
        "Council leases the leisure centre to the Trust and does not hold the Trust's accounts or usage "
        "figures. As we do not run the centre directly we are not able to provide some of the detail "
        "you are looking for. I have copied this email to the Chief Executive of the Centre who would "
        "be best placed to help you.\n\nYours sincerely,\n",
        "response",
        "not_held",
        id="not-able-to-provide-some-of-the-detail-gives-nothing",
    ),
    case(
        # The Moray Council's log: section 17 of the Scottish Act, whatever the words around it, is its notice that
        # nothing is held.
        "FOI Request Cost of Administrating an Election\n\nRequest 101001586277\n\nCan you please provide "
        "me with the estimated or actual amount of money spent by the local authority on the following "
        "items when administering i) the 2016 EU referendum and ii) the 2017 UK General Election?\n\n1. "
        "Printing ballot papers\n2. Distributing postal votes within the UK\n3. Distributing postal "
        "votes abroad\n\nResponse 30-08-2017\n\nThe Local Authority did not spend any money on either "
        "the EU referendum or the UK General Election as these two polls were financed by advances "
        "and settlements provided by the Cabinet Office (central government) to the Counting Officer/Returning "
        "Officer for expenses in conducting these polls therefore this information is exempt under "
        "Section 17 of the Freedom of Information (Scotland) Act 2002\n",
        "response",
        "not_held",
        id="the-scottish-act-s-section-17-cited-says-nothing-is-held",
    ),
    case(
        # Devon County Council's log, no greeting on the page: the council saying by its own name that it does not
        # hold what was asked is its reply.
        "Election costs\n\nProvide me with the estimated or actual amount of money spent by the local "
        "authority on the following items when administering the 2016 EU referendum and the 2017 UK "
        "General Election?\n\nPrinting ballot papers\n\nPolling booths\n\nProvision of disabled access "
        "at polling stations\n\nThe responsibility for administration of the general election rests "
        "with each of the District and Unitary Councils in Devon.  Therefore Devon County Council does "
        "not hold the information you have requested.\n\nTo obtain this information you are advised "
        "to contact each of these public authorities separately.\n",
        "response",
        "not_held",
        id="a-body-saying-by-name-it-does-not-hold-what-was-asked-replies",
    ),
    case(
        # Devon County Council's log: the claim's value given, a dash and what it was for, its place withheld: partly
        # answered.
        "Pothole damage compensation claims\n\n1) In the last financial year (2018/19) how much money "
        "was paid as compensation for property damage caused by potholes?\n\n2) Please tell me the "
        "value of the biggest claim settled in 2018/19, and the location of the pothole that caused "
        "the incident.\n\n£15,000 – Claimant tripped due to pothole in road. We hold information about "
        "the location but as thus may identify an individual and therefore breach their rights under "
        "Data Protection we consider it too be exempt under the Freedom of Information Act 2000 Section "
        "40 (2) Personal Data.\n",
        "response",
        "partial",
        id="a-sum-opening-the-answer-then-a-dash-is-given-beside-what-is-withheld",
    ),
    case(
        # The Police Service of Northern Ireland's disclosure log: an NCND response, so named above the request, is a
        # refusal, the page cut before its reasons.
        "January 22, 2026 | Incident and Crime Statistics , Cyber Crime\nRequest Number: FOI/15700\nSubject: "
        "Use of Mobile Phone Data Extraction\nRequest and Answer:\nIn relation to request number FOI/15700 "
        "Police Service of Northern Ireland is providing an NCND response and will explain this further "
        "in the response below.\nRequest Details\nUnder the Freedom of Information Act 2000, I am writing "
        "to ask that you provide me with the following information:\nRequest 1\nDoes your police force "
        "currently carry out mobile phone data extraction in low level crime cases using kiosks?\nRequest "
        "2\nDoes your police force currently carry out mobile phone data extraction in serious crimes "
        "using kiosks?\n",
        "refusal",
        "refused",
        id="an-ncnd-response-named-by-its-initials-is-a-refusal",
    ),
    case(
        # The Ministry of Justice's reply: the request passed to the writer because of their responsibility is no
        # acknowledgement; the table of figures below answers it.
        "Freedom of Information Request\nYou asked for the following information from the Ministry "
        "of Justice (MoJ):\n1) The number of English prisoners being held at Welsh prisons from May "
        "2012 to June 2013.\nYour request has been passed to me because I have responsibility for answering "
        "requests about the prison population and has been handled under the Freedom of Information "
        "Act (FOIA) 2000.\nThe following table details the number of English prisoners occupying beds "
        "in Welsh prisons at the end of each month requested.\nPrison / May-12 / Jul-12\nCardiff / "
        "46 / 50\nParc / 220 / 195\n",
        "response",
        "provided",
        id="request-passed-to-the-writer-responsible-for-it-is-no-acknowledgement",
    ),
    case(
        # Highways England's letter: the cost the request asks about, stated beside a section 22 refusal of another
        # answer, is information given, not the cost limit's estimate
        "28 April 2016\nDear Mr McArthur\nFREEDOM OF INFORMATION ACT REQUEST - MANAGED MOTORWAYS\nI "
        "am writing to confirm that we have now completed our search for the information.\nThe information "
        "is listed below in response to each of your three specific questions.\n1)The information requested "
        "is exempted under section 22 of the Freedom of Information Act since Highways England has "
        "a demonstrable commitment to publish the requested information.\n2)The information requested "
        "on the cost of the M4/M5 works is £85,952,401.54\n3)The information requested regarding contractors; "
        "Skanska is the contractor responsible.\n",
        "response",
        "partial",
        id="the-cost-asked-about-stated-beside-a-refusal",
    ),
    case(
        # East Hertfordshire District Council's log: 'Refused' under the heading glued to the line pointing to the
        # files, below the log's 'Released Date'
        "Residential care grants\n\n1. How many people were in residential care while they waited for "
        "a grant?\n\n2. How long did they wait?\n\nRequest Date18 March 2016\nRequested byMedia\nReleased "
        "Date  \n\n11 April 2016\n\nResponseDocuments in downloads section below.\nRefused\n\nRefusal\n",
        "refusal",
        "refused",
        id="refused-under-a-logs-released-date-and-files-line",
    ),
    case(
        # Thurrock Council's log: the request restated under 'Response:', then a table whose rows stand a blank line
        # apart
        "Freedom of information response\n\nElectric vehicles\n\nPublication date: \nTuesday 20 June "
        "2023\nRequest: \n\n•        The number of charging points for electric vehicles installed "
        "by your local authority\n\n•        The cost of installing these charging points\n\nI would "
        "like data for each of the last three years.\n\nResponse: \n\n•        The number of charging "
        "points for electric vehicles installed by your local authority\n\n•        The cost of installing "
        "these charging points\n\nI would like data for each of the last three years.\n\nYear      "
        "              number of charge points             cost\n\n2022/23 fiscal year             "
        " zero                   £0\n\n2021/22 fiscal year              zero                   £0\n\n2020/21 "
        "fiscal year              zero                   £0\n",
        "response",
        "provided",
        id="a-table-of-figures-its-rows-a-blank-line-apart",
    ),
    case(
        # The Department for Work and Pensions' letter: the request quoted whole under 'You wrote:' asks for
        # clarification in the requester's words, not the reply's
        "Our Ref: FOI2022/90870\n30 November 2022\nDear Ms Example,\nThank you for your Freedom of "
        'Information (FoI) request received on 11 November. You\nwrote:\n"Thank you for your response '
        'of 11 November 2022.\nIn your response you wrote: "However, it is not possible to readily '
        'ascertain this."\nCould you please provide clarification as to why it is not possible to '
        'readily ascertain\nwhether claimants declared their savings?"\nDWP Response\nDWP does not '
        "hold the information requested.\n",
        "response",
        "not_held",
        id="the-request-quoted-whole-asks-for-clarification",
    ),
    case(
        # Dover District Council's log: a request of one paragraph answered by a table read a cell a line
        "Bailiff referrals for unpaid PCNs\n\nReference: FI16884\n\nPlease could you tell me how many "
        "unpaid penalty charge notices the council referred to enforcement agents in each year since "
        "2021.\n\nResponse\n\nYear\n|\nReferrals\n|\n|\n2021\n|\n839\n|\n|\n2022\n|\n356\n|\n|\n2023\n|\n222\n|\n",
        "response",
        "provided",
        id="a-paragraph-request-answered-by-a-table-a-cell-a-line",
    ),
    case(
        # Northumbria Police's log: the answer's opening paragraph gives a figure (after a sentence on how it read the
        # request) before withholding the details
        "Request:\n1. Details of all reported robberies in the force area during June 2020, including "
        "the date and nearest street of each.\n2. The number of reported robberies in the force area "
        'for 2018/19.\n\nIn Response:\n\n1. We have interpreted your request seeking "details" as '
        "requesting the number of robberies during June. We can advise that there have been a total "
        "number of 64 robberies during the month of June 2020.\n\nThis information will not be disclosed "
        "and by withholding we rely on the following exemption:\n\nSection 30(1)(a) - Investigations "
        "& Proceedings by Public Authorities\n",
        "response",
        "partial",
        id="a-figure-in-the-answers-opening-paragraph-before-withholding",
    ),
    case(
        # NHS Greater Manchester Integrated Care Board's log: the decision after the public interest test withholds
        # the information asked for
        "Reference: FOI 2025/1203\nDescription: Cyber security policies\nI am conducting research into "
        "cyber security in public authorities. Please provide your incident response plan.\n31.(1) "
        "Information which is not exempt information by virtue of section 30 is exempt information "
        "if its disclosure under this Act would, or would be likely to, prejudice - (a) the prevention "
        "or detection of crime,\nPublic interest test\nThere is an inherent public interest in openness "
        "and transparency.\nAfter considering the arguments outlined above, we have decided to withhold "
        "this information in the interest of crime prevention.\n",
        "refusal",
        "refused",
        id="decided-to-withhold-after-the-public-interest-test",
    ),
    case(
        # What the reply can give beside what it withholds ('However, I can advise you that the total number ...'): a
        # partial answer (the Crown Office and Procurator Fiscal Service).
        "Thank you for your e-mail dated 17 September in which you requested the following information "
        'under the Freedom of Information (Scotland) Act 2002:\n\n"In 2012/13, how many COPFS employees '
        'faced disciplinary action? In a breakdown, please include the position of each employee."\n\nThe '
        "number of staff who have faced disciplinary action in each of the last five years if broken "
        "down into categories by staff grade would be so small that it would lead to individuals being "
        "identified. I therefore consider that the information you have requested is personal information, "
        "exempt from release under section 38(1)(b) of FOISA.\n\nHowever, I can advise you that the "
        "total number of staff who have been subject to disciplinary proceedings in each of the past "
        "five years is as follows:\n",
        "response",
        "partial",
        id="however-i-can-advise-the-total-beside-an-exemption",
    ),
    case(
        # The body's initials head its reply, whose first line says it will not process the request: a refusal (the
        # Department for Work and Pensions' reply).
        'Dear Ms Hart\n\nYour request: "Please kindly provide summaries or up to the first 10 matching '
        "elements of correspondence that discuss how the department monitors potential harm caused "
        'by policies."\nDWP Response\nOn this occasion we will not be processing your request further. '
        "This is because your request does not comply with Section 8(1)(c) of the FoI Act.\nRequests "
        "defined by Section 12 of the FoI Act relating to cost limits, are invalid under section 8(1)(c).\n",
        "refusal",
        "refused",
        id="will-not-be-processing-under-initials-heading",
    ),
    case(
        # A list of numbered attachments is no table of figures: a section 21 pointer alone (Blackpool Teaching
        # Hospitals NHS Foundation Trust's log).
        "Energy Expenditure\n\nThe Trust's total annual expenditure on a) gas and b) electricity for "
        "the two most recent years for which data is held\n\nUnder section 21 of the Act, we are not "
        "required to provide information in response to a request if it is already reasonably accessible "
        "to you. The information you requested is available from the website (below)\n\nEstates Return "
        "Information Collection 2016/17 – NHS Digital\n\nAttachment 1\nAttachment 2\nAttachment 3\nAttachment "
        "4\n",
        "response",
        "published",
        id="numbered-attachments-are-no-table",
    ),
    case(
        # A table's rows, each its label and its figure, above an exemption for the rest: a partial answer (Devon
        # County Council's log).
        "Data breaches\n\nHow many data breaches has the council recorded in the past 12 months?\n\nPlease "
        "provide figures from 1 November 2018 to 31 October 2019, broken down by month if possible.\n\nYear "
        "and month Number of incidents\nNovember 2018 32\nDecember 2018 23\nJanuary 2019 37\nFebruary "
        "2019 24\n\nDetailed information about cyber-attacks which the Council may or may not have "
        "experienced is exempt from disclosure under Section 31(3) of the Freedom of Information Act "
        "2000 – 'Law Enforcement'. Disclosure may place the council at risk of fraud and crime.\n",
        "response",
        "partial",
        id="table-rows-above-an-exemption",
    ),
    case(
        # A refusal under the second question restated, the first above it unanswered, the text cut before the rest:
        # whether they were answered cannot be told (Transport for London's published request).
        "Request ID: FOI-0538-2324 Date published: 08 June 2023\nYou asked\nDear Sir/Madam,\na.- Which "
        "Microsoft O365 do you use eg E3,E5?\nb.- Do you use the NHS-shared O365 tenant?\nc.- How many "
        "licences do you have?\nd.- When is your licence renewal date?\ne.- Which supplier provides "
        "your telephony?\nThank you for your time.\nWe answered\n\nTfL Ref: FOI-0538-2324\n\nThank "
        "you for your request received by Transport for London (TfL) on 22nd May 2023. Your questions "
        "are answered in turn below:\n\nQuestion a.- Which Microsoft O365 do you use eg E3,E5?\n\nQuestion "
        "b.- Do you use the NHS-shared O365 tenant?\n\nAnswer: The requested information is exempt "
        "from release under section 31 of the Freedom of Information Act, which relates to information "
        "whose disclosure would be likely to prejudice the prevention or detection of crime. In this "
        "instance the exemption has been applied as disclosure would pose a threat to our cyber securit\n",
        "response",
        "unknown",
        id="refusal-under-a-later-restated-question-then-cut",
    ),
    case(
        # Parts refused under section 21 beside a part not held: a partial answer (the Cleveland Police and Crime
        # Commissioner's log).
        "FOI Request\nI would like to know the following information\n- (a) How much will it cost your "
        "force to deliver the above 1% pay rise?\n- (b) How does the force intend on funding this pay "
        "increase?\n- (c) Do you foresee having to make savings elsewhere?\nFOI Response\nIn respect "
        "of questions (a) and (b) I am refusing your request under s21 of the FOI Act. Where-by information "
        "can be considered to be reasonably accessible to you by other means.\nSection 21 is an absolute "
        "exemption which means there is no requirement to carry out a public interest test.\nFor question "
        "(c) there is no recorded information held.\nDate responded: 19 December 2017\n",
        "response",
        "partial",
        id="s21-refusal-beside-a-part-not-held",
    ),
    case(
        # A figure stated in the reply's own words above a cost refusal of the rest, no section printed (Dover
        # District Council's log): partial
        "FI15000\n\nRequest\n\n  1. The number of people to date who have fallen behind with their "
        "council tax in the current financial year;\n  2. The number who have been issued with a liability "
        "order as a result of non-payment;\n  3. The number who have paid within 7 days;\n\nResponse\n\nThe "
        "data below relates to reminders and summons issued from 1 April 2024.\n\nLiability orders "
        "granted since 1 April 2024 total 989 covering the following financial years.\n\nI can confirm "
        "that the Council holds information falling within the description specified in your request, "
        "however it is not readily available as a manual search of each account would need to be undertaken. "
        " From our preliminary assessment, we have estimated that the cost of complying with your request "
        "would exceed the 'appropriate limit'.\n",
        "response",
        "partial",
        id="figure-stated-before-a-cost-refusal",
    ),
    case(
        # The office not covered by the Act, where the list of the bodies it covers is published and the request asks
        # 'please enclose a copy': nothing given (Brighton & Hove City Council)
        "Dear Mr Jones\n\nThank you for your request under the Freedom of Information Act regarding "
        "the Full Electoral Register:\n1. Does the council maintain a list of employees that have access "
        "to the Full Electoral Register?\n2. Are employees that have access to the Full Electoral Register "
        "required to sign any written undertakings? If so please enclose a copy of the draft undertakings.\n\nThe "
        "registration of electors is governed by the Representation of the People Act 1983 as amended. "
        "My appointment as Electoral Registration Officer is separate to my appointment as Chief Executive.\nThe "
        "Electoral Registration Officer does not carry out the duties on behalf of the local authority "
        "but in his own personal capacity. A list of public bodies and local authorities that are subject "
        "to the provisions of the Freedom of Information Act is available at the following website:\n"
        "https://www.gov.uk/\n",
        "refusal",
        "refused",
        id="electoral-registration-officer-list-of-bodies-published",
    ),
    case(
        # The Electoral Registration Officer 'does not carry out the duties on behalf of the local authority but in
        # their own personal capacity' (Hastings Borough Council; Brighton & Hove City Council): the request is about
        # an office the Act does not cover
        "Dear Mr Smith\n\nThank you for your request for information about postal votes received under "
        "the Freedom of Information Act 2000.\n\nIn relation to the function of registering electors, "
        "the registration of electors is governed by the Representation of the People Act 1983 as amended. "
        "The appointment as Electoral Registration Officer is a separate appointment. Although appointed "
        "by the Council, the Electoral Registration Officer's responsibilities and duties are personal.\nThe "
        "Electoral Registration Officer does not carry out the duties on behalf of the local authority "
        "but in their own personal capacity.\n\nYours sincerely\n",
        "refusal",
        "refused",
        id="electoral-registration-officer-own-personal-capacity",
    ),
    case(
        # Not treated under the Act, the office falls outside it: 'we will not be treating this as a request for
        # information under the Freedom of Information Act, as the Electoral Registration Officer's role falls outside
        # of the legislation', nor subject to its provisions (Eden District Council's log), though forwarded like an acknowledgement
        "Tendered ballot papers\n\nRequest\n\nHow many tendered ballot papers were issued at the last "
        "election?\n\nOur response\n\nThank you for your request which has been logged under FOI Ref "
        "No 05324. However, please note that we will not be treating this as a request for information "
        "under the Freedom of Information Act, as the Electoral Registration Officer's role falls outside "
        "of the legislation. Your email has been forwarded to our Elections team, who will look at "
        "the request as part of their normal business.\n\nThe Freedom of Information Act does not list any person "
        "appointed under the Representation of the People Act 1983. It follows that the Electoral Registration "
        "Officer, Returning Officer or any other person appointed under the Act are not subject to the provisions "
        "of the Freedom of Information Act.\n",
        "refusal",
        "refused",
        id="electoral-registration-officer-role-outside-the-legislation",
    ),
    case(
        # The office the request is about not covered by the Act: 'The ERO/RO/CO is not subject to the Freedom of
        # Information Act 2000 ... not a public authority for the purposes of the Act' (the London Borough of Tower
        # Hamlets on WhatDoTheyKnow)
        "Dear Northby Borough Council,\n\nHow many EU citizens registered to vote in the 2019 European "
        "elections, and how many became eligible to vote?\n\nYours faithfully,\n\nRob Black\n\nFreedom "
        "of Information, Northby Borough Council\n\nDear Mr Black,\n\nThank you for your FOI enquiry "
        "requesting information relating to the European elections 2019.\n\nThe Electoral Registration "
        "Officer (ERO), Acting Returning Officer (RO) and Counting Officer (CO) are appointed under "
        "the Representation of the People Act and are 'statutory office holders'.\n\nThis means they "
        "carry out their elections duties in their own personal capacity and not on behalf of the council.\n\nThe "
        "ERO/RO/CO is not subject to the Freedom of Information Act 2000. This is because the Act only "
        "applies to 'public authorities' and the ERO is not a public authority for the purposes of "
        "the Act.\n",
        "refusal",
        "refused",
        id="electoral-registration-officer-not-subject-to-the-act",
    ),
    case(
        # Seeking to extend the time to answer, no provision named: the reply is still to come (the Royal Borough of
        # Greenwich's words, under the Freedom of Information Act)
        "Dear Ms Patel\n\nFreedom of Information request: FOI-1234\n\nThank you for your request dated "
        "3 March 2023 for the council's correspondence about the depot.\n\nI am writing to let you "
        "know that we are seeking to extend the amount of time available to process your request, as "
        "we are considering whether the information should be withheld in the public interest.\n\nYours "
        "sincerely\n\nInformation Team\n",
        "acknowledgement",
        "acknowledged",
        id="seeking-to-extend-the-time",
    ),
    case(
        # The Environmental Information Regulations' own extension, regulation 7(1), for a complex request: the reply
        # is still to come (the Royal Borough of Greenwich on WhatDoTheyKnow)
        "Dear Northby Borough Council,\n\nCould you please send me:\n\na) The written advice from the "
        "police that led to the square being fenced off.\n\nb) Invoices for the fencing and details "
        "of the total cost.\n\nYours faithfully,\n\nDarren Chambers\n\nfoi, Northby Borough Council\n\nDear "
        "Mr Chambers\n\nEnvironmental Information Regulations request: EIR-70391\n\nFurther to my email "
        "below, I am writing to confirm that, in line with\nRegulation 7(1) of the Environmental Information "
        "Regulations 2004, we are\nseeking to extend the amount of time available to process your request.\nWhere "
        "a request is made under regulation 5, the public authority may\nextend the period of 20 working "
        "days referred to in the provisions in\nparagraph (2) to 40 working days if it reasonably believes "
        "that the\ncomplexity a\n",
        "acknowledgement",
        "acknowledged",
        id="eir-regulation-7-1-extension",
    ),
    case(
        # The request for the requester's full name in the paragraph the Commissioner's boilerplate ends, before its
        # words, asks to clarify (Haringey Council on WhatDoTheyKnow)
        "Dear Northby Borough Council,\n\nI believe the council uses the Northgate system for Council "
        "Tax. Please confirm how payments are allocated when more than one sum is outstanding.\n\nYours "
        "faithfully,\n\nFraud Watch\n\nFOI, Northby Borough Council\n\nDear Sir/Madam,\n\nThank you "
        "for your correspondence which has been forwarded to this team as\na request for information "
        "under the Freedom of Information Act.\n\nTo satisfy section 8(1)(b) of the Act we require "
        "your full name to\nvalidate your request.   Please see the Information Commissioner's website\nfor "
        "further information about how to make a valid request.\n\nPlease note, no further action will "
        "be taken until we hear back from you.\n\nYours sincerely,\n\nSimon Jones\n",
        "clarification",
        "clarification_requested",
        id="full-name-asked-before-the-commissioners-words",
    ),
    case(
        # A police force's formula refusing to confirm or deny, 'can neither confirm nor deny that information is
        # held' (West Yorkshire Police's letter on WhatDoTheyKnow; 'whether information relevant to this request is
        # held', Warwickshire Police's disclosure page)
        "Our ref: 7154/20\n\nDate: 11/01/2021\n\nDear Sir/Madam\n\nThank you for your request for information, "
        "received by Northshire Police on 10/12/20.\n\nYou requested the following information:\n\nhow "
        "many planned attacks on emergency service buildings have been stopped by the Police in your "
        "area within the last five years\n\nNorthshire Police can neither confirm nor deny that information "
        "is held.\n\nHowever, this should not be taken as conclusive evidence that the information "
        "you requested exists or does not exist.\n\nPlease see Appendix A for the full legislative "
        "explanation\n",
        "refusal",
        "refused",
        id="neither-confirm-nor-deny-that-held",
    ),
    case(
        # The Royal Borough of Windsor and Maidenhead's log: the requester's condition on the request refuses nothing.
        "FOI002276 FOI Council tax\nShort Description\nEmpty Residential Properties\nRequest\nI am "
        "writing to request information under the Freedom of Information Act 2000.\nPlease provide "
        "the following details relating to empty residential properties within your local authority "
        "area:\n1. A list of all residential properties that have been unoccupied and unfurnished for "
        "more than six months.\nIf any part of this request exceeds the cost limit identified in Section "
        "12, please advise me, under the Section 16 obligations of the Act, of what information could "
        "be provided within the limit and allow me to refine the request.\n",
        "request_only",
        "none",
        id="the-requesters-condition-on-the-cost-limit-refuses-nothing",
    ),
    case(
        # Dover District Council's log: the requester's words asking for a review, under their label, make no review
        # of the page.
        "FI16734\nRequest\n1. Please provide a copy of the most recent Quarterly Planning Enforcement "
        "Report.\nResponse\nThe Council does not hold this information.\nInternal Review Documents\nInternal "
        "Review Request:\nI am writing to request an internal review of the response.\n",
        "response",
        "not_held",
        id="the-label-of-a-request-for-review-is-no-review",
    ),
    case(
        # The Scottish Government's published review, its title naming it.
        "Correspondence concerning National Treatment centre Inverness: EIR review\nInformation request "
        "and response under the Environmental Information (Scotland) Regulations 2004.\nInformation "
        "requested\nAll briefings, correspondence, emails, letters, notes of meetings and telephone "
        "conversations concerning the completion date of the National Treatment Centre, Inverness.\nI "
        "can now provide our response to your original request.\n",
        "internal_review",
        "unknown",
        id="a-pages-title-naming-an-eir-review",
    ),
    case(
        # Bath and North East Somerset Council's letter, cut inside the request's history.
        "Dear Ms Kerrigan\nInternal Review Request 1783/17 re Case Ref 1644/17\nThank you for your "
        "request for an internal review dated 24th October. We can now respond as follows.\nRequest "
        "History\nOn 23rd October we responded to your request received on 27th September as follows:\n",
        "internal_review",
        "unknown",
        id="an-internal-review-request-numbered-and-dated",
    ),
    case(
        # Herefordshire Council's published responses: the request's bullets restated by number, the first answered,
        # the rest withheld.
        "Case reference FOI2024/00353\nThe details we require are:\n• Do you operate a framework for "
        "commissioning supported living services?\n• How many beds are commissioned with each operator?\n• "
        "What is the average % fee increase awarded to supported living providers in the year 2023/24?\nQ1 "
        "Do you operate a framework for commissioning supported living services?\nYes, we operate a "
        "framework agreement for supported living services.\nQ2 How many beds are commissioned with "
        "each operator?\nIn response to Questions 2 - 3, this information has been withheld under Section "
        "43 (1) of the Freedom of Information Act 2000\n",
        "response",
        "partial",
        id="restated-by-number-first-answered-rest-withheld",
    ),
    case(
        # Thurrock Council's published responses: the page's title calls it a response, the text cut inside the
        # request.
        "Freedom of information response\nHome Care Providers\n- This request regards homecare providers "
        "who want contracts/tenders with the council.\n- Some councils mandate certain systems (such "
        "as CM2000). Is this something that you mandate for homecare providers?\n- Or may a provider "
        "use any system they want?\n",
        "response",
        "unknown",
        id="a-page-titled-as-a-response-cut-inside-the-request",
    ),
    case(
        # An ICO decision notice's summary as BAILII prints it (FS50307722, on the British Transport Police).
        "Summary: On 12 March 2010 the complainant contacted the British Transport Police to request "
        "information relating to its current fleet of vehicles. The British Transport Police refused "
        "the request as vexatious under section 14(1) of the Act. The Commissioner has investigated "
        "and finds that the application of section 14(1) was not justified.\nSection of Act/EIR & Finding: "
        "FOI 14 - Complaint Upheld, FOI 17 - Complaint Upheld\n",
        "decision_notice",
        "decision",
        id="a-decision-summary-as-bailii-prints-it",
    ),
    case(
        # Scarborough Borough Council on WhatDoTheyKnow: the request referred to its officer, a response due within
        # the statutory time.
        "Dear Sir or Madam,\nWhat circumstances those powers can be used\nYours faithfully,\nGeoff "
        "Pickering\nFOI, Scarborough Borough Council\nDear Mr Pickering\nFOI Request Reference: FOIA5727 "
        "- Powers to exclude or limit the function of Elected Members\nThank you for your written communication "
        "of 17/04/2018\nYour request has been referred to the responsible officer and a response should "
        "be made within the statutory timeframe of 20 working days from the date of receipt.\n",
        "acknowledgement",
        "acknowledged",
        id="referred-to-the-responsible-officer-a-response-should-be-made",
    ),
    case(
        # Hastings Borough Council's log: the first answer a refusal notice for question 1 alone, the page cut before
        # the others' answers.
        "FOI request (FOIR-599333299)\n1. What software do you use for your payroll, HR, and finance?\n2. "
        "Do you manage your payroll in-house or do you outsource it?\n3. How many people do you pay "
        "each month using your payroll solution?\n4. How many pensioners do you pay using your payroll "
        "solution?\nResponse\n1. NOTICE OF REFUSAL\nThe information you have requested in relation "
        "to question 1 is commercially sensitive and falls under Section 43 of the Freedom of Information "
        "Act - Commercially Sensitive Information.\nThe exemption afforded by Section 43 is subject "
        "to what is known as the 'public interest test'. When applying the test in a particular case "
        "a public authority is deciding whether the public interest is better served by non-disclosure "
        "than by disclosure.\n",
        "response",
        "unknown",
        id="a-refusal-for-one-question-of-many-cut-before-the-rest",
    ),
    case(
        # Moray Council's log: a table's rows answer the questions by number, the small counts withheld.
        "Request 101003602692\n1. The number of motorists who have lodged a complaint about a pothole "
        "and requested compensation.\n2. The number of people who have received a payout for pothole "
        "compensation.\nPlease provide the data for each of these points over the last three years, "
        "broken down by year.\nResponse 30-07-2024\nQuestion | June 2021 -May 2022 | June 2022 - May "
        "2023 | June 2023 -May 2024 |\n1. | 58 | 20 | 71 |\n2. | <5* | <5* | <5* |\n*Due to the low "
        "numbers involved (between 1 and 5), a breakdown of the number of people who received a payout "
        "each year could lead to the identification of individuals. This information is therefore exempt "
        "under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002, personal information.\n",
        "response",
        "partial",
        id="table-rows-answering-beside-withheld-small-counts",
    ),
    case(
        # The Medicines and Healthcare products Regulatory Agency asking whether the enquiry is about medicines or
        # devices, section 12 only warned of.
        "FOI 22/809\nDear,\nThank you for your email.\nWe are grateful if you could let us know if "
        "the enquiry relates to medicines or devices? Please note that the broad scope of the questions "
        "you have asked is very likely in excess of the Section 12 threshold. Section 12 of the Act "
        "allows public authorities to refuse requests where the cost of dealing with them would exceed "
        "the appropriate limit, which for central government is set at £600.\nWe would suggest that "
        "your company considers asking about a specific area e.g. GMP, GDP, GVP etc, and for a limited "
        "period such as one calendar year.\nYours sincerely\nMHRA Customer Experience Centre\n",
        "clarification",
        "clarification_requested",
        id="a-letter-asking-to-narrow-warns-of-section-12",
    ),
    case(
        # Medway NHS Foundation Trust's log: 'Date of response' over its month and year.
        "Freedom of Information Request ID\nDate of response\nNovember 2023\nHow many cancer appointments "
        "have been cancelled at your trust due to industrial action since 1 December 2022\n",
        "response",
        "unknown",
        id="a-log-field-dating-the-reply-by-its-month",
    ),
    case(
        # NHS Greater Manchester ICB's log: the entry's 'Date Replied' field dates a reply, the page cut inside the
        # request it restates.
        "| Reference | FOI 2025/1529 |\n|---|---|\n| Description | Information relating to the decision "
        "to pause ADHD and autism assessment bookings |\n| Date Requested | 19/12/2025 |\n| Date Replied "
        "| 12/01/2026 |\nPlease treat this email as a request for information under the Freedom of "
        "Information Act 2000.\nPlease provide copies of the following, whether draft or final:\n1. "
        "Any decision papers, briefing notes or records approving the pause.\n2. Any risk assessments "
        "produced specifically in relation to the pause.\n",
        "response",
        "unknown",
        id="a-log-field-dating-the-reply-above-the-request",
    ),
    case(
        # South Wales Police's log: the questions a refusal is for, labelled under the heading, are no figure given.
        "REQUEST\n1. How many drones does the force own?\n2. Where are they deployed?\nRESPONSE\nQuestions "
        "1 & 2\nIn relation to your request the following exemption applies:\nSection 31 (1)(a)(b) "
        "- Law Enforcement\nDisclosure would be likely to prejudice the prevention or detection of "
        "crime.\n",
        "refusal",
        "refused",
        id="questions-label-under-the-heading-is-no-figure",
    ),
    case(
        # Hastings Borough Council's log: the first answer under the Response heading a figure, the second question
        # refused below it.
        "FOI request (FOI-70688433)\nCCTV\nRequested Mon 19 March 2018\nResponded Wed 06 June 2018\nI "
        "would like the following questions answered:\n- How many CCTV cameras are operated by Hastings "
        "Borough Council\n- I'd like a list of their locations.\nResponse\nQ1 - 96\nQ2 -\nNOTICE OF "
        "REFUSAL\nPlease note that I consider the information you have requested regarding the location "
        "of CCTV cameras to be exempt information under S31(1)(a) of the Freedom of Information Act "
        "in that disclosure of that information would be likely to prejudice the prevention or detection "
        "of crime.\n",
        "response",
        "partial",
        id="figure-under-the-heading-beside-a-refusal-notice",
    ),
    case(
        # The Welsh Government's answers to questions about its own handling of requests: the law's 20 working days
        # stated as every authority's duty, and a question restated about replies 'issued within 20 working days',
        # promise no reply; the answers follow.
        "22 June 2022\nDear\nATISN 16387\nThank you for your request which I received on 9 June 2022. "
        "It is important to note that the Freedom of Information Act 2000 gives individuals a right "
        "of access to recorded information held by a public authority at the time the request was received. "
        "It does not require an authority such as the Welsh Government to provide views or opinions "
        "where those views are not already recorded. This is confirmed by the Information Commissioner’s "
        "guidance ‘The Guide to Freedom of Information’, page 7:\n“The Act does not cover information "
        "that is in someone’s head. If a member of the public asks for information, you only have to "
        "provide information you already have in recorded form. You do not have to create new information "
        "or find the answer to a question from staff who may happen to know it.”\nAlso, public authorities "
        "are statutorily required to respond to freedom of information requests within 20 working days. "
        "However, an extension of a further 20 working days can be legitimately applied whenever the "
        "authority is considering the balance of public interest where a relevant exemption has been "
        "engaged. As your request seeks information on request responses within specific dates, requests "
        "where the 20 working day deadline has been legitimately extended have not been identified. "
        "Such information is, however, set out in Welsh Government’s annual reports on the implementation "
        "of open government legislation and policies.\nOpen government reports | GOV.WALES\nWith this "
        "in mind, your questions and our responses are set out below:\n1. For the period 16th March "
        "– 17th July 2020 (i.e., when ICO had indicated a sympathetic approach to delay), provide precise "
        "data if available e.g., 15 out of 30 requests, and if not, provide an estimate e.g., 10%, "
        "for these questions:\n(a) How many responses to FOI requests were issued within 20 working "
        "days of receipt by your organisation?\n21",
        "response",
        "provided",
        id="duties-stated-and-questions-about-deadlines-are-no-acknowledgement",
    ),
    case(
        # Moray Council's log: the reply's heading 'Response' with the date it was sent, under the request, then its
        # answer.
        "FOI Request - Care Home Closures\n\nRequest 101000145714\n\n(1) This is a Freedom of Information "
        "request to ask how many council-owned care homes, residential centres and community centres "
        "have been closed by the council in the past ten years.\n\n(2) For each can you please tell "
        "me the name of the establishment, where it was, if it was residential, how many people lived "
        "there or attended, who it was for (eg elderly people or people with learning disabilities), "
        "when it closed and how many staff worked there.\n\n(3) Can you tell me the reason for the "
        "closure and tell me where the residents or service users were transferred to in each case "
        "– again providing the name of the place they were transferred to and the exact address.\n\n(4) "
        "For each, can you tell me how much money was estimated to have been saved by closing the service/home.\n\nResponse "
        "14-05-2013\n\nNo council-owned care homes or day centres have been closed by us in last 10 "
        "years.\n\n",
        "response",
        "provided",
        id="response-heading-with-its-date",
    ),
    case(
        # Wakefield Council on WhatDoTheyKnow: 'we do not hold the information requested. / Please find the contact
        # details for Wakefield District Housing below:' gives where to ask, no information.
        "FOI: Large Panel System (LPS) buildings\n\nWakefield City Council did not have the information "
        "requested.\n\nDear Wakefield City Council,\n\nFollowing the letter sent by the Department "
        "for Communities and Local Government regarding the safety of Large Panel System (LPS) buildings, "
        "can you provide details of the last time you carried out a structural survey of LPS blocks, "
        "what the survey found, and whether any action was taken as a result.\n\nCan you also provide "
        "a list of the names of LPS blocks the organisation owns, and which LPS blocks have been demolished "
        "while under your organisation's control.\n\nYours faithfully,\n\nBasia Cummings\n\nfreedomofinformation, "
        "Wakefield City Council\n\nDear Ms Cummings,\nFreedom of Information Act 2000 - Request for "
        "Information\nI am writing in respect of your recent enquiry for information held by the\nAuthority "
        "under the provisions of the Freedom of Information Act.\nThe Council transferred all its housing "
        "stock to Wakefield District\nHousing in 2005, therefore we do not hold the information requested.\nPlease "
        "find the contact details for Wakefield District Housing below:\nMerefield House\nWhistler "
        "Drive\nWF10 5HX\nOneCALL: 0345 8 507 507\nYours sincerely\nSenior Information Governance Officer\nInformation "
        "Governance Team\nCity Solicitor’s Office\nWakefield MDC\nTel: 01924 306112\nEmail: [Wakefield "
        "City Council request email]\n\n",
        "response",
        "not_held",
        id="contact-details-below-give-no-information",
    ),
    case(
        # Blackpool Teaching Hospitals NHS Foundation Trust's disclosure record: the request, a table of figures with
        # no heading above it, then 'Our Trust does not hold contemporaneous records of police action': the trust's
        # own words.
        "Display Single Record\n\nFOI Request\n\nDisclosure ID\nRequest Date\nSeptember 13, 2019\nViolent "
        "Incidents\n\nPlease can you tell me how many violent incidents against staff at the trust’s "
        "A&E departments have been recorded each year over the past five years.\nPlease include the "
        "nature of the violence (e.g. verbal, physical), whether the police were called and what action "
        "was taken against the perpetrator.\n\nFinancial Year Cause 1 Total Police involved\nNon Physical "
        "23\nPhysical 19\n2014-15 Total 42 12\nCause 1 Total Police involved\nNon Physical 11\nPhysical "
        "22\n2015-16 Total 33 13\nCause 1 Total Police involved\nNon Physical 16\nPhysical 27\n2016-17 "
        "Total 43 11\nCause 1 Total Police involved\nNon Physical 23\nPhysical 14\n2017-18 Total 37 "
        "11\nCause 1 Total Police involved\nNon Physical 23\nPhysical 15\n2018-19 Total 38 9\n\nOur "
        "Trust does not hold contemporaneous records of police action for the the following reasons:\n\n "
        " • Police Action taken is taken after the event\n  • We are not consistently informed of what "
        "police action has been taken\n",
        "response",
        "partial",
        id="our-trust-does-not-hold-contemporaneous-records",
    ),
    case(
        # Aberdeen City Council's acknowledgement on WhatDoTheyKnow: 'The scheduled date for our response to your
        # request for information is on or before ...' promises the reply.
        "Open Data - part 2\n\nThe request was partially successful.\n\nDear Aberdeen City Council,\n\nFurther "
        "to my request of yesterday's date (see https://www.whatdotheyknow.com/request/o... ) please "
        "provide me with\n\na) a copy of all correspondence, meeting agendas, meeting minutes, notes "
        "or other records pertaining to Aberdeen CC's participation in the SCA's open data project "
        "(whether between officers, managers, elected members, external partners or others) from 16th "
        "June 2017 to date\n\nb) any requests for legal advice or legal review of ACC position in relation "
        "to the programme\n\nc) a copy of any project documentation which shows ACC's legal obligation "
        "in regards to the programme - such as signed letters of commitment, minutes of agreement, "
        "memorandum of understanding, contracts or similar\n\nYours faithfully,\n\nIan Watt\nTrustee\nODI "
        "Aberdeen\n\nFoi Enquiries, Aberdeen City Council\n\n1 Attachment\n\nDear Mr Watt\n\n \n\nInformation "
        "enquiry reference FOI-17-1179.\n\n \n\nThank you for your recent request for information, "
        "which we received on 14\nAugust 2017.   \n\n \n\nThe scheduled date for our response to your "
        "request for information is on\nor before 11 September 2017.\n\n \n\nPlease do not hesitate "
        "to contact us should you have any queries in the\nmeantime.\n\n \n\nYours sincerely,\n\n \n\nGail "
        "Halfyard\n\n \n\n \n\nInformation Compliance Team\n\nCustomer Service\n\nCorporate Governance\nAberdeen "
        "City Council\n3rd Floor North\n\nBusiness Hub 17\nMarischal College\nBroad Street\nABERDEEN "
        "AB10 1AQ\n\n[1][Aberdeen City Council request email]\n\n",
        "acknowledgement",
        "acknowledged",
        id="scheduled-date-for-our-response-is-an-acknowledgement",
    ),
    case(
        # The Scottish Ambulance Service's disclosure log: section 17 applied to the request 'as information not held'
        # is FOISA's notice that nothing is held, no refusal.
        "FOI 25-217 Rural Incident Issues\nFreedom of Information Request\n- Reference\n- FOI 25-217 "
        "Rural Incident Issues\n- Request Date\n- 20 May 2025\n- Response Date\n- 03 Jun 2025\n- Information "
        "Requested\nI am requesting clarification on how certain emergency service incidents in rural "
        "areas are formally recorded by the Scottish Ambulance Service, including who is responsible "
        "for recording and maintaining this data.\nSpecifically, we are seeking information on the "
        "following types of incidents:- Miscommunication or confusion regarding the location of emergencies\n- "
        "Downgrading of calls\n- Situations where local ambulance responses are affected by service "
        "pressures in other, unrelated areas\n- Response\nWe have applied section 17 of the Freedom "
        "of Information Act 2002 to your request, as information not held.\nTo help explain the application "
        "of this exemption, information on miscommunication or confusion regarding locations of emergencies "
        "and situations where incident response times are affected by other system pressures, are not "
        "held in a way that would allow us to report on them.\n",
        "response",
        "not_held",
        id="section-17-applied-as-information-not-held-is-no-refusal",
    ),
    case(
        # Gloucestershire County Council's acknowledgement on WhatDoTheyKnow: its 'Request summary' restates the
        # numbered request, and its holding words under the last item are no answer to it.
        "Information request\nOur reference: 10000001\n----------------------------------------------------"
        "----------------------\nDear Jo Bloggs\nRequest for Information (Reference: 10000001 )\nThank you f"
        "or your request for information, received on 26 May 2021.\nRequest summary:\n1. Full list of sweep"
        "ers owned/leased by the council (under 4tonne GVW)\nincluding make and model\n2. (if leased) Lease"
        " start & end date (month and year would suffice)\n3. (If owned) Year purchased & when the council"
        " are looking to renew their\nfleet of sweepers\n4. Does the council carry out street cleansing dut"
        "ies in-house or is this\ncontracted out?\n5. (If contracted out) who is the contractor responsible"
        " for street\ncleansing duties?\n6. Contact details for the person(s) responsible for managing the "
        "fleet\nand street cleansing within the council\nDue to the ongoing uncertainty of the full impact "
        "of COVID-19 there are\nlikely to be disruptions to our services. At the moment, we are focussing\n"
        "on high priority work and the remainder will be subject to delays. We\nappreciate your patience d"
        "uring these unprecedented times.\nWe aim to respond to your request no later than midnight on 24 "
        "June\n2021 (the statutory timescale of 20 working days, starting on the working\nday following ",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgements-words-under-the-request-it-restates",
    ),
    case(
        # Bolton NHS Foundation Trust's log: the request restated, then the trust's note that it does not identify
        # some costs, with no heading or greeting before it: a response (its outcome not told before the figures), not
        # the request alone.
        "Reference 2019-510\n\nUnder the Freedom of Information Act I require the percentage of revenue spe"
        "nt on ICT over the last 5 years and the percentage of that spent on cyber security.\n\nNote we do "
        "not specifically identify costs associated with cyber security so we cannot split out the percen"
        "tage for these.\nYear 2018/19 2017/18\nPercentage of Revenue 3% 3%\n",
        "response",
        "unknown",
        id="a-logs-note-that-it-does-not-identify-costs",
    ),
    case(
        # NHS Improvement's published summary of a review, the finding in the passive: "the initial decision was
        # upheld", the body having withheld everything under section 22.
        "The request asked for details used to inform the Corporate Services Benching Report Data 2016/17"
        " covering areas such as administration, invoice and payslip costs.\nNHS Improvement holds the inf"
        "ormation requested and decided to withhold on the applicability of section 22.\nAn internal revie"
        "w was carried out and the initial decision was upheld.\n",
        "internal_review",
        "refused",
        id="a-review-says-the-initial-decision-was-upheld",
    ),
    case(
        # Bolton NHS Foundation Trust's log: 'Please find information attached.', no article
        "Reference 2017-52\n\nREF:            2017-52\n\nSubject:        MRI and CT scanners\n\n          \n\n \n\n"
        "Request:\n\nQuestion 1\n\n  \u2022 How many of the following scanners do you operate in your Trust?\n\nResp"
        "onse:\n\nPlease find information attached.\n\n2017-52-foi-request-mri-and-ct-scanners [140 kb] PDF",
        "response",
        "provided",
        id="find-information-attached-no-article",
    ),
    case(
        # Essex County Fire & Rescue Service's transparency site: one answer attached, the other unable to give an
        # exact cost, only an average
        "Essex County Fire & Rescue Service\n\nTransparency Overview\n\nSelect Category\n\nSearch Site\n\nFOI4719"
        " / October 2024 / False / Faulty Alarms\n\nThank you for your request under the Freedom of Informa"
        "tion Act 2000.\n\nWe can confirm that Essex County Fire & Rescue Service does hold part of the inf"
        "ormation you have requested.\n\nQuestions and final response:\n\nQuestion 1 \u2013 1. In the last 5 years"
        ", [Between April 6- April 5 2019-2024] -\n\nHow many incidents did the fire service attend due to "
        "faulty/false fire alarms? (Broken down by years, 2019/2020, 2020/21, 2021/22, 2022/23, 2023/24)\n"
        "\nResponse\n\nPlease see attached spreadsheet for details for attendances by Essex County Fire & Re"
        "scue Service (ECFRS) for false/faulty fire alarm call outs.\n\nQuestion 2 \u2013 During this five-year "
        "period, how much money was spent on fire engines being called out to false calls?\n\nPlease refer "
        "to our website for more information on our attendance to unwanted fire Signals aka False alarms/"
        "faulty alarms https://www.essex-fire.gov.uk/unwanted-fire- signals .\n\nUnfortunately, we are unab"
        "le to provide an exact cost for ECFRS attendance at false calls, this is due to a number of vari"
        "ables such as number of appliances, crew numbers on appliance etc.\n\nWe do use a an average figur"
        "e of the cost of one appliance deployed at an incident for one hour, the average figure for this"
        " would be \u00a3400.\n\n",
        "response",
        "partial",
        id="unable-to-give-an-exact-cost",
    ),
    case(
        # West Midlands Police's log: what it found supplied as a gesture of goodwill, the fees regulations relied on
        # for the remainder
        "Officer Misconduct (1721A/22)\nRequest\n1, How many of your officers (excluding staff and voluntee"
        "rs) are currently (as of 22 Dec 2022) on restricted duties or suspended due to ongoing misconduc"
        "t cases against them\n2, How many officers (excluding staff and volunteers) your force has dismis"
        "sed for gross misconduct in each calendar year: 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, "
        "2021, 2022\n3, The number of your officers and staff (excluding volunteers) who in the period 1 A"
        "pril 2013 to 31 March 2022 faced:\na) two misconduct cases\nb) three to five misconduct cases\nc) s"
        "ix or more misconduct cases\n4, How many of all those in Q3 (ie, all those named in multiple misc"
        "onduct cases between 1 April 2013 and 31 March 2022) are still serving as of 22 Dec 2022.\n5, For"
        " each of those in Q3c (with six or more misconduct cases against them), how many misconduct case"
        "s they faced, a brief description of the allegations against them, and whether they are still se"
        "rving as of 22 Dec 2022.\nResponse\nOur data are not organised in such a way as to allow us to pro"
        "vide all of this information within the appropriate (cost) limit within the Freedom of Informati"
        "on (FOI) Act (see \u2018Reason for Decision\u2019 below).\nHowever, although excess cost removes the force\u2019"
        "s obligations under the Freedom of Information Act, as a gesture of goodwill I have supplied inf"
        "ormation, relative to your request, retrieved before it was realised that the fees limit would b"
        "e exceeded (see attached 1721A_22_attachment.pdf). I trust this is helpful, but it does not affe"
        "ct our legal right to rely on the fees regulations for the remainder of the request.\n",
        "response",
        "partial",
        id="fees-relied-on-for-the-remainder",
    ),
    case(
        # Devon County Council's log: one year's spreadsheet linked ('is available here'), the years before refused on
        # cost, another question not held
        "Looked after children out of area placements\n\n1. Please list the local authorities that have not"
        "ified you they are making out-of-area placements of looked after children in 2019, 2020 and so f"
        "ar in 2021 (Jan to Dec), including the total number of children sent from each local authority? "
        "Please supply the figures in a spreadsheet.\n\nWe are able to provide an answer to question 1 for "
        "2021 up until the end of October as there is a backlog in entering data since this time. For 202"
        "0 & 2019 we are not able to give an answer as the data was recorded differently. During this tim"
        "e both Child Protection & Child in Care  (CiC) children from other local authorities (OLA) were "
        "recorded in the same way and therefore to get the numbers of CiC only we would need to manually "
        "review each one. This would involve reviewing over 700 records, which at an average of 3 mins pe"
        "r record would be in excess of 18hours.  This is in excess of the appropriate time limit and we "
        "are therefore not obliged to provide this information pursuant to s.12 of the Freedom of Informa"
        "tion Act 2000.\n\nThe 2021 spreadsheet is available here.\n\n2. Please list the total number of out-"
        "of-area placements for each provider of children\u2019s homes operating in your local area in 2019, 2"
        "020 and so far in 2021 (Jan to Dec)? Please supply the figures in a spreadsheet\n\nDevon County Co"
        "uncil does not hold this information as we do not record by provider how many out of area placem"
        "ents they have received",
        "response",
        "partial",
        id="spreadsheet-available-here",
    ),
    case(
        # Avon and Somerset Police's log: 'Please find below the total amount paid', the rest exempt under section 30
        "top\n\nLogin\n\nForgotten password?\n\nCreate new account\n\nConvert Human Intelligence Source Payments "
        "Since 2012/13\n\nQuestion\n\nFirst part:\n\nFor the financial years 2012/2013, 2013/2014, 2014/2015, 2"
        "015/2016, 2016/2017 and available data for 2017/2018, I would like to know how much money the po"
        "lice force has paid out to informants. Please provide a breakdown for each financial year.\n\nSeco"
        "nd part:\n\nIf possible and if easily retrievable, please indicate how much the highest paid infor"
        "mant has received from the police force.\n\nAnswer\n\nPlease find below the total amount paid to Cov"
        "ert Human Intelligence Sources for the last 5 financial years.\n\n2012/13 - \u00a376,711.00\n\n2013/14 - "
        "\u00a376,598.53\n\n2014/15 - \u00a359,996.62\n\n2015/16 - \u00a357,709.90\n\n2016/17 - \u00a373,755.00\n\nWith regards to th"
        "e 2017/18 this year is not complete the information to date would attract and engage an exemptio"
        "n, namely section 30 concerning investigations and proceedings.\n\nWith regards to the second part"
        " of your request concerning the amount received by the current highest paid informant has been c"
        "onsidered and the information has been deemed exempt by virtue of section 30(2)(a)(i)(b) concern"
        "ing investigations and proceedings. \n\n",
        "response",
        "partial",
        id="find-below-the-totals",
    ),
    case(
        # West Midlands Police's log: the overt answer attached, any other information neither confirmed nor denied
        "Skip to content\n\nDrones (1748A/21)\n\nRequest\n\nI am writing to make an open government request for"
        " all the information to which I am entitled under the Freedom of Information Act 2000 relating t"
        "o unmanned aerial vehicle (or drone) operations conducted by your Force.\n\nPlease send me details"
        " about:\n\nThe number of qualified drone operators (both full and part time) you currently have wo"
        "rking for the Force in any capacity.\n\n  \u2022 The number of drones currently used by the Force.\n  \u2022 "
        "The type (by manufacturer and model) of drones currently used by the Force.\n  \u2022 The cumulative n"
        "umber of our hours flown by each drone type in the last 12 months.\n  \u2022 The number of drone crash"
        "es, losses or failures experienced in the last 12 months by the Force by drone type.\n\n If the dr"
        "one in question is not 12 months old please provide the total number of flying hours and accrual"
        " period.\n\nResponse\n\nPlease find attached our response with regard to the OVERT use of Drones / U"
        "nmanned Aerial Surveillance (UAS).\n\nIn addition to the attached response West Midlands Police ca"
        "n neither confirm nor deny that it holds any other information relevant to this request as the d"
        "uty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply by virtue of the fo"
        "llowing exemptions:\n\nSection 23(5) \u2013 Information supplied by, or concerning, certain Security Bo"
        "dies\n\nSection 24(2) \u2013 National Security\n\nSection 31(3) \u2013 Law enforcement\n\n",
        "response",
        "partial",
        id="ncnd-of-any-other-information",
    ),
    case(
        # The Crown Prosecution Service's review: 'I uphold that decision' of an original reply that gave the
        # organisations' names and withheld the individuals'
        "Dr Lofthouse\n\nSent by e-mail\n\n4 September 2014\n\nOur ref:4599IR/22/14\n\nDear Dr Lofthouse\n\nFREEDOM"
        " OF INFORMATION ACT 2000 REQUEST \u2013 INTERNAL REVIEW\n\nI refer to your request under the Freedom of"
        " Information Act 2000 (\u201cthe FOIA\u201d) which was received on 18 April 2014; Mrs Walsh\u2019s response of "
        "15 May 2014 and your request of the same day for an internal review of the Crown Prosecution Ser"
        "vice's handling of your FOI request with reference 4599. I apologise for the delay in dealing wi"
        "th your request.\n\nI have now conducted an internal review of the decision. I can confirm that I "
        "had no involvement in that decision.\n\nYour initial request under the FOIA related to''Annex B - "
        "Equality and Diversity Impact Assessment'' published as part of the CPS Consultation on prosecut"
        "ions in \u2018Assisted Dying\u2019 cases. You asked the following questions:\n\n(i) Could you tell me who th"
        "e 12 permanent members of the CAF were then (organisation AND person), and who they are now.\n\n(i"
        "i) Who the other organisations representing 'disabled and/or older people' were (organisation AN"
        "D the person representing them).\n\nMrs Walsh provided the names of the organisations represented "
        "in the CAF but withheld the names of individuals on the basis of section 40(2).\n\nIn response to "
        "the second question, Mrs Walsh set out the volume of material held by the CPS and the work that "
        "would be required to answer this part of your request. The conclusion was that s12 applied.\n\nIn "
        "your request for an internal review you point out that we have refused to name individual people"
        " under the DPA but your request asked for the names of organisations who the CPS decided were el"
        "ected to represent the elderly and disabled. In the interests of clarity I should explain that w"
        "e only applied section 40 in relation to your first question, i.e. the members of CAF. We withhe"
        "ld the names of individuals but we did provide the names of the organisations. I uphold that dec"
        "ision; disclosure of the names of individuals would be unfair and wo",
        "internal_review",
        "partial",
        id="upholds-a-partial-decision",
    ),
    case(
        # Somerset County Council's letter: answers attached where it could, some data exempt, requests answered in
        # part before a cost limit
        "Sophie Rises\n\nRef Nos:11018 \u2013 1458328, 11019 \u2013 1459095 and 11021 \u2013 1460361\n\n10th February 2011\n\n"
        "Dear Ms Rises\n\nThank you for your recent requests for information held by Somerset County Counci"
        "l dated 24th January 2011 in respect of Child Care. Reference numbers 11018 \u2013 1458328, 11019 \u2013 1"
        "459095 and 11021 \u2013 1460361 apply respectively.\n\nI attach our responses where we have been able t"
        "o answer your questions, however, some of the data is exempt from disclosure under Section 40 an"
        "d 42 of the Freedom of Information Act.\n\nIn accordance with our Fee Charging Policy, if the Coun"
        "cil receives two or more requests, from the same individual for the same or similar information,"
        " within a consecutive 60 working day time period, it reserves the right to aggregate the costs o"
        "f these requests and apply the relevant charges.\n\nTherefore, for requests 11018 -1458328 and 110"
        "21 \u2013 1460361 we can answer your requests in part, but to complete the requests we have estimated"
        " that it will cost more than the \u2018appropriate limit\u2019. Section 13 of the Freedom of Information A"
        "ct and the Freedom of Information Fees Regulations makes provision for public authorities to ref"
        "use requests for information where the cost of dealing with them would exceed the appropriate li"
        "mit, which for local government is set at \u00a3450. This represents the estimated cost of one person"
        " spending over 18 hrs at an agreed national hourly rate of \u00a325.00 in determining whether the dep"
        "artment holds the information, locating, retrieving and extracting the information.\n\n",
        "response",
        "partial",
        id="requests-answered-in-part",
    ),
    case(
        # East and North Hertfordshire NHS Trust on WhatDoTheyKnow: figures under five left out under section 40(2),
        # the rest attached
        "Obstetric data for last 5 years\nDear East and North Hertfordshire NHS Trust,\nPlease can you give"
        " figures for each of the last 5 years ie 2018-2022\nTotal live births\nTotal still births\nTotal in"
        "trapartum still births\nTotal neonatal deaths to 28 days\nTotal preterm births (<37 weeks)\nTotal m"
        "aternal deaths\nTotal maternal collapses / cardiac arrests\nTotal postpartum haemorrhage >1.5l\nEva"
        "cuation of retained products of conception (ERPCs)\nAttendance numbers for early pregnancy clinic"
        "s\nDo you record covid-19 vaccination status in your electronic maternity records?\nIf possible fo"
        "r 2021 & 2022 could you give all of the above data by covid vaccination status (0/1/2/3/4 doses)"
        " or state if you do not record vaccination status.\nIf some information is not available, I would"
        " be grateful for any information you can give.\nYours faithfully,\nSophie Gidet\nGood afternoon\nPle"
        "ase see attached response to your Freedom of Information request.\nDebbie Collins (nee Frame) | C"
        "orporate Governance Officer Tel: 01438 284463 | Ext: 4463, Lister L68\nEast and North Hertfordshi"
        "re NHS Trust\nManagement Offices | Lister Hospital | Coreys Mill Lane | Stevenage |\nHertfordshire"
        " | SG1 4AB | http://www.enherts-tr.nhs.uk/\nMany thanks for sending me the information requested."
        " Please could you clarify what you mean by <5 for some of the categories. Does that mean for exa"
        "mple that you have had maternal deaths in the last 5 years but less than 5?\nThank you for clarif"
        "ying.\nYours sincerely,\nSophie Gidet\nGood morning\n<5 means less than 5 people. Please accept my a"
        "pologies because I omitted to add an explanation of this. The reason we always put less than 5 i"
        "s because where the numbers involved are very low (fewer than five) we have declined to provide "
        "the exact figure as we consider the information constitutes personal data of a third party and i"
        "ts disclosure could lead to the identification of the individual/s involved. We have therefore c"
        "oncluded that this information is exempt from disclosure under section 40(2) of ",
        "response",
        "partial",
        id="exact-figure-not-provided",
    ),
    case(
        # North Devon Council's disclosure log: some information provided, personal data redacted under regulation 13
        "Disclosure Log - July 2024\n\nRequest reference: FOI 9943\n\nIssue date: 19.07.24\n\nRequest received:"
        " \n\nAll information not already published by the Council the Planning Tracker for Planning Applic"
        "ation 77576 from 01.12.23 to and including 31.05.24\n\nResponse provided:\n\nApplicant provided with"
        " some information held, with all personal data/information (that is not already in the public do"
        "main) redacted under Regulation 13, as well as a small amount of internal communications under R"
        "egulation 12(4)(e) and some planning pre-application information under Regulation 12(5)(d)\n\n",
        "response",
        "partial",
        id="provided-with-some-information",
    ),
    case(
        # Bolton NHS Foundation Trust's log: records no longer kept
        "Reference 2018-527\n\nREF:           2018-527\n\nSubject:       Historical Correspondence Concerning"
        " HIV, AIDS, Hepatitis and Haemophilia\n\n \n\nRequest:\n\nI am writing to request under the freedom of"
        " information act any/all copies of administrative correspondence, letters and/or any other docum"
        "entation including minutes of meetings etc that mention or relate to:\n\n \n\nHIV / AIDS or Hepatiti"
        "s, AND, Haemophilia / Haemophiliacs during the period January 1st 1988 \u2013 December 31st 1991.\n\n \n"
        "\nPlease note that I am NOT requesting patient medical records which would obviously be exempt, b"
        "ut administrative correspondence, letters and/or any other documentation including minutes of me"
        "etings etc.\n\n \n\n \n\nResponse:\n\nWe no longer have any records relating to your request. The NHS Co"
        "de of Records Management suggests that we should only keep records of meetings etc. for 2 years."
        " Therefore, if we did have any such records they would have been destroyed.",
        "response",
        "not_held",
        id="records-no-longer-kept",
    ),
    case(
        # Wirral Borough Council's email: the children counted for the cost estimate are no figure given; 'relied on
        # section 12 (1) to refuse your request'
        "Good Afternoon\n\nThank you for your recent request made under the Freedom of Information Act.\n\nWi"
        "rral Borough Council do not electronically record this information, and would therefore be requi"
        "red to manually examine individual case file records. Even if this search was limited to those c"
        "hildren made subject of a child protection plan in the last published year 2012/13 there were 32"
        "2 such children \u2013 to access their file and locate child protection conference minutes to identif"
        "y the source of the risk would take approximately 20 minutes per case meaning the total exercise"
        " (even reducing the overall time by 20% to allow for some sibling grouping) would be over 80 hou"
        "rs work.\n\nFacilitating your enquiry in full would therefore take Officers over the appropriate l"
        "imit of 18.5 hours allowed by the legislation, FOI Act 2000. The Council has therefore relied on"
        " section 12 (1) to refuse your request. Further information relating to the 18.5 hours exemption"
        " we have relied on is below:\n\n\u201cWhere an authority is not obliged to comply with a request for in"
        "formation because, under section 12(1) and regulations made under section 12, the cost of comply"
        'ing would exceed the "appropriate limit" (i.e. cost threshold) the authority should consider pro'
        "viding an indication of what, if any, information could be provided within the cost ceiling. The"
        " authority should also consider advising the applicant that by reforming or re-focusing their re"
        "quest, information may be able to be supplied for a lower, or no, fee.\u201d\n\nAs providing any of the"
        " requested information would require manual examination of a large number of case files, the Cou"
        "ncil is unfortunately unable to advise you on how your enquiry could be refined in order for the"
        " appropriate limit to be met.\n\n",
        "refusal",
        "refused",
        id="cost-estimate-figure-relied-on-to-refuse",
    ),
    case(
        # Brentwood Borough Council's review letter: its opening paragraph ends with the Commissioner's boilerplate
        "/ Date: 11 April 2012\nOur reference: KJE/304/2/70/12\nYour reference: FOI\nDear Mr Williams\nCompla"
        "int \u2013 internal review in respect of Brentwood Borough Council\u2019s handling of your Freedom of Info"
        "rmation Act 2000 (FOIA) request received 6 February 2012 and given our reference FOI 3125\nI have"
        " been investigating your request for an internal review of the handling of your request. Thank y"
        "ou for the detail you have provided in your request for review, which has enabled me to investig"
        "ate this matter. I trust that this response will answer your complaint and that it will deal wit"
        "h this matter in full. Should you feel that it has not answered your enquiries however, you are "
        "of course able to make a full complaint to the Information Commissioner, thedetails for which I "
        "have placed at the end of this response.\n",
        "internal_review",
        "unknown",
        id="review-opening-in-a-commissioner-paragraph",
    ),
    case(
        # The Department for Transport's review of an EIR refusal: the request's date between 'your request' and 'for
        # an internal review', and 'My review is now complete'
        "Our Ref: E0020915 \n \n \n \n6th June 2022 \n \n \n \n \n \n \nEnvironmental Information Regulations (EIRs)"
        " Complaint \u2013 E0020915\n \n \n \nDear Greg Marsden, \n \nI am replying to your request, received on the"
        " 1st May 2022, for an internal review of the \nDepartment\u2019s response to your EIR request. You ori"
        "ginally asked for information \nconcerning the assumed levels of road traffic and electric vehicl"
        "e assumptions used in the \n\u2018Decarbonising Transport: A Better, Greener Britain\u2019 report. \n  \nThe "
        "Department\u2019s reply sent on the 4th April 2022 confirmed that it held relevant recorded \ninformat"
        "ion but was withholding it in reliance on the exception at regulation 12(4)(e) of \nEIRs covering"
        " the disclosure of internal communications. On balance the Department \ndecided that the public i"
        "nterest test for withholding the information outweighed that for \ndisclosure.  \n \nIn your reques"
        "t for an internal review you set out a number of grounds for appeal. \n  \nYour request for a revi"
        "ew has been passed to me to deal with as I had no involvement in \nthe handling of your original "
        "request.  \n \nI wrote to you on the 30th May 2022 to advise you that I needed to extend my deadli"
        "ne for \nreply. My review is now complete and I can provide the following response. \n \n",
        "internal_review",
        "unknown",
        id="review-request-dated-between-and-review-complete",
    ),
    case(
        # Transport Scotland's review: the relevant papers enclosed, background papers withheld
        "Dear Professor Miller Further to my letter of 19 April, I have now completed my review of our re"
        "sponse to your request made under the Freedom of Information ( Scotland ) Act regarding meetings"
        " and communications between Nicol Stephen and First Group, Green Haus PR, Chris Winslow and Neil"
        " Gillam. I have concluded that our response to your request should be modified. The initial sear"
        "ch for material had been within appropriate operational files held within the Rail Delivery Dire"
        "ctorate of Transport Scotland but did not extend to Scottish Executive Transport Group or to Min"
        "isterial Diary information. It is my view that this was too restrictive, please accept my apolog"
        "ies for this. I now enclose the relevant papers identified during the review of this case. Addit"
        "ionally, my review has uncovered a small number of documents which I consider should also have b"
        "een provided from a re-examination of Transport Scotland files, these are included within the at"
        "tachment. A number of the background papers to meetings have been withheld unders Sections 29(1)"
        "(a), 30(b) and 33(1) (b) as they contain information in relation to the formulation or developme"
        "nt of Government policy, information to allow the free and frank exchange of views and/ or infor"
        "mation which would be likely to prejudice the commercial interests of a company. ",
        "internal_review",
        "partial",
        id="review-encloses-the-relevant-papers",
    ),
    case(
        # The Department for Education's reply on WhatDoTheyKnow, restating a request that tells of a review upholding
        # a refusal
        "Request for review minutes and all other correspondence\n\nThe request was partially successful.\n\n"
        "Dear Department for Education,\n\nI write referring to my FOI request for Isabelle Trowler's diary"
        ".\n\nThe request was refused, and the internal review upheld the refusal, saying the reasons for r"
        "efusal were the same.\n\nI am writing to request copies of all emails, briefings, memoranda, advic"
        "e notes, notes following telpehpone calls, minutes of meetings, reviews and panels etc in relati"
        "on to\n\na) the original request and\nb) the review panel.\n\nI require the names of all the decision"
        " makers as well please.\n\nYours faithfully,\n\nPolly Burns\n\nDepartment for Education\n\nDear Polly Bu"
        "rns \n\nThank you for your request for information, which was received on 25 November 2015. You re"
        "quested:\n\nI write referring to my FOI request for Isabelle Trowler's diary.\n\nThe request was ref"
        "used, and the internal review upheld the\n\nrefusal, saying the reasons for refusal were the same."
        "\n\nI am writing to request copies of all emails, briefings, memoranda,\n\nadvice notes, notes follo"
        "wing telpehpone calls, minutes of\n\nmeetings, reviews and panels etc in relation to\n\na) the origi"
        "nal request and\n\nb) the review panel.\n\nI require the names of all the decision makers as well pl"
        "ease.\n\nI am dealing with your request under the Freedom of Information Act 2000 (\u201cthe Act\u201d).\n\nTh"
        "e Department holds the information you have requested. However, I consider that the following ex"
        "emption(s) apply to your request:\n\n\u00b7 Section 36 (Prejudice to effective conduct of public affair"
        "s)\n\n",
        "refusal",
        "refused",
        id="request-restated-without-quotation-marks",
    ),
    case(
        # The Department for Work and Pensions' letter: its right to complain, "not content" with a review's outcome
        "Dear Mr Elibank\nThank you for your Freedom of Information request of 10 March 2011 in which you req"
        "uested\nthe following information: a full electronic copy of your Fraud Procedures and Instructions"
        "\nA copy of the information which can be disclosed is enclosed in the format you requested.\nSome in"
        "formation has been withheld as it falls under the exemptions in the Freedom of\nInformation Act:\nEx"
        "clusion 31: Law Enforcement \u2013 this includes examples of how to commit fraud which could\njeopar"
        "dise investigations\nExclusion 40: Personal data \u2013 this includes named contacts, their telephon"
        "e numbers and\nemail addresses\nIn applying this exemption the department has balanced the public in"
        "terest in withholding the\ninformation against the public interest in disclosing the information\nIf"
        " you have any queries about this letter please contact me quoting the reference number\nYours sincer"
        "ely,\nDWP Central FoI Team\nYour right to complain under the Freedom of Information Act\nIf you are "
        "not happy with this response you may request an internal review by e-mailing freedom-of-information-"
        "\nxxxxxxx@xxx.xxx.xxx.xx or by writing to DWP, Central FoI Team, 5th Floor The Adelphi, 1-11, John A"
        "dam Street,\nLondon WC2N 6HT. Any review request should be submitted within two months of the date o"
        "f this letter.\nIf you are not content with the outcome of the internal review you may apply directl"
        "y to the Information\nCommissioner\u2019s Office for a decision. Generally the Commissioner cannot m"
        "ake a decision unless you have\nexhausted our own complaints procedure. The Information Commissioner"
        " can be contacted at: The Information\nCommissioner\u2019s Office, Wycliffe House, Water Lane, Wilms"
        "low Cheshire SK9 5AF www.ico.gov.uk",
        "response",
        "partial",
        id="dwp-not-content-with-a-reviews-outcome-is-the-right-to-complain",
    ),
    case(
        # The City of London Corporation on WhatDoTheyKnow, asking on whose behalf the request is made
        "Dear City of London,\na.) Price paid per BIA assessment.\nb.) Total DoLS team budget for 2017-2018.\nYours"
        " faithfully,\nA.G. Johnson\nDear A G Johnson,\nThank you for your email of 9 May 2017 to the City of London"
        " (CoL).\nPlease note that section 8 of the Freedom of Information Act (FOIA) states that a request for"
        " information states the name of the applicant.\nBefore we progress your request, please would you confirm"
        " on whose behalf your request is made. In considering this, please note the guidance \u201cRecognising a"
        " request made under the Freedom of Information Act (Section 8)\u201d, published on the website of the"
        " Information Commissioner\u2019s Office (ICO).\n",
        "clarification",
        "clarification_requested",
        id="city-of-london-before-we-progress-your-request-please-would-you-confirm",
    ),
    case(
        # HS2 Ltd's acknowledgement on WhatDoTheyKnow, the requester then writing to clarify their own request
        "Dear HS2,\n\n4. A copy of the latest Board Minutes\n5. Specific explanations for each redaction in the latest"
        " Board Minutes.\n\nYours faithfully,\n\nGraeme Amis\n\nHS2Enquiries, High Speed Two (HS2) Limited\n\nDear"
        " Graeme Amis\n\nThank you for your email to HS2 Ltd, a copy of which I include below. We are considering your"
        " request under the Freedom of Information Act 2000 and aim to reply as soon as possible and no later than 14"
        " October.\n\nYour reference number for the request is FOI-19-3401.\n\nKind regards,\n\nAlistair.\n\n"
        "Dear HS2Enquiries,\n\nI would like to clarify this request. When in points 4 and 5, I have asked for a copy"
        " of the latest board minutes, I am asking for the minutes of the meeting after 24th April 2019.\n\nI would be",
        "acknowledgement",
        "acknowledged",
        id="hs2-the-requester-greeting-the-bodys-mailbox-writes-again",
    ),
    case(
        # Northumbria Police's log: a total disclosed "as" its figure, its breakdown withheld under sections 31 and 24
        "You asked:\n\n1) Total number of firearms owned by your police force (if possible: broken down into type)\n\n"
        "2) A breakdown of new firearms acquired by your force over the past six years.\n\nIn Response:\n\nI am able"
        " to disclose the located information to you as follows.\n\n1. We can disclose the total number of firearms"
        " as 589. These will not be broken down by type as we are applying Section 31 (1) (a) (b) Law Enforcement and"
        " Section 24 (1) National Security to both that part and to point 2 of your request.\n\n2. The firearms will"
        " not be broken down by type and we shall rely on the following exemptions.\n\nSection 31 (1) (a) (b) Law"
        " Enforcement\n\nSection 24 (1) National Security\n",
        "response",
        "partial",
        id="northumbria-a-total-disclosed-as-its-figure-beside-a-breakdown-withheld",
    ),
    case(
        # Devon County Council's log: the legal costs asked for given again, the legal advice withheld under section 42
        "My request \u2013 would you kindly provide me all legal costs relating to Devon County Council -v- White"
        " Design? Would you also include copy of your Councils legal advice?\n\nIn relation to legal costs relating to"
        " the litigation we can confirm that you have already been provided with this information. For the purposes"
        " of advice and assistance we are happy to confirm again that the total costs were \u00a3918,022.98.\n\nThe"
        " council\u2019s legal advice and skeleton argument are subject to legal professional privilege. Disclosure of"
        " this information is therefore exempt from disclosure pursuant to s. 42 of the Freedom of Information Act"
        " 2000.\n",
        "response",
        "partial",
        id="devon-the-legal-costs-given-are-no-cost-of-complying",
    ),
    case(
        # The Northern Health and Social Care Trust on WhatDoTheyKnow: the words to clarify listed by the request's own
        # letters, which are no answers
        "Dear Northern Health and Social Care Trust,\nI am requesting information as per the following for Antrim"
        " Hospital for the past 4 years;\na) The number of babies delivered in each year.\nb) The number of babies born"
        " suffering some degree of harm during birth for each year.\nc) The total number of investigations/reviews"
        " initiated each year relating to maternity services.\nYours faithfully,\nhugh mc cloy\nGood morning Mr"
        " McCloy\nThank you for your request below\nIn order to ensure that you are provided with all of the"
        ' information you require would you please clarify the following terms.\n(b) "harm"\n(c)'
        ' "investigations", do you mean seriou',
        "clarification",
        "clarification_requested",
        id="northern-hsct-the-terms-to-clarify-listed-by-the-requests-letters",
    ),
    case(
        # The Royal Armouries on WhatDoTheyKnow: its figures, then its notes on them, the first that none are held from
        # before 2007/8
        "Dear Royal Armouries,\n\nPlease could you tell me how much profit the Royal Armouries has made from image"
        " sales for the past 10 years.\n\nYours faithfully,\n\nCheryl Hall\n\nPhilip Abbott, Royal Armouries\n\n"
        "Dear Cheryl\n\nHere are some figures for you:\n\nLIBRARY INCOME\n\n2007/8 41,625.92\n2008/9 17,176.00\n\n"
        "I should like to clarify these by saying that:\n\n1. No figures are available prior to 2007/8\n2. The"
        " figures for 2008/9 onwards include other income, such as photocopying.\n\nPhilip Abbott\n",
        "response",
        "partial",
        id="royal-armouries-figures-given-and-none-before-2007-ask-no-clarification",
    ),
    case(
        # Comhairle nan Eilean Siar's page of published requests: the request, then one line of the council's
        "Business Property Rates Data\n\nFriday, 20 July 2018\nRequest Date\nTuesday, January 16, 2018\nResponse Date\n"
        "Friday, January 19, 2018\n\nI would be grateful if you could please provide me with a complete and up-to-date"
        " list of all business property rates data for your local authority, including the following fields:\n\n"
        "- Ratepayer\n- Property Address\n- Rateable Value\n\nPlease see the information requested attached.\n",
        "response",
        "provided",
        id="cne-siar-the-information-requested-attached-under-a-published-request",
    ),
    case(
        # The Care Quality Commission's acknowledgement on WhatDoTheyKnow, the request quoted and an exemption said only
        # to be one that may apply
        "Dear Care Quality Commission,\n\nPlease advise:\n\n1)From April 2010 to current date, how many residential"
        " care homes have the Care Quality Commission:\na) Visited?\nb) Issued improvement notices to?\nc) Where were"
        " these care homes located?\n\nYours faithfully,\n\nD. Speers\n\nInformation Access, Care Quality"
        " Commission\n\nDear Ms Speers\n\nI acknowledge receipt of your e-mail dated Saturday 18th June containing an"
        " information access request in accordance with the Freedom of Information Act 2000 (FOIA).\n\nYou requested:"
        '\n\n"1)From April 2010 to current date, how many residential care homes have the Care Quality Commission:\n\n'
        'a) Visited?\n\nb) Issued improvement notices to?\n\nc) Where were these care homes located?"\n\nWe will'
        " respond to your request as soon as is possible, but in any event, within 20 working days following the date"
        " of receipt of your request.\n\nPlease note that the information you have requested may be subject to an"
        " exemption. Should this occur, you will be notified accordingly when we write to you next.\n\nKind regards"
        "\n\nInformation Access Team\n",
        "acknowledgement",
        "acknowledged",
        id="cqc-an-exemption-that-may-apply-withholds-nothing-yet",
    ),
    case(
        # Transport for London's holding reply in the first lockdown of 2020, pointing to its published data meanwhile
        "Dear Michael Jones\n\nOur ref: FOI-0143-2021/GH\n\nThank you for your request received by Transport for"
        " London (TfL) on 30 April 2020 asking for information about historic bus fares.\n\nIn current"
        " circumstances, we are not able to answer FOI requests readily. In any event, please note that our response"
        " time will be affected by the current situation and so you may wish to reconsider the timing of this"
        " request.\n\nShould you wish to proceed with the request we will aim to issue a response by 1 June 2020 in"
        " accordance with the Freedom of Information Act 2000. We publish a substantial range of information on our"
        " website on subjects including operational performance. Please check our transparency pages to see if this"
        " helps you.\n",
        "acknowledgement",
        "acknowledged",
        id="tfl-a-holding-reply-aiming-to-issue-a-response-later-is-an-acknowledgement",
    ),
    case(
        # The Department for Communities and Local Government's extension letter, section 36(2) quoted with its
        # conditions lettered and numbered under the Act's dashes: no questions, and no refusal yet
        "Dear Mr Greenhill,\n\nI am writing in response to your request of 6 July. DCLG does hold some of this"
        " information and I am dealing with your request under the Freedom of Information Act 2000.\n\nThe specific"
        " exemption I am considering is:Section 36(2) \u2014Information to which this section applies is exempt"
        " information if, in the reasonable opinion of a qualified person, disclosure of the information under this"
        " Act\u2014\n\n(b)would, or would be likely to, inhibit\u2014\n\n(i)the free and frank provision of advice,"
        " or\n\n(ii)the free and frank exchange of views for the purposes of deliberation\n\nIn your case I need to"
        " extend the response time by 20 working days to give me time to decide if the public interest in withholding"
        " the information outweighs the public interest in disclosing it.\n\nI plan to let you have a response by 5"
        " September 2012.\n",
        "acknowledgement",
        "acknowledged",
        id="dclg-an-exemptions-conditions-quoted-under-the-acts-dashes-ask-nothing",
    ),
    case(
        # The Moray Council's log: the first answer points to the commissioner's statistics (section 25), the page cut in the next
        "Request 101003979436\n\nI would like to request the following information regarding how your organisation"
        " manages its statutory obligations under the Freedom of Information Act 2000:\n\n1. Management of Freedom"
        " of Information Requests\n\na) For each of the last three financial years, please provide the number of FOI"
        " requests received?\nb) Please provide the number of staff members dedicated to handling FOI requests.\n\n"
        "Response 11-05-2026 \n\n1. a) The Scottish Information Commissioner\u2019s website has a section on"
        " Statistics, the Council\u2019s FOI statistics can be accessed via the dashboard https://foi.scot/stats . As"
        " the information is already publicly available Section 25 of FOISA is applicable.\nb) The Council ha",
        "response",
        "unknown",
        id="moray-an-answer-pointing-to-the-commissioners-statistics-then-cut-in-the-next",
    ),
    case(
        "Mr Alley,\n\nI refer to your recent request for information under the Freedom of Information Act. Your"
        " request has now been considered and I would respond as follows to the specific questions which you"
        " asked:\n\nFirstly, I need to clarify that the existing Orders on Harrington and Victoria are not being"
        " reviewed, the latest consultation is to consider additional restrictions.\n\nTo answer your question"
        " attached are the following:\n\nSummary of responses received to 2007 consultation. A total of 128"
        " questionnaires were distributed.\n",
        "response",
        "provided",
        id="sefton-the-reply-setting-a-point-straight-asks-no-clarification",
    ),
    case(
        # a council's review letter on WhatDoTheyKnow, headed by the case's reference and "Appeal", each of the
        # requester's points answered below; no finding stated before the cut
        "AIR2809-879776 Appeal\n\nI regret that your reply is clearly not good enough.\nQ1+Q4 part provided:\nI asked "
        "for the data in an XLS spreadsheet, however you have provided a PDF.\nIt is our procedure to provide "
        "information in PDF format - However, on this occasion the spreadsheet has now been provided in XLS.\n",
        "internal_review",
        "unknown",
        id="a-reference-and-appeal-heading-the-letter",
    ),
    case(
        # the University of East Anglia's log: the requester's note clarifying question 3 asks the body for nothing
        "FOI_25-147 Academic misconduct and artificial intelligence\nRequest:\n1) The number of confirmed cases of "
        "academic misconduct among students.\n2) The number of confirmed cases of plagiarism among students.\n3) The "
        "number of confirmed cases relating to the misuse of Artificial Intelligence tools\nTo further clarify 3): If "
        "you have a flag in your record keeping system which relates to misuse of AI please use that to classify "
        "cases.\nOur response:\nWe regret that on this occasion it is not possible to provide the requested "
        "information.\n",
        "refusal",
        "refused",
        id="the-requesters-note-clarifying-a-question-asks-nothing",
    ),
    case(
        # West Mercia Police's log: held but not in a readily retrievable form, the system lacking a way to find it, so
        # refused on cost; nothing said not held
        "FOI 2756 Firearms Certificate Holders With Criminal Records\n\nI write in connection with your request for "
        "information which was received on 11 November 2010.\n\n2. How many of these certificate-holders had criminal "
        "records at November 1, 2010?\n\nPlease be advised that the information that you have requested is not "
        "available in a readily retrievable format. To explain further, the firearms system does not have a facility "
        "to automatically check previous convictions. Therefore the cost of locating and retrieving the information "
        "exceeds the 'appropriate level' as stated in the Freedom of Information (Fees and Appropriate Limit) "
        "Regulations 2004.\n\nIn accordance with the Freedom of Information Act 2000, this letter acts as a Refusal "
        "Notice for this request\n",
        "refusal",
        "refused",
        id="not-in-a-readily-retrievable-format-is-not-not-held",
    ),
    case(
        # Dyfed-Powys Police's log: two answers neither confirm nor deny, the third gives what is held "as outlined below"
        "FOI Reference: 996/2025\nResponse 1:\nThe force can neither confirm nor deny that it holds any information "
        "pertinent to this request as the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not "
        "apply, by virtue of the following exemptions:\nSection 24(2) 'National Security'\nResponse 2:\nI can confirm "
        "that the force does hold the information requested, as outlined below.\n0\n",
        "response",
        "partial",
        id="holds-the-information-requested-as-outlined-below",
    ),
    case(
        # NHS Improvement's published summary of an internal review: "upheld that decision in part", some released
        "The request was for copies of the papers for the private session of the meeting of the Board on 28 September "
        "2017.\nThe body held the requested information and decided to withhold it on the basis of the exemptions in "
        "sections 31 and 36 of the Freedom of Information Act 2000.\nOn internal review it upheld that decision in part "
        "and decided to continue to withhold some of the information. It has decided to release some of the information "
        "that was originally withheld.\n",
        "internal_review",
        "partial",
        id="on-internal-review-upheld-that-decision-in-part",
    ),
    case(
        # North Devon Council on WhatDoTheyKnow: most of it published within the council's datasets, the latest year
        # held back under section 22 until it is published
        "Dear Ms Blacow\n\nThank you for your request received this morning.\n\nIn response to 1, 2 and 3 for "
        "littering and fly-tipping, this information is published within the Council Environmental Fixed Penalty "
        "notice datasets: which provide the data from 1 January 2010 - 31 December 2020. In accordance with Section 22 "
        "of the Act, the 2021 data will be published in early 2022, once it has been gathered.\n",
        "response",
        "partial",
        id="published-within-datasets-the-latest-year-under-section-22",
    ),
    case(
        # the Ministry of Justice's letter: the reply clarifying what it said, asking nothing of the requester
        "Our Reference: 97868 19 June 2015\nFreedom of Information Request\nDear Mr McIntosh\nThank you for your email "
        "of 27 May 2015 in which you asked for the cost of the gowns made for the Justice Secretary.\nI can confirm "
        "that the Ministry of Justice (MoJ) does not hold the information that you have requested.\nIt may help if I "
        "clarify that the information being requested has not yet been invoiced.\n",
        "response",
        "not_held",
        id="the-reply-clarifying-itself-asks-nothing",
    ),
    case(
        # the Police Service of Northern Ireland's log: the cost limit refuses the whole; the commissioner's guidance is
        # what is available on a website, not the information asked for
        "Request Number: FOI/16070\nRequest and Answer:\nYour request for information below has now been considered. "
        "We can confirm that the Police Service does hold the information you have requested however it is estimated "
        "that the cost of complying with your request would exceed the appropriate costs limit under Section 12(1) of "
        "the Freedom of Information Act 2000. We have followed the Information Commissioner's Office guidance on "
        "requests where the cost of compliance exceeds the appropriate limit. This guidance is available on the ICO "
        "website at the following link.\nQuestion 1\nHow many staff are currently assigned to digital forensics?\n",
        "refusal",
        "refused",
        id="guidance-available-on-a-website-is-not-the-information",
    ),
    case(
        # West Midlands Police's log: parts withheld under section 31, said in the active voice
        "Request\n- Incumbent Supplier: Please can you provide names of the current supplier(s) for the following "
        "contracts:\n- Command and Control\n- Telephony\nResponse\nWe can confirm that relevant information is held "
        "by the force. However, we are withholding parts of the information since it is exempt by virtue of the "
        "following exemptions\nSection 31 (1) (a) (b) (Law enforcement)\n",
        "response",
        "partial",
        id="we-are-withholding-parts-of-the-information",
    ),
    case(
        # Police Scotland's review response, every line run together: "a review of the decision", FOISA's words
        "NOT PROTECTIVELY MARKED Our Ref: IM-FOI-2017-0148 FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - INTERNAL "
        "REVIEW In accordance with section 20(1) of the Freedom of Information (Scotland) Act 2002, I understand that "
        "you have requested a review of the decision communicated to you on 17 March 2017 in respect of your original "
        "request for information. The decision I have to make is whether or not section 16 of the Act, in conjunction "
        "with the exemption set out at section 33(1)(b), was correctly applied to your request. I can first of a",
        "internal_review",
        "unknown",
        id="requested-a-review-of-the-decision",
    ),
    case(
        # Lothian and Borders Police on WhatDoTheyKnow: the reply names the day the request was received as the date
        # its figures run to; it acknowledges nothing
        "Dear Mr Turpin\n\nThank you for your email received 26 December 2012, seeking information.\n\nAs requested, "
        "I have listed below the number of Airwave Terminals reported 'Lost' in each of the last five calendar years. I "
        "can confirm that the data provided is correct up to 26 December 2012 (the date your request was received).\n\n"
        "Year No. Reported Lost\n2008 12\n2009 9\n",
        "response",
        "provided",
        id="the-date-your-request-was-received-acknowledges-nothing",
    ),
    case(
        # West Midlands Fire Service's published reply: the request refused on security, argued from the public good,
        # no section cited
        "Ref: FOI/18069\nRE: FREEDOM OF INFORMATION ACT 2000 REQUEST\nI am writing to confirm that the Fire Service "
        "has now completed its search for the information you requested on 9th May 2018\nRequest\n1. How many seats do "
        "you have in total in your control rooms?\nReply\nAs a major emergency service provider, you will appreciate "
        "that we must ensure that the security of our control room is protected. We accept that this type of "
        "information is of interest to commercial companies but believe that it is not in the greater public good to "
        "release detailed information.\n",
        "refusal",
        "refused",
        id="not-in-the-public-good-to-release",
    ),
    case(
        # the Marine Management Organisation's log: the outcome alone on the line under its heading's colon
        "0103 - FOI\nCopies of documents relating to the independent test results\nFiling Date: 6th June 2023\nReply "
        "Date: 4th July 2023\nMMO Ref: ATI3071\nTier 1 Response:\nREFUSED\nDear Sir,\nI am making a formal request "
        "for a copy of documents regarding the results of the testing.\n",
        "refusal",
        "refused",
        id="refused-alone-under-the-response-headings-colon",
    ),
    case(
        # the London Borough of Richmond upon Thames: five years asked for, the cost limit refusing them, a shorter
        # period given instead
        "Dear Mr Robertson,\n\nI will deal with each of your points in the order that you raise them:\n\n1. Please "
        "publish previous FOI requests and replies about dementia care over the last 5 years.\n\nWe are not able to "
        "provide you with the information requested for a 5 year period. We have provided this information from "
        "October 2010 to present. The cost of locating and retrieving information going back further would exceed the "
        "appropriate limit. Section 12(1) of the Act states that a Public Authority is not obliged to comply with a "
        "request for information which would exceed the appropriate limit.\n",
        "response",
        "partial",
        id="a-shorter-period-given-than-the-one-the-cost-limit-refuses",
    ),
    case(
        # NHS Shetland's log: the earlier years pointed to published statistics under section 25(1), the recent months
        # given in a table read a cell a line
        "Request and Response\n\n1. The total number of Freedom of Information requests received.\n\n2. The number "
        "answered within 20 working days.\n\nWith regards to data from 2016-Sep 2022, NHS Shetland confirms that it "
        "holds the information requested but that it is exempt from disclosure under FOISA s 25(1) as the information "
        "requested is accessible without submitting a request. The information you have requested is available here:\n"
        "\nhttps://www.itspublicknowledge.info/statistics\n\nMonth\n\nReceived\n\nOn time\n\nOctober 2022\n\n58\n\n"
        "41\n\nNovember 2022\n\n99\n\n68\n",
        "response",
        "partial",
        id="published-for-earlier-years-a-table-for-the-rest",
    ),
    case(
        # Lancashire County Council on WhatDoTheyKnow, after a chaser: "does not yet hold", cut there
        "Dear Lancashire County Council,\nPlease tell me how many schools have converted to academies this year.\n"
        "Yours faithfully,\nK Eccles\n\nDear Ms Eccles,\n\nFurther to your email of 15 December, we are now in a "
        "position to respond.\n\nLancashire does not yet hold the informat",
        "response",
        "not_held",
        id="does-not-yet-hold-the-information",
    ),
    case(
        # Cheshire East Council on WhatDoTheyKnow: the reply answers the three questions in prose, greeting to sign-off
        "Dear Sir or Madam,\nPlease could you provide the following information:\n1) how you are treating in-progress "
        "requests made to the residuary bodies\n2) what happens to emails sent to the residuary bodies\nYours "
        "faithfully,\nAlex Skene\nDear Mr Skene\nIn response to your request for information regarding treatment of "
        "existing submissions I would inform you that all requests received prior to 31st March will be dealt with "
        "according to the authority to which they were submitted. The new council will take responsibility for any "
        "in-progress reviews.\nEmails addressed to the District and County councils will, for some time, be received by "
        "the new council. It is anticipated that new requests will be made to the new council as instructed on our "
        "website.\nYours sincerely\nRose Raine\nInformation & Records Management Officer\n",
        "response",
        "provided",
        id="a-whole-letter-answering-in-prose",
    ),
    case(
        # the London Borough of Islington's letter: the answer a table under "Our response:", read a cell a line
        "Dear Mr Hunter\n\nFREEDOM OF INFORMATION REQUEST REF NO: 498799\n\nThank you for your information request "
        "received on 20/02/2020.\n\nIn your request you asked us:\n\nCan I please receive a total count of roadworks "
        "that the council carried out within the date ranges of:\n\n01/04/2016 - 31/03/2017\n01/04/2017 - 31/03/2018\n"
        "\nOur response:\n\nYear\nNo. of\nroadworks\n2016/17\n252\n2017/18 153\n\nYours sincerely\n\nS Young\n",
        "response",
        "provided",
        id="a-table-read-a-cell-a-line-under-our-response",
    ),
    case(
        # Police Scotland: the earlier years refused on cost, the latest year's figure given in the same answer
        "Our Ref: IM-FOI-2018-1499\nFor ease of reference, your request is replicated below together with the response."
        "\n1. How many people detained under immigration powers have been kept in Police Scotland cells in 2015/16, "
        "2016/17 and 2017/18?\nHaving considered your request in relation to 2015/16 and 2016/17, I am unable to provide "
        "a response as it would prove too costly to do so. In terms of Section 16(4) of the Act where Section 12(1) has "
        "been applied, this represents a refusal notice for the information sought.\nThe introduction of a new National "
        "Custody System in 2017 allows us to extract figures after this time, and we hold them for the most recent "
        "period in full detail. For the period between 1st April 2017 and 31st March 2018 this equates to 537 "
        "immigration related custodies.\n",
        "response",
        "partial",
        id="a-figure-given-in-the-answer-refusing-earlier-years-on-cost",
    ),
    case(
        # Charnwood Borough Council's log: the outcome stated under a "Resolution" label on its own line, above the
        # request, the reply a linked file
        "Housing Benefit Service\n\nRequested on\nThu 24th February, 2011\nReference\nFOI 1299\nResolution\nInformation "
        "provided\n\nQuestion\n\nI am writing to make a formal request under the Freedom of Information Act.\n\nQ1: "
        "Name of your council:\n\nQ2) Are you currently engaged in a procurement exercise for housing benefit "
        "services?\n",
        "response",
        "provided",
        id="resolution-label-over-information-provided",
    ),
    case(
        # Blackpool Teaching Hospitals NHS Foundation Trust's log: one question answered on its own line, "all other
        # questions" withheld
        "FOI Request\n\n1. What annual cybersecurity budget has been allocated to your NHS Trust?\n\n2. How many "
        "employees work in your NHS Trust?\n\n3. Has your NHS Trust paid any ransom demands?\n\n  1. How many employees "
        "work in your NHS Trust? - 8453\n\nWith regards to all other questions \u201cThe requested information relating "
        "to our Trust's ICT systems is exempt from disclosure under Section 24 and Section 31 of the Freedom of "
        "Information Act.\n",
        "response",
        "partial",
        id="all-other-questions-exempt-after-one-answered",
    ),
    case(
        # Herefordshire and Worcestershire Health and Care NHS Trust's review, quoting the request before its finding
        "Our ref: HWHCT-288\n\nRequest for Internal Review - Freedom of Information Act 2000\n\nThank you for your email "
        "request for an internal review of FOI HWHCT-288, which was received on 23 December 2022.\nFreedom of "
        "Information request and responses to be reviewed:\nPlease send me the following information for each provider:"
        "\n1. Incumbent Supplier: please provide the supplier of the contract.\n2. Annual Average Spend: please state "
        "the annual average spend.\n",
        "internal_review",
        "unknown",
        id="thank-you-for-your-request-for-an-internal-review-of-foi",
    ),
    case(
        # Adur & Worthing Councils' review letter, its chronology quoting the request and cut before its finding
        "Our Reference: EIR/927453/2018 Dear Jon Heuch Thank you for contacting us requesting a review of our decision "
        "relating to your recent Environmental Information Regulations 2004 ('EIR') request. Your request has been "
        "passed to me to consider. Chronology 5th December 2018 You submitted a request for information, asking for "
        'the following information: "Could you tell me how many Tree Preservation Orders are currently administered '
        "by the Council?\" 6th December 2018 AWC provided you with a response. The Council's answer is that it does "
        "not hold a written record\n",
        "internal_review",
        "unknown",
        id="thank-you-for-contacting-us-requesting-a-review-of-our-decision",
    ),
    case(
        # Wirral Metropolitan Borough Council on WhatDoTheyKnow, under the requester's request for a review, the reply
        # cut in its account of the report
        WDTK_REQUEST + "\n\nInfoMgr, FinDMT, Northby Borough Council\n\nGood Morning\n\nThank you for your recent "
        "request made under the Freedom of Information Act, apologies for the delay in responding to you.\n\nPlease "
        "treat this email as Northby Borough Council\u2019s response to your request for an Internal review.\n\nThe "
        "Fostering Services (England) Regulations 2011 stipulate that each foster carer must be reviewed annually.\n",
        "internal_review",
        "unknown",
        id="the-bodys-response-to-your-request-for-an-internal-review",
    ),
    case(
        # Glasgow City Council's Solicitor to the Council, a Scottish review letter cut in its account of the decision
        "Our Ref:IAD/RQST2355310/JK\n\n18 May 2009\n\nDear Mr Cassidy\n\nREVIEW OF A REQUEST UNDER THE FREEDOM OF "
        "INFORMATION (SCOTLAND) ACT 2002 (THE \u201cACT\u201d)\n\nI refer to your email of 22 April 2009 relative to "
        "your request for information received by email on 20 March 2009.\n\nYour Request\n\nYou requested the "
        "following information\n\n\u201c1. Minutes of any meeting of the Strategic Migration Partnership.\u201d\n",
        "internal_review",
        "unknown",
        id="a-scottish-reviews-heading-review-of-a-request-under-the-act",
    ),
    case(
        # East Cambridgeshire District Council's review letter: only its heading names the review, and it quotes the
        # original answers before its finding, cut there
        "My Ref: AJA/11/12-664\n\n07 February 2012\n\nDear Ms Kempin\n\nReview of response to Request 10025-3-11/12-599\n"
        "\nOn the 6 December 2011 this Council received a request for information about housing benefit claims.\n\nA "
        "response to the request dated 9 January 2012 was provided as follows:\n\n1. How many households in the "
        "Council's area are in receipt of HB? 4180\n\n2. What is the total weekly benefit entitlement? \u00a3376,481\n",
        "internal_review",
        "unknown",
        id="review-of-response-to-request-heading",
    ),
    case(
        # The National Archives' published requests: the outcome stated on its own line under its heading
        "FOI request reference: CAS-216999\nPublication date: October 2024\n\nRequest\n\nA copy of the panel's paper.\n"
        "\nOutcome\n\nSome information provided.\n\nResponse\n\nPlease find a copy of the paper. A name has been removed "
        "because this exemption has been applied: section 40(2).\n",
        "response",
        "partial",
        id="a-log-states-some-information-provided",
    ),
    case(
        # the same page's reply, in its own words
        "Response\n\nI can confirm that we hold information relevant to your request. We are unable to provide you with "
        "a small amount of the information you have requested, because it is covered by the exemption at section 40(2) "
        "of the FOI Act. For further information about why this exemption has been applied, please see the annex.\n",
        "response",
        "partial",
        id="unable-to-provide-a-small-amount-of-the-information",
    ),
    case(
        # the Department of Health's review letter, quoting the original reply's cost refusal and cut before its
        # finding: a review, its outcome not yet stated
        "Our Ref: 685490R\nDear Mr Goodman\nThank you for your emails of 31 March and 3 April 2012 (our ref: 685490R) in "
        "which you request a review of our response to your FOI request of 2 March 2012 (our ref: 685490).\nYou asked "
        "for copies of all correspondence between ministers and clinical commissioning groups.\nWe replied to you on 2 "
        "April 2012 as follows:\n\u201cHowever, complying with your request would exceed the cost limit as set out in "
        "Section 12(1) of the Freedom of Information Act.\nPlease be assured that we are keen to assist you and if you "
        "were to refine your request",
        "internal_review",
        "unknown",
        id="emails-in-which-you-request-a-review-of-our-response",
    ),
    case(
        # the police forces' template on a log, cut before the answers: the request's own words about refusals are
        # no refusal, and the preamble under "In response:" gives nothing (Northumbria Police)
        "Date of response: 13/09/2012\n\nYou asked:\n\n1. Between 2019 and 2022 how many FOI requests has the force "
        "refused (separate figures please)? By refused I mean:\nIt would cost too much to deal with the request.\nThe "
        "request is vexatious.\nAn exemption applies.\n\n2. What is this as a percentage of all requests?\n\n3. How "
        "many were reviewed?\n\nIn response:\n\nWe have now had the opportunity to fully consider your request and I "
        "provide a response for your attention.\n\nFollowing receipt of your request, searches were conducted with the "
        "Disclosure Section of the",
        "response",
        "unknown",
        id="police-template-preamble-cut-before-the-answers",
    ),
    case(
        # NHS 24's disclosure log: the reply under "Response" only says the request goes under the EISR, applying FOISA
        # section 39(2) to do so, and the page is cut before any answer
        "Reference\nFOI/00451 - Boiler replacement records\nResponse date\n04/02/2026\nInformation requested\n1. "
        "Surveys of the boiler house;\n2. Contractors' method statements;\n3. Waste transfer notes.\nResponse\nAfter "
        "considering your request, we have determined that it falls under the Environmental Information (Scotland) "
        "Regulations 2004 (EIRs), as the information requested relates to environmental matters. We are applying the "
        "exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA), so that we do not also "
        "have to deal with your request under FOISA.\nUnder the EIRs we are required to",
        "response",
        "unknown",
        id="routed-to-the-eisr-under-section-39-2-and-cut",
    ),
    case(
        # Hereford and Worcester Fire and Rescue Service's log: figures given, the rest "not held"
        "Request\nDear Northby Fire and Rescue Service,\n1. I would like the total number of wildfires recorded.\n2. "
        "In a separate tab I would like details of each wildfire incident.\nYours faithfully,\nX\nResponse\nRef: FOI "
        "224 08 23\nHi X,\nThe Service can confirm the requested incident information is held and is detailed below:\n"
        "Row Year |\nIncidents |\n2017 |\n1 |\n2018 |\n4 |\nTotal |\n5 |\nUnfortunately system limitations mean that we "
        "are unable to provide further detailed information and for the purposes of FOI that this information is "
        "\u201cnot held by the Service\u201d.\n",
        "response",
        "partial",
        id="information-held-and-detailed-below-the-rest-not-held",
    ),
    case(
        # West Midlands Police's log: information supplied "as a gesture of goodwill" beside a section 12 refusal
        "Stop and Search (1157A/22)\n\nRequest\n\nFigures from 2019 to 2022 for the number of people who have been "
        "stopped and searched.\n\nResponse\n\nOur data are not organised in such a way as to allow us to provide all "
        "of this information within the appropriate (cost) limit of the Freedom of Information (FOI) Act.\n\nHowever, "
        "as a gesture of goodwill I have supplied information, relative to your request, retrieved before it was "
        "realised that the fees limit would be exceeded (see attached file 1157A_22_attachment.pdf).\n\nSuch a search "
        "however would exceed the appropriate limit (FOIA, s.12).\n",
        "response",
        "partial",
        id="see-attached-file-beside-a-cost-refusal",
    ),
    case(
        # Cornwall Council's reply letter: its voice and its information in words the cues did not know
        "My ref: / IAR609099\nDate: / 17th May, 2011\n\nDear Mr Dransfield,\n\nYour request under the Freedom of "
        "Information Act 2000\n\nThank you for your information access request dated 11th April, 2011.\n\nYour request "
        "was considered under the Freedom of Information Act 2000.\n\nPlease find electronically attached all the "
        "relevant information that we hold at this time.\n\nWe publish a lot of information about the workings of the "
        "Council on our website and you may wish to check this before contacting us.\n",
        "response",
        "provided",
        id="please-find-electronically-attached-all-the-relevant-information",
    ),
    case(
        # Central London Community Healthcare NHS Trust's log: a count given as a bullet under the request's, the list
        # of suppliers withheld under section 43
        "For the 3-month period ending 24th January 2025, can you please provide:\n\n- Total Off Framework Agency "
        "Spend for Nursing and Midwifery staff\n\n\n- Total hours filled by Off Framework agencies\n\n\n- A list of "
        "Agency suppliers with a day charge rate of over \u00a340 across any nursing/midwifery speciality\n\n\n- A list "
        "of any Off Framework suppliers that have ongoing block booking arrangements for nursing and Midwifery staff "
        "with your Trust\n\n\n  \u2022 0 off-framework within the last 3 months\n\nList of agency suppliers\n\n "
        "Section 43 \u2013 Commercial Interest\n\nSection 43(2) exempts information whose disclosure would, or would "
        "be likely to, prejudice the commercial interests of any person (an individual, a company, the public "
        "authority itself or any other legal entity).\n",
        "response",
        "partial",
        id="a-count-given-as-a-bullet-beside-a-section-43-refusal",
    ),
    case(
        # the Conservators of the River Cam on WhatDoTheyKnow: an out-of-office reply, then the river manager's refusal
        "Dear Sir\n\nPlease provide the following documents:\n\n1 River Navigation Act 1985\n2 River Bye-laws\n\n"
        "Yours faithfully\nNick Brown\n\nNorthby Conservators\n\nI am currently on leave, returning on Wednesday 10 "
        "September.\n\nFor urgent enquiries please call the office, alternatively\nI will respond to your email upon my "
        "return.\n\nNorthby Conservators\n\nHello Nick,\n\nThanks for your request. Our status is such that we do not "
        "fall under the Freedom of Information Act so I won't be providing copies of the Acts you requested.\n\nKind "
        "regards\nJed\n",
        "refusal",
        "refused",
        id="a-refusal-after-an-out-of-office-acknowledgement",
    ),
    case(
        # Archbishop Temple School's mailbox answering a WhatDoTheyKnow request, printed with no sender line
        "Dear Northby School,\n\nI would like answers to the following points;\n\n1. What is the annual grounds "
        "maintenance budget?\n\nYours faithfully,\nSteve Wright\nThis email account is no longer maintained. If you "
        "require a response\nplease use the contact form on our website.\n",
        "other",
        "unknown",
        id="a-mailboxs-automatic-reply-that-it-is-no-longer-maintained",
    ),
    case(
        # Wychavon District Council on WhatDoTheyKnow, asking for more before it answers a wide request
        "Dear Mr White\n\nHaving given consideration to your request, it is clear that your request is extremely "
        "wide-ranging.\n\nIn order to help us in collating the information you require, it would be helpful to us if "
        "you could provide some more information.\n\nYours sincerely\n\nGemma Harris\n",
        "clarification",
        "clarification_requested",
        id="it-would-be-helpful-if-you-could-provide-more-information",
    ),
    case(
        # Batley Girls' High School on WhatDoTheyKnow: the request under the Act, then the answers by number, the first
        # withheld under section 40
        "Dear Northby Girls' High School,\n\nI am writing to make an open government request for all of the\n"
        "information, to which I am entitled to request under the Freedom of\nInformation Act 2000.\n\nI would like "
        "answers to the following points;\n\n1. Is grounds maintenance contracted out? If contracted who is the "
        "current contractor?\n\n2. What is the annual grounds maintenance budget?\n\nYours faithfully,\n\nSteve "
        "Wright\n\nDear Mr Wright,\nPlease see my response below to your request:\n1. The works are contracted out, "
        "but under Section 40 of the FOI Act 2000,\nI am not able to provide details of our current contractor.\n2. "
        "The budget for 2018/19 is \u00a35,720.\nMr A Brown\n",
        "response",
        "partial",
        id="please-see-my-response-below-answers-by-number",
    ),
    case(
        # New Forest District Council on WhatDoTheyKnow, its acknowledgement cut mid-sentence
        "Dear Northby District Council,\n\nCould you please provide me with your complete list of business rates data."
        "\n\nYours faithfully,\n\nGavin Chait\n\nFreedom of Information, Northby District Council\n\nThank you for "
        "your request for information, which is being treated as a",
        "acknowledgement",
        "acknowledged",
        id="thanks-for-a-request-which-is-being-treated",
    ),
    case(
        # a request to review the University of Birmingham's handling, in WhatDoTheyKnow's template, sent as a file
        "Dear Sir or Madam,\nPlease pass this on to the person who conducts Freedom of\nInformation reviews.\nI am "
        "writing to request an internal review of University of\nBirmingham's handling of my FOI request 'The Russell "
        "Group of\nUniversities - minutes'.\nThe internal review should consider every aspect of the way my\nrequest "
        "was dealt with including the following matters:\n(1) The University applied a public interest test and not "
        "explained\nwhy it considers the public interest in maintaining the exemption\noutweighs the public interest "
        "in disclosing the information.\n(2) The University relies heavily on the Section 41 exemption.\n",
        "request_only",
        "none",
        id="whatdotheyknows-internal-review-request-under-a-greeting-to-no-one",
    ),
    case(
        # Oxford University Hospitals NHS Foundation Trust's published responses: the page of a response, cut inside
        # the request it restates
        "Procurement Data\nCase reference FOI2026/00327\nReceived 12 February 2026\nPublished 16 March 2026\nRequest\n"
        "Please provide the following information. 1. Please provide the record from the organisation's Contract "
        "Register pertaining to the current contract for the Endpoint Detection and Response (EDR) solution.\n2. Please "
        "provide the following information for the current maintenance and licensing agreement for the pri",
        "response",
        "unknown",
        id="a-published-response-page-cut-inside-the-request",
    ),
    case(
        # UK Research and Innovation's FOI release on GOV.UK: the page's banner states the outcome; the reply's words
        # give no exemption's number
        "FOI release\n\nFOI2020/00244: Spend/Transparency Data\n\nThis request was refused in full, so we didn't "
        "provide the information the requester asked for.\n\nCase reference FOI2020/00244\n\nRequest Received: 7 "
        "August 2020\n\nCould you advise when the file will be made available to view online?\n\nResponse Sent: 28 "
        "August 2020\n\nI can confirm UK Research and Innovation (UKRI) hold the information relevant to your request."
        "\n\nHowever, the data is currently being collated and reviewed.\n\nThis information is likely to be "
        "available within one year and will be published to the link as noted in your original request.\n",
        "refusal",
        "refused",
        id="a-gov-uk-release-banner-stating-it-was-refused-in-full",
    ),
    case(
        # Rochdale Metropolitan Borough Council on WhatDoTheyKnow: "in receipt of" opens the reply, which says it has a
        # response ready, the page cut there
        "Dear Northby Metropolitan Borough Council,\n\nI'd like to make a request under the Freedom of Information Act "
        "for all transactions over \u00a3500 from February 2020.\n\nYours faithfully,\n\nAnna Doe\n\nFOI, Northby "
        "Metropolitan Borough Council\n\n1 Attachment\n\nDear Anna,\n\nWe are in receipt of your Freedom of "
        "Information request dated 11 May 2020.\n\nThe council is facing unprecedented challenges during the "
        "Coronavirus (COVID-19) pandemic.\n\nWe have, however, prepared a response ",
        "response",
        "unknown",
        id="in-receipt-of-a-request-and-a-response-prepared",
    ),
    case(
        # Harrow Council's information management team on WhatDoTheyKnow: passed on, the answer to come
        "Dear Northby Borough Council,\n\nHow does Northby Council have its computer software set to deal with non "
        "specific payments?\n\nYours faithfully,\n\nGwyn Worth\n\nInformation request\nOur reference: 3623796\n\n"
        "Dear Ms. Worth\n\nThank you for your information request. We will forward it to the\nrelevant department who "
        "will contact you shortly.\n\nInformation Management Team\nNorthby Council\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-to-be-forwarded-to-the-relevant-department",
    ),
    case(
        # the same opening over the information attached: a response
        "Dear Mr Smith,\n\nThank you for your request for information, which is being treated as a request under the "
        "Environmental Information Regulations 2004.\n\nPlease find attached the information you requested.\n\nYours "
        "sincerely,\n\nFOI Officer\n",
        "response",
        "provided",
        id="thanks-for-a-request-which-is-being-treated-then-attached",
    ),
    case(
        # Wolverhampton Homes on WhatDoTheyKnow: the reply's closing offer of clarification asks for none
        "Dear Northby Homes Limited,\n\nI wanted to know if you as an organisation had any plan in place to contain "
        "the situation should it arise.\n\nYours faithfully,\n\nMichael Hardcastle\n\nGood Morning Mr Hardcastle\n\n"
        "Thank you for your request;\n\nI am able to provide the following information in response to the questions "
        "you have raised.\n\nBusiness continuity plans are in place to deal with loss of services from whatever cause."
        "\n\nI trust this answers your queries. Should you require any clarification then please do not hesitate to "
        "contact me.\n",
        "response",
        "provided",
        id="a-closing-offer-of-clarification",
    ),
    case(
        # Forth Valley College on WhatDoTheyKnow: the acknowledgement, then the reply cut while it repeats the request,
        # whose wrapped line says "within 20 working days" in the requester's words
        "Dear Northby College,\n1. Under Freedom of Information Scotland, I wish to receive the following information "
        "within 20 working days:\n2. Since lockdown until 19 June 2020, can you please provide details of the number "
        "of staff who have accessed the college buildings? Can you please break this down into dates?\nYours faithfully,\nJohn Gallacher\nDear Mr Gallacher\n"
        "I am writing to acknowledge receipt of your Freedom of Information request which we received on 19 June 2020."
        "\nOur response will be sent within 20 working days.\nYours sincerely\nDr Ken Thomson\nDear Mr Gallacher,\n"
        "Thank you for your request under the Freedom of Information (Scotland) Act\n2002. Please find below responses "
        "to your specific queries:\n1. Under Freedom of Information Scotland, I wish to receive the following\n"
        "information within 20 working days:\n2. Since lockdown until 19 June 2020, can you please provide details of"
        "\nthe number of staff who have accessed the college buildings? Can you ",
        "response",
        "unknown",
        id="a-reply-cut-while-repeating-the-request-after-its-acknowledgement",
    ),
    case(
        # the request quoted on a short line straight above the acknowledgement's own sentence: no wrapped sentence
        "Dear Mr Smith,\nYour request: I would like the budget\nWe will respond within 20 working days.\nRegards\nFOI "
        "Team\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-under-the-request-quoted-on-a-short-line",
    ),
    case(
        # the Department for Regional Development's disclosure log, the reply withholding everything
        "FOI Request (received 02 April 2014)\n\nCopies of quotations received for a maintenance contract.\n\nResponse "
        "(issued 09 April 2014)\n\nIn response to your request, I can confirm that the Department does hold information "
        "related to your request. I must consider whether information is suitable for release to the world at large. I "
        "regret to inform you that I have determined that the information requested is not suitable for release at "
        "this stage.\n",
        "refusal",
        "refused",
        id="information-not-suitable-for-release",
    ),
    case(
        # Sunderland City Council for the North East Combined Authority on WhatDoTheyKnow: not the body's work
        "Dear Northby Combined Authority,\n\n1. Who is responsible for negotiating planning performance agreements?"
        "\n2. Who is budget holder for agreements?\n\nYours faithfully,\n\nCharlie Burns\n\nDear Mr Burns\n\nWith "
        "regard to your questions, the remit of the Combined Authority does not cover planning performance agreements "
        "as these are matters for local planning authorities (LPAs).\n\nYours Sincerely,\n\nDeputy Data Protection "
        "Officer\n",
        "response",
        "not_held",
        id="outside-the-bodys-remit",
    ),
    case(
        "Dear Mr Burns\n\nThank you for your request. Your question about the Mayor's expenses falls outside the remit "
        "of the Freedom of Information Act, as it asks for an opinion.\n\nYours sincerely,\n\nFOI Officer\n",
        "refusal",
        "refused",
        id="outside-the-remit-of-the-act",
    ),
    case(
        # Warrington Borough Transport, a council-owned bus company, on WhatDoTheyKnow: it is no public authority
        "Dear Northby Borough Transport,\n\nCould you please provide me with the approximate running cost per mile "
        "of a double decker bus.\n\nYours faithfully,\n\nRob Gandy\n\nDear Mr Gandy,\n\nFurther to your request "
        "for a Freedom of Information release of certain information, I regret to inform you that as a private "
        "company, we do not have to comply with the relevant legislation.\n\nWith best regards\n\nPhil Pearson\n",
        "refusal",
        "refused",
        id="a-company-saying-the-act-does-not-bind-it",
    ),
    case(
        "Dear Mr Gandy,\n\nAlthough we do not have to comply with the relevant legislation as a private company, we have "
        "chosen to answer: the running cost is \u00a31.20 per mile.\n\nWith best regards\n\nPhil Pearson\n",
        "response",
        "provided",
        id="a-company-answering-though-the-act-does-not-bind-it",
    ),
    case(
        # a case number after "is" is no figure the reply gives
        "Dear Mr Fishwick,\n\nThank you for your email regarding your request for information.\n\nThe reference number "
        "for your request is 19-07-2010-145338-002\n\nYours sincerely,\n\nFreedom of Information Helpdesk\n",
        "response",
        "unknown",
        id="a-case-number-after-is-is-no-figure",
    ),
    case(
        # the Ministry of Defence's helpdesk for the Defence Vetting Agency on WhatDoTheyKnow: a holding reply
        "Dear Mr Fishwick,\n\nThank you for your email regarding your request for information.\n\nMy investigation has "
        "revealed that your request for information was not properly addressed when we received it. I am very sorry "
        "that this error has occurred and can assure you that your request is now with the appropriate subject matter "
        "expert who will reply to your request as soon as possible.\n\nThe reference number for your request is "
        "19-07-2010-145338-002\n\nYours sincerely,\n\nFreedom of Information Helpdesk\n",
        "acknowledgement",
        "acknowledged",
        id="a-holding-reply-passing-the-request-on-with-its-case-number",
    ),
    case(
        # Scottish Enterprise's FOI release: a clarification asked earlier and answered, the reply cut before its answer
        "Date received\n10 July 2020\nDate responded\n31 July 2020\nInformation requested\nShow me who you've given "
        "money to in the past 12 months.\nA clarification email was sent to you on the 29th of July regarding your "
        "request, to ask if you would be able to make the first part of your request more specific. We are grateful "
        "for your reply to this email, which you sent on the same day.\nGiven this knowledge, we surmise that "
        "providing a response to your initial request would not provide the information that you require, as the "
        "response would only generate a list of business names.\n",
        "response",
        "unknown",
        id="a-clarification-email-was-sent-earlier",
    ),
    case(
        # Oriel College's reply: its investment policy stated, its holdings withheld under section 43(2)
        "The response from Northby College is shown below:\n4th March 2005\nIn light of representations from the "
        "Student body, the College now operates a socially responsible investment policy, checking our investments "
        "against standard criteria.\nBeyond that, it is my view that you are not entitled to any information about "
        "the College's investments holdings. I believe that such information is exempt under Section 43 (2) of the "
        "Act on the ground that disclosure would be likely, to prejudice our commercial interests.\nI hope, none the "
        "less that the above provides the main information you require.\n",
        "response",
        "partial",
        id="the-above-provides-the-main-information-beside-an-exemption",
    ),
    case(
        # Supply Chain Coordination Limited's published responses: the reply thanks for "the" enquiry, its answer a file
        "Northby Supply Limited\n\nEnquiry on single use PPE tender\n\nReference: SCCL-FOI-2021-090 Date: 20 December "
        "2021\n\nThank you for the FOI enquiry requesting information on:\n\n  \u2022 suppliers who applied for "
        "inclusion on each framework\n  \u2022 actual spend on this contract\n\nThe request was handled as a request for "
        "information under the Freedom of Information Act 2000. NSL have provided the following response to the above "
        "request, see attached response.\n\nDocuments\n",
        "response",
        "unknown",
        id="thanks-for-the-enquiry-is-the-authoritys-voice",
    ),
    case(
        # Edinburgh Trams Ltd's reply under FOISA, its figures under numbered points
        "Dear Mr Lander,\nThank you for your request for information by e-mail on 4th March 2024.\nI have now processed "
        "and considered your original request under the terms of the Freedom of Information (Scotland) Act 2002 and "
        "can comment as follows.\n1. Northby Trams has a fleet of 27 Trams, with fleet numbers ranging from 251 to "
        "277 as listed out below.\n",
        "response",
        "provided",
        id="can-comment-as-follows-gives",
    ),
    case(
        # Redcar and Cleveland Borough Council's reply, forwarded to a blog: thanks for a clarification received
        "Dear Sir\n\nMany thanks for the clarification you provided.\n\nI have spoken to the Director of People "
        "Services who has informed me that the only information held by the Council is in line with the requirements "
        "of the Multi-Agency Public Protection Arrangements. Unfortunately we are unable to assist you any further with "
        "your enquiries.\n\nKind regards\n\nFOI Officer\n",
        "response",
        "unknown",
        id="thanks-for-a-clarification-received-asks-none",
    ),
    case(
        # The Environment Agency's reply: a clarification with its date is one received, not one asked for
        "Dear Mr Oliva\n\nRE: Request for information under the Freedom of Information Act 2000 (FOIA)\n\nWe refer to "
        "your request for information of 25th June and your clarification of 2nd July. You have asked if the officers "
        "have sought legal advice. To assist we are able to confirm that legal advice has been sought and provided to "
        "officers on the legal effect of the Consent Order.\n",
        "response",
        "unknown",
        id="a-clarification-with-its-date-was-received",
    ),
    case(
        # Cheshire Constabulary's acknowledgement on WhatDoTheyKnow: clarification only if it is needed
        "Dear Requester,\nWe acknowledge receipt of your correspondence received 23/09/2021 which is being dealt with "
        "as a request for information in accordance with the Freedom of Information Act 2000.\nWe are in the process "
        "of dealing with your request and will respond in due course and in any case by 20/10/2021.\nPlease note if "
        "we require further details to identify and locate the requested information we will contact you for "
        "clarification via email. If clarification is required please be aware the 20 working day clock will start "
        "the day the Constabulary receives the necessary clarification.\nRegards\nThe Requests Team\n",
        "acknowledgement",
        "acknowledged",
        id="if-clarification-is-required-asks-none",
    ),
    case(
        # South Wales Police's disclosure log: the requester's note between the questions answers none of them, so
        # the cost refusal below refuses the whole request
        "REQUEST\n1a. A breakdown of the circumstances of these deployments.\n1b. A breakdown of the type of spray "
        'that was deployed.\n*Further clarification: when I refer to "deployment", this includes a taser being drawn '
        "from its holster without being fired\n2a. A breakdown of the reasons for the authorisation.\nRESPONSE\nYour "
        "request for information has now been considered and I am not obliged to supply the information you have "
        "requested.\nIn relation to your request, the following exemption applies:\nSection 12 - Exemption where "
        "cost of compliance exceeds appropriate limit.\n",
        "refusal",
        "refused",
        id="a-requesters-further-clarification-between-the-questions-answers-none",
    ),
    case(
        # Avon and Somerset Police's disclosure log: the request's lines under "Request", above "Response", answer
        # nothing, so the cost refusal below refuses the whole request
        "Police Pursuits\nReference: 507-25\nRequest\nSpecifically, I would like to request the following data:\n1.The "
        "total number of police pursuits recorded each year from 2010 to 2024.\n- Any relevant breakdowns of data such "
        "as:\nPursuits that led to arrests or charges\nPursuits that resulted in injury\nResponse\nNorthby Police holds "
        "information on the subject you have requested. However, we will not be able to answer your request without "
        "exceeding the appropriate limit.\n",
        "refusal",
        "refused",
        id="the-requests-lines-above-the-response-heading-answer-nothing",
    ),
    case(
        # Edinburgh College on WhatDoTheyKnow, the page cut there
        "Dear Edinburgh College,\n\nPlease advise the most pressing needs of the college estate.\n\nYours faithfully,"
        "\n\nJohn Gallacher\n\nEdinburgh College Freedom of Information, Edinburgh College\n\nDear Mr Gallacher\n\n"
        "We are in receipt of your request for information under the Freedom of Information (Scotland)",
        "acknowledgement",
        "acknowledged",
        id="we-are-in-receipt-of-your-request",
    ),
    case(
        # Kendal Town Council on WhatDoTheyKnow: the work is the district council's, and the request is sent there
        "Dear Northby Town Council,\n\n1. Is grounds maintenance undertaken by in-house teams or contracted out?\n\n"
        "Yours faithfully,\n\nSteve Wright\n\nTown Clerk @ Northby Town Council, Northby Town Council\n\nDear Mr "
        "Wright\n\nThank you for your email. Grounds maintenance lies with the District Council rather than "
        "ourselves. NTC does not do any of this work. I suggest you send this email request to Northby DC.\n\nYours "
        "sincerely\n\nLiz Richardson\nTown Clerk\n",
        "response",
        "not_held",
        id="a-request-the-body-suggests-sending-to-another",
    ),
    case(
        # North Cumbria Integrated Care NHS Foundation Trust on WhatDoTheyKnow: the services asked about moved to two
        # other trusts, and the requester is asked to forward the request to them
        "Dear Northby NHS Foundation Trust,\n\n- What is the current waiting time for mental health therapy?\n\n"
        "Yours faithfully,\n\nNaomi Hart\n\nFOI Requests, Northby NHS Foundation Trust\n\nGood afternoon,\n\n"
        "Thank you for your email. Unfortunately, the Trust will be unable to provide a response to this request as "
        "from the 1st October 2019, mental health services in the county have transferred to two large mental health "
        "providers. North services are now provided by Southby Mental Health NHS Foundation Trust (SMH).\nPlease "
        "forward this relevant FOI to\n• Southby Mental Health NHS Foundation Trust - [email address]\n\nKind "
        "regards,\nI\n",
        "response",
        "not_held",
        id="a-request-the-body-asks-to-be-forwarded-to-another",
    ),
    case(
        # Alnwick Town Council on WhatDoTheyKnow: none of the complaints asked about came to it, and the requester is
        # told to take the request to the county council that enforces the law
        "Dear Northby Town Council,\n\nUnder the Freedom of Information Act, please could you provide the number of "
        "noise complaints received.\n\nYours faithfully,\n\nJo Hart\n\nDear Jo\nI can confirm that Northby Town "
        "Council have received no complaints in relation to the categories you have set out. You need to direct your "
        "enquiry to Northby County Council who enforce the Environmental Protection Act and statutory noise "
        "provisions in Northby.\n\nRegards\n\nBill Stone\nTown Clerk\n",
        "response",
        "not_held",
        id="a-request-the-body-says-to-direct-to-another",
    ),
    case(
        # The Independent Police Complaints Commission on WhatDoTheyKnow: a signed letter confirming receipt and saying
        # the reply will be late, nothing answered
        "Dear Northby Commission,\n\nPlease provide the number of reports made via this line.\n\nyours faithfully\n\n"
        "P Swift\n\nOur Ref : 1002106\n\n15th April 2010\n\nDear Mr Swift ,\n\nRe: Your request\n\nThank you for "
        "your email dated 29th March 2010, which you make a request for\ninformation which I now confirm receipt of."
        "\n\nI would like to inform you that there will be a delay in responding to\nyour request.\nThe reason for "
        "this delay is because the Commission has over recent months seen an increase\nin the number of information "
        "requests it receives.\n\nI would like to assure you that your request is being processed and once a "
        "decision\nhas been finalised you will be contacted.\n\nYours sincerely\n\nAthena Cass\nFreedom of "
        "Information Team\n",
        "acknowledgement",
        "acknowledged",
        id="a-letter-confirming-receipt-and-a-delay",
    ),
    case(
        # Mill Hill County High School on WhatDoTheyKnow: the request signed off "Best,", the reply's greeting run on
        # into its first words, the answers by number below
        "Schools RAAC Pt3 (Academies)\n\nThe request was successful.\n\nHello,\n\nI hope whoever is reading this is well. "
        "This is a request under the Freedom of Information Act.\n\n1) Was your school built between the "
        "1960s and 1980s?\n\n2) Is there any RAAC in any part of the school premises?\n\nBest,\n\nYohannes\n\nM "
        "Raskovic, Northby County High School, London\n\nHi Yohannes, please see our answers below.\n1) YES\n2) NONE\n"
        "Thanks\nMaja\n",
        "response",
        "provided",
        id="a-reply-greeting-run-on-into-its-first-words",
    ),
    case(
        # Hillcrest School and Sixth Form Centre on WhatDoTheyKnow: the reply sent as a secure message, only the notice
        # that it was sent in the text
        "Dear Northby School,\n\n1) Who supplies your uniform?\n2) What is the contract's value?\n\nLook forward to "
        "hearing from you,\nMaggie Hart\n\nEnquiry, Northby School and Sixth Form Centre, Birmingham\n\n1 Attachment"
        "\n\nEnquiry ([email address]) has sent you a protected message.\n\n[2]Read the message\n",
        "other",
        "unknown",
        id="a-reply-sent-as-a-secure-message-only-its-notice-shown",
    ),
    case(
        # Bedfordshire Fire and Rescue Service on WhatDoTheyKnow: its acknowledgement, then its reply, which begins to
        # answer and is cut before it says how the request ended
        "Dear Northby Fire and Rescue Service,\n\n1. Please state which workstreams your FRS has trialled.\n\nYours "
        "faithfully,\n\nJoe Hart\n\nJane Watts, Northby Fire and Rescue Service\n\nDear Mr Hart\n\nThank you for your "
        "enquiry. Please accept this email as acknowledgement of receipt of your request. A response will be sent in "
        "due course.\n\nKind regards\n\nFreedom of Information Team\n\nJane Watts, Northby Fire and Rescue Service\n\n"
        "Dear Mr Hart\n\nNorthby Fire and Rescue Service has adopted a number of new work streams over the years that "
        "may pertain to the 1 - 5 list of work streams, however there has been only one official trial and that "
        "relates to Emergency Medical Response, therefore in response to the specific questions, pl",
        "response",
        "unknown",
        id="a-reply-begun-after-the-acknowledgement-cut-before-it-ends",
    ),
    case(
        # The Electoral Commission on WhatDoTheyKnow: a second letter opening as its acknowledgement did, cut before it
        # says anything else
        "Dear Northby Commission,\n\nPlease can you provide me with a copy of the Commission's final findings.\n\nYours "
        "faithfully,\n\nRebecca Hart\n\nDear Rebecca Hart,\n\nThank you for your request under the Freedom of "
        "Information Act dated 30 May 2011, and my apologies for not acknowledging your request before now.\n\nThe "
        "Commission aims to respond to requests for information promptly and within the statutory timeframe of twenty "
        "working days.\n\nYou may expect to receive a reply sent from the Commission by 28 June 2011.\n\nYours sincerely,\n\nStephanie Payne\n\nStephanie "
        "Payne, Electoral Commission\n\nOur ref: FOI 35/11\n\nDear Rebecca Hart,\n\nThank you for your request under "
        "the Freedom of Information Act 2000 dated 30 May 2011 and received by the Electoral Commission on 31 May "
        "2011.\n\nThe Commission aims to respond to requests f",
        "acknowledgement",
        "acknowledged",
        id="a-second-letter-opening-with-thanks-cut-before-it-says-more",
    ),
    case(
        # Warwickshire College Group on WhatDoTheyKnow: the figures asked for are in its accounts, found through its
        # publication scheme (the page cut after the pointer)
        "Dear Northby College Group,\n\nPlease can you provide me with your total agency spend so far in the "
        "2018/2019 academic year.\n\nYours faithfully,\n\nLauren Hart\n\nDear Ms Hart\n\nThe Northby College "
        "Group (NCG) publishes its costs information in\nrelation to staffing within it's statutory accounts. The "
        "accounts can be found via NCG's Publication Scheme on the following link:\n\nYou will find the information "
        "on page 40 of the accounts under Note 8 -\nContracted out staffing services.\n\nThe\n",
        "response",
        "published",
        id="pointed-to-accounts-found-through-the-publication-scheme",
    ),
    case(
        # the Independent Parliamentary Standards Authority's log: the whole request refused on cost, then where
        # related material is published pointed to, as help
        "All correspondence from MPs to Northby Authority, from May 7, 2010.\n\nThe information you have requested "
        "cannot be easily retrieved. We estimate that it would take us 1,156 hours of staff time to identify and locate "
        "the information you request, which takes us substantially over the appropriate cost limit of £450. "
        "Consequently, the Authority is not obliged to respond to your request (see section 12(1), FOIA).\n\nWe "
        "publish responses to consultations undertaken by the Authority on our website. You can find the published "
        "information at www.northby.org.uk/consultations.\n",
        "refusal",
        "refused",
        id="a-whole-request-refused-on-cost-beside-a-pointer-to-related-publications",
    ),
    case(
        # Sedgemoor District Council on WhatDoTheyKnow: an acknowledgement wrapped at 74 columns under a request typed
        # a paragraph to a line, too few lines for clean to re-flow; its cues run over the wrapped lines.
        "Dear Northby District Council,\n\nPlease could you:\n\n1. Provide any correspondence relating to a proposed "
        "sale of any part of the Apex Leisure Park, Highbridge, during the 2014/15 and 2015/16 municipal years.\n\n"
        "Yours faithfully,\n\nMike Newman\n\nResponse Team, Northby District Council\n\nDear Mr Newman\n\n"
        "Freedom of Information Request\n\nThank you for your request for information about Apex Leisure Park. Your\n"
        "request was received on 29th March 2015 and I am dealing with it under\nthe terms of the Freedom of "
        "Information Act 2000.\n\nIn some circumstances a fee may be payable and if that is the case, I will\nlet "
        "you know.\n\nYours sincerely\n\nAmanda Gibbs,\nFreedom of Information Officer\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-wrapped-in-too-few-lines-to-reflow",
    ),
    case(
        # Worcester City Council on WhatDoTheyKnow: the reply sent as a file, then a holding message to the
        # requester's follow-up; the reply is the thread's most substantive message.
        "Dear Northby City Council,\n\n1 The ownership structure of the land\n\nYours faithfully,\n\nB Welsh\n\n"
        "Dear Mr Welsh,\n\nPlease find the response to your Freedom of Information request.\n\nKind Regards\n\nFiona\n\n"
        "Dear Fiona,\n\nThank you for your reply. However I restate my original request below.\n\nYours faithfully,\n\n"
        "B Welsh\n\nDear Mr Welsh,\n\nThank you for your reply.\n\nYour request is being reviewed and we will respond "
        "as soon as possible.\n\nKind Regards\n\nFiona\n",
        "response",
        "unknown",
        id="a-reply-sent-then-a-holding-message",
    ),
    case(
        # The Glasgow School of Art on WhatDoTheyKnow: an acknowledgement, then the reply sent as a file
        "Dear The Northby School of Art,\n\n- Number of applications to undergraduate courses.\n- Number of offers "
        "made.\n\nYours faithfully,\nJames W\n\nFoicoor, The Northby School of Art\n\nThank you for contacting "
        "the Freedom of Information team at Northby School of Art. Please accept this email as confirmation that "
        "your enquiry has been received. We will aim to respond to you within 3 working days.\n\nFoicoor, The "
        "Northby School of Art\n\nDear James W\n\nRef: FOI/23/24/5\n\nThank you for your Freedom of Information "
        "request, which was received by Northby School of Art on 11 October 2023.\n\nWe will respond to your "
        "request as soon as possible, and no later than 7 November 2023, pending any clarification we may need "
        "to seek from you.\n\nKind Regards\n\nAcademic Quality Office\n\nFoicoor, The Northby School of Art\n\nDear "
        "James W\n\nRef: FOI/23/24/5\n\nThank you for your Freedom of Information request, which was received "
        "by Northby School of Art on 11 October 2023.\n\nThe response attached was received from the Academic "
        "Registrar.\n\nThis concludes our response to your Freedom of Information request.\n",
        "response",
        "unknown",
        id="an-acknowledgement-then-the-reply-sent-as-a-file",
    ),
    case(
        # Trowbridge Town Council's page: its log's rows end in what was done
        "Northby Town Council\nFreedom of Information Requests\nDate Requested: 28/09/2022 | Information Requested: "
        "complete copy of an email sent to a councillor on 28th September 2022 | Information Disclosed\n"
        "Date Requested: 30/09/2022 | Emails between Councillor Palmen and the Doric Park Working Group\n",
        "response",
        "provided",
        id="a-log-row-ending-information-disclosed",
    ),
    case(
        # A council on WhatDoTheyKnow: its holding message, then the reply restating the request's bullets with
        # each answer under its own
        "Dear Sir/Madam,\nUnder the Freedom of Information Act, I would like to request the following information:\n- "
        "The total number of complaints about noise made during the 2021 calendar year\n- The reason for each of the "
        "above complaints\nYours faithfully,\nJamie Dixon\nRe: Your request for information concerning:\nNoise "
        "Complaints\nThe Council aims to provide available information promptly and in any\nevent within 20 working "
        "days.\nI will contact you again soon in connection with your request.\nDear Jamie Dixon,\nI refer to your "
        "recent request for information under the Freedom of\nInformation Act 2000. I can confirm that the Council "
        "does hold this\ninformation, as detailed below.\n- The total number of complaints about noise made during the"
        "\n2021 calendar year\n1,106.\n",
        "response",
        "provided",
        id="a-holding-message-then-the-information-detailed-below",
    ),
    case(
        # Aberdeenshire Council on WhatDoTheyKnow: its letter confirms the information held and lists it below
        "Dear Northby Council,\n\nPlease provide all notes and minutes of meetings with Northby Football Club since "
        "August 2016.\n\nYours faithfully,\n\nAngus Doe\n\nISFOI, Northby Council\n\nDear Mr Doe\n\nFreedom of "
        "Information (Scotland) Act 2002\n\nWe refer to your request dated 10/10/2016, for information on Northby "
        "Football Club.\n\nWe confirm that the Council holds the information, which we believe\nsatisfies your "
        "request, and which is as below.\n\n29 Aug Meeting with the Council and the club's consultants.\n",
        "response",
        "provided",
        id="holds-the-information-which-is-as-below",
    ),
    case(
        # Greenwood Academy's reply on its uniform contract, each answer under its question: what the supplier does not
        # have is no information the school does not hold
        "Dear Mr Doe\nThank you for your email request for information, which we have answered below.\n1) How many "
        "suppliers do you have a contract with?\nOne, although we allow uniform to be bought from any retailer.\n2) "
        "When was the contract awarded?\nIn 2018.\n3) Is the supplier aware that families can buy elsewhere?\nYes, "
        "the supplier knows that they don't have an exclusive and that families can buy from elsewhere.\n",
        "response",
        "provided",
        id="what-someone-else-does-not-have-is-no-information-not-held",
    ),
    case(
        # NHS England's reply quoted on a blog: what it may hold, then a request to clarify
        "Dear Ms Doe\n\nThank you for your correspondence.\n\nNHS England is not, at this stage, able to proceed with "
        "your enquiry under the FOI Act, as your request is unclear.\n\nNHS England may hold some information in "
        "relation to the issues raised, however, please note that the FOI Act gives you the right to ask for recorded "
        "information.\n\nAs it is currently phrased, your request appears to be seeking opinions. As such, we would "
        "be grateful if you could clarify the following:\n\n 1. Please specify what recorded information you are "
        "requesting from NHS England.\n",
        "clarification",
        "clarification_requested",
        id="may-hold-some-information-then-a-request-to-clarify",
    ),
    case(
        # Bristol City Council's review of a late reply, reproduced on a blog, the statute's time limit quoted in it
        "Dear John Doe\nI am writing with reference to your information request (reference 64545569), which was "
        "received by the council on 28 September 2025.\nOn 14 November 2025 you contacted the council to raise your "
        "concerns, as you had not yet received a substantive response to your request. I have been appointed to "
        "independently review Northby City Council's handling of your request.\nInternal Review\nAs no substantive "
        "response has yet been issued, I am only able to review the council's compliance with the timeliness "
        "requirements. Regulation 5(2) of the Environmental Information Regulations 2004 (EIR) states that a public "
        "authority must reply to a request for information:\nas soon as possible and no later than 20 working days "
        "after the date of receipt of the request.\nI have investigated the cause of the delay.\n",
        "internal_review",
        "unknown",
        id="appointed-to-review-the-handling-of-a-late-reply",
    ),
    case(
        # Manchester City Council's letter: a heading names the refusal, the cost limit in the sentence under it
        "Corporate Services Division\nTown Hall, Northby\n30 October 2015\nDear Mr Doe\nRe: - Request for Information "
        "Food spending COR/A2ZE98\nThank you for your request for information, which was received by Northby City "
        "Council on 2 October 2015 and has been considered under the Freedom of Information Act 2000.\nRefusal - "
        "exceeds cost limit\nIt is estimated that the statutory cost limit of £450 (which is calculated as being "
        "approximately 2.5 days of a council officer's time) will be exceeded if the Council supplied the requested "
        "information to you.\n",
        "refusal",
        "refused",
        id="a-refusal-heading-naming-the-cost-limit",
    ),
    case(
        # Nexus (Tyne and Wear Passenger Transport Executive) on WhatDoTheyKnow, asking which staff the request means
        "Dear Northby Transport Executive,\nPlease provide me with full details of expenses reimbursed, under the "
        "Freedom of Information Act.\nYours faithfully,\nMr Doe\nDear Sir,\nThank you for your e-mails dated 5th July "
        "2010 which have been forwarded to me.\nIn order that I can assist with your request can you confirm exactly "
        "the individuals who you require the information in respect of.\nI look forward to hearing from you.\nColin "
        "Roe\nHead of Legal Services\n",
        "clarification",
        "clarification_requested",
        id="in-order-that-i-can-assist-can-you-confirm",
    ),
    case(
        # Norfolk County Council's acknowledgement on WhatDoTheyKnow: the clock a clarification would restart
        "Dear Norfolk County Council,\n\n1) How many employees are working in the council ?\n\nYours faithfully,\n\n"
        "Jo Doe\n\nInformation Management, Northby County Council\n\nGood Afternoon,\n\nThank you for your request for "
        "information under the Freedom of Information Act 2000 received on 1 August 2018.\n\nLewis Roe will be dealing "
        "with your request.\n\nWe have up to 20 days in which to deal with your request. If we require clarification "
        "regarding your request, we will contact you to explain this. The 20 working day period will then start from "
        "the day that we receive your clarification.\n",
        "acknowledgement",
        "acknowledged",
        id="the-clock-a-clarification-would-restart",
    ),
    case(
        # South Kesteven District Council's reviewer's report, attached on WhatDoTheyKnow, cut before its finding
        'FREEDOM OF INFORMATION ACT 2000\n\nReview of FOI requests re "Costs relating to the resignation of the Chief '
        'Executive"\n\nSummary\n\nThe complainant has requested information in respect of the financial arrangements.'
        "\n\nReviewer's Role\n\nMy role is to review the decision to refuse the supply of information and the processes "
        "followed.\n\nThe Council responded to the applicant on 14th May 2009 explaining that they had applied "
        "exemptions (S.40 of the Act).\n",
        "internal_review",
        "unknown",
        id="a-reviewers-report-cut-before-its-finding",
    ),
    case(
        # North East Ambulance Service's reply letter: its review rights name the review's outcome
        "Our Ref: FOI.23.093\nDear Mr Doe\nThank you for your request for information under the Freedom of "
        "Information Act which was received on 17 February 2023. I can confirm that we hold the information you have "
        "requested. You asked the following questions:\nWhat is the rationale for all patients under 2 requiring "
        "conveyance?\nThe Trust triage all patients, regardless of age, via NHS Pathways.\nPlease find attached copy of the "
        "Conveyance of Children Best Practice guidance for responding Clinicians.\nIf you are not satisfied "
        "with the information we have provided, you can request an internal review within 40 working days.\nIf you "
        "remain unhappy with the outcome of the review, you can ultimately complain to:\nThe Information "
        "Commissioner's Office\n",
        "response",
        "provided",
        id="the-outcome-of-a-review-the-requester-may-ask-for",
    ),
    case(
        # Knowsley Metropolitan Borough Council on WhatDoTheyKnow: the time extended to consider the exemption it names
        "Dear Mr Woods,\nHaving considered what information we hold in relation to your request I am advising that "
        "some/or all of your request may be subject to an exemption.\nS12 cost of compliance exceeds appropriate limit\n"
        "We are allowed additional time in which to consider these exemptions and you will receive a further response "
        "once a decision has been made. You will receive a response by 22 June 2016.\nKind regards,\nFreedom of "
        "Information\n",
        "acknowledgement",
        "acknowledged",
        id="additional-time-allowed-to-consider-the-exemptions",
    ),
    case(
        # Greater Manchester Police on WhatDoTheyKnow: its only message sends a letter extending the time
        "Dear Northby Police,\n\n1. Details of any competitive tendering process.\n\nYours faithfully,\n\nJohn Doe\n\n"
        "Northby Police\n\n1 Attachment\n\nGood afternoon Mr Doe,\n\nPlease find attached FOI request extension "
        "letter.\n\nKind regards,\n\nJo Roe\nInformation Compliance Unit\n",
        "acknowledgement",
        "acknowledged",
        id="an-extension-letter-attached",
    ),
    case(
        # East Renfrewshire Council on WhatDoTheyKnow: guidance on the Act attached to an acknowledgement
        "Date: 25 January 2010\n\nREQUEST FOR INFORMATION\n\nThank you for your FOI request received on 22nd January "
        "2010.\n\nYour request has been passed to the Environment Department who will action it and respond to you "
        "direct.\n\nPlease find attached further details on FoI with a summary of our policy and procedures for your "
        "information.\n",
        "acknowledgement",
        "acknowledged",
        id="guidance-attached-for-your-information",
    ),
    case(
        # Merseyside Police on WhatDoTheyKnow: the letter asking to clarify promises the reply once answered
        "Dear Northby Police,\n\nPlease supply me with all information held regarding the vehicle fire.\n\nYours "
        "faithfully,\n\nJohn Doe\n\nNorthby Police\n\nDear Mr. Doe,\n\nI write in connection with your application "
        "for information.\n\nCould you please provide me with a time scale for the incidents that you are interested "
        "in and clarify what you mean by the phrase, 'other related incidents'.\n\nAfter receiving your reply, your "
        "request will then be considered and you will receive the information requested within the statutory time "
        "scale of 20 working days.\n",
        "clarification",
        "clarification_requested",
        id="a-clarifying-letter-promising-the-reply-once-answered",
    ),
    case(
        # the University of Manchester on WhatDoTheyKnow: the requester gives their name, and the reply is promised
        "Dear University of Northby,\n\nPlease detail a list of postgraduate degrees.\n\nYours faithfully,\n\n"
        "Amber\n\nFOIA, University of Northby\n\nDear Amber,\n\nA request must state the name of the applicant. As "
        "such, please can you provide your full name to validate your request.\n\nKind regards\n\nSharon\n\nDear "
        "FOIA,\nI'm so sorry about my error.\n\nYours sincerely,\n\nAmber White\n\nFOIA, University of Northby\n\n"
        "No problem Amber.\n\nThe University will provide a response within 20 working days.\n\nKind regards\n\n"
        "Sharon\n",
        "clarification",
        "clarification_requested",
        id="a-clarification-asked-then-a-response-promised",
    ),
    case(
        # the Medicines and Healthcare products Regulatory Agency's FOI release
        "Dear Ms Doe,\n\nThank you for your email.\n\nWe are grateful if you could let us know if the enquiry relates "
        "to medicines or devices?\n\nYours sincerely\n\nCustomer Experience Centre\n",
        "clarification",
        "clarification_requested",
        id="grateful-if-you-could-let-us-know-which",
    ),
    case(
        # the London Borough of Hammersmith and Fulham's review letter, cut before its finding
        "London Borough of Northby\nInformation Management Team\n11 January 2019\nDear Mr. Doe\nYour Internal Review "
        "(IR) request under the Freedom of Information Act 2000 (FOIA) - case 1387522\nThank you for your request for "
        "an internal review (IR) received by Northby Council on 06 December 2018 in relation to Beechholme Children's "
        "Home. This internal review relates to your Freedom of Information (FOI) request originally received on 05 "
        "November 2018.\n",
        "internal_review",
        "unknown",
        id="thanks-for-a-review-request-received",
    ),
    case(
        # the Royal Surrey County Hospital's log: one contract's fields given, the other withheld
        "Please would you tell me which providers you use for your hard and soft Facilities Management, and what the "
        "annual contract values are?\n\nSoft facilities management\n\n  • Contract provider - Medirest\n  • Contract "
        "value - approximately £7 million\n\nHard facilities management\n\nThe Trust has recently begun the "
        "procurement process for this contract. We are therefore withholding the information requested around hard "
        "facilities management, under section 43(2) of the Freedom of Information Act (Commercial Interests).\n",
        "response",
        "partial",
        id="a-field-line-of-millions-beside-a-withheld-part",
    ),
    case(
        # WhatDoTheyKnow: the authority's message after the request shows only its files (The Robert Gordon
        # University), as dev's aberdeen-city-001 shows only its footer
        "Dear Northby University,\n\nPlease provide the number of donations you rejected in 2020.\n\nYours faithfully,"
        "\n\nJenna Corderoy\n\nFOI, The Northby University\n\n1 Attachment\n\n  \u2022 Attac\n",
        "other",
        "unknown",
        id="the-authority-s-files-only-after-the-request",
    ),
    case(
        # A request to the Royal Brompton and Harefield NHS Foundation Trust on WhatDoTheyKnow, the page cut in the
        # sender line of the trust's first message: nothing of the trust's yet
        "Dear Northby Hospital NHS Trust,\n\nI request the following information:\n\n1. A copy of the patient "
        "information leaflet.\n\n2. The numbers of procedures carried out in 2018.\n\nYours faithfully,\n\n"
        "Jacob Granier\n\nFOI, Royal ",
        "request_only",
        "none",
        id="the-authority-s-sender-line-cut-after-the-request",
    ),
    case(
        # George Eliot Hospital NHS Trust on WhatDoTheyKnow: a holding email, then files under its letterhead
        "Dear Northby Hospital NHS Trust,\n\nPlease tell me how chaplaincy is funded.\n\nYours faithfully,\n\n"
        "Robert Christian\n\nCook Sam (Communications),\n\nDear Mr Christian\n\nThank you for your Freedom of "
        "Information request dated 14 September\n2010. This has been passed to the relevant person and the Trust will "
        "provide a response by Tuesday 12 October.\n\nRegards\n\nSam Cook\n\nshow quoted sections\n\nCook Sam "
        "(Communications),\n\n5 Attachments\n\nNorthby Hospital NHS Trust\n\nCollege Street\n\nNuneaton CV10 7DJ\n",
        "response",
        "unknown",
        id="a-holding-email-then-files-sent",
    ),
    case(
        # A WhatDoTheyKnow request to the Royal Conservatoire of Scotland, cut before its sign-off: its "I look
        # forward to your response within 20 working days" is the requester's
        "Financial Reports submitted to the SFC\n\nThe request was refused by Royal Conservatoire of Northby.\n\n"
        "Dear Royal Conservatoire of Northby,\n\nTo Whom It May Concern,\n\nI am writing to request information "
        "under the Freedom of Information (Scotland) Act 2002.\nI would be grateful if you could confirm in writing "
        "that you have received this request. I look forward to your response within 20 working days as outlined "
        "by the statute.\n\nInformation Requested:\n\ni.\nAll of the information submitted to the Scottish Funding "
        "Council on 18/01/2021.\n",
        "request_only",
        "none",
        id="a-request-greeting-the-body-then-no-one",
    ),
    case(
        # ... but an acknowledgement sent as a file is one still
        "Dear Mr Jones\n\nThank you for your request for information, which was received on 11 October 2023. We will "
        "respond no later than 7 November 2023.\n\nPlease find attached an acknowledgement of your request, which "
        "was received from the Information Governance team.\n\nKind Regards\n",
        "acknowledgement",
        "acknowledged",
        id="negative-an-acknowledgement-sent-as-a-file",
    ),
    case(
        # The London Borough of Southwark on WhatDoTheyKnow: no valid request without the requester's full name.
        "Dear Northby Council,\n\n1. Number of bus stops closed.\n\nYours faithfully,\n\nMiss A\n\nThank you for your "
        "request for information. For us to process your request, we require your full name.\n\nPlease can you "
        "confirm your full name within 10 working days so we can validate your request.\n\nKind regards,\n\nAccessInfo "
        "Team\n",
        "clarification",
        "clarification_requested",
        id="we-require-your-full-name",
    ),
    case(
        # A disclosure log's request in the requester's words only: their expecting a reply within 20 working days is
        # no acknowledgement (a council's published request).
        "Freedom of Information Request\n\nCouncil's CCTV system\n\nReceived: 21 May 2020\n\n1) The amount spent "
        "by your authority on CCTV cameras.\n\nAlthough I understand that I am entitled to a response within 20 "
        "working days under the Freedom of Information Act, I would genuinely appreciate it if you could confirm this "
        "request as soon as possible.\n",
        "request_only",
        "none",
        id="the-requester-expecting-a-reply-within-20-working-days",
    ),
    case(
        # NICE's acknowledgement restating the request: what it says of exemptions is a condition on what is to come.
        "Dear Mr Brassey\n\nReference No: 31040\n\nThank you for your request for information, received at this "
        "office on 17 March 2010 in which you requested the following information:\n\n1) The total budget.\n2) The "
        "budget for staff costs.\n\nYour request will now be considered and you will receive a response within the "
        "statutory timescale of 20 working days as defined by the Act, subject to the information not being exempt "
        "or containing a reference to a third party.\n",
        "acknowledgement",
        "acknowledged",
        id="subject-to-the-information-not-being-exempt",
    ),
    case(
        # A council's review letter headed "Re: Request for Internal Review", cut before its finding.
        "Mr C Bell\nDate: 27th June 2013\n\nDear Mr Bell\n\nRe: Request for Internal Review \u2013 Request 10647\n\n"
        "Thank you for your email dated 30th May 2013 regarding the response to your recent request to the Council.\n"
        "\nOn 30th May 2013, the council provided a response to the request. In respect of Question 3, the council "
        "issued a Refusal Notice in accordance with Section 17 of the Act, citing the exemption under Section 40(2).\n",
        "internal_review",
        "unknown",
        id="headed-request-for-internal-review",
    ),
    case(
        # Velindre NHS Trust on WhatDoTheyKnow: a holding reply, "currently processing".
        "Dear Mr.Corbett\n\nThank you for your FOI request in relation to Radiotherapy at Velindre.\n\nWe are "
        "currently processing your request and will be contact with you shortly.\n\nMany thanks\n\nJ Heydon\n",
        "acknowledgement",
        "acknowledged",
        id="currently-processing-your-request",
    ),
    case(
        # University College London on WhatDoTheyKnow: the reply says it has compiled the information, the data cut.
        "Dear Toby\n\nThank you for your request dated 13 November 2023.\n\nWe have completed the compilation of "
        "information in response to your request the following information in relation to undergraduate admissions "
        "data for the 2022 UCAS applicati",
        "response",
        "provided",
        id="the-information-compiled",
    ),
    case(
        # National Museums Scotland on WhatDoTheyKnow: the request greets no one and asks after a heading, signed by
        # the name WhatDoTheyKnow says made it; the reply is cut at its heading, so what it did is unknown. The
        # request's courtesy line under its last item is no answer.
        "Maria Jones made this Freedom of Information request to Northby Museums\n\nMaria Jones\n\nDear Sir or "
        "Madam\n\nREPATRIATION OF HUMAN REMAINS\n\nI am carrying out some research into the storage of human "
        "remains. To assist with this could you please let me have the following information.\n\n1. How many "
        "human remains do you have in your collection?\n\n2. How many requests for repatriation did you receive?\n\n"
        "Thanking you in advance for your assistance in this matter.\n\nYours faithfully\n\nMaria Jones\n\n"
        "Northby Museums FOI, Northby Museums\n\n6 December 2018\n\nDear Ms M Jones,\n\nFreedom of Information "
        "(Scotland) Ac",
        "response",
        "unknown",
        id="a-reply-cut-at-its-heading-under-a-request-signed-by-its-maker",
    ),
    case(
        # Northern Lincolnshire and Goole's holding reply: its promise to answer stands in the paragraph that then
        # sends the requester to the Commissioner.
        "Dear Gabrielle\n\nThank you for your Freedom of Information request below.\n\nCould we please ask you to "
        "consider withdrawing your request until a further date to relieve pressure on our staff?\n\nIf you would "
        "still like us to answer then please note your request for information may be delayed. We apologise for any "
        "inconvenience this may cause; we do remain committed to responding to your request and will respond as soon "
        "as we are able. Should our response breach the statutory timeframe you have the right to complain to the "
        "Information Commissioner's Office.\n\nKind regards\n\nFOI Team\n",
        "acknowledgement",
        "acknowledged",
        id="a-promise-to-answer-before-the-paragraph-turns-to-the-commissioner",
    ),
    case(
        # Selby Town Council on WhatDoTheyKnow: a figure in prose, and the breakdown asked for not kept
        "Dear Selby Town Council,\n\nI'm making a request using the Freedom of Information Act.\n\u2022 I would like a "
        "financial breakdown on what the cash is spent on?\n\u2022 I would like to know which buildings have a set "
        "budget for Christmas decoration expenditure?\n\nYour Sincerely,\n\nTracy Gee\n\nDear Tracy\n\nThank you for "
        "your FOI enquiry\n\nThe Town Council's annual Budget for Christmas Lights as a whole has been £30,000 per "
        "annum since 2008/9. This budget is not broken down any further by building or by any other categories.\n\n"
        "Mrs Nina Rowe,\nAssistant Town Clerk\n",
        "response",
        "partial",
        id="a-figure-in-prose-beside-a-breakdown-not-kept",
    ),
    case(
        # The Department for Social Development (Northern Ireland): a cost refusal that prints no section
        "Our reference: DSD 2015-0283\nDear Ms Wright / Date: 03 December 2015\nFreedom of Information Act 2000\n\nI "
        "am writing to you in connection with a request for information received by the Department on 26 November "
        "2015.\n\nI am writing to confirm that the fee charged for finding and retrieving the information you "
        "requested is calculated as £57,500 and is above the statutory limit of £ 600.\n\nBecause the statutory limit "
        "is exceeded the Department does not have to comply with your request.\n",
        "refusal",
        "refused",
        id="the-department-does-not-have-to-comply-with-your-request",
    ),
    case(
        # NHS Nottingham and Nottinghamshire ICB's log: the outcome a field of the entry, the reply a linked file
        "Date of response: 8 July 2020\n\nOutcome: Information disclosed\n\nCategory: Mental Health Commissioning\n\n"
        "Request in respect of S117 Aftercare and the process for agreeing funding of associated costs between your "
        "CCG and the relevant Local Authority.\n\nICB Response\n\nNottingham And Nottinghamshire 3013 V1\n\npdf "
        "(120K)\n",
        "response",
        "provided",
        id="a-logs-outcome-field-information-disclosed",
    ),
    case(
        "Date of response: 8 July 2020\n\nOutcome: Partially disclosed\n\nCategory: Finance\n\nRequest for the "
        "contracts held with each supplier of agency staff.\n\nICB Response\n\nResponse 3014\n\npdf (120K)\n",
        "response",
        "partial",
        id="a-logs-outcome-field-partially-disclosed",
    ),
    case(
        "Date of response: 8 July 2020\n\nOutcome: Information not held\n\nCategory: Finance\n\nRequest for the "
        "contracts held with each supplier of agency staff.\n\nICB Response\n\nResponse 3015\n\npdf (120K)\n",
        "response",
        "not_held",
        id="a-logs-outcome-field-not-held",
    ),
    case(
        # The Natural Environment Research Council on WhatDoTheyKnow
        "Dear Natural Environment Research Council,\n\nI would like copies of the criteria for each funding "
        "programme.\n\nKind regards\n\nAndrew Montford\n\nDear Mr Montford\n\nOn behalf of NERC I am "
        "acknowledging your request for information dated 10/12/09.\n\nColin Pelton\nFOI Office\n",
        "acknowledgement",
        "acknowledged",
        id="i-am-acknowledging-your-request",
    ),
    case(
        # Shepway District Council on WhatDoTheyKnow: "within the requisite 20 working days"
        "Dear Shepway District Council,\nPlease provide by email copies of the following information, namely:\nAll "
        "Papers and Reports provided to the Working Group\nAgendas\nMinutes of meetings\n\nYours faithfully,\n\nDr G "
        "J Burrell\n\nDear Dr Burrell,\n\nThank you for your request dated 8 February 2017.\n\nWe will endeavour to "
        "supply the information you have requested within the\nrequisite 20 working days. If we think that it will "
        "take longer, we will\ncontact you.\n\nKind regards,\n\nRachel Neville\n",
        "acknowledgement",
        "acknowledged",
        id="within-the-requisite-20-working-days",
    ),
    case(
        # Sellafield Ltd on WhatDoTheyKnow, the page cut inside the acknowledgement
        "Dear Sellafield Limited,\nPlease provide the following information: -\n1. The total amount you have spent "
        "with DLA Piper.\n2. The total amount spent on Counsel's fees.\nRegards\nAlison McDermott\nCase ref: "
        "2023-0238\nDear Ms McDermott,\nI can confirm your request (Case ref: 2023-0238) for information regarding "
        "legal costs, has been received and will be dealt ",
        "acknowledgement",
        "acknowledged",
        id="has-been-received-and-will-be-dealt-with",
    ),
    case(
        # Maidstone Borough Council's acknowledgement on WhatDoTheyKnow: an email's paragraph, wrapped at 72 columns
        # under its reference line, that cleaning joins into one line ending at the Commissioner.
        "Dear Maidstone Borough Council,\n\nPlease send me the following:\n\n1. All plans for site 226.\n\n"
        "Yours faithfully,\n\nDavid Windham\n\nComplaints & FOI (MBC), Northby Borough Council\n\nDate: 05/11/19\n"
        "Dear David Windham\nRef: EIR/935\nThank you for your request for environmental information. We will have a\n"
        "response ready for you within 20 working days of the date you made your\nAfter considering your request, we "
        "may decide to refuse to supply the\ninformation under a number of exemptions that exist in legislation. For\n"
        "details of these exemptions, please visit the Information Commissioner's\nIf you have any queries about this "
        "letter, please contact me.  Please\nremember to quote the reference above in any future communications.\n"
        "Yours sincerely\nFOI Team\n",
        "acknowledgement",
        "acknowledged",
        id="a-promise-to-answer-in-a-rewrapped-line-that-ends-at-the-commissioner",
    ),
    case(
        # A WhatDoTheyKnow batch request to Homerton University Hospital NHS Foundation Trust, the page cut inside the
        # request: its greeting to no one, and its words about what the Trust must publish, are the requester's
        "Trust losses and special payments: FOIA\n\nLucas87 made this Freedom of Information request to Northby "
        "Hospital NHS Foundation Trust as part of a batch sent to 232 authorities\n\nThe request was partially "
        "successful.\n\nDear Sir or Madam,\n\nThis is a FOIA request. The Trust is required to provide information on "
        "losses and special payments in its annual report. I am writing to request additional, more detailed "
        "information.\n\n1. Losses and special payments\n\nPlease provide a copy of your losses and special payments "
        "register for the year 2016-17.\n\n2. Bad debts\n\na) Please state how much bad debt was written off in the "
        "year 2016-17.\n",
        "request_only",
        "none",
        id="a-whatdotheyknow-request-greeting-no-one-cut-before-its-sign-off",
    ),
    case(
        # A WhatDoTheyKnow batch request to Flintshire County Council, its banner naming the Act in Welsh
        "Impact of Covid-19 on FOI responsiveness E&W\n\nDr Karen Mc Cullagh made this Rhyddid Gwybodaeth request to "
        "Northby County Council as part of a batch sent to 156 authorities\n\nRoedd y cais yn llwyddiannus.\n\nDr Karen "
        "Mc Cullagh\n\nDear Sir/Madam,\n\n1. For the period 16th March - 17th July 2020, provide precise data if "
        "available, for these questions:\n(a) how many responses to FOI requests were issued within 20 working days of "
        "receipt by your organisation?\n(b) how many responses to FOI review requests were issued within 20 working "
        "days of receipt of the request for an internal review?\n",
        "request_only",
        "none",
        id="a-whatdotheyknow-request-under-its-welsh-banner",
    ),
    case(
        # North West Leicestershire District Council on WhatDoTheyKnow: the answer points to its website
        "Dear Northby District Council,\n\nPlease provide me with the amount spent by the council on translation "
        "services.\n\nYours faithfully,\n\nA Requester\n\nFOI, Northby District Council\n\nDear A Requester,\n\nOur "
        "response:\nInformation relating to interpretation and translation services can be found on our website: "
        "Interpretation and translation - Northby District\n",
        "response",
        "published",
        id="information-can-be-found-on-our-website",
    ),
    case(
        # Keele University on WhatDoTheyKnow: a document beside the answer, not the information asked for
        "Dear Northby University,\n\nPlease send me the minutes of the department's meetings in 1979.\n\nYours "
        "faithfully,\n\nJohn Robertson\n\nFreedom of Information Request, Northby University\n\nDear John\n\nI am "
        "writing to confirm that, in accordance with our Records Retention Schedule, the University does not hold the "
        "information requested relating to the specified time period. A copy of the current schedule can be found on "
        "the University website at the following link.\n\nYours sincerely\n",
        "response",
        "not_held",
        id="a-document-beside-a-not-held-answer-found-on-the-website",
    ),
    case(
        # West Lancashire District Council on WhatDoTheyKnow (2008): numbered answers to a request lettered a) to c)
        "Dear Sir or Madam,\n\nI would like to know,\n\na) how many findings of maladministration the ombudsman has "
        "made against your council.\n\nb) how many your council has refused to accept.\n\nYours faithfully,\n\nA Johnson "
        "(Mrs)\n\nMartin, Gary,\n\nDear Mrs Johnson\nI refer to your request for information, dated 25 August 2008, and "
        "can\nrespond as follows:\n\n1 Northby District Council has had one finding of\nmaladministration against it in "
        "the last 10 years;\n2. the Council has not refused to accept any findings.\n\nGary Martin\nMember Services "
        "Manager\n",
        "response",
        "provided",
        id="and-can-respond-as-follows",
    ),
    case(
        # Breckland District Council on WhatDoTheyKnow, its attachments listed above the letter
        "Dear Northby District Council,\n\nPlease tell me how often the verges are cut.\n\nYours faithfully,\n\nRobert "
        "Whittaker\n\nFeedback-Data, Northby District Council\n\n7 Attachments\n\nDear Mr Whittaker,\n\nWe are writing "
        "in respect of your enquiry for information held by the\nAuthority under the provisions of the Freedom of "
        "Information Act.  Please\nfind the information you requested attached.\n\nIf you are not satisfied with the "
        "way the authority has handled your\nrequest, you may ask for an internal review.\n\nYours sincerely\n\nFOI "
        "Team\n",
        "response",
        "provided",
        id="please-find-the-information-you-requested-attached",
    ),
    case(
        # Dacorum Borough Council's automatic reply on WhatDoTheyKnow
        "John Smith made this Freedom of Information request to Northby Borough Council\n\nDear Northby Borough Council,"
        "\n\nPlease provide the report on the Leisure Review.\n\nYours faithfully,\n\nMatt Bullard\n\nFreedom Of "
        "Information Mailbox, Northby Borough Council\n\nDear John,\nThank you for your request.\nPlease note the Ref "
        "No/Target Date above - your request has been routed to the relevant department for consideration.\n"
        "'Automatically Generated e-mail.'\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-routed-to-the-relevant-department-by-an-automatic-reply",
    ),
    case(
        # South Central Ambulance Service NHS Foundation Trust's automatic reply on WhatDoTheyKnow, cut in its notes
        WDTK_REQUEST + "\n\nFOI, Northby Ambulance Service NHS Foundation Trust\n\nThis is an automatic reply.\n\n"
        "Thank you for your email, please note the FOI allows us 20 working days to answer your request.\n\nWe would "
        "prefer you do not send excel spreadsheets with your FOI request.\n",
        "acknowledgement",
        "acknowledged",
        id="an-automatic-reply-that-the-act-allows-twenty-working-days",
    ),
    case(
        # Luton & Dunstable Hospital FT on WhatDoTheyKnow: a reply saying how the request will be processed, cut there
        WDTK_REQUEST + "\n\nFOILeads (RC9) Northby Hospital FT,\n\nDear Ben\n\nThank you for your request for "
        "information which will be processed under the provisions of the Freedom of Information Act 2000. We will aim "
        "to provide you with the requested information wit",
        "acknowledgement",
        "acknowledged",
        id="a-request-which-will-be-processed-under-the-act",
    ),
    case(
        # The Department for Constitutional Affairs' reply on a database's contracts, the page cut in the exemption's
        # public interest test
        "Re: Request for Information under the Freedom of Information Act 2000\n\n1. Contracts and associated "
        "information between the DCA and Northby Ltd.\n\n   In each case, the documents comprising the contract are "
        "set out in the letter of acceptance. I am disclosing to you copies of those letters and of each document "
        "referred to in them (see list in covering e-mail), with two exceptions:\n\n   i)  The terms and conditions; "
        "and\n\n   ii)  the correspondence of 3rd September 2004, which concerns sensitive pricing information. This "
        "information falls within the exemption at section 43(2) (commercial interests) of the FOI Act and is being "
        "withheld.\n",
        "response",
        "partial",
        id="disclosing-copies-with-two-exceptions",
    ),
    case(
        # Devon and Somerset Fire and Rescue Service on WhatDoTheyKnow, the page cut below its decision
        "Dear A.C. Morris,\n\nFREEDOM OF INFORMATION ACT 2000\n\nI write in response to your request for information, "
        "received and acknowledged on 4 December 2017.\n\nDecision\n\nSome of the information you have requested is "
        "held by the Devon & Somerset Fire & Rescue Service (DSFRS).\n\nPlease find below the detail of the informat",
        "response",
        "partial",
        id="some-of-the-information-you-have-requested-is-held",
    ),
    case(
        # Southend-on-Sea Borough Council: the data asked for has been published since the last request.
        "Our ref: FOI 07211\nDate: 15th June 2018\nDear Mr Chait,\nI am writing regarding your recent request for "
        "information. In that request you asked us to provide the following information:-\nA complete list of all "
        "business property rates data.\n\nSince 1st May 2018 this information has been published on this Council's "
        "website, and is updated on a monthly basis.\n",
        "response",
        "published",
        id="has-been-published-on-the-website",
    ),
    case(
        # The University of St Andrews: an appendix attached, small figures withheld from it.
        "Our Ref: 455-23\nI refer to your enquiry received on 10 October 2023.\nPlease find attached Appendix A "
        "which provides the number of applications, offers and acceptances.\nPersonal Information\nWhere the number "
        "of acceptances being reported on is small, the exact figure is withheld along with corresponding "
        "applications/ offers data and instead presented in the form of less than 5.\n",
        "response",
        "partial",
        id="the-exact-figure-is-withheld",
    ),
    case(
        # The University of St Andrews: not held; what "Advice and Assistance" points to is related information.
        "Dear Ms Thomson,\nOur Ref: 228-19\nI refer to your enquiry dated 3 June 2019 asking to be supplied with the "
        "amount received in tuition fees in each of the last six years for:\n1. Scottish domiciled students\n2. EU "
        "students\nThe information requested is not recorded in such a way that enables the University to answer your "
        "enquiry. Section 17 of the FOISA requires that a Scottish public authority confirms in writing where "
        "information requested of it is not held and notice is therefore given to this effect.\nAdvice and "
        "Assistance\nFor your information, details of tuition fees are published as part of the University's "
        "Financial Statements each year. Our Financial Statements can be found on our website at: "
        "www.st-andrews.ac.uk\n",
        "response",
        "not_held",
        id="advice-and-assistance-beside-a-not-held-notice-gives-nothing",
    ),
    case(
        # The Scottish Police Authority: not held, and a cost refusal; pointing to where to ask Police Scotland gives
        # nothing.
        "Issued 19 June 2023, this FOI response advises that part of the request exceeds the cost of compliance.\n\n"
        "The Authority does not hold the information you have requested and this represents a notice in terms of "
        "Section 17 of the Freedom of Information (Scotland) Act 2002 - Information not held.\n\nInformation may be "
        "available by contacting Police Scotland. Detail on how to make a request is available at -\n\nFreedom of "
        "Information - Police Scotland\n\nWe estimate that it would cost in excess of this amount to process your "
        "request. Therefore, this represents a refusal notice in terms of Section 12 of the Freedom of Information "
        "(Scotland) Act 2002 - Excessive Cost of Compliance.\n",
        "refusal",
        "refused",
        id="where-to-make-a-request-elsewhere-is-not-published-information",
    ),
    case(
        # A Chelsea and Westminster Hospital reply restating the request, cut before its answers.
        "369 Fulham Road\nLondon\nSW10 9NH\n20 August 2013\nOur Ref: FOI 2013/250\nYou requested the following "
        "information:\n1.\nWhat is the annual total catering budget for patient food in your Trust (in £s)?\n2.\n"
        "How much does your Trust spend on ingredients for each patient per day.\n",
        "response",
        "unknown",
        id="reply-restating-the-request-cut-before-its-answers",
    ),
    case(
        # NatureScot: an exception applied to the request as a whole, nothing released.
        "Date: 12 December 2024\nOur ref: SIR177907\nYour Request\nThe maps submitted as part of the licensing "
        "scheme.\nOur Response\nWe have identified 392 records that fall within the scope of your request. We "
        "cannot divert such a significant amount of our staff time to assessing this volume of information. I "
        "therefore need to advise you that we are applying EIRs Regulation 10(4)(b) to your request on this "
        "occasion.\n",
        "refusal",
        "refused",
        id="exception-applied-to-the-request-as-a-whole",
    ),
    case(
        # The Animal and Plant Health Agency on WhatDoTheyKnow: its acknowledgement, then a time extension for a
        # public interest test, the extension's sentence long between its words
        "Dear Liz Ekrem,\nThank you for your request for information which we received on 10 May, about Brucella "
        "Canis information.\nWe are writing to advise you that the time limit for responding to your\nrequest for "
        "information under the FOIA needs to be extended.\nIn this case, we regret that we must extend the time\n",
        "acknowledgement",
        "acknowledged",
        id="a-time-extension-worded-at-length",
    ),
    case(
        # Natural England: a heading naming a partial release, some information given and the rest not held
        "8th March 2012\nOur ref: RFI 1416\nDear J A Giggins\nAccess to Information request \u2013 Partial Release \u2013 "
        "Request No. RFI 1416\nYour request has been considered under the Environmental Information Regulations "
        "2004.\nThe target response date for general correspondence is 10 working days from the day of receipt.\n"
        "Regarding your request for information on actual response time, I have established that the information you "
        "requested is not held. We are therefore applying exception 12(4)(a) under the Environmental Information "
        "Regulations 2004.\n",
        "response",
        "partial",
        id="a-partial-release-with-the-rest-not-held",
    ),
    case(
        # Edinburgh Leisure on WhatDoTheyKnow: the request alone, its greeting to a leisure trust by name
        "Dear Northby Leisure,\n\nPursuant to the Freedom of Information (Scotland) Act 2002, I am submitting a "
        "request for information about the selection of the technology provider for your website.\n\nTender "
        "Submissions: A summary list of the companies who submitted tenders.\n",
        "request_only",
        "none",
        id="a-request-greeting-a-leisure-trust",
    ),
    case(
        # Swindon Borough Council on WhatDoTheyKnow: customer services pass the request on, nothing else yet
        "Dear Northby Borough Council,\n\n1. Please provide the name of your Education Management Information "
        "System.\n\n2. How many modules of the MIS do you currently have?\n\nYours faithfully,\n\nTaylor Smith\n\n"
        "Customer Services, Northby Borough Council\n\nThank you for your email which has been forwarded to the FOI "
        "office for response.\n\nKind regards\n\nCustomer Services\nNorthby Borough Council\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-forwarded-to-the-foi-office",
    ),
    case(
        # A WhatDoTheyKnow request to Christchurch Borough Council, the automatic reply cut after its opening
        "Dear Christchurch Borough Council,\nPlease could you tell me:\n1. How many council tenancies have been ended "
        "by eviction since April 2013?\n2. How many of these households were affected by the Benefit Cap?\nYours "
        "faithfully,\nSophie Carr\nThank you for contacting Christchurch & East Dorset Councils.\nPlease accept this",
        "acknowledgement",
        "acknowledged",
        id="an-automatic-reply-thanking-for-contacting-cut-short",
    ),
    case(
        # NHS Borders' log: its one question unnumbered, the answer a table under "Response"
        "Environmental Information Regulations Request 127-20\n\nRequest\n\nUnder FOI legislation can I please "
        "request the following:\n\nThe EPC rating of buildings within the health boards' estate?\n\nResponse\n\nThe "
        "table below lists the current EPC ratings of all premises within NHS Borders: Site Name Current EPC Rating "
        "Borders General Hospital G Crumhaugh E+ Galavale House F\n\nIf you are not satisfied with the way your "
        "request has been handled you may ask NHS Borders to review its actions.\n",
        "response",
        "provided",
        id="the-table-below-lists-the-answer",
    ),
    case(
        # Worcestershire Primary Care Trust on WhatDoTheyKnow: the request sent on to the bodies that hold it
        "Dear Mr Cousins\n\nThank you for your request for information under the Freedom of Information Act. We would "
        "advise you that NHS Northby is a commissioning-only organisation and does not manage any hospitals. We would "
        "suggest that you contact the following organisations who may hold this information.\n\nNorthby Acute "
        "Hospitals NHS Trust who can be contacted via: [email address].\n\nFreedom of Information Team\nNHS Northby\n",
        "response",
        "not_held",
        id="sent-on-to-the-bodies-who-may-hold-it",
    ),
    case(
        # The Rural Payments Agency: one part answered, one not held, the last needing clarification
        "20 July 2017\nRef: RFI 4563\n\nDear Cesar Basanta\n\nThank you for your request for information dated 18 "
        "July 2017.\n\nThe RPA can confirm that the County Parish Holding (CPH) number is 45/084/0082; it was closed "
        "in 1998. We do not hold any further information about when the CPH number was last used.\n\nWe will not be "
        "able to answer your last question without further clarification.\n",
        "response",
        "partial",
        id="one-part-answered-one-not-held-and-the-last-to-clarify",
    ),
    case(
        "Dear Mr Smith\n\nThank you for your request. We do not hold a list of contractors.\n\nWe will not be able to "
        "answer your other questions without further clarification of the period you mean.\n",
        "clarification",
        "clarification_requested",
        id="one-part-not-held-and-the-rest-to-clarify",
    ),
    case(
        # The Agri-Food and Biosciences Institute's information line under a WhatDoTheyKnow request
        "To Whom It May Concern,\nI write in accordance with the Freedom of Information Act 2000 to request the "
        "disclosure of data held which concerns the use of animals in research.\nThe information I wish to request is "
        "as follows:\n1) How many animals were used in research in 2011?\n2) How many animals were bred for research "
        "purposes in 2011?\nKind Regards,\nLuke Steele\nLuke,\nThank you for "
        "your enquiry received by the Information Line for AFBI Northern Ireland.\nI have passed your enquiry to the "
        "relevant department and they will respond to you in due course\nKindest Regards,\nCarolyn Wilson\n",
        "acknowledgement",
        "acknowledged",
        id="an-enquiry-passed-to-the-relevant-department",
    ),
    case(
        # The National Policing Improvement Agency: what it can disclose in the letter, one part not held
        "Dear Mr Back-Brown\n\nI can confirm that the NPIA holds the information you have requested and the "
        "information that can be disclosed is included in this letter, at Appendix A.\n\nThe NPIA does not hold "
        "information with regards to how the Framework agreements are utilised locally by Forces.\n",
        "response",
        "partial",
        id="the-information-included-in-this-letter-and-a-part-not-held",
    ),
    case(
        # JFS, a school, on WhatDoTheyKnow: a refusal in its own words, no section named
        "Dear Mr Schmidtson\n\nThank you for your Freedom of Information request below. We have approached the "
        "individuals concerned and they have declined to consent to the release of this information.\n\nSo, for the "
        "reasons given we cannot provide the information you are seeking in the format that you seek it.\n",
        "refusal",
        "refused",
        id="a-refusal-in-the-replys-own-words-no-section-named",
    ),
    case(
        # the Scottish Legal Complaints Commission's published response: neither confirming nor denying, barred by
        # another Act, no FOISA section named
        "Request\n- How many complaints have been registered against (Named firm)?\n- Were the complaints resolved "
        "at mediation?\nResponse\nThe Commission endeavours to be as helpful as possible, however, we are unable to "
        "confirm or deny whether we have received any other complaints about the solicitor firm you have referred "
        "to.\n",
        "refusal",
        "refused",
        id="neither-confirming-nor-denying-in-the-replys-own-words",
    ),
    case(
        # Avon Fire and Rescue Service's acknowledgement on WhatDoTheyKnow, under the request's numbered list
        "Dear Northby Fire and Rescue,\n\nPlease provide under Freedom of Information:\n\n1. The number of "
        "residential buildings in your area\n\n2. Copies of the notices served\n\nYours faithfully,\n\nA Grant\n\n"
        "Dear Ms Grant\n\nYour request has been assigned reference number 2021T030; please can you quote this in any "
        "contact with us about this matter.\n\nThere may be a delay in collating the information due to the current "
        "situation. We will keep you updated regarding the progress of your request at the earliest opportunity.\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-that-will-keep-the-requester-updated",
    ),
    case(
        # NHS Wiltshire answering again after a complaint: one part's minutes enclosed, another not held as before
        "Dear Mr Jones,\n\nAs a conclusion from this exercise NHS Northby enclose the minutes of the Steering Group "
        "meetings on 18 February 2011 and 9 March 2011 in response to part (c) of your application.\n\nWith regards "
        "to part (b) of your application, as detailed in our response dated 19 October 2011, NHS Northby did not hold "
        "this information.\n",
        "response",
        "partial",
        id="minutes-enclosed-beside-a-part-the-body-did-not-hold",
    ),
    case(
        # Heythrop College on WhatDoTheyKnow: the answer in a sentence, the rest following from it
        "Dear Northby College,\n\n1. Do you employ content filtering software on the PCs in your libraries?\n\n2. "
        "Provide the name and annual cost of the software.\n\nYours faithfully,\nD Payne\n\nDear Mr Payne\n\nMy "
        "apologies for the delay in responding\n\nThe answer to your first question is 'no' and so the answer to the "
        "remaining questions is 'does not apply'.\n",
        "response",
        "provided",
        id="the-answer-to-the-first-question-in-a-sentence",
    ),
    case(
        # National Museums NI's acknowledgement on WhatDoTheyKnow, under the request's unmarked questions
        "Dear Northby Museums,\nIf you could please provide answers to the following.\nHow many artists' works did you "
        "exhibit in 2019?\nHow many in 2020?\nYours faithfully,\nF Marks\nRef: FOI 25/02/22\nDear F Marks\nThank you "
        "for your request for information received by the Museum on 25th February 2022. This request will be dealt "
        "with under the terms of the above Act. Should you have any queries regarding this request please contact me.\n"
        "Kind regards\nP Smith\n",
        "acknowledgement",
        "acknowledged",
        id="this-request-will-be-dealt-with-under-the-act",
    ),
    case(
        # the Judicial Conduct Investigations Office's automatic reply on WhatDoTheyKnow, under a numbered request
        "Dear Northby Office,\n\nI would like to request the following information:\n\n1) the names of all "
        "current Nominated Judges\n\n2) the names of all Investigating Judges\n\nYours faithfully,\n\nJ Roberts\n\n"
        "Thank you for your email. The NCIO aims to provide a response to all correspondence within 15 working days, "
        "where appropriate. In the meantime, information about the NCIO, including\n",
        "acknowledgement",
        "acknowledged",
        id="an-automatic-reply-that-aims-to-provide-a-response-within-days",
    ),
    case(
        # a WhatDoTheyKnow request to the Standards Commission for Scotland, greeting its convener, cut in its list
        "Ruling on councillors\n\nA Hardie made this Freedom of Information request to Northby Standards "
        "Commission\n\nThis request has been closed to new correspondence from the public body. Contact us if you "
        "think it ought be re-opened.\n\nThe request was partially successful.\n\nDear Professor Kevin Dunion,\n\n"
        "I write this letter under the Freedom of Information Act 2000 to request the following information in "
        "relation to the cases LA/Mi/2166 & LA/Mi/2169 on 09/05/2019;\n\n1. The basis on which it is considered "
        "improper for councillors to meet with parties in relation to planning objections.\n\n2. Please provide "
        "information of costs incurred in relation to the aforementioned cases.\n\n3. Please provide information "
        "that clarifies if the Commission were aware that this rela",
        "request_only",
        "none",
        id="a-request-under-the-banner-greeting-a-person-cut-in-its-list",
    ),
    case(
        # The Ministry of Defence's internal review, cut while it quotes the request: no finding yet
        "Dear Mr Burman\n1. I am writing in response to your e-mail dated 25 October 2010 in which you asked for an "
        "internal review of the handling of your request. I have now completed a full independent review of the "
        "handling of your request.\n2. I focussed on section 22, which states that information is exempt "
        "information if it is intended for future publication.\n3. Your initial request was as follows:\n",
        "internal_review",
        "unknown",
        id="a-review-asked-for-and-completed-in-the-letters-words",
    ),
    case(
        # Education Scotland's review release: "my review", and the decision confirmed "with some clarification"
        "Expenditure with Northby UK Limited: FOI review\n\nFOI reference: FOI/17/02001\n\nResponse\n\nFurther to our "
        "email of 10 October 2017, I have now completed my review of our response to your request under the Freedom "
        "of Information (Scotland) Act 2002 (FOISA).\n\nI have concluded that the original decision should be "
        "confirmed, with some clarification.\n",
        "internal_review",
        "unknown",
        id="a-review-completed-in-my-words-confirmed-with-some-clarification",
    ),
    case(
        # The Health and Safety Executive: the time extended to weigh the public interest in the one exemption it names
        "Our ref: 201604222/MLS\n\nDear Sir\n\nFurther to your request for information under the Freedom of "
        "Information Act, which was received on 12th April 2016, I am writing to let you know that the time limit for "
        "response needs to be extended.\n\nThe particular exemption we are considering is Section 30 "
        "(Investigations & proceedings conducted by Public Authorities).\n\nI hope to let you have a response by "
        "30th May.\n",
        "acknowledgement",
        "acknowledged",
        id="a-time-extension-naming-the-exemption-it-weighs",
    ),
    case(
        # The Ministry of Defence: section 26 may apply, so the Act allows more time; the letter is cut there
        "Dear Dr Briant,\nThank you for your correspondence of 3 August 2020.\nI can confirm that information in "
        "scope of your request is held. However, it is considered that some of the information you require may be "
        "exempt from release under section 26 (Defence) of the Act.\nAs such we are required to conduct a public "
        "interest test. When a qualified exemption applies to the information and the public interest test has to "
        "be conducted, the Act allows the time for response to be longer than 20 working days.\n",
        "acknowledgement",
        "acknowledged",
        id="a-time-extension-cut-before-its-date",
    ),
    case(
        # Barnet, Enfield and Haringey Mental Health NHS Trust: the right of access stated above the answers withholds
        # nothing
        "Our Ref: FOI-KL-1286-22.01.18\n6 February 2018\nDear John Simcock\nYou requested the following information:\n"
        "1. Are your doctors still currently using dictation recorders with analogue tapes?\n2. Do you currently use "
        "any digital dictation systems and if so which one(s)?\n3. Do you have any current plans to implement a "
        "digital dictation system?\nWe have dealt with your request under section 1(1) of the Freedom of Information "
        "Act which entitles you to be provided with any information held by a public authority, unless an "
        "appropriate exemption applies.\nPlease find below our response:\n1. Some staff use analogue tapes.\n2. The "
        "Trust uses Big Hand for its digital dictation system across all departments.\n3. As above.\n",
        "response",
        "provided",
        id="the-right-of-access-stated-above-the-answers",
    ),
    case(
        # The Technology Strategy Board on WhatDoTheyKnow: the date of the full response to come
        "Dear Northby Board,\n\nPlease send me the following information:\n\n1) The number of applicants\n\n2) The "
        "list of winners\n\nYours faithfully,\n\nJulian Todd\n\nRavinder Singh (NB),\n\nDear Mr Todd,\n\nThank you "
        "for your request for information under the Freedom of Information Act 2000 (FOIA) which we received today."
        "\n\nThis email is to advise you of the date by which you will receive a full response from us.\n",
        "acknowledgement",
        "acknowledged",
        id="the-date-by-which-a-full-response-will-come",
    ),
    case(
        # The Food and Environment Research Agency on WhatDoTheyKnow: its letter asks in a request's words
        "Dear Northby Agency,\n\nThe information I wish to request is as follows:\n\n1) By species; how many animals "
        "were used and subsequently procured in licensed field trials in 2011?\n\n2) By species; how many animals were "
        "wild-caught in 2011?\n\nKind Regards,\n\nLuke Steele\n\nDear Mr Steele\n\nFurther to your request for "
        "information, I would be grateful if you could clarify the meaning of \u201cprocured\u201d in the question "
        "below.\n\n1) By species; how many a",
        "clarification",
        "clarification_requested",
        id="the-authority-grateful-if-the-requester-could-clarify",
    ),
    case(
        # The Isles of Scilly's reply to a batch request on WhatDoTheyKnow, asking before it goes on
        "Dear Northby Council,\n\n1. How many British Muslim employees have you recruited?\n\n2. What is the average "
        "length of service?\n\nYours faithfully,\n\nJo Bloggs\n\nFOI (Northby), Northby Council\n\nDear requester,\n\n"
        "We have noted your FOI request, but before we take it forward we want to confirm with you that you actually "
        "are aware of what and who we are, and how our data actually might not be of much value to you.\n\nWe are the "
        "smallest unitary authority in England and Wales.\n",
        "clarification",
        "clarification_requested",
        id="asks-before-it-takes-the-request-forward",
    ),
    case(
        # Worcestershire County Council's section 12 refusal: its figure is the estimate's, not an answer
        "Dear Mr Mortimer\n\nYour request for information has now been considered. Unfortunately your request cannot "
        "be met because a legal exemption applies. The legal exemption that applies is Section 12.\n\nSection 12 of the "
        "Act makes provision for public authorities to refuse requests for information where the cost of dealing with "
        "them would exceed the appropriate limit, which for local authorities is set at £450, or 18 hours of staff "
        "time spent.\n\nThe requested "
        "information is not recorded in a reportable format, therefore to comply with your request WCC would need to "
        "check all Children In Need (CIN) case files. In 2012/13 there were 5718 children and young people returned "
        "in the CIN Census which, in this case, would take an estimated 953 hours.\n",
        "refusal",
        "refused",
        id="a-figure-in-the-cost-estimate-is-no-answer",
    ),
    case(
        # The London School of Economics on WhatDoTheyKnow: parts refused, minutes released with redactions
        "Dear Sara,\nWith reference to your request for information under the Freedom of Information Act, I am writing "
        "to inform you that parts of your request has been refused for the following reasons.\nIn this instance, the "
        "following exemptions have been applied to the minutes where required:\n\u2022 Section 40(2). We have used "
        "this exemption because this relates to personal data relating to other individuals.\n",
        "response",
        "partial",
        id="parts-of-the-request-refused",
    ),
    case(
        # Defence Equipment & Support on WhatDoTheyKnow: the figure restates the request's size, above a cost refusal
        "Our Reference: FOI2018/03467\nDear Mr Binge,\nYour emails dated from 7 March to 3 April 2018 are considered "
        "to be a request for information under the Freedom of Information Act (FOIA) 2000. You submitted eight "
        "requests for information on a total of 110 vehicles.\nI can confirm that information in scope of your "
        "request is held. However, is not possible to provide the information requested without exceeding the "
        "appropriate limit for responding to FOI requests.\nSection 12 of the FOIA makes provision for public "
        "authorities to refuse requests for information where the cost of dealing with them would exceed the "
        "appropriate limit, which for central government is set at £600.\n",
        "refusal",
        "refused",
        id="a-figure-restating-the-requests-size-is-no-answer",
    ),
    case(
        # The Driving Standards Agency's FOI release: a count of what it received, then section 12 for the rest
        "FOI release\n\nReasons for refunded or re-scheduled driving tests in the last 12 "
        "months\n\nPublished 19 May 2014\n\nApplies to England, Scotland and Wales\n\nThis is Freedom of "
        "Information request ia0033613\n\nRequest\n\nUnder the Freedom of Information Act I would like to be "
        "provided with detail of cases in the last 12 months where the Northby Agency has either "
        "refunded or re-scheduled a driving test and the broad reason as to the "
        "circumstances.\n\nResponse\n\nBetween 1 June 2012 and 1 June 2013 we have received 979 pieces of "
        "correspondence where a candidate has tried to cancel their test within the 3 day notice period "
        "then requested a refund or retest free of charge. This information is based on cases that have "
        "been coded on our correspondence system as either ‘Medical waiver request’ or ‘non medical "
        "waiver request.’ Of these, the outcome 520 of these cases was recorded centrally on our system; "
        "45 were upheld and 475 were not upheld. Of the remaining 459 cases the outcome was not recorded "
        "on our system. Of these, 224 cases have been manually reviewed and 24 were upheld, 199 were not "
        "upheld and one was recorded incorrectly on the system and was not a ‘Medical waiver request’ or "
        "‘non medical waiver request.’\n\nTo date 23 hours and 56 minutes has been spent locating, "
        "retrieving and exacting this information. It has been estimated that to manually check and "
        "provide information about the remaining 235 cases would take approximately 5 minutes per case "
        "and take an additional 19.5 hours. This information is exempt from release under section 12 (1) "
        "(cost of compliance exceeds appropriate limit) of the FoIA. A full breakdown of this exemption "
        "can be found at Annex A.\n",
        "response",
        "partial",
        id="a-count-received-beside-a-cost-refusal-of-the-rest",
    ),
    case(
        # Transport for Wales: figures, "The attached data provides more detailed information.", then the text of
        # section 22 in an annex below the sign-off
        "Thank you for your Freedom of Information (FOI) Act request of 6 August 2019. You requested the following "
        "information:\n\n  \u2022 how many trains on the day from Crewe to Cardiff were just 2 carriages\n\nI can "
        "confirm that we hold the information requested.\n\nOn Sunday 4 August, Northby Rail ran 12 services between "
        "Crewe and Cardiff Central. Of these, six were formed of two coaches.\n\nThe attached data provides more "
        "detailed information.\n\nYours sincerely\n\nNorthby Rail\n\nAnnex A\n\ns22 Information intended for future "
        "publication\n\n(1) Information is exempt information if -\n\n(a) the information is held by the public "
        "authority with a view to its publication,\n",
        "response",
        "partial",
        id="the-attached-data-provides-more-detailed-information",
    ),
    case(
        # the Crown Office's reply, a PDF's wrapped lines: its review rights run on into the paragraph on the
        # Commissioner, and "The review will be undertaken" there acknowledges nothing
        "Our ref: R-01265-21\n21 May 2021\nDear Paul Croft,\nI refer to your e-mail of 17 May 2021 in which you "
        "requested the following\ninformation under the Freedom of Information (Scotland) Act 2002 (FOISA):\nCould you "
        "please provide the list of offence codes?\nPlease refer to 'ANNEX A - Charge codes' - Excel\nspreadsheet, "
        "attached to the email for this response.\nIf you are dissatisfied with the Northby response to your FOI "
        "request, you have the\nright to ask us to review it. Your review request should be made within 40 working\n"
        "days of receipt of this letter; please e-mail and we will reply within\n20 working days of receipt. The review "
        "will be undertaken by a member of the\nNorthby FOI unit who was not involved in the original consideration of "
        "your request.\nUnder section 47(1) of FOISA if the Northby position is unchanged following a\nreview you have "
        "the right to appeal to the Scottish Information Commissioner within\nsix months of receiving the review.\n"
        "Yours sincerely\nH Hart\n",
        "response",
        "provided",
        id="review-rights-running-on-into-the-commissioners-paragraph-acknowledge-nothing",
    ),
    case(
        # Lancashire Constabulary's reply, as the requester's blog quotes it: some of the information below, a refusal
        # notice "for this aspect" of the request
        "Dear Mr Bucko,\n\nThank you for your request for information received by Northby Constabulary on the 13th May "
        "2011, which was as follows:-\nPlease provide numbers and locations of all ANPR cameras currently under the "
        "control of Northby Police.\nYour request has now been considered and some of the information you are seeking "
        "can be found below:-\n\nNorthby Constabulary currently operates 33 fixed ANPR sites, with 67 cameras in use "
        "across these sites.\nIt is not possible to disclose the locations of each of these camera sites at this time. "
        "This letter serves to act as a refusal notice for this aspect of your request, as per S.17(1) of the Act.\n",
        "response",
        "partial",
        id="some-of-the-information-can-be-found-below-and-a-refusal-for-this-aspect",
    ),
    case(
        # University College London on WhatDoTheyKnow: its automatic acknowledgement, then the reply saying it holds
        # some of the information, set out below (the page cut there)
        "Microsoft Support Information\nTo Whom it May Concern,\nI would like to request the following "
        "information relating to the spend/usage on Microsoft Support.\nWhat date is your Microsoft "
        "support renewal?\nWhat Microsoft support do you currently have in place - Microsoft Premier, "
        "Microsoft Unified Support, something else (please specify), nothing?\nOn average how many "
        "support requests do you raise per year?\nWhat are you currently paying per year?\nWho is your "
        "Head of Procurement? name, email\nWho is your Head of Operations? name, email\nKind regards,\nJo "
        "Green\nIf you have submitted a Freedom of Information request please accept this\nemail as "
        "acknowledgement that your request has been received. You should\nexpect a response from us "
        "within 20 working days.\nDear Joe\nThank you for your Freedom of Information request of 4^th "
        "March 2022.\nWe have completed the compilation of information in response to your\nrequest for "
        "information about Northby’s spend and usage on Microsoft support.\nWe can confirm that we do "
        "hold some information of the description\nspecified in your request and this information is "
        "provided embedded in\nyour request below.\nYour Request:\nWhat date is your Microsoft support "
        "renewal?\n",
        "response",
        "partial",
        id="a-reply-holding-some-information-after-the-acknowledgement",
    ),
    case(
        # The Crown Estate on WhatDoTheyKnow: its auto-reply, then "we hold none that is directly relevant", with
        # context given instead
        "Dear The Northby Estate,\n\nMy questions:\nWhich body made the decision to fence off the land?\nWhat was the "
        "reason the decision was made?\n\nYours faithfully,\n\nMatthew Lenton\n\nThank you for your email which is "
        "receiving our attention. If your email is a request for information, it will be handled under the Freedom of "
        "Information Act and we will aim to provide you with a response at least within the 20 working days specified "
        "in the Act.\n\nDear Mr Lenton\n\nYour information request (1216)\n\nI am writing in response to your email of "
        "1 September 2020. As you may be aware, FOIA entitles a right to recorded information, and we hold none that "
        "is directly relevant to your questions. However, I have provided some contextual information below which I "
        "hope will be helpful.\n",
        "response",
        "not_held",
        id="we-hold-none-that-is-relevant",
    ),
    case(
        # Bridgend County Borough Council on WhatDoTheyKnow: the request signed with a first name only
        "Dear Northby County Borough Council,\n\nCould you provide any data you hold regarding what direct payments are "
        "being used for?\n\nYours faithfully,\n\nSam\n\nDear Sir/Madam\n\nThank you for your email received on 16 May "
        "2023. Whilst you have provided us first name, you do not appear to have provided us with your surname. Section "
        "8(1)(b) of the Freedom of Information Act 2000 states that a request for information must include the "
        "requester's real name.\n\nCan you therefore resubmit your request and provide me with your full name please?"
        "\n\nYours sincerely\n\nFreedom of Information Office\n",
        "clarification",
        "clarification_requested",
        id="provide-me-with-your-full-name",
    ),
    case(
        # Durham University on WhatDoTheyKnow, on day 20: the exemption may apply, its public interest still to weigh
        "Dear John Snaith\n\nPublic authorities are required to respond to requests for information under the Freedom "
        "of Information Act 2000 (FOIA) no later than the twentieth day following the date of receipt of the request."
        "\n\nThe University holds information which falls within the scope of your request, but some of this "
        "information may be exempt under Section 36 (Prejudice to effective conduct of public affairs). Section 36 is "
        "subject to a public interest test and as the University has not\n",
        "acknowledgement",
        "acknowledged",
        id="a-time-extension-cut-where-the-exemption-may-apply",
    ),
    case(
        # Belfast Health and Social Care Trust on WhatDoTheyKnow: an acknowledgement attached gives nothing, and the
        # holding reply to the requester's chaser promises the answer
        "Dear Northby Trust,\nPlease tell me the neurosciences department's funding since 2011.\nYours faithfully,\n"
        "Lyndsay Eccleston\nDear Ms Eccleston\nThank you for your email. Please find attached an acknowledgement of "
        "your FOI enquiry.\nBest wishes\nClark\nDear Turner, Clark,\nThis is overdue. Please can you provide a "
        "response?\nYours sincerely,\nLyndsay Eccleston\nDear Ms Eccleston\nApologies for the delay\nI have been "
        "advised we should have this for you next week.\nThanks for your patience\nClark\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-attached-then-a-holding-reply",
    ),
    case(
        # A council's reply a blog reproduces: the answer in prose, from the council's records
        "Dear Anthony\n\nRequest FOI/6387\n\nFurther to your request received on 04/11/2022, I confirm that the "
        "Council has now considered your request under the Environmental Information Regulations 2004.\n\nYou "
        "asked when the trees on the Council's land were last pruned.\n\nFrom our records the trees in Park Hill "
        "were last inspected in autumn of 2019 and will next be programmed for inspection in 2024.\n",
        "response",
        "provided",
        id="from-our-records",
    ),
    case(
        # The Crown Office and Procurator Fiscal Service's letter
        "Our ref: R-01265-21\n21 May 2021\nDear Mr Hart\nI refer to your e-mail of 17 May 2021 in which you requested "
        "a current list of offence codes.\nPlease refer to 'ANNEX A - Charge codes & descriptors (R-01265-21)' - "
        "Excel spreadsheet, attached to the email for this response.\nYours sincerely\nH Hart\n",
        "response",
        "provided",
        id="a-spreadsheet-attached-to-the-email",
    ),
    case(
        # The Natural History Museum on WhatDoTheyKnow, answering a request of one paragraph with figures
        "Dear Northby Museum,\n\nPlease tell me the total number of objects in your permanent collections.\n\n"
        "Yours faithfully,\n\nFrankie Roberto\n\nDear Mr Roberto\n\nThank you for your request for information on "
        "the total number of objects in the collections of the Museum, received on 4 May 2008.\n\nThe estimated "
        "total of biological and geological specimens is currently 70.6 million.\n\nWe also have a total of 5 "
        "million items in the Library and Archives.\n",
        "response",
        "provided",
        id="a-figure-stated-in-prose",
    ),
    case(
        "Dear Northby Museum,\n\nPlease tell me the total number of objects in your permanent collections.\n\n"
        "Yours faithfully,\n\nFrankie Roberto\n\nDear Mr Roberto\n\nThank you for your request for information on "
        "the total number of objects in the collections of the Museum, received on 4 May 2008. The collections "
        "were founded in 1881 and the deadline for our reply is 20 working days from receipt. Our curators are ",
        "response",
        "unknown",
        id="a-year-and-a-time-limit-are-no-figures-given",
    ),
    case(
        # Kent Police's letter: the request in unmarked lines, then a response that gives part and refuses one part
        # on cost
        "FOI Ref: 16/06/669\nDear Mr Stuart,\nI write in response to your request for information:\nWhere can a "
        "fraud upon the court be reported to in Kent.\nHow many court staff have been reported to Kent Police for "
        "committing a fraud upon the court.\nResponse\nSuspicion of fraud can be reported to Action Fraud via the "
        "following hotline 0300 123 2040.\nThe question concerning how many court staff have been reported has "
        "engaged an exemption under Section 12(2) of the FOIA, as the cost of compliance would exceed the "
        "appropriate limit.\n",
        "response",
        "partial",
        id="response-heading-gives-part-beside-a-cost-refusal",
    ),
    case(
        "FOI Ref: 16/06/669\nDear Mr Stuart,\nI write in response to your request for information:\nHow many court "
        "staff have been reported to Kent Police for committing a fraud upon the court.\nResponse\nYour request has "
        "engaged an exemption under Section 12(2) of the FOIA, as the cost of compliance would exceed the "
        "appropriate limit.\n",
        "refusal",
        "refused",
        id="response-heading-over-a-cost-refusal",
    ),
    case(
        # Rotherham Metropolitan Borough Council's letter, quoted on a blog
        "Dear Mr Longley,\n\nI refer to your recent request for information regarding the minutes of the "
        "Safeguarding Board from 2005 to 2010.\n\nFrom 2009 to date, minutes and reports are available on the "
        "Safeguarding Board website on the link below:\n\nhttp://www.northby.gov.uk/safeguarding/\n\nWhere "
        "information is not available on the website, it has been estimated that retrieval of all the information "
        "requested would exceed the cost limit.\n\nYours sincerely,\n\nSarah Corbett\n",
        "refusal",
        "partial",
        id="cost-refusal-pointing-part-to-the-website",
    ),
    case(
        # The Department for Transport's holding letter: what it holds and the exemptions it weighs, nothing given yet
        "19 January 2012\nDear Ms Berry\nFreedom of Information Request F0008441\nThank you for your request for "
        "information. The Department does hold some of the information you are seeking.\nThe FOI Act obliges us to "
        "respond to requests promptly, in any case no later than 20 working days after receiving your request.\nThe "
        "FOIA exemptions that apply to the information you have requested are:\n- FOIA Section 35(1)(a) - the "
        "formulation or development of government policy;\nIn your case we need to extend our response time limit "
        "by 20 working days in order to assess where the public interest lies. Therefore, we plan to let you have a "
        "response by 16th February 2012.\n",
        "acknowledgement",
        "acknowledged",
        id="holding-letter-that-extends-the-time-limit",
    ),
    case(
        # Scottish Borders Council's log, cut in the public interest test under the first answer
        "Request or Question\nPlease answer the following:\n1. What Revenues and Benefits IT system does the council "
        "use?\n2. Is the system hosted on premise, or in the cloud?\n3. When did the current contract commence?\n4. "
        "When will the current contract expire?\nResponse\n1. The Council is unable to release this information "
        "into the public domain. Section 35 (1) (a) exempts information if its disclosure is likely to prejudice the "
        "prevention or detection of crime.\nSection 35 is a qualified exemption and we are required to conduct a "
        "public interest test when applying any qualified exemption. In FOISA there is a presumption that "
        "information should be released unless ",
        "response",
        "unknown",
        id="first-answer-withheld-and-the-text-cut-before-the-rest",
    ),
    case(
        # The Driver and Vehicle Licensing Agency's letter
        "Our Ref: FOIR 1640/09\n\nDear Mr Ames\n\nYou asked the following:\n1)  For any documentation that "
        "re-invoked the cancellation of the road fund licence.\nDVLA does not hold this information.\n2)  How many "
        "registered vehicles are on the roads that pay tax at present?\nThe information you have requested is held, "
        "but will not be provided to you as it is reasonably accessible to you. Therefore, the information is exempt "
        "by virtue of Section 21 of the FOIA.\n",
        "response",
        "partial",
        id="one-part-not-held-one-published-is-partial",
    ),
    case(
        # The British Council's disclosure log, cut as its reply restates the request
        "The Request (dated 24 January 2018)\n\nDear Sir or Madam,\n\n1. Does your organisation have a Facebook "
        "page?\n2. Does your organisation use Google G-Suite services?\n\nMany thanks in advance.\n\nOur Response "
        "(dated 2 March 2018)\n\nDear\n\nThank you for your request for information dated 25 January 2018. Your "
        "request has been handled under the terms of the Freedom of Information Act (FOIA) 2000 and has been passed "
        "to me for reply.\n\nFor your ease of reference I have restated your request below in bold a",
        "response",
        "unknown",
        id="passed-to-me-for-reply-is-the-reply-speaking",
    ),
    case(
        # Slough Borough Council on WhatDoTheyKnow: the acknowledgement, then a reply with an attachment, cut in its
        # first line
        ACKNOWLEDGED_THREAD + "_FreedomOfInformation, Northby Borough Council\n\n1 Attachment\n\nDear Morgan Lee,"
        "\n\nPlease accept our apologies for the delay i",
        "response",
        "unknown",
        id="a-reply-with-an-attachment-cut-in-its-first-line-supersedes-the-acknowledgement",
    ),
    case(
        ACKNOWLEDGED_THREAD + "_FreedomOfInformation, Northby Borough Council\n\nDear Morgan Lee,\n\nPlease accept "
        "our apologies for the delay i",
        "acknowledgement",
        "acknowledged",
        id="a-reply-cut-in-its-first-line-says-nothing-yet",
    ),
    case(
        # (Post Office Limited on WhatDoTheyKnow)
        WDTK_REQUEST + "\ninformation.rights, Northby Borough Council\n\n2 Attachments\n\nDear Morgan Lee,\n\nPlease "
        "find an acknowledgement attached to your Freedom of Information\nrequest.\n\nRegards,\n\nKerry Moodie\n"
        "Information Rights Team\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-attached",
    ),
    case(
        # Powys County Council's letter on WhatDoTheyKnow: the request summed up as a numbered list, then a due date
        WDTK_REQUEST + "\nMarch 10, 2009\n\nDear Morgan Lee,\n\nFREEDOM of INFORMATION ACT 2000\nReference No: "
        "F-2009-00101\n\nThank you for your request for information, received at this office on March 9, 2009, in "
        "which you requested details of the following:\n\n1) Fixed penalty notices issued for littering\n2) The "
        "company carrying out litter enforcement\n\nYour request will now be considered and you will receive a "
        "response within the statutory timescale of 20 working days as defined by the Act.\n\nThe due date for "
        "responding to this request for information is April 7, 2009.\n",
        "acknowledgement",
        "acknowledged",
        id="due-date-for-responding",
    ),
    case(
        # The Crown Prosecution Service's review letter, cut before its findings
        "Our Ref: IR.23.14\n\nDear Mr Parry\n\nFREEDOM OF INFORMATION ACT 2000 REQUEST - Internal Review\n\nThank "
        "you for your request for an Internal Review of your Freedom of Information (FOI) request which we received "
        "on 31 May 2014.\n\nThe original request was handled under reference 4621 and requested the following:\n\n"
        "1. What guidance has been issued to case workers about the service of prosecution evidence?\n\nThe CPS "
        "replied to your request by email on 30 May 2014 but you remain dissatisfied with the response.\n\n1. What "
        "guidance has been issued to case workers about the service of prosecution evidence?\nThe response "
        "confirmed that no guidance has been issued for the purposes of restricting the volume of evidence.\n",
        "internal_review",
        "unknown",
        id="internal-review-heading-after-the-act-and-request",
    ),
    case(
        # Lichfield District Council's page of published requests: each entry dated as answered, in the council's words
        "Friary Grange FOIs\n\nLeisure centre usage\n\nReceived 13 July 2019 and responded to 1 August 2019\n\nWe were "
        "asked to provide figures that detail the annual number of paying customers.\n\nNumber of unique members 350\n",
        "response",
        "unknown",
        id="log-line-dated-received-and-responded",
    ),
    case(
        # NHS Lewisham's review letter, saying what the review looked at, cut before its findings
        "Ref: LEWQTR/1213/026\n\n26 October 2012\n\nDear Mr Edwards\n\nThank you for your email received in this "
        "office on 1 October 2012 asking for an internal review of your request under the Freedom of Information Act "
        "2000.\n\nSummary\n\nThe Internal Review looked at the handling of your request and the information provided "
        "in the response.\n\nOverview of the Request\n\nOn 3 September 2012 you made the following request:\n",
        "internal_review",
        "unknown",
        id="internal-review-says-what-it-looked-at",
    ),
    case(
        # East Cambridgeshire District Council's review below the requester's review request, cut before its finding
        "I am writing to request an internal review of East Northby District Council's handling of my FOI request "
        "'Agenda Item 15'.\n\nI would expect a small amount of redaction at the very worst.\n\nI have reviewed the "
        "response provided to your FOI/EIR request 15/16-514. In carrying out the review I have thoroughly re-examined "
        "the original decision and handling of the request.\n\nThe original request was refused under Section 43 of "
        "the Freedom of Information Act 2000 on the basis that to release the information would prejudice the "
        "Council's commercial interests.\n",
        "internal_review",
        "unknown",
        id="internal-review-in-carrying-out-the-review",
    ),
    case(
        "24 February 2016\n\nDear Mr Kemp\n\nInternal Review reference number: FOI2016/00124\n\nI refer to your "
        "e-mail of 30 January 2016 which requested an internal review of the handling of your request.\n\nI have "
        "considered this matter, and my conclusion is that your request has not been handled in accordance with the "
        "Environmental Information Regulations 2004 (EIR). However, this internal review has concluded that a "
        "different exception in the EIR still applies to the request. I will explain this fully below.\n",
        # An exception that "still applies" upholds the refusal (Network Rail, reviewing an EIR refusal).
        "internal_review",
        "refused",
        id="internal-review-an-exception-still-applies",
    ),
    case(
        "Dear Mr Iqbal.\n\nThe response to your request for an internal review read as follows:\n\nI am writing to let "
        "you know that the Head of Legal Services has completed the investigation into your complaint dated 26 April "
        "2010.\n\nFirstly I would like to apologise for the delay in responding to your request.\n\nSecondly the "
        "reasons for refusing to disclose the addresses of the 69 properties the Council bought back under the scheme "
        "remain that this would identify the owners.\n",
        # "the reasons for refusing ... remain": the refusal stands (the London Borough of Tower Hamlets' review on
        # WhatDoTheyKnow).
        "internal_review",
        "refused",
        id="internal-review-the-reasons-for-refusing-remain",
    ),
    case(
        # ... where a review to come is an acknowledgement
        "Dear Mr Edwards\n\nThank you for your email asking for an internal review. The internal review will look at "
        "the handling of your request, and we will reply by 3 June 2024.\n\nYours sincerely\n\nJo Bloggs\n",
        "acknowledgement",
        "acknowledged",
        id="internal-review-to-come-is-acknowledged",
    ),
    case(
        # The Foreign and Commonwealth Office's review letter, its page flattened into one paragraph
        "31 July 2012\n\nDear Mr Wilson INTERNAL REVIEW OF FREEDOM OF INFORMATION ACT 2000 - REQUEST REF: 0285-10 I "
        "am writing to you about your FOI request of 23 March 2010 for disclosure of a letter. I am writing to "
        "confirm that I have conducted a full examination of all the material. Use of exemptions Several exemptions "
        "were given at the time of your original enquiry: - Section 27(1)(a) on the grounds that the letter's "
        "release would be prejudicial to relations between the UK and any other state\n",
        "internal_review",
        "unknown",
        id="internal-review-heading-run-into-the-letter",
    ),
    case(
        "Dear Ms Hale\n\nInternal review of FOI request 2231\n\nI have now completed an internal review of the "
        "handling of your request for the tender evaluation scores. The original response withheld them under "
        "section 43(2).\n\nHaving considered the scores and the tenderers' views, I am satisfied that the "
        "exemption was correctly applied, and the public interest favours withholding them.\n\nYours sincerely\n"
        "Review Officer\n",
        "internal_review",
        "refused",
        id="internal-review-satisfied-the-exemption-was-correctly-applied",
    ),
    case(
        "Dear Ms Hale\n\nInternal review of FOI request 2231\n\nI have now completed an internal review of the "
        "handling of your request for the tender evaluation scores. The original response withheld them under "
        "section 43(2).\n\nThe contract has since been awarded, and I have decided to release the scores, which "
        "are attached.\n\nYours sincerely\nReview Officer\n",
        "internal_review",
        "provided",
        id="internal-review-decided-to-release",
    ),
    case(
        # The Bank of England's letter: the request quoted whole, its own note inside the quote, then the letter asks
        "8 March 2022\n\nDear Jack Montgomery\n\nThank you for your email dated 10 February in which you ask for "
        "access under the Freedom of Information Act 2000 to:\n\n'1. Does the Bank hold any estimates of foreign "
        "official holdings of its debt?\n\n2. Do you have any information on the amounts owed by country?\n\nTo "
        "be clear, if you only have a small amount of information I will accept it; estimates do not have to be "
        "exhaustive.'\n\nUnderstanding the exact terms of your request is crucial, as we first need to determine "
        "whether we hold the information in which you are interested.\n\nIn order to help us identify "
        "information within the scope of your request, we need a more precise understanding of the debt you mean.\n",
        "clarification",
        "clarification_requested",
        id="a-request-quoted-whole-then-a-more-precise-understanding-needed",
    ),
    case(
        # Telford & Wrekin Council's letter
        "Our Ref: TWC-09666\nDate: 23 March 2011\n\nDear Mr Whitehouse,\n\nFurther to your application for "
        "information, we are pleased to be able to provide you with some of the information you requested.\n\n1. "
        "Please provide details of the attendance at council meetings.\n\nCouncillor Hope attended the Licensing "
        "Committee.\n",
        "response",
        "partial",
        id="pleased-to-provide-you-with-some-of-the-information",
    ),
    case(
        # A log's entry with the request alone: its own "if ... not held" is a condition, not an answer.
        "FOI request received August 5th\nI would like some follow up information.\n1. Please can you tell me who "
        "advised the committee?\n2. If no information is held on this, please can you say so?\n",
        "request_only",
        "none",
        id="request-alone-saying-if-no-information-is-held",
    ),
    case(
        # Aston University's letter enclosing its response: its review rights, a PDF's lines each their own paragraph,
        # promise the review's answer within 20 working days
        "30 April 2021\nOur Ref: FOI/2021/201\nDear Mr Singh\nYour Freedom of Information Request\nThe University's "
        "response is set out in the enclosed document.\nYour right to seek a review\nShould you be dissatisfied, you "
        "have the right to require us to review our actions. Your request must be in a recordable\nformat (letter, "
        "email, audio tape, etc). You will receive a full response to your request for review\nwithin 20 working days "
        "of its receipt.\nYours sincerely\nLote Puske\n",
        "response",
        "provided",
        id="review-rights-promising-the-reviews-answer-are-no-acknowledgement",
    ),
    case(
        # the General Optical Council's holding reply to a chased request on WhatDoTheyKnow
        WDTK_REQUEST + "\nFreedom of Information, Northby Borough Council\n\nDear Mr Lee,\n\nThank you for your "
        "email.\n\nI would like to apologise for the delayed response.\n\nYour request is currently being processed "
        "as a priority.\n\nKind regards\n\n"
        "Wayne Elliott | Information Governance Manager\n",
        "acknowledgement",
        "acknowledged",
        id="holding-reply-currently-being-processed",
    ),
    case(
        # Black Country Partnership NHS Foundation Trust on WhatDoTheyKnow: its message greets and signs off with only
        # the letter's heading between (the letter itself sent as a file)
        WDTK_REQUEST + "\n\nDear Gearoid,\n\nFOI 19-423 request regarding Clinical Systems\n\nYours sincerely\n\n"
        "Information Governance Team\nBlack Country Partnership FT.\n",
        "other",
        "unknown",
        id="a-reply-greeting-and-signing-off-with-only-its-heading-between",
    ),
    case(
        # ... and a reply cut after its greeting and heading says nothing yet either, but is a response begun
        WDTK_REQUEST + "\n\nDear Gearoid,\n\nFOI 19-423 request regarding Clinical Systems\n\nThank",
        "response",
        "unknown",
        id="a-reply-cut-after-its-greeting-and-heading",
    ),
    case(
        # the Northamptonshire Police, Fire and Crime Commissioner's log: information pointed to in brackets as attached,
        # one document withheld under section 31(1)(a)
        "Dear Northby Police, Fire and Crime Commissioner,\n\nPlease provide the following information:\n\n  1. Did "
        "your office apply\n  2. Provide a copy of your application(s)\n\nI can confirm that the Office of the "
        "Northby Police, Fire and Crime Commissioner (OPFCC) holds information that you have asked for (see "
        "attached)  but in this case we will not be providing you with copies of the Environmental Visual Audit (EVA) "
        "which supported the application as it is exempt from disclosure.\n\nWe believe that releasing all the "
        "information requested would be likely to prejudice the prevention or detection of crime (section 31(1) (a) "
        "of the Act).\n",
        "response",
        "partial",
        id="information-pointed-to-as-attached-in-brackets-beside-an-exemption",
    ),
    case(
        # after Derbyshire Constabulary's acknowledgement on WhatDoTheyKnow: the deadline the reply may miss
        WDTK_REQUEST + "\n\nDear Mr Gale,\n\nI write in connection with your request for information.\n\nPlease note "
        "that whilst we are required to supply the information within 20 days of receiving such a request, due to the "
        "ongoing national Coronavirus emergency our ability to meet this deadline may be affected.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-warning-of-the-deadline-it-is-required-to-meet",
    ),
    case(
        # Southern Health NHS Foundation Trust's internal review: "not held" upheld, and the one report it now holds
        # withheld under section 36; nothing given
        "Dear Mr Bell\n\nFOI1327 \u2013 Internal Review Request\n\nThank you for your request for an internal review, "
        "dated 13 July 2016, in respect of your request for the Board Capability Review.\n\nOur initial response "
        "explained that the Trust did not yet hold a copy of the substantive response and therefore that the "
        "information was not held by the Trust. I have considered our initial response and concluded that our "
        "response was factually correct.\n\nHowever, and by way of advice and assistance, the consultancy has now "
        "provided the Trust with the substantive report. I confirm, therefore, that the Trust now holds the "
        "information which is relevant to your request.\n\nThe report is exempt from disclosure under the Freedom of "
        "Information Act 2000. The disclosure of the report at this time would, in the view of the Trust's qualified "
        "person, prejudice the effective conduct of public affairs (and therefore is exempt under s. 36 FOIA).\n",
        "internal_review",
        "refused",
        id="review-upholding-not-held-and-withholding-the-rest-refuses",
    ),
    case(
        # Sheffield City Council on WhatDoTheyKnow: the request logged, then asked about at length
        WDTK_REQUEST + "\n\nDear P Cialfi,\n\nThank you for your request for information which we received on "
        "06/02/2020.\nThis has been logged as a Freedom of Information Request, and will be dealt with under the "
        "Freedom of Information Act.\nBefore we can begin to process your Freedom of Information Request, we would "
        "like to clarify what information you require.\nIt is not clear what documents you are requesting. Please can "
        "you clarify what documents you are looking for.\nThis is an initial clarification and we may need to come "
        "back to you at a later date.\nThe Freedom of Information Act states that we must respond to a Freedom of "
        "Information request within 20 working days, however, the 20 working days do not include any time spent "
        "clarifying a request. Therefore, once we have received your clarification, we can continue processing your "
        "request within this time frame.\nYou can provide your clarification by writing to the address above.\n",
        "clarification",
        "clarification_requested",
        id="a-letter-logging-the-request-then-asking-at-length-what-it-means",
    ),
    case(
        # Sheffield Hallam University on WhatDoTheyKnow: its acknowledgement, then a letter asking what was meant that
        # promises the answer once the clarification comes; that promise is the request to clarify's
        WDTK_REQUEST
        + "\n\nDear Ms Higgs,\nI am writing to acknowledge receipt of your Freedom of Information request on "
        "15th March 2023. We will respond to your request in due course and within the 20 working days stipulated by "
        "the Freedom of Information Act.\nKind regards,\nInformation Governance Team\n\nDear Ms Higgs\nI am writing "
        "for clarification of your request for data dated 15th March 2023. Can you please clarify what historical "
        "dates you require for questions 1, 2 and 5?\nI will put your request on hold and once we have received "
        "clarification on your request, we will respond as soon as possible and within 20 working days of receipt.\n",
        "clarification",
        "clarification_requested",
        id="a-promise-to-answer-once-clarified-is-the-clarifying-letters",
    ),
    case(
        # Aintree University Hospital NHS Foundation Trust's acknowledgement on WhatDoTheyKnow: a clarification that may
        # be needed later asks nothing yet
        WDTK_REQUEST + "\n\nDear Mr Lee,\n\nFreedom of Information Act 2000 - Request for Information Ref: 2457\n\n"
        "Thank you for your request for trust information under the provisions of the Freedom of Information Act 2000. "
        "I can confirm that this matter is currently receiving attention and a trust representative will be in touch "
        "with you within the statutory timescale, currently 20 working days. You may therefore be contacted in due "
        "course if it is necessary to clarify your request.\n\nYours Sincerely,\n\nFOI Team\n",
        "acknowledgement",
        "acknowledged",
        id="a-clarification-that-may-be-needed-later-asks-nothing-yet",
    ),
    case(
        # South Norfolk Council on WhatDoTheyKnow: another tier's work, the request sent on to it
        "Dear South Norfolk District Council,\n\nFollowing on from the Secretary of State's announcement asking "
        "all\nlocal authorities to work on removing street clutter on 26 August\ncan you tell me\n\na) how much money you"
        ' spent on removing "street furniture,\nincluding bollards, posts and guardrail since 26 August 2010 and\n1st '
        "July 2013 within your local government area.\nb) how many items of street furniture have been removed from "
        "your\nstreets since 26 August 2010 and 1st July 2013 in your local\ngovernment area.\nc) how many items of "
        '"street furniture, including bollards, posts\nand guardrail have been installed since 26 August 2010 in '
        "your\nlocal government area.\n\nYours faithfully,\n\nIan Harvey\n\n\nDear Ian,\n\nSouth Norfolk Council is a "
        "District Council and as such is not the highway authority that covers the area - this is the responsibility of "
        "Norfolk County Council. In order to answer your request in terms of the limited information we have, I have "
        'liaised with our Car Park Manager who has advised that she is not aware of any "street clutter" being removed '
        "from any of our car parks. Therefore, I think that Norfolk County Council will be able to provide you with a "
        "comprehensive response that covers our District. If you have not already sent your response to the County "
        "Council, you should forward your request to the following email address: [email address].\n\nI hope this is of "
        "assistance and is sufficient to meet your requirements, but if, for whatever reason you wish to get back to me, "
        "please feel free to do so. In particular if you are unhappy with the information provided or how your request "
        "was handled please let me know and I will explain how you can request an internal review of our "
        "decision.\n\nPlease quote FOI 13-238 in any further correspondence concerning this request.\n\nEmma "
        "Nangle\nInformation Rights Officer\nSouth Norfolk Council\nLong Stratton Norwich\nNR15 2XE\n\n",
        "response",
        "not_held",
        id="not-the-highway-authority-for-the-area",
    ),
    case(
        # Gloucestershire County Council's letter on WhatDoTheyKnow: some enclosed, some withheld under section 43(2)
        "Our ref: 14473433\nDate: 12 November 2019\nDear Mr Davies\nI am pleased to provide a response to your "
        "request for information, received on 17 September 2019.\n\nI can confirm that the remainder of the "
        "information you have requested is held by Northby County Council and I am pleased to enclose some of what you "
        "have requested. However, by law, I'm unable to give you some of this information as it is exempt from "
        "disclosure under Section 43(2) of the Freedom of Information Act (FoIA).\n",
        "response",
        "partial",
        id="pleased-to-enclose-some-of-what-was-requested-beside-an-exemption",
    ),
    case(
        # Oxleas NHS Foundation Trust's acknowledgement on WhatDoTheyKnow, cut after its second sentence's start
        WDTK_REQUEST + "\n\nDear Mr Bolguidhir,\n\n\n\n\nThank you for your email dated 13/11/2019. Your request is "
        "being managed\nu",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-saying-the-request-is-being-managed",
    ),
    case(
        # Ashford and St Peter's Hospitals NHS Foundation Trust's log, cut in its repeat of the request above the answers
        "Case Number 6623\nRequest Date 18/03/2019\nCompletion Date 10/04/2019\n\nDetails of the Request\n\nPlease "
        "answer the following questions:\n\n  1. Could you please provide the total number of physical assaults on "
        "staff?\n  2. Could you please provide the amount of money spent on private security guards?\n\nDetails of "
        "the Response\n\n1. Could you please provide the total number of physical assaults on staff?",
        "response",
        "unknown",
        id="log-cut-under-its-details-of-the-response-heading",
    ),
    case(
        # the London Borough of Richmond upon Thames, following the commissioner's decisions in the same sentence
        "5 November 2012\nOur Ref: e13572\n\nDear Mr Morris,\n\nYour requests for information have been "
        "considered.\n\nIn accordance with recent Information Commissioner's Office decisions, I am treating this as a "
        "request under the Environmental Information Regulations 2004 (EIRs) and this letter acts as a Public Interest "
        "Refusal Notice.\n\nYours sincerely\n\nDeepa Shah\n",
        "refusal",
        "refused",
        id="refusal-notice-beside-the-commissioners-decisions-it-follows",
    ),
    case(
        WDTK_REQUEST + "\nInformation Management, Northby Borough Council\n\nDear Morgan\n\nFreedom of Information "
        "Request ICM0004027- Refusal\n\nI am writing to confirm that Northby Borough Council h",
        "refusal",
        "refused",
        id="refusal-named-in-the-letters-heading",
    ),
    case(
        WDTK_REQUEST + "\nNorthby Borough Council\n\nYour request number is CRN00151552\n\nWe've looked at your "
        "request and you should receive a reply on or before 19/02/2018 09:40.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-saying-when-a-reply-will-come",
    ),
    case(
        "6th December 2022\nDear Mr Fox,\nThank you for the three separate requests which you made to us under the "
        "Freedom of Information Act, dated 06 November 2022. These requests are attached to this email for ease.\n"
        "We can confirm that the Agency does hold some of the information that you have requested. However, the "
        "information is exempt under Section 12 of the Freedom of Information Act as the cost of dealing with it "
        "would exceed the appropriate limit.\n",
        "refusal",
        "refused",
        id="cost-limit-refusal-that-holds-some-of-the-information",
    ),
    case(
        WDTK_REQUEST + "\nFOI Team, Northby Borough Council\n\nGood afternoon,\n\nWe acknowledge with thanks your "
        "request for information which was received at this office on 04/10/2023.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledged-with-thanks",
    ),
    case(
        WDTK_REQUEST + "\nNorthby Borough Council,\n\nThank you for your email which will now be prioritised and "
        "actioned accordingly by the Information Governance Team.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-email-to-be-prioritised-and-actioned",
    ),
    case(
        "Our Reference: HS/FOI/31506\n23 January 2017\n\nDear Mr Slater\n\nThank you for your request for "
        "information, as received by the Trust on 18 January 2017.\n\nThe Trust will endeavour to provide a response "
        "within the required 20 working-day deadline.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-that-will-endeavour-to-provide-a-response",
    ),
    case(
        "Our ref: FOI1327\nDate: 19 August 2016\n\nDear Mr Bell\n\nThank you for your request for an internal review, "
        "dated 13 July 2016.\n\nI have considered our initial response and concluded that it was correct. The "
        "report you asked for is exempt from disclosure under section 36 of the Freedom of Information Act 2000.\n\n"
        "Yours sincerely\n",
        "internal_review",
        "refused",
        id="internal-review-that-considered-the-initial-response",
    ),
    case(
        "Dear Northby Borough Council,\nPlease send me the draft flood reports for Sully.\nYours faithfully,\n"
        "Dana Clark\nHi Dana,\nIn order to process your request please confirm your full name as the request is not "
        "deemed valid until you do so.\nThanks\nFOI Team\nNorthby Borough Council\n",
        "clarification",
        "clarification_requested",
        id="clarification-asking-for-the-requesters-full-name",
    ),
    case(
        "Dear Mr Cole,\n\nFurther to my email of 4 February 2009, I am writing to ask you for further information in "
        "relation to your request. In order to determine whether we can comply, please advise whether supplying the "
        "information as a spreadsheet is acceptable.\n\nYours sincerely\n\nJ. Vale | Legal Adviser\n",
        "clarification",
        "clarification_requested",
        id="clarification-asking-which-format-will-do",
    ),
    case(
        "Dear Ashby Parva Parish Council,\n\nI am writing to make a request for information under the Freedom of "
        "Information Act 2000.\n\nI would like answers to the following points;\n\n1. Who cuts the "
        "village green?\n2. What is the annual budget for it?\n\nI would be grateful if you could confirm in writing "
        "that you have received this request.\n\nYours faithfully,\n\nSam Fox\n\nDear Mr Fox\n"
        "In response to your e-mail enquiry.\n1. A local contractor.\n2. Budget 1500.00\n"
        "I trust that this answers your queries.\nYours faithfully\nJo Clerk\n",
        "response",
        "provided",
        id="a-clerks-numbered-answers-under-in-response-to-your-enquiry",
    ),
    case(
        "Date 4 August 2023\nDear Ms Kerr\nI refer to your e-mail dated 11 July 2023, requesting:\n"
        '"- How many sites store paper records?\n- Are the sites owned or leased? Please specify the status of each '
        'site.\n- Who is responsible for records management?"\nI can now respond as follows:\n'
        "- How many sites store paper records?\nThree sites.\n- Are the sites owned or leased? Please specify the "
        "status of each\nAll three are owned by the Board.\n- Who is responsible for records management?\n"
        "The Medical Director.\n",
        "response",
        # (each question answered under "I can now respond as follows:", patterns/outcomes.yaml information_follows)
        "provided",
        id="negative-the-requests-please-specify-repeated-above-its-answer-asks-nothing",
    ),
    case(
        "Our ref: FOI-2024-3381\nDate: 14 May 2024\n\nDear Mr Evans,\n\n"
        "Thank you for your request for information received on 17 April 2024. Please find our response below.\n\n"
        "1. How many fixed penalty notices for littering did the council issue in 2023/24?\n"
        "The council issued 2,406 fixed penalty notices for littering in 2023/24.\n\n"
        "2. Which company carries out litter enforcement on the council's behalf?\n"
        "Litter enforcement is carried out by council officers; no company is contracted to do this.\n\n"
        "If you are unhappy with the way your request has been handled, you can ask for an internal review.\n",
        "response",
        "provided",
        id="full-answers-provided",
    ),
    case(
        "Dear Ms Okafor,\n\nWe are pleased to respond in full to your request.\n\n"
        "1. How many drones does the council own?\n"
        "We do not hold this information as the council does not own any drones.\n\n"
        "2. How many flights were made by drones over council land in 2023?\n"
        "The council does not hold this information.\n",
        # WhatDoTheyKnow volunteers' warning (issue 7122): "respond in full ... we do not hold" means not held.
        "response",
        "not_held",
        id="pleased-to-respond-in-full-not-held",
    ),
    case(
        "Dear Mr Fraser,\n\n"
        "We can confirm that the council does not hold the information you have requested. The council has never "
        "commissioned a survey of private rented properties in the town centre.\n",
        "response",
        "not_held",
        id="not-held-plain",
    ),
    case(
        "Dear Ms Clarke,\n\nFREEDOM OF INFORMATION ACT 2000 - REFUSAL NOTICE\n\n"
        "We estimate that locating, retrieving and extracting the information you have requested would exceed the "
        "appropriate limit of £450, which represents 18 hours of work. The council is therefore not obliged to "
        "comply with your request under section 12 of the Freedom of Information Act 2000.\n\n"
        "You may wish to refine your request, for example by limiting it to a single financial year.\n",
        "refusal",
        "refused",
        id="refusal-s12-cost-limit",
    ),
    case(
        "Dear Mr Burns,\n\n"
        "The council has decided that your request of 2 February 2024 is vexatious. This is your 41st request on "
        "the same subject in twelve months, and answering it would impose a grossly oppressive burden on the "
        "council. We are therefore refusing it under section 14(1) of the Freedom of Information Act 2000.\n",
        "refusal",
        "refused",
        id="refusal-s14-vexatious",
    ),
    case(
        "Notice of Refusal\n\n"
        "The council holds the information you have requested about its network security. However, it is exempt "
        "from disclosure under section 31(1)(a) of the Freedom of Information Act 2000, as its release would make "
        "the council more vulnerable to crime. Having considered the public interest test, we have concluded that "
        "the public interest in maintaining the exemption outweighs the public interest in disclosure.\n",
        "refusal",
        "refused",
        id="refusal-exemption-for-everything",
    ),
    case(
        "Northshire Constabulary can neither confirm nor deny that it holds the information you have requested, "
        "by virtue of sections 23(5), 24(2) and 31(3) of the Freedom of Information Act 2000. This letter serves "
        "as a refusal notice.\n",
        "refusal",
        "refused",
        id="refusal-neither-confirm-nor-deny",
    ),
    case(
        "Our ref: 8842\n\nDear Enquirer,\n\n"
        "Thank you for your request for information, which was received on 3 June 2024 and will be dealt with "
        "under the Freedom of Information Act 2000. We will respond within 20 working days, by 1 July 2024.\n\n"
        "If we need any further information from you, or if a fee is payable, we will contact you.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-20-working-days",
    ),
    case(
        "This is an automated response. Thank you for contacting the Freedom of Information team. Your email has "
        "been received and will be logged. You should receive a response within 20 working days.\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-automated",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\n"
        "Thank you for your Freedom of Information request, which we received on 8 April 2024. Your reference is "
        "FOI-5512. We aim to send you a response by 7 May 2024.\n\nInformation Governance Team\n"
        "Northby Borough Council\n",
        "acknowledgement",
        "acknowledged",
        id="wdtk-thread-request-then-acknowledgement",
    ),
    case(
        "Our Ref: 8581\n\nDear Enquirer,\n\n"
        "I refer to your Freedom of Information request about home care providers. I am writing to ask you to "
        "clarify your request, as we are not certain that we have understood it correctly. Please could you "
        "confirm whether you are asking for providers contracted by the council, or for all providers registered "
        "in the county?\n\n"
        "The 20 working day period for responding will begin once we receive your clarification.\n",
        "clarification",
        "clarification_requested",
        id="clarification-requested",
    ),
    case(
        # A file the authority released, shown by WhatDoTheyKnow: no reply wording, but not the request either.
        "This is an HTML version of an attachment to the Freedom of Information request 'Care portal'.\n\n"
        "Self Directed Support Portal - Functional Requirements Specification\n\n"
        "The solution must let users hold categories of information in a central repository.\n",
        "other",
        "unknown",
        id="wdtk-attachment-without-reply-wording",
    ),
    case(
        "Our Ref: IR2024/93909\n20 November 2024\nDear Mr Williams,\n\n"
        "Thank you for your internal review request received on 18 November.\n\nResponse\n"
        "In response to your internal review request, we can confirm that the handling of your original request "
        "has now been appropriately reviewed by someone unconnected with the handling of your original request.\n",
        "internal_review",
        "unknown",
        id="internal-review-reply-cut-off-before-its-finding",
    ),
    case(
        # A disclosure-log page whose reply is one paragraph under its "Response" heading.
        "Empty homes\n\nReference: MS-FOI-24-0719\nReceived: 4 April 2024\nResponded: 25 April 2024\n\nRequest\n\n"
        "I would like to know how many properties were charged the long-term empty homes premium.\n\nResponse\n\n"
        "At 1 April 2024 there were 214 properties in the district being charged the long-term empty homes "
        "premium.\n",
        "response",
        "provided",
        id="disclosure-log-response-paragraph",
    ),
    case(
        # A release page reduced to one line, its typo and all.
        "Please see atttached a copy of all of the information you requested.\nAbout FOI\n",
        "response",
        "provided",
        id="attached-misspelt",
    ),
    case(
        # A disclosure-log page: the request offers to clarify, and the outcome line links the full reply.
        "Freedom of Information Request\n\nPothole Data\n\nReceived: 13 February 2020\n\n"
        "I am writing to you under the Freedom of Information Act 2000 to request the following information:\n\n"
        "1. How many potholes were reported to the council in 2019/20?\n\n"
        "If it is not possible to provide the information within the cost limit, please provide advice and "
        "assistance as to how I can refine my request.\n\n"
        "If you have any queries please don't hesitate to contact me and I will be very happy to clarify what I am "
        "asking for.\n\nOutcome / Documents\n\n  • Response (all information to be supplied) - application/pdf - "
        "Download\n",
        "response",
        "provided",
        id="disclosure-log-request-offering-to-clarify-with-its-reply-linked",
    ),
    case(
        "Internal review - FOI 2024/1187\n\nDear Mr Burns,\n\n"
        "I have now completed the internal review you requested on 3 June 2024. I have considered the original "
        "decision afresh, and I am satisfied that the council was right to refuse your request as vexatious under "
        "section 14(1) of the Freedom of Information Act 2000. I therefore uphold the original decision.\n",
        "internal_review",
        "refused",
        id="internal-review-upheld-refusal",
    ),
    case(
        "Internal review outcome\n\nDear Ms Patel,\n\n"
        "I have reviewed the handling of your request. I have concluded that section 43(2) was wrongly applied to "
        "the total contract value, and I do not uphold the original decision. The information is now provided in "
        "full: the total value of the contract for 2023/24 was £412,500.\n",
        "internal_review",
        "provided",
        id="internal-review-overturned-provided",
    ),
    case(
        "Freedom of Information Act 2000 (FOIA)\nDecision notice\n\n"
        "Date: 12 March 2024\nPublic Authority: Northby Borough Council\n\n"
        "Decision (including any steps ordered)\n\n"
        "1. The complainant requested a copy of an internal audit report on parking enforcement. The council "
        "refused the request, citing section 36(2)(c) of FOIA.\n"
        "2. The Commissioner's decision is that the council was entitled to rely on section 36(2)(c). The "
        "Commissioner does not require the council to take any steps.\n",
        "decision_notice",
        "decision",
        id="ico-decision-notice",
    ),
    case(
        "Decision 041/2024: Mr A and Glenmuir Council\n\n"
        "Summary\n\n"
        "The Applicant asked the Council for the number of complaints about its school meals service. The Council "
        "stated that it did not hold the information. The Commissioner investigated and found that the Council "
        "had dealt with the request in accordance with Part 1 of the Freedom of Information (Scotland) Act "
        "2002.\n",
        "decision_notice",
        "decision",
        id="scottish-commissioner-decision",
    ),
    case(WDTK_REQUEST, "request_only", "none", id="wdtk-request-only"),
    case(
        # Airedale NHS Foundation Trust on WhatDoTheyKnow: the figures on its website, in the active voice
        "Dear Northby NHS Foundation Trust,\n\nHow many patients have died after testing positive for Covid 19?\n\n"
        "Yours faithfully,\n\nSam Fox\n\nDear Mr Fox\n\nIn response to your request (ANHSFT REF. 5031) please find our "
        "response below.\n\nThe hospital publish the number of patients who have died after testing positive for "
        "Covid 19 on the Trust website and it is regularly updated. Please see the link:\n\nYours sincerely\n\nAnn "
        "Lee\n",
        "response",
        "published",
        id="the-hospital-publishes-it-on-the-trust-website",
    ),
    case(
        # The Northern Ireland Prison Service's letter: its figures in a table under the request
        "Our Ref: 14:132\nDate: 6 June 2014.\n\nDear Ms Smith,\n\nThank you for your e-mail of 18 May 2014 which was "
        "treated as a request for information under the terms of the Freedom of Information Act 2000.\n\nPlease see "
        "your request and our response below:\n\nI was wondering if you could tell me the number of prisoners who had "
        "their visits withdrawn;\n\nPlease see table below to show guilty adjudications with an award of loss of "
        "privileged visits:\n\nPrison / 2012 / 2013\nNorthby / 1 / 12\n",
        "response",
        "provided",
        id="please-see-the-table-below",
    ),
    case(
        # Dartford Borough Council on WhatDoTheyKnow: a routine request, the information on its website
        "Dear Northby Borough Council,\n\nPlease send me the rules on public speaking at planning meetings.\n\nYours "
        "faithfully,\n\nAnn Mason\n\nSonia Bunn, Northby Borough Council\n\nDear Ms Mason\n\nThank you for your request "
        "for information dated 09 August 2019. I consider this to be a routine request, as the information that you "
        "require is provided on the Council's website, which sets out the information you seek.\n",
        "response",
        "published",
        id="the-information-required-is-provided-on-the-website",
    ),
    case(
        # The Scotland Office on WhatDoTheyKnow, then the requester chasing it
        "Dear Northby Office,\n\nPlease send me the Secretary of State's diary.\n\nYours faithfully,\n\nSam Fox\n\n"
        "Dear Mr Fox\n\nThank you for your email of 3 July 2015 which is being treated under the Freedom of "
        "Information Act 2000. We aim to issue you with a response by 31 July 2015 but in the meantime if you have a "
        "query regarding the request, please contact me.\n\nRegards\n\nTony Conte\nNorthby Office\n",
        "acknowledgement",
        "acknowledged",
        id="we-aim-to-issue-you-with-a-response",
    ),
    case(
        # Three Rivers District Council on WhatDoTheyKnow, its answers in the quoted request it folded away
        "Dear Northby District Council,\n\n1. How many empty homes are there?\n\nYours faithfully,\n\nAlex Arthur\n\n"
        "FOI (Northby), Northby District Council\n\nThank you for your Freedom of Information request.\n\nThe "
        "information you have requested has been added to your e-mail below.\n\nRegards\n\nPhil King\nFreedom of "
        "Information Officer\n\nshow quoted sections\n",
        "response",
        "provided",
        id="the-information-added-to-the-email-below",
    ),
    case(
        # A WhatDoTheyKnow request to Bolsover District Council, its greeting to no one, cut in its list
        "Data on statutory overcrowding\n\nTo whom it may regard,\n\nI am writing to make an open government request "
        "for all the information to which I am entitled under the Freedom of Information Act 2000.\n\nPlease tell me:"
        "\n\n1) How many statutory overcrowding breaches did the council record?\n2) Please list all the types of "
        "temporary accommodation the council has placed households in (including but\n",
        "request_only",
        "none",
        id="a-request-to-whom-it-may-regard",
    ),
    case(
        # Sussex Partnership NHS Foundation Trust's letter, cut in the request it restates
        "Northby Partnership NHS Foundation Trust\n\nOur Reference: NPFT FOI 21/22-041\n\nDate: 18 May 2021\n\n"
        "REQUEST UNDER THE FREEDOM OF INFORMATION ACT 2000\n\nI refer to your original request for information under "
        "the Freedom of Information Act 2000 (the Act), received by us on 25 April 2021 which reads as follows:\n\n"
        "1. Please supply patient's information ECT leaflet.\n2. How many ECT in 2020?\n3. How old were they?\n4",
        "response",
        "unknown",
        id="a-letter-referring-to-the-original-request-cut-in-it",
    ),
    case(
        # The Middle Level Commissioners on WhatDoTheyKnow in 2020, its "response detailed below" a delay
        "Dear Northby Commissioners,\n\nPlease provide the following information:\n\n1. The date the Committee was "
        "established.\n\nThank you. I look forward to your reply within 20 working days.\n\nYours faithfully,\n\nP "
        "Smith\n\nKatie Hunt, Northby Commissioners\n\nDear Ms Smith\n\nThank you for your request for information "
        "which we received on 15th April 2020.\n\nThe information you requested and our response is detailed below:"
        "\n\nUnfortunately in this instance, as the list of information requested is extensive, it will require extra "
        "time to collate and respond to this. This is due to government instructions on COVID19.\n",
        "acknowledgement",
        "acknowledged",
        id="a-reply-that-will-require-extra-time",
    ),
    case(
        # The Scottish Social Services Council's registration team on WhatDoTheyKnow
        "Dear Northby Social Services Council,\n\nI am writing to you to request the following information.\n\n1) "
        "The total spend on external legal advice.\n\nYours faithfully,\n\nSam Fox\n\nRegistration, Northby Social "
        "Services Council\n\nDear Sam\n\nThank you for your email.\n\nWe have forwarded this to the appropriate "
        "department and asked them to respond directly to you.\n\nKind regards\n\nAnn Lee\nRegistration Assistant\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-forwarded-to-the-appropriate-department",
    ),
    case(
        # The Highways Agency on WhatDoTheyKnow: the team the request went to answers it
        "Dear Northby Agency\nI would like to request the results of any research on the policy.\nYours faithfully,\n"
        "Sam Fox\nMr Fox\nFurther to your email to the Agency's Information Line on 11th August 2008 regarding a "
        "Freedom Of Information Request.\nYour request was passed to the Spatial Planning Team of the Agency for "
        "reply as we are responsible for overseeing the policy in England.\nI can confirm that Government policy "
        "still is that service areas should not become destinations, I attach a copy of the relevant policy "
        "Circular, 01/2008, for your information.\n",
        "response",
        "provided",
        id="a-reply-saying-the-request-came-to-the-team-writing",
    ),
    case(
        # A WhatDoTheyKnow request to One North East, a name with no body's word that the catalogue knows: its
        # "within 20 working days" is the requester's
        "Dear One North East,\n\nThis request under the FOI Act is made in relation to the Complaints Policy.\n\n"
        "I would be grateful if you could provide information relating to the following:\n\nNumber of formal "
        "complaints that have been completed within 20 working days.\n\nNumber of formal complaints that have "
        "progressed through to formal appeal.\n",
        "request_only",
        "none",
        id="a-request-greeting-a-catalogued-name-with-no-bodys-word",
    ),
    case(
        "FOI request (FOIR-771203)\nSchool meals\nRequested Mon 2 September 2024\n\n"
        "1. How many pupils are registered for free school meals?\n"
        "2. How many schools use the council's catering service?\n",
        # A disclosure-log page cut before any answer: LABELLING "request_only - only the request is in the text".
        "request_only",
        "none",
        id="disclosure-log-request-cut-before-answer",
    ),
    case(
        "Dear Mr Osei,\n\n"
        "The information you have requested is already published on the council's Contract Register at "
        "https://www.northby.gov.uk/contracts. As it is reasonably accessible to you, it is exempt under section "
        "21 of the Freedom of Information Act 2000.\n",
        "response",
        "published",
        id="section-21-pointer-only",
    ),
    case(
        "1. How many agency social workers did the council engage in 2023/24?\n87.\n\n"
        "2. What was the highest day rate paid?\n£425 per day.\n\n"
        "3. The names of the three highest-paid agency social workers.\n"
        "The names have been withheld under section 40(2) of the Freedom of Information Act 2000 because they "
        "are the personal data of third parties.\n",
        "response",
        "partial",
        id="some-withheld-partial",
    ),
    case(
        "Request\n"
        "1. How many trees were felled by the council in 2023?\n"
        "2. How many trees were planted by the council in 2023?\n\n"
        "Response\n"
        "Q1 - 316\n"
        "Q2 - Information not held\n",
        # LABELLING: partial = some given, some withheld or not held.
        "response",
        "partial",
        id="some-not-held-partial",
    ),
    case(
        "We have decided to release part of the information you asked for. The remainder is withheld under "
        "section 43(2) of the Freedom of Information Act 2000, and this letter serves as a refusal notice for that "
        "part.\n",
        "response",
        "partial",
        id="part-released-part-withheld",
    ),
    case(
        "FOI Reference: 3318\nDate of response: 11 October 2023\n\n"
        "Request: Please tell me how many Blue Badges were issued by the council in 2022.\n\n"
        "Response: The council issued 9,412 Blue Badges in 2022.\n",
        "response",
        "provided",
        id="disclosure-log-request-and-answer",
    ),
    case(
        "In terms of section 17 of the Freedom of Information (Scotland) Act 2002, I must give you notice that the "
        "Council does not hold the information you requested. The Council does not record the reasons given by "
        "tenants for ending their tenancies.\n",
        # LABELLING: FOISA section 17 is a not-held notice, and the outcome says not_held.
        "response",
        "not_held",
        id="foisa-s17-not-held-notice",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\n"
        "Thank you for your request, which we received on 8 April 2024.\n\n"
        "1. The council issued 1,153 fixed penalty notices for littering in 2023/24.\n"
        "2. Litter enforcement is carried out by Kingdom Services Group under contract to the council.\n\n"
        "Information Governance Team\nNorthby Borough Council\n",
        "response",
        "provided",
        id="wdtk-thread-request-then-full-answer",
    ),
    case(
        "Our ref: 01/FOI/24/039112\n\nDear Ms Hart,\n\n"
        "Thank you for your request for information, received on 3 April 2024, in which you asked:\n\n"
        "1. How many drones does the force own?\n"
        "2. How many",
        # LABELLING: outcome unknown when the text is cut before the answers can be judged (dev gold labels such a
        # reply, cut while quoting the request, response/unknown).
        "response",
        "unknown",
        id="reply-cut-off-while-quoting-request",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\n"
        "Thank you for your request, which has been given reference FOI 2291. The council will respond to your "
        "request within 20 working days.\n\nYours sincerely,\nInformation Governance Team\n\n"
        "Dear Morgan Lee,\n\nI am writing in response to your request for information (ref 2291). Please find "
        "below the council's response:\n\n1. How many fixed penalty notices for littering did the council issue "
        "in 2023/24?\n",
        # The acknowledgement is followed by the reply, cut before its first answer: the thread is the reply.
        "response",
        "unknown",
        id="wdtk-acknowledgement-superseded-by-the-reply",
    ),
    case(
        "Date: 2 May 2024\nOur Reference: 4410221\n\nDear Ms Cole\n\nEnvironmental Information Regulations 2004\n\n"
        "Thank you for your request regarding fly-tipping on Mill Lane.\n\nYour request falls within the scope of the "
        "Environmental Information Regulations 2004 and as such is exempt from the Freedom of Information Act 2000 "
        "under Section 39 of the Act.\n\nWe will send you a full response within 20 working days. If we need any "
        "further clarification we will be in touch.\n",
        "acknowledgement",
        "acknowledged",
        id="section-39-only-redirects-an-acknowledgement",
    ),
    case(
        "Dear Mr Shaw\n\nThank you for your email which has been received by the Council. We may need to contact "
        "you for further information or clarification. If you do not hear from us, please accept this email as "
        "acknowledgment of your request. You will receive a final response within the next 20 working days.\n",
        "acknowledgement",
        "acknowledged",
        id="automatic-reply-offering-to-ask-for-clarification",
    ),
    case(
        "Dear Ms Bell,\n\nThank you for your Freedom of Information request, which we received on 2 March 2024.\n\n"
        "The Trust holds this information. However, we are withholding it under Section 22 of the Freedom of "
        "Information Act, as it is intended for future publication.\n",
        "refusal",
        "refused",
        id="section-22-alone-withholds",
    ),
    case(
        "Date 3 June 2024\nOur ref RFI 2024-118\n\nDear Mr Amos,\n\nI write in connection with your request for "
        "information, dated 9th May 2024, concerning drone flights.\n\nYour request for information has now been "
        "considered and it is not possible to meet your requirements in full. Parts of this request are exempt by "
        "virtue of Section 31(1)(a) (Law Enforcement) and Section 40(2) Personal information.\n",
        "response",
        "partial",
        id="police-template-not-possible-in-full",
    ),
    case(
        "Dear Mr Price\n\nYour request for information has been handled under the Freedom of Information Act.\n\n"
        "I can confirm that the service has 31 rapid response vehicles.\n\nWe have considered the remainder of your "
        "request and we are withholding this information under Section 31(1)(a).\n",
        "response",
        "partial",
        id="one-figure-given-the-remainder-withheld",
    ),
    case(
        "Dear Ms Jones\n\nI am writing to you about your request that an official review be carried out. I have "
        "carried out a full review of the original request, action taken and subsequent communications. Findings "
        "are as follows:\n",
        "internal_review",
        "unknown",
        id="a-full-review-carried-out",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\nThank you for your recent request.\n\nUnfortunately, we cannot provide "
        "the information requested as we estimate that the cost of complying",
        "refusal",
        "refused",
        id="cost-refusal-cut-before-its-section",
    ),
    case(
        "Freedom of information response\n\nPublication date: 3 May 2024\n\nPlease provide the contact details of "
        "the person who decides on software, and the names of the systems used in Children's Services.\n\n"
        "Personal data of any other person is exempt under section 40(2).\n\n"
        "Children's Services use Mosaic, and ContrOCC supplied by Oxford Computer Consultants for finance.\n",
        # The systems named in the reply are information given; the contact details are withheld.
        "response",
        "partial",
        id="systems-named-beside-an-exemption",
    ),
    case(
        "Can you please send me a copy of the following documents:\n\n1. ICT Strategy  The ICT Strategy is publicly "
        "available on our website.\n\n2. ICT Risk Register  We are unable to disclose this information under "
        "Section 31(1)(a) of the Freedom of Information Act 2000. The reasons for this are outlined below.\n\n"
        "Section 31(1)(a) - Law Enforcement:\n\nThe ICT Risk Register describes weaknesses in the council's "
        "systems which, if released, would be likely to prejudice the prevention of crime.\n",
        "response",
        "partial",
        id="one-item-published-one-withheld",
    ),
    case(
        "Request Number: F-2024-0117\n\nYour request for information has now been considered. We can confirm that "
        "the Police Service of Northern Ireland does hold some information to which your request relates and this "
        "is being provided to you.\n\nRequest 1\nWhich system records stop and search?\nAnswer\nThis information "
        "is exempt under Section 31(1)(a) of the Freedom of Information Act 2000.\n",
        "response",
        "partial",
        id="holds-some-information-being-provided",
    ),
    case(
        "Our Ref: IM-FOI-2024-0301 Date: 2nd May 2024\n\nI refer to your recent request for information which has "
        "been handled in accordance with the Freedom of Information (Scotland) Act 2002.\n\nFor ease of reference, "
        "your request is replicated below together with the response.\n\n1. Please provide the number of custody "
        "officers.\n",
        "response",
        "unknown",
        id="reply-referring-to-your-recent-request-cut-before-answers",
    ),
    case(
        WDTK_REQUEST + "\nPlease find attached the Council's response to your recent FOI request on litter.\n\n"
        "Please note following the decision made by the First Tier Tribunal this Council will no longer accept "
        "requests that do not comply with this decision notice.\n\nInformation Governance Officer\n",
        # A council citing a tribunal's decision notice in its reply does not make the thread a decision notice;
        # what the attached response gives is not in the text (gold: unknown, Northampton on WhatDoTheyKnow).
        "response",
        "unknown",
        id="reply-citing-a-decision-notice",
    ),
    case(
        "Freedom of Information Request: 0160 2019/20\n\nPlease can you tell me which companies the trust holds catering "
        "service contracts with and how much each contract is worth.\n\nThe total annual expenditure for Patient "
        "feeding is £1,984,927 and Retail / Hospitality is £926,806.\n\nTo provide the value of each contract would "
        "exceed the 18 hours allowed under section 12 of the Freedom of Information Act.\n",
        # Figures given before a cost refusal of the rest, the request one paragraph (University Hospitals
        # Birmingham's log).
        "response",
        "partial",
        id="figures-given-before-a-cost-refusal-of-the-rest",
    ),
    case(
        "Dear Ms Jones\n\nWe have calculated that in order to comply with your request it would exceed the appropriate "
        "costs limit under section 12 of the Freedom of Information Act 2000. This is currently £450.\n",
        # ... not the limit itself (Aneurin Bevan University Health Board).
        "refusal",
        "refused",
        id="the-cost-limits-figure-gives-nothing",
    ),
    case(
        "Dear Mr Smith\n\nNorthby Police holds information on the subject you have requested. However, we will not be "
        "able to answer your request without exceeding the appropriate limit. This is because the information is not "
        "centrally recorded.\n\nYours sincerely\nFOI Officer\n",
        # A cost refusal in the reply's words, no section named (Avon and Somerset Police's log).
        "refusal",
        "refused",
        id="not-able-to-answer-without-exceeding-the-appropriate-limit",
    ),
    case(
        "Dear Mr Hunter\n\nThe cost of determining if the information is held, locating and retrieving the information "
        "exceeds the 'appropriate level' as stated in the Freedom of Information (Fees and Appropriate Limit) "
        "Regulations 2004.\n\nYours sincerely\nFOI Officer\n",
        # The limit called a level (Hampshire Constabulary).
        "refusal",
        "refused",
        id="exceeds-the-appropriate-level",
    ),
    case(
        "Subject: RE: FOI review request re. Shellfish [Ticket#2022102127000047]\nGood morning Mr Staniford\nI refer to "
        "your request for review below. I apologise for the delay in replying to you.\nYou original request was as "
        "follows:\nPlease provide information on Northby Cockles since 1 November 2021.\n",
        # A review's reply, cut before its finding (Comhairle nan Eilean Siar's review email on a blog).
        "internal_review",
        "unknown",
        id="i-refer-to-your-request-for-review",
    ),
    case(
        WDTK_REQUEST + "\nThank you for your request received 11 March 2020.\n\nPlease find attached NHS Northby and "
        "Westby's response to your request.\nKind regards\n\nFOI Officer\n",
        # The reply attached, the body's name of four words before "response" (NHS Dumfries and Galloway on
        # WhatDoTheyKnow): what it gives is not in the text.
        "response",
        "unknown",
        id="attached-response-named-for-a-body-of-four-words",
    ),
    case(
        "12 March 2009, Central government\nOn 2 June 2008 the complainant wrote to the Home Office to request the "
        "minutes of a board. The Home Office refused the request.\nFOI 35: Not upheld\n",
        "decision_notice",
        "decision",
        id="commissioner-summary-with-findings-per-section",
    ),
    case(
        WDTK_REQUEST + "\nDear Sir/Madam,\n\nI am writing to acknowledge receipt of your request for information "
        "which has been allocated reference number P0014272.\n\nA response will be issued to you in due course.\n\n"
        "FOI Advice Team\n\nGood afternoon\n\nI am writing to seek clarification of your request.\n\nCould you "
        "please confirm that you are interested in the council's own fixed penalty notices only?\n",
        # The acknowledgement and the later email asking to clarify, with no sign-off between them.
        "clarification",
        "clarification_requested",
        id="acknowledgement-then-a-greeting-asking-to-clarify",
    ),
    case(
        "Dear Northby Council,\n\nHow many claims for pothole damage did the council receive last year?\n"
        "How many of these claims did you pay?\nWhat was the total paid for claims last year?\n"
        "Did the council develop its own process for managing claims, e.g. a form to report them.\n\n"
        "Yours faithfully,\nOliver Lane\n\nNorthby Council\n\nCase Ref: NC0226-6776\nDear Mr Lane,\n"
        "We acknowledge receipt of your request for information received on 31/01/2020.\n",
        # The requester's own last line under the questions is not an answer to the one above it.
        "acknowledgement",
        "acknowledged",
        id="unnumbered-questions-then-an-acknowledgement",
    ),
    case(
        "Our ref / Ein cyf: 2021-1022E\nDate / Dyddiad: 22/11/2021\n\nRequest Accepted\n\nFREEDOM of INFORMATION "
        "ACT 2000\n\nDear Mr Cohen\n\nThank you for your request for information, received at this office on "
        "19/11/21, in which you requested details of the following:\n\nInformation about the cabinet reports.\n\n"
        "The above is a summary of your request. The full details of the information sought is provided to the "
        "officer to whom the request has been allocated.\n",
        "acknowledgement",
        "acknowledged",
        id="request-accepted-letter",
    ),
    case(
        "Case reference EIR2024/11873\nReceived 8 April 2024\n\nResponse\nInformation not held\nThe permit was "
        "revoked in 1996 and we no longer hold a copy. Please find attached our retention schedule.\n\nThe "
        "information you have requested is not held by the Agency, and we are therefore refusing your request. The "
        "exception at EIR Regulation 12(4)(a) applies.\n",
        # The regulations' not-held exception: not held, whatever else the reply attaches.
        "refusal",
        "not_held",
        id="eir-not-held-exception",
    ),
    case(
        "Request\nUnder the terms of the Freedom of Information Act 2000, I would like to ask for:\n"
        "1. A copy of your records retention schedule\n2. How many years you keep transcripts\n\nResponse\n"
        "Dear Ms Hale,\nI write further to your request for information dated 1 April 2019.\nYou requested details "
        "of:\n1. A copy of your records retention schedule\n2. How many years you keep transcripts\n"
        "Your request is refused in accordance with s.21 FOIA, as the information is reasonably accessible by other "
        "means. The information is available on the university website.\n",
        # The reply's greeting and opening are no answer to the last question above it.
        "refusal",
        "published",
        id="section-21-refusal-on-a-disclosure-log",
    ),
    case(
        "Our Ref: JCW/036468\nDate: 19 August 2016\n\nDear Mr Gregory\n\nFreedom of Information Act 2000 (FOIA) - "
        "Review\n\nI can confirm that I have now conducted a review of both responses and would advise you that the "
        "decisions are partially upheld for the following reasons:\n\n1. Your original request was refused as the "
        "cost of compliance would exceed the appropriate limit under section 12.\n",
        "internal_review",
        "partial",
        id="internal-review-partially-upheld",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee\n\nThank you for your information request received on 10 May 2024.\n\n"
        "We can confirm receipt of your request for information and will handle it under the most appropriate "
        "legislation.\n\nYour case reference number is FOI 24786\n\nYou can expect to receive a response by 8 June "
        "2024.\n\nYours sincerely,\nInformation Management Team\n",
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-confirming-receipt",
    ),
    case(
        WDTK_REQUEST + "\nDear Sir / Madam\n\nREQUEST FOR ACCESS TO INFORMATION\n\nCouncil acknowledges your request "
        "for information under the above legislation and will process your request.\n",
        "acknowledgement",
        "acknowledged",
        id="council-acknowledges-your-request",
    ),
    case(
        "Our ref: 01/FOI/20/017171\nDear Mr Williams\nI write in connection with your request for a review of the "
        "handling of your request, which was received by the Metropolitan Police Service (MPS) on 09/12/2020. A review "
        "will now be conducted in accordance with the Code of Practice issued under Section 45 of the Act. The "
        "reviewing officer will reconsider the original request before responding to you with their findings. "
        "However, the MPS aim to complete Internal Reviews within 20 working days. This is based upon guidance "
        "published by the Information Commissioner. If it is not possible to complete the review within this "
        "timescale you will be informed at the earliest opportunity. Please quote the reference number above in any "
        "correspondence about this matter, so that we can find your request and the review quickly, and let us know "
        "if your contact details change while the review is carried out.\n",
        # One re-flowed paragraph: the sentence naming the Commissioner is boilerplate, not the whole letter.
        "acknowledgement",
        "acknowledged",
        id="review-acknowledgement-in-one-long-paragraph",
    ),
    case(
        "Internal Review on the response to a Freedom of Information request - IR/07 (FOI 368)\n\nThe request for an "
        "Internal Review was received on 27th October 2016 and the review was conducted on 21st November 2016\n\n"
        "Background and the Review\n\nOn the 17th October 2016, the following request was received:\n",
        "internal_review",
        "unknown",
        id="internal-review-write-up",
    ),
    case(
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 889-2024\nI write in connection with your request for "
        "information which was received on 9th October 2024 as follows:\nPlease can I have the number of officers on "
        "duty in the CV36 area on 24 September 2024.\nPlease find the Warwickshire Police response set out below.\n",
        "response",
        "unknown",
        id="police-reply-cut-after-quoting-the-request",
    ),
    # --- threads whose messages are told apart by their greetings (modelled on WhatDoTheyKnow pages) ---
    case(
        "Policy on handling requests\n\nDear Office of Northby Communications,\n\nPlease may I have a copy of your "
        "policy on responding to requests for information.\n\nMr Jones\n\nJo Smith, Office of Northby Communications"
        "\n\nDear Mr Jones\n\nThank you for your request for information dated 26 August, which we have considered "
        "under the Freedom of Information Act 2000.\n\nWe do not hold a policy document that sets this out.\n",
        "response",
        "not_held",
        id="request-signed-with-a-name-alone-then-the-reply",
    ),
    case(
        "Fleet list\n\nDear Northby Fire and Rescue Authority (Northby Fire Brigade),\nPlease could you list the "
        "marked vehicles you use.\n\nYours faithfully,\n\nSam Lee\n\nNorthby Fire Brigade\n\nMr Lee,\n\nThank you "
        "for your request for information. A response will be provided promptly and in any case within 20 working "
        "days.\n\nRegards\nInformation Access Officer\n\nNorthby Fire Brigade\n\nDear Mr Lee\n\nI am writing in "
        "response to your request. While I have provided most of the information, please note the call signs of "
        "some specialist vehicles.\nPlease find attached the list.\n",
        "response",
        # ("most of the information" provided is some of it: partial)
        "partial",
        id="acknowledgement-greeting-without-dear-then-the-reply",
    ),
    case(
        "Correspondence from an MP\n\nDear University of Northby,\n\nThank you for your reply to my earlier request."
        "\n\nPlease provide any internal emails about the letter from the MP.\n\n",
        "request_only",
        "none",
        id="request-greeting-a-university",
    ),
    case(
        "TASERs\nDear Northby Police,\n1. How many officers carry a TASER?\n2. How many are trained to use one?\n"
        "Yours faithfully,\nTyler Jones\nDear Tyler Jones\nmany thanks for your email below. The opening lines "
        "would indicate that the below is an 'amended' request, however I cannot locate your previous request - "
        "could you please clarify?\nKind regards\nPhil\n",
        "clarification",
        "clarification_requested",
        id="the-authority-asks-to-clarify-in-a-thread",
    ),
    case(
        "Planning enforcement enquiry\nRequested Mon 20 December 2021\nIf I understand your reply you refuse to "
        "answer the questions that would clarify the case. Further clarification is required. Please take my "
        "request as a formal request under EIR.\n",
        "request_only",
        "none",
        id="the-requester-asks-for-clarification",
    ),
    case(
        "Sea level rise\nDear Northby Transport Holding Company,\nUnder FOI can you please provide any briefing "
        "papers on sea level rise\nYours faithfully,\nSam Neil\nDear Mr Neil,\nThank you for your email received "
        "20 December 2023. You requested: Dear Northby Transport Holding Company, Under FOI can you please provide "
        "any briefing papers on sea level rise. Our FOI team have made attempts to locate the information you have "
        "requested, however, we have determined that, in order to best respond to your request, we must ask for "
        "clarification. The term briefing papers has no single meaning.\nKind Regards\nFOI Team\n",
        "clarification",
        "clarification_requested",
        id="clarification-after-the-request-it-quotes-in-one-reflowed-line",
    ),
    # --- letters ---
    case(
        "Our Ref: 0123/13 Date 19 August 2013 Dear Mr Jones, I write further to your request for information "
        "received 16/08/2013. You asked for: 1. A copy of the review of Operation Example. 2. The number of staff "
        "who worked on the review. Your request for information has now been considered and the information asked "
        "for is as follows: 1) The review was conducted by the head of the department plus 1 review officer. 2) A "
        "further breakdown of the ranks is exempt by virtue of Section 40(2) - Personal Information.\n",
        "response",
        "partial",
        id="one-line-letter-about-a-review-gives-some-and-withholds-some",
    ),
    case(
        "Northby CBC letterhead\nOur Ref: EIR5992\nDate: 27 May 2016\nDear Mr Potter\nRequest for information\n"
        "This is an acknowledgement that Northby County Borough Council has received your request for access to "
        "information on 26 May 2016. Under the Regulations, we have 20 working days to comply with your request, "
        "and you should expect a full response by 24 June 2016.\nPlease find enclosed the leaflet 'Guidance Note for "
        "Applicants'.\n",
        "acknowledgement",
        "acknowledged",
        id="this-is-an-acknowledgement-with-a-leaflet-enclosed",
    ),
    case(
        "Disclosure Log - Response IRQ0012345 Further to our acknowledgement of 4 October we can now provide you with "
        "a response to your information request of 28 September for which you provided further clarification on 4 "
        'October 2016. Request You asked "I\'d like some stats on planning complaints". Our response Please see '
        "attached a csv file showing the information you have requested, to the date you supplied clarification of "
        "your request (4 October 2016).\n",
        "response",
        "provided",
        id="a-clarification-already-given-is-not-asked-for",
    ),
    case(
        "Review outcome\n\nDear Northby Borough Council,\n\nI asked for an internal review in April and have had no "
        "response.\n\nYours faithfully,\n\nA. Khan\n\nFreedom of Information, Northby Borough Council\n\nDear Mr "
        "Khan.\n\nThe response to your request for an internal review read as follows:\n\nI am writing to let you "
        "know that the Head of Legal Services has completed the investigation into your complaint.\n",
        "internal_review",
        "unknown",
        id="the-response-to-a-request-for-an-internal-review",
    ),
    case(
        "24 August 2020\nDear Mr Bruno,\nI refer to your email dated 13 August 2020.\nI am writing to confirm that "
        "the Housing Executive has processed your request under the Freedom of Information Act 2000 and is "
        "providing the following information:\nScheme Type | Year\nHeating | 2019\nWe have concluded that the "
        "exemption in Section 43(2) of the Freedom of Information Act 2000 applies to the costs, and therefore have "
        "applied redactions to this information.\n",
        "response",
        "partial",
        id="providing-the-following-information-beside-an-exemption",
    ),
    case(
        "Our Ref: IR 17877\nDate: 29 October 2008\nDear Mr Jackson\nIn your email received on 1st October 2008, "
        "you asked that I review the Department's decision to redact information within a document released to "
        "you.\n",
        "internal_review",
        "unknown",
        id="you-asked-that-i-review-the-decision",
    ),
    case(
        "Our Ref: FoI/2009/IR/07\n17 November 2009\nDear Mrs Wiley,\nRequest for a Review - Refusal under Section 12\n"
        "You have asked us to look again at the Council's refusal of your request for statistics.\nHaving reviewed "
        "this revised request, and examined the reason for the original refusal, it is my determination that the "
        "refusal under Section 12 of the Freedom of Information Act 2000 is still appropriate, since the work "
        "would exceed the appropriate limit of 18 hours.\n",
        "internal_review",
        "refused",
        id="having-reviewed-the-reason-for-the-original-refusal",
    ),
    case(
        "Our ref: IR2024/05897\n16 April 2024\nDear Rachel,\nThank you for your email appealing against the "
        "decision to withhold information under the Environmental Information Regulations 2004.\nI have considered "
        "your appeal and reviewed the application of regulation 12(4)(d) of the EIRs. I have concluded that "
        "regulation 12(4)(b) should have been engaged instead, and the information remains withheld.\n",
        "internal_review",
        "refused",
        id="i-have-considered-your-appeal",
    ),
    case(
        "Our Ref: IR 83959\nDate: 28 August 2013\nDear Mr Bale\nFreedom of Information Act 2000 (FOIA) - Outcome of "
        "Internal Review\nThank you for your Internal Review request dated 5 July 2013.\nInternal review assessment\n"
        "I have reassessed your case and I have concluded that the cost of answering your request would exceed the "
        "appropriate limit under section 12 of the Freedom of Information Act 2000.\n",
        "internal_review",
        "refused",
        id="outcome-of-internal-review-heading",
    ),
    case(
        "Ref. FOI/20201115/1\n10 December 2020\nDear Mr Dunn\nI write in reply to your email of 15 November "
        "requesting our admissions manual. Please find the information requested at the annex to this letter. We "
        "have applied the following redactions to the admissions manual.\nSection 43(2) - prejudice to commercial "
        "interests\nWe have redacted sections which are exempt under Section 43(2) of the Freedom of Information "
        "Act 2000.\n",
        "response",
        "partial",
        id="released-with-redactions",
    ),
    case(
        # The Office of the Police and Crime Commissioner for Cleveland's log: the bundle attached, two exemptions
        # applied to parts of it
        "OPCC Response\nAttached to the email accompanying this letter is a document bundle containing 44 items of "
        "email correspondence which fall within the scope of your request.\nThe following exemptions have been relied "
        "upon and applied in respect of your request:\nSection 40(2) Personal Information\nSection 30(1)(b) "
        "Investigations and Proceedings Conducted by Public Authorities.\n",
        "response",
        "partial",
        id="a-bundle-attached-to-the-email-accompanying-the-letter-exemptions-applied",
    ),
    case(
        # Cheltenham Borough Council on WhatDoTheyKnow: what it holds set out below, the page cut inside its table
        "Dear Nada,\n\nThe information the council holds in relation to your request for\ninformation is below:\n\n"
        "Below are details of the numbers of trees the Council has felled in the\nperiod 2014-2019.\n\nYear Trees "
        "felled\n\n2014 84\n\n2015 97\n",
        "response",
        "provided",
        id="the-information-held-in-relation-to-the-request-is-below",
    ),
    case(
        # Suffolk Constabulary's letter: the tables "provided below" confirm the figures asked for
        "Response to your Request\n\nSuffolk Constabulary has considered your request for information.\n\nThe tables "
        "provided below confirm the number of calls relating to the above named schools for the 2015-2017 calendar "
        "years.\n\nIncident description 2015 2016 2017 Admin - Administration 9 6 1\n",
        "response",
        "provided",
        id="the-tables-provided-below-confirm-the-figures",
    ),
    case(
        # The Greater London Authority's reply: the whole request refused as manifestly unreasonable, under a heading
        # that only introduces the response
        "Dear Ms Gniewosz\nYour request has been dealt with under the Environmental Information regulations (EIR) "
        "2004.\nOur response to your request is as follows:\nWe consider that this request is even wider in scope and "
        "falls under the exception under regulation 12(4)(b) as \u2018manifestly unreasonable\u2019.\n",
        "refusal",
        "refused",
        id="a-request-refused-as-manifestly-unreasonable",
    ),
    case(
        # The Security Industry Authority's FOI release: the words under "2. Response" name the reply a refusal
        "1. Request\n\nI am writing to request information on the following:\n\n  \u2022 the number of reports "
        "received\n  \u2022 the number of times the SIA followed up\n\n2. Response\n\nI can confirm that we hold the "
        "information that you have requested. This e-mail constitutes a notice of refusal to comply with your request "
        "for the reason I will explain below.\n\n2.1 Exceeding the appropriate cost limit\n\nSection 12(1) of the "
        "Freedom of Information Act allows a public authority to refuse to deal with a request where it estimates that "
        "it would exceed the appropriate limit.\n",
        "refusal",
        "refused",
        id="a-response-heading-over-words-that-name-the-reply-a-refusal",
    ),
    case(
        # West Midlands Ambulance Service University NHS Foundation Trust on WhatDoTheyKnow: a covering note for the
        # reply sent as a file, which says nothing of how the request ended
        "WMAS Siren Usage\nDear Northby Ambulance Service,\nCould you please provide the following under the Freedom "
        "of Information Act:\n1. Current policies regarding usage of sirens.\n2. When the policies were last changed.\n"
        "Yours faithfully,\nMarc Walker\nGood morning\nPlease see the attached response to your recent request for "
        "information\nunder the Freedom of Information Act.\nWe have also attached a quick survey and we were wondering "
        "if we could\nspare a few moments of your time to complete and return to either myself,\nor the Head of "
        "Governance and Risk [1][email address] to help us\nimprove the service we currently provide.\nKind Regards\n"
        "Lynsey Kumari\nFreedom of Information & Document Control Officer\n",
        "response",
        "unknown",
        id="a-covering-note-for-the-reply-sent-as-a-file",
    ),
    case(
        # The Marine Management Organisation's reply: one part not held, the rest pointed to where it is published
        "14 September 2023\nDear Mr Glover,\nThank you for your request for information.\nMMO confirms this Delivery "
        "Board was not implemented. Therefore, we are not able to provide you with this information as it is not "
        "information that the MMO holds.\nUnder section 21 of Freedom of Information Act 2000 (FOIA) a public "
        "authority is exempt from providing information in response to a request where that information is reasonably "
        "accessible via other means. You can find the minutes on our website.\n",
        "response",
        "partial",
        id="some-not-held-the-rest-published-in-prose",
    ),
    case(
        WDTK_REQUEST
        + "\nNorthby Qualifications Regulator\n\nDear Ms Lee\n\nThank you for your request, made under the "
        "Freedom of information Act 2000 (the Act). We will deal with your request in line with the Act.\n\nPlease "
        "note that we might not be able to respond within statutory timelines. We will respond as soon as we can.\n\n"
        "Kind regards\n\nFreedom of Information Team\n",
        "acknowledgement",
        "acknowledged",
        id="we-will-deal-with-your-request",
    ),
    case(
        WDTK_REQUEST + "\nNorthby Borough Council\n\n13/03/2014\n\nFOI Request Number :5106\n\nDear Ms Lee,\n\nThank "
        "you for your request for information received on 12/03/2014.\n\nYour request is being considered and you "
        "will receive the information within the statutory timescale of 20 working days.\n\nYours sincerely\n",
        "acknowledgement",
        "acknowledged",
        id="your-request-is-being-considered",
    ),
    case(
        WDTK_REQUEST + "\nNorthby Combined Authority\n\nDear Ms Lee\n\nYour request for information was received by us "
        "on 27 April 2021.\n\nWe are processing it in accordance with the Freedom of Information Act 2000.\n\nWe "
        "will carry out an assessment and if any exemptions apply we will tell you, no later than 20 working days "
        "following the date of receipt.\n",
        "acknowledgement",
        "acknowledged",
        id="we-are-processing-it",
    ),
    case(
        "Our Ref: CTMUHB_65_21\nDate: 22 February 2021\nDear Mr Davies,\nThank you for your request for information "
        "received on the 27 January 2021. Please find the response from Northby University Health Board set out "
        "below:\nYou asked:\nPlease could you provide the total number of deaths within hospitals for 2020?\n"
        "Our response:\nPlease see response provided in the table below:\nHospital 2019 2020 Northby General 754 "
        "905\n",
        "response",
        "provided",
        id="the-response-set-out-below",
    ),
    case(
        WDTK_REQUEST + "\nFOI, Northby Borough Council\n\nDear Ms Lee\n\nCouncil Response - 2016/12/34\n\nThank you "
        "for your Freedom of information request. Please find responses to your questions in the attached table.\n\n"
        "We trust that this resolves your Freedom of Information request.\n",
        "response",
        "provided",
        id="responses-in-the-attached-table",
    ),
    case(
        WDTK_REQUEST + "\nInformation Management Branch, Northby Department\n\nMorgan\n\nWe have received your "
        "Freedom of Information request and I attach your acknowledgement letter.\n\nJohn McCann\n",
        "acknowledgement",
        "acknowledged",
        id="we-have-received-your-freedom-of-information-request",
    ),
    case(
        "Summary: The complainant requested information held by the Northby National Park Authority relating to the "
        "scheduling of his land. The authority provided some information but said that it did not hold other "
        "information. The Commissioner has considered the authority's response and is satisfied that on a balance "
        "of probabilities no further information is held.\n",
        "decision_notice",
        "decision",
        id="an-ico-case-summary",
    ),
    case(
        "Decision 191/2018\n\nDecision 191/2018: Improvement works\n\nPublic authority: Northby Water\nReference No: "
        "201801355\n\nSummary\n\nNorthby Water was asked about improvement works at its reservoirs. Northby Water "
        "provided some information, while stating that other information was not held.\n\nRelevant statutory "
        "provisions\n\nThe Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations 5(1) (Duty to "
        "make available environmental information on request); 10(4)(a) (Exceptions from duty to make environmental "
        "information available)\n",
        "decision_notice",
        "decision",
        id="a-commissioners-decision-on-information-not-held",
    ),
    case(
        "FOI 14102019-1 - Branded Merchandise\n\nCan you please tell me the total spent on branded merchandise since "
        "2012?\n\nIt is my assessment that the cost of providing you with the information requested would exceed the "
        "'appropriate limit' of \u00a3450 set out in the Fees Regulations 2004.\n",
        "refusal",
        "refused",
        id="a-cost-limit-refusal-with-the-limit-in-quotes",
    ),
    case(
        "FOI request (FOIR-573842095)\nClimate Emergency Declaration\nRequested Wed 03 January 2024\nResponded Wed 07 "
        "February 2024\nI would like to request the following information:\n1. Do you have a full-time climate officer? "
        "Yes/No\nThe Freedom of Information Act is based on recorded information held by a local authority. Your "
        "request is simply asking questions and therefore falls outside the remit of the Act.\n",
        "refusal",
        "refused",
        id="a-disclosure-log-refusal-with-no-greeting",
    ),
    case(
        "Dear Northby County Borough Council,\nHow many trees has the authority cut down each year since 2013 (or if "
        "data is not held that far, the furthest it goes).\nHow many trees has the authority planted each year since "
        "2013.\nYours faithfully,\nG. Jones\n\nThank you for your recent FOI / EIR request. Please find attached an "
        "acknowledgement for this request.\n",
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-attached-under-a-request-that-mentions-data-not-held",
    ),
    case(
        "Dear Northby Council,\n\n1. How many trees were felled each year since 2013 (or if data is not held that far, "
        "the furthest it goes)?\n2. How many trees were planted?\n\nYours faithfully,\nG. Jones\n\nDear Ms Jones,\n\n"
        "Thank you for your request.\n\n1. 412 trees were felled.\n2. 380 trees were planted.\n\nYours sincerely,\n"
        "Information Team\n",
        "response",
        "provided",
        id="not-held-in-the-request-is-not-the-reply-saying-so",
    ),
    case(
        'Our Reference: 84454\nYou asked for the following information from the Northby Agency:\n"Please provide the '
        'numbers of orders issued in all Northby courts."\n"Please provide the numbers of orders issued in Easton '
        'Magistrates Court."\nWith regard to your first request, I can confirm the department has previously '
        "complied with your request. Under Section 14(2) of the Act, we are not obliged to comply with any "
        "substantially similar or identical requests.\nI can confirm that the Department holds some of the "
        "information you have asked for and I am pleased to provide this to you in the attached Annex A.\n",
        # The second request answered, not something enclosed to assist with a refused whole: a response.
        "response",
        "partial",
        id="a-repeat-refused-beside-the-rest-provided-in-an-attached-annex",
    ),
    case(
        "Dear Northby Police and Crime Commissioner,\n\nPlease provide information as follows:\n\n1) Supply all "
        "communications about fox hunting.\n\n2) What action has the Commissioner taken?\n\nYours faithfully,\n\n"
        "B. Jones\n\nDear Sir / Madam,\n\nThank you for taking the time to contact the Police & Crime Commissioner "
        "for Northby. The Commissioner aims to respond to correspondence within 10 working days.\n\nBest wishes,\n\n"
        "Office of the Police & Crime Commissioner for Northby\n",
        "acknowledgement",
        "acknowledged",
        id="a-commissioners-automatic-reply",
    ),
    case(
        "Reference No: 126/2015\nRequest Date: 24/11/2015\n\nRequest\n\nUnder the terms of the Freedom of Information "
        "Act 2000, please provide me with full answers to each of the following questions:\n\n  1. How many "
        "firefighters have been trained?\n  2. How much has been paid in overtime?\n\nResponse\n\nFreedom of "
        "Information Act 2000\n\nThe right of access to information is subject to a number of exemptions.\n\n"
        "DECISION\n\nThis letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000."
        "\n\nSection 17 of the Act provides:\n\n  1. A public authority which, in relation to any request for "
        "information, is to any extent relying on a claim that information is exempt must give the applicant a "
        "notice.\n",
        "refusal",
        "refused",
        id="a-refusal-notice-quoting-section-17-numbered-like-the-questions",
    ),
    case(
        "Dear Northby Passenger Transport Executive,\n\nI would be obliged if you could forward a copy of:\n(1) the "
        "Metro's complete Rule Book;\n(2) Metro Working timetables.\n\nYours faithfully,\n\nD. Reynolds\n\nDear Sir,"
        "\n\nI attach as requested working timetable.\n\nIn relation to the Rule Book, Northby considers that the "
        "exemption under S38 (1) of the Freedom of Information Act 2000 applies, and on that basis would not propose "
        "to release the information.\n\nYours faithfully,\n\nFOI Officer\n",
        "response",
        "partial",
        id="one-document-attached-and-the-other-withheld",
    ),
    case(
        "Dear Mr Highton\n\nThank you for your email of 22 July requesting information from the Inspectorate. Your "
        "request has been considered under the EIR.\n\nPlease note that telephone numbers, email addresses and "
        "signatures of individuals has been redacted under regulation 13 of the EIR. This information is the "
        "personal data of third parties.\n\nYours sincerely\n\nA. Clerk\n",
        "response",
        "partial",
        id="personal-data-redacted-from-what-is-sent",
    ),
    case(
        "Dear Northby Borough Council,\n\nUnder the Freedom of Information Act 2000, I would like to request the "
        "following:\n\n- The total number of council-owned car parking spaces.\n- The tariffs at each car park.\n\n"
        "Yours faithfully,\n\nE. Blacow\n\nResidents Services FOI, Northby Borough Council\n\nDear E. Blacow\nI   am "
        "writing in response to your request for information under the\nFreedom of Information Act 2000, received "
        "28/10/201",
        "response",
        "unknown",
        id="a-reply-cut-after-its-first-line-with-its-spaces-doubled",
    ),
    case(
        "Northby Health Agency\nOur ref: 03/10/24/JS/390\nDear Mr Nash,\n13 December 2024\nRe: Internal review of case "
        "refs: 01/07/24/JS/188 & 13/09/24/JS/353\nI refer to your email of 3 October which is being treated as a "
        "request for an internal review of case references 13/09/24/JS/353 & 01/07/24/JS/188, in relation to your "
        "request for information under the Freedom of Information Act 2000. We relied on section 22 of the Act for "
        "the 2024 figures. Please find attached the earlier figures.\n",
        "internal_review",
        "partial",
        id="a-letter-headed-as-the-internal-review",
    ),
    # The reply itself attached says nothing of what it gives: the outcome is left unknown.
    case(
        WDTK_REQUEST + "\nDear Ms Smith\n\nPlease see the attached response to your recent request for information "
        "under the Freedom of Information Act.\n\nKind regards\nInformation Governance Team\n",
        "response",
        "unknown",
        id="the-reply-attached-gives-nothing-to-judge",
    ),
    case(
        "Drones (3300/18)\n\nRequest\n\n1. How many drones does your force own?\n\n2. What are your plans for the use "
        "of drones in surveillance work?\n\nResponse\n\nPlease see our response attached.\n\nIn this case, this "
        "letter represents a Refusal Notice for question 2. We neither confirm nor deny that any relevant data are "
        "held by virtue of Section 24(2) National Security.\n",
        # The other questions are answered in the attachment (West Midlands Police's disclosure log).
        "response",
        "partial",
        id="a-refusal-notice-for-one-question-beside-a-response-attached",
    ),
    case(
        WDTK_REQUEST + "\nDear Ms Smith\n\nPlease find attached our letter regarding your request. The cost of "
        "locating and extracting the information would exceed the appropriate limit under section 12 of the "
        "Freedom of Information Act.\n\nKind regards\nInformation Governance Team\n",
        "refusal",
        "refused",
        id="a-cost-refusal-whose-letter-is-attached-gives-nothing",
    ),
    case(
        WDTK_REQUEST + "\nDear Ms Smith\n\nPlease find attached the spreadsheet of the figures you requested.\n\nKind "
        "regards\nInformation Governance Team\n",
        "response",
        "provided",
        id="the-information-attached-is-provided",
    ),
    case(
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nDecision given on: 12 June 2025\n"
        "Between:\n|\nMARTIN SMITH\n|\nAppellant\n|\n- and -\n|\nTHE INFORMATION COMMISSIONER\n|\nRespondent\n"
        "Decision:\nThe appeal is Allowed in part.\nSubstituted Decision:\nNorthby Borough Council must, within 35 days, "
        "inform the Appellant in writing whether it holds the information.\n",
        # A tribunal's decision on an appeal against the Commissioner's decision notice is a decision too.
        "decision_notice",
        "decision",
        id="a-tribunal-decision-on-an-appeal",
    ),
    case(
        "Parking Ticket Data\n\nNeil made this Freedom of Information request to Northby Council\n\nThe request was "
        "partially successful.\n\nNeil\n\n1 August 2009\n\nDear Sir or Madam,\n\nUnder the Freedom of Information "
        "Act 2000 I would like to request\nsome information relating to parking.\n\n1. I would like to request the "
        "raw data set of parking tickets broken down by:\ndate, time, location\n\n2. I would also like to request "
        "any information on bonus schemes for your parking enforcement officers.\nThis is envisaged to cover the "
        "las",
        # WhatDoTheyKnow's status line is not the authority's reply; the page is cut inside the request.
        "request_only",
        "none",
        id="a-request-greeting-sir-or-madam-cut-before-any-reply",
    ),
    case(
        WDTK_REQUEST
        + "\nFreedom of Information, Northby Borough Council\n\nThank you for contacting the Northby Borough "
        "Council Corporate Information Governance Team.  We confirm that we have\nreceived your correspondence.\n\n"
        "If you have submitted a Freedom of Information or Environmental\nInformation Regulation request - we will "
        "respond to your request in\naccordance with the appropriate legislation (20 working days).\n",
        # An automatic reply wrapped at 72 columns (the City of Bradford Metropolitan District Council's).
        "acknowledgement",
        "acknowledged",
        id="an-automatic-acknowledgement-wrapped-across-its-cue",
    ),
    case(
        "Dear Miss Fox\n\nI refer to your recent request for information under the Freedom of Information Act 2000.\n\n"
        "In accordance with section 1(1)(b) of the Act, our response is as follows:\n\nSome of the information that "
        "you have requested is already accessible by other means and is therefore exempt in accordance with Section "
        "21 of the Freedom of Information Act.\n",
        # Only some of it is published elsewhere (Cheshire Constabulary).
        "response",
        "partial",
        id="some-of-the-information-already-accessible",
    ),
    case(
        "Internal Review reference number: FOI2016/00124\n\nDear Mr Smith\n\nI refer to your e-mail of 30 January 2016 "
        "which requested an internal review of the handling of your request for information made on 6 January 2016. "
        "The review has concluded that the exception at regulation 12(5)(e) of the EIR applies, and the information "
        "remains withheld.\n",
        "internal_review",
        "refused",
        id="a-review-headed-by-its-reference-label",
    ),
    case(
        "Internal Review of the Environmental Information Regulations request reference NBC/0403512\n\nDear Ms "
        "Jones\n\nThank you for giving us an opportunity to review the response we sent to your request.\n",
        "internal_review",
        "unknown",
        id="a-review-headed-internal-review-of",
    ),
    case(
        "Dear Mr Evans\n\nI am writing in response to your review request of 1 July 2019. The purpose of an Internal "
        "Review is to assess how the request was handled in the first instance.\n",
        "internal_review",
        "unknown",
        id="in-response-to-your-review-request",
    ),
    case(
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 889-2024\nI write in connection with your request for "
        "information which was received on 9th October 2024 as follows:\nPlease can I have the number of on duty "
        "police officers covering the Northby area on the night of 24th September 2024.\nPlease find the Northby "
        "Police response set out below.\nResponse: I can advise that the information is held; however, this "
        "information has been deemed unsuitable for disclosure.\n",
        "refusal",
        "refused",
        id="held-but-deemed-unsuitable-for-disclosure",
    ),
    case(
        "Dear Mr Smith\n\nFreedom of Information Request - RFI20220211\n\nThank you for your request. If held, the "
        "information you requested is held for the purposes of 'art, journalism or literature'. The Act provides "
        "that the BBC is not obliged to disclose this type of information and we will not be disclosing the "
        "information on this occasion.\n",
        "refusal",
        "refused",
        id="journalism-art-or-literature-not-disclosed",
    ),
    case(
        "East Northby Council Response\n\n02 November 2020\n\nAfter consideration of your request I am writing to you "
        "to advise that the Council are not obliged to supply the information you have requested.\n",
        "refusal",
        "refused",
        id="not-obliged-to-supply-the-information",
    ),
    case(
        "Request Number: F-10001\nSubject: Finance System\nRequest and Answer:\nYour request for information has now "
        "been considered. We can confirm that the Northby Police Service does hold some information to which your "
        "request relates and this is being provided to you. We further consider the information you seek in request "
        "number 1 is exempt by virtue of Section 31 of FOIA. We have also provided you with links to guidance issued "
        "by the Information Commissioner's Office which we have followed in responding to your request.\n",
        # The paragraph cites the commissioner's guidance: it is no complaint-rights boilerplate (PSNI's log).
        "response",
        "partial",
        id="some-held-and-provided-in-a-paragraph-citing-commissioner-guidance",
    ),
    case(
        "Dear Ms Ellis,\n\nFreedom of Information Act Request - our reference 2024-311.\n\nThank you for your email "
        "dated 4 March 2024 requesting information from Northby University about library opening hours.\n\nThe "
        "University will respond on or before 2 April 2024, the date on which the 20 working day response period "
        "ends.\n",
        "acknowledgement",
        "acknowledged",
        id="will-respond-on-or-before-a-date",
    ),
    case(
        "Dear Northby Borough Council,\n\nPlease provide copies of the minutes of the licensing committee for "
        "2023.\n\nYours faithfully,\n\nA Campaigner\n\nJane Hill, Northby Borough Council\n\nDear A Campaigner\n\n"
        "Please find attached our acknowledgement of receipt of your request.\n\nYours sincerely\n\nJane Hill\n"
        "Information Governance\nNorthby Borough Council\n\nJane Hill, Northby Borough Council\n\nDear A Camp",
        # The page is cut inside the next letter's greeting: nothing of that letter supersedes the acknowledgement.
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-before-a-greeting-the-page-is-cut-in",
    ),
    case(
        "Dear Northby City Council,\n\nPlease can you provide all correspondence with the highways contractor about "
        "tree felling in 2019.\n\nYours faithfully,\n\nMr Cole\n\nFOI, Northby City Council\n\nDear Mr Cole,\n\n"
        "Thank you for your recent request for information which we received on 10/12/2019.\n\nThe Freedom of "
        "Information Act states that we must respond to you within 20 working days.\n\nYours sincerely,\n\n"
        "Northby City Council\n\nFOI, Northby City Council\n\nDear Mr Cole\n\nThanks for your email 10 January ",
        # The page is cut in the first line of the next letter, before its sentence ends: it says nothing yet.
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-before-a-letter-cut-in-its-first-line",
    ),
    case(
        "Dear Northby County Council,\n\nPlease provide the number of school transport appeals in 2023.\n\n"
        "Yours faithfully,\n\nMichelle\n\nDear Michelle\n\nThank you for your request. We will respond within 20 "
        "working days.\n\nYours sincerely\n\nInformation Compliance Team\n\nDear Michelle\n\n"
        "Freedom of Information Request ICM0004027- Refusal\n\nI am writing to confirm that Northby County Council h",
        # A heading above the cut line: the letter after the acknowledgement is the reply, and it is a refusal.
        "refusal",
        "refused",
        id="negative-a-headed-letter-cut-after-the-acknowledgement-is-the-reply",
    ),
    case(
        "I am writing in response to your request for information relating to Northby car parks.\n\nAt present we "
        "only hold data for the High Street car park. I have attached a spreadsheet which shows the transactions hour "
        "by hour over this period.\n\nContractual information is exempt under Section 43 of the Freedom of "
        "Information Act (Commercial Interests).\n",
        "response",
        "partial",
        id="i-have-attached-a-spreadsheet-beside-an-exemption",
    ),
    case(
        "Dear Mr Wyllie\nFOI REQUEST NO 0949\nWith reference to your recent request for information in relation to "
        "reserved minutes of the Board I have attached minutes from the last two years.\nYou will see that some "
        "redactions have been made to the minutes where we feel that the information attracts one of the three "
        "exemptions shown below:\nS30 - Prejudicial to the Effective Conduct of Public Affairs\nS38 - Personal "
        "Information\nS33 - Commercial Interests\n",
        # NHS 24 on WhatDoTheyKnow: minutes given, redacted under FOISA 30, 38 and 33
        "response",
        "partial",
        id="i-have-attached-minutes-beside-exemptions",
    ),
    case(
        "Information provided for the answer:\n\nThank you for your request dated 22nd September 2023.\n\nWith regards "
        "to emails we are able to use key word searches. I have estimated that it would take more than 30 hours of "
        "staff time to confirm that we held the data requested. Under Section 12 of the Freedom of Information Act we "
        "are not obliged to comply with a request for information if we estimate that the cost of complying would "
        "exceed 18 hours of staff time. Therefore, this is a formal refusal notice under Section 17[5] of the Act, "
        "regarding the request for emails. If you would like to refine this part of your request by narrowing its "
        "scope, we may be able to assist you.\n\nWe do store records by the Health Board and then by service.\n",
        # Public Health Wales: the emails refused on cost, the other questions answered
        "response",
        "partial",
        id="cost-refusal-of-this-part-of-your-request",
    ),
    case(
        "Dear The English Heritage Trust,\n\nPlease could you let me have copies of:\n\n1) The agendas of the "
        "Trustees' meetings.\n2) Minutes of the Trustees' meetings.\nYours faithfully,\n\nTristan Light\n\nBryan, Ann,"
        "\n\nOur Reference:17/1458\n\nDear Mr Light,\n\nThank you for your email on 20 February in which you have "
        "requested the following:\n\n1) The agendas of the Trustees' meetings.\n\n2) Minutes of the Trustees' "
        "meetings.\n\nYour request will be considered under the Freedom of Information Act (2000). We will be\n"
        "writing to you within the statutory 20 working day timeframe with a response to your request.\n\nYours "
        "sincerely,\n\nAnn Bryan\n",
        # the English Heritage Trust on WhatDoTheyKnow: a promise to write, not an answer
        "acknowledgement",
        "acknowledged",
        id="we-will-be-writing-to-you-within-the-statutory-20-working-days",
    ),
    case(
        "Cleaning contracts\n\nDate submitted: 23 May 2017\n\nSummary of request\n\nI was hoping to find out who "
        "cleans the council's buildings.\n\nSummary of response\n\nThe buildings are cleaned by two contractors, "
        "Northby Cleaning Ltd and Sparkle Ltd, under contracts that run to 2019.\n\nDate responded: 23 May 2017\n",
        # East Devon District Council's published requests head the answer "Summary of response"
        "response",
        "provided",
        id="summary-of-response-heads-the-answer",
    ),
    case(
        "Dear Merseyside Fire and Rescue Service,\n\nPlease provide:\na) Appendix H to report CFO/101/14\nb) "
        "Appendix F to report CFO/003/14\n\nYours faithfully,\n\nJohn Brace\n\nFreedom of Information Team, "
        "Merseyside Fire and Rescue Service\n\nDear Mr Brace\n\nPlease see the attached letter in acknowledgement "
        "to your recent request made under the Freedom of Information Act 2000.\n\nKind Regards\n\nJulie Yare\n",
        # Merseyside Fire and Rescue Service on WhatDoTheyKnow: the letter attached is the acknowledgement
        "acknowledgement",
        "acknowledged",
        id="attached-letter-in-acknowledgement",
    ),
    case(
        "Our Reference:16/1211\n\nDear Mr Brookes,\n\nRe: Request - Advice given re Listed Buildings and Double "
        "Glazing\n\nThank you for your email to Historic England on 13 June in which you have requested various "
        "information regarding listed building planning applications.\n\nYour request will be considered under the "
        "Freedom of Information Act (2000)/ the Environmental Information Regulations (2004).\n",
        # Historic England on WhatDoTheyKnow, cut before its promise of a date
        "acknowledgement",
        "acknowledged",
        id="your-request-will-be-considered-under",
    ),
    case(
        "Andrew Latham, London Ambulance Service NHS Trust\n\nDear Charles\n\nPlease see answers to your questions "
        "below, date ranging from January 2014 to December 2019:\n\nHow many times since January 2014 have you sent "
        "hazardous response teams to Heathrow airport. - 11 incidents where a HART vehicle attended.\n",
        # the London Ambulance Service on WhatDoTheyKnow: the answers follow
        "response",
        "provided",
        id="please-see-answers-to-your-questions-below",
    ),
    case(
        "Dear Northby District Council,\n1. Please list all council-funded swimming pools.\nYours faithfully,\n"
        "F. Smith\nDear F. Smith,\nMany thanks for your request. In order for you to make a valid request for "
        "information, please provide your real name as set out in Section 8(1)(b) of the Freedom of Information Act "
        "2000.\n",
        # The authority asks in the words a request uses ("please provide"): the cue's own words are not the
        # requester's voice.
        "clarification",
        "clarification_requested",
        id="please-provide-your-real-name",
    ),
    case(
        "Dear Northby Police,\n\nPlease could you provide the data behind the casualty figures.\n\nYours faithfully,"
        "\n\nI Bell\n\nThank you for your email submitted to the Freedom of Information Team.\n\nIf your email "
        "relates to a new FOI request please accept this\nauto-response as a formal acknowledgement.\n\nShould we need "
        "to clarify any aspect of your request we will contact you regarding this but please be aware that the 20 "
        "working day deadline will\nnot begin until the clarification has been received.\n",
        "acknowledgement",
        "acknowledged",
        id="accept-this-auto-response-as-a-formal-acknowledgement",
    ),
    case(
        "Enquiry Reference FOI2008/383\nRequest for information\nThe information you used to cancel the show.\n"
        "In the case of your request three qualified exemptions apply and therefore a public interest test has been "
        "completed.\nHarm Test\nThe release of this information may prejudice working relationships.\n",
        "refusal",
        "refused",
        id="qualified-exemptions-apply",
    ),
    case(
        "Thank you for your request, which we received on 3 May 2024. We will respond within 20 working days, unless "
        "exemptions apply, and explain why the exemption applies if we withhold anything.\n",
        "acknowledgement",
        "acknowledged",
        id="negative-unless-exemptions-apply-in-an-acknowledgement",
    ),
    case(
        "Dear Peter\nI am writing to provide a response to your FOI request. I can confirm that the University does hold "
        "some relevant material in relation to your request.\nThe minutes will be published on the University's "
        "website. We will therefore engage Section 22 of the Act for them.\n",
        "response",
        "partial",
        id="does-hold-some-relevant-material-beside-an-exemption",
    ),
    case(
        "Dear Madam,\n\nRequest for Information: Cost Limit\n\nUnder the Freedom of Information Act the Council has a "
        "right to refuse a request if the cost of complying with it exceeds the 'appropriate limit'.\n\nWe do not hold "
        "the information requested electronically and obtaining the information would involve a manual trawl of case "
        "files, which would exceed the appropriate limit.\n\nYours faithfully\n\nInformation Governance\n",
        # Not held in one form only: the cost refusal, not information partly not held.
        "refusal",
        "refused",
        id="not-held-electronically-in-a-cost-refusal",
    ),
    case(
        "Freedom of Information (FOI) Act request ref: 01/FOI/24/007183/S\nThe People Department has provided the "
        "following information.\nNumber of deployments: 10 dive deployments.\nNorthby Police can neither confirm "
        "nor deny any further information is held by virtue of Section 23(5) of the FOI Act.\n",
        "response",
        "partial",
        id="a-department-has-provided-the-following-information-beside-ncnd",
    ),
    case(
        "Information released:\n\nPlease see the attached data for calendar years 2018 and 2019. I regret that we are "
        "unable at this time to release similar data for 2020, because that information is exempt from disclosure "
        "under section 22 of the Freedom of Information Act.\n",
        "response",
        "partial",
        id="please-see-the-attached-data-beside-an-exemption",
    ),
    case(
        "Dear Mr Finnegan,\n\nFirst part of your request: you can find the overarching assessment at "
        "https://www.northby.gov.uk/assessments/\n\nSecond part of your request: the remaining assessments are exempt "
        "from disclosure under section 22 of the Freedom of Information Act.\n",
        "response",
        "partial",
        id="you-can-find-it-at-a-link-beside-an-exemption",
    ),
    case(
        "Dear Mr Finnegan,\n\nFirst part of your request: you can find the overarching assessment at "
        "https://www.northby.gov.uk/assessments/\n\nSecond part of your request: I estimate that complying would "
        "exceed the appropriate limit set out in section 12 of the Freedom of Information Act.\n",
        # One part answered beside a cost refusal of the other: a response, partly given.
        "response",
        "partial",
        id="a-part-answered-beside-a-cost-refusal-of-another",
    ),
    case(
        "Response\n\nThe cost of locating, retrieving and providing all the information requested would exceed the "
        "upper cost limit of £600. Under section 12 of FOISA public authorities are not required to comply with a "
        "request if the cost of complying would exceed the upper cost limit.\n\nHowever, in an effort to provide "
        "reasonable assistance to your enquiry, please find enclosed the most recent correspondence.\n",
        # What a refusal of the whole encloses to advise and assist: still a refusal, partly given.
        "refusal",
        "partial",
        id="a-cost-refusal-enclosing-something-to-assist",
    ),
    case(
        "Request:\n- Please provide the total number of public-space CCTV cameras operated by the council\n742\n"
        "- Please indicate whether the CCTV system is cloud-hosted\nThis information is exempt from disclosure under "
        "section 31(1)(a) of the FOI Act.\n",
        # Each point answered under its bullet: one given, one withheld.
        "response",
        "partial",
        id="bullets-each-followed-by-its-answer-one-withheld",
    ),
    case(
        "Request: how many firearms licences were revoked in 2024, by reason?\n\n"
        "Section 17 of the Act requires Northby Constabulary, when refusing to provide such information (because "
        "the information is exempt), to provide you with a notice which states that fact and specifies the "
        "exemption in question.\n",
        "refusal",
        "refused",
        id="police-refusal-notice-opening-with-section-17",
    ),
    case(
        "Dear Mr Mortimer\n\nIn response to this and your most recent e-mail:\n\nAs I said in my formal response, "
        "each record would need to be read, and that is why I have refused this element of your request on cost "
        "grounds.\n",
        # A follow-up in the authority's voice (Halton Borough Council), refusing on cost with no section printed.
        "refusal",
        "refused",
        id="a-follow-up-that-has-refused-part-on-cost-grounds",
    ),
    case(
        "Our Ref: FOI2017/07922\n\nIn your email you requested how much money was paid to informants.\n\nIn "
        "response to question one we do not hold the information in the format requested however we are able to "
        "provide the information by calendar year.\n\nCalendar Year 2015 2016\nAmount paid £ 4077 5920\n\n"
        "Information relating to 2017 is withheld under Section 30(2) Investigations and Proceedings.\n",
        # Some given in another form beside a section 30(2) refusal (Ministry of Defence Police).
        "response",
        "partial",
        id="able-to-provide-the-information-in-another-form-beside-an-exemption",
    ),
    case(
        "Ref: FOI 2009-038\n\n2. How many of these staff are officers?\n\n781 in total.\n\n3. How many members "
        "of staff classify themselves as LGBT?\n\nTo attempt to retrieve this information would require the manual "
        "searching of records for 856 officers and staff. It has been calculated that this would cost in the region "
        "of £1775.00.\n",
        # One answer refuses on cost with no section printed (the Civil Nuclear Police Authority).
        "response",
        "partial",
        id="one-answer-refused-on-cost-without-a-section",
    ),
    case(
        "Dear Northby County Borough Council,\n\nI'd like to make a request for the following information:\n\n1. The "
        "school funding formula.\n\n2. The projected pupil numbers.\n\nYours faithfully,\n\nEliane Wigzell\n\nFOI Team, "
        "Northby County Borough Council\n\nThank you for your Freedom of Information request received today, 11th "
        "June 2019. We are generally required to provide you with a response promptly, and within no more than 20 "
        "working days of receipt of a request. If we require any clarification we will contact you.\n",
        # A WhatDoTheyKnow acknowledgement with no greeting under the signed request (Neath Port Talbot).
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-with-no-greeting-under-a-signed-request",
    ),
    case(
        "Dear Ms Stevens\nWe write further to your email of 9 November 2018.\nIn view of the above, we understand that you "
        "remain dissatisfied with the Trust's handling of your request. We have therefore undertaken an internal "
        "review and set out our findings below.\n",
        # A review's letter saying so "therefore" (Alder Hey Children's NHS Foundation Trust).
        "internal_review",
        "unknown",
        id="we-have-therefore-undertaken-an-internal-review",
    ),
    case(
        "FOI disclosure log\n\nReference number: 647.24\n\nQ: I would like to submit an FOI request for the volume of "
        "immunoglobulin distributed in each month, broken down by product.\n\nA: Please see below volume by product. "
        "All products not listed below were zero volume distributed.\n\n  • Hizentra\n    • July: 130ml\n",
        # A disclosure log's "Q:" over "A:" (Cambridge University Hospitals).
        "response",
        "provided",
        id="a-disclosure-log-entry-answered-under-a-colon",
    ),
    case(
        "Northby Council - Freedom of Information release\n\nRequest\n\n1. How many playgrounds does the council "
        "maintain?\n2. How many were inspected in 2023?\n3. How many were closed for repairs in 2023?\n4. What was "
        "spent on playground repairs in 2023?\n5. Who carries out the repairs?\n6. When does that contract end?\n\n"
        "Response\n\nThank you for your request.\n\n1. How many playgrounds "
        "does the council maintain?\n\nThe council maintains 48 playgrounds across the borough, of which 12 are "
        "in country parks.\n\n2. How many were inspected in 2023?\n\nEvery playgro",
        # A page cut after the answer to the first of six questions: the reply may yet refuse or not hold the
        # rest, so how it ended cannot be told (the Scottish Government's published releases, cut at 2,000 bytes).
        "response",
        "unknown",
        id="cut-after-the-first-of-six-answers",
    ),
    case(
        "Dear Ms Lee\n\nThank you for your request.\n\n1. How many pothole claims were received in 2023?\n\n"
        "We received 144 claims in 2023.\n\n2. For the same year, please provide:\na. the total paid out\n"
        "b. the highest single payment\nc. the legal costs\n\n13 claims were paid at a total of £4,572.12; the "
        "highest single payment was £1,246.86 and legal costs were £6,295.00.\n\nYours sincerely\n\nFOI Team\n",
        # The parts of the last question are answered with it (a council's pothole claims reply).
        "response",
        "provided",
        id="parts-of-the-last-question-answered-with-it",
    ),
    case(
        "Dear Ms Lee\n\nThank you for your request.\n\n1. How many libraries are there?\n\nThere are 31 "
        "libraries.\n\n2. How many are run by volunteers?\n\nSix are run by volunteers.\n\n3. How many "
        "closed in 2023?\n\nNone close",
        # One question left after two answers: the answers given outnumber those not seen.
        "response",
        "provided",
        id="cut-before-the-last-of-three-answers",
    ),
    case(
        "Dear Ms Lee\n\nThank you for your request.\n\n1. An effectiveness review of the dog control order.\n\n"
        "Please see the link below to the report submitted to Cabinet.\n\n2. The number of complaints received "
        "about dogs before the order.\n\n3. The number of complaints received about dogs after the order.\n\nUnf",
        # The text ends on the first letters of an answer (a WhatDoTheyKnow page cut in "Unfortunately"): two of
        # three answers are not seen.
        "response",
        "unknown",
        id="cut-on-the-first-letters-of-an-answer",
    ),
    case(
        WDTK_REQUEST + "\nInformation Requests, Northby Fire and Rescue Service\n\nDear Morgan Lee,\n\nThank you "
        "for your information request concerning littering, received by the Service on 24 January 2017.\n\nYour "
        "enquiry will be considered under the Freedom of Information Act (FOIA) 2000 and responded to by no later "
        "than 22 February 2017.\n",
        # A fire service's acknowledgement on WhatDoTheyKnow (Hereford and Worcester Fire and Rescue Service).
        "acknowledgement",
        "acknowledged",
        id="an-enquiry-considered-under-the-act-and-responded-to-by",
    ),
    case(
        "Freedom of information releases\n\n  1. Request Received: 21 May 2021\n\n    This is an FOI request concerning "
        "the QUADRAT initiative. The information requested is:\n\n    \u2022 A copy of the QUADRAT contract.\n\n"
        "    \u2022 Copies of any QUADRAT monitoring reports.\n\n    Clarification: 22 June 2021\n\n    On 22 June "
        "we asked you to clarify part 2 of your request as it was quite broad.\n",
        # A disclosure log reporting that it asked the requester to clarify (UK Research and Innovation).
        "clarification",
        "clarification_requested",
        id="a-log-entry-saying-we-asked-you-to-clarify",
    ),
    case(
        "Disclosure Logs\n\nHi there,\n\nCould you please tell me how many staff have equality in their job "
        "title?\n\nBest wishes,\n\nI write in response to your request under the Freedom of Information Act 2000 and "
        "can provide you with the information below:\n\nThere are currently 0 posts which include those words.\n",
        # A commissioner's disclosure log: the answer follows the words that give it (the Durham Police, Crime and
        # Victims' Commissioner).
        "response",
        "provided",
        id="can-provide-you-with-the-information-below",
    ),
    case(
        WDTK_REQUEST
        + "\nThank you for getting in touch. Please note this is an automated email.\nYour receipt of this "
        "means that we have safely received your email.\nWe will get back to you as soon as we can.\n",
        # A regulator's automatic reply on WhatDoTheyKnow, with no greeting (the General Medical Council).
        "acknowledgement",
        "acknowledged",
        id="an-automated-email-saying-we-have-safely-received-your-email",
    ),
    case(
        WDTK_REQUEST + "\nMorgan Lee,\nWe will complete an internal review of the processing of this request.\nIn the "
        "meantime please find a response.\n1. The council has no byelaw on litter enforcement; the fixed penalty "
        "notices issued in 2023/24 were 1,2",
        # A council's reply greeting the requester by name alone, cut inside its first answer (Burnley Borough
        # Council on WhatDoTheyKnow).
        "response",
        "unknown",
        id="please-find-a-response-under-a-name-alone",
    ),
    case(
        "Dear Northby Department of Health,\n\nPlease provide a copy of the letter under reference RP123.\n\nYours "
        "faithfully,\n\nEd Robb\n\nSmith, John (DOH), Northby Department of Health\n\nEd\n\nWe have received your "
        "Freedom of Information request and I attach your acknowledgement letter.\n\nJohn Smith\n\nshow quoted "
        "sections\n\nDear Smith, John (DOH),\n\nMany thanks for your acknowledgement.\n\nYours sincerely,\n\nEd "
        "Robb\n\nshow quoted sections\n\nDear Smith, John (DOH),\n\nMy FoI request refers. The Department has",
        # The requester's later letters to the officer do not supersede the acknowledgement (the Department of
        # Health, Northern Ireland, on WhatDoTheyKnow).
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-the-requester-writes-on-under",
    ),
    case(
        "FOI reference: 22/23 153\n\nDate received: 10/03/2023\n\nDate responded: 27/03/2023\n\nInformation requested"
        "\n\nFor my research I want to analyze why some FOI requests would exceed the cost limit.\n\n1. What systems "
        "do you use to store operational data?\n\n2. What is the educational background of the staff handling FOI "
        "requests?\n",
        # A disclosure log's entry dated as answered, cut before the answer (the Scottish Qualifications Authority).
        "response",
        "unknown",
        id="a-log-entry-dated-as-responded-cut-before-the-answer",
    ),
    case(
        "Freedom of Information\n\nAccess to records timeframe and compliance\nReference Number\nRequest Details\n  1. "
        "Please provide the Trust's target timescales for responding to Access to Records requests.\n\n  2. Please "
        "also provide the proportion of requests which were completed within:\n\na. 30 days\nb. 60 days\n\nIn each "
        "month or quarter for 2023/24.\n\n  1. If requests for the records of deceased patients are handled under a "
        "different policy, please provide data separately.\n  • rf24-008-response.pdf\n  • Date of Disclosure\n",
        # A log's entry whose reply is a file of its own (East Kent Hospitals University NHS Foundation Trust).
        "response",
        "unknown",
        id="a-log-entry-whose-reply-is-a-response-file",
    ),
    case(
        "FOI_25-155 Undergraduate applicant data\nDate of response: 12 June 2025\nWe have now considered your request "
        "of 18 May 2025 for the following information:\n1. Degree title\n2. GCSE grades and subjects\nWe are "
        "requesting the above information for every applicant.\nTo clarify, we DO NOT require names or any direct "
        "identifiers.\nI would like you to provide this information in CSV format if possible.\n",
        # "To clarify," in the request the log quotes asks nothing (the University of East Anglia).
        "response",
        "unknown",
        id="to-clarify-in-the-quoted-request-asks-nothing",
    ),
    case(
        "Undergraduate applicant data\n\nWe have now considered your request of 18 May 2025 for the following "
        "information:\n1. Degree title\n2. GCSE grades and subjects\n",
        # The authority speaking, on a log that prints no date label (the University of East Anglia).
        "response",
        "unknown",
        id="we-have-now-considered-your-request",
    ),
    case(
        "Reference Number: 20171967\n\nExemptions Applied:\nSection 24\nSection 31\n\nSYP Response:\n\nI approached our "
        "Crime Management System Administrator for assistance with your request. He provided me with the enclosed "
        "spreadsheet in response to your request.\n\nNorthshire Police can neither confirm nor deny that it holds "
        "any other information relevant to your request by virtue of Section 24(2) and Section 31(3).\n",
        # Figures enclosed beside a neither-confirm-nor-deny of the rest (South Yorkshire Police's disclosure log).
        "response",
        "partial",
        id="provided-with-the-enclosed-spreadsheet-beside-ncnd",
    ),
    case(
        "27 September 2017\nReference: FOI 42-2017\n\nDear Mr Austin\n\nRequest under the Freedom of Information Act "
        "2000\n\nI write in connection with your request for information.\n\nRESPONSE\n\na) please confirm if you "
        "will be objecting to this planning application\n\nNo information held. Should planning permission be "
        "granted, the local planning authority should include our standing advice as an informative note on the "
        "decision notice.\n",
        # A planning decision notice named in a letter (the Coal Authority) is no commissioner's decision.
        "response",
        "not_held",
        id="a-planning-decision-notice-named-in-a-letter",
    ),
    case(
        WDTK_REQUEST
        + "\nFoi (NORTHBY PARTNERSHIP NHS FOUNDATION TRUST),\n\nDear Morgan,\n\nThank you for your Freedom "
        "of Information request we are now investigating the nature of the search and the quantity of information "
        "requested. Under the terms of the Freedom of Information Act it is expected to respond to requests in 20 "
        "working day.\n",
        # An NHS trust's acknowledgement on WhatDoTheyKnow (Black Country Partnership NHS Foundation Trust).
        "acknowledgement",
        "acknowledged",
        id="we-are-now-investigating-the-nature-of-the-search",
    ),
    case(
        "Dear Northby City Council,\n\nPlease give all addresses and identify the alleged breaches.\n\nYours "
        "faithfully,\n\nMatt Laver\n\nfoi@northby.gov.uk, Northby City Council\n\nThank you for your enquiry. You "
        "will receive a response within 20 working days.\n\nshow quoted sections\n\nRobinson, Kay, Northby City "
        "Council\n\n1 Attachment\n\nPlease see attached the response to your enquiry under the Freedom of "
        "Information Act.\n",
        # A WhatDoTheyKnow thread: an acknowledgement, then the reply's cover email, neither greeting anyone (City of
        # York Council). The thread is the reply; what it says is attached.
        "response",
        "unknown",
        id="an-acknowledgement-then-a-reply-with-no-greeting",
    ),
    case(
        "Our Ref: FOI/1234 APPEAL\nDate: 8 December 2011\nDear Ms Griffin\nFreedom of Information request 1234APPEAL\n"
        "I am writing to you about your request for a review of a Freedom of Information 2000 (FOIA) response dated 16 "
        "November 2011.\nYour request has been assigned to me to investigate and review and the result of my review is "
        "contained in this letter.\nI have investigated the Council's response made to you on 16 November 2011.\n",
        # Liverpool City Council's review letter, cut before its finding.
        "internal_review",
        "unknown",
        id="the-result-of-my-review-is-contained-in-this-letter",
    ),
    case(
        "Ref: FOI 274234\nSick Absence\nThank you for your Freedom of Information Act e-mail sent on 22 February 2010 "
        "requesting the following information:\nPlease provide the number of days lost to sickness by staff at the "
        "Prime Minister's Office in 2009.\nThe Prime Minister's Office is part of the Cabinet Office and absence "
        "statistics are published on the Cabinet Office website at:\nhttp://www.cabinetoffice.gov.uk/reports/absence"
        ".aspx\nIf you have any queries about this letter, please contact me quoting the reference number above.\n",
        # Only pointed to where it is published, with no section 21 cited (the Cabinet Office).
        "response",
        "published",
        id="only-pointed-to-where-it-is-published",
    ),
    case(
        "Dear Arts Council England,\n\nPlease send me the applications of the four organisations named.\n\nYours "
        "faithfully,\n\nSam Wood\n\nDear Mr Wood,\n\nThank you for your request, which will be considered in line "
        "with our obligations under the Freedom of Information Act 2000. If you would like to know more about how we "
        "will deal with your request for information, you can find information on our website "
        "http://www.artscouncil.org.uk/who-we-are.\n\nKind regards,\nAnne Farr\n\nFOI, Arts Council England\n\n"
        "1 Attachment\n\nDear Mr Wood,\n\nThank you for your request for information from the Arts Council.\n\nAs "
        "previously mentioned, I can confirm that this request was considered in line with our obligations under the "
        "Freedom of Information Act 2000.\n\nYou requested:\n",
        # An acknowledgement's pointer to how requests are dealt with, then the reply, cut before it says anything.
        "response",
        "unknown",
        id="an-acknowledgements-pointer-to-its-website-is-no-publication",
    ),
    case(
        "Dear Northby Health and Social Care Trust,\n\nCan you define palliative medicine as it applies to outpatients?"
        "\n\nYours faithfully,\n\nHelen Hamm\n\nFOI Request, Northby Health and Social Care Trust\n\nWe acknowledge "
        "receipt of your Freedom of Information request (below). We will forward your information request to the "
        "relevant manager.\n\nKind Regards\n\nFreedom of Information Office\n\nshow quoted sections\n\nFOI Request, "
        "Northby Health and Social Care Trust\n\nDear Ms Hamm\n\nWe refer to your email which was received by the Trust "
        "on 22 October 2019.\n\nThis appears to be follow-up queries relating to information previously released by th",
        # The Western Health and Social Care Trust on WhatDoTheyKnow: the reply's opening is no acknowledgement.
        "response",
        "unknown",
        id="we-refer-to-your-email-which-was-received-opens-a-reply",
    ),
    case(
        "Dear Northby Council,\n\nPlease can you disclose:\n\n1. What is the council's definition of poverty? Based on "
        "this definition, can you provide figures?\n\n2. How many unemployed people are there in the council area?\n\n3. How many people live in homeless "
        "houses?\n\nYours faithfully,\n\nBob Tait\n\nFOI, Northby Council\n\nDear Mr Tait,\n\nYour request for "
        "information has been logged and allocated reference FOI/9598.\n\nYours sincerely,\n\nMarie Proud\n\nshow "
        "quoted sections\n\nccefoi, Northby Council\n\nDear Bob Tait,\n\n \n\nI refer to your above request under the "
        "Freedom of Information (Scotland)\nAct 2002, which was logged by us as FOI/9598.\n\n \n\nThe following "
        "information has been provided in response to your request.\n\n \n\n1. What is the council's definition of "
        "poverty? Based on this definition,\ncan you provide figures?\n\n \n\nIn terms of Section 17 of the Freedom of "
        "Information (Scotland) Act 2002\nwe provide notice",
        # Stirling Council on WhatDoTheyKnow: the reply, cut before its first answer says anything.
        "response",
        "unknown",
        id="i-refer-to-your-above-request-and-the-following-information-has-been-provided",
    ),
    case(
        "Dear Northby Medicines Directorate,\n\n1. I would like to see your inspection manual.\n\nYours faithfully,\n\n"
        "Andy Brown\n\npost master, Northby Medicines Directorate\n\n1 Attachment\n\nNMD Acknowledgement\n\nDear "
        "Sir/Madam\n\nThank you for your email to the NMD which is receiving attention.\n\nGeneral enquiries\n",
        # The Veterinary Medicines Directorate's automatic reply on WhatDoTheyKnow.
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-heading-and-receiving-attention",
    ),
    case(
        "Our Ref: F203/2012 Date: 29th February 2012\n\nDear Mr Hunt\n\nFurther to your email dated 1st February 2012, "
        "requesting information under the Freedom of Information (Scotland) Act 2002. I can advise you as follows.\n\nThe "
        "spreadsheet provides details of marked vehicles used by Northby Constabulary including the make and model.\n",
        # Fife Constabulary's letter, in none of the phrases a reply usually opens with: a letter of the authority's
        # greeting a person, so not the request alone.
        "response",
        "unknown",
        id="a-letter-greeting-a-person-by-name-is-the-authoritys",
    ),
    case(
        "Dear Northby Health Board,\nPlease tell me how many requests you received in 2020.\nYours faithfully,\nEmma "
        "Young\nDear Emma Young,\nThank you for your communication dated 06/01/2021.\nNorthby Health Board has assessed "
        "your communication as a request under the Freedom\nof Information (FOI) Act 2000. As such, please be assured "
        "that your\nrequest is being dealt with under the terms of the FOI ",
        # NHS England's acknowledgement on WhatDoTheyKnow.
        "acknowledgement",
        "acknowledged",
        id="thank-you-for-your-communication-and-it-is-being-dealt-with",
    ),
    case(
        "Dear Northby Council,\n\nI would like to request the following information:\n\n1. How many flytipping "
        "incidents in the county that your authority controls were reported to the Council and to the Police?\n\n2. How "
        "many flytipping cases were dropped?\n\nYours faithfully,\n\nJon Rain\n\nFOI - Generic Email Account, Northby "
        "Council\n\nDear Mr Rain\n\nRequest for Information - Flytipping\n\nI acknowledge receipt of your request for "
        "information dated 9 May 2019.\n\nI understand that the information you seek is:-\n\nQuestion 1\n\nBetween the "
        "years 2010 and 2018, how many flytipping incidents in the county that your authority controls were reported "
        "to:\n\na)   ",
        # Perth and Kinross Council's acknowledgement restating the request, cut there: the restated question is no
        # answer to it.
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-restating-a-question-gives-no-answer",
    ),
    case(
        "FOI 2404\nThank you for your Freedom of Information (FOI) request received on 27 December 2023.\nYour request "
        "for information was as follows:\nPlease would you confirm, for the accounting year 2018/19:\nhow many "
        "applications were referred to the Sensitive Applications Team.\nPlease see the attached supporting "
        "spreadsheet, containing the information you have requested.\n",
        # The Disclosure and Barring Service: an adjective before what is attached.
        "response",
        "provided",
        id="the-attached-supporting-spreadsheet",
    ),
    case(
        "Freedom of Information Request Reference No: FOI 003055/17\n\nI write in connection with your request for "
        "information received on the 13th February 2017.\n\nResponse to your Request\n\nNorthshire Constabulary has "
        "located the following information as relevant to your request.\n\nQ1 Gender: Female 4046, Male 21175\n\nQ2 "
        "Religion\nWe do not hold this information: religion is not recorded on the custody system.\n",
        # Figures on the question's own line, then one part not held (Norfolk Constabulary).
        "response",
        "partial",
        id="located-the-following-information-and-one-part-not-recorded",
    ),
    case(
        "Response\n\nQuestion 1: All information held by the Council in relation to this subject matter.\n\nResponse: I "
        "have attached a bundle of 85 pages.\n\nThe limited redactions have been applied pursuant to the fair "
        "processing principles of the Data Protection Act 1998.\n",
        # Released with parts blacked out (Brentwood Borough Council's log).
        "response",
        "partial",
        id="redactions-have-been-applied",
    ),
    case(
        "Dear Wendy\nFreedom of Information Request 029\nThank you for your request for information which we received "
        "on 15th April 2024.\nWe note that you did not respond to our requests for you to specify the information "
        "of most importance. Therefore, we have answered your questions below to the best of our ability within the "
        "time exemption outlined in Section 12(1) of the Freedom of Information Act.\nOur answer to your questions "
        "is as follows:\nECT:\n1. Please supply the patient ECT leaflet\n",
        # Answered within the cost limit, the answers cut off (an NHS trust's letter reposted on a public group page).
        "response",
        "partial",
        id="answered-below-within-the-cost-limit",
    ),
    case(
        "Board minutes and agendas\n\nDear The Royal Parks,\n\nPlease share the agendas and minutes for any board "
        "meetings for the last five years.\n\nYours faithfully,\n\nTim Lennon\n\nGavin Gribbon, The Royal Parks\n\n"
        "Dear Mr Lennon,\n\nThank you for your enquiry by email dated 27 June 2024 under The Freedom of Information "
        "Act (FOIA) 2000.\n\nYour enquiry is being dealt with and The Royal Parks will aim to reply to your enquiry "
        "within 20 working days.\n\nYours sincerely,\n\nGavin Gribbon\n\nGavin Gribbon, The Royal Parks\n\nDear Mr "
        "Lennon,\n\nWe would like, with your agreement, to contact you directly about aspects of the response we are "
        "preparing for this request.\n\nCould you send a direct contact address to the email address below?\n",
        # An acknowledgement, then a holding message about the reply not yet written (The Royal Parks on
        # WhatDoTheyKnow).
        "acknowledgement",
        "acknowledged",
        id="a-holding-message-after-the-acknowledgement",
    ),
    case(
        "Dear Sir/Madam\n\nThank you for your request below.\n\nWe are only able to provide an answer to Q1, the "
        "remaining Q2 & Q3 would require a large amount of time spent in identifying which country each owner resided "
        "in.\n\nQ1 - Long Term Empty Homes - 1,100 & Second Homes - 1,500.\n",
        # One part answered, the others declined for the time they would take, no section named (Conwy County Borough
        # Council on WhatDoTheyKnow).
        "response",
        "partial",
        id="only-able-to-answer-one-question",
    ),
    case(
        "CHC Neurological Conditions (1819050)\n\n1. The total number of service users receiving CHC funding.\n\n"
        "Refusal Notice Issued (request would exceed the cost threshold as defined by the Freedom of Information and "
        "Data Protection (Appropriate Limit and Fees) Regulations 2004).\n\n2. The number of service users sent out "
        "of area.\n\nRefusal Notice Issued (request would exceed the cost threshold).\n\n3. A list of any "
        "frameworks used by the CCG to place service users.\n\nThe CCG places individuals with providers on a "
        "case-by-case basis. There are no specific frameworks as such.\n\nRefusal Notice \u2013 Q1-2\n\nIn relation "
        "to Q1 to Q2 we believe that the cost of complying with your request would exceed the cost threshold.\n",
        # The refusal of the first questions set out under the last one's answer (NHS Calderdale Clinical Commissioning
        # Group's log): that answer withholds nothing.
        "response",
        "partial",
        id="the-refusal-of-other-questions-under-the-last-answer",
    ),
    case(
        "Dear Mr Killock,\n\nI can confirm (in part) that the information you have requested is held by the "
        "University. Please find our response to your Freedom of Information request below.\n\nThe University does "
        "not (at this time) have a specific Prevent Policy, however Prevent is included within the Safeguarding work "
        "stream, and the attached Policy and Regulations may the",
        # Held in part, cut before the answers end (the University of Hull on WhatDoTheyKnow)
        "response",
        "partial",
        id="confirmed-held-in-part",
    ),
    case(
        "Dear Mr Bell,\n\nWhilst we acknowledge that we hold the information relating to the reasons for appeals, "
        "these records are exempt from disclosure under section 40 (2) of the Freedom of Information Act 2000.\n\n"
        "The information we are able to disclose is as follows:\n  2013 Entry 2014 Entry\nAppeals Lodged 28 35\n",
        # What is given set apart from what is withheld (Sir Thomas Rich's School on WhatDoTheyKnow)
        "response",
        "partial",
        id="the-information-we-are-able-to-disclose",
    ),
    case(
        "Dear Luke,\n\nThank you for your FOI enquiry.\n\nIn the last academic year (2015-16) we had no NQTs "
        "eligible to complete their induction year while employed with us.\n\nThere are no NQTs in our current "
        "cohort for 2016-17.\n\nI trust this answers your FOI query.\n\nBest Regards,\n\nKat\n",
        # A prose answer closing on having answered (St Brendan's Sixth Form College on WhatDoTheyKnow)
        "response",
        "provided",
        id="i-trust-this-answers-your-query",
    ),
    case(
        "1 August 2019\n\nWe were asked to provide figures that detail the annual number of paying customers for the "
        "Leisure Centre.\n\nThe following figures are for 1 April 2018 \u2013 31 March 2019.\n\nNumber of unique "
        "members 350\nTotal unique users 1,383\n",
        # A published reply's figures, introduced as such (Lichfield District Council)
        "response",
        "provided",
        id="the-following-figures-are-for",
    ),
    case(
        "Dear Sir or Madam,\n\nI note your request for information under the Freedom of Information Act 2000.\n\n"
        "Please see below for our relevant guidelines on PREVENT, as displayed in our College handbooks for students "
        "and staff:\n\nCOMPLIANCE WITH PREVENT DUTY LEGISLATION\n\nThe college is legally required as an educational "
        "institution to comply with the Prevent Duty under Section 26 of th",
        # The policy asked for, set out below (Trinity College, Oxford on WhatDoTheyKnow)
        "response",
        "provided",
        id="please-see-below-for-our-guidelines",
    ),
    case(
        "Dear Harris Manchester College, Oxford,\n\n1) The total number of fines issued related to Covid-19 this "
        "academic year?\n2) Have any other forms of disciplinary action been undertaken?\n3) How much did the "
        "college earn through decanal fines?\n\nYours faithfully,\nJonathan Moseley\n\nEric Eve, Harris Manchester "
        "College, Oxford\n\nDear Jonathan,\n\nThe answers to questions 1 and 3 are all zero/none.\n\nThe answer to "
        "question 2 is one warning letter.\n\nYours faithfully,\n\nEric Eve\n",
        # The answers given by the questions' numbers, to a requester greeted by a first name alone (Harris Manchester
        # College, Oxford on WhatDoTheyKnow)
        "response",
        "provided",
        id="the-answers-to-questions-by-number",
    ),
    case(
        "Dear Northby College, Oxford,\n\n1) The total number of fines issued related to Covid-19?\n2) The total "
        "value of these fines?\n\nYours faithfully,\nJonathan Moseley\n\nAlexandra Lumbers, Northby College, Oxford\n\n"
        "Dear Jonathan\n\n\u2022 Total number of fines - 37\n\u2022 Total value - \u00a34,010\n\u2022 None sent down\n\u2022 The total is "
        "significantly more than the previous year.\n\nYours sincerely\nAlexandra Lumbers\n",
        # Figures as fields, to the requester greeted by the first name they signed with (Jesus College, Oxford on
        # WhatDoTheyKnow)
        "response",
        "provided",
        id="figures-as-fields-to-the-requester-by-first-name",
    ),
    case(
        "Information Assurance and Governance\nOffice of the Principal\n1 October 2021\nDear Tarquin,\nFreedom"
        " of Information (Scotland) Act 2002\nOur Ref: 329-21\nI refer to your enquiry dated 5 September 2021"
        " asking to be supplied with the following\ninformation under the provisions of the Freedom of Information"
        " (Scotland) Act 2002 (\u201cthe\nFOISA\u201d):\n\u2022 The admission statistics for every course at under"
        "graduate level for the 2020/21\napplication cycle, broken down into fee paying status (Scotland, Rest"
        " of UK and\nInternational).\n\u2022 For subjects that are split into separate courses (like MA History),"
        " please also include the\nstatistics for each course within it, such as for Scottish History, Modern"
        " History, Medieval\nHistory etc.)\nYou have asked to be supplied with data for the 2020/21 application"
        " cycle i.e. entry in\nacademic year 2021/22. Following the start of the academic year, this data has"
        " yet to be\nproduced and will not be available until later this month.\nSection 17 of the FOISA requires"
        " that a Scottish public authority confirms in writing where\ninformation requested of it is not held"
        " and notice is therefore given to this effect.\nAs an alternative, we can look to provide you with admiss"
        "ion statistics for academic year\n2020/21 entry and if you would like to be provided with this informatio"
        "n please let me know\nand this will be processed for you.",
        # The university's letter, all the text holds: a first name greeted under the letter's date line (the
        # University of St Andrews), its notice that the data is not held in no phrase a reply usually opens with
        "response",
        "not_held",
        id="a-letter-to-a-first-name-under-its-date-line",
    ),
    case(
        "Dear Northby Borough Council,\nPlease provide all emails which concern:\n1. A feasibility study for the "
        "proposed Women's Building since 1 August 2020\n2. The Women's Building Joint Steering Group since 1 September "
        "2022.\n\nYours faithfully,\nAndrew Wilson\n\nNorthby Council, Northby Borough Council\n\nInformation request\n"
        "Our reference: 3149861\n\nDear Andrew Wilson\n\nFreedom of Information Act 2000\n\nThank you for your Freedom "
        "of Information Act request, received on 12\nApril 2023. Your request has been processed, and your unique "
        "reference\nnumber is FOI 3149861. Please make note of this reference number should\nyou need to contact us "
        "about your request.\n\nOur team will send your request to the appropriate service area within\nNorthby "
        "Council, and an officer from that team will respond directly to\nyour request.\n\nYours faithfully\n\n"
        "Information Governance Team\n",
        # The officer who will answer, named by an automatic acknowledgement (Islington Council on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="an-officer-from-that-team-will-respond",
    ),
    case(
        "The request was for agency and bank spend and gross pay per trust for quarter 2, 2017/18 and an explanation "
        "for what is included in each of these.\nNorthby Improvement held some of the information requested and "
        "provided a performance league table. Some information was withheld under sections 31, 33 and 43 of the FOI "
        "Act.\n",
        # A log's summary of its reply in the past tense: some given, some withheld (NHS Improvement's log)
        "response",
        "partial",
        id="some-information-was-withheld",
    ),
    case(
        "Dear Northby Council,\n\nPlease can you send me an up to date Organisational Structure Chart for the Special "
        "Educational Needs department, including names.\n\nYours faithfully,\n\nHelen Carver\n\nFOI West, Northby "
        "Council\n\nDear Ms Carver\n\nThank you for your request for information of 23rd November 2017 which has been "
        "logged as 4799178 and has been dealt with under the Freedom of Information Act 2000.\n\nPlease find the "
        "structure chart attached.\n\nYou will note that we have excluded details (name) of Officers below Tier 4 from "
        "the information provided.\n\nIn addition the Council claims the exemption to disclosure under subsection 40 "
        "(2) which states that personal data is exempt.\n",
        # The thing sent named between "please find" and "attached", names withheld beside it (Cheshire West and
        # Chester Council on WhatDoTheyKnow)
        "response",
        "partial",
        id="please-find-the-structure-chart-attached",
    ),
    case(
        "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 AND ENVIRONMENTAL INFORMATION REGULATIONS 2004\n\nRESPONSES MADE IN "
        "FEBRUARY 2012\n\nRequest Response\n\n1 Mental health beds and NHS Northby has been improving the quality of "
        "our mental health service by rebalancing our care. inpatient psychiatric units This has resulted in "
        "investment in community services.\n\nIn relation to your questions, the table below includes the total "
        "number of beds for Mental Health within NHS Northby.\n",
        # A board's monthly log, its table flattened into prose, the table given below (NHS Lanarkshire)
        "response",
        "provided",
        id="the-table-below-includes",
    ),
    case(
        "Dear St Benet's Hall,\n\nPlease provide the number of students fined.\n\nYours faithfully,\n\nJake "
        "Hurfurt\n\nSt Benet's Hall Enquiries, St Benet's Hall, Oxford\n\nDear Jake,\n\nAs a Permanent Private Hall "
        "under a charitable trust, we are not a public authority under the FOI Act 2000 and hence are not obliged to "
        "answer such requests.\n\nBest wishes,\n\nNatalie Garbett\n",
        # A body saying the Act does not reach it (St Benet's Hall, Oxford on WhatDoTheyKnow)
        "refusal",
        "refused",
        id="not-a-public-authority-and-not-obliged-to-answer",
    ),
    case(
        "Our Ref:F0008083, F0007961\n9 December 2014\n\nDear Mr Thomas,\n\nFreedom of Information requests F0008083 "
        "and F0007961 - Internal Review\n\nYou have requested an internal review of your information request, "
        "reference F0008083. I have not been involved in any of the previous FOI requests on this matter.\n\nFor "
        "clarification, I would like to begin by summarising the history of these requests.\n",
        # A review's letter headed by the requests it reviews, cut before its finding (the Department for Communities
        # and Local Government).
        "internal_review",
        "unknown",
        id="headed-by-the-requests-and-internal-review",
    ),
    case(
        "Ref no: FOI/2017/151\n\n05/04/2017\n\nDear Emma,\n\nFreedom of Information Request\n\nThank you for your "
        "request for information from the Nursing and Midwifery Council (NMC). Your request was received on "
        "03/04/2017 and dealt with under the terms of the Freedom of Information Act 2000 (FOI Act).\n\nResponse\n\n"
        "Please see the table below detailing the total number of nurses currently\non the Register.\n",
        # A reply's account of how the request was handled, not an acknowledgement; the table it points to is cut off
        # (the Nursing and Midwifery Council on WhatDoTheyKnow).
        "response",
        "unknown",
        id="received-and-dealt-with-the-table-below-cut-off",
    ),
    case(
        "Reference | FOI/25/181 |\nRequest\n- Total agency spend for Doctors between April 2024 - Present - Answered "
        "below\n- The breakdown of this spend by grade of doctor - Sensitive Information, Section 43 applied see below\n"
        "Total Doctors Agency Spend April 2024 - August 2024 - 300k\nSection 43 - Commercial Interest\nSection 43(2) "
        "exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any "
        "person.\n",
        # Bullets marked answered beside others withheld (Central London Community Healthcare NHS Trust's log).
        "response",
        "partial",
        id="bullets-marked-answered-below-and-withheld",
    ),
    case(
        "Reference number\nEIR196501-377669\nDate\n11/07/2023\nRequest\n\nI am writing to make a request for "
        "information concerning allotments in your authority.\n\nPlease focus on Section A and then if possible "
        "Section B. However, if section B would require an extensive search in a number of locations or exceed the "
        "cost limit for FOI then please only complete Section A.\n\nSection A\n1.    How many allotment sites are "
        "there in your area?\n2.    What is the total number of people on waiting lists?\n\nSection B\n1.    How "
        "many new tenancies were signed each year since 2012?\n\nResponse\n",
        # The cost limit named as a condition in the request, the page cut at its "Response" heading (the Royal Borough
        # of Windsor and Maidenhead's log).
        "response",
        "unknown",
        id="the-cost-limit-as-a-condition-in-the-request",
    ),
    case(
        "Dear Govia Thameslink Railway Limited,\n\nPlease provide the below statistics for trains to Harpenden.\n\n- "
        "The number of trains scheduled to run each day\n- The number of trains which actually ran\n\nYours "
        "faithfully,\n\nMr James Gardner\n\nDear Sir/Madam\n\nWe appreciate you taking the time to contact us.\n\n"
        "Please accept this acknowledgement as confirmation that we have received\nyour query. We have received a "
        "large number of enquiries and so you may experience a delay in receiving a response.\n",
        # A train operator's customer-service acknowledgement on WhatDoTheyKnow.
        "acknowledgement",
        "acknowledged",
        id="accept-this-acknowledgement-as-confirmation",
    ),
    case(
        "Freedom of Information Request - Business Rates\nWe produce a standardised set of reports on a quarterly "
        "basis.\nSection 40(2) - Personal data\nInformation relating to sole traders/partnerships is exempt from "
        "disclosure under Section 40(2). This information is redacted from the released schedule.\n",
        # Reports released with some fields taken out (Ashford Borough Council's standard business rates answer).
        "response",
        "partial",
        id="redacted-from-the-released-schedule",
    ),
    case(
        "Dear Imperial College London,\n\nCould you please provide the number of applicants for each masters "
        "course?\n\nYours faithfully,\n\nMr Park\n\nDear Mr Park,\n\nThank you for your email.\n\nI apologise for "
        "the delay. We are in the process of preparing a response to your request and will write to you shortly.\n",
        # A holding message after the request fell overdue (Imperial College London on WhatDoTheyKnow).
        "acknowledgement",
        "acknowledged",
        id="in-the-process-of-preparing-a-response",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\nThank you for your request, I would just like some clarification on the "
        "points you have raised. Please can you define the period you want the figures to cover? I ask as the request "
        "as it stands is liable to go over the cost limit.\n",
        # The thanks end at the comma; the ask is a clause of its own (the University of York on WhatDoTheyKnow).
        "clarification",
        "clarification_requested",
        id="clarification-asked-after-thanks-in-one-sentence",
    ),
    case(
        WDTK_REQUEST
        + "\nFOI Office, Northby Borough Council\n\nThank you for your email and request for information.\n\n"
        "Your request has been acknowledged. Normal Freedom of Information timescales apply from receipt of your "
        "request (20 working days) in",
        "acknowledgement",
        "acknowledged",
        id="request-has-been-acknowledged-with-no-greeting",
    ),
    case(
        "24th July 2006\nThank you for your email requesting information under the Freedom of Information Act. My "
        'understanding is that you have made the following request:-\n"Please explain who your stakeholders were and '
        'include the documentation".\nResponse to your request\nThe Trust confirms that it holds the following '
        "recorded information relevant to your request:-\n1. In a briefing to the Board, the following information "
        'was stated:\n"An open meeting has been held with service users and carers."\nThe Trust also holds a '
        "business case. The Trust, however, considers that this document is exempt from disclosure under Section 36 "
        "FOIA as disclosure would inhibit the free and frank exchange of views.\n",
        # An extract given, a business case withheld (Surrey and Borders Partnership NHS Trust).
        "response",
        "partial",
        id="holds-the-following-information-beside-a-withheld-document",
    ),
    case(
        "Dear Sir\n\nI write in connection with your request for information in which you sought access to the "
        "following information:\n\n1 Gender 2 Religion 3 Nationality\n\nResponse to your Request\n\nNorthby "
        "Constabulary has located the following information as relevant to your request.\n\nQ1 Gender Number of "
        "Arrests Female 4046 Male 21175\n\nQ2 The detainee's religion is not recorded on the custody system.\n\nQ3 "
        "Nationality Number of Arrests Afghanistan 4 Albania 23\n",
        # Numbered answers under the heading, one saying what is not recorded (Norfolk Constabulary).
        "response",
        "partial",
        id="not-recorded-on-the-custody-system",
    ),
    case(
        "Our ref: IG002385\nDate: 11th September 2023\n\nYou asked us:\nHow many fires involving balconies occurred "
        "between 1st August 2022 and 31st July 2023?\nHow many of them spread across the external walls?\n\nOur "
        "response:\n3 fires involving balconies occurred in that period.\nWe are not able to respond to the query "
        "regarding fire spread as our Incident Recording System does not record it.\n",
        # One query answered, one not (South Wales Fire and Rescue Service).
        "response",
        "partial",
        id="not-able-to-respond-to-the-query-regarding-one-part",
    ),
    case(
        "06 June 2022\nDear C. Swanson,\nI refer to your Freedom of Information request, received on 10 May 2022, about "
        "applications from applicants who have spent time in care.\nSession Applicants Offered\n2016/17 22 14\n"
        "2017/18 23 17\n* In one instance, we have not provided full information in relation to the number of "
        "registered students in 2016/17. The exact number has been withheld as it is very small.\n",
        # A letter whose first words refer to the request, the figures in a table below, one held back (Abertay
        # University).
        "response",
        "partial",
        id="i-refer-to-your-freedom-of-information-request",
    ),
    case(
        "Please tell me how many children are receiving their full allocation of overnight stays.\nNHS Northby does "
        "not hold the information requested, for more information please contact the provider's freedom of "
        "information team.\n",
        # A log's entry: the request, then the body's answer naming itself, no greeting (NHS Kernow).
        "response",
        "not_held",
        id="log-answer-naming-the-body-not-held",
    ),
    case(
        "Please tell me how many children are receiving their full allocation of overnight stays.\nIf NHS Northby does "
        "not hold the information requested, please tell me who does.\n",
        "request_only",
        "none",
        id="request-asking-who-holds-it-if-not-held",
    ),
    case(
        "Date: 23rd December 2009\n\nThank you for your Freedom of Information request dated 1st December 2009. Please "
        "find below the Council's response.\n\nThe council has decided to refuse to disclose the information under "
        "Section 21 of the Freedom of Information Act 2000, as it is reasonably accessible through another route.\n\n"
        "From 1st September 2009, you can view all documents accompanying planning applications and decision notices "
        "issued by using the View Associated Documents tab.\n\nPlease use the link below to view Decision Notices "
        "issued before that date.\n",
        # A council's planning decision notices, not a commissioner's (Doncaster Council).
        "response",
        "published",
        id="planning-decision-notices-are-no-decision-notice",
    ),
    case(
        "Dear Ms. Lee\n\nThank you for your request for a review received on 13 April 2015.\n\nYour information request\n"
        "Environmental Information Regulations 2004\n\nI refer to your request received on 13 April 2015 for a review "
        "of the council's decision to refuse your request for information relating to the Stonebridge Park "
        "redevelopment. Please accept my apologies for the dela",
        # Cut before the finding (the London Borough of Brent, quoted on a blog).
        "internal_review",
        "unknown",
        id="i-refer-to-your-request-for-a-review",
    ),
    case(
        WDTK_REQUEST + "\nRichard Wragg, Northby Borough Council\n\nOur Ref. F474\n\nDear Morgan Lee,\n\nThank you for "
        "your request for information under the Freedom of Information Act 2000 which was received on 19 October 2018. "
        "We will start looking into this for you and will be in touch within the 20 working day deadline which I "
        "calculate will expire on 16 November 2018.\n",
        "acknowledgement",
        "acknowledged",
        id="will-be-in-touch-within-the-deadline",
    ),
    case(
        WDTK_REQUEST + "\nNorthby City Council\n\nDear Morgan Lee\n\nRe: Request for Information - Reference No: "
        "CHS/9Q4KTC\n\nThank you for your request for information received by Northby City Council on 21st October "
        "2014.\n\nPlease note that it may take up to 20 working days (approximately 4 weeks) for the Council to "
        "consider your request and to provide a formal response.\n\nIf you have any queries, please do not hesitate "
        "to contact me.\n\nYours sincerely\n\nCath Cryer\n",
        # The time the reply may take (Manchester City Council's acknowledgement on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="it-may-take-up-to-20-working-days",
    ),
    case(
        WDTK_REQUEST + "\nNorthby County Council\n\nDear Morgan Lee\n\nYou have requested the following information:"
        "\n\nWhat was the Council's total salary bill in 2017/18?\n\nYour request for information is being considered "
        "under the Freedom of Information Act 2000/Environmental Information Regulations 2004. We will respond to your "
        "request as quickly as possible, and by close of 2019 at the latest.\n\nYours sincerely\n\nIngrid Howard\n",
        # Hertfordshire County Council's acknowledgement on WhatDoTheyKnow, restating the request
        "acknowledgement",
        "acknowledged",
        id="being-considered-and-answered-as-quickly-as-possible",
    ),
    case(
        "Committee pre-meetings\nDear Northby Borough Council,\nPlease provide the attendance list of every meeting.\n"
        "Yours faithfully,\nSandra Vogel\nThank you for your email message. We aim to respond to all requests under\n"
        "the Freedom of Information Act 2000 and Environmental Information\nRegulations 2004 within 20 working days.\n"
        "Information Governance Team\nLondon Borough of Northby.\nReferences\nVisible links\n1. "
        "http://www.northby.gov.uk/foi\nDear Northby Borough Council,\n",
        # An automatic reply above the requester's next greeting, the page cut there (the London Borough of Merton on
        # WhatDoTheyKnow): the greeting after the reply's links opens the next message.
        "acknowledgement",
        "acknowledged",
        id="an-automatic-reply-above-the-next-greeting",
    ),
    case(
        WDTK_REQUEST + "\nInformation Governance, Northby City Council\n\nWe acknowledge receipt of your request for "
        "information which we will process in accordance with the appropriate legislation below:\n\nFrom the next "
        "working day that the request is received we have 20 working days to respond. This does not take in to "
        "account any clarification we may require or if we need to consider the Public Interest Test.\n",
        # A clarification the council may need is none asked for (Hull City Council's acknowledgement)
        "acknowledgement",
        "acknowledged",
        id="any-clarification-we-may-require",
    ),
    case(
        WDTK_REQUEST + "\nDoling, Neil, Northby County Council\n\nDear Morgan Lee\n\nThank you for contacting Northby "
        "County Council.\n\nThis email is to confirm receipt of your request.\n\nNeil Doling\nFreedom of Information "
        "Officer\n\nshow quoted sections\n\nFreedom of Information Mailbox, Northby County Council\n\nDear Sir/Madam"
        "\n\nThank you for contacting Northby County Council.\n\nYour, and others, requests for information have now "
        "been considered and our response is as follows:\n",
        # The reply after the acknowledgement, cut as it begins (Buckinghamshire County Council on WhatDoTheyKnow)
        "response",
        "unknown",
        id="our-response-is-as-follows-after-the-acknowledgement",
    ),
    case(
        "Our Ref: F0190529\n\n12 June 2019\nDear Mr Rainey\n\nREQUEST FOR INFORMATION\n\nThank you for your recent "
        "request, received by 19 May 2019.\n\nResponse\nPlease refer to the data below regarding the number of fly "
        "tipping notifications received by the Agency.\n2010\n2011\n2012\nPerth & Kinross\n42\n61\n47\n\nPlease "
        "note that the Agency does not hold the data for 2016 until July 2017.\n",
        # Figures given a cell a line beside the years not held (the Scottish Environment Protection Agency)
        "response",
        "partial",
        id="figures-a-cell-a-line-beside-what-is-not-held",
    ),
    case(
        "Date: 15 February 2018\nIR 2017/02483\nDear M Boyce\nFreedom of Information Act 2000 (FOIA)\nThank you for "
        "your email of 24 October 2017 asking Northby Revenue to carry out an internal review of our response to your "
        "information request. I am sorry for the delay in replying to you.\nYour request\nOn 4 August 2017 you asked "
        "for the following information:\n(1) How many case reports took more than 30 working days to arrive?\nOur "
        "response\nWe replied on 5 September 2017 stating your request was vexatious and, in accordance with section "
        "14(1) of the FOIA, we would not be taking it any further.\nInternal review\nThe purpose of an internal review "
        "is to consider whether your request was handled correctly.\n",
        # A review letter cut before its finding (HM Revenue and Customs): the refusal it reviews is the earlier reply's
        "internal_review",
        "unknown",
        id="asking-us-to-carry-out-an-internal-review",
    ),
    case(
        "Report Summary\nIssued 26 March 2023, this FOI response advises that the first request exceeds the cost of "
        "compliance.\nResponse\nIn relation to your first request, unfortunately, we are unable to provide you with "
        "all the information you have requested as it would prove too costly within the context of the fee "
        "regulations.\nClarification was requested and received on 18 March in an effort to reduce the information "
        "in scope. However, it has been determined that there is no easy way to do this.\n",
        # A clarification told as done is no request for one (the Scottish Police Authority's response)
        "refusal",
        "refused",
        id="clarification-requested-and-received-is-done",
    ),
    case(
        WDTK_REQUEST + "\nfoi@northby.gov.uk, Northby Standards Agency\n\nour ref: IA/00040/17\n\n16 January 2017\n\n"
        "Dear Mr Southgate\n\nInformation requested under the Freedom of Information Act (FoIA)\n\nI can now respond "
        "as follows: -\n\nResponse:\n\nI can confirm that I am unable to provide this information to you as this\n",
        # A one-question request refused in the reply's words, the page cut there (the Driver and Vehicle Standards
        # Agency on WhatDoTheyKnow)
        "refusal",
        "refused",
        id="confirms-it-is-unable-to-provide",
    ),
    case(
        "13 July 2023\nRef: FOI2023/10667\nDear Mr Cross,\nFreedom of Information Act 2000\nThank you for your enquiry "
        "of 20 June 2023, which we have considered under the terms of the Freedom of Information Act 2000.\nWe replied "
        "on 20 June 2023. We asked you to clarify whether your request refers to all pension schemes, or a specific "
        "type of pension scheme. We explained that we would be able to process your request once we have received "
        "clarification.\nWe are unable to confirm whether Northby Treasury holds information within the scope of your "
        "request.\n",
        # The clarification asked for before, told in the past, and no confirmation of what is held (HM Treasury)
        "refusal",
        "refused",
        id="a-clarification-told-in-the-past-and-unable-to-confirm-what-is-held",
    ),
    case(
        "FOI Reference: 498/2022\nRequest:\n1/ All records of mis-use of body worn video over the last four years.\n"
        "2/ All records of any known complaints made about mis-use of body worn video.\n3/ All records of all "
        "misconduct cases against officers relating to body worn video.\nResponse 1 and 2:\n",
        # A log's page cut at the label of its first answer (Dyfed-Powys Police): the label answers nothing
        "request_only",
        "none",
        id="a-label-naming-the-questions-it-answers-is-no-answer",
    ),
    case(
        WDTK_REQUEST
        + "\nInfo Rights, Northby County Council\n\nThankyou for your email to the Information Rights Team "
        "at Northby\nCounty Council.\nIf we need further information to deal with a request you are making, we\nwill "
        "contact you.\nKind regards\nInformation Rights Team\n",
        # An automatic reply, its lines wrapped (Warwickshire County Council on WhatDoTheyKnow).
        "acknowledgement",
        "acknowledged",
        id="automatic-reply-if-we-need-further-information",
    ),
    case(
        WDTK_REQUEST + "\nNorthby City Council\n\nInformation request\nOur reference: 10829925\n\nDear Mr Lee\n\n"
        "Thank you for contacting Northby City Council's Information Management Team.\n\nYour query will be allocated "
        "for response, and someone will contact you within 5 working days to confirm the details of your request.\n",
        # (Westminster City Council's automatic reply on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="query-will-be-allocated-for-response",
    ),
    case(
        WDTK_REQUEST
        + "\nPhilip Ryan, Northby Borough Council\n\nThank you for your email.\nI am away from the office on "
        "Monday 23rd November 2009 on annual leave,\nreturning on Tuesday 24th November 2009. Otherwise I will reply to"
        "\nyour email on my return.\n",
        # An out-of-office reply promising the real one (Coventry University on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="out-of-office-will-reply-on-return",
    ),
    case(
        WDTK_REQUEST
        + "\nJames Goffin, Northby Academy Trust\n\nDear Morgan,\nI acknowledge receipt of your freedom of "
        "information request.\nI have made an initial review of your request and unfortunately I am unable to process "
        "it as I am not clear on the information you are requesting. I must ask you for further clarification before "
        "I can\nproperly process the request and respond with the appropriate information.\nYours faithfully,\n\nJames "
        "Goffin\n",
        # A clarification request opening with an acknowledgement (Inspiration Trust on WhatDoTheyKnow)
        "clarification",
        "clarification_requested",
        id="acknowledged-then-clarification-asked-before-processing",
    ),
    case(
        WDTK_REQUEST
        + "\nFreedom of Information,\n\nPlease consider this e-mail as acknowledgement of your FOI request. We "
        "aim\nto respond to your request within 20 working days.\n\nKind regards\n\nThe FOI Team\n\nFreedom of "
        "Information,\n\n2 Attachments\n\nDear Morgan,\n\nPlease find attached the response to your FOI request.\n\n"
        "Kind regards\n\nThe FOI Team\n",
        # The acknowledgement, signed off with no greeting, then the reply in attachments (Greater Manchester Mental
        # Health NHS Foundation Trust on WhatDoTheyKnow): the reply is not in the text.
        "response",
        "unknown",
        id="acknowledgement-with-no-greeting-then-the-reply-attached",
    ),
    case(
        WDTK_REQUEST
        + "\nFreedom of Information Requests, Northby Borough Council\n\nThank you for your message, which "
        "has been received by the Freedom of\nInformation (FOI) Team at Northby Borough Council.\n",
        # (the General Dental Council's automatic reply on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="message-which-has-been-received",
    ),
    case(
        WDTK_REQUEST
        + "\nDear Morgan Lee,\nThank you for your request for information, received by Northby University on"
        " 18th January.\nYou will receive a response as soon as possible, and in any event not\nlater than 20 working "
        "days.\nThe deadline date for responding to this request for information is 15th\nFebruary 2011.\nYours "
        "sincerely,\nJulie Archer\n",
        # (Aberystwyth University on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="not-later-than-20-working-days-and-its-deadline-date",
    ),
    case(
        "1. How much money has the Trust spent on software?\nThe information requested is unable to be provided: a "
        "manual search would take in excess of 18 hours as specified under Section 12 of the Freedom of Information "
        "Act.\n2. Does the Trust have an integration engine? If so, who is the vendor?\nYes, the Trust has an "
        "integration engine. Details are not provided under the exemption at section 31(1)(a).\n",
        # A yes before the details are withheld is given (East Lancashire Hospitals NHS Trust's disclosure log).
        "response",
        "partial",
        id="a-yes-with-its-details-withheld-beside-a-cost-refusal",
    ),
    case(
        "Freedom of Information\nNorthby Health NHS Foundation Trust\nDate 14th August 2019\nDear Requester\nINTERNAL "
        "REVIEW Request for Information Reference: FOI 0271-19\nThe Trust received your original request on the 29th "
        "April 2019. Please find attached the information you requested.\n",
        # A review letter's heading (Frimley Health NHS Foundation Trust's internal review on WhatDoTheyKnow)
        "internal_review",
        "provided",
        id="internal-review-heading-before-request-for-information",
    ),
    case(
        "Can you please tell me the total spent on branded merchandise since November 2012?\n\nThe information you are "
        "requesting is not held by the Office of the Northby Police and Crime Commissioner in any reasonably "
        "retrievable form. It is my assessment that the cost of providing you with the information requested would "
        "exceed the 'appropriate limit'. Please take this letter as a Refusal Notice.\n",
        # Not held "in any reasonably retrievable form" opens a cost refusal (the Northamptonshire PFCC's log).
        "refusal",
        "refused",
        id="not-held-in-any-reasonably-retrievable-form-is-a-cost-refusal",
    ),
    case(
        "FOI release\n\nConsultants\n\nSome or all of the information requested was not provided because we "
        "determined that the cost to do so would exceed the appropriate limit.\n\nCase reference FOI2024/01001\n\nPlease can you provide me with the spend "
        "by your organisation on external consultants in the previous 12 months.\n\nAnswer: This information is not "
        "held in a form that would enable it to be located, retrieved and extracted within the Appropriate Time Limit "
        "which equates to 18 hours.\n\nOur accounting systems cannot report spend at that level of detail.\n",
        # Not held "in a form that would enable it to be located, retrieved and extracted" within the time limit is a
        # cost refusal too (Herefordshire Council's FOI releases).
        "refusal",
        "refused",
        id="not-held-in-a-form-that-would-enable-it-to-be-located-is-a-cost-refusal",
    ),
    case(
        "Dear Adam Hodgson,\n\nFreedom of Information Act 2000\n\nDate of request: 15-03-2020 13:06:13 GMT\nDue date: "
        "15-04-2020 00:00:00 BST\nRef: RITM0275053\n\nAcknowledgement of request for information\n\nThank you for "
        "your request for information dated 15-03-2020 13:06:13 GMT,\na copy of which is appen",
        # An acknowledgement's heading, the page cut below it (the University of Southampton on WhatDoTheyKnow).
        "acknowledgement",
        "acknowledged",
        id="an-acknowledgement-of-request-heading",
    ),
    case(
        "Dear Northby Ambulance Service NHS Foundation Trust,\n\nI would like to know the call-out locations for "
        "every cardiac arrest incident since 2010.\n\nYours faithfully,\n\nLeigh Dodds\n\nDear Leigh Dodds,\n\n"
        "Thank you for your request for information regarding response times which we received on 30th June 2016."
        "\n\nWe will deal with this request in accordance with your right of access to information we hold under "
        "the Freedom of Information Act and I attach a leaflet containing further information about both your rights "
        "and our obligations under this legislation. You will see from this that we are not",
        # "We will deal with this request" promises the reply (South Western Ambulance Service NHS Foundation Trust on
        # WhatDoTheyKnow), as "We will deal with your request" does.
        "acknowledgement",
        "acknowledged",
        id="we-will-deal-with-this-request",
    ),
    case(
        # HM Treasury on WhatDoTheyKnow: an automatic acknowledgement, then the reference and "This is to confirm
        # receipt of", the page cut there
        "Dear Her Majesty's Treasury,\n\nPlease supply an exact copy of this briefing document.\n\nYours faithfully,"
        "\n\nCorinne Booker\n\nThank you for your email. This is an automatic acknowledgement to confirm that we have "
        "received your communication safely. Please do not reply to this email.\n\nOur ref: FOI2020/27722\n\nDear Ms "
        "Booker,\n\nThank you for your request for information which we are considering under the terms of the "
        "Freedom of Information Act 2000.\n\nThis is to confirm receipt of",
        "acknowledgement",
        "acknowledged",
        id="an-automatic-acknowledgement-and-this-is-to-confirm-receipt",
    ),
    case(
        # NHS England on WhatDoTheyKnow: the acknowledgement, then a holding letter after the requester heard nothing
        "Dear NHS England,\n\nplease provide copies of the minutes of the Programme Board.\n\nYours faithfully,\nJen "
        "Persson\n\nOur reference: SDR- 339659 - Acknowledgement\n\nThank you for your Freedom of Information (FOI) "
        "request dated 12 October\n\nPlease be assured that your request is being dealt with under the terms of the "
        "Freedom of Information Act 2000 and will be answered within twenty working days.\n\nYours faithfully\n\nNHS "
        "England\n\nDear Ms Persson,\n\nRe: Freedom of Information request (Our Ref: SDR - 339659)\n\nPlease accept my "
        "apologies for the delay in responding in full to your request. We are still in the process of assessing your "
        "request will provide you with a response as soon as possible.\n\nYours sincerely,\n\nChloe Wilkins\n",
        "acknowledgement",
        "acknowledged",
        id="still-in-the-process-of-assessing-your-request",
    ),
    case(
        "24th November 2010\n\nDear Mr Pullen,\n\nFreedom of Information Appeal - Reference A0017/2010\n\nYou "
        "requested an Internal Review under the Freedom of Information Act 2000 (FOI) on the 22nd November 2010 as you "
        "felt that the information provided to you did not fully meet your request.\n\nHaving read the file and "
        "considered the reasons for exempting the information, I'm in agreement with the initial decision given to "
        "you. The Section 31 (Law Enforcement) exemption has been engaged.\n",
        # A review upholding a refusal (West Yorkshire Police reviewing for the West Yorkshire Safety Camera
        # Partnership).
        "internal_review",
        "refused",
        id="you-requested-an-internal-review-and-the-reviewer-agrees-with-the-initial-decision",
    ),
    case(
        "Dear Mr Adams\n\nRe: Freedom of Information Act - Request for Internal Review (RefKFEN-8FLASA)\n\nI am writing in "
        "response to your email dated Monday 2nd May 2011 in which you requested an internal review of the handling of "
        "your recent request for information. We have now reviewed this request and I am writing to inform you of the "
        "outcome of this review.\n\nIn the response dated 28th April 2011, the information was withheld under section "
        "43(2) of the Freedom of Information Act. We have therefore considered whether this exemption was correctly "
        "applied.\n",
        # The text ends before the finding: what the original response withheld is not the review's outcome
        # (LABELLING.md: "unknown" when the reply is cut off before you can tell; so the held-out golds of the Crown
        # Prosecution Service's and the Foreign and Commonwealth Office's reviews).
        "internal_review",
        "unknown",
        id="outcome-of-this-review-in-which-you-requested-it",
    ),
    case(
        "Q: How many requests for reviews did you receive?\n\nA: I can confirm that the Office received 19 review "
        "requests.\n\nQ: How many of the complaints reviewed did you overturn?\n\nA: The Office of the Police and Crime Commissioner "
        "cannot overturn the decision made in the original complaint. 23 of 135 allegations led to recommendations.\n",
        # What the body may not do, in an answer about complaint reviews (Warwickshire PCC's log).
        "response",
        "provided",
        id="cannot-overturn-is-no-review-finding",
    ),
    case(
        WDTK_REQUEST
        + "\nFOI - Resources, Northby Borough Council\n\nDear Morgan Lee,\n\nThank you for your request under "
        "the Freedom of Information Act 2000, received on 11th November 2013.\n\nWe are considering your request under "
        "the terms of the Freedom of Information Act, you should receive the information requested within the "
        "statutory timescale of 20 working days.\n",
        # (Cardiff Council on WhatDoTheyKnow)
        "acknowledgement",
        "acknowledged",
        id="we-are-considering-your-request",
    ),
    case(
        "Dear Mr Pavlou\n\nPlease find attached a response to your information request of the 24th April 2017 - our "
        "reference FOI2017/11051.\n\nBEIS has applied a Public Interest Test extension for a further 20 days under "
        "the following sections of the FOI Act 2000:\n27 - International Relations\n35 - Formulation of Government "
        "Policy\n\nYours sincerely,\n\nInformation Rights Unit\n",
        # The time to answer extended to weigh the public interest (the Department for Business, Energy and Industrial
        # Strategy on WhatDoTheyKnow), "a response" attached though it is.
        "acknowledgement",
        "acknowledged",
        id="public-interest-test-extension",
    ),
    # The log of a London borough names the link to its reply for how the request ended; the reply itself is a PDF.
    case(
        "Freedom of Information Request\n\nLibrary opening hours 2019\n\nReceived: 2 July 2019\n\nPlease tell me "
        "the opening hours of each library and how many volunteers work in each.\n\nOutcome / Documents\n\n  • "
        "Response (some exempt) - application/pdf - Download\n\nRate this page?\n",
        "response",
        "partial",
        id="log-link-named-some-exempt",
    ),
    case(
        "Freedom of Information Request\n\nLibrary opening hours 2019\n\nReceived: 2 July 2019\n\nPlease tell me "
        "the opening hours of each library and how many volunteers work in each.\n\nOutcome / Documents\n\n  • "
        "Response (not held) - application/pdf - Download\n",
        "response",
        "not_held",
        id="log-link-named-not-held",
    ),
    case(
        "Freedom of Information Request\n\nLibrary opening hours 2019\n\nReceived: 2 July 2019\n\nPlease tell me "
        "the opening hours of each library and how many volunteers work in each.\n\nOutcome / Documents\n\n  • "
        "Response (some not held) - application/pdf - Download\n",
        "response",
        "partial",
        id="log-link-named-some-not-held",
    ),
    case(
        "Freedom of Information Request\n\nLibrary opening hours 2019\n\nReceived: 2 July 2019\n\nPlease tell me "
        "the opening hours of each library and how many volunteers work in each.\n\nOutcome / Documents\n\n  • "
        "Response (cost exceeds limit) - application/pdf - Download\n",
        "refusal",
        "refused",
        id="log-link-named-cost-exceeds-limit",
    ),
    case(
        "Freedom of Information Request\n\nLibrary opening hours 2019\n\nReceived: 2 July 2019\n\nPlease tell me "
        "the opening hours of each library and how many volunteers work in each.\n\nOutcome / Documents\n\n  • "
        "Response (some exceeds appropriate limit) - application/pdf - Download\n",
        "response",
        "partial",
        id="log-link-named-some-exceeds-limit",
    ),
    case(
        WDTK_REQUEST + "\nRe: Your request for information concerning:\nLitter enforcement\nThe Council aims to "
        "provide available information promptly and in any\nevent within 20 working days, unless, exceptionally, "
        "there is a need to\nconsider whether the information is exempt from disclosure.\nI will contact you again "
        "soon in connection with your request.\nCustomer Request Number: FOI_6178\nDear Morgan Lee,\nI refer to "
        "your recent request for information under the Freedom of\nInformation Act 2000. I can confirm that the "
        "Council does not hold this\ninformation, as detailed below.\n",
        # The acknowledgement and, below it in the same message, a letter saying nothing is held (Sunderland City
        # Council on WhatDoTheyKnow): the reply is the letter.
        "response",
        "not_held",
        id="not-held-in-a-letter-below-the-acknowledgement",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\nI confirm your request will be processed as a request under the "
        "Freedom of\nInformation Act 2000. Accordingly, you will receive the information you\nhave requested "
        "within 20 working days of the date of receipt of your\nrequest by the Council unless the Council does not "
        "hold the information or\nthere is a reason to withhold all or part of the information requested.\n\n"
        "Kind Regards,\n\nLyndsey Moore\n",
        # "unless the Council does not hold the information" inside the acknowledgement (Newry, Mourne and Down
        # District Council): still an acknowledgement.
        "acknowledgement",
        "acknowledged",
        id="acknowledgement-saying-unless-not-held",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan\n\nI write to acknowledge receipt of your request.\n\nRegards,\n\nC Taylor\n\n"
        "show quoted sections\n\n26th September 2018\n\nDear Morgan\n\nF2115 Response to request under Freedom of "
        "Information Act 2000\nRefusal in respect of the request\n\nI write on behalf of the Council in response to "
        "your request, dated 30th August 2018 made under the provi",
        # The refusal letter's heading, the page cut in its first sentence (the University of Leicester on
        # WhatDoTheyKnow): the acknowledgement above is superseded.
        "refusal",
        "refused",
        id="refusal-heading-of-a-letter-cut-in-its-first-sentence",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee\n\nA list of the notices (question 1) is in the attached pdf document.\n"
        "We are unable to provide the company's name (question 2) in accordance with section 43(2) of the FOIA, as "
        "disclosure would be likely to be prejudicial to its commercial interests.\n",
        # One part in an attached PDF, the other withheld (the University of Bath): partial.
        "response",
        "partial",
        id="one-part-in-the-attached-pdf-the-other-withheld",
    ),
    case(
        WDTK_REQUEST + "\nDear Morgan Lee,\n\nThank you for your information request, which was received on 12 April "
        "2021.\n\nI can confirm that the Council doesn\u2019t hold any information relating specifically to litter "
        "enforcement.\n\nYours sincerely,\n\nAnna Herriman\n",
        # "doesn't hold", the contraction (the South East of Scotland Transport Partnership on WhatDoTheyKnow).
        "response",
        "not_held",
        id="not-held-in-a-contraction",
    ),
    case(
        WDTK_REQUEST + "\nDear Mr Lee,\n\nThank you for your request for minutes of meetings held in July 2018. No "
        "meetings were held during this time period so there are no minutes available.\n\nRegards\nClare Hope\n",
        # Ammanford Town Council on WhatDoTheyKnow.
        "response",
        "not_held",
        id="no-minutes-available",
    ),
    case(
        "Northby NHS Foundation Trust\n\nFreedom of Information Request\n\nThank you for your email. Please find our "
        "response provided below.\n\n1. How many ECT in 2024?\n2. How old were they?\n3. How many patients "
        "consented to ECT?\n\nOur Response\n\nNorthby NHS Foundation Tru",
        # The page ends before any answer (Cambridgeshire and Peterborough NHS Foundation Trust's log).
        "response",
        "unknown",
        id="a-reply-cut-right-after-the-questions",
    ),
    case(
        WDTK_REQUEST + "\nNeil EDWARDS, Northby Borough Council\n\n1 Attachment\n\nDear Morgan\n\nPlease see the "
        "attached document in relation to your FoI request.\n\nRegards\n\nNeil\n\nMorgan Lee\n\nDear Northby "
        "Borough Council,\n\nPlease pass this on to the person who conducts Freedom of Information reviews.\n\nI "
        "believe that my request has been misunderstood.\n\nYours faithfully,\n\nMorgan Lee\n\nMike SPENCER, "
        "Northby Borough Council\n\nDear Mr Lee,\n\nI have reviewed the handling of your FoI request 'Litter fin",
        # The review's letter, cut in its first sentence (Acas on WhatDoTheyKnow): the first reply's attachment is
        # not what the review decided.
        "internal_review",
        "unknown",
        id="internal-review-cut-before-its-finding",
    ),
    case(
        WDTK_REQUEST + "\nDear Ms Lee,\n\nThank you for your request for information.\n\nCollating this information "
        "from our various service areas is\nlikely to exceed the time limit of 18 hours.\n\nTherefore, I would be "
        "grateful if you could either forward your cheque for\n\u00a3450 or alternatively scale down your request.\n",
        # A cost refusal in hours, no section named (Anglia Ruskin University on WhatDoTheyKnow).
        "refusal",
        "refused",
        id="exceeds-the-time-limit-of-18-hours",
    ),
    case(
        WDTK_REQUEST + "\nFOI Team, Northby Borough Council\n\n1 Attachment\n\nMorgan Lee,\n\nRef: FOI 96/2024\n\n"
        "Please see the attached correspondence from the Council.\n\nThanks\n\nCompliance Officer\n",
        # The reply is the attachment (the Northern Ireland Policing Board on WhatDoTheyKnow): a response whose
        # outcome the text does not show.
        "response",
        "unknown",
        id="the-attached-correspondence-is-the-reply",
    ),
    case(
        "Request reference number: MGLA101024-2629\nRequest:\nPlease provide the following details:\n- Total "
        "expenditure on hotel accommodation.\n- A list of hotels where bookings were made.\nResponse:\nI can confirm "
        "that the GLA holds information within the scope of your request.\nPlease find below the information we hold."
        "\nSome of the information you requested is exempt from disclosure under Section 38(1)(a) and (b) (Health "
        "and safety) of the FoIA.\n",
        # The Greater London Authority's log, its table lost from the text.
        "response",
        "partial",
        id="some-of-the-information-requested-is-exempt",
    ),
    case(
        "FOI Request\n\nRansomware 31/10/19\n\n1. In the last 5 years, how many times has your trust suffered "
        "from a ransomware attack?\n\n2. Did you pay the ransom?\n\nIf disclosed, this information could be used to "
        "identify ways of breaching our Trust's IT security measures. The disclosure of information which would make "
        "our Trust more vulnerable to crime is exempt under Section 31.\n",
        # Every question refused under an exemption, in no refusal's set words (Blackpool Teaching Hospitals' log): a
        # refusal, as LABELLING.md pairs the two.
        "refusal",
        "refused",
        id="every-question-withheld-is-a-refusal",
    ),
    case(
        "12 May 2016\n\nDear Ms Price\n\nRe: Request for information - Freedom of Information Act 2000\n\nFurther to "
        "my letter of 20 April 2016, please now find enclosed information you requested in relation to agency "
        "nurses.\n\nYou will note that some of the information requested has not been provided. The Trust considers "
        "that this information is exempt from disclosure under Section 12(1) of the Freedom of Information Act "
        "2000.\n",
        # Information enclosed "now", the rest over the cost limit (the Northern Health and Social Care Trust): not a
        # refusal of the whole request.
        "response",
        "partial",
        id="information-now-enclosed-the-rest-over-the-cost-limit",
    ),
    case(
        "Dear Mr Lowe\n\nI am writing in response to your request for information which we received on 3 March "
        "2014.\n\nWhile I have provided most of the requested information about the vehicles we keep ready to attend "
        "fires, I have not been able to provide you with the registration numbers of some of our specialist "
        "vehicles.\n",
        # (the London Fire Brigade on WhatDoTheyKnow, its reasons cut off)
        "response",
        "partial",
        id="most-of-the-requested-information-provided",
    ),
    case(
        "Dear Mr Hale,\n\nThank you for your information request of 3 July as outlined below.\n\nWe can confirm that "
        "the Department holds information within the scope of your request. However, we have determined that some "
        "of this information may be exempt from release under section 36 of the Act. It is necessary to carry out a "
        "public interest test.\n\nBy virtue of section 10(3) of the Act, where public authorities have to carry out "
        "a public interest test, the time for response may be extended.\n",
        # The time extended to weigh the public interest, the answer still to come (the Department for Culture, Media
        # and Sport on WhatDoTheyKnow): no refusal yet.
        "acknowledgement",
        "acknowledged",
        id="time-extended-by-virtue-of-section-10-3",
    ),
    case(
        "Dear Northby Fire and Rescue Service,\n\nUnder the Freedom of Information Act I request the following "
        "information:\n1. How many on-call firefighters do you employ?\n2. How many joined in 2012?\n\nYours "
        "faithfully,\n\nC Waren\n\nDear Sir,\n\nI hereby acknowledge receipt of your request for information. You "
        "will receive a response within 20 working days.\n\nYours faithfully,\n\nFreedom of Information Officer\n\n"
        "Dear Sir,\n\nFurther to your recent Freedom of Information Act request, please confirm whether you require "
        "headcount or Full Time Equivalent data.\n",
        # The later letter asks what was meant, its request to clarify straight after "Further to your request," (North
        # Wales Fire and Rescue Service on WhatDoTheyKnow): no condition, the thread's most substantive message.
        "clarification",
        "clarification_requested",
        id="clarification-asked-after-further-to-your-request",
    ),
    case(
        "Date 03 February 2011\nFreedom of Information Act 2000\nThank you for your recent Freedom of Information "
        "request regarding staffing over the holiday period.\nAfter careful consideration, I am unable to disclose "
        "information which is not already in the public domain in accordance with the exemption provided for in "
        "Section 36 of the Freedom of Information Act.\nThe terms of reference of the regulator's investigation are "
        "available at the link below.\n",
        # Withheld in the reply's own words, a link to another body's papers beside (Northern Ireland Water).
        "refusal",
        "refused",
        id="unable-to-disclose-information-under-an-exemption",
    ),
    case(
        "Reference FOI 2026/1001\nDescription GP Clinical Systems\nDate Requested 23/02/2026\nDate Replied 06/03/2026\n"
        "\nI am writing to make a request under the Freedom of Information Act 2000.\n\n1. The total number of GP "
        "practices in your area, broken down by clinical system provider.\n2. The number of practices that asked to "
        "migrate.\n\nIf any part of this request would exceed the appropriate cost limit under Section 12, I would "
        "welcom",
        # The request's own words under its last item, the page cut there (NHS Greater Manchester Integrated Care
        # Board's disclosure log): no answer to it, nothing given yet.
        "response",
        "unknown",
        id="requesters-cost-limit-sentence-under-the-last-item-is-no-answer",
    ),
    case(
        "ICT Contract Information (FOI241001)\n\nRequest for information - Ref no: FOI241001\n\nDecember 20, 2024\n\n"
        "We received your request on 21 November 2024.\n\nWe have handled your request under the Freedom of "
        "Information Act (FOIA) 2000.\n\nA copy of your request is set out in the extract below:\n\nI wish to submit "
        "a freedom of information request relating to the organisation's ICT contracts:\n\n1. contact centre "
        "contract(s)\n\n2. inbound network services contract(s)\n",
        # The reply's account of when the request came ("We received your request on ...") over the request quoted,
        # the page cut there (Ordnance Survey's published responses): a response not yet judged, no acknowledgement.
        "response",
        "unknown",
        id="we-received-your-request-on-a-date-over-the-request-quoted",
    ),
    case(
        "Dear Mr Frey\n\nRequest under Freedom of Information Act 2000\n\nThank you for your request for a copy of the "
        "statistics referred to in the minutes of the review meeting.\n\nThis Trust can advise that we consider that "
        "the statistics requested are exempt from disclosure in accordance with Section 40 of the Act.\n\nHowever we "
        "are able to provide you with a summary of the information in the form of the PDF document attached.\n",
        # A summary given in place of what is withheld (Derby Hospitals NHS Foundation Trust): partial, not refused.
        "response",
        "partial",
        id="exempt-however-a-summary-provided",
    ),
    case(
        # North West Ambulance Service NHS Trust on WhatDoTheyKnow: its acknowledgement, then the reply's greeting and
        # a sentence of thanks, the page cut there: the acknowledgement is all the thread says yet.
        "Dear North West Ambulance Service NHS Trust,\n\nPlease could you confirm whether this statement is true.\n\n"
        "Yours faithfully,\n\nClaire Stephenson\n\nFOI Enquiries, North West Ambulance Service NHS Trust\n\n"
        "2 Attachments\n\nThank you for your request for information which is currently being reviewed under the "
        "terms of the Freedom of Information Act 2000.\n\nWe will contact you again with a response within the 20 "
        "working days commitment outlined in the Freedom of Information Act.\n\nThank you.\n\nFOI Enquiries, North "
        "West Ambulance Service NHS Trust\n\nFOI 869\n\nDear Claire Stephenson,\n\nThank you for your request for "
        "information.\n",
        "acknowledgement",
        "acknowledged",
        id="a-reply-cut-after-its-thanks-says-nothing-yet",
    ),
    case(
        # Belfast Health and Social Care Trust on WhatDoTheyKnow: its acknowledgement, a chaser, a promise of the reply
        # next week, another chaser, then a letter that only apologises before the page is cut: nothing replied yet.
        "Dear Belfast Health and Social Care Trust (Northern Ireland),\nTo the best of your knowledge;\n(1) Please "
        "can you advise, what is the role and function of the neurosciences department in the Belfast Trust?\n(2a) "
        "Since 2011, how much funding did the neurosciences department receive?\n(b) How much of that funding was "
        "directly/indirectly attributed to the work of Dr. Michael Watt?\n(3a) Since 2011, how many "
        "research/studies/trials was Dr. Watt a part of, within the neurology/neurosciences departments?\n(b) Please "
        "provide a breakdown by start date, study title, end date (where applicable).\nYours faithfully,\nLyndsay "
        "Eccleston\nThank you for your email to Belfast Trust Public Liaison Service. Due to\nthe significant impact "
        "of the Coronavirus situation, Trust staff are\nworking to prioritise their duties as front line health and "
        "social care\nworkers and regrettably there may be a delay in responding to your email\nat this time. Please "
        "note however, that any urgent queries will be\nforwarded to the relevant service for their attention. Thank "
        "you for your\nunderstanding and patience at this difficult time.\nDear Ms Eccleston\nPlease find attached "
        "an acknowledgement of your FOI enquiry.\nBest wishes\nClark\nClark Turner (he/him)\nCommunications Officer\n"
        "Public Liaison Service\nBelfast Health and Social Care Trust\nE: [1][email address]\n"
        "[2]cid:image009.jpg@01CF8494.4339C740\n[3]cid:image010.jpg@01CF8494.4339C740\n"
        "[4]cid:image011.jpg@01CF8494.4339C740\n[5]cid:image012.jpg@01CF8494.4339C740\n[6]Description: Description: "
        "Trust Values (transparent).tif\nDear Turner, Clark,\nThis is overdue. Please can you provide a response?\n"
        "Yours sincerely,\nLyndsay Eccleston\nDear Ms Eccleston\nApologies for the delay\nI have been advised we "
        "should have this for you next week.\nThanks for your patience\nClark\nDear Turner, Clark,\nWe are now into "
        "the second week and still no response. Please can you provide a full response?\nYours sincerely,\nLyndsay "
        "Eccleston\nDear Ms Eccleston\nPlease accept my apologies\nThe team are s",
        "acknowledgement",
        "acknowledged",
        id="a-reply-cut-after-its-apology-says-nothing-yet",
    ),
    case(
        # The Electoral Commission on WhatDoTheyKnow: its acknowledgement, then a second one cut after its sentence of
        # thanks, in the sentence after it: nothing replied yet.
        "Dear Electoral Commission,\n\nPlease can you provide me with a copy of the Commission's final findings.\n\n"
        "Yours faithfully,\n\nRebecca Sharpe\n\nStephanie Payne, Electoral Commission\n\nOur ref: FOI 35/11\n\n"
        "Dear Rebecca Sharpe,\n\nThank you for your request under the Freedom of Information Act dated 30 May 2011 "
        "and received by the Commission on 31 May 2011.\n\nThe Commission aims to respond to requests for information "
        "promptly and within the statutory timeframe of twenty working days.\n\nYou may expect to receive a reply "
        "sent from the Commission by 28 June 2011.\n\nYours sincerely,\n\nStephanie Payne\n\nStephanie Payne, "
        "Electoral Commission\n\nOur ref: FOI 35/11\n\nDear Rebecca Sharpe,\n\nThank you for your request under the "
        "Freedom of Information Act 2000 dated 30 May 2011 and received by the Electoral Commission on 31 May 2011."
        "\n\nThe Commission aims to respond to requests f",
        "acknowledgement",
        "acknowledged",
        id="a-reply-cut-after-its-thanks-in-the-next-sentence-says-nothing-yet",
    ),
    case(
        # The Homes and Communities Agency's automatic reply on WhatDoTheyKnow, its office closed for the holiday.
        "Dear Homes and Communities Agency,\n\nPlease search your records for all information held on North View "
        "Heights.\n\nYours faithfully,\n\nJ A Giggins\n\nThank you for your enquiry.\n\nOur offices are now closed "
        "and will re-open on Friday 2 January 2015.\n\nYour enquiry will be assessed and a further response sent to "
        "you, within 5\nworking days from when the office re-opens.\n",
        "acknowledgement",
        "acknowledged",
        id="an-enquiry-that-will-be-assessed-is-acknowledged",
    ),
    case(
        # The Northamptonshire Police, Fire and Crime Commissioner's log: the cost limit in words, its section's word
        # missing ("in 12 of the Freedom of Information Act")
        "Question\n\n  1. Type of complaint\n\n  1. Which complaints were resolved by the OPFCC customer service team"
        "\n\nAnswer\n\nI can confirm that the OPFCC holds the information that you have requested. However, the cost of "
        "your request exceeds the limits for time and cost set out in 12 of the Freedom of Information Act 2000 (FOIA) "
        "and the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. On this "
        "occasion we will not be taking your request in respect to complaints data any further.\n",
        "refusal",
        "refused",
        id="exceeds-the-limits-for-time-and-cost",
    ),
    case(
        # Barnard Castle Town Council on WhatDoTheyKnow: the minutes it publishes pointed to, the rest to follow once
        # the requester says what they are looking for
        "Dear Sir/Madam,\nCould you please publish any and all minutes of council proceedings that have involved "
        "discussion of Barnard Castle Vision?\nYours faithfully,\nS Bainbridge\nDear S Bainbridge,\nThe minutes of "
        "full Town Council meetings from April 2008 are published on\nour website:- .\nDue to our limited resources, "
        "it will take some time to make all the\ninformation that you have requested available, other than the "
        "minutes that\nare available from our website. It would be helpful if you could let me know\nme if you are "
        "looking for a specific issue or otherwise.\nKind regards,\nH L Plant\nAssistant Clerk\nBarnard Castle Town "
        "Council\n",
        "clarification",
        "clarification_requested",
        id="it-would-be-helpful-if-you-could-let-me-know-which",
    ),
    case(
        # Sunderland City Council on WhatDoTheyKnow: the request signed "All the best", the council's automatic
        # acknowledgement straight under the requester's name
        "Dear Sunderland City Council,\nI am requesting information under the Freedom of Information Act 2000 "
        "regarding potholes in the council area. I understand different councils may define potholes and repairs "
        "differently, so I would appreciate clarification if your council applies a specific threshold for logging "
        "or repairing potholes.\nI would like to request the following data for the past five calendar years "
        "(2020–2024):\n1. The number of potholes recorded each year, including potholes reported by the public and "
        "confirmed through council inspections (if these are reported differently)\n2. The number of individual "
        "potholes repaired each year, including temporary repairs (e.g., patching) and permanent repairs (e.g., "
        "resurfacing). Note this refers to the number of individual potholes that were repaired, not the total "
        "number of repairs.\n3. The total annual cost of pothole repairs, if available.\nIf the data is recorded "
        "differently, I would appreciate any comparable figures you can provide, along with a brief explanation of "
        "how pothole reports and repairs are logged in your system.\nIf this request exceeds the cost limit under "
        "the FOI Act, please let me know how it may be refined to remain within the statutory limits.\nThank you for "
        "your help; please let me know if you require any clarification or have any questions.\nAll the best,\nJamie "
        "Dixon\nThank you for your request for information concerning Pothole reports and\nrepairs.\nYour request "
        "has been recorded and your reference number is FOI_9051,\nplease quote this reference should you need to "
        "contact us.\nThe Council is aware of the importance for dealing with these matters as a\npriority and will "
        "provide available information within 20 working days,\nunless, exceptionally, there is a need to consider "
        "whether the information\nis exempt from disclosure.\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-signed-all-the-best-then-the-acknowledgement",
    ),
    case(
        # Moray Council's log of its reviews: the review's account cut before its finding
        "Request 101003228270\n\nReview of 101003217212 Correspondence Lord Lieutenant Moray with HRFCA\n\nPlease can "
        "you check all correspondence as per the request.\n\nResponse 08-02-2023\n\nThank you for your review request "
        "concerning 101003217212 Correspondence Lord Lieutenant Moray with HRFCA dated 2023-02-01. This has been dealt "
        "with under the Freedom of Information (Scotland) Act 2002.\n\nFollowing your request for a review, our ref "
        "101003228270, a review meeting was held on 7th February 2023.\n",
        "internal_review",
        "unknown",
        id="thank-you-for-your-review-request",
    ),
    case(
        # Magherafelt District Council on WhatDoTheyKnow: a request to clarify, the requester's answer, then the reply
        # begun and cut ("Your request has been dealt with under the Freedom of Information Act 2000. / The in")
        "Yours faithfully,\n\nhugh mc cloy\n\nMaria Dale, Magherafelt District Council\n\nDear Hugh\n\nFurther to "
        "your email of 13 August 2012 regarding meetings held in early 2011. Could you please provide further "
        "information regarding these meetings? I am sure you are aware that Council hold numerous meetings and we "
        "would require clarification in order to determine which meetings are relevant to your enquiry.\n\nMaria "
        "Dale\nPolicy and Development Officer\nMagherafelt District Council -50 Ballyronan Road - Magherafelt - BT45 "
        "6EN\nT: (028) 79397979 - - F: (028) 79397980 -\nW: www.magherafelt.gov.uk E: [email address]\n\nshow quoted "
        "sections\n\nDear Maria Dale,\n\nI am sure there was not to many meetings in where the council paid a "
        "private consultation firm to carry out a survey in early 2011 that had meetings in both locations.\n\nI "
        "know this took place as I was at them.\n\nI cannot remember the name but surly there is a record of "
        "expenses for this that could direct you to the survey i am looking\n\nYours sincerely,\n\nhugh mc cloy\n\n"
        "Maria Dale, Magherafelt District Council\n\n2 Attachments\n\nDear Hugh\n\nThank you for your email which we "
        "received on the 14 August 2012 regarding public consultations held in March 2011.\n\nYour request has been "
        "dealt with under the Freedom of Information Act 2000.\n\nThe in",
        "response",
        "unknown",
        id="a-request-to-clarify-superseded-by-the-reply-after-it",
    ),
    case(
        # the University of the West of Scotland's letter: the one thing asked withheld under section 33(1)(b)
        "Our ref: F19/204 \n12th September 2019 \nDear Subhash Pandeya \nFreedom of Information (Scotland) Act 2002 - "
        "Information requested \nYour request for information has been considered and our response is as follows:- \n"
        "You requested the following information  \nHow much this university pay as commisison to international agent "
        "for each \nsucessfully enrolled international student. \nThis financial information has not been released "
        "as the exemption under \nsection 33(1)(b) of the Act applies, as detailed below. \n",
        "refusal",
        "refused",
        id="this-information-has-not-been-released-as-the-exemption-applies",
    ),
    case(
        # High Speed Two (HS2) Limited's letter: the list of documents given, some words of their titles withheld
        "Dear Mr Amis\nFOI18-2114\nThank you for your information request of 21 September.\nI can confirm that HS2 Ltd "
        "holds the information that you have requested and the list of\ncompleted relevant documents is provided in "
        "alphabetical order as follows:\n\u2212 15 Sets of Minutes from meetings between October 2016 and August 2018\n"
        "\u2212 Interim Turbidity Report (December 2016)\nSome information in listed document titles has been withheld "
        "under the following:\nSection 31(1)(a) - Law enforcement \u2013 prevention of crime\n",
        "response",
        "partial",
        id="some-information-in-the-titles-withheld",
    ),
    case(
        # NHS Orkney on WhatDoTheyKnow: its acknowledgement, then a letter cut in its first sentence, which already asks
        # what was meant
        "Dear NHS Orkney,\n\nPlease tell me who provides your pathology services.\n\nYours faithfully,\n\nJ Roberts\n\n"
        "FOIRequests (NHS ORKNEY), Orkney NHS Board\n\nAcknowledgment of Receipt\nI hereby acknowledge receipt of the "
        "request detailed below:\nA response should be sent to your request no later than:\n29/09/2014\n\n"
        "FOIRequests (NHS ORKNEY), Orkney NHS Board\n\nDear Mr. Roberts,\n\nIn order to identify and locate the "
        "information that you have requested in the FOI below (Reference Number 201415/182) I would like to request "
        "clarification on the fo",
        "clarification",
        "clarification_requested",
        id="a-letter-cut-in-its-first-sentence-asking-to-clarify-says-so",
    ),
    case(
        # Epsom and Ewell Borough Council on WhatDoTheyKnow: its acknowledgement, then a letter cut in its first
        # sentence, which already calls itself the reply (its outcome cut away)
        "Dear Epsom and Ewell Borough Council,\n\nHow does the council's software deal with non specific payments?\n\n"
        "Yours faithfully,\n\nGwyn Worth\n\nfoi, Epsom and Ewell Borough Council\n\nDear Gwyn Worth\n\nThank you for "
        "contacting Epsom & Ewell Borough Council. I have passed this to the relevant department and will respond as "
        "soon as I have their reply. Please allow up to 20 working days for a response under the Freedom of "
        "Information Act.\n\nYours sincerely\n\nElaine Murphy\n\nfoi, Epsom and Ewell Borough Council\n\nDear Gwyn "
        "Worth\n\nI write in reply to your recent Freedom of Information request; please find Epsom & Ewell Borough "
        "Council\u2019s response ",
        "response",
        "unknown",
        id="a-letter-cut-in-its-first-sentence-calling-itself-the-reply-says-so",
    ),
    case(
        # East Staffordshire Borough Council on WhatDoTheyKnow: one officer's acknowledgement, then another officer's
        # reply, each under a sender line naming the council
        "Dear East Staffordshire Borough Council,\n\n1) How many empty properties are there?\n\nYours faithfully,\n\n"
        "Alex Arthur\n\nAndrea Davies, East Staffordshire Borough Council\n\nFreedom of Information Procedure\nPlease "
        "note that the Council will initially assess your request to establish whether it is a valid FOI and, if so, "
        "you will receive a response to your request within the statutory 20 clear working days.\n\nMichael Petter, "
        "East Staffordshire Borough Council\n\nDear Alex Arthur,\n\nThank you for your request for information dated "
        "May 20th, 2019.  The\nresponse from East Staffordshire Borough Council is contained in after\neach of your "
        "questions in your original email below.\n",
        "response",
        "unknown",
        id="another-officer-of-the-same-body-heads-the-reply",
    ),
    case(
        # Bolton NHS Foundation Trust's log: under "Response:" a sentence of thanks, then words that say the request
        # cannot be answered, then the section 12 refusal: nothing given.
        "REF: 2017-429\n\nRequest:\n\nPlease may you tell me how many records mention Modafinil.\n\nResponse:\n\n"
        "Thank you for your email dated 03 August 2017 where you requested information about Modafinil in patient "
        "records.\n\nFrom our preliminary assessment, it is clear that we will not be able to answer your request "
        "without further clarification.\n\nSection 12 of the Act makes provision for public authorities to refuse "
        "requests for information where the cost of dealing with them would exceed the appropriate limit, which for "
        "the Trust is set at \u00a3450.\n",
        "refusal",
        "refused",
        id="thanks-then-cannot-answer-under-the-response-heading-gives-nothing",
    ),
    case(
        # The Moray Council's log: every answer cites the not-held exception, one after the figure it gives first
        "EIR Request - Rural Fly-tipping\nPlease could I request the following:\n1. The cost of cleaning up rural "
        "fly-tipping\n2. Numbers of recorded cases of rural fly-tipping\nResponse 05-01-21\n1. We do not record the "
        "costs for cleaning up fly tipping separately. This information therefore falls under Regulation 10(4)(a) of the "
        "Environmental Information (Scotland) Regulations 2004 - information not held.\n2.\nOf 529 reports of fly "
        "tipping sent to the Waste department, a total of 171 are classed as rural fly tipping incidents.\n319 "
        "incidents were reported to the Anti-Social Behaviour department, however this data is not held in a way that "
        "differentiates rural and non-rural incidents. The number therefore falls under Regulation 10(4)(a) of the "
        "Environmental Information (Scotland) Regulations 2004 - information not held.\n",
        "response",
        "partial",
        id="a-figure-given-before-the-not-held-part-of-its-answer",
    ),
    case(
        # Rushcliffe Borough Council's log: counts by type given, the cost by type not recorded
        "Response to request for information\nRequest\nPlease may you provide me with data on:\n- Total number of fly "
        "tipping incidents in 2020/2021 per waste type\n- Total cost of removal for fly-tipping incidents in 2020/2021"
        "\nResponse\n2020-21\n- Asbestos - 23\n- Builders rubble - 180\n- Total - 1,685\nWe do not record the cost "
        "of removal of different types of waste so we have provided an overall figure for the year.\n",
        "response",
        "partial",
        id="what-the-body-does-not-record-beside-figures-given",
    ),
    case(
        # Surrey Police's letter: one answer gives costs a row a line between what is not recorded and what would
        # exceed the appropriate level
        "Dear Sir / Madam\n\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: 165-11-594\n\n"
        "I write in connection with your request for information received on 28th October 2011.\n\n"
        "The Information that you have requested is held in part by Surrey Police.\n\n"
        "Q.  Please can you release the annual amount of money you spend on each of the\n"
        "following over the last 3 years:\n\na) Computer Forensics - Also how many units you analyse\n\n"
        "b) Mobile Phone Forensics - Also how many units you analyse\n\nA\n"
        ".  Please note that we are unable to quantify the expenditure relating to Computer\n"
        "Forensics, as this is not recorded separately within our accounts.  We can however\n"
        "provide figures relating to costs associated with obtaining mobile phone records,\n"
        "which are as follows:\n\n2008/09 - £215,929\n2009/10 - £201,399\n2010/11 - £233,788\n\n"
        "The information pursuant to calculating the number of units analysed (computers /\n"
        "mobile phones) is not held in an easily retrievable format.  As this information is not\n"
        "held centrally, it would require a manual search of all case notes etc. in order to\n"
        "calculate the number of units analysed.   I am not obliged to release this information,\n"
        "as the time and cost involved to go through each record to provide the information\n"
        "requested, is above the amount to which we are legally required to respond, i.e. the\n"
        "cost of locating and retrieving the information exceeds the “appropriate level” as stated\n"
        "in the Freedom of Information (Fees and Appropriate Limit) Regulations 2004.\n",
        "response",
        "partial",
        id="figures-a-row-a-line-in-an-answer-that-also-withholds",
    ),
    case(
        # Humberside Fire and Rescue Service: yearly counts given, the month-by-month breakdown declined
        "The request is:\n\nPlease send me the following information:\n\n1) How many members of your staff had a "
        "sick day in 2013 and 2014? Please provide a month by month breakdown.\n\n2) What is the sick pay entitlement?"
        "\n\nThe response is:\n\n1. We report sickness from 01 April to 31st March.\n\n01/04/12 - 31/03/13 - 564 "
        "people\n\n01/04/13 - 31/03/14 - 535 people\n\nTo generate a month by month breakdown would require us to "
        "process the information further and this pushes the request outside the scope of the Act.\n",
        "response",
        "partial",
        id="yearly-counts-given-a-breakdown-declined",
    ),
    case(
        # The Prisons and Probation Ombudsman on WhatDoTheyKnow: "clarify" setting a point straight, asking nothing;
        # the reply cut before the other questions' answers
        "Dear Prisons and Probation Ombudsman for England and Wales,\n"
        "It is of real concern that time and time again I read in your Fatal Incident Reports (FIR) how "
        "prisons have ignored or failed to implement recommendations made in your previous FIRs - "
        "recommendations intended when implemented to reduce the number of deaths in custody by "
        "learning lessons from previous tragic incidents.\nCan you please:\n"
        "Q1: Tell me, for each of the following years (or as many as are available):\ni. 2013/2014;\n"
        "ii 2014/2015;\niii 2015/2016;\niv 2016/2017; and\nv. 2017/2018\n"
        "How many Recommendations made in FIRs by the PPO have been:\na. implemented\nb. not implemented\n"
        "Q2: Detail those prisons where FIR recommendations have not been implemented, and where the "
        "same or similar recommendations have had to be restated in subsequent FIRs at the same prison.\n"
        "Q3: Detail what has the PPO\na. Can do; and/or\nb. Has done\n"
        "to ensure compliance with PPO FIR recommendations in future.\nThank you.\nYours faithfully,\n"
        "Mark Leech FRSA\nEditor: The Prisons Handbook for England and Wales\nDear Mark,\n"
        "Thank you very much for your email, which is being handled under the Freedom of Information Act.\n"
        "I would like to clarify the information you have requested in your first question. We do not "
        "monitor the implementation of accepted recommendations, so are unable to provide this "
        "information. However, there are two sources of information that may be of interest to you instead.\n"
        "1.Action plans\n"
        "When we make recommendations, we receive action plans from establishments in response. We "
        "apply categories to the action plans, based on the information provided to us at the time, to "
        "identify whether the recommendations have been implemented, partially implemented, underway or "
        "rejected. We record these responses and can provide you with the breakdown of this information, by year.",
        "response",
        "unknown",
        id="the-authority-clarifying-a-point-asks-nothing",
    ),
    case(
        # The City of London Corporation on WhatDoTheyKnow: the answer "is follows", a footer on what it may release
        # outside the Act refuses nothing
        "COL - EB - Information Officer, City of London Corporation\n\nDear Mr. Thackeray,\n\n"
        "FREEDOM OF INFORMATION ACT 2000 (FOIA) - INFORMATION REQUEST\n\n"
        "I write further to your request of 5 January 2010 and the City's reply of\nthe same date.\n\n"
        "In your request you asked for details of properties where, over the past 5\n"
        "years, mandatory relief from business rates has been granted on charitable\n"
        "grounds to an organisation which is not a registered charity; the trustee\n"
        "of a registered charity; a charity shop; a sports club; a Friendly and\n"
        "Industrial and Provident Society; an Excepted Charity; an Exempt Charity.\n\n"
        "The answer to your request is follows:\n\nPart 4th F, Salters Hall, 4 Fore Street, London, EC2Y 5DA\n\n"
        "3 Creed Court, 5 Ludgate Hill, London, EC4M 7AA\n\nMiddle Temple, London, EC4\n\n"
        "Inner Temple, London, EC4\n\n146 Queen Victoria Street, London, EC4V 4BY\n\n"
        "The FOIA applies to the City of London as a local authority, police\n"
        "authority and port health authority. Subject to any other statutory\n"
        "provisions requiring the City of London to disclose information, release\n"
        "of information outside the scope of the Act is subject to the discretion\nof the City of London.\n",
        "response",
        "provided",
        id="a-footer-on-release-outside-the-act-refuses-nothing",
    ),
    case(
        # The Security Industry Authority's FOI release, cut under its first answer's heading
        "Request\n\nWith regards to reports of security jobs advertised for below minimum wage:\n\n  \u2022 1.1. Does "
        "the SIA recognise that the public are put at risk by these illegal activities?\n  \u2022 1.2. How many of these "
        "companies are being investigated?\n\nResponse\n\nI can confirm that the SIA does hold some of this "
        "information.\n\nQuestion 1.1\n",
        "response",
        "partial",
        id="holds-some-of-this-information",
    ),
    case(
        # The University of Leicester on WhatDoTheyKnow: the reply cut straight after "Our response is as follows"
        "Library fines\n"
        "I am conducting a research product in order to ascertain the total number of Library "
        "fines that were paid at universities in the UK.\n"
        "I am therefore writing to ask about library fines during the academic year 2016/2017, "
        "under the Freedom of Information Act. For the time period starting from the first day of "
        "term, covering the next 364 days (e.g. one full year), please provide:\n"
        "1. The total amount of money the library received from the payment of overdue items. "
        "Exclude costs of replacing lost books if possible – this request solely relates to the "
        "cost of items that are returned later than their due date.\n"
        "Many thanks, and do let me know if you require any further clarification\nYours faithfully,\nJack Forks\n"
        "1st November 2017\nDear Jack,\n"
        "I write to acknowledge receipt of your request, dated 31st October 2017, made under the "
        "provisions of the Freedom of Information Act 2000.\n"
        "Please note the effective date of the request, i.e. date of receipt of your request by "
        "the University of Leicester for processing, is 31st October 2017 and that the latest date "
        "by which the University must respond under the terms of the Freedom of Information Act "
        "2000 is 28th November 2017.\n"
        "I will arrange for the information to which you are entitled under the Freedom of "
        "Information Act 2000 to be supplied to you as soon as reasonably possible, and in any "
        "event within the period set out by the Act.\n"
        "Please do not hesitate to contact me if you have any queries regarding your request.\nRegards,\n"
        "Claudia Perdomo-Pelaez\nInformation Assurance Officer\nInformation Assurance Services,\n"
        "University of Leicester, University Road, Leicester, LE1 7RH, UK\nt: +44 (0)116 229 7345\n"
        "e: [email address]\nw: www.le.ac.uk\nFollow us on Twitter or visit our Facebook page\nDear Jack,\n"
        "I write on behalf of the University of Leicester in response to your request, dated 31st "
        "October 2017, made under the provisions of the Freedom of Information Act 2000. Our "
        "response is as follows\n",
        "response",
        "unknown",
        id="cut-where-the-reply-says-its-response-follows",
    ),
    case(
        # The Ministry of Defence's letter as a blog copied it, cut inside its first sentence
        "Thank you for your email of 2 July 2010 requesting the following information:\n\n     a) the names of the "
        "systems that you use for HR, Finance and CRM.\n     b) the expiration date of the contracts for each of "
        "these applications.\n\nI am writing to confirm that we hold the information on the subject you have "
        "requested,\n",
        "response",
        "unknown",
        id="cut-inside-the-one-answer-found",
    ),
    case(
        # North Tyneside Council's log: the records attached, names withheld, other documents pointed to as published
        "Request:\n"
        "Please provide emails and attachments exchanged between the Communications/Press Office "
        "and the Mayor’s Office that mention the Langley First School and Appletree Gardens "
        "merger, from 1 January 2023 to the present.\n\n"
        "If helpful for scope, please prioritise threads containing press releases, Q&A briefs, or "
        "messaging about surplus places, site choice, safety/access, and consultation timelines.\n\n\n\nResponse:\n"
        "Please see the attached email and Cabinet Briefing.\n\n"
        "Staff names and emails are withheld under Section 40(2) of the Act. Information is exempt "
        "from disclosure if it is the personal data of an individual other than the requester and "
        "where the disclosure of that personal data would be in breach of any of the data "
        "protection principles.\n\n"
        "Please be advised, the documents highlighted in the Zip folder are refused under section "
        "21 of the Freedom of Information Act 2000 as the information is accessible via another "
        "means. This is because this information is already published here: "
        "https://haveyoursay.northtyneside.gov.uk/\n",
        "response",
        "partial",
        id="emails-attached-beside-names-withheld",
    ),
    case(
        # Transport Scotland's review: a different decision substituted, the agreement released with some sections
        # withheld
        "Your review request, reference 202100236582\n"
        "The response to my FOI request isn't satisfactory so I am requesting that you carry out "
        "an internal review.\n\nThe reasons are:\n\n  1. The information provided is incomplete.\n"
        "  2. The exemptions claimed do not apply.\n"
        "  3. The use of exemptions has not been properly explained as required by FOISA.\n"
        "  4. The public interest test has not been properly carried out.\n"
        "  5. The public interest favours disclosure.\n\nResponse\n\n"
        "I have now completed my review of our response to your request under the Freedom of "
        "Information (Scotland) Act 2002 (FOISA) for a copy of the signed agreement(s) between "
        "Scottish Government (or Transport Scotland) and consultant(s) for the review of the "
        "tripartite agreement between Transport Scotland, CMAL and Calmac Ferries.\n\n"
        "I have concluded that a different decision should be substituted.\n\n"
        "I am now releasing the agreement you have requested. However, exemptions under section "
        "33(1)b and 38(1)b of FOISA apply to some sections of the document.\n",
        "internal_review",
        "partial",
        id="a-review-substituting-a-release-with-sections-withheld",
    ),
    case(
        # Westminster City Council on WhatDoTheyKnow: the appropriate limit in double quotes, the letter cut after it
        "Black, Phil, Westminster City Council\n\nDear Mr Sutherland\n\nResponse for FOI Request 7386\n\n"
        "Thank you for your requests dated 12th July 2011.\n\n"
        "This letter is to advise you that your request for information will not be\n\n"
        "This is because the cost of providing the information you have requested\n"
        'will exceed the "appropriate limit" as stated in the Freedom of\n',
        "refusal",
        "refused",
        id="the-appropriate-limit-in-double-quotes",
    ),
    case(
        # Warwickshire Police's letter restating a request for its contract register, cut on the heading after it
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 114-2023\n"
        "I write in connection with your request for information which was received on 25th "
        "January 2023 as follows:\n"
        "I would like to submit a request for some information from the organisation, in relation "
        "to their contract’s register.\n"
        "The FULL contract register should display all the organisations existing/live contracts I "
        "would like the register to display the following columns/headings:\n"
        "Q1. Contract Reference -Unique reference number associated with the contract.\nQ2. Contract Title\n"
        "Q3. Procurement Category –Please state the category name of the contract, I wish to know "
        "the category the contract is under.\nQ4. Supplier Name\nQ5. Spend (Total, Annual or contract value)\n"
        "Q6. Contract’s Duration\nQ7. Contract’s Extensions\nQ8. Contract’s Start Date\n"
        "Q9. Contract’s Expiry Date\n"
        "Q10. Contract Description [Please provide me with as much detail as possible.]\n"
        "Q11. Contact Owner (Person that manages the contract register)\n"
        "Q12. Contract details of section 151 officer\nQ13. CPV codes/Pro-Class\n"
        "Contract Data/API Contact Details\n",
        "response",
        "unknown",
        id="a-heading-the-text-ends-on-answers-nothing",
    ),
    case(
        # Avon and Somerset Constabulary on WhatDoTheyKnow: a letter putting the reply's date back, cut before the date
        "#Freedom of Information Requests, Avon and Somerset Constabulary\n\n1 Attachment\n\n\n\n\n\n\n\n\n\n"
        "Corporate Communications Department\n\nForce Headquarters, PO Box 37, Valley Road,\n\n"
        "Portishead, Bristol, BS20 8QJ\n\n\n\n\n\nBrian Speedwell Our 692/19\nReference\n[FOI #578251 email]\n"
        "Date 17^th\nJune\n2019\n\n\n\n\n\nDear Mr Speedwell\n\n\n\n\n\n"
        "I write in connection with your request for information dated 22^nd May\n2019.\n\n\n\n"
        "I regret to inform you that Avon and Somerset Constabulary have not been\n"
        "able to complete its response to your request by the date originally\nstated.\n\n\n\n"
        "I now advise you that the amended date for a response is no later than\n",
        "acknowledgement",
        "acknowledged",
        id="a-letter-putting-the-reply-date-back",
    ),
    case(
        # Charnwood Borough Council's log: the whole answer "No records of any ..." under the page's "Information
        # provided" status
        "Requested on\nFri 18th November, 2011\nFOI 1552\nInformation provided\n\n\n"
        "I write to request a review of the Council’s planning application files under the terms of the Freedom\n"
        "of Information Act. Specifically, the information that I wish to view is: -\n"
        "1. Copies of all decided planning applications for changes of use from meat processing to\n"
        "slaughter (abattoir);\n"
        "2. Copies of all decided applications for Certificates of Lawful Use or Development seeking\n"
        "confirmation that change of use from meat processing to slaughter (abattoir) is exempt or\n"
        "permitted development;\n"
        "3. Copies of planning case officer reports for the applications in items 1 and 2 above;\n"
        "4. Copies of Council committee minutes when the applications at items 1 and 2 above were\ndiscussed; and\n"
        "5. Copies of any appeal decisions relating to decisions taken in respect of items 1 and 2 above\n\n\n"
        "No records of any meat processing change of use appliciations\n",
        "response",
        "not_held",
        id="no-records-of-any-answers-not-held",
    ),
    case(
        # Cuckoo Hall Academies Trust: nothing held, then what it would do were it asked to find out, a cost limit
        # named in that sentence only
        "2nd March 2018\nOur Ref: R17180025\nDear Mr Loader\n"
        "Further to our acknowledgement of 9th February, we are responding to your information\n"
        "request received on 5th February 2018.\nYou asked:\nDear Cuckoo Hall Academies Trust,\n"
        "Which newspapers, magazines, journals & online subscriptions did the organisation procure or\n"
        "receive free during the year 16/17?\n"
        "Due to the nature of your request we have assumed ‘online subscriptions’ to mean electronic\n"
        "newspapers, magazines and journals.\n"
        "Out Trust did not purchase any newspapers, magazines, journals or online subscriptions during\n"
        "either the academic of financial year 16/17.\n"
        "It is of course very possible that individuals within our academies have elected to receive free\n"
        "email newsletter updates from organisations (such the Department for Education, Ofsted,\n"
        "Schools Week or TES) or indeed chosen to pay to receive newspapers, magazines or journals\n"
        "themselves, however we are not required to keep records of any subscriptions to which\n"
        "individuals may choose to subscribe; free or otherwise. As such we do not hold this information.\n"
        "Were we asked to establish this, such a request would be perceived as a manifestly\n"
        "unreasonable in line with Section 14(1) of the Freedom of Information Act 2000 as it would\n"
        "require us contacting in excess of 350 employees and collating their responses; a task in itself\n"
        "would exceed the cost limit of Section 12 of the Act.\n",
        "response",
        "not_held",
        id="a-cost-limit-in-a-hypothetical-sentence-refuses-nothing",
    ),
    case(
        # Gwent Police's disclosure page: one part answered, a refusal notice "to those aspects of your request"
        "I write to request information and records under the FOIA in relation to your force's use "
        "of Facial Recognition, specifically:\nGwent Police are not currently utilising LFR\n"
        "Section 17 of the Freedom of Information Act 2000 requires Gwent Police, when refusing to "
        "provide information by way of exemption, to provide you with a notice which: (a) states "
        "that fact, (b) specifies the exemption in question and (c) states why the exemption "
        "applies. In accordance with the Freedom of Information Act 2000 this letter acts as a "
        "refusal notice to those aspects of your request.\n"
        "We are not obliged to provide information if the information held is intended for future "
        "publication and exempt this information under Section 22(1)(a) of the Freedom of Information Act.\n"
        "The legislation: Section 22 Information intended for future publication\n"
        "(1) Information is exempt information if-\n"
        "(a) The information is held by the public authority with a view to its publication, by "
        "the authority or any other person, at some future date (whether determined or not)\n",
        "response",
        "partial",
        id="a-refusal-notice-to-those-aspects-of-the-request",
    ),
    case(
        # Torfaen County Borough Council on WhatDoTheyKnow: the body's only message thanks for the email, and the
        # page ends there
        "NDR\n\nDear Torfaen Council,\n\nPlease provide a list of all business rates accounts.\n\n"
        "In accordance with the ICO Torbay decision, I would appreciate it if this Council did not "
        "withhold the names of sole traders and partners. In the circumstances of the Torbay case "
        "the individuals were private landlords or sole traders and the Commissioner concluded "
        "that disclosure of their names would not breach the first data protection principle as "
        "the information relates to the business activities of the individuals concerned and not "
        "activities they undertake simply or solely in their private lives. The Commissioner "
        "concluded that disclosure would be fair and meet schedule 2 condition 6 of the Data Protection Act.\n\n"
        "Thank you in advance.\n\nYours faithfully,\n\nRichard Scott\n\n"
        "Call Torfaen, Torfaen County Borough Council\n\n"
        "Thank you for taking the time to email Torfaen County Borough Council.\n",
        "acknowledgement",
        "acknowledged",
        id="the-body-s-only-message-thanks-for-the-email",
    ),
    case(
        # NHS Shetland's disclosure log: each answer a file attached, two fields of it withheld under section 38(1)(b)
        "  1. Please could you provide a report from CMM HEPMA containing data against the "
        "following fields, in .csv format, for each month, covering the most recent available data "
        "month and any previous available months (up to 13 if available)\n\n"
        "I understand that the following fields are likely to be available for reporting:\n\n"
        "issue_year, issue_month, location, drugfull, drug_packsize, lnkdid, lnkdpz, "
        "quantity_container, quantity_doseunits, container_returns, doseunits_returns\n\nSee attached file\n\n"
        "  1. Please include totals for all dispensed products, including any details of "
        "transactions relating to returns which should be discounted from the totals.\n\nSee attached file\n\n"
        "Notes:\n\n"
        "  • Inkdid and Inkdpz fields have not been included in the data as, when considered in "
        "the context of other information likely to be available, such data could lead to "
        "identification of individual patients and/or result in substantial prejudice to the "
        "commercial interests of suppliers.\n\n"
        "As such, and in accordance with FOISA s 16(1), NHS Shetland confirms that it holds the "
        "information requested but that it is exempt from disclosure under:\n\n"
        "  • FOISA s 38(1)(b) as read with s 38 (2A) as the information constitutes personal data "
        "and disclosure would breach the confidentiality of the data subjects.\n",
        "response",
        "partial",
        id="answers-attached-with-fields-withheld",
    ),
    case(
        # Buckinghamshire Fire and Rescue Service's log: the first entry not recorded on the body's systems; each
        # entry's reference alone on the line under its label, no table's figures
        "BFRS DISCLOSURE LOG 2017/2018\n\nListed below are the requests we have responded to under the Freedom Of "
        "Information Act 2000.\n\n\n"
        "BFRS Ref:\n\n1510\n\n\nInformation request:\n\n"
        "I refer to the above incident and attach some photographs of the location xxxx (redacted "
        "to remove personally identifiable information). One of the vehicles is seen in the "
        "photographs, but I do not have any contact details for the driver of this vehicle or the "
        "other vehicle involved. Would you be able to provide the names and addresses of the "
        "drivers involved, if these were recorded?\n\n\nResponse:\n\n"
        "This information is not recorded on Authority systems.\n\n\nBFRS Ref:\n\n1509\n\n\n"
        "Information request:\n\n"
        "Could you provide me with a list of domestic properties in Aylesbury Vale that BMKFRS are "
        "preventing occupation for any reason.\n\n\nResponse:\n\n"
        "This request was dealt with outside of the Freedom of Information Act.\n",
        "response",
        "not_held",
        id="not-recorded-on-authority-systems-beside-entry-references",
    ),
    case(
        # Eden District Council's log: its title's reference after a dash is no figure given beside the section 12
        # refusal
        "Freedom of information request response - 05592\n\nFOI request\n\nFOI ID number\n\n"
        "Please supply details and copies of all documents, discussions, reports and decisions "
        "since 2006, relating to moves to alternative forms of governance - either within the "
        "boundaries of your own authority currently, or proposed in a wider area e.g. district "
        "council mergers or any form of unitary governance.\n\nOur response\n\n\n"
        "The information you have requested is wide ranging, and we do not have all the "
        "information in an easily accessible format. To comply with this request would involve "
        "checking through a number of paper files which are not sorted in any particular manner, "
        "and which have other information stored within them. This would then involve going "
        "through each individual file, checking each individual page to locate all the information "
        "you require. We are therefore refusing this request under section 12 of the Freedom of "
        "Information Act 2000 as it is beyond the appropriate time limit responding to FOIs.\n\n"
        "However, we do hold electronic information for the last three years in relation to county "
        "wide discussions over the potential of proceeding to Unitary status.\n\n"
        "If you wish to resubmit a request the information regarding the discussions proceeding to "
        "Unitary status this could be responded to within the appropriate limit.\n\nResponse date\n"
        "02 October 2018\n",
        "refusal",
        "refused",
        id="a-title-s-reference-after-a-dash-is-no-figure-given",
    ),
    case(
        # Knowsley Metropolitan Borough Council on WhatDoTheyKnow: the acknowledgement, then the reply's subject "Your
        # FOI request has been completed" above its greeting, the page cut there
        "Advanced CCTV\n\nDear Knowsley Metropolitan Borough Council,\n\nPlease tell me whether the council uses Hikvision "
        "cameras.\n\nYours faithfully,\n\nJake Hurfurt\n\n"
        "Freedom of Information, Knowsley Metropolitan Borough Council\n\nDear Mr Hurfurt,\n\n"
        "Thank you for your e-mail received on 24 August 2021 requestion information about Advanced CCTV.\n\n"
        "Please note you can now log a Freedom of Information request on our online portal on the "
        "following link:\n\nhttps://www.knowsley.gov.uk/your-council...\n\n"
        "I have recorded your request for information under reference F2021.08.4687.\n\n"
        "This has been passed to the relevant service and you will receive a response by 21 September 2021.\n\n"
        "In line with guidance published by the Information Commissioner’s Office, the council may "
        "make a charge for the provision of information – for example in order to cover the costs "
        "of postage (in line with the relevant postal charges) or charges for printing and copying "
        "(which will reflect photocopying charges levied by the council’s public libraries) or if "
        "this falls within the regulations of an EIR (Environmental Information).\n\n"
        "You will be informed if a fee is to be applied before information is to be provided.\n\n"
        "If you need further information please contact me.\n\nKind regards,\n\nCustomer Liaison Team\n"
        "Knowsley Council\nArchway Road\nHuyton\nKnowsley\nMerseyside\nL36 9UX\n\nshow quoted sections\n\n"
        "Knowsley Metropolitan Borough Council\n\nYour FOI request has been completed\n\nDear Jake Hurfurt\n",
        "response",
        "unknown",
        id="a-reply-subject-saying-the-request-is-completed",
    ),
    case(
        # Sussex Police's letter (posted on Indymedia): a photocopy of a notebook entry enclosed, any other information
        # neither confirmed nor denied under sections 31(3), 38(2), 40(5) and 41(2): some given, the rest refused
        "Dear Mr X\n\nI write in connection with your request for information which was received on 18 March, and "
        "enclose a photocopy of an entry in an officer\u2019s notebook recording a phone call made to the council on "
        "17 March.\n\nWe are unable to confirm or deny whether we hold any other information related to your "
        "request.\n\nSection 31(3) (Law Enforcement);\nSection 40(5) (Personal Information),\n\nIn accordance with "
        "the Act this letter acts as a Refusal Notice for any other information you have sought.\n\nYours "
        "sincerely\n\nT Mahony\nFreedom of Information Disclosure Officer\n",
        "response",
        "partial",
        id="a-photocopy-enclosed-beside-a-refusal-of-the-rest",
    ),
    case(
        # King's College London: a general account of the contracts given, "More specific information has been
        # withheld" under section 27
        "Dear Matthew Kennard,\n\nRequest for information under the Freedom of Information Act 2000\n\nOur "
        "response\n\nWar Studies and Defence Studies have a number of contracts with various departments within "
        "government. These contracts range in length from 1 day to 10 years.\nMore specific information has been "
        "withheld under the following two exemptions:\n\nThe university engages Section 27 (\u2018prejudice to "
        "international relations\u2019) in withholding this information.\n",
        "response",
        "partial",
        id="more-specific-information-withheld-beside-a-general-account",
    ),
    case(
        # The House of Commons' disclosure log: the list of pass holders given, one name withheld from it under
        # section 40(2), and the sponsoring parties withheld too
        "Parliamentary passes (2016)\n\nPlease provide a list of individuals allocated parliamentary passes "
        "sponsored by political parties.\n\nThis information is held by the House of Commons.\n\nPlease note that "
        "one name has been withheld from this list.  This information is exempt by virtue of section 40 (2) of the "
        "Freedom of Information Act 2000 (FOIA) (the exemption for personal information).\n\nIn addition, details "
        "of the political party sponsoring each individual\u2019s pass have also been withheld under section 40 (2) "
        "of the FOIA.\n",
        "response",
        "partial",
        id="one-name-withheld-from-the-list-given",
    ),
    case(
        # Gloucestershire Constabulary's acknowledgement on WhatDoTheyKnow: a clarification it may need later is no
        # request to clarify
        "Dear Ms Davies,\n\nEnquiry Ref : 2011/3493\n\nI acknowledge receipt of your enquiry, which we received on 07 "
        "November 2011, requesting information concerning the Cotswold Water Park Society fraud case.\n\nAs set out "
        "by the Freedom of Information Act, it will be our aim to respond to your request by 05 December 2011. "
        "However, it may be that we need to seek further clarification or information from you. This will add to "
        "the time in which we are allowed to respond to your request.\n\nYours sincerely,\n\nMiss \n",
        "acknowledgement",
        "acknowledged",
        id="it-may-be-that-we-need-clarification-later",
    ),
    case(
        # Historic Royal Palaces on WhatDoTheyKnow: all of a telephony round robin withheld as commercially sensitive,
        # the page cut before the section's number
        "Dear Mr Leonard,\nI write in response to your request, dated 28 November 2019, for information under the "
        "Freedom of Information Act 2000.\nHistoric Royal Palaces (HRP) is the independent charity that looks after "
        "The Tower of London.\nWe believe that it would be inappropriate to disclose the information you have "
        "requested given its commercially sensitive nature. We will therefore be withholding the information "
        "requested under the section",
        "refusal",
        "refused",
        id="we-will-be-withholding-the-information-requested",
    ),
    case(
        # South London and Maudsley NHS Foundation Trust's letter after a complaint to the ICO: an overlooked report to
        # be published with sections redacted
        "Dear Mr Mery\nI am writing to inform you that the Trust will publish a redacted version of the detailed "
        "report on the Trust's website by the end of 28 May 2014.\nThe detailed report contains patient identifiable "
        "data as well as some other information which the Trust considers to be exempt from disclosure. "
        "Consequently, the Trust has redacted appropriate sections of the document. The exemptions the Trust applied",
        "response",
        "partial",
        id="the-trust-has-redacted-sections",
    ),
    case(
        # Harrogate Borough Council on WhatDoTheyKnow: its acknowledgement, then the reply, cut as it begins
        "Dear Harrogate Borough Council\nWill you please confirm the total cost of this project; and specifically:\n1)"
        " The total cost of all external works?\n2) The total cost of all internal d\u00e9cor and furnishings?\n"
        "Yours faithfully\nPeter Lilley\n\nFoi, Harrogate Borough Council\n\nDear Mr Lilley\n\n \n\nThank you for "
        "your email which we received on 25/09/2017. We are treating\nthis as a request for information under the "
        "Freedom of Information Act\n2000. This means that \u2014\n\n \n\no if we need more information about what "
        "you want, we will contact you\nagain as soon as we can\no if we do not hold the information, we will, if we can, "
        "transfer your\nrequest to an authority who does hold it; otherwise, we will let you know that we do not hold "
        "the information\no if we hold the information and there is no reason "
        "to withhold it, we\nwill send it to you as soon as we can.\n\n \n\nWe will respond to your request "
        "promptly, and in any case within 20 working days.\n\nYours sincerely\n\nRich Kemp\n\n"
        "Rich Kemp, Harrogate Borough Council\n\nDear Mr Lilley\n\n \n\nThank you for your email requesting "
        "information under the Freedom of\nInformation Act 2000. Please find below our ",
        "response",
        "unknown",
        id="a-reply-cut-at-please-find-below-our",
    ),
    case(
        # Dorset & Wiltshire Fire and Rescue Service on WhatDoTheyKnow: its acknowledgement, the page cut in its
        # disclaimer
        "Dear Dorset & Wiltshire Fire and Rescue Service,\n\nI request information on the following please:\n\n- "
        "Causes for forest fires in the years 2019, 2018, 2017\n- How many logged forest fires in the years 2019, "
        "2018, 2017\n\nYours faithfully,\n\nJessica\n\nHannah Buxton, Dorset & Wiltshire Fire and Rescue Service\n\n"
        "Our Ref: FOI 19 31\n\nDear Jessica\n\nThank you for your request for information regarding forest fires.\n\n"
        "We received your request on 29 April 2019 and we are dealing with it under\nthe terms of the Freedom of "
        "Information Act 2000. We will supply you with\nour findings as soon as possible, on or before 29 May 2019."
        "\n\nKind regards\n\nHannah Buxton\n",
        "acknowledgement",
        "acknowledged",
        id="we-will-supply-you-with-our-findings-on-or-before",
    ),
    case(
        # Cafcass's letter: the one question unnumbered, nothing held
        "25 October 2017\nDear H. Grants\nRe: Freedom of Information Request\nThank you for your email of 5 October. "
        "You made the following requests for information:\nWould you please inform me of the number of occasions "
        "that a Judge made a complaint to Cafcass for the years 2014, 2015, 2016, and 2017?\nPlease see below for our "
        "response.\nWe have no records of judges sitting in Public or Private Law Family Proceedings\nmaking "
        "complaints to Cafcass for the years 2014, 2015, 2016, and 2017.\n",
        "response",
        "not_held",
        id="we-have-no-records-of",
    ),
    case(
        # Transport Scotland's review on gov.scot: a new decision substituted, the list and map attached, the historic
        # data not held
        "Transport Scotland road delivery outfalls and historic data (2015\u20132024): EIR Review\n\nInformation "
        "requested\n\n1. I would like to request a written and mapped list for road outfalls in the area.\n2. I "
        "would like to request historic data for each of these outfalls over ten years.\n\nResponse\n\nI have now "
        "completed my review of our response to your request under the Environmental Information (Scotland) "
        "Regulations 2004 (EIRs).\n\nI have concluded that a new decision should be substituted.\n\nI have "
        "attached the provided information that is included in Appendix A in form of a map and Appendix B in form "
        "of a written list.\n\nWe do not hold historic data for each of the identified outfalls over ten years.\n",
        "internal_review",
        "partial",
        id="a-review-attaching-the-provided-information-beside-what-is-not-held",
    ),
    case(
        # Westmorland and Furness Council's acknowledgement on WhatDoTheyKnow, under the EIR
        "Dear Westmorland and Furness Council,\n\nPlease send me the inspection reports for Great Musgrave Bridge."
        "\n\nYours faithfully,\n\nJ Smith\n\nWestmorland and Furness Council\n\nDear J Smith,\n\nThank you for your "
        "request for information regarding Great Musgrave\nBridge, which was received on 04/10/2023.\n\nThe council "
        "aims to provide you with the information within the statutory\ntimescale of 20 working days in this case the "
        "date is 31/10/2023.\n\nThe Environmental Information Regulations 2004 define a number of\nexemptions/"
        "exceptions which may prevent information being released to you\nautomatically. The council will make an "
        "assessment about the application\nof any exemptions/exceptions and issue you with a decision letter, which"
        "\nwill include details of your right to appeal.\n",
        "acknowledgement",
        "acknowledged",
        id="the-council-aims-to-provide-the-information-within-20-days",
    ),
    case(
        # Guy's and St Thomas' NHS Foundation Trust's automatic reply on WhatDoTheyKnow in the pandemic's second surge
        "Dear Northby NHS Foundation Trust,\n\nDo you outsource Facilities Management?\n\nYours faithfully,\n\n"
        "John Mann\n\nDear Sir/Madam,\n\nThank you for your e-mail. Given the current situation with the second "
        "surge of the coronavirus (Covid-19) outbreak we have very limited resources to respond to requests for "
        "information.\n\nIf your request is essential please consider requesting the minimum information possible. "
        "We are unlikely to be able to respond in a timely manner as the majority of requests are answered by the "
        "clinical and operational staff within the various departments in the Trust.\n",
        "acknowledgement",
        "acknowledged",
        id="a-pandemic-holding-reply-unlikely-to-respond-in-a-timely-manner",
    ),
    case(
        # Oadby and Wigston Borough Council's log: "Resolution / Information provided" above answers one of which says
        # the service has no specific cost; the log's own word on the outcome stands
        "Garden Waste Collection Service\n\nRequested on\nWednesday, 2 November 2011\nReference\n2011 October 13\n"
        "Resolution\nInformation provided\n\nQuestion\n\nDoes the Council operate a garden waste collection service?"
        "\n\nAnswer\n\nYes\n\nQuestion\n\nWhat is the total cost to the Council of operating the service each year?"
        "\n\nAnswer\n\nThis is a non-charging service which, due to its integration with the Refuse and Recycling "
        "Service, has no specific cost.\n\nQuestion\n\nHow many subscribers does the service have?\n\nAnswer\n\nNot "
        "applicable\n",
        "response",
        "provided",
        id="a-logs-stated-outcome-beats-the-answers-reading",
    ),
    case(
        # Audit Scotland's disclosure log: the entry's "Response classification" states a partial answer
        "Transport Scotland\n\nRequest\n\nRef: 654\n\nReceived: 14 April 2025\nResponded: 30 April 2025\n\nRequest 1 - "
        "All the published evidence submitted by TS that an appraisal of the A82 has been carried out\n\nRequest 2 - "
        "All Communications between TS and the Commission on this matter.\n\nResponse\n\nResponse classification: "
        "Information provided partial\n\n\nRequest 1\n\nThe Commission received the appraisal documents, which are "
        "published on the Transport Scotland website.\n",
        "response",
        "partial",
        id="a-logs-response-classification-states-a-partial-answer",
    ),
    case(
        # the University of Wolverhampton's disclosure log: a banner line under the dates states it, the reply cut
        "FOI-9-22\n\nDate: 19 January 2022\n\nSummary: Library Management System\n\nFOI-9-22\n\nDate of Response: 14 "
        "February 2022\n\nInformation Withheld in part\n\nInformation Not Held in part (information does not exist)\n\n"
        "Request:\n\nThe details we require are:\n\n  \u2022 What is the annual cost of the system?\n  \u2022 When does "
        "the contract end?\n\nResponse:\n\n  \u2022 We do not hold a record of this.\n",
        "response",
        "partial",
        id="a-logs-banner-line-states-information-withheld-in-part",
    ),
    case(
        # HM Revenue and Customs' review letter, cut while it restates the original request
        "Date: 10 September 2018\nOur ref:\nIR2018/01500\nDear Mr Hall\nFreedom of Information Act 2000 (FOIA)\nI am "
        "writing with reference to your e-mail of 8 July 2018 regarding our response of 26 June 2018 to your request "
        "for information under reference FOI2018/01200. I am sorry for the delay in replying.\nYou have requested an "
        "internal review of HM Revenue and Custom's handling of your FOI request.\nOriginal Request FOI2018/01200\n"
        "\u201cCould you please describe what measures you have taken to notify taxpayers.\u201d\nOur response of 26 "
        "June informed that under section 12(4) of the FOIA, your request was grouped with two other requests",
        "internal_review",
        "unknown",
        id="you-have-requested-an-internal-review-of-the-handling",
    ),
    case(
        # the Department of Health and Social Care's review letter, cut before its finding
        "Dear Mr John,\nCASE REFERENCE: IR-1483999 (FOI-1474999)\nYou originally wrote to the Department of Health and "
        "Social Care (DHSC) on 30 October 2023 requesting information. We responded to you on 27 November.\nYou "
        "subsequently emailed DHSC on 27 November requesting an internal review into the handling of your original "
        "request.\nThe purpose of an internal review is to assess how your Freedom of Information (FOI) request was "
        "handled in the first instance and to determine whether the original decision given to you was correct.\n",
        "internal_review",
        "unknown",
        id="requesting-an-internal-review-into-the-handling-and-its-purpose",
    ),
    case(
        # a request for a review acknowledged: the review is still to come
        "Dear Mr Hall\nThank you for your email. You have requested an internal review of our handling of your FOI "
        "request. We will aim to reply within 20 working days.\nYours sincerely\nFOI Team\n",
        "acknowledgement",
        "acknowledged",
        id="a-request-for-an-internal-review-acknowledged",
    ),
    case(
        # a city council's review letter on WhatDoTheyKnow, headed "FOI APPEAL", cut before the panel's decision
        "Our Ref: FOI 3299\n\n29th September 2009\n\nDear Mr Hall\n\nFOI APPEAL\n\nI write further to your email "
        "dated 28th August 2009 seeking a review of the decision of the City Council to refuse your request,\n\nFOI "
        "Request:\n\n1. I would like to request the data set of parking tickets issued in the last five years.\n",
        "internal_review",
        "unknown",
        id="your-email-seeking-a-review-of-the-decision",
    ),
    case(
        # Avon and Somerset Constabulary's log: figures given in prose and a list under "Please find the monthly
        # breakdown ... below", the supplier alone withheld
        "Drone Deployments 2021\n\nReference: 801/21\n\nRequest\n\nPlease can you tell me if the Constabulary has used "
        "drones during 2021?\n\nIf drones have been used please confirm\n\n  1. a) the dates of their use\n  2. b) the "
        "company which supplied them\n\nResponse\n\nAvon and Somerset Constabulary have used drones during 2021.\n\n"
        "Please find the monthly breakdown for 2021 below.\n\nJanuary 8\nFebruary 3\nMarch 13\n\nThe information you "
        "have requested regarding the company that supplies the Constabulary with drones has been considered exempt from "
        "disclosure. The exemption applicable to the withheld information is section 31(1)(a)(b) of the act which "
        "relates to law enforcement.\n",
        "response",
        "partial",
        id="please-find-the-monthly-breakdown-below-beside-one-part-withheld",
    ),
    case(
        # Devon County Council's section 12 refusal: the count of emails in scope is the estimate's, not an answer
        "Cycle Lanes Correspondence\n\nPlease provide a copy of all correspondence between the highways department and "
        "Councillor Smith.\n\nCompliance with this request would exceed the appropriate cost limit under Section 12 of "
        "the Freedom of Information Act 2000 which is \u00a3450 or 18 hours of officer time.\n\nThe Council has spent in "
        "excess of 3 hours determining if the information is held by conducting searches of several email mailboxes, "
        "and has found information we believe is within scope of the request. However, due to the way the information "
        "is held, in order to identify all of the emails within scope, a manual check of each one found would be "
        "required. There are 250 emails potentially in scope, across all the mailboxes. To locate and extract the "
        "requested information, at an average time of 5 minutes per email, it would take 21 hours to complete this "
        "task.\n",
        "refusal",
        "refused",
        id="the-emails-in-scope-counted-for-a-cost-estimate",
    ),
    case(
        # the Department for Communities and Local Government's reply: a decision notice it follows makes it no decision
        "8 March 2011\n\nSam Dean\n\nI am writing in response to your e-mail of 23 February 2011.\n\nThe names of "
        "individuals and their salaries are withheld as this information is exempt from disclosure under the absolute "
        "exemption at section 40(2) of the FOI Act.\n\nPlease be aware that this is in line with Decision Notice "
        "FS50163927 (http://www.ico.gov.uk/upload/documents/decisionnotices/2008/fs_50163927.pdf) in which the ICO "
        "stated that salaries constitute personal data, and while there is a legitimate interest in the public knowing "
        "the salary bands of senior individuals, it is too great an intrusion into the private lives of employees at "
        "a lower level of seniority to disclose preci",
        "refusal",
        "refused",
        id="a-decision-notice-the-reply-is-in-line-with",
    ),
    case(
        # Wirral Metropolitan Borough Council on WhatDoTheyKnow, after the requester's chaser, cut before its decision
        "Dear Wirral Metropolitan Borough Council,\n\nTo date I am not in receipt of a response to my FOI.\n\nYours "
        "faithfully,\n\nJane Roe\n\nInfoMgr, FinDMT, Wirral Metropolitan Borough Council\n\nDear Ms Roe,\n\nWirral "
        "Council write further to your Freedom of Information Act (FOI) request for the release of the full report.\n\n"
        "We note that this is now being treated as an internal review.\n\nWe are aware that you have already had "
        "access to the summary document with regards the investigation in question.\n",
        "internal_review",
        "unknown",
        id="now-being-treated-as-an-internal-review",
    ),
    case(
        # Belfast Health and Social Care Trust's letter as a PDF's text: the answer a table under "Please find below
        # Trust response.", the review rights wrapped over lines with no blank between, a time limit inside them
        "21 July 2021\nOur ref: FOI/25999\nDear Ms Hale\nRE: Outpatient clinics\nI refer to your Freedom of "
        "Information (FOI) request received 9 July 2021.\nPlease find below Trust response.\nEnquiry: Can you please "
        "provide me with the number of outpatient clinics held in 2020.\nClinics held in 2020\nBELFAST CITY HOSPITAL\n"
        "1977\nMATER HOSPITAL\n854\nIf you are dissatisfied with how this request has been handled, you can seek a\n"
        "review within the Trust in the first instance. You should write to: Public Liaison\nService within two months "
        "of the date of this response\nand your complaint will be considered and a response provided usually within 20"
        "\nworking days of receipt.\nShould you still be dissatisfied with the outcome, you can proceed to the second\n"
        "review stage by contacting the Information Commissioner.\n",
        "response",
        "provided",
        id="a-table-below-the-trusts-response-and-review-rights-wrapped-over-lines",
    ),
    case(
        # Invest Northern Ireland's review: questions 1-3 were answered in full, question 4's documents withheld, the
        # original decision upheld
        "Dear Mr Sholto\nFreedom of Information Act 2000\n\nIn your email dated 15th April 2015, you expressed "
        "dissatisfaction in relation to the decision regarding your request for information. I can confirm that, in "
        "line with FOI process, I have undertaken a review of the original decision on behalf of the organisation.\n\n"
        "In relation to your request for further detail to be provided with regards to questions 1-3, having "
        "reviewed the original response, I am content that the information requested has been provided in full.\n\n"
        "These casework documents cannot be disclosed under the Freedom of Information legislation for the reason "
        "given in Annex 1& 2 of this letter.\n\nTherefore, having considered the details of this case, I am content to "
        "uphold the original decision.\n",
        "internal_review",
        "partial",
        id="a-review-upholding-a-decision-that-gave-part",
    ),
    case(
        # the Department of Energy & Climate Change: the ministers' part answered in prose, "the other part" refused on
        # cost
        "Dear Mr Hough\nRe: Freedom of Information Act 2000: 'Buddy' or 'Strategic relations'\nThank you for your email "
        "of 19 January where you requested information about the meetings which 'ministers' and 'others' have had with "
        "companies as part of the Strategic Relations initiative since June 2011.\nI am writing to advise you that at "
        "the Department, only Greg Barker is a Contact Minister under Strategic Relations Management. To date he has "
        "not had any meetings with these companies.\nThe other part of your request relates to information on meetings "
        "which 'others' have had with companies as part of the Strategic Relations initiative since June 2011. From our "
        "preliminary assessment, due to the number of individuals this would involve this would exceed the cost limit "
        "of \u00a3600 provided under Section 12 of the Freedom of Information Act.\n",
        "response",
        "partial",
        id="the-other-part-of-the-request-refused-on-cost-after-one-answered",
    ),
    case(
        # Shetland Islands Council's page of answered requests: the sold assets' list by its link, the peat bog not held
        "Request: 17311 Received: 29/09/2025\nPlease provide a list of those land sales, including the area of peat bog "
        "within each parcel sold.\nI am unable to give an accurate measurement of peatbog within the areas of land sold "
        "so we do not hold this information.\nSold Assets: "
        "https://www.northby.gov.uk/downloads/file/7156/sold-assets\n",
        "response",
        "partial",
        id="a-documents-link-under-its-name-beside-what-is-not-held",
    ),
    case(
        # the Greater Cambridge Partnership's page complying with an ICO decision notice: the notice is named, not
        # printed
        "GCP Response to ICO Decision Notice FER0849920\n\nI write further to the ICO's judgement on your complaint "
        "against our handling of your request.\n\nHaving considered the ICO's decision notice and the reasons given "
        "for that decision we are somewhat surprised at the outcome.\n\nNevertheless, in compliance with the ICO's "
        "decision notice, please find attached the requested correspondence with a small amount of information "
        "redacted under Regulations 12(5)(f) and 13.\n",
        "response",
        "partial",
        id="a-body-complying-with-the-icos-decision-notice",
    ),
    case(
        # Bournemouth Borough Council on WhatDoTheyKnow, the page cut before the reason
        "Dear Mr Sturmey,\n\nInformation Request\n\nThank you for your information request received on the 3rd "
        "December 2016.\n\nThe Council is not prepared to give you the information requested as it is\n",
        "refusal",
        "refused",
        id="a-council-not-prepared-to-give-the-information",
    ),
    case(
        # the Department for Work and Pensions' review letter, cut while it quotes the review request
        "Our Ref: IR2023/83876\n29 November 2023\nDear Amanda Hart,\nThank you for your Freedom of Information (FoI) "
        "internal review request received on 1 November. relating to FOI2023/78698. You wrote:\n\u201cI am writing to "
        "formally request an internal review of the Department's handling of my Freedom of Information (FOI) request "
        "titled 'Safety and accountability'.\n",
        "internal_review",
        "unknown",
        id="thanks-for-the-regimes-internal-review-request",
    ),
    case(
        "Case Reference: FT/EA/2024/0243/GDPR\nInformation Rights\nDecided without a hearing\nBefore\nJUDGE HARRIS\n"
        "Between\nKATHERINE BISHOP\nApplicant\nand\nTHE INFORMATION COMMISSIONER\nRespondent\nDecision: The "
        "Application is struck out under Rule 8(2)(a) because the Tribunal does not have jurisdiction to deal with it.\n"
        "REASONS\nOn 15 May 2024, the Applicant emailed the case officer outlining her concerns.\n",
        # An application to the tribunal (section 166 of the Data Protection Act 2018), the Commissioner the
        # respondent, not an appeal: the First-tier Tribunal's decision striking out a complaint about Liverpool
        # Women's NHS Foundation Trust.
        "decision_notice",
        "decision",
        id="a-tribunal-decision-on-an-application-the-commissioner-responding",
    ),
    case(
        "Freedom of Information Requests\n\nPublished 19th September 2014\n\nThe details set out below provides the "
        'information you asked for.\n\nWe recognise that following recent high profile cases, "compromise" or '
        "settlement agreements have become associated in the public mind with high profile sackings. In our case, "
        "however, these agreements are used to protect the public purse, and we have therefore used them extensively.\n"
        "\nExtensive legal and HR advice has suggested to us that where a member of staff is leaving an organisation as "
        "part of a restructuring of staff, it is advisable that a settlement agreement is reached, an",
        # A published reply saying it gives what was asked, cut before the figures (United Learning's page of
        # published responses): a reply, its outcome unknown.
        "response",
        "unknown",
        id="the-details-below-provide-the-information-you-asked-for",
    ),
    case(
        "Sunfoi sunfoi, University of Northby\n\nDear Kirsty Card\n\nThank you for your request for information which "
        "was received at the University of Northby on 7th December 2018 and is being handled under the Freedom of "
        "Information Act 2000. The University is currently researching your queries and will ",
        # A holding reply on WhatDoTheyKnow, the page cut inside it (the University of Sunderland): "currently
        # researching your queries".
        "acknowledgement",
        "acknowledged",
        id="a-university-currently-researching-your-queries",
    ),
    case(
        # the present tense of "Some information was withheld" (a log's summary): a letter saying so as it releases the
        # rest, as the standard response template "Some information withheld and some information provided" does
        "Dear Mr Brown\n\nSome information is withheld under section 43(2) of the Freedom of Information Act 2000 "
        "(commercial interests).\n\nYours sincerely\n",
        "response",
        "partial",
        id="some-information-is-withheld-in-the-present-tense",
    ),
    case(
        "Dear Mr Brown\n\nThe remainder of the information that you requested is exempt under section 40(2) of the "
        "Freedom of Information Act and is therefore withheld.\n\nYours sincerely\n",
        "response",
        "partial",
        id="the-remainder-of-the-information-is-exempt",
    ),
    case(
        # a refusal to confirm or deny in the third person, the section after it (the police forces' formula: "...
        # Constabulary neither confirms nor denies that it holds information")
        "Dear Mr Smith\n\nThe Council neither confirms nor denies whether it holds the information requested, in "
        "accordance with section 40(5) of the Freedom of Information Act 2000.\n\nYours sincerely\n",
        "refusal",
        "refused",
        id="neither-confirms-nor-denies-in-the-third-person",
    ),
    case(
        # Staffordshire University's disclosure log: a complaint "Partly upheld" is a row of the data given, not the
        # reply's outcome (here the reply complete: the log's own is cut inside the answer)
        "Dear Ms Green\n\n1) How many allegations of sexual harassment were made against students in the academic "
        "years 2014-15 to date?\n\nAcademic Year:\n\n2015/16 - Student complaint of sexual harassment. Action Taken: "
        "Partly upheld. Suspension with conditions imposed on the student.\n\n2016/17 - Student complaint. Not upheld. "
        "Warning of future conduct.\n\nYours sincerely\n",
        "response",
        "provided",
        id="a-complaint-partly-upheld-in-the-data-is-no-outcome",
    ),
    case(
        "Dear Mr Smith\n\nI have now completed the internal review of your request. For the reasons below, the "
        "decisions are partially upheld.\n\nYours sincerely\n",
        "internal_review",
        "partial",
        id="a-review-whose-decisions-are-partially-upheld",
    ),
    case(
        # the Home Office's internal review 29198: the exemptions named between the reviewer's view and its finding
        "Dear Ms Scott,\n\nReference number: Internal Review 29198\n\nThank you for your e-mail on 18 May 2014 in which "
        "you asked for an internal review of our response to your Freedom of Information (FOI) request. I have now "
        "completed the review and have examined all the relevant papers. I have carefully reviewed the handling of your "
        "request and I consider that the exemptions at sections 36(2) (b) (i), 36(2) (b) (ii) and 36(2)(c) of the Act "
        "were correct and properly applied. My findings are set out in the attached report.\n\nYours Sincerely\n",
        "internal_review",
        "refused",
        id="a-review-that-considers-the-exemptions-correct-and-properly-applied",
    ),
    case(
        "Dear Ms Scott,\n\nI have now completed the internal review of your request. I have considered whether the "
        "exemptions were correctly applied and whether the public interest test was properly carried out.\n",
        "internal_review",
        "unknown",
        id="a-review-asking-whether-the-exemptions-were-correctly-applied",
    ),
    case(
        # the Welsh Government's ATISN 15770: a cost refusal naming the regulations, not the section
        "Ein cyf/Our ref ATISN 15770\n12 January 2022\nInformation requested\nThank you for your request for information "
        "dated 10 December. You have asked:\n1. How many potholes on trunk roads have been reported to the Welsh "
        "Government for every financial since 2017/18.\n2. How long, on average, does it take the Welsh Government to "
        "repair a pothole once it has been reported.\nOur response\nFrom my preliminary assessment, I estimate that it "
        "will cost more than the appropriate limit set out in the Freedom of Information and Data Protection "
        "(Appropriate Limit and Fees) Regulations 2004 to answer your request. The appropriate limit specified for "
        "central government is \u00a3600.\n",
        "refusal",
        "refused",
        id="it-will-cost-more-than-the-appropriate-limit",
    ),
    case(
        # Wokingham Borough Council's disclosure log: the request's preamble asks in two paragraphs, each question has its
        # answer under it, and one answer says the data can no longer be reached
        "Please may you provide me with the following information about PCNs issued for parking violations.\nAs a time "
        "frame, I would like to know answers for questions 2-4 for the last three years.\nPlease could you confine your "
        "answers to PCNs issued for parking violations.\n1. Please name the organisation which provides your parking "
        "enforcement services?\nWe use NSL for our parking enforcement contract and this has been in place since Oct "
        "2017.\n2. What was the total number of parking violation PCNs issued in your region?\n2021-2022 Parking Penalty "
        "Notices Issued 17,843\n3. How many of these challenges were successful each year?\nWe no longer have access to "
        "this data for Financial year 21/22.\n",
        "response",
        "partial",
        id="a-log-answering-under-each-question-one-answer-no-longer-having-access-to-the-data",
    ),
    case(
        # East Hertfordshire District Council's disclosure log: the response is the one word under its heading
        "Section 215 notices\n\nj) Has the Council at any time in committee debated its policy on section 215 notices?"
        "\n\nRequest Date17 August 2015\nRequested byIndividual\nReleased Date\n\nResponse\n\nRefused\n",
        "refusal",
        "refused",
        id="a-log-response-heading-over-the-word-refused",
    ),
    case(
        # the East of England Ambulance Service NHS Trust on WhatDoTheyKnow: the reply a table of figures, its rules
        # printed as spaces
        "Dear J Lowe\n\nFurther to your email dated 2nd October 2014, please find the Trust's response below.\n\nMonthly "
        "expenditure with private providers for Emergency Ambulances and Patient Transfer Service contracts:\n\nA & E "
        "PTS Total\nJanuary 2013 1,290,162           344,077          1,634,239\nFebruary 2013 926,183           273,983"
        "          1,200,166\n",
        "response",
        "provided",
        id="a-table-of-figures-grouped-by-thousands-printed-with-spaces",
    ),
    case(
        # a letterhead's telephone numbers are no table
        "Dear J Lowe\n\nThank you for your email.\n\nTel 0207 147 0233\nFax 020 7147 0666\n",
        "response",
        "unknown",
        id="telephone-numbers-are-no-table-of-figures",
    ),
    case(
        # Shropshire Fire and Rescue Service's published responses: the reply under its "Response detail:" heading, below
        # the request greeting the service
        "Refurbishment Fires\n\nReference: \n\n982\n\nRequest detail: \n\nDear Shropshire Fire and Rescue Service,\n\nI "
        "am writing to you under the Freedom of Information Act to request the following information:\n\n1) The number "
        "of fires in your authority which have been reported on refurbishment works.\n\n2)The amount of money your fire "
        "authority spent dealing with these fires.\n\nResponse detail: \n\nThank you for your Freedom of Information "
        "request. Please see responses below.\n\nThe number of fires in your authority which have been reported on "
        "refurbishment works. During the period requested there was a Nil Return\n\n2)The amount of money your fire "
        "authority spent dealing with these fires. N/A\n\nInformation Released: \n\nYes\n",
        "response",
        "provided",
        id="a-log-s-response-detail-heading-under-the-request",
    ),
    case(
        # the London Borough of Barnet's review: the exceptions found correct, "correct" before them
        "Dear Mr Khan\n\nI have now completed the internal review of your request. I have reconsidered the public "
        "interest test, and find that the correct EIR exceptions were applied, and the public interest lies in "
        "withholding the information.\n\nYours sincerely\n",
        "internal_review",
        "refused",
        id="a-review-finding-that-the-correct-exceptions-were-applied",
    ),
    case(
        # the London Borough of Barnet's FOI request page: the review's heading over its finding, no letter around it
        "Freedom of Information Request\n\nInspection report for food safety inspection\n\nReceived: 26 April 2022\n\n"
        "Can I please have a copy of the food safety inspection report?\n\nInternal Review\nComplaint partially upheld.\n"
        "The refusal notice should have been clearer as to why the information is being withheld. I have reconsidered "
        "the public interest test, and find that the correct EIR exceptions were applied.\n",
        "internal_review",
        "refused",
        id="a-log-s-internal-review-heading-over-its-finding",
    ),
    case(
        # the Scottish Fire and Rescue Service's letter: the recording system named only to say why nothing is held,
        # the Scottish Act's notice cited with its paragraph spaced from it
        "Our Ref:\nFOI-19238-2023\nDate:\n3 November 2023\nDear Mr Black\nFreedom of Information Request\nThank you "
        "for your request for information.\nYour request has been processed in accordance with Freedom of Information "
        "(Scotland) Act 2002.\nYou requested -\n1- How many fires in total have the Scottish Fire and Rescue Service "
        "attended due to the impacts of climate change from when earliest records began til 2023? (Please separate by "
        "year).\n2- Of these fires how many people died? (Please separate by year)\nThe Scottish Fire and Rescue "
        "Service (SFRS) response -\nThe SFRS currently utilise the Home Office Incident Recording Systems (IRS) to "
        "record attendance at all incidents. There is no specific category to record incidents due to the impact of "
        "climate change, therefore we are unable to provide incident data in response to your exact question.\n"
        "Consequently, Section 17(1) (b) of Freedom of Information (Scotland) Act 2002, notice that information not "
        "held is applicable.\n",
        "response",
        "not_held",
        id="a-system-named-to-say-why-nothing-is-held-gives-nothing",
    ),
    case(
        # ... but named in answer to a question about systems, it is the information asked for
        "Dear Mr Black\nThank you for your request for information.\nYou requested -\n1- Which incident recording "
        "system does the Service use?\n2- How many fires were recorded as caused by climate change? (Please separate by "
        "year)\nThe Scottish Fire and Rescue Service (SFRS) response -\nThe SFRS currently utilise the Home Office "
        "Incident Recording Systems (IRS) to record attendance at all incidents. There is no specific category to "
        "record incidents due to the impact of climate change.\nConsequently, Section 17(1)(b) of Freedom of "
        "Information (Scotland) Act 2002, notice that information not held is applicable.\n",
        "response",
        "partial",
        id="a-system-named-in-answer-to-a-question-about-systems-is-given",
    ),
    case(
        # Blackpool Borough Council's review letter at the end of a WhatDoTheyKnow thread, cut before its decision
        "Dear Blackpool Borough Council,\n\nI am still waiting for response regarding foi request and internal review. "
        "when are you likely to respond.\n\nYours faithfully,\n\nm trotter\n\nDebbie Topping, Blackpool Borough "
        "Council\n\nDate: 16 August 2013\n\nOur Ref: 13/600/MT/DT/F20\n\nDear Mr Trotter\n\nIn accordance with s.50 of "
        "the Act, I have considered your request for internal review and complaint against the response issued to you "
        "in relation to your information request. I apologise for the lengthy delay in responding to your Internal "
        "Review request.\n\nMy decision is that\n",
        "internal_review",
        "unknown",
        id="a-reviewer-who-has-considered-the-request-for-review",
    ),
    case(
        # Swindon Borough Council on WhatDoTheyKnow: Customer Services forwarding the request, then the reply giving its
        # deadline and beginning its answers, cut inside the first restated question
        "I therefore request that Swindon Borough Council supply the following information:\n1. The names of all "
        "Swindon Borough Councillors who attended the dinner function mentioned above.\n2. The name or rank and job "
        "title of any other individual paid by Swindon Borough Council who attended the dinner function mentioned "
        "above.\n3. Details of any expense claims submitted to Swindon Borough Council by Swindon Borough Councillors "
        "attending the same event.\n4. Details of any expense claims submitted to Swindon Borough Council by any "
        "individual paid by Swindon Borough Council who attended the dinner function mentioned above.\nYours "
        "faithfully,\nGeoff Reid\nThank you for your email which has been forwarded to the Freedom of Information "
        "Service for response.\nKind regards\nCustomer Services\nSwindon Borough Council\nDear Mr Reid,\n"
        "Ref:FOI101000349781 Freedom of Information Request\nThank you for your request below. The Council has a duty "
        "to respond 'promptly' to requests or no later than 20 working days which in this case is 9 August 2012.\n"
        "Please find the Council's responses to the following questions:\nQ 1. The names of all Swindon Borough Co\n",
        "response",
        "unknown",
        id="the-reply-beginning-its-answers-after-the-acknowledgements",
    ),
]

# The University of Essex on WhatDoTheyKnow: its acknowledgement, then its reply attaching the answer to question 1
_ESSEX_THREAD = (
    "Dear Northby University,\n\nPlease kindly provide data for 2019/2020 admission cycle.\n\n1. List of all "
    "postgraduate taught courses for 2019/2020\n2. Number of applicants\n\nYours faithfully,\n\nKai Chen\n\nDear "
    "Kai\n\nThank you for your enquiry dated 19th November, received by us on the same date. Your request will be "
    "handled under the Freedom of Information Act 2000 and will be answered within 20 working days.\n\nBest wishes\n"
    "Clare Chatfield\n\nDear Kai\n\nThank you for your enquiry dated 19th November, received by us on the same date. "
    "Your request is being handled under Freedom of Information Act conditions. Please see our response below:\n\n"
    "Our Response\n\nIn response to question 1 please find attached an Excel spreadsheet which contains a list of the "
    "post graduate programmes offered.\n"
)


def test_a_reply_attaching_the_answer_to_a_question_by_its_number_after_an_acknowledgement() -> None:
    assert parse_text(_ESSEX_THREAD).doc_type == "response"


@pytest.mark.parametrize(("snippet", "doc_type", "outcome"), CASES)
def test_doc_type(snippet: str, doc_type: str, outcome: str) -> None:
    assert parse_text(snippet).doc_type == doc_type


@pytest.mark.parametrize(("snippet", "doc_type", "outcome"), CASES)
def test_outcome(snippet: str, doc_type: str, outcome: str) -> None:
    assert parse_text(snippet).outcome == outcome


def test_seed_is_a_partial_response(seed_record) -> None:  # type: ignore[no-untyped-def]
    # Question 7 is withheld under s43(2), the rest is answered or referred: dev gold labels it response/partial.
    assert (seed_record.doc_type, seed_record.outcome) == ("response", "partial")


def test_a_long_line_with_no_stop_under_a_response_heading_is_read_at_once() -> None:
    # "Summary of response / Simon Allchurch, Senior Building Surveyor email: ...; Tracy Coles, ..." (East Devon
    # District Council's published requests): the prose check backtracked exponentially on a line with no stop.
    line = "Simon Allchurch, Senior Building Surveyor email: sa@example.org; Tracy Coles, Facilities Manager " * 6
    record = parse_text(f"Request\n\nWho manages cleaning contracts?\n\nResponse\n\n{line.strip()}\n")
    assert record.outcome == "unknown"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("At 1 April 2024 there were 214 properties on the register.", True),
        ("1. Please enter the number of properties on the register.", False),
        ("b) The council holds no register of empty properties at all.", False),
        ("Planning enforcement and building control team", False),
        ("The council holds it.", False),  # too short to be the answer's prose
    ],
)
def test_prose_under_a_response_heading(line: str, prose: bool) -> None:
    assert _is_prose(line) is prose


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("2008/09 - £215,929", True),
        ("01/04/13 - 31/03/14 - 535 people", True),
        ("Registered nurses: 1,204", True),
        ("Spend = 12.5%", True),
        ("Tel: 01483 630007", False),  # a contact line, not a figure given
        ("Reference: 165594", False),
        ("Received: 12 March", False),  # a date
        ("2009/10 - 2010/11", False),  # a span of years
        ("The council spent £2,000 on this contract in the year before.", False),  # prose, no row
    ],
)
def test_a_row_of_figures_given(line: str, row: bool) -> None:
    assert (_DATA_ROW_RE.fullmatch(line) is not None) is row


def test_a_logs_summary_restating_a_question_that_asks_to_specify_asks_no_clarification() -> None:
    # East Devon District Council's log: the request's bullets, then the same bullets under "Summary of response", each
    # with its answer after a dash; "Please specify the individual payment ..." is the request's, repeated.
    text = (
        "Cost of Brexit preparations\n\nDate submitted: 17 September 2019\n\nSummary of request\n\n- How much"
        " has been spent, per annum since 2016, on preparations and planning for Brexit\n\n- How many extra m"
        "embers of staff have been hired to prepare for Brexit\n\n- What, if any, have you been instructed to"
        "ld to stockpile (List form preferable)\n\n- An itemized list of all revenue and capital spending on "
        "Brexit for per annum 2017-19. Please specify the individual payment, the purpose of the payment, and"
        " the cost; 2. An itemised list of all planned revenue and capital spending on Brexit for the per ann"
        "um 2019-20.\n\n- At the time you respond to this request, how many care service providers have conta"
        "cted you to warn of a risk to service delivery?\n\nSummary of response\n\n- How much has been spent,"
        " per annum since 2016, on preparations and planning for Brexit \u2013 Zero, other than Officer time "
        "and this is not recorded.\n\n- How many extra members of staff have been hired to prepare for Brexit"
        " \u2013 None\n\n- What, if any, have you been instructed told to stockpile (List form preferable) "
        "\u2013 Information not held\n\n- An itemized list of all revenue and capital spending on Brexit for "
        "per annum 2017-19. Please specify the individual payment, the purpose of the payment, and the cost; "
        "2. An itemised list of all planned revenue and capital spending on Brexit for the per annum 2019-20 "
        "\u2013 N/A\n\n- At the time you respond to this request, how many care service providers have contac"
        "ted you to warn of a risk to service delivery? \u2013 Information not held\n\nDate responded: 18 Sep"
        "tember 2019\n"
    )
    assert parse_text(text).doc_type == "response"
