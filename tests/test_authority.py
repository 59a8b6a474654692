"""Table-driven: a letter's text -> the answering authority (catalogue id, or the name kept as written)."""

from __future__ import annotations

import pytest

from foiparse import parse_text
from foiparse.extract.authority import _UNKNOWN_NAME_RE, _bare_hosts

BODY = (
    "Thank you for your request for information received on 3 March 2024.\n\nWe hold the information; it is attached.\n"
)


def letter(sign_off: str = "", *, head: str = "", body: str = BODY) -> str:
    """A short FOI reply: optional letterhead lines, salutation, body, closing and a sign-off naming the body."""
    return (
        f"{head}Dear Mr Smith\n\nFreedom of Information Act 2000 request\n\n{body}\n"
        f"Yours sincerely\n\nInformation Compliance Officer\n{sign_off}\n"
    )


# (case, text, expected id or None, expected name)
# A request on Transport for London's published requests, printed twice on the page (see CASES).
_TFL_REQUEST = (
    "Please can we have copies of any meeting minutes (internal TFL meetings or with other interested parties, for "
    "example but not limited to Southwark Council, Lambeth Council, Helen Hayes MP or her representatives) covering "
    "the bus delays that may be attributable to the Dulwich Village LTN."
)

CASES: list[tuple[str, str, str | None, str]] = [
    (
        # NHS Shetland's log, naming itself once in prose below another body's guidance the figures follow
        "a body named once below another body's guidance it follows",
        "FoI Number\n2022-900\nSubject\nColonoscopy Waiting Times\nRequest and Response\n\nThe data in the tables below "
        "are adjusted waits, adjusted according to the Scottish Government's guidance as laid out in the Patients' "
        "Rights Act. NHS Shetland has a single hospital; Gilbert Bain Hospital.\n\n1. How many patients waited more "
        "than a year?\n\n2022\n\n1\n",
        "nhs-shetland",
        "NHS Shetland",
    ),
    (
        # the First-tier Tribunal on BAILII, its party list lost: the body the appellant wrote to, named once, then by
        # its initials; another body named by its initials in passing
        "the body a tribunal's appellant wrote to, named once",
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nAppeal Reference: EA/2022/0099\n"
        "Decision\nThe unanimous decision of the Tribunal is that the appeal is dismissed.\nReasons\nIntroduction\n"
        "1. On 3 March 2021 Ms Jane Roe, the Appellant in these proceedings, wrote to the Avon & Somerset Constabulary "
        "('ASC') requesting, pursuant to the Freedom of Information Act 2000 ('FOIA'), the report ASC sent to the "
        "Independent Office for Police Conduct ('IOPC').\n2. ASC responded on 1 April 2021, refusing the request.\n"
        "3. Ms Roe complained to the Respondent ('the Commissioner'). The IOPC was not asked.\n",
        "avon-and-somerset-police",
        "Avon and Somerset Constabulary",
    ),
    (
        # WhatDoTheyKnow's sender line over a parish clerk's reply ("Clerk, Little Snoring Parish Council" is the
        # clerk's title then the council, not a list of places: a list of places ends "and" the last)
        "an unknown parish council under its clerk's title on a sender line",
        "Clerk, Little Snoring Parish Council\n\nDear Mr Green,\n\nThank you for your request. Please find the minutes "
        "attached.\n\nRegards\nClerk\n",
        None,
        "Little Snoring Parish Council",
    ),
    (
        "an unknown town council under its team's name on a sender line",
        "FOI Officer, Ampthill Town Council\n\nDear Mr Green,\n\nThe Town Council holds no such records.\n\nKind "
        "regards,\nJohn Doe\nTown Clerk\n",
        None,
        "Ampthill Town Council",
    ),
    (
        # the NHS Business Services Authority's disclosure log, which spells its name nowhere
        "a log page owned under the body's abbreviation",
        "Freedom of Information Disclosure Log\n\nThe NHSBSA's responses to Freedom of Information requests.\n\nThank "
        "you for your request for information about the following:\n\n1. Please confirm the total number of letters "
        "sent in 2022?\n",
        "nhs-business-services-authority",
        "NHS Business Services Authority",
    ),
    (
        # a First-tier Tribunal decision on the National Archives' Find Case Law: the site's home-page link is no
        # letterhead; the body the requests were made of is defined as a party
        "a decision on a site whose home-page link names another body",
        "Skip to Main Content\nThe National Archives home page\n\nFind Case LawBeta\n\nJohn Parker v Information "
        "Commissioner\n\nREASONS\n\n1.\n\nThis appeal concerns seven requests (the \u201cRequests\u201d) for information "
        "which the Appellant made of Tendring District Council (the \u201cCouncil\u201d) between 2 June 2024 and 1 July "
        "2024.\n",
        "tendring-district-council",
        "Tendring District Council",
    ),
    (
        # a Transport Scotland review on gov.scot, under the site's banner about the Scottish Parliament election
        "a site's banner naming an election, above the body's own page",
        "Information\n\nScottish Parliament election: 7 May. This site won't be routinely updated during the "
        "pre-election period.\n\nTransport Scotland road delivery outfalls and historic data (2015\u20132024): EIR "
        "Review\n\nInformation request and response under the Environmental Information (Scotland) Regulations 2004."
        "\n\nI have concluded that a new decision should be substituted.\n",
        "transport-scotland",
        "Transport Scotland",
    ),
    (
        # SOAS University of London's log entry, which spells its name nowhere
        "the body's abbreviation owning the reply to the request",
        "Disclosure date: 20 June 2013\n\nReference: FOI2013/049\n\nThank you for your Freedom of Information Act "
        "request of 23 May 2013. I have attached an Excel workbook containing SOAS\u2019s response as requested.\n",
        "soas-university-of-london",
        "SOAS University of London",
    ),
    (
        # the Department for Environment, Food and Rural Affairs' letter, its name printed nowhere
        "a department's short address on GOV.UK in the letterhead",
        "Area 4A, Nobel House\n17 Smith Square\nLondon\nwww.gov.uk/defra\nSW1P 3JR\n\nOur ref: RFI 8647\n2 December "
        "2016\n\nDear Mr Overton\n\nThank you for your request for information, which we received on 4 November 2016."
        "\n",
        "department-for-environment-food-and-rural-affairs",
        "Department for Environment, Food and Rural Affairs",
    ),
    (
        # the Financial Reporting Council's disclosure log, no letterhead left on the page
        "a name the catalogue does not know whose initials the reply speaks as",
        "Disclosure Log 2021\n\nDate: 21/12/2021\n\nNature of Request\n\nWe request that you disclose the following "
        "information in relation to the Northby Reporting Board since 1 January 2021:\n\n1. How many investigations "
        "have been opened?\n\nResponse\n\nThe NRB does not have any powers to investigate criminal offences.\n",
        None,
        "Northby Reporting Board",
    ),
    (
        # the Department for Regional Development's disclosure log under GOV.UK-style page furniture
        "a name in a page's copyright notice above the reply is no letterhead's",
        "Information released by DRD - April 2014 requests\n\nPart of: Disclosure log\n\nCopyright notice\n\nThe "
        "information on this page is protected by copyright.\n\nMost Crown copyright information can be re-used under "
        "the Open Government Licence.\n\nFor information about the OGL and about re-using Crown Copyright information "
        "please see The National Archives website.\n\nDRD/2014-0093\n\nFOI Request (received 02 April 2014)\n\n"
        "Response (issued 09 April 2014)\n\nIn response to your request, I can confirm that the Department for "
        "Regional Development does hold information related to your request.\n",
        "department-for-regional-development",
        "Department for Regional Development",
    ),
    (
        # a First-tier Tribunal decision on an appeal about a district council, its paragraphs all the Commissioner's
        "the body a decision defines in brackets, inside the Commissioner's paragraph",
        "First-tier Tribunal\nGeneral Regulatory Chamber\n\nDecision: The appeal is Dismissed.\n\nREASONS\n\n1.\n\n"
        "This appeal is against a decision of the Information Commissioner (the \u201cCommissioner\u201d) dated 7 August "
        "2023. It concerns information about the felling of trees requested from Northby & Deane Borough Council "
        "(the \u201cCouncil\u201d).\n\n2.\n\nThe Council refused the request under regulation 12(4)(e).\n",
        None,
        "Northby & Deane Borough Council",
    ),
    (
        "the same with a body the catalogue knows",
        "Decision: The appeal is Dismissed.\n\nThis appeal is against a decision of the Information Commissioner (the "
        "Commissioner). It concerns information requested from Basingstoke & Deane Borough Council (the Council).\n",
        "basingstoke-and-deane-borough-council",
        "Basingstoke and Deane Borough Council",
    ),
    (
        # a First-tier Tribunal decision on a request to a council's bus company (a public authority under FOIA s.6)
        "a council-owned bus company a tribunal names by its trading name",
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\n\nReasons\n\n1. Cardiff Bus is the "
        "principal operator of bus services in Cardiff and the surrounding area. The company is wholly owned by "
        "Cardiff Council.\n\n2. The Appellant then complained to Cardiff Bus but the complaint was rejected.\n",
        "cardiff-bus",
        "Cardiff Bus",
    ),
    (
        # the ICO's summary of a decision on Reading Transport Limited, under the heading of its owner's page
        "a bus company the Commissioner's summary names, not the council heading the page",
        "Reading Borough Council\n\n  \u2022 Date 22 October 2024\n  \u2022 Sector Local government\n\nThe complainant "
        "requested bus audio announcements. Reading Transport Limited (trading as 'Reading Buses') (\"RTL\") refused "
        "the request under the exemption in section 43 (commercial interests).\n",
        "reading-buses",
        "Reading Buses",
    ),
    (
        # WhatDoTheyKnow requests greeting schools by their listed names, a place or the rest of the kind after the
        # body's word, before a bracket or the site's place
        "a greeted school's name runs on to its place, before a bracket",
        "Student Suspensions\nDear Green Spring Academy Northby (Bethnal Green Academy),\nPlease could you provide me "
        "with the following information:\n1) The number of students suspended in the last five years;\n",
        None,
        "Green Spring Academy Northby",
    ),
    (
        "a greeted school's name runs on to the rest of its kind, before the site's place",
        "School uniform supplier details\n\nDear Hillcrest School and Sixth Form Centre, Northby,\n\nUnder the FOI Act "
        "I would like to request the following information:\n\n1) How many suppliers do you have a contract with?\n",
        None,
        "Hillcrest School and Sixth Form Centre",
    ),
    (
        "a greeted school's name runs on into no team of its own",
        "Dear Northby Academy FOI Team,\n\nPlease could you provide the following information:\n1) How many pupils?\n"
        "2) How many staff?\n\nYours faithfully,\n\nJo Bloggs\n",
        None,
        "Northby Academy",
    ),
    (
        # the ICO's summary of a decision on a school
        "a school named for a saint keeps its possessive",
        "18 November 2015, Education (School)\nThe complainant has requested from St Ursula's Catholic Infant School "
        "(the 'School') a copy of its employee handbook. The Commissioner requires the School to issue a response.\n",
        None,
        "St Ursula's Catholic Infant School",
    ),
    (
        # a WhatDoTheyKnow request to Batley Girls' High School, which signs its reply with the name before the dash
        "a greeted school's plural possessive",
        "Grounds Maintenance\n\nDear Northby Girls' High School - Visual Arts College,\n\nI would like answers to the "
        "following points;\n\n1. Is grounds maintenance contracted out?\n\n2. What is the annual budget?\n",
        None,
        "Northby Girls' High School",
    ),
    (
        # Barnet Homes' reply (the London Borough of Barnet's ALMO), naming itself in the request it restates
        "a council's housing company, answering in its own name",
        "Dear Mr Figueira,\nThank you for your request dated 3 February 2025, asking for information that we hold as "
        "follows:\n- How many formal complaints in the past five years have been filed against Barnet Homes?\n- If no "
        "data is recorded, please confirm why Barnet Homes does not track this information.\nIn the last five years "
        "we received 715 complaints against the Housing Options service.\n",
        "barnet-homes",
        "Barnet Homes",
    ),
    (
        # the Driving Standards Agency's FOI release on GOV.UK, which names itself once, with its article
        "a name read as printed, with its article, that the catalogue knows",
        "FOI release\n\nNumber of suspected impersonators who sat driving tests 2011 to 2012\n\nPublished 21 August "
        "2013\n\n1. Request\n\nCould you please confirm the number of suspected impersonators?\n\n2. Response\n\nDSA have "
        "688 records of suspected impersonators.\n\nDriving test fraud is a serious offence that puts road users at "
        "risk. The Driving Standards Agency (DSA) takes all allegations of driving test fraud extremely seriously.\n",
        "driving-standards-agency",
        "Driving Standards Agency",
    ),
    (
        # BAILII's copy of an Information Tribunal decision on a sea fisheries committee's own appeal
        "a body appealing against the Commissioner's decision, as a tribunal decision's title names it",
        "You are here: BAILII >> Databases >> United Kingdom Information Tribunal >> Northby Sea Fisheries Committee v "
        "Information Commissioner [2008] UKIT EA_2007_0133 (8 July 2008)\n\nBetween\nNORTHBY SEA FISHERIES COMMITTEE"
        "\nAppellant\nand\nINFORMATION COMMISSIONER\nRespondent\n",
        None,
        "Northby Sea Fisheries Committee",
    ),
    (
        "a person appealing against the Commissioner's decision, the body named below",
        "You are here: BAILII >> Databases >> United Kingdom Information Tribunal >> Smith v Information Commissioner "
        "[2008] UKIT EA_2007_0001 (8 July 2008)\n\nThe appellant asked Northby Council for minutes.\n",
        None,
        "Northby Council",
    ),
    (
        # an ICO decision notice on Gloucestershire Hospitals NHS Foundation Trust, quoted on a blog
        "the body a decision says was asked, over another the catalogue knows named twice",
        "Decision (including any steps ordered).\n1. The complainant has requested from Gloucestershire Hospitals NHS "
        "Foundation Trust (the Trust) information about referrals to the Nursing and Midwifery Council (the NMC).\n"
        "2. The Commissioner's decision is that Trust breached section 16 of FOIA.\n",
        "gloucestershire-hospitals-nhs-foundation-trust",
        "Gloucestershire Hospitals NHS Foundation Trust",
    ),
    (
        # a WhatDoTheyKnow request to Pembrokeshire County Council
        "a council greeted by its place alone",
        "Questions about the recycling scheme\nDear Pembrokeshire Council,\nPlease provide the number of bins issued."
        "\nYours faithfully,\nJo Bloggs\n",
        "pembrokeshire-county-council",
        "Pembrokeshire County Council",
    ),
    (
        # Durham County Council, and Durham City Council before 2009: the short name is neither's
        "a council's place alone that two councils share",
        "Bins\nDear Durham Council,\nPlease provide the number of bins issued.\nYours faithfully,\nJo Bloggs\n",
        None,
        "Durham Council",
    ),
    (
        # FOIwiki's summary of an ICO decision on the Department of the Environment (NI), a department dissolved in 2016
        "a decision summary's bulleted public authority line, a body the catalogue lists",
        "Decision Summary\n\n  \u2022 Case Ref: FER0212345\n  \u2022 Date: 26 January 2010\n  \u2022 Public Authority: "
        "Department of the Environment (NI)\n  \u2022 Summary: The complainants requested a legal opinion.\n",
        "department-of-the-environment-northern-ireland",
        "Department of the Environment (Northern Ireland)",
    ),
    (
        "a decision summary's bulleted public authority line, a body the catalogue lacks",
        "Decision Summary\n\n  \u2022 Case Ref: FER0212345\n  \u2022 Date: 26 January 2010\n  \u2022 Public Authority: "
        "Northby Harbour Trust\n  \u2022 Summary: The complainants requested a legal opinion.\n",
        None,
        "Northby Harbour Trust",
    ),
    (
        # a WhatDoTheyKnow request to the Kemnal Academy Trust, listed with its initials
        "WhatDoTheyKnow's status line without the initials it lists beside the name",
        "Exclusions data\n\nThe request was refused by The Northby Academy Trust (TNAT).\n\nDear The Northby Academy "
        "Trust (TNAT),\n\nPlease treat this request for information under the FOI Act 2000.\n",
        None,
        "The Northby Academy Trust",
    ),
    (
        # a WhatDoTheyKnow request to Avon Fire and Rescue Service, as WhatDoTheyKnow lists it
        "a fire and rescue service written without 'Service'",
        "Dear Cambridgeshire Fire and Rescue,\n\nPlease provide under Freedom of Information the number of notices "
        "served.\n\nYours faithfully,\nA Smith\n",
        "cambridgeshire-fire-and-rescue-service",
        "Cambridgeshire Fire and Rescue Service",
    ),
    (
        # the First-tier Tribunal's substituted decision on Stoke Surgery, a GP practice
        "the body a tribunal's substituted decision says the requests were made to",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nInformation Rights\n\nBetween\n\nJOHN SMITH\n\nAppellant\n\n"
        "and\n\nTHE INFORMATION COMMISSIONER\n\nRespondent\n\nDecision: The appeal is Allowed\n\nSubstituted Decision "
        "Notice:\n\nThe Tribunal's Decision Notice is substituted for the Commissioner's Decision Notice with regard to "
        "the requests for information made to Northby Surgery in Northby, Plymouth by John Smith dated 14 March 2023 "
        "and 23 May 2023.\n",
        None,
        "Northby Surgery",
    ),
    (
        # an ICO decision notice on the Therfield Regulation Trust, under the EIR
        "a decision's body defined in brackets after its possessive, in the complainant's request",
        "The complainant has requested information about the Northby Regulation Trust’s (the Trust) income and "
        "expenditure in respect of plans to develop a piece of land. The Trust originally argued that it was not a "
        "public authority for the purposes of the EIR. The Commissioner’s decision is that the Trust has breached "
        "regulation 5(1).\n",
        None,
        "Northby Regulation Trust",
    ),
    (
        # a college's reply quoted on a campaign's page, sent from its own domain under its university's
        "a college of the University of Cambridge by its email domain, not the university",
        "From: Toby Smith <ts1@clare.cam.ac.uk>\nSent: 12 June 2024 13:43\nSubject: FOI request\nDear Sir/Madam\nHere "
        "is our response to your FOI request about our investments. The College invests in publicly quoted shares "
        "only indirectly.\nYours faithfully\nToby Smith\nInterim Estates Bursar\n",
        "clare-cambridge",
        "Clare College, Cambridge",
    ),
    (
        # Edinburgh Trams' reply under FOISA
        "a company's name alone on the letter's first line",
        "Northby Trams Ltd\n1 Myreton Drive,\nNorthby, EH12 9GF\nDear Mr Lander,\n04.03.2024\nThank you for your "
        "request. I have now processed and considered your original request and can comment as follows.\n",
        None,
        "Northby Trams Ltd",
    ),
    (
        # Redress Scotland's disclosure log
        "a log's heading calling the response the body's",
        "Date received: 15 March 2022\nDate responded: 7 April 2022\nInformation Requested:\nI write to request any "
        "operational guidance issued to panel members.\nNorthby Redress's Response:\nSome of the information you have "
        "requested is otherwise accessible.\n",
        None,
        "Northby Redress",
    ),
    (
        # an internal review of the Government Car and Despatch Agency's handling of a request
        "a name defined by its initials, which the letter goes on using",
        "INTERNAL REVIEW OF NCDA'S HANDLING OF FOI REQUEST 0000087\n\nI have been asked by the Northby Car and "
        "Despatch Agency (NCDA) to conduct a review of NCDA's handling of FOI Case 0000087. The applicant was "
        "dissatisfied with the way the NCDA handled the case.\n\nNCDA appears to have applied section 40 "
        "inconsistently.\n",
        None,
        "Northby Car and Despatch Agency",
    ),
    (
        # the Greater Cambridge Partnership's page complying with an ICO decision notice
        "a name defined by its initials in the possessive",
        "Response to your complaint\n\nI write about your complaint against the Northby Cambridge Partnership's (NCP) "
        "handling of your request. All final NCP project reports were made available online.\n\nNCP has considered "
        "the complaint. Please find attached the requested correspondence, NCP having redacted a small amount of "
        "information.\n",
        None,
        "Northby Cambridge Partnership",
    ),
    (
        # a WhatDoTheyKnow request to the Service Prosecuting Authority, answered by "Dear Sir," with no sender line
        "the initials of the body greeted are not a catalogue body's abbreviation",
        "All communications\nDear Service Prosecuting Authority,\nI request you disclose all communications between "
        "the SPA and public servants external to the SPA.\nYours faithfully,\nLaura Owens\nDear Sir,\nThank you for "
        "your email of the 4th March 2017 requesting the following information.\n",
        None,
        "Service Prosecuting Authority",
    ),
    (
        # UK Research and Innovation's log, the request copied with its greeting to the British Geological Survey
        "the body a request greets, the catalogue not knowing it and nothing else naming it",
        "Request Received: 1 May 2023\n\nDear Northby Geological Survey,\n\nPlease could you provide copies of all "
        "records held?\n\nResponse Sent: 31 May 2023\n\nThank you for your request. NGS does hold information.\n",
        None,
        "Northby Geological Survey",
    ),
    (
        # the ICO's notice on the Government Equalities Office, mirrored with its line breaks lost
        "a decision's 'Public Authority:' label run into the address label after it",
        "Reference: FS50216279 Freedom of Information Act 2000 (Section 50) Decision Notice Date: 24 June 2010 Public "
        "Authority: Northby Equalities Office Address: 9th Floor Eland House Bressenden Place London SW1E 5DU Summary "
        "The complainant requested information relating to the government's decision.\n",
        None,
        "Northby Equalities Office",
    ),
    (
        # the ICO's notice on Brimscombe and Thrupp Parish Council pasted from its PDF into a forum post, each field's
        # value on the line below its label
        "a decision's 'Public Authority:' label with the name on the line below",
        "Reference:\nFS50558878\n1\nFreedom of\nInformation Act 2000 (FOIA\n)\nDecision notice\nDate\n:\n4\nJune 2015\n"
        "Public Authority:\nNorthby and Southby Parish Council\nAddress:\n11 Broadstone Close\nBarnwood\nComplainant:\n"
        "Ms\nK V Powell\nDecision\n(including any steps ordered)\n1.\nThe complainant has requested\ninformation "
        "relating to allotments.\n",
        None,
        "Northby and Southby Parish Council",
    ),
    (
        # a WhatDoTheyKnow thread to a Cambridge college about a meadow it lets under an agreement with Natural England
        "WhatDoTheyKnow's status line names the body asked over a request naming another in passing",
        "Meadow fencing\n\nNorthby College, Cambridge did not have the information requested.\n\nDear Sir/Madam\n\n"
        "These fences appear to interfere with the agreement you hold with Natural England.\n\nCould you confirm "
        "whether you have a derogation from Natural England?\n\nYours faithfully,\n\nChris Smith\n",
        None,
        "Northby College, Cambridge",
    ),
    (
        "WhatDoTheyKnow's refusal status names the body asked",
        "Relief fund\n\nThe request was refused by Northby Harbour Trust.\n\nDear Sir or Madam,\n\nPlease provide "
        "the minutes of the board.\n\nYours faithfully,\n\nRichard Roberts\n",
        None,
        "Northby Harbour Trust",
    ),
    (
        "NICE's name before 2013 keeps the name the text uses",
        "From: NICE Mail\nNational Institute for Health and Clinical Excellence\n\nDear Mr Brassey\n\nThank you for "
        "your request for information.\n",
        "national-institute-for-health-and-care-excellence",
        "National Institute for Health and Clinical Excellence",
    ),
    (
        "a trust's name before 'University' was added keeps the name the text uses",
        "Dear Mr Corbett\n\nThank you for your FOI request.\n\nMany thanks\n\nJulie Heydon\nVelindre NHS Trust HQ\n",
        "velindre-university-nhs-trust",
        "Velindre NHS Trust",
    ),
    (
        "the body a Scottish Information Commissioner's decision is titled with, not a council its summary names",
        "Home Decisions\n\nDecision 118/2014\n\nDecision 118/2014: Mr X and Northby Housing Association Limited\n\n"
        "Transfer of the Brown Street Complex by Glasgow City Council: failure to respond\n\nSummary\n\nOn 21 July "
        "2013, Mr X asked Northby Housing Association Ltd for information relating to the transfer of shops by Glasgow "
        "City Council.\n",
        None,
        "Northby Housing Association Limited",
    ),
    (
        # Decision 164/2020 on Angus Alive, the council's leisure trust, quoting a request about the council's ranger
        "the body a decision's 'Public authority:' line names, not a council the request it quotes names",
        "Home Decisions\n\nDecision 164/2026\n\nDecision 164/2026: Wildfowling at Northby Basin\n\nPublic authority: "
        "Northby Alive\nCase Ref: 202000782\n\nSummary\n\nNorthby Alive was asked about wildfowling.\n\nBackground\n\n"
        "1. The Applicant made a request for information to Northby Alive, which included the following requests:\n\n"
        "Part 2 - The number of flights wardened by the Angus Council's Countryside Ranger for each season.\n\nPart 3 - "
        "The number of incidents recorded during wardening carried out by the Angus Council's Countryside Ranger.\n",
        None,
        "Northby Alive",
    ),
    (
        # Decision 169/2019: the Care Inspectorate by its statutory name
        "the body a decision's 'Public authority:' line names by its statutory name, by the name it goes by",
        "Home Decisions\n\nDecision 169/2026\n\nDecision 169/2026: Witness statements\n\nPublic authority: Social "
        "Care and Social Work Improvement Scotland\nCase Ref: 201901035\n\nSummary\n\nThe Care Inspectorate was "
        "asked for witness statements.\n",
        "care-inspectorate",
        "Care Inspectorate",
    ),
    (
        # Decision 054/2011: the applicant a trade union, the body a fire board the catalogue does not hold, its fire
        # and rescue service (which the catalogue holds) named in the summary
        "the body a decision is titled with, after an applicant that is an organisation",
        "Home Decisions\n\nDecision 054/2011\n\nDecision 054/2011 Northby Fire Brigade Union and Northby Fire Board\n\n"
        "Transcripts of interviews\n\nReference No: 201001874\n\nSummary\n\nNorthby Fire Brigade Union (the Union) "
        "requested from Northby Fire Board (the Board) transcripts of interviews with Lothian and Borders Fire and "
        "Rescue Service's (LBFRS) accident investigation team. Lothian and Borders Fire and Rescue Service is referred "
        "to as LBFRS.\n",
        None,
        "Northby Fire Board",
    ),
    (
        # Decision 035/2009: the applicant a councillor
        "the body a Scottish Information Commissioner's decision is titled with, after a councillor",
        "Home Decisions\n\nDecision 035/2009\n\nDecision 035/2009 Councillor Sam Fox and the Assessor for Northby "
        "Valuation Joint Board\n\nAddresses and sales dates of specific properties\n\nReference No: 200801189\n\n"
        "Summary\n\nCouncillor Sam Fox requested from the Assessor the exact addresses of thirteen properties.\n",
        None,
        "Assessor for Northby Valuation Joint Board",
    ),
    (
        "a body the catalogue does not know, named in the Information Commissioner's summary",
        "Summary: The complainant requested information from Northby Harbour Commissioners (NHC) relating to the "
        "granting of a licence to lay moorings. The Commissioner has determined that the information is environmental "
        "information.\nSection of Act/EIR & Finding: EIR 2.2 - Complaint Upheld\n",
        None,
        "Northby Harbour Commissioners",
    ),
    (
        "the Scottish Information Commissioner's authority line under the decision's number given twice",
        "Home Decisions\n\nDecision 140/2022\n\nDecision Notice 140/2022: Annual General Meetings\n\nAuthority:  "
        "Northby Housing Association Ltd\nCase Ref:  202101096\n\nSummary\n\nThe Applicant asked the Authority "
        "about the purpose of its Annual General Meeting.\n",
        None,
        "Northby Housing Association Ltd",
    ),
    (
        "the body an email's disclaimer says the views are not necessarily those of",
        "Dear CH\n\nI acknowledge your request for information received on 9 November 2009.\n\nRegards\n\nA Hunter\n"
        "Assistant Service Relations Manager\n\nThis email is confidential. Any views or opinions presented are solely "
        "those of the author and do not necessarily represent those of\nSouth Staffordshire & Shropshire Healthcare "
        "NHS Foundation Trust. If you are not the intended recipient, delete it.\n",
        "south-staffordshire-and-shropshire-healthcare-nhs-foundation-trust",
        "South Staffordshire and Shropshire Healthcare NHS Foundation Trust",
    ),
    (
        # Abertay University's reply letter, which names itself only in its footer
        "a footer's charity registration",
        "4 March 2024\nDear Ms Doe\nWe refer to your Freedom of Information request received on 13 February 2024 about "
        "exchange students.\n2014/15\n16\nAbertay University is a registered Scottish charity, no. SC016040\n",
        "abertay-university",
        "Abertay University",
    ),
    (
        # Barnet, Enfield and Haringey Mental Health NHS Trust's letter, naming itself without "NHS"
        "an NHS trust named for what it does, written without NHS",
        "6 February 2018\nDear John Simcock\nI am writing in respect of your recent enquiry for information held by "
        "Barnet, Enfield and Haringey Mental Health Trust under the provisions of the Freedom of Information Act "
        "2000.\n",
        "barnet-enfield-and-haringey-mental-health-nhs-trust",
        "Barnet, Enfield and Haringey Mental Health NHS Trust",
    ),
    (
        # the University of St Andrews' reply on WhatDoTheyKnow, its footer the only place it names itself
        "a footer's charity registration, the other way round",
        "Dear Mr Doe\nThank you for your request for admission statistics, received on 2 May 2013.\nThe figures are "
        "attached.\nFreedom of Information and Governance\n01334 462776\nThe University of St Andrews is a charity "
        "registered in Scotland, No: SC013532\n",
        "university-of-st-andrews",
        "University of St Andrews",
    ),
    (
        # Betsi Cadwaladr University Health Board's letter, which names itself only in telling its history
        "a body telling when it was formed",
        "Dyddiad / Date: / 1 April 2010\n\nDear Ms McWatt,\n\nThank you for your request for information which we "
        "received on 8th March 2010.\n\nBetsi Cadwaladr University Health Board was formed on 1st October 2009 by "
        "combining North West Wales NHS Trust (West Division) and North East Wales NHS Trust (East Division), I should "
        "advise you that we are currently reviewing and standardising policies.\n",
        "betsi-cadwaladr-university-health-board",
        "Betsi Cadwaladr University Health Board",
    ),
    (
        # WhatDoTheyKnow lists a water company by its company name, and the request greets it so
        "a water company named as the company it is",
        "James Doe made this Environmental Information Regulations request to Yorkshire Water Services Limited\n\nThe "
        "request was successful.\n\nDear Yorkshire Water Services Limited,\n\nI would like to request environmental "
        "information about discharges.\n",
        "yorkshire-water",
        "Yorkshire Water Services Limited",
    ),
    (
        # the London Borough of Hounslow's letter on a forum, its letterhead's name lost
        "the copyright owner a reply's notice on re-use names",
        "Civic CentreLampton RoadTW3 4DN Date 21 February 2011Dear Mr Silver, I am writing to provide you with the "
        "information you requested.\n\nAny other type of re-use, for example, by publishing information, will require "
        "the permission of the copyright owner, namely the London Borough of Hounslow.\n",
        "london-borough-of-hounslow",
        "London Borough of Hounslow",
    ),
    (
        # Bolton NHS Foundation Trust's log, naming itself only in its section 12 refusal
        "the body the appropriate limit is set for",
        "Reference 2017-429\n\nREF: 2017-429\n\nSubject: Modafinil in patient records\n\nRequest:\n\nPlease may I "
        "make an FOI request adapted from a previous request I have made in relation to Modafinil and diagnoses of "
        "Steven-Johnson Syndrome.\n\nTo refine my request in the hope it may bring it within the statutory "
        "requirements, please may you tell me:\n\nBy accessing records of patients attending the trust or its "
        "hospitals or medical centres an diagnosed with Steven-Johnson Syndrome (or SJS) in the past financial year "
        "(2016-17), how many of records make any mention of Modafinil, whether a known prescription or assumed cause "
        "of the case.\n\nResponse:\n\nThank you for your email dated 03 August 2017 where you requested information "
        "about Modafinil in patient records.\n\nFrom our preliminary assessment, it is clear that we will not be "
        "able to answer your request without further clarification.\n\nWe estimate that it will take us in excess of "
        "2.5 working days to determine appropriate material and locate, retrieve and extract the information in "
        "reference to your request. Therefore, your request will not be processed further, because this involve to "
        "retrive and review every note in the records.\n\nSection 12 of the Act makes provision for public "
        "authorities to refuse requests for information where the cost of dealing with them would exceed the "
        "appropriate limit, which for Bolton NHS Foundation Trust is set at \u00a3450. This represents the estimated "
        "cost of one person spending 2.5 working days in determining whether the department holds the information, "
        "locating, retrieving and extracting the information.\n",
        "bolton-nhs-foundation-trust",
        "Bolton NHS Foundation Trust",
    ),
    (
        # Warwickshire County Council's letter, its name written once more only across a line break
        "the body that considered the request",
        "Our ref: 7328513\nDate: 14th March 2022\n\nDear Ms Winter\n\nYour request for information has been "
        "considered by Warwickshire County Council\nunder the Freedom of Information Act 2000.\n\nI can confirm that "
        "the information you have requested is held by Warwickshire County\nCouncil.\n",
        "warwickshire-county-council",
        "Warwickshire County Council",
    ),
    (
        # Transport for London's letter, which spells its name nowhere
        "the abbreviation labelling the reply's own reference",
        "TfL Ref: FOI-0851-1718\nThank you for your email received by us on 10 July 2017 asking for information about "
        "Oracle applications.\nYour request has been considered in accordance with the requirements of the Freedom of "
        "Information (FOI) Act. You asked:\no What is the value of the Oracle application support contract?\n"
        "Unfortunately, to provide the information you have requested would exceed the appropriate limit.\n",
        "transport-for-london",
        "Transport for London",
    ),
    (
        # Transport for London's published request: the label opens the reply under the request the page restates
        "the abbreviation labelling the reply's own reference under the page's 'We answered'",
        "FOI request detail\n\nBus Services Support\n\nRequest ID: FOI-0678-1920\n\nYou asked\n\nI am making a freedom "
        "of information (FOI) request for the following information: 1. A list of the bus services in receipt of "
        "council funding in London.\n\nWe answered\n\nTfL Ref: 0678-1920\n\nThank you for your request received by us "
        "on 4 June 2019.\n",
        "transport-for-london",
        "Transport for London",
    ),
    (
        "a foundation trust written as an NHS trust, in a tribunal's order",
        "Substituted Decision Notice:\n\nThe Chesterfield Royal Hospital NHS Trust must, by no later than 4.00 p.m. on "
        "05 February 2024:\n\na. Send to the Appellant the number of serious incidents.\n\nOn 5 May 2022, the "
        "Appellant submitted this request to Chesterfield Royal Hospital NHS Trust.\n",
        "chesterfield-royal-hospital-nhs-foundation-trust",
        "Chesterfield Royal Hospital NHS Foundation Trust",
    ),
    (
        "the Home Office's labour regulator, by its abbreviation in its own voice, not the body it points to",
        "Freedom of Information Act Request |\nRef: FOI 21-22 08 |\nQuestion(s): Since the multi-agency Taskforce led by "
        "the Gangmasters and Labour Abuse Authority (GLAA) was launched in Leicester:\n3) Please state the number of "
        "cases of health and safety breaches identified by the taskforce?\n|\nResponse: 3. The GLAA does not hold "
        "this data, as it is held by Health and Safety Executive (HSE).\n",
        "gangmasters-and-labour-abuse-authority",
        "Gangmasters and Labour Abuse Authority",
    ),
    (
        "the force speaking of itself in its acknowledgement's caveat",
        "Our Ref:F-2009-03203\n24 November, 2009\nDear Mr. Perry,\nThank you for your request for Information, "
        "received at this office on\n23 November, 2009.\nYour request will now be considered and you will receive a "
        "response\nwithin the statutory timescale of 20 working days. In some circumstances Humberside Police may be "
        "unable\nto achieve this deadline.\n",
        "humberside-police",
        "Humberside Police",
    ),
    (
        "a water company, an EIR public authority, greeted by its brand in a WhatDoTheyKnow request",
        "Storm overflow improvement plans\nDear Welsh Water,\nMY REQUEST:\n1 - Please can you confirm if you have "
        "produced an 'improvement plan'?\nYours faithfully,\nrussell scott\nDear Russell Scott\nRequest for "
        "information\nWe refer to your request for information which was received on 22 July 2023.\nWe are "
        "dealing with your request as one made under the Environmental Information Regulations 2004.\n",
        "dwr-cymru-welsh-water",
        "Dŵr Cymru Welsh Water",
    ),
    (
        "the body a Scottish Information Commissioner decision names under its title",
        "Decision 081/2026: Volume of sediment deposited in Northby Bay\nAuthority: Northby Harbour Board\nCase Ref: "
        "202501646\nSummary\nThe Applicant asked the Board for the volume of sediment deposited in the bay.\n",
        None,
        "Northby Harbour Board",
    ),
    (
        "the London boroughs' joint committee, named in the review request it answers",
        "Dear Mr Baker,\n\nInternal review of Information request - reference S-2013-67\n\nYour original request "
        "asked:\n\n1) Please provide copies of all correspondence between London Councils' officers and the "
        "British Parking Association.\n\nYour request for a review said:\n\nI am writing to request an internal "
        "review of London Councils's handling of my FOI request.\n",
        "london-councils",
        "London Councils",
    ),
    (
        "a public corporation by its statutory name, however its letters write it",
        "# FOI Admin, Channel Four Television Corporation\n\nDear Mr Cross,\n\nWe have attached the documents "
        "listed as a policy on the internal Channel 4 intranet.\n",
        "channel-4",
        "Channel Four Television Corporation",
    ),
    (
        # a reply from before the trust's rename (Kent and Medway Mental Health NHS Trust since October 2025)
        "a former name the text uses, the body's name when it wrote",
        "Dear Kent and Medway NHS and Social Care Partnership Trust,\n\nPlease tell me how many beds you have.\n\n"
        "Yours faithfully,\nSam Fox\n\nFOI Team, Kent and Medway NHS and Social Care Partnership Trust\n\nDear Mr Fox,"
        "\n\nThe Trust has 120 beds.\n",
        "kent-and-medway-mental-health-nhs-trust",
        "Kent and Medway NHS and Social Care Partnership Trust",
    ),
    (
        # the name WhatDoTheyKnow lists the royal borough under, on its thread heading and the reply's sender line
        "a royal borough under the name WhatDoTheyKnow gives it",
        "Paul Burnham made this Freedom of Information request to Kingston upon Thames Borough Council\n\nDear "
        "Kingston upon Thames Borough Council,\n\nPlease release all communications about the ballot.\n\nYours "
        "faithfully,\n\nPaul Burnham\n\nRBK FOI, Kingston upon Thames Borough Council\n\nDear Mr Burnham\nI "
        "acknowledge your request for information received on 31st January 2022.\n",
        "royal-borough-of-kingston-upon-thames",
        "Royal Borough of Kingston upon Thames",
    ),
    (
        # the First-tier Tribunal on a parish council, its place between the name and the short name it is given
        "a body a decision defines, its place after its name",
        "NCN: [2025] UKFTT 214 (GRC)\nCase Reference: FT/EA/2024/0135\nFirst-tier Tribunal\n(General Regulatory "
        "Chamber)\nInformation Rights\nBetween\nCHARLES WELSH\nAppellant\nand\nTHE INFORMATION COMMISSIONER\n"
        "Respondent\nDecision: The appeal is dismissed.\nREASONS\n1. This is an appeal against a decision of the Information "
        "Commissioner.\nFactual background\n3. The appeal relates to the application of the Freedom of Information "
        'Act 2000. It concerns information held by the Old Somerby Parish Council, Grantham, Lincolnshire ("the '
        'Council").\n',
        None,
        "Old Somerby Parish Council",
    ),
    (
        # an ICO decision summary on a GP practice, which the catalogue cannot list
        "a GP practice a decision defines as the body",
        "25 July 2017, Health (Doctors)\nThe complainant has requested information relating to leave taken by a "
        "particular GP. The Commissioner's decision is that Park End Surgery (the surgery) has correctly applied "
        "section 14(2) (repeated request) of the FOIA to the request.\n",
        None,
        "Park End Surgery",
    ),
    (
        "a GP practice greeted by a request",
        "Dear Castle Medical Centre,\n\nPlease tell me how many patients are registered with the practice.\n\n"
        "Yours faithfully,\nSam Fox\n",
        None,
        "Castle Medical Centre",
    ),
    (
        # an ICO decision summary on the strategic health authority that went by "NHS South West"
        "a legal title the text uses alone",
        "Summary: The complainant requested information from the South West Strategic Health Authority (the "
        "-Authority-) related to a proposal for the transfer of Family Health Services. The Authority provided some "
        "information in response to the request.\n",
        "nhs-south-west",
        "South West Strategic Health Authority",
    ),
    (
        # a WhatDoTheyKnow thread of 2014, before the body took its working name Audit Wales
        "the statutory name of a body that now works under another",
        "Gareth Lewis made this Freedom of Information request to Wales Audit Office\n\nDear Wales Audit Office,\n\n"
        "Please send your reports.\n\nYours faithfully,\n\nGareth Lewis\n\nIan Phillips, Wales Audit Office\n\n"
        "Dear Mr Lewis\n\nI am writing to acknowledge your request for information of 8 October.\n",
        "audit-wales",
        "Wales Audit Office",
    ),
    (
        "the usual name where the text uses it beside the legal title",
        "Dear NHS South West,\n\nPlease send the report of the South West Strategic Health Authority board.\n\n"
        "Yours faithfully,\nSam Fox\n\nFOI Team, NHS South West\n\nDear Mr Fox,\n\nThe report is attached.\n",
        "nhs-south-west",
        "NHS South West",
    ),
    (
        # WhatDoTheyKnow still lists HM Prison Service, whose work HMPPS now does
        "a request greeting a body by a name from before its agency merged",
        "Dear HM Prison Service,\n\n1. Please provide an up to date list of all prisons.\n\nYours faithfully,\nSam "
        "Fox\n",
        "hm-prison-and-probation-service",
        "HM Prison Service",
    ),
    (
        "the body's name where the text uses it beside a former one",
        "Dear Mining Remediation Authority,\n\nPlease send the report the Coal Authority wrote in 2019.\n\nYours "
        "faithfully,\nSam Fox\n\nFOI Team, Mining Remediation Authority\n\nDear Mr Fox,\n\nThe report is attached.\n",
        "mining-remediation-authority",
        "Mining Remediation Authority",
    ),
    (
        # "Dear Stockton on Tees Council," (a WhatDoTheyKnow request): a place's hyphens left out
        "a catalogued council, its place's hyphens left out",
        "Dear Newcastle under Lyme Borough Council,\n\nPlease tell me who cuts the village green.\n\n"
        "Yours faithfully,\nSam Fox\n",
        "newcastle-under-lyme-borough-council",
        "Newcastle-under-Lyme Borough Council",
    ),
    (
        # An ICO decision notice's summary on Foyle and Londonderry College
        "a school the catalogue does not know, its name joining two places",
        "Decision Summary\n- Case Ref: FS50222404\n- Date: 6 May 2009\n- Public Authority: Northby and Southby "
        "College\n- Summary: The complainant requested the criteria for an award.\n",
        None,
        "Northby and Southby College",
    ),
    (
        # A WhatDoTheyKnow request the North London Waste Authority answered, naming a constituent council first
        "a joint waste disposal authority greeted",
        "Dear North London Waste Authority, I have been in contact with the London Borough of Islington on the "
        "subject of recycling banks for small electrical items.\n\nPlease find attached the minutes.\n",
        "north-london-waste-authority",
        "North London Waste Authority",
    ),
    (
        # A batch request on WhatDoTheyKnow answered by the Royal Northern College of Music
        "a conservatoire greeted",
        "Dear Royal Northern College of Music,\n\nPlease tell me how many places you filled through clearing in "
        "2019.\n\nYours faithfully,\nSam Fox\n",
        "royal-northern-college-of-music",
        "Royal Northern College of Music",
    ),
    (
        # An ICO decision summary on the Howard of Effingham School
        "a school the catalogue does not know, named for its founder and its place",
        "Decision Summary\n- Case Ref: FER0573407\n- Public Authority: Howard of Northby School\n- Summary: The "
        "complainant requested information about the school's planning application.\n",
        None,
        "Howard of Northby School",
    ),
    (
        # ... not its governing body's name cut ("The Governing Body of Garforth Community College", an ICO summary)
        "a school's governing body named",
        "Decision Summary\n- Case Ref: FS50088779\n- Public Authority: The Governing Body of Northby Community "
        "College\n- Summary: The complainant requested information relating to bullying.\n",
        None,
        "Northby Community College",
    ),
    (
        # A WhatDoTheyKnow request to the University of Birmingham School, a school the university sponsors
        "a school named for a catalogued body",
        "Dear University of Birmingham School,\n\nUnder the FOI Act I would like to request the following "
        "information regarding the contract with your supplier of sports kit.\n\nYours faithfully,\nSam Fox\n",
        None,
        "University of Birmingham School",
    ),
    (
        # A WhatDoTheyKnow request to the Bury Safeguarding Children Board, which answered that it was not Bury Council
        "a safeguarding board named for a catalogued council",
        "Dear Bury Safeguarding Children Board,\n\nI would like answers to the following points;\n\n"
        "Yours faithfully,\nSam Fox\n",
        None,
        "Bury Safeguarding Children Board",
    ),
    (
        # A WhatDoTheyKnow thread to Weald of Kent Grammar School, answered later by Kent County Council's solicitor
        "a greeted school answering, then a council's solicitor signing for it",
        "Dear Northby Grammar School,\n\nPlease send me the consultation results.\n\nYours faithfully,\nAnn Lee\n\n"
        "Devo Mrs P, Northby Grammar School\n\nDear Ann\n\nI acknowledge your request.\n\nKind regards\nPhilippa\n"
        "\nDear Ms Lee,\n\nI shall reply to your request on behalf of the school by the end of this week.\n\n"
        "Yours sincerely,\n\nMichael Honeyman\nSolicitor\nKent County Council   County Hall   Maidstone\n",
        None,
        "Northby Grammar School",
    ),
    (
        # A WhatDoTheyKnow thread to St John's College, Cambridge: the body's name holds a comma
        "a greeted body whose name holds a comma, answering from its sender line",
        "The request was refused by St Jude's College, Northby.\n\nDear St Jude's College, Northby,\n\nUnder the "
        "Freedom of Information Act 2000, I request the number of applicants for Law.\n\nYours faithfully,\nJames "
        "Reed\n\nFreedom of Information Officer, St Jude's College, Northby\n\nDear James Reed,\n\nThank you for your "
        "request. The information is exempt under Section 36(2)(c).\n",
        None,
        "St Jude's College, Northby",
    ),
    (
        # The First-tier Tribunal striking out an appeal about Uppingham Community College
        "the body a tribunal's background says the appellant asked, before the short name it gives it",
        "Simon Reed v The Information Commissioner\n\nFirst-tier Tribunal\n(General Regulatory Chamber)\n\nInformation "
        "Rights\n\nThe Appeal is struck out.\n\nBackground\n\n2.\n\nOn 2 October 2023 the Appellant made a request "
        'for information pursuant to the Freedom of Information Act 2000 ("FOIA") to The Governing Body of Northby '
        'Community College ("NCC"). NCC\'s response was that this information was exempt.\n',
        None,
        "Governing Body of Northby Community College",
    ),
    (
        # The First-tier Tribunal's substituted decision notice on Oxford Spires Academy
        "an organisation line with the term the decision defines for it",
        "Decision: The appeal is allowed.\nSubstituted Decision Notice - IC-179205-F3M4\nOrganisation: Northby Spires "
        "Academy (the School)\nComplainant: Sam Fox\n",
        None,
        "Northby Spires Academy",
    ),
    (
        # The First-tier Tribunal on Shardlow & Great Wilne Parish Council
        "a parish of two places joined by an ampersand, defined by the decision",
        "Appeal Number: EA/2022/0140\nBetween:\nSAM FOX\nAppellant:\nAND\nTHE INFORMATION COMMISSIONER\nRespondent:\n"
        "Date and type of Hearing: 16 May 2024. On the papers.\nPanel: Judge Kennedy and two members.\nDate of "
        "Decision: 28 May 2024.\nResult: The Tribunal dismiss the Appeal.\nREASONS\nIntroduction:\nThe appellant asked "
        "Northby & Great Southby Parish Council (the Council) for its minutes.\n",
        None,
        "Northby & Great Southby Parish Council",
    ),
    (
        # Oxford Direct Services' FOI release page, the company named only in its footer
        "a release page's footer naming whose response it is",
        "FOI release\nFreedom of Information request - Fleet and Fuel type\nCase reference FOI2025/00052\nReceived 2 "
        "September 2025\nRequest\nPlease send me the number of vehicles owned by the council.\nResponse\n1) 339 owned "
        "and 1 leased\nDocuments\nThere are no documents for this release.\nThis is Northby Direct Services' response "
        "to a freedom of information (FOI) or environmental information regulations (EIR) request.\n",
        None,
        "Northby Direct Services",
    ),
    (
        # The First-tier Tribunal's substituted decision on Ellingham, Harbridge and Ibsley Parish Council
        "a parish of three places, its defined term in quotation marks",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nInformation Rights\n\nBetween\n\nSAM FOX\n\nAppellant\n\nand"
        "\n\nTHE INFORMATION COMMISSIONER\n\nRespondent\n\nDecision: The appeal is allowed.\n\nThe Tribunal has "
        "considered the appeal with regard to the request for information made to the council.\n\n    Substituted "
        "Decision Notice\n\n  1. Subject to paragraph 2 below, Northby, Southby and Eastby Parish Council (the "
        '"Council") must disclose all of the information it holds within the scope of the request.\n',
        None,
        "Northby, Southby and Eastby Parish Council",
    ),
    (
        # The First-tier Tribunal on Nocton Parish Council: the parties are the appellant and the Commissioner
        "a tribunal's decision defining the body it is about",
        "Appeal Number: EA/2022/0140\nBetween:\nSAM FOX\nAppellant:\nAND\nTHE INFORMATION COMMISSIONER\nRespondent:\n"
        "Date and type of Hearing: 16 May 2024. On the papers.\nPanel: Judge Kennedy and two members.\nDate of "
        "Decision: 28 May 2024.\nResult: The Tribunal dismiss the Appeal.\nREASONS\nIntroduction:\nThis is an appeal "
        "against the Commissioner's decision notice IC-129568-H6F5 of 8 June 2022 which "
        "held that Northby Parish Council ('the Council') was entitled to rely on section 40(2) of the Freedom of "
        "Information Act 2000 (FOIA) to withhold the requested information.\n",
        None,
        "Northby Parish Council",
    ),
    (
        # Hadlow College's refusal, its name only in its text
        "an uncatalogued college saying it holds the information",
        "25th March 2020\n\nReference number: 17\n\nDear Ms Handley\n\nThank you for your email requesting the "
        "following information:\n\nPlease can you provide me with your total agency spend.\n\nI can confirm that "
        "Northby College holds information relevant to your request.\n\nUnfortunately we are unable to provide you "
        "with this information.\n",
        None,
        "Northby College",
    ),
    (
        # NHS Sheffield Clinical Commissioning Group's log: no greeting, no sign-off, its address block below the
        # answers
        "a catalogued name heading an address block below a reply with no sign-off",
        "FOI Ref: 0027FOI1920\n\n8th May 2019\n\nWe are pleased to respond to your request for information and our "
        "response is set out below:\n\n1. How many hospices do you fund? - 12\n\n2. How many are in the city? - 10\n\n"
        "3. Has the funding changed? - No\n\n4. What is the population size served by your CCG? – 608,376\n\nNHS "
        "Sheffield Clinical Commissioning Group\n\n722 Prince of Wales Road\nS9 4EU\n",
        "nhs-sheffield-clinical-commissioning-group",
        "NHS Sheffield Clinical Commissioning Group",
    ),
    (
        # The First-tier Tribunal's substituted decision on Withernsea Town Council, its parties the appellant and
        # the Commissioner alone
        "a tribunal's substituted decision, a paragraph opening with the body ordered",
        "First-tier Tribunal\nGeneral Regulatory Chamber\n\nBetween\n\nSAM FOX\n\nAppellant\n\nand\n\nTHE "
        "INFORMATION COMMISSIONER\n\nRespondent\n\nSubstitute Decision Notice\n\nNorthby Town Council cannot rely "
        "on section 12(1) of the Freedom of Information Act 2000 to refuse the request.\n\nNorthby Town Council must "
        "within 35 days of the date of promulgation of this Decision either:\n",
        None,
        "Northby Town Council",
    ),
    (
        # WhatDoTheyKnow lists the City of London Corporation by its local authority's name
        "the City of London Corporation as the Common Council",
        "Dear Common Council of the City of London,\n\nHow much has the council spent on political advisers?\n\n"
        "Yours faithfully,\nAnn Lee\n\nCOL-EB-InformationOfficer, Common Council of the City of London\n\n"
        "Dear Ann Lee,\n\nThe City of London (CoL) acknowledges receipt of your request.\n",
        "city-of-london-corporation",
        "City of London Corporation",
    ),
    (
        # The Scottish Information Commissioner's Decision 038/2007 on Communities Scotland, its dash lost
        "a Scottish decision's title, its dash printed as '?'",
        "Home Decisions\n\nDecision 038/2007\n\nDecision 038/2007 ? Mr Sam Fox and Northby Housing Agency\n\n"
        "Information on rent increases\n\nKevin Dunion\nScottish Information Commissioner\n",
        None,
        "Northby Housing Agency",
    ),
    (
        # Decision 045/2007: the applicant a housing co-operative, the body on the line below
        "a Scottish decision's authority line under the applicant's",
        "Decision 045/2007 ? Northby Housing Co-operative Limited and Northby Housing Agency\n\nDocument considered "
        "by the Regulation Board\n\nApplicant: Northby Housing Co-operative Limited\nAuthority: Northby Housing "
        "Agency\nCase No: 200601824\nDecision Date: 08 March 2007\n",
        None,
        "Northby Housing Agency",
    ),
    (
        # An ICO decision notice on the Stafford and Stoke on Trent Partnership NHS Trust, dissolved in 2019
        "an uncatalogued trust whose name joins a place with 'on', after the article",
        "19 November 2015, Health (NHS)\nThe complainant has requested a report about the care file of a relative. "
        "The Northby and Stoke on Sea Partnership NHS Trust ('the Trust') has refused to comply with the request "
        "which it says is vexatious under section 14 of the FOIA.\n",
        None,
        "Northby and Stoke on Sea Partnership NHS Trust",
    ),
    (
        # A WhatDoTheyKnow thread's title asks about a governor who works for Islington Council
        "a council in a thread's title, a question, above a request to a school",
        "Mr Sam Fox - Chair of Governors & Head of School Improvement (Islington Council)?\n\nDear Northby Park "
        "Primary School (NPPS) London,\n\n1) Is Mr Fox also employed by Islington Council?\n\nYours faithfully,\n"
        "Ann Lee\n",
        None,
        "Northby Park Primary School",
    ),
    (
        # Its reply pointed the requester to Bury Council twice and signed off with the board's name on a line
        "a greeted board signing its reply, which points to the council",
        "Dear Bury Safeguarding Children Board,\n\nI would like answers to the following points;\n1. Who cuts the "
        "grass?\n\nYours faithfully,\nSam Fox\n\nDear Sam,\nYou may want to send a new request to Bury Council's "
        "freedom of information team.\nThere is more on Bury Council's website:- www.bury.gov.uk\n\nKind Regards\n"
        "Kelly Barnett\nSenior Administrative Support Worker\nBury Safeguarding Children Board\n18-20 St Mary's "
        "Place\nBury\n",
        None,
        "Bury Safeguarding Children Board",
    ),
    (
        "a parish council the catalogue does not know, greeted in a WhatDoTheyKnow request",
        "Dear Ashby Parva Parish Council, Leicestershire,\n\nPlease tell me who cuts the village green.\n\n"
        "Yours faithfully,\nSam Fox\n",
        None,
        "Ashby Parva Parish Council",
    ),
    (
        # An ICO decision notice's heading: the place's name hyphenated, its particles capitalised
        "a parish council the catalogue does not know, its place's name hyphenated",
        "Northby-En-Le-Marsh Parish Council (Local Government): ICO 30 Jun 2021\n\nThe complainant has requested "
        "from Northby-en-le-Marsh Parish Council ('the Council') emails concerning a multi-use games area.\n",
        None,
        "Northby-En-Le-Marsh Parish Council",
    ),
    (
        "a parish council the catalogue does not know, its name joining two places",
        "Dear North Stoke with Thorpe Parish Council,\n\nPlease send me the minutes of your last meeting.\n\n"
        "Yours faithfully,\nSam Fox\n",
        None,
        "North Stoke with Thorpe Parish Council",
    ),
    (
        'a CCG\'s own name with its "and" dropped',
        "Dear Requestor\nFOI Reference Number: 11508-16\nI can confirm on behalf of NHS Birmingham South Central CCG and "
        "in accordance with S.1 (1) of the Freedom of Information Act 2000 (FOIA) that we do hold the information.\n",
        "nhs-birmingham-south-and-central-clinical-commissioning-group",
        "NHS Birmingham South and Central Clinical Commissioning Group",
    ),
    (
        "a letterhead's web-address cell a PDF's layout put under the greeting",
        "Freedom of Information Team\nOur Ref: FOI/2020.544/JM\nDate: 19 August 2020\nPhone: 01622 211900\nDear Ms "
        "Venables\nWeb: www.kentcht.nhs.uk\nRequest for information under the Freedom of Information Act\nThank you "
        "for your email dated 11 August 2020.\n",
        "kent-community-health-nhs-foundation-trust",
        "Kent Community Health NHS Foundation Trust",
    ),
    (
        "a body of any name a WhatDoTheyKnow thread greets and answers from",
        "The request was successful.\n\nDear Northby Legacy Development Corporation,\n\nPlease provide a list of "
        "improvements.\n\nYours faithfully,\n\nRich Pemberton\n\nfoi, Northby Legacy Development Corporation\n\nDear "
        "Mr Pemberton,\n\nI can confirm that we hold the information.\n",
        None,
        "Northby Legacy Development Corporation",
    ),
    (
        "a state-owned bank answering in its own name",
        "BBB Reference: 20-009-1\n2nd June 2020\nDear\nRE: Freedom of Information Request\nThank you for your freedom "
        "of information request received by the British Business Bank on 1st May 2020. We can confirm that the "
        "British Business Bank holds information within the scope of your request.\n",
        "british-business-bank",
        "British Business Bank",
    ),
    (
        "the police chiefs' council by its initials",
        "B. Refusal - 250411 NPCC & 'Vexatious' - s.14 FoIA\n\n11/04/2025 NPCC response - relevant extract:\n\nNPCC "
        "Response:\n\nRefusal notice for your request.\n",
        "national-police-chiefs-council",
        "National Police Chiefs' Council",
    ),
    (
        "a police and crime commissioner since abolished, in its letterhead",
        "Office of the Police and Crime Commissioner for West Yorkshire\nFOI REQUEST 178\n\nDear Sir,\n\nYou made a "
        "request for the following information relating to investigations requested by the WYOPCC.\n",
        "west-yorkshire-police-and-crime-commissioner",
        "West Yorkshire Police and Crime Commissioner",
    ),
    (
        "the company that manages the NHS estate, named in the request it quotes",
        "Date: 14 December 2021\nRef: PSC-74932-L4S6\nYour request\n1. Could you please share a copy of NHS Property "
        "Services invitation for the proposal?\n2. What actions NHS Property Services Ltd had taken?\nOur response "
        "Under section 1 of the Freedom of Information Act, we confirm that we hold the information requested.\n",
        "nhs-property-services",
        "NHS Property Services",
    ),
    (
        "a town council greeted and answering, above the city council it names",
        "Dear Northby Town Council,\n\nIs grounds maintenance contracted out?\n\nYours faithfully,\n\nSteve Wright\n\n"
        "David Croxall @ Northby Town Council, Northby Town Council\n\nDear Mr Wright,\n\nNorthby Town Council has no "
        "responsibility for Grounds Maintenance. In Northby responsibility for Grounds Maintenance rests with Lancaster "
        "City Council. Please direct your request to Lancaster City Council.\n",
        None,
        "Northby Town Council",
    ),
    (
        "an NHS trust's web address in the letterhead",
        letter(head="Our ref: FOI1327\nwww.southernhealth.nhs.uk\n\n"),
        "southern-health-nhs-foundation-trust",
        "Southern Health NHS Foundation Trust",
    ),
    (
        "the letterhead's web address outweighs another body named in the answer",
        # NHS Highland pointing to National Records of Scotland's statistics.
        letter(
            head="Clinical Governance Support Team Assynt House Inverness IV2 3BW www.nhshighland.scot.nhs.uk\n\n",
            body="National Records of Scotland provide an extensive overview of deaths on their website. This "
            "information is accessible through the National Records of Scotland website.",
        ),
        "nhs-highland",
        "NHS Highland",
    ),
    (
        "a police and crime commissioner's email domain",
        letter(head="From: foi@cheshire-pcc.gov.uk\nSent: 4 March 2024\n\n"),
        "office-of-the-police-and-crime-commissioner-for-cheshire",
        "Cheshire Police and Crime Commissioner",
    ),
    (
        "a Scottish regulator's email domain",
        letter(head="From: foi@careinspectorate.com\nSent: 4 March 2024\n\n"),
        "care-inspectorate",
        "Care Inspectorate",
    ),
    (
        "a school's sign-off under an executive assistant's title",
        letter(
            "Catherine Meah\nEA to the Headteacher and Deputy Headteacher\nNorthby Grammar School\nMarlow Hill\n"
            "\nCatherine Meah\nEA to the Headteacher"
        ),
        None,
        "Northby Grammar School",
    ),
    (
        "a police force named as a police service, in its own voice",
        letter(body="The Cleveland Police Service can neither confirm nor deny that it holds any other information.\n"),
        "cleveland-police",
        "Cleveland Police",
    ),
    (
        "a constabulary's brand name: the legal name is reported",
        letter("Avon and Somerset Police"),
        "avon-and-somerset-police",
        "Avon and Somerset Constabulary",
    ),
    (
        "a trust's host written alone in a page title",
        "Disposal of drugs. July 2018 - waht.nhs.uk\n\nFOI 3323\n1. For each imaging system within the Trust: the "
        "site, the manufacturer and the model.\n",
        "worcestershire-acute-hospitals-nhs-trust",
        "Worcestershire Acute Hospitals NHS Trust",
    ),
    (
        "a trust since merged, named as it was when it replied",
        "Ref: FOIA Reference 2011/286\nDate: 9th February 2012\nDear Mr Charlton\nI write further to your request "
        "for information received by the University Hospital of North Staffordshire NHS Trust (the Trust) on the "
        "19th December 2011 as detailed below:\nUHNS Response to FOIA Request\n",
        "university-hospital-of-north-staffordshire-nhs-trust",
        "University Hospital of North Staffordshire NHS Trust",
    ),
    # ---- police and crime commissioners: their offices answer requests of their own, not the force's
    (
        "a police and crime commissioner's sign-off",
        letter("Office of the Police and Crime Commissioner for Gwent"),
        "office-of-the-police-and-crime-commissioner-for-gwent",
        "Gwent Police and Crime Commissioner",
    ),
    (
        "a police, fire and crime commissioner named in the WhatDoTheyKnow way",
        letter("North Yorkshire Police, Fire and Crime Commissioner"),
        "office-of-the-police-fire-and-crime-commissioner-for-north-yorkshire",
        "North Yorkshire Police, Fire and Crime Commissioner",
    ),
    # ---- universities
    ("sign-off names the university", letter("University of Leeds"), "university-of-leeds", "University of Leeds"),
    ("colloquial name", letter("Leeds University"), "university-of-leeds", "University of Leeds"),
    (
        "email domain alone",
        letter(head="From: foi@leeds.ac.uk\nSent: 4 March 2024\n\n"),
        "university-of-leeds",
        "University of Leeds",
    ),
    (
        "bilingual letterhead",
        letter(head="Prifysgol Caerdydd / Cardiff University\nOur ref: FOI-24-001\n\n"),
        "cardiff-university",
        "Cardiff University",
    ),
    ("Welsh name alone", letter("Prifysgol Abertawe"), "swansea-university", "Swansea University"),
    ("The Open University", letter("The Open University"), "the-open-university", "The Open University"),
    (
        "University College London",
        letter("University College London"),
        "university-college-london",
        "University College London",
    ),
    (
        "Scottish university",
        letter("Glasgow Caledonian University"),
        "glasgow-caledonian-university",
        "Glasgow Caledonian University",
    ),
    ("upper-case sign-off", letter("UNIVERSITY OF EDINBURGH"), "university-of-edinburgh", "University of Edinburgh"),
    (
        # a WhatDoTheyKnow request greeting the college by the name the site lists it under
        "a University of London college, not the university",
        letter("Institute of Education, University of London"),
        "institute-of-education-university-of-london",
        "Institute of Education, University of London",
    ),
    (
        # another body's former name inside its own: Nuclear Waste Services was Radioactive Waste Management
        "a committee's name holding another body's former name",
        letter("Committee on Radioactive Waste Management"),
        "committee-on-radioactive-waste-management",
        "Committee on Radioactive Waste Management",
    ),
    ("former name", letter("Wrexham Glyndŵr University"), "wrexham-university", "Wrexham University"),
    (
        "pre-merger name",
        letter("City, University of London"),
        "city-st-georges-university-of-london",
        "City St George's, University of London",
    ),
    (
        "Belfast college, not Twickenham",
        letter("St Mary's University College, Belfast"),
        "st-marys-university-college",
        "St Mary's University College",
    ),
    ("King's College London", letter("King's College London"), "kings-college-london", "King's College London"),
    (
        "a council reply naming universities in its body stays the council's",
        letter(
            "Leeds City Council",
            body="The University of Leeds and Leeds Beckett University run the survey for us; the University of "
            "Leeds holds the results.\n",
        ),
        "leeds-city-council",
        "Leeds City Council",
    ),
    (
        "a council reply referring the requester to a university's FOI address stays the council's",
        letter(
            "Leeds City Council",
            head="From: foi@leeds.gov.uk\n\n",
            body="The University of Leeds holds this data; the University of Leeds can be asked at foi@leeds.ac.uk.\n",
        ),
        "leeds-city-council",
        "Leeds City Council",
    ),
    # ---- NHS trusts whose names begin with a university's
    (
        "Oxford University Hospitals in full",
        letter("Oxford University Hospitals NHS Foundation Trust"),
        "oxford-university-hospitals-nhs-foundation-trust",
        "Oxford University Hospitals NHS Foundation Trust",
    ),
    (
        "Oxford University Hospitals shortened",
        letter("Oxford University Hospitals"),
        "oxford-university-hospitals-nhs-foundation-trust",
        "Oxford University Hospitals NHS Foundation Trust",
    ),
    (
        "a trust named for its hospitals greeted without NHS Trust",
        "Dear University Hospitals Coventry and Warwickshire,\n\nPlease send me your vascular services self-assessment."
        "\n\nYours faithfully,\nSam Fox\n",
        "university-hospitals-coventry-and-warwickshire-nhs-trust",
        "University Hospitals Coventry and Warwickshire NHS Trust",
    ),
    (
        "Manchester University NHS Foundation Trust",
        letter("Manchester University NHS Foundation Trust"),
        "manchester-university-nhs-foundation-trust",
        "Manchester University NHS Foundation Trust",
    ),
    (
        "King's College Hospital",
        letter("King's College Hospital NHS Foundation Trust"),
        "kings-college-hospital-nhs-foundation-trust",
        "King's College Hospital NHS Foundation Trust",
    ),
    # ---- national park authorities
    (
        "national park authority",
        letter("Peak District National Park Authority"),
        "peak-district-national-park-authority",
        "Peak District National Park Authority",
    ),
    ("Broads Authority", letter("Broads Authority"), "broads-authority", "Broads Authority"),
    (
        "park renamed in Welsh",
        letter("Brecon Beacons National Park Authority"),
        "bannau-brycheiniog-national-park-authority",
        "Bannau Brycheiniog National Park Authority",
    ),
    # ---- legislatures
    (
        "Scottish Parliament",
        letter("Scottish Parliamentary Corporate Body"),
        "scottish-parliament",
        "Scottish Parliament",
    ),
    ("Senedd", letter("Senedd Cymru / Welsh Parliament"), "senedd-cymru", "Senedd Cymru"),
    (
        "a Northern Ireland education and library board, spelt with WhatDoTheyKnow's hyphen",
        letter("South-Eastern Education and Library Board (Northern Ireland)"),
        "south-eastern-education-and-library-board",
        "South Eastern Education and Library Board",
    ),
    (
        "Scottish Funding Council by its name in law",
        letter("Scottish Further and Higher Education Funding Council"),
        "scottish-funding-council",
        "Scottish Funding Council",
    ),
    (
        "Northern Ireland Assembly",
        letter("Northern Ireland Assembly"),
        "northern-ireland-assembly",
        "Northern Ireland Assembly",
    ),
    ("House of Commons", letter("House of Commons"), "house-of-commons", "House of Commons"),
    # ---- audit bodies
    ("National Audit Office", letter("National Audit Office"), "national-audit-office", "National Audit Office"),
    ("Audit Scotland", letter("Audit Scotland"), "audit-scotland", "Audit Scotland"),
    ("Audit Wales in Welsh", letter("Archwilio Cymru"), "audit-wales", "Audit Wales"),
    (
        "Northern Ireland Audit Office",
        letter("Northern Ireland Audit Office"),
        "northern-ireland-audit-office",
        "Northern Ireland Audit Office",
    ),
    # ---- other bodies
    ("Bank of England", letter("Bank of England"), "bank-of-england", "Bank of England"),
    ("Social Work England", letter("Social Work England"), "social-work-england", "Social Work England"),
    ("NI Water", letter("NI Water"), "northern-ireland-water", "Northern Ireland Water"),
    (
        "Education Authority by its email domain",
        letter("Education Authority", head="From: foi@eani.org.uk\n\n"),
        "education-authority-northern-ireland",
        "Education Authority (Northern Ireland)",
    ),
    (
        "Transport for Greater Manchester",
        letter("Transport for Greater Manchester"),
        "transport-for-greater-manchester",
        "Transport for Greater Manchester",
    ),
    (
        "Forestry and Land Scotland",
        letter("Forestry and Land Scotland"),
        "forestry-and-land-scotland",
        "Forestry and Land Scotland",
    ),
    ("Sport Wales", letter("Chwaraeon Cymru"), "sport-wales", "Sport Wales"),
    ("Royal Mint", letter("The Royal Mint"), "royal-mint", "The Royal Mint"),
    ("Lothian Pension Fund", letter("Lothian Pension Fund"), "lothian-pension-fund", "Lothian Pension Fund"),
    # ---- councils
    (
        "a London borough as an ICO decision notice prints it",
        "Reference: FER0449366\n\nEnvironmental Information Regulations 2004 (EIR) Decision notice\n\n"
        "Date: 27 September 2012\n\nPublic Authority: Borough of Waltham Forest Address: Town Hall Forest Road\n",
        "london-borough-of-waltham-forest",
        "London Borough of Waltham Forest",
    ),
    # ---- the body named once, as the subject of what the reply says
    (
        "the reply's own statement",
        letter(
            body="The Commission has considered your request.\n\nI can confirm Welsh Government holds information "
            "of this description.\n"
        ),
        "welsh-government",
        "Welsh Government",
    ),
    (
        "received by the body, written with an ampersand",
        letter(
            body="Thank you for your request, which was received by the Northern Health & Social Care Trust on 7 "
            "January 2014.\n"
        ),
        "northern-health-and-social-care-trust",
        "Northern Health and Social Care Trust",
    ),
    (
        "a Scottish board by the name WhatDoTheyKnow gives it",
        "Dear Lothian NHS Board,\n\nPlease send me your parking policy.\n\nYours faithfully,\nA Reader\n",
        "nhs-lothian",
        "NHS Lothian",
    ),
    (
        "a metropolitan borough by its own email's name for itself",
        letter(body="Wirral Borough Council do not electronically record this information.\n"),
        "wirral-council",
        "Wirral Metropolitan Borough Council",
    ),
    (
        "equal evidence goes to the body named first",
        "Provision of information held by Northumbria Police made under the Freedom of Information Act 2000\n"
        "You asked:\nSection 107 of the Digital Economy Act grants police forces and the National Crime Agency the "
        "right to apply to the courts.\n",
        "northumbria-police",
        "Northumbria Police",
    ),
    (
        "the body's name with its abbreviation, then its own verb",
        letter(
            body="The number of complaints the Parliamentary and Health Service Ombudsman (PHSO) has received "
            "about the Land Registry is set out below.\n"
        ),
        "parliamentary-and-health-service-ombudsman",
        "Parliamentary and Health Service Ombudsman",
    ),
    (
        "the body's abbreviation once, as the subject of the reply's statement",
        "FOI Ref: FOI 2021/3258\n\nYou asked\n\nI would like to request raw data from the Census 2021.\n\nWe said\n\n"
        "Thank you for your request.\n\nUnfortunately, ONS is unable to provide you with raw Census 2021 data as it "
        "is considered personal information.\n",
        "office-for-national-statistics",
        "Office for National Statistics",
    ),
    (
        "a body's plural verb",
        letter(body="Cheshire Fire and Rescue Service have recently changed supplier.\n"),
        "cheshire-fire-and-rescue-service",
        "Cheshire Fire and Rescue Service",
    ),
    # ---- other public bodies (patterns/authorities/other_bodies.yaml)
    ("a national museum", letter("Royal Armouries"), "royal-armouries", "Royal Armouries"),
    ("a passenger transport executive", letter("Merseytravel"), "merseytravel", "Merseytravel"),
    (
        "an integration joint board by its partnership's name",
        letter("West Dunbartonshire Health and Social Care Partnership"),
        "west-dunbartonshire-integration-joint-board",
        "West Dunbartonshire Integration Joint Board",
    ),
    (
        "a regulator answering for itself",
        letter(
            body="Thank you for your request for information held by the Civil Aviation Authority (CAA). The CAA "
            "holds emails with NATS.\n"
        ),
        "civil-aviation-authority",
        "Civil Aviation Authority",
    ),
    (
        "the body's website in the letterhead",
        letter(head="Legal & Governance\nLoxley House\nStation Street\nwww.nottinghamcity.gov.uk\n09 August 2021\n\n"),
        "nottingham-city-council",
        "Nottingham City Council",
    ),
    (
        "a professional regulator",
        letter("General Teaching Council for Scotland"),
        "general-teaching-council-for-scotland",
        "General Teaching Council for Scotland",
    ),
    (
        "an agency since merged",
        letter("Vehicle and Operator Services Agency"),
        "vehicle-and-operator-services-agency",
        "Vehicle and Operator Services Agency",
    ),
    (
        "a regulator signing with its brand goes by its statutory name",
        letter("Ofqual"),
        "ofqual",
        "Office of Qualifications and Examinations Regulation",
    ),
    (
        "a regulator known by its email domain",
        letter(head="From: foi@ofcom.org.uk\nSent: 4 March 2024\n\n"),
        "ofcom",
        "Office of Communications",
    ),
    (
        "a publicly owned train operator named in the reply's first sentence",
        letter(
            body="I am writing in response to your email which was received by London North Eastern Railway (LNER) "
            "on 24/07/2023. LNER has considered your request.\n"
        ),
        "london-north-eastern-railway",
        "London North Eastern Railway",
    ),
    (
        "a train operator by its legal name",
        letter("Northern Trains Limited"),
        "northern-trains",
        "Northern Trains Limited",
    ),
    (
        "an NHS foundation trust written without NHS, heading its disclosure log",
        "Salisbury Foundation Trust\n\nFOI_9131\n\nInternal Reference Number: FOI_9131\n\nDate Request Received: "
        "06/01/2026 00:00:00\n\nDate Request Replied To: 03/02/2026 00:00:00\n\nThis response was sent via: By Email\n\n"
        "Request Summary: IT Clinical Systems: Salisbury NHS Foundation Trust\n\nRequest Category: Companies\n\n"
        "Question Number 1:\nWhich EPR do you use?\n",
        "salisbury-nhs-foundation-trust",
        "Salisbury NHS Foundation Trust",
    ),
    # ---- names the catalogue does not know, kept as written
    ("unknown university", letter("University of Buckingham"), None, "University of Buckingham"),
    ("unknown X University", letter("Anytown University"), None, "Anytown University"),
    (
        "an academy trust greeted in the request its reply quotes",
        "2nd March 2018\nOur Ref: R17180025\nDear Mr Loader\nWe are responding to your information request.\n"
        "You asked:\nDear Northby Vale Academies Trust,\nWhich newspapers did the organisation procure?\n"
        "The Trust did not purchase any newspapers during 16/17.\n",
        None,
        "Northby Vale Academies Trust",
    ),
    ("unknown multi-academy trust", letter("Northby Learning Trust"), None, "Northby Learning Trust"),
    (
        "a college greeted first in a WhatDoTheyKnow body name that lists its academy trust too",
        "Dear Northby Enterprise College, An Ormiston Academy, Northby,\n\nPlease send me the governors' register.\n\n"
        "Yours faithfully,\nGary\n",
        None,
        "Northby Enterprise College",
    ),
    (
        "a college of a collegiate university with its city",
        "Dear Northby College, Oxford,\n\nUnder Section 1 of the Freedom of Information Act, please send me the "
        "admissions statistics.\n\nYours faithfully,\nB Marsden\n",
        None,
        "Northby College, Oxford",
    ),
    (
        "a tribunal's second respondent, in the paragraph naming the Commissioner",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nInformation Rights\nDecision Given On: 24 January 2025\n\n"
        "Between:\nIAN SMITH\nAppellant\n- and -\n\n(1) THE INFORMATION COMMISSIONER\n(2) THANET DISTRICT COUNCIL\n"
        "Respondents\n\nDecision: The appeal is Dismissed.\n",
        "thanet-district-council",
        "Thanet District Council",
    ),
    (
        # a First-tier Tribunal decision on BAILII, the respondents on one line: HMRC "is added as 3rd Respondent"
        "the respondent beside the Commissioner, not one numbered after it joined to the appeal",
        "General Regulatory Chamber\nInformation Rights\nFurther Consideration On: 23 October 2024 |\n||\nB e f o r e "
        ":\nTRIBUNAL MEMBER SMITH\nTRIBUNAL MEMBER JONES\n____________________\nCHRISTOPHER SMITH |\nAppellant |\n"
        "|\n- and - |\n||\n(1) THE "
        "INFORMATION COMMISSIONER (2) VALUATION OFFICE AGENCY (3) HIS MAJESTY'S REVENUE AND CUSTOMS |\nRespondents |"
        "\n____________________\n____________________\nCrown Copyright ©\nThe Appeal was decided without a hearing "
        "as agreed by the parties and allowed by the Tribunal by rule 32(1).\nDecision:\n1. His Majesty's Revenue and Customs is added as 3rd Respondent to the Appeal\n2. The Appeal is "
        "Dismissed\nThe VOA is an Executive Agency of HMRC, and its staff are officers of HMRC.\n",
        "valuation-office-agency",
        "Valuation Office Agency",
    ),
    (
        "a staff association made a public authority, the body an ICO summary says was asked",
        # the Police Federation of England and Wales on swarb.co.uk, the force it negotiated with named after it
        "Police Federation of England and Wales (Police and Criminal Justice): ICO 8 Mar 2021\n\nThe complainant has "
        "requested from the Police Federation of England and Wales (the Federation) information about negotiations "
        "between its representatives and Surrey Police, on the issue of over-claimed rest days in lieu (RDIL).\n",
        "police-federation-of-england-and-wales",
        "Police Federation of England and Wales",
    ),
    (
        "a body the catalogue does not know that an ICO summary says was asked, before a force it knows",
        "Northby Staff Federation (Police and Criminal Justice): ICO 8 Mar 2021\n\nThe complainant has requested from "
        "the Northby Staff Federation (the Federation) information about negotiations between its representatives and "
        "Surrey Police, on the issue of rest days. The Commissioner's decision is that the Federation was entitled to "
        "apply section 36.\n",
        None,
        "Northby Staff Federation",
    ),
    (
        "the body a tribunal's substituted decision orders, once",
        "First-tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nDecision given on: 12 June 2025\n\n"
        "Between:\nMARTIN SMITH\nAppellant\n- and -\nTHE INFORMATION COMMISSIONER\nRespondent\n\nRepresentation:\n"
        "For the Appellant: unrepresented\n\nDecision:\nThe appeal is Allowed in part.\n\nSubstituted Decision:\n"
        "Brighton & Hove City Council must, within 35 days of promulgation of this judgment, inform the Appellant in "
        "writing whether it holds the information.\n",
        "brighton-and-hove-city-council",
        "Brighton & Hove City Council",
    ),
    (
        # The National Archives' Find Case Law copy of a First-tier Tribunal decision on Potto Parish Council
        "a tribunal's numbered respondents, their role 'Respondent(s)'",
        "First-tier Tribunal\nGeneral Regulatory Chamber\n\nBetween\n\nJOHN SMITH\n\nAppellant\n\nand\n\n(1) "
        "INFORMATION COMMISSIONER\n\n(2) NORTHBY PARISH COUNCIL\n\nRespondent(s)\n\nDecision: The appeal is "
        "Dismissed\n",
        None,
        "Northby Parish Council",
    ),
    (
        # The First-tier Tribunal on Merevalley Federation, a federation of schools: its parties the appellant and the
        # Commissioner alone
        "the body a tribunal's substituted decision notice orders, the catalogue not knowing it",
        "First-tier Tribunal\nGeneral Regulatory Chamber\n\nBetween\n\nT\n\nAppellant\n\nand\n\nTHE INFORMATION "
        "COMMISSIONER\n\nRespondent\n\nDecisions\n\n1. The Appeal is allowed\n\nSubstituted Decision Notice:\n\n"
        "Northby Federation shall, within 30 days of the delivery of this Decision to them, respond to the request "
        "for information made by T on 21 April 2023 without reliance on section 14(1) Freedom of Information Act "
        "2000.\n",
        None,
        "Northby Federation",
    ),
    (
        # The First-tier Tribunal on the Woodroyd Medical Practice, the Commissioner its only respondent
        "the GP practice a tribunal orders to respond, the deadline before it",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nBetween:\nJOHN SMITH\nAppellant\n- and -\nTHE "
        "INFORMATION COMMISSIONER\nRespondent\nDecision: The appeal is allowed.\nResult: A Substituted Decision:\nThe "
        "Tribunal hereby orders that within 35 days of the date of the promulgation of this Judgment, the Northby "
        "Medical Practice, which is a part of the Northby Partnership, the P.A. herein, should issue a fresh response "
        "to the Appellants Request dated 13 June 2022, which does not rely on section 14(1) FOIA.\n",
        None,
        "Northby Medical Practice",
    ),
    (
        # The First-tier Tribunal on the Judicial Appointments Commission (BAILII): each party's number after its name
        "a tribunal's respondents numbered after their names",
        "First-tier Tribunal\nBetween:\nPROFESSOR JOHN SMITH\nAppellant\n- and -\n\nTHE INFORMATION COMMISSIONER (1)\n"
        "THE NORTHBY APPOINTMENTS BOARD (2)\nRespondents\n\nDecision: The Appeals are allowed in part.\n",
        None,
        "Northby Appointments Board",
    ),
    (
        "a tribunal's additional party the catalogue does not know",
        "Information Tribunal\nAppeal Number: EA/2006/0018\nBetween\nMr Richard Smith Appellant\nAnd\nThe "
        "Information Commissioner Respondent\nAnd\nNorthby Parva Parish Council Additional Party\n",
        None,
        "Northby Parva Parish Council",
    ),
    (
        # BAILII's copy of the Information Tribunal's decision of 2007 on the General Register Office
        "a tribunal's additional party, its name broken over two lines after its article",
        "Information Tribunal\nAppeal Number: EA/2006/0030\nBetween\nS\nAppellant\nAnd\nInformation Commissioner\n"
        "Respondent\nAnd\nThe Northby Register\nOffice\nAdditional Party\nDecision\nThe Tribunal upholds the decision "
        "notice.\n",
        None,
        "Northby Register Office",
    ),
    (
        # BAILII's copy of a First-tier Tribunal decision on Egerton Parish Council: blank lines between the parties
        "a tribunal's second respondent, its role after a blank line",
        "First-tier Tribunal\n\nBetween\n\njonathan smith\n\nAppellant\nand\n\nTHE INFORMATION COMMISSIONER\n\n"
        "Respondent\nand\n\nNORTHBY PARISH COUNCIL\n\nSecond Respondent\n\nDecision: The appeal is allowed.\n",
        None,
        "Northby Parish Council",
    ),
    (
        # a WhatDoTheyKnow thread of 2017: the site's sender lines carry the trust's name since 2019, its officer signs
        # with the name it had then
        "a renamed body signing its old name under the site's sender line in its new one",
        "Dear Lancashire Care NHS Foundation Trust,\n\nI am writing to request the number of patients admitted.\n\n"
        "Yours faithfully,\n\nJack Goodman\n\nFreedom Of Information Requests (LCFT), Lancashire & South Cumbria NHS "
        "Foundation Trust\n\nDear Jack\n\nThank you for your enquiry. You will be sent a response within twenty "
        "working days.\n\nSue Stone\nInformation Governance Specialist\nLancashire Care NHS Foundation Trust\n",
        "lancashire-and-south-cumbria-nhs-foundation-trust",
        "Lancashire Care NHS Foundation Trust",
    ),
    (
        # a First-tier Tribunal's substituted decision notice heads the body as "Organisation:" above the complainant
        "a substituted decision notice's organisation",
        "First-tier Tribunal\nDecision: The appeal is allowed in part.\nSubstituted Decision Notice:\nOrganisation: The "
        "Governing Body of Northby High School\nComplainant: Mr James Smith\n",
        None,
        "Governing Body of Northby High School",
    ),
    (
        # Ilminster Town Council's disclosure-log page: "the Town Council meeting" names a kind of council, and the
        # council's own name stands in the log's first entry
        "a town council's kind alone is no name",
        "Freedom of Information\n\nThe revised scheme was adopted at the Town Council meeting of 19th August 2014.\n\n"
        "Log No Date of Request Request subject and Text of request Response\n27 3 July 2020 Northby Town Council paid "
        "the planning application fee on behalf of a group.\n",
        None,
        "Northby Town Council",
    ),
    (
        # Hertfordshire Constabulary's letter from the joint headquarters it shares: its name only in the police
        # forces' neither-confirm-nor-deny formula
        "a force named only in its neither-confirm-nor-deny formula",
        "Information Rights Police Headquarters, Woburn Road, MK43 9AX\n\n9th August 2018\n\nOur Ref: FOI2018/03793\n\n"
        "I write in connection with your request for information received on 12th July. I note you seek access to the "
        "following information:\n\nThis is a freedom of information request for the total expenditure incurred by "
        "your force on purchasing unmarked vehicles.\n\nI am required by the Freedom of Information Act 2000 to "
        "handle all requests in a manner that is blind to the identity of the requestor.\n\nResponse \u2013 "
        "Hertfordshire Constabulary neither confirms nor denies that it holds information as the duty in Section "
        "1(1)(a) of the Freedom of Information Act 2000 does not apply.\n",
        "hertfordshire-constabulary",
        "Hertfordshire Constabulary",
    ),
    (
        # Scottish Borders Council's log: its name only where the reply says what kind of council it is
        "a council named only where it says what kind of council it is",
        "Council Housing Repairs - Freedom of information requests\n\nTitle or Description\nCouncil Housing R"
        "epairs\nFOI Number\n15376\nDate Received\n25/06/2021\nType of Request\nFOI\nRequest or Question\nI a"
        "m writing to you under the Freedom of Information Act to request the following information:1. 2. \n3"
        ". I would like you to confirm what repairs to council housing the council would define as falling\n4"
        '.  into "urgent" and "emergency" categories. If you have a document or list outlining what kind '
        "of repairs fall into these two categories, I would like you to provide me with a copy.\n5. \n\n\n* I"
        'f the council does not have its own definitions for "urgent" and "emergency" repairs, I would\n*'
        '  appreciate you outlining how the council decides what constitutes an "emergency" or "urgent" r'
        "epair.\n\n\n\n* Alternatively, if the council uses other definitions for repairs of varying urgency,"
        ' I would appreciate\n*  you providing me with details of these.\n\n2. \n3. \n4. For both the "urgen'
        't" and "emergency" repair categories, I would like you to provide me with the\n5.  council\'s targ'
        "et time window (in days, or where shorter, in hours) for delivering the repair.\n6. \nI would like t"
        "he data returned in a spreadsheet format preferably, but if this is not possible a word document is "
        "fine.\nResponse\nScottish Borders Council is a post stock transfer Council having successfully compl"
        "eted the large scale voluntary stock transfer of all its Council housing stock on 3 March 2003. \n\n",
        "scottish-borders-council",
        "Scottish Borders Council",
    ),
    (
        # HS2's reply, writing of itself as "HS2 Ltd": the record keeps the company's full name
        "a company writing of itself by its short name",
        "18 October 2018\nDear Mr Amis\nFOI18-2114\nThank you for your information request of 21 September.\nI can "
        "confirm that HS2 Ltd holds the information that you have requested.\n",
        "hs2-ltd",
        "High Speed Two (HS2) Limited",
    ),
    (
        # an ICO decision summary of the time on NHS London, one of England's strategic health authorities (2006-2013)
        "a strategic health authority a decision summary names",
        "Summary: The complainant made a request to NHS London for a copy of a report into a serious untoward incident. "
        "NHS London confirmed that it held a copy of the report, but refused to disclose it as it was exempt under "
        "section 41.\n",
        "nhs-london",
        "NHS London",
    ),
    (
        # Somerset County Council's letter (renamed Somerset Council in 2023), naming itself once as the body asked
        "the body asked, named once in the reply's opening",
        "Date of response: 01/05/2014\nTony Morris\nDear Mr Morris,\nI am writing in respect of your recent request for "
        "information from Somerset County Council, which has been dealt with under the provisions of the Freedom of "
        "Information Act 2000.\n",
        "somerset-council",
        "Somerset County Council",
    ),
    (
        # a Scottish Government release page: the agency named once, in the gov.scot template's "does not have" line
        "a Scottish executive agency in the release template's own voice",
        "Information regarding Remedial Service Statements (RSS): FOI release\n- FOI reference\n- FOI/202500453137\n"
        "Information requested\n1. The number of RSS's completed on a weekly basis by SPPA staff.\nResponse\n1. While "
        "our aim is to provide information whenever possible, in this instance the Scottish Public Pensions Agency "
        "does not have this information, as bulk issuing has not yet commenced.\n",
        "scottish-public-pensions-agency",
        "Scottish Public Pensions Agency",
    ),
    (
        # a primary care trust (2006-2013) naming itself once, then as "the Trust"
        "a primary care trust named once and calling itself the Trust",
        "Dear Mr Cousins\n\nYour request for information has been considered by Worcestershire Primary Care Trust. "
        "The Trust is a commissioning-only organisation and does not manage any hospitals.\n\nYours sincerely\n",
        "worcestershire-primary-care-trust",
        "Worcestershire Primary Care Trust",
    ),
    (
        # the board's letter, its name once in its own voice: "<name>'s (ICB) response is set out below"
        "the body calling the response its own, named once",
        "Our ref: SF/sb\nDate: 6 September 2022\nDear Harper\nI am writing further to your request made under the "
        "Freedom of Information Act 2000 received on 15 August 2022.  NHS Cambridgeshire and Peterborough Integrated "
        "Care Board's (ICB) response is set out below:\nDo you have a policy?\nNot applicable.\n",
        "nhs-cambridgeshire-and-peterborough-integrated-care-board",
        "NHS Cambridgeshire and Peterborough Integrated Care Board",
    ),
    (
        # Warwickshire Police's disclosure log, its name once, before "response set out below" with no possessive;
        # the page's banner lines above keep it out of the header
        "the body's response set out below, named once without a possessive",
        "This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few "
        "weeks. Your feedback helps us make things better, so please let us know what you think.\nFREEDOM OF "
        "INFORMATION REQUEST REFERENCE NO: 408-2024\nI write in connection with your request for information which "
        "was received on 22nd March 2024 as follows:\nQ1. Can you provide details of any discussions you or your "
        "office had with the Police and Crime Commissioner on or off the record, about the Warwickshire Hunt, within "
        "three months of:\nWhen the CPN was first issued in 2022?\nWhen the Protocol was agreed in 2023?\nWhen there "
        "was an alleged fox kill in October 2023?\nQ2. Who rescinded the CPN relating to December 2022 and who was "
        "involved in making this decision?\nQ3. Can you please provide me with copies of the reports produced by the "
        "rural crime team:\nWhich led to the CPN first being issued?\nFollowing the alleged fox kill in October "
        "2023?\nQ4. Have any other protocols been agreed during your tenure as Chief Constable?\nPlease find the "
        "Warwickshire Police response set out below.\nQ1 response: No information held.\nQ2 response: This was dealt "
        "with by our Legal Services Department and was signed off at Chief Officer level.\n",
        "warwickshire-police",
        "Warwickshire Police",
    ),
    (
        # the Surveillance Camera Commissioner's GOV.UK release of 2018, before the office was joined with the
        # Biometrics Commissioner's in 2021: the record keeps the name it wrote under
        "a commissioner under the title it had before two offices were joined",
        "FOI release\n\nOur reference: SCC/FOI/02/18/KS\n\nDear [redacted]\n\nI write in response to your letter. "
        "Please be aware that the correct email address of the Surveillance Camera Commissioner is scc@example.org."
        "\n\nAs Surveillance Camera Commissioner I have authority to regulate the use of surveillance camera systems "
        "by relevant authorities.\n",
        "biometrics-and-surveillance-camera-commissioner",
        "Surveillance Camera Commissioner",
    ),
    (
        # a WhatDoTheyKnow attachment from Glasgow Life, a council's leisure and culture trust designated under FOISA
        "a Scottish leisure trust by its trading name beside its legal one",
        "Our Ref: GL051\n21 December 2020\nDear Mr Weston,\nREQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT "
        "2002\nCulture & Sport Glasgow (trading as Glasgow Life) is treating your request as a request for information "
        "under the Freedom of Information (Scotland) Act 2002.\nIf you are dissatisfied with the way Glasgow Life has "
        "dealt with your request you are entitled to require Glasgow Life to review its decision.\n",
        "glasgow-life",
        "Glasgow Life",
    ),
    (
        # a First-tier Tribunal decision on the Lincolnshire Consortium of Grammar Schools: the Commissioner is the
        # first respondent, the body the second, both in capitals with their article
        "a tribunal's second respondent under its first",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nBetween\nJAMES SMITH\nAppellant\nand\nTHE INFORMATION "
        "COMMISSIONER\nFirst Respondent\nTHE NORTHBY CONSORTIUM OF GRAMMAR SCHOOLS\nSecond Respondent\n"
        "Decision: The appeal is Allowed.\n",
        None,
        "Northby Consortium of Grammar Schools",
    ),
    (
        # the Scottish Information Commissioner's decision on Tayside Fire and Rescue Board (abolished in 2013)
        "a body the catalogue does not know in a Scottish decision's title",
        "Home Decisions\n\nDecision 194/2012\n\nDecision 194/2012 Mr William Cordiner and Northby Fire and Rescue "
        "Board\n\nFailure to respond to request and requirement for review\n\nReference No: 201201447\n",
        None,
        "Northby Fire and Rescue Board",
    ),
    (
        # the Scottish Information Commissioner's Decision 065/2008, its applicant named without a title
        "a college named after its board of management",
        "Home Decisions\n\nDecision 065/2008 Martin Wilson and the Board of Management of Northby College\n\nSummary"
        "\n\nMr Wilson made 21 requests for information from the Board of Management of Northby College (the College)."
        "\n",
        None,
        "Northby College",
    ),
    (
        # the First-tier Tribunal on an appeal by Monkton Combe Parish Council, the requester joined as a respondent
        "a body that appeals, the requester the second respondent",
        "Case Reference: EA/2022/0254\n\nFirst-tier Tribunal\nGeneral Regulatory Chamber\n\nBetween\n\nNORTHBY "
        "PARISH COUNCIL\n\nAppellant\n\nand\n\nTHE INFORMATION COMMISSIONER\n\nRespondent\n\nAnd\n\nPATRICK "
        "BUNTON\n\nSecond Respondent\n\n DECISION\n\n1.\n\nThe appeal is dismissed.\n",
        None,
        "Northby Parish Council",
    ),
    (
        # the Department for Constitutional Affairs' reply of 2005 on the Statute Law Database contracts (the
        # department was abolished in 2007; patterns/authorities/central_government.yaml)
        "a department of the Act's first years named by its abbreviation",
        "Re: Request for Information under the Freedom of Information Act 2000\n\n1. Contracts and associated "
        "information between the DCA and Computacenter (UK) related to their provision of an improved Statute Law "
        "Database.\n\nThere are two relevant contracts. Disclosure would be likely to prejudice the commercial "
        "interests of the supplier and also those of DCA in its position as a potential purchaser.\n",
        "department-for-constitutional-affairs",
        "Department for Constitutional Affairs",
    ),
    (
        # a WhatDoTheyKnow thread to Wyre Borough Council (2008): its title names the body the request is about
        "a thread's title over the site's status line is the request's subject",
        "Local Government Ombudsman\n\nThe request was successful.\n\nDear Sir or Madam,\n\nI would like to know, a) how "
        "many findings of maladministration the local government ombudsman has made against your council.\n\nYours "
        "faithfully,\n\nA Johnson (Mrs)\n\nBedford, Colin,\n\nDear Mrs Johnson\n\nRe: - Local Government Ombudsman\n\n"
        "Wyre Borough Council holds some of the information you require. This is as follows:-\n\na) 3\n\nYours "
        "faithfully\nColin Bedford\nLegal Services\nWyre Borough Council\nCivic Centre\n",
        "wyre-council",
        "Wyre Borough Council",
    ),
    (
        # West Lancashire's reply of 2008 on WhatDoTheyKnow, signed before the council took its borough title
        "a council's former title in its signature",
        letter("Gary Martin\nMember Services Manager\nWest Lancashire District Council\nwww.westlancsdc.gov.uk"),
        "west-lancashire-borough-council",
        "West Lancashire District Council",
    ),
    (
        # a WhatDoTheyKnow thread to Breckland Council, named throughout by its legal title
        "a council known by its brand, its legal title the text uses",
        "Robert Whittaker made this Freedom of Information request to Breckland District Council\n\nDear Breckland "
        "District Council,\n\nPlease send me the air quality data.\n\nYours faithfully,\n\nRobert Whittaker\n\n"
        "Feedback-Data, Breckland District Council\n\nDear Mr Whittaker,\n\nPlease find the information you requested "
        "attached.\n\nFreedom of Information Team\nW: www.breckland.gov.uk\n",
        "breckland-council",
        "Breckland District Council",
    ),
    (
        # a WhatDoTheyKnow thread to Newcastle City Council, named by its legal title in the greeting and sender lines
        "a city council known by its brand, its legal title the text uses",
        "Dear Newcastle upon Tyne City Council,\n\nQuestion 1\nDoes your Council have a document on exempt "
        "information?\n\nYours faithfully,\n\nEllis Evans\n\nFreedom Of Information Requests Mailbox, Newcastle "
        "upon Tyne City Council\n\nAcknowledgement: FOI 15631\n\nThank you for your request for information.\n",
        "newcastle-city-council",
        "Newcastle upon Tyne City Council",
    ),
    (
        # a trust's letter of 2018, before "Teaching Hospitals" joined its name in 2020
        "a trust's name before its rename",
        "Ref: FOI2018/4458\n\n16th February 2018\n\nWe are now pleased to respond to your request for information "
        "under the FOI Act.\n\n1. How many hospitals have a policy regarding the use of messaging apps?\n\n"
        "Wrightington, Wigan and Leigh NHS Foundation Trust covers the following hospitals:\n",
        "wrightington-wigan-and-leigh-teaching-hospitals-nhs-foundation-trust",
        "Wrightington, Wigan and Leigh NHS Foundation Trust",
    ),
    (
        # a WhatDoTheyKnow request to the Technology Strategy Board (Innovate UK from 2014), its acknowledgement signed
        # with the body's initials only
        "an abolished innovation agency the request greets",
        "Dear Technology Strategy Board,\n\nPlease send me the number of applicants to this competition.\n\nYours "
        "faithfully,\n\nJulian Todd\n\nRavinder Singh (TSB),\n\nDear Mr Todd,\n\nThank you for your request for "
        "information which we received today.\n",
        "technology-strategy-board",
        "Technology Strategy Board",
    ),
    (
        # Allerdale Borough Council's monthly disclosure log: the council never named, its site linked in an answer
        "a council's own link in an answer, no body named",
        "Disclosure log - January 2013\n\nThe requests received under the Freedom of Information Act during the month, "
        "and the responses made are below.\n\nRef Topic Request and response\nF13/001 Neighbour forums\n\n(a) Please "
        "provide the names of any groups that have applied to become a neighbourhood forum. Response: None (b) Please "
        "provide the names of any groups that have been designated neighbourhood forums. Response: None (c) Please "
        "state which neighbourhood areas they will cover. Response: N/A (d) Please provide the names of any parish or "
        "town councils that have applied. Response: Cockermouth Town Council. Further information and contact details "
        "can be found at: http://www.allerdale.gov.uk/planning-and-buildings/planning/neighbourhood-planning.aspx\n",
        "allerdale-borough-council",
        "Allerdale Borough Council",
    ),
    (
        # Thurrock Council's disclosure log: a unitary authority is a council too, its site linked in an answer
        "a unitary council's own link in an answer, no body named",
        "Freedom of information response\n\nAgency staff\n\nPublication date:\nFriday 18 September 2020\nRequest:\n\n"
        "1. How much did the council spend on agency staff in 2019/20?\n\nResponse:\n\n1. The council's spending is "
        "published at https://www.thurrock.gov.uk/what-we-spend/agency-spending\n",
        "thurrock-council",
        "Thurrock Council",
    ),
    (
        # A request on Wokingham Borough Council's log citing the Department for Transport as its source
        "a body the request cites as its source is not the one asked",
        "Real Time Passenger Information provision\n\nI understand from the Department for Transport (DfT) that each "
        "council must report on bus stops.\n\n1. How many bus stops have displays?\n\n40\n\nFor further information see "
        "www.wokingham.gov.uk/buses\n",
        "wokingham-borough-council",
        "Wokingham Borough Council",
    ),
    (
        # An ICO decision notice naming the trust without its "of"
        "a trust's name printed without its 'of'",
        "Decision notice\n\nPublic Authority: University Hospitals Leicester NHS Trust\n\nThe complainant requested "
        "information about a complaint. The Commissioner's decision is that the trust was entitled to withhold it.\n",
        "university-hospitals-of-leicester-nhs-trust",
        "University Hospitals of Leicester NHS Trust",
    ),
    (
        # A Scottish Information Commissioner's decision: the force by its full name, as labellers give it
        "Scotland's single force by its full name",
        "Decision 166/2017: Mr X and the Chief Constable of the Police Service of Scotland\n\nSummary\n\nMr X asked "
        "Police Scotland for information about a complaint. Police Scotland told him it did not hold it.\n",
        "police-scotland",
        "Police Scotland",
    ),
    (
        # An ICO decision notice spelling the council's name after the river
        "a Welsh council's name spelt 'Taff'",
        "Decision notice\n\nPublic Authority: Rhondda Cynon Taff County Borough Council\n\nThe complainant requested "
        "correspondence about a community council. The Commissioner's decision is that the council complied.\n",
        "rhondda-cynon-taf-county-borough-council",
        "Rhondda Cynon Taf County Borough Council",
    ),
    (
        # A WhatDoTheyKnow thread to the Charity Commission: the regulator by its full name
        "the Charity Commission by its full name",
        "Dear Charity Commission,\n\nPlease provide the number of inquiries opened in 2019.\n\nYours faithfully,\n\nA "
        "Requester\n\nDear A Requester,\n\nThe Charity Commission opened 84 inquiries in 2019.\n\nYours sincerely,\n\n"
        "Information Rights Team\nCharity Commission\n",
        "charity-commission",
        "Charity Commission for England and Wales",
    ),
    (
        # Gloucestershire Health and Care NHS Foundation Trust's published responses, its name only in its logo's text
        "gloucestershire-health-and-care-logo",
        "Gloucestershire Health and Care- NHS Trust logo\nwith you, for you\nResponses\nFreedom of Information Request"
        " - Ref: FOI 092-2025\nThank you for your recent Freedom of Information request. Please find our response "
        "below.\n",
        "gloucestershire-health-and-care-nhs-foundation-trust",
        "Gloucestershire Health and Care NHS Foundation Trust",
    ),
    (
        # the trust by its short name, signing its letter
        "gloucestershire-health-and-care-short-name",
        "Dear Mr Smith\n\nThank you for your request. The information is attached.\n\nYours sincerely\n\nFOI Team\n"
        "Gloucestershire Health and Care\n",
        "gloucestershire-health-and-care-nhs-foundation-trust",
        "Gloucestershire Health and Care NHS Foundation Trust",
    ),
    (
        # Thurrock Council's published responses, its name only in the re-use notice of its copyright
        "thurrock-copyright-owner",
        "Freedom of information response\nRough sleepers\n1. How many rough sleepers were accommodated?\n1. 56\n\n"
        "You are free to use any information supplied for your own non-commercial research or private study purposes."
        " Any other type of re-use will require the permission of the copyright owner.\n\nWhere the copyright is owned"
        " by Thurrock Council, you must apply to the Council to re-use the information.\n",
        "thurrock-council",
        "Thurrock Council",
    ),
    (
        # Dyfed-Powys Police's Welsh-language page: its cookie banner's "wedi'u cadw" ("saved") is no naming of Cadw
        "a one-word name in lower case is a word",
        "Mae eich dewisiadau cwcis wedi'u cadw. Gallwch ddiweddaru eich gosodiadau cwcis unrhyw bryd.\n"
        "FOI Reference: 361/2025\nRequest:\nWe would appreciate data covering the longest period available.\n"
        "Response:\nSection 17 of the Freedom of Information Act 2000 requires Dyfed Powys Police, when refusing to "
        "provide such information, to provide a notice.\n",
        "dyfed-powys-police",
        "Dyfed-Powys Police",
    ),
    (
        # The Scottish Information Commissioner's page, its decision's title put in the authority's field
        "a decision's authority field holding its title names no body",
        "Decision 068/2022\n\nDecision 068/2022: Monitoring Officer's investigation\n\nPublic authority: Monitoring "
        "Officer's investigation\nCase Ref: 201902016\n\nSummary\n\nThe Council was asked whether an investigation was "
        "commissioned by the Council's Monitoring Officer.\n\nBackground\n\n1. On 20 August 2019, the Applicant made the "
        "following request for information to the City of Edinburgh Council (the Council).\n",
        "city-of-edinburgh-council",
        "City of Edinburgh Council",
    ),
    (
        # The Northern Ireland Assembly Commission's reply, its title naming the committee for a department
        "a legislature's committee for a department names the legislature's reply, not the department",
        "FOI 54-24: Information regarding communications between Chairperson of the Committee for the Executive Office "
        "in advance of the TEO Committee evidence session on 23 October 2024\n\nInformation Standards Freedom of "
        "Information Response\n\nOur Ref: FoI 54-24\n\n5 December 2024\n\nI am writing to confirm that the Northern "
        "Ireland Assembly Commission (Assembly Commission) has processed your request dated 23 October 2024 in line "
        "with the Freedom of Information Act 2000 (FOIA).\n",
        "northern-ireland-assembly",
        "Northern Ireland Assembly",
    ),
    (
        # The NHS Business Services Authority's disclosure log, pointing to the framework's owner
        "a link the reply calls another body's site is not the reply's own",
        "Request\nPlease can you provide a breakdown of the items included in this contract?\nResponse\nI can confirm "
        "that the NHSBSA holds the information you have requested, and a copy of the information is attached.\nThe "
        "contract was procured under the CCS RM6299 Office Solutions framework. The full breakdown of items under the "
        "framework can be found through contacting Crown Commercial Services via their website:\n"
        "https://www.crowncommercial.gov.uk/agreements/RM6299\nAttached is a list of most commonly purchased "
        "products.\n",
        "nhs-business-services-authority",
        "NHS Business Services Authority",
    ),
    (
        # The Home Office's letter signed by its operational command (reference 65818)
        "a department's operational command signing its letter is the department",
        "Home Office\n2 Marsham Street\nLondon SW1P 4DF\nReference: 65818\nDear Jack Montgomery\nFREEDOM OF INFORMATION "
        "REQUEST\nThank you for your e-mail of 27 August. Border Force does not hold the information requested.\nYours "
        "sincerely\nH Reid\nBorder Force - Information Rights Team\nBorder Force is an operational command of the "
        "Home Office\n",
        "home-office",
        "Home Office",
    ),
    (
        # Police Scotland's internal review flattened into one line from a PDF, the requester's words quoted inside it
        "a page flattened into one line names its body though the request it quotes speaks there",
        "NOT PROTECTIVELY MARKED Our Ref: Date: IM-FOI-2017-0148 20 April 2017 FREEDOM OF INFORMATION "
        "(SCOTLAND) ACT 2002 - INTERNAL REVIEW In accordance with section 20(1) of the Freedom of Information "
        "(Scotland) Act 2002, I understand that you have requested a review of the decision communicated to "
        "you on 17 March 2017 in respect of your original request for information, received 13 January 2017. "
        "Original Request Please also send me copies of any procurement documentation held by Police Scotland "
        "that relates to purchases, or unsuccessful tenders or bids, from the firm Cellebrite from any "
        "division of Police Scotland over the last three years. Request for Review With regards to the "
        "attached response I would like to request a review as I am dissatisfied with the initial response. "
        "Whilst I am happy to accept the response to the first part of my request, I would be grateful if you "
        "could reconsider the response to the second part of my request. To clarify, I'd be happy to accept "
        "materials where specific financial numbers are redacted, if this helps to mitigate against concerns "
        "over commercial confidentiality. My role is to consider the response issued and determine whether or "
        "not your request was handled in accordance with the provisions of the Freedom of Information "
        "(Scotland) Act 2002. As part of the review, I am also required to consider the quality of the "
        "administrative process applied to your request and I note that your request was n",
        "police-scotland",
        "Police Scotland",
    ),
    (
        "a government named for its code of guidance in a request on a council's log is not the body",
        "FOI Request - Temporary Homeless Accommodation Charges\nRequest 101002653805\nI request the following "
        "information in relation to Moray Council's use of its powers under s35(2) of the Housing (Scotland) Act 1987 "
        "to make reasonable charges for temporary homeless accommodation:\n1. Does the Council use the power under "
        "s35(2) to charge homeless people for temporary accommodation?\n2. Does the Council hold any policies or "
        "internal guidance documents relating to charges for temporary accommodation, including on what constitutes a "
        "\u2018reasonable\u2019 charge in relation to s35(2) and para 8.84 of the Scottish Government\u2019s Code of "
        "Guidance on homelessness? If so, what is the content of the policies or guidance?\nResponse 15-01-2021\n1. "
        "Yes.\n",
        "moray-council",
        "Moray Council",
    ),
    (
        "the Auditor General for Wales, a tribunal's party, is Audit Wales's statutory office (the First-tier "
        "Tribunal, 2011)",
        "IN THE MATTER OF AN APPEAL TO THE FIRST-TIER TRIBUNAL\n\n    (INFORMATION RIGHTS)\n\n    "
        "EA/2010/0145\n\n    BETWEEN:\n\n    GWYN THOMAS\n\n    Appellant\n\n    and\n    THE INFORMATION "
        "COMMISSIONER\n\n    Respondent\n\n    and\n    THE AUDITOR GENERAL FOR WALES\n\n    Second "
        "Respondent\n\n    DECISION OF THE FIRST-TIER TRIBUNAL (INFORMATION RIGHTS)\n\n    Paper hearing by: "
        "Claire Taylor, Tribunal Judge\n\n    Darryl Stephenson, Tribunal Member\n    Nigel Watson, Tribunal "
        "Member\n\n    On: 4 March 2010\n\n    At: Bedford Square, London\n\n    Date of Decision: 16 March "
        "2011\n\n    Subject Matter\n\n    Freedom of Information Act 2000: Absolute exemption: Prohibitions "
        "on Disclosure - s.44\n\n    Decision of the Tribunal\n\n    The Appeal is dismissed.\n\n    REASONS "
        "FOR DECISION\n\n    Background\n\n  1. The office of the Auditor General for Wales (AGW) is a "
        "public authority within the Freedom of Information Act 2000 (FOIA). He works with his staff, and "
        'together they are known as the "Wales Audit Office" (WAO).\n  ',
        "audit-wales",
        "Wales Audit Office",
    ),
    (
        "the body a reply says the request was made to, over another named as responsible (the Scottish Police "
        "Authority's log)",
        "Report Summary\nIssued 5 April, this FOI response to a request for review partially upholds the "
        "original decision of the Authority. Advice is again provided that the Scottish Government are "
        "responsible for reporting progress on the implementation of all recommendations set out in the "
        "review.\nRequest\nOn 7 March you made the following Freedom of Information (FOI) request to the "
        "Scottish Police Authority.\nPlease provide information detailing whether all or some of the "
        "recommendations made per Dame Elish Angiolini's Policing - complaints handling, investigations and "
        "misconduct issues: independent review have been implemented.\nPlease advise if these "
        "recommendations have now formed statutory law and legislation or are they merely non statutory "
        "guidelines/regulations?\nIn response to your request the Authority provided advice that the "
        "Scottish Government is responsible for reporting progress on the implementation of all "
        "recommendations set out in the Independent Review of Complaints Handling, Investigations and "
        "Misconduct Issues in Relation to Policing and referred to the Scottish Government’s public "
        "consultation on legislative proposals. The response confirmed that the information held by the "
        "Authority is exempt under Section 25 of the Freedom of Information (Scotland) Act 2002 - the "
        "authority considers that the information is already available, and links were provided to all "
        "available reporting.\n",
        "scottish-police-authority",
        "Scottish Police Authority",
    ),
    (
        "initials the text defines for a catalogued body the catalogue does not know by them stand for that body: "
        "'the Financial Services Authority (FSA)' (its reply letter), not the Food Standards Agency's FSA",
        "Our Ref. FOI0987\nDear Mr Lane\nThank you for your request for the following information:\n"
        "1. How many complaints about the FSA Waiver were received in 2008?\n2. How does the FSA deal with such "
        "complaints?\nThe regulations provide that, for the Financial Services Authority (FSA), the cost limit is "
        "£450. The information is held in each supervisory area and we estimate the FSA could not collate it within "
        "that limit.\n",
        "financial-services-authority",
        "Financial Services Authority",
    ),
    (
        "the body's initials as the subject of what the reply says weigh as its name would, over another body named "
        "in the request and in passing (the Scottish Qualifications Authority's log, its name spelt nowhere)",
        "Certification model\n\nDate published: 17/06/2021\n\nFOI reference: 21/22 013\n\nDate received: 19/05/2021\n\n"
        "Date responded: 17/06/2021\n\nInformation requested\n\nPlease can I have all information about the "
        "certification model - draft papers, minutes of all meetings with stakeholders including the Scottish "
        "government, letters and emails to and from the Scottish government as well as other stakeholders\n\n"
        "Response\n\nSQA has already published its plans, produced in line with the advice issued by the Scottish "
        "Government. It is a fluid situation that SQA is operating in. To provide all the correspondence would cost "
        "well in excess of £600. If you can refine your request, SQA will look at this again.\n",
        "scottish-qualifications-authority",
        "Scottish Qualifications Authority",
    ),
    (
        "another body's initials after 'the' are the reply writing of it, not that body speaking: 'the UKBA do not "
        "always amend the CAS status' (Southampton Solent University's reply)",
        "Dear Mr Vale,\n\nThank you for your request for information, received by Southampton Solent University on "
        "22 March 2012.\n\n1) How many CAS were assigned in the period?\nThe University assigned 165 CAS.\n\n"
        "2) How many were USED?\nUsing the data logged by the UKBA on their Sponsor Management System, 151 of these "
        "were amended to 'USED'. However, the UKBA do not always amend the CAS status on their system.\n\n"
        "3) How many were reported to the UKBA?\nThe number of students reported to the UKBA was 19.\n",
        "solent-university",
        "Solent University",
    ),
    (
        "a catalogued body's name written all in lower case is a phrase, not the body: 'its lead local flood risk "
        "management authority duties' (a request on Herefordshire Council's log), not Scotland's Risk Management "
        "Authority",
        "FOI release\n\nS19 Flood Recommendations\n\nCase reference EIR2024/02125\n\nFor every S19 report your "
        "authority has filed as part of its 'lead local flood risk management authority' duties, please say whether "
        "the recommendations have been implemented. I would like each report's 'risk management authority' "
        "actions in a table, with each row detailing the recommendation, the report it belongs to and the date of "
        "completion.\n\nFor every S19 report your authority has filed as part of its 'lead local flood risk "
        "management authority' duties, please say whether the recommendations have been implemented, with each row "
        "detailing the recommendation, the report it belongs to and the date of completion.\n\nA. Herefordshire "
        "Council holds information on S19 reports and what recommendations "
        "have been implemented.\n",
        "herefordshire-council",
        "Herefordshire Council",
    ),
    (
        "a former body is not the writer (University Hospitals Birmingham's log)",
        "Freedom of Information Request: FOI 0388\nUniversity Hospitals Birmingham NHS Foundation Trust (UHB) runs "
        "the hospitals of the former Heart of England NHS Foundation Trust. Due to historical differences in data "
        "collection across UHB and the former Heart of England NHS Foundation Trust some responses have been provided "
        "by hospital site.\nUnder the Freedom of Information Act, I "
        "would like to ask for information on data security training.\n1. The total number of employees with "
        "cybersecurity qualifications\n6\n",
        "university-hospitals-birmingham-nhs-foundation-trust",
        "University Hospitals Birmingham NHS Foundation Trust",
    ),
    (
        "the body that says it has considered the request answers, over another named more often in the reports it "
        "gives (the Scottish Police Authority's log)",
        "Published: 13 August 2025\n\nFOI 2025/26-038 - Complaints and Conduct Reports\n\nResponse\n\nThe Scottish "
        "Police Authority has considered your request under the Freedom of Information (Scotland) Act (FOISA).\n\nIn "
        "terms of part one of your request, the following reports presented to the Complaints and Conduct Committee "
        "are provided.\n\n  • Item 13 Police Scotland Conduct Report presented on 27 February 2025\n  • Item 10 "
        "Police Scotland Conduct Overview presented on 5 June 2025.\n\nSome information has been redacted. Similarly, "
        "dates of suspension and return to Police Scotland have been redacted for the same reason.\n",
        "scottish-police-authority",
        "Scottish Police Authority",
    ),
    (
        "a commissioner's log heading each reply with its short name, over the force named in its links (the West "
        "Mercia Police and Crime Commissioner's disclosure log)",
        "WEST MERCIA PCC: FREEDOM OF INFORMATION ACT – PSCOs\n\nRESPONSE TO REQUEST\nReference: WE11724\nDate of "
        "response: 22nd April 2025\n\nRequest:\n\n1) I would like a breakdown of the costs of the commissioner's "
        "office.\n\nResponse:\n\n1) Your request is exempt under Section 21 of the Freedom of Information Act 2000. "
        "The financial information is published via the website - Financial Reports – West Mercia Police Crime "
        "Commissioner. Staff pay is available on the website – Team Information – West Mercia Police Crime "
        "Commissioner\n",
        "office-of-the-police-and-crime-commissioner-for-west-mercia",
        "West Mercia Police and Crime Commissioner",
    ),
    (
        "the General Register Office's letterhead (its letter answering a request as official correspondence)",
        "General Register Office\nRm 109 Smedley Hydro\nTrafalgar Road\nSouthport\nPR8 2HH\nMaster Hunt\n14 January "
        "2011\nApplication under the Freedom of Information Act\nThank you for your email of 31 December 2010. I have "
        "handled your request as official correspondence.\n1. What exactly is a copy of a birth certificate?\nIt is a "
        "certified copy of the entry in the register.\n",
        "general-register-office",
        "General Register Office",
    ),
    (
        "the General Register Office for Scotland is its own body, not the General Register Office for England and "
        "Wales",
        "General Register Office for Scotland\nNew Register House\nEdinburgh EH1 3YT\nDear Mr Hunt\n14 January 2010\n"
        "Thank you for your request under the Freedom of Information (Scotland) Act 2002.\n1. How many births were "
        "registered in 2009?\n59,046 births were registered.\n",
        "general-register-office-for-scotland",
        "General Register Office for Scotland",
    ),
    (
        "the Foreign, Commonwealth & Development Office by its name as it styles it, the ampersand kept",
        "Dear Mr Smith,\n\nThank you for your request. The Foreign, Commonwealth and Development Office holds the "
        "information you requested.\n\nYours sincerely,\n\nFreedom of Information Team\nForeign, Commonwealth and "
        "Development Office\n",
        "foreign-commonwealth-and-development-office",
        "Foreign, Commonwealth & Development Office",
    ),
    (
        "the Department for Transport's letter: 'HS2' alone is the railway, not the company it sends the requester to",
        "Department for Transport\nGreat Minster House\n33 Horseferry Road\nOur Ref: F0019391\n19 February 2021\n"
        "Dear Ms Colclough,\nThank you for your request for information about HS2 phase one.\nIn regard to your first "
        "question, we do not hold the information. This information is owned by HS2 Ltd.\nWith regard to your second "
        "question, HS2 is a long-term investment that will transform our country's transport network. HS2 will fire "
        "up economic growth. HS2 will bring our biggest cities closer together.\nYours sincerely,\nFOI Team\n",
        "department-for-transport",
        "Department for Transport",
    ),
    (
        "the Information Commissioner's decision notice: HS2 Ltd by its name with the figure",
        "Environmental Information Regulations 2004 (EIR)\nDecision notice\nDate: 6 January 2020\nPublic Authority: "
        "High Speed 2 Limited\nAddress: 1 Canada Square London E14 5AB\nThe complainant has requested risk "
        "assessments from High Speed 2 Limited (HS2).\n",
        "hs2-ltd",
        "High Speed Two (HS2) Limited",
    ),
    (
        "South Wales Police's published response: 'At South Wales Police we monitor ...', the body speaking of itself",
        "Leave this site\nWe use some essential cookies to make our website work. We'd like to set additional cookies "
        "so we can remember your preferences and understand how you use our site.\nYou can manage your preferences and "
        "cookie settings at any time by clicking on Customise Cookies below. For more information on how we use "
        "cookies, please see our Cookies notice.\nYour cookie preferences have been saved. You can update your cookie "
        "settings at any time on the cookies page.\nSorry, there was a technical problem. Please try again.\nThis site "
        "is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks. Your "
        "feedback helps us make things better, so please let us know what you think.\n"
        "REQUEST\nRESPONSE\nYour request for information has now been considered and I am "
        "not obliged to supply the information you have requested.\nIn relation to your request, the following "
        "exemption applies:\nSection 12 - Exemption where cost of compliance exceeds appropriate limit.\nThe cost "
        "limit is set at 18 hours of work, and the time to locate, retrieve and extract the information requested "
        "would exceed it.\nAt South Wales Police we monitor and collate statistical data on crimes, incidents and other data relevant to our "
        "daily business.\n",
        "south-wales-police",
        "South Wales Police",
    ),
    (
        # A unit of the Home Office heads the letter, which speaks as the Home Office (modelled on a Home Office reply
        # on WhatDoTheyKnow under "Immigration Enforcement Secretariat")
        "a unit's letterhead over a letter in which its department speaks",
        "UK Visas and Immigration\nLunar House\n40 Wellesley Road\nCroydon CR9 2BY\nwww.gov.uk/ukvi\n14 March 2023\n"
        "Dear Mr Patel,\nRe: Freedom of Information request - 74110\nThank you for your email of 20 February, in which "
        "you ask for information about visa processing times. Your\nrequest has been handled as a request for "
        "information under the Freedom of Information Act 2000 (FOIA).\nI can confirm that the Home Office holds "
        "information within the scope of your request. The Home Office is\nwithholding the figures under section "
        "31(1)(e) of the FOIA.\nYours sincerely,\nInformation Rights Team\n",
        "home-office",
        "Home Office",
    ),
    (
        # The unit's letter in its own voice stays the unit's
        "a unit's letter speaking as the unit, its department named in passing",
        "UK Visas and Immigration\nLunar House\n40 Wellesley Road\nCroydon CR9 2BY\n14 March 2023\nDear Mr Patel,\n"
        "Re: Freedom of Information request - 74110\nThank you for your email of 20 February, in which you ask for "
        "information about visa processing times, which is a matter for the Home Office.\nI can confirm that UK "
        "Visas and Immigration holds the information you asked for. It is attached.\nYours sincerely,\nInformation "
        "Rights Team\n",
        "uk-visas-and-immigration",
        "UK Visas and Immigration",
    ),
    (
        # The Financial Conduct Authority's disclosure log for 2013: its predecessor's initials beside its own, "FSA"
        # the catalogue's for the Food Standards Agency; its own written more often
        "initials written more often win a tie of initials alone",
        "2013 Disclosure Log\n\nBelow is a list of some of the disclosures made under the Freedom of Information "
        "Act.\n\nDate of release\n\nSubject\n\nReference\n\nDecember 2013\n\n  1. How many calls has the FSA/FCA "
        "complaints desk received in each year since 2009?\n  2. Do you categorise the complaints (progressed by the "
        "FSA/FCA) by type?\nFOI3191\n\nDecember 2013\n\n  1. How many warrants has the FCA applied for over the last "
        "five years?\n  2. How many of them has the FCA executed?\nFOI3205\n",
        "financial-conduct-authority",
        "Financial Conduct Authority",
    ),
    (
        # The Scottish Government's release page on gov.scot: its signature sentence under a title naming the body
        # the request is about, that body named throughout and never the Government
        "a page signature names its publisher over the body the request is about",
        "Correspondence with VisitScotland about events funding: FOI release\n\nInformation request and response "
        "under the Freedom of Information (Scotland) Act 2002\n\nInformation requested\n\n  1. All correspondence "
        "between VisitScotland and ministers about events funding since 1 January 2024.\n\nResponse\n\nI enclose a "
        "copy of some of the information you requested. VisitScotland's own papers are held by VisitScotland.\n",
        "scottish-government",
        "Scottish Government",
    ),
    (
        # The Welsh Government's ATISN release on llyw.cymru, in Welsh: its Welsh domain in the page's email address
        "a government's Welsh-language domain",
        "Gwybodaeth am waith a wnaed ar dir.\n\nOs oes angen fersiwn fwy hygyrch o'r ddogfen hon arnoch, e-bostiwch "
        "digidol@llyw.cymru.\n\n30 May 2022\n\nDear\n\nATISN 16287 Information Request\n\nThank you for your request "
        "which I received on 29 April 2022.\n",
        "welsh-government",
        "Welsh Government",
    ),
    (
        # The Department for Exiting the European Union's extension letter on WhatDoTheyKnow: "the EU" for its name's end
        "a department named with 'the EU' for 'the European Union'",
        "Freedom of Information Team\n9 Downing Street\nSW1A 2AG\n\nOur ref: DEX000542\n06 September 2017\n\nDear Mr "
        "Bell,\n\nI refer to your request.\n\nI can confirm that the Department for Exiting the EU (DExEU) holds "
        "information relevant to your request, but I am writing to advise you that I must extend the time limit.\n",
        "department-for-exiting-the-european-union",
        "Department for Exiting the European Union",
    ),
    (
        # A blog post quoting the trust's 2006 reply: its short name, the county's primary care trust named in the
        # reply's answer
        "a mental health trust by its short name beside the county's primary care trust",
        "The following has been received from Peter Kinsey of the Surrey & Borders Trust in response to the FOIA "
        "request quoted.\n\nThank you for your email requesting information under the Freedom of Information Act.\n\n"
        "Response to your request\nThe Trust confirms that it holds the following recorded information. The project "
        "board included members from Surrey Primary Care Trust.\n",
        "surrey-and-borders-partnership-nhs-foundation-trust",
        "Surrey and Borders Partnership NHS Foundation Trust",
    ),
    (
        # Disclosure Scotland's release on gov.scot: its name opens the page's title, the release's fields between the
        # title and the site's signature
        "an agency's name opening the title of a signed page, fields between",
        "Disclosure Scotland - Protecting Vulnerable Groups (PVG) scheme application queries: FOI release\n- Published"
        "\n- 25 February 2026\n- FOI reference\n- FOI/202500497436\n- Date responded\n- 12 January 2026\nInformation "
        "request and response under the Freedom of Information (Scotland) Act 2002.\nInformation requested\n1 Is "
        "there a procedure for a paper PVG application?\nResponse\nYes. Paper applications are accepted.\n",
        "disclosure-scotland",
        "Disclosure Scotland",
    ),
    (
        # Hastings Borough Council's published response: it says what it only does, and sends the rest to the county
        # council, whose site it gives on the line below
        "a body saying what it only does, beside another it sends the rest to by their website",
        "FOI request (FOIR-484600428)\nParking Enforcement\n1. What Parking Enforcement Contracts do you currently "
        "have in the market?\nResponse\nHastings Borough Council only enforces off-street parking (council owned car "
        "parks).\nOn-street parking is dealt with by East Sussex County Council, please visit their website for "
        "further information:\nhttps://www.eastsussex.gov.uk\nNOTICE OF REFUSAL\n",
        "hastings-borough-council",
        "Hastings Borough Council",
    ),
    (
        # the Information Commissioner's decision notice on its site, headed by the department as "(NI)"
        "a Northern Ireland department headed with (NI), then called by the name it shares with DHSC's former one",
        "Department of Health (NI)\n\n  \u2022 Date 20 October 2021\n  \u2022 Sector Central government\n\nThe complainant "
        "requested information which the Department of Health had received from the Northern Ireland Covid-19 "
        "Strategic Intelligence Group on face coverings.\nThe Commissioner's decision is that the Department of Health "
        "(\u201cthe DoH\u201d) failed to respond to the request within 20 working days.\nThe DoH must take these steps "
        "within 35 calendar days.\n",
        "department-of-health-northern-ireland",
        "Department of Health (Northern Ireland)",
    ),
    (
        # the Metropolitan Police's disclosure log, its page greeting no one, the force named in the request's
        # sentence as the body asked
        "the body a request's sentence at the top asks, though the catalogue knows it by a longer name",
        "Freedom of information request reference no: 01.FOI.23.033510\nI note you seek access to the following "
        "information:\nI am writing to you to request the following information from Metropolitan Police Service "
        "about the use and deployment of Unmanned Aerial Vehicles (UAV).\n",
        "metropolitan-police-service",
        "Metropolitan Police Service",
    ),
    (
        # Calderdale Metropolitan Borough Council's letter on WhatDoTheyKnow, its kind in initials where the internal
        # review is asked for
        "a metropolitan borough council written with its kind's initials, MBC",
        "Our Ref:\nFOI 39721\nDate:\n15 February 2021\nDear Mr Smith\nFreedom of Information Act 2000\nResponse\nWe do "
        "not hold information for Sept 20 to Jan 21.\nNames and contacts of Calderdale schools can be found here:\n"
        "Search results for postal district : Calderdale schools: Calderdale Council\nIf for any reason you are unhappy "
        "with our response, you are entitled to approach Tracie Robinson, Corporate Information Manager, Calderdale "
        "MBC, Town Hall, Crossley Street,\nHalifax HX1 1UJ to request an internal review.\n",
        "calderdale-council",
        "Calderdale Metropolitan Borough Council",
    ),
    (
        # the Scottish Information Commissioner's Decision 102/2020, naming the Government by its legal person
        "the Scottish Ministers named as the public authority of a decision",
        "Decision 102/2020: Contact between Nicola Sturgeon and Alex Salmond in 2018\n\nPublic authority: Scottish "
        "Ministers\nCase Ref: 201901071\n\nSummary\n\nThe Ministers were asked about contact between Nicola Sturgeon, "
        "First Minister and Alex Salmond, former First Minister, in 2018.\n",
        "scottish-government",
        "Scottish Government",
    ),
    (
        # Transport for London's published requests, greeting no one: the request lists councils as examples of the
        # parties whose meetings it asks about
        "bodies a request at the top gives for example, in a list, beside the body answering",
        "FOI request detail\n\nAll TFL internal correspondence concerning bus delays\n\nRequest ID: FOI-0539-2122\n"
        "Date published: 07 July 2021\n\nYou asked\n\n" + _TFL_REQUEST + "\n\nWe answered\n\nTfL Ref: FOI-0539-2122\n\n"
        "Thank you for your requests received by Transport for London (TfL) on 14th June 2021 asking for "
        "correspondence about bus delays in Southwark and Lambeth.\n\nYour requests have been considered in "
        "accordance with the requirements of the Freedom of Information Act.\n\nSpecifically you asked the "
        "following:\n\nCase ref FOI-0539-2122\n\n" + _TFL_REQUEST + "\n",
        "transport-for-london",
        "Transport for London",
    ),
    (
        # the Information Commissioner's Office's published response, flattened to a paragraph, listing the councils
        # the request asked about
        "a regulator's initials heading its own disclosure log's response",
        "ICO Disclosure Log \u2013 Response IRQ0648490\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nICO Disclo"
        "sure Log \u2013 Response IRQ0648490 Further to our acknowledgement of 4 October we can now provide y"
        "ou with a response to your information request of 28 September for which you provided further clarif"
        "ication on 4 October 2016. Request You originally asked \u201cI\u2019d like some stats on planning r"
        "elated FOI and EIR requests to the new councils since the 11 took over the planning function\u201d. "
        "You then confirmed \u201cI\u2019m interested in complaints made to your office regarding District Co"
        "uncil Planning matters relating to each of the eleven new councils since they took over the responsi"
        "bility for planning on 1st April 2015\u201d. As you know from our acknowledgement we have dealt with"
        " your request for information as a request under section 1 of the Freedom of Information Act 2000 (F"
        "OIA). Our response We understand you are requesting information about the following 11 councils: Ant"
        "rim and Newtownabbey Borough Council Ards and North Down Borough Council Armagh City, Banbridge and "
        "Craigavon Borough Council Belfast City Council\n",
        "information-commissioners-office",
        "Information Commissioner's Office",
    ),
    (
        # Royal Surrey County Hospital NHS Foundation Trust's log, published before the trust dropped "County
        # Hospital" from its name in September 2019: the record keeps the name it wrote under
        "a trust under the name it had before it was renamed",
        "2. The overall savings estimate as a proportion of the trust's turnover.\n\nThe Royal Surrey County Hospital "
        "NHS Foundation Trust confirms that some information is held that is relevant to the above request.\n",
        "royal-surrey-nhs-foundation-trust",
        "Royal Surrey County Hospital NHS Foundation Trust",
    ),
    (
        # the Department for Communities and Local Government's reply of 2009 attached on WhatDoTheyKnow: its letterhead's
        # short name and its retired site
        "a department by its letterhead's short name and its retired site",
        "Roger Hargreaves\nDeputy Director\nFiReControl\n\nCommunities and Local Government\n\nMr John Smith\nFire "
        "and Resilience Directorate\nWeb:\nwww.communities.gov.uk/fire\n\nRef : F0003305\n\nDear Mr Smith\n\nI am "
        "writing in response to your request for information of 21 August.\n",
        "department-for-communities-and-local-government",
        "Department for Communities and Local Government",
    ),
    (
        # the Scottish Information Commissioner's decision on SEPA's cyber-attack, the agency misnamed as it often is
        "a body under a common misnaming resolves to its name",
        "Decision 012/2023: Cyber-attack\n\nAuthority: Scottish Environmental Protection Agency\nCase Ref: 202200311\n\n"
        "Summary\n\nThe Applicant asked the Authority for information about the cyber-attack.\n",
        "scottish-environment-protection-agency",
        "Scottish Environment Protection Agency",
    ),
    (
        # a First-tier Tribunal decision, its party line and its text naming the trust without "Trust"
        "a trust's name printed without its last word resolves to the trust",
        "Appeal Number: EA/2022/0118\nFirst-Tier Tribunal\n(General Regulatory Chamber)\nInformation Rights\nBetween:\n"
        "Jane Smith\nAppellant:\nAnd\nThe Information Commissioner\nFirst Respondent:\nLancashire and South Cumbria "
        "NHS Foundation\nSecond Respondent\nDate of Decision: - 9 March 2023.\n",
        "lancashire-and-south-cumbria-nhs-foundation-trust",
        "Lancashire & South Cumbria NHS Foundation Trust",
    ),
    (
        # Darlington Borough Council's acknowledgement, its name nowhere but in the contact it gives for queries
        "the contact a reply gives for queries about itself is its own",
        "Town Hall, Darlington DL1 5QT\nDear Ms. Howitt\n\nRe: Freedom of Information Act 2000 - request for "
        "information\n\nYour request for information, received 6 January 2011, is being considered under the Freedom "
        "of Information Act 2000.\n\nIf you have any queries or concerns then please contact:\n\nFreedom of "
        "Information Officer\n\nCorporate Services\n\nDarlington Borough Council\n\nTown Hall\n",
        "darlington-borough-council",
        "Darlington Borough Council",
    ),
    (
        # Essex County Fire & Rescue Service's transparency site, its name nowhere but in its thanks closing the answer
        "a reply thanking the reader for their interest in it names itself",
        "Please see below the answer to your request.\nInitial Request:\nWe are collecting information about "
        "rescues made by firefighters in your fire and rescue service. Below is the information we would like "
        "to obtain from you under the Freedom of Information Act. The data is likely to be found in returns "
        "to government using the electronic incident recording system.\nWe would like to receive data relating "
        "to rescues made by your fire and rescue service between ?1 April 2016 - 31 March 2017? & 1 April 2017 "
        "- 31 March 2018?:\na) At all fires and\nb) At all other incidents.\nc) Sum of the above\na)\n1. How "
        "many people were rescued with an injury with the assistance of FRS personnel at fires?\n2. How many "
        "people were rescued uninjured (unharmed) with the assistance of FRS personnel at fires?\n3. How many "
        "people were rescued with the assistance of FRS personnel at fires (sum of Q1 and Q2)?\nb)\n4. How many "
        "people were rescued with an injury with the assistance of FRS personnel at all other non-fire incidents "
        "e.g. floods?\n5. How many people were rescued uninjured (unharmed) with the assistance of FRS personnel "
        "at all other non-fire incidents e.g. floods?\n6. How many people were rescued with the assistance of "
        "FRS personnel at all non-fire incidents (sum of Q4 and Q5)?\nC\n7. Total rescues from all incidents "
        "attended (sum of Q3 and Q6)?\nFinal Response:\nPlease see attached spreadsheet\nThank you for your "
        "interest in Essex County Fire & Rescue Service.",
        "essex-county-fire-and-rescue-service",
        "Essex County Fire and Rescue Service",
    ),
    (
        # Lincolnshire County Council's log, its name nowhere but in a link to its committee papers on ModernGov
        "a council's committee papers hosted by ModernGov under its own domain's name",
        "Footpath outside Carrington View, Tongue End, Spalding - Find a freedom of information request\n\nRequest\n\n"
        "3) Records of the minutes of Highway Authority meetings where maintenance or repair policy has been discussed "
        "or decided.\n\nDecision\n\n3) Please see below a link in relation to this question.\n\nLink: "
        "https://lincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=492&MId=7364&Ver=4\n\n4) Complaints are logged "
        "under certain classification for Highways.\n",
        "lincolnshire-county-council",
        "Lincolnshire County Council",
    ),
    (
        # the Parliamentary and Health Service Ombudsman's log, calling itself PHSO: the framework it bought through
        "the framework a body buys through names not the body writing",
        "Tender of the new PHSO case management system\n\nReference FDN 209576 | January 2015\n\nI write in response "
        "to your information request dated 7 December 2014:\n\n1. Which companies tendered for the new case "
        "management system?\n\nCompanies did not submit tenders for our new case management system (CMS). The CMS "
        "was procured using the Crown Commercial Service 'G-Cloud' framework, which is an OJEU compliant procurement "
        "route.\n\nIn line with the process of this framework PHSO reviewed the suppliers and services and purchased "
        "the service we felt could best meet our requirements.\n",
        "parliamentary-and-health-service-ombudsman",
        "Parliamentary and Health Service Ombudsman",
    ),
    (
        # NHS Derby and Derbyshire CCG's log: the initials in the request it prints weigh as the request's words
        "initials in the request a log prints weigh as its words do",
        "FOI.1431 - Cyber Attacks\nFOI Reference Number:\n1431\nRequest\nHow many cyber-attacks (incidents) "
        "did your organisation experience in the last 3 years?\nIf these statistics are available within the "
        "cost limit, how many of those incidents involved a) Malware b) Ransomware c) Hacking d) Phishing emails\nHow "
        "many incidents over the last 3 years were reported to the Department of Health and Social Care, whether "
        "under the Security of Network and Information Systems Regulations 2018, or otherwise?\nHow many incidents "
        "over the last 3 years resulted in a notification to the Information Commissioner’s Office?\nHow many "
        "incidents over the last 3 years were reported to both DHSC and the ICO?\nResponse\nDate: 23 June 2021\nFREEDOM "
        "OF INFORMATION – DECISION NOTICE\nDear Sir / Madam,\nFOI Reference Number: 1431\nI refer to your email "
        "of 24 May 2021 requesting information in respect of cyber attacks.\nI can confirm on behalf of Derby "
        "and Derbyshire CCG, and in accordance with S.1 (1) of the Freedom of Information Act 2000 (FOIA) that "
        "we do hold the information that you have requested. A response to each element of your request is detailed "
        "below:\nPlease find below a request made under the FOI Act.\n- How many cyber-attacks (incidents) did "
        "your organisation experience in the last 3 years?\n",
        "nhs-derby-and-derbyshire-clinical-commissioning-group",
        "NHS Derby and Derbyshire Clinical Commissioning Group",
    ),
    (
        # the Government of Jersey's published responses on gov.je: the banner over every page, the logo's words run
        # onto the site's domain (a Crown dependency's government, under its own law)
        "a crown dependency's government by its site's banner",
        "Skip to main content Skip to accessibility\nThis website is not compatible with your web browser. You "
        "should install a newer browser. If you live in Jersey and need help upgrading call the States of Jersey "
        "web team on 440099.\nGovernment of Jerseygov.je\n\nInformation and public services for the Island of "
        "Jersey\n\nL'înformâtion et les sèrvices publyis pouor I'Île dé Jèrri\n\nChanges to the Freedom of "
        "Information process (FOI)\n\nChanges to the Freedom of Information process (FOI)\n\nProduced by the "
        "Freedom of Information office\nAuthored by Government of Jersey and published on 19 February 2025.\n"
        "Prepared internally, no external costs.\n\nRequest 685695866\n\nFreedom of Information Review\n",
        "government-of-jersey",
        "Government of Jersey",
    ),
    (
        # the same pages before 2018, authored under the government's former name
        "a crown dependency's government by the name it went by when it wrote",
        "Police body worn video recordings (FOI)Police body worn video recordings (FOI)\nProduced by the Freedom "
        "of Information officeAuthored by States of Jersey and published on\n29 January 2015.Prepared internally, "
        "no external costs.\nRequest\nIt is my understanding that the States of Jersey Police have trialled and "
        "are now using Body Worn Video (BWV) cameras. My request is that you provide a copy of all video recorded "
        "using these cameras from the beginning of the trial period, continuing through to today's date of January "
        "16 2015.\n",
        "government-of-jersey",
        "States of Jersey",
    ),
    (
        # the two forces' joint disclosure log, their information management department answering for both
        "two police forces answering jointly under one name",
        "Freedom of Information Request Reference No: FOI 002402-19\n\nResponse to your Request\n\nThe response "
        "provided below is correct as of 16 July 2019\n\nSuffolk and Norfolk Constabularies have considered your "
        "request for information and the response is below.\n\n",
        "suffolk-and-norfolk-constabularies",
        "Suffolk and Norfolk Constabularies",
    ),
    (
        # the Information Commissioner's Office on WhatDoTheyKnow, answering a request about its own casework systems
        "the commissioner's office thanked for contact answers a request of its own",
        "This is an HTML version of an attachment to the Freedom of Information request 'New Case Management "
        "System'.\n\n24 September 2020 \n \nCase Reference IC-57122-J5C8 \n \nDear George White \n \nThank you for "
        "contacting the Information Commissioner’s Office \n(ICO). We received your information request on 28 "
        "August 2020.  \n \n \nYour request \n \nFollowing a description of our casework management systems, you \n"
        "asked us for: “the terms of reference and the schematic” \n \nWe have considered your request under the "
        "Freedom of Information \nAct 2000 (FOIA).  \n \n",
        "information-commissioners-office",
        "Information Commissioner's Office",
    ),
    (
        # the Insolvency Service's release on GOV.UK, its answer naming Companies House as the register its data come from
        "the body the reply says the request asked answers it",
        "FOI release\n\nFOI22/23-143 - Company insolvencies by geographical location\n\nUpdated 30 May 2023\n\nOur "
        "ref: FOI 22/23-143\n\nDate: 21 February 2023\n\nRe: Freedom of Information Act 2000\n\nThank you for your "
        "email of 10 February 2023 in which you requested from the Insolvency Service:\n\n“The number of companies "
        "insolvencies broken down by region including, London, South East, South West, West Midlands, East "
        "Midlands, East Anglia, North West, North East, Scotland, Wales and Northern Ireland.\n\nPlease provide "
        "this data for January 2023, as well as a monthly breakdown for the last four years: 2019, 2020, 2021 and "
        "2022.”\n\nYour request has been dealt with under the Freedom of Information Act 2000 (FOIA).\n\nI can "
        "confirm that the agency holds the information that you have requested.\n\nThe data has been provided at "
        "Annex A. Annex A contains a table of number of insolvencies in each UK region by month from January 2019 "
        "to January 2023.\n\nNote that there are known accuracy issues with company address information held. "
        "Therefore, some caution needs to be taken when interpreting the information provided in this letter.\n\n"
        "The information the agency holds is the address recorded on the Companies House register on the date the "
        "insolvency is registered with Companies House. This address is often the address of the insolvency "
        "practitioner (IP), who acts as an office-holder in an insolvency procedure, rather than the location of "
        "the company before it became insolvent\n\n",
        "insolvency-service",
        "Insolvency Service",
    ),
    (
        # the National Lottery Heritage Fund's list of requests, a museum's bid named in the first, the fund calling itself
        # "the Heritage Fund" in the others
        "a fund's list of requests naming itself by its short name",
        "Freedom of information requests 2020–2021\n\nFreedom of information requests 2020–2021\n\nThis list "
        "contains every Freedom of Information request we have received between 1 April 2020 and 31 March 2021.\n\n"
        "April 2020\n\n  • Requester sought information on the details of the National Museum of the Royal Navy’s "
        "submission of their Expression of Interest and decision meeting minutes. The letter of invitation for a "
        "full application and the grant decision letter was provided with personal information redacted under "
        "section 40 of the Freedom of Information Act (FOIA), personal information. The meeting minutes was "
        "withheld under section 22 of the FOIA, information intended for future publication.\n  • Requester sought "
        "information on the Heritage Fund’s telephone maintenance. This information was provided.\n  • Requester "
        "sought information on the final Evaluation Report, the rejection of the first application and a copy of "
        "the project plan for the Telling the history of Colyton with the digitisation, preservation and "
        "interpretation of the Feoffees archives projects. This information was provided with some personal "
        "information redacted under section 40 of the FOIA.\n  • Requester sought any information that The "
        "National Lottery Heritage Fund holds that look at the equality or diversity implications of the Heritage "
        "Emergency Fund. Extracts from reports, meeting notes, the Equality Impact Assessment and internal emails "
        "were provided, with some personal information redacted under section 40 of FOIA.\n",
        "national-lottery-heritage-fund",
        "National Lottery Heritage Fund",
    ),
    (
        # a mirror of the Isle of Man's disclosure log: the island's health and care provider answers, the body it points
        # the requester to does not
        "the Isle of Man's Manx Care, its field label glued on",
        "Migrant funding\n\nAuthorityManx Care\nDate received2025-04-02\nOutcomeInformation not held\n\nSummary\n\n"
        "A request was made to Manx Care for detailed financial data. The authority responded that the information "
        "is not held.\n\n  • The response suggests the Cabinet Office may be able to assist with the inquiry.\n",
        "manx-care",
        "Manx Care",
    ),
    (
        # the Scottish Ambulance Service's published response: an Act named like a body in the page's title, its
        # brackets lost, is no letterhead of Transport Scotland's
        "an Act named like a body in the title",
        "FOI 25-25-283 Transport Scotland Act 2019\nFreedom of Information Request\n- Reference\n- FOI 25-25-283 "
        "Transport Scotland Act 2019\n- Request Date\n- 04 Jul 2025\n- Information Requested\n- Since the "
        "legislation was legally commenced on 1 October 2023, how has the Scottish Ambulance Service paid due regard "
        "to community benefit in non-emergency patient contracts, to comply with its duty under Part 10, Section 120 "
        "of the Transport (Scotland) Act 2019?\n- Information Released\n- The Scottish Ambulance Service has "
        "included community benefit requirements in its contracts since 2023.\n",
        "scottish-ambulance-service",
        "Scottish Ambulance Service",
    ),
    (
        # the commissioner's log: the reply's own words under "Request" name it
        "the body named in the reply's words under the request's heading",
        "Request\nI write in connection with your request received by the Police and Crime Commissioner for North "
        "Yorkshire on the 31st December 2014. I note you seek access to the following information:\n- How many staff "
        "are working for your post?\nResponse\nI have today decided to disclose the located information to you.\n",
        "office-of-the-police-fire-and-crime-commissioner-for-north-yorkshire",
        "Police and Crime Commissioner for North Yorkshire",
    ),
    (
        # West Midlands Police's published response: the cost limit it answers under is its own
        "the body whose appropriate limit is set",
        "Skip to content\n\nCoronavirus (COVID-19)\n\nHow we are working to keep our FOI Requests running during "
        "COVID-19\n\nIf Asked (509_15)\n\n\nI would like copies of all material drafted under your \u201cif asked\u201d "
        "guidelines in the last five years.\nAs in, statements prepared in case you were asked about a case by a media "
        "organisation.\n\n\nThank you for your response. Can you advise me to what level I would need to reduce the "
        "time frame to come under the cost limit?\n\nWhat about a search over the last year? Six months?\n\n\nOur data "
        "are not organised in such a way as to allow us to provide this information.\n\nPlease note that researching each individual case would exceed the appropriate limit (FOIA, s.12 (1)).\n\n"
        "Therefore, the cost of compliance with your request is above the amount to which we are legally required to "
        "respond. For West Midlands Police, the appropriate limit is set at \u00a3450, as prescribed by the Freedom of "
        "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, S.I. 3244.\n",
        "west-midlands-police",
        "West Midlands Police",
    ),
    (
        # Coventry City Council's letter, its name nowhere but in the links to its own site
        "a link the reply calls the Council's own website",
        "Council House Earl Street CV1 5RR\n\nOur reference: FOI/Req00470 Date: 26th October 2015\n\nDear\n\n"
        "Thank you for your recent request for information.\n\n5. Expenses for food for the Lord Mayor.\n\nThis "
        "information is publicly available in the Lord Mayor's Annual Report which is available on the Council's "
        "website at the link below: http://www.coventry.gov.uk/downloads/file/17100/annual_report\n",
        "coventry-city-council",
        "Coventry City Council",
    ),
    (
        # a Scottish Information Commissioner decision heading its body as the text names it, with no article
        "a council whose legal style opens with 'The', named without it",
        "Decision 143/2014: Mr X and Highland Council\n\nAuthority: Highland Council\nCase Ref: 201400843\n\nSummary\n\n"
        "Mr X asked the Council for information about school transport.\n",
        "the-highland-council",
        "Highland Council",
    ),
    (
        # a trust's letter that prints its article
        "an NHS trust named with its article where the text prints it",
        letter("The Christie NHS Foundation Trust\nWilmslow Road, Manchester"),
        "christie-nhs-foundation-trust",
        "The Christie NHS Foundation Trust",
    ),
    (
        # the First-tier Tribunal on an appeal by the Secretary of State for Energy Security and Net Zero (FT.EA.2024.0262)
        "a department that appeals as its Secretary of State, the requester a numbered respondent",
        "Case Reference: FT.EA.2024.0262\nInformation Rights\nDecided without a hearing\nBefore\nJUDGE SANGER\n"
        "Between\nTHE SECRETARY OF STATE FOR ENERGY SECURITY AND NET ZERO\nAppellant\nand\n(1) THE INFORMATION "
        "COMMISSIONER\n(2) MR BEN WEBSTER\nRespondents\nDecision: The appeal is Dismissed.\n",
        "department-for-energy-security-and-net-zero",
        "Department for Energy Security and Net Zero",
    ),
    (
        # an ICO decision summary finding that the Francis Crick Institute is no public authority
        "a body the complainant requested from, what was asked after it",
        "22 March 2016, Health (Other)\nThe complainant has requested from the Northby Research Institute (the "
        "\u2018Institute\u2019) information relating to a physiologist's emails. The Commissioner's decision is that the "
        "Institute is not a public authority for the purposes of the FOIA.\n",
        None,
        "Northby Research Institute",
    ),
    (
        # an ICO decision summary of 2007 on a primary care trust (abolished 2013)
        "a primary care trust a decision defines",
        "12 November 2007, Health (NHS)\nThe complainant requested a copy of all investigative literature relating to "
        "any investigation carried out by Northby NHS Primary Care Trust (the \u201cPCT\u201d) into Urgent Care 24. The "
        "Commissioner decided that the PCT did not hold any information.\n",
        None,
        "Northby NHS Primary Care Trust",
    ),
    (
        # an ICO decision of 2018 on the trust renamed University Hospitals Plymouth NHS Trust in 2017
        "a trust's name before its rename, in a decision of the time",
        "5 February 2018, Health (NHS)\nThe complainant has requested information about car parking. The Commissioner's "
        "decision is that The Plymouth Hospitals NHS Trust has breached section 10 of the FOIA.\n",
        "university-hospitals-plymouth-nhs-trust",
        "Plymouth Hospitals NHS Trust",
    ),
    (
        # the Scottish Information Commissioner's Decision 102/2011 on City Building (Glasgow) LLP
        "a body the catalogue does not know in a Scottish decision's title, the applicant with his paper",
        "Home Decisions\n\nDecision 102/2011\n\nDecision 102/2011 Mr Tom Gordon of The Herald and Northby Building "
        "(Glasgow) LLP\n\nTendering process for Vehicle Fleet Services Contract\n\nReference No: 200900992\n",
        None,
        "Northby Building (Glasgow) LLP",
    ),
    (
        # the Scottish Information Commissioner's decision on Queens Cross Housing Association, a blank line under
        # the title
        "a body the catalogue does not know on a Scottish decision's Authority line",
        "Home Decisions\n\nDecision 134/2024\n\nDecision 134/2024: Number of complaints\n\nAuthority: Northby "
        "Cross Housing Association\nCase Ref: 202400052\n\nSummary\n\nThe Applicant asked the Authority for "
        "information on complaints.\n",
        None,
        "Northby Cross Housing Association",
    ),
    (
        # BAILII's page of the Commissioner's decision on Old Oak and Park Royal Development Corporation
        "a body the catalogue does not know in BAILII's title of a Commissioner's decision",
        "[Home] [Databases] [World Law] |\nInformation Commissioner's Office |\nYou are here: BAILII >> Databases >> "
        "Information Commissioner's Office >> Northby Park Development Corporation (NPDC) (Other) [2025] UKICO 346143 "
        "(8 April 2025) URL: https://www.bailii.org/uk/cases/UKICO/2025/346143.html |\nThe complainant has requested "
        "various information. The above public authority refused the request as vexatious.\n",
        None,
        "Northby Park Development Corporation",
    ),
    (
        # a First-tier Tribunal decision whose parties are the appellant and the Commissioner alone
        "the body a tribunal's substituted decision orders, the catalogue not knowing it",
        "First-tier Tribunal\nGeneral Regulatory Chamber\nBetween:\nWILLIAM SMITH\nAppellant\n- and -\nINFORMATION "
        "COMMISSIONER\nRespondent\nDecision: The appeal is allowed in part.\nThe decision notice shall be substituted "
        "so as to provide that Northby Harbour Commissioners shall within 35 days provide the Appellant with a list "
        "of all complaint handling procedures.\n",
        None,
        "Northby Harbour Commissioners",
    ),
    (
        "a tribunal's respondent the catalogue does not know, in capitals",
        "Between:\nJOHN SMITH\nAppellant\n- and -\n(1) THE INFORMATION COMMISSIONER\n(2) NORTHBY HARBOUR TRUST\n"
        "Respondents\n",
        None,
        "Northby Harbour Trust",
    ),
    (
        "Scotland's parole board, not the Parole Board for England and Wales its name holds",
        "Decision 137/2020: Mr X and the Parole Board for Scotland\n\nSummary\n\nMr X asked the Parole Board for "
        "Scotland for information about a hearing.\n",
        "parole-board-for-scotland",
        "Parole Board for Scotland",
    ),
    (
        "a combined county authority's disclosure log",
        "Disclosure Log\n\nRequest for information regarding solar PV assets owned or controlled by the Devon and "
        "Torbay Combined County Authority\n\nThe DTCCA can confirm that it does not own any sites.\n",
        "devon-and-torbay-combined-county-authority",
        "Devon and Torbay Combined County Authority",
    ),
    (
        "an executive agency's web address in a letterhead cut to its last lines",
        "t: 0300 003 3601 /\nwww.cica.gov.uk\nDX: GW 379 Glasgow\nMs Crane\nOur Ref: FOI_03_2012\n\nDear Ms Crane,\n\n"
        "I refer to your email of 21st May 2012.\n",
        "criminal-injuries-compensation-authority",
        "Criminal Injuries Compensation Authority",
    ),
    (
        "Northern Ireland's own health and safety executive, by name and abbreviation",
        "Subject: FOI/46/2015 - Freedom of Information request\n\nMr Dransfield,\n\nYou asked for the total costs to "
        "HSENI of the incident.\n\nThe Health and Safety Executive for Northern Ireland holds this information.\n",
        "health-and-safety-executive-for-northern-ireland",
        "Health and Safety Executive for Northern Ireland",
    ),
    (
        "a Northern Ireland body's disclosure log, by its abbreviation",
        "PBNI Disclosure Log - Response to Request\nRequest Reference: 305.04.16\nRequest\nQ1.\nHow many people have "
        "PBNI assessed as high risk?\n",
        "probation-board-for-northern-ireland",
        "Probation Board for Northern Ireland",
    ),
    (
        "an arm's-length regulator's letter, by its name and abbreviation",
        "Sent by email 3 May 2024\nFreedom of Information Act: Request for information on Groceries Code Adjudicator "
        "activities\nThank you for your email of 18 April 2024 regarding office supplies and the GCA.\n",
        "groceries-code-adjudicator",
        "Groceries Code Adjudicator",
    ),
    (
        "a Scottish executive agency named as the subject of its own statement",
        "FOI reference: FOI/202300384044\n\nResponse\n\nSocial Security Scotland holds the information requested.\n",
        "social-security-scotland",
        "Social Security Scotland",
    ),
    (
        "the police authority named in a letter's sign-off",
        letter("Civil Nuclear Police Authority\n"),
        "civil-nuclear-police-authority",
        "Civil Nuclear Police Authority",
    ),
    (
        "a disclosure log's answer naming the council as the subject of what it no longer does",
        "Freedom of information response\n\nSchool transport\n\nPublication date:\nThursday 27 August 2020\n\n"
        "1. How many pupils received free transport?\n2. What did it cost?\n3. Do you sell spare seats?\n\n"
        "1. 1,294 pupils received free home to school transport.\n\n2. The cost was £2.1 million.\n\n3. Wokingham "
        "Borough Council no longer offers spare seat places.\n",
        "wokingham-borough-council",
        "Wokingham Borough Council",
    ),
    (
        "a Scottish body named beside the UK agency it took over from",
        "Food Crime & Incidents\n\nRequest\n\n1. The names of the companies investigated by FSS since 2013.\n\n"
        "Response\n\nAn exemption under section 34(1)(b) of FOISA applies to the information we do hold.\n\nFood "
        "Standards Scotland (FSS) was established on 1 April 2015, when it took responsibility for the functions "
        "previously delivered in Scotland by the Food Standards Agency.\n",
        "food-standards-scotland",
        "Food Standards Scotland",
    ),
    (
        "a charity under the environmental regulations, signing its acknowledgement",
        "Dear Canal & River Trust,\n\nPlease provide a copy of report TRUST445.\n\nYours faithfully,\n\nAllan Richards\n\n"
        "Information Request, Canal & River Trust\n\nDear Mr Richards,\n\nThank you for contacting the Canal & River "
        "Trust with your enquiry.\n\nKind Regards\nHannah Mobberley\nInformation Officer\nCanal & River Trust\n",
        "canal-and-river-trust",
        "Canal & River Trust",
    ),
    (
        "a lottery distributor answering under its operating name",
        "Dear The National Lottery Heritage Fund,\n\nPlease send me a copy of the revised business plan.\n\nYours "
        "faithfully,\n\nSusan Smith\n\nThank you for your Freedom of Information request to the National Heritage\n"
        "Memorial Fund/ National Lottery Heritage Fund.\n\nThe National Lottery Heritage Fund\nWebsite: "
        "heritagefund.org.uk\n",
        "national-lottery-heritage-fund",
        "National Lottery Heritage Fund",
    ),
    (
        "a police force named in the refusal template as the body the Act binds",
        "Quickly exit this site\nFOI Reference: 828/2023\nRequest:\n" + "This might include:\n" * 12 + "Please select "
        "all that apply.\nResponse:\nSection 1 of the Freedom of Information Act 2000 places two duties "
        "on public authorities.\nI can confirm that the cost of determining whether any information is held is "
        "above the appropriate limit.\nWhere exemptions are relied upon Section 17 of the Freedom of Information Act "
        "2000 requires Dyfed Powys Police, when refusing to provide such information, to provide you with a notice.\n",
        "dyfed-powys-police",
        "Dyfed-Powys Police",
    ),
    (
        "a disclosure log's heading of the council's response",
        "FOI Disclosure Log\n\nCustomer Request Details\n\n28 April 2020\n\n1. How many incidents of fly "
        "tipping occurred in each of the last five years?\n2. How many since the beginning of 2020?\n3. How many "
        "were reported by the public?\n4. What did clearing them cost?\n5. How many fines were issued?\n\n"
        "East Herts Council Response\n\n28 April 2020\n\nI am writing to acknowledge receipt of your request.\n",
        "east-hertfordshire-district-council",
        "East Hertfordshire District Council",
    ),
    (
        "a university named once in passing that then calls itself the University",
        "06 June 2022\nDear C. Swanson,\nI refer to your Freedom of Information request about applications to Abertay "
        "University's Undergraduate programmes.\nThe University considers that to release the exact number would "
        "not be fair to the data subjects.\n",
        "abertay-university",
        "Abertay University",
    ),
    (
        # the Northern Care Alliance's report for a trust since dissolved, on WhatDoTheyKnow
        "a dissolved trust named in its report's response heading",
        "Freedom of Information Report\nFOI / 9791\nQuestion (dated: 31/10/19)\nPlease provide the total agency "
        "spend of your Trust.\nResponse \u2013 Pennine Acute Hospitals NHS Trust\n1. General Nursing -\n271131.66hrs\n"
        "4. RMNs (where Applicable) \u2013\nThe Trust does not use this staff group.\n",
        "pennine-acute-hospitals-nhs-trust",
        "Pennine Acute Hospitals NHS Trust",
    ),
    (
        # the London Borough of Merton's letter, on a document site
        "a body named only in the address its review-rights sentence runs on into",
        "Dear Mr Fleetham\n\nFREEDOM OF INFORMATION ACT 2000 - INFORMATION REQUEST\n\nYour request for information "
        "has now been considered and the information is outlined below.\n\n1. How many allotment plots are on the "
        "site?\n\nPlease see attached sheet.\n\nIf you have any queries or concerns then please contact me.\n\nIf you "
        "are dissatisfied with the handling of your request please contact the\n\nInformation Governance Manager\n\n"
        "The London Borough of Merton, ",
        "london-borough-of-merton",
        "London Borough of Merton",
    ),
    (
        # Comhairle nan Eilean Siar's internal review by email, quoting a request that names the Scottish Government
        "a council named once that calls itself the Comhairle, over a body named twice in passing",
        "Good morning Mr Staniford\nI refer to your request for review below.\nYou original request was as follows:\n"
        "A recent FOI disclosure this week from the Scottish Government includes emails showing that mortality data "
        "was recently reported for the first time to Comhairle nan Eilean Siar.\nThe Comhairle\u2019s response was as "
        "follows:\nOn 4/10/2022 the Comhairle received a complaint regarding the smell. The complainant was advised to "
        "contact the Scottish Government.\n",
        "comhairle-nan-eilean-siar",
        "Comhairle nan Eilean Siar",
    ),
    (
        "an NHS trust named once that calls itself our Trust",
        "Dear Wendy\n\nPlease note that The Tavistock and Portman NHS Foundation Trust is a specialist mental health "
        "trust.\n\nYour request for information is not applicable to our Trust as we do not offer inpatient "
        "admissions.\n",
        "tavistock-and-portman-nhs-foundation-trust",
        "Tavistock and Portman NHS Foundation Trust",
    ),
    (
        "an email address wrapped at a hyphen of its domain, and a body named in an annex below the sign-off",
        "Rathgael House\nBT19 7PR\n21 November 2022\nDear Mr Boyle\nI refer to your email dated 24 October 2022 to "
        "the Department.\nThe information you have requested is being withheld as it falls under section 35 of the"
        "\nFreedom of Information Act. You may write to the Departmental Information Manager or send an email to "
        "freedom.info@education-\nni.gov.uk, if you wish to make a complaint.\nYours sincerely\nAnnex A - Public "
        "Interest Test\nSection 35\nInformation held by a government department or by the National Assembly for "
        "Wales is\nexempt information if it relates to: the formulation or development of government policy.\n",
        "department-of-education",
        "Department of Education",
    ),
    (
        "Cafcass by its usual short name in the letterhead",
        "H. Grants\nCafcass National Office\n3rd Floor\n21 Bloomsbury Street\nOur ref: Gov/CAF 17-146\n"
        "25 October 2017\nDear H. Grants\nThank you for your email of 5 October.\n",
        "children-and-family-court-advisory-and-support-service",
        "Children and Family Court Advisory and Support Service",
    ),
    (
        "the Financial Ombudsman Service by its company name on WhatDoTheyKnow",
        "Dear Financial Ombudsman Service Limited,\n\nPlease disclose the review.\n\nYours faithfully,\n\nC Factory\n\n"
        "Information Rights Officer, Financial Ombudsman Service Limited\n\nDear Requestor\n\nI am emailing to "
        "confirm receipt of your request for information.\n",
        "financial-ombudsman-service",
        "Financial Ombudsman Service",
    ),
    (
        "Acas greeted by its full name on WhatDoTheyKnow",
        "Dear Advisory, Conciliation and Arbitration Service,\n\nHow often has an ACAS Arbitrator sat on the panel?"
        "\n\nYours faithfully,\n\nC Griffin\n\nNeil EDWARDS, Advisory, Conciliation and Arbitration Service\n\n"
        "Dear Mr Griffin\n\nPlease find our response attached.\n",
        "advisory-conciliation-and-arbitration-service",
        "Advisory, Conciliation and Arbitration Service",
    ),
    (
        "a university naming itself only by its abbreviation as the subject of what it is doing",
        "Paisley Campus\nOur ref: F19/204\n12th September 2019\nDear Mr Pandeya\nThe market in recruiting overseas "
        "students is highly competitive. UWS is competing not only with other Scottish Universities but with other "
        "UK Universities.\n",
        "university-of-the-west-of-scotland",
        "University of the West of Scotland",
    ),
    (
        "a body's abbreviation in its review-rights paragraph names it",
        "Our ref: 201604222/MLS\n\nDear Sir\n\nFurther to your request for information under the Freedom of "
        "Information Act, I am writing to let you know that the time limit for response needs to be extended.\n\n"
        "If you are unhappy with the decisions made by HSE you may ask for an internal review within two calendar "
        "months of the date of this letter by writing to me.\n",
        "health-and-safety-executive",
        "Health and Safety Executive",
    ),
    (
        "a body's abbreviation inside a longer name names that body",
        "Correspondence of the Compliance Officer\n\nResponse\n\nThe Act requires the Compliance Officer for IPSA "
        "to publish procedures, and the Compliance Officer for IPSA has published them on our website.\n",
        "compliance-officer-for-the-independent-parliamentary-standards-authority",
        "Compliance Officer for the Independent Parliamentary Standards Authority",
    ),
    (
        "an NHS trust outside the catalogue greeted, with a department's abbreviation in the request",
        "NHS cyber-attacks\n\nDear Northby Integrated Health and Care NHS Trust,\n\nHow many incidents over the "
        "last 3 years were reported to the Department of Health and Social Care?\n\nHow many incidents were "
        "reported to both DHSC and the ICO?\n\nYours faithfully,\n\nNicholas Dean\n\nDear Nick,\n\nThank you "
        "for your Freedom of Information request.\n",
        None,
        "Northby Integrated Health and Care NHS Trust",
    ),
    (
        "a Northern Ireland trust shortening Health and Social Care to H&SC",
        # (the Northern Health and Social Care Trust's reply letter, its name in no letterhead)
        "Information Governance Department\n\n3 March 2015\n\nDear Ms Quinn\n\nRe: Request for information\n\n"
        "The Western H&SC Trust considers that this information is exempt from disclosure under section 40(2).\n",
        "western-health-and-social-care-trust",
        "Western Health and Social Care Trust",
    ),
    (
        "a body named as one of two subjects of the reply's own statement",
        # (South Yorkshire Passenger Transport Executive's reply, its letterhead lost in the copy)
        "Dear Julie Anne\n\nYour request for information has now been considered and the information requested is "
        "enclosed.\n\n1) What incidents occurred on Canklow Road?\n\nWest Yorkshire Passenger Transport Executive and "
        "Police have logged two acts of vandalism causing smashed glazing to buses.\n",
        "west-yorkshire-passenger-transport-executive",
        "West Yorkshire Passenger Transport Executive",
    ),
    (
        "a police and crime commissioner named by its statutory title alone keeps it",
        "Reference: FS50500001\n\nFreedom of Information Act 2000 (FOIA) Decision notice\n\nDate: 3 March 2014\n\n"
        "Public Authority: Police and Crime Commissioner for Kent\n",
        "office-of-the-police-and-crime-commissioner-for-kent",
        "Police and Crime Commissioner for Kent",
    ),
    (
        "a Northern Ireland trust shortening Health and Social Care to HSC",
        "Dear Mr Reid\n\nThe South Eastern HSC Trust does not hold the information you requested.\n",
        "south-eastern-health-and-social-care-trust",
        "South Eastern Health and Social Care Trust",
    ),
    (
        "NHS Digital named by its legal name, the only one it used before 2016",
        "Our ref: NIC-363485-C3Q1S\n30th July 2015\nDear Dr Bhatia,\nI can confirm that the Health and Social Care "
        "Information Centre (HSCIC) has considered your request dated the 1st July 2015.\n",
        "nhs-digital",
        "Health and Social Care Information Centre",
    ),
    (
        "a Scottish college under its board's name in a commissioner's decision",
        "Decision 076/2008 Ms Caroline Hughes and the Board of Management of Carnegie College\n\nReference No: "
        "200701110\nDecision Date: 8 July 2008\n\nSummary\n\nMs Hughes submitted an information request to Lauder "
        "College (as it was at the time: in the course of the investigation it changed its name to Carnegie College) "
        "(the College).\n",
        "carnegie-college",
        "Carnegie College",
    ),
    (
        # the Crown Office and Procurator Fiscal Service's published response, headed by its initials alone, its name
        # spelt nowhere
        "the body's initials heading the page",
        "Accessibility |\n\nCOPFS\n\nRegulation of Investigatory Powers Act 2000, Section 53(1) R015750\n\nThank you "
        'for your request dated 29 March 2017 for the undernoted information:\n\n"How many people were tried?"\n\nI '
        "can advise that six people were tried.\n",
        "crown-office-and-procurator-fiscal-service",
        "Crown Office and Procurator Fiscal Service",
    ),
    (
        # Kirklees Council signing a reply on WhatDoTheyKnow under the name the site lists it by
        "a council signing with another kind of council in its name",
        "Dear Ms Doe,\n\nThank you for your request for information.\n\nYours sincerely,\n\nInformation Governance"
        "\nKirklees Borough Council\n",
        "kirklees-council",
        "Kirklees Council",
    ),
    (
        # South Tees Hospitals NHS Foundation Trust's refusal, its name printed with "Hospital" singular
        "a trust named with a word's plural lost",
        "Dear Mr Frey\n\nSouth Tees Hospital NHS Foundation Trust has decided to refuse your request.\n\nYours "
        "sincerely\n\nInformation Governance\nSouth Tees Hospital NHS Foundation Trust\n",
        "south-tees-hospitals-nhs-foundation-trust",
        "South Tees Hospitals NHS Foundation Trust",
    ),
    (
        "a college whose legal name has the article, greeted without it",
        "Dear Bournemouth and Poole College,\n\nI am writing further to clear up discrepancies in your Freedom of "
        "Information response.\n\nYours faithfully,\n\nA Reader\n",
        "bournemouth-and-poole-college",
        "Bournemouth and Poole College",
    ),
    (
        "a primary care trust by the name it traded under",
        # Rotherham PCT's reply on its FOI process, naming itself only so
        "Request 2 - How many FOI requests have you received in the previous 12 months?\n\nResponse 2- 320\n\nThe "
        "Information Governance agenda in NHS Rotherham is managed by the Information Governance lead.\n",
        "rotherham-primary-care-trust",
        "Rotherham Primary Care Trust",
    ),
    (
        "a complaints office the ICO decided on as a public authority",
        # BAILII's copy of the ICO's decision summary FS50308409, its quotes garbled
        "Summary: The complainant requested from the Adjudicator-\u2122s Office (the -\u02dcpublic authority-\u2122) a "
        "number of items of information regarding the process of -\u02dcex gratia-\u2122 payments. The Commissioner "
        "has determined that the public authority was correct that it did not hold the information.\nSection of "
        "Act/EIR & Finding: FOI 1 - Complaint Not upheld\n",
        "adjudicators-office",
        "Adjudicator's Office",
    ),
    (
        "a primary care trust with 'NHS' before 'Primary Care Trust'",
        # FOIwiki's summary of the ICO's decision on Gloucestershire PCT, named in the style the ICO used for PCTs
        "Decision Summary\n\n  \u2022 Case Ref: FS50125530\n  \u2022 Date: 12 November 2007\n  \u2022 Public Authority: "
        "Gloucestershire NHS Primary Care Trust\n  • Summary: The complainant submitted a request for documents.\n",
        "gloucestershire-primary-care-trust",
        "Gloucestershire Primary Care Trust",
    ),
    (
        # Cadw's letter answering an ATISN request: its own addresses at the head, the Welsh Government named at the
        # foot as the body it belongs to. The agency writing is named, not its government.
        "an agency on its own letterhead",
        "Tŷ’r Afon, Heol Bedwas, Caerffili CF83 8WT www.cadw.llyw.cymru www.cadw.gov.wales\n\n"
        "Dear\n\nATISN 14957 – Delisting Casework\n\nThank you for your request which was received on 26 February."
        "\n\nI can advise you that we considered 57 buildings for delisting.\n\nCadw is the Welsh Government's "
        "historic environment service working for an accessible and well-protected historic environment for Wales.\n",
        "cadw",
        "Cadw",
    ),
]


@pytest.mark.parametrize(("text", "authority_id", "name"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_authority(text: str, authority_id: str | None, name: str) -> None:
    authority = parse_text(text).authority
    assert authority is not None
    assert (authority.id, authority.name) == (authority_id, name)


def test_a_body_named_only_in_the_request_the_reply_quotes_is_not_the_letterhead() -> None:
    # The Crown Office and Procurator Fiscal Service's published response: the request it quotes names the Scottish
    # Courts and Tribunals Service above the reply's first words
    text = (
        "Thank you for your request dated 29 March 2017 under the Freedom of Information (Scotland) Act 2002 for the "
        'undernoted information:\n\n"The Scottish Courts and Tribunals Service have confirmed that six people have '
        "been tried.\n\n1. Please supply any recorded information held by the Scottish Courts and Tribunals Service "
        'that may shed light on this."\n\nI can advise that one charge was found not guilty.\n'
    )
    authority = parse_text(text).authority
    assert authority is None or authority.id != "scottish-courts-and-tribunals-service"


NO_BODY_CASES = [
    # Gloucestershire Health and Care NHS Foundation Trust's published response, the trust named nowhere: a grade of
    # doctor by its initials twice (Specialty and Associate Specialist), not the Scottish Ambulance Service
    pytest.param(
        "Freedom of Information Request – Ref: FOI 204-2025\nThank you for your recent Freedom of Information "
        "request. Please find our response below.\nYou asked:\nConsultants, SAS Doctors, Allied Health "
        "Professionals (AHPs)\n1. Does your organisation use job planning software?\n2. If yes, please can you "
        "specify the name of the job planning supplier?\n3. If no, could you please specify how you carry out job "
        "planning?- for example paper based, Excel, Microsoft word, Other- please state\n4. What is the contract "
        "start date for your job planning supplier?\n5. What is the contract end date for your job planning "
        "supplier?\n6. What was the annual cost of your job planning supplier for the financial year 24/25 (April "
        "2024 – March 2025)?\n7. Is job planning in your organisation demand led?\n8. If yes, what frequency is it "
        "reviewed? (Monthly, Quarterly, Annually)\n9. For each staffing group what percentage of staff is job "
        "planning rolled out to?\n10. What other third-party systems does your Job planning system integrate "
        "with?\nOur response:\nConsultants | SAS Doctors | Allied Health Professionals (AHPs) | |\n1. Does your "
        "organisation use job planning software? | Yes | Yes | Pilot underway |\n2. If yes, please can you specify "
        "the name of the job planning supplier? | SARD | SARD | L2P – Patchwork Health |\n3. If no, could you "
        "please specify how you carry out job planning?- for example paper based, Excel, Microsoft word, Other- "
        "please state | Not applicable | Not applicable | Excel workbook |\n",
        id="a_grade_of_doctor_by_its_initials_is_no_body",
    ),
    # Leeds and York Partnership NHS Foundation Trust's reply reposted on a campaign's page: "our Trust" throughout,
    # the one trust named the other party of a contract in the same sentence
    pytest.param(
        "Dear Ms Smith\nThank you for your correspondence received on 15th April requesting information from our "
        "Trust.\nOur Trust, "
        "along with other Trusts, are currently using the RCPSYCH Leaflet - please see attached.\nThe number of "
        "electroconvulsive therapy (ECT) treatments carried out by our Trust in 2023 was 324.\n*Please note that all "
        "figures provided include data for Bradford District Care Trust, as our Trust provides ECT treatment for them "
        "under a contract.  Therefore, figures provided are inclusive of these treatments.\n",
        id="a_trust_named_beside_our_trust_in_one_sentence_is_another",
    ),
    # a request on East Hertfordshire District Council's disclosure log, its page greeting no one: a school the
    # catalogue does not know, named inside the request's sentence as a field's owner
    pytest.param(
        "FOI Disclosure Log\n\nCustomer Request Details\n\n09 July 2021\n\nPlease provide full details of your "
        "request\nOn April 1st 2015 the second if two majestic oaks was felled in a field belonging to Birchwood "
        "School. The field is bounded by Parsonage Lane, Dunmow Road and Raynham Road.\n",
        id="an_unknown_school_in_the_request_sentence_at_the_top_is_no_letterhead",
    ),
    # a request on East Cambridgeshire District Council's disclosure directory, a relief from council tax by its
    # initials, the page naming the council nowhere
    pytest.param(
        "FOI/EIR 25/26-411-Council Tax Enforcement\n\nRequest received 21 November 2025\n\n4. Households in receipt "
        "of Council Tax Reduction (CTR) a. Number of cases referred to enforcement agents where the household was in "
        "receipt of CTR b. Number of Liability Orders granted where the household was in receipt of CTR c. For "
        "Liability Orders involving households on CTR, a split by:\no Working-age households\n",
        id="a_relief_from_council_tax_with_its_initials_is_no_body",
    ),
    # NHS Greater Manchester Integrated Care Board's published request, its category a kind of care in capitals with
    # its initials, which the follow-up request then speaks of
    pytest.param(
        "| Reference | FOI 2025/1514 |\n|---|---|\n| Description | CHC costings and care plans |\n| Category | "
        "Continuing Health Care (CHC) |\nThank you for your response to FOI 1463.\n1. CHC costings and care plans\n"
        "CHC costings were not provided in the response, nor any policy on CHC care plans.\n",
        id="a_kind_of_care_with_its_initials_is_no_body",
    ),
    pytest.param(
        "Disclosure Log 2021\n\nNature of Request\n\nWe request information about the Northby Reporting Board and "
        "the NRB report.\n\nResponse\n\nThere were no investigations.\n",
        id="initials_that_never_speak_for_the_reply_name_no_body",
    ),
    pytest.param(
        # an ICO decision notice's summary that never names the clinical commissioning group it is about
        "15 September 2014, Health (NHS)\nThe complainant has requested information relating to the provision of NHS "
        "Continuing Healthcare. The Clinical Commissioning Group (CCG) responded to the request but failed to do so "
        "within 20 working days. During investigation the CCG informed the Commissioner that it had reconsidered its "
        "position. The Commissioner's decision is that the CCG breached section 10. As the CCG has not yet provided "
        "the information, it has breached section 1(1)(b).\n",
        id="a_kind_of_body_defined_by_its_initials_is_no_body",
    ),
    pytest.param(
        # the Solicitors Regulation Authority's letter to a firm of solicitors, its own name nowhere but in its web address
        "Our Ref: TC/2018/119\nThe Cube\nBirmingham B1 1RN\nJuly 2018\nDear Northby LLP,\nInformation request - Our "
        "Ref: TC/2018/119\nI am writing in response to your email of 5 July 2018.\nYou requested the following "
        "information:\n1. The number of complaints you have received.\n",
        id="a_firm_the_reply_greets_is_no_body",
    ),
    pytest.param(
        # Mersey Care NHS Foundation Trust's log page, whose web address alone names it
        "Freedom of Information - Information Technology (IT)\n\nWhat software product(s) are you using to manage your "
        "IT Service Management?\n\nThe contract is due to expire in April 2018\n\nSupport costs are shared across all "
        "IT partners.\n\nOur shared service for IT provision reviews the tool.\n",
        id="a_subject_defined_by_its_initials_is_no_body",
    ),
    pytest.param(
        # A request sent to many trusts, on East Lancashire Hospitals NHS Trust's log, which greets no one and names the trust
        # only by its initials; and the same request's opening on Salisbury NHS Foundation Trust's.
        "Section 1 \u2013 Violence and Aggression Statistics\n1. Please provide the most recent staff survey results or"
        " internal reporting data relating to violence and aggression incidents against staff, in line with NHS"
        " England, CQC, and VPR reporting frameworks.\nThis is exempt from disclosure under Section 21 of the FOI Act,"
        " as it is reasonably accessible to you by other means.\n",
        id="bodies_whose_frameworks_a_request_follows_are_not_the_body-elht",
    ),
    pytest.param(
        "Internal Reference Number: FOI_9019\n| Question Number 1: I am writing under the Freedom of Information Act"
        " 2000 to request information relating to your Trust\u2019s data, policies, and training provision concerning"
        " violence and aggression towards staff, as monitored under NHS England, the Care Quality Commission (CQC), and"
        " the Violence Prevention and Reduction (VPR) standards.\n",
        id="bodies_whose_frameworks_a_request_follows_are_not_the_body-salisbury",
    ),
    pytest.param(
        # Police Scotland's refusal, a PDF's text joined into one line, which names the force nowhere.
        "NOT PROTECTIVELY MARKED 3 March 2016 Our Ref: IM-FOI-2016-2711 FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 I"
        " refer to your recent request for information. I write to you as the organisation that is most likely to have"
        " the institutional knowledge pertaining to the Association of Chief Police Officers in Scotland (ACPOS).\n",
        id="the_chief_police_officers_association_is_no_police_force",
    ),
    pytest.param(
        # The Moray Council's page of published requests, which names the council nowhere.
        "FOI Request School Exclusions\n\nRequest 101001433007\n\nMy request concerns figures for the total number of"
        " recorded exclusions in schools (both primary and secondary) across the council region.\n1. Can you provide"
        " figures for the past year and a breakdown of the number of exclusions each month?\n",
        id="a_request_heading_naming_schools_names_no_school",
    ),
    pytest.param(
        # Devon County Council's published request: "an active Education Health and Care Plan (EHCP)", the initials used
        # after "an" and in the plural; Lincolnshire County Council's: "an Education Health Care (EHC) needs assessment".
        # The page names no body, so none is found.
        "Education Health and Care Plans\n\nUnder the Freedom of Information Act 2000, I would like to request the "
        "following information:\n\n1) The total number of children with either 1) an active Education Health and "
        "Care Plan (EHCP) with your council, or 2) awaiting the outcome of an EHCP needs assessment:\n\nActive EHCPs "
        "Awaiting an EHCP Total\n31st December 2023 5305 1021 6326\n\nFor those awaiting an EHCP this includes all "
        "children who had submitted a request. The EHCP figures are as at the date shown.\n",
        id="a_things_name_defined_by_initials_is_no_body-devon",
    ),
    pytest.param(
        "- Request\n-\nA local authority must secure an Education Health Care (EHC) needs assessment if the child "
        "has special educational needs.\nI am seeking recorded information on the following:\n- The number of initial "
        "requests that were made for an EHC needs assessment during the 2019 financial year.\n- The number of initial "
        "requests for an EHC needs assessment that were refused.\n- The number of EHC needs assessments granted.\n"
        "- Decision\n- 1390\n- 72\n",
        id="a_things_name_defined_by_initials_is_no_body-lincolnshire",
    ),
    pytest.param(
        # Scottish Borders Council's log: its title "Unoccupied Council Houses / Tax", the page naming no body.
        "Unoccupied Council Houses / Tax - Freedom of information requests\n\nTitle or Description\nUnoccupied Council "
        "Houses / Tax\nFOI Number\n16\nDate Received\n05/01/2022\nRequest or Question\n1. How many residential "
        "properties are owned by your Council?\n",
        id="council_describing_what_follows_is_no_body-text",
    ),
    pytest.param(
        # Moray Council's log: "Emergency Council Accommodation", a kind of temporary housing in an answer.
        "FOI Request - Homes for Ukraine\nRequest 101003108299\n1. How many refugees are being housed in temporary "
        "accommodation within your area?\nResponse 09-08-2022\n1. Hotel 21, Emergency Council Accommodation <5*\n",
        id="council_describing_what_follows_is_no_body-moray",
    ),
    pytest.param(
        # Every reply points to the Commissioner: "you may complain to the ICO" names no body answering.
        "Dear Mr Smith\n\nThank you for your request. We do not hold the information.\n\nIf you are unhappy you may "
        "complain to the ICO.\n\nYours sincerely\nFOI Team\n",
        id="a_regulators_abbreviation_in_a_reply_is_no_evidence",
    ),
    pytest.param(
        # The Metropolitan Police Service's page asking about "National Police and Emergency Services Framework Agreement
        # for ...", the force named nowhere: no "National Police" in its letterhead
        "Freedom of information request reference no: 01.FOI.21.021593\nI note you seek access to the following "
        "information:\nNational Police and Emergency Services Framework Agreement for Electronic Security, Control "
        "Room Systems and Audio-Visual Systems.\nThe details we require are:\n\u2022 Actual spend on this contract"
        "\n\u2022 Start date & duration of framework?\n",
        id="a_longer_titles_first_words_are_no_police_force",
    ),
    pytest.param(
        # Moray Council's log: "FOI Request Council Commercial Property Purchases", the page naming no body
        "FOI Request Council Commercial Property Purchases\n\nRequest 101001494799\n\nHow much has your authority "
        "invested in commercial property since 2017?\n\nResponse 24-05-2017\n\n2016 - £220,000\n",
        id="a_log_titles_request_word_before_council_names_no_council",
    ),
    pytest.param(
        # A request on Gloucestershire Health and Care NHS Foundation Trust's log: "V&A" is violence and aggression here,
        # not the Victoria and Albert Museum
        "Freedom of Information request\n\n1. Within your incident reporting system, what subcategories are used under "
        "the number of \u201cviolence and aggression\u201d (V&A) incidents?\n\n2. Provide the total number of reported V&A "
        "incidents against staff for each quarter.\n\nOur response:\n\nPlease see the table below.\n",
        id="initials_defined_by_words_in_lower_case_name_no_body",
    ),
    pytest.param(
        # A council's EIR refusal on WhatDoTheyKnow, its name redacted wherever it stood: "While Council" names no body.
        "Public interest factors in favour of maintaining the exemption\n"
        "While  Council  recognises  there  is  always  going  to  be  a  public  interest  in  the  disclosure  of\n"
        "information, particularly in relation to planning.\n",
        id="a_conjunction_before_a_blanked_councils_name_is_no_name",
    ),
    pytest.param(
        # The National Police Chiefs' Council's refusal, as the requester's site quotes it: the precedent's parties.
        "Refusal under Section 14(1)\n"
        "Section 14(1) of the Act states that a public authority does not have to comply with vexatious request. There"
        " is no public interest test and no requirement to provide any information.\n"
        "The term 'vexatious' is not defined in the legislation in ICO vs Devon County Council & Dransfield the Upper"
        " Tribunal defined the purpose of Section 14 as to protect the resources of the public authority.\n",
        id="a_body_named_as_a_party_to_a_decided_case_inside_a_sentence_is_not_the_body",
    ),
    pytest.param(
        # Moray Council's log, its title naming a service; a council's published response, a benefit and its initials.
        "FOI Request - Wraparound After School and Breakfast Club Provision\nRequest 101003854715\nScope and timeframe\n"
        "Please provide service-level annual totals for academic years 2022/23 to 2024/25.\n",
        id="a_service_or_a_benefit_named_with_school_is_no_body-moray",
    ),
    pytest.param(
        "Freedom of information response\nFree School Meals\nThe number of pupils (age 5-11) registered for Benefits "
        "Based Free School Meals (BBFSM) in both the last (22/23) and the current (23/24) academic year.\nI would like "
        "you to provide this information for BBFSM by year group. BBFSM pupils in 22/23: 1,204. BBFSM pupils in 23/24: "
        "1,310.\n",
        id="a_service_or_a_benefit_named_with_school_is_no_body-meals",
    ),
    pytest.param(
        # Moray Council's log, naming itself nowhere, pointing to Registers of Scotland for what else there is.
        "FOI Request - Landlord registration\nRequest 101003338125\n1. The total number of properties with a valid "
        "registration\nResponse 25-10-21\nPlease see document located here.\nAdditional information would be held by "
        "Registers of Scotland (ROS) https://www.ros.gov.uk/our-registers. This information therefore falls under "
        "Section 25 of the Freedom of Information (Scotland) Act 2002 - information otherwise accessible.\n",
        id="a_body_said_to_hold_additional_information_is_not_the_replying_body",
    ),
    pytest.param(
        # The Information Commissioner's notice on Somerset County Council as docslib prints it, the place lost
        "Reference: FER0893808\n\nFreedom of Information Act 2000 (FOIA)\n\nEnvironmental Information Regulations "
        "2004 (EIR) Decision notice\n\nDate: 23 June 2020\n\nPublic Authority: County Council Address: County Hall The "
        "Crescent Northby NB1 4DY\n\nDecision (including any steps ordered)\n\n1. The complainant has requested "
        "information about a planning application.\n",
        id="a_councils_kind_alone_in_a_decisions_authority_field_names_no_body",
    ),
    pytest.param(
        # A request on Blackpool Teaching Hospitals NHS Foundation Trust's log, which names the trust nowhere
        "Request Date December 18, 2018\n1. Number of candidates registered on locum bank\n2. Number of agency locums "
        "cost over NHS Improvement price cap and also as a percentage\n3. Number agency nurses cost over NHS "
        "Improvement price cap and also as a percentage\nResponse\nThe locum bank is non-medical and is managed in "
        "house\n",
        id="a_regulators_price_cap_names_no_body",
    ),
    pytest.param(
        # A request on the London Borough of Lambeth's data hub, which greets no one and names the council nowhere
        "06 March 2023\nYour request\nI would be most grateful if you could please provide the various consultee "
        "comments, in particular that of the Council's Conservation Officer and Historic England, for the above "
        "application (22/02489/FUL - Redevelopment of 99-101 Waterloo Road) as they do not appear to be available on "
        "the Council's website.\nOur response\nWe consider that the EIR is the correct legislation for this "
        "response.\n",
        id="a_body_the_requests_paragraph_names_at_the_top_of_a_page_is_no_letterhead",
    ),
    pytest.param(
        # An ICO summary on a district council it never names: the ombudsman is a kind of complaint, not the body
        "5 March 2007, Local government (District council)\nThe complainants had requested all documents held regarding "
        "planning applications submitted by a neighbour, their subsequent complaints, and complaint to the local "
        "government ombudsman. The Council provided some of the information requested.\n",
        id="a_name_in_lower_case_inside_a_sentence_is_no_letterhead",
    ),
    pytest.param(
        # Merthyr Tydfil County Borough Council's log heads the requester's kind as "Organisation :"
        "Disclosure Log\n\nRecord Ref : FOI 11873\nDate Received : 08/01/2026\nOrganisation : Private Individual\n"
        "Application Type : Private Individual\nQuestion\n\nPlease confirm the total spend.\n",
        id="a_logs_requester_organisation_is_not_the_body",
    ),
    pytest.param(
        "General Surgery\n\nDear Mr Fox,\n\nThe waiting time for a first appointment is 14 weeks.\n",
        id="a_hospital_department_heading_is_no_gp_practice",
    ),
    pytest.param(
        # A clinical commissioning group's list of its responses, a row's document and key words naming another body
        "Previous Freedom of Information requests\n\nResponse date FOI request Key words Additional documents\n"
        "21 August 2019 FOI 007533 MHRA safety alerts.pdf [pdf] 139KB MHRA safety alerts N/A\n"
        "21 August 2019 FOI 007546 Referral management services.pdf [pdf] 137KB referral management services N/A\n",
        id="an_abbreviation_repeated_in_one_log_row_is_no_body",
    ),
    pytest.param(
        # The Suffolk Police and Crime Commissioner's disclosure log: the second entry's reply names the force.
        "the Police and Crime Commissioner maintains and publishes a Disclosure Log of responses.\n\n"
        "1. Request received 17 January 2018\n\n1. How many grants were awarded?\n\n2. What was their total value?\n\n"
        "Response sent 26 January 2018 (PDF, 330KB).\n\n2. Request received 19 January 2018\n\nPlease send me all of "
        "the information you hold about me.\n\nResponse sent 2 February 2018\n\nI understand you have sent your request "
        "to Suffolk Constabulary who will review and respond accordingly.\n\nSuffolk Constabulary does hold personal "
        "data relating to you.\n",
        id="a_body_named_only_in_a_logs_later_entry_is_not_the_authority",
    ),
    pytest.param(
        # A mental health trust's reply, which calls itself only "Our Trust": "Royal College" is the start of the Royal
        # College of Psychiatrists' name, not a college answering.
        "1. Please supply the patient information leaflet.\nOur Trust provides patients with the Royal College of "
        "Psychiatrists' patient information leaflet which is publicly available.\n",
        id="a_professional_bodys_name_is_no_colleges_name",
    ),
    pytest.param(
        # the Department for Infrastructure's reply, "the Department" nowhere named: the councils are places the figures are for
        "Rivers Directorate\nOur reference: DFI/2023-0501\n5 February 2024\nDear Sir/Madam\nI have responded to the "
        "specific issues you have raised as follows:-\n(i)\nResponses related to Antrim and Newtownabbey Council "
        "area(s) in last 5 years. The number of investigations that lie within the Antrim and Newtownabbey Council "
        "area is provided below.\n(ii)\nResponses related to Belfast City Council area in last 5 years.\n",
        id="councils_named_for_their_areas_are_no_body",
    ),
    pytest.param(
        # Moray Council's log, which names the council nowhere: the government agency whose grant paid for the
        # chargers, named twice in the answers
        "EIR Request - Electric Vehicles\nRequest 101002699865\n1. The number of publicly installed electric "
        "vehicle charging points installed in each of the last five financial years - a) 2020-2021, b) "
        "2019-2020, c) 2018-2019, d)2017-2018, and e) 2016-2017\n2. The total number of publicly installed "
        "electric vehicle charging points across the local authority to date.\n3. A copy of a formal plan to "
        "increase the number of charging points.\nResponse 05.03.21\na) 4\nb) 12\nc) 1\nd) 2\ne) 0\n2) 23 "
        "Publicly Accessible Chargers installed using Transport Scotland Grant Funding\n3) No formal plan at "
        "this time as funding is allocated on a yearly basis and is not guaranteed by Transport Scotland. "
        "This information is therefore subject to exclusion 10(4)(a) of the Environmental Information "
        "(Scotland) Regulations 2004 - Information Not Held.",
        id="an_agency_whose_grant_funding_paid_is_no_body",
    ),
    pytest.param(
        # Staffordshire University's log, which names the university nowhere: a question's first word, glued to the
        # date before it, is no name's
        "University Disclosure Log\n\nDate received Date due Date completed Information asked for Notes\n24 April "
        "201223 May 20122 May 2012Does University conduct experiments on living animals? If yes, how many living "
        "animals are currently held on the premises for research purposes?\n",
        id="a_questions_first_word_before_university_is_no_name",
    ),
    pytest.param(
        # Dover District Council's log, which names the council nowhere: the body whose data the request cites
        "FI16542\nRequest\nI am seeking data relating to properties within your authority area that are currently "
        "exempt from Council Tax under the following classes.\nI respectfully submit that: My request does not seek "
        "full property addresses. Classes E and F typically relate to properties under legal control (executors or "
        "solicitors), which are no more vulnerable than those already published through Land Registry data.\n"
        "Response\nThe Council is unable to provide the full postcode for the properties.\n",
        id="a_body_whose_data_a_request_cites_is_no_body",
    ),
    pytest.param(
        # Moray Council's log of data breaches, which names the council nowhere: the body details were disclosed to
        "FOI Request Data And Cyber Security\n\nRequest 101001713941\n\nI am writing to you under the "
        "Freedom of Information Act to request information regarding data and cybersecurity incidents in the "
        "calendar year 2017 affecting information owned, processed or generated by your local "
        "authority.\n[3.2] Please may you provide me with a list of details regarding these incidents (i.e. "
        "when they occurred, how they occurred, whether information was exposed, and how the incident was "
        "handled, if recorded as a crime by the police and/or whether the National Cyber Security Centre was "
        "informed).\n\nResponse 09-02-2018\n\n1) Five\n\n1.2) \n\nNovember 2017 Member of public reported "
        "road issue, as part of actions to deal with request contact was made to Scottish Water. Contact "
        "details for member of public incorrectly disclosed to Scottish Water. Human error - Request sent to "
        "Scottish Water to delete information and confirmation of deletion was received. Relevant staff "
        "given additional data protection training.\n",
        id="a_body_something_was_disclosed_or_sent_to_is_no_body",
    ),
    pytest.param(
        # Staffordshire University's log, naming the university nowhere: the office an agreement is submitted to, and
        # the university's governing body
        "University Disclosure Log\n\nDate received Date due Date completed Information asked for Notes\n15 "
        "April 201118 May 201116 May 2011Under the Freedom of Information Act, please provide me with:\n� A "
        "copy of the University�s Access Agreement for the academic year 2012/13 that has been submitted/ is "
        "to be submitted to the Office of Fair Access by 19th April 2011; and\n� A copy of the meeting notes "
        "or minutes of the University Council meeting where the proposed level of tuition fees for 2012/13 "
        "was agreed.\nSent refusal notice\n",
        id="the_office_an_agreement_is_submitted_to_and_a_university_council_are_no_body",
    ),
    pytest.param(
        "FOI Request - Review of Care Home Deaths\n\nRequest 101002558240\n\nI would like a review of this response "
        "for the following reasons:\n\n- relatives are more distressed by the lack of transparency than the risk of "
        "identification, and this is very much in the public interest. In the wake of this article "
        "(https://www.bbc.co.uk/news/uk-scotland-scotland-politics-53502590) I have received many messages from "
        "relatives who want answers.\n\nResponse 25-08-2020\n\nThe Council withheld the exact number of deaths in "
        "our original response.\n",
        id="a-news-article-the-request-links-to-is-not-its-publisher-writing",
    ),
    pytest.param(
        # South Wales Police's log: a computer system's name and its initials, used again, are no body's (the force's
        # own name in the reply too weak alone)
        "REQUEST\nThis is a request under the Freedom of Information Act for information regarding your force's "
        "use of Facial Recognition Technology and the Police National Database (PND).\nRESPONSE\nWe consulted "
        "with our Digital Services Department who have provided the following information.\nQuestion 1\nThe force "
        "follows detailed national guidance on utilisation of Police National Database (PND). An image search in "
        "PND is to identify an unidentified subject, thus at the stage of a search the age of any subject is "
        "unlikely to be known.\nQuestion 2a\nNo searches were made outside PND.\n",
        id="a-computer-systems-name-and-initials-are-no-body",
    ),
    pytest.param(
        # a request the National Policing Improvement Agency's letter quotes: bodies in a bracketed list ending "etc"
        # are examples, not the writer
        "Our Reference: 47217\n15th June 2010\nTo whom it may concern;\nYou asked for the following information:\n"
        "How many fixed cameras feed information into the NADC database\nWhich organisations (Highways Agency, Police "
        "Forces, etc) supply\nANPR read data to the NADC\nWhich organisations (Highways Agency, private companies, "
        "etc) allow\ntheir cameras to be tasked for the purposes of providing data for\nthe NADC database.\nIn "
        "response to your request we can provide you with the following information:\nWhich organisations (Highways "
        "Agency, Police Forces, etc) supply\nANPR read data to the NADC\nAll 43 police forces supply data.\n",
        id="bodies-in-a-list-ending-etc-are-examples",
    ),
    pytest.param(
        # a request on Dyfed-Powys Police's log names another force under "Request:"; the page names its own nowhere
        "FOI Reference: 1070/2024\nRequest:\nI'm writing to you under the Freedom of Information Act (2000) to ask if you "
        "currently have a contract with the company Palantir Technologies.\nI'll note for the purposes of transparency "
        "declarations under the act that this information would not be covered by law enforcement exemptions, as a "
        "recent contract with Leicestershire police has recently been made public voluntarily.\nResponse:\nSection 1 "
        "of the Freedom of Information Act 2000 (FOIA) places two duties on public authorities.\n",
        id="another-body-named-in-the-requests-words-under-its-heading",
    ),
]


@pytest.mark.parametrize("text", NO_BODY_CASES)
def test_no_body_is_named(text: str) -> None:
    assert parse_text(text).authority is None


def test_a_commissioner_named_once_and_calling_itself_the_ccg_is_the_body() -> None:
    # NHS West Essex Clinical Commissioning Group's reply: its name once, in passing, then "the CCG" throughout
    text = (
        "Access to Information Team\n\nOur Reference Number: 1617052\n\nDear Mr James,\n\nFurther to your request "
        "made to NHS West Essex CCG for information relating to the above, please see the organisation's response "
        "below:\n\n1) Is the process managed in-house?\n\nThe CCG operates a CHC service using an in-house team.\n"
    )
    assert parse_text(text).authority.name == "NHS West Essex Clinical Commissioning Group"  # type: ignore[union-attr]


def test_a_catalogued_bodys_initials_defined_as_a_system_name_no_body() -> None:
    # Thurrock Council's log, which never names the council: "LAS" is its adults' case system, not the London
    # Ambulance Service; the same initials after the service's own name are still its
    text = (
        "Freedom of information response\n3. What is your operational system for Case Management ? Liquidlogic Adults "
        "System (LAS) provided by System C\n4. How many current care packages per week does the local authority "
        "contribute to ? As at 18th April 24 we have a total of 1969 individuals with care packages in LAS\n"
    )
    assert parse_text(text).authority is None
    ambulance = (
        "London Ambulance Service (LAS)\nThank you for your request. LAS can confirm that it holds the information.\n"
        "LAS responded to 1,969 calls.\n"
    )
    authority = parse_text(ambulance).authority
    assert authority is not None and authority.id == "london-ambulance-service-nhs-trust"


def test_a_body_the_request_asks_about_in_a_logs_head_is_no_letterhead() -> None:
    # The House of Commons' disclosure log: no greeting, so the page's first lines are its head, and the request's own
    # question there names the other House.
    text = (
        "Freedom of Information requests (2016)\n\nRequest\n\nDetails of Freedom of Information requests handled by"
        " Parliament from 2010 to 2016:\n\n  1. Number of requests\n  2. Percentage released, witheld etc\n\nDo I also"
        " need to contact your colleagues in the House of Lords?\n\nResponse\n\nThe House of Commons and the House of"
        " Lords are separate public authorities. Our response below only gives information for FOI requests received"
        " by the House of Commons.\n\n  1. Number of requests\n    The number of formal FOI requests received by the"
        " House of Commons is given in table 1.\n"
    )
    record = parse_text(text)
    assert record.authority is not None and record.authority.name == "House of Commons"


def test_a_case_named_for_another_body_is_no_letterhead() -> None:
    # The London Borough of Lambeth's data hub, which names itself nowhere.
    text = (
        "How many children are in the care of the local authority\n\n30 September 2020\n\nRequest & response\n\n"
        "Where there were fewer than 5 individuals in a category, we have not provided the exact figure. We therefore"
        " engage an exemption relying on Section 40(2): Personal Data to this request.\n\nWe have noted the ICO\u2019s"
        " Decision in the Wirral Metropolitan Borough Council case. This case involved appeals relating to Special"
        " Educational Needs cases but we consider it analogous as the Council successfully argued its case.\n"
    )
    assert parse_text(text).authority is None
    # (the body's own case's label after its name is no precedent)
    own = "Kent County Council case reference: 31213209\n\nDear Mr Williams\n\nThank you for your request.\n"
    assert parse_text(own).authority is not None


def test_a_kind_of_school_alone_is_no_schools_name() -> None:
    # East Dunbartonshire Council's exclusions table flattened from a PDF, each school's own name lost before its kind
    text = (
        "F O I R E S P O N S E\n\nPlease provide me with information relating to school exclusions.\n\n2016/17 "
        "2017/18 2018/19 Hillhead Primary 5 * * Academy 24 25 17 9 * * 24 13 20 High School 19 11 14 Academy 9 7 9\n"
    )
    assert parse_text(text).authority is None
    # (a school's own name before its kind still names it)
    greeted = "Dear Northby High School,\n\nI would like to know how many pupils were excluded.\n"
    authority = parse_text(greeted).authority
    assert authority is not None and authority.name == "Northby High School"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        # an ICO decision summary's "for" for "of"
        ("Department for Energy and Climate Change", "Department of Energy and Climate Change"),
        # a First-tier Tribunal decision's "Authority" for "Agency"
        ("Driver and Vehicle Licensing Authority", "Driver and Vehicle Licensing Agency"),
    ],
)
def test_a_bodys_name_misprinted_is_resolved_to_its_own(printed: str, name: str) -> None:
    text = f"Dear Mr Jones\n\nThe {printed} has considered your request.\n\nYours sincerely\n\n{printed}\n"
    authority = parse_text(text).authority
    assert authority is not None and authority.name == name


def test_a_town_council_greeted_with_its_county_is_named_without_it() -> None:
    # WhatDoTheyKnow adds the county to a town council's name; the clerk's sender line carries it too (Ammanford Town
    # Council's thread).
    text = (
        "Dear Ammanford Town Council, Carmarthenshire,\n\nPlease can you provide copies of these Minutes in "
        "electronic form?\n\nYours faithfully,\n\nD Morris\n\nTown Clerk, Ammanford Town Council, "
        "Carmarthenshire\n\n1 Attachment\n\nPlease find attached minutes of meetings as requested\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Ammanford Town Council"
    assert authority.evidence[0].span.text == "Ammanford Town Council"


def test_the_body_a_request_was_passed_on_from_is_not_the_one_answering() -> None:
    # NHS Greater Manchester Integrated Care Board's log, which greets no one: the body the request came from, named in
    # the page's head, is not the board answering it.
    text = (
        "Skip to content Back to top\n \n\nFOI 2026/1546\n\nReference FOI 2026/1546\nDescription CHC "
        "Out-of-Area Placements (Rochdale Locality)\nDate Requested 06/01/2026\nDate Replied 30/01/2026\nCategory "
        "Continuing Health Care (CHC)\n\nI am writing to request information under the Freedom of Information "
        "Act 2000. This request follows a redirection from NHS England (Reference: FOI-2512-2288720), "
        "regarding NHS Continuing Healthcare (CHC) commissioning for the Rochdale Locality.\n\nPlease "
        "provide the following data for the 2023/24 and 2024/25 financial years:\n\n  1. Volume and "
        "Cost of Out-of-Area Placements:\n  • a) The total number of individuals registered with Rochdale "
        "locality GP practices currently in receipt of CHC funding who are placed in facilities outside "
        "of the Greater Manchester boundary.\n  • b) The total annual expenditure on these out-of-area "
        "placements.\n  • c) The average weekly cost of an out-of-area placement for a high-acuity "
        "physical disability/neurological condition compared to the average weekly cost of an in-area "
        "placement.\n  1. Demand and Delayed Discharge:\n  • a) The number of delayed transfers of "
        "care in the Rochdale locality where the primary reason was ‘awaiting residential/nursing home "
        "placement’ or ‘awaiting a community care package.’\n  • b) Of these delays, how many were "
        "specifically attributed to a lack of suitable M4(3) accessible or specialist housing?\n  1. "
        "Strategic Market Positioning:\n  • a) Please provide the most recent Market Position Statement "
        "(MPS) or Commissioning Strategy relating to specialist housing for people with complex physical "
        "disabilities in Rochdale.\n\n1a.\n\n23/24 – 0\n\n24/25 – <5\n\nNHS Greater Manchester (NHS "
        "GM) does hold the information requested however, due to the low numbers involved (where patient "
        "data is 5 or less <5) we consider this to be exempt under section 40(2) of the Freedom of "
        "Information Act 2000 as the disclosure of this information may lead to the identification "
        "of individuals. "
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "NHS Greater Manchester Integrated Care Board"


def test_a_regulators_abbreviation_calling_the_reply_its_own() -> None:
    # The Information Commissioner's Office refusing a request as vexatious, its email naming itself only so.
    text = (
        "Subject: ICO response to request[Ref. IRQ0532897]\n31 March 2014Case Reference Number IRQ0532897\nDear Mr "
        "Dransfield,\n\nI am writing in reply to your 28 February request for:\n\n1. An approved copy of your "
        "Lightning Risk Assessment for your HQ Premises.\n\nWe have considered your request under section 14(1).\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Information Commissioner's Office"


@pytest.mark.parametrize(
    "title",
    [
        # The benefit, not a school: Lincolnshire County Council's and Moray Council's published responses.
        "Students receiving Free School Meals",
        "FOI Request - Universal Infant Free School Meals Information",
        # A kind of school, no school's name.
        "Applications to open a Free School in the area",
        # Absences from school, a title on Lincolnshire County Council's published responses; a return's name.
        "Fixed Penalty Notices for Unauthorised School Absences - Find a freedom of information request",
        "Pupils recorded in the Spring School Census",
    ],
)
def test_a_benefit_a_kind_or_a_record_of_schools_in_a_title_is_no_body(title: str) -> None:
    text = f"{title}\n\nRequest 101003336793\n\nHow many pupils were eligible in 2023?\n\nResponse\n\n1,382 pupils.\n"
    assert parse_text(text).authority is None


@pytest.mark.parametrize(
    "text",
    [
        # A request on Devon County Council's log: "your Local Transport Authority (LTA)", its initials then spoken as
        # the subject of a question ("Does the LTA have plans ...?")
        "Real Time Passenger Information provision\n\nPlease provide the following information:\n\n1. The number of "
        "bus stops in your Local Transport Authority (LTA) area.\n\n2. Does the LTA have plans to increase the "
        "availability of RTPI at bus stops?\n\nExisting Contractor\n",
        # ... and its initials defined, then used again and again
        "Response\n\nYour North Downs Transport Authority (NDTA) holds the information. The NDTA publishes its figures "
        "yearly, and the NDTA reviews them. The NDTA will write again.\n",
    ],
    ids=["initials-spoken", "initials-defined"],
)
def test_your_kind_of_body_named_with_initials_is_no_body(text: str) -> None:
    assert parse_text(text).authority is None


def test_a_body_the_request_gives_as_an_example_is_not_the_body() -> None:
    # A request on Moray Council's log, which never names the council: the structure it gives as an example is another
    # council's, named as the catalogue knows it or not.
    template = (
        "FOI Request - Days Lost Due to Sickness\n\nRequest 101000185420\n\n1. What was the total number of days"
        " lost for your organisation due to sickness absence over the last 2 years? May I request that your reply be"
        " broken down to reflect the organisations structure of Directorates, (as I have no idea of your organisations"
        " structure) I have used {name} structure purely as an example (Adults & Communities), (Development).\n\n"
        "2. What is the total number of employees?\n"
    )
    for name in ("Birmingham Council", "Kent County Council"):
        assert parse_text(template.format(name=name)).authority is None, name


def test_a_body_the_reply_says_may_hold_the_information_is_not_the_body() -> None:
    # The Scottish Police Authority's log, its summary heading the page: Police Scotland, which "may hold information",
    # is where to ask next, as the reply's last paragraph says.
    text = (
        "Report Summary\nIssued 11 November 2024, this FOI response explains that information is not held by "
        "the Scottish Police Authority. Advice is provided that Police Scotland may hold information.\nTo access "
        "the full document please open the PDF document above.\nTo view as accessible content please use the "
        "sections below. (Note that some tables and appendixes are not available as accessible content).\nResponse\nThe "
        "Scottish Police Authority has considered your request and is able to confirm that the Authority does "
        "not hold any information in respect of the four questions asked.\nBy means of explanation - Medical "
        "treatment and provision, including the administration of medicine, for persons in police custody is "
        "the responsibility of National Health Service (NHS). If you require any specific information relating "
        "to the provision of medication to persons in police custody, we recommend you contact the NHS territorial "
        "boards for any instructions or guidance.\nHis Majesty’s Inspector of Constabulary conduct regular inspections "
        "of custody suites which are published online and contain information on access to healthcare, medicine "
        "management, substance use, mental health and general healthcare provision. Some of the most recent publications "
        "can be found in the links below:\nHMICS: Custody Inspection Report – Argyl and West Dunbartonshire\nHMICS: "
        "Custody Inspection Report - Ayrshire\nHMICS: Custody Inspection Report - Dumfries and Galloway\nHMICS: "
        "Custody Inspection Report - Fife\nIn relation to Health and Safety reportable incidents and RIDDORs "
        "in police custody – information may be available from Police Scotland. You can contact Police Scotland "
        "at foi@scotland.police.uk You may also wish to refer to Police Scotland’s Disclosure Log."
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Scottish Police Authority"


def test_the_first_parties_of_a_judgment_cited_inside_a_sentence_are_not_the_body() -> None:
    # The Crown Office and Procurator Fiscal Service's log, naming itself only by its initials.
    text = (
        "Thank you for your e-mail dated 17 August in which you requested information under FOISA.\n\n"
        "As you are no doubt aware, the Court of Session judgment - Glasgow City Council and Dundee City Council v"
        " Scottish Information Commissioner [2009] CSIH 73 (issued on 30 September 2009) - clarified that FOISA gives a"
        " right to information, not documents. We have provided you with reports in the attached spreadsheets.\n"
    )
    authority = parse_text(text).authority
    assert authority is None or authority.name not in {"Glasgow City Council", "Dundee City Council"}


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        pytest.param(
            "First-tier Tribunal\nDecision: The appeal is allowed.\nThe Tribunal directs that the Information "
            "Commissioner shall within 35 days issue a fresh decision notice.\n",
            "Commissioner",
            id="the-commissioner-a-tribunal-orders-is-no-body-replying",
        ),
        pytest.param(
            # The First-tier Tribunal's parties (FT.EA.2024.0262), the appellant a name neither the catalogue nor its
            # words mark as a body's: the requester joined as the second respondent is still no authority.
            "Case Reference: FT.EA.2024.0262\nBetween\nTHE NORTHBY WIDGET\nAppellant\nand\n(1) THE INFORMATION "
            "COMMISSIONER\n(2) MR BEN WEBSTER\nRespondents\nDecision: The appeal is Dismissed.\n",
            "Webster",
            id="a-respondent-person-is-never-the-body",
        ),
    ],
)
def test_a_tribunal_party_that_is_no_body(text: str, not_named: str) -> None:
    authority = parse_text(text).authority
    assert authority is None or not_named not in authority.name


def test_a_letterhead_name_broken_over_two_lines_is_found_with_its_span() -> None:
    text = letter(head="Policy, Strategy & Private Office\nDepartment for Business, Energy &\nIndustrial Strategy\n"
                  "1 Victoria Street\nLondon\n\n")  # fmt: skip
    authority = parse_text(text).authority
    assert authority is not None
    assert authority.id == "department-for-business-energy-and-industrial-strategy"
    [evidence] = [e for e in authority.evidence if e.kind == "letterhead"]
    assert evidence.span.text == "Department for Business, Energy &\nIndustrial Strategy"
    assert text[evidence.span.start : evidence.span.end] == evidence.span.text


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("July 2018 - waht.nhs.uk", ["waht.nhs.uk"]),
        ("see kent.gov.uk/foi and medway.gov.uk.", ["kent.gov.uk", "medway.gov.uk"]),
        ("x.scot.nhs.uk", ["x.scot.nhs.uk"]),
        # links and email addresses are read as such; a bare public ending names no body
        ("https://kent.gov.uk/foi foi@kent.gov.uk www.kent.gov.uk the nhs.uk site", []),
    ],
)
def test_bare_public_hosts(text: str, hosts: list[str]) -> None:
    assert [m.group("host") for m in _bare_hosts(text.lower())] == hosts


def test_the_university_names_no_body_when_the_reply_names_two_universities() -> None:
    """ "The University" could be either: neither is taken for the one speaking."""
    text = (
        "Dear Ms Lee\nWe do not hold data on students who transferred to Abertay University or to the University of "
        "Dundee.\nThe University considers your request answered.\n"
    )
    assert parse_text(text).authority is None


def test_a_clinical_commissioning_group_of_2013_2022_is_named_with_its_successor() -> None:
    """CCGs signed replies until 1 July 2022 (patterns/authorities/ccgs.yaml): "NHS Kernow does not hold the information
    requested" on its disclosure log names NHS Kernow Clinical Commissioning Group, whose area passed to the ICB."""
    from foiparse.catalogue import get_catalogue

    text = (
        "Please tell me how many children receive overnight stays.\nNHS Kernow does not hold the information requested, "
        "for more information please contact Cornwall Partnership NHS Foundation Trust's freedom of information "
        "team.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.id == "nhs-kernow-clinical-commissioning-group"
    entry = get_catalogue().authorities[authority.id]
    assert entry.status == "abolished"
    assert entry.successor == "nhs-cornwall-and-the-isles-of-scilly-integrated-care-board"


def test_a_greeted_name_not_in_the_catalogue_yields_to_the_catalogue_form_the_reply_names() -> None:
    """WhatDoTheyKnow greets "Wakefield City Council"; the acknowledgement says "Wakefield Council"."""
    text = (
        "Dear Wakefield City Council,\nI am writing to request the rent arrears figures for 2021/22.\nYours "
        "faithfully,\nAlex Berti\n\nDear Sir/Madam,\nThank you for your email requesting information from Wakefield "
        "Council.\nYour request will now be validated and logged for processing.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.id == "wakefield-council"
    assert [e.kind for e in authority.evidence] == ["salutation", "body"]


def test_a_science_park_named_for_a_university_is_an_address_not_the_university() -> None:
    # A commissioning support unit's letterhead (the unit itself not in the catalogue for this test's sake)
    text = (
        "Information Governance\nWearside Pharmacy Partnership\nJohn Snow House\nDurham University Science Park\n"
        "Durham\nDH1 3YG\n\n13th August 2015\n\nDear Ms Panton\n\nThank you for your request received on 16th July "
        "2015. We do not hold this information.\n"
    )
    authority = parse_text(text).authority
    assert authority is None or authority.name != "Durham University"


def test_an_abbreviation_named_twice_in_different_words_is_the_body() -> None:
    text = (
        "Dear Mr Smith\n\nIn accordance with this principle, the MPS routinely publishes information disclosed under "
        "the Freedom of Information Act on the MPS Internet site.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Metropolitan Police Service"


def test_an_abbreviation_heading_each_answer_is_the_body() -> None:
    text = (
        "Dear Mr Smith\n\n1. How many libraries are open?\n\nMPS response: Twelve.\n\n2. How many are closed?\n\n"
        "MPS response: Two.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Metropolitan Police Service"


def test_the_body_a_reply_sends_the_requester_on_to_is_not_the_body_replying() -> None:
    # The Mayor's Office for Policing and Crime's published response, pointing to the Metropolitan Police Service
    text = (
        "Our response:\n\nMayor\u2019s Office for Policing And Crime (MOPAC) does not deal with initial complaints "
        "made by members of the public regarding the Metropolitan Police Service (MPS), nor do we hold any data on "
        "the outcomes of complaints. Any information such as this would be maintained by the MPS themselves and this "
        "request would need to be made to them directly.\n\nThe Metropolitan Police Service (MPS) may be able to "
        "assist you and you can send your request to them, here: https://www.met.police.uk/rqo/request/ri/\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Mayor's Office for Policing and Crime"


# A body a reply names only to send the requester elsewhere, or a page's banner names, is not the body replying: the
# text's authority is the one that replies, or none.
OTHER_BODIES_NAMED = [
    pytest.param(
        # North West Leicestershire District Council's reply, which names itself only "the Council"
        "Dear Sir\n\nFurther to your request under the Freedom Of Information Act 2000 (FOIA) for information "
        "relating to child abuse cases I respond as follows.\n\nThe Council can confirm that it does not hold the "
        "information you have requested. Your request under FOIA has therefore failed in the first instance and should "
        "be directed to Leicestershire County Council at\n",
        None,
        id="the-body-a-request-should-be-directed-to",
    ),
    pytest.param(
        # Barnet Homes' reply, which names itself nowhere: the Information Commissioner's address is where to appeal
        "Dear Ms Wardle,\nThank you for your email dated 11 July 2022, we have treated this as a Freedom of "
        "Information request.\nQ1. How many were placed outside of your local authority area?\n426 households\n"
        "Your rights\nIf you are unhappy with the way your request for information has been handled, you can request "
        "a review by emailing us.\nIf you remain dissatisfied with the handling of your request or complaint, you have "
        "a right to appeal to the Information Commissioner at: The Information Commissioner's Office, Wycliffe House, "
        "Water Lane, Wilmslow, Cheshire, SK9 5AF\nThere is no charge for making an appeal.\nKind regards\nCarly "
        "Williamson\n",
        None,
        id="the-commissioner-the-review-rights-send-an-appeal-to",
    ),
    pytest.param(
        # WhatDoTheyKnow in Welsh, its status line naming the successor of the trust the request greets
        "Clinical Decision Support Systems in your organisation\n\nMae'r ymateb i'r cais hwn yn hwyr iawn. Yn \u00f4l y "
        "gyfraith, ym mhob amgylchiad, dylai Black Country Healthcare NHS Foundation Trust fod wedi ymateb erbyn hyn. "
        "(manylion).\n\nDear Black Country Partnership NHS Foundation Trust,\n\nI am researching the use of clinical "
        "decision support systems used in NHS Trusts.\n\nYours faithfully,\n\nA Smith\n",
        "Black Country Partnership NHS Foundation Trust",
        id="the-body-whatdotheyknows-late-banner-names-in-welsh",
    ),
    pytest.param(
        # Armagh City, Banbridge and Craigavon Borough Council's letter, which names itself only "Council", with the
        # request quoted under its signature and cut before the quotation closes
        "Dear Ms Laverty\nRe: Freedom of Information Request\nYour request for information has now been considered "
        "and Council's response is enclosed.\nYours sincerely\nJoan Farley\nSenior Records Manager\n\nYour "
        'Request:\n"As the South Lake Leisure Centre and the Southern Regional College are both EIA\n\napplications, '
        "and form part of the South Lake Masterplan document commissioned by Council, we request all information\n",
        None,
        id="a-body-the-request-quoted-under-the-signature-names",
    ),
]


@pytest.mark.parametrize(("text", "replying"), OTHER_BODIES_NAMED)
def test_another_body_named_is_not_the_body_replying(text: str, replying: str | None) -> None:
    authority = parse_text(text).authority
    assert (authority.name if authority is not None else None) == replying


def test_no_authority_without_a_name() -> None:
    assert parse_text(letter()).authority is None


def test_an_unknown_name_is_not_cut_to_its_last_words() -> None:
    # Five capitalised words before "Council" are as many as the unknown-name pattern takes ...
    authority = parse_text(letter("Northby Further and Higher Education Funding Council")).authority
    assert authority is not None and authority.name == "Northby Further and Higher Education Funding Council"
    # ... and the last five of six ("Northby Further and Higher Education Funding Council") are not the body's name.
    assert parse_text(letter("Greater Northby Further and Higher Education Funding Council")).authority is None


def test_a_whatdotheyknow_thread_names_the_body_asked_when_nothing_else_does() -> None:
    text = (
        "Extraordinary Council Meeting of 16 April\n\nD. Hopson made this Freedom of Information request to Northby "
        "Parish Council, West Sussex\n\nThe request was partially successful.\n\nDear Sir or Madam,\n\nPlease send "
        "me copies of all email correspondence about the meeting.\n\nYours faithfully,\n\nD. Hopson\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert (authority.name, authority.id, [e.kind for e in authority.evidence]) == (
        "Northby Parish Council",
        None,
        ["request"],
    )


def test_the_batch_a_whatdotheyknow_request_was_part_of_is_not_the_body_asked() -> None:
    text = (
        "Mental Health\n\nKirsty made this Freedom of Information request to Northby University as part of a batch "
        "sent to 179 authorities\n\nThis request has been closed to new correspondence.\n\nDear Universities,\n\n"
        "Please tell me how many counsellors you employ.\n\nYours faithfully,\n\nKirsty\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert authority.name == "Northby University"


def test_the_abbreviation_whatdotheyknow_prints_after_the_body_asked_is_not_its_name() -> None:
    text = (
        "Digital Dictation\n\nMarc Cousins made this Freedom of Information request to Northby Primary Care Trust "
        "(PCT)\n\nThe request was successful.\n\nDear Northby Primary Care Trust (PCT),\n\nPlease could you tell me "
        "whether you use digital dictation.\n\nYours faithfully,\n\nMarc Cousins\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert authority.name == "Northby Primary Care Trust"


def test_the_body_asked_is_resolved_to_the_catalogue_when_it_is_there() -> None:
    text = (
        "Self-Directed Support payments\n\nJ. Bateman made this Freedom of Information request to Clackmannanshire "
        "Council Automatic anti-spam measures are in place for this older request.\nThe request was successful.\nDear "
        "Clackmannanshire Council,\nPlease provide your policies on the 'Relevant Amount'.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert (authority.name, authority.id) == ("Clackmannanshire Council", "clackmannanshire-council")


def test_a_councils_link_in_the_requesters_words_is_not_the_body_asked() -> None:
    # the requester pointing to a council's page: the body asked is the one the request greets
    text = (
        "Dear Northby Parish Council,\n\nThe plan at http://www.allerdale.gov.uk/planning/neighbourhood-planning.aspx "
        "lists the forums. Please tell me which forums you have designated.\n\nYours faithfully,\n\nJo Bloggs\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and (authority.id, authority.name) == (None, "Northby Parish Council")


def test_an_abbreviation_once_in_the_requesters_words_names_no_body() -> None:
    text = (
        "Dear Northby Borough Council,\n\nI understand ONS is unable to publish raw census data for the borough. "
        "Please tell me what the council holds instead.\n\nYours faithfully,\n\nA. Smith\n"
    )
    authority = parse_text(text).authority
    assert authority is not None and authority.name == "Northby Borough Council"


def test_an_abbreviation_inside_a_longer_name_is_no_evidence_of_its_own() -> None:
    # Counted apart, the two inside the names and the one alone would tie IPSA with the Compliance Officer, named
    # after it.
    text = (
        "12 March 2016\n\nDear Mr Smith,\n\nWe note what IPSA sets out. The Act asks the Compliance Officer for "
        "IPSA to publish procedures, which the Compliance Officer for IPSA keeps on our website.\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert authority.id == "compliance-officer-for-the-independent-parliamentary-standards-authority"


def test_an_abbreviation_after_an_article_is_one_of_a_kind_not_the_body_speaking() -> None:
    # "an FCA" in a reply from Cafcass is a family court adviser, not the Financial Conduct Authority.
    text = (
        "25 October 2017\nDear H. Grants\nRe: Freedom of Information Request\nWe have no records of judges making "
        "complaints for the years 2014 to 2017.\nInformation about concerns about malpractice of an FCA have already "
        "been published.\n"
    )
    assert parse_text(text).authority is None
    spoken = text.replace("malpractice of an FCA have", "malpractice, FCA has")
    authority = parse_text(spoken).authority
    assert authority is not None and authority.id == "financial-conduct-authority"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("University of Greater Manchester", ["University of Greater Manchester"]),
        ("University of the West of Anytown", ["University of the West of Anytown"]),
        ("Anytown Metropolitan University", ["Anytown Metropolitan University"]),
        # trusts and health boards are not universities
        ("Oxford University Hospitals NHS Foundation Trust", ["Oxford University Hospitals NHS Foundation Trust"]),
        ("Oxford University Hospitals", []),
        ("Anytown University Teaching Hospitals", []),
        ("Cardiff and Vale University Health Board", []),
        ("University Hospitals of Leicester", []),
        # Title-case prose, not a name (an ICO decision summary)
        ("The Complainant Has Requested Information From The University", []),
        ("Requested Information At Keele University", ["Keele University"]),
    ],
)
def test_unknown_university_names(text: str, found: list[str]) -> None:
    assert [m.group() for m in _UNKNOWN_NAME_RE.finditer(text)] == found


def test_bodies_the_requester_names_weigh_less_than_the_body_addressed() -> None:
    """A student's university, named three times in their request, must not outweigh the police force the
    request is addressed to (WhatDoTheyKnow pages print the request's paragraphs more than once)."""
    student = "I am a student in my final year at Staffordshire University studying Forensic Computing.\n\n"
    text = (
        "Drone statistics\n\nDear West Mercia Police,\n\n" + student * 3 + "Please can you provide the number of "
        "drones your force owns?\n\nYours faithfully,\n\nDaniel Levens\n"
    )
    authority = parse_text(text).authority
    assert authority is not None
    assert authority.name == "West Mercia Police"
    assert [e.kind for e in authority.evidence] == ["salutation"]


def test_the_regulator_named_in_a_sentence_at_the_head_of_a_notice_is_not_the_authority() -> None:
    # A refusal notice with no greeting (NPS Property Consultants Ltd): its first lines count as its head.
    text = (
        "Freedom of Information Act 2000: Refusal Notice - Vexatious request\n"
        "Under the provisions of Section 14 (1) of the Freedom of Information Act 2000 the following request has been "
        "refused:\n1) How many schools on toxic land has the company been involved with?\n"
        "In concluding that the provision of S.14(1) is engaged, the guidance issued by the Information Commissioner's "
        "Office in December 2008 has been taken into account (Vexatious requests - a short guide).\n"
    )
    authority = parse_text(text).authority
    assert authority is None or authority.id != "information-commissioners-office"


def test_regression_a_possessive_apart_from_its_name_before_initials_does_not_crash() -> None:
    # Found by the mutation sweep (a space put before "'s" in a police force's page): the possessive, stripped, left an
    # empty word, and reading its first letter raised IndexError.
    text = (
        "Dear Sir,\nThis concerns the Greater Cambridge Partnership 's (GCP) handling of a request.\nYours faithfully\n"
    )
    # (the partnership is not in the catalogue, and its initials defined beside it name no other body)
    assert parse_text(text).authority is None
