"""Table-driven: a letter's text -> its header fields (reference, dates, people, legislation, subject)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from foiparse import parse_text
from foiparse.clean import as_normalised

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "received date: 'you made a request on', beating a later email the review letter refers to",
        # The Criminal Injuries Compensation Authority's internal review letter.
        "19th June 2012\n\nDear Ms Crane,\n\nI refer to your email of 21st May 2012 and to your earlier"
        " correspondence.\n\nYou made a Freedom of Information Request on 08 April 2012 in which you asked for"
        " information about a payment.\n",
        {"received_date": dt.date(2012, 4, 8)},
    ),
    (
        "two hyphenated numbers before 'FOI' and the title head a published request",
        # The Royal Borough of Windsor and Maidenhead's published requests, the "Reference number" field empty.
        "196501-426999 FOI Neighbourhood Services\n\nShort Description\nLondon Road Sunningdale - Pothole\nReference"
        " number\n\nRe: London Road, Sunningdale\n\nI would like to request information under the Freedom of"
        " Information Act.\n",
        {"reference": "196501-426999"},
    ),
    (
        "received date straight after the complainant's verb (an ICO decision notice on Tower Hamlets)",
        "Request and response 3. Referring to the planning applications submitted to the Council, the complainant made"
        " on 4 November 2014 the following requests: 1. copies of any Financial Viability Assessment(s) 2. copies of"
        " any reports.\n",
        {"received_date": dt.date(2014, 11, 4)},
    ),
    (
        "a reference in square brackets after its label",
        # The Police Service of Northern Ireland's disclosure log.
        "January 21, 2025 | Finance and Procurement , Vehicle Fleet\nRequest: [FOI/75]\nCategory: Finance and"
        " Procurement Vehicle Fleet\nSubject: Electric Vehicle Data\n",
        {"reference": "FOI/75"},
    ),
    (
        "legislation: the request named by its regime heading the reply (the Health and Safety Executive)",
        "Health and Safety Executive\n\nDear Mrs Newson\n\nEnvironmental Information Request Reference No: 201707222\n\n"
        "Thank you for your request for information\n",
        {"legislation": ["EIR"], "reference": "201707222"},
    ),
    (
        "a four-digit FOI number heading a transparency site's entry is the reference",
        # Essex County Fire & Rescue Service's transparency site.
        "Essex County Fire & Rescue Service\n\nTransparency Overview\n\nFOI4719 / October 2024 / False / Faulty Alarms\n\n"
        "Thank you for your request under the Freedom of Information Act 2000.\n",
        {"reference": "FOI4719"},
    ),
    (
        "a year glued to FOI is no reference",
        "FOI2019 statistics\n\nThank you for your request under the Freedom of Information Act 2000.\n",
        {"reference": None},
    ),
    (
        "received date set off by a comma after the request (the Department for Business, Innovation and Skills)",
        "Dear Mr Whittaker,\n\nI am writing to you in response to your request for an internal review\nin relation to FOI "
        "request 10/0699. Your original FOI request, made on\n23 April 2010, asked for:\n\n\u201cMinutes of meetings which "
        "took place in August 2009.\u201d\n",
        {"received_date": dt.date(2010, 4, 23)},
    ),
    (
        "legislation: the Scottish Act with spaces inside its brackets (Transport Scotland's review letter)",
        "Dear Professor Miller Further to my letter of 19 April, I have now completed my review of our response to your "
        "request made under the Freedom of Information ( Scotland ) Act regarding meetings and communications.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "a case ID labels the reference",
        # Wiltshire Council's acknowledgement and reply on WhatDoTheyKnow.
        "Dear D Jones,\n\nFreedom of Information Request Case ID 202001466\n\nThank you for your request for "
        "information received on 07 March 2021 in\nwhich you asked for the following information:\n",
        {"reference": "202001466"},
    ),
    (
        "legislation: 'FOI and EIRs statistics' an answer points to name no regime (the Moray Council's log)",
        "Response 11-05-2026\n\n1. a) The Scottish Information Commissioner's website has a section on Statistics,"
        " the Council's FOI statistics can be accessed via the dashboard (see Downloading FOI and EIRs statistics"
        " section). As the information is already publicly available Section 25 of FOISA is applicable.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "legislation: the Act's name with 'Act' left out (Causeway Coast and Glens Borough Council)",
        "Ref: RFI/191/24\nDear Sir / Madam\nREQUEST FOR ACCESS TO INFORMATION\nFREEDOM OF INFORMATION 2000\u201d\nWith"
        " reference to the part of your correspondence which is a request for access to information held by Causeway"
        " Coast and Glens Borough Council under the above legislation.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "received: a request sent to our office on a date, a space before its comma (NICE on WhatDoTheyKnow)",
        "Dear Dr Salisbury\n\nReference number: EH-317153\n\nThank you for your request for information under the"
        " Freedom of\nInformation Act sent to our office on 17 August 2021 , in which you asked\nfor the following"
        " information:\n",
        {"received_date": dt.date(2021, 8, 17), "reference": "EH-317153"},
    ),
    (
        # the Home Office's letter on docslib: the date and the greeting run together on one short line
        "a date run onto the greeting on a short line",
        "Information Rights Team Corporate Services, 020 7035 4848 2 Marsham Street London SW1P 4DF www.gov.uk\n\nN D "
        "Donovan\n\n14 December 2015 Dear Mr Donovan,\n\nThank you for your e-mail of 15 November 2015 in which you ask "
        "for data. Your request has been handled under the Freedom of Information Act 2000.\n",
        {"response_date": dt.date(2015, 12, 14)},
    ),
    (
        # Moray Council's log: the requester names the UK Act, the reply applies sections of the Scottish one
        "the act whose sections the reply applies, of the two",
        "FOI Request - Potholes\n\nUnder the Freedom of Information Act 2000 can you provide me with the following "
        "information:\n1) The number of potholes reported to the council\nResponse 09-04-2020\nThe information "
        "requested in question 1 is available elsewhere. Therefore, we can advise that this information is exempt "
        "under Section 25 of the Freedom of Information (Scotland) Act 2002.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        # English Heritage on WhatDoTheyKnow: both regimes listed as the law it works under, the request processed
        # under the regulations
        "regimes listed as the law in general beside the one the request is processed under",
        "Dear Mr Goodge\n\nre: Environmental Information Request - Listed Buildings\n\nWe are obliged to consider "
        "requests for information covered by the access to information legislation which includes the Freedom of "
        "Information Act 2000 ('the FOIA') and the Environmental Information Regulations 2004 ('the EIRs'). Having "
        "considered your request I have concluded that you have requested 'environmental information' and have "
        "therefore processed it under the terms of the EIRs.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # NHS 24's monthly log: the page's requests, received under the Scottish Act, each with its response
        "requests the body received under the act heading its log",
        "November 2025\n\nFreedom of Information (Scotland) Act 2002 requests that have been received by NHS 24 "
        "during November 2025.\n\nReference\n\nFOI/00104 - Board hospitality costs\n\nInformation requested\n\n"
        "How much has been spent on catering for Board meetings?\n\nResponse\n\nNHS 24 has considered your request "
        "and is pleased to provide the information requested in appendix 1 attached.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        # the London Borough of Lambeth's log: the Act named only as "FOI" before one of its sections
        "a section of the act under its short name",
        "Electoral system management contract\n\nYour request\n\n1. When is the next EMS procurement process "
        "scheduled to begin?\n\nOur response\n\n1. Under FOI Section 1(1) any person making a request for information "
        "to a public authority is entitled to be informed in writing whether it holds the information.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "the regime's numbered response heading a published response (the PIRC's FOISA responses)",
        "FOISA Response No. 912 - body worn video\nWhere relevant, we publish our responses to Freedom of Information "
        "requests under the Freedom of Information (Scotland) Act 2002 (FOISA).\nThis response addressed the following "
        "query:\n- 1. Please provide the policy.\n",
        {"reference": "912"},
    ),
    (
        "a decision notice the reply says it follows is not its reference (the DCLG's reply withholding names)",
        "8 March 2011\n\nDear Mr Dean\n\nThe names of individuals are withheld under section 40(2) of the FOI Act.\n\n"
        "Please be aware that this is in line with Decision Notice FS50163927 in which the ICO stated that salaries "
        "constitute personal data.\n",
        {"reference": None},
    ),
    (
        "the two regimes' letters before the case are a label (East Cambridgeshire District Council's letter)",
        "Telephone: Ely (01353) 665555\nFurther to your information request FOI/EIR 21/22-042 please find your question "
        "and our response below.\n",
        {"reference": "21/22-042"},
    ),
    (
        "an FOI number after an underscore inside a letter run together (NHS Resolution's letters as a PDF's text)",
        "2nd Floor 151 Buckingham Palace Road London SW1W 9SZ Telephone: 020 7811 2700 April 2019 FOI_3712 The "
        "following information was requested on 1 April 2019: Please send me the number of claims.\n",
        {"reference": "FOI_3712"},
    ),
    (
        "the regime's name, a dash and the case heading a published response (an NHS trust's page)",
        "Freedom of Information - HWHC-1043\n\nFOI request:\n\nCar parking\n\n  1. How many car parking spaces do you "
        "have?\n",
        {"reference": "HWHC-1043"},
    ),
    (
        # the London Borough of Wandsworth's acknowledgement on WhatDoTheyKnow: the case between two dashes under the
        # sender line, the request's title after it
        "a case between dashes, the request's title after it, under a WhatDoTheyKnow sender line",
        "Dear Wandsworth Borough Council,\n\nPlease send me the figures.\n\nYours faithfully,\n\nJude Cosgrove\n\nFreedom Of "
        "Information, Wandsworth Borough Council\n\nFreedom of Information Act request - 2011/4953 - Details of excluded "
        "children\n\nThank you for your request for information received on 27/07/2011.\n\nRegards\n\nCorporate "
        "Information Management Team\n",
        {"reference": "2011/4953", "received_date": dt.date(2011, 7, 27)},
    ),
    (
        "a year between dashes is no case",
        "Dear Mr Smith\n\nFreedom of Information request - 2023 - Budget figures\n\nThank you for your request.\n",
        {"reference": None},
    ),
    (
        # the Police Service of Northern Ireland's disclosure log, each entry headed by its case
        "a log entry headed 'Request:' and its case",
        "January 22, 2025 | Organisational Information and Performance , Procedures\nRequest: FOI/13384\nCategory: "
        "Policy and Procedures - Procedures\nSubject: Complaints against Professional Standards Department\nYour "
        "request for information has now been considered.\n",
        {"reference": "FOI/13384"},
    ),
    (
        "'Request:' before words is no reference",
        "Request: 12 months of data on potholes repaired\n\nResponse: The data is attached.\n",
        {"reference": None},
    ),
    (
        # A reply in Welsh, as Welsh bodies send to a request made in Welsh: the Act by its Welsh name, soft-mutated
        # after "o dan" ("under"), and the team that signs it ("Tîm Rhyddid Gwybodaeth", the Freedom of Information
        # Team) no person
        "a reply in Welsh names the Act in Welsh and is signed by a team",
        "Annwyl Mr Jones,\n\nDiolch am eich cais am wybodaeth o dan Ddeddf Rhyddid Gwybodaeth 2000.\n\nYn gywir,\n\n"
        "Tîm Rhyddid Gwybodaeth\nCyngor Sir Ceredigion\n",
        {"legislation": ["FOIA"], "officer": None, "requester": "Mr Jones"},
    ),
    (
        "the Environmental Information Regulations by their Welsh name",
        "Annwyl Ms Hughes,\n\nYmdriniwyd â'ch cais o dan Reoliadau Gwybodaeth Amgylcheddol 2004.\n\nYn gywir,\n\n"
        "Swyddog Rhyddid Gwybodaeth\n",
        {"legislation": ["EIR"], "officer": None},
    ),
    (
        # UK letters sign with initials as often as with a first name ("R. Thompson", "Mrs J Smith"), and greet the same
        # way ("Dear Mr R Hughes")
        "a signatory and a requester named by initial and surname",
        "Date: 3rd April 2024\n\nDear Mr R Hughes,\n\nThe information is attached.\n\nYours sincerely,\n\nR. Thompson\n"
        "Data Protection and FOI Officer\n",
        {"officer": "R. Thompson", "requester": "Mr R Hughes"},
    ),
    (
        "a signatory named by two initials, a middle initial, a title before initials",
        "Dear Ms Green\nThe answer is yes.\nKind regards\n\nDr A.J. Patel\nHead of Information Governance\n",
        {"officer": "Dr A.J. Patel", "requester": "Ms Green"},
    ),
    (
        "a signatory with a middle initial",
        "Dear Ms Green\nThe answer is yes.\nKind regards\n\nJohn R. Smith\nHead of Information Governance\n",
        {"officer": "John R. Smith"},
    ),
    (
        "a closing over a line that opens with a capital letter alone is no name",
        "Dear Ms Green\nThe answer is yes.\nKind regards\n\nA Officer\nInformation Governance\n",
        {"officer": None},
    ),
    (
        # a commissioner's decision: the complaint to the Commissioner is no request to the body (the First-tier
        # Tribunal on an application about Liverpool Women's NHS Foundation Trust: "On 15 May 2024, the Applicant
        # emailed the case officer outlining her concerns")
        "an applicant writing to the Commissioner or the case officer",
        "Decision Notice\nThe Commissioner's decision is that the council complied.\n\nOn 15 May 2024, the complainant "
        "wrote to the Commissioner to complain about the way his request had been handled.\n\nOn 22 May 2024, the "
        "Applicant emailed the case officer outlining her concerns.\n",
        {"received_date": None},
    ),
    (
        # Somerset NHS Foundation Trust's letter as a PDF flattened to one line: its fields between date and greeting
        "a flattened letter's date before its letterhead fields and greeting",
        "Tel: 01823 320452 (ext 6452) Email: FOI@northby.nhs.uk 09 September 2021 Our ref: FOI 100794 Category: "
        "Clinical Information Dear Sir/Madam I am writing to confirm that the Northby NHS Foundation Trust has now been "
        "able to consider the information requested and its disclosure under the Freedom of Information Act 2000. The "
        "information requested and its response is as follows: 1) Can you please provide me with the admission "
        "numbers?\n",
        {"response_date": dt.date(2021, 9, 9), "reference": "100794"},
    ),
    (
        # after the First-tier Tribunal's substituted decision notice on the Castle Church of England Federation
        "a tribunal's requests made by the complainant on one day",
        "Decision: The appeal is allowed\nSubstitute decision notice: IC-268493-Z5C8\nOrganisation: The Governing Body "
        "of the Northby Federation\nComplainant: Mr. Alistair Allison\n1. The requests for information made by the "
        "complainant on 14 September 2023 were not vexatious.\n",
        {"received_date": dt.date(2023, 9, 14)},
    ),
    (
        # the decision itself: several requests' days date none of them (dev dwp-006's "requests received on 4, 5, 6, 8
        # and 11 September" likewise)
        "a tribunal's requests made by the complainant on days listed before one month",
        "Decision: The appeal is allowed\nSubstitute decision notice: IC-268493-Z5C8\nOrganisation: The Governing Body "
        "of the Northby Federation\nComplainant: Mr. Alistair Allison\n1. The requests for information made by the "
        "complainant on 14, 26 and 27 September 2023 were not vexatious.\n",
        {"received_date": None},
    ),
    (
        # Police Scotland's letter as a PDF flattened to one line: the letterhead's labels before their values
        "a letterhead's labels read across before their values",
        "OFFICIAL Our Ref: Date: IM-FOI-2018-1499 06 July 2018 FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 I refer to "
        "your recent request for information which has been handled in accordance with the Act.\n",
        {"reference": "IM-FOI-2018-1499", "response_date": dt.date(2018, 7, 6)},
    ),
    (
        # the ICO's reply as its requester published it, the date glued to the reference label after it
        "a date line glued to the label after it",
        "Subject: ICO response to request[Ref. IRQ0532897]\n31 March 2014Case Reference Number IRQ0532897\nDear Mr "
        "Smith,\n\nI am writing in reply to your request.\n",
        {"response_date": dt.date(2014, 3, 31), "reference": "IRQ0532897"},
    ),
    (
        # the Dorset Safety Camera Partnership's reply on WhatDoTheyKnow, its case under an unusual label
        "a value the reply asks to be quoted as its reference",
        "Dear Mr Lockyer,\n\nSerial Number: 0005/01/10 (Please quote this reference in future\ncorrespondence regarding "
        "this submission).\n\nThank you for your request.\n",
        {"reference": "0005/01/10"},
    ),
    (
        "an equipment's serial number in an answer is no reference",
        "Dear Mr Lockyer,\n\nAsset list\nSerial number: GX-2201\nModel: Gatso\n\nYours sincerely,\nJo Bloggs\n",
        {"reference": None},
    ),
    (
        # Lichfield District Council's page of published requests, each entry's dates on one line
        "a log's line giving the date received, then the reply's",
        "Leisure centre usage\n\nReceived 13 July 2019 and responded to 1 August 2019\n\nWe were asked to provide "
        "figures that detail the annual number of paying customers.\n",
        {"received_date": dt.date(2019, 7, 13), "response_date": dt.date(2019, 8, 1)},
    ),
    (
        "a reply's date only after a received date's line",
        "Dear Mr Smith,\n\nWe note we responded to 1 August 2019 requests already.\n",
        {"received_date": None, "response_date": None},
    ),
    (
        # Elmbridge Borough Council's reply: the Act named before "made on"; the receipt date beside it is a slip
        "a request under the Act made on a date, its receipt dated with a weekday it is not",
        "Ref: FOI-26-2009\n\n29 January 2009\n\nDear Mr Crow\n\nThank you for your recent requests under the 2000 Act "
        "made on 24\nJanuary 2009, which we formally received on Monday 26 January 2008. As requested, we are "
        "responding electronically.\n",
        {"received_date": dt.date(2009, 1, 24), "response_date": dt.date(2009, 1, 29)},
    ),
    (
        # the Royal Veterinary College's letter on a document site, flattened below the site's own lines
        "a flattened letter's date before its greeting, under a document site's lines",
        "RVC Response 4Th February 2016\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nLibrary and Information Services "
        "Northby Veterinary College Hawkshead Lane North Mymms Hatfield Hertfordshire AL9 7TA www.nvc.ac.uk 4 February "
        "2016 Dear Mr Steele Re: Request for Information Pursuant to s.1(1) of the Freedom of Information Act 2000 "
        "Having conducted a search of the College's records, I can confirm that it does hold information relevant to "
        "your request. Accordingly, my response is attached below.\n",
        {"response_date": dt.date(2016, 2, 4)},
    ),
    (
        # a First-tier Tribunal decision on the Northern Ireland Public Services Ombudsman
        "a tribunal's request made by the appellant to the body, its brackets between",
        "Case Reference: FT/EA/2024/0225\n\nREASONS\n\nThis Appeal arises following a request for information (the "
        '"Request") (C104) made by the Appellant to the Northby Public Services Ombudsman ("the NPSO") on 25 July '
        "2023 for the following information:\n",
        {"received_date": dt.date(2023, 7, 25)},
    ),
    (
        # Allerdale Borough Council's monthly disclosure log: the first row under the reference column's heading
        "a log's first reference under its reference column's heading",
        "Disclosure log - January 2013\n\nRef Topic Request and response\nF13/001 Neighbour forums\n\n(a) Please "
        "provide the names of any groups that have applied to become a neighbourhood forum.\n",
        {"reference": "F13/001"},
    ),
    (
        # Birkbeck's disclosure log flattened: headings and cells glued together
        "a log's reference column, its headings and cells glued on",
        "Freedom of information disclosure log\n\nRefDescriptionResponse dateResponse\n2022-004Student drug "
        "use21/01/2022\n\nI am making a freedom of information request about drug use.\n",
        {"reference": "2022-004"},
    ),
    (
        # the Electoral Commission on WhatDoTheyKnow: the acknowledgement's reference, then the reply's, cut short
        "an acknowledgement's reference and the reply's",
        "Dear Electoral Commission,\n\nPlease provide the representations received.\n\nYours faithfully,\n\nGabriel\n"
        "\nFOI, Electoral Commission\n\nDear Gabriel\n\nOur Ref: FOI 22/15\n\nThank you for your request under the "
        "Freedom of Information Act dated 16 March 2017.\n\nThe Commission aims to respond to requests for information "
        "promptly and within the statutory timeframe of twenty working days.\n\nYou may expect to receive a reply sent "
        "from the Commission by 13 April 2017.\n\nYours sincerely\n\nJo Roe\nInformation Officer\nThe Electoral "
        "Commission\n\nAshley Doe, Electoral Commission\n\nDear Gabriel Webber,\n\nOur Ref: FOI 22/17\n\nThank you "
        "for your email to the Electoral Commission dated 16 March 2017.\n",
        {"reference": "22/17"},
    ),
    (
        # Southampton City Council's letter: the addressee and date columns read across one line
        "the date ending the addressee's line",
        "Customer Care and Complaints Service\nNorthby City Council\n\nPlease ask for: Mark Roe FOI Ref: FOI/1213/790\n"
        "\nMr Daniel Ball 14 February 2013\n\nDear Mr Ball\n\nI refer to your Freedom of Information request of 29 "
        "January 2013.\n",
        {"response_date": dt.date(2013, 2, 14), "received_date": dt.date(2013, 1, 29)},
    ),
    (
        # Leicestershire Police's letter flattened to one line
        "a date label after the letterhead's reference fields on one line",
        "Our Ref: 004436/13 Your Ref: Address Correspondence to: Steven Morris, Information Management Date 19 August "
        "2013 Dear Mr Jones, Freedom of Information Act 2000 I write further to your request for information received "
        "16/08/2013.\n",
        {"reference": "004436/13", "response_date": dt.date(2013, 8, 19), "received_date": dt.date(2013, 8, 16)},
    ),
    (
        # Westminster City Council's letter on WhatDoTheyKnow
        "a request logged on a date",
        "Date: 2 April 2013\nMy ref: FOI/10395\nDear S. Brown\n\nThank you for your request for information logged "
        "on 8 March 2013. You have requested that the Council provides you with the following information:\n",
        {"reference": "FOI/10395", "response_date": dt.date(2013, 4, 2), "received_date": dt.date(2013, 3, 8)},
    ),
    (
        # the BBC's internal review decision: its header's fields read across one line
        "a date label after a reference on one line",
        "Freedom of Information Internal Review decision\n\nInternal Reviewer Jo Doe, Advisor FOI Reference IR2013022 "
        "(RFI20130166) Date 26 April 2013\n\nRequested information The applicant wrote to the Corporation on 1 "
        "February 2013, requesting the following information.\n\nIssues on review In a further letter of 31 March, "
        "the applicant asked for the withheld information to be provided.\n",
        {"reference": "IR2013022", "response_date": dt.date(2013, 4, 26), "received_date": dt.date(2013, 2, 1)},
    ),
    (
        # Warrington Borough Council's letter: its case numbered with the requester's surname
        "a reference ending in the requester's surname",
        "Our ref: FOI/NCS/0076Taylor\n\n19 February 2013\n\nDear Mr Taylor\n\nFreedom of Information Act Request: "
        "0076Taylor\n\nI am writing in response to your request received on 30 January 2013.\n",
        {"reference": "FOI/NCS/0076Taylor"},
    ),
    (
        # the Western Health and Social Care Trust's disclosure log: a row's reference glued to its category
        "a log's reference glued to the category cell after it",
        "Information Disclosure Log\n\nRequest Reference NumberRequest CategorySummary of Information Request\n"
        "FOI/19/001Medical Negligence statisticsRequest for details of cases.\n",
        {"reference": "FOI/19/001"},
    ),
    (
        # Haconby & Stainfield Parish Council's disclosure log: each message under a heading dated before a colon
        "headings dating the request and the reply below them",
        "DISCLOSURE LOG FREEDOM OF INFORMATION REQUEST\nLetter to Parish Council / Post on the village Facebook Group 6 "
        "March 2020:\nFREEDOM OF INFORMATION REQUEST\n\nUnder the Freedom of Information Act it is my right to seek "
        "recorded information held by the Parish Council.\n\nI request:\n\na) A copy of the claim served upon the "
        "Council.\n\nParish Council Post on the village Facebook Group 7 March 2020:\n\nThe Parish Council notes "
        "your Freedom of Information request. It will be dealt with at the next meeting.\n",
        {"received_date": dt.date(2020, 3, 6), "response_date": dt.date(2020, 3, 7)},
    ),
    (
        # an NHS ICB's reply restating a request: a period the request asks about is no heading's date
        "a period ending before a colon dates no message",
        "Dear Sir\n\nYou asked for the following:\nFrom the period 1st January 2021 to 31st December 2021:\nI would like "
        "the number of referrals made.\nSince 1 April 2020:\nI would like the number of complaints.\n",
        {"received_date": None, "response_date": None},
    ),
    (
        # Her Majesty's Inspectorate of Constabulary's letter, 2009: the request made "of" the body, its year the letter's
        "a request you made of the body on a day of the letter's year",
        "17 June 2009\n\nDear Mr Hansen\n\nI am replying to the freedom of information request you made of HMIC on 2 "
        "June. I am the chief administrator in HMIC.\n",
        {"received_date": dt.date(2009, 6, 2), "response_date": dt.date(2009, 6, 17)},
    ),
    (
        # NHS Greater Preston CCG's log: the date column first, its heading a response date's, a label word in the
        # reference's cell
        "a log's first row under a response date column, then the reference column",
        "Previous Freedom of Information requests\n\nAugust 2019\n\nResponse date FOI request Key words Additional "
        "documents\n22 August 2019 FOI 007585 Organisational structure chart.pdf [pdf] 138KB organisational structure "
        "chart N/A\n22 August 2019 FOI 007565 CHC data.pdf [pdf] 141KB CHC data N/A\n",
        {"reference": "007585", "response_date": dt.date(2019, 8, 22), "received_date": None},
    ),
    (
        # A Dorset town council's page: the date column's heading a received date's
        "a log's first row under a request date column, then the reference column",
        "Freedom of Information Request Responses\n\nDate of FOI Request FOI Ref Subject Links to Response (Redacted)"
        "\n01 September 2020 20200901 Zoom meeting recordings\n11 May 2020 20200511 Communications\n",
        {"reference": "20200901", "received_date": dt.date(2020, 9, 1), "response_date": None},
    ),
    (
        # A bare "Date" heads either date: the row's date is neither
        "a log's first row under a bare date column",
        "Disclosure log\n\nDate Reference Subject\n01 September 2020 20200901 Zoom meeting recordings\n",
        {"received_date": None},
    ),
    (
        # a numbered list under a heading that opens with "Reference" is no table
        "a list's number under a line opening with 'Reference' is no reference",
        "Reference Your request for information\n2. Please provide the budget for 2020.\n",
        {"reference": None},
    ),
    (
        # the Human Tissue Authority's list of its responses: the date each request was made, no reply's date
        "a log's 'Requested date:' is the request's date",
        "Freedom of Information responses\n\nHTA finance systems\n\nThe HTA was asked to provide information on its "
        "finance systems.\n\nRequested date: 31 October 2017\n\nComplaints reports\n",
        {"response_date": None, "received_date": dt.date(2017, 10, 31)},
    ),
    (
        # a campaign's page reposting the thread with Derby City Council: the requester's follow-up on top, sent to the
        # council's FOI mailbox, does not date the reply (quoted below it)
        "an email sent to the body's foi mailbox does not date the reply",
        "UK Family Law Reform\n\n----- Original Message -----\nFrom: david@mortimers-removals.co.uk\nTo: "
        "FOI@derby.gov.uk\nSent: Tuesday, February 25, 2014 11:15 AM\nSubject: Re: Freedom of Information Request "
        "5466\n\nDear Angela Harding,\n\n(1) Please will you kindly tell me who set the criteria?\n\nBest regards "
        "Dave\n",
        {"response_date": None},
    ),
    (
        # The University of Warwick's reply as a page quoting the thread prints it: the request's own email header
        # dates the request, the email client's line over the reply dates the reply
        "a request's Sent header and a reply under an email client's attribution line",
        "Northby University\n\nFrom: JJ Hermes\nSent: 8 February 2014 12:20\nTo: infocompliance@example.ac.uk\n"
        "Subject: FOI request\n\nTo whom it may concern:\n\nI respectfully request the following information under "
        "the Freedom of Information Act:\n\n1. The names and titles of all staff making more than \u00a3150,000.\n\n"
        "Sincerely,\nJJ Hermes\nOn Fri, Mar 14, 2014 at 10:26 AM, Infocompliance, Resource "
        "(infocompliance@example.ac.uk) wrote (FOI Request):\n\nDear Mr Hermes,\n\nThank you for your email dated 18 "
        "February 2014 requesting information about the University. Your request is being considered under the "
        "Freedom of Information Act 2000.\n",
        {"response_date": dt.date(2014, 3, 14), "received_date": dt.date(2014, 2, 18)},
    ),
    (
        # The Information Commissioner's Office on WhatDoTheyKnow: the holding message is longer than the reply the page
        # cuts, and the reply's date is the thread's
        "a thread's reply dated below a longer holding message",
        "Dear Northby Office,\n\nDo you have an up-to-date list? If so, may I have a copy?\n\nbest wishes\n\n"
        "Jonathan Baines\n\nNorthby Office\n\nPROTECT\n\n30th May 2012\n\nCase Reference Number IRQ0450629\n\n"
        "Dear Mr Baines\n\nRequest for Information\n\nThank you for your correspondence dated 29 May 2012.\n\nYour "
        "request is being dealt with in accordance with the Freedom of Information Act 2000. We will respond promptly, "
        "and no later than 27 June 2012 which is 20 working days from the day after we received your request.\n\n"
        "Should you wish to reply to this email, please be careful not to amend the information in the subject field. "
        "This will ensure that the information is added directly to your case.\n\nYours sincerely\n\nJolyon Stone\n"
        "Lead Information Governance Officer\n\nNorthby Office\n\n1 Attachment\n\nPROTECT\n\n27th June 2012\n\n"
        "Case Reference Number IRQ0450629\n\nDear Mr Baines\n\nI am writing further to our email dated 30 May 2012.\n",
        {"response_date": dt.date(2012, 6, 27)},
    ),
    (
        # Nottingham City Council's reply on a finance system's tender
        "a contract's 'Starting date:' in an answer is not the reply's date line",
        "Freedom of Information Team\nLoxley House\n\n09 August 2021\n\nDear Requester\n\nThe council has considered "
        "your request which was received on 13 July 2021 and our response to your questions is shown below.\n\n3. "
        "Start date & duration of framework/contract?\n\nStarting date: 27 April 2018 - contract duration is 5 years\n",
        {"response_date": dt.date(2021, 8, 9), "received_date": dt.date(2021, 7, 13)},
    ),
    (
        # Hadlow College's refusal: a small body's seventeenth request that year
        "a two-digit case number alone after 'Reference number:'",
        "25th March 2020\n\nEmail sent to: someone@example.org\n\nReference number: 17\n\nDear Ms Handley\n\nThank "
        "you for your email of 27th February 2020 requesting the following information:\n",
        {"reference": "17"},
    ),
    (
        "a single digit after 'Ref:' is no case number",
        "Ref: 2\n\nDear Ms Handley\n\nThank you for your email.\n",
        {"reference": None},
    ),
    (
        # An ICO decision on Warrington Borough Council, as swarb.co.uk prints it
        "a decision on the complainant's request of a date",
        "Northby Borough Council (Local Government) [2019] UKICO fs50829352 (6 November 2019)\n\nThe Commissioner "
        "requires the public authority to now provide adequate advice and assistance to help the complainant refine "
        "his request of 27 September 2019 within the cost limit.\n",
        {"received_date": dt.date(2019, 9, 27)},
    ),
    (
        # swarb.co.uk's page on an ICO decision on Warrington Borough Council, the case number in lower case
        "a decision's neutral citation, its case number in lower case",
        "Northby Borough Council (Local Government) [2019] UKICO fs50829352 (6 November 2019)\n\nThe complainant "
        "requested information about parking enforcement.\n\nUpdated: 06 April 2022; Ref: scu.650477\n",
        {"reference": "fs50829352"},
    ),
    (
        # the Information Commissioner's decision notice on Rhondda Cynon Taf County Borough Council: 44 requests over a
        # range of days, none of them the request's day
        "the end of a range of days before the complainant submitted dates no request",
        "Decision notice\nDate: 21 June 2021\nPublic Authority: Rhondda Cynon Taf County Borough Council\n\nRequest and "
        "response\n\n2. Between 13 September 2019 and 23 September 2019, the complainant submitted 44 requests for "
        "various information, some of which were multipart.\n",
        {"received_date": None, "response_date": dt.date(2021, 6, 21)},
    ),
    (
        # Glasgow City Council's customer-service system on WhatDoTheyKnow, numbering the request on receipt
        "a council's service request number",
        "Yours faithfully,\n\nAlly Tibbitt\n\nCustomer Care Centre, Glasgow City Council\n\nNew Service Request was "
        "submitted: RQST00007242443\nYou can simply reply to this Email, and your reply\nwill automatically be "
        "associated with this Service Request\n",
        {"reference": "RQST00007242443"},
    ),
    (
        # Lancashire County Council's acknowledgement on WhatDoTheyKnow: the request's date straight after it
        "an acknowledgement of the request with its date straight after",
        "Dear Mr Phillips\n\nRequest for information under the Freedom of Information Act 2000\n\nI am writing to "
        "acknowledge receipt of your request 06/05/16, in which you request the disclosure of information under the "
        "provisions of the above Act.\n\nI can confirm that your enquiry will now be assigned to an officer.\n",
        {"received_date": dt.date(2016, 5, 6)},
    ),
    (
        # the Information Commissioner's summary of its notice on the London Borough of Hackney: its finding on section
        # 1, no exemption, names the Act
        "an ico summary's finding on section 1 names the act",
        "London Borough of Hackney\n\n  \u2022 Date 11 June 2013\n  \u2022 Sector Local government\n  \u2022 Decision(s) "
        "FOI 1: Partly upheld\n\nThe complainant requested information about the London Borough of Hackney's staff. "
        "The Commissioner's decision is that the Council has provided some of the information relevant to the "
        "complainant's request, but on the balance of probabilities has not provided all it holds.\n",
        {"legislation": ["FOIA"], "response_date": dt.date(2013, 6, 11)},
    ),
    (
        # the Scottish Information Commissioner's Decision 157/2014: the applicant a community council, its short name
        # in brackets after it
        "a decision's applicant body and its short name before asked",
        "Decision 157/2014 Banknock Haggs & Longcroft Community Council and Transport Scotland\n\nReference No: "
        "201302935\nDecision Date: 16 July 2014\n\nSummary\n\nOn 10 October 2013, Banknock Haggs & Longcroft Community "
        "Council (BHLCC) asked Transport Scotland for information about a land transaction. Transport Scotland refused "
        "to make the information available.\n\nOn 2 May 2014, the Scottish Information Commissioner (SIC) asked "
        "Transport Scotland for its comments.\n",
        {"received_date": dt.date(2013, 10, 10), "response_date": dt.date(2014, 7, 16)},
    ),
    (
        # the Commissioner's own steps are no request
        "the commissioner and its short name before asked make no request",
        "Decision Date: 16 July 2014\n\nOn 2 May 2014, the Scottish Information Commissioner (SIC) asked Transport "
        "Scotland for its comments on the application.\n",
        {"received_date": None},
    ),
    (
        # the Home Office's internal review of a UK Border Agency reply, its report's chronology flattened onto one line
        "a review report's chronology dates the original request",
        "Dear Mr Peach Our Ref: Date: 18 August 2011 Freedom of Information request: internal review I have now completed "
        "the review. Yours sincerely K Mulvaney Information Access Team\n\nInternal review of response to request under the "
        "Freedom of Information (FoI) Act 2000 by Mr Stephen Peach (reference 19302) Responding Unit: UK Border Agency "
        "(UKBA) Chronology Original FoI request: 09 July 2011 Acknowledgement: 11 July 2011 UKBA s response: 25 July 2011 "
        "Request for internal review: 25 July 2011 Subject of request\n",
        {"received_date": dt.date(2011, 7, 9), "response_date": dt.date(2011, 8, 18)},
    ),
    (
        # a WhatDoTheyKnow request to University College London on the university's form, its acknowledgement below
        "a request form's date-request-made field",
        "Dear University College London,\n\nName and Contact Address of enquirer:\nJoe Cain\nDate Request made:\n"
        "07 November 2019\nThank you for your message.\nIf you have submitted a Freedom of Information request please "
        "accept this email as acknowledgement that your request has been received.\n",
        {"received_date": dt.date(2019, 11, 7)},
    ),
    (
        # the University of Wolverhampton's disclosure log: the entry's bare "Date" above its "Date of Response"
        "a log entry's bare date above its date of response is the request's",
        "FOI-6-22 \n\nDate: 12 January 2022 \n\nSummary: Purchase, Maintenance and Support of Network Equipment \n\n  "
        "\n\nFOI-6-22 \n\nDate of Response: 8 February 2022 \n\n \n\nInformation Withheld in part \n\nRequest:   \n\nI "
        "would be most grateful if you could provide the following information.\n",
        {"received_date": dt.date(2022, 1, 12), "response_date": dt.date(2022, 2, 8)},
    ),
    (
        # the same log, its summary in bullets between: the date of response is still the reply's
        "a log entry's date of response below a summary in bullets is the reply's",
        "FOI-2-22 \n\nDate: 5 January 2022 \n\nSummary:  \n\n  \u2022 Employee data, redundancy figures and agency staff "
        "data\n  \u2022 Contracted services and pay rates\n  \u2022 Subsidiary companies\n\n  \n\nFOI-2-22 \n\nDate of "
        "Response: 2 February 2022 \n\n \n\n \n\nInformation Not Held in part (some information does not exist) \n\n"
        "Request Refused in part  \n\n \n\n \n\nRequest: \n\nPlease provide the number of staff (headcount) employed by "
        "the institution.\n",
        {"received_date": dt.date(2022, 1, 5), "response_date": dt.date(2022, 2, 2)},
    ),
    (
        # the University of Sussex's letter on WhatDoTheyKnow: "your reference number" after "please quote" is the
        # reply's own case, as its header gives it
        "the requester asked to quote 'your reference number', the reply's own",
        "Mr Neil Davies\nBy email only to\n18 April 2018 \nDear Mr Davies,\nOur ref: FOI-18-0076  \nThank you for your "
        "correspondence of 19 March 2018.\nYour request has been dealt with under the Freedom of Information Act 2000."
        "\nIf you need to contact us about your request please quote your reference number FOI-18-0076. \nYours "
        "sincerely, \nLucy Pattenden \nInformation Officer\n",
        {"reference": "FOI-18-0076"},
    ),
    (
        # the City of Edinburgh Council's acknowledgement on WhatDoTheyKnow: its subject line under the greeting
        "an email's subject line under the greeting, the title and a dash before the case's figures",
        "Dear City of Northby Council,\n\nPlease could you provide the numbers of care packages.\n\nYours faithfully,\n\n"
        "Paul Smith\n\nFreedom of Information, City of Northby Council\n\nDear Mr Smith\n\nSubject: Adult Social Care "
        "- 499089\n\nThank you for your request for information received on 11 December 2012.\n",
        {"reference": "499089"},
    ),
    (
        "a year after the subject line's dash is no case",
        "Freedom of Information, City of Northby Council\n\nDear Mr Smith\n\nSubject: Budget Reductions - 2012\n\n"
        "Thank you for your request for information received on 11 December 2012.\n",
        {"reference": None},
    ),
    (
        # swarb.co.uk's page on an ICO decision on Surrey County Council, its "IC-" case number in lower case
        "a decision's neutral citation, its IC- case number in lower case",
        "The complainant has requested information about Northby County Council's agreement with a fire and rescue "
        "service.\nFOI 10: Complaint upheld FOI 43: Complaint not upheld\nCitations:\n[2021] UKICO ic-41997\nLinks:\n"
        "Jurisdiction:\nEngland and Wales\nUpdated: 03 November 2022; Ref: scu.669355\n",
        {"reference": "ic-41997"},
    ),
    (
        # The Highways Agency on WhatDoTheyKnow: the request sent to its information line, the date wrapped
        "an email to the body's information line on a date",
        "Mr Montag\nFurther to your email to the Northby Agency Information Line on 11th\nAugust 2008 regarding a "
        "Freedom Of Information Request in relation to policy on Motorway Service Areas.\n",
        {"received_date": dt.date(2008, 8, 11)},
    ),
    (
        # The First-tier Tribunal's substituted decision on Withernsea Town Council
        "a tribunal's request from the appellant, dated",
        "First-tier Tribunal\nGeneral Regulatory Chamber\n\nDecision given on: 29 March 2023\n\nBetween\n\nSAM FOX\n\n"
        "Appellant\n\nand\n\nTHE INFORMATION COMMISSIONER\n\nRespondent\n\nDecision:\n\nThe appeal is allowed. "
        "Decision Notice IC-164057-L4Y0 is not in accordance with the law.\n\nSubstitute Decision Notice\n\nNorthby "
        "Town Council cannot rely on section 12(1) of the Freedom of Information Act 2000 to refuse the request for "
        "information from Mr Fox dated 12 December 2021 (the Request).\n",
        {"received_date": dt.date(2021, 12, 12)},
    ),
    (
        # The Gangmasters and Labour Abuse Authority's log: a financial year with a hyphen, then the case number
        "a financial year joined by a hyphen before the case number",
        "Ref: FOI 21-22 43\nDate issued: 22 April 2022\n\nRequest\nHow many licences were revoked?\n",
        {"reference": "21-22 43"},
    ),
    (
        # Northamptonshire Healthcare NHS Foundation Trust: an email pasting its letter in below its own greeting
        "a letter's date line above its greeting, inside an email",
        "NORTHAMPTONSHIRE 2022\n\nDear Requester,\n\nFurther to your email, please find below the Trust's responses "
        "in text format rather than as email attachments\n\nThe Freedom of Information Team\n\nKettering Venture Park"
        "\n\nKettering NN15 6EY\n\n19 May 2023\n\nWendy Micklewright\n\nSent by email only to:\n\nwm@example.org\n\n"
        "Dear Requester,\n\nFreedom of Information Act 2000 request: FOI0423036\n",
        {"response_date": dt.date(2023, 5, 19)},
    ),
    (
        "labelled letterhead",
        "Our ref: FOI/13/1981\nYour ref: ABC-77\nDate: 31 August 2022\n\nDear Ms Patel\n\nThank you for your request.",
        {"reference": "FOI/13/1981", "response_date": dt.date(2022, 8, 31), "requester": "Ms Patel"},
    ),
    (
        "requester's ref is never the authority's",
        "Your reference: 12345\nOur reference: 7170_1314\n\nDear Sir/Madam\n",
        {"reference": "7170_1314", "requester": None},
    ),
    (
        "a reference spaced into groups",
        "Date: 21 August 2024\nOur reference: CQC IAT 2425 0198\n\nDear Mr Pell\n",
        {"reference": "CQC IAT 2425 0198"},
    ),
    (
        # one letter answering several requests (the Department for Exiting the European Union)
        "several references: the first",
        "Freedom of Information Team\nOur refs: DEX001554, DEX001573,\nDEX001574, DEX001575\n20 December 2018\n"
        "Dear Frank Church,\n",
        {"reference": "DEX001554", "response_date": dt.date(2018, 12, 20)},
    ),
    (
        # Central and North West London NHS Foundation Trust
        "a year's two digits before a prefixed case number",
        "J Taylor\nOur ref: 16 FOI290\n13October2016\nDear Miss Taylor,\n",
        {"reference": "16 FOI290", "response_date": dt.date(2016, 10, 13)},
    ),
    (
        # BAILII's copy of an ICO decision notice (the British Library); the date in the text is the decision's
        "a neutral citation's date",
        "Information Commissioner's Office\nBritish Library (Local government) [2023] UKICO 229296 (9 June 2023)\n"
        "URL: http://www.bailii.org/uk/cases/UKICO/2023/229296.html\nThe complainant has requested the number of "
        "times books were borrowed in 2019.\n",
        {"response_date": dt.date(2023, 6, 9), "reference": "229296"},
    ),
    (
        # BAILII's copy of an older ICO decision notice, its case's letters before the number (Rossendale)
        "a neutral citation's date after a lettered case",
        "You are here: BAILII >> Databases >> Information Commissioner's Office >> Northby Borough Council (Local "
        "government (Borough council)) [2017] UKICO FER0690148 (20 November 2017) URL: "
        "http://www.bailii.org/uk/cases/UKICO/2017/FER0690148.html\nThe complainants requested information about "
        "funding.\n",
        {"response_date": dt.date(2017, 11, 20), "reference": "FER0690148"},
    ),
    (
        # BAILII's copy of an ICO decision notice on Royal Holloway, its case's letters in lower case
        "a neutral citation's date after a case lettered in lower case",
        "Royal Holloway University of London (Education) [2020] UKICO fs50891017 (1 July 2020)\n[New search]\n"
        "Royal Holloway University of London\nThe complainant has requested information from Royal Holloway, "
        "University of London about its planning for a no-deal Brexit.\n",
        {"response_date": dt.date(2020, 7, 1)},
    ),
    (
        # A tribunal's neutral citation numbers its own list, not the Commissioner's case.
        "a tribunal's neutral citation is no reference",
        "Smith v Information Commissioner [2024] UKFTT 123 (GRC) (05 March 2024)\nThe appellant asked the Council "
        "for its minutes.\n",
        {"reference": None},
    ),
    (
        # Frimley Health NHS Foundation Trust's internal review letter on WhatDoTheyKnow
        "an internal review dated by the original request's receipt",
        "Date 14th August 2019\nDear Requester\nINTERNAL REVIEW Request for Information Reference: FOI 0271-19\n"
        "The Trust received your original request on the 29th April 2019 and detailed below is the response that was "
        "sent to you.\nThe Trust received your request for an internal review on the 5th August 2019 detailed as "
        "follows:\n",
        {"response_date": dt.date(2019, 8, 14), "received_date": dt.date(2019, 4, 29)},
    ),
    (
        # a Scottish Information Commissioner's decision on East Dunbartonshire Council
        "a request made through solicitors",
        "Decision 247/2014: Mr Thomas Meechan and East Dunbartonshire Council\n\nReference No: 201402013\nDecision "
        "Date: 27 November 2014\n\nSummary\n\nOn 6 February 2014, through his solicitors, Mr Meechan asked East "
        "Dunbartonshire Council (the Council) for information.\n",
        {"received_date": dt.date(2014, 2, 6), "response_date": dt.date(2014, 11, 27)},
    ),
    (
        "an acknowledgement's reference for this request",
        "Dear Mr Pemberton,\n\nI can confirm that your request for information has been received and a response will "
        "be sent to you within 20 working days [26 May 2016].\n\nYour reference for this request is 16041.\n",
        {"reference": "16041", "response_date": None},
    ),
    (
        # NHS Lothian's letter flattened to one line: the letterhead's labels, then their values
        "a letterhead read across, 'Date Our Ref' then the date and the reference",
        "Northby NHS Board Waverley Gate Edinburgh EH1 3EG Telephone 0131 536 9000 www.nhsnorthby.scot.nhs.uk Date Our "
        "Ref 05/10/12 3289 Enquiries to Richard Roe Extension 35687 Dear FREEDOM OF INFORMATION – ICT I write in "
        "response to your request for information.\n",
        {"reference": "3289", "response_date": dt.date(2012, 10, 5)},
    ),
    (
        # Falkirk Council's acknowledgement on WhatDoTheyKnow
        "an acknowledgement's reference number for this",
        "Good afternoon,\n\nWe acknowledge receipt of your information request dated 16 August 2020 . The Reference "
        "Number for this is 102290.\n\nIn terms of the relevant legislation, we have 20 working days to deal with your "
        "request.\n",
        {"reference": "102290"},
    ),
    (
        # Shropshire Community Health NHS Trust's reply: subject access requests are what the FOI request counts
        "subject access requests counted by the request",
        "FOI Ref: 7041/2013\n\nRe: Freedom of Information Request - SAR information\n\nRequest and Response\n1. How "
        "many Subject Access request you receive in your trust in an average month.\nAns. We are unable to determine "
        "an average.\n2. Please give the number of subject access requests received in each of the last 3 years.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Scottish Borders Council's log: only "FOI", and section 35 cited by its subject in the Scottish Act's numbering
        "a section cited by its subject in the scottish act's numbering",
        "Financial Management/ERP System - Freedom of information requests\nType of Request\nFOI\nResponse\nThe "
        "Council is unable to release this information into the public domain. Section 35 (1) (a) exempts information "
        "if its disclosure is likely to prejudice the prevention or detection of crime.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        # the same words from an English council that names the UK Act: its section 31 is law enforcement
        "a section cited by its subject under the uk act named",
        "Freedom of Information Act 2000 request\n\nThe Council is unable to release this information. Section "
        "31(1)(a) exempts information if its disclosure is likely to prejudice the prevention or detection of crime.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # the British Geological Survey on UK Research and Innovation's log: the Act was the requester's choice
        "a request made under the Act considered under the regulations",
        "Dear Northby Geological Survey,\n\nPlease treat this email as a request.\n\nYours faithfully,\n\nA Smith\n\n"
        "Response Sent: 31 May 2023\n\nThank you for your request made under the Freedom of Information Act. Because "
        "the information you have requested is environmental in nature, we have considered your request under the "
        "Environmental Information Regulations 2004.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # a WhatDoTheyKnow request to Cheltenham Borough Council, the Act named by the law's name in words
        "a request made under freedom of information legislation",
        "Dear Sir or Madam,\n\nUnder freedom of information legislation, I am seeking the following information about "
        "trees felled.\n\nYours faithfully,\n\nA Smith\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # NatureScot's letter, headed as every request is called
        "an FOI request's heading over a reply that handled it under the regulations",
        "Freedom of Information Request: Common Scoter Report\nDate: 24 June 2024\nOur ref: SIR175682\nDear Mr Doe\n"
        "Thank you for your information request, which we received on 27 May. We have considered your request under "
        "the Environmental Information (Scotland) Regulations 2004 ('the EIRs').\n",
        {"legislation": ["EISR"]},
    ),
    (
        # Colchester Borough Council's acknowledgement on WhatDoTheyKnow, of a request about recycling tonnages
        "the regimes a pointer to guidance names, beside the one the request is handled under",
        "Dear Requester\n\nThank you for your Freedom of Information request which has been logged under reference "
        "344016.\n\nFor full details of the Freedom of Information Act, the Environmental Information Regulations, how "
        "a request is dealt with and related information please visit http://www.ico.org.uk .\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # the Corporation of Trinity House on WhatDoTheyKnow, answering of its own accord
        "a body saying it is no public authority under the Act the request names",
        "Dear Madam\n\nThank you for your email dated 24 April 2019 regarding a request for information under the "
        "Freedom of Information Act (FOIA) regarding Light Dues income.\n\nIn the first instance we would advise that "
        'Northby House is not designated as a "public authority" under the FOIA. However, we are content to make '
        "certain information available where appropriate.\n",
        {"legislation": []},
    ),
    (
        # a WhatDoTheyKnow page to the Conservators of the River Cam: the site's heading files the request under the
        # regulations, the request names the Act
        "WhatDoTheyKnow's heading names no regime the request is made under",
        "Nick Brown made this Environmental Information Regulations request to Northby Conservators\n\nDear Sir\n\n"
        "Please provide the following documents:\n\n1 River Navigation Act 1985\n2 River Bye-laws\n\nFor the avoidance "
        "of doubt this is a requisition under the Freedom of Information Act.\n\nYours faithfully\nNick Brown\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # NHS Calderdale CCG's disclosure log: the cost-limit regulations made under the Act are its only naming of it
        "the Act's cost-limit regulations, the reply's only naming of the Act",
        "CHC Neurological Conditions (1819050)\n\n1. How many patients are placed out of area?\n\nRefusal Notice "
        "Issued (request would exceed the cost threshold as defined by the Freedom of Information and Data Protection "
        "(Appropriate Limit and Fees) Regulations 2004).\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a request made under the Act answered under the Act",
        "Dear Mr Smith,\n\nThank you for your request made under the Freedom of Information Act 2000. We hold the "
        "information and it is attached.\n\nYours sincerely,\n\nA Lee\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Surrey Police's acknowledgement on WhatDoTheyKnow
        "the regime's name as a heading's label, with its colon",
        "Dear M Esslemont,\n\nFreedom of Information: 003814/19 \u2013 Incidents NRM referral\n\nI write in connection "
        "with your FOI request which was recently received.\n",
        {"reference": "003814/19"},
    ),
    (
        "the regime's name as a heading's label, before words only",
        "Dear Ms Evans,\n\nFreedom of Information: request for the minutes of 2019\n\nThank you for your request.\n",
        {"reference": None},
    ),
    (
        # Redcar and Cleveland Borough Council's reply as a blog reproduces the email
        "an email's subject naming the case after FOI",
        "From: foi@northby.gov.uk\nTo: d@example.com\nSent: Tuesday, March 18, 2014 8:58 AM\nSubject: RE: FOI "
        "14/0136\n\nDear Sir\n\nThe only information held by the Council is the MAPPA guidance.\n\nKind regards\n\n"
        "FOI Officer\n",
        {"reference": "14/0136"},
    ),
    (
        # the Service Prosecuting Authority on WhatDoTheyKnow
        "the request's date after 'of the'",
        "Dear Sir,\nThank you for your email of the 4th March 2017 requesting the following information.\n",
        {"received_date": dt.date(2017, 3, 4)},
    ),
    (
        # Edinburgh Trams Ltd's reply under FOISA
        "the request's date after how it came",
        "Dear Mr Lander,\nThank you for your request for information by e-mail on 4th March 2024 to which you state, "
        "I request the following information.\n",
        {"received_date": dt.date(2024, 3, 4)},
    ),
    (
        # a WhatDoTheyKnow request to the Royal Bolton Hospital NHS Foundation Trust
        "the requester stating the date of receipt",
        "Dear Northby Hospital NHS Foundation Trust,\nPlease tell me when you will upload data.\nFor the purposes of "
        "the Act, the date of your receipt of this request will be 27th May 2010.\nYours faithfully,\nNeil Bhatia\n",
        {"received_date": dt.date(2010, 5, 27)},
    ),
    (
        # Eastbourne Borough Council on WhatDoTheyKnow
        "'Information Request:' with its colon labels a case with its prefix",
        "Dear Ms. Wardle,\nRe: Information Request: EFOI 16640\nThank you for your information request.\n",
        {"reference": "EFOI 16640"},
    ),
    (
        "'Information Request:' before words only",
        "Dear Ms. Wardle,\nRe: Information Request: housing data 2021\nThank you for your information request.\n",
        {"reference": None},
    ),
    (
        # 5 Boroughs Partnership NHS Foundation Trust's response, an attachment on WhatDoTheyKnow
        "the date before the body received the request",
        "Response to Request\nOur Reference Number: FOI 16/349\n\n23 December 2016\n\nRequest\n\nOn 10 December 2016 "
        "the Trust received an email requesting the following information.\n",
        {"received_date": dt.date(2016, 12, 10), "response_date": dt.date(2016, 12, 23)},
    ),
    (
        # the Ministry of Defence's helpdesk for the Defence Vetting Agency on WhatDoTheyKnow
        "a case numbered from the day it came, running on past the date",
        "Dear Mr Fishwick,\n\nThe reference number for your request is 19-07-2010-145338-002\n\nIf after having "
        "received a substantive response you remain dissatisfied, we will review it.\n",
        {"reference": "19-07-2010-145338-002"},
    ),
    (
        # Brighton and Sussex University Hospitals' automatic reply pointing elsewhere
        "a subject access request named only as another route",
        "Thank you for contacting the Freedom of Information (FOI) Office. If you have requested information under the "
        "Freedom of Information Act, we will now consider your request.\n\nIf you are trying to request personal "
        "medical information, this is called\na Subject Access Request and is not processed by the FOI Office.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # a campaign blog quoting the London Borough of Richmond upon Thames's letter under the post's own date
        "the date line beside the reference, not a date above the letterhead",
        "Thursday 8 November 2012\n\nCouncil turn down Freedom of Information request.\n\nAdult and Community "
        "Services\nData Protection & Information Officer\n\n5 November 2012\nOur Ref: e13572\n\nDear Mr Morris,\n\n"
        "Your requests for information which were received on 5 October 2012 have been considered.\n",
        {"response_date": dt.date(2012, 11, 5), "reference": "e13572", "received_date": dt.date(2012, 10, 5)},
    ),
    (
        # Sevenoaks District Council's automatic reply under a request made under the Act
        "an automatic reply's regimes named in an if",
        "Dear Sevenoaks District Council,\n\nUnder the Freedom of Information Act, please supply a copy of the "
        "brief.\n\nYours faithfully,\n\nA Person\n\nThis is an automated response to\nacknowledge your email has "
        "been received. If this is an initial request for\ninformation under the Freedom of Information Act 2000 or "
        "Environmental\nInformation Regulations 2004, we will respond to your request within 20 working\ndays.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Public Health England's acknowledgement on WhatDoTheyKnow: the regimes' timescales in general, and the one for
        # personal data named in an if, under a request made "under the FOI"
        "an acknowledgement's regimes named for requests in general and in an if",
        "Dear Northby Health Agency,\n\nIn addition I would like to request under the FOI all documents relating to "
        "the decision.\n\nYours faithfully,\n\nA Person\n\nDear A Person,\n\nWe acknowledge receipt of your email "
        "and request for information.\nPlease note that requests under the Freedom of Information Act and the "
        "Environmental Information Regulations (EIRs) will receive a response within 20 working days.\nIf the "
        "request is for your personal data (i.e. a Subject Access Request) under the Data Protection Act, then we "
        "will respond within 40 calendar days.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # The Commissioner's decision on Harlow Council, which cites its sections and never names the Act
        "no regime named, but the sections applied are the Act's",
        "16 September 2015, Local government (District council)\nThe complainant has requested information on a "
        "decision by the council to terminate a contract. The council provided some information but withheld other "
        "information on the basis that sections 41 and 43 applied (confidentiality and commercial interests).\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # National Museums Liverpool quoting the requester's WhatDoTheyKnow email under its reply
        "an email's subject names no regime; its Sent line dates the request",
        "Dear Flo\nPlease find attached, our response to your recent request for information.\nWith best wishes\n"
        "From: Flo Marks <[FOI #837031 email]>\nSent: 25 February 2022 16:23\nTo: Data Protection Officer\nSubject: "
        "Freedom of Information request - Numbers of Asian artists' works\nDear National Museums Liverpool,\nHow "
        "many artists' works did you exhibit?\n",
        {"legislation": [], "received_date": dt.date(2022, 2, 25)},
    ),
    (
        # a WhatDoTheyKnow request to South Warwickshire NHS Foundation Trust
        "the requester fixing the date of receipt",
        "Dear Northby NHS Foundation Trust,\n\nI would like to make another request under the FOI Act.\n\nFor the "
        "purposes of the Act, please take the date of your receipt of this request as 7th August 2019.\n\nCould you "
        "kindly tell me:\n\n- Does the data contain rows?\n- Is the data coded?\n\nYours faithfully,\n\nA Person\n",
        {"received_date": dt.date(2019, 8, 7)},
    ),
    (
        # a First-tier Tribunal decision on an appeal against Liverpool University Hospitals NHS Foundation Trust
        "a request for information made on a date",
        "Decision given on: 24 June 2024\n\n2. This appeal concerns whether the Commissioner was correct to determine "
        "in the Decision Notice that the Appellant's request for information made on 7 July 2022 for details of 49 "
        "contracts was vexatious.\n",
        {"received_date": dt.date(2022, 7, 7), "response_date": dt.date(2024, 6, 24)},
    ),
    ("a year after a reference is not part of it", "Reference: 31213209 2022\n", {"reference": "31213209"}),
    (
        "a financial year before the case number",
        "FOI reference: 22/23 153\n\nDate received: 10/03/2023\n\nDate responded: 27/03/2023\n",
        {"reference": "22/23 153", "received_date": dt.date(2023, 3, 10), "response_date": dt.date(2023, 3, 27)},
    ),
    (
        "a case number before the financial year",
        "BFRS Ref:\n\n27 19/20\n\nInformation request:\n",
        {"reference": "27 19/20"},
    ),
    (
        # Hampshire and Isle of Wight Fire and Rescue Service's letter: the financial year's halves joined by a hyphen
        "the case number then the financial year with a hyphen",
        "Date:\n11 April 2023\nOur Reference:\nFOI 154 22-23\nEnquiries to:\nInformation Compliance Officer\n",
        {"reference": "154 22-23"},
    ),
    ("a date after a number is no financial year", "Our ref: 2023 12/03/2023\n", {"reference": None}),
    (
        # a WhatDoTheyKnow request to Yorkshire Water, titled with a place on the map
        "a grid reference is no case's",
        "Effluent Discharge at Breary Flat Lane, Northby (Grid Reference - SE 35978 57978)\n\nDear Northby Water,\n\n"
        "Please send me the consents to discharge at grid ref. SE 35978 57978.\n",
        {"reference": None},
    ),
    (
        "a case number after its prefix that reads as a year",
        "Lee Jefferson\nOur Reference: FOI 1972\nBy email\nDate: 23 December 2016\nDear Mr Jefferson\n",
        {"reference": "1972", "response_date": dt.date(2016, 12, 23)},
    ),
    ("a plain year after a label is no reference", "Reference 2023\n\nDear Mr Jefferson\n", {"reference": None}),
    (
        "a disclosure log's request details heading over the date",
        "FOI Disclosure Log\n\nCustomer Request Details\n\n28 April 2020\n\n  1. How many incidents of fly tipping "
        "were there?\n\nNorthby Council Response\n\n12 May 2020\n\nPlease find the figures below.\n",
        {"received_date": dt.date(2020, 4, 28)},
    ),
    (
        "a bare dated years before the reply dates another document",
        "Date: 31 October 2016\n\nDear Mr Hill\n\nWe hold a copy of this document as it was provided by you in a "
        "letter to us dated 9 October 2011.\n",
        {"response_date": dt.date(2016, 10, 31), "received_date": None},
    ),
    (
        "a bare dated weeks before the reply dates the request",
        "Date: 31 October 2016\n\nDear Mr Hill\n\nThank you for your letter to the Council, dated 9 October 2016.\n",
        {"response_date": dt.date(2016, 10, 31), "received_date": dt.date(2016, 10, 9)},
    ),
    (
        "a short date line with the reference beside it",
        "Information Governance Team\n22.09.2023 Our Ref: FOI 1939\nDear Sir/Madam\nI acknowledge your request which "
        "was received on 21.09.2023.\n",
        {"reference": "1939", "response_date": dt.date(2023, 9, 22), "received_date": dt.date(2023, 9, 21)},
    ),
    (
        "a year's two digits before the case number",
        "By Email:\nOur Ref: FOI 19 1413\nDate: 28th October 2019\nDear Ms Farrar\n",
        {"reference": "19 1413", "response_date": dt.date(2019, 10, 28)},
    ),
    (
        "a date ending the reference's letterhead line",
        "Fax: 01874 712 554\nOur ref: RR/CP/FOI/11.R.202 25 November 2011\nSent via email to: Lisa Chapman\n"
        "Dear Ms Chapman\n",
        {"reference": "RR/CP/FOI/11.R.202", "response_date": dt.date(2011, 11, 25)},
    ),
    (
        "a reply's subject line names the request for information",
        "Freedom Of Information, Northby Borough Council\n\nRequest for Information - 2017/15969 - Tooting Common "
        "Heritage Project\n\nThank you for your request for information received on 21/11/2017.\n",
        {"reference": "2017/15969", "received_date": dt.date(2017, 11, 21)},
    ),
    (
        "a year's two digits before a five-digit case number",
        "Our Ref: FOI 18 19259\nDate: 10 April 2018\nDear Mr Bennett\n",
        {"reference": "18 19259"},
    ),
    (
        "a page's publication date gives way to the reply's release date",
        "FOI release\n\nPatent applications received\n\nPublished 1 November 2023\n\nDate of release:\n\n1 February "
        "2021\n\nInformation released:\n\nPlease see the attached data.\n",
        {"response_date": dt.date(2021, 2, 1)},
    ),
    (
        "a tribunal's decision is dated by the day it was given",
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nHeard on: 11 January 2024\n"
        "Decision Given On: 24 January 2025\n\nBetween:\nJOHN SMITH\nAppellant\n",
        {"response_date": dt.date(2025, 1, 24)},
    ),
    (
        "the Information Tribunal's promulgation date on the line below its label",
        "Information Tribunal\nAppeal Number: EA/2006/0018\nHeard on the papers\n20 November 2006\nDecision "
        "Promulgated\n29 December 2006\n",
        {"response_date": dt.date(2006, 12, 29)},
    ),
    (
        "the Information Tribunal's appeal number is the reference",
        "Information Tribunal\nAppeal Number: EA/2006/0018 FS 50082264\nFreedom of Information Act 2000 (FOIA)\n",
        {"reference": "EA/2006/0018"},
    ),
    (
        "the decision notice appealed against is not dated by the request",
        "Case Reference: EA/2023/0185\n2. This is an appeal against the Commissioner's Decision Notice Reference "
        'IC-195534-T1F7 dated 28 February 2023 ("the Decision Notice").\n',
        {"received_date": None},
    ),
    (
        "a line opening with Dated dates the notice it ends, not the request",
        "The Decision Notice of the Information Commissioner shall stand with the following changes.\nSigned\n"
        "Deputy Chairman\nDated 14th December 2006\n",
        {"received_date": None},
    ),
    (
        "a page of several requests is dated by its first (East Devon District Council's published requests)",
        "Contact details for the person who deals with your cleaning contracts\n\nDate submitted: 23 May 2017\n\n"
        "Summary of request\n\nI was hoping to gather the contact details.\n\nSummary of response\n\nSimon "
        "Allchurch, Senior Building Surveyor\n\nDate responded: 24 May 2017\n\nSpending on victims of domestic "
        "abuse\n\nDate submitted: 19 May 2017\n\nSummary of request\n\nSpending on victims.\n\nSummary of "
        "response\n\nThe requested information is not held.\n\nDate responded: 22 May 2017\n",
        {"received_date": dt.date(2017, 5, 23), "response_date": dt.date(2017, 5, 24)},
    ),
    (
        "the day a request was first notified to the force (Staffordshire Police)",
        "Our Ref FOI 4505\nDate: 29/01/2014\n\nDear Mr Henderson,\n\nRe: Request for information under the provisions "
        "of the Freedom of Information Act 2000, first notified to Staffordshire Police on the 13th December 2013.\n",
        {"received_date": dt.date(2013, 12, 13), "response_date": dt.date(2014, 1, 29)},
    ),
    (
        "a case number with its FOI label on the line above a reply's greeting (the North West Ambulance Service)",
        "Dear North West Ambulance Service NHS Trust,\n\nPlease tell me how many ambulances you run.\n\nYours "
        "faithfully,\n\nClaire Stephenson\n\nFOI Enquiries, North West Ambulance Service NHS Trust\n\nThank you for "
        "your request for information which is currently being reviewed.\n\nWe will contact you again with a "
        "response within 20 working days.\n\nThank you.\n\nFOI Enquiries, North West Ambulance Service NHS Trust"
        "\n\nNorth West Ambulance Service\n\nEmail: [email address]\n\nFOI 869\n\nDear Claire Stephenson,\n\nThank "
        "you for your request for information.\n",
        {"reference": "869"},
    ),
    (
        "one request made over several emails is dated by the first (Ofsted)",
        "20 December 2019\n\nDear Ms Woodward\n\nYour request for information\n\nThank you for your emails of 7, 8 and "
        "9 December 2019 in which you requested information connected with Steiner schools.\n",
        {"received_date": dt.date(2019, 12, 7), "response_date": dt.date(2019, 12, 20)},
    ),
    (
        "several requests' dates date none of them (the Department for Work and Pensions)",
        "29 September 2023\nDear Emily Silcock,\nThank you for your Freedom of Information (FoI) requests received on "
        "4, 5, 6, 8 and 11 September. The reference numbers are below.\n",
        {"received_date": None},
    ),
    (
        "the review request's own date, after 'for an internal review,'",
        "Dear Mr Bell\nFOI1327 - Internal Review Request\nThank you for your request for an internal review, dated 13 "
        "July 2016, in respect of your request for information.\n",
        {"received_date": dt.date(2016, 7, 13)},
    ),
    (
        "the date heading a WhatDoTheyKnow request is the day it was made",
        "David Hopson made this Freedom of Information request to Northby Parish Council\n\nFrom: David Hopson\n\n11 "
        "June 2009\n\nDear Sir or Madam,\n\nPlease can you provide me with the following information under the "
        "Freedom Of Information Act 2000:-\n\nCopies of all email correspondence.\n\nYours faithfully,\n\nDavid "
        "Hopson\n",
        {"received_date": dt.date(2009, 6, 11), "response_date": None},
    ),
    (
        "the date ending a heading that names the request, glued to it, over the requester's greeting (a local news "
        "blog reproducing a WhatDoTheyKnow request to Mid Sussex District Council)",
        "On July 2015, I wrote the following request via whatdotheyknow.com\n\nwhat do they know Freedom Of "
        "Information Request17th July 2015\n\nDear Mid Sussex District Council,\n\nPlease could you supply a copy of "
        "the resulting report.\n\nYours faithfully,\n\nMr Peter Chapman\n\n18th August 2015\n\nDear Mr Chapman,\n"
        "\nThank you for your request for information.\n",
        {"received_date": dt.date(2015, 7, 17), "response_date": dt.date(2015, 8, 18)},
    ),
    (
        "a date above the authority's greeting dates the reply, not the request",
        "Northby Council\n\n12 June 2009\n\nDear Mr Hopson,\n\nThank you for your request.\n",
        {"received_date": None, "response_date": dt.date(2009, 6, 12)},
    ),
    (
        "a corrected decision's date replaces the first",
        "Heard on: 23 October 2023\nDecision given on: 09 November 2023\nCorrected Decision given on: 27 November "
        "2023\n",
        {"response_date": dt.date(2023, 11, 27)},
    ),
    ("a day of the month is no reference", "Reference: 12 August 2019\n", {"reference": None}),
    (
        "FOI is a label, ATISN is part of the identifier",
        "FOI 5974\nReference: ATISN 16090\n",
        {"reference": "ATISN 16090"},
    ),
    (
        "flattened table cells",
        "/ Our Ref: / 1-293357563Your Ref:\nDate: / 6 March 2013\nDear Mr Taylor,\n",
        {"reference": "1-293357563", "response_date": dt.date(2013, 3, 6), "requester": "Mr Taylor"},
    ),
    (
        "a log's headings with their dates in brackets (the British Council)",
        "The Request (dated 24 January 2018)\n\nDear Sir or Madam,\n\nPlease tell me whether you have a Facebook "
        "page.\n\nOur Response (dated 2 March 2018)\n\nDear\n\nThank you for your request for information dated 25 "
        "January 2018.\n",
        {"response_date": dt.date(2018, 3, 2), "received_date": dt.date(2018, 1, 24)},
    ),
    (
        "a report's question heading with its date in brackets dates the request, not the reply (the Northern Care "
        "Alliance's report for Pennine Acute Hospitals NHS Trust)",
        "Freedom of Information Report\nFOI / 9791\nQuestion (dated: 31/10/19)\nRequestor Category: Business\nPlease "
        "provide the total agency spend.\n",
        {"response_date": None, "received_date": dt.date(2019, 10, 31)},
    ),
    (
        "a log's reply headed by its outcome and date (Wandsworth Borough Council's disclosure log)",
        "FOI request details\n\n1. Does the Council employ enforcement officers?\n\nFull Disclosure - 8 February 2023"
        "\n\nRequest for Information - WBC-FOI-00414 - Enforcement\n\nThank you for your request for information "
        "received on 13 January 2023.\n",
        {"response_date": dt.date(2023, 2, 8), "received_date": dt.date(2023, 1, 13)},
    ),
    (
        "the outcome in the past tense before the date (the London Borough of Richmond upon Thames's disclosure log)",
        "Subject: Strikes by Council workers\n\nReference: LBR-FOI-00656\n\n1. The total number of days affected by "
        "strike action.\n\nResponse\n\nPart Disclosed - 7 February 2023\n\nRequest for Information - LBR-FOI-00656 - "
        "Strikes by Council workers\n\nI refer to your request for information received on 03 February 2023.\n",
        {"response_date": dt.date(2023, 2, 7), "received_date": dt.date(2023, 2, 3)},
    ),
    (
        "nothing disclosed, and the date (Wandsworth Council's disclosure log)",
        "FOI request details\n\nSubject: Cyber Security\n\nReference: WBC-FOI-00471\n\nEmail Security\n\n\nSecurity "
        "Awareness Training\n\n\nNone Disclosed - 10 February 2023\n\nRequest for Information - WBC-FOI-00471 - Cyber "
        "Security\n",
        {"response_date": dt.date(2023, 2, 10)},
    ),
    (
        "a protective marking's impact level under the reference label is no reference (Sandwell Metropolitan Borough "
        "Council's letter on WhatDoTheyKnow)",
        "My ref \nIL0 - UNCLASSIFIED \nYour Ref: \nFS - 116689299 \nPlease ask for: \nPaul Armstrong \nDate: \n9 May "
        "2019 \nDear F Sandford, \n \nFreedom of Information Act 2000\n",
        {"reference": None},
    ),
    (
        "a case number after the year's two digits and a colon (the Northern Ireland Prison Service's letter)",
        "Sent to:Your Ref:\n\nEmma Smith\n\nur Ref: 14:132\n\nDate: 6 June 2014.\n\nDear Ms Smith,\n\nFOI Case No. "
        "14:132 Emma Smith\n\nThank you for your e-mail of 18 May 2014\n",
        {"reference": "14:132"},
    ),
    (
        "a time of day after a reference label is no case number",
        "Our Ref: 14:13\n\nDear Ms Smith,\n\nThank you for your e-mail.\n",
        {"reference": None},
    ),
    (
        "a title's word named with a number after the request's label is no case (Moray Council's log)",
        "FOI Request - Covid-19 Second Wave\n\nRequest 101002589299\n\n\n1) For the period between May 1 2020 and "
        "present, any forecasting analysis undertaken by the local authority for a potential second wave\n",
        {"reference": "101002589299"},
    ),
    (
        "a flattened letter's date after its protective marking and before its reference (Police Scotland's letter)",
        "NOT PROTECTIVELY MARKED 3 March 2016 Our Ref: IM-FOI-2016-2711 FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 I "
        "refer to your recent request for information which has been handled in accordance with the Freedom of "
        "Information (Scotland) Act 2002. For ease of reference, your request is replicated below together with the "
        "response. I wish to know the date from which the association sent members to sit on the board.\n",
        {"response_date": dt.date(2016, 3, 3), "reference": "IM-FOI-2016-2711"},
    ),
    (
        "a postcode's district naming the subject after the request's label is no case (a request to Merton)",
        "Subject: Freedom of Information Request - SW19 Rat Run Traffic Measures\nFrom: Requestor\nTo: "
        "FOI@Merton.gov.uk\nDate: Mon, 17 Mar 2025 13:20:50 +0000\nBody:\nTo whom it may concern,\nUnder the Freedom "
        "of Information Act 2000, I am requesting the following information:\n",
        {"reference": None},
    ),
    (
        "a tribunal's case cited in brackets is not the reply's (Charnwood Borough Council's log)",
        "Empty Properties\n\nRequested on\nMon 14th April, 2014\nFOI 4249\nInformation provided\n\n\nI am looking for "
        "a current list of long term empty property lists within the councils area.\n\n\nWe are unable to provide "
        "details of empty homes as the information is exempt from disclosure under sections 40(3)(a) and 31(1)(a) of "
        "the Freedom of Information Act 2000\nThe Information Tribunal (case ref EA/2006/0060 & 0066) found that the "
        "address of a property ... were personal data.\n\nAdditionally a First-tier tribunal (case ref EA/2011/0007) "
        "found that providing the addresses of empty properties could lead to vandalism.\n",
        {"reference": "4249"},
    ),
    (
        "a page of a report the request cites is no reference (a request on South Wales Police's log)",
        "REQUEST\n1. Please state how much the supplier was paid for the app.\n2. In response to the Crime "
        "Commissioner's annual report for 2022 (ref. p.70) please provide the full review of the pilot.\n"
        "RESPONSE\nQuestion 1\nThe following exemption applies: Section 43(2) - Commercial Interest\n",
        {"reference": None},
    ),
    (
        "legislation: a Jersey law named, its 'FOI request' names no UK Act (the Government of Jersey's responses)",
        "Original Request\nThis FOI request is in relation to the raid on premises in Jersey in April 2022.\n"
        "Which business premises in Jersey were raided?\nOriginal Response\nThis information is exempt from "
        "publication under Article 24 of the Freedom of Information (Jersey) Law 2011.\n",
        {"legislation": []},
    ),
    (
        "reference: the year's two digits, 'FOI' and the case number, spaced (Central and North West London NHS "
        "Foundation Trust's letter of 2016)",
        "Ruth Atkinson\n\nOur ref: 16 FOI 008\n\n28January 2016\n\nDear Ms Atkinson,\n",
        {"reference": "16 FOI 008"},
    ),
    (
        "legislation: 'Freedom of Information (FOI) review request', the short name in capitals (the Department for "
        "Work and Pensions' internal review)",
        "Department for Work and Pensions (DWP)\nCentral Freedom of Information Team\nOur reference: IR599\n"
        "15 March 2018\nDear Mr James,\nThank you for your Freedom of Information (FOI) review request received on\n"
        "23 November 2017.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a contract's reference after its supplier's name and a dash is the contract's, not the request's (the "
        "University of East Anglia's log, the case in the page's title)",
        "FOI_24-311 Library software\nI would like to request the following for the contract awarded:\n1. Awarded "
        "Contractor\n2. Contract Value\nOur response:\nSoftLink Limited \u2013 Reference LIB 208 | |\n---|---|\n"
        "1 | SoftLink Limited |\n2 | \u00a348,000 |\n",
        {"reference": "FOI_24-311"},
    ),
    (
        "a case reference 'which is' the value, at the acknowledgement's foot (Nottingham City Council on "
        "WhatDoTheyKnow)",
        "Dear Mr Lee\n\nThank you for your recent request. A response will be sent within 20 working days.\n\nIf you "
        "should have any questions please contact me quoting your personal case reference which is IGO/11-8732.\n\n"
        "Sincerely,\n\nInformation Governance\n",
        {"reference": "IGO/11-8732"},
    ),
    (
        "a subject under the greeting, 'RE:', the case's number alone, a dash and the request's title (Kirklees "
        "Council on WhatDoTheyKnow)",
        "Dear Mr Storey\n\nRE: 20517 - location and costs of polling stations\n\nI confirm receipt of your information "
        "request and that we are dealing with this.\n",
        {"reference": "20517"},
    ),
    (
        "a year after 'RE:' before a dash is no case",
        "Dear Mr Storey\n\nRE: 2019 - location and costs of polling stations\n\nI confirm receipt of your information "
        "request and that we are dealing with this.\n",
        {"reference": None},
    ),
    (
        "a Welsh page's first-published date yields to the letter's date line (the Welsh Government's ATISN release "
        "on llyw.cymru)",
        "Gwybodaeth am waith a wnaed ar dir.\n\nCyhoeddwyd gyntaf:\n15 Mehefin 2022\nDiweddarwyd ddiwethaf:\n\n"
        "Manylion\n\n30 May 2022\n\nDear\n\nATISN 16287 Information Request Regarding Works at Trevor Rocks\n\n"
        "Thank you for your request which I received on 29 April 2022.\n",
        {"response_date": dt.date(2022, 5, 30), "received_date": dt.date(2022, 4, 29)},
    ),
    (
        "'Please quote ID' over the greeting labels the case (Wigan Council on WhatDoTheyKnow)",
        "Northby Metropolitan Borough Council\n\nPlease quote ID 4512 on all correspondence/emails/faxes\n\nDear "
        "Sir/Madam\n\nThank you for your request.\n",
        {"reference": "4512"},
    ),
    (
        "an identifier after its label, though it reads as a year (Wigan Council's 'Please quote ID 2066')",
        "Northby Metropolitan Borough Council\n\nPlease quote ID 2066 on all correspondence/emails/faxes\n\nDear "
        "Sir/Madam\n\nThank you for your request.\n",
        {"reference": "2066"},
    ),
    (
        "the date ending a letterhead's contact line, the reference's line between it and the greeting (Kirklees "
        "Council's review on docslib)",
        "Legal, Governance and Commissioning 2nd Floor, High Street Buildings HD1 2ND\n\nTel: 01484 221000\n\nEmail: Mr "
        "A Leader BY EMAIL 11th February 2019\n\nOur Reference: LAG/JC/SG/FOI18484\n\nDear Mr Leader\n\nI have "
        "conducted a review of the Council's response to your request for information.\n",
        {"response_date": dt.date(2019, 2, 11), "reference": "LAG/JC/SG/FOI18484"},
    ),
    (
        "an internal review's own date in its opening sentence (the Isle of Anglesey County Council's review)",
        "Internal Review on the response to a Freedom of Information request \u2013 IR/07 (FOI 368)\n\nThe request for "
        "an Internal Review was received on 27th October 2016 and the review was conducted on 21st November 2016\n\n"
        "Background and the Review\n\nOn the 17th October 2016, the following request was received:\n",
        {"response_date": dt.date(2016, 11, 21)},
    ),
    (
        # Ofcom's internal review on WhatDoTheyKnow, heading the request it reviews above its own reference
        "an internal review's own reference below the original request's",
        "Original reference: 1-295597565 \nInternal review reference: 1-296429831 \n13 July 2015 \nFreedom of "
        "Information: Internal Review \nDear Mr Ward \nThank you for your recent request for an internal review of "
        "your Freedom of Information Act (the Act) request.\n",
        {"reference": "1-296429831"},
    ),
    (
        # University Hospitals Birmingham's published requests: the case and its financial year head the page
        "an FOI label, the case and the financial year alone on a log page's title line",
        "Freedom of information requests\n\nFOI 2795 2022/2023\n\nThe Risk Management System\n\nPublished 21 "
        "September 2023\n\nQuestions\n\n1. What Risk Management System does your organisation use?\n\nResponse\n\n"
        "1. Datix\n",
        {"reference": "2795 2022/2023"},
    ),
    (
        # Essex County Fire & Rescue Service's published responses: the case's parts spaced about slashes in the title
        "a case spaced about its slashes heading a log page, the title after a slash",
        "FOI / 4409 / 2022 / Forest Fires\nDear Sir/Madam,\nThank you for your request under the Freedom of "
        "Information Act 2000. We can confirm that Essex County Fire & Rescue Service does hold the information you "
        "have requested.\n",
        {"reference": "FOI / 4409 / 2022"},
    ),
    (
        "a case spaced about its slashes heading a log page under the site's menu, the title after a dash",
        "Essex County Fire & Rescue Service\n\nTransparency Overview\n\nSelect Category\n\nSearch Site\n\nFOI / 4059 / "
        "2019 - Official Secrets Act\n\n\nThank you for your request under the Freedom of Information Act 2000.\n",
        {"reference": "FOI / 4059 / 2019"},
    ),
    (
        # Essex County Fire & Rescue Service's published response of 2025: the month between the case and the title
        "an FOI label, the case, the month and the title, slashes between, heading a log page",
        "Essex County Fire & Rescue Service\n\nTransparency Overview\n\nFOI 4777 / April 2025 /Pre-Determined "
        "Attendance\n\nThank you for your request under the Freedom of Information Act 2000.\n",
        {"reference": "4777"},
    ),
    (
        # the Met Office's automatic reply on WhatDoTheyKnow: the capitals glued to the number are its prefix, and the
        # value is under the requester's label
        "a case's capital prefix glued to its digits is no label of its own",
        "Dear Mr Holland,\n\nThank you for your enquiry.\n\nWe have forwarded this on to our FOI team and they will "
        "get back to you as\nsoon as possible. Your Ref: REF0013727.\n\nIf you have any further questions please "
        "contact us.\n",
        {"reference": None},
    ),
    (
        # Liverpool City Council's internal review: the appeal marked after the case in capitals
        "a case with its appeal marked after it in capitals",
        "Your Ref:\nOur Ref: FOI/168488 APPEAL /\nMs Jenny Griffin\nEmail: / Date:8 December 2011\nDear Ms Griffin\n"
        "Freedom of Information request 168488APPEAL\nI am writing to you about your request for a review.\n",
        {"reference": "FOI/168488 APPEAL"},
    ),
    (
        # the Crown Prosecution Service's letter of 2009 on WhatDoTheyKnow: a case of four digits no letter is dated in
        "a case of four digits past any year a letter bears",
        "This is an HTML version of an attachment to the Freedom of Information request 'Phorm/BT: Resource and Effort "
        "Expended'.\n\nMr John\n\nOur ref: 2070\n\nMonday, 21 December 2009\n\nDear Mr John\n\nFREEDOM OF "
        "INFORMATION ACT 2000 REQUEST\n\nThank you for your Freedom of Information Act request which was received 30 "
        "November 2009.\n",
        {"reference": "2070"},
    ),
    (
        # the West Mercia Police and Crime Commissioner's disclosure log: the reference printed with an en dash, which
        # normalisation makes a hyphen, and the division's case after a spaced slash
        "a reference's dash as printed, the division's case after it",
        "WEST MERCIA PCC: DISCLOSURE LOG\n\nRESPONSE TO REQUEST\nReference: 2023 \u2013 324 / WE7239\nDate of "
        "response: 17th March 2023\nFOI Internal Review Request\nDear Mr Smith\n",
        {"reference": "2023 \u2013 324 / WE7239"},
    ),
    (
        "the date right before the greeting on a letterhead run together into a line of under 400 characters "
        "(Coventry City Council's letter on docslib)",
        "Place Directorate UNCLASSIFIED Martin Yardley Executive Director Business Support Floor 12, Civic Centre 4 "
        "Much Park Street Coventry CV1 2PY www.coventry.gov.uk Our reference FOI 20123607 Please contact Bernie "
        "Robinson\n[email address] 2 February 2015 Dear Freedom of Information Act 2000 (FOIA) Thank you for "
        "requesting information about the Councils assets. The Council received your request on 7 January 2015 and "
        "has considered it under the above legislation.\n",
        {"response_date": dt.date(2015, 2, 2), "received_date": dt.date(2015, 1, 7)},
    ),
    (
        "a month OCR read with a capital I for its l (South Ayrshire Council's scanned letter)",
        "County Square, Ayr 01292 612223 Our Ref Yqur Ref Date 31 JuIy 2017 Sent by Email\nDear Mr Edwards\nThank you "
        "for your information enquiry relating to business rates relief, received on 05 ApriI 2017.\n",
        {"response_date": dt.date(2017, 7, 31), "received_date": dt.date(2017, 4, 5)},
    ),
    (
        "a case whose third part is a sequence, not a year (Kent Police)",
        "Date: 6 July 2016\nFOI Ref: 16/06/669\nDear Mr Stuart,\nFreedom of Information Request 16/06/669\nI write in "
        "response to your request.\n",
        {"reference": "16/06/669", "response_date": dt.date(2016, 7, 6), "requester": "Mr Stuart"},
    ),
    (
        "an acknowledgement's official date of the request, on the line below (NHS Orkney on WhatDoTheyKnow)",
        "FOI Request - Acknowledgment of Receipt\nI hereby acknowledge receipt of the request detailed below:\n\n"
        "Reference number allocated to this request:\n201415-182\nThe official date of your request is:\n01/09/2014\n"
        "A response should be sent to your request no later than:\n29/09/2014\n",
        {"received_date": dt.date(2014, 9, 1)},
    ),
    (
        "a body greeted by its company name is no requester, and the request alone is no reply",
        # A WhatDoTheyKnow request to United Utilities Water PLC under the EIR, the page cut inside it: its dates are
        # the requester's ("notices dated Monday 11th June 2018")
        "Claire Stephenson made this Environmental Information Regulations request to Northby Water PLC\n\n"
        "Dear Northby Water PLC,\n\nI respectfully request the following information, under the Environmental "
        "Information Regulations 2004:\n\nFollowing on from emails, public and social media notices dated Monday 11th "
        "June 2018, stating that there was variations in the water pressure, please provide your position on supply.\n",
        {"requester": None, "received_date": None, "doc_type": "request_only"},
    ),
    (
        "a case number and the financial year in full (University Hospitals Birmingham's log)",
        "FOI 0160 2019/20 Catering Contracts\n\nFreedom of Information Request: 0160 2019/20\n\nPlease can you tell me "
        "which companies the trust holds catering service contracts with.\n",
        {"reference": "0160 2019/20"},
    ),
    (
        "Kew's reference by its shape, after the date on the letter's first line",
        "3 November 2020 FOI_RBGK_2020-33\n\nYour request for information\n\nThank you for your request for information "
        "which we received on 7 October 2020.\n",
        {"reference": "FOI_RBGK_2020-33", "received_date": dt.date(2020, 10, 7)},
    ),
    (
        "a year and a case number either side of a spaced hyphen (the Executive Office in Northern Ireland)",
        "Stormont Castle\nBELFAST BT4 3TT\nOur Ref:\nFOI TEO 2020 - 0012\nDate:\n2 April 2020\nDear Mr Dowds\n",
        {"reference": "TEO 2020 - 0012", "response_date": dt.date(2020, 4, 2)},
    ),
    (
        "a case number and the year's two digits either side of a spaced hyphen (Cleveland Police's log)",
        "Enquiry Reference: 275 - 24\nI write in connection with your Freedom of Information request.\n",
        {"reference": "275 - 24"},
    ),
    (
        "a team's code and the case's letters and digits ending the subject under the greeting (Manchester City "
        "Council)",
        "30 October 2015\nDear Mr Moore\nRe: - Request for Information Food spending COR/A2ZE98\nThank you for your "
        "request for information, which was received by Manchester City Council.\n",
        {"reference": "COR/A2ZE98"},
    ),
    (
        "the body's letters, a hyphen and a space, the case number (Herefordshire and Worcestershire Health and Care)",
        "Freedom of Information - HWHCT- 228\n\nOur ref HWHCT- 228\n\n18 October 2022\n\nInternational recruitment\n",
        {"reference": "HWHCT- 228"},
    ),
    (
        "the regime's letters, a spaced hyphen, the case number, the date after it (HM Courts & Tribunals Service)",
        "Yelena McCafferty\nOur Ref: FOI - 84472 27th August 2013\nFreedom of Information Request\nDear Yelena "
        "McCafferty\nThank you for your email of 30 July 2013.\n",
        {"reference": "FOI - 84472", "response_date": dt.date(2013, 8, 27)},
    ),
    (
        "the subject's case code with the letter's first sentence joined on (Manchester City Council, lines as "
        "paragraphs)",
        "13 May 2016\nDear Mr Davies\nRe: - Request for Information - Project Forward GAN/A84GBL Thank you for your "
        "request for information, which was received by Manchester City Council.\n",
        {"reference": "GAN/A84GBL"},
    ),
    (
        "the list's first number glued to the year of the reply's date, the line break lost (Hastings Borough "
        "Council's log)",
        "FOI request (FOIR-167706307)\nChildren in care\nRequested Tue 14 January 2020\n"
        "Responded Fri 17 January 20201) How many registered children's homes are operating in the local authority?\n"
        "2) How many children's homes places are available?\n",
        {"received_date": dt.date(2020, 1, 14), "response_date": dt.date(2020, 1, 17)},
    ),
    (
        "the reply's date labelled 'Date of actual response' after a deadline, the dates on one line (Somerset County "
        "Council's letter)",
        "Internal Reference: 141226 Date request received: 17/11/2014 Date response due: 15/12/2014 Date of actual"
        " response: 12/12/2014\n\nDear xxxx\n\nI am writing in respect of your recent request for information.\n",
        {"reference": "141226", "received_date": dt.date(2014, 11, 17), "response_date": dt.date(2014, 12, 12)},
    ),
    (
        "the regime's name in a page's title, a dash, then the subject: no reference (Transport for London's page of a "
        "request, its ID and the reply's own reference below)",
        "FOI request detail\n\nFreedom of Information request - PCN 34J charges issued by fixed cameras\n\n"
        "Request ID: FOI-0378-2021\nDate published: 03 July 2020\n\nYou asked\n\nPlease provide the number of PCNs"
        " issued.\n\nWe answered\n\nOur ref: FOI-0378-2021/GH\n\nThank you for your request.\n",
        {"reference": "FOI-0378-2021/GH"},
    ),
    (
        "the regime's name, a dash, then a case code: the reference (the London Borough of Croydon's letter)",
        "Yours faithfully,\nGraham Mitchell\nInformation Team Croydon\nDigital Services\nNOTE: Please do not edit the"
        " subject line when replying to this email.\nDear Graham Mitchell\nFreedom of information request - FOI/9005\n"
        "Subject: FOI - Work on Trumble Gardens, Brigstock Road\nYour request is being considered and you will receive"
        " a response within\nthe statutory timescale of 20 working days.\n",
        {"reference": "FOI/9005"},
    ),
    (
        "a letterhead flattened to one line, the addressee's name before 'Date' and the reference's field after the "
        "date (NHS Greater Glasgow and Clyde's letter)",
        "Telephone: 0141 201 4444\n\nMs Elizabeth Thomson Date 22 February 2019 Your Ref Our Ref BRD / AF / FOI /14296"
        " SENT BY EMAIL TO: Direct Line 0141 201 4460\n\nDear Ms Thomson\n\nThank you for your request received on 8"
        " October 2018.\n",
        {"response_date": dt.date(2019, 2, 22), "received_date": dt.date(2018, 10, 8)},
    ),
    (
        "the Act named in the reference's heading, a spaced hyphen before the case (the Department for Transport's "
        "letter on WhatDoTheyKnow)",
        "03 July 2019\n\nDear Mr Bickerdike,\n\nFreedom of Information Act Request - F0017102\n\nThank you for your "
        "information request of 11 February 2019.\n",
        {"reference": "F0017102", "response_date": dt.date(2019, 7, 3)},
    ),
    (
        "the regime's letters glued to the year's two digits, a spaced hyphen, the case number (the University of "
        "Exeter)",
        "Northby House\nEX4 6TL\n12 October 2020\nRef: FOI20 - 357 \nDear Requester,\n",
        {"reference": "FOI20 - 357", "response_date": dt.date(2020, 10, 12)},
    ),
    (
        "the regime's letters, a space, then the case with its hyphen glued on, kept whole (West Dunbartonshire "
        "Council's letter flattened on docslib)",
        "Our Ref: FOI -18/1890941 Your Ref: Council Offices Date: 26 March 2018 Garshake Road\n\nDear Mr Edward,\n",
        {"reference": "FOI -18/1890941", "response_date": dt.date(2018, 3, 26)},
    ),
    (
        "a letterhead flattened into one line, the date opening it and the address after it down to the postcode (the "
        "Construction Industry Training Board's letter on docslib)",
        "6 November 2019 Northby Head Office Bircham Newton Kings Lynn PE31 6RH\n\nDear\n\nFreedom of Information "
        "Request 29-2019\n\nThank you for your email dated 9 October 2019.\n",
        {"reference": "29-2019", "response_date": dt.date(2019, 11, 6), "received_date": dt.date(2019, 10, 9)},
    ),
    (
        "a log's case alone on its line below the page's copyright notice, its reply heading's date label in brackets "
        "(the Department for Regional Development's disclosure log)",
        "Information released by DRD - April 2014 requests\n\nPart of: Disclosure log\n\nCopyright notice\n\nThe "
        "information on this page is protected by copyright.\n\nMost Crown copyright information can be re-used under "
        "the Open Government Licence.\n\nDRD/2014-0093\n\nFOI Request (received 02 April 2014)\n\nCopies of quotations."
        "\n\nResponse (issued 09 April 2014)\n\nIn response to your request, I can confirm that the Department holds "
        "information.\n",
        {
            "reference": "DRD/2014-0093",
            "response_date": dt.date(2014, 4, 9),
            "received_date": dt.date(2014, 4, 2),
        },
    ),
    (
        "a date opening a line of prose is no letterhead's",
        "6 November 2019 was the day the Northby Head Office at Bircham Newton Kings Lynn PE31 6RH\n\nDear Sir\n",
        {"response_date": None},
    ),
    (
        "a title after a spaced hyphen is no case number",
        "Northby House\n12 October 2020\nRef: FOI20 - 357 students\nDear Requester,\n",
        {"reference": "FOI20", "response_date": dt.date(2020, 10, 12)},
    ),
    (
        "a range of years after the label is no case number",
        "Our Ref: 2019 - 2020 budget\nDate: 2 April 2020\nDear Mr Dowds\n",
        {"reference": None},
    ),
    (
        "a reference written with backslashes (the Department of Justice in Northern Ireland)",
        "10th October 2017\n\nREFERENCE:  FOI\\17\\68\n\nDear Madam,\n\nThank you for your request for information "
        "dated 16/08/17 and detailed below.\n",
        {"reference": "FOI\\17\\68", "response_date": dt.date(2017, 10, 10), "received_date": dt.date(2017, 8, 16)},
    ),
    (
        "the word Request and a prefixed case under the greeting (a council's reply on a blog)",
        "Dear Anthony\n\nRequest FOI/6387\n\nFurther to your request received on 04/11/2022, I confirm that the "
        "Council holds the information.\n",
        {"reference": "FOI/6387", "received_date": dt.date(2022, 11, 4)},
    ),
    (
        "the request heading and its case above the greeting (Peterborough City Council on WhatDoTheyKnow)",
        "Dear Northby City Council,\nPlease provide copies of the minutes.\nYours faithfully,\nSusan Russell\nFOI/EIR "
        "Request - 2209261049\nDear Susan Russell,\nI am writing to confirm receipt of your FOI request.\n",
        {"reference": "2209261049"},
    ),
    (
        "a right to know request's number (British Transport Police)",
        "Dear Ms Evans,\n\nFreedom of Information: Right to know request 1009-11\n\nThank you for your request under "
        "the Freedom of Information Act 2000.\n",
        {"reference": "1009-11", "requester": "Ms Evans"},
    ),
    (
        "a helpdesk's ticket in the subject line of the authority's email (Comhairle nan Eilean Siar's review)",
        "From: Tim Langley <[email address]>\nDate: Tue, Jan 31, 2023 at 9:49 AM\nSubject: RE: FOI review request re. "
        "Whiteshore Cockles since 1 November 2021 [Ticket#2022102127000047]\nTo: Don Staniford <[email address]>\n"
        "Good morning Mr Staniford\nI refer to your request for review below.\n",
        {"reference": "2022102127000047"},
    ),
    (
        "a parking ticket's number is no case",
        "Dear Mr Jones,\n\nThank you for your request about parking ticket 123456789.\n\nYours sincerely,\n",
        {"reference": None},
    ),
    (
        "a decision listing's date under the page's title (the Information Commissioner's, on BAILII)",
        "Northby Parish Council\n2 August 2016, Local government (Parish council)\nThe complainant has submitted a "
        "number of requests for information to Northby Parish Council. The Commissioner's decision is that the "
        "Council does not hold a transcript.\n",
        {"response_date": dt.date(2016, 8, 2)},
    ),
    (
        "a request the requester sent to the Department (the Department for Transport)",
        "19 January 2012\nDear Ms Berry\nFreedom of Information Request F0008441\nThank you for your request for "
        "information which you sent to the Department on the 16th December 2011.\n",
        {"reference": "F0008441", "response_date": dt.date(2012, 1, 19), "received_date": dt.date(2011, 12, 16)},
    ),
    (
        "a case with its prefix word and a hyphen (MidKent College's acknowledgement)",
        "Dear Mr Varns\n\nYour request has been assigned reference number MKC FOI-00056-20210303.\nPlease provide this "
        "number in all related future correspondence.\n",
        {"reference": "MKC FOI-00056-20210303", "requester": "Mr Varns"},
    ),
    (
        "a disclosure log's completion date",
        "Case Number 6768\nRequest Date 10/06/2019\nCompletion Date 25/07/2019\n\nDetails of the Request\n",
        {"reference": "6768", "response_date": dt.date(2019, 7, 25), "received_date": dt.date(2019, 6, 10)},
    ),
    (
        "a disclosure log's release date",
        "Released 10 July 2024\nRequest:\n- The number of referrals for open MRI scans in 2023.\nInformation "
        "disclosed:\n",
        {"response_date": dt.date(2024, 7, 10)},
    ),
    (
        "a log's title led by its case, 'FOI' its label and a dash glued to the number",
        "FOI 5434- Histology Productivity and Digital Pathology Usage\n\nSection 1: Respondent details\n\nQ1: "
        "Respondent details\n",
        {"reference": "5434"},
    ),
    (
        "a labelled period is no reply date",
        "FOI 5434- Histology Productivity and Digital Pathology Usage\n\nDate: 26 March 2020 to 26 March 2023\n\n"
        "Q1: Respondent details\n",
        {"reference": "5434", "response_date": None},
    ),
    (
        "a request's numbered period after 'Dated' is no reply date",
        # A WhatDoTheyKnow request to the Tees Valley Combined Authority, the acknowledgement under it.
        "Dear Tees Valley Combined Authority,\n\nFull copies of all communications relating to the following:\n\n"
        "- Freeports\n- Teesport\n\nDated 01/01/2019 through to 29/10/2021.\n\nYours faithfully,\nJoseph Lloyd\n\n"
        "Dear Joseph\n\nThank you for your correspondence received on the 29^th October 2021\n",
        {"response_date": None, "received_date": dt.date(2021, 10, 29)},
    ),
    (
        "an internal review's case alone above the greeting",
        "M Boyce\nDate:                15 February 2018\nIR 2017/02483\n Dear M Boyce\nFreedom of Information Act 2000 "
        "(FOIA)\nThank you for your email of 24 October 2017 asking us to carry out an internal review.\n",
        {"reference": "IR 2017/02483", "response_date": dt.date(2018, 2, 15)},
    ),
    (
        "received by a date",
        "Our Ref: F0190529\n\n12 June 2019\nDear Mr Rainey\n\nREQUEST FOR INFORMATION\n\nThank you for your recent "
        "request, received by 19 May 2019.\n",
        {"reference": "F0190529", "response_date": dt.date(2019, 6, 12), "received_date": dt.date(2019, 5, 19)},
    ),
    (
        "a log's released date under the request, its value after a blank line",
        "Car Parking\n\nRequest Description\n\nI am sending this request under the Freedom of Information Act to ask "
        "for the following information:\n\n1. Which car parks did your council operate?\n\nRequest Date12 March 2015"
        "\nRequested byMedia\nReleased Date  \n\n18 March 2015\n\n\nQ1. Shown on our website.\n",
        {"response_date": dt.date(2015, 3, 18), "received_date": dt.date(2015, 3, 12)},
    ),
    (
        "date issued, and the request named in between",
        "Subsidy profile\n\nDate issued: 30 July 2019\n\nThank you for your Freedom of Information (FOI) Act request "
        "of 12 July 2019. You requested the following information:\n",
        {"response_date": dt.date(2019, 7, 30), "received_date": dt.date(2019, 7, 12)},
    ),
    (
        "a superscript ordinal printed with a caret",
        "Dear Mr Neil,\nWe acknowledge receipt of your email received 20^th December 2023, under the Act.\n",
        {"received_date": dt.date(2023, 12, 20)},
    ),
    (
        "received your request ... on",
        "Our Ref: EIR5992\nDate: 27 May 2016\nDear Mr Potter\nThis is an acknowledgement that Northby County Borough "
        "Council has received your request for access to information on 26 May 2016.\n",
        {"response_date": dt.date(2016, 5, 27), "received_date": dt.date(2016, 5, 26)},
    ),
    (
        "a letterhead date followed by its reference cells on one line",
        "Northby County Council\n\n3 March 2016 Your reference: Our reference: EIR 2016-0004\n\nDear Mr Smith\n\n"
        "The council has completed its search.\n",
        {"response_date": dt.date(2016, 3, 3)},
    ),
    (
        "a reference to quote",
        "Dear Ms Lush\nThank you for your request, received on 20/11/2023.\nPlease contact our team if you have any "
        "queries quoting FOI/6931 in any future communications\n",
        {"reference": "FOI/6931", "received_date": dt.date(2023, 11, 20)},
    ),
    ("a disclosure log's FOI ID", "Public Health Funerals\n\nFOI ID: \n8186\nFOI Date: \n", {"reference": "8186"}),
    (
        # Eden District Council's disclosure log, its "FOI ID number" field left empty on the page
        "a log page titled with its reference",
        "Freedom of information request response - 05839\n\nFOI request\n\nFOI ID number\n\nI would like to know:\n",
        {"reference": "05839"},
    ),
    ("an FOI label heading the page", "Skip to main content\n\nFOI - 960 ICT Documents\n\n", {"reference": "960"}),
    (
        "the body's initials and an FOI label heading a log's entry, an en dash before its title",
        # NHS Stockport Clinical Commissioning Group's disclosure log
        "CCG FOI 760 \u2013 Personal Health Budget\n\nResponded to: 10th January 2017\n\nIn relation to the "
        "current financial year could you please provide me with information.\n",
        {"reference": "760", "response_date": dt.date(2017, 1, 10)},
    ),
    (
        "an FOI label heading a log's entry below paragraphs of page furniture, blank lines between",
        # Barking, Havering and Redbridge University Hospitals NHS Trust's disclosure log
        "Disclosure logs\n\nDisclosure logs\n\nTelephone issues\n\nWe are experiencing intermittent issues with our "
        "telephone lines.\n\nDisclosure logs\n\nBefore submitting an FOI request visit our publication scheme.\n\n"
        "FOI 5974 \u2013 Car parking charges and fines 2017-18 and 2018-19\n\nDate: 03 June 2019\n\n1. How much "
        "money did the trust raise from car parking charges?\n",
        {"reference": "5974"},
    ),
    (
        "the body's initials, the year and the case number before a dash and the title (Nottinghamshire Fire and "
        "Rescue Service's published reply)",
        "In an emergency call 999\nFor general enquiries call 01158388100\n\nNFRS 2023 121 - Airwave\n\nYou asked "
        "for\n\n  1. Please could you provide your National Identification Airwave Code.\n",
        {"reference": "NFRS 2023 121"},
    ),
    (
        "a log's table read across, the reference's column heading before the others, the values after them all "
        "(Cheltenham Borough Council's disclosure log as a PDF's text)",
        "Disclosure log 1 st April 2013 \u2013 31 st March 2014 Freedom of Information Requests and Responses Request "
        "ID Date Request and Response 2653 02/04/13 1) Please provide the reference number for all planning "
        "applications.\n",
        {"reference": "2653"},
    ),
    (
        "a requester's label among the headings after an empty reference label leaves its value to the requester",
        "Our Ref: Your Ref 1234\n\nDear Mr Smith,\n\nThank you for your request.\n",
        {"reference": None},
    ),
    (
        "an FOI number after a slash under a report's title (the Northern Care Alliance's report for Pennine Acute "
        "Hospitals NHS Trust)",
        "Freedom of Information Report\nFOI / 9791\nRequestor Category: Business\nPlease provide the total agency "
        "spend.\n",
        {"reference": "9791"},
    ),
    (
        "a log's two-digit case under the body's initials and 'Ref:' (Buckinghamshire Fire and Rescue Service)",
        "BFRS Disclosure log 2018/2019\n\nBFRS Ref:\n\n41\n\nInformation request:\n\nI would like to know how many "
        "full-time firefighters your Fire & Rescue Service currently employs.\n",
        {"reference": "41"},
    ),
    (
        "two digits under a label without the body's initials are no case",
        "Minutes\n\nItem:\n\n41\n\nInformation request:\n\nI would like to know how many firefighters you employ.\n",
        {"reference": None},
    ),
    (
        "EIR before the year and the case number stays, as in 'EIR 22-0417' (patterns/header.yaml, label_prefixes)",
        "EIR 2023 150 - Staffing\n\nYou asked for\n\n  1. Please could you provide the number of staff.\n",
        {"reference": "EIR 2023 150"},
    ),
    (
        "the regime's letters before the year and the case number are a label, as 'FOI 5974' is",
        "FOI 2023 150 - Staffing\n\nYou asked for\n\n  1. Please could you provide the number of staff.\n",
        {"reference": "2023 150"},
    ),
    (
        "the year and the case number heading the page with no dash before the title (Public Health Wales's log)",
        "Skip to main content\n\nFOI 2023 185 Management Consultants\n\nInformation Requested:\n\nI would like to "
        "request the total spend on external management consultants.\n",
        {"reference": "2023 185"},
    ),
    (
        "the case and a dash before the title under an email's greeting, its header lines above (Havering's email)",
        "----- Original Message -----\nFrom: foi@northby.gov.uk\nTo: jo@example.co.uk\nSent: Monday, May 12, 2014 2:56"
        " PM\nSubject: AIR8148R Request for information\n\nDear Mr Bloggs\n\nAIR8148R \u2013 Records of Child Abuse"
        " Perpetrators and CP Policies\n\nThank you for your request.\n",
        {"reference": "AIR8148R"},
    ),
    (
        "'FOI:' and the case heading a letter, two spaces before its title (the London Borough of Tower Hamlets)",
        "This is an HTML version of an attachment to the Freedom of Information request 'Institutional Abuse'.\n\nFOI:"
        " 5952168  Institutional Abuse\nMay I have the figures for your council for the years 2010 to 2015?\n",
        {"reference": "5952168"},
    ),
    (
        "'FOI' and a dash glued to the case in an email's subject (the London Borough of Lewisham)",
        "From: foi@northby.gov.uk\nTo: jo@example.co.uk\nSent: Thursday, April 24, 2014 11:25 AM\nSubject: FOI -262638"
        "\n\nDear Mr Bloggs,\n\nThank you for your request relating to child protection.\n",
        {"reference": "262638"},
    ),
    (
        "a page's banner naming COVID-19 in brackets above the title's case (West Midlands Police's log)",
        "Skip to content\n\nCoronavirus (COVID-19)\n\nHow we are working to keep our FOI Requests running during "
        "COVID-19\n\nSafer Neighbourhood (10739_17)\n\n  1. How many officers were allocated as members of safer "
        "neighbourhood policing teams?\n",
        {"reference": "10739_17"},
    ),
    (
        "a template's unfilled reference gives way to the reply's (Orkney Islands Council on WhatDoTheyKnow)",
        "Dear Sir\nThank you for your information request dated [insert date] and received on [insert date]. Our "
        "reference is EIR 2019-[insert reference]. This is being dealt with in terms of the Regulations.\nDear Mr "
        "Mann\nI refer to your information request dated 24 October 2019, our reference is EIR 2019-1111.\nI am "
        "pleased to enclose the information you requested.\n",
        {"reference": "EIR 2019-1111"},
    ),
    (
        "a date ending the letterhead's last line above the greeting (Coventry City Council's letter on docslib)",
        "Information Governance\n\nNorthby City Council PO Box 15 Council House NB1 5RR\n\nwww.northby.gov.uk\n\n"
        "Please contact Information Governance Direct line 024 7683 3323 [email protected] 6 June 2018\n\nDear "
        "Sir/Madam\n\nThank you for your request for information relating to Mayoral cars.\n",
        {"response_date": dt.date(2018, 6, 6)},
    ),
    (
        "the request's date under its label above the greeting is not the letter's (Causeway Coast and Glens)",
        "Ref: RFI/191/24\nPlease quote this reference in any communication.\nRequest Date:\n11 July 2024\nDear Sir / "
        "Madam\nREQUEST FOR ACCESS TO INFORMATION\nThank you for your request.\n",
        {"response_date": None},
    ),
    (
        "the reply's case with its officer's initials beats the page's bare request ID (Transport for London)",
        "FOI request detail\n\nRequest ID: FOI-2170-1819\nDate published: 14 December 2018\n\nYou asked\n\nDear "
        "Transport for London, I am writing to ask for the following information. 1) The documents relating to the "
        "newest tender agreement for route 240. Thank you for your assistance with my enquiries.\n\nWe answered\n\n"
        "Our ref: FOI-2170-1819/GH\n\n"
        "Thank you for your request received by Transport for London (TfL) on 15 November 2018.\n",
        {"reference": "FOI-2170-1819/GH"},
    ),
    (
        # Scottish Borders Council's published requests: the Scottish regulations' letters with the bracket inside them,
        # beside the type of request the form calls "EIR"
        "the Scottish regulations written EI(S)R",
        "FOI Number\n2024131\nDate Received\n24/01/2024\nType of Request\nEIR\nRequest or Question\nHow many unfixed "
        "potholes are there currently recorded under the council authority?\nResponse\nThe data for recording the "
        "number and the repair of potholes isn't stored in a manner which is accessible. Therefore, we give notice "
        "under 10(4)(a) of EI(S)R 2004 and declare the information is not held.\n",
        {"legislation": ["EISR"]},
    ),
    (
        "a page's 'Last updated:' date a blank line above its date is no reply's date",
        # Wokingham Borough Council's page of answers to previous requests: its fields say only "See notes".
        "Last updated:\n\n30th December 2024\n\nSee answers to previous information requests\n\nPermanently "
        "excluded pupils\n\nRequest ID\nDate Received\nDate Resolved\n\nSee notes\n\nSee notes\n\nUnder the "
        "Freedom of Information Act (2000), I would like to know the following.\n\n1. How many pupils were "
        "permanently excluded in your schools in these years?\n2021-22: 18\n",
        {"response_date": None},
    ),
    (
        "a question's number under a log's 'Request:' label is no reference",
        # North Yorkshire Police's disclosure log, its reference only in the page's address.
        "Request:\nQ1. Who provides your digital evidence management (DEMS) system?\nQ2. What date does this "
        "contract end?\nResponse:\nTo locate the information relevant to your request searches were conducted within "
        "North Yorkshire Police.\n",
        {"reference": None},
    ),
    (
        "a log's 'FOI Number' field over two digits alone",
        # Scottish Borders Council's log, a field a line, early in its year.
        "Unoccupied Council Houses / Tax\nFOI Number\n16\nDate Received\n05/01/2022\nType of Request\nFOI\nRequest or "
        "Question\n1. How many residential properties are owned by your Council?\n",
        {"reference": "16"},
    ),
    (
        "a log's 'Info provided - <date>' dates the reply",
        # The London Borough of Richmond upon Thames's page of a request's details.
        "FOI request details\n\nRequest 18895\n\n31 March 2016\n\nApplicant type: MP\n\n1. How many refugees your "
        "council has resettled to date under the Syrian Vulnerable Person Resettlement scheme.\n\nInfo provided - 28 "
        "April 2016\n\n1. Zero\n",
        {"response_date": dt.date(2016, 4, 28)},
    ),
    (
        "'Request' and five digits alone among a page's title lines",
        # The London Borough of Richmond upon Thames's page of a request's details.
        "FOI request details\n\nRequest 18895\n\n31 March 2016\n\nApplicant type: MP\n\n1. How many refugees your "
        "council has resettled to date.\n",
        {"reference": "18895"},
    ),
    (
        "'here is your reference number' gives the authority's own (Suffolk County Council's acknowledgement)",
        "Yours faithfully\nMs W Brooks\nINFORMATION REQUEST \u2013 ACKNOWLEDGEMENT\nThank you for your request, here is "
        "your reference number 16036. Please quote this in any future correspondence you may have with us.\n",
        {"reference": "16036"},
    ),
    (
        "an FOI number under the greeting",
        "26 February 2016\nDear Mr Mantle\nFOI 16-006\nREQUEST FOR INFORMATION - Information relating to cold "
        "storage\n",
        {"reference": "16-006", "response_date": dt.date(2016, 2, 26)},
    ),
    (
        "the case before the word request under the greeting (Black Country Partnership NHS Foundation Trust on "
        "WhatDoTheyKnow)",
        "Dear Gearoid,\n\nFOI 19-423 request regarding Clinical Systems\n\nYours sincerely\n\nInformation Governance "
        "Team\n",
        {"reference": "19-423"},
    ),
    (
        "the case, a dash, then the word request under the greeting (the same trust's acknowledgement in another "
        "thread)",
        "Dear Gill,\n\nFOI 19-436 - request regarding suicides\n\nThank you for your recent Freedom of Information "
        "request; we will respond within 20 working days.\n",
        {"reference": "19-436"},
    ),
    (
        "an FOI number before a title after a dash",
        "\nFOI 14102019-1 - OPCC Branded Merchandise\n\nCan you please tell me the total spent?\n",
        {"reference": "14102019-1"},
    ),
    (
        "an FOI number under a disclosure log's topic",
        "Disclosure log\nA list of the requests we received, along with our response.\nChildren's health\n\nFOI "
        "89480 Children and adolescent mental health services. Date received: 4 October 2021\n",
        {"reference": "89480"},
    ),
    (
        "an internal review's reference before the request's",
        "Date: 29th August 2012\n\nDear Mr Brown,\n\nFOI Internal Review DFP/IR/2012-0019 OF FOI request NO. "
        "DFP/2012-0292\n\nYou asked for a review.\n",
        {"reference": "DFP/IR/2012-0019", "response_date": dt.date(2012, 8, 29)},
    ),
    # Only "FOI" is a label (LABELLING.md); "EIR 22-0417" is one of the reference forms issue #2 lists.
    ("RFI is part of the reference", "20 July 2017\nRef: RFI 4563\n\nDear Ms Basanta\n", {"reference": "RFI 4563"}),
    (
        "EIR is part of the reference",
        "Our ref: EIR 22-0417\nDate: 3 May 2022\n\nDear Mr Smith\n",
        {"reference": "EIR 22-0417"},
    ),
    (
        # the North Yorkshire Police and Crime Commissioner's disclosure log, under the site's banner
        "a log entry titled by its date and case number",
        "Your Commissioner - Your Voice\n\nAsk your question and find out more.\n\n29 March 2016 \u2013 634.2015-16 "
        "\u2013 Freedom of information requests \u2013 PCC engagements for Thursday 8 October 2015\n\nRequest\n\n"
        "Please provide the following information.\n",
        {"reference": "634.2015-16", "response_date": dt.date(2016, 3, 29)},
    ),
    (
        # Severn Trent's review letter: the company is "not subject to the terms of" the Act, its "FOI request" no
        # request under it, and it answers under the regulations it names in the singular
        "an act the body is not subject to the terms of is not the regime",
        "Dear Mr Jones,\nReview of our handling of your requests for information.\nI refer to your email of 6 "
        "September 2009 in which you ask for a review of Northby Water Plc's\nhandling of your FOI request "
        "'Undeclared chemicals in the water supply'.\nFor clarity, please note that Northby Water Plc is not a public\n"
        "authority and is therefore not subject to the terms of the Freedom of Information Act 2000.\nHowever, Northby "
        "Water typically responds to requests for information under the\nterms of the Environmental Information "
        "Regulation 2004.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # the Department for Infrastructure (Northern Ireland): section 39 of the FOI Act cited to send the request to
        # the EIR, "as opposed to FOI"
        "the act named for its section 39 is not the regime",
        "10 April 2024\nDear Mr Porter\nIn considering your request I have determined that the information requested "
        "falls under the Environment Information Regulations 2004 (EIR), as opposed to FOI. Section 39 of the Freedom "
        "of Information Act specifically excludes from consideration under that Act requests for what is deemed to be "
        "environmental information.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # the Scottish Information Commissioner on Inverclyde Council: a decision under the EIRs listing the Act's
        # sections they borrow
        "the act named only in a decision's list of provisions, beside the regulations in its own words",
        "Decision 176/2025: Planning application\n\nAuthority: Northby Council\nCase Ref: 202301504\n\nSummary\n\nThe "
        "Commissioner investigated and found that the Authority had partially complied with the EIRs in responding to "
        "the request.\n\nRelevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections "
        "1(1), (2) and (6) (General entitlement); 47(1) and (2) (Application for decision by Commissioner).\n\nThe "
        "Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations 5(1) (Duty to make environmental "
        "information available on request); 11(2) (Personal data).\n",
        {"legislation": ["EISR"]},
    ),
    (
        # ... and a decision under the Act, which it names in its summary too, keeps it
        "the act named in a decision's summary and its list of provisions",
        "Decision 073/2024: Staff records\n\nAuthority: Northby Health Board\nCase Ref: 202201047\n\nSummary\n\nThe "
        "Commissioner found that the Authority had complied with FOISA in responding to the request.\n\nRelevant "
        "statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), (2), (4) and (6) "
        "(General entitlement); 17(1) (Notice that information is not held)\n",
        {"legislation": ["FOISA"]},
    ),
    (
        # the First-tier Tribunal on Northumbrian Water: an appeal under the EIR, brought through the Act's section 57
        "the act named for its appeal section beside the regulations is not the regime",
        "Case Reference: EA/2023/0315\nDecision given on: 4 April 2024\nREASONS\nThis appeal is brought by Mr Lavelle by "
        'reg 18 Environmental Information Regulations 2004 ("EIR") and section 57 Freedom of Information Act 2000 '
        '("FOIA"). It relates to a Decision Notice issued by the Information Commissioner.\n',
        {"legislation": ["EIR"]},
    ),
    (
        # the Information Commissioner's decision on Carmarthenshire County Council: the standard paragraphs name the
        # Act's Parts 1 and 4, which the regulations borrow
        "the act named for its parts 1 and 4 in an eir decision is not the regime",
        "1 Environmental Information Regulations 2004 Decision Notice Date: 4 August 2011 Public Authority: "
        "Carmarthenshire County Council\nThe Commissioner's Role\n1. The Commissioner's duty is to decide whether a "
        "request for information made to a public authority has been dealt with in accordance with the requirements of "
        "Part 1 of the Freedom of Information Act 2000 (the Act). 2. The Environmental Information Regulations (EIR) "
        "were made on 21 December 2004. In effect, the enforcement provisions of Part 4 of the Freedom of Information "
        "Act 2000 (the Act) are imported into the EIR.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # the First-tier Tribunal on Gwynedd Council: the Act named only for the Tribunal's contempt section
        "the act named for its section 61 in an eir appeal is not the regime",
        "Substituted Decision Notice\n1. Gwynedd Council is not entitled to rely on regulation 12(5)(b) of the "
        "Environmental Information Regulations 2004 to withhold the requested information.\n2. Any failure to comply "
        "with this decision may result in the Tribunal making written certification of this fact pursuant to section "
        "61 of the Freedom of Information Act 2000 and may be dealt with as a contempt of court.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # ... but an ICO decision under the Act alone names it so, and it stays
        "the act named only for its complaint section, no regulations named, is the regime",
        "Decision notice\nDate: 4 April 2024\nThe complainant has complained to the Commissioner under section 50 of the "
        "Freedom of Information Act 2000 about the council's handling of a request for its parking data.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # a Scottish Information Commissioner decision on a housing association, under the EIRs alone
        "a regime the body is not subject to",
        "Decision 177/2018: Improvement works at properties\n\nPublic authority: Northby Housing Association\n\nSummary"
        "\n\nThe Commissioner concluded that the information in the reports was not environmental information. As "
        "such, NHA, a body which is not subject to FOISA, was under no obligation to make it available. The "
        "Commissioner found that NHA had breached the EIRs.\n\nRelevant statutory provisions\n\nThe Environmental "
        "Information (Scotland) Regulations 2004 (the EIRs) regulations 2(1) and 5(1)\n",
        {"legislation": ["EISR"]},
    ),
    (
        # FOIwiki's summary of the Information Commissioner's decision on the Port of London Authority, which ruled
        # that the body's claim was wrong
        "a regime a body claimed it was not subject to, the claim reported",
        "Decision Summary\n\n  • Case Ref: FER0086096\n  • Public Authority: Northby Port Authority\n  • Summary: The "
        "complainant made a request under the Environmental Information Regulations 2004 to the Northby Port "
        "Authority. The NPA stated that it was not subject to the EIR but supplied some information to the "
        "complainant.\n",
        {"legislation": ["EIR"]},
    ),
    (
        "the Scottish Act named as the UK one with (Scotland) after it; its EIRs are the Scottish regulations",
        "Your Request\n'I am applying under the Freedom of Information Act (Scotland) Act for information contained "
        "in the maps submitted to date.\nOur Response\nI therefore need to advise you that we are applying EIRs "
        "Regulation 10(4)(b) to your request on this occasion.\n",
        {"legislation": ["FOISA", "EISR"]},
    ),
    (
        # Falkirk Council on WhatDoTheyKnow: the request names the UK Act, the acknowledgement heads itself with the
        # Scottish one
        "the UK Act in the request, the Scottish Act in the reply: the reply's",
        "Dear Northby Council,\n\nUnder the Freedom of Information Act 2000, please tell me how many bins you own.\n\n"
        "Yours faithfully,\n\nJane Doe\n\nFOI, Northby Council\n\nGood afternoon,\n\nFreedom of Information (Scotland) "
        "Act 2002\n\nWe acknowledge receipt of your information request dated 16 August 2020.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "... and the other way round",
        "Dear Northby Council,\n\nUnder the Freedom of Information (Scotland) Act 2002, please tell me how many bins "
        "you own.\n\nYours faithfully,\n\nJane Doe\n\nFOI, Northby Council\n\nGood afternoon,\n\nWe acknowledge "
        "receipt of your request, which we will answer under the Freedom of Information Act 2000.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # a WhatDoTheyKnow request to Lancashire County Council
        "the requester naming the regime by its short name",
        "Dear Northby County Council,\n\nHi, Under the FOI acts\n\nPlease provide me the total costings of the "
        "barriers.\n\nYours faithfully,\n\nKirsty Doe\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "the UK Act in the request and no Act in the reply: the request's",
        "Dear Northby Council,\n\nUnder the Freedom of Information Act 2000, please tell me how many bins you own.\n\n"
        "Yours faithfully,\n\nJane Doe\n\nFOI, Northby Council\n\nGood afternoon,\n\nWe acknowledge receipt of your "
        "information request dated 16 August 2020.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # NHS Mid and South Essex ICB's acknowledgement on WhatDoTheyKnow: the date after the body's name, a line on
        "an acknowledged receipt dated after the body's name",
        "Dear Mr Gordon,\n\nI am writing to acknowledge receipt of your request under the Freedom of\nInformation Act "
        "2000 to NHS Northby Integrated Care Board on\n8^th September 2022. The information is currently being "
        "collated.\n",
        {"received_date": dt.date(2022, 9, 8)},
    ),
    (
        # an ICO decision notice on Lilleshall Parish Council: the request's date in the complainant's writing to ask
        "the complainant wrote to the body on a date to request",
        "Decision notice Date: 5 May 2020 Public Authority: Northby Parish Council\n4. The complainant wrote to the "
        "Council on 21 October 2019 to request information under the Freedom of Information Act.\n5. On 28 October "
        "2019 the complainant wrote to the Council to clarify her request.\n",
        {"received_date": dt.date(2019, 10, 21)},
    ),
    (
        "two label words before the number",
        "Our Ref:\nFOI IR 17877\nDate:\n29 October 2008\n",
        {"reference": "IR 17877"},
    ),
    (
        "a previous request's reference is not this one's",
        "18 October 2018\nDear Mr Amis\nFOI18-2114\nThank you for your information request of 21 September. Further "
        "to our response to your previous FOI request, reference FO18-2087, you have requested the following:\n",
        {"reference": "FOI18-2114", "response_date": dt.date(2018, 10, 18), "received_date": dt.date(2018, 9, 21)},
    ),
    (
        # Bury Council's letterhead as PDF text: every label glued to its cell's value.
        "letterhead cells glued together",
        "Town Hall\n\nOur RefJCW/036468\n\nYour RefMr N Gregory\n\nDate19 August 2016\n\nPlease ask forJanet Witkowski"
        "\n\nDear Mr Gregory\n\nFreedom of Information Act 2000 (FOIA) - Review\n",
        {"reference": "JCW/036468", "response_date": dt.date(2016, 8, 19), "requester": "Mr Gregory"},
    ),
    (
        "a date glued together",
        "Our ref: 16/290\n13October2016\nDear Miss Taylor,\nYour request was received on 27September2016.\n",
        {"reference": "16/290", "response_date": dt.date(2016, 10, 13), "received_date": dt.date(2016, 9, 27)},
    ),
    (
        "markdown table header",
        "| Reference | 2025-113695 |\n|---|---|\n| Date Requested | 05/11/25 |\n| Date Replied | 20/01/26 |\n",
        {
            "reference": "2025-113695",
            "response_date": dt.date(2026, 1, 20),
            "received_date": dt.date(2025, 11, 5),
        },
    ),
    (
        "label and value on separate lines",
        "Reference: \n\n825\n\nReceived: \n\nWednesday, 22 August, 2018\n\nResponded: \n\nMonday, 17 September, 2018\n",
        {"reference": "825", "received_date": dt.date(2018, 8, 22), "response_date": dt.date(2018, 9, 17)},
    ),
    (
        "unlabelled identifier in a page title",
        "-\nFOI request (FOIR-680542314)\nTemporary Accommodation\nRequested Tue 21 January 2025\n"
        "Responded Thu 13 March 2025I would like to request:\n",
        {
            "reference": "FOIR-680542314",
            "received_date": dt.date(2025, 1, 21),
            "response_date": dt.date(2025, 3, 13),
            "legislation": ["FOIA"],
        },
    ),
    (
        "date alone in the letterhead and a year-less received date",
        "DWP Central Freedom of Information Team\nOur Ref: IR2023/83876\n29 November 2023\nDear Amanda Hart,\n"
        "Thank you for your internal review request received on 1 November. relating to FOI2023/78698.\n",
        {
            "reference": "IR2023/83876",
            "response_date": dt.date(2023, 11, 29),
            "received_date": dt.date(2023, 11, 1),
            "requester": "Amanda Hart",
        },
    ),
    (
        "received beats dated",
        "Dear Mr Proctor\nThank you for your information request dated 14 January 2018 (received by Angus Council on "
        "15 January 2018).\n",
        {"received_date": dt.date(2018, 1, 15)},
    ),
    (
        "received into a named office",
        "Dear Mr Chait\nReference No: 1071917\nI acknowledge your request for information received into the Legal & "
        "Democratic Services on 13/07/2017.\n",
        {"received_date": dt.date(2017, 7, 13), "reference": "1071917"},
    ),
    (
        "request of",
        "Date: 24/04/2024\nDear Dr Jones\nThank you for your request of 3 April 2024 under the Environmental "
        "Information Regulations 2004.\n",
        {"received_date": dt.date(2024, 4, 3), "legislation": ["EIR"]},
    ),
    (
        "no reference, no dates",
        "Dear Sir or Madam\nPlease find attached the information you asked for.\nKind regards\nThe FOI Team\n",
        {"reference": None, "response_date": None, "received_date": None, "requester": None, "officer": None},
    ),
    (
        "contact label names the officer",
        "Please ask for: Mollie Thorne\nReference: 31213209\nDate: 31 August 2022\n\nDear Mr Williams\n",
        {"officer": "Mollie Thorne", "requester": "Mr Williams"},
    ),
    (
        "signatory after the closing",
        "Date: 2 May 2023\nDear Ms Green\nThe answer is yes.\nYours sincerely\n\nPriya Shah\nInformation "
        "Governance Officer\n",
        {"officer": "Priya Shah"},
    ),
    (
        "a requester's sign-off is not the officer",
        "Dear Kent County Council,\nPlease send me the policy.\nYours faithfully,\nJohn Smith\n",
        {"officer": None, "requester": None},
    ),
    (
        "Scottish act named in full",
        "Thank you for your request under the Freedom of Information (Scotland) Act 2002 (FOISA).\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "personal data explanation is not a DPA request",
        "Names are personal data under the Data Protection Act 2018 and are withheld under section 40(2) of "
        "the Freedom of Information Act 2000.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "subject access request",
        "Your subject access request under the UK GDPR has been received.\n",
        {"legislation": ["DPA"]},
    ),
    (
        "the reply's own FOI requests, plural",
        "Dear Ms Silcock,\nThank you for your Freedom of Information (FoI) requests received on 4, 5 and 6 May 2023.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "an FOI enquiry",
        "Dear Ms Eccleston\nPlease find attached an acknowledgement of your FOI enquiry.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a disclosure log headed by its FOI case",
        "FOI 1744 – Continuing Healthcare for Neurological Conditions\nFOI Reference Number: 1744\nRequest\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # North Devon Council's disclosure log
        "a request reference with an FOI prefix",
        "Disclosure Log - January 2026\n\nRequest reference: FOI 10988\n\nThe applicant requested details of the "
        "software used.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # NHS Lothian's reply names no Act, its subject heads the letter
        "a letter headed Freedom of Information and its subject",
        "Dear Mr Smith\n\nFREEDOM OF INFORMATION \u2013 ICT\n\nI write in response to your request for information in "
        "relation to ICT.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # The Government Office for the West Midlands' standard closing under a reply under the Act
        "the regimes the body deals with requests under in general",
        "Dear Mr Burke,\nYour request has been considered under the Freedom of Information Act 2000.\n\nThe Office "
        "aims to be as helpful as possible in the way it deals with requests for information under the Freedom of "
        "Information Act 2000 and the Environmental Information Regulations 2004.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "negative-the-authoritys-count-of-foi-requests",
        "In October 2021 we received 17 FOI requests. On this page you can read them.\n",
        {"legislation": []},
    ),
    (
        "negative-a-reports-title-and-advice-name-no-dpa-request",
        "Dear Mr Lee\nThis is published in the Freedom of Information, Environmental Information and Subject Access "
        "Request Report. If it is personal information this might be managed as a Subject Access Request; the notes "
        "were his own personal data, which he could request under the Data Protection Act 1998.\n",
        {"legislation": []},
    ),
    (
        "FOI/EIR/SAR lists kinds of request",
        "Please use the online form to submit your future FOI/EIR/SAR requests.\n",
        {"legislation": []},
    ),
    (
        "subject line",
        "Subject: Temporary accommodation spend 2023-24\nDear Mr Ali\n",
        {"subject": "Temporary accommodation spend 2023-24"},
    ),
    (
        "a generic title is not a subject",
        "RE: FREEDOM OF INFORMATION ACT 2000 REQUEST\n",
        {"subject": None},
    ),
    (
        "bilingual Welsh letterhead, Welsh label first",
        "Eich cyf / Your ref: ABC-77\nEin cyf / Our ref: FOI 4567\nDyddiad / Date: 3 Mawrth 2023 / 3 March 2023\n"
        "\nDear Mr Jones\n",
        {"reference": "4567", "response_date": dt.date(2023, 3, 3), "requester": "Mr Jones"},
    ),
    (
        "bilingual Welsh letterhead, English label first",
        "Your ref / Eich cyf: ABC-77\nOur ref / Ein cyf: 2023-0456\nDate / Dyddiad: 14 June 2023\n\nDear Ms Evans\n",
        {"reference": "2023-0456", "response_date": dt.date(2023, 6, 14), "requester": "Ms Evans"},
    ),
    (
        "bilingual greeting and an accented name",
        "Gofynnwch am / Please ask for: Siân Evans\nDyddiad / Date: 7 March 2024\n\n"
        "Annwyl Mr Pritchard / Dear Mr Pritchard\n\nThank you for your request.\n\n"
        "Yn gywir / Yours sincerely\n\nSiân Evans\nInformation Governance Officer\n",
        {"requester": "Mr Pritchard", "officer": "Siân Evans", "response_date": dt.date(2024, 3, 7)},
    ),
    (
        "bilingual Gaelic letterhead",
        # The Student Awards Agency for Scotland; its reply names the Scottish Act with "(FOI)" put in, and in its
        # first mention with the spaces lost.
        "Our ref/ Ar comh: RAG 3777\n19 January 2012\nDear J Taylor\nThank you for your email of 15 January 2012, "
        "requesting information under the Freedom of Information(FOI) (Scotland) Act2002.\n",
        {"reference": "RAG 3777", "response_date": dt.date(2012, 1, 19), "legislation": ["FOISA"]},
    ),
    (
        "the Act's name wrapped onto the next line",
        # A WhatDoTheyKnow reply's cover email, too short to read as wrapped text (City of York Council).
        "Robinson, Kay, Northby City Council\n\n1 Attachment\n\nPlease see attached the response to your enquiry under "
        "the Freedom of\nInformation Act.\n\nKay Robinson | Complaints & Information Officer\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "WhatDoTheyKnow's internal review template names no regime",
        "Dear Northby Police,\n\nPlease pass this on to the person who conducts Freedom of Information reviews.\n\nI "
        "am writing to request an internal review of Northby Police's handling of my FOI request 'Memorandum of "
        "Understanding'.\n\nYours faithfully,\nP. Swift\n",
        {"legislation": []},
    ),
    (
        "an FOI internal review request",
        "Our Ref: IR2023/83876\n29 November 2023\nDear Amanda Hart,\nThank you for your Freedom of Information (FoI) "
        "internal review request received on 1 November.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "the Act with its short name put in",
        "Dear Mr Hay\nYour request has been handled under the Freedom of Information (FOI) Act 2000.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "Welsh date alone",
        "Ein cyfeirnod: 8812\nDyddiad: 21ain Medi 2022\n\nAnnwyl Mr Hughes\n",
        {"reference": "8812", "response_date": dt.date(2022, 9, 21)},
    ),
    (
        "a published reply headed by its case and financial year",
        # University Hospitals Birmingham's published replies.
        "FOI 4024 2023/24\nNo. of cyber-attacks\nPublished 29 May 2024\nQuestions\n- How many attacks?\n",
        {"reference": "4024 2023/24"},
    ),
    (
        "a page's publication date yields to the letter's date line",
        # A GOV.UK release page of the MHRA.
        "FOI release\n\nFreedom of Information request (FOI 22/827)\n\nPublished 17 January 2024\n\n15th August 2022\n\n"
        "FOI 22/827\n\nDear\n\nThank you for your email.\n",
        {"response_date": dt.date(2022, 8, 15)},
    ),
    (
        "a page's publication date on its own line yields to the letter's date line",
        # The Welsh Government's page for ATISN 16090.
        "Information relating to the Wales Community Care Information System.\n\nFirst published:\n22 February 2022"
        "\nLast updated:\n\nDetails\n\n18 February 2022\n\nDear\n\nATISN 16090 \u2013 Wales Community Care "
        "Information System (WCCIS)\n\nThank you for your request to the Welsh Government.\n",
        {"response_date": dt.date(2022, 2, 18)},
    ),
    (
        "a date after a reference label is no reference",
        # A blog quoting a WhatDoTheyKnow request to Mid Sussex District Council.
        "I wrote the following request via whatdotheyknow.com\n\nFreedom Of Information Request 17th July 2015\n\n"
        "Dear Mid Sussex District Council,\n\nPlease provide the valuation of the Martlets Hall.\n",
        {"reference": None},
    ),
    (
        "a date after a word in capitals after a reference label is no reference",
        # East West Rail's letter quoted on a campaign's blog.
        "REQUEST FOR INFORMATION DATED 6 AUGUST 2020\n\nDear William Harrold,\n\nThank you for writing to the team "
        "here at East West Rail.\n",
        {"reference": None, "response_date": None, "received_date": dt.date(2020, 8, 6)},
    ),
    (
        "received straight before a date beats the email's own date",
        # Newry, Mourne and Down District Council on WhatDoTheyKnow.
        "Dear Mr Sayers,\n\nThank you for your email dated 1st January 2015, received 4th January 2015\nand your "
        "request for information therein.\n",
        {"received_date": dt.date(2015, 1, 4)},
    ),
    (
        "a case number of digits alone above a WhatDoTheyKnow reply's greeting",
        # Conwy County Borough Council: the line under the reply's sender line.
        "Dear Conwy County Borough Council,\n\n(1) The number of second homes\n\nYours faithfully,\n\nDebbie "
        "Westlake\n\nDerek O'Connor, Conwy County Borough Council\n\n9349-16\n\nDear Sir/Madam\n\nThank you for "
        "your request below.\n\nQ1 - Second Homes - 1,500.\n",
        {"reference": "9349-16"},
    ),
    (
        "a log's first row under a bare date heading and a reference heading gives the reference only",
        # NHS Southern Derbyshire Clinical Commissioning Group's log: whose date the column holds, it does not say
        "Previous Requests - November 2017\n\nDate     Reference Question(s) Response \n01/11/2017 721/17 \n\n1. "
        "For each of the listed licensed Somatropin preparations please provide information on restrictions.\n\n"
        "Click here for Response\n",
        {"reference": "721/17", "response_date": None, "received_date": None},
    ),
    (
        "an FOI request named across an email's wrapped line",
        # The University of Hull on WhatDoTheyKnow, its reply wrapped at 72 columns under a request typed a paragraph
        # to a line (too short a wrap for the text to be re-flowed)
        "Dear Northby University,\n\nCan you please supply your policy on Internet filtering, blocking and "
        "prevention of access to material deemed inappropriate for students and staff?\n\nYours faithfully,\n\nJim "
        "Killock\n\nDear Mr Killock,\n\nI can confirm that the information you have requested is held by\nthe "
        "University.  Please find our response to your Freedom of Information\nrequest below.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "the date of request given in brackets",
        # Steiner Academy Bristol's acknowledgement on WhatDoTheyKnow
        "Dear Katie\n\nI am emailing to confirm that we have received your Freedom of Information request.\n\n"
        "Following the Freedom of Information (FOI) Act we have 20 school working days from the date of request (14th "
        "November 2019) to either:\n* Provide you with the information you have requested\n",
        {"received_date": dt.date(2019, 11, 14)},
    ),
    (
        "a grant's reference a thread quotes is not the case's",
        # A requester's follow-up to the Cabot Learning Federation on WhatDoTheyKnow, below the trust's reply
        "Dear Wendy Hellin - CLF Central,\n\nThank you for this response but it is not acceptable.\n\nI require "
        "evidence of the input from consultants, as outlined on Page 7 of the Grant Offer Letter (grant reference "
        "GR1000119, DFE Reference X231).\n\nYours faithfully,\n\nMs Darling\n",
        {"reference": None},
    ),
    (
        "another body's decision cited as a precedent is not the reply's reference",
        # Salford City Council answering for Salford Royal NHS Foundation Trust: no reference of its own in the text.
        "Dear Mr Rahmani\n\nThe council can confirm that it holds information in respect of your request. However, "
        "this is considered to be exempt under section 43(2) of the Act. The council would draw your attention to the "
        "Information Commissioner's Decision in the case FS50579169 - Herefordshire Council.\n",
        {"reference": None},
    ),
    (
        "a reference with a file code in brackets between its parts",
        # The University of Northampton's acknowledgement; a bracket after the value is not part of it.
        "Annette Reeves, Northby University\n\nRef: RMU/FoI(E20.06)/01151/FoIreply16May17\n\n16th May 2017\n\n"
        "Dear Mr Killock\n\nI am writing in acknowledgement of your request for information dated 14th May 2017.\n",
        {"reference": "RMU/FoI(E20.06)/01151/FoIreply16May17", "response_date": dt.date(2017, 5, 16)},
    ),
    (
        "a reference with a bracket after it",
        "Our ref: FOI/1234 (please quote this in any reply)\n\nDear Ms Smith,\n\nThank you for your request.\n",
        {"reference": "FOI/1234"},
    ),
    (
        "a case number with its letters alone above a WhatDoTheyKnow reply's greeting",
        # The University of Plymouth's acknowledgement, under its sender line.
        "Dear Northby University,\n\n1. The categories of content blocked.\n\n2. Statistics on the requests "
        "blocked.\n\nYours faithfully,\n\nPascal Crowe\n\nFreedom of Information Act, Northby University\n\n"
        "FOI000119/2018\n\nDear Pascal Crowe,\n\nThank you for your information request.\n",
        {"reference": "FOI000119/2018"},
    ),
    (
        "a case number after FOI alone above a WhatDoTheyKnow reply's greeting",
        # Edinburgh Napier University's acknowledgement: "FOI 51/14", the case being 51/14 (as after "REF: FOI 20-165")
        "Dear Northby University,\n\nPlease supply the numbers of students.\n\nYours faithfully,\n\nJOHN "
        "WILLIAMS\n\nFreedom of Information, Northby University\n\nFOI 51/14\n\nDear Mr Williams,\n\nI acknowledge "
        "your requests for information contained in your email below.\n",
        {"reference": "51/14"},
    ),
    (
        "a year range alone above a reply's greeting is no reference",
        "Dear Northby Council,\n\n(1) The number of second homes\n\nYours faithfully,\n\nDebbie Westlake\n\n"
        "Derek O'Connor, Northby Council\n\n2016-17\n\nDear Sir/Madam\n\nThank you for your request below.\n",
        {"reference": None},
    ),
    (
        "a regime naming the team that handles requests is no regime",
        # Humber Teaching NHS Foundation Trust's automatic reply on WhatDoTheyKnow.
        "Thank you for your e-mail.\n\nThis is an automated response to let you know that your e-mail has been\n"
        "received by the Trust Freedom of Information Act team and will now receive\nour attention.\n",
        {"legislation": []},
    ),
    (
        "a label ending in ID, the value on the next line",
        # Medway NHS Foundation Trust's disclosure log: "Freedom of Information Request" is a label of its own.
        "Freedom of Information Request ID\n9104\nDate of response\nJune 2024\nUse of Agencies\n",
        {"reference": "9104"},
    ),
    (
        "a date-shaped case name after its FOI prefix is the reference",
        # The Pensions Regulator's disclosure log.
        "FOI reference - FOI 2016-10-31\nDate - 31/10/2016\n\nI request under the Freedom of Information Act\n",
        {"reference": "2016-10-31"},
    ),
    (
        "a page's last-updated date is not the reply's",
        "Last updated:\n30th December 2024\nSee answers to previous information requests\n\n"
        "Planning enforcement\n1. How many enforcement notices were served?\n",
        {"response_date": None},
    ),
    (
        "a received date label holds the word Date",
        "FOI Reference : 3340977\nReceived Date: 06/10/2025\n\nFee rates for care homes\n",
        {"response_date": None, "received_date": dt.date(2025, 10, 6)},
    ),
    (
        "a respond-by date above the letter's date",
        "Our reference: IM-FOI-2024-0123\nRespond by date: 13 February 2024\nDate: 9 February 2024\n\nDear Mr Reid\n",
        {"response_date": dt.date(2024, 2, 9)},
    ),
    (
        "a first-name greeting",
        "From: FOI Team\nSent: 14 May 2024\n\nDear Aisha,\n\nThank you for your request.\n",
        {"requester": "Aisha"},
    ),
    ("a one-word greeting that names nobody", "Dear Enquirer,\n\nThank you for your request.\n", {"requester": None}),
    # A university's disclosure log, the name redacted.
    ("a title alone", "Response\nDear Mr...,\nI write further to your request for information.\n", {"requester": None}),
    ("a one-word greeting to a council", "Dear Lambeth,\n\nPlease provide the following.\n", {"requester": None}),
    (
        "a WhatDoTheyKnow thread: the response's date, not the acknowledgement's",
        "Tomasz Nowak made this Freedom of Information request to Lambeth Borough Council\n\nTomasz Nowak\n\n"
        "2 April 2024\n\nDear Lambeth Borough Council,\n\nPlease provide the number of households in temporary "
        "accommodation.\n\nYours faithfully,\n\nTomasz Nowak\n\nLambeth Borough Council\n\n3 April 2024\n\n"
        "Dear Tomasz Nowak\n\nWe received your request on 3 April 2024. We will respond within 20 working days.\n\n"
        "Kind regards\n\nInformation Requests Team\n\nLambeth Borough Council\n\n29 April 2024\n\n"
        "Dear Tomasz Nowak\n\nPlease find the Council's response below.\n\n1. On 31 March 2024, 5,412 households "
        "were living in temporary accommodation arranged by the Council.\n\nKind regards\n\n"
        "Information Requests Team\n",
        {"response_date": dt.date(2024, 4, 29)},
    ),
    (
        "an internal review dates the request it reviews, not the review request",
        "12 September 2024\n\nDear Mr Okafor\n\nI write in response to your email of 14 August 2024, in which you "
        "asked the University to review its handling of your request for information of 3 June 2024.\n",
        {"received_date": dt.date(2024, 6, 3)},
    ),
    (
        "the original request of an internal review",
        "Date: 3rd November 2023\n\nI am writing in response to your email of 2nd October 2023, in which you asked "
        "the Council to carry out an internal review of its response to your original request of 11 August 2023.\n",
        {"received_date": dt.date(2023, 8, 11)},
    ),
    (
        "a deadline is not the reply's date",
        "Request received: 1 June 2023\nResponse due: 29 June 2023\nResponse sent: 20 June 2023\n",
        {"response_date": dt.date(2023, 6, 20), "received_date": dt.date(2023, 6, 1)},
    ),
    (
        # Radioactive Waste Management's FOI release on GOV.UK: the year of the date received is the reply's
        "a release's 'Response issued' date, two-digit year",
        "FOI release\n\nFOI 01163 \u2013 Plans for GDF\n\nResponse issued 14/07/20\n\nDocuments\n\nDetails\n\nDear "
        "[redacted],\n\nThank you for your request for information which we received on 26th June.\n",
        {"response_date": dt.date(2020, 7, 14), "received_date": dt.date(2020, 6, 26), "reference": "01163"},
    ),
    (
        # the Home Office's internal review letter and report, flattened from a PDF onto two lines
        "a chronology's 'X's response:' inside a line is not the reply's date label",
        "1 Dear Mr Peach Information Rights Team 2 Marsham Street Website: Our Ref: Date: 18 August 2011 Freedom of "
        "Information request: internal review I have now completed the review.\n\n2 Internal review of response to "
        "request by Mr Stephen Peach (reference 19302) Responding Unit: UK Border Agency (UKBA) Chronology Original FoI "
        "request: 09 July 2011 Acknowledgement: 11 July 2011 UKBA s response: 25 July 2011 Request for internal review: "
        "25 July 2011\n",
        {"response_date": dt.date(2011, 8, 18)},
    ),
    (
        # the Police Service of Northern Ireland's log entry, its date beside its categories
        "a log entry's date line with its categories after a bar",
        "November 21, 2025 | Organisational Information and Performance , Policies\nRequest Number: FOI/15887\n"
        "Category: Firearms and Explosives\nSubject: Firearms Licencing\nRequest and Answer:\nYour request for "
        "information has now been considered.\n",
        {"response_date": dt.date(2025, 11, 21), "reference": "FOI/15887"},
    ),
    (
        "ICO decision listing heading",
        "7 October 2014, Local government (County council)\nThe complainant submitted a request for copies of three "
        "audit reports.\nFOI 36: Not upheld\n",
        {"response_date": dt.date(2014, 10, 7)},
    ),
    (
        "a date inside the first line is not its heading",
        "Report of 7 October 2014, Local government\nThe complainant submitted a request.\n",
        {"response_date": None},
    ),
    (
        "the request date in a decision notice",
        "Decision notice\nDate: 1 October 2012\n\nRequest and response\n\n6. On 11 January 2012 the complainant "
        "requested the following information.\n7. On 8 February 2012 the council responded.\n",
        {"received_date": dt.date(2012, 1, 11), "response_date": dt.date(2012, 10, 1)},
    ),
    (
        "the request date in a Scottish Information Commissioner decision",
        "Decision 073/2024\n\nBackground\n\n1. On 29 July 2022, the Applicant made the following request.\n",
        {"received_date": dt.date(2022, 7, 29)},
    ),
    (
        "the request date of several applicants in a Scottish Information Commissioner decision",
        "Decision 082/2021\n\nBackground\n\n1. On 7 November 2019, the Applicants made a request for information to "
        "Transport Scotland.\n",
        {"received_date": dt.date(2019, 11, 7)},
    ),
    (
        "the request date in a decision's first Background paragraph, made by an organisation's officer",
        "Decision 181/2014\n\nReference No: 201401042\nDecision Date: 18 August 2014\n\nBackground\n\n1. On 18 March "
        "2014, the secretary of NTOA wrote to the Council about the increase in fees.\n\n2. Having received no "
        "response, NTOA wrote to the Council on 21 April 2014, requesting a review.\n",
        {"received_date": dt.date(2014, 3, 18)},
    ),
    (
        "the request date after the verb in a decision's first Background paragraph",
        "Case No: 200700526\nDecision Date: 3 December 2007\n\nBackground\n\n1.Mr P wrote to the Northby Legal Aid "
        "Board (NLAB) on 15 January 2007, in relation to a complaint.\n",
        {"received_date": dt.date(2007, 1, 15)},
    ),
    (
        "the request date of a request delivered by hand in a Scottish Information Commissioner decision",
        "Decision 134/2024\n\nBackground\n\n1. On 25 July 2023, the Applicant hand-delivered a request for information "
        "to the Authority.  He asked three questions:\n",
        {"received_date": dt.date(2023, 7, 25)},
    ),
    (
        "the date a request was clarified, the only date of the request",
        "Dear Ms Leahy,\n\nFOI ref: 2017/1840\n\nFurther to your email below, I can now respond to your request "
        "clarified on 7th December 2017.\n",
        {"received_date": dt.date(2017, 12, 7)},
    ),
    (
        "the request's own date before the date it was clarified",
        "In reply to your request for information under the Freedom of Information Act 2000, dated 02/02/2015\n\n"
        "Your request was clarified on 03/02/2015: Revised questions are:\n",
        {"received_date": dt.date(2015, 2, 2)},
    ),
    (
        "the request date in the Background table of a Scottish Information Commissioner decision",
        "Decision 094/2017\nReference No: 201700826\nDecision Date: 12 June 2017\n\nBackground\n\nDate\n\nAction\n\n"
        "17 February 2017\n\nMiss Morrison made an information request to NHS Tayside.\n\n21 March 2017\n\n"
        "Miss Morrison wrote to NHS Tayside requiring a review.\n",
        {"received_date": dt.date(2017, 2, 17), "response_date": dt.date(2017, 6, 12)},
    ),
    (
        "a labelled date above the summary's first sentence is not the request's",
        "Decision 067/2011\nReference No: 201001816\nDecision Date: 25 March 2011\n\nMs Wylie requested from "
        "Glasgow City Council information regarding community care charges.\n",
        {"received_date": None, "response_date": dt.date(2011, 3, 25)},
    ),
    (
        "an email forwarded onto a web page is the document, not a quoted message",
        "Campaign news\n\n----- Original Message -----\nSent: Thursday, January 02, 2014 3:00 PM\n"
        "Subject: Your request\n\nGood Afternoon\n\nThank you for your recent request made under the Freedom of "
        "Information Act.\n",
        {"response_date": dt.date(2014, 1, 2)},
    ),
    (
        "regimes named as kinds of request counted, not this one's",
        "Request\nUnder the Freedom of Information Act 2000, please provide the number of requests handled.\n\n"
        "Response\nEnvironmental Information Regulation (EIR) requests = 80\nSubject Access requests = 76\n"
        "Privacy Notice for Freedom of Information (FOI)/Environmental Information (EIR) Processes\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a regime set aside is not the reply's",
        "Dear Mr Highton\nThank you for your email of 22 July requesting information. Your request is considered to "
        "be for environmental information as defined in regulation 2(1)(c) of the Environmental Information "
        "Regulations 2004 (EIR). Your request has therefore been considered under the EIR rather than the Freedom of "
        "Information Act.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # Oldham Council's acknowledgement on WhatDoTheyKnow, its regulations misspelt
        "the reply's regime, not the one the request named",
        "Dear Oldham Metropolitan Borough Council,\nUnder the Freedom of Information Act, I would like to request the "
        "number of potholes reported in the council's area.\nAll the best,\nJamie Dixon\n\nRef EIR: 16418\nGood "
        "Afternoon,\nWe acknowledge with thanks your application for information, which has been considered as a "
        "request under the Enviornmental Information Regulations 2004.\nKind regards\nInformation Management Team\n",
        {"legislation": ["EIR"]},
    ),
    (
        # Edinburgh College on WhatDoTheyKnow, the page cut inside the Act's name
        "the Scottish Act's name cut before 'Act' where the text ends",
        "Dear Mr Gallacher\n\nWe are in receipt of your request for information under the Freedom of Information "
        "(Scotland)",
        {"legislation": ["FOISA"]},
    ),
    (
        # Stockport Metropolitan Borough Council on WhatDoTheyKnow, answering under the Act
        "regimes as the kinds of requests a figure counts",
        "Dear T Thomas,\nI am writing in response to your request for information under the Freedom of Information Act "
        "2000. Stockport Council has received 1584 requests for information between 01/01/05 and 13/02/09. Please "
        "note that this figure includes some requests made under the Data Protection Act 1998 and the Environmental "
        "Information Regulations 2004.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a regime set aside is not the reply's wherever else it is named",
        "Dear Mr Highton\nAlthough your request was made under the Freedom of Information Act 2000, the Council has "
        "dealt with it under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of "
        "Information Act.\n",
        {"legislation": ["EIR"]},
    ),
    (
        "a Scottish body says the UK Act is not its own",
        "Information requested\n\nI want to know why requests exceed the cost limit under s.12 of the Freedom of "
        "Information Act (2000).\n\nFor information, SQA are covered by the Freedom of Information (Scotland) Act "
        "2002 and not the Freedom of Information Act 2000.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "an automatic reply's 'if you are requesting under' names no regime",
        "Thank you for contacting Northby Council. We aim to respond to all emails as soon as possible.\n\nIf you are "
        "requesting information under the Freedom of Information Act or Environmental Information Regulations, there "
        "is a 20 working day statutory timescale for a response.\n",
        {"legislation": []},
    ),
    (
        "an automatic reply's 'if you are applying for information under' names no regime",
        "Good morning\n\nThank you for your email. If you are applying for information under The\nFreedom of "
        "Information Act 2000 or the Environmental Information\nRegulations 2004, your request is being processed and "
        "a response will be\nsent to you within 20 working days from receipt of your request.\n",
        {"legislation": []},
    ),
    (
        "two regimes' full names joined by a slash",
        "Thank you for your e-mail, requesting that certain information is made available to you under the Freedom of "
        "Information Act 2000/Environmental Information Regulations 2004. The Council has now started to process "
        "your request.\n",
        {"legislation": ["FOIA", "EIR"]},
    ),
    (
        "abbreviations joined by slashes list kinds of request, and a reference's prefix names no regime",
        "Our ref: EIR/23/0417\n\nDear Ms Cole,\n\nThe team answered 80 FOI/EIR/SAR requests last year.\n",
        {"legislation": []},
    ),
    (
        "a reply that handles the request under the Act names it, 'if' elsewhere",
        "Dear Ms Smith\n\nYour request has been handled under the Freedom of Information Act 2000. If you are unhappy "
        "with our response you may ask for an internal review.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a request date over its value is not the reply's date",
        "FOI Request\n\nDisclosure ID\nRequest Date\nOctober 2, 2023\n\n1. What is the Trust's cyber security "
        "budget?\n",
        {"response_date": None, "received_date": dt.date(2023, 10, 2)},
    ),
    (
        "a label naming the reply beats a bare Date",
        "FOI-4-21\n\nDate: 5 January 2021\n\nSummary: Learning systems\n\nDate of Response:\n\n15 January 2021\n\n"
        "Outcome: Request Refused\n",
        {"response_date": dt.date(2021, 1, 15)},
    ),
    (
        "a requester signing off 'Yours &c' ends the request",
        "Dear Sir,\n\nPlease supply copies of the site disposal papers.\n\nYours &c,\n\nS Holland\n\n"
        "FOI, Northby Ambulance Service NHS Trust\n\nRef: FOI/12/073\n\n23 November 2012\n\nDear Sir/Madam\n\n"
        "Thank you for your email dated 28 October 2012 requesting information.\n",
        {"response_date": dt.date(2012, 11, 23), "received_date": dt.date(2012, 10, 28)},
    ),
    (
        "a disclosure log's request number and response date",
        "Request 101001269764\n\n1. Does your council use body worn cameras?\n\nResponse 03-08-2016\n\n"
        "1. We do not use body worn cameras\n",
        {"reference": "101001269764", "response_date": dt.date(2016, 8, 3)},
    ),
    (
        # Rushcliffe Borough Council's published response, headed by its case, a letter before the number
        "a published response headed by its case",
        "Skip to additional navigation Skip to content\n\nResponse A1345088\n\nResponse to request for information\n"
        "\n\n\nResponse date\n\n15 April 2021\n\n\nI am writing to make a Freedom of Information request concerning "
        "your Council's expenditure on Discretionary Housing Payments.\n",
        {"reference": "A1345088", "response_date": dt.date(2021, 4, 15)},
    ),
    (
        "a prefix with a slash before the number",
        "Our Ref: SS/FOI 3122\n\nDate: 31 July 2009\n\nDear Ms Heath\n",
        {"reference": "SS/FOI 3122", "response_date": dt.date(2009, 7, 31)},
    ),
    (
        # Aneurin Bevan University Health Board's letter
        "the officer's and typist's initials before the prefix and the number",
        "Our Ref: JP/lab/FOI 20-434 \nDirect Line: 01633 435956 \n11th January 2021 \nJohn Thomas \nDear Mr Thomas \n",
        {"reference": "JP/lab/FOI 20-434", "response_date": dt.date(2021, 1, 11)},
    ),
    (
        # the Single Source Regulations Office's FOI release on GOV.UK, no letter date
        "a GOV.UK release dated by its update, alone on its line",
        "FOI release\n\nRFI 107: legal advice\n\nUpdated 11 August 2025\n\nRE: Freedom of information request - "
        "legal advice\n\nThank you for your freedom of information request of 16 July 2025, allocated reference "
        "number RFI 107.\n",
        {"response_date": dt.date(2025, 8, 11), "received_date": dt.date(2025, 7, 16)},
    ),
    (
        # an ICO decision of 2014 republished by swarb, its record's footer
        "a case-law site's record updated is not the reply's date",
        "[2014] UKICO FS50519211\nEngland and Wales\n\n\nUpdated: 06 December 2021; Ref: scu.527773\n",
        {"response_date": None},
    ),
    (
        # NHS Blood and Transplant's letter
        "a team's letters and a slash, a space before the number",
        "Oak House\nReeds Crescent\nWD24 4QN\nOur ref: MOC/ 332729\nDear Casey Bond\nRe: Information request\n",
        {"reference": "MOC/ 332729"},
    ),
    (
        # the Northern Ireland Fire and Rescue Service's letter
        "initials and a space after the slash before the prefix",
        "Our Ref: RG/ FOI 30-10\n\n5 August 2010\n\nMr Mark McGregor\n\nDear Mr McGregor\n",
        {"reference": "RG/ FOI 30-10", "response_date": dt.date(2010, 8, 5)},
    ),
    (
        # Nottinghamshire Fire and Rescue Service's published responses: the body's letters, the year and the number
        # spaced apart before the title, under the page's contact lines and a blank line
        "a title's case of letters, year and number under the page's contact lines",
        "In an emergency call 999\nFor general enquiries call 01158388100\nMonday - Friday -\n\nNFRS 2022 72 - fires on "
        "Grafton Street, Worksop\n\nYou asked for:\n\n  1. Please could you advise the incidents of fire attended at "
        "Grafton street?\n",
        {"reference": "NFRS 2022 72"},
    ),
    (
        # Hertfordshire County Council on WhatDoTheyKnow: the reply's reference names the regime, its team's letters
        # between "FOI" and the number
        "a reference labelled by the regime with the team's letters between",
        "Dear Christina Savage,\n\nReference number: FOI/CSF/03/18/15090\n\nThank you for your correspondence of the "
        "2 March 2018.\n",
        {"legislation": ["FOIA"], "reference": "FOI/CSF/03/18/15090"},
    ),
    (
        # Norfolk Constabulary's letter: the regime's case number, its year after a slash, names the regime
        "a case number of the regime's with its year after a slash",
        "March 2017\n\nFreedom of Information Request Reference No: FOI 003055/17\n\nI write in connection with your "
        "request for information.\n",
        {"legislation": ["FOIA"], "reference": "003055/17"},
    ),
    (
        # Suffolk Constabulary's letter as a PDF's text: the label's "No" kerned apart
        "a reference label whose 'No' is kerned apart",
        "Freedom of Information Request Reference N o: FOI 005439-17\n\nI write in connection with your request for "
        "information received by the Constabulary on the 26 June 2017.\n",
        {"reference": "005439-17", "legislation": ["FOIA"]},
    ),
    (
        # Merthyr Tydfil County Borough Council's disclosure log: a space before the label's colon
        "a case number of the regime's under a label spaced from its colon",
        "Disclosure Log\nRecord Ref : FOI 11914\nDate Received : 23/01/2026\nDate Completed : 17/02/2026\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Northamptonshire Police refusing a request about its subject access figures: the request's records named
        "a subject access request record named, not the regime",
        "Section 12(1) of the Freedom of Information Act 2000 applies. The only means of establishing the information "
        "would be by way of manual examination of each Subject Access Request record.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Network Rail's internal review: every case is numbered "FOI", this one handled under the regulations
        "a case number of the regime's beside regulations named",
        "24 February 2016\n\nDear Mr Kemp\n\nInternal Review reference number: FOI2016/00124\n\nMy conclusion is "
        "that your request has not been handled in accordance with the Environmental Information Regulations 2004.\n",
        {"legislation": ["EIR"], "reference": "FOI2016/00124"},
    ),
    (
        # Rhondda Cynon Taf County Borough Council's acknowledgement on WhatDoTheyKnow: the regulations offered only if
        # the request turns out to be environmental
        "the regulations offered only if the request relates to the environment",
        "Dear Ms Wigzell\n\nThank you for your request for information.\n\nYour request will be processed in accordance "
        "with the Freedom of\nInformation Act 2000 (or Environmental Information Regulations 2004, if it\nrelates to "
        "environmental information).\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # Thurrock Council's published responses: a page headed by what it is, naming no Act
        "a page headed freedom of information response",
        "Freedom of information response\n\nElectric Vehicle charge points\n\nPublication date: \nTuesday 10 March "
        "2020\n\n1. How many electric vehicle charging points have the council installed?\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # the London Borough of Hackney on WhatDoTheyKnow: the request's date after the Act it was made under
        "the request's date after the act, a comma between",
        "Dear Ms Tsonou\n\nThank you for your request for information under the Freedom of\nInformation Act 2000, 25 "
        "July 2018. Your request has been considered and\nour response is in bold below.\n",
        {"received_date": dt.date(2018, 7, 25)},
    ),
    (
        # the Information Commissioner's Office's own reply: the request's date before the word, its year the letter's
        "the request's day and month before the word request",
        "31 March 2014\nDear Mr Dransfield,\n\nI am writing in reply to your 28 February request for:\n\n1. An "
        "approved copy of your Lightning Risk Assessment.\n",
        {"received_date": dt.date(2014, 2, 28), "response_date": dt.date(2014, 3, 31)},
    ),
    (
        # the London Borough of Newham's report of its responses: a table flattened with " / " between its cells
        "a log's table flattened with slashes: the first row's reference and dates under their headings",
        "Information Governance Report\n\nResponses to Requests\n\nPeriod: 01/10/2012- 31/10/2012\n\nType / Sub "
        "Enquiry ID / Date Received / Date Responded / Service / Enquiry Details / Response Details\nOrganisation / "
        "13740 / 03/09/12 / 01/10/2012 / CYPS - Schools Traded Services / Subject: Primary Schools\nPlease can you "
        "provide me with a list of primary schools in your borough. / Summary\nPlease find attached spreadsheet.\n",
        {"reference": "13740", "received_date": dt.date(2012, 9, 3), "response_date": dt.date(2012, 10, 1)},
    ),
    (
        # Chelsea and Westminster Hospital NHS Foundation Trust's reply on WhatDoTheyKnow
        "the year in full then the case number, after the regime's letters",
        "Response\nOur ref: FOI 2024 166\nDear Requester\nThank you for your information request.\n",
        {"reference": "2024 166"},
    ),
    (
        # the Office of the Police and Crime Commissioner for Gwent's log: the date its entry was put up
        "a log entry's date added",
        "Reference: 22025\nDate Added: Sunday, November 13, 2022\nDisclosure Details\nThank you for your recent "
        "request under the Freedom of Information Act (FOIA) 2000.\n",
        {"reference": "22025", "response_date": dt.date(2022, 11, 13)},
    ),
    (
        # the same letter's heading names the request by its date
        "a heading naming the request by the date it was made",
        "Our Ref: RG/ FOI 30-10\n\n5 August 2010\n\nMr Mark McGregor\n\nDear Mr McGregor\n\nRE: FREEDOM OF "
        "INFORMATION REQUEST OF 2 AUGUST 2010\n\nPlease note the following information relevant to the last 5 years:\n",
        {"received_date": dt.date(2010, 8, 2), "response_date": dt.date(2010, 8, 5)},
    ),
    (
        "a force's reference with its unit",
        "Received on 23/08/2017 Our Ref: DC/FOI 782/17\n",
        {"reference": "DC/FOI 782/17"},
    ),
    (
        "a reference by shape at the head of a page",
        "Software contracts and expenditure\n\nFOI16710 - Request for information\n\nThank you for your request.\n",
        {"reference": "FOI16710"},
    ),
    (
        "a log title of FOI and three digits, a dash, then the title",
        "FOI686 - FOI request concerning occupancy levels\nI can confirm that the Trust holds the information.\n",
        {"reference": "FOI686"},
    ),
    (
        "a release's case and a colon before its title",
        "FOI release\n\nNSCC/FOI/03/21/OC: Information on Automatic Number Plate Recognition\n\nPublished 27 July "
        "2021\n",
        {"reference": "NSCC/FOI/03/21/OC"},
    ),
    (
        "a log title, a dash, then the case",
        "Disclosure Details\n\nANPR - 580/13\n\nDated: 19 Aug 2013\n",
        {"reference": "580/13"},
    ),
    (
        "'FOI', the case and a colon before the title (the log of Heartlands, Good Hope and Solihull hospitals)",
        "Coronavirus information\n\nView coronavirus information\n\nFOI 0262: Locum Spend\n\nI am writing to you as I am "
        "eager to get some information on your agency locum spend.\n\nPlease see attached document FOI 0262\n",
        {"reference": "0262"},
    ),
    (
        "a log title, the dash glued to its last word, then the case (Northumbria Police's log)",
        "Disclosure Details\n\nPolice cells- 699/14\n\nDated: 24 Sep 2014\n",
        {"reference": "699/14"},
    ),
    (
        "a title, a dash, then a span of years is no case",
        "Disclosure Details\n\nBudget - 12/13\n\nThank you for your request.\n",
        {"reference": None},
    ),
    (
        "a letterhead's date broken before its year",
        "Governance and Compliance\nNorthby Ambulance Service\n4th Floor\nLondon\nSE1 0EH\n17th July\n2012\n"
        "email:foi@northby-amb.nhs.uk\nOur Ref:1083\nYour Ref:\nDear Mr\nWalker,\nThank you for your enquiry.\n",
        {"response_date": dt.date(2012, 7, 17)},
    ),
    (
        "an email received from the requester on a date",
        "Dear [redacted]\n\nI write in response to an email received from you to our office on 03/07/2021 in which "
        "you asked for information on ANPR cameras.\n",
        {"received_date": dt.date(2021, 7, 3)},
    ),
    (
        "a letterhead's date in the cell after another label, its labels and values read into one column",
        "COMPLAINTS AND INFORMATION GOVERNANCE\nTown Hall, Darlington DL1 5QT\nMr Ian White\nE-mail to: / Date:\n"
        "Please ask for :\nDirect Line:\nYour Reference:\nOur Reference:\nDocument Name: / 10 February 2014\nJenni "
        "Gamble\n\nDear Mr White\n\nYour request for information, received 13 January 2014, has now been considered.\n",
        {"response_date": dt.date(2014, 2, 10), "received_date": dt.date(2014, 1, 13)},
    ),
    (
        "a date in the cell after a received label is not the letter's",
        "COMPLAINTS AND INFORMATION GOVERNANCE\nTown Hall, Darlington DL1 5QT\nMr Ian White\nPlease ask for :\n"
        "Request received: / 10 February 2014\nJenni Gamble\n\nDear Mr White\n\nYour request has now been "
        "considered.\n",
        {"response_date": None},
    ),
    (
        "a flattened letter's date before its heading in capitals and the greeting",
        "Rutland County Council telephone: 01572 722 577 Catmose fax: 01572 758 307 Oakham email: foi@rutland.gov.uk "
        "Rutland web: www.rutland.gov.uk LE15 6HP DX: 28340 Oakham 11 January 2018 FREEDOM OF INFORMATION REQUEST "
        "\u2013 46/18 Dear Sir/Madam Your request for information has now been considered and the information "
        "requested is provided below.\n",
        {"response_date": dt.date(2018, 1, 11), "reference": "46/18"},
    ),
    (
        "a request to the body named, of a date",
        "This is an HTML version of an attachment to the Freedom of Information request 'Part VI of Schedule 1 of "
        "FOIA'.\n\nAlistair Sloan\nBy email to\n30 March 2012\nDear Mr Sloan\nFreedom of Information request "
        "RFI20120308\nThank you for your request to the BBC of 20th March 2012 seeking the following information,\n",
        {"received_date": dt.date(2012, 3, 20), "response_date": dt.date(2012, 3, 30)},
    ),
    (
        # Staffordshire University's disclosure log flattened from a PDF
        "a log's first row under date columns, its dates glued together",
        "University Disclosure Log\n\nDate received Date due Date completed Information asked for Notes\n15 April "
        "201118 May 201116 May 2011Under the Freedom of Information Act, please provide me with:\n\u2022 A copy of the "
        "University's Access Agreement for 2012/13.\nSent refusal notice\n",
        {"received_date": dt.date(2011, 4, 15), "response_date": dt.date(2011, 5, 16)},
    ),
    (
        # East Riding of Yorkshire Council's letter
        "the body telling the date it received the request",
        "Date: 13 March 2014\nDear Miss Mitchell\nFreedom of Information Act 2000\nRequest for Information\nOn 12 "
        "February 2014 East Riding of Yorkshire Council received your request for information under the Freedom of "
        "Information Act 2000.\n",
        {"received_date": dt.date(2014, 2, 12), "response_date": dt.date(2014, 3, 13)},
    ),
    (
        "a review letter's chronology, the request's step dated before it",
        "Date: 4th January 2019\nOur Reference: EIR/927453/2018\nDear Jon Heuch\nThank you for contacting us "
        "requesting a review of our decision. Chronology 5th December 2018 You submitted a request for information to "
        "Adur & Worthing Council ('AWC'), asking for the following information: \"Could you tell me how many Tree "
        'Preservation Orders are currently administered by the Council?" 6th December 2018 AWC acknowledged your '
        "request.\n",
        {"received_date": dt.date(2018, 12, 5), "response_date": dt.date(2019, 1, 4)},
    ),
    (
        "a request made by a Twitter message of a date",
        "FOI16705 - Request for information\n\nThank you for your Twitter message of 21 September 2016, requesting the "
        "following information in accordance with the Freedom of Information Act (FOIA) 2000:\n",
        {"received_date": dt.date(2016, 9, 21)},
    ),
    (
        "a review naming the FOI/EIR request by its number",
        "I have reviewed the response provided to your FOI/EIR request 15/16-514. In carrying out the review I have "
        "re-examined the original decision.\n",
        {"reference": "15/16-514"},
    ),
    (
        "a department's reference with its agency's letter, heading a release",
        "FOI release\n\nFOI2024/00007S Northby Services spend over the last five years\n\nPublished 20 August 2024\n"
        "\nThank you for your email of 5 August 2024.\n",
        {"reference": "FOI2024/00007S"},
    ),
    (
        "a disclosure log's completed date",
        "Record Ref : FOI 11633\nDate Received : 01/09/2025\nDate Completed : 24/09/2025\n",
        {"reference": "11633", "received_date": dt.date(2025, 9, 1), "response_date": dt.date(2025, 9, 24)},
    ),
    ("a one-digit middle part", "FOI-4-21\n\nDate of Response: 15 January 2021\n", {"reference": "FOI-4-21"}),
    (
        "received in this office on",
        "Date: 1 June 2018\n\nDear Mr Shaw\n\nI write in response to your above Freedom of Information request, "
        "received in this office on 18 May 2018.\n",
        {"received_date": dt.date(2018, 5, 18)},
    ),
    (
        "submitted on the 2nd",
        "19th December 2018\nDear Ms Reid,\nI write in response to your Freedom of Information Act (FOIA) request "
        "submitted on the 2nd November 2018.\n",
        {"received_date": dt.date(2018, 11, 2)},
    ),
    (
        "negative-dated-the-names-another-document",
        "Decision 012/2020\n\nThe Applicant asked whether a briefing sent to the Cabinet Secretary dated the 13/6/18 "
        "was also sent to the Minister.\n",
        {"received_date": None},
    ),
    (
        "quoting the reference number with a hash",
        "Thank you for your request. If you wish to check on progress, please reply to this message, quoting the "
        "reference number - IMPS#02707, so that we can track your input.\n",
        {"reference": "IMPS#02707"},
    ),
    (
        "a disclosure log's date the request was replied to",
        "Internal Reference Number: FOI_9131\n\nDate Request Received: 06/01/2026 00:00:00\n\nDate Request Replied "
        "To: 03/02/2026 00:00:00\n\nThis response was sent via: By Email\n",
        {"response_date": dt.date(2026, 2, 3), "received_date": dt.date(2026, 1, 6)},
    ),
    (
        "a review letter's 'your request was made on'",
        "Our Ref: IR 83959\nDate: 28 August 2013\nDear Mr Bale\nThank you for your Internal Review request dated 5 July "
        "2013.\nI have reassessed your case.\nYour request was made on 8 June 2013 and you received a response on 1 "
        "July 2013.\n",
        {"received_date": dt.date(2013, 6, 8), "response_date": dt.date(2013, 8, 28)},
    ),
    (
        "a page telling where and how the request was sent, the day without its year",
        "Response to Freedom of Information Request\nA request was sent to Balmoral by e-mail on 16th February "
        "requesting the following information under the Freedom of Information Act:\n(i) A list of the funds.\n"
        "The response from Balmoral College is shown below:\n4th March 2005\n",
        {"received_date": dt.date(2005, 2, 16), "response_date": dt.date(2005, 3, 4)},
    ),
    (
        # Cabot Learning Federation on WhatDoTheyKnow, folding this request into an earlier one
        "the date the reply says the information was asked for, not the earlier request's",
        "Dear Ms Darling\n\nMany thanks for your email.\n\nOn 23rd October 2019 you requested all documentation and "
        "communications we hold regarding Northby Academy. The information you have asked for on 14th November 2019 "
        "will therefore be captured under that initial request.\n\nKind regards\n\nWendy\n",
        {"received_date": dt.date(2019, 11, 14)},
    ),
    (
        "a review's account of when the original request was received, after the date the review was asked for",
        "Date: 29th August 2012\nDear Mr Brown,\nYou asked on the 31 July 2012 for the handling of your recent "
        "Freedom of Information Request to be reviewed.\nAs requested on 31 July 2012, I have reviewed Mr Brown's FOI "
        "request.\nThe original request for information was received on 23 May "
        "2012 and a review of the papers shows that a draft reply was prepared within the 20 day time limit.\n",
        {"received_date": dt.date(2012, 5, 23), "response_date": dt.date(2012, 8, 29)},
    ),
    (
        "a case system's letters and number joined by a colon, after 'Information Request' without its colon",
        "Dear Ms Homoki,\n\nInformation Access Request - Information Request NMBCIR:20490\nDescription : Transactions "
        "over £25,000\n\nI acknowledge your request for information received on 2019-05-09 15:24:00.\n",
        {"reference": "NMBCIR:20490", "received_date": dt.date(2019, 5, 9)},
    ),
    (
        "the commissioner's case number above the body's own, and a date line whose next cell is the address",
        "ICO ref: FS50431349\nOur ref: FOI187\n2 July 2012 / Southgate House\nPans Lane\nDevizes\n\nDear Mr Jones,\n\n"
        "NHS Northby has been in correspondence with the Information Commissioners Office regarding our earlier "
        "response to your request.\n",
        {"reference": "FOI187", "response_date": dt.date(2012, 7, 2)},
    ),
    (
        # South London and Maudsley NHS Foundation Trust's letter to a requester who complained to the ICO
        "the commissioner's complaint reference, the body printing none of its own",
        "28 May 2014\nDear Mr Mery\nICO Complaint Reference \u2013 FS50514652\nDate of Request \u2013 11th June 2013 "
        "('the Request')\nI refer to previous correspondence in relation to the Request and more recently to your "
        "complaint to the ICO.\n",
        {"reference": None, "response_date": dt.date(2014, 5, 28), "received_date": dt.date(2013, 6, 11)},
    ),
    (
        # the British Council's disclosure log, cut inside the request
        "the request's own email header under a log's received date, its greeting to the body's officer",
        "The Request\n\nReceived on 8 June 2017\n\nFrom: \n\nSent: 08 June 2017 11:05\n\nSubject: Corporate Software "
        "Information\n\nTo the organisation\u2019s Freedom of Information Officer,\n\nThis is an email to request "
        "information under the FOI Act.\n",
        {"response_date": None, "received_date": dt.date(2017, 6, 8)},
    ),
    (
        # the University of Leicester on WhatDoTheyKnow: its acknowledgement states the date of receipt; its refusal
        # later dates the request a day earlier
        "the date of receipt the body states beats a date the request is said to bear",
        "Dear Steve\n\nI write to acknowledge receipt of your request, dated 31st August 2018 made under the "
        "provisions of the Freedom of Information Act 2000.\n\nThe effective date of the request, i.e. date of "
        "receipt of your request by the University of Leicester for processing, is 31st August 2018.\n\nRegards,\n\n"
        "Christine Taylor\n\n26th September 2018\n\nDear Steve\n\nI write on behalf of the University of Leicester in "
        "response to your request, dated 30th August 2018 made under the provisions of the Act.\n",
        {"received_date": dt.date(2018, 8, 31)},
    ),
    (
        # Neath Port Talbot County Borough Council's acknowledgement on WhatDoTheyKnow
        "a request received 'today', its date after a comma",
        "FOI Team, Neath Port Talbot County Borough Council\n\nThank you for your Freedom of Information request "
        "received today, 11th June 2019. We are generally required to provide you with a response within no more "
        "than 20 working days of receipt of a request, which will be on or before 9th July 2019.\n",
        {"received_date": dt.date(2019, 6, 11)},
    ),
    (
        # Transport Scotland's review on gov.scot: the only case the page prints is the reviewed request's
        "a review naming the original request's case",
        "Transport Scotland road delivery outfalls: EIR Review\n\nInformation requested\n\nOriginal Request "
        "202500497286\n\n1. I would like to request a written and mapped list for road outfalls.\n",
        {"reference": "202500497286"},
    ),
    (
        # Birmingham and Solihull Mental Health NHS Foundation Trust's reply, re-posted by a campaigner
        "an unlabelled case number and its year heading the reply",
        "Birmingham and Solihull Mental Health NHS Foundation Trust\n\nFOI023/2021 ECT Response\n \nPlease provide "
        "ECT information under the FOI act to the following questions: - \n \nHow many ECT in 2020?\n \n440\n",
        {"reference": "FOI023/2021"},
    ),
    (
        "a label ending in a slash, touching its value",
        "Mike Overthrow\nBath NHS House\nTel: 01225 731618\n14th March 2018\nFreedom of Information/RFI-1275\nDear Mike "
        "Overthrow\nThank you for your request for information.\n",
        {"reference": "RFI-1275", "response_date": dt.date(2018, 3, 14)},
    ),
    (
        "a tribunal's substituted decision on requests made to a body by the appellant, the first request's date",
        "Decision given on: 24 February 2025\nSubstituted Decision Notice:\nThe Tribunal's Decision Notice is "
        "substituted for the Commissioner's, with regard to the requests for information made to Northby Surgery in "
        "Northby, Plymouth by John Smith dated 14 March 2023 and 23 May 2023.\n",
        {"received_date": dt.date(2023, 3, 14)},
    ),
    (
        "a review report: the review's request received, then the request it reviews",
        "Internal Review on the response to a Freedom of Information request - IR/07 (FOI 368)\n\nThe request for an "
        "Internal Review was received on 27th October 2016 and the review was conducted on 21st November 2016\n\n"
        "Background and the Review\n\nOn the 17th October 2016, the following request was received:\n\n"
        "\u201cCan you therefore tell me by what means did the said officers travel to the location?\u201d\n",
        {"received_date": dt.date(2016, 10, 17)},
    ),
    (
        "the council's reference as a request's title quotes it, 'Your Ref' in the requester's words",
        "Planning Application 21280/010 - Decision under Delegated Powers [Your Ref: 32176]\n\nThe request was "
        "successful.\n\nDear Northby District Council,\n\nI sent the following email to the case officer on 9 "
        "January.\n\nYours faithfully,\nS Smith\n",
        {"reference": "32176"},
    ),
    (
        "the authority's own reference beats the one a request's title quotes",
        "Planning Application [Your Ref: 32176]\n\nDear Northby District Council,\n\nPlease send the decision.\n\n"
        "Yours faithfully,\nS Smith\n\nDear Mr Smith\n\nOur ref: FOI 5521\n\nPlease find the decision attached.\n",
        {"reference": "5521"},
    ),
    (
        "the reference an acknowledgement gives the requester",
        "Dear Dr Oppitz,\n\nThis is to acknowledge receipt of your request for information. Your reference number is "
        "FOI-2012-48. We will respond on or before 14 March 2012.\n",
        {"reference": "FOI-2012-48"},
    ),
    (
        "a letter's date beside its reference, below a document site's own lines",
        "Download FOI 2013/250 You requested the following information: 1. What is\n\nSurvey\nyes no Was this "
        "document useful for you?\n   Thank you for your participation!\n\n* Your assessment is very important for "
        "improving the work\n\nDocument related concepts\n\nNutrition transition wikipedia , lookup\n\nTranscript\n"
        "369 Fulham Road\nLondon\nSW10 9NH\n20 August 2013\nOur Ref: FOI 2013/250\nYou requested the following "
        "information:\n1.\nWhat is the annual total catering budget for patient food in your Trust (in £s)?\n",
        {"response_date": dt.date(2013, 8, 20), "reference": "2013/250"},
    ),
    (
        "a log's 'Issued' date beats the page's 'Published' one",
        "Published: 28 June 2023\n\nFOI 2023/24-014 - Reports on data and correspondence\n\nReport Summary\n\n"
        "Issued 19 June 2023, this FOI response advises that part of the request exceeds the cost of compliance.\n",
        {"response_date": dt.date(2023, 6, 19)},
    ),
    (
        "a letter flattened onto one line: its date right before its greeting",
        "Department for International Trade 1 Victoria Street London SW1H 0ET Kyla Mandel T +44 (0)20 7215 5000 W "
        "www.gov.uk/dit Our ref: FOI2016/20779 07 November 2016 Dear Kyla Mandel, INTERNAL REVIEW OF FREEDOM OF "
        "INFORMATION REQUEST FOI2016/20779 I am writing in response to your request for an internal review of the "
        "above case. I have now reviewed the information which was withheld by the Department in its response to "
        "your original request, and set out my decision below. Your original request was made on 23 August where you "
        "requested the following information: I am seeking information on the trip.\n",
        {"response_date": dt.date(2016, 11, 7), "received_date": dt.date(2016, 8, 23)},
    ),
    (
        "a decision's request date, the body and the regime named in full before it",
        "Summary: The complainant made a request to Northby Improved Housing Association (-NIH-) under the "
        "Environmental Information Regulations 2004 (-EIR-) on 31 May 2006 for access to all documents held.\n",
        {"received_date": dt.date(2006, 5, 31)},
    ),
    (
        "'is' after a label naming the request starts a sentence, not a reference",
        "This is an automated message:\nThank you for your FOI request. If your FOI request is COVID-19 related, please "
        "take a look at these resources online.\n",
        {"reference": None},
    ),
    (
        "received in this department, the date's parts spaced apart",
        "Date / 4th February 2013\nDear Ms Campbell,\nI am writing with regard to the information you requested under "
        "the Freedom of Information Act 2000 and received in this department on the 08- Jan- 13.\n",
        {"received_date": dt.date(2013, 1, 8)},
    ),
    (
        "a commissioner's background list: the date, a colon, the applicant's request",
        "Decision 037/2019: Moving Forward Together - failure to respond\n\nBackground\n\n2 October 2018: Mr C made "
        "an information request to NHS Greater Glasgow and Clyde.\n\n3 October 2018: Although NHS Greater Glasgow and "
        "Clyde acknowledged the information request, it did not respond to it.\n",
        {"received_date": dt.date(2018, 10, 2)},
    ),
    (
        "what the requester received is not the request's receipt",
        "This is the actual text from the letter I received 1 February, 2005 from the Freedom of Information Officer.\n"
        "\n1 February 2005\nMs Brooke\n\nThank you for your two Freedom of Information requests of 2 January 2005, "
        "received on 5 January.\n",
        {"received_date": dt.date(2005, 1, 5)},
    ),
    (
        "a tribunal's appellant submitting the request",
        "Decision given on: 08 January 2024\n\nREASONS\n\nIntroduction to the Appeal\n\n1.\n\nOn 5 May 2022, the "
        "Appellant submitted this request (\u201cthe Request\u201d) to Northby Royal Hospital NHS Trust:\n",
        {"received_date": dt.date(2022, 5, 5), "response_date": dt.date(2024, 1, 8)},
    ),
    (
        # The First-tier Tribunal on Potto Parish Council: the request and the complaint in one paragraph
        "a tribunal's appellant making the request, in the paragraph that names the Commissioner",
        "Decision given on: 20 August 2024\n\nREASONS\n\n2.\n\nThe Appellant made a 15-part request for information "
        "to the parish council on 3 July 2023 concerning the PIR and other matters. On 25 July 2023 the parish "
        "council replied. He also complained to the Information Commissioner who investigated and issued a "
        "decision notice on 4 January 2024.\n",
        {"received_date": dt.date(2023, 7, 3), "response_date": dt.date(2024, 8, 20)},
    ),
    (
        # The First-tier Tribunal on Merevalley Federation, its appellant anonymised
        "a tribunal's substituted decision naming the request by its maker",
        "Decision given on: 12 March 2024\n\nSubstituted Decision Notice:\n\nNorthby Federation shall, within 30 "
        "days of the delivery of this Decision to them, respond to the request for information made by T on 21 "
        "April 2023 without reliance on section 14(1) Freedom of Information Act 2000.\n",
        {"received_date": dt.date(2023, 4, 21), "response_date": dt.date(2024, 3, 12)},
    ),
    (
        # An ICO decision notice on Rushden Town Council: the Commissioner's account of the request
        "a decision notice's account of the request, the Commissioner named in it",
        "Decision Notice\n\nThe Information Commissioner (the \u201cCommissioner\u201d) has received a complaint "
        "alleging that on 11th January 2005 the complainant requested from Northby Town Council the following "
        "information under the Freedom of Information Act 2000 (the \u201cAct\u201d):\n",
        {"received_date": dt.date(2005, 1, 11)},
    ),
    (
        # The First-tier Tribunal on Fladbury Parish Council: its definitions name the Commissioner's decision too
        "a tribunal's definition of the request",
        "Decision given on: 12 March 2025\n\n    REASONS\n  1. In this decision the following terms have the following "
        "meanings:\n  2. 10 March email an email dated 10 March 2023, sent by SPAB to a number of people;\n    "
        "Commissioner the Information Commissioner;\n    Council Northby Parish Council;\n    Decision Notice the "
        "notice of the Commissioner's decision number IC-282028-L8Q5, dated 18 June 2024;\n    Request the "
        "Appellant's request for information dated 2 October 2023;\n    SPAB the Society for the Protection of Ancient "
        "Buildings.\n\n  3. This is an appeal by the Appellant.\n",
        {"received_date": dt.date(2023, 10, 2), "response_date": dt.date(2025, 3, 12)},
    ),
    (
        # The First-tier Tribunal's decision on requests to Tendring District Council: the appellant's application to
        # the tribunal is dated, not the request
        "an appellant's application dated, not the request",
        "Hearing date: 18 August 2025\nDecision given on 31 October 2025\n\nDecisions:\n\n(1) The Appellant\u2019s "
        "application dated 31 July 2025 is refused.\n\n(2) The appeal is dismissed.\n",
        {"received_date": None},
    ),
    (
        # NHS Dumfries and Galloway on WhatDoTheyKnow: its acknowledgement and its reply disagree on the date
        "the reply's received date over the acknowledgement's",
        "Dear Dumfries and Galloway NHS Board,\n\nPlease treat this as a Freedom of Information request.\n\nYours "
        "faithfully,\n\nJennifer Jones\n\nFEEDBACK, Dg (NHS DUMFRIES AND GALLOWAY),\n\nThank you for your request "
        "received 12 March 2020. I shall endeavour to respond to your request within 20 working days from 12 March "
        "2020.\n\nRegards,\n\nFreedom of Information Officer\nNHS Dumfries and Galloway\n\nFEEDBACK, Dg (NHS DUMFRIES "
        "AND GALLOWAY),\n\n1 Attachment\n\nThank you for your request received 11 March 2020.\n\nPlease find attached "
        "NHS Dumfries and Galloway's response to your request.\nKind regards\n\nFOI Officer\n",
        {"received_date": dt.date(2020, 3, 11)},
    ),
    (
        # Sevenoaks District Council's letter: received "by the Council" and its date, beside the date it was made
        "a request dated, then received by the body on a later date",
        "Dear Mr White\n\nThank you for your information request dated 04/08/2009 and received by the Council "
        "05/08/2009.\n",
        {"received_date": dt.date(2009, 8, 5)},
    ),
    (
        # Uttlesford District Council's acknowledgement on WhatDoTheyKnow
        "the reference a request has been allocated",
        "Dear Matt Hillier\nThank you for your request for information which Northby District Council received on 28 "
        "October 2024. Your request has been allocated the Councils reference of FOI24_1039.\n",
        {"reference": "FOI24_1039", "received_date": dt.date(2024, 10, 28)},
    ),
    (
        # the London Borough of Camden on WhatDoTheyKnow, the label wrapped before its "of"
        "a reference number allocated 'of' a value",
        "Dear Ms V\n\nYour request has been received and a reference number has been allocated\nof 6615400.\n",
        {"reference": "6615400"},
    ),
    (
        # Cheltenham Borough Council's acknowledgement on WhatDoTheyKnow
        "a request logged as its reference",
        "Thank you for your enquiry received today. Your request for information has been logged as FOI 6877 and you "
        "will receive a response within 20 working days.\n",
        {"reference": "6877"},
    ),
    (
        # The University of Hertfordshire's reply
        "a request dated by 'from'",
        "Ref. UH/RFI/001156\n\nDear Mr Benson\nRequest for information under the Freedom of Information Act 2000\n"
        "Following your request for information from 26 April 2010, please see the\nUniversity s response below.\n",
        {"received_date": dt.date(2010, 4, 26)},
    ),
    (
        # A page reproducing the Information Commissioner's decisions, each under its body, sector and date
        "an ICO decision's listing heading",
        "Northby Parish Council (Local Government): ICO 29 Mar 2021\n\nThe complainant requested copies of "
        "correspondence sent by a particular parish councillor.\n",
        {"response_date": dt.date(2021, 3, 29)},
    ),
    (
        # BAILII's copy of an Information Tribunal decision on the Office of Government Commerce: the header's
        # "Decision Promulgated" and its date stand in two columns run together
        "a case-law site's breadcrumb dates the decision; the tribunal names the requester in full",
        "BAILII [Home] [Databases]\n\nYou are here: BAILII >> Databases >> United Kingdom Information Tribunal >> "
        "Office of Northby Commerce v Information Commissioner [2007] UKIT EA_2006_0068 (2 May 2007)\nURL: "
        "http://www.bailii.org/uk/cases/UKIT/2007/EA_2006_0068.html\n\nInformation Tribunal        Appeal Numbers:\n"
        "EA/2006/0068 and 0080\nHeard at Procession House, London          Decision Promulgated\nOn 12, 13, 14 and 16 "
        "March 2007          02 May 2007\n\nReasons for Decision\n1.  On 3rd January 2005 Mr Mark Dziecielewiski (Mr D) "
        "requested the\nfollowing information from the Office of Northby Commerce (ONC)\n",
        {"response_date": dt.date(2007, 5, 2), "received_date": dt.date(2005, 1, 3)},
    ),
    (
        # Bassetlaw District Council's letter on WhatDoTheyKnow
        "a request dated by 'sent'",
        "Dear Mr Smith\n\nRe: Freedom of Information Act 2000 - Request for Information\n\nI refer to your request sent "
        "4 October 2018 for business rates data.\n",
        {"received_date": dt.date(2018, 10, 4)},
    ),
    (
        # Historic Royal Palaces on WhatDoTheyKnow
        "a request dated after a comma",
        "Dear Mr Leonard,\nI write in response to your request, dated 28 November 2019, for information under the "
        "Freedom of Information Act 2000.\n",
        {"received_date": dt.date(2019, 11, 28)},
    ),
    (
        # Ards and North Down Borough Council's acknowledgement on WhatDoTheyKnow
        "a request dated after 'your email and request for information of'",
        "Dear Mr Kenning,\n\nWe acknowledge receipt of your email and request for information of 27 April 2021 to "
        "Northby Borough Council.\n",
        {"received_date": dt.date(2021, 4, 27)},
    ),
    (
        # The First-tier Tribunal on Ulster University
        "a tribunal's appellant who requested information from a body on a date",
        "BACKGROUND\n\n3.\n\nThe Appellant requested information from Northby University (NU) on 6 July 2022 as "
        "follows:-\n\n[1] How many staff are based at each campus?\n",
        {"received_date": dt.date(2022, 7, 6)},
    ),
    (
        # The Local Government Association's reply
        "a request made under the Act on a date",
        "Dear Mr Thwaites,\nThank you for your request for information made under the Freedom of Information Act 2000 "
        "(FOIA) on 21 June 2010. We apologise for the delay in responding to you.\n",
        {"received_date": dt.date(2010, 6, 21)},
    ),
    (
        # Transport for Wales's disclosure log
        "an FOI Act request 'from' a date",
        "Date issued: 28 August 2019\n\nThank you for your Freedom of Information (FOI) Act request from 08 August "
        "2019. You requested the following information:\n",
        {"received_date": dt.date(2019, 8, 8), "response_date": dt.date(2019, 8, 28)},
    ),
    (
        # ... not by a date further on
        "a request 'from' a body is not dated by a later date",
        "Dear Mr Benson\nFollowing your request for information from the University, we wrote to you in our letter "
        "of 3 May 2010.\n",
        {"received_date": None},
    ),
    (
        "the reference a request has been referenced as",
        "Dear Helen,\n\nThank you for your information request received 3^rd February 2021. This\nis an "
        "acknowledgement of your request being received. Your request has\nbeen referenced as IR8652. Please use "
        "this reference number in any\nsubsequent contact with the Council.\n",
        {"reference": "IR8652"},
    ),
    (
        "the reference number for your request, after a mixed-case FoI",
        "Dear Jake Hurfurt,\n\nThank you for your request for information.\n\nThe reference number for your request "
        "is: FoI 1067\n\nRegards,\n",
        {"reference": "1067"},
    ),
    (
        "a case number, FOI, the body's initials and the financial year, in brackets",
        "Dear Sir/Madam\n\nRe- Your Request for Information (Ref. 182 FOI NCH 1819)\n\nThank you for your e-mail. We "
        "acknowledge receipt of your request for information.\n",
        {"reference": "182 FOI NCH 1819"},
    ),
    (
        "the received date in the sentence before a cost estimate's activities",
        "Dear Mr Champion\n\nThank you for your request for information on the accessibility of the Department's "
        "website which we received on 26/06/06. I regret that we cannot provide this information, as the cost would "
        "exceed the limit prescribed under Section 12 of the Freedom of Information Act. This is \u00a3600, which "
        "represents the estimated cost of spending 24 hours in determining whether the Department holds the "
        "information, and locating, retrieving and extracting the information.\n",
        {"received_date": dt.date(2006, 6, 26)},
    ),
    (
        "a request received in the body, named, on a date",
        "5 December 2017 Dear Mr Smith Thank you for contacting the Museum. Your request for information, received in "
        "the Museum on 8 November 2017 was: I would be grateful if you would send me the contract.\n",
        {"received_date": dt.date(2017, 11, 8)},
    ),
    (
        "a release titled with its case, the regime's letters glued to it",
        "FOI2020-06217 Mail usage\nPublished 10 June 2020\nDear\nI am writing in response to your email dated 12 May "
        "2020 requesting the following information,\n",
        {"reference": "FOI2020-06217"},
    ),
    (
        # the University of East Anglia's disclosure log
        "the case joined to its two-digit year by an underscore, before the title",
        "FOI_25-138 Artificial Intelligence and academic misconduct\nDate of response: 09 May 2025\nWe have now "
        "considered your request of 01 May 2025 for the following information:\n",
        {"reference": "FOI_25-138"},
    ),
    (
        "a case code naming the regime before the request's title, under the greeting",
        "2 July 2018\n\nDear Mr Smith\n\nNRA/FOI/0001 \u2013 Landfill Disposals Tax Enquiry\n\nI am writing to you "
        "in response to your request for information.\n",
        {"reference": "NRA/FOI/0001"},
    ),
    (
        "a law-report site's record number is not the case's; its ICO citation is",
        "The Commissioner's decision is that further information is not held.\nSection of Act/EIR and Finding: FOI 1 "
        "- Complaint Not upheld\nCitations:\n[2013] UKICO FS50480910\nLinks:\nJurisdiction:\nEngland and Wales\n"
        "Updated: 06 April 2022; Ref: scu.528567\n",
        {"reference": "FS50480910"},
    ),
    (
        "an ICO citation with the case's IC- number",
        "The Commissioner does not require further steps.\nEIR 11(4): Complaint upheld\n\nCitations:\n\n[2021] UKICO "
        "IC-48877\n\nLinks:\n\nBailii\n\nUpdated: 23 August 2021; Ref: scu.662897\n",
        {"reference": "IC-48877"},
    ),
    (
        "the reference number for this request, in an acknowledgement's sentence",
        "Dear Ms Hester\n\nPlease accept this email as confirmation that your request has been received. The reference "
        "number for this request is 10/71.\n\nYours sincerely\n",
        {"reference": "10/71"},
    ),
    (
        "the Welsh of an acknowledgement's reference line",
        "Annwyl Jake Hurfurt,\n\nDiolch ichi am eich cais am wybodaeth.\n\nRhif cyfeirnod eich cais yw: FoI 1067\n",
        {"reference": "1067"},
    ),
    (
        "a disclosure log's 'Requested on' date above its own line is the request's, not the reply's",
        "Dog Fouling Fines\n\nRequested on\nWed 22nd February, 2012\nReference\nFOI 1733\nResolution\nInformation "
        "provided\n\nQuestion\n\nHow many fines were issued over the last 3 years?\n",
        {"response_date": None, "received_date": dt.date(2012, 2, 22), "reference": "1733"},
    ),
    (
        "a log's 'Filing Date' and 'Reply Date'",
        "Board meeting details\n\nFiling Date: 16th August 2023\n\nReply Date: 14th September 2023\n\nRef: "
        "ATI3113\n\nDear Sir,\n\nPlease send me the dates of all Board meetings since July 2022.\n",
        {"response_date": dt.date(2023, 9, 14), "received_date": dt.date(2023, 8, 16)},
    ),
    (
        "a decision's date label on a flattened header line beside the commissioner's name",
        "1 Decision 120/2007 Mr A Smith and the Chief Constable of Northby Police Request for copy of a report "
        "Applicant: Mr A Smith Authority: Chief Constable of Northby Police Case No: Decision Date: 26 July 2007 "
        "Kevin Dunion Scottish Information Commissioner Kinburn Castle Doubledykes Road St Andrews Fife KY16 9DS\n",
        {"response_date": dt.date(2007, 7, 26)},
    ),
    (
        "a year and a short case number ending the reference line",
        "Northby Fire and Rescue Service\n\nOur Ref: FOI 19 31\n\nDear Jessica\n\nThank you for your request.\n",
        {"reference": "19 31"},
    ),
    (
        "a year and a short number inside running text is no reference",
        "Our Ref: FOI 19 31 and 12 others\n\nDear Jessica\n\nThank you for your request.\n",
        {"reference": None},
    ),
    (
        "a letterhead's labels a line each, then its values a line each, the date first",
        "Northby NHS Board\nWaverley Gate\nTelephone 0131 536 9000\nDate\nOur Ref\n04/10/12\n3358\nEnquiries to Richard "
        "Mutch\nExtension 35687\nDear\nFREEDOM OF INFORMATION - WOUND CARE FORMULARY\nI write in response to your "
        "request of 1 October 2012 for information in relation to NHS Northby's Wound Care Formulary.\n",
        {"reference": "3358", "response_date": dt.date(2012, 10, 4), "received_date": dt.date(2012, 10, 1)},
    ),
    (
        "a decision's applicant that is a body asking the authority it defines in brackets",
        "Decision 245/2013 Northby Youth Trust and Northby City Council\n\nReference No: 201301880\nDecision Date: 1 "
        "November 2013\n\n\nOn 28 June 2012, Northby Youth Trust asked Northby City Council (the Council) for all "
        "information it held about the charity. The Council refused to comply with the request on the basis that it "
        "was a repeat request.\n",
        {"received_date": dt.date(2012, 6, 28), "response_date": dt.date(2013, 11, 1)},
    ),
    (
        "an internal review telling the requester the day they asked for the information",
        "Date: 15 February 2018\nIR 2017/02483\nDear M Boyce\nFreedom of Information Act 2000 (FOIA)\nThank you for your "
        "email of 24 October 2017 asking HMRC to carry out an internal review of\nour response to your information "
        "request. I am sorry for the delay in replying to you.\nYour request\nOn 4 August 2017 you asked HMRC for the "
        "following information:\n(1) How many case reports took more than 30 working days to arrive?\n",
        {"received_date": dt.date(2017, 8, 4), "response_date": dt.date(2018, 2, 15)},
    ),
    (
        "the day the requester asked for an internal review is not the request's",
        "Date: 15 February 2018\nDear M Boyce\nOn 24 October 2017 you asked for an internal review of our response.\n"
        "I have now completed the review.\n",
        {"received_date": None},
    ),
    (
        "a case, its month and its year's two digits ending the reference line",
        "Response\nRef: FOI 224 08 23\nHi X,\nThank you for your request for incident information which has been "
        "received by Northby Fire and Rescue Service.\n",
        {"reference": "224 08 23"},
    ),
    (
        "a case and a figure and a year is no spaced reference inside running text",
        "Ref: FOI 224 08 23 and 2 others\nHi X,\nThank you for your request.\n",
        {"reference": "224"},
    ),
    (
        "the requester's own reference is still not the authority's",
        "Our ref: 4471\nYour reference: AB/99\nDear Ms Jones,\nThank you for your request.\n",
        {"reference": "4471"},
    ),
    (
        "a reference labelled with its regime and a colon",
        "All the best,\nJamie Dixon\nRef EIR: 16418\nGood Afternoon,\nWe acknowledge with thanks your application.\n",
        {"reference": "16418"},
    ),
    (
        "a regime prefix with no colon is part of the reference",
        "FOI, Northby Ambulance Service NHS Trust\n\nRef FOI/12/073\n\nDear Sir,\n\nThank you for your email.\n",
        {"reference": "FOI/12/073"},
    ),
    (
        "negative-the-quoted-request-emails-sent-line",
        "Dear Ms Reid\nThis is a courtesy email to let you know your request has been received on : 22/01/2018.\n\n"
        "The request\n\nFrom: Ian Robinson [mailto:[FOI #458690 email]]\nSent: 21 January 2018 10:45\n"
        "To: Freedom of Information\nSubject: Freedom of Information request - Parking\n",
        {"response_date": None, "received_date": dt.date(2018, 1, 22)},
    ),
    (
        "a reference heading the authority's letter far down a thread",
        "Dear Kirklees Council,\n\nPlease send me your FOI statistics for 2017.\n\n"
        + "More of the request.\n" * 14
        + "\nYours faithfully,\nA. Parsons\n\nFreedom Info, Northby Council\n\nDear Mr Parsons\n\n"
        "FoI 17702 - FOI Statistics for 2017\n\nI am writing in response to your request.\n",
        {"reference": "17702"},
    ),
    (
        "received at this office on",
        "Date: 22/11/2021\n\nDear Mr Cohen\n\nThank you for your request for information, received at this office "
        "on 19/11/21, in which you requested details of the following:\n",
        {"received_date": dt.date(2021, 11, 19)},
    ),
    (
        "a Scottish reply shortens its regulations",
        "Dear Ms Grey\nYour request was handled under the Environmental Information Regulations and the Freedom of "
        "Information (Scotland) Act 2002. As the information is environmental, the Environmental Information "
        "(Scotland) Regulations 2004 apply.\n",
        {"legislation": ["EISR", "FOISA"]},
    ),
    (
        "the Scottish Act by its short name beside its full one",
        "Type of Request: FOI\nI would appreciate a response under the Freedom of Information Act to the following.\n"
        "Response: This information is exempt under section 35(1)(a) of the Freedom of Information (Scotland) Act "
        "2002.\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "the Scottish Act by its year alone",
        "Dear Mr Hay\nWe are required under Freedom of Information Act 2002 to apply exemption S39(2).\n",
        {"legislation": ["FOISA"]},
    ),
    (
        "a request in several emails, the year from the letter's date",
        "Tuesday 15 March 2022\nDear Ms Reid,\nThank you for your emails of 2 March, in which you ask for figures.\n",
        {"received_date": dt.date(2022, 3, 2)},
    ),
    (
        "dated the",
        "9 January 2018\nI acknowledge your request for information dated the 4 January 2018 about parking.\n",
        {"received_date": dt.date(2018, 1, 4)},
    ),
    (
        "the original information request, not the response reviewed",
        "Date: 2 March 2012\nI am writing about your request for a review of a response dated 9 February 2012 and "
        "your original information request made on 12 January 2012.\n",
        {"received_date": dt.date(2012, 1, 12)},
    ),
    (
        "a review letter that dates only the review request",
        "20 May 2021\nDear Mr Hale,\nI am writing in response to your review request of 30 April 2021.\n",
        {"received_date": dt.date(2021, 4, 30)},
    ),
    (
        "a review letter telling the requester when they asked for the review, its copy's words glued",
        "24th November 2010\nDear Mr Pullen,\nFreedom of Information Appeal - Reference A0017/2010\nYourequested an "
        "Internal Review under the Freedom of Information Act 2000 (FOI) on the 22nd November 2010 as you felt that the "
        "information provided to you did not fully meet your request.\n",
        {"received_date": dt.date(2010, 11, 22)},
    ),
    (
        "a decision's narrative date with no comma before the requester's name",
        # The First-tier Tribunal on Guildford Borough Council: the first request's date had been skipped for the second's
        "Decision notice\nThe requests were as follows:\nRequest 1 - Council reference: FOI2022/00952\nOn 3 October "
        "2022 Mr Parker wrote to the Council and requested the following information:\nRequest 2 - Council "
        "reference: FOI2023/00347\nOn 5 April 2023, Mr Parker wrote to the Council and requested the following.\n",
        {"received_date": dt.date(2022, 10, 3)},
    ),
    (
        "a request made by the appellant under the act on a date",
        "Decision Given On: 7 May 2025\nThis appeal concerns a request made by the Appellant under the Freedom of "
        'Information Act 2000 ("FOIA") on 18 May 2023 for information from the Northby Appointments Commission.\n',
        {"received_date": dt.date(2023, 5, 18)},
    ),
    (
        "your e mail in two words (North Lanarkshire Council on WhatDoTheyKnow)",
        "Dear Mr. Anderson,\n\nRequest for Information\n\nI refer again to your e mail of 12 January 2009 seeking "
        "information in relation to allotments.\n",
        {"received_date": dt.date(2009, 1, 12)},
    ),
    (
        "a tribunal's definition of the request by the appellant, not the closed bundle dated later",
        "Decision Given On: 7 May 2025\n\n    REASONS\n  1. In this Decision the following terms have the following "
        "meanings:\n    Closed Material the information contained within the closed bundle dated 10 February 2025;\n"
        "    Commissioner the Information Commissioner;\n    Request the request by the Appellant dated 30 September "
        "2023;\n    University the University of Northby;\n",
        {"received_date": dt.date(2023, 9, 30)},
    ),
    (
        "the information requested by the appellant on a date, in a tribunal's substituted decision notice",
        "Decision given on: 16 May 2024\n\nBetween\n\nJOHN SMITH\n\nAppellant\n\nand\n\n(1) INFORMATION COMMISSIONER"
        "\n\n(2) NORTHBY WATER\n\nRespondents\n\nSubstituted Decision Notice:\n\nNorthby Water was not entitled to rely "
        "on regulation 12(5)(b) of the Environmental Information Regulations 2004 to withhold the information "
        "requested by the Appellant on 15 March 2023.\n",
        {"received_date": dt.date(2023, 3, 15), "response_date": dt.date(2024, 5, 16)},
    ),
    (
        "the appellant's request a tribunal's order dates, not the grounds of appeal dated later",
        "Decision Given On: 03 May 2024\nFor the Appellant: The Appellant in his written Grounds of Appeal dated 18 "
        "September 2023.\nThe Tribunal hereby orders that within 35 days the Northby Medical Practice should issue a "
        "fresh response to the Appellants Request dated 13 June 2022.\n",
        {"received_date": dt.date(2022, 6, 13)},
    ),
    (
        "the complainant's request in a decision notice, the date after it",
        "Decision notice\nDate: 4 June 2024\n\n5. The complainant submitted a request to the council on 2 January\n"
        "2024 asking for its road survey.\n",
        {"received_date": dt.date(2024, 1, 2)},
    ),
    (
        "a Scottish Information Commissioner decision names the applicant",
        "Decision Date: 6 May 2020\n\nSummary\n\nOn 12 November 2019, Ms Duncan asked the Council for its audit.\n",
        {"received_date": dt.date(2019, 11, 12)},
    ),
    (
        "the date of your request in brackets",
        "The council has received 812 requests between 01/04/10 and 21/03/12 (the date of your request).\n",
        {"received_date": dt.date(2012, 3, 21)},
    ),
    (
        "ICO decision notice reference and date",
        "Freedom of Information Act 2000 (FOIA) Decision notice FS50441818 Date: 1 October 2012 Public Authority:",
        {"reference": "FS50441818", "response_date": dt.date(2012, 10, 1)},
    ),
    (
        "a disclosure log's account of itself names its regimes, not the request's",
        "Our FOI and EIR Disclosure Log allows you to read our responses to previous requests. Sometimes we are not "
        "able to disclose information, because we do not hold it or we have applied an exemption; these are not "
        "included in our FOI/EIR Disclosure Log.\n\nNotes: the information provided is made available under the Open "
        "Government Licence: http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n\n"
        "FOI 2289 - E-bike fires\n\nThe request:\n\nUnder the Freedom of Information Act 2000 please could you "
        "provide the following information:\n\nQ1) How many fires were caused by e-bike batteries?\n\nQ2) How many "
        "injuries occurred?\n\nOur response:\n\nQ1) How many fires were caused by e-bike batteries?\n\n6 fires\n\n"
        "Q2) How many injuries occurred?\n\n2 persons injured\n",
        # The licence's publisher (The National Archives) is not the body replying; the log's "we do not hold" is
        # not this request's outcome.
        {"legislation": ["FOIA"], "authority": None, "outcome": "provided"},
    ),
    (
        "the FOI Act across a wrapped line",
        "Our ref: MOC/376195\nDear JJ Evans\nReports relating to this project are commercially sensitive under section "
        "43 of the FOI\nAct as they contain details of costs.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        "a case number before the reply's heading, blank and space-only lines under the greeting",
        "Potholes\n\nSE Louise made this Freedom of Information request to Northby County Borough Council\n\n"
        "Dear Northby Council,\n\nHow much annually is spent on filling potholes?\n\nYours faithfully,\n\nSE Louise\n\n"
        "FOI Team, Northby County Borough Council\n\n\n\n\nDear Sir/Madam,\n\n \n\n22/001: FREEDOM OF INFORMATION "
        "REQUEST\n\n \n\nThank you for your email dated 01/04/2022.\n",
        {"reference": "22/001"},
    ),
    (
        "the day the reply says an information request was received",
        "20 August 2020\n\nDear Matthew Kennard,\n\nWe received your information request on 03 August 2020 and have "
        "treated it as a request for information made under section 1(1) of the Act.\n",
        {"received_date": dt.date(2020, 8, 3), "response_date": dt.date(2020, 8, 20)},
    ),
    (
        "a case number alone on the line under a WhatDoTheyKnow reply's greeting",
        "Dear Northby Combined Authority,\n\n1. Is grounds maintenance work undertaken by in-house teams?\n\n"
        "2. Who is responsible for managing it?\n\n3. What is the annual budget?\n\nI would be grateful if you could "
        "confirm in writing that you have received this request.\n\nYours faithfully,\n\nSteve Wright\n\nFOI CA, "
        "Northby Combined Authority\n\nDear Mr Wright\n\nRSN18708\n\nThank you for your request.\n",
        {"reference": "RSN18708"},
    ),
    (
        "a disclosure log page headed under the site's controls by its case: a letter, the year's two digits, a "
        "slash and the number",
        "Show mobile menu\nShow search control\nShow search control\nSearch Site\n\nF16/198\n\nDisabled Facilities Grants\n\n"
        "Request Description\n\nPlease could you supply the following information for each financial year.\n",
        {"reference": "F16/198"},
    ),
    (
        "a log's reference field below its 'Decision' heading, the request above greeting no one by name",
        "Farms\n\nRequest\n\nGood morning,\n\nSpecifically, I would like to know:\n\n1) How many farms does the "
        "council own?\n\nDecision\n\nI can confirm that some of the information requested is held by Northby "
        "County Council.\n\n1) 152\n\nReference number\n12726221\nDate request received\n12 June 2025\nDate of "
        "decision\n25 July 2025",
        {"reference": "12726221"},
    ),
    (
        "a letterhead's labels on one line, the requester's blank, their values on the lines below",
        "You are on page 1of 2\n\nMr Tom Oliver Send by email: request-118968xxxxxxxx@xxxxxxxxxxxxxx.\n\nxxx\n\n"
        "Our ref: Your ref: Date:\n\nCSC/4827\n\n09 July 2012\n\nDear Mr Oliver RE: Request for information under "
        "the Freedom of Information Act 2000 (FOIA) We refer to your request for information of 25th June.\n",
        {"reference": "CSC/4827", "response_date": dt.date(2012, 7, 9)},
    ),
    (
        "the body a reply sends the requester on to, 'You will need to contact ...', is not the one answering",
        "Dear Sir/Madam\n\nI have looked into your request for information and must inform you that the Council does "
        "not hold the information you require. You will need to contact Cumbria County Council.\n\nI apologise that "
        "your request cannot be met.\n",
        {"authority": None},
    ),
    (
        "a date ending a short letterhead line after the reference's value",
        "Gillian Huston Caseworker Judicial Conduct Investigations Office 81/82 Queens Building Royal Courts of Justice "
        "Strand London Ms Angie Nickson WC2A 2LL\n\nOur Reference: 101004 29 January 2016\n\nFreedom of Information "
        "Request\n\nDear Ms Nickson,\n\nThank you for your email of 23 October 2015.\n",
        {"reference": "101004", "response_date": dt.date(2016, 1, 29)},
    ),
    (
        "a received field's date after the request's number is no date of the reply's",
        "A list of frequently asked questions that Assets and Properties have received are available below -\n"
        "Request: 17311 Received: 29/09/2025\nPlease provide a list of those land sales.\nI am unable to give an "
        "accurate measurement of the peat bog.\n",
        {"response_date": None},
    ),
    (
        "a figure in words with its digits in brackets near the page's top is an answer, no case",
        "Deprivation of Liberty Safeguards (DoLS)\n\nPlease can you provide the following information under the "
        "Freedom of Information Act:\n\n 1 – How many assessments under the Deprivation of Liberty Safeguards were "
        "conducted during the period 01/05/2009 to 01/05/2017?\n\nOne thousand seven hundred and thirty one (1731)\n",
        {"reference": None},
    ),
    (
        "the reference of the request a review is asked of is not the review's own",
        "FOI Review - Review of 101003833876 Expense Claims for Elected Members\nRequest 101003849794\n"
        "I am writing to request a review of your response to FOI request, Reference: 101003833876.\n"
        "Response 02-10-2025\nFollowing your request for a review (our ref: 101003849794) of your Freedom of "
        "Information (FOI) Request – Expense Claims for Elected Members (our ref: 101003833876) - a review meeting was "
        "held on 29th September 2025.\n",
        {"reference": "101003849794"},
    ),
    (
        "a log's date of its initial response",
        "WEST MERCIA PCC: DISCLOSURE LOG\n\nINITIAL RESPONSE TO REQUEST\nReference: 2024-373/ WE09531\n"
        "Date of initial response: 23rd February 2024\n\nFREEDOM OF INFORMATION ACT 2000 – INFORMATION REQUEST\n\n"
        "Request\n\nI am writing to make a formal Freedom of Information (FOI) request.\n",
        {"response_date": dt.date(2024, 2, 23)},
    ),
    (
        "a case labelled FOI/EIR with the title glued on, over a title ending in a span of years in brackets",
        "FOI/EIR 25/26-444-Planning Appeals\n\nPlanning Appeal Costs and Awards of Costs (2010–2025)\n\n"
        "Request received 11 December 2025\n\nPlease provide a breakdown of costs incurred by the Council.\n",
        {"reference": "25/26-444"},
    ),
    (
        "a span of years in brackets ending a title is no case",
        "Planning Appeal Costs and Awards of Costs (2010–2025)\n\nRequest received 11 December 2025\n\n"
        "Please provide a breakdown of costs incurred by the Council.\n",
        {"reference": None},
    ),
    (
        "a case of the body's initials in mixed case, the year and the number, before a colon and the title",
        "DfI/2018-0186: EIR Request for information on complaints from cyclists about potholes and claims made\n\n"
        "Date published: 10 July 2018\n\nI would like to request the following information:\n",
        {"reference": "DfI/2018-0186"},
    ),
    (
        "a decision notice's date label of three words without its colon, inside a line flattened from a PDF",
        "1 Freedom of Information Act 2000 (Section 50) Decision Notice Date 14 April 2009 Public Authority: Ministry of "
        "Justice Address: 102 Petty France London SW1H 9AJ\n\nSummary\n\nThe complainant asked for information.\n",
        {"response_date": dt.date(2009, 4, 14)},
    ),
    (
        "a procurement's reference is not the request's",
        "Who provides your interpretation services?\n\nDA Languages.\n\nIf the contract was awarded under a Framework, "
        "which one?\n\nThe contract was not awarded under a framework. It was an OJEU tender process; reference "
        "31346-2014.\n",
        {"reference": None},
    ),
    (
        "a WhatDoTheyKnow thread's title is the requester's, its bracketed number the report asked for",
        "Report on tender for the provision of insurance services (CFO/008/019)\n\nScarletPimpernel made this Freedom "
        "of Information request to Northby Fire and Rescue Service\n\nDear Northby Fire and Rescue Service,\n\nPlease "
        "provide a copy of report CFO/008/019.\n\nYours faithfully,\n\nScarletPimpernel\n",
        {"reference": None},
    ),
    (
        "a report's date the request cites is not the request's",
        "Dear Mr Richards,\nWe have considered your two separate requests for the following information:\n1. Grade D&E "
        "Assets\nI note that the KPMG report dated 28th May 2012 (page 27) states that there is no asset register.\n",
        {"received_date": None},
    ),
    (
        "a log entry's number, month and year spaced apart before a dash and the title",
        "364 11 25 – Officer Vehicle Costs (November 2025)\n\nDate of Request\n\n13/11/25\n\nRequest\n\nDear FOI Team,\n"
        "\nPlease provide the following information regarding all officer vehicles.\n",
        {"reference": "364 11 25"},
    ),
    (
        "a date alone under the page's request case heading is the date received",
        "FOI request details\n\n\nRequest 18838\n\n18 March 2016\n\nApplicant type: Journalist\n\n1. How many children's "
        "play areas were managed by the local authority?\n\n\nInfo provided - 11 April 2016\n\n1) In 2009/10 we managed "
        "50 children's play areas.\n",
        {"received_date": dt.date(2016, 3, 18), "reference": "18838"},
    ),
    (
        # East Hertfordshire District Council's log on disclosure-log.co.uk: the reply's date alone under its heading
        "a log's reply heading, its date alone on the line below",
        "FOI Disclosure Log\n\nCustomer Request Details\n\n19 October 2020\n\nQ1 - Please provide the number of new "
        "dwellings built in Flood Zone 3.\n\nNB. new dwellings include new-build flats.\n\nQ2 - Please break them down "
        "by zone.\n\na) Zone 3A\n\nb) Zone 3B\n\nNB. Zone 3B is the functional floodplain.\n\n"
        "East Herts Council Response\n\n02 November 2020\n\nAfter consideration of "
        "your request I am writing to advise that the Council are not obliged to supply the information.\n",
        {"response_date": dt.date(2020, 11, 2), "received_date": dt.date(2020, 10, 19)},
    ),
    (
        "a case number with its team's and officer's initials alone under a WhatDoTheyKnow reply's greeting",
        "List of funded bus services\n\nThe request was partially successful.\n\nDear Northbytravel,\nPlease can you "
        "provide a list of both:\nBus services fully funded by yourself (with monthly average passenger numbers for "
        "each service) &\nBus services partially funded by yourself (with descriptions of which sections are funded)"
        "\n\nYours faithfully,\n\nMark Smith\n\nHenderson, Andrew, Northbytravel\n\nDear Mr Smith\n\nLFS/AH/RSN17615\n\n"
        "Thank you for your email, which has been received by Northbytravel.\n",
        {"reference": "LFS/AH/RSN17615"},
    ),
    (
        "a letterhead's date between the slashes a PDF-to-HTML copy puts at its cells' edges",
        "Northby, NB11 2DY\nTel: 01274 682311\nMr Mark Hill\n32 Elm Avenue\nLeeds LS15 4LW\n/ Our Ref: IM20140605-01\n"
        "Your Ref:\n03 July 2014 /\nDear Mr Hill\nFOIA Request for Information - Notice of Refusal\n",
        {"reference": "IM20140605-01", "response_date": dt.date(2014, 7, 3)},
    ),
    (
        "a case in brackets after the request's heading under the reply's greeting",
        "Dear Northby Estate,\nMy questions:\nWho decided to fence off the land?\nWhat are the long term plans for it?\n"
        "Who patrols it?\nYours faithfully,\nMatthew Lenton\n\nThank you for your email.\nDear Mr Lenton\nYour "
        "information request (1216)\nI am writing in response to your email of 1 September 2020.\n",
        {"reference": "1216"},
    ),
    (
        # the Scottish Information Commissioner's decision on several requests, and a First-tier Tribunal decision
        "a decision's case references, the first of several",
        "Decision 083/2023\n\nAuthority: University of Northby\nCase Refs: 202200486, 202201001, 202300120 and "
        "202300256\n\nSummary\n\nThe Commissioner found that the requests were vexatious.\n",
        {"reference": "202200486"},
    ),
    (
        # the Scottish Information Commissioner's Decision 030/2008, on two requests to Glasgow City Council
        "a decision's case numbers, the first of two",
        "Decision 030/2008 - Mr Mark Nixon and Glasgow City Council\n\nApplicant: Mr Mark Nixon\nAuthority: Glasgow "
        "City Council\nCase numbers: 200700088 and 200700789\nDecision Date: 21 February 2008\n",
        {"reference": "200700088"},
    ),
    (
        # Barton v the Information Commissioner and Wigan Metropolitan Borough Council, on the National Archives'
        # Find Case Law: heard on the papers, no other date above the parties
        "a tribunal decision's promulgation date, heard on the papers",
        "Case Reference: EA/2023/0137\nInformation Rights\nHeard: On the papers\nPromulgated on: 26 January 2024\n"
        "Before\nTRIBUNAL JUDGE SOPHIE BUCKLEY\nBetween\nDAVID BARTON\nAppellant\nand\n(1) THE INFORMATION "
        "COMMISSIONER\n(2) WIGAN METROPOLITAN BOROUGH COUNCIL\nRespondents\nDecision: The appeal is allowed\n",
        {"response_date": dt.date(2024, 1, 26)},
    ),
    (
        # the First-tier Tribunal's substituted decision notice on Lewisham Homes, in its usual form
        "a substituted decision notice's request made to the body by the requester, dated",
        "Case Reference: EA/2022/0443\n\nFirst-tier Tribunal\nGeneral Regulatory Chamber\n\nInformation Rights\n\n"
        "Heard on: 13 November 2023\nDecision given on: 30 January 2024\n\nPromulgated on: 01 February 2024\n\n"
        "Between\n\nTHOMAS ALLUM\n\nAppellant\n\nand\n\nTHE INFORMATION COMMISSIONER\n\nRespondent\n\nDecision: The "
        "appeal is Allowed\n\nSubstituted Decision Notice:\n\nThe Tribunal's Decision Notice in case reference "
        "EA/2022/0443, set out below, is substituted for the Commissioner's Decision Notice reference IC-161869-W3C7 "
        "dated 21 November 2022 with regard to the request for information made to Northby Homes Limited by Thomas "
        "Allum dated 16 December 2021.\n",
        {"received_date": dt.date(2021, 12, 16)},
    ),
    (
        # the Government of Jersey's published responses: the page's own sentence dates it, nothing else does
        "a page's sentence on when it was published",
        "Procurement systems (FOI)\n\nProduced by the Freedom of Information office\nAuthored by Government of "
        "Northby and published on 20 June 2019.\nPrepared internally, no external costs.\n\nRequest\n\nPlease can "
        "you advise on the following:\n",
        {"response_date": dt.date(2019, 6, 20)},
    ),
    (
        "a report published on a date inside an answer is no reply's date",
        "Request\n\nPlease send the report.\n\nResponse\n\n"
        + "The council holds the information. " * 50
        + "The report was published on 3 May 2019 on our website.\n",
        {"response_date": None},
    ),
    (
        # Canterbury City Council's disclosure log: a label does not run on past a blank line ("response / date")
        "a date label under a heading and a blank line",
        "Freedom of information requests - Student housing\n\nRecord details\n\nFOI reference\nOur response\n\n"
        "Date of reply: 10 May 2016\n\nPlease can you provide a list of all houses of multiple occupation?\n",
        {"response_date": dt.date(2016, 5, 10)},
    ),
    (
        # City of Glasgow College's acknowledgement on WhatDoTheyKnow: its case of the 2016-17 year
        "a case number and its year, separators unlike a date's",
        "Dear Mr Murray\n\nAcknowledgement of Receipt of a Request for Information\n\nRef No: 33/16-17\n\nThank you "
        "for your email requesting information.\n",
        {"reference": "33/16-17"},
    ),
    (
        # the First-tier Tribunal hearing five appeals together (BAILII's copy)
        "a tribunal's appeal numbers, the first of several",
        "Neutral Citation Number: [2023] UKFTT 780 (GRC) |\n|\nAppeal Numbers: EA/2022/0155; 0331; 0333; 0340; and "
        "0384 |\nFirst-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\n",
        {"reference": "EA/2022/0155"},
    ),
    (
        "a tribunal's case references label",
        "NCN: [2024] UKFTT 00077 (GRC)\n\nCase References: EA-2023-0253\n\nFirst-tier Tribunal\nGeneral "
        "Regulatory Chamber\n",
        {"reference": "EA-2023-0253"},
    ),
    (
        "a case in brackets with its label glued on",
        "Dear Mr Adams\n\nRe: Freedom of Information Act - Request for Internal Review (RefKFEN-8FLASA)\n\nI am "
        "writing in response to your email dated 2nd May 2011.\n",
        {"reference": "KFEN-8FLASA"},
    ),
    (
        # a WhatDoTheyKnow request to the Wales Audit Office, titled with the period it asks about
        "a period in brackets in a request's title is no case",
        "Audit information - Mid and West Wales FRS/FRA (2008-present)\n\nGareth Lewis made this Freedom of "
        "Information request to Wales Audit Office\n\nDear Wales Audit Office,\n\nI am requesting information on "
        "WAO work.\n\nYours faithfully,\n\nGareth Lewis\n",
        {"reference": None},
    ),
    (
        # a WhatDoTheyKnow request to West Lindsey District Council, titled with the quarter it asks about
        "a quarter in brackets in a request's title is no case",
        "Complete Non-Residential / Business Property Rates Data (Q1-2019)\n\nThe request was successful.\n\nDear "
        "West Lindsey District Council,\n\nPlease provide the rates data.\n\nYours faithfully,\n\nJohn Smith\n",
        {"reference": None},
    ),
    (
        # HM Courts & Tribunals Service's letterhead, its room's number in brackets after the floor
        "a room's decimal number in brackets in a letterhead's address is no case",
        "Her Majesty\u2019s Courts & Tribunals Service\nCrime Directorate\n2nd Floor (2.25)\n102 Petty France\nLondon\n"
        "SW1H 9AJ\nYelena McCafferty\nFreedom of Information Request\nDear Yelena McCafferty\nThank you for your email "
        "of 30 July 2013.\n",
        {"reference": None},
    ),
    (
        # a council's response to the requester's appeal, attached on WhatDoTheyKnow: the case heads it with the word
        "a case alone on the first line with the appeal it heads after it",
        "AIR2809-879776 Appeal\nI regret that your reply is clearly not good enough.\nQ1+Q4 part provided:\nI asked "
        "for the data in an XLS spreadsheet.\nIt is our procedure to provide information in PDF format.\n",
        {"reference": "AIR2809-879776"},
    ),
    (
        # Sunderland City Council's review letter: the reference's figures above the greeting are its case, not a date
        "a reference's figures shaped as a date above the greeting are no date",
        "You are on page 1of 2\n\nOur reference 14-05-62\n\nDear Heather,\nFurther to your request for information, "
        "and for review of how the council has handled your request, I have now completed that review.\n",
        {"response_date": None, "reference": "14-05-62"},
    ),
    (
        # the Spinal Injuries Association's WhatDoTheyKnow thread to Cardiff and Vale University Health Board: its own
        # reference in the thread's title, over the site's banner on a late reply
        "the requester's reference in a thread's title over the banner of a late reply is no case",
        "Spinal Cord Injury Centres (REF: TCN/2018)\n\nResponse to this request is long overdue. By law, under all "
        "circumstances, Cardiff and Vale University Health Board should have responded by now (details).\n\nDear "
        "Cardiff and Vale University Health Board,\n\nI work for the Spinal Injuries Association, the leading national "
        "user-led charity supporting spinal cord injured people and their families.\n",
        {"reference": None},
    ),
    (
        # West Dunbartonshire Council's letter: the officer's initials, then two numbers ending the line
        "initials then a three-digit and a four-digit number ending the reference's line",
        "Council Offices, Garshake Road, Dumbarton G82 3PU\n\nOur Ref:SJS 928 7507\n\nYour Ref:\n\nDate:April 20th "
        "2011\n\nDear Mr Harper\n\nFreedom of Information Request- Partial Refusal\n",
        {"reference": "SJS 928 7507", "response_date": dt.date(2011, 4, 20)},
    ),
    (
        # the University of Oxford's reply letters on WhatDoTheyKnow
        "the Your ref field giving the request by its date on a line of its own",
        "INFORMATION COMPLIANCE TEAM\nUniversity Offices, Wellington Square, Oxford OX1 2JD\nRef: 202408-707\n21 "
        "August 2024\nReply to request for information under the Freedom of Information Act\nYour ref\nEmail of 6 "
        "August 2024\n_\nI would like to know the details of undergraduate admission by colleges and domicile.\nDear "
        "Michelle\nI write in reply to your email requesting the information detailed above.\n",
        {"received_date": dt.date(2024, 8, 6), "response_date": dt.date(2024, 8, 21)},
    ),
    (
        # the Department for Education on WhatDoTheyKnow
        "the case set off by commas after your request for information, FOI its label",
        "Dear Joanne,\nThank you for your request for information, FOI 2019-0040324, which was\nreceived on 18 "
        "November 2019. The deadline for responding to your request\nis today, 16 December 2020.\n",
        {"reference": "2019-0040324"},
    ),
    (
        # Northumbria Police's log entry for 833/12
        "the case set off by commas after your previous request is another request's",
        "Dear Sir\nWe have now had the opportunity to fully consider your request.\n\nAs advised earlier, this request "
        "has been aggregated with your previous request, FOI 775/12, due to the cost and time implications.\n",
        {"reference": None},
    ),
    (
        # The National Archives' published answer
        "your enquiry of its date is the request's",
        "Dear Advisory Panel on Public Sector Information,\n\nI would like to ask:\n\n1. Do you look after your own "
        "IT or is it outsourced?\n\nNo information held\n\nThank you for your enquiry of 25 March 2015 in which you "
        "asked a number of questions about software licenses.\n",
        {"received_date": dt.date(2015, 3, 25)},
    ),
    (
        # the Intellectual Property Office on WhatDoTheyKnow: copyright as the request's subject is no re-use notice
        "a paragraph naming copyright as the request's subject is not boilerplate",
        "Dear Mr Norton\nThank you for your email of 21 September 2012 requesting all internal communications regarding "
        "the redactions to consultation submissions for the \"Consultation on proposals to change the UK's copyright "
        'system".\nYour request is being dealt with under the terms of the Freedom of Information Act 2000.\nYours '
        "sincerely,\nAlison Smith\n",
        {"received_date": dt.date(2012, 9, 21)},
    ),
    (
        # Natural England's letter on WhatDoTheyKnow, answering under the regulations
        "the Act opening the title of guidance a reply cites is no regime",
        "Dear Mr Brown\n\nYour request has been handled under the Environmental Information Regulations 2004. Guidance "
        "published by the Information Commissioner, 'Freedom of Information Act \n2000, Awareness Guidance No 1', states "
        "that when considering whether disclosure would be fair, the expectations of the individual matter.\n",
        {"legislation": ["EIR"]},
    ),
    (
        # South Gloucestershire Council's reply, reposted by its requester: the review rights end on a web address
        # with no full stop, the reply's fields on the lines under it
        "a reply's fields under review rights that end on a web address",
        "Extract of email from South Gloucestershire Council in response to our first Treedom of Information "
        "request\nReceived on 24th December 2021\nThank you for your request for information received on 28th "
        "October 2021. Further to our acknowledgement and my letter of the 25th November 2021, I am writing to "
        "provide the Council’s response to your enquiry. This is provided at the end of this letter.\nI trust that "
        "your questions have been satisfactorily answered. If you have any questions about this response then "
        "please contact me again via ECSFeedback@southglos.gov.uk or at the address below.\nIf you are not happy "
        "with this response you have the right to request an internal review by emailing "
        "ECSFeedback@southglos.gov.uk. Please quote the reference number above when contacting the Council again.\n"
        "If you remain dissatisfied with the outcome of the internal review you may apply directly to the "
        "Information Commissioner’s Office (ICO). The ICO can be contacted at: The Information Commissioner’s "
        "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF or via their website at www.ico.org.uk\n"
        "EIR request reference: FIDP/017090-21 Request Title: Environmental Information Request\nDate received: "
        "29/10/21 Service areas: Regeneration and Streetcare\nDate responded: 22/12/2021\nEIR Request Questions "
        "Response\n",
        {"reference": "FIDP/017090-21", "response_date": dt.date(2021, 12, 22), "received_date": dt.date(2021, 10, 28)},
    ),
    (
        # the Government of Jersey's published responses, the page's lines run together and its date on the next
        "a page's publication date on the line after its sentence",
        "Produced by the Freedom of Information officeAuthored by Government of Jersey and published on\n07 August "
        "2020.Prepared internally, no external costs.\n",
        {"response_date": dt.date(2020, 8, 7)},
    ),
    (
        # the Groceries Code Adjudicator's reply on GOV.UK, the page's publication date above the letter's own
        "a letter's date line saying how it was sent",
        "Information regarding maintenance of the GCA's corporate estate\nPublished 21 July 2023\n7th Floor, The "
        "Cabot\n25 Cabot Square\nLondon E14 4QZ\nT: +44 (0) 207 215 6537\nE: [email protected]\nwww.gov.uk/gca\n"
        "Sent by email 18 July 2023\nDear\nFreedom of Information Act: Request for information on Groceries Code "
        "Adjudicator activities\nThank you for your email dated 7 July 2023 regarding maintenance of the Groceries "
        "Code Adjudicator’s (GCA) corporate estate. ",
        {"response_date": dt.date(2023, 7, 18), "received_date": dt.date(2023, 7, 7)},
    ),
    (
        # Northampton General Hospital NHS Trust's letter (a PDF's text), and NHS Leeds's acknowledgement: "received
        # at" the body's name, its initials after it on the next line
        "received at the body's name and its initials on the next line",
        "24th December 2009\nDear Mr Lotinga,\nRequest under Freedom of Information Act 2000\nThank you for your "
        "request for information received at Kettering General Hospital NHS Trust \n(KGH) on 27th November 2009. \n"
        "You were requesting information regarding staff bonuses.\n",
        {"response_date": dt.date(2009, 12, 24), "received_date": dt.date(2009, 11, 27)},
    ),
    (
        # West Berkshire Council's replies on WhatDoTheyKnow: "FoI" in mixed case
        "a case number in mixed case alone on the line under a WhatDoTheyKnow reply's sender",
        "Dear Westby Council,\n\nPlease could you supply details of the 'Putting People First' Programme.\n\n"
        "Yours faithfully,\n\nJ A Smith\n\nSusan Kent, Westby Council\n\nFoI/2010/337\n\nDear Mrs Smith,\n\n"
        "Thank you for you request. For details on the programme please use the link below.\n",
        {"reference": "FoI/2010/337"},
    ),
    (
        # Liverpool City Council's internal review letter, its "Our Ref:" left blank
        "the review marked after the case and a slash in the heading",
        "Enquiries to:\nInformation Team\nOur Ref:\nDear Ms Smith\nFreedom of Information Request 2782799/Internal "
        "Review\nThank you for your request that the City Council undertake an Internal Review of the above "
        "information request.\n",
        {"reference": "2782799"},
    ),
    (
        # Thanet District Council's acknowledgement on WhatDoTheyKnow: "Our reference number" is a label of its own,
        # the longer one read whole
        "our reference number for your request is",
        "Dear Mr. Card,\n\nThank you for your Freedom of Information Request dated 14/09/2020.\n\nI can confirm that "
        "we have received your request and are now processing\nit. Our reference number for your request is FOI "
        "4100.\n",
        {"reference": "4100"},
    ),
    (
        "your reference number for this request is",
        "Dear Ms Jones,\n\nThank you for your request. Your reference number for this request is FOI 4101.\n",
        {"reference": "4101"},
    ),
    (
        # West Midlands Police's log: a space inside the bracket after the title
        "a case in brackets after the page's title, a space inside",
        "Skip to content\n\nBody Worn Video ( 502A/22)\n\nRequest\n\n1 - A copy of the Data Protection Impact "
        "Assessment conducted on the digital evidence management cloud service.\n",
        {"reference": "502A/22"},
    ),
    (
        # a WhatDoTheyKnow request greeting a minister and then the body: the date above it is the request's
        "a request greeting a person and then the body, its date above",
        "Magistrates Court Caseman\n\nWe're waiting for Sadie Simmonds to read recent responses and update the "
        "status.\n\n27 November 2016\n\nDear Lord Chancellor Elizabeth Truss and Ministry of Justice,\n\nThe "
        "activities of the High Court are recorded on the same Caseman database.\n\n1 - Please provide the all up to "
        "date recorded information about the caseman system.\n\nYours faithfully,\n\nSadie Simmonds\n",
        {"received_date": dt.date(2016, 11, 27), "response_date": None},
    ),
    (
        # University Hospitals Birmingham NHS Foundation Trust's log: the page's date under one label for both
        "a page's published-or-updated date, the time after it",
        "FOI 0231 - Healthcare Treatment to Overseas Visitors\n\nPublished/updated: 28/09/18 16:30\n\nFreedom of "
        "Information Request: FOI 0231\n\nThe Trust does not impose upfront charges.\n",
        {"response_date": dt.date(2018, 9, 28)},
    ),
    (
        # The Rotherham NHS Foundation Trust's acknowledgement on WhatDoTheyKnow: the date straight after "receipt"
        "an acknowledgement of receipt with the date straight after it",
        "Dear C Lowe\n\nWe are writing to acknowledge receipt Friday, 4^th August 2017 of your\nrequest for "
        "information under the Freedom of Information Act 2000.\n",
        {"received_date": dt.date(2017, 8, 4)},
    ),
    (
        # a primary care trust's review report: the request reviewed, named in its heading
        "a review headed by the request it reviews",
        "Freedom of Information \u2013 Review of Request 29240\nDr Smith has asked for a review of his FOI request.\n"
        "I have therefore reviewed the timeliness of handling communication.\n",
        {"reference": "29240"},
    ),
    (
        "a date in brackets after the request's heading is no case",
        "Dear Mr Lenton\nYour information request (12/05/2020)\nI am writing in response to your email.\n",
        {"reference": None},
    ),
    (
        "a reference inside the requester's own letter is not the authority's",
        "Dear Department of Health,\n\nPlease provide a copy of a letter dated 27/10/2014 issued by the Permanent "
        "Secretary under reference RP123.\n\nYours faithfully,\n\nEd Robb\n",
        {"reference": None},
    ),
    (
        "a reference in the title of the requester's WhatDoTheyKnow thread is theirs",
        "Spinal Centres - Budgets & Discharges (ref: TIM/2018)\n\nThe request was successful.\n\n"
        "Dear Northby Hospitals NHS Foundation Trust,\n\nPlease tell me the centre's budget.\n\n"
        "Yours faithfully,\n\nTim Smith\n\nDear Mr Smith\n\nPlease find our response attached.\n",
        {"reference": None},
    ),
    (
        "an ICO case the requester's letter cites is not the reply's",
        "Dear Northby NHS Foundation Trust,\n\nPlease supply your Stonewall feedback. Please note the ICO "
        "decisions IC-129040-Y4T2 and IC-125081-Q8J6.\n\nYours faithfully,\n\nJ W Smith\n\n"
        "Dear Mr Smith\n\nWe do not hold this information.\n",
        {"reference": None},
    ),
    (
        "an FOI case with a letter before its sequence above the greeting",
        "Dear Northby University,\n\nPlease send the drawings.\n\nYours faithfully,\n\nH Nageswaran\n\n"
        "QM FOI Enquiries, Northby University\n\nFOI 2021/F496\n \nDear Harris Nageswaran,\n \n"
        "Thank you for your email of 3rd November.\n",
        {"reference": "2021/F496"},
    ),
    (
        "a letter date a PDF's layout put under the greeting and its reference line",
        "Northby Integrated Care Board\n160 Tooley Street\nLondon\n\nDear Carla Torre,\nReference: FOI.23.NB281\n"
        "\n\n                                   06 December 2023\nRe: Freedom of Information request\nThank you for "
        "your request under the Freedom of Information Act 2000.\n",
        {"response_date": dt.date(2023, 12, 6), "reference": "FOI.23.NB281"},
    ),
    (
        "a log entry's title opening with its case before a dash",
        "F-2011-00045 \u2013 Northby consultations - 09/02/2011\n\nSummary of request\n\nThe Authority was asked for "
        "a list of the organisations it consulted.\n\nResponse\n\nThe Authority does not hold such a list.\n",
        {"reference": "F-2011-00045"},
    ),
    (
        "our reference with a title-case team prefix beside the requester's",
        "Cafcass National Office\n21 Bloomsbury Street\nYour ref: CAF 17-146\nOur ref: Gov/CAF 17-146\n"
        "25 October 2017\nDear H. Grants\nThank you for your email of 5 October.\n",
        {"reference": "Gov/CAF 17-146"},
    ),
    (
        "a reference inside a request the text is cut before its sign-off is the requester's",
        "Assessments regarding planning application\n\nDear Northby Fire and Rescue Service,\n\nMy request concerns "
        "your consultation response (Northby Fire and Rescue Service reference FSL 16/C2048629/508187/SGS).\n\n"
        "1. The capacity of the proposed drainage.\n2. The risk of explosion.\n3. The magnitude of risk reduction b",
        {"reference": None},
    ),
    (
        "a received date after a body's name a PDF's text glued to 'received by'",
        "Information Governance Team\nNorthby Healthcare NHS Foundation Trust\n\nDate:05 November 2018\n\nI am "
        "writing to you in relation to your request for information, which was received byNorthby Healthcare NHS "
        "Trust on02 November 2018The request for information is as follows:\n",
        {"received_date": dt.date(2018, 11, 2), "response_date": dt.date(2018, 11, 5)},
    ),
    (
        "your request on a date",
        "Dear J Sweet,\n\nI am writing in response to your Freedom of Information request on\n12.02.2021, the body of "
        "which is as follows:\n",
        {"received_date": dt.date(2021, 2, 12)},
    ),
    (
        "your request on a subject is no date",
        "Dear Ms Smith,\n\nThank you for your Freedom of Information request on parking fines, which we answered on "
        "3 March 2020.\n",
        {"received_date": None},
    ),
    (
        "a document the requester's words date is not the request",
        "Dear Northby Ombudsman Service,\n\nPlease disclose the independent assessor's review sent to you dated "
        "10/07/2013.\n\nYours faithfully,\n\nC Factory\n\nDear Requestor\n\nThank you for your communication "
        "dated 14 July 2013.\n",
        {"received_date": dt.date(2013, 7, 14)},
    ),
    (
        "two applicants named after the date a commissioner's decision gives the request",
        "Decision 139/2018: Stuart and Nan Greaves and VisitScotland\n\nDecision Date: 31 August 2018\n\nBackground\n\n"
        "1. On 13 September 2017, Mr and Mrs Greaves made a request for information to VisitScotland.\n\n2. "
        "VisitScotland responded on 11 October 2017.\n",
        {"received_date": dt.date(2017, 9, 13), "response_date": dt.date(2018, 8, 31)},
    ),
    (
        # the Office of the Scottish Charity Regulator's decision, its page missing the space after "1."
        "an aside after the applicant's name a commissioner's decision dates the request by",
        "Decision 121/2012 Mr James Colquhoun and the Office of the Scottish Charity Regulator\n\nReference No: "
        "201200922\nDecision Date: 19 July 2012\n\nBackground\n\n1.On 7 December 2011, Mr Colquhoun (who had been "
        "in correspondence with OSCR regarding a specific charity) wrote to OSCR requesting the following "
        "information:\n\n2.OSCR responded on 9 January 2012.\n",
        {"received_date": dt.date(2011, 12, 7), "response_date": dt.date(2012, 7, 19), "reference": "201200922"},
    ),
    (
        # the Scottish Information Commissioner's decision on Tayside Fire and Rescue Board
        "an applicant who emailed the request, in a commissioner's decision",
        "Decision 194/2012 Mr William Cordiner and Northby Fire and Rescue Board\n\nReference No: 201201447\nDecision "
        "Date: 26 November 2012\n\nBackground\n\n3.On 21 May 2012, Mr Cordiner emailed TFR requesting certain "
        "specified information.\n\n5.On 22 June 2012, Mr Cordiner emailed TFR requesting a review.\n",
        {"received_date": dt.date(2012, 5, 21), "response_date": dt.date(2012, 11, 26)},
    ),
    (
        "a case before 'Response to request under Freedom of Information Act' under the greeting",
        "26th September 2018\n\nDear Steve\n\nF2115 Response to request under Freedom of Information Act 2000\n"
        "Refusal in respect of the request\n\nI write on behalf of the University in response to your request.\n",
        {"reference": "F2115"},
    ),
    (
        "a case and its colon before 'Response to a request for information made under the Freedom of Information Act'",
        # Birmingham City Council's newsroom post of a disclosure
        "Wholesale Markets private report\n\nBy on 24/08/2011 in FOI/Data\n\nFOI5884: Response to a request for "
        "information made under the Freedom of Information Act 2000, for a copy of the Private Report.\n\nPlease find "
        "attached below a copy of the requested information.\n",
        {"reference": "FOI5884"},
    ),
    (
        "a case after a dash ending the request heading under the greeting",
        "9 December 2019\nDear Zhongbowen Cui\nRequest for information under the Freedom of Information Act (FOIA), "
        "2000 \u2013 2019/351\nYour request was received on 29 November 2019.\n",
        {"reference": "2019/351", "received_date": dt.date(2019, 11, 29)},
    ),
    (
        "a road opening a title before a dash is no case",
        "A303 - Stonehenge tunnel costs\n\nDear Northby Highways,\n\nPlease tell me the cost of the tunnel.\n\n"
        "Yours faithfully,\n\nA. Smith\n",
        {"reference": None},
    ),
    (
        "a date in the first sentence under the greeting is not the letter's",
        "Northby Integrated Care Board\n160 Tooley Street\nLondon\n\nDear Carla Torre,\n\nThank you for your "
        "request of\n06 December 2023\nunder the Freedom of Information Act 2000.\n",
        {"response_date": None},
    ),
    (
        # NHS Bury CCG's acknowledgement on WhatDoTheyKnow, from a service shared by four CCGs: the requester's batch
        # request logged under one reference per CCG, each on its row; this request greeted NHS Bury CCG
        "of a reference per body on its row, the one of the body the request greets",
        "Dear NHS Bury Clinical Commissioning Group,\n\nPlease tell me the waiting times.\n\nYours faithfully,\n\n"
        "Emma Stone\n\nDear Emma,\n\nThank you for your recent Freedom of Information request. Your requests\nhave "
        "been logged with the following reference numbers:\n\n\nBOL/FOI/12471 NHS Bolton CCG\nBUR/FOI/12472 NHS Bury "
        "CCG\nHMR/FOI/12473 NHS Heywood, Middleton and Rochdale CCG\nOLD/FOI/12474 NHS Oldham CCG\n\n\nYour request "
        "is now being processed.\n",
        {"reference": "BUR/FOI/12472"},
    ),
    (
        "of a reference per body on its row, none of the body the request greets",
        "Dear NHS Wigan Borough Clinical Commissioning Group,\n\nPlease tell me the waiting times.\n\nYours "
        "faithfully,\n\nEmma Stone\n\nDear Emma,\n\nYour requests have been logged with the following reference "
        "numbers:\n\nBOL/FOI/12471 NHS Bolton CCG\nBUR/FOI/12472 NHS Bury CCG\n\nYour request is now being "
        "processed.\n",
        {"reference": None},
    ),
    (
        # E-ACT's acknowledgement on WhatDoTheyKnow: the case after "quoting ref", in quotes (a curly one, then straight)
        "a case quoted after 'quoting ref', in quotes",
        "Good morning\n\nI confirm receipt of your Freedom of Information request.\nIf you have any questions, please "
        "send these to me via email, quoting ref\n\u2018FOI 417'\n\nThank you\n",
        {"reference": "417"},
    ),
    (
        # the Scottish Information Commissioner's Decision 169/2019 on the Care Inspectorate: an aside in brackets
        # after "the Applicant"; the review asked for later is no receipt of the request
        "a decision's applicant making the request through solicitors, in brackets",
        "Background\n\n1. On 21 December 2018, the Applicant (through its solicitors) made a request for information to "
        "the Care Inspectorate.\n\n3. The Care Inspectorate responded on 12 February 2019.\n\n4. On 14 March 2019, the "
        "Applicant wrote to the Care Inspectorate, requesting a review of its decision.\n",
        {"received_date": dt.date(2018, 12, 21)},
    ),
    (
        # the Information Commissioner's summary of a decision on Forest Heath District Council: a committee received
        # the report the advice was about, on a date; no date of the request
        "a report received by a committee is no request received",
        "Summary: The complainant had requested the legal advice from Northby District Council (the council) that had "
        "been provided in respect of the report and the interpretation of the standards committee assessment and "
        "review procedure, received by the committee on 7 March 2011. The Commissioner's decision is that the council "
        "correctly applied section 42(1).\n",
        {"received_date": None},
    ),
    (
        # the Scottish Information Commissioner's Decision 005/2014: two applicants, each with her title and name
        "a decision's two applicants each named, then asking",
        "Decision 005/2014 Mrs Isobel Balfour & Mrs Edna Myles and the Keeper of the Registers of Scotland\n\nReference "
        "No: 201302022\nDecision Date: 21 January 2014\n\nSummary\n\nOn 17 June 2013, Mrs Balfour and Mrs Myles (the "
        "applicants) asked the Keeper of the Registers of Scotland (the Keeper) for information relating to a title "
        "to land.\n",
        {"received_date": dt.date(2013, 6, 17)},
    ),
    (
        # Bright Futures Educational Trust's log, "Received" misspelt
        "a log's received label misspelt",
        "Isolation Rooms\n\nDate Request Recieved: 03/09/2018 - Date Response Sent: 13/09/2018\n\nDetails of Request"
        "\n\n1. Does the trust operate a policy of using isolation rooms?\n",
        {"received_date": dt.date(2018, 9, 3), "response_date": dt.date(2018, 9, 13)},
    ),
    (
        # Edge Hill University's acknowledgement on WhatDoTheyKnow
        "received in our offices",
        "Dear Ms Doe,\n\nThank you for your email. Your request was received in our offices on 11th April 2022 and is "
        "now being processed in accordance with the Freedom of Information Act 2000.\n",
        {"received_date": dt.date(2022, 4, 11)},
    ),
    (
        # Shropshire Council's acknowledgement on WhatDoTheyKnow: the planning reference the request gave, repeated
        "the reference of what the request is about, repeated by the reply, is not the body's",
        "Footbridge farm (planning reference 17/01033/EIA)\n\nDear Northby Council,\nWith reference to the proposed "
        "poultry unit at Footbridge farm (planning reference 17/01033/EIA), please provide the following information:"
        "\n1. the Environment Agency,\n2. Natural England.\n\nYours faithfully,\n\nJo Doe\n\nDear Ms Doe\n\nThank "
        "you for your request for information received on 05/07/2020.\n\nYour request is for information about "
        "planning at Footbridge Farm reference 17/01033/EIA.\n",
        {"reference": None, "received_date": dt.date(2020, 7, 5)},
    ),
    (
        # an ICO decision notice on a drainage board, which named neither Act but applied the one's section first
        "the regime of a section applied beside the regime the text names",
        "Summary: The complainant requested a copy of the OS plans showing the Board's maintained drains. The Board "
        "refused the request on the basis of section 14(1) of the Act. Following the Commissioner's determination that "
        "the information should have been considered under the EIR, the Board then cited regulation 12(4)(b).\n",
        {"legislation": ["FOIA", "EIR"]},
    ),
    (
        # the ICO's decision on South London Healthcare NHS Trust, as swarb.co.uk summarises it
        "a decision notice's 'the request of' its date",
        "Northby NHS Trust (Decision Notice): ICO 19 Aug 2013\n\nThe complainant made a freedom of information request "
        "to the Northby NHS Trust for information related to the building of a hospital. The Commissioner requires the "
        "public authority to disclose to the complainant the information it holds falling within the scope of the "
        "request of 12 July 2012.\n",
        {"received_date": dt.date(2012, 7, 12)},
    ),
    (
        # the Greater Cambridge Partnership's page complying with an ICO decision notice
        "a request 'raised by you on' its date",
        "Response to ICO Decision Notice\n\nI write further to the Information Commissioner's Office (ICO) judgement "
        "on your complaint against the Partnership's handling of a Freedom of Information/Environmental Information "
        "Regulations request, raised by you on 16 January 2019.\n",
        {"received_date": dt.date(2019, 1, 16)},
    ),
    (
        # Lincolnshire County Council's published reply on its IT policies
        "a private company the body contracts with is the one not covered by the Act",
        "I can confirm that the information requested is held by Northby County Council.\n\n3. The Software Asset "
        "Management function is outsourced to our IT Services provider Serco.\n\nThe Council has a contract with SERCO "
        "who are responsible for procuring these services. SERCO is a private company and is not covered by the "
        "Freedom of Information Act (FOIA). Therefore, Northby County Council does not hold this information.\n",
        {"legislation": ["FOIA"]},
    ),
    (
        # the First-tier Tribunal on the Valuation Office Agency, decided on the papers
        "a tribunal decision dated by its consideration on the papers",
        "General Regulatory Chamber\nInformation Rights\nFurther Consideration On: 23 October 2024 |\nB e f o r e :\n"
        "TRIBUNAL MEMBER GASSTON\nCHRISTOPHER WRIGHT |\nAppellant |\n- and - |\n(1) THE INFORMATION COMMISSIONER (2) "
        "NORTHBY OFFICE AGENCY |\nRespondents |\nDecision Notice dated 26 September 2023 ref IC-232437-L6X7 | the "
        "DN |\n",
        {"response_date": dt.date(2024, 10, 23)},
    ),
    (
        # the First-tier Tribunal on the Department of Health and Social Care
        "a tribunal decision dated by its determination without a hearing",
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nNCN: [2023] UKFTT 378 (GRC)\nAppeal "
        "Reference: EA/2022/0315\nDetermined without a hearing on 29 March 2023\nBefore\nJudge ANTHONY SNELSON\n"
        "Between\nrosamund ridley\nAppellant\nand\nTHE INFORMATION COMMISSIONER\nRespondent\n",
        {"response_date": dt.date(2023, 3, 29)},
    ),
    (
        "a tribunal's determination on the papers yields to its decision's date",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nInformation Rights\n|\nDetermined on the papers On 16 October "
        "2023\n|\nDecision Given On: 24 October 2023 |\nB e f o r e :\nTRIBUNAL JUDGE C GOODMAN\n",
        {"response_date": dt.date(2023, 10, 24)},
    ),
    (
        "a tribunal's hearing yields to its decision's date",
        "General Regulatory Chamber\nInformation Rights\nHeard on: 5 March 2024\nDecision given on: 25 April 2024\n"
        "Before\nTRIBUNAL JUDGE HUGHES\nBetween\nJO DOE\nAppellant\nand\nINFORMATION COMMISSIONER\nRespondent\n",
        {"response_date": dt.date(2024, 4, 25)},
    ),
    (
        # a requester's OCR of the Department of Enterprise, Trade and Investment's letter
        "a reference under FOI read by OCR with a lower-case L",
        "2 November 2005\n\nOur Ref: FOl 062\n\nMr Paul Gregg\n\nDear Mr Gregg\n\nThank you for your e-mail of 13th "
        "October in which you requested a number of pieces of information.\n",
        {"reference": "062"},
    ),
    (
        # a WhatDoTheyKnow request to Shropshire Council, its title naming the planning application it is about
        "a planning reference in a request's title is no case reference of the body's",
        "Footbridge farm (planning reference 17/01033/EIA)\n\nDear Northby Council,\nPlease provide all "
        "correspondence about the proposed poultry unit.\n\nYours faithfully,\n\nJo Doe\n",
        {"reference": None},
    ),
    (
        "the requester's 'Your Ref' in a request's title is the body's case reference still",
        "Planning Application 21280/010 - Decision under Delegated Powers [Your Ref: 32176]\n\nDear Northby Council,"
        "\nPlease provide the officer's report.\n\nYours faithfully,\n\nJo Doe\n",
        {"reference": "32176"},
    ),
]


def _value(record: Any, name: str) -> Any:
    value = getattr(record, name)
    if name in {"requester", "officer"} and value is not None:
        return value.name
    return value


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_header_fields(label: str, text: str, expected: dict[str, Any]) -> None:
    record = parse_text(text)
    for name, value in expected.items():
        assert _value(record, name) == value, name


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_every_found_value_is_grounded(label: str, text: str, expected: dict[str, Any]) -> None:
    record = parse_text(text)
    for name, spans in record.provenance.items():
        for span in spans:
            assert record.text[span.start : span.end] == span.text, name
    if record.reference is not None:
        # (the value keeps its dashes and quotes as printed; the span is the normalised text's)
        assert record.provenance["reference"][0].text.endswith(as_normalised(record.reference))


def test_under_foi_and_eir_as_what_a_request_is_about_names_no_regime() -> None:
    # Cheshire East Council asked how it treats "existing submissions under FOI and EIR" made to the old councils
    text = (
        "Dear Northby Council,\n\nPlease tell me how you treat existing submissions under FOI and EIR made to the "
        "old councils.\n\nYours faithfully,\n\nAlex Doe\n"
    )
    assert "FOIA" not in parse_text(text).legislation
