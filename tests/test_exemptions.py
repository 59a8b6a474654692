"""Table-driven: a snippet of a reply -> the exemptions it applies, as (act, section) pairs, plus their kind,
absolute/qualified, public interest test and the questions they apply to.

Written from the specification (issue 3 and ../shared/corpus/LABELLING.md "exemptions"), not from the
implementation; the snippets are invented. Conventions: ``section`` is as printed, normalised to no spaces and
lowercase letters; identical pairs are deduplicated; a section cited both generally ("section 31") and
specifically ("31(1)(a)") is recorded only in its specific form; duties and procedure (sections 1, 8, 10, 11, 16,
17, 45, 50, 77 of FOIA; sections 17, 20, 47 of FOISA) are not exemptions; sections of other Acts never are.
The negatives include the false positives reported against Alaveteli's detector (research/anchors.md A6).
"""

from __future__ import annotations

from typing import Any

import pytest

from foiparse import parse_text
from foiparse.catalogue import get_catalogue


def case(
    snippet: str,
    expected: list[tuple[str, str]],
    attrs: dict[tuple[str, str], dict[str, Any]] | None = None,
    *,
    id: str,
) -> Any:
    return pytest.param(snippet, expected, attrs or {}, id=id)


FOIA = "FOIA"
EIR = "EIR"
FOISA = "FOISA"
EISR = "EISR"
MAINTAIN = {"public_interest_test": True, "public_interest_result": "maintain_exemption"}

CASES = [
    case(
        # Ofcom's reply, asked how often it had used section 40: what the exemption is for, told in general, beside the
        # cost limit it applies
        "Ofcom does not keep records that specifically detail the number of times exemptions under the Act are used. In "
        "the case of section 40, the exemption may be used to redact personal information such as names or contact "
        "details from a range of different documents. Section 12 of the Freedom of Information Act 2000 provides that a "
        "public authority is not obliged to comply with a request for information if the authority estimates that the "
        "cost of complying with the request would exceed the appropriate limit. We will therefore not be able to "
        "provide information on this part of your request.\n",
        [("FOIA", "12")],
        id="what-an-exemption-may-be-used-to-do-applies-nothing",
    ),
    case(
        # The NHS Business Services Authority's letter: the section's subsections named after it in words; 40(3A) is a
        # condition of 40(2), not an exemption of its own
        "Please be aware that I have decided not to release full details of all staff as this information falls under "
        "the exemption in Section 40 subsections 2 and 3(A)(a) of the Freedom of Information Act.\n",
        [("FOIA", "40(2)")],
        id="a-sections-subsections-named-after-it-in-words",
    ),
    case(
        # The ICO's decision on the Ministry of Defence: a second bracketed aside, a note on the first, inside the list
        "The MOD withheld the requested file on the basis of sections 23(1) (security bodies) and 24(1) (national "
        "security) (cited in the alternative), 26(1)(a) and (b) (defence), and 27(1)(a) and (d) (international "
        "relations).\n",
        [
            ("FOIA", "23(1)"),
            ("FOIA", "24(1)"),
            ("FOIA", "26(1)(a)"),
            ("FOIA", "26(1)(b)"),
            ("FOIA", "27(1)(a)"),
            ("FOIA", "27(1)(d)"),
        ],
        id="a-list-going-on-past-two-bracketed-asides",
    ),
    case(
        # Hastings Borough Council's log, flattened with no space after its stops: the Commissioner named in the
        # sentence before the refusal, glued to it
        "02255AD - This report has previously been refused and is currently awaiting a decision from the Information "
        "Commissioner.02255F - This reference should read 02255AF and is a letter to the council regarding the "
        "license of Rocklands Caravan Park.NOTICE OF REFUSALUnder Environmental Information Regulations the letter "
        "ref: 02255AF is being refused under Exception 12(5)(b) \u2018The course of justice and inquiries\u2019.The "
        "course of justice has a wide meaning.\n",
        [("EIR", "12(5)(b)")],
        id="a-refusal-glued-to-a-sentence-naming-the-commissioner-with-no-space-after-the-stop",
    ),
    case(
        # The ICO's decision on Leeds City Council, summarised on swarb.co.uk: the refusal told in a sentence of its own,
        # its paragraph naming the right to appeal to the Commissioner
        "The complainant has requested information about the awarding of a feasibility study. The Council refused the "
        "request under regulation 12(4)(b) of the EIR - that it was manifestly unreasonable. However the Council's "
        "refusal failed to inform the complainant of his right to appeal the Council's decision, and of the right to "
        "appeal to the Information Commissioner. The Commissioner's decision is that Leeds City Council has therefore "
        "breached regulation 14(5).\n",
        [("EIR", "12(4)(b)")],
        id="a-citation-in-its-own-sentence-of-a-paragraph-naming-the-right-to-appeal",
    ),
    case(
        # Cheshire East Council's refusal under regulation 12(4)(b): the Act's section 12 named as what the EIR lack
        "We consider the request manifestly unreasonable under regulation 12(4)(b) of the Environmental Information "
        "Regulations 2004.\n\nThe EIR do not contain a cost limit equivalent to section 12 of the Freedom of "
        "Information Act. However, the Information Commissioner accepts that the appropriate limit of 18 hours may be "
        "used as an indication of a reasonable burden.\n",
        [("EIR", "12(4)(b)")],
        id="a-section-named-as-what-another-regime-lacks-an-equivalent-of",
    ),
    case(
        # NHS Improvement's published review outcome: "exemptions" and the sections' numbers bare, in a list
        "NHS Improvement held the information requested and withheld all of the information that it held subject to "
        "the applicability of exemptions 31, 33, 41 and 43.\n",
        [("FOIA", "31"), ("FOIA", "33"), ("FOIA", "41"), ("FOIA", "43")],
        id="exemptions-and-a-list-of-bare-section-numbers",
    ),
    # Devon County Council's published response: a section the text ties to the Care Act, later cited bare
    case(
        "2. Of these referrals, how many were investigated under Section 42 of the Care Act 2014?\nOf these referrals 1 "
        "was investigated under Section 42 of the Care Act with the outcome below.\nInformation is gathered for "
        "safeguarding adult referrals as part of the triaging role and Section 42 criteria (of the Care Act 2014) is "
        "applied to determine if further enquiries are required under Section 42.\n",
        [],
        id="a-section-the-text-ties-to-another-act-cited-bare-is-that-acts",
    ),
    # the Scottish Information Commissioner's Decision 227/2024: an order's articles listed under FOISA's paragraph
    case(
        "Decision 227/2024: Teacher misconduct referrals - internal investigations guidance\nAuthority: General "
        "Teaching Council for Scotland\nCase Ref: 202400273\nSummary\nThe Applicant asked the Authority for "
        "information on how the Authority investigated reports of misconduct from members of the public. The "
        "Authority provided some information but withheld its internal investigations guidance under various "
        "exemptions in FOISA.\nRelevant statutory provisions\nFreedom of Information (Scotland) Act 2002 (FOISA) "
        "sections 1(1), (2) and (6) (General entitlement); 30(b) and (c) (Prejudice to the effective conduct of public "
        "affairs); 35 (Law enforcement); 47(1) and (2) (Application for decision by Commissioner)\nThe Public Services "
        "Reform (General Teaching Council for Scotland) Order 2011 Articles 6(c) (General functions) and 18(3) "
        "(Fitness to teach)\nBackground\n2. The Authority responded on 14 December 2023 and withheld other "
        "information under the exemption in section 30(b)(ii) of FOISA.\n",
        [("FOISA", "30(b)(ii)")],
        id="an-orders-articles-listed-under-the-acts-paragraph-are-not-the-acts",
    ),
    # the Police Service of Northern Ireland's disclosure log: two bare sections joined by an ampersand
    case(
        "We further consider that the information in relation to Request numbers 4 and 6 are exempt by virtue of "
        "Section 21 & 22 and we have detailed our rationale as to why this exemption applies.\n",
        [("FOIA", "21"), ("FOIA", "22")],
        id="bare-sections-joined-by-an-ampersand",
    ),
    # the Scottish Government's EIR release on gov.scot: a bullet for each exception, what it protects in brackets
    case(
        "Information request and response under the Environmental Information (Scotland) Regulations 2004.\n"
        "While our aim is to provide information whenever possible, in this instance we are unable to provide some of "
        "the information you have requested because of exceptions under regulations:\n- 11(2) (personal data of third "
        "party)\n- 10(5)(b) (substantial prejudice to course of justice, fair trial, or criminal or disciplinary "
        "inquiry)\n- 10(4)(e) (internal communications)\nThe reasons why the exceptions apply are explained in the "
        "Annex to this letter.\n",
        [("EISR", "11(2)"), ("EISR", "10(5)(b)"), ("EISR", "10(4)(e)")],
        id="exceptions-under-regulations-a-bullet-each-its-purpose-in-brackets",
    ),
    # NHS Greater Manchester Integrated Care Board's published response: "not able to process" the part of the request,
    # each section followed by whom it covers
    case(
        "NHS GM does hold the information requested for questions 1-5 of your request, however, on this occasion it is "
        "with regret that NHS GM are not able to process this part of the request further by virtue of sections 41(1) "
        "for all patients involved (living and deceased) and 40(2) for those living patients.\n",
        [("FOIA", "41(1)"), ("FOIA", "40(2)")],
        id="not-able-to-process-by-virtue-of-sections-each-for-whom",
    ),
    # Nottinghamshire Fire and Rescue Service's published response: each section's title after it, in capitals, the
    # list's "and" straight before the next number
    case(
        "Answer: We are unable to provide you with the requested information as it is deemed exempt by virtue of "
        "Sections 24(1) National Security and 31(1) Law Enforcement of the Freedom of Information Act 2000.\n",
        [("FOIA", "24(1)"), ("FOIA", "31(1)")],
        id="a-list-of-sections-each-with-its-title",
    ),
    case(
        "The information is exempt under sections 40(2) Personal Information, 43(2) Commercial Interests and 31(1) "
        "Law Enforcement of the Freedom of Information Act 2000.\n",
        [("FOIA", "40(2)"), ("FOIA", "43(2)"), ("FOIA", "31(1)")],
        id="a-list-of-three-sections-each-with-its-title",
    ),
    # The ICO's guidance quoted under a section 14 refusal (the National Police Chiefs' Council on WhatDoTheyKnow):
    # what an authority cannot claim is not claimed
    case(
        "This letter acts as a refusal notice under Section 14(1) of the Freedom of Information Act 2000.\n\nICO "
        "guidance states:\n69. An authority cannot claim section 12 for the cost and effort associated with "
        "considering exemptions or redacting exempt information.\n",
        [("FOIA", "14(1)")],
        id="what-an-authority-cannot-claim",
    ),
    case(
        # The North Yorkshire Police, Fire and Crime Commissioner's log: the request's words under its heading
        "Request\nPlease disclose these separately for the financial years 2016/17 to date.\nIt is accepted that the "
        "documents disclosed will be redacted to protect personal information but care should be taken to only exclude "
        "information in accordance with FOIA S40 (2).\nResponse\nFollowing receipt of your request, searches were "
        "conducted. To comply would exceed the appropriate limit under section 12(1) of the Act.\n",
        [("FOIA", "12(1)")],
        id="a-section-in-the-requests-words-under-its-heading",
    ),
    case(
        # The Scottish Government's release: the reply run on under the request with no heading between, in its voice
        "Information requested\n\n(a.) Advice received by Scottish Ministers on the export of live animals.\n\nAs "
        "the information you have requested is 'environmental information' for the purposes of the Environmental "
        "Information (Scotland) Regulations 2004 (EIRs), we are required to deal with your request under those "
        "Regulations. We are applying the exemption at section 39(2) of the Freedom of Information (Scotland) Act "
        "2002 (FOISA), so that we do not also have to deal with your request under FOISA.\n\nResponse\n\nSome of "
        "the information is attached.\n",
        [("FOISA", "39(2)")],
        id="the-replys-own-words-run-on-under-the-request",
    ),
    case(
        # The Crown Prosecution Service's section 17 notice: "withholding" misspelt in the heading over the section's
        "S17 Notice under the Freedom of Information Act 2000\nWITHOLDING INFORMATION\nSection 30 Investigations and "
        "Proceedings Conducted by Public Authorities\nInformation held relating to criminal proceedings which the "
        "authority has a power to conduct as a prosecuting authority.\n",
        [("FOIA", "30")],
        id="withholding-misspelt-in-the-heading-over-the-section",
    ),
    case(
        # The Government of Jersey's published response: an article of the Jersey law is no section of a UK Act
        "Original Response\nArticle 42(a) and (b) of the Freedom of Information (Jersey) Law 2011 is engaged in respect "
        "of all questions and accordingly a response is declined.\n",
        [],
        id="an-article-of-the-jersey-law",
    ),
    case(
        # Royal Surrey County Hospital NHS Foundation Trust's log: what the answer "falls under" is applied
        "3. Please provide a full breakdown of incidents, including the job of the alleged perpetrator. The Trust does "
        "not record this information in such a format where the information requested would not provide the potential "
        "to identify. This therefore falls under Section 40 for he Freedom of Information Act.\n",
        [("FOIA", "40")],
        id="an-answer-that-falls-under-a-section",
    ),
    case(
        # The Department for Infrastructure NI: a request falling under the Regulations applies no section named later
        "In considering your request I have determined that the information requested falls under the Environment "
        "Information Regulations 2004 (EIR), as opposed to FOI. Section 39 of the Act says so.\n",
        [],
        id="falling-under-the-regulations-applies-no-section-after",
    ),
    case(
        # Hastings Borough Council's log, headed "FOI request": an exception is the Regulations' word, so 12(5)(b) is
        # theirs, not the Act's section 12
        "FOI request (FOIR-150804212)\nPlease provide the following under EIR:\n1. A copy of the 2016 Report.\n"
        "Response\n1. NOTICE OF REFUSAL\nUnder Environmental Information Regulations parts of the correspondence "
        "that is held by HBC is being refused under Exception 12(5)(b) 'The course of justice and inquiries'.\n",
        [("EIR", "12(5)(b)")],
        id="an-exception-beside-the-act-is-the-regulations",
    ),
    case(
        # The ICO's disclosure log: a kind of case named for the section, what the request was about
        "Information about FOI complaints to the ICO where section 14 refusals are a factor, including number "
        "received, outcomes, actions taken, and time taken to handle such complaints.",
        [],
        id="section-14-refusals-a-kind-of-case",
    ),
    case(
        # A request on Hastings Borough Council's log: the requester's numbered condition, not the council refusing
        "Since the support scheme's beginning, on a weekly basis by week ending:\n4. If it is not possible to separate "
        "the payments, please provide one number.\n5. If collating the data by week would cause the request to exceed "
        "the cost limit under section 12 of the FOIA then please submit the information as a total.\n",
        [],
        id="a-numbered-item-opening-on-if",
    ),
    case(
        # A WhatDoTheyKnow request to Devon County Council: the same condition, unnumbered
        "If it is not possible to provide all the information requested due to the request exceeding the cost of "
        "compliance limits identified in Section 12, please answer as many of the questions as is possible.",
        [],
        id="a-sentence-opening-on-if",
    ),
    case(
        # NHS South West on WhatDoTheyKnow: the cost limit the request may exceed, the requester asked to narrow it
        "From our preliminary assessment we consider that your request for information is wide ranging and may exceed "
        "the costs limit under Section 12 of the Freedom of Information Act 2000.  Therefore we would ask you to narrow "
        "down the request so that we can provide relevant information which we hold.",
        [],
        id="may-exceed-the-costs-limit-asked-to-narrow",
    ),
    case(
        # The London Borough of Newham on WhatDoTheyKnow: not responding to a run of like requests under section 14
        "We have therefore decided that for requests received in the near future of this nature, we will not be "
        "responding to under Section 14 of the FOI Act.",
        [(FOIA, "14")],
        id="will-not-be-responding-to-under-section-14",
    ),
    case(
        # A tribunal's paragraph quoting the request, the quotation never closed; the next paragraph, numbered one more,
        # is the tribunal's own (the First-tier Tribunal on the Home Office, on Find Case Law)
        "Introduction\n\n1.\n\nOn 20 May 2022, the Appellant requested the following from the National Frontier "
        "Approvals Unit (\u201cthe Request\u201d):\n\n\u201c1)\n\nthe current Port Approval for the Port of Immingham "
        "[\u201cthe Port\u201d], and\n\n2)\n\nthe Port Approval for the Port of Immingham that was force [sic] in "
        "2014.\n\n2.\n\nThe Request was handled by the Home Office, Border Force. On 20 June 2022, the Home Office "
        "refused disclosure in reliance on s31(1)(a) and (e) of the Freedom of Information Act (\u201cFOIA\u201d). It "
        "maintained that po",
        [(FOIA, "31(1)(a)"), (FOIA, "31(1)(e)")],
        id="tribunal-open-quotation-ends-at-the-next-paragraph-number",
    ),
    case(
        # The request saying what to do if the cost limit is met (a request on Eden District Council's log)
        "If you are unable to provide details behind each individual CPN warning, CPN and PSPO due to exceeding the "
        "cost of compliance limits identified under Section 12 of the Freedom of Information Act, please place the "
        "circumstances of each under broad categories.",
        [],
        id="eden-if-you-are-unable-to-provide-under-section-12",
    ),
    case(
        # The right to the information stated with its usual exception (South Eastern Regional College's reply)
        "Your request has been handled under the Freedom of Information Act 2000 (FOIA(2000)), which entitles you to be "
        "advised in writing as to whether the College holds the information you have requested and to be provided "
        "with a copy of that information unless an appropriate exemption applies as detailed in Part II of the Freedom "
        "of Information Act (2000), Section 12 or Section 14. Should this be the case, the College will explain the "
        "reasons for this application.",
        [],
        id="serc-unless-an-appropriate-exemption-applies",
    ),
    case(
        # The Housing Act's notice by its section (Hastings Borough Council's published response on homelessness)
        "FOI request (FOI-70070111)\nSection 21 evictions\nRequested Mon 12 March 2018\nResponded Fri 23 March 2018I am "
        "sending this request under the Freedom of Information Act to ask for the following information:\n1. Would you "
        "consider a tenant who applies to the council for homelessness assistance following receipt of a valid section "
        "21 notice to be intentionally homeless?",
        [],
        id="hastings-a-section-21-notice-is-the-housing-acts",
    ),
    case(
        # The commissioner's guidance the body drew on, in the paragraph that applies the section (Transport for
        # London's published response): no boilerplate
        "However, we are refusing your request under section 14(1) of the Act, which provides an exemption to the "
        "disclosure of information where a request is considered to be 'vexatious'. In reaching this conclusion we "
        "have drawn on guidance from the Information Commissioner's Office (ICO) that sets out the factors.",
        [(FOIA, "14(1)")],
        id="tfl-guidance-from-the-information-commissioner",
    ),
    case(
        # An adverb inside "not obliged" (the Department for Work and Pensions' refusal)
        "Under section 12 of the FOI Act, DWP is not therefore obliged to comply with your request and we will not be "
        "processing it further.",
        [(FOIA, "12")],
        id="dwp-not-therefore-obliged",
    ),
    case(
        # The Metropolitan Police Service's refusal: the list cites "31(a)(b)", its subsection left out, the reasons
        # below "31(1)(a)(b)"; one exemption.
        "this response serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000 (the Act) by"
        " virtue of the following exemptions:\nSection 31(a)(b) - Law Enforcement\nSection 43(2) - Commercial"
        " Interests\nReason for decision\nSection 31(1)(a)(b) - Law Enforcement - allows public authorities to"
        " withhold information if it is likely to prejudice the prevention or detection of crime.",
        [(FOIA, "31(1)(a)(b)"), (FOIA, "43(2)")],
        id="a-section-cited-with-its-subsection-left-out-is-the-one-cited-in-full",
    ),
    case(
        # A request on Brentwood Borough Council's log: which question to drop should the cost limit bite is the
        # requester's, not the council's refusal.
        "3. Please provide the amount of money received from central Government for reaching the target.\n"
        "If it would exceed the section 12 cost limit to respond to the whole of this request, please disregard"
        " question 4.\n\nThank you for your recent Freedom of Information Act Request.\n"
        "The information you require is held by Essex County Council.",
        [],
        id="the-requester-saying-which-question-to-drop-at-the-cost-limit",
    ),
    case(
        # Scottish Borders Council's published requests: the Scottish Act named without its brackets.
        "The cost of investigating this information would exceed the prescribed limits therefore this part of your"
        " request is refused under Section 12 of the Freedom of Information Act Scotland 2002.",
        [(FOISA, "12")],
        id="the-scottish-act-named-without-its-brackets",
    ),
    case(
        # The Information Commissioner's summary on City of Bradford Metropolitan District Council: the finding's
        # subsection in brackets, the prose saying only that the section was "incorrectly cited"
        "City of Bradford Metropolitan District Council\n\n  \u2022 Date 20 December 2019\n  \u2022 Decision(s) FOI 43(2): "
        "Upheld\n\nThe complainant has requested training materials. The Commissioner's decision is that the council has "
        "incorrectly cited section 43(2) in response to the request.\n",
        [(FOIA, "43(2)")],
        id="an-ico-summarys-finding-its-subsection-in-brackets",
    ),
    case(
        # The Scottish Information Commissioner on Ayrshire and Arran Health Board: the provisions list's paragraphs,
        # the GDPR's between FOISA's and the Data Protection Act 2018's; the last Act's sections are no exemptions
        "Decision 301/2024\n\nThe Commissioner found that the Authority was entitled to withhold the information under "
        "sections 33(1)(b) and 38(1)(b) of FOISA.\n\nRelevant statutory provisions\nFreedom of Information (Scotland) Act "
        "2002 (FOISA) sections 1(1), (2) and (6) (General entitlement); 33(1)(b) (Commercial interests and the economy); "
        "38(1)(b) (Personal information)\nUnited Kingdom General Data Protection Regulation (the UK GDPR) articles "
        "5(1)(a) (Principles relating to the processing of personal data)\nData Protection Act 2018 (the DPA 2018) "
        "sections 3(2), (3), (4)(d), (10) and 14(a), (c) and (d) (Terms relating to the processing of personal data)\n"
        "Background\n",
        [(FOISA, "33(1)(b)"), (FOISA, "38(1)(b)")],
        id="the-data-protection-acts-sections-in-a-decisions-provisions-list",
    ),
    case(
        # Sections quoted with their titles, a quotation mark before the first number (the West Mercia Police and Crime
        # Commissioner's log).
        "This being the case, the decision has been made to invoke Sections \u201c21 Information accessible to applicant "
        "by other means (1) Information which is reasonably accessible to the applicant otherwise than under section 1 "
        "is exempt information, and Section 12 Exemption where cost of compliance exceeds appropriate limit\u201d.\n",
        [(FOIA, "21"), (FOIA, "12")],
        id="section-quoted-with-its-title",
    ),
    case(
        # The cost limit explained, then set aside in the next sentence for a notice that the information is not held
        # (Glasgow City Council's letter).
        "1. The total number of Child protection orders applied for in the past five years.\nOur recording systems "
        "record the amount of Child Protection Orders granted rather than Child Protection Orders applied for. A large "
        "trawl of individual case records will have cost implications and there is a cost limit allowed by section "
        "12(1) of the Act and the fees regulations made under the Act. However, as we do not hold the total figure "
        "that you have requested it is our view that it is more appropriate and accurate to advise you that, in "
        "accordance with Section 17 of the Act, the specific information you require is not held, rather than it is "
        "too costly to provide.\n",
        [],
        id="cost-limit-set-aside-for-not-held",
    ),
    case(
        # An English council citing "Section 35(1) (a) – Law Enforcement", the Scottish Act's number for the UK Act's
        # section 31: the UK Act still, as the council is outside Scotland (Brentwood Borough Council's log).
        "Brentwood Borough Council\n\nFOI 8646\n\nFleet Vehicles\n\nRequest\n\n1. A list of vehicles owned or "
        "leased to the council.\n\nResponse\n\nI confirm that the Council does hold the information that you have "
        "requested. However, some of the information is being withheld, namely the motor vehicle registration numbers."
        " This is being withheld because the following exemptions apply under the Act:-\n\nSection 35(1) (a) – Law "
        "Enforcement (prevention and detection of crime)\n",
        [(FOIA, "35(1)(a)")],
        id="scottish-numbering-from-a-body-outside-scotland",
    ),
    case(
        # An acknowledgement warning of a charge there may be, and saying when requests are added together: no section
        # applied (Dudley Integrated Health and Care NHS Trust on WhatDoTheyKnow).
        "Dear Nick,\n\nFOI21-5517 Request regarding cyber attacks\nThank you for your Freedom of Information request "
        "we are now investigating the nature of the search and the quantity of information requested. Under the terms "
        "of the Freedom of Information Act it is expected to respond to requests in 20 working day.\n\nPlease be aware "
        "there are a number of exemptions within the Act which could stop the release of information. We will advise "
        "you if we are unable to provide the information requested and will confirm the exemption used.\n\n"
        "In addition to this, please note that there may be a "
        "cost associated to your request in line with section 12 of the Act. If there is a cost associated with your "
        "request we will contact you and explain the cost.\n\nIn accordance with section 12 of the Freedom of "
        "Information Act 2000 where multiple requests for information are received from one person or by different "
        "persons who appear to be ac",
        [],
        id="a-cost-there-may-be-and-requests-added-together",
    ),
    case(
        # The requester foreseeing a section on a log page greeting no one: "it could be possible that you might
        # consider this request exempt under section 33" (a request on Royal Surrey County Hospital's log, refused under
        # section 12 only).
        "Please could you provide how much has been spent this year on interim managers.\n\nFinally, it could be "
        "possible that you might consider this request exempt under section 33 of the FOI act. I believe that this "
        "would not be an appropriate interpretation of this section.\n\nTo provide this information the Trust would "
        "need to review individual invoices and, therefore, the cost of compliance would exceed the appropriate limit "
        "under Section 12 of the Freedom of Information Act.\n",
        [("FOIA", "12")],
        id="the-requester-foreseeing-a-section",
    ),
    case(
        # A limit the body says the Information Commissioner set, in the paragraph applying it, is no commissioner's
        # boilerplate (Hastings Borough Council's notice of refusal for one part of a request).
        "Response\nPlease see attached, our response to your Freedom of Information request.\nNOTICE OF REFUSAL\nThe "
        "information requested in respect of the net rates payable would require us to manually check each "
        "customer's records. This would far exceed the time limit set out by the Information Commissioner. S12 of the "
        "Freedom of information Act 2000 provides an exemption from the obligation to comply with a request for "
        "information if the estimated costs of complying with that request would exceed the prescribed appropriate "
        "limit.\nWe estimate that the costs of complying with your request would exceed the appropriate limit.\n",
        [("FOIA", "12")],
        id="the-time-limit-set-out-by-the-commissioner",
    ),
    case(
        # A possessive's "s" before a number is no section: "We are still awaiting confirmation from 7 of the
        # Comhairle’s 24 schools" (Comhairle nan Eilean Siar's log), in either apostrophe.
        "We consider that the information which you have requested is exempt from disclosure under section 38(1)(b) "
        "of the Freedom of Information (Scotland) Act 2002.  We are still awaiting confirmation from 7 of the "
        "Comhairle\u2019s 24 schools and will respond in relation to those schools. Another 3 of the council's 12 "
        "schools have replied.\n",
        [("FOISA", "38(1)(b)")],
        id="a-possessives-s-before-a-number",
    ),
    case(
        # The Ministry of Justice quoting a request made on Twitter, the tweet's time stamp after its closing mark: the
        # letter's own words below are not the request's, and the section it is considering is cited.
        "Dear Mr Green\n\nThank you for your email of 30 September 2014, in which you made the following request for "
        'information to the Ministry of Justice (MoJ):\n\n"@MoJGovUK Please disclose your prisoner voting '
        'submissions to the Committee of Ministers this week. #FOI" - 4:20 PM - 26 Sep 2014\nThe ICO has stated that '
        "requests made via Twitter are valid:\n\nAccordingly, I trust that you can respond within 20 working days.\n\n"
        "Your request has been handled under the Freedom of Information Act 2000 (FOIA).\n\nIn this case, the "
        "information you are seeking may be exempt under section 27(1)(b) as it relates to relations between the "
        "United Kingdom and any international organisation.\n\nUnder Section 10(3) of the Act, we are permitted to "
        "extend the time to consider the public interest.\n\nYours sincer",
        [("FOIA", "27(1)(b)")],
        id="a-tweets-time-stamp-after-the-quoted-request",
    ),
    case(
        # Herefordshire Council's published responses: "and / or" joining the subsections.
        "Q3 The Suppliers/organisations who are currently on your framework/contract.\n\nIn response to Questions 3 - "
        "7, this information has been withheld under Section 43 (1) and / or (2) of the Freedom of Information Act "
        "2000\n",
        [("FOIA", "43(1)"), ("FOIA", "43(2)")],
        id="subsections-joined-by-and-or",
    ),
    case(
        # The Royal Borough of Greenwich on WhatDoTheyKnow: the section cited alone as the answer under a question.
        "Dear Mr Knight\nFreedom of Information request: FOI-2855\nOur response is as follows:\n1. Between 1st January "
        "2019 and 1st October 2024 how much was spent by\nthe council on SEND (special educational needs and "
        "disabilities)\nprovision?\nSection 12 see below\n2. Between 1st January 2019 and 1st October 2024 how much "
        "was spent by\nthe council on legal teams for cases dealing with SEND appeals? -\n\u00a31,177.286.23\n",
        [("FOIA", "12")],
        id="a-section-cited-alone-as-the-answer-under-a-question",
    ),
    case(
        # The Medicines and Healthcare products Regulatory Agency asking to narrow a request: section 12 warned of, not
        # applied.
        "Dear,\n\nThank you for your email.\n\nPlease note that the broad scope of the questions you have asked is "
        "very likely in excess of the Section 12 threshold.\n\nPlease note that substantially similar requests made "
        "within 60 working days of an original request can be aggregated into one for the purposes of calculating a "
        "cost limit, meaning that section 12 could still apply.\n",
        [],
        id="a-section-warned-of-in-a-letter-asking-to-narrow",
    ),
    case(
        # The same letter whole: what section 12 lets an authority do, said of any request, between the warnings.
        "Dear,\n\nThank you for your email.\n\nWe are grateful if you could let us know if the enquiry relates to "
        "medicines or devices? Please note that the broad scope of the questions you have asked is very likely in "
        "excess of the Section 12 threshold. Section 12 of the Act allows public authorities to refuse requests where "
        "the cost of dealing with them would exceed the appropriate limit, which for central government is set at "
        "\u00a3600.\n\nPlease note that substantially similar requests made within 60 working days of an original "
        "request can be aggregated into one for the purposes of calculating a cost limit, meaning that section 12 "
        "could still apply.\n",
        [],
        id="what-a-section-allows-any-authority-is-not-applied",
    ),
    case(
        # Translink's reply on WhatDoTheyKnow: what section 12 allows, then this request's cost estimated over the limit.
        "Dear Mr. Harris,\n\nResponse\n\nSection 12 of the Freedom of Information Act makes allows a public authority "
        "to refuse requests for information where the cost of dealing with them would exceed the appropriate limit. "
        "This limit is set in regulations at \u00a3450.\n\nWe estimate that it would take far in excess of the "
        "appropriate limit to produce fares lists for the hundreds of ticket types we sell. For that reason, we cannot "
        "fully process your request as currently presented.\n",
        [("FOIA", "12")],
        id="what-a-section-allows-then-this-requests-cost-estimated-over-the-limit",
    ),
    case(
        # Staffordshire University's disclosure log: each section's number in brackets of its own.
        "Date received Date due Date completed Information asked for Notes\nEmail System\nDocuments were sent, parlty "
        "completed some information was refused. Costs are being refused under Section (41) Information provided in "
        "confidence & Section (43) Commercial interests:\n",
        [("FOIA", "41"), ("FOIA", "43")],
        id="a-sections-number-in-brackets-of-its-own",
    ),
    case(
        # Trafford Metropolitan Borough Council on WhatDoTheyKnow: a question about section 21 repeated above its
        # answer, the answer a section 12 refusal.
        "Dear Mr Jackson,\n\nFurther to your FOI request, please find below our response:\n\n1) How many FOI requests"
        " did you receive in 2016?\n\n1272 FOI requests received during the period.\n\n2) How many FOI Section 21"
        " exemptions did you employ during this same time\n\nNotice of Refusal Issued under Section 12, Freedom of"
        " Information Act. To answer would exceed the appropriate limit.\n",
        [("FOIA", "12")],
        id="a-section-asked-about-in-a-repeated-question",
    ),
    case(
        # Wirral Council's letter on WhatDoTheyKnow: the regulation's subsection and paragraph with spaces for brackets.
        "Your request has been dealt with under the provisions of the Environmental Information Regulations 2004"
        " (EIRs)\nRegarding correspondence for the Core Active Travel Network Wirral Council decline to provide copy"
        " correspondence for internal\ncommunication under Regulation 12 4 e EIRs, which provides an exception to"
        " disclosure of internal communications.\n",
        [("EIR", "12(4)(e)")],
        id="a-regulation-with-spaces-for-its-brackets",
    ),
    case(
        # The University of Manchester on WhatDoTheyKnow: "exemption" and the bare number, a dash before what it
        # protects.
        "The University is refusing to provide the names of the agencies and spend per agency as it believes that"
        " exemption 43 \u2013 the exemption which relates to commercial interests applies. This Refusal Notice has"
        " been issued under Section 17 of the Freedom of Information Act 2000.\n",
        [("FOIA", "43")],
        id="exemption-and-a-bare-number-before-a-dash",
    ),
    case(
        # West Midlands Police's disclosure log quoting section 17(5) to say its letter is a refusal notice, refusing
        # under section 12 alone: the section 14 the duty names is not applied.
        "Please note that researching each individual case would exceed the appropriate limit (FOIA, s.12 (1)).\n\nA"
        " public authority which, in relation to any request for information, is relying on a claim that section 12 or"
        " section 14 applies must, within the time for complying with Section 1(1), give the applicant a notice stating"
        " that fact. In accordance with the Freedom of Information Act 2000, this letter acts as a refusal notice.\n",
        [("FOIA", "12(1)")],
        id="section-17-5-quoted-applies-neither-section-it-names",
    ),
    case(
        # the Department for Work and Pensions' letter: each exemption called an "Exclusion", no bracket in the text
        "A copy of the information which can be disclosed is enclosed in the format you requested.\nSome information"
        " has been withheld as it falls under the exemptions in the Freedom of\nInformation Act:\nExclusion 31: Law"
        " Enforcement \u2013 this includes examples of how to commit fraud which could\njeopardise investigations\n"
        "Exclusion 40: Personal data \u2013 this includes named contacts, their telephone numbers and\nemail addresses\n",
        [("FOIA", "31"), ("FOIA", "40")],
        id="exemptions-called-exclusions",
    ),
    case(
        # the Moray Council's log: "exclusion" for the Scottish regulations' exception
        "3) No formal plan at this time as funding is allocated on a yearly basis and is not guaranteed by Transport"
        " Scotland. This information is therefore subject to exclusion 10(4)(a) of the Environmental Information"
        " (Scotland) Regulations 2004 - Information Not Held.\n",
        [("EISR", "10(4)(a)")],
        id="an-exception-called-an-exclusion",
    ),
    case(
        # the University of Worcester on WhatDoTheyKnow: the section straight after the Act's name and a comma
        "The email in question is exempt from disclosure on the following grounds:\nPersonal Data\nThe email contains"
        " personal data which is absolutely exempt from disclosure under the Freedom of Information Act 2000, 40"
        " (3)(a)(i). Disclosure in response to a Freedom of Information request is disclosure to the world at large.\n",
        [("FOIA", "40(3)(a)(i)")],
        id="a-section-after-the-acts-name-and-a-comma",
    ),
    case(
        # Thurrock Council's page of published responses, greeting no one: the request says what to do if the limit
        # bites; the council applies nothing
        "My preference is that questions 2-6 should be limited to repairs specifically concerning people's homes. However,"
        " if such exclusion is not possible within the section 12 cost limit, please include all logged repairs and"
        " specify that this is the case.\n1. What is the total number of council housing tenant households?\n",
        [],
        id="the-requesters-if-not-possible-within-the-section-12-cost-limit",
    ),
    case(
        # Northumbria Police's log, cut as it names the section: the limit given in hours, no "cost" or "limit" said
        "I can confirm that the information you have requested is held, in part, by Northumbria Police, however can not"
        " be disclosed for the following reasons.\n\nAn attempt to retrieve the information would involve research with"
        " each of the Officers involved in such deployments. This, when added to the time undertaken on researching"
        " your previous request (FOI 775/12), would take over 18 hours, therefore Section 12 o",
        [("FOIA", "12")],
        id="section-12-after-the-time-it-would-take-in-hours",
    ),
    case(
        # the First-tier Tribunal on Avon and Somerset Constabulary: "ss" before the first number, no stop
        "2. ASC responded on 18 December 2020, refusing to provide the information and citing FOIA, ss30 (investigations "
        "and proceedings) and 40 (personal information).\n",
        [("FOIA", "30"), ("FOIA", "40")],
        id="sections-as-ss-with-no-stop",
    ),
    case(
        # the First-tier Tribunal: the appeal against the Commissioner's decision notice says what the body relied on
        "1.\n\nThis is an appeal against the Information Commissioner's decision notice IC-170001-A1B2 dated 1 March "
        "2023. That notice set out the Commissioner's reasons for concluding that Kent Police were entitled to refuse "
        "the Appellant's request for information, relying on section 40(5) of the Freedom of Information Act 2000 "
        "('FOIA').\n\n2.\n\nBoth parties agreed to the Tribunal making its decision on the papers.\n",
        [("FOIA", "40(5)")],
        id="relied-on-in-the-paragraph-naming-the-decision-notice-appealed",
    ),
    case(
        # the Scottish Information Commissioner's decision: "the exemptions in" before the numbers, no "section"
        "The Commissioner found that the Authority had partially breached FOISA in responding to the request.\n\nThe "
        "Authority was not entitled to apply the exemptions in 30(b)(i) and (ii) to all of the information it was "
        "withholding. However, the Commissioner found that the Authority was entitled to withhold some information "
        "under sections 26(c) and 36(1) of FOISA.\n",
        [("FOISA", "30(b)(i)"), ("FOISA", "30(b)(ii)"), ("FOISA", "26(c)"), ("FOISA", "36(1)")],
        id="the-exemptions-in-a-number-with-no-section",
    ),
    case(
        "We hold no exemptions in 12 cases and exceptions in 5 of them. We are refusing the request under section 21.\n",
        [("FOIA", "21")],
        id="negative-exemptions-in-a-count",
    ),
    case(
        # not the letters of a word: "class 30" or "mass 40"
        "We hold records for class 30 and mass 40 items. We are refusing the request under section 21.\n",
        [("FOIA", "21")],
        id="negative-a-word-ending-ss-before-a-number",
    ),
    case(
        # The Veterinary Medicines Directorate's FOI release on GOV.UK: sections the requester names to keep clear of
        # or should one apply are theirs; the reply's own section 21 is the one applied
        "FOI2025/00075 - Records\nPublished 5 February 2026\n1. FOI2025/00075 Request\nWe refine our previous "
        "request to narrow scope, avoiding s.12 cost exemptions. Disclosure serves the public interest; request "
        "redacted versions if exempt (s.43).\n-\nData on generic approvals.\n-\n"
        "Internal reports on competition.\n2. Our reply\nWe are refusing your request under Section 21 of the Freedom "
        "of Information Act 2000.\n",
        [("FOIA", "21")],
        id="sections-the-requester-narrows-the-request-to-avoid",
    ),
    case(
        # North Yorkshire Police's disclosure log, the Act's name misspelt
        "Decision\nI am exempting this information pursuant to Section 31 and Section 43 of the Freedom of Informaton "
        "Act 2000 (the Act).\n",
        [("FOIA", "31"), ("FOIA", "43")],
        id="the-acts-name-misspelt",
    ),
    case(
        # the Department for Business, Energy and Industrial Strategy on WhatDoTheyKnow: bare numbers, each with the
        # name the Act gives it, under words that apply them
        "BEIS has applied a Public Interest Test extension for a further 20 days under the following sections of the "
        "FOI Act 2000:\n27 – International Relations\n35 – Formulation of Government Policy\nYours sincerely,\n",
        [("FOIA", "27"), ("FOIA", "35")],
        id="a-list-of-numbers-with-their-exemptions-names",
    ),
    case(
        "The information is withheld under the following exemptions:\n40 - Personal information\n43 - Commercial "
        "interests\n",
        [("FOIA", "40"), ("FOIA", "43")],
        id="a-list-of-numbers-with-their-exemptions-names-withheld",
    ),
    case(
        # numbers whose names are not the Act's are no citations: a count of cases under a heading
        "Requests we refused last year, by the exemptions applied:\n27 - two requests\n35 - one request\n",
        [],
        id="a-list-of-numbers-with-other-words-after-them",
    ),
    case(
        # the Health and Safety Executive extending its time for the public interest test: the exemption is still
        # being weighed, not applied
        "In this case we will need to extend the response deadline by a further 14 working days because the "
        "information you have asked for needs to be considered under one of the Act's exemptions where a public "
        "interest test applies.\n\nThe particular exemption we are considering is Section 30 (Investigations & "
        "proceedings conducted by Public Authorities).\n",
        [],
        id="an-exemption-still-being-considered-is-not-applied",
    ),
    case(
        # a request sent to acute NHS trusts, on Bolton NHS Foundation Trust's log: the requester arguing from other
        # trusts' answers cites the sections, the trust applies none
        "I am writing to you under the Freedom of Information Act 2000 to request answers to the questions in the "
        "attached spreadsheet. With regard to Freedom of Information Act exemptions under section 31(1) and 43, I can "
        "confirm that a number of trusts were able to answer all of these questions in full.\n\nPlease find "
        "information attached.\n",
        [],
        id="other-trusts-were-able-to-answer-is-the-requesters-argument",
    ),
    case(
        # the University of Bedfordshire quoting section 40: its interpretation subsection is no exemption
        "the University is exempt under section 40 of the Freedom of Information Act 2000 from releasing this "
        "information as it amounts to personal information. Section 40(2)(b) of the Freedom of Information Act 2000 "
        "states:\nSection 40(2): Any information to which a request for information relates is also exempt information "
        'if-\n(b) the first condition below is satisfied.\nSection 40(7): In this section-\n"the data protection '
        'principles" means the principles set out in Article 5(1) of the GDPR.\nWe have applied this exemption.\n',
        [(FOIA, "40(2)(b)")],
        id="section-40-7-quoted-is-an-interpretation-not-an-exemption",
    ),
    case(
        # a section asked about in the request the reply restates is not applied; the cost limit is (Belfast City
        # Council's section 12 refusal)
        "Thank you for your email, which the Council received on 8 April 2015, requesting a schedule of requests "
        "received between 2012 and 2014, indicating whether all, some or none of the information was disclosed; and, "
        "where some was withheld, whether a Section 43(2) exemption was applied.\nUnder Section 12 of the Freedom of "
        "Information Act, a public authority does not have to comply with a request if the cost of compliance would "
        "exceed the appropriate limit, and I am applying it here.\n",
        [(FOIA, "12")],
        id="whether-a-section-was-applied-is-asked-not-applied",
    ),
    case(
        # the Regulation and Quality Improvement Authority (Northern Ireland) on WhatDoTheyKnow, the section an article
        "I advise that all approved reports for Cherry Tree House, from January 2010 are made available on RQIA's "
        "website, and as such provision of these are exempt by virtue of Article 21 of the Freedom of Information Act "
        "(2000).\n",
        [(FOIA, "21")],
        id="a-section-called-an-article",
    ),
    case(
        "Under Article 8 of the Human Rights Act (1998) and Article 21 of the Charter we cannot disclose it.\n",
        [],
        id="an-article-of-another-act",
    ),
    case(
        # an ICO decision summary on the Department for International Development
        "DFID refused to disclose the information it held on the basis of the exemptions contained at the following "
        "sections of FOIA: 21 (information reasonably accessible by other means); 27(1)(a) to (d); 27(2) "
        "(international relations); 31(1)(a), (b) and (g) by virtue of 31(2)(a) and (b) (law enforcement); 35(1)(a) "
        "(government policy); 40(2) (personal data); 41(1) (information provided in confidence) and 43(2) (commercial "
        "interests).\n",
        [
            (FOIA, "21"),
            (FOIA, "27(1)(a)"),
            (FOIA, "27(1)(b)"),
            (FOIA, "27(1)(c)"),
            (FOIA, "27(1)(d)"),
            (FOIA, "27(2)"),
            (FOIA, "31(1)(a)"),
            (FOIA, "31(1)(b)"),
            (FOIA, "31(1)(g)"),
            (FOIA, "35(1)(a)"),
            (FOIA, "40(2)"),
            (FOIA, "41(1)"),
            (FOIA, "43(2)"),
        ],
        id="the-following-sections-of-foia-a-run-and-purposes-by-virtue-of",
    ),
    case(
        "The information is exempt under section 27(1)(a) to (c) of the Act.\n",
        [(FOIA, "27(1)(a)"), (FOIA, "27(1)(b)"), (FOIA, "27(1)(c)")],
        id="a-run-of-paragraphs-to-the-last",
    ),
    case(
        # a requester writing back to Clare College, Cambridge, quoted on a campaign's page
        "Dear Toby,\nI am writing to request again the disclosure of specific college investments.\nIf you are to "
        "invoke Section 43 to withhold information in relation to any of these questions please note you must provide "
        "details of the exact FOIA exemption.\n",
        [],
        id="if-you-are-to-invoke-a-section-is-the-requesters",
    ),
    case(
        # Oriel College's reply on a campaign's page: the authority's view, not a requester's argument
        "Beyond that, it is my view that you are not entitled to any information about the College's investments "
        "holdings. I believe that such information is exempt under Section 43 (2) of the Act on the ground that "
        "disclosure would be likely, to prejudice our commercial interests.\n",
        [(FOIA, "43(2)")],
        id="i-believe-that-such-information-is-exempt",
    ),
    case(
        # an internal review request's argument stays the requester's
        "Dear Sir,\nI believe section 43 (2) does not apply to my request.\nYours faithfully,\nA Student\n",
        [],
        id="i-believe-a-section-does-not-apply",
    ),
    case(
        # an ICO decision summary on Stevenage Borough Council: the Regulations' exception called a section
        "The Council refused the requests on the basis that either the exclusion under section 14 of the Freedom of "
        "Information Act 2000 (\u201cthe Act\u201d) applied or, if the information could be deemed to be environmental, the "
        "exception under section 12(4)(b) applied under the Environmental Information Regulations 2004 (\u201cthe "
        "EIR\u201d).\n",
        [(FOIA, "14"), (EIR, "12(4)(b)")],
        id="an-eir-exception-called-a-section-where-the-eir-are-named",
    ),
    case(
        # Redress Scotland's log, naming no Act: FOISA's words for the body answering
        "Some of the information you have requested cannot be provided as it is covered under Section 25 of the Act, "
        "which provides that a Scottish public authority may refuse to make information available where the "
        "information is otherwise accessible.\n",
        [(FOISA, "25")],
        id="a-scottish-public-authority-with-no-act-named-is-foisa",
    ),
    case(
        # a Scottish housing association's log naming no Act: personal information is section 38 of the Scottish Act
        # (the UK Act's is health and safety)
        "Exemptions applied to the information requested under Section 38(1)(b) (personal information) of the Act.\n",
        [(FOISA, "38(1)(b)")],
        id="a-section-cited-by-its-subject-in-the-scottish-numbering-is-foisa",
    ),
    case(
        # and the UK Act's section 38 by its own subject stays the UK Act's
        "Exemptions applied to the information requested under Section 38(1)(b) (health and safety) of the Act.\n",
        [(FOIA, "38(1)(b)")],
        id="a-section-cited-by-its-subject-in-the-uk-numbering-is-foia",
    ),
    case(
        # the ICO's notice on the Government Equalities Office
        "The public authority further argued that it was excluded from confirming or denying whether it had sought "
        "and/or received Law Officers' advice on the issue by virtue of the provisions of sections 35(1)(c) and "
        "35(3).\n",
        [(FOIA, "35(1)(c)"), (FOIA, "35(3)")],
        id="excluded-from-confirming-or-denying-by-virtue-of-sections",
    ),
    case(
        # the British Geological Survey on UK Research and Innovation's log: a singular "Regulation" before a list
        "Some of the information is exempt under Regulation 12(3) and 13 which provides an exemption for information "
        "that is the personal data of an individual other than the applicant.\n",
        [(EIR, "12(3)"), (EIR, "13")],
        id="singular-regulation-then-a-bare-number-after-a-subsection",
    ),
    case(
        "The names of junior staff are withheld under section 40(2) and 41 of the Act.\n",
        [(FOIA, "40(2)"), (FOIA, "41")],
        id="singular-section-then-a-bare-number-after-a-subsection",
    ),
    case(
        "We have refused the request under section 12 and 18 hours would be needed to comply.\n",
        [(FOIA, "12")],
        id="singular-section-then-a-count-is-no-list",
    ),
    case(
        # Coventry City Council's answer to a question on the Lord Mayor's allowance
        "1. The extra allowance given to the Lord Mayor for fulfilling the role during 2014/15 term of office.\n\n"
        "Under Section 21 FOIA, this information is held and is publicly available within the minutes of the Council "
        "Meeting held 24th July 2012.\n",
        [(FOIA, "21")],
        id="section-21-information-publicly-available",
    ),
    case(
        # the Medical Research Council's refusal: each exemption a heading of its own, the second far below the
        # words that apply them
        "Our decision is based on the application of the following exemptions under the Act:\n\nSection 36(2)(b) "
        "and (c): Effective Conduct of Public Affairs.\n\n" + "Peer reviewers give frank and detailed views on each "
        "proposal to the funding boards. " * 6 + "\n\nSection 41: Information "
        "Provided in Confidence.\n\nApplications for funding are submitted in confidence.\n",
        [("FOIA", "36(2)(b)"), ("FOIA", "36(2)(c)"), ("FOIA", "41")],
        id="later-headings-of-a-run-of-applied-exemption-headings",
    ),
    case(
        "Section 41: Information Provided in Confidence.\n\nThe Act protects information given in confidence.\n",
        [],
        id="an-exemption-heading-alone-applies-nothing",
    ),
    case(
        # the Information Commissioner's summary of a decision on East Meon Parish Council: the exception only in its
        # findings, dotted
        "East Meon Parish Council\n- Date 12 September 2017\n- Sector Local government\n- Decision(s) EIR 12.4.a: "
        "Upheld\nThe complainant has requested information relating to the Parish Council's decision. The council "
        "said that it does not hold any records of the meeting.\n",
        [("EIR", "12(4)(a)")],
        id="an-ico-summarys-dotted-finding",
    ),
    case(
        # the older form of the findings line: procedural sections are no exemptions; the one the prose cites in
        # full is kept, not its bare number
        "Summary: The complainant requested information from the Authority. The Authority withheld the report under "
        "section 41(1) of the FOIA.\nSection of Act/EIR & Finding: FOI 1 - Complaint Partly Upheld, FOI 16 - "
        "Complaint Upheld, FOI 41 - Complaint Not upheld, EIR 12.5.b - Complaint Upheld\n",
        [("FOIA", "41(1)"), ("EIR", "12(5)(b)")],
        id="an-ico-summarys-findings-with-procedural-sections",
    ),
    case(
        # the First-tier Tribunal's substituted decision notice on Lewisham Homes: a ruling on the section it relied on
        "Substituted Decision Notice\n\n1. Northby Homes Limited is not entitled to rely on section 43(2) of the "
        "Freedom of Information Act 2000 to withhold the requested information, because that section is not engaged.\n",
        [("FOIA", "43(2)")],
        id="a-section-a-body-is-not-entitled-to-rely-on",
    ),
    case(
        # Fylde Borough Council on WhatDoTheyKnow: "unable to disclose" the only word that withholds
        "Thank you for your FOI request.\n\nWhilst we hold a list of domestic empty properties, I am afraid we are "
        "unable to disclose this to you pursuant to section 31(1)(a) of the Freedom of Information Act 2000. This is "
        "because disclosing the addresses would make burglary more likely.\n\nSection 31 is a qualified exemption, "
        "and so the public interest has been considered.\n",
        [(FOIA, "31(1)(a)")],
        id="unable-to-disclose-pursuant-to-a-section",
    ),
    case(
        # A First-tier Tribunal's substituted decision on Withernsea Town Council: the EIR named at the first citation
        "Northby Town Council cannot rely on section 12(1) of the Freedom of Information Act 2000 to refuse the "
        "request.\n\nNorthby Town Council cannot rely on the exception in section 12(4)(b) EIR to refuse the Request "
        "because it is not manifestly unreasonable.\n\n(2) inform Mr Fox if it relies upon another EIR exception, "
        "other than section 12(4)(b), to refuse to communicate that information to him.\n",
        [(FOIA, "12(1)"), (EIR, "12(4)(b)")],
        id="a-bare-section-cited-earlier-under-the-eir",
    ),
    case(
        # The North London Waste Authority, under the EIR alone: the Regulations' word, one bracket left out
        "Please find attached the minutes. The minutes have had the details of officers redacted. This is in line "
        "with exception 13 of the Environmental Information Regulations.\nAdditional information, mainly relating to "
        "pricing which is regarded as commercially confidential, is also redacted. This is in line with exception 12 "
        "(5)e whereby redactions are allowed for commercial information.\n",
        [(EIR, "13"), (EIR, "12(5)(e)")],
        id="eir-exceptions-by-number-one-bracket-left-out",
    ),
    case(
        # Transport Scotland's review: each paragraph's letter after the subsection's bracket, unbracketed
        "I am now releasing the agreement you have requested. However, exemptions under section 33(1)b and 38(1)b of "
        "FOISA apply to some sections of the document.\n",
        [(FOISA, "33(1)(b)"), (FOISA, "38(1)(b)")],
        id="paragraph-letters-after-the-bracket-unbracketed",
    ),
    case(
        # ... but a bare number after another word is none: "FOIA 2000" is no section 20
        "This request has been handled under FOIA 2000 and exception 2004 of nothing.\n",
        [],
        id="negative-a-bare-number-after-the-act-s-name",
    ),
    case(
        # The First-tier Tribunal on Merevalley Federation: the order to answer names the exemption at issue; the
        # tribunal's own procedure rule is none
        "Decisions\n\n2. Pursuant to rule 14(1) of the Tribunal Procedure (First-tier Tribunal) (General Regulatory "
        "Chamber) Rules 2009, the Appellant is granted anonymity.\n\nSubstituted Decision Notice:\n\nNorthby "
        "Federation shall, within 30 days of the delivery of this Decision to them, respond to the request for "
        "information made by T on 21 April 2023 without reliance on section 14(1) Freedom of Information Act 2000.\n",
        [(FOIA, "14(1)")],
        id="a-tribunal-orders-an-answer-without-reliance-on-a-section",
    ),
    # ------------------------------------------------------------------ the EIR's own words
    case(
        # Public Health England, under the EIR: "excepted" and "does not hold" are how the Regulations apply
        "Your email has been handled as a request for information under the Environmental Information "
        "Regulations.\n1. A copy of the legal advice received by PHE.\nLegal advice received in connection with "
        "this matter is excepted information in accordance with Regulation 12(5)(b) of the EIRs and legal "
        "privilege.\n2. Details of the postcodes covered.\nIn accordance with regulation 12(4)(a) I can confirm "
        "that PHE does not hold this information.\n",
        [(EIR, "12(5)(b)"), (EIR, "12(4)(a)")],
        id="eir-excepted-and-does-not-hold",
    ),
    case(
        # the London Borough of Richmond upon Thames, under the EIR
        "I am treating this as an environmental information request under the Environmental Information Regulations "
        "2004.\n\nWith regard to request 2, information held by the Council comprises a concept study.\nWe consider "
        "the above items to be covered by regulation 12(4)(d) within the EIR.\n",
        [(EIR, "12(4)(d)")],
        id="eir-items-covered-by-an-exception",
    ),
    case(
        # Culture and Sport Glasgow (trading as Glasgow Life): FOISA's cost limit as the "upper limit"
        "REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002\nIt would appear that compliance with this "
        "request would cost Glasgow Life more than the upper limit allowed by section 12(1) of the Act and the fees "
        "regulations made under the Act (this limit is currently \u00a3600).\n",
        [(FOISA, "12(1)")],
        id="foisa-cost-more-than-the-upper-limit",
    ),
    # ------------------------------------------------------------------ conditions of an exemption
    case(
        "The names of junior staff are exempt under section 40(2) of the FOIA, as the condition in section "
        "40(3A)(a) is satisfied: disclosure would contravene the data protection principles.\n",
        [(FOIA, "40(2)")],
        id="s40-3A-is-a-condition-of-40-2",
    ),
    case(
        # East Lancashire Hospitals NHS Trust's disclosure log
        "Unfortunately, the information requested is unable to be provided. The Trust does not have this information "
        "readily available and to obtain all of the required information would require a manual search which would "
        "take in excess of 18 hours as specified under Section 12 of the Freedom of Information Act.\n",
        [(FOIA, "12")],
        id="in-excess-of-18-hours-under-section-12",
    ),
    case(
        # an inverted condition: what the body would do (Cuckoo Hall Academies Trust, having said it holds nothing)
        "As such we do not hold this information.\nWere we asked to establish this, such a request would be perceived "
        "as a manifestly unreasonable in line with Section 14(1) of the Freedom of Information Act 2000 as it would "
        "require us contacting in excess of 350 employees; a task in itself would exceed the cost limit of Section 12 "
        "of the Act.\n",
        [],
        id="were-we-asked-is-hypothetical",
    ),
    case(
        # a warning about requests to come (Devon Partnership NHS Trust, answering the request in full); section 14
        # applied to this request and the ones to come is applied
        "We will consider any future request in line with the ICO guidance on vexatious request as per section 14 of "
        "the act.\n",
        [],
        id="a-warning-about-future-requests-applies-nothing",
    ),
    case(
        "We consider that section 14(1) applies to this request and to any future requests on this subject.\n",
        [("FOIA", "14(1)")],
        id="this-request-and-future-requests-is-applied",
    ),
    # ------------------------------------------------------------------ the harm test introduces the sections
    case(
        "Response\nNotice of Refusal\n"
        "Disclosure of information relating to ICT infrastructure and security constitutes a security risk as it "
        "would leave the Council's computer assets more vulnerable to a malicious hacking attack. This means that "
        "disclosure would:\n"
        "• Make the Council more vulnerable to crime (Section 31)\n"
        "• Risk harming the systems on which the day-to-day business of the Council relies (Section 43)\n",
        [(FOIA, "31"), (FOIA, "43")],
        id="harm-test-list-far-below-the-refusal-heading",
    ),
    # ------------------------------------------------------------------ FOIA section 12 (cost) and 14 (vexatious)
    case(
        "Dear Ms Clarke,\n\n"
        "We estimate that locating, retrieving and extracting the information you have asked for would exceed the "
        "appropriate limit of £450, which represents 18 hours of work at £25 per hour.\n\n"
        "The council is therefore not obliged to comply with your request by virtue of section 12 of the Freedom "
        "of Information Act 2000, and this letter serves as a refusal notice.\n\n"
        "Under section 16 we are required to offer advice and assistance: you may wish to narrow your request to "
        "a single financial year.\n",
        [(FOIA, "12")],
        {(FOIA, "12"): {"kind": "cost_limit"}},
        id="s12-cost-limit-450-18-hours",
    ),
    case(
        "Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse a request where "
        "the cost of compliance would exceed the appropriate limit. For central government the limit is £600, or "
        "24 hours of staff time. We estimate it would take over 60 hours to review every file, so we are refusing "
        "your request under section 12(1).\n",
        [(FOIA, "12(1)")],
        {(FOIA, "12(1)"): {"kind": "cost_limit"}},
        id="s12(1)-central-government-600",
    ),
    case(
        # The Maritime and Coastguard Agency's reply: the cost limit cited as section 13 (fees above the limit)
        "Because of the quantity of information to which your request might relate, the cost of compliance is likely "
        "to exceed the £600 statutory limit established by Section 13 of the Freedom of Information Act 2000; "
        "Beyond this limit, the MCA is not required to release the requested information.\n",
        [(FOIA, "13")],
        {(FOIA, "13"): {"kind": "cost_limit"}},
        id="s13-cited-as-the-cost-limit",
    ),
    case(
        "Unfortunately we are unable to answer your request because locating the information would exceed the "
        "cost limit of £450 (18 hours). The records are held on paper files in individual schools.\n",
        # LABELLING: section "as printed" - no section number is printed, so nothing is recorded (the dev gold
        # does the same for a cost refusal that never names its section).
        [],
        id="cost-limit-without-section-number",
    ),
    case(
        "The council considers your request to be vexatious. Taking into account the volume and tone of your 37 "
        "requests on this subject since January, we are refusing it under section 14(1) of the Freedom of "
        "Information Act 2000. We will not respond to further requests on this matter.\n",
        [(FOIA, "14(1)")],
        {(FOIA, "14(1)"): {"kind": "vexatious"}},
        id="s14(1)-vexatious",
    ),
    case(
        "Your request of 9 May is identical to the request you made on 2 April (our reference FOI-2024-0612), "
        "which we answered on 26 April. As no reasonable interval has elapsed, the council is relying on section "
        "14(2) of the Freedom of Information Act 2000 (repeated requests) and will not be responding further.\n",
        [(FOIA, "14(2)")],
        {(FOIA, "14(2)"): {"kind": "vexatious"}},
        id="s14(2)-repeated-request",
    ),
    # ------------------------------------------------------------------ FOIA exemptions, one by one
    case(
        "1. How many penalty charge notices were issued in 2023/24?\n54,210.\n\n"
        "2. Please provide a copy of your latest Parking Annual Report.\n"
        "The report is reasonably accessible to you on our website at https://www.westmoor.gov.uk/parking-report "
        "and is therefore exempt under section 21 of the Freedom of Information Act 2000.\n",
        [(FOIA, "21")],
        {(FOIA, "21"): {"kind": "exemption", "absolute": True, "applies_to": ["2"]}},
        id="s21-reasonably-accessible",
    ),
    case(
        "The 2023 residents' survey results will be published on the council's website in September 2024 as part "
        "of the annual performance report. We are therefore withholding them under section 22(1) of the Freedom of "
        "Information Act 2000 (information intended for future publication). Section 22 is a qualified exemption. "
        "Having considered the public interest test, we have concluded that the public interest in maintaining the "
        "exemption outweighs the public interest in early disclosure.\n",
        # "Section 22" and "section 22(1)": only the specific form (LABELLING).
        [(FOIA, "22(1)")],
        {(FOIA, "22(1)"): {"absolute": False, **MAINTAIN}},
        id="s22-future-publication-qualified",
    ),
    case(
        "The Department has decided to withhold the briefing notes under sections 35(1)(a) (formulation or "
        "development of government policy) and 27(1)(a) (international relations) of the Freedom of Information "
        "Act 2000. Both are qualified exemptions, and in each case we have concluded that the public interest in "
        "maintaining the exemption outweighs the public interest in disclosure.\n",
        [(FOIA, "27(1)(a)"), (FOIA, "35(1)(a)")],
        {(FOIA, "27(1)(a)"): {"absolute": False, **MAINTAIN}, (FOIA, "35(1)(a)"): {"absolute": False, **MAINTAIN}},
        id="s35-and-s27-central-government",
    ),
    case(
        "Details of the deployment dates have been withheld under section 26(1)(b) (defence) and section 24(1) "
        "(national security) of the Freedom of Information Act 2000.\n",
        [(FOIA, "24(1)"), (FOIA, "26(1)(b)")],
        {(FOIA, "24(1)"): {"absolute": False}, (FOIA, "26(1)(b)"): {"absolute": False}},
        id="s26-and-s24",
    ),
    case(
        "Correspondence with the Welsh Government is withheld under section 28(1) of the Freedom of Information "
        "Act 2000 (relations within the United Kingdom), and the internal forecasts under section 29(1)(a) (the "
        "economy).\n",
        [(FOIA, "28(1)"), (FOIA, "29(1)(a)")],
        id="s28-and-s29",
    ),
    case(
        "The file is held for the purposes of an investigation which Trading Standards has a duty to conduct with "
        "a view to ascertaining whether a person should be charged with an offence. It is therefore exempt under "
        "section 30(1)(a) of the Freedom of Information Act 2000.\n",
        [(FOIA, "30(1)(a)")],
        id="s30-investigations",
    ),
    case(
        "Notice of refusal\n\n"
        "The council holds the information you requested about its firewall configuration but is withholding it "
        "under Section 31 of the Freedom of Information Act 2000 (law enforcement). Specifically, section "
        "31(1)(a) applies because disclosure would be likely to prejudice the prevention or detection of crime by "
        "making the council's network more vulnerable to attack.\n",
        # LABELLING: cited generally ("Section 31") and specifically ("31(1)(a)") -> only the specific one.
        [(FOIA, "31(1)(a)")],
        {(FOIA, "31(1)(a)"): {"absolute": False}},
        id="s31-general-and-specific",
    ),
    case(
        "The information is exempt under sections 31(1)(a) and (b) of the Freedom of Information Act 2000, as its "
        "release would be likely to prejudice the prevention or detection of crime and the apprehension or "
        "prosecution of offenders.\n",
        [(FOIA, "31(1)(a)"), (FOIA, "31(1)(b)")],
        id="s31(1)(a)-and-(b)-split",
    ),
    case(
        "We have decided to release part of the information you asked for. The remainder is withheld under the "
        "exemptions below, and this letter is a refusal notice under section 17 of the Freedom of Information Act "
        "2000:\n\n"
        "Section 31(1)(a)(b) – Law enforcement\n"
        "Section 43(2) – Commercial interests\n",
        # "31(1)(a)(b)" is kept whole as printed (dev gold met-police-005); section 17 is procedure.
        [(FOIA, "31(1)(a)(b)"), (FOIA, "43(2)")],
        id="s31(1)(a)(b)-kept-as-printed",
    ),
    case(
        "Response: Withheld - S31(1)(A) Freedom of Information Act 2000 (prevention or detection of crime).\n",
        [(FOIA, "31(1)(a)")],
        id="uppercase-letter-normalised",
    ),
    case(
        "The witness statements you have asked for are held only because they were filed with the court for the "
        "purposes of the proceedings. They are therefore exempt under section 32(1)(a) of the Freedom of "
        "Information Act 2000, which is an absolute exemption.\n",
        [(FOIA, "32(1)(a)")],
        {(FOIA, "32(1)(a)"): {"absolute": True}},
        id="s32-court-records-absolute",
    ),
    case(
        "Draft internal audit findings are withheld under section 33(2) of the FOIA, as disclosure would be likely "
        "to prejudice the exercise of the council's audit functions.\n",
        [(FOIA, "33(2)")],
        id="s33-audit-FOIA-abbreviation",
    ),
    case(
        "The document is exempt under section 34(1) of the Freedom of Information Act 2000 as withholding it is "
        "required for the purpose of avoiding an infringement of the privileges of the House of Commons. This "
        "exemption is absolute.\n",
        [(FOIA, "34(1)")],
        {(FOIA, "34(1)"): {"absolute": True}},
        id="s34-parliamentary-privilege",
    ),
    case(
        "The qualified person for the council, the Monitoring Officer, has given her reasonable opinion that "
        "disclosure of the draft minutes would be likely to inhibit the free and frank exchange of views for the "
        "purposes of deliberation. The information is therefore exempt under section 36(2)(b)(ii) of the Freedom "
        "of Information Act 2000. We have not relied on section 35, which applies only to government "
        "departments.\n",
        # Alaveteli #7845/#6303: s35 named in explanation (and expressly not relied on) is not applied.
        [(FOIA, "36(2)(b)(ii)")],
        {(FOIA, "36(2)(b)(ii)"): {"absolute": False}},
        id="s36-not-s35",
    ),
    case(
        "In particular, section 36(2)(b)(i) and (ii) and (c) provides that information is exempt from disclosure if, "
        "in the opinion of a qualified person, its disclosure would prejudice the free and frank provision of "
        "advice.\n",
        # "(c)" is a sibling of "(b)", not of "(ii)" (the Department of Health and Social Care)
        [(FOIA, "36(2)(b)(i)"), (FOIA, "36(2)(b)(ii)"), (FOIA, "36(2)(c)")],
        id="s36(2)(b)(i)-and-(ii)-and-(c)-siblings-by-kind",
    ),
    case(
        "Decision 154/2024: Appeal letters\n\nAuthority: Northby Health Board\n\nSummary\n\nThe Authority initially "
        "withheld the information requested on the basis that it was commercially sensitive.  The Authority, in its "
        "review response, revised its position and withheld the information on the basis that disclosure would, or "
        "would be likely to, prejudice substantially the effective conduct of public affairs.\n\nRelevant statutory "
        "provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) (General "
        "entitlement); 30(c) (Prejudice to the effective conduct of public affairs); 47(1) and (2) (Application for "
        "decision by Commissioner)\n\nBackground\n\n3. The Authority responded on 14 December 2023, withholding the "
        "information requested under the exemption in section 33(1)(b) (Commercial interests and the economy) of "
        "FOISA.\n",
        # The summary withholds for what 30(c) protects, the list gives its number; the prose cites only the first
        # reply's 33(1)(b) (the Scottish Information Commissioner on NHS National Services Scotland)
        [(FOISA, "33(1)(b)"), (FOISA, "30(c)")],
        id="a-decisions-listed-exemption-its-subject-withheld-in-the-summary",
    ),
    case(
        "Decision 110/2012: Northby University\n\nSummary\n\nThe University refused the request under section 14(2) "
        "of FOISA as repeated. The request concerned the conduct of public affairs in its court.\n\nRelevant statutory "
        "provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); "
        "14(2) (Vexatious or repeated requests); 30(c) (Prejudice to effective conduct of public affairs)\n",
        # the subject named in a sentence that withholds nothing: the list's 30(c) was only considered
        [(FOISA, "14(2)")],
        id="a-decisions-listed-exemption-its-subject-named-without-withholding",
    ),
    case(
        "- Has your organisation completed all of the government\u2019s \u201910 steps to cyber security\u2019?\n"
        "The Trust does hold this information. However we are holding it under section 31 (1) of the Freedom of "
        "Information Act 2000:\n",
        # "holding it under" a section is holding it back (University Hospitals Birmingham's log)
        [(FOIA, "31(1)")],
        id="holding-it-under-a-section-withholds",
    ),
    case(
        "Dear Mrs Smith\n\nIn relation to your request to see the consultation documents, again you have already seen "
        "this documentation.\n\nThe Council is under no duty to provide you with access to information you have "
        "already seen under section 14(2) of the Freedom of Information Act as this information has not changed.\n",
        # "under no duty" applies the section (Stockport Metropolitan Borough Council's email, copied on a blog)
        [(FOIA, "14(2)")],
        id="s14(2)-under-no-duty",
    ),
    case(
        "The Commissioner's decision is that North Yorkshire Police correctly applied section 42(L) of the FOIA to "
        "withhold the information. Section 42(1) provides that information in respect of which a claim to legal "
        "professional privilege could be maintained in legal proceedings is exempt information.\n",
        # a scan's "L" for the digit one, the same citation as the "42(1)" beside it (the Information Commissioner's
        # decision on North Yorkshire Police, read by OCR)
        [(FOIA, "42(1)")],
        id="s42(L)-scanned-for-42(1)",
    ),
    case(
        "Decision 125/2024: Fraud detection techniques\n\nAuthority: Scottish Environment Protection Agency\nCase "
        "Ref: 202200650\n\nSummary\n\nThe Applicant asked the Authority for details of the techniques it used to "
        "detect fraud. The Authority withheld the information requested as it considered disclosure would prejudice "
        "its ability to conduct criminal inquiries.\n\nRelevant statutory provisions\n\nFreedom of Information "
        "(Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) (General entitlement); 2(1) (Effect of exemptions); "
        "39(2) (Environmental information)\n\nThe Environmental Information (Scotland) Regulations 2004 (the EIRs) "
        "regulations 5(1) and 5(2) (Duty to make environmental information available on request); 10(1) and "
        "10(5)(b) (Exceptions from duty to make environmental information available); 16 (Review by a Scottish "
        "public authority)\n",
        # the exception after the duty of its own regulation, both printed whole, is no condition of the duty's (the
        # Scottish Information Commissioner on the Scottish Environment Protection Agency)
        [(EISR, "10(5)(b)")],
        id="listed-10(1)-and-10(5)(b)-the-exception-after-the-duty",
    ),
    case(
        "Relevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) "
        "(General entitlement); 2(1)(b) and (2)(e)(ii) (Effect of exemptions); 38(1)(b) and 38(2)(a)(i) (Personal "
        "information)\n",
        # a provision of the exemption before it is that one's condition, no exemption of its own
        [(FOISA, "38(1)(b)")],
        id="listed-38(1)(b)-and-38(2)(a)(i)-a-condition",
    ),
    case(
        "I have considered the application of exemptions at section 40(2) of the Freedom of Information Act, which "
        "relates to personal information; section 31(1)(a)(b) and (c), which relates to the prevention or detection "
        "of crime, the apprehension and prosecution of offenders and the operation of the immigration controls.\n",
        # "(c)" stands beside the run "(a)(b)", kept as printed, not inside its "(a)" (the Home Office's internal
        # review)
        [(FOIA, "40(2)"), (FOIA, "31(1)(a)(b)"), (FOIA, "31(1)(c)")],
        id="s31(1)(a)(b)-and-(c)-a-sibling-of-the-run",
    ),
    case(
        "We hold information relating to feedback on the application, but it is being withheld because the following "
        "exemption(s) apply to this information: section(s) 36(2) (b)\nand (c) of the Act.\n",
        # a form's "section(s)" (the Education and Skills Funding Agency on WhatDoTheyKnow)
        [(FOIA, "36(2)(b)"), (FOIA, "36(2)(c)")],
        id="a-forms-section(s)-keyword",
    ),
    case(
        "Some records are exempt under section 31(1)(h) and (i) of the Freedom of Information Act 2000.\n",
        # "(i)" after "(h)" is the next letter, not a roman numeral under (h)
        [(FOIA, "31(1)(h)"), (FOIA, "31(1)(i)")],
        id="s31(1)(h)-and-(i)-letters",
    ),
    case(
        "Correspondence about the nomination is exempt under section 37(1)(b) of the Freedom of Information Act "
        "2000 (the conferring by the Crown of any honour or dignity).\n",
        [(FOIA, "37(1)(b)")],
        id="s37-honours",
    ),
    case(
        "The names and locations of the refuges are withheld under section 38(1)(a) and (b) of the Freedom of "
        "Information Act 2000 (health and safety), as disclosure would be likely to endanger the physical and "
        "mental health and the safety of residents and staff.\n",
        [(FOIA, "38(1)(a)"), (FOIA, "38(1)(b)")],
        {(FOIA, "38(1)(a)"): {"absolute": False}, (FOIA, "38(1)(b)"): {"absolute": False}},
        id="s38(1)(a)-and-(b)-split",
    ),
    case(
        "The names of the officers involved are the personal data of third parties. This information is withheld "
        "under s.40(2) of the Freedom of Information Act 2000, because disclosure would breach the first data "
        "protection principle. This is an absolute exemption and is not subject to the public interest test.\n",
        # "not subject to the public interest test" is stated: the test was not applied (False, not None).
        [(FOIA, "40(2)")],
        {(FOIA, "40(2)"): {"absolute": True, "public_interest_test": False, "public_interest_result": None}},
        id="s.40(2)-absolute-no-pit",
    ),
    case(
        "Q1: Number of applicants - 46\n"
        "Q2: Number of appointments - 3\n"
        "Q3: Names of staff on the panel - Withheld (s40(2) FOIA - personal information)\n",
        [(FOIA, "40(2)")],
        {(FOIA, "40(2)"): {"applies_to": ["3"]}},
        id="s40(2)-compact-spelling",
    ),
    case(
        "Part of your request asks for the case notes written about you by the housing team. This is your own "
        "personal data and is exempt from disclosure under the Freedom of Information Act by virtue of section "
        "40(1). We have instead passed this part of your request to our Data Protection team to be handled as a "
        "subject access request under the Data Protection Act 2018.\n",
        [(FOIA, "40(1)")],
        {(FOIA, "40(1)"): {"absolute": True}},
        id="s40(1)-own-personal-data",
    ),
    case(
        "By virtue of section 40(5) of the Freedom of Information Act 2000, the council is not required to confirm "
        "or deny whether it holds any information about complaints against the named officer, as to do so would "
        "itself disclose personal data of a third party. The council can therefore neither confirm nor deny "
        "whether the information is held.\n",
        [(FOIA, "40(5)")],
        {(FOIA, "40(5)"): {"kind": "ncnd"}},
        id="s40(5)-neither-confirm-nor-deny",
    ),
    case(
        "The report was provided to the council by the care provider in confidence, and its disclosure would "
        "constitute an actionable breach of confidence. It is therefore exempt under section 41(1) of the Freedom "
        "of Information Act 2000. Section 41 is an absolute exemption.\n",
        [(FOIA, "41(1)")],
        {(FOIA, "41(1)"): {"absolute": True}},
        id="s41-confidence-absolute",
    ),
    case(
        "The legal advice you requested is subject to legal professional privilege and is exempt under section "
        "42(1) of the Freedom of Information Act 2000. This is a qualified exemption. We recognise the public "
        "interest in transparency about the council's decision, but there is a strong inherent public interest in "
        "protecting the confidentiality of communications between lawyers and their clients. We have concluded "
        "that the public interest in maintaining the exemption outweighs the public interest in disclosure.\n",
        [(FOIA, "42(1)")],
        {(FOIA, "42(1)"): {"absolute": False, **MAINTAIN}},
        id="s42-lpp-public-interest-maintained",
    ),
    case(
        "Pricing information in the tender submissions is withheld under Section 43 (2) of the Freedom of "
        "Information Act 2000 (commercial interests).\n",
        [(FOIA, "43(2)")],
        {(FOIA, "43(2)"): {"absolute": False}},
        id="s43-space-before-subsection",
    ),
    case(
        "Dear Mr Lowe,\n\n"
        "We are withholding the bid evaluation scores under section 43 of the Freedom of Information Act "
        "(commercial interests).\n",
        # LABELLING: "If the text says only 'section 40' keep 40" - the same for 43.
        [(FOIA, "43")],
        id="s43-without-subsection",
    ),
    case(
        "We consider that section 43(2) of the Freedom of Information Act 2000 is engaged, because the contract "
        "value could be of use to competitors. However, the contract ended in 2021 and, having weighed the "
        "arguments, we have concluded that the public interest in disclosure outweighs the public interest in "
        "maintaining the exemption. The total contract value was £1,240,000.\n",
        # The exemption is cited as engaged, so it is recorded; the stated result is disclosure.
        [(FOIA, "43(2)")],
        {(FOIA, "43(2)"): {"public_interest_test": True, "public_interest_result": "disclose"}},
        id="s43-public-interest-favours-disclosure",
    ),
    case(
        "The information you have requested was obtained by the council in the course of a tax investigation. Its "
        "disclosure is prohibited by section 18 of the Commissioners for Revenue and Customs Act 2005 and it is "
        "therefore exempt under section 44(1)(a) of the Freedom of Information Act 2000 (prohibitions on "
        "disclosure).\n",
        # section 18 belongs to another Act.
        [(FOIA, "44(1)(a)")],
        {(FOIA, "44(1)(a)"): {"absolute": True}},
        id="s44-prohibition-other-act-not-counted",
    ),
    # ------------------------------------------------------------------ neither confirm nor deny
    case(
        "West Anglia Police can neither confirm nor deny that it holds any information relevant to your request by "
        "virtue of the following exemptions:\n\n"
        "Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
        "Section 24(2) - National security\n\n"
        "Section 23 is a class-based absolute exemption and there is no requirement to consider the public "
        "interest. Section 24 is a prejudice-based qualified exemption and the public interest test is set out "
        "below.\n",
        [(FOIA, "23(5)"), (FOIA, "24(2)")],
        {(FOIA, "23(5)"): {"kind": "ncnd", "absolute": True}, (FOIA, "24(2)"): {"kind": "ncnd", "absolute": False}},
        id="ncnd-23(5)-24(2)",
    ),
    case(
        "In accordance with the Freedom of Information Act 2000, this letter serves as a refusal notice. Northshire "
        "Constabulary neither confirms nor denies that it holds any other information relevant to question 6 by "
        "virtue of the following exemptions:\n\n"
        "Section 23(5) Information relating to security bodies\n"
        "Section 24(2) National security\n"
        "Section 30(3) Investigations\n"
        "Section 31(3) Law enforcement\n",
        [(FOIA, "23(5)"), (FOIA, "24(2)"), (FOIA, "30(3)"), (FOIA, "31(3)")],
        {
            (FOIA, "23(5)"): {"kind": "ncnd"},
            (FOIA, "24(2)"): {"kind": "ncnd"},
            (FOIA, "30(3)"): {"kind": "ncnd"},
            (FOIA, "31(3)"): {"kind": "ncnd"},
        },
        id="ncnd-police-list",
    ),
    case(
        "Westshire Police can neither confirm nor deny that it holds any information pertinent to this request as "
        "the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply by virtue of the "
        "following exemptions: Section 40(5) Personal Information Section 30(3) Investigations\n",
        # The police formula on one line (a PDF letter read flat): "does not apply by virtue of" applies them.
        [(FOIA, "40(5)"), (FOIA, "30(3)")],
        {(FOIA, "40(5)"): {"kind": "ncnd"}, (FOIA, "30(3)"): {"kind": "ncnd"}},
        id="ncnd-duty-does-not-apply-by-virtue-of",
    ),
    case(
        "Section 12 of the Freedom of Information Act does not apply, as your request was handled under the "
        "Environmental Information Regulations.\n",
        # Not applied, whatever follows the comma.
        [],
        id="section-does-not-apply-as-handled-under-the-eir",
    ),
    case(
        "Relevant provisions: the Environmental Information (Scotland) Regulations 2004 (the EIRs).\n\nBackground\n\n"
        "2. Northshire Estates responded on 10 August 2017. It considered the request was manifestly "
        "unreasonable in terms of regulation 10(4)(b) of the EIRs.\n",
        # The exception's own words apply it (a Scottish Information Commissioner decision on Crown Estate Scotland).
        [(EISR, "10(4)(b)")],
        id="eisr-10(4)(b)-applied-as-manifestly-unreasonable",
    ),
    case(
        "Response\n\n1. The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure "
        "under Regulation 12(5(b) of the Environmental Information Regulations.\n",
        # A bracket left open before the next (Dover District Council's log).
        [(EIR, "12(5)(b)")],
        id="eir-12(5(b)-with-a-bracket-left-open",
    ),
    case(
        "FOI reference: 22/153\n\nInformation requested\n\nFor my research I want to analyze why some FOI requests "
        "were rejected, and why some would exceed the 'cost limit' (under s.12 of the Freedom of Information Act "
        "(2000)).\n\n1. How many requests were refused in the last 5 years?\n",
        # A request on a disclosure log with no greeting to mark it (the Scottish Qualifications Authority).
        [],
        id="a-log-request-in-the-requesters-words-with-no-greeting",
    ),
    case(
        "FOI reference: 23/481\n\nInformation requested\n\nCan you tell me how many requests were refused as vexatious "
        "under section 14(1) in 2023?\n\nResponse\n\nWe refused 12 requests.\n",
        # The requester's voice of patterns/answers.yaml ("can you tell") marks a request as the questions read it.
        [],
        id="a-log-request-asking-can-you-tell-me",
    ),
    case(
        "FOI reference: 23/481\n\nInformation requested\n\nI'd like to know how many requests were refused as "
        "vexatious under section 14(1) in 2023.\n\nResponse\n\nWe refused 12 requests.\n",
        [],
        id="a-log-request-saying-i-would-like",
    ),
    # ------------------------------------------------------------------ applied vs merely mentioned, dedup
    case(
        "This letter constitutes a refusal notice under section 17(1) of the Freedom of Information Act 2000. The "
        "unit prices in the contract are exempt under section 43(2), as their release would be likely to prejudice "
        "the commercial interests of the supplier.\n",
        [(FOIA, "43(2)")],
        id="s17-refusal-notice-is-procedure",
    ),
    case(
        "1. Names of the interview panel: withheld under section 40(2).\n"
        "2. Names of the unsuccessful candidates: withheld under section 40(2).\n"
        "3. Scores awarded to each candidate: withheld under section 40(2) of the Freedom of Information Act 2000, "
        "as the candidates could be identified.\n",
        [(FOIA, "40(2)")],
        {(FOIA, "40(2)"): {"applies_to": ["1", "2", "3"]}},
        id="same-section-three-times-once",
    ),
    case(
        "6. Where the team that supports the software operates\n\n"
        "Response for both Adult's and Children's Social Care:\n\n"
        "Within the ICT service, with system administrators in each directorate.\n\n"
        "7. What the annual cost for support and maintenance is for the software\n\n"
        "Response for both Adult's and Children's Social Care:\n\n"
        "The council holds this information, but it is withheld under Section 43(2) of the Freedom of Information "
        "Act 2000 because its release would be likely to prejudice the commercial interests of the council and the "
        "supplier. Please see Appendix 1 for details of this exemption.\n\n"
        "Section 43(2) is a qualified exemption. We have considered the public interest arguments for and against "
        "disclosure and consider that the public interest in maintaining the exemption outweighs the public "
        "interest in disclosure.\n\n"
        "Appendix 1\n\n"
        "Section 43 - Commercial interests.\n"
        "(1) Information is exempt information if it constitutes a trade secret.\n"
        "(2) Information is exempt information if its disclosure under this Act would, or would be likely to, "
        "prejudice the commercial interests of any person (including the public authority holding it).\n"
        "(3) The duty to confirm or deny does not arise if, or to the extent that, compliance with section 1(1)(a) "
        "would, or would be likely to, prejudice the interests mentioned in subsection (2).\n",
        # The appendix quoting the Act is the same exemption, once (issue 3; the seed's Appendix 1).
        [(FOIA, "43(2)")],
        {(FOIA, "43(2)"): {"kind": "exemption", "absolute": False, "applies_to": ["7"], **MAINTAIN}},
        id="appendix-quoting-the-act-counted-once",
    ),
    case(
        "Dear Eastvale Borough Council,\n\n"
        "Please send me the staff structure chart for the planning department. If you think section 43 applies to "
        "any part of it, please redact that part rather than refusing the whole request.\n\n"
        "Yours faithfully,\nP. Shah\n\n"
        "Dear P. Shah,\n\n"
        "Please find the structure chart attached. The names of staff below Head of Service level have been "
        "removed under section 40(2) of the Freedom of Information Act 2000.\n\n"
        "Information Governance Team\nEastvale Borough Council\n",
        # Only the authority's reply applies exemptions; the requester's "section 43" is not one.
        [(FOIA, "40(2)")],
        id="requester-mentions-s43-authority-applies-s40(2)",
    ),
    case(
        "Internal review - FOI 2024/1187\n\n"
        "I have now completed the internal review you requested on 3 June. I have considered the original decision "
        "afresh, and I am satisfied that the council correctly refused your request as vexatious under section "
        "14(1) of the Freedom of Information Act 2000. I therefore uphold the original decision.\n",
        [(FOIA, "14(1)")],
        {(FOIA, "14(1)"): {"kind": "vexatious"}},
        id="internal-review-upholds-s14(1)",
    ),
    case(
        "Decision notice\nReference: IC-281734-Q7R2\n\n"
        "The complainant requested legal advice the council had obtained about a disputed right of way. The "
        "council refused the request, citing section 42(1) of FOIA (legal professional privilege).\n\n"
        "The Commissioner's decision is that the council was entitled to rely on section 42(1) to withhold the "
        "information. The Commissioner does not require any steps to be taken.\n\n"
        "Either party has the right to appeal against this decision notice to the First-tier Tribunal "
        "(Information Rights). Information about the appeals process is available under section 57 of the Act.\n",
        [(FOIA, "42(1)")],
        id="ico-decision-notice-upholds-s42(1)",
    ),
    # ------------------------------------------------------------------ EIR
    case(
        "As your request is for environmental information, it has been handled under the Environmental Information "
        "Regulations 2004 (EIR). Section 12 of the Freedom of Information Act does not apply to requests under the "
        "EIR. However, we estimate that answering your request would take over 40 hours, and we consider it "
        "manifestly unreasonable under regulation 12(4)(b). Having applied the public interest test, we consider "
        "that the public interest in maintaining the exception outweighs the public interest in disclosure.\n",
        # FOIA section 12 is said NOT to apply: only the EIR exception is recorded.
        [(EIR, "12(4)(b)")],
        {(EIR, "12(4)(b)"): {"kind": "exception", **MAINTAIN}},
        id="eir-12(4)(b)-instead-of-s12",
    ),
    case(
        "Rates in the waste collection contract are withheld under Reg. 12(5)(e) of the EIR (confidentiality of "
        "commercial or industrial information). The exception is subject to the public interest test, and we "
        "consider that the public interest in maintaining the exception outweighs the public interest in "
        "disclosure.\n",
        [(EIR, "12(5)(e)")],
        {(EIR, "12(5)(e)"): {"kind": "exception", "absolute": False, **MAINTAIN}},
        id="eir-Reg.-12(5)(e)-abbreviated",
    ),
    case(
        "The names of the residents who objected to the planning application are personal data and are withheld "
        "under regulation 13 of the Environmental Information Regulations 2004.\n",
        [(EIR, "13")],
        {(EIR, "13"): {"kind": "exception"}},
        id="eir-regulation-13-personal-data",
    ),
    case(
        "The council does not hold any air quality monitoring data for Station Road before 2019. This letter "
        "therefore serves as a refusal notice under the Environmental Information Regulations 2004, applying the "
        "exception at regulation 12(4)(a) (information not held).\n",
        [(EIR, "12(4)(a)")],
        # An exception that says the information is not held, not that it is withheld.
        {(EIR, "12(4)(a)"): {"kind": "not_held"}},
        id="eir-12(4)(a)-not-held",
    ),
    case(
        "The internal emails between planning officers are withheld under regulation 12(4)(e) (internal "
        "communications), and the legal advice from counsel under regulation 12(5)(b) (the course of justice), of "
        "the Environmental Information Regulations 2004.\n",
        [(EIR, "12(4)(e)"), (EIR, "12(5)(b)")],
        id="eir-12(4)(e)-and-12(5)(b)",
    ),
    case(
        "The information you requested about the landfill site is environmental information, so it is exempt "
        "under section 39 of the Freedom of Information Act 2000 and we have dealt with your request under the "
        "Environmental Information Regulations 2004. The operator's prices are withheld under regulation 12(5)(e) "
        "of those Regulations.\n",
        [(EIR, "12(5)(e)"), (FOIA, "39")],
        id="s39-and-eir-12(5)(e)",
    ),
    case(
        "Parts of your request concern the council's planning decisions and are environmental information, which "
        "we have considered under the Environmental Information Regulations 2004. The remainder has been "
        "considered under the Freedom of Information Act 2000.\n\n"
        "Question 1: The developer's viability assessment is withheld under regulation 12(5)(e) of the EIR.\n"
        "Question 2: The names of the officers' line managers are withheld under section 40(2) of the FOIA.\n",
        [(EIR, "12(5)(e)"), (FOIA, "40(2)")],
        {(EIR, "12(5)(e)"): {"applies_to": ["1"]}, (FOIA, "40(2)"): {"applies_to": ["2"]}},
        id="mixed-eir-and-foia",
    ),
    # ------------------------------------------------------------------ FOISA
    case(
        "Under the Freedom of Information (Scotland) Act 2002, the names of the junior staff involved are withheld "
        "under section 38(1)(b) of FOISA, as their disclosure would contravene the data protection principles.\n",
        [(FOISA, "38(1)(b)")],
        id="foisa-38(1)(b)",
    ),
    case(
        "Some of the information is exempt under section 30(b)(i) (free and frank provision of advice) and section "
        "30(c) (effective conduct of public affairs) of the Freedom of Information (Scotland) Act 2002. We have "
        "applied the public interest test and concluded that the public interest in maintaining these exemptions "
        "outweighs that in disclosure.\n",
        [(FOISA, "30(b)(i)"), (FOISA, "30(c)")],
        {(FOISA, "30(b)(i)"): MAINTAIN, (FOISA, "30(c)"): MAINTAIN},
        id="foisa-30(b)(i)-and-30(c)",
    ),
    case(
        "The Council's Annual Procurement Report is published on our website, so the information is otherwise "
        "accessible to you and exempt under section 25(1) of the Freedom of Information (Scotland) Act 2002. You "
        "can find it here: https://www.glenmuir.gov.uk/procurement\n",
        [(FOISA, "25(1)")],
        {(FOISA, "25(1)"): {"absolute": True}},
        id="foisa-25-otherwise-accessible",
    ),
    case(
        "Section 12(1) of the Freedom of Information (Scotland) Act 2002 provides that an authority is not obliged "
        "to comply with a request where the cost of doing so would exceed £600. We estimate the cost of searching "
        "3,000 case files at £4,150, so we are unable to comply with your request.\n",
        [(FOISA, "12(1)")],
        {(FOISA, "12(1)"): {"kind": "cost_limit"}},
        id="foisa-12(1)-cost-600",
    ),
    case(
        "The Council considers that your request is vexatious within the meaning of section 14(1) of FOISA, and is "
        "therefore not obliged to comply with it.\n",
        [(FOISA, "14(1)")],
        {(FOISA, "14(1)"): {"kind": "vexatious"}},
        id="foisa-14(1)-vexatious",
    ),
    case(
        "Police Scotland can neither confirm nor deny whether it holds the information you have requested. Section "
        "18(1) of the Freedom of Information (Scotland) Act 2002 applies because, if the information existed and "
        "were held, it would be exempt under section 35(1)(a) (law enforcement), and revealing whether it exists "
        "would be contrary to the public interest.\n",
        # FOISA s18(1) is Scotland's neither-confirm-nor-deny provision (LABELLING: NCND provisions count).
        [(FOISA, "18(1)"), (FOISA, "35(1)(a)")],
        {(FOISA, "18(1)"): {"kind": "ncnd"}},
        id="foisa-18(1)-ncnd",
    ),
    case(
        "In terms of section 17 of the Freedom of Information (Scotland) Act 2002, I must give you notice that the "
        "Council does not hold the information you requested. The figures are not recorded centrally.\n",
        # LABELLING: FOISA section 17 (notice that information is not held) is not an exemption.
        [],
        id="negative-foisa-s17-not-held-notice",
    ),
    case(
        # An ICO decision on ECGD: bare numbers at the end of a list of sections, a comma and the stop after them.
        "ECGD refused to disclose the information relying on sections 27(1)(a), 36(2)(b)(i) and (ii), 36(2)(c), 41, "
        "and 43. The Commissioner found that ECGD was correct to withhold the information.\n",
        [
            (FOIA, "27(1)(a)"),
            (FOIA, "36(2)(b)(i)"),
            (FOIA, "36(2)(b)(ii)"),
            (FOIA, "36(2)(c)"),
            (FOIA, "41"),
            (FOIA, "43"),
        ],
        id="bare-numbers-ending-a-list-of-sections",
    ),
    case(
        # The West Yorkshire Police and Crime Commissioner: 31(2) is the subsection 31(1)(g) applies through.
        "We consider that exemptions apply as follows:-\n\nSection 40(2)(b)- Personal Information\nSection 31(1)(g) "
        "by virtue of S31(2) - Law Enforcement\n",
        [(FOIA, "40(2)(b)"), (FOIA, "31(1)(g)")],
        id="the-subsection-a-section-applies-by-virtue-of-is-not-applied-alone",
    ),
    case(
        # The ICO's decision on Royal Holloway, University of London: a refusal to confirm or deny rests on the
        # exemption it names, which is applied too
        "The complainant has requested information about its planning for a no-deal Brexit. The university refused to "
        "confirm or deny whether it held the requested information under section 43(3) by virtue of section 43(2) - "
        "the exemption for commercial interests.\n",
        [(FOIA, "43(3)"), (FOIA, "43(2)")],
        id="neither-confirm-nor-deny-by-virtue-of-the-exemption-it-rests-on",
    ),
    # ------------------------------------------------------------------ EISR
    case(
        "Your request has been handled under the Environmental Information (Scotland) Regulations 2004. The "
        "Council does not hold the flood modelling data you asked for, and so applies the exception in regulation "
        "10(4)(a) of the EISRs (information not held).\n",
        [(EISR, "10(4)(a)")],
        {(EISR, "10(4)(a)"): {"kind": "not_held"}},
        id="eisr-10(4)(a)",
    ),
    case(
        "The tender prices are withheld under regulation 10(5)(e) of the Environmental Information (Scotland) "
        "Regulations 2004, and the names of individual contractors' staff under regulation 11(2) (personal "
        "data).\n",
        [(EISR, "10(5)(e)"), (EISR, "11(2)")],
        id="eisr-10(5)(e)-and-11(2)",
    ),
    case(
        # NatureScot, to a request made under the "Freedom of Information Act (Scotland) Act": the EIRs of a
        # reply under the Scottish Act are the Scottish regulations, numbered 10(4)(b) (England's is 12(4)(b)).
        "I am applying under the Freedom of Information Act (Scotland) Act for the maps.\nOur Response\nThe "
        "public interest in us being able to deliver our function outweighs the public interest in release. I "
        "therefore need to advise you that we are applying EIRs Regulation 10(4)(b) to your request on this "
        "occasion.\n",
        [(EISR, "10(4)(b)")],
        id="eisr-10(4)(b)-as-eirs-beside-the-scottish-act",
    ),
    # ------------------------------------------------------------------ negatives: duties and procedure
    case(
        "Under section 16 of the Freedom of Information Act 2000 we have a duty to provide advice and assistance. "
        "If you would like help refining your request, please contact the FOI team.\n",
        [],
        id="negative-s16-advice-and-assistance",
    ),
    case(
        "Under section 1(1) of the Freedom of Information Act 2000 you have the right to be told whether the "
        "council holds the information you have requested and, if so, to have it communicated to you. We can "
        "confirm that the information is held and it is attached.\n",
        [],
        id="negative-s1(1)-right-to-know",
    ),
    case(
        "We aim to respond to your request promptly and in any event within 20 working days as required by "
        "section 10 of the Freedom of Information Act 2000.\n",
        [],
        id="negative-s10-twenty-working-days",
    ),
    case(
        "Your request meets the requirements of section 8 of the Freedom of Information Act 2000. You have asked "
        "for the information in electronic form, and we will comply with that preference as required by section "
        "11.\n",
        [],
        id="negative-s8-and-s11",
    ),
    case(
        "We have handled your request in line with the Section 45 Code of Practice issued by the Cabinet Office, "
        "which sets out good practice for public authorities.\n",
        [],
        id="negative-s45-code-of-practice",
    ),
    case(
        "If you remain dissatisfied after the internal review, you may apply to the Information Commissioner for a "
        "decision under section 50 of the Freedom of Information Act 2000. The Commissioner's address is: "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.\n",
        [],
        id="negative-s50-ico-complaint",
    ),
    case(
        "Please be aware that it is a criminal offence under section 77 of the Freedom of Information Act 2000 to "
        "alter, deface, block, erase, destroy or conceal any record with the intention of preventing its "
        "disclosure.\n",
        [],
        id="negative-s77-offence",
    ),
    case(
        "The Commissioner's decision is that the council breached section 10(1) of FOIA by failing to respond to "
        "the request within 20 working days. As the council has now provided a response, no further steps are "
        "required. The Commissioner also finds a breach of section 17(1) in relation to the late refusal notice.\n",
        [],
        id="negative-decision-notice-procedural-breaches-only",
    ),
    case(
        "If you are unhappy with this response, you may ask us to carry out an internal review by writing to the "
        "Head of Legal Services within 40 working days, as set out in section 20 of the Freedom of Information "
        "(Scotland) Act 2002. If you are not satisfied with the result of the review, you then have the right to "
        "make a formal complaint to the Scottish Information Commissioner under section 47.\n",
        [],
        id="negative-foisa-review-and-appeal-sections",
    ),
    case(
        "About exemptions\n\n"
        "The Freedom of Information Act 2000 contains a number of exemptions that allow public authorities to "
        "withhold information. For example, section 40 covers personal information and section 43 covers "
        "commercial interests. Where an exemption is applied, we will tell you which one and why.\n",
        # Generic guidance explaining exemptions is not applying them (issue 3; Alaveteli #6303).
        [],
        id="negative-generic-guidance-paragraph",
    ),
    case(
        "Our ref: FOI 43/2024\nYour ref: S40-2\n\nDear Mrs Ahmed,\n\n"
        "Thank you for your request. Please find the requested information attached.\n",
        [],
        id="negative-reference-numbers",
    ),
    # ------------------------------------------------------------------ negatives: the requester, WhatDoTheyKnow
    case(
        "Dear Northby Borough Council,\n\n"
        "Under the Freedom of Information Act 2000, please provide the current contract for your leisure centre "
        "operator, including the annual management fee.\n\n"
        "If you think section 43 applies to the fee, please redact it rather than refusing the whole contract, and "
        "tell me which subsection you are relying on.\n\n"
        "Yours faithfully,\nChris Dale\n\n"
        "-------------------------------------------------------------------\n"
        "Please use this email address for all replies to this request:\n"
        "foi+request-987654-0f1e2d3c@whatdotheyknow.com\n",
        [],
        id="negative-requester-mentions-s43",
    ),
    case(
        "Leisure centre contract\n\n"
        "The request was refused by Northby Borough Council.\n\n"
        "Chris Dale made this Freedom of Information request to Northby Borough Council\n\n"
        "This request has been closed to new responses. Contact us if you think it should be reopened.\n\n"
        "Chris Dale left an annotation (4 June 2024)\n"
        "The council has applied section 43 to the fee. I will ask for an internal review.\n\n"
        "Things to do with this request\n"
        "Request an internal review\n"
        "Download a zip file of all correspondence\n",
        # WhatDoTheyKnow page furniture and a requester's annotation: no authority text applies anything.
        [],
        id="negative-wdtk-page-and-annotation",
    ),
    # ------------------------------------------------------------------ negatives: sections of other Acts
    case(
        "Please note that it is an offence under section 170 of the Data Protection Act 2018 to knowingly or "
        "recklessly obtain or disclose personal data without the consent of the controller.\n",
        [],
        id="negative-dpa-2018-s170",
    ),
    case(
        "1. How much Section 106 funding did the council receive in 2023/24?\n"
        "£3.4 million was received under Section 106 agreements.\n"
        "2. How much of this has been spent on affordable housing?\n£1.1 million.\n",
        [],
        id="negative-planning-s106-agreement",
    ),
    case(
        "The council supported 2,140 children in need under Section 17 of the Children Act 1989 during 2023/24, "
        "and 312 families received financial assistance under section 17(6).\n",
        [],
        id="negative-children-act-s17",
    ),
    case(
        "We are unable to confirm or deny whether we have received any complaints about the firm. Our approach is "
        "informed by the Legal Profession and Legal Aid (Scotland) Act 2007. The practical effect of section 43 of the "
        "2007 Act is that we cannot discuss any complaint.\n",
        [],
        id="negative-another-act-by-its-year",
    ),
    case(
        "We cannot provide the advice, which is exempt under section 30(b)(i) of the 2002 Act.\n",
        [("FOISA", "30(b)(i)")],
        id="foisa-by-its-year",
    ),
    case(
        # An ICO decision summary on Surrey Police: two of the list's names unbracketed, in lower case
        "Summary: The complainant requested information on anthrax or white powder hoaxes utilising the postal "
        "system in 2003. Northby Police neither confirmed nor denied that this information was held citing the "
        "exemptions at sections 23(5) (information supplied by security bodies), 24(2) (national security), 27(4) "
        "(international relations), 30(3) criminal investigations, 31(1) (law enforcement) and 38(2) public safety.\n",
        [
            ("FOIA", "23(5)"),
            ("FOIA", "24(2)"),
            ("FOIA", "27(4)"),
            ("FOIA", "30(3)"),
            ("FOIA", "31(1)"),
            ("FOIA", "38(2)"),
        ],
        id="a-list-with-names-unbracketed",
    ),
    case(
        "We have applied section 40(2) where the figures are low, and 12 people were identified.\n",
        # (a figure after a comma and words is no section of the list)
        [("FOIA", "40(2)")],
        id="negative-a-figure-after-words-and-a-comma",
    ),
    case(
        # The ICO's decision on the University of Sussex: a bare number after a singular "section", the Act named after
        "Initially, the university applied section 22 of the FOIA. However, it later changed its position and "
        "published certain sections of the contract but withheld other sections under section 41 and 43 of the FOIA.\n",
        [("FOIA", "22"), ("FOIA", "41"), ("FOIA", "43")],
        id="a-singular-section-and-a-bare-number-before-the-act",
    ),
    case(
        "The information is exempt under section 12 and 3 of the documents are published under the Act.\n",
        # (not a count after the section, the Act named further on)
        [("FOIA", "12")],
        id="negative-a-count-after-a-singular-section",
    ),
    case(
        # The Insolvency Service's refusal: the subsections of a section cited above, a bullet each with its purpose
        "I can neither confirm nor deny whether the agency holds the information that you have requested pursuant to "
        "sections 31(3) and 43(3) of FOIA and your request is therefore refused.\n\nSection 31 - Law enforcement\n\n"
        "Section 31(3) provides that the duty to confirm or deny does not arise where to do so would be likely to "
        "prejudice any of the matters specified in section 31(1) of FOIA. In this case, confirming or denying whether "
        "any information is held would be likely to prejudice:\n\n  \u2022 31(1)(a) - the prevention or detection of "
        "crime\n  \u2022 31(1)(b) - the apprehension or prosecution of offenders\n",
        [("FOIA", "31(3)"), ("FOIA", "43(3)"), ("FOIA", "31(1)(a)"), ("FOIA", "31(1)(b)")],
        id="a-list-of-the-subsections-of-a-section-cited-above",
    ),
    case(
        "We have answered your questions below.\n\n  \u2022 31(1)(a) - 12 incidents\n  \u2022 40(2) - 3 complaints\n",
        # (not a list of figures whose labels look like sections, no section cited above)
        [],
        id="negative-subsection-shaped-labels-with-no-section-cited-above",
    ),
    case(
        "You will note that we have excluded details (name) of Officers below Tier 4 from the information provided.\n"
        "In addition the Council claims the exemption to disclosure under subsection 40 (2) which states that personal "
        "data is exempt.\n",
        # A subsection named so, its brackets after it (Cheshire West and Chester Council on WhatDoTheyKnow)
        [("FOIA", "40(2)")],
        id="a-subsection-named-so",
    ),
    case(
        "The subsection 3 of the report sets out the council's approach.\n",
        # (a subsection of something else, no brackets)
        [],
        id="negative-a-reports-subsection",
    ),
    case(
        # the Scottish Information Commissioner's Decision 110/2012: the purposes of 35(1)(g), spelt as siblings of a
        # sibling, are no exemptions of their own
        "Decision 110/2012 Ms A and Northby Council\nRelevant statutory provisions\n\nFreedom of Information (Scotland) "
        "Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); 2(1)(b) (Effect of exemptions); 35(1)(g) and "
        "(2)(a), (b) and (c) (Law enforcement)\n\nBackground\n",
        [("FOISA", "35(1)(g)")],
        id="the-purposes-a-decisions-provisions-list-spells-as-siblings",
    ),
    case(
        "On 31 March 2024, 96 children were looked after under Section 20 accommodation (voluntary arrangements), "
        "and 403 were subject to care orders.\n",
        [],
        id="negative-children-act-s20-accommodation",
    ),
    case(
        "During 2023/24 the council completed 1,880 section 47 enquiries. 154 children became subject to section "
        "31 care orders, and 61 to interim care orders under section 38 of the Children Act 1989.\n",
        [],
        id="negative-children-act-s47-s31-s38",
    ),
    case(
        "The council and the ICB jointly fund section 117 aftercare for 268 people. Section 117 of the Mental "
        "Health Act 1983 places a duty on both bodies to provide aftercare services.\n",
        [],
        id="negative-mental-health-act-s117",
    ),
    case(
        "Question 2: How many times was the section 136 suite at Northshire General Hospital unavailable in 2023?\n"
        "Response: The suite was unavailable on 41 occasions.\n",
        [],
        id="negative-mental-health-act-s136-suite",
    ),
    case(
        "The council served 14 notices under S.19 Housing Act 1985 during the period, and issued 22 improvement "
        "notices.\n",
        [],
        id="negative-S.19-housing-act",
    ),
    case(
        "1. How many households approached the council as homeless after being served a section 21 notice in "
        "2023/24?\n"
        "In 2023/24, 1,026 households approached the council after receiving a section 21 notice.\n",
        # "section 21 notice" is the Housing Act 1988 no-fault eviction, not FOIA s21.
        [],
        id="negative-housing-s21-notice",
    ),
    case(
        "The Better Care Fund is held in a pooled budget under a section 75 agreement between the council and the "
        "ICB. The pooled fund for 2023/24 was £48.2 million.\n",
        [],
        id="negative-nhs-act-s75-agreement",
    ),
    # ------------------------------------------------------------------ citations without a section keyword
    case(
        "Response\n\nCategory of response: Refusal\n\nExemption applied: FOISA 33 (1) (B)\n\n"
        "This email is in reply to your Freedom of Information request.\n",
        [(FOISA, "33(1)(b)")],
        id="the-act-names-the-section-in-a-disclosure-log",
    ),
    case(
        "We have redacted a small amount of personal data. Under the EIRs we have applied the following exemption "
        "11(2) - Personal Data. We are dealing with your request under the Environmental Information (Scotland "
        "Regulations 2004 (the EIRs), a bracket missing as printed.\n",
        [(EISR, "11(2)")],
        id="exemption-then-number-takes-the-regime-that-has-it",
    ),
    case(
        "We have considered your request under the Freedom of Information Act 2000 (FOIA) and the FOIA 2000 (c. "
        "36) applies.\n",
        [],
        id="negative-an-act-and-its-year-are-no-section",
    ),
    case(
        "The information is being withheld in reliance on the exemption at section 22 of the Act which covers "
        "information intended for future publication. Other payments are withheld under section 44 of the Act: "
        "section 145 of the Railways Act 1993 prohibits their disclosure.\n",
        [(FOIA, "22"), (FOIA, "44")],
        id="which-covers-beside-withheld-and-a-three-digit-section-of-another-act",
    ),
    case(
        "The Department withheld the information under section 35(1)(a) of FOIA. The Commissioner's decision is that "
        "the Department was entitled to rely on section 35(1) to withhold the information.\n",
        [(FOIA, "35(1)(a)")],
        id="a-subsection-beside-its-paragraph-keeps-the-paragraph",
    ),
    case(
        "Requests that ask a great many questions may make it necessary for Northby Police to refuse the requests "
        "wholly or in part. The exemption at s14 may be engaged\nif the burden of complying is too great.\n",
        [],
        id="negative-an-acknowledgements-warning-that-an-exemption-may-be-engaged-if",
    ),
    case(
        "We cannot provide the raw data as it is considered personal information. Section 39 of the Statistics and "
        "Registration Service Act 2007 (SRSA) renders it an offence to disclose "
        "information held by the Board. As we are prohibited by law from publishing it, we find that Section 44 of the "
        "Freedom of Information Act 2000 applies and the information is exempt.\n",
        [(FOIA, "44")],
        id="a-section-of-another-act-with-joining-words-in-its-name",
    ),
    case(
        "Decision 123/2024: Northby Council\n\nThe Commissioner found that the Council should have handled the "
        "request under the EIRs.\n\nRelevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 "
        "(FOISA) sections 1(1), (2) and (6) (General entitlement); 2(1)(b) (Effect of exemptions); 39(2) (Health, "
        "safety and the environment); 47(1) and (2) (Application for decision by Commissioner)\n",
        # The provisions a decision considered are listed, not applied (a Scottish Information Commissioner decision).
        [],
        id="a-decisions-list-of-relevant-statutory-provisions",
    ),
    case(
        "Decision 012/2026: Mr X and Northby Homes\n\nThe Commissioner found that the Authority had identified all "
        "information falling within the scope of the request.\nRelevant statutory provisions\nFreedom of Information "
        "(Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) (General entitlement); 2(1)(b) (Effect of exemptions); "
        "39(1) (Health, safety and the environment); 47(1) and (2) (Application for decision by Commissioner)\n"
        "The Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations 5(1) (Duty to make "
        "environmental information available on request); 10(1) and (5)(e) (Exceptions from duty to make "
        "environmental information available)\n",
        # Beside the EIRs' exceptions, section 39 is listed for its routing, though "39(1)" is printed (the Scottish
        # Information Commissioner on Wheatley Homes Glasgow)
        [(EISR, "10(5)(e)")],
        id="a-decisions-list-under-the-eirs-section-39-printed-39-1",
    ),
    case(
        "Decision 121/2012: Northby Charity Regulator\n\nThe Commissioner found that the Regulator was entitled to "
        "withhold the information under section 35(1)(g) of FOISA.\n\nRelevant statutory provisions\n\nFreedom of "
        "Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); 2(1)(b) (Effect of "
        "exemptions); 35(1)(g) (Law enforcement)\n\nCharities and Trustee Investment (Scotland) Act 2005 (CTISA) sections 23(1)(a) (Entitlement "
        "to information about charities); 28(1) - (4) (Inquiries about charities etc.)\n\nThe full text of each of "
        "the statutory provisions cited above is reproduced in the Appendix to this decision.\n",
        # The list runs on over a paragraph for each Act (the Scottish Information Commissioner's decision on the
        # Office of the Scottish Charity Regulator): another Act's sections are no exemptions.
        [(FOISA, "35(1)(g)")],
        id="a-decisions-list-of-provisions-a-paragraph-for-each-act",
    ),
    case(
        "Decision 067/2007\n\nCentral Northby Police refused the request, citing sections 35(1)(g) and 38(1)(b) of "
        "FOISA.\n\nRelevant Statutory Provisions and other SourcesFreedom of Information (Scotland) Act 2002 sections "
        "17(1) (Notice that information is not held); 35(1)(g), (2)(b) and (2)(d)(ii) (Law enforcement); 38(1)(b) and "
        "38(2)(a)(i) (Personal information).\n",
        # The heading glued to its list (the Scottish Information Commissioner's decision on Central Scotland Police,
        # as mirrored): the purposes and conditions it lists are no exemptions applied.
        [(FOISA, "35(1)(g)"), (FOISA, "38(1)(b)")],
        id="a-decisions-list-of-provisions-glued-to-its-heading",
    ),
    case(
        # The Scottish Information Commissioner's decision on the University of Glasgow: the heading of its later
        # decisions, the list naming section 12 that no one applied
        "Relevant Statutory Provisions and Other Sources\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections "
        "1(1) (General entitlement), 12 (Excessive cost of compliance), 14(2) (Vexatious or repeated requests)\n\nThe "
        "University refused the request under section 14(2) of FOISA.\n",
        [(FOISA, "14(2)")],
        id="a-decisions-list-of-provisions-and-other-sources",
    ),
    case(
        # The Scottish Information Commissioner on the Scottish Public Services Ombudsman: the summary names no section,
        # so the list of provisions says which exemption the authority relied on.
        "Decision 219/2025: Complaints/caseload information\nAuthority: Northby Ombudsman\nSummary\nThe Applicant "
        "asked the Authority for various information. The Authority stated that the information was exempt from "
        "disclosure. The Commissioner investigated and found that the information requested was exempt from "
        "disclosure.\nRelevant statutory provisions\nFreedom of Information (Scotland) Act 2002 (FOISA) sections "
        "1(1), (2) and (6) (General entitlement); 2(1)(a) and (2)(b) (Effect of exemptions); 26(a) (Prohibitions on "
        "disclosure); 47(1) and (2) (Application for decision by Commissioner).\nNorthby Ombudsman Act 2002 section 19 "
        "(Confidentiality of information).\nBackground\n",
        [(FOISA, "26(a)")],
        id="a-decisions-list-of-provisions-when-its-prose-names-no-section",
    ),
    case(
        # The Scottish Information Commissioner's Decision 016/2026 (the University of Aberdeen): "(2A)" and "(5)" after
        # "38(1)(b)" are subsections of 38, the definitions 38(2A) and 38(5), not paragraphs 38(1)(2A) and 38(1)(5)
        "Decision 016/2026: Details relating to an all-staff meeting\nAuthority: Northby University\nSummary\nThe "
        "Applicant asked the Authority for information relating to a specific all-staff meeting of the Authority. The "
        "Authority withheld the recording of the meeting.\nRelevant statutory provisions\nFreedom of Information "
        "(Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) (General entitlement); 2(1)(a) and (2)(e)(ii) (Effect "
        "of exemptions);  38(1)(b), (2A) and (5) (definitions of \u201cdata protection principles\u201d, \u201cdata "
        "subject\u201d, \u201dpersonal data\u201d and \u201cprocessing\u201d) and (5A) (Personal information); 39(1) "
        "(Health, safety and the environment); 47(1) and (2) (Application for decision by Commissioner).\nBackground\n",
        [(FOISA, "38(1)(b)"), (FOISA, "39(1)")],
        id="a-decisions-list-an-inserted-subsection-after-a-paragraph",
    ),
    case(
        # The Scottish Information Commissioner on West College Scotland: the prose cites section 25 bare, the list
        # gives its subsection
        "Decision 043/2014 Mr K and Northby College\nSummary\nOn 11 August 2013, Mr K asked Northby College (the "
        "College) for information regarding its handling of complaints. The College responded by referring Mr K to "
        "information available on its website.\nFollowing an investigation, the Commissioner was satisfied that the "
        "information was otherwise accessible to Mr K and therefore the College was entitled to rely on section 25 of "
        "FOISA.\n\nRelevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), "
        "(4) and (6) (General entitlement); 2(1)(a) and (2)(a)(Effect of exemptions); 25(1) (Information otherwise "
        "accessible)\n\nBackground\n",
        [(FOISA, "25(1)")],
        id="a-decisions-list-gives-the-subsection-of-a-section-its-prose-cites-bare",
    ),
    case(
        # The Scottish Information Commissioner on Transport Scotland: section 39(2) only sends the request to the
        # EIRs; the regulations' exception is a sibling of two brackets ("10(1) and (4)(a)").
        "Summary\nThe Applicant asked the Authority for a report. The Authority said it did not hold it.\n\nRelevant "
        "statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General "
        "entitlement); 2(1)(b) (Effect of exemptions); 39(2) (Health, safety and the environment)\n\nThe "
        "Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations 2(1) (paragraphs (a) and (c) of "
        'definition of "environmental information") (Interpretation); 5(1) and (2)(b) (Duty to make available '
        "environmental information on request); 10(1) and (4)(a) (Exceptions from duty to make environmental "
        "information available)\n\nThe full text of each of the statutory provisions cited above is reproduced in "
        "Appendix 1 to this decision.\n",
        [(EISR, "10(4)(a)")],
        id="a-decisions-list-of-provisions-an-exception-spelt-from-its-sibling",
    ),
    case(
        # The Scottish Information Commissioner on the Scottish Prison Service: a title with no space before it
        "Summary\nThe SPS stated that it would cost too much to respond to the first request.\n\nRelevant statutory "
        "provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), (4) and (6) (General "
        "entitlement); 12(1)(Excessive cost of compliance); 15 (Duty to provide advice and assistance)\n",
        [(FOISA, "12(1)")],
        id="a-decisions-list-of-provisions-a-title-glued-to-its-section",
    ),
    case(
        # The Scottish Information Commissioner's Decision 075/2007 on the Mental Welfare Commission for Scotland: an
        # early list, its provisions after the first joined by commas and "and", not semicolons
        "Relevant Statutory Provisions and Other Sources\n\nFreedom of Information (Scotland) Act 2002: sections 1(1) "
        "(General entitlement); 2(1) (Effect of exemptions), 30(b) (Prejudice to effective conduct of public affairs) "
        "and 36(1) (Confidentiality)\n\nThe full text of these provisions is set out in the Appendix to this "
        "decision.\n\nFacts\n\nMr Doherty asked the Commission for information. The Commission released some "
        "information to Mr Doherty.\n",
        [(FOISA, "30(b)"), (FOISA, "36(1)")],
        id="a-decisions-early-list-its-provisions-joined-by-commas",
    ),
    case(
        # The list alone (the decision on Central Scotland Police, its prose cut away): the purposes and conditions it
        # names after each exemption are no exemptions of their own.
        "Relevant Statutory Provisions and other Sources\n\nFreedom of Information (Scotland) Act 2002 sections 17(1) "
        "(Notice that information is not held); 35(1)(g), (2)(b) and (2)(d)(ii) (Law enforcement); 38(1)(b) and "
        "38(2)(a)(i) (Personal information).\n",
        [(FOISA, "35(1)(g)"), (FOISA, "38(1)(b)")],
        id="a-decisions-list-of-provisions-alone-purposes-and-conditions-left-out",
    ),
    case(
        "Relevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) (General "
        "entitlement)\n\nThe Council withheld the information under section 39(2) of FOISA.\n",
        # A paragraph that cites no Act ends the list.
        [(FOISA, "39(2)")],
        id="a-paragraph-after-the-list-of-provisions-still-counts",
    ),
    case(
        "Relevant statutory provisions\n\nThe Council is relying on section 39(2) of FOISA: the information is "
        "environmental and exempt.\n\nThe Council therefore withheld the information under section 39(2) of FOISA.\n",
        [(FOISA, "39(2)")],
        id="an-exemption-applied-below-the-provisions-paragraph-still-counts",
    ),
    case(
        "Mr Dransfield,\n\nIn relation to your 1st request I can advise you Section 44 (1) of\nthe FOI Act prohibits "
        "the release of information where its disclosure is\nprohibited by or under any enactment.\n",
        # The sentence runs on past the email's wrapped line; "prohibits" is section 44's own word.
        [(FOIA, "44(1)")],
        id="section-44-prohibits-across-a-wrapped-line",
    ),
    case(
        "Mr Dransfield,\n\nSection 44 (1) of the FOI Act was raised in your letter.\nThe names are exempt under "
        "section 40(2).\n",
        # The next line is another sentence: its words say nothing of the section above.
        [(FOIA, "40(2)")],
        id="negative-the-next-sentence-does-not-apply-the-section",
    ),
    case(
        "We consider your enquiry to fall within the scope of environmental information, and have therefore processed "
        "your request in accordance with the Environmental Information Regulations 2004.\n\nAccordingly, the "
        "information you have requested is not held, in line with Section 12(4)(a) of the Regulations.\n",
        # "Section ... of the Regulations": the EIR's not-held exception, applied (a combined county authority).
        [(EIR, "12(4)(a)")],
        id="section-of-the-regulations-not-held",
    ),
    case(
        "Answer: - The Service has assessed that the requested information would be exempt by virtue of section 24(1) "
        "National Security of the Freedom of Information Act 2000.\nSection 24: - National security.\n- Information "
        "which does not fall within section 23(1) is exempt information if exemption from section 1(1)(b) is required "
        "for the purpose of safeguarding national security.\n",
        # Section 24(1)'s own words name section 23(1) as what the information is not (Nottinghamshire Fire and Rescue
        # Service's disclosure log).
        [(FOIA, "24(1)")],
        id="negative-a-section-the-information-does-not-fall-within",
    ),
    case(
        "The information is exempt under section 31 of the Act.\n\nSection 31(1)(a) of the Act states:\n\n31. Law "
        "enforcement.\n(1) Information which is not exempt information by virtue of section 30 is exempt information "
        "if its disclosure under this Act would, or would be likely to, prejudice-\n(a) the prevention or detection "
        "of crime,\n",
        # Section 31(1)'s own words name section 30 as what the information is not (Southport and Ormskirk Hospital
        # NHS Trust's FAQ).
        [(FOIA, "31(1)(a)")],
        id="negative-a-section-the-information-is-not-exempt-by-virtue-of",
    ),
    case(
        "We have provided an extract, as we consider all other information to be exempt under Section 38 1(b) "
        "Personal information of the Freedom of Information (Scotland) Act 2002.\n",
        # A subsection printed without its brackets before a bracketed paragraph (the Scottish Ambulance Service's
        # disclosure log).
        [(FOISA, "38(1)(b)")],
        id="a-subsection-without-brackets-before-a-bracketed-paragraph",
    ),
    case(
        "Summary: The complainant asked the University of Northby for its rental costs. The public authority said at "
        "internal review that the information was exempt under section 43 (Commercial interests). The Commissioner "
        "has investigated the complaint and has found that section 43(2) is not engaged.\n",
        # A commissioner's finding on a section the body relied on cites it (an ICO decision on the University of
        # Salford): the specific 43(2), not the general 43.
        [(FOIA, "43(2)")],
        id="a-section-the-commissioner-found-not-engaged",
    ),
    case(
        "Original decision = 3rd October 2017 and the Internal Review (IR) Decision = 30th January 2018. The original "
        "decision technological capabilities and possible corruption harm and public interest arguments applied under "
        "Section 31 of the Freedom of Information Act 2000, have been disregarded at the IR decision stage.\n",
        # A section the review set aside is not applied (Durham Constabulary's reply revised at review).
        [],
        id="arguments-under-a-section-disregarded-at-review",
    ),
    case(
        "Decision: The appeal is allowed.\nResult: A Substituted Decision:\nThe Tribunal hereby orders that within 35 "
        "days of the date of the promulgation of this Judgment, the Northby Medical Practice should issue a fresh "
        "response to the Appellants Request dated 13 June 2022, which does not rely on section 14(1) FOIA.\n",
        # The section the body relied on, which the fresh response a tribunal orders must not (the First-tier Tribunal
        # on the Woodroyd Medical Practice).
        [(FOIA, "14(1)")],
        id="a-fresh-response-ordered-that-does-not-rely-on-the-section",
    ),
    case(
        "Decision: The appeal is allowed. For the reasons set out below the public authority was not entitled to rely "
        "on section 31(1)(g) (read with section 31(2)(b) or (d)) of the Freedom of Information Act 2000.\n",
        # The purposes 31(1)(g) protects, read with it, are not exemptions of their own (the First-tier Tribunal on UK
        # Anti-Doping).
        [(FOIA, "31(1)(g)")],
        id="a-subsection-read-with-the-one-applied",
    ),
    case(
        "By relying on the exemption in section 35(1)(c) of FOISA, the Council complied with Part 1 of FOISA. However, "
        "certain information was not exempt from disclosure under either section 35(1)(c) or section 35(1)(g) (read in "
        "conjunction with section 35(2)(c)) of FOISA.\n",
        # (read "in conjunction with" it: the Scottish Information Commissioner on Inverclyde Council)
        [(FOISA, "35(1)(c)"), (FOISA, "35(1)(g)")],
        id="a-subsection-read-in-conjunction-with-the-one-applied",
    ),
    case(
        "Dear Ms Long\n\nWe have considered whether section 43(2) applies to the contract prices and it is not "
        "engaged, so please find them attached.\n",
        # (the body's own finding: not applied)
        [],
        id="negative-a-section-the-body-found-not-engaged",
    ),
    case(
        # an ICO decision notice on the Police Federation of England and Wales: the privilege is section 42's subject,
        # not the Scottish Act's section 36's
        "The complainant has requested from the Northby Federation information about negotiations. The Federation "
        "withheld some information, which included meeting minutes and legal advice, under sections 36 (Prejudice to "
        "effective conduct of public affairs) and 42 (Legal professional privilege) of the FOIA.\n",
        [(FOIA, "36"), (FOIA, "42")],
        id="a-subject-named-after-the-next-section-listed-is-that-sections",
    ),
    case(
        # the First-tier Tribunal on Hertsmere Borough Council: the fresh response it orders has an aside in brackets
        "By [35 days from date of promulgation of this decision], to ensure compliance with the Freedom of Information "
        "Act 2000, Northby Borough Council must issue a fresh response to the Request (with the exception of the final "
        "element which seeks information as to how many bins have been replaced by Northby Borough Council due to "
        "damage by Northby Borough Council staff), which does not rely on section 14(1) of the Freedom of Information "
        "Act 2000.\n",
        [(FOIA, "14(1)")],
        id="the-fresh-response-a-tribunal-orders-past-an-aside-without-the-section-relied-on",
    ),
    case(
        # an ICO decision notice on a drainage board: the negation is the other section's
        "The Board refused the request on the basis of section 14(1) of the Act. Following the Commissioner's "
        "determination that section 14(1) was not engaged and that the information should have been considered under "
        "the EIR, the Board then cited regulation 12(4)(b) on the basis that the excessive costs required to comply "
        "with the request made it manifestly unreasonable.\n",
        [(FOIA, "14(1)"), (EIR, "12(4)(b)")],
        id="a-section-cited-in-a-sentence-saying-another-was-not-engaged",
    ),
    case(
        # the Greater Cambridge Partnership complying with an ICO decision notice: its own right of appeal is no review
        # rights' boilerplate
        "Nevertheless, whilst recognising the Partnership has a right of appeal against the ICO's decision, in the "
        "interests of absolute transparency, please find attached the requested correspondence with, a small amount of "
        "information redacted under Regulations 12(5)(f) and 13 of the Environmental Information Regulations.\n",
        [(EIR, "12(5)(f)"), (EIR, "13")],
        id="the-bodys-own-right-of-appeal-beside-what-it-redacts",
    ),
    case(
        # SE Trains Limited on WhatDoTheyKnow: the commissioner's guidance cited in the paragraph giving the subsection
        "I can confirm that we hold the information, however this information is exempt from disclosure because the "
        "cost of retrieving it would exceed the 'appropriate limit' that is set out in section 12 of the FOIA.\n\n"
        "Section 12(1) of the Freedom of Information Act 2000 and sections 4(3) and 4(4) of the 'Fees Regulations' 2004 "
        "allow a public authority to refuse a request if the cost would exceed the 'appropriate limit' of \u00a3450. "
        "The Information Commissioner's guidance explains that when we refuse a request using section 12 of the FOIA, "
        "we need to include 'a reasonable estimate' of the cost.\n",
        [(FOIA, "12(1)")],
        id="the-commissioners-guidance-cited-beside-the-subsection-applied",
    ),
    case(
        # an ICO decision notice on Wrexham County Borough Council
        "The complainant requested various items of information in respect of a grievance investigation. Northby "
        "County Borough Council refused this request on the basis of section 40(2) of the FOIA. The Commissioner's "
        "decision is that Northby County Borough Council should have relied on section 40(5) in respect of this "
        "request to neither confirm nor deny whether it held any relevant information.\n",
        [(FOIA, "40(2)")],
        id="the-section-the-commissioner-says-the-body-should-have-relied-on",
    ),
    case(
        # the First-tier Tribunal's substituted decision notice on Norwich City Council
        "- Northby City Council must reconsider its analysis of the request for information and must make a fresh "
        "response to the request for information.\n- Unless the duty to confirm or deny does not arise in accordance "
        "with any applicable provision of the Environmental Information Regulations 2004, the fresh response must "
        "confirm if further information is held within the scope of the request and either disclose it (subject to any "
        "applicable redactions of personal data pursuant to regulation 13 of the Environmental Information Regulations "
        "2004) or claim any relevant exemptions to disclosure.\n",
        [],
        id="a-redaction-the-response-may-make-subject-to-any-applicable",
    ),
    case(
        # the ICO's decision on the London Borough of Waltham Forest (dev ico-decision-003): the exceptions named by
        # what they protect, no regulation's number printed
        "Environmental Information Regulations 2004 (EIR) Decision notice\n\n2. London Borough of Northby (the "
        "\u201ccouncil\u201d) confirmed that the information was held but refused the request under the exceptions "
        "relating to internal communications and the confidentiality of commercial or industrial information. During "
        "the course of the Commissioner\u2019s investigation the council disclosed a redacted version of the viability "
        "assessment. It confirmed that the redacted information was being withheld under the exception relating to the "
        "course of justice.\n",
        [(EIR, "12(4)(e)"), (EIR, "12(5)(e)"), (EIR, "12(5)(b)")],
        id="exceptions-named-by-what-they-protect",
    ),
    case(
        # the same words where a regulation is cited by number: the number is the citation
        "Environmental Information Regulations 2004 (EIR) Decision notice\n\nThe council refused the request under "
        "regulation 12(5)(e), the exception relating to the confidentiality of commercial or industrial information.\n",
        [(EIR, "12(5)(e)")],
        id="an-exception-named-by-what-it-protects-beside-its-number",
    ),
    case(
        # the Act's exemptions likewise, in an ICO decision's summary
        "Summary: The complainant requested a copy of the contract. The council withheld it under the exemption for "
        "commercial interests and the exemption relating to legal professional privilege. The Commissioner's decision "
        "is that the council was entitled to do so.\n",
        [(FOIA, "43"), (FOIA, "42")],
        id="exemptions-named-by-what-they-protect",
    ),
    case(
        "Dear Mr Smith,\n\nWe have not applied the exemption for commercial interests and the information is "
        "attached.\n\nYours sincerely,\nA Officer\n",
        [],
        id="an-exemption-named-by-what-it-protects-not-applied",
    ),
    case(
        "Dear Mr Smith,\n\nIf we were to withhold it, we would consider the exemption for commercial interests.\n",
        [],
        id="an-exemption-named-by-what-it-protects-only-supposed",
    ),
    case(
        # the drainage board's decision (an ICO decision notice) as it would read had the Board named its exception
        # by what it protects: the sentence's "not engaged" is section 14(1)'s, not the exception's
        "Environmental Information Regulations 2004 (EIR) Decision notice\n\nFollowing the Commissioner's "
        "determination that section 14(1) was not engaged, the Board then withheld the information under the "
        "exception relating to internal communications.\n",
        [(EIR, "12(4)(e)")],
        id="an-exception-named-by-what-it-protects-beside-another-sections-negation",
    ),
    case(
        # the neither-confirm-nor-deny formula in the third person, its only word of applying ("Hertfordshire
        # Constabulary neither confirms nor denies that it holds information", the police forces' replies), the
        # section after it
        "Dear Mr Smith\n\nThe Council neither confirms nor denies whether it holds the information requested, in "
        "accordance with section 40(5) of the Freedom of Information Act 2000.\n\nYours sincerely\n",
        [(FOIA, "40(5)")],
        {(FOIA, "40(5)"): {"kind": "ncnd"}},
        id="neither-confirms-nor-denies-in-the-third-person",
    ),
    case(
        # the Department for Communities and Local Government's extension of time (7 August 2012, on docest.com): the
        # exemption still being weighed, in the first person singular
        "Dear Mr Greenhill,\n\nThe specific exemption I am considering is:Section 36(2) -Information to which this "
        "section applies is exempt information if, in the reasonable opinion of a qualified person, disclosure of the "
        "information under this Act would inhibit the free and frank provision of advice.\n\nI plan to let you have a "
        "response by 5 September 2012.\n",
        [],
        id="an-exemption-i-am-considering-is-not-applied-yet",
    ),
    case(
        # the University of East Anglia's disclosure log, its exemptions table run together: a stop glued between the
        # word and its number
        "On this occasion, it is not possible to provide all the requested information. The Act contains several "
        "exemptions that allow public authorities to withhold certain information from release. We have applied the "
        "following exemption to part of your request.\n\nExemptionReason\nSection.12 (1)Appropriate limit\n",
        [(FOIA, "12(1)")],
        id="section-and-its-number-with-a-stop-between",
    ),
    case(
        "The request was dealt with under this section. 12 months later we reviewed it.\n",
        [],
        id="a-sentence-ending-at-section-before-a-number-is-no-citation",
    ),
    case(
        # a request on Blackpool Teaching Hospitals NHS Foundation Trust's disclosure log, the page greeting no one:
        # the requester's template on the cost limit
        "Description\n1. How many parking fines have been appealed in the last two years?\n\nIf it is not possible to "
        "answer this request in its entirety due to one or more questions exceeding the cost of compliance limits "
        "identified in Section 12, please answer the ones that do not exceed the limits and disregard the ones that "
        "do.\n\nResponse\n1. 76 staff, 18 patients.\n",
        [],
        id="the-requester-s-template-asking-for-the-answers-within-the-cost-limit",
    ),
]

ATTR_CASES = [c for c in CASES if c.values[2]]


def _pairs(r: Any) -> list[tuple[str, str]]:
    return sorted((e.act, e.section) for e in r.exemptions)


@pytest.mark.parametrize(("snippet", "expected", "attrs"), CASES)
def test_exemptions(snippet: str, expected: list[tuple[str, str]], attrs: Any) -> None:
    assert _pairs(parse_text(snippet)) == sorted(expected)


@pytest.mark.parametrize(("snippet", "expected", "attrs"), ATTR_CASES)
def test_exemption_attributes(snippet: str, expected: Any, attrs: dict[tuple[str, str], dict[str, Any]]) -> None:
    r = parse_text(snippet)
    found = {(e.act, e.section): e for e in r.exemptions}
    for key, want in attrs.items():
        assert key in found, f"{key} not found in {sorted(found)}"
        for field, value in want.items():
            assert getattr(found[key], field) == value, f"{key} {field}"


@pytest.mark.parametrize(("snippet", "expected", "attrs"), CASES)
def test_exemptions_are_unique_and_grounded(snippet: str, expected: Any, attrs: Any) -> None:
    r = parse_text(snippet)
    pairs = [(e.act, e.section) for e in r.exemptions]
    assert len(pairs) == len(set(pairs))
    for e in r.exemptions:
        assert e.section == e.section.lower() and " " not in e.section
        for s in e.spans:
            assert r.text[s.start : s.end] == s.text
        # a span shows the section's number, or its last part where a list shares it ("31(1)(a) and (b)"), or the name
        # the exemption's table gives it where the text names it so ("the exception relating to the course of justice")
        last = "(" + e.section.rsplit("(", 1)[-1] if "(" in e.section else e.section
        info = get_catalogue().exemptions[e.act].get(e.section)
        named = info.name.casefold() if info is not None else None
        assert any(
            e.section.split("(")[0] in s.text or last in s.text or s.text.casefold() == named for s in e.spans
        ), e


def test_seed_has_exactly_one_exemption(seed_record) -> None:  # type: ignore[no-untyped-def]
    """Issue 3 acceptance: the seed applies FOIA s43(2) to question 7, with the public interest test; its
    Appendix 1 quoting section 43 is the same exemption."""
    assert [(e.act, e.section) for e in seed_record.exemptions] == [(FOIA, "43(2)")]
    e = seed_record.exemptions[0]
    assert e.kind == "exemption"
    assert e.absolute is False
    assert e.public_interest_test is True
    assert e.public_interest_result == "maintain_exemption"
    assert e.applies_to == ["7"]


def test_a_redirect_to_the_environmental_regulations_withholds_nothing() -> None:
    """FOISA 39(2) applied "so that we do not also have to deal with your request under FOISA" is linked to the answer
    that cites it, but withholds nothing (NHS 24); an exemption beside it still does."""
    routed_only = parse_text(
        "Information requested\n1. Asbestos surveys of the hospital;\n2. Asbestos registers.\nResponse\n1. The request "
        "falls under the Environmental Information (Scotland) Regulations 2004. We are applying the exemption at "
        "section 39(2) of the Freedom of Information (Scotland) Act 2002, so that we do not also have to deal with it "
        "under FOISA.\n2. The registers are withheld under regulation 10(5)(d) of the EISR.\n"
    )
    answers = {q.number: q.answers for q in routed_only.questions}
    assert [(a.exemptions, a.withheld) for a in answers["1"]] == [(["FOISA 39(2)"], False)]
    assert [a.withheld for a in answers["2"]] == [True]


def test_the_patterns_searched_in_case_folded_text_hold_no_capital_letter() -> None:
    # _NOT_APPLIED_RE looked for "I am considering" in text that case folding had made "i am considering", so the
    # exemption a department was still weighing counted as applied (the DCLG's extension of time, above).
    import re

    from foiparse.extract import exemptions

    names = [
        "_NOT_APPLIED_RE", "_RULED_OUT_RE", "_ANOTHERS_NEGATION_RE", "_IF_OR_WOULD_RE", "_NCND_RE", "_PIT_DISCLOSE_RE",
        "_NOT_SUBJECT_RE", "_STATED_GENERAL_RE", "_WHETHER_RE", "_OUTSIDE_OF_RE", "_SUBJECT_TO_ANY_RE",
        "_CONDITIONAL_RE", "_APPLIED_RE", "_DESCRIBED_RE",
    ]  # fmt: skip
    patterns = [getattr(exemptions, name) for name in names] + list(exemptions._PIT_MAINTAIN_RES)
    for pattern in patterns:
        if pattern.flags & re.I:
            continue
        # the pattern's own letters: escapes, character classes and group names set aside
        letters = re.sub(r"\\.|\[(?:\\.|[^\]])*\]|\(\?P<\w+>", "", pattern.pattern)
        assert not re.search(r"[A-Z]", letters), pattern.pattern[:80]
